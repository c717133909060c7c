"""The rules a note must pass before connote shows it as sendable.

:mod:`.context` holds what a rule may compare a note with; :mod:`.rule` the rule type; :mod:`.rules` one module
per rule (some helpers shared between rules live in their own modules there); :mod:`.table` the ordered table
of all rules. The rules must hold on real pastes and real model output, so they lean towards passing when
unsure: a rule that rejects a good note makes the generator throw away a good candidate.
"""

from .context import CheckContext
from .rule import Rule
from .table import BY_NAME, NEVER_SHOWN, RULES, run_checks, weight

__all__ = ["BY_NAME", "NEVER_SHOWN", "RULES", "CheckContext", "Rule", "run_checks", "weight"]
