"""`claimboard fetch ...` and `claimboard resolve`: fetch paper lists politely, save
every raw response under data/raw/, then ingest the saved files into the store.

    claimboard fetch hf-daily --date 2024-06-11      # or --week 2024-W24, --month 2024-06
    claimboard fetch hf-search "masked autoregressive"
    claimboard fetch hf-paper 2406.06525
    claimboard fetch arxiv --query "visual autoregressive" --max 200
    claimboard resolve                               # arXiv ids for papers lacking one

A response saved before is read from disk instead of asked again (`--refresh` asks
again, `--offline` never touches the network), so re-running a fetch is offline and
reproducible. `leaderboard.cli` adds both to the `claimboard` group
(`main.add_command`); this module does not import it, so the commands also run on
their own as `python -m leaderboard.cli_fetch fetch ...`.
"""
from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from leaderboard import DEFAULT_DB

# The fetcher (httpx, the readers, pydantic) loads when a command runs, not for `--help`.
if TYPE_CHECKING:
    from leaderboard.fetch import Fetcher, FetchResult

DEFAULT_RAW = "data/raw"


def _log(message: str) -> None:
    click.echo(message, err=True)


def make_fetcher(raw_dir: str, *, refresh: bool, offline: bool) -> Fetcher:
    """The fetcher the commands use (tests replace it with one on a mock transport)."""
    from leaderboard.fetch import Fetcher

    return Fetcher(raw_dir, refresh=refresh, offline=offline, log=_log)


def open_store(db_path: str, create: bool = True):
    """The store the commands ingest into (tests replace it with a fake).
    Imported here, not at the top, so this module imports without the store.
    `create=False` (resolve, which only re-keys stored papers) refuses a missing store:
    it used to create an empty one at a mistyped path and report "re-keyed 0 papers"."""
    if not create and not Path(db_path).exists():
        raise click.ClickException(f"no store at {db_path}: run `claimboard ingest` or `claimboard fetch` first "
                                   "(resolve re-keys stored papers; it creates no store)")
    try:
        from leaderboard.store import Store
    except ImportError as error:
        raise click.ClickException(
            f"the store is not available ({error}); rerun with --no-ingest and ingest the "
            "saved files later with `claimboard ingest`") from None
    return Store(db_path)


