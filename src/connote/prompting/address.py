"""How the note addresses the person: formally (usted, Sie, vous, Lei, u) or informally (tú, du, tu, je).

A reason that already speaks to the person informally ("vi tu charla", "dein Vortrag", "ton article") asks for
the informal "you"; any other reason gets the formal one, except in Dutch, where LinkedIn says "je"/"jij"
unless the reason itself says "u". Portuguese "você" serves both. English has no such choice.
"""

from __future__ import annotations

import re

_INFORMAL = {
    "es": re.compile(r"\b(?:tú|tu|tus|te|ti|contigo|eres|tienes)\b", re.I),
    "pt": re.compile(r"\b(?:tu|te|ti|teu|tua|teus|tuas|contigo)\b", re.I),
    "de": re.compile(r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b", re.I),
    "fr": re.compile(r"\b(?:tu|te|toi|ton|ta|tes)\b|\bt['’](?=[^\W\d_])", re.I),
    "it": re.compile(r"\b(?:tu|ti|te|tuo|tua|tuoi|tue)\b", re.I),
}
_DUTCH_FORMAL = re.compile(r"\b(?:u|uw)\b", re.I)


def formality(reason: str, language: str) -> bool:
    """True for the formal "you" (usted, você, Sie, vous, Lei, u), False for the informal one, as the reason's
    own wording asks (see the module's docstring)."""
    if language == "nl":
        return _DUTCH_FORMAL.search(reason) is not None
    informal = _INFORMAL.get(language)
    return informal is None or informal.search(reason) is None
