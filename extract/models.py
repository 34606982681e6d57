"""Typed records: a paper as read from a source, and a claim as the spec defines it.

`Claim` dumps to JSON with exactly the field names of the claims spec
(docs/claims-spec.md), followed by the provenance fields `span`, `sentence` and
`rule` that make each number explainable.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Literal

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

    model_config = ConfigDict(extra="forbid")

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

    model_config = ConfigDict(extra="forbid")

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
