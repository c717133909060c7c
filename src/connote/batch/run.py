"""Drafting a batch's jobs: one row at a time, inline, on threads (server backends) or processes (one
llama.cpp model each), counting what finished."""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConnoteError, GenerationError, ModelError
from ..schema import TIME_BUDGET
from .plan import Job
from .results import ResultFile, record_from_draft, record_from_error

#: stop the batch after this many rows in a row could not be drafted because the server kept failing
MAX_CONSECUTIVE_TRANSIENT = 3


class Transient(Exception):
    """A row that could not be drafted for a passing reason (server overloaded): left for the next run."""

    def __init__(self, error: ConnoteError) -> None:
        super().__init__(str(error))
        self.error = error


def stops_batch(exc: BaseException) -> bool:
    return isinstance(exc, ModelError) or bool(getattr(exc, "stops_batch", False))


def is_transient(exc: BaseException) -> bool:
    return bool(getattr(exc, "transient", False))


def process_job(job: Job, backend, model_name: str, voice: tuple = (),
                time_budget: float | None = TIME_BUDGET) -> dict[str, Any]:
    """Draft one job into a record. A row's own problems become an error record; errors that stop the
    batch are raised; passing server trouble raises :class:`Transient`. ``voice``: the user's sent notes
    every row learns from (:mod:`connote.drafting.own_voice`; empty: none); ``time_budget``: seconds one row's draft
    may take (``Config.time_budget``)."""
    from ..drafting import draft

    if job.request is None:
        return record_from_error(job, job.error or "invalid row")
    try:
        result = draft(job.request, backend, model_name=model_name, voice=voice, time_budget=time_budget)
    except ConnoteError as exc:
        if stops_batch(exc):
            raise
        if is_transient(exc):
            raise Transient(exc) from None
        return record_from_error(job, str(exc), type(exc).__name__)
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception as exc:  # a bug must not lose the batch; the message may hold profile text: type only
        if os.environ.get("CONNOTE_DEBUG"):
            raise
        return record_from_error(job, f"internal error ({type(exc).__name__}); rerun with CONNOTE_DEBUG=1",
                                 "InternalError")
    return record_from_draft(job, result)


# --------------------------------------------------------------------------- runners

Outcome = tuple[Job, "dict[str, Any] | None", "BaseException | None"]


def run_inline(jobs: list[Job], backend, model_name: str, voice: tuple = (),
               time_budget: float | None = TIME_BUDGET) -> Iterator[Outcome]:
    for job in jobs:
        try:
            yield job, process_job(job, backend, model_name, voice, time_budget), None
        except (ConnoteError, Transient) as exc:
            yield job, None, exc


def run_threads(jobs: list[Job], backend, model_name: str, workers: int, voice: tuple = (),
                time_budget: float | None = TIME_BUDGET) -> Iterator[Outcome]:
    """``workers`` daemon threads share one thread-safe backend (server backends)."""
    todo: queue.Queue[Job] = queue.Queue()
    for job in jobs:
        todo.put(job)
    done: queue.Queue[Outcome] = queue.Queue()
    stop = threading.Event()

    def work() -> None:
        while not stop.is_set():
            try:
                job = todo.get_nowait()
            except queue.Empty:
                return
            try:
                done.put((job, process_job(job, backend, model_name, voice, time_budget), None))
            except BaseException as exc:  # handed to the main thread, which decides
                done.put((job, None, exc))

    threads = [threading.Thread(target=work, name=f"connote-batch-{i}", daemon=True)
               for i in range(min(workers, len(jobs)))]
    for t in threads:
        t.start()
    try:
        for _ in range(len(jobs)):
            while True:
                try:
                    item = done.get(timeout=0.25)  # short waits keep Ctrl-C responsive
                    break
                except queue.Empty:
                    if not any(t.is_alive() for t in threads) and done.empty():
                        return
            yield item
    finally:
        stop.set()


