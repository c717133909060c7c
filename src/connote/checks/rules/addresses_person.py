"""The rule addresses_person: the note greets the right person by the name they go by."""

from __future__ import annotations

import re

from ...prompting.address import formality
from ...prompting.salutation import formal_name
from ...text.folding import fold
from ...text.words import words_in
from ..context import CheckContext, in_source, shorten
from ..vocabulary import CJK_RUN

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
GREETING_WORDS = {fold(w) for ws in GREETINGS.values() for g in ws for w in words_in(g)}
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
GREETED = re.compile(
    r"^[\W_]*(?:" + "|".join(sorted((re.escape(g.lstrip("¡")) for ws in GREETINGS.values() for g in ws),
                                    key=len, reverse=True))
    + r")\b[\s,]+([^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*)?)", re.I)


_VOCATIVE_LANGS = {"uk", "pl", "cs", "sk", "lt", "lv", "ru", "bg", "el"}


def _same_name(word: str, first: str, language: str) -> bool:
    """'Оксано' greets 'Оксана' (vocative case); otherwise the name must match (accents aside)."""
    w, f = fold(word), fold(first)
    if w == f:
        return True
    if language in _VOCATIVE_LANGS or any("\u0400" <= c <= "\u04ff" for c in f):
        k = max(3, len(f) - 2)
        return len(w) >= k and w[:k] == f[:k]
    return False


#: an academic title between the greeting and the name ("Guten Tag Dr. Katharina Vogt", "Buongiorno Prof. Ada Neri")
_TITLE_AFTER_GREETING = re.compile(r"^(\W*[^\W\d_]+(?: [Tt]ag| [Dd]ía| [Dd]ia)?[ ,]+)(?:(?:Prof|Dr|Dra|Mag|Dott|Dott\.ssa|"
                                   r"Dr\.-Ing|Dipl\.-Ing)\.?\s+)+(?=[A-ZÀ-Ý])")


#: a German greeting of "Frau" or "Herr", their titles and family name ("Guten Tag Frau Dr. von Ahlen")
_FRAU_ODER_HERR = re.compile(r"^\W*(?:Guten Tag|Hallo|Sehr geehrter?|Liebe[r]?)\s+(?P<who>Frau|Herr)\s+"
                             r"(?:(?:Prof|Dr)\.\s+)*(?P<rest>.{0,40})")


