"""What history keeps, as records: a draft with its edits and marks (one line of a JSONL export), a note found
by id, a list row; and reading an export back."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from pydantic import Field, ValidationError, model_validator

from ..errors import InputError
from ..schema import Draft, Note, Strict, validation_message

STATUSES = ("sent", "accepted", "ignored")
Status = Literal["sent", "accepted", "ignored"]
RECORD_FORMAT = "connote-history"


class Mark(Strict):
    status: Status
    at: datetime


class HistoryRecord(Strict):
    """One draft as history keeps it; also one line of ``connote history export --format jsonl``."""

    format: Literal["connote-history"] = RECORD_FORMAT
    version: Literal[1] = 1
    root_id: str | None = None
    draft: Draft
    edits: dict[str, str] = Field(default_factory=dict)
    marks: dict[str, list[Mark]] = Field(default_factory=dict)
    #: notes of this draft that ``connote voice forget`` took out of the user's voice
    voice_forgotten: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _known_notes(self) -> HistoryRecord:
        ids = {n.id for n in self.draft.notes}
        for key in (*self.edits, *self.marks, *self.voice_forgotten):
            if key not in ids:
                raise ValueError(f"edit or mark for note {key!r}, which is not a note of draft {self.draft.id}")
        return self

    def status(self, note_id: str) -> str | None:
        marks = self.marks.get(note_id)
        return marks[-1].status if marks else None

    def final_text(self, note: Note) -> str:
        return self.edits.get(note.id, note.text)

    def to_jsonl(self) -> str:
        """One line of a JSONL export (without ``voice_forgotten`` when nothing was forgotten, as before)."""
        return self.model_dump_json(exclude=None if self.voice_forgotten else {"voice_forgotten"})


@dataclass(frozen=True)
class NoteRef:
    """A note found by id (or id prefix), with the draft it belongs to."""

    note: Note
    draft_id: str
    root_id: str
    edited_text: str | None
    status: str | None


@dataclass(frozen=True)
class DraftSummary:
    id: str
    root_id: str | None
    created_at: datetime
    name: str | None
    occasion: str
    model: str
    notes: int
    statuses: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int


def parse_jsonl(lines: Iterable[str], source: str) -> list[HistoryRecord]:
    """Validate every line first, so a bad file imports nothing."""
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            records.append(HistoryRecord.model_validate_json(line))
        except ValidationError as exc:
            raise InputError(f"{source} line {number}: {validation_message(exc)}") from None
    return records
