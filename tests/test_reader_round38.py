"""Faults a blind reader found in set 44's notes (read on c7b8d54; fixed after the reading, so not measured blind): "he
said to add him" said as "You said to add yourself", the user's own question to connote ("is it weird to connect
b4?") copied into the note, "she looks perfect" for a role said as "You look perfect"."""

from __future__ import annotations

import pytest

from connote.paste import profile_meant
from connote.prompting.reasons import told

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
