"""A deterministic fake backend for fast unit tests: no model, same output for the same prompt and seed."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence

from .base import Backend, Completion, check_messages

_SHAPES = (
    " I {reason} and wanted to say thanks. Would be glad to connect.",
    " I'm reaching out because I {reason}. I'd love to stay in touch.",
    " after I {reason}, I wanted to reach out. Happy to connect here.",
    " I {reason}, and it stuck with me. Hope we can keep in touch.",
)


class FakeBackend(Backend):
    """Writes a plausible note from the last case in a few-shot prompt.

    ``script`` overrides the output: a list of texts (used in turn) or a function of (prompt, seed).
    ``calls`` records every prompt, so tests can count model calls. :meth:`chat` sees the chat as one
    prompt (each message as a ``[role]`` line, then its content) and records the messages in ``chats``.
    """

    name = "fake"

    def __init__(self, script: list[str] | Callable[[str, int], str] | None = None) -> None:
        self.script = script
        self.calls: list[tuple[str, int]] = []
        self.prepared: list[str] = []
        self.chats: list[list[dict[str, str]]] = []

    def prepare(self, prefix: str) -> None:
        self.prepared.append(prefix)

    def complete(self, prompt: str, *, max_tokens: int, temperature: float, seed: int,
                 stop: list[str]) -> Completion:
        self.calls.append((prompt, seed))
        if callable(self.script):
            text = self.script(prompt, seed)
        elif self.script is not None:
            text = self.script[(len(self.calls) - 1) % len(self.script)]
        else:
            text = self._default(prompt, seed)
        for s in stop:
            if s and s in text:
                text = text[: text.index(s)]
        return Completion(text=text, seed=seed, tokens=len(text.split()))

    def chat(self, messages: Sequence[dict[str, str]], *, max_tokens: int, temperature: float, seed: int,
             stop: list[str]) -> Completion:
        checked = check_messages(messages)
        self.chats.append(checked)
        prompt = "".join(f"[{m['role']}]\n{m['content']}\n" for m in checked) + "[assistant]\n"
        out = self.complete(prompt, max_tokens=max_tokens, temperature=temperature, seed=seed, stop=stop)
        text = out.text.strip()
        if self.script is None:  # like a chat model, the default fake writes its own greeting
            names = re.findall(r"^Person: (.+)$", checked[-1]["content"], flags=re.M)
            text = (f"Hi {names[-1]}," if names and names[-1] != "name not shown" else "Hi there,") + " " + text
        return Completion(text=text, seed=seed, tokens=out.tokens)

    @staticmethod
    def _default(prompt: str, seed: int) -> str:
        reasons = re.findall(r"^Reason[^:\n]*: (.*)$", prompt, flags=re.M)
        reason = reasons[-1].strip() if reasons else "your work"
        reason = re.sub(r"\b(her|his)\b", "your", reason)
        reason = re.sub(r"\b(she|he)\b", "you", reason)
        reason = re.sub(r"\b(him)\b", "you", reason)
        digest = int(hashlib.sha256(f"{prompt}|{seed}".encode()).hexdigest(), 16)
        return _SHAPES[digest % len(_SHAPES)].format(reason=reason.rstrip("."))
