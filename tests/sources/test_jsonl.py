"""JSON Lines: split on `\\n` only, detected from several lines (issue 10, item 4)."""
from __future__ import annotations

import json

import pytest

from extract.models import Paper
from extract.sources import BadRecord, detect_format, read_text


def _split(records):
    return ([r for r in records if isinstance(r, Paper)], [str(r) for r in records if isinstance(r, BadRecord)])


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085", "\x0c", "\x1c", "\r"])
def test_unicode_line_separators_inside_a_string_are_data(separator):
    abstract = f"We reach 1.5 FID.{separator}It runs 3x faster."
    lines = [f'{{"id": "a", "abstract": "{abstract}"}}',  # raw, as json.dumps would escape a control character
             json.dumps({"id": "b", "abstract": "It is 2x faster."})]
    papers, bad = _split(list(read_text("\n".join(lines) + "\n", "sep.jsonl")))
    assert bad == []
    assert [(p.id, p.abstract) for p in papers] == [("a", abstract), ("b", "It is 2x faster.")]


def test_a_first_line_that_is_not_an_object_is_reported_alone():
    records = [json.dumps({"id": f"p{i}", "abstract": "A."}) for i in range(1, 4)]
    for first in ("[1, 2]", '"a string"', "# a comment line", "42"):
        text = "\n".join([first, *records]) + "\n"
        assert detect_format(text) == "jsonl", first
        papers, bad = _split(list(read_text(text, "f.jsonl")))
        assert [p.id for p in papers] == ["p1", "p2", "p3"], first
        assert len(bad) == 1 and bad[0].startswith("f.jsonl:1: "), first


def test_bad_lines_in_the_middle_are_reported_and_the_rest_read():
    lines = [json.dumps({"id": "p1", "abstract": "A."}), "[]", "{broken", json.dumps({"id": "p2", "abstract": "B."})]
    papers, bad = _split(list(read_text("\n".join(lines), "m.jsonl")))
    assert [p.id for p in papers] == ["p1", "p2"]
    assert bad == ["m.jsonl:2: expected a JSON object, got list",
                   "m.jsonl:3: not JSON (Expecting property name enclosed in double quotes at column 2)"]


def test_an_unterminated_string_says_at_column_once():
    text = json.dumps({"id": "p1", "abstract": "A."}) + '\n{"id": "p2", "abstract": "unterminated\n'
    _, bad = _split(list(read_text(text, "u.jsonl")))
    assert bad == ["u.jsonl:2: not JSON (Unterminated string starting at column 26)"]


def test_an_unterminated_string_in_a_json_document_says_at_column_once():
    text = '[\n{"paper": {"id": "2406.00001", "summary": "x"}},\n{"paper": {"id": "2406.00002", "summary": "y}}\n]'
    bad = [str(r) for r in read_text(text, "d.json") if isinstance(r, BadRecord)]
    assert len(bad) == 1 and "starting at column" in bad[0] and "at at" not in bad[0]
