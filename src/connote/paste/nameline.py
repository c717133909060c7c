"""The line that names the person, and what else a short snippet says on it.

People often paste a line or two instead of a whole page: "Tomas Novak, Backend Engineer at Parcelly",
"Lina Osei - Product Designer", "Sara Kim | Staff SRE @ Cobalt", "Priya Nair at Lantern Analytics", a post
header ("Marc Duval’s Post"), a link text ("View Irene Costa’s profile"), a search result ("LinkedIn · Isabela
Rocha"), an invitation ("Amina Yusuf wants to connect") or only the profile link. :func:`read_name_line` finds
the name on such a line by its structure (a separator after something that looks like a name) and keeps what
follows it as the headline, the company or the location. Company pages and job posts name no person
(:func:`is_company_page`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from ..text.folding import fold
from ..text.places import is_city
from ..text.spelling import is_known
from .lines import COUNTRIES, LOCATION_WORDS, is_location, is_ui_line
from .markup import strip_symbols
from .names import display_name, looks_like_name, name_core, strip_credentials
from .vocabulary import JOB_WORDS, PRONOUN_IN_NAME, PRONOUN_RE, ROLE_NOUNS


@dataclass
class NameLine:
    """A person's name found on one line, and what that line says besides it."""

    name: str
    headline: str | None = None
    company: str | None = None
    location: str | None = None
    pronouns: str | None = None


# separators between a name and a headline: spaced hyphens and en dashes ("Jean-Luc" is one name), em
# dashes, bars, dots
_SEP = re.compile(r"(\s+[-‐‑–]\s+|\s*—\s*|\s*[|•·]\s*|\s+//\s+)")
_AT = re.compile(r"\s+(?:at|bei|chez|presso)\s+|\s*@\s*", re.I)
_GERUND = re.compile(r"^[A-Za-z]{3,}ing$")  # "Making Things at Acme" is a headline
_DEGREE = re.compile(r"^(?:1st|2nd|3rd|[123](?:\.|º|°|e|er|-й|次))\+?$|^[一二三]度\+?$", re.I)
_DEGREE_SEGMENT = re.compile(r"\s*[·•|]\s*(?:1st|2nd|3rd|[123](?:\.|º|°|e|er|-й|次))\+?(?=\s*(?:[·•|]|$))", re.I)
_FUNCTION_WORDS = {"and", "for", "the", "of", "in", "with", "at", "en", "na", "no", "у", "в", "|", "@", "about",
                   "more", "message", "follow", "connect", "open", "looking", "seeking", "people", "member"}
_JOB_FOLDED = {fold(w) for w in JOB_WORDS | ROLE_NOUNS} - _FUNCTION_WORDS
_ROLE_FOLDED = {fold(w) for w in ROLE_NOUNS}

# text around a name: a post header, a link, a search result, an invitation
_WRAPPERS = [re.compile(p, re.I) for p in (
    r"^(?:view|visit|see)\s+(?P<name>.+?)[’'`]s?\s+(?:full\s+|linkedin\s+)?profile\b.{0,20}$",
    r"^(?P<name>.+?)[’'`]s?\s+(?:post|profile|activity|comment|article|video|document|newsletter|update)s?\W*$",
    r"^(?P<name>.+?)\s+(?:wants to connect|would like to connect|(?:has )?invited you to connect|"
    r"sent you an? (?:connection )?(?:invitation|request)|is inviting you)\b.*$",
    r"^linkedin\s*[·•|:–—-]\s*(?P<name>.+)$",
    r"^(?P<name>.+?)\s*[·•|:–—-]\s*linkedin$",
)]


def unwrap(line: str) -> str:
    """'Marc Duval’s Post' -> 'Marc Duval'; 'View Irene Costa’s profile' -> 'Irene Costa'."""
    for pattern in _WRAPPERS:
        m = pattern.match(line.strip())
        if m and m.group("name").strip():
            return m.group("name").strip()
    return line


def is_headline(text: str) -> bool:
    """Whether text names a job: a job word ("Nurse", "Backend Engineer") or "… at Company"."""
    words = {fold(w).strip(",.;:()&/") for w in text.split()}
    return bool(words & _JOB_FOLDED) or bool(_AT.search(text))


def names_role(text: str) -> bool:
    """Whether text names a role ("Founder at Tamale Fresh"), not only a field ("Building in public")."""
    return bool({fold(w).strip(",.;:()&/") for w in text.split()} & _ROLE_FOLDED) or bool(_AT.search(text))


