"""What a check may compare a note with (:class:`CheckContext`), and what it derives from it once per draft."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..paste import PasteAnalysis, analyze, is_sidebar_line, is_ui_line
from ..prompting.reasons import told
from ..schema import Profile
from ..text.folding import fold
from ..text.language import FUNCTION_WORDS, detect_language, language_scores, script_counts
from ..text.spelling import correction
from ..text.words import word_stem, words_in
from .vocabulary import ALL_FUNCTION_WORDS, ALWAYS_OK_CAPS, EXPANSIONS


def shorten(text: str, n: int = 40) -> str:
    """``text`` on one line and at most ``n`` characters: how a verdict quotes the note."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[: n - 1] + "…"


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
    #: the few-shot examples the model was shown (each its reason and note): what appears only there is not a
    #: fact of this case
    examples: tuple[str, ...] = ()
    #: the user's own earlier notes among those examples (their voice): the people, employers, events and numbers
    #: in them belong to other cases (checks/own_notes.py)
    own_examples: tuple[str, ...] = ()
    #: the polite or familiar "you" the prompt used (None: as the reason speaks)
    formal: bool | None = None

    @cached_property
    def spoken_reason(self) -> str:
        """The reason as the prompt gives it to the model: said to the person, a terse one completed with the
        person's work (prompting.reasons.told)."""
        return told(self.reason, self.language, self.profile, formal=self.formal, sender=self.sender)

    @cached_property
    def example_only_phrases(self) -> set[tuple[str, ...]]:
        """Three words in a row that one example uses and this case doesn't, around a fact of that example that
        this case doesn't have either: a name, a day, a title (a word the example writes with a capital inside
        a sentence; not in German, which capitalises every noun) or a number."""
        own_text = f"{self.source_text}\n{self.spoken_reason}"
        own_words = {fold(w) for w in words_in(own_text)} | set(re.findall(r"\d+", own_text))
        counts: dict[tuple[str, ...], int] = {}
        for example in self.examples:
            facts = set(re.findall(r"\d+", example))
            if detect_language(example) != "de":
                facts |= {fold(m.group(1)) for m in re.finditer(r"(?<=[^.!?\s] )([A-Z][\w'-]*)", example)}
            facts = {f for f in facts - own_words if f not in ALL_FUNCTION_WORDS and not f.startswith("i'")}
            for gram in set(word_triples(example)):
                if facts & set(gram):
                    counts[gram] = counts.get(gram, 0) + 1
        own = set(word_triples(own_text))
        return {g for g, n in counts.items() if n == 1 and g not in own}

    @cached_property
    def spelling_known(self) -> set[str]:
        """Words a note may use that no dictionary has: the profile's and sender's (names, brands, jargon) and the
        reason's, except the reason's own typos (words a dictionary corrects)."""
        known = {w.lower() for w in words_in(f"{self.profile_facts}\n{self.sender or ''}")}
        known |= {w.lower() for w in words_in(self.reason) if correction(w, self.language) is None}
        return known | {fold(w) for w in known}

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
        return {word_stem(w) for w in words_in(self.profile_text)}

    @cached_property
    def source_lower(self) -> str:
        return fold(self.source_text)

    @cached_property
    def source_words(self) -> set[str]:
        words = {fold(w) for w in words_in(self.source_text)}
        words |= {fold(w) for w in self.extra_ok_words}
        for w in list(words):
            for part in re.split(r"[-'’]", w):
                if part:
                    words.add(part)
        return words

    @cached_property
    def sender_reason_lower(self) -> str:
        return fold(f"{self.reason}\n{self.sender or ''}")

    @cached_property
    def profile_language(self) -> str:
        p = self.profile
        return detect_language(" ".join(filter(None, [p.about, " ".join(p.activity), p.headline])))

    @cached_property
    def source_stems(self) -> set[str]:
        return {word_stem(w) for w in self.source_words}

    @cached_property
    def profile_words(self) -> set[str]:
        return {fold(w) for w in words_in(self.profile_facts)}

    @cached_property
    def name_words(self) -> set[str]:
        return {fold(w) for w in words_in(f"{self.profile.name or ''} {self.profile.first_name or ''}")}


def word_triples(text: str) -> list[tuple[str, ...]]:
    """Every three words in a row of ``text``, folded."""
    words = [fold(w) for w in words_in(text)]
    return [tuple(words[i:i + 3]) for i in range(len(words) - 2)]


def in_source(ctx: CheckContext, word: str) -> bool:
    """Whether ``word`` (any case, accents, possessive, plural, inflection) comes from the profile, reason
    or sender. "University" counts as coming from "uni", "Москве" from "Москва"."""
    w = fold(word).strip("'-")
    if not w:
        return True
    words = ctx.source_words
    if EXPANSIONS.get(w, set()) & words:
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


def note_language(note: str, ctx: CheckContext) -> str:
    """The language ``note`` is written in; words it copies from the profile (names, titles) don't count."""
    cached = getattr(ctx, "_note_lang", None)
    if cached is not None and cached[0] == note:
        return cached[1]
    kept = [w for w in words_in(note) if fold(w) in ALL_FUNCTION_WORDS or fold(w) not in ctx.profile_words]
    text = " ".join(kept) if kept else note
    got = detect_language(note if any(k != "latin" for k in script_counts(note)) else text)
    if got != ctx.language and ctx.language in FUNCTION_WORDS and got in FUNCTION_WORDS:
        scores = language_scores(text)
        if scores.get(ctx.language, 0.0) >= 2.0 and scores[ctx.language] >= 0.8 * scores.get(got, 0.0):
            got = ctx.language  # too close to call: benefit of the doubt
    ctx._note_lang = (note, got)  # type: ignore[attr-defined]
    return got


def sidebar_only_words(ctx: CheckContext) -> set[str]:
    """Capitalised words that appear only in sidebars and other people's blocks: never about this person."""
    cached = getattr(ctx, "_sidebar_only", None)
    if cached is not None:
        return cached
    words = set()
    for line in ctx.paste.sidebar_lines:
        if is_ui_line(line) or is_sidebar_line(line):
            continue
        for w in words_in(line):
            if len(w) >= 3 and w[0].isupper() and not in_source(ctx, w) and fold(w) not in ALWAYS_OK_CAPS \
                    and fold(w) not in ALL_FUNCTION_WORDS:
                words.add(fold(w))
    ctx._sidebar_only = words  # type: ignore[attr-defined]
    return words
