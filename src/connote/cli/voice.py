"""``connote voice`` and ``connote voice forget``: what connote learned from the notes you sent, and taking a
note back out. ``NO_VOICE`` is the ``--no-voice`` option of draft, again and batch; :func:`chosen_voice` reads
the voice a command uses.
"""

from __future__ import annotations

import json
from typing import Optional

import typer

from .output import err

NO_VOICE = typer.Option(False, "--no-voice", help="Don't learn from the notes you sent (your voice) this time.")

HOW = ("A draft shows the model up to {k} of the notes you sent, in the draft's language: accepted before sent "
       "(ignored never), the same occasion first, then the one you marked first — so they stay the same from "
       "draft to draft. When they agree on a greeting or a closing, notes use yours. Names, employers, events and "
       "numbers from them never pass the checks in a new note.")
HINTS = ("connote voice forget NOTE_ID: never use a note again · --no-voice on draft, again, batch: not this time · "
         "connote config set voice false: off")
NO_NOTES = ("No notes to learn from yet. Mark the notes you send: connote mark NOTE_ID sent (or accepted; with "
            "--text \"…\" when you changed it before sending). Interactive mode (-i) marks the note you copy.")

voice_app = typer.Typer(help="Your voice: what connote learned from the notes you sent.",
                        invoke_without_command=True, no_args_is_help=False, rich_markup_mode=None)


def chosen_voice(config, no_voice: bool):
    """The notes a command's drafts learn from: none with ``--no-voice`` or ``voice = false``, or when the history
    can't be read (with a warning)."""
    if no_voice or not config.voice:
        return None
    from ..errors import ConnoteError
    from ..history.own_notes import load_voice

    try:
        return load_voice() or None
    except ConnoteError as exc:  # a damaged or newer history must not stop a draft: draft without the voice
        err(f"warning: your voice is not used this time: {exc}")
        return None


def _why(note) -> str:
    why = "accepted: used before sent notes" if note.status == "accepted" else "sent"
    if note.edited:
        why += "; your edit is what counts"
    return why


def _note_json(note, rank: int | None) -> dict:
    return {"id": note.note_id, "draft_id": note.draft_id, "rank": rank, "status": note.status,
            "edited": note.edited, "first_marked": note.first_marked.isoformat(), "occasion": note.occasion,
            "language": note.language, "text": note.text}


def _show(occasion: str | None, language: str | None, json_out: bool) -> None:
    from ..config import load_config
    from ..history.own_notes import voice_notes
    from ..prompting.own_examples import MAX_EXAMPLES, habits, observations, pick

    if occasion is not None:
        from ..errors import InputError
        from ..prompting import templates

        if occasion not in templates.names():
            raise InputError(f"unknown occasion {occasion!r}", hint=f"available: {', '.join(templates.names())}")
    on = load_config().voice
    found = voice_notes()
    notes = found.usable
    drafts = []
    for lang in [language] if language else sorted({n.language for n in notes}):
        examples = pick(notes, lang, occasion)
        shared = habits(examples)
        drafts.append({"language": lang, "occasion": occasion, "examples": [n.note_id for n in examples],
                       "greeting": shared.greeting.shown if shared.greeting else None, "closing": shared.closing})
    if json_out:
        typer.echo(json.dumps({
            "on": on, "notes": [_note_json(n, i) for i, n in enumerate(notes, 1)], "ignored": found.ignored,
            "forgotten": [_note_json(n, None) for n in found.forgotten], "observations": observations(notes),
            "drafts": drafts}, ensure_ascii=False))
        return
    lines = [f"Your voice is {'on' if on else 'off (connote config set voice true turns it on)'}. "
             + HOW.format(k=MAX_EXAMPLES), ""]
    if not notes:
        lines.append(NO_NOTES)
    else:
        lines.append(f"Notes it {'learns' if on else 'would learn'} from ({len(notes)}, best first):")
        for i, n in enumerate(notes, 1):
            lines.append(f"  {i}. [{n.note_id}] {n.status}, marked {n.first_marked.astimezone():%Y-%m-%d}, "
                         f"{n.occasion}, {n.language}: {n.text}")
            lines.append(f"     why: {_why(n)}")
    if found.ignored:
        lines.append(f"Ignored notes are never used ({found.ignored}).")
    if found.forgotten:
        lines.append(f"Forgotten ({len(found.forgotten)}): " + ", ".join(n.note_id for n in found.forgotten))
    if notes:
        lines += ["", "What your notes have in common:"] + [f"  {o}" for o in observations(notes)]
        for d in drafts:
            what = f"A draft in {d['language']}" + (f" for {d['occasion']}" if d["occasion"] else "")
            shown = ", ".join(d["examples"]) or "none of them"
            lines.append(f"{what} shows {shown}; greeting: {d['greeting'] or 'the built-in'}; "
                         "closing: " + (f'"{d["closing"]}"' if d["closing"] else "the model's own") + ".")
    lines += ["", HINTS]
    typer.echo("\n".join(lines))


OCCASION = typer.Option(None, "--occasion", help="Show what a draft for this occasion would use.")
LANGUAGE = typer.Option(None, "--language", help="Only this language (e.g. en, de).")
JSON = typer.Option(False, "--json", help="Print JSON.")


@voice_app.callback()
def voice_main(ctx: typer.Context, occasion: Optional[str] = OCCASION, language: Optional[str] = LANGUAGE,
               json_out: bool = JSON) -> None:
    """Which of the notes you sent connote learns from, why, and what they have in common."""
    if ctx.invoked_subcommand is None:
        _show(occasion, language, json_out)


@voice_app.command("show")
def voice_show(occasion: Optional[str] = OCCASION, language: Optional[str] = LANGUAGE,
               json_out: bool = JSON) -> None:
    """Same as `connote voice`."""
    _show(occasion, language, json_out)


@voice_app.command("forget")
def voice_forget(note_id: str = typer.Argument(..., help="Note id (or unambiguous prefix), from `connote voice`.")
                 ) -> None:
    """Never use this note as an example again (the draft stays in history; `history clear` deletes all)."""
    from ..history.own_notes import forget

    done = forget(note_id)
    if done.already:
        err(f"connote: note {done.ref.note.id} was already forgotten")
    elif done.was_used:
        typer.echo(f"{done.ref.note.id} forgotten: no draft uses it as an example again")
    else:
        typer.echo(f"{done.ref.note.id} forgotten (it was not used: it is not marked sent or accepted); "
                   "it won't be used even if you mark it later")
