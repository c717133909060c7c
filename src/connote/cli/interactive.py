"""Interactive mode (``connote draft -i``, ``connote again -i``) and ``--copy``.

After the notes are shown, single keys act on them::

    1-9  copy that note to the clipboard, mark it sent in history, then quit (with no clipboard: print it,
         and mark it sent only if you say you sent it)
    r    regenerate: fresh variations, never one already shown
    e    edit a note in $VISUAL / $EDITOR (checked again; history keeps the edit)
    t    tone: plain / balanced / lively wording (sampling temperature), then regenerate
    l    change the character limit, then regenerate
    q    quit (also Esc, Ctrl-D)

Keys and typed values come from the controlling terminal (``/dev/tty``), so the profile can still be piped
in on stdin. Notes go to stdout like the plain command; the menu and messages go to the terminal.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..errors import ConnoteError, HistoryError, InputError
from ..schema import LINKEDIN_MAX, MIN_LIMIT, TIME_BUDGET, Draft, Note
from .output import Status, print_note, show_result

#: said when a regeneration in interactive mode brought nothing new (the notes on screen stay)
NO_NEW_VARIATION = ("No new variation: every attempt repeated a note already shown (try t for a livelier tone). "
                    "The notes before still stand:")
TONES = {"p": ("plain", 0.4), "b": ("balanced", 0.7), "l": ("lively", 1.0)}
QUIT_KEYS = {"q", "Q", "\x1b", "\x04"}


# --------------------------------------------------------------------------- terminal

class Terminal:
    """Single keys and typed lines from the controlling terminal; text written to it."""

    def __init__(self) -> None:
        try:
            self.fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
        except OSError:
            raise InputError("interactive mode needs a terminal (none is attached)",
                             hint="run it in a terminal, or drop -i") from None

    def say(self, text: str = "", end: str = "\n") -> None:
        sys.stdout.flush()
        os.write(self.fd, (text + end).encode("utf-8"))

    @contextmanager
    def _cbreak(self) -> Iterator[None]:
        import termios

        old = termios.tcgetattr(self.fd)
        new = termios.tcgetattr(self.fd)
        new[3] &= ~(termios.ICANON | termios.ECHO)  # keep ISIG: Ctrl-C still interrupts
        new[6][termios.VMIN] = 1
        new[6][termios.VTIME] = 0
        termios.tcsetattr(self.fd, termios.TCSADRAIN, new)
        try:
            yield
        finally:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, old)

    def key(self, prompt: str) -> str:
        """Wait for one key press; an escape sequence (arrow keys...) reads as ''."""
        self.say(prompt, end="")
        with self._cbreak():
            data = os.read(self.fd, 32)
        self.say()
        if not data:
            return "\x04"
        text = data.decode("utf-8", "replace")
        return text if len(text) == 1 else ""

    def line(self, prompt: str) -> str:
        self.say(prompt, end="")
        chunks = []
        while True:
            chunk = os.read(self.fd, 1024)
            if not chunk:
                break
            chunks.append(chunk)
            if chunk.endswith(b"\n"):
                break
        return b"".join(chunks).decode("utf-8", "replace").strip()

    def run_editor(self, path: str) -> int:
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
        if not editor:
            editor = next((e for e in ("sensible-editor", "nano", "vi") if shutil.which(e)), None)
        if not editor:
            raise InputError("no editor found: set $EDITOR")
        try:
            return subprocess.run([*shlex.split(editor), path], stdin=self.fd, stdout=self.fd, stderr=self.fd,
                                  check=False).returncode
        except OSError as exc:
            raise InputError(f"cannot start the editor {editor!r}: {exc.strerror}") from None

    def close(self) -> None:
        os.close(self.fd)


def check_usable(json_out: bool) -> None:
    """Fail early (before any model work) when interactive mode can't run."""
    if json_out:
        raise InputError("-i/--interactive and --json don't go together")
    Terminal().close()


# --------------------------------------------------------------------------- helpers

def best_note(notes: list[Note]) -> Note | None:
    """The highest-scoring note that passed every check (None if none did)."""
    passed = [n for n in notes if n.passed]
    return max(passed, key=lambda n: n.score) if passed else None


def copy_best(notes: list[Note], say: Callable[[str], None]) -> Note | None:
    """``--copy``: put the best passing note on the clipboard; say what happened in one line."""
    from .clipboard import ClipboardUnavailable, copy

    note = best_note(notes)
    if note is None:
        say("connote: nothing copied: no note passed the checks")
        return None
    number = notes.index(note) + 1
    try:
        tool = copy(note.text)
    except ClipboardUnavailable as exc:
        say(f"connote: {exc}; the notes are printed above")
        return None
    say(f"connote: copied note {number} to the clipboard ({tool})")
    return note


