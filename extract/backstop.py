"""The regex backstop as one CPU-time timer an abstract, for `python -m extract`.

`pipeline.Budget.backstop` bounds a single regex call that backtracks without end: by
default the `regex` module's own `timeout=`, given to every call; each such call reads the
process's CPU clock twice, a system call on this VM (~1.1 us; ~20 reads an abstract over the
mix, ~2% of its CPU time). While `timer_backstop()` is on, abstracts extracted in the
thread that turned it on (the main thread) get `timeout=None` and one timer instead:
`setitimer(ITIMER_PROF, backstop)` (the process's CPU time, what `regex`'s timeout counts),
armed after the abstract's number test and disarmed before its handlers run. `regex`
checks for signals while it matches, so the timer's SIGPROF stops a runaway call with a
TimeoutError, which the pipeline reports as the budget's warning, as it does the timeout's.
Only the main thread takes signals: elsewhere, or where SIGPROF already has a handler (a
profiler), nothing changes.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: The thread whose abstracts the timer guards, or None.
timer_thread: int | None = None
#: Whether the timer is armed (its signal raises only then). Set by the pipeline.
armed = False


def _on_timer(signum, frame) -> None:
    if armed:
        raise TimeoutError("the backstop's CPU time is spent")


def guards_this_thread() -> bool:
    """Whether the timer, not the regex calls' timeouts, is the backstop of this thread's abstracts."""
    return timer_thread is not None and threading.get_ident() == timer_thread


def arm(seconds: float) -> None:
    """Start the timer for one abstract: SIGPROF after `seconds` of the process's CPU time."""
    global armed
    armed = True
    signal.setitimer(signal.ITIMER_PROF, seconds)


def disarm() -> None:
    """Stop the timer, if armed (before any handler of the abstract's errors runs)."""
    global armed
    if armed:
        armed = False
        signal.setitimer(signal.ITIMER_PROF, 0)


@contextmanager
def timer_backstop() -> Iterator[None]:
    """The timer in place of the regex calls' timeouts while the block runs (see above)."""
    global timer_thread
    if (threading.current_thread() is not threading.main_thread() or timer_thread is not None
            or signal.getsignal(signal.SIGPROF) not in (signal.SIG_DFL, None)):
        yield
        return
    previous = signal.signal(signal.SIGPROF, _on_timer)
    timer_thread = threading.get_ident()
    try:
        yield
    finally:
        timer_thread = None
        signal.setitimer(signal.ITIMER_PROF, 0)  # never left armed under the default action (which ends the process)
        signal.signal(signal.SIGPROF, previous)
