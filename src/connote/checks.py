"""The rules a note must pass before connote shows it as sendable, each a small function.

Every check takes a :class:`CheckContext` and the note text and returns a :class:`CheckResult` whose name
is stable (``fits_limit``, ``one_paragraph``, ``addresses_person``, ``says_reason``, ``speaks_to_you``,
``invents_nothing``, ``not_their_job``, ``warm_no_pitch``, ``no_contact_or_ui``,
``ignores_pasted_instructions``, ``right_language``). A failed check says why in ``detail``.

The checks must hold on real pastes and real model output, so they lean towards passing when unsure: a
check that rejects a good note makes the generator throw away a good candidate. What they catch is what
small models really get wrong: notes over the limit or cut off, greetings with the wrong name or a
placeholder, the user's reason pasted back in the third person, invented names, companies, events,
numbers and shared history, the recipient's job claimed as the sender's, sales pitches and stock phrases,
contact details and page text copied from the paste, instructions hidden in the paste followed, and the
wrong language.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from .language import _WORDSETS as FUNCTION_WORDS
from .language import _script_counts, detect_language, language_name, language_scores
from .profile_parser import EMAIL_RE, PHONE_RE, URL_RE  # noqa: F401  (kept importable from here)
from .profile_parser import (
    JOB_WORDS,
    PasteAnalysis,
    _is_sidebar,
    _is_ui,
    analyze,
    find_contacts,
)
from .reason_text import spoken
from .schema import CheckResult, Profile

# --------------------------------------------------------------------------- text helpers

_WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
# a number, with its thousands separators; "120k", "2M", "3x", "42nd" count as 120, 2, 3, 42
_NUMBER = re.compile(r"(?<![\w.])(\d[\d,.']*\d|\d)(?=(?:[kKmMbB]n?|x|st|nd|rd|th)?(?!\w))")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", (text or "").lower())
    return "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'").replace("ʼ", "'")


def _words(text: str) -> list[str]:
    return [w.strip("'’-") for w in _WORD.findall(text or "") if w.strip("'’-")]


def _utf16_len(text: str) -> int:
    """Characters as LinkedIn's counter sees them (JavaScript string length: emoji count twice)."""
    return len(text.encode("utf-16-le")) // 2


def _result(name: str, passed: bool, detail: str = "") -> CheckResult:
    return CheckResult(name=name, passed=passed, detail="" if passed else detail)


def _short(text: str, n: int = 40) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[: n - 1] + "…"


# --------------------------------------------------------------------------- context

@dataclass
class CheckContext:
    """Everything a check may compare a note with."""

    profile: Profile
    profile_text: str
    reason: str
    sender: str | None
    limit: int
    language: str
    occasion: str = "generic"
    extra_ok_words: set[str] = field(default_factory=set)

    @cached_property
    def spoken_reason(self) -> str:
        """The reason as the prompt gives it to the model: said to the person (reason_text.spoken)."""
        return spoken(self.reason, self.language, self.profile)

    @cached_property
    def paste(self) -> PasteAnalysis:
        return analyze(self.profile_text or "")

    @cached_property
    def profile_facts(self) -> str:
        """The person's own text: the paste without UI, sidebars, contacts and injected instructions."""
        p = self.profile
        parts = [self.paste.main_text, p.name or "", p.headline or "", p.role or "", p.company or "",
                 p.location or "", p.about or "", " ".join(p.activity), " ".join(p.experience),
                 " ".join(p.education), p.pronouns or ""]
        return "\n".join(x for x in parts if x)

    @property
    def source_text(self) -> str:
        """What a note may draw on: the person's profile (not sidebars), the reason and the sender."""
        return "\n".join(filter(None, [self.profile_facts, self.reason, self.sender or ""]))

    @cached_property
    def profile_stems(self) -> set[str]:
        """Word stems of the whole paste (computed once per draft, not once per candidate)."""
        return {_stem(w) for w in _words(self.profile_text)}

    @cached_property
    def source_lower(self) -> str:
        return _fold(self.source_text)

    @cached_property
    def source_words(self) -> set[str]:
        words = {_fold(w) for w in _words(self.source_text)}
        words |= {_fold(w) for w in self.extra_ok_words}
        for w in list(words):
            for part in re.split(r"[-'’]", w):
                if part:
                    words.add(part)
        return words

    @cached_property
    def sender_reason_lower(self) -> str:
        return _fold(f"{self.reason}\n{self.sender or ''}")

    @cached_property
    def profile_language(self) -> str:
        p = self.profile
        return detect_language(" ".join(filter(None, [p.about, " ".join(p.activity), p.headline])))

    @cached_property
    def source_stems(self) -> set[str]:
        return {_stem(w) for w in self.source_words}

    @cached_property
    def profile_words(self) -> set[str]:
        return {_fold(w) for w in _words(self.profile_facts)}

    @cached_property
    def name_words(self) -> set[str]:
        return {_fold(w) for w in _words(f"{self.profile.name or ''} {self.profile.first_name or ''}")}


ABBREVIATIONS = {
    "uni": ("university", "universitat", "universite", "universidad", "universidade", "universita"),
    "dev": ("developer", "development", "developers"), "devs": ("developers",), "mgr": ("manager",),
    "eng": ("engineer", "engineering", "engineers"), "pm": ("product manager", "project manager"),
    "sre": ("site reliability engineer",), "recruiter": ("recruiting",), "ds": ("data scientist",),
    "conf": ("conference",), "dept": ("department",),
    "intl": ("international",), "mgmt": ("management",), "govt": ("government",), "pod": ("podcast",),
    "ep": ("episode",), "prez": ("presentation",), "preso": ("presentation",), "convo": ("conversation",),
    "ml": ("machine learning",), "ai": ("artificial intelligence",), "ux": ("user experience",),
    "cs": ("computer science",), "sf": ("san francisco",), "nyc": ("new york",), "la": ("los angeles",),
    "uk": ("united kingdom", "britain"), "us": ("united states", "america"), "usa": ("united states", "america"),
}
_EXPANSIONS = {}
for _abbr, _full in ABBREVIATIONS.items():
    for _f in _full:
        for _w in _f.split():
            _EXPANSIONS.setdefault(_w, set()).add(_abbr)


def in_source(ctx: CheckContext, word: str) -> bool:
    """Whether ``word`` (any case, accents, possessive, plural, inflection) comes from the profile, reason
    or sender. "University" counts as coming from "uni", "Москве" from "Москва"."""
    w = _fold(word).strip("'-")
    if not w:
        return True
    words = ctx.source_words
    if _EXPANSIONS.get(w, set()) & words:
        return True
    variants = {w, re.sub(r"'s$", "", w), re.sub(r"s$", "", w), re.sub(r"es$", "", w), w + "s"}
    if variants & words:
        return True
    parts = [p for p in re.split(r"[-'/]", w) if p]
    if len(parts) > 1 and all(p in words or len(p) <= 2 for p in parts):
        return True
    if len(w) >= 5 and re.search(rf"(?<!\w){re.escape(w)}", ctx.source_lower):
        return True  # part of a compound or a longer word in the source ("Agrardaten" in "Agrardatenplattform")
    cyrillic = any("\u0400" <= c <= "\u04ff" for c in w)
    k = max(4, len(w) - 3) if cyrillic else max(5, len(w) - 2)
    if len(w) >= k and len(w) >= 4:  # other inflections: "тесты" ~ "тестов", "Málaga" ~ "Málagas"
        stem = w[:k]
        return any(s.startswith(stem) and abs(len(s) - len(w)) <= 4 for s in words)
    return False


# --------------------------------------------------------------------------- fits_limit

_ENDS_OK = re.compile(r"([.!?。！？…)\]\"'”’»]|#\w+|[\U0001F000-\U0001FAFF\u2600-\u27BF]\ufe0f?|:\)|:-\)|;\)|\^\^)\s*$")
_DANGLING = {
    "en": {"the", "a", "an", "and", "or", "but", "your", "my", "our", "their", "of", "to the", "with the"},
    "de": {"der", "die", "das", "den", "dem", "des", "und", "oder", "aber", "ihr", "ihre", "ihren", "mein",
           "meine", "ein", "eine", "einen", "zu"},
    "fr": {"le", "la", "les", "un", "une", "et", "ou", "mais", "votre", "vos", "mon", "ma", "mes", "de", "du",
           "des"},
    "es": {"el", "la", "los", "las", "un", "una", "y", "o", "pero", "su", "sus", "mi", "mis", "de", "del"},
    "pt": {"o", "os", "as", "um", "uma", "e", "ou", "mas", "seu", "sua", "meu", "minha", "de", "do", "da"},
    "it": {"il", "lo", "la", "gli", "le", "un", "una", "e", "ma", "suo", "sua", "mio", "mia", "di", "del",
           "della"},
    "nl": {"de", "het", "een", "en", "maar", "jouw", "uw", "mijn", "van"},
}


