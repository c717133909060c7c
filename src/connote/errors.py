"""connote's own exception types, each with the process exit code the CLI uses.

Messages are one line and never contain pasted profile text (it is personal data).
"""

from __future__ import annotations


class ConnoteError(Exception):
    """Base class: anything the user can fix or should know about."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:  # one readable line
        return self.message if not self.hint else f"{self.message} ({self.hint})"


class InputError(ConnoteError):
    """Bad user input: missing profile, empty reason, out-of-range option."""

    exit_code = 2


class ConfigError(ConnoteError):
    """A malformed or invalid config file."""

    exit_code = 3


class TemplateError(ConnoteError):
    """A prompt template that is missing, malformed or uses an unknown variable."""

    exit_code = 4


class ModelError(ConnoteError):
    """A model that is missing, corrupt, not GGUF, or cannot be loaded."""

    exit_code = 5


class ModelInstallError(ModelError):
    """Downloading, joining or verifying a registry model failed."""


class GenerationError(ConnoteError):
    """The backend failed while generating (context too small, server error...)."""

    exit_code = 6


class HistoryError(ConnoteError):
    """The local history database cannot be read or written."""

    exit_code = 7


EXIT_CODES: dict[str, int] = {
    "ok": 0,
    "general error": ConnoteError.exit_code,
    "bad input / usage": InputError.exit_code,
    "bad config": ConfigError.exit_code,
    "bad template": TemplateError.exit_code,
    "model missing or broken": ModelError.exit_code,
    "generation failed": GenerationError.exit_code,
    "history unavailable": HistoryError.exit_code,
    "no note passed the checks (notes still printed, flagged)": 10,
    "interrupted (Ctrl-C)": 130,
}
NO_PASSING_NOTE_EXIT = 10
INTERRUPTED_EXIT = 130
