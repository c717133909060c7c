"""``connote history …``, ``connote mark`` and ``connote stats``: what was drafted, sent and accepted.

Thin CLI over :mod:`connote.history` (storage).
"""

from __future__ import annotations

import sys
from enum import Enum
from typing import Optional

import typer

from .output import err

STATS_HELP = """Which notes work for you: acceptance by occasion, template, model and length.

A note counts as SENT once you mark it sent, accepted or ignored (an accepted or ignored note was sent).
ACCEPTED and IGNORED are what the person did (LinkedIn's Accept / Ignore); WAITING = sent - accepted -
ignored. Acceptance rate = accepted / sent (waiting notes count as not accepted yet). The latest mark of a
note counts. Length buckets use the characters of the text you sent (your edit, if you made one).
"""


class Outcome(str, Enum):
    sent = "sent"
    accepted = "accepted"
    ignored = "ignored"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"


def _local(moment) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


# --------------------------------------------------------------------------- again

# --------------------------------------------------------------------------- history

history_app = typer.Typer(help="Your past drafts: list, show, export, import, clear.",
                          invoke_without_command=True, no_args_is_help=False, rich_markup_mode=None)

NAME_HELP = "Only drafts whose profile name contains this (any case)."
SINCE_HELP = "Only drafts from this day on (YYYY-MM-DD, local time)."
UNTIL_HELP = "Only drafts up to and including this day (YYYY-MM-DD)."


# `connote history` and `connote history list` take the same filters: defined once
NAME_OPTION = typer.Option(None, "--name", help=NAME_HELP)
SINCE_OPTION = typer.Option(None, "--since", help=SINCE_HELP)
UNTIL_OPTION = typer.Option(None, "--until", help=UNTIL_HELP)
LIMIT_OPTION = typer.Option(None, "--limit", min=1, help="At most this many drafts.")
JSON_OPTION = typer.Option(False, "--json", help="Print JSON.")


def _print_list(name, since, until, limit, json_out) -> None:
    import json

    from .. import history

    rows = history.list_drafts(name=name, since=since, until=until, limit=limit)
    if json_out:
        typer.echo(json.dumps([{
            "id": r.id, "again_of": r.root_id, "created_at": r.created_at.isoformat(), "name": r.name,
            "occasion": r.occasion, "model": r.model, "notes": r.notes, "marks": r.statuses} for r in rows],
            ensure_ascii=False))
        return
    if not rows:
        err("connote: no drafts in history" + (" match" if (name or since or until) else " yet"))
        return
    for r in rows:
        marks = ", ".join(f"{n} {s}" for s, n in sorted(r.statuses.items()))
        extra = f"  again of {r.root_id}" if r.root_id else ""
        typer.echo(f"{r.id}  {_local(r.created_at)}  {r.name or '(no name)'}  {r.occasion}  {r.model}  "
                   f"{r.notes} note{'s' if r.notes != 1 else ''}" + (f"  [{marks}]" if marks else "") + extra)


@history_app.callback()
def history_main(
    ctx: typer.Context,
    name: Optional[str] = NAME_OPTION,
    since: Optional[str] = SINCE_OPTION,
    until: Optional[str] = UNTIL_OPTION,
    limit: Optional[int] = LIMIT_OPTION,
    json_out: bool = JSON_OPTION,
) -> None:
    """Your past drafts, newest first (same as `connote history list`)."""
    if ctx.invoked_subcommand is None:
        _print_list(name, since, until, limit, json_out)


@history_app.command("list")
def history_list(
    name: Optional[str] = NAME_OPTION,
    since: Optional[str] = SINCE_OPTION,
    until: Optional[str] = UNTIL_OPTION,
    limit: Optional[int] = LIMIT_OPTION,
    json_out: bool = JSON_OPTION,
) -> None:
    """List drafts, newest first; filter by profile name or date."""
    _print_list(name, since, until, limit, json_out)


