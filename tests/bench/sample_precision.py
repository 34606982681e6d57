"""A seeded uniform sample of claims from a dump, printed for judging precision by eye
(the precision7 round, docs/extraction.md, "Precision by frequency (precision7)"):

    .venv/bin/python tests/bench/dump_claims.py POOL.jsonl > claims.jsonl
    .venv/bin/python tests/bench/sample_precision.py claims.jsonl [SEED] [SIZE] > sample.txt

Unlike sample_attribution.py (quotas per kind, for attribution), every claim has the same
chance, so that the share of not-claims, metric errors and kind errors in the sample
estimates the pool's. Each claim is printed with its sentence and the number marked.
"""
from __future__ import annotations

import json
import random
import sys


def main(dump: str, seed: int = 17, size: int = 160) -> None:
    with open(dump, encoding="utf-8") as lines:
        claims = [claim for claim in map(json.loads, lines) if "kind" in claim]
    rng = random.Random(seed)
    for number, claim in enumerate(rng.sample(claims, min(size, len(claims))), 1):
        sentence, text = claim["sentence"], claim["text"]
        marked = sentence.replace(text, f"[[{text}]]", 1) if text in sentence else sentence
        print(f"#{number} [{claim['paper']}] rule={claim['rule']}")
        print(f"   SENT: {marked}")
        print(f"   => {text!r} {claim['metric']} {claim['kind']} {claim['value']}"
              f" | D={claim['dataset']} | M={claim['model']} | B={claim['baseline']} | C={claim['condition']}")
        print()


if __name__ == "__main__":
    main(sys.argv[1], *(int(arg) for arg in sys.argv[2:4]))
