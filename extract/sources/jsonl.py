"""Reader for JSON Lines: one paper a line, `{"id", "title", "abstract", "url"?}`,
read as a stream (and for the arXiv metadata snapshot, whose records it hands to
`arxiv_snapshot`).

Optional fields: `arxiv_id`, `published`, `listed` (YYYY-MM-DD), `authors` (a list
of names), `code_url`, `project_url`, `pdf_url`. A record with an arXiv id (its
`arxiv_id`, an `id` that is one, or an arxiv.org / huggingface.co/papers URL) gets
the arXiv id as its id, and an arXiv or HF papers `url` becomes https://arxiv.org/abs/ID.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from extract.records import make_paper
from extract.sources.arxiv_snapshot import is_snapshot_record, paper_from_snapshot
from extract.sources.base import (
    JSON,
    BadRecord,
    guarded,
    json_error_text,
    slugify,
    split_links,
    unwrap,
)
from extract.sources.identity import (
    arxiv_abs_url,
    arxiv_id_from_url,
    arxiv_id_of_record,
)
from extract.sources.stream import (
    Oversize,
    Source,
    as_source,
    decode_line,
    oversize_reason,
)

if TYPE_CHECKING:  # pydantic's model: imported where a paper is built (see extract.records)
    from extract.models import Paper

#: Keys that make a one-line object a Hugging Face API response (an item, a paper,
#: or an error body) rather than a JSONL record.
_HF_KEYS = {"paper", "summary", "error"}
#: How many lines detection looks at.
_SAMPLE_LINES = 200


def json_layout(text: str) -> str | None:
    """How a text (a file's first bytes) holds JSON: "document" (one JSON value,
    pretty-printed or not, possibly broken or truncated), "lines" (JSON Lines: each
    non-blank line its own object), or None (not JSON).

    A text that parses as one value is a document when it spans several lines, starts
    with `[`, or is a single line shaped like a Hugging Face API response (`paper`,
    `summary` or `error`, no `abstract`); a single flat object is one JSONL record.
    Otherwise it is JSON Lines when at least half of its first non-blank lines parse
    as objects on their own, whatever its first line holds, so a JSONL file with a
    broken or non-object line stays JSONL, while a truncated pretty-printed document
    (whose lines are fragments) stays a document.

    >>> json_layout('{"id": "a", "abstract": "x"}\\n{"id": "b", "abstract": "y"}\\n')
    'lines'
    >>> json_layout('[1, 2]\\n{"id": "a", "abstract": "x"}\\n{"id": "b", "abstract": "y"}\\n')
    'lines'
    >>> json_layout('{\\n  "paper": {"id": "2404.02905"},\\n  "title": "VAR"\\n}\\n')
    'document'
    >>> json_layout('[{"paper": {"id": "2404.02905", "summary": "x"}}')
    'document'
    >>> json_layout('Title\\nAbstract') is None
    True
    """
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        return None
    lines = [line for line in stripped.split("\n") if line.strip()]
    if stripped.startswith(("[", "{")):
        try:
            whole = JSON.decode(stripped)
        except (ValueError, RecursionError):
            pass
        else:
            hf_shaped = isinstance(whole, dict) and _HF_KEYS & whole.keys() and "abstract" not in whole
            return "document" if len(lines) > 1 or stripped.startswith("[") or hf_shaped else "lines"
    sample = lines[:_SAMPLE_LINES]
    objects = sum(1 for line in sample if first_object(line) is not None)
    if objects and objects * 2 >= len(sample):
        return "lines"
    return "document" if stripped.startswith(("[", "{")) else None


def first_object(line: str) -> dict | None:
    """The line parsed as a JSON object, or None."""
    try:
        value = JSON.decode(line)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def looks_like_jsonl(text: str) -> bool:
    """JSON Lines, not one (possibly pretty-printed) JSON document; see `json_layout`."""
    return json_layout(text) == "lines"


def looks_like_snapshot(text: str) -> bool:
    """JSON Lines whose first record is shaped like an arXiv metadata snapshot record."""
    if not looks_like_jsonl(text):
        return False
    record = next((found for line in text.split("\n")[:_SAMPLE_LINES] if (found := first_object(line))), None)
    return record is not None and is_snapshot_record(record)


def read_jsonl(data: Source | str, path: str = "<jsonl>") -> Iterator[Paper | BadRecord]:
    """Each line its own record, split on `\\n` only (U+2028, U+0085, a form feed inside a
    string are data), decoded strictly as UTF-8; each record read in isolation."""
    source = as_source(data, path)
    for number, line in source.lines():
        if isinstance(line, Oversize):
            yield BadRecord(source.path, number, oversize_reason("record", line.size, source.max_record_bytes))
        elif line.strip():
            yield guarded(source.path, number, _paper_from_line, line)


def _paper_from_line(line: bytes) -> Paper | str:
    try:
        record = _decode_stripped(decode_line(line).strip())
    except json.JSONDecodeError as error:
        return f"not JSON ({json_error_text(error)})"
    except ValueError as error:  # invalid UTF-8
        return str(error)
    if not isinstance(record, dict):
        return f"expected a JSON object, got {type(record).__name__}"
    if is_snapshot_record(record):
        return paper_from_snapshot(record)
    return paper_from_record(record, source="jsonl")


def _decode_stripped(text: str) -> object:
    """`JSON.decode(text)` of a text `str.strip` has stripped: it begins and ends with no JSON
    white space (all of it is white space to `str.strip`), so the decoder's two scans for it
    find none; a text with more after its value is decoded again for the decoder's own error."""
    value, end = JSON.raw_decode(text)
    if end != len(text):
        return JSON.decode(text)  # raises "Extra data" where the decoder says it is
    return value


def paper_from_record(record: dict, source: str) -> Paper | str:
    """A Paper from a flat `{id, title, abstract, url}` mapping, or the reason it is not one."""
    if "abstract" not in record:
        return "no abstract"
    abstract = record["abstract"]
    if not isinstance(abstract, str):
        return f"abstract is not a string ({type(abstract).__name__})"
    title = record.get("title") or ""
    if not isinstance(title, str):
        return f"title is not a string ({type(title).__name__})"
    title = unwrap(title)
    given_id = record.get("id")
    if given_id is not None and not isinstance(given_id, (str, int)):
        return f"id is not a string ({type(given_id).__name__})"
    arxiv_id = arxiv_id_of_record(record)
    if arxiv_id:
        paper_id = arxiv_id
    else:
        paper_id = str(given_id).strip() if given_id is not None else slugify(title)
    if not paper_id:
        return "no id and no title to derive one from"
    url = _text(record.get("url"))
    if arxiv_id and (url is None or arxiv_id_from_url(url)):
        url = arxiv_abs_url(arxiv_id)  # arXiv and HF papers URLs, versions included, become one link
    code_url, project_url = split_links(abstract)
    fields: dict = {}
    for name in ("published", "listed", "updated"):
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            try:
                fields[name] = date.fromisoformat(value.strip()[:10])
            except ValueError:
                return f"{name} is not a date (YYYY-MM-DD): {value!r}"
    authors = record.get("authors")
    if isinstance(authors, list) and all(isinstance(a, str) for a in authors):
        fields["authors"] = authors
        fields["author_count"] = len(authors)
    return make_paper(id=paper_id, title=title, abstract=abstract, url=url, arxiv_id=arxiv_id,
                      code_url=_text(record.get("code_url")) or code_url,
                      project_url=_text(record.get("project_url")) or project_url,
                      pdf_url=_text(record.get("pdf_url")), source=source, **fields)


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
