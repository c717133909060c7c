"""Ctrl-C: ``connote`` exits with code 130 and one line, ``connote: interrupted``; no traceback, no history.

The generation tests use the real models: Ctrl-C is pressed on a real terminal (a pty, so the terminal
driver sends SIGINT) while the model loads and once connote says it is writing; and SIGINT is sent from
inside llama-cpp-python's token loop (a stopping criterion, at the 3rd token of the 2nd candidate), so the
interrupt lands in the middle of generating a note.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import time

import pexpect
import pytest
from hardening import history_count

from connote import paths
from connote.errors import INTERRUPTED_EXIT

PROFILE = "Priya Raman\nData Engineering Lead at Fluxo\nBerlin, Germany\nAbout\nI build data platforms."
REASON = "heard her podcast episode on data contracts"


def spawn(*args: str) -> pexpect.spawn:
    env = {k: v for k, v in os.environ.items() if k != "CONNOTE_NO_PROGRESS"}
    return pexpect.spawn(sys.executable, ["-m", "connote.cli", *args], env=env, encoding="utf-8", timeout=300)


def screen(text: str) -> list[str]:
    """The non-empty lines a terminal shows for ``text`` (``\\r`` returns to the line start, ``ESC[K`` clears)."""
    lines = []
    for line in text.replace("^C", "").replace("\r\n", "\n").split("\n"):
        line = line.split("\r")[-1].replace("\x1b[K", "")
        if line.strip():
            lines.append(line)
    return lines


def finish(child: pexpect.spawn) -> tuple[int, list[str]]:
    """Wait for connote to exit: (exit code, the lines shown after the last ``expect``)."""
    child.expect(pexpect.EOF)
    child.close()
    assert child.signalstatus is None, "connote was killed by the signal instead of handling it"
    return child.exitstatus, screen(child.before)


@pytest.mark.real_model
def test_ctrl_c_while_writing_notes_exits_130_with_one_line(real_models):
    from hardening import run_cli

    assert run_cli("draft", "--model", "fake", "--reason", REASON, "-n", "1", input=PROFILE).rc == 0
    child = spawn("draft", "--model", "smollm2", "--profile", PROFILE, "--reason", REASON, "-n", "10")
    child.expect("Writing notes…")  # the model is loaded and the draft has started
    child.sendintr()  # Ctrl-C, as typed on the terminal
    code, lines = finish(child)
    assert code == INTERRUPTED_EXIT
    assert lines[-1] == "connote: interrupted"
    assert all(re.match(r"^(\d+\. |   \()", line) for line in lines[:-1]), lines  # at most notes already shown
    assert history_count() == 1  # only the earlier draft: the interrupted one is not half-saved


@pytest.mark.real_model
@pytest.mark.parametrize("delay", [0.0, 0.04, 0.08, 0.12, 0.2])
def test_ctrl_c_while_the_model_loads_is_not_lost(real_models, delay):
    """Loading calls back into Python thousands of times; Ctrl-C then must still stop connote right away
    (it used to be swallowed inside llama.cpp's log callback, and the draft went on). The delays put the
    Ctrl-C into the import of llama_cpp and numpy too (it once left numpy half-imported, and connote was
    then killed by the signal on the way out, in about 1 of 25 runs)."""
    child = spawn("draft", "--model", "default", "--profile", PROFILE, "--reason", REASON, "-n", "10")
    child.expect("Loading model…")
    time.sleep(delay)
    child.sendintr()
    code, lines = finish(child)
    assert code == INTERRUPTED_EXIT
    assert lines == ["connote: interrupted"]
    assert not paths.history_db().exists()


INTERRUPT_MID_TOKEN = textwrap.dedent("""
    import os, signal, sys
    import llama_cpp
    from llama_cpp import StoppingCriteriaList
    from connote.backends import llama

    def interrupt(where):
        with open(os.environ["MARK"], "w") as fh:
            fh.write(where)
        os.kill(os.getpid(), signal.SIGINT)

    if os.environ["WAVE"] == "single":  # the first candidate, decoded alone through create_completion
        original = llama.LlamaBackend.complete

        def complete(self, prompt, **kw):
            create = self.llm.create_completion
            tokens = []

            def interrupt_at_third_token(input_ids, logits):  # called by llama-cpp-python after each token
                tokens.append(1)
                if len(tokens) == 3:
                    interrupt("SIGINT at token 3 of candidate 1")
                return False

            self.llm.create_completion = lambda *a, **k: create(
                *a, stopping_criteria=StoppingCriteriaList([interrupt_at_third_token]), **k)
            return original(self, prompt, **kw)

        llama.LlamaBackend.complete = complete
    else:  # the next candidates, decoded together as one batch of sequences (backends/llama_batch.py)
        together, decode, steps = llama.decode_together, llama_cpp.llama_decode, []

        def counting_decode(ctx, batch):
            steps.append(1)
            if len(steps) == 3:
                interrupt(f"SIGINT at step 3 of a wave of {len(waves[-1])}")
            return decode(ctx, batch)

        waves = []

        def decode_together(llm, prompts, **kw):
            waves.append(prompts)
            llama_cpp.llama_decode = counting_decode
            try:
                yield from together(llm, prompts, **kw)
            finally:
                llama_cpp.llama_decode = decode

        llama.decode_together = decode_together
    sys.argv = ["connote", *sys.argv[1:]]
    from connote.cli import main
    main()
""")


@pytest.mark.real_model
@pytest.mark.parametrize(("wave", "mark_text"), [("single", r"SIGINT at token 3 of candidate 1"),
                                                  ("batched", r"SIGINT at step 3 of a wave of [3-6]")])
def test_sigint_in_the_middle_of_a_token_exits_130_with_one_line(real_models, tmp_path, wave, mark_text):
    script = tmp_path / "interrupt.py"
    script.write_text(INTERRUPT_MID_TOKEN)
    mark = tmp_path / "mark.txt"
    count = "3" if wave == "single" else "8"  # 3 notes can all be built from the first: 8 need a batched wave
    proc = subprocess.run([sys.executable, str(script), "draft", "--model", "smollm2", "--reason", REASON,
                           "-n", count, "--seed", "1"], input=PROFILE, capture_output=True, text=True, timeout=600,
                          env=dict(os.environ, MARK=str(mark), WAVE=wave, CONNOTE_NO_PROGRESS="1"))
    assert re.fullmatch(mark_text, mark.read_text()), proc.stderr
    assert proc.returncode == INTERRUPTED_EXIT, proc.stderr
    assert proc.stderr == "connote: interrupted\n"
    for line in proc.stdout.splitlines():  # a note shown before Ctrl-C stays shown, whole
        assert re.match(r"^(\d+\. .+|   \(\d+/300 chars · id [0-9a-f]{12}\).*)$", line), proc.stdout
    assert not paths.history_db().exists()


INTERRUPT_IN_LOAD_CALLBACK = textwrap.dedent("""
    import ctypes, os, signal, sys
    import llama_cpp
    from connote.backends import llama

    calls = []

    @llama_cpp.llama_log_callback
    def log(level, text, user_data):  # what connote's own quiet log callback sees while a model loads
        calls.append(1)
        if len(calls) == 100:
            with open(os.environ["MARK"], "w") as fh:
                fh.write("SIGINT in log callback 100")
            os.kill(os.getpid(), signal.SIGINT)

    llama_cpp.llama_log_set(log, ctypes.c_void_p(0))
    llama._QUIET_INSTALLED = True
    sys.argv = ["connote", *sys.argv[1:]]
    from connote.cli import main
    main()
""")


@pytest.mark.real_model
def test_sigint_inside_llama_cpp_callbacks_while_loading_is_not_lost(real_models, tmp_path):
    """SIGINT that arrives while llama.cpp is inside a Python callback (ctypes swallows exceptions there)."""
    script = tmp_path / "interrupt_load.py"
    script.write_text(INTERRUPT_IN_LOAD_CALLBACK)
    mark = tmp_path / "mark.txt"
    proc = subprocess.run([sys.executable, str(script), "draft", "--model", "smollm2", "--reason", REASON,
                           "-n", "1", "--seed", "1"], input=PROFILE, capture_output=True, text=True, timeout=600,
                          env=dict(os.environ, MARK=str(mark), CONNOTE_NO_PROGRESS="1"))
    assert mark.read_text() == "SIGINT in log callback 100"
    assert (proc.returncode, proc.stderr, proc.stdout) == (INTERRUPTED_EXIT, "connote: interrupted\n", "")
    assert not paths.history_db().exists()


def test_ctrl_c_at_the_reason_prompt():
    child = spawn("draft", "--model", "fake", "--profile", PROFILE)
    child.expect("Why do you want to connect: ")
    child.sendintr()
    code, lines = finish(child)
    assert code == INTERRUPTED_EXIT
    assert lines == ["connote: interrupted"]
    assert not paths.history_db().exists()


def test_ctrl_d_at_the_reason_prompt():
    child = spawn("draft", "--model", "fake", "--profile", PROFILE)
    child.expect("Why do you want to connect: ")
    child.sendeof()
    code, lines = finish(child)
    assert code == INTERRUPTED_EXIT
    assert lines == ["connote: interrupted"]
    assert not paths.history_db().exists()
