"""Reader for arXiv API responses: Atom feeds from https://export.arxiv.org/api/query.

Each `<entry>` is a paper: `<id>` (http(s)://arxiv.org/abs/ID[vN]) gives the arXiv
id without version; `<title>` and `<summary>` arrive hard-wrapped and are unwrapped;
`<published>` (first version) and `<updated>` (latest) are dates; `<author><name>`
the authors; `<arxiv:primary_category>` then `<category>` the categories; the
`alternate` and `pdf` links; `<arxiv:comment>` the comment line, which often holds
the project page or the code.

Traps handled: the feed's own `<link>`/`<title>` are not a paper's; an error feed
(HTTP 200, one entry titled "Error" whose id is http://arxiv.org/api/errors#...) is
an error, not a paper; an entry missing its id or summary is reported with its line
and the others are read; a truncated feed is read up to where it breaks.
Elements are matched by local name, so a namespace spelled differently still reads.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import regex

from extract.models import Paper
from extract.sources.base import BadRecord, LineCounter, plural, split_links, unwrap
from extract.sources.identity import arxiv_abs_url, arxiv_pdf_url, normalise_arxiv_id

ATOM = "http://www.w3.org/2005/Atom"
_ENTRY_TAG = regex.compile(r"<(?:[\w.-]+:)?entry[\s>/]")


def looks_like_atom(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:3000]
    return head.startswith(("<?xml", "<feed")) and "<feed" in head and ATOM in head


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in element if _local(c.tag) == name), None)


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in element if _local(c.tag) == name]


def _text(element: ET.Element, name: str) -> str | None:
    child = _child(element, name)
    return child.text if child is not None and child.text is not None else None


@dataclass
class FeedInfo:
    """What a feed says about itself: the OpenSearch paging numbers, the entries it
    holds, and the API's error message when it is an error feed."""

    total: int | None = None
    start: int | None = None
    per_page: int | None = None
    entries: int = 0
    error: str | None = None
    broken: str | None = None  # where a malformed feed breaks
    ids: list[str] = field(default_factory=list)


def is_error_entry(entry: ET.Element) -> bool:
    entry_id = (_text(entry, "id") or "").strip()
    title = unwrap(_text(entry, "title") or "")
    return "/api/errors" in entry_id or (title == "Error" and not normalise_arxiv_id(entry_id))


def _parse(text: str) -> tuple[ET.Element | None, list[ET.Element], tuple[int, str] | None]:
    """(feed, complete entries in file order, (line, reason) where the XML breaks or None)."""
    parser = ET.XMLPullParser(events=("start", "end"))
    parser.feed(text)  # a syntax error is queued after the events that precede it
    closing_error: ET.ParseError | None = None
    try:
        parser.close()
    except ET.ParseError as error:  # the file ends inside the feed
        closing_error = error
    feed: ET.Element | None = None
    entries: list[ET.Element] = []
    depth = 0
    try:
        for event, element in parser.read_events():
            if event == "start":
                depth += 1
                if depth == 1:
                    feed = element
            else:
                depth -= 1
                if depth == 1 and _local(element.tag) == "entry":
                    entries.append(element)
    except ET.ParseError as error:
        return feed, entries, (error.position[0], _reason(error))
    if closing_error is not None:
        return feed, entries, (closing_error.position[0], _reason(closing_error))
    if feed is None:
        return None, entries, (1, "not an XML document")
    return feed, entries, None


def _reason(error: ET.ParseError) -> str:
    message = str(error).split(":", 1)[0]
    if "no element found" in message or "unclosed token" in message:
        return "the feed is truncated (the file ends inside it)"
    return f"malformed XML ({message})"


def feed_info(text: str) -> FeedInfo:
    """Paging numbers, entry count and error message of a feed, for the fetcher."""
    info = FeedInfo()
    feed, entries, broken = _parse(text)
    if broken:
        info.broken = f"line {broken[0]}: {broken[1]}"
    for entry in entries:
        info.entries += 1
        if is_error_entry(entry):
            info.error = unwrap(_text(entry, "summary") or _text(entry, "id") or "unknown error")
        elif arxiv_id := normalise_arxiv_id((_text(entry, "id") or "").strip()):
            info.ids.append(arxiv_id)
    if feed is not None:
        for name, attr in (("totalResults", "total"), ("startIndex", "start"), ("itemsPerPage", "per_page")):
            value = _text(feed, name)
            if value is not None and value.strip().isdigit():
                setattr(info, attr, int(value.strip()))
    return info


def read_arxiv_atom(text: str, path: str = "<atom>") -> Iterator[Paper | BadRecord]:
    lines = LineCounter(text)
    entry_lines = [lines(m.start()) for m in _ENTRY_TAG.finditer(text)]
    seen: set[str] = set()
    _, entries, broken = _parse(text)
    for index, entry in enumerate(entries):
        line = entry_lines[index] if index < len(entry_lines) else 0
        result = paper_from_entry(entry)
        if isinstance(result, str):
            yield BadRecord(path, line, result)
        elif result.id not in seen:
            seen.add(result.id)
            yield result
    if broken:
        read = f"; {plural(len(entries), 'entry')} before it read" if entries else ""
        yield BadRecord(path, broken[0], broken[1] + read)


def paper_from_entry(entry: ET.Element) -> Paper | str:
    """A Paper from one Atom `<entry>`, or the reason it is not one."""
    raw_id = (_text(entry, "id") or "").strip()
    title = unwrap(_text(entry, "title") or "")
    if is_error_entry(entry):
        message = unwrap(_text(entry, "summary") or "") or raw_id
        return f"arXiv API error: {message}"
    arxiv_id = normalise_arxiv_id(raw_id)
    label = f"entry {arxiv_id or raw_id or '?'}" + (f" ({title[:60]})" if title else "")
    if not raw_id:
        return f"{label} has no <id>"
    if not arxiv_id:
        return f"{label}: <id> is not an arXiv id"
    summary = _text(entry, "summary")
    if summary is None or not summary.strip():
        return f"{label} has no <summary>"
    abstract = unwrap(summary)
    comments = unwrap(_text(entry, "comment") or "") or None
    code_url, project_url = split_links(abstract)
    if comments:
        comment_code, comment_project = split_links(comments)
        code_url = code_url or comment_code
        project_url = project_url or comment_project
    authors = [unwrap(name) for author in _children(entry, "author")
               if (name := _text(author, "name")) and name.strip()]
    categories: list[str] = []
    primary = _child(entry, "primary_category")
    if primary is not None and primary.get("term"):
        categories.append(primary.get("term"))
    for category in _children(entry, "category"):
        term = category.get("term")
        if term and term not in categories:
            categories.append(term)
    pdf_url = None
    for link in _children(entry, "link"):
        if link.get("title") == "pdf" or link.get("type") == "application/pdf":
            pdf_url = arxiv_pdf_url(arxiv_id)
    return Paper(
        id=arxiv_id, title=title, abstract=abstract, url=arxiv_abs_url(arxiv_id),
        code_url=code_url, project_url=project_url, arxiv_id=arxiv_id, pdf_url=pdf_url,
        published=_date(_text(entry, "published")), updated=_date(_text(entry, "updated")),
        source="arxiv", authors=authors, author_count=len(authors) if authors else None,
        categories=categories, comments=comments,
    )


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
