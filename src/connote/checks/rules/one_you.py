"""The rule one_you: the note says "you" one way, the way the reason asks (formal or informal)."""

from __future__ import annotations

import re

from ...prompting.address import ADDRESS_FORM, formality
from ..context import CheckContext

#: the informal and the formal "you" a note may use, by language (Portuguese "você" serves both; the formal German
#: and Italian forms count only inside a sentence, where their capital tells them from "she"/"they")
_FORMS = {
    "de": (re.compile(r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b", re.I),
           re.compile(r"(?<![.!?:]\s)(?<!^)\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")),
    "fr": (re.compile(r"\b(?:tu|te|toi|ton|tes)\b|\bt['’](?=[^\W\d_])", re.I), re.compile(r"\b(?:vous|votre|vos)\b", re.I)),
    "es": (re.compile(r"\b(?:tú|tu|tus|te|ti|contigo)\b", re.I), re.compile(r"\busted(?:es)?\b", re.I)),
    "it": (re.compile(r"\b(?:tu|ti|te|tuo|tua|tuoi|tue)\b", re.I), re.compile(r"(?<![.!?:]\s)(?<!^)\bLei\b")),
    "nl": (re.compile(r"\b(?:je|jij|jou|jouw)\b", re.I), re.compile(r"\b(?:u|uw)\b", re.I)),
}


def one_you(ctx: CheckContext, note: str) -> str | None:
    """Says "you" one way: never both the formal and the informal form, and the one the user asks for where they
    ask ("tutéalo", "dalle del lei", "duzen bitte", "graag met u"). Names from the profile don't count ("Te Ara").

    Reason: escuché su episodio sobre contratos de datos, trátela de usted
    Okay: Hola Priya, escuché su episodio sobre contratos de datos. Me encantaría conectar con usted.
    Fail: Hola Priya, escuché tu episodio sobre contratos de datos. Me encantaría conectar.
    Reason: escuché su episodio sobre contratos de datos
    Fail: Hola Priya, escuché tu episodio sobre contratos de datos. Me encantaría conectar con usted.
    Okay: Hola Priya, escuché tu episodio sobre contratos de datos. Me encantaría conectar contigo.
    """
    forms = _FORMS.get(ctx.language)
    if forms is None:
        return None
    names = {w.lower() for w in re.findall(r"[^\W\d_]+", ctx.profile.name or "")}
    text = re.sub(r"[^\W\d_]+", lambda m: "" if m.group(0).lower() in names else m.group(0), note)
    informal, formal = forms[0].search(text), forms[1].search(text)
    asked = ctx.formal
    if asked is None:  # only where the user asks ("tutéalo", "graag met u"); Dutch "je" asks nothing
        reason_form = formality(ctx.reason, ctx.language)
        if ADDRESS_FORM.search(ctx.reason) or (ctx.language == "nl" and reason_form):
            asked = reason_form
    if asked is not None and (informal if asked else formal):
        said = (informal if asked else formal).group(0)
        return f"'{said}' where the reason asks for the {'formal' if asked else 'informal'} 'you'"
    if informal and formal:
        return f"both 'you's: '{informal.group(0)}' and '{formal.group(0)}'"
    return None
