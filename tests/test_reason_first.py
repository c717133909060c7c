"""``first_note = "reason"``: the first note is the user's reason in the note's voice when it passes the checks; the
model writes what it leaves (the first note when the reason's fails, variations it cannot build, regenerations).
Measured on sets 40-42 read blind (bench/results/README.md): a median 0.1 s a case against 2.5 s, half the invented
facts, but fewer notes a reader would send (45% of top notes against the model's 51%), so it is not the default.
"""

from __future__ import annotations

import json

from connote.backends.base import Completion, OnFirstUse
from connote.backends.fake import FakeBackend
from connote.drafting import draft
from connote.drafting.variations import CLOSINGS, THANKS, from_reason, with_closing
from connote.schema import DraftRequest

PASTE = "Marco Bellini\nProcurement Lead at Ostro Logistics"
REASON = "saw ur post on the freight rate thing, we buy a lot of LTL too"


def test_the_reason_writes_the_first_note_and_its_variations_without_the_model():
    backend = FakeBackend()
    result = draft(DraftRequest(profile_text=PASTE, reason=REASON, seed=1, first_note="reason"), backend)
    texts = [n.text for n in result.notes]
    assert texts[0] == ("Hi Marco, I saw your post on the freight rate thing. We buy a lot of LTL too. "
                        "I'd be glad to connect.")
    assert len(texts) == 3 and len(set(texts)) == 3 and all(n.passed for n in result.notes)
    assert all("We buy a lot of LTL too." in t for t in texts)  # the variations differ in greeting and closing
    assert backend.calls == [] and backend.prepared == []  # the model was not asked for anything


def test_the_model_writes_what_the_reasons_note_leaves():
    backend = FakeBackend(script=[" we buy a lot of LTL too, so I read your freight rate post closely."])
    result = draft(DraftRequest(profile_text=PASTE, reason=REASON, seed=1, count=4, first_note="reason"), backend)
    texts = [n.text for n in result.notes]
    assert backend.calls and len(texts) == 4  # three built from the reason, the fourth the model's
    assert texts[0].startswith("Hi Marco, I saw your post on the freight rate thing.")
    assert "so I read your freight rate post closely" in texts[3]


def test_by_default_the_model_writes_first():
    backend = FakeBackend()
    result = draft(DraftRequest(profile_text=PASTE, reason=REASON, seed=1), backend)
    assert backend.calls and backend.prepared
    assert result.notes[0].text != ("Hi Marco, I saw your post on the freight rate thing. We buy a lot of LTL too. "
                                    "I'd be glad to connect.")


def test_the_config_setting_reaches_the_draft(cli, connote_home, monkeypatch):
    import connote.backends.table as table

    calls = []

    class Counting(FakeBackend):
        def complete(self, prompt, **kwargs):
            calls.append(prompt)
            return super().complete(prompt, **kwargs)

    monkeypatch.setitem(table.OPENERS, table.FAKE, lambda *a: table.OpenedModel("fake", Counting()))
    code, out, _ = cli("draft", "--model", "fake", "-p", PASTE, "-r", REASON, "--json", "--seed", "3")
    assert code == 0 and json.loads(out)["request"]["first_note"] == "model" and calls
    calls.clear()
    assert cli("config", "set", "first_note", "reason")[0] == 0
    code, out, _ = cli("draft", "--model", "fake", "-p", PASTE, "-r", REASON, "--json", "--seed", "3")
    assert code == 0 and json.loads(out)["request"]["first_note"] == "reason" and not calls


def test_a_batch_with_the_reason_first_asks_the_model_nothing(cli, tmp_path, monkeypatch):
    import connote.backends.table as table

    assert cli("config", "set", "first_note", "reason")[0] == 0
    backend = FakeBackend()
    monkeypatch.setitem(table.OPENERS, table.FAKE, lambda *a: table.OpenedModel("fake", backend))
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"profile": PASTE, "reason": REASON}) + "\n")
    code, _, err = cli("batch", str(rows), "--model", "fake", "-o", str(tmp_path / "out.jsonl"))
    assert code == 0, err
    out = json.loads((tmp_path / "out.jsonl").read_text().splitlines()[0])
    assert out["notes"][0]["text"].startswith("Hi Marco, I saw your post") and backend.calls == []


def test_a_reason_that_asks_to_connect_itself_is_closed_with_thanks():
    said = "you messaged me about a QA tester role, and I want to connect so we can set up a call"
    note = from_reason("Hi Shauna,", said, "en")
    assert note == f"Hi Shauna, {said}. {THANKS['en'][0]}"
    assert with_closing(note, "en", [note]) == f"Hi Shauna, {said}. {THANKS['en'][1]}"
    spanish = from_reason("Hola Valentina,", "me escribió por una vacante, quiero conectar para seguir", "es")
    assert spanish.endswith(THANKS["es"][0]) and not spanish.endswith(CLOSINGS["es"][0])
    assert from_reason("Hi Ana,", "I read your post on pricing", "en").endswith(CLOSINGS["en"][0])


def test_a_model_loaded_on_first_use_only():
    made = []

    class Model(FakeBackend):
        def complete(self, prompt, **kwargs) -> Completion:
            return Completion(text=" hello", seed=kwargs["seed"])

    def make():
        made.append(1)
        return Model()

    lazy = OnFirstUse(make, "llama.cpp:test")
    assert lazy.name == "llama.cpp:test" and not made
    lazy.close()  # closing one never used loads nothing
    assert not made
    draft(DraftRequest(profile_text=PASTE, reason=REASON, seed=1, first_note="reason"), lazy)
    assert not made  # the reason's note and its variations passed
    draft(DraftRequest(profile_text=PASTE, reason=REASON, seed=1, count=4, first_note="reason"), lazy)
    draft(DraftRequest(profile_text=PASTE, reason=REASON, seed=2), lazy)
    assert made == [1] and lazy.prepared  # loaded once, then the real backend's own attributes
