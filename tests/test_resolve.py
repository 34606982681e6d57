"""`claimboard resolve` end to end: a store ingested from the saved Daily Papers page
(whose papers have no arXiv ids), arXiv's title search answered by recorded Atom
responses through httpx's MockTransport in fake time (as in tests/test_fetch.py),
then the real store re-keys the paper and the export links it to arXiv."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from fake_http import FakeClock, Server

from extract.sources import default_corpus_path
from leaderboard import cli_fetch
from leaderboard.cli import main
from leaderboard.fetch import ARXIV_INTERVAL_S, Fetcher, arxiv_title_query
from leaderboard.store import Store

RECORDED = Path(__file__).parent / "sources" / "recorded"
SLUG = "beyond-next-token-next-x-prediction-for-autoregressive-visual-generation"
TITLE = "Beyond Next-Token: Next-X Prediction for Autoregressive Visual Generation"
ARXIV_ID = "2502.20388"
ARXIV_URL = f"https://arxiv.org/abs/{ARXIV_ID}"


def arxiv_title_search(request: httpx.Request) -> httpx.Response:
    """export.arxiv.org/api/query for `ti:"..."` queries: the recorded answer for the
    xAR paper's title (the paper, after a near-miss title), an empty feed otherwise."""
    assert request.url.host == "export.arxiv.org"
    query = request.url.params["search_query"]
    name = "arxiv_title_next_x.xml" if query == arxiv_title_query(TITLE) else "arxiv_title_no_match.xml"
    return httpx.Response(200, content=(RECORDED / name).read_bytes())


@pytest.fixture
def arxiv(monkeypatch):
    """Every fetcher the commands make talks to the mock arXiv, or to nothing when
    the test says so."""
    clock = FakeClock()
    state = {"answer": arxiv_title_search}
    service = Server(clock, lambda request: state["answer"](request))

    def make_fetcher(raw_dir, *, refresh, offline):
        return Fetcher(raw_dir, transport=service.transport(), clock=clock, refresh=refresh, offline=offline)
    monkeypatch.setattr(cli_fetch, "make_fetcher", make_fetcher)
    service.state = state
    return service


def export_rows(db: Path) -> list[dict]:
    result = CliRunner().invoke(main, ["export", "--db", str(db), "-o", "-"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout, newline="")))


def test_resolve_gives_the_page_paper_its_arxiv_id_and_the_export_links_arxiv(tmp_path, arxiv):
    db, raw = tmp_path / "c.sqlite", tmp_path / "raw"
    runner = CliRunner()
    ingested = runner.invoke(main, ["ingest", str(default_corpus_path()), "--db", str(db), "--no-progress"])
    assert ingested.exit_code == 0, ingested.output
    with Store(db) as store:
        without = store.papers_without_arxiv_id()
        assert len(without) == store.counts()["papers"] == 46  # the page gives no arXiv ids
        assert SLUG in [p.id for p in without]
    before = export_rows(db)
    xar_before = [r for r in before if r["paper_id"] == SLUG]
    assert xar_before and all(r["paper_url"] != ARXIV_URL for r in xar_before)

    result = runner.invoke(main, ["resolve", "--db", str(db), "--raw-dir", str(raw)])

    assert result.exit_code == 0, result.output
    assert f"{SLUG} -> {ARXIV_ID}" in result.output
    assert "resolve: re-keyed 1 papers; 45 without an exact-title match; 0 without a title" in result.output
    # One exact-title query per paper, at most one every 3 s, each answer saved.
    assert len(arxiv.requests) == 46
    assert all(r.url.params["search_query"].startswith('ti:"') for r in arxiv.requests)
    assert min(b - a for a, b in zip(arxiv.times, arxiv.times[1:])) >= ARXIV_INTERVAL_S
    assert len(list((raw / "arxiv" / "title").glob("*.xml"))) == 46

    with Store(db) as store:
        assert store.get_paper(SLUG) is None
        paper = store.get_paper(ARXIV_ID)
        assert paper.title == TITLE and paper.arxiv_id == ARXIV_ID and paper.url == ARXIV_URL
        assert len(store.papers_without_arxiv_id()) == 45 and store.counts()["papers"] == 46
        generation = store.generation()

    after = export_rows(db)
    assert len(after) == len(before)  # claims moved, none lost, none duplicated
    xar_after = [r for r in after if r["paper_id"] == ARXIV_ID]
    assert [r["text"] for r in xar_after] == [r["text"] for r in xar_before]
    assert {r["paper_url"] for r in xar_after} == {ARXIV_URL}
    assert not [r for r in after if r["paper_id"] == SLUG]
    leader = next(r for r in after if r["board"] == "ImageNet 256x256 / FID" and r["rank"] == "1")
    assert (leader["model"], leader["value"], leader["paper_url"]) == ("xAR-H", "1.24", ARXIV_URL)

    # Again, offline and through CLAIMBOARD_DB: every answer is saved, nothing changes.
    arxiv.state["answer"] = lambda request: pytest.fail(f"asked arXiv again: {request.url}")
    again = runner.invoke(main, ["resolve", "--raw-dir", str(raw), "--offline"], env={"CLAIMBOARD_DB": str(db)})
    assert again.exit_code == 0, again.output
    assert "resolve: re-keyed 0 papers; 45 without an exact-title match" in again.output
    with Store(db) as store:
        assert store.generation() == generation
    assert export_rows(db) == after


def test_resolve_dry_run_changes_nothing(tmp_path, arxiv):
    db = tmp_path / "c.sqlite"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(default_corpus_path()), "--db", str(db), "--no-progress"]).exit_code == 0
    before = export_rows(db)
    result = runner.invoke(main, ["resolve", "--db", str(db), "--raw-dir", str(tmp_path / "raw"), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert f"{SLUG} -> {ARXIV_ID}" in result.output and "would re-key 1 papers" in result.output
    assert export_rows(db) == before


def test_resolve_on_a_missing_store_says_so_and_creates_nothing(tmp_path, arxiv):
    """A mistyped --db used to get a new empty store and "re-keyed 0 papers", status 0."""
    missing = tmp_path / "typo" / "c.sqlite"
    arxiv.state["answer"] = lambda request: pytest.fail(f"asked arXiv for a store that does not exist: {request.url}")
    result = CliRunner().invoke(main, ["resolve", "--db", str(missing), "--raw-dir", str(tmp_path / "raw")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"Error: no store at {missing}: run `claimboard ingest`")
    assert not missing.exists() and not missing.parent.exists()
