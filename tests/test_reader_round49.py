"""Faults a blind reader found in set 49's notes (read on 70bfff3; fixed after that reading, so measured on set 50):
"niente di troppo sdolcinato" and "sales intro. … one line on what we do" copied, "I'm hiring kitchen manager",
"my masters thesis", "Your IfRS9 … background", a comma splice before "Aoife told me", an aside in brackets split
into two sentences ("(I wrote it. You added a nice comment)"), and names: "Coach Tamsin Hale", "Boston, MA" above a
lone "· 2nd" (tests/corpus/snippets.jsonl)."""

from __future__ import annotations

import pytest

from connote.paste import parse_profile
from connote.prompting.instructions import without_instructions
from connote.prompting.reasons import told
from connote.prompting.voice import tidied

GUSTAVO = parse_profile("Gustavo Reyes\nForensic Accounting Director at Kessler")


@pytest.mark.parametrize("reason, expected", [
    ("voglio presentarmi, niente di troppo sdolcinato", "voglio presentarmi"),
    ("quiero presentarme, nada muy meloso", "quiero presentarme"),
    ("je me présente, rien de trop formel", "je me présente"),
    ("ich stelle mich vor, nichts zu steif", "ich stelle mich vor"),
    ("niente di speciale, ho visto il tuo post", "niente di speciale, ho visto il tuo post"),
    ("quick intro, i run a bakery in leeds", "i run a bakery in leeds"),
    ("loved your intro to the book", "loved your intro to the book"),
    ("we met at the intro session", "we met at the intro session"),
])
def test_these_words_are_for_the_writer(reason, expected):
    assert without_instructions(reason) == expected


def test_a_sales_intro_label_and_how_much_to_say_are_not_said():
    said = told("sales intro. we make temp sensors for cold chain fish transport (frostline). be honest its a pitch, "
                "one line on what we do, ask if hed be open to a 15 min call", "en", GUSTAVO)
    assert said == ("we make temp sensors for cold chain fish transport (frostline). Would you be open to a 15 min "
                    "call?")


@pytest.mark.parametrize("text, expected", [
    ("I'm hiring kitchen manager", "I'm hiring a kitchen manager"),
    ("we're hiring senior backend engineer in Lisbon", "we're hiring a senior backend engineer in Lisbon"),
    ("I'm hiring office manager", "I'm hiring an office manager"),
    ("I'm hiring for a data engineer", "I'm hiring for a data engineer"),
    ("I'm hiring engineers", "I'm hiring engineers"),
    ("I'm hiring 3 nurses", "I'm hiring 3 nurses"),
    ("I'm hiring lead engineers in Leeds", "I'm hiring lead engineers in Leeds"),  # the role noun ends the phrase
    ("I'm hiring nurse practitioners", "I'm hiring nurse practitioners"),
    ("I'm hiring line cook, full time", "I'm hiring a line cook, full time"),
    ("I'm writing my masters thesis", "I'm writing my master's thesis"),
    ("your ifrs9 background", "your IFRS9 background"),
    ("the top10 list", "the top10 list"),
    ("read it (I wrote it, you added a comment)", "read it (I wrote it, you added a comment)"),
    ("you're the vet my cousin Aoife works for, Aoife told me to reach out",
     "you're the vet my cousin Aoife works for. Aoife told me to reach out"),
])
def test_the_reason_tidied_where_the_model_would_copy_it(text, expected):
    assert tidied(text, "en") == expected
