"""The Backend interface: chat (the GGUF's chat template) and raw completion, fake and llama.cpp."""

from __future__ import annotations

import pytest

from connote.backends.base import Backend, Completion
from connote.backends.fake import FakeBackend
from connote.errors import GenerationError, InputError, ModelError
from connote.models.catalog import SMOLLM2

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


# --------------------------------------------------------------------------- candidates decoded together

@pytest.mark.real_model
def test_real_candidates_decoded_together_share_one_prefix_evaluation(real_models):
    """complete_many: each prompt answered once, stop strings honoured, deterministic per seed; the shared
    prefix is evaluated once, and sequence 0 is left clean (a plain completion afterwards is the same as
    on a freshly loaded model)."""
    from connote.backends.llama import LlamaBackend

    prefix = "Q: Name a colour.\nA: Red\nQ: Name a fruit.\nA: Apple\nQ: Name an animal.\nA:"
    prompts = [prefix + start for start in (" The", " A", " Big", " Small")]
    kwargs = dict(max_tokens=12, temperature=0.8, stop=["\n"])
    with LlamaBackend(real_models / SMOLLM2.filename, n_ctx=512) as backend:
        backend.prepare(prefix)
        first = list(backend.complete_many(prompts, seeds=[1, 2, 3, 4], **kwargs))
        assert backend.prompt_evals == 1
        assert sorted(i for i, _ in first) == [0, 1, 2, 3]
        assert all("\n" not in c.text and 0 < c.tokens <= 12 for _, c in first)
        assert [c.seed for _, c in sorted(first)] == [1, 2, 3, 4]
        again = list(backend.complete_many(prompts, seeds=[1, 2, 3, 4], **kwargs))
        assert dict((i, c.text) for i, c in again) == dict((i, c.text) for i, c in first)
        after = backend.complete(prompts[0], max_tokens=8, temperature=0.0, seed=1, stop=["\n"]).text
    with LlamaBackend(real_models / SMOLLM2.filename, n_ctx=512) as fresh:
        assert fresh.complete(prompts[0], max_tokens=8, temperature=0.0, seed=1, stop=["\n"]).text == after


# --------------------------------------------------------------------------- likelihoods (llama_score.py)

@pytest.mark.real_model
def test_real_likelihoods_are_log_probabilities_the_prefix_tree_does_not_change(real_models):
    """A continuation's score is the sum of its tokens' log-probabilities: scored whole it equals its first word
    plus its second after the first; scored alone or among requests sharing its prefix, the same; after scoring, a
    completion is what a fresh model writes."""
    from connote.backends.llama import LlamaBackend
    from connote.backends.llama_score import SCORE_SEQS

    context = "A LinkedIn connection request note:\nHi Dana, we are switching from"
    requests = [(context, " Epic next"), (context, " epic next"), (context, " EPIC next"), (context, " Epic"),
                (context + " Epic", " next")]
    prompt = "Q: Name a colour.\nA:"
    with LlamaBackend(real_models / SMOLLM2.filename, n_ctx=1024, sequences=SCORE_SEQS) as backend:
        before = backend.complete(prompt, max_tokens=6, temperature=0.0, seed=1, stop=["\n"]).text
        together = backend.likelihoods(requests)
        alone = [backend.likelihoods([r])[0] for r in requests]
        assert together == pytest.approx(alone, abs=1e-3)
        assert all(score < 0 for score in together)
        assert together[0] == pytest.approx(together[3] + together[4], abs=1e-3)
        assert len(backend.likelihoods(requests * 7)) == 35  # more than one decode's worth of sequences
        assert backend.likelihoods([(context, " x" * 400)]) is None  # longer than a note: not scored
        assert backend.complete(prompt, max_tokens=6, temperature=0.0, seed=1, stop=["\n"]).text == before


@pytest.mark.real_model
def test_real_scorer_capitalises_acronyms_the_user_typed_in_lower_case(real_models):
    from connote.backends.base import OnFirstUse
    from connote.backends.table import open_scorer
    from connote.drafting.capitals import capitalised

    backend = OnFirstUse(FakeBackend, "fake", scorer=open_scorer(None))
    cases = [
        ("Hi Sam, I'm a fellow ubc alum working in data engineering. Glad to connect.",
         "fellow ubc alum, data engineering", "UBC alum"),
        ("Hi Liv, I'm applying to the mba program this fall and would value your view.",
         "applying to the mba program this fall", "the MBA program"),
    ]
    for note, reason, name in cases:
        out = capitalised(note, reason, "en", backend)
        assert name in out, out
        assert out.lower() == note.lower()
    plain = "Hi Jo, I'm a nurse on 4 west, a busy surgical ward, and enjoyed your post on night shifts."
    assert capitalised(plain, "i'm a nurse on 4 west, a busy surgical ward, liked her post on night shifts", "en",
                       backend) == plain
    backend.close()


def test_sampling_follows_temperature_top_k_top_p_min_p_and_penalty():
    import numpy as np

    from connote.backends.llama_batch import Sampling, sample

    logits = np.array([5.0, 4.9, 1.0, 0.5, -3.0], dtype=np.float32)
    rng = np.random.default_rng(0)
    assert sample(logits, [], rng, Sampling(temperature=0.0)) == 0  # greedy
    assert sample(logits, [0], rng, Sampling(temperature=0.0, repeat_penalty=1.5)) == 1  # 5/1.5 < 4.9
    draws = {sample(logits, [], rng, Sampling(temperature=1.0)) for _ in range(300)}
    assert draws == {0, 1}  # min-p drops tokens far below the best, top-p the long tail
    assert {sample(logits, [], rng, Sampling(temperature=1.0, top_k=1)) for _ in range(50)} == {0}
    wide = Sampling(temperature=1.0, top_p=1.0, min_p=0.0)
    assert {sample(logits, [], rng, wide) for _ in range(2000)} >= {0, 1, 2, 3}
    before = logits.copy()

    def draws_with_seed(seed):
        gen = np.random.default_rng(seed)
        return [sample(logits, [2], gen, Sampling(temperature=0.9)) for _ in range(40)]

    assert draws_with_seed(7) == draws_with_seed(7) and len(set(draws_with_seed(7))) == 2  # seeded, yet varied
    assert (logits == before).all()  # not modified


def test_candidate_waves_start_with_one_then_batch_what_is_needed():
    from connote.backends.llama_batch import MAX_PARALLEL
    from connote.drafting.schedule import wave

    assert wave(0, 3, 6) == 1  # the first note alone: it reaches the screen soonest
    assert wave(1, 2, 5) == 3  # two still needed, plus a spare
    assert wave(1, 1, 5) == 1
    assert wave(1, 9, 19) == MAX_PARALLEL
    assert wave(4, 3, 2) == 2  # never past the candidate budget
