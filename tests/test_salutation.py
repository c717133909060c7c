"""A formal German note greets "Frau Dr. Aumüller" where the profile says Frau or Herr (prompting.salutation),
and addresses_person holds it to that."""

from __future__ import annotations

import pytest

from connote.checks import BY_NAME, CheckContext
from connote.paste import parse_profile
from connote.prompting.build import opener
from connote.prompting.salutation import formal_name, sir_or_madam
from connote.schema import Profile


@pytest.mark.parametrize("paste, expected", [
    ("Dr. med. Friederike Aumüller · 2.\nFachärztin für Allgemeinmedizin", "Frau Dr. Aumüller"),
    ("Dr.-Ing. Matthias Rüdiger Kessel · 2.\nLeiter Netzausbau bei Nordwerk Energie AG", "Herr Dr. Kessel"),
    ("Katharina von Ahlen\nLeiterin Fertigungsplanung bei Hessler Antriebstechnik GmbH", "Frau von Ahlen"),
    ("Lukas Brandtner · 2.\nTeamleiter SAP-Basis bei Vellmar IT Services GmbH", "Herr Brandtner"),
    ("Prof. Dr. Jana Wolff\nProfessorin für Logistik", "Frau Prof. Wolff"),
    ("Katharina Voss\nSie/Ihr\n· 2.\nTalent Acquisition Partner bei Ostwerk", "Frau Voss"),
    ("Jonas Pieper\nhe/him\n· 2nd\nSenior Software Engineer at Kestrel", "Herr Pieper"),
])
def test_the_profile_says_frau_or_herr(paste, expected):
    profile = parse_profile(paste)
    assert formal_name(profile) == expected


@pytest.mark.parametrize("headline", ["Head of Regulatory Affairs bei Medivant GmbH", "Senior Manager bei Lindt",
                                      "Software Engineer", "Partner | Berlin", None])
def test_without_frau_or_herr_the_whole_name_without_titles(headline):
    profile = Profile(name="Dr. Friederike Hallmann", first_name="Friederike", headline=headline)
    assert sir_or_madam(profile) is None
    assert formal_name(profile) == "Friederike Hallmann"
    assert opener(profile, "de", 0, True) == "Guten Tag Friederike Hallmann,"
    assert opener(profile, "de", 0, False) == "Hallo Friederike,"


def test_a_feminine_role_wins_over_a_masculine_one_and_other_languages_keep_the_first_name():
    profile = Profile(name="Lena Schuster", first_name="Lena", headline="Steuerberaterin | Geschäftsführer-Assistenz")
    assert formal_name(profile) == "Frau Schuster"
    assert opener(profile, "de", 1, True) == "Hallo Frau Schuster,"
    assert opener(profile, "fr", 0, True) == "Bonjour Lena,"
    assert opener(profile, "en", 0) == "Hi Lena,"


def test_an_all_caps_or_one_word_name_is_greeted_by_the_first_name():
    assert formal_name(Profile(name="LENA SCHUSTER", first_name="Lena", headline="Steuerberaterin")) == "Lena"
    assert formal_name(Profile(name="Lena", first_name="Lena", headline="Steuerberaterin")) == "Lena"


@pytest.mark.parametrize("note, ok", [
    ("Guten Tag Frau Dr. Aumüller, ich habe Ihren Vortrag gehört. Ich würde mich über die Vernetzung freuen.", True),
    ("Hallo Frau Dr. Aumüller – ich habe Ihren Vortrag gehört.", True),
    ("Guten Tag Herr Dr. Aumüller, ich habe Ihren Vortrag gehört.", False),
    ("Guten Tag Frau Dr. Müller, ich habe Ihren Vortrag gehört.", False),
    ("Guten Tag Frau Friederike, ich habe Ihren Vortrag gehört.", False),
    ("Guten Tag Friederike Aumüller, ich habe Ihren Vortrag gehört.", True),
])
def test_addresses_person_holds_frau_or_herr_to_the_profile(note, ok):
    paste = "Dr. med. Friederike Aumüller · 2.\nFachärztin für Allgemeinmedizin"
    ctx = CheckContext(profile=parse_profile(paste), profile_text=paste, reason="hab ihren vortrag gehört",
                       sender=None, limit=300, language="de")
    assert BY_NAME["addresses_person"].run(ctx, note).passed is ok


def test_frau_where_the_profile_says_neither_fails():
    paste = "Friederike Hallmann\nHead of Regulatory Affairs bei Medivant GmbH"
    ctx = CheckContext(profile=parse_profile(paste), profile_text=paste, reason="gleiche branche", sender=None,
                       limit=300, language="de")
    result = BY_NAME["addresses_person"].run(ctx, "Guten Tag Frau Hallmann, wir arbeiten in der gleichen Branche.")
    assert not result.passed and "doesn't say Frau or Herr" in result.detail
