"""Faults a blind reader found in set 48's notes (read on 2f5b22f; fixed after the reading, so measured on set 49):
a terse Dutch reason written in Italian ("collega wijkverpleging"), "Hi Charlotte-Ridge" for "Thandiwe Nkosi, Ed.D.",
"formale per favore" and "NOT be pushy" copied, "the Phage And Pathogens Congress", "Hi" where the reason asked
for a formal note, "usted" between former colleagues, and "I want to connect beforehand. I'd be glad to connect."."""

from __future__ import annotations

import pytest

from connote.drafting.variations import said_once, with_added_closing, with_closing
from connote.paste import parse_profile, profile_meant
from connote.prompting.address import formality
from connote.prompting.build import opener
from connote.prompting.instructions import without_instructions
from connote.prompting.reasons import told
from connote.text.language import detect_language


@pytest.mark.parametrize("reason, language", [
    ("collega wijkverpleging", "nl"),  # "collega" is Italian and Dutch: the dictionaries tell
    ("collega uit de zorg", "nl"),
    ("collega infermiera", "it"),
    ("collega del settore", "it"),
    ("colega del sector logistico", "es"),
])
def test_a_tie_between_two_languages_goes_to_the_dictionaries(reason, language):
    assert detect_language(reason) == language


@pytest.mark.parametrize("line, first", [
    ("Thandiwe Nkosi, Ed.D. · 2nd", "Thandiwe"),
    ("Thandiwe Nkosi, Ed.D.", "Thandiwe"),
    ("Ana Ruiz, D.N.P., R.N. · 2nd", "Ana"),
    ("Ed Park, Ed.D. · 2nd", "Ed"),
])
def test_a_credential_written_with_dots_is_no_name(line, first):
    paste = f"Home\n{line}\nPrincipal at Westbrook Middle School | Charlotte-Ridge Public Schools\nCharlotte, NC"
    assert parse_profile(paste).first_name == first


@pytest.mark.parametrize("reason, expected", [
    ("vorrei collegarmi prima. formale per favore", "vorrei collegarmi prima."),
    ("ho letto il tuo post, breve per favore", "ho letto il tuo post"),
    ("want to connect but NOT be pushy", "want to connect"),
    ("want to connect and not sound salesy", "want to connect"),
    ("lavoro per la regione, vorrei collegarmi", "lavoro per la regione, vorrei collegarmi"),
    ("i want to be a nurse", "i want to be a nurse"),
    ("her work seems super cool", "her work seems super cool"),
])
def test_instructions_in_these_words_are_for_the_writer(reason, expected):
    assert without_instructions(reason) == expected


def test_short_words_inside_an_event_name_stay_lower_case():
    profile = profile_meant("Dr. Naledi Mokoena\nResearch Scientist, Phage Biology", "x")
    said = told("shes giving a talk at the phage and pathogens congress in lisbon in june, want to meet up there",
                "en", profile)
    assert "the Phage and Pathogens Congress in Lisbon" in said


@pytest.mark.parametrize("reason, formal", [
    ("heard her on the podcast, im a cardiac nurse. formal pls", True),
    ("formal please, she is a judge", True),
    ("not too formal", False),
    ("keep it informal", False),
    ("she runs the formal events team", False),
    ("saw her post", False),
])
def test_english_asks_the_formal_greeting_in_words(reason, formal):
    assert formality(reason, "en") is formal
    profile = parse_profile("Adaeze Okafor\nPaediatric Cardiologist")
    assert opener(profile, "en", 0, formality(reason, "en")) == ("Dear Adaeze," if formal else "Hi Adaeze,")


@pytest.mark.parametrize("reason, language", [
    ("trabajamos juntas en el hotel de malaga hace años, quiero reconectar", "es"),
    ("trabalhamos juntos na Vale, quero reconectar", "pt"),
    ("on a bossé ensemble chez Lidl il y a 5 ans", "fr"),
    ("wir haben damals zusammen gearbeitet", "de"),
    ("eravamo colleghi in banca", "it"),
    ("nous étions collègues chez Dockéo au Havre en 2018, je reprends contact", "fr"),
])
def test_people_who_worked_together_say_the_informal_you(reason, language):
    assert formality(reason, language) is False


def test_former_colleagues_asked_to_be_formal_still_are():
    assert formality("abbiamo lavorato insieme, dagli del lei", "it") is True
    profile = profile_meant("Lucía Ortega\nJefa de Recepción en Hotel Costa", "x")
    assert "tú eras mi jefa" in told("trabajamos juntas en el hotel hace años, bueno ella era mi jefa jaja", "es",
                                     profile)


@pytest.mark.parametrize("note, language, expected", [
    ("Hi J.R., I'm interviewing for the opening on your team and I want to connect beforehand. I'd be glad to connect.",
     "en", "Hi J.R., I'm interviewing for the opening on your team and I want to connect beforehand."),
    ("Hi Betsy, we supply you fencing and feed. I would like to connect before the spring order. Glad to connect.",
     "en", "Hi Betsy, we supply you fencing and feed. I would like to connect before the spring order."),
    ("Hi Grace, we both know Tobi. He suggested I connect about a contract question. I'd be glad to connect.", "en",
     "Hi Grace, we both know Tobi. He suggested I connect about a contract question. I'd be glad to connect."),
    ("Hi Ana, we connected at the expo. I'd be glad to connect.", "en",
     "Hi Ana, we connected at the expo. I'd be glad to connect."),  # met there: the closing is the only wish
    ("Hi Ana, I loved your talk. I'd be glad to connect.", "en", "Hi Ana, I loved your talk. I'd be glad to connect."),
    ("Hi Ana, I want to connect before Friday. Thanks!", "en", "Hi Ana, I want to connect before Friday. Thanks!"),
])
def test_a_wish_to_connect_is_said_once(note, language, expected):
    assert said_once(note, language) == expected


def test_a_note_that_asks_to_connect_gets_a_thanks_as_its_variation():
    note = said_once("Hi J.R., I want to connect before Thursday's interview. I'd be glad to connect.", "en")
    assert with_closing(note, "en", [note]) is None  # no "glad to connect" left to swap
    assert with_added_closing(note, "en", [note]) == "Hi J.R., I want to connect before Thursday's interview. Thanks!"


def test_a_pronouns_line_with_the_degree_is_no_headline():
    """Set 49 (unmeasured): "She/her · 2nd" was taken for the headline ("I'd love to follow your work as a she/her")."""
    profile = parse_profile("Lindiwe Mahlangu\nShe/her · 2nd\nSolar PV Design Engineer | NABCEP\nSunvale Renewables")
    assert profile.pronouns == "She/her"
    assert profile.headline == "Solar PV Design Engineer | NABCEP"


def test_we_used_tu_says_the_informal_you_and_is_for_the_writer():
    """Set 49 (unmeasured): "on se tutoyait" was copied into the note."""
    reason = "nous étions collègues chez dockeo au havre en 2018, je reprends contact. on se tutoyait"
    assert formality(reason, "fr") is False
    assert without_instructions(reason) == "nous étions collègues chez dockeo au havre en 2018, je reprends contact."
