"""A seeded random sample of claims from a dump, printed for judging attribution by eye
(the attrib7 round, docs/extraction.md, "Attribution by frequency (attrib7)"):

    .venv/bin/python tests/bench/dump_claims.py POOL.jsonl > claims.jsonl
    .venv/bin/python tests/bench/sample_attribution.py claims.jsonl POOL.jsonl [SEED] > sample.txt

Draws 130 `score`, 30 `params` and 30 change claims (`delta`, `relative`, `ratio`, for
baselines) at random with the seed (default 7), and prints each with its paper's title,
the sentence that introduces the paper's system (the first with propose/introduce/present),
the sentence before the claim's and its own, so that dataset, model, baseline and condition
can be judged against the spec without opening the abstract.
"""
from __future__ import annotations

import json
import random
import re
import sys

_INTRODUCING = re.compile(r"[^.]*\b(?:we|this paper|this work)\s+(?:\w+\s+)?(?:propose|introduce|present|develop|design)[^.]*\.", re.IGNORECASE)
_QUOTAS = (("score", 130), ("params", 30), ("change", 30))


def _group(kind: str) -> str:
    return "change" if kind in ("delta", "relative", "ratio") else kind


def main(dump: str, pool: str, seed: int = 7) -> None:
    with open(pool, encoding="utf-8") as lines:
        papers = {record["id"]: record for record in map(json.loads, lines)}
    with open(dump, encoding="utf-8") as lines:
        claims = [json.loads(line) for line in lines]
    claims = [claim for claim in claims if "kind" in claim]
    rng = random.Random(seed)
    number = 0
    for group, quota in _QUOTAS:
        members = [claim for claim in claims if _group(claim["kind"]) == group]
        for claim in rng.sample(members, min(quota, len(members))):
            number += 1
            paper = papers.get(claim["paper"], {})
            abstract = paper.get("abstract", "")
            intro = _INTRODUCING.search(abstract)
            start = abstract.find(claim["sentence"])
            before = abstract[max(0, start - 300):start].strip() if start > 0 else ""
            print(f"#{number} [{claim['paper']}] {paper.get('title', '')}")
            if intro:
                print(f"   INTRO: {intro.group(0).strip()[:300]}")
            if before:
                print(f"   BEFORE: ...{before[-300:]}")
            print(f"   SENT: {claim['sentence']}")
            print(f"   => {claim['text']!r} {claim['metric']} {claim['kind']} {claim['value']}"
                  f" | D={claim['dataset']} | M={claim['model']} | B={claim['baseline']} | C={claim['condition']}")
            print()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 7)
