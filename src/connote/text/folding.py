"""Text folded for comparing: lower case, accents and apostrophe variants removed."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", (text or "").lower())
    return "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'").replace("ʼ", "'")
