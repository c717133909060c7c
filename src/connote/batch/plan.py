"""A batch's rows as jobs: each a validated request and a key (a hash of all that decides its notes), or the
row's own error."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import InputError
from ..schema import DraftRequest, FirstNote, validation_message
from .rows import BatchRow, RawRow, read_text

KEY_CHARS = 16
ROW_NAMES = {"count": "n", "profile_text": "profile", "limit": "limit", "reason": "reason"}


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
    first_note: FirstNote = "model"


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
    if row.name:  # only when given: rows without a name keep the key they had before this column existed
        effective["name"] = row.name
    if defaults.first_note != "model":  # likewise: keys from before the setting stay
        effective["first_note"] = defaults.first_note
    key = _hash(effective)
    try:
        request = DraftRequest(
            profile_text=profile_text, reason=row.reason, sender=effective["sender"],
            count=effective["count"], limit=effective["limit"], occasion=effective["occasion"],
            temperature=defaults.temperature, seed=row_seed(key, defaults.seed), name=row.name,
            first_note=defaults.first_note,
        )
    except ValidationError as exc:
        return Job(raw.row, key, row.id, error=validation_message(exc, ROW_NAMES))
    return Job(raw.row, key, row.id, request=request)
