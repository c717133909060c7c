"""Your-voice benchmark: does connote write like the user once they have sent a few notes, without copying them?

A simulated user with a distinctive, sendable style — opens "Hey NAME!", stays under 160 characters, ends by
suggesting a quick call — drafts five notes (fake model) and marks each accepted with the text they really sent
(``connote mark ID accepted --text``: the same library call). Then the 20 new cases in ``cases.jsonl`` are drafted
with the real model twice, with the user's voice and with ``--no-voice``, same seeds, and compared:

* style: the share of notes with all three markers (and each alone), top notes and all shown notes;
* checks: the share of top notes and of all shown notes that pass connote's checks, and drafts with none;
* leaks: any fact planted in the user's notes (``user.jsonl``: names, employers, events, numbers) that shows up
  in a new note while the new case doesn't have it — 0 tolerated;
* cost: the time to prepare each prompt, cached or not (a voiced prompt is cached like a template's).

    python bench/voice/run.py                      # default model, 20 cases x 2 conditions, -n 3
    python bench/voice/run.py --limit-cases 3      # a quick look

Writes bench/results/voice.md and voice.jsonl. Drafts run without the time budget (``time_budget=None``) so a
loaded machine changes the timings only, not the notes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE.parent / "results"
STYLE_GREETING = "Hey {name}!"
SHORT = 160
CALL = re.compile(r"\b(quick|short|brief|15[- ]?min(ute)?) (call|chat)\b|\bhop on a call\b|\bcall sometime\b", re.I)


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text().splitlines() if line.strip()]


def markers(text: str, first_name: str | None) -> dict[str, bool]:
    last = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
    greet = bool(first_name) and text.startswith(STYLE_GREETING.format(name=first_name))
    out = {"greeting": greet, "short": len(text) < SHORT, "call": bool(CALL.search(last))}
    out["all"] = all(out.values())
    return out


def leaks(text: str, case: dict, facts: list[str]) -> list[str]:
    """Facts of the user's earlier notes in ``text`` that the case itself doesn't give."""
    here = " ".join(filter(None, (case["profile"], case["reason"], case.get("sender") or ""))).lower()
    found = []
    for fact in facts:
        pattern = rf"(?<!\w){re.escape(fact.lower())}(?!\w)"
        if re.search(pattern, text.lower()) and not re.search(pattern, here):
            found.append(fact)
    return found


def simulate_user(user: list[dict]) -> list[str]:
    """Draft each of the user's five notes (fake model) and mark it accepted with the text they sent."""
    from connote import history
    from connote.backends.fake import FakeBackend
    from connote.drafting import draft
    from connote.schema import DraftRequest

    ids = []
    t0 = datetime(2025, 1, 6, 9, 0, tzinfo=timezone.utc)
    for i, note in enumerate(user):
        result = draft(DraftRequest(profile_text=note["profile"], reason=note["reason"], count=1, seed=i),
                       FakeBackend(), model_name="fake", voice=())
        history.record_draft(result)
        history.mark(result.notes[0].id, "sent", at=t0 + timedelta(days=i))
        history.mark(result.notes[0].id, "accepted", at=t0 + timedelta(days=i, hours=5), text=note["sent"])
        ids.append(result.notes[0].id)
    return ids


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}% ({part}/{whole})" if whole else "-"


def summarize(rows: list[dict], condition: str) -> dict:
    drafts = [r for r in rows if r["condition"] == condition]
    tops = [r["notes"][0] for r in drafts if r["notes"]]
    shown = [n for r in drafts for n in r["notes"]]
    out = {"drafts": len(drafts), "top": len(tops), "shown": len(shown),
           "all_failed": sum(r["all_failed"] for r in drafts)}
    for scope, notes in (("top", tops), ("shown", shown)):
        out[f"{scope}_passed"] = sum(n["passed"] for n in notes)
        for key in ("all", "greeting", "short", "call"):
            out[f"{scope}_{key}"] = sum(n["markers"][key] for n in notes)
        out[f"{scope}_leaks"] = sum(bool(n["leaks"]) for n in notes)
        out[f"{scope}_passed_leaks"] = sum(bool(n["leaks"]) and n["passed"] for n in notes)
    out["three_notes"] = sum(len([n for n in r["notes"] if n["passed"]]) >= 3 for r in drafts)
    out["prepare_miss"] = [r["prepare_s"] for r in drafts if not r["cached"]]
    out["prepare_hit"] = [r["prepare_s"] for r in drafts if r["cached"]]
    out["seconds"] = [r["seconds"] for r in drafts]
    out["candidates"] = [r["candidates"] for r in drafts]
    return out


