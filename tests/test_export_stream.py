"""`claimboard export` in bounded memory (leaderboard/export_stream.py): the same bytes
as the in-memory export of the whole frame, whatever the chunk size, on stores of real
extractions and on hand-made ones that hold each ranking rule's hard case."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest
from sample_data import ScriptedExtractor, synthetic_papers

from extract.models import Paper
from extract.sources import default_corpus_path
from leaderboard import export, export_stream
from leaderboard.export_stream import RANKING, UnknownBoard, ranked, write_csv_stream
from leaderboard.store import Store, load_frame


def streamed(db, board=None, chunk=None) -> str:
    out = io.StringIO(newline="")
    kwargs = {"chunk": chunk} if chunk else {}
    count = write_csv_stream(db, out, board, **kwargs)
    text = out.getvalue()
    assert count == len(list(csv.reader(io.StringIO(text, newline="")))) - 1, "the count is the rows written"
    return text


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory):
    """300 papers, 1,800 claims over a few dozen boards, with params claims for model sizes."""
    path = tmp_path_factory.mktemp("stream") / "synthetic.sqlite"
    papers, extractor = synthetic_papers(300, 6)
    with Store(path, extractor=extractor) as store:
        store.ingest_papers(papers, "synthetic")
    return path


@pytest.mark.parametrize("chunk", [None, 40, 700])
def test_same_bytes_as_the_whole_frame_export(synthetic_db, chunk):
    """Chunks of any size: ranks, model sizes and datasets are those of the whole store."""
    assert streamed(synthetic_db, chunk=chunk) == export.to_csv_text(load_frame(synthetic_db))


def test_chunks_read_in_several_queries(synthetic_db, monkeypatch):
    """A chunk's claims and papers are read a few ids per query (SQLite's bound-parameter
    limit), then enriched together."""
    monkeypatch.setattr(export_stream, "_QUERY_IDS", 7)
    assert streamed(synthetic_db, chunk=100) == export.to_csv_text(load_frame(synthetic_db))


def _cells(frame) -> list[list]:
    """Rows as plain values, every kind of missing one None, whatever the dtypes."""
    return frame.astype(object).where(frame.notna(), None).values.tolist()


def test_pass_one_ranks_as_enrich_does(synthetic_db):
    """Pass 1 runs only enrich's ranking steps, over slim rows: the same claims in the same
    order, with the same boards, ranks, model sizes and datasets as the whole enrich."""
    whole = export.export_order(load_frame(synthetic_db))[["claim_id", *RANKING]]
    with Store(synthetic_db, readonly=True) as store:
        slim = ranked(store)
    assert slim["rank"].notna().sum() > 100 and slim["model_size"].notna().sum() > 100, "a store that ranks"
    assert _cells(slim) == _cells(whole)


def test_sample_store_with_hostile_cells(sample_db):
    text = streamed(sample_db, chunk=2)
    assert text == export.to_csv_text(load_frame(sample_db))
    assert "'=cmd|' /C calc'!A0" in text, "formula cells are neutralised as in the in-memory export"


@pytest.mark.parametrize("board", ["ImageNet 256x256 / FID", "ImageNet / top-1 accuracy"])
def test_one_board(sample_db, board):
    frame = load_frame(sample_db)
    assert streamed(sample_db, board, chunk=1) == export.to_csv_text(export.select_board(frame, board))


def test_board_of_the_synthetic_store(synthetic_db):
    frame = load_frame(synthetic_db)
    board = frame["board"].dropna().iloc[0]
    assert streamed(synthetic_db, board, chunk=3) == export.to_csv_text(export.select_board(frame, board))


def test_unknown_board_is_refused_before_any_row(sample_db):
    out = io.StringIO()
    with pytest.raises(UnknownBoard):
        write_csv_stream(sample_db, out, "No such / board")
    assert out.getvalue() == ""


def test_empty_store_gives_the_header(tmp_path):
    path = tmp_path / "empty.sqlite"
    with Store(path, extractor=ScriptedExtractor()):
        pass
    assert streamed(path) == ",".join(export.EXPORT_COLUMNS) + "\r\n"


ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def extracted_dbs(tmp_path_factory) -> dict[str, Path]:
    """Stores of the real extractor's claims: the seed corpus, the 60 real abstracts, and
    the synthetic dev sets."""
    sources = {"seed": [default_corpus_path()], "real": [ROOT / "data" / "fixtures" / "real_papers.jsonl"],
               "dev": [ROOT / "data" / "dev_papers.jsonl", ROOT / "data" / "dev2_papers.jsonl"]}
    paths = {}
    for name, files in sources.items():
        paths[name] = tmp_path_factory.mktemp(name) / "claims.sqlite"
        with Store(paths[name]) as store:
            store.ingest_paths(files, progress=False)
    return paths


@pytest.mark.parametrize("name", ["seed", "real", "dev"])
def test_stores_of_real_extractions(extracted_dbs, name):
    frame = load_frame(extracted_dbs[name])
    assert frame["board"].nunique() >= 5 and frame["rank"].notna().sum() >= 10, "a store with boards"
    expected = export.to_csv_text(frame)
    assert streamed(extracted_dbs[name]) == expected
    assert streamed(extracted_dbs[name], chunk=7) == expected


def test_every_board_of_the_real_set(extracted_dbs):
    frame = load_frame(extracted_dbs["real"])
    for board in frame["board"].dropna().unique():
        assert streamed(extracted_dbs["real"], board, chunk=5) == export.to_csv_text(export.select_board(frame, board))


def _paper(number: int, claims: list[dict]) -> tuple[Paper, list[dict]]:
    """A paper stating each claim's number in a sentence of its own."""
    texts = [f"{number}{k:02d}.{k % 7}" if claim.get("text") is None else claim["text"]
             for k, claim in enumerate(claims)]
    abstract = " ".join(f"Result {k} is {text} here." for k, text in enumerate(texts))
    paper = Paper(id=f"hard-{number:02d}", title=f"Hard case paper {number}", abstract=abstract, source="jsonl")
    return paper, [{**claim, "text": text} for claim, text in zip(claims, texts)]


