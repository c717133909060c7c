"""``connote config show|set|unset|path``: read and change ``config.toml``."""

from __future__ import annotations

import json

import typer

config_app = typer.Typer(
    help="Show or change your settings (config.toml).",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


@config_app.command("show")
def show(json_out: bool = typer.Option(False, "--json", help="Print one JSON object.")) -> None:
    """Show every setting with its value; settings you set yourself are marked."""
    from ..config import load_config, written_settings

    config = load_config()
    written = set(written_settings())
    values = config.model_dump()
    if json_out:
        typer.echo(json.dumps(values))
        return
    for key, value in values.items():
        mark = "" if key in written else "   # default"
        typer.echo(f"{key} = {_fmt(value)}{mark}")


def _fmt(value) -> str:
    if value is None:
        return "(not set)"
    if isinstance(value, bool):
        return str(value).lower()
    return json.dumps(value) if isinstance(value, str) else str(value)


@config_app.command("set")
def set_(
    key: str = typer.Argument(..., help="Setting name, e.g. sender, model, limit, count, gpu_layers."),
    value: str = typer.Argument(..., help="New value."),
) -> None:
    """Set one setting, e.g. `connote config set sender "Sam, backend engineer at Acme"`."""
    from ..config import config_key, set_value
    from ..errors import InputError

    name = config_key(key)
    if not value.strip():
        raise InputError(f"empty value for {name}", hint=f"to go back to the default: connote config unset {name}")
    config = set_value(name, value.strip())
    typer.echo(f"{name} = {_fmt(getattr(config, name))}")


@config_app.command("unset")
def unset(key: str = typer.Argument(..., help="Setting name.")) -> None:
    """Remove one setting, so its default applies again."""
    from ..config import config_key, unset_value

    name = config_key(key)
    config = unset_value(name)
    typer.echo(f"{name} = {_fmt(getattr(config, name))}   # default")


@config_app.command("path")
def path() -> None:
    """Print where the config file lives."""
    from .. import paths

    typer.echo(str(paths.config_file()))
