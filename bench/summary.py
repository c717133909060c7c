"""The numbers the docs quote, made from bench/results/ so they cannot drift from the measurements.

    python bench/summary.py          # rewrite the measured blocks of README.md and models/README.md
    python bench/summary.py --check  # exit 1 if a block differs from what the results say (a test runs this)

Each block sits between ``<!-- measured:NAME -->`` and ``<!-- /measured:NAME -->``; its text is made only from
the files in bench/results/ (speed over the case set, the blind reader's counts), with their dates.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
DOCS = {"readme": ROOT / "README.md", "models": ROOT / "models" / "README.md"}


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


def _perf(name: str) -> dict | None:
    path = RESULTS / name
    if not path.exists():
        return None
    rows = [r for r in map(json.loads, path.read_text().splitlines()) if "error" not in r]
    walls = [r["wall"] for r in rows]
    firsts = [r["first"] for r in rows if r.get("first") is not None]
    md = path.with_suffix(".md").read_text() if path.with_suffix(".md").exists() else ""
    date = re.search(r"date: (\d{4}-\d\d-\d\d)", md)
    return {"n": len(rows), "median": statistics.median(walls), "p90": _pct(walls, 0.9), "max": max(walls),
            "first": statistics.median(firsts) if firsts else float("nan"),
            "three": sum(1 for r in rows if r["notes"] >= 3) / len(rows), "date": date.group(1) if date else "?"}


def _readings() -> list[dict]:
    """Every reader summary (bench/results/reader-*.json: label, date, blind, top, all), in the order of their
    ``order`` field; the README quotes the one marked ``headline``."""
    found = [json.loads(p.read_text()) for p in sorted(RESULTS.glob("reader-*.json"))]
    return sorted(found, key=lambda r: r.get("order", 99))


def blocks() -> dict[str, str]:
    qwen, smol = _perf("perf-cases.jsonl"), _perf("perf-cases-smollm2.jsonl")
    readings = _readings()
    held = next((r for r in readings if r.get("headline")), None)
    rows = []
    if qwen:
        rows.append(f"| `draft -n 3`, whole command, {qwen['n']} cases (median / p90 / max) | "
                    f"{qwen['median']:.1f} / {qwen['p90']:.1f} / {qwen['max']:.1f} s | "
                    + (f"{smol['median']:.1f} / {smol['p90']:.1f} / {smol['max']:.1f} s |" if smol else "- |"))
        rows.append(f"| first note on screen (median) | {qwen['first']:.1f} s | "
                    + (f"{smol['first']:.1f} s |" if smol else "- |"))
        rows.append(f"| 3 notes returned | {qwen['three']:.0%} of cases | "
                    + (f"{smol['three']:.0%} of cases |" if smol else "- |"))
    for r in readings:
        rows.append(f"| a blind reader would send unchanged, {r['label']} ({r['date']}) | top note "
                    f"{r['top'][0]}/{r['top'][1]} ({r['top'][0] / r['top'][1]:.0%}), all shown notes "
                    f"{r['all'][0]}/{r['all'][1]} ({r['all'][0] / r['all'][1]:.0%}) | - |")
    date = qwen["date"] if qwen else "?"
    table = "\n".join(["| | Qwen2.5-Coder-1.5B (default) | SmolLM2-135M |", "| --- | --- | --- |", *rows])
    models = (f"Measured on a 2-core x86-64 machine with no GPU, {date} (`python bench/perf/cases.py`, "
              f"`bench/reader/`; full tables in `bench/results/`):\n\n{table}")
    readme = (f"Measured {date} on 2 CPU cores: `draft -n 3` takes a median "
              + (f"{qwen['median']:.1f} s (first note {qwen['first']:.1f} s) over {qwen['n']} realistic cases"
                 if qwen else "(not measured yet)")
              + (f"; a blind reader ({held['date']}) would send {held['top'][0] / held['top'][1]:.0%} of the top "
                 f"notes and {held['all'][0] / held['all'][1]:.0%} of all notes shown on {held['top'][1]} fresh cases"
                 + (" (below the 85% aimed for: mostly the small model's own wording and grammar, fragments kept "
                    "from terse reasons, lower-case names it copies; see `bench/results/README.md`)"
                    if held['top'][0] < 0.85 * held['top'][1] else "") if held else "")
              + ". See [models/README.md](models/README.md) and `bench/results/`.")
    return {"models": models, "readme": readme}


def _replace(text: str, name: str, body: str) -> str:
    pattern = re.compile(rf"(<!-- measured:{name} -->\n)(?:.*?\n)?(<!-- /measured:{name} -->)", re.S)
    return pattern.sub(lambda m: m.group(1) + body + "\n" + m.group(2), text)


def main() -> int:
    check = "--check" in sys.argv
    stale = []
    for name, body in blocks().items():
        path = DOCS[name]
        text = path.read_text()
        new = _replace(text, name, body)
        if f"<!-- measured:{name} -->" not in text:
            stale.append(f"{path} has no measured:{name} block")
        elif new != text:
            stale.append(str(path))
            if not check:
                path.write_text(new)
    if check and stale:
        print("out of date: " + ", ".join(stale) + " (run: python bench/summary.py)")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
