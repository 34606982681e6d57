"""A store of a million papers for the store-wide commands (`claimboard export`), in
minutes rather than the hours extracting a million abstracts takes on 2 cores: `lines`
lines of bench_scale's snapshot-shaped file (real abstracts) are ingested once, then
that store's papers and claims are copied `times` times over in SQL, each copy under new
paper ids (`<id>#<copy>`), so a copy ranks, sizes and exports as its own papers do.

    PYTHONPATH=tests .venv/bin/python -m bench.scale_store OUT.sqlite --lines 40000 --times 25

The README's Export figures were measured on the store this builds (40,000 lines, 25
times: 1,000,000 papers) with bench.benchtools.run_measured."""
from __future__ import annotations

import argparse
import sqlite3
import tempfile
from pathlib import Path

from bench.bench_scale import write_snapshot_file
from leaderboard.store import Store


def ingest_once(path: Path, lines: int) -> None:
    """A fresh store at `path` of `lines` snapshot records, as `claimboard ingest` makes it."""
    with tempfile.TemporaryDirectory() as work:
        snapshot = write_snapshot_file(Path(work) / "snapshot.jsonl", lines)
        with Store(path) as store:
            store.ingest_paths([snapshot], progress=False)


def copy_rows(path: Path, times: int) -> dict[str, int]:
    """Make the store at `path` hold its papers and claims `times` times; returns the counts."""
    db = sqlite3.connect(str(path))
    try:
        with db:
            for table in ("papers", "claims"):
                db.execute(f"CREATE TEMP TABLE first_{table} AS SELECT * FROM {table}")
            paper_columns = [row[1] for row in db.execute("PRAGMA table_info(papers)")]
            claim_columns = [row[1] for row in db.execute("PRAGMA table_info(claims)") if row[1] != "id"]
            for copy in range(1, times):
                suffix = f"#{copy:02d}"
                db.execute(f"INSERT INTO papers ({', '.join(paper_columns)}) SELECT "
                           + ", ".join("id || ?" if name == "id" else name for name in paper_columns)
                           + " FROM first_papers", (suffix,))
                db.execute(f"INSERT INTO claims ({', '.join(claim_columns)}) SELECT "
                           + ", ".join("paper_id || ?" if name == "paper_id" else name for name in claim_columns)
                           + " FROM first_claims", (suffix,))
            # A new generation, as an ingest that changed something makes: readers then
            # ignore the page snapshot of the store as it was before the copies.
            db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
        return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("papers", "claims")}
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the store to write (must not exist)")
    parser.add_argument("--lines", type=int, default=40_000, help="snapshot lines ingested once")
    parser.add_argument("--times", type=int, default=25, help="copies of that store, itself included")
    args = parser.parse_args()
    if args.out.exists():
        parser.error(f"{args.out} exists")
    ingest_once(args.out, args.lines)
    print(copy_rows(args.out, args.times))


if __name__ == "__main__":
    main()
