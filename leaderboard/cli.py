"""`claimboard`: the command line. A thin shell: every command parses its options and
calls one function of leaderboard/ (store, tables, export) or starts the page."""
from __future__ import annotations

import io
import os
import socket
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from leaderboard import BATCH_SIZE, DEFAULT_DB
from leaderboard.cli_fetch import fetch, resolve

APP_PATH = Path(__file__).with_name("app.py")
T = TypeVar("T")

db_option = click.option(
    "--db", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB, show_default=True,
    envvar="CLAIMBOARD_DB",
    help="SQLite store to use (env CLAIMBOARD_DB). `ingest` creates it; the other commands "
         "only read it, and say so when it is missing.")


class _Main(click.Group):
    """The `claimboard` group: a store that cannot be used (missing, not a database,
    read-only, locked) ends any command with one line, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except Exception as error:
            # Looked up, not imported: a command that never loaded the store cannot
            # have raised its error, and `--help` stays free of the store's imports.
            store = sys.modules.get("leaderboard.store")
            if store is not None and isinstance(error, store.StoreError):
                raise click.ClickException(printable(str(error))) from None
            raise


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimboard")
def main() -> None:
    """Claimboard: benchmark claims from ML paper abstracts, as leaderboards.

    Typical use: `claimboard ingest data/hf-daily-papers-autoregressive.txt`, then
    `claimboard serve` (the page) or `claimboard export --output claims.csv`.
    `claimboard fetch ...` gets more papers from Hugging Face or arXiv, and
    `claimboard resolve` finds the arXiv ids of stored papers that lack one.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on stderr [default: when stderr is a terminal].")
@click.option("--reextract", is_flag=True,
              help="Extract every paper again, even when its abstract did not change "
                   "(after an extractor upgrade). Claims are replaced, never duplicated.")
@click.option("--category", metavar="CATS",
              help="Keep only papers in these arXiv categories: cs.CV,cs.LG; a prefix such as cs. keeps an archive.")
@click.option("--since", metavar="YYYY-MM-DD", help="Keep only papers first published on or after this date.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), show_default="the cores",
              help="Worker processes that extract claims (this process alone writes the store).")
@click.option("--batch-size", type=click.IntRange(min=1), default=BATCH_SIZE, show_default=True,
              help="Papers stored per transaction: what an interruption can lose.")
def ingest(paths: tuple[Path, ...], db: Path, progress: bool | None, reextract: bool,
           category: str | None, since: str | None, jobs: int | None, batch_size: int) -> None:
    """Read papers from PATHS in any supported format, extract their claims and
    store them, committing every --batch-size papers.

    Interrupted (Ctrl-C, a crash), it loses at most the batch in flight, never half a
    paper; running the same command again resumes: stored papers are skipped.
    Readers (`boards`, `export`, the page) keep working during an ingest and see the
    last committed batch; a second ingest waits for its turn between batches.

    Formats: JSONL, a saved Daily Papers page, Hugging Face API JSON, an arXiv Atom
    feed, CSV; each file's format is detected from its content, not its name.

    Re-ingesting the same papers adds nothing; a paper whose abstract changed is
    extracted again and its claims replaced. Bad records are reported as
    FILE:LINE: reason and the rest is stored; the exit status is 1 if any was bad.
    """
    from extract.parallel import default_jobs
    from extract.sources.filters import (
        CountingFilter,
        left_out_note,
        paper_filter,
        parse_categories,
        parse_since,
    )
    from leaderboard.store import IngestReport, Store

    keep = paper_filter(_parsed(parse_categories, category, "--category"), _parsed(parse_since, since, "--since"))
    keep = keep and CountingFilter(keep)  # papers are read (and filtered) in this process
    jobs = jobs or default_jobs()
    with Store(db) as store:
        done = IngestReport()
        try:
            report = store.ingest_paths(paths, progress=progress, reextract=reextract, keep=keep, jobs=jobs,
                                        batch_size=batch_size, into=done)
        except KeyboardInterrupt:
            click.echo(f"interrupted: {done.papers} papers are stored, the batch in flight was rolled "
                       "back; run the same command again to resume", err=True)
            sys.exit(130)
    for bad in report.bad:
        click.echo(printable(str(bad)), err=True)
    if keep and keep.left_out:
        click.echo(left_out_note(keep.left_out, category, since), err=True)
    if report.stale:
        click.echo(f"note: {report.stale} papers keep claims from an older extractor; "
                   "run with --reextract to refresh them", err=True)
    click.echo(f"ingested {report.summary()} into {db}")
    sys.exit(1 if report.bad else 0)


