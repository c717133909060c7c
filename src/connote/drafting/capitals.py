"""Acronyms the user typed in lower case, written in capitals where the model is sure of them.

A reason typed in lower case ("fellow ubc alum", "we're in cpg planning", "met you at the bcs conference") hands its
lower case to the note: the model copies it, and a reader sees a typo. No list knows every school, trade body and
industry's acronym, but the model has read them: each short word of the note (ACRONYM_LETTERS letters at most) that
the user typed in lower case and the English dictionary does not know in lower case is scored as typed and in
CAPITALS, between the note's own words before and after it, and written in capitals when the model finds that
likelier by a clear margin (MARGIN). Words the dictionary knows ("west", "sap") and common words are never asked
about, nor anything the model wrote itself; without a dictionary nothing is changed. (Acronyms the dictionary knows in
capitals, "mba", "llc", are already written so in the reason the model is given: ``text.spelling.corrected``.)
English notes only: the scorer is a small English model (``backends.table.SCORER``), and a German "bei ner Brauerei"
became "NER".

Only acronyms: the same scoring also tried capitalised names ("epic" -> "Epic"), and on two held-out sets it mended
as many notes as it broke ("Muni bonds", "a fellow Cardio"; bench/results/README.md). A backend that cannot score (a
server, the fake) leaves the note as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from ..text.language import FUNCTION_WORDS
from ..text.spelling import available, is_known

#: how much likelier (natural log; e^3 ≈ 20 times) the capitals must be than the word as typed
MARGIN = 3.0
#: the longest word taken for an acronym ("ubc", "cpg", "insa")
ACRONYM_LETTERS = 4
#: what the scored note follows (the model reads a note as a note)
HEADER = "A LinkedIn connection request note:\n"
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?![\w-])|(?<=['’])[^\W\d_]{3,}(?![\w'’-])")
_AFTER = re.compile(r"\W{0,3}[^\W\d_]*")


class Scorer(Protocol):
    def likelihoods(self, requests: Sequence[tuple[str, str]]) -> list[float] | None: ...


def _askable(note: str, reason: str) -> list[re.Match]:
    """The note's short words the user typed in lower case that no English dictionary knows so, the greeting's
    aside."""
    typed = {m.group(0) for m in _WORD.finditer(reason) if m.group(0).islower()}
    opening = re.match(r"[^,.!?—–-]{0,40}[,.!?—–-]", note)
    start = opening.end() if opening else 0
    return [m for m in _WORD.finditer(note) if m.start() >= start and m.group(0) in typed
            and 2 <= len(m.group(0)) <= ACRONYM_LETTERS and len(m.group(0).upper()) == len(m.group(0))
            and m.group(0) not in FUNCTION_WORDS["en"] and not is_known(m.group(0), "en")]


def _request(note: str, m: re.Match, word: str) -> tuple[str, str]:
    """``word`` in the place of ``m``: the note before it (a space before it goes with the word, as a model's
    tokens take it) and the word with what follows up to the next word's end."""
    before = note[:m.start()]
    lead = ""
    if before.endswith(" "):
        before, lead = before[:-1], " "
    after = _AFTER.match(note, m.end()).group(0)
    return HEADER + before, lead + word + after


def capitalised(note: str, reason: str, language: str, scorer: Scorer) -> str:
    """``note`` with the acronyms the user typed in lower case in capitals ("a fellow UBC alum"), where the scorer
    is sure of them; unchanged outside English, where ``scorer`` cannot score, or without a dictionary."""
    if language != "en" or not available("en"):
        return note
    asked = _askable(note, reason)
    if not asked:
        return note
    requests = [_request(note, m, form) for m in asked for form in (m.group(0), m.group(0).upper())]
    scores = scorer.likelihoods(requests)
    if scores is None or len(scores) != len(requests):
        return note
    for i, m in reversed(list(enumerate(asked))):
        if scores[2 * i + 1] - scores[2 * i] >= MARGIN:
            note = note[:m.start()] + m.group(0).upper() + note[m.end():]
    return note
