"""The page's wiring, through Streamlit's AppTest (no browser; see test_browser.py)."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
import streamlit as st
from sample_data import HOSTILE, MVAR, ScriptedExtractor
from streamlit.testing.v1 import AppTest

from leaderboard import export
from leaderboard.cli import APP_PATH
from leaderboard.store import Store

FID = "ImageNet 256x256 / FID"


@pytest.fixture
def app(sample_db, monkeypatch):
    monkeypatch.setenv("CLAIMBOARD_DB", str(sample_db))
    page = AppTest.from_file(str(APP_PATH), default_timeout=60)
    page.run()
    assert not page.exception, page.exception
    return page


def board_rows(page: AppTest):
    return page.dataframe(key="board_table").value


def test_opens_on_the_board_with_most_score_claims_with_counts_in_the_picker(app):
    picker = app.selectbox(key="board")
    assert picker.value == FID
    assert picker.options == [f"{FID}  (3 claims)", "ImageNet / top-1 accuracy  (2 claims)"]
    rows = board_rows(app)
    assert list(rows["model"]) == ["xAR-H", "M-VAR-d32", "=cmd|' /C calc'!A0"]
    assert list(rows["value"]) == [1.24, 1.78, 3.5]
    assert app.caption[0].value == "4 papers with claims · 11 claims · 2 boards"


def test_board_table_links_paper_and_code_and_shows_size_and_date(app):
    table = app.dataframe(key="board_table")
    config = json.loads(table.proto.columns)  # the column_config
    assert config["paper_url"]["label"] == "Paper link" and config["paper_url"]["type_config"]["type"] == "link"
    assert config["code_url"]["label"] == "Code" and config["code_url"]["type_config"]["type"] == "link"
    assert config["size"]["label"] == "Params" and config["date"]["type_config"]["type"] == "date"
    rows = table.value
    assert rows.loc[0, "code_url"] == "https://github.com/OliverRensu/xAR"
    assert rows.loc[1, "paper_url"] == f"https://arxiv.org/abs/{MVAR.arxiv_id}"
    assert rows.loc[0, "size"] == "1.1B" and str(rows.loc[0, "date"])[:10] == "2025-02-27"


def test_evidence_highlights_the_number_and_names_the_rule_with_links(app):
    assert app.html[0].value == ('<blockquote class="claim-evidence">Our largest model, xAR-H (1.1B), sets a new '
                                 'state of the art with an FID of <mark>1.24</mark> on ImageNet-256.</blockquote>')
    assert app.text[0].value == "xAR-H: 1.24 — rule scripted"
    assert [b.proto.url for b in app.get("link_button")] == [
        "https://huggingface.co/papers?q=Beyond+Next-Token%3A+Next-X+Prediction+for+Autoregressive+Visual+Generation",
        "https://github.com/OliverRensu/xAR"]


def test_hostile_text_renders_literally_and_its_urls_are_not_links(app):
    app.session_state["board_table"] = {"selection": {"rows": [2], "columns": [], "cells": []}}
    app.run()
    evidence = app.html[0].value
    assert "&lt;img src=x onerror=alert(1)&gt;" in evidence and "<img" not in evidence
    assert "**not bold** and $x^2$ :smile:" in evidence and "<mark>3.5</mark>" in evidence
    assert app.text[1].value == f"Paper: {HOSTILE.title}"  # st.text: shown as typed, never parsed
    links = [b.proto.url for b in app.get("link_button")]
    assert links == [("https://huggingface.co/papers?q=%3Cscript%3Ealert%28%22x%22%29%3C%2Fscript%3E+%2A%2Abold"
                      "%2A%2A+%3DHYPERLINK%28%22http%3A%2F%2Fevil.example%22%2C%22click%22%29")]
    # No Markdown element carries text from a paper.
    for element in [*app.markdown, *app.caption, *app.title, *app.subheader]:
        assert "script" not in element.value and "bold" not in element.value


def test_download_uses_the_safe_export_of_the_shown_board(sample_db, monkeypatch):
    produced = []

    def recording(frame):
        produced.append(export.to_csv_text(frame))
        return produced[-1].encode("utf-8")

    monkeypatch.setattr(export, "to_csv_bytes", recording)
    monkeypatch.setenv("CLAIMBOARD_DB", str(sample_db))
    page = AppTest.from_file(str(APP_PATH), default_timeout=60)
    page.run()
    button = page.get("download_button")[0]
    assert button.label == "Download this board (CSV)" and button.proto.url.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(produced[-1], newline="")))
    assert [(r["model"], r["rank"]) for r in rows] == [("xAR-H", "1"), ("M-VAR-d32", "2"), ("'=cmd|' /C calc'!A0", "3")]
    # Streamlit's own table download (unsanitised) is switched off.
    assert st.get_option("client.disableDataExport") is True


def test_filters_narrow_the_boards(app):
    app.text_input(key="search").input("vit").run()
    assert app.selectbox(key="board").options == ["ImageNet / top-1 accuracy  (2 claims)"]
    assert list(board_rows(app)["model"]) == ["ViT+", "ViT-B"]
    app.text_input(key="search").input("").run()
    app.multiselect(key="metrics").select("FID").run()
    assert app.selectbox(key="board").options == [f"{FID}  (3 claims)"]
    app.multiselect(key="metrics").unselect("FID").run()
    app.multiselect(key="datasets").select("ImageNet").run()
    assert app.selectbox(key="board").value == "ImageNet / top-1 accuracy"


def test_date_range_filter(app):
    dates = app.date_input(key="dates")
    assert str(dates.value[0]) == "2024-06-01" and str(dates.value[1]) == "2025-02-27"
    app.checkbox(key="undated").uncheck().run()
    app.date_input(key="dates").set_value((dates.value[0], dates.value[0])).run()
    assert app.selectbox(key="board").options == ["ImageNet / top-1 accuracy  (2 claims)"]


def test_choosing_another_board(app):
    app.selectbox(key="board").select("ImageNet / top-1 accuracy").run()
    assert list(board_rows(app)["rank"]) == [1, 2]
    assert "Higher is better." in app.caption[1].value


def test_all_claims_explorer_and_comparisons_tabs(app):
    app.session_state["tab"] = "All claims"
    app.run()
    explorer = app.dataframe[0].value  # (AppTest keys only tables that take selections)
    assert len(explorer) == 11 and app.get("download_button")[0].label == "Download these claims (CSV)"
    assert "shown" in app.dataframe[0].proto.column_order and "value" not in app.dataframe[0].proto.column_order
    assert {"172M", "675M", "1.1B", "87.3%"} <= set(explorer["shown"])  # counts as papers write them
    app.session_state["tab"] = "Comparisons"
    app.run()
    table = app.dataframe[0].value
    assert set(zip(table["model"], table["baseline"], table["value"])) == {
        ("M-VAR-d32", "LlamaGen", 0.4), ("M-VAR-d32", "VAR", 0.19), ("xAR-B", "DiT-XL", 20.0)}
    app.session_state["tab"] = "Boards"
    app.run()
    assert list(app.dataframe[0].value["claims"]) == [3, 2]
    app.text_input(key="search").input("vit").run()  # the Boards tab follows the filters
    assert list(app.dataframe[0].value["board"]) == ["ImageNet / top-1 accuracy"]


def test_a_new_ingest_shows_on_the_next_run(app, sample_db):
    extra = MVAR.model_copy(update={"id": "2501.00002", "arxiv_id": "2501.00002", "title": "Another M-VAR",
                                    "abstract": MVAR.abstract.replace("1.78", "1.10")})
    spec = {"metric": "FID", "kind": "score", "value": 1.10, "dataset": "ImageNet 256x256", "model": "M-VAR-XL", "text": "1.10"}
    with Store(sample_db, extractor=ScriptedExtractor({extra.id: [spec]})) as store:
        store.ingest_papers([extra])
    app.run()
    assert list(board_rows(app)["model"])[:2] == ["M-VAR-XL", "xAR-H"]


def test_a_missing_store_says_how_to_fill_it_and_is_not_created(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMBOARD_DB", str(tmp_path / "empty.sqlite"))
    page = AppTest.from_file(str(APP_PATH), default_timeout=60)
    page.run()
    assert not page.exception and "claimboard ingest" in page.error[0].value
    assert not (tmp_path / "empty.sqlite").exists()  # the page only reads


@pytest.mark.parametrize("content", [b"not a database at all\n" * 100, b""])
def test_a_file_that_is_not_a_store_is_one_short_message_without_a_traceback(tmp_path, monkeypatch, content):
    (tmp_path / "notes.sqlite").write_bytes(content)
    monkeypatch.setenv("CLAIMBOARD_DB", str(tmp_path / "notes.sqlite"))
    page = AppTest.from_file(str(APP_PATH), default_timeout=60)
    page.run()
    assert not page.exception
    (message,) = [e.value for e in page.error]
    assert "notes.sqlite" in message and "\n" not in message and "Traceback" not in message
    assert "File \"" not in message  # no stack frames with server paths


def test_a_store_with_papers_but_no_claims_says_so(tmp_path, monkeypatch):
    with Store(tmp_path / "s.sqlite", extractor=ScriptedExtractor({})) as store:
        store.ingest_papers([MVAR])
    monkeypatch.setenv("CLAIMBOARD_DB", str(tmp_path / "s.sqlite"))
    page = AppTest.from_file(str(APP_PATH), default_timeout=60)
    page.run()
    assert not page.exception and "claimboard ingest" in page.info[0].value


def test_a_store_with_claims_but_no_board_says_why_not_that_filters_hide_them(tmp_path, monkeypatch):
    """Claims that make no board (no model named, or not a score) used to show "No board
    matches these filters." with no filter set."""
    specs = [{"metric": "FID", "kind": "score", "value": 1.78, "dataset": "ImageNet 256x256", "text": "1.78"},
             {"metric": "FID", "kind": "delta", "value": 0.4, "dataset": "ImageNet 256x256", "model": "M-VAR-d32",
              "baseline": "LlamaGen", "text": "0.4"}]
    with Store(tmp_path / "s.sqlite", extractor=ScriptedExtractor({MVAR.id: specs})) as store:
        store.ingest_papers([MVAR])
    monkeypatch.setenv("CLAIMBOARD_DB", str(tmp_path / "s.sqlite"))
    page = AppTest.from_file(str(APP_PATH), default_timeout=60)
    page.run()
    assert not page.exception
    assert page.caption[0].value == "1 paper with claims · 2 claims · 0 boards"
    assert page.info[0].value.startswith("No boards yet: a board needs score claims that name their model")