@history_app.command("show")
def history_show(
    draft_id: str = typer.Argument(..., help="Draft id or prefix."),
    json_out: bool = typer.Option(False, "--json", help="Print the full record as JSON."),
    profile: bool = typer.Option(False, "--profile", help="Also print the pasted profile text."),
) -> None:
    """One draft: inputs, parsed profile, template, model, seeds, notes with their ids and marks."""
    from .. import history

    rec = history.get_draft(draft_id)
    if json_out:
        typer.echo(rec.model_dump_json())
        return
    d, req, p = rec.draft, rec.draft.request, rec.draft.profile
    family = history.lineage(rec.root_id or d.id)
    lines = [f"draft {d.id}  {_local(d.created_at)}"]
    if rec.root_id:
        lines.append(f"again of: {rec.root_id}")
    others = [r.draft.id for r in family if r.draft.id != d.id and r.root_id]
    if others:
        lines.append(f"regenerations: {', '.join(others)}")
    who = ", ".join(x for x in (p.name, p.headline or p.role, p.company, p.location) if x)
    lines += [
        f"profile: {who or '(nothing parsed)'}",
        f"reason: {req.reason}",
        f"sender: {req.sender or '(not given)'}",
        f"occasion: {d.occasion}  template: {d.template}  model: {d.model}  language: {d.language}",
        f"options: count {req.count}, limit {req.limit}, temperature {req.temperature}, "
        f"seed {req.seed if req.seed is not None else '(random)'}",
        f"took: {d.seconds:.1f} s for {d.candidates} candidate(s)",
        "notes:" if d.notes else "notes: none",
    ]
    for i, n in enumerate(d.notes, 1):
        text = rec.edits.get(n.id, n.text)
        flag = "" if n.passed else "  [check failed: " + ", ".join(n.failed) + "]"
        lines.append(f"  {i}. [{n.id}] {text}")
        marks = "; ".join(f"{m.status} {_local(m.at)}" for m in rec.marks.get(n.id, []))
        lines.append(f"     ({len(text)}/{n.limit} chars, seed {n.seed}){flag}" + (f"  {marks}" if marks else ""))
        if n.id in rec.edits:
            lines.append(f"     edited; generated: {n.text}")
        if n.id in rec.voice_forgotten:
            lines.append("     not used for your voice (connote voice forget)")
    if d.voice:
        lines.append(f"in your voice: learned from your notes {', '.join(d.voice)}")
    for w in d.warnings:
        lines.append(f"warning: {w}")
    typer.echo("\n".join(lines))
    if profile:
        typer.echo("--- pasted profile ---")
        typer.echo(req.profile_text.rstrip("\n"))


CSV_FIELDS = ("draft_id", "again_of", "created_at", "name", "company", "occasion", "template", "model",
              "language", "reason", "sender", "count", "limit", "temperature", "seed", "note_id", "position",
              "text", "edited_text", "chars", "passed", "failed", "score", "note_seed", "status", "status_at")


def _csv_safe(value):
    """Keep spreadsheet apps from running cells as formulas (names and texts come from pasted pages)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _write_csv(records, out) -> None:
    import csv

    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for rec in records:
        d, req = rec.draft, rec.draft.request
        for pos, n in enumerate(d.notes, 1):
            marks = rec.marks.get(n.id, [])
            edited = rec.edits.get(n.id)
            row = {
                "draft_id": d.id, "again_of": rec.root_id or "", "created_at": d.created_at.isoformat(),
                "name": d.profile.name or "", "company": d.profile.company or "", "occasion": d.occasion,
                "template": d.template, "model": d.model, "language": d.language, "reason": req.reason,
                "sender": req.sender or "", "count": req.count, "limit": req.limit,
                "temperature": req.temperature, "seed": "" if req.seed is None else req.seed, "note_id": n.id,
                "position": pos, "text": n.text, "edited_text": edited or "", "chars": len(edited or n.text),
                "passed": int(n.passed), "failed": ";".join(n.failed), "score": n.score,
                "note_seed": "" if n.seed is None else n.seed,
                "status": marks[-1].status if marks else "", "status_at": marks[-1].at.isoformat() if marks else "",
            }
            writer.writerow({k: _csv_safe(v) for k, v in row.items()})


@history_app.command("export")
def history_export(
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", help="jsonl (everything, re-importable) "
                                     "or csv (one row per note, for spreadsheets; no profile text)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write to this file (default: stdout)."),
) -> None:
    """Export the history (oldest first)."""
    import io

    from .. import history

    records = history.export_records()
    if fmt == ExportFormat.jsonl:
        text = "".join(r.to_jsonl() + "\n" for r in records)
    else:
        buf = io.StringIO()
        _write_csv(records, buf)
        text = buf.getvalue()
    if output is None or output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        from pathlib import Path

        from .outfile import write_private

        write_private(Path(output), text, shown=output)  # personal data: readable by the owner only
        err(f"connote: exported {len(records)} draft(s) to {output}")


@history_app.command("import")
def history_import(
    file: str = typer.Argument(..., help="A .jsonl file from `connote history export --format jsonl` "
                                          "('-' = stdin)."),
) -> None:
    """Import drafts from a JSONL export (not CSV); drafts already in history are skipped. A bad line imports
    nothing."""
    from .. import history
    from ..errors import InputError
    from .inputs import decode_input

    if file == "-":
        text = decode_input(sys.stdin.buffer.read(), "standard input")
    else:
        try:
            with open(file, "rb") as fh:
                text = decode_input(fh.read(), file)
        except FileNotFoundError:
            raise InputError(f"{file} does not exist") from None
        except OSError as exc:
            raise InputError(f"cannot read {file}: {exc.strerror}") from None
    _refuse_other_formats(text, "standard input" if file == "-" else file)
    records = history.parse_jsonl(text.splitlines(), file)
    result = history.import_records(records)
    err(f"connote: imported {result.imported} draft(s)"
         + (f", skipped {result.skipped} already in history" if result.skipped else ""))


def _refuse_other_formats(text: str, source: str) -> None:
    """Import reads the JSONL that `history export --format jsonl` writes: say so for a CSV export (which has
    no profile text and cannot be imported) or anything else that is not JSON lines, before line 1's error."""
    from ..errors import InputError

    first = next((line.strip().lstrip("\ufeff") for line in text.splitlines() if line.strip()), "")
    if not first or first.startswith("{"):
        return
    reads = "`history import` reads the JSONL file that `connote history export --format jsonl` writes"
    if first.startswith(CSV_FIELDS[0] + ","):
        raise InputError(f"{source} is a CSV export (`history export --format csv`), which cannot be imported: "
                         f"{reads}")
    raise InputError(f"{source} is not JSON lines: {reads}")


