"""Two ways of drafting read blind as one: every shown note of both runs, per case, once, in a shuffled order, so
the reader labels each note without knowing which run wrote it; then each run's labels on their own, for count.py.

    python bench/reader/ab.py merge RESULTS_A.jsonl RESULTS_B.jsonl CASES.jsonl READER_INPUT.jsonl MAP.json
    python bench/reader/ab.py split LABELS.jsonl MAP.json A|B LABELS_OF_THAT_RUN.jsonl

``merge`` writes the reader's input (shared/reader-brief.md) and MAP.json (where each run's notes went);
``split`` gives one run's labels in its own note order (a note both runs showed has the one label).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path


def _rows(path: str) -> dict[str, dict]:
    rows = (json.loads(line) for line in Path(path).read_text().splitlines() if line.strip())
    return {row["id"]: row for row in rows if "id" in row}


def merge(results_a: str, results_b: str, cases: str, out: str, map_out: str) -> None:
    a, b, by_id = _rows(results_a), _rows(results_b), _rows(cases)
    shuffle = random.Random(40)
    where = {}
    with open(out, "w") as fh:
        for case_id, case in by_id.items():
            notes_a = [n["text"] for n in a[case_id]["notes"]]
            notes_b = [n["text"] for n in b[case_id]["notes"]]
            notes = list(dict.fromkeys(notes_a + notes_b))
            shuffle.shuffle(notes)
            where[case_id] = {"notes": notes, "A": [notes.index(t) for t in notes_a],
                              "B": [notes.index(t) for t in notes_b]}
            fh.write(json.dumps({"case": case_id, "profile_start": case["profile"][:600], "reason": case["reason"],
                                 "sender": case.get("sender"), "notes": notes}, ensure_ascii=False) + "\n")
    Path(map_out).write_text(json.dumps(where, indent=1, ensure_ascii=False))
    print(f"{sum(len(w['notes']) for w in where.values())} notes to read")


def split(labels: str, map_file: str, run: str, out: str) -> None:
    where = json.loads(Path(map_file).read_text())
    by_note = {}
    for line in Path(labels).read_text().splitlines():
        if line.strip():
            label = json.loads(line)
            by_note[(label["case"], label["index"])] = label
    with open(out, "w") as fh:
        for case_id, w in where.items():
            for index, merged in enumerate(w[run]):
                fh.write(json.dumps({**by_note[(case_id, merged)], "index": index}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    {"merge": merge, "split": split}[sys.argv[1]](*sys.argv[2:])
