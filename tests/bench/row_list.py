"""Every predicted leaderboard row that matches no label, with the label it came nearest to.

    .venv/bin/python tests/bench/row_list.py SET [SET ...]         # e.g. real holdout15
    .venv/bin/python tests/bench/row_list.py --json SET ...         # one JSON a line

A predicted row (`score` / `params`) that the row score does not match is printed with its
rule, metric, value, dataset, model and sentence, and why: `another model` / `another dataset` /
`another dataset and model` (a labelled row of the same paper with the same metric and value
that no prediction matched), `another metric` (same value, another name), `not a row label`
(the value is labelled, but as a claim of another kind), or `no label` (nothing in the paper's
labels holds the value). The lost labelled rows are row_errors.py's; this lists the false rows,
which are the other half of a wrong one. Not a score: a diagnostic for choosing work.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from leaderboard.validate import ROW_KINDS, _claims_match, row_pairs

# row_errors.py, beside this file: found whether this runs as a script or is collected by pytest
sys.path.insert(0, str(Path(__file__).resolve().parent))
from row_errors import labelled_and_predicted, which_differs


def false_rows(name: str) -> list[dict]:
    """The predicted rows of set `name` the row score does not match, each with `why` and `label`."""
    gold, predicted = labelled_and_predicted(name)
    rows_p = [p for p in predicted if p["kind"] in ROW_KINDS]
    rows_g = [g for g in gold if g["kind"] in ROW_KINDS]
    pairs = row_pairs(rows_p, rows_g)  # the scorer's own matching
    used_p, used_g = set(pairs.values()), set(pairs)
    out = []
    for i, p in enumerate(rows_p):
        if i in used_p:
            continue
        free = [g for j, g in enumerate(rows_g) if j not in used_g and p["paper"] == g["paper"]]
        label, why = None, "no label"
        for g in free:
            if _claims_match(p, g):
                label, why = g, which_differs(p, g)
                break
        else:
            near = [g for g in free if _claims_match(p, g, by_metric=False)]
            if near:
                label, why = near[0], "another metric"
            else:
                other = [g for g in gold if g["paper"] == p["paper"] and g["kind"] not in ROW_KINDS and _claims_match(p, g, by_metric=False)]
                if other:
                    label, why = other[0], "not a row label"
        out.append({"set": name, "why": why, "predicted": p, "label": label})
    return out


def _short(c: dict | None) -> str:
    if c is None:
        return "-"
    return (f"{c.get('kind')} {c.get('metric')}={c.get('value')}"
            + (f"..{c['value_max']}" if c.get("value_max") is not None else "")
            + f" ds={c.get('dataset')} model={c.get('model')} base={c.get('baseline')}")


def main(argv: list[str]) -> None:
    as_json = "--json" in argv
    names = [a for a in argv if a != "--json"]
    if not names:
        sys.exit(__doc__)
    total = Counter()
    for name in names:
        for row in false_rows(name):
            total[row["why"]] += 1
            p = row["predicted"]
            if as_json:
                print(json.dumps(row, ensure_ascii=False, default=str))
                continue
            print(f"[{name}] {row['why']}: {p['paper']} rule={p.get('rule')}\n  pred  {_short(p)}\n"
                  f"  label {_short(row['label'])}\n  sent  {p.get('sentence')}")
    print(f"# false rows: {sum(total.values())}: " + ", ".join(f"{w} {n}" for w, n in total.most_common()), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
