"""The drafting pipeline: parse the profile, pick a template, generate candidates, check, rank.

``draft(request, backend=...)`` is the library entry point the CLI calls.
"""

from __future__ import annotations

import random
import re
import time
import uuid
from collections.abc import Callable

from . import occasion as occasions
from . import templates
from .backends.base import Backend
from .backends.parallel import MAX_PARALLEL
from .checks import NEVER_SHOWN, CheckContext, run_checks, score, similarity
from .errors import InputError, TemplateError
from .language import detect_language, language_name
from .profile_parser import given_name, parse_profile
from .reason_text import spoken
from .schema import Draft, DraftRequest, Note, Profile

MAX_PROFILE_CHARS = 20_000
#: terminal escape sequences and control characters other than tab, newline and CR: never part of a note
_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|"  # terminal escapes
                      r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: placeholders case.txt must use, or the prompt would not carry the person, the reason or the note
CASE_VARIABLES = ("person", "reason", "note")
SIMILAR = 0.6
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
NAMELESS = {
    "en": "Hi there,", "de": "Hallo,", "fr": "Bonjour,", "es": "Hola,", "pt": "Olá,", "it": "Ciao,",
    "nl": "Hallo,", "ru": "Здравствуйте!", "uk": "Вітаю!", "zh": "你好！", "ja": "こんにちは。",
}

NoteCallback = Callable[[Note, int], None]


def check_input(request: DraftRequest) -> None:
    """Refuse input no note can come from, before any model work; messages never quote the text.

    Refused (InputError): NUL bytes (binary data) or undecodable bytes in the profile, reason or sender;
    a profile or reason without a single letter or digit (only emoji or symbols); a reason longer than
    the note's own character limit.
    """
    fields = (("the profile", request.profile_text), ("the reason", request.reason),
              ("--sender", request.sender or ""))
    for what, value in fields:
        if "\x00" in value:
            raise InputError(f"{what} contains binary data (NUL bytes); give it as plain text")
        if any("\ud800" <= c <= "\udfff" for c in value):
            raise InputError(f"{what} is not valid UTF-8 text; give it as plain text")
    if not any(c.isalnum() for c in request.profile_text[:MAX_PROFILE_CHARS]):
        raise InputError("the profile has no words in it (only symbols or emoji); "
                         "paste the person's profile text")
    reason = _CONTROL.sub("", request.reason).strip()
    if not any(c.isalnum() for c in reason):
        raise InputError("the reason has no words in it; say in a few words why you want to connect")
    if len(reason) > request.limit:
        raise InputError(f"the reason is {len(reason)} characters, longer than the note may be "
                         f"({request.limit}); say it in a few words")


def tidy_request(request: DraftRequest) -> tuple[DraftRequest, list[str]]:
    """Drop control characters and cut the profile to MAX_PROFILE_CHARS (with a warning).

    The returned request is what drafting uses and what history keeps.
    """
    warnings: list[str] = []
    text = _CONTROL.sub("", request.profile_text)
    if len(text) > MAX_PROFILE_CHARS:
        text = text[:MAX_PROFILE_CHARS]
        warnings.append(f"profile text was longer than {MAX_PROFILE_CHARS:,} characters; used the first part")
    update = {"profile_text": text, "reason": _CONTROL.sub("", request.reason).strip()}
    if request.sender is not None:
        update["sender"] = _CONTROL.sub("", request.sender).strip() or None
    return request.model_copy(update=update), warnings


def _case_template(template: templates.Template) -> str:
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


def opener(profile: Profile, language: str, variation: int) -> str:
    if not profile.first_name:
        return NAMELESS.get(language, NAMELESS["en"])
    options = OPENERS.get(language, OPENERS["en"])
    return options[variation % len(options)].format(name=profile.first_name)


def person_line(profile: Profile) -> str:
    """How the prompt names the person: the name the note greets, nothing else from the paste.

    The model is shown only the name, the sender and the reason: what the profile says about the person's
    job, company or posts is what small models copy into the note as the sender's own (measured), and pasted
    text can't carry instructions into the prompt either."""
    if profile.first_name:
        return profile.first_name
    return given_name(profile.name) or "name not shown"


def _case(template: templates.Template, case_tpl: str, *, profile: Profile, sender: str | None, reason: str,
          language: str, limit: int, note: str = "") -> str:
    return templates.render(case_tpl, {
        "person": person_line(profile),
        "sender": sender or "not given",
        "reason": spoken(reason, language, profile),
        "language": language_name(language),
        "limit": str(limit),
        "note": note,
    }, source=f"{template.name}/case.txt")


