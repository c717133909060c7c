"""The numbers README.md's "Your voice" section quotes are the ones in bench/results/voice*.jsonl (a new run of
bench/voice/run.py that changes them fails here until the section says so)."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (RESULTS / name).read_text().splitlines() if line.strip()]


def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%"


def test_the_voice_section_quotes_the_latest_run():
    rows = _rows("voice.jsonl")
    reader = _rows("voice-reader.jsonl")
    said = {}
    for condition in ("voice", "no-voice"):
        tops = [r["notes"][0] for r in rows if r["condition"] == condition and r["notes"]]
        read = [n for n in reader if n["condition"] == condition]
        said[condition] = {
            "style": _pct(sum(n["markers"]["all"] for n in tops), len(tops)),
            "passed": _pct(sum(n["passed"] for n in tops), len(tops)),
            "reader_top": _pct(sum(n["sendable"] for n in read if n["index"] == 1), len(tops)),
            "reader_all": _pct(sum(n["sendable"] for n in read), len(read)),
            "leaks": sum(bool(n["leaks"]) for r in rows if r["condition"] == condition for n in r["notes"]),
            "candidates": f"{sum(r['candidates'] for r in rows if r['condition'] == condition) / len(tops):.1f}",
            "three": _pct(sum(sum(n["passed"] for n in r["notes"]) >= 3 for r in rows if r["condition"] == condition),
                          len(tops)),
        }
    v, n = said["voice"], said["no-voice"]
    section = (ROOT / "README.md").read_text().split("### Your voice", 1)[1].split("\n### ", 1)[0]
    text = " ".join(section.split())
    assert f"{v['style']} of top notes carry all three markers with the voice, {n['style']} without" in text
    assert v["passed"] == n["passed"] and f"{v['passed']} of top notes pass the checks in both" in text
    assert f"a blind reader finds {v['reader_top']} of top notes sendable with the voice and {n['reader_top']} " \
        "without" in text
    assert f"({v['reader_all']} of all shown notes with the voice, {n['reader_all']} without" in text
    assert v["leaks"] == 0 and "no fact from the user's notes reached a note" in text
    assert f"({v['candidates']} against {n['candidates']})" in text
    assert f"({v['three']} of cases against {n['three']})" in text
    assert len({(r["id"], r["condition"]) for r in rows}) == 40  # 20 cases, with and without voice
    assert {(n["id"], n["condition"], n["index"]) for n in reader} == \
        {(r["id"], r["condition"], i) for r in rows for i in range(1, len(r["notes"]) + 1)}
    assert re.search(r"bench/results/voice\.md", section)