#: a label in capitals before the name ("RECRUITER – …", "HIRING | …", "OPEN TO WORK · …")
_LABEL_FIRST = re.compile(r"^(?:RECRUITER|RECRUITING|HIRING|WE'RE HIRING|OPEN TO WORK|FREELANCE|AVAILABLE|CONSULTANT|"
                          r"COACH|SPEAKER|AUTHOR)\s*[–—|:·-]\s+(?=[^\W\d_])")


def read_name_line(line: str) -> NameLine | None:
    """The person's name on a line ("Lina Osei - Product Designer" -> Lina Osei, headline "Product
    Designer"), or None when the line names no one. A plain name line gives only the name."""
    line = strip_symbols(unwrap(strip_symbols(line)))
    pronouns = None
    m = PRONOUN_IN_NAME.search(line)
    if m:
        pronouns = re.sub(r"\s+", "", m.group(1))
        line = PRONOUN_IN_NAME.sub(" ", line)
    degree = bool(_DEGREE_SEGMENT.search(line))
    last = re.match(r"^(?P<rest>.+?)\s*[·•|]\s*(?P<name>[^·•|]+?)" + _DEGREE_SEGMENT.pattern + r"\s*$", line, re.I)
    if last and looks_like_name(last["name"]) and not looks_like_name(last["rest"]) and not is_headline(last["name"]) \
            and len(last["name"].split()) >= 2:
        line = f"{last['name']} · {last['rest']}"  # "Recrutement – … | SNCF Réseau · Mélanie N'Diaye · 2e"
    segments = re.split(r"\s+[—–|·•]\s+|\s+-\s+", line)
    if len(segments) >= 3 and names_role(segments[0]) and not looks_like_name(segments[0]):
        # "Chief Medical Officer – Dr. Kofi Ansah-Mensah MBChB MPH – Nkosi Telehealth": the title, the name, the firm
        k = next((k for k, seg in enumerate(segments[1:], 1) if looks_like_name(seg) and not is_headline(seg)
                  and len(words := strip_credentials(name_core(seg)).split()) >= 2
                  and 2 * sum(is_known(w.lower(), "en") for w in words) < len(words)), None)  # not "Fjordline Seafood
        # Export AS": a firm's everyday words
        if k is not None:
            line = " · ".join([segments[k], *segments[:k], *segments[k + 1:]])
    line = re.sub(r"\s{2,}", " ", _DEGREE_SEGMENT.sub("", line)).strip(" ·•|")
    line = _LABEL_FIRST.sub("", line)  # "RECRUITER – Siobhán Ní Bhriain | …"
    # "Oyelaran, Bisi — Forensic Accountant", "Van der Berg, Anneke · 2nd", "chen, wei-ling | …", "Kowalczyk,
    # Agnieszka" (alone on its line, neither word a place: "Leeds, England", "Warsaw, Masovian")
    rest = r"(\s+[—–|·]\s+\S.*)?"
    turned = re.match(r"((?:(?:[A-Z]{2,}|(?i:van|von|de|der|den|da|di|du|del|della|dos|das|ter|ten|le|la|bin|al|el)) )"
                      r"{0,3}[A-Z][\w'’-]+), ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: [A-Z]\.)?)( \([^)]{1,20}\))?" + rest + "$", line) or re.match(
        r"((?-i:[^\W\d_A-Z][\w'’-]+)), ((?-i:[^\W\d_A-Z][\w'’-]+))()" + rest + "$", line)
    if turned and looks_like_name(f"{turned.group(2)} {turned.group(1)}") and fold(turned.group(2)) not in JOB_WORDS \
            and fold(turned.group(2)) not in {fold(c) for c in COUNTRIES} and not LOCATION_WORDS.search(turned.group(2)) \
            and (degree or turned.group(4) or not (is_city(turned.group(1)) or is_city(turned.group(2)))):
        nick = turned.group(3) or ""  # "(PJ)" after the given name it shortens, "(이민준)" after the whole name
        line = f"{turned.group(2)}{nick if nick.isascii() else ''} {turned.group(1)}{'' if nick.isascii() else nick}" \
               f"{turned.group(4) or ''}"
    parts = _SEP.split(line, maxsplit=1)
    if len(parts) == 3 and not looks_like_name(parts[0]) and names_role(parts[0]):
        found = _title_first(parts[0], parts[2], pronouns)
        if found:
            return found
    if len(parts) == 3 and looks_like_name(parts[0]):
        found = _with_rest(parts[0], parts[2], pronouns)
        if found:
            return found
    if looks_like_name(line) and (len(parts) == 1 or len(strip_credentials(name_core(line)).split()) > 1):
        # one word before a separator is a name only before a job: "Home | My Network | Jobs" is not
        return NameLine(name_core(line), pronouns=pronouns)
    head = parts[0]
    # "Tomas Novak, Backend Engineer at Parcelly", "Grace Lee, Nurse"
    m = re.match(r"([^,]+),\s*(.+)$", line)
    if m and looks_like_name(m.group(1)) and (is_headline(_SEP.split(m.group(2), maxsplit=1)[0]) or (
            "," in m.group(2) and not _plain_words(words := name_core(m.group(1)).split()) and len(words) >= 2
            and not is_location(m.group(1)) and not is_location(line))):
        # (a title no list knows, then more after a comma: "Ilse Wagenknecht, Turmuhren-Restauratorin, Erfurt")
        found = _with_rest(m.group(1), m.group(2), pronouns)
        if found:
            return found
    # "Priya Nair at Lantern Analytics", "Hannah Vogel @ Brightmoor", "Ada Obi at Kestrel, Head of Data"
    m = _AT.search(head)
    words = name_core(head[:m.start()]).split() if m else []
    if m and len(parts) == 3 and _plain_words(words) and looks_like_name(parts[2]) and not is_headline(parts[2]) \
            and len(strip_credentials(name_core(parts[2])).split()) >= 2 and not _plain_words(name_core(parts[2]).split()):
        # "Master Saddler at Brackenridge & Lusk — Ottoline Brack": a title of everyday words, then the name
        return NameLine(name_core(parts[2]), headline=head.strip(), company=head[m.end():].strip(" ,.") or None,
                        pronouns=pronouns)
    if m and looks_like_name(head[:m.start()]) and len(words) >= 2 and not _GERUND.match(words[0]):
        company = head[m.end():].strip(" ,.")
        rest = _headline(parts[2]) if len(parts) == 3 else (None, None)
        firm, _, role = company.rpartition(",")
        titled = bool(firm.strip()) and is_headline(role.strip())  # "Ada Obi at Kestrel Dental, Head of Data"
        if titled:
            company, rest = firm.strip(), (" – ".join(filter(None, [role.strip(), rest[0]])), rest[1])
        if company and (titled or not is_headline(company)):
            return NameLine(name_core(head[:m.start()]), headline=rest[0], company=company,
                            pronouns=pronouns or rest[1])
    return None


