"""The rule says_reason: the note says the user's reason specifically."""

from __future__ import annotations

import math
import re

from ...text.folding import fold
from ...text.language import FUNCTION_WORDS
from ...text.words import WORD_RE, word_stem, words_in
from ...prompting.instructions import label_only
from ...prompting.reasons import why_in, without_instructions
from ..context import CheckContext, note_language
from ..vocabulary import ALL_FUNCTION_WORDS, CJK_RUN, CONCEPT_OF, GENERIC_WORDS
from .addresses_person import GREETING_WORDS


def _key_terms(ctx: CheckContext, text: str) -> list[str]:
    terms = []
    for w in words_in(text):
        for part in re.split(r"[-/]", w) if "-" in w and not fold(w) in CONCEPT_OF else [w]:
            f = fold(part)
            if len(f) < 2 or f in GENERIC_WORDS or f in ctx.name_words or f in {"ex", "co"}:
                continue
            if len(f) < 3 and f not in CONCEPT_OF and not part.isupper():
                continue
            if any(f in ws for ws in FUNCTION_WORDS.values()) and f not in CONCEPT_OF:
                continue
            terms.append(part)
    return terms


def _term_matches(term: str, note_words: list[str], note_stems: set[str]) -> bool:
    t = fold(term)
    concept = CONCEPT_OF.get(t)
    if concept is not None and any(CONCEPT_OF.get(fold(w)) == concept for w in note_words):
        return True
    st = word_stem(term)
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
    for m in WORD_RE.finditer(text):
        w = m.group(0).strip("'’-")
        if len(w) < 2:
            continue
        start = m.start() == 0 or re.search(r"[.!?:;]\s*$", text[: m.start()])
        if (w.isupper() and len(w) >= 2) or re.search(r"[a-z][A-Z]", w) or (w[0].isupper() and not start
                                                                           and not w.isupper()):
            out.append(w)
    return out


_CJK_FUNCTION = set("的了她他你我是在和与就也都很吗呢吧啊の記をにはがでとも読みましたですますさん")


def _cjk_reason_ok(reason: str, note: str) -> bool | None:
    """For Chinese/Japanese/Korean reasons: enough of the reason's character pairs appear in the note."""
    runs = CJK_RUN.findall(reason)
    if not runs:
        return None
    pairs = {r[i:i + 2] for r in runs for i in range(len(r) - 1)}
    pairs = {p for p in pairs if not all(c in _CJK_FUNCTION for c in p)}
    latin = [w for w in words_in(CJK_RUN.sub(" ", reason)) if len(w) >= 2]
    hits = sum(1 for p in pairs if p in note) + sum(1 for w in latin if fold(w) in fold(note))
    total = len(pairs) + len(latin)
    return total == 0 or hits >= max(1, math.ceil(0.3 * total))


def _note_index(note: str) -> tuple[list[str], set[str]]:
    """The note's words that can carry a term, and their stems ("EU", not "eu")."""
    note_words = [w for w in words_in(note) if len(w) >= 3 or fold(w) in CONCEPT_OF or w.isupper()]
    return note_words, {word_stem(w) for w in note_words
                        if fold(w) not in ALL_FUNCTION_WORDS or fold(w) in CONCEPT_OF or w.isupper()}


def _concepts(terms: list[str], note_words: list[str], note_stems: set[str]) -> dict[object, bool]:
    """Each concept of ``terms`` and whether the note says it."""
    concepts: dict[object, bool] = {}
    for term in terms:
        key = CONCEPT_OF.get(fold(term), word_stem(term))
        concepts[key] = concepts.get(key, False) or _term_matches(term, note_words, note_stems)
    return concepts


def reason_coverage(ctx: CheckContext, note: str) -> float:
    """The share of the reason's key terms (by concept) that ``note`` says: 1.0 when it says them all."""
    terms = _key_terms(ctx, ctx.reason)
    if not terms:
        return 1.0
    concepts = _concepts(terms, *_note_index(note))
    return sum(concepts.values()) / len(concepts)


def says_reason(ctx: CheckContext, note: str) -> str | None:  # noqa: C901 - one rule, many languages
    """Says the user's reason specifically: enough of its key terms (and the topic, when the reason names
    one), in the reason's language.

    Okay: Hi Priya, I heard your podcast episode on data contracts. Glad to connect.
    Fail: Hi Priya, I came across your work recently and would be glad to connect.
    """
    if why_in(ctx.reason, ctx.language) == "none" or label_only(ctx.reason):
        return None  # "networking", "saw your profile": no why to say (the user is advised to follow instead)
    if note_language(note, ctx) != ctx.language:
        return None  # can't compare words across languages; right_language reports it
    cjk = _cjk_reason_ok(ctx.reason, note)
    if cjk is not None:
        return None if cjk else "does not say the reason specifically"
    terms = _key_terms(ctx, ctx.reason)
    if not terms:
        return None
    note_words, note_stems = _note_index(note)
    concepts = _concepts(terms, note_words, note_stems)
    n = len(concepts)
    needed = max(1, min(3, math.ceil(n / 2)))
    got = sum(concepts.values())
    # the topic (not just "podcast" or "talk") must be there when the reason names one
    topics = {k: v for k, v in concepts.items() if not isinstance(k, int)}
    if topics and not any(topics.values()):
        got = 0
    if got < needed:
        missing = [t for t in terms if not _term_matches(t, note_words, note_stems)][:3]
        return "does not say the reason specifically (missing: " + ", ".join(missing) + ")"
    proper = [w for w in _proper_terms(without_instructions(ctx.reason)) if fold(w) not in ctx.name_words
              and _told(ctx, w)
              and fold(w) not in GREETING_WORDS and fold(w) not in {"i", "i'm", "i've", "i'd"}
              and not (ctx.language == "de" and not (w.isupper() or re.search(r"[a-z][A-Z]", w)))]
    if proper and not any(_term_matches(w, note_words, note_stems) for w in proper):
        return f"leaves out the specifics of the reason ({', '.join(proper[:3])})"
    left_out = _clause_left_out(ctx, note_words, note_stems)
    if left_out:
        return f"leaves out part of the reason ({', '.join(left_out[:3])})"
    return None


def _clause_left_out(ctx: CheckContext, note_words: list[str], note_stems: set[str]) -> list[str] | None:
    """The key terms of a clause of the reason the note says nothing of: a clause with two or more key terms
    must show at least one ("… want to introduce myself before their Q3 order" dropped whole). Read blind,
    notes this finds were sent 5 times in 51 (mostly "reason lost" and invented details)."""
    for clause in re.split(r"[.!?;]\s+|,\s+", without_instructions(ctx.reason)):  # "dont be pushy" is unsaid
        if label_only(clause):
            continue  # "potential partner, we build …": who the person is to the writer, no words for the note
        terms = _key_terms(ctx, clause)
        concepts = _concepts(terms, note_words, note_stems)
        if len(concepts) >= 2 and not any(concepts.values()) and any(_told(ctx, t) for t in terms):
            return terms
    return None


def _told(ctx: CheckContext, term: str) -> bool:
    """Whether the model was told ``term``: not what connote left out of the reason on purpose (the person's own job
    told to them first, "I see you're the MD at Pemberton Vale")."""
    return _term_matches(term, *_note_index(ctx.spoken_reason))
