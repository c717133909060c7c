"""connote: write the short note for a LinkedIn connection request, locally and offline.

Library use::

    from . import DraftRequest, draft, open_model, load_config
    model = open_model(None, load_config())
    result = draft(DraftRequest(profile_text=paste, reason="heard your podcast"), model.backend)
"""

__version__ = "0.1.0"

_LAZY = {
    "DraftRequest": ("connote.schema", "DraftRequest"),
    "Draft": ("connote.schema", "Draft"),
    "Note": ("connote.schema", "Note"),
    "Profile": ("connote.schema", "Profile"),
    "draft": ("connote.drafting", "draft"),
    "parse_profile": ("connote.paste", "parse_profile"),
    "open_model": ("connote.backends.table", "open_model"),
    "load_config": ("connote.config", "load_config"),
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(name)


__all__ = ["__version__", *_LAZY]
