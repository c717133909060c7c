"""`connote again`, `history`, `mark`, `stats`, `--copy` through the real CLI (subprocesses, fake backend)."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys

import pytest

from connote import history, paths

PROFILE = "Priya Raman\nData Engineering Lead at Fluxo\nBerlin, Germany\n"
REASON = "read your post"


def run(*args: str, input: str | None = None, env_extra: dict | None = None, drop: tuple[str, ...] = ()):
    env = dict(os.environ)
    env["CONNOTE_NO_PROGRESS"] = "1"
    env.update(env_extra or {})
    for var in drop:
        env.pop(var, None)
    return subprocess.run([sys.executable, "-m", "connote.cli", *args], input=input, capture_output=True,
                          text=True, env=env, timeout=120)


def draft_json(*extra: str, reason: str = REASON, **kw) -> dict:
    proc = run("draft", "--reason", reason, "--model", "fake", "--json", *extra, input=PROFILE, **kw)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def texts(data: dict) -> list[str]:
    return [n["text"] for n in data["notes"]]


# --------------------------------------------------------------------------- the scripted session

def test_scripted_session_draft_again_mark_stats():
    first = draft_json("-n", "1", "--seed", "7")
    p1 = run("again", "-n", "1", "--json")
    assert p1.returncode == 0, p1.stderr
    a1 = json.loads(p1.stdout)
    p2 = run("again", first["id"][:5], "-n", "1", "--json")
    assert p2.returncode == 0, p2.stderr
    a2 = json.loads(p2.stdout)
    assert a1["again_of"] == a2["again_of"] == first["id"]

    shown = texts(first) + texts(a1) + texts(a2)
    assert len(shown) == 3 and len(set(shown)) == 3  # no duplicates across `again` calls

    # every note is in history, under the right draft
    stored = {r.draft.id: r for r in history.export_records()}
    assert set(stored) == {first["id"], a1["id"], a2["id"]}
    assert sorted(n.text for r in stored.values() for n in r.draft.notes) == sorted(shown)
    assert stored[a1["id"]].root_id == stored[a2["id"]].root_id == first["id"]

    note_id = a1["notes"][0]["id"]
    assert run("mark", note_id[:6], "sent").returncode == 0
    proc = run("mark", note_id, "accepted")
    assert proc.returncode == 0 and proc.stdout.strip() == f"{note_id} accepted"
    stats = json.loads(run("stats", "--json").stdout)
    assert stats["drafts"] == 3 and stats["notes"] == 3
    assert stats["overall"] == {"sent": 1, "accepted": 1, "ignored": 0, "waiting": 0, "rate": 1.0}
    assert stats["by"]["model"]["fake"]["accepted"] == 1
    assert stats["by"]["occasion"][first["occasion"]]["sent"] == 1
    assert stats["by"]["template"][first["template"]]["rate"] == 1.0
    text = run("stats").stdout
    assert "1 sent, 1 accepted" in text and "acceptance rate: 100%" in text and "by length:" in text


def test_again_runs_out_rather_than_repeating(model_first):
    first = draft_json("-n", "3", "--seed", "11", reason="heard her podcast episode on data contracts")
    seen = texts(first)
    for _ in range(4):
        proc = run("again", "-n", "3", "--json")
        data = json.loads(proc.stdout)
        new = texts(data)
        assert not set(new) & set(seen)
        seen += new
        if not new:
            assert proc.returncode == 10
            assert "no new variation" in proc.stderr
            break
    else:
        pytest.fail("the fake backend has few wordings; again should have run out")
    assert len(seen) == len(set(seen))


def test_again_changes_reason_limit_and_occasion_on_the_way():
    first = draft_json("-n", "1", "--seed", "3")
    proc = run("again", "--reason", "met you at the Berlin FinOps meetup", "--limit", "120", "--occasion",
               "generic", "-n", "1", "--json")
    assert proc.returncode in (0, 10), proc.stderr
    data = json.loads(proc.stdout)
    assert data["request"]["reason"] == "met you at the Berlin FinOps meetup"
    assert data["request"]["limit"] == 120 and data["occasion"] == "generic"
    assert all(n["chars"] <= 120 for n in data["notes"])
    assert "FinOps" in data["notes"][0]["text"]
    # a later `again` keeps those changes
    later = json.loads(run("again", "-n", "1", "--json").stdout)
    assert later["request"]["limit"] == 120 and later["again_of"] == first["id"]


def test_again_text_output_and_bad_input():
    assert run("again").returncode == 2 and "no draft in history" in run("again").stderr
    draft_json("-n", "1", "--seed", "5")
    proc = run("again", "-n", "1")
    assert proc.returncode == 0 and proc.stdout.startswith(("1. Hi Priya", "1. Hello Priya"))  # the fake's greeting
    for args, needle in ((("--limit", "5"), "--limit"), (("-n", "0"), "count"), (("ffffff",), "no draft"),
                         (("--occasion", "nope"), "unknown occasion")):
        proc = run("again", *args)
        assert proc.returncode == 2, (args, proc.stderr)
        lines = [l for l in proc.stderr.splitlines() if l.strip()]
        assert len(lines) == 1 and needle in lines[0] and "Traceback" not in proc.stderr


def test_two_drafts_at_once_both_land_intact():
    env = dict(os.environ, CONNOTE_NO_PROGRESS="1")
    cmds = [[sys.executable, "-m", "connote.cli", "draft", "--reason", reason, "--model", "fake", "--json",
             "-n", "2"] for reason in ("read your post", "met you at PyCon")]
    procs = [subprocess.Popen(c, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env) for c in cmds]
    outs = [p.communicate(PROFILE, timeout=120) for p in procs]
    for p, (out, errors) in zip(procs, outs):
        assert p.returncode == 0, errors
    printed = [json.loads(out) for out, _ in outs]
    stored = {r.draft.id: r.draft for r in history.export_records()}
    assert set(stored) == {d["id"] for d in printed}
    for d in printed:
        assert [n.model_dump(mode="json") for n in stored[d["id"]].notes] == d["notes"]
        assert stored[d["id"]].request.reason == d["request"]["reason"]


# --------------------------------------------------------------------------- switches

def test_no_history_flag_and_config_switch(connote_home):
    draft_json("-n", "1", "--no-history")
    assert not paths.history_db().exists()
    cfg = paths.config_file()
    paths.ensure_private_dir(cfg.parent)
    cfg.write_text("history = false\n")
    draft_json("-n", "1")
    assert not paths.history_db().exists()
    proc = run("again")
    assert proc.returncode == 7 and "history is off" in proc.stderr


def test_history_file_private(connote_home):
    draft_json("-n", "1")
    assert stat.S_IMODE(paths.history_db().stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.history_db().parent.stat().st_mode) == 0o700


# --------------------------------------------------------------------------- history commands

def test_history_list_show_filters():
    a = draft_json("-n", "1")
    b = run("draft", "--reason", "met you at PyCon", "--model", "fake", "--json", "-n", "1",
            "--profile", "Max Weber\nCTO at Qubitly\n")
    b = json.loads(b.stdout)
    lines = run("history").stdout.splitlines()
    assert [l.split()[0] for l in lines] == [b["id"], a["id"]]  # newest first
    assert run("history", "list").stdout.splitlines() == lines
    only = run("history", "--name", "max").stdout.splitlines()
    assert len(only) == 1 and only[0].startswith(b["id"]) and "Max Weber" in only[0]
    assert run("history", "list", "--since", "2000-01-01", "--until", "2000-01-02").stdout == ""
    listed = json.loads(run("history", "--json").stdout)
    assert [d["id"] for d in listed] == [b["id"], a["id"]]

    shown = run("history", "show", a["id"][:6])
    assert shown.returncode == 0
    out = shown.stdout
    assert f"draft {a['id']}" in out and "reason: read your post" in out and "model: fake" in out
    assert a["notes"][0]["id"] in out and a["notes"][0]["text"] in out
    assert "Priya Raman" in out and PROFILE.splitlines()[1] not in out.split("profile:")[0]
    assert "Berlin, Germany" in run("history", "show", a["id"], "--profile").stdout
    full = json.loads(run("history", "show", a["id"], "--json").stdout)
    assert full["draft"]["request"]["profile_text"] == PROFILE


def test_export_jsonl_import_round_trip_through_cli(tmp_path):
    first = draft_json("-n", "2", "--seed", "1")
    run("again", "-n", "1")
    run("mark", first["notes"][0]["id"], "ignored")
    out = tmp_path / "backup.jsonl"
    proc = run("history", "export", "--format", "jsonl", "-o", str(out))
    assert proc.returncode == 0 and "exported 2 draft(s)" in proc.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    before = run("history", "export").stdout
    assert before == out.read_text() and len(before.splitlines()) == 2
    assert run("history", "clear", "--yes").returncode == 0
    assert run("history").stdout == ""
    proc = run("history", "import", str(out))
    assert proc.returncode == 0 and "imported 2" in proc.stderr
    assert run("history", "export").stdout == before
    proc = run("history", "import", "-", input=before)
    assert "skipped 2" in proc.stderr
    assert json.loads(run("stats", "--json").stdout)["overall"]["ignored"] == 1


def test_import_rejects_a_bad_file_whole(tmp_path):
    draft_json("-n", "1")
    good = run("history", "export").stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text(good + '{"format": "connote-history", "draft": {"id": "x"}}\n')
    run("history", "clear", "--yes")
    proc = run("history", "import", str(bad))
    assert proc.returncode == 2 and "line 2" in proc.stderr and "Traceback" not in proc.stderr
    assert run("history").stdout == ""
    assert run("history", "import", str(tmp_path / "missing.jsonl")).returncode == 2


def test_export_csv_one_row_per_note_and_formula_safe():
    data = draft_json("-n", "2", reason="=HYPERLINK(\"x\") read your post")
    proc = run("history", "export", "--format", "csv")
    assert proc.returncode == 0
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [r["note_id"] for r in rows] == [n["id"] for n in data["notes"]]
    assert rows[0]["text"] == data["notes"][0]["text"]
    assert rows[0]["reason"].startswith("'=HYPERLINK")
    assert "profile_text" not in rows[0]


def test_clear_needs_yes_when_not_interactive():
    draft_json("-n", "1")
    proc = run("history", "clear")
    assert proc.returncode == 2 and "--yes" in proc.stderr
    assert paths.history_db().exists()
    assert run("history", "clear", "-y").returncode == 0
    assert not paths.history_db().exists()


# --------------------------------------------------------------------------- mark, stats

def test_mark_errors_are_one_line():
    data = draft_json("-n", "1")
    for args, code, needle in (((data["notes"][0]["id"], "liked"), 2, "liked"),
                               (("abcdef", "sent"), 2, "no note"),
                               ((data["id"], "sent"), 2, "is a draft id")):
        proc = run("mark", *args)
        assert proc.returncode == code, proc.stderr
        assert needle in proc.stderr and "Traceback" not in proc.stderr


def test_stats_help_defines_the_rate():
    out = run("stats", "--help").stdout
    assert "Acceptance rate = accepted / sent" in out
    assert "sent, accepted or ignored" in out


def test_stats_with_empty_history():
    proc = run("stats")
    assert proc.returncode == 0 and "0 sent" in proc.stdout and "connote mark" in proc.stdout


# --------------------------------------------------------------------------- --copy

def _clip_command(tmp_path):
    out = tmp_path / "clip.txt"
    script = tmp_path / "clip.py"
    script.write_text(f"import sys\nopen({str(out)!r}, 'wb').write(sys.stdin.buffer.read())\n")
    return out, f"{sys.executable} {script}"


def test_copy_puts_the_best_note_on_the_clipboard(tmp_path):
    out, cmd = _clip_command(tmp_path)
    proc = run("draft", "--reason", REASON, "--model", "fake", "--json", "-n", "2", "--copy", input=PROFILE,
               env_extra={"CONNOTE_CLIPBOARD": cmd})
    assert proc.returncode == 0, proc.stderr
    notes = json.loads(proc.stdout)["notes"]
    best = max((n for n in notes if n["passed"]), key=lambda n: n["score"])
    assert out.read_text() == best["text"]
    assert "copied note" in proc.stderr


def test_copy_finds_wl_copy_on_path(tmp_path):
    out = tmp_path / "clip.txt"
    bindir = tmp_path / "bin"
    bindir.mkdir()
    tool = bindir / "wl-copy"
    tool.write_text(f"#!/bin/sh\ncat > {out}\n")
    tool.chmod(0o755)
    proc = run("draft", "--reason", REASON, "--model", "fake", "-n", "1", "--copy",
               input=PROFILE, env_extra={"WAYLAND_DISPLAY": "wayland-0",
                                         "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}"},
               drop=("CONNOTE_CLIPBOARD", "DISPLAY"))
    assert proc.returncode == 0, proc.stderr
    assert out.read_text() == proc.stdout.splitlines()[0][3:]
    assert "(wl-copy)" in proc.stderr


def test_copy_without_clipboard_says_so_and_prints_notes(tmp_path):
    proc = run("draft", "--reason", REASON, "--model", "fake", "-n", "1", "--copy", input=PROFILE,
               env_extra={"PATH": str(tmp_path)}, drop=("CONNOTE_CLIPBOARD", "DISPLAY", "WAYLAND_DISPLAY"))
    assert proc.returncode == 0
    assert proc.stdout.startswith("1. Hi Priya")
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and "no clipboard available" in lines[0]


def test_again_copy(tmp_path):
    out, cmd = _clip_command(tmp_path)
    draft_json("-n", "1", "--seed", "2")
    proc = run("again", "-n", "1", "--copy", env_extra={"CONNOTE_CLIPBOARD": cmd})
    assert proc.returncode == 0, proc.stderr
    assert out.read_text() == proc.stdout.splitlines()[0][3:]


def test_help_for_every_command():
    for cmd in (["again"], ["history"], ["history", "list"], ["history", "show"], ["history", "export"],
                ["history", "import"], ["history", "clear"], ["mark"], ["stats"]):
        proc = run(*cmd, "--help")
        assert proc.returncode == 0 and "Usage" in proc.stdout, cmd


# --------------------------------------------------------------------------- the real model

@pytest.mark.real_model
def test_again_with_smollm2_gives_new_notes(real_models):
    proc = run("draft", "--model", "smollm2", "--reason", "heard her podcast episode on data contracts", "-n", "1",
               "--seed", "5", "--json", input=PROFILE)
    assert proc.returncode in (0, 10), proc.stderr
    first = json.loads(proc.stdout)
    proc = run("again", "-n", "1", "--json")
    assert proc.returncode in (0, 10), proc.stderr
    again = json.loads(proc.stdout)
    assert again["model"] == "smollm2" and again["again_of"] == first["id"]
    assert again["request"]["seed"] == 5 + 1000
    assert not set(texts(again)) & set(texts(first))
    stored = sorted(n.text for r in history.export_records() for n in r.draft.notes)
    assert stored == sorted(texts(first) + texts(again))


def test_import_of_a_csv_export_says_import_reads_jsonl(tmp_path):
    draft_json("-n", "1")
    exported = tmp_path / "notes.csv"
    assert run("history", "export", "--format", "csv", "-o", str(exported)).returncode == 0
    run("history", "clear", "--yes")
    proc = run("history", "import", str(exported))
    assert proc.returncode == 2 and proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and "Invalid JSON" not in lines[0]
    assert f"{exported} is a CSV export" in lines[0]
    assert "history export --format jsonl" in lines[0]
    other = tmp_path / "notes.txt"
    other.write_text("Priya Raman, sent\n")
    proc = run("history", "import", str(other))
    assert proc.returncode == 2 and "is not JSON lines" in proc.stderr and "--format jsonl" in proc.stderr
    assert run("history").stdout == ""  # nothing imported


def test_stats_lists_length_buckets_by_length(cli):
    """Buckets come shortest first, in text and in --json — not in name order ("100-149, 150-199, <100")."""
    from connote.schema import Draft, DraftRequest, Note, Profile

    texts = ["Hi Priya, " + "word " * n for n in (22, 32, 8, 42)]  # 120, 170, 50 and 220 characters
    notes = [Note(id=f"{i:012x}", text=t, chars=len(t), limit=300, passed=True) for i, t in enumerate(texts, 1)]
    history.record_draft(Draft(id="d" * 12, model="fake", template="generic", occasion="generic", language="en",
                               notes=notes, profile=Profile(name="Priya Raman"),
                               request=DraftRequest(profile_text="Priya Raman", reason="read your post")))
    for note in notes:
        history.mark(note.id, "sent")
    order = ["<100", "100-149", "150-199", "200-249"]
    code, out, _ = cli("stats", "--json")
    assert code == 0 and list(json.loads(out)["by"]["length"]) == order
    code, out, _ = cli("stats")
    section = out[out.index("by length:"):].splitlines()[1:]
    assert [line.split()[0] for line in section] == order
