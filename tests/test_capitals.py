"""Acronyms a user typed in lower case, in capitals (drafting/capitals.py), with a scorer that stands in for the
model: it knows a few forms, and what it is asked is recorded."""

from __future__ import annotations

import re

import pytest

from connote.backends.fake import FakeBackend
from connote.drafting import capitals, draft
from connote.drafting.capitals import MARGIN, capitalised
from connote.schema import DraftRequest
from connote.text.spelling import available

pytestmark = pytest.mark.skipif(not available("en"), reason="the English dictionary is not installed")


class Known:
    """Scores a continuation by its first word: ``forms`` gives a form's gain over the word as typed."""

    def __init__(self, forms: dict[str, float]) -> None:
        self.forms = forms
        self.asked: list[tuple[str, str]] = []

    def likelihoods(self, requests):
        self.asked += requests
        return [self.forms.get(re.match(r"\s*([^\W\d_]+)", c).group(1), 0.0) for _, c in requests]

    def words(self) -> set[str]:
        return {re.match(r"\s*([^\W\d_]+)", c).group(1).lower() for _, c in self.asked}


class Unable:
    def likelihoods(self, requests):
        return None


def test_acronyms_the_model_is_sure_of_take_their_capitals():
    scorer = Known({"UBC": 7.0, "PGH": MARGIN + 0.1})
    note = "Hi Ana, I'm a ubc alum now working in pgh. Glad to connect."
    out = capitalised(note, "fellow ubc alum, working in pgh", "en", scorer)
    assert out == "Hi Ana, I'm a UBC alum now working in PGH. Glad to connect."


def test_a_gain_below_the_margin_leaves_the_word_as_typed():
    scorer = Known({"BEV": MARGIN - 0.1})
    note = "Hi Bo, we've done a lot of food/bev work."
    assert capitalised(note, "we've done a lot of food/bev work", "en", scorer) == note


def test_only_short_words_the_user_typed_in_lower_case_that_no_dictionary_knows_are_asked():
    scorer = Known({})
    note = "Hi ana, I'm on 4 west and saw your sdr post on the epic rollout at Kestrel, and TMS too. Happy to connect."
    capitalised(note, "i'm on 4 west, saw her sdr post on the epic rollout at kestrel, tms", "en", scorer)
    # not: ana (greeting), west/epic (words a dictionary knows), rollout/kestrel (longer), on/at/the (common),
    # happy (the model's own), TMS (not in lower case in the note)
    assert scorer.words() == {"sdr"}
    assert [c for _, c in scorer.asked] == [" sdr post", " SDR post"]
    assert scorer.asked[0][0] == capitals.HEADER + "Hi ana, I'm on 4 west and saw your"


def test_notes_in_other_languages_are_left_as_they_are():
    scorer = Known({"NER": 9.0})
    note = "Guten Tag Herr Vogel, Sie sind Einkaufsleiter bei ner Brauerei."
    assert capitalised(note, "er ist einkaufsleiter bei ner brauerei", "de", scorer) == note
    assert scorer.asked == []


def test_a_scorer_that_cannot_score_leaves_the_note_unchanged():
    note = "Hi Ana, fellow ubc alum here."
    assert capitalised(note, "fellow ubc alum", "en", Unable()) == note


class ScoringFake(FakeBackend):
    def __init__(self, forms: dict[str, float], **kw) -> None:
        super().__init__(**kw)
        self.known = Known(forms)

    def likelihoods(self, requests):
        return self.known.likelihoods(requests)


def test_drafted_notes_and_their_variations_carry_the_capitals():
    request = DraftRequest(profile_text="Ana Ruiz\nDemand Planning Lead at Mercy Foods", count=3, seed=4,
                           reason="we're both in cpg demand planning")
    result = draft(request, ScoringFake({"CPG": 6.0}))
    assert result.notes
    for note in result.notes:
        assert "CPG" in note.text and "cpg" not in note.text, note.text
        assert note.chars == len(note.text)


def test_without_a_scorer_the_notes_keep_the_users_letters():
    request = DraftRequest(profile_text="Ana Ruiz\nDemand Planning Lead at Mercy Foods", count=1, seed=4,
                           reason="we're both in cpg demand planning")
    assert "cpg" in draft(request, FakeBackend()).notes[0].text
