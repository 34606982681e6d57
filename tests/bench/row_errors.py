"""Why a labelled set's leaderboard rows are lost: each labelled row (`score` or `params`)
classed as matched, not found at all, found under another metric name, found but not as a
row (another kind), or found with another dataset and/or model.

    .venv/bin/python tests/bench/row_errors.py SET [SET ...]     # e.g. real holdout15

A row counts only if metric, value, dataset and model all agree (docs/claims-spec.md, "How
extraction is scored"); this says which of those a lost row failed on, with the project's
own scorer's matching (`leaderboard.validate`). Not a score: a diagnostic for choosing work.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from extract.models import Paper
from extract.sources import read_path
from leaderboard.validate import (
    ROW_KINDS,
    _claims_match,
    extract_for_gold,
    load_labels,
    normalise_name,
)

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "fixtures"


def why_lost(predicted: list[dict], label: dict) -> str:
    """'matched', or what the nearest prediction of this labelled row gets wrong."""
    same = [p for p in predicted if p["paper"] == label["paper"] and _claims_match(p, label)]
    if not same:
        named_otherwise = any(p["paper"] == label["paper"] and _claims_match(p, label, by_metric=False) for p in predicted)
        return "another metric name" if named_otherwise else "not found"
    rows = [p for p in same if p["kind"] in ROW_KINDS]
    if not rows:
        return "another kind (not a row)"
    wrong = [which_differs(p, label) for p in rows]
    return "matched" if "matched" in wrong else wrong[0]


def which_differs(p: dict, label: dict) -> str:
    """Of a predicted row whose metric and value agree with the label's: 'matched', or which of
    dataset and model it gets wrong."""
    dataset = normalise_name(p.get("dataset")) == normalise_name(label.get("dataset"))
    model = normalise_name(p.get("model")) == normalise_name(label.get("model"))
    if dataset and model:
        return "matched"
    return "another dataset" if model else "another model" if dataset else "another dataset and model"


def labelled_and_predicted(name: str) -> tuple[list[dict], list[dict]]:
    """Set `name`'s labels and the extractor's claims over its papers, as the scorer sees them."""
    gold = load_labels(FIXTURES / f"{name}_gold.jsonl")
    papers = [p for p in read_path(FIXTURES / f"{name}_papers.jsonl") if isinstance(p, Paper)]
    predicted, _ = extract_for_gold(papers, gold)
    return gold, predicted


def row_errors(name: str) -> tuple[Counter, int]:
    """(why each labelled row of set `name` is lost, predicted rows that match no label)."""
    gold, predicted = labelled_and_predicted(name)
    reasons = Counter(why_lost(predicted, label) for label in gold if label["kind"] in ROW_KINDS)
    return reasons, sum(p["kind"] in ROW_KINDS for p in predicted) - reasons["matched"]


def main(names: list[str]) -> None:
    if not names:
        sys.exit(__doc__)
    total = Counter()
    for name in names:
        reasons, unmatched = row_errors(name)
        total.update(reasons)
        print(f"{name:10s} {sum(reasons.values()):4d} rows: " + ", ".join(f"{why} {n}" for why, n in reasons.most_common())
              + f"; predicted rows matching no label {unmatched}")
    if len(names) > 1:
        print(f"{'all':10s} {sum(total.values()):4d} rows: " + ", ".join(f"{why} {n}" for why, n in total.most_common()))


if __name__ == "__main__":
    main(sys.argv[1:])
