"""The pipeline's guarantees: budgets, defects contained per abstract, spans into the original."""
from __future__ import annotations

import dataclasses

from extract import extract_claims
from extract.pipeline import extract_text
from extract.rules import RULES


def test_spans_point_into_the_original_text():
    text = r"It runs 6.3$\times$ faster and reaches \textbf{1.24} FID on ImageNet 256$\times$256."
    for claim in extract_claims(text):
        start, end = claim.span
        assert text[start:end] == claim.text
    assert {c.text for c in extract_claims(text)} == {r"6.3$\times$", "1.24"}  # markup around a number stays out


def test_a_defective_rule_is_reported_and_contained():
    index = next(i for i, r in enumerate(RULES) if r.name == "<number> <metric>")

    def broken(match):
        raise RuntimeError("defect")

    original = RULES[index]
    RULES[index] = dataclasses.replace(original, produce=broken)
    try:
        result = extract_text("It runs 2.2x faster. It reaches 1.78 FID.", "p")
    finally:
        RULES[index] = original
    assert [c.metric for c in result.claims] == ["speedup"]
    assert result.warnings == ["p: extraction failed (RuntimeError: defect); the 1 claims found before that are kept"]


def test_budget_overrun_is_a_warning_that_keeps_claims():
    text = "It runs 2.2x faster. " + "It goes by 2.3 from 4 to ( and by 5. " * 20_000
    result = extract_text(text, "p", budget_s=0.5)
    assert result.warnings and "budget" in result.warnings[0]
    assert [c.value for c in result.claims] == [2.2]
