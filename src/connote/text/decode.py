"""Bytes the user hands connote (stdin, profile files, batch files) -> text, or one clear InputError."""

from __future__ import annotations

from ..errors import InputError


def decode_text(data: bytes, where: str, *, hint: str = "") -> str:
    """UTF-8 text (a leading BOM dropped); binary data or other encodings are an InputError naming ``where``."""
    if b"\x00" in data:
        raise InputError(f"{where} contains binary data (NUL bytes){hint}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{where} is not UTF-8 text{hint}") from None
