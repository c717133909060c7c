"""The Backend interface: chat (the GGUF's chat template) and raw completion, fake and llama.cpp."""

from __future__ import annotations

import pytest

from connote.backends.base import Backend, Completion
from connote.backends.fake import FakeBackend
from connote.errors import GenerationError, InputError, ModelError
from connote.registry import SMOLLM2

MESSAGES = [
    {"role": "system", "content": "You are a helpful assistant. Answer in one word."},
    {"role": "user", "content": "What is the capital of France?"},
]


def test_fake_chat_sees_the_messages_and_is_deterministic():
    fake = FakeBackend()
    msgs = [{"role": "user", "content": "Reason: heard her talk on data contracts"}]
    a = fake.chat(msgs, max_tokens=50, temperature=0.7, seed=4, stop=[])
    b = fake.chat(msgs, max_tokens=50, temperature=0.7, seed=4, stop=[])
    assert a == b and isinstance(a, Completion) and a.seed == 4
    assert "heard your talk on data contracts" in a.text
    assert fake.chats == [msgs, msgs]
    assert fake.calls[0][0] == "[user]\nReason: heard her talk on data contracts\n[assistant]\n"


def test_fake_chat_script_and_stop():
    fake = FakeBackend(script=["Hi Priya, great talk.\nSecond line"])
    out = fake.chat(MESSAGES, max_tokens=20, temperature=0.0, seed=1, stop=["\n"])
    assert out.text == "Hi Priya, great talk."


@pytest.mark.parametrize("messages", [
    [],
    [{"role": "robot", "content": "hi"}],
    [{"role": "user"}],
    [{"role": "user", "content": "hi", "name": "x"}],
    [{"role": "user", "content": 3}],
])
def test_bad_chat_messages_are_refused(messages):
    with pytest.raises(InputError):
        FakeBackend().chat(messages, max_tokens=5, temperature=0.0, seed=1, stop=[])


def test_a_backend_without_chat_says_so():
    class CompletionOnly(Backend):
        name = "completion-only"

        def complete(self, prompt, *, max_tokens, temperature, seed, stop):
            return Completion(text="x", seed=seed)

    with pytest.raises(ModelError, match="completion-only backend cannot chat"):
        CompletionOnly().chat(MESSAGES, max_tokens=5, temperature=0.0, seed=1, stop=[])


# --------------------------------------------------------------------------- real model (SmolLM2: small, fast)

@pytest.fixture
def smol(real_models):
    from connote.backends.llama import LlamaBackend

    backend = LlamaBackend(real_models / SMOLLM2.filename, n_ctx=512)
    yield backend
    backend.close()


@pytest.mark.real_model
def test_real_chat_uses_the_gguf_chat_template(smol):
    assert smol.chat_template and "<|im_start|>" in smol.chat_template
    assert smol.llm.chat_format == "chat_template.default"  # llama-cpp-python's formatter for the GGUF's own
    out = smol.chat(MESSAGES, max_tokens=12, temperature=0.0, seed=1, stop=[])
    assert "Paris" in out.text
    assert "<|im_start|>" not in out.text and "<|im_end|>" not in out.text
    assert 0 < out.tokens <= 12
    again = smol.chat(MESSAGES, max_tokens=12, temperature=0.8, seed=7, stop=[])
    assert smol.chat(MESSAGES, max_tokens=12, temperature=0.8, seed=7, stop=[]).text == again.text


@pytest.mark.real_model
def test_real_raw_completion(smol):
    out = smol.complete("The capital of France is", max_tokens=6, temperature=0.0, seed=1, stop=["\n"])
    assert "Paris" in out.text and "\n" not in out.text


@pytest.mark.real_model
def test_real_chat_refuses_a_gguf_without_chat_template(smol):
    smol.llm.metadata.pop("tokenizer.chat_template")  # as llama.cpp reads a GGUF that has none
    with pytest.raises(ModelError, match="has no chat template"):
        smol.chat(MESSAGES, max_tokens=4, temperature=0.0, seed=1, stop=[])
    # raw completion still works for such a model
    assert smol.complete("Hello", max_tokens=2, temperature=0.0, seed=1, stop=[]).tokens > 0


@pytest.mark.real_model
def test_real_chat_too_long_for_the_context(smol):
    long = [{"role": "user", "content": "data contracts " * 400}]
    with pytest.raises(GenerationError, match="does not fit"):
        smol.chat(long, max_tokens=8, temperature=0.0, seed=1, stop=[])
