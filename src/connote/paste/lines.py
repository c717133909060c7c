"""What one line of a paste is: UI chrome, a sidebar heading, a section heading, a location, a date."""

from __future__ import annotations

import re

from ..text.folding import fold
from .vocabulary import COMPANY_TABS, JOB_WORDS, MAIN_SECTIONS, SIDEBAR_HEADINGS, NAV_ITEMS, SIDEBAR_LINES, UI_LINES, UI_PATTERNS

_SEE_MORE_TAIL = re.compile(r"\s*(…|\.\.\.)\s*(see|show|mehr|voir|ver|vedi|meer|ещё|展开)\s*"
                            r"(more|anzeigen|plus|más|mais|altro|weergeven)?\s*$", re.I)
TRAILING_UI = re.compile(r"\s*[·•]\s*(contact info|kontaktinfo|kontaktinformationen|coordonnées|"
                          r"información de contacto|informações de contato|informazioni di contatto|"
                          r"contactgegevens|контактные сведения|контактна інформація|联系方式|連絡先情報)\s*$", re.I)
_MONTHS = (r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|"
           r"janv|févr|mars|avr|juin|juil|août|déc|ene|abr|ago|dic|fev|set|out|gen|mag|giu|lug|ott|"
           r"янв|февр|апр|июн|июл|авг|сент|окт|нояб|дек")
DATE_LINE_RE = re.compile(
    rf"^((({_MONTHS})\.?\s+)?(19|20)\d\d|\d{{1,2}}/(19|20)\d\d)\s*[-–—]\s*((({_MONTHS})\.?\s+)?(19|20)\d\d|"
    r"present|today|heute|aujourd'hui|actualidad|la actualidad|o momento|atual|oggi|presente|heden|"
    r"настоящее время|至今|现在|現在).*$|^(19|20)\d\d$|"
    r"^\d+\s*(yrs?|years?|mos?|months?|jahre?|monate?|ans?|mois|años?|meses|anni|mesi|г\.?|лет|мес\.?)\b.*$",
    re.I)
EMPLOYMENT_RE = re.compile(
    r"^(.{1,80}?)\s*[·•]\s*(full-time|part-time|self-employed|freelance|contract|internship|apprenticeship|"
    r"seasonal|vollzeit|teilzeit|selbstständig|praktikum|temps plein|temps partiel|indépendant|stage|"
    r"jornada completa|media jornada|autónomo|tempo integral|meio período|autônomo|tempo pieno|"
    r"lavoro autonomo|a tempo pieno|fulltime|parttime|permanent|cdi|cdd|festanstellung|voltijd|deeltijd|"
    r"tiempo completo|正社員|契約社員|フリーランス|полный рабочий день|全职|兼职)\b", re.I)
LOCATION_WORDS = re.compile(
    r"\b(area|metropolitan|metro|region|greater|bay area|remote|et périphérie|région|großraum|"
    r"metropolregion|y alrededores|e região|e dintorni|en omgeving|область|район)\b", re.I)
LOCATION_RE = re.compile(
    r"^[A-ZÀ-ÝА-ЯĀ-Ž][\w .'’()-]+(,\s*[A-ZÀ-ÝА-ЯĀ-Ž][\w .'’()-]+){1,3}$")
COUNTRIES = {
    "germany", "deutschland", "france", "spain", "españa", "portugal", "italy", "italia", "netherlands",
    "nederland", "belgium", "switzerland", "schweiz", "suisse", "austria", "österreich", "united kingdom",
    "uk", "england", "scotland", "wales", "ireland", "united states", "usa", "canada", "mexico", "méxico",
    "brazil", "brasil", "argentina", "chile", "colombia", "peru", "perú", "india", "china", "japan",
    "south korea", "korea", "vietnam", "viet nam", "singapore", "australia", "new zealand", "nigeria",
    "ghana", "kenya", "south africa", "egypt", "morocco", "israel", "turkey", "türkiye", "poland", "polska",
    "sweden", "sverige", "norway", "denmark", "finland", "czechia", "czech republic", "greece", "romania",
    "hungary", "ukraine", "україна", "russia", "россия", "philippines", "indonesia", "malaysia", "thailand",
    "pakistan", "bangladesh", "uae", "united arab emirates", "saudi arabia", "estonia", "latvia",
    "lithuania", "slovenia", "croatia", "serbia", "bulgaria", "luxembourg", "iceland", "uruguay", "中国",
    "日本", "taiwan", "hong kong", "frankreich", "spanien", "italien", "niederlande", "royaume-uni",
    "états-unis", "estados unidos", "reino unido", "alemania", "alemanha", "allemagne", "germania",
}
_CJK_LOCATION = re.compile(r"^[\u4e00-\u9fff\u3040-\u30ff ]{2,12}(市|省|区|県|都|府|中国|日本)[\u4e00-\u9fff ]*$")


