"""Quality scores a system reaches: "1.78 FID", "an FID of 1.24", "FID: 2.81",
"87.3% top-1 accuracy", "FID from 18.65 to 1.80", "76.2% on MMLU".

A strict bound on a quality score ("over 90% accuracy", "FID>100") cannot be ranked
and gives nothing; "up to" / "as high as" report the best value and give a claim.
"""
from __future__ import annotations

import regex

from extract.numbers import find_mentions
from extract.rules.base import Draft, Match, Rule, Site, compile_left, compile_right, drafts
from extract.rules.fragments import STRICT_BOUND, metric_at, metric_list_at, metrics_in
from extract.vocab import benchmark_metrics, dataset_vocabulary, metric_vocabulary

_COST_METRICS = {"latency", "memory", "FLOPs", "MACs", "training time", "speedup", "throughput", "context length"}
_LINK = r"""(?:\s*\([^()]{1,25}\))?(?:\s+(?:scores?|values?|rates?|results?|metric))?\s*(?:of|:|=|is|was|reaches|reaching|reached|at|to|
    equals?|(?:improves?|improved|drops?|dropped|increases?|increased|decreases?|decreased|falls?|rises?|reduced|reduces|boosts?|boosted)\s+to|
    achieving|attaining|with)?\s*(?:(?:up\s+to|as\s+high\s+as|as\s+low\s+as|only|just|a\s+new|new|state-of-the-art|SOTA|an?|the|record|
    remarkable|impressive|competitive|strong|overall|average|mean|best|leading)\s+)*"""


def _declines(site: Site) -> bool:
    mention = site.mentions[0]
    return (mention.sign == "±" or mention.glued or any(m.quantity not in ("plain", "percent") for m in site.mentions)
            or bool(STRICT_BOUND.search(site.left[-25:])))


def _number_then_metric(m: Match):
    if _declines(m.site):
        return None
    names = metric_list_at(m.site.right)
    if not names or names[0] in ("speedup",):
        return None
    out = drafts(m, names[0], "score", "<number> <metric>")
    if len(names) == len(out) > 1:
        for draft, name in zip(out, names):
            draft.metric = name
    return out


def _metric_then_number(m: Match):
    if _declines(m.site):
        return None
    head = m.left.group("head")
    names = metric_list_at(head)
    if not names or names[0] in ("speedup", "training time"):
        return None
    out = drafts(m, names[0], "score", "<metric> of <number>")
    if len(names) == len(out) > 1:
        for draft, name in zip(out, names):
            draft.metric = name
    elif len(names) > 1 and len(out) == 1:
        return None  # "FID/IS of 2.1": which one is ambiguous
    return out


def _overall_score(m: Match):
    """'0.77 overall score on hard prompts' in a benchmark that is its own metric."""
    if _declines(m.site):
        return None
    for name in benchmark_metrics():
        for match, found in dataset_vocabulary().find(m.site.sentence):
            if found == name:
                return drafts(m, name, "score", "<number> score on <benchmark>", dataset=name)
    return drafts(m, "unspecified", "score", "<number> score")


def _from_to(m: Match):
    """'FID from 18.65 to 1.80': two scores, the first for the system before."""
    site = m.site
    mention = site.mentions[0]
    if len(site.mentions) != 1 or mention.value_max is None or " to " not in mention.text:
        return None
    if mention.quantity not in ("plain", "percent", "time", "memory"):
        return None
    names = metrics_in(m.left.group("head"))
    if not names:
        return None
    metric = names[-1][0]
    if metric in ("speedup",):
        return None
    cut = mention.text.index(" to ")
    halves = list(find_mentions(site.sentence, mention.start - site.offset, mention.start - site.offset + cut)) + \
        list(find_mentions(site.sentence, mention.start - site.offset + cut + 4, mention.end - site.offset))
    if len(halves) != 2:
        return None
    out = []
    kind = "score"
    for index, half in enumerate(halves):
        half.start += site.offset
        half.end += site.offset
        if half.quantity == "plain" and mention.quantity != "plain":  # "5.1 to 4.3%": the unit is shared
            half.quantity, half.unit = mention.quantity, mention.unit
        unit = "s" if metric in ("latency", "training time") else (half.unit if half.unit in ("%", "GB", "MB", "s") else None)
        out.append(Draft(mention=half, metric=metric, kind=kind, value=half.value, value_max=None, unit=unit,
                         rule="<metric> from <number> to <number>", role="before" if index == 0 else "after",
                         index=index, size=2))
    return out


def _on_benchmark(m: Match):
    """'achieves 76.2% on MMLU': the metric is the one the sentence names, if any."""
    if _declines(m.site):
        return None
    names = [n for n, _, _ in metrics_in(m.site.sentence) if n not in _COST_METRICS]
    metric = names[0] if names and len(set(names)) == 1 else "unspecified"
    return drafts(m, metric, "score", "<number> on <benchmark>")


_METRIC_BODY = metric_vocabulary().pattern.pattern
_DATASET_BODY = dataset_vocabulary().pattern.pattern

RULES = [
    Rule("<metric> from <number> to <number>", frozenset({"plain", "percent", "time", "memory"}), _from_to,
         left=compile_left(r"(?P<head>[^.;]{0,60}?)\bfrom\s+")),
    Rule("<number> <metric>", frozenset({"plain", "percent"}), _number_then_metric,
         examples=("1.78 FID", "87.3% top-1 accuracy", "14.08 FID scores")),
    Rule("<metric> of <number>", frozenset({"plain", "percent"}), _metric_then_number,
         left=compile_left(rf"(?P<head>(?:{_METRIC_BODY})(?:\s*/\s*(?:{_METRIC_BODY}))*){_LINK}"),
         examples=("an FID of 1.24", "FID: 2.81", "accuracy of 87.3%")),
    Rule("<number> score on <benchmark>", frozenset({"plain", "percent"}), _overall_score,
         right=compile_right(r"(?:(?:overall|average|mean|total)\s+)?scores?\b")),
    Rule("<number> on <benchmark>", frozenset({"plain", "percent"}), _on_benchmark,
         left=compile_left(r"""\b(?:achiev\w*|attain\w*|obtain\w*|reach\w*|scor\w*|record\w*|gets?|getting|yield\w*|sets?|setting|deliver\w*|report\w*)
                 \s+(?:(?:a|an|the|new|state-of-the-art|competitive|strong|average|overall|remarkable|impressive|accuracy\s+of|accuracies\s+of)\s+)*"""),
         right=compile_right(rf"(?:accuracy\s+)?(?:on|in)\s+(?:the\s+)?(?:{_DATASET_BODY})")),
]
