"""The rule registry: every rule, in the order they are tried on a number.

Families: parameter counts first (sizes are never scores), then speed and cost,
then changes against a baseline, then absolute scores.
"""
from extract.rules import changes, params, scores, speed
from extract.rules.base import Draft, Rule, Site

RULES: list[Rule] = [
    *params.RULES,
    *speed.RULES,
    scores.RULES[0],          # "<metric> from <number> to <number>" before changes
    *changes.RULES,
    *scores.RULES[1:],
]

__all__ = ["RULES", "Rule", "Draft", "Site"]
