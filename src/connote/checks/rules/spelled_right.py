"""The rule spelled_right: every word of the note is one a dictionary knows, or one this case gives."""

from __future__ import annotations

import re

from ...paste import find_contacts
from ...text.spelling import unknown_words
from ..context import CheckContext, note_language


def spelled_right(ctx: CheckContext, note: str) -> str | None:
    """Spelled right, by a real spell checker (Hunspell) in English, German, French, Spanish, Portuguese,
    Italian and Dutch: names, brands and the words of the profile and sender line don't count, nor words of
    the reason that no dictionary could correct (names, jargon) — a reason's typo copied into the note does.
    A flagged note says to check it before sending; other languages are not checked.

    Okay: Hi Priya, I heard your podcast episode on data contracts. Glad to connect.
    Fail: Hi Priya, I heard your podcast episode on data contracts. I'm rampign up a data team.
    Reason: heard her talk on kubeflow pipelines
    Okay: Hi Priya, I heard your talk on kubeflow pipelines. Glad to connect.
    """
    if note_language(note, ctx) != ctx.language:
        return None  # right_language reports a note in another language
    text = note
    for contact in find_contacts(note):
        text = text.replace(contact, " ")
    text = re.sub(r"#\w+", " ", text)  # hashtags: warm_no_pitch reports them
    if not re.search(r"[.!?)\]\"'”»]\s*$", text):
        text = text.rsplit(" ", 1)[0]  # a note cut off mid-word: fits_limit reports it
    unknown = unknown_words(text, ctx.language, ctx.spelling_known)
    if unknown:
        return f"check the spelling before sending: {', '.join(repr(w) for w in unknown[:3])}"
    return None
