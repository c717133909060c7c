"""The GGUF header reader: fabricated files (complete, truncated, malformed) and the real models."""

from __future__ import annotations

import json
import struct

import pytest

from connote.models import resolve as resolve_mod
from connote.models import store
from connote.errors import ModelError
from connote.models.gguf import ArraySummary, GGUFError, describe_parameters, parameter_count, read_gguf
from connote.models.catalog import QWEN, SMOLLM2

from ggufmaker import gguf_bytes, tiny_model, write
from hardening import REPO


def test_reads_metadata_and_tensor_table(tmp_path):
    path = write(tmp_path / "tiny.gguf", tiny_model(ctx=4096, file_type=3))
    info = read_gguf(path)
    assert info.version == 3
    assert info.architecture == "llama"
    assert info.name == "Tiny Test"
    assert info.context_length == 4096
    assert info.quantization == "Q4_1"
    assert info.licence == "mit"
    assert info.has_chat_template and info.chat_template == "{{ messages }}"
    assert info.metadata["tokenizer.ggml.bos_token_id"] == 1  # a key after the long array still parses
    assert [t.name for t in info.tensors] == ["token_embd.weight", "blk.0.attn_q.weight"]
    assert info.n_parameters == 64 * 4 + 64 * 2
    # F32 tensor (1024 bytes) then a Q4_0 tensor (2 rows x 2 blocks x 18 bytes) after 32-byte alignment
    assert info.expected_size == info.data_offset + 1024 + 72
    assert not info.truncated


def test_parameters_are_counted_with_and_without_embeddings(tmp_path, cli):
    """Everything in the file, and without the token embeddings and output layer; both named, with the label."""
    meta = {"general.architecture": "qwen2", "general.size_label": "1.5B", "qwen2.context_length": 512}
    path = write(tmp_path / "tied.gguf", gguf_bytes(meta, [
        ("token_embd.weight", (64, 4), 0, bytes(1024)),
        ("output.weight", (64, 4), 0, bytes(1024)),  # a tied output layer stored a second time
        ("blk.0.attn_q.weight", (64, 2), 2, b"\x11" * 72),
    ]))
    info = read_gguf(path)
    assert (info.n_parameters, info.n_parameters_without_embeddings, info.size_label) == (640, 128, "1.5B")
    assert describe_parameters(info) == "640 in the file, 128 without embeddings (size label 1.5B)"
    code, out, _ = cli("models", "info", str(path))
    assert code == 0 and "parameters:      640 in the file, 128 without embeddings (size label 1.5B)\n" in out
    code, out, _ = cli("models", "info", str(path), "--json")
    data = json.loads(out)
    assert (data["parameters"], data["parameters_without_embeddings"], data["size_label"]) == (640, 128, "1.5B")
    assert [parameter_count(n) for n in (1_777_088_000, 1_310_340_608, 134_515_008)] == \
        ["1.78 B", "1.31 B", "134.5 M"]


def test_long_arrays_are_summarised_short_ones_decoded(tmp_path):
    meta = {"general.architecture": "llama", "short": ["a", "b"], "long": [f"t{i}" for i in range(500)],
            "nums": list(range(100)), "after": "still read"}
    info = read_gguf(write(tmp_path / "m.gguf", gguf_bytes(meta, [])))
    assert info.metadata["short"] == ["a", "b"]
    assert info.metadata["long"] == ArraySummary(8, 500)
    assert info.metadata["nums"] == ArraySummary(4, 100)
    assert info.metadata["after"] == "still read"


def test_no_chat_template(tmp_path):
    info = read_gguf(write(tmp_path / "base.gguf", tiny_model(chat_template=None)))
    assert not info.has_chat_template and info.chat_template is None
    assert info.summary()["chat_template"] is False


def test_truncated_in_tensor_data_is_detected(tmp_path):
    data = tiny_model()
    info = read_gguf(write(tmp_path / "full.gguf", data))
    cut = write(tmp_path / "cut.gguf", data[: info.data_offset + 500])
    short = read_gguf(cut)
    assert short.truncated and not short.summary()["complete"]
    with pytest.raises(ModelError, match="truncated") as exc:
        store.check_gguf(cut)
    assert "download the model again" in str(exc.value)


def test_truncated_in_header_is_an_error(tmp_path):
    data = tiny_model()
    path = write(tmp_path / "head.gguf", data[:300])
    with pytest.raises(GGUFError, match="ends inside its header"):
        read_gguf(path)
    with pytest.raises(ModelError, match="damaged"):
        store.check_gguf(path)


@pytest.mark.parametrize("data, needle", [
    (b"NOPE" + b"\0" * 100, "not a GGUF"),
    (b"GG", "not a GGUF"),
    (b"GGUF" + struct.pack("<IQQ", 99, 0, 0), "unsupported GGUF version 99"),
    (b"GGUF" + struct.pack(">IQQ", 3, 0, 0), "big-endian"),
])
def test_malformed_headers(tmp_path, data, needle):
    with pytest.raises(GGUFError, match=needle):
        read_gguf(write(tmp_path / "bad.gguf", data))


def test_bad_value_type_is_reported(tmp_path):
    data = b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", 1) + b"k" + struct.pack("<I", 77)
    with pytest.raises(GGUFError, match="unknown metadata value type 77"):
        read_gguf(write(tmp_path / "bad.gguf", data + b"\0" * 64))


@pytest.mark.real_model
def test_real_gguf_metadata(real_models):
    smol = read_gguf(real_models / SMOLLM2.filename)
    assert smol.architecture == "llama"
    assert smol.context_length == SMOLLM2.context_length == 8192
    assert smol.quantization == SMOLLM2.quantization == "Q4_1"
    assert smol.has_chat_template and "<|im_start|>" in smol.chat_template
    assert smol.expected_size == smol.file_size == SMOLLM2.size
    assert 130e6 < smol.n_parameters < 140e6
    qwen = read_gguf(real_models / QWEN.filename)
    assert qwen.architecture == "qwen2"
    assert qwen.context_length == QWEN.context_length
    assert qwen.quantization == QWEN.quantization == "Q4_K_M"
    assert qwen.has_chat_template
    assert qwen.expected_size == qwen.file_size == QWEN.size
    assert isinstance(qwen.metadata["tokenizer.ggml.tokens"], ArraySummary)


@pytest.mark.real_model
def test_models_readme_states_the_parameters_models_info_shows(real_models):
    """models/README.md and `connote models info` count the same way (read from the real files' headers)."""
    readme = (REPO / "models" / "README.md").read_text(encoding="utf-8")
    for model in (QWEN, SMOLLM2):
        info = read_gguf(real_models / model.filename)
        row = next(line for line in readme.splitlines() if line.startswith("|") and f"`{model.name}`" in line)
        counts = describe_parameters(info).split(" (size label")[0]
        assert f"| {counts} |" in row, (model.name, counts)
    qwen = read_gguf(real_models / QWEN.filename)
    assert qwen.size_label == "1.5B" and round(qwen.n_parameters_without_embeddings / 1e9, 2) == 1.31  # Qwen's card


@pytest.mark.real_model
def test_real_gguf_truncated_copy_is_refused(real_models, tmp_path):
    cut = tmp_path / "smol-cut.gguf"
    with open(real_models / SMOLLM2.filename, "rb") as src, open(cut, "wb") as dst:
        dst.write(src.read(20_000_000))
    assert read_gguf(cut).truncated
    with pytest.raises(ModelError, match="truncated"):
        resolve_mod.resolve(str(cut))
