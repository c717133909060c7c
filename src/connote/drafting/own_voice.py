"""Your voice in one draft: which of your sent notes the prompt shows, and your greeting and closing.

:func:`style` turns your notes (:mod:`connote.prompting.own_examples`) into a :class:`Style` for one draft's
language and occasion. With no notes the style is empty and the draft is exactly what it was without it (same
prompt bytes, same greetings, same closings).

The command line chooses the voice once per command (``--no-voice``, ``voice = false``) and makes it the
:func:`active` one for that command, so every draft the command makes — interactive regenerations included —
uses the same; a library caller passes ``voice=`` to :func:`connote.drafting.draft` instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field

from ..prompting.build import opener
from ..prompting.own_examples import Habits, OwnNote, Voice, habits, pick, same_sentence
from ..schema import Profile
from ..text.words import sentences, utf16_len
from . import variations

_ACTIVE: ContextVar[Voice | None] = ContextVar("connote_voice", default=None)


def use(voice: Voice | None) -> Callable[[], None]:
    """Make ``voice`` the one drafts use until the returned function is called (the command's end)."""
    token = _ACTIVE.set(voice or None)
    return lambda: _ACTIVE.reset(token)


def active() -> Voice | None:
    """The voice the running command chose (None outside a command, or with the voice off)."""
    return _ACTIVE.get()


@dataclass(frozen=True)
class Style:
    """Your notes a draft shows the model (best first) and the habits they share."""

    examples: tuple[OwnNote, ...] = ()
    habits: Habits = field(default_factory=Habits)

    @property
    def texts(self) -> tuple[str, ...]:
        """What the checks must not let through from your earlier notes (each its person, reason and note)."""
        return tuple(n.example_text for n in self.examples)

    @property
    def ids(self) -> list[str]:
        return [n.note_id for n in self.examples]

    def opener(self, profile: Profile, language: str, variation: int, formal: bool | None = None) -> str:
        """The greeting a candidate starts from: yours when your examples agree on one, else the built-in (for
        the formal or informal "you" when ``formal`` says which)."""
        greeting = self.habits.greeting
        if greeting is None:
            return opener(profile, language, variation, formal)
        return greeting.to(profile.first_name)

    def restyle(self, text: str, language: str, limit: int, *, with_closing: bool = True) -> str:
        """``text`` in your style: a sentence after your greeting starts with a capital ("Hey Omar! Loved…"),
        and (unless not ``with_closing``) the note ends with your closing when your examples agree on one — in
        place of a closing that only says "glad to connect", or moved to the end when a variation put it
        elsewhere. A note with a closing of its own keeps it; nothing is added past ``limit``."""
        greeting = self.habits.greeting
        if greeting is not None and greeting.after.strip() in "!.":
            text = re.sub(r"^([^!.]{1,40}[!.]\s+)(\w)", lambda m: m.group(1) + m.group(2).upper(), text, count=1)
        closing = self.habits.closing if with_closing else None
        if not closing or not text.strip():
            return text
        parts = sentences(text)
        if parts and same_sentence(parts[-1], closing):
            return text
        kept = [p for p in parts if not same_sentence(p, closing)]
        body, generic = variations.closing_split(" ".join(kept), language)
        if generic is None and len(kept) == len(parts):
            return text
        body = body.rstrip()
        if not re.search(r"[.!?…]$", body):
            body = body.rstrip(",;:–— ") + "."
        restyled = f"{body} {closing}"
        return restyled if utf16_len(restyled) <= limit else text

    def plain(self, text: str) -> str:
        """``text`` without your closing: what tells two notes apart (like the greeting, it is the same in all)."""
        closing = self.habits.closing
        parts = sentences(text)
        if closing and len(parts) >= 2 and same_sentence(parts[-1], closing):
            return " ".join(parts[:-1])
        return text

    def unstyled(self, text: str, profile: Profile, language: str) -> str:
        """``text`` in the built-in shape (greeting "Hi NAME,", a "glad to connect" closing) for the variations
        built from it (:mod:`.variations`), which :meth:`restyle` turns back into your style."""
        if self.habits.greeting is not None:
            text = variations.regreet(text, opener(profile, language, 0), language)
        if self.habits.closing and self.plain(text) != text and variations.CLOSINGS.get(language):
            text = f"{self.plain(text)} {variations.CLOSINGS[language][0]}"
        return text


NO_STYLE = Style()


def style(voice: Voice | None, language: str, occasion: str) -> Style:
    """Your style for a draft in ``language`` for ``occasion`` (empty without a voice or a note in that
    language)."""
    examples = pick(voice, language, occasion)
    if not examples:
        return NO_STYLE
    return Style(examples, habits(examples))