def recheck(draft: Draft, note: Note, text: str) -> Note:
    """The note with the user's text, checked like a generated one."""
    from ..drafting.rank import draft_context, evaluate

    return note.model_copy(update=evaluate(draft_context(draft), text).note_fields())


# --------------------------------------------------------------------------- session

@dataclass
class Session:
    """The state of one interactive run: what is on screen and how to draft more."""

    root: Draft                       # the first draft: regenerations reuse its inputs
    current: Draft                    # the batch on screen
    notes: list[Note]                 # the notes on screen (with the user's edits)
    shown: list[str]                  # every note text shown so far (never repeated)
    generation: int                   # the number the next regeneration gets
    open_backend: Callable[[], object]
    keep_history: bool = True
    explain: bool = False
    term: Terminal = field(default_factory=Terminal)
    temperature: float | None = None
    limit: int | None = None
    time_budget: float | None = TIME_BUDGET  # seconds a regeneration may take (``Config.time_budget``)
    _opened: object | None = None

    # ----- the loop

    def run(self) -> Note | None:
        """Show the menu until the user copies a note (returned) or quits (None)."""
        try:
            while True:
                key = self.term.key(self.menu())
                if key in QUIT_KEYS:
                    return None
                if key.isdigit() and 1 <= int(key) <= len(self.notes):
                    return self.copy(int(key))
                if key in ("r", "R"):
                    self.regenerate()
                elif key in ("e", "E"):
                    self.edit()
                elif key in ("t", "T"):
                    self.change_tone()
                elif key in ("l", "L"):
                    self.change_limit()
                else:
                    self.term.say("Press a key from the list (q quits).")
        finally:
            self.close()

    def menu(self) -> str:
        n = len(self.notes)
        pick = "no note to copy" if n == 0 else ("1 copy" if n == 1 else f"1-{n} copy")
        tone = next((name for name, t in TONES.values() if t == self.temperature), None)
        tone = f" ({tone})" if tone else ""
        limit = self.limit or self.current.request.limit
        return f"[{pick} · r regenerate · e edit · t tone{tone} · l limit ({limit}) · q quit] "

    # ----- actions

    def copy(self, number: int) -> Note:
        from .clipboard import ClipboardUnavailable, copy

        note = self.notes[number - 1]
        if not note.passed:
            self.term.say(f"Note {number} failed checks ({', '.join(note.failed)}); check it before sending.")
        try:
            tool = copy(note.text)
            self.term.say(f"Copied note {number} to the clipboard ({tool}).")
        except ClipboardUnavailable as exc:
            self.term.say(f"connote: {exc}; copy it from here:")
            sys.stdout.write(note.text + "\n")
            sys.stdout.flush()
            # nothing was copied: the note counts as sent only if the user says they sent it
            if self.keep_history and self.term.key(f"Did you send note {number}? Mark it sent [y/N] ") \
                    not in ("y", "Y"):
                self.term.say(f"Not marked. Once you send it: connote mark {note.id} sent")
                return note
        if self.keep_history:
            from .. import history

            try:
                history.mark(note.id, "sent")
                self.term.say(f"Marked note {note.id} as sent (later: connote mark {note.id} accepted).")
            except (HistoryError, InputError) as exc:
                self.term.say(f"connote: warning: not marked in history: {exc}")
        return note

    def regenerate(self) -> None:
        from pydantic import ValidationError

        from ..drafting.regenerate import model_choice, next_request, regenerate
        from ..schema import validation_message

        try:
            now = self.current.request
            request = next_request(
                self.root, self.generation, count=now.count, reason=now.reason, occasion=self.current.occasion,
                limit=self.limit or now.limit, model=now.model or model_choice(self.root),
                temperature=now.temperature if self.temperature is None else self.temperature)
        except ValidationError as exc:
            self.term.say(f"connote: {validation_message(exc)}")
            return
        status = Status()
        status.show("Loading model…" if self._opened is None else "Writing notes…")
        try:
            opened = self._backend()
            status.show("Writing notes…")

            def on_note(note: Note, index: int) -> None:
                status.clear()
                print_note(index, note, explain=self.explain)

            result = regenerate(request, opened.backend, shown=self.shown, model_name=opened.name,
                                on_note=on_note, time_budget=self.time_budget)
        except ConnoteError as exc:
            status.clear()
            self.term.say(f"connote: error: {exc}")
            return
        finally:
            status.clear()
        self.generation += 1
        self.shown += [n.text for n in result.notes if n.text not in self.shown]
        show_result(result, explain=self.explain, say=self.term.say, save=self._save if self.keep_history else None,
                    when_empty=NO_NEW_VARIATION)
        if not result.notes:
            self.show_notes()
            return
        self.current, self.notes = result, list(result.notes)

    def _save(self, result: Draft) -> None:
        from .. import history

        history.record_draft(result, root_id=self.root.id)

    def edit(self) -> None:

        if not self.notes:
            self.term.say("No note to edit.")
            return
        number = 1
        if len(self.notes) > 1:
            key = self.term.key(f"Edit which note (1-{len(self.notes)})? ")
            if not (key.isdigit() and 1 <= int(key) <= len(self.notes)):
                self.term.say("No note edited.")
                return
            number = int(key)
        note = self.notes[number - 1]
        fd, path = tempfile.mkstemp(prefix="connote-note-", suffix=".txt")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(note.text + "\n")
            try:
                code = self.term.run_editor(path)
            except InputError as exc:
                self.term.say(f"connote: {exc}")
                return
            with open(path, encoding="utf-8", errors="replace") as fh:
                text = " ".join(fh.read().split())
        finally:
            os.remove(path)
        if code != 0 or not text or text == note.text:
            self.term.say("Note unchanged." if code == 0 else f"The editor failed (exit {code}); note unchanged.")
            return
        edited = recheck(self.current, note, text)
        self.notes[number - 1] = edited
        if text not in self.shown:
            self.shown.append(text)
        if self.keep_history:
            from .. import history

            try:
                history.set_edited(note.id, text)
            except (HistoryError, InputError) as exc:
                self.term.say(f"connote: warning: edit not saved in history: {exc}")
        print_note(number, edited, explain=self.explain)

    def change_tone(self) -> None:
        choices = " · ".join(f"{k} {name} ({t})" for k, (name, t) in TONES.items())
        key = self.term.key(f"Tone: {choices}? ").lower()
        if key not in TONES:
            self.term.say("Tone unchanged.")
            return
        name, self.temperature = TONES[key]
        self.term.say(f"Tone: {name}. Writing new variations…")
        self.regenerate()

    def change_limit(self) -> None:
        now = self.limit or self.current.request.limit
        typed = self.term.line(f"Character limit ({MIN_LIMIT}-{LINKEDIN_MAX}, now {now}): ")
        if not typed:
            self.term.say("Limit unchanged.")
            return
        if not typed.isdigit() or not MIN_LIMIT <= int(typed) <= LINKEDIN_MAX:
            self.term.say(f"The limit must be a whole number from {MIN_LIMIT} to {LINKEDIN_MAX}; unchanged.")
            return
        self.limit = int(typed)
        self.term.say(f"Limit: {self.limit}. Writing new variations…")
        self.regenerate()

    def show_notes(self) -> None:

        for i, note in enumerate(self.notes, 1):
            print_note(i, note, explain=self.explain)

    # ----- model

    def _backend(self):
        if self._opened is None:
            self._opened = self.open_backend()
        return self._opened

    def close(self) -> None:
        if self._opened is not None:
            self._opened.backend.close()
            self._opened = None
        self.term.close()


def run_session(current: Draft, *, root: Draft | None = None, shown: list[str] | None = None,
                generation: int = 1, open_backend: Callable[[], object], keep_history: bool,
                explain: bool = False, time_budget: float | None = TIME_BUDGET) -> Note | None:
    """Run the key menu for the notes of ``current`` (already printed); return the note copied, if any."""
    root = root or current
    shown = list(shown) if shown is not None else [n.text for n in current.notes]
    session = Session(root=root, current=current, notes=list(current.notes), shown=shown,
                      generation=generation, open_backend=open_backend, keep_history=keep_history,
                      explain=explain, time_budget=time_budget)
    return session.run()


def after_draft(result: Draft, *, interactive: bool, copy: bool, keep_history: bool, explain: bool,
                open_backend: Callable[[], object], time_budget: float | None = TIME_BUDGET) -> None:
    """What ``connote draft`` does after printing the notes when given ``-i`` or ``--copy``."""
    if interactive:
        run_session(result, open_backend=open_backend, keep_history=keep_history, explain=explain,
                    time_budget=time_budget)
    elif copy:
        copy_best(result.notes, lambda line: print(line, file=sys.stderr))
