"""Read and write ``config.toml`` (validated by :class:`connote.schema.Config`)."""

from __future__ import annotations

import os
import tomllib
from typing import Any

from pydantic import ValidationError

from . import paths
from .errors import ConfigError
from .schema import Config, validation_message


def load_config() -> Config:
    path = paths.config_file()
    if not path.exists():
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}",
                          hint="fix it or delete it") from None
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"config file {path}: {validation_message(exc)}") from None


def save_config(config: Config) -> None:
    import tomli_w

    path = paths.config_file()
    paths.ensure_private_dir(path.parent)
    data = config.model_dump(exclude_none=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        tomli_w.dump(data, fh)
    os.replace(tmp, path)


def set_value(key: str, value: Any) -> Config:
    current = load_config().model_dump()
    if key not in Config.model_fields:
        raise ConfigError(f"unknown config key {key!r}; known: {', '.join(Config.model_fields)}")
    current[key] = value
    try:
        config = Config.model_validate(current)
    except ValidationError as exc:
        raise ConfigError(validation_message(exc)) from None
    save_config(config)
    return config
