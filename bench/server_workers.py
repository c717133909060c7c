"""`--workers 1` vs `4` against `python -m llama_cpp.server` (SmolLM2), with and without the server's RAM
prompt cache (`--cache True`): `python bench/server_workers.py [ROWS]`; prints one line per run."""
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
smol = B.MODELS / B.SMOLLM2.filename
sample = work / "sample.csv"
people.write(people.make_rows(int(sys.argv[1]) if len(sys.argv) > 1 else 12, seed=11), sample, {"n": "1"})
warm = work / "warm.csv"
people.write(people.make_rows(2, seed=99), warm, {"n": "1"})
for cache in (False, True):
    srv = B.Server(smol, "smollm2", work / f"server-{cache}.log", threads=2)
    if cache:
        srv.cmd += ["--cache", "True"]
    with srv:
        B.cli(["batch", str(warm), "-o", str(work / f"warm-{cache}.csv"), "--base-url", srv.url, "--model", "smollm2"])
        for rep, w in ((1, 1), (1, 4), (2, 1), (2, 4)):
            r = B.cli(["batch", str(sample), "-o", str(work / f"o-{cache}-{w}-{rep}.csv"), "--base-url", srv.url,
                       "--model", "smollm2", "--workers", str(w), "--json"])
            s = r["summary"] or {}
            print(f"cache={cache} workers={w} rep={rep}: {r['seconds']:.1f} s, {s.get('notes_per_min', 0):.1f} notes/min, passing {s.get('passing_notes')}/{s.get('notes')}", flush=True)
