"""Records of the arXiv metadata snapshot (the `arxiv-metadata-oai-snapshot.json` that
arXiv publishes through Kaggle): JSON Lines, one paper a line, read as a stream by the
JSONL reader, which hands each record shaped like this to `paper_from_snapshot`.

    {"id": "0704.0001" | "hep-th/9901001", "submitter": ..., "authors": "A, B and C",
     "title": "...", "comments": "10 pages, code at https://...", "journal-ref": ...,
     "doi": ..., "report-no": ..., "categories": "cs.CV cs.LG", "license": ...,
     "abstract": "  hard-wrapped\\ntext\\n",
     "versions": [{"version": "v1", "created": "Mon, 2 Apr 2007 19:18:42 GMT"}, ...],
     "update_date": "2008-11-13", "authors_parsed": [["Last", "First", ""], ...]}

The id is the arXiv id (old-style ids included); `published` is the first version's
date, `updated` the `update_date`; title and abstract are unwrapped; the code and
project links come from the abstract, else from `comments`; `categories` are kept in
the file's order (the primary category first).
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from extract.records import make_paper
from extract.sources.base import split_links, unwrap
from extract.sources.identity import arxiv_abs_url, normalise_arxiv_id

if TYPE_CHECKING:  # pydantic's model: imported where a paper is built (see extract.records)
    from extract.models import Paper

#: Keys only a snapshot record has (a flat JSONL record has none of them).
SNAPSHOT_KEYS = frozenset({"versions", "update_date", "authors_parsed"})


def is_snapshot_record(record: Mapping[str, object]) -> bool:
    """
    >>> is_snapshot_record({"id": "0704.0001", "abstract": "x", "versions": [], "update_date": "2008-11-13"})
    True
    >>> is_snapshot_record({"id": "p1", "abstract": "x"})
    False
    """
    return "abstract" in record and len(SNAPSHOT_KEYS & record.keys()) >= 2


def paper_from_snapshot(record: Mapping[str, object]) -> Paper | str:
    """A Paper from one snapshot record, or the reason it is not one."""
    raw_id = record.get("id")
    arxiv_id = normalise_arxiv_id(raw_id)
    if not arxiv_id:
        return f"id is not an arXiv id: {str(raw_id)[:40]!r}"
    title, abstract = record.get("title"), record.get("abstract")
    if not isinstance(abstract, str) or not abstract.strip():
        return f"{arxiv_id}: no abstract"
    title = unwrap(title) if isinstance(title, str) else ""
    abstract = unwrap(abstract)
    comments = unwrap(record["comments"]) if isinstance(record.get("comments"), str) else None
    code_url, project_url = split_links(abstract)
    if comments:
        comment_code, comment_project = split_links(comments)
        code_url, project_url = code_url or comment_code, project_url or comment_project
    categories = record.get("categories")
    authors = _authors(record)
    return make_paper(
        id=arxiv_id, arxiv_id=arxiv_id, title=title, abstract=abstract, url=arxiv_abs_url(arxiv_id),
        code_url=code_url, project_url=project_url, published=_first_version_date(record.get("versions")),
        updated=_date(record.get("update_date")), source="arxiv-snapshot", authors=authors,
        author_count=len(authors) or None, comments=comments or None,
        categories=categories.split() if isinstance(categories, str) else [],
    )


def _first_version_date(versions: object) -> date | None:
    """The date of v1 ("Mon, 2 Apr 2007 19:18:42 GMT"), else of the first version listed."""
    if not isinstance(versions, list) or not versions:
        return None
    items = [v for v in versions if isinstance(v, dict)]
    first = next((v for v in items if v.get("version") == "v1"), items[0] if items else None)
    created = first.get("created") if first else None
    if not isinstance(created, str):
        return None
    # imported here: email.utils (and socket with it) only where a snapshot is read
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(created).date()
    except (TypeError, ValueError):
        return None


def _date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _authors(record: Mapping[str, object]) -> list[str]:
    """Names from `authors_parsed` ([last, first, suffix]), else the `authors` line."""
    parsed = record.get("authors_parsed")
    if isinstance(parsed, list) and parsed:
        names = []
        for parts in parsed:
            if isinstance(parts, list) and parts and all(isinstance(p, str) for p in parts):
                last, first, *rest = [*parts, "", ""][:3]
                names.append(unwrap(" ".join(p for p in (first, last, *rest) if p.strip())))
        return [name for name in names if name]
    line = record.get("authors")
    if not isinstance(line, str):
        return []
    return [name.strip() for name in unwrap(line).replace(" and ", ", ").split(",") if name.strip()]
