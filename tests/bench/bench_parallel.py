"""`--jobs 2` against `--jobs 1` (`make bench`), for `python -m extract` and
`claimboard ingest`, on 3,060 real abstracts (the repo's 170 under new ids), each run a
fresh process as a user runs it. Reported as a ratio (speed-up = jobs-1 time / jobs-2
time), never asserted; the outputs must be identical."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.benchtools import median_seconds, report

ROOT = Path(__file__).resolve().parents[2]
REAL = [ROOT / "data" / "dev_papers.jsonl", ROOT / "data" / "dev2_papers.jsonl",
        ROOT / "data" / "fixtures" / "real_papers.jsonl"]
COPIES = 18


@pytest.fixture(scope="module")
def papers(tmp_path_factory) -> Path:
    records = [json.loads(line) for file in REAL for line in file.read_text().splitlines() if line.strip()]
    path = tmp_path_factory.mktemp("parallel") / "papers.jsonl"
    with path.open("w") as out:
        for copy in range(COPIES):
            for record in records:
                out.write(json.dumps({"id": f"{record['id']}-c{copy}", "title": f"{record['title']} ({copy})",
                                      "abstract": record["abstract"]}) + "\n")
    return path


def _extract(path: Path, jobs: int) -> str:
    done = subprocess.run([sys.executable, "-m", "extract", str(path), "--jobs", str(jobs)],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return done.stdout


def _ingest(path: Path, db: Path, jobs: int) -> str:
    db.unlink(missing_ok=True)
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    subprocess.run([sys.executable, "-c", "from leaderboard.cli import main; main()", "ingest", str(path),
                    "--db", str(db), "--jobs", str(jobs), "--no-progress"],
                   capture_output=True, text=True, check=True, cwd=ROOT)
    export = subprocess.run([sys.executable, "-c", "from leaderboard.cli import main; main()", "export",
                             "--db", str(db), "-o", "-"], capture_output=True, text=True, check=True, cwd=ROOT)
    return export.stdout


@pytest.mark.benchmark(group="parallel")
def test_extract_jobs_2(benchmark, papers):
    assert _extract(papers, 1) == _extract(papers, 2), "the output does not depend on --jobs"
    baseline = median_seconds(lambda: _extract(papers, 1), rounds=1)
    benchmark.pedantic(_extract, args=(papers, 2), rounds=1, iterations=1)
    report(benchmark, "python -m extract --jobs 2", "--jobs 1", baseline,
           f" (speed-up {baseline / benchmark.stats.stats.median:.2f}x on {papers.stat().st_size // 1000} kB)")


@pytest.mark.benchmark(group="parallel")
def test_ingest_jobs_2(benchmark, papers, tmp_path):
    db = tmp_path / "c.sqlite"
    assert _ingest(papers, db, 1) == _ingest(papers, db, 2), "the store does not depend on --jobs"
    baseline = median_seconds(lambda: _ingest(papers, db, 1), rounds=1)
    benchmark.pedantic(_ingest, args=(papers, db, 2), rounds=1, iterations=1)
    report(benchmark, "claimboard ingest --jobs 2 (and export)", "--jobs 1", baseline,
           f" (speed-up {baseline / benchmark.stats.stats.median:.2f}x)")
