"""docs/exit-codes.md and docs/privacy.md match the code, and every test they cite exists."""

from __future__ import annotations

import re

from hardening import REPO

from connote.errors import EXIT_CODES

DOCS = ("docs/exit-codes.md", "docs/privacy.md")


def test_the_exit_code_table_is_the_one_in_errors_py():
    text = (REPO / "docs/exit-codes.md").read_text(encoding="utf-8")
    documented = {int(code) for code in re.findall(r"^\| *(\d+) *\|", text, re.M)}
    assert documented == set(EXIT_CODES.values())


def test_docs_cite_only_tests_that_exist():
    cited = set()
    for doc in DOCS:
        text = (REPO / doc).read_text(encoding="utf-8")
        for file, test in re.findall(r"`(tests/test_\w+\.py)::(test_\w+)`", text):
            source = (REPO / file).read_text(encoding="utf-8")
            assert re.search(rf"^def {test}\(", source, re.M), f"{doc} cites {file}::{test}, which does not exist"
            cited.add((file, test))
    assert len(cited) >= 30


def test_every_privacy_guarantee_names_a_test():
    text = (REPO / "docs/privacy.md").read_text(encoding="utf-8")
    guarantees = re.findall(r"^\d+\. \*\*.+?(?=^\d+\. \*\*|\Z)", text, re.M | re.S)
    assert len(guarantees) >= 6
    for g in guarantees:
        assert re.search(r"`tests/test_\w+\.py::test_\w+`", g), g.splitlines()[0]


def test_readme_links_both_documents():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Exit codes and privacy"):]
    assert "docs/exit-codes.md" in section and "docs/privacy.md" in section
