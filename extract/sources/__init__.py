"""Readers for paper sources. `read_path` detects the format from the content of the
first bytes (never the extension) and streams papers and bad records in file order.

Formats, tried in this order:

- `hf-api`: one JSON document (an array or an object, pretty-printed or not) with
  Hugging Face papers API shapes (`/api/daily_papers`, `/api/papers/search`,
  `/api/papers/{id}`) or flat `{id, title, abstract}` records;
- `arxiv-snapshot`: the arXiv metadata snapshot (JSON Lines with `versions`,
  `update_date`, `authors_parsed`), read by the JSONL reader;
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
from typing import TYPE_CHECKING, TextIO

from extract.sources.arxiv_atom import looks_like_atom, read_arxiv_atom
from extract.sources.base import BadRecord, SourceError, slugify, title_key
from extract.sources.csv_reader import csv_header_problem, looks_like_csv, read_csv
from extract.sources.filters import paper_filter
from extract.sources.hf_api import looks_like_json_document, read_hf_api
from extract.sources.hf_page import looks_like_hf_page, read_hf_page
from extract.sources.html import looks_like_html, read_html
from extract.sources.jsonl import looks_like_jsonl, looks_like_snapshot, read_jsonl
from extract.sources.stream import DEFAULT_MAX_RECORD_BYTES, Source, open_path

if TYPE_CHECKING:
    from extract.models import Paper

Reader = Callable[[Source, str], Iterator["Paper | BadRecord"]]
Keep = Callable[["Paper"], bool]

#: (format name, content test on the first bytes, reader), tried in order: most specific first.
FORMATS: list[tuple[str, Callable[[str], bool], Reader]] = [
    ("hf-api", looks_like_json_document, read_hf_api),
    ("arxiv-snapshot", looks_like_snapshot, read_jsonl),  # JSONL whose records it recognises
    ("jsonl", looks_like_jsonl, read_jsonl),
    ("arxiv-atom", looks_like_atom, read_arxiv_atom),
    ("csv", looks_like_csv, read_csv),
    ("html", looks_like_html, read_html),  # before hf-page: an HF error page says "Daily Papers"
    ("hf-page", looks_like_hf_page, read_hf_page),
]
_EXPECTED = ("expected a Hugging Face API JSON response, JSONL, the arXiv metadata snapshot, an arXiv "
             "Atom feed, CSV with id,title,abstract, or a saved Daily Papers page")


def detect_format(text: str, path: str = "", encoding: str = "UTF-8") -> str:
    """The format of a text from its first bytes, or a SourceError saying what was seen."""
    for name, looks_like, _ in FORMATS:
        if looks_like(text):
            return name
    raise SourceError(f"{path or 'input'}: unknown format: {_seen(text, encoding)} ({_EXPECTED})")


def _seen(text: str, encoding: str) -> str:
    """What the start of an unreadable input looks like, in words."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        return "an empty file" if not text else "an empty file (only blank lines)"
    decoded = "" if encoding == "UTF-8" else f", read as {encoding} from its byte-order mark"
    if stripped.startswith("<"):
        root = stripped.split("<feed", 1)[0][:80]
        return f"XML or HTML that is not an arXiv Atom feed (starts {root!r}{decoded})"
    first = stripped.split("\n", 1)[0].strip()
    if "," in first:
        return csv_header_problem(text) + decoded
    if "\ufffd" in stripped[:1000]:
        return f"text that is not UTF-8 (starts {first[:60]!r}): save it as UTF-8, or UTF-16/32 with a byte-order mark"
    return f"text starting {first[:60]!r}{decoded}"


def read_source(source: Source, keep: Keep | None = None) -> Iterator[Paper | BadRecord]:
    """Papers (those `keep` accepts) and bad records from an opened input, in file order."""
    name = detect_format(source.head, source.path, source.encoding)
    reader = next(reader for fmt, _, reader in FORMATS if fmt == name)
    for record in reader(source, source.path):
        if keep is None or isinstance(record, BadRecord) or keep(record):
            yield record


def read_text(text: str, path: str = "<text>", keep: Keep | None = None,
              max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> Iterator[Paper | BadRecord]:
    yield from read_source(Source.from_text(text, path, max_record_bytes), keep)


def read_stream(stream: TextIO, path: str = "<stdin>", keep: Keep | None = None,
                max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> Iterator[Paper | BadRecord]:
    """A text stream such as standard input, read as a stream when it has a binary buffer."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        yield from read_text(stream.read(), path, keep, max_record_bytes)
    else:
        yield from read_source(Source(buffer, path, max_record_bytes), keep)


def read_path(path: str | Path, keep: Keep | None = None,
              max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> Iterator[Paper | BadRecord]:
    """A file's papers and bad records, streamed: a file of any size is read in bounded memory."""
    handle, source = open_path(path, max_record_bytes)
    with handle:
        yield from read_source(source, keep)


def default_corpus_path() -> Path:
    """The embedded default corpus (a saved Daily Papers page)."""
    from importlib.resources import files
    return Path(str(files("claimboard_data") / "hf-daily-papers-autoregressive.txt"))


def seed_fixtures_path() -> Path:
    from importlib.resources import files
    return Path(str(files("claimboard_data.fixtures") / "seed_gold.jsonl"))


def __getattr__(name: str):
    # pydantic's model, re-exported here, loads on first use (see extract.records)
    if name == "Paper":
        from extract.models import Paper
        return Paper
    raise AttributeError(f"module 'extract.sources' has no attribute {name!r}")


__all__ = [
    "DEFAULT_MAX_RECORD_BYTES",
    "FORMATS",
    "BadRecord",
    "Keep",
    "Paper",
    "Source",
    "SourceError",
    "default_corpus_path",
    "detect_format",
    "open_path",
    "paper_filter",
    "read_path",
    "read_source",
    "read_stream",
    "read_text",
    "seed_fixtures_path",
    "slugify",
    "title_key",
]