def is_location(line: str) -> bool:
    if len(line) > 70 or any(c.isdigit() for c in line):
        return False
    parts = [p.strip() for p in line.split(",")]
    if fold(parts[-1]) in {fold(c) for c in COUNTRIES} and len(parts) <= 4:
        return True
    if LOCATION_WORDS.search(line) and len(line.split()) <= 7:
        return True
    if _CJK_LOCATION.match(line):
        return True
    return bool(LOCATION_RE.match(line)) and len(parts) >= 2 and all(len(p.split()) <= 4 for p in parts) \
        and not any(fold(w) in JOB_WORDS for p in parts for w in p.split())


def strip_line(line: str) -> str:
    line = TRAILING_UI.sub("", line)
    line = _SEE_MORE_TAIL.sub("", line)
    line = re.sub(r"\s*(→|›|»)\s*$", "", line)
    line = re.sub(r"^\s*(◀|◁|←|‹|〈)\s*", "", line)  # the phone app's back arrow ("◀ Search")
    return line.strip(" \t·•|")


def is_ui_line(line: str) -> bool:
    low = fold(line).strip(" →›>•·|:▾▼⌄")  # "Me ▾": the menu's mark
    if not low or low in _UI_FOLDED:
        return True
    if not any(c.isalnum() for c in line):  # only symbols / emoji
        return True
    return any(p.match(line) for p in UI_PATTERNS) or _nav_items_only(low)


def is_nav_item(line: str, before: str = "", after: str = "") -> bool:
    """Whether ``line`` is one item of the site's navigation bar or a button ("Learning", "Message"); Turkish
    "Ben" and Norwegian "Meg" (Me) only between two other items: elsewhere they are names."""
    low = re.sub(r"\s+\d+$", "", fold(line).strip(" :▾▼⌄"))  # "Varsler 3": the bar's count; "Me ▾": a menu
    return low in _NAV_FOLDED or (low in ("ben", "meg") and is_nav_item(before) and is_nav_item(after))


def _nav_items_only(low: str) -> bool:
    """Whether a folded line is two or more navigation items or buttons in a row ("home my network jobs")."""
    words = [w for w in re.split(r"[\s|·•▾▼⌄]+", low) if w]
    if not 2 <= len(words) <= 16:
        return False
    ends = {0: 0}  # word position -> how many items reach it
    for i in range(len(words)):
        if i not in ends:
            continue
        for j in range(i + 1, min(i + 4, len(words)) + 1):
            if " ".join(words[i:j]) in _NAV_FOLDED or " ".join(words[i:j]) in _TABS_FOLDED:
                ends[j] = max(ends.get(j, 0), ends[i] + 1)
    return ends.get(len(words), 0) >= 2


_UI_FOLDED = {fold(x) for x in UI_LINES}
_NAV_FOLDED = {fold(x) for x in NAV_ITEMS}
_TABS_FOLDED = {fold(x) for x in COMPANY_TABS}
_SIDEBAR_FOLDED = tuple(fold(x) for x in SIDEBAR_HEADINGS)
_SIDEBAR_LINES_FOLDED = {fold(x) for x in SIDEBAR_LINES}
_SECTIONS_FOLDED = {fold(k).strip(): v for k, v in MAIN_SECTIONS.items()}


def is_sidebar_line(line: str) -> bool:
    low = fold(line).strip(" :")
    if low in _SIDEBAR_LINES_FOLDED:
        return True
    return any(low.startswith(h) and len(low) < len(h) + 40 for h in _SIDEBAR_FOLDED)


def section_of(line: str) -> str | None:
    low = fold(line).strip(" :")
    if len(low) > 40:
        return None
    return _SECTIONS_FOLDED.get(low)
