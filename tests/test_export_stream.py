"""`claimboard export` in bounded memory (leaderboard/export_stream.py): the same bytes
as the in-memory export of the whole frame, whatever the chunk size."""
from __future__ import annotations

import csv
import io

import pytest
from sample_data import ScriptedExtractor, synthetic_papers

from leaderboard import export
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
