"""Extraction speed and memory (`make bench`): 10,000+ abstracts, reported as
abstracts/s and as a ratio to a bare number-regex scan of the same text, both
measured in this process. Not part of `make test`'s pass/fail."""
from __future__ import annotations

import json
import re
import time
import tracemalloc
from pathlib import Path

import pytest

from extract.models import Paper
from extract.pipeline import extract_paper
from extract.sources import default_corpus_path, read_path

ROOT = Path(__file__).resolve().parents[2]
TARGET = 10_000
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _corpus() -> list[Paper]:
    papers = [p for p in read_path(default_corpus_path())]
    papers += [Paper(id=r["id"], title=r["title"], abstract=r["abstract"])
               for r in map(json.loads, (ROOT / "data" / "dev_papers.jsonl").read_text().splitlines())]
    copies = -(-TARGET // len(papers))
    return [p.model_copy(update={"id": f"{p.id}-{i}"}) for i in range(copies) for p in papers]


CORPUS = _corpus()


def _scan_numbers(papers) -> int:
    return sum(1 for p in papers for _ in _NUMBER.finditer(p.abstract))


def _extract(papers) -> int:
    return sum(len(extract_paper(p).claims) for p in papers)


def _seconds(fn, papers) -> float:
    start = time.perf_counter()
    fn(papers)
    return time.perf_counter() - start


@pytest.mark.benchmark(group="extract-10k")
def test_bare_number_scan(benchmark):
    benchmark.extra_info["abstracts"] = len(CORPUS)
    benchmark.pedantic(_scan_numbers, args=(CORPUS,), rounds=3, iterations=1)


@pytest.mark.benchmark(group="extract-10k")
def test_extraction(benchmark):
    baseline = min(_seconds(_scan_numbers, CORPUS) for _ in range(3))
    claims = benchmark.pedantic(_extract, args=(CORPUS,), rounds=3, iterations=1)
    seconds = benchmark.stats.stats.min
    benchmark.extra_info.update({
        "abstracts": len(CORPUS), "claims": claims,
        "abstracts_per_s": round(len(CORPUS) / seconds, 1),
        "ratio_to_number_scan": round(seconds / baseline, 1),
    })
    print(f"\nextraction: {len(CORPUS) / seconds:,.0f} abstracts/s, {seconds / baseline:,.0f}x a bare number scan "
          f"({len(CORPUS) / baseline:,.0f} abstracts/s)")


@pytest.mark.benchmark(group="extract-memory")
def test_extraction_memory(benchmark):
    papers = CORPUS[:1000]

    def peak_mb():
        tracemalloc.start()
        _extract(papers)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak / 1e6

    peak = benchmark.pedantic(peak_mb, rounds=1, iterations=1)
    benchmark.extra_info["peak_mb_per_1000_abstracts"] = round(peak, 1)
    print(f"\npeak traced memory while extracting 1,000 abstracts: {peak:.1f} MB")