@history_app.command("clear")
def history_clear(
    yes: bool = typer.Option(False, "--yes", "-y", help="Don't ask."),
) -> None:
    """Delete the whole history for real (drafts, notes, marks — and with them your voice; the database file is
    overwritten and removed)."""
    from .. import history
    from ..errors import InputError

    if not yes:
        if not sys.stdin.isatty():
            raise InputError("refusing to delete the history without --yes")
        if not typer.confirm(f"Delete all drafts, notes and marks in {history.db_path()}?", err=True):
            err("connote: history kept")
            return
    existed = history.clear()
    err("connote: history deleted" if existed else "connote: there was no history to delete")


# --------------------------------------------------------------------------- mark, stats

def mark(
    note_id: str = typer.Argument(..., help="Note id (or unambiguous prefix) from the draft output or history."),
    status: Outcome = typer.Argument(..., help="sent, accepted or ignored."),
    text: Optional[str] = typer.Option(None, "--text", help="The note as you really sent it, when you changed it "
                                                           "outside connote (your voice learns from it)."),
    text_file: Optional[str] = typer.Option(None, "--text-file", help="The same, read from a file ('-' = stdin)."),
) -> None:
    """Record what happened to a note: you sent it, or the person accepted or ignored the request. Notes you
    sent or that were accepted teach connote your voice (`connote voice`)."""
    from .. import history

    sent = _sent_text(text, text_file)
    ref = history.mark(note_id, status.value, text=sent)
    typer.echo(f"{ref.note.id} {status.value}" + (" (your text kept)" if sent is not None and ref.edited_text
                                                  else ""))


def _sent_text(text: str | None, text_file: str | None) -> str | None:
    from ..errors import InputError
    from ..text.decode import decode_text

    if text is not None and text_file is not None:
        raise InputError("give the sent text with --text or --text-file, not both")
    if text_file is None:
        return text
    hint = "; give the note as plain text"
    if text_file == "-":
        return decode_text(sys.stdin.buffer.read(), "standard input", hint=hint)
    try:
        with open(text_file, "rb") as fh:
            return decode_text(fh.read(), text_file, hint=hint)
    except FileNotFoundError:
        raise InputError(f"{text_file} does not exist") from None
    except OSError as exc:
        raise InputError(f"cannot read {text_file}: {exc.strerror}") from None


def stats(
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    from .. import history

    result = history.stats()
    if json_out:
        import json

        typer.echo(json.dumps({
            "drafts": result.drafts, "notes": result.notes, "overall": result.overall.as_dict(),
            "by": {dim: {k: t.as_dict() for k, t in result.groups(dim)} for dim in result.by},
        }))
        return
    o = result.overall
    typer.echo(f"{result.drafts} draft(s), {result.notes} note(s); {o.sent} sent, {o.accepted} accepted, "
               f"{o.ignored} ignored, {o.waiting} waiting")
    if not o.sent:
        typer.echo("Mark the notes you send: connote mark NOTE_ID sent (then accepted or ignored).")
        return
    typer.echo(f"acceptance rate: {_pct(o)} (accepted / sent)")
    for dim, groups in result.by.items():
        typer.echo(f"\nby {dim}:")
        width = max(len(k) for k in groups)
        # length buckets by length; occasions, templates and models best first
        listed = result.groups(dim) if dim == "length" else sorted(groups.items(),
                                                                   key=lambda kv: (-(kv[1].rate or 0), kv[0]))
        for key, t in listed:
            typer.echo(f"  {key:<{width}}  {_pct(t):>5}  {t.accepted}/{t.sent} accepted, {t.ignored} ignored, "
                       f"{t.waiting} waiting")


stats.__doc__ = STATS_HELP


def _pct(t) -> str:
    return "-" if t.rate is None else f"{round(100 * t.rate)}%"
