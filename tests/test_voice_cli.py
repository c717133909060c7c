"""Your voice from the command line: `mark --text/--text-file`, `connote voice` and `voice forget`, `--no-voice`
and `voice = false`, `history clear` and export/import, batch, a server backend, and interactive mode."""

from __future__ import annotations

import json
import os
import sys
import textwrap

import pexpect
import pytest

from connote import history, paths
from connote.history.own_notes import load_voice, voice_notes
from openai_stub import Stub

PRIYA = "Priya Raman\nData Engineering Lead at Fluxo\nBerlin, Germany\n"
OMAR = "Omar Haddad\nProduct Designer at Lumen\n"
HEY = {
    "Tobias": "Hey Tobias! Your KubeCon Paris talk on cutting cluster costs by 40% was great. Up for a quick call "
              "sometime?",
    "Imani": "Hey Imani! Your payments work at Stripe caught my eye. Up for a quick call sometime?",
}


@pytest.fixture
def files(tmp_path):
    priya, omar = tmp_path / "priya.txt", tmp_path / "omar.txt"
    priya.write_text(PRIYA)
    omar.write_text(OMAR)
    return {"priya": str(priya), "omar": str(omar), "tmp": tmp_path}


def drafted(cli, profile_file: str, reason: str, *extra: str) -> dict:
    code, out, err = cli("draft", "-f", profile_file, "-r", reason, "--model", "fake", "-n", "1", "--seed", "4",
                         "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def sent_notes(cli, files) -> list[str]:
    """Two notes the user sent in their own words ("Hey NAME! … Up for a quick call sometime?")."""
    ids = []
    for name, reason, status in (("Tobias", "his talk at kubecon paris", "accepted"),
                                 ("Imani", "her payments work at stripe", "sent")):
        path = files["tmp"] / f"{name}.txt"
        path.write_text(f"{name} Example\nEngineer\n")
        note_id = drafted(cli, str(path), reason)["notes"][0]["id"]
        code, out, err = cli("mark", note_id, status, "--text", HEY[name])
        assert code == 0 and out.strip() == f"{note_id} {status} (your text kept)", err
        ids.append(note_id)
    return ids


def state_file() -> str:
    folder = paths.cache_dir() / "prompt-state"
    paths.ensure_private_dir(folder)
    path = folder / "0123abcd.kv"
    path.write_bytes(b"state")
    return str(path)


def test_mark_with_the_text_you_sent(cli, files):
    note_id = drafted(cli, files["priya"], "heard her podcast")["notes"][0]["id"]
    text_file = files["tmp"] / "sent.txt"
    text_file.write_text("Hey Priya!\nYour data contracts episode was great.\n")
    assert cli("mark", note_id, "sent", "--text-file", str(text_file))[0] == 0
    assert history.find_note(note_id).edited_text == "Hey Priya! Your data contracts episode was great."
    assert [n.text for n in load_voice()] == ["Hey Priya! Your data contracts episode was great."]

    generated = history.find_note(note_id).note.text
    code, out, _ = cli("mark", note_id, "accepted", "--text", generated)  # back to the text connote wrote
    assert code == 0 and out.strip() == f"{note_id} accepted"
    assert history.find_note(note_id).edited_text is None and load_voice()[0].text == generated

    for args, message in ((["--text", "  "], "the text is empty"), (["--text", "x" * 301], "at most 300"),
                          (["--text", "a", "--text-file", str(text_file)], "not both"),
                          (["--text-file", str(files["tmp"] / "nope.txt")], "does not exist")):
        code, _, err = cli("mark", note_id, "sent", *args)
        assert code == 2 and message in err, err
    assert history.find_note(note_id).status == "accepted"  # a refused mark records nothing


def test_mark_text_from_stdin(cli, files, monkeypatch):
    import io

    note_id = drafted(cli, files["priya"], "heard her podcast")["notes"][0]["id"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Hey Priya! Loved the episode.\n")))
    assert cli("mark", note_id, "sent", "--text-file", "-")[0] == 0
    assert load_voice()[0].text == "Hey Priya! Loved the episode."


def test_voice_shows_what_is_used_and_why(cli, files):
    code, out, _ = cli("voice")
    assert code == 0 and "No notes to learn from yet" in out and "connote mark NOTE_ID sent" in out
    accepted, sent = sent_notes(cli, files)
    ignored = drafted(cli, files["omar"], "loved his post")["notes"][0]["id"]
    cli("mark", ignored, "ignored")
    code, out, _ = cli("voice")
    assert code == 0 and "Your voice is on" in out
    assert out.index(f"1. [{accepted}] accepted") < out.index(f"2. [{sent}] sent")
    assert "why: accepted: used before sent notes; your edit is what counts" in out
    assert "Ignored notes are never used (1)." in out
    assert 'greeting you use most: "Hey NAME!" (2 of 2)' in out
    assert 'closing you use most: "Up for a quick call sometime?" (2 of 2)' in out
    assert 'greeting: Hey NAME!; closing: "Up for a quick call sometime?"' in out
    code, out, _ = cli("voice", "--json", "--occasion", "event")
    data = json.loads(out)
    assert data["on"] is True and [n["id"] for n in data["notes"]] == [accepted, sent] and data["ignored"] == 1
    assert data["drafts"] == [{"language": "en", "occasion": "event", "examples": [accepted, sent],
                               "greeting": "Hey NAME!", "closing": "Up for a quick call sometime?"}]


def test_drafts_use_your_voice_unless_told_not_to(cli, files, model_first):
    accepted, sent = sent_notes(cli, files)
    voiced = drafted(cli, files["omar"], "loved his post on accessible forms")
    assert voiced["voice"] == [accepted, sent]
    assert voiced["notes"][0]["text"].startswith("Hey Omar!")
    assert voiced["notes"][0]["text"].endswith("Up for a quick call sometime?") and voiced["notes"][0]["passed"]
    plain = drafted(cli, files["omar"], "loved his post on accessible forms", "--no-voice")
    assert plain["voice"] == [] and plain["notes"][0]["text"].startswith("Hi Omar,")
    code, out, _ = cli("history", "show", voiced["id"])
    assert f"in your voice: learned from your notes {accepted}, {sent}" in out

    code, out, _ = cli("again", voiced["id"], "-n", "1", "--json")
    assert code == 0 and json.loads(out)["voice"] == [accepted, sent]
    code, out, _ = cli("again", voiced["id"], "-n", "1", "--json", "--no-voice")
    assert code == 0 and json.loads(out)["voice"] == []

    assert cli("config", "set", "voice", "false")[1].strip() == "voice = false"
    off = drafted(cli, files["omar"], "loved his post on accessible forms")
    assert off["voice"] == [] and off["notes"][0]["text"] == plain["notes"][0]["text"]
    assert "Your voice is off" in cli("voice")[1]


def test_a_damaged_history_drafts_without_your_voice_and_says_so(cli, files):
    path = paths.history_db()
    paths.ensure_private_dir(path.parent)
    path.write_bytes(b"this is not a database" * 100)
    code, out, err = cli("draft", "-f", files["omar"], "-r", "loved his post on accessible forms", "--model", "fake",
                         "-n", "1", "--seed", "4", "--json")
    assert code == 0 and json.loads(out)["voice"] == []
    assert "warning: your voice is not used this time" in err


def test_a_damaged_record_is_no_example_and_the_others_still_are(cli, files):
    accepted, sent = sent_notes(cli, files)
    from connote.history.database import connect

    with connect() as conn:
        conn.execute("UPDATE drafts SET data = '{not json' WHERE id = (SELECT draft_id FROM notes WHERE id = ?)",
                     (sent,))
        conn.commit()
    assert [n.note_id for n in load_voice()] == [accepted]


def test_forget_takes_a_note_out_and_its_cached_prompts_with_it(cli, files):
    accepted, sent = sent_notes(cli, files)
    cached = state_file()
    code, out, _ = cli("voice", "forget", accepted)
    assert code == 0 and f"{accepted} forgotten" in out and not os.path.exists(cached)
    assert [n.note_id for n in load_voice()] == [sent]
    assert drafted(cli, files["omar"], "loved his post")["voice"] == [sent]
    assert "Forgotten (1): " + accepted in cli("voice")[1]
    code, _, err = cli("voice", "forget", accepted)
    assert code == 0 and "already forgotten" in err
    code, _, err = cli("voice", "forget", "abcdef")
    assert code == 2 and "no note with id abcdef" in err
    code, out, _ = cli("history", "show", history.find_note(accepted).draft_id)
    assert "not used for your voice" in out


def test_a_used_note_marked_ignored_or_rewritten_takes_its_cached_prompts_with_it(cli, files):
    accepted, sent = sent_notes(cli, files)
    cached = state_file()
    assert cli("mark", accepted, "accepted")[0] == 0 and os.path.exists(cached)  # nothing changed: kept
    assert cli("mark", sent, "ignored")[0] == 0 and not os.path.exists(cached)
    cached = state_file()
    assert cli("mark", accepted, "accepted", "--text", "Hey Tobias! Great talk. Up for a quick call sometime?")[0] == 0
    assert not os.path.exists(cached)


def test_history_clear_removes_your_voice(cli, files):
    sent_notes(cli, files)
    cached = state_file()
    assert cli("history", "clear", "--yes")[0] == 0
    assert load_voice() == () and not os.path.exists(cached)
    assert drafted(cli, files["omar"], "loved his post")["voice"] == []


def test_clear_without_a_voice_keeps_the_prompt_cache(cli, files):
    drafted(cli, files["omar"], "loved his post")
    cached = state_file()
    assert cli("history", "clear", "--yes")[0] == 0 and os.path.exists(cached)


def test_export_import_round_trip_carries_your_voice(cli, files):
    accepted, sent = sent_notes(cli, files)
    third = drafted(cli, files["omar"], "loved his post")["notes"][0]["id"]
    cli("mark", third, "sent")
    cli("voice", "forget", sent)
    before = voice_notes()
    export = files["tmp"] / "h.jsonl"
    assert cli("history", "export", "-o", str(export))[0] == 0
    lines = export.read_text().splitlines()
    assert sum('"voice_forgotten"' in line for line in lines) == 1  # only where something was forgotten
    assert cli("history", "clear", "--yes")[0] == 0 and load_voice() == ()
    assert cli("history", "import", str(export))[0] == 0
    assert voice_notes() == before
    again = files["tmp"] / "h2.jsonl"
    cli("history", "export", "-o", str(again))
    assert again.read_text() == export.read_text()


def test_batch_learns_your_voice_and_no_voice_turns_it_off(cli, files):
    sent_notes(cli, files)
    people = files["tmp"] / "people.csv"
    people.write_text(f"profile_file,reason\n{files['omar']},loved his post on accessible forms\n")
    for extra, greeting in (((), "Hey Omar!"), (("--no-voice",), "Hi Omar,")):
        out = files["tmp"] / f"out{len(extra)}.jsonl"
        code, _, err = cli("batch", str(people), "-o", str(out), "--model", "fake", "-n", "1", *extra)
        assert code == 0, err
        row = json.loads(out.read_text().splitlines()[0])
        assert row["notes"][0]["text"].startswith(greeting)


def test_with_a_server_backend_your_examples_go_to_that_server(cli, files, model_first):
    sent_notes(cli, files)
    with Stub() as stub:
        for extra, sees in (((), True), (("--no-voice",), False)):
            before = len(stub.requests)
            code, _, err = cli("draft", "-f", files["omar"], "-r", "loved his post", "-n", "1", "--backend",
                               "openai", "--base-url", stub.url, "--model", "stub-model", *extra)
            assert code in (0, 10), err  # the stub's note may not pass: what it was sent is the point
            prompts = [r["body"]["prompt"] for r in stub.requests[before:] if r["path"] == "/v1/completions"]
            assert prompts and all((HEY["Tobias"] in p) is sees for p in prompts)
            assert all(p.endswith("Hey Omar!") is sees for p in prompts)


# --------------------------------------------------------------------------- interactive mode

EDITED = "Hey Priya! Your data contracts episode was the best I heard this year. Up for a quick call sometime?"


@pytest.fixture
def tty(tmp_path, connote_home):
    profile = tmp_path / "priya.txt"
    profile.write_text(PRIYA)
    clip = tmp_path / "clip.py"
    clip.write_text("import sys\nsys.stdin.buffer.read()\n")
    editor = tmp_path / "editor.py"
    editor.write_text(textwrap.dedent(f"""\
        import sys
        open(sys.argv[1], "w", encoding="utf-8").write({EDITED!r} + "\\n")
    """))
    env = dict(os.environ)
    env.update({"CONNOTE_NO_PROGRESS": "1", "CONNOTE_CLIPBOARD": f"{sys.executable} {clip}",
                "EDITOR": f"{sys.executable} {editor}", "TERM": "dumb"})
    env.pop("VISUAL", None)
    return {"profile": str(profile), "env": env}


def interactive(tty, *extra: str) -> pexpect.spawn:
    return pexpect.spawn(sys.executable, ["-m", "connote.cli", "draft", "-i", "-f", tty["profile"], "-r",
                                          "heard her podcast", "--model", "fake", "-n", "1", "--seed", "7", *extra],
                         env=tty["env"], encoding="utf-8", timeout=60, dimensions=(50, 250))


def test_interactive_edit_then_copy_teaches_the_edit_and_regenerate_keeps_your_voice(tty):
    child = interactive(tty)
    child.expect(r"1\. H(?:i|ello) Priya")
    child.send("e")
    child.expect_exact(f"1. {EDITED}")
    child.send("1")
    child.expect_exact("Copied note 1")
    child.expect(pexpect.EOF)
    assert [n.text for n in load_voice()] == [EDITED]
    # a second note in the same voice makes "Hey NAME!" a habit; `r` regenerates in it too
    from connote.backends.fake import FakeBackend
    from connote.drafting import draft
    from connote.schema import DraftRequest

    second = draft(DraftRequest(profile_text=PRIYA, reason="her talk on data mesh", count=1), FakeBackend())
    history.record_draft(second)
    history.mark(second.notes[0].id, "accepted",
                 text="Hey Priya! Great talk on data mesh. Up for a quick call sometime?")
    for extra, greeting in (((), r"1\. Hey Priya!"), (("--no-voice",), r"1\. H(?:i|ello) Priya,")):
        child = interactive(tty, *extra)
        child.expect(greeting)
        child.expect_exact("r regenerate")
        child.send("r")
        child.expect(greeting)
        child.expect_exact("r regenerate")
        child.send("q")
        child.expect(pexpect.EOF)
