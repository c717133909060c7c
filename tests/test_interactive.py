"""Interactive mode end to end: the real `connote` process in a pseudo-terminal (pexpect), fake backend.

The keys are typed into the terminal like a user would; $EDITOR is a small script, the clipboard a command
that writes what it gets to a file (CONNOTE_CLIPBOARD), so every step is checked for real.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pexpect
import pytest

from connote import history

PROFILE = "Priya Raman\nData Engineering Lead at Fluxo\nBerlin, Germany\n"
REASON = "read your post"
MENU = "r regenerate"
FIRST_NOTE = r"1\. H(?:i|ello) Priya"  # (which greeting the fake backend's note takes depends on the prompt)
EDITED = "Hi Priya, your post on data contracts stuck with me and I would be glad to connect."


@pytest.fixture
def setup(tmp_path, connote_home):
    profile = tmp_path / "priya.txt"
    profile.write_text(PROFILE)
    clip_out = tmp_path / "clipboard.txt"
    clip = tmp_path / "clip.py"
    clip.write_text(f"import sys\nopen({str(clip_out)!r}, 'wb').write(sys.stdin.buffer.read())\n")
    editor = tmp_path / "editor.py"
    editor.write_text(textwrap.dedent(f"""\
        import sys
        path = sys.argv[1]
        before = open(path, encoding="utf-8").read()
        open({str(tmp_path / "editor-saw.txt")!r}, "w", encoding="utf-8").write(before)
        open(path, "w", encoding="utf-8").write({EDITED!r} + "\\n")
    """))
    env = dict(os.environ)
    env.update({"CONNOTE_NO_PROGRESS": "1", "CONNOTE_CLIPBOARD": f"{sys.executable} {clip}",
                "EDITOR": f"{sys.executable} {editor}", "TERM": "dumb"})
    env.pop("VISUAL", None)
    return {"profile": profile, "clip_out": clip_out, "env": env, "tmp": tmp_path}


def spawn(setup, *args: str, command: str | None = None) -> pexpect.spawn:
    if command is not None:
        child = pexpect.spawn("/bin/sh", ["-c", command], env=setup["env"], encoding="utf-8", timeout=60,
                              dimensions=(50, 250))
    else:
        child = pexpect.spawn(sys.executable, ["-m", "connote.cli", *args], env=setup["env"], encoding="utf-8",
                              timeout=60, dimensions=(50, 250))
    return child


def finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def draft_args(setup, *extra: str) -> list[str]:
    return ["draft", "-i", "--profile-file", str(setup["profile"]), "--reason", REASON, "--model", "fake",
            "-n", "1", "--seed", "7", *extra]


def test_edit_regenerate_then_copy_marks_sent(setup):
    child = spawn(setup, *draft_args(setup))
    child.expect(FIRST_NOTE)
    child.expect_exact(MENU)
    first = history.latest_draft()
    assert first is not None and len(first.draft.notes) == 1
    original = first.draft.notes[0]

    child.send("e")  # one note on screen: edits it straight away
    child.expect_exact(f"1. {EDITED}")
    child.expect_exact(f"({len(EDITED)}/300 chars")
    child.expect_exact(MENU)
    rec = history.get_draft(first.draft.id)
    assert rec.edits == {original.id: EDITED}  # history keeps the edit next to the generated text

    child.send("r")
    child.expect(FIRST_NOTE)
    child.expect_exact(MENU)
    family = history.lineage(first.draft.id)
    assert len(family) == 2 and family[1].root_id == first.draft.id
    new_note = family[1].draft.notes[0]
    assert new_note.text not in (original.text, EDITED)

    child.send("1")
    child.expect_exact("Copied note 1 to the clipboard")
    assert finish(child) == 0
    assert setup["clip_out"].read_text() == new_note.text
    assert history.find_note(new_note.id).status == "sent"
    assert history.find_note(original.id).status is None


def test_editor_gets_the_note_and_copy_uses_the_edit(setup):
    child = spawn(setup, *draft_args(setup))
    child.expect_exact(MENU)
    original = history.latest_draft().draft.notes[0]
    child.send("e")
    child.expect_exact(MENU)
    assert (setup["tmp"] / "editor-saw.txt").read_text() == original.text + "\n"
    child.send("1")
    child.expect_exact("Copied note 1")
    assert finish(child) == 0
    assert setup["clip_out"].read_text() == EDITED
    assert history.find_note(original.id).status == "sent"


def test_keys_come_from_the_terminal_when_the_profile_is_piped(setup):
    cmd = (f"cat {setup['profile']} | {sys.executable} -m connote.cli draft -i --reason '{REASON}' "
           "--model fake -n 1 --seed 7")
    child = spawn(setup, command=cmd)
    child.expect(FIRST_NOTE)
    child.expect_exact(MENU)
    child.send("1")
    child.expect_exact("Copied note 1")
    assert finish(child) == 0
    assert setup["clip_out"].read_text().startswith(("Hi Priya", "Hello Priya"))


def test_limit_and_tone_regenerate_with_the_new_settings(setup):
    child = spawn(setup, *draft_args(setup))
    child.expect_exact(MENU)
    root = history.latest_draft().draft
    child.send("l")
    child.expect_exact("Character limit")
    child.sendline("abc")
    child.expect_exact("must be a whole number")
    child.expect_exact(MENU)
    child.send("l")
    child.expect_exact("Character limit")
    child.sendline("120")
    child.expect_exact("/120 chars")
    child.expect_exact("l limit (120)")
    child.send("t")
    child.expect_exact("Tone:")
    child.send("l")
    child.expect_exact("lively")
    child.expect_exact(MENU)
    child.send("q")
    assert finish(child) == 0
    family = history.lineage(root.id)
    assert [r.draft.request.limit for r in family] == [300, 120, 120]
    assert [r.draft.request.temperature for r in family] == [0.7, 0.7, 1.0]
    assert all(n.chars <= 120 for r in family[1:] for n in r.draft.notes)
    texts = [n.text for r in family for n in r.draft.notes]
    assert len(texts) == len(set(texts))  # no note shown twice
    assert not setup["clip_out"].exists()


@pytest.mark.parametrize("answer, marked", [("n", False), ("\r", False), ("y", True)])
def test_no_clipboard_prints_the_note_and_marks_it_only_if_the_user_sent_it(setup, answer, marked):
    setup["env"].pop("CONNOTE_CLIPBOARD")
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "TERMUX_VERSION"):
        setup["env"].pop(var, None)
    child = spawn(setup, *draft_args(setup))
    child.expect_exact(MENU)
    note = history.latest_draft().draft.notes[0]
    child.send("1")
    child.expect_exact("no clipboard available")
    child.expect_exact(note.text)
    child.expect_exact("Did you send note 1? Mark it sent [y/N]")
    child.send(answer)
    child.expect_exact("Marked note" if marked else f"Not marked. Once you send it: connote mark {note.id} sent")
    assert finish(child) == 0
    assert history.find_note(note.id).status == ("sent" if marked else None)


def test_again_interactive_quits_cleanly(setup):
    out = subprocess.run([sys.executable, "-m", "connote.cli", "draft", "--profile-file", str(setup["profile"]),
                          "--reason", REASON, "--model", "fake", "-n", "1", "--seed", "7"],
                         env=setup["env"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    child = spawn(setup, "again", "-i", "-n", "1")
    child.expect(FIRST_NOTE)
    child.expect_exact(MENU)
    child.send("x")
    child.expect_exact("Press a key from the list")
    child.send("q")
    assert finish(child) == 0
    drafts = history.list_drafts()
    assert len(drafts) == 2 and drafts[0].root_id == drafts[1].id


def test_interactive_without_a_terminal_fails_before_drafting(setup):
    proc = subprocess.run([sys.executable, "-m", "connote.cli", *draft_args(setup)], env=setup["env"],
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
                          start_new_session=True)  # no controlling terminal
    assert proc.returncode == 2
    assert "needs a terminal" in proc.stderr and "Traceback" not in proc.stderr
    assert proc.stdout == ""
    assert history.latest_draft() is None


def test_interactive_and_json_refused(setup):
    proc = subprocess.run([sys.executable, "-m", "connote.cli", *draft_args(setup, "--json")], env=setup["env"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "--json" in proc.stderr


def test_interactive_and_output_file_refused(setup):
    child = spawn(setup, *draft_args(setup, "-o", str(setup["tmp"] / "notes.txt")))
    child.expect_exact("drop -o/--output")
    assert finish(child) == 2
    assert history.latest_draft() is None and not (setup["tmp"] / "notes.txt").exists()


def test_ctrl_c_interrupts_and_keeps_history(setup):
    child = spawn(setup, *draft_args(setup))
    child.expect_exact(MENU)
    child.sendintr()
    assert finish(child) == 130
    assert history.latest_draft() is not None


def test_edit_asks_which_note_when_there_are_several(setup):
    child = spawn(setup, "draft", "-i", "--profile-file", str(setup["profile"]), "--reason", REASON,
                  "--model", "fake", "-n", "2", "--seed", "7")
    child.expect_exact("2. H")
    child.expect_exact("1-2 copy")
    notes = history.latest_draft().draft.notes
    assert len(notes) == 2
    child.send("e")
    child.expect_exact("Edit which note (1-2)?")
    child.send("2")
    child.expect_exact(f"2. {EDITED}")
    child.expect_exact(MENU)
    child.send("q")
    assert finish(child) == 0
    assert history.get_draft(history.latest_draft().draft.id).edits == {notes[1].id: EDITED}
