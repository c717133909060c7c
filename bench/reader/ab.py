"""Two ways of drafting read blind as one: every shown note of both runs, per case, once, in a shuffled order, so
the reader labels each note without knowing which run wrote it; then each run's labels on their own, for count.py.

    python bench/reader/ab.py merge RESULTS_A.jsonl RESULTS_B.jsonl CASES.jsonl READER_INPUT.jsonl MAP.json
    python bench/reader/ab.py split LABELS.jsonl MAP.json A|B LABELS_OF_THAT_RUN.jsonl
    python bench/reader/ab.py reuse RESULTS_C.jsonl LABELS_OF_C.jsonl UNREAD.jsonl READER_INPUT.jsonl LABELS.jsonl ...

``merge`` writes the reader's input (shared/reader-brief.md) and MAP.json (where each run's notes went);
``split`` gives one run's labels in its own note order (a note both runs showed has the one label). ``reuse`` labels a
third run that differs from runs already read in a few notes: each note read before (in any of the readings given,
pairs of a reader's input and its labels) keeps its label; the others go to UNREAD.jsonl, a reader's input. Once a
reader has labelled that, ``reuse`` again with that reading added writes every label.
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


def reuse(results: str, out: str, unread_out: str, *readings: str) -> None:
    """``readings``: pairs of a reader's input and its labels."""
    read: dict[tuple[str, str], dict] = {}
    cases: dict[str, dict] = {}
    for reader_input, labels in zip(readings[::2], readings[1::2]):
        rows = [json.loads(line) for line in Path(reader_input).read_text().splitlines() if line.strip()]
        notes_of = {row["case"]: row["notes"] for row in rows}
        cases.update((row["case"], row) for row in rows)
        for line in Path(labels).read_text().splitlines():
            if line.strip():
                label = json.loads(line)
                read[(label["case"], notes_of[label["case"]][label["index"]])] = label
    unread: dict[str, list[str]] = {}
    with open(out, "w") as fh:
        for case_id, row in _rows(results).items():
            for index, note in enumerate(n["text"] for n in row["notes"]):
                if (case_id, note) in read:
                    fh.write(json.dumps({**read[(case_id, note)], "index": index}, ensure_ascii=False) + "\n")
                else:
                    unread.setdefault(case_id, []).append(note)
    with open(unread_out, "w") as fh:
        for case_id, notes in unread.items():
            fh.write(json.dumps({**cases[case_id], "notes": notes}, ensure_ascii=False) + "\n")
    print(f"{sum(map(len, unread.values()))} notes not read yet" if unread else "every note read")


if __name__ == "__main__":
    {"merge": merge, "split": split, "reuse": reuse}[sys.argv[1]](*sys.argv[2:])
