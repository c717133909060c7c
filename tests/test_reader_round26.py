"""Rules from what a blind reader failed in set 25 (read on b174261): the person's card found by its own "· Contact
info" line below a company page (not the employer line under a person's headline); "mention that", "sign off with
just Marta", "keep it humble and dont make it sound like …" (two instructions), "dalle pure del tu", "du passt",
"none of that '…' stuff", "no flattery overload", "the procurement head, not the others", "first name is fine";
"¿podemos hablar …?" without its comma; "gr8", "met @ dentex … booth", "ex flipkart too", "mesmo ramo rh",
"netwerken", "Chair, Northbridge Water", Italian "al loro stand", "priscilla amankwah introduced us"."""

from __future__ import annotations

import pytest

from connote.paste import parse_profile
from connote.prompting.note_form import sign_off
from connote.prompting.reasons import same_field_said, their_work, told, without_instructions
from connote.prompting.voice import spoken
from connote.text.spelling import available

needs_dictionaries = pytest.mark.skipif(not all(available(lang) for lang in ("en", "de", "es", "pt", "nl")),
                                        reason="the spell checker's dictionaries are not installed")
PROFILE = parse_profile("Dana Reyes\nGeneral Manager at Ridge Mill\nAustin, Texas, United States")


@pytest.mark.parametrize(("paste", "first"), [
    ("Home\nMy Network\nMe\nHalcyon Tidal Energy\nRenewables & Environment · Aberdeen, Scotland · 14,203 followers\n"
     "Follow   Visit website\nHome  About  Posts  Jobs  People\n\nMorwenna Trescothick\n"
     "Subsea Operations Director at Halcyon Tidal Energy\nAberdeen, Scotland, United Kingdom · Contact info\n2nd",
     "Morwenna"),
    ("Tidewater Analytics\nIT Services and IT Consulting · Charleston, South Carolina · 6,410 followers\n"
     "See all 212 employees on LinkedIn →\n\nMei-Lin Gallagher\nDirector of Data Science at Tidewater Analytics\n"
     "Charleston, South Carolina, United States · Contact info\n2nd", "Mei-Lin"),
    # unchanged: the employer's line under a person's own headline is not a card
    ("Home My Network Jobs\n\nHenrique \"Rico\" Salgueiro\n2nd degree connection\nChief Officer | Supramax\n"
     "Atlântica Bulk Carriers\nLisbon, Portugal · Contact info", "Rico"),
    ("Home\nMy Network\n\nOttoline Fairbrother · 2nd\nRegional Sales Agronomist – East Anglia\nHarrowgate Seeds\n"
     "Bury St Edmunds, England · Contact info", "Ottoline"),
])
def test_the_card_with_its_own_contact_line_below_a_company_page(paste, first):
    assert parse_profile(paste).first_name == first


@pytest.mark.parametrize(("reason", "kept"), [
    ("her talk about color tokens was great, mention that. no emojis pls", "her talk about color tokens was great"),
    ("we both did art history at st andrews. keep it humble and dont make it sound like im asking her for a job",
     "we both did art history at st andrews."),
    ("stesso settore, anche io faccio legale nel vino. dalle pure del tu", "stesso settore, anche io faccio legale nel vino."),
    ("sie war paar semester über mir. du passt, ist ja linkedin", "sie war paar semester über mir."),
    ("im starting on her team on the 3rd!! keep it chill, none of that corporate 'excited to leverage' stuff",
     "im starting on her team on the 3rd!!"),
    ("saw her portfolio, the wayfinding is sick. no flattery overload tho, 2 sentences max",
     "saw her portfolio, the wayfinding is sick."),
    ("the procurement head, not the others. we make compostable labels", "we make compostable labels"),
    ("applying to his phd group. he signs his emails as just Ignacio so first name is fine", "applying to his phd group."),
    ("vi su post. preguntale si podemos hablar esta semana, q no suene desesperado", "vi su post. ¿Podemos hablar esta semana?"),
    ("priscilla introduced us last wk. mention priscilla, keep it warm but professional",
     "priscilla introduced us last wk."),
])
def test_instructions_of_set_25_are_not_said(reason, kept):
    assert without_instructions(reason) == kept


def test_a_sign_off_with_just_a_name():
    assert sign_off("met him at the lunch. sign off with just Marta", None) == "– Marta"


@needs_dictionaries
@pytest.mark.parametrize(("reason", "said"), [
    ("her post on anchoring, gr8", "I read your post on anchoring. It was great"),
    ("met @ dentex jhb booth", "We met at the dentex jhb booth"),
    ("stopped by at their stand", "stopped by at your stand"),
    ("ex flipkart too lol", "I used to work at flipkart too"),
    ("big fan of her work", "I'm a big fan of your work as General Manager at Ridge Mill"),
    ("priscilla amankwah introduced us over email", "Priscilla Amankwah introduced us over email"),
])
def test_set_25_english_reasons(reason, said):
    assert told(reason, "en", PROFILE) == said


def test_a_one_word_title_then_where():
    rosalind = parse_profile("Rosalind Achterberg\nChair, Northbridge Water | Non-Executive Director")
    assert their_work(rosalind, "en") == "your work as Chair at Northbridge Water"
    assert their_work(parse_profile("Jo Lee\nSenior Program Director, Offshore Wind"), "en") == \
        "your work as a senior program director at Offshore Wind"


@needs_dictionaries
def test_same_field_with_which_one_and_dutch_networking():
    assert same_field_said("mesmo ramo rh", "pt") == "trabalhamos no mesmo ramo, rh"
    assert told("zelfde vakgebied, netwerken", "nl", parse_profile("Daan Hoekstra\nProduct Owner - Rabovia Bank")) == \
        "we werken in hetzelfde vakgebied, en ik volg graag je werk als Product Owner bij Rabovia Bank"


def test_italian_their_stand_is_yours():
    assert spoken("passo al loro stand giovedi", "it", formal=False) == "passo al vostro stand giovedi"
    assert spoken("ho visto la loro nuova linea", "it", formal=True) == "ho visto la vostra nuova linea"
