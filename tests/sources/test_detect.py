"""Format detection from the content: the extension never decides."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.sources import FORMATS, SourceError, detect_format, read_path, read_text

RECORDED = Path(__file__).parent / "recorded"
ITEM = {"paper": {"id": "2406.07550", "title": "HMAR", "summary": "It reaches 1.78 FID."},
        "publishedAt": "2024-06-11T00:41:20.412Z"}


@pytest.mark.parametrize("name, expected", [
    ("hf_daily_papers_2024-06-11.json", "hf-api"),              # pretty-printed array
    ("hf_papers_search_masked_autoregressive.json", "hf-api"),  # one-line array
    ("hf_paper_2406.07550.json", "hf-api"),                     # one-line object
    ("hf_error_not_found.json", "hf-api"),                      # one-line error body
    ("hf_daily_truncated.json", "hf-api"),                      # broken pretty-printed array
    ("hf_daily_error_page.json", "html"),                       # an error page saved as .json
    ("arxiv_query_page1.xml", "arxiv-atom"),
    ("arxiv_error.xml", "arxiv-atom"),
    ("arxiv_truncated.xml", "arxiv-atom"),
    ("papers.csv", "csv"),
])
def test_recorded_files(name, expected):
    assert detect_format((RECORDED / name).read_text(), name) == expected


def test_pretty_printed_single_object_is_a_document_not_jsonl():
    assert detect_format(json.dumps(ITEM, indent=2)) == "hf-api"


def test_single_line_hf_object_is_a_document():
    assert detect_format(json.dumps(ITEM)) == "hf-api"


def test_one_object_per_line_is_jsonl():
    lines = "\n".join(json.dumps({"id": f"p{i}", "title": "T", "abstract": "A."}) for i in range(3))
    assert detect_format(lines) == "jsonl"
    assert detect_format(json.dumps({"id": "p", "abstract": "A."})) == "jsonl"  # one flat record


def test_one_hf_item_per_line_is_jsonl_layout():
    lines = "\n".join(json.dumps(ITEM) for _ in range(2))
    assert detect_format(lines) == "jsonl"


def test_jsonl_with_a_broken_first_line_stays_jsonl():
    text = '{"id": "p0", "abstract": \n' + "\n".join(
        json.dumps({"id": f"p{i}", "abstract": "A."}) for i in range(1, 4))
    assert detect_format(text) == "jsonl"
    records = list(read_text(text, "b.jsonl"))
    assert str(records[0]).startswith("b.jsonl:1: not JSON")
    assert [r.id for r in records[1:]] == ["p1", "p2", "p3"]


def test_truncated_pretty_printed_object_is_a_document_with_a_clear_error():
    text = json.dumps(ITEM, indent=2)[:-40]
    assert detect_format(text) == "hf-api"
    (error,) = list(read_text(text, "t.json"))
    assert str(error).startswith("t.json:") and "truncated JSON" in error.reason


def test_bom_and_leading_blank_lines_are_ignored():
    assert detect_format("\ufeff\n\n" + json.dumps([ITEM])) == "hf-api"
    assert detect_format("\ufeff" + (RECORDED / "arxiv_query_page1.xml").read_text()) == "arxiv-atom"


def test_html_before_the_saved_page_reader():
    names = [name for name, _, _ in FORMATS]
    assert names.index("html") < names.index("hf-page")
    assert names.index("hf-api") < names.index("jsonl")


def test_saved_daily_papers_text_page_still_goes_to_hf_page():
    text = ("Daily Papers\n\nDec 3\n\nA Title\n\n" + "An abstract sentence that is long. " * 10 +
            "\n  • 3 authors\n·\nDec 3 12\n")
    assert detect_format(text) == "hf-page"


def test_csv_needs_an_abstract_column():
    assert detect_format("id,title,abstract\na,T,A.\n") == "csv"
    with pytest.raises(SourceError, match="unknown format"):
        detect_format("name,score\na,1\n", "scores.csv")


def test_plain_xml_that_is_not_atom_is_unknown():
    with pytest.raises(SourceError, match="unknown format"):
        detect_format('<?xml version="1.0"?><rss version="2.0"><channel/></rss>', "x.xml")


def test_extension_does_not_decide(tmp_path):
    path = tmp_path / "daily.txt"
    path.write_text((RECORDED / "hf_daily_papers_2024-06-11.json").read_text())
    assert [r.id for r in read_path(path) if hasattr(r, "id")] == ["2406.07550", "2406.06911"]
