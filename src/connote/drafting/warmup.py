"""Evaluating every template's few-shot prefix once, ahead of the first draft.

The llama backend keeps each evaluated prefix on disk (``cache/prompt-state``), so a draft loads it in
milliseconds; without it, the first draft of each occasion would spend ~10 s reading the examples. (With your
voice on, a draft's prefix also holds your notes: that one is prepared by the first draft that uses it.)
``connote models install`` runs this for the models it installs, and a draft whose template has no saved state
yet says so on the status line while it prepares it.
"""

from __future__ import annotations

from collections.abc import Callable

from ..backends.base import Backend
from ..prompting import templates
from ..prompting.build import build_prompt
from ..schema import Profile


def template_prefix(template: templates.Template) -> str:
    """The part of ``template``'s prompt that is the same for every case."""
    prefix, _ = build_prompt(template, profile=Profile(), reason="x", sender=None, limit=300, language="en")
    return prefix


def prepare_templates(backend: Backend, on_progress: Callable[[int, int, str], None] | None = None) -> int:
    """Prepare every completion template's prefix; returns how many were evaluated now (not already saved)."""
    names = [n for n in templates.names() if templates.load(n).meta.mode == "completion"]
    evaluated = 0
    for i, name in enumerate(names, 1):
        prefix = template_prefix(templates.load(name))
        if not backend.has_state(prefix):
            evaluated += 1
        if on_progress:
            on_progress(i, len(names), name)
        backend.prepare(prefix)
    return evaluated
