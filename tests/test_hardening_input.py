"""Bad input: one clear line on stderr, a documented exit code, no traceback, nothing in history.

Every case runs the real ``connote`` process (``python -m connote.cli``) on the fake backend.
"""

from __future__ import annotations

import json

import pytest
from hardening import assert_one_line_error, history_count, run_cli

from connote import history, paths
from connote.backends.fake import FakeBackend
from connote.drafting import MAX_PROFILE_CHARS, check_input, draft
from connote.errors import NO_PASSING_NOTE_EXIT, ConfigError, InputError, TemplateError
from connote.schema import DraftRequest

SECRET = "Zanzibar-Quokka-7731"  # stands for personal data: must never show up in a message
PROFILE = f"Priya Raman\nData Engineering Lead at Fluxo\nBerlin, Germany\nAbout\nI build data platforms. {SECRET}\n"
REASON = "read her post on data contracts"
FAKE = ("--model", "fake", "-n", "1")


NUL_FILE = "{nul_file}"  # replaced by a file holding NUL bytes
BAD_INPUTS = [
    # (id, args, stdin, exit code, words in the message)
    ("empty profile", ["--profile", "", "--reason", REASON], b"", 2, "profile is empty"),
    ("whitespace-only profile", ["--profile", " \n\t  \n", "--reason", REASON], b"", 2, "profile is empty"),
    ("whitespace-only stdin", ["--reason", REASON], b"   \n\t \r\n  ", 2, "standard input was empty"),
    ("empty reason", ["--reason", ""], PROFILE.encode(), 2, "reason is empty"),
    ("whitespace-only reason", ["--reason", " \t  "], PROFILE.encode(), 2, "reason is empty"),
    ("binary stdin", ["--reason", REASON], bytes(range(256)) * 40, 2, "binary data"),
    ("invalid UTF-8 on stdin", ["--reason", REASON], PROFILE.encode() + b"\xff\xfe\xc3\x28 Lead", 2, "not UTF-8"),
    ("Latin-1 text on stdin", ["--reason", REASON], "Zoë Müller\nLeiterin Daten\n".encode("latin-1"), 2,
     "not UTF-8"),
    ("NUL bytes on stdin", ["--reason", REASON], PROFILE.encode() + b"\x00", 2, "NUL bytes"),
    ("NUL bytes in a profile file", ["--profile-file", NUL_FILE, "--reason", REASON], b"", 2, "NUL bytes"),
    ("emoji-only profile", ["--profile", "😀🎉🚀💼 🙌\n✨✨", "--reason", REASON], b"", 2, "no words"),
    ("emoji-only profile on stdin", ["--reason", REASON], "🔥🔥🔥\n💯".encode(), 2, "no words"),
    ("emoji-only reason", ["--reason", "🚀🚀 👍"], PROFILE.encode(), 2, "reason has no words"),
    ("reason longer than the note limit", ["--reason", "I loved your talk on data contracts " * 9],
     PROFILE.encode(), 2, "longer than the note may be (300)"),
    ("reason longer than a free account's limit", ["--reason", "x" * 150 + " data contracts" * 4, "--limit", "200"],
     PROFILE.encode(), 2, "(200)"),
    ("unknown --occasion", ["--reason", REASON, "--occasion", "wedding"], PROFILE.encode(), 2,
     "unknown occasion 'wedding'"),
    ("--occasion that is a path", ["--reason", REASON, "--occasion", "../../etc"], PROFILE.encode(), 2,
     "unknown occasion"),
    ("count out of range", ["--reason", REASON, "-n", "0"], PROFILE.encode(), 2, "-n/--count"),
    ("limit out of range", ["--reason", REASON, "--limit", "1000"], PROFILE.encode(), 2, "--limit"),
    ("unknown option", ["--reason", REASON, "--bogus"], PROFILE.encode(), 2, "No such option: --bogus"),
    ("count that is not a number", ["--reason", REASON, "-n", "three"], PROFILE.encode(), 2, "valid integer"),
    ("profile over 10 MB", ["--reason", REASON], b"Priya Raman\n" + b"lorem ipsum " * 900_000, 2,
     "larger than 10 MB"),
]


@pytest.mark.parametrize("args, stdin, code, needle", [c[1:] for c in BAD_INPUTS], ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_is_one_line_with_its_exit_code_and_leaves_no_history(args, stdin, code, needle, tmp_path):
    nul_file = tmp_path / "nul.txt"
    nul_file.write_bytes(PROFILE.encode() + b"\x00\x01binary")
    args = [str(nul_file) if a == NUL_FILE else a for a in args]
    run = run_cli("draft", *FAKE, *args, input=stdin)
    line = assert_one_line_error(run, code, needle)
    assert SECRET not in line
    assert not paths.history_db().exists()


def test_arguments_that_are_not_utf8_are_refused():
    for args in ([b"--profile", b"Priya Raman \xff\xfe", b"--reason", REASON.encode()],
                 [b"--profile", PROFILE.encode(), b"--reason", b"read her post \xe9"],
                 [b"--profile", PROFILE.encode(), b"--reason", REASON.encode(), b"--sender", b"Sam \xff"]):
        run = run_cli("draft", *args, *FAKE)
        assert_one_line_error(run, 2, "not valid UTF-8")
    assert not paths.history_db().exists()
    assert_one_line_error(run_cli("history", "show", b"\xff"), 2, "not valid UTF-8")


def test_bad_input_is_refused_before_any_model_is_loaded(tmp_path):
    """Input errors win over model errors: the model is not even opened for input no note can come from."""
    run = run_cli("draft", "--profile", "🚀🚀🚀", "--reason", REASON, "--model", str(tmp_path / "missing.gguf"))
    assert_one_line_error(run, 2, "no words")


def test_control_characters_are_dropped_not_echoed():
    """Terminal escapes and other control characters in the paste or reason never reach a note."""
    run = run_cli("draft", "--reason", "read her post on \x1b[31mdata contracts\x07", "--json", *FAKE,
                  input="Priya\x1b[2J Raman\nData Lead at Fluxo\x08\n")
    assert run.rc == 0, run.err
    data = json.loads(run.out)
    assert data["notes"] and data["notes"][0]["text"].startswith("Hi Priya,")
    for note in data["notes"]:
        assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in note["text"]), note["text"]
    assert "\x1b" not in run.out and "\x1b" not in run.err
    assert history.export_records()[0].draft.request.reason == "read her post on data contracts"


