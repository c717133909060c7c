"""`connote draft` end to end through the CLI, on the fake backend (fast) — the real model has its own tests."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROFILE = """Priya Raman
 · 2nd
She/Her
Data Engineering Lead at Fluxo | Host of Pipelines & People
Berlin, Germany · Contact info
Message
About
I build data platforms and talk about them.
"""


def run(*args: str, input: str | None = None, env_extra: dict | None = None):
    import os

    env = dict(os.environ)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "connote.cli", *args], input=input, capture_output=True,
                          text=True, env=env, timeout=120)


def test_draft_json_contract_from_stdin():
    proc = run("draft", "--reason", "heard her podcast episode on data contracts", "--model", "fake",
               "--json", "-n", "2", "--seed", "7", input=PROFILE)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert isinstance(data["id"], str) and data["id"]
    assert data["model"] == "fake"
    assert 1 <= len(data["notes"]) <= 2
    for note in data["notes"]:
        assert note["chars"] == len(note["text"]) <= 300
        assert note["text"].startswith(("Hi Priya", "Hello Priya"))


def test_draft_text_output_numbered_with_counts(tmp_path):
    f = tmp_path / "priya.txt"
    f.write_text(PROFILE)
    proc = run("draft", "--profile-file", str(f), "--reason", "meeting her at the Berlin FinOps meetup",
               "--model", "fake", "-n", "1", "--limit", "200")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("1. Hi Priya,")
    assert "/200 chars · id " in proc.stdout


def test_seed_makes_draft_reproducible():
    args = ("draft", "--reason", "read her post", "--model", "fake", "--json", "--seed", "3")
    a = json.loads(run(*args, input=PROFILE).stdout)
    b = json.loads(run(*args, input=PROFILE).stdout)
    assert [n["text"] for n in a["notes"]] == [n["text"] for n in b["notes"]]


@pytest.mark.parametrize("args, needle", [
    (("--reason", "x", "--model", "fake"), "no profile"),
    (("--profile", "Priya Raman", "--reason", "   ", "--model", "fake"), "reason is empty"),
    (("--profile", "Priya Raman", "--reason", "hi", "--limit", "0", "--model", "fake"), "limit"),
    (("--profile", "Priya Raman", "--reason", "hi", "-n", "0", "--model", "fake"), "count"),
    (("--profile-file", "/nonexistent/p.txt", "--reason", "hi", "--model", "fake"), "does not exist"),
    (("--profile", "Priya Raman", "--reason", "hi", "--model", "/nonexistent/m.gguf"), "does not exist"),
])
def test_bad_input_one_line_no_traceback(args, needle):
    proc = run("draft", *args, input="")
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    assert len(lines) == 1, proc.stderr
    assert needle in lines[0].lower()
    assert proc.stdout == ""


def test_non_gguf_model_file_is_refused(tmp_path):
    bogus = tmp_path / "model.gguf"
    bogus.write_bytes(b"not a model at all" * 10)
    proc = run("draft", "--profile", "Priya Raman", "--reason", "hi there", "--model", str(bogus))
    assert proc.returncode == 5
    assert "not a GGUF" in proc.stderr and "Traceback" not in proc.stderr


def test_help_and_version():
    assert run("--help").returncode == 0
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("connote ")
    for cmd in ("draft",):
        assert run(cmd, "--help").returncode == 0
