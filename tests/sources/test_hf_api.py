"""The Hugging Face papers API reader, on recorded responses of the documented shapes."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extract.models import Paper
from extract.sources import BadRecord, SourceError, read_path, read_text
from extract.sources.hf_api import paper_from_item

RECORDED = Path(__file__).parent / "recorded"


def _split(records):
    papers = [r for r in records if isinstance(r, Paper)]
    bad = [r for r in records if isinstance(r, BadRecord)]
    return papers, bad


def test_daily_papers_are_keyed_by_arxiv_id_with_both_dates():
    papers, _ = _split(list(read_path(RECORDED / "hf_daily_papers_2024-06-11.json")))
    assert [p.id for p in papers] == ["2406.07550", "2406.06911"]
    hmar = papers[0]
    assert hmar.arxiv_id == "2406.07550"
    assert hmar.source == "hf-api"
    assert hmar.url == "https://arxiv.org/abs/2406.07550"
    assert hmar.published == date(2024, 6, 10)   # the paper's publishedAt
    assert hmar.listed == date(2024, 6, 11)      # the item's publishedAt: the daily list
    assert hmar.upvotes == 42
    assert hmar.authors == ["Lena Hoffmann", "Ravi Subramanian", "Mei Tanaka", "Jonas Berg"]
    assert hmar.author_count == 4


def test_summary_hard_wraps_are_undone_and_links_found():
    papers, _ = _split(list(read_path(RECORDED / "hf_daily_papers_2024-06-11.json")))
    hmar, routing = papers
    assert "\n" not in hmar.abstract
    assert "achieves 1.78 FID on ImageNet 256x256 and samples 2.4x faster" in hmar.abstract
    assert hmar.code_url == "https://github.com/hmar-lab/hmar"  # from the summary
    assert routing.project_url == "https://sparse-token-routing.github.io"  # the paper's projectPage
    assert routing.code_url is None


def test_item_without_summary_is_a_bad_record_naming_file_line_and_paper():
    path = RECORDED / "hf_daily_papers_2024-06-11.json"
    _, bad = _split(list(read_path(path)))
    assert len(bad) == 1
    text = str(bad[0])
    assert text.startswith(f"{path}:42: ")
    assert "2406.07012" in text and "no summary" in text


def test_paper_endpoint_adds_github_repo_and_project_page():
    papers, bad = _split(list(read_path(RECORDED / "hf_paper_2406.07550.json")))
    assert bad == []
    (paper,) = papers
    assert paper.id == "2406.07550"
    assert paper.code_url == "https://github.com/hmar-lab/hmar"
    assert paper.project_url == "https://hmar-lab.github.io"
    assert paper.published == date(2024, 6, 10)
    assert paper.listed == date(2024, 6, 11)  # submittedOnDailyAt
    assert paper.upvotes == 45


def test_search_response_on_one_line_is_a_json_document_not_jsonl():
    papers, bad = _split(list(read_path(RECORDED / "hf_papers_search_masked_autoregressive.json")))
    assert bad == []
    assert [p.id for p in papers] == ["2406.07550", "2405.13218"]
    assert papers[1].published == date(2024, 5, 21)


def test_nested_paper_fields_win_over_top_level_ones():
    item = {"paper": {"id": "2406.07550", "title": "Nested title", "summary": "Nested summary.",
                      "upvotes": 5, "publishedAt": "2024-06-10T17:59:52.000Z"},
            "title": "Top-level title", "summary": "Top summary.", "publishedAt": "2024-06-11T00:00:00.000Z"}
    paper = paper_from_item(item)
    assert (paper.title, paper.abstract, paper.upvotes) == ("Nested title", "Nested summary.", 5)
    assert (paper.published, paper.listed) == (date(2024, 6, 10), date(2024, 6, 11))


def test_top_level_fields_fill_what_the_nested_paper_lacks():
    item = {"paper": {"id": "2406.07550", "summary": "Nested summary."}, "title": "Top-level title"}
    assert paper_from_item(item).title == "Top-level title"


def test_versioned_id_is_normalised_and_a_non_arxiv_id_gets_a_slug():
    assert paper_from_item({"id": "2406.07550v3", "title": "T", "summary": "S."}).id == "2406.07550"
    paper = paper_from_item({"id": "not-an-arxiv-id", "title": "Some Local Paper", "summary": "S."})
    assert (paper.id, paper.arxiv_id, paper.url) == ("some-local-paper", None, None)


def test_truncated_json_reads_the_complete_items_then_names_the_break():
    path = RECORDED / "hf_daily_truncated.json"
    papers, bad = _split(list(read_path(path)))
    assert [p.id for p in papers] == ["2406.07550", "2406.06911"]
    (error,) = bad
    assert str(error).startswith(f"{path}:28: truncated JSON")
    assert "item 3" in error.reason and "2 items before it read" in error.reason


def test_broken_item_in_the_middle_is_invalid_json_not_truncation():
    text = '[{"paper": {"id": "2406.07550", "summary": "A."}},\n {"paper": {"id": 2406.0691 "x"}},\n {"paper": {}}]'
    papers, bad = _split(list(read_text(text, "mid.json")))
    assert [p.id for p in papers] == ["2406.07550"]
    assert len(bad) == 1 and bad[0].line == 2 and bad[0].reason.startswith("invalid JSON in item 2")


def test_api_error_body_is_a_bad_record():
    (error,) = list(read_path(RECORDED / "hf_error_not_found.json"))
    assert isinstance(error, BadRecord)
    assert error.reason == "Hugging Face API error: Paper not found"


def test_html_error_page_where_json_was_expected_names_the_file_and_page():
    path = RECORDED / "hf_daily_error_page.json"
    with pytest.raises(SourceError) as raised:
        list(read_path(path))
    message = str(raised.value)
    assert message.startswith(f"{path}: an HTML page")
    assert "503 Service Unavailable" in message


def test_duplicate_items_in_one_list_are_one_paper():
    item = {"paper": {"id": "2406.07550", "title": "T", "summary": "S."}}
    papers, _ = _split(list(read_text(json.dumps([item, item]), "dup.json")))
    assert len(papers) == 1


def test_flat_records_in_a_json_array_are_read_like_jsonl():
    text = json.dumps([{"id": "x1", "title": "A Paper", "abstract": "It reaches 90% accuracy.",
                        "url": "https://arxiv.org/abs/2401.01234"}], indent=2)
    (paper,) = list(read_text(text, "flat.json"))
    assert (paper.id, paper.arxiv_id, paper.source) == ("2401.01234", "2401.01234", "json")


def test_empty_list_has_no_papers_and_no_errors():
    assert list(read_text("[]\n", "empty.json")) == []


def test_text_after_the_document_is_reported():
    records = list(read_text('[{"id": "2406.07550", "title": "T", "summary": "S."}]\n<html>', "x.json"))
    assert isinstance(records[0], Paper)
    assert isinstance(records[1], BadRecord) and "after the JSON document" in records[1].reason
