"""Batch drafting: many people from a CSV or JSONL file, results written as they finish, resumable.

The pieces, each with one job:

- :func:`read_input` reads the rows (CSV with a header, or JSON Lines) without judging them;
- :func:`plan` turns each row into a :class:`Job`: a validated :class:`DraftRequest` and a *key* (a hash of
  everything that decides the row's notes), or the row's own error;
- :class:`ResultFile` is the output (CSV or JSONL). Each finished row is appended and synced at once;
  on start the file is read back, a row cut off by a crash is dropped, and rows whose (row, key) still
  match the input count as done; at the end the file is rewritten in input order (atomically);
- :func:`run_batch` drafts the unfinished jobs, inline or with ``workers`` threads (server backends) or
  processes (one llama.cpp model per process), and hands every record to the file as it finishes.

A bad row becomes a record with ``status = "error"`` and does not stop the batch. Errors that no row can
escape (the server is unreachable, the model is missing) stop it; everything finished is already on disk,
and running the same command again finishes the rest. Seeds derive from the row key, so a resumed batch
writes what an uninterrupted one would have written.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError, field_validator

from .errors import ConnoteError, GenerationError, InputError, ModelError
from .schema import Draft, DraftRequest, Strict, validation_message
from .text_input import decode_text

INPUT_FIELDS = ("id", "profile", "profile_file", "reason", "sender", "occasion", "limit", "n")
FORMATS = ("csv", "jsonl")
STATUSES = ("ok", "flagged", "error")
KEY_CHARS = 16
ROW_NAMES = {"count": "n", "profile_text": "profile", "limit": "limit", "reason": "reason"}
#: stop the batch after this many rows in a row could not be drafted because the server kept failing
MAX_CONSECUTIVE_TRANSIENT = 3


# --------------------------------------------------------------------------- input

class BatchRow(Strict):
    """One input row as the user wrote it (columns / JSON fields)."""

    id: str | None = None
    profile: str | None = None
    profile_file: str | None = None
    reason: str | None = None
    sender: str | None = None
    occasion: str | None = None
    limit: int | None = None
    n: int | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_text(cls, v: Any) -> Any:
        return str(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_missing(cls, v: Any) -> Any:
        return None if isinstance(v, str) and not v.strip() else v


@dataclass(frozen=True)
class RawRow:
    """A row read from the input: its fields, or why it could not be read. ``source`` feeds the key."""

    row: int
    fields: dict[str, Any] | None
    error: str | None = None
    source: str = ""


def detect_format(path: Path, text: str | None = None) -> str:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if text is not None and text.lstrip().startswith("{"):
        return "jsonl"
    return "csv"


def read_text(path: Path, what: str) -> str:
    if not path.is_file():
        raise InputError(f"{what} {path} does not exist")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {what} {path}: {exc.strerror}") from None
    return decode_text(data, f"{what} {path}")


def read_input(path: Path) -> tuple[str, list[RawRow]]:
    """Read the input file; returns (format, rows). Whole-file problems raise InputError."""
    path = Path(path)
    text = read_text(path, "input file")
    fmt = detect_format(path, text)
    rows = _read_csv(path, text) if fmt == "csv" else _read_jsonl(text)
    if not rows:
        raise InputError(f"input file {path} has no rows")
    return fmt, rows


def _read_csv(path: Path, text: str) -> list[RawRow]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f"input file {path} is empty") from None
    except csv.Error as exc:
        raise InputError(f"input file {path} is not valid CSV: {exc}") from None
    columns = [h.strip().lower() for h in header]
    unknown = [c for c in columns if c not in INPUT_FIELDS]
    if unknown:
        raise InputError(f"input file {path} has unknown column(s) {', '.join(repr(c) for c in unknown)}",
                         hint=f"known columns: {', '.join(INPUT_FIELDS)}")
    if len(set(columns)) != len(columns):
        raise InputError(f"input file {path} repeats a column name")
    if "reason" not in columns or not {"profile", "profile_file"} & set(columns):
        raise InputError(f"input file {path} needs a 'reason' column and a 'profile' or 'profile_file' column")
    rows: list[RawRow] = []
    index = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(f"input file {path} is not valid CSV near line {reader.line_num}: {exc}") from None
        if not cells:  # a blank line
            continue
        index += 1
        if all(not c.strip() for c in cells):  # an empty spreadsheet row keeps its number, makes no job
            continue
        source = json.dumps(cells, ensure_ascii=False)
        if len(cells) > len(columns):
            rows.append(RawRow(index, None, "the row has more cells than the header has columns", source))
            continue
        rows.append(RawRow(index, dict(zip(columns, cells)), None, source))
    return rows


def _read_jsonl(text: str) -> list[RawRow]:
    rows: list[RawRow] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError as exc:
            rows.append(RawRow(number, None, f"line {number} is not valid JSON ({exc.msg})", line))
            continue
        if not isinstance(data, dict):
            rows.append(RawRow(number, None, f"line {number} is not a JSON object", line))
            continue
        rows.append(RawRow(number, data, None, line))
    return rows


# --------------------------------------------------------------------------- planning

@dataclass(frozen=True)
class BatchDefaults:
    """What applies to rows that do not say otherwise, and what identifies the run's output."""

    model_label: str
    sender: str | None = None
    count: int = 3
    limit: int = 300
    occasion: str | None = None
    temperature: float = 0.7
    seed: int | None = None


