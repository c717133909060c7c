"""Rules from set 27 (read blind on cfe406a) and from set 26, a development set (its names were seen, it was never
run): a company page's header with its follower count above the person ("Tamsworth County Public Library /
Libraries · 2,870 followers"), a card's name with its degree at the end ("Cormac O'Séaghdha · 2nd", "· 2. Grades"),
an advert line ("Ad · …"), the phone's "← Rechercher", "Unternehmenslösungen", "Prof. dr."; "he goes by Faiz";
instructions ("first name only", "one sentence is fine", "connect first", "one line for that, not a paragraph",
"mas sem puxa-saquismo", "gewoon je/jij gebruiken", "bitte auf englisch, sie spricht kein deutsch", "so please
mention her", "is ja tech"); what to say in other words ("make clear …", "fala q …"); Dutch "staat ze open voor …?";
"just building my network", "an hr team", "a controls eng", "work under her someday"."""

from __future__ import annotations

import pytest

from connote.paste import parse_profile
from connote.prompting.instructions import without_instructions
from connote.prompting.note_form import addressed_as
from connote.prompting.reasons import told
from connote.prompting.voice import spoken
from connote.text.spelling import available

needs_dictionaries = pytest.mark.skipif(not all(available(lang) for lang in ("en", "pt")),
                                        reason="the spell checker's dictionaries are not installed")
PROFILE = parse_profile("Dana Reyes\nGeneral Manager at Ridge Mill\nAustin, Texas, United States")


@pytest.mark.parametrize(("paste", "first"), [
    ("Home\nMy Network\nMe\n\nTamsworth County Public Library\nLibraries · 2,870 followers\n\n"
     "Wilhelmina Osterberg, MLIS · 2nd\nDirector of Libraries, Tamsworth County\n"
     "Tamsworth, Vermont, United States · Contact info", "Wilhelmina"),
    ("Home | My Network | Jobs\n\nCity of Wexley — Department of Transportation\nGovernment Administration · 1,106 "
     "followers\n\nCormac O'Séaghdha · 2nd\nHe/Him\nTransit Planning Manager at City of Wexley\n"
     "Wexley, England, United Kingdom · Contact info", "Cormac"),
    ("Meridian Aerotech MRO\nAviation and Aerospace Component Manufacturing · Toulouse, Occitanie · 4K followers\n"
     "Home   About   Posts   Jobs   People\n\nNgozi Hartmann-Eze · 2nd\nContinuing Airworthiness Manager at Meridian "
     "Aerotech MRO\nToulouse, Occitanie, France\n742 connections", "Ngozi"),
    ("Aurelia Hotels & Resorts\nHospitality · Lisbon, Portugal · 18K followers\n\nEmployees\nBeatriz Couto · 2nd\n"
     "Revenue Manager, Aurelia Hotels & Resorts\nNikolai Petrov · 3rd+\nExecutive Chef at Aurelia Lisboa Centro\n\n"
     "Femke Dijkstra · 2nd\nGeneral Manager, Aurelia Porto Ribeira\nPorto, Portugal · 3,045 followers", "Femke"),
    ("Startseite\nMein Netzwerk\nSie\nUnternehmenslösungen\n\nBaumann & Kreuzer Hochbau GmbH\nBauwesen · Augsburg, "
     "Bayern · 1.204 Follower\nFolgen\n\nDipl.-Ing. Katrin Wöhlert\n· 2. Grades\nProjektleiterin Hochbau bei Baumann & "
     "Kreuzer Hochbau GmbH\nAugsburg, Bayern, Deutschland · Kontaktinfo", "Katrin"),
    ("Home My Network Jobs\n\nAd · Render faster with Lumenrig Cloud — free 14-day trial\n\nAdaeze Lindqvist-Okafor · "
     "3rd+\nAssociate Director at Harrow & Pine Architects\nGlasgow, Scotland, United Kingdom", "Adaeze"),
    ("←  Rechercher\n\nÉmilie Nguyen-Lacroix · 2e\nCheffe de projet BIM chez Atelier Sorel Architectes\nLyon", "Émilie"),
    ("Prof. dr. Anneliese van der Berg-Smit — Hoogleraar Data Science · Hogeschool Utrecht", "Anneliese"),
])
def test_the_person_below_a_page_header_set_27(paste, first):
    assert parse_profile(paste).first_name == first


