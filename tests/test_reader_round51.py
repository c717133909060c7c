"""Faults a blind reader found in set 51's notes (read on c86f7d1; fixed after that reading, measured on set 52):
the person named in the third person ("I'll report to Chloe" to Chloé), "their fleet" to the buyer's face, "lets",
bare "Sam suggested." and "library conference." fragments, a question followed by more sentences and a second
closing, "Lost touch, …", "robocon Nordic", "Oud-collega van …" with no verb, Portuguese "c" for "com", a
dangling "sync before", a praise spliced between commas, and German "ich habe letzte Woche im Kongress"."""

from __future__ import annotations

import pytest

from connote.drafting.variations import THANKS, with_added_closing, with_closing
from connote.paste import parse_profile
from connote.prompting.comma_clauses import comma_subjects
from connote.prompting.reasons import told
from connote.prompting.subjects import spelled_out, with_subjects
from connote.prompting.terse import event_said_de, suggested_said
from connote.prompting.to_say import asked

CHLOE = parse_profile("Chloé Marchand · 2nd\nDirector of Revenue | Maison Alouette Hotels")
ROHAN = parse_profile("Rohan Mehta - Fleet Manager at Coldline Logistics")


def test_the_person_named_without_their_accent_is_you():
    said = told("my recruiter dev said i'll report to chloe when i start in march", "en", CHLOE)
    assert "report to you when I start in March" in said


def test_the_person_named_before_other_words_is_you_but_not_someone_with_a_surname():
    assert "report to you next month" in told("i'll report to chloe next month", "en", CHLOE)
    assert "report to you" not in told("i'll report to chloe Dubois next month", "en", CHLOE)


@pytest.mark.parametrize("reason, expected", [
    ("we make iot temp sensors for reefer trucks. just want to see if its relevant for their fleet",
     "see if it's relevant for your fleet"),
    ("selling our returns tool. they're on shopify plus and returns are brutal", "You're on"),
])
def test_the_firm_after_the_senders_own_is_the_persons(reason, expected):
    assert expected in told(reason, "en", ROHAN)


def test_the_senders_group_may_still_be_they():
    said = told("my team uses your dashboards, they love the alerts", "en", ROHAN)
    assert "they love the alerts" in said


def test_our_things_may_be_they():
    said = told("her unit bought our chairs. want to check in on how theyre holding up", "en", ROHAN)
    assert "how they're holding up" in said


def test_we_make_them_stays_a_thing():
    assert "we ship them" in told("we make crates and we ship them fast, relevant for their depots", "en", ROHAN)


@pytest.mark.parametrize("text, expected", [
    ("lets continue that convo", "let's continue that conversation"),
    ("Lets grab a coffee", "Let's grab a coffee"),
    ("she lets us test it", "she lets us test it"),
    ("want to sync before, maybe a call in may", "want to sync beforehand, maybe a call in May"),
    ("the week before, she spoke", "the week before, she spoke"),
])
def test_spelled_out(text, expected):
    assert spelled_out(text) == expected


@pytest.mark.parametrize("reason, expected", [
    ("sam suggested", "sam suggested I reach out"),
    ("dana recommended you.", "dana recommended I reach out to you."),
    ("I suggested it", "I suggested it"),
    ("we suggested, ok", "we suggested, ok"),
])
def test_who_suggested_it(reason, expected):
    assert suggested_said(reason) == expected


@pytest.mark.parametrize("reason, expected", [
    ("library conference", "I'm reaching out about the library conference"),
    ("the expo last week", "I'm reaching out after the expo last week"),
    ("web summit next month", "I'm reaching out ahead of the web summit next month"),
])
def test_an_occasion_named_alone_is_a_sentence(reason, expected):
    assert told(reason, "en", ROHAN) == expected


@pytest.mark.parametrize("reason", ["met at the expo", "great conference"])
def test_an_occasion_with_more_words_is_not_only_named(reason):
    assert "reaching out" not in told(reason, "en", ROHAN)


@pytest.mark.parametrize("reason, expected", [
    ("Kongress letzte Woche", "ich melde mich nach dem Kongress letzte Woche"),
    ("die Messe nächste Woche", "ich melde mich vor der Messe nächste Woche"),
    ("DGIM Ärztekongress", "ich melde mich wegen des DGIM Ärztekongresses"),
    ("Webinar", "ich melde mich wegen des Webinars"),
    ("großen Kongress gestern", None),
])
def test_a_german_occasion_named_alone(reason, expected):
    assert event_said_de(reason) == expected


def test_the_german_reason_is_told_so():
    profile = parse_profile("Dr. Jonas Achterberg\nOberarzt Kardiologie")
    assert told("kongress letzte woche", "de", profile) == "ich melde mich nach dem Kongress letzte Woche"


