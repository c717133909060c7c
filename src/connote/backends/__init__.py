"""Text-generation backends behind one interface (:class:`connote.backends.base.Backend`).

:mod:`.llama` (llama.cpp in this process, with :mod:`.llama_batch` and :mod:`.threads`), :mod:`.openai` (an
OpenAI-compatible server) and :mod:`.fake` (deterministic, for tests) are the entries of :mod:`.table`.
"""

from .base import Backend, Completion

__all__ = ["Backend", "Completion"]
