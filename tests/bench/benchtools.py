"""Benchmarks (`make bench`): timings are reported, never asserted. Each benchmark
also measures a baseline in the same process and reports its time as a ratio to it,
since absolute seconds on a shared 2-core machine say little on their own.

A pytest plugin (`make bench` loads it with `-p bench.benchtools`), not a conftest.py: a
second conftest module would clash with tests/conftest.py under --doctest-modules."""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import pytest

RESULTS: list[str] = []


def median_seconds(action: Callable[[], object], rounds: int = 3, setup: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(rounds):
        if setup:
            setup()
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def report(benchmark, name: str, baseline_name: str, baseline: float, unit_note: str = "") -> None:
    """Attach `baseline` to the benchmark and queue a one-line summary for the end."""
    measured = benchmark.stats.stats.median
    benchmark.extra_info.update({"baseline": baseline_name, "baseline_median_s": baseline,
                                 "ratio_to_baseline": measured / baseline})
    RESULTS.append(f"{name}: median {measured:.3f} s = {measured / baseline:.2f} x {baseline_name} "
                   f"({baseline:.3f} s){unit_note}")


def pytest_terminal_summary(terminalreporter):
    if RESULTS:
        terminalreporter.section("claimboard benchmarks (ratios to same-process baselines)")
        for line in RESULTS:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def big_db(tmp_path_factory):
    """A store with 10,000 papers and 100,000 claims, and its snapshot, as `claimboard
    ingest` leaves it."""
    from sample_data import synthetic_papers

    from leaderboard.store import Store, write_snapshot

    path = tmp_path_factory.mktemp("bench") / "claimboard.sqlite"
    papers, extractor = synthetic_papers(10_000, 10)
    with Store(path, extractor=extractor) as store:
        store.ingest_papers(papers, "synthetic")
        assert store.counts() == {"papers": 10_000, "claims": 100_000}
        write_snapshot(store)
    return path
