"""The drafting pipeline: parse the profile, pick a template, generate candidates, check, rank.

``draft(request, backend=...)`` is the library entry point the CLI calls.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable

from ..backends.base import Backend
from ..checks import NEVER_SHOWN, CheckContext
from ..errors import InputError
from ..paste import parse_profile
from ..prompting import occasion as occasions
from ..prompting import templates
from ..prompting.build import build_prompt, chat_messages, opener
from ..schema import MAX_PROFILE_CHARS, Draft, DraftRequest, Note
from ..text.language import detect_language
from ..text.normalizing import CONTROL_RE
from . import schedule
from .finishing import finish
from .rank import SIMILAR, evaluate_or_repair, similarity


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
    reason = CONTROL_RE.sub("", request.reason).strip()
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
    text = CONTROL_RE.sub("", request.profile_text)
    if len(text) > MAX_PROFILE_CHARS:
        text = text[:MAX_PROFILE_CHARS]
        warnings.append(f"profile text was longer than {MAX_PROFILE_CHARS:,} characters; used the first part")
    update = {"profile_text": text, "reason": CONTROL_RE.sub("", request.reason).strip()}
    if request.sender is not None:
        update["sender"] = CONTROL_RE.sub("", request.sender).strip() or None
    return request.model_copy(update=update), warnings



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
    budget = max_candidates or schedule.candidate_budget(request.count)
    accepted: list[Note] = []
    rejected: list[Note] = []
    tried = 0

    def consider(i: int, raw: str) -> None:
        evaluation = evaluate_or_repair(ctx, finish(raw, request.limit))
        passed = evaluation.passed
        note = Note(id=uuid.uuid4().hex[:12], limit=request.limit, seed=base_seed + i, **evaluation.note_fields())
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
        wave = schedule.wave(tried, request.count - len(accepted), budget - tried)
        indices = range(tried, tried + wave)
        temperature = schedule.temperature(request.temperature, language, first=tried == 0 and not exclude)
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
