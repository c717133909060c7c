"""What a note may and may not take from the user's own earlier notes (their voice: ``CheckContext.own_examples``).

Those notes were written to other people. Their facts — the person greeted, an employer, an event, a place, a
number, and what a note restated from its own reason in words no built-in example uses ("my bakery chain") —
are no facts of the new case, so a note that uses one fails ``invents_nothing`` (:func:`own_fact`), wherever
in the sentence it stands and however it is written. Their habits are the
user's own, though: a way of asking that most of them share ("Up for a quick call sometime?") is what the
user chooses to ask, so ``warm_no_pitch`` lets that same ask through (:func:`habitual`); a sales pitch never.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..prompting import templates
from ..text.folding import fold
from ..text.spelling import is_known
from ..text.words import NUMBER_RE, WORD_RE, word_stem, words_in
from .context import CheckContext
from .rules.addresses_person import GREETING_WORDS
from .vocabulary import ALL_FUNCTION_WORDS

#: capitalised words that are nobody's fact
_NOT_FACTS = {"i", "i'm", "i'd", "i've", "i'll", "linkedin", "ok", "okay", "thanks", "thank", "cheers", "best"}
_STARTS_SENTENCE = re.compile(r"(^|[.!?…:;\"“(¡¿]|\s[-–—])\s*$")


def _digits(number: str) -> str:
    return re.sub(r"[,.' ]", "", number).lstrip("0")


@lru_cache(maxsize=1)
def note_language_words() -> frozenset[str]:
    """Every word the built-in prompts use (instructions and examples, all templates): the ordinary language
    of a note ("talk", "post", "team", "issue"), no case's fact."""
    words: set[str] = set()
    root = templates.builtin_dir()
    for path in root.rglob("*"):
        if path.is_file() and path.suffix in (".txt", ".jsonl"):
            words |= {word_stem(w) for w in words_in(path.read_text(encoding="utf-8"))}
    return frozenset(words)


def _restated(example: str) -> set[str]:
    """Stems of the words an earlier note restated from its own reason (``example`` is its person, reason and
    note, one a line), leaving out the ordinary language of notes."""
    lines = example.splitlines()
    if len(lines) < 2:
        return set()
    said = {word_stem(w) for w in words_in("\n".join(lines[:-1]))}
    common = note_language_words()
    return {stem for w in words_in(lines[-1]) if len(w) >= 4 and fold(w) not in ALL_FUNCTION_WORDS
            and (stem := word_stem(w)) in said and stem not in common}


def own_facts(ctx: CheckContext) -> dict[str, bool]:
    """The facts of the user's earlier notes that this case doesn't have: each folded word, with whether it
    counts only when written with a capital inside a sentence (a word a dictionary knows: "Stripe", "Rust"),
    each number (its digits), and ``~stem`` for each word a note restated from its reason (:func:`_restated`)."""
    cached = getattr(ctx, "_own_facts", None)
    if cached is not None:
        return cached
    here = f"{ctx.source_text}\n{ctx.spoken_reason}"
    here_words = {fold(w) for w in words_in(here)}
    here_stems = {word_stem(w) for w in here_words}
    here_numbers = {_digits(n) for n in NUMBER_RE.findall(here)}
    facts: dict[str, bool] = {}
    for example in ctx.own_examples:
        for stem in _restated(example) - here_stems:
            facts.setdefault(f"~{stem}", False)
        for line in example.splitlines():
            for number in NUMBER_RE.findall(line):
                if _digits(number) and _digits(number) not in here_numbers:
                    facts[_digits(number)] = False
            for m in WORD_RE.finditer(line):
                word = m.group(0).strip("'’-")
                if len(word) < 2 or not any(c.isupper() for c in word) or not any(c.isalpha() for c in word):
                    continue
                folded = fold(word)
                if folded in _NOT_FACTS or folded in ALL_FUNCTION_WORDS or folded in GREETING_WORDS \
                        or folded in here_words or re.sub(r"'s$", "", folded) in here_words:
                    continue
                inner_caps = any(c.isupper() for c in word[1:])
                known = not inner_caps and is_known(word.lower(), ctx.language)
                if known and (ctx.language == "de" or _STARTS_SENTENCE.search(line[: m.start()])):
                    continue  # "Loved", "Your" (or any German noun): a word, not a name
                facts[re.sub(r"'s$", "", folded)] = known
    ctx._own_facts = facts  # type: ignore[attr-defined]
    return facts


def own_fact(ctx: CheckContext, note: str) -> str | None:
    """Why ``note`` fails for using a fact that only the user's earlier notes hold, or None."""
    facts = own_facts(ctx)
    if not facts:
        return None
    for number in NUMBER_RE.findall(note):
        if _digits(number) in facts:
            return f"'{number.strip()}' comes from one of your earlier notes, not from this case"
    for m in WORD_RE.finditer(note):
        word = m.group(0).strip("'’-")
        folded = re.sub(r"'s$", "", fold(word))
        if f"~{word_stem(word)}" in facts and fold(word) not in ALL_FUNCTION_WORDS:
            return f"'{word}' comes from one of your earlier notes, not from this case"
        if folded not in facts:
            continue
        if facts[folded] and not (word[:1].isupper() and not _STARTS_SENTENCE.search(note[: m.start()])):
            continue  # "go", "a stripe": the word, not the name
        return f"'{word}' comes from one of your earlier notes, not from this case"
    return None


def habitual(ctx: CheckContext, phrase: str) -> bool:
    """Whether the user's own notes ask this way as a habit: at least two of them, and at least half."""
    if not ctx.own_examples:
        return False
    key = fold(" ".join(phrase.split()))
    shared = sum(1 for example in ctx.own_examples if key in fold(" ".join(example.split())))
    return shared >= 2 and 2 * shared >= len(ctx.own_examples)
