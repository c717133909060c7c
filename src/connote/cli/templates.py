"""`connote templates list|show|copy`: the prompt templates (built-in and user overrides)."""

from __future__ import annotations

import re

import typer

templates_app = typer.Typer(help="Prompt templates: one per occasion; your own override the built-ins.",
                            no_args_is_help=True, rich_markup_mode=None)


#: what a template folder may be called (the rule connote.prompting.templates.load applies)
NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")


def _existing(name: str):
    """The template ``name``; an unknown name is a refused request (exit 2), like an unknown --occasion."""
    from ..errors import InputError
    from ..prompting import templates

    if name not in templates.names():
        raise InputError(f"unknown template {name!r}", hint=f"available: {', '.join(templates.names())}")
    return templates.load(name)  # a template whose files are broken is still a TemplateError (exit 4)


@templates_app.command("list")
def list_templates() -> None:
    """List templates with their occasion, source (built-in or user) and description."""
    from ..prompting import templates

    for t in templates.all_templates():
        typer.echo(f"{t.name:<12} {t.source:<9} {t.meta.description}")


@templates_app.command("show")
def show(name: str = typer.Argument(..., help="Template name (see `connote templates list`)."),
         prompt: bool = typer.Option(False, "--prompt", help="Print the full few-shot prompt prefix.")) -> None:
    """Show a template's metadata, files and examples."""
    from ..prompting.build import build_prompt
    from ..schema import Profile

    t = _existing(name)
    meta = t.meta
    typer.echo(f"name:        {meta.name} ({t.source})")
    typer.echo(f"description: {meta.description}")
    typer.echo(f"keywords:    {', '.join(meta.keywords) or '-'}")
    typer.echo(f"mode:        {meta.mode}; stop: {meta.stop!r}; max_tokens: {meta.max_tokens}")
    typer.echo(f"examples:    {len(t.examples)}")
    for folder in t.folders:
        if folder.is_dir():
            typer.echo(f"  from {folder}")
    if prompt:
        prefix, case = build_prompt(t, profile=Profile(name="Alex Example", first_name="Alex"),
                                    reason="<your reason>", sender=None, limit=300, language="en")
        typer.echo("")
        typer.echo(prefix + case)
    else:
        for ex in t.examples:
            typer.echo(f"- reason: {ex['reason']}\n  note:   {ex['note']}")


@templates_app.command("copy")
def copy(name: str = typer.Argument(..., help="Built-in template to copy."),
         new_name: str = typer.Argument(None, help="Name of your copy (default: the same name, overriding it)."),
         ) -> None:
    """Copy a template into your config folder to edit it (a same-named copy overrides the built-in)."""
    import shutil

    from .. import paths
    from ..errors import InputError

    t = _existing(name)
    target_name = new_name or name
    if not NAME.fullmatch(target_name):
        raise InputError(f"invalid template name {target_name!r}",
                         hint="use lower-case letters, digits, '-' and '_'")
    target = paths.user_prompts_dir() / target_name
    if target.exists():
        raise InputError(f"{target} already exists",
                         hint="edit that copy, remove it first, or give the copy another name")
    paths.ensure_private_dir(target)
    for filename in ("template.toml", "header.txt", "case.txt", "examples.jsonl"):
        path = t._find(filename, within=t.name if filename == "examples.jsonl" else None)
        if path is not None:
            shutil.copyfile(path, target / filename)
    typer.echo(str(target))
