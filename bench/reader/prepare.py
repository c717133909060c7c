"""The blind reader's input (shared/reader-brief.md): one JSON line per case with the first 600 characters of
the paste, the reason, the sender and every shown note in order — not the checks' verdicts.

    python bench/reader/prepare.py bench/results/quality-MODEL-TAG.jsonl bench/quality/CASES.jsonl OUT.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(results: str, cases: str, out: str) -> None:
    by_id = {json.loads(line)["id"]: json.loads(line) for line in Path(cases).read_text().splitlines() if line}
    with open(out, "w") as fh:
        for line in Path(results).read_text().splitlines():
            row = json.loads(line)
            case = by_id[row["id"]]
            fh.write(json.dumps({"case": row["id"], "profile_start": case["profile"][:600], "reason": case["reason"],
                                 "sender": case.get("sender"), "notes": [n["text"] for n in row["notes"]]},
                                ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
