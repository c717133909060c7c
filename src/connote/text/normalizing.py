"""Text cleaned of what never belongs in a note: terminal escapes and control characters."""

from __future__ import annotations

import re

#: terminal escape sequences and control characters other than tab, newline and CR: never part of a note
CONTROL_RE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|"  # terminal escapes
                        r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
