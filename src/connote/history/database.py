"""The history database: a SQLite file under the data dir, its numbered migrations, and reading and writing
drafts, edits and marks.

Safety: the file is created readable by the owner only (0600, folder 0700); WAL mode and a busy timeout
let several connote processes write at once; schema changes are numbered migrations recorded in
``schema_migrations``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from pydantic import ValidationError

from .. import paths
from ..errors import HistoryError, InputError
from ..schema import LINKEDIN_MAX, Draft, Note, validation_message
from ..text.normalizing import CONTROL_RE
from .prompt_cache import drop_prompt_states
from .records import STATUSES, DraftSummary, HistoryRecord, ImportResult, NoteRef

BUSY_TIMEOUT_MS = 15_000


# Each migration is (version, statements). Never edit a released one: append a new version instead.
MIGRATIONS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, (
        """CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            root_id TEXT,                 -- the first draft this one regenerates (`connote again`), else NULL
            created_at TEXT NOT NULL,     -- ISO 8601, UTC
            name TEXT,                    -- parsed profile name, for filtering
            occasion TEXT NOT NULL,
            template TEXT NOT NULL,
            model TEXT NOT NULL,
            seed INTEGER,                 -- the request's seed (NULL when none was given)
            note_limit INTEGER NOT NULL,
            data TEXT NOT NULL            -- the whole Draft as JSON, without its notes
        )""",
        "CREATE INDEX drafts_created ON drafts(created_at)",
        "CREATE INDEX drafts_root ON drafts(root_id)",
        """CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            edited_text TEXT,             -- the user's own edit (interactive mode), else NULL
            data TEXT NOT NULL,           -- the Note as JSON
            UNIQUE (draft_id, position)
        )""",
        """CREATE TABLE marks (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('sent', 'accepted', 'ignored')),
            at TEXT NOT NULL
        )""",
        "CREATE INDEX marks_note ON marks(note_id, seq)",
    )),
    (2, (
        """CREATE TABLE voice_forgotten (     -- notes `connote voice forget` took out of the user's voice
            note_id TEXT PRIMARY KEY REFERENCES notes(id) ON DELETE CASCADE,
            at TEXT NOT NULL
        )""",
    )),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


def db_path() -> Path:
    return paths.history_db()


def _create_private_file(path: Path) -> None:
    paths.ensure_private_dir(path.parent)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _casefold(value: str | None) -> str | None:
    return value.casefold() if value is not None else None


def _raw_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.create_function("casefold", 1, _casefold, deterministic=True)
    _use_wal(conn)
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch a new database to WAL. The switch needs the file to itself, and SQLite may answer "database is
    locked" at once instead of waiting (several connote processes opening a new history together), so it is
    retried for up to the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations this database lacks (in one transaction); return the schema version."""
    with _write(conn):
        conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                     "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        current = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()[0]
        if current > SCHEMA_VERSION:
            raise HistoryError(f"the history database {db_path()} was written by a newer connote "
                               f"(schema {current}, this one knows {SCHEMA_VERSION})", hint="upgrade connote")
        for version, statements in MIGRATIONS:
            if version <= current:
                continue
            for sql in statements:
                conn.execute(sql)
            conn.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                         (version, _now().isoformat()))
            current = version
    return current


