"""Faults a blind reader found in set 40 (read on the reason's note and the model's together): "fuimos a la misma uni
(upv)" taken for English, "mag informeel" and "rester pro svp" said in the note, "just want to connect, local
pharmacy folks" cut to "I just.", "…, just want to say hi" and "…, think it could fit" with no subject, "warehouse too",
"…, same field, …" between two clauses, "Holt & Marsh Cpas", "JOURNEYMAN" taken for an employer, "Hello Sister",
"hr-Barcamp"."""

from __future__ import annotations

import pytest

from connote.paste import parse_profile
from connote.prompting.instructions import without_instructions
from connote.prompting.reasons import told
from connote.schema import Profile
from connote.text.language import detect_language

ANNA = Profile(name="Anna Berg", first_name="Anna", headline="Engineer at Acme", role="Engineer", company="Acme")


@pytest.mark.parametrize("reason,language", [
    ("fuimos a la misma uni (upv)", "es"),
    ("saw ur post", "en"),
    ("met at kubecon", "en"),
    ("fellow nurse in oncology", "en"),
])
def test_one_english_looking_word_does_not_make_a_short_reason_english(reason, language):
    assert detect_language(reason) == language


@pytest.mark.parametrize("reason,left", [
    ("we zitten allebei in bouwmaterialen. mag informeel", "we zitten allebei in bouwmaterialen."),
    ("ik ben er 1 (java, 6 jr). mag best informeel, je/jij", "ik ben er 1 (java, 6 jr)."),
    ("j'ai 10 ans d'expérience en gros oeuvre. rester pro svp", "j'ai 10 ans d'expérience en gros oeuvre."),
])
def test_the_register_allowed_is_for_the_writer(reason, left):
    assert without_instructions(reason).strip() == left


@pytest.mark.parametrize("reason,said", [
    ("just want to connect, local pharmacy folks", "I just want to connect with local pharmacy folks"),
    ("just want to connect, we met at the expo", "we met at the expo"),  # the closing says the rest
    ("shes the charge nurse on the icu i'm transferring to next month, just want to say hi before my first shift",
     "you're the charge nurse on the ICU I'm transferring to next month, and I wanted to say hi before my first "
     "shift"),
    ("we sell cold chain packaging, think it could fit their export line", "we sell cold chain packaging, and I think "
     "it could fit your export line"),
    ("they run the platform team, want someone senior", "you run the platform team, want someone senior"),
    ("warehouse too", "I work in a warehouse too, and I'd like to follow your work as an engineer at Acme"),
    ("the warehouse too", "the warehouse too, and I'd like to follow your work as an engineer at Acme"),
    ("supply chain too", "I'm in supply chain too"),
    ("we both run night shift warehouse ops, same field, would be good to compare notes on cold storage",
     "we both run night shift warehouse ops, and it would be good to compare notes on cold storage"),
    ("im a nurse, same field", "I'm a nurse. We're in the same field, and I'd like to follow your work as an engineer "
     "at Acme"),
])
def test_told(reason, said):
    assert told(reason, "en", ANNA) == said


def test_a_lower_case_employers_acronyms_keep_their_capitals():
    profile = parse_profile("priya raghunathan - senior accountant @ holt & marsh cpas")
    assert told("networking", "en", profile) == \
        "I'd like to follow your work as a senior accountant at Holt & Marsh CPAs"


def test_a_word_in_capitals_that_the_dictionary_knows_is_no_brand():
    profile = parse_profile("KEVIN O'BRIEN\nELECTRICIAN - JOURNEYMAN | IBEW LOCAL 46")
    assert (profile.first_name, profile.company) == ("Kevin", "IBEW LOCAL 46")
    assert told("just want to connect", "en", profile) == \
        "I'd like to follow your work as an electrician at IBEW Local 46"


@pytest.mark.parametrize("paste,first", [
    ("Sister Mary-Kate Lonergan, President at St. Agnes Academy", "Mary-Kate"),
    ("Brother Thomas Keane\nPrincipal at St. Joseph's", "Thomas"),
])
def test_a_religious_title_is_not_the_first_name(paste, first):
    assert parse_profile(paste).first_name == first


def test_a_german_compound_keeps_a_codes_capitals():
    katharina = Profile(name="Katharina Huber", first_name="Katharina")
    assert told("haben uns beim hr-barcamp in salzburg kennengelernt", "de", katharina) == \
        "wir haben uns beim HR-Barcamp in Salzburg kennengelernt"
