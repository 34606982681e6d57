"""The real set's abstracts, which the fast-path tests run beside the paths they replace."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

REAL_PAPERS = Path(__file__).resolve().parents[1] / "data" / "fixtures" / "real_papers.jsonl"


@lru_cache(maxsize=1)
def _read() -> tuple[str, ...]:
    return tuple(json.loads(line)["abstract"] for line in REAL_PAPERS.read_text(encoding="utf-8").splitlines())


def real_abstracts() -> list[str]:
    """A fresh list each call: callers add to it and slice it."""
    return list(_read())


def real_and_synthetic_abstracts() -> list[str]:
    """The real set's abstracts and the synthetic dev and dev2 sets' (texts the fast-path
    tests run beside the paths they replace): a fresh list each call."""
    data = REAL_PAPERS.parents[1]
    return real_abstracts() + [json.loads(line)["abstract"]
                               for name in ("dev_papers.jsonl", "dev2_papers.jsonl")
                               for line in (data / name).read_text(encoding="utf-8").splitlines() if line.strip()]
