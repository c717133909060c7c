"""Which model file a name means: built-in models, the user's own GGUFs (``models add``), paths; and the model
to use when none is named (``--model``, ``CONNOTE_MODEL``, config, then the best installed).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from ..errors import ModelError
from . import catalog as registry
from .catalog import RegistryModel, lookup
from .store import PARTIAL_SUFFIX, check_gguf, is_installed, model_path, quick_verify, remove_installed

USER_MODELS_FILE = "user_models.json"


@dataclass(frozen=True)
class ResolvedModel:
    name: str
    path: Path
    registry: RegistryModel | None = None


# --------------------------------------------------------------------------- user models

def _user_models_file() -> Path:
    return paths.models_dir() / USER_MODELS_FILE


def load_user_models() -> dict[str, str]:
    try:
        data = json.loads(_user_models_file().read_text())
        return {str(k): str(v) for k, v in data.items()}
    except (OSError, ValueError, AttributeError):
        return {}


def _save_user_models(models: dict[str, str]) -> None:
    paths.ensure_private_dir(paths.models_dir())
    tmp = _user_models_file().with_suffix(".tmp")
    tmp.write_text(json.dumps(models, indent=2))
    os.replace(tmp, _user_models_file())


def add_user_model(path: Path, name: str | None = None) -> str:
    """Register a user's own GGUF under ``name`` (default: the file name). The file stays where it is."""
    path = Path(path).expanduser().resolve()
    check_gguf(path)
    name = (name or path.stem).strip().lower()
    if not name or any(c.isspace() or c in "/\\" for c in name) or name == "fake":
        raise ModelError(f"{name!r} cannot be a model name", hint="pass --name with a short name, no spaces")
    if lookup(name) is not None:
        raise ModelError(f"{name!r} is a built-in model name", hint="pass --name to choose another")
    models = load_user_models()
    models[name] = str(path)
    _save_user_models(models)
    return name


# --------------------------------------------------------------------------- resolving

def choice(requested: str | None, configured: str | None = None) -> tuple[str | None, str]:
    """The model asked for and where the ask came from: ``--model``, ``CONNOTE_MODEL``, config, or none."""
    if requested:
        return requested, "--model"
    env = os.environ.get("CONNOTE_MODEL")
    if env:
        return env, "CONNOTE_MODEL"
    if configured:
        return configured, "config"
    return None, "best installed"


def best_installed() -> str | None:
    """The best model that is installed: registry models in order of quality, then user models."""
    default = registry.DEFAULT_MODEL
    for name in (default, *[n for n in registry.REGISTRY if n != default]):
        if is_installed(registry.REGISTRY[name]):
            return name
    for name in load_user_models():
        return name
    return None


def resolve(requested: str | None, configured: str | None = None) -> ResolvedModel:
    """Pick the model: ``--model``, then ``CONNOTE_MODEL``, then config, then the best installed."""
    chosen, _ = choice(requested, configured)
    if chosen:
        return _resolve_one(chosen)
    best = best_installed()
    if best is None:
        raise ModelError("no model is installed", hint=f"run: connote models install {registry.DEFAULT_MODEL}")
    return _resolve_one(best)


def _resolve_one(choice: str) -> ResolvedModel:
    model = lookup(choice)
    if model is not None:
        path = model_path(model)
        quick_verify(path, model)
        return ResolvedModel(model.name, path, model)
    users = load_user_models()
    if choice in users:
        path = Path(users[choice])
        check_gguf(path)
        return ResolvedModel(choice, path)
    looks_like_path = os.sep in choice or choice.endswith((".gguf", PARTIAL_SUFFIX)) or Path(choice).exists()
    if looks_like_path:
        path = Path(choice).expanduser()
        check_gguf(path)
        return ResolvedModel(path.stem, path.resolve())
    known = ", ".join([*registry.REGISTRY, *users])
    raise ModelError(f"unknown model {choice!r}", hint=f"use a path to a .gguf file or one of: {known}")


def remove(name: str) -> Path:
    """Delete a registry model's files (and any unfinished install), or forget a user model."""
    model = lookup(name)
    if model is not None:
        return remove_installed(model)
    users = load_user_models()
    if name in users:
        path = Path(users.pop(name))
        _save_user_models(users)
        return path
    raise ModelError(f"no installed model named {name!r}", hint="see: connote models list")