def test_a_question_asked_for_the_writer_ends_the_reason():
    text = "I want you on our podcast. You'd be perfect. ask if you're open to a guest spot, loved episode 42"
    assert asked(text) == ("I want you on our podcast. You'd be perfect. I loved episode 42. Would you be open to a "
                           "guest spot?")


def test_a_question_already_last_stays():
    assert asked("I run a podcast. ask if you're open to a guest spot") == \
        "I run a podcast. Would you be open to a guest spot?"


def test_after_a_question_the_closing_is_a_thanks():
    note = "Hi Finn, would you be open to a guest spot on our podcast? I'd be glad to connect."
    swapped = with_closing(note, "en", [])
    assert swapped.endswith(THANKS["en"]) or swapped.split("? ")[1] in THANKS["en"]
    added = with_added_closing("Hi Finn, would you be open to a guest spot on our podcast?", "en", [])
    assert added.split("? ")[1] in THANKS["en"]


def test_three_variations_after_a_question_each_get_their_own_thanks():
    body = "Hi Finn, would you be open to a guest spot on our podcast?"
    taken: list[str] = []
    for _ in range(3):
        taken.append(with_added_closing(body, "en", taken))
    assert len(set(taken)) == 3 and None not in taken


@pytest.mark.parametrize("text, expected", [
    ("You were my manager. lost touch, and I wanted to say hi", "You were my manager. We lost touch, and I wanted to say hi"),
    ("I accepted the offer. connect before I start", "I accepted the offer. I'd like to connect before I start"),
    ("former colleague of my sister, she said to reach out", "You're a former colleague of my sister, she said to reach out"),
    ("old classmate of mine", "You're an old classmate of mine"),
])
def test_subjects(text, expected):
    assert with_subjects(text) == expected


def test_a_dutch_former_colleague_of_is_a_sentence():
    profile = parse_profile("Sanne de Vries\nWijkverpleegkundige bij Buurtzorg")
    said = told("oud-collega van mn zus marloes, die zei dat ik haar moest benaderen. jij-vorm", "nl", profile)
    assert said.startswith("je bent een oud-collega van mijn zus Marloes")


def test_portuguese_c_is_com():
    profile = parse_profile("Fernanda Lima - Gerente de Marketplace na Vitrine Verde")
    said = told("queria falar c ela antes. trabalho c marketplace há 3 anos", "pt", profile)
    assert "falar com você" in said and "trabalho com marketplace" in said


def test_vitamin_c_stays():
    profile = parse_profile("Fernanda Lima - Nutricionista")
    assert "vitamina c" in told("vi seu post sobre vitamina c e gostei", "pt", profile).lower()


def test_praise_between_commas_is_its_own_sentence():
    assert comma_subjects("I saw your post about triage, really good thread, and I want to follow your work") == \
        "I saw your post about triage. It was a really good thread, and I want to follow your work"


def test_an_unknown_word_beside_a_capitalised_one_is_part_of_the_name():
    profile = parse_profile("Wen-Li Chen - Robotics Lead at Abyssal")
    assert "Robocon Nordic" in told("shes speaking at robocon nordic in june", "en", profile)


@pytest.mark.parametrize("reason, expected", [
    ("shes speaking at the expo in june, im on the same panel", "I see you're speaking at the expo in June"),
    ("she's open to work, we need a site lead in leeds", "I see you're open to work"),
])
def test_what_the_person_is_doing_is_said_as_seen(reason, expected):
    assert told(reason, "en", ROHAN).startswith(expected)


def test_what_the_person_will_be_to_the_sender_is_not_seen():
    assert told("you're my new manager", "en", ROHAN).startswith("you are my new manager")


@pytest.mark.parametrize("reason, expected", [
    ("hed be my cto if i join", "you'd be my CTO if I join"),
    ("she mentioned the vp of eng and the ciso", "the CISO"),
    ("two ceos and a coo", "two CEOs and a COO"),
    ("the cross-functional team at cisco", "cross-functional"),
])
def test_chief_titles_keep_their_capitals(reason, expected):
    assert expected in told(reason, "en", ROHAN)


@pytest.mark.parametrize("paste, first, name", [
    ("Detective\nJane Roe\nHomicide Unit, Metro PD", "Jane", "Jane Roe"),
    ("Sergeant Mike Doyle · 2nd\nTraining Officer", "Mike", "Sergeant Mike Doyle"),
    ("Judge Amara Obi · 3rd\nHigh Court", "Amara", "Judge Amara Obi"),
    ("Lt. Col. Dana Price\nUS Army", "Dana", "Lt. Col. Dana Price"),
])
def test_ranks_and_offices_before_a_name(paste, first, name):
    profile = parse_profile(paste)
    assert (profile.first_name, profile.name) == (first, name)


def test_a_short_unknown_word_beside_a_name_is_left_for_its_capitals():
    profile = parse_profile("Dave Kerr - Plumber")
    assert "Agm" not in told("met him at the Master Plumbers agm last month", "en", profile)
