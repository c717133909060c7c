"""Where connote keeps its state: config, data (history, models) and cache.

``CONNOTE_HOME`` relocates everything under one folder (tests always set it).
``CONNOTE_MODELS_DIR`` relocates only the model store.
"""

from __future__ import annotations

import os
from pathlib import Path

APP = "connote"


def _home() -> Path | None:
    value = os.environ.get("CONNOTE_HOME")
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    home = _home()
    if home:
        return home / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP))


def data_dir() -> Path:
    home = _home()
    if home:
        return home / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP))


def cache_dir() -> Path:
    home = _home()
    if home:
        return home / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP))


def prompt_state_dir() -> Path:
    """Where the llama backend keeps evaluated prompt prefixes (a cache; with your voice on they hold your notes)."""
    return cache_dir() / "prompt-state"


def models_dir() -> Path:
    value = os.environ.get("CONNOTE_MODELS_DIR")
    return Path(value).expanduser() if value else data_dir() / "models"


def config_file() -> Path:
    return config_dir() / "config.toml"


def user_prompts_dir() -> Path:
    return config_dir() / "prompts"


def history_db() -> Path:
    return data_dir() / "history.sqlite3"


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` readable by the owner only, and each missing parent the same way."""
    for folder in reversed([path, *path.parents]):
        if not folder.exists():
            try:
                folder.mkdir(mode=0o700)
            except FileExistsError:  # made by another process just now
                pass
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.chmod(path, 0o700)
    except OSError:
        pass
    return path
