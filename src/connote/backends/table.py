"""The one table of backends, and opening the one a model choice names (``--model``, ``CONNOTE_MODEL``,
config, best installed).

``llama`` loads a GGUF model in this process (the default), ``openai`` talks to an OpenAI-compatible server
at the base URL the user gave (``--backend openai --base-url URL``), ``fake`` is the deterministic test
backend (the model name ``fake`` with the local backend). Each is one entry of :data:`OPENERS`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from .. import paths
from ..errors import InputError
from ..models.catalog import lookup
from ..models.resolve import ResolvedModel, resolve
from ..models.store import is_installed, model_path, quick_verify
from ..schema import Config
from .base import Backend, OnFirstUse

FAKE = "fake"
#: the backends a user may name with ``--backend``
BACKENDS = ("llama", "openai")
#: model names that stand for a backend of their own rather than a model file
MODEL_BACKENDS = {FAKE: FAKE}
#: the model that scores acronyms' capitals beside any local model (installed by the README's command; 98 MB)
SCORER = "smollm2"
#: its context: one note and its variants at a time
SCORER_CONTEXT = 1024


@dataclass
class OpenedModel:
    name: str
    backend: Backend
    resolved: ResolvedModel | None = None


@dataclass(frozen=True)
class ModelChoice:
    """What to open, decided from options, environment and config (no model is loaded yet)."""

    backend: str  # "llama" | "openai" | "fake"
    model: str | None
    base_url: str | None = None
    api_key_env: str | None = None

    @property
    def label(self) -> str:
        """Identifies the model for a batch's resume check (not the server's address)."""
        return f"{self.backend}:{self.model or 'default'}"


def choose(requested: str | None, config: Config, *, backend: str | None = None, base_url: str | None = None,
           api_key_env: str | None = None) -> ModelChoice:
    """Decide backend and model. A ``--base-url`` without ``--backend`` means the openai backend."""
    if backend is not None and backend not in BACKENDS:
        raise InputError(f"unknown backend {backend!r}; use one of: {', '.join(BACKENDS)}")
    kind = backend or ("openai" if base_url else None) or config.backend
    choice = requested or os.environ.get("CONNOTE_MODEL") or config.model
    if kind == "llama":
        if base_url or api_key_env:
            raise InputError("--base-url and --api-key-env need --backend openai")
        return ModelChoice(MODEL_BACKENDS.get(choice or "", "llama"), choice)
    url = base_url or config.base_url
    if not url:
        raise InputError("the openai backend needs the server's address",
                         hint="pass --base-url URL, e.g. http://127.0.0.1:8080/v1, "
                              "or: connote config set base_url URL")
    return ModelChoice("openai", choice, url, api_key_env or config.api_key_env)


def _open_fake(choice: ModelChoice, config: Config, threads: int | None, gpu_layers: int | None) -> OpenedModel:
    from .fake import FakeBackend

    return OpenedModel(FAKE, FakeBackend())


def _open_openai(choice: ModelChoice, config: Config, threads: int | None, gpu_layers: int | None) -> OpenedModel:
    from .openai import OpenAIBackend

    api_key = None
    if choice.api_key_env:
        api_key = os.environ.get(choice.api_key_env)
        if not api_key:
            raise InputError(f"environment variable {choice.api_key_env} (from --api-key-env) is not set "
                             "or empty", hint="export it with the server's API key first")
    backend = OpenAIBackend(choice.base_url or "", choice.model, api_key=api_key,
                            api_key_env=choice.api_key_env)
    return OpenedModel(backend.name, backend)


def open_scorer(threads: int | None) -> OnFirstUse | None:
    """The small model that scores a note's acronyms (``drafting.capitals``), loaded when first asked; None when it
    is not installed (the notes then keep the user's letters)."""
    model = lookup(SCORER)
    if model is None or not is_installed(model):
        return None

    def load():
        from .llama import LlamaBackend
        from .llama_score import SCORE_SEQS

        path = model_path(model)
        quick_verify(path, model)
        return LlamaBackend(path, n_ctx=SCORER_CONTEXT, threads=threads, sequences=SCORE_SEQS)

    return OnFirstUse(load, f"llama.cpp:{SCORER}")


def _open_llama(choice: ModelChoice, config: Config, threads: int | None, gpu_layers: int | None) -> OpenedModel:
    resolved = resolve(choice.model)  # found and verified now: a missing model is said before any drafting

    def load():
        from .llama import LlamaBackend

        return LlamaBackend(resolved.path, threads=threads or config.threads,
                            gpu_layers=config.gpu_layers if gpu_layers is None else gpu_layers,
                            state_cache_dir=paths.prompt_state_dir())

    backend = OnFirstUse(load, f"llama.cpp:{resolved.path.stem}", scorer=open_scorer(threads or config.threads))
    return OpenedModel(resolved.name, backend, resolved)


#: backend name -> how to open it
OPENERS: dict[str, Callable[[ModelChoice, Config, int | None, int | None], OpenedModel]] = {
    "llama": _open_llama, "openai": _open_openai, FAKE: _open_fake}


def open_choice(choice: ModelChoice, config: Config, *, threads: int | None = None,
                gpu_layers: int | None = None) -> OpenedModel:
    return OPENERS[choice.backend](choice, config, threads, gpu_layers)


def open_model(requested: str | None, config: Config, *, threads: int | None = None,
               gpu_layers: int | None = None, backend: str | None = None, base_url: str | None = None,
               api_key_env: str | None = None) -> OpenedModel:
    """Load the chosen model, or connect to the chosen server.

    The name ``fake`` (with the local backend) gives the deterministic test backend (no model file).
    """
    choice = choose(requested, config, backend=backend, base_url=base_url, api_key_env=api_key_env)
    return open_choice(choice, config, threads=threads, gpu_layers=gpu_layers)
