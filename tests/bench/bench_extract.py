"""Extraction speed (`make bench`), issue 7's measure: `python -m extract --jobs 1` as a
whole process, start-up included, over 10,000+ real abstracts (data/bench's 3,593 arXiv
abstracts repeated under new ids), in CPU time of the child (os.wait4), so a loaded
machine does not count against it. Reported as abstracts/s and as a ratio to a bare
number scan of the same text in this run; the import of the pipeline is reported apart.
Timings are printed, never asserted; not part of `make test`'s pass/fail."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from bench.benchtools import run_measured
from extract.models import Paper
from extract.pipeline import extract_paper

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "data" / "bench" / "arxiv-api-abstracts.jsonl"
TARGET = 10_000
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def real_records() -> list[dict]:
    return [json.loads(line) for line in REAL.read_text(encoding="utf-8").splitlines() if line.strip()]


def _mix() -> list[dict]:
    """TARGET or more records: the real ones, copied until there are enough, each copy
    under new ids (the text is unchanged: what is measured is real text)."""
    records = real_records()
    copies = -(-TARGET // len(records))
    return [{**record, "id": f"{record['id']}-c{copy}"} for copy in range(copies) for record in records]


MIX = _mix()


@pytest.fixture(scope="module")
def mix_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("extract") / "mix.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in MIX), encoding="utf-8")
    return path


def _scan_numbers(records) -> int:
    return sum(1 for record in records for _ in _NUMBER.finditer(record["abstract"]))


def _scan_cpu_s() -> float:
    """CPU seconds of the bare number scan over the whole mix, best of three."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        _scan_numbers(MIX)
        best = min(best, time.process_time() - started)
    return best


def _import_cpu_s() -> float:
    """CPU seconds a fresh interpreter spends importing the pipeline (not the interpreter's own start)."""
    code = ("import time; t = time.process_time(); import extract.pipeline; "
            "print(time.process_time() - t)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(done.stdout)


@pytest.mark.benchmark(group="extract-10k")
def test_bare_number_scan(benchmark):
    benchmark.extra_info["abstracts"] = len(MIX)
    benchmark.pedantic(_scan_numbers, args=(MIX,), rounds=3, iterations=1)


@pytest.mark.benchmark(group="extract-10k")
def test_extract_process(benchmark, mix_file, tmp_path):
    """The whole `python -m extract --jobs 1` process, start-up included."""
    scan = _scan_cpu_s()
    out = tmp_path / "claims.jsonl"
    run = benchmark.pedantic(run_measured, args=([sys.executable, "-m", "extract", str(mix_file), "--jobs", "1"],),
                             kwargs={"stdout": out, "cwd": ROOT}, rounds=1, iterations=1)
    startup = run_measured([sys.executable, "-m", "extract", "--help"], cwd=ROOT).cpu_s
    imports = min(_import_cpu_s() for _ in range(3))
    claims = sum(1 for _ in out.open(encoding="utf-8"))
    benchmark.extra_info.update({
        "abstracts": len(MIX), "claims": claims, "process_cpu_s": round(run.cpu_s, 2),
        "abstracts_per_cpu_s": round(len(MIX) / run.cpu_s, 1),
        "ratio_to_number_scan": round(run.cpu_s / scan, 1),
        "import_cpu_s": round(imports, 3), "help_cpu_s": round(startup, 3), "peak_rss_mb": round(run.max_rss_mb, 1),
    })
    print(f"\npython -m extract --jobs 1 on {len(MIX):,} real abstracts: {run.cpu_s:.1f} s CPU "
          f"({run.wall_s:.1f} s wall), {len(MIX) / run.cpu_s:,.0f} abstracts/s start-up included, "
          f"{claims:,} claims, peak RSS {run.max_rss_mb:.0f} MB; "
          f"{run.cpu_s / scan:,.0f}x a bare number scan ({len(MIX) / scan:,.0f} abstracts/s); "
          f"import of extract.pipeline {imports:.3f} s CPU, `--help` process {startup:.3f} s CPU")


@pytest.mark.benchmark(group="extract-memory")
def test_extraction_memory(benchmark):
    papers = [Paper(id=r["id"], title=r["title"], abstract=r["abstract"]) for r in MIX[:1000]]

    def peak_mb():
        tracemalloc.start()
        for paper in papers:
            extract_paper(paper)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak / 1e6

    peak = benchmark.pedantic(peak_mb, rounds=1, iterations=1)
    benchmark.extra_info["peak_mb_per_1000_abstracts"] = round(peak, 1)
    print(f"\npeak traced memory while extracting 1,000 abstracts: {peak:.1f} MB")