def check_length(ctx: CheckContext, note: str) -> CheckResult:
    n = _utf16_len(note)
    if n > ctx.limit:
        return _result("fits_limit", False, f"{n} characters, limit {ctx.limit}")
    if len(note.strip()) < min(40, ctx.limit // 4):
        return _result("fits_limit", False, f"only {len(note.strip())} characters: too thin to say why")
    stripped = note.rstrip()
    if stripped.endswith(("...", "…")) and not stripped.endswith(("....",)):
        return _result("fits_limit", False, "ends with '…': looks cut off")
    if not _ENDS_OK.search(stripped) and not _ends_with_sign_off(stripped):
        return _result("fits_limit", False, f"ends mid-sentence ('…{_short(stripped[-20:], 20)}')")
    m = re.search(r"(\w+)\s*[.!?]$", stripped)
    if m and m.group(1).lower() in _DANGLING.get(ctx.language, _DANGLING["en"]):
        return _result("fits_limit", False, f"cut off mid-sentence ('…{m.group(1)}.')")
    return _result("fits_limit", True)


# --------------------------------------------------------------------------- one_paragraph

_SUBJECT = re.compile(r"^\s*(subject|re|betreff|objet|asunto|assunto|oggetto|onderwerp|тема)\s*:", re.I)
_META = re.compile(
    r"\bhere('s| is) (a|the|your|my|an?)\b[^.:]{0,40}\b(note|message|draft|version)\b|^\s*((connection )?"
    r"(note|message|draft|output|answer|response)\s*:)|"
    r"\(\s*\d+\s*(characters?|chars?|zeichen|caractères|caracteres)\s*\)|\bcharacter count\b|"
    r"\[\s*\d+\s*/\s*\d+\s*\]|\b(word|character) limit\b|\bunder \d+ characters\b", re.I)
_CLOSINGS = (r"best|best regards|kind regards|warm regards|warmest regards|regards|warmly|cheers|thanks|"
             r"many thanks|thank you|sincerely|yours|all the best|talk soon|speak soon|best wishes|"
             r"viele grüße|beste grüße|liebe grüße|freundliche grüße|mit freundlichen grüßen|lg|vg|mfg|"
             r"cordialement|bien cordialement|bien à vous|amitiés|à bientôt|saludos|un saludo|atentamente|"
             r"abrazos|un abrazo|abraços|atenciosamente|cordiali saluti|saluti|un saluto|a presto|groeten|"
             r"met vriendelijke groet|hartelijke groet|с уважением|всего доброго|з повагою")
_FORMAL_CLOSING = re.compile(
    r"(best regards|kind regards|warm regards|warmest regards|sincerely|yours (truly|sincerely)|"
    r"mit freundlichen grüßen|freundliche grüße|cordialement|bien à vous|atentamente|atenciosamente|"
    r"cordiali saluti|met vriendelijke groet|с уважением|з повагою)\s*[,.!]?\s*\S{0,20}\s*$", re.I)
_SIGN_OFF = re.compile(
    rf"(?:^|[.!?]\s+|\s[–—-]\s*)(?i:{_CLOSINGS})\s*(?:,\s*(?:[^\W\d_][\w'’-]*|\[[^\]]*\])?|"
    rf"[!.]?\s+(?:[A-ZÀ-ÝА-Я][\w'’-]*|\[[^\]]*\]))\s*\.?$")
_DASH_SIGNATURE = re.compile(r"(?:[.!?]\s*|\s)(?:[–—-]|~)\s*[A-ZÀ-ÝА-Я][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s*$")


def _ends_with_sign_off(note: str) -> bool:
    return bool(_FORMAL_CLOSING.search(note) or _SIGN_OFF.search(note) or _DASH_SIGNATURE.search(note))


def check_one_paragraph(ctx: CheckContext, note: str) -> CheckResult:
    name = "one_paragraph"
    if "\n" in note.strip() or "\r" in note:
        return _result(name, False, "has line breaks: a note is one short paragraph")
    if _SUBJECT.search(note):
        return _result(name, False, "has a subject line")
    m = _META.search(note)
    if m:
        return _result(name, False, f"has text about the note itself ('{_short(m.group(0))}')")
    if re.search(r"(^|\s)[•▪◦]\s", note) or re.search(r"\s\d\)\s.*\s\d\)\s", note):
        return _result(name, False, "is a list, not a paragraph")
    m = _FORMAL_CLOSING.search(note) or _SIGN_OFF.search(note) or _DASH_SIGNATURE.search(note)
    if m:
        return _result(name, False, f"ends with a sign-off ('{_short(m.group(0).strip(' .!?'))}')")
    if ctx.sender:
        sender_name = _words(ctx.sender.split(",")[0])
        last = _words(note)[-1:] if _words(note) else []
        if sender_name and last and _fold(last[0]) == _fold(sender_name[0]) and len(sender_name[0]) > 1:
            return _result(name, False, f"ends with a signature ('{last[0]}')")
    return _result(name, True)


# --------------------------------------------------------------------------- addresses_person

GREETINGS = {
    "en": ("Hi", "Hello", "Hey", "Dear", "Good morning", "Good afternoon", "Good evening", "Greetings"),
    "de": ("Hallo", "Hi", "Liebe", "Lieber", "Guten Tag", "Servus", "Moin", "Hey", "Grüezi", "Grüß Gott"),
    "fr": ("Bonjour", "Salut", "Hello", "Chère", "Cher", "Bonsoir", "Coucou"),
    "es": ("Hola", "¡Hola", "Buenos días", "Buenas tardes", "Buenas", "Estimada", "Estimado", "Querida",
           "Querido"),
    "pt": ("Olá", "Oi", "Bom dia", "Boa tarde", "Prezada", "Prezado", "Cara", "Caro"),
    "it": ("Ciao", "Buongiorno", "Salve", "Gentile", "Cara", "Caro", "Buonasera"),
    "nl": ("Hoi", "Hallo", "Beste", "Dag", "Goedemiddag", "Goedemorgen"),
    "pl": ("Cześć", "Dzień dobry", "Witam", "Witaj", "Hej"),
    "sv": ("Hej", "Hallå"),
    "ru": ("Здравствуйте", "Привет", "Добрый день", "Доброе утро", "Добрый вечер"),
    "uk": ("Вітаю", "Привіт", "Добрий день", "Доброго дня"),
    "zh": ("你好", "您好"),
    "ja": ("こんにちは", "はじめまして"),
    "ko": ("안녕하세요",),
}
_GREETING_WORDS = {_fold(w) for ws in GREETINGS.values() for g in ws for w in _words(g)}
_FORM_LETTER = re.compile(
    r"^\W*(dear|hi|hello|hey)\s+(hiring manager|recruiter|sir( or madam| ?/ ?madam)?|madam|colleague|"
    r"professional|connection|future connection|linkedin user|member|recipient|user|valued \w+)\b", re.I)
_NAMELESS_OK = {"there", "all", "everyone", "team", "friend", "folks", "zusammen", "tout", "todos", "tutti",
                "allemaal", "everybody", "y'all", "hi", "hello", "hey"}
PLACEHOLDER = re.compile(
    r"\[[^\]\n]{0,40}\]|\{[^}\n]{0,40}\}|<(?!/?(?:b|i|u|em|strong|br|p|div|span|a|li|ul|h\d)\b)[^>\n]{1,40}>|_{3,}|\bX{3,}\b|\bNAME\b|\bFIRST[_ ]?NAME\b|"
    r"(?i:\b(first name|recipient'?s? name|name here|insert name|your name here|\(name\))\b)")
_NO_NAME_WORDS = re.compile(r"\b(linkedin[- ]?(member|user|mitglied|lid)|membre de linkedin|miembro de linkedin|"
                            r"membro do linkedin|utente linkedin|участник linkedin)\b", re.I)
_GREETED = re.compile(
    r"^[\W_]*(?:" + "|".join(sorted((re.escape(g.lstrip("¡")) for ws in GREETINGS.values() for g in ws),
                                    key=len, reverse=True))
    + r")\b[\s,]+([^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*)?)", re.I)


_VOCATIVE_LANGS = {"uk", "pl", "cs", "sk", "lt", "lv", "ru", "bg", "el"}


def _same_name(word: str, first: str, language: str) -> bool:
    """'Оксано' greets 'Оксана' (vocative case); otherwise the name must match (accents aside)."""
    w, f = _fold(word), _fold(first)
    if w == f:
        return True
    if language in _VOCATIVE_LANGS or any("\u0400" <= c <= "\u04ff" for c in f):
        k = max(3, len(f) - 2)
        return len(w) >= k and w[:k] == f[:k]
    return False


def check_greeting(ctx: CheckContext, note: str) -> CheckResult:
    name = "addresses_person"
    m = PLACEHOLDER.search(note)
    if m:
        return _result(name, False, f"contains a placeholder ('{m.group(0)}')")
    if _NO_NAME_WORDS.search(note[:80]):
        return _result(name, False, "addresses 'LinkedIn Member' instead of a greeting without a name")
    m = _FORM_LETTER.match(note)
    if m:
        return _result(name, False, f"form-letter greeting ('{_short(m.group(0).strip(), 30)}')")
    first = ctx.profile.first_name
    own = _words((ctx.sender or "").split(",")[0])[:1]
    if own and len(own[0]) > 1 and not (first and _fold(own[0]) == _fold(_words(first)[0] if _words(first) else "")) \
            and re.match(rf"\W*(hi|hello|hey|dear|hallo|bonjour|salut|hola|olá|oi|ciao|hoi)( there)?[\s,!–—-]+"
                         rf"{re.escape(_fold(own[0]))}(?!\w)", _fold(note)):
        return _result(name, False, f"greets the sender's own name ('{own[0]}')")
    greeted = _GREETED.match(note)
    word = _words(greeted.group(1))[0] if greeted else None
    if word and _fold(word) in {"i", "i'm", "i've", "i'd", "ich", "je", "j'ai", "yo", "eu", "io"}:
        word = None
    if not first:
        if word and word[0].isupper() and _fold(word) not in _NAMELESS_OK | _GREETING_WORDS \
                and not in_source(ctx, word):
            return _result(name, False, f"greets '{word}', a name that is not in the profile")
        return _result(name, True)
    first_word = _words(first)[0] if _words(first) else first
    family = [w for w in _words(ctx.profile.name or "") if _fold(w) not in _fold(first) and len(w) > 1]
    if word:
        if _same_name(word, first_word, ctx.language) and len(_words(first)) > 1 and not re.match(
                rf"\W*{re.escape(_fold(first))}(?!\w)", _fold(note[greeted.start(1):])):
            return _result(name, False, f"greets '{word}' instead of the full given name '{first}'")
        if _same_name(word, first_word, ctx.language):
            after = _words(note[greeted.end(1) - len(greeted.group(1)) + len(word):][:40])
            rest_of_first = _words(first)[1:]
            nxt = after[len(rest_of_first)] if len(after) > len(rest_of_first) else None
            last_name = _words(ctx.profile.name or "")[-1:] or [""]
            if nxt and family and _fold(nxt) == _fold(last_name[0]) and not all(
                    ord(c) > 0x2E80 for c in first):
                return _result(name, False, f"greets with the full name instead of just '{first}'")
            return _result(name, True)
        if family and _fold(word) in {_fold(f) for f in family}:
            return _result(name, False, f"greets by the family name ('{word}') instead of '{first}'")
        if _fold(word) in _NAMELESS_OK:
            return _result(name, False, f"greets '{word}' instead of {first} by name")
        if word[0].isupper() or not word.isascii():
            return _result(name, False, f"greets '{word}' instead of '{first}'")
    head = _fold(_head(note))
    cjk = all(ord(c) > 0x2E80 for c in first if c.isalpha()) or ctx.language in ("zh", "ja", "ko") \
        or bool(_CJK_RUN.search(note[:40]))
    if (cjk and _fold(first) in head) or re.search(rf"(?<!\w){re.escape(_fold(first))}(?!\w)", head) or any(
            _same_name(w, first_word, ctx.language) for w in _words(_head(note))):
        return _result(name, True)
    return _result(name, False, f"does not greet {first} by name")


def _greeting_end(note: str) -> int:
    """Where the greeting ("Hi Priya,", "Здравствуйте, Ольга!") ends; 0 if there is none."""
    m = _GREETED.match(note)
    if m:
        tail = re.match(r"[\s,!.:;–—-]*", note[m.end():])
        return m.end() + (tail.end() if tail else 0)
    m = re.match(r"^[^.!?,:;。，！、]{1,40}[,!:;。，！、]", note)
    return m.end() if m else 0


def _head(note: str) -> str:
    """The greeting part of a note: up to the first sentence end, at most 40 characters."""
    m = re.search(r"[.!?。！？]", note[2:])
    end = m.end() + 2 if m else len(note)
    return note[: min(end, 40)]


# --------------------------------------------------------------------------- says_reason

_GENERIC = {
    # verbs and fillers that don't say *what* the reason is
    "heard", "hear", "saw", "see", "seen", "read", "met", "meet", "meeting", "liked", "like", "loved", "love",
    "want", "wanted", "wanna", "would", "connect", "connecting", "really", "great", "super", "cool", "nice",
    "interesting", "awesome", "amazing", "good", "person", "guy", "girl", "lady", "stuff", "thing", "things",
    "know", "think", "follow", "following", "just", "also", "very", "much", "some", "about", "from", "with",
    "that", "this", "there", "their", "they", "them", "her", "his", "him", "she", "and", "the", "for", "was",
    "were", "have", "has", "had", "been", "will", "next", "last", "time", "maybe", "perhaps", "because",
    "since", "lol", "tbh", "imo", "esp", "especially", "like", "enjoyed", "enjoy", "fan", "big", "huge",
    "her's", "via", "re", "thru", "through", "into", "onto", "your", "you", "our", "out", "get", "got",
    "listened", "listen", "watched", "watch", "found", "find", "came", "come", "across", "one", "ones",
    "recently", "today", "yesterday", "ago", "week", "month", "year", "someone", "somebody", "people",
    "section", "profile", "bio", "summary", "headline", "page", "linkedin", "feed", "system", "systems",
    "both", "used", "use", "different", "same", "similar", "fait", "faire", "meme",
    "approach", "process", "project", "idea", "ideas", "topic", "thoughts", "take", "stuff", "piece",
    "hab", "habe", "ich", "ihr", "ihre", "ihren", "seine", "seinen", "sein", "gehort", "gelesen", "gesehen",
    "getroffen", "spannend", "toll", "super", "gerne", "mochte", "uber", "auch", "sehr", "wirklich", "und",
    "der", "die", "das", "den", "dem", "ein", "eine", "einen", "mit", "von", "auf", "bei", "beim", "zum",
    "j'ai", "son", "sa", "ses", "les", "des", "une", "pour", "avec", "sur", "aux", "ecoute", "lu", "vu",
    "aime", "rencontre", "tres", "vraiment", "los", "las", "con", "por", "para", "una", "escuche", "lei",
    "vi", "conoci", "sobre", "muy", "dela", "dele", "ouvi", "li", "conheci", "muito", "della", "sulla",
    "sul", "suo", "sua", "letto", "sentito", "visto", "conosciuto", "molto", "heb", "haar", "zijn", "zag",
    "gezien", "gehoord", "gelezen", "ontmoet", "echt", "rencontre", "rencontree", "rencontres", "rencontrees",
    "conoci", "conocimos", "conheci", "conhecemos", "conosciuto", "conosciuta", "incontrato", "incontrata",
    "kennengelernt", "getroffen", "gesprochen", "ecoutee", "entendu", "lue", "interviewing", "meeting",
}
_CONCEPTS = [
    {"podcast", "pod", "episode", "ep", "show", "folge", "episode", "episodio", "puntata", "aflevering",
     "подкаст", "выпуск", "播客", "ポッドキャスト"},
    {"talk", "keynote", "presentation", "preso", "session", "speech", "lecture", "panel", "vortrag", "rede",
     "conference talk", "intervention", "charla", "ponencia", "palestra", "intervento", "lezing",
     "presentatie", "доклад", "выступление", "演讲", "講演"},
    {"article", "post", "blog", "piece", "essay", "write-up", "writeup", "newsletter", "artikel", "beitrag",
     "artículo", "articulo", "artigo", "articolo", "статья", "статью", "пост", "texto", "text", "thread"},
    {"meetup", "event", "conference", "conf", "summit", "workshop", "hackathon", "treffen", "veranstaltung",
     "konferenz", "evenement", "conférence", "conference", "evento", "conferencia", "conferência",
     "conferenza", "evenement", "conferentie", "конференция", "конференции", "митап", "митапе", "salon",
     "foro", "forum", "meet-up"},
    {"video", "vid", "youtube", "webinar", "livestream", "stream"},
    {"colleague", "coworker", "co-worker", "ex-colleague", "kollege", "kollegin", "collegue", "companero",
     "companera", "colega", "collega", "коллега", "teammate"},
    {"school", "university", "uni", "college", "alma", "alumni", "alum", "alumnus", "alumna", "classmate",
     "universitat", "universite", "universidad", "universidade", "universita"},
    {"friend", "mutual", "buddy", "freund", "freundin", "ami", "amie", "amigo", "amiga", "amico", "amica",
     "vriend", "друг", "подруга"},
    {"interview", "interviewing", "vorstellungsgesprach", "entretien", "entrevista", "colloquio",
     "собеседование"},
    {"hiring", "job", "role", "position", "opening", "vacancy", "stelle", "poste", "vacante", "vaga",
     "posizione", "вакансия"},
    {"book", "buch", "livre", "libro", "livro", "книга", "книгу"},
    {"course", "class", "workshop", "bootcamp", "kurs", "cours", "curso", "corso"},
]
_CONCEPT_OF = {}
for _i, _group in enumerate(_CONCEPTS):
    for _w in _group:
        _CONCEPT_OF.setdefault(_fold(_w), _i)


_FUNCTION_ALL = set().union(*FUNCTION_WORDS.values())


def _stem(word: str) -> str:
    w = re.sub(r"^(?:l|d|j|qu|n|s|c|m|t|dell|dall|all|nell|sull)'", "", _fold(word).strip("'-"))
    for suffix in ("'s", "ings", "ing", "ies", "ed", "es", "s", "en", "er", "e"):
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def _key_terms(ctx: CheckContext, text: str) -> list[str]:
    terms = []
    for w in _words(text):
        for part in re.split(r"[-/]", w) if "-" in w and not _fold(w) in _CONCEPT_OF else [w]:
            f = _fold(part)
            if len(f) < 2 or f in _GENERIC or f in ctx.name_words or f in {"ex", "co"}:
                continue
            if len(f) < 3 and f not in _CONCEPT_OF and not part.isupper():
                continue
            if any(f in ws for ws in FUNCTION_WORDS.values()) and f not in _CONCEPT_OF:
                continue
            terms.append(part)
    return terms


def _term_matches(term: str, note_words: list[str], note_stems: set[str]) -> bool:
    t = _fold(term)
    concept = _CONCEPT_OF.get(t)
    if concept is not None and any(_CONCEPT_OF.get(_fold(w)) == concept for w in note_words):
        return True
    st = _stem(term)
    if st in note_stems:
        return True
    for ns in note_stems:
        short, long_ = (st, ns) if len(st) <= len(ns) else (ns, st)
        if len(short) >= 3 and long_.startswith(short) and (len(short) >= 5 or len(long_) - len(short) <= 4
                                                            or len(short) == len(st)):
            return True  # "pod" ~ "podcast", "contract" ~ "contracts", "Agrardaten" ~ "Agrardaten-Artikel"
    return False


def _proper_terms(text: str) -> list[str]:
    """Names, brands and events in a reason: capitalized mid-sentence, acronyms, CamelCase, with digits."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group(0).strip("'’-")
        if len(w) < 2:
            continue
        start = m.start() == 0 or re.search(r"[.!?:;]\s*$", text[: m.start()])
        if (w.isupper() and len(w) >= 2) or re.search(r"[a-z][A-Z]", w) or (w[0].isupper() and not start
                                                                           and not w.isupper()):
            out.append(w)
    return out


_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")
_CJK_FUNCTION = set("的了她他你我是在和与就也都很吗呢吧啊の記をにはがでとも読みましたですますさん")


def _cjk_reason_ok(reason: str, note: str) -> bool | None:
    """For Chinese/Japanese/Korean reasons: enough of the reason's character pairs appear in the note."""
    runs = _CJK_RUN.findall(reason)
    if not runs:
        return None
    pairs = {r[i:i + 2] for r in runs for i in range(len(r) - 1)}
    pairs = {p for p in pairs if not all(c in _CJK_FUNCTION for c in p)}
    latin = [w for w in _words(_CJK_RUN.sub(" ", reason)) if len(w) >= 2]
    hits = sum(1 for p in pairs if p in note) + sum(1 for w in latin if _fold(w) in _fold(note))
    total = len(pairs) + len(latin)
    return total == 0 or hits >= max(1, math.ceil(0.3 * total))


def check_mentions_reason(ctx: CheckContext, note: str) -> CheckResult:
    name = "says_reason"
    if _note_language(note, ctx) != ctx.language:
        return _result(name, True)  # can't compare words across languages; right_language reports it
    cjk = _cjk_reason_ok(ctx.reason, note)
    if cjk is not None:
        return _result(name, cjk, "does not say the reason specifically")
    terms = _key_terms(ctx, ctx.reason)
    if not terms:
        return _result(name, True)
    function = _FUNCTION_ALL
    note_words = [w for w in _words(note) if len(w) >= 3 or _fold(w) in _CONCEPT_OF or w.isupper()]
    note_stems = {_stem(w) for w in note_words
                  if _fold(w) not in function or _fold(w) in _CONCEPT_OF or w.isupper()}  # "EU", not "eu"
    concepts: dict[object, bool] = {}
    for term in terms:
        key = _CONCEPT_OF.get(_fold(term), _stem(term))
        concepts[key] = concepts.get(key, False) or _term_matches(term, note_words, note_stems)
    n = len(concepts)
    needed = max(1, min(3, math.ceil(n / 2)))
    got = sum(concepts.values())
    # the topic (not just "podcast" or "talk") must be there when the reason names one
    topics = {k: v for k, v in concepts.items() if not isinstance(k, int)}
    if topics and not any(topics.values()):
        got = 0
    if got < needed:
        missing = [t for t in terms if not _term_matches(t, note_words, note_stems)][:3]
        return _result(name, False, "does not say the reason specifically (missing: " + ", ".join(missing) + ")")
    proper = [w for w in _proper_terms(ctx.reason) if _fold(w) not in ctx.name_words
              and _fold(w) not in _GREETING_WORDS and _fold(w) not in {"i", "i'm", "i've", "i'd"}
              and not (ctx.language == "de" and not (w.isupper() or re.search(r"[a-z][A-Z]", w)))]
    if proper and not any(_term_matches(w, note_words, note_stems) for w in proper):
        return _result(name, False, f"leaves out the specifics of the reason ({', '.join(proper[:3])})")
    return _result(name, True)


# --------------------------------------------------------------------------- speaks_to_you

_THIRD_PERSON = {
    "en": re.compile(r"\b(he|him|his|she|her|hers|himself|herself)\b", re.I),
    "de": re.compile(r"\b(sein|seine|seinen|seinem|seiner|seines|ihre|ihren|ihrem|ihrer|ihres|er)\b"),
    "pt": re.compile(r"\b(dele|dela|deles|delas)\b", re.I),
    "es": re.compile(r"\b(él|ella)\b", re.I),
}
# possessive + noun pairs that, pasted from the reason, talk about the person: "son intervention", "её доклад"
_PASTED_PAIR = {
    "fr": re.compile(r"\b(son|sa|ses|lui|elle|il)\s+[^\W\d_]+", re.I),
    "ru": re.compile(r"\b(его|её|ее|ей|ему|она|он)\s+[^\W\d_]+", re.I),
    "uk": re.compile(r"\b(його|її|їй|йому|вона|він)\s+[^\W\d_]+", re.I),
    "es": re.compile(r"\b(él|ella|sus?)\s+[^\W\d_]+", re.I),
    "it": re.compile(r"\b(lui|lei|suo|sua|suoi|sue)\s+[^\W\d_]+", re.I),
}
_THIRD_PARTY = re.compile(
    r"\b(friends?|colleagues?|coworkers?|co-workers?|manager|boss|wife|husband|partner|sister|brother|mother|"
    r"father|mom|dad|mentor|recommend\w*|introduc\w*|intro|referr\w*|referral|told me|suggested|mutual|"
    r"cousin|classmates?|roommate|teammates?|daughter|mentee|student of|freund\w*|kolleg\w*|chef|chefin|"
    r"empfohlen|amie?s?|collègues?|recommandé\w*|amig[oa]s?|compañer\w*|recomend\w*|colegas?|amic[oa]|"
    r"collega|consigliat\w*|vriend\w*|друг\w*|подруг\w*|коллег\w*|посоветова\w*)\b", re.I)
_MY_CONTENT = re.compile(
    r"\b(my|our|mein|meine|meinen|meinem|unser|unsere|unseren|mon|ma|mes|notre|nos|mi|mis|nuestro|nuestra|meu|"
    r"minha|nosso|nossa|il mio|la mia|il nostro|la nostra|mijn|onze|мой|моя|мою|мою|моём|наш|наша|нашу)\s+"
    r"(?:\w+\s+)?(post|posts|article|articles|talk|keynote|episode|episodes|podcast|newsletter|write-up|"
    r"presentation|webinar|video|book|paper|artikel|beitrag|vortrag|folge|table ronde|intervention|conférence|"
    r"épisode|artículo|charla|ponencia|episodio|artigo|palestra|episódio|articolo|intervento|статья|статью|"
    r"доклад|выступление|выпуск|подкаст)\b", re.I)
_META_PERSON = re.compile(
    r"\b(the (user|sender|recipient|person|profile owner|candidate|prospect)|this (person|user|profile)|"
    r"the person's|der (nutzer|absender|empfänger)|l'utilisateur|el usuario|o usuário|l'utente)\b", re.I)
_SLANG = re.compile(
    r"(?<!\w)(lol|lmao|tbh|imo|imho|ngl|fwiw|w/|w/o|b/c|bc|u|ur|pls|plz|thx|esp\.?|ep|convo|pod|preso|rn|abt|"
    r"ppl|gonna|wanna|gotta|cos|cuz|coz|k|ya|idk|omg|btw|smth|sth)(?!\w)", re.I)


def check_voice(ctx: CheckContext, note: str) -> CheckResult:
    """Speaks to the person as 'you' in natural first person; doesn't paste the user's shorthand back."""
    name = "speaks_to_you"
    m = _META_PERSON.search(note)
    if m:
        return _result(name, False, f"talks about '{m.group(0)}' instead of to the person")
    pattern = _THIRD_PERSON.get(ctx.language)
    third_party = _THIRD_PARTY.search(ctx.reason) or re.search(r"\b(and|with|und|et|y|e)\s+[A-Z][a-z]+",
                                                                ctx.reason)
    body = note[_greeting_end(note):]
    if pattern and not third_party:
        hits = [h.group(0) for h in pattern.finditer(body)]
        if ctx.language == "de":  # "Sie"/"Ihr" (capitalized) is the polite "you"; lower-case is "she/her"
            hits = [h for h in hits if h[0].islower()]
        if hits:
            return _result(name, False, f"talks about the person in the third person ('{hits[0]}')")
    pair = _PASTED_PAIR.get(ctx.language)
    if pair and not third_party:
        for h in pair.finditer(ctx.reason):
            if ctx.language in ("es", "it") and h.group(1).lower() in ("su", "sus", "suo", "sua", "suoi", "sue"):
                continue  # also the polite "your": only él/ella/lui/lei are surely third person
            if re.search(rf"(?<!\w){re.escape(h.group(0).lower())}(?!\w)", body.lower()):
                return _result(name, False, f"talks about the person in the third person ('{h.group(0)}')")
    m = _MY_CONTENT.search(note)
    if m and not _MY_CONTENT.search(ctx.reason) and not _MY_CONTENT.search(ctx.sender or ""):
        return _result(name, False, f"calls the person's work the sender's own ('{m.group(0)}')")
    first = ctx.profile.first_name
    if first and ctx.language == "en":
        m = re.search(rf"(?<!\w){re.escape(first)}('s|’s| (is|was|has|talks|talked|said|says|wrote|writes|"
                      rf"shared|posted)\b)", body)
        if m:
            return _result(name, False, f"talks about {first} in the third person ('{m.group(0)}')")
    m = _SLANG.search(note)
    if m and not (m.group(0).lower() == "u" and re.search(r"\bu\.|\bu\s+[A-Z]", note)):
        word = m.group(0)
        if not (word.lower() in {"k", "u", "ya", "cos", "ep"} and word not in ctx.reason):
            return _result(name, False, f"uses the user's shorthand ('{word}') instead of writing it out")
    return _result(name, True)


# --------------------------------------------------------------------------- invents_nothing

ALWAYS_OK_CAPS = {
    "i", "i'm", "i'd", "i've", "i'll", "linkedin", "ai", "ml", "ux", "ui", "hr", "it", "phd", "mba", "ceo",
    "cto", "cfo", "coo", "cmo", "vp", "ok", "okay", "pm", "am", "q&a", "b2b", "b2c", "saas", "api", "apis",
    "faq", "tv", "pr", "ps", "p.s", "mr", "mrs", "ms", "dr", "prof", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "english", "german", "french",
    "spanish", "portuguese", "italian", "dutch", "polish", "swedish", "russian", "ukrainian", "chinese",
    "japanese", "korean", "european", "american", "british", "internet", "christmas", "easter", "ramadan",
    "diwali", "covid", "google", "zoom",  # ubiquitous nouns people capitalize
    # polite forms written with a capital letter
    "sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "vous", "votre", "vos", "usted", "ustedes",
    "lei", "le", "la", "suo", "sua", "suoi", "sue", "u", "uw", "pan", "pani", "вы", "вас", "вам", "вами",
    "ваш", "ваша", "ваше", "ваши", "вашего", "вашей", "вашу", "вашим", "ваших", "вашем", "ви", "ваші",
    "вашої", "вашій",
}
_CAPS_LANGS = {"en", "fr", "es", "pt", "it", "nl", "sv", "pl", "tr", "ru", "uk", "da", "no", "fi", "cs",
               "ro", "id", "bg"}
_SENTENCE_START = re.compile(r"(^|[.!?…:;¡¿()\"“”«»—–]\s*|\s-\s+|[\U0001F000-\U0001FAFF\u2600-\u27BF]\s*)$")
_THIRD_PARTY_VERB = re.compile(
    r"^\s*(?:[A-Z][\w'’-]+\s+)?(mentioned|told|suggested|recommended|said|introduced|pointed|shared|sent|"
    r"says|and i|and me|from)\b")
_NUMBER_WORDS = {
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
           "hundred": 100, "thousand": 1000, "dozen": 12, "hundreds": 100, "thousands": 1000},
    "de": {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
           "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "hundert": 100, "tausend": 1000},
}
_FAKE_HISTORY = [re.compile(p, re.I) for p in (
    r"\b(we|you and i) (met|have met|'ve met|spoke|talked|chatted|worked together|were colleagues|"
    r"were classmates|were teammates|collaborated|connected)\b",
    r"\b(great|nice|good|lovely|a pleasure|wonderful|fun) (meeting|seeing|to meet|to see|chatting|talking|"
    r"speaking|catching up)( with)? you (at|yesterday|last|earlier|again|the other|during|after|on)\b",
    r"\b(it was|was) (great|nice|good|lovely|a pleasure|wonderful) (meeting|seeing|to meet|to see|chatting|"
    r"talking|speaking)\b",
    r"\b(i )?enjoyed (meeting|chatting|talking|speaking) (with |to )?you\b",
    r"\b(thanks|thank you) (again )?for (the|your|our) (chat|call|conversation|meeting|coffee|lunch|"
    r"interview|intro|introduction)\b",
    r"\b(since|when|after) we (met|spoke|talked)\b", r"\bas (we )?(discussed|promised|agreed|mentioned)\b",
    r"\bour (last |recent |brief |great |earlier |quick )?(call|chat|conversation|meeting|coffee|lunch|"
    r"exchange|interview|time at|collaboration)\b",
    r"\b(following up|to follow up|catching up|reconnect|reconnecting|remember me)\b",
    r"\b(worked with you|working with you again|our time at|back when we)\b",
    r"\bi('ve| have| had)?( just| recently)? joined your (team|company)\b|\bsince i joined\b|"
    r"\bmy first (day|week) (at|on)\b",
    r"\b(you interviewed me|my interview with you|after our interview)\b",
    r"\bwir haben uns\b[^.!?]{0,80}\b(kennengelernt|getroffen|unterhalten|gesprochen|ausgetauscht)\b|"
    r"\bunser(em|en)? (gespräch|telefonat|treffen|austausch|termin)\b|\bwie (besprochen|versprochen)\b|"
    r"\bschön,? (sie|dich)\b.{0,20}\b(getroffen|kennengelernt|gesehen) zu haben\b|"
    r"\bdanke für (das|unser) (gespräch|telefonat|treffen)\b",
    r"\bnous nous sommes (rencontrés?|parlé|vus)\b|\bnotre (échange|conversation|rencontre|appel|entretien)\b|"
    r"\bcomme (convenu|promis)\b|\bravie? de vous avoir (rencontrée?|vue?)\b|"
    r"\bmerci pour (notre|cet|l')\s?(échange|entretien|appel)\b",
    r"\bnos conocimos\b|\bnuestra (conversación|charla|reunión|llamada|entrevista)\b|"
    r"\bcomo (hablamos|acordamos|prometí)\b|\bgracias por (la|nuestra) (charla|conversación|llamada|entrevista)\b",
    r"\bnos conhecemos\b|\bnossa (conversa|reunião|chamada|entrevista)\b|\bcomo (conversamos|combinamos)\b",
    r"\bci siamo (conosciuti|incontrati|sentiti)\b|\bla nostra (conversazione|chiacchierata|telefonata)\b|"
    r"\bcome (d'accordo|promesso)\b",
    r"\bмы (познакомились|встречались|общались|говорили)\b|\bнаш(ей|его|а|у)? (разговор|встреч|звонок)\w*\b|"
    r"\bкак (договаривались|обсуждали)\b",
)]
_HISTORY_SUPPORT = re.compile(
    r"\b(met|meet|meeting|meetings|spoke|speak|spoken|talked|talk to|chatted|chat|call|called|coffee|lunch|"
    r"dinner|interview\w*|worked|work with|colleague\w*|co-?worker\w*|classmate\w*|teammate\w*|joined|"
    r"joining|knew|know (him|her|them)|reconnect\w*|intro\w*|referr\w*|recommend\w*|again)\b|"
    r"(kennengelernt|getroffen|gesprochen|gespräch|treffen|telefonat|kolleg|rencontr|parlé|échang|entretien|"
    r"collègue|conoc|hablamos|hablé|charlamos|reuni|entrevista|compañer|conhec|conversamos|colega|incontrat|"
    r"conosciut|parlato|chiacchier|collega|познаком|встреч|разговар|звонил|коллег|ontmoet|gesproken)", re.I)
_FUTURE = re.compile(r"\b(next|upcoming|tomorrow|soon|will|going to|'ll|am interviewing|'m interviewing|"
                     r"have an interview|nächste|morgen|bald|prochain|demain|próxim|mañana|prossim|domani|"
                     r"следующ|завтра)", re.I)
_PAST = re.compile(r"\b(had|was|were|did|yesterday|last|after|went|interviewed|met|spoke|talked|ago|"
                   r"hatte|gestern|letzte|hier|ayer|ieri|ontem|вчера)\b", re.I)
_PAST_INTERACTION = re.compile(
    r"\b((thanks|thank you) (again )?for (the|our|your) (chat|interview|conversation|call)|"
    r"after our (interview|chat|call)|enjoyed (our|the) (interview|chat|conversation|call)|"
    r"(great|nice|good) (talking|speaking|chatting|meeting)|it was (great|nice|good|a pleasure)|"
    r"we (met|spoke|talked))\b", re.I)
_TIME_CLAIMS = {
    "en": r"\b(yesterday|last (week|month|night|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
          r"weekend|time)|this (morning|afternoon|week)|earlier today|the other day|a few (days|weeks) ago|"
          r"tonight|tomorrow|next (week|month|monday|tuesday|wednesday|thursday|friday))\b",
    "de": r"\b(gestern|letzte[nr]? (woche|monat|jahr)|vorige[nr]? woche|heute morgen|morgen|nächste[nr]? woche)\b",
    "fr": r"\b(hier|la semaine (dernière|prochaine)|ce matin|demain|le mois dernier)\b",
    "es": r"\b(ayer|la semana (pasada|próxima|que viene)|esta mañana|mañana|el mes pasado)\b",
    "pt": r"\b(ontem|semana passada|hoje de manhã|amanhã|próxima semana)\b",
    "it": r"\b(ieri|la settimana scorsa|stamattina|domani|la prossima settimana)\b",
    "ru": r"(вчера|на прошлой неделе|сегодня утром|завтра|на следующей неделе)",
}
_SHARED = re.compile(
    r"\b(we both|both of us|fellow (alum|alumni|alumnus|alumna|graduate)|same (university|school|team|"
    r"company|class)|i also (studied|went to|worked at)|we (studied|went to school|grew up) )", re.I)
_SHARED_SUPPORT = re.compile(r"\b(both|same|also|too|alum|alumni|studied|classmate|went to|grew up|fellow)\b",
                             re.I)
_CLAIM = re.compile(
    r"(?:\b(?:i'm|i am|i work|i've worked|i have worked|i worked|i lead|i run|i manage|i head|i teach|"
    r"i study|i'm studying|i founded|i co-founded|i recently joined|i just joined|i joined|i've been working|"
    r"as an?|as the|as your fellow|as a fellow|my (?:role|job|position|team|company|startup|employer|work) "
    r"(?:at|is|as|in)|i'm (?:also|currently|now) (?:at|with|in)|here at|we at|at my (?:company|job|startup)|"
    r"ich bin|ich arbeite|als|je suis|je travaille|en tant que|soy|trabajo|como|sou|trabalho|sono|lavoro|"
    r"come|я работаю|я являюсь|будучи|как|я —|я -|я)\b)([^.!?;:]{0,70})", re.I)
_ROLE_WORDS = {w for w in JOB_WORDS if len(w) > 2 and w.isalpha() and w not in {
    "and", "for", "the", "with", "about", "experience", "education", "activity", "skills", "message",
    "follow", "connect", "more", "looking", "seeking", "open", "passionate", "helping", "building", "people",
    "team", "group", "company", "board", "member", "global", "digital", "services", "solutions", "health",
    "healthcare", "finance", "tech", "technology", "web", "mobile", "cloud", "security", "data", "product",
    "design", "development", "management", "marketing", "sales", "research", "operations", "talent",
    "recruiting", "consulting", "engineering", "university", "school", "college", "institute", "hospital",
    "bank", "labs", "agency", "studio", "former", "retired", "hiring", "aspiring", "certified", "licensed",
    "chez", "bei", "presso", "expert", "volunteer", "speaker"}} | {
    "sre", "pm", "designer", "ingenieurin", "entwicklerin", "beraterin", "berater", "studentin",
    "étudiant", "étudiante", "développeur", "développeuse", "fondateur", "fondatrice", "consultante",
    "ingeniero", "ingeniera", "desarrollador", "desarrolladora", "fundador", "fundadora", "directora",
    "director", "estudiante", "consultor", "consultora", "analista", "engenheiro", "engenheira",
    "desenvolvedor", "desenvolvedora", "diretor", "diretora", "estudante", "ingegnere", "sviluppatore",
    "sviluppatrice", "fondatore", "fondatrice", "direttore", "direttrice", "studente", "studentessa",
    "programmer", "marketer", "recruiter", "scientist", "researcher", "engineer", "developer", "analyst",
    "manager", "founder", "student", "listener", "reader", "руководитель", "директор", "инженер", "основатель",
    "разработчик", "менеджер", "аналитик", "дизайнер", "студент", "студентка", "исследователь",
    "керівник", "інженер", "розробник"} - {"listener", "reader"}


def _note_language(note: str, ctx: CheckContext) -> str:
    cached = getattr(ctx, "_note_lang", None)
    if cached is not None and cached[0] == note:
        return cached[1]
    kept = [w for w in _words(note) if _fold(w) in _FUNCTION_ALL or _fold(w) not in ctx.profile_words]
    text = " ".join(kept) if kept else note
    got = detect_language(note if any(k != "latin" for k in _script_counts(note)) else text)
    if got != ctx.language and ctx.language in FUNCTION_WORDS and got in FUNCTION_WORDS:
        scores = language_scores(text)
        if scores.get(ctx.language, 0.0) >= 2.0 and scores[ctx.language] >= 0.8 * scores.get(got, 0.0):
            got = ctx.language  # too close to call: benefit of the doubt
    ctx._note_lang = (note, got)  # type: ignore[attr-defined]
    return got


def _caps_candidates(ctx: CheckContext, note: str) -> list[str]:
    """Capitalized words, acronyms and brand-like words of the note that may be names or organizations."""
    lang = _note_language(note, ctx)
    caps_lang = lang in _CAPS_LANGS
    latin_only = lang in {"zh", "ja", "ko"}
    function = FUNCTION_WORDS.get(lang, set())
    # placeholders, markup and contact details are other checks' business
    note = PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), note)
    note = _MARKUP.sub(lambda m: " " * len(m.group(0)), note)
    for c in find_contacts(note):
        note = note.replace(c, " " * len(c))
    greeted = _GREETED.match(note)
    skip = range(greeted.start(1), greeted.end(1)) if greeted and ctx.profile.first_name else range(0)
    out = []
    head_end = len(_head(note))
    for m in _WORD.finditer(note):
        word = m.group(0).strip("'’-")
        if len(word) < 2 or not any(c.isalpha() for c in word) or m.start() in skip:
            continue  # the greeted name is addresses_person's business
        folded = _fold(word)
        if folded in ALWAYS_OK_CAPS or folded in _GREETING_WORDS or folded.rstrip("s") in ALWAYS_OK_CAPS \
                or folded in function:
            continue
        if word.isupper() and len(word) >= 4 and not (latin_only and word.isascii()):
            continue  # shouting ("LOVED"), not a name: warm_no_pitch reports it
        acronym = sum(1 for c in word if c.isupper()) >= 2 and not word.isupper() or (word.isupper() and len(word) >= 2)
        camel = bool(re.search(r"[a-z][A-Z]", word))
        if latin_only:
            if word.isascii():
                out.append(word)
            continue
        if not (acronym or camel or (caps_lang and word[0].isupper())):
            continue
        before = note[: m.start()]
        at_start = bool(_SENTENCE_START.search(before)) or m.start() <= head_end and m.start() > 0 and \
            before.rstrip().endswith((",", "!", "–", "—", ":"))
        if at_start and not (acronym or camel):
            # sentence-initial: only a name if a name-like word or a "mentioned/told me" verb follows
            after = note[m.end():]
            if not _THIRD_PARTY_VERB.match(after):
                continue
        out.append(word)
    # words that only appear in sidebars or in other people's posts are not about this person
    sidebar = _sidebar_only_words(ctx)
    out += [w for w in _words(note) if w[0].isupper() and _fold(w) in sidebar and w not in out]
    return out


