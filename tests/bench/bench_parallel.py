"""`--jobs 2` against `--jobs 1` (`make bench`), for `python -m extract` and
`claimboard ingest`, each run a fresh process as a user runs it, on two inputs:

- `dense`: the repo's 170 labelled abstracts (real and synthetic, about six claims each)
  18 times under new ids, 3,060 papers;
- `arxiv`: data/bench's 3,593 real arXiv abstracts 3 times under new ids and titles (so
  the store keeps 10,779 papers), sparse as real text is (0.6 claims each), which leaves
  a larger share of the work to the one process that reads and writes.

Reported as a speed-up (jobs-1 wall time / jobs-2 wall time), never asserted. The runs
alternate (jobs 1, then jobs 2, each round), so a change in the machine's load between
rounds touches both sides of a ratio; the median of the per-round ratios is reported
with their range. The outputs must be identical. CLAIMBOARD_PARALLEL_ROUNDS sets the
rounds (3)."""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.bench_extract import real_records
from bench.benchtools import report

ROOT = Path(__file__).resolve().parents[2]
LABELLED = [ROOT / "data" / "dev_papers.jsonl", ROOT / "data" / "dev2_papers.jsonl",
            ROOT / "data" / "fixtures" / "real_papers.jsonl"]
ROUNDS = int(os.environ.get("CLAIMBOARD_PARALLEL_ROUNDS", "3"))


def _write_copies(path: Path, records: list[dict], copies: int) -> Path:
    """`copies` of `records`, each under a new id and title and without a URL, so no two
    lines are the same paper to the store."""
    with path.open("w") as out:
        for copy in range(copies):
            for index, record in enumerate(records):
                out.write(json.dumps({"id": f"p{copy}-{index}", "title": f"{record['title']} ({copy})",
                                      "abstract": record["abstract"]}) + "\n")
    return path


@pytest.fixture(scope="module", params=["dense", "arxiv"])
def papers(request, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("parallel")
    if request.param == "dense":
        records = [json.loads(line) for file in LABELLED for line in file.read_text().splitlines() if line.strip()]
        return _write_copies(folder / "dense.jsonl", records, 18)
    return _write_copies(folder / "arxiv.jsonl", real_records(), 3)


def _extract(path: Path, jobs: int) -> str:
    done = subprocess.run([sys.executable, "-m", "extract", str(path), "--jobs", str(jobs)],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return done.stdout


def _ingest(path: Path, db: Path, jobs: int) -> None:
    db.unlink(missing_ok=True)
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    subprocess.run([sys.executable, "-c", "from leaderboard.cli import main; main()", "ingest", str(path),
                    "--db", str(db), "--jobs", str(jobs), "--no-progress"],
                   capture_output=True, text=True, check=True, cwd=ROOT)


def _export(db: Path) -> str:
    return subprocess.run([sys.executable, "-c", "from leaderboard.cli import main; main()", "export",
                           "--db", str(db), "-o", "-"], capture_output=True, text=True, check=True, cwd=ROOT).stdout


def _alternating(benchmark, run, name: str, size_note: str) -> None:
    """Time `run(1)` before every timed `run(2)` (pytest-benchmark's untimed setup), and
    report the median of the per-round ratios."""
    baselines: list[float] = []

    def jobs_1_first():
        started = time.perf_counter()
        run(1)
        baselines.append(time.perf_counter() - started)

    benchmark.pedantic(run, args=(2,), setup=jobs_1_first, rounds=ROUNDS, iterations=1)
    ratios = [one / two for one, two in zip(baselines, benchmark.stats.stats.data)]
    report(benchmark, f"{name} --jobs 2", "--jobs 1", statistics.median(baselines),
           f" (speed-up: median {statistics.median(ratios):.2f}x of {len(ratios)} alternating rounds, "
           f"range {min(ratios):.2f}-{max(ratios):.2f}; {size_note})")


@pytest.mark.benchmark(group="parallel")
def test_extract_jobs_2(benchmark, papers):
    assert _extract(papers, 1) == _extract(papers, 2), "the output does not depend on --jobs"
    _alternating(benchmark, lambda jobs: _extract(papers, jobs), f"python -m extract [{papers.stem}]",
                 f"{papers.stat().st_size // 1000} kB")


@pytest.mark.benchmark(group="parallel")
def test_ingest_jobs_2(benchmark, papers, tmp_path):
    db = tmp_path / "c.sqlite"
    _ingest(papers, db, 1)
    one = _export(db)
    _ingest(papers, db, 2)
    assert _export(db) == one, "the store does not depend on --jobs"
    _alternating(benchmark, lambda jobs: _ingest(papers, db, jobs), f"claimboard ingest [{papers.stem}]",
                 f"{papers.stat().st_size // 1000} kB")
