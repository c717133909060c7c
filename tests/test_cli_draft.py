"""`connote draft` end to end through the CLI, on the fake backend (fast) — the real model has its own tests."""

from __future__ import annotations

import json
import re
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


def test_shell_completion_is_on_and_help_stays_fast_and_light():
    import os
    import time

    out = run("--help").stdout
    assert "--install-completion" in out and "--show-completion" in out
    env = {"_CONNOTE_COMPLETE": "complete_bash", "COMP_WORDS": "connote draft --occ", "COMP_CWORD": "2"}
    proc = run(env_extra=env)
    assert proc.returncode == 0 and proc.stdout.split() == ["--occasion"], proc.stderr
    # `connote --help` loads neither llama.cpp nor numpy nor pydantic's models, and answers within 0.3 s
    code = ("import sys\nfrom connote import cli\n"
            "try:\n    cli.app(['--help'], prog_name='connote', standalone_mode=False)\nexcept SystemExit:\n    pass\n"
            "print('LOADED=' + ','.join(m for m in ('llama_cpp', 'numpy', 'pydantic', 'connote.schema') "
            "if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert loaded.returncode == 0 and loaded.stdout.splitlines()[-1] == "LOADED=", loaded.stdout + loaded.stderr
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "connote.cli", "--help"], capture_output=True, env=dict(os.environ),
                       timeout=60, check=True)
        times.append(time.perf_counter() - t0)
    assert min(times) < 0.3, times


# --------------------------------------------------------------------------- -o/--output (and --occasion)

def test_output_file_gets_exactly_what_stdout_would_owner_only(tmp_path):
    """`-o` is the output file (not --occasion): the notes that would go to stdout, in a 0600 file."""
    import os
    import stat

    f = tmp_path / "priya.txt"
    f.write_text(PROFILE)
    args = ("draft", "-f", str(f), "--reason", "heard her podcast episode on data contracts", "--model", "fake",
            "-n", "2", "--seed", "7", "--no-history")
    shown = run(*args)
    assert shown.returncode == 0, shown.stderr
    notes = tmp_path / "notes.txt"
    notes.write_text("old notes\n")
    os.chmod(notes, 0o644)
    written = subprocess.run([sys.executable, "-m", "connote.cli", *args, "-o", str(notes)], capture_output=True,
                             text=True, timeout=120, preexec_fn=lambda: os.umask(0))
    assert written.returncode == 0, written.stderr
    assert written.stdout == ""
    same = lambda text: re.sub(r"id [0-9a-f]{12}", "id ID", text)  # noqa: E731 - note ids are per run
    assert same(notes.read_text()) == same(shown.stdout) and shown.stdout.startswith("1. Hi Priya")
    assert stat.S_IMODE(notes.stat().st_mode) == 0o600  # even over a 0644 file, even with umask 000
    assert written.stderr.strip() == f"connote: wrote {notes}"
    data = tmp_path / "notes.json"
    proc = run(*args, "--json", "--output", str(data))
    assert proc.returncode == 0 and proc.stdout == ""
    assert [n["text"] for n in json.loads(data.read_text())["notes"]] == \
        [n["text"] for n in json.loads(run(*args, "--json").stdout)["notes"]]
    assert run(*args, "--occasion", "content", "-o", str(notes)).returncode == 0
    # exit 10 (no note passed) still writes what stdout would show: the flagged attempts
    proc = run("draft", "-f", str(f), "--reason", "saw your profile and want to pick your brain", "--model", "fake",
               "-n", "2", "--no-history", "-o", str(notes))
    assert proc.returncode == 10 and proc.stdout == ""
    assert notes.read_text().count("[check failed: ") == 2
    assert proc.stderr.splitlines()[-1] == f"connote: wrote {notes}"


def test_output_file_refusals_leave_files_as_they_were(tmp_path):
    f = tmp_path / "priya.txt"
    f.write_text(PROFILE)
    notes = tmp_path / "notes.txt"
    notes.write_text("old notes\n")
    base = ("draft", "-f", str(f), "--reason", "heard her podcast", "--no-history")
    proc = run(*base, "--model", "fake", "-o", str(f))
    assert proc.returncode == 2 and "is the profile file itself" in proc.stderr and proc.stdout == ""
    assert f.read_text() == PROFILE
    proc = run(*base, "--model", str(tmp_path / "missing.gguf"), "-o", str(notes))  # fails after the check
    assert proc.returncode == 5 and notes.read_text() == "old notes\n" and proc.stdout == ""
    proc = run(*base, "--model", "fake", "-o", str(tmp_path / "no-such-folder" / "notes.txt"))
    assert proc.returncode == 2 and "does not exist" in proc.stderr
    proc = run(*base, "--model", "fake", "-o", str(tmp_path))
    assert proc.returncode == 2 and "is a folder" in proc.stderr


def test_an_occasion_given_to_o_is_written_as_a_file_with_a_warning(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "connote.cli", "draft", "--reason", "heard her podcast", "--model",
                           "fake", "-n", "1", "--no-history", "-o", "event"], input=PROFILE, capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout == "", proc.stderr
    assert "writing the notes to a file named 'event'; for the occasion, use --occasion event" in proc.stderr
    assert (tmp_path / "event").read_text().startswith("1. Hi Priya")


def test_again_writes_its_notes_to_the_output_file(tmp_path):
    first = run("draft", "--reason", "heard her podcast", "--model", "fake", "-n", "1", "--seed", "3", input=PROFILE)
    assert first.returncode == 0, first.stderr
    out = tmp_path / "again.txt"
    proc = run("again", "-n", "1", "-o", str(out))
    assert proc.returncode == 0 and proc.stdout == "", proc.stderr
    assert out.read_text().startswith(("1. Hi Priya", "1. Hello Priya")) and "/300 chars · id " in out.read_text()
