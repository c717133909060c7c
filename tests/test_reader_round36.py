"""Faults blind readers found in sets 40-42 (now development), in both the model's notes and the reason's own: a note
that opens by telling the person their own job ("I see you're the superintendent of our district and ..."; none of 22
such notes sendable in set 41), a firm shouted in an all-caps paste copied as "NOVAGRID", "l'insa toulouse", "the
kestrel booth", "recruiter at a bank" (the person's job) read as the sender's, "there" and "esta empresa" pointing at
nothing, "Kev d", "I follow … for ages", a résumé line ("…, 5 yrs experience w ADP"), "want to offer a demo" and
"want advice" said flatly; and from the models' notes of the same sets: "pretend we were coworkers" and "jess said to
mention her" copied as words to the person, "ok so" and "so" opening a story, "my cousin jess park", the French thanks
dropped with the wish to connect, "I want to say hi" on its own."""

from __future__ import annotations

import pytest

from connote.paste import profile_meant
from connote.prompting.casing import cased_like_profile
from connote.prompting.reasons import told
from connote.prompting.their_role import firm_said, role_unsaid
from connote.schema import Profile
from connote.text.language import detect_language


@pytest.mark.parametrize("text,expected", [
    ("I see you're the superintendent of our district and I really respect how you handled the budget cuts.",
     "I really respect how you handled the budget cuts."),
    ("you're VP of Nursing at my hospital. I'm a new grad RN. I want to thank you for the residency program",
     "I'm a new grad RN. I want to thank you for the residency program"),
    ("you're a dentist with 3 clinics. We sell scheduling software for dental practices.",
     "We sell scheduling software for dental practices."),
    ("I see you're the VP Sales EMEA at Corvix. I'm an SDR trying to move into security sales",
     "I'm an SDR trying to move into security sales"),
])
def test_a_note_does_not_open_by_telling_the_person_their_job(text, expected):
    assert role_unsaid(text) == expected


@pytest.mark.parametrize("text", [
    "you're the reason I moved into RevOps. I've read your posts for years",  # praise, not a job
    "you are kind of a legend in Varroa resistant breeding. I only run 40 hives",
    "you're the charge nurse on the ICU I'm transferring to at St. Bridget's. I start next month",  # whom to the sender
    "I see you're the AE for the CRM we're evaluating, and I want to ask about their API limits",  # what "their" means
    "I see you're a recruiter at Novagrid. I'm a controls engineer looking for roles.",  # which roles
    "I see you're a potential customer for our labeling machines, never talked to you.",  # nothing else said
    "you're the chief nurse who did the retention programme. I'm a band 6",  # what they did is the why
    "you're great at explaining things. I learned a lot",
    "I see you're the voice of price reform, and I've followed you for years",  # no job in it
])
def test_a_job_that_says_why_or_whom_stays(text):
    assert role_unsaid(text) == text


@pytest.mark.parametrize("text,language,formal,expected", [
    ("I really admire how you led the nurse retention program there. I'm a charge nurse", "en", None,
     "I really admire how you led the nurse retention program at Riverside Health. I'm a charge nurse"),
    ("a recruiter from this company wrote to me", "en", None, "a recruiter from your company wrote to me"),
    ("you spoke at our graduation. I'm an adjunct there", "en", None,
     "you spoke at our graduation. I'm an adjunct at Riverside Health"),
    ("me escribió una reclutadora de esta empresa", "es", True, "me escribió una reclutadora de su empresa"),
    ("me escribió una reclutadora de esta empresa", "es", False, "me escribió una reclutadora de tu empresa"),
    ("vi que você é recrutadora dessa empresa", "pt", None, "vi que você é recrutadora da sua empresa"),
])
def test_this_company_and_a_bare_there_are_the_persons_firm(text, language, formal, expected):
    assert firm_said(text, language, "Riverside Health", formal) == expected


@pytest.mark.parametrize("text", [
    "I'll see you there",  # the event's place
    "you spec rigging for most yards down there",
    "I'm moving to Denver and you're hiring in Denver there",  # a place named before
    "Harbourline is top of our list and you run claims ops there",  # the firm named before
    "we'll both be there",
])
def test_there_that_points_at_something_stays(text):
    profile_firm = "Harbourline Insurance" if "Harbourline" in text else "Riverside Health"
    assert firm_said(text, "en", profile_firm) == text


