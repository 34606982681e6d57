"""Benchmarks (`make bench`): timings are reported, never asserted. Each benchmark
also measures a baseline in the same process and reports its time as a ratio to it,
since absolute seconds on a shared 2-core machine say little on their own.

A pytest plugin (`make bench` loads it with `-p bench.benchtools`), not a conftest.py: a
second conftest module would clash with tests/conftest.py under --doctest-modules."""
from __future__ import annotations

import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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


@dataclass(frozen=True)
class Run:
    """One finished child process, as `run_measured` saw it."""
    cpu_s: float        # user + system CPU of the child and every process it waited for
    wall_s: float
    max_rss_mb: float   # the largest single process of the tree (the kernel's ru_maxrss)
    tree_rss_mb: float  # the largest sum over the tree seen by polling /proc (workers included)


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            return next((int(line.split()[1]) for line in status if line.startswith("VmRSS:")), 0)
    except OSError:  # gone between the listing and the read
        return 0


def _tree(root: int) -> set[int]:
    """`root` and its descendants: /proc/PID/stat's fourth field is the parent."""
    parents = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat") as stat:
                    # The command name (field 2) may hold spaces: split after its ')'.
                    parents[int(entry.name)] = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, grew = {root}, True
    while grew:
        children = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= children
        grew = bool(children)
    return tree


#: Runs argv[2:] and writes its CPU seconds and peak RSS (from os.wait4) to argv[1]. A
#: small process between us and the command: a child forked from this big test process
#: would inherit its peak RSS (the kernel keeps a forked process's high-water mark
#: across exec), so the command's own figure would read as the test process's size.
_LAUNCHER = """
import json, os, sys
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    json.dump({"cpu_s": usage.ru_utime + usage.ru_stime, "max_rss_kb": usage.ru_maxrss}, out)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_measured(argv: list[str], stdout: Path | None = None, cwd: Path | None = None,
                 poll_s: float = 0.2) -> Run:
    """Run `argv` to completion (stdout to `stdout` or discarded) and measure it:
    os.wait4 gives its CPU time and peak RSS, counting the workers it reaped; a thread
    polling /proc sums the tree's RSS, since --jobs N runs N+1 processes."""
    sink = stdout.open("wb") if stdout else contextlib.nullcontext(subprocess.DEVNULL)
    with tempfile.NamedTemporaryFile("r", suffix=".json") as figures:
        started = time.perf_counter()
        with sink as out:
            launcher = subprocess.Popen([sys.executable, "-c", _LAUNCHER, figures.name, *argv],
                                        stdout=out, stderr=subprocess.PIPE, cwd=cwd)
        peak_kb, finished = 0, threading.Event()

        def poll():
            nonlocal peak_kb
            while not finished.wait(poll_s):
                peak_kb = max(peak_kb, sum(_rss_kb(pid) for pid in _tree(launcher.pid) - {launcher.pid}))

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        errors = launcher.stderr.read()
        launcher.wait()
        wall = time.perf_counter() - started
        finished.set()
        poller.join()
        if launcher.returncode not in (0, 1):  # 1: some records were reported bad, the rest done
            raise RuntimeError(f"{argv} exited {launcher.returncode}: {errors.decode(errors='replace')[-2000:]}")
        measured = json.load(figures)
    return Run(cpu_s=measured["cpu_s"], wall_s=wall, max_rss_mb=measured["max_rss_kb"] / 1024,
               tree_rss_mb=max(peak_kb, measured["max_rss_kb"]) / 1024)
