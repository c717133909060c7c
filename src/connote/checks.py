"""The rules a note must pass before connote shows it as sendable, each a small function.

Every check takes a :class:`CheckContext` and the note text and returns a :class:`CheckResult`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from .language import detect_language
from .profile_parser import EMAIL_RE, PHONE_RE, URL_RE
from .schema import CheckResult, Profile

GREETINGS = {
    "en": ("Hi", "Hello", "Hey", "Dear", "Good morning", "Good afternoon"),
    "de": ("Hallo", "Hi", "Liebe", "Lieber", "Guten Tag", "Servus", "Moin", "Hey"),
    "fr": ("Bonjour", "Salut", "Hello", "Chère", "Cher"),
    "es": ("Hola", "Buenos días", "Estimada", "Estimado", "Querida", "Querido"),
    "pt": ("Olá", "Oi", "Bom dia", "Prezada", "Prezado"),
    "it": ("Ciao", "Buongiorno", "Salve", "Gentile"),
    "nl": ("Hoi", "Hallo", "Beste", "Dag"),
    "ru": ("Здравствуйте", "Привет", "Добрый день"),
    "uk": ("Вітаю", "Привіт", "Добрий день"),
    "zh": ("你好", "您好"),
    "ja": ("こんにちは",),
}
STOCK_PHRASES = (
    "add you to my professional network", "i'd like to add you", "i would like to add you",
    "join my network", "join your network", "expand my network", "expand my professional network",
    "grow my network", "i came across your profile", "came across your profile", "impressive profile",
    "your profile is impressive", "hope this message finds you", "hope this finds you",
    "i'm reaching out to", "synergy", "synergies", "pick your brain", "quick call", "hop on a call",
    "schedule a call", "book a demo", "our product", "our services", "our solution", "special offer",
    "i am writing to", "to whom it may concern", "dear sir", "dear madam", "rockstar", "guru",
    "thought leader", "as an ai", "language model", "i cannot", "i can't help", "here is a note",
    "here's a note", "connection request", "linkedin note", "best regards", "kind regards", "sincerely",
    "cheers,", "thanks,", "regards,",
)
FAKE_HISTORY = re.compile(
    r"\b(we met|we've met|we have met|great meeting you|nice meeting you|good to meet you|"
    r"great to meet you|nice to meet you at|as discussed|as we discussed|our (last )?(call|chat|"
    r"conversation|meeting)|we spoke|we talked|we worked together|working together again|"
    r"i've joined your team|i have joined your team|i joined your team|since i joined|"
    r"thanks for (the|your) (call|chat|time|interview)|after our|following our|"
    r"my interview with you|our interview)\b", re.I)
INJECTION_ECHO = re.compile(
    r"(ignore (all|any|previous|the above)|system prompt|instructions?\b.*\b(above|previous)|"
    r"as an ai|assistant:|user:|<\|im_|\[inst\]|\bpoem\b|\bhaiku\b|\bpirate\b|bitcoin|crypto wallet|"
    r"click (here|this)|visit (my|our|this)|check out my|dm me)", re.I)
UI_TEXT = re.compile(
    r"(show all|see more|see less|…see more|people also viewed|people you may know|contact info|"
    r"\b\d+\+? connections\b|\b\d[\d,]* followers\b|\bpremium\b|· ?(1st|2nd|3rd)|\bendorse|→|›|"
    r"\bmessage button\b|\bfollow button\b|open to work|#\w+)", re.I)
THIRD_PERSON = re.compile(r"\b(he|him|his|she|her|hers)\b", re.I)
HASHTAG = re.compile(r"(?<!\w)#\w+")
NUMBER = re.compile(r"\d[\d,.:/%]*")
PLACEHOLDER = re.compile(r"\[[^\]]*\]|\{[^}]*\}|<[^>]*>|\b(name|first name|recipient|your name)\b\s*[\]\)]",
                         re.I)
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_SENTENCE_START = re.compile(r"(^|[.!?:;—–-]\s+|,\s+)$")

ALWAYS_OK_CAPS = {"i", "linkedin", "hi", "hello", "hey", "dear", "thanks", "thank", "cheers", "ai", "ok",
                  "ceo", "cto", "cfo", "coo", "vp", "hr", "ux", "ui", "ml", "it", "phd", "mba", "monday",
                  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                  "march", "april", "may", "june", "july", "august", "september", "october", "november",
                  "december", "i'm", "i'd", "i've", "i'll", "english", "pm", "am", "q&a"}


@dataclass
class CheckContext:
    profile: Profile
    profile_text: str
    reason: str
    sender: str | None
    limit: int
    language: str
    occasion: str = "generic"
    extra_ok_words: set[str] = field(default_factory=set)

    @property
    def source_text(self) -> str:
        return " ".join(filter(None, [self.profile_text, self.reason, self.sender or ""]))

    @property
    def source_lower(self) -> str:
        cached = getattr(self, "_source_lower", None)
        if cached is None:
            cached = _fold(self.source_text)
            self._source_lower = cached
        return cached


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'")


def _result(name: str, passed: bool, detail: str = "") -> CheckResult:
    return CheckResult(name=name, passed=passed, detail="" if passed else detail)


def check_length(ctx: CheckContext, note: str) -> CheckResult:
    n = len(note)
    if n > ctx.limit:
        return _result("fits_limit", False, f"{n} characters, limit {ctx.limit}")
    if n < min(60, ctx.limit // 3):
        return _result("fits_limit", False, f"only {n} characters: too thin to say why")
    return _result("fits_limit", True)


def check_one_paragraph(ctx: CheckContext, note: str) -> CheckResult:
    bad = "\n" in note or note.count("  ") > 1 or re.search(r"^\s*(subject|re):", note, re.I)
    return _result("one_paragraph", not bad, "has line breaks, a subject line or a sign-off block")


def check_greeting(ctx: CheckContext, note: str) -> CheckResult:
    first = ctx.profile.first_name
    head = note[:60]
    if PLACEHOLDER.search(note):
        return _result("addresses_person", False, "contains a placeholder")
    if not first:
        return _result("addresses_person", not re.match(r"^\s*\w+\s+(member|user)\b", note, re.I),
                       "addresses 'LinkedIn Member'")
    if _fold(first) not in _fold(head):
        # someone else's name used as the greeting?
        return _result("addresses_person", False, f"does not greet {first} by name")
    surname = (ctx.profile.name or "").replace(first, " ").split()
    greet = re.match(r"^\W*\w+\s+([^\s,!]+)", note)
    if greet and surname and greet.group(1) in surname and greet.group(1) not in first:
        return _result("addresses_person", False, "greets by family name")
    return _result("addresses_person", True)


def _content_words(text: str) -> set[str]:
    stop = {"the", "and", "for", "with", "that", "this", "your", "you", "about", "from", "just", "really",
            "have", "has", "was", "were", "his", "her", "him", "she", "they", "them", "their", "would",
            "like", "love", "want", "will", "next", "week", "our", "are", "its", "also", "into", "some",
            "der", "die", "das", "und", "mit", "von", "ich", "ihr", "ihre", "ihren", "sein", "seine",
            "les", "des", "une", "pour", "avec", "que", "los", "las", "con", "por", "para", "una"}
    return {_fold(w)[:5] for w in _WORD.findall(text) if len(w) >= 3 and _fold(w) not in stop}


def check_mentions_reason(ctx: CheckContext, note: str) -> CheckResult:
    reason_words = _content_words(ctx.reason)
    if not reason_words:
        return _result("says_reason", True)
    shared = reason_words & _content_words(note)
    needed = 1 if len(reason_words) <= 4 else 2
    return _result("says_reason", len(shared) >= needed, "does not say the user's reason specifically")


def check_voice(ctx: CheckContext, note: str) -> CheckResult:
    """Speaks to 'you', not about the recipient in the third person, and doesn't paste the reason."""
    if ctx.language == "en" and ctx.occasion not in {"mutual"}:
        third = [m.group(0) for m in THIRD_PERSON.finditer(note)]
        reason_third = THIRD_PERSON.search(ctx.reason)
        if third and (reason_third or len(third) >= 2):
            return _result("speaks_to_you", False, f"talks about the person in the third person ({third[0]})")
    reason = re.sub(r"\s+", " ", ctx.reason.strip().lower())
    if len(reason.split()) >= 6 and reason in note.lower():
        return _result("speaks_to_you", False, "pastes the user's reason back verbatim")
    return _result("speaks_to_you", True)


