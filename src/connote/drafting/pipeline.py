"""The drafting pipeline: parse the profile, pick a template, generate candidates, check, rank.

``draft(request, backend=...)`` is the library entry point the CLI calls.
"""

from __future__ import annotations

import contextlib
import random
import time
import uuid
from collections.abc import Callable

from ..backends.base import Backend
from ..checks import NEVER_SHOWN, CheckContext
from ..checks.rules.says_reason import reason_coverage
from ..errors import InputError
from ..paste import greeting_name, profile_meant
from ..paste.names import NICK_RE
from ..prompting import occasion as occasions
from ..prompting import reasons, templates
from ..prompting.address import formality
from ..prompting.agreement import agreed, her_role, is_woman
from ..prompting.build import build_prompt, chat_messages, example_texts
from ..prompting.note_form import addressed_as, calmed, sign_off, without_nickname
from ..schema import MAX_PROFILE_CHARS, TIME_BUDGET, Draft, DraftRequest, Note
from ..text.language import detect_language, language_name
from ..text.normalizing import CONTROL_RE
from ..text.words import utf16_len
from . import capitals, own_voice, schedule, variations
from .finishing import finish, with_opening_marks
from .rank import SIMILAR, Evaluation, evaluate, evaluate_or_repair, similarity

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
          exclude: tuple[str, ...] | list[str] = (), prompt_format: str | None = None,
          time_budget: float | None = TIME_BUDGET, on_status: Callable[[str], None] | None = None,
          voice: own_voice.Voice | None = None) -> Draft:
    """Draft ``request.count`` checked notes; calls ``on_note(note, index)`` as each passing note is ready.

    The first note is the model's likeliest; the others differ by construction (:mod:`.variations`): a short
    one, each with its own closing. When no note the model wrote passes, the reason as the model was told it
    (:func:`.variations.from_reason`: in the note's voice, its typos fixed, greeted and closed) is checked as a
    note, and its variations are built from it. With ``request.first_note == "reason"`` that note comes first
    when it passes, and the model writes only what it leaves (its failures, more variations). Flagged notes are
    shown only when none passed. ``exclude`` holds notes already shown for this draft
    (``connote again``): candidates equal or too similar to them are dropped, so a regeneration never repeats
    a note. ``prompt_format`` ("completion" or "chat") overrides the template's mode. No new candidates are
    started after ``time_budget`` seconds (``None``: no limit); fewer notes than asked are said in a warning.
    ``on_status`` hears what the draft is busy with when it takes a while (preparing a template the first time).
    ``voice``: the user's sent notes (:mod:`.own_voice`; default: the command's :func:`.own_voice.active` one)
    — a few shown as examples, their greeting and closing used; none: the built-in style.
    """
    started = time.monotonic()
    check_input(request)
    request, warnings = tidy_request(request)
    text = request.profile_text
    profile = profile_meant(text, request.reason)
    if request.name:
        profile = profile.model_copy(update={"name": request.name,
                                             "first_name": greeting_name(request.name) or request.name})
    elif asked_name := addressed_as(request.reason):  # "address her as Sister Bernadette"
        profile = profile.model_copy(update={"first_name": asked_name})
    elif without_nickname(request.reason) and profile.name:  # "dont use the nickname": the given name
        profile = profile.model_copy(update={"first_name": greeting_name(NICK_RE.sub(" ", profile.name))
                                             or profile.first_name})
    elif not profile.first_name:
        warnings.append("no name found in the paste; notes greet without a name — give it with --name")
    language = detect_language(request.reason)
    formal = request.formal if request.formal is not None else formality(request.reason, language)
    woman = is_woman(request.sender, request.reason, language)  # "sou viticultora": "estou interessada"
    sign = sign_off(request.reason, request.sender)
    occasion = occasions.choose(request.reason, request.occasion)
    template = templates.load(occasion)
    style = own_voice.style(voice if voice is not None else own_voice.active(), language, occasion)
    prefix, case = build_prompt(template, profile=profile, reason=request.reason, sender=request.sender,
                                limit=request.limit, language=language, formal=request.formal,
                                own=style.examples)
    ctx = CheckContext(profile=profile, profile_text=text, reason=request.reason, sender=request.sender,
                       limit=request.limit, language=language, occasion=occasion,
                       examples=example_texts(template) + style.texts, formal=request.formal,
                       own_examples=style.texts)
    timings: dict[str, float] = {"setup": time.monotonic() - started}
    meta = template.meta
    mode = prompt_format or meta.mode
    messages = None
    if mode == "chat":
        messages = chat_messages(template, profile=profile, reason=request.reason, sender=request.sender,
                                 limit=request.limit, language=language, formal=request.formal,
                                 own=style.examples)

    def prepare() -> None:
        """Make the model ready to write (once, and only when a note is asked of it)."""
        if "prepare" in timings:
            return
        if messages is None:
            if on_status is not None and not backend.has_state(prefix):
                on_status(f"Preparing the {template.name} template (once)…")
            backend.prepare(prefix)
            if on_status is not None:
                on_status("Writing notes…")
        timings["prepare"] = time.monotonic() - started
    base_seed = request.seed if request.seed is not None else random.SystemRandom().randrange(2**31 - 64)
    budget = max_candidates or schedule.candidate_budget(request.count)
    accepted: list[Note] = []
    rejected: list[Note] = []
    tried = 0

    def distinct(note: Note) -> bool:
        """Unlike every note already accepted in what it says (a model note; greetings and "glad to connect"
        closings aside: connote varies those itself)."""
        said = variations.body(style.plain(note.text), language)
        return all(note.text != a.text
                   and similarity(said, variations.body(style.plain(a.text), language)) < SIMILAR
                   for a in accepted)

    def cased(evaluation: Evaluation) -> Evaluation:
        """The acronyms the user typed in lower case in capitals where the scorer is sure of them
        (:mod:`.capitals`), if the note still passes so."""
        text = capitals.capitalised(evaluation.text, request.reason, language, backend)
        if text == evaluation.text:
            return evaluation
        again = evaluate(ctx, text)
        return again if again.passed else evaluation

    def consider(seed: int, candidate: str, *, built: bool = False) -> Note | None:
        """Check a candidate; keep it if it passes and is new, else remember it as a flagged fallback. A
        variation ``built`` from a note that passed differs from it by construction, not in its words."""
        evaluation = evaluate(ctx, candidate) if built else evaluate_or_repair(ctx, candidate)
        if not built and evaluation.passed:  # a variation is built from a note already cased
            evaluation = cased(evaluation)
        fields = evaluation.note_fields()
        fields.update(text=calmed(fields["text"], request.reason))  # "geen uitroeptekens"
        signed = f"{fields['text']} {sign}" if sign else ""
        if signed and utf16_len(signed) <= request.limit:  # the user's own sign-off ("Cheers", "– Kit"), unchecked
            fields.update(text=signed, chars=len(signed))
        note = Note(id=uuid.uuid4().hex[:12], limit=request.limit, seed=seed, **fields)
        if any(note.text == old or similarity(note.text, old) >= SIMILAR for old in exclude):
            return None
        new = all(note.text != a.text for a in accepted) if built else distinct(note)
        if note.passed and len(accepted) < request.count and new:
            accepted.append(note)
            timings.setdefault("first_note", time.monotonic() - started)
            if on_note:
                on_note(note, len(accepted))
            return note
        if not built and all(note.text != r.text for r in rejected):
            rejected.append(note)
        return None

    why = reasons.why_in(request.reason, language)

    def constructed(note: Note) -> None:
        """After a model note passed, the variations built from it: a short one (when the reason is specific
        enough for its first sentence to say why), another closing (or one added after its own last sentence)."""
        for build in (variations.short_version, variations.with_closing,
                      variations.with_closing):  # each closing variation takes a closing no note has yet
            if len(accepted) >= request.count:
                return
            if build is variations.short_version and why != "specific":
                continue
            taken = [a.text for a in accepted]
            source = style.unstyled(note.text.removesuffix(f" {sign}") if sign else note.text, profile, language)
            text = build(source, language, taken, request.limit) if build is variations.short_version \
                else build(source, language, taken) or variations.with_added_closing(source, language, taken)
            if text and build is variations.short_version and reason_coverage(ctx, text) < 0.8:
                continue  # shorter, but it leaves part of the reason out
            if text:
                opener = style.opener(profile, language, len(accepted), formal)
                # near the limit, a longer greeting ("Buongiorno" for "Ciao") or another closing may not fit:
                # then the variation keeps the note's greeting, takes the shortest free closing, or failing
                # that keeps the note's own closing under another greeting
                tries = [variations.regreet(text, opener, language), text]
                if build is variations.with_closing:
                    tries += [t for t in (variations.with_closing(source, language, taken, shortest=True),) if t]
                    tries.append(variations.regreet(source, opener, language))
                for text in tries:
                    styled = style.restyle(text, language, request.limit)
                    if utf16_len(styled) <= request.limit:
                        break
                if build is variations.with_closing and any(styled == a.text for a in accepted):
                    # a note already ends with your closing: this variation offers another one, in your greeting
                    styled = style.restyle(text, language, request.limit, with_closing=False)
                consider(note.seed or 0, styled, built=True)

    def generate(indices: range, starts: dict[int, str], temperature: float):
        if messages is not None:
            for i in indices:
                completion = backend.chat(messages, max_tokens=meta.max_tokens, temperature=temperature,
                                          seed=base_seed + i, stop=[])
                yield i, completion.text
            return
        done = backend.complete_many([prefix + case + " " + starts[i] for i in indices],
                                     max_tokens=meta.max_tokens, temperature=temperature,
                                     seeds=[base_seed + i for i in indices], stop=meta.stop)
        try:
            for j, completion in done:
                yield indices[j], starts[indices[j]] + completion.text
        finally:
            done.close()  # enough: the batch's other sequences stop here instead of running to the end

    def from_reason() -> None:
        """The reason as the model is told it, greeted and closed, checked as a note; its variations built."""
        told = reasons.told(request.reason, language, profile, formal=request.formal, sender=request.sender)
        text = variations.from_reason(style.opener(profile, language, 0, formal), told, language)
        if text:
            note = consider(base_seed, style.restyle(finish(text, request.limit), language, request.limit))
            if note is not None:
                constructed(note)

    out_of_time = False
    if request.first_note == "reason":  # measured on three fresh sets read blind (bench/results/README.md): 20 times
        from_reason()  # faster, half the inventions and swaps, but a reader sends fewer (45% of top notes, the
        # model's 51%: it mends the reason's slips, capitals, fragments)
    if len(accepted) < request.count:
        prepare()
    while tried < budget and len(accepted) < request.count:
        if time_budget is not None and tried and time.monotonic() - started > time_budget:
            out_of_time = True
            break
        wave = schedule.wave(tried, request.count - len(accepted), budget - tried)
        indices = range(tried, tried + wave)
        first = tried == 0 and not exclude
        temperature = schedule.temperature(request.temperature, language, first=first)
        starts = {i: style.opener(profile, language, i, formal) for i in indices}
        tried += wave
        with contextlib.closing(generate(indices, starts, temperature)) as generated:
            for i, raw in generated:
                own = her_role(agreed(finish(raw, request.limit), language, woman), request.reason, language)
                candidate = style.restyle(with_opening_marks(variations.said_once(own, language), language), language,
                                          request.limit)
                if accepted or language != "en":  # a later note ends with a closing of its own; outside
                    # English the model's own "glad to connect" is often broken ("Me ferai plaisir…"): a sure one
                    candidate = variations.with_closing(candidate, language, [a.text for a in accepted]) \
                        or candidate
                note = consider(base_seed + i, candidate)
                if note is not None:
                    constructed(note)
                if len(accepted) >= request.count:
                    break
    if not accepted and request.first_note == "model":  # no model note passed
        from_reason()
    timings["candidates"] = time.monotonic() - started
    all_failed = not accepted
    passed = len(accepted)
    if not passed and rejected:  # flagged attempts only when none passed: a passing note is worth more
        rejected.sort(key=lambda n: n.score, reverse=True)
        missing = request.count - passed
        flagged = [n for n in rejected if not n.passed and not NEVER_SHOWN & set(n.failed)][:missing]
        if flagged:
            warnings.append(f"{len(flagged)} note(s) failed checks and are flagged; edit before sending")
        accepted.extend(flagged)
    if 0 < passed < request.count:
        seconds = time.monotonic() - started
        budget_note = " (time budget reached)" if out_of_time else ""
        warnings.append(f"{passed} of {request.count} notes passed the checks in {seconds:.0f} s{budget_note}")
    if accepted and language != "en":  # measured: a blind reader would send few such notes unchanged
        warnings.append(f"check the grammar before sending: connote writes {language_name(language)} less "
                        "surely than English (the checks don't see grammar)")
    return Draft(
        id=uuid.uuid4().hex[:12], model=model_name or backend.name, template=template.name,
        occasion=occasion, language=language, notes=accepted, all_failed=all_failed, warnings=warnings,
        advice=reasons.advice(why, profile), voice=style.ids,
        profile=profile, request=request, candidates=tried, seconds=round(time.monotonic() - started, 3),
        timings={k: round(v, 3) for k, v in timings.items()},
    )