def test_no_passing_note_is_exit_10_with_the_notes_flagged():
    """Not an error: the notes are printed, each flagged with what is wrong, and the draft is kept."""
    run = run_cli("draft", "--reason", "saw your profile and want to pick your brain", "--model", "fake", "-n", "2",
                  input=PROFILE)
    assert run.rc == NO_PASSING_NOTE_EXIT
    assert run.out.count("[check failed: ") == 2
    assert run.err_lines[-1].startswith("connote: no note passed the checks")
    assert history_count() == 1


# --------------------------------------------------------------------------- a 1 MB profile: truncated

def test_a_1mb_profile_is_truncated_with_a_warning_and_history_keeps_only_the_used_part():
    about = "I build data platforms that people trust and talk about them on my podcast. " * 14_000
    big = f"Priya Raman\nData Engineering Lead at Fluxo\nBerlin, Germany\nAbout\n{about}"
    assert len(big.encode()) > 1_000_000
    run = run_cli("draft", "--reason", REASON, *FAKE, input=big)
    assert run.rc == 0, run.err
    assert run.out.startswith("1. Hi Priya,")
    assert run.err_lines == [f"connote: warning: profile text was longer than {MAX_PROFILE_CHARS:,} characters; "
                             "used the first part"]
    stored = history.export_records()[0].draft.request.profile_text
    assert stored == big[:MAX_PROFILE_CHARS]


def test_library_truncates_too_and_says_so():
    result = draft(DraftRequest(profile_text="Priya Raman\n" + "data " * 300_000, reason=REASON, count=1),
                   FakeBackend())
    assert len(result.request.profile_text) == MAX_PROFILE_CHARS
    assert any("longer than 20,000 characters" in w for w in result.warnings)


@pytest.mark.parametrize("request_kwargs, needle", [
    ({"profile_text": "🚀💯"}, "no words"),
    ({"profile_text": "Priya\x00Raman"}, "NUL bytes"),
    ({"reason": "🎉"}, "reason has no words"),
    ({"reason": "data contracts " * 30}, "longer than the note may be"),
    ({"sender": "Sam \udcff"}, "not valid UTF-8"),
])
def test_library_refuses_the_same_input(request_kwargs, needle):
    fields = {"profile_text": PROFILE, "reason": REASON, **request_kwargs}
    request = DraftRequest(**fields)
    with pytest.raises(InputError, match=needle.replace("(", r"\(")) as err:
        check_input(request)
    assert SECRET not in str(err.value)
    backend = FakeBackend()
    with pytest.raises(InputError):
        draft(request, backend)
    assert backend.calls == [] and backend.prepared == []  # refused before any model work


# --------------------------------------------------------------------------- broken templates and config

def _user_template(connote_home, files: dict[str, str]):
    folder = connote_home / "config" / "prompts" / "generic"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "template.toml").write_text('description = "mine"\noccasion = "generic"\n')
    for name, text in files.items():
        (folder / name).write_text(text)


@pytest.mark.parametrize("files, needle", [
    ({"template.toml": 'description = "mine\noccasion = generic\n'}, "not valid TOML"),
    ({"template.toml": 'description = "mine"\noccasion = "generic"\nmax_tokens = "lots"\n'}, "max_tokens"),
    ({"case.txt": "{{ person }}\nReason: {{ reason }}\nNote: {{ note "}, "malformed"),
    ({"case.txt": "{{ person }}\nReason: {{ reason }} {{ mood }}\nNote: {{ note }}"}, "unknown variable {{ mood }}"),
    ({"case.txt": "Reason: {{ reason }}\nNote: {{ note }}"}, "does not use {{ person }}"),
    ({"examples.jsonl": '{"profile": {"name": "Ann"}, "reason": "x", "note": "y"}\n{broken\n'}, "not valid JSON"),
])
def test_broken_template_is_one_line_exit_4(connote_home, files, needle):
    _user_template(connote_home, files)
    run = run_cli("draft", "--reason", REASON, "--occasion", "generic", *FAKE, input=PROFILE)
    line = assert_one_line_error(run, TemplateError.exit_code, needle)
    assert SECRET not in line
    assert history_count() == 0


@pytest.mark.parametrize("content, needle", [
    (b"limit = = 3\n", "not valid TOML"),
    (b"[[[\n", "not valid TOML"),
    (b"\xff\xfe\x00garbage", "not valid TOML"),
    (b"limit = 12\n", "limit"),
    (b'count = "three"\n', "count"),
    (b"colour = 'blue'\n", "colour"),
    (b"history = 'maybe'\n", "history"),
])
def test_malformed_config_is_one_line_exit_3(connote_home, content, needle):
    paths.ensure_private_dir(paths.config_dir())
    paths.config_file().write_bytes(content)
    run = run_cli("draft", "--reason", REASON, *FAKE, input=PROFILE)
    line = assert_one_line_error(run, ConfigError.exit_code, needle)
    assert str(paths.config_file()) in line  # says which file to fix
    assert history_count() == 0
