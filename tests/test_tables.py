"""Boards as plain functions: ranking, model sizes, comparisons, summary, filters, links."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from sample_data import HOSTILE, MVAR, VIT, XAR, ScriptedExtractor

from extract.display import value_text
from extract.models import Paper
from leaderboard import derived, history, tables
from leaderboard.benchmarks import board_key, parse_board_key
from leaderboard.links import code_link, paper_link, safe_http_url
from leaderboard.store import Store

FID = "ImageNet 256x256 / FID"


def board_of(frame, key=FID):
    return tables.board_table(frame, key)


def plain(column: pd.Series) -> list:
    """Cells as Python values, missing ones None."""
    return [None if pd.isna(cell) else cell for cell in column.astype(object)]


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


def score(paper, model, value, metric="FID", dataset="D", kind="score", **more):
    return {"paper_id": paper, "metric": metric, "kind": kind, "value": value, "dataset": dataset, "model": model,
            **more}


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
    assert parse_board_key(board_key("COCO / val", "FID")) == ("COCO / val", "FID")
    assert parse_board_key("COCO / val/FID") == ("COCO / val", "FID")  # the URL form
    with pytest.raises(ValueError):
        parse_board_key("  ")


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


# --- one board per benchmark -------------------------------------------------------

def test_dataset_aliases_make_one_board_named_as_the_vocabulary_names_it():
    frame = make_frame([score("a", "A", 200.0, metric="FVD", dataset="UCF-101"),
                        score("b", "B", 150.0, metric="FVD", dataset="UCF101"),
                        score("c", "C", 1.0, dataset="My-Set"), score("d", "D", 2.0, dataset="MySet"),
                        score("e", "E", 3.0, dataset="MySet")])
    summary = tables.boards_summary(frame)
    assert set(zip(summary["board"], summary["claims"])) == {("UCF101 / FVD", 2), ("MySet / FID", 3)}


def test_a_benchmark_scored_by_its_own_metric_is_named_once():
    frame = make_frame([score("a", "A", 0.7, metric="GenEval", dataset="GenEval")])
    assert list(tables.boards_summary(frame)["board"]) == ["GenEval"]
    assert parse_board_key("GenEval") == ("GenEval", "GenEval")


def test_cost_metrics_make_no_board_but_show_as_costs_beside_quality_and_in_efficiency():
    frame = make_frame([score("a", "A", 3.0), score("a", "A", 1.2, metric="latency", unit="s"),
                        score("a", "A", 36.0, metric="training time", dataset="LibriSpeech", unit="s"),
                        score("a", "A", 1.4e9, metric="params", dataset=None, kind="params"),
                        score("b", "B", 4.0)])
    assert list(tables.boards_summary(frame)["board"]) == ["D / FID"]
    board = board_of(frame, "D / FID")
    assert list(zip(board["model"], plain(board["latency"]), plain(board["size"]))) == [
        ("A", "1.2s", "1.4B"), ("B", None, None)]
    costs = tables.efficiency(frame)
    assert set(zip(costs["metric"], costs["shown"])) == {("latency", "1.2s"), ("training time", "36s"),
                                                         ("params", "1.4B")}


# --- settings ------------------------------------------------------------------------

SETTINGS = [score("a", "VAR", 1.8), score("b", "VAR", 4.19, condition="10 steps"),
            score("b", "VAR", 4.3, condition="10  Steps"), score("c", "DD", 9.96, condition="1 step"),
            score("c", "DD", 11.35, condition="2 steps")]


def test_best_view_keeps_one_row_per_model_and_setting_with_its_claim_count():
    frame = make_frame(SETTINGS)
    every = board_of(frame, "D / FID")
    assert list(zip(every["model"], every["value"])) == [("VAR", 1.8), ("VAR", 4.19), ("VAR", 4.3), ("DD", 9.96),
                                                         ("DD", 11.35)]
    best = tables.board_table(frame, "D / FID", best=True)
    assert list(zip(best["model"], plain(best["condition"]), best["claims"])) == [
        ("VAR", None, 1), ("VAR", "10 steps", 2), ("DD", "1 step", 1), ("DD", "2 steps", 1)]


# --- conflicts -----------------------------------------------------------------------

def test_two_papers_disagreeing_on_a_model_in_one_setting_are_both_marked():
    frame = make_frame([score("own", "VAR", 1.8), score("quote", "VAR", 4.19),      # conflict
                        score("own", "DiT", 2.27), score("quote", "DiT", 2.27),     # agree
                        score("x", "M", 3.0, condition="cfg"), score("y", "M", 5.0),  # other setting
                        score("z", "N", 1.0), score("z", "N", 2.0)])                # one paper
    board = board_of(frame, "D / FID")
    marked = set(zip(board.loc[board["flags"] == "conflict", "model"], board.loc[board["flags"] == "conflict", "value"]))
    assert marked == {("VAR", 1.8), ("VAR", 4.19)}
    listed = tables.conflicts(frame)
    assert list(zip(listed["model"], listed["value"], listed["paper_id"])) == [("VAR", 1.8, "own"),
                                                                                ("VAR", 4.19, "quote")]


# --- derived results -----------------------------------------------------------------

def test_a_score_and_a_delta_imply_the_baselines_score_marked_with_both_sources():
    frame = make_frame([score("m", "M-VAR", 1.78), score("m", "M-VAR", 0.4, kind="delta", baseline="LlamaGen"),
                        score("m", "M-VAR", 0.19, kind="delta", baseline="VAR"), score("m", "VAR", 1.97),
                        score("g", "TS", 0.77, metric="GenAI-Bench", dataset="GenAI-Bench"),
                        score("g", "TS", 0.18, metric="GenAI-Bench", dataset="GenAI-Bench", kind="delta",
                              baseline="LlamaGen")])
    rows = derived.derived_rows(frame, "D / FID")
    # VAR's score is stated in the same paper: nothing to derive for it.
    assert list(zip(rows["model"], rows["value"], rows["flags"])) == [("LlamaGen", 2.18, "derived")]
    ids = dict(zip(frame["model"] + frame["kind"] + frame["baseline"].fillna(""), frame["claim_id"]))
    assert rows["source_claims"].iloc[0] == (ids["M-VARscore"], ids["M-VARdeltaLlamaGen"])
    assert pd.isna(rows["rank"].iloc[0]) and "M-VAR 1.78" in rows["derived_from"].iloc[0]
    higher = derived.derived_rows(frame, "GenAI-Bench")  # higher is better: the baseline is below
    assert list(zip(higher["model"], higher["value"])) == [("LlamaGen", 0.59)]


def test_a_relative_change_from_a_stated_start_gives_the_models_value():
    frame = make_frame([score("r", None, 8.1, sentence_start=10),
                        score("r", "ARRA", 25.5, kind="relative", baseline="direct fine-tuning", unit="%",
                              sentence_start=10),
                        score("s", "B", 5.0)])
    rows = derived.derived_rows(frame, "D / FID")
    assert list(zip(rows["model"], rows["value"])) == [("ARRA", 6.03)]


def test_derived_rows_join_the_table_in_value_order_without_a_rank():
    frame = make_frame([score("m", "M", 1.78), score("m", "M", 0.4, kind="delta", baseline="L"), score("x", "X", 2.0)])
    table = tables.with_derived(board_of(frame, "D / FID"), derived.derived_rows(frame, "D / FID"), "lower")
    assert list(zip(table["model"], plain(table["rank"]))) == [
        ("M", 1), ("X", 2), ("L", None)]


# --- several metrics side by side, state of the art over time -----------------------

def test_a_datasets_metrics_side_by_side_ranked_by_the_chosen_metric():
    frame = make_frame([score("a", "A", 2.0), score("a", "A", 300.0, metric="IS"),
                        score("b", "B", 1.5), score("b", "B", 250.0, metric="IS"), score("c", "C", 280.0, metric="IS")])
    by_fid = tables.metrics_side_by_side(frame, "D", "FID")
    assert list(by_fid["model"]) == ["B", "A", "C"] and list(by_fid.columns[3:5]) == ["IS", "FID"]  # most stated first
    by_is = tables.metrics_side_by_side(frame, "D", "IS")
    assert list(zip(by_is["model"], by_is["rank"], by_is["IS"])) == [("A", 1, 300.0), ("C", 2, 280.0), ("B", 3, 250.0)]


def test_state_of_the_art_over_time_steps_through_the_best_so_far():
    papers = [{"paper_id": p, "title": p, "url": None, "code_url": None, "arxiv_id": None, "published": d,
               "listed": None, "source": "jsonl"} for p, d in [("a", "2024-01-01"), ("b", "2024-03-01"),
                                                                ("c", "2024-02-01"), ("d", None)]]
    frame = make_frame([score("a", "A", 3.0), score("b", "B", 2.5), score("c", "C", 4.0), score("d", "D", 1.0)], papers)
    over_time = history.sota_over_time(board_of(frame, "D / FID"), "lower")
    assert list(zip(over_time["model"], over_time["best_so_far"])) == [("A", 3.0), ("C", 3.0), ("B", 2.5)]
    spec = history.sota_chart(over_time, "FID").to_dict()
    marks = [layer["mark"]["type"] for layer in spec["layer"]]
    assert marks == ["line", "point"] and spec["layer"][0]["mark"]["interpolate"] == "step-after"
    assert [t["field"] for t in spec["layer"][1]["encoding"]["tooltip"]] == ["model", "value", "title", "setting", "date"]


def test_shown_values_are_extract_display_value_text_of_every_claim(frame):
    expected = [value_text(v, m, u, k) for v, m, u, k in zip(frame["value"], frame["value_max"], frame["unit"],
                                                               frame["kind"])]
    assert list(frame["shown"]) == expected and "172M" in expected and "87.3%" in expected


def test_a_change_without_a_model_or_baseline_derives_nothing():
    frame = make_frame([score("m", "M", 1.78), score("m", None, 0.4, kind="delta", baseline="L"),
                        score("m", "M", 0.3, kind="delta")])
    assert derived.derived_rows(frame, "D / FID").empty


def test_metrics_side_by_side_of_many_papers_is_one_row_per_model_setting_and_paper(tmp_path):
    """Hundreds of papers on one dataset: each model, title, link and date is a level of
    the row index, and only the combinations that occur make rows."""
    papers, script = [], {}
    for number in range(300):
        paper = Paper(id=f"p{number}", title=f"Paper {number}", source="jsonl",
                      published=date(2024, 1 + number % 12, 1 + number % 28),
                      abstract=f"M-{number} gets {number + 1}.5 FID and {number + 2}.25 IS on COCO.")
        papers.append(paper)
        script[paper.id] = [{"metric": metric, "kind": "score", "value": float(text), "dataset": "COCO",
                             "model": f"M-{number}", "text": text}
                            for metric, text in (("FID", f"{number + 1}.5"), ("IS", f"{number + 2}.25"))]
    with Store(tmp_path / "s.sqlite", extractor=ScriptedExtractor(script)) as store:
        store.ingest_papers(papers)
        frame = tables.enrich(store.claims_frame(), store.papers_frame())
    table = tables.metrics_side_by_side(frame, "COCO", "FID")
    assert len(table) == 300 and list(table["model"][:2]) == ["M-0", "M-1"]
    assert list(table.loc[0, ["FID", "IS"]]) == [1.5, 2.25]
