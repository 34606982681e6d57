"""Fetching: rate limit, paging, retries, errors, the raw cache, resolve, and the
click commands. No network: every request goes to an httpx.MockTransport that
answers with recorded responses, and time is a fake clock."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from fake_http import FakeClock, Server

from extract.models import Paper
from extract.sources import read_path
from extract.sources.identity import dedupe, paper_links
from leaderboard import cli_fetch
from leaderboard.fetch import (
    ARXIV_INTERVAL_S,
    Fetcher,
    FetchError,
    HttpClient,
    RateLimiter,
    resolve_arxiv_ids,
)

HERE = Path(__file__).parent
RECORDED = HERE / "sources" / "recorded"
EXAMPLES = HERE.parent / "data" / "examples"


def recorded(name: str, status: int = 200, **headers) -> httpx.Response:
    return httpx.Response(status, content=(RECORDED / name).read_bytes(), headers=headers)


def arxiv_pages(request: httpx.Request) -> httpx.Response:
    start = int(request.url.params["start"])
    return recorded({0: "arxiv_query_page1.xml", 2: "arxiv_query_page2.xml"}[start])


@pytest.fixture
def clock():
    return FakeClock()


def make(tmp_path, clock, answer, **options):
    server = Server(clock, answer)
    fetcher = Fetcher(tmp_path / "raw", transport=server.transport(), clock=clock, **options)
    return fetcher, server


def saved_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


# --------------------------------------------------------------------------- rate limit

def test_rate_limiter_spaces_calls_and_does_not_delay_the_first(clock):
    limiter = RateLimiter(3.0, clock)
    limiter.wait()
    assert clock.sleeps == []
    clock.now += 1.0
    limiter.wait()
    assert clock.sleeps == [2.0]
    clock.now += 10.0
    limiter.wait()
    assert clock.sleeps == [2.0]


def test_arxiv_requests_are_at_least_3_seconds_apart_in_fake_time(tmp_path, clock):
    fetcher, server = make(tmp_path, clock, arxiv_pages)
    fetcher.arxiv_query("masked autoregressive", 3, page_size=2)
    fetcher.arxiv_title("Some Title")  # a third request, to another endpoint of the same service
    assert len(server.times) == 3
    gaps = [b - a for a, b in zip(server.times, server.times[1:])]
    assert all(gap >= ARXIV_INTERVAL_S for gap in gaps), gaps


def test_hf_and_arxiv_have_separate_limits(tmp_path, clock):
    def answer(request):
        if request.url.host == "export.arxiv.org":
            return arxiv_pages(request)
        return recorded("hf_papers_search_masked_autoregressive.json")
    fetcher, server = make(tmp_path, clock, answer)
    fetcher.arxiv_query("masked autoregressive", 2, page_size=2)
    fetcher.hf_search("masked autoregressive")
    assert server.times[1] == server.times[0]  # HF is not held back by arXiv's 3 s


# --------------------------------------------------------------------------- paging

def test_arxiv_pages_through_start_and_max_results(tmp_path, clock):
    fetcher, server = make(tmp_path, clock, arxiv_pages)
    result = fetcher.arxiv_query("masked autoregressive", 3, page_size=2)
    assert server.params("start") == ["0", "2"]
    assert server.params("max_results") == ["2", "1"]
    assert server.params("search_query") == ["all:masked AND all:autoregressive"] * 2
    assert server.params("sortBy") == ["relevance", "relevance"]
    assert (result.fetched, result.cached) == (2, 0)
    papers = [r for path in result.paths for r in read_path(path)]
    assert [p.id for p in papers] == ["2406.07550", "2405.13218", "2403.09122"]


def test_arxiv_paging_stops_at_the_end_of_the_results(tmp_path, clock):
    fetcher, server = make(tmp_path, clock, arxiv_pages)
    result = fetcher.arxiv_query("masked autoregressive", 50, page_size=2)
    assert server.params("start") == ["0", "2"]  # totalResults is 3: no third page
    assert len(result.paths) == 2


def test_arxiv_paging_stops_on_an_empty_page_with_a_note(tmp_path, clock):
    empty = (RECORDED / "arxiv_query_page2.xml").read_text()
    empty = empty[:empty.index("<entry>")] + "</feed>\n"
    empty = empty.replace(">3</opensearch:totalResults>", ">9</opensearch:totalResults>")

    def answer(request):
        return arxiv_pages(request) if request.url.params["start"] == "0" else httpx.Response(200, text=empty)
    fetcher, server = make(tmp_path, clock, answer)
    result = fetcher.arxiv_query("masked autoregressive", 8, page_size=2)
    assert server.params("start") == ["0", "2"]
    assert result.notes and "empty page at start=2 of 9" in result.notes[0]


def test_hf_daily_pages_until_a_short_page(tmp_path, clock):
    def item(i):
        return {"paper": {"id": f"2406.{i:05d}", "title": f"Paper {i}", "summary": "It reaches 1.0 FID."},
                "publishedAt": "2024-06-11T00:00:00.000Z"}

    def answer(request):
        page = int(request.url.params["p"])
        items = [item(page * 100 + i) for i in range(100 if page == 0 else 7)]
        return httpx.Response(200, json=items)
    fetcher, server = make(tmp_path, clock, answer)
    result = fetcher.hf_daily(day="2024-06-11")
    assert server.params("date") == ["2024-06-11", "2024-06-11"]
    assert server.params("p") == ["0", "1"]
    assert server.params("limit") == ["100", "100"]
    assert [p.name for p in result.paths] == ["date-2024-06-11-p0.json", "date-2024-06-11-p1.json"]
    assert sum(1 for path in result.paths for _ in read_path(path)) == 107


def test_hf_daily_stops_if_the_server_ignores_the_page_number(tmp_path, clock):
    items = [{"paper": {"id": f"2406.{i:05d}", "title": "T", "summary": "S."}} for i in range(100)]
    fetcher, server = make(tmp_path, clock, lambda request: httpx.Response(200, json=items))
    fetcher.hf_daily(day="2024-06-11")
    assert len(server.requests) == 2  # the second page brought nothing new


@pytest.mark.parametrize("kwargs, key, value", [
    ({"week": "2024-W24"}, "week", "2024-W24"),
    ({"month": "2024-06"}, "month", "2024-06"),
])
def test_hf_daily_week_and_month(tmp_path, clock, kwargs, key, value):
    fetcher, server = make(tmp_path, clock, lambda request: recorded("hf_daily_papers_2024-06-11.json"))
    result = fetcher.hf_daily(**kwargs)
    assert server.params(key) == [value]
    assert result.paths[0].name == f"{key}-{value}-p0.json"


@pytest.mark.parametrize("kwargs, message", [
    ({"day": "2024-13-01"}, "--date '2024-13-01': expected YYYY-MM-DD"),
    ({"week": "2024-24"}, "expected an ISO week"),
    ({"month": "June"}, "expected YYYY-MM"),
    ({"day": "2024-06-11", "week": "2024-W24"}, "give one of --date, --week or --month"),
])
def test_hf_daily_rejects_bad_periods_before_asking(tmp_path, clock, kwargs, message):
    fetcher, server = make(tmp_path, clock, lambda request: pytest.fail("no request expected"))
    with pytest.raises(FetchError, match=message):
        fetcher.hf_daily(**kwargs)
    assert server.requests == []


# --------------------------------------------------------------------------- retries and errors

def test_retries_with_exponential_backoff_on_5xx_then_succeeds(tmp_path, clock):
    answers = iter([httpx.Response(503), httpx.Response(502)])

    def answer(request):
        return next(answers, None) or recorded("hf_papers_search_masked_autoregressive.json")
    fetcher, server = make(tmp_path, clock, answer)
    result = fetcher.hf_search("masked autoregressive")
    assert len(server.requests) == 3
    assert clock.sleeps == [2.0, 4.0]  # backoff 2 s then 4 s (longer than HF's 1 s spacing)
    assert len(result.paths) == 1 and result.paths[0].exists()


def test_429_honours_retry_after(tmp_path, clock):
    answers = iter([httpx.Response(429, headers={"Retry-After": "7"})])
    fetcher, server = make(tmp_path, clock, lambda r: next(answers, None) or recorded("hf_paper_2406.07550.json"))
    fetcher.hf_paper("2406.07550")
    assert clock.sleeps == [7.0]
    assert server.times[1] - server.times[0] == 7.0


def test_retry_after_longer_than_the_limit_is_a_clear_error(tmp_path, clock):
    fetcher, server = make(tmp_path, clock, lambda r: httpx.Response(429, headers={"Retry-After": "3600"}))
    with pytest.raises(FetchError, match="asks to wait 3600 s"):
        fetcher.hf_search("x")
    assert len(server.requests) == 1


def test_arxiv_rate_exceeded_body_is_retried(tmp_path, clock):
    answers = iter([httpx.Response(200, text="Rate exceeded.")])
    fetcher, server = make(tmp_path, clock, lambda r: next(answers, None) or arxiv_pages(r))
    fetcher.arxiv_query("masked autoregressive", 2, page_size=2)
    assert len(server.requests) == 2
    assert server.times[1] - server.times[0] >= ARXIV_INTERVAL_S


def test_retries_exhausted_is_a_clear_error_and_nothing_is_saved(tmp_path, clock):
    fetcher, server = make(tmp_path, clock, lambda r: httpx.Response(503), max_retries=3)
    with pytest.raises(FetchError) as raised:
        fetcher.arxiv_query("masked autoregressive", 5)
    assert str(raised.value) == ("export.arxiv.org answered HTTP 503 Service Unavailable 4 times; giving up "
                                 "(the service is busy or down: try again later)")
    assert len(server.requests) == 4
    # backoff 2, 4, 8 s; after the 2 s one the 3 s arXiv spacing adds 1 s more
    assert clock.sleeps == [2.0, 1.0, 4.0, 8.0]
    assert [b - a for a, b in zip(server.times, server.times[1:])] == [3.0, 4.0, 8.0]
    assert saved_files(tmp_path / "raw") == []


def test_timeouts_are_retried(tmp_path, clock):
    timeouts = iter([httpx.ReadTimeout("timed out")])

    def answer(request):
        if error := next(timeouts, None):
            raise error
        return recorded("hf_papers_search_masked_autoregressive.json")
    fetcher, server = make(tmp_path, clock, answer)
    assert len(fetcher.hf_search("q").paths) == 1
    assert len(server.requests) == 2
    assert clock.sleeps == [2.0]


def test_404_is_a_clear_error_without_retry(tmp_path, clock):
    fetcher, server = make(tmp_path, clock, lambda r: httpx.Response(404, json={"error": "Paper not found"}))
    with pytest.raises(FetchError) as raised:
        fetcher.hf_paper("2406.99999")
    assert str(raised.value) == ("https://huggingface.co/api/papers/2406.99999: HTTP 404 Not Found: "
                                 "Paper not found")
    assert len(server.requests) == 1
    assert saved_files(tmp_path / "raw") == []


def test_error_feed_is_an_error_and_is_not_saved(tmp_path, clock):
    fetcher, server = make(tmp_path, clock, lambda r: recorded("arxiv_error.xml"))
    with pytest.raises(FetchError, match="^arXiv API error: incorrect id format for 2406.7550$"):
        fetcher.arxiv_query("id:2406.7550", 10)
    assert len(server.requests) == 1  # an error feed is an answer, not a reason to retry
    assert saved_files(tmp_path / "raw") == []


def test_html_where_json_was_expected_is_an_error_and_is_not_saved(tmp_path, clock):
    fetcher, _ = make(tmp_path, clock, lambda r: recorded("hf_daily_error_page.json"))
    with pytest.raises(FetchError, match="expected JSON, got an HTML page: Hugging Face - 503 Service Unavailable"):
        fetcher.hf_daily(day="2024-06-11")
    assert saved_files(tmp_path / "raw") == []


def test_truncated_json_response_is_an_error_and_is_not_saved(tmp_path, clock):
    fetcher, _ = make(tmp_path, clock, lambda r: recorded("hf_daily_truncated.json"))
    with pytest.raises(FetchError, match="not valid JSON"):
        fetcher.hf_daily(day="2024-06-11")
    assert saved_files(tmp_path / "raw") == []


def test_offline_is_a_clear_message(tmp_path, clock):
    def answer(request):
        raise httpx.ConnectError("[Errno -3] Temporary failure in name resolution", request=request)
    fetcher, server = make(tmp_path, clock, answer)
    with pytest.raises(FetchError) as raised:
        fetcher.arxiv_query("masked autoregressive", 5)
    message = str(raised.value)
    assert message.startswith("cannot reach export.arxiv.org ([Errno -3] Temporary failure in name resolution): "
                              "are you offline?")
    assert len(server.requests) == 1  # no point retrying a machine with no network


# --------------------------------------------------------------------------- raw cache

def test_responses_are_saved_with_deterministic_names_and_reused_offline(tmp_path, clock):
    fetcher, server = make(tmp_path, clock, arxiv_pages)
    first = fetcher.arxiv_query("masked autoregressive", 3, page_size=2)
    assert len(server.requests) == 2
    assert all(p.is_relative_to(tmp_path / "raw" / "arxiv" / "query") for p in first.paths)
    assert [p.name for p in first.paths] == ["start-000000-max-2.xml", "start-000002-max-1.xml"]
    assert first.paths[0].read_bytes() == (RECORDED / "arxiv_query_page1.xml").read_bytes()
    assert not [p for p in saved_files(tmp_path / "raw") if p.suffix == ".part"]

    again, server2 = make(tmp_path, clock, lambda r: pytest.fail("must not ask again"), offline=True)
    second = again.arxiv_query("masked autoregressive", 3, page_size=2)
    assert server2.requests == []
    assert second.paths == first.paths
    assert (second.fetched, second.cached) == (0, 2)


def test_offline_without_a_saved_response_names_the_missing_file(tmp_path, clock):
    fetcher, _ = make(tmp_path, clock, lambda r: pytest.fail("must not ask"), offline=True)
    with pytest.raises(FetchError, match=r"date-2024-06-11-p0\.json has not been fetched yet"):
        fetcher.hf_daily(day="2024-06-11")


def test_refresh_asks_again(tmp_path, clock):
    fetcher, server = make(tmp_path, clock, lambda r: recorded("hf_papers_search_masked_autoregressive.json"))
    fetcher.hf_search("q")
    fetcher, server = make(tmp_path, clock, lambda r: recorded("hf_papers_search_masked_autoregressive.json"),
                           refresh=True)
    assert fetcher.hf_search("q").fetched == 1
    assert len(server.requests) == 1


def test_different_queries_get_different_files(tmp_path, clock):
    fetcher, _ = make(tmp_path, clock, lambda r: recorded("hf_papers_search_masked_autoregressive.json"))
    a = fetcher.hf_search("masked autoregressive").paths[0]
    b = fetcher.hf_search("Masked Autoregressive!").paths[0]
    assert a != b and a.parent == b.parent


def test_one_connection_per_service():
    client = HttpClient("arXiv", 3.0)
    try:
        pool = client.http._transport._pool  # httpx's default transport keeps an httpcore pool
        assert pool._max_connections == 1
    finally:
        client.close()


# --------------------------------------------------------------------------- resolve

@dataclass
class Row:
    id: str
    title: str


class FakeStore:
    def __init__(self, rows=()):
        self.rows = list(rows)
        self.rekeyed: list[tuple[str, str]] = []
        self.ingested: list[list[str]] = []
        self.closed = False

    def close(self):
        self.closed = True

    def papers_without_arxiv_id(self):
        return list(self.rows)

    def set_arxiv_id(self, paper_id, arxiv_id):
        self.rekeyed.append((paper_id, arxiv_id))

    def ingest_paths(self, paths, progress=False):
        self.ingested.append(list(paths))
        papers = dedupe(r for p in paths for r in read_path(p) if isinstance(r, Paper))
        return type("IngestReport", (), {"papers": len(papers), "claims": 0, "bad": [], "seconds": 0.01})()


def title_search(request: httpx.Request) -> httpx.Response:
    query = request.url.params["search_query"]
    if query == 'ti:"Hierarchical Masked Autoregressive Transformers for Image Synthesis"':
        return recorded("arxiv_query_page1.xml")  # holds the paper, among others
    return recorded("arxiv_query_page2.xml")      # holds only other papers


def test_resolve_finds_ids_by_exact_title_and_caches_the_answers(tmp_path, clock):
    store = FakeStore([Row("hmar-local", "Hierarchical Masked Autoregressive Transformers for Image Synthesis"),
                       Row("other", "A Paper Nobody Put on arXiv"),
                       Row("untitled", "")])
    fetcher, server = make(tmp_path, clock, title_search)
    report = resolve_arxiv_ids(store, fetcher)
    assert store.rekeyed == [("hmar-local", "2406.07550")]
    assert (report.missing, report.skipped) == (["other"], ["untitled"])
    assert server.params("max_results") == ["5", "5"]
    assert server.times[1] - server.times[0] >= ARXIV_INTERVAL_S

    again, _ = make(tmp_path, clock, lambda r: pytest.fail("answers are cached"))
    store2 = FakeStore(store.rows[:2])
    resolve_arxiv_ids(store2, again)
    assert store2.rekeyed == [("hmar-local", "2406.07550")]


def test_resolve_matches_titles_exactly_not_approximately(tmp_path, clock):
    store = FakeStore([Row("near", "Hierarchical Masked Autoregressive Transformers")])
    fetcher, _ = make(tmp_path, clock, lambda r: recorded("arxiv_query_page1.xml"))
    report = resolve_arxiv_ids(store, fetcher, dry_run=True)
    assert report.found == [] and store.rekeyed == []


def test_resolve_dry_run_changes_nothing(tmp_path, clock):
    store = FakeStore([Row("hmar-local", "Hierarchical Masked Autoregressive Transformers for Image Synthesis")])
    fetcher, _ = make(tmp_path, clock, title_search)
    report = resolve_arxiv_ids(store, fetcher, dry_run=True)
    assert report.found == [("hmar-local", "2406.07550")] and store.rekeyed == []


# --------------------------------------------------------------------------- commands

@pytest.fixture
def cli(monkeypatch, clock):
    """The click commands on a mock service and a fake store."""
    state = {"answer": None, "store": FakeStore(), "server": None}

    def make_fetcher(raw_dir, *, refresh, offline):
        state["server"] = Server(clock, lambda request: state["answer"](request))
        return Fetcher(raw_dir, transport=state["server"].transport(), clock=clock, refresh=refresh,
                       offline=offline)
    monkeypatch.setattr(cli_fetch, "make_fetcher", make_fetcher)
    monkeypatch.setattr(cli_fetch, "open_store", lambda db_path, create=True: state["store"])

    def run(*args, answer=None):
        state["answer"] = answer or (lambda request: pytest.fail("no request expected"))
        return CliRunner().invoke(cli_fetch.cli, list(args))
    run.state = state
    return run


def test_fetch_hf_daily_saves_then_ingests(cli, tmp_path):
    raw = tmp_path / "raw"
    result = cli("fetch", "hf-daily", "--date", "2024-06-11", "--raw-dir", str(raw), "--db", str(tmp_path / "c.db"),
                 answer=lambda r: recorded("hf_daily_papers_2024-06-11.json"))
    assert result.exit_code == 0, result.output
    saved = raw / "hf" / "daily_papers" / "date-2024-06-11-p0.json"
    assert saved.exists()
    assert "hf-daily date 2024-06-11: 1 response (1 fetched, 0 saved before)" in result.output
    assert f"ingested 2 papers, 0 claims, 0 bad records, 0.01 s into {tmp_path / 'c.db'}" in result.output
    assert cli.state["store"].closed
    assert cli.state["store"].ingested == [[str(saved)]]


def test_fetch_arxiv_command_pages_and_ingests(cli, tmp_path):
    result = cli("fetch", "arxiv", "--query", "masked autoregressive", "--max", "3", "--page-size", "2",
                 "--raw-dir", str(tmp_path / "raw"), answer=arxiv_pages)
    assert result.exit_code == 0, result.output
    assert "2 responses (2 fetched, 0 saved before)" in result.output
    assert "ingested 3 papers" in result.output


def test_fetch_hf_search_and_hf_paper_commands(cli, tmp_path):
    result = cli("fetch", "hf-search", "masked autoregressive", "--raw-dir", str(tmp_path / "raw"), "--no-ingest",
                 answer=lambda r: recorded("hf_papers_search_masked_autoregressive.json"))
    assert result.exit_code == 0, result.output
    assert cli.state["server"].params("q") == ["masked autoregressive"]
    result = cli("fetch", "hf-paper", "2406.07550", "--raw-dir", str(tmp_path / "raw"),
                 answer=lambda r: recorded("hf_paper_2406.07550.json"))
    assert result.exit_code == 0, result.output
    assert cli.state["server"].requests[0].url.path == "/api/papers/2406.07550"
    assert cli.state["store"].ingested == [[str(tmp_path / "raw" / "hf" / "papers" / "2406.07550.json")]]


def test_no_ingest_only_saves(cli, tmp_path):
    result = cli("fetch", "hf-daily", "--date", "2024-06-11", "--raw-dir", str(tmp_path / "raw"), "--no-ingest",
                 answer=lambda r: recorded("hf_daily_papers_2024-06-11.json"))
    assert result.exit_code == 0 and "ingested" not in result.output
    assert cli.state["store"].ingested == []


def test_second_run_is_offline(cli, tmp_path):
    args = ("fetch", "hf-daily", "--date", "2024-06-11", "--raw-dir", str(tmp_path / "raw"))
    assert cli(*args, answer=lambda r: recorded("hf_daily_papers_2024-06-11.json")).exit_code == 0
    result = cli(*args, "--offline")
    assert result.exit_code == 0, result.output
    assert "(0 fetched, 1 saved before)" in result.output


def test_offline_error_exits_1_without_a_traceback(cli, tmp_path):
    def answer(request):
        raise httpx.ConnectError("[Errno -3] Temporary failure in name resolution", request=request)
    result = cli("fetch", "arxiv", "--query", "x", "--raw-dir", str(tmp_path / "raw"), answer=answer)
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot reach export.arxiv.org")
    assert "Traceback" not in result.output
    assert cli.state["store"].ingested == []


def test_http_error_exits_1_and_nothing_reaches_the_store(cli, tmp_path):
    result = cli("fetch", "hf-paper", "2406.99999", "--raw-dir", str(tmp_path / "raw"),
                 answer=lambda r: httpx.Response(404, json={"error": "Paper not found"}))
    assert result.exit_code == 1
    assert "HTTP 404 Not Found: Paper not found" in result.output
    assert cli.state["store"].ingested == []


def test_bad_period_is_a_usage_error(cli, tmp_path):
    result = cli("fetch", "hf-daily", "--week", "24", "--raw-dir", str(tmp_path / "raw"))
    assert result.exit_code == 1 and "expected an ISO week" in result.output


def test_missing_store_module_is_a_clear_message(monkeypatch, tmp_path, clock):
    monkeypatch.setitem(sys.modules, "leaderboard.store", None)  # import fails, as before the store lands
    monkeypatch.setattr(cli_fetch, "make_fetcher", lambda raw_dir, refresh, offline: Fetcher(
        raw_dir, clock=clock, transport=httpx.MockTransport(lambda r: recorded("hf_paper_2406.07550.json"))))
    result = CliRunner().invoke(cli_fetch.cli, ["fetch", "hf-paper", "2406.07550", "--raw-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert "the store is not available" in result.output and "--no-ingest" in result.output


def test_resolve_command(cli, tmp_path):
    cli.state["store"] = FakeStore([Row("hmar-local",
                                        "Hierarchical Masked Autoregressive Transformers for Image Synthesis")])
    result = cli("resolve", "--raw-dir", str(tmp_path / "raw"), answer=title_search)
    assert result.exit_code == 0, result.output
    assert "hmar-local -> 2406.07550" in result.output
    assert "re-keyed 1 papers; 0 without an exact-title match" in result.output
    assert cli.state["store"].rekeyed == [("hmar-local", "2406.07550")]
    assert cli.state["store"].closed


def test_ingest_uses_the_store_report_summary_when_it_has_one(cli, tmp_path):
    class Report:
        bad = ()

        def summary(self):
            return "2 papers (2 new, 2 extracted), 5 claims, 0 bad records, 0.10 s (20 papers/s)"

    cli.state["store"].ingest_paths = lambda paths, progress=False: Report()
    result = cli("fetch", "hf-daily", "--date", "2024-06-11", "--raw-dir", str(tmp_path / "raw"),
                 answer=lambda r: recorded("hf_daily_papers_2024-06-11.json"))
    assert result.exit_code == 0, result.output
    assert ("ingested 2 papers (2 new, 2 extracted), 5 claims, 0 bad records, 0.10 s (20 papers/s) "
            "into data/claimboard.sqlite") in result.output


def test_resolve_command_with_a_store_lacking_the_protocol(cli, tmp_path):
    cli.state["store"] = object()
    result = cli("resolve", "--raw-dir", str(tmp_path / "raw"))
    assert result.exit_code == 1
    assert "lacks papers_without_arxiv_id, set_arxiv_id" in result.output


# --------------------------------------------------------------------------- the example responses

def test_example_responses_give_one_paper_per_arxiv_id_linked_to_arxiv():
    """data/examples/ (not the recorded test responses): a daily list and an arXiv
    feed with one paper in common."""
    daily = [r for r in read_path(EXAMPLES / "hf_daily_papers_2024-11-06.json")]
    feed = [r for r in read_path(EXAMPLES / "arxiv_autoregressive_video.xml")]
    assert all(isinstance(r, Paper) and r.id == r.arxiv_id for r in daily + feed)
    common = {p.id for p in daily} & {p.id for p in feed}
    assert common == {"2411.02871"}
    papers = dedupe(daily + feed)
    assert len(papers) == 5
    (merged,) = [p for p in papers if p.id == "2411.02871"]
    assert paper_links(merged)["arxiv"] == "https://arxiv.org/abs/2411.02871"
    assert (str(merged.published), str(merged.listed)) == ("2024-11-05", "2024-11-06")
    assert json.loads(merged.model_dump_json())["categories"] == ["cs.CV", "cs.LG"]


def test_a_damaged_saved_response_is_one_line_naming_the_file_and_suggesting_refresh(cli, tmp_path):
    raw = tmp_path / "raw"
    answer = lambda r: recorded("hf_daily_papers_2024-06-11.json")
    assert cli("fetch", "hf-daily", "--date", "2024-06-11", "--raw-dir", str(raw), answer=answer).exit_code == 0
    saved = raw / "hf" / "daily_papers" / "date-2024-06-11-p0.json"
    saved.write_bytes(saved.read_bytes()[:100])  # cut short, as by a full disk
    result = cli("fetch", "hf-daily", "--date", "2024-06-11", "--raw-dir", str(raw))
    assert result.exit_code == 1 and not isinstance(result.exception, ValueError)
    [line] = result.output.strip().splitlines()
    assert str(saved) in line and "--refresh" in line and "damaged" in line
    refreshed = cli("fetch", "hf-daily", "--date", "2024-06-11", "--raw-dir", str(raw), "--refresh", answer=answer)
    assert refreshed.exit_code == 0, refreshed.output


def test_a_damaged_saved_feed_is_reported_the_same_way(tmp_path, clock):
    fetcher, _ = make(tmp_path, clock, arxiv_pages)
    first = fetcher.arxiv_query("masked autoregressive", 3, page_size=2)
    first.paths[0].write_text("<feed><entry><title>cut")
    again, _ = make(tmp_path, clock, lambda r: pytest.fail("must not ask"), offline=True)
    with pytest.raises(FetchError, match=r"arxiv.*damaged.*--refresh"):
        again.arxiv_query("masked autoregressive", 3, page_size=2)
