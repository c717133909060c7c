"""Read a GGUF file's header: metadata key/values and tensor table (no numpy, no llama.cpp).

Fast enough for ``connote models list``: the file is memory-mapped and only the header is touched; big
arrays (the tokenizer's vocabulary) are skipped, not decoded. The tensor table also tells how long the
file must be, so a truncated download is caught here instead of crashing llama.cpp.
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAGIC = b"GGUF"
DEFAULT_ALIGNMENT = 32

# GGUF value types
_UINT8, _INT8, _UINT16, _INT16, _UINT32, _INT32, _FLOAT32, _BOOL, _STRING, _ARRAY, _UINT64, _INT64, _FLOAT64 = \
    range(13)
_SCALAR = {
    _UINT8: "<B", _INT8: "<b", _UINT16: "<H", _INT16: "<h", _UINT32: "<I", _INT32: "<i",
    _FLOAT32: "<f", _BOOL: "<?", _UINT64: "<Q", _INT64: "<q", _FLOAT64: "<d",
}
_SCALAR_SIZE = {t: struct.calcsize(f) for t, f in _SCALAR.items()}

# ggml tensor types: (elements per block, bytes per block) — from ggml's type traits
GGML_TYPES: dict[int, tuple[str, int, int]] = {
    0: ("F32", 1, 4), 1: ("F16", 1, 2), 2: ("Q4_0", 32, 18), 3: ("Q4_1", 32, 20), 6: ("Q5_0", 32, 22),
    7: ("Q5_1", 32, 24), 8: ("Q8_0", 32, 34), 9: ("Q8_1", 32, 36), 10: ("Q2_K", 256, 84),
    11: ("Q3_K", 256, 110), 12: ("Q4_K", 256, 144), 13: ("Q5_K", 256, 176), 14: ("Q6_K", 256, 210),
    15: ("Q8_K", 256, 292), 16: ("IQ2_XXS", 256, 66), 17: ("IQ2_XS", 256, 74), 18: ("IQ3_XXS", 256, 98),
    19: ("IQ1_S", 256, 50), 20: ("IQ4_NL", 32, 18), 21: ("IQ3_S", 256, 110), 22: ("IQ2_S", 256, 82),
    23: ("IQ4_XS", 256, 136), 24: ("I8", 1, 1), 25: ("I16", 1, 2), 26: ("I32", 1, 4), 27: ("I64", 1, 8),
    28: ("F64", 1, 8), 29: ("IQ1_M", 256, 56), 30: ("BF16", 1, 2), 34: ("TQ1_0", 256, 54),
    35: ("TQ2_0", 256, 66), 39: ("MXFP4", 32, 17),
}

# llama.cpp's ``general.file_type`` (llama_ftype) -> the quantization name people use
FILE_TYPES: dict[int, str] = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K", 11: "Q3_K_S",
    12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S", 17: "Q5_K_M", 18: "Q6_K",
    19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS", 23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL",
    26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S", 29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16",
    36: "TQ1_0", 37: "TQ2_0", 38: "MXFP4_MOE",
}

#: arrays longer than this are summarised (length only), not decoded
MAX_ARRAY_DECODE = 64

#: the vocabulary-sized matrices: token (and position/type) embeddings in, the output layer out. "Without
#: embeddings" leaves them out — the count model cards call non-embedding parameters. A model whose output
#: layer shares the embedding matrix (Qwen2.5's "tied" embeddings) may still store it twice in its GGUF, so the
#: count of everything in the file can be higher than the publisher's total; without embeddings they agree.
EMBEDDING_TENSORS = frozenset({"token_embd.weight", "position_embd.weight", "token_types.weight", "output.weight"})


class GGUFError(ValueError):
    """The file is not a readable GGUF (wrong magic, unsupported version, truncated, malformed)."""


@dataclass(frozen=True)
class ArraySummary:
    """A long metadata array, kept as its element type and length only."""

    type: int
    length: int

    def __repr__(self) -> str:
        return f"<array of {self.length}>"


@dataclass(frozen=True)
class TensorInfo:
    name: str
    shape: tuple[int, ...]
    type: int
    offset: int

    @property
    def n_elements(self) -> int:
        n = 1
        for d in self.shape:
            n *= d
        return n

    @property
    def n_bytes(self) -> int | None:
        traits = GGML_TYPES.get(self.type)
        if traits is None or not self.shape:
            return None
        _, block, size = traits
        if self.shape[0] % block:
            return None
        return self.n_elements // block * size


@dataclass
class GGUFInfo:
    path: Path
    version: int
    file_size: int
    metadata: dict[str, Any]
    tensors: list[TensorInfo] = field(default_factory=list)
    data_offset: int = 0

    # -- the facts connote shows ------------------------------------------------------------------
    @property
    def architecture(self) -> str | None:
        value = self.metadata.get("general.architecture")
        return value if isinstance(value, str) else None

    @property
    def name(self) -> str | None:
        value = self.metadata.get("general.name")
        return value if isinstance(value, str) else None

    @property
    def context_length(self) -> int | None:
        value = self.metadata.get(f"{self.architecture}.context_length")
        return int(value) if isinstance(value, int) else None

    @property
    def chat_template(self) -> str | None:
        value = self.metadata.get("tokenizer.chat_template")
        return value if isinstance(value, str) and value.strip() else None

    @property
    def has_chat_template(self) -> bool:
        return self.chat_template is not None

    @property
    def quantization(self) -> str | None:
        value = self.metadata.get("general.file_type")
        if isinstance(value, int):
            return FILE_TYPES.get(value, f"type {value}")
        return None

    @property
    def licence(self) -> str | None:
        value = self.metadata.get("general.license")
        return value if isinstance(value, str) else None

    @property
    def n_parameters(self) -> int:
        """Every weight stored in the file."""
        return sum(t.n_elements for t in self.tensors)

    @property
    def n_parameters_without_embeddings(self) -> int:
        """The weights outside :data:`EMBEDDING_TENSORS` (non-embedding parameters)."""
        return sum(t.n_elements for t in self.tensors if t.name not in EMBEDDING_TENSORS)

    @property
    def size_label(self) -> str | None:
        """The size in the model's name as its GGUF states it (``general.size_label``, e.g. ``1.5B``)."""
        value = self.metadata.get("general.size_label")
        return value if isinstance(value, str) and value.strip() else None

    @property
    def expected_size(self) -> int | None:
        """Bytes the file needs to hold every tensor, or None when a tensor type is unknown."""
        end = self.data_offset
        for t in self.tensors:
            n = t.n_bytes
            if n is None:
                return None
            end = max(end, self.data_offset + t.offset + n)
        return end

    @property
    def truncated(self) -> bool:
        expected = self.expected_size
        if expected is not None:
            return self.file_size < expected
        return any(self.data_offset + t.offset > self.file_size for t in self.tensors)

    def summary(self) -> dict[str, Any]:
        return {
            "path": str(self.path), "gguf_version": self.version, "file_size": self.file_size,
            "architecture": self.architecture, "name": self.name, "quantization": self.quantization,
            "context_length": self.context_length, "chat_template": self.has_chat_template,
            "licence": self.licence, "parameters": self.n_parameters,
            "parameters_without_embeddings": self.n_parameters_without_embeddings, "size_label": self.size_label,
            "tensors": len(self.tensors),
            "complete": not self.truncated,
        }