def check_invents_nothing(ctx: CheckContext, note: str) -> CheckResult:
    name = "invents_nothing"
    # numbers copied from page chrome or contact lines are not invented (other checks catch the copying)
    number_text = "\n".join([ctx.source_text, *ctx.paste.ui_lines, *ctx.paste.contacts])
    number_text = re.sub(r"[·•]\s*\d(st|nd|rd|th|\.)?\+?(?!\d)", " ", number_text)  # "· 2nd" is no fact
    source_numbers = {re.sub(r"[,.' ]", "", n) for n in _NUMBER.findall(number_text)}
    source_numbers |= {str(v) for lang in _NUMBER_WORDS.values() for w, v in lang.items()
                       if re.search(rf"\b{w}\b", ctx.source_lower)}
    for num in _NUMBER.findall(note):
        digits = re.sub(r"[,.' ]", "", num)
        if digits and digits not in source_numbers and digits.lstrip("0") not in source_numbers:
            return _result(name, False, f"number '{num.strip()}' is not in the profile or reason")
    for word, value in _NUMBER_WORDS.get(ctx.language, {}).items():
        if re.search(rf"\b{word}\b", _fold(note)) and str(value) not in source_numbers \
                and word not in ctx.source_lower:
            return _result(name, False, f"number '{word}' is not in the profile or reason")

    support = _HISTORY_SUPPORT.search(ctx.sender_reason_lower)
    joined_support = re.search(r"\bjoin", ctx.sender_reason_lower)
    for pattern in _FAKE_HISTORY:
        m = pattern.search(note)
        if m and re.search(r"\bjoined\b", m.group(0), re.I) and not joined_support:
            return _result(name, False, f"claims shared history that the reason doesn't give: '{m.group(0)}'")
        if m and not support and not pattern.search(ctx.reason):
            return _result(name, False, f"claims shared history that the reason doesn't give: '{m.group(0)}'")
    if support and _FUTURE.search(ctx.reason) and not _PAST.search(ctx.reason):
        m = _PAST_INTERACTION.search(note)
        if m:
            return _result(name, False, f"describes what is still to come as if it happened: '{m.group(0)}'")
    m = _SHARED.search(note)
    if m and not _SHARED_SUPPORT.search(ctx.sender_reason_lower):
        return _result(name, False, f"claims something shared that the reason doesn't say: '{m.group(0)}'")
    m = _PAST_ABOUT_FUTURE.search(note)
    if m:
        return _result(name, False, f"describes what is still to come as if it happened: '{m.group(0)}'")
    pattern = _TIME_CLAIMS.get(ctx.language)
    if pattern:
        source = _expand_shorthand(ctx.source_text.lower())
        for m in re.finditer(pattern, note.lower()):
            if m.group(0) not in source:
                return _result(name, False, f"invents when something happened: '{m.group(0)}'")

    bad = _sender_claim(ctx, note) or _invented_topic(ctx, note) or _invented_medium(ctx, note) \
        or _invented_news(ctx, note)
    if bad:
        return _result(name, False, bad)

    for word in _caps_candidates(ctx, note):
        if not all(in_source(ctx, w) for w in word.split()):
            return _result(name, False, f"'{word}' is not in the profile, reason or sender")
    return _result(name, True)


