"""Pronouns in an English reason that are someone else's, not the person's the note goes to: a relation's own
"his" ("my neighbour colin buys all his trees from him") and a "she" in an aside about a name ("kemi adebanjo (she
did my cousins wedding) said ...")."""

from __future__ import annotations

import re
from typing import Protocol

from .english_words import RELATIONS


class Words(Protocol):
    """What these rules read of :class:`connote.prompting.english._Words`."""
    tokens: list[str]
    at: list[int]
    low: list[str]
    gap: list[str]
    n: int


def subjects_own(w: Words, k: int) -> bool:
    """Whether the "his"/"her" at ``k`` is the sender's relation's own, in a clause that has them as subject
    and the person as object after it ("my neighbour colin buys all his trees from him": Colin's trees; "him",
    who can't be the clause's subject, is the person)."""
    if w.low[k] not in ("his", "her"):
        return False
    start = k
    while start > 0 and not re.search(r"[,.;:!?()]", w.gap[start]):
        start -= 1
    if not any(w.low[i] == "my" and (w.low[i + 1] in RELATIONS or (i + 2 < k and w.low[i + 2] in RELATIONS))
               for i in range(start, k - 1)):
        return False
    target = "him" if w.low[k] == "his" else "her"
    for i in range(k + 1, w.n):
        if re.search(r"[,.;:!?()]", w.gap[i]):
            return False
        if w.low[i] == target:
            return True
    return False


def asides_of_others(w: Words, names: dict[int, tuple[int, str | None]]) -> set[int]:
    """A "she"/"he" that opens a bracket after someone else's name ("Kemi Adebanjo (she did my cousin's wedding)
    said ..."): that name's. An object inside stays the person's ("my buddy Teo (he glasses boards for her)")."""
    person = {i for start, (end, _) in names.items() for i in range(start, end + 1)}
    return {k for k in range(1, w.n) if "(" in w.gap[k] and w.tokens[w.at[k - 1]][:1].isupper()
            and k - 1 not in person and w.low[k - 1] != "i" and w.low[k] in _ASIDE_SUBJECTS}


_ASIDE_SUBJECTS = {"she", "he", "she's", "he's", "shes", "hes", "she'd", "he'd"}


def objects_of_the_person(w: Words, names: dict[int, tuple[int, str | None]]) -> set[int]:
    """An object "him"/"her" right after the person's name and a verb ("thuy said nhung helped her so much"): the
    name is the clause's subject, so the object is someone else (no one "helped her" of herself)."""
    found = set()
    for start, (end, _) in names.items():
        verb, obj = end + 1, end + 2
        if obj < w.n and not w.gap[verb] and not w.gap[obj] and w.low[obj] in ("him", "her") \
                and re.fullmatch(r"[a-z]+(?:ed|s)", w.low[verb]) and (obj + 1 >= w.n or w.gap[obj + 1]
                                                                     or w.low[obj + 1] in ("so", "a", "out", "with",
                                                                                           "through", "too", "loads")):
            found.add(obj)
    return found