class _Reader:
    def __init__(self, buf, size: int) -> None:
        self.buf = buf
        self.size = size
        self.pos = 0

    def need(self, n: int) -> None:
        if n < 0 or self.pos + n > self.size:
            raise GGUFError("the file ends inside its header (truncated download?)")

    def scalar(self, vtype: int):
        fmt = _SCALAR.get(vtype)
        if fmt is None:
            raise GGUFError(f"unknown metadata value type {vtype} (corrupt header?)")
        n = _SCALAR_SIZE[vtype]
        self.need(n)
        (value,) = struct.unpack_from(fmt, self.buf, self.pos)
        self.pos += n
        return value

    def u32(self) -> int:
        return self.scalar(_UINT32)

    def u64(self) -> int:
        return self.scalar(_UINT64)

    def string(self) -> str:
        n = self.u64()
        self.need(n)
        raw = bytes(self.buf[self.pos:self.pos + n])
        self.pos += n
        return raw.decode("utf-8", errors="replace")

    def skip_string(self) -> None:
        n = self.u64()
        self.need(n)
        self.pos += n

    def value(self, vtype: int):
        if vtype == _STRING:
            return self.string()
        if vtype == _ARRAY:
            etype = self.u32()
            count = self.u64()
            if count <= MAX_ARRAY_DECODE:
                return [self.value(etype) for _ in range(count)]
            self.skip_array(etype, count)
            return ArraySummary(etype, count)
        return self.scalar(vtype)

    def skip_array(self, etype: int, count: int) -> None:
        if etype in _SCALAR_SIZE:
            n = _SCALAR_SIZE[etype] * count
            self.need(n)
            self.pos += n
        elif etype == _STRING:
            unpack, buf, size, pos = struct.unpack_from, self.buf, self.size, self.pos
            for _ in range(count):
                if pos + 8 > size:
                    raise GGUFError("the file ends inside its header (truncated download?)")
                (n,) = unpack("<Q", buf, pos)
                pos += 8 + n
            if pos > size:
                raise GGUFError("the file ends inside its header (truncated download?)")
            self.pos = pos
        elif etype == _ARRAY:
            for _ in range(count):
                self.value(_ARRAY)
        else:
            raise GGUFError(f"unknown metadata array type {etype} (corrupt header?)")