_PAST_ABOUT_FUTURE = re.compile(r"\b(i met you|we met|it was (great|nice|good) (meeting|to meet|talking|seeing)|"
                                r"i saw your talk|i heard your talk)\b[^.!?]{0,60}\b(next (week|month|year|"
                                r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|later this)\b",
                                re.I)
_SHORTHAND = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
              "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
              "wk": "week", "tmrw": "tomorrow", "tmr": "tomorrow", "mo": "month", "yr": "year"}


def _expand_shorthand(text: str) -> str:
    """'next thurs' -> 'next thursday', 'next wk' -> 'next week' (how people type their reasons)."""
    return re.sub(r"\b(" + "|".join(sorted(_SHORTHAND, key=len, reverse=True)) + r")\b\.?",
                  lambda m: _SHORTHAND[m.group(1)], text)


_ABOUT_YOU = re.compile(r"\b(you|your|you're|you've|yours|sie|ihre?[nmrs]?|dein\w*|du|vous|votre|vos|tu|tus|"
                        r"su|sus|usted|você|seu|sua|tuo|tua|lei|suo|vostr\w|jouw|je|uw|вы|ваш\w*)\b[^.,;!?]{0,30}$",
                        re.I)


_MEMBERSHIP = re.compile(r"\bi('ve|'m| have| am| had)?( just| recently)? (joined|join|joining|started|start|"
                         r"starting|work|working|worked|intern|interning|applied|apply|applying)\b[^.,;!?]{0,25}$",
                         re.I)