def _common(command: Callable) -> Callable:
    options = [
        click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                     envvar="CLAIMBOARD_DB", help="SQLite store to use (env CLAIMBOARD_DB, as for the "
                                                  "other claimboard commands)."),
        click.option("--raw-dir", default=DEFAULT_RAW, show_default=True, type=click.Path(file_okay=False),
                     help="Where raw responses are saved and looked up."),
        click.option("--refresh", is_flag=True, help="Ask the service again even for responses saved before."),
        click.option("--offline", is_flag=True, help="Never touch the network: only read saved responses."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _fetch_command(command: Callable) -> Callable:
    """A fetch subcommand: common options, --no-ingest, and FetchError as a clean error."""
    @functools.wraps(command)
    def run(db_path: str, raw_dir: str, refresh: bool, offline: bool, no_ingest: bool, **kwargs) -> None:
        if refresh and offline:
            raise click.UsageError("--refresh and --offline contradict each other")
        from leaderboard.fetch import FetchError

        fetcher = make_fetcher(raw_dir, refresh=refresh, offline=offline)
        try:
            label, result = command(fetcher, **kwargs)
        except FetchError as error:
            raise click.ClickException(str(error)) from None
        finally:
            fetcher.close()
        _report_fetch(label, result, raw_dir)
        if not no_ingest:
            _ingest(db_path, result.paths)
    run = click.option("--no-ingest", is_flag=True, help="Only fetch and save; do not ingest.")(run)
    return _common(run)


def _report_fetch(label: str, result: FetchResult, raw_dir: str) -> None:
    count = len(result.paths)
    click.echo(f"{label}: {count} response{'s' if count != 1 else ''} "
               f"({result.fetched} fetched, {result.cached} saved before) under {raw_dir}")
    for path in result.paths:
        click.echo(f"  {path}")
    for note in result.notes:
        click.echo(f"  note: {note}")


def _ingest(db_path: str, paths: list[Path]) -> None:
    from extract.sources.base import SourceError

    store = open_store(db_path)
    try:
        report = store.ingest_paths([str(p) for p in paths], progress=None)  # a bar only on a terminal
    except SourceError as error:
        raise click.ClickException(str(error)) from None
    finally:
        _close(store)
    bad = getattr(report, "bad", [])
    for record in bad if isinstance(bad, (list, tuple)) else []:
        click.echo(str(record), err=True)
    if callable(getattr(report, "summary", None)):
        summary = report.summary()
    else:
        bad_count = len(bad) if isinstance(bad, (list, tuple)) else int(bad or 0)
        summary = (f"{report.papers} papers, {report.claims} claims, {bad_count} bad records, "
                   f"{getattr(report, 'seconds', 0.0) or 0.0:.2f} s")
    click.echo(f"ingested {summary} into {db_path}")


def _close(store: object) -> None:
    close = getattr(store, "close", None)
    if callable(close):
        close()


@click.group("fetch")
def fetch() -> None:
    """Fetch papers from the Hugging Face papers API or the arXiv API, save the raw
    responses under --raw-dir, and ingest them."""


@fetch.command("hf-daily")
@click.option("--date", "day", metavar="YYYY-MM-DD", help="One day's list (default: today, UTC).")
@click.option("--week", metavar="YYYY-Www", help="One ISO week's lists, e.g. 2024-W24.")
@click.option("--month", metavar="YYYY-MM", help="One month's lists, e.g. 2024-06.")
@_fetch_command
def hf_daily(fetcher: Fetcher, day: str | None, week: str | None, month: str | None):
    """Hugging Face Daily Papers of a day, a week or a month (GET /api/daily_papers)."""
    result = fetcher.hf_daily(day=day, week=week, month=month)
    period = next((f"{k} {v}" for k, v in (("date", day), ("week", week), ("month", month)) if v), "today")
    return f"hf-daily {period}", result


@fetch.command("hf-search")
@click.argument("query")
@_fetch_command
def hf_search(fetcher: Fetcher, query: str):
    """Hugging Face paper search (GET /api/papers/search?q=QUERY)."""
    return f"hf-search {query!r}", fetcher.hf_search(query)


@fetch.command("hf-paper")
@click.argument("arxiv_ids", nargs=-1, required=True)
@_fetch_command
def hf_paper(fetcher: Fetcher, arxiv_ids: tuple[str, ...]):
    """Single papers with their code and project links (GET /api/papers/{id})."""
    from leaderboard.fetch import FetchResult

    result = FetchResult()
    for arxiv_id in arxiv_ids:
        one = fetcher.hf_paper(arxiv_id)
        result.paths += one.paths
        result.fetched += one.fetched
        result.cached += one.cached
    return f"hf-paper {' '.join(arxiv_ids)}", result


@fetch.command("arxiv")
@click.option("--query", "-q", required=True,
              help='Words (all required) or an arXiv search_query ("ti:...", "cat:cs.CV", ...).')
@click.option("--max", "max_results", type=click.IntRange(min=1), default=100, show_default=True,
              help="At most this many papers.")
@click.option("--page-size", type=click.IntRange(1, 2000), default=100, show_default=True,
              help="Papers per request.")
@click.option("--sort", type=click.Choice(["relevance", "submitted", "updated"]), default="relevance",
              show_default=True, help="Order of the results: by relevance, or newest first by submission "
                                      "or last-update date.")
@_fetch_command
def arxiv(fetcher: Fetcher, query: str, max_results: int, page_size: int, sort: str):
    """arXiv API search (GET export.arxiv.org/api/query), one request every 3 s."""
    result = fetcher.arxiv_query(query, max_results, page_size=page_size, sort=sort)
    return f"arxiv {query!r} (max {max_results})", result


@click.command("resolve")
@_common
@click.option("--limit", type=click.IntRange(min=1), help="Look up at most this many papers.")
@click.option("--dry-run", is_flag=True, help="Report what would change; change nothing.")
def resolve(db_path: str, raw_dir: str, refresh: bool, offline: bool, limit: int | None, dry_run: bool) -> None:
    """Find arXiv ids, by exact-title search on arXiv, for stored papers that lack one,
    and re-key them. Answers are saved under --raw-dir/arxiv/title/, so a second run
    asks arXiv nothing."""
    if refresh and offline:
        raise click.UsageError("--refresh and --offline contradict each other")
    store = open_store(db_path, create=False)
    missing = [name for name in ("papers_without_arxiv_id", "set_arxiv_id") if not hasattr(store, name)]
    if missing:
        _close(store)
        raise click.ClickException(f"this store cannot resolve ids yet (it lacks {', '.join(missing)}; "
                                   "see leaderboard.fetch.ResolvableStore)")
    from leaderboard.fetch import FetchError, resolve_arxiv_ids

    fetcher = make_fetcher(raw_dir, refresh=refresh, offline=offline)
    try:
        report = resolve_arxiv_ids(store, fetcher, limit=limit, dry_run=dry_run, log=_log)
    except FetchError as error:
        raise click.ClickException(str(error)) from None
    except (KeyError, ValueError, sqlite3.Error) as error:
        # a paper the store could not re-key (its re-extraction failed): earlier ones are kept
        raise click.ClickException(f"resolve stopped: {error}; papers re-keyed before this one are stored") from None
    finally:
        fetcher.close()
        _close(store)
    verb = "would re-key" if dry_run else "re-keyed"
    for old, new in report.found:
        click.echo(f"{old} -> {new}")
    click.echo(f"resolve: {verb} {len(report.found)} papers; {len(report.missing)} without an exact-title "
               f"match; {len(report.skipped)} without a title")


@click.group()
def cli() -> None:
    """Fetch and resolve on their own (`python -m leaderboard.cli_fetch`); the same
    commands are `claimboard fetch` and `claimboard resolve`."""


cli.add_command(fetch)
cli.add_command(resolve)

if __name__ == "__main__":  # pragma: no cover
    cli()
