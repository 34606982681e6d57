"""Boards as plain functions: ranking, model sizes, comparisons, summary, filters, links."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from sample_data import HOSTILE, MVAR, VIT, XAR, ScriptedExtractor

from extract.models import Paper
from leaderboard import tables
from leaderboard.links import code_link, paper_link, safe_http_url
from leaderboard.store import Store

FID = "ImageNet 256x256 / FID"


def board_of(frame, key=FID):
    return tables.board_table(frame, key)


def test_fid_board_ranks_lower_first_with_links_size_and_evidence(frame):
    board = board_of(frame)
    assert list(board["model"]) == ["xAR-H", "M-VAR-d32", "=cmd|' /C calc'!A0"]
    assert list(board["value"]) == [1.24, 1.78, 3.5]
    assert list(board["rank"]) == [1, 2, 3]
    top = board.iloc[0]
    assert top["title"] == XAR.title
    assert top["paper_url"].startswith("https://huggingface.co/papers?q=Beyond+Next-Token")
    assert top["code_url"] == "https://github.com/OliverRensu/xAR"
    assert top["model_size"] == 1.1e9
    assert top["date"] == pd.Timestamp("2025-02-27")
    assert "FID of 1.24" in top["sentence"] and top["rule"] == "scripted"
    assert board.iloc[1]["paper_url"] == "https://arxiv.org/abs/2411.10433"
    assert list(board.columns) == tables.BOARD_COLUMNS


def test_accuracy_board_ranks_higher_first(frame):
    board = board_of(frame, "ImageNet / top-1 accuracy")
    assert list(board["model"]) == ["ViT+", "ViT-B"] and list(board["rank"]) == [1, 2]


def make_frame(claims: list[dict], papers: list[dict] | None = None) -> pd.DataFrame:
    base = {"value_max": None, "unit": None, "baseline": None, "condition": None, "text": "", "span_start": 0,
                "span_end": 0, "sentence": "", "sentence_start": 0, "rule": ""}
    rows = [dict(base, claim_id=n, **c) for n, c in enumerate(claims)]
    paper_ids = sorted({c["paper_id"] for c in claims})
    papers = papers or [{"paper_id": p, "title": f"Paper {p}", "url": None, "code_url": None, "arxiv_id": None,
                             "published": None, "listed": None, "source": "jsonl"} for p in paper_ids]
    return tables.enrich(pd.DataFrame(rows), pd.DataFrame(papers))


def score(paper, model, value, metric="FID", dataset="D", kind="score"):
    return {"paper_id": paper, "metric": metric, "kind": kind, "value": value, "dataset": dataset, "model": model}


def test_ties_share_the_better_rank():
    frame = make_frame([score("a", "A", 2.0), score("b", "B", 1.0), score("c", "C", 2.0), score("d", "D", 3.0)])
    board = board_of(frame, "D / FID")
    assert list(zip(board["model"], board["rank"])) == [("B", 1), ("A", 2), ("C", 2), ("D", 4)]


def test_a_metric_of_unknown_direction_is_listed_but_not_ranked():
    frame = make_frame([score("a", "A", 2.0, metric="novelty score"), score("b", "B", 5.0, metric="novelty score")])
    summary = tables.boards_summary(frame)
    assert list(summary["board"]) == ["D / novelty score"] and pd.isna(summary["direction"].iloc[0])
    assert board_of(frame, "D / novelty score")["rank"].isna().all()


def test_claims_without_model_or_dataset_or_metric_are_not_board_rows():
    frame = make_frame([score("a", None, 1.0), score("a", "A", 1.0, dataset=None),
                        score("a", "A", 1.0, metric="unspecified"), score("a", "A", 1.0, kind="delta"),
                        score("b", "B", 2.0)])
    assert list(tables.boards_summary(frame)["board"]) == ["D / FID"]
    assert list(board_of(frame, "D / FID")["model"]) == ["B"]


def test_model_size_prefers_the_same_papers_params_claim_then_the_most_stated():
    params = lambda paper, model, value: dict(score(paper, model, value, metric="params", dataset=None), kind="params")
    frame = make_frame([
        score("a", "Big-1", 2.0), params("a", "Big-1", 7e9),
        score("b", "big-1 ", 3.0),  # same model, other paper, names differ in case and space
        params("c", "Big-1", 8e9), params("d", "Big-1", 8e9),
        score("e", "Unknown", 4.0),
    ])
    sizes = dict(zip(board_of(frame, "D / FID")["value"], board_of(frame, "D / FID")["model_size"]))
    assert sizes[2.0] == 7e9 and sizes[3.0] == 8e9 and pd.isna(sizes[4.0])


def test_comparisons_list_model_baseline_amount_and_dataset(frame):
    table = tables.comparisons(frame)
    rows = set(zip(table["model"], table["baseline"], table["kind"], table["value"], table["dataset"]))
    assert rows == {("M-VAR-d32", "LlamaGen", "delta", 0.4, "ImageNet 256x256"),
                    ("M-VAR-d32", "VAR", "delta", 0.19, "ImageNet 256x256"),
                    ("xAR-B", "DiT-XL", "ratio", 20.0, "ImageNet 256x256")}
    assert list(table.columns) == tables.COMPARISON_COLUMNS


def test_summary_counts_boards_and_the_default_is_the_biggest(frame):
    summary = tables.boards_summary(frame)
    assert list(summary["board"]) == [FID, "ImageNet / top-1 accuracy"]
    assert list(summary["claims"]) == [3, 2] and list(summary["papers"]) == [3, 1]
    assert list(summary["best_model"]) == ["xAR-H", "ViT+"] and list(summary["direction"]) == ["lower", "higher"]
    assert tables.default_board(summary) == FID
    assert tables.default_board(summary.iloc[0:0]) is None


def test_ranks_stay_those_of_the_whole_board_when_filtered(frame):
    filtered = tables.filter_claims(frame, text="m-var")
    board = board_of(filtered)
    assert list(zip(board["model"], board["rank"])) == [("M-VAR-d32", 2)]


@pytest.mark.parametrize("kwargs, papers", [
    ({"metrics": ["top-1 accuracy"]}, {VIT.id}),
    ({"datasets": ["ImageNet 256x256"]}, {XAR.id, MVAR.id, HOSTILE.id}),
    ({"text": "VIT+"}, {VIT.id}),  # case-insensitive and literal: '+' is no regex
    ({"text": "decoupled"}, {MVAR.id}),  # title
    ({"date_range": (date(2025, 1, 1), None)}, {XAR.id, HOSTILE.id}),  # undated kept
    ({"date_range": (date(2024, 1, 1), date(2024, 12, 31)), "keep_undated": False}, {MVAR.id, VIT.id}),
    ({"metrics": ["FID"], "text": "xar"}, {XAR.id}),
])
def test_filters(frame, kwargs, papers):
    assert set(tables.filter_claims(frame, **kwargs)["paper_id"]) == papers


def test_board_keys_split_on_the_last_separator():
    assert tables.parse_board_key(tables.board_key("COCO / val", "FID")) == ("COCO / val", "FID")
    with pytest.raises(ValueError):
        tables.parse_board_key("no separator")


def test_paper_link_prefers_own_http_url_then_arxiv_then_hf_search():
    assert paper_link("https://example.org/p", "2401.1", "T") == "https://example.org/p"
    assert paper_link("javascript:alert(1)", "2401.1", "T") == "https://arxiv.org/abs/2401.1"
    assert paper_link(None, None, "A/B: 100% <x>") == "https://huggingface.co/papers?q=A%2FB%3A+100%25+%3Cx%3E"
    assert paper_link(None, None, "") is None


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "file:///etc/passwd",
                                 "/relative", "https://", "https://a\nb.example", "mailto:x@y.z", " ", 42])
def test_only_http_urls_become_links(url):
    assert safe_http_url(url) is None and code_link(url) is None


def test_hostile_paper_gets_no_link_from_its_own_urls(frame):
    row = board_of(frame).iloc[2]
    assert row["code_url"] is None or pd.isna(row["code_url"])
    assert row["paper_url"].startswith("https://huggingface.co/papers?q=%3Cscript%3E")


def test_store_to_board_end_to_end(tmp_path):
    papers = [Paper(id=f"p{n}", title=f"T{n}", abstract=f"M{n} gets {v}.") for n, v in enumerate([3.0, 1.0, 2.0])]
    script = {p.id: [{"metric": "FID", "kind": "score", "value": float(p.abstract.split()[-1][:-1]),
                          "dataset": "D", "model": p.abstract.split()[0], "text": p.abstract.split()[-1][:-1]}]
              for p in papers}
    with Store(tmp_path / "s.sqlite", extractor=ScriptedExtractor(script)) as store:
        store.ingest_papers(papers)
        frame = tables.enrich(store.claims_frame(), store.papers_frame())
    assert list(board_of(frame, "D / FID")["model"]) == ["M1", "M2", "M0"]
