"""Reading a batch's input: rows of a CSV file (with a header) or JSON Lines, without judging them."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import field_validator

from ..errors import InputError
from ..schema import Strict
from ..text.decode import decode_text

INPUT_FIELDS = ("id", "profile", "profile_file", "reason", "sender", "occasion", "limit", "n", "name")
FORMATS = ("csv", "jsonl")


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
    #: the person's name, when the paste lacks it
    name: str | None = None

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
