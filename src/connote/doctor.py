"""``connote doctor``: check the install — Python, llama-cpp-python and its CPU build, models, state.

Each check is ``ok``, ``warn`` (worth knowing, nothing to fix) or ``fail`` (the user must fix something;
the fix is one line). The library only collects; the CLI prints.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from . import __version__, paths
from .errors import ConnoteError
from .models import catalog as registry
from .models import resolve, store

REINSTALL_LLAMA = ('CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON" '
                   'pip install --force-reinstall --no-cache-dir llama-cpp-python==0.3.36')

# llama.cpp build feature -> the /proc/cpuinfo flag the CPU must have to run that code
BUILD_TO_CPU_FLAG = {
    "SSE3": "pni", "SSSE3": "ssse3", "AVX": "avx", "AVX2": "avx2", "F16C": "f16c", "FMA": "fma",
    "BMI2": "bmi2", "AVX_VNNI": "avx_vnni", "AVX512": "avx512f", "AVX512_VBMI": "avx512vbmi",
    "AVX512_VNNI": "avx512_vnni", "AVX512_BF16": "avx512_bf16", "AMX_INT8": "amx_int8",
}
# features whose code connote never runs: the model is loaded with extra buffer types off (see backends/llama)
BYPASSED = {"AMX_INT8"}
SHOWN_CPU_FLAGS = ("avx", "avx2", "fma", "f16c", "avx512f", "avx512_vnni", "avx512_bf16", "avx_vnni",
                   "amx_tile", "amx_int8", "amx_bf16", "neon", "asimd")


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # ok | warn | fail
    detail: str
    fix: str = ""


def cpu_flags(cpuinfo: Path = Path("/proc/cpuinfo")) -> set[str] | None:
    """The CPU's feature flags from /proc/cpuinfo (Linux), or None where that file does not exist."""
    try:
        text = cpuinfo.read_text(errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip() in ("flags", "Features"):
            return set(value.split())
    return set()


def parse_system_info(info: str) -> set[str]:
    """Build features that llama.cpp reports as on (``"CPU : AVX2 = 1 | FMA = 1 | ..."``)."""
    features = set()
    for item in info.replace("\n", "|").split("|"):
        if "=" in item:
            key, _, value = item.rpartition("=")
            key = key.split(":")[-1].strip()
            if value.strip() == "1" and key:
                features.add(key)
    return features


def build_safety(build: set[str], flags: set[str] | None) -> Check:
    """Whether this CPU can run the llama.cpp build's instructions (a mismatch crashes with SIGILL)."""
    if flags is None:
        return Check("cpu", "ok", f"{platform.machine()} (no /proc/cpuinfo to compare the build with)")
    shown = " ".join(f for f in SHOWN_CPU_FLAGS if f in flags) or "none of the SIMD flags"
    missing = sorted(f for f in build if f in BUILD_TO_CPU_FLAG and f not in BYPASSED
                     and BUILD_TO_CPU_FLAG[f] not in flags)
    if missing and flags:
        return Check("cpu", "fail", f"llama.cpp was built for {', '.join(missing)}, which this CPU lacks "
                                    f"(it has: {shown}); it would crash with an illegal instruction",
                     fix=f"rebuild llama.cpp for this CPU: {REINSTALL_LLAMA}")
    amx_cpu = any(f.startswith("amx") for f in flags)
    amx_note = ("AMX present" if amx_cpu else "no AMX flag reported (a VM may hide it)")
    return Check("cpu", "ok", f"{shown}; {amx_note}; load is safe: ggml's extra buffer types "
                              "(AMX/repack, which segfault on AMX CPUs) are off")


def _check_python() -> Check:
    v = sys.version_info
    detail = f"{platform.python_version()} ({sys.executable})"
    if v < (3, 11):
        return Check("python", "fail", detail + "; connote needs 3.11 or newer",
                     fix="create the venv with python3.11 or newer")
    return Check("python", "ok", detail)


def _check_llama(gpu_layers: int) -> tuple[list[Check], set[str] | None]:
    try:
        import llama_cpp
    except Exception as exc:  # ImportError, or an OSError from a broken shared library
        return [Check("llama-cpp-python", "fail", f"cannot be imported: {type(exc).__name__}: {exc}",
                      fix=REINSTALL_LLAMA)], None
    version = getattr(llama_cpp, "__version__", "?")
    checks = [Check("llama-cpp-python", "ok", version)]
    try:
        raw = llama_cpp.llama_print_system_info()
        info = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    except Exception:  # pragma: no cover - very old or odd builds
        info = ""
    build = parse_system_info(info)
    shown = " ".join(sorted(f for f in build if f in BUILD_TO_CPU_FLAG)) or "no SIMD features reported"
    try:
        gpu = bool(llama_cpp.llama_supports_gpu_offload())
    except Exception:  # pragma: no cover
        gpu = False
    checks.append(Check("llama.cpp build", "ok", f"{shown}; GPU offload {'yes' if gpu else 'no'}"))
    if gpu_layers and not gpu:
        checks.append(Check("gpu layers", "warn", f"gpu_layers={gpu_layers} but this build has no GPU "
                                                  "support; it runs on the CPU"))
    return checks, build


def _check_state() -> list[Check]:
    checks = []
    data = paths.data_dir()
    checks.append(Check("data dir", "ok", str(data)) if _writable(data) else
                  Check("data dir", "fail", f"{data} is not writable", fix=f"fix the permissions of {data} "
                                                                         "or set CONNOTE_HOME"))
    db = paths.history_db()
    size = db.stat().st_size if db.exists() else 0
    checks.append(Check("history", "ok", f"{_human(size)} ({db})" if size else f"empty ({db})"))
    return checks


def _writable(path: Path) -> bool:
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return os.access(probe, os.W_OK)


def _check_models(full_verify: bool) -> list[Check]:
    checks = []
    for model in registry.REGISTRY.values():
        name = f"model {model.name}"
        st = store.state(model)
        fix = f"connote models install {model.name}"
        if st.status == "missing":
            if model.name == registry.DEFAULT_MODEL:
                checks.append(Check(name, "warn", f"the default model is not installed (install: {fix})"))
            else:
                checks.append(Check(name, "ok", f"not installed (optional; install: {fix})"))
            continue
        if st.status == "partial":
            checks.append(Check(name, "warn", f"interrupted install ({_human(st.bytes)} of {_human(model.size)});"
                                              f" resume with: {fix}"))
            continue
        path = store.model_path(model)
        try:
            if full_verify:
                store.verify_file(path, model.size, model.sha256)
            else:
                store.quick_verify(path, model)
        except ConnoteError as exc:
            checks.append(Check(name, "fail", exc.message, fix=fix))
            continue
        how = "size and sha256 verified" if full_verify else "verified earlier (size and marker)"
        checks.append(Check(name, "ok", f"{_human(model.size)}, {how}"))
    for uname, upath in resolve.load_user_models().items():
        try:
            info = store.check_gguf(Path(upath))
            checks.append(Check(f"model {uname}", "ok",
                                f"{upath} ({info.architecture or '?'}, {_human(info.file_size)})"))
        except ConnoteError as exc:
            checks.append(Check(f"model {uname}", "fail", exc.message,
                                fix=f"fix or replace the file, or: connote models remove {uname}"))
    return checks


def _check_choice(model_option: str | None) -> tuple[Check, Path | None]:
    from .config import load_config

    try:
        config = load_config()
    except ConnoteError as exc:
        return Check("config", "fail", exc.message, fix=exc.hint or f"fix {paths.config_file()}"), None
    chosen, source = resolve.choice(model_option, config.model)
    try:
        resolved = resolve.resolve(model_option, config.model)
    except ConnoteError as exc:
        fix = exc.hint.removeprefix("run: ") if exc.hint else "connote models install default"
        what = f"{chosen!r} (from {source})" if chosen else "the best installed model"
        return Check("model choice", "fail", f"{what}: {exc.message}", fix=fix), None
    return Check("model choice", "ok", f"connote draft uses {resolved.name} ({source})"), resolved.path


def smoke_test(model: Path, timeout: float = 180) -> Check:
    """Load ``model`` and decode one token in a child process: a crash there cannot take doctor down."""
    code = ("import sys; from connote.backends.llama import LlamaBackend\n"
            "b = LlamaBackend(sys.argv[1], n_ctx=256, threads=None)\n"
            "b.complete('Hello', max_tokens=1, temperature=0.0, seed=1, stop=[])\nprint('ok')\n")
    try:
        proc = subprocess.run([sys.executable, "-c", code, str(model)], capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return Check("load test", "warn", f"loading {model.name} took over {timeout:.0f} s")
    if proc.returncode == 0 and proc.stdout.strip().endswith("ok"):
        return Check("load test", "ok", f"{model.name} loaded and decoded a token")
    if proc.returncode < 0:
        import signal

        sig = signal.Signals(-proc.returncode).name
        return Check("load test", "fail", f"llama.cpp crashed ({sig}) loading {model.name}",
                     fix=f"rebuild llama.cpp for this CPU: {REINSTALL_LLAMA}")
    last = (proc.stderr.strip().splitlines() or ["unknown error"])[-1]
    return Check("load test", "fail", f"{model.name} did not load: {last}",
                 fix="check it with: connote models info " + str(model))


def diagnose(*, full_verify: bool = True, load_test: bool = True,
               model_option: str | None = None) -> list[Check]:
    from .config import load_config

    checks = [Check("connote", "ok", __version__), _check_python()]
    try:
        gpu_layers = load_config().gpu_layers
    except ConnoteError:
        gpu_layers = 0
    llama_checks, build = _check_llama(gpu_layers)
    checks += llama_checks
    if build is not None:
        checks.append(build_safety(build, cpu_flags()))
    checks += _check_state()
    checks += _check_models(full_verify)
    choice_check, model_path = _check_choice(model_option)
    checks.append(choice_check)
    cpu_ok = all(c.status != "fail" for c in checks if c.name in ("cpu", "llama-cpp-python"))
    if load_test and model_path is not None and build is not None and cpu_ok:
        checks.append(smoke_test(model_path))
    return checks


def failed(checks: list[Check]) -> bool:
    return any(c.status == "fail" for c in checks)


def as_dicts(checks: list[Check]) -> list[dict]:
    return [asdict(c) for c in checks]


def _human(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n} B"  # pragma: no cover
