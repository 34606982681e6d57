"""Plain records: a paper and a claim without pydantic, for `python -m extract`.

`extract.models` holds the schema (`Paper`, `Claim`, pydantic models): the library API
returns them and the store validates with them. Importing pydantic and building the two
classes costs a process ~420 M instructions (~60 ms), more than extracting a hundred
abstracts; the command line only reads fields and writes JSON. While `plain_records()`
is on (the CLI sets it around its run), `make_paper` and `make_claim` give a
`PaperRecord` / `ClaimRecord` where the values are already what validation would keep
(the checks are the ones `models.make_paper`/`make_claim` use, defined here once), and
otherwise call the pydantic model (imported then), which coerces or raises its own
error: so a bad record's message is pydantic's, and the output is the same.

The field names, their order and defaults, and the literals are written here and in
`extract.models`; tests/test_fast_paths28.py checks them field by field against the models.
This module imports neither pydantic nor `extract.models`.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

#: The spec's fields, in the spec's order: what a claim is scored on.
SPEC_FIELDS: tuple[str, ...] = (
    "paper", "metric", "kind", "value", "value_max", "unit",
    "dataset", "model", "baseline", "condition", "text",
)
#: `models.ClaimKind` and `models.Unit`'s values.
CLAIM_KINDS: tuple[str, ...] = ("score", "delta", "relative", "ratio", "params")
UNITS: tuple[str, ...] = ("%", "x", "s", "GB", "MB")

SURROGATE = re.compile("[\ud800-\udfff]")

_NONE = type(None)

#: The types each paper field keeps unchanged through validation (`id` also needs a
#: character; a count must fit the store's column; a text, or a list's text, must hold no
#: surrogate).
PAPER_TYPES: dict[str, frozenset] = {
    "id": frozenset((str,)), "title": frozenset((str,)), "abstract": frozenset((str,)),
    "url": frozenset((str, _NONE)), "code_url": frozenset((str, _NONE)), "project_url": frozenset((str, _NONE)),
    "arxiv_id": frozenset((str, _NONE)), "pdf_url": frozenset((str, _NONE)), "published": frozenset((date, _NONE)),
    "updated": frozenset((date, _NONE)), "listed": frozenset((date, _NONE)), "source": frozenset((str,)),
    "upvotes": frozenset((int, _NONE)), "authors": frozenset((list,)), "author_count": frozenset((int, _NONE)),
    "categories": frozenset((list,)), "comments": frozenset((str, _NONE)),
}
#: Every paper field in the model's order, with its default (`id` and `abstract` are
#: required; the lists' defaults are new lists, set per paper).
PAPER_DEFAULTS = {"id": None, "title": "", "abstract": None, "url": None, "code_url": None, "project_url": None,
                  "arxiv_id": None, "pdf_url": None, "published": None, "updated": None, "listed": None,
                  "source": "unknown", "upvotes": None, "authors": None, "author_count": None,
                  "categories": None, "comments": None}
#: Every claim field in the model's order, with its default (None: required).
CLAIM_DEFAULTS = {"paper": None, "metric": None, "kind": None, "value": None, "value_max": None, "unit": None,
                  "dataset": None, "model": None, "baseline": None, "condition": None, "text": None,
                  "span": None, "sentence": "", "rule": ""}
CLAIM_FIELDS: tuple[str, ...] = tuple(CLAIM_DEFAULTS)
#: The claim field types, in order, that validation keeps: texts, a float, an optional
#: float, an optional text for the unit and each attribution, a tuple for the span.
CLAIM_TYPES = frozenset(
    (str, str, str, float, value_max, unit, dataset, model, baseline, condition, str, tuple, str, str)
    for value_max in (float, _NONE) for unit in (str, _NONE) for dataset in (str, _NONE)
    for model in (str, _NONE) for baseline in (str, _NONE) for condition in (str, _NONE))
_KINDS = frozenset(CLAIM_KINDS)
_UNITS = frozenset(UNITS)


def paper_values(fields: dict) -> dict | None:
    """The paper's field values in the model's order, as validation would give them, or
    None where validation must decide (coerce, or refuse with its own message)."""
    if "id" not in fields or "abstract" not in fields or not fields["id"]:
        return None
    for name, value in fields.items():
        kind = type(value)
        if kind not in PAPER_TYPES.get(name, ()):
            return None  # another type (coerced or refused), or no such field
        if kind is str:
            if not value.isascii() and SURROGATE.search(value):
                return None
        elif kind is int:
            if not 0 <= value < 2**63:
                return None
        elif kind is list:
            for item in value:
                if type(item) is not str or (not item.isascii() and SURROGATE.search(item)):
                    return None
    values = PAPER_DEFAULTS.copy()
    values.update(fields)  # the model's order kept
    values["authors"] = list(fields["authors"]) if "authors" in fields else []  # validation builds new lists
    values["categories"] = list(fields["categories"]) if "categories" in fields else []
    return values


def claim_kept(fields: dict) -> bool:
    """Every claim field given in the model's order (the pipeline's call), each of a type
    and value validation keeps as it is."""
    if tuple(fields) != CLAIM_FIELDS:
        return False
    span = fields["span"]
    return (tuple(map(type, fields.values())) in CLAIM_TYPES and fields["kind"] in _KINDS
            and (fields["unit"] is None or fields["unit"] in _UNITS)
            and len(span) == 2 and type(span[0]) is int and type(span[1]) is int)


class _Record:
    """Fields as attributes (the instance's `__dict__` is the values, in the model's order);
    equal to a record of the same class and values."""

    __slots__ = ("__dict__",)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.__dict__ == self.__dict__

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"


class PaperRecord(_Record):
    """A paper's fields, as `models.Paper` holds them."""

    __slots__ = ()


class ClaimRecord(_Record):
    """A claim's fields, as `models.Claim` holds them."""

    __slots__ = ()

    def spec_dict(self) -> dict:
        """The claim with the spec's fields only, in the spec's order."""
        return {name: getattr(self, name) for name in SPEC_FIELDS}


_plain = False


def set_plain(on: bool) -> bool:
    """Build plain records (`on`) or the pydantic models; gives the previous setting."""
    global _plain
    previous, _plain = _plain, bool(on)
    return previous


@contextmanager
def plain_records() -> Iterator[None]:
    """Plain records while the block runs; the previous setting after it."""
    previous = set_plain(True)
    try:
        yield
    finally:
        set_plain(previous)


def make_paper(**fields: object):
    """A `PaperRecord` while plain records are on and the values need no validation;
    else `models.make_paper` (a `Paper`, or pydantic's error)."""
    if _plain:
        values = paper_values(fields)
        if values is not None:
            paper = PaperRecord.__new__(PaperRecord)
            paper.__dict__ = values
            return paper
    from extract.models import make_paper as build
    return build(**fields)


def make_claim(**fields: object):
    """A `ClaimRecord` while plain records are on and the values need no validation;
    else `models.make_claim` (a `Claim`, or pydantic's error)."""
    if _plain and claim_kept(fields):
        claim = ClaimRecord.__new__(ClaimRecord)
        claim.__dict__ = fields
        return claim
    from extract.models import make_claim as build
    return build(**fields)


def with_dataset(claim, dataset: str | None):
    """The claim with another dataset: `model_copy(update=...)` for a `Claim`."""
    if type(claim) is ClaimRecord:
        copy = ClaimRecord.__new__(ClaimRecord)
        copy.__dict__ = {**claim.__dict__, "dataset": dataset}
        return copy
    return claim.model_copy(update={"dataset": dataset})
