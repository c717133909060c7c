"""Privacy: no network access, private files, ``--no-history`` leaves no trace, errors never echo the paste."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hardening import run_cli, run_main

from connote import paths
from connote.config import load_config
from connote.drafting import draft
from connote.backends.table import open_model
from connote.schema import DraftRequest

SECRET = "Zanzibar-Quokka-7731"
PROFILE = (f"Priya Raman\n · 2nd\nData Engineering Lead at Fluxo\nBerlin, Germany\nAbout\n"
           f"I build data platforms and host a podcast. My door code is {SECRET}.\n")
REASON = "heard her podcast episode on data contracts"

# --------------------------------------------------------------------------- no network

NETWORK_EVENTS = ("socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname",
                  "socket.gethostbyaddr", "socket.getnameinfo", "socket.sendto", "socket.sendmsg",
                  "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect")
PROCESS_EVENTS = ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork")

_blocking = False
_attempts: list[str] = []


def _audit(event: str, args) -> None:
    if not _blocking:
        return
    if event in NETWORK_EVENTS or event.startswith(PROCESS_EVENTS):
        _attempts.append(event)
        if event in NETWORK_EVENTS:
            raise PermissionError(f"network blocked by the test's audit hook ({event})")


_hook_installed = False


@pytest.fixture
def no_network():
    """Audit-hook the interpreter: any socket use (or child process) while the test runs is recorded and
    socket use fails. Yields the list of attempts; the test asserts it is empty."""
    global _blocking, _hook_installed
    if not _hook_installed:
        sys.addaudithook(_audit)  # cannot be removed; inactive unless _blocking
        _hook_installed = True
    _attempts.clear()
    _blocking = True
    try:
        yield _attempts
    finally:
        _blocking = False


def test_the_audit_hook_really_blocks_sockets(no_network):
    import socket

    with pytest.raises(PermissionError):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(PermissionError):
        socket.socket()
    assert no_network == ["socket.getaddrinfo", "socket.__new__"]
    no_network.clear()


@pytest.mark.real_model
def test_full_draft_with_the_real_model_makes_no_network_attempt(real_models, no_network):
    """Library path: load SmolLM2 and draft a full set of notes with sockets blocked."""
    opened = open_model("smollm2", load_config())
    with opened.backend:
        result = draft(DraftRequest(profile_text=PROFILE, reason=REASON, count=2, seed=4), opened.backend)
    assert len(result.notes) == 2 and result.candidates >= 1  # the second may be built from the first
    assert no_network == []


@pytest.mark.real_model
def test_cli_draft_with_the_real_model_makes_no_network_attempt(real_models, no_network):
    """CLI path, in-process: ``connote draft`` with SmolLM2, history and config, sockets blocked."""
    run = run_main(["draft", "--model", "smollm2", "--reason", REASON, "-n", "2", "--seed", "4", "--json"],
                   stdin=PROFILE.encode())
    assert run.rc in (0, 10), run.err
    assert json.loads(run.out)["notes"]
    assert paths.history_db().exists()
    assert no_network == []


FRESH_INTERPRETER = textwrap.dedent("""
    import os, sys
    attempts = []
    def audit(event, args):
        if event.startswith(("socket.", "urllib.", "http.client.", "ftplib.", "smtplib.")):
            attempts.append(event)
            raise PermissionError("network blocked: " + event)
    sys.addaudithook(audit)          # before connote, typer, pydantic or llama_cpp is imported
    sys.argv = ["connote"] + sys.argv[1:]
    try:
        from connote.cli import main
        main()
    finally:
        with open(os.environ["AUDIT_OUT"], "w") as fh:
            fh.write("\\n".join(attempts))
