"""What one decode step costs for k sequences at once (the measurement behind backends/llama_batch.py).

    python bench/perf/batch_sweep.py            # both installed models; writes bench/results/batch-sweep.md

A ~450-token prompt is evaluated once in sequence 0, copied to k sequences (no recomputation), and 30 greedy
steps are decoded with one token per sequence per step, as connote does for its candidates.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE.parent / "results"
KS = (1, 2, 3, 4, 6, 8)
STEPS = 30


def sweep(path: Path) -> tuple[float, list[tuple[int, float, float]]]:
    import llama_cpp
    import numpy as np

    from connote.backends.llama import LlamaBackend

    backend = LlamaBackend(path, threads=os.cpu_count() or 2)
    llm = backend.llm
    ctx = llm._ctx.ctx
    mem = llama_cpp.llama_get_memory(ctx)
    n_vocab = llama_cpp.llama_vocab_n_tokens(llama_cpp.llama_model_get_vocab(llm._model.model))
    tokens = llm.tokenize(("Hello world. " * 150).encode())
    started = time.perf_counter()
    llm.eval(tokens)
    prompt_rate = len(tokens) / (time.perf_counter() - started)
    n0 = len(tokens)
    batch = llama_cpp.llama_batch_init(16, 0, 1)
    rows = []
    try:
        for k in KS:
            llama_cpp.llama_memory_seq_rm(mem, -1, n0, -1)
            for s in range(1, 8):
                llama_cpp.llama_memory_seq_rm(mem, s, -1, -1)
            for s in range(1, k):
                llama_cpp.llama_memory_seq_cp(mem, 0, s, -1, -1)
            last = [tokens[-1]] * k
            started = time.perf_counter()
            for j in range(STEPS):
                batch.n_tokens = k
                for s in range(k):
                    batch.token[s], batch.pos[s], batch.n_seq_id[s], batch.logits[s] = last[s], n0 + j, 1, 1
                    batch.seq_id[s][0] = s
                if llama_cpp.llama_decode(ctx, batch) != 0:
                    raise SystemExit("llama_decode failed")
                for s in range(k):
                    logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(ctx, s), shape=(n_vocab,))
                    last[s] = int(logits.argmax())
            seconds = time.perf_counter() - started
            rows.append((k, seconds / STEPS * 1000, k * STEPS / seconds))
    finally:
        llama_cpp.llama_batch_free(batch)
        backend.close()
    return prompt_rate, rows


def main() -> None:
    from connote.models import store
    from connote.models.catalog import QWEN, SMOLLM2

    out = ["# Decode step cost for k sequences at once\n",
           f"- command: `python bench/perf/batch_sweep.py`; date: "
           f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M UTC}",
           f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
           f"load average at the start: {os.getloadavg()[0]:.2f}\n"]
    for spec in (QWEN, SMOLLM2):
        path = store.model_path(spec)
        if not path.exists():
            print(f"skipped {spec.name}: not installed", file=sys.stderr)
            continue
        prompt_rate, rows = sweep(path)
        base = rows[0][2]
        out += [f"## {spec.name}\n", f"prompt evaluation: {prompt_rate:.0f} tokens/s\n",
                "| sequences k | ms per step | tokens/s, all sequences | vs k=1 |", "| --- | --- | --- | --- |"]
        out += [f"| {k} | {ms:.1f} | {rate:.1f} | {rate / base:.2f}x |" for k, ms, rate in rows]
        out.append("")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "batch-sweep.md").write_text("\n".join(out) + "\n")
    print("\n".join(out))


if __name__ == "__main__":
    main()