@dataclass(frozen=True)
class Job:
    row: int
    key: str
    id: str | None = None
    request: DraftRequest | None = None
    error: str | None = None


def _hash(*parts: Any) -> str:
    blob = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:KEY_CHARS]


def row_seed(key: str, seed: int | None) -> int:
    """A per-row seed from the row key (and ``--seed``): resumed runs repeat what a full run would write."""
    digest = hashlib.sha256(f"{key}|{seed}".encode()).hexdigest()
    return int(digest[:8], 16) % (2**31 - 1024)


def plan(rows: Iterable[RawRow], defaults: BatchDefaults, base_dir: Path) -> list[Job]:
    """One Job per row; ``profile_file`` paths are relative to ``base_dir`` (the input file's folder)."""
    return [_plan_one(raw, defaults, Path(base_dir)) for raw in rows]


def _plan_one(raw: RawRow, defaults: BatchDefaults, base_dir: Path) -> Job:
    if raw.fields is None:
        return Job(raw.row, _hash("unreadable", raw.source, defaults.model_label), error=raw.error)
    fallback_key = _hash("invalid", raw.source, defaults.model_label)
    try:
        row = BatchRow.model_validate(raw.fields)
    except ValidationError as exc:
        return Job(raw.row, fallback_key, error=validation_message(exc))
    if row.profile is not None and row.profile_file is not None:
        return Job(raw.row, fallback_key, row.id, error="give profile or profile_file, not both")
    if row.profile_file is not None:
        path = Path(row.profile_file).expanduser()
        path = path if path.is_absolute() else base_dir / path
        try:
            profile_text = read_text(path, "profile file")
        except InputError as exc:
            return Job(raw.row, _hash("invalid", raw.source, defaults.model_label), row.id, error=exc.message)
    elif row.profile is not None:
        profile_text = row.profile
    else:
        return Job(raw.row, fallback_key, row.id, error="no profile: fill in profile or profile_file")
    if row.reason is None:
        return Job(raw.row, fallback_key, row.id, error="no reason: say why you want to connect")
    effective = {
        "profile": profile_text, "reason": row.reason, "sender": row.sender or defaults.sender,
        "occasion": row.occasion or defaults.occasion,
        "limit": defaults.limit if row.limit is None else row.limit,
        "count": defaults.count if row.n is None else row.n,
        "temperature": defaults.temperature, "seed": defaults.seed, "model": defaults.model_label,
    }
    key = _hash(effective)
    try:
        request = DraftRequest(
            profile_text=profile_text, reason=row.reason, sender=effective["sender"],
            count=effective["count"], limit=effective["limit"], occasion=effective["occasion"],
            temperature=defaults.temperature, seed=row_seed(key, defaults.seed),
        )
    except ValidationError as exc:
        return Job(raw.row, key, row.id, error=validation_message(exc, ROW_NAMES))
    return Job(raw.row, key, row.id, request=request)


