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
and the others are read; a truncated feed is read up to where it breaks. The feed is
parsed incrementally (entries are handed over and dropped as they complete), and a
DOCTYPE is refused, so no entity is ever expanded.
Elements are matched by local name, so a namespace spelled differently still reads.
"""
from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from extract.records import make_paper
from extract.sources.base import BadRecord, guarded, plural, split_links, unwrap
from extract.sources.identity import arxiv_abs_url, arxiv_pdf_url, normalise_arxiv_id
from extract.sources.stream import Source, as_source, oversize_reason

if TYPE_CHECKING:  # the parser is imported where a feed is read: most runs read none
    import xml.etree.ElementTree as ET

    from extract.models import (
        Paper,  # pydantic's model: imported where a paper is built
    )

ATOM = "http://www.w3.org/2005/Atom"
_ENTRY_TAG = re.compile(rb"<(?:[\w.-]+:)?entry[\s>/]")


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


def _events(chunks: Iterable[bytes], limit: int) -> Iterator[tuple]:
    """The feed read incrementally: ("feed", element) when the root starts, then
    ("entry", element, line) for each complete top-level entry (dropped from the tree
    once handed over, so memory stays flat), and ("broken", line, reason) where the XML
    breaks or an entry outgrows the record limit (nothing after it is read).

    A DOCTYPE is refused before it reaches the parser: the arXiv API never sends one,
    and without it no entity can be declared (no entity expansion, no external file)."""
    import xml.etree.ElementTree as ET

    parser = ET.XMLPullParser(events=("start", "end"))
    entry_lines: deque[int] = deque()  # lines of the <entry> tags fed but not yet complete
    line, depth = 1, 0
    feed: ET.Element | None = None
    entry_bytes: int | None = None  # bytes fed since the current entry started
    for chunk in chunks:
        if feed is None and (b"<!DOCTYPE" in chunk or b"<!ENTITY" in chunk):
            yield "broken", line + chunk.count(b"\n", 0, chunk.find(b"<!")), "an XML DOCTYPE: refused (entities are never expanded)"
            return
        entry_lines.extend(line + chunk.count(b"\n", 0, m.start()) for m in _ENTRY_TAG.finditer(chunk))
        line += chunk.count(b"\n")
        if entry_bytes is not None:
            entry_bytes += len(chunk)
            if entry_bytes > limit:
                where = entry_lines[0] if entry_lines else line
                yield "broken", where, oversize_reason("an entry", entry_bytes, limit).replace("; skipped", "; the rest of the feed is not read")
                return
        parser.feed(chunk)  # a syntax error is queued after the events that precede it
        try:
            for event, element in parser.read_events():
                if event == "start":
                    depth += 1
                    if depth == 1:
                        feed = element
                        yield "feed", element
                    elif depth == 2 and _local(element.tag) == "entry":
                        entry_bytes = 0
                    continue
                depth -= 1
                if depth == 1 and _local(element.tag) == "entry":
                    yield "entry", element, entry_lines.popleft() if entry_lines else line
                    feed.remove(element)
                    entry_bytes = None
        except ET.ParseError as error:
            yield "broken", error.position[0], _reason(error)
            return
    try:
        parser.close()
        for _ in parser.read_events():
            pass
    except ET.ParseError as error:  # the file ends inside the feed
        yield "broken", error.position[0], _reason(error)
        return
    if feed is None:
        yield "broken", 1, "not an XML document"


def _reason(error: ET.ParseError) -> str:
    message = str(error).split(":", 1)[0]
    if "no element found" in message or "unclosed token" in message:
        return "the feed is truncated (the file ends inside it)"
    return f"malformed XML ({message})"


def feed_info(text: str) -> FeedInfo:
    """Paging numbers, entry count and error message of a feed, for the fetcher."""
    info = FeedInfo()
    feed = None
    source = Source.from_text(text, "<feed>", max_record_bytes=max(len(text), 1))
    for event in _events(source.chunks(), source.max_record_bytes):
        if event[0] == "feed":
            feed = event[1]
        elif event[0] == "broken":
            info.broken = f"line {event[1]}: {event[2]}"
        else:
            entry = event[1]
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


def read_arxiv_atom(data: Source | str, path: str = "<atom>") -> Iterator[Paper | BadRecord]:
    source = as_source(data, path)
    seen: set[str] = set()
    entries = 0
    for event in _events(source.chunks(), source.max_record_bytes):
        if event[0] == "entry":
            _, entry, line = event
            entries += 1
            result = guarded(source.path, line, paper_from_entry, entry)
            if isinstance(result, BadRecord):
                yield result
            elif result.id not in seen:
                seen.add(result.id)
                yield result
        elif event[0] == "broken":
            read = f"; {plural(entries, 'entry')} before it read" if entries else ""
            yield BadRecord(source.path, event[1], event[2] + read)


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
    return make_paper(
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
