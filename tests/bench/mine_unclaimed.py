"""The result-shaped numbers the extractor leaves without a claim (or gives only an
`unspecified` one), one JSON object a line, to find by frequency what real abstracts say
that no rule reads (docs/extraction.md, "Recall by frequency (recall6)"):

    .venv/bin/python tests/bench/mine_unclaimed.py PATH... > unclaimed.jsonl

A number is result-shaped when it is a percentage, a factor (`x`, `times`, `-fold`),
`points`, a time, memory or rate, a number followed by a physical unit, or a decimal
with a metric word or an acronym within a few words. Each line gives the paper, the
sentence, the number as written, its shape and whether it got no claim (`none`) or an
`unspecified` one. Numbers glued to names, `±` intervals and digits in URLs are left out,
as the extractor leaves them out.
"""
from __future__ import annotations

import json
import re
import sys

from extract.models import Paper
from extract.numbers import find_mentions
from extract.pipeline import extract_paper
from extract.sentences import split_sentences
from extract.sources import read_path
from extract.text import repair
from extract.vocab import metric_vocabulary

#: Units the number scanner does not know, written after a number ("167.7 N", "12 ms").
_PHYSICAL_UNIT = re.compile(r"\s?(?:dB|Hz|kHz|MHz|GHz|mm|cm|m|km|N|Nm|W|kW|mW|J|kJ|Mbps|Gbps|kbps|FPS|fps|"
                            r"m/s|km/h|°|deg|degrees|K|V|mV|mAh|Wh|kWh|GFLOPs|TFLOPs|FLOPs)\b")
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z0-9@-]*[A-Z][A-Za-z0-9@-]*\b")
_WINDOW = 40  # characters either side of a decimal searched for a metric word or an acronym


def _shape(mention, sentence: str) -> str | None:
    """What makes the number look like a result, or None."""
    if mention.glued or mention.sign == "±":
        return None
    if mention.quantity in ("percent", "ratio", "points", "time", "memory", "rate"):
        return mention.quantity
    if _PHYSICAL_UNIT.match(sentence, mention.end):
        return "unit"
    if "." in mention.text:
        near = sentence[max(0, mention.start - _WINDOW):mention.end + _WINDOW]
        if metric_vocabulary().search(near) or _ACRONYM.search(near):
            return "decimal"
    return None


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def unclaimed(paper: Paper) -> list[dict]:
    claims = extract_paper(paper, budget_s=1000.0).claims
    named = [c.span for c in claims if c.metric != "unspecified"]
    unnamed = [c.span for c in claims if c.metric == "unspecified"]
    repaired = repair(paper.abstract)
    out = []
    for start, _end, sentence in split_sentences(repaired.text):
        for mention in find_mentions(sentence):
            shape = _shape(mention, sentence)
            if shape is None:
                continue
            span = repaired.original_span(start + mention.start, start + mention.end)
            if _overlaps(span, named):
                continue
            out.append({"paper": paper.id, "number": mention.text, "shape": shape,
                        "status": "unspecified" if _overlaps(span, unnamed) else "none", "sentence": sentence})
    return out


def main(paths: list[str]) -> None:
    for path in paths:
        for item in read_path(path):
            if isinstance(item, Paper):
                for record in unclaimed(item):
                    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