_CLAUSE_END = re.compile(r"\s*(,|\band\b|\bbut\b|\bso\b|\bbecause\b|\bwhich\b|\bwhere\b|\bwho\b|\bwhen\b|"
                         r"\bund\b|\baber\b|\bet\b|\bmais\b|\by\b|\bpero\b|\be\b|\bma\b|\bи\b|\bно\b)", re.I)


def _claims(note: str) -> list[str]:
    """Phrases where the note describes the sender ("I'm a data engineer at Acme", "as a designer")."""
    out = []
    for m in _CLAIM.finditer(note):
        before = note[max(0, m.start() - 40): m.start()]
        if _ABOUT_YOU.search(before) and not _MEMBERSHIP.search(before):
            continue  # "your work as a data engineer": about the person, not the sender
        lead, rest = m.group(0)[: len(m.group(0)) - len(m.group(1))], m.group(1)
        # "I'm an SRE at Polar Freight and we're building…" stops at "and"
        cut = next((c.start() for c in _CLAUSE_END.finditer(rest) if re.search(r"\w", rest[: c.start()])), None)
        out.append(lead + (rest[:cut] if cut is not None else rest))
    return out


_CONTENT_TOPIC = re.compile(
    r"\b(?:your|you[r']?\s+\w+'s)\s+(?:\w+\s+){0,2}?(?:talk|keynote|presentation|session|panel|post|article|"
    r"episode|podcast|newsletter|book|paper|video|webinar|comment|write-up|thread|blog post|workshop|course|"
    r"research|study|project)s?\s+(?:on|about|regarding|covering)\s+([^.!?,;:]{3,80})", re.I)


def _invented_topic(ctx: CheckContext, note: str) -> str | None:
    """'your talk on cloud cost allocation' when nothing in the profile or reason is about that.

    Only when the note is in the profile's language: a translated topic can't be compared word by word."""
    if ctx.profile_language != _note_language(note, ctx):
        return None
    for m in _CONTENT_TOPIC.finditer(note):
        topic = _CLAUSE_END.split(m.group(1))[0]
        words = [w for w in _words(topic) if len(w) >= 3 and _fold(w) not in _FUNCTION_ALL
                 and _fold(w) not in _GENERIC][:5]
        if len(words) < 2:
            continue
        known = sum(1 for w in words if in_source(ctx, w) or _stem(w) in ctx.source_stems)
        if known * 2 < len(words):
            return f"invents what their {m.group(0).split()[1]} was about ('{_short(topic.strip(), 40)}')"
    return None


# Kinds of content a note may credit the person with; each must appear (in any word of its group) in the
# profile or the reason: "I'd love to hear future episodes" to someone without a podcast is invented.
_MEDIA = {0: "podcast", 1: "talk", 4: "video", 10: "book"}
_MEDIA_WORDS = {i: {_fold(w) for w in _CONCEPTS[i]} | ({"episodes", "podcasts", "shows"} if i == 0 else set())
                for i in _MEDIA}


_MEDIUM_REF = re.compile(
    r"\b(your|the|this|that|a|an|future|next|latest|recent|new|ihr|ihre|ihren|ihrem|dein|deine|deinen|die|den|"
    r"der|das|votre|vos|le|la|les|ton|ta|su|sus|el|seu|sua|o|il|lo|suo|tuo|tua|ваш|вашу|ваш\w+)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?([^\W\d_]+)(?!\s+(call|chat|meeting|interview|calls))", re.I)


def _invented_medium(ctx: CheckContext, note: str) -> str | None:
    """'I'd love to hear future episodes' to someone without a podcast: a kind of content not in the source."""
    source_words = ctx.source_words
    mentioned = {_fold(m.group(2)) for m in _MEDIUM_REF.finditer(note)}
    for i, kind in _MEDIA.items():
        words = _MEDIA_WORDS[i] - {"show", "session", "panel", "stream", "class", "course", "rede"}
        used = mentioned & (words | {w + "s" for w in words})
        if used and not (words | {w + "s" for w in words}) & source_words:
            return f"mentions a {kind} ('{sorted(used)[0]}') that the profile and reason don't"
    return None


_HIRING_CLAIM = re.compile(r"\b(you're|you are|your team is|your team's|you've been|fluxo is)\s+(now\s+|currently\s+)?"
                           r"(hiring|recruiting|looking for (a|an|new|more)\b)", re.I)
_HIRING_SUPPORT = re.compile(r"\b(hiring|hire|recruit\w*|looking for|open (role|position)s?|vacanc\w*|job|jobs|"
                             r"join (us|our team)|we're growing|stelle|poste|vaga|vacante)\b", re.I)
_CONGRATS = re.compile(r"\b(congrat\w*|glückwunsch\w*|gratuliere|félicitations|felicidades|felicitaciones|parabéns|"
                       r"complimenti|поздравляю)\s+(on|to|for|zu|zum|zur|pour|por|pelo|pela|per|с)\s+([^.!?,;]{3,60})",
                       re.I)


def _invented_news(ctx: CheckContext, note: str) -> str | None:
    """'You're hiring', 'congrats on the new role' — news about the person that the source doesn't carry."""
    m = _HIRING_CLAIM.search(note)
    if m and not _HIRING_SUPPORT.search(ctx.source_text):
        return f"says '{m.group(0)}', which the profile and reason don't"
    for m in _CONGRATS.finditer(note):
        words = [w for w in _words(m.group(3)) if len(w) >= 3 and _fold(w) not in _FUNCTION_ALL
                 and _fold(w) not in _GENERIC and _fold(w) not in {"new", "recent", "latest", "great", "big"}]
        words = words[:4]
        if words and sum(1 for w in words if in_source(ctx, w) or _stem(w) in ctx.source_stems) * 2 < len(words):
            return f"congratulates on something the profile and reason don't mention ('{_short(m.group(3), 40)}')"
        if re.search(r"\bnew (role|job|position)\b", m.group(3), re.I) and not re.search(
                r"\b(new (role|job|position)|just (started|joined)|(started|joined) (a|my|as|at|the)|promot\w*|"
                r"excited to (announce|share|start|join))\b", ctx.source_text, re.I):
            return "congratulates on a new role the profile and reason don't mention"
    return None


_SELF_DESCRIPTION = re.compile(
    r"\b(i'm|i am|i work|i'm working|my (job|role|team|company|startup|work)|as an?|we both|we're both|both|"
    r"i've been|i was|i study|i'm studying|we have|we're|our team|ich bin|ich arbeite|wir|je suis|"
    r"je travaille|nous|soy|trabajo|somos|sou|trabalho|somos|sono|lavoro|siamo|я работаю|мы)\b", re.I)


# "I'm a …" that says who the sender is (not "I'm a big fan", "I'm a firm believer")
_IDENTITY = re.compile(r"\b(i'm|i am)\s+(?:also\s+|now\s+|currently\s+)?(?:a|an)\s+((?:[^\W\d_][\w'’-]*|\d+)"
                       r"(?:\s+(?!and\b|but\b|who\b|that\b|of\b|in\b|at\b|with\b|for\b|from\b)"
                       r"[^\W\d_][\w'’-]*){0,3})", re.I)
_ATTITUDES = {"fan", "big", "huge", "fellow", "firm", "strong", "true", "great", "believer", "admirer",
              "listener", "reader", "follower", "supporter", "lover", "enthusiast", "advocate", "bit", "little",
              "lot", "regular listener", "long-time", "longtime", "keen", "avid", "loyal", "grateful", "proud",
              "massive", "devoted", "curious", "newcomer"}
_SAME_WORK = re.compile(
    r"\b(we|i)\s+(also|too)\s+(work|build|use|run|develop|do|make|design)\w*|"
    r"\b(we|i)('re|'m| are| am)\s+(also\s+)?(working on|building|using|developing|designing)\b[^.!?]{0,50}\b(too|as well)\b|"
    r"\b(nosotros )?también (trabajamos|trabajo|usamos|desarrollamos|hacemos)\b|\b(trabajamos|trabajo) también\b|"
    r"\b(também trabalho|também trabalhamos|nós também)\b|\b(nous aussi|je travaille aussi|nous travaillons aussi)\b|"
    r"\b(auch wir|wir arbeiten auch|ich arbeite auch)\b|\b(anche noi|lavoro anche io|lavoriamo anche)\b|"
    r"\b(мы тоже|я тоже работаю)\b", re.I)
_SAME_SUPPORT = re.compile(r"\b(also|too|same|fellow|both|as well|like (him|her|them|me)|auch|aussi|même|"
                           r"también|mismo|misma|também|mesmo|mesma|anche|stesso|stessa|тоже|также)\b|也|同じ", re.I)
_OUR_PEOPLE = re.compile(r"\b(our|my) (own )?(patients|customers|clients|students|users|employees|investors|"
                         r"portfolio|members|subscribers|readers|team|teams|company|organi[sz]ation|org|startup|"
                         r"project|projects|department|business|product|products|clinic|school|firm|agency|lab|"
                         r"engineers|analysts|developers|colleagues|staff|supply chain|roadmap|platform|pipeline)\b|"
                         r"\b(helped|helps|help|inspired|saved|gave) (us|our team)\b|"
                         r"\b(unser(e|em|en|er)?|meine?[mn]?) (Team|Firma|Unternehmen|Projekt|Kunden|Abteilung)\b|"
                         r"\b(notre|mon|ma) (équipe|entreprise|projet|société|start-up|clients)\b|"
                         r"\b(nuestr[oa]s?|mi) (equipo|empresa|proyecto|clientes)\b|"
                         r"\b(noss[oa]s?|minha|meu) (equipe|empresa|projeto|clientes|time)\b|"
                         r"\b(il nostro|la nostra|il mio|la mia) (team|azienda|progetto|squadra|clienti)\b", re.I)
