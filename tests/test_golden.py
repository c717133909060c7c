"""connote's observable behaviour, byte for byte, against ``tests/golden/snapshot.json``.

The snapshot holds every command's ``--help``, ``draft``/``again``/``batch`` output on the fake backend, the
rendered prompts, parsed profiles and fake drafts for every benchmark and corpus case, template fingerprints,
and the checks' verdicts and scores on the labelled note corpus (see ``tests/golden/capture.py``). A change
meant to keep behaviour (a refactor) must keep this test green untouched; a change meant to alter behaviour
regenerates the snapshot (``python tests/golden/capture.py``) and says so in its commit.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

HERE = Path(__file__).with_name("golden")
_spec = importlib.util.spec_from_file_location("golden_capture", HERE / "capture.py")
capture = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(capture)


@pytest.fixture(scope="module")
def pair():
    expected = json.loads((HERE / "snapshot.json").read_text())
    got = json.loads(json.dumps(capture.capture(), ensure_ascii=False, sort_keys=True))
    return expected, got


@pytest.mark.parametrize("part", ["help", "cli", "library", "checks", "profiles"])
def test_behaviour_matches_the_snapshot(pair, part):
    expected, got = pair
    if part == "library":
        assert got[part]["fingerprints"] == expected[part]["fingerprints"]
        for case_id, entry in expected[part]["cases"].items():
            assert got[part]["cases"].get(case_id) == entry, case_id
        assert set(got[part]["cases"]) == set(expected[part]["cases"])
    else:
        for key, value in expected[part].items():
            assert got[part].get(key) == value, key
        assert set(got[part]) == set(expected[part])
