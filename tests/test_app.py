"""The page's wiring, through Streamlit's AppTest (no browser; see test_browser.py)."""
from __future__ import annotations

import csv
import io
import json

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
    assert app.caption[0].value == "4 papers · 11 claims · 2 boards"


def test_board_table_links_paper_and_code_and_shows_size_and_date(app):
    table = app.dataframe(key="board_table")
    config = json.loads(table.proto.columns)  # the column_config
    assert config["paper_url"]["label"] == "Paper link" and config["paper_url"]["type_config"]["type"] == "link"
    assert config["code_url"]["label"] == "Code" and config["code_url"]["type_config"]["type"] == "link"
    assert config["model_size"]["type_config"] == {"type": "number", "format": "compact"}
    assert config["date"]["type_config"]["type"] == "date"
    rows = table.value
    assert rows.loc[0, "code_url"] == "https://github.com/OliverRensu/xAR"
    assert rows.loc[1, "paper_url"] == f"https://arxiv.org/abs/{MVAR.arxiv_id}"
    assert rows.loc[0, "model_size"] == 1.1e9 and str(rows.loc[0, "date"])[:10] == "2025-02-27"


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
    app.session_state["tab"] = "Comparisons"
    app.run()
    table = app.dataframe[0].value
    assert set(zip(table["model"], table["baseline"], table["value"])) == {
        ("M-VAR-d32", "LlamaGen", 0.4), ("M-VAR-d32", "VAR", 0.19), ("xAR-B", "DiT-XL", 20.0)}
    app.session_state["tab"] = "Boards"
    app.run()
    assert list(app.dataframe[0].value["claims"]) == [3, 2]


def test_a_new_ingest_shows_on_the_next_run(app, sample_db):
    extra = MVAR.model_copy(update={"id": "2501.00002", "arxiv_id": "2501.00002", "title": "Another M-VAR",
                                    "abstract": MVAR.abstract.replace("1.78", "1.10")})
    spec = {"metric": "FID", "kind": "score", "value": 1.10, "dataset": "ImageNet 256x256", "model": "M-VAR-XL", "text": "1.10"}
    with Store(sample_db, extractor=ScriptedExtractor({extra.id: [spec]})) as store:
        store.ingest_papers([extra])
    app.run()
    assert list(board_rows(app)["model"])[:2] == ["M-VAR-XL", "xAR-H"]


def test_an_empty_store_says_how_to_fill_it(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMBOARD_DB", str(tmp_path / "empty.sqlite"))
    page = AppTest.from_file(str(APP_PATH), default_timeout=60)
    page.run()
    assert not page.exception and "claimboard ingest" in page.info[0].value


def test_a_store_with_papers_but_no_claims_says_so(tmp_path, monkeypatch):
    with Store(tmp_path / "s.sqlite", extractor=ScriptedExtractor({})) as store:
        store.ingest_papers([MVAR])
    monkeypatch.setenv("CLAIMBOARD_DB", str(tmp_path / "s.sqlite"))
    page = AppTest.from_file(str(APP_PATH), default_timeout=60)
    page.run()
    assert not page.exception and "claimboard ingest" in page.info[0].value