def parameter_count(n: int) -> str:
    """A parameter count as people write it: ``1.78 B``, ``134.5 M``."""
    if n >= 1e9:
        return f"{n / 1e9:.2f} B"
    if n >= 1e6:
        return f"{n / 1e6:.1f} M"
    return f"{n:,}"


def describe_parameters(info: GGUFInfo) -> str:
    """What ``connote models info`` and models/README.md say: both counts, each named, and the size label."""
    text = (f"{parameter_count(info.n_parameters)} in the file, "
            f"{parameter_count(info.n_parameters_without_embeddings)} without embeddings")
    return text + (f" (size label {info.size_label})" if info.size_label else "")


def read_gguf(path: Path | str) -> GGUFInfo:
    """Parse ``path``'s GGUF header. Raises GGUFError for anything that is not a complete-header GGUF."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            size = path.stat().st_size
            if size < 24:
                head = fh.read(4)
                if head != MAGIC:
                    raise GGUFError("not a GGUF file (wrong magic bytes)")
                raise GGUFError("the file ends inside its header (truncated download?)")
            with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as buf:
                return _parse(path, buf, size)
    except OSError as exc:
        raise GGUFError(f"cannot read it: {exc.strerror or exc}") from None


def _parse(path: Path, buf, size: int) -> GGUFInfo:
    if buf[:4] != MAGIC:
        raise GGUFError("not a GGUF file (wrong magic bytes)")
    r = _Reader(buf, size)
    r.pos = 4
    version = r.u32()
    if version not in (2, 3):
        if version > 0xFFFF:
            raise GGUFError("big-endian GGUF files are not supported")
        raise GGUFError(f"unsupported GGUF version {version}")
    n_tensors = r.u64()
    n_kv = r.u64()
    if n_tensors > 1_000_000 or n_kv > 1_000_000:
        raise GGUFError("implausible tensor/metadata counts (corrupt header?)")
    metadata: dict[str, Any] = {}
    for _ in range(n_kv):
        key = r.string()
        vtype = r.u32()
        metadata[key] = r.value(vtype)
    tensors = []
    for _ in range(n_tensors):
        name = r.string()
        n_dims = r.u32()
        if n_dims > 8:
            raise GGUFError(f"tensor {name!r} has {n_dims} dimensions (corrupt header?)")
        shape = tuple(r.u64() for _ in range(n_dims))
        ttype = r.u32()
        offset = r.u64()
        tensors.append(TensorInfo(name, shape, ttype, offset))
    alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or alignment <= 0:
        alignment = DEFAULT_ALIGNMENT
    data_offset = (r.pos + alignment - 1) // alignment * alignment
    return GGUFInfo(path=path, version=version, file_size=size, metadata=metadata, tensors=tensors,
                    data_offset=data_offset)


__all__ = ["GGUFError", "GGUFInfo", "TensorInfo", "ArraySummary", "read_gguf", "GGML_TYPES", "FILE_TYPES",
           "EMBEDDING_TENSORS", "describe_parameters", "parameter_count"]
