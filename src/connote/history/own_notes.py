"""Your voice, read from the history: the notes you sent (latest mark ``sent`` or ``accepted``), in the text you
sent, minus those you told connote to forget (``connote voice forget``).

:func:`voice_notes` reads them for a draft or for ``connote voice``; :func:`forget` takes one out for good (the
draft stays in history, and ``history export``/``import`` carry the choice). ``history clear`` removes the notes
with everything else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone

from ..prompting.own_examples import OwnNote, Voice, one_line, ordered
from .database import connect, find_note, transaction
from .prompt_cache import drop_prompt_states
from .records import NoteRef

_MARKED = """
SELECT n.id, n.draft_id, n.text, n.edited_text, d.data, d.occasion,
       (SELECT m.status FROM marks m WHERE m.note_id = n.id ORDER BY m.seq DESC LIMIT 1) AS status,
       (SELECT MIN(m.at) FROM marks m WHERE m.note_id = n.id AND m.status IN ('sent', 'accepted')) AS first_at,
       EXISTS (SELECT 1 FROM voice_forgotten f WHERE f.note_id = n.id) AS forgotten
FROM notes n JOIN drafts d ON d.id = n.draft_id
WHERE EXISTS (SELECT 1 FROM marks m WHERE m.note_id = n.id)
"""


@dataclass(frozen=True)
class VoiceNotes:
    """What the history holds for your voice: the notes it uses (best first) and those it doesn't."""

    usable: Voice = ()
    ignored: int = 0
    forgotten: list[OwnNote] = field(default_factory=list)


def _own_note(row) -> OwnNote:
    data = json.loads(row["data"])
    request = data.get("request") or {}
    profile = data.get("profile") or {}
    return OwnNote(
        note_id=row["id"], draft_id=row["draft_id"], text=one_line(row["edited_text"] or row["text"]),
        edited=row["edited_text"] is not None, status=row["status"],
        first_marked=datetime.fromisoformat(row["first_at"]), first_name=profile.get("first_name"),
        reason=request.get("reason") or "", sender=request.get("sender"), language=data.get("language") or "en",
        occasion=row["occasion"], limit=int(request.get("limit") or 300))


def voice_notes() -> VoiceNotes:
    """Every marked note of the history, sorted into used, ignored and forgotten."""
    with connect(create=False) as conn:
        if conn is None:
            return VoiceNotes()
        rows = conn.execute(_MARKED).fetchall()
    usable, forgotten, ignored = [], [], 0
    for row in rows:
        if row["status"] not in ("sent", "accepted") or row["first_at"] is None:
            ignored += row["status"] == "ignored"
            continue
        try:
            note = _own_note(row)
        except (ValueError, TypeError):  # a damaged record (bad JSON or date) is no example; the rest still are
            continue
        (forgotten if row["forgotten"] else usable).append(note)
    return VoiceNotes(ordered(usable), ignored, sorted(forgotten, key=lambda n: n.first_marked))


def load_voice() -> Voice:
    """The notes a draft may learn your voice from (best first; empty without history)."""
    return voice_notes().usable


@dataclass(frozen=True)
class Forgotten:
    ref: NoteRef
    #: whether the note was one your voice used (its latest mark sent or accepted)
    was_used: bool
    #: whether it had been forgotten before
    already: bool


def forget(note_id: str) -> Forgotten:
    """Never use this note as an example again. The draft stays in history; saved prompts that may hold the note
    are deleted (they are a cache)."""
    ref = find_note(note_id)
    with connect() as conn:
        with transaction(conn):
            already = conn.execute("SELECT 1 FROM voice_forgotten WHERE note_id = ?", (ref.note.id,)).fetchone()
            if not already:
                conn.execute("INSERT INTO voice_forgotten (note_id, at) VALUES (?, ?)",
                             (ref.note.id, datetime.now(timezone.utc).isoformat()))
    drop_prompt_states()
    return Forgotten(ref, ref.status in ("sent", "accepted"), already is not None)
