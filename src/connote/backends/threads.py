"""Choose how many CPU threads llama.cpp gets, from the load on the machine right now.

ggml's OpenMP threads spin while they wait for each other; when another process holds a core, a thread
per core makes every step wait for a descheduled thread, and generation slows 2-100x. Measured here on 2
cores with one competing CPU-bound process: 2 threads took 14.7 s for a draft, 1 thread 7.7 s (idle: 5.5 s
with 2 threads). So connote counts the runnable processes other than itself and leaves their cores alone.
"""

from __future__ import annotations

import os
import statistics
import time


def _runnable() -> int | None:
    try:
        with open("/proc/loadavg") as fh:
            return int(fh.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return None


def busy_cores(samples: int = 5, interval: float = 0.01) -> int:
    """Median number of runnable tasks besides this one over a few short samples (0 where unknown)."""
    seen = []
    for i in range(samples):
        n = _runnable()
        if n is None:
            return 0
        seen.append(max(0, n - 1))
        if i + 1 < samples:
            time.sleep(interval)
    return int(statistics.median(seen))


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def choose_threads(requested: int | None = None) -> int:
    """``requested`` if given, else one thread per core not busy with other work (at least 1, at most 8)."""
    if requested:
        return requested
    env = os.environ.get("CONNOTE_THREADS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    n = cores()
    return max(1, min(8, n - busy_cores()))
