"""How good a note is: its checks' verdicts and score (one step for generated and edited notes alike), and
how alike two notes are."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..checks import CheckContext, run_checks, weight
from ..checks.rules.addresses_person import GREETED
from ..schema import MAX_PROFILE_CHARS, CheckResult, Draft
from ..text.folding import fold
from ..text.words import utf16_len, words_in
from .finishing import trimmed

#: notes at least this similar count as the same note (a variation must differ more)
SIMILAR = 0.6


@dataclass(frozen=True)
class Evaluation:
    """A note's text with its checks' verdicts and score."""

    text: str
    checks: list[CheckResult]
    score: float

    @property
    def passed(self) -> bool:
        return all(r.passed for r in self.checks)

    @property
    def failed(self) -> list[str]:
        return [r.name for r in self.checks if not r.passed]

    def note_fields(self) -> dict:
        """The fields of a :class:`connote.schema.Note` this evaluation decides."""
        return {"text": self.text, "chars": len(self.text), "passed": self.passed, "score": self.score,
                "checks": self.checks, "failed": self.failed}


def evaluate(ctx: CheckContext, text: str) -> Evaluation:
    """Every check on ``text``, and its score."""
    results = run_checks(ctx, text)
    return Evaluation(text, results, score(ctx, text, results))


def evaluate_or_repair(ctx: CheckContext, text: str) -> Evaluation:
    """:func:`evaluate`; a note that fails is tried again without one of its later sentences (a small model's
    note often fails only on one added sentence), and the best-scored version that passes wins."""
    first = evaluate(ctx, text)
    if first.passed:
        return first
    trials = [(shorter, run_checks(ctx, shorter)) for shorter in trimmed(text)]
    repaired = [(version, trial) for version, trial in trials if all(r.passed for r in trial)]
    if not repaired:
        return first
    best, results = max(repaired, key=lambda pair: score(ctx, pair[0], pair[1]))
    return Evaluation(best, results, score(ctx, best, results))


def draft_context(draft: Draft) -> CheckContext:
    """What the checks compare a note of ``draft`` with (for a note the user edited)."""
    from ..errors import TemplateError
    from ..prompting import templates
    from ..prompting.build import example_texts

    request = draft.request
    try:
        examples = example_texts(templates.load(draft.template))
    except TemplateError:  # the template is gone or broken since: check without its examples
        examples = ()
    return CheckContext(profile=draft.profile, profile_text=request.profile_text[:MAX_PROFILE_CHARS],
                        reason=request.reason, sender=request.sender, limit=request.limit,
                        language=draft.language, occasion=draft.occasion, examples=examples,
                        formal=request.formal)


def score(ctx: CheckContext, note: str, results: list[CheckResult]) -> float:
    """Higher is better: passes first, then a comfortable length (55-90% of the limit)."""
    penalty = sum(weight(r.name) for r in results if not r.passed)
    fill = utf16_len(note) / ctx.limit
    comfort = 1.0 - min(abs(fill - 0.72) / 0.72, 1.0)
    return round(100.0 - 10.0 * penalty + 5.0 * comfort, 3)


def _body_words(text: str) -> list[str]:
    """Words of a note after its greeting."""
    words = [fold(w) for w in words_in(text)]
    m = GREETED.match(text) or re.match(r"^\W*\w+\W", text)
    if m and len(m.group(0)) < 40:
        words = [fold(w) for w in words_in(text[m.end():])]
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
    sent_a = {fold(s).strip() for s in re.split(r"(?<=[.!?])\s+", a) if len(s) > 12}
    sent_b = {fold(s).strip() for s in re.split(r"(?<=[.!?])\s+", b) if len(s) > 12}
    shared = len(sent_a & sent_b) / max(1, min(len(sent_a), len(sent_b))) if sent_a and sent_b else 0.0
    return round(max(0.4 * words + 0.6 * pairs, 0.8 * shared), 4)
