"""The kind of a percentage change: `delta` or `relative`.

REAL_README's convention, which the labelled sets follow: a gain written in % on a
metric whose values are themselves percentages (accuracy, mAP, mIoU, success rate,
pass@k, ...) is an absolute difference in points, a `delta` with unit `%`, unless the
abstract says relative; on other quantities (MSE, FVD, FLOPs, latency, a named cost)
it is a `relative` change. Rules say `relative` for every % change; this one function
decides, once the claim's metric is final (after lists, elided numbers and board
names have settled it), so every rule follows the same convention.

Error rates (WER, CER, error rate, hallucination rate) are percentages too, but their
reductions are customarily relative ("a 16.5% WER reduction"): all nine such labels in
the labelled sets are `relative`, so they stay relative.
"""
from __future__ import annotations

from extract.deferred import re
from extract.rules.fragments import (
    COST_METRICS,
    KEEP_VERB,
    NUMBER_THEN_ACRONYM,
    REFERENCE_WORD_BEFORE_RESULT,
    SHARE_OF,
    VARIANT_PREFIX,
    acronym_after,
)

#: Metrics whose values are percentages: a % gain on them is in points.
PERCENT_VALUED = frozenset({
    "accuracy", "top-1 accuracy", "top-5 accuracy", "top-k accuracy", "mAP", "mIoU", "gIoU", "cIoU", "F1", "precision",
    "recall", "AUROC", "AUPRC", "AUC", "Dice", "lesion-wise Dice", "pass@1", "pass@k", "exact match", "win rate",
    "success rate", "attack success rate", "parse success rate", "route completion", "task completion", "specificity", "IDF1", "MOTA",
    "HOTA", "AMOTA", "Hits@k", "GLUE", "SuperGLUE", "VBench", "PQ",  # panoptic quality (read84)
})
#: A metric's variant named with a capitalised prefix (fragments.VARIANT_PREFIX): "LET-mAP", "P-AUROC".
_VARIANT = re.compile(rf"{VARIANT_PREFIX}(?P<base>[a-z]?[A-Z].*)")
#: Metric names written with their own k ("pass@10", "top-20 accuracy") or a qualifier ("keyword accuracy").
_PERCENT_VALUED_FORM = re.compile(r"(?:pass@\d+|top-\d+ accuracy|.* accuracy|.* success rate)")
#: The abstract says the change is relative: "27% (relative)", "a 7.8% relative increase",
#: "relatively"; not "relative to X", which names a comparator.
_RELATIVE_AFTER = re.compile(r"(?i)\s*(?:\(\s*relative\s*\)|(?:\w+\s+)?relative(?:ly)?\b(?!\s+to\b))")
#: "relative" a few words before the number: "relative improvements of up to 49%" (four words
#: between, as `_ABSOLUTE_BEFORE` allows; read44).
_RELATIVE_BEFORE = re.compile(r"(?i)\brelative(?:ly)?\s+(?:\w+\s+){0,4}$")
#: The abstract says the change is in points: "a 7.0% absolute gain", "+2.1% (absolute)",
#: "absolute improvements of 3%", "absolute mcIoU improvements of around 7%" (read35: four
#: words between); not the name of an error ("mean absolute error").
_NOT_AN_ERROR_NAME = r"(?!\s+(?:percentage\s+)?(?:errors?|deviations?|differences?|values?)\b)"
_ABSOLUTE_AFTER = re.compile(rf"(?i)\s*(?:\(\s*absolute\s*\)|(?:\w+\s+)?absolute(?:ly)?\b{_NOT_AN_ERROR_NAME})")
_ABSOLUTE_BEFORE = re.compile(rf"(?i)\babsolute(?:ly)?{_NOT_AN_ERROR_NAME}\s+(?:\w+\s+){{0,4}}$")
#: After a kept share's number: "of", or "performance of" with the first "of" left out, or the
#: reference's own word before its result ("98.9% native performance", "96% original accuracy"; read76).
_SHARE_AFTER = re.compile(rf"\s*(?:(?:performance\s+)?of\b|{REFERENCE_WORD_BEFORE_RESULT})")
#: A verb of keeping or reaching right before the number: "retains 83% of", "achieves 86% of".
_KEPT = re.compile(
    rf"(?i)\b{KEEP_VERB}\s+(?:(?:about|around|over|nearly|roughly|approximately|up\s+to|only|just|at\s+least|more\s+than|≥|>=?)\s*)?$")


def is_percent_valued(metric: str) -> bool:
    """Whether a metric's values are percentages, so that a % gain on it is in points.

    >>> is_percent_valued("mAP"), is_percent_valued("pass@10"), is_percent_valued("WER"), is_percent_valued("FID")
    (True, True, False, False)
    """
    if metric in PERCENT_VALUED or _PERCENT_VALUED_FORM.fullmatch(metric):
        return True
    variant = _VARIANT.fullmatch(metric)  # "LET-mAP": a variant's values are its base metric's (read35)
    return bool(variant) and variant.group("base") in PERCENT_VALUED


