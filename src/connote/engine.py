"""Open the backend for a model choice (``--model``, ``CONNOTE_MODEL``, config, best installed)."""

from __future__ import annotations

from dataclasses import dataclass

from . import paths
from .backends.base import Backend
from .model_store import ResolvedModel, resolve
from .schema import Config

FAKE = "fake"


@dataclass
class OpenedModel:
    name: str
    backend: Backend
    resolved: ResolvedModel | None = None


def open_model(requested: str | None, config: Config, *, threads: int | None = None,
               gpu_layers: int | None = None) -> OpenedModel:
    """Load the chosen model. The name ``fake`` gives the deterministic test backend (no model file)."""
    import os

    choice = requested or os.environ.get("CONNOTE_MODEL") or config.model
    if choice == FAKE:
        from .backends.fake import FakeBackend

        return OpenedModel(FAKE, FakeBackend())
    resolved = resolve(choice)
    from .backends.llama import LlamaBackend

    backend = LlamaBackend(
        resolved.path,
        threads=threads or config.threads,
        gpu_layers=config.gpu_layers if gpu_layers is None else gpu_layers,
        state_cache_dir=paths.cache_dir() / "prompt-state",
    )
    return OpenedModel(resolved.name, backend, resolved)
