"""Where the person's card is on a page that shows more than the person: a company, school or winery page's header
above it ("Domaine Collin-Varenne", "Halcyon Tidal Energy / Renewables · 14,203 followers"), found by the card's own
marks: the name right above its degree or pronouns, or above its "· Contact info" location."""

from __future__ import annotations

import re

from ..text.folding import fold
from .lines import is_location, is_sidebar_line, is_ui_line
from .names import looks_like_name
from .vocabulary import PRONOUN_RE, PRONOUN_WORD

#: a page's follower count ("Libraries · 2,870 followers", "6.105 seguidores", "18K followers")
FOLLOWERS = re.compile(r"\d[\d,.\s]*(?:[KkMm]|mil|mio\.?|tsd\.?)?\s*(?:followers|follower|seguidores|abonnés|abonnenten|"
                       r"volgers|follower:innen)\b", re.I)
_DEGREE_LINE = re.compile(r"^[·•]?\s*(?:1st|2nd|3rd|[123](?:\.|º|°|e|er))(?:\s*grades)?\+?$", re.I)
#: a degree at a name line's end ("Ngozi Hartmann-Eze · 2nd")
_DEGREE_AFTER = re.compile(r"\s*[·•]\s*(?:1st|2nd|3rd|[123](?:e|º|°|\.))(?:\s*grades)?\+?\s*$", re.I)


def _card_name(line: str) -> bool:
    """Whether a line is a card's name alone: two words or more, a name, no UI, no separator of a headline."""
    return len(line.split()) > 1 and looks_like_name(line) and not is_ui_line(line) and not re.search(r"[|·•–—]", line)


def person_below(lines: list[str]) -> str | None:
    """The name line of a person's card below a company page's header ("Harrow Quay Solicitors LLP … People …
    Olumide Adeyemi-Clarke · 2nd"): a name followed by its degree or pronouns; None if there is none."""
    for i, line in enumerate(lines[1:40], start=1):
        if is_sidebar_line(line):
            return None  # "People also viewed": other people
        bare = _DEGREE_AFTER.sub("", line)
        place = lines[i + 2].split("·")[0].strip() if i + 2 < len(lines) else ""
        if bare != line and len(bare.split()) > 1 and looks_like_name(bare) and not is_ui_line(bare) \
                and is_location(place):
            return line  # "Ngozi Hartmann-Eze · 2nd / headline / Toulouse, Occitanie, France": a card, not a list
        if _DEGREE_LINE.match(line) or PRONOUN_RE.match(line):
            for back in (1, 2):
                name = lines[i - back] if i - back > 0 else ""
                if name and looks_like_name(name) and not is_ui_line(name):
                    return name
    return None


def name_above_location(items: list[tuple[str, bool]]) -> str | None:
    """The name of the person whose card has the "· Contact info" location: a name line one to three lines above it
    (above the headline, the pronouns); None if there is no such line."""
    for i, (_, contact) in enumerate(items[:60]):
        if contact:
            for back in (1, 2, 3):
                name = items[i - back][0] if i - back >= 0 else ""
                if _card_name(_DEGREE_AFTER.sub("", name)):  # "Cormac O'Séaghdha · 2nd"
                    return name
            return None
    return None


def card_below(top: list[str], lines: list[str]) -> bool:
    """Whether a person's card follows within the top card's next lines: a name right above its degree, or
    above its pronouns and degree ("Aurélie Collin-Varenne / Elle / · 2e"). The line above it is then a page's
    header ("Domaine Collin-Varenne", "Kas Wieringa Tomaten", "Aduanera Rambla Sur"), not the person."""
    for i, line in enumerate(lines[2:], start=2):
        if _DEGREE_LINE.match(line):
            back = 2 if PRONOUN_RE.match(lines[i - 1]) or PRONOUN_WORD.match(lines[i - 1]) else 1
            card = lines[i - back]
            if card in top[:4] and _card_name(card):
                return True
    return False


def employer_below(line: str, below: list[str]) -> bool:
    """Whether a line names the employer of a headline below it ("… at Pōhutukawa TV", "Presidente da Cooperativa
    …", "Winemaker & owner, Quinta do Vale Escuro")."""
    low = fold(line).strip()
    return len(low) > 1 and any(re.search(rf"(?:\b(?:at|bei|chez|en|na|da|do|de|di|presso|bij|van)|@|·|\||,)\s*"
                                          rf"{re.escape(low)}(?:\s*$|\s*[|·,(])", fold(l)) for l in below)
