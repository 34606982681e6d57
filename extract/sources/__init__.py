"""Readers for paper sources. `read_path` detects the format from the content
(the extension only breaks ties) and yields papers and bad records in file order.

Formats, tried in this order:

- `hf-api`: one JSON document (an array or an object, pretty-printed or not) with
  Hugging Face papers API shapes (`/api/daily_papers`, `/api/papers/search`,
  `/api/papers/{id}`) or flat `{id, title, abstract}` records;
- `jsonl`: JSON Lines, each non-blank line its own object;
- `arxiv-atom`: an arXiv API Atom feed;
- `csv`: a CSV file with an `id,title,abstract[,url]` header;
- `html`: an HTML page where data was expected (a service's error page, a page
  saved as HTML): a `SourceError` naming the file and the page's title;
- `hf-page`: a Hugging Face Daily Papers page saved as text.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from extract.models import Paper
from extract.sources.arxiv_atom import looks_like_atom, read_arxiv_atom
from extract.sources.base import BadRecord, SourceError, slugify, title_key
from extract.sources.csv_reader import looks_like_csv, read_csv
from extract.sources.hf_api import looks_like_json_document, read_hf_api
from extract.sources.hf_page import looks_like_hf_page, read_hf_page
from extract.sources.html import looks_like_html, read_html
from extract.sources.jsonl import looks_like_jsonl, read_jsonl

Reader = Callable[[str, str], Iterator["Paper | BadRecord"]]

#: (format name, content test, reader), tried in order: most specific first.
FORMATS: list[tuple[str, Callable[[str], bool], Reader]] = [
    ("hf-api", looks_like_json_document, read_hf_api),
    ("jsonl", looks_like_jsonl, read_jsonl),
    ("arxiv-atom", looks_like_atom, read_arxiv_atom),
    ("csv", looks_like_csv, read_csv),
    ("html", looks_like_html, read_html),  # before hf-page: an HF error page says "Daily Papers"
    ("hf-page", looks_like_hf_page, read_hf_page),
]


def detect_format(text: str, path: str = "") -> str:
    for name, looks_like, _ in FORMATS:
        if looks_like(text):
            return name
    raise SourceError(f"{path or 'input'}: unknown format (expected a Hugging Face API JSON "
                      "response, JSONL, an arXiv Atom feed, CSV with id,title,abstract, or a saved Daily Papers page)")


def read_text(text: str, path: str = "<text>") -> Iterator[Paper | BadRecord]:
    name = detect_format(text, path)
    reader = next(reader for fmt, _, reader in FORMATS if fmt == name)
    yield from reader(text, path)


def read_path(path: str | Path) -> Iterator[Paper | BadRecord]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(f"{path}: cannot read ({error.strerror})") from error
    text = data.decode("utf-8-sig", errors="replace")  # a byte-order mark is not part of the first record
    yield from read_text(text, str(path))


def default_corpus_path() -> Path:
    """The embedded default corpus (a saved Daily Papers page)."""
    from importlib.resources import files
    return Path(str(files("claimboard_data") / "hf-daily-papers-autoregressive.txt"))


def seed_fixtures_path() -> Path:
    from importlib.resources import files
    return Path(str(files("claimboard_data.fixtures") / "seed_gold.jsonl"))


__all__ = [
    "FORMATS",
    "BadRecord",
    "Paper",
    "SourceError",
    "default_corpus_path",
    "detect_format",
    "read_path",
    "read_text",
    "seed_fixtures_path",
    "slugify",
    "title_key",
]
