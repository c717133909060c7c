"""What other languages' voice rules share: pronouns that mean a third party, kept out of reach while the
person's pronouns are rewritten, and replacements that keep a word's capital.

"ana me dijo que ella podría presentarnos", "thomas m'a dit qu'il pourrait nous présenter", "mein Chef sagt,
er hat Sie gesehen": the pronoun after what a third party said is most likely that third party, not the
person. A Portuguese, Spanish or Italian article before the third party can tell otherwise ("o joão disse que
ela ..." : "ela" cannot be João).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_MARK = "\ue000"
_FIRST_PERSON = {"yo", "eu", "je", "j", "ich", "io", "ik", "nosotros", "nós", "wir", "noi", "wij", "we", "nous",
                 "on", "i"}
_MASCULINE_ARTICLES = {"o", "el", "il", "lo", "der"}
_FEMININE_ARTICLES = {"a", "la", "die"}
_MASCULINE = {"él", "ele", "lui", "il", "er", "hij"}


def said_by_others(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of the pronouns (group ``p``) that begin what someone else said (group ``who``, optionally after
    an article, group ``art``)."""
    spans = []
    for m in pattern.finditer(text):
        who = m.group("who").lower()
        if who in _FIRST_PERSON:
            continue
        article = (m.groupdict().get("art") or "").strip().lower()
        masculine = m.group("p").lower() in _MASCULINE
        if (article in _MASCULINE_ARTICLES and not masculine) or (article in _FEMININE_ARTICLES and masculine):
            continue  # "o joão disse que ela ...": she is not João
        spans.append(m.span("p"))
    return spans


def shielded(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[str]]:
    """``text`` with each span replaced by a mark no rule matches, and the words it replaced."""
    saved = []
    for start, end in sorted(spans, reverse=True):
        saved.append(text[start:end])
        text = text[:start] + _MARK + chr(0xE100 + len(saved) - 1) + text[end:]
    return text, saved


def unshielded(text: str, saved: list[str]) -> str:
    return re.sub(_MARK + "(.)", lambda m: saved[ord(m.group(1)) - 0xE100], text)


def cased(original: str, word: str) -> str:
    """``word`` with the capital of ``original`` ("Ella" -> "Usted"); a word that is always capitalised
    ("Sie", "Lei") keeps its capital."""
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def replace(pattern: str, word: str | Callable[[re.Match[str]], str], text: str, flags: int = re.I) -> str:
    """Every match of ``pattern`` replaced by ``word`` with the match's capital."""
    if callable(word):
        return re.sub(pattern, word, text, flags=flags)
    return re.sub(pattern, lambda m: cased(m.group(0), word), text, flags=flags)


def one_gender(text: str, masculine: str, feminine: str) -> str | None:
    """"m" or "f" when only one gender of third-person words appears in ``text``, else None."""
    m = re.search(masculine, text, re.I) is not None
    f = re.search(feminine, text, re.I) is not None
    return "m" if m and not f else "f" if f and not m else None
