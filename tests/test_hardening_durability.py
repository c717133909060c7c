"""Durability of the history: concurrent writers, processes killed mid-write and mid-draft, and
``history export`` → ``history clear`` → ``history import`` giving back exactly what was there."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pexpect
import pytest
from hardening import run_cli

from connote import history, paths

PROFILE = "Priya Raman\nData Engineering Lead at Fluxo\nBerlin, Germany\n"

WRITER = textwrap.dedent("""
    import os, sys
    from connote import history
    from connote.schema import Draft, DraftRequest, Note, Profile
    tag, count = sys.argv[1], int(sys.argv[2])
    i = 0
    while count < 0 or i < count:       # count < 0: write until killed
        notes = [Note(id=os.urandom(6).hex(), text=f"Hi Priya, note {tag}-{i}-{k}. " + "x" * 200, chars=220,
                      limit=300, passed=True) for k in range(3)]
        d = Draft(id=os.urandom(6).hex(), model="fake", template="generic", occasion="generic", language="en",
                  notes=notes, profile=Profile(name=f"writer {tag}"),
                  request=DraftRequest(profile_text="Priya Raman " * 50, reason="read your post"))
        history.record_draft(d)
        history.mark(notes[0].id, "sent")
        i += 1
        if i == 5:
            open(os.environ["READY"], "w").close()   # 5 drafts are in: the test may kill this one now
""")


def integrity() -> str:
    conn = sqlite3.connect(paths.history_db())
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_concurrent_writers_and_a_killed_writer_leave_a_consistent_history(connote_home, tmp_path):
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    ready = tmp_path / "ready"
    env = dict(os.environ, READY=str(ready))
    doomed = subprocess.Popen([sys.executable, str(script), "doomed", "-1"], env=env, stderr=subprocess.PIPE)
    writers = [subprocess.Popen([sys.executable, str(script), str(w), "12"], env=env, stderr=subprocess.PIPE,
                                text=True) for w in range(2)]
    cli_drafts = [subprocess.Popen([sys.executable, "-m", "connote.cli", "draft", "--model", "fake", "-n", "2",
                                    "--reason", reason, "--json"], env=dict(env, CONNOTE_NO_PROGRESS="1"),
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                  for reason in ("read your post", "met you at PyCon")]
    printed = []
    try:
        for p in cli_drafts:
            out, errors = p.communicate(PROFILE, timeout=300)
            assert p.returncode == 0, errors
            printed.append(json.loads(out))
        for p in writers:
            _, errors = p.communicate(timeout=300)
            assert p.returncode == 0, errors
        while not ready.exists():  # the doomed writer has committed at least 5 drafts and is still writing
            assert doomed.poll() is None, doomed.stderr.read()
            time.sleep(0.02)
    finally:  # it writes until killed: never leave it running, whatever failed above
        doomed.send_signal(signal.SIGKILL)  # no chance to roll back or close: mid-write, as a crash would be
        doomed.wait(timeout=60)
    assert doomed.returncode == -signal.SIGKILL

    assert integrity() == "ok"
    records = history.export_records()
    by_writer: dict[str, list] = {}
    for r in records:
        name = r.draft.profile.name or ""
        by_writer.setdefault(name if name.startswith("writer ") else "cli", []).append(r)
    assert len(by_writer["writer 0"]) == len(by_writer["writer 1"]) == 12
    assert len(by_writer["writer doomed"]) >= 5
    for name, recs in by_writer.items():
        for r in recs:  # every draft is whole: all its notes, and the mark written with it
            if name == "cli":
                continue
            assert len(r.draft.notes) == 3, name
            assert r.status(r.draft.notes[0].id) == "sent" or r is recs[-1]
    stored = {r.draft.id: r.draft for r in records}
    for d in printed:
        assert [n.model_dump(mode="json") for n in stored[d["id"]].notes] == d["notes"]
    # a new writer carries on normally after the crash
    assert run_cli("draft", "--model", "fake", "-n", "1", "--reason", "read your post", input=PROFILE).rc == 0
    assert len(history.export_records()) == len(records) + 1


def test_export_clear_import_round_trips_everything(connote_home, tmp_path):
    first = json.loads(run_cli("draft", "--model", "fake", "-n", "1", "--seed", "1", "--json",
                               "--reason", "read your post", input=PROFILE).out)
    assert run_cli("again", "-n", "1", "--reason", "read your post on data contracts").rc in (0, 10)
    assert run_cli("mark", first["notes"][0]["id"], "sent").rc == 0
    assert run_cli("mark", first["notes"][0]["id"], "accepted").rc == 0
    history.set_edited(first["notes"][0]["id"], "Hi Priya, my own words about your post.")
    before = run_cli("history", "export").out
    stats_before = run_cli("stats", "--json").out
    backup = tmp_path / "backup.jsonl"
    assert run_cli("history", "export", "-o", str(backup)).rc == 0
    assert run_cli("history", "clear", "--yes").rc == 0
    assert not paths.history_db().exists()
    assert run_cli("history", "export").out == ""
    run = run_cli("history", "import", str(backup))
    assert run.rc == 0 and "imported 2" in run.err, run.err
    assert run_cli("history", "export").out == before
    assert run_cli("stats", "--json").out == stats_before
    assert integrity() == "ok"


@pytest.mark.real_model
def test_a_draft_killed_mid_generation_leaves_history_as_it_was(real_models):
    assert run_cli("draft", "--model", "fake", "-n", "1", "--seed", "1", "--reason", "read your post", input=PROFILE).rc == 0
    before = run_cli("history", "export").out
    env = {k: v for k, v in os.environ.items() if k != "CONNOTE_NO_PROGRESS"}
    child = pexpect.spawn(sys.executable, ["-m", "connote.cli", "draft", "--model", "smollm2", "-n", "10",
                                           "--profile", PROFILE, "--reason", "heard her podcast episode"],
                          env=env, encoding="utf-8", timeout=300)
    child.expect("Writing notes…")
    child.kill(signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close()
    assert child.signalstatus == signal.SIGKILL
    assert integrity() == "ok"
    assert run_cli("history", "export").out == before
    assert run_cli("draft", "--model", "fake", "-n", "1", "--seed", "1", "--reason", "met you at PyCon", input=PROFILE).rc == 0
    assert len(history.export_records()) == 2