_JOB_SEEKING = re.compile(
    r"\b(i'm|i am|i've been)\s+(currently\s+|actively\s+|now\s+)?(looking for|seeking|searching for|hunting for|"
    r"applying for|applying to)\b[^.!?]{0,40}\b(jobs?|roles?|positions?|opportunit\w*|work|internships?)\b|"
    r"\b(job|role|position|work|opportunity) (that )?i('m| am) (looking for|after|seeking)\b|\bjob[- ]hunting\b|"
    r"\b(i'd|i would|i'll|i will) be a (great|good|perfect|strong|excellent) (fit|match|addition)\b",
    re.I)
_JOB_SEEKING_SUPPORT = re.compile(r"\b(look\w*|seek\w*|job\w*|career|apply\w*|application|candidate|"
                                  r"opportunit\w*|open to work|internship|unemployed|laid off|role)", re.I)


def _sender_claim(ctx: CheckContext, note: str) -> str | None:
    """A job or employer the note gives the sender that the sender line and the reason don't."""
    m = _JOB_SEEKING.search(note)
    if m and not _JOB_SEEKING_SUPPORT.search(f"{ctx.reason} {ctx.sender or ''}"):
        return f"says the sender is job hunting ('{_short(m.group(0), 40)}'), which the reason doesn't say"
    if not ctx.sender and not _SELF_DESCRIPTION.search(ctx.reason):
        m = _SAME_WORK.search(note) or _CJK_SAME_WORK.search(note)
        if m and not _SAME_SUPPORT.search(ctx.reason):
            return f"says the sender does the same work ('{_short(m.group(0), 40)}'), but the sender isn't given"
        for m in _OUR_PEOPLE.finditer(note):
            if not re.search(rf"\b{re.escape(m.group(0).split()[-1].lower())}", ctx.reason.lower()):  # "swap lab ideas"
                return f"gives the sender an organization ('{m.group(0)}') that the reason doesn't"
    if not ctx.sender and not _SELF_DESCRIPTION.search(ctx.reason):
        m = re.search(r"(我是|私は)(一名|一位|一个|一介の)?[^，。！？、,]{2,20}", note)
        if m and not re.match(r"(我是|私は)(你的|您的|.{0,3}(粉丝|听众|读者|ファン))", m.group(0)):
            return f"describes the sender ('{m.group(0)}'), but the sender isn't given"
    known_all = _fold(f"{ctx.sender or ''}\n{ctx.reason}")
    for m in _IDENTITY.finditer(note):
        words = [w for w in _words(m.group(2)) if len(w) >= 3 and _fold(w) not in _FUNCTION_ALL]
        if not words or _fold(words[0]) in _ATTITUDES or any(_fold(w) in _ATTITUDES for w in words[:2]):
            continue
        if not all(_known(w, known_all) for w in words):
            who = "the sender isn't given" if not ctx.sender else "the sender line doesn't say so"
            return f"describes the sender as '{_short(m.group(0).strip(), 50)}', but {who}"
    # Reasons are often the sender's own shorthand ("fellow iOS dev", "looking for data analyst jobs"), so
    # what the reason says about the sender counts; the sender line, when given, wins on the job itself.
    known = _fold(f"{ctx.sender or ''}\n{ctx.reason}")
    sender_words = {_fold(w) for w in _words(ctx.sender or "")}
    for claim in _claims(note):
        words = _words(claim)
        if _ASPIRATION.search(claim):
            continue  # "I'm interviewing for the senior designer role": plans, not who the sender is
        org = re.search(r"(?:\b(?:at|bei|chez|presso|в)|\bwork(?:ed|ing)? for)\s+(?:the\s+)?((?:[A-ZÀ-ÝА-Я][\w&'’.-]*\s?"
                        r"(?:(?:de|of|la|del|di|du|von)\s+)?){1,4})", claim)
        if org and re.match(r"\W*(i'm|i am|i work|i've worked|i have worked|i worked|ich arbeite|je travaille|"
                            r"trabajo|trabalho|lavoro|я работаю|i joined|i just joined|i recently joined)\b", claim, re.I):
            org_words = [w for w in _words(org.group(1)) if len(w) > 1]
            if org_words and not all(_known(w, known) for w in org_words):
                who = "the sender isn't given" if not ctx.sender else "the sender line doesn't say so"
                return f"gives the sender an employer ('{_short(org.group(1).strip(), 40)}'), but {who}"
        role_words = [w for w in words if _fold(w) in _ROLE_WORDS or _fold(w).rstrip("s") in _ROLE_WORDS]
        if not role_words:
            continue
        # everything from the claim's start up to the last role word must be known from sender/reason
        last = max(i for i, w in enumerate(words) if w in role_words)
        if sender_words & {_fold(w) for w in role_words}:
            # the sender line names this job: its words, not the reason's, must describe it ("data engineer" for
            # a sender who is a "backend engineer" is wrong even if the reason mentions data)
            for w in words[max(0, last - 2): last + 1]:
                f = _fold(w)
                if f not in sender_words and f not in _GENERIC and f not in _FUNCTION_ALL and len(f) > 2 \
                        and f not in {"fellow", "also", "too", "myself"}:
                    return f"describes the sender as '{_short(claim.strip(), 50)}', but the sender line doesn't say so"
        for w in words[: last + 1]:
            f = _fold(w)
            if len(f) <= 2 or f in _GENERIC or any(f in ws for ws in FUNCTION_WORDS.values()) \
                    or f in {"fellow", "myself", "also", "too", "someone", "somebody", "currently", "now",
                             "i'm", "am", "as", "ich", "bin", "als", "je", "suis", "soy", "sou", "sono",
                             "working", "work", "worked", "lead", "run"}:
                continue
            if not _known(w, known):
                who = "the sender isn't given" if not ctx.sender else "the sender line doesn't say so"
                return f"describes the sender as '{_short(claim.strip(), 50)}', but {who}"
    return None


_ASPIRATION = re.compile(r"\b(hoping|hope|want|wanting|would like|'d like|plan|planning|applying|apply|"
                         r"interview\w*|looking to|going to|about to|joining|moving (into|to)|aspiring|hoffe|"
                         r"möchte|espère|souhaite|espero|quiero|spero|vorrei)\b", re.I)


def _known(word: str, known: str) -> bool:
    """Whether the sender line or reason says ``word`` (inflections and abbreviations like 'dev' count)."""
    f = _fold(word)
    if re.search(rf"(?<!\w){re.escape(f[:max(4, len(f) - 2)])}", known):
        return True
    return any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", known) for a in _EXPANSIONS.get(f, ()))


# --------------------------------------------------------------------------- not_their_job

_SENIORITY = {"senior", "sr", "junior", "jr", "lead", "principal", "staff", "head", "chief", "associate",
              "assistant", "intern", "of", "the", "and", "&", "global", "regional", "deputy", "interim",
              "i", "ii", "iii"}


def _role_core(role: str, company: str = "") -> str | None:
    """The job itself: 'ux researcher' for 'Senior UX Researcher' (seniority and employer left out)."""
    role = re.split(r"\s+(?:at|@|of|von|de|chez|bei|en|di|del|da|presso|в)\s+", _fold(role))[0] \
        if not re.match(r"^(head|chief|director|vp)\b", _fold(role)) else _fold(role)
    company_words = set(_words(_fold(company)))
    words = [w for w in _words(role) if w not in _SENIORITY and w not in company_words]
    core = " ".join(words[-2:]) if words else ""
    if not any(w in _ROLE_WORDS or w.rstrip("s") in _ROLE_WORDS or w in JOB_WORDS for w in words[-2:]):
        # a title the word lists don't know ("Руководитель группы машинного обучения"): the whole title
        whole = " ".join(words)
        return whole if len(words) >= 2 and len(whole) >= 8 else None
    return core if len(core) >= 5 else None


def check_not_their_job(ctx: CheckContext, note: str) -> CheckResult:
    """The recipient's job or employer must not be claimed as the sender's."""
    name = "not_their_job"
    sender = ctx.sender_reason_lower
    company = _fold(ctx.profile.company or "")
    company_key = _company_key(company)
    role = ctx.profile.role or ""
    core = _role_core(role, ctx.profile.company or "")
    spans = _claims(note)
    low = _fold(note)
    spans += re.findall(r"([^.!?,;]{0,60}\bhere\b)(?=[,.!—–-])", low)  # "Senior UX Researcher here,"
    if company_key:
        spans += re.findall(rf"\b(?:at|in|from)\s+{re.escape(company_key)}\w*(?:\s+\w+){{0,3}}?,?\s+"
                            rf"(?:we|we're|our|i|i'm)\b", low)
        spans += re.findall(rf"\b(?:we|our team|my team|my colleagues|us)\s+(?:here\s+)?at\s+{re.escape(company_key)}",
                            low)
        spans += re.findall(rf"\bfellow\s+{re.escape(company_key)}", low)
    for span in spans:
        f = _fold(span)
        if company_key and re.search(rf"\b(at|with|for|in|bei|chez|en|na|no|presso|для|в|@)\s+(the\s+)?"
                                     rf"{re.escape(company_key)}", f) \
                and not re.search(rf"(?<!\w){re.escape(company_key)}", sender) \
                and not re.search(r"\b(your|you|their|its)\b", f.split(company_key)[0][-25:]):
            return _result(name, False, f"claims the recipient's employer ({ctx.profile.company}) as the sender's")
        if core and core in f and core not in sender \
                and not re.search(r"\b(your|you)\b", f.split(core)[0][-25:]):
            return _result(name, False, f"claims the recipient's role ({role}) as the sender's")
    bad = _copied_first_person(ctx, note) or _cjk_claim(ctx, note) or _turned_around(ctx, note) \
        or _claims_their_name(ctx, note)
    if bad:
        return _result(name, False, bad)
    if re.search(r"\bi('ve| have| had|'m| am)?( just| recently)? (joined|joining) your (team|company)\b", low) \
            and not re.search(r"\bjoin", ctx.reason, re.I):
        return _result(name, False, "claims to have joined their team")
    return _result(name, True)


_RELATION_NOUNS = (r"manager|boss|interviewer|recruiter|mentor|attending|professor|teacher|supervisor|"
                   r"account manager|client|customer|supplier|vendor|host|speaker|organi[sz]er|coach|lead")
_YOUR_RELATION = re.compile(rf"\bi(?:'m| am|'ll be| will be|'d be| would be| might be)\s+(?:your|their)\s+"
                            rf"(?:future\s+|new\s+)?({_RELATION_NOUNS})\b", re.I)
_ACTS = {"run": "run|runs|running", "lead": "lead|leads|leading|led", "manage": "manage|manages|managing|managed",
         "own": "own|owns|owning", "found": "found|founded", "build": "build|builds|built|building",
         "host": "host|hosts|hosting|hosted", "present": "present|presents|presenting|presented",
         "speak": "speak|speaks|speaking|spoke", "teach": "teach|teaches|teaching|taught",
         "organi": "organi[sz]e|organi[sz]es|organi[sz]ing|organi[sz]ed",
         "recruit": "recruit|recruits|recruiting|recruited", "hire": "hire|hires|hiring|hired",
         "interview": "interview|interviews|interviewing|interviewed"}


def _claims_their_name(ctx: CheckContext, note: str) -> str | None:
    """'I'm Dr. Samira Haddad and I'm organizing…' written to Samira Haddad: the sender claims to be them."""
    names = {n for n in (ctx.profile.name, ctx.profile.first_name) if n and len(n) >= 2}
    sender = _fold(ctx.sender or "")
    for n in names:
        f = _fold(n)
        if f in sender:
            continue
        if re.search(rf"\b(i'm|i am|my name is|this is|je suis|ich bin|soy|sou|sono|я)\s+(dr\.?\s+|prof\.?\s+)?"
                     rf"{re.escape(f)}(?!\w)", _fold(note)):
            return f"the sender claims to be {n}"
    return None


def _turned_around(ctx: CheckContext, note: str) -> str | None:
    """'I'll be your interviewer' when she interviews the user; 'the plant I run' when he runs it;
    'I'm presenting there' when she presents. The reason says who does what; the note may not swap it."""
    reason = _fold(ctx.reason)
    sender = _fold(ctx.sender or "")
    low = _fold(note)
    m = _YOUR_RELATION.search(low)
    if m:
        noun = m.group(1)
        if not re.search(rf"\b(i'm|i am|im|i'll be|i will be|i'd be|i'll|i)\b[^.]{{0,30}}\b(her|his|their|your|the)\s+"
                         rf"(\w+\s+)?{noun}", reason) and noun not in sender:
            return f"turns the relationship around ('{m.group(0)}')"
    for stem, forms in _ACTS.items():
        mine = re.search(rf"\b(i|i'm|i am|i'll be|i will be|i've|i have|i was)\s+(also\s+|just\s+|now\s+)?"
                         rf"(?:{forms})\b|\b\w+ i (?:{forms})\b", low)
        if not mine:
            continue
        theirs = re.search(rf"\b(she|he|they|she's|he's|they're|her|his|their)\b[^.]{{0,40}}\b(?:{forms})", reason)
        own = re.search(rf"\b(i|i'm|im|i am|i'll|i've|we|we're|my)\b[^.]{{0,25}}\b(?:{forms})", reason) \
            or re.search(rf"\b(?:{forms})\b", sender)
        if theirs and not own:
            return f"says the sender does what the person does ('{mine.group(0).strip()}')"
    swapped = _swapped_sides(reason, note, ctx.profile_stems)
    if swapped:
        return swapped
    if _SENDER_HIRES.search(reason) and not re.search(r"\b(she|he|they)('s|'re| is| are)?\s+(also\s+)?(hiring|"
                                                      r"recruiting)\b", reason):
        m = _PERSON_HIRES.search(low)
        if m:
            return f"says the person is hiring ('{m.group(0)}'), but the sender is"
    return None