def test_filters_that_hide_every_board_say_so(app):
    app.text_input(key="search").input("no such model or title").run()
    assert app.info[0].value == "No board matches these filters."


def shown_columns(page: AppTest, key: str = "board_table") -> list[str]:
    return list(page.dataframe(key=key).proto.column_order)


def test_setting_column_rank_model_value_pinned_and_empty_columns_hidden(app):
    config = json.loads(app.dataframe(key="board_table").proto.columns)
    assert config["condition"]["label"] == "Setting"
    assert all(config[c]["pinned"] for c in ("rank", "model", "value", "condition"))
    columns = shown_columns(app)
    # One row has a setting (+CFG), one model a size: both shown; no row has a cost or a marker.
    assert {"condition", "size"} <= set(columns) and not {"latency", "flags", "unit"} & set(columns)
    app.selectbox(key="board").select("ImageNet / top-1 accuracy").run()
    assert "condition" not in shown_columns(app) and "unit" in shown_columns(app)


def test_filters_change_the_picker_counts_the_header_and_the_caption(app):
    app.text_input(key="search").input("m-var").run()
    assert app.selectbox(key="board").options == [f"{FID}  (1 claim)"]
    assert app.caption[0].value == ("4 papers with claims · 11 claims · 2 boards — the filters keep 3 claims "
                                    "from 1 paper on 1 board")
    assert app.caption[1].value.startswith("Lower is better. 1 row from 1 claim.")