def _example_cases(template: templates.Template, case_tpl: str, *, with_notes: bool) -> list[tuple[str, str]]:
    """Each few-shot example as (its case, with or without the note in place, and its note)."""
    cases = []
    for ex in template.examples:
        sender = ex.get("sender")
        case = _case(template, case_tpl, profile=Profile.model_validate(ex["profile"]),
                     sender=None if sender == "not given" else sender, reason=ex["reason"],
                     language=ex.get("language", "en"), limit=ex.get("limit", 300),
                     note=ex["note"] if with_notes else "")
        cases.append((case if with_notes else case.rstrip(), ex["note"]))
    return cases


def build_prompt(template: templates.Template, *, profile: Profile, reason: str, sender: str | None,
                 limit: int, language: str) -> tuple[str, str]:
    """Return (fixed prefix, case) — the prefix depends only on the template, so it can be cached."""
    case_tpl = _case_template(template)
    parts = [template.read("header.txt").strip()]
    parts += [case for case, _ in _example_cases(template, case_tpl, with_notes=True)]
    prefix = "\n\n".join(parts) + "\n\n"
    case = _case(template, case_tpl, profile=profile, sender=sender, reason=reason, language=language,
                 limit=limit).rstrip()
    return prefix, case


_SIGNOFF = re.compile(r"\s*(?:[-–—]\s*\w+|(?:best|thanks|cheers|regards|best regards|kind regards)[,!.]?"
                      r"(?:\s+\w+)?)\s*$", re.I)
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)")


def finish(text: str, limit: int) -> str:
    """Clean one generated note and make it fit ``limit`` (cut at a sentence, never mid-word)."""
    text = _CONTROL.sub("", text.split("\n")[0])
    text = re.sub(r"\s+", " ", text).strip().strip('"“”').strip()
    text = _SIGNOFF.sub("", text).strip() if len(text) > 40 else text
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    if ends and ends[-1] < len(text):
        tail = text[ends[-1]:].strip()
        if tail and not re.search(r"[.!?)]$", tail):  # unfinished last sentence (hit max tokens)
            text = text[: ends[-1]]
    if len(text) <= limit:
        return text.strip()
    fitting = [e for e in ends if e <= limit]
    if fitting and fitting[-1] >= limit * 0.4:
        return text[: fitting[-1]].strip()
    cut = text[: limit - 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(" ,;:–—-") + "."


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?。！？])\s+")


def trimmed(text: str) -> list[str]:
    """The note without one of its sentences after the first, the last one first: a small model's note often
    fails only on one added sentence (an invented detail, a third-person aside, a closing in another
    language), and the rest is what the user asked for. Each is checked again like any candidate."""
    sentences = _SENTENCE_SPLIT.split(text.strip())
    if len(sentences) < 2:
        return []
    return [" ".join(sentences[:i] + sentences[i + 1:]) for i in range(len(sentences) - 1, 0, -1)]


def chat_messages(template: templates.Template, *, profile: Profile, reason: str, sender: str | None,
                  limit: int, language: str) -> list[dict[str, str]]:
    """The same few-shot prompt as chat turns: instructions as system, each example as user/assistant."""
    case_tpl = _case_template(template)
    messages = [{"role": "system", "content": template.read("header.txt").strip()}]
    for case, note in _example_cases(template, case_tpl, with_notes=False):
        messages += [{"role": "user", "content": case}, {"role": "assistant", "content": note}]
    messages.append({"role": "user", "content": _case(template, case_tpl, profile=profile, sender=sender,
                                                      reason=reason, language=language, limit=limit).rstrip()})
    return messages


def _candidate_budget(count: int) -> int:
    return count + max(2, count)


FIRST_TEMPERATURE = 0.2
OTHER_LANGUAGE_TEMPERATURE = 0.5


def _temperature(requested: float, language: str, *, first: bool) -> float:
    """The first note of a draft is the model's most likely one (low temperature: measured, fewer invented
    details); the others vary at the requested temperature. Outside English the small default model's
    grammar breaks down quickly as temperature rises, so it is capped there."""
    if language != "en":
        requested = min(requested, OTHER_LANGUAGE_TEMPERATURE)
    return min(requested, FIRST_TEMPERATURE) if first else requested


def _wave(tried: int, needed: int, left: int) -> int:
    """How many candidates to generate together next: the first alone (it streams to the screen soonest),
    then what is still needed plus one spare (a batch of k costs far less than k single candidates)."""
    if tried == 0:
        return 1
    return max(1, min(left, needed + 1 if needed >= 2 else needed, MAX_PARALLEL))


