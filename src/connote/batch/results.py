"""A batch's output: one record per row, and the result file (CSV or JSONL) that is appended and synced as
rows finish, read back on a re-run, and rewritten in input order at the end."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..schema import Draft
from .plan import KEY_CHARS, Job
from .rows import FORMATS

STATUSES = ("ok", "flagged", "error")


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
        from .. import paths

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
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # notes about people: owner-only
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
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
