"""How many candidates a draft may try, how many to generate together, and at what temperature."""

from __future__ import annotations

from ..backends.llama_batch import MAX_PARALLEL

FIRST_TEMPERATURE = 0.2
OTHER_LANGUAGE_TEMPERATURE = 0.5


def candidate_budget(count: int, shown: int = 0) -> int:
    """How many candidates a draft of ``count`` notes may generate; a regeneration (``shown`` notes already
    on screen) gets more tries, since some candidates will repeat those notes and be dropped."""
    return count + max(2, count) + min(shown, 3 * count)


def temperature(requested: float, language: str, *, first: bool) -> float:
    """The first note of a draft is the model's most likely one (low temperature: measured, fewer invented
    details); the others vary at the requested temperature. Outside English the small default model's
    grammar breaks down quickly as temperature rises, so it is capped there."""
    if language != "en":
        requested = min(requested, OTHER_LANGUAGE_TEMPERATURE)
    return min(requested, FIRST_TEMPERATURE) if first else requested


def wave(tried: int, needed: int, left: int) -> int:
    """How many candidates to generate together next: the first alone (it streams to the screen soonest),
    then what is still needed plus one spare (a batch of k costs far less than k single candidates)."""
    if tried == 0:
        return 1
    return max(1, min(left, needed + 1 if needed >= 2 else needed, MAX_PARALLEL))