def _score(model, value, dataset="Bench", metric="FID", **more) -> dict:
    return {"metric": metric, "kind": "score", "value": value, "dataset": dataset, "model": model, **more}


def _params(model, value) -> dict:
    return {"metric": "params", "kind": "params", "value": value, "model": model}


#: Each ranking rule's hard case, spread over papers so that other papers' claims matter.
HARD_CASES = [
    # Ties share the better rank, on lower- and higher-is-better boards.
    [_score("A", 2.0), _score("B", 1.0), _params("A", 7e9), _params("a ", 9e9)],
    [_score("C", 2.0), _score("D", 3.0), _score("E", 80.0, metric="accuracy"), _score("F", 80.0, metric="accuracy")],
    [_score("G", 75.0, metric="accuracy"), _score("A", 2.0, condition="CFG 1.5"), _score("a", 2.5, condition="cfg 1.5")],
    # Unknown direction, no model, no dataset, unrankable and cost metrics, comparisons.
    [_score("H", 5.0, metric="novelty score"), _score(None, 4.0), _score("I", 4.0, dataset=None),
     _score("J", 1.0, metric="unspecified"), _score("K", 30.0, metric="latency"),
     {"metric": "FID", "kind": "delta", "value": 0.5, "dataset": "Bench", "model": "A", "baseline": "B"},
     _score("R", 8.0, dataset="other")],  # seen first, but "Other" is stated more often
    # Model sizes: the same paper's first params claim; elsewhere the most stated value,
    # ties the smaller; names compared case- and space-insensitively.
    [_score("big", 9.0), _params("BIG", 3e9), _params("Big", 4e9), _params("X", 1e9)],
    [_params("x", 2e9), _params("Big", 5e9), _score(" x ", 6.0), _score("Y", 0.0, dataset="Other"), _params("y", 0.0)],
    # Dataset spellings outside the vocabulary, equally frequent: the first seen names both.
    [_score("L", 3.3, dataset="Hard-Bench"), _score("M", 3.1, dataset="hard bench"), _score("Big", 7.0, dataset="Other")],
    # The vocabulary's spellings of one benchmark, and two (dataset, metric) pairs that
    # read as the same board name (ranked by each row's metric: "B / FID" has no direction).
    [_score("N", 90.0, dataset="UCF-101", metric="accuracy"), _score("O", 91.0, dataset="UCF101", metric="accuracy"),
     _score("P", 1.5, dataset="Set / B", metric="FID"), _score("Q", 1.4, dataset="Set", metric="B / FID"),
     _params("big", 5e9)],
]


