"""Speed over the whole case set: `connote draft -n 3` once per case, in a fresh process each, as a user runs it.

    python bench/perf/cases.py                       # default model, every case of the quality sets
    python bench/perf/cases.py --model smollm2       # the fast model
    python bench/perf/cases.py --peer                # also `llm -m SmolLM2` on every 4th case, side by side

Per case: wall time of the whole command, time to the first note on screen (the process's start-up and model
load, then the draft's own time to its first note), candidates generated, notes returned (and how many passed
the checks). Reports median / p90 / max and writes bench/results/perf-cases[-MODEL].md and .jsonl. Only
timings and counts are kept, never the notes: the held-out cases stay unread.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
RESULTS = ROOT / "bench" / "results"
CASE_FILES = ("cases.jsonl", "fresh-dev.jsonl", "fresh-heldout.jsonl")
sys.path.insert(0, str(HERE))
from run import CONNOTE, machine, peer_llm  # noqa: E402


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


def run_case(case: dict, model: str, seed: int, env: dict) -> dict:
    args = [CONNOTE, "draft", "--model", model, "-n", "3", "--seed", str(seed), "--limit", str(case["limit"]),
            "--reason", case["reason"], "--json"]
    if case.get("sender"):
        args += ["--sender", case["sender"]]
    start = time.perf_counter()
    proc = subprocess.run(args, input=case["profile"], capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 10):
        return {"id": case["id"], "error": proc.stderr.strip()[-300:], "wall": wall}
    data = json.loads(proc.stdout)
    draft_s = data["seconds"]
    first = data["timings"].get("first_note")
    return {"id": case["id"], "wall": round(wall, 3), "draft": draft_s,
            "first": round(wall - draft_s + first, 3) if first is not None else None,
            "candidates": data["candidates"], "notes": len(data["notes"]),
            "passed": sum(1 for n in data["notes"] if n["passed"]),
            "prepare": data["timings"].get("prepare"), "warnings": data["warnings"]}


def peer_note(case: dict, llm_bin: Path, env: dict) -> float:
    prompt = (f"Write a LinkedIn connection request note (under {case['limit']} characters) to this person.\n"
              f"{case['profile'][:2000]}\nMy reason: {case['reason']}")
    start = time.perf_counter()
    subprocess.run([str(llm_bin), "-m", "SmolLM2", prompt], capture_output=True, text=True, env=env)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="default")
    ap.add_argument("--peer", action="store_true", help="time `llm -m SmolLM2` on every 4th case too")
    ap.add_argument("--limit-cases", type=int, default=0)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    cases = [json.loads(line) for name in CASE_FILES for line in (ROOT / "bench" / "quality" / name).read_text()
             .splitlines() if line.strip()]
    if args.limit_cases:
        cases = cases[: args.limit_cases]
    from connote import paths

    home = tempfile.mkdtemp(prefix="connote-perf-cases-")
    env = dict(os.environ, CONNOTE_HOME=home, CONNOTE_MODELS_DIR=str(paths.models_dir()), CONNOTE_NO_PROGRESS="1")
    # the templates' prompt states are built by `connote models install`; build them here the same way
    subprocess.run([CONNOTE, "models", "install", args.model], env=env, capture_output=True, text=True)
    llm_bin = peer_llm() if args.peer else None
    peer_env = dict(os.environ, LLM_USER_PATH=tempfile.mkdtemp(prefix="llm-peer-"))
    rows, peers = [], []
    started = time.monotonic()
    for i, case in enumerate(cases):
        row = run_case(case, args.model, args.seed + i, env)
        if llm_bin is not None and llm_bin.exists() and i % 4 == 0:
            row["peer"] = round(peer_note(case, llm_bin, peer_env), 3)
            peers.append((row["wall"], row["peer"]))
        rows.append(row)
        print(f"[{i + 1}/{len(cases)}] {case['id']}: {row.get('wall', 0):.1f}s first {row.get('first')} "
              f"cand {row.get('candidates')} notes {row.get('notes')} {row.get('error', '')}", flush=True)
    ok = [r for r in rows if "error" not in r]
    walls = [r["wall"] for r in ok]
    firsts = [r["first"] for r in ok if r["first"] is not None]
    cands = [r["candidates"] for r in ok]
    three = sum(1 for r in ok if r["notes"] >= 3)
    three_passed = sum(1 for r in ok if r["passed"] >= 3)
    label = "" if args.model == "default" else f"-{args.model}"
    RESULTS.mkdir(parents=True, exist_ok=True)
    with open(RESULTS / f"perf-cases{label}.jsonl", "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    lines = [
        f"# Speed over the case set: `draft -n 3`, model {args.model}",
        "",
        f"- command: `python bench/perf/cases.py --model {args.model}{' --peer' if args.peer else ''}`; one fresh "
        f"`connote draft -n 3 --json` process per case, prompt states prepared as `models install` does",
        f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; {time.monotonic() - started:.0f} s in all",
        f"- machine: {machine()}; load average at the end: {os.getloadavg()[0]:.2f}",
        f"- cases: {len(rows)} ({', '.join(CASE_FILES)}); errors: {len(rows) - len(ok)}",
        "",
        "| measurement | median | p90 | max |",
        "| --- | --- | --- | --- |",
        f"| wall time of `draft -n 3` (s) | {statistics.median(walls):.2f} | {pct(walls, 0.9):.2f} | "
        f"{max(walls):.2f} |",
        f"| first note on screen (s) | {statistics.median(firsts):.2f} | {pct(firsts, 0.9):.2f} | "
        f"{max(firsts):.2f} |",
        f"| candidates generated | {statistics.median(cands):.0f} | {pct(cands, 0.9):.0f} | {max(cands)} |",
        "",
        f"- 3 notes returned: {three}/{len(ok)} ({three / len(ok):.0%}); 3 notes that passed the checks: "
        f"{three_passed}/{len(ok)} ({three_passed / len(ok):.0%})",
    ]
    if peers:
        ours, theirs = [p[0] for p in peers], [p[1] for p in peers]
        lines += [f"- side by side on {len(peers)} cases: connote `draft -n 3` median {statistics.median(ours):.2f} s "
                  f"vs `llm -m SmolLM2` one unchecked note {statistics.median(theirs):.2f} s "
                  f"(ratio {statistics.median(ours) / statistics.median(theirs):.2f}x)"]
    (RESULTS / f"perf-cases{label}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
