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


def resume_plan(jobs: list[Job], existing: list[Stored], *, retry_errors: bool = False,
                overwrite: bool = False, output: Path | None = None) -> ResumePlan:
    """Which jobs still need drafting, given what the output already holds."""
    if overwrite or not existing:
        return ResumePlan(todo=list(jobs), keep=[])
    by_row = {job.row: job for job in jobs}
    latest: dict[tuple[int, str], Stored] = {}
    for rec in existing:
        latest[(rec.row, rec.key)] = rec
    keep = [rec for (row, key), rec in latest.items() if row in by_row and by_row[row].key == key]
    if not keep:
        raise InputError(f"output file {output} holds results for a different input or model",
                         hint="choose another -o, or pass --overwrite to start over")
    finished = {rec.row for rec in keep if not (retry_errors and rec.status == "error")}
    stale_rows = {row for (row, _key) in latest} - {rec.row for rec in keep}
    todo = [job for job in jobs if job.row not in finished]
    return ResumePlan(todo=todo, keep=keep, done=len(finished),
                      changed=len(stale_rows & set(by_row)))


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