@contextmanager
def _write(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction; BEGIN IMMEDIATE takes the write lock up front (waits up to the busy timeout)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


#: one write transaction (for :mod:`.own_notes`)
transaction = _write


@contextmanager
def connect(*, create: bool = True) -> Iterator[sqlite3.Connection | None]:
    """Open the history (creating and migrating it when ``create``); yields None if it does not exist."""
    path = db_path()
    if not path.exists():
        if not create:
            yield None
            return
        _create_private_file(path)
    try:
        conn = _raw_connect(path)
    except sqlite3.Error as exc:
        raise HistoryError(f"cannot open the history database {path}: {exc}") from None
    try:
        migrate(conn)
        yield conn
    except sqlite3.DatabaseError as exc:
        raise HistoryError(f"history database {path}: {exc}",
                           hint="`connote history clear` starts a new one") from None
    finally:
        conn.close()


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat()


# --------------------------------------------------------------------------- writing

def record_draft(draft: Draft, *, root_id: str | None = None) -> None:
    """Save a draft and its notes. ``root_id``: the first draft this one regenerates (``connote again``)."""
    record = HistoryRecord(root_id=root_id, draft=draft)
    with connect() as conn:
        with _write(conn):
            _insert(conn, record)


def _insert(conn: sqlite3.Connection, record: HistoryRecord) -> None:
    d = record.draft
    data = d.model_dump_json(exclude={"notes"})
    conn.execute(
        "INSERT INTO drafts (id, root_id, created_at, name, occasion, template, model, seed, note_limit, data) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (d.id, record.root_id, _iso(d.created_at), d.profile.name, d.occasion, d.template, d.model,
         d.request.seed, d.request.limit, data))
    for position, note in enumerate(d.notes):
        conn.execute("INSERT INTO notes (id, draft_id, position, text, edited_text, data) VALUES (?, ?, ?, ?, ?, ?)",
                     (note.id, d.id, position, note.text, record.edits.get(note.id), note.model_dump_json()))
        for mark in record.marks.get(note.id, []):
            conn.execute("INSERT INTO marks (note_id, status, at) VALUES (?, ?, ?)",
                         (note.id, mark.status, _iso(mark.at)))
        if note.id in record.voice_forgotten:
            conn.execute("INSERT INTO voice_forgotten (note_id, at) VALUES (?, ?)", (note.id, _iso(d.created_at)))


def mark(note_id: str, status: str, *, at: datetime | None = None, text: str | None = None) -> NoteRef:
    """Record what happened to a note (``sent``, ``accepted`` or ``ignored``); the latest mark counts.
    ``text``: what was really sent, when the note was edited outside connote (kept as the note's edit)."""
    if status not in STATUSES:
        raise InputError(f"unknown status {status!r}; use one of: {', '.join(STATUSES)}")
    sent = sent_text(text) if text is not None else None
    with connect() as conn:
        with _write(conn):
            ref = _find_note(conn, note_id)
            edited = ref.edited_text
            if sent is not None and sent != (ref.edited_text or ref.note.text):
                edited = None if sent == ref.note.text else sent
                conn.execute("UPDATE notes SET edited_text = ? WHERE id = ?", (edited, ref.note.id))
            conn.execute("INSERT INTO marks (note_id, status, at) VALUES (?, ?, ?)",
                         (ref.note.id, status, _iso(at or _now())))
    if ref.status in ("sent", "accepted") and (status == "ignored" or edited != ref.edited_text):
        drop_prompt_states()  # saved prompts may hold the note as your voice used it
    return NoteRef(ref.note, ref.draft_id, ref.root_id, edited, status)


def sent_text(text: str) -> str:
    """A note's text as the user gives it (``mark --text``): control characters dropped, one paragraph."""
    cleaned = " ".join(CONTROL_RE.sub(" ", text).split())
    if not cleaned:
        raise InputError("the text is empty; give the note as you sent it")
    if len(cleaned) > LINKEDIN_MAX:
        raise InputError(f"the text is {len(cleaned)} characters; LinkedIn notes have at most {LINKEDIN_MAX}")
    return cleaned


def set_edited(note_id: str, text: str) -> None:
    """Keep the user's edited version of a note next to the generated one."""
    with connect() as conn:
        with _write(conn):
            ref = _find_note(conn, note_id)
            conn.execute("UPDATE notes SET edited_text = ? WHERE id = ?", (text, ref.note.id))


def clear() -> bool:
    """Delete the history for real: overwrite the rows, then remove the database files. True if one existed."""
    path = db_path()
    existed = path.exists()
    voiced = False
    if existed:
        try:
            conn = _raw_connect(path)
            try:
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                voiced = "marks" in tables and conn.execute(
                    "SELECT 1 FROM marks WHERE status IN ('sent', 'accepted') LIMIT 1").fetchone() is not None
                with _write(conn):
                    for table in ("marks", "voice_forgotten", "notes", "drafts"):
                        if table in tables:
                            conn.execute(f"DELETE FROM {table}")  # secure_delete zeroes the freed pages
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            pass  # a damaged file is removed all the same
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(f"{path}{suffix}")
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise HistoryError(f"cannot delete {path}{suffix}: {exc.strerror}") from None
    if voiced:
        drop_prompt_states()  # prompts that held the user's sent notes (their voice)
    return existed


