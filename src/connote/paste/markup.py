"""HTML and markdown fragments, zero-width characters and symbols, cleaned out of a paste."""

from __future__ import annotations

import html
import re
import unicodedata

from .vocabulary import MAX_PASTE

_BLOCK_TAG = re.compile(r"<\s*(br|/p|p|/div|div|/li|li|/h\d|h\d|tr|/tr|/section|section|hr)\b[^<>]*>", re.I)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.S)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
_MD_IMAGE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)")
_MD_LINK = re.compile(r"\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)")
_MD_EMPH = re.compile(r"(\*\*|__|~~|`+)")
_MD_LINE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,2}[.)][ \t]+)", re.M)
_MD_SINGLE_STAR = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_ZERO_WIDTH = {"\u200b", "\u200c", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad"}
MARKUP_RE = re.compile(r"<[^>]{1,200}>|\*\*|__|`|^#+\s|\[([^\]]*)\]\([^)]*\)", re.M)


def clean_text(text: str) -> str:
    """Normalize a paste: decode entities, turn HTML/markdown into plain lines, drop control characters."""
    text = (text or "")[:MAX_PASTE]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SCRIPT.sub(" ", text)
    text = _BLOCK_TAG.sub("\n", text)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = _MD_IMAGE.sub(" ", text)
    text = _MD_LINK.sub(lambda m: m.group(1), text)
    text = _MD_LINE.sub("", text)
    text = _MD_EMPH.sub("", text)
    text = _MD_SINGLE_STAR.sub(lambda m: m.group(1), text)
    out = []
    for ch in text:
        if ch in "\n\t":
            out.append(ch)
        elif ch == "\u200d":  # zero-width joiner: keep inside emoji sequences
            out.append(ch)
        elif ch in _ZERO_WIDTH:
            continue
        elif ch in "\u00a0\u2007\u202f\u2009\u200a\u3000":
            out.append(" ")
        elif ch in "\u2028\u2029":
            out.append("\n")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") and ch not in "\ufe0f":
            continue
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _is_symbol(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat in ("So", "Sk", "Sm", "Mn", "Me") and not ch.isalnum() or ch in "\u200d\ufe0f"


def strip_symbols(text: str) -> str:
    """Remove emoji, badges and other pictographs ("🚀", "✔", "🇩🇪")."""
    out = []
    for ch in text:
        if unicodedata.category(ch) in ("So", "Sk") or ch in "\u200d\ufe0f" or 0x1F1E6 <= ord(ch) <= 0x1F1FF:
            out.append(" ")
        elif unicodedata.category(ch) == "Mn" and out and out[-1] == " ":
            continue
        else:
            out.append(ch)
    return re.sub(r"[ \t]{2,}", " ", "".join(out)).strip()
