import pytest
from pydantic import ValidationError

from extract.models import SPEC_FIELDS, Claim, Paper


def test_claim_dumps_with_the_spec_field_names_then_provenance():
    claim = Claim(paper="p", metric="FID", kind="score", value=1.78, text="1.78", span=(3, 7), sentence="s", rule="r")
    assert tuple(claim.spec_dict()) == SPEC_FIELDS == (
        "paper", "metric", "kind", "value", "value_max", "unit", "dataset", "model", "baseline", "condition", "text")
    assert list(claim.model_dump())[:len(SPEC_FIELDS)] == list(SPEC_FIELDS)
    assert list(claim.model_dump())[len(SPEC_FIELDS):] == ["span", "sentence", "rule"]


def test_kinds_and_units_are_the_spec_sets():
    with pytest.raises(ValidationError):
        Claim(paper="p", metric="FID", kind="absolute", value=1, text="1", span=(0, 1))
    with pytest.raises(ValidationError):
        Claim(paper="p", metric="memory", kind="score", value=1, unit="KB", text="1", span=(0, 1))


def test_paper_needs_an_id_and_a_string_abstract():
    with pytest.raises(ValidationError):
        Paper(id="", abstract="x")
    with pytest.raises(ValidationError):
        Paper(id="a", abstract=5)
