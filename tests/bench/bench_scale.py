"""Memory and throughput at scale (`make bench`; issue 8 item 5): a file of the arXiv
metadata snapshot's exact shape, N lines written from data/bench's 3,593 real abstracts
under new ids, run through `python -m extract` (--jobs 1 and 2), `claimboard ingest`
(--jobs 1 and 2, each into a fresh store) and `claimboard export` of the store, each a
fresh process as a user runs it. Per command: peak RSS (the largest process, from
os.wait4, and the whole process tree, polled from /proc: --jobs 2 runs three
processes), CPU time and papers/s. The bounds (300 MB extract, 500 MB ingest, 300 MB
export) are printed next to the figures, never asserted.

CLAIMBOARD_SCALE_N sets N (default 1,000,000); a comma-separated list runs each N in
turn, which shows whether memory stays flat as N grows: CLAIMBOARD_SCALE_N=2000 for a
quick run."""
from __future__ import annotations

import json
import os
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest

from bench.bench_extract import real_records
from bench.benchtools import RESULTS, Run, run_measured

ROOT = Path(__file__).resolve().parents[2]
SIZES = [int(n) for n in os.environ.get("CLAIMBOARD_SCALE_N", "1000000").split(",")]
BOUNDS_MB = {"extract": 300, "ingest": 500, "export": 300}
CATEGORIES = ("cs.CV cs.LG", "cs.CL", "cs.LG stat.ML", "cs.AI cs.CL", "cs.RO cs.CV", "cs.LG")
#: New-style ids hold 5 digits a month (YYMM.NNNNN): 99,999 papers a month from 2001.
PER_MONTH = 99_999
CLAIMBOARD = [sys.executable, "-c", "from leaderboard.cli import main; main()"]


def snapshot_id(index: int) -> tuple[str, date]:
    """The index-th new id (2001.00001, 2001.00002, ... 2002.00001, ...) and its month.

    >>> snapshot_id(0), snapshot_id(PER_MONTH)
    (('2001.00001', datetime.date(2020, 1, 1)), ('2002.00001', datetime.date(2020, 2, 1)))
    """
    month, number = divmod(index, PER_MONTH)
    year, month = 2020 + month // 12, month % 12 + 1
    return f"{year % 100:02d}{month:02d}.{number + 1:05d}", date(year, month, 1)


def _wrap(text: str) -> str:
    """Hard-wrapped as the snapshot has it: leading spaces, a newline every ~80 characters."""
    return "  " + "\n".join(textwrap.wrap(text, 78)) + "\n"


def write_snapshot_file(path: Path, lines: int) -> Path:
    """`lines` snapshot records, the real abstracts in turn, each under a new id."""
    records = real_records()
    wrapped = [(_wrap(r["title"]).strip(), _wrap(r["abstract"])) for r in records]
    with path.open("w", encoding="utf-8") as out:
        for index in range(lines):
            arxiv_id, month = snapshot_id(index)
            title, abstract = wrapped[index % len(records)]
            created = month + timedelta(days=index % 28)
            out.write(json.dumps({
                "id": arxiv_id, "submitter": "A. Author", "authors": "A. Author and B. Author", "title": title,
                "comments": "10 pages", "journal-ref": None, "doi": None, "report-no": None,
                "categories": CATEGORIES[index % len(CATEGORIES)],
                "license": "http://arxiv.org/licenses/nonexclusive-distrib/1.0/", "abstract": abstract,
                "versions": [{"version": "v1", "created": created.strftime("%a, %d %b %Y 10:00:00 GMT")}],
                "update_date": created.isoformat(), "authors_parsed": [["Author", "A.", ""], ["Author", "B.", ""]],
            }) + "\n")
    return path


@pytest.fixture(scope="module", params=SIZES, ids=lambda n: f"N={n}")
def snapshot(request, tmp_path_factory) -> tuple[int, Path]:
    return request.param, write_snapshot_file(tmp_path_factory.mktemp("scale") / "snapshot.jsonl", request.param)


def _record(benchmark, what: str, bound: str, lines: int, run: Run, startup: float) -> None:
    per_s = lines / max(run.cpu_s - startup, 1e-9)
    benchmark.extra_info.update({"lines": lines, "cpu_s": round(run.cpu_s, 1), "wall_s": round(run.wall_s, 1),
                                 "startup_cpu_s": round(startup, 2), "papers_per_cpu_s": round(per_s, 1),
                                 "max_rss_mb": round(run.max_rss_mb, 1), "tree_rss_mb": round(run.tree_rss_mb, 1),
                                 "bound_mb": BOUNDS_MB[bound]})
    line = (f"{what} at N={lines:,}: peak RSS {run.max_rss_mb:.0f} MB largest process, "
            f"{run.tree_rss_mb:.0f} MB whole tree (bound {BOUNDS_MB[bound]} MB); {run.cpu_s:.1f} s CPU "
            f"({run.wall_s:.1f} s wall), {per_s:,.0f} papers per CPU-second after {startup:.2f} s start-up, "
            f"{lines / run.wall_s:,.0f} papers/s wall")
    RESULTS.append(line)
    print("\n" + line)


def _startup(argv: list[str], tmp_path: Path) -> float:
    """CPU seconds of the same command over a one-line snapshot: start-up and teardown."""
    one = write_snapshot_file(tmp_path / "one.jsonl", 1)
    return min(run_measured([*argv, str(one)] if "ingest" not in argv else
                            [*argv, str(one), "--db", str(tmp_path / f"one{i}.sqlite")], cwd=ROOT).cpu_s
               for i in range(2))


@pytest.mark.benchmark(group="scale")
@pytest.mark.parametrize("jobs", [1, 2])
def test_extract(benchmark, snapshot, jobs, tmp_path):
    lines, path = snapshot
    argv = [sys.executable, "-m", "extract", "--jobs", str(jobs)]
    startup = _startup(argv, tmp_path)
    run = benchmark.pedantic(run_measured, args=([*argv, str(path)],), kwargs={"cwd": ROOT}, rounds=1, iterations=1)
    _record(benchmark, f"python -m extract --jobs {jobs}", "extract", lines, run, startup)


@pytest.mark.benchmark(group="scale")
@pytest.mark.parametrize("jobs", [1, 2])
def test_ingest_and_export(benchmark, snapshot, jobs, tmp_path):
    lines, path = snapshot
    db = tmp_path / "claimboard.sqlite"
    argv = [*CLAIMBOARD, "ingest", "--no-progress", "--jobs", str(jobs)]
    startup = _startup(argv, tmp_path)
    run = benchmark.pedantic(run_measured, args=([*argv, str(path), "--db", str(db)],), kwargs={"cwd": ROOT},
                             rounds=1, iterations=1)
    _record(benchmark, f"claimboard ingest --jobs {jobs}", "ingest", lines, run, startup)
    if jobs == 1:  # one export is enough: the store is the same for any --jobs
        export = run_measured([*CLAIMBOARD, "export", "--db", str(db), "-o", str(tmp_path / "claims.csv")], cwd=ROOT)
        _record(benchmark, "claimboard export", "export", lines, export, 0.0)