def addresses_person(ctx: CheckContext, note: str) -> str | None:
    """Greets the person by their given name (or the name they go by), or greets no one by name when the
    paste has none: never the wrong name, the family name, the sender's own name or a placeholder.

    Okay: Hi Priya, I heard your podcast episode on data contracts. Glad to connect.
    Fail: Hi Raman, I heard your podcast episode on data contracts. Glad to connect.
    Fail: Hi [Name], I heard your podcast episode on data contracts. Glad to connect.
    """
    m = PLACEHOLDER.search(note)
    if m:
        return f"contains a placeholder ('{m.group(0)}')"
    if _NO_NAME_WORDS.search(note[:80]):
        return "addresses 'LinkedIn Member' instead of a greeting without a name"
    m = _FORM_LETTER.match(note)
    if m:
        return f"form-letter greeting ('{shorten(m.group(0).strip(), 30)}')"
    formal = _FRAU_ODER_HERR.match(note)
    if formal and ctx.profile.first_name:  # "Guten Tag Frau Dr. Aumüller": a German "Sie" greets the family name
        said = formal_name(ctx.profile)
        who = said.split()[0] if said.split()[0] in ("Frau", "Herr") else None
        if who and formal.group("who") != who:
            return f"greets the person as '{formal.group('who')}' where the profile says '{who}'"
        greeted = f"{formal.group('who')} {re.split(r'[,!:–—]', formal.group('rest'))[0].strip()}"
        if not who:
            return f"greets '{greeted}' where the profile doesn't say Frau or Herr"
        if not re.match(rf"(?:[a-z]+\s+)*{re.escape(said.split()[-1])}(?!\w)", formal.group("rest")):
            return f"greets '{greeted}' instead of '{said}'"
        return None
    note = _TITLE_AFTER_GREETING.sub(r"\1", note)  # "Guten Tag Dr. Katharina Vogt": the name after the title
    first = ctx.profile.first_name
    own = words_in((ctx.sender or "").split(",")[0])[:1]
    if own and len(own[0]) > 1 and not (first and fold(own[0]) == fold(words_in(first)[0] if words_in(first) else "")) \
            and re.match(rf"\W*(hi|hello|hey|dear|hallo|bonjour|salut|hola|olá|oi|ciao|hoi)( there)?[\s,!–—-]+"
                         rf"{re.escape(fold(own[0]))}(?!\w)", fold(note)):
        return f"greets the sender's own name ('{own[0]}')"
    greeted = GREETED.match(note)
    word = words_in(greeted.group(1))[0] if greeted else None
    if word and fold(word) in {"i", "i'm", "i've", "i'd", "ich", "je", "j'ai", "yo", "eu", "io"}:
        word = None
    if not first:
        if word and word[0].isupper() and fold(word) not in _NAMELESS_OK | GREETING_WORDS \
                and not in_source(ctx, word):
            return f"greets '{word}', a name that is not in the profile"
        return None
    first_word = words_in(first)[0] if words_in(first) else first
    family = [w for w in words_in(ctx.profile.name or "") if fold(w) not in fold(first) and len(w) > 1]
    if word:
        if _same_name(word, first_word, ctx.language) and len(words_in(first)) > 1 and not re.match(
                rf"\W*{re.escape(fold(first))}(?!\w)", fold(note[greeted.start(1):])):
            return f"greets '{word}' instead of the full given name '{first}'"
        if _same_name(word, first_word, ctx.language):
            after = words_in(note[greeted.end(1) - len(greeted.group(1)) + len(word):][:40])
            rest_of_first = words_in(first)[1:]
            nxt = after[len(rest_of_first)] if len(after) > len(rest_of_first) else None
            last_name = words_in(ctx.profile.name or "")[-1:] or [""]
            if nxt and family and fold(nxt) == fold(last_name[0]) and not all(
                    ord(c) > 0x2E80 for c in first) and not (ctx.language == "de" and (
                        ctx.formal if ctx.formal is not None else formality(ctx.reason, "de"))):
                # (German with "Sie" greets the whole name: "Guten Tag Ulrike Lindner")
                return f"greets with the full name instead of just '{first}'"
            return None
        if family and fold(word) in {fold(f) for f in family}:
            return f"greets by the family name ('{word}') instead of '{first}'"
        if fold(word) in _NAMELESS_OK:
            return f"greets '{word}' instead of {first} by name"
        if word[0].isupper() or not word.isascii():
            return f"greets '{word}' instead of '{first}'"
    head = fold(greeting_head(note))
    cjk = all(ord(c) > 0x2E80 for c in first if c.isalpha()) or ctx.language in ("zh", "ja", "ko") \
        or bool(CJK_RUN.search(note[:40]))
    if (cjk and fold(first) in head) or re.search(rf"(?<!\w){re.escape(fold(first))}(?!\w)", head) or any(
            _same_name(w, first_word, ctx.language) for w in words_in(greeting_head(note))):
        return None
    return f"does not greet {first} by name"


def greeting_end(note: str) -> int:
    """Where the greeting ("Hi Priya,", "Здравствуйте, Ольга!") ends; 0 if there is none."""
    m = GREETED.match(note)
    if m:
        tail = re.match(r"[\s,!.:;–—-]*", note[m.end():])
        return m.end() + (tail.end() if tail else 0)
    m = re.match(r"^[^.!?,:;。，！、]{1,40}[,!:;。，！、]", note)
    return m.end() if m else 0


def greeting_head(note: str) -> str:
    """The greeting part of a note: up to the first sentence end, at most 40 characters."""
    m = re.search(r"[.!?。！？]", note[2:])
    end = m.end() + 2 if m else len(note)
    return note[: min(end, 40)]
