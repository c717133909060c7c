"""The numbers README.md and models/README.md quote are the ones in bench/results/ (bench/summary.py makes
them): a new measurement that the docs don't show yet fails here until `python bench/summary.py` is run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_docs_quote_the_latest_measurements():
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "summary.py"), "--check"], capture_output=True,
                          text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_no_stale_numbers_outside_the_measured_blocks():
    for doc in (ROOT / "README.md", ROOT / "models" / "README.md"):
        text = doc.read_text()
        for stale in ("6.9 s median", "95% | 48%", "49% (31/63)"):
            assert stale not in text, (doc, stale)
