"""Extraction over many papers in worker processes, results in input order.

`ordered_map(func, chunks, jobs)` takes (tag, items) chunks, runs `func` on every item of
a chunk in a worker process, and yields (tag, results) in the order the chunks came,
so the output of `--jobs 2` is that of `--jobs 1`. The caller keeps everything that
must stay in one process (the SQLite writer, stdout) and only hands out items.

- The chunks are read lazily and at most `2 * jobs` are in flight, so memory stays flat
  on a million-paper input (`multiprocessing.Pool.imap` would read the whole input
  ahead, from a thread of its own).
- The first chunk runs in this process, before any fork: whatever `func` imports,
  compiles or caches on first use (the extractor's import and its lazily compiled rule
  patterns, about 0.8 s of CPU) is then done once and inherited by every worker, not
  redone in each. No pool is started unless two chunks are left after it: a small file
  costs no fork.
- Workers are forked where the platform can, so they inherit that state and any
  extractor, picklable or not; they ignore Ctrl-C, which the parent handles (it stops
  them). A parent killed outright leaves them reading a closed queue: they end too
  (tests/test_ingest_live.py checks that none outlives a killed ingest).
- The pool's own threads are started with Ctrl-C blocked (`sigint_to_main_thread`), so
  the kernel hands SIGINT to the main thread: one blocked reading a stalled pipe is
  woken by it and stops. Before this, SIGINT could land on a pool thread, where Python
  only sets a flag that the main thread checks when it next runs, and an ingest reading
  a pipe that had gone quiet stayed blocked until more data came.
- A failure on one item is returned as `Failed`, never raised: one bad paper must not
  sink its chunk.
"""
from __future__ import annotations

import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")
Tag = TypeVar("Tag")


@dataclass(frozen=True)
class Failed:
    """What `func` raised on one item."""

    error: str


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@contextmanager
def sigint_to_main_thread() -> Iterator[None]:
    """Threads (and processes) started inside block SIGINT, so a Ctrl-C sent to this
    process is delivered to the main thread, whose blocking system call it interrupts.
    The kernel gives a process's signal to any thread that does not block it, and
    Python runs handlers only in the main thread: a signal taken by another thread
    waits until the main thread runs Python again. A SIGINT that comes while the
    mask is set is held, and delivered when the block exits."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _apply(func: Callable[[T], Any], items: list[T]) -> list[Any]:
    results: list[Any] = []
    for item in items:
        try:
            results.append(func(item))
        except Exception as error:  # noqa: BLE001 - reported per item by the caller
            results.append(Failed(f"{type(error).__name__}: {error}"))
    return results


#: The function forked workers run (set before the pool forks, so it is never pickled).
_WORKER_FUNC: Callable[[Any], Any] | None = None


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_forked(items: list[Any]) -> list[Any]:
    assert _WORKER_FUNC is not None
    return _apply(_WORKER_FUNC, items)


def ordered_map(func: Callable[[T], Any], chunks: Iterable[tuple[Tag, list[T]]],
                jobs: int) -> Iterator[tuple[Tag, list[Any]]]:
    """(tag, [func(item) or Failed for item in items]) for every chunk, in input order."""
    chunks = iter(chunks)
    if jobs <= 1:
        for tag, items in chunks:
            yield tag, _apply(func, items)
        return
    first = next(chunks, None)
    if first is None:
        return
    yield first[0], _apply(func, first[1])  # here, so that workers fork warm
    head = [chunk for chunk in (next(chunks, None), next(chunks, None)) if chunk is not None]
    if len(head) < 2:  # one chunk left at most: not worth a pool
        for tag, items in head:
            yield tag, _apply(func, items)
        return
    yield from _pooled(func, _prepend(tuple(head), chunks), jobs)


def _prepend(head: tuple, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


def _pooled(func: Callable[[T], Any], chunks: Iterator[tuple[Tag, list[T]]],
            jobs: int) -> Iterator[tuple[Tag, list[Any]]]:
    global _WORKER_FUNC
    import multiprocessing  # here: a run of one process (--jobs 1, a small input) never needs it

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:
        _WORKER_FUNC = func
        context = multiprocessing.get_context("fork")
        run, bound = _run_forked, None
    else:  # spawn: the function travels pickled with every chunk
        context = multiprocessing.get_context()
        run, bound = _apply, func
    with sigint_to_main_thread():  # the pool's threads and workers start with SIGINT blocked
        pool = context.Pool(jobs, initializer=_init_worker)
    pending: deque = deque()
    try:
        for tag, items in chunks:
            args = (items,) if bound is None else (bound, items)
            pending.append((tag, pool.apply_async(run, args)))
            if len(pending) >= 2 * jobs:
                tag_done, result = pending.popleft()
                yield tag_done, result.get()
        while pending:
            tag_done, result = pending.popleft()
            yield tag_done, result.get()
        pool.close()
    finally:
        pool.terminate()  # on an early exit (Ctrl-C, a closed generator) stop the workers now
        pool.join()
        _WORKER_FUNC = None


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of `size` consecutive items (the last may be shorter)."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
