"""Short snippets keep the person's name: every form in tests/corpus/snippets.jsonl, and the fields around it.

Each corpus entry is {"form", "paste", "name", "first_name"}; ``name``/``first_name`` are null where the paste
names no person. What is checked, exactly:

- ``first_name`` equals the corpus value exactly (case included: it is the greeting, "Hi Lina,"), null where
  the corpus has null;
- ``name`` equals the corpus value exactly (case included: an all-lower-case or all-caps name is shown in its
  usual capitals, "Ana de la Cruz"), null where the corpus has null.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from connote.paste import parse_profile

CORPUS = Path(__file__).parent / "corpus" / "snippets.jsonl"
ENTRIES = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_corpus_has_many_distinct_forms():
    assert len({e["form"] for e in ENTRIES}) >= 60
    for entry in ENTRIES:
        assert set(entry) == {"form", "paste", "name", "first_name"}, entry


@pytest.mark.parametrize("entry", ENTRIES, ids=[f"{e['form']}-{i}" for i, e in enumerate(ENTRIES)])
def test_snippet_name(entry):
    profile = parse_profile(entry["paste"])
    assert profile.first_name == entry["first_name"], f"first_name of {entry['paste']!r}"
    assert profile.name == entry["name"], f"name of {entry['paste']!r}"


# --------------------------------------------------------------------------- the rest of the snippet

@pytest.mark.parametrize("paste, headline, role, company", [
    ("Tomas Novak, Backend Engineer at Parcelly", "Backend Engineer at Parcelly", "Backend Engineer", "Parcelly"),
    ("Lina Osei - Product Designer", "Product Designer", "Product Designer", None),
    ("Marc Duval — Talent Partner · Fennel", "Talent Partner · Fennel", "Talent Partner", "Fennel"),
    ("Sara Kim | Staff SRE @ Cobalt", "Staff SRE @ Cobalt", "Staff SRE", "Cobalt"),
    ("Priya Nair at Lantern Analytics", None, None, "Lantern Analytics"),
    ("Barnaby Nwachukwu at Copperleaf Credit Union, Branch Manager", "Branch Manager", "Branch Manager",
     "Copperleaf Credit Union"),
    ("Alex Rivera | they/them | Community Manager", "Community Manager", "Community Manager", None),
    ("Tomas Novak ✔ · 3rd+ · Backend Engineer", "Backend Engineer", "Backend Engineer", None),
    ("Camila Torres\n2nd\nRegional Sales Director\nAndes Foods\nBogotá, Colombia\nAdd to list\nMessage",
     "Regional Sales Director", "Regional Sales Director", "Andes Foods"),
    ("Jonas Weber\n • 3rd+\nAuthor\nDevOps Consultant\n2h", "DevOps Consultant", "DevOps Consultant", None),
    ("Wojciech Kamiński – Lumen Logistics | LinkedIn", "Lumen Logistics", None, "Lumen Logistics"),
    ("Parcelly\nSoftware Development · Berlin, Germany · 12K followers\nFollow", None, None, "Parcelly"),
])
def test_snippet_fields(paste, headline, role, company):
    profile = parse_profile(paste)
    assert (profile.headline, profile.role, profile.company) == (headline, role, company)


def test_pronouns_and_places_beside_the_name():
    profile = parse_profile("Alex Rivera | they/them | Community Manager")
    assert profile.pronouns == "they/them"
    profile = parse_profile("Jane Doe (she/her) | Software Engineer | Berlin, Germany")
    assert (profile.pronouns, profile.headline, profile.location) == ("she/her", "Software Engineer",
                                                                     "Berlin, Germany")
    profile = parse_profile("Grace Mwangi\nOperations Manager at Safiri Logistics\nNairobi · 500+ connections")
    assert profile.location == "Nairobi"


# --------------------------------------------------------------------------- the rules, on names not in the corpus

@pytest.mark.parametrize("paste, name, first", [
    ("Ruth Abebe, Data Analyst at Kestrel", "Ruth Abebe", "Ruth"),
    ("omar haddad – civil engineer", "Omar Haddad", "Omar"),
    ("PETER LO | ANALYST", "Peter Lo", "Peter"),
    ("LI Wei | Engineer", "LI Wei", "Wei"),
    ("Sam \"THE ROCKET\" Lee - Engineer", "Sam \"THE ROCKET\" Lee", "Sam"),
    ("Lee Min-ho\nActor", "Lee Min-ho", "Min-ho"),
    ("AJ Smith - Coach", "AJ Smith", "AJ"),
    ("R.K. Verma - Auditor", "R.K. Verma", "R.K."),
    ("Rhys ab Owen - Politician", "Rhys ab Owen", "Rhys"),
    ("John Smith (Jones)\nTeacher", "John Smith (Jones)", "John"),
    ("Chen Jie (Jack) | Buyer", "Chen Jie (Jack)", "Jack"),
    ("linkedin.com/in/jos%C3%A9-garc%C3%ADa-123", "José García", "José"),
    ("Home | My Network | Jobs\nPriya Raman\nData Lead at Fluxo", "Priya Raman", "Priya"),
])
def test_rules_generalize(paste, name, first):
    profile = parse_profile(paste)
    assert (profile.name, profile.first_name) == (name, first)


@pytest.mark.parametrize("paste", [
    "Berlin - Germany", "Acme Corp - Software Development", "Making Things at Acme", "Engineer at Google",
    "Great post, Priya!", "Tomas Novak, Prague\n51-200 employees", "Acme is hiring\nData Engineer",
    "linkedin.com/in/data-engineer-jobs",
])
def test_no_person_no_name(paste):
    profile = parse_profile(paste)
    assert profile.name is None and profile.first_name is None
