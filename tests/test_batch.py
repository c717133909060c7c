"""`connote batch`: input rows, output rows, bad rows, resume after Ctrl-C / kill / crash, workers, progress.

Most tests use the deterministic fake backend; kill and Ctrl-C tests use the scripted local server
(tests/openai_stub.py), which can hold requests so the client is stopped mid-batch without any timing.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from connote import batch as b
from connote.backends.fake import FakeBackend
from connote.backends.openai import OpenAIBackend, ServerBusy, ServerUnreachable
from connote.cli import app
from connote.backends.table import OpenedModel
from openai_stub import Stub

# the model writes every note here: these tests are about what a batch does with the backend (its calls, a server
# that fails, a run stopped mid-row), which the reason's own note (first_note = reason) would spare it
# (tests/test_reason_first.py: a batch with the reason first)
pytestmark = pytest.mark.usefixtures("model_first")

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_people", ROOT / "bench" / "people.py")
people = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(people)


def make_input(tmp_path: Path, count: int, name: str = "people.csv", **extra) -> Path:
    path = tmp_path / name
    people.write(people.make_rows(count), path, {k: str(v) for k, v in extra.items()} or None)
    return path


def read_out(path: Path) -> list[dict]:
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text().splitlines()]
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def essence(rows: list[dict]) -> list[tuple]:
    """What must be identical between an uninterrupted and a resumed run (not timings or ids)."""
    out = []
    for r in rows:
        if "notes" in r:
            notes = tuple(n["text"] for n in r["notes"])
        else:
            notes = tuple(r[k] for k in sorted(r) if k.startswith("note_") and k.count("_") == 1)
        out.append((str(r["row"]), r["status"], r["key"], notes))
    return out


def run(*args: str, env_extra: dict | None = None, **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "connote.cli", *args], capture_output=True, text=True,
                          env=env, timeout=300, **kw)


def invoke(*args: str):
    """Run the CLI in this process (so a test can swap the backend); errors land in result.exception."""
    return CliRunner().invoke(app, list(args))


class StopAfter(FakeBackend):
    """A fake backend that raises ``exc`` at completion number ``n`` (1-based)."""

    def __init__(self, n: int, exc: BaseException) -> None:
        super().__init__()
        self.n, self.exc = n, exc

    def complete(self, prompt, **kw):
        if len(self.calls) + 1 == self.n:
            raise self.exc
        return super().complete(prompt, **kw)


def use_backend(monkeypatch, backend, name: str = "fake") -> None:
    import connote.backends.table

    monkeypatch.setattr(connote.backends.table, "open_choice", lambda *a, **k: OpenedModel(name, backend))


# --------------------------------------------------------------------------- input and output

def test_csv_batch_end_to_end(tmp_path):
    inp = make_input(tmp_path, 12)
    proc = run("batch", str(inp), "--model", "fake", "-n", "2")
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "people.notes.csv"
    rows = read_out(out)
    assert [int(r["row"]) for r in rows] == list(range(1, 13))
    assert [r["id"] for r in rows] == [f"p{i:04d}" for i in range(1, 13)]
    for r in rows:
        assert r["status"] in ("ok", "flagged") and r["error"] == ""
        assert r["note_1"] and int(r["note_1_chars"]) == len(r["note_1"]) <= 300
        assert r["note_1"].split()[1].strip(",–") == r["name"].split()[0]  # greets the right person
        assert r["note_1_passed"] in ("yes", "no") and r["model"] == "fake"
    assert "12 of 12 rows" in proc.stderr and proc.stdout == ""
    assert "\r" not in proc.stderr and "rows/min" not in proc.stderr.split("drafted")[0]  # no bar: not a tty


def test_jsonl_in_jsonl_out_with_checks(tmp_path):
    inp = make_input(tmp_path, 3, "people.jsonl")
    out = tmp_path / "res.jsonl"
    proc = run("batch", str(inp), "-o", str(out), "--model", "fake", "--json")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["rows"] == 3 and summary["finished"] == 3 and summary["errors"] == 0
    rows = read_out(out)
    assert [r["row"] for r in rows] == [1, 2, 3]
    note = rows[0]["notes"][0]
    assert {c["name"] for c in note["checks"]} >= {"says_reason", "invents_nothing", "no_contact_or_ui"}
    assert note["chars"] == len(note["text"])


def test_profile_file_relative_to_input_and_row_options(tmp_path):
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "priya.txt").write_text((ROOT / "examples" / "priya.txt").read_text())
    inp = tmp_path / "in.csv"
    inp.write_text("id,profile_file,reason,limit,n,occasion\n"
                   "a,profiles/priya.txt,heard her podcast episode on data contracts,200,1,\n"
                   "b,profiles/priya.txt,heard her podcast episode on data contracts,,3,generic\n")
    proc = run("batch", str(inp), "--model", "fake", "-o", str(tmp_path / "o.jsonl"))
    assert proc.returncode == 0, proc.stderr
    a, bb = read_out(tmp_path / "o.jsonl")
    assert a["name"] == "Priya Raman" and len(a["notes"]) == 1 and a["notes"][0]["limit"] == 200
    assert len(bb["notes"]) == 3 and bb["occasion"] == "generic" and bb["notes"][0]["limit"] == 300


def test_bad_rows_reported_in_their_own_row_and_batch_goes_on(tmp_path):
    secret = "Private Person\nphone 0170 5551234\nCTO at Hidden Co"
    inp = tmp_path / "in.csv"
    with open(inp, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["profile", "profile_file", "reason", "limit", "n"])
        w.writerow(["Priya Raman\nData Engineering Lead at Fluxo", "", "heard her podcast on data contracts", "", ""])
        w.writerow([secret, "", "", "", ""])                                  # no reason
        w.writerow([secret, "", "read her post", "20", ""])                   # limit too small
        w.writerow(["", "missing.txt", "read her post", "", ""])              # file does not exist
        w.writerow([secret, "x.txt", "read her post", "", ""])                # both
        w.writerow([secret, "", "read her post", "", "eleven"])               # n not a number
        w.writerow(["", "", "", "", ""])                                      # an empty row: skipped
        w.writerow(["Tomas Lindqvist\nHead of Platform", "", "meeting him at KubeCon", "", "1"])
    proc = run("batch", str(inp), "--model", "fake", "-o", str(tmp_path / "o.csv"))
    assert proc.returncode == 1  # finished, but some rows need fixing
    rows = read_out(tmp_path / "o.csv")
    assert [int(r["row"]) for r in rows] == [1, 2, 3, 4, 5, 6, 8]
    status = {int(r["row"]): (r["status"], r["error"]) for r in rows}
    assert status[1][0] in ("ok", "flagged") and status[8][0] in ("ok", "flagged")
    assert "no reason" in status[2][1]
    assert "limit" in status[3][1]
    assert "does not exist" in status[4][1]
    assert "not both" in status[5][1]
    assert status[6][1].startswith("n:")
    everything = (tmp_path / "o.csv").read_text() + proc.stderr
    assert "0170" not in everything and "Hidden Co" not in everything  # never echo profile text
    assert "rows 2, 3, 4, 5, 6" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("content, needle", [
    ("nickname,profile,reason\nx,y,z\n", "unknown column"),
    ("profile,sender\nx,y\n", "needs a 'reason' column"),
    ("profile,reason\n", "has no rows"),
])
def test_whole_file_problems_are_one_line(tmp_path, content, needle):
    inp = tmp_path / "in.csv"
    inp.write_text(content)
    proc = run("batch", str(inp), "--model", "fake")
    assert proc.returncode == 2
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and needle in lines[0], proc.stderr


def test_bad_jsonl_lines_are_row_errors(tmp_path):
    inp = tmp_path / "in.jsonl"
    inp.write_text('{"profile": "Priya Raman", "reason": "read her post on data contracts"}\n'
                   "not json\n\n"
                   '["a list"]\n'
                   '{"profile": "Priya Raman", "reason": "read her post", "colour": "red"}\n')
    proc = run("batch", str(inp), "--model", "fake")
    assert proc.returncode == 1
    rows = read_out(tmp_path / "in.notes.jsonl")
    assert [r["row"] for r in rows] == [1, 2, 4, 5]
    assert [r["status"] for r in rows][1:] == ["error"] * 3
    assert "not valid JSON" in rows[1]["error"] and "not a JSON object" in rows[2]["error"]
    assert "colour" in rows[3]["error"]


def test_output_is_not_the_input_and_foreign_files_are_kept(tmp_path):
    inp = make_input(tmp_path, 2)
    proc = run("batch", str(inp), "--model", "fake", "-o", str(inp))
    assert proc.returncode == 2 and "is the input file" in proc.stderr
    mine = tmp_path / "mine.csv"
    mine.write_text("name,email\nA,a@example.com\n")
    proc = run("batch", str(inp), "--model", "fake", "-o", str(mine))
    assert proc.returncode == 2 and "not a connote batch output" in proc.stderr
    assert mine.read_text() == "name,email\nA,a@example.com\n"
    proc = run("batch", str(inp), "--model", "fake", "-o", str(mine), "--overwrite")
    assert proc.returncode == 0 and len(read_out(mine)) == 2


def test_bad_shared_options_fail_before_any_row(tmp_path):
    inp = make_input(tmp_path, 2)
    for args, needle in ((("-n", "0"), "count"), (("--limit", "5"), "limit"), (("--workers", "0"), "workers")):
        proc = run("batch", str(inp), "--model", "fake", *args)
        assert proc.returncode == 2 and needle in proc.stderr, proc.stderr
        assert not (tmp_path / "people.notes.csv").exists()


# --------------------------------------------------------------------------- resume

def test_each_row_gets_the_configured_time_budget(tmp_path, monkeypatch):
    import connote.drafting

    budgets = []
    real = connote.drafting.draft

    def spy(*args, time_budget=None, **kw):
        budgets.append(time_budget)
        return real(*args, time_budget=time_budget, **kw)

    monkeypatch.setattr(connote.drafting, "draft", spy)
    use_backend(monkeypatch, FakeBackend())
    assert invoke("config", "set", "time_budget", "30").exit_code == 0
    result = invoke("batch", str(make_input(tmp_path, 2, n="1")), "--model", "fake", "-o", str(tmp_path / "o.jsonl"))
    assert result.exit_code == 0 and budgets == [30.0, 30.0]


def test_interrupted_then_resumed_equals_uninterrupted(tmp_path, monkeypatch):
    inp = make_input(tmp_path, 20, n="1")
    full = tmp_path / "full.jsonl"
    whole = FakeBackend()
    use_backend(monkeypatch, whole)
    assert invoke("batch", str(inp), "--model", "fake", "-o", str(full)).exit_code == 0

    part = tmp_path / "part.jsonl"
    use_backend(monkeypatch, StopAfter(9, KeyboardInterrupt()))
    result = invoke("batch", str(inp), "--model", "fake", "-o", str(part))
    assert result.exit_code != 0 and "run the same command again" in result.stderr
    saved = read_out(part)
    assert 0 < len(saved) < 20
    assert [r["row"] for r in saved] == sorted(r["row"] for r in saved)  # compacted on the way out

    again = FakeBackend()
    use_backend(monkeypatch, again)
    result = invoke("batch", str(inp), "--model", "fake", "-o", str(part))
    assert result.exit_code == 0 and f"resuming: {len(saved)} of 20" in result.stderr
    rows = read_out(part)
    assert [r["row"] for r in rows] == list(range(1, 21))  # exactly 20, no duplicates
    assert essence(rows) == essence(read_out(full))
    saved_calls = sum(r["candidates"] for r in saved)
    assert len(again.calls) == len(whole.calls) - saved_calls  # finished rows were not drafted again


def test_row_cut_off_mid_write_is_dropped_and_redone(tmp_path):
    inp = make_input(tmp_path, 5)
    for name in ("o.csv", "o.jsonl"):
        out = tmp_path / name
        assert run("batch", str(inp), "--model", "fake", "-o", str(out)).returncode == 0
        reference = essence(read_out(out))
        lines = out.read_text().splitlines(keepends=True)
        cut = lines[:-2] + [lines[-2][: len(lines[-2]) // 2]]  # row 4 half-written, row 5 never written
        out.write_text("".join(cut))
        proc = run("batch", str(inp), "--model", "fake", "-o", str(out))
        assert proc.returncode == 0, proc.stderr
        assert "cut off" in proc.stderr
        assert essence(read_out(out)) == reference


def test_hand_edited_output_is_refused(tmp_path):
    inp = make_input(tmp_path, 3)
    out = tmp_path / "o.jsonl"
    assert run("batch", str(inp), "--model", "fake", "-o", str(out)).returncode == 0
    lines = out.read_text().splitlines(keepends=True)
    out.write_text(lines[0] + "garbage\n" + "".join(lines[1:]))
    proc = run("batch", str(inp), "--model", "fake", "-o", str(out))
    assert proc.returncode == 2 and "line 2" in proc.stderr


def test_changed_rows_are_refused_then_redone_with_the_flag_other_rows_kept(tmp_path, monkeypatch):
    inp = make_input(tmp_path, 6)
    out = tmp_path / "o.jsonl"
    assert invoke("batch", str(inp), "--model", "fake", "-o", str(out)).exit_code == 0
    before = read_out(out)
    saved = out.read_bytes()
    rows = people.make_rows(6)
    rows[2]["reason"] = "loved the talk on incident reviews"
    people.write(rows, inp)
    counting = FakeBackend()
    use_backend(monkeypatch, counting)
    refused = run("batch", str(inp), "--model", "fake", "-o", str(out))
    assert refused.returncode == 2 and refused.stdout == ""
    lines = refused.stderr.splitlines()
    assert len(lines) == 1 and "row 3 whose input, model or options" in lines[0] and "--redraft-changed" in lines[0]
    assert out.read_bytes() == saved  # results are data: nothing redrafted, nothing dropped
    result = invoke("batch", str(inp), "--model", "fake", "-o", str(out), "--redraft-changed")
    assert result.exit_code == 0, result.stderr
    assert "1 row(s) changed" in result.stderr
    after = read_out(out)
    assert len(after) == 6 and after[2]["key"] != before[2]["key"]
    assert [r["key"] for i, r in enumerate(after) if i != 2] == [r["key"] for i, r in enumerate(before) if i != 2]
    assert {"incident reviews" in c[0] for c in counting.calls} == {True}


def test_other_model_or_options_refuse_to_mix(tmp_path):
    inp = make_input(tmp_path, 2)
    out = tmp_path / "o.csv"
    assert run("batch", str(inp), "--model", "fake", "-o", str(out)).returncode == 0
    saved = out.read_bytes()
    proc = run("batch", str(inp), "--model", "fake", "-n", "1", "-o", str(out))
    assert proc.returncode == 2 and "2 rows (1, 2) whose input, model or options" in proc.stderr
    assert "--redraft-changed" in proc.stderr and "--overwrite" in proc.stderr
    assert out.read_bytes() == saved
    proc = run("batch", str(inp), "--model", "fake", "-n", "1", "-o", str(out), "--redraft-changed")
    assert proc.returncode == 0, proc.stderr
    rows = read_out(out)
    assert len(rows) == 2 and all("note_2" not in r for r in rows)  # every row drafted again with -n 1


def test_rows_no_longer_in_the_input_are_not_dropped_silently(tmp_path):
    inp = make_input(tmp_path, 3)
    out = tmp_path / "o.jsonl"
    assert run("batch", str(inp), "--model", "fake", "-o", str(out)).returncode == 0
    people.write(people.make_rows(2), inp)
    proc = run("batch", str(inp), "--model", "fake", "-o", str(out))
    assert proc.returncode == 2 and "row 3 no longer in the input" in proc.stderr
    assert len(read_out(out)) == 3
    proc = run("batch", str(inp), "--model", "fake", "-o", str(out), "--redraft-changed")
    assert proc.returncode == 0 and [r["row"] for r in read_out(out)] == [1, 2]


def test_retry_errors(tmp_path):
    inp = tmp_path / "in.csv"
    inp.write_text("profile_file,reason\nlater.txt,heard her podcast episode on data contracts\n"
                   "nope.txt,x\n")
    out = tmp_path / "o.csv"
    assert run("batch", str(inp), "--model", "fake", "-o", str(out)).returncode == 1
    (tmp_path / "later.txt").write_text("Priya Raman\nData Engineering Lead at Fluxo\n")
    # the file's content feeds the row key: a fixed profile file is a changed row, drafted again
    proc = run("batch", str(inp), "--model", "fake", "-o", str(out))
    rows = read_out(out)
    assert rows[0]["status"] in ("ok", "flagged") and rows[1]["status"] == "error" and proc.returncode == 1
    (tmp_path / "nope.txt").write_text("Tomas Lindqvist\nHead of Platform at Norrsken Labs\n")
    proc = run("batch", str(inp), "--model", "fake", "-o", str(out), "--retry-errors")
    assert [r["status"] != "error" for r in read_out(out)] == [True, True], proc.stderr


def test_second_batch_on_the_same_output_is_refused(tmp_path, monkeypatch):
    inp = make_input(tmp_path, 2)
    out = tmp_path / "o.csv"
    holder = b.ResultFile(out, "csv", 3)
    holder.open([])
    try:
        proc = run("batch", str(inp), "--model", "fake", "-o", str(out))
        assert proc.returncode == 2 and "another connote batch" in proc.stderr
    finally:
        holder.close()


# --------------------------------------------------------------------------- server trouble

def test_unreachable_server_mid_batch_stops_and_keeps_rows(tmp_path, monkeypatch):
    inp = make_input(tmp_path, 8, n="1")
    out = tmp_path / "o.jsonl"
    use_backend(monkeypatch, StopAfter(4, ServerUnreachable("cannot connect: connection refused")))
    result = invoke("batch", str(inp), "--model", "fake", "-o", str(out))
    assert isinstance(result.exception, ServerUnreachable)
    saved = read_out(out)
    assert 0 < len(saved) < 8 and "run the same command again" in result.stderr
    use_backend(monkeypatch, FakeBackend())
    invoke("batch", str(inp), "--model", "fake", "-o", str(out))
    assert [r["row"] for r in read_out(out)] == list(range(1, 9))


def test_overloaded_server_leaves_rows_for_the_next_run(tmp_path, monkeypatch):
    inp = make_input(tmp_path, 6, n="1")
    out = tmp_path / "o.csv"
    with Stub(models=["m"]) as stub:
        server = OpenAIBackend(stub.url, "m", sleep=lambda s: None, retries=1)
        use_backend(monkeypatch, server, "openai:m")
        stub.fail_completions = 503
        result = invoke("batch", str(inp), "-o", str(out), "--base-url", stub.url, "--model", "m")
        assert isinstance(result.exception, ServerBusy) and "failed after 2 tries" in str(result.exception)
        assert len(stub.completions()) == 3 * 2  # stopped after three rows in a row failed, not all six
        assert read_out(out) == []  # nothing half-done was written as if finished
        stub.fail_completions = None
        result = invoke("batch", str(inp), "-o", str(out), "--base-url", stub.url, "--model", "m")
        assert result.exit_code == 0, result.stderr
    assert [int(r["row"]) for r in read_out(out)] == list(range(1, 7))


def _wait_for(predicate, what: str, limit: float = 600.0) -> None:
    """Poll until ``predicate()`` (a hang guard only; no test outcome depends on how long this takes)."""
    deadline = time.monotonic() + limit
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.02)


@pytest.mark.parametrize("how, workers", [("kill", "1"), ("ctrl-c", "1"), ("ctrl-c", "3")])
def test_killed_or_interrupted_cli_resumes_to_the_same_output(tmp_path, how, workers):
    inp = make_input(tmp_path, 10, n="1")
    with Stub(models=["m"]) as stub:
        args = ["batch", str(inp), "--base-url", stub.url, "--model", "m", "--workers", workers]
        ref = tmp_path / "ref.csv"
        assert run(*args, "-o", str(ref)).returncode == 0
        full_requests = len(stub.completions())

        out = tmp_path / "out.csv"
        stub.requests.clear()
        stub.hold(after=4)
        proc = subprocess.Popen([sys.executable, "-m", "connote.cli", *args, "-o", str(out)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        _wait_for(lambda: len(stub.completions()) >= 4 + int(workers), "the client to block on the server")
        proc.send_signal(signal.SIGKILL if how == "kill" else signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
        stub.release()
        if how == "kill":
            assert proc.returncode == -signal.SIGKILL
        else:
            assert proc.returncode == 130 and "run the same command again" in stderr
        saved = read_out(out)
        assert 1 <= len(saved) <= 4

        stub.requests.clear()
        again = run(*args, "-o", str(out))
        assert again.returncode == 0, again.stderr
        assert f"resuming: {len(saved)} of 10" in again.stderr
        assert len(stub.completions()) < full_requests  # finished rows were not drafted again
    rows = read_out(out)
    assert [int(r["row"]) for r in rows] == list(range(1, 11))
    assert essence(rows) == essence(read_out(ref))


# --------------------------------------------------------------------------- workers and progress

def test_workers_give_the_same_output_as_one_worker(tmp_path):
    inp = make_input(tmp_path, 16, n="2")
    with Stub(models=["m"]) as stub:
        common = ("batch", str(inp), "--base-url", stub.url, "--model", "m")
        one = run(*common, "-o", str(tmp_path / "w1.jsonl"))
        four = run(*common, "--workers", "4", "-o", str(tmp_path / "w4.jsonl"))
    assert one.returncode == 0 and four.returncode == 0, four.stderr
    assert essence(read_out(tmp_path / "w1.jsonl")) == essence(read_out(tmp_path / "w4.jsonl"))


def test_workers_keep_that_many_requests_in_flight(tmp_path):
    inp = make_input(tmp_path, 6, n="1")
    out = tmp_path / "o.csv"
    with Stub(models=["m"]) as stub:
        stub.hold(after=0)  # no completion is answered until release()
        proc = subprocess.Popen([sys.executable, "-m", "connote.cli", "batch", str(inp), "-o", str(out),
                                 "--base-url", stub.url, "--model", "m", "--workers", "4"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        _wait_for(lambda: len(stub.completions()) >= 4, "four requests at once")
        assert read_out(out) == []  # four requests are waiting on the server, none has finished
        stub.release()
        _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr
    assert len({r["body"]["prompt"] for r in stub.completions()[:4]}) == 4  # four different rows at once
    assert [int(r["row"]) for r in read_out(out)] == list(range(1, 7))


def test_fake_backend_threads_match_inline(tmp_path):
    inp = make_input(tmp_path, 10)
    a = run("batch", str(inp), "--model", "fake", "-o", str(tmp_path / "a.csv"))
    c = run("batch", str(inp), "--model", "fake", "--workers", "3", "-o", str(tmp_path / "c.csv"))
    assert a.returncode == c.returncode == 0
    assert essence(read_out(tmp_path / "a.csv")) == essence(read_out(tmp_path / "c.csv"))


def test_progress_bar_on_a_terminal(tmp_path):
    import pty

    inp = make_input(tmp_path, 6)
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "connote.cli", "batch", str(inp), "--model", "fake"],
                            stdout=subprocess.PIPE, stderr=slave, text=True,
                            env={**os.environ, "COLUMNS": "120", "TERM": "xterm"})
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(master)
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0, shown
    assert "Drafting" in shown and "6/6" in shown and "rows/min" in shown and "ETA" in shown


def test_plan_keys_and_seeds_are_stable(tmp_path):
    rows = [b.RawRow(1, {"profile": "Priya Raman", "reason": "read her post"}),
            b.RawRow(2, {"profile": "Priya Raman", "reason": "read her post"})]
    d = b.BatchDefaults("fake:fake")
    j1, j2 = b.plan(rows, d, tmp_path)
    assert j1.key == j2.key and j1.request.seed == j2.request.seed  # same person, same notes
    other = b.plan(rows, b.BatchDefaults("fake:fake", seed=1), tmp_path)[0]
    assert other.key != j1.key and other.request.seed != j1.request.seed
    assert b.plan(rows, b.BatchDefaults("llama:smollm2"), tmp_path)[0].key != j1.key


def test_help():
    proc = run("batch", "--help")
    assert proc.returncode == 0 and "--workers" in proc.stdout and "--base-url" in proc.stdout


@pytest.mark.real_model
def test_llama_workers_one_model_per_process(tmp_path, real_models):
    inp = make_input(tmp_path, 3, n="1")
    proc = run("batch", str(inp), "--model", "smollm2", "--workers", "2", "--json", "-o", str(tmp_path / "o.jsonl"))
    assert proc.returncode in (0, 1), proc.stderr
    rows = read_out(tmp_path / "o.jsonl")
    assert [r["row"] for r in rows] == [1, 2, 3]
    for r in rows:
        assert r["status"] in ("ok", "flagged") and r["model"] == "smollm2", r
        assert r["notes"][0]["chars"] <= 300 and r["notes"][0]["checks"]
    assert all(line.startswith("connote: ") for line in proc.stderr.splitlines() if line.strip()), proc.stderr
