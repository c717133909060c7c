"""``connote batch``: draft notes for every row of a CSV or JSONL file; resumable; progress on stderr."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Optional

import typer

from . import options
from .voice import NO_VOICE, chosen_voice

MAX_WORKERS = 64
OPTION_NAMES = {"count": "-n/--count", "limit": "--limit", "temperature": "--temperature", "seed": "--seed"}




def default_output(input_path: Path, fmt: str) -> Path:
    return input_path.with_name(f"{input_path.stem}.notes.{fmt}")


def output_format(path: Path, input_format: str) -> str:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    return input_format


def batch(
    input_file: Path = typer.Argument(..., metavar="INPUT", help="CSV (with a header) or JSONL file of people: "
                                      "profile or profile_file, reason; optional id, sender, occasion, limit, n."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Results file, .csv or .jsonl (default: INPUT.notes.csv/jsonl)."),
    workers: int = typer.Option(1, "--workers", "-w", help="Rows drafted at the same time (1-64)."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Model name or path to a .gguf file "
                                        "(with --backend openai: the server's model name)."),
    backend: Optional[str] = options.BACKEND,
    base_url: Optional[str] = options.BASE_URL,
    api_key_env: Optional[str] = options.API_KEY_ENV,
    sender: Optional[str] = typer.Option(None, "--sender", "-s", help="Who you are (rows may override)."),
    count: Optional[int] = typer.Option(None, "--count", "-n", help="Notes per person, 1-10 (rows may override)."),
    limit: Optional[int] = typer.Option(None, "--limit", "-l", help="Character limit (rows may override)."),
    occasion: Optional[str] = typer.Option(None, "--occasion", help="Template for rows without one."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Vary all notes reproducibly (default: fixed per row)."),
    temperature: Optional[float] = options.TEMPERATURE,
    threads: Optional[int] = typer.Option(None, "--threads", help="CPU threads per model (llama backend)."),
    gpu_layers: Optional[int] = typer.Option(None, "--gpu-layers", help="Layers to offload to a GPU."),
    retry_errors: bool = typer.Option(False, "--retry-errors", help="Draft rows that ended in an error again."),
    redraft_changed: bool = typer.Option(False, "--redraft-changed",
                                         help="Draft again the rows whose input or options changed since they "
                                              "were drafted (otherwise refused); keep the others."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Start over: replace the output file's rows."),
    no_voice: bool = NO_VOICE,
    json_out: bool = typer.Option(False, "--json", help="Print a JSON summary on stdout at the end."),
) -> None:
    """Draft notes for many people at once: one output row per input row, written as each finishes.

    Run the same command again after a crash or Ctrl-C: finished rows are kept and skipped.
    """
    from pydantic import ValidationError

    from .. import batch as b
    from ..backends.table import choose
    from ..config import load_config
    from ..errors import InputError
    from ..schema import DraftRequest, validation_message

    if not 1 <= workers <= MAX_WORKERS:
        raise InputError(f"--workers must be between 1 and {MAX_WORKERS}")
    config = load_config()
    try:  # check the shared options once, not in every row
        DraftRequest(profile_text="-", reason="-", count=config.count if count is None else count,
                     limit=config.limit if limit is None else limit, seed=seed,
                     temperature=config.temperature if temperature is None else temperature)
    except ValidationError as exc:
        raise InputError(validation_message(exc, OPTION_NAMES)) from None
    choice = choose(model, config, backend=backend, base_url=base_url, api_key_env=api_key_env)

    input_file = input_file.expanduser()
    in_fmt, rows = b.read_input(input_file)
    out_path = (output.expanduser() if output is not None else default_output(input_file, in_fmt))
    if out_path.exists() and out_path.resolve() == input_file.resolve():
        raise InputError("the output file is the input file; choose another -o")
    defaults = b.BatchDefaults(
        model_label=choice.label, sender=sender or config.sender,
        count=config.count if count is None else count, limit=config.limit if limit is None else limit,
        occasion=occasion, temperature=config.temperature if temperature is None else temperature, seed=seed,
        first_note=config.first_note,
    )
    jobs = b.plan(rows, defaults, input_file.parent)
    max_notes = max([j.request.count for j in jobs if j.request is not None] or [defaults.count])
    out = b.ResultFile(out_path, output_format(out_path, in_fmt), max_notes)
    existing = [] if overwrite else out.load()
    resume = b.resume_plan(jobs, existing, retry_errors=retry_errors, redraft_changed=redraft_changed,
                           overwrite=overwrite, output=out_path)
    stats = b.BatchStats(total=len(jobs), skipped=resume.done, changed=resume.changed)
    if out.dropped_partial:
        _say(f"dropped {out.dropped_partial} row cut off by the last run; drafting it again")
    if resume.changed:
        _say(f"{resume.changed} row(s) changed since the last run; drafting them again")
    if resume.done:
        _say(f"resuming: {resume.done} of {len(jobs)} rows already in {out_path}")

    needs_model = any(j.request is not None for j in resume.todo)
    voice = (chosen_voice(config, no_voice) or ()) if needs_model else ()
    runner = _runner(choice, config, workers, threads, gpu_layers, voice) if needs_model else (
        lambda todo: b.run_inline(todo, None, "none"))  # a wrong model or address fails here, before any row
    out.open(resume.keep)
    started = time.monotonic()
    try:
        with _Progress(len(jobs), resume.done) as progress:
            b.run_batch(b.order_for_cache(resume.todo), runner, out, stats, on_record=progress.advance)
    except KeyboardInterrupt:
        out.close()
        _say(f"stopped: {_finished(out)} of {len(jobs)} rows saved in {out_path}; "
             "run the same command again to finish")
        raise
    except Exception:
        out.close()
        _say(f"stopped: {_finished(out)} of {len(jobs)} rows saved in {out_path}; "
             "fix the problem and run the same command again to finish")
        raise
    out.close()
    _finish(out, out_path, stats, time.monotonic() - started, json_out)


def _runner(choice, config, workers: int, threads: int | None, gpu_layers: int | None, voice: tuple = ()):
    """Inline for one worker; threads sharing one backend for servers; one model per process for llama. Every
    row learns from the same ``voice`` (the user's sent notes, read once)."""
    from .. import batch as b
    from ..backends.table import open_choice

    if workers > 1 and choice.backend == "llama":
        from ..models.resolve import resolve

        resolve(choice.model)  # a missing model fails here, once, not in every worker
        per_worker = threads or config.threads or max(1, (os.cpu_count() or 1) // workers)
        return lambda todo: b.run_processes(todo, choice, config, workers, per_worker, gpu_layers, voice)
    opened = open_choice(choice, config, threads=threads, gpu_layers=gpu_layers)

    def run(todo):
        with opened.backend:
            if workers > 1:
                yield from b.run_threads(todo, opened.backend, opened.name, workers, voice, config.time_budget)
            else:
                yield from b.run_inline(todo, opened.backend, opened.name, voice, config.time_budget)

    return run


def _finished(out) -> int:
    return len({rec.row for rec in out.records.values()})


def _say(message: str) -> None:
    typer.echo(f"connote: {message}", err=True)


def _finish(out, out_path: Path, stats, seconds: float, json_out: bool) -> None:
    import json

    from ..errors import GenerationError

    statuses = [rec.status for rec in out.records.values()]
    ok, flagged, errors = (statuses.count(s) for s in ("ok", "flagged", "error"))
    error_rows = sorted(rec.row for rec in out.records.values() if rec.status == "error")
    rate = stats.drafted / seconds * 60 if seconds > 0 and stats.drafted else 0.0
    note_rate = stats.notes / seconds * 60 if seconds > 0 and stats.notes else 0.0
    if json_out:
        typer.echo(json.dumps({
            "output": str(out_path), "rows": stats.total, "finished": len(statuses), "ok": ok,
            "flagged": flagged, "errors": errors, "error_rows": error_rows, "unfinished": stats.unfinished,
            "skipped": stats.skipped, "drafted": stats.drafted, "notes": stats.notes,
            "passing_notes": stats.passing_notes, "seconds": round(seconds, 3),
            "rows_per_min": round(rate, 2), "notes_per_min": round(note_rate, 2),
        }))
    shown = ", ".join(str(r) for r in error_rows[:10]) + (" …" if len(error_rows) > 10 else "")
    summary = f"{len(statuses)} of {stats.total} rows in {out_path}: {ok} ok, {flagged} flagged"
    summary += f", {errors} error(s) (rows {shown})" if errors else ", no errors"
    if stats.drafted:
        summary += f"; drafted {stats.drafted} in {seconds:.0f} s ({rate:.1f} rows/min)"
    _say(summary)
    if stats.unfinished:
        raise GenerationError(f"{stats.unfinished} row(s) could not be drafted: {stats.last_transient}",
                              hint="run the same command again to finish them")
    if errors:
        _say("fix those rows in the input (or pass --retry-errors) and run the same command again")
        raise typer.Exit(1)


class _Progress:
    """A rich progress bar (rows, rate, ETA) on stderr, only when stderr is a terminal."""

    def __init__(self, total: int, done: int) -> None:
        self.enabled = sys.stderr.isatty() and not os.environ.get("CONNOTE_NO_PROGRESS")
        self.total, self.done = total, done
        self._progress = None
        self._task = None

    def __enter__(self):
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                ProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.text import Text

            class RateColumn(ProgressColumn):
                def render(self, task) -> Text:
                    speed = task.speed
                    return Text("– rows/min" if speed is None else f"{speed * 60:.1f} rows/min")

            self._progress = Progress(
                TextColumn("Drafting"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                console=Console(stderr=True), transient=False,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task("batch", total=self.total, completed=self.done)
        return self

    def advance(self, record) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, 1)

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)