@main.command()
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="File to write ('-' for stdout).")
@click.option("--board", metavar='"DATASET / METRIC"',
              help='Export only this board, e.g. "ImageNet 256x256 / FID" (see `claimboard boards`).')
@click.option("--format", "fmt", type=click.Choice(["csv", "pwc-json"]), default="csv", show_default=True,
              help="csv: every claim, one a row; pwc-json: the boards in the schema of Papers with Code's "
                   "evaluation-tables.json.")
@db_option
def export(output: str, board: str | None, fmt: str, db: Path) -> None:
    """Write claims as CSV (every claim, or one board's), or the boards as PwC JSON.

    CSV: UTF-8 with a header row, columns in a fixed documented order (README), each score
    claim with its rank in its board. Text cells that a spreadsheet would run as a
    formula (starting with = + - @ TAB CR) are prefixed with an apostrophe.
    """
    from leaderboard.export_stream import UnknownBoard, write_csv_stream

    if output != "-" and not Path(output).resolve().parent.is_dir():
        raise click.BadParameter(f"the folder of {output} does not exist", param_hint="--output")
    if fmt == "pwc-json":
        from leaderboard.export import select_board
        from leaderboard.pwc import to_pwc_json
        from leaderboard.store import load_frame

        frame = load_frame(db)
        if board is not None and not (frame["board"] == board).any():
            raise click.BadParameter(f"no board {board!r} in {db}; `claimboard boards` lists them",
                                     param_hint="--board")
        rows = select_board(frame, board)
        if output == "-":
            click.echo(to_pwc_json(rows), nl=False)
            return
        Path(output).write_text(to_pwc_json(rows), encoding="utf-8")
        click.echo(f"wrote {int(rows['board'].notna().sum())} board claims as pwc-json to {output}", err=True)
        return
    # CSV streamed from SQLite in chunks: tens of bytes a claim in memory, not every claim's text.
    try:
        count = write_csv_stream(db, sys.stdout if output == "-" else Path(output), board)
    except UnknownBoard:
        raise click.BadParameter(f"no board {board!r} in {db}; `claimboard boards` lists them",
                                 param_hint="--board") from None
    except BrokenPipeError:
        if output != "-":
            raise click.ClickException(f"cannot write {output}: its reader went away") from None
        _quit_quietly_on_a_closed_stdout()
    except OSError as error:
        raise click.ClickException(f"cannot write {output}: {error.strerror}") from None
    if output == "-":
        return
    click.echo(f"wrote {count} claims to {output}", err=True)


def _quit_quietly_on_a_closed_stdout() -> None:
    """`claimboard export -o - | head` closed our stdout: its reader has what it wanted, so
    say nothing (as `boards | head` says nothing) instead of "Error: cannot write -: Broken
    pipe". Stdout goes to /dev/null so the interpreter's last flush cannot complain either
    (the recipe of Python's signal docs); the status is 1, as for `boards | head`."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # a stdout without a file descriptor (a test runner's): nothing will flush to a pipe
    sys.exit(1)


@main.command()
@click.option("--port", type=click.IntRange(1, 65535), default=8501, show_default=True,
              help="Port to serve the page on.")
@click.option("--address", default="localhost", show_default=True, help="Address to listen on.")
@db_option
def serve(port: int, address: str, db: Path) -> None:
    """Serve the leaderboard page (Streamlit) at http://ADDRESS:PORT."""
    from leaderboard.store import Store

    Store(db, readonly=True).close()  # a missing or broken store is said here, not on the page
    _check_port_free(address, port)
    command = [sys.executable, "-m", "leaderboard.serve", "run", str(APP_PATH),
               "--server.port", str(port), "--server.address", address,
               "--server.headless", "true", "--server.fileWatcherType", "none",
               "--browser.gatherUsageStats", "false",
               # Our CSV export is the only download path: it is the one that is safe.
               "--client.disableDataExport", "true",
               "--client.toolbarMode", "viewer"]
    env = dict(os.environ, CLAIMBOARD_DB=str(Path(db).resolve()))
    click.echo(f"serving {db} at http://{address}:{port}", err=True)
    sys.stdout.flush()
    sys.stderr.flush()
    # Replace this process, so whoever started `serve` can stop the server by its pid.
    os.execve(sys.executable, command, env)


