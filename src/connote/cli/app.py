"""The ``connote`` command: the Typer app with every command and command group registered here, in order."""

from __future__ import annotations

import typer

from .. import __version__
from . import batch, config, doctor, draft, history, models, templates, voice

app = typer.Typer(
    name="connote",
    help="Write the short note for a LinkedIn connection request — locally, offline.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion for bash, zsh, fish, PowerShell
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"connote {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """Write the short note for a LinkedIn connection request — locally, offline."""


app.command("draft")(draft.draft)
app.add_typer(models.models_app, name="models")
app.add_typer(config.config_app, name="config")
app.add_typer(templates.templates_app, name="templates")
app.command("again")(draft.again)
app.add_typer(history.history_app, name="history")
app.command("mark")(history.mark)
app.command("stats")(history.stats)
app.add_typer(voice.voice_app, name="voice")
app.command("batch")(batch.batch)
app.command("doctor")(doctor.doctor)
