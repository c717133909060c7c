"""Test setup: every test gets its own CONNOTE_HOME; real-model tests find the installed models.

Real-model tests (marker ``real_model``) use the models installed by the README's install command. They
fail, not skip, when the model is missing — CI must exercise the real model. Set CONNOTE_SKIP_REAL=1 to
skip them deliberately during quick local runs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from connote import paths
from connote.models.catalog import QWEN, SMOLLM2

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


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run ``connote ARGS`` in-process through ``cli.main``; returns (exit code, stdout, stderr)."""
    from connote import cli as cli_module

    def run(*args):
        monkeypatch.setattr(sys, "argv", ["connote", *args])
        with pytest.raises(SystemExit) as exc:
            cli_module.main()
        out = capsys.readouterr()
        return exc.value.code, out.out, out.err

    return run


@pytest.fixture
def model_first(connote_home):
    """The model writes every note (``first_note = "model"``, the default, said here whatever it becomes): for tests
    of how drafting uses the backend (calls, failures, interruptions), which the reason's own note would spare it."""
    from connote.config import set_value

    set_value("first_note", "model")
