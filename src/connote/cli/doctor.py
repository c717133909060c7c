"""``connote doctor``: check the install and say, in one line each, what to fix."""

from __future__ import annotations

import json
from typing import Optional

import typer

_MARK = {"ok": "ok  ", "warn": "warn", "fail": "FAIL"}


def doctor(
    quick: bool = typer.Option(False, "--quick", help="Skip the full sha256 of each model and the load test."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Check this model choice instead."),
    json_out: bool = typer.Option(False, "--json", help="Print the checks as JSON."),
) -> None:
    """Check Python, llama-cpp-python and its CPU build, models, config and data dir; exit 1 if something
    must be fixed."""
    from .. import doctor as lib

    checks = lib.diagnose(full_verify=not quick, load_test=not quick, model_option=model)
    bad = lib.failed(checks)
    if json_out:
        typer.echo(json.dumps({"ok": not bad, "checks": lib.as_dicts(checks)}))
    else:
        width = max(len(c.name) for c in checks)
        for c in checks:
            typer.echo(f"{_MARK.get(c.status, c.status)}  {c.name:<{width}}  {c.detail}")
            if c.fix:
                typer.echo(f"      {'':<{width}}  fix: {c.fix}")
        n_fail = sum(c.status == "fail" for c in checks)
        typer.echo(f"{n_fail} problem{'s' if n_fail != 1 else ''} to fix" if bad else "all good")
    if bad:
        raise typer.Exit(1)
