"""Reader for Hugging Face papers API responses (and other single JSON documents).

Shapes read (https://huggingface.co/api/...):

- `GET /api/daily_papers` and `GET /api/papers/search`: a list of items, each with a
  nested `paper` (`id` = arXiv id, `title`, `summary`, `publishedAt` = publication,
  `upvotes`, `authors` = [{"name": ...}], maybe `githubRepo`, `projectPage`,
  `submittedOnDailyAt`) and top-level `title`, `summary`, `publishedAt` = when it
  was submitted to the daily list, `numComments`.
- `GET /api/papers/{id}`: one paper object, the nested `paper` shape on its own,
  plus `githubRepo` and `projectPage`.
- `{"error": "..."}`: the API's error body, reported as a bad record.

Fields are read from the nested `paper` first, then from the item. Dates: the
paper's `publishedAt` is `Paper.published`; the item's `publishedAt` (else the
paper's `submittedOnDailyAt`) is `Paper.listed`.

A list may also hold flat `{id, title, abstract, url}` records (read as JSONL
records are). A truncated or broken document is reported where it breaks, after
the items before it have been read.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

from extract.records import make_paper
from extract.sources.base import (
    JSON,
    BadRecord,
    LineCounter,
    guarded,
    json_error_text,
    line_of,
    plural,
    split_links,
    unwrap,
)
from extract.sources.identity import arxiv_abs_url, normalise_arxiv_id, paper_id
from extract.sources.jsonl import json_layout, paper_from_record
from extract.sources.stream import Source, as_source, oversize_reason

if TYPE_CHECKING:  # pydantic's model: imported where a paper is built (see extract.records)
    from extract.models import Paper

_WHITESPACE = " \t\r\n\ufeff"


def looks_like_json_document(text: str) -> bool:
    """One JSON document (an array or an object, pretty-printed or not), not JSON Lines."""
    return json_layout(text) == "document"


def read_hf_api(data: Source | str, path: str = "<json>") -> Iterator[Paper | BadRecord]:
    source = as_source(data, path)
    text = source.read_all()
    seen: set[str] = set()
    lines = LineCounter(text)
    for found in _json_values(text, source.path):
        if isinstance(found, BadRecord):
            yield found
            continue
        offset, end, value = found
        line = lines(offset)
        if end - offset > source.max_record_bytes:
            yield BadRecord(source.path, line, oversize_reason("an item", end - offset, source.max_record_bytes))
            continue
        result = guarded(source.path, line, paper_from_item, value)
        if isinstance(result, BadRecord):
            yield result
        elif result.id not in seen:  # a list that names a paper twice holds one paper
            seen.add(result.id)
            yield result


def _json_values(text: str, path: str) -> Iterator[tuple[int, int, Any] | BadRecord]:
    """(offset, end, value) for each item of a top-level array, or the one top-level
    object; a BadRecord where the document breaks (nothing after it is read)."""
    start = _skip(text, 0)
    if start < len(text) and text[start] == "[":
        index = _skip(text, start + 1)
        count = 0
        if index < len(text) and text[index] == "]":
            yield from _trailing(text, index + 1, path)
            return
        while True:
            try:
                value, end = JSON.raw_decode(text, index)
            except json.JSONDecodeError as error:
                yield _broken(text, error, path, f"item {count + 1}", count)
                return
            except RecursionError:
                yield BadRecord(path, line_of(text, index), f"item {count + 1} is nested too deeply to read; "
                                "the rest of the document is not read")
                return
            count += 1
            yield index, end, value
            index = _skip(text, end)
            if index >= len(text):
                yield BadRecord(path, line_of(text, index), f"truncated JSON: the file ends before the "
                                f"list is closed; {plural(count, 'item')} read")
                return
            if text[index] == ",":
                index = _skip(text, index + 1)
                continue
            if text[index] == "]":
                yield from _trailing(text, index + 1, path)
                return
            yield BadRecord(path, line_of(text, index), f"invalid JSON after item {count}: expected "
                            f"',' or ']' at column {index - text.rfind(chr(10), 0, index)}")
            return
    try:
        value, end = JSON.raw_decode(text, start)
    except json.JSONDecodeError as error:
        yield _broken(text, error, path, "the document", 0)
        return
    except RecursionError:
        yield BadRecord(path, line_of(text, start), "the document is nested too deeply to read")
        return
    yield start, end, value
    yield from _trailing(text, end, path)


def _skip(text: str, index: int) -> int:
    while index < len(text) and text[index] in _WHITESPACE:
        index += 1
    return index


def _trailing(text: str, index: int, path: str) -> Iterator[BadRecord]:
    rest = _skip(text, index)
    if rest < len(text):
        yield BadRecord(path, line_of(text, rest), "unexpected text after the JSON document")


def _broken(text: str, error: json.JSONDecodeError, path: str, what: str, count: int) -> BadRecord:
    read = f"; {plural(count, 'item')} before it read" if count else ""
    closing = "]" if text.lstrip(_WHITESPACE).startswith("[") else "}"
    if not text.rstrip(_WHITESPACE).endswith(closing):
        return BadRecord(path, error.lineno, f"truncated JSON: the file ends inside {what}{read}")
    return BadRecord(path, error.lineno, f"invalid JSON in {what}: {json_error_text(error)}{read}")


def paper_from_item(item: object) -> Paper | str:
    """A Paper from one HF API item (daily list / search item, or a paper object),
    or a flat record; else the reason it is not one."""
    if not isinstance(item, dict):
        return f"expected a JSON object, got {type(item).__name__}"
    nested = item.get("paper")
    if nested is not None and not isinstance(nested, dict):
        return f"'paper' is not an object ({type(nested).__name__})"
    if nested is None and "summary" not in item and "abstract" in item:
        return paper_from_record(item, source="json")
    if nested is None and "error" in item and "summary" not in item:
        return f"Hugging Face API error: {item['error']}"
    paper = nested if nested is not None else item
    top = item if nested is not None else {}

    def field(name: str) -> Any:
        value = paper.get(name)
        return value if value not in (None, "", []) else top.get(name)

    raw_id = paper.get("id")
    title = field("title")
    title = unwrap(title) if isinstance(title, str) else ""
    label = f"{raw_id or '?'} ({title[:60]})" if title else f"{raw_id or '?'}"
    summary = field("summary")
    if not isinstance(summary, str) or not summary.strip():
        return f"paper {label} has no summary"
    arxiv_id = normalise_arxiv_id(str(raw_id)) if raw_id is not None else None
    pid = paper_id(arxiv_id, title)
    if not pid:
        return "paper with no id and no title"
    abstract = unwrap(summary)
    code_url, project_url = split_links(abstract)
    authors = _authors(field("authors"))
    published = _date(paper.get("publishedAt"))
    listed = _date(top.get("publishedAt")) if top else None
    listed = listed or _date(field("submittedOnDailyAt"))
    upvotes = field("upvotes")
    return make_paper(
        id=pid, title=title, abstract=abstract,
        url=arxiv_abs_url(arxiv_id) if arxiv_id else None,
        code_url=_text(field("githubRepo")) or code_url,
        project_url=_text(field("projectPage")) or project_url,
        arxiv_id=arxiv_id, published=published, listed=listed, source="hf-api",
        upvotes=upvotes if isinstance(upvotes, int) and not isinstance(upvotes, bool) else None,
        authors=authors, author_count=len(authors) if authors else None,
    )


def _authors(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    names = []
    for author in value:
        name = author.get("name") if isinstance(author, dict) else author
        if isinstance(name, str) and name.strip():
            names.append(unwrap(name))
    return names


def _date(value: object) -> date | None:
    """The calendar date (UTC) of an ISO timestamp such as 2024-06-10T17:59:52.000Z."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        return (moment.astimezone(timezone.utc) if moment.tzinfo else moment).date()
    except OverflowError:  # 9999-12-31T23:59:59-23:59 is past the last representable day in UTC
        raise ValueError(f"date out of range: {value[:40]!r}") from None
    except ValueError:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
