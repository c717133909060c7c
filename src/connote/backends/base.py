"""The one interface every backend implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass


@dataclass(frozen=True)
class Completion:
    text: str
    seed: int
    tokens: int = 0


class Backend(ABC):
    """Generates text for a prompt. Implementations: llama.cpp (real), fake (tests), openai (servers)."""

    name: str = "backend"
    #: whether :meth:`complete_many` runs candidates concurrently (batch or parallel requests)
    parallel: bool = False

    @abstractmethod
    def complete(self, prompt: str, *, max_tokens: int, temperature: float, seed: int,
                 stop: list[str]) -> Completion:
        """Continue ``prompt`` (raw completion, no chat template)."""

    def complete_many(self, prompt: str, *, seeds: list[int], max_tokens: int, temperature: float,
                      stop: list[str]):
        """Yield one Completion per seed, as each is ready (default: one after another)."""
        for seed in seeds:
            yield self.complete(prompt, max_tokens=max_tokens, temperature=temperature, seed=seed, stop=stop)

    def prepare(self, prefix: str) -> None:
        """Hint: ``prefix`` starts every prompt that follows (lets a backend cache its state)."""

    def close(self) -> None:
        """Release resources (model memory, connections)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