# --------------------------------------------------------------------------- records

def note_columns(count: int) -> list[str]:
    cols: list[str] = []
    for i in range(1, count + 1):
        cols += [f"note_{i}", f"note_{i}_chars", f"note_{i}_passed", f"note_{i}_failed"]
    return cols


def csv_header(max_notes: int) -> list[str]:
    """CSV columns; ``key`` is last so a line cut off by a crash is recognised."""
    return (["row", "id", "name", "status", "passed", "error"] + note_columns(max_notes)
            + ["occasion", "language", "model", "candidates", "seconds", "warnings", "key"])


def record_from_draft(job: Job, result: Draft) -> dict[str, Any]:
    notes = [n.model_dump(include={"text", "chars", "limit", "passed", "score", "failed", "checks"})
             for n in result.notes]
    return {
        "row": job.row, "id": job.id, "status": "flagged" if result.all_failed else "ok",
        "name": result.profile.name, "passed": sum(1 for n in result.notes if n.passed),
        "notes": notes, "error": None, "error_type": None, "occasion": result.occasion,
        "template": result.template, "language": result.language, "model": result.model,
        "candidates": result.candidates, "seconds": result.seconds, "warnings": list(result.warnings),
        "key": job.key,
    }


def record_from_error(job: Job, message: str, error_type: str = "InputError") -> dict[str, Any]:
    return {
        "row": job.row, "id": job.id, "status": "error", "name": None, "passed": 0, "notes": [],
        "error": message, "error_type": error_type, "occasion": None, "template": None, "language": None,
        "model": None, "candidates": 0, "seconds": 0.0, "warnings": [], "key": job.key,
    }


def _one_line(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())


def flatten(record: dict[str, Any], header: list[str]) -> dict[str, str]:
    """A record as one CSV row (single-line cells: a newline would break crash detection)."""
    flat: dict[str, Any] = {k: record.get(k) for k in header if not k.startswith("note_")}
    flat["warnings"] = " | ".join(record.get("warnings") or [])
    for i, note in enumerate(record.get("notes") or [], 1):
        flat[f"note_{i}"] = note["text"]
        flat[f"note_{i}_chars"] = note["chars"]
        flat[f"note_{i}_passed"] = "yes" if note["passed"] else "no"
        flat[f"note_{i}_failed"] = ";".join(note.get("failed") or [])
    return {k: _one_line(flat.get(k)) for k in header}


# --------------------------------------------------------------------------- the output file

@dataclass
class Stored:
    row: int
    key: str
    status: str
    data: dict[str, Any]  # as stored: nested (JSONL) or flat strings (CSV)


def _valid_key(key: Any) -> bool:
    return isinstance(key, str) and len(key) == KEY_CHARS and all(c in "0123456789abcdef" for c in key)