def change_kind(kind: str, unit: str | None, metric: str, left: str, right: str, quantity_named: bool = False,
                list_right: str = "", largest: float = 0.0) -> str:
    """The kind of a change claim, given the sentence `left` and `right` of its number.
    A member of a list is read with the words of its list as well (pipeline._kind_evidence):
    `left` is then the text before the list's head, and `list_right` the words after the
    list (or after its head, for numbers elided after it), which its own words overrule.
    `largest` is the change's largest value: over 100% it cannot be points of a percentage.

    An `unspecified` gain (the abstract names no metric: "outperforms X by 8.1%") is a
    benchmark result in points, like the labelled sets' unspecified gains, unless the
    change names the quantity that changed (`quantity_named`: "reducing tool usage by
    66.5%") or is a share ("retaining 98.1% of the performance").

    >>> change_kind("relative", "%", "accuracy", "improves accuracy by ", " on X"), change_kind("relative", "%", "FID", "reduces FID by ", "")
    ('delta', 'relative')
    >>> change_kind("relative", "%", "mAP", "a ", " relative gain in mAP")
    'relative'
    >>> change_kind("relative", "%", "accuracy", "keeps ", " of the accuracy")
    'relative'
    >>> change_kind("relative", "%", "AUROC", "outperforms X by ", " of AUROC on Y")
    'delta'
    >>> change_kind("relative", "%", "unspecified", "a ", " absolute gain", True), change_kind("relative", "%", "MAE", "cuts the mean absolute error by ", "")
    ('delta', 'relative')
    >>> change_kind("relative", "%", "accuracy", "a 98%-", " improvement in accuracy", largest=133.0)
    'relative'
    """
    if kind != "relative" or unit != "%":
        return kind
    for said in (right, list_right):
        if _RELATIVE_AFTER.match(said[:40]):
            return "relative"
        if _ABSOLUTE_AFTER.match(said[:40]):
            return "delta"  # the abstract says points, whatever the metric's values are
    if "elativ" in left and _RELATIVE_BEFORE.search(left[-40:]):
        return "relative"
    if "bsolut" in left and _ABSOLUTE_BEFORE.search(left[-40:]):
        return "delta"
    if (_SHARE_AFTER.match(right) or _SHARE_AFTER.match(list_right)) and _KEPT.search(left[-40:]):
        # "keeps 99% of the accuracy", "achieves 86% of fully supervised accuracy", "achieves
        # 102.1% performance of full fine-tuning": a share of a reference's result is a ratio
        # to it, whatever the metric's values are ("by 3.1% of AUROC" is not one: points of the metric)
        return "relative"
    if largest > 100:
        return "relative"  # "a 98%-133% improvement in accuracy": no gain in points exceeds 100
    if metric == "unspecified":
        if quantity_named or SHARE_OF.match(right) or acronym_after(right[:40]) or NUMBER_THEN_ACRONYM.search(left):
            # a named quantity, a share, or a metric the vocabulary does not know ("+2.8 ANLS",
            # "0.62/1.11 TEPE ... (17.3% improvements)"), which may be an error: relative
            return "relative"
        return "delta"
    return "delta" if is_percent_valued(metric) else "relative"


#: Metrics whose values are never below zero: a level written with a minus sign on one of
#: them ("PSNR −0.97%", "SSIM --0.6%", "mIoU -1.2") is a change, as a plus sign makes any
#: score one. A metric that can be negative (a return, a reward, a correlation, a score
#: left unnamed) keeps its signed level ("a return of −142.6").
_NEVER_NEGATIVE = frozenset({
    "PSNR", "SSIM", "MS-SSIM", "LPIPS", "FID", "FVD", "KID", "BLEU", "ROUGE-L", "METEOR", "CIDEr",
    "RMSE", "MAE", "MSE", "AbsRel", "Chamfer distance", "EPE", "ATE", "WER", "CER", "error rate", "perplexity",
    "NDCG", "MRR", "SPL", "driving score",
})
#: The words before a number that make its level a change: an ablation's "contributes 5.18 F1
#: points", "accounts for 3.1 mIoU"; a gap closed "to within 0.6% average accuracy".
_CHANGE_BEFORE_LEVEL = re.compile(
    r"(?i)(?:\b(?:contribut(?:es|ed|ing|e)|accounts?\s+for|accounted\s+for)"
    r"|\bgaps?\b[^.;,]{0,60}?\bto(?:\s+within)?)"
    r"\s+(?:(?:about|around|approximately|roughly|nearly|only|just|up\s+to|over|more\s+than|a|an)\s+)*$")


def signed_by_nature(metric: str) -> bool:
    """Whether a metric's level carries a sign of its own, so that "+0.54" is a level, not a
    gain: a correlation (Pearson, Spearman, Kendall's tau, Matthews) runs from -1 to +1.

    >>> signed_by_nature("Spearman correlation"), signed_by_nature("Kendall's tau"), signed_by_nature("accuracy")
    (True, True, False)
    """
    return "correlation" in metric or metric in _CORRELATIONS


