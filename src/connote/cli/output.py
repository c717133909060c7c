"""What a command prints: errors and the status line on stderr, notes on stdout, and the end of a run.

stdout carries only results (or ``--json``); messages, progress and errors go to stderr.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import typer

from ..errors import ConnoteError

if TYPE_CHECKING:  # pydantic's models load only when a command needs them, not for `connote --help`
    from ..schema import Draft

ALL_FAILED = "connote: no note passed the checks; the best attempts are shown flagged — edit before sending"
NOTHING_SAFE = ("connote: no note passed the checks, and none is shown: the attempts held contact details, links, "
                "text from the paste or the wrong name; try again (another --seed) or say the reason differently")
NOTHING_NEW = ("connote: no new variation: every attempt repeated a note already shown or was unsafe to show; "
               "try --temperature 1.0, another --reason or -n 1")


def err(message: str) -> None:
    typer.echo(message, err=True)


class Status:
    """A one-line status on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty() and not os.environ.get("CONNOTE_NO_PROGRESS")
        self._shown = False

    def show(self, text: str) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K" + text)
            sys.stderr.flush()
            self._shown = True

    def clear(self) -> None:
        if self.enabled and self._shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self._shown = False


def print_note(index: int, note, *, explain: bool = False) -> None:
    flag = "" if note.passed else "  [check failed: " + ", ".join(note.failed) + "]"
    typer.echo(f"{index}. {note.text}")
    typer.echo(f"   ({note.chars}/{note.limit} chars · id {note.id}){flag}")
    if explain:
        for c in note.checks:
            mark = "ok " if c.passed else "FAIL"
            typer.echo(f"     {mark} {c.name}" + (f": {c.detail}" if c.detail else ""))
    sys.stdout.flush()


def stream_notes(open_backend, generate, *, count: int, json_out: bool, explain: bool):
    """Load the model with a status line, run ``generate(opened, on_note, on_status)`` and print each passing
    note as soon as it is ready (unless ``--json``). Returns what ``generate`` returns."""
    status = Status()
    status.show("Loading model…")
    opened = open_backend()
    status.show("Writing notes…")

    def on_note(note, index):
        if not json_out:
            status.clear()
            print_note(index, note, explain=explain)
            status.show("Writing more…" if index < count else "")

    try:
        with opened.backend:
            return generate(opened, on_note, status.show)
    finally:
        status.clear()


def show_result(result: Draft, *, explain: bool, json_out: bool = False, say: Callable[[str], None] = err,
                save: Callable[[Draft], None] | None = None, again_of: str | None = None,
                when_empty: str | None = None, when_all_failed: str | None = None) -> None:
    """The end of a run, after its passing notes were streamed — the same for ``draft``, ``again`` and a
    regeneration in interactive mode:

    1. ``save`` it in history; a failure is a warning (the notes are already printed, nothing is lost);
    2. ``--json``: the whole result as one object (a regeneration with ``"again_of"``); otherwise the flagged
       notes, numbered after the passing ones, and the warnings, through ``say``;
    3. why there are fewer notes: ``when_empty`` if none is shown, else ``when_all_failed`` if none passed.
       With ``--json`` only a regeneration says it (a script calling ``again`` needs to know it ran dry).
    """
    if save is not None:
        try:
            save(result)
        except ConnoteError as exc:
            say(f"connote: warning: not saved in history: {exc}")
    if json_out and again_of is None:
        typer.echo(result.model_dump_json(exclude={"request": {"profile_text"}}))
    elif json_out:
        data = result.model_dump(mode="json", exclude={"request": {"profile_text"}})
        data["again_of"] = again_of
        typer.echo(json.dumps(data, ensure_ascii=False))
    else:
        passed = sum(1 for n in result.notes if n.passed)
        for i, note in enumerate(result.notes[passed:], passed + 1):
            print_note(i, note, explain=explain)
        for w in result.warnings:
            say(f"connote: warning: {w}")
        if result.advice:
            say(f"connote: tip: {result.advice}")
    if json_out and again_of is None:
        return
    message = when_empty if not result.notes else when_all_failed if result.all_failed else None
    if message:
        say(message)
