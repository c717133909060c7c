"""Faults set 54's blind reader found (read on 16eaad9; fixed after that reading, not measured blind): a formal German
case with no note at all ("Frau Dr. von Hohenstein" written "Dr. Von" after the capital a sentence gets, so every
candidate named the wrong person and none was shown), "aufm" (a spelling check failed it), and "Hi Mtra" / "Hi Ds"
for "Mtra. Daniela Ruiz" and "DS Rachel Whitcombe"."""

from __future__ import annotations

import pytest

from connote.drafting.finishing import finish
from connote.paste import parse_profile
from connote.prompting.reasons import told


def test_a_particle_after_a_title_keeps_its_lower_case():
    assert finish("Guten Tag Frau Dr. von Hohenstein, ich war da. danke.", 300) == \
        "Guten Tag Frau Dr. von Hohenstein, ich war da. Danke."


def test_aufm_is_spelled_out():
    profile = parse_profile("Dr. Annegret von Hohenstein · 2.\nLeiterin Schadenregulierung | Hanseatische Feuer AG")
    assert "auf dem Versicherungsforum" in told("war bei ihrem vortrag aufm versicherungsforum in köln. bitte siezen",
                                                "de", profile)


@pytest.mark.parametrize("paste, first", [
    ("Mtra. Daniela Ruiz Castañeda\nTrabajadora Social", "Daniela"),
    ("DS Rachel Whitcombe\nDetective Sergeant | Severnside Police", "Rachel"),
    ("DCI Tom Hale · 2nd\nMajor Crimes", "Tom"),
])
def test_ranks_and_academic_titles(paste, first):
    assert parse_profile(paste).first_name == first
