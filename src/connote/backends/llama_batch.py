"""Several completions of prompts that share a prefix, decoded together as one batch of llama.cpp sequences.

On a small CPU, one decode step for k sequences costs far less than k steps (measured on 2 cores:
Qwen2.5 1.5B gives 1.5x the tokens/s at k=4, 1.7x at k=6; SmolLM2 2x at k=8; see bench/results/perf.md).
The shared prefix (instructions, examples, the case) is evaluated once in sequence 0; each candidate gets a
copy of those cells (``llama_memory_seq_cp``, no recomputation) and its own tokens after them. Sequence 0 is
left holding the prefix, so the next call (or the next process, through the prompt-state cache) reuses it.

Sampling mirrors llama-cpp-python's chain for the same settings: repeat penalty over the last 64 tokens,
top-k, top-p and min-p on the untempered distribution, then temperature; one seeded generator per sequence.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy comes with llama-cpp-python; imported when decoding, never by the CLI's start
    import numpy as np

#: sequences a context is created for: sequence 0 keeps the prefix, the others decode candidates
N_SEQ_MAX = 8
MAX_PARALLEL = 6  # measured: past 6 the step cost grows faster than the sequences it adds
PENALTY_LAST_N = 64


@dataclass(frozen=True)
class Sampling:
    temperature: float
    top_k: int = 50
    top_p: float = 0.92
    min_p: float = 0.05
    repeat_penalty: float = 1.08


def sample(logits: np.ndarray, recent: Sequence[int], rng: np.random.Generator, s: Sampling) -> int:
    """One token from ``logits`` (not modified)."""
    import numpy as np

    logits = logits.astype(np.float32, copy=True)
    if s.repeat_penalty != 1.0 and recent:
        ids = np.unique(np.asarray(recent[-PENALTY_LAST_N:], dtype=np.int64))
        vals = logits[ids]
        logits[ids] = np.where(vals > 0, vals / s.repeat_penalty, vals * s.repeat_penalty)
    if s.temperature <= 0:
        return int(np.argmax(logits))
    k = min(s.top_k, logits.size) if s.top_k > 0 else logits.size
    top = np.argpartition(-logits, k - 1)[:k] if k < logits.size else np.arange(logits.size)
    top = top[np.argsort(-logits[top], kind="stable")]
    vals = logits[top]
    probs = np.exp(vals - vals[0])
    probs /= probs.sum()
    keep = int(np.searchsorted(np.cumsum(probs), s.top_p) + 1) if s.top_p < 1.0 else len(probs)
    keep = max(1, min(keep, len(probs)))
    keep = max(1, min(keep, int(np.count_nonzero(probs[:keep] >= s.min_p * probs[0]))))
    vals = vals[:keep] / s.temperature
    p = np.exp(vals - vals.max())
    p /= p.sum()
    return int(top[rng.choice(keep, p=p)])


@dataclass
class _Seq:
    index: int
    seq_id: int
    feed: list[int]  # what this sequence decodes next: its own prompt tokens, then each sampled token
    pos: int
    rng: np.random.Generator
    recent: list[int]
    out: bytearray = field(default_factory=bytearray)
    generated: int = 0


def _common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def decode_together(llm, prompts: Sequence[list[int]], *, seeds: Sequence[int], max_tokens: int,
                    stop: Sequence[str], sampling: Sampling) -> Iterator[tuple[int, str, int]]:
    """Yield ``(index, text, generated_tokens)`` for each prompt as soon as its sequence ends (a stop
    string, an end-of-generation token, or ``max_tokens``). ``llm`` is a ``llama_cpp.Llama`` whose context
    has at least ``len(prompts) + 1`` sequences."""
    import llama_cpp
    import numpy as np

    if not prompts:
        return
    ctx = llm._ctx.ctx
    mem = llama_cpp.llama_get_memory(ctx)
    vocab = llama_cpp.llama_model_get_vocab(llm._model.model)
    n_vocab = llama_cpp.llama_vocab_n_tokens(vocab)
    # the shared part, leaving each candidate at least one token of its own to decode
    shared = min(len(p) for p in prompts) - 1
    for p in prompts[1:]:
        shared = min(shared, _common_prefix(prompts[0], p))
    prefix = prompts[0][:shared]
    have = llm.n_tokens
    match = _common_prefix(list(llm.input_ids[:have]), prefix)
    llm.n_tokens = match
    if match < shared:
        llm.eval(prefix[match:])  # removes every sequence's cells past `match` first
    else:
        llama_cpp.llama_memory_seq_rm(mem, -1, shared, -1)

    seqs = []
    for i, (tokens, seed) in enumerate(zip(prompts, seeds, strict=True)):
        seq_id = i + 1
        llama_cpp.llama_memory_seq_rm(mem, seq_id, -1, -1)
        llama_cpp.llama_memory_seq_cp(mem, 0, seq_id, 0, shared)
        seqs.append(_Seq(i, seq_id, list(tokens[shared:]), shared, np.random.default_rng(seed), list(tokens)))

    stops = [s for s in stop if s]
    capacity = sum(len(s.feed) for s in seqs) + len(seqs)
    batch = llama_cpp.llama_batch_init(max(capacity, 1), 0, 1)
    try:
        active = list(seqs)
        while active:
            batch.n_tokens = 0
            rows: dict[int, int] = {}
            for s in active:
                for j, tok in enumerate(s.feed):
                    n = batch.n_tokens
                    batch.token[n] = tok
                    batch.pos[n] = s.pos
                    batch.n_seq_id[n] = 1
                    batch.seq_id[n][0] = s.seq_id
                    batch.logits[n] = j == len(s.feed) - 1
                    batch.n_tokens = n + 1
                    s.pos += 1
                rows[s.seq_id] = batch.n_tokens - 1
            if llama_cpp.llama_decode(ctx, batch) != 0:
                raise RuntimeError("llama_decode failed (the context may be full)")
            still = []
            for s in active:
                ptr = llama_cpp.llama_get_logits_ith(ctx, rows[s.seq_id])
                logits = np.ctypeslib.as_array(ptr, shape=(n_vocab,))
                tok = sample(logits, s.recent, s.rng, sampling)
                done = bool(llama_cpp.llama_vocab_is_eog(vocab, tok))
                if not done:
                    s.generated += 1
                    s.recent.append(tok)
                    s.out += llm._model.detokenize([tok])
                    text = s.out.decode("utf-8", errors="ignore")
                    cut = min((text.find(x) for x in stops if x in text), default=-1)
                    if cut >= 0:
                        s.out = bytearray(text[:cut].encode())
                        done = True
                    elif s.generated >= max_tokens:
                        done = True
                if done:
                    llama_cpp.llama_memory_seq_rm(mem, s.seq_id, -1, -1)
                    yield s.index, s.out.decode("utf-8", errors="ignore"), s.generated
                else:
                    s.feed = [tok]
                    still.append(s)
            active = still
    finally:
        llama_cpp.llama_batch_free(batch)
        for s in seqs:
            llama_cpp.llama_memory_seq_rm(mem, s.seq_id, -1, -1)
        llama_cpp.llama_memory_seq_rm(mem, 0, shared, -1)
        llm.n_tokens = shared