def _parsed(parse: Callable[[str], T], value: str | None, option: str) -> T | None:
    """An option's value through its parser; a value it refuses is a usage error that
    names the option, so the user knows which of several to correct."""
    if value is None:
        return None
    try:
        return parse(value)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint=option) from None


def _check_port_free(address: str, port: int) -> None:
    """Fail in one line before announcing anything when the port is taken."""
    try:
        infos = socket.getaddrinfo(address, port, type=socket.SOCK_STREAM)
    except OSError as error:
        raise click.ClickException(f"cannot serve at {address}: {error}") from None
    family, kind, proto, _, sockaddr = infos[0]
    with socket.socket(family, kind, proto) as probe:
        # Streamlit sets SO_REUSEADDR too: a port in TIME_WAIT is free for it.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(sockaddr)
        except OSError as error:
            raise click.ClickException(
                f"cannot serve at {address}:{port}: {error.strerror} (is another server running? "
                "try --port)") from None


@main.command()
@click.argument("sources", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--fixtures", type=click.Path(exists=True, dir_okay=False),
              help="Hand-labelled gold claims (JSONL) [default: the shipped seed fixtures].")
def validate(sources: tuple[str, ...], fixtures: str | None) -> None:
    """Score the extractor against hand-labelled fixtures (precision, recall, F1 and
    leaderboard rows, as docs/claims-spec.md defines them); exit status 1 if it fails.

    SOURCES are the papers to extract from [default: the shipped default corpus].
    """
    from extract.sources import default_corpus_path, seed_fixtures_path

    # the lead's scoring module
    from leaderboard.validate import UnusableInput, run_validate

    try:
        text, passed = run_validate(list(sources) or [str(default_corpus_path())],
                                    fixtures or str(seed_fixtures_path()))
    except UnusableInput as error:
        raise click.ClickException(printable(str(error))) from None
    click.echo(text)
    sys.exit(0 if passed else 1)


@main.command()
@db_option
def boards(db: Path) -> None:
    """List every board (dataset / metric) with its claim count and leader."""
    from leaderboard.store import load_frame
    from leaderboard.tables import boards_summary

    frame = load_frame(db)
    summary = boards_summary(frame)
    if summary.empty and frame.empty:
        click.echo(f"no boards in {db}: run `claimboard ingest` first", err=True)
        return
    if summary.empty:  # claims, none of them on a board: ingesting again would not help
        from extract.sources.base import plural

        click.echo(f"no boards in {db}: {plural(len(frame), 'claim')} stored, none a score that names its model "
                   "and dataset (`claimboard export -o -` lists them)", err=True)
        return
    click.echo(f"{'claims':>6}  {'papers':>6}  {'better':<6}  board  (leader)")
    for row in summary.itertuples(index=False):
        known = isinstance(row.direction, str)  # unknown direction: no rank, no leader
        leader = f"  ({printable(row.best_model)} {row.best_value:g})" if known and isinstance(row.best_model, str) else ""
        click.echo(f"{row.claims:>6}  {row.papers:>6}  {row.direction if known else '?':<6}  "
                   f"{printable(row.board)}{leader}")


# Fetching and resolving live in their own module (it also runs on its own, as
# `python -m leaderboard.cli_fetch`); here they join the `claimboard` group.
main.add_command(fetch)
main.add_command(resolve)


def printable(text: str) -> str:
    """Text safe for a terminal: control characters (escape sequences that could
    rewrite the screen) shown as U+FFFD.

    >>> printable("ok\\x1b[2Jdone")
    'ok\ufffd[2Jdone'
    """
    return "".join("\ufffd" if unicodedata.category(ch) == "Cc" and ch not in "\t" else ch
                   for ch in text)


if __name__ == "__main__":  # pragma: no cover
    main()
