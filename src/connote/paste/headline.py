"""A headline's title and employer: "Data Engineering Lead at Fluxo | Host of …" -> ("Data Engineering Lead", "Fluxo").

A headline names the employer after "at" / "@", after a comma, or in a later segment; a later segment may also be
a field ("Vineyard Drone Spraying") or a place ("London"): an organization's word or a brand's word decides."""

from __future__ import annotations

import re

from ..text.folding import fold
from ..text.places import is_city
from ..text.spelling import is_known
from .markup import strip_symbols
from .nameline import org_line
from .vocabulary import ORG_WORDS, ROLE_NOUNS

ROLE_SPLIT = re.compile(r"\s+(?:at|@|bei|chez|en|presso|na|no|em|в|у|en la|en el|at the|@ the|tại|w)\s+|"
                         r"\s*@\s*", re.I)
FORMER = re.compile(r"^(ex|former|formerly|previously|prev|past|ehemals|ehemalig\w*|anciennement|antes|ex-)\b",
                     re.I)


def _trim_org(text: str) -> str:
    text = strip_symbols(text).strip(" ,;:")
    if text.endswith(".") and "." not in text.split()[-1][:-1]:  # "Fluxo." but not "S.p.A."
        text = text[:-1]
    return text.strip()


#: the small words an employer's name may hold in lower case ("Bank of Ireland"); any other is a phrase's
_SMALL_WORDS = {"of", "and", "for", "the", "de", "la", "du", "des", "del", "da", "do", "di", "van", "von", "der", "en",
                "et", "y", "e", "und", "&", "at", "in", "on"}


def split_role(headline: str) -> tuple[str | None, str | None]:
    """'Data Engineering Lead at Fluxo | Host of …' -> ('Data Engineering Lead', 'Fluxo')."""
    headline = strip_symbols(headline)
    segments = [s.strip() for s in re.split(r"\s+[|•·]\s+|\s*\|\s*|\s+[—–]\s+|\s+-\s+|\s*//\s*", headline)
                if s.strip()]
    if not segments:
        return None, None
    first = segments[0]
    parts = ROLE_SPLIT.split(first, maxsplit=1)
    if len(parts) == 2 and parts[0].strip() and parts[1].strip():
        company = _trim_org(re.sub(r"\s*\(.*?\)\s*$", "", parts[1]))
        return parts[0].strip(" ,"), (company or None)
    def is_role(text: str) -> bool:
        return any(fold(w).strip(",.&") in {fold(r) for r in ROLE_NOUNS} for w in text.split())

    m = re.match(r"(.+?)\s+(?:von|de la|del)\s+(.+)$", first)  # "Gründer von Feldweg Analytics"
    if m and is_role(m.group(1).split()[-1]) and len(m.group(2).split()) <= 4:
        return m.group(1).strip(), _trim_org(m.group(2))
    if "," in first and len(segments) >= 2 and is_role(first.split(",")[0]) and org_line(segments[1]) \
            and not FORMER.match(segments[1]):  # "Senior Program Director, Offshore Wind | Nordsee Energie"
        return first, _trim_org(segments[1])
    m = re.match(r"(.+?),\s+(.+)$", first)
    if m and len(m.group(2).split()) <= 4 and not FORMER.match(m.group(2)) and is_role(m.group(1)) \
            and not is_role(m.group(2)):
        return m.group(1).strip(), _trim_org(m.group(2))
    firms = []  # (how surely a firm, earlier first, the segment)
    for k, segment in enumerate(segments[1:4] if is_role(first) else []):  # "Master Electrician | Solar PV &
        # mini-grids | Boateng Sparks Ltd": not a specialty
        firm = re.split(r"\s+at\s+|\s*@\s*", segment)[-1]  # "Product at Saltline Wetsuits"
        score = _named_firm(firm)
        if len(firm.split()) <= (6 if score == 2 else 4) and not FORMER.match(firm) and not is_role(firm) \
                and firm[:1].isupper() and "," not in firm and not is_city(firm) \
                and (score == 2 or not _PLACE.search(firm)) and not _GRADE.match(firm) \
                and not any(w[:1].islower() and w not in _SMALL_WORDS for w in firm.split()):
            firms.append((score, -k, firm))
    if firms:  # one that is surely a firm over a field or a place ("Ops Lead – Vineyard Drone Spraying | SkyVine Ag
        # Services", "Consultant Orthoptist | Moorfields Eye Hospital NHS FT | London")
        return first, _trim_org(max(firms)[2])
    return first or None, None


#: words that make a headline's segment an organization ("Moorfields Eye Hospital", "SkyVine Ag Services")
#: (a school in a later segment is as often where they studied: it counts as a brand's word)
_SCHOOL_WORDS = {"university", "universidad", "universidade", "università", "universiteit", "uniwersytet", "college",
                 "school", "academy", "akademie", "académie", "akademia", "accademia", "institute", "instituto",
                 "istituto", "instituut", "institut", "instytut"}
_FIRM_WORDS = {fold(w) for w in ORG_WORDS if w not in _SCHOOL_WORDS} | {
    "ltd", "inc", "llc", "company", "group", "services", "solutions", "systems", "labs", "lab", "hospital", "clinic",
    "museum", "museums", "council", "agency", "studio", "studios", "center", "centre", "bank", "nhs", "bv", "spa",
    "srl", "kg", "oy", "pty", "gmbh"}
#: a school year or a level, not a firm ("Teacher | Year 6 | Primary Science Lead")
_GRADE = re.compile(r"(?:year|grade|class|level|key stage|form|stage|band|tier)\s+\d", re.I)
#: a region or a county, not a firm ("Central & Northern Europe", "Co. Antrim", "EMEA")
_PLACE = re.compile(r"^Co\.\s|\b(?:Europe|Asia|Africa|Americas?|EMEA|APAC|LATAM|Nordics|DACH|Benelux|MENA|Oceania)\b")


def _named_firm(text: str) -> int:
    """2: a segment with an organization's word ("… Hospital", "… Services", "… GmbH"); 1: with a school's word or a
    word no dictionary knows (a brand: "Kadaster", "SkyVine", "AWS"); 0: everyday words ("Vineyard Drone Spraying",
    "JOURNEYMAN" on a page in capitals;
    "London" is a place and never counts)."""
    words = [w.strip(",.&()") for w in text.split()]
    if any(fold(w) in _FIRM_WORDS for w in words):
        return 2
    return int(any(fold(w) in _SCHOOL_WORDS or (len(w) >= 3 and w.isupper() and not is_known(w.lower(), "en")) or (
        w.replace("'", "").isalpha() and not w.isupper() and not is_known(w.lower(), "en"))
                   for w in words if w.lower() not in _SMALL_WORDS))
