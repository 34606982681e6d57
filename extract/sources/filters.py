"""Which papers to keep while reading: `--category` and `--since`, shared by
`python -m extract` and `claimboard ingest`, applied before any extraction."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from extract.sources.base import plural

if TYPE_CHECKING:  # pydantic's model: imported where a paper is built (see extract.records)
    from extract.models import Paper


def parse_categories(text: str) -> list[str]:
    """`cs.CV,cs.LG` (commas or spaces) as a list; raises ValueError when empty.

    >>> parse_categories("cs.CV, cs.LG"), parse_categories("cs.")
    (['cs.CV', 'cs.LG'], ['cs.'])
    """
    wanted = [part for part in text.replace(",", " ").split() if part]
    if not wanted:
        raise ValueError("no category given (e.g. cs.CV,cs.LG or cs.)")
    return wanted


def parse_since(text: str) -> date:
    """A YYYY-MM-DD date; raises ValueError with the expected form otherwise."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"not a date: {text!r} (expected YYYY-MM-DD)") from None


def category_matches(category: str, wanted: str) -> bool:
    """`cs.CV` matches itself; a prefix ending in a dot (`cs.`), or an archive name
    (`cs`, `hep-th`), matches every category under it.

    >>> [category_matches(c, w) for c, w in [("cs.CV", "cs.CV"), ("cs.CV", "cs."), ("cs.CV", "cs"),
    ...                                      ("cs.CV", "cs.C"), ("hep-th", "hep-th"), ("csx.A", "cs.")]]
    [True, True, True, False, True, False]
    """
    if wanted.endswith("."):
        return category.startswith(wanted)
    return category == wanted or category.startswith(wanted + ".")


def paper_filter(categories: list[str] | None = None, since: date | None = None) -> Callable[[Paper], bool] | None:
    """A test that keeps the papers in one of `categories` (see `category_matches`)
    first published on or after `since`; None when there is nothing to filter.

    A paper's date is its first version's (`published`), else the day it was listed
    (HF), else its latest version's. A paper without categories (a source that gives
    none) fails a category filter; one without any date fails a date filter.

    >>> from extract.models import Paper
    >>> keep = paper_filter(["cs."], date(2024, 1, 1))
    >>> keep(Paper(id="a", abstract="", categories=["cs.CV"], published=date(2024, 3, 1)))
    True
    >>> keep(Paper(id="b", abstract="", categories=["math.AG"], published=date(2024, 3, 1)))
    False
    """
    if not categories and since is None:
        return None

    def keep(paper: Paper) -> bool:
        if categories and not any(category_matches(c, w) for c in paper.categories for w in categories):
            return False
        when = paper.published or paper.listed or paper.updated
        return since is None or (when is not None and when >= since)

    return keep


class CountingFilter:
    """A paper filter that counts the papers it leaves out, so that a command can say
    so: `ingest --category cs.CV` of a source without categories said only "ingested 0
    papers", as if the file were empty."""

    def __init__(self, keep: Callable[[Paper], bool]):
        self.keep = keep
        self.left_out = 0

    def __call__(self, paper: Paper) -> bool:
        if self.keep(paper):
            return True
        self.left_out += 1
        return False


def left_out_note(count: int, category: object, since: object) -> str:
    """What a command prints after reading when its filters left papers out.

    >>> left_out_note(3, "cs.CV", None)
    'note: 3 papers left out by --category (papers without categories count as outside it)'
    >>> left_out_note(1, "cs.", "2024-01-01")
    'note: 1 paper left out by --category and --since (papers without categories or a date count as outside them)'
    """
    used = [(name, lack) for name, lack, value in (("--category", "categories", category), ("--since", "a date", since))
            if value is not None]
    options = " and ".join(name for name, _ in used)
    lacking = " or ".join(lack for _, lack in used)
    return (f"note: {plural(count, 'paper')} left out by {options} (papers without {lacking} count as outside "
            f"{'them' if len(used) > 1 else 'it'})")
