"""Faults set 54's blind reader found (read on 16eaad9; fixed after that reading, not measured blind): a formal German
case with no note at all ("Frau Dr. von Hohenstein" written "Dr. Von" after the capital a sentence gets, so every
candidate named the wrong person and none was shown), "aufm" (a spelling check failed it), and "Hi Mtra" / "Hi Ds"
for "Mtra. Daniela Ruiz" and "DS Rachel Whitcombe"."""

from __future__ import annotations

import pytest

from connote.drafting.finishing import finish
from connote.paste import parse_profile
from connote.prompting.reasons import told


def test_a_particle_after_a_title_keeps_its_lower_case():
    assert finish("Guten Tag Frau Dr. von Hohenstein, ich war da. danke.", 300) == \
        "Guten Tag Frau Dr. von Hohenstein, ich war da. Danke."


def test_aufm_is_spelled_out():
    profile = parse_profile("Dr. Annegret von Hohenstein · 2.\nLeiterin Schadenregulierung | Hanseatische Feuer AG")
    assert "auf dem Versicherungsforum" in told("war bei ihrem vortrag aufm versicherungsforum in köln. bitte siezen",
                                                "de", profile)


@pytest.mark.parametrize("paste, first", [
    ("Mtra. Daniela Ruiz Castañeda\nTrabajadora Social", "Daniela"),
    ("DS Rachel Whitcombe\nDetective Sergeant | Severnside Police", "Rachel"),
    ("DCI Tom Hale · 2nd\nMajor Crimes", "Tom"),
])
def test_ranks_and_academic_titles(paste, first):
    assert parse_profile(paste).first_name == first


# The reasons of set 54 the reader faulted, said as they were told to the model (fixed in the seventeenth session)

def _told(paste: str, reason: str, language: str = "en") -> str:
    return told(reason, language, parse_profile(paste))


@pytest.mark.parametrize("reason, said, unsaid", [
    ("sales, honest. we make ceramic cores, saw theyre building a new line. japanese corporate so keep it polite",
     "ceramic cores. I saw you're building a new line", "corporate"),
    ("organising a careers day in nov, would she come talk abt being a cop. we dont know each other so say who i am",
     "Would you come talk about being a cop?", "who I am"),
    ("sent a request before w/o a note and its still pending. met her at the cold chain summit, want to follow up",
     "We met at the Cold Chain Summit", "pending"),
    ("im a rotating intern. want her advice on applying for surgery residency", "I'd love your advice on", "I want"),
    ("we need a physio for the u21 squad, full time, shes open to work", "full time. You're open to work", ", you're"),
    ("hiring, fifo hse role", "I'm hiring for a FIFO", "hiring,"),
    ("thank him for the site visit tips last week, helped heaps w/ my first progress claim",
     "last week, which helped heaps", "week helped"),
    ("podcast guest?", "Would you be open to being a podcast guest?", "I'm"),
    ("coffee?", "Would you be open to a coffee?", "follow"),
])
def test_english_reasons_said_as_a_person_writes(reason, said, unsaid):
    note = _told("Sarah Osei - Head of Supply at Coldline Foods", reason)
    assert said in note and unsaid not in note


def test_the_persons_name_typed_first_is_a_label():
    assert _told("Jim Bell - Skipper at Aegean Sail", "jim, met on the ferry to chios, he said add him").startswith(
        "We met on the ferry to Chios")
    assert _told("Kate Bell - Vet Nurse", "kate bell from sparsholt!! we did animal mgmt together").startswith(
        "we know each other from Sparsholt")


def test_following_their_work_is_said_once():
    note = _told("Ravi Iyer - Marine Cargo Underwriting Manager at Coromandel General Insurance", "follow his work")
    assert note.count("follow") == 1 and "Coromandel" in note


def test_there_is_the_persons_company():
    assert "sous chef at Fjordkjøkken in March" in _told("Sunniva Berg - Head Chef at Fjordkjøkken",
                                                         "starting as sous chef there in march")