# --------------------------------------------------------------------------- reading

def _match_one(conn: sqlite3.Connection, table: str, ident: str, what: str) -> sqlite3.Row:
    ident = ident.strip().lower()
    if not ident or any(c not in "0123456789abcdef" for c in ident):
        raise InputError(f"{ident or 'an empty id'!r} is not a {what} id (ids are hex, e.g. 3f9a1c2b7d4e)")
    rows = conn.execute(f"SELECT * FROM {table} WHERE id >= ? AND id < ? ORDER BY id LIMIT 3",
                        (ident, ident + "g")).fetchall()
    if not rows:
        raise InputError(f"no {what} with id {ident} in history", hint=_id_hint(what))
    if len(rows) > 1 and rows[0]["id"] != ident:
        raise InputError(f"{what} id {ident} is ambiguous ({', '.join(r['id'] for r in rows[:2])}, …)",
                         hint="give more characters")
    return rows[0]


def _id_hint(what: str) -> str:
    return "see `connote history show DRAFT_ID`" if what == "note" else "see `connote history`"


def _find_note(conn: sqlite3.Connection, note_id: str) -> NoteRef:
    try:
        row = _match_one(conn, "notes", note_id, "note")
    except InputError:
        if conn.execute("SELECT 1 FROM drafts WHERE id >= ? AND id < ?",
                        (note_id.strip().lower(), note_id.strip().lower() + "g")).fetchone():
            raise InputError(f"{note_id.strip()} is a draft id, not a note id",
                             hint=f"note ids are listed by `connote history show {note_id.strip()}`") from None
        raise
    draft = conn.execute("SELECT root_id FROM drafts WHERE id = ?", (row["draft_id"],)).fetchone()
    status = conn.execute("SELECT status FROM marks WHERE note_id = ? ORDER BY seq DESC LIMIT 1",
                          (row["id"],)).fetchone()
    return NoteRef(Note.model_validate_json(row["data"]), row["draft_id"], draft["root_id"] or row["draft_id"],
                   row["edited_text"], status["status"] if status else None)


def find_note(note_id: str) -> NoteRef:
    with connect(create=False) as conn:
        if conn is None:
            raise InputError(f"no note with id {note_id.strip()}: the history is empty")
        return _find_note(conn, note_id)


def _load(conn: sqlite3.Connection, row: sqlite3.Row) -> HistoryRecord:
    notes, edits, marks, forgotten = [], {}, {}, []
    for n in conn.execute("SELECT n.*, EXISTS (SELECT 1 FROM voice_forgotten f WHERE f.note_id = n.id) AS forgot "
                          "FROM notes n WHERE draft_id = ? ORDER BY position", (row["id"],)):
        notes.append(json.loads(n["data"]))
        if n["forgot"]:
            forgotten.append(n["id"])
        if n["edited_text"] is not None:
            edits[n["id"]] = n["edited_text"]
        for m in conn.execute("SELECT status, at FROM marks WHERE note_id = ? ORDER BY seq", (n["id"],)):
            marks.setdefault(n["id"], []).append({"status": m["status"], "at": m["at"]})
    data = json.loads(row["data"])
    data["notes"] = notes
    try:
        return HistoryRecord.model_validate({"root_id": row["root_id"], "draft": data, "edits": edits,
                                             "marks": marks, "voice_forgotten": forgotten})
    except ValidationError as exc:
        raise HistoryError(f"draft {row['id']} in history is damaged: {validation_message(exc)}") from None


def get_draft(draft_id: str) -> HistoryRecord:
    """The draft with this id (or unambiguous id prefix)."""
    with connect(create=False) as conn:
        if conn is None:
            raise InputError(f"no draft with id {draft_id.strip()}: the history is empty")
        try:
            row = _match_one(conn, "drafts", draft_id, "draft")
        except InputError:
            ident = draft_id.strip().lower()
            note = conn.execute("SELECT draft_id FROM notes WHERE id >= ? AND id < ? LIMIT 2",
                                (ident, ident + "g")).fetchall()
            if len(note) == 1:
                raise InputError(f"{draft_id.strip()} is a note id, not a draft id",
                                 hint=f"its draft is {note[0]['draft_id']}") from None
            raise
        return _load(conn, row)