def test_goes_by():
    reason = "met him at the spe conference in kl, panel on co2 storage. he goes by Faiz btw. short pls"
    assert addressed_as(reason) == "Faiz"
    assert without_instructions(reason) == "met him at the spe conference in kl, panel on co2 storage."


@pytest.mark.parametrize(("reason", "kept"), [
    ("we were on opposite sides of a merger filing. I want to stay in touch. first name only",
     "we were on opposite sides of a merger filing. I want to stay in touch."),
    ("her point about FX hedging stuck with me. one sentence is fine", "her point about FX hedging stuck with me."),
    ("i run a meetup in leeds and want to ask her to speak someday but NOT in this message, connect first",
     "i run a meetup in leeds"),
    ("im a phd student. ask if she takes visiting students but one line for that, not a paragraph",
     "im a phd student. ask if she takes visiting students"),
    ("spraken elkaar op het congres. gewoon je/jij gebruiken, en vraag of ze een keer open staat voor koffie",
     "spraken elkaar op het congres. staat ze een keer open voor koffie?"),
    ("hab ihren artikel gelesen. bitte auf englisch schreiben, sie sitzt in dublin und spricht kein deutsch",
     "hab ihren artikel gelesen."),
    ("we both know farah from the cfa society, she told me to reach out so please mention her. i just want to pick "
     "his brain", "we both know farah from the cfa society, she told me to reach out. i just want to pick his brain"),
    ("ich hab deinen artikel gelesen. du passt, is ja tech", "ich hab deinen artikel gelesen."),
    ("we're a small foundation. make clear this isn't a funding commitment, just an intro",
     "we're a small foundation. this isn't a funding commitment, just an intro"),
    ("achei incrivel. fala q sou arquiteto tb e q queria trocar uma ideia, mas sem puxa-saquismo pf",
     "achei incrivel. sou arquiteto tb e queria trocar uma ideia"),
    ("di solito lavoro con i tessuti", "di solito lavoro con i tessuti"),  # "di" says nothing without "che"
])
def test_instructions_of_set_27_are_not_said(reason, kept):
    assert without_instructions(reason) == kept


@needs_dictionaries
@pytest.mark.parametrize(("reason", "said"), [
    ("just building my network in manchester", "I'm just building my network in Manchester, and I'd like to follow "
                                               "your work as General Manager at Ridge Mill"),
    ("we're an hr team of 4 at a courier company", "we're an HR team of 4 at a courier company"),
    ("im a controls eng w 6 yrs plc", "I'm a controls engineer with 6 years of plc"),
    ("a civil eng student", "I'm a civil engineering student"),
    ("shes building the risk team and id love to work under her someday",
     "you're building the risk team and I'd love to work under you someday"),
])
def test_set_27_english_reasons(reason, said):
    assert told(reason, "en", PROFILE) == said


@pytest.mark.parametrize(("text", "formal", "said"), [
    ("na haar presentatie. staat ze een keer open voor koffie?", False, "na jouw presentatie. sta je een keer open voor koffie?"),
    ("ze werkt bij Eneco. Is ze nog daar?", False, "jij werkt bij Eneco. Ben je nog daar?"),
    ("heeft hij tijd? ik ken hem van de beurs", True, "heeft u tijd? ik ken u van de beurs"),
])
def test_a_dutch_question_with_the_verb_first_is_asked_of_the_person(text, formal, said):
    assert spoken(text, "nl", formal=formal) == said