def _plain_words(words: list[str]) -> bool:
    """Whether every one of ``words`` is an everyday English word ("Master Saddler"), as no full name is."""
    return bool(words) and all(w.isalpha() and is_known(w.lower(), "en") for w in words)


def _with_rest(name_part: str, rest: str, pronouns: str | None) -> NameLine | None:
    name = name_core(name_part)
    headline, more_pronouns = _headline(rest)
    if len(strip_credentials(name).split()) < 2 and not (headline and is_headline(headline)):
        return None  # one word before a separator is a name only before a job ("Suharti - Accountant")
    found = NameLine(name, headline=headline, pronouns=pronouns or more_pronouns)
    if headline:  # "Software Engineer | Berlin, Germany": the place last
        pieces = _SEP.split(headline)
        if is_location(pieces[-1]):
            found.location = pieces[-1]
            found.headline = "".join(pieces[:-2]).strip() or None
    return found


def _title_first(title: str, rest: str, pronouns: str | None) -> NameLine | None:
    """'Head of Procurement — Siobhan McAteer-Lund, Brackwater Health Trust': the title first, then a full name
    and the organization after a comma. Without the organization the line is the usual 'Head of Sales · Northwind
    Traders, Berlin', which names no one (one word after the comma is taken for a place)."""
    name_part, comma, after = rest.partition(",")
    company, more_pronouns = _headline(after)
    if not comma or not company or len(company.split()) < 2 or not org_line(company) or not looks_like_name(name_part) \
            or len(strip_credentials(name_core(name_part)).split()) < 2:
        return None
    return NameLine(name_core(name_part), headline=title.strip(), company=company, pronouns=pronouns or more_pronouns)


def _headline(rest: str) -> tuple[str | None, str | None]:
    """The headline after the name (pronouns, "· 2nd" and buttons left out), and the pronouns if there."""
    pieces = _SEP.split(rest)
    kept: list[str] = []
    pronouns = None
    for i in range(0, len(pieces), 2):
        segment = pieces[i].strip()
        m = PRONOUN_RE.match(segment)
        if m:
            pronouns = pronouns or re.sub(r"\s+", "", m.group(1))
            continue
        if not segment or _DEGREE.match(segment) or is_ui_line(segment) or fold(segment) == "linkedin":
            continue
        if kept:
            kept.append(pieces[i - 1])
        kept.append(segment)
    text = "".join(kept).strip()
    return (text or None), pronouns


