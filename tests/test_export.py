"""CSV export: column order, ranks, UTF-8, and no cell a spreadsheet runs as a formula."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sample_data import ScriptedExtractor

from extract.models import Paper
from leaderboard import export
from leaderboard.store import Store
from leaderboard.tables import enrich

TRIGGERS = ["=", "+", "-", "@", "\t", "\r"]
NUMERIC = {"value", "value_max", "rank", "model_size", "span_start", "span_end"}
README = Path(__file__).resolve().parents[1] / "README.md"


def read_back(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def assert_no_formula(rows: list[dict]) -> None:
    for row in rows:
        for column, cell in row.items():
            if column in NUMERIC:
                if cell:
                    float(cell)  # a number, which no spreadsheet runs
            else:
                assert not cell.startswith(tuple(TRIGGERS)), (column, cell)


def test_header_is_the_documented_column_order(frame):
    text = export.to_csv_text(frame)
    header = text.split("\r\n", 1)[0]
    assert header == ",".join(export.EXPORT_COLUMNS)
    documented = " ".join(export.__doc__.split("in this order")[1].split(":", 1)[1].split())
    assert documented == ", ".join(export.EXPORT_COLUMNS)
    assert ", ".join(export.EXPORT_COLUMNS) in " ".join(README.read_text().split()), \
        "the README documents the CSV column order"


def test_every_claim_is_exported_with_paper_and_rank(frame):
    rows = read_back(export.to_csv_text(frame))
    assert len(rows) == len(frame) == 11
    fid = [r for r in rows if r["board"] == "ImageNet 256x256 / FID"]
    assert [(r["model"], r["value"], r["rank"]) for r in fid] == [
        ("xAR-H", "1.24", "1"), ("M-VAR-d32", "1.78", "2"), ("'=cmd|' /C calc'!A0", "3.5", "3")]
    assert fid[0]["paper_title"].startswith("Beyond Next-Token")
    assert fid[1]["paper_id"] == "2411.10433" and fid[1]["paper_url"] == "https://arxiv.org/abs/2411.10433"
    assert fid[0]["model_size"] == "1100000000" and fid[0]["date"] == "2025-02-27"
    others = [r for r in rows if r["kind"] != "score"]
    assert others and all(r["rank"] == "" and r["board"] == "" for r in others)


def test_one_board_only(frame):
    rows = read_back(export.to_csv_text(export.select_board(frame, "ImageNet / top-1 accuracy")))
    assert [(r["model"], r["rank"], r["unit"]) for r in rows] == [("ViT+", "1", "%"), ("ViT-B", "2", "%")]


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_each_formula_trigger_is_neutralized_in_every_text_column(tmp_path, trigger):
    bad = f"{trigger}HYPERLINK(\"http://evil.example\")"
    paper = Paper(id=f"{trigger}id", title=bad, abstract=f"We get 1.5 here; {bad}.", code_url=bad, url=bad)
    spec = {"metric": bad, "kind": "score", "value": 1.5, "dataset": bad, "model": bad, "baseline": bad,
                "condition": bad, "text": "1.5", "rule": bad}
    with Store(tmp_path / "s.sqlite", extractor=ScriptedExtractor({paper.id: [spec]})) as store:
        store.ingest_papers([paper])
        frame = enrich(store.claims_frame(), store.papers_frame())
    frame["sentence"] = bad  # as if the sentence started with the trigger too
    rows = read_back(export.to_csv_text(frame))
    assert len(rows) == 1
    assert_no_formula(rows)
    row = rows[0]
    for column in ("paper_id", "metric", "dataset", "model", "baseline", "condition", "paper_title",
                   "board", "sentence", "rule"):
        assert row[column].startswith("'" + trigger), column
        assert row[column][1:].replace("\r\n", "\r") in (bad, f"{bad} / {bad}", f"{trigger}id"), column


@pytest.mark.parametrize("cell, expected", [
    ("  =1+1", "'  =1+1"),        # leading spaces do not disarm a formula
    ("\uff1dSUM(A1)", "'\uff1dSUM(A1)"),  # fullwidth equals sign
    ("\n=1", "'\n=1"),
    ("M-VAR-d32", "M-VAR-d32"), ("1.78", "1.78"), ("", ""), ("a=b", "a=b"),
])
def test_neutralize(cell, expected):
    assert export.neutralize(cell) == expected


def test_negative_numbers_stay_numbers(tmp_path):
    paper = Paper(id="p", title="t", abstract="FID drops by -0.4 here.")
    spec = {"metric": "FID", "kind": "delta", "value": -0.4, "dataset": "D", "model": "M", "text": "-0.4"}
    with Store(tmp_path / "s.sqlite", extractor=ScriptedExtractor({"p": [spec]})) as store:
        store.ingest_papers([paper])
        frame = enrich(store.claims_frame(), store.papers_frame())
    row = read_back(export.to_csv_text(frame))[0]
    assert row["value"] == "-0.4" and row["text"] == "'-0.4"


def test_utf8_and_file_output(tmp_path, frame):
    frame.loc[frame.index[0], "title"] = "Ça-VDM: 视频 — ünïcode"
    target = tmp_path / "out.csv"
    assert export.write_csv(frame, target) == 11
    data = target.read_bytes()
    assert "Ça-VDM: 视频 — ünïcode".encode() in data and not data.startswith(b"\xef\xbb\xbf")
    assert read_back(data.decode("utf-8"))[0].keys() == set(export.EXPORT_COLUMNS)