@pytest.mark.parametrize("paste, reason, language, said, unsaid", [
    ("Margaux Lenoir - Autrice", "j'écris un roman mais je veux PAS parler du manuscrit dans le msg (elle dit elle-même "
     "pas en mp).", "fr", "roman", "msg"),
    ("Joris Bakker - Architect", "ik ben student. zag ook dat ze een stagiair zoeken maar dat nog niet noemen aub", "nl",
     "student", "stagiair"),
    ("Femke de Vries - IC-verpleegkundige", "zoek werk als ic-vpk regio zwolle, per direct", "nl", "ik zoek werk",
     "nonexistent"),
    ("Jean-Baptiste Diallo - Directeur", "je l'ai vu au salon, il m'a dit de l'ajouter. vouvoie-le", "fr",
     "de vous ajouter", "de l'ajouter"),
    ("Luana Prado - Gerente de Qualidade", "a gente fornece embalagem, vi o comentário dela sobre segurança", "pt",
     "embalagem. Vi o seu", ", vi"),
    ("Lukas Brenner - Cheftrainer", "kenn ihn vom trainerkurs. gratulier ihm zum aufstieg. per du", "de",
     "Glückwunsch zum Aufstieg", "ratulier"),
])
def test_other_languages(paste, reason, language, said, unsaid):
    note = _told(paste, reason, language)
    assert said in note and unsaid not in note


@pytest.mark.parametrize("reason, question", [
    ("advice?", "Could I ask you for advice?"),
    ("referral?", "Could I ask you for a referral?"),
    ("speaker at our meetup?", "Would you be open to being a speaker at our meetup?"),
    ("mentoring?", "Would you be open to mentoring?"),
    ("intro call?", "Would you be open to an intro call?"),
])
def test_a_noun_asked_is_a_question(reason, question):
    assert _told("Ana Lopes - Data Lead at Brio", reason) == question


@pytest.mark.parametrize("reason", ["hiring?", "still at acme?", "you free thursday?", "open to work?"])
def test_other_terse_questions_are_not_offers(reason):
    assert not _told("Ana Lopes - Data Lead at Brio", reason).startswith(("Would you be open to", "Could I ask"))


def test_an_acronym_spelled_out_takes_an():
    assert "hiring for an HSE role" in _told("Ana Lopes - HSE Lead at Brio", "hiring, HSE role")


@pytest.mark.parametrize("reason, said", [
    ("dave h sent me", "Dave H. suggested I reach out"),
    ("tom sent me your way, im a loss adjuster", "Tom suggested I reach out. I'm a loss adjuster"),
    ("she sent me", "you sent me"),
])
def test_who_sent_the_sender(reason, said):
    assert _told("Peg O'Sullivan - Claims Director at Harbourline", reason).startswith(said)


@pytest.mark.parametrize("reason, said", [
    ("same msw at mcgill, she was a yr ahead of me", "We did the same MSW at mcgill. You were a year ahead of me"),
    ("same mba cohort", "We were in the same MBA cohort"),
    ("same course as me at uni", "We did the same course at uni"),
])
def test_the_same_course_or_cohort_is_a_sentence(reason, said):
    assert _told("Marie Tremblay - Social Worker at Ciusss", reason).startswith(said)


def test_the_current_job_left_unsaid():
    note = _told("Vivian Chen - Head of Pricing at Meridian", "im a maths teacher rn switching into actuarial, just passed "
                 "my first 2 exams. dont mention my current job")
    assert note.startswith("I'm switching into actuarial") and "teacher" not in note


@pytest.mark.parametrize("reason, said", [
    ("future boss", "you'll be my boss"),
    ("future colleague", "we'll be colleagues"),
    ("future boss!! starting as sous chef there in march", "You'll be my boss! I'm starting as sous chef at Fjordkjøkken"),
])
def test_a_future_boss_is_who_they_will_be(reason, said):
    assert _told("Sunniva Berg - Head Chef at Fjordkjøkken", reason).startswith(said)
