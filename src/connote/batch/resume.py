"""Which jobs a re-run still has to do, given the rows already in the result file, and in what order."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import ConnoteError, InputError
from .plan import Job
from .results import Stored


@dataclass
class ResumePlan:
    todo: list[Job]
    keep: list[Stored]
    done: int = 0  # rows already finished in the output
    changed: int = 0  # rows whose input changed since they were written (drafted again)


#: at most this many row numbers are named in the refusal
SHOWN_ROWS = 10


def resume_plan(jobs: list[Job], existing: list[Stored], *, retry_errors: bool = False,
                redraft_changed: bool = False, overwrite: bool = False, output: Path | None = None) -> ResumePlan:
    """Which jobs still need drafting, given what the output already holds.

    A row whose stored record no longer matches its input (its key: the row's profile, reason, sender, occasion,
    limit and n, and the run's model and options) has *changed*. A changed row that ended in an error is
    drafted again (you fixed it). Notes are results, so a changed row that has notes is never redrafted
    silently: connote refuses, naming the rows, unless ``redraft_changed`` (``--redraft-changed``)."""
    if overwrite or not existing:
        return ResumePlan(todo=list(jobs), keep=[])
    by_row = {job.row: job for job in jobs}
    latest: dict[tuple[int, str], Stored] = {}
    for rec in existing:
        latest[(rec.row, rec.key)] = rec
    keep = [rec for (row, key), rec in latest.items() if row in by_row and by_row[row].key == key]
    kept_rows = {rec.row for rec in keep}
    stale = {row for (row, _key) in latest} - kept_rows
    with_notes = sorted({rec.row for rec in latest.values() if rec.row in stale and rec.status != "error"})
    if with_notes and not redraft_changed:
        raise _changed_rows(with_notes, [r for r in with_notes if r not in by_row], output=output)
    finished = {rec.row for rec in keep if not (retry_errors and rec.status == "error")}
    todo = [job for job in jobs if job.row not in finished]
    return ResumePlan(todo=todo, keep=keep, done=len(finished), changed=len(stale & set(by_row)))


def _rows(rows: list[int]) -> str:
    if len(rows) == 1:
        return f"row {rows[0]}"
    shown = ", ".join(str(r) for r in rows[:SHOWN_ROWS]) + (", …" if len(rows) > SHOWN_ROWS else "")
    return f"{len(rows)} rows ({shown})"


def _changed_rows(rows: list[int], gone: list[int], *, output: Path | None) -> InputError:
    changed = [r for r in rows if r not in gone]
    parts = []
    if changed:
        parts.append(f"{_rows(changed)} whose input, model or options (-n, --limit, --seed, …) changed since "
                     "they were drafted")
    if gone:
        parts.append(f"{_rows(gone)} no longer in the input")
    drop = " and drop the rows no longer in the input" if gone else ""
    return InputError(f"output file {output} holds notes for {' and for '.join(parts)}; not mixing them",
                      hint=f"pass --redraft-changed to draft the changed rows again{drop} (the other rows are "
                           "kept), --overwrite to start over, or choose another -o")


def order_for_cache(jobs: list[Job]) -> list[Job]:
    """The jobs grouped by template (otherwise in input order): row after row then shares the prompt
    prefix a model (or a server) has cached, instead of evaluating the other template's examples again."""
    from ..prompting import occasion

    def template_of(job: Job) -> str:
        if job.request is None:
            return ""
        try:
            return occasion.choose(job.request.reason, job.request.occasion)
        except ConnoteError:
            return ""

    return sorted(jobs, key=template_of)