# One model per worker process (llama.cpp runs one sequence at a time).
_WORKER_STATE: dict[str, Any] = {}


def _worker_init() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and ends the pool


def _worker_run(args: tuple) -> tuple[Job, dict[str, Any] | None, tuple[str, str, str | None] | None]:
    choice, config, threads, gpu_layers, job, voice = args
    try:
        if "opened" not in _WORKER_STATE:
            from ..backends.table import open_choice

            _WORKER_STATE["opened"] = open_choice(choice, config, threads=threads, gpu_layers=gpu_layers)
        opened = _WORKER_STATE["opened"]
        return job, process_job(job, opened.backend, opened.name, voice, config.time_budget), None
    except Transient as exc:
        return job, None, ("transient", exc.error.message, exc.error.hint)
    except ConnoteError as exc:
        return job, None, (type(exc).__name__, exc.message, exc.hint)


def _rebuild_error(kind: str, message: str, hint: str | None) -> BaseException:
    """An exception in the parent for what a worker process reported (class name, message, hint)."""
    from .. import errors

    if kind == "transient":
        return Transient(GenerationError(message, hint=hint))
    cls = getattr(errors, kind, None)
    if not (isinstance(cls, type) and issubclass(cls, ConnoteError)):
        cls = GenerationError if "Server" in kind else ModelError
    err = cls(message, hint=hint)
    err.stops_batch = True  # whatever a worker could not survive stops the batch
    return err


def run_processes(jobs: list[Job], choice, config, workers: int, threads: int | None,
                  gpu_layers: int | None, voice: tuple = ()) -> Iterator[Outcome]:
    """``workers`` processes, each with its own llama.cpp model and ``threads`` threads."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    pool = ctx.Pool(processes=min(workers, len(jobs)), initializer=_worker_init)
    try:
        args = ((choice, config, threads, gpu_layers, job, voice) for job in jobs)
        for job, record, error in pool.imap_unordered(_worker_run, args, chunksize=1):
            yield job, record, None if error is None else _rebuild_error(*error)
        pool.close()
    finally:
        pool.terminate()
        pool.join()


# --------------------------------------------------------------------------- the batch

@dataclass
class BatchStats:
    total: int = 0
    skipped: int = 0  # already finished before this run
    changed: int = 0
    ok: int = 0
    flagged: int = 0
    errors: int = 0
    unfinished: int = 0  # left for the next run (server kept failing)
    notes: int = 0
    passing_notes: int = 0
    last_transient: str | None = None
    error_rows: list[int] = field(default_factory=list)

    @property
    def drafted(self) -> int:
        return self.ok + self.flagged + self.errors


def count_record(stats: BatchStats, record: dict[str, Any]) -> None:
    status = record["status"]
    if status == "ok":
        stats.ok += 1
    elif status == "flagged":
        stats.flagged += 1
    else:
        stats.errors += 1
        stats.error_rows.append(record["row"])
    stats.notes += len(record.get("notes") or [])
    stats.passing_notes += int(record.get("passed") or 0)


def run_batch(todo: list[Job], outcomes: Callable[[list[Job]], Iterator[Outcome]], out: ResultFile,
              stats: BatchStats, on_record: Callable[[dict[str, Any] | None], None] | None = None) -> BatchStats:
    """Draft ``todo`` through ``outcomes`` (a runner), appending each record to ``out`` as it finishes."""
    consecutive = 0
    runner = outcomes(todo)
    try:
        for _job, record, error in runner:
            if error is not None:
                if isinstance(error, Transient):
                    stats.unfinished += 1
                    stats.last_transient = str(error.error)
                    consecutive += 1
                    if on_record:
                        on_record(None)
                    if consecutive >= MAX_CONSECUTIVE_TRANSIENT:
                        raise error.error
                    continue
                raise error
            consecutive = 0
            out.append(record)
            count_record(stats, record)
            if on_record:
                on_record(record)
    finally:
        with contextlib.suppress(Exception):
            runner.close()
    return stats
