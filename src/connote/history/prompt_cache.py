"""The prompt-state cache, as far as history is concerned: with the user's voice on, the llama backend's saved
prompt states (``cache/prompt-state``) hold the user's sent notes, so forgetting them deletes those files too."""

from __future__ import annotations

from .. import paths


def drop_prompt_states() -> int:
    """Delete every saved prompt state (a cache: built-in templates are prepared again on first use); returns how
    many files went."""
    folder = paths.prompt_state_dir()
    if not folder.is_dir():
        return 0
    dropped = 0
    for path in folder.iterdir():
        if path.is_file() and (path.suffix == ".kv" or ".kv." in path.name):
            try:
                path.unlink()
                dropped += 1
            except OSError:  # gone already, or not ours to delete: the rest still go
                pass
    return dropped
