"""The few-shot prompt: instructions, the examples, then the new case, as completion text or as chat turns."""

from __future__ import annotations

from ..errors import TemplateError
from ..paste import given_name
from ..schema import Profile
from ..text.language import language_name
from . import templates
from .own_examples import OwnNote, one_line
from .reasons import told
from .salutation import formal_name
from .voice import spoken

#: placeholders case.txt must use, or the prompt would not carry the person, the reason or the note
CASE_VARIABLES = ("person", "reason", "note")


OPENERS = {
    "en": ("Hi {name},", "Hello {name},", "Hi {name} –"),
    "de": ("Hallo {name},", "Hi {name},", "Hallo {name} –"),
    "fr": ("Bonjour {name},", "Bonjour {name} !", "Salut {name},"),
    "es": ("Hola {name},", "Hola {name}:", "¡Hola {name}!"),
    "pt": ("Olá {name},", "Oi {name},", "Olá {name}!"),
    "it": ("Ciao {name},", "Buongiorno {name},", "Ciao {name}!"),
    "nl": ("Hoi {name},", "Hallo {name},", "Beste {name},"),
    "ru": ("Здравствуйте, {name}!", "{name}, добрый день!", "Привет, {name}!"),
    "uk": ("Вітаю, {name}!", "{name}, добрий день!", "Привіт, {name}!"),
    "zh": ("{name}，你好！", "{name}您好，", "你好，{name}！"),
    "ja": ("{name}さん、こんにちは。", "{name}さん、はじめまして。", "{name}さん、"),
}
#: greetings that go with the formal "you" (Sie, vous, Lei, u) and with the informal one (du, tu, tu, je), where
#: they differ from OPENERS: a reader finds "Salut ... votre" and "Ciao ... il suo paper" odd
OPENERS_BY_FORMALITY = {
    True: {"en": ("Dear {name},", "Hello {name},", "Dear {name},"),  # (only where the reason asks: "formal pls")
           "de": ("Guten Tag {full},", "Hallo {full},", "Guten Tag {full} –"),  # (Sie with a first name alone reads
           # as a clash: "Frau Dr. Aumüller", or the whole name: "Guten Tag Ulrike Lindner"; see .salutation)
           "fr": ("Bonjour {name},", "Bonjour {name} !", "Bonjour {name} –"),
           "it": ("Buongiorno {name},", "Gentile {name},", "Buongiorno {name} –"),
           "nl": ("Beste {name},", "Goedendag {name},", "Hallo {name},")},
    False: {"de": ("Hallo {name},", "Hi {name},", "Hey {name},"),
            "fr": ("Bonjour {name},", "Salut {name},", "Bonjour {name} !"),
            "it": ("Ciao {name},", "Ciao {name}!", "Ciao {name} –"),
            "nl": ("Hoi {name},", "Hallo {name},", "Hoi {name}!")},
}
NAMELESS = {
    "en": "Hi there,", "de": "Hallo,", "fr": "Bonjour,", "es": "Hola,", "pt": "Olá,", "it": "Ciao,",
    "nl": "Hallo,", "ru": "Здравствуйте!", "uk": "Вітаю!", "zh": "你好！", "ja": "こんにちは。",
}


def case_template(template: templates.Template) -> str:
    case_tpl = template.read("case.txt").rstrip("\n")
    known = ("person", "sender", "reason", "language", "limit", "note")
    templates.render(case_tpl, dict.fromkeys(known, ""), source=f"{template.name}/case.txt")  # syntax, unknowns
    used = set(templates.placeholders(case_tpl))
    missing = [name for name in CASE_VARIABLES if name not in used]
    if missing:
        raise TemplateError(f"{template.name}/case.txt does not use "
                            + ", ".join(f"{{{{ {m} }}}}" for m in missing),
                            hint="case.txt must place {{ person }}, {{ reason }} and {{ note }}")
    return case_tpl


def opener(profile: Profile, language: str, variation: int, formal: bool | None = None) -> str:
    """The greeting of the ``variation``-th candidate; ``formal``: the "you" the note uses, if known."""
    if not profile.first_name:
        return NAMELESS.get(language, NAMELESS["en"])
    options = OPENERS_BY_FORMALITY.get(formal, {}).get(language) or OPENERS.get(language, OPENERS["en"])
    full = formal_name(profile) if "{full}" in options[0] else profile.first_name
    return options[variation % len(options)].format(name=profile.first_name, full=full)


def person_line(profile: Profile) -> str:
    """How the prompt names the person: the name the note greets, nothing else from the paste.

    The model is shown only the name, the sender and the reason: what the profile says about the person's
    job, company or posts is what small models copy into the note as the sender's own (measured), and pasted
    text can't carry instructions into the prompt either."""
    if profile.first_name:
        return profile.first_name
    return given_name(profile.name) or "name not shown"


