"""Every claim the extractor gives over some inputs, one JSON object a line, for a
before/after diff of a change meant to keep the output (a speed-up):

    .venv/bin/python tests/bench/dump_claims.py PATH... > before.jsonl
    ... change ...
    .venv/bin/python tests/bench/dump_claims.py PATH... > after.jsonl && cmp before.jsonl after.jsonl

Papers are read with the extractor's own readers; the budget is set far above any
abstract's time so that a loaded machine cannot cut one short and show a false diff.
"""
from __future__ import annotations

import json
import sys

from extract.models import Paper
from extract.pipeline import extract_paper
from extract.sources import read_path


def main(paths: list[str]) -> None:
    for path in paths:
        for item in read_path(path):
            if not isinstance(item, Paper):
                continue
            extraction = extract_paper(item, budget_s=1000.0)
            for claim in extraction.claims:
                record = claim.spec_dict()
                record.update(span=claim.span, sentence=claim.sentence, rule=claim.rule)
                sys.stdout.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            for warning in extraction.warnings:
                sys.stdout.write(json.dumps({"warning": warning}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
