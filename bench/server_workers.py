"""`--workers 1` vs `4` against a local OpenAI-compatible server: `python -m llama_cpp.server` (one
completion at a time), with and without its RAM prompt cache (`--cache True`), and llama.cpp's own
`llama-server --parallel 4` (continuous batching; give the binary's path in ``LLAMA_SERVER``).

`python bench/server_workers.py [ROWS] [smollm2|default] [plain] [cache] [llama-server]` (default: 12 rows,
SmolLM2, every server that is available); prints one line per run. Each run drafts its own fresh rows (same
size, another seed), so no run is helped by prompts an earlier run left in the server's cache; the runs go
1, 4, 4, 1 workers so a drift of the machine's speed does not favour either side."""
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import batch as B
import people
work = Path(tempfile.mkdtemp(prefix="srvw-"))
os.environ["CONNOTE_HOME"] = str(work / "home")
os.environ["CONNOTE_MODELS_DIR"] = str(B.MODELS)
args = sys.argv[1:]
rows = int(args.pop(0)) if args and args[0].isdigit() else 12
which = args.pop(0) if args and args[0] in ("smollm2", "default") else "smollm2"
model = B.MODELS / (B.SMOLLM2 if which == "smollm2" else B.QWEN).filename
wanted = set(args) or {"plain", "cache", "llama-server"}
servers = {
    "llama_cpp.server": ("plain", lambda srv: srv),
    "llama_cpp.server --cache True": ("cache", lambda srv: srv.cmd.extend(["--cache", "True"]) or srv),
}
if os.environ.get("LLAMA_SERVER"):
    servers["llama-server --parallel 4"] = ("llama-server", lambda srv: srv.use_llama_server(
        os.environ["LLAMA_SERVER"], model, which, threads=2, parallel=4))
warm = work / "warm.csv"
people.write(people.make_rows(8, seed=99), warm, {"n": "1"})
seed = 100
for i, (label, (key, setup)) in enumerate(servers.items()):
    if key not in wanted:
        continue
    srv = setup(B.Server(model, which, work / f"server-{i}.log", threads=2))
    with srv:  # warmed with 4 workers, so every slot has evaluated the prompt's examples once
        B.cli(["batch", str(warm), "-o", str(work / f"warm-{i}.csv"), "--base-url", srv.url, "--model", which,
               "--workers", "4"])
        for run, w in enumerate((1, 4, 4, 1)):
            seed += 1
            sample = work / f"sample-{i}-{run}.csv"
            people.write(people.make_rows(rows, seed=seed), sample, {"n": "1"})
            r = B.cli(["batch", str(sample), "-o", str(work / f"o-{i}-{run}.csv"), "--base-url", srv.url,
                       "--model", which, "--workers", str(w), "--json"])
            s = r["summary"] or {}
            print(f"{label}: workers={w} run={run + 1}: {r['seconds']:.1f} s, "
                  f"{s.get('notes_per_min', 0):.1f} notes/min, passing {s.get('passing_notes')}/{s.get('notes')}",
                  flush=True)
