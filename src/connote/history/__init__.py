"""The local draft history: a SQLite database under the data dir (``CONNOTE_HOME`` relocates it).

Every draft is kept with its inputs (profile text, reason, sender, options), the parsed profile, template,
model, seeds, notes and timestamps. ``connote again`` adds regenerations linked to the first draft (its
*root*), ``connote mark`` records what happened to a note, and :func:`stats` turns the marks into
acceptance rates. The notes marked sent or accepted are the user's voice (:mod:`.own_notes`): the examples
their later drafts learn from.

Safety: the file is created readable by the owner only (0600, folder 0700); WAL mode and a busy timeout
let several connote processes write at once; schema changes are numbered migrations recorded in
``schema_migrations``.
"""

from .database import (
    SCHEMA_VERSION,
    BUSY_TIMEOUT_MS,
    clear,
    connect,
    db_path,
    export_records,
    find_note,
    get_draft,
    import_records,
    latest_draft,
    lineage,
    list_drafts,
    mark,
    migrate,
    record_draft,
    set_edited,
    shown_texts,
)
from .own_notes import VoiceNotes, load_voice, voice_notes
from .records import STATUSES, DraftSummary, HistoryRecord, ImportResult, Mark, NoteRef, parse_jsonl
from .stats import DIMENSIONS, LENGTH_BUCKETS, Stats, Tally, length_bucket, stats

__all__ = ["BUSY_TIMEOUT_MS", "SCHEMA_VERSION", "DIMENSIONS", "LENGTH_BUCKETS", "STATUSES", "DraftSummary", "HistoryRecord",
           "ImportResult", "Mark", "NoteRef", "Stats", "Tally", "clear", "connect", "db_path", "export_records",
           "find_note", "get_draft", "import_records", "latest_draft", "length_bucket", "lineage", "list_drafts",
           "mark", "migrate", "parse_jsonl", "record_draft", "set_edited", "shown_texts", "stats", "VoiceNotes",
           "load_voice", "voice_notes"]
