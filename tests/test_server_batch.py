"""`connote batch` end to end against a real OpenAI-compatible server: ``python -m llama_cpp.server``
serving SmolLM2 on 127.0.0.1, started and stopped here (the default model's server run is in
bench/batch.py: it is too slow for the test suite on a small machine)."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import _real_model_dir
from connote.models.catalog import SMOLLM2
from openai_stub import free_port
from test_batch import make_input, read_out

pytestmark = pytest.mark.real_model
ALIAS = "smollm2"


def _wait_for(predicate, what: str, proc: subprocess.Popen | None = None, log: Path | None = None,
              limit: float = 900.0) -> None:
    """Poll until ``predicate()``; a hang guard only, no outcome depends on how long it takes."""
    deadline = time.monotonic() + limit
    while not predicate():
        if proc is not None and proc.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:] if log else ""
            pytest.fail(f"{what}: the process exited with {proc.returncode}\n{tail}")
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


def _answers(url: str) -> bool:
    try:
        with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(url + "/models", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    """``python -m llama_cpp.server`` with SmolLM2 on 127.0.0.1:<free port>; yields its base URL."""
    model = _real_model_dir(SMOLLM2.filename) / SMOLLM2.filename
    port = free_port()
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--model_alias", ALIAS,
           "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096", "--n_threads", "2",
           "--verbose", "False"]
    with open(log, "wb") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        _wait_for(lambda: _answers(url), "llama_cpp.server to start", proc, log)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "connote.cli", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=900)


def test_models_listed(llama_server):
    with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(llama_server + "/models") as r:
        ids = [m["id"] for m in json.load(r)["data"]]
    assert ids == [ALIAS]


def test_batch_against_llama_cpp_server_gives_checked_notes(llama_server, tmp_path):
    inp = make_input(tmp_path, 3, n="2")
    out = tmp_path / "out.jsonl"
    proc = run("batch", str(inp), "-o", str(out), "--backend", "openai", "--base-url", llama_server,
               "--model", ALIAS, "--workers", "2", "--limit", "200", "--json")
    assert proc.returncode in (0, 1), proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["finished"] == 3 and summary["errors"] == 0, summary
    rows = read_out(out)
    assert [r["row"] for r in rows] == [1, 2, 3]
    notes = [n for r in rows for n in r["notes"]]
    assert notes and all(n["checks"] and n["chars"] == len(n["text"]) <= 200 for n in notes)
    assert all(r["model"] == f"openai:{ALIAS}" for r in rows)
    passing = [(r, n) for r in rows for n in r["notes"] if n["passed"]]
    assert passing, [(n["text"], n["failed"]) for n in notes]  # the checks let good notes through...
    for r, n in passing:
        assert r["name"].split()[0] in n["text"]  # ...and those greet the right person


def test_killed_batch_resumes_against_the_server(llama_server, tmp_path):
    inp = make_input(tmp_path, 5, n="1")
    out = tmp_path / "out.csv"
    args = [sys.executable, "-m", "connote.cli", "batch", str(inp), "-o", str(out), "--base-url", llama_server,
            "--model", ALIAS]

    def rows_written() -> int:
        if not out.exists():
            return 0
        with open(out, newline="") as fh:
            return max(0, sum(1 for _ in csv.reader(fh)) - 1)

    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for(lambda: rows_written() >= 2 or proc.poll() is not None, "two rows")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    saved = rows_written()
    assert 2 <= saved < 5, "the batch finished before it could be killed"
    again = run(*args[3:])
    assert again.returncode in (0, 1), again.stderr
    assert f"resuming: {saved} of 5" in again.stderr
    rows = read_out(out)
    assert [int(r["row"]) for r in rows] == [1, 2, 3, 4, 5]  # exactly five, no duplicates
    assert all(r["status"] in ("ok", "flagged") for r in rows)


def test_wrong_model_name_is_a_clear_error(llama_server, tmp_path):
    inp = make_input(tmp_path, 1)
    proc = run("batch", str(inp), "--base-url", llama_server, "--model", "qwen-typo")
    assert proc.returncode == 5
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and "'qwen-typo'" in lines[0] and ALIAS in lines[0], proc.stderr
