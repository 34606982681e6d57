"""Vocabularies as data: metric names with aliases and direction, benchmark names
with aliases. Loaded once; the combined patterns are compiled once per process."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import regex


@dataclass(frozen=True)
class Metric:
    name: str
    direction: str | None  # "lower" or "higher" is better; None for params


def _load(name: str) -> dict:
    return json.loads(files("extract.vocab").joinpath(name).read_text(encoding="utf-8"))


@cache
def metrics() -> dict[str, Metric]:
    return {m["name"]: Metric(m["name"], m["direction"]) for m in _load("metrics.json")["metrics"]}


def metric_direction(name: str) -> str | None:
    """'lower' or 'higher' (is better), or None when unknown.

    >>> metric_direction("FID"), metric_direction("accuracy"), metric_direction("top-20 accuracy")
    ('lower', 'higher', 'higher')
    """
    known = metrics().get(name)
    if known:
        return known.direction
    if regex.fullmatch(r"top-\d+ accuracy|recall@\d+|pass@\d+", name):
        return "higher"
    return None


def _escape_spaces(pattern: str) -> str:
    return pattern.replace("\\ ", " ").replace(" ", "\\ ")


def _alternation(entries: list[tuple[str, list[str], list[str]]], plural_acronyms: bool = False) -> str:
    """One named group per entry: case-insensitive aliases, case-sensitive acronyms.
    Entries with longer aliases come first so that 'top-1 accuracy' beats 'accuracy'."""
    def longest(entry):
        return max((len(a) for a in entry[1] + entry[2]), default=0)
    groups = []
    for index, (_, aliases, acronyms) in enumerate(sorted(entries, key=longest, reverse=True)):
        # Spaces escaped, so the patterns also work inside VERBOSE rule patterns.
        parts = [f"(?i:{_escape_spaces(a)})" for a in sorted(aliases, key=len, reverse=True)]
        # acronyms take a plural "s" ("PSNRs", "FIDs") unless they end in one
        parts += [_escape_spaces(a) + ("" if a.endswith(("s", "S")) or not plural_acronyms else "s?")
                  for a in sorted(acronyms, key=len, reverse=True)]
        if parts:
            groups.append(f"(?P<g{index}>{'|'.join(parts)})")
    return "|".join(groups), sorted(entries, key=longest, reverse=True)


class _Vocabulary:
    def __init__(self, entries: list[tuple[str, list[str], list[str]]], after: str, plural_acronyms: bool = False):
        body, ordered = _alternation(entries, plural_acronyms)
        self.names = {f"g{i}": e[0] for i, e in enumerate(ordered)}
        # A name stands alone: not glued to letters/digits or '@' before it; `after`
        # says what may not follow it.
        self.pattern = regex.compile(rf"(?<![\w@])(?:{body})(?!{after})")

    def find(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else endpos
        for match in self.pattern.finditer(text, pos, endpos):
            yield match, self.names[match.lastgroup]


@cache
def metric_vocabulary() -> _Vocabulary:
    entries = []
    for m in _load("metrics.json")["metrics"]:
        if m["name"] == "params":
            continue
        entries.append((m["name"], m.get("aliases", []), m.get("acronyms", [])))
    # Not followed by a hyphenated continuation: "FID-guided" is not the metric FID.
    return _Vocabulary(entries, after=r"[\w@]|-[A-Za-z\d]", plural_acronyms=True)


def metric_name(match_text: str, name: str) -> str:
    """The canonical name for a metric mention, filling in k where the name has one.

    >>> metric_name("top-20 accuracy", "top-k accuracy"), metric_name("Recall@20", "recall@k"), metric_name("R@1", "recall@k")
    ('top-20 accuracy', 'recall@20', 'recall@1')
    >>> metric_name("pass@10", "pass@k"), metric_name("pass@k", "pass@k")
    ('pass@10', 'pass@k')
    """
    k = regex.search(r"\d+", match_text)
    if name == "top-k accuracy":
        return f"top-{k.group()} accuracy" if k else name
    if name in ("recall@k", "pass@k") and k:  # like top-k accuracy, k is written
        return name.replace("@k", f"@{k.group()}")
    return name


@cache
def dataset_vocabulary() -> _Vocabulary:
    data = _load("datasets.json")
    entries = [(name, [], [regex.escape(name), *aliases]) for name, aliases in data["datasets"].items()]
    # "ImageNet-256" and a glued "ImageNet256x256" are ImageNet at a resolution:
    # a hyphen and digits, or a glued WxH, may follow.
    return _Vocabulary(entries, after=r"[A-Za-z_@]|-[A-Za-z]|\d(?!\d*\s?(?:x|×|times))")


@cache
def model_family_pattern():
    """A name that starts with a known family of systems ('ResNet20', 'Llama-2-7B')."""
    families = sorted(_load("models.json")["families"], key=len, reverse=True)
    return regex.compile(r"(?:" + "|".join(regex.escape(f) for f in families) + r")(?![a-z])")


@cache
def _top1_benchmarks() -> frozenset[str]:
    return frozenset(_load("datasets.json")["accuracy_is_top1"])


_EDITION = regex.compile(r"[- ](?:(?:19|20)\d\d|val\w*|test\w*|\d+x\d+)$")


def board_metric(metric: str, dataset: str | None, kind: str) -> str:
    """The metric a board files a claim under: a score written 'accuracy' on an ImageNet
    classification set is its top-1 accuracy (the board every ImageNet paper reports on),
    so 'ImageNet-1K / accuracy' and 'ImageNet-1K / top-1 accuracy' are one board.
    Changes keep the metric as stated: they are no board's rows.

    >>> board_metric("accuracy", "ImageNet-2012", "score"), board_metric("accuracy", "CIFAR-10", "score")
    ('top-1 accuracy', 'accuracy')
    >>> board_metric("accuracy", "ImageNet", "delta")
    'accuracy'
    """
    if metric == "accuracy" and kind == "score" and dataset and _EDITION.sub("", dataset) in _top1_benchmarks():
        return "top-1 accuracy"
    return metric


@cache
def dataset_words_needing_context() -> frozenset[str]:
    return frozenset(_load("datasets.json")["needs_context"])


@cache
def task_pattern():
    tasks = _load("datasets.json")["tasks"]
    return regex.compile(r"(?i)\b(?:" + "|".join(regex.escape(t) for t in tasks) + r")\b")


#: Benchmarks whose score is also the metric's name (GenEval score -> metric GenEval).
@cache
def benchmark_metrics() -> frozenset[str]:
    names = set(metrics())
    return frozenset(n for n in _load("datasets.json")["datasets"] if n in names)


@cache
def metric_word_prefixes() -> frozenset[str]:
    """The first four letters of every word in a metric name or alias: a cheap test for
    "could a metric be named here?" before a costly search of the whole vocabulary.

    >>> {"fid", "accu", "psnr"} <= metric_word_prefixes()
    True
    """
    prefixes = set()
    for metric in _load("metrics.json")["metrics"]:
        for alias in [metric["name"], *metric.get("aliases", []), *metric.get("acronyms", [])]:
            for word in regex.findall(r"[a-z0-9@]{2,}", regex.sub(r"\\.|\[[^\]]*\]|\(\?[^)]*\)|[?*+{}|()]", " ", alias.lower())):
                if word not in _COMMON_WORDS and not word[0].isdigit():
                    prefixes.add(word[:4])
    return frozenset(prefixes)


#: Words of metric names too common to tell anything ("area under the ROC curve").
_COMMON_WORDS = frozenset(["the", "of", "on", "in", "under", "per", "an", "at", "to", "for", "and", "or", "with", "by", "mean", "average", "avg", "test", "validation", "val", "overall", "total", "score", "scores", "rate", "rates", "time", "cost", "distance", "distances", "curve", "zero", "shot", "classification"])


def may_name_metric(text: str) -> bool:
    """True when some word of `text` could begin a metric's name (see metric_word_prefixes)."""
    prefixes = metric_word_prefixes()
    return any(word[:4] in prefixes for word in regex.findall(r"[a-z0-9@]{2,}", text.lower()))