def test_a_board_can_be_split_by_setting(app):
    app.checkbox(key="split").check().run()
    parts = {k: list(app.dataframe(key=k).value["model"]) for k in ("board_table_0", "board_table_1")}
    assert parts == {"board_table_0": ["xAR-H", "M-VAR-d32"], "board_table_1": ["=cmd|' /C calc'!A0"]}
    assert [t.value for t in app.text[:2]] == ["Setting: (none stated) — 2 rows", "Setting: +CFG — 1 row"]


def test_derived_rows_appear_only_when_asked_marked_with_both_sources(app):
    assert "derived" not in set(board_rows(app)["flags"].dropna())
    app.checkbox(key="derived").check().run()
    rows = board_rows(app)
    derived = rows[rows["flags"] == "derived"]
    assert list(zip(derived["model"], derived["value"])) == [("VAR", 1.97), ("LlamaGen", 2.18)]
    assert derived["rank"].isna().all() and "M-VAR-d32 1.78 (score)" in derived["derived_from"].iloc[1]
    app.session_state["board_table"] = {"selection": {"rows": [list(rows["model"]).index("LlamaGen")],
                                                      "columns": [], "cells": []}}
    app.run()
    quotes = [h.value for h in app.html]
    assert len(quotes) == 2 and "<mark>1.78</mark>" in quotes[0] and "<mark>0.4</mark>" in quotes[1]
    assert app.text[0].value == "Derived, not stated: LlamaGen ≈ 2.18, from these two claims:"


