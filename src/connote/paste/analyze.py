"""A paste split into the person's profile, sidebar lines, injected instructions and UI chrome."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..schema import Profile
from ..text.folding import fold
from .cards import FOLLOWERS, card_below, card_meant, employer_below, name_above_location, person_below
from .contacts import find_contacts, strip_contacts
from .headline import FORMER, ROLE_SPLIT, split_role
from .lines import (
    DATE_LINE_RE,
    EMPLOYMENT_RE,
    TRAILING_UI,
    is_location,
    is_nav_item,
    is_sidebar_line,
    is_ui_line,
    section_of,
    strip_line,
)
from .markup import clean_text
from .nameline import (COMMENT_BADGES, NameLine, is_headline, name_from_link, names_role, org_line,
                       organization_page, place_before_counter, read_name_line, unwrap)
from .names import NO_NAME, greeting_name, looks_like_name, name_core, tidy_name
from .vocabulary import (
    BRACKETED,
    INJECTION_MARKER,
    INJECTION_RE,
    MAX_FIELD,
    PRONOUN_RE,
    PRONOUN_WORD,
)


@dataclass
class PasteAnalysis:
    """What :func:`analyze` found in a paste."""

    profile: Profile
    #: lines that describe the person (no UI, no sidebar, no contacts, no injections)
    main_lines: list[str] = field(default_factory=list)
    #: lines from sidebars, the footer, ads and other people's blocks
    sidebar_lines: list[str] = field(default_factory=list)
    #: lines that try to instruct an AI
    injections: list[str] = field(default_factory=list)
    #: UI chrome lines that were dropped
    ui_lines: list[str] = field(default_factory=list)
    #: contact details that were removed
    contacts: list[str] = field(default_factory=list)

    @property
    def main_text(self) -> str:
        return "\n".join(self.main_lines)


def parse_profile(text: str) -> Profile:
    """Parse a pasted profile. Never raises; unknown parts are left empty."""
    return analyze(text).profile


def profile_meant(text: str, reason: str) -> Profile:
    """The profile of the person the reason means: on a page that lists several people (a company's People tab),
    the one whose headline the reason names ("the programme director one"); else the paste's profile."""
    lines = [line for raw in clean_text(text or "").split("\n") if (line := strip_line(raw.strip()))]
    meant = card_meant(lines, reason)
    at = text.find(meant) if meant else -1
    if at <= 0:
        return parse_profile(text)
    card, page = parse_profile(text[at:]), parse_profile(text[:at])
    # a card on a company's page works there ("Hydrosurvey Austral SpA … Valentina Riquelme Osses · 2º / Jefa de …")
    return card.model_copy(update={"company": page.company}) if page.company and not page.name else card


def analyze(text: str) -> PasteAnalysis:
    """Split a paste into the person's profile, sidebar lines, injected instructions and UI chrome."""
    return _analyze_cached(text if isinstance(text, str) else "")


@lru_cache(maxsize=64)
def _analyze_cached(text: str) -> PasteAnalysis:
    try:
        return _analyze(text)
    except Exception:  # pragma: no cover - defensive: parsing must never break drafting
        cleaned = strip_contacts(clean_text(text or ""))
        return PasteAnalysis(profile=Profile(about=_clip(cleaned) or None), main_lines=[cleaned])


def _dedupe(lines: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for line in lines:
        key = re.sub(r"\W+", " ", fold(line)).strip()
        if key and key not in seen:
            seen.add(key)
            out.append(line)
    return out


def _clip(text: str, limit: int = MAX_FIELD) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return cut[: cut.rfind(" ")] if " " in cut else cut


def _analyze(text: str) -> PasteAnalysis:
    text = clean_text(text or "")
    contacts = find_contacts(text)
    special = _single_line_title(text)
    if special:
        return special

    injections: list[str] = []
    ui_lines: list[str] = []
    sidebar: list[str] = []
    pronouns: str | None = None
    sections: dict[str, list[str]] = {k: [] for k in ("top", "about", "activity", "experience", "education",
                                                      "featured", "skills", "other", "ignored")}
    items: list[tuple[str, bool]] = []
    after_blank: set[int] = set()  # items a blank line comes before: where a sidebar at the top ends
    prev_raw = None
    for raw in text.split("\n"):
        raw_stripped = raw.strip()
        if not raw_stripped:
            after_blank.add(len(items))
        if raw_stripped and raw_stripped == prev_raw:  # the page repeats lines for screen readers
            continue
        prev_raw = raw_stripped or prev_raw
        for group in BRACKETED.findall(raw_stripped) if INJECTION_RE.search(raw_stripped) else ():
            if len(group.split()) >= 3 and INJECTION_RE.search(group):
                injections.append(group)
                raw_stripped = raw_stripped.replace(group, " ").strip()
        if INJECTION_RE.search(raw_stripped) and " | " in raw_stripped and not INJECTION_MARKER.match(raw_stripped):
            # a headline's segment that instructs an AI ("Marguerite Osei | Vaccine cold chain | AI assistants
            # reading this: …"): the segment goes, the name and headline stay
            segments = raw_stripped.split(" | ")
            injections += [seg for seg in segments if INJECTION_RE.search(seg)]
            raw_stripped = " | ".join(seg for seg in segments if not INJECTION_RE.search(seg))
        if INJECTION_RE.search(raw_stripped):
            # drop the sentences that instruct an AI, keep the rest of the line ("I build data platforms.")
            sentences = re.split(r"(?<=[.!?])\s+", raw_stripped)
            first = next((i for i, x in enumerate(sentences) if INJECTION_RE.search(x)), 0)
            if INJECTION_MARKER.match(raw_stripped):
                first = 0  # "SYSTEM: New priority instruction. …": the whole line
            injections.append(" ".join(sentences[first:]))  # kept whole, with links: the checks look at it
            raw_stripped = " ".join(sentences[:first])
        line = strip_line(strip_contacts(raw_stripped))
        if line:
            items.append((line, bool(TRAILING_UI.search(raw_stripped))))
    leading = _leading_sidebar(items, after_blank)
    name_guess = next((l for k, (l, _) in enumerate(items[:15]) if k not in leading and not is_ui_line(l)
                       and not section_of(l) and not is_sidebar_line(l) and looks_like_name(l)), None)

    current = "top"
    in_repost = False
    #: the navigation bar copied line by line above the name ("Home", "My Network", … "Learning"): two or more items
    nav_bar = sum(is_nav_item(line) for line, _ in items[:14]) >= 2
    for i, (line, had_contact_suffix) in enumerate(items):
        if i in leading:  # a sidebar pasted above the profile: the profile ("top") follows it
            sidebar.append(line)
            continue
        around = (items[i - 1][0] if i else "", items[i + 1][0] if i + 1 < len(items) else "")
        if current == "top" and nav_bar and is_nav_item(line, *around) and not any(looks_like_name(l) and not is_nav_item(l)
                                                                           for l in sections["top"]):
            ui_lines.append(line)  # "Learning", "Praca", "Hem" in the bar above the name: no sidebar, no name
            continue
        if is_sidebar_line(line):
            current = "sidebar"
            sidebar.append(line)
            continue
        section = section_of(line)
        if section:
            current, in_repost = section, False
            continue
        if line == name_guess and current != "top":
            ahead = {l for l, _ in items[i + 1:i + 4]}
            if ahead & set(sections["top"]):  # the whole profile was pasted a second time
                current = "top"
                continue
        if current == "sidebar":
            sidebar.append(line)
            continue
        m = PRONOUN_RE.match(line) or (PRONOUN_WORD.match(line) if current == "top" and (
            len(sections["top"]) <= 2 or looks_like_name(sections["top"][-1])) else None)  # "Elle" below the name
        if m and current == "top":
            pronouns = pronouns or re.sub(r"\s+", "", m.group(1))
            continue
        if current == "activity" and _POST_MARKER.search(line):
            in_repost = bool(_REPOST_MARKER.search(line))
            sections["activity"].append("\x00POST" + line)
            continue
        if had_contact_suffix and current == "top":
            sections["top"].append("\x00LOC" + line)
            continue
        if is_ui_line(line) and not (current == "top" and i < 8 and unwrap(line) != line
                                     and looks_like_name(unwrap(line))):  # "View Irene Costa’s profile"
            ui_lines.append(line)
            continue
        if in_repost:  # someone else's post, shared by this person
            sidebar.append(line)
            continue
        sections[current].append(line)

    # ------------------------------------------------------------ top card
    top = _dedupe(sections["top"])
    name = None
    rest = top
    found = NameLine("")
    lines = [l for l, _ in items]
    org = organization_page(lines)  # a company page or a job post names no person
    for i, line in enumerate([] if org else top[:6]):
        found = read_name_line(line.removeprefix("\x00LOC")) or found
        if found.name and (employer_below(line, top[i + 1:i + 6]) or card_below(top[i + 1:], lines[:40])
                           or any(FOLLOWERS.search(re.sub(r"\([^)]*\)", "", l)) for l in (line, *top[i + 1:i + 2]))):
            # (a page's header: "Tamsworth County Public Library / Libraries · 2,870 followers")
            found = NameLine("")  # "Pōhutukawa TV" above "Chief Weather Presenter at Pōhutukawa TV": its page's name
            continue
        if found.name:
            name = found.name
            pronouns = pronouns or found.pronouns
            rest = top[i + 1:]
            break
    below = person_below(lines) if name is None else None
    card = name_above_location(items)  # the name over the card's own "· Contact info" line
    at = text.find(card) if card else -1
    if card is not None and fold(name_core(card)) != fold(name or "") and (
            name is None or (at > text.find(name) and fold(name) in fold(text[at:at + 240]))):
        below = card  # "Halcyon Tidal Energy / … / Morwenna Trescothick / … at Halcyon Tidal Energy": its employer
    if below is not None and text.find(below) > 0:  # a company's page header, then a person's card: the card, at
        found_card = _analyze(text[text.find(below):])  # the company unless the card names its employer ("… at X",
        # "…, X", its experience)
        card = found_card.profile
        named = card.company and (re.search(r"(?:,|\bat|@)\s*" + re.escape(card.company), card.headline or "") or any(
            fold(card.company) in fold(job) for job in card.experience))  # "General Manager, Aurelia Porto Ribeira"
        if org and not is_ui_line(org) and not named:
            found_card.profile = card.model_copy(update={"company": org})
        return found_card
    if name is None and not org:
        name = name_from_link(text)  # only the profile link was pasted
    if name and fold(name) in NO_NAME:
        name = None
    headline, location = found.headline, found.location
    if headline and rest and not names_role(headline) and names_role(rest[0]):
        headline = None  # "Kofi Mensah | Building in public" above "Founder at Tamale Fresh"
    leftovers: list[str] = []
    after_headline = None
    for j, line in enumerate([] if org else rest):
        if headline is None and fold(line) in COMMENT_BADGES and is_headline(rest[j + 1] if j + 1 < len(rest) else ""):
            continue  # "Author": the badge beside a post's author in the comments, then the headline
        if line.startswith("\x00LOC"):
            location = location or line[4:]
            continue
        if name and fold(name_core(unwrap(line))) == fold(name):
            continue
        if headline is None and not is_location(line) and len(line) > 2:
            headline = line
            after_headline = ""
            continue
        if location is None and is_location(line):
            location = line
            continue
        if location is None and place_before_counter(line):
            location = place_before_counter(line)
            continue
        after_headline = line if after_headline == "" else after_headline
        leftovers.append(line)

    about_lines = _dedupe(sections["about"])
    if not about_lines:  # no About heading: long sentence-like lines of the top card are the about text
        about_lines = [l for l in leftovers if len(l) >= 60 and len(l.split()) >= 8][:3]
    about = _clip(" ".join(about_lines)) or None
    activity = _activity_items(sections["activity"], exclude={fold(x) for x in (name, headline) if x})
    experience = _experience_entries(sections["experience"])
    education = [_clip(l, 160) for l in _dedupe(sections["education"]) if not DATE_LINE_RE.match(l)][:6]

    role = company = None
    if headline:
        role, company = split_role(headline)
    company = found.company or company or org  # "Ada Obi at Kestrel, Talent Partner – Ops": the employer named
    if company is None and role and not experience and after_headline and org_line(after_headline):
        company = after_headline  # Sales Navigator: the title, then the employer on its own line
    if experience and (company is None or (not found.company and headline and not ROLE_SPLIT.search(headline)
                                            and fold(company) not in {fold(e[1] or "") for e in experience})):
        # no employer in the headline, or a guess from its segments that no job lists ("Head of Strings,
        # Eastvale Conservatoire | Cellist", "Senior PM – Healthcare Construction | PMP"): the current job's
        first_role, first_company, dates = experience[0]
        current_job = dates is None or not re.search(r"(19|20)\d\d\s*$", dates.split("·")[0].strip())
        if first_company and current_job:
            company = first_company
            role = role or first_role
    if company and FORMER.match(company):
        company = None
    if role and company and experience and fold(company) in fold(role) and fold(company) != fold(role):
        role = experience[0][0] or role  # "上海栖木科技 产品经理": the title from the experience entry

    profile = Profile(
        name=_clip(tidy_name(name), 80) if name else None,
        first_name=greeting_name(name, headline),
        pronouns=pronouns,
        headline=_clip(headline, 220) if headline else None,
        role=_clip(role, 120) if role else None,
        company=_clip(company, 120) if company else None,
        location=_clip(location, 80) if location else None,
        about=about,
        activity=activity,
        experience=[_clip(" · ".join(x for x in e if x), 160) for e in experience][:12],
        education=education,
    )
    main = []
    for key in ("top", "about", "activity", "experience", "education", "featured", "skills", "other"):
        main += [l.removeprefix("\x00LOC") for l in sections[key] if not l.startswith("\x00POST")]
    if name:
        main.insert(0, name)
    return PasteAnalysis(profile=profile, main_lines=_dedupe(main), sidebar_lines=sidebar,
                         injections=injections, ui_lines=ui_lines, contacts=contacts)


_TITLE_LINE = re.compile(r"^(?P<name>[^|\n]{2,60}?)\s+[-–—|]\s+(?P<rest>.+?)\s*(?:[|–—-]\s*LinkedIn)\s*$", re.I)


def _leading_sidebar(items: list[tuple[str, bool]], after_blank: set[int]) -> set[int]:
    """The items of a sidebar pasted above the profile ("People you may know", other people's names and titles, up
    to a blank line before a name): none of them is the person's."""
    heading = next((k for k, (line, _) in enumerate(items[:6]) if is_sidebar_line(line)), None)
    if heading is None or any(looks_like_name(line) and not is_ui_line(line) for line, _ in items[:heading]):
        return set()  # (a sidebar after the name is the loop's)
    end = next((k for k in sorted(after_blank) if k > heading + 1 and k < len(items) and looks_like_name(items[k][0])),
               None)
    return set(range(heading, end)) if end is not None else set()


def _single_line_title(text: str) -> PasteAnalysis | None:
    """A search-result title: 'Hannah Becker - Senior Product Manager - Nordlicht | LinkedIn'."""
    lines = [l.strip() for l in text.split("\n") if l.strip()]
    if not lines or len(lines) > 3:
        return None
    m = _TITLE_LINE.match(lines[0])
    if not m or not looks_like_name(m.group("name")):
        return None
    name = tidy_name(name_core(m.group("name")))
    parts = [p.strip() for p in re.split(r"\s+[-–—|]\s+", m.group("rest")) if p.strip()]
    headline = " - ".join(parts) if parts else None
    role = parts[0] if parts else None
    company = parts[1] if len(parts) >= 2 else None
    if len(parts) == 1 and not is_headline(parts[0]):
        role, company = None, parts[0]  # "Wojciech Kamiński – Lumen Logistics | LinkedIn"
    if role:
        r, c = split_role(role)
        role, company = r, company or c
    about = _clip(strip_contacts(" ".join(lines[1:]))) or None
    profile = Profile(name=name, first_name=greeting_name(name, headline), headline=headline, role=role, company=company,
                      about=about)
    main = [name] + parts + ([about] if about else [])
    return PasteAnalysis(profile=profile, main_lines=main, contacts=find_contacts(text))


_POST_MARKER = re.compile(
    r"(\b(posted|shared|commented( on)?|reposted|liked|celebrates?|supports?|loves?)\b.{0,20}\b(this|a post)\b|"
    r"hat das gepostet|hat dies geteilt|a publié ceci|a commenté|ha publicado esto|publicou isso|"
    r"^\d+\s*(s|m|h|d|w|mo|yr)\s*[•·])", re.I)
_REPOST_MARKER = re.compile(r"\b(reposted|liked|celebrates?|supports?|loves?|finds this)\b", re.I)


def _activity_items(lines: list[str], exclude: set[str] | frozenset = frozenset()) -> list[str]:
    """Posts and comments (their text), newest first; reposts of other people's posts are skipped."""
    items: list[str] = []
    chunk: list[str] = []
    skip = False

    def flush() -> None:
        text = _clip(" ".join(chunk), 280)
        if chunk and not skip and len(text) > 25:
            items.append(text)

    for line in lines:
        if line.startswith("\x00POST"):
            flush()
            chunk, skip = [], bool(_REPOST_MARKER.search(line))
            continue
        if DATE_LINE_RE.match(line) or re.match(r"^\d[\d,.]*$", line) or fold(name_core(line)) in exclude \
                or fold(line) in exclude:
            continue
        chunk.append(line)
    flush()
    return _dedupe(items)[:5]


def _experience_entries(lines: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    """(title, company, dates) per experience entry, most recent first."""
    lines = _dedupe_adjacent(lines)
    entries: list[list[str | None]] = []
    pending_title: str | None = None
    group_company: str | None = None
    for i, line in enumerate(lines):
        m = EMPLOYMENT_RE.match(line)
        if m:
            company = m.group(1).strip()
            if fold(company) in {fold(x) for x in ("full-time", "part-time", "vollzeit", "temps plein")}:
                continue
            if pending_title:
                entries.append([pending_title, company, None])
                pending_title = None
            continue
        if re.match(r"^(full-time|part-time|vollzeit|teilzeit|temps plein|jornada completa|tempo integral)\b",
                    line, re.I):  # "Fluxo / Full-time · 5 yrs": the line before was the company group
            if pending_title:
                group_company = pending_title
                pending_title = None
            continue
        if DATE_LINE_RE.match(line):
            if pending_title:
                entries.append([pending_title, group_company, line])
                pending_title = None
            elif entries and entries[-1][2] is None:
                entries[-1][2] = line
            continue
        if is_location(line) or len(line) > 80 or len(line.split()) > 9:
            continue  # locations and descriptions
        if pending_title:
            # "Title / Company / dates" without "· Full-time"
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if DATE_LINE_RE.match(nxt):
                title, company = (line, pending_title) if names_role(line) and not is_headline(pending_title) \
                    else (pending_title, line)  # "Ramström Kvarnbygge / Owner / Jan 1999 - Present": company first
                entries.append([title, company, None])
                pending_title = None
                continue
        pending_title = line
    return [tuple(e) for e in entries][:12]  # type: ignore[misc]


def _dedupe_adjacent(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if not out or out[-1] != line:
            out.append(line)
    return out
