"""Prompt templates as data: one folder per template, user folders override built-ins.

A template folder holds ``template.toml`` (metadata), and optionally ``header.txt`` (instructions),
``case.txt`` (how one reason -> note case is laid out) and ``examples.jsonl`` (few-shot cases).
Files a folder lacks come from the ``_base`` folder; ``_base/examples.jsonl`` holds the few-shot cases every
template shows before its own. Placeholders are ``{{ name }}``; values are
substituted in one pass and never scanned again, so pasted text can't act as template code.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from .. import paths
from ..errors import TemplateError
from ..schema import TemplateMeta, validation_message

BASE = "_base"
_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


def builtin_dir() -> Path:
    """The built-in templates: package data ``connote/prompts`` (in a source tree, a link to ``prompts/``)."""
    return (Path(str(resources.files("connote"))) / "prompts").resolve()


def placeholders(text: str) -> list[str]:
    """The ``{{ name }}`` variables ``text`` uses, in order."""
    return [m.group(1) for m in _PLACEHOLDER.finditer(text)]


def render(text: str, values: dict[str, str], *, source: str = "template") -> str:
    """Replace ``{{ name }}`` placeholders; unknown names and stray braces are TemplateErrors."""
    out: list[str] = []
    pos = 0
    for m in _PLACEHOLDER.finditer(text):
        out.append(_literal(text[pos:m.start()], source))
        key = m.group(1)
        if key not in values:
            raise TemplateError(f"{source}: unknown variable {{{{ {key} }}}}",
                                hint=f"known: {', '.join(sorted(values))}")
        out.append(values[key])
        pos = m.end()
    out.append(_literal(text[pos:], source))
    return "".join(out)


def _literal(chunk: str, source: str) -> str:
    if "{{" in chunk or "}}" in chunk:
        raise TemplateError(f"{source}: unbalanced or malformed '{{{{ ... }}}}' placeholder")
    return chunk


@dataclass(frozen=True)
class Template:
    name: str
    folders: tuple[Path, ...]  # lookup order: user folder, built-in folder, user _base, built-in _base

    def _find(self, filename: str, *, within: str | None = None) -> Path | None:
        """The first ``filename`` in the lookup order; ``within``: only in folders of that name (the
        template's own, or ``_base``)."""
        for folder in self.folders:
            path = folder / filename
            if (within is None or folder.name == within) and path.is_file():
                return path
        return None

    def read(self, filename: str) -> str:
        path = self._find(filename)
        if path is None:
            raise TemplateError(f"template {self.name!r} has no {filename}")
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise TemplateError(f"cannot read {path}: {exc}") from None

    @cached_property
    def meta(self) -> TemplateMeta:
        path = self._find("template.toml")
        if path is None or path.parent.name != self.name:
            raise TemplateError(f"template {self.name!r} has no template.toml")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            return TemplateMeta.model_validate({"name": self.name, **data})
        except tomllib.TOMLDecodeError as exc:
            raise TemplateError(f"{path} is not valid TOML: {exc}") from None
        except ValidationError as exc:
            raise TemplateError(f"{path}: {validation_message(exc)}") from None

    @cached_property
    def examples(self) -> list[dict]:
        """The few-shot cases: the shared ones in ``_base/examples.jsonl`` (unless the template sets
        ``shared_examples = false``), then the template's own, closest to the new case."""
        paths_ = [self._find("examples.jsonl", within=BASE) if self.meta.shared_examples else None,
                  self._find("examples.jsonl", within=self.name)]
        return [example for path in paths_ if path is not None for example in _read_examples(path)]

    @property
    def source(self) -> str:
        path = self._find("template.toml")
        return "user" if path and path.parent.parent == paths.user_prompts_dir() else "built-in"

    def fingerprint(self) -> str:
        """A hash of every file this template reads (invalidates cached prompt state)."""
        import hashlib

        h = hashlib.sha256(self.name.encode())
        files = [(name, self._find(name)) for name in ("template.toml", "header.txt", "case.txt")]
        files += [("examples.jsonl", self._find("examples.jsonl", within=where)) for where in (BASE, self.name)]
        for filename, path in files:
            if path is not None:
                h.update(filename.encode())
                h.update(path.read_bytes())
        return h.hexdigest()[:16]


def _read_examples(path: Path) -> list[dict]:
    examples = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            examples.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise TemplateError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
    return examples


def _folders(name: str) -> tuple[Path, ...]:
    return (paths.user_prompts_dir() / name, builtin_dir() / name,
            paths.user_prompts_dir() / BASE, builtin_dir() / BASE)


def names() -> list[str]:
    found: set[str] = set()
    for root in (builtin_dir(), paths.user_prompts_dir()):
        if root.is_dir():
            found.update(p.name for p in root.iterdir()
                         if p.is_dir() and (p / "template.toml").is_file() and p.name != BASE)
    return sorted(found)


def load(name: str) -> Template:
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", name or ""):
        raise TemplateError(f"invalid template name {name!r}")
    template = Template(name, _folders(name))
    if name not in names():
        raise TemplateError(f"unknown template {name!r}", hint=f"available: {', '.join(names())}")
    template.meta  # validate now, so a broken template fails before any model work
    return template


def all_templates() -> list[Template]:
    return [load(n) for n in names()]
