"""Inclusive and self shares of a py-spy sampling profile in its raw format (one stack a
line, frames joined by ';', then a space and the sample count):

    py-spy record -r 200 -f raw -o prof.txt -- .venv/bin/python -m extract --jobs 1 FILE > /dev/null
    .venv/bin/python tests/bench/spy_shares.py prof.txt [TOP]

A frame is named by its function and file, not its line, so that a function's samples
add up across its lines (a function that recurses is counted once per stack).
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable

_LINE_NUMBER = re.compile(r":\d+\)$")


def shares(lines: Iterable[str]) -> tuple[int, Counter, Counter]:
    """(samples, inclusive samples per frame, self samples per frame).

    >>> total, inclusive, own = shares(["main (a.py:3);scan (b.py:9) 3", "main (a.py:4);scan (b.py:9);scan (b.py:2) 1"])
    >>> total, inclusive["main (a.py)"], inclusive["scan (b.py)"], own["scan (b.py)"], own["main (a.py)"]
    (4, 4, 4, 4, 0)
    """
    inclusive: Counter = Counter()
    own: Counter = Counter()
    total = 0
    for line in lines:
        stack, _, count = line.rstrip("\n").rpartition(" ")
        if not stack:
            continue
        samples = int(count)
        total += samples
        frames = [_LINE_NUMBER.sub(")", frame) for frame in stack.split(";")]
        for frame in set(frames):
            inclusive[frame] += samples
        own[frames[-1]] += samples
    return total, inclusive, own


def main(path: str, top: int = 40) -> None:
    with open(path, encoding="utf-8") as handle:
        total, inclusive, own = shares(handle)
    print(f"{total} samples")
    for title, counts in (("inclusive", inclusive), ("self", own)):
        print(f"--- {title}")
        for frame, samples in counts.most_common(top):
            print(f"{100 * samples / total:5.1f}% {frame}")


if __name__ == "__main__":
    main(sys.argv[1], *(int(a) for a in sys.argv[2:3]))
