"""Example corpora, Duckling style: each rule family has a JSONL file of real
phrasings and the claims they must give (tests/corpus/*.jsonl); negative.jsonl holds
phrasings that must give nothing; xfail.jsonl keeps known gaps as strict xfails, so
a fix forces the example into a passing file.

A case passes when the extracted claims and the expected ones are the same multiset
of (metric, kind, value, value_max), and every other field an expected claim lists
(dataset, model, baseline, condition, unit, text) agrees with its match.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from extract import extract_claims

CORPUS = Path(__file__).parent / "corpus"
KEY_FIELDS = ("metric", "kind", "value", "value_max")


def _cases(name: str):
    for number, line in enumerate((CORPUS / name).read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            case = json.loads(line)
            yield pytest.param(case, id=f"{name}:{number}")


def _same(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def _matches(claim, expected: dict) -> bool:
    return all(_same(getattr(claim, field), expected.get(field)) for field in KEY_FIELDS)


def check_case(case: dict) -> None:
    claims = extract_claims(case["text"], "case", case.get("title", ""))
    expected = list(case.get("claims", []))
    unmatched = list(claims)
    problems = []
    for want in expected:
        found = next((c for c in unmatched if _matches(c, want)), None)
        if found is None:
            problems.append(f"missing {want}")
            continue
        unmatched.remove(found)
        for field, value in want.items():
            if field not in KEY_FIELDS and not _same(getattr(found, field), value):
                problems.append(f"{field} of {want['metric']} {want['value']}: got {getattr(found, field)!r}, want {value!r}")
    problems += [f"extra {c.spec_dict()} <{c.rule}>" for c in unmatched]
    assert not problems, "\n".join(problems)


# Every corpus file is a positive corpus except the two with their own meaning, so a
# new rule family only adds its file.
POSITIVE = sorted(path.name for path in CORPUS.glob("*.jsonl") if path.name not in ("negative.jsonl", "xfail.jsonl"))


@pytest.mark.parametrize("case", [case for name in POSITIVE for case in _cases(name)])
def test_positive_corpus(case):
    check_case(case)


@pytest.mark.parametrize("case", list(_cases("negative.jsonl")))
def test_negative_corpus(case):
    assert case.get("claims", []) == []
    check_case(case)


@pytest.mark.parametrize("case", list(_cases("xfail.jsonl")))
@pytest.mark.xfail(strict=True, reason="known gap, see the case's 'why'")
def test_known_gaps(case):
    check_case(case)

