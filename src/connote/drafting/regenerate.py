"""New variations of an earlier draft (``connote again``, and ``r`` in interactive mode).

A regeneration reuses the first draft's inputs, may change the reason, limit, occasion, temperature or
count on the way, draws fresh seeds, and never repeats (or nearly repeats) a note already shown.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from ..backends.base import Backend
from ..schema import TIME_BUDGET, Draft, DraftRequest
from .pipeline import NoteCallback
from .pipeline import draft as run_draft
from .schedule import candidate_budget

#: seeds of regeneration ``g`` start ``g * SEED_STRIDE`` above the first draft's seed (a draft tries far fewer
#: candidates than this, so rounds never share a seed)
SEED_STRIDE = 1000
_SEED_SPACE = 2**31 - 1 - 4 * SEED_STRIDE


def fresh_seed(root: Draft, generation: int) -> int:
    """Derived from the first draft's seed when it had one (reproducible), else random."""
    if root.request.seed is not None:
        return (root.request.seed + generation * SEED_STRIDE) % _SEED_SPACE
    return random.SystemRandom().randrange(_SEED_SPACE)


def next_request(root: Draft, generation: int, *, count: int | None = None, reason: str | None = None,
                 limit: int | None = None, occasion: str | None = None, temperature: float | None = None,
                 seed: int | None = None, model: str | None = None) -> DraftRequest:
    """The request for regeneration number ``generation`` (1 = the first ``again``) of ``root``.

    Raises pydantic's ValidationError for out-of-range changes (the CLI turns it into one line).
    """
    changes = {"count": count, "reason": reason, "limit": limit, "occasion": occasion,
               "temperature": temperature, "model": model}
    data = root.request.model_dump()
    data.update({k: v for k, v in changes.items() if v is not None})
    data["seed"] = seed if seed is not None else fresh_seed(root, generation)
    return DraftRequest.model_validate(data)


def regenerate(request: DraftRequest, backend: Backend, *, shown: list[str], model_name: str | None = None,
               on_note: NoteCallback | None = None, time_budget: float | None = TIME_BUDGET,
               on_status: Callable[[str], None] | None = None, voice=None) -> Draft:
    """Draft again, dropping candidates equal or too similar to the ``shown`` notes (``voice``: as for
    :func:`connote.drafting.draft`)."""
    return run_draft(request, backend, on_note=on_note, model_name=model_name, exclude=shown,
                     max_candidates=candidate_budget(request.count, len(shown)), time_budget=time_budget,
                     on_status=on_status, voice=voice)


def model_choice(root: Draft) -> str:
    """The model to regenerate with: what the user asked for the first time, else the one that drafted it."""
    return root.request.model or root.model