class ResultFile:
    """The batch output. Appends are flushed and fsync'd one record at a time."""

    def __init__(self, path: Path, fmt: str, max_notes: int) -> None:
        if fmt not in FORMATS:
            raise InputError(f"unknown output format {fmt!r}; use one of: {', '.join(FORMATS)}")
        self.path = Path(path)
        self.fmt = fmt
        self.header = csv_header(max_notes)
        self.records: dict[tuple[int, str], Stored] = {}
        self._fh: io.TextIOBase | None = None
        self._lock_fh = None
        self.dropped_partial = 0

    # -- reading back -----------------------------------------------------------------------------
    def load(self) -> list[Stored]:
        """Read finished records from an existing output. Raises InputError if it is not a batch output."""
        if not self.path.exists():
            return []
        try:
            text = self.path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            raise self._foreign() from None
        if not text.strip():
            return []
        lines = text.split("\n")
        partial = lines.pop()  # "" when the file ends with a newline, else a record cut off mid-write
        if self.fmt == "csv":
            return self._parse_csv(lines, partial)
        return self._parse_jsonl(lines, partial)

    def _foreign(self) -> InputError:
        return InputError(f"output file {self.path} exists and is not a connote batch output ({self.fmt})",
                          hint="choose another -o, or pass --overwrite to replace it")

    def _edited(self, line: int) -> InputError:
        return InputError(f"output file {self.path} line {line} is not a batch record (edited by hand?)",
                          hint="restore it, choose another -o, or pass --overwrite to start over")

    def _parse_jsonl(self, lines: list[str], partial: str) -> list[Stored]:
        out = []
        for number, line in enumerate(lines, 1):
            try:
                data = json.loads(line)
                ok = (isinstance(data, dict) and isinstance(data.get("row"), int) and _valid_key(data.get("key"))
                      and data.get("status") in STATUSES)
            except ValueError:
                ok = False
            if not ok:
                raise self._edited(number) if out else self._foreign()
            out.append(Stored(data["row"], data["key"], data["status"], data))
        if partial:
            if not partial.startswith('{"row": '):
                raise self._edited(len(lines) + 1) if out else self._foreign()
            self.dropped_partial += 1
        return out

    def _parse_csv(self, lines: list[str], partial: str) -> list[Stored]:
        if not lines:  # not even a complete header line: connote writes the header atomically
            raise self._foreign()
        try:
            header = next(csv.reader([lines[0]]))
        except (csv.Error, StopIteration):
            raise self._foreign() from None
        if not header or header[0] != "row" or header[-1] != "key" or "status" not in header:
            raise self._foreign()
        out = []
        for number, line in enumerate(lines[1:], 2):
            try:
                cells = next(csv.reader([line]))
            except (csv.Error, StopIteration):
                cells = []
            data = dict(zip(header, cells)) if len(cells) == len(header) else {}
            ok = bool(data) and data["row"].isdigit() and _valid_key(data["key"]) and data["status"] in STATUSES
            if not ok:
                raise self._edited(number)
            out.append(Stored(int(data["row"]), data["key"], data["status"], data))
        if partial:
            self.dropped_partial += 1
        return out

    # -- writing ----------------------------------------------------------------------------------
    def _lock(self) -> None:
        from . import paths

        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no lock, still correct for one process
            return
        lock_dir = paths.ensure_private_dir(paths.cache_dir() / "batch-locks")
        name = hashlib.sha256(str(self.path.resolve()).encode()).hexdigest()[:24]
        fh = open(lock_dir / f"{name}.lock", "w")  # noqa: SIM115 - held for the whole run
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise InputError(f"another connote batch is writing {self.path}",
                             hint="wait for it to finish, or choose another -o") from None
        self._lock_fh = fh

    def open(self, keep: Iterable[Stored]) -> None:
        """Lock the output, rewrite it with ``keep`` (in row order), then append from there."""
        self._lock()
        self.records = {}
        for rec in keep:
            self.records[(rec.row, rec.key)] = rec  # later duplicates win
        self.rewrite()
        self._fh = open(self.path, "a", encoding="utf-8", newline="")  # noqa: SIM115

    def _serialize(self, data: dict[str, Any], *, flat: bool) -> str:
        if self.fmt == "jsonl":
            return json.dumps(data, ensure_ascii=False) + "\n"
        buf = io.StringIO()
        row = data if flat else flatten(data, self.header)
        csv.writer(buf, lineterminator="\n").writerow([_one_line(row.get(k, "")) for k in self.header])
        return buf.getvalue()

    def append(self, record: dict[str, Any]) -> None:
        assert self._fh is not None, "open() first"
        stored = self._stored(record)
        self._fh.write(self._serialize(stored.data, flat=self.fmt == "csv"))
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self.records[(stored.row, stored.key)] = stored

    def _stored(self, record: dict[str, Any]) -> Stored:
        data = flatten(record, self.header) if self.fmt == "csv" else record
        return Stored(record["row"], record["key"], record["status"], data)

    def rewrite(self) -> None:
        """Write every kept record in row order to a temporary file, then swap it in atomically."""
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            if self.fmt == "csv":
                csv.writer(fh, lineterminator="\n").writerow(self.header)
            for rec in sorted(self.records.values(), key=lambda r: r.row):
                fh.write(self._serialize(rec.data, flat=True))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def close(self, *, compact: bool = True) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
            if compact:
                self.rewrite()
        if self._lock_fh is not None:
            self._lock_fh.close()
            self._lock_fh = None