def _is_sentence_start(note: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(note[:start])) or start == 0


def check_invents_nothing(ctx: CheckContext, note: str) -> CheckResult:
    src = ctx.source_lower
    ok = ALWAYS_OK_CAPS | {_fold(w) for w in ctx.extra_ok_words}
    for num in NUMBER.findall(note):
        digits = num.strip(".,:/")
        if digits and digits not in ctx.source_text and digits not in {"1", "2", "3"}:
            return _result("invents_nothing", False, f"number '{digits}' is not in the profile or reason")
    if FAKE_HISTORY.search(note) and not FAKE_HISTORY.search(ctx.reason + " " + (ctx.sender or "")):
        if not re.search(r"\b(met|meet|spoke|talked|call|interview|joined|worked)\b", ctx.reason, re.I):
            return _result("invents_nothing", False, f"claims shared history: '{FAKE_HISTORY.search(note).group(0)}'")
    check_caps = ctx.language in {"en", "fr", "es", "pt", "it", "nl", "sv", "pl", "tr"}
    for m in _WORD.finditer(note):
        word = m.group(0).strip("'’-")
        folded = _fold(word)
        if not word or folded in ok:
            continue
        is_acronym = len(word) >= 2 and word.isupper()
        if not (is_acronym or (check_caps and word[0].isupper())):
            continue
        if _is_sentence_start(note, m.start()) and not is_acronym:
            continue
        if folded in src or folded.rstrip("s") in src or folded.rstrip("'s") in src:
            continue
        return _result("invents_nothing", False, f"'{word}' is not in the profile, reason or sender")
    return _result("invents_nothing", True)