def latest_draft() -> HistoryRecord | None:
    with connect(create=False) as conn:
        if conn is None:
            return None
        row = conn.execute("SELECT * FROM drafts ORDER BY created_at DESC, rowid DESC LIMIT 1").fetchone()
        return _load(conn, row) if row else None


def lineage(root_id: str) -> list[HistoryRecord]:
    """The first draft and all its regenerations, oldest first."""
    with connect(create=False) as conn:
        if conn is None:
            return []
        rows = conn.execute("SELECT * FROM drafts WHERE id = ? OR root_id = ? ORDER BY created_at, rowid",
                            (root_id, root_id)).fetchall()
        return [_load(conn, r) for r in rows]


def shown_texts(records: Iterable[HistoryRecord]) -> list[str]:
    """Every note text already shown in these drafts (generated and edited), without repeats."""
    seen: dict[str, None] = {}
    for rec in records:
        for note in rec.draft.notes:
            seen[note.text] = None
            if note.id in rec.edits:
                seen[rec.edits[note.id]] = None
    return list(seen)


def _day_start(value: str, what: str) -> datetime:
    try:
        day = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"{what}: {value.strip()!r} is not a date (use YYYY-MM-DD)") from None
    if day.tzinfo is None:
        day = day.astimezone()  # the user's local time zone
    return day


def list_drafts(*, name: str | None = None, since: str | None = None, until: str | None = None,
                limit: int | None = None) -> list[DraftSummary]:
    """Drafts newest first; ``name`` matches part of the profile name (any case); dates are local days."""
    from datetime import timedelta

    where, args = [], []
    if name:
        where.append("instr(casefold(COALESCE(d.name, '')), ?) > 0")
        args.append(name.strip().casefold())
    if since:
        where.append("d.created_at >= ?")
        args.append(_iso(_day_start(since, "--since")))
    if until:
        end = _day_start(until, "--until")
        if len(until.strip()) <= 10:  # a bare date: include that whole day
            end += timedelta(days=1)
        where.append("d.created_at < ?")
        args.append(_iso(end))
    sql = ("SELECT d.id, d.root_id, d.created_at, d.name, d.occasion, d.model, "
           "(SELECT COUNT(*) FROM notes n WHERE n.draft_id = d.id) AS notes FROM drafts d")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.created_at DESC, d.rowid DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    out = []
    with connect(create=False) as conn:
        if conn is None:
            return []
        for r in conn.execute(sql, args).fetchall():
            statuses: dict[str, int] = {}
            for s in conn.execute(_LATEST_STATUS + " WHERE n.draft_id = ?", (r["id"],)):
                if s["status"]:
                    statuses[s["status"]] = statuses.get(s["status"], 0) + 1
            out.append(DraftSummary(r["id"], r["root_id"], datetime.fromisoformat(r["created_at"]), r["name"],
                                    r["occasion"], r["model"], r["notes"], statuses))
    return out


_LATEST_STATUS = ("SELECT n.id, n.text, n.edited_text, "
                  "(SELECT m.status FROM marks m WHERE m.note_id = n.id ORDER BY m.seq DESC LIMIT 1) AS status "
                  "FROM notes n")


def export_records() -> list[HistoryRecord]:
    """Every draft, oldest first (the order import needs)."""
    with connect(create=False) as conn:
        if conn is None:
            return []
        rows = conn.execute("SELECT * FROM drafts ORDER BY created_at, rowid").fetchall()
        return [_load(conn, r) for r in rows]


def import_records(records: list[HistoryRecord]) -> ImportResult:
    """Add drafts that history lacks (same ids, timestamps, marks and edits); drafts already there are skipped."""
    imported = skipped = 0
    with connect() as conn:
        with _write(conn):
            for rec in records:
                if conn.execute("SELECT 1 FROM drafts WHERE id = ?", (rec.draft.id,)).fetchone():
                    skipped += 1
                    continue
                for note in rec.draft.notes:
                    if conn.execute("SELECT 1 FROM notes WHERE id = ?", (note.id,)).fetchone():
                        raise HistoryError(f"note {note.id} of draft {rec.draft.id} is already in history "
                                           "under another draft; nothing was imported")
                _insert(conn, rec)
                imported += 1
    return ImportResult(imported, skipped)
