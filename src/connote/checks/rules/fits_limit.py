"""The rule fits_limit: the note fits LinkedIn's limit and ends where a sentence ends."""

from __future__ import annotations

import re

from ...prompting.note_form import most_chars, most_sentences
from ...text.words import sentences, utf16_len
from ..context import CheckContext, shorten
from .one_paragraph import ends_with_sign_off

_ENDS_OK = re.compile(r"([.!?。！？…)\]\"'”’»]|#\w+|[\U0001F000-\U0001FAFF\u2600-\u27BF]\ufe0f?|:\)|:-\)|;\)|\^\^)\s*$")
_DANGLING = {
    "en": {"the", "a", "an", "and", "or", "but", "your", "my", "our", "their", "of", "to the", "with the"},
    "de": {"der", "die", "das", "den", "dem", "des", "und", "oder", "aber", "ihr", "ihre", "ihren", "mein",
           "meine", "ein", "eine", "einen", "zu"},
    "fr": {"le", "la", "les", "un", "une", "et", "ou", "mais", "votre", "vos", "mon", "ma", "mes", "de", "du",
           "des"},
    "es": {"el", "la", "los", "las", "un", "una", "y", "o", "pero", "su", "sus", "mi", "mis", "de", "del"},
    "pt": {"o", "os", "as", "um", "uma", "e", "ou", "mas", "seu", "sua", "meu", "minha", "de", "do", "da"},
    "it": {"il", "lo", "la", "gli", "le", "un", "una", "e", "ma", "suo", "sua", "mio", "mia", "di", "del",
           "della"},
    "nl": {"de", "het", "een", "en", "maar", "jouw", "uw", "mijn", "van"},
}


def fits_limit(ctx: CheckContext, note: str) -> str | None:
    """Fits the character limit as LinkedIn counts it (an emoji counts twice), says more than a greeting,
    and ends at the end of a sentence, not cut off.

    Okay: Hi Priya, I heard your podcast episode on data contracts. Glad to connect.
    Fail: Hi Priya, I heard your podcast episode on data contracts and the
    Limit: 60
    Fail: Hi Priya, I heard your podcast episode on data contracts. Glad to connect.
    """
    n = utf16_len(note)
    if n > ctx.limit:
        return f"{n} characters, limit {ctx.limit}"
    asked = most_chars(ctx.reason)
    if asked and n > asked:
        return f"{n} characters where the reason asks for at most {asked}"
    most = most_sentences(ctx.reason)
    if len(note.strip()) < min(25 if most == 1 else 40, ctx.limit // 4):  # ("one sentence only": a short one)
        return f"only {len(note.strip())} characters: too thin to say why"
    stripped = note.rstrip()
    if stripped.endswith(("...", "…")) and not stripped.endswith(("....",)):
        return "ends with '…': looks cut off"
    if not _ENDS_OK.search(stripped) and not ends_with_sign_off(stripped):
        return f"ends mid-sentence ('…{shorten(stripped[-20:], 20)}')"
    said = len(sentences(note)) if most else 0
    if most and said > most:
        return f"{said} sentences where the reason asks for at most {most}"
    m = re.search(r"(\w+)\s*[.!?]$", stripped)
    if m and m.group(1).lower() in _DANGLING.get(ctx.language, _DANGLING["en"]):
        return f"cut off mid-sentence ('…{m.group(1)}.')"
    return None
