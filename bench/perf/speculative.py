"""Would speculative decoding make notes faster on this CPU? Measured, not assumed.

    python bench/perf/speculative.py [--cases 12] [--draft-model PATH]

1. What one decode step costs when it carries k tokens of one sequence (k = 1 … 8): speculation verifies k
   drafted tokens in one step, so it only pays if that step costs less than the tokens it accepts.
2. Prompt lookup (the note reuses the reason's words): greedy decoding of each case's first note, plain, then
   with up to k tokens drafted from the prompt's case (the longest match of the last tokens) and verified in
   one step, the rejected cells removed. Same model, same prompts, same output (greedy); tokens/s of each.
3. With ``--draft-model`` (Qwen2.5-Coder-0.5B-Instruct, same tokenizer): its speed, and how often its greedy
   next token agrees with the default model's along the default model's own notes (the acceptance a draft
   model would get), which bounds what a draft model could gain.

Writes bench/results/speculative.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
from run import machine  # noqa: E402


def load(path: str):
    from connote.backends.llama import LlamaBackend

    return LlamaBackend(Path(path), threads=2)


def decode(llm, tokens: list[int], start: int, logits_all: bool) -> np.ndarray:
    """Decode ``tokens`` for sequence 0 from position ``start``; the logits of every row (or the last)."""
    import llama_cpp

    n_batch = llm.n_batch
    if len(tokens) > n_batch:  # one step holds at most n_batch tokens
        parts = [decode(llm, tokens[i:i + n_batch], start + i, logits_all or i + n_batch >= len(tokens))
                 for i in range(0, len(tokens), n_batch)]
        return np.concatenate(parts) if logits_all else parts[-1]
    ctx = llm._ctx.ctx
    batch = llama_cpp.llama_batch_init(len(tokens), 0, 1)
    try:
        for i, tok in enumerate(tokens):
            batch.token[i] = tok
            batch.pos[i] = start + i
            batch.n_seq_id[i] = 1
            batch.seq_id[i][0] = 0
            batch.logits[i] = logits_all or i == len(tokens) - 1
        batch.n_tokens = len(tokens)
        if llama_cpp.llama_decode(ctx, batch) != 0:
            raise RuntimeError("decode failed")
        n_vocab = llama_cpp.llama_vocab_n_tokens(llama_cpp.llama_model_get_vocab(llm._model.model))
        rows = range(len(tokens)) if logits_all else [len(tokens) - 1]
        return np.stack([np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(ctx, r), shape=(n_vocab,)).copy()
                         for r in rows])
    finally:
        llama_cpp.llama_batch_free(batch)


def forget_from(llm, pos: int) -> None:
    import llama_cpp

    llama_cpp.llama_memory_seq_rm(llama_cpp.llama_get_memory(llm._ctx.ctx), 0, pos, -1)


def step_costs(llm, prompt: list[int]) -> dict[int, float]:
    forget_from(llm, 0)
    decode(llm, prompt, 0, False)
    costs = {}
    for k in (1, 2, 3, 4, 6, 8):
        times = []
        for _ in range(5):
            t = time.perf_counter()
            decode(llm, prompt[-k:], len(prompt), True)
            times.append(time.perf_counter() - t)
            forget_from(llm, len(prompt))
        costs[k] = statistics.median(times)
    return costs


def stops(llm, tokens: list[int]) -> bool:
    import llama_cpp

    vocab = llama_cpp.llama_model_get_vocab(llm._model.model)
    text = llm._model.detokenize(tokens).decode("utf-8", "ignore")
    return bool(tokens) and (llama_cpp.llama_vocab_is_eog(vocab, tokens[-1]) or "\n" in text)


def lookup(llm, prompt: list[int], source: list[int], max_tokens: int, k: int) -> tuple[list[int], float, int]:
    """Greedy decoding with up to ``k`` tokens drafted from ``source`` and verified in one step each
    (an empty ``source`` is plain greedy decoding)."""
    forget_from(llm, 0)
    logits = decode(llm, prompt, 0, False)
    out: list[int] = []
    drafted_steps = 0
    t = time.perf_counter()
    while len(out) < max_tokens:
        tok = int(np.argmax(logits[-1]))
        out.append(tok)
        if stops(llm, out):
            break
        draft = []
        for n in (3, 2):  # the longest match of the last tokens in the source
            tail = out[-n:]
            for i in range(len(source) - n):
                if source[i:i + n] == tail:
                    draft = source[i + n:i + n + k]
                    break
            if draft:
                break
        pos = len(prompt) + len(out) - 1
        if not draft:
            logits = decode(llm, [tok], pos, False)
            continue
        drafted_steps += 1
        rows = decode(llm, [tok, *draft], pos, True)
        accepted = 0
        for j, d in enumerate(draft):
            if int(np.argmax(rows[j])) != d or len(out) >= max_tokens:
                break
            out.append(d)
            accepted += 1
            if stops(llm, out):
                return out, time.perf_counter() - t, drafted_steps
        forget_from(llm, pos + 1 + accepted)
        logits = rows[accepted:accepted + 1]
    return out, time.perf_counter() - t, drafted_steps


def draft_model_bound(costs: dict[int, float], draft_step: float, agree: float) -> list[str]:
    """What a draft model could gain at best: k drafted tokens cost k draft steps plus one step of k + 1
    tokens to verify, and bring the accepted run (each token accepted with probability ``agree``, as if
    independent) plus the verifying step's own token."""
    rows = []
    for steps, cost in costs.items():
        k = steps - 1
        if k >= 1:
            tokens = sum(agree ** i for i in range(k + 1))
            rows.append((tokens / (k * draft_step + cost) * costs[1], k))
    best, k = max(rows)
    return [f"- at best (k={k} drafted tokens, verified in one step): {best:.2f}x the plain speed"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=12)
    ap.add_argument("--draft-model", default="")
    args = ap.parse_args()
    from connote.models.catalog import QWEN
    from connote.paste import parse_profile
    from connote.prompting import occasion, templates
    from connote.prompting.build import build_prompt, opener
    from connote.models.store import model_path
    from connote.text.language import detect_language

    backend = load(str(model_path(QWEN)))
    llm = backend.llm
    cases = [json.loads(line) for line in (ROOT / "bench" / "quality" / "cases.jsonl").read_text().splitlines()]
    cases = [c for c in cases if detect_language(c["reason"]) == "en"][: args.cases]
    prompts = []
    for c in cases:
        profile = parse_profile(c["profile"])
        t = templates.load(occasion.choose(c["reason"], None))
        prefix, case = build_prompt(t, profile=profile, reason=c["reason"], sender=c.get("sender"),
                                    limit=c["limit"], language="en")
        prompts.append((backend.tokenize(prefix + case + " " + opener(profile, "en", 0)),
                        backend.tokenize(case)[1:]))
    lines = ["# Speculative decoding on this CPU", "",
             f"- command: `python bench/perf/speculative.py --cases {args.cases}"
             + (" --draft-model PATH" if args.draft_model else "") + "`",
             f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; machine: {machine()}", ""]
    costs = step_costs(llm, prompts[0][0])
    lines += ["## One decode step carrying k tokens of one sequence", "", "| k | step (ms) | per token vs k=1 |",
              "| --- | --- | --- |"]
    lines += [f"| {k} | {v * 1000:.1f} | {v / k / costs[1]:.2f} |" for k, v in costs.items()]
    lines += ["", "## Prompt lookup, greedy first notes", "",
              "| decoding | tokens | seconds | tokens/s | ratio |", "| --- | --- | --- | --- | --- |"]
    plain_tok = plain_s = 0.0
    plain_out = []
    for prompt, _ in prompts:
        out, secs, _ = lookup(llm, prompt, [], 110, 0)  # plain greedy: nothing to draft from
        plain_out.append(out)
        plain_tok += len(out)
        plain_s += secs
    lines.append(f"| plain | {plain_tok:.0f} | {plain_s:.2f} | {plain_tok / plain_s:.1f} | 1.00 |")
    for k in (2, 4, 6):
        tok = secs_total = 0.0
        same = 0
        for (prompt, source), expected in zip(prompts, plain_out):
            out, secs, _ = lookup(llm, prompt, source, 110, k)
            tok += len(out)
            secs_total += secs
            same += out == expected
        lines.append(f"| lookup, k={k} | {tok:.0f} | {secs_total:.2f} | {tok / secs_total:.1f} | "
                     f"{(tok / secs_total) / (plain_tok / plain_s):.2f} (same output in {same}/{len(prompts)}) |")
    if args.draft_model:
        draft = load(args.draft_model)
        agree = total = 0
        for (prompt, _), out in zip(prompts, plain_out):
            forget_from(draft.llm, 0)
            rows = decode(draft.llm, prompt + out[:-1], 0, True)[len(prompt) - 1:]
            agree += sum(int(np.argmax(r)) == o for r, o in zip(rows, out))
            total += len(out)
        dcost = step_costs(draft.llm, prompts[0][0])[1]
        lines += ["", "## A draft model (Qwen2.5-Coder-0.5B-Instruct Q4_K_M)", "",
                  f"- one step: {dcost * 1000:.1f} ms vs {costs[1] * 1000:.1f} ms for the default model "
                  f"({costs[1] / dcost:.1f}x faster)",
                  f"- its greedy next token agrees with the default model's along the default model's notes: "
                  f"{agree}/{total} ({agree / total:.0%})"]
        lines += draft_model_bound(costs, dcost, agree / total)
    out_path = ROOT / "bench" / "results" / "speculative.md"
    out_path.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
