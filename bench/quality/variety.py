"""How the shown variations of each case differ: the share of cases with 3 distinct notes, and of pairs of
notes of a case that differ in more than the greeting — another wording, another length class (short: at most 150 characters), or another closing.

    python bench/quality/variety.py bench/results/quality-MODEL-TAG.jsonl [...]
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
from connote.drafting.variations import body, closing_split, greeting_of, length_class  # noqa: E402
from connote.text.language import detect_language  # noqa: E402


def differs(a: str, b: str, language: str) -> dict[str, bool]:
    ba, bb = body(a, language), body(b, language)
    return {"angle": ba != bb,  # what the note says, reworded
            "length": length_class(a) != length_class(b),
            "closing": closing_split(a, language)[1] != closing_split(b, language)[1] or a.rstrip()[-1:] !=
            b.rstrip()[-1:],
            "greeting only": a[len(greeting_of(a)):] == b[len(greeting_of(b)):]}


def main(paths: list[str]) -> None:
    cases = pairs = three = 0
    kinds = {"angle": 0, "length": 0, "closing": 0, "greeting only": 0}
    for path in paths:
        for line in Path(path).read_text().splitlines():
            row = json.loads(line)
            texts = [n["text"] for n in row["notes"]]
            cases += 1
            three += len(set(texts)) >= 3
            language = detect_language(row.get("reason", "")) if row.get("reason") else "en"
            for a, b in itertools.combinations(texts, 2):
                pairs += 1
                for kind, yes in differs(a, b, language).items():
                    kinds[kind] += yes
    more = pairs - kinds["greeting only"]
    print(f"cases {cases}: 3 distinct notes in {three} ({three / max(1, cases):.0%})")
    print(f"variation pairs {pairs}: differ in more than the greeting {more} ({more / max(1, pairs):.0%}); "
          + ", ".join(f"{k} {v} ({v / max(1, pairs):.0%})" for k, v in kinds.items() if k != "greeting only"))


if __name__ == "__main__":
    main(sys.argv[1:])
