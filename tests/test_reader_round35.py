"""Faults a blind reader found in set 41's notes written first from the reason (the model, writing first, fixed them
itself): a city the dictionary also lists in lower case ("em campinas"), a place after another place word ("em
maternidade em campinas"), the polite German "Sie" lower-cased after the greeting, a name opening the reason
lower-cased after it ("Tunde from my church said"), "my foreman rick said", "…, loved the part abt …" with no
subject, "pts", "expand network, im in roofing sales", "ubc alum"."""

from __future__ import annotations

import pytest

from connote.drafting.variations import from_reason
from connote.prompting.reasons import told
from connote.schema import Profile
from connote.text.places import cities_capitalised
from connote.text.spelling import is_known

ANNA = Profile(name="Anna Berg", first_name="Anna", headline="Engineer at Acme", role="Engineer", company="Acme")


def _known(language):
    return lambda w: is_known(w, language)


@pytest.mark.parametrize("text,language,expected", [
    ("trabalho em maternidade em campinas", "pt", "trabalho em maternidade em Campinas"),
    ("yo llevo la parte audiovisual de eventos en valencia", "es", "yo llevo la parte audiovisual de eventos en Valencia"),
    ("sou de golfe", "pt", "sou de golfe"),  # "de" is no "in": a word, not a city
])
def test_a_big_city_after_in_is_a_city_even_when_a_word(text, language, expected):
    assert cities_capitalised(text, language, _known(language), lambda w: None) == expected


@pytest.mark.parametrize("opener,said,language,expected", [
    ("Guten Tag Katharina Voss,", "Sie suchen Elektroniker", "de", "Guten Tag Katharina Voss, Sie suchen Elektroniker."),
    ("Hallo Jana,", "Wir haben uns in Köln getroffen", "de", "Hallo Jana, wir haben uns in Köln getroffen."),
    ("Hi Grace,", "Tunde from my church said to reach out to you", "en",
     "Hi Grace, Tunde from my church said to reach out to you."),
    ("Hi Jana,", "We met in Köln", "en", "Hi Jana, we met in Köln."),
])
def test_the_reasons_first_word_keeps_a_capital_it_needs(opener, said, language, expected):
    assert from_reason(opener, said, language).startswith(expected)


@pytest.mark.parametrize("reason,said", [
    ("my foreman rick said to add him", "my foreman Rick suggested I reach out"),
    ("she gave the keynote at the summit last week, loved the part abt telehealth for dialysis pts",
     "you gave the keynote at the summit last week, and I loved the part about telehealth for dialysis patients"),
    ("she ran the panel, loved by everyone", "you ran the panel, loved by everyone"),
    ("expand network, im in roofing sales", "I'm in roofing sales"),
    ("networking, we are both hr in utrecht retail", "we are both HR in Utrecht retail"),
    ("just want to connect, local pharmacy folks", "I just want to connect with local pharmacy folks"),
    ("ubc alum", "I'm a fellow UBC alum"),
    ("nyu grad", "I'm a fellow NYU grad"),
    # set 42 (read blind on bb92058, then development)
    ("pharmacy student, want advice on foundation yr", "I'm a pharmacy student, and I'd love your advice on foundation year"),
    ("nursing student", "I'm a nursing student"),
    ("existing customer", "I'd like to follow your work as an engineer at Acme"),
    ("big fan of her", "I'm a big fan of your work as an engineer at Acme"),
    ("she said ur great to know for estimating", "she said you're great to know for estimating"),
    ("ur team is great", "your team is great"),
])
def test_told(reason, said):
    assert told(reason, "en", ANNA) == said


def test_a_title_before_the_full_name_greets_the_person():
    """Set 42: connote's own formal German greeting ("Guten Tag Dr. Katharina Vogt,") failed its own check, and
    no note at all was shown."""
    from connote.checks.context import CheckContext
    from connote.checks.rules.addresses_person import addresses_person
    from connote.paste import parse_profile

    profile = parse_profile("Dr. Katharina Vogt\nLeiterin Personalentwicklung")
    ctx = CheckContext(profile=profile, profile_text="Dr. Katharina Vogt", reason="möchte mich bewerben, bitte "
                       "förmlich mit Sie", sender=None, limit=300, language="de", occasion="generic")
    assert addresses_person(ctx, "Guten Tag Dr. Katharina Vogt, ich möchte mich bewerben.") is None
    assert addresses_person(ctx, "Guten Tag Dr. Vogt, ich möchte mich bewerben.")  # the family name alone
