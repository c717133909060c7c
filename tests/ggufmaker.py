"""Write small, valid GGUF files for tests (header, metadata, tensor table, tensor data)."""

from __future__ import annotations

import struct
from pathlib import Path

# GGUF metadata value types
_U32, _I32, _F32, _BOOL, _STR, _ARR, _U64 = 4, 5, 6, 7, 8, 9, 10


def _str(s: str) -> bytes:
    b = s.encode()
    return struct.pack("<Q", len(b)) + b


def _value(v) -> tuple[int, bytes]:
    if isinstance(v, bool):
        return _BOOL, struct.pack("<?", v)
    if isinstance(v, int):
        return (_U32, struct.pack("<I", v)) if 0 <= v < 2**32 else (_U64, struct.pack("<Q", v))
    if isinstance(v, float):
        return _F32, struct.pack("<f", v)
    if isinstance(v, str):
        return _STR, _str(v)
    if isinstance(v, list):
        etype = _value(v[0])[0] if v else _U32
        body = b"".join(_value(x)[1] for x in v)
        return _ARR, struct.pack("<IQ", etype, len(v)) + body
    raise TypeError(type(v))


def gguf_bytes(metadata: dict, tensors: list[tuple[str, tuple[int, ...], int, bytes]], *,
               version: int = 3, alignment: int = 32) -> bytes:
    """A GGUF file: ``tensors`` are (name, shape, ggml type, raw data)."""
    head = b"GGUF" + struct.pack("<IQQ", version, len(tensors), len(metadata))
    for key, value in metadata.items():
        vtype, body = _value(value)
        head += _str(key) + struct.pack("<I", vtype) + body
    offset = 0
    data = b""
    for name, shape, ttype, raw in tensors:
        head += _str(name) + struct.pack("<I", len(shape)) + b"".join(struct.pack("<Q", d) for d in shape)
        head += struct.pack("<IQ", ttype, offset)
        pad = (-len(raw)) % alignment
        data += raw + b"\0" * pad
        offset += len(raw) + pad
    head += b"\0" * ((-len(head)) % alignment)
    return head + data


def tiny_model(*, chat_template: str | None = "{{ messages }}", arch: str = "llama", ctx: int = 2048,
               file_type: int = 15, vocab: int = 300) -> bytes:
    """A GGUF shaped like a small chat model (F32 + Q4_0 tensors, a long token array)."""
    meta = {"general.architecture": arch, "general.name": "Tiny Test", "general.file_type": file_type,
            f"{arch}.context_length": ctx, "general.license": "mit",
            "tokenizer.ggml.tokens": [f"tok{i}" for i in range(vocab)],
            "tokenizer.ggml.bos_token_id": 1}
    if chat_template is not None:
        meta["tokenizer.chat_template"] = chat_template
    tensors = [
        ("token_embd.weight", (64, 4), 0, bytes(range(256)) * 4),   # F32: 64*4*4 bytes
        ("blk.0.attn_q.weight", (64, 2), 2, b"\x11" * (2 * 2 * 18)),  # Q4_0: 2 blocks per row, 2 rows
    ]
    return gguf_bytes(meta, tensors)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
