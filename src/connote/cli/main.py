"""``connote``'s entry point: run the app, turn every error into one line on stderr and an exit code."""

from __future__ import annotations

import os
import sys

import typer

from ..errors import INTERRUPTED_EXIT, ConnoteError, InputError
from .app import app
from .output import err


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