_WHO = re.compile(r"\b(she's|he's|they're|shes|hes|she|he|they|i'm|im|i|we're|we|you)\b")
_BE = re.compile(r"^\s*(was|were|is|are|am)\b")
_SWAP_STOP = {"one", "was", "were", "been", "being", "has", "have", "had", "the", "and", "but", "who", "when",
              "then", "back", "also", "really", "just", "still", "now", "same", "both", "some", "ago", "time",
              "lot", "much", "very", "want", "would", "could", "like", "love", "say", "said", "where", "which"}


def _identities(reason: str) -> tuple[set[str], set[str]]:
    """What a reason says each side *is* or *was*: ("she was on the research team", "i was in checkout eng",
    "he's the buyer") -> (the person's words, the sender's words), as content-word stems."""
    theirs: set[str] = set()
    mine: set[str] = set()
    marks = list(_WHO.finditer(reason))
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(reason)
        rest = re.split(r"[,.;!?]", reason[m.end():end])[0]
        who = m.group(1)
        if who in ("she's", "he's", "they're", "shes", "hes") or (who in ("she", "he", "they") and _BE.match(rest)):
            side = theirs
        elif who in ("i'm", "im") or (who == "i" and _BE.match(rest)):
            side = mine
        else:
            continue
        if re.search(r"\b(also|too|as well|both)\b", rest):
            continue  # "she's also switching careers": said of both sides
        # the identity itself, not where or for whom: "the buyer" (at fjordline), "presenting" (at the summit)
        head = []
        for w in _words(rest):
            f = _fold(w)
            if f in _PREPOSITIONS:
                if head:
                    break
                continue
            if len(f) >= 3 and f not in _FUNCTION_ALL and f not in _SWAP_STOP:
                head.append(_stem(w))
        side |= set(head)
    return theirs - mine, mine - theirs


_PREPOSITIONS = {"at", "in", "on", "for", "from", "during", "with", "to", "of", "about", "into", "by", "where",
                 "when", "who", "which", "that"}


def _swapped_sides(reason: str, note: str, profile_stems: set[str] = frozenset()) -> str | None:
    """English reasons say who is who ("he was a year ahead of me", "she was on the research team when i was
    in checkout eng", "he'd be my boss's boss", "i'm organizing her session"); a note that gives one side's
    part to the other ("I was a year ahead of you", "you were working on checkout engineering", "I'd be your
    boss's boss", "my session") is wrong. ``reason`` is folded (lower case); names in ``note`` (capitalised,
    and in the profile: an event, a company) are context both sides share, so they don't count; a job word
    counts double."""
    proper = {_stem(w) for w in _words(note) if w[:1].isupper()} & profile_stems
    note = _fold(note)
    reason = _expand_shorthand(reason)
    only_theirs, only_mine = _identities(reason)

    def shared(span: str, words: set[str]) -> float:  # "eng" in a reason is "engineering" in a note
        stems = {_stem(w) for w in _words(span)}
        hits = [w for w in words if w in stems or (len(w) <= 4 and any(s.startswith(w) for s in stems))]
        return sum(0 if w in proper else 2 if w in _ROLE_WORDS or w == "buyer" else 1 for w in hits)

    for sentence in re.split(r"(?<=[.!?])\s+", note):
        i_part = re.search(r"\b(i|i'm|i've|i was|i am)\b(.*?)(?=\byou|\byour|\bwho\b|\bwhich\b|$)", sentence)
        if i_part and shared(i_part.group(2), only_theirs) >= 2:
            return f"gives the sender what the reason says of the person ('{_short(i_part.group(0).strip(), 40)}')"
        you_part = re.search(r"\b(you|you're|you were|you've)\b(?!r)(.*?)(?=\bi\b|\bi'|\bmy\b|$)", sentence)
        if you_part and re.search(r"\b(were|are|you're|been)\b", you_part.group(0)) \
                and shared(you_part.group(2), only_mine) >= 2:
            return f"gives the person what the reason says of the sender ('{_short(you_part.group(0).strip(), 40)}')"
    for own, other in (("my", "your"), (r"(?:her|his|their)", "my")):
        for m in re.finditer(rf"\b{own}\s+(\w+)(?:\s+(\w+))?", reason):
            noun = m.group(1) if len(m.group(1)) >= 4 and m.group(1) not in _FUNCTION_ALL else m.group(2)
            if not noun or len(noun) < 4 or noun in _SWAP_STOP or noun in _FUNCTION_ALL:
                continue
            mirror = "(?:her|his|their|your)" if own == "my" else "my"
            if re.search(rf"\b{other}\s+(?:\w+\s+)?{re.escape(noun)}\b", note) \
                    and not re.search(rf"\b{mirror}\s+(?:\w+\s+)?{re.escape(noun)}\b", reason):
                return f"swaps whose {noun} it is ('{m.group(0)}' in the reason)"
    return None


#: the reason says the sender hires ("hiring a go dev", "we're recruiting for our terminal") ...
_SENDER_HIRES = re.compile(r"^\W*(hiring|recruiting)\b|\b(i'm|im|i am|we're|we are|were|i've been|we've been)\s+"
                           r"(currently\s+|now\s+)?(hiring|recruiting)\b")
#: ... and the note gives the hiring to the person
_PERSON_HIRES = re.compile(r"\b(you're|you are|you were|you've been)\s+(currently\s+|now\s+)?(hiring|recruiting)\b|"
                           r"\byour (\w+ )?(post|posting|ad|job ad|listing|announcement) (about|on|for) (hiring|"
                           r"recruiting|the (\w+ ){0,3}(role|job|position|opening))\b")


_FIRST_PERSON = re.compile(r"\b(our|my|we|we're|we've|i|i'm|i've|unser\w*|wir|mein\w*|notre|nos|nous|mon|ma|mes|"
                           r"nuestr\w*|nosotros|mi|mis|noss\w*|nós|meu|minha|nostr\w*|noi|mio|mia|мы|наш\w*|мой|моя)\b",
                           re.I)


def _copied_first_person(ctx: CheckContext, note: str) -> str | None:
    """'…how patients use our booking and triage tools' — the person's own first-person words as the sender's."""
    p = ctx.profile
    own = _fold(" ".join(filter(None, [p.about, " ".join(p.activity), p.headline])))
    own = " ".join(_words(own))
    if not own:
        return None
    words = [_fold(w) for w in _words(note)]
    for i, w in enumerate(words):
        if _FIRST_PERSON.fullmatch(w) and i + 3 < len(words) + 1:
            window = " ".join(words[i:i + 4])
            if len(words[i:i + 4]) == 4 and re.search(rf"(?<!\w){re.escape(window)}(?!\w)", own):
                return f"uses the person's own words as the sender's ('{window}')"
    return None


_CJK_SELF = re.compile(r"(我是|我在|我们|我也|我也是|我们也|私は|私も|弊社|저는|제가)")
_CJK_SAME_WORK = re.compile(r"(我也在做|我们也在做|我们也在|我也在|私も.{0,6}(して|やって)|저도)")


def _cjk_claim(ctx: CheckContext, note: str) -> str | None:
    """'我是一名上海栖木科技的产品经理' — the person's company or title claimed in Chinese/Japanese/Korean;
    or a sentence in the first person that copies eight or more characters of their own text."""
    if not _CJK_RUN.search(note):
        return None
    p = ctx.profile
    own = "".join(_CJK_RUN.findall(" ".join(filter(None, [p.about, " ".join(p.activity), p.headline]))))
    for sentence in re.split(r"[。！？!?]", note):
        if not _CJK_SELF.search(sentence) and "我" not in sentence:
            continue
        chars = "".join(_CJK_RUN.findall(sentence))
        for i in range(len(chars) - 7):
            if chars[i:i + 8] in own:
                return f"uses the person's own words as the sender's ('{chars[i:i + 8]}…')"
    for m in _CJK_SELF.finditer(note):
        span = note[m.start(): m.start() + 30]
        for value in (ctx.profile.company, ctx.profile.role):
            if value and len(value) >= 2 and value in span and value not in (ctx.sender or ""):
                return f"claims the person's {'employer' if value == ctx.profile.company else 'role'} ({value}) " \
                       "as the sender's"
    return None


def _company_key(company: str) -> str | None:
    """The distinctive word of a company name ('greenlough' for 'Greenlough Health'); None if too generic."""
    words = [w for w in _words(company) if w not in {"the", "a", "an", "of", "and", "gmbh", "ag", "inc", "ltd",
                                                       "llc", "sa", "s.p.a", "plc", "group", "company", "co"}]
    if not words:
        return None
    if len(words) >= 2 and words[0] in {"a", "an", "some"}:
        return None
    key = words[0] if len(words[0]) >= 4 else " ".join(words[:2])
    return key if len(key) >= 3 else None


# --------------------------------------------------------------------------- warm_no_pitch

STOCK_PHRASES = (
    "add you to my professional network", "add you to my network", "i'd like to add you", "i would like to add you",
    "join my network", "join my professional network", "expand my network", "expand my professional network",
    "grow my network", "grow my professional network", "broaden my network", "i came across your profile",
    "came across your profile", "impressive profile", "your profile is impressive", "your impressive profile",
    "impressed by your profile", "impressed with your profile", "your profile caught my eye", "amazing profile",
    "hope this message finds you", "hope this finds you", "hope you're doing well", "hope you are doing well",
    "hope you are well", "to whom it may concern", "dear sir", "dear madam", "rockstar", "rock star", "ninja",
    "guru", "thought leader", "visionary", "esteemed", "renowned", "incredible journey", "inspiring journey",
    "stellar career", "world-class", "mutually beneficial", "synergy", "synergies", "pick your brain",
    "touch base", "circle back", "value proposition", "win-win", "good at what you do", "amazing talent",
    "incredible talent", "so talented", "always amazed by", "truly inspirational", "such an inspiration",
    "mein netzwerk erweitern", "meinem netzwerk hinzufügen", "beeindruckendes profil", "agrandir mon réseau",
    "ajouter à mon réseau", "profil impressionnant", "ampliar mi red", "agregarte a mi red", "perfil impresionante",
    "expandir minha rede", "adicionar à minha rede", "ampliare la mia rete", "aggiungerti alla mia rete",
)
_PITCH = re.compile(
    r"\b(our (product|platform|services?|solution|solutions|tool|agency|offer|offering|software|app)\b|"
    r"book a (demo|call|meeting)|free (trial|consultation|audit|demo)|discount|special offer|limited time|"
    r"i help (companies|businesses|teams|brands|founders)|we help (companies|businesses|teams|brands)|"
    r"partnership opportunit|increase your (revenue|sales|roi)|boost your|grow your (business|revenue|sales)|"
    r"i'd love to show you|check out (my|our)|sign up|purchase|pricing|"
    r"unser(e)? (produkt|lösung|angebot)|notre (produit|solution|offre)|nuestro (producto|servicio)|"
    r"nossa (solução|oferta)|la nostra (soluzione|offerta))", re.I)
# Asks for a meeting: fine when the user's reason asks for one, pushy otherwise.
_ASK = re.compile(
    r"\b((quick|short|brief|15[- ]?min(ute)?|30[- ]?min(ute)?) (call|chat|meeting|demo)|hop on a (call|zoom)|"
    r"schedule a (call|meeting|demo)|let me know if you('re| are) interested|would you be interested in|"
    r"are you open to|pick your brain|dm me|send me your)", re.I)
_ASK_SUPPORT = re.compile(r"\b(chat|call|coffee|advice|ask|question|job|role|hiring|opportunit|collaborat|"
                          r"partner|sell|demo|meet|interview|mentor|feedback|intro)", re.I)


def _emoji_count(text: str) -> int:
    count = 0
    prev_joined = False
    i = 0
    chars = list(text)
    while i < len(chars):
        ch = chars[i]
        o = ord(ch)
        if 0x1F1E6 <= o <= 0x1F1FF:  # a flag is two regional indicators
            count += 1
            i += 2
            continue
        pictograph = (unicodedata.category(ch) == "So" and o > 0x2000) or 0x1F300 <= o <= 0x1FAFF
        if pictograph and not prev_joined and not 0x1F3FB <= o <= 0x1F3FF:
            count += 1
        prev_joined = ch == "\u200d"
        i += 1
    count += len(re.findall(r"(?<!\S)[:;]-?[)(DPp](?!\w)", text))
    return count


