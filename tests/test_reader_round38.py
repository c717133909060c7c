"""Faults a blind reader found in set 44's notes (read on c7b8d54; fixed after the reading, so not measured blind): "he
said to add him" said as "You said to add yourself", the user's own question to connote ("is it weird to connect
b4?") copied into the note, "she looks perfect" for a role said as "You look perfect", a later sentence that only tells the person their job ("You're
a partner at Brandt Wexler doing employment stuff.")."""

from __future__ import annotations

import pytest

from connote.paste import profile_meant
from connote.prompting.reasons import told
from connote.prompting.their_role import role_unsaid

AYESHA = "Ayesha Khan\nHead Grower at Greenfield Nursery"


@pytest.mark.parametrize("reason,expected", [
    ("sat next to him at the meetup tues, he said to add him",
     "I sat next to you at the meetup on Tuesday. You said I should add you"),
    ("interviewing w/ her thurs for the assistant grower role, she'd be my boss. is it weird to connect b4?",
     "I'm interviewing with you on Thursday for the assistant grower role, you'd be my boss."),
    ("i have a pastry chef role in savannah, she looks perfect",
     "I have a pastry chef role in savannah. Your background looks like a great fit"),
    ("she looks great in the photos from the gala", "you look great in the photos from the gala"),  # not a role
])
def test_told_as_the_sender_means_it(reason, expected):
    assert told(reason, "en", profile_meant(AYESHA, reason)) == expected


@pytest.mark.parametrize("text,expected", [
    ("we both went to Hollis Law. You're a partner at Brandt Wexler doing employment stuff. I'm a 2L and want advice",
     "we both went to Hollis Law. I'm a 2L and want advice"),
    # kept: a leader is praise, not a job; a sentence after it points back ("That's why …"); nothing left to say why
    ("You're a leader in telepsych in west Africa, and I want to follow your work", None),
    ("we both went to Hollis Law. You're a partner at Brandt Wexler. That's why I ask", None),
    ("we met. You're a partner at Brandt Wexler. Hi there", None),
])
def test_a_later_sentence_that_only_tells_the_person_their_job(text, expected):
    assert role_unsaid(text) == (expected or text)
