"""Typed records: a paper as read from a source, and a claim as the spec defines it.

`Claim` dumps to JSON with exactly the field names of the claims spec
(docs/claims-spec.md), followed by the provenance fields `span`, `sentence` and
`rule` that make each number explainable.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ClaimKind = Literal["score", "delta", "relative", "ratio", "params"]
Unit = Literal["%", "x", "s", "GB", "MB"]

#: The spec's fields, in the spec's order: what a claim is scored on.
SPEC_FIELDS: tuple[str, ...] = (
    "paper", "metric", "kind", "value", "value_max", "unit",
    "dataset", "model", "baseline", "condition", "text",
)


_SURROGATE = re.compile("[\ud800-\udfff]")


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
# own error. tests/test_fast_paths23.py ties both to validation over every corpus.

_set = object.__setattr__
_NONE = type(None)

#: The types each field keeps unchanged through validation (`id` also needs a character;
#: a count must fit the store's column; a text, or a list's text, must hold no surrogate).
_PAPER_TYPES: dict[str, frozenset] = {
    "id": frozenset((str,)), "title": frozenset((str,)), "abstract": frozenset((str,)),
    "url": frozenset((str, _NONE)), "code_url": frozenset((str, _NONE)), "project_url": frozenset((str, _NONE)),
    "arxiv_id": frozenset((str, _NONE)), "pdf_url": frozenset((str, _NONE)), "published": frozenset((date, _NONE)),
    "updated": frozenset((date, _NONE)), "listed": frozenset((date, _NONE)), "source": frozenset((str,)),
    "upvotes": frozenset((int, _NONE)), "authors": frozenset((list,)), "author_count": frozenset((int, _NONE)),
    "categories": frozenset((list,)), "comments": frozenset((str, _NONE)),
}
#: Every field in the model's order, with its default (`id` and `abstract` are required;
#: the lists' defaults are new lists, set per paper).
_PAPER_DEFAULTS = {"id": None, "title": "", "abstract": None, "url": None, "code_url": None, "project_url": None,
                   "arxiv_id": None, "pdf_url": None, "published": None, "updated": None, "listed": None,
                   "source": "unknown", "upvotes": None, "authors": None, "author_count": None,
                   "categories": None, "comments": None}


def make_paper(**fields: object) -> Paper:
    """`Paper(**fields)`: the same instance, or the same error, without validating
    values that are already what validation would give."""
    if "id" not in fields or "abstract" not in fields or not fields["id"]:
        return Paper(**fields)  # pydantic's error (or its coercion of a non-text id)
    for name, value in fields.items():
        kind = type(value)
        if kind not in _PAPER_TYPES.get(name, ()):
            return Paper(**fields)  # another type (coerced or refused), or no such field
        if kind is str:
            if not value.isascii() and _SURROGATE.search(value):
                return Paper(**fields)
        elif kind is int:
            if not 0 <= value < 2**63:
                return Paper(**fields)
        elif kind is list:
            for item in value:
                if type(item) is not str or (not item.isascii() and _SURROGATE.search(item)):
                    return Paper(**fields)
    values = _PAPER_DEFAULTS.copy()
    values.update(fields)  # the model's order kept
    values["authors"] = list(fields["authors"]) if "authors" in fields else []  # validation builds new lists
    values["categories"] = list(fields["categories"]) if "categories" in fields else []
    paper = Paper.__new__(Paper)
    _set(paper, "__dict__", values)
    _set(paper, "__pydantic_fields_set__", set(fields))
    _set(paper, "__pydantic_extra__", None)
    _set(paper, "__pydantic_private__", None)
    return paper


_KINDS = frozenset(get_args(ClaimKind))
_UNITS = frozenset(get_args(Unit))


def make_claim(**fields: object) -> Claim:
    """`Claim(**fields)`: the same instance, or the same error, without validating values
    that are already what validation would give (every field given in the model's order,
    as the pipeline does)."""
    if tuple(fields) == _CLAIM_FIELDS:
        span = fields["span"]
        if (tuple(map(type, fields.values())) in _CLAIM_TYPES and fields["kind"] in _KINDS
                and (fields["unit"] is None or fields["unit"] in _UNITS)
                and len(span) == 2 and type(span[0]) is int and type(span[1]) is int):  # type: ignore[arg-type]
            claim = Claim.__new__(Claim)
            _set(claim, "__dict__", fields)
            _set(claim, "__pydantic_fields_set__", _CLAIM_FIELD_SET.copy())
            _set(claim, "__pydantic_extra__", None)
            _set(claim, "__pydantic_private__", None)
            return claim
    return Claim(**fields)


_CLAIM_FIELDS = tuple(Claim.model_fields)
#: The field types, in order, that validation keeps: texts, a float, an optional float,
#: an optional text for the unit and each attribution, a tuple for the span.
_CLAIM_TYPES = frozenset(
    (str, str, str, float, value_max, unit, dataset, model, baseline, condition, str, tuple, str, str)
    for value_max in (float, _NONE) for unit in (str, _NONE) for dataset in (str, _NONE)
    for model in (str, _NONE) for baseline in (str, _NONE) for condition in (str, _NONE))
_CLAIM_FIELD_SET = set(_CLAIM_FIELDS)  # copied for each claim (pydantic adds to it on assignment)
