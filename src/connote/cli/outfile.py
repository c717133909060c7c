"""``draft -o FILE`` and ``again -o FILE``: what would go to stdout — the notes, or the ``--json`` object — goes
into FILE instead, and stdout stays empty (messages, warnings and errors still go to stderr).

FILE holds personal data, so it is created owner-only (0600) whatever the umask, and written whole when the
command ends with its notes (exit 0, or 10 when none passed the checks: the flagged attempts are what stdout
would have shown). On an error or Ctrl-C it is left as it was. It is never the pasted profile's own file.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from ..errors import NO_PASSING_NOTE_EXIT, InputError

#: the exit codes a command ends with after writing its notes
WRITTEN_EXITS = (0, NO_PASSING_NOTE_EXIT)


def send_stdout_to(output: str | None, *, profile_file: str | None = None, interactive: bool = False) -> None:
    """From here to the end of the running command, stdout goes into ``output`` (``None`` or ``-``: stdout).

    Checks the file can be written before any model work; refuses the pasted profile's file and ``-i``."""
    if output is None or output == "-":
        return
    if interactive:
        raise InputError("-i/--interactive shows the notes on the terminal; drop -o/--output "
                         "(or drop -i to write the notes to a file)")
    path = Path(output).expanduser()
    _warn_if_occasion(output)
    if path.is_dir():
        raise InputError(f"-o {output} is a folder; give a file name")
    if not path.parent.is_dir():
        raise InputError(f"cannot write {output}: folder {path.parent} does not exist")
    if profile_file not in (None, "-") and path.exists() and _same_file(path, Path(profile_file).expanduser()):
        raise InputError(f"-o {output} is the profile file itself; choose another file for the notes")
    from typer._click.globals import get_current_context

    get_current_context().with_resource(_StdoutToFile(path, output))


def _warn_if_occasion(output: str) -> None:
    """``-o event`` meant the occasion before ``-o`` was the output file: say where the notes go."""
    from ..prompting import templates

    if output in templates.names() and not Path(output).exists():
        print(f"connote: warning: writing the notes to a file named {output!r}; for the occasion, use "
              f"--occasion {output}", file=sys.stderr)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


class _StdoutToFile:
    """Hold what is written to stdout; at the end write it to the file (atomically, 0600) or drop it."""

    def __init__(self, path: Path, shown: str) -> None:
        self.path, self.shown = path, shown
        self.buffer = io.StringIO()
        self.stdout = None

    def __enter__(self) -> _StdoutToFile:
        sys.stdout.flush()
        self.stdout, sys.stdout = sys.stdout, self.buffer
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        sys.stdout = self.stdout
        if exc_type is None or getattr(exc, "exit_code", None) in WRITTEN_EXITS:
            write_private(self.path, self.buffer.getvalue(), shown=self.shown)
            print(f"connote: wrote {self.shown}", file=sys.stderr)


def write_private(path: Path, text: str, *, shown: str) -> None:
    """Write ``text`` to ``path`` whole: a 0600 file beside it, then renamed over it (so also a file that
    was there before ends up owner-only)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.remove(tmp)
        except OSError:
            pass
        raise InputError(f"cannot write {shown}: {exc.strerror or exc}") from None
