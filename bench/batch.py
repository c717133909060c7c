"""Batch benchmark: ``python bench/batch.py`` writes ``bench/results/batch.md``.

1. 200 fictional people (bench/people.py), one note each, SmolLM2 in-process, drawn with the progress bar
   on a pseudo-terminal; the run is killed (SIGKILL) once half the rows are written, then the same command
   is run again: the output must hold exactly 200 rows, no duplicates. Throughput in notes/min.
2. llama backend: ``--workers 1`` (one process, all threads) vs ``--workers 2`` (one model per process,
   one thread each), with memory (PSS summed over the process tree).
3. OpenAI-compatible server (``python -m llama_cpp.server`` on 127.0.0.1, SmolLM2): ``--workers 1`` vs 4.
4. The default model (Qwen2.5-Coder-1.5B): in-process rate on a small sample, and through the server with
   ``--workers 1`` vs 4.

Needs the models from ``connote models install default smollm2``. Takes ~15 minutes on two idle cores
(35 when they are shared with other jobs); ``--rows``/``--sample``/``--default-sample`` shrink it. The
machine and its load are written down with the numbers.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import people  # noqa: E402

from connote import __version__, paths  # noqa: E402
from connote.models.catalog import QWEN, SMOLLM2  # noqa: E402

MODELS = paths.models_dir()  # before CONNOTE_HOME is moved below


# --------------------------------------------------------------------------- helpers

def load() -> str:
    return " / ".join(f"{x:.1f}" for x in os.getloadavg())


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{cpu}, {os.cpu_count()} logical cores{mem}, {platform.system()} {platform.release()}, " \
           f"Python {platform.python_version()}"


def tree_pss_mb(pid: int) -> float:
    """Proportional set size of ``pid`` and its descendants (shared model pages counted once)."""
    pids, frontier = [], [pid]
    while frontier:
        p = frontier.pop()
        pids.append(p)
        try:
            kids = Path(f"/proc/{p}/task/{p}/children").read_text().split()
        except OSError:
            kids = []
        frontier += [int(k) for k in kids]
    total = 0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def rows_in(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def cli(args: list[str], *, out: Path | None = None, kill_at: int | None = None, tty: bool = False,
        env: dict | None = None) -> dict:
    """Run ``connote`` and measure it; SIGKILL it once ``out`` holds ``kill_at`` rows."""
    cmd = [sys.executable, "-m", "connote.cli", *args]
    master = slave = None
    if tty:
        import pty

        master, slave = pty.openpty()
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=slave if tty else subprocess.PIPE,
                            env={**os.environ, **(env or {}), "COLUMNS": "110"})
    shown: list[bytes] = []
    if tty:
        os.close(slave)

        def pump() -> None:
            while True:
                try:
                    data = os.read(master, 4096)
                except OSError:
                    return
                if not data:
                    return
                shown.append(data)

        reader = threading.Thread(target=pump, daemon=True)
        reader.start()
    peak = 0.0
    killed = False
    while proc.poll() is None:
        peak = max(peak, tree_pss_mb(proc.pid))
        if kill_at is not None and out is not None and len(rows_in(out)) >= kill_at:
            proc.send_signal(signal.SIGKILL)
            killed = True
            break
        time.sleep(0.2)
    stdout, stderr = proc.communicate()
    seconds = time.monotonic() - started
    if tty:
        reader.join(timeout=5)
        os.close(master)
        stderr = b"".join(shown)
    text = stderr.decode("utf-8", "replace") if isinstance(stderr, bytes) else stderr
    summary = None
    for line in reversed(stdout.decode().splitlines()):
        if line.startswith("{"):
            summary = json.loads(line)
            break
    return {"rc": proc.returncode, "seconds": seconds, "summary": summary, "stderr": text, "killed": killed,
            "peak_pss_mb": peak}


def last_bar(stderr: str) -> str:
    """The progress bar as last drawn (rich redraws the line with carriage returns)."""
    import re

    clean = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", stderr)
    frames = [f.strip() for f in re.split(r"[\r\n]", clean) if "rows/min" in f and "Drafting" in f]
    return frames[-1] if frames else "(no bar seen)"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``python -m llama_cpp.server`` (or llama.cpp's ``llama-server``) on 127.0.0.1 for one model."""

    def __init__(self, model: Path, alias: str, log: Path, threads: int) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.log = log
        self.cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--model_alias", alias,
                    "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", "4096",
                    "--n_threads", str(threads), "--verbose", "False"]

    def use_llama_server(self, binary: str, model: Path, alias: str, threads: int, parallel: int) -> Server:
        """Run llama.cpp's own ``llama-server`` instead: ``parallel`` slots decoded together in one batch
        (continuous batching), 4,096 tokens of context each."""
        self.cmd = [binary, "-m", str(model), "-a", alias, "--host", "127.0.0.1", "--port", str(self.port),
                    "-c", str(4096 * parallel), "--parallel", str(parallel), "--threads", str(threads)]
        return self

    def __enter__(self) -> Server:
        self.fh = open(self.log, "wb")
        self.proc = subprocess.Popen(self.cmd, stdout=self.fh, stderr=subprocess.STDOUT)
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        deadline = time.monotonic() + 300
        while True:
            if self.proc.poll() is not None:
                raise SystemExit(f"the server exited: see {self.log}")
            try:
                with opener.open(self.url + "/models", timeout=2):
                    return self
            except OSError:
                if time.monotonic() > deadline:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.3)

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.fh.close()


