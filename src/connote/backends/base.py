"""The one interface every backend implements."""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from ..errors import InputError, ModelError

#: roles a chat message may have
CHAT_ROLES = ("system", "user", "assistant")


@dataclass(frozen=True)
class Completion:
    text: str
    seed: int
    tokens: int = 0


class Backend(ABC):
    """Generates text for a prompt. Implementations: llama.cpp (real), fake (tests), openai (servers)."""

    name: str = "backend"

    @abstractmethod
    def complete(self, prompt: str, *, max_tokens: int, temperature: float, seed: int,
                 stop: list[str]) -> Completion:
        """Continue ``prompt`` (raw completion, no chat template)."""

    def complete_many(self, prompts: Sequence[str], *, max_tokens: int, temperature: float,
                      seeds: Sequence[int], stop: list[str]) -> Iterator[tuple[int, Completion]]:
        """Continue several prompts, yielding ``(index, completion)`` as each is finished, in any order.
        Here one after another; the llama.cpp backend decodes them together as one batch."""
        for i, (prompt, seed) in enumerate(zip(prompts, seeds, strict=True)):
            yield i, self.complete(prompt, max_tokens=max_tokens, temperature=temperature, seed=seed, stop=stop)

    def chat(self, messages: Sequence[dict[str, str]], *, max_tokens: int, temperature: float, seed: int,
             stop: list[str]) -> Completion:
        """Answer a chat (``[{"role": "system"|"user"|"assistant", "content": str}, ...]``) with the next
        assistant message, formatted with the model's own chat template."""
        raise ModelError(f"the {self.name} backend cannot chat; use a completion template")

    def likelihoods(self, requests: Sequence[tuple[str, str]]) -> list[float] | None:
        """The log-probability the model gives each ``(context, continuation)``'s continuation right after its
        context, or None where this backend cannot say (a server, the fake)."""
        return None

    def prepare(self, prefix: str) -> None:
        """Hint: ``prefix`` starts every prompt that follows (lets a backend cache its state)."""

    def has_state(self, prefix: str) -> bool:
        """Whether preparing ``prefix`` is quick (its state is cached); backends without a cache: always."""
        return True

    def close(self) -> None:
        """Release resources (model memory, connections)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def check_messages(messages: Sequence[dict[str, str]]) -> list[dict[str, str]]:
    """Validate chat messages (roles, text content) and return them as plain dicts."""
    if not messages:
        raise InputError("a chat needs at least one message")
    out = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or set(m) != {"role", "content"}:
            raise InputError(f"chat message {i} must have exactly 'role' and 'content'")
        if m["role"] not in CHAT_ROLES or not isinstance(m["content"], str):
            raise InputError(f"chat message {i} needs a role in {CHAT_ROLES} and text content")
        out.append({"role": m["role"], "content": m["content"]})
    return out


class OnFirstUse(Backend):
    """A backend made when it is first asked for text: a draft whose notes need no model (the reason's own note
    and its variations passed) never loads one. ``make`` builds the real backend (loading the model); ``scorer``,
    another such backend, answers :meth:`likelihoods` (a small model: scoring is its only job)."""

    def __init__(self, make: Callable[[], Backend], name: str, scorer: OnFirstUse | None = None) -> None:
        self._make = make
        self._scorer = scorer
        self._backend: Backend | None = None
        self._lock = threading.Lock()  # batch workers share one backend: one load
        self.name = name

    @property
    def loaded(self) -> Backend:
        with self._lock:
            if self._backend is None:
                self._backend = self._make()
        return self._backend

    def complete(self, prompt: str, **kwargs) -> Completion:
        return self.loaded.complete(prompt, **kwargs)

    def complete_many(self, prompts: Sequence[str], **kwargs) -> Iterator[tuple[int, Completion]]:
        return self.loaded.complete_many(prompts, **kwargs)

    def chat(self, messages: Sequence[dict[str, str]], **kwargs) -> Completion:
        return self.loaded.chat(messages, **kwargs)

    def likelihoods(self, requests: Sequence[tuple[str, str]]) -> list[float] | None:
        """From the scorer (loaded now if need be); None when there is none or it cannot load (a score never stops
        a draft)."""
        scorer = self._scorer
        if scorer is None:
            return None
        try:
            return scorer.loaded.likelihoods(requests)
        except ModelError:
            self._scorer = None  # not tried again: the notes keep the user's letters
            return None

    def prepare(self, prefix: str) -> None:
        self.loaded.prepare(prefix)

    def has_state(self, prefix: str) -> bool:
        return self.loaded.has_state(prefix)

    def close(self) -> None:
        if self._backend is not None:
            self._backend.close()
        if self._scorer is not None:
            self._scorer.close()

    def __getattr__(self, attribute: str):  # the real backend's own (``llm``, ``tokenize``: benchmarks, tests)
        if attribute.startswith("_"):
            raise AttributeError(attribute)
        return getattr(self.loaded, attribute)
