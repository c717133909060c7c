"""Model faults: a clear one-line message and exit code 5 (model) or 6 (generation), never a crash.

Each case runs ``connote draft`` as a child process, so a segfault in llama.cpp would show as a negative
exit code. Broken models are made from a fabricated GGUF (fast) or from a copy of the real SmolLM2 file
(``real_model``): truncated, damaged header, garbage weights, no chat template, a 256-token context.
"""

from __future__ import annotations

import random
import struct

import pytest
from ggufmaker import tiny_model, write
from hardening import SMOL, assert_one_line_error, history_count, run_cli

from connote.errors import GenerationError, ModelError

PROFILE = "Priya Raman\nData Engineering Lead at Fluxo\nBerlin, Germany\n"
REASON = "read her post on data contracts"


def draft_with(model: str, *extra: str):
    return run_cli("draft", "--reason", REASON, "--model", model, "-n", "1", "--seed", "1", *extra, input=PROFILE)


# --------------------------------------------------------------------------- no real model needed

@pytest.mark.parametrize("make, needle", [
    (lambda d: d / "missing.gguf", "does not exist"),
    (lambda d: d, "not a file"),
    (lambda d: write(d / "empty.gguf", b""), "not a GGUF"),
    (lambda d: write(d / "notes.gguf", b"This is a text file, not a model.\n" * 50), "not a GGUF"),
    (lambda d: write(d / "model.bin", b"PK\x03\x04" + bytes(4000)), "not a GGUF"),
    (lambda d: write(d / "cut.gguf", tiny_model()[:-500]), "truncated"),
    (lambda d: write(d / "header-cut.gguf", tiny_model()[:40]), "truncated"),
    (lambda d: write(d / "badtype.gguf", tiny_model()[:24] + struct.pack("<Q", 5) + b"bogus" + b"\xff" * 60),
     "damaged"),
    (lambda d: write(d / "x.gguf.partial", tiny_model()), "unfinished download"),
], ids=["missing", "a-directory", "empty", "text-file", "zip-file", "truncated", "header-cut", "bad-metadata-type",
        "partial-download"])
def test_broken_model_files_are_one_line_exit_5(tmp_path, make, needle):
    path = make(tmp_path)
    run = draft_with(str(path))
    assert_one_line_error(run, ModelError.exit_code, needle)
    assert history_count() == 0


def test_a_valid_header_llama_cpp_cannot_load_is_exit_5_not_a_crash(tmp_path, model_first):
    """The fabricated GGUF has a complete header but no real weights: llama.cpp refuses it."""
    path = write(tmp_path / "tiny.gguf", tiny_model())
    run = draft_with(str(path))
    assert_one_line_error(run, ModelError.exit_code, "could not load")
    assert "llama_model_load" not in run.err and "ggml" not in run.err  # llama.cpp's own log stays quiet


def test_registry_model_not_installed_says_how_to_install(tmp_path):
    run = run_cli("draft", "--reason", REASON, "--model", "smollm2", input=PROFILE,
                  env_extra={"CONNOTE_MODELS_DIR": str(tmp_path / "empty-store")})
    assert_one_line_error(run, ModelError.exit_code, "connote models install smollm2")


def test_no_model_installed_at_all(tmp_path):
    run = run_cli("draft", "--reason", REASON, input=PROFILE,
                  env_extra={"CONNOTE_MODELS_DIR": str(tmp_path / "empty-store")})
    assert_one_line_error(run, ModelError.exit_code, "no model is installed")


# --------------------------------------------------------------------------- copies of the real SmolLM2

@pytest.fixture(scope="module")
def broken_smol(tmp_path_factory):
    """Damaged copies of SmolLM2 (each the same size as the original, except the truncated one)."""
    import os

    from conftest import REAL_MODELS_DIR

    if os.environ.get("CONNOTE_SKIP_REAL"):
        pytest.skip("CONNOTE_SKIP_REAL is set")
    source = REAL_MODELS_DIR / SMOL
    if not source.exists():
        pytest.fail(f"real model {source} is not installed; run the README's install command")
    data = source.read_bytes()
    folder = tmp_path_factory.mktemp("broken-models")
    out = {}

    def key_offset(key: bytes) -> int:
        at = data.find(key)
        assert at > 0 and data.find(key, at + 1) == -1, key
        return at + len(key)

    out["truncated"] = write(folder / "truncated.gguf", data[: len(data) // 2])
    header = bytearray(data)
    header[600:700] = random.Random(1).randbytes(100)  # inside the metadata
    out["bad-header"] = write(folder / "bad-header.gguf", bytes(header))
    weights = bytearray(data)
    rng = random.Random(2)
    for at in range(3_000_000, len(weights), 4096):  # scribble over the tensor data
        weights[at:at + 64] = rng.randbytes(64)
    out["garbage-weights"] = write(folder / "garbage-weights.gguf", bytes(weights))
    no_chat = bytearray(data)
    at = key_offset(b"tokenizer.chat_template") - 1
    no_chat[at] = ord("X")  # the key is renamed: llama.cpp sees no chat template
    out["no-chat-template"] = write(folder / "no-chat-template.gguf", bytes(no_chat))
    small = bytearray(data)
    at = key_offset(b"llama.context_length")
    assert struct.unpack_from("<II", small, at) == (4, 8192)  # uint32 value 8192
    struct.pack_into("<I", small, at + 4, 256)
    out["ctx-256"] = write(folder / "ctx-256.gguf", bytes(small))
    yield out
    for path in out.values():
        path.unlink()


@pytest.mark.real_model
def test_truncated_real_model(broken_smol):
    assert_one_line_error(draft_with(str(broken_smol["truncated"])), ModelError.exit_code, "is truncated")


@pytest.mark.real_model
def test_damaged_header_real_model(broken_smol):
    assert_one_line_error(draft_with(str(broken_smol["bad-header"])), ModelError.exit_code, "is damaged")


@pytest.mark.real_model
def test_garbage_weights_do_not_crash(broken_smol):
    """Corrupt tensor data passes every header check: llama.cpp must still not crash, and whatever it writes
    goes through the checks (a flagged note and exit 10, or a passing note)."""
    run = draft_with(str(broken_smol["garbage-weights"]), "--json")
    assert run.rc in (0, 10), (run.rc, run.err)
    assert "Traceback" not in run.err
    import json

    data = json.loads(run.out)
    assert data["notes"] or run.rc == 10
    for note in data["notes"]:
        assert note["chars"] <= 300
        assert note["passed"] == (not note["failed"])


@pytest.mark.real_model
def test_gguf_without_chat_template_refuses_the_chat_format(broken_smol):
    run = draft_with(str(broken_smol["no-chat-template"]), "--format", "chat")
    assert_one_line_error(run, ModelError.exit_code, "has no chat template")
    assert history_count() == 0
    # the completion format needs no chat template: the same file still drafts
    run = draft_with(str(broken_smol["no-chat-template"]))
    assert run.rc in (0, 10), run.err


@pytest.mark.real_model
@pytest.mark.parametrize("fmt", ["completion", "chat"])
def test_context_too_small_for_the_prompt_is_exit_6(broken_smol, fmt):
    run = draft_with(str(broken_smol["ctx-256"]), "--format", fmt)
    line = assert_one_line_error(run, GenerationError.exit_code, "does not fit the model's context (256 tokens)")
    assert "Priya" not in line
    assert history_count() == 0
