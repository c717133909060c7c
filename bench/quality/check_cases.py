"""Tiny sanity check for a case file, bench/quality/cases.jsonl by default (not part of the test suite).

Run: python3 bench/quality/check_cases.py [CASES.jsonl]
"""
import collections
import json
import pathlib
import sys

OCCASIONS = {"content", "event", "same-field", "leader", "future-boss", "alumni", "mutual",
             "recruiter", "customer", "generic"}
TAGS = {"noisy", "sparse", "adversarial", "non-english", "name-edge", "injection", "sidebar", "contact", "snippet",
        "terse"}
PATH = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("cases.jsonl")


def main() -> int:
    errors, ids, cases = [], set(), []
    for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON ({e})")
            continue
        where = f"line {n} ({c.get('id')})"
        if set(c) != {"id", "profile", "reason", "sender", "limit", "expect"}:
            errors.append(f"{where}: fields {sorted(c)}")
            continue
        e = c["expect"]
        if set(e) != {"first_name", "language", "occasion", "must_not_contain", "tags"}:
            errors.append(f"{where}: expect fields {sorted(e)}")
            continue
        checks = [
            (isinstance(c["id"], str) and c["id"] and c["id"] not in ids, "id missing or duplicate"),
            (isinstance(c["profile"], str) and c["profile"].strip(), "empty profile"),
            (isinstance(c["reason"], str) and c["reason"].strip(), "empty reason"),
            (c["sender"] is None or (isinstance(c["sender"], str) and c["sender"].strip()), "bad sender"),
            (c["limit"] in (200, 300), "limit not 200/300"),
            (len(c["reason"]) <= c["limit"], "reason longer than the note may be (connote refuses it)"),
            (e["first_name"] is None or (isinstance(e["first_name"], str)
             and e["first_name"].casefold() in c["profile"].casefold()), "first_name not in profile"),
            (isinstance(e["language"], str) and len(e["language"]) == 2, "language not ISO 639-1"),
            (e["occasion"] in OCCASIONS, "unknown occasion"),
            (isinstance(e["must_not_contain"], list) and all(isinstance(s, str) and s for s in e["must_not_contain"]),
             "bad must_not_contain"),
            (not any(s.casefold() in c["reason"].casefold() for s in e["must_not_contain"]),
             "a must_not_contain string is in the reason"),
            (isinstance(e["tags"], list) and set(e["tags"]) <= TAGS, "unknown tag"),
        ]
        errors += [f"{where}: {msg}" for ok, msg in checks if not ok]
        ids.add(c["id"])
        cases.append(c)
    for err in errors:
        print("ERROR", err)
    tags = collections.Counter(t for c in cases for t in c["expect"]["tags"])
    print(f"{len(cases)} cases")
    print("languages:", dict(collections.Counter(c["expect"]["language"] for c in cases)))
    print("occasions:", dict(collections.Counter(c["expect"]["occasion"] for c in cases)))
    print("tags:", dict(tags))
    print("limit 200:", sum(c["limit"] == 200 for c in cases), " sender set:", sum(c["sender"] is not None for c in cases),
          " first_name null:", sum(c["expect"]["first_name"] is None for c in cases))
    print("noisy+sidebar+contact:", sum({"noisy", "sidebar", "contact"} <= set(c["expect"]["tags"]) for c in cases),
          " adversarial|injection:", sum(bool({"adversarial", "injection"} & set(c["expect"]["tags"])) for c in cases))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
