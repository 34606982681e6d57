"""How much of a labelled set's claim gap is naming rather than finding.

    .venv/bin/python tests/bench/naming_gap.py [SET ...] [--list]

For each set (default: every labelled real set, `real` and `holdout*`), the extractor runs
once and its claims are scored twice with the project's own scorer
(`leaderboard.validate.score`): as the spec scores them (metric name and value), and on paper
and value alone (`by_metric=False`). The second is not a score of the spec; it tells whether
a missed claim was not found at all or found under another metric name than the label's.

`--list` prints each labelled claim missed by the spec's match whose paper and value a
prediction has under another metric name: `set, labelled metric <- predicted metric, text`.
That is the list a reader sorts into naming classes (a convention of the spec the extractor
does not apply, or a label's own naming choice).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from extract.sources import read_path
from leaderboard.validate import extract_for_gold, load_labels, score, values_agree

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "fixtures"


def labelled_sets() -> list[str]:
    """`real` and every `holdout*` set, in numeric order."""
    names = [path.name.removesuffix("_gold.jsonl") for path in FIXTURES.glob("*_gold.jsonl")]
    held = sorted((n for n in names if n.startswith("holdout")), key=lambda n: int(n[7:] or 1))
    return ["real", *held]


def naming_misses(predicted: list[dict], missed: list[dict]) -> list[tuple[dict, dict]]:
    """(labelled, predicted) for each missed label that a prediction has by paper and value
    under another metric name."""
    pairs = []
    for gold in missed:
        for claim in predicted:
            if (claim["paper"] == gold["paper"] and claim["metric"].lower() != gold["metric"].lower()
                    and values_agree(claim["value"], gold["value"])):
                pairs.append((gold, claim))
                break
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", help="labelled sets (default: real and every holdout set)")
    parser.add_argument("--list", action="store_true", help="print the claims found under another name")
    args = parser.parse_args()
    for name in args.sets or labelled_sets():
        papers = [p for p in read_path(FIXTURES / f"{name}_papers.jsonl") if hasattr(p, "abstract")]
        gold = load_labels(FIXTURES / f"{name}_gold.jsonl")
        predicted, _ = extract_for_gold(papers, gold)
        spec, by_value = score(predicted, gold), score(predicted, gold, by_metric=False)
        print(f"{name:10} claim F1 {spec.claims.f1:.3f} (R {spec.claims.recall:.3f})   "
              f"paper+value only {by_value.claims.f1:.3f} (R {by_value.claims.recall:.3f})   "
              f"rows {spec.rows.f1:.3f} -> {by_value.rows.f1:.3f}")
        if args.list:
            for gold_claim, claim in naming_misses(predicted, spec.missed):
                print(f"  {gold_claim['metric']!r} <- {claim['metric']!r}   {gold_claim.get('text', '')!r}")


if __name__ == "__main__":
    main()
