"""Helpers for the hardening tests: run connote (in this process or as a child process) and judge the result.

``run_main`` calls :func:`connote.cli.main` in-process with real byte streams for stdin/stdout/stderr, so
fuzzing and the socket audit see exactly the CLI's input path without paying for a new interpreter.
``run_cli`` starts ``python -m connote.cli`` (a crash such as a segfault shows as a negative exit code).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from connote import history, paths
from connote.errors import EXIT_CODES

DOCUMENTED_EXIT_CODES = frozenset(EXIT_CODES.values())
REPO = Path(__file__).resolve().parents[1]
SMOL = "SmolLM2-135M-Instruct.Q4_1.gguf"


@dataclass
class Run:
    rc: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


def run_main(args: list[str], stdin: bytes = b"") -> Run:
    """``connote ARGS`` in this process; stdin is given as bytes (not a terminal)."""
    from connote import cli

    saved = sys.argv, sys.stdin, sys.stdout, sys.stderr
    out_buf, err_buf = io.BytesIO(), io.BytesIO()
    sys.argv = ["connote", *args]
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(out_buf, encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(err_buf, encoding="utf-8", write_through=True)
    try:
        cli.main()
        rc = 0
    except SystemExit as exc:
        rc = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        out, err = out_buf.getvalue(), err_buf.getvalue()
        sys.argv, sys.stdin, sys.stdout, sys.stderr = saved
    return Run(rc, out.decode("utf-8"), err.decode("utf-8"))


def run_cli(*args: str | bytes, input: bytes | str | None = b"", env_extra: dict | None = None,
            timeout: float = 600) -> Run:
    """``python -m connote.cli ARGS`` as a child process (arguments may be bytes: not-UTF-8 argv)."""
    env = dict(os.environ, CONNOTE_NO_PROGRESS="1")
    env.update(env_extra or {})
    data = input.encode() if isinstance(input, str) else input
    proc = subprocess.run([sys.executable, "-m", "connote.cli", *args], input=data, capture_output=True,
                          env=env, timeout=timeout)
    return Run(proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))


def history_count() -> int:
    """How many drafts the history holds (0 when there is no history file)."""
    if not paths.history_db().exists():
        return 0
    return len(history.list_drafts())


def assert_one_line_error(run: Run, code: int, needle: str = "") -> str:
    """A user mistake: the documented exit code, one line on stderr, nothing on stdout, no traceback."""
    assert run.rc == code, (run.rc, run.err)
    assert "Traceback" not in run.err and "internal error" not in run.err, run.err
    assert len(run.err_lines) == 1, run.err
    line = run.err_lines[0]
    assert line.startswith("connote: error: "), line
    assert needle.lower() in line.lower(), (needle, line)
    assert run.out == "", run.out
    return line