_CORRELATIONS = frozenset({"Kendall's tau", "MCC"})


def signed_level_is_change(sign: str | None, metric: str) -> bool:
    """Whether a score written with a minus sign is a change: its metric is never negative.

    >>> signed_level_is_change("-", "PSNR"), signed_level_is_change("-", "accuracy"), signed_level_is_change("-", "return")
    (True, True, False)
    >>> signed_level_is_change(None, "PSNR")
    False
    """
    return sign == "-" and (metric in _NEVER_NEGATIVE or is_percent_valued(metric))


def level_read_as_change(left: str) -> bool:
    """Whether the words before a score's number make it a change: a part's contribution
    ("visual verification contributes 5.18 F1 points") or a gap closed to a size ("narrowing
    the gap with RL-trained models to within 0.6% average accuracy").

    >>> level_read_as_change("Ablations show the memory module contributes "), level_read_as_change("narrowing the gap with X to within ")
    (True, True)
    >>> level_read_as_change("FooNet achieves "), level_read_as_change("contributes to an accuracy of ")
    (False, False)
    """
    tail = left[-120:]
    # the pattern's words, asked as substrings first: a regex search along the window costs
    # ~20k instructions a score, and nearly no score has any of them before it
    return ("ontribut" in tail or "ccount" in tail or "gap" in tail.lower()) and bool(_CHANGE_BEFORE_LEVEL.search(tail))


def example_of_change(left: str, right: str) -> bool:
    """Whether a number opens a bracket that gives an example of the change noun before it:
    "a significant gain (e.g., ~4 AP on COCO)" is the gain's size, no level reached (review34);
    a pair of levels in the bracket ("by a decent margin (90.3 versus 89.8)") is not.

    >>> example_of_change("a significant gain (e.g., ~", " AP on COCO)"), example_of_change("gains (", " vs. 43.2)")
    (True, False)
    """
    tail = left[-60:]
    return ("(" in tail and bool(_CHANGE_NOUN_THEN_BRACKET.search(tail))
            and not _PAIR_AFTER.match(right))


#: A change noun, then a bracket that opens an example of it: "gain (e.g., ~", "improvements (".
_CHANGE_NOUN_THEN_BRACKET = re.compile(
    r"(?i)\b(?:gains?|improvements?|boosts?|increases?|reductions?|drops?)\s*\(\s*(?:(?:e\.g\.|i\.e\.)\s*,?\s*)?(?:~|about\s+|around\s+|up\s+to\s+)?$")
#: The rest of a pair of levels after its first number: " vs. 43.2", "% versus 89.8".
_PAIR_AFTER = re.compile(r"(?i)\s*(?:%|\\%|[a-z@\d-]+)?\s*(?:vs\.?|versus)\b")


#: A count over a count written with a slash: "success rates of 12/15 and 15/15", "solved 7/10
#: tasks". Neither part is a level of the metric (12 is no success rate); a list of levels
#: written with slashes ("81.1%/89.4%", "273/169/124/78 FPS", "0.62/1.11 TEPE") is not one.
_COUNT_OVER = re.compile(r"/(?P<whole>\d{1,4})(?![\d/%]|[.,]\d|\s*(?:%|\\%|percent|x\b|×))")
_COUNT_UNDER = re.compile(r"(?<![\d.,/])(?P<part>\d{1,4})/$")
_NOT_WHOLE_AFTER = re.compile(r"[\d/%]|[.,]\d|\s*(?:%|\\%|percent|x\b|×)")


def count_fraction_part(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a whole number, is a part of a count fraction "<k>/<n>"
    (k <= n, both whole, nothing else slashed to them, no unit).

    >>> t = "a success rate of 12/15 and 5/15, 273/169 FPS; 81/89%"
    >>> count_fraction_part(t, 18, 20), count_fraction_part(t, 21, 23), count_fraction_part(t, 28, 29)
    (True, True, True)
    >>> count_fraction_part(t, 35, 38), count_fraction_part(t, 48, 50)
    (False, False)
    """
    if text[end:end + 1] != "/" and text[start - 1:start] != "/":
        return False  # asked of every score: a slash beside the number is the cheap test
    number = text[start:end]
    if not number.isdigit():
        return False
    over = _COUNT_OVER.match(text, end)
    if over:
        return (start == 0 or text[start - 1] not in "/.,0123456789") and int(number) <= int(over.group("whole"))
    under = _COUNT_UNDER.search(text, max(0, start - 8), start)
    if under and not _NOT_WHOLE_AFTER.match(text, end):
        return int(under.group("part")) <= int(number)
    return False


def cost_in_percent(metric: str, unit: str | None) -> bool:
    """Whether a level is a cost written in % ("reducing training time to 25.56% relative to
    a physics-only baseline"): no cost is measured in %, so the number is a share of a
    reference's cost, `relative` like "only 33% of the memory of X" (the spec's share).

    >>> cost_in_percent("training time", "%"), cost_in_percent("latency", "s"), cost_in_percent("accuracy", "%")
    (True, False, False)
    """
    return unit == "%" and metric in COST_METRICS
