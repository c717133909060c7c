"""Faults a blind reader found in set 50's notes (read on 9c7c585; fixed after that reading, not measured blind):
instructions copied ("ci davamo del tu", "einfach hallo sagen", "directo pero respetuoso", "beleefd"), a Portuguese
"no nosso podcast 'subsolo'" taken for "no 'X' please" (the whole podcast clause was dropped), "SAM Ortiz … said",
"Intro myself" said to the person, and "Hi Captain"."""

from __future__ import annotations

import pytest

from connote.paste import parse_profile
from connote.prompting.address import formality
from connote.prompting.instructions import without_instructions
from connote.prompting.voice import tidied
from connote.text.spelling import corrected


@pytest.mark.parametrize("reason, expected", [
    ("ci siamo viste al salone, voglio riprendere il discorso. ci davamo del tu",
     "ci siamo viste al salone, voglio riprendere il discorso."),
    ("gleiche hochschule (hs nordbrück, medieninformatik), einfach hallo sagen, duzen",
     "gleiche hochschule (hs nordbrück, medieninformatik)"),
    ("creo que encaja perfecto. directo pero respetuoso, de usted", "creo que encaja perfecto."),
    ("ik studeer bijna af. beleefd, u-vorm", "ik studeer bijna af."),
    ("vou entrevistar ele no nosso podcast 'subsolo' semana q vem, queria me apresentar antes. informal",
     "vou entrevistar ele no nosso podcast 'subsolo' semana q vem, queria me apresentar antes."),
    ('loved the post, no "great post" fluff though', "loved the post"),
])
def test_these_are_for_the_writer(reason, expected):
    assert without_instructions(reason) == expected


def test_we_used_tu_in_italian_is_the_informal_you():
    assert formality("ci siamo viste al salone, ci davamo del tu", "it") is False
    reason = "ci siamo conosciuti al salone nautico, vorrei restare in contatto. gli do del lei"  # set 51, unmeasured
    assert formality(reason, "it") is True
    assert without_instructions(reason) == "ci siamo conosciuti al salone nautico, vorrei restare in contatto."


@pytest.mark.parametrize("text, expected", [
    ("sam ortiz (we worked together at parexon) said i should reach out",
     "Sam Ortiz (we worked together at parexon) said i should reach out"),
    ("sam said i should reach out", "Sam said i should reach out"),
    ("our ceo said hi", "our CEO said hi"),
    ("the vp said yes", "the VP said yes"),
])
def test_a_name_before_said_is_a_name_not_a_code(text, expected):
    assert corrected(text, "en") == expected


def test_intro_myself_is_said_as_the_senders():
    assert tidied("I'm moderating it. Intro myself, I'll send the run of show by email", "en") == \
        "I'm moderating it. I'd like to introduce myself, I'll send the run of show by email"


def test_captain_is_a_title():
    profile = parse_profile("Captain Siddharth Rao\n· 2nd\nChief Pilot | Training & Standards at Skyreach Airlines")
    assert profile.first_name == "Siddharth"
