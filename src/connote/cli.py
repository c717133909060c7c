"""The ``connote`` command: parses arguments, calls the library, prints results.

stdout carries only results (or ``--json``); messages, progress and errors go to stderr.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer

from . import __version__, cli_options
from .errors import INTERRUPTED_EXIT, NO_PASSING_NOTE_EXIT, ConnoteError, InputError

app = typer.Typer(
    name="connote",
    help="Write the short note for a LinkedIn connection request — locally, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def err(message: str) -> None:
    typer.echo(message, err=True)


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


# --------------------------------------------------------------------------- input helpers

#: a pasted profile is a few KB; anything past this is not a profile (drafting uses the first 20,000 chars)
MAX_INPUT_BYTES = 10 * 1024 * 1024


def _too_big(where: str) -> InputError:
    return InputError(f"{where} is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB, which is not a profile; "
                      "paste only the person's profile page")


def decode_input(data: bytes, where: str) -> str:
    from .text_input import decode_text

    return decode_text(data, where, hint="; paste the profile as plain text")


def read_profile(profile: Optional[str], profile_file: Optional[str]) -> str:
    if profile is not None and profile_file is not None:
        raise InputError("give the profile with --profile or --profile-file, not both")
    if profile is not None:
        return profile
    if profile_file == "-" or (profile_file is None and not sys.stdin.isatty()):
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            raise _too_big("standard input")
        text = decode_input(data, "standard input")
        if not text.strip():
            raise InputError("no profile given: standard input was empty; pipe the profile text in, "
                             "or use --profile TEXT or --profile-file PATH")
        return text
    if profile_file is not None:
        path = Path(profile_file).expanduser()
        if not path.is_file():
            raise InputError(f"profile file {profile_file} does not exist")
        try:
            if path.stat().st_size > MAX_INPUT_BYTES:
                raise _too_big(f"profile file {profile_file}")
            return decode_input(path.read_bytes(), f"profile file {profile_file}")
        except OSError as exc:
            raise InputError(f"cannot read profile file {profile_file}: {exc.strerror}") from None
    raise InputError("no profile given: pipe it in, or use --profile TEXT or --profile-file PATH")


def read_reason(reason: Optional[str], *, stdin_used: bool) -> str:
    if reason is None:
        if sys.stdin.isatty() and not stdin_used:
            reason = typer.prompt("Why do you want to connect")
        else:
            raise InputError("--reason is required: say in a few words why you want to connect")
    if not reason.strip():
        raise InputError("the reason is empty: say in a few words why you want to connect")
    return reason


def print_note(index: int, note, *, explain: bool = False) -> None:
    flag = "" if note.passed else "  [check failed: " + ", ".join(note.failed) + "]"
    typer.echo(f"{index}. {note.text}")
    typer.echo(f"   ({note.chars}/{note.limit} chars · id {note.id}){flag}")
    if explain:
        for c in note.checks:
            mark = "ok " if c.passed else "FAIL"
            typer.echo(f"     {mark} {c.name}" + (f": {c.detail}" if c.detail else ""))
    sys.stdout.flush()


ALL_FAILED = "connote: no note passed the checks; the best attempts are shown flagged — edit before sending"
NOTHING_SAFE = ("connote: no note passed the checks, and none is shown: the attempts held contact details, links, "
                "text from the paste or the wrong name; try again (another --seed) or say the reason differently")


def stream_notes(open_backend, generate, *, count: int, json_out: bool, explain: bool):
    """Load the model with a status line, run ``generate(opened, on_note)`` and print each passing note
    as soon as it is ready (unless ``--json``). Returns what ``generate`` returns."""
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
            return generate(opened, on_note)
    finally:
        status.clear()


def print_rest(result, *, explain: bool) -> None:
    """After streaming: the flagged notes (numbered after the passing ones) and warnings."""
    passed = sum(1 for n in result.notes if n.passed)
    for i, note in enumerate(result.notes[passed:], passed + 1):
        print_note(i, note, explain=explain)
    for w in result.warnings:
        err(f"connote: warning: {w}")



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


# --------------------------------------------------------------------------- draft

OPTION_NAMES = {"count": "-n/--count", "limit": "--limit", "reason": "--reason", "profile_text": "profile",
                "temperature": "--temperature", "seed": "--seed", "sender": "--sender"}


@app.command()
def draft(
    reason: Optional[str] = typer.Option(None, "--reason", "-r", help="Why you want to connect, in your words."),
    profile: Optional[str] = typer.Option(None, "--profile", "-p", help="The pasted profile text."),
    profile_file: Optional[str] = typer.Option(None, "--profile-file", "-f",
                                               help="Read the profile from a file ('-' = stdin)."),
    sender: Optional[str] = typer.Option(None, "--sender", "-s",
                                         help="Who you are, e.g. 'Sam, backend engineer at Acme'."),
    count: Optional[int] = typer.Option(None, "--count", "-n", help="How many variations (1-10, default 3)."),
    limit: Optional[int] = typer.Option(None, "--limit", "-l",
                                        help="Character limit (default 300; 200 for free accounts)."),
    occasion: Optional[str] = typer.Option(None, "--occasion", "-o",
                                           help="Template to use (see `connote templates list`)."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Seed for reproducible drafts."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Model name or path to a .gguf file."),
    temperature: Optional[float] = cli_options.TEMPERATURE,
    json_out: bool = typer.Option(False, "--json", help="Print one JSON object instead of text."),
    explain: bool = typer.Option(False, "--explain", help="Show which checks each note passed."),
    no_history: bool = typer.Option(False, "--no-history", help="Do not save this draft in history."),
    threads: Optional[int] = typer.Option(None, "--threads", help="CPU threads for the model."),
    gpu_layers: Optional[int] = typer.Option(None, "--gpu-layers",
                                             help="Layers to offload to a GPU (GPU builds of llama.cpp)."),
    prompt_format: Optional[str] = typer.Option(None, "--format",
                                                help="'completion' (few-shot text, default) or 'chat' "
                                                     "(the model's own chat template)."),
    interactive: bool = typer.Option(False, "--interactive", "-i",
                                     help="Then pick with keys: copy, regenerate, edit, tone, limit, quit."),
    copy: bool = typer.Option(False, "--copy", help="Copy the best note to the clipboard."),
    backend: Optional[str] = cli_options.BACKEND,
    base_url: Optional[str] = cli_options.BASE_URL,
    api_key_env: Optional[str] = cli_options.API_KEY_ENV,
) -> None:
    """Draft connection notes from a pasted profile and your reason."""
    from pydantic import ValidationError

    from .config import load_config
    from .drafting import check_input
    from .drafting import draft as run_draft
    from .engine import open_model
    from .schema import DraftRequest, validation_message

    config = load_config()
    if interactive:
        from .interactive import check_usable

        check_usable(json_out)
    uses_stdin = profile is None and (profile_file == "-" or (profile_file is None and not sys.stdin.isatty()))
    profile_text = read_profile(profile, profile_file)
    reason_text = read_reason(reason, stdin_used=uses_stdin)
    try:
        request = DraftRequest(
            profile_text=profile_text, reason=reason_text, sender=sender or config.sender,
            count=config.count if count is None else count, limit=config.limit if limit is None else limit,
            seed=seed, temperature=config.temperature if temperature is None else temperature,
            occasion=occasion, model=model,
        )
    except ValidationError as exc:
        raise InputError(validation_message(exc, OPTION_NAMES)) from None
    check_input(request)  # refuse bad input before loading a model

    if prompt_format not in (None, "completion", "chat"):
        raise InputError("--format must be 'completion' or 'chat'")
    def open_chosen():
        return open_model(model, config, threads=threads, gpu_layers=gpu_layers, backend=backend,
                          base_url=base_url, api_key_env=api_key_env)

    result = stream_notes(open_chosen, lambda opened, on_note: run_draft(
        request, opened.backend, on_note=on_note, model_name=opened.name, prompt_format=prompt_format),
        count=request.count, json_out=json_out, explain=explain)
    keep_history = not (no_history or not config.history)
    if keep_history:
        _record_history(result)
    if json_out:
        typer.echo(result.model_dump_json(exclude={"request": {"profile_text"}}))
    else:
        print_rest(result, explain=explain)
        if result.all_failed:
            err(ALL_FAILED if result.notes else NOTHING_SAFE)
    if interactive or copy:
        from .interactive import after_draft

        after_draft(result, interactive=interactive, copy=copy, keep_history=keep_history, explain=explain,
                    open_backend=open_chosen)
    if result.all_failed:
        raise typer.Exit(NO_PASSING_NOTE_EXIT)


def _record_history(result) -> None:
    from . import history

    try:
        history.record_draft(result)
    except ConnoteError as exc:  # the notes are already printed: say so, don't lose them
        err(f"connote: warning: not saved in history: {exc}")


# --------------------------------------------------------------------------- entry point

def _register_subcommands() -> None:
    import importlib

    for module in ("cli_models", "cli_config", "cli_templates", "cli_history", "cli_batch", "cli_doctor"):
        try:
            mod = importlib.import_module(f"connote.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"connote.{module}":
                raise
            continue
        mod.register(app)


_register_subcommands()


def _undecodable_argument() -> int | None:
    """The position of the first argument holding bytes that are not UTF-8 (Python keeps them as surrogates)."""
    for i, arg in enumerate(sys.argv[1:], 1):
        if any("\ud800" <= c <= "\udfff" for c in arg):
            return i
    return None


def main() -> None:
    from typer._click.exceptions import ClickException

    bad = _undecodable_argument()
    if bad is not None:
        err(f"connote: error: command-line argument {bad} is not valid UTF-8 text")
        sys.exit(InputError.exit_code)
    try:
        code = app(prog_name="connote", standalone_mode=False)
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.Abort:  # Ctrl-C or Ctrl-D at a prompt: end the prompt's line first
        err("")
        code = INTERRUPTED_EXIT
    except KeyboardInterrupt:
        code = INTERRUPTED_EXIT
    except ClickException as exc:  # a usage mistake (unknown option, a value of the wrong type): one line too
        ctx = getattr(exc, "ctx", None)
        hint = f" (see: {ctx.command_path} --help)" if ctx is not None else ""
        err(f"connote: error: {exc.format_message()}{hint}")
        code = exc.exit_code
    except ConnoteError as exc:
        err(f"connote: error: {exc}")
        code = exc.exit_code
    except BrokenPipeError:
        code = 0
    except Exception as exc:  # never a traceback: it could hold pasted profile text
        if os.environ.get("CONNOTE_DEBUG"):
            raise
        err(f"connote: internal error ({type(exc).__name__}); rerun with CONNOTE_DEBUG=1 for details")
        code = 1
    if code == INTERRUPTED_EXIT:  # Ctrl-C (typer turns KeyboardInterrupt into exit code 130 by itself)
        if sys.stderr.isatty():
            sys.stderr.write("\r\033[K")  # over a progress line, not after it
        err("connote: interrupted")
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