def median(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} s (n={len(values)})" if values else "-"


def report(rows: list[dict], args, command: str, user_ids: list[str], machine: str) -> str:
    s = {c: summarize(rows, c) for c in ("voice", "no-voice")}
    v, n = s["voice"], s["no-voice"]
    lines = [
        "# Your voice: benchmark", "",
        f"- command: `{command}`",
        f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; machine: {machine}",
        f"- model: {args.model}; {v['drafts']} cases × 2 conditions, `-n {args.count}`, limit 300, same seeds in "
        "both conditions, no time budget",
        "- simulated user (bench/voice/user.jsonl): 5 notes marked accepted with the text they sent, each opening "
        "\"Hey NAME!\", under 160 characters, ending \"Up for a quick call sometime?\", with planted facts (names, "
        "employers, events, places, numbers)",
        f"- user's note ids: {', '.join(user_ids)}", "",
        "| measure | with voice | without (`--no-voice`) |", "| --- | --- | --- |",
        f"| top notes with all three style markers | **{pct(v['top_all'], v['top'])}** | "
        f"{pct(n['top_all'], n['top'])} |",
        f"| all shown notes with all three markers | {pct(v['shown_all'], v['shown'])} | "
        f"{pct(n['shown_all'], n['shown'])} |",
    ]
    for key, what in (("greeting", "opens \"Hey NAME!\""), ("short", f"under {SHORT} characters"),
                      ("call", "ends suggesting a quick call")):
        lines.append(f"| top notes: {what} | {pct(v['top_' + key], v['top'])} | {pct(n['top_' + key], n['top'])} |")
    lines += [
        f"| top notes passing the checks | **{pct(v['top_passed'], v['top'])}** | "
        f"{pct(n['top_passed'], n['top'])} |",
        f"| all shown notes passing the checks | {pct(v['shown_passed'], v['shown'])} | "
        f"{pct(n['shown_passed'], n['shown'])} |",
        f"| drafts with no passing note | {v['all_failed']} | {n['all_failed']} |",
        f"| drafts with {args.count} passing notes | {pct(v['three_notes'], v['drafts'])} | "
        f"{pct(n['three_notes'], n['drafts'])} |",
        f"| shown notes with a fact from the user's notes | **{v['shown_leaks']}** | {n['shown_leaks']} |",
        f"| … of them passing the checks | **{v['shown_passed_leaks']}** | {n['shown_passed_leaks']} |",
        f"| prepare, prompt not cached (median) | {median(v['prepare_miss'])} | {median(n['prepare_miss'])} |",
        f"| prepare, prompt cached (median) | {median(v['prepare_hit'])} | {median(n['prepare_hit'])} |",
        f"| draft, end to end (median) | {median(v['seconds'])} | {median(n['seconds'])} |",
        f"| candidates generated per draft (mean) | {statistics.mean(v['candidates']):.1f} | "
        f"{statistics.mean(n['candidates']):.1f} |",
        "", "## Every note", "",
        "Markers: G = opens \"Hey NAME!\", S = under 160 characters, C = ends suggesting a quick call; ✓ = passes "
        "the checks (else the failed checks).", "",
    ]
    for case_id in dict.fromkeys(r["id"] for r in rows):
        lines.append(f"### {case_id}")
        for r in rows:
            if r["id"] != case_id:
                continue
            lines.append(f"- **{r['condition']}** (reason: {r['reason']}; occasion {r['occasion']})")
            for i, note in enumerate(r["notes"], 1):
                m = note["markers"]
                marks = "".join(k[0].upper() if m[k] else "·" for k in ("greeting", "short", "call"))
                verdict = "✓" if note["passed"] else "✗ " + ",".join(note["failed"])
                leak = f" **LEAK: {', '.join(note['leaks'])}**" if note["leaks"] else ""
                lines.append(f"  {i}. `{marks}` {verdict}{leak} — {note['text']}")
        lines.append("")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="default")
    ap.add_argument("-n", "--count", type=int, default=3)
    ap.add_argument("--limit-cases", type=int, default=0)
    ap.add_argument("--home", default="", help="CONNOTE_HOME to use (default: a new temporary folder); its history "
                                               "is cleared first, its prompt cache kept")
    ap.add_argument("--tag", default="")
    ap.add_argument("--ids", default="", help="comma-separated case ids to run (default: all)")
    args = ap.parse_args()
    command = ("python bench/voice/run.py " + " ".join(sys.argv[1:])).strip()

    models_dir = None
    if not os.environ.get("CONNOTE_MODELS_DIR"):
        from connote import paths  # the installed models, before CONNOTE_HOME moves the data dir

        models_dir = str(paths.models_dir())
    home = args.home or tempfile.mkdtemp(prefix="connote-voice-bench-")
    os.environ["CONNOTE_HOME"] = home
    if models_dir:
        os.environ["CONNOTE_MODELS_DIR"] = models_dir

    from connote import history
    from connote.backends.table import open_model
    from connote.config import load_config
    from connote.drafting import draft
    from connote.history.own_notes import load_voice
    from connote.schema import DraftRequest

    for suffix in ("", "-wal", "-shm"):  # a fresh history; the prompt cache stays (history.clear would drop it)
        Path(f"{history.db_path()}{suffix}").unlink(missing_ok=True)
    user = load("user.jsonl")
    facts = [f for note in user for f in note["facts"]]
    user_ids = simulate_user(user)
    voice = load_voice()
    assert len(voice) == len(user), "every simulated note should be in the voice"
    cases = [c for c in load("cases.jsonl") if not args.ids or c["id"] in args.ids.split(",")]
    cases = cases[: args.limit_cases or None]

    opened = open_model(args.model, load_config())
    backend = opened.backend
    rows = []
    for i, case in enumerate(cases):
        for condition in ("voice", "no-voice"):
            request = DraftRequest(profile_text=case["profile"], reason=case["reason"], sender=case.get("sender"),
                                   count=args.count, limit=300, seed=4000 + i)
            statuses: list[str] = []
            started = time.monotonic()
            result = draft(request, backend, model_name=opened.name, time_budget=None,
                           voice=voice if condition == "voice" else (), on_status=statuses.append)
            seconds = time.monotonic() - started
            first = result.profile.first_name
            notes = [{"text": n.text, "passed": n.passed, "failed": n.failed, "markers": markers(n.text, first),
                      "leaks": leaks(n.text, case, facts)} for n in result.notes]
            rows.append({"id": case["id"], "condition": condition, "reason": case["reason"],
                         "occasion": result.occasion, "voice": result.voice, "notes": notes,
                         "all_failed": result.all_failed, "seconds": round(seconds, 2),
                         "candidates": result.candidates,
                         "prepare_s": round(result.timings.get("prepare", 0) - result.timings.get("setup", 0), 2),
                         "cached": not any(s.startswith("Preparing") for s in statuses)})
            top = notes[0]["text"] if notes else "(none)"
            print(f"[{i + 1}/{len(cases)}] {condition:8} {seconds:5.1f}s {top}", flush=True)

    machine = f"{platform.processor() or platform.machine()}; {os.cpu_count()} cores; Python {platform.python_version()}"
    name = f"voice{('-' + args.tag) if args.tag else ''}"
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    (RESULTS / f"{name}.md").write_text(report(rows, args, command, user_ids, machine))
    s = {c: summarize(rows, c) for c in ("voice", "no-voice")}
    for c, v in s.items():
        print(f"{c}: style {pct(v['top_all'], v['top'])} top / {pct(v['shown_all'], v['shown'])} shown; passed "
              f"{pct(v['top_passed'], v['top'])} top; leaks {v['shown_leaks']}")
    if not args.home:
        import shutil

        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
