"""Your voice: the notes you actually sent, as few-shot examples, and the habits they share.

A note counts once its latest mark is ``accepted`` or ``sent`` (``ignored`` never), in the text you sent (your
edit, when you made one). :func:`pick` chooses the few a draft shows the model: the same language only,
accepted before sent, the same occasion first, then the note you marked first — so the examples (and the
cached prompt that holds them) stay the same from one draft to the next until a better example arrives.
:func:`habits` finds what your examples agree on (a greeting such as "Hey NAME!", a closing sentence), and
:func:`observations` says it in plain words for ``connote voice``.

Nothing here reads the history database (:mod:`connote.history.own_notes` does) or the network.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from ..text.folding import fold
from ..text.words import sentences

#: the statuses whose notes teach connote your voice, best first
STATUS_ORDER = {"accepted": 0, "sent": 1}
#: at most this many of your notes go into one prompt (a few: the built-in examples still teach the rules)
MAX_EXAMPLES = 3
#: a greeting or closing is a habit when at least this many examples share it (and two thirds of them do)
MIN_HABIT = 2

_GREETING = r"^(\W*[^\W\d_][\w'’]*(?:\s+[^\W\d_][\w'’]*){0,2})\s+{name}(\s*[,!:.–—-])(?=\s|$)"


@dataclass(frozen=True)
class OwnNote:
    """One note you sent, as your voice uses it."""

    note_id: str
    draft_id: str
    #: what you sent: your edit when you made one, on one line
    text: str
    edited: bool
    #: ``accepted`` or ``sent`` (the note's latest mark)
    status: str
    #: when you first marked it (keeps the choice of examples stable)
    first_marked: datetime
    #: the first name the note greets (the person it was for)
    first_name: str | None
    reason: str
    sender: str | None
    language: str
    occasion: str
    limit: int

    @property
    def example_text(self) -> str:
        """What the checks compare a new note with: the person's name, the reason and the note."""
        return "\n".join(x for x in (self.first_name, self.reason, self.text) if x)


#: every usable note, in the order :func:`ordered` gives
Voice = tuple[OwnNote, ...]


def one_line(text: str) -> str:
    """A note as the prompt shows it: one line (a line break would end the example early)."""
    return " ".join(text.split())


def preference(note: OwnNote, occasion: str | None = None) -> tuple:
    """How much a note is preferred as an example (lower first): accepted before sent, the same occasion
    first, then the note marked first."""
    return (STATUS_ORDER.get(note.status, 9), occasion is not None and note.occasion != occasion,
            note.first_marked, note.note_id)


def ordered(notes) -> Voice:
    """Usable notes in the order they are preferred, one per text (a note sent twice counts once)."""
    seen: set[str] = set()
    out = []
    for note in sorted(notes, key=preference):
        key = fold(note.text)
        if note.status in STATUS_ORDER and note.text.strip() and key not in seen:
            seen.add(key)
            out.append(note)
    return tuple(out)


def pick(voice: Voice | None, language: str, occasion: str | None, k: int = MAX_EXAMPLES) -> tuple[OwnNote, ...]:
    """The examples a draft in ``language`` for ``occasion`` shows, best first (none in another language:
    the model writes in the language its examples use; ``occasion`` None: any occasion alike)."""
    same = [n for n in voice or () if n.language == language]
    return tuple(sorted(same, key=lambda n: preference(n, occasion))[:k])


# --------------------------------------------------------------------------- habits

@dataclass(frozen=True)
class Greeting:
    """A greeting as you write it: the words before the name and what follows it ("Hey", "!")."""

    words: str
    after: str

    def to(self, first_name: str | None) -> str:
        return f"{self.words} {first_name or 'there'}{self.after}"

    @property
    def shown(self) -> str:
        return self.to("NAME")


def greeting_of(note: OwnNote) -> Greeting | None:
    """How ``note`` greets its person: one to three words before their first name, then a mark."""
    if not note.first_name:
        return None
    m = re.match(_GREETING.replace("{name}", re.escape(note.first_name)), note.text)
    if not m:
        return None
    words, after = m.group(1).strip(), m.group(2)
    return Greeting(words, after if after.strip() in ",!:." else " " + after.strip())


def closing_of(note: OwnNote) -> str | None:
    """The note's last sentence, when it has at least one before it (a greeting counts)."""
    parts = sentences(note.text)
    return parts[-1] if len(parts) >= 2 else None


def same_sentence(a: str, b: str) -> bool:
    """Whether two sentences say the same words (any case, accents or punctuation)."""
    return _words(a) == _words(b)


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", fold(text)))


def _habit(values: list, key) -> tuple[object, int]:
    """The most common value by ``key`` and how many share it, if that is a habit, else (None, count)."""
    found = [v for v in values if v is not None]
    if not found:
        return None, 0
    counts = Counter(key(v) for v in found)
    best, n = counts.most_common(1)[0]
    first = next(v for v in found if key(v) == best)
    if n >= MIN_HABIT and 3 * n >= 2 * len(values):
        return first, n
    return None, n


@dataclass(frozen=True)
class Habits:
    """What the examples agree on; connote writes a note's greeting itself, and ends a note whose closing
    only says "glad to connect" with yours."""

    greeting: Greeting | None = None
    closing: str | None = None


def habits(examples: tuple[OwnNote, ...] | list[OwnNote]) -> Habits:
    greeting, _ = _habit([greeting_of(n) for n in examples], lambda g: (fold(g.words), g.after.strip()))
    closing, _ = _habit([closing_of(n) for n in examples], _words)
    if closing is not None and re.search(r"\d", closing):
        closing = None  # a number is a fact of its own; never added to a note by construction
    return Habits(greeting, closing)


def observations(notes: Voice) -> list[str]:
    """Plain observations about the notes you sent, for ``connote voice``."""
    if not notes:
        return []
    lengths = sorted(len(n.text) for n in notes)
    out = [f"typical length: {round(statistics.median(lengths))} characters "
           f"({lengths[0]}–{lengths[-1]} over {len(notes)} note{'s' if len(notes) != 1 else ''})"]
    greetings = [greeting_of(n) for n in notes]
    named = [g for g in greetings if g is not None]
    if named:
        counts = Counter((g.words, g.after.strip()) for g in named)
        (words, after), n = counts.most_common(1)[0]
        shown = next(g for g in named if (g.words, g.after.strip()) == (words, after)).shown
        out.append(f"greeting you use most: \"{shown}\" ({n} of {len(notes)})")
    closings = [c for c in (closing_of(n) for n in notes) if c]
    if closings and len(notes) >= MIN_HABIT:
        counts = Counter(_words(c) for c in closings)
        key, n = counts.most_common(1)[0]
        if n >= MIN_HABIT:
            shown = next(c for c in closings if _words(c) == key)
            out.append(f"closing you use most: \"{shown}\" ({n} of {len(notes)})")
        else:
            out.append("closing: a different one each time")
    questions = sum(1 for n in notes if n.text.rstrip().endswith("?"))
    out.append(f"ends with a question: {questions} of {len(notes)}")
    edited = sum(1 for n in notes if n.edited)
    if edited:
        out.append(f"edited before sending: {edited} of {len(notes)}")
    languages = Counter(n.language for n in notes)
    if len(languages) > 1:
        out.append("languages: " + ", ".join(f"{lang} {k}" for lang, k in languages.most_common()))
    return out
