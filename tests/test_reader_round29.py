"""Rules from set 29 (read blind on a2da0b5): "◀ Back" and its translations, a follower count in thousands ("56 mil
seguidores"), a long mixed-case credential ("DClinPsy"); "use just Maria Theresia as her name", "dont use the
nickname"; "usa il tu", "pas de blabla", "nichts vom gehalt schreiben", an explanation after an instruction ("on
est startup les deux", "she introduced herself that way"); "ask if he's going to MIPCOM" asked; "mention his X post
not the funding one"; "agritech too", "qiskit contributor too", "same field, ux research", "leader in …", "ran into
each other"."""

from __future__ import annotations

import pytest

from connote.backends.fake import FakeBackend
from connote.drafting import draft
from connote.paste import parse_profile
from connote.prompting.instructions import without_instructions
from connote.prompting.note_form import addressed_as, without_nickname
from connote.prompting.reasons import told
from connote.schema import DraftRequest
from connote.text.spelling import available

needs_dictionaries = pytest.mark.skipif(not available("en"), reason="the spell checker's dictionaries are not installed")
PROFILE = parse_profile("Dana Reyes\nGeneral Manager at Ridge Mill\nAustin, Texas, United States")


@pytest.mark.parametrize(("paste", "first"), [
    ("9:41\n◀ Back\n\nThandiwe Dube · 2nd\nTrade Finance Lead at Ubuntu Bank", "Thandiwe"),
    ("Inicio   Mi red   Empleos\n\nConectaMX Telecomunicaciones\nTelecomunicaciones · Monterrey, Nuevo León · 56 mil "
     "seguidores\nSeguir\n\nIng. Rodrigo Treviño Garza\nGerente de Despliegue de Fibra Óptica | ConectaMX\n"
     "Monterrey, Nuevo León, México · Información de contacto", "Rodrigo"),
    ("Home   My Network   Jobs\n\nDr. Callum Fairweather-Ng, DClinPsy · 3rd+\nConsultant Clinical Psychologist | "
     "Perinatal Mental Health\nEdinburgh, Scotland, United Kingdom · Contact info", "Callum"),
])
def test_names_of_set_29(paste, first):
    assert parse_profile(paste).first_name == first


def test_the_name_to_use_and_no_nickname():
    assert addressed_as("ran into each other at achema. use just Maria Theresia as her name") == "Maria Theresia"
    assert without_nickname("need reefer capacity. dont use the nickname, sound professional")
    assert not without_nickname("call him by the nickname pls")
    result = draft(DraftRequest(profile_text='DeShawn "Big D" Carter\nOwner at Carter Reefer Lines', count=1,
                                reason="need reefer capacity out of memphis. dont use the nickname, sound professional"),
                   FakeBackend())
    assert result.notes[0].text.startswith(("Hi DeShawn", "Hello DeShawn"))


@pytest.mark.parametrize(("reason", "kept"), [
    ("me l'ha consigliata Paola, anch'io lavoro con adolescenti. usa il tu. non citare la clinica",
     "me l'ha consigliata Paola, anch'io lavoro con adolescenti."),
    ("vu son post sur les capteurs. tutoie la, on est startup les deux. pas de blabla", "vu son post sur les capteurs."),
    ("sie wär perfekt. duzen ist ok, wir sind locker. nichts vom gehalt schreiben", "sie wär perfekt."),
    ("ran into her at achema. use just Maria Theresia as her name, she introduced herself that way",
     "ran into her at achema."),
    ("we do dubbing. ask if he's going to MIPCOM", "we do dubbing. Are you going to MIPCOM?"),
    ("i run a greenhouse co-op. mention his cold climate lettuce post not the funding one",
     "i run a greenhouse co-op. I'd love to talk about his cold climate lettuce post"),
])
def test_instructions_of_set_29_are_not_said(reason, kept):
    assert without_instructions(reason) == kept


@needs_dictionaries
@pytest.mark.parametrize(("reason", "said"), [
    ("agritech too", "I'm in agritech too"),
    ("qiskit contributor too", "I'm a qiskit contributor too"),
    ("same field ux research, his writeup was gold", "We're in the same field, UX research. Your writeup was gold"),
    ("leader in telepsych in west africa, want to follow his work", "You're a leader in"),
    ("ran into each other at achema", "We ran into each other at achema"),
])
def test_set_29_english_reasons(reason, said):
    assert told(reason, "en", PROFILE).startswith(said)
