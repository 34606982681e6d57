"""Reader for JSON Lines: one paper a line, `{"id", "title", "abstract", "url"?}`."""
from __future__ import annotations

import json
from typing import Iterator

from extract.models import Paper
from extract.sources.base import BadRecord, slugify, split_links


def looks_like_jsonl(text: str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    return first.lstrip().startswith("{")


def read_jsonl(text: str, path: str = "<jsonl>") -> Iterator[Paper | BadRecord]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield BadRecord(path, number, f"not JSON ({error.msg} at column {error.colno})")
            continue
        if not isinstance(record, dict):
            yield BadRecord(path, number, f"expected a JSON object, got {type(record).__name__}")
            continue
        result = paper_from_record(record, source="jsonl")
        yield BadRecord(path, number, result) if isinstance(result, str) else result


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
    paper_id = record.get("id")
    if paper_id is not None and not isinstance(paper_id, (str, int)):
        return f"id is not a string ({type(paper_id).__name__})"
    paper_id = str(paper_id).strip() if paper_id is not None else slugify(title)
    if not paper_id:
        return "no id and no title to derive one from"
    url = record.get("url") if isinstance(record.get("url"), str) else None
    code_url, project_url = split_links(abstract)
    return Paper(id=paper_id, title=title, abstract=abstract, url=url, code_url=code_url,
                 project_url=project_url, source=source)
