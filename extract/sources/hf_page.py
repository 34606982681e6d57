"""Reader for a Hugging Face Daily Papers page saved as text (browser "Save as text").

The page is a run of blocks, blank-line separated:

    Title
    Abstract (one long line)
      • N authors          (optional)
    ·                      (optional)
    Mon D[, YYYY] [upvotes] (optional)

Dates of the current year are printed without the year; they are given the page's
year, inferred as the year after the latest year printed on the page (never after
`today`), and moved back a year if that would put them after the page's own date.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from extract.deferred import re
from extract.records import make_paper
from extract.sources.base import BadRecord, guarded, slugify, split_links
from extract.sources.stream import Source, as_source, oversize_reason

if TYPE_CHECKING:  # pydantic's model: imported where a paper is built (see extract.records)
    from extract.models import Paper

_AUTHORS = re.compile(r"^\s*•\s*(\d+)\s+authors?\s*$")
_DATE = re.compile(
    r"^(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})"
    r"(?:,\s*(?P<year>\d{4}))?(?:\s+(?P<upvotes>\d+))?\s*$"
)
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_CHROME = {"new", "get trending papers in your email inbox!", "subscribe", "daily papers",
           "byak and the research community", "·"}
#: An abstract is prose: long and made of sentences. Titles are short.
_MIN_ABSTRACT_CHARS = 200


def looks_like_hf_page(text: str) -> bool:
    head = text[:2000].lower()
    return "daily papers" in head or ("authors" in text[:20000] and "·" in text[:20000])


def read_hf_page(data: Source | str, path: str = "<page>", today: date | None = None) -> Iterator[Paper | BadRecord]:
    source = as_source(data, path)
    path = source.path
    today = today or date.today()
    lines = source.read_all().splitlines()
    years = [int(m.group("year")) for line in lines if (m := _DATE.match(line.strip())) and m.group("year")]
    page_year = min(max(years) + 1, today.year) if years else today.year
    page_date = None
    for line in lines:  # the page's own date stands above the first abstract
        if len(line.strip()) >= _MIN_ABSTRACT_CHARS:
            break
        if m := _DATE.match(line.strip()):
            page_date = _to_date(m, page_year, None)
            break

    seen: set[str] = set()
    for index, line in enumerate(lines):
        abstract = line.strip()
        if len(abstract) < _MIN_ABSTRACT_CHARS or _DATE.match(abstract) or _AUTHORS.match(abstract):
            continue
        if len(line.encode("utf-8", "surrogatepass")) > source.max_record_bytes:
            yield BadRecord(path, index + 1, oversize_reason("an abstract", len(line), source.max_record_bytes))
            continue
        title, title_line = _previous_nonblank(lines, index)
        if title is None or len(title) >= _MIN_ABSTRACT_CHARS or title.lower() in _CHROME:
            yield BadRecord(path, index + 1, "abstract without a title line before it")
            continue
        paper_id = slugify(title) or f"line-{title_line + 1}"
        if paper_id in seen:  # the same paper listed twice on a page is one paper
            continue
        seen.add(paper_id)
        yield guarded(path, index + 1, _paper, lines, index, paper_id, title, abstract, page_year, page_date)


def _paper(lines, index, paper_id, title, abstract, page_year, page_date) -> Paper:
    authors, published, upvotes = _metadata_after(lines, index + 1, page_year, page_date)
    code_url, project_url = split_links(abstract)
    return make_paper(
        id=paper_id, title=title, abstract=abstract, code_url=code_url, project_url=project_url,
        published=published, listed=page_date, source="hf-page", upvotes=upvotes,
        author_count=authors,
    )


def _previous_nonblank(lines: list[str], index: int) -> tuple[str | None, int]:
    for back in range(index - 1, -1, -1):
        if lines[back].strip():
            return lines[back].strip(), back
    return None, -1


def _metadata_after(lines, start, page_year, page_date):
    """Author count, date and upvotes from the few short lines after an abstract."""
    authors = published = upvotes = None
    for line in lines[start:start + 8]:
        stripped = line.strip()
        if not stripped or stripped == "·":
            continue
        if m := _AUTHORS.match(stripped):
            authors = _count(m.group(1), "author count")
        elif m := _DATE.match(stripped):
            published = _to_date(m, page_year, page_date)
            upvotes = _count(m.group("upvotes"), "upvotes") if m.group("upvotes") else None
            break
        else:
            break  # the next paper's title
    return authors, published, upvotes


def _count(digits: str, what: str) -> int:
    # A count too long for any column (or for int() itself) is the record's error.
    if len(digits) > 18:
        raise ValueError(f"{what} out of range ({digits[:20]}…, {len(digits)} digits)")
    return int(digits)


def _to_date(m, page_year: int, page_date: date | None) -> date | None:
    month = _MONTHS.index(m.group("month")[:3]) + 1
    year = int(m.group("year")) if m.group("year") else page_year
    try:
        result = date(year, month, int(m.group("day")))
    except ValueError:
        return None
    if not m.group("year") and page_date and result > page_date:
        result = result.replace(year=year - 1)
    return result
