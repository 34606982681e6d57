"""One board per benchmark: dataset aliases merged, board names, and which metrics are
costs rather than quality.

Stored claims keep the dataset as the extractor wrote it; older extractor versions and
other sources spell one benchmark several ways (`UCF-101`, `UCF101`). The board side
merges them through the extractor's own vocabulary (extract/vocab/datasets.json), and
names a dataset the vocabulary does not know by its most frequent spelling among those
that differ only in case and punctuation.
"""
from __future__ import annotations

import re
from functools import cache

import numpy as np
import pandas as pd

from extract.vocab import dataset_vocabulary

BOARD_SEPARATOR = " / "

#: Metrics that measure what a result costs, not how good it is: never ranked as a
#: board of their own; shown beside quality boards and in the efficiency view.
COST_METRICS = frozenset({"training time", "latency", "memory", "FLOPs", "MACs", "params", "throughput"})


def board_key(dataset: str, metric: str) -> str:
    """The name of a board, as the page, the URL and `export --board` show it. A
    benchmark scored by its own metric (GenEval on GenEval) is named once.

    >>> board_key("ImageNet 256x256", "FID"), board_key("GenAI-Bench", "GenAI-Bench")
    ('ImageNet 256x256 / FID', 'GenAI-Bench')
    """
    return dataset if dataset == metric else f"{dataset}{BOARD_SEPARATOR}{metric}"


def parse_board_key(key: str) -> tuple[str, str]:
    """(dataset, metric) of a board key. Dataset names may hold " / " themselves, metric
    names never do, so the last separator splits; a key without one is a benchmark
    scored by its own metric. URL form (`ImageNet 256x256/FID`) is read too.

    >>> parse_board_key("COCO / val / FID"), parse_board_key("GenEval"), parse_board_key("ImageNet 256x256/FID")
    (('COCO / val', 'FID'), ('GenEval', 'GenEval'), ('ImageNet 256x256', 'FID'))
    """
    key = key.strip()
    if not key:
        raise ValueError("not a board: an empty name")
    dataset, sep, metric = key.rpartition("/")  # " / " or the URL's bare "/"
    if sep and dataset.strip() and metric.strip():
        return dataset.strip(), metric.strip()
    return key, key


def url_board(dataset: str, metric: str) -> str:
    """A board as written in `?board=`: dataset and metric joined by a bare slash.

    >>> url_board("ImageNet 256x256", "FID"), url_board("GenEval", "GenEval")
    ('ImageNet 256x256/FID', 'GenEval')
    """
    return dataset if dataset == metric else f"{dataset}/{metric}"


def _spelling_key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())


@cache
def vocabulary_name(name: str) -> str | None:
    """The vocabulary's canonical name when `name` is wholly one of its aliases.

    >>> vocabulary_name("UCF-101"), vocabulary_name("ImageNet 256x256"), vocabulary_name("Nowhere")
    ('UCF101', None, None)
    """
    vocabulary = dataset_vocabulary()
    found = vocabulary.pattern.fullmatch(name.strip())
    return vocabulary.names[found.lastgroup] if found else None


def canonical_datasets(datasets: pd.Series) -> pd.Series:
    """Each dataset under one name per benchmark (missing ones stay missing)."""
    codes, names = pd.factorize(datasets)  # names in order of first appearance; missing: -1
    if not len(names):
        return datasets
    mapping = canonical_names(names.tolist(), np.bincount(codes[codes >= 0], minlength=len(names)))
    return datasets.map(mapping).astype(datasets.dtype)


def canonical_names(names: list[str], counts: np.ndarray) -> dict[str, str]:
    """The board name of each distinct dataset spelling, given `names` in order of first
    appearance and how many claims use each. (Counts, not rows: the streaming export
    holds each spelling once.)"""
    chosen: dict[str, str] = {}  # spelling key -> the name shown
    # Most frequent first, ties in order of first appearance (pandas' value_counts order).
    by_frequency = [names[i] for i in np.argsort(-np.asarray(counts), kind="stable")]
    for name in by_frequency:
        canonical = vocabulary_name(name) or name
        key = _spelling_key(canonical)
        # A vocabulary name always wins; otherwise the first (most frequent) spelling.
        if key not in chosen or vocabulary_name(name):
            chosen[key] = canonical
    return {name: chosen[_spelling_key(vocabulary_name(name) or name)] for name in names}
