"""Text-generation backends behind one interface (:class:`connote.backends.base.Backend`)."""

from .base import Backend, Completion

__all__ = ["Backend", "Completion"]
