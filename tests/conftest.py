"""Test setup: every test gets its own CONNOTE_HOME; real-model tests find the installed models.

Real-model tests (marker ``real_model``) use the models installed by the README's install command. They
fail, not skip, when the model is missing — CI must exercise the real model. Set CONNOTE_SKIP_REAL=1 to
skip them deliberately during quick local runs.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from connote import paths
from connote.registry import QWEN, SMOLLM2

# Resolve where the real models live *before* any test relocates CONNOTE_HOME.
REAL_MODELS_DIR = paths.models_dir()
_STATE_VARS = ("CONNOTE_HOME", "CONNOTE_MODEL", "CONNOTE_MODELS_DIR", "CONNOTE_NO_PROGRESS")


@pytest.fixture(autouse=True)
def connote_home(tmp_path, monkeypatch) -> Path:
    for var in _STATE_VARS:
        monkeypatch.delenv(var, raising=False)
    home = tmp_path / "connote-home"
    monkeypatch.setenv("CONNOTE_HOME", str(home))
    return home


def _real_model_dir(filename: str) -> Path:
    if os.environ.get("CONNOTE_SKIP_REAL"):
        pytest.skip("CONNOTE_SKIP_REAL is set")
    path = REAL_MODELS_DIR / filename
    if not path.exists():
        pytest.fail(f"real model {path} is not installed; run the README's install command "
                    f"(connote models install default smollm2)")
    return REAL_MODELS_DIR


@pytest.fixture
def real_models(monkeypatch) -> Path:
    """Point the model store at the real installed models (default + SmolLM2)."""
    _real_model_dir(QWEN.filename)
    _real_model_dir(SMOLLM2.filename)
    monkeypatch.setenv("CONNOTE_MODELS_DIR", str(REAL_MODELS_DIR))
    return REAL_MODELS_DIR
