"""Faults a blind reader found in set 52's notes (read on de2b4c3; fixed after that reading): "Agm" for "AGM",
"Would love to connect." after "Dear …", ", honestly got me", ", got reach licences", ", saw it in his activity",
", following up here", "Marta said add you", "be upfront that im a GC" left unsaid, "Just a friendly intro.", "re
the campaign", "aston alumni" written in Dutch, "je bent een oud-collega van de jeugdzorg", ", lang niet
gesproken", and the model's "I see you speaking at …"."""

from __future__ import annotations

import pytest

from connote.drafting.finishing import finish
from connote.drafting.variations import with_closing
from connote.paste import parse_profile
from connote.prompting.comma_clauses import comma_subjects
from connote.prompting.reasons import told
from connote.text.language import detect_language

GRZEGORZ = parse_profile("Grzegorz Nowak - Site Manager at Budimex")
SANNE = parse_profile("Sanne de Vries\nJeugdzorgwerker bij Gemeente Deventer")


def test_a_formal_english_note_gets_no_casual_closing():
    note = "Dear Helen, I start on your team in September. I'd be glad to connect."
    taken = [note]
    for _ in range(3):
        swapped = with_closing(note, "en", taken)
        assert swapped and not swapped.endswith(("Would love to connect.", "Glad to connect.", "Happy to connect here."))
        taken.append(swapped)


@pytest.mark.parametrize("text, expected", [
    ("I saw your post about the winter appeal, honestly got me",
     "I saw your post about the winter appeal, and it honestly got me"),
    ("I need a forklift job asap, got counterbalance and reach licences, nights OK",
     "I need a forklift job asap, and I've got counterbalance and reach licences, nights OK"),
    ("your company is hiring backend people, saw it in your activity",
     "your company is hiring backend people, and I saw it in your activity"),
    ("my friend Youssef introduced us by email last week, following up here",
     "my friend Youssef introduced us by email last week, and I'm following up here"),
    ("I applied, got a reply", "I applied, got a reply"),
    ("you ran the session, got everyone talking", "you ran the session, got everyone talking"),
])
def test_comma_clauses_get_their_subject(text, expected):
    assert comma_subjects(text) == expected


@pytest.mark.parametrize("reason, expected", [
    ("marta said add him", "Marta suggested I reach out"),
    ("looking for an electrical sub, wanna see if hes taking on work. be upfront that im a GC",
     "I'm looking for an electrical sub, and I'd like to see if you're taking on work. I'm a GC"),
    ("be honest that i work for a competitor, want to swap notes on safety",
     "I work for a competitor, and I'd like to swap notes on safety"),
    ("shes going to be my new boss, im starting in jan. just a friendly intro",
     "you're going to be my new boss. I'm starting in January. I wanted to introduce myself"),
    ("im a site manager, want to stay in touch re the campaign",
     "I'm a site manager, and I'd like to stay in touch about the campaign"),
])
def test_told(reason, expected):
    assert told(reason, "en", GRZEGORZ) == expected


def test_a_tone_told_openly_without_what_is_not_said():
    assert "sales" not in told("selling our tool, be upfront its a sales msg. they use shopify", "en", GRZEGORZ)


@pytest.mark.parametrize("text, language", [("aston alumni", "en"), ("ubc grad", "en"),
                                            ("alumni van de TU Delft, leuk om te connecten", "nl")])
def test_an_alumni_reason_is_english_unless_it_says_otherwise(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("reason, expected", [
    ("oud-collega vd jeugdzorg in deventer, lang niet gesproken. gewoon je/jij",
     "we zijn oud-collega's van de jeugdzorg in Deventer, we hebben elkaar lang niet gesproken."),
    ("ex-collega van het ziekenhuis", "we zijn oud-collega's van het ziekenhuis"),
    ("oud-collega van mn zus marloes, die zei dat ik haar moest benaderen. jij-vorm",
     "je bent een oud-collega van mijn zus Marloes, die zei dat ik je moest benaderen."),
])
def test_dutch_former_colleagues(reason, expected):
    assert told(reason, "nl", SANNE) == expected


def test_the_models_i_see_you_speaking_is_mended():
    assert finish("Hi Priya – I see you speaking at the Equine Welfare Day next month.", 300) == \
        "Hi Priya – I see you're speaking at the Equine Welfare Day next month."
    assert finish("Hi Priya – I see you there.", 300) == "Hi Priya – I see you there."
