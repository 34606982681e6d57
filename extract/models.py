"""Typed records: a paper as read from a source, and a claim as the spec defines it.

`Claim` dumps to JSON with exactly the field names of the claims spec
(docs/claims-spec.md), followed by the provenance fields `span`, `sentence` and
`rule` that make each number explainable.
"""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# The fields' names, order and defaults, and the literals below, are also written in
# `extract.records` (the plain records of `python -m extract`, which imports no pydantic);
# tests/test_fast_paths28.py checks the two field by field. `_PAPER_DEFAULTS` and
# `_PAPER_TYPES` are named here for the tests that tie them to the model.
from extract.records import CLAIM_FIELDS as _CLAIM_FIELDS
from extract.records import PAPER_DEFAULTS as _PAPER_DEFAULTS  # noqa: F401
from extract.records import PAPER_TYPES as _PAPER_TYPES  # noqa: F401
from extract.records import SPEC_FIELDS, claim_kept, paper_values
from extract.records import SURROGATE as _SURROGATE

ClaimKind = Literal["score", "delta", "relative", "ratio", "params"]
Unit = Literal["%", "x", "s", "GB", "MB"]


class Paper(BaseModel):
    """One paper as a source gave it. `id` is stable across runs and sources:
    the arXiv id when one is known, else a slug of the title."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    id: str = Field(min_length=1)
    title: str = ""
    abstract: str
    url: str | None = None            # the paper's own page (arXiv abs, HF papers, ...)
    code_url: str | None = None       # code repository (GitHub, ...)
    project_url: str | None = None    # project page
    arxiv_id: str | None = None
    pdf_url: str | None = None        # the PDF (arXiv)
    published: date | None = None     # when the paper was published (first version)
    updated: date | None = None       # when its latest version was published (arXiv)
    listed: date | None = None        # when it appeared in a daily list
    source: str = "unknown"              # reader that produced it: hf-page, jsonl, ...
    upvotes: int | None = None
    authors: list[str] = Field(default_factory=list)
    author_count: int | None = None
    categories: list[str] = Field(default_factory=list)  # arXiv categories, primary first
    comments: str | None = None       # the arXiv comment line ("10 pages, code at ...")

    @field_validator("upvotes", "author_count")
    @classmethod
    def _fits_a_column(cls, value: int | None) -> int | None:
        # The store keeps counts in SQLite INTEGER columns (64-bit signed).
        if value is not None and not 0 <= value < 2**63:
            raise ValueError(f"out of range ({str(value)[:20]}{'…' if len(str(value)) > 20 else ''})")
        return value

    @model_validator(mode="after")
    def _no_lone_surrogates(self) -> Paper:
        # A JSON escape such as "\ud800" decodes to half a character that no UTF-8
        # output (stdout, SQLite) can write: refuse it here, once, for every reader.
        for name, value in self.__dict__.items():  # the fields (extra="forbid": no others)
            for text in (value if isinstance(value, list) else [value]):
                # an ASCII text holds no surrogate: spared the scan (most abstracts)
                if isinstance(text, str) and not text.isascii() and (found := _SURROGATE.search(text)):
                    raise ValueError(f"{name} holds a lone surrogate (\\u{ord(found.group()):04x}), not text")
        return self


class Claim(BaseModel):
    """One number an abstract reports as a result (see docs/claims-spec.md)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    paper: str
    metric: str
    kind: ClaimKind
    value: float
    value_max: float | None = None
    unit: Unit | None = None
    dataset: str | None = None
    model: str | None = None
    baseline: str | None = None
    condition: str | None = None
    text: str
    # Provenance: where the number stands in the *original* abstract.
    span: tuple[int, int]
    sentence: str = ""
    rule: str = ""

    def spec_dict(self) -> dict:
        """The claim with the spec's fields only, in the spec's order."""
        return {name: getattr(self, name) for name in SPEC_FIELDS}


# --- built without pydantic's validation where it would change nothing ------------------
#
# `Paper(**fields)` and `Claim(**fields)` validate every field (~5 us a paper, its surrogate
# scan in Python, ~4 us a claim): the readers and the pipeline build one per record and
# per claim. `make_paper` and `make_claim` give the same instance where every value is
# already of the exact type validation would return unchanged (a `str`, a `float`, a
# `date`, an `int` in range, a list of `str`, a tuple of two `int`s, a literal of the
# field's set), and otherwise call the model, which coerces ("5" -> 5.0) or raises its
# own error. The checks are `extract.records`' (`paper_values`, `claim_kept`), shared with
# the plain records. tests/test_fast_paths23.py ties both to validation over every corpus.

_set = object.__setattr__


def make_paper(**fields: object) -> Paper:
    """`Paper(**fields)`: the same instance, or the same error, without validating
    values that are already what validation would give."""
    values = paper_values(fields)
    if values is None:
        return Paper(**fields)  # pydantic's error, or its coercion
    paper = Paper.__new__(Paper)
    _set(paper, "__dict__", values)
    _set(paper, "__pydantic_fields_set__", set(fields))
    _set(paper, "__pydantic_extra__", None)
    _set(paper, "__pydantic_private__", None)
    return paper


def make_claim(**fields: object) -> Claim:
    """`Claim(**fields)`: the same instance, or the same error, without validating values
    that are already what validation would give (every field given in the model's order,
    as the pipeline does)."""
    if claim_kept(fields):
        claim = Claim.__new__(Claim)
        _set(claim, "__dict__", fields)
        _set(claim, "__pydantic_fields_set__", _CLAIM_FIELD_SET.copy())
        _set(claim, "__pydantic_extra__", None)
        _set(claim, "__pydantic_private__", None)
        return claim
    return Claim(**fields)


_CLAIM_FIELD_SET = set(_CLAIM_FIELDS)  # copied for each claim (pydantic adds to it on assignment)
