"""Every rule's docstring examples hold: each ``Okay:`` note passes the rule, each ``Fail:`` note fails it."""

from __future__ import annotations

import pytest

from connote.checks import RULES


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_rule_documents_a_passing_and_a_failing_example(rule):
    examples = rule.examples()
    assert any(e.passes for e in examples) and any(not e.passes for e in examples), rule.name


@pytest.mark.parametrize(("rule", "example"), [(rule, e) for rule in RULES for e in rule.examples()],
                         ids=lambda x: getattr(x, "name", None) or ("okay" if x.passes else "fail"))
def test_rule_example(rule, example):
    result = rule.run(example.context(), example.note)
    assert result.passed is example.passes, f"{rule.name}: {example.note!r} -> {result.detail!r}"
