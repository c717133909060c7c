"""Messy pasted profile text -> :class:`connote.schema.Profile`.

Drops UI chrome ("Message", "Follow", "· 2nd", "Show all 14 experiences →"), sidebars ("People also
viewed"), duplicates, contact details (emails, phones, links) and markup. Never raises on any input.
"""

from __future__ import annotations

import html
import re
import unicodedata

from .schema import Profile

MAX_FIELD = 600

# Section headings as they appear on a profile page (lower-case).
MAIN_SECTIONS = {
    "about": "about", "activity": "activity", "experience": "experience", "education": "education",
    "featured": "featured", "skills": "skills", "licenses & certifications": "other",
    "volunteering": "other", "projects": "other", "publications": "other", "honors & awards": "other",
    "languages": "other", "recommendations": "other", "interests": "other", "courses": "other",
    "organizations": "other", "posts": "activity", "highlights": "other", "services": "other",
    "causes": "other", "patents": "other", "test scores": "other",
}
SIDEBAR_HEADINGS = (
    "people also viewed", "people you may know", "more profiles for you", "you might like",
    "people also follow", "explore premium profiles", "other similar profiles", "promoted",
    "similar profiles", "ad options", "pages people also viewed", "who your viewers also viewed",
    "linkedin corporation ©", "about accessibility", "more profiles", "others named",
)
UI_LINES = {
    "message", "follow", "following", "connect", "more", "pending", "contact info", "see more",
    "…see more", "...see more", "see less", "show all", "premium", "open to", "add profile section",
    "enhance profile", "resources", "view profile", "visit my website", "view my portfolio", "send",
    "like", "comment", "repost", "save", "remove connection", "report / block", "about this profile",
    "verified", "1st", "2nd", "3rd", "3rd+", "out of network", "home", "my network", "jobs",
    "messaging", "notifications", "me", "for business", "try premium for free", "provide services",
    "show translation", "see translation", "edited", "reactivate premium", "view", "followers",
    "endorse", "mutual connection", "mutual connections", "show credential", "see all details",
    "hide", "unfollow", "share profile", "save to pdf", "request a recommendation",
}
UI_PATTERNS = [
    re.compile(p, re.I) for p in (
        r"^show all\b.*", r"^see all\b.*", r"^\d[\d,.]*\+?\s+(connections?|followers?|following|"
        r"comments?|reposts?|reactions?|likes?|impressions?|members?)$",
        r"^·?\s*(1st|2nd|3rd\+?)\b", r"^(he|she|they)/(him|her|them)s?$", r".*\bmutual connections?\b.*",
        r"^(loaded|showing) \d+ ", r"^\d+\s*(mo|yr|yrs|w|d|h|m)s?\s*(•|·)?\s*(edited)?\s*•?\s*🌐?$",
        r"^(status is|open to work)\b.*", r".*\bposted this\b.*", r".*\breposted this\b.*",
        r".*\bcommented on this\b.*", r".*\bliked this\b.*", r"^\d+\s*(notifications?)$",
        r"^(premium|top voice|verified)\b.{0,20}$", r"^view .{0,40}(profile|services|website)$",
        r"^(visible to anyone|skip to main content)\b.*", r"^current company\b.*",
        r"^contact info$", r".*· contact info$", r"^[•·|\-–—]+$", r"^\(?\d+\)?$",
        r"^(activity|experience|education)$", r"^(endorsed by|endorsement).*", r"^\d+ endorsements?$",
    )
]
PRONOUN_RE = re.compile(r"^\(?\s*((?:he|she|they|ze|xe)\s*/\s*(?:him|her|them|hir|zir|xem|his|hers|theirs)"
                        r"(?:\s*/\s*\w+)?)\s*\)?$", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
URL_RE = re.compile(r"(https?://\S+|www\.\S+|\b[\w-]+\.(com|org|net|io|dev|ai|co|de|fr|uk|me|app)"
                    r"(/\S*)?\b)", re.I)
PHONE_RE = re.compile(r"(\+?\d[\d\s().-]{7,}\d)")
HANDLE_RE = re.compile(r"(?<!\w)@[A-Za-z0-9_]{2,}")
MARKUP_RE = re.compile(r"<[^>]{1,200}>|\*\*|__|`|^#+\s|\[([^\]]*)\]\([^)]*\)", re.M)
DEGREE_SUFFIX_RE = re.compile(r"\s*[·•]\s*(1st|2nd|3rd\+?)\b.*$", re.I)
NAME_TITLE_RE = re.compile(r"^(dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame|herr|frau|dott|ing|mag)\.?\s+",
                           re.I)
NAME_SUFFIXES = {"phd", "ph.d.", "ph.d", "mba", "cfa", "cpa", "md", "jr", "jr.", "sr", "sr.", "ii", "iii",
                 "iv", "msc", "m.sc.", "bsc", "pmp", "pe", "esq", "esq.", "frcs", "dds", "rn", "ma", "ba",
                 "mph", "cissp", "facs", "shrm-cp", "dr.", "cpa,", "mba,"}
NO_NAME = {"linkedin member", "linkedin user", "member", "private profile", "anonymous"}
VIETNAMESE_FAMILY = {"nguyễn", "nguyen", "trần", "tran", "lê", "le", "phạm", "pham", "hoàng", "hoang",
                     "huỳnh", "huynh", "phan", "vũ", "vu", "võ", "vo", "đặng", "dang", "bùi", "bui", "đỗ",
                     "do", "hồ", "ho", "ngô", "ngo", "dương", "duong", "lý", "ly", "đinh", "trương",
                     "đào", "lương", "mai", "tạ", "lâm"}
COMPOUND_FIRST = {"josé", "jose", "juan", "maría", "maria", "ana", "luis", "jean", "marie", "anne", "mary",
                  "john", "josé", "francisco", "miguel", "carlos", "pedro", "jorge", "rosa", "luz", "mar",
                  "hans", "karl", "anna", "eva", "maría josé", "joão", "joao", "pierre", "marco", "gian",
                  "juana", "sarah", "mariá"}
COMPOUND_SECOND = {"manuel", "maría", "maria", "luis", "carlos", "antonio", "josé", "jose", "ángel", "angel",
                   "miguel", "pablo", "francisco", "javier", "ignacio", "andrés", "andres", "josé", "pierre",
                   "paul", "luc", "claude", "marie", "louise", "sophie", "elena", "isabel", "teresa", "carmen",
                   "pedro", "paulo", "eduardo", "ramón", "ramon", "fernando", "jesús", "jesus", "lucía",
                   "lucia", "paula", "beth", "anne", "jo", "lou", "mae", "kate", "grace", "peter", "martin",
                   "christian", "joão", "felipe", "vitor", "victor", "rafael", "gabriel", "alberto"}
NICK_RE = re.compile(r"[\"'“”‘’«(]\s*([^\"'“”‘’»()]{2,20}?)\s*[\"'“”‘’»)]")


def clean_text(text: str) -> str:
    """Normalize a paste: decode entities, drop markup, control chars, zero-width chars."""
    text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = MARKUP_RE.sub(lambda m: m.group(1) or " ", text)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "\n\t":
            out.append(ch)
        elif cat in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def strip_contacts(text: str) -> str:
    text = EMAIL_RE.sub(" ", text)
    text = URL_RE.sub(" ", text)
    text = PHONE_RE.sub(lambda m: " " if sum(c.isdigit() for c in m.group(0)) >= 8 else m.group(0), text)
    text = HANDLE_RE.sub(" ", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def _is_ui(line: str) -> bool:
    low = line.lower().strip(" →›>•·|")
    if low in UI_LINES or not low:
        return True
    return any(p.match(line) for p in UI_PATTERNS)


def _is_sidebar(line: str) -> bool:
    low = line.lower()
    return any(low.startswith(h) for h in SIDEBAR_HEADINGS)


def _looks_like_name(line: str) -> bool:
    line = DEGREE_SUFFIX_RE.sub("", line).strip()
    if not line or len(line) > 60 or any(ch.isdigit() for ch in line):
        return False
    if line.lower() in NO_NAME:
        return True
    if re.search(r"\b(at|@|and|for|the|of|in|with|\|)\b", line, re.I) and not NICK_RE.search(line):
        return False
    words = [w for w in re.split(r"\s+", line) if w]
    if not 1 <= len(words) <= 6:
        return False
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return False
    if any(ord(c) > 0x2E80 for c in letters):  # CJK names: short, no spaces needed
        return len(line) <= 12
    cleaned = [w.strip("\"'“”‘’«»(),.") for w in words]
    caps = [w for w in cleaned if w and (w[0].isupper() or w.lower() in {"de", "van", "von", "da", "di",
                                                                           "del", "der", "la", "le", "bin",
                                                                           "al", "dos", "du", "ten", "ter"})]
    return len(caps) == len([w for w in cleaned if w]) and len(words) >= 1


def given_name(name: str | None) -> str | None:
    """The name to greet someone by: given name, nickname if given, compound names kept."""
    if not name:
        return None
    name = DEGREE_SUFFIX_RE.sub("", name).strip()
    if name.lower() in NO_NAME:
        return None
    nick = NICK_RE.search(name)
    if nick and nick.group(1).strip() and not nick.group(1).strip().lower() in NAME_SUFFIXES:
        candidate = nick.group(1).strip()
        if candidate.replace("-", "").replace(" ", "").isalpha():
            return candidate
    name = NICK_RE.sub(" ", name)
    name = re.split(r",|\|", name)[0]
    while NAME_TITLE_RE.match(name):
        name = NAME_TITLE_RE.sub("", name, count=1)
    words = [w for w in name.split() if w.lower().strip(".,") not in NAME_SUFFIXES and w.strip(".,")]
    words = [w.strip(".,") for w in words]
    if not words:
        return None
    if any(ord(c) > 0x2E80 for w in words for c in w):  # CJK: keep as written
        return "".join(words) if len(words) <= 2 else words[0]
    if len(words) >= 3 and words[0].lower() in VIETNAMESE_FAMILY:
        return words[-1]
    if len(words) == 2 and words[0].lower() in VIETNAMESE_FAMILY and words[0] in {"Nguyễn", "Trần", "Phạm"}:
        return words[-1]
    if len(words) >= 3 and words[0].lower() in COMPOUND_FIRST and words[1].lower() in COMPOUND_SECOND:
        return f"{words[0]} {words[1]}"
    first = words[0]
    if len(first) == 1 or (len(first) == 2 and first.endswith(".")):  # "J. Robert Smith"
        return words[1] if len(words) > 1 else None
    return first


def _dedupe(lines: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for line in lines:
        key = re.sub(r"\W+", " ", line.lower()).strip()
        if key and key not in seen:
            seen.add(key)
            out.append(line)
    return out


def _clip(text: str, limit: int = MAX_FIELD) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return cut[: cut.rfind(" ")] if " " in cut else cut


def _split_role(headline: str) -> tuple[str | None, str | None]:
    first = re.split(r"\s[|•·]\s|\s+\|\s*|\s—\s|\s-\s", headline)[0].strip()
    m = re.match(r"(.+?)\s+(?:at|@|bei|chez|en|presso|na|no|в)\s+(.+)$", first, re.I)
    if m:
        return m.group(1).strip(" ,"), m.group(2).strip(" ,")
    m = re.match(r"(.+?),\s+(.+)$", first)
    if m and len(m.group(2).split()) <= 4:
        return m.group(1).strip(), m.group(2).strip()
    return (first or None), None


LOCATION_RE = re.compile(r"^[A-ZÀ-ÝА-Я][\w .'’-]+,\s*[A-ZÀ-ÝА-Я][\w .'’-]+(,\s*[A-ZÀ-ÝА-Я][\w .'’-]+)?$")
LOCATION_WORDS = re.compile(r"\b(area|metropolitan|region|greater|bay area|remote)\b", re.I)


def parse_profile(text: str) -> Profile:
    """Parse a pasted profile. Never raises; unknown parts are left empty."""
    try:
        return _parse(text)
    except Exception:  # defensive: parsing must never break drafting
        return Profile(about=_clip(strip_contacts(clean_text(text or ""))) or None)


def _parse(text: str) -> Profile:
    text = clean_text(text or "")
    raw_lines = [re.sub(r"\s*[·•]\s*contact info\s*$", "", strip_contacts(l), flags=re.I).strip(" \t·•|")
                 for l in text.split("\n")]
    lines: list[str] = []
    for line in raw_lines:
        if _is_sidebar(line):
            lines.append("\x00SIDEBAR")
            continue
        if line:
            lines.append(line)

    pronouns = None
    sections: dict[str, list[str]] = {"top": [], "about": [], "activity": [], "experience": [],
                                      "education": [], "featured": [], "skills": [], "other": []}
    current = "top"
    for line in lines:
        if line == "\x00SIDEBAR":
            current = "sidebar"
            continue
        low = line.lower().strip(" :")
        if low in MAIN_SECTIONS:
            current = MAIN_SECTIONS[low]
            continue
        if current == "sidebar":
            continue
        m = PRONOUN_RE.match(line.strip())
        if m:
            pronouns = pronouns or re.sub(r"\s+", "", m.group(1))
            continue
        if _is_ui(line):
            continue
        sections[current].append(line)

    top = _dedupe(sections["top"])
    name = None
    rest = top
    for i, line in enumerate(top[:4]):
        if _looks_like_name(line):
            name = DEGREE_SUFFIX_RE.sub("", line).strip()
            rest = top[i + 1:]
            break
    if name and name.lower() in NO_NAME:
        name = None
    headline = location = None
    for line in rest:
        bare = re.sub(r"\s*·?\s*contact info$", "", line, flags=re.I).strip()
        if location is None and (LOCATION_RE.match(bare) or LOCATION_WORDS.search(bare)) and len(bare) < 70 \
                and headline is not None:
            location = bare
            continue
        if headline is None and len(bare) > 3 and (name is None or bare.lower() != name.lower()):
            headline = bare
    about_lines = _dedupe(sections["about"]) or ([l for l in rest if l not in (headline, location)][:3]
                                                 if not sections["about"] else [])
    about = _clip(" ".join(about_lines)) or None
    activity = [_clip(l, 280) for l in _dedupe(sections["activity"]) if len(l) > 25][:5]
    experience = [_clip(l, 120) for l in _dedupe(sections["experience"])][:12]
    education = [_clip(l, 120) for l in _dedupe(sections["education"])][:6]

    role = company = None
    if headline:
        role, company = _split_role(headline)
    if company is None and len(experience) >= 2:
        m = re.match(r"(.+?)\s*[·•]\s*(full-time|part-time|self-employed|freelance|contract|internship)",
                     experience[1], re.I)
        if m:
            role = role or experience[0]
            company = m.group(1).strip()
    return Profile(
        name=_clip(name, 80) if name else None,
        first_name=given_name(name),
        pronouns=pronouns,
        headline=_clip(headline, 220) if headline else None,
        role=_clip(role, 120) if role else None,
        company=_clip(company, 120) if company else None,
        location=location,
        about=about,
        activity=activity,
        experience=experience,
        education=education,
    )
