"""Counts from a blind reader's labels (one JSON line per note: case, index, sendable, fault) and the checks'
verdicts of the same run: top notes and all shown notes sendable, faults by kind, and how far the checks agree
with the reader (of the notes the checks pass, how many the reader would send).

    python bench/reader/count.py LABELS.jsonl bench/results/quality-MODEL-TAG.jsonl [--cases bench/quality/CASES.jsonl]
        [--summary bench/results/reader-NAME.json --label "…" --order N [--headline]]

``--summary`` also writes the counts as JSON, which bench/summary.py puts in the docs.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("labels")
    ap.add_argument("results")
    ap.add_argument("--cases", default=None, help="the case file, to count by tag")
    ap.add_argument("--summary", default=None, help="also write the counts here (JSON)")
    ap.add_argument("--label", default="", help="what was read, for the docs")
    ap.add_argument("--order", type=int, default=99, help="where the docs list it")
    ap.add_argument("--headline", action="store_true", help="the reading the README quotes")
    args = ap.parse_args()
    labels = [json.loads(line) for line in Path(args.labels).read_text().splitlines() if line.strip()]
    results = {json.loads(line)["id"]: json.loads(line) for line in Path(args.results).read_text().splitlines()}
    tags = {}
    if args.cases:
        tags = {c["id"]: c["expect"].get("tags", []) for c in map(json.loads, Path(args.cases).read_text().splitlines())}
    by_note = {(lab["case"], int(lab["index"])): lab for lab in labels}
    top = [lab for lab in labels if int(lab["index"]) == 0]
    cases = len(results)
    shown = sum(len(r["notes"]) for r in results.values())
    sendable_top = sum(1 for lab in top if lab["sendable"])
    sendable_all = sum(1 for lab in labels if lab["sendable"])
    faults = collections.Counter(lab.get("fault") or "?" for lab in labels if not lab["sendable"])
    passed = [(cid, i) for cid, r in results.items() for i, n in enumerate(r["notes"]) if n.get("passed")]
    agree = sum(1 for key in passed if by_note.get(key, {}).get("sendable"))
    print(f"cases {cases}, shown notes {shown}, labelled {len(labels)}")
    print(f"top notes sendable: {sendable_top}/{len(top)} ({sendable_top / max(1, len(top)):.0%})")
    print(f"all shown notes sendable: {sendable_all}/{len(labels)} ({sendable_all / max(1, len(labels)):.0%})")
    print(f"of the notes the checks pass, sendable: {agree}/{len(passed)} ({agree / max(1, len(passed)):.0%})")
    three = sum(1 for r in results.values() if len(r["notes"]) >= 3)
    print(f"cases with 3 notes shown: {three}/{cases}")
    if tags:
        by_tag = collections.defaultdict(lambda: [0, 0])
        for lab in top:
            for tag in tags.get(lab["case"], []) or ["-"]:
                by_tag[tag][0] += bool(lab["sendable"])
                by_tag[tag][1] += 1
        print("top notes sendable by tag: " + ", ".join(f"{t} {a}/{b}" for t, (a, b) in sorted(by_tag.items())))
    print("faults: " + ", ".join(f"{k} {v}" for k, v in faults.most_common()))
    if args.summary:
        import re

        md = Path(args.results).with_suffix(".md")
        date = re.search(r"date: (\d{4}-\d\d-\d\d)", md.read_text()) if md.exists() else None
        Path(args.summary).write_text(json.dumps({
            "label": args.label, "date": date.group(1) if date else "?", "order": args.order,
            "headline": args.headline, "labels": args.labels, "results": args.results,
            "top": [sendable_top, len(top)], "all": [sendable_all, len(labels)], "checks_pass_sendable":
            [agree, len(passed)], "three_notes": [three, cases], "faults": dict(faults.most_common())}, indent=1) + "\n")


if __name__ == "__main__":
    main()
