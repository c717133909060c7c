"""How a formal German note names the person: "Frau Dr. Aumüller", "Herr Kessel".

With "Sie" a German note greets the person as Frau or Herr, their academic title and family name. Blind readers
failed four of six "Guten Tag Dr. Friederike Aumüller" greetings in sets 43–47 for the greeting itself (a title
before the whole name: "no German writer greets so") and asked for "Frau Dr. Aumüller". Frau or Herr is said only
where the profile says it: a feminine role noun in the headline ("Leiterin", "Fachärztin"), a masculine German one
("Leiter", "Chefarzt") with no feminine one, or the pronouns line ("sie/ihr", "he/him"). Otherwise the whole name
without its title stays the neutral form ("Guten Tag Friederike Hallmann").
"""

from __future__ import annotations

import re

from ..schema import Profile
from .agreement import FEMININE_ROLE

#: German role nouns in their masculine form, as a headline's word ends ("Teamleiter", "Steuerberater",
#: "Oberarzt"); English job words ("Manager", "Engineer") are said by women and men alike in German headlines
_MASCULINE_ROLE = re.compile(r"\b(?=[A-ZÄÖÜ])[^\W\d_]*(?i:leiter|berater|führer|arzt|ingenieur|direktor|professor|inhaber|"
                             r"referent|entwickler|architekt|anwalt|meister|techniker|elektroniker|mechaniker|"
                             r"verkäufer|kaufmann|lehrer|mitarbeiter|sachbearbeiter|planer|prüfer|vorstand|"
                             r"wissenschaftler|apotheker|gärtner|koch|schreiner|tischler|landwirt|winzer|bauer)\b")
_FEMININE = re.compile(rf"\b{FEMININE_ROLE['de']}\b|\b(?=[A-ZÄÖÜ])[^\W\d_]*(?i:frau|ärztin|köchin|bäuerin)\b")
_SHE = re.compile(r"^(?:sie|she)\b", re.I)
_HE = re.compile(r"^(?:er|he)\b", re.I)
#: academic titles before a name, and the one a greeting keeps of them ("Dr. med.", "Dr.-Ing." -> "Dr.")
_TITLE = re.compile(r"^(?:(?:Prof|Dr|Dipl|Mag)\.(?:-\w+\.?)?|med\.|Med\.|rer\.|nat\.|phil\.|h\.c\.|habil\.|MBA|MSc|PhD)$")
_PARTICLE = {"von", "zu", "vom", "zum", "van", "de", "der", "den", "ter", "la", "le", "di", "da", "dos", "du"}


def sir_or_madam(profile: Profile) -> str | None:
    """"Frau" or "Herr" as the profile's headline or pronouns say; None when they don't."""
    pronouns = (profile.pronouns or "").strip()
    if _SHE.match(pronouns):
        return "Frau"
    if _HE.match(pronouns):
        return "Herr"
    headline = profile.headline or ""
    if _FEMININE.search(headline):
        return "Frau"
    if _MASCULINE_ROLE.search(headline):
        return "Herr"
    return None


def _family(given: list[str], first: str) -> list[str]:
    """The family name's words of a name without its titles (particles included: "von Ahlen"); none when the
    name does not start with the first name."""
    if len(given) < 2 or given[0] != first.split()[0]:
        return []
    family = [given[-1]]
    for w in reversed(given[1:-1]):
        if w.lower() not in _PARTICLE:
            break
        family.insert(0, w)
    return family


def formal_name(profile: Profile) -> str:
    """The name a German note with "Sie" greets: "Frau Dr. Aumüller" where the profile says Frau or Herr, else
    the whole name without its titles ("Friederike Hallmann"), else the first name."""
    first, name = profile.first_name or "", profile.name or ""
    if not first or not name or name.isupper() or not re.fullmatch(r"[^\W\d_][\w'’. -]*", name):
        return first
    titles = [w for w in name.split() if _TITLE.match(w)]
    given = [w for w in name.split() if not _TITLE.match(w)]
    family = _family(given, first)
    if not family or len(given) > 4:
        return first
    who = sir_or_madam(profile)
    if who is None:
        return " ".join(given)
    kept = ["Prof."] if any(t.startswith("Prof") for t in titles) else \
        ["Dr."] if any(t.startswith("Dr") for t in titles) else []
    return " ".join([who, *kept, *family])
