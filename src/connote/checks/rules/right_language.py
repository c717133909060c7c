"""The rule right_language: the note is written in the language of the user's reason."""

from __future__ import annotations

import re

from ...text.language import language_name, language_scores, script_counts
from ...text.words import words_in
from ..context import CheckContext, note_language, shorten


def right_language(ctx: CheckContext, note: str) -> str | None:
    """Written in the language of the user's reason (names and titles from the profile don't count), with
    no sentence in another language.

    Okay: Hi Priya, I heard your podcast episode on data contracts. Glad to connect.
    Fail: Hola Priya, escuché tu episodio sobre contratos de datos y me encantaría conectar.
    Fail: Hi Priya, I heard your podcast episode on data contracts. Me encantaría conectar contigo.
    """
    got = note_language(note, ctx)
    if got != ctx.language:
        return f"written in {language_name(got)}, the reason is in {language_name(ctx.language)}"
    for sentence in re.split(r"(?<=[.!?])\s+", note):  # "… Me encantaría conectar." closing an English note
        if len(words_in(sentence)) < 2 or script_counts(sentence).get("latin", 0) < len(sentence) / 2:
            continue
        scores = language_scores(sentence)
        other = max(scores, key=scores.get)
        if other != ctx.language and scores[other] >= 2.0 and scores.get(ctx.language, 0) * 3 <= scores[other]:
            return f"a sentence in {language_name(other)}: '{shorten(sentence, 40)}'"
    return None
