"""Words, numbers, word stems and sentences of a text, and its length as LinkedIn counts it."""

from __future__ import annotations

import re

from .folding import fold

WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)


NUMBER_RE = re.compile(r"(?<![\w.])(\d[\d,.']*\d|\d)(?=(?:[kKmMbB]n?|x|st|nd|rd|th)?(?!\w))")


def words_in(text: str) -> list[str]:
    return [w.strip("'’-") for w in WORD_RE.findall(text or "") if w.strip("'’-")]


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def sentences(text: str) -> list[str]:
    """``text`` split after each ``.``, ``!`` or ``?`` that a space follows."""
    return [s for s in _SENTENCE_BREAK.split(text.strip()) if s]


def utf16_len(text: str) -> int:
    """Characters as LinkedIn's counter sees them (JavaScript string length: emoji count twice)."""
    return len(text.encode("utf-16-le")) // 2


def word_stem(word: str) -> str:
    w = re.sub(r"^(?:l|d|j|qu|n|s|c|m|t|dell|dall|all|nell|sull)'", "", fold(word).strip("'-"))
    for suffix in ("'s", "ings", "ing", "ies", "ed", "es", "s", "en", "er", "e"):
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w