@pytest.fixture(scope="module")
def hard_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("hard") / "hard.sqlite"
    papers, script = [], {}
    for number, claims in enumerate(HARD_CASES):
        paper, script[f"hard-{number:02d}"] = _paper(number, claims)
        papers.append(paper)
    with Store(path, extractor=ScriptedExtractor(script)) as store:
        store.ingest_papers(papers, "hard cases")
    return path


def test_each_ranking_rules_hard_case(hard_db):
    frame = load_frame(hard_db)
    scores = frame[frame["kind"] == "score"]
    by_model = {(m, None if pd.isna(c) else c): (b, r, s) for m, c, b, r, s in zip(
        scores["model"], scores["condition"], scores["board"], scores["rank"], scores["model_size"]) if isinstance(m, str)}
    assert by_model[("B", None)][:2] == ("Bench / FID", 1) and by_model[("A", None)][1] == 2 == by_model[("C", None)][1]
    assert by_model[("E", None)][1] == 1 == by_model[("F", None)][1] and by_model[("G", None)][1] == 3
    assert by_model[("A", None)][2] == 7e9, "the same paper's first params claim"
    assert by_model[("big", None)][2] == 3e9 and by_model[(" x ", None)][2] == 2e9
    assert by_model[("a", "cfg 1.5")][2] == 7e9, "7e9 and 9e9 stated once each: the smaller"
    assert by_model[("Big", None)][2] == 5e9, "stated twice, against 3e9 and 4e9 once"
    assert by_model[("C", None)][2] != by_model[("C", None)][2], "no params claim: no size"
    assert by_model[("Y", None)][2] == 0.0
    assert {by_model[(m, None)][0] for m in "LM"} == {"Hard-Bench / FID"}
    assert {by_model[(m, None)][0] for m in "RY"} == {"Other / FID"}
    assert {by_model[(m, None)][0] for m in "NO"} == {"UCF101 / accuracy"}
    assert {by_model[(m, None)][0] for m in "PQ"} == {"Set / B / FID"} and by_model[("P", None)][1] == 1
    assert all(by_model[(m, None)][1] is pd.NA for m in "HQ") and by_model[("K", None)][0] is pd.NA
    text = export.to_csv_text(frame)
    assert streamed(hard_db) == text and streamed(hard_db, chunk=2) == text
    for board in frame["board"].dropna().unique():
        assert streamed(hard_db, board, chunk=3) == export.to_csv_text(export.select_board(frame, board))


def test_a_store_of_one_claim(tmp_path):
    path = tmp_path / "one.sqlite"
    paper, claims = _paper(0, [_score("Solo", 1.5)])
    with Store(path, extractor=ScriptedExtractor({paper.id: claims})) as store:
        store.ingest_papers([paper], "one")
    text = streamed(path)
    assert text == export.to_csv_text(load_frame(path)) and len(text.splitlines()) == 2
    assert streamed(path, "Bench / FID") == text