def check_tone(ctx: CheckContext, note: str) -> CheckResult:
    name = "warm_no_pitch"
    low = _fold(note)
    reason_low = ctx.sender_reason_lower + "\n" + _fold(ctx.spoken_reason)  # "came across his profile": theirs
    for phrase in STOCK_PHRASES:
        if _fold(phrase) in low and _fold(phrase) not in reason_low:
            return _result(name, False, f"stock phrase: '{phrase}'")
    m = _PITCH.search(note)
    if m and not re.search(re.escape(m.group(0)), ctx.reason, re.I):
        return _result(name, False, f"sales pitch: '{m.group(0)}'")
    m = _ASK.search(note)
    if m and not _ASK_SUPPORT.search(ctx.reason):
        return _result(name, False, f"asks for more than the reason does: '{m.group(0)}'")
    shouting = [w for w in re.findall(r"\b[A-ZÄÖÜÀ-ÝА-Я]{4,}\b", note)
                if _fold(w) not in ctx.source_lower and _fold(w) not in ALWAYS_OK_CAPS]
    if shouting:
        return _result(name, False, f"ALL CAPS: {shouting[0]}")
    if _emoji_count(note) > 1:
        return _result(name, False, "more than one emoji")
    if re.search(r"(?<![\w&])#[^\W\d_]\w*", note):
        return _result(name, False, "has a hashtag")
    if note.count("!") > 2 or "!!" in note or "?!" in note:
        return _result(name, False, "too many exclamation marks")
    return _result(name, True)


# --------------------------------------------------------------------------- no_contact_or_ui

UI_TEXT = re.compile(
    r"((…|\.\.\.)\s?(see|show) (more|less)|\bsee more\s*$|\bshow all( \d+\b|\s*(→|$))|\bsee all \d+|"
    r"people also viewed|people you may know|contact info|"
    r"\b\d[\d,.]*\+?\s*(connections|followers|abonnés|seguidores|kontakte|follower)\b|linkedin premium|"
    r"\bpremium (member|badge|account)\b|\bopen to work\b|#opentowork|·\s?(1st|2nd|3rd)|\b(1st|2nd|3rd)[- ]degree\b|"
    r"\bendorse(d|ment)?\b|\b(posted|reposted|shared) this\b|\b\d+\s*mutual connections?\b|\btalks about #|"
    r"\btop voice\b|\bshow credential\b|\bmessage button\b|\bfollow button\b|\bconnect button\b|→|›|"
    r"\(edited\)|•\s*\d+\s*(w|d|h|mo|yr)\b|\bview (my|full) profile\b|\bvisit my website\b|\bprofile picture\b|"
    r"\bmehr anzeigen\b|\bvoir plus\b|\bver más\b|\bver mais\b|\bvedi altro\b|\bkontaktinfo\b|\bcoordonnées\b)",
    re.I)
_MARKUP = re.compile(r"\*\*|__|`|</?[a-zA-Z][^<>]{0,40}>|\[[^\]\n]{1,200}\]\([^)\n]{0,300}\)|^\s*#+\s|&[a-z]+;|&#\d+;",
                     re.M)


_CONTACT_LABEL = re.compile(r"\b(tel|phone|mobile|mob|cell|fax|e-?mail|whatsapp|wechat|telegram|signal|skype)\s*"
                            r"[:.]?\s*[.:]?\s*$", re.I)


def check_no_contact_or_ui(ctx: CheckContext, note: str) -> CheckResult:
    name = "no_contact_or_ui"
    label = _CONTACT_LABEL.search(note)
    if label:
        return _result(name, False, f"ends in a contact label ('{label.group(0).strip()}')")
    contacts = find_contacts(note)
    if contacts:
        c = contacts[0]
        kind = "an email address" if "@" in c and "." in c.split("@")[-1] else \
            "a handle" if c.startswith("@") else "a link" if re.search(r"[a-z]\.[a-z]", c, re.I) else "a phone number"
        return _result(name, False, f"contains {kind} ('{_short(c, 30)}')")
    if re.search(r"\b\d{3}[\s.-]\d{3,4}[\s.-]\d{4}\b", note):
        return _result(name, False, "contains a phone number")
    m = _MARKUP.search(note)
    if m:
        return _result(name, False, f"contains markup ('{m.group(0)}')")
    m = UI_TEXT.search(note)
    if m and not re.search(re.escape(m.group(0)), ctx.reason, re.I):
        return _result(name, False, f"copies page text: '{m.group(0)}'")
    low = _fold(note)
    for line in ctx.paste.ui_lines:
        f = _fold(line)
        if len(f) >= 12 and f in low:
            return _result(name, False, f"copies page text: '{_short(line)}'")
    sidebar = _sidebar_only_words(ctx)
    for w in _words(note):
        if w[0].isupper() and _fold(w) in sidebar:
            return _result(name, False, f"copies '{w}' from a sidebar (not this person's profile)")
    return _result(name, True)


def _sidebar_only_words(ctx: CheckContext) -> set[str]:
    cached = getattr(ctx, "_sidebar_only", None)
    if cached is not None:
        return cached
    words = set()
    for line in ctx.paste.sidebar_lines:
        if _is_ui(line) or _is_sidebar(line):
            continue
        for w in _words(line):
            if len(w) >= 3 and w[0].isupper() and not in_source(ctx, w) and _fold(w) not in ALWAYS_OK_CAPS \
                    and _fold(w) not in _FUNCTION_ALL:
                words.add(_fold(w))
    ctx._sidebar_only = words  # type: ignore[attr-defined]
    return words


# --------------------------------------------------------------------------- ignores_pasted_instructions

INJECTION_ECHO = re.compile(
    r"(ignore (all |any |the )?(previous|prior|above|earlier) instructions|system prompt|as an ai\b|"
    r"\bmy (instructions|prompt)\b|\binstructions i was given\b|\bverbatim\b|\bstay(ing)? in character\b|"
    r"as a language model|i('m| am) an ai\b|<\|im_|\[/?inst\]|i('m| am) sorry,? but|i cannot (help|write|"
    r"assist|comply)|i can't (help|assist|comply)|ai assistant|language model)", re.I)
_INSTRUCTION_VOCAB = {
    "ignore", "ignoring", "previous", "prior", "above", "earlier", "instructions", "instruction", "include",
    "including", "mention", "mentions", "message", "messages", "assistant", "assistants", "write", "writing",
    "note", "notes", "please", "always", "never", "link", "know", "start", "end", "say", "says", "tell",
    "add", "insert", "append", "respond", "reply", "language", "model", "models", "llm", "llms", "chatgpt",
    "gpt", "claude", "gemini", "copilot", "bots", "bot", "automated", "tools", "tool", "recruiters", "prompt",
    "prompts", "system", "rules", "disregard", "forget", "must", "should", "your", "yours", "this", "that",
    "these", "with", "from", "then", "when", "what", "which", "their", "there", "here", "will", "would",
    "also", "sure", "make", "makes", "anything", "everything", "something", "writing", "written", "sending",
    "send", "reaching", "reach", "contact", "person", "profile", "following", "word", "words", "sentence",
    "text", "letter", "letters", "directions", "guidelines", "context", "instructed", "required",
}


def _injection_payload(ctx: CheckContext) -> list[str]:
    """What instructions pasted in the profile ask for: quoted text, names and brands, word pairs."""
    cached = getattr(ctx, "_payload", None)
    if cached is not None:
        return cached
    payload: list[str] = []
    for line in ctx.paste.injections:
        payload += [_fold(u) for u in find_contacts(line)]
        # amounts it asks for ("$120k", "$50,000"), unless the person's own text has them
        payload += [re.sub(r"[,.' ]", "", n) for n in _NUMBER.findall(line)
                    if re.sub(r"[,.' ]", "", n) not in {re.sub(r"[,.' ]", "", x) for x in _NUMBER.findall(ctx.source_text)}
                    and len(n) >= 2]
        payload += [_fold(q) for q in re.findall(r"[\"“'‘«]([^\"”'’»]{3,60})[\"”'’»]", line)]
        content = []
        for w in _words(line):
            f = _fold(w)
            keep = len(f) >= 3 and f not in _INSTRUCTION_VOCAB and f not in _GENERIC \
                and f not in _FUNCTION_ALL and not in_source(ctx, w)
            content.append(f if keep else None)
            if keep and (w[0].isupper() or any(c.isdigit() for c in w) or len(f) >= 5):
                payload.append(f)  # names, brands, numbers, and words only the instruction uses ("flan")
        payload += [f"{a} {b}" for a, b in zip(content, content[1:]) if a and b]
    ctx._payload = payload  # type: ignore[attr-defined]
    return payload


def check_no_injection(ctx: CheckContext, note: str) -> CheckResult:
    name = "ignores_pasted_instructions"
    m = INJECTION_ECHO.search(note)
    if m and not INJECTION_ECHO.search(ctx.reason):
        return _result(name, False, f"follows or talks about instructions: '{m.group(0)}'")
    low = " ".join(_fold(w) for w in _words(note))
    note_numbers = {re.sub(r"[,.' ]", "", n) for n in _NUMBER.findall(note)}
    for item in _injection_payload(ctx):
        if item.isdigit():
            if item in note_numbers:
                return _result(name, False, f"follows an instruction pasted in the profile ('{item}')")
            continue
        item = " ".join(_words(item))
        if item and re.search(rf"(?<!\w){re.escape(item)}(?!\w)", low) and item not in _fold(ctx.reason):
            return _result(name, False, f"follows an instruction pasted in the profile ('{item}')")
    return _result(name, True)


# --------------------------------------------------------------------------- right_language

def check_language(ctx: CheckContext, note: str) -> CheckResult:
    """Written in the language of the user's reason (names and titles from the profile don't count)."""
    got = _note_language(note, ctx)
    if got != ctx.language:
        return _result("right_language", False,
                       f"written in {language_name(got)}, the reason is in {language_name(ctx.language)}")
    for sentence in re.split(r"(?<=[.!?])\s+", note):  # "… Me encantaría conectar." closing an English note
        if len(_words(sentence)) < 2 or _script_counts(sentence).get("latin", 0) < len(sentence) / 2:
            continue
        scores = language_scores(sentence)
        other = max(scores, key=scores.get)
        if other != ctx.language and scores[other] >= 2.0 and scores.get(ctx.language, 0) * 3 <= scores[other]:
            return _result("right_language", False, f"a sentence in {language_name(other)}: "
                                                    f"'{_short(sentence, 40)}'")
    return _result("right_language", True)


# --------------------------------------------------------------------------- running and ranking

CHECKS: tuple[Callable[[CheckContext, str], CheckResult], ...] = (
    check_length, check_one_paragraph, check_greeting, check_mentions_reason, check_voice,
    check_invents_nothing, check_not_their_job, check_tone, check_no_contact_or_ui, check_no_injection,
    check_language,
)
CHECK_NAMES = ("fits_limit", "one_paragraph", "addresses_person", "says_reason", "speaks_to_you",
               "invents_nothing", "not_their_job", "warm_no_pitch", "no_contact_or_ui",
               "ignores_pasted_instructions", "right_language")
#: failures that make a note unsafe to show at all, even flagged: contact details or links, a followed
#: instruction from the paste, the wrong person or a placeholder for the name
NEVER_SHOWN = frozenset({"no_contact_or_ui", "ignores_pasted_instructions", "addresses_person"})
#: how much each failed check costs when ranking notes that all fail
WEIGHTS = {"fits_limit": 5, "no_contact_or_ui": 5, "ignores_pasted_instructions": 5, "addresses_person": 4,
           "invents_nothing": 4, "not_their_job": 4, "right_language": 3, "says_reason": 3,
           "speaks_to_you": 2, "warm_no_pitch": 2, "one_paragraph": 2}


def run_checks(ctx: CheckContext, note: str) -> list[CheckResult]:
    """Every check on ``note``; a check that breaks on odd input counts as failed, never raises."""
    results = []
    for check, name in zip(CHECKS, CHECK_NAMES):
        try:
            results.append(check(ctx, note))
        except Exception as exc:  # pragma: no cover - defensive
            results.append(_result(name, False, f"could not check ({type(exc).__name__})"))
    return results


def score(ctx: CheckContext, note: str, results: list[CheckResult]) -> float:
    """Higher is better: passes first, then a comfortable length (55-90% of the limit)."""
    penalty = sum(WEIGHTS.get(r.name, 1) for r in results if not r.passed)
    fill = _utf16_len(note) / ctx.limit
    comfort = 1.0 - min(abs(fill - 0.72) / 0.72, 1.0)
    return round(100.0 - 10.0 * penalty + 5.0 * comfort, 3)


def _body_words(text: str) -> list[str]:
    """Words of a note after its greeting."""
    words = [_fold(w) for w in _words(text)]
    m = _GREETED.match(text) or re.match(r"^\W*\w+\W", text)
    if m and len(m.group(0)) < 40:
        words = [_fold(w) for w in _words(text[m.end():])]
    return words


def similarity(a: str, b: str) -> float:
    """How alike two notes are, 0..1, ignoring the greeting: 1.0 for the same words, ≥0.6 for one-word edits.

    Mixes word overlap, word-pair overlap (so reordering counts as different) and shared sentences.
    """
    wa, wb = _body_words(a), _body_words(b)
    if not wa or not wb:
        return 1.0 if wa == wb else 0.0
    sa, sb = set(wa), set(wb)
    words = len(sa & sb) / len(sa | sb)
    pa, pb = set(zip(wa, wa[1:])), set(zip(wb, wb[1:]))
    pairs = len(pa & pb) / len(pa | pb) if pa and pb else words
    sent_a = {_fold(s).strip() for s in re.split(r"(?<=[.!?])\s+", a) if len(s) > 12}
    sent_b = {_fold(s).strip() for s in re.split(r"(?<=[.!?])\s+", b) if len(s) > 12}
    shared = len(sent_a & sent_b) / max(1, min(len(sent_a), len(sent_b))) if sent_a and sent_b else 0.0
    return round(max(0.4 * words + 0.6 * pairs, 0.8 * shared), 4)