def render_case(template: templates.Template, case_tpl: str, *, profile: Profile, sender: str | None, reason: str,
                language: str, limit: int, note: str = "", new: bool = False, formal: bool | None = None) -> str:
    """One case of the prompt; the ``new`` case (not an example) gets a terse reason completed
    (:func:`connote.prompting.reasons.told`), in the polite or familiar "you" (``formal``; None: as the reason
    itself speaks)."""
    return templates.render(case_tpl, {
        "person": person_line(profile),
        "sender": sender or "not given",
        "reason": told(reason, language, profile, formal=formal, sender=sender) if new else spoken(reason, language, profile),
        "language": language_name(language),
        "limit": str(limit),
        "note": note,
    }, source=f"{template.name}/case.txt")


def example_cases(template: templates.Template, case_tpl: str, *, with_notes: bool) -> list[tuple[str, str]]:
    """Each few-shot example as (its case, with or without the note in place, and its note)."""
    cases = []
    for ex in template.examples:
        sender = ex.get("sender")
        case = render_case(template, case_tpl, profile=Profile.model_validate(ex["profile"]),
                           sender=None if sender == "not given" else sender, reason=ex["reason"],
                           language=ex.get("language", "en"), limit=ex.get("limit", 300),
                           note=ex["note"] if with_notes else "")
        cases.append((case if with_notes else case.rstrip(), ex["note"]))
    return cases


def own_cases(template: templates.Template, case_tpl: str, own: tuple[OwnNote, ...] | list[OwnNote], *,
              with_notes: bool) -> list[tuple[str, str]]:
    """The user's own notes (:mod:`.own_examples`, best first) as few-shot cases like the built-in ones. They go
    before the built-in examples, the best last: a small model copies the structure of the examples nearest
    the new case, and the user's notes carry other people's facts in their sentences ("I'm building … and your
    work at … caught my eye"); nearest the case it invented sender claims after them (measured,
    bench/voice), while the built-in examples there keep teaching the rules. Greeting and closing are the
    user's by construction (:mod:`connote.drafting.own_voice`), not by imitation."""
    cases = []
    for ex in reversed(own):
        note = one_line(ex.text)
        person = Profile(name=ex.first_name, first_name=ex.first_name) if ex.first_name else Profile()
        case = render_case(template, case_tpl, profile=person, sender=ex.sender, reason=ex.reason,
                           language=ex.language, limit=ex.limit, note=note if with_notes else "")
        cases.append((case if with_notes else case.rstrip(), note))
    return cases


def build_prompt(template: templates.Template, *, profile: Profile, reason: str, sender: str | None,
                 limit: int, language: str, formal: bool | None = None,
                 own: tuple[OwnNote, ...] = ()) -> tuple[str, str]:
    """Return (fixed prefix, case) — the prefix depends only on the template (and the user's ``own`` notes,
    which come before the built-in examples and stay the same between drafts), so it can be cached."""
    case_tpl = case_template(template)
    parts = [template.read("header.txt").strip()]
    parts += [case for case, _ in own_cases(template, case_tpl, own, with_notes=True)]
    parts += [case for case, _ in example_cases(template, case_tpl, with_notes=True)]
    prefix = "\n\n".join(parts) + "\n\n"
    case = render_case(template, case_tpl, profile=profile, sender=sender, reason=reason, language=language,
                       limit=limit, new=True, formal=formal).rstrip()
    return prefix, case


def chat_messages(template: templates.Template, *, profile: Profile, reason: str, sender: str | None,
                  limit: int, language: str, formal: bool | None = None,
                  own: tuple[OwnNote, ...] = ()) -> list[dict[str, str]]:
    """The same few-shot prompt as chat turns: instructions as system, each example as user/assistant."""
    case_tpl = case_template(template)
    messages = [{"role": "system", "content": template.read("header.txt").strip()}]
    for case, note in own_cases(template, case_tpl, own, with_notes=False) + example_cases(template, case_tpl,
                                                                                            with_notes=False):
        messages += [{"role": "user", "content": case}, {"role": "assistant", "content": note}]
    messages.append({"role": "user", "content": render_case(template, case_tpl, profile=profile, sender=sender,
                                                            reason=reason, language=language, limit=limit,
                                                            new=True, formal=formal).rstrip()})
    return messages


def example_texts(template: templates.Template) -> tuple[str, ...]:
    """Each few-shot example's reason and note: what the model saw besides this case."""
    return tuple(f"{ex['reason']}\n{ex['note']}" for ex in template.examples)
