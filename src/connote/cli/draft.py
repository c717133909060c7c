"""``connote draft`` and ``connote again``: notes for a pasted profile, and new variations of an earlier draft."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from ..errors import NO_PASSING_NOTE_EXIT, HistoryError, InputError
from . import options
from .inputs import read_profile, read_reason
from .outfile import send_stdout_to
from .output import ALL_FAILED, NOTHING_NEW, NOTHING_SAFE, err, show_result, stream_notes
from .voice import NO_VOICE, chosen_voice

OPTION_NAMES = {"count": "-n/--count", "limit": "--limit", "reason": "--reason", "profile_text": "profile",
                "temperature": "--temperature", "seed": "--seed", "sender": "--sender", "name": "--name"}


def draft(
    ctx: typer.Context,
    reason: Optional[str] = typer.Option(None, "--reason", "-r", help="Why you want to connect, in your words."),
    profile: Optional[str] = typer.Option(None, "--profile", "-p", help="The pasted profile text."),
    profile_file: Optional[str] = typer.Option(None, "--profile-file", "-f",
                                               help="Read the profile from a file ('-' = stdin)."),
    formal: Optional[bool] = typer.Option(None, "--formal/--informal",
                                          help="The polite you (Sie, vous, usted) or the familiar one; default: as "
                                               "your reason speaks."),
    name: Optional[str] = typer.Option(None, "--name",
                                       help="The person's name, when the paste lacks it (or has it wrong)."),
    sender: Optional[str] = typer.Option(None, "--sender", "-s",
                                         help="Who you are, e.g. 'Sam, backend engineer at Acme'."),
    count: Optional[int] = typer.Option(None, "--count", "-n", help="How many variations (1-10, default 3)."),
    limit: Optional[int] = typer.Option(None, "--limit", "-l",
                                        help="Character limit (default 300; 200 for free accounts)."),
    occasion: Optional[str] = typer.Option(None, "--occasion",
                                           help="Template to use (see `connote templates list`)."),
    output: Optional[str] = options.OUTPUT,
    seed: Optional[int] = typer.Option(None, "--seed", help="Seed for reproducible drafts."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Model name or path to a .gguf file."),
    temperature: Optional[float] = options.TEMPERATURE,
    json_out: bool = typer.Option(False, "--json", help="Print one JSON object instead of text."),
    explain: bool = typer.Option(False, "--explain", help="Show which checks each note passed."),
    no_history: bool = typer.Option(False, "--no-history", help="Do not save this draft in history."),
    no_voice: bool = NO_VOICE,
    threads: Optional[int] = typer.Option(None, "--threads", help="CPU threads for the model."),
    gpu_layers: Optional[int] = typer.Option(None, "--gpu-layers",
                                             help="Layers to offload to a GPU (GPU builds of llama.cpp)."),
    prompt_format: Optional[str] = typer.Option(None, "--format",
                                                help="'completion' (few-shot text, default) or 'chat' "
                                                     "(the model's own chat template)."),
    interactive: bool = typer.Option(False, "--interactive", "-i",
                                     help="Then pick with keys: copy, regenerate, edit, tone, limit, quit."),
    copy: bool = typer.Option(False, "--copy", help="Copy the best note to the clipboard."),
    backend: Optional[str] = options.BACKEND,
    base_url: Optional[str] = options.BASE_URL,
    api_key_env: Optional[str] = options.API_KEY_ENV,
) -> None:
    """Draft connection notes from a pasted profile and your reason."""
    from pydantic import ValidationError

    from ..backends.table import open_model
    from ..config import load_config
    from ..drafting import check_input
    from ..drafting import draft as run_draft
    from ..schema import DraftRequest, validation_message

    config = load_config()
    if interactive:
        from .interactive import check_usable

        check_usable(json_out)
    uses_stdin = profile is None and (profile_file == "-" or (profile_file is None and not sys.stdin.isatty()))
    profile_text = read_profile(profile, profile_file)
    reason_text = read_reason(reason, stdin_used=uses_stdin)
    try:
        request = DraftRequest(
            profile_text=profile_text, reason=reason_text, sender=sender or config.sender,
            count=config.count if count is None else count, limit=config.limit if limit is None else limit,
            seed=seed, temperature=config.temperature if temperature is None else temperature,
            occasion=occasion, model=model, name=name, formal=formal, first_note=config.first_note,
        )
    except ValidationError as exc:
        raise InputError(validation_message(exc, OPTION_NAMES)) from None
    check_input(request)  # refuse bad input before loading a model

    if prompt_format not in (None, "completion", "chat"):
        raise InputError("--format must be 'completion' or 'chat'")
    send_stdout_to(output, profile_file=profile_file, interactive=interactive)
    _use_voice(ctx, config, no_voice)

    def open_chosen():
        return open_model(model, config, threads=threads, gpu_layers=gpu_layers, backend=backend,
                          base_url=base_url, api_key_env=api_key_env)

    result = stream_notes(open_chosen, lambda opened, on_note, on_status: run_draft(
        request, opened.backend, on_note=on_note, model_name=opened.name, prompt_format=prompt_format,
        time_budget=config.time_budget, on_status=on_status),
        count=request.count, json_out=json_out, explain=explain)
    keep_history = not (no_history or not config.history)
    show_result(result, explain=explain, json_out=json_out, save=_save if keep_history else None,
                when_empty=NOTHING_SAFE, when_all_failed=ALL_FAILED)
    if interactive or copy:
        from .interactive import after_draft

        after_draft(result, interactive=interactive, copy=copy, keep_history=keep_history, explain=explain,
                    open_backend=open_chosen, time_budget=config.time_budget)
    if result.all_failed:
        raise typer.Exit(NO_PASSING_NOTE_EXIT)


def _use_voice(ctx: typer.Context, config, no_voice: bool) -> None:
    """Every draft of this command — interactive regenerations too — learns from the same notes you sent."""
    from ..drafting.own_voice import use

    ctx.call_on_close(use(chosen_voice(config, no_voice)))


def _save(result, root_id: str | None = None) -> None:
    from .. import history

    history.record_draft(result, root_id=root_id)


def again(
    ctx: typer.Context,
    draft_id: Optional[str] = typer.Argument(None, help="Draft id or prefix (default: the last draft)."),
    count: Optional[int] = typer.Option(None, "--count", "-n", help="How many new variations (1-10)."),
    reason: Optional[str] = typer.Option(None, "--reason", "-r", help="Change the reason on the way."),
    limit: Optional[int] = typer.Option(None, "--limit", "-l", help="Change the character limit (40-300)."),
    occasion: Optional[str] = typer.Option(None, "--occasion", help="Change the template."),
    output: Optional[str] = options.OUTPUT,
    temperature: Optional[float] = options.TEMPERATURE,
    seed: Optional[int] = typer.Option(None, "--seed",
                                       help="Seed (default: derived from the first draft's seed, else random)."),
    model: Optional[str] = typer.Option(None, "--model", "-m",
                                        help="Model (default: the one the first draft used)."),
    json_out: bool = typer.Option(False, "--json", help="Print one JSON object instead of text."),
    explain: bool = typer.Option(False, "--explain", help="Show which checks each note passed."),
    interactive: bool = typer.Option(False, "--interactive", "-i",
                                     help="Then pick with keys: copy, regenerate, edit, tone, limit, quit."),
    copy: bool = typer.Option(False, "--copy", help="Copy the best note to the clipboard."),
    no_voice: bool = NO_VOICE,
    threads: Optional[int] = typer.Option(None, "--threads", help="CPU threads for the model."),
    gpu_layers: Optional[int] = typer.Option(None, "--gpu-layers", help="Layers to offload to a GPU."),
) -> None:
    """New variations of the last (or given) draft, never repeating a note already shown for it."""
    from pydantic import ValidationError

    from .. import history
    from ..backends.table import open_model
    from ..config import load_config
    from ..drafting.regenerate import model_choice, next_request, regenerate
    from ..schema import validation_message

    config = load_config()
    if not config.history:
        raise HistoryError("history is off, so there is no earlier draft to vary",
                           hint="turn it on with `connote config set history true`")
    if interactive:
        from .interactive import check_usable

        check_usable(json_out)
    if draft_id is None:
        last = history.latest_draft()
        if last is None:
            raise InputError("no draft in history yet", hint="run `connote draft` first")
        draft_id = last.draft.id
    picked = history.get_draft(draft_id)
    root_id = picked.root_id or picked.draft.id
    family = history.lineage(root_id)
    root = family[0].draft
    shown = history.shown_texts(family)
    base = picked.draft.request  # changes made by an earlier `again` carry over
    try:
        request = next_request(root, len(family), count=base.count if count is None else count,
                               reason=base.reason if reason is None else reason,
                               limit=base.limit if limit is None else limit, occasion=occasion or base.occasion,
                               temperature=base.temperature if temperature is None else temperature,
                               seed=seed, model=model or base.model or model_choice(root))
    except ValidationError as exc:
        raise InputError(validation_message(exc, OPTION_NAMES)) from None
    send_stdout_to(output, interactive=interactive)
    _use_voice(ctx, config, no_voice)

    def open_chosen():
        return open_model(request.model, config, threads=threads, gpu_layers=gpu_layers)

    result = stream_notes(open_chosen, lambda opened, on_note, on_status: regenerate(
        request, opened.backend, shown=shown, model_name=opened.name, on_note=on_note,
        time_budget=config.time_budget, on_status=on_status),
        count=request.count, json_out=json_out, explain=explain)
    show_result(result, explain=explain, json_out=json_out, save=lambda r: _save(r, root_id), again_of=root_id,
                when_empty=NOTHING_NEW, when_all_failed=ALL_FAILED)
    if interactive:
        from .interactive import run_session

        run_session(result, root=root, shown=shown + [n.text for n in result.notes], generation=len(family) + 1,
                    open_backend=open_chosen, keep_history=True, explain=explain, time_budget=config.time_budget)
    elif copy:
        from .interactive import copy_best

        copy_best(result.notes, err)
    if result.all_failed:
        raise typer.Exit(NO_PASSING_NOTE_EXIT)