def check_not_their_job(ctx: CheckContext, note: str) -> CheckResult:
    """The recipient's job or employer must not be claimed as the sender's."""
    sender = _fold(ctx.sender or "")
    low = _fold(note)
    company = _fold(ctx.profile.company or "")
    role = _fold(ctx.profile.role or "")
    claims = re.findall(r"\b(?:i'm|i am|i work|i'm working|i lead|i run|i head|as an?|my (?:team|company|role) "
                        r"(?:at|is)|i've been working|i've worked)\b([^.!?,;]{0,80})", low)
    for claim in claims:
        if company and len(company) >= 2 and re.search(rf"\b{re.escape(company)}\b", claim) \
                and company not in sender and company not in _fold(ctx.reason):
            return _result("not_their_job", False, f"claims the recipient's employer ({ctx.profile.company}) "
                                                   "as the sender's")
        if role and len(role) >= 6 and role in claim and role not in sender:
            return _result("not_their_job", False, f"claims the recipient's role ({ctx.profile.role}) "
                                                   "as the sender's")
    if re.search(r"\b(i've joined|i have joined|i joined|i'm joining|i am joining) your (team|company)\b", low) \
            and not re.search(r"\bjoin", ctx.reason, re.I):
        return _result("not_their_job", False, "claims to have joined their team")
    return _result("not_their_job", True)


def _emoji_count(text: str) -> int:
    return sum(1 for ch in text if unicodedata.category(ch) == "So" and ord(ch) > 0x2000)


def check_tone(ctx: CheckContext, note: str) -> CheckResult:
    low = _fold(note)
    for phrase in STOCK_PHRASES:
        if phrase in low:
            return _result("warm_no_pitch", False, f"stock or pitch phrase: '{phrase}'")
    shouting = [w for w in re.findall(r"\b[A-Z]{4,}\b", note) if _fold(w) not in ctx.source_lower]
    if shouting:
        return _result("warm_no_pitch", False, f"ALL CAPS: {shouting[0]}")
    if _emoji_count(note) > 1:
        return _result("warm_no_pitch", False, "more than one emoji")
    if HASHTAG.search(note):
        return _result("warm_no_pitch", False, "has a hashtag")
    if note.count("!") > 2:
        return _result("warm_no_pitch", False, "too many exclamation marks")
    return _result("warm_no_pitch", True)


def check_no_contact_or_ui(ctx: CheckContext, note: str) -> CheckResult:
    if EMAIL_RE.search(note) or URL_RE.search(note):
        return _result("no_contact_or_ui", False, "contains an email address or link")
    if any(sum(c.isdigit() for c in m.group(0)) >= 7 for m in PHONE_RE.finditer(note)):
        return _result("no_contact_or_ui", False, "contains a phone number")
    m = UI_TEXT.search(note)
    if m:
        return _result("no_contact_or_ui", False, f"copies page text: '{m.group(0)}'")
    return _result("no_contact_or_ui", True)


def check_no_injection(ctx: CheckContext, note: str) -> CheckResult:
    m = INJECTION_ECHO.search(note)
    if m and not INJECTION_ECHO.search(ctx.reason):
        return _result("ignores_pasted_instructions", False, f"follows text from the paste: '{m.group(0)}'")
    return _result("ignores_pasted_instructions", True)


def check_language(ctx: CheckContext, note: str) -> CheckResult:
    got = detect_language(note)
    return _result("right_language", got == ctx.language, f"written in {got}, the reason is in {ctx.language}")


CHECKS: tuple[Callable[[CheckContext, str], CheckResult], ...] = (
    check_length, check_one_paragraph, check_greeting, check_mentions_reason, check_voice,
    check_invents_nothing, check_not_their_job, check_tone, check_no_contact_or_ui, check_no_injection,
    check_language,
)
#: how much each failed check costs when ranking notes that all fail
WEIGHTS = {"fits_limit": 5, "no_contact_or_ui": 5, "ignores_pasted_instructions": 5, "addresses_person": 4,
           "invents_nothing": 4, "not_their_job": 4, "right_language": 3, "says_reason": 3,
           "speaks_to_you": 2, "warm_no_pitch": 2, "one_paragraph": 2}


def run_checks(ctx: CheckContext, note: str) -> list[CheckResult]:
    return [check(ctx, note) for check in CHECKS]


def score(ctx: CheckContext, note: str, results: list[CheckResult]) -> float:
    """Higher is better: passes first, then a comfortable length (55-90% of the limit)."""
    penalty = sum(WEIGHTS.get(r.name, 1) for r in results if not r.passed)
    fill = len(note) / ctx.limit
    comfort = 1.0 - min(abs(fill - 0.72) / 0.72, 1.0)
    return round(100.0 - 10.0 * penalty + 5.0 * comfort, 3)


def similarity(a: str, b: str) -> float:
    """Word-set Jaccard similarity, ignoring the greeting."""
    wa = {w.lower() for w in _WORD.findall(a)[2:]}
    wb = {w.lower() for w in _WORD.findall(b)[2:]}
    if not wa or not wb:
        return 1.0 if wa == wb else 0.0
    return len(wa & wb) / len(wa | wb)
