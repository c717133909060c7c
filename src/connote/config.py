"""Read and write ``config.toml`` (validated by :class:`connote.schema.Config`)."""

from __future__ import annotations

import os
import tomllib
from typing import Any

from pydantic import ValidationError

from . import paths
from .errors import ConfigError, InputError
from .schema import Config, validation_message


def written_settings() -> dict[str, Any]:
    """The settings written in ``config.toml`` (only those; defaults stay out of the file)."""
    path = paths.config_file()
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}",
                          hint=f"fix it, or reset it with: rm {path}") from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None


def _validate(data: dict[str, Any], where: str) -> Config:
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{where}{validation_message(exc)}",
                          hint="see: connote config show; change it with: connote config set KEY VALUE") from None


def load_config() -> Config:
    return _validate(written_settings(), f"config file {paths.config_file()}: ")


def save_config(config: Config) -> None:
    """Write the settings that were set explicitly (``model_fields_set``), never the defaults."""
    import tomli_w

    path = paths.config_file()
    paths.ensure_private_dir(path.parent)
    data = config.model_dump(exclude_unset=True, exclude_none=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        tomli_w.dump(data, fh)
    os.replace(tmp, path)


def config_key(key: str) -> str:
    """``gpu-layers`` and ``gpu_layers`` both name the ``gpu_layers`` setting; an unknown name is a refused
    request (:class:`InputError`: the file is fine)."""
    name = key.strip().lower().replace("-", "_")
    if name not in Config.model_fields:
        raise InputError(f"unknown config key {key!r}", hint=f"known keys: {', '.join(Config.model_fields)}")
    return name


def set_value(key: str, value: Any) -> Config:
    """Set one setting (a string value is converted to the setting's type) and save the file.

    A value the setting cannot take is a refused request (:class:`InputError`, the file is left as it is); a
    file that is bad in another setting stays a :class:`ConfigError`."""
    name = config_key(key)
    raw = written_settings()
    raw[name] = value
    try:
        config = Config.model_validate(raw)
    except ValidationError as exc:
        if any(e.get("loc", ())[:1] == (name,) for e in exc.errors(include_input=False, include_url=False)):
            raise InputError(validation_message(exc), hint=f"see: connote config show; to go back to the "
                                                           f"default: connote config unset {name}") from None
        raise ConfigError(f"config file {paths.config_file()}: {validation_message(exc)}",
                          hint="see: connote config show; change it with: connote config set KEY VALUE") from None
    save_config(config)
    return config


def unset_value(key: str) -> Config:
    """Remove one setting from the file, so its default applies again."""
    name = config_key(key)
    raw = written_settings()
    raw.pop(name, None)
    config = _validate(raw, f"config file {paths.config_file()}: ")
    save_config(config)
    return config
