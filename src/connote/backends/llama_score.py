"""How likely the model finds each of several continuations of their contexts, in one llama.cpp decode.

Every request is ``context + continuation``, tokenized apart (so the boundary is where the caller put it). Requests
that begin alike share their first tokens: the token sequences are laid out as a prefix tree, each tree node is one
KV cell decoded once, and it belongs to every request passing through it (a token may carry several sequence ids).
Scoring five variants of two words of a 40-token note costs some 60 tokens, not 5 x 40.

Scoring uses the context's sequences from 0 and clears them after: it runs in a context of its own (the scorer
model connote loads beside the writer, ``backends.table``), never in one a batch is being written in.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

#: requests scored in one decode at most (each is one sequence; the scorer's context is made with as many)
SCORE_SEQS = 24
#: tokens decoded at most in one call (the context's n_batch)
MAX_TOKENS = 512


def _log_softmax_at(logits, token: int) -> float:
    import numpy as np

    row = logits.astype(np.float64)
    top = row.max()
    return float(row[token] - top - math.log(np.exp(row - top).sum()))


def score_requests(llm, requests: Sequence[tuple[list[int], list[int]]]) -> list[float]:
    """The summed log-probability of each ``(context_tokens, continuation_tokens)``'s continuation given its
    context (the context must hold at least one token). ``llm`` is a ``llama_cpp.Llama``; each decode takes as
    many requests as its context has sequences (SCORE_SEQS at most)."""
    import llama_cpp

    per_decode = max(1, min(SCORE_SEQS, llama_cpp.llama_n_seq_max(llm._ctx.ctx)))
    out: list[float] = []
    chunk: list[tuple[list[int], list[int]]] = []
    nodes: set[tuple[int, ...]] = set()  # the chunk's tree nodes so far
    for request in requests:
        full = list(request[0]) + list(request[1])
        new = {tuple(full[:i + 1]) for i in range(len(full))} - nodes
        if len(chunk) == per_decode or chunk and len(nodes) + len(new) > MAX_TOKENS:
            out += _score_chunk(llm, chunk)
            chunk, nodes = [], set()
            new = {tuple(full[:i + 1]) for i in range(len(full))}
        chunk.append(request)
        nodes |= new
    if chunk:
        out += _score_chunk(llm, chunk)
    return out


def _tree(requests: Sequence[tuple[list[int], list[int]]]) -> tuple[dict[tuple[int, ...], list[int]],
                                                                    list[tuple[int, ...]]]:
    """The requests' tokens as a prefix tree: each node (the path of tokens to it) with the requests through it,
    and the nodes in an order that puts every node after its parent."""
    nodes: dict[tuple[int, ...], list[int]] = {}
    order: list[tuple[int, ...]] = []
    for r, (context, continuation) in enumerate(requests):
        full = list(context) + list(continuation)
        for i in range(len(full)):
            key = tuple(full[:i + 1])
            if key not in nodes:
                nodes[key] = []
                order.append(key)
            nodes[key].append(r)
    return nodes, order


def _score_chunk(llm, requests: Sequence[tuple[list[int], list[int]]]) -> list[float]:
    import llama_cpp
    import numpy as np

    ctx = llm._ctx.ctx
    mem = llama_cpp.llama_get_memory(ctx)
    n_vocab = llama_cpp.llama_vocab_n_tokens(llama_cpp.llama_model_get_vocab(llm._model.model))
    nodes, order = _tree(requests)
    if len(order) > MAX_TOKENS:
        raise RuntimeError("a request to score is longer than one decode may be")
    # the logits a request needs: at each node whose next token is one of its continuation's
    wanted = set()
    for context, continuation in requests:
        full = list(context) + list(continuation)
        wanted.update(tuple(full[:i + 1]) for i in range(len(context) - 1, len(full) - 1))
    for r in range(len(requests)):  # request r is sequence r
        llama_cpp.llama_memory_seq_rm(mem, r, -1, -1)
    batch = llama_cpp.llama_batch_init(len(order), 0, len(requests))
    row: dict[tuple[int, ...], int] = {}
    try:
        for n, key in enumerate(order):
            batch.token[n] = key[-1]
            batch.pos[n] = len(key) - 1
            through = nodes[key]
            batch.n_seq_id[n] = len(through)
            for j, r in enumerate(through):
                batch.seq_id[n][j] = r
            batch.logits[n] = key in wanted
            if key in wanted:
                row[key] = n
        batch.n_tokens = len(order)
        if llama_cpp.llama_decode(ctx, batch) != 0:
            raise RuntimeError("llama_decode failed while scoring (the context may be full)")
        scores = []
        for context, continuation in requests:
            full = list(context) + list(continuation)
            total = 0.0
            for i in range(len(context) - 1, len(full) - 1):
                logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(ctx, row[tuple(full[:i + 1])]),
                                               shape=(n_vocab,))
                total += _log_softmax_at(logits, full[i + 1])
            scores.append(total)
        return scores
    finally:
        llama_cpp.llama_batch_free(batch)
        for r in range(len(requests)):
            llama_cpp.llama_memory_seq_rm(mem, r, -1, -1)
