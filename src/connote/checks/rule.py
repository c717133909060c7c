"""The rule type: one thing a note must get right, with its weight and the examples its docstring gives.

A rule is a function ``(ctx, note) -> str | None``: ``None`` when the note passes, else one line saying what is
wrong. Its name is the function's name. Like pycodestyle's checks, each rule's docstring ends with examples
that a test runs (``tests/test_rule_examples.py``): ``Okay:`` lines must pass the rule, ``Fail:`` lines must
fail it. ``Reason:``, ``Sender:``, ``Limit:`` and ``Profile:`` lines (``\\n`` for a line break) set the case
for the examples after them; by default the case is :data:`EXAMPLE_PROFILE` with :data:`EXAMPLE_REASON`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass

from ..schema import CheckResult
from .context import CheckContext

EXAMPLE_PROFILE = "Priya Raman\nData Engineering Lead at Fluxo | Host of the Pipelines & People podcast"
EXAMPLE_REASON = "heard her podcast episode on data contracts"


@dataclass(frozen=True)
class Example:
    note: str
    passes: bool
    profile_text: str = EXAMPLE_PROFILE
    reason: str = EXAMPLE_REASON
    sender: str | None = None
    limit: int = 300

    def context(self) -> CheckContext:
        from ..paste import parse_profile
        from ..text.language import detect_language

        return CheckContext(profile=parse_profile(self.profile_text), profile_text=self.profile_text,
                            reason=self.reason, sender=self.sender, limit=self.limit,
                            language=detect_language(self.reason))


@dataclass(frozen=True)
class Rule:
    check: Callable[[CheckContext, str], str | None]
    #: how much failing it costs a note when ranking notes that all fail
    weight: int
    #: a note failing it is unsafe to show at all, even flagged
    never_shown: bool = False

    @property
    def name(self) -> str:
        return self.check.__name__

    def run(self, ctx: CheckContext, note: str) -> CheckResult:
        """The verdict on ``note``; a rule that breaks on odd input counts as failed, never raises."""
        try:
            problem = self.check(ctx, note)
        except Exception as exc:  # pragma: no cover - defensive
            problem = f"could not check ({type(exc).__name__})"
        return CheckResult(name=self.name, passed=problem is None, detail=problem or "")

    def examples(self) -> list[Example]:
        """The ``Okay:``/``Fail:`` examples of the rule's docstring, each with its case."""
        case: dict = {}
        found = []
        for line in inspect.getdoc(self.check).splitlines():
            key, _, value = line.partition(": ")
            value = value.replace("\\n", "\n")
            if key in ("Okay", "Fail"):
                found.append(Example(note=value, passes=key == "Okay", **case))
            elif key in ("Reason", "Profile"):
                case[f"{key.lower()}{'_text' if key == 'Profile' else ''}"] = value
            elif key == "Sender":
                case["sender"] = value
            elif key == "Limit":
                case["limit"] = int(value)
        return found
