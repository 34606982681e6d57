"""CSV export: column order, ranks, UTF-8, and no cell a spreadsheet runs as a formula."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sample_data import ScriptedExtractor
from test_tables import make_frame

from extract.models import Paper
from leaderboard import export, pwc
from leaderboard.cli import main
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


# --- Papers with Code's evaluation-tables.json ---------------------------------------

def test_pwc_json_follows_the_documented_structure_and_round_trips(frame):
    text = pwc.to_pwc_json(frame)
    tasks = json.loads(text)
    assert pwc.check_schema(tasks) == []
    (task,) = tasks
    assert set(task) == set(pwc.TASK_KEYS)
    datasets = {d["dataset"]: d for d in task["datasets"]}
    assert set(datasets) == {"ImageNet 256x256", "ImageNet"}
    fid = datasets["ImageNet 256x256"]["sota"]
    assert fid["metrics"] == ["FID"]
    top = fid["rows"][0]
    assert set(top) == set(pwc.ROW_KEYS)
    assert (top["model_name"], top["metrics"], top["paper_date"]) == ("xAR-H", {"FID": "1.24"}, "2025-02-27")
    assert top["code_links"] == [{"title": "github.com/OliverRensu/xAR", "url": "https://github.com/OliverRensu/xAR"}]
    hostile = next(r for r in fid["rows"] if r["model_name"].startswith("=cmd"))
    assert hostile["model_name"] == "=cmd|' /C calc'!A0 (+CFG)" and hostile["code_links"] == []
    # Round trip: every board claim comes back with its dataset, model, setting, value and paper.
    back = pwc.read_pwc(tasks)
    board = frame[frame["board"].notna()]
    expected = {(d, pwc.model_name(m, c), metric, v, u) for d, m, c, metric, v, u in zip(
        board["dataset"], board["model"], board["condition"], board["metric"], board["value"], board["paper_url"])}
    assert set(zip(back["dataset"], back["model_name"], back["metric"], back["value"], back["paper_url"])) == expected


def test_pwc_schema_check_names_what_is_wrong():
    tasks = [{"task": "t", "description": "", "categories": [], "subtasks": [], "source_link": None, "synonyms": [],
              "datasets": [{"dataset": "d", "description": "", "subdatasets": [], "dataset_links": [],
                            "dataset_citations": [], "sota": {"metrics": ["FID"], "rows": [
                                {"model_name": "m", "paper_title": "p", "paper_url": "", "paper_date": None,
                                 "code_links": [{"url": "x"}], "model_links": [], "metrics": {"IS": "1"},
                                 "uses_additional_data": "no"}]}}]}]
    assert pwc.check_schema(tasks) == [
        "task 0 dataset 0 row 0: metrics not among the table's ['FID']",
        "task 0 dataset 0 row 0: a code link is not {title, url}",
        "task 0 dataset 0 row 0: uses_additional_data is not true/false"]
    assert pwc.check_schema({"task": "t"}) == ["top level: not a list of tasks"]


def test_pwc_rows_say_when_a_setting_used_extra_data():
    frame = make_frame([{"paper_id": "a", "metric": "top-1 accuracy", "kind": "score", "value": 88.5,
                         "dataset": "ImageNet", "model": "ViT-H", "condition": "with extra training data"},
                        {"paper_id": "b", "metric": "top-1 accuracy", "kind": "score", "value": 85.0,
                         "dataset": "ImageNet", "model": "ResNet", "condition": None}])
    rows = pwc.to_pwc(frame)[0]["datasets"][0]["sota"]["rows"]
    assert [(r["model_name"], r["uses_additional_data"]) for r in rows] == [
        ("ViT-H (with extra training data)", True), ("ResNet", False)]


def test_cli_exports_pwc_json_and_csv_stays_the_default(sample_db, tmp_path):
    runner = CliRunner()
    done = runner.invoke(main, ["export", "--db", str(sample_db), "--format", "pwc-json", "-o", str(tmp_path / "e.json")])
    assert done.exit_code == 0, done.output
    assert pwc.check_schema(json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))) == []
    default = runner.invoke(main, ["export", "--db", str(sample_db), "-o", "-"])
    assert default.output.splitlines()[0] == ",".join(export.EXPORT_COLUMNS)
