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
_DEGREE_AFTER = re.compile(r"\s*[·•]\s*(?:1st|2nd|3rd|[123](?:er|e|º|°|\.))(?:\s*grades)?\+?\s*$", re.I)


def _card_name(line: str) -> bool:
    """Whether a line is a card's name alone: two words or more, a name, no UI, no separator of a headline, no place
    ("Boston, MA" above a lone "· 2nd" is the card's location)."""
    return len(line.split()) > 1 and looks_like_name(line) and not is_ui_line(line) and not re.search(r"[|·•–—]", line) \
        and not is_location(line)


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
        if bare != line and _place(bare) and i >= 2 and _card_name(lines[i - 2]):
            return lines[i - 2]  # "Sanne Kuipers / Programme Director … / Rotterdam · 2nd"
        at = _button_card(lines, i)
        if at is not None:
            return lines[at]  # "Oluwaseun Adeyemi / Director of … / Oakland, California / Connect": no degree
        if _DEGREE_LINE.match(line) or PRONOUN_RE.match(line):
            for back in (1, 2):
                name = lines[i - back] if i - back > 0 else ""
                if name and looks_like_name(name) and not is_ui_line(name):
                    return name
    return None


#: a card's button, in the site's languages
_CONNECT = {"connect", "vernetzen", "se connecter", "conectar", "collegati", "verbinden", "connectie maken"}


def _button_card(lines: list[str], i: int) -> int | None:
    """Where the name is when line ``i`` is the button of a card with no degree: a name, its headline, maybe its
    place, then "Connect"; None when it is not."""
    if fold(lines[i]) not in _CONNECT:
        return None
    if i >= 3 and _place(lines[i - 1]) and _card_name(lines[i - 3]) and not _card_name(lines[i - 2]):
        return i - 3
    if i >= 2 and _card_name(lines[i - 2]) and not _card_name(lines[i - 1]) and not _place(lines[i - 1]):
        return i - 2  # "Ioana Mureșan / Head of Intermodal Sales – Central & Northern Europe / Connect"
    return None


def _place(text: str) -> bool:
    """Whether the text before a card's degree is its place: a location, or a town's name ("Rotterdam", "Freiburg im
    Breisgau")."""
    return is_location(text) or bool(re.fullmatch(r"[^\W\d_][\w'-]+(?: (?:[^\W\d_][\w'-]+|im|am|an|upon|de|del|do|da|sur|"
                                                   r"aan|di))?(?: [^\W\d_][\w'-]+)?", text)) and text[0].isupper()


def people_cards(lines: list[str]) -> list[tuple[str, str]]:
    """The cards of a page's People list, each its name line and headline: a name above its headline and its degree
    (alone, "3rd+", or after its place, "Rotterdam · 2nd"), or right above its degree ("Johanna Reiswig / · 2.")."""
    cards: list[tuple[str, str]] = []
    for i, line in enumerate(lines[:150]):
        if is_sidebar_line(line):
            break
        bare = _DEGREE_AFTER.sub("", line)
        at = _button_card(lines, i)
        if at is not None:
            card = (lines[at], lines[at + 1])  # no degree: maybe its place, then its button
        elif bare != line and _card_name(bare) and i + 2 < len(lines) and fold(lines[i + 2]) in _CONNECT and any(
                FOLLOWERS.search(x) for x in lines[:3]):
            card = (line, lines[i + 1])  # "Valentina Riquelme Osses · 2º / Jefa de Batimetría … / Conectar" (on a
            # company's page, below its follower count; not a profile's sidebar)
        elif not (_DEGREE_LINE.match(line) or (bare != line and _place(bare))) or i < 1:
            continue
        elif i >= 2 and _card_name(lines[i - 2]) and not _card_name(lines[i - 1]):
            card = (lines[i - 2], lines[i - 1])
        elif _DEGREE_LINE.match(line) and _card_name(lines[i - 1]) and i + 1 < len(lines):
            card = (lines[i - 1], lines[i + 1])
        else:
            continue
        if card[0] not in (c[0] for c in cards):
            cards.append(card)
    return cards


def card_meant(lines: list[str], reason: str) -> str | None:
    """Of a page's several people, the name line of the one the reason means by their role ("the programme director
    one", "he's the partnerships guy"): the one card whose headline shares the most words with the reason; None
    where fewer than two cards are listed or no one card shares more than the others."""
    cards = people_cards(lines)
    if len(cards) < 2:
        return None
    named = {fold(m.group(1)) for m in re.finditer(r"\b(?:connect\w*|conectar\w*|connecter|vernetzen|collegar\w*|"
                                                  r"connetter\w*|connecten|linken)\s+(?:with|con|com|avec|mit|met)\s+"
                                                  r"([^\W\d_]+)", reason, re.I)}
    by_name = [name for name, _ in cards if fold(name.split()[0]) in named]
    if len(by_name) == 1:
        return by_name[0]  # "quiero conectar con Valentina, la jefa de batimetría"
    said = {fold(w)[:6] for w in re.findall(r"[^\W\d_]{4,}", reason)}
    shared = [len(said & {fold(w)[:6] for w in re.findall(r"[^\W\d_]{4,}", headline)}) for _, headline in cards]
    best = max(shared)
    return cards[shared.index(best)][0] if best and shared.count(best) == 1 else None


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
