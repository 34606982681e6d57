"""An HTML page where data was expected: a service's error page saved in place of
a JSON or Atom response, or a page saved as HTML instead of text. Not a source:
reading one raises a `SourceError` that names the file and the page's title."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from extract.deferred import re
from extract.sources.base import BadRecord, SourceError, unwrap
from extract.sources.stream import Source, as_source

if TYPE_CHECKING:  # pydantic's model: imported where a paper is built (see extract.records)
    from extract.models import Paper

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    """
    >>> looks_like_html("<!DOCTYPE html><html><head><title>503</title></head></html>")
    True
    >>> looks_like_html('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>')
    False
    """
    head = text.lstrip("\ufeff \t\r\n")[:1000].lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body")) or (
        head.startswith("<") and "<html" in head and "<feed" not in head)


def read_html(data: Source | str, path: str = "<html>") -> Iterator[Paper | BadRecord]:
    source = as_source(data, path)
    path = source.path
    match = _TITLE.search(source.head[:20000])
    # imported here: `html` and its entity table cost every process ~1.5 ms at import
    from html import unescape

    title = unwrap(unescape(match.group(1))) if match else ""
    named = f' ("{title[:80]}")' if title else ""
    raise SourceError(f"{path}: an HTML page{named}, not data: expected a JSON API response, "
                      f"JSONL, an arXiv Atom feed or CSV (a service error page saved in its place?)")
    yield  # pragma: no cover - makes this a generator like the other readers
