"""Reader for CSV files with a header row: `id,title,abstract[,url]`.

Columns are found by name (any order, any case); `abstract` is required and at
least one of `id` and `title`. Optional columns are read as the JSONL reader reads
them (`arxiv_id`, `published`, `listed`, `code_url`, `project_url`, `pdf_url`). Quoted fields may span
lines. Records are identified like JSONL records: an arXiv id in `id`, `arxiv_id`
or an arxiv.org / huggingface.co/papers `url` becomes the paper's id.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from extract.models import Paper
from extract.sources.base import BadRecord
from extract.sources.jsonl import paper_from_record

_KNOWN = ("id", "title", "abstract", "url", "arxiv_id", "published", "listed", "code_url",
          "project_url", "pdf_url")


def _header(text: str) -> list[str] | None:
    first = next((line for line in text.lstrip("\ufeff").splitlines() if line.strip()), "")
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
    names = _header(text)
    return bool(names) and "abstract" in names and ("id" in names or "title" in names)


def read_csv(text: str, path: str = "<csv>") -> Iterator[Paper | BadRecord]:
    body = text.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(body, newline=""))
    header: list[str] | None = None
    seen: set[str] = set()
    while True:
        start_line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield BadRecord(path, start_line, f"not CSV ({error})")
            return
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [name.strip().lower() for name in row]
            continue
        if len(row) != len(header):
            yield BadRecord(path, start_line, f"expected {len(header)} fields ({','.join(header)}), got {len(row)}")
            continue
        record = {name: value for name, value in zip(header, row) if name in _KNOWN and value.strip()}
        if not record.get("abstract", "").strip():
            yield BadRecord(path, start_line, "empty abstract")
            continue
        result = paper_from_record(record, source="csv")
        if isinstance(result, str):
            yield BadRecord(path, start_line, result)
        elif result.id not in seen:
            seen.add(result.id)
            yield result
