"""Rules from set 28 (read blind on f510eb3): lengths and pronoun requests said to the writer ("1-2 lines", "limit to
200 chars", "one sentence of praise max then ask …", "use they/them correctly"), a quoted sign-off anywhere ("sign it
'thanks, Naledi' and …"), "formal Sie", "graag met je/jij", "swiss style spelling"; "want her to know im keen"
said; "ask if a 15 min demo would be interesting" asked; a longer "mention her comment about …"; an Italian or
Spanish "possible client" label; a greeting typed at a reason's end ("…, hi"); "met at expo"; "6 yrs go/postgres";
"dick vet alum too (class of 2015)", "ux research too", "yt videos on …"."""

from __future__ import annotations

import pytest

from connote.paste import parse_profile
from connote.prompting.address import formality
from connote.prompting.instructions import without_instructions
from connote.prompting.note_form import sign_off
from connote.prompting.reasons import told, unsigned_hi
from connote.text.spelling import available

needs_dictionaries = pytest.mark.skipif(not all(available(lang) for lang in ("en", "it")),
                                        reason="the spell checker's dictionaries are not installed")
PROFILE = parse_profile("Dana Reyes\nGeneral Manager at Ridge Mill\nAustin, Texas, United States")


@pytest.mark.parametrize(("reason", "kept"), [
    ("future boss maybe. keep it professional, 1-2 lines", "future boss maybe."),
    ("loved the art direction on lanternfall. dont gush, one sentence of praise max then ask if shes open to a quick "
     "chat", "loved the art direction on lanternfall. ask if shes open to a quick chat"),
    ("she posted that salary report. sign it 'thanks, Naledi' and dont ask for a call yet", "she posted that salary report."),
    ("their newsletter on slow travel is great, pls use they/them correctly and dont assume gender, limit to 200 chars",
     "their newsletter on slow travel is great"),
    ("we sell diagnostic software. formal Sie, swiss style spelling (ss not the german sharp s)",
     "we sell diagnostic software."),
    ("zijn paper gelezen, wij doen iets vergelijkbaars. graag met je/jij, kort en niet te formeel",
     "zijn paper gelezen, wij doen iets vergelijkbaars."),
    ("applied for the pricing role on her team. want her to know im keen but not pushy",
     "applied for the pricing role on her team. im keen"),
    ("we sell diagnostic software. ask if a 15 min demo would be interesting",
     "we sell diagnostic software. Would a 15 min demo be interesting?"),
])
def test_instructions_of_set_28_are_not_said(reason, kept):
    assert without_instructions(reason) == kept


def test_a_quoted_sign_off_and_formal_sie():
    assert sign_off("she posted that report. sign it 'thanks, Naledi' and dont ask for a call yet", None) == \
        "Thanks, Naledi"
    assert formality("we sell diagnostic software. write it in german, formal Sie", "de") is True


@needs_dictionaries
@pytest.mark.parametrize(("reason", "said"), [
    ("met at expo", "We met at the expo"),
    ("ux research too, hi", "I'm in UX research too"),
    ("dick vet alum too (class of 2015)", "I'm a dick vet alum too (class of 2015)"),
    ("yt videos on go concurrency helped me a ton", "Your YT videos on go concurrency helped me a ton"),
    ("im looking for backend roles in chicago, 6 yrs go/postgres",
     "I'm looking for backend roles in Chicago, 6 years of go/postgres"),
    ("you were 2 yrs above me at uni", "you were 2 years above me at uni"),  # not "years of above"
    ("applied for the pricing role on her team. mention her comment about pricing being a trust problem",
     "I applied for the pricing role on your team. I'd love to talk about your comment about pricing being a trust "
     "problem"),
])
def test_set_28_english_reasons(reason, said):
    assert told(reason, "en", PROFILE).startswith(said)


@needs_dictionaries
def test_a_possible_client_in_italian_is_a_label():
    assert told("possibile cliente", "it", PROFILE) == "Vorrei seguire il Suo lavoro come General Manager presso Ridge Mill"


def test_only_a_greeting_after_a_comma_is_dropped_from_the_end():
    assert unsigned_hi("ux reseach too, hi") == "ux reseach too"
    assert unsigned_hi("thought id say hi") == "thought id say hi"
    assert unsigned_hi("want to say hi") == "want to say hi"
