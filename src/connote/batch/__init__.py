"""Batch drafting: many people from a CSV or JSONL file, results written as they finish, resumable.

The pieces, each with one job:

- :func:`read_input` (:mod:`.rows`) reads the rows (CSV with a header, or JSON Lines) without judging them;
- :func:`plan` (:mod:`.plan`) turns each row into a :class:`Job`: a validated :class:`DraftRequest` and a *key* (a hash of
  everything that decides the row's notes), or the row's own error;
- :class:`ResultFile` (:mod:`.results`) is the output (CSV or JSONL). Each finished row is appended and synced at once;
  on start the file is read back, a row cut off by a crash is dropped, and rows whose (row, key) still
  match the input count as done; at the end the file is rewritten in input order (atomically);
- :func:`resume_plan` (:mod:`.resume`) tells which jobs a re-run still has to do;
- :func:`run_batch` (:mod:`.run`) drafts the unfinished jobs, inline or with ``workers`` threads (server backends) or
  processes (one llama.cpp model per process), and hands every record to the file as it finishes.

A bad row becomes a record with ``status = "error"`` and does not stop the batch. Errors that no row can
escape (the server is unreachable, the model is missing) stop it; everything finished is already on disk,
and running the same command again finishes the rest. Seeds derive from the row key, so a resumed batch
writes what an uninterrupted one would have written.
"""

from .plan import KEY_CHARS, ROW_NAMES, BatchDefaults, Job, plan, row_seed
from .results import STATUSES, ResultFile, Stored, csv_header, flatten, note_columns, record_from_draft, record_from_error
from .resume import ResumePlan, order_for_cache, resume_plan
from .rows import FORMATS, INPUT_FIELDS, BatchRow, RawRow, detect_format, read_input, read_text
from .run import (
    MAX_CONSECUTIVE_TRANSIENT,
    BatchStats,
    Outcome,
    Transient,
    count_record,
    is_transient,
    process_job,
    run_batch,
    run_inline,
    run_processes,
    run_threads,
    stops_batch,
)

__all__ = ["FORMATS", "INPUT_FIELDS", "KEY_CHARS", "MAX_CONSECUTIVE_TRANSIENT", "ROW_NAMES", "STATUSES",
           "BatchDefaults", "BatchRow", "BatchStats", "Job", "Outcome", "RawRow", "ResultFile", "ResumePlan",
           "Stored", "Transient", "count_record", "csv_header", "detect_format", "flatten", "is_transient",
           "note_columns", "order_for_cache", "plan", "process_job", "read_input", "read_text", "record_from_draft",
           "record_from_error", "resume_plan", "row_seed", "run_batch", "run_inline", "run_processes",
           "run_threads", "stops_batch"]