""")


@pytest.mark.real_model
def test_fresh_connote_process_imports_and_drafts_without_network(real_models, tmp_path):
    """A new interpreter with the audit hook installed before any import: imports, model load, draft."""
    script = tmp_path / "audited.py"
    script.write_text(FRESH_INTERPRETER)
    out = tmp_path / "attempts.txt"
    proc = subprocess.run([sys.executable, str(script), "draft", "--model", "smollm2", "--reason", REASON,
                           "-n", "1", "--seed", "2"], input=PROFILE, capture_output=True, text=True,
                          env=dict(os.environ, AUDIT_OUT=str(out), CONNOTE_NO_PROGRESS="1"), timeout=600)
    assert proc.returncode in (0, 10), proc.stderr
    assert out.exists() and out.read_text() == ""


def _strace_works() -> bool:
    if not shutil.which("strace"):
        return False
    probe = subprocess.run(["strace", "-f", "-qq", "-e", "trace=%network", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.real_model
@pytest.mark.skipif(not _strace_works(), reason="strace is not installed or ptrace is not allowed here")
def test_no_network_system_call_at_all(real_models, tmp_path):
    """Below Python too: strace records every network system call of connote and llama.cpp (none allowed)."""
    log = tmp_path / "strace.log"
    cmd = ["strace", "-f", "-qq", "-e", "trace=%network", "-o", str(log), sys.executable, "-m", "connote.cli",
           "draft", "--model", "smollm2", "--reason", REASON, "-n", "1", "--seed", "2"]
    proc = subprocess.run(cmd, input=PROFILE, capture_output=True, text=True, timeout=600,
                          env=dict(os.environ, CONNOTE_NO_PROGRESS="1"))
    assert proc.returncode in (0, 10), proc.stderr
    assert proc.stdout.startswith("1. ")
    assert log.read_text() == ""
    # the same strace does see a socket when there is one: the check above can fail
    subprocess.run(["strace", "-f", "-qq", "-e", "trace=%network", "-o", str(log), sys.executable, "-c",
                    "import socket; socket.socket()"], check=True)
    assert "socket(" in log.read_text()


# --------------------------------------------------------------------------- private files

def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_history_and_config_are_private_even_with_umask_0(connote_home, tmp_path):
    """0600 files in 0700 folders, whatever the umask (here 000: everything would be world-writable)."""
    def umask0():
        os.umask(0)

    env = dict(os.environ, CONNOTE_NO_PROGRESS="1")
    for args, stdin in ((["config", "set", "sender", "Sam, backend engineer at Acme"], None),
                        (["draft", "--reason", REASON, "--model", "fake", "-n", "1"], PROFILE),
                        (["history", "export", "-o", str(tmp_path / "backup.jsonl")], None)):
        proc = subprocess.run([sys.executable, "-m", "connote.cli", *args], input=stdin, capture_output=True,
                              text=True, env=env, preexec_fn=umask0, timeout=120)
        assert proc.returncode == 0, proc.stderr
    assert _mode(paths.config_dir()) == 0o700
    assert _mode(paths.config_file()) == 0o600
    assert _mode(paths.data_dir()) == 0o700
    db = paths.history_db()
    assert _mode(db) == 0o600
    for suffix in ("-wal", "-shm"):
        side = Path(f"{db}{suffix}")
        if side.exists():
            assert _mode(side) == 0o600, side
    assert _mode(tmp_path / "backup.jsonl") == 0o600
    leftovers = [p for p in connote_home.rglob("*") if p.is_file() and _mode(p) & 0o077]
    assert leftovers == []


@pytest.mark.real_model
def test_prompt_state_cache_is_private_even_with_umask_0(real_models, connote_home):
    """The prompt-state cache (cache/prompt-state/*.kv) holds the evaluated prompt: owner-only like history,
    and so is every folder connote makes on the way (cache/, data/, config/)."""
    def umask0():
        os.umask(0)

    env = dict(os.environ, CONNOTE_NO_PROGRESS="1")
    proc = subprocess.run([sys.executable, "-m", "connote.cli", "draft", "--reason", REASON, "--model", "smollm2",
                           "-n", "1", "--seed", "3"], input=PROFILE, capture_output=True, text=True, env=env,
                          preexec_fn=umask0, timeout=300)
    assert proc.returncode in (0, 10), proc.stderr
    states = list((connote_home / "cache" / "prompt-state").glob("*.kv"))
    assert states, "no prompt state was written"
    assert all(_mode(p) == 0o600 for p in states)
    folders = [connote_home, *(p for p in connote_home.rglob("*") if p.is_dir())]
    assert {str(p): _mode(p) for p in folders if _mode(p) != 0o700} == {}
    assert [p for p in connote_home.rglob("*") if p.is_file() and _mode(p) & 0o077] == []


@pytest.mark.real_model
def test_no_history_leaves_no_trace_on_disk(real_models, tmp_path):
    """``--no-history`` with the real model: nothing of the paste, the reason or the notes is written
    anywhere (home, connote's folders, the temp folder); only the prompt-state cache of the *template*
    appears, and its name does not depend on the profile."""
    def fresh_run(name: str, profile: str):
        home = tmp_path / name
        env = {"HOME": str(home / "home"), "CONNOTE_HOME": str(home / "connote"), "TMPDIR": str(home / "tmp"),
               "XDG_CONFIG_HOME": str(home / "xdg-config"), "XDG_DATA_HOME": str(home / "xdg-data"),
               "XDG_CACHE_HOME": str(home / "xdg-cache"), "XDG_STATE_HOME": str(home / "xdg-state")}
        (home / "tmp").mkdir(parents=True)
        run = run_cli("draft", "--model", "smollm2", "--no-history", "--reason", REASON, "-n", "2", "--seed",
                      "6", "--json", input=profile, env_extra=env)
        assert run.rc in (0, 10), run.err
        written = sorted(p.relative_to(home) for p in home.rglob("*") if p.is_file())
        return run, home, written

    run, home, written = fresh_run("a", PROFILE)
    notes = [n["text"] for n in json.loads(run.out)["notes"]]
    secrets = [SECRET, "Priya Raman", REASON, *notes]
    for path in written:
        data = (home / path).read_bytes()
        for s in secrets:
            for encoding in ("utf-8", "utf-16-le"):
                assert s.encode(encoding) not in data, (path, s)
    assert all(p.parts[:3] == ("connote", "cache", "prompt-state") for p in written), written
    assert not (home / "connote" / "data").exists() and not (home / "connote" / "config").exists()
    _, _, written_other = fresh_run("b", PROFILE.replace("Priya Raman", "Jonas Becker").replace(SECRET, "x"))
    assert [p.name for p in written_other] == [p.name for p in written]


def test_history_off_in_config_leaves_no_history(connote_home):
    paths.ensure_private_dir(paths.config_dir())
    paths.config_file().write_text("history = false\n")
    run = run_cli("draft", "--reason", REASON, "--model", "fake", "-n", "1", input=PROFILE)
    assert run.rc == 0, run.err
    assert not paths.data_dir().exists()


# --------------------------------------------------------------------------- errors never echo the paste

@pytest.mark.parametrize("args, code", [
    (["--reason", ""], 2),
    (["--reason", REASON, "--limit", "5"], 2),
    (["--reason", REASON * 9], 2),
    (["--reason", REASON, "--occasion", "nope"], 2),
    (["--reason", REASON, "--model", "/nonexistent/model.gguf"], 5),
    (["--reason", REASON, "--model", "no-such-model"], 5),
    (["--reason", REASON, "--format", "poem"], 2),
])
def test_errors_never_echo_the_pasted_profile(args, code):
    run = run_cli("draft", "--model", "fake", *args, input=PROFILE)
    assert run.rc == code, run.err
    assert SECRET not in run.err and "Priya" not in run.err and "Fluxo" not in run.err
    assert run.out == ""


def test_an_unexpected_exception_holding_the_paste_is_not_printed(monkeypatch):
    """The catch-all: a bug whose exception message carries profile text prints only the exception type."""
    import connote.drafting.pipeline

    def broken(text, reason):
        raise ValueError(f"could not parse {text!r}")

    monkeypatch.setattr(connote.drafting.pipeline, "profile_meant", broken)
    monkeypatch.delenv("CONNOTE_DEBUG", raising=False)
    run = run_main(["draft", "--reason", REASON, "--model", "fake"], stdin=PROFILE.encode())
    assert run.rc == 1
    assert run.err_lines == ["connote: internal error (ValueError); rerun with CONNOTE_DEBUG=1 for details"]
    assert SECRET not in run.err and "Traceback" not in run.err


def test_json_output_leaves_out_the_raw_paste():
    """``--json`` carries the parsed profile (what the notes were based on), never the raw paste."""
    run = run_cli("draft", "--reason", REASON, "--model", "fake", "-n", "1", "--json", input=PROFILE + "Show all →\n")
    assert run.rc == 0, run.err
    data = json.loads(run.out)
    assert "profile_text" not in data["request"] and "Show all" not in run.out
    assert data["profile"]["name"] == "Priya Raman"