def draft(request: DraftRequest, backend: Backend, *, on_note: NoteCallback | None = None,
          model_name: str | None = None, max_candidates: int | None = None,
          exclude: tuple[str, ...] | list[str] = (), prompt_format: str | None = None) -> Draft:
    """Draft ``request.count`` checked notes; calls ``on_note(note, index)`` as each passing note is ready.

    ``exclude`` holds notes already shown for this draft (``connote again``): candidates equal or too
    similar to them are dropped, so a regeneration never repeats a note. ``prompt_format`` ("completion"
    or "chat") overrides the template's mode: chat sends the few-shot prompt through the model's own chat
    template; completion (the default for built-in templates) continues the raw few-shot text.
    """
    started = time.monotonic()
    check_input(request)
    request, warnings = tidy_request(request)
    text = request.profile_text
    profile = parse_profile(text)
    language = detect_language(request.reason)
    occasion = occasions.choose(request.reason, request.occasion)
    template = templates.load(occasion)
    prefix, case = build_prompt(template, profile=profile, reason=request.reason, sender=request.sender,
                                limit=request.limit, language=language)
    ctx = CheckContext(profile=profile, profile_text=text, reason=request.reason, sender=request.sender,
                       limit=request.limit, language=language, occasion=occasion)
    timings: dict[str, float] = {"setup": time.monotonic() - started}
    meta = template.meta
    mode = prompt_format or meta.mode
    messages = None
    if mode == "chat":
        messages = chat_messages(template, profile=profile, reason=request.reason, sender=request.sender,
                                 limit=request.limit, language=language)
    else:
        backend.prepare(prefix)
    timings["prepare"] = time.monotonic() - started
    base_seed = request.seed if request.seed is not None else random.SystemRandom().randrange(2**31 - 64)
    budget = max_candidates or _candidate_budget(request.count)
    accepted: list[Note] = []
    rejected: list[Note] = []
    tried = 0

    def consider(i: int, raw: str) -> None:
        note_text = finish(raw, request.limit)
        results = run_checks(ctx, note_text)
        passed = all(r.passed for r in results)
        if not passed:
            trials = [(shorter, run_checks(ctx, shorter)) for shorter in trimmed(note_text)]
            repaired = [(text, trial) for text, trial in trials if all(r.passed for r in trial)]
            if repaired:  # the best-scored (a comfortable length) of the versions that pass
                note_text, results = max(repaired, key=lambda pair: score(ctx, pair[0], pair[1]))
                passed = True
        note = Note(id=uuid.uuid4().hex[:12], text=note_text, chars=len(note_text), limit=request.limit,
                    passed=passed, score=score(ctx, note_text, results), checks=results,
                    failed=[r.name for r in results if not r.passed], seed=base_seed + i)
        if any(note.text == old or similarity(note.text, old) >= SIMILAR for old in exclude):
            return
        if passed and len(accepted) < request.count and all(similarity(note.text, a.text) < SIMILAR
                                                             for a in accepted):
            accepted.append(note)
            timings.setdefault("first_note", time.monotonic() - started)
            if on_note:
                on_note(note, len(accepted))
        elif all(note.text != r.text for r in rejected):
            rejected.append(note)

    while tried < budget and len(accepted) < request.count:
        wave = _wave(tried, request.count - len(accepted), budget - tried)
        indices = range(tried, tried + wave)
        temperature = _temperature(request.temperature, language, first=tried == 0 and not exclude)
        tried += wave
        if messages is not None:
            for i in indices:
                completion = backend.chat(messages, max_tokens=meta.max_tokens, temperature=temperature,
                                          seed=base_seed + i, stop=[])
                consider(i, completion.text)
            continue
        starts = {i: opener(profile, language, i) for i in indices}
        done = backend.complete_many([prefix + case + " " + starts[i] for i in indices],
                                     max_tokens=meta.max_tokens, temperature=temperature,
                                     seeds=[base_seed + i for i in indices], stop=meta.stop)
        for j, completion in done:
            consider(indices[j], starts[indices[j]] + completion.text)
            if len(accepted) >= request.count:
                done.close()  # enough: the batch's other sequences stop here instead of running to the end
                break
    all_failed = not accepted
    if len(accepted) < request.count and rejected:
        rejected.sort(key=lambda n: n.score, reverse=True)
        missing = request.count - len(accepted)
        flagged = [n for n in rejected if not n.passed and not NEVER_SHOWN & set(n.failed)][:missing]
        if flagged:
            warnings.append(f"{len(flagged)} note(s) failed checks and are flagged; edit before sending")
        accepted.extend(flagged)
    return Draft(
        id=uuid.uuid4().hex[:12], model=model_name or backend.name, template=template.name,
        occasion=occasion, language=language, notes=accepted, all_failed=all_failed, warnings=warnings,
        profile=profile, request=request, candidates=tried, seconds=round(time.monotonic() - started, 3),
        timings={k: round(v, 3) for k, v in timings.items()},
    )