def test_best_view_and_every_claim_view_and_conflicts(sample_db, monkeypatch):
    quoted = MVAR.model_copy(update={"id": "2501.00003", "arxiv_id": "2501.00003", "title": "A Survey Quoting xAR",
                                     "abstract": "We note that xAR-H reaches 1.54 FID and xAR-H reaches 1.61 FID "
                                                 "on ImageNet 256x256.", "published": None})
    specs = [{"metric": "FID", "kind": "score", "value": v, "dataset": "ImageNet 256x256", "model": "xAR-H",
              "text": t} for v, t in ((1.54, "1.54"), (1.61, "1.61"))]
    with Store(sample_db, extractor=ScriptedExtractor({quoted.id: specs})) as store:
        store.ingest_papers([quoted])
    monkeypatch.setenv("CLAIMBOARD_DB", str(sample_db))
    page = AppTest.from_file(str(APP_PATH), default_timeout=60)
    page.run()
    best = board_rows(page)
    assert list(zip(best["model"], best["value"], best["claims"], best["flags"].astype(object).where(best["flags"].notna(), None))) == [
        ("xAR-H", 1.24, 3, "conflict"), ("M-VAR-d32", 1.78, 1, None), ("=cmd|' /C calc'!A0", 3.5, 1, None)]
    # The claims behind the top row are one click away: under its evidence.
    assert list(page.dataframe[1].value["value"]) == [1.24, 1.54, 1.61]
    page.radio(key="rows").set_value("Every claim").run()
    assert list(board_rows(page)["value"]) == [1.24, 1.54, 1.61, 1.78, 3.5]
    page.session_state["tab"] = "Conflicts"
    page.run()
    table = page.dataframe[0].value
    assert list(zip(table["model"], table["value"])) == [("xAR-H", 1.24), ("xAR-H", 1.54), ("xAR-H", 1.61)]
    assert "FID of 1.24" in table["sentence"].iloc[0] and "1.54 FID" in table["sentence"].iloc[1]
    assert page.caption[1].value.startswith("1 conflict: ")


def test_the_board_is_in_the_url_and_opens_from_it(sample_db, monkeypatch):
    monkeypatch.setenv("CLAIMBOARD_DB", str(sample_db))
    page = AppTest.from_file(str(APP_PATH), default_timeout=60)
    page.query_params["board"] = "ImageNet/top-1 accuracy"
    page.run()
    assert page.selectbox(key="board").value == "ImageNet / top-1 accuracy"
    assert list(board_rows(page)["model"]) == ["ViT+", "ViT-B"]
    page.selectbox(key="board").select(FID).run()  # picking another board is kept and written back
    assert page.query_params["board"] == "ImageNet 256x256/FID"
    page.text_input(key="search").input("xar").run()
    page.checkbox(key="derived").check().run()
    assert page.code[0].value == "/?board=ImageNet%20256x256%2FFID&search=xar&derived=true"
    last = page.date_input(key="dates").value[1]
    page.date_input(key="dates").set_value((date(2024, 7, 1), last)).run()
    assert page.code[0].value.endswith("&derived=true&dates=2024-07-01&dates=2025-02-27")


def test_state_of_the_art_chart_has_a_point_per_dated_claim(app):
    chart = app.get("vega_lite_chart")[0].proto
    spec = json.loads(chart.spec)
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["line", "point"]
    assert "2 dated claims" in app.caption[2].value  # the hostile paper has no date


def test_dataset_page_and_efficiency_view(app):
    app.session_state["tab"] = "Dataset"
    app.run()
    assert list(app.dataframe[0].value["model"]) == ["xAR-H", "M-VAR-d32", "=cmd|' /C calc'!A0"]
    app.session_state["tab"] = "Efficiency"
    app.run()
    table = app.dataframe[0].value
    assert set(zip(table["model"], table["shown"])) == {("xAR-B", "172M"), ("DiT-XL", "675M"), ("xAR-H", "1.1B"),
                                                        ("xAR-B", "20x")}
