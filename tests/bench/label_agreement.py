"""How far two labellers of the same abstracts agree, scored with the project's own scorer.

    .venv/bin/python tests/bench/label_agreement.py SECOND.jsonl FIRST.jsonl [--list]
        [--fixes FIXES.jsonl --without b|bc]

Each label file is in the gold's shape (spec fields plus `paper`, `title`). The second file is
scored as if it were a prediction against the first (`leaderboard.validate.score`), and then
the other way round: claim F1 and row F1 are symmetric, precision and recall swap, and the
dataset/model/baseline agreement over matched pairs can differ by a tie-break.

`--list` prints every disagreement: claims only one side has, and matched claims whose
dataset, model, baseline or kind differ. This is the list a reader sorts into classes.

`--fixes` reads a file of classified disagreements, one JSON object a line:
    {"class": "a"|"b"|"c", "side": "second"|"first", "op": "drop"|"add"|"set",
     "paper": ..., "metric": ..., "value": ..., "claim": {...}, "fields": {...}, "note": "..."}
`drop` removes the labelled claim (paper, metric, value) from that side, `add` adds `claim` to
it, `set` changes `fields` of it; `none` (class (a): the documents leave the question open, so
neither side is wrong) changes nothing. `--without b` applies the fixes of class (b), the second
labeller's slips; `--without bc` also those of class (c), the first labeller's slips. The label
files themselves are never written: the fixes are applied to copies in memory, so that the
first labels stay as they are until the lead decides.
"""
from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

# the scorer's own matching rule, so that the kind list pairs claims exactly as `score` does
from leaderboard.validate import Report, load_gold, normalise_name, score, values_agree
from leaderboard.validate import _claims_match as claims_match

FIELDS = ("dataset", "model", "baseline")


def _find(labels: list[dict], fix: dict) -> int:
    hits = [i for i, c in enumerate(labels)
            if c["paper"] == fix["paper"] and c["metric"].lower() == fix["metric"].lower()
            and values_agree(c["value"], fix["value"])]
    if not hits:
        raise SystemExit(f"fix names no labelled claim: {fix}")
    return hits[0]


def apply_fixes(labels: list[dict], fixes: list[dict]) -> list[dict]:
    """A copy of `labels` with the fixes applied, in file order."""
    fixed = copy.deepcopy(labels)
    for fix in fixes:
        if fix["op"] == "add":
            fixed.append(dict(fix["claim"], paper=fix["paper"]))
        elif fix["op"] == "drop":
            del fixed[_find(fixed, fix)]
        elif fix["op"] == "set":
            fixed[_find(fixed, fix)].update(fix["fields"])
        elif fix["op"] == "none":  # a class (a) question: recorded, no side is wrong
            _find(fixed, fix)
        else:
            raise SystemExit(f"unknown op in fix: {fix}")
    return fixed


def summary(report: Report) -> str:
    c, r = report.claims, report.rows
    agree = ", ".join(f"{name} {a}/{n}" for name, (a, n) in report.agreement.items())
    kind_a, kind_n = report.kind_agreement
    return (f"claims P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f} "
            f"({c.true_positives} matched, {c.predicted} vs {c.gold})\n"
            f"rows   P {r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f} "
            f"({r.true_positives} matched, {r.predicted} vs {r.gold})\n"
            f"agreement on matched claims: {agree}, kind {kind_a}/{kind_n}")


def _short(claim: dict) -> str:
    rng = f"-{claim['value_max']:g}" if claim.get("value_max") is not None else ""
    attrs = " ".join(f"{f}={claim.get(f)!r}" for f in FIELDS)
    return f"{claim['paper']} {claim['metric']} {claim['kind']} {claim['value']:g}{rng} {attrs}"


def disagreements(report: Report) -> list[str]:
    """Every disagreement of `report`, where 'predicted' is the second labeller."""
    lines = [f"only second: {_short(p)}" for p in report.extra]
    lines += [f"only first:  {_short(g)}" for g in report.missed]
    for p, g, wrong in report.misattributed:
        diffs = "; ".join(f"{f}: second {p.get(f)!r} / first {g.get(f)!r}" for f in wrong)
        lines.append(f"attribute:   {g['paper']} {g['metric']} {g['value']:g}: {diffs}")
    return lines


def kind_disagreements(second: list[dict], first: list[dict]) -> list[str]:
    """Matched pairs whose kind differs. The scorer counts them but keeps no list, so the pairs
    are rebuilt with its rule (same paper and metric, values within 0.5%, both ends of a range;
    among equal candidates the one agreeing on most attributes)."""
    lines, used = [], set()
    for g in first:
        candidates = [(i, p) for i, p in enumerate(second)
                      if i not in used and p["paper"] == g["paper"] and claims_match(p, g)]
        if not candidates:
            continue
        i, p = max(candidates, key=lambda c: sum(normalise_name(c[1].get(f)) == normalise_name(g.get(f))
                                                 for f in FIELDS))
        used.add(i)
        if p["kind"] != g["kind"]:
            lines.append(f"kind:        {g['paper']} {g['metric']} {g['value']:g}: "
                         f"second {p['kind']} / first {g['kind']}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("second", type=Path)
    parser.add_argument("first", type=Path)
    parser.add_argument("--list", action="store_true", help="print every disagreement")
    parser.add_argument("--fixes", type=Path, help="classified disagreements (jsonl)")
    parser.add_argument("--without", choices=("b", "bc"), help="apply the fixes of these classes")
    args = parser.parse_args(argv)

    second, first = load_gold(args.second), load_gold(args.first)
    if args.without:
        if not args.fixes:
            parser.error("--without needs --fixes")
        fixes = load_gold(args.fixes)
        classes = set(args.without)
        chosen = [f for f in fixes if f["class"] in classes]
        second = apply_fixes(second, [f for f in chosen if f["side"] == "second"])
        first = apply_fixes(first, [f for f in chosen if f["side"] == "first"])
        print(f"fixes applied: {len(chosen)} of {len(fixes)} (classes {', '.join(sorted(classes))})")

    print(f"second ({args.second.name}) scored against first ({args.first.name}):")
    print(summary(score(second, first)))
    print("first scored against second:")
    print(summary(score(first, second)))
    if args.list:
        report = score(second, first)
        lines = disagreements(report) + kind_disagreements(second, first)
        print(f"\n{len(lines)} disagreements:")
        for line in lines:
            print(" ", line)


if __name__ == "__main__":
    sys.exit(main())