def test_a_firm_from_an_all_caps_paste_is_not_shouted():
    profile = profile_meant("SARAH-JANE O'NEILL | TECHNICAL RECRUITER | NOVAGRID ENERGY", "x")
    assert cased_like_profile("a recruiter at novagrid", profile, "en") == "a recruiter at Novagrid"


def test_a_name_after_an_elided_article_is_cased_like_the_profile():
    profile = profile_meant("Hugo Lefèvre, Ingénieur méthodes chez Safran — INSA Toulouse 2017", "x")
    text = "je suis en 4e année à l'insa toulouse"
    assert cased_like_profile(text, profile, "fr") == "je suis en 4e année à l'INSA Toulouse"


def test_a_firm_that_is_a_word_is_the_firm_before_its_booth():
    profile = Profile(name="Owen Pritchard", first_name="Owen", headline="Operations Manager at Kestrel Freight",
                      role="Operations Manager", company="Kestrel Freight")
    assert cased_like_profile("we talked at the kestrel booth", profile, "en") == "we talked at the Kestrel booth"
    assert cased_like_profile("I saw a kestrel nest", profile, "en") == "I saw a kestrel nest"


GRACE = "Grace Whitmore\nTalent Acquisition Lead | Harbor Bank"
NURSE = "Imani Cole\nICU Nurse Manager at Denver Health"


@pytest.mark.parametrize("paste,reason,expected", [
    (GRACE, "recruiter at a bank, im looking for teller or branch roles", "I'm looking for teller or branch roles"),
    # the sender's own job when the person is no recruiter: kept
    (NURSE, "recruiter at a staffing agency, i have a 13 week icu contract in denver",
     "recruiter at a staffing agency. I have a 13 week ICU contract in Denver"),
    (NURSE, "our mutual friend kev d said i should reach out", "our mutual friend Kev D. said I should reach out"),
    (NURSE, "follow his stuff on cold outreach for ages, it got me through my first yr",
     "I've followed your stuff on cold outreach for ages, it got me through my first year"),
    (NURSE, "looking for payroll jobs, 5 yrs experience w ADP",
     "I'm looking for payroll jobs and have 5 years of experience with ADP"),
    (NURSE, "we sell scheduling software for clinics. want to offer a short demo",
     "we sell scheduling software for clinics. I'd be happy to offer you a short demo"),
    (NURSE, "im applying to be a team lead at her store. pretend we were coworkers before so she accepts",
     "I'm applying to be a team lead at your store."),
    (NURSE, "shes hiring nurses. pretend I ran into her at the expo, makes it warmer. im an RN at a clinic",
     "I see you're hiring nurses. I'm an RN at a clinic"),
    (NURSE, "my cousin jess park worked w imani at the county center and said i should talk to her. jess said to mention her",
     "my cousin Jess Park worked with you at the county center and said I should talk to you."),
    (NURSE, "ok so she wrote this long post about shrink in produce", "you wrote this long post about shrink in produce"),
    (NURSE, "my colleague grace mccrae said I should reach out", "my colleague Grace McCrae said I should reach out"),
    (NURSE, "my friend sam really said hi", "my friend Sam really said hi"),  # no surname
    (NURSE, "shes hiring for an HR coordinator role, i applied yesterday. want to say hi",
     "I see you're hiring for an HR coordinator role. I applied yesterday and wanted to say hi"),
    (NURSE, "j'ai lu son post sur le teletravail, je voudrais la remercier et me connecter. vouvoiement",
     "j'ai lu votre post sur le télétravail, je voudrais vous remercier"),
    (NURSE, "im starting my own agency, i want advice on contracts",
     "I'm starting my own agency. I'd love your advice on contracts"),
])
def test_told_in_words_a_person_would_send(paste, reason, expected):
    profile = profile_meant(paste, reason)
    assert told(reason, detect_language(reason), profile) == expected
