"""Reader for CSV files with a header row: `id,title,abstract[,url]`.

Columns are found by name (any order, any case); `abstract` is required and at
least one of `id` and `title`. Optional columns are read as the JSONL reader reads
them (`arxiv_id`, `published`, `listed`, `code_url`, `project_url`, `pdf_url`). Quoted fields may span
lines. Rows are read one at a time from the stream; a row that does not parse (an
unclosed or stray quote) or is over the record limit is reported on its first line and
the rows after it are still read. Records are identified like JSONL records: an arXiv id in `id`, `arxiv_id`
or an arxiv.org / huggingface.co/papers `url` becomes the paper's id.
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import TYPE_CHECKING

from extract.sources.base import BadRecord, guarded
from extract.sources.jsonl import paper_from_record
from extract.sources.stream import (
    Oversize,
    Source,
    as_source,
    decode_line,
    oversize_reason,
    size_text,
)

if TYPE_CHECKING:  # pydantic's model: imported where a paper is built (see extract.records)
    from extract.models import Paper

_KNOWN = ("id", "title", "abstract", "url", "arxiv_id", "published", "listed", "code_url",
          "project_url", "pdf_url")


def _header(text: str) -> list[str] | None:
    first = next((line for line in text.lstrip("\ufeff").split("\n") if line.strip()), "")
    if "," not in first:
        return None
    try:
        names = next(csv.reader([first]))
    except (csv.Error, StopIteration):
        return None
    return [name.strip().lower() for name in names]


def looks_like_csv(text: str) -> bool:
    """A header row naming an `abstract` column and an `id` or `title` column.

    >>> looks_like_csv('id,title,abstract,url\\n2404.02905,VAR,"VAR reaches 1.73 FID.",\\n')
    True
    >>> looks_like_csv('{"id": "a", "abstract": "x"}')
    False
    """
    return csv_header_problem(text) is None


def csv_header_problem(text: str) -> str | None:
    """Why a text is not a CSV file this reader reads (None if it is one), for the
    "unknown format" message.

    >>> csv_header_problem('name,score\\na,1\\n')
    "a CSV header (name,score) that lacks an 'abstract' column and an 'id' or 'title' column"
    """
    names = _header(text)
    if not names:
        return "not CSV (no comma-separated header line)"
    missing = [label for label, ok in (("an 'abstract' column", "abstract" in names),
                                       ("an 'id' or 'title' column", "id" in names or "title" in names)) if not ok]
    if missing:
        return f"a CSV header ({','.join(names)[:120]}) that lacks {' and '.join(missing)}"
    return None


class _Rows:
    """The rows of a CSV stream, each with the line it starts on (or the reason it is
    bad). A row that does not parse (an unclosed quote, a stray quote) or grows past
    the record limit is reported on its first line, and reading starts again on the
    line after it, so one bad quote never swallows the rows that follow it."""

    def __init__(self, source: Source):
        self.limit = source.max_record_bytes
        self.lines = source.lines()
        self.pending: list[tuple[int, bytes | Oversize]] = []  # lines to read again, last first

    def _next_line(self) -> tuple[int, bytes | Oversize] | None:
        return self.pending.pop() if self.pending else next(self.lines, None)

    def _feed(self, taken: list[tuple[int, bytes]], invalid: list[str]) -> Iterator[str]:
        """Lines for the csv module, one at a time, as long as the row stays in bounds."""
        size = 0
        while (found := self._next_line()) is not None:
            number, line = found
            if isinstance(line, Oversize) or size + len(line) > self.limit:
                self.pending.append(found)
                return
            taken.append((number, line))
            size += len(line)
            try:
                yield decode_line(line)
            except ValueError as error:
                invalid.append(f"{error} on line {number}")
                yield line.decode("utf-8", errors="replace")

    def __iter__(self) -> Iterator[tuple[int, list[str] | str]]:
        while (first := self._next_line()) is not None:
            start, line = first
            if isinstance(line, Oversize):
                yield start, oversize_reason("row", line.size, self.limit)
                continue
            self.pending.append(first)
            taken: list[tuple[int, bytes]] = []
            invalid: list[str] = []
            try:
                row = next(csv.reader(self._feed(taken, invalid), strict=True))
            except csv.Error as error:
                if "end of data" in str(error):
                    ended = not self._peek()
                    why = ("an unclosed quote (the file ends inside a quoted field)" if ended else
                           f"an unclosed quote, or a quoted field over the {size_text(self.limit)} record limit")
                else:
                    why = f"a stray or unclosed quote ({error})"
                # The row's other lines are read again, as rows of their own.
                self.pending.extend(reversed(taken[1:]))
                yield start, f"{why}: row skipped, reading goes on at line {start + 1}"
                continue
            except StopIteration:  # pragma: no cover - a line was just put back
                return
            yield start, invalid[0] if invalid else row

    def _peek(self) -> bool:
        """Whether a line is left."""
        found = self._next_line()
        if found is not None:
            self.pending.append(found)
        return found is not None


def read_csv(data: Source | str, path: str = "<csv>") -> Iterator[Paper | BadRecord]:
    source = as_source(data, path)
    if csv.field_size_limit() < source.max_record_bytes:
        csv.field_size_limit(source.max_record_bytes)  # rows are bounded by the record limit instead
    header: list[str] | None = None
    seen: set[str] = set()
    for start_line, row in _Rows(source):
        if isinstance(row, str):
            yield BadRecord(source.path, start_line, row)
            continue
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [name.strip().lower().lstrip("\ufeff") for name in row]
            continue
        if len(row) != len(header):
            yield BadRecord(source.path, start_line,
                            f"expected {len(header)} fields ({','.join(header)}), got {len(row)}")
            continue
        record = {name: value for name, value in zip(header, row) if name in _KNOWN and value.strip()}
        if not record.get("abstract", "").strip():
            yield BadRecord(source.path, start_line, "empty abstract")
            continue
        result = guarded(source.path, start_line, paper_from_record, record, "csv")
        if isinstance(result, BadRecord):
            yield result
        elif result.id not in seen:
            seen.add(result.id)
            yield result
