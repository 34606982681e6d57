"""Which threads of this process block which signals (Linux: /proc/self/task/*/status)."""
from __future__ import annotations

import signal
import threading
from pathlib import Path


def blocked_signals(native_id: int) -> set[int]:
    """The signals the thread `native_id` of this process blocks (its SigBlk mask)."""
    status = Path(f"/proc/self/task/{native_id}/status").read_text()
    mask = int(next(line.split()[1] for line in status.splitlines() if line.startswith("SigBlk:")), 16)
    return {number for number in range(1, 65) if mask >> (number - 1) & 1}


def threads_blocking_sigint() -> dict[str, bool]:
    """Each running thread's name: whether it blocks SIGINT."""
    return {thread.name: signal.SIGINT in blocked_signals(thread.native_id)
            for thread in threading.enumerate() if thread.native_id is not None}
