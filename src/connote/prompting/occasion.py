"""Choose the occasion (and so the template) from the user's reason."""

from __future__ import annotations

import re

from ..errors import InputError
from . import templates

GENERIC = "generic"


def _lowered(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())


def classify(reason: str) -> str:
    """The template whose keywords best match ``reason``; 'generic' when none match."""
    low = f" {_lowered(reason)} "
    best, best_score = GENERIC, 0
    for template in templates.all_templates():
        score = 0
        for kw in template.meta.keywords:
            kw = kw.lower()
            if re.search(rf"(?<!\w){re.escape(kw)}", low):
                score += 2 if " " in kw else 1
        if score > best_score:
            best, best_score = template.name, score
    return best


def choose(reason: str, occasion: str | None) -> str:
    if occasion:
        name = occasion.strip().lower()
        if name not in templates.names():
            raise InputError(f"unknown occasion {occasion!r}",
                             hint=f"choose one of: {', '.join(templates.names())}")
        return name
    return classify(reason)
