"""Every rule in the order a note's verdicts are listed, with its weight: the one table of rules."""

from __future__ import annotations

from ..schema import CheckResult
from .context import CheckContext
from .rule import Rule
from .rules.addresses_person import addresses_person
from .rules.fits_limit import fits_limit
from .rules.ignores_pasted_instructions import ignores_pasted_instructions
from .rules.invents_nothing import invents_nothing
from .rules.keeps_instructions_out import keeps_instructions_out
from .rules.no_contact_or_ui import no_contact_or_ui
from .rules.not_their_job import not_their_job
from .rules.one_paragraph import one_paragraph
from .rules.one_you import one_you
from .rules.right_language import right_language
from .rules.says_reason import says_reason
from .rules.speaks_to_you import speaks_to_you
from .rules.spelled_right import spelled_right
from .rules.warm_no_pitch import warm_no_pitch

# never shown: contact details or links, a followed instruction from the paste, the wrong person or a
# placeholder for the name
RULES: tuple[Rule, ...] = (
    Rule(fits_limit, weight=5),
    Rule(one_paragraph, weight=2),
    Rule(addresses_person, weight=4, never_shown=True),
    Rule(says_reason, weight=3),
    Rule(speaks_to_you, weight=2),
    Rule(invents_nothing, weight=4),
    Rule(not_their_job, weight=4),
    Rule(warm_no_pitch, weight=2),
    Rule(keeps_instructions_out, weight=3),
    Rule(no_contact_or_ui, weight=5, never_shown=True),
    Rule(ignores_pasted_instructions, weight=5, never_shown=True),
    Rule(right_language, weight=3),
    Rule(one_you, weight=3),
    Rule(spelled_right, weight=2),
)
BY_NAME = {rule.name: rule for rule in RULES}
#: failures that make a note unsafe to show at all, even flagged
NEVER_SHOWN = frozenset(rule.name for rule in RULES if rule.never_shown)


def run_checks(ctx: CheckContext, note: str) -> list[CheckResult]:
    """Every rule's verdict on ``note``, in table order."""
    return [rule.run(ctx, note) for rule in RULES]


def weight(name: str) -> int:
    """What failing the rule ``name`` costs a note when ranking."""
    rule = BY_NAME.get(name)
    return rule.weight if rule else 1
