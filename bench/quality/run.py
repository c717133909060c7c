"""Quality benchmark: draft notes for every case in cases.jsonl and score them with connote's checks
plus each case's own expectations (greeted name, language, strings that must not appear).

    python bench/quality/run.py --model default            # connote's pipeline
    python bench/quality/run.py --model default --baseline # one plain chat prompt, same model and checks

Writes bench/results/quality-<model>[-baseline].{md,jsonl}.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE.parent / "results"

from connote.checks import CheckContext, run_checks  # noqa: E402
from connote.config import load_config  # noqa: E402
from connote.drafting import draft  # noqa: E402
from connote.errors import ConnoteError  # noqa: E402
from connote.backends.table import open_model  # noqa: E402
from connote.text.language import detect_language  # noqa: E402
from connote.paste import parse_profile  # noqa: E402
from connote.prompting.salutation import formal_name  # noqa: E402
from connote.schema import CheckResult, DraftRequest  # noqa: E402

SEVERE = {"no_contact_or_ui", "ignores_pasted_instructions", "addresses_person"}


def expectation_checks(case: dict, text: str) -> list[CheckResult]:
    exp = case.get("expect", {})
    out = []
    first = exp.get("first_name")
    head = text[:60]
    if first:  # (a formal German note greets "Frau Dr. Vogt-Brenner": prompting.salutation)
        ok = first.lower() in head.lower() or formal_name(parse_profile(case["profile"])).lower() in head.lower()
        out.append(CheckResult(name="expect_name", passed=ok, detail="" if ok else f"does not greet {first}"))
    else:
        ok = not re.search(r"linkedin member|\[|\{", text, re.I)
        out.append(CheckResult(name="expect_name", passed=ok, detail="" if ok else "placeholder/member greeting"))
    lang = exp.get("language", "en")
    got = detect_language(text)
    out.append(CheckResult(name="expect_language", passed=got == lang,
                           detail="" if got == lang else f"{got} instead of {lang}"))
    bad = [s for s in exp.get("must_not_contain", []) if s and s.lower() in text.lower()]
    out.append(CheckResult(name="expect_absent", passed=not bad, detail=f"contains {bad[0]!r}" if bad else ""))
    return out


def baseline_note(backend, case: dict) -> str:
    """One plain chat prompt, as a user of a generic local LLM tool would write it."""
    prompt = (f"Write a LinkedIn connection request note to this person.\n\nProfile:\n{case['profile']}\n\n"
              f"My reason for connecting: {case['reason']}\n"
              + (f"About me: {case['sender']}\n" if case.get("sender") else "")
              + f"The note must be under {case['limit']} characters.")
    out = backend.chat([{"role": "user", "content": prompt}], max_tokens=200, temperature=0.7, seed=1, stop=[])
    return out.text.strip()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="default")
    ap.add_argument("--cases", default=str(HERE / "cases.jsonl"))
    ap.add_argument("-n", "--count", type=int, default=3)
    ap.add_argument("--baseline", action="store_true")
    ap.add_argument("--first-note", choices=("reason", "model"), default="model",
                    help="who writes the first note (connote's first_note setting; default: model)")
    ap.add_argument("--limit-cases", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--tag", default="")
    ap.add_argument("--ids", default="", help="comma-separated case ids to run (default: all)")
    args = ap.parse_args()

    cases = [json.loads(l) for l in Path(args.cases).read_text().splitlines() if l.strip()]
    if args.ids:
        wanted = set(args.ids.split(","))
        cases = [c for c in cases if c["id"] in wanted]
    if args.limit_cases:
        cases = cases[: args.limit_cases]
    config = load_config()
    t0 = time.monotonic()
    opened = open_model(args.model, config)
    load_s = time.monotonic() - t0
    label = opened.name + ("-baseline" if args.baseline else "") + (f"-{args.tag}" if args.tag else "")
    rows = []
    for i, case in enumerate(cases, 1):
        start = time.monotonic()
        profile = parse_profile(case["profile"])
        language = case["expect"].get("language") or detect_language(case["reason"])
        ctx = CheckContext(profile=profile, profile_text=case["profile"], reason=case["reason"],
                           sender=case.get("sender"), limit=case["limit"], language=detect_language(case["reason"]),
                           occasion=case["expect"].get("occasion", "generic"))
        if args.baseline:
            text = baseline_note(opened.backend, case)
            notes = [{"text": text, "checks": [c.model_dump() for c in run_checks(ctx, text)], "passed": None}]
            candidates = 1
        else:
            req = DraftRequest(profile_text=case["profile"], reason=case["reason"], sender=case.get("sender"),
                               count=args.count, limit=case["limit"], seed=args.seed + i,
                               first_note=args.first_note)
            try:
                result = draft(req, opened.backend, model_name=opened.name)
            except ConnoteError as exc:  # refused input (e.g. a reason longer than the note): no note, counted
                print(f"[{i}/{len(cases)}] {case['id']}: refused: {exc}", file=sys.stderr, flush=True)
                rows.append({"id": case["id"], "tags": case["expect"].get("tags", []), "reason": case["reason"],
                             "language": language, "limit": case["limit"], "notes": [], "seconds": 0.0,
                             "candidates": 0, "top_ok": False, "error": str(exc)})
                continue
            notes = [{"text": n.text, "checks": [c.model_dump() for c in n.checks], "passed": n.passed}
                     for n in result.notes]
            candidates = result.candidates
        for note in notes:
            extra = expectation_checks(case, note["text"])
            note["checks"] += [c.model_dump() for c in extra]
            note["ok"] = all(c["passed"] for c in note["checks"])
            note["failed"] = [c["name"] + (f" ({c['detail']})" if c["detail"] else "")
                              for c in note["checks"] if not c["passed"]]
            note["severe"] = [c["name"] for c in note["checks"] if not c["passed"]
                              and (c["name"] in SEVERE or c["name"] in {"expect_name", "expect_absent"})]
        secs = time.monotonic() - start
        row = {"id": case["id"], "tags": case["expect"].get("tags", []), "reason": case["reason"],
               "language": language, "limit": case["limit"], "notes": notes, "seconds": round(secs, 2),
               "candidates": candidates, "top_ok": bool(notes) and notes[0]["ok"]}
        rows.append(row)
        top = notes[0] if notes else {"text": "", "failed": ["no note"]}
        print(f"[{i}/{len(cases)}] {case['id']}: {'PASS' if row['top_ok'] else 'FAIL'} {secs:.1f}s "
              f"{top['text'][:90]!r} {top['failed']}", file=sys.stderr, flush=True)
    opened.backend.close()

    top_rate = sum(r["top_ok"] for r in rows) / len(rows)
    all_notes = [n for r in rows for n in r["notes"]]
    all_rate = sum(n["ok"] for n in all_notes) / max(1, len(all_notes))
    severe = [(r["id"], n["severe"]) for r in rows for n in r["notes"] if n["severe"]]
    med = statistics.median(r["seconds"] for r in rows)
    RESULTS.mkdir(parents=True, exist_ok=True)
    with open(RESULTS / f"quality-{label}.jsonl", "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    by_tag: dict[str, list[bool]] = {}
    for r in rows:
        for t in r["tags"] or ["-"]:
            by_tag.setdefault(t, []).append(r["top_ok"])
    lines = [
        f"# Quality benchmark: {label}",
        "",
        f"- command: `python bench/quality/run.py --model {args.model}" + (" --baseline" if args.baseline else "")
        + f" -n {args.count} --seed {args.seed}" + (" --first-note reason" if args.first_note == "reason" else "") + "`",
        f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; machine: {platform.machine()}, "
        f"{platform.processor() or 'cpu'}, Python {platform.python_version()}",
        f"- cases: {len(rows)}; model load {load_s:.1f}s; median seconds per case {med:.1f}",
        f"- **top-note pass rate: {top_rate:.0%}** ({sum(r['top_ok'] for r in rows)}/{len(rows)})",
        f"- all-notes pass rate: {all_rate:.0%} ({sum(n['ok'] for n in all_notes)}/{len(all_notes)})",
        f"- notes with a severe failure (contact/link, injected instruction, wrong person or name, "
        f"forbidden string): {len(severe)}",
        "",
        "| tag | top-note pass |", "| --- | --- |",
        *[f"| {t} | {sum(v)}/{len(v)} |" for t, v in sorted(by_tag.items())],
        "",
        "## Top notes",
        "",
    ]
    for r in rows:
        n = r["notes"][0] if r["notes"] else {"text": "(none)", "failed": []}
        mark = "ok" if r["top_ok"] else "FAIL " + "; ".join(n["failed"])
        lines.append(f"- **{r['id']}** ({r['reason']}) — {mark}\n  > {n['text']}")
    (RESULTS / f"quality-{label}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines[:9]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
