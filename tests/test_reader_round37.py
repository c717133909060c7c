"""Faults a blind reader found in set 43's notes (read on b62512b, now development): a Portuguese reason whose small
words ("me", "do") English shares read as English, "Rosa m. said we should connect" cut as a wish to connect and an
initial taken for a sentence's end ("Kenji T. Said"), "visual merch" spell-checked to "march", "I follow up", "you said
add you", "w/o sounding desperate", "i applied mon", "possible new boss, interview thurs", "took over our acct" with
no subject, "starting aug", "6 yrs clean record", German "…, wird vllt meine chefin", Dutch "hun inkoop" for the
person's firm, "I'm an adjunct there", "at State of New Cascadia, Office of Vital Records"."""

from __future__ import annotations

import pytest

from connote.drafting.finishing import finish
from connote.paste import profile_meant
from connote.prompting.reasons import told
from connote.text.language import detect_language

NURSE = "Imani Cole\nICU Nurse Manager at Denver Health"


@pytest.mark.parametrize("text,language", [
    ("tb me formei na federal do cerrado, agronomia 2013! bora trocar ideia", "pt"),
    ("fuimos a la misma uni (upv)", "es"),
    ("do you know me", "en"),
    ("I do me", "en"),
])
def test_a_tie_with_english_is_broken_by_the_dictionary(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("paste,reason,expected", [
    (NURSE, "fellow nurse (we run a clinic), rosa m. said we should connect",
     "I'm a fellow nurse (we run a clinic), Rosa M. said we should connect"),
    (NURSE, "kenji t said i should reach out, im a nurse", "Kenji T. said I should reach out. I'm a nurse"),
    (NURSE, "also in visual merch", "I'm also in visual merchandising"),
    (NURSE, "we met at the expo booth on tues, she asked for our kit. follow up",
     "we met at the expo booth on Tuesday. You asked for our kit. I wanted to follow up"),
    (NURSE, "met at the fair sat, he said add him. im a server", "We met at the fair on Saturday. You said I should add you. I'm a server"),
    (NURSE, "shes hiring for the role, i applied mon. want to get on her radar w/o sounding desperate",
     "I see you're hiring for the role. I applied on Monday. I'd like to get on your radar"),
    (NURSE, "possible new boss, interview thurs", "You might be my new boss. I have an interview on Thursday"),
    (NURSE, "hes our new rep at prairie iron, took over our acct from linda. we buy most our parts there",
     "you're our new rep at prairie iron and took over our account from Linda. We buy most of our parts there"),
    (NURSE, "im the new principal at one of his schools starting aug", "I'm the new principal at one of your schools starting August"),
    (NURSE, "i drive class a, 6 yrs clean record", "I drive class a, 6 years with a clean record"),
    (NURSE, "hes cfo at a regional trucking co, i run ops at a similar size carrier. would love to compare notes",
     "you're CFO at a regional trucking co. I run ops at a similar size carrier. I would love to compare notes"),
    ("Yolanda Reyes\nDean at Lakeshore College", "she spoke at our graduation, im an adjunct there",
     "you spoke at our graduation. I'm an adjunct at Lakeshore College"),
    ("Winifred Ames\nAdministrative Services Manager at State of New Cascadia, Office of Vital Records", "connect?",
     "I'd like to follow your work as an administrative services manager at the Office of Vital Records"),
    ("Mira Sommer\nHead of Product at Lumo", "hab am donnerstag das zweitgespräch mit ihr, wird vllt meine chefin. duzen passt",
     "ich hab am Donnerstag das Zweitgespräch mit dir, du wirst vielleicht meine Chefin."),
    ("Pieter-Jan Claes\nInkoper bij Vandaele Foods", "ik ben accountmanager bij een leverancier, hun inkoop zoekt een nieuwe "
     "leverancier. graag u-vorm", "ik ben accountmanager bij een leverancier, uw inkoop zoekt een nieuwe leverancier."),
])
def test_told_as_a_person_would_say_it(paste, reason, expected):
    profile = profile_meant(paste, reason)
    assert told(reason, detect_language(reason), profile) == expected


def test_an_initial_does_not_end_a_sentence():
    assert finish("Hi Sam, Kenji T. said I should reach out. thanks for that.", 300) == \
        "Hi Sam, Kenji T. said I should reach out. Thanks for that."