def rate(res: dict) -> str:
    s = res["summary"] or {}
    return f"{s.get('notes_per_min', 0):.1f}"


def row_line(label: str, res: dict, rows: int, extra: str = "") -> str:
    s = res["summary"] or {}
    passed = s.get("passing_notes", 0)
    return (f"| {label} | {rows} | {res['seconds']:.0f} | {rate(res)} | {passed}/{s.get('notes', 0)} | "
            f"{res['peak_pss_mb']:.0f} | {extra} |")


# --------------------------------------------------------------------------- the benchmark

def main() -> None:
    ap = argparse.ArgumentParser(description="connote batch benchmark")
    ap.add_argument("--rows", type=int, default=200, help="rows for the kill-and-resume run (default 200)")
    ap.add_argument("--sample", type=int, default=12, help="rows for each workers comparison (default 12)")
    ap.add_argument("--default-sample", type=int, default=4, help="rows for the default model (default 4)")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "batch.md")
    args = ap.parse_args()
    for spec in (SMOLLM2, QWEN):
        if not (MODELS / spec.filename).exists():
            raise SystemExit(f"{spec.name} is not installed: connote models install default smollm2")
    smol, qwen = MODELS / SMOLLM2.filename, MODELS / QWEN.filename
    work = Path(tempfile.mkdtemp(prefix="connote-bench-batch-"))
    os.environ["CONNOTE_HOME"] = str(work / "home")
    os.environ["CONNOTE_MODELS_DIR"] = str(MODELS)
    os.environ.pop("CONNOTE_NO_PROGRESS", None)
    started = time.monotonic()
    loads = [f"start: {load()}"]
    lines: list[str] = []
    print(f"working in {work}", file=sys.stderr)

    # 1. 200 rows, SmolLM2 in-process, killed halfway, resumed
    big = work / "people200.csv"
    people.write(people.make_rows(args.rows), big, {"n": "1"})
    out = work / "people200.notes.csv"
    base = ["batch", str(big), "-o", str(out), "--model", "smollm2", "--json"]
    first = cli(base, out=out, kill_at=args.rows // 2, tty=True)
    saved = len(rows_in(out))
    second = cli(base, tty=True)
    final = rows_in(out)
    row_numbers = [int(r["row"]) for r in final]
    ids = [r["id"] for r in final]
    ok_count = sum(r["status"] == "ok" for r in final)
    complete = (len(final) == args.rows and row_numbers == list(range(1, args.rows + 1))
                and len(set(ids)) == args.rows)
    total_s = first["seconds"] + second["seconds"]
    loads.append(f"after the {args.rows}-row run: {load()}")
    print(f"[1] {args.rows} rows: {total_s:.0f} s, complete={complete}", file=sys.stderr)

    # 2. llama backend: workers 1 vs 2
    sample = work / "sample.csv"
    people.write(people.make_rows(args.sample, seed=11), sample, {"n": "1"})
    llama_runs = {}
    for w in (1, 2):
        o = work / f"llama-w{w}.csv"
        llama_runs[w] = cli(["batch", str(sample), "-o", str(o), "--model", "smollm2", "--workers", str(w),
                             "--json"])
    loads.append(f"after llama workers: {load()}")
    print("[2] llama workers done", file=sys.stderr)

    # 3. server, SmolLM2: workers 1 vs 4, twice, after a warm-up (the server caches the prompt prefix)
    warm = work / "warm.csv"
    people.write(people.make_rows(2, seed=99), warm, {"n": "1"})
    server_runs: dict = {}
    with Server(smol, "smollm2", work / "server-smollm2.log", threads=os.cpu_count() or 2) as srv:
        cli(["batch", str(warm), "-o", str(work / "warm-smol.csv"), "--base-url", srv.url, "--model", "smollm2"])
        for rep, w in ((1, 1), (1, 4), (2, 1), (2, 4)):
            o = work / f"server-w{w}-{rep}.csv"
            server_runs[(w, rep)] = cli(["batch", str(sample), "-o", str(o), "--base-url", srv.url, "--model",
                                         "smollm2", "--workers", str(w), "--json"])
    loads.append(f"after server SmolLM2: {load()}")
    print("[3] server SmolLM2 done", file=sys.stderr)

    # 4. default model: in-process, and through the server with workers 1 vs 4
    small = work / "default.csv"
    people.write(people.make_rows(args.default_sample, seed=23), small, {"n": "1"})
    default_local = cli(["batch", str(small), "-o", str(work / "default-local.csv"), "--model", "default",
                         "--json"])
    default_server = {}
    with Server(qwen, "qwen2.5-coder-1.5b", work / "server-qwen.log", threads=os.cpu_count() or 2) as srv:
        cli(["batch", str(warm), "-o", str(work / "warm-qwen.csv"), "--base-url", srv.url, "--model",
             "qwen2.5-coder-1.5b"])
        for w in (1, 4):
            default_server[w] = cli(["batch", str(small), "-o", str(work / f"default-server-w{w}.csv"),
                                     "--base-url", srv.url, "--model", "qwen2.5-coder-1.5b", "--workers", str(w),
                                     "--json"])
    loads.append(f"end: {load()}")
    print("[4] default model done", file=sys.stderr)

    # --------------------------------------------------------------- report
    def speedup(runs: dict, a, c) -> str:
        ra, rc = (runs[a]["summary"] or {}).get("notes_per_min", 0), (runs[c]["summary"] or {}).get("notes_per_min", 0)
        return f"{rc / ra:.2f}×" if ra else "n/a"

    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    resumed = (second["summary"] or {})
    lines += [
        "# Batch drafting benchmark",
        "",
        f"`python bench/batch.py` — connote {__version__}, {now}, {time.monotonic() - started:.0f} s in all.",
        "",
        f"**Machine:** {machine()}. **Shared:** other developers' test suites and model benchmarks were running "
        f"on the same two cores during every run; load averages (1/5/15 min): " + "; ".join(loads) + ". "
        "Numbers are therefore noisy and pessimistic; compare runs within one table only.",
        "",
        "Input: fictional people from `bench/people.py` (pasted-profile text with page furniture, about, a "
        "recent post; reasons typed the way people type them), one note per person (`n` = 1), so "
        "notes/min = people/min. \"passing\" = notes that passed every check (the others are in the output "
        "flagged with the failed checks). Memory: peak PSS of the whole process tree (shared model pages "
        "counted once).",
        "",
        f"## 1. {args.rows} rows, SmolLM2 in-process, killed halfway and resumed",
        "",
        "| run | rows written | seconds | notes/min (this run) | exit |",
        "| --- | --- | --- | --- | --- |",
        f"| first run, SIGKILL once {args.rows // 2} rows were on disk | {saved} | {first['seconds']:.0f} | "
        f"{saved / first['seconds'] * 60:.1f} | killed |",
        f"| same command again | {resumed.get('drafted', 0)} more (skipped {resumed.get('skipped', 0)}) | "
        f"{second['seconds']:.0f} | {rate(second)} | {second['rc']} |",
        "",
        f"- Final output: **{len(final)} rows**, row numbers 1–{args.rows} each exactly once, "
        f"{len(set(ids))} distinct ids: **{'complete, no duplicates' if complete else 'INCOMPLETE'}**.",
        f"- Throughput over both runs (model loading included): **{len(final) / total_s * 60:.1f} notes/min** "
        f"({total_s:.0f} s for {len(final)} notes); {ok_count} of {len(final)} people got a note that passed "
        f"every check (SmolLM2 is the fast, weaker model).",
        f"- Progress bar as last drawn (run on a pseudo-terminal): `{last_bar(second['stderr'])}`",
        "",
        f"## 2. llama backend, --workers 1 vs 2 ({args.sample} rows, SmolLM2)",
        "",
        "| run | rows | seconds | notes/min | passing | peak PSS MB | notes |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        row_line("--workers 1 (1 process, 2 threads)", llama_runs[1], args.sample),
        row_line("--workers 2 (2 processes × 1 thread)", llama_runs[2], args.sample,
                 f"{speedup(llama_runs, 1, 2)} vs 1 worker"),
        "",
        f"## 3. OpenAI-compatible server, --workers 1 vs 4 ({args.sample} rows, SmolLM2)",
        "",
        "`python -m llama_cpp.server --model SmolLM2… --host 127.0.0.1 --n_threads 2`, warmed up with a "
        "2-row batch first; then 1, 4, 1, 4 workers on the same rows (llama-cpp-python's server runs one "
        "request at a time: extra workers keep it busy while connote checks a note and sends the next "
        "request). Peak PSS is connote's side only.",
        "",
        "| run | rows | seconds | notes/min | passing | peak PSS MB | notes |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        row_line("--workers 1 (first)", server_runs[(1, 1)], args.sample),
        row_line("--workers 4 (first)", server_runs[(4, 1)], args.sample,
                 f"{speedup(server_runs, (1, 1), (4, 1))} vs the run before"),
        row_line("--workers 1 (second)", server_runs[(1, 2)], args.sample),
        row_line("--workers 4 (second)", server_runs[(4, 2)], args.sample,
                 f"{speedup(server_runs, (1, 2), (4, 2))} vs the run before"),
        "",
        f"## 4. Default model (Qwen2.5-Coder-1.5B Q4_K_M), {args.default_sample} rows",
        "",
        "| run | rows | seconds | notes/min | passing | peak PSS MB | notes |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        row_line("in-process", default_local, args.default_sample),
        row_line("server, --workers 1", default_server[1], args.default_sample),
        row_line("server, --workers 4", default_server[4], args.default_sample,
                 f"{speedup(default_server, 1, 4)} vs 1 worker"),
        "",
        "## Reading the numbers",
        "",
        "- Every run here shares two cores with other people's jobs; the same command can run 1.5× faster "
        "or slower from one minute to the next, so only large differences mean anything.",
        "- `--workers` against llama-cpp-python's server: that server runs one completion at a time (a "
        "global lock), so more workers can only overlap connote's own work (checking a note, sending the "
        "next request) and the queueing with generation. Expect a small gain at best there; the pairs "
        "above show how much of any difference is noise. `--workers` is for servers that run requests "
        "concurrently (vLLM, llama.cpp's `llama-server --parallel N`, a load balancer over several "
        "machines), which this offline machine does not have; that connote really keeps N requests in "
        "flight is tested in tests/test_batch.py.",
        "- llama backend `--workers 2`: two processes, each with its own model and one thread (see the "
        "memory column). Correct, but on two busy cores it gains little; it is meant for machines with "
        "idle cores. docs/batch.md tells laptop users to leave it at 1.",
        "",
    ]
    failures = [name for name, res in [("kill/resume rerun", second), ("llama w1", llama_runs[1]),
                                        ("llama w2", llama_runs[2]),
                                        *[(f"server {k}", v) for k, v in server_runs.items()],
                                        ("default local", default_local),
                                        ("default server w1", default_server[1]),
                                        ("default server w4", default_server[4])]
                if res["rc"] not in (0, 1)]
    if failures or not complete:
        lines += ["**Problems:** " + ", ".join(failures + ([] if complete else ["resume incomplete"])), ""]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    if failures or not complete:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
