"""extract.parallel and `--jobs`: worker processes, output in input order, the same
output for any number of jobs."""
from __future__ import annotations

import io
import json
import os
import signal
import threading
from pathlib import Path

from threads import blocked_signals, threads_blocking_sigint

from extract.__main__ import main as extract_main
from extract.parallel import Failed, chunked, ordered_map, sigint_to_main_thread

ROOT = Path(__file__).resolve().parents[1]
REAL = [ROOT / "data" / "dev_papers.jsonl", ROOT / "data" / "dev2_papers.jsonl",
        ROOT / "data" / "fixtures" / "real_papers.jsonl"]


def _pid_and_square(n: int) -> tuple[int, int]:
    if n == 13:
        raise ValueError("unlucky")
    return os.getpid(), n * n


def test_results_come_in_input_order_from_worker_processes_and_a_failure_stays_one_item():
    chunks = [(index, chunk) for index, chunk in enumerate(chunked(range(40), 3))]
    out = list(ordered_map(_pid_and_square, chunks, jobs=2))
    assert [tag for tag, _ in out] == list(range(14))
    results = [r for _, rs in out for r in rs]
    assert results[13] == Failed("ValueError: unlucky")
    assert [r[1] for i, r in enumerate(results) if i != 13] == [n * n for n in range(40) if n != 13]
    # The first chunk runs here (so workers fork with what it loaded), the rest in workers.
    assert [r[0] for r in results[:3]] == [os.getpid()] * 3
    assert os.getpid() not in {r[0] for r in results[3:] if not isinstance(r, Failed)}


_loaded: list[int] = []


def _pid_and_loads(n: int) -> tuple[int, int]:
    if not _loaded:  # what a first call loads (an import, compiled patterns)
        _loaded.append(os.getpid())
    return os.getpid(), _loaded[0]


def test_workers_inherit_what_the_first_chunk_loaded_instead_of_loading_it_again():
    _loaded.clear()
    results = [r for _, rs in ordered_map(_pid_and_loads, [(i, [i, i]) for i in range(8)], jobs=2) for r in rs]
    assert {loader for _, loader in results} == {os.getpid()}
    assert {pid for pid, _ in results[2:]} - {os.getpid()}  # the later chunks did run in workers


def test_one_job_or_one_chunk_runs_in_this_process_and_a_closure_works_in_workers():
    one_chunk = list(ordered_map(_pid_and_square, [("a", [1, 2])], jobs=4))
    assert one_chunk == [("a", [(os.getpid(), 1), (os.getpid(), 4)])]
    two_chunks = list(ordered_map(_pid_and_square, [("a", [1]), ("b", [2])], jobs=4))
    assert two_chunks == [("a", [(os.getpid(), 1)]), ("b", [(os.getpid(), 4)])]
    offset = 100
    forked = list(ordered_map(lambda n: n + offset, [(i, [i]) for i in range(5)], jobs=2))  # not picklable
    assert forked == [(i, [i + 100]) for i in range(5)]


def _extract(args: list[str]) -> tuple[str, str, int]:
    out, err = io.StringIO(), io.StringIO()
    status = extract_main(args, stdout=out, stderr=err, stdin=io.StringIO())
    return out.getvalue(), err.getvalue(), status


def test_python_m_extract_gives_the_same_output_for_any_jobs(tmp_path):
    bad = tmp_path / "mixed.jsonl"
    lines = [line for path in REAL for line in path.read_text().splitlines()]
    lines.insert(70, "{not json")  # a bad record keeps its place among the others
    bad.write_text("\n".join(lines) + "\n")
    one = _extract([str(bad), "--jobs", "1"])
    two = _extract([str(bad), "--jobs", "2"])
    assert one == two
    assert one[2] == 1 and "mixed.jsonl:71" in one[1]
    assert len(one[0].splitlines()) > 300 and all(json.loads(line) for line in one[0].splitlines())


def test_while_a_pool_runs_only_the_main_thread_takes_ctrl_c():
    # The kernel gives SIGINT to any thread that does not block it; one taken by a pool
    # thread left an ingest blocked on a quiet pipe (tests/test_ingest_live.py hung).
    seen = []

    def chunks():
        for index, chunk in enumerate(chunked(range(12), 3)):
            if index == 3:  # the pool is running: its threads exist now
                seen.append(threads_blocking_sigint())
            yield index, chunk

    list(ordered_map(_pid_and_square, chunks(), jobs=2))
    (blocking,) = seen
    main = threading.main_thread().name
    assert len(blocking) > 1, "the pool's threads were not running"
    assert blocking.pop(main) is False, "the main thread must take SIGINT"
    assert all(blocking.values()), blocking
    assert signal.SIGINT not in blocked_signals(threading.get_native_id())


def test_a_sigint_sent_while_blocked_is_delivered_when_the_block_ends():
    got = []
    previous = signal.signal(signal.SIGINT, lambda number, frame: got.append(number))
    try:
        with sigint_to_main_thread():
            assert signal.SIGINT in blocked_signals(threading.get_native_id())
            signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)
            assert got == []  # held
        assert got == [signal.SIGINT]
    finally:
        signal.signal(signal.SIGINT, previous)
