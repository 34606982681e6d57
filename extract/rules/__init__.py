"""The rule registry: every rule, in the order they are tried on a number.

Families: parameter counts first (sizes are never scores), then "from X to Y"
(two scores, whatever the unit), speed and cost, changes against a baseline, and
absolute scores last, with measurements in physical units ("167.7 N") before the
last score rule, which would read them under the sentence's metric.
"""
from extract.rules import changes, params, scores, speed, units
from extract.rules.base import Draft, Rule, Site

RULES: list[Rule] = [
    *params.RULES,
    *scores.RULES[:2],        # "<metric> from <number> to <number>": two scores, whatever the unit; slashed tuples of them
    *speed.RULES,
    *changes.RULES,
    *scores.RULES[2:-1],
    *units.RULES,             # a value in N, mm, Hz...: only where no score rule reads it, before "<verb> <number>"
    scores.RULES[-1],
]

__all__ = ["RULES", "Draft", "Rule", "Site"]
