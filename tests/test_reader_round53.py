"""Faults a blind reader found in set 53's notes (read on ff9448a; fixed after that reading, measured on set 54):
a "People you may know" sidebar pasted above the profile greeted ("Hi Karthik"), "anders suggested" in lower case,
"industry peer, and …", "we were in the same company before", "old colleague from … days, been like 8 years", "I'm
an alum" of nothing, ", didn't get it but", "15 min advice chat", ", good day rates", "My portfolio (link on my
profile).", Spanish "preguntarle como me inscribo" copied, French "ancien collègue chez …", German "hab sie …
getroffen" (to "du") and "will sie unverbindlich ansprechen" (became "wollen Sie")."""

from __future__ import annotations

import pytest

from connote.paste import parse_profile
from connote.prompting.comma_clauses import comma_subjects
from connote.prompting.reasons import told
from connote.prompting.subjects import with_subjects

SIDEBAR_FIRST = ("People you may know\nKarthik Subramanian\nDeputy General Manager, Tunnels\nConnect\nRevathi Iyer\n"
                 "Senior Engineer, Structures\nConnect\n\nLakshmi Venkataraman\nChief Engineer (Structures) at Deccan "
                 "Infrastructure Ltd\nChennai, Tamil Nadu, India\n500+ connections\nConnect  Message\n\nAbout\n22 years "
                 "in metro and highway structures.")
GRACE = parse_profile("Grace Mbeki - Greenhouse Manager at Kiwi Growers")


def test_a_sidebar_pasted_above_the_profile_is_not_the_person():
    profile = parse_profile(SIDEBAR_FIRST)
    assert profile.first_name == "Lakshmi"
    assert "Karthik" not in (profile.headline or "") and profile.company == "Deccan Infrastructure Ltd"


def test_a_sidebar_below_the_profile_still_is_the_sidebar():
    profile = parse_profile("Anna Berg\nEngineer at Xylem\n\nPeople also viewed\nTom Lee\nCEO at Acme\nConnect")
    assert (profile.first_name, profile.headline) == ("Anna", "Engineer at Xylem")


@pytest.mark.parametrize("reason, expected", [
    ("anders said to reach out", "Anders suggested I reach out"),
    ("anders said i should reach out", "Anders said I should reach out"),
    ("everyone said you are the expert", "everyone said you are the expert"),
    ("she interviewed me last wk for the greenhouse supervisor role, didnt get it but she gave me really useful feedback",
     "you interviewed me last week for the greenhouse supervisor role. I didn't get it, but you gave me really useful "
     "feedback"),
    ("he went to queens too, want to ask for 15 min advice chat",
     "you went to queens too, and I'd like to ask for a 15-minute advice chat"),
    ("recruiting welders for a shutdown in rotterdam, good day rates. ask if hes open to contract work abroad",
     "I'm recruiting welders for a shutdown in Rotterdam, with good day rates. Would you be open to contract work "
     "abroad?"),
    ("curating a group show, would love her in it. mention my portfolio (link on my profile). not too gushy",
     "I'm curating a group show, and I would love you in it. My portfolio is linked on my profile"),
    ("saw her talk. mention my cv", "I saw your talk. I'd be happy to share my CV"),
])
def test_told(reason, expected):
    assert told(reason, "en", GRACE) == expected


def test_alum_with_no_school_on_the_profile():
    assert told("alum", "en", GRACE).startswith("we went to the same school")


@pytest.mark.parametrize("text, expected", [
    ("industry peer", "We're industry peers"),
    ("same company before", "We worked at the same company before"),
    ("same company", "We work at the same company"),
    ("old colleague from clydeport days", "We're old colleagues from clydeport days"),
])
def test_subjects(text, expected):
    assert with_subjects(text) == expected


def test_how_long_since():
    assert comma_subjects("We're old colleagues from Clydeport, been like 8 years") == \
        "We're old colleagues from Clydeport, and it's been like 8 years"


def test_spanish_question_word_asked():
    profile = parse_profile("Valentina Ríos - Coordinadora de Voluntariado en Techo")
    said = told("quiero ser voluntaria en semana santa, preguntarle como me inscribo. tutéala", "es", profile)
    assert said == "quiero ser voluntaria en semana santa. ¿Cómo me inscribo?"


@pytest.mark.parametrize("language, paste, reason, expected", [
    ("fr", "Yannick Martin - Chef de projet chez Sivom Transit", "ancien collègue chez sivom transit, on se tutoie",
     "nous étions collègues chez Sivom Transit"),
    ("es", "Ana Ruiz - Ingeniera en Repsol", "ex compañera de trabajo en repsol, hace años que no hablamos",
     "trabajamos juntos en Repsol, hace años que no hablamos"),
    ("de", "Jonas Weber - Ingenieur bei Siemens", "ehemaliger kollege bei siemens, lange nicht gesprochen. duzen",
     "wir waren Kollegen bei Siemens, wir haben uns lange nicht gesprochen."),
])
def test_former_colleagues(language, paste, reason, expected):
    assert told(reason, language, parse_profile(paste)) == expected


def test_german_her_as_the_senders_object_is_you():
    profile = parse_profile("Lena Hoffmann - Vertrieb bei Holzbau Süd")
    said = told("hab sie auf der messe in stuttgart getroffen, wir haben ewig gequatscht. duzen passt", "de", profile)
    assert said.startswith("ich hab dich auf der Messe")
    profile = parse_profile("Dr. Claire Vuilleumier\nLeitende Ärztin Anästhesie")
    said = told("wir suchen eine ärztin für unser spital in chur, will sie unverbindlich ansprechen. bitte Sie-form", "de",
                profile)
    assert said.endswith("ich möchte Sie unverbindlich ansprechen.")