_PROFILE_LINK = re.compile(r"linkedin\.com/in/([^/?#\s]+)", re.I)


def name_from_link(text: str) -> str | None:
    """'linkedin.com/in/tomas-novak-4a1b2' -> 'Tomas Novak' when a paste starts with someone's profile link;
    a link that spells no name ('/in/thedataguy', '/in/ACoAAD4x…') gives None."""
    for line in [l for l in text.split("\n") if l.strip()][:3]:
        m = _PROFILE_LINK.search(line)
        if not m:
            continue
        parts = [p for p in unquote(m.group(1)).split("-") if p]
        while parts and any(c.isdigit() for c in parts[-1]):
            parts.pop()  # the number LinkedIn adds to a taken name
        if not 2 <= len(parts) <= 4 or not all(p.isalpha() for p in parts) or len(parts[-1]) < 2 \
                or any(fold(p) in JOB_WORDS for p in parts):
            return None
        name = display_name(" ".join(parts).lower())
        return name if looks_like_name(name) else None
    return None


_EMPLOYEES = re.compile(r"\b\d[\d,.]*\s*[KkMm]?\+?(?:\s*[-–]\s*\d[\d,.]*\s*[KkMm]?\+?)?\s+(?:employees|"
                        r"mitarbeiter\w*|employés|empleados|funcionários|dipendenti|medewerkers)\b", re.I)
_PAGE_HEADER = re.compile(r"^[^·•]+[·•][^·•]+[·•]\s*\d[\d,.]*\s*[KkMm]?\+?\s+(?:followers|abonnés|seguidores|"
                          r"follower)$", re.I)


def is_company_page(lines: list[str]) -> bool:
    """A company page's header ("Software Development · Berlin, Germany · 12K followers", "201-500
    employees") among the first lines: the paste is about an organization, not a person."""
    return not _DEGREE_SEGMENT.search(lines[0]) and any(
        (_EMPLOYEES.search(l) and ("·" in l or "•" in l or len(l.split()) <= 6)) or _PAGE_HEADER.match(l.strip()) for l in lines[:8])


_HIRING = re.compile(r"^(?P<org>[^|·•@]{2,60}?)\s+(?:is hiring|stellt ein|recrute|está contratando|está contratando|"
                     r"sta assumendo)\b", re.I)


def organization_page(lines: list[str]) -> str | None:
    """The organization a company page or a job post is about ("Fennel is hiring"), or None."""
    if not lines:
        return None
    m = _HIRING.match(lines[0].strip())
    if m:
        return m.group("org").strip()
    if is_company_page(lines):
        return re.sub(r"\s*[|·•–—-]\s*linkedin$", "", lines[0].strip(), flags=re.I) or None
    return None


#: the badge beside a post's author in the comments ("Jonas Weber · 3rd+ / Author / DevOps Consultant")
COMMENT_BADGES = {"author", "autor", "auteur", "autore", "autorin"}

_PLACE_COUNTER = re.compile(r"^(?P<place>[^\d·•|]{2,60}?)\s*[·•]\s*\d[\d,.]*\s*[KkMm]?\+?\s+(?:connections?|"
                            r"followers?|kontakte|relations|contactos|conexões|collegamenti)$", re.I)


def place_before_counter(line: str) -> str | None:
    """'Nairobi · 500+ connections' (the mobile app's top card) -> 'Nairobi'."""
    m = _PLACE_COUNTER.match(line.strip())
    if not m or is_headline(m.group("place")) or len(m.group("place").split()) > 6:
        return None
    return m.group("place").strip()


_CONNECTORS = {"of", "for", "the", "and", "&", "de", "del", "la", "le", "du", "des", "von", "der", "van", "di", "da",
               "do", "y", "e", "et", "und", "in", "on", "at"}


def org_line(line: str) -> bool:
    """Whether a short line names an organization: 'Andes Foods' under a job title (Sales Navigator),
    'Nordsee Energie' after one; a phrase such as 'Robots for crop scouting' does not."""
    words = line.split()
    return (1 <= len(words) <= 5 and line[:1].isupper() and not any(c.isdigit() for c in line)
            and all(any(c.isupper() for c in w) or not any(c.islower() for c in w) or w.lower() in _CONNECTORS
                    for w in words)
            and not is_location(line) and not is_ui_line(line) and not line.rstrip().endswith((".", "!", "?"))
            and not any(fold(w).strip(",.&") in _ROLE_FOLDED for w in words) and "," not in line)