# --------------------------------------------------------------------------- resume

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
    from . import occasion

    def template_of(job: Job) -> str:
        if job.request is None:
            return ""
        try:
            return occasion.choose(job.request.reason, job.request.occasion)
        except ConnoteError:
            return ""

    return sorted(jobs, key=template_of)


# --------------------------------------------------------------------------- drafting one row

class Transient(Exception):
    """A row that could not be drafted for a passing reason (server overloaded): left for the next run."""

    def __init__(self, error: ConnoteError) -> None:
        super().__init__(str(error))
        self.error = error


def stops_batch(exc: BaseException) -> bool:
    return isinstance(exc, ModelError) or bool(getattr(exc, "stops_batch", False))


def is_transient(exc: BaseException) -> bool:
    return bool(getattr(exc, "transient", False))


def process_job(job: Job, backend, model_name: str) -> dict[str, Any]:
    """Draft one job into a record. A row's own problems become an error record; errors that stop the
    batch are raised; passing server trouble raises :class:`Transient`."""
    from .drafting import draft

    if job.request is None:
        return record_from_error(job, job.error or "invalid row")
    try:
        result = draft(job.request, backend, model_name=model_name)
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


def run_inline(jobs: list[Job], backend, model_name: str) -> Iterator[Outcome]:
    for job in jobs:
        try:
            yield job, process_job(job, backend, model_name), None
        except (ConnoteError, Transient) as exc:
            yield job, None, exc


def run_threads(jobs: list[Job], backend, model_name: str, workers: int) -> Iterator[Outcome]:
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
                done.put((job, process_job(job, backend, model_name), None))
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
    choice, config, threads, gpu_layers, job = args
    try:
        if "opened" not in _WORKER_STATE:
            from .engine import open_choice

            _WORKER_STATE["opened"] = open_choice(choice, config, threads=threads, gpu_layers=gpu_layers)
        opened = _WORKER_STATE["opened"]
        return job, process_job(job, opened.backend, opened.name), None
    except Transient as exc:
        return job, None, ("transient", exc.error.message, exc.error.hint)
    except ConnoteError as exc:
        return job, None, (type(exc).__name__, exc.message, exc.hint)


def _rebuild_error(kind: str, message: str, hint: str | None) -> BaseException:
    """An exception in the parent for what a worker process reported (class name, message, hint)."""
    from . import errors

    if kind == "transient":
        return Transient(GenerationError(message, hint=hint))
    cls = getattr(errors, kind, None)
    if not (isinstance(cls, type) and issubclass(cls, ConnoteError)):
        cls = GenerationError if "Server" in kind else ModelError
    err = cls(message, hint=hint)
    err.stops_batch = True  # whatever a worker could not survive stops the batch
    return err


def run_processes(jobs: list[Job], choice, config, workers: int, threads: int | None,
                  gpu_layers: int | None) -> Iterator[Outcome]:
    """``workers`` processes, each with its own llama.cpp model and ``threads`` threads."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    pool = ctx.Pool(processes=min(workers, len(jobs)), initializer=_worker_init)
    try:
        args = ((choice, config, threads, gpu_layers, job) for job in jobs)
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
