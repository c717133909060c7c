"""Draft with the real default model (Qwen2.5-Coder-1.5B) and SmolLM2 through the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.real_model

PROFILE = """Priya Raman
 · 2nd
She/Her
Data Engineering Lead at Fluxo | Host of Pipelines & People
Berlin, Germany · Contact info
500+ connections
Message
Follow
About
I build data platforms and talk about them on my podcast, Pipelines & People.
People also viewed
Max Weber · 3rd
CTO at Qubitly
"""


def run_cli(*args, input=None):
    return subprocess.run([sys.executable, "-m", "connote.cli", *args], input=input, capture_output=True,
                          text=True, env=dict(os.environ), timeout=600)


def test_default_model_drafts_checked_notes(real_models):
    proc = run_cli("draft", "--reason", "heard her podcast episode on data contracts", "--json", "-n", "2",
                   "--seed", "11", input=PROFILE)
    assert proc.returncode == 0, proc.stderr
    assert "llama" not in proc.stderr.lower() and "ggml" not in proc.stderr.lower()
    data = json.loads(proc.stdout)
    assert data["model"] == "qwen2.5-coder-1.5b"
    assert data["notes"], data
    best = data["notes"][0]
    assert best["passed"], best
    assert best["text"].startswith(("Hi Priya", "Hello Priya"))
    assert best["chars"] == len(best["text"]) <= 300
    assert "Max" not in best["text"] and "Qubitly" not in best["text"]


def test_smollm2_respects_free_limit(real_models):
    proc = run_cli("draft", "--model", "smollm2", "--reason", "meeting her at the Berlin FinOps meetup",
                   "--limit", "200", "-n", "3", "--seed", "5", input=PROFILE)
    assert proc.returncode in (0, 10), proc.stderr
    lines = [l for l in proc.stdout.splitlines() if l.strip().startswith("(")]
    assert lines, proc.stdout
    for l in lines:
        used = int(l.strip()[1:].split("/")[0])
        assert used <= 200
    if proc.returncode == 10:  # nothing passed: said so honestly, notes flagged
        assert "no note passed" in proc.stderr
        assert "check failed" in proc.stdout
