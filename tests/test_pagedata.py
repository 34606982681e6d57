"""The page data (leaderboard.pagedata): what it reads for a board or a filter must be
what the whole enriched frame gives, and the page must read only that."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest
import streamlit as st
from sample_data import PAPERS, SCRIPT, ScriptedExtractor, synthetic_papers
from streamlit.testing.v1 import AppTest

from extract.models import Paper
from leaderboard import derived, pagedata, tables
from leaderboard.cli import APP_PATH
from leaderboard.store import Store, load_frame

FID = "ImageNet 256x256 / FID"
#: A paper stating a score and a cost for the same model: the board's cost column.
FAST = Paper(id="fast-gen", title="Fast Generation", source="jsonl", published=date(2024, 9, 1),
             abstract="Fast-G reaches 2.05 FID on ImageNet 256x256 in 0.035 s per image.")
FAST_CLAIMS = [
    {"metric": "FID", "kind": "score", "value": 2.05, "dataset": "ImageNet 256x256", "model": "Fast-G", "text": "2.05"},
    {"metric": "latency", "kind": "score", "value": 0.035, "unit": "s", "model": "Fast-G", "text": "0.035"},
]


@pytest.fixture(scope="module")
def mixed_db(tmp_path_factory):
    """The sample papers, a score-and-cost paper, and 4,000 synthetic claims on 216 boards."""
    path = tmp_path_factory.mktemp("pagedata") / "mixed.sqlite"
    synthetic, scripted = synthetic_papers(400, 10)
    extractor = ScriptedExtractor({**SCRIPT, **scripted.script, FAST.id: FAST_CLAIMS})
    with Store(path, extractor=extractor) as store:
        store.ingest_papers([*PAPERS, FAST, *synthetic], "mixed")
        generation = store.generation()
    return path, generation


@pytest.fixture(scope="module")
def frame(mixed_db):
    return load_frame(mixed_db[0])


@pytest.fixture(scope="module")
def data(mixed_db):
    return pagedata.open_page_data(*mixed_db)


FILTERS = [
    {},
    {"metrics": ["FID", "IS"]},
    {"datasets": ["ImageNet 256x256", "COCO"]},
    {"text": "model-12"},
    {"text": "SYNTHETIC PAPER 3"},
    {"date_range": (date(2024, 3, 1), date(2024, 6, 30)), "keep_undated": False},
    {"date_range": (date(2024, 11, 1), None), "keep_undated": True, "metrics": ["FID"]},
]


@pytest.mark.parametrize("filters", FILTERS)
def test_filters_in_arrow_keep_what_filter_claims_keeps(data, frame, filters):
    full = {"metrics": [], "datasets": [], "date_range": None, "text": "", "keep_undated": True, **filters}
    expected = tables.filter_claims(frame, **full)
    mask = data.mask(**full)
    assert (mask is None) == (not filters)
    assert list(data.claims_kept(mask)["claim_id"]) == list(expected["claim_id"])
    assert data.count(mask) == (len(expected), expected["paper_id"].nunique())
    pd.testing.assert_frame_equal(data.summary_for(mask), tables.boards_summary(expected))


def test_a_page_of_rows_is_that_part_of_the_matching_rows(data, frame):
    mask = data.mask(metrics=["FID"])
    every = list(tables.filter_claims(frame, metrics=["FID"])["claim_id"])
    assert data.matching(mask) == len(every) > 300
    assert list(data.claims_kept(mask, offset=100, limit=50)["claim_id"]) == every[100:150]


@pytest.mark.parametrize("filters", [{}, {"datasets": ["COCO", "UCF101", "Bench-1"]}])
def test_a_sorted_page_is_that_part_of_the_sorted_view(data, frame, filters):
    """Comparisons and costs page on the server in the order their views sort in."""
    full = tables.filter_claims(frame, **filters)
    mask = data.mask(**filters)
    compared = lambda claims: pc.is_in(claims["kind"], value_set=pa.array(list(tables.COMPARATIVE_KINDS)))
    expected = list(tables.comparisons(full)["claim_id"])
    assert len(expected) > 40
    half = len(expected) // 2
    pages = [tables.comparisons(data.claims_kept(mask, compared, offset=offset, limit=half,
                                                 order=["metric", "dataset", "model", "value"]))
             for offset in (0, half)]
    assert [list(page["claim_id"]) for page in pages] == [expected[:half], expected[half:2 * half]]
    costs = lambda claims: pc.is_in(claims["metric"], value_set=pa.array(["params", "latency", "speedup"]))
    shown = tables.efficiency(data.claims_kept(mask, costs, order=["metric", "dataset", "model"]))
    pd.testing.assert_frame_equal(shown, tables.efficiency(full))


@pytest.mark.parametrize("board", [FID, "ImageNet / top-1 accuracy", "COCO / FID", "Bench-3 / PSNR"])
def test_one_boards_frame_gives_the_board_its_costs_and_its_derived_rows(data, frame, board):
    mine = data.board_frame(board)
    assert len(mine) < len(frame) / 20  # one board and its papers' costs, not every claim
    pd.testing.assert_frame_equal(tables.board_table(mine, board), tables.board_table(frame, board))
    pd.testing.assert_frame_equal(derived.derived_rows(mine, board), derived.derived_rows(frame, board))


def test_the_board_frame_carries_the_cost_of_its_models(data):
    table = tables.board_table(data.board_frame(FID), FID)
    assert table.loc[table["model"] == "Fast-G", "latency"].tolist() == ["0.035s"]


def test_dataset_frame_gives_the_side_by_side_view(data, frame):
    pd.testing.assert_frame_equal(tables.metrics_side_by_side(data.dataset_frame("COCO"), "COCO", "FID"),
                                  tables.metrics_side_by_side(frame, "COCO", "FID"))


def test_page_data_is_written_once_per_generation_and_the_old_one_removed(tmp_path):
    path = tmp_path / "s.sqlite"
    with Store(path, extractor=ScriptedExtractor()) as store:
        store.ingest_papers(PAPERS[:2], "samples")
        first = store.generation()
    pagedata.open_page_data(path, first)
    assert pagedata.page_dir(path, first).is_dir()
    with Store(path, extractor=ScriptedExtractor()) as store:
        store.ingest_papers(PAPERS, "samples")
        second = store.generation()
    data = pagedata.open_page_data(path, second)
    assert data.meta["claims"] == len(load_frame(path))
    assert pagedata.page_dir(path, second).is_dir() and not pagedata.page_dir(path, first).exists()


class Counting(pagedata.PageData):
    """Page data that counts the rows it hands to pandas."""
    loaded: list[int]

    def frame(self, rows):
        self.loaded.append(len(rows))
        return super().frame(rows)


@pytest.fixture
def counted(mixed_db, monkeypatch):
    path, _ = mixed_db
    opened: list[Counting] = []
    original = pagedata.open_page_data

    def opening(path, generation):
        data = original(path, generation)
        counting = Counting(data.claims, data.summary, data.meta, data.rows)
        counting.loaded = []
        opened.append(counting)
        return counting

    monkeypatch.setattr(pagedata, "open_page_data", opening)
    monkeypatch.setenv("CLAIMBOARD_DB", str(path))
    st.cache_resource.clear()
    yield opened
    st.cache_resource.clear()


def test_the_page_loads_one_board_then_the_next_and_pages_all_claims(counted, data):
    page = AppTest.from_file(str(APP_PATH), default_timeout=60)
    page.run()
    assert not page.exception, page.exception
    (loaded,) = counted
    opened_on = page.selectbox(key="board").value
    assert loaded.loaded == [len(data.board_frame(opened_on))]
    assert page.caption[0].value.startswith(f"{data.meta['papers']:,} papers with claims · {data.meta['claims']:,} claims")
    other = page.selectbox(key="board").options[5].rsplit("  (", 1)[0]
    page.selectbox(key="board").select(other).run()
    assert loaded.loaded[1:] == [len(data.board_frame(other))]
    # A filter that keeps the board counts every claim in Arrow: no rows loaded.
    page.multiselect(key="metrics").select(other.rsplit(" / ", 1)[1]).run()
    assert page.selectbox(key="board").value == other and len(loaded.loaded) == 2
    page.multiselect(key="metrics").unselect(other.rsplit(" / ", 1)[1]).run()
    page.session_state["tab"] = "All claims"
    page.run()
    assert loaded.loaded[2:] == [500]
    assert len(page.dataframe[0].value) == 500 and page.caption[-1].value.startswith(f"{data.meta['claims']:,} claims")
    page.number_input(key="explorer_page").set_value(3).run()
    assert loaded.loaded[3:] == [500]
    assert list(page.dataframe[0].value["claim_id"]) == list(data.claims_kept(None, offset=1000, limit=500)["claim_id"])


def test_a_large_store_is_laid_out_by_a_child_process_with_the_same_result(mixed_db, data, tmp_path, monkeypatch):
    path, generation = mixed_db
    copy = tmp_path / "copy.sqlite"
    with Store(path, readonly=True) as store:
        store.db.execute("VACUUM INTO ?", (str(copy),))
    monkeypatch.setattr(pagedata, "IN_PROCESS_CLAIMS", 100)
    monkeypatch.setattr(pagedata, "build", lambda frame: pytest.fail("built in the page's process"))
    child = pagedata.open_page_data(copy, generation)
    assert child.meta == data.meta
    pd.testing.assert_frame_equal(child.summary, data.summary)
    assert child.claims.equals(data.claims)


def test_every_tab_reads_its_claims_from_the_page_data(counted, frame):
    """The Efficiency, Conflicts, Comparisons and Dataset tabs on page data (this store has
    no conflict: its marker column holds no text at all) show what the whole frame gives."""
    page = AppTest.from_file(str(APP_PATH), default_timeout=60)
    expected = {"Efficiency": len(tables.efficiency(frame)), "Conflicts": len(tables.conflicts(frame)),
                "Comparisons": len(tables.comparisons(frame)),
                "Dataset": len(tables.metrics_side_by_side(frame, tables.boards_summary(frame)["dataset"].iloc[0]))}
    for tab, rows in expected.items():
        page.session_state["tab"] = tab
        page.run()
        assert not page.exception, page.exception
        assert len(page.dataframe[0].value) == min(rows, 500), tab  # a page of 500 at most
        if tab == "Comparisons":
            assert page.caption[-1].value.startswith(f"{rows:,} comparative claims") and "page 1 of 2" in \
                page.caption[-1].value
    assert expected["Conflicts"] == 0 and expected["Comparisons"] > 500
