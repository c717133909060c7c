"""The rule keeps_instructions_out: what the user tells the writer is not copied into the note."""

from __future__ import annotations

import re

from ...prompting.instructions import writer_clauses
from ...text.folding import fold
from ...text.words import words_in
from ..context import CheckContext, shorten

#: words too common for three of them in a row to show a copy ("I would like", "to the")
_COMMON = {"i", "you", "the", "a", "an", "to", "and", "of", "it", "is", "in", "on", "for", "with", "my", "your", "be",
           "would", "like", "love", "that", "this", "we", "me", "de", "la", "le", "et", "y", "e", "en", "und", "die",
           "der", "het", "een", "il", "di", "que", "je", "ik", "ich", "sie", "o", "da", "do", "el"}


def _words(text: str) -> list[str]:
    return [fold(w).replace("'", "").replace("’", "") for w in words_in(text)]


def _runs(words: list[str], size: int) -> list[tuple[str, ...]]:
    """Every ``size`` words in a row, in order."""
    return [tuple(words[i:i + size]) for i in range(len(words) - size + 1)]


def keeps_instructions_out(ctx: CheckContext, note: str) -> str | None:
    """What the user told the writer ("keep it short", "pls dont say exciting opportunity", "no menciones el
    sueldo", "nicht schleimen") is not in the note; what it asks to be asked is asked, not copied ("ask if").

    Reason: hes hiring for the kiln roles in casablanca. ask if its still open, dont go on about my cv
    Okay: Hi Priya, I saw you're hiring for the kiln roles in Casablanca. Is the role still open?
    Fail: Hi Priya, I saw you're hiring for the kiln roles in Casablanca. Ask if it's still open.
    Fail: Hi Priya, you're hiring for the kiln roles in Casablanca, and I won't go on about my CV.
    Reason: busco peritos agrarios y ella tiene el perfil. no menciones sueldo ni la palabra 'oportunidad'
    Okay: Hola Priya, busco peritos agrarios y usted tiene justo el perfil. Me encantaría conectar.
    Fail: Hola Priya, busco peritos agrarios y usted tiene el perfil. No menciones sueldo ni la palabra 'oportunidad'.
    """
    said = _words(note)
    said_pairs, said_runs, said_text = set(_runs(said, 2)), set(_runs(said, 3)), " ".join(said)
    for clause, asked in writer_clauses(ctx.reason):
        told = _words(clause)
        if asked:  # the question or thing is said; the order to say it is not ("ask if", "mention")
            head = tuple(told[:2]) if told[:1] and told[0] in ("ask", "mention", "say", "tell") else None
            if head and head in said_pairs:
                return f"copies an instruction to the writer ('{shorten(' '.join(head))}')"
            continue
        copied = [run for run in _runs(told, 3) if run in said_runs and any(w not in _COMMON for w in run)]
        quoted = [_words(q) for q in re.findall(r"['\"‘“«„]([^'\"’”»“]{3,40})['\"’”»“]", clause)]
        copied += [tuple(q) for q in quoted if q and " ".join(q) in said_text]
        if copied:
            return f"copies an instruction to the writer ('{shorten(' '.join(copied[0]))}')"
    return None
