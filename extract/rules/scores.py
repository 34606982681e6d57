"""Quality scores a system reaches: "1.78 FID", "an FID of 1.24", "FID: 2.81",
"87.3% top-1 accuracy", "FID from 18.65 to 1.80", "76.2% on MMLU".

A strict bound on a quality score ("over 90% accuracy", "FID>100") cannot be ranked
and gives nothing; "up to" / "as high as" report the best value and give a claim.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

from extract.deferred import engines_agree, re, regex
from extract.kinds import PERCENT_VALUED, is_percent_valued
from extract.names import (
    LANGUAGES,
    NAME_TOKEN,
    NUMBER_FORMAT_TOKEN,
    SPACED_TAIL,
    SYSTEM_KINDS,
    TECHNIQUES_AS_SUBJECTS,
    is_base_model,
    is_benchmark_name,
    is_model_name,
    names_in_phrase,
    plain_system_word,
    spaced_system,
    spaced_system_ending,
)
from extract.numbers import (
    ARROW_ALTERNATION,
    ARROWS,
    Mention,
    find_mentions,
    has_number,
    unit_scale,
)
from extract.rules.base import (
    CONFIDENCE_INTERVAL,
    Cue,
    Draft,
    LazyPattern,
    Match,
    Rule,
    Site,
    compile_left,
    compile_right,
    draft_of,
    drafts,
    longest_twin,
    match_where_longest_starts,
)
from extract.rules.fragments import (
    BENCHMARK_SCOPE,
    BOUND,
    BY_BEFORE,
    CHANGE_NOUN_WORDS,
    CHANGE_VERB,
    CLOSED_BRACKET,
    CLOSES_BRACKET,
    COST_METRICS,
    FROM_PAIR,
    GENERIC_RESULT_OBJECT,
    INTRANSITIVE_CHANGE_STEM,
    INTRANSITIVE_OPENERS,
    LIST_GAP,
    MEASURE_ACRONYM,
    METRIC_VALUE_LINK,
    PAIR_TIME,
    QUALITY_HEAD,
    QUANTITY_VERB_STEMS,
    RESPECTIVELY_NEXT,
    SETTING_RATE,
    SHARE_OF,
    STRICT_BOUND,
    SYSTEM_NOUN,
    TOKENS_AFTER,
    TRAINING_BEFORE,
    UNKNOWN_ACRONYM,
    list_members,
    metric_at,
    metric_list_at,
    metrics_in,
    qualifies_quantity,
    quality_metric_before,
    slashed_metrics_ending,
    subject_after,
)
from extract.rules.quantities import (
    UNSPECIFIED,
    bracket_label,
    gap_name,
    in_metric_slot,
    keyed_label,
    named_after_bracket,
    own_quantity,
    quantity_name,
    subject_quantity,
)
from extract.rules.units import PHYSICAL_UNIT
from extract.vocab import (
    benchmark_metrics,
    dataset_vocabulary,
    metric_vocabulary,
    model_family_pattern,
)

#: A number right after a setting's name is the setting ("horizon 720", "batch size of 64").
_SETTING_BEFORE = re.compile(
    r"(?i)\b(?:horizons?|lengths?|windows?|sizes?|steps?|epochs?|batch|resolution|dimensions?|rank|seeds?|layers?|k|T|N|top-k|beam|temperature|shots?)\s*(?:of|=|:)?\s*$")
#: "exceeds a point-adjusted F1 of 0.9": a bound on the metric, said before it.
_BOUND_BEFORE_METRIC = regex.compile(
    r"(?i)\b(?:exceed\w*|surpass\w*|above|(?<!\b(?:improv\w*|gains?|advanc\w*|increas\w*|boost\w*)\s)over|below|under|beyond|at\s+least|more\s+than|less\s+than|higher\s+than|lower\s+than)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$")
#: After a number's metric: "points", the size of a difference in it ("3.1 mAP points").
_POINTS_AFTER = re.compile(r"\s*(?:percentage\s+)?points?\b")
#: "a 3.1 mAP margin", "a 2.4 BLEU gain": a difference in the metric.
_MARGIN_AFTER = re.compile(r"(?i)\s*(?:margins?|gains?|improvements?|leads?)\b")
#: Nouns after "0.5 error ..." (or right after a number: "vs a 0.03 threshold") that make the number a setting.
THRESHOLD_AFTER = re.compile(r"(?i)\s*(?:thresholds?|tolerances?|cut-?offs?|budgets?)\b")
#: Nouns after "553 GenEval ..." that make the number a count.
#: (a slashed second metric first, and table entries and comparisons counted: "28 of 30 PSNR/SSIM
#: entries", "12 of 16 accuracy comparisons": read61)
_COUNTED = re.compile(r"(?:\s*/\s*[\w@-]+)?\s*(?:prompts?|images?|samples?|tasks?|questions?|problems?|examples?|categories|classes|videos?|pairs?|items?"
                      r"|instances?|subjects?|languages?|entries|comparisons|cells|settings|configurations"
                      r"|slots|tokens|banks|vectors)\b")  # "512 memory slots", "64 memory tokens": things counted (read73)


def _declines(site: Site, allowed: tuple[str, ...] = ("plain", "percent")) -> bool:
    mention = site.mentions[0]
    return (mention.sign == "±" or mention.glued or any(m.quantity not in allowed for m in site.mentions)
            or _bound_or_setting_before(site))


def _bound_or_setting_before(site: Site) -> bool:
    """A strict bound or a setting's name right before the number."""
    tail = site.left[-25:]
    if tail.endswith(_LETTER_ENDING_NAME) and tail[-4:-3].isalnum():
        # "(CLIP-T 0.2283 vs. 0.2266)": a letter after a hyphen ends a name, no setting's symbol (read54)
        return bool(STRICT_BOUND.search(tail))
    return _bound_or_setting_in(tail)


#: A name's last letter after its hyphen, one `_SETTING_BEFORE` would read as a symbol ("T", "N", "k").
_LETTER_ENDING_NAME = ("-k ", "-K ", "-t ", "-T ", "-n ", "-N ")


#: `STRICT_BOUND` or `_SETTING_BEFORE` (both end in `\s*$`, both read without case) as one
#: `regex` pattern read backwards from the end of the text (`REVERSE`; `match` anchors it there):
#: the two forward searches try both at each of the tail's 25 characters, this tries the
#: alternatives once at its end (over the pool's 7,208 ASCII tails before a number: 3.2 -> 1.7 us
#: a tail; speed27). A pattern of characters, classes, alternatives and greedy repeats matches
#: some span read either way, or none; every match ends at the text's end, where a backward
#: match starts. Used for texts all in ASCII without the separator controls \x1c-\x1f, where
#: both engines read `\b`, `\w`, `\s` and case alike (as numbers.py's `_MENTION_ASCII`);
#: other texts are searched by the two `re` patterns as before.
_BOUND_OR_SETTING_AT_END = regex.compile(
    lambda: f"(?:{STRICT_BOUND.pattern})|(?:{_SETTING_BEFORE.pattern.removeprefix('(?i)')})",
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE)


@lru_cache(maxsize=4096)
def _bound_or_setting_in(tail: str) -> bool:
    # kept by the tail: several rules ask about one site (the two searches, tried at each of
    # the 25 characters, were most of `_declines`)
    if engines_agree(tail):
        return _BOUND_OR_SETTING_AT_END.match(tail) is not None
    return bool(STRICT_BOUND.search(tail) or _SETTING_BEFORE.search(tail))


#: A qualifier word before a metric, in lower case or in a title's case ("85.5% Ordinal Top-1
#: Accuracy", names28): "linear-probing", "cross-view", "ordinal", "weighted".
#: (or a capitalised noun before an acronym, as a benchmark names its variant of a metric: "53.33 Path F1", read42;
#: or a noun before a metric at a cut-off, "38.96 file Acc@5", "45.2 video R@1", read57)
#: ("63.57% and 38.50% ID accuracy": a setting's acronym before a lower-case metric, read74)
_QUALIFIER_WORD = re.compile(r"\s*(?:[A-Z]{2,4}(?=\s+[a-z]{3,})|[A-Za-z][a-z]*-[\w-]+|[A-Za-z][a-z]+(?:al|ic|ive|ed|ing|wise)|[A-Z][a-z]{2,}(?=\s+[a-z]?[A-Z][A-Z0-9@-])"
                             r"|(?!(?:and|or|but|nor|the|with|while|whereas|than|for|from|on|in|at|of|to|versus|yet|its|their|our)\b)"
                             r"[a-z]{3,}(?=\s+[A-Za-z]{1,6}@\d))\s+")
#: Comparatives: a phrase that opens with one says a change, not a level.
_COMPARATIVE_WORDS = r"more|less|higher|lower|better|worse|greater|fewer|smaller|larger"
#: A noun before a metric ("detection precision", "task completion accuracy"); not a
#: comparative (a change: "5% higher accuracy"), a function word, nor a verb or adverb
#: ("by 40% without hurting accuracy").
_NOUN_QUALIFIER = re.compile(
    rf"\s*(?!(?:{_COMPARATIVE_WORDS}|relative|absolute"
    r"|of|in|on|the|and|or|with|without|within|for|to|at|by|than|as|its|their|our|while|when|where|after|before"
    r"|during|under|over|per|via|into|from|through|between|against|across|like|such|also|both|each|all|any|some"
    r"|most|only|even|still|just|much|very|that|this|these|those|which|whose)\b)"
    # (in title case before a metric in title case: "98% State Accuracy", read68)
    r"(?:[a-z]{3,}|[A-Z][a-z]{2,}(?=\s+[A-Z][a-z]))(?:-[a-z]+)*(?<!ing)(?<!ly)(?<!ed)\s+")


_CI_BRACKETS = re.compile(CONFIDENCE_INTERVAL)


#: "at" (and a hedge) right before a number: where a comparison is made, a setting (not "with
#: 15.4 GFLOPs", the system's own cost).
#: (or the compute a model is trained for: "trained for $10^{22}$ FLOPs", read61)
_AT_BUDGET_BEFORE = re.compile(r"\b(?:at|(?:pre-?)?train(?:ed|ing)?\s+(?:for|with|on))\s+(?:(?:about|around|roughly|~)\s*)?$")
#: A verb of gaining right before the number: "gains 2.3% accuracy", "improves up to 4.1 mIoU".
_GAIN_VERB_BEFORE = re.compile(r"(?i)\b(?:gain(?:s|ed|ing)?|improv(?:es|ed|ing)|boost(?:s|ed|ing)?)\s+(?:(?:up\s+to|about|around|nearly|over|roughly)\s+)?[+]?$")


def _metrics_after_qualifiers(right: str, at: int, percent: bool) -> list[str]:
    """The metrics named at `at` of a number's right context, behind up to two qualifier words."""
    names = metric_list_at(right, at)
    for _ in range(2):  # "84.1% linear-probing accuracy": up to two qualifier words
        # one word at a time, so that "93.4% cross-view rank-1 accuracy" is a rank-1
        # (top-1) accuracy, not a plain accuracy behind two qualifiers
        qualifier = None if names else _QUALIFIER_WORD.match(right, at)
        if qualifier is None:
            break
        at = qualifier.end()
        names = metric_list_at(right, at)
    if not names and percent:
        # "94% detection precision", "76.9% answer accuracy", "87% waypoint accuracy": nouns
        # that say what a percentage metric was measured on (recall12); only before such a
        # metric, so that a noun does not turn a count or a cost into a score
        for _ in range(2):  # "detection precision", "task completion accuracy"
            noun = _NOUN_QUALIFIER.match(right, at)
            if noun is None:
                break
            at = noun.end()
            found = metric_list_at(right, at)
            if found:
                return found if found[0] in PERCENT_VALUED else []
    return names


#: Errors in the plural after a whole number: things counted ("56 rescued errors").
_COUNTED_ERRORS = re.compile(r"\s+(?:[a-z][\w-]*\s+)?errors\b")


def _number_then_metric(m: Match):
    if _declines(m.site) or SHARE_OF.match(m.site.right):
        return None  # "keeps 99% of the accuracy": a share, not a score
    percent = m.site.mentions[0].quantity == "percent"
    names = _metrics_after_qualifiers(m.site.right, 0, percent)
    if not names and m.site.right[:1] == " ":
        # "85% ImageNet top-1 accuracy", "71.2% COCO mAP": the benchmark named between the
        # number and its metric (attribution reads it as the dataset)
        benchmark = dataset_vocabulary().match(m.site.right, 1)
        if benchmark:
            names = _metrics_after_qualifiers(m.site.right, benchmark.end(), percent)
    if not names or names[0] in ("speedup",):
        return None
    mention = m.site.mentions[0]
    if mention.quantity == "plain" and mention.is_integer and _COUNTED_ERRORS.match(m.site.right):
        return None  # "with 56 rescued errors and 17 regressions": errors counted, no error rate (read80)
    if names[0] in COST_METRICS and m.site.mentions[0].quantity == "percent":
        return None  # "40% FLOPs" is a share, not a score
    if names[0] == "FLOPs" and _AT_BUDGET_BEFORE.search(m.site.left[-24:]):
        return None  # "... over a strong Muon baseline at 6x10^21 FLOPs": the compute budget compared at, a setting (read44)
    metric_end = metric_vocabulary().search(m.site.right)
    if metric_end and _COUNTED.match(m.site.right, metric_end.end()):
        return None  # "553 GenEval prompts"
    if metric_end and THRESHOLD_AFTER.match(m.site.right, metric_end.end()):
        return None  # "within a 0.5 error threshold", "a 0.7 IoU threshold": a setting of the evaluation
    kind = "score"
    # (confidence intervals of earlier members are read past: "by 10.9% (95% CI 8.3%-13.5%) in AUC,
    # 10.0% (95% CI ...) in accuracy, and 12.6% (95% CI ...) in specificity", read42)
    near = _CI_BRACKETS.sub("", m.site.left[-250:]) if "CI" in m.site.left else m.site.left
    if (_IN_METRIC.match(m.site.right) and _CHANGE_NOUN.search(near[-100:]) and not _VERSUS_BEFORE.search(m.site.left)
            or BY_BEFORE.search(m.site.left[-30:]) or _CHANGE_LIST_BEFORE.search(near[-100:])
            or _GAIN_VERB_BEFORE.search(m.site.left[-30:])):
        # "reductions of 3.1% in MSE, 2.4% in MAE": the list's numbers are changes too;
        # "... and by 2.5% mIoU on ADE20K": a number after "by" is the size of a change;
        # "gains of up to 6.5 success and 9.5 precision": a list member of a change;
        # "gains 2.3% accuracy over X": the object of a verb of gaining (read44)
        kind = "relative" if m.site.mentions[0].quantity == "percent" else "delta"
    elif metric_end and (_POINTS_AFTER.match(m.site.right, metric_end.end()) or _MARGIN_AFTER.match(m.site.right, metric_end.end())):
        # "margins of up to 31 PRAUC points", "improves 3.1 mAP points": points of a metric are a
        # difference; so is "a 3.1 mAP margin" ("outperforms X by a 3.1 mAP margin")
        kind = "delta"
    if m.site.mentions[0].quantity == "percent" and (names[0] == "BD-rate" or (
            _IN_METRIC.match(m.site.right) and "BD" in m.site.left[-100:]
            and any(name == "BD-rate" for name, _, _ in metrics_in(m.site.left[-100:])))):
        # a BD-rate is a bitrate change against an anchor, whatever distortion measure it is
        # taken in: "72.1% BD-rate savings in LPIPS and 21.4% in FID" are two BD-rate changes
        names, kind = ["BD-rate"], "relative"
    out = drafts(m, names[0], kind, "<number> <metric>")
    compared = _COMPARED_JUST_BEFORE.search(m.site.left[-20:])
    system = _COMPARED_AFTER_METRIC.match(m.site.right, metric_end.end()) if compared and metric_end else None
    if system:
        # "48.2 AP (vs. 45.9 AP for the strongest baseline)", "compared with 21.7% recall for the
        # strongest competitor" (read69): the compared system's score
        name_compared_system(out, system.group("phrase"))
    elif compared and compared.group("versus"):
        for draft in out:
            draft.role = "unnamed"  # (but "94.7% pass@4 (compared to 78.2% pass@1)" is the same system's)
    elif _HUMAN_LEVEL_AT.search(m.site.left, max(0, len(m.site.left) - 60)):
        for draft in out:
            draft.model = "human"  # "surpassing human-level performance at 60-70% accuracy" (read36)
    scale = _FLOPS_PREFIX.match(m.site.right)
    if scale:  # "15.4 GFLOPs": FLOPs as a plain count, like parameters
        for draft in out:
            draft.value *= {"G": 1e9, "T": 1e12, "M": 1e6}[scale.group("prefix")]
    if len(names) == len(out) > 1:
        for draft, name in zip(out, names):
            draft.metric = name
    return out


#: People's level written right before a score: "human-level performance at ", "human experts with ".
_HUMAN_LEVEL_AT = re.compile(
    r"(?i)\bhumans?(?:[\s-]level)?\s+(?:performance|accuracy|experts?|annotators?|raters?|baselines?)\s+(?:at|of|with)\s+(?:about\s+|around\s+|roughly\s+|~\s*)?$")


def _task_success(m: Match):
    """'up to 97.5% reach and 92.5% pick success', '86.7% end-to-end success', '88% docking
    success': a success named by the task it is of is a success rate, with the task in
    condition (as the labels write it)."""
    if _declines(m.site):
        return None
    task = m.right.group("task").strip()
    if _NOT_A_TASK.fullmatch(task):
        return None  # "40% more success", "a 12% higher success": a change, not a rate
    kind = "relative" if _CHANGE_NOUN_AFTER.match(m.site.right, m.right.end()) else "score"
    # "with 97% success", "76.4% mean success" (recall6: the most frequent success phrasing
    # of the pool): no task named, a success rate without condition
    condition = None if not task or _AGGREGATE.fullmatch(task) else task
    return drafts(m, "success rate", kind, "<number> <task> success", condition=condition)


#: What a share of trials is a share of, said in its clause: a preference won (a win rate,
#: as `_PREFERRED` reads pairs), or a success.
_SUCCEEDED = LazyPattern(r"(?i)\bsucce(?:ss|ssful(?:ly)?|ed(?:s|ed|ing)?)\b[^;:]{0,100}$")
#: A failure said of the system in its clause, with no success said there: "the policy still
#: fails in 45% of policy-only trials" is its failure rate (read78).
_FAILED = LazyPattern(r"(?i)\bfail(?:s|ed)\b[^;:]{0,60}$")


def _unsigned_list(site: Site) -> bool:
    """One number, or a plain list of unsigned ones ('82% and 94%', '12%, 15% and 19%'): what
    the phrase after the last one says is said of each (a signed member is a change)."""
    return all(not mention.sign for mention in site.mentions)


def _share_of_trials(m: Match):
    """'preferred over images from the SD2 model 70% of the time' (a win rate), 'succeeded on
    the first attempt in 68.5% of cases' (a success rate): the share of trials that went the
    system's way, when its clause says which way (recall12); a share of anything else ("answered
    the questions in 76% of cases", "10% of the time budget") names no metric and gives none.
    A list before the phrase ("preferred ... 82% and 94% of the time") is one share each
    (recall13: the first member was lost when the list was read number by number)."""
    left = m.site.left[-120:]
    trials = m.right.group("noun") in _TRIALS or bool(_TRIALS_AFTER.match(m.site.right, m.right.end()))
    if not trials and not _SUCCEEDS_ON.search(left):
        return None  # "10% of the data": a share of trials only where the clause says so
    if _declines(m.site) or not _unsigned_list(m.site):
        return None
    # a share of the votes cast in a comparison is the system's win rate whatever its verb
    # ("our renders receive 59.2% of choices", read68)
    succeeded, failed = _SUCCEEDED.search(left), _FAILED.search(left)
    metric = ("win rate" if _PREFERRED.search(left) or _WON_SHARE.search(left) or m.right.group("noun") in _VOTES
              else "failure rate" if failed and trials and not succeeded
              else "success rate" if succeeded else None)
    return drafts(m, metric, "score", "<number> of the time") if metric else None


#: The nouns of trials a share is of.
_VOTES = frozenset({"votes", "choices"})
_TRIALS = frozenset({"time", "cases", "trials", "episodes", "attempts", "runs", "comparisons", "inputs", "queries",
                     "instances", "pairs", "battles", "games", "matches"}) | _VOTES
#: The trials after one or two words that qualify them: "of LLM-as-a-judge comparisons", "of
#: pairwise judge comparisons" (read60; asked after the rule's first noun, which a modifier may be).
_TRIALS_AFTER = LazyPattern(rf"\s+(?:[\w-]+\s+)?(?:{'|'.join(sorted(_TRIALS))})\b(?!\s+budgets?)")
#: "succeeds on 95% of throws": a verb of success right before the share names its trials,
#: whatever they are (read59).
_SUCCEEDS_ON = LazyPattern(r"(?i)\bsucce(?:ed(?:s|ed)?|ssful)\s+(?:on|in)\s+(?:about\s+|nearly\s+|over\s+)?$")


#: A lone letter opening the words after a number: a unit's symbol ("0.50 m average"), no quality's name.
_UNIT_LETTER_FIRST = re.compile(r"[A-Za-z]\s")
#: A rate named in title case after a preposition: "in Oracle Success Rate" (see `_named_quality`).
_TITLE_RATE_AFTER_PREPOSITION = re.compile(r"(?:in|of|on)\s.*\b[A-Z][a-z][\w-]*\s+Rates?\s*$")


def _percent_or_fraction(site: Site) -> bool:
    """A percentage, or a plain number that is a fraction: a plain number is a quality's level only
    so ("a 0.013 false-merge rate", read83). Asked before the rule's pattern: most plain numbers are not."""
    return all(x.quantity == "percent" or (x.quantity == "plain" and not x.is_integer and 0 < x.value < 1)
               for x in site.mentions)


def _named_quality(m: Match):
    """'88% fidelity', '84.7 percent relevance', '43.0% SLA compliance', 'a 4% spillage rate':
    a percentage before a quality noun (a head in -ity, -ness, -ance, -ence, -ancy, -ency, -age, or a rate
    named by the words before it) that ends its phrase is a score of that named quantity
    (recall6; docs/claims-spec.md, "Named quantities"). Not after 'at' or 'within' (a
    setting: 'at 60% sparsity', 'at a 75% masking rate'), not a signed number (a change), not
    a setting or a level of chance ('95% confidence', '25% chance'). A list before the noun
    ('32% and 43% truthfulness') is one score each (recall13), as '71.2% and 68.4% accuracy' is."""
    if _declines(m.site) or not _unsigned_list(m.site):
        return None
    if any(x.quantity == "plain" for x in m.site.mentions) and _UNIT_LETTER_FIRST.match(m.right.group("np")):
        return None  # not a plain number with a unit's letter after it ("0.50 m average")
    if _TITLE_RATE_AFTER_PREPOSITION.match(m.right.group("np")):
        return None  # "gains of 4.34% in Success Rate, 6.19% in Oracle Success Rate": a change's member, in the rate named (read61)
    if _SETTING_BEFORE_VALUE.search(m.site.left[-20:]) or _NOT_A_QUALITY.search(m.right.group("np")):
        return None
    if _COMPARATIVE_FIRST.match(m.right.group("np")):
        return None  # "20% higher sample efficiency than PPO": a change of the quality, which the change rules read
    np = m.right.group("np")
    # a metric inside the phrase names it only where it ends it: "6.8% false memory rate" is a rate,
    # not a memory (read59)
    named = [found for found in metrics_in(np) if found[2] == len(np)]
    metric = named[-1][0] if named else quantity_name(np)
    if metric == UNSPECIFIED:
        return None
    return drafts(m, metric, "score", "<number> <named quality>", quantity_named=not named)


def _named_quality_is(m: Match):
    """'Retained-set coverage was 92.9%', 'the average feasibility was approximately 96.7%',
    'average graph-statistical similarity was approximately 0.934': a quality the vocabulary does
    not know, said to be a number by a copula, is a score of that quality, as '88% fidelity' is
    (the named-quantity convention; read72). A percentage or a decimal, never a whole count ('the
    cell is 1'); not a setting or a level of chance ('where random chance is 50%'), nor a vocabulary
    metric (read by `<metric> of <number>`), nor a quality after a change ('the gap is reduced')."""
    site = m.site
    if _declines(site) or not _unsigned_list(site) or any(_whole_count(x) for x in site.mentions):
        return None
    if any(x.value_max is not None and TO_SEPARATOR.search(x.text) and not x.text.endswith("%") for x in site.mentions):
        return None  # "weak-scaling efficiency is 80% to 16 devices": a count after "to", no range of the quality
    if _BETWEEN_AFTER.match(site.right):
        return None  # "the cosine similarity is 0.83 between teachers": a relation an analysis measures, no system's score
    metric = _quality_named(m.left.group("np"))  # (as a named quality before a bracket is read)
    if metric is None:
        return None
    return drafts(m, metric, "score", "<named quality> is <number>", quantity_named=True)


_BETWEEN_AFTER = re.compile(r"\s*(?:\\?%)?\s*between\b")


def _rate_shared_with_next(m: Match):
    """'97.3% segmentation and 86.7% lemmatization rates': the first number's rate is named by
    its own word and the head noun written once, after the second (read53); the second is read
    by `<number> <named quality>`."""
    if _declines(m.site, allowed=("percent",)) or len(m.site.mentions) != 1 or _SETTING_BEFORE_VALUE.search(m.site.left[-20:]):
        return None
    phrase = f"{m.right.group('word')} rate"
    if _NOT_A_QUALITY.search(phrase):
        return None
    metric = quantity_name(phrase)
    if metric == UNSPECIFIED:
        return None
    return drafts(m, metric, "score", "<number> <word> and <number> <word> rates", quantity_named=not metrics_in(phrase))


def _gap_after(m: Match):
    """'attains 4.73% gap on TSP-442', 'achieves 0.51% overall gap', 'a 1.2% optimality gap': a
    percentage right before "gap" is the level of that gap, a score (holdout53 labels `gap`), named
    by the word before it as `quantities.gap_name` names a gap a change reduces ("overall",
    "average" grade it and name nothing: `gap`); read53."""
    if _declines(m.site, allowed=("percent",)) or not _unsigned_list(m.site) or _SETTING_BEFORE_VALUE.search(m.site.left[-20:]):
        return None
    words = m.right.group("words")
    metric = gap_name(f"{words} gap") if words and words.lower() not in _GAP_GRADES else "gap"
    return drafts(m, metric, "score", "<number> gap", quantity_named=True)


_GAP_GRADES = frozenset({"overall", "average", "mean", "median", "final", "remaining", "relative", "absolute"})


#: A named quality's phrase that opens with a comparative is a change of it ("higher sample efficiency").
_COMPARATIVE_FIRST = re.compile(rf"(?i)(?:{_COMPARATIVE_WORDS})\s")
_SETTING_BEFORE_VALUE = re.compile(r"(?i)\b(?:at|within)\s+(?:an?\s+|the\s+)?(?:~|≈|about\s+|around\s+)?$")
#: Quality-shaped nouns that are settings or levels of chance, not results.
_NOT_A_QUALITY = re.compile(r"(?i)(?<![\w-])(?:sparsity|density|probability|confidence|chance|significance|percentage|majority|minority"
                            r"|identity|capacity|tolerance|variance|occupancy|masking|dropout|reduction|compression"
                            # agreement among annotators is the data's, no system's (read83; a judge's "inter-rater
                            # agreement" with people is its score, read59)
                            r"|inter-(?:annotator|coder))(?![\w-])")


#: Aggregate qualifiers before "success": alone they name no task ("88.3% overall success").
_AGGREGATE_WORDS = "average|overall|mean|task"
#: Words before "success" that make the number a change, not a rate of a task, an aggregate
#: qualifier before them too ("12% average higher success"); an aggregate before a task's
#: words stays a rate of that task ("84.3% overall harvesting success", read62).
_CHANGE_BEFORE_SUCCESS = r"(?:more|less|higher|lower|better|greater|relative|absolute)(?:\s+\w+)?"
_NOT_A_TASK = re.compile(rf"(?i)(?:(?:{_AGGREGATE_WORDS})\s+)?{_CHANGE_BEFORE_SUCCESS}")
_AGGREGATE = re.compile(rf"(?i){_AGGREGATE_WORDS}")
#: An aggregate qualifier opening a measure's name: "average EditScore", "mean NDS".
_AGGREGATE_BEFORE = re.compile(r"(?i)^(?:average|overall|mean|median)\s+")


def _pair_then_metric(m: Match):
    """'(4.21 vs. 4.35 in MOS)', '71.2% vs. 68.9% accuracy', '(86.9 vs. 87.4 EPDMS)': the
    first of a pair whose metric follows the second number (an acronym the vocabulary
    does not know names it, the named-quantity convention)."""
    if _declines(m.site) or len(m.site.mentions) != 1:
        return None
    metric = _metric_after_pair(m.site.right, m.right.end())
    if metric is None:
        return None
    return drafts(m, metric, "score", "<number> vs. <number> <metric>")


def _metric_after_pair(right: str, at: int) -> str | None:
    """The metric written right after the second number of a pair: a vocabulary quality
    metric, or an unknown acronym ('87.4 EPDMS', '(4.21 vs. 4.35 in MOS)'); None for a cost
    or for anything else. After 'on' an unknown name is the benchmark the pair is measured
    on ('(71.0% vs. 56.7% on SWE-bench Verified)'), never its metric."""
    found = metric_at(right, at)
    if found:
        return None if found[0] in COST_METRICS else found[0]
    if _on_a_benchmark(right, at):
        return None
    acronym = _PAIR_ACRONYM.match(right, at)
    return acronym.group("name") if acronym else None


def _on_a_benchmark(right: str, at: int) -> bool:
    """Whether the pair's filler, ending at `at`, is 'on': a benchmark follows."""
    return right[max(0, at - 4):at].split()[-1:] == ["on"]


def _pair_without_metric_after(m: Match):
    """'88% vs 61% success rate on gravel, 70% vs 42% on ice': the first of a pair with no
    metric after it takes the pair's key or the clause's quality metric (recall7); a pair
    of percentages with none named is an `unspecified` score, a pair of plain numbers no
    claim. A pair closed right after its second number is the bracketed rule's."""
    if _declines(m.site) or len(m.site.mentions) != 1 or _NOT_A_PAIR_OF_SCORES.match(m.site.right, m.right.end()):
        return None
    metric = _pair_metric(m.site, m.site.left)
    if metric is None:
        return None
    return drafts(m, metric, "score", "<number> vs. <number>")


def _second_of_pair(m: Match):
    """'88% vs 61% success rate', '47.1 vs. 45.3 ROUGE-L', '(86.9 vs. 87.4 EPDMS)': the
    second number of a pair is the comparator's score, in the pair's metric (recall7).
    Attribution gives it the comparator named before the pair, else no model
    (attribution.attribute_model), never the system whose number comes first; a system
    named after it ('versus 0.22% for CLIP') is `compared with <number> for <system>`'s."""
    right = m.site.right
    if _declines(m.site) or len(m.site.mentions) != 1 or _NOT_A_PAIR_OF_SCORES.match(right) \
            or _COMPARED_SYSTEM_NEXT.match(right):
        return None
    after = _PAIR_FILLER.match(right).end()
    metric = _metric_after_pair(right, after)
    if metric is None:
        if (m.left.group("open") and not _on_a_benchmark(right, after)) or metric_at(right, after):
            # "(73.3% vs 93.4% upper bound)"; a cost after the pair is speed.py's; a pair in
            # brackets measured on a benchmark ("(71.0% vs. 56.7% on SWE-bench Verified, ...") is read
            return None
        metric = _pair_metric(m.site, m.site.left_window[:m.left.start()])
    if metric is None:
        return None
    return drafts(m, metric, "score", "<number> vs. <number>, second")


def _pair_metric(site: Site, before: str) -> str | None:
    """The metric of a pair that names none after it: its key ('(Dmax: 106.5% vs. 108.8%)'),
    the last quality metric of the clause before it, a win rate after 'preferred', the
    last claim's; else `unspecified` for percentages, None for plain numbers."""
    key = _PAIR_KEY.search(before)
    if key:
        found = metric_at(key.group("key"))
        keyed = key.group().rstrip().endswith(":")
        # a key with no colon is name-shaped: the metric as written ("(CLIP-T 0.2283 vs. 0.2266")
        metric = found[0] if found else quantity_name(key.group("key")) if keyed else key.group("key")
        return None if metric in COST_METRICS else metric
    clause = _CLAUSE_BEFORE.split(before)[-1]
    metric = (quality_metric_before(clause)
              or ("win rate" if _preferred_before(before) else None)
              or _subject_quantity_paired(before)
              or site.context_metric or _quantity_changed_before_bracket(before))
    if metric is None and (site.mentions[0].quantity == "percent" or _COMPARED_ON_NAME_BEFORE.search(clause[-120:])):
        # "significantly outperform CoTracker3 on EgoPoints 61.3 vs 54.2 and RGB-S 87.0 vs 82.8": a
        # pair of plain numbers right after the benchmark of a comparison with a system (read39)
        metric = UNSPECIFIED
    return metric


#: Two quantities sharing a plural head as the clause's subject: "normalized workup and treatment scores were ".
_TWO_QUANTITIES_WERE = re.compile(
    r"\b(?P<first>[a-z][\w-]*)\s+and\s+(?P<second>[a-z][\w-]*)\s+(?P<head>scores|rates|errors|times|costs)\s+(?:were|are)\s+")
_VERSUS_WORDS = r"vs\.?|versus"
_VERSUS = re.compile(rf"\b(?:{_VERSUS_WORDS})\s")


def _subject_quantity_paired(before: str) -> str | None:
    """'normalized workup and treatment scores were 89.4 versus 66.9 and 83.7 versus 61.2': two
    quantities sharing a head, then as many pairs, in order: the first pair is the first
    quantity's, the second the second's (read66); None where no such subject opens the clause."""
    subjects = list(_TWO_QUANTITIES_WERE.finditer(before[-200:]))
    if not subjects:
        return None
    subject = subjects[-1]
    pairs_before = len(_VERSUS.findall(before[-200:], subject.end()))
    if pairs_before > 1:
        return None
    head = subject.group("head")[:-1]
    return quantity_name(f"{subject.group('first' if pairs_before == 0 else 'second')} {head}")


#: A change of a quantity, then the bracket a pair opens: "a 17% improvement in maximum episode reward (".
_CHANGE_OF_QUANTITY_BRACKET = re.compile(
    r"(?i)\b(?:improvements?|gains?|increases?|reductions?|decreases?|drops?)\s+(?:in|of)\s+"
    r"(?P<np>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*\(\s*(?:[^()]{0,40}?\b(?:vs\.?|versus)\s+)?$")


def _quantity_changed_before_bracket(left: str) -> str | None:
    """'a 17% improvement in maximum episode reward (0.95 vs. 0.78 for MSE)': the values in the
    bracket after a change of a quantity the vocabulary does not know are values of that
    quantity, before and after (read48); None where no such change opens the bracket."""
    found = _CHANGE_OF_QUANTITY_BRACKET.search(left[-120:])
    return _named_quantity(found.group("np")) if found else None


#: A comparison with a system, then the benchmark a pair is measured on, right before the pair.
_COMPARED_ON_NAME_BEFORE = LazyPattern(
    r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*)\s+[^;:.()]{1,60}?\bon\s+(?:the\s+)?[A-Z][\w.+-]*"
    r"(?:[^;:()]{0,40}?\bvs\.?\s+\d[\d.]*\s+and\s+(?:the\s+)?[A-Z][\w.+-]*)?\s*$")


def _preferred_before(left: str) -> bool:
    """Whether a pair's numbers are shares of human judgements won (a win rate): 'preferred'
    before them, or before the bracket that holds them ('preferred for motion quality (52%
    vs. 38% for the teacher; 56% vs. 29% for DMD)', where ';' separates the pairs)."""
    bracket = left.rfind("(", max(0, len(left) - 100))
    return bool(_PREFERRED.search(left[-100:]) or (bracket >= 0 and _PREFERRED.search(left[:bracket])))


def _baseline_score(m: Match):
    """'well above the 78.0% baseline', 'versus an 88% human baseline': the score of a
    baseline written before the word (recall7), in the sentence's metric: the human
    reference's (model 'human'), else a baseline only described (model null). A chance
    level ('a 50% chance baseline') is the task's, not a system's: no claim."""
    if _declines(m.site) or len(m.site.mentions) != 1 or not _ARTICLE_BEFORE.search(m.site.left[-5:]):
        return None
    who = (m.right.group("who") or "").lower()
    if who in ("chance", "random", "majority"):
        return None
    return _comparator_score(m, "<number> baseline", "human" if who == "human" else None)


def _human_score(m: Match):
    """'far below human performance (92%)', 'human annotators (88.5%)': the human
    reference's score in brackets (model 'human', recall7)."""
    if _declines(m.site) or len(m.site.mentions) != 1:
        return None
    return _comparator_score(m, "human (<number>)", "human")


#: The symbol of a correlation keyed to its value: Pearson's "r", Spearman's "ρ".
_CORRELATION_SYMBOLS = {"r": "Pearson correlation", "ρ": "Spearman correlation"}
_AGREES_WITH_REFERENCE = re.compile(
    r"(?i)\bhumans?\b|expert|real-world|ground[- ]truth|\blabels\b|human-assigned|judg(?:e|ment)|ratings|annotat|test-retest|oracle")


#: The symbol's correlation named right before it, or before a list of its values: "with
#: correlations r = 0.990 and r = 0.991" (read52); no symbol alone ("a radius r = 0.5").
_CORRELATION_RIGHT_BEFORE = re.compile(
    r"(?i)\bcorrelations?\s+(?:coefficients?\s+)?(?:of\s+)?(?:[rρ]\s*=\s*-?[\d.]+\s*(?:,\s*(?:and\s+)?|and\s+))*$")


def _keyed_correlation(m: Match):
    """'correlates strongly with real-world performance (r = 0.953)', 'a strong Pearson
    correlation (r approx. 0.80) with human-assigned labels', 'agrees with expert rankings (ρ =
    0.84)': a correlation written by its symbol, with a reference it is measured against, is
    that correlation (read41). Only a coefficient written with decimals, within [-1, 1]: "r = 8"
    is a rank; and alone in its site ("(mean r = 0.750, 85% of ...)" shares the list's unit: left)."""
    mention = m.site.mentions[0]
    if len(m.site.mentions) != 1 or "." not in mention.text or abs(mention.value) > 1:
        return None
    # (the left match counts in the site's 160-character window, `before_left` in the sentence)
    named = _CORRELATION_RIGHT_BEFORE.search(m.before_left()[-80:])
    if not (named or _AGREES_WITH_REFERENCE.search(m.site.left[-200:]) or _AGREES_WITH_REFERENCE.search(m.site.right[:80])):
        # "a strong correlation between brain alignment and model size (r = 0.95)", "a radius r =
        # 0.5": a finding about the world or a symbol; a correlation is a result where it measures
        # how well a score agrees with a reference (human ratings, labels, real-world outcomes)
        return None
    return drafts(m, _CORRELATION_SYMBOLS[m.left.group("symbol")], "score", "r = <number>")


def _comparator_score(m: Match, rule: str, model: str | None) -> list[Draft] | None:
    """A compared system's score in the sentence's quality metric (or the last claim's); where
    neither names one, after the sentence's own result, in that result's metric."""
    metric = quality_metric_before(m.site.left) or m.site.context_metric
    # "reaches 76% success, outperforming the diffusion policy baseline (43%)": no metric the
    # vocabulary knows before it, but the sentence's own result, whose metric it takes (names28)
    in_result = metric is None and _OWN_RESULT.search(m.site.left) is not None
    if in_result:
        metric = "unspecified"
    if metric is None or metric in COST_METRICS:
        return None
    metric = _own_or(m.site, metric)
    out = drafts(m, metric, "score", rule, model=model)
    for draft in out:
        draft.role = "" if model else "unnamed"
    return _in_result_metric(out) if in_result else out


def _paired(m: Match):
    """'(52.3% vs. 53.7%)': a pair of scores in brackets, with the metric of the sentence
    (or of the last claim) when the pair names none."""
    if _declines(m.site) or len(m.site.mentions) != 1:
        return None
    metric = (_changed_quantity_before_pair(m.site.left) or _benchmark_metric_near(m.site)
              or _quantity_before_pair(m.site.left) or quality_metric_before(m.site.left)
              or ("win rate" if _PREFERRED.search(m.site.left[-100:]) else None)
              or m.site.context_metric or "unspecified")
    metric = _pair_label(m.site.left) or _own_or(m.site, metric)
    # the second number's rule is named apart: attribution gives it the comparator (recall7)
    return drafts(m, metric, "score", "(<number> vs. <number>), second" if m.left.group().strip() != "(" else "(<number> vs. <number>)")


#: The words right before the bracket that opens a pair: "on zero-shot HC18 biometry validity (".
#: After a preposition (and up to two words: "on zero-shot HC18"), so that a verb's object is not read ("wins most comparisons (").
_WORDS_BEFORE_PAIR = re.compile(r"\b(?:on|in|of|for|at)\s+(?:the\s+)?(?:\S+\s+){0,2}?(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*\(\s*(?:[\d.,]+\s*(?:%|\\%)?\s*(?:vs\.?|versus)\s*)?$")
#: A plural head ("nested queries"): the setting a pair is measured in, not a quantity.
_PLURAL_HEAD = re.compile(r"[^s]s$")


#: A change of a quantity by a number, right before the bracket of a pair: "reduces MV source
#: retention by 4.7 percentage points (", "raises recall by 3.1 points (".
_CHANGE_BY_BEFORE_PAIR = LazyPattern(
    r"(?i)\b(?:reduc|lower|decreas|improv|increas|rais|boost|cut|lift)\w*\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<np>(?:[\w-]+\s+){0,3}?[\w-]+)\s+by\s+[+\-]?\d[\d.,]*\s*(?:%|percentage\s+points?|points?|pp)?\s*\(\s*"
    r"(?:\d[\d.,]*\s*%?\s*(?:vs\.?|versus)\s*)?$")  # the pair's second number too


def _changed_quantity_before_pair(left: str) -> str | None:
    """'reduces MV source retention by 4.7 percentage points (17.9% vs. 22.6%)': the levels of
    a quantity before and after a change said right before them are of that quantity, not of
    a metric an earlier sentence named (read42)."""
    change = _CHANGE_BY_BEFORE_PAIR.search(left[-120:])
    if change is None:
        return None
    found = metric_at(change.group("np"))
    name = found[0] if found else quantity_name(change.group("np"))
    return None if name == UNSPECIFIED or name in COST_METRICS else name


def _quantity_before_pair(left: str) -> str | None:
    """'HC18 biometry validity (88.6% vs. 83.5%)': a quantity the vocabulary does not know,
    named right before the bracketed pair, is the pair's, not a metric the sentence named
    earlier (read40; the named-quantity convention); None where the words name a
    vocabulary metric (read as before), a plural setting or none."""
    words = _WORDS_BEFORE_PAIR.search(left[-80:])
    if words is None or metrics_in(words.group("np")) or _PLURAL_HEAD.search(words.group("np")):
        return None  # "on nested queries (91% vs. 66%)": a plural names the setting, not a quantity
    name = quantity_name(words.group("np"))
    return None if name == UNSPECIFIED else name


def _time_pair(m: Match):
    """'12 times faster inference (0.07s vs. 2-3.5s)': a pair of durations in brackets is the
    time to produce an output, first the system's, then the comparator's (read34), as a pair of
    scores is; a training time where training is said before it."""
    if len(m.site.mentions) != 1 or m.site.mentions[0].sign:
        return None
    metric = "training time" if TRAINING_BEFORE.search(m.site.left[-150:]) else "latency"
    return drafts(m, metric, "score", "(<time> vs. <time>), second" if m.left.group().strip() != "(" else "(<time> vs. <time>)")


#: What a pair of durations is per, after its second member: "(64.3s vs. 76.1s per sample)" (read54).
_PER_ITEM = r"(?:\s+per\s+[a-z]+(?:\s+[a-z]+)?|\s*/\s*[a-z]+)?"


#: "and" then another number: " and 26.1% after 30 rounds".
_ANOTHER_NUMBER_AFTER_AND = re.compile(r"\s+and\s+[-+]?\d")


def _system_then_number(m: Match):
    """'level with PolicyB 70.9% and well above PolicyA 42.3%': a compared system's score,
    written right after its name."""
    mention = m.site.mentions[0]
    if _declines(m.site) or len(m.site.mentions) != 1 or _whole_count(mention):
        return None
    name = m.left.group("name").removesuffix("'s")  # "versus U-Net's 23%"
    if name != m.left.group("name") and _ANOTHER_NUMBER_AFTER_AND.match(m.site.right):
        return None  # "compared with DAPO's 47.5% and 26.1%": a pair the system owns, read as members of the list before (read67)
    if in_metric_slot(m.site.left):
        # "FID 3.49 and KDD 0.319": where the list's head wrote its metric, the name is the member's metric
        own = own_quantity(m.site.left, m.site.right, slot=True)
        if own:
            return drafts(m, own, "score", "<metric> <number>, listed", quantity_named=not metrics_in(own))
    if not is_model_name(name):
        return None
    if (_MAJOR_VERSION.fullmatch(mention.text) or (mention.quantity == "plain" and spaced_system(f"{name} {mention.text}"))) \
            and m.site.left.endswith(" ") and not metric_at(m.site.right):
        # "compared to VGGT-SLAM 2.0": a major version written apart, no score (read40); so is a
        # known family's version ("with GPT 5.5 and from ...", read83)
        return None
    metric = quality_metric_before(m.site.left) or m.site.context_metric
    if metric is None:
        return None
    return drafts(m, _own_or(m.site, metric), "score", "<system> <number>", model=name)


#: "N.0" written apart after a name is its major version ("VGGT-SLAM 2.0", as benchmarks' "RoboTwin 2.0").
_MAJOR_VERSION = re.compile(r"[1-9]\.0")


def _prior_system_at(m: Match):
    """'the previous state of the art, which is at 48.3%', 'a strong conventional baseline
    at 5.0%': a score of a system only described (model null)."""
    if _declines(m.site, allowed=("plain", "percent", "points")):
        return None
    after = metric_at(m.site.right)
    metric = (after[0] if after else None) or quality_metric_before(m.site.left) or m.site.context_metric
    if metric is None or metric in COST_METRICS:
        return None
    out = drafts(m, _own_or(m.site, metric), "score", "<prior system> at <number>")
    for draft in out:
        draft.role = "unnamed"
    return out


def _keyed_metrics(text: str) -> list[str]:
    """'PSNR: 31.2, SSIM: 0.91' -> ['PSNR', 'SSIM']: metrics written as keys of values."""
    return [name for name, _, end in metrics_in(text) if _KEYED_VALUE.match(text, end)]


_KEYED_VALUE = re.compile(r"\s*(?:[:=]|of)\s*[+\-]?\d")
#: `_KEYED_VALUE` with "=" alone: a metric written as a key ("SSIM=0.951"), as `_acronym_of` asks.
_EQUALS_VALUE = re.compile(r"\s*=\s*[-+]?\.?\d")
_IN_METRIC = re.compile(r"\s*(?:%|points?)?\s*in\s")
#: A change said before a list: "reductions of 3.1% in MSE, ...", "by up to 7.03% in RMSE and ...".
_CHANGE_NOUN = re.compile(
    r"(?i)\b(?:(?:reductions?|improvements?|gains?|increases?|decreases?|drops?|declines?)\s+(?:of|in|by)"
    r"|by\s+(?:(?:up\s+to|about|around|over|nearly|roughly|approximately)\s+)?[+\d])")
#: (or "by" and a list of members, each its number and its metric: "by 1.73% PQ, 1.54% RQ and ", read84)
_CHANGE_LIST_BEFORE = re.compile(
    r"(?i)(?:\b(?:improvements?|gains?|reductions?|increases?|decreases?|drops?)\s+of|\bby)\s+(?:(?:up\s+to|about|around|nearly)\s+)?"
    r"[+\d][\d.,]*\s*(?:%|points?)?\s*[\w@-]+(?:\s+[\w@-]+)?"
    r"(?:\s*,\s*[+\d][\d.,]*\s*(?:%|points?)?\s*[\w@-]+(?:\s+[\w@-]+)?)*\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_VERSUS_BEFORE = re.compile(rf"(?i)\b(?:{_VERSUS_WORDS})\s*$")
#: A comparison right before a number: "vs. ", "versus ", "compared with ".
_COMPARED_JUST_BEFORE = re.compile(rf"(?i)\b(?:(?P<versus>{_VERSUS_WORDS})|compared\s+(?:with|to))\s*$")


#: "specificity of 90% at a sensitivity of 95%": the second number is a setting.
#: (or a target the evaluation sets or aims at: "at a target block error rate (BLER) of 10^-4",
#: "targeting AUC = 0.82-0.90": read61)
#: ("peaking at an accuracy of", "plateaus at": the highest level reached, a result: read62)
_OPERATING_POINT = re.compile(r"(?i)\b(?<!\bpeak\s)(?<!\bpeaks\s)(?<!\bpeaked\s)(?<!\bpeaking\s)(?<!\bplateau\s)(?<!\bplateaus\s)(?<!\bplateaued\s)(?<!\bplateauing\s)at\s+(?:an?\s+)?(?:fixed\s+)?$|\b(?:at\s+(?:an?\s+|the\s+)?target|targeting)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}\(?$")
_COMPARISON_VERB_BEFORE = re.compile(r"(?i)\b(?:outperform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*)\s+$")
_FIT_STATISTICS = frozenset({"R2", "Pearson correlation", "Spearman correlation"})
_FIT = re.compile(r"(?i)\b(?:fit|fits|fitted|fitting|scaling\s+laws?|power[- ]laws?|regression\s+line)\b")
#: Agreement among people only: "between the 2 radiologists", "among three independent reviewers".
_AGREEMENT_STATISTICS = frozenset({"kappa", "QWK", "Krippendorff's alpha"})
_AMONG_PEOPLE = re.compile(
    r"(?i)\b(?:between|among(?:st)?)\s+(?:the\s+|two\s+|three\s+|four\s+|five\s+|\d+\s+|independent\s+|expert\s+|human\s+"
    r"|senior\s+|junior\s+|experienced\s+|board-certified\s+)*"
    r"(?:radiologists|annotators|raters|reviewers|experts|clinicians|labell?ers|pathologists|physicians|judges|coders|readers)\b"
    r"(?!\s+(?:and|&|versus|vs\.?)\s)"  # not "between radiologists and LLM judges": a system's agreement with people
    # "inter-rater agreement", "a two-annotator human evaluation (Cohen's kappa=0.902)" (read75)
    r"|\b(?:inter|intra|two|three|four|five|\d+|multi)-(?:annotators?|raters?|reviewers?|observers?|coders?|readers?)\b")
#: A name as it stands before a bracket: "MACE-MP-0", "GPT-4o", "Cholec80".
_BRACKETED_NAME = r"[A-Za-z][\w]*(?:[-.][A-Za-z\d]+)*"
#: The bracket a metric and its value stand in, after the bracket's earlier members.
_MEMBERS_BEFORE_IN_BRACKET = r"\s*\(\s*(?:[^(),;]{1,30}?\d[^(),;]{0,10}?(?:[,;]|\sand\b)\s*){0,4}$"
#: The system named right before the bracket a metric and its value stand in, after the bracket's
#: earlier members: "exceeding MACE-MP-0 (F1 0.669)", "followed by GPT-4o (kappa = 0.853, F1 = 92.6%)",
#: "outperforming GPT-5-mini (F1 = 0.469 and MCC = 0.281)" (read46).
_SYSTEM_PAREN = re.compile(
    rf"(?<![\w-])(?P<name>{_BRACKETED_NAME}(?:\s\d+(?:\.\d+)?[BMK])?){_MEMBERS_BEFORE_IN_BRACKET}")
#: The bracket alone, for a name written in words and a version apart before it ("Claude Sonnet 4 (",
#: read by `names.spaced_systems`).
_BRACKET_OF_MEMBERS = re.compile(_MEMBERS_BEFORE_IN_BRACKET)


#: "the highest accuracy (90%)", "on the PESQ metric (3.373)": the value may stand alone in
#: brackets after its metric (see _bracketed_alone).
#: A bound or hedge inside the bracket, before the value: "PSNR (up to 29.55)", "MSE (as low as 0.002)".
_BRACKET_BOUND = r"(?:(?:up\s+to|as\s+(?:high|low)\s+as|approximately|approx\.?|about|around|~)\s*)?"
_LINK_TO_NUMBER = LazyPattern(rf"{METRIC_VALUE_LINK}\s*(?:\(\s*{_BRACKET_BOUND})?", regex.VERBOSE)
_OPEN_BRACKET_END = re.compile(rf"\(\s*{_BRACKET_BOUND}$")
#: A metric set off by a comma before its value, after a superlative that makes the value the
#: subject's record: "the lowest validation RMSE, 0.430 MeV", "the best FID, 2.1, on".
_COMMA_TO_NUMBER = LazyPattern(r"\s*,\s*(?:(?:only|just|about|around|approximately)\s+)?")
#: What a superlative's record is set among, then "at" its value: " among them at ", " among all
#: baselines at about "; or "overall": "the highest balanced accuracy overall at 67.58%" (read78).
_AMONG_TO_NUMBER = LazyPattern(r"\s+(?:among\s+(?:[\w-]+\s+){1,4}?|overall\s+)at\s+(?:(?:only|just|about|around|approximately|roughly)\s+)?")
#: What opens a metric keyed to its value by a comma: a bracket or a semicolon ("(AUROC, 0.692; AUPRC, 0.849)").
_OPENS_KEYED_PAIR = LazyPattern(r"[(;]\s*$")
_SUPERLATIVE_BEFORE_METRIC = LazyPattern(
    r"(?i)\b(?:lowest|highest|best|strongest|smallest|largest)\s+(?:[\w-]+\s+){0,2}$")
#: A change said earlier in the clause, with no number since: "with minimal degradation in ... as measured by".
_CHANGE_IN_CLAUSE = re.compile(
    r"(?i)\b(?:degradations?|drops?|improvements?|gains?|reductions?|increases?|decreases?|declines?)\b[^\d;]*$")
#: A change said of the metric right before it: "23% lower latency (", "a 2.1-point gain in mAP (".
_CHANGE_BEFORE_METRIC = re.compile(
    r"(?i)\d[\d.,]*\s*(?:%|x|×|points?)?[\s-]+(?:point\s+)?(?:lower|higher|less|more|better|worse|fewer|smaller|larger|faster|slower"
    r"|reductions?|improvements?|gains?|increases?|decreases?|drops?)\s+(?:in\s+|of\s+)?(?:[\w-]+\s+){0,2}$")
_METRIC_LIST_SEPARATOR = re.compile(r"\s*/\s*")
_METRIC_MEMBER_SEPARATOR = re.compile(r"\s*(?:/|,\s*(?:and\s+)?|\s+and\s+)\s*")


#: A metric alone in its brackets, as a described measure's acronym: "an area under the collapsed
#: edit similarity curve (AUC) of 0.785" (read46).
_OWN_BRACKET_CLOSE = re.compile(r"\s*\)")


def _past_own_bracket(sentence: str, start: int, end: int) -> int:
    """Where a metric's link to its value starts: past the bracket it stands alone in, if it does."""
    if sentence[max(0, start - 2):start].rstrip().endswith("("):
        close = _OWN_BRACKET_CLOSE.match(sentence, end)
        if close is not None:
            return close.end()
    return end


def _metric_head(site: Site, members: int = 1) -> int | None:
    """Where the metric whose value the number is starts in the sentence ('an FID of',
    'FID/IS: '): the nearest metric before the number with only link words between.
    Read from the sentence's metrics (one vocabulary scan per sentence), not by a
    backwards search of the whole vocabulary at every number."""
    low = max(0, site.start - 160)
    before = [(start, end) for _, start, end in metrics_in(site.sentence) if low <= start and end <= site.start]
    # the nearest, or the one before it when the nearest is an aside: "Inception Score (IS) of"
    index = next((i for i in range(len(before) - 1, max(-1, len(before) - 3), -1)
                  if _LINK_TO_NUMBER.fullmatch(site.sentence, before[i][1], site.start)), None)
    if index is None and before and _LINK_TO_NUMBER.fullmatch(
            site.sentence, _past_own_bracket(site.sentence, *before[-1]), site.start):
        index = len(before) - 1  # "an area under the collapsed edit similarity curve (AUC) of 0.785"
    if index is None and before and (_COMMA_TO_NUMBER.fullmatch(site.sentence, before[-1][1], site.start)
                                     or _AMONG_TO_NUMBER.fullmatch(site.sentence, before[-1][1], site.start)) \
            and _SUPERLATIVE_BEFORE_METRIC.search(site.sentence, max(0, before[-1][0] - 40), before[-1][0]):
        # "reaches the lowest validation RMSE, 0.430 MeV" (read52); "achieving the highest accuracy
        # among them at 95.38%": what the record is set among, then its value (read70)
        index = len(before) - 1
    if index is None and before and _COMMA_TO_NUMBER.fullmatch(site.sentence, before[-1][1], site.start) \
            and _OPENS_KEYED_PAIR.search(site.sentence, max(0, before[-1][0] - 3), before[-1][0]):
        # "(AUROC, 0.692; AUPRC, 0.849)": a metric keyed to its value by a comma, first in a bracket
        # or after a semicolon, as clinical abstracts write a statistic with its value (read81)
        index = len(before) - 1
    if index is None:
        return None
    separator = _METRIC_LIST_SEPARATOR if members == 1 else _METRIC_MEMBER_SEPARATOR
    while index > 0 and separator.fullmatch(site.sentence, before[index - 1][1], before[index][0]):
        index -= 1  # "FID/IS of": the list's first name; "accuracy, precision and recall of 95%, 93% and 91%" for a list of numbers
    return before[index][0]


#: A benchmark-named metric keyed to its value: "GenEval: ", "DPG-Bench = ", "GenEval (".
_KEYED_TO_NUMBER = LazyPattern(r"\s*[:=(]\s*")


def in_slashed_tuples(mentions: list[Mention], sentence: str, offset: int, size: int) -> bool:
    """Whether the numbers are tuples of `size` joined by slashes, listed by commas or "and"
    ("AUROC/AURC of 0.98/2.49, 0.99/0.27, and 0.99/0.82, respectively"; "PSNR/SSIM of 32.1/0.91
    and 28.5/0.80"): one value of each slashed metric per tuple, in order (read42; the pipeline's
    slashed groups too, read61). Offsets of the mentions in the text, `offset` the sentence's."""
    if len(mentions) % size:
        return False
    for index in range(1, len(mentions)):
        between = sentence[mentions[index - 1].end - offset:mentions[index].start - offset]
        if ("/" in between) != (index % size != 0):
            return False
    return True


def _spaced_system_before_bracket(text: str) -> str | None:
    """The system written with a spaced version right before the bracket of members `text`
    ends in ("... and Claude Sonnet 4 (F1 = 0.518 and "), as `names.spaced_systems` reads one."""
    bracket = _BRACKET_OF_MEMBERS.search(text)
    if bracket is None:
        return None
    return spaced_system_ending(text[:bracket.start()])


def _cut_offs_listed(m: Match):
    """'Recall@1/3/5/10 of 0.658/0.882/0.912/0.929', 'R@1/5/10: 45.2/70.1/80.3': a metric at
    cut-offs listed with "/" and as many values listed so; each value is the metric at its
    cut-off, in order (read59)."""
    cut_offs = m.left.group("ks").split("/")
    if _declines(m.site) or len(cut_offs) != len(m.site.mentions) or not _SLASH_LIST.fullmatch(m.site.numbers_text):
        return None
    out = drafts(m, None, "score", "<metric>@k/k of <number>/<number>")
    for draft, k in zip(out, cut_offs):
        named = metrics_in(f"{m.left.group('name')}@{k}")
        if not named or named[0][2] != len(m.left.group("name")) + 1 + len(k):
            return None  # not a metric the vocabulary knows at a cut-off
        draft.metric = named[0][0]
    return out


#: Numbers listed with "/" and nothing else: "0.658/0.882/0.912".
_SLASH_LIST = re.compile(r"[^/\s]+(?:\s*/\s*[^/\s]+)+")


#: After a value in brackets, one statistic keyed to its own value, then the bracket's end: ", k = 0.90)".
_KEYED_STATISTIC_CLOSES = re.compile(r"\s*[,;]\s*[A-Za-zκρτα][\w^]{0,5}\s*[=:]\s*[-+]?\d[\d.]*\s*\)")


#: A bit-width after a number: "3-4 bits per parameter", "4 bits", "(bpp)"; not "bits per dimension", a metric.
_BIT_WIDTH_AFTER = re.compile(r"\s*(?:bits?|bpp|bpw)\b(?!\s+per\s+(?:dim|pixel|char|byte|token|sub|frame))")


#: A metric's cut-off: "F1 at 20 mm from 0.336 to 0.383", "accuracy at 10 px of 71%": the number
#: after "at" is followed by a unit of distance, or by the value the metric has there; or its
#: setting, a frequency ("success rates at 10 Hz": the rate a controller runs at).
_AT_BEFORE = re.compile(r"\bat\s+$")
_CUT_OFF_AFTER = re.compile(
    # ("mean Average Precision at 50% (mAP@0.5) of 0.756": the metric's short name in brackets first)
    r"(?:\s*\([^()]{1,20}\))?\s*(?:(?:mm|cm|m|px|pixels?|°|degrees?|[kMG]?Hz)\b"  # "success rates at 10 Hz": a control rate (read67)
    r"|,?\s*(?:from|of|is|was|are|were|=|:)\s+(?:(?:about|around|only|just)\s+)?[-+]?\$?\d)")


#: "at " or "at a " right before a number: where a setting's value is said.
#: (or a list of them: "at the 1% and 0.1% pointwise relative-error tolerances", read74)
_AT_A_BEFORE = re.compile(r"\bat\s+(?:an?\s+|the\s+)?(?:\d[\d.]*\s*(?:%|\\%)?\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)){0,3}$")
#: A tolerance or threshold noun after a number, a qualifier or two between: "% relative-error tolerance".
_TOLERANCE_AFTER = re.compile(
    r"\s*(?:%|\\%)?(?:\s*(?:,|and|or|,\s*and)\s+\d[\d.]*\s*(?:%|\\%)?){0,3}\s+(?:[\w-]+\s+){0,2}?(?:thresholds?|tolerances?|cut-?offs?)\b")


def _metric_then_number(m: Match):
    if _declines(m.site, allowed=("plain", "percent", "points")):
        return None
    if _AT_BEFORE.search(m.site.left[-5:]) and _CUT_OFF_AFTER.match(m.site.right):
        return None  # "matched F1 at 20 mm from 0.336 to 0.383": the distance the metric is measured at (read66)
    if m.site.mentions[0].quantity == "points" and _CHANGE_AFTER_POINTS.match(m.site.right):
        return None  # "an F1 of 3 points higher than X": a change, read by the change rules
    if _BIT_WIDTH_AFTER.match(m.site.right):
        return None  # "plateau in accuracy at 3-4 bits per parameter": a precision, the setting of a score (read62)
    near = m.site.left[-40:]
    if "at " in near and _AT_A_BEFORE.search(near) and _TOLERANCE_AFTER.match(m.site.right):
        return None  # "87.5% accuracy at a 5% relative-error tolerance": the tolerance a score is had at (read68)
    if _settings_listed(m.site):
        return None  # "the best FID and IS at 256 and 512 resolution": the settings the metrics are had at (read64)
    head_start = _metric_head(m.site, len(m.site.mentions))
    if head_start is None:
        return None
    names = metric_list_at(m.site.sentence, head_start)
    if 1 < len(names) < len(m.site.mentions) and in_slashed_tuples(m.site.mentions, m.site.sentence, m.site.offset, len(names)):
        names = names * (len(m.site.mentions) // len(names))  # "AUROC/AURC of 0.98/2.49, 0.99/0.27"
    if len(m.site.mentions) > 1 and len(names) != len(m.site.mentions):
        head_start = _metric_head(m.site)  # a list of metrics that does not pair with the numbers: the nearest
        names = metric_list_at(m.site.sentence, head_start) if head_start is not None else []
    if not names or names[0] in ("speedup", "training time"):
        return None
    bracketed = bool(_OPEN_BRACKET_END.search(m.site.left[-20:]))
    if bracketed:
        mention = m.site.mentions[0]
        # (a statistic keyed after the value may close the bracket: "near-human accuracy (95%, k = 0.90)", read60)
        if not (CLOSES_BRACKET.match(m.site.right) or _KEYED_STATISTIC_CLOSES.match(m.site.right)) \
                or mention.sign or _whole_count(mention):
            # "accuracy (95% confidence interval)": only a value alone in its brackets is the
            # metric's; "Chamfer Distance (-23.5%)" is a change, "computation (1) for" a list marker
            return None
    before_head = m.site.sentence[max(0, m.site.start - 160):head_start]
    if _BOUND_BEFORE_METRIC.search(before_head) or _OPERATING_POINT.search(before_head):
        return None
    if before_head.endswith(("no ", "No ", "without ")):
        return None  # "(append-only 0.210, no memory 0.309)": a setting without the thing the word names (read60)
    if _COMPARISON_VERB_BEFORE.search(before_head[-30:]):
        return None  # "outperforming HPSv3 9.8% on HPDv3": a system named as a metric is, there, the one compared with (read53)
    if bracketed and _CHANGE_BEFORE_METRIC.search(before_head[-60:]):
        return None  # "a 23% lower latency (up to 41%)": the bracket bounds the change, not a score
    if names[0] in _FIT_STATISTICS and _FIT.search(m.site.sentence):
        return None  # "the fitted law explains the losses with R² = 0.987": a fit, not a result
    if names[0] in _AGREEMENT_STATISTICS and _AMONG_PEOPLE.search(m.site.sentence):
        # "Agreement between the 2 radiologists was poor (QWK=0.01 to 0.06)": how far people agree
        # with each other, no system's result (read66)
        return None
    system = _SYSTEM_PAREN.search(before_head)  # "exceeding MACE-MP-0 (F1 0.669)"
    kind = "score"
    if bracketed and _CHANGE_IN_CLAUSE.search(m.site.left[-100:]):
        # "minimal degradation as measured by Chamfer Distance (2.48%)": the size of the change
        kind = "relative" if m.site.mentions[0].quantity == "percent" else "delta"
    out = drafts(m, names[0], kind, "<metric> of <number>")
    if len(out) == 1 and names[0] in benchmark_metrics() and any(
            start == head_start and _KEYED_TO_NUMBER.fullmatch(m.site.sentence, end, m.site.start)
            for _, start, end in metrics_in(m.site.sentence)):
        # "GenEval: 0.84, DPG-Bench: 86.1 and WISE: 0.55": a benchmark named as the metric,
        # its value keyed right after it, names the dataset too (the spec's "GenEval score"),
        # not the benchmark named after the number (lists27)
        out[0].dataset = names[0]
    if system and _benchmark_listed(before_head[:system.start("name")], system.group("name")):
        # "demonstrated on MNIST (98.3%), HIGGS (AUC approximately 0.885 ...)": a member of a list of
        # benchmarks led by "on", its metric keyed in its bracket, is the benchmark, not a system (read36)
        for draft in out:
            draft.dataset = system.group("name")
    elif system and (any(is_model_name(t) for t in system.group("name").split())
                     or model_family_pattern().fullmatch(system.group("name"))):  # "and Claude (kappa = 0.842)"
        for draft in out:
            draft.model = system.group("name")
    elif "(" in before_head and (spaced := _spaced_system_before_bracket(before_head)):
        for draft in out:  # "and Claude Sonnet 4 (F1 = 0.518 and MCC = 0.359)": a name written with spaces (read46)
            draft.model = spaced
    if len(names) == len(out) > 1:
        for draft, name in zip(out, names):
            draft.metric = name
    elif len(names) > 1 and len(out) == 1:
        return None  # "FID/IS of 2.1": which one is ambiguous
    own = _OWN_METRIC_AFTER.match(m.site.right) if len(out) > 1 and len(names) == 1 else None
    if own:
        # "a maximum F1 score of 8.97 and 17.5 on the LLM-judge metric": the last number is
        # in the metric named after it (read40)
        named = metrics_in(own.group("name"))
        out[-1].metric = named[0][0] if named else own.group("name")
        out[-1].quantity_named = not named
    return out


#: "a Mean Absolute Error of 0.42 percentage points" is a level in points (read40); "of 3
#: points higher than X", "of 2 points over X" a change.
_CHANGE_AFTER_POINTS = re.compile(
    r"(?i)\s*(?:higher|lower|better|worse|more|less|above|below|ahead|behind|over|improvements?|gains?|increases?"
    r"|reductions?|drops?|decreases?|boosts?|margin)\b")
#: "... and 17.5 on the LLM-judge metric": a metric named after the last number of a list.
_OWN_METRIC_AFTER = re.compile(r"\s+(?:on|in|under)\s+the\s+(?P<name>[\w@.-]+(?:\s[\w@.-]+)?)\s+(?:metric|measure)\b")


def _metrics_at_numbers(m: Match):
    """'achieves the highest IoU and mRec at 92.75% and 93.51%': as many measures listed as the
    numbers after "at", one per number in order (read64). Each member is a vocabulary metric
    (its last words) or an acronym the vocabulary does not know, one at least the vocabulary's."""
    mentions = m.site.mentions
    if len(mentions) < 2 or _declines(m.site) or any(x.sign for x in mentions) or _settings_listed(m.site):
        return None
    members = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.left.group("list"))
    if len(members) != len(mentions):
        return None
    names = []
    for member in members:
        known = metrics_in(member)
        last_word = member.split()[-1]
        if known and known[-1][2] == len(member):
            names.append(known[-1][0])
        elif _MEMBER_ACRONYM.search(member) and may_be_measure_acronym(last_word):
            names.append(last_word)
        else:
            return None
    if len(set(names)) != len(names) or not any(metrics_in(name) for name in names):
        return None
    out = drafts(m, names[0], "score", "<metrics> at <numbers>")
    for draft, name in zip(out, names):
        draft.metric = name
        draft.quantity_named = not metrics_in(name)
    return out


def _settings_listed(site: Site) -> bool:
    """Whether the site's numbers are whole and a setting's noun follows them: "at 256 and 512
    resolution", "at 4 and 8 bits", "at 50 and 100 sampling steps"."""
    return all(x.quantity == "plain" and x.is_integer for x in site.mentions) and bool(_SETTING_NOUN_AFTER.match(site.right))


#: A measure's acronym ending a list member: "instance mWCov", "mRec", "PQ".
_MEMBER_ACRONYM = re.compile(rf"(?:^|\s){MEASURE_ACRONYM}$")


def _acronym_of(m: Match):
    """'achieves EPDMS of 49.12', 'an OA of 93.5%', 'an EPDMS score of 51.31': an acronym the
    vocabulary does not know, then 'of' and a value, names the metric (recall7; the
    named-quantity convention: the noun before 'of' in 'a <quantity> of <value>'). Not a
    setting ('a CFG of 4.5', 'an NFE of 8'), a benchmark's name or a whole number (a count)."""
    mention = m.site.mentions[0]
    if _declines(m.site) or len(m.site.mentions) != 1 or _whole_count(mention):
        return None
    name = m.left.group("name") or m.left.group("defined")
    if SETTING_ACRONYM.fullmatch(name) or metric_at(name) or dataset_vocabulary().fullmatch(name):
        return None
    if _OPERATING_POINT.search(m.site.left, 0, len(m.site.left) - len(m.left.group())):  # (the left match ends the left text)
        return None  # "at a target block error rate (BLER) of 10^-4": a target, as `_metric_then_number` reads it (read61)
    if "=" in m.left.group() and not any(_EQUALS_VALUE.match(m.site.sentence, end) for _, _, end in metrics_in(m.site.sentence)):
        # "GMSD=0.083" in a list of keyed metrics ("SSIM=0.951, ..."), "(DBI = 15.85, accuracy =
        # 0.63)"; alone, an acronym keyed to a value is as often a statistic or a setting ("HR =
        # 0.842", "SD=0.16", "short-circuit ratio (SCR) = 1.5") as a result (read37)
        return None
    if name.lower() == "sota":
        # "sets a new SOTA of 76.7% on AndroidWorld": the standing the number gives, never the
        # name of its measure; a score whose metric the abstract does not name (read37)
        return drafts(m, "unspecified", "score", "<acronym> of <number>")
    return drafts(m, name, "score", "<acronym> of <number>", quantity_named=True)


#: "an OA of 34.5%": an acronym the vocabulary does not know, given a value in the sentence.
_ACRONYM_VALUED = LazyPattern(rf"(?<![\w-])(?:an?|the)\s+(?P<name>{UNKNOWN_ACRONYM})\s+of\s+(?:{BOUND}\s*)*\d")


def _acronym_valued_in(sentence: str) -> str | None:
    """The one metric a sentence that names no vocabulary metric gives values of by an acronym
    ('HyperSigma achieved an OA of 34.5%, DOFA reached 62.6%, and X achieved an OA of 93.5%'):
    the bare value of another system in the same list is of that metric too (recall21). None
    when the sentence names several such acronyms, or a setting's ('a CFG of 4.5')."""
    names = {found.group("name") for found in _ACRONYM_VALUED.finditer(sentence) if " of" in sentence}
    names = {name for name in names if not SETTING_ACRONYM.fullmatch(name) and not dataset_vocabulary().fullmatch(name)}
    return names.pop() if len(names) == 1 else None


#: Words that end the noun phrase before a rate: "while keeping a ... rate", "with a ... rate".
_RATE_STOP = r"(?i:a|an|the|with|and|or|of|in|on|at|for|to|by|from|while|whereas|its|their|our|achiev\w*|reach\w*|reveal\w*|show\w*|keep\w*|maintain\w*|attain\w*|obtain\w*|yield\w*|has|have|had|is|was|are|were)"
#: Words that grade a rate rather than name what it counts: "a low safety violation rate of".
#: (and aggregates: "group-mean hit rates" is the hit rate, read40)
_GRADING_WORDS = re.compile(r"(?i)^(?:(?:very|a|an|the|its|their|our|low|lower|lowest|high|higher|highest|minimal|reduced"
                            r"|average|mean|median|overall|(?:[a-z]+-)?(?:mean|average|median))\s+)+")


def _named_rate_of(m: Match):
    """'a safety violation rate of 0.2%', 'an average knowledge duplication rate of 47.3%': a
    rate the vocabulary does not know, then 'of' and a percentage, is a score of that named
    quantity (docs/claims-spec.md, "Named quantities": the noun before 'of' in 'a <quantity> of
    <value>'), as '0.2% safety violation rate' is (recall19). The vocabulary's rates ('success
    rate of') are the '<metric> of <number>' rule's; a setting's rate ('a masking rate of 75%',
    'at a sampling rate of') and a share of a count ('the rate of') give nothing."""
    if _declines(m.site, allowed=("percent",)) or not _unsigned_list(m.site):
        return None
    phrase = _GRADING_WORDS.sub("", m.left.group("np"))
    if SETTING_RATE.match(phrase + " ") or _SETTING_BEFORE_VALUE.search(m.before_left(m.left.start("np"))) \
            or _NOT_A_QUALITY.search(phrase) or metrics_in(phrase):
        return None
    metric = quantity_name(phrase)
    if metric in (UNSPECIFIED, "rate"):
        return None
    return drafts(m, metric, "score", "<named rate> of <number>", quantity_named=True)


#: What a result verb's "<noun phrase> of <value>" names that is no measured quantity: a change
#: (the change rules read it), a setting or a size, a count, a level or a generic result.
_NOT_A_MEASURE = re.compile(
    r"(?i)(?<![\w-])(?:reductions?|improvements?|gains?|increases?|decreases?|drops?|boosts?|speed-?ups?|margins?|factors?"
    r"|sizes?|budgets?|temperatures?|thresholds?|numbers?|counts?|totals?|lengths?|depths?|widths?|horizons?|windows?"
    r"|steps?|epochs?|batch|resolutions?|levels?|values?|average|maximum|minimum|peak|range|order|set|subset|fraction"
    r"|proportion|share|portion|rates?|scores?|performance|results?|accuracy|parameters?|params|tokens?|samples?|data"
    r"|mean|median|p-values?)$")  # "an interquartile mean of 0.61": an aggregate of the list's metric; a test's p-value (read75)
#: A verb that reports a result, then the noun phrase a value is "of": "achieves a speaker
#: similarity of", "attains mean attribute coverage of".
#: (or keeps one: "while maintaining a tool usage ratio of only 20.1%", review36)
#: (or continues a list of such values: "a Sharpe ratio of 1.60 and a maximum drawdown of 8.96%", read75)
_RESULT_VERB_NP_OF = (r"(?:\b(?:achiev|attain|reach|obtain|yield|deliver|record|report|exhibit|produc|register|maintain|sustain|keep)\w*"
                      r"|\bof\s+[-+]?\d[\d.,]*\s*(?:%|\\%)?\s*,?\s+and)\s+"
                      r"(?:(?:an?|the|its|their)\s+)?(?P<np>(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)\s+of\s+"
                      rf"(?:(?:only|just|about|around|approximately|nearly|over|up\s+to)\s+)?(?:{BOUND}\s*)*")


#: A reward named as the quantity: "a median reward of", "a converged median Blue reward of".
_REWARD_HEAD = re.compile(r"(?i)\brewards?$")


def _named_quantity_of(m: Match):
    """'achieves a speaker similarity of 0.68', 'attains a Gini coefficient of 0.581': after a
    verb that reports a result, 'a <quantity> of <value>' whose quantity the vocabulary does not
    know is a score of that named quantity (docs/claims-spec.md, "Named quantities": the noun
    phrase after 'of' in 'a <quantity> of <value>'), as the rate and score heads are
    (`_named_rate_of`, `_named_score_of`). Not a change, a setting, a size, a count, a generic
    result or a vocabulary metric (the rules that know them read them), nor a whole number
    (a count more often than a score); names28. A reward is tallied, whole: "a median reward of
    98,026" is one (read53)."""
    mention = m.site.mentions[0]
    if _declines(m.site) or not _unsigned_list(m.site) or (_whole_count(mention) and not _REWARD_HEAD.search(m.left.group("np"))):
        return None
    phrase = _SCORE_GRADE.sub("", _GRADING_WORDS.sub("", m.left.group("np")))
    if (not phrase or _NOT_A_MEASURE.search(phrase) or _NOT_A_QUALITY.search(phrase) or metrics_in(phrase)
            or SETTING_RATE.match(phrase + " ")):
        return None
    metric = quantity_name(phrase)
    if metric == UNSPECIFIED:
        return None
    return drafts(m, metric, "score", "<named quantity> of <number>", quantity_named=True)


def _whole_count(mention) -> bool:
    """A whole number without a unit: a count or a rating step more often than a score."""
    return mention.is_integer and mention.quantity == "plain"


def _score_named_by(phrase: str) -> str | None:
    """The named quantity of 'a <phrase>' when it is a score named by what it grades
    ('captioning score', 'retention score'), not one named only by grade or owner."""
    metric = quantity_name(_SCORE_GRADE.sub("", phrase))
    return metric if metric != UNSPECIFIED and metric.lower().endswith(("score", "-measure")) else None


#: Words that grade a score or say whose it is, not what it grades: "a state-of-the-art score of".
_SCORE_GRADE = re.compile(
    r"(?i)^(?:(?:new|state-of-the-art|sota|best|top|leading|record|competitive|strong|remarkable|impressive|excellent"
    r"|superior|perfect|final|overall|average|mean|total|median|aggregate|benchmark|reported|our|its|their)\s+)+")
#: A bare noun phrase right after a preposition is that preposition's object, and an 'of <value>'
#: after it belongs to the noun before the preposition ("a correlation with expert scores of 0.51").
_OBJECT_OF_PREPOSITION = re.compile(r"(?i)\b(?:with|to|between|against|of|on|for|from|among|versus|vs\.?)\s+$")


#: "state-of-the-art performance with S-measures of": a generic result owns no value, the score after "with" does.
_GENERIC_WITH = re.compile(r"(?i)\b(?:performance|results?)\s+with\s+$")


#: A score's scale right after it: " out of 8", " out of 100".
_OUT_OF_SCALE = re.compile(r"\s+out\s+of\s+\d")


def _named_score_of(m: Match):
    """'a captioning score of 33.063', 'an aesthetic score of 6.12': a score named by what it
    grades, then 'of' and a value, is a score of that named quantity (docs/claims-spec.md,
    "Named quantities": "a score named by what it grades is a named quantity"; the noun before
    'of' in 'a <quantity> of <value>'), the mirror of '<number> <named quality>' (recall20). A
    score qualified only by grade, owner or aggregate ('an overall score of', 'a benchmark
    score of') is the generic result (`<score> of <number>`'s); the vocabulary's scores ('F1
    score of', 'driving score of') are `<metric> of <number>`'s; a whole number gives nothing
    (a count or a rating step), nor does a setting's or a bound's value (`_declines`)."""
    mention = m.site.mentions[0]
    if _declines(m.site) or not _unsigned_list(m.site) or _whole_count(mention):
        return None
    if m.left.group("apposed") and not _OUT_OF_SCALE.match(m.site.right):
        return None  # "the highest mean rubric score, 7.50 out of 8": set off by a comma only on its scale (read55)
    phrase = _SCORE_GRADE.sub("", _GRADING_WORDS.sub("", m.left.group("np")))
    before = m.before_left(m.left.start("np"))
    if _SETTING_BEFORE_VALUE.search(before) or (_OBJECT_OF_PREPOSITION.search(before) and not _GENERIC_WITH.search(before)) \
            or metrics_in(phrase):
        return None  # "a correlation with expert scores of 0.51": the value is the correlation's
    metric = _score_named_by(phrase)
    return drafts(m, metric, "score", "<named score> of <number>", quantity_named=True) if metric else None


def _number_named_score(m: Match):
    """'a 0.87 retention score', '71.3% safety score': a value before a score named by what it
    grades is a score of that named quantity, as '88% fidelity' is (`_named_quality`) and 'a
    retention score of 0.87' is (`_named_score_of`) (recall20). A score qualified only by grade
    or aggregate ('0.77 overall score') stays `<number> score`'s; a whole number gives nothing."""
    mention = m.site.mentions[0]
    if _declines(m.site) or not _unsigned_list(m.site) or _whole_count(mention):
        return None
    if _SETTING_BEFORE_VALUE.search(m.site.left[-20:]) or metrics_in(m.right.group("np")):
        return None
    metric = _score_named_by(m.right.group("np"))
    return drafts(m, metric, "score", "<number> <named score>", quantity_named=True) if metric else None


#: After the bracket: "(1%) of tokens", a share of something, not a value of the label.
_SHARE_AFTER_BRACKET = re.compile(r"\s*of\b")


def _graded_metric_bracket(m: Match):
    """'base model accuracy remains low (20-38% across model families)', 'recall is high
    (95.2%)': a value in brackets after a metric said to be high or low is the metric's level
    (claims-spec, "A value in brackets after a label is that label's value"; read37)."""
    if _declines(m.site) or m.site.mentions[0].sign is not None or _whole_count(m.site.mentions[0]):
        return None
    before = m.before_left()
    named = metrics_in(before)
    if not named or named[-1][2] != len(before):
        return None
    return drafts(m, named[-1][0], "score", "<metric> is <grade> (<number>)")


def _label_bracket(m: Match):
    """'sensitivity was lower in dense breasts (67.86%) than in fatty breasts (96.30%)', 'low
    grasp forces (0.20-0.50 N)': an unsigned value in brackets right after a label is that
    label's value (claims-spec, "A value in brackets after a label is that label's value";
    `quantities.bracket_label` reads the label, as `changes._signed` does for a signed one).
    After a named quantity graded as a result it is that quantity's score; after a subgroup,
    task, split or setting it is the sentence's metric measured there, the label its condition,
    and only where the sentence names a metric (a share of a subgroup names none). A whole
    number (a count, a year), a setting's own value and a name's bracket give nothing here."""
    mention = m.site.mentions[0]
    if _declines(m.site, ("plain", "percent", "time")) or len(m.site.mentions) != 1 or mention.sign is not None or _whole_count(mention):
        return None
    if m.right.end() < len(m.site.right) and _SHARE_AFTER_BRACKET.match(m.site.right, m.right.end()):
        return None  # "a small subset (1%) of tokens": a share of what follows
    keyed = m.left.group().rstrip().endswith(":")
    label = keyed_label(m.site.left) if keyed else bracket_label(m.site.left)
    if label is None or (keyed and label[0] == "quantity"):
        return None  # "(mAP: 45.1": the metric's own rules read it
    kind, name, graded = label
    if kind == "quantity":
        if not graded or _NOT_A_QUALITY.search(name):
            return None  # "a sparsity (", "the confidence (": a setting or a level of chance
        return drafts(m, name, "score", "<label> (<number>)", quantity_named=not metrics_in(name))
    metric = quality_metric_before(m.site.left)
    if metric is None:
        return None
    if mention.value_max is not None and _TO_WORD.search(mention.text) and _CHANGE_BEFORE_LABEL.search(m.site.left):
        # "increasing its success rate ... for both object search (14.83% to 47.38%) and path search
        # (6.44% to 24.94%)": after a change, "A to B" in a label's bracket is before and after (review36)
        out = before_and_after(m.site, metric, "<label> (<number> to <number>)")
        if out:
            for draft in out:
                draft.condition = name
            return out
    return drafts(m, metric, "score", "<label> (<number>)", condition=name)


_TO_WORD = re.compile(r"\sto\s")
#: A change said earlier in the sentence: a verb or noun of rising or falling.
_CHANGE_BEFORE_LABEL = re.compile(
    r"(?i)\b(?:improv|increas|rais|boost|lift|reduc|decreas|lower|cut|gain|drop|ris|rose|grow|grew|jump)\w*\b")


#: A noun of a quality ("fidelity", "robustness", "relevance"), as '88% fidelity' names one.
_QUALITY_NOUN = re.compile(r"[a-z](?:ity|ness|ance|ence|ancy|ency)$")


def _quality_named(np: str) -> str | None:
    """The quantity a named quality before a bracket names ('perfect conformance', 'the smallest
    optimality gap'), or None: a grade alone, a setting, a level of chance, a vocabulary metric
    (read by the rules that know it)."""
    phrase = _SCORE_GRADE.sub("", _GRADING_WORDS.sub("", np))
    if _NOT_A_QUALITY.search(phrase) or metrics_in(phrase):
        return None
    metric = quantity_name(phrase)
    return None if metric in (UNSPECIFIED, "rate", "gap", "error", "score") else metric


def _pair_label(left: str) -> str | None:
    """'often on fidelity (36.1% vs. 31.7%)': the named quantity right before a pair in brackets
    is the pair's own quantity (claims-spec: a value in brackets after a named quantity is that
    quantity's value), read by `bracket_label`, the one reader of a label before a bracket, as
    for one number (`<label> (<number>)`); a label it takes for a setting is the pair's quantity
    only where it is a named quality ("on fidelity (": what was compared, not where)."""
    opening = left.rfind("(")
    if opening < 0:
        return None
    label = bracket_label(left[:opening + 1])
    if label is None:
        return None
    kind, name, graded = label
    if kind == "quantity":
        return name if graded and not _NOT_A_QUALITY.search(name) else None
    return _quality_named(name) if name and _QUALITY_NOUN.search(name) else None


def _overall_score(m: Match):
    """'0.77 overall score on hard prompts' in a benchmark that is its own metric."""
    if _declines(m.site):
        return None
    if spaced_system_ending(m.site.left[-40:] + m.site.mentions[0].text):
        return None  # "Sonnet 4.5 scores 42.8%": a system's version before its verb, no score (read72)
    for name in benchmark_metrics():
        for match, found in dataset_vocabulary().find(m.site.sentence):
            if found == name:
                return drafts(m, name, "score", "<number> score on <benchmark>", dataset=name)
    return drafts(m, "unspecified", "score", "<number> score")


def _benchmark_metric_near(site: Site) -> str | None:
    """A benchmark that is its own metric, named in the sentence: the nearest before the
    number, else the first after it."""
    named = [(match.start(), match.end(), name) for match, name in dataset_vocabulary().find(site.sentence)]
    found = [(start, name) for start, _, name in named if name in benchmark_metrics()]
    before = [name for start, name in found if start < site.start]
    if before:
        return before[-1]
    after = [(start, name) for start, name in found if start >= site.end]
    if not after:
        return None
    own = _ON_OWN_NAME.match(site.sentence, site.end)
    if own and own.end() < after[0][0]:
        return None  # "80.5% on VideoGen Reward, 82.3% on GenAI-Bench": the first has a benchmark of its own
    if _first_of_a_list(site.sentence, named, after[0][0]):
        return None  # "an average score of 82.8 across GenEval and DPG-Bench": over all of them, none's own metric (read68)
    return after[0][1]


def _first_of_a_list(sentence: str, named: list[tuple[int, int, str]], start: int) -> bool:
    """Whether the benchmark named at `start` is followed at once by another, as a list writes
    them (`named`: the sentence's benchmarks, (start, end, name), as the vocabulary finds them)."""
    names = [(begin, end) for begin, end, _ in named if begin >= start]
    return len(names) > 1 and bool(LIST_GAP.fullmatch(sentence, names[0][1], names[1][0]))


#: A benchmark's name right after a number: "80.5% on VideoGen Reward".
_ON_OWN_NAME = LazyPattern(r"\s*(?:%|points?)?\s*(?:on|in|for)\s+(?:the\s+)?(?=[A-Z])")


def _score_of(m: Match):
    """'achieves an overall score of 0.84' (on GenEval): the benchmark's own metric;
    'yields a GLUE average of 83.6': no metric named."""
    if _declines(m.site) or ("result" in m.left.group() and _whole_count(m.site.mentions[0])):
        return None  # "results of 3 runs": a count
    if m.left.group("with") and m.site.mentions[0].quantity == "plain" and m.site.mentions[0].is_integer:
        return None  # "rated with scores of 1 to 5": a scale; "with scores of 87.1% on GSM8K" is a result (read62)
    # "... a Dice score of 0.935, close to the best team with an average score of 0.938"
    metric = _benchmark_metric_near(m.site) or quality_metric_before(m.site.left) or "unspecified"
    return drafts(m, metric, "score", "<score> of <number>")


#: A percentage a metric is held at, right before the metric: "89.4% detection at 2.4% false
#: positive rate", "at 4% trajectory-wise FPR". That metric is the setting of another result,
#: not the metric of a number the sentence leaves unnamed.
_AT_RATE_VALUE = re.compile(r"\bat\s+(?:an?\s+)?\d[\d.]*\s*\\?%\s*(?:[a-z]+-[a-z]+\s+)?$")


#: "averaging " (and a hedge) right before the number.
_AVERAGE_VERB_BEFORE = re.compile(r"(?i)\baverag(?:es|ed|ing)\s+(?:(?:about|around|approximately|roughly|nearly|only|just)\s+)?$")
#: A change's noun earlier in the clause: "error reduction against the strongest comparator averages".
_CHANGE_NOUN_BEFORE = re.compile(rf"(?i)\b(?:{CHANGE_NOUN_WORDS}|speed-?ups?)\b[^.;]*$")
#: After an averaged number: a comparison ("over the base model") or a count's noun ("lines").
_AVERAGED_CHANGE_OR_COUNT_AFTER = re.compile(
    r"(?i)\s*(?:%|percent|points?|pp)?\s*(?:over|than|relative|compared|above|below|higher|lower|more|fewer|less|faster|slower"
    r"|lines|tokens|words|steps|turns|calls|files|characters|queries|samples|images|frames|items|pages)\b")


#: The words between a number and a metric written as its own noun: a unit, then up to two
#: qualifiers, none a preposition or conjunction ("49.90 Macro Success AUC").
_QUALIFIERS_BEFORE_METRIC = re.compile(
    r"\s*(?:%|\\%)?(?:\s+(?!(?:on|in|of|for|at|with|and|or|than|over|the|a|an|to|by|from|vs|versus|per)\b)[A-Za-z][\w-]*){0,2}\s+")


def _metric_just_after(site: Site) -> str | None:
    """The metric named right after a number, up to two qualifiers between (not a cost)."""
    if not site.metric_right:
        return None  # (the site's cached cheap test: no metric's word in the 40 characters after it)
    right = site.right
    found = metrics_in(right[:60])
    if found and found[0][0] not in COST_METRICS and _QUALIFIERS_BEFORE_METRIC.fullmatch(right, 0, found[0][1]):
        return found[0][0]
    return None


def _verb_number(m: Match):
    """'SPE-GNN reaches 74.3% and 65.8%', 'on DPG-Bench it scores 86.3': a result with
    its metric said elsewhere (the sentence, a benchmark that is a metric, the last claim)."""
    if _declines(m.site) or NOTHING_REACHES.search(m.site.left[-80:]):
        return None
    if any(x.quantity == "plain" and x.is_integer for x in m.site.mentions):
        return None  # "reaches 50" is as often a count as a score
    if _AVERAGE_VERB_BEFORE.search(m.site.left[-30:]) and (
            _CHANGE_NOUN_BEFORE.search(m.site.left[-100:]) or _AVERAGED_CHANGE_OR_COUNT_AFTER.match(m.site.right)):
        # "error reduction ... averages 14.5%", "averaging 34.7 percent over the base model": an
        # average change, which the change rules read; "fixes averaging 38.6 lines": a count (read67)
        return None
    if _CHANGE_NOUN_AFTER.match(m.site.right):
        # "achieves a 90% reduction in required environment interactions": the number is a
        # change's size, which `<number> <change>` reads or declines (a change of data or
        # steps is no claim); never a score of the sentence's metric (read16)
        return None
    own = _OWN_NOUN.match(m.site.right)
    if _SHARE_OF_TRIALS.match(m.site.right):
        metric = "success rate" if _SUCCESS.search(m.site.left[-30:]) else None
        if metric is None:
            return None
    elif own:
        # "attains a 0.11 collision rate", "achieves 0.62 TEPE": the number's own noun names
        # its metric, one the vocabulary does not know; a metric named elsewhere in the
        # sentence ("... in accuracy and safety") is another number's
        # "an 81.37% rate in linguistic accuracy": the metric after "in" is the number's
        named = metrics_in(m.site.right[own.end():own.end() + 40]) if _IN_OR_OF.match(m.site.right, own.end()) else None
        metric = "success rate" if own.group("success") else (named[0][0] if named else "unspecified")
    elif (subject_named := subject_quantity(m.site.left)) is not None:
        metric = subject_named  # "Strong-scaling efficiency reaches 66%": the subject names the number's quantity (read45)
    elif (after_change := named_after_bracket("", m.site.right)) is not None:
        metric = after_change  # "achieves 88.9% (+29.9% over experts) workflow success": what the score measures (read63)
    elif (written_after := _metric_just_after(m.site)) is not None:
        # "achieves 49.90 Macro Success AUC": a metric the number's own words end with, two
        # qualifiers between, whatever other metric the sentence names (read73)
        metric = written_after
    else:
        names = [n for n, start, _ in metrics_in(m.site.sentence)
                 if n not in COST_METRICS and not _AT_RATE_VALUE.search(m.site.sentence, max(0, start - 30), start)]
        if _ON_OWN_NAME.match(m.site.sentence, m.site.end):
            # "80.5% on VideoGen Reward, 82.3% on GenAI-Bench": a benchmark that is its own
            # metric names the metric of its own number only
            names = [n for n in names if n not in benchmark_metrics() or n == _benchmark_metric_near(m.site)]
        metric = _own_or(m.site, _benchmark_metric_near(m.site) or (names[0] if len(set(names)) == 1 else None)
                         or (_acronym_valued_in(m.site.sentence) if not names else None)
                         or m.site.context_metric or "unspecified")
    kind = "score"
    if m.site.mentions[-1].quantity == "percent" and _SHARE_OF_AFTER.match(m.site.right):
        # "attaining around 75% of the baseline", "achieves 91.2% of X's quality": a share of
        # another system's value, relative to it, not a score (the labelled sets write it so; read46)
        kind = "relative"
    elif m.site.mentions[0].sign == "+" or _CHANGE_REACHES.search(m.site.left[-80:]):
        # "achieved +20.6% on unseen objects" (a plus), "the most significant improvement can
        # reach 50.0%": the number is a change's size
        kind = "relative" if m.site.mentions[0].quantity == "percent" else "delta"
    out = drafts(m, metric, kind, "<verb> <number>")
    subject = match_where_longest_starts(_NAME_THEN_VERB, _NAME_THEN_VERB_LONGEST, m.site.left)
    if subject and _PREPOSITION_BEFORE.search(m.site.left, max(0, subject.start("name") - 12), subject.start("name")):
        subject = None  # "outperforms all baselines on Gen-Arena, achieving 0.60 EGIP": a benchmark, no subject (read54)
    if subject and (is_model_name(subject.group("name")) or subject.group("name") in TECHNIQUES_AS_SUBJECTS):
        # "DeepSeek R1 reaches": a name written with its version apart is read whole (read58)
        name = spaced_system_ending(m.site.left[max(0, subject.start("name") - 40):subject.end("name")]) or subject.group("name")
        for draft in out:  # "MoGA-B meets 75.5%", "... than MobileNetV3, which scores 75.2%"
            draft.model = name
    return out


#: A preposition right before a name: the name is what the clause is on, not its subject.
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|across|over|at|from)\s+(?:the\s+)?$")
#: The system right before the verb of "<verb> <number>", or before ", which <verb>".
_NAME_THEN_VERB = LazyPattern(
    rf"(?P<name>{NAME_TOKEN}),?\s+(?:which\s+|that\s+)?(?:achiev\w*|attain\w*|obtain\w*|reach\w*|scor\w*|meets?|gets?|hits?)"
    r"\s+(?:(?:a|an|the|new|state-of-the-art|competitive|strong|average|overall|remarkable|impressive)\s+)*$")
#: `_NAME_THEN_VERB` read backwards as POSIX: the longest match ending at the end, which starts
#: where the leftmost match does (as params' `_NAME_HYPHEN_END_LONGEST`; rules.base.ReverseGate,
#: `leftmost`): the forward pattern is matched there, not searched for along the sentence (speed27).
_NAME_THEN_VERB_LONGEST = longest_twin(_NAME_THEN_VERB)


def _metric_of_system_at(m: Match):
    """'keeps the WikiText-2 perplexity of Llama-2-70B at 3.79', 'the PSNR of rendered views reaches 21.4',
    'the Spearman correlation with human ratings of 0.71'."""
    if _declines(m.site):
        return None
    if has_number(m.left.group(0).split(m.left.group("head"), 1)[-1]):
        return None  # "an FID of 107.47 even at 6 meters lane shift": the metric has its value; this one is a setting
    names = metric_list_at(m.left.group("head"))
    if not names or names[0] in COST_METRICS:
        return None
    if m.left.group("paired") and not _AGREEMENT_METRIC.search(names[0]):
        return None  # "mAP@0.5 with an average of 4.2 bits": a setting; only a correlation is "with" or "between" its pair (read64)
    return drafts(m, names[0], "score", "<metric> of X at <number>")


#: Metrics of agreement between two things, written "<metric> with|between X is N" ("the Spearman
#: correlation with human ratings of 0.71").
_AGREEMENT_METRIC = re.compile(r"(?i)correlation|kappa|agreement|Kendall|Spearman|Pearson|ICC|tau|rho")


#: "(Whisper large-v3)", "with nnU-Net", "for Tool-SFT" (read67): the system the first number is
#: said of; "at 135M": the first number's setting, a size or a step count (read43); "under few-shot
#: prompting", "at low magnification", "after one revision": a setting in words, no number (read58).
_ASIDE = (r"(?:mm|dB|%|points?)?\s*(?:\((?P<paren>[^()]{1,40})\)|(?:with|for)\s+(?P<with>[^,;()]{1,40}?)"
          r"|at\s+(?P<at>\d[\d.,]*\s*[KMBT]\b(?:\s+(?:parameters|params|steps|tokens))?)"
          # a rate or count of inputs ("from 32.9% at 2 FPS to 44.6%") or a level named by a letter
          # and its number ("from 86.50 at L1 to 42.86 at L3"): a setting (read69)
          r"|(?P<setting>at\s+(?:\d[\d.,]*\s*(?:FPS|fps|Hz|frames|shots)\b|[A-Z]\d{1,2}\b))"
          r"|(?P<setting_words>(?:under|at|after|before|during|using|without|in|on)\s+[^,;()\d]{1,40}?))")
#: A bound word before the second number: "from about 67% with a small dataset to nearly 98%" (read41).
_TO_BOUND = r"(?:(?:nearly|almost|about|around|approximately|roughly|over|only|just)\s+)?"


def _from_aside(m: Match):
    """'lowers WER from 25.9 (Whisper large-v3) to 21.3', 'falls from 6.9 mm with nnU-Net
    to 4.8 mm': the first number is the named system's score."""
    if _declines(m.site) or len(m.site.mentions) != 1:
        return None
    metric = _aside_pair_metric(m)
    if metric is None:
        return None
    setting = m.right.group("setting") or m.right.group("setting_words")
    aside = m.right.group("paren") or m.right.group("with") or m.right.group("at") or setting
    if setting:
        # "Gemma3-1B improves from 20.25% under few-shot prompting to 85.28% with RAG": one system
        # under two settings, the change's subject where one is named (attribution, role "subject"; read58)
        return drafts(m, metric, "score", "<metric> from <number> (X) to <number>", condition=aside.strip(), role="subject")
    if m.right.group("at") or (m.right.group("paren") and not _CAPITAL_OR_DIGIT.search(aside)):
        # "from 0.10 (standard fine-tuning) to 0.12", "from 8.6% (vision-only) to 59.0%": lower-case
        # words in the bracket say what the first number was reached with, a described system or
        # a setting; no system's name (holdout25 labels it so: model null, the words in condition)
        return drafts(m, metric, "score", "<metric> from <number> (X) to <number>", condition=aside.strip(), role="unnamed")
    member = _family_member(aside, m.site.left)
    if member is not None:
        # "accuracy scales from 41% (0.8B) to 96.8% (397B-A17B)": a bare size names a member of
        # the family the sentence names ("within the Qwen3.5 family"), else no system (read82)
        return drafts(m, metric, "score", "<metric> from <number> (X) to <number>", model=member or None,
                      role="before" if member else "unnamed")
    out = drafts(m, metric, "score", "<metric> from <number> (X) to <number>")
    name_compared_system(out, aside)
    return out


_CAPITAL_OR_DIGIT = re.compile(r"[A-Z0-9]")
#: A model family the sentence names: "within the Qwen3.5 family", "the Pythia model series".
_FAMILY_NAMED = re.compile(r"\b(?:the|its|their)\s+(?P<family>[A-Z][\w.+-]*[A-Za-z0-9])\s+(?:models?\s+)?(?:family|series)\b")
#: A size alone, maybe a mixture's active size after it: "0.8B", "397B-A17B".
_BARE_SIZE = re.compile(r"\d+(?:\.\d+)?[BMKT](?:-A\d+(?:\.\d+)?[BMK])?")


def _family_member(aside: str, left: str) -> str | None:
    """For a bare size in brackets, the family member it names ('Qwen3.5-0.8B' after "the
    Qwen3.5 family"), '' where no family is named; None for any other aside."""
    if not _BARE_SIZE.fullmatch(aside.strip()):
        return None
    families = list(_FAMILY_NAMED.finditer(left))
    return f"{families[-1].group('family')}-{aside.strip()}" if families else ""


def _aside_pair_metric(m: Match) -> str | None:
    """The metric of 'from A (X) to B': the quality metric said before the pair, else what the
    change verb before "from" changes, as for a pair without the aside ("Qwen2.5-VL-72B improves
    from 8.6% (vision-only) to 59.0%": a named system's result, `unspecified`; review35)."""
    metric = quality_metric_before(m.left.group("head")) or quality_metric_before(m.site.left)
    if metric is None:
        head = m.left.group("head")
        if (rate := _NAMED_RATE_HEAD.search(head)) is not None:
            # "the unconditional hit rate decreases from 0.522 at low magnification to 0.185" (read58)
            return _named_rate(rate)
        change = _CHANGE_FROM.search(head)
        # (a setting word is asked of the change's own words: "target-context identity similarity,
        # improving face similarity from" changes a quality, read67)
        if change and not _NOT_RESULT_HEAD.search(head, change.start()):
            metric, _ = _changed_from(change.group("object"), head[:change.start()], change.group())
    return metric


def _to_after_aside(m: Match):
    """The second number of 'from 25.9 (Whisper large-v3) to 21.3': the subject's score."""
    if _declines(m.site) or len(m.site.mentions) != 1:
        return None
    metric = _aside_pair_metric(m)
    if metric is None:
        return None
    # a setting between the numbers: one system under two settings, the subject's (read58)
    out = drafts(m, metric, "score", "<metric> from <number> (X) to <number>", role="subject" if m.left.group("setting") or m.left.group("setting_words") else "after")
    named = _NAME_IN_BRACKET_AFTER.match(m.site.right)
    if named and is_model_name(named.group("name")):
        for draft in out:
            draft.model = named.group("name")  # "from 27% (baseline) to 61.4% (OmniVIC)": the bracket names B's system (review35)
    sized = _SIZE_IN_BRACKET_AFTER.match(m.site.right)
    member = _family_member(sized.group("size"), m.site.left) if sized else None
    for draft in out if member else ():  # ('' where no family is named)
        draft.model = member  # "... to 96.8% (397B-A17B)" within "the Qwen3.5 family" (read82)
    return out


#: A size alone in brackets right after a number: "96.8% (397B-A17B)".
_SIZE_IN_BRACKET_AFTER = re.compile(rf"\s*\(\s*(?P<size>{_BARE_SIZE.pattern})\s*\)")
#: A name alone in brackets right after a number: "61.4% (OmniVIC)".
_NAME_IN_BRACKET_AFTER = re.compile(r"\s*\(\s*(?P<name>[A-Za-z][\w.+-]*)\s*\)")


#: "increasing it from", "taking them from": the metric was named earlier in the sentence.
_PRONOUN = re.compile(r"(?i)\b(?:it|them|this|these)\s+(?:\w+\s+)?$")
#: "ranging from 3% to 20%", "varying between": the two numbers bound one value.
#: ("ranging in duration from 10 to 90 minutes": what ranges may be named between, read42)
_RANGING = re.compile(r"(?i)\b(?:rang\w*|vary\w*|varies|spanning)\s+(?:in\s+[a-z]+\s+)?$")
def _ranging_subject(head: str, head_start: int, found: list) -> str | None:
    """The quantity a verb of ranging ending `head` is said of, its subject, where the vocabulary
    names no metric in it or after it: "attack success ranges from 12.6% to 80.9%", "while Utility
    remains between 75.0% and 97.6%" (read83). Not a generic result ("observe scores ranging from":
    which score is not said) nor a system."""
    before_verb = _RANGE_VERB_AT_END.sub("", head)
    subject = _RANGE_SUBJECT.search(before_verb)
    if subject is None or len(before_verb) == len(head) or _GENERIC_RESULT.search(subject.group("np")):
        return None
    if any(end > head_start + subject.start("np") for _, end in found):
        return None  # "the error rate ranges from": the metric the vocabulary names
    named = quantity_name(subject.group("np"))
    return None if named in (UNSPECIFIED, "rate") else named


#: The subject before a verb of ranging: up to three words in lower case after a clause's opener
#: or mark and an article (not "accuracy at the allow-or-block decision ranges", whose subject
#: is longer), the first may be capitalised ("while Utility remains", a measure named in capitals).
_RANGE_SUBJECT = re.compile(
    r"(?:^|\b(?:while|whereas|and|but|where|that)\s+|[,;:(]\s*)(?:(?:the|its|their|our)\s+)?"
    r"(?P<np>(?:[A-Z][a-z]+|(?!(?:the|its|their|our|also|still|only|is|are|was|were)\b)[a-z][\w-]*)(?:\s+(?!(?:is|are|was|were)\b)[a-z][\w-]*){0,2})\s+$")
#: Verbs of holding or ranging (stems, `\w*` after), and the adverbs that may follow them.
_RANGE_VERBS = r"remain|stay|lie|lies|lay|lying|rang|vari|vary|fluctuat|hover|sit|sat|fall|fell"
_RANGE_ADVERB = r"(?:mostly|largely|consistently|always|roughly|approximately)\s+"
#: A verb of holding or ranging right before "between": "utility remains between 75.0% and 97.6%" (read83).
_HOLDS_BEFORE_BETWEEN = re.compile(rf"(?i)\b(?:{_RANGE_VERBS})\w*\s+(?:{_RANGE_ADVERB})?$")
#: The verb of ranging ending a head, taken off to read its subject.
_RANGE_VERB_AT_END = re.compile(rf"(?i)\b(?:{_RANGE_VERBS}|spanning)\w*\s+(?:in\s+[a-z]+\s+|{_RANGE_ADVERB})?$")
#: Not "dropout": a setting ("dropout rates ranging from 10% to 50%", read39), never a change.
_CHANGE_WORD = re.compile(rf"(?i)\b(?!dropout)(?:{CHANGE_VERB}|improvements?|gains?|margins?|reductions?)\b", re.VERBOSE)


_CHANGE_FROM_VERB = (r"improv\w*|increas\w*|ris\w*|rose|grow\w*|grew|climb\w*|jump\w*|boost\w*|rais\w*|lift\w*|push\w*|drop\w*"
                     r"|fall\w*|fell|declin\w*|decreas\w*|reduc\w*|lower\w*|cut(?:s|ting)?|doubl\w*|tripl\w*|halv\w*"
                     # a neutral change only with no object: "completion changes from 80% to 85%" (what
                     # one changes from A to B is a setting: "we changed the temperature from"; read83)
                     r"|(?:chang|shift)(?:es|ed|s)(?=\s+(?:\(\s*)?$)")
_CHANGE_FROM = re.compile(
    rf"(?i)\b(?:{_CHANGE_FROM_VERB})\s+(?P<object>(?:(?!(?:from|to|{_CHANGE_FROM_VERB})\s)[\w-]+(?:[.@^][\w-]+)*\s+){{0,10}}?"
    rf"(?:\((?-i:{UNKNOWN_ACRONYM})\)\s+)?)(?:\(\s*)?$")  # "lifts a four-task mean grader score from" (read42); "improves grasp stability (from" (read52)
#: (up to ten words, none of an earlier pair's "from" or "to", nor a change verb, which is the pair's own: "a 3x
#: ASR reduction on AgentDojo while improving benign utility from", read64; "raises the five-benchmark averages of the official
#: Qwen3-4B and Qwen3-8B checkpoints from", not "improves AIME 2025 from 36.9 to 40.3 and AIME 2024 from": read61)
#: A change by a number, then a bracket that opens "from": "improving quality by 9.2% (".
_CHANGE_THEN_BRACKET = re.compile(
    r"(?i)\b(?:improv\w*|increas\w*|boost\w*|rais\w*|lift\w*|reduc\w*|lower\w*|decreas\w*|cut\w*)\s+"
    # (or set off by a comma: "improves over its base generator by 19.1 points, from 56.5 to 75.6", read66)
    r"(?P<object>(?:[\w-]+\s+){0,6}?)by\s+(?:[~≈]\s*)?\d[\d.,]*\s*(?:%|points?|pp)?\s*[(,]\s*$")
#: A change by a number, then what changed after "in", then a bracket that opens "from": "a 13.8%
#: relative improvement in reference-based fidelity (" (read80).
_CHANGE_IN_THEN_BRACKET = re.compile(
    r"(?i)\d[\d.,]*\s*(?:%|\\%|points?|pp)?\s*(?:relative\s+|absolute\s+)?(?:improvement|gain|increase|boost|reduction|decrease|drop)s?"
    r"\s+in\s+(?P<object>(?:[\w-]+\s+){0,4}?[\w-]+)\s*\(\s*$")
#: The settings and inputs a method is run with, never its results (`_SETTING_HEAD`).
_SETTING_WORDS = (r"steps?|layers?|tokens?|samples?|epochs?|iterations?|batch|resolution|size|length|dimensions?|rank|width"
                  r"|depth|bits?|horizon|vocabulary|context|budget")
#: What changes from A to B without being a result: settings, data, counts and costs.
_NOT_RESULT_HEAD = re.compile(rf"(?i)\b(?:{_SETTING_WORDS}|parameters?|params|number|count|data|cost|time|memory|latency)\b")
_SETTING_HEAD = re.compile(rf"(?i)\b(?:{_SETTING_WORDS})\b")
#: A setting's noun after numbers (the rest of their list first), a word of its own before it allowed ("sampling steps").
_SETTING_NOUN_AFTER = re.compile(rf"(?i)(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|/)\d+)*\s*(?:[a-z][\w-]*\s+)?(?:{_SETTING_WORDS}|bits?|shots?|frames?|GPUs?|resolutions?|NFEs?)\b")
#: A setting in the plural right before "from": the span of settings a study sweeps, no result.
_SETTING_SPAN_BEFORE = re.compile(r"(?i)\b(?:batch\s+sizes|sequence\s+lengths|context\s+lengths|input\s+lengths"
                                  r"|resolutions|learning\s+rates|temperatures)\s+(?:ranging\s+|varying\s+)?$")
#: "<word> rate(s) [on|for|among <1-3 words>] [dropping|falls ...] from": a named rate just
#: before "from"; one word before "rate" names it ("harmful rate", "over-blocking rate"); a named
#: gap too, in any unit ("the instability gap Delta_5 contracts from 0.356 to 0.138", read43); so
#: are a named fraction or proportion ("invalid-depth fractions fell from 21% to 11%", read69).
_NAMED_RATE_HEAD = re.compile(
    r"(?i)(?:^|[\s(])(?:(?P<first>[a-z][\w-]*)\s+)?(?P<np>[a-z][\w-]*\s+(?:rates?|fractions?|proportions?|(?P<gap>gaps?)))\s+"
    r"(?:(?-i:[A-Z\\][\w\\{}^]*_[\w{}]+|[A-Z][a-z]?)\s+)?"  # the symbol it is given: "the instability gap Delta_5" (read43)
    r"(?:(?:on|for|of|among|across|in)\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:(?:drop|fall|fell|rise|rising|rose|increas|decreas|declin|improv|reduc|climb|jump|shrink|grow|grew|go|went"
    r"|contract|narrow|widen)\w*\s+)?$")
#: The pair before a later one of a list of from-to pairs: "from 54.0 to 61.3 (+7.3) and Y ".
_PARALLEL_FROM = re.compile(
    r"\bfrom\s+[^,;()]{1,25}?\s+to\s+[^,;()]{1,25}?(?:\s*\([^()]{1,20}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w.+-]+\s+){0,3}$")
_GENERIC_RESULT = re.compile(r"(?i)\b(?:performance|results?|scores?|state[- ]of[- ]the[- ]art|SOTA)\b")
#: An aggregate of results as what a change verb changes: "the four-task mean", "the macro average".
_AGGREGATE_CHANGED = re.compile(r"(?i)\b(?:the|its|their)\s+(?:[\w-]+\s+)?(?:mean|average)\s*$")
#: A score named in capitals after a pair: " on the protocol-specific Video-Editing Score".
_NAMED_SCORE_AFTER_PAIR = re.compile(r"\s*(?:on|in)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}\sScore)\b")
#: The end of an earlier pair's second number in a head: "... from 1.5% to 1.2%".
_PAIR_END = re.compile(r"\bto\s+[~≈]?\s*-?\d[\d.,]*\s*%?(?:\s*±\s*\d[\d.,]*\s*%?)?")  # (its spread: "to 0.7086 ± 0.0104", read81)
#: After a pair, "and" and an acronym alone: "... to -1.6925$ and AUSE ".
#: (a lower-case first letter and a cut-off too: "and cALR@0.9 from", read81)
_ACRONYM_AFTER_PAIR = re.compile(r"\s*,?\s*\band\s+(?P<name>[a-z]?[A-Z][A-Z\d]{1,7}(?:@\d+(?:\.\d+)?)?)\s+")
#: After a pair, "and" and a noun phrase in lower case, no preposition: another quantity's pair follows.
_NOUN_AFTER_PAIR = re.compile(r"\s*,?\s*\band\s+(?P<np>(?:(?!(?:on|in|at|for|with|from|across|by|over|to|the)\b)[a-z][\w-]*\s+){1,3})")


#: "success" right after a pair of percentages, one word of its task before it: "to 43.1% success".
_SUCCESS_AFTER_PAIR = re.compile(r"(?i)(?:\s*(?:%|\\%))?\s+(?:[a-z][\w-]*\s+)?success(?:es)?\b(?!\s+(?:rates?|ratios?|gains?|of)\b)")


#: Lengths spanned right before "from": "covering durations ", "horizons ranging ".
_SPAN_OF_LENGTHS_BEFORE = re.compile(r"(?i)\b(?:durations|lengths|horizons)\s+(?:(?:ranging|varying)\s+)?$")


def _first_pair_quantity(left: str) -> str | None:
    """The quantity a change verb names right before the first "from" of a list of pairs
    ("lowers attack success from 40.2% to 21.7% with X and from"), read as that pair's head is;
    None where none is named there."""
    first = left.find(" from ", max(0, len(left) - 160))
    if first < 0:
        return None
    head = left[max(0, first - 60):first + 1]
    change = _CHANGE_FROM.search(head)
    if change is None or not change.group("object").strip():
        return None
    named, _ = _changed_from(change.group("object"), head[:change.start()], change.group())
    return None if named in (None, UNSPECIFIED) else named


def _from_to(m: Match):
    """'FID from 18.65 to 1.80': two scores, the first for the system before."""
    site = m.site
    mention = site.mentions[0]
    head = m.left.group("head")
    if m.left.group("between") and not _HOLDS_BEFORE_BETWEEN.search(head):
        return None  # only a quantity that stays or ranges between two numbers is bounded by them, not "the gap between"
    ranging = bool(m.left.group("between") or _RANGING.search(head))
    # "range from 9-15%": after a ranging verb, a range written with a dash bounds one value too (read39)
    if len(site.mentions) != 1 or mention.value_max is None or not (ranging or TO_SEPARATOR.search(mention.text)):
        return None
    # (sizes of tokens spent are counted as plain numbers are: "token consumption from 15.9B to 1.113B tokens", read81)
    scaled_tokens = mention.quantity == "scale" and not ranging and TOKENS_AFTER.match(site.right) is not None
    if mention.quantity not in ("plain", "percent", "time", "memory") and not (ranging and mention.quantity == "points") \
            and not scaled_tokens:
        return None  # (a span in points is one of changes: "its accuracy advantage ranges from 3.7 to 20.9 percentage points", read78)
    if _SETTING_SPAN_BEFORE.search(head):
        return None  # "across batch sizes from 1 to 32 and sequence lengths from 32 to 512": settings spanned (read59)
    named_quantity = False
    # metrics read over the whole window, so that a name the head cuts ("...-1 accuracy") is whole
    found = [(name, end) for name, _, end in metrics_in(site.left_window) if end > m.left.start("head")]
    rate = _NAMED_RATE_HEAD.search(head)
    if rate and found and found[-1][1] <= m.left.start("head") + rate.start():
        # "46.15% precision while reducing false positive rates from 5.6% to 0.25%": the rate
        # named right before "from" is the pair's, not a metric said before it
        found = []
    pairs_before = list(_PAIR_END.finditer(head)) if " to " in head else ()
    own_after_pair = False
    if pairs_before:
        # "reduces error rate from 1.5% to 1.2%, while increasing average speed from 8.36 to 8.61":
        # a change verb with its own object after an earlier pair names this pair's quantity; a
        # metric before that pair is the earlier pair's (a bare "and from" still carries it)
        tail_start = pairs_before[-1].end()
        own_change = _CHANGE_FROM.search(head[tail_start:])
        named_after = not any(end > m.left.start("head") + tail_start for _, end in found)
        if own_change and own_change.group("object").strip() and named_after:
            found, own_after_pair = [], True
        elif named_after and (coordinated := _NOUN_AFTER_PAIR.fullmatch(head, tail_start)) is not None:
            # "raises QA accuracy from 72.4% to 93.7% and reproduction success from 57.4% to
            # 64.4%": the noun phrase joined after the first pair names its own quantity (read46)
            own_quantity_after_pair = quantity_name(coordinated.group("np"))
            if own_quantity_after_pair not in (UNSPECIFIED, "rate"):
                found = [(own_quantity_after_pair, m.left.start("head") + coordinated.end())]
                named_quantity = True
        elif named_after and (acronym := _ACRONYM_AFTER_PAIR.fullmatch(head, tail_start)) is not None \
                and may_be_measure_acronym(acronym.group("name")):
            # "improves NYUv2 NLL from -1.65 to -1.69 and AUSE from 0.0102 to 0.0087": after a pair of a
            # named metric, an acronym joined alone names the next pair's metric, as a noun phrase
            # does; not a benchmark's name ("improves AIME 2025 from A to B and AIME 2024 from"; read64)
            found = [(acronym.group("name"), m.left.start("head") + acronym.end())]
    range_subject = _ranging_subject(head, m.left.start("head"), found) if ranging else None
    if range_subject:
        found = []  # "..., while Utility remains between 75.0% and 97.6%": the subject, not a metric before it
    names = [name for name, _ in found]
    own_object = None
    # the text read for the pair's change verb: the head, or the clause further back where the
    # verb's object runs past the head's 60 characters
    verb_head, verb_head_start = (head, m.left.start("head")) if pairs_before or ranging else _change_head(m, head)
    if not pairs_before and not ranging and (change := _CHANGE_FROM.search(verb_head)) is not None \
            and change.group("object").strip() and all(end <= verb_head_start + change.start() for _, end in found):
        clause = _changed_words(verb_head, change)
        if _SETTING_HEAD.search(clause):
            # "..., and increasing the step budget from 15 to 50 helps": a setting changed after
            # the metric was said, no result of it (read52)
            return None
        if not _NOT_RESULT_HEAD.search(clause):
            # "raises pass@4 from 72.6% to 87.6%, ..., and reduces average critic rounds from 2.79
            # to 0.12": a change verb after the metrics said, with an object of its own, names the
            # quantity of its pair, where the words name one (read52); a cost's pair is read below
            own_object, _ = _changed_from(change.group("object"), verb_head[:change.start()], change.group())
            own_object = None if own_object == UNSPECIFIED else own_object
    elif pairs_before and (change := _CHANGE_FROM.search(head)) is not None \
            and _MEASURE_NAME.fullmatch(changed := change.group("object").strip()):
        # "from 0.25 to 0.40 BLEU-1, ..., while raising ClinicalScore from 55.02 to 74.20": a later
        # change verb whose object is a measure's own name names its pair's quantity (read75)
        own_object, _ = _changed_from(changed, head[:change.start()], change.group())
        own_object = None if own_object == UNSPECIFIED else own_object
    written_after = metric_at(site.right) if not ranging else None
    if not written_after and not ranging and (score := _NAMED_SCORE_AFTER_PAIR.match(site.right)) is not None:
        # "lifts the planner from 0.620 to 0.858 on the protocol-specific Video-Editing Score": a score
        # named in capitals after the pair is its quantity (read81)
        written_after = (score.group("name"), None)
    if not written_after and not ranging and _SUCCESS_AFTER_PAIR.match(site.right):
        written_after = ("success rate", None)  # "from 96.5% to 43.1% success": a task's success, its rate (read60)
    if written_after and written_after[0] not in COST_METRICS:
        metric = written_after[0]  # "... and from 81.72% to 82.63% macro F1": the metric after the pair is its own
    elif own_object:
        metric, named_quantity = own_object, True
    elif names:
        metric = names[-1]
    elif rate and (mention.quantity == "percent" or rate.group("gap")):
        # "cutting harmful rates from 48.2% to 2.5%", "the over-blocking rate on borderline
        # content from 62.4% to 10.4%": a rate the vocabulary does not know
        metric = _named_rate(rate)
        if metric is None:
            return None
    elif range_subject:
        metric, named_quantity = range_subject, True
    elif _PRONOUN.search(head) or ranging:
        # "improves the CLIP score of X on three sets, taking it from 0.31 to 0.34"
        metric = quality_metric_before(site.left) or ("unspecified" if ranging else None)
    elif (changed_in := _CHANGE_IN_THEN_BRACKET.search(site.left_window[max(0, m.left.end("head") - 130):m.left.end("head")])) \
            is not None:
        # "a 13.8% relative improvement in reference-based fidelity (from 3.64 to 4.15)": the
        # bracket gives the before and after of the quantity the change names after "in" (read80)
        metric, named_quantity = _changed_from(changed_in.group("object"), "", "")
        if metric is None:
            return None
    elif (change := _CHANGE_FROM.search(verb_head)) and not _NOT_RESULT_HEAD.search(_changed_words(verb_head, change)):
        # (the clause's own words: "In agentic iteration, Claude Opus 4.6 rises from" changes no iteration count; read43)
        # "precision (as judged by experts) on the new set improves from 53% to 95%";
        # "lifts prior art performance from ...": the metric said before, or in the last claim
        metric = None if own_after_pair else quality_metric_before(site.left)
        if metric is None and (_GENERIC_RESULT.search(verb_head) or _AGGREGATE_CHANGED.search(change.group("object"))):
            # "improves the overall reasoning score from A to B": a score named by what it grades
            # is that quantity; "performance", "the score" alone are the generic result, as is an
            # aggregate of results named by what it averages ("the four-task mean", read79)
            metric, named_quantity = _changed_from(change.group("object"), verb_head[:change.start()], change.group())
            if metric in (None, "unspecified"):
                metric, named_quantity = site.context_metric or "unspecified", False
        if metric is None:
            metric, named_quantity = _changed_from(change.group("object"), verb_head[:change.start()], change.group())
    elif (bracketed := _CHANGE_THEN_BRACKET.search(
            # (the change may open further back than the head's 60 characters: "improves over its base
            # text-to-video generator by 19.1 points, from", read66)
            changed_window := site.left_window[max(0, m.left.end("head") - 130):m.left.end("head")])) is not None:
        # "improving answer quality by 9.2% (from 59.0% to 68.2%)": the bracket gives the change's
        # before and after, in the quantity the change names, else the generic result (read35)
        metric, named_quantity = _changed_from(bracketed.group("object"), changed_window[:bracketed.start()], bracketed.group())
        if metric is None:
            metric, named_quantity = "unspecified", False
    elif _FROM.search(site.left[:-5]):
        # "on GSM8K from 52.2% to 81.6% and on MATH from 13.1% to 34.7%": the metric is said once
        metric = quality_metric_before(site.left)
        if metric is None and _PARALLEL_FROM.search(site.left[-120:]):
            # "lowers attack success from 40.2% to 21.7% with GPT 5.5 and from 44.0% to 30.1% with
            # GPT 5.4": the quantity the first pair's change verb named, not the last sentence's (read83)
            metric = _first_pair_quantity(site.left)
        if metric is None and (_GENERIC_RESULT.search(site.left) or _PARALLEL_FROM.search(site.left[-120:])):
            # "pushes performance from A to B ... and from C to D"; "we improve X from 54.0 to 61.3
            # (+7.3) and Y from 43.7 to 53.7": a later pair of a list takes the first pair's (review35)
            metric = site.context_metric or "unspecified"
    else:
        metric = None
    if mention.quantity == "time" and _SPAN_OF_LENGTHS_BEFORE.search(head):
        return None  # "a testbed covering durations from 5 to 30 seconds": lengths of content, no time taken (read67)
    if metric is None and mention.quantity == "time":
        metric = "latency"  # "generation of a clip drops from 1,821 s to 592 s"
    elif metric is None and mention.quantity == "memory":
        metric = "memory"
    if mention.quantity == "time" and metric is not None and metric not in ("latency", "training time") \
            and not metric.endswith("time"):
        # "improves accuracy from 35.1% to 93.4% while reducing average time to completion from
        # approximately 450s to 47s": a pair of durations is a time, whatever metric the sentence named
        metric = "latency"
    if metric is None or metric == "speedup":
        return None
    if metric not in COST_METRICS and metric != "response length" and _settings_listed(site):
        return None  # "whose FID does not degrade as the sampling budget grows from 4 to 50 NFE": a setting's span (read77)
    if named_quantity and mention.quantity == "plain" and mention.is_integer and _COUNTED_OBJECT.search(verb_head):
        return None  # "reducing violations from 3 to 1--2": a count of things, not a result (read39)
    if m.left.group("strict") and metric not in COST_METRICS:
        return None  # "from over 90% to 95%": a strict bound on a quality ranks nothing
    if ranging:
        # "gains ranging from 3% to 20%": one claim, a range; a change when the words say so
        if _CHANGE_WORD.search(site.left[-120:]) or mention.quantity == "points":
            kind = "relative" if mention.quantity == "percent" else "delta"
        elif metric == "unspecified" or (mention.is_integer and not (names and mention.quantity == "percent")):
            # "scores range from 0 to 1": a scale, not a result; whole shares are results when
            # the metric is named right before ("the EERs ... range from 9% to 15%", read39)
            return None
        else:
            kind = "score"
        return drafts(m, metric, kind, "<metric> ranging from <number> to <number>")
    if scaled_tokens and metric != "response length":
        return None
    if named_quantity and mention.quantity == "plain" and _YEARS_PAIR.fullmatch(site.sentence, site.start, site.end):
        return None  # "Usage grew from 2021 to 2024": a span of years, no quantity's before and after
    out = before_and_after(site, metric, "<metric> from <number> to <number>")
    for draft in out or () if named_quantity else ():
        draft.quantity_named = True
    owner = m.left.group("owner")
    if out and owner and is_model_name(owner):
        out[0].model = owner  # "from Mem0's 45.1% to 22.4%": the value before is the named system's
    return out


#: A tuple of numbers listed with "/": "87.99/74.99%", "$0.71$/$0.83$".
_SLASHED_TUPLE = r"\$?[-+]?\d[\d.]*\$?%?(?:\s?/\s?\$?[-+]?\d[\d.]*\$?%?)+"
#: A slashed tuple's "from" before it, and its "to" after: "from 87.99/74.99% to " ends the
#: text before the after-tuple, " to 90.88/" opens the text after the before-tuple; an aside
#: may stand before "to" ("from 0.71/0.83 (independent models) to 0.82/0.90").
_SLASHED_FROM_BEFORE = re.compile(rf"\bfrom\s+(?P<tuple>{_SLASHED_TUPLE})\s*(?:\([^()]{{1,40}}\)\s*)?to\s+\$?$")
_SLASHED_TO_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?to\s+\$?[-+]?\d[\d.]*\$?%?\s?/")
_FROM_AT_END = re.compile(r"\bfrom\s+\$?$")


def _slashed_from_to(m: Match):
    """'improves driving score/success rate from 87.99/74.99% to 90.88/76.36%': metrics listed
    with "/" and, after "from" and "to", as many values listed so; each tuple gives each metric
    its value in order, the first tuple the system's before, the second after (read71)."""
    site = m.site
    size = len(site.mentions)
    if size < 2 or not _SLASH_LIST.fullmatch(site.numbers_text) or any(mention.sign for mention in site.mentions):
        return None
    window = site.left[-200:]
    after = _SLASHED_FROM_BEFORE.search(window, max(0, len(window) - 90))
    if after is not None:
        role, head = "after", window[:after.start()]
        if after.group("tuple").count("/") != size - 1:
            return None
    elif (start := _FROM_AT_END.search(window, max(0, len(window) - 8))) and _SLASHED_TO_AFTER.match(site.right):
        role, head = "before", window[:start.start()]
    else:
        return None
    names = slashed_metrics_ending(head)
    if len(names) < size and (earlier := _EARLIER_SLASHED_PAIR.search(head)) is not None:
        # "... from 87.99/74.99% to 90.88/76.36% for X and from 80.79/58.18% to ...": a later
        # pair of the list takes the metrics the first one's "from" had
        names = slashed_metrics_ending(head[:earlier.start()])
    if len(names) < size:
        return None
    names = names[-size:]
    out = drafts(m, names[0], "score", "<metric>/<metric> from <number>/<number> to <number>/<number>")
    for draft, name in zip(out, names):
        draft.metric, draft.role = name, role
        if "%" not in draft.mention.text and not is_percent_valued(name):
            draft.unit = None  # "87.99/74.99%": the percent sign is the success rate's, not the driving score's
    return out


#: An earlier slashed pair, then only a setting and "and" before this one's "from".
_EARLIER_SLASHED_PAIR = re.compile(rf"\bfrom\s+{_SLASHED_TUPLE}\s*(?:\([^()]{{1,40}}\)\s*)?to\s+[^()]{{1,60}}?,?\s+and\s+$")


def _named_rate(rate: Match) -> str | None:
    """The quantity a `_NAMED_RATE_HEAD` match names, by the word before "rate" (docs/claims-spec.md,
    "Named quantities"); None for a setting's rate ("learning rate") or a rate no word names."""
    words = rate.group("np")
    if SETTING_RATE.match(words):
        return None
    if rate.group("first") and qualifies_quantity(rate.group("first")):
        words = f'{rate.group("first")} {words}'  # "reducing false positive rates from": the rate's whole name
    # a named gap with its levels is measured ("the instability gap contracts from A to B"), though
    # "closes the gap by 5%" names none (`quantities._NOT_QUANTITY`)
    metric = gap_name(words) if rate.group("gap") else quantity_name(words)
    return None if metric in (UNSPECIFIED, "rate") else metric


#: A plural noun right before "from", not one of a result ("scores", "rates", "rewards"): what
#: whole numbers after it count.
_COUNTED_OBJECT = re.compile(r"(?i)\b(?!(?:scores|rates|points|values|results|metrics|returns|rewards)\b)[a-z][\w-]*[^s\W]s\s+$")
_ARTICLE = re.compile(r"(?i)^(?:the|a|an|its|their|our)\s+")
#: A system's generic result as a change's subject: "Qwen-Image-2512's English composite ".
_SYSTEMS_GENERIC_RESULT = re.compile(
    rf"(?<![\w-])(?P<name>{NAME_TOKEN})['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:score|composite|average|mean|performance|result)s?\s+$")
#: A system only described by its standing, as the object of a change from A to B.
_PRIOR_ART = re.compile(r"(?i)(?:the\s+)?(?:prior|previous|existing)\s+(?:art|best|state[- ]of[- ]the[- ]art|SOTA)")


#: A change verb said of a quantity, never of a system (`QUANTITY_VERB_STEMS`, and the
#: intransitive ones `_CHANGE_FROM` reads: "rises from A to B").
_QUANTITY_VERB = re.compile(rf"(?i)(?:{QUANTITY_VERB_STEMS}|ris|rose|drop|fall|fell|declin|grow|grew|climb)")
#: An acronym of capitals alone (no digit, no lower case): a measure's shape ("MFU", "TCI")
#: as much as a system's ("GRPO"); after a `_QUANTITY_VERB` it is the measure (read31).
_CAPITALS_ONLY = re.compile(r"[A-Z]{2,6}")
#: A score's name glued in camel case ("ClinicalScore", "SemScore"; read75): no system is so named.
_CAMEL_SCORE = re.compile(r"[A-Z][A-Za-z]*[a-z]Score")
#: A measure's own name as a change verb's object: an acronym of capitals ("MFU") or a `_CAMEL_SCORE`.
_MEASURE_NAME = re.compile(rf"[A-Z]{{2,6}}|{_CAMEL_SCORE.pattern}")


#: A clause's joint or a relative word inside what a change verb changes: the verb is another clause's.
_CLAUSE_WORD = re.compile(r"(?i)\b(?:while|whereas|where|which|that|when|whose|but|and|or|as|because|since|so|thus|then|than)\b")


def _change_head(m: Match, head: str) -> tuple[str, int]:
    """The text before a pair's "from" read for its change verb, and where it starts in the left
    window: the head's 60 characters, or, where no change verb stands in them, up to 130 characters
    back, if a verb there changes a run of plain words up to "from" that no clause word joins
    ("CCPL increased mean reconstruction correlation with these references from": read72)."""
    if _CHANGE_FROM.search(head):
        return head, m.left.start("head")
    start = max(0, m.left.end("head") - 130)
    wide = m.site.left_window[start:m.left.end("head")]
    change = _CHANGE_FROM.search(wide)
    if change is None or not change.group("object").strip() \
            or _CLAUSE_WORD.search(_AVERAGED_SCOPE.sub("", change.group("object"))):
        return head, m.left.start("head")
    return wide, start


#: What a quantity is averaged or measured over, after its name: its "and" joins no clause
#: ("raises task progress averaged over digital and physical disruptions from": read76).
_AVERAGED_SCOPE = re.compile(r"(?i)\s(?:averaged|measured|computed|aggregated|pooled)\s+(?:over|on|across|in|under)\s.*$")


def _changed_words(head: str, change: regex.Match) -> str:
    """Where a pair's head says what changes: the change verb's object, else (a verb without
    one: "Claude Opus 4.6 rises from") the head's last clause. A setting changed before the verb
    is no part of it ("increasing context from 0.0 to 19.2 seconds raises success from": read69)."""
    changed = change.group("object").strip()
    return changed if changed else head.rsplit(",", 1)[-1]


def _changed_from(changed: str, before_verb: str, verb_phrase: str = "") -> tuple[str | None, bool]:
    """The metric of 'from A to B' after a change verb that no metric precedes (recall13):
    what the verb changes, named as a quantity ('reduces stage hallucination from 38.5% to
    14.8%'), or a system's result said without a metric ('pushes the prior art from 30.8%
    to 41.5%', 'we improve Qwen-7B from 54.0 to 61.3', 'Claude-Opus-4 rises from 44.8% to
    73.0%'), which is `unspecified` as a generic result is. An acronym of capitals after a
    verb of quantity (`verb_phrase`, the change's match from its verb) is the measure ('increase
    MFU from 17% to 37%'). Anything else (a temperature that rises, 'the number of inferences')
    gives None, no claim. Returns (metric, named quantity)."""
    changed = changed.strip()
    if (defined := _ACRONYM_DEFINED_AT_END.search(changed)) is not None:
        # "raising the all-case state score (SCS-All) from 45.2 to 69.3": the measure changed,
        # named by the acronym the abstract gives it (claims-spec: a defined acronym names it; read80)
        known = metrics_in(defined.group("acronym"))
        return (known[0][0] if known else defined.group("acronym")), True
    passive = _PASSIVE_SUBJECT.search(before_verb) if not changed else None
    if passive:
        # "hallucination is reduced from 31.7% to 6.6%": in the passive, what changes is the
        # subject before the verb, read as the object of the active verb is (read51)
        changed, before_verb = passive.group("np"), before_verb[:passive.start("np")]
    elif not changed and _INTRANSITIVE_VERB.match(verb_phrase) \
            and ((subject_np := _INTRANSITIVE_SUBJECT.search(before_verb)) is not None
                 or (_PARTICIPLE.match(verb_phrase) and (subject_np := _ABSOLUTE_SUBJECT.search(before_verb)) is not None)) \
            and (named := quantity_name(subject_np.group("np"))) not in (UNSPECIFIED, "rate"):
        # "where aggregate success rises from 26.7% to 56.7%", "output degeneration falls from":
        # a verb with no object changes its subject, a quantity written in lower case (read72)
        return named, True
    if SETTING_RATE.match(_ARTICLE.sub("", changed) + " ") or changed.lower() == "rate":
        return None, False  # "raise the masking rate from 15% to 40%", "dropout rate from": settings
    subject = before_verb.split()[-1:] if before_verb.split() else []
    if changed and _names_benchmark(changed):
        return "unspecified", False  # "lifts MATH from 75.4% to 78.5%": a benchmark changed is its generic result (read40)
    if _QUANTITY_VERB.match(verb_phrase) and (scoped := _BENCHMARK_THEN_ACRONYM.fullmatch(_ARTICLE.sub("", changed))) \
            and _benchmark_shaped(scoped.group("benchmark")):
        changed = scoped.group("acronym")  # "reduces HarmBench ASR from", "raises ARC-AGI-3 RHAE Best@1 from" (read62)
    measure = _AGGREGATE_BEFORE.sub("", _ARTICLE.sub("", changed))
    if _MEASURE_NAME.fullmatch(measure) and (_QUANTITY_VERB.match(verb_phrase) or _CAMEL_SCORE.fullmatch(measure)) \
            and not model_family_pattern().match(measure):
        # "increase MFU from 17% to 37%", "raising ClinicalScore from 55.02 to 74.20": the measure the
        # verb changes (a score's name after any change verb: no system is so named); an aggregate
        # before it grades it ("raises average EditScore from", read76)
        return measure, True
    words = before_verb.split()
    if changed and _described_system(changed):
        # "improves simulator-augmented Gemini-3-Flash on MMSI-Bench from", "improves the Qwen3-VL
        # backbone from": a system, described and scoped, changed is its generic result (read47)
        return "unspecified", False
    if (_PRIOR_ART.fullmatch(changed) or (changed and all(is_model_name(word) for word in changed.split()))
            or (not changed and subject and is_model_name(subject[0]))
            # "Qwen-Image-2512's English composite falls from": a system's generic result (read69)
            or (not changed and (owner := _SYSTEMS_GENERIC_RESULT.search(before_verb)) is not None
                and is_model_name(owner.group("name")))
            # "Claude Opus 4.6 rises from 0.3% to 30.0%": a system named with a spaced version (read43)
            or (not changed and any(spaced_system(" ".join(words[-n:])) for n in (2, 3, 4) if len(words) >= n))):
        return "unspecified", False
    owned = _NAME_THEN_QUANTITY.fullmatch(_ARTICLE.sub("", changed)) if changed else None
    if owned and (is_model_name(owned.group("name")) or _benchmark_shaped(owned.group("name"))):
        # "increases MixFormerV2 tracking coverage from": the quantity after the system or benchmark
        # whose it is; a score alone is a system's generic result (read77), and a benchmark's own
        # metric ("improves the Skill^2-Bench score from": metric `Skill^2-Bench`, as "the PosterBench
        # Score" is, claims-spec; read80)
        named = quantity_name(owned.group("quantity"))
        if named != UNSPECIFIED:
            return named, True
        if _GENERIC_RESULT.fullmatch(owned.group("quantity")):
            if owned.group("quantity").lower() in ("score", "scores") and is_benchmark_name(owned.group("name")):
                return owned.group("name"), True
            return "unspecified", False
    if changed and _SYSTEM_DESCRIBED.fullmatch(_ARTICLE.sub("", changed)) and not metrics_in(changed):
        # "this expansion improves a matched binary router from 88.95% to 91.73%": a system
        # described in lower case, changed, is its generic result, not a quantity (read80)
        return "unspecified", False
    name = quantity_name(changed) if changed else UNSPECIFIED
    return (None, False) if name == UNSPECIFIED else (name, True)


#: An acronym in brackets ending a change verb's object: "the all-case state score (SCS-All)".
_ACRONYM_DEFINED_AT_END = re.compile(rf"\((?P<acronym>{UNKNOWN_ACRONYM})\)$")
#: A system described in lower case words, its kind last: "matched binary router", "strongest classifier"
#: (no preposition among them: "spatial correctness on closed models" is a quantity scoped to systems).
_SYSTEM_DESCRIBED = re.compile(
    r"(?:(?!(?:on|in|of|for|at|with|across|over|under|by|from|to|and|or)\s)[a-z][\w-]*\s+){0,4}"
    rf"(?:{SYSTEM_KINDS}|router|classifier|retriever|reranker|ranker|predictor|generator|segmenter|tracker|solver|baseline)s?")


#: A name (a system's or a benchmark's), then the quantity of it, in lower case: "MixFormerV2 tracking coverage".
_NAME_THEN_QUANTITY = re.compile(r"(?P<name>[A-Za-z][\w^.+-]*[\w+])(?:['’]s)?\s+(?P<quantity>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")


#: A change verb that takes no object: what rises or falls is its subject.
_INTRANSITIVE_VERB = re.compile(rf"(?i)(?:{INTRANSITIVE_CHANGE_STEM}|climb|jump|improv|chang|shift)\w*\s*$")
#: The subject right before an intransitive change verb (see `fragments.subject_after`).
_INTRANSITIVE_SUBJECT = subject_after(INTRANSITIVE_OPENERS)
#: The subject of an absolute clause, before its participle: "with mean success rising from" (read79);
#: not "correctness with current traces falls from", where "with" is inside the subject.
_ABSOLUTE_SUBJECT = subject_after(r"with(?:\s+(?:the|its|their|our))?")
_PARTICIPLE = re.compile(r"(?i)\w+ing\b")
#: The subject of a passive change verb ("that hallucination is", "the error rate has been"): up
#: to three words after a clause's start ("that", a mark, the sentence's start), then the auxiliary;
#: in lower case, as a quantity is written ("Falcon is improved from" names a system, left out).
_PASSIVE_SUBJECT = re.compile(
    r"(?i)(?:^|\bthat\s+|[,;:(]\s*)(?P<np>(?-i:[a-z])(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:is|are|was|were|(?:has|have)\s+been|gets?|got)\s+$")
_SCOPE_AFTER_OBJECT = re.compile(rf"\s+{BENCHMARK_SCOPE}$")
_SYSTEM_NOUN_AT_END = re.compile(rf"\s+(?:{SYSTEM_NOUN}|checkpoint)s?$")  # (plural, "... checkpoints": read61)


def _described_system(changed: str) -> bool:
    """Whether what a change verb changes is a system: a name, with words in lower case before
    it and a system noun after it, scoped to a benchmark or not ("simulator-augmented
    Gemini-3-Flash on MMSI-Bench", "the Qwen3-VL backbone"), a name alone being read apart."""
    stripped = _ARTICLE.sub("", changed)
    core = _SYSTEM_NOUN_AT_END.sub("", _SCOPE_AFTER_OBJECT.sub("", stripped))
    if (listed := _NAMES_LISTED_AT_END.search(core)) and all(is_model_name(name) for name in list_members(listed.group("names"))):
        # "the averages of the official Qwen3-4B and Qwen3-8B checkpoints": systems listed, each
        # changed (a "respectively" pairs them with the pairs after the verb; read61)
        core = core[:listed.start("names")] + list_members(listed.group("names"))[-1]
    words = core.split()
    if not words or (core == stripped and len(words) == 1) or not is_model_name(words[-1]):
        return False  # a name alone ("the MFU", "Qwen-7B") is read apart
    if _CAPITALS_ONLY.fullmatch(words[-1]) or metrics_in(core):
        return False  # "improves median IAE from": capitals alone are as often a measure
    return all(word[:1].islower() and not is_model_name(word) for word in words[:-1])


#: Names listed at the end of a changed object: "of A-Net and B-Net", "of X, Y, and Z".
_NAMES_LISTED_AT_END = re.compile(r"(?<=\s)(?P<names>[A-Z][\w.-]*(?:\s*,\s*[A-Z][\w.-]*)*,?\s+and\s+[A-Z][\w.-]*)$")


#: A benchmark's name, then a measure's acronym, maybe qualified by a "Best@1" or "pass@k" reading:
#: "HarmBench ASR", "ARC-AGI-3 RHAE Best@1", what a change verb changes.
_BENCHMARK_THEN_ACRONYM = re.compile(r"(?P<benchmark>[A-Z][\w.-]*)\s+(?P<acronym>[A-Z]{2,6})(?:\s+[A-Za-z]+@\d+)?")


def _known_benchmark_name(name: str) -> bool:
    """A known benchmark, or a name built on "Bench" ("HarmBench", "SWE-bench"); not every name
    shaped as one (`_benchmark_shaped`: "mWCov" has an inner capital and is a measure)."""
    return dataset_vocabulary().fullmatch(name) is not None or is_benchmark_name(name)


def may_be_measure_acronym(name: str) -> bool:
    """Whether an acronym the vocabulary does not know may name a measure where a list or a pair
    gives it a value ("and AUSE from", "79.42% mWCov", "IoU and mRec at"): not a setting's ("CFG"),
    a number format or a statistic ("FP16", "95% CIs"), nor a known benchmark's name (read64)."""
    return not (SETTING_ACRONYM.fullmatch(name) or NUMBER_FORMAT_OR_STATISTIC.fullmatch(name) or _known_benchmark_name(name))


#: A number format or a bit-width ("FP16", "W4A16"), or a statistic ("95% CIs"): no measure's name.
NUMBER_FORMAT_OR_STATISTIC = re.compile(rf"{NUMBER_FORMAT_TOKEN}|(?:NVFP|W)\d+|CIs?|SDs?|SEM?|IQR")


def _names_benchmark(changed: str) -> bool:
    """'GSM8K', 'the MATH benchmark': the words are a known benchmark's name and nothing else."""
    return dataset_vocabulary().fullmatch(_BENCHMARK_NOUN_AFTER.sub("", _ARTICLE.sub("", changed))) is not None


_BENCHMARK_NOUN_AFTER = re.compile(r"\s+(?:benchmark|dataset|(?:(?:overall|average|mean|total)\s+)?scores?|overall|average)$")


#: What separates the two scores of "A to B", "A → B", "A -> B", "A => B" (read58).
TO_SEPARATOR = re.compile(rf"\s+to\s+|\s*(?:{ARROW_ALTERNATION})\s*")


def _arrow(m: Match):
    """'improves mIoU (45.1 → 48.3)', 'the success rate rises 41.0% -> 55.2%': before and
    after, the metric named before the pair, after it, or in the last claim."""
    site = m.site
    mention = site.mentions[0]
    if len(site.mentions) != 1 or mention.value_max is None or not _ARROW.search(mention.text):
        return None
    names = [name for name, _, _ in metrics_in(site.left[-60:]) if name not in COST_METRICS]
    after = metric_at(site.right)
    metric = (names[-1] if names else None) or (after[0] if after else None) or \
        quality_metric_before(site.left) or site.context_metric or "unspecified"
    return before_and_after(site, metric, "<number> → <number>")


_ARROW = re.compile(ARROW_ALTERNATION)


#: A set named right before a bracket keyed by a metric: "for both EMBED (AUC ", "and the Duke Calcification Dataset (AUC ".
_SET_BEFORE_KEYED_BRACKET = re.compile(
    r"\b(?:for|on|in|and)\s+(?:both\s+|the\s+)*(?P<name>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)"
    r"(?:\s+(?:cohort|dataset|benchmark|corpus|test\s+set))?\s*\(\s*[A-Za-z][\w@-]*\s+$")
#: A verb of change, anywhere before: what makes a list of keyed brackets "A to B" before and after.
_CHANGE_VERB_BEFORE = re.compile(r"\b(?:improv|boost|increas|rais|lift|reduc|decreas|lower)\w*")


def _change_bracket_pair(m: Match):
    """'a significant mAP@0.5 boost (31.12% to 46.61%)', 'improves accuracy (71.2% to 75.0%)':
    'A to B' in brackets right after a change is before and after, as 'from A to B' and
    '(45.1 → 48.3)' are (read37; not a range of changes), the metric the one named before."""
    site = m.site
    mention = site.mentions[0]
    if len(site.mentions) != 1 or mention.value_max is None or " to " not in mention.text:
        return None
    key = m.left.group("key") or m.left.group("listed_key")
    if m.left.group("listed_key") and not _CHANGE_VERB_BEFORE.search(site.left):
        return None  # a list of keyed ranges ("(AUC 0.6 to 0.7) and B (AUC 0.7 to 0.8)") changes nothing
    if key:
        keyed = metric_vocabulary().fullmatch(key.strip())
        if keyed is None:
            return None  # "(up to 5.1 to 7.2)", "(ranging 3 to 5)": no metric keys the bracket
        out = before_and_after(site, metric_vocabulary().names[keyed.lastgroup], "<change> (<number> to <number>)")
        named = _SET_BEFORE_KEYED_BRACKET.search(site.left)
        if out and named and not model_family_pattern().match(named.group("name")):
            # "for both EMBED (AUC 0.68 to 0.72) and the Duke Calcification Dataset (AUC ...": the
            # set named right before the bracket is where the pair was measured
            for draft in out:
                draft.dataset = named.group("name")
        return out
    if m.left.group("pair_before"):
        # "from 12.5% to 47.5% (arm-selection: 20.0% to 50.0%)": the pair's metric, named before "from"
        # (unless the bracket is keyed by a metric of its own: "(recall: 0.50 to 0.66)")
        before = site.left[:m.left.start()]
        keyed = metric_vocabulary().fullmatch(m.left.group("pair_key")) if m.left.group("pair_key") else None
        metric = (metric_vocabulary().names[keyed.lastgroup] if keyed else quality_metric_before(before)
                  or ("success rate" if _SUCCESS.search(before[-30:]) else None))
        return before_and_after(site, metric, "<change> (<number> to <number>)") if metric else None
    metric = "memory" if mention.quantity == "memory" else quality_metric_before(site.left)
    named_quantity = False
    if metric is None and (bracketed := _CHANGE_THEN_BRACKET.search(site.left)) is not None:
        # "reduced test-level regressions by 70% (6.08% to 1.82%)": the bracket gives the change's
        # before and after in the quantity it names, as "(from A to B)" does (read45)
        metric, named_quantity = _changed_from(bracketed.group("object"), site.left[:bracketed.start()], bracketed.group())
    out = before_and_after(site, metric, "<change> (<number> to <number>)") if metric else None
    for draft in out or () if named_quantity else ():
        draft.quantity_named = True
    return out


def pair_halves(sentence: str, mention: Mention, offset: int) -> list[Mention] | None:
    """The two numbers of a mention written "A to B" (positions in the abstract, `offset` being
    the sentence's), the unit written once shared ("5.1 to 4.3%"); None if it is no such pair."""
    separator = TO_SEPARATOR.search(mention.text)
    if separator is None:
        return None
    start = mention.start - offset
    end = mention.end - offset
    # "AUC drops from 0.71 to 0.61--0.62": the second half is a range of its own (read39)
    ranged = _RANGE_TAIL.match(sentence, end)
    # (the first number's spread left out: "from 0.3878 ± 0.0098 to 0.7086", read81)
    halves = [half for half in find_mentions(sentence, start, start + separator.start()) if half.sign != "±"] + \
        list(find_mentions(sentence, start + separator.end(), ranged.end() if ranged else end))
    if len(halves) != 2:
        return None
    for half in halves:
        half.start += offset
        half.end += offset
        if half.quantity == "plain" and mention.quantity != "plain":
            half.quantity, half.unit = mention.quantity, mention.unit
            if half is halves[0] and mention.quantity in ("time", "memory"):
                # "from 269 to 36 minutes": the first number is in the unit written after the
                # second, which a duration or a size is scaled from (minutes to seconds)
                half.value *= unit_scale(halves[1])
    return halves


def before_and_after(site: Site, metric: str, rule: str) -> list[Draft] | None:
    """The two scores of 'A to B': the first for the system before, the second for the subject."""
    halves = pair_halves(site.sentence, site.mentions[0], site.offset)
    if halves is None:
        return None
    out = []
    kind = "score"
    for index, half in enumerate(halves):
        unit = "s" if metric in ("latency", "training time") else (half.unit if half.unit in ("%", "GB", "MB", "s") else None)
        out.append(Draft(mention=half, metric=metric, kind=kind, value=half.value, value_max=half.value_max if index else None,
                         unit=unit, rule=rule, role="before" if index == 0 else "after"))
    return out


#: A dash range glued after the second number of "from A to B": "--0.62" in "to 0.61--0.62".
_RANGE_TAIL = re.compile(r"(?:--?|–)\s?\d[\d.]*(?![\w.])")


#: "outperforms X by a large margin: 60.6% to 65.7% on A, and 80.9% to 88.0% on B".
_CHANGE_COLON = re.compile(r"(?i)\b(?:margins?|improv\w*|outperform\w*|increas\w*|boost\w*|gains?)\b[^:;]{0,60}:[^:;]{0,80}$")


def _colon_before_after(m: Match):
    """'... by a large margin: 60.6% to 65.7% on CUB200': 'from' left out after a colon; the
    metric is the one the sentence names (before or after the list)."""
    site = m.site
    mention = site.mentions[0]
    if (len(site.mentions) != 1 or mention.value_max is None or " to " not in mention.text
            or mention.quantity not in ("plain", "percent") or not _CHANGE_COLON.search(site.left)):
        return None
    named = {name for name, _, _ in metrics_in(site.sentence) if name not in COST_METRICS}
    metric = named.pop() if len(named) == 1 else site.context_metric
    if metric is None:
        return None
    return before_and_after(site, metric, "<change>: <number> to <number>")


def _on_benchmark(m: Match):
    """'achieves 76.2% on MMLU': the metric is the one the sentence names, if any. A number of
    points is a change ('achieves +5.0pp on AIME': read33)."""
    if not benchmark_follows(m.site.right) or _declines(m.site, allowed=("plain", "percent", "points")):
        return None
    names = [n for n, _, _ in metrics_in(m.site.left) if n not in COST_METRICS]  # metrics said later are other numbers'
    metric = names[0] if names and len(set(names)) == 1 else (m.site.context_metric or "unspecified")
    kind = "delta" if m.site.mentions[0].quantity == "points" else "score"
    return drafts(m, _own_or(m.site, metric), kind, "<number> on <benchmark>")


def _example_on_benchmark(m: Match):
    """'performs strongly on online benchmarks, e.g. 79.5% on StreamingBench and 59.3% on
    OVO-Bench'; 'superior results on video benchmarks (e.g., 67.0% on VideoMME)': a result given
    as an example on a named benchmark is a score there, in the metric the sentence names (read42)."""
    site = m.site
    if len(site.mentions) != 1 or _declines(site) or _whole_count(site.mentions[0]) or site.mentions[0].sign:
        return None  # a signed example is a change, read by "<signed number> on <benchmark>"
    if not (benchmark_follows(site.right) or _on_shaped_benchmark(site.right)):
        return None
    if not _RESULTS_BEFORE_EXAMPLE.search(m.before_left()[-120:]):
        return None  # "datasets of different sizes, e.g., 5% on X": an example of something else
    names = [n for n, _, _ in metrics_in(site.left) if n not in COST_METRICS]
    metric = names[0] if names and len(set(names)) == 1 else (site.context_metric or UNSPECIFIED)
    return drafts(m, _own_or(site, metric), "score", "e.g. <number> on <benchmark>")


#: The clause before "e.g." says results follow: "performs strongly on online benchmarks,", "achieving superior results on video benchmarks (".
_RESULTS_BEFORE_EXAMPLE = LazyPattern(
    r"(?i)\b(?:perform\w*|results?|performance|achiev\w*|scor\w*|outperform\w*|excel\w*)\b[^.;:]*$")


def _colon_list_on_benchmark(m: Match):
    """'achieves state-of-the-art accuracy on three benchmarks: 80.5% on MMLU, 82.3% on ARC, and
    75.6% on HellaSwag': the first member right after a colon, whose clause before names one
    quality metric, is a score of that metric on its benchmark (read34); the later members are
    elided from it."""
    site = m.site
    if len(site.mentions) != 1 or _declines(site):
        return None
    colon = site.left.rfind(":")
    after_colon = site.left[colon + 1:]
    # the first member right after the colon, or a later one after a semicolon ("...: 64.7 on
    # eight VLM benchmarks, the best among comparable-scale models; 66.03 on WorldArena")
    if colon < 1 or (after_colon.strip() and not _NEXT_SEMICOLON_MEMBER.search(after_colon)) or site.left[colon - 1].isdigit() \
            or not (benchmark_follows(site.right) or _ON_BENCHMARK_SUITE.match(site.right)
                    or (after_colon.strip() and _on_shaped_benchmark(site.right))):
        return None
    named = {n for n, _, _ in metrics_in(site.left[:colon]) if n not in COST_METRICS and n not in benchmark_metrics()}
    if not named and _ACHIEVES_PERFORMANCE.search(site.left[:colon]) and not _whole_count(site.mentions[0]):
        # "achieves strong performance across all three capabilities: 64.7 on eight VLM
        # benchmarks; 66.03 on WorldArena": scores whose metric the abstract does not name (read42)
        return drafts(m, UNSPECIFIED, "score", "<metric>: <number> on <benchmark>")
    if len(named) != 1:
        return None
    return drafts(m, named.pop(), "score", "<metric>: <number> on <benchmark>")


def _on_shaped_benchmark(right: str) -> bool:
    """'on WorldArena', 'on RoboTwin-2': a name shaped as a benchmark's (a digit, a hyphen or an
    inner capital), not a model family's, right after the number."""
    named = _ON_NAME.match(right)
    return bool(named and _benchmark_shaped(named.group("name")))


#: "on <name>" right after a number: the name a benchmark's shape is asked of.
_ON_NAME = LazyPattern(r"\s*on\s+(?:the\s+)?(?P<name>[A-Za-z][\w.-]*[\w])(?![\w-])")
#: A later member of a list after a colon, its members set off by semicolons, each a number on a benchmark.
_NEXT_SEMICOLON_MEMBER = LazyPattern(r"^\s*\d(?:[^.:;]|\.\d)*\bon\s(?:[^.:;]|\.\d)*(?:;\s*(?:and\s+)?\d(?:[^.:;]|\.\d)*\bon\s(?:[^.:;]|\.\d)*)*;\s*(?:and\s+)?$")
#: "on eight VLM benchmarks": a suite of benchmarks counted, the setting of an average score.
_ON_BENCHMARK_SUITE = LazyPattern(r"\s*on\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?benchmarks\b")
#: The clause before a colon says the system's results follow: "achieves strong performance across ...".
_ACHIEVES_PERFORMANCE = LazyPattern(
    r"(?i)\b(?:achiev|attain|deliver|reach|obtain|show|demonstrat)\w*\s+(?:[\w-]+\s+){0,3}?(?:performance|results?)\b[^.;:]*$")


def _solves_share_of_benchmark(m: Match):
    """'It solves 88% of PutnamBench (undergraduate-level), 80% of Fate-H ...': the share of a
    benchmark's problems a system solves (resolves, proves) is its score there, in the metric the
    sentence names, else `unspecified` (read34)."""
    site = m.site
    if len(site.mentions) != 1 or _declines(site) or not _SOLVE_VERB_BEFORE.search(site.left[-150:]):
        return None
    name = m.right.group("name")
    if not (dataset_vocabulary().fullmatch(name) or _benchmark_shaped(name)
            or (m.right.group("items") and _ACRONYM_NAME.fullmatch(name))):
        return None  # "solves 40% of ARC tasks": an acronym whose tasks are solved is a benchmark (read81)
    names = [n for n, _, _ in metrics_in(site.left) if n not in COST_METRICS]
    metric = names[-1] if names and len(set(names)) == 1 else "unspecified"
    return drafts(m, metric, "score", "solves <number> of <benchmark>", dataset=name)


def _quality_in_brackets(m: Match):
    """'state-of-the-art temporal consistency (26.07) and dynamic degree (56.25)': a quality the
    vocabulary does not know, claimed as the best and valued alone in brackets after it, is a
    score of that quality (the named-quantity convention); a later member of the same list after
    "and" or a comma too (read42)."""
    site = m.site
    mention = site.mentions[0]
    if len(site.mentions) != 1 or _declines(site) or mention.sign or _whole_count(mention):
        return None
    np = m.left.group("np")
    if metrics_in(np) or np.split()[-1].lower() not in _QUALITY_HEADS:
        return None  # a vocabulary metric is read by "<metric> of <number>"
    if m.left.group("joined") and not _BEST_QUALITY_IN_BRACKETS.search(m.before_left()):
        return None  # "and dynamic degree (56.25)" only after a first "best <quality> (<number>)"
    name = quantity_name(np)
    return None if name == UNSPECIFIED else drafts(m, name, "score", "<quality> (<number>)", quantity_named=True)


#: Head nouns of qualities a system's output is scored on.
_QUALITY_HEADS = frozenset({"consistency", "degree", "quality", "smoothness", "fidelity", "realism", "coherence",
                            "diversity", "faithfulness", "alignment", "naturalness", "plausibility", "stability"})
#: A first member: a quality claimed as the best, then its value alone in brackets.
_BEST_QUALITY_IN_BRACKETS = LazyPattern(
    r"(?i)\b(?:state-of-the-art|best|highest|superior|strongest|leading|top)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*\(\s*\d[\d.]*\s*\)")


def _passes_share_of_tasks(m: Match):
    """'the leading model passes only 66.7% of tasks', 'resolves 45.2% of the issues on SWE-bench
    Verified': the share of a benchmark's tasks a system passes, resolves or solves is its score
    there, in the metric the sentence names; else the share passed is its pass rate, the share
    resolved its resolve rate (read42); a share solved names no measure (read34)."""
    site = m.site
    if len(site.mentions) != 1 or _declines(site):
        return None
    verb = m.left.group("verb").lower()
    names = [n for n, _, _ in metrics_in(site.sentence) if n not in COST_METRICS]
    if names:
        # "achieves a task success rate of 42.7% on A, and resolves 46.2% of the issues in B"
        metric = names[0] if len(set(names)) == 1 else "unspecified"
    elif verb.startswith("solv"):
        return None  # "solves 45% of the problems in under a minute": no measure named (read34)
    else:
        metric = "pass rate" if verb.startswith("pass") else "resolve rate"
    return drafts(m, metric, "score", "passes <number> of <tasks>")


def _share_is(metric: str, rule: str) -> Callable[[Match], list[Draft] | None]:
    """The production of a rule whose verb says what a share is a score of: 'winning 98% of
    paired comparisons' (the share of comparisons won: `win rate`), 'detects 86.3% of anomalies',
    'catches 72% of the injected bugs' (the share of positives found: `recall`; read42)."""
    def produce(m: Match):
        if len(m.site.mentions) != 1 or _declines(m.site):
            return None
        return drafts(m, metric, "score", rule)
    return produce


#: "no model reaches 70%", "none of the agents exceeds 40%": a ceiling nothing reaches, a bound
#: that ranks nothing (read42).
NOTHING_REACHES = LazyPattern(
    r"(?i)\b(?:no|none\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?(?:models?|systems?|methods?|agents?|approach(?:es)?|baselines?|LLMs?|VLMs?)"
    r"\s+(?:(?:yet|even|ever|currently)\s+)?(?:achiev|attain|obtain|reach|scor|exceed|surpass|hit|get)\w*\s+(?:(?:a|an|the|more\s+than|over|above)\s+)*$")


#: A verb of solving before the number, in its clause: "solves", "resolves", "proves".
_SOLVE_VERB_BEFORE = re.compile(r"(?i)\b(?:solv|resolv|prov)(?:es|ed|ing|e)\s(?:[^.;:]|\.\d)*$")


def _peaks_at(m: Match):
    """'accuracy peaks at only about 41% versus an 88% human baseline': the best value a named
    quality reaches is a score of it (read34, review34), as "as high as" is (the spec's bounds)."""
    if len(m.site.mentions) != 1 or _declines(m.site):
        return None
    metric = quality_metric_before(m.before_left())
    return drafts(m, metric, "score", "<metric> peaks at <number>") if metric else None


def _signed_on_benchmark(m: Match):
    """'(e.g., +0.7% on CartPole-v1)', 'gains, including +46% on LunarLander-v3 and +22% on
    Hopper-v4': a signed number right before 'on <benchmark>' is a change there whatever stands
    before it (read34), as signed points after a verb are (`_on_benchmark`). The benchmark is
    one the vocabulary knows or a name shaped as one (a digit, a hyphen or an inner capital)."""
    site = m.site
    if len(site.mentions) != 1 or site.mentions[0].sign not in ("+", "-") or _declines(site, ("plain", "percent", "points")):
        return None
    name = m.right.group("name")
    if not (benchmark_follows(site.right) or _benchmark_shaped(name)):
        return None  # "+3.73% on Gemini-2.5-Flash": a model, not a benchmark
    if _NUMBER_IN_LIST_BEFORE.search(site.left[-80:]):
        return None  # "by +14.6% on A, +17% on B": a later member, which the first one's phrase reads (elision)
    names = [n for n, _, _ in metrics_in(site.left) if n not in COST_METRICS]
    metric = names[0] if names and len(set(names)) == 1 else (site.context_metric or "unspecified")
    return drafts(m, _own_or(site, metric), "delta", "<signed number> on <benchmark>")


#: A number written earlier in a list the site closes: "+14.6% on A, +17% on B" (after "B,").
_NUMBER_IN_LIST_BEFORE = re.compile(r"\d\s*(?:%|\\%|pp|points?)?\s+on\s+[^,;()]{1,40}(?:,\s*(?:and\s+)?|\s+and\s+)$")
#: A name shaped as a benchmark's: a capital, then a digit, a hyphen or a second capital
#: ("CartPole-v1", "Hopper-v4", "GSM8K"), or lower case with a capital inside ("miniF2F",
#: "nuScenes"); not a plain capitalised word.
_SHAPED_BENCHMARK = re.compile(r"[A-Z][\w.]*(?:\d|-|[a-z][A-Z])[\w.-]*|[a-z]+[A-Z][\w.-]*")


#: A name written in capitals only: "ARC", "GAIA".
_ACRONYM_NAME = LazyPattern(r"[A-Z]{2,8}")


def _benchmark_shaped(name: str) -> bool:
    """A name shaped as a benchmark's (a digit, a hyphen or an inner capital: "WorldArena",
    "RoboTwin-2", "Search-QA") and not a model family's ("Gemini-2.5-Flash")."""
    return bool(_SHAPED_BENCHMARK.fullmatch(name)) and not model_family_pattern().match(name)

#: What stands between a number and its benchmark in "76.2% on MMLU", "71.4% accuracy in the X".
_ON_BENCHMARK_LEAD = re.compile(r"\s*(?:(?:accuracy\s+)?(?:on|in)\s+(?:the\s+)?)")


def benchmark_follows(right: str) -> bool:
    """Whether the text after a number (its first 220 characters, as rules read it) matches
    `\\s*(?:accuracy\\s+)?(?:on|in)\\s+(?:the\\s+)?` and then a benchmark's name. Written as
    one pattern, the whole benchmark vocabulary was compiled a second time for it (the
    costliest compile of a process); here the lead is matched and the vocabulary looked
    up at each place a way of matching the lead ends (no name matches the empty string,
    so none at the end of the text)."""
    text = right[:220]
    vocabulary = dataset_vocabulary()
    return any(_ON_BENCHMARK_LEAD.fullmatch(text, 0, end) and vocabulary.match(text, end) for end in range(len(text)))


def _change_to(m: Match):
    """'yields a further improvement to 38.5%', 'WER drops to 4.1%': the value reached."""
    if _declines(m.site) or _FROM.search(m.left.group(0)):
        return None
    listed = len(m.site.mentions) != 1 and not RESPECTIVELY_NEXT.match(m.site.right)
    if listed:
        # after as many scores of as many metrics said before it in the clause, each its own
        # (read64); else the levels one metric reaches in as many settings ("reduce success to
        # 2.1% and 0.8% on two configurations", read68), as with "respectively" (read62)
        levels = _levels_listed_before(m)
        if levels is not None:
            return levels
    # "accuracy falls up to 51%", "Pass^3 dropping up to 24%": a bound on the change, not the level reached (read60)
    kind = "delta" if (m.left.group("obj") or "").endswith(" up") else "score"
    if _COMPARED_THEN_UP.search(m.left.group("obj") or ""):
        # "up to 8.3% mIoU improvement over the strongest baseline and up to 31.7% over ...":
        # a bound of a further change, not a value reached (read46)
        return None
    # the verb's own object first: "reducing the MAE to 0.442 and increasing the consistency with
    # human experts to 0.681" brings the consistency, not the MAE said before it, to 0.681 (recall20)
    in_object = [n for n, _, _ in metrics_in(m.left.group("obj") or "") if n not in COST_METRICS]
    if listed and len(set(in_object)) > 1:
        return None  # "raises accuracy and F1 to 81% and 77%": paired in order only with "respectively"
    # "reducing the risk leakage rate to 46.58%", "increased congruence to 96.02%": a named quantity
    named = None if in_object else _named_quantity_brought_to(m)
    metric = in_object[-1] if in_object else named or quality_metric_before(m.site.left)
    if metric is None and (m.left.group("noun") or _GENERIC_RESULT.search(m.site.left)):
        # "... a further improvement to 38.5%", "improves the state of the art to 0.81" after a
        # sentence that named the metric
        metric = m.site.context_metric
    if (metric is None and m.site.mentions[0].quantity == "percent"
            and _PERFORMANCE_SUBJECT.search(m.before_left()) and not _SHARE_OF_AFTER.match(m.site.right)):
        # "performance drops substantially to around 60%": the generic result's level, unnamed (read34)
        metric = UNSPECIFIED
    if metric is None and GENERIC_RESULT_OBJECT.fullmatch((m.left.group("obj") or "").strip()):
        metric = UNSPECIFIED  # "further raises the score to 86.1": the generic result's level, no metric named (read79)
    if metric is None and m.site.mentions[0].quantity == "percent" and _SYSTEM_OBJECT.search((m.left.group("obj") or "").strip()):
        metric = m.site.context_metric or UNSPECIFIED  # "pushes the ensemble to 99.23%": the system's level, its metric unnamed (read54)
    if metric is None:
        return None
    return drafts(m, metric, kind, "<change> to <number>", quantity_named=bool(named))


def _levels_listed_before(m: Match):
    """'mean Dice is 0.554 and mean lesion-level F1 is 0.528 without scribbles, rising to 0.751 and
    0.733 after five correction rounds': a list brought "to" after as many scores of as many
    metrics in the sentence before it, in order, is their levels after the change (read64)."""
    count = len(m.site.mentions)
    before = m.site.left[:m.left.start()].rsplit(";", 1)[-1]
    named = [name for name, _, _ in metrics_in(before) if name not in COST_METRICS]
    if len(named) != count or len(set(named)) != count or sum(1 for x in find_mentions(before) if has_number(x.text)) != count:
        return None
    out = drafts(m, named[0], "score", "<change> to <number>")
    for draft, name in zip(out, named):
        draft.metric = name
    return out


#: A comparator in a change's object, then the "up" of "up to": the change goes on, bounded.
_COMPARED_THEN_UP = re.compile(r"\b(?:over|than|against|compared)\b.*\bup$")
#: "performance" (or "the score(s)") as the subject right before an intransitive change verb
#: ("performance drops to", "the scores further improve to": read62).
_PERFORMANCE_SUBJECT = re.compile(r"(?i)\b(?:performance|the\s+scores?)\s+(?:\w+ly\s+|further\s+)?$")
#: "to 60% of the original": a share of another value, not a level reached.
_SHARE_OF_AFTER = re.compile(r"\s*(?:%|\\%)?\s*of\b")


def _named_quantity_brought_to(m: Match) -> str | None:
    """The quantity a change verb's object names ('lowers the overshoot to 2.4%'), when
    the value it is brought to is a result (recall6): a percentage or a decimal (an integer
    after 'to' is most often a size or a count, 'to 512'), not a setting the authors choose
    ('we reduce the learning rate to', 'by raising the guidance scale to')."""
    mention = m.site.mentions[0]
    if _UP_TO_BOUND.search(m.left.group("obj")):
        return None  # "recovers up to 68%", "shortens exploration time by up to 65%": a bound, not a value reached
    obj = _PARTICLES_AT_END.sub("", m.left.group("obj"))  # "cuts the error further to"
    if not obj or mention.quantity != "percent" and "." not in mention.text:
        return None
    if _AUTHORS_SET.search(m.left.string, 0, m.left.start()) or _SETTING_NOUN.search(obj):
        return None
    if _SYSTEM_OBJECT.search(obj.strip()):
        return None  # "pushes the ensemble to 99.23%": a system brought to a level, no quantity named (read54)
    name = quantity_name(obj)
    return None if name == UNSPECIFIED else name


_UP_TO_BOUND = re.compile(r"(?i)\bup\s*$")
_PARTICLES_AT_END = re.compile(r"(?i)(?:\s+(?:down|back|out|further|even|still|only|all|\w+ly))+\s*$")
#: A change the authors make, not a result: "we reduce ...", "by increasing ...", a sentence that opens with it.
_AUTHORS_SET = re.compile(r"(?i)(?:\bwe\s+(?:\w+\s+)?|\bby\s+|^\s*)$")
#: Settings brought to a value: hyper-parameters, sampling settings, input lengths.
_SETTING_NOUN = re.compile(r"(?i)\b(?:learning\s+rate|temperature|guidance|scale|dropout|decay|batch|threshold|budget|"
                           r"(?:sequence|context|input|prompt|window)\s+length|resolution|horizon|ratio\s+of)\b")


#: What names the system a compared score belongs to: "... for iterative DPO", "... of 3DGS".
COMPARED_SYSTEM = (r"(?:dB|points?|pts|%)?\s*(?:(?:for|of|by|from|with|without|before|achieved\s+by|obtained\s+by|reported\s+(?:for|by))\s+"
                   # or the system's name in brackets after its number: "versus 56.2% (Claude Opus 4.6)" (names28)
                   r"|(?P<bracket>\(\s*)(?=[A-Za-z]))(?P<phrase>(?:[^,;.()]|\.(?=\w)){1,60})")
#: (up to the next listed number: "44.0% recall for the best reader and 39.2% recall for X", read69)
_COMPARED_AFTER_METRIC = re.compile(r"\s*(?:for|of|by|achieved\s+by|obtained\s+by)\s+(?P<phrase>(?:(?!\s+and\s+\d)[^,;.()]|\.(?=\w)){1,60})")


#: "an overtaking rate of 87%": a quantity given its own value earlier in the clause.
#: A score set off by a comma on its scale names it too ("the highest mean rubric score, 7.50 out of
#: 8, compared with 5.67 for ..."), whose "out of" is no quantity (read55).
_VALUED_QUANTITY = re.compile(r"(?i)(?:^|[\s(])(?:(?P<np>(?:[a-z][\w-]*\s+){1,3}?)(?<!\bout\s)of\s+(?:about\s+|only\s+|~)?"
                              r"|(?P<apposed>(?:[a-z][\w-]*\s+){0,2}score),\s+(?=\d[\d.]*\s+out\s+of\s))\d[\d.]*\s*%?[^;:]{0,40}$")


def _quantity_valued_before(left: str) -> str | None:
    """The quantity the abstract named with its own value just before a compared system's
    value ('an overtaking rate of 87% compared 56% for an agent'), which the vocabulary does not
    know (recall21): the comparator's value is of that quantity, as it would be of a metric."""
    found = _VALUED_QUANTITY.search(left[-120:])
    return _named_quantity(found.group("np") or found.group("apposed")) if found else None


def _named_quantity(phrase: str) -> str | None:
    """The quantity a phrase names by its own words, None for a generic one ('the rate', 'the score')."""
    name = quantity_name(phrase)
    return None if name in (UNSPECIFIED, "rate", "score", "error") else name


def _keyed_system_score(m: Match):
    """'the best models achieve <10% accuracy (GPT 5.2: 9.8%; Gemini 3 Pro: 6.1%)': systems keyed
    to their scores in brackets, each score the named system's, in the metric the sentence named
    before (read53). A name must be a system's (shaped so, or a family with a spaced version)."""
    if _declines(m.site) or len(m.site.mentions) != 1 or _whole_count(m.site.mentions[0]):
        return None
    name = m.left.group("name")
    if metrics_in(name) or not _system_in_open_bracket(m, name):
        return None  # (outside a bracket, "..., GPT-4o: 61%" may be a label of anything)
    if m.left.group("link") == "," and not (m.site.mentions[0].quantity == "percent" and m.site.right.lstrip().startswith(")")):
        return None  # "(GPT 5.1, 94%)": a comma keys a share that closes its bracket, nothing else
    metric = quality_metric_before(m.site.left) or m.site.context_metric
    if metric is None and m.left.group("link") == "," and spaced_system(name):
        # "recommending a product twice as expensive (Grok 4.1 Fast, 83%)": a system written with
        # its version and its share alone in a bracket, the share of what the clause describes (read53)
        metric = UNSPECIFIED
    if metric is None or metric in COST_METRICS:
        return None
    return drafts(m, _own_or(m.site, metric), "score", "(<system>: <number>)", model=name)


def _bracketed_for_systems(m: Match):
    """'state-of-the-art reasoning models (78.4% for Gemini-3.1-Pro and 69.3% for GPT-5)': in
    brackets, two or more scores each said "for" a named system; with no metric named, each is
    an `unspecified` score of its system (read53), as "23.2% for the best agent vs. 51.1% for
    official models" is."""
    mention = m.site.mentions[0]
    if _declines(m.site) or len(m.site.mentions) != 1 or _whole_count(mention) or mention.sign:
        return None  # "(+9.7% for ALFWorld and +6.6% for Search-QA)": gains, on benchmarks
    name = m.right.group("name")
    if not _system_in_open_bracket(m, name) or (len(_FOR_NAMED_MEMBER.findall(m.site.sentence)) < 2
                                                 and not model_family_pattern().match(name)):
        return None  # (one member alone where a known family names its system: "(40.3% for Gemini-3 Flash)", read60)
    metric = quality_metric_before(m.site.left) or m.site.context_metric or UNSPECIFIED
    return drafts(m, _own_or(m.site, metric), "score", "(<number> for <system>, ...)", model=name)


def _system_in_open_bracket(m: Match, name: str) -> bool:
    """Whether the number stands inside an open bracket and `name` is a system's: shaped like a
    name, or a family's written with a spaced version ("Gemini 3 Pro")."""
    return m.site.left.rfind("(") > m.site.left.rfind(")") and (is_model_name(name.split()[0]) or spaced_system(name))


def _said_for_next(site: Site) -> bool:
    """`(<number> for <system>, ...)`'s precondition: its right pattern opens with white space
    and "for", read here without the pattern."""
    return site.right[:1].isspace() and site.right.lstrip().startswith("for")


def _keyed_just_before(site: Site) -> bool:
    """`(<system>: <number>)`'s precondition: its left pattern ends in ":" or "," and white space."""
    return site.left.rstrip()[-1:] in (":", ",")


#: A member of a list of scores said "for" a named system: "78.4% for Gemini-3.1-Pro".
_FOR_NAMED_MEMBER = re.compile(rf"\d\s*(?:%|\\%)\s+for\s+{NAME_TOKEN}")


#: A list of values right before a comparison: "0.8550 and 0.8538 compared to ".
_LIST_THEN_COMPARED = (r"(?P<list>\d[\d.]*\s*(?:%|\\%)?(?:\s*,\s*\d[\d.]*\s*(?:%|\\%)?)*,?\s+and\s+\d[\d.]*\s*(?:%|\\%)?)\s*,?\s*"
                       r"(?:compared\s+(?:to|with)|versus|vs\.?|against)\s+")
_VALUE = re.compile(r"\d[\d.]*")
#: The same list, written "of" after its metrics, right before the comparison: "MRR and Hits@1 of
#: 0.930 and 0.909, compared with ".
_OF_LIST_THEN_COMPARED = re.compile(r"\s+of\s+" + _LIST_THEN_COMPARED + r"$")


#: A score written right before the metric it is in, one or two lower-case words between:
#: "44.00±0.51% final average " (before "accuracy"), "61.74 average " (before "NDCG@5").
SCORE_RIGHT_BEFORE = re.compile(r"\d[\d.,]*\s*(?:±\s*\d[\d.]*\s*)?(?:%|\\%)?\s+(?:[a-z]+\s+){0,2}$")
#: The comparison that ends the clause before the compared list: ", compared with ".
_COMPARISON_AT_END = re.compile(r"(?i),?\s*(?:compared\s+(?:to|with)|versus|vs\.?|against)\s+$")


def _scores_each_named_before(left: str, count: int) -> list[str] | None:
    """'obtains 44.0% final average accuracy and 17.2% forgetting, compared with 42.3% and 24.9%
    for iCaRL': the last `count` metrics of the clause before the comparison, each written right
    after its own score and all distinct, are the compared numbers' metrics, in order (read84)."""
    end = _COMPARISON_AT_END.search(left)
    if end is None:
        return None
    head = left[:end.start()]
    head = head[max(head.rfind(";"), head.rfind(":")) + 1:]
    found = metrics_in(head)[-count:]
    if len(found) != count or found[-1][2] != len(head) or len({name for name, _, _ in found}) != count:
        return None
    if not all(SCORE_RIGHT_BEFORE.search(head[:start]) for _, start, _ in found):
        return None
    return [name for name, _, _ in found]


def _compared_list_metrics(left: str, count: int) -> list[str] | None:
    """'MRR and Hits@1 of 0.930 and 0.909, compared with 0.926 and 0.903 for Magneto': the metrics
    listed before the first list, one per number of it, are the compared list's too, in order
    (read70); None where the first list is not so written or the counts differ."""
    listed = _OF_LIST_THEN_COMPARED.search(left[-160:]) if count > 1 else None
    if listed is None or len(_VALUE.findall(listed.group("list"))) != count:
        return _scores_each_named_before(left, count) if count > 1 else None
    head = left[-160:][:listed.start()]
    found = metrics_in(head)
    if len(found) < count or found[-1][2] != len(head):
        return None  # the metrics end right before "of"
    names = metric_list_at(head, found[-count][1])
    return names if len(names) == count and len(set(names)) == count else None


def _list_compared_with_list(m: Match):
    """'best validation and test accuracies of 0.8550 and 0.8538 compared to 0.8545 and 0.8511':
    as many values compared, with no system named, as the list right before the comparison
    holds, each set against its own: the compared system's, in the quantity the clause names,
    the system unnamed (read69)."""
    if _declines(m.site, allowed=("plain", "percent")) or len(m.site.mentions) != len(_VALUE.findall(m.left.group("list"))):
        return None
    metric = quality_metric_before(m.site.left)
    if not metric:
        return None
    out = drafts(m, metric, "score", "<list> compared with <list>", role="unnamed")
    _each_its_listed_metric(out, m.site.left)
    return out


def _each_its_listed_metric(out: list[Draft], left: str) -> None:
    """Gives each compared number the metric listed for its counterpart (`_compared_list_metrics`)."""
    names = _compared_list_metrics(left, len(out))
    for draft, name in zip(out, names or ()):
        draft.metric = name


#: A change in points right before "versus": "drops 1.7 points versus ", "by 2.3 pp vs. ".
_POINTS_CHANGE_THEN_VERSUS = re.compile(
    r"(?i)\b(?:drops?|dropped|falls?|fell|declin\w*|decreas\w*|increas\w*|rises|rose|gains?|improv\w*|by)\s+"
    r"(?:(?:about|around|only|just|up\s+to|nearly|roughly)\s+)?[-+]?\d[\d.]*\s*(?:points?|pp|percentage\s+points?)\s+(?:versus|vs\.?)\s+$")


#: A percentage of success, then the comparison: "reaches 64.2% plan success on implicit-intent
#: tasks against " (a success rate, `<number> <task> success`; read74).
_SUCCESS_THEN_COMPARED = re.compile(
    r"\d\s*(?:%|\\%)\s+(?:[\w-]+\s+){0,3}?success\b(?!\s+rates?)[^.;\d]{0,60}?\s(?:against|versus|vs\.?|compared\s+(?:to|with))\s+$")


def _compared_with(m: Match):
    """'compared with 26.1% for iterative DPO': the score of the system compared with."""
    allowed = ("plain", "percent", "points")  # "2.9 points for H2O"
    if _SHARE_THEN_OVER.search(m.site.left[-40:]):
        # "preferred ... 58.7% of the time over 41.3% for the parallel baseline": "over" is the
        # comparison, not a bound on the number (lists27)
        mention = m.site.mentions[0]
        if mention.sign == "±" or mention.glued or any(x.quantity not in allowed for x in m.site.mentions):
            return None
    elif _declines(m.site, allowed=allowed):
        return None
    if _POINTS_CHANGE_THEN_VERSUS.search(m.site.left[-80:]) and len(m.site.mentions) == 1 and not m.site.mentions[0].sign \
            and m.site.mentions[0].quantity in ("plain", "points") and compared_phrase(m.right) is not None:
        # "the average score drops 1.7 points versus 11.0 for standard fine-tuning": the compared
        # system's change, in the head's points and its metric (read67)
        metric = quality_metric_before(m.site.left) or m.site.context_metric or UNSPECIFIED
        return drafts(m, metric, "delta", "compared with <number> for <system>")
    # the number's own words first, then its pair's head's ("34.3% false positive rate versus 97.3% for
    # X", "a 0.87 retention score (vs. 0.76 for SAM)"): the quantity a bare number is compared in
    # (asked only where a metric would be carried: a pair no metric is carried to stays no claim)
    metric = (quality_metric_before(m.site.left) or ("win rate" if _preferred_before(m.site.left) else None)
              or ("success rate" if _SUCCESS_THEN_COMPARED.search(m.site.left[-120:]) else None)
              or _quantity_valued_before(m.site.left) or m.site.context_metric
              or _quantity_of_score_before(m.site.left) or _quantity_changed_before_bracket(m.site.left)
              or (UNSPECIFIED if _compares_systems_scores(m) or _GENERIC_SCORE_COMPARED.search(m.site.left[-90:]) else None))
    if metric is None:
        return None
    if compared_phrase(m.right) is None:
        return None  # "versus 25.5% (MIMIC-CXR)", "(SD 3.1)": a bracket that names no system
    metric = own_quantity(m.site.left, m.site.right) or _pair_head_quantity(m.site.left) or metric
    out = drafts(m, metric, "score", "compared with <number> for <system>")
    keyed = _keyed_metrics(m.site.left)
    if len(out) > 1 and len(keyed) >= len(out):
        # "PSNR: 31.2, SSIM: 0.91 vs. 30.1, 0.88 for the base model": paired by position
        for draft, name in zip(out, keyed[-len(out):]):
            draft.metric = name
    else:
        _each_its_listed_metric(out, m.site.left)
    phrase = m.right.group("phrase")
    link = _WITH_LINK.match(m.right.string, m.right.start(), m.right.start("phrase"))
    if link and (link.group("out") or link.group("before") or not any(
            is_model_name(token.strip(",;:()")) or spaced_system(token) for token in phrase.split())):
        # "up from 70.0% with a single sample", "versus 61% with greedy decoding": "with" and
        # words only set up the run the number came from (a setting), not a system; "with
        # nnU-Net" names one (sysnames28). "vs. 79% without memory" never does: what is taken
        # away is an ablation's setting (read56); nor "up from 33.7% before the loop": a stage (read76)
        phrase = ""
    name_compared_system(out, phrase)
    return out


#: A system as the whole object of a change verb ("the ensemble", "our student models").
_SYSTEM_OBJECT = LazyPattern(lambda: rf"(?i)^(?:(?:the|our|its|their|this|a|an)\s+)?(?:[a-z][\w-]*\s+)?(?:{_SYSTEM_NOUN}|ensembles?|students?|classifiers?|detectors?|networks?)$")
#: A system in words: what a score "for" it belongs to ("for the best agent", "for official models").
_SYSTEM_NOUN = (r"(?:agents?|models?|LLMs?|VLMs?|methods?|baselines?|systems?|approach(?:es)?|polic(?:y|ies)|planners?"
                r"|variants?|pipelines?)")
#: "23.2% for the best agent vs. 51.1% for official instruction-tuned models": the first score's
#: system, then the comparison word (read43).
_FOR_SYSTEM_VERSUS = rf"\s*for\s+(?P<phrase>[^,;.()]{{0,50}}?\b{_SYSTEM_NOUN})\s+(?:vs\.?|versus)\s+"


#: A score earlier in the clause, then the comparison word: "89% on BFCL with Gemma-3-4B vs. ".
# ("reaches 45% on the combined task against 28% for the strongest of our baselines", read68)
_SCORE_THEN_VERSUS = re.compile(r"\d(?:\s*%|\.\d+)[^;:%]{0,80}?[\s(](?:vs\.?|versus|against)\s+$")  # "a 0.87 retention score (vs. " (read67)
_NAMES_A_SYSTEM = re.compile(rf"\b{_SYSTEM_NOUN}\b")
#: Two or three capitalised words: "Direct Copilot", "Claude Code".
_PROPER_NAME = re.compile(r"[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){1,2}(?=$|\s+[a-z])")


#: A score named by an aggregate only: "overall score", "average scores" (`<score> of <number>`).
_AGGREGATE_SCORE = r"(?:overall|average|mean|total|final|aggregate)\s+scores?"
#: A generic score said, then compared: "an overall score of 4.34 compared with " (read62).
_GENERIC_SCORE_COMPARED = re.compile(
    rf"(?i)\b{_AGGREGATE_SCORE}\s+(?:of\s+)?\d[\d.,]*\s*(?:%|\\%)?\s*,?\s*"
    r"(?:compared(?:\s+(?:with|to))?|versus|vs\.?|against)\s+$")


def _quantity_of_score_before(left: str) -> str | None:
    """'achieves 33.0% mean resolve rate vs. 28.3% for the static knowledge base': the quantity
    the score right before the comparison word names in its own words, which the vocabulary
    does not know (read48); None where no score stands there or it names none."""
    before = _SCORE_THEN_VERSUS.search(left[-100:])
    if before is None or _numbers_after_score(before.group()):
        return None
    return _pair_head_quantity(left)


#: The first score of a `_SCORE_THEN_VERSUS` match, a percentage or a decimal: "0.87", "89 %".
_LEADING_SCORE = re.compile(r"[\d.]+\s*%?")


def _numbers_after_score(text: str) -> bool:
    """Whether a number stands after the first score of `text` (a `_SCORE_THEN_VERSUS` match),
    digits inside names aside: "89% on BFCL with Gemma-3-4B vs. " holds none."""
    return has_number(text[_LEADING_SCORE.match(text).end():])


def _compares_systems_scores(m: Match) -> bool:
    """'23.2% for the best agent vs. 51.1% for official models', 'achieves 89% on BFCL with
    Gemma-3-4B vs. 67% for the official model': a percentage compared with one said for a system
    (its noun or its name), with no metric named: both are `unspecified` scores (read43); "80% for
    training vs. 20% for testing" compares no systems."""
    before = _SCORE_THEN_VERSUS.search(m.site.left[-100:])
    mention = m.site.mentions[0]
    # (a decimal compared with a decimal too: "averaging 70.6 versus 38.0 for the strongest baseline", read67)
    decimal = (mention.quantity == "plain" and not mention.is_integer and not mention.sign and "%" not in before.group()) if before else False
    if before is None or not (mention.quantity == "percent" or decimal) or _numbers_after_score(before.group()):
        return False
    phrase = (compared_phrase(m.right) or "").strip()
    return bool(_NAMES_A_SYSTEM.search(phrase) or any(is_model_name(token) for token in phrase.split())
                # "71.5% with GPT-5.5 against 58.0% for Codex": one capitalised word, a system's name (read68)
                or (" " not in phrase and plain_system_word(phrase))
                # "78% on SWE-Bench Pro versus 59% for Direct Copilot": a proper name in capitals (read59)
                or ((name := _PROPER_NAME.match(phrase)) and not dataset_vocabulary().fullmatch(name.group())
                    and not metrics_in(name.group())))


def _for_system_versus(m: Match):
    """'23.2% for the best agent vs. 51.1% for official instruction-tuned models': a score said
    for a system and compared with another system's; with no metric named, `unspecified` (the
    second is read by `compared with <number> for <system>`). Only for a system's noun or name:
    "80% for training vs. 20% for testing" splits data."""
    if _declines(m.site) or len(m.site.mentions) != 1:
        return None
    metric = quality_metric_before(m.site.left) or m.site.context_metric or UNSPECIFIED
    out = drafts(m, metric, "score", "<number> for <system> vs. <number> for <system>")
    name_compared_system(out, m.right.group("phrase"))
    return out


#: The link before a compared number's phrase that is "with": "% with ".
_WITH_LINK = LazyPattern(r"(?:dB|points?|pts|%)?\s*(?:with(?P<out>out)?|(?P<before>before))\s")


#: A share of trials, then "over" and the comparator's share: "58.7% of the time over ".
_SHARE_THEN_OVER = LazyPattern(r"(?i)%\s+of\s+(?:the\s+)?(?:time|cases|comparisons|trials)\s+over\s+$")


#: The pair's head before a comparison word: "34.3% false positive rate versus ", "0.87 retention score (vs. ".
_PAIR_HEAD = re.compile(r"(?P<number>\d[\d.,]*)(?P<after>[^\d()]{0,50}?)\s*\(?\s*(?:versus|vs\.?|compared\s+(?:with|to))\s*$")


def _own_or(site: Site, carried: str) -> str:
    """The quantity the number's own phrase names (quantities.own_quantity), else the metric a
    path carries to it (the sentence's, the last claim's, a neighbour's): asked only where a
    metric is carried, so that a number no metric reaches stays no claim."""
    return own_quantity(site.left, site.right) or carried


def _pair_head_quantity(left: str) -> str | None:
    """The quantity the number a compared score is paired with names by its own words (quantities.own_quantity)."""
    head = _PAIR_HEAD.search(left[-120:]) if ("vs" in left or "versus" in left or "compared" in left) else None
    if head is None:
        return None
    return own_quantity(left[:len(left) - len(left[-120:]) + head.start()], head.group("after"))


def compared_phrase(system) -> str | None:
    """The phrase of a `COMPARED_SYSTEM` match that names the compared number's system, or None
    where there is no match or the match is a bracket naming no system ("versus 25.5% (MIMIC-CXR)")."""
    if system is None or (system.group("bracket") and not bracketed_system(system.group("phrase"))):
        return None
    return system.group("phrase")


#: A name right before the bracket a number opens: "on Cholec80 (+16.5": the name, then "(" and a sign.
_NAME_BEFORE_BRACKET = re.compile(rf"(?<![\w-])(?P<name>{_BRACKETED_NAME})\s*\(\s*$")


def _metric_closes_bracket(right: str) -> bool:
    """Whether a metric's name alone follows the number, then the bracket closes: " top-1)" in
    "USPTO-50k (61.2% top-1)" (read55)."""
    found = metric_at(right, len(right) - len(right.lstrip()))
    return found is not None and CLOSES_BRACKET.match(right, found[1].end()) is not None


def listed_benchmark(site: Site) -> str | None:
    """'improvements on Cholec80 (+16.5), Breakfast (+4.5) and AutoLaparo (+19.6)': a number alone
    in the bracket after a member of a list of benchmarks led by "on"/"across" is measured on
    that member (read43), as `<metric> of <number>` reads "on MNIST (98.3%)"; a member is a
    benchmark the vocabulary knows or a name built on "Bench" ("T2I-ReasonBench"), or, for a
    value with no sign, a name shaped as a benchmark's ("Cholec80 (91.2)")."""
    if len(site.mentions) != 1:
        return None
    named = _NAME_BEFORE_BRACKET.search(site.left, max(0, len(site.left) - 60))
    if named is None or not (CLOSES_BRACKET.match(site.right) or _metric_closes_bracket(site.right)):
        return None
    name = named.group("name")
    known = dataset_vocabulary().fullmatch(name) or is_benchmark_name(name)
    if not (known or (not site.mentions[0].sign and _benchmark_shaped(name))):
        # "an overall gain on DenseHub (+4.1%) and SparseKit (+2.6%)", "on RAG (+7.29%)": a signed change
        # after a name is said of a system improved, unless the name is a benchmark's (attribution.jsonl)
        return None
    return name if _benchmark_listed(site.left[:named.start()], name) else None


def bracketed_system(phrase: str) -> bool:
    """Whether a bracket after a compared number holds a system's name, as `name_compared_system`
    reads it ("(Claude Opus 4.6)", "(GPT-5.2 Pro)"), not a benchmark or a spread."""
    return any(not is_base_model(name) for name in names_in_phrase(_SETTING_AFTER_PHRASE.split(phrase)[0]))


def _compared_possessor(m: Match):
    """'scores 4.41 on UTMOS against the teacher's 4.52', 'versus GPT-4o's 79.5%': the compared
    system's score (or scores: "compared with GRPO's 48.0% and 25.3% after 40 updates"), in the
    quantity the clause compares, its system the possessor (read68)."""
    if _declines(m.site, allowed=("plain", "percent", "points")):
        return None
    # the quantity named in the clause before it, not one carried from an earlier sentence
    # ("catches 60% of failures ... against the monitor's 54%" is no AUROC said before)
    metric = quality_metric_before(m.site.left)
    if metric is None or metric in COST_METRICS:
        return None
    out = drafts(m, own_quantity(m.site.left, m.site.right) or metric, "score", "against <system>'s <number>")
    name_compared_system(out, m.left.group("owner"))
    return out


def name_compared_system(out: list[Draft], phrase: str) -> None:
    """'... for iterative DPO with the same budget' names the system; '... for the previous
    best' names none (model null, not the paper's method)."""
    phrase = _SETTING_AFTER_PHRASE.split(phrase)[0]
    # "13.3% for the base model"; "from 27% (baseline) to", "38% for the teacher": a role alone names no system (review35)
    # "15.2% for standard sampling": a system only described, in lower-case words, names none
    # ("46.6% (o3)" does: a name with a digit; read38)
    names = [name for name in names_in_phrase(phrase) if not is_base_model(name) and not _ROLE_ONLY.fullmatch(name)
             and not _TASK_PHRASE.search(name) and not (name.islower() and not any(ch.isdigit() for ch in name))]
    for draft in out:
        draft.model = names[0] if names else None
        draft.role = "" if names else "unnamed"


#: A task, a split or a grade of cases after "for", not a system: "0.894 versus 0.803 for the severe
#: grade EV classification", "0.921 versus 0.793 for the differentiation of moderate to severe grades" (read36).
_TASK_PHRASE = re.compile(
    r"(?i)(?:\b(?:classification|detection|segmentation|prediction|recognition|estimation|forecasting|localization"
    r"|tasks?|subsets?|splits?|cases|grades?)$|^(?:the\s+)?[a-z]+(?:tion|ment|ance|ence|sis)\s+of\b)")
#: A system's role alone, as a bracket or phrase writes it ("baseline", "the teacher"): no system's name.
_ROLE_ONLY = re.compile(r"(?i)(?:the\s+)?(?:baselines?|teachers?|reference|backbones?)")


def _plain_compared_name(m: Match, name: str) -> str | None:
    """'compared to the baseline U-Net (70.57) and original Prithvi (72.42)', '..., Terramind
    (62.33), DOFA (59.15)': a capitalised word with a bare score in brackets, in a list of
    systems compared with, is a system's name though it has no inner capital or digit (read34);
    not a language ("than English (71.2%)": a setting) nor a word of the text's apparatus."""
    name = _LOWER_WORDS_BEFORE.sub("", name)  # "and Prithvi 2.0"
    if (_TITLE_WORD.fullmatch(name) and not m.left.group("inner") and not _LANGUAGE.fullmatch(name)
            and name not in _APPARATUS_WORDS and _COMPARED_LIST_BEFORE.search(m.site.left[-150:])):
        return name
    return None


_LOWER_WORDS_BEFORE = re.compile(r"^(?:[a-z]+\s)+")
_TITLE_WORD = re.compile(r"[A-Z][a-z]{2,}(?:\s\d+(?:\.\d+)?)?")  # "Prithvi 2.0": a spaced version
_LANGUAGE = re.compile(LANGUAGES)
_APPARATUS_WORDS = frozenset({"Table", "Tables", "Figure", "Figures", "Fig", "Section", "Appendix", "Eq", "Equation", "Ours", "Human", "Humans", "Average", "Overall", "Mean"})
#: A comparison opened before a list of bracketed scores, the list unbroken by a clause's end.
_COMPARED_LIST_BEFORE = re.compile(
    r"(?i)\b(?:compared\s+(?:to|with)|than|outperform\w*|surpass\w*|versus|vs\.?|against|exceed\w*|beat\w*)\s(?:[^.;:]|\.\d)*$")


#: A system, then the model it runs on, before that model's last words: "CaP-Agent0 powered by GPT-6 Astra ".
_POWERED_BY_BEFORE = re.compile(
    rf"(?<![\w-])(?P<system>{NAME_TOKEN})\s+(?:powered\s+by|built\s+(?:on|upon)|based\s+on|driven\s+by|backed\s+by)\s+(?:[\w.+-]+\s+){{0,3}}$")


#: A name with a digit, then one capitalised word at the end of a bracketed score's name: "GPT-6 Astra".
_VERSIONED_THEN_TIER = re.compile(r"(?:^|\s)(?=[\w.-]*\d)[A-Z][\w.-]*[\w]\s[A-Z][a-z]{2,}$")


def _name_then_number(m: Match):
    """'outperforming nnU-Net (0.897)', 'HuBERT-Base (4.8%/10.4%)': a compared system's scores."""
    mention = m.site.mentions[0]
    if _declines(m.site) or (_whole_count(mention) and (mention.value < 10 or _YEAR.fullmatch(mention.text))):
        return None  # "(1)" is a list marker, "(2023)" a year
    name = whole = m.left.group("name")
    if " " in name:
        spaced = spaced_system_ending(name)
        if spaced:
            name = spaced
        elif _VERSIONED_THEN_TIER.search(name) and not dataset_vocabulary().fullmatch(name.split()[-2]):
            # "above the larger GPT-6 Astra (71.54%)": a versioned name and a tier word of its own,
            # read whole as a spaced tier is ("GPT-4o mini"); its last word alone names nothing (read76)
            name = " ".join(name.split()[-2:])
        elif not any(ch.isdigit() for ch in name.split()[-1]):
            name = name.split()[-1]
    name_start = m.in_left(m.left.end("name") - len(name))  # where the (shortened) name begins in `site.left`
    word = _WORD_AT_END.search(m.site.left, max(0, name_start - 30), name_start)
    if word and model_family_pattern().fullmatch(f"{word.group(1)} {name}"):
        name = f"{word.group(1)} {name}"  # "followed by Faster R-CNN (67.6%)": a known family written in two words (read36)
        name_start = word.start(1)
    sentence = m.site.sentence
    benchmark = dataset_vocabulary().fullmatch(name) if not m.left.group("inner") else None
    dataset = dataset_vocabulary().names[benchmark.lastgroup] if benchmark is not None else None
    numbered = _SPACED_NUMBER_END.search(name) if not m.left.group("inner") else None
    if numbered:
        # "AIME 2026 (30.1%)", "BraTS 2023 (0.91)": a known benchmark with its year written
        # apart is that year's edition, named as `find_datasets` names it; "MATH 500" is a
        # benchmark's whole name; any other name with a number of three or four digits
        # apart ("ResNet 101", "in 2024") names nothing here
        year = numbered.group(1)
        edition = dataset_vocabulary().fullmatch(name[:numbered.start()]) if _YEAR.fullmatch(year) else None
        if edition is not None:
            dataset = f"{dataset_vocabulary().names[edition.lastgroup]} {year}"
        elif benchmark is None:
            return None
    if (dataset is None and not m.left.group("inner") and mention.sign in (None, "+") and name[:1].isupper()
            and _GAIN_LIST_LEAD.search(m.site.left[max(0, name_start - 200):name_start])):
        # "improves macro F1 from 0.659 to 0.706, with notable gains in Noise (0.430), Zipper
        # (0.098), ...": each bracket is the gain on the category named before it, in the
        # sentence's quality metric (read39)
        named_before = [n for n, _, _ in metrics_in(sentence[:m.site.start]) if n not in COST_METRICS]
        metric = named_before[-1] if named_before else (m.site.context_metric or "unspecified")
        return drafts(m, metric, "delta", "gains in <name> (<number>)")
    # a signed number is a gain ("an overall improvement on RAG (+7.29%) and Zep (+1.94%)",
    # retrievers improved): not a benchmark's score
    listed = (dataset is None and not m.left.group("inner") and " " not in name and mention.sign is None
              and _benchmark_listed(m.site.left[:name_start], name))
    if (dataset is None and not listed and not m.left.group("inner") and mention.sign is None
            and _TWO_WORD_BENCHMARK.fullmatch(whole) and not model_family_pattern().match(whole)
            and _benchmark_listed(m.site.left[:m.in_left(m.left.start("name"))], whole)):
        # "on Terminal-Bench V2 (86.5%), SWE-Bench Verified (78.2%)": a listed benchmark's name may
        # have two words, the second capitalised or a version, read whole (read55)
        listed, name = True, whole
    if dataset is not None or listed:
        # "accuracy on GSM8K (90.8%) and MATH (52.3%)": the value in brackets after a benchmark
        # is the score on it, in the one quality metric the sentence names (before it, else
        # after); a benchmark named as a metric ("GenEval", "DPG") is its own list member's
        # metric, never the others' (lists27)
        before = [n for n, _, _ in metrics_in(sentence[:m.site.start]) if n not in COST_METRICS and n not in benchmark_metrics()]
        rest = sentence[m.site.end:]
        # not a metric keyed inside a later member's own bracket ("MNIST (98.3% ...), HIGGS (AUC 0.885)": read36)
        after = [n for n, start, _ in metrics_in(rest) if n not in COST_METRICS and n not in benchmark_metrics()
                 and not _in_member_bracket(rest, start)]
        named = set(before) or set(after[:1])
        if len(named) > 1:
            return None
        # no metric named: the last claim's (unless a benchmark's own), else none (the spec's `unspecified`)
        carried = m.site.context_metric if m.site.context_metric not in benchmark_metrics() else None
        metric = named.pop() if named else (carried or "unspecified")
        dataset = dataset or name
        return drafts(m, metric, "score", "<benchmark> (<number>)", dataset=dataset)
    if (m.left.group("inner") is None and _CAPITALS_ONLY.fullmatch(name)
            and _GRADE_BEFORE_NAME.search(m.site.left, max(0, name_start - 16), name_start)):
        # "achieving higher EPA (0.335) and mAP (0.502)": an acronym said higher or lower is a
        # measure, not a system; the value in brackets is its score (read38)
        return drafts(m, name, "score", "<grade> <metric> (<number>)", quantity_named=True)
    powered = _POWERED_BY_BEFORE.search(m.site.left, max(0, name_start - 80), name_start)
    if powered and is_model_name(powered.group("system")):
        # "CaP-Agent0 powered by GPT-6 Astra Pro (60.0%)": the score is the system's that the
        # named model powers, not the backbone's (read68)
        name = powered.group("system")
    if not any(is_model_name(token) for token in name.split()) and not spaced_system(name):
        name = _plain_compared_name(m, name)
        if name is None:
            return None
    inner = metric_at(m.left.group("inner") or "")
    if m.left.group("inner") and not inner and m.left.group("inner").strip(" :=").lower() not in ("mean", "avg", "average", "median"):
        return None  # "(p 0.03)", "(n = 12)": not a score
    before = [n for n, _, _ in metrics_in(sentence[:m.site.start]) if n not in COST_METRICS]
    after = [n for n, _, _ in metrics_in(sentence[m.site.end:]) if n not in COST_METRICS]
    metric = inner[0] if inner else (before or after or [None])[-1 if before else 0]
    if metric is None and _compared_after_own_result(m, name):
        # "On BFCL, Orca scores 61.2, outperforming GPT-4-turbo (59.5)": the sentence names no
        # metric the vocabulary knows; the compared system's score is in the metric of the
        # result it is compared with (`pipeline._compared_in_result_metric` sets it: "a WGAcc
        # of 60.5%, outperforming RAI-GA (50.0%)"), else the last claim's, else `unspecified`
        carried = m.site.context_metric if m.site.context_metric not in benchmark_metrics() else None
        return _in_result_metric(drafts(m, carried or "unspecified", "score", "<name> (<number>)", model=name))
    if metric is None:
        return None
    return drafts(m, metric, "score", "<name> (<number>)", model=name)


def _in_result_metric(out: list[Draft]) -> list[Draft]:
    """Marks compared scores to take the metric of the sentence's result before them."""
    for draft in out:
        draft.in_result_metric = True
    return out


#: The words that set a comparator against the sentence's result: "outperforming", "than", "vs.".
_COMPARISON = r"(?:outperform\w*|surpass\w*|over|than|compared\s+(?:to|with)|versus|vs\.?|relative\s+to|beat\w*)"
#: A comparison right before a system's name: "outperforming ", "ahead of ", "than the ".
_COMPARED_BEFORE_NAME = LazyPattern(
    rf"\b(?:{_COMPARISON}|exceed\w*|ahead\s+of|above|against)\s+(?:the\s+)?(?:(?:and|or)\s+|[\w.+-]+\s+){{0,4}}$")


def _compared_after_own_result(m: Match, name: str) -> bool:
    """Whether a number in brackets after a name is a compared system's score: the name follows
    a comparison ("outperforming X (59.5)", "ahead of X (21.6%) and Y (20.3%)") after the
    sentence's own result (a share or a number with a fraction before it, `_OWN_RESULT`), and
    the number is a share or has a fraction (a whole number in brackets is as often a version,
    a count or a size: "GPT-4 (0613)")."""
    mention = m.site.mentions[0]
    if mention.quantity != "percent" and mention.is_integer:
        return False
    # the names of a list before this one go with their brackets: "X (21.6%) and "
    before_name = _BRACKETED_MEMBERS.sub(" ", m.site.left[:m.in_left(m.left.end("name") - len(name))])
    # the sentence's own result, or one it refers back to: "This performance is competitive with
    # supervised baselines such as LightGBM (68.86)" after the sentence with the result (read54)
    own = _OWN_RESULT.search(before_name) is not None or (
        m.site.context_metric is not None and _RESULT_REFERRED.match(before_name) is not None)
    return own and (_COMPARED_BEFORE_NAME.search(before_name[-120:]) is not None
                    or _SIMILAR_BEFORE_NAME.search(before_name[-120:]) is not None)


#: A sentence that opens by referring to the result before it: "This performance", "These results".
_RESULT_REFERRED = re.compile(r"\s*(?:This|These|Such|Our|The)\s+(?:performance|results?|scores?)\b")
#: A likeness or a gap to a named system, right before its name: "competitive with supervised
#: baselines such as ", "narrows the gap to ", "on par with ".
_SIMILAR_BEFORE_NAME = re.compile(
    r"\b(?:competitive\s+with|comparable\s+to|on\s+par\s+with|close\s+to|gap\s+to|such\s+as|behind)\s+(?:[\w.+-]+\s+){0,4}$")


#: The sentence's own result before a compared name: a share or a number with a fraction, not
#: a name's digits ("ResNet 101", "Qwen2.5").
_OWN_RESULT = LazyPattern(r"(?<![\w.])\d+(?:\.\d+)?\s*%|(?<![\w.])\d+\.\d+")
#: A list member with its bracketed score, before the next member: "Gemini 2.5 Pro (21.6%), ".
_BRACKETED_MEMBERS = LazyPattern(r"\([^()]{1,40}\)\s*,?")


#: "results on TIIF(73.8), DPG(86.8), CompBench(88.5)": a list of names after "on"/"across"
#: (or "benchmarks such as"), each with its number in brackets or none; what stands before
#: the name's own bracket (lists27).
#: A member of a list of benchmarks: a name, with its number in brackets or none; the bracket may
#: key the number and say its setting ("HIGGS (AUC approximately 0.885 on 11M examples)", read36).
#: A list member: a name of one word, or of two when the second is capitalised or a version
#: ("SWE-Bench Verified", "LiveCodeBench v6"), perhaps with its number in brackets.
_LIST_MEMBER = r"[A-Z][\w.+/-]*(?:\s(?:[A-Z][\w.+/-]*|[vV]\d[\w.]*))?(?:\s*\([^()]{0,60}?\d[^()]{0,60}\))?"
#: A benchmark's name of two words: its name, then a capitalised word or a version.
_TWO_WORD_BENCHMARK = re.compile(r"[A-Z][\w.+/-]*\s(?:[A-Z][\w.+/-]*|[vV]\d[\w.]*)")
#: "on both A (61.2%) and the large-scale B (": a later member may be described by "the" and
#: one word in lower case (read55).
_BENCHMARK_LIST_LEAD = LazyPattern(
    rf"(?:on|across)\s+(?:both\s+)?(?:the\s+)?(?:(?:[a-z][\w-]*\s+)?(?:benchmarks?|datasets?)\s*(?:such\s+as\s+|including\s+|like\s+|:\s*|\(\s*)?)?"
    rf"(?:{_LIST_MEMBER}\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+(?:[a-z][\w-]*\s+)?)?)*$")


#: A list of categories, each with its gain in brackets, after a gain noun: "gains in Noise
#: (0.430), Zipper (0.098), and ".
_GAIN_LIST_LEAD = LazyPattern(
    rf"\b(?:gains?|improvements?|increases?|boosts?)\s+(?:in|on|for|across)\s+(?:{_LIST_MEMBER}\s*(?:,\s*(?:and\s+)?|and\s+))*$")


def _in_member_bracket(text: str, at: int) -> bool:
    """Whether `at` stands inside a bracket opened right after a name ("HIGGS (AUC ..."): a list
    member's own bracket, not a bracket that names the list's metric ("(accuracy)")."""
    opened = text.rfind("(", 0, at)
    return opened > text.rfind(")", 0, at) and _NAME_END.search(text, 0, opened) is not None


_NAME_END = re.compile(r"[A-Za-z0-9]\s*$")


def _benchmark_listed(before: str, name: str) -> bool:
    """Whether a name with its number in brackets is a member of a list of benchmarks: it
    stands in a list led by "on"/"across" whose members are names, each with its number in
    brackets or none ("achieves SOTA performance on TIIF(73.8), DPG(86.8), CompBench(88.5),
    and UniCycle"); a known family of systems ("on ResNet-50 (76.1%)", a backbone) is none,
    nor a name without a capital."""
    if not any(ch.isupper() for ch in name) or model_family_pattern().match(name):
        return False
    # the lead's "on"/"across" is the last of the two words before the name (list members are
    # names and bracketed numbers): one match from there, not a search of the window
    tail = before[-200:]
    leads = sorted((m.start() for m in _LEAD_WORD.finditer(tail)), reverse=True)[:3]
    # the last lead first; an earlier one where the last stands inside a member's bracket
    # ("on MNIST (...), HIGGS (AUC 0.885 on 11M examples), and Epsilon (")
    # "improving on Latte (478)": to improve on a name is to beat a system (read50)
    return any(_BENCHMARK_LIST_LEAD.fullmatch(tail, at + 1) is not None and not _IMPROVE_BEFORE_ON.search(tail, 0, at)
               for at in leads)


_LEAD_WORD = re.compile(r" (?:on|across) ")
_IMPROVE_BEFORE_ON = re.compile(r"(?i)\bimprov(?:e|es|ed|ing)$")
_WORD_AT_END = re.compile(r"([A-Z][\w-]*)\s+$")
#: A grade right before a name: what is "higher" or "lower" is a measure, never a system.
_GRADE_BEFORE_NAME = re.compile(r"(?i)\b(?:higher|lower|better|worse|improved|reduced|increased|decreased)\s+$")


#: The setting a compared system's score in brackets was reached in: "(50.6% with 9.6M
#: training samples)", "(61.2% under 4-bit weights)"; not "with respect to" (a change).
_SETTING_IN_BRACKET = r"\s+(?:with|without|using|under)\s+(?!respect\b)[^()]{1,60}?\)"
#: A comparator only described, by the noun a reader takes for a system: "a standard deep
#: learning baseline model", "the baselines of alternating tactile-visual", "the static data
#: collection paradigm".
_COMPARATOR_NOUN = LazyPattern(
    r"(?i)\b(?:baselines?|methods?|models?|approach(?:es)?|paradigms?|systems?|polic(?:y|ies)|counterparts?"
    r"|pipelines?|techniques?|agents?|detectors?|networks?|architectures?|variants?|state[- ]of[- ]the[- ]art)\b")
#: Words that make the bracket something other than the comparator's own score: a change
#: ("by a margin (3.2%)"), a share of data or of a budget right before it ("models trained
#: on the full data (100%)").
_NOT_COMPARATOR_SCORE = LazyPattern(
    r"(?i)\bby\b|\b(?:data|datasets?|samples|labels|annotations|examples|tokens|parameters|budget|time|cost)\s*$")


def _share_or_decimal(site: Site) -> bool:
    """`<compared phrase> (<number>)`'s precondition: a share, or a plain number with a fraction; "(2)"
    marks a list's item and "(2023)" is a year, and the rule's backward search is not run for them (read73)."""
    return all(x.quantity == "percent" or not x.is_integer for x in site.mentions)


def _described_comparator_score(m: Match):
    """'outperforming a standard deep learning baseline model (73.7%)', 'over the static data
    collection paradigm (22.2%)': the score of a comparator only described, in the sentence's
    quality metric; the model stays null (recall12). A signed number is the gain over it."""
    mention = m.site.mentions[0]
    phrase = m.left.group("phrase")
    # "... the baselines of alternating tactile-visual (66.3%) and vision-only (55.4%)": the list
    # goes on after the first comparator's bracket, whose clause says what is compared
    member = m.left.group("after_bracket") is not None
    before = m.site.left_window[:m.left.start()]
    described = (_COMPARED_MEMBER_BEFORE.search(before) if member else _COMPARATOR_NOUN.search(phrase)) or (
        # "76% success rate ..., outperforming both the Fin Ray gripper (43%) and rigid gripper
        # alternatives (36%)": after the sentence's own result, a plain noun phrase compared
        # with it is a comparator, and so is the next member of its list (names28)
        _PLAIN_COMPARATOR.fullmatch(phrase)
        and (_own_result_compared(before) if member else _OWN_RESULT.search(before)))
    if mention.quantity == "plain" and quality_metric_before(m.site.left) is None and m.site.context_metric is None \
            and not _OWN_RESULT.search(CLOSED_BRACKET.sub(" ", m.site.left)):
        # a decimal with no metric named is a comparator's score only after the sentence's own result outside
        # brackets ("achieves 61.01, outperforming the baseline (52.36)"; not "X (2.07) is higher than that of Y (0.89)"; read73)
        return None
    if (_declines(m.site) or len(m.site.mentions) != 1 or mention.sign is not None
            or not described or _NOT_COMPARATOR_SCORE.search(phrase)
            or any(is_model_name(token) for token in phrase.split())):
        return None  # a named comparator is `<name> (<number>)`'s
    # "outperforming BFS (56.5%)": an acronym alone is a named comparator, though too common
    # a word to be name-shaped (Breadth-First Search); its number is its own (read53)
    named = phrase if _ACRONYM_ALONE.fullmatch(phrase) else None
    return _comparator_score(m, "<compared phrase> (<number>)", named)


_ACRONYM_ALONE = re.compile(r"[A-Z]{2,}s?")


#: A comparator described by a plain noun phrase, no clause or setting in it: "both the Fin Ray
#: gripper", "reflective prompt evolution" (not "baselines on the hard split", "X trained with Y").
_PLAIN_WORD = r"(?!(?:on|in|at|for|with|by|under|across|from|to|of|and|or|when|while|which|that)\b)[\w-]+"
_PLAIN_COMPARATOR = LazyPattern(rf"(?i)(?:(?:both|either|all|the|a|an)\s+)*{_PLAIN_WORD}(?:\s+{_PLAIN_WORD}){{0,4}}")
#: A compared member's share in brackets, open ("(43%") and closed with what joins the next
#: member ("(43%) and "): the parts of `_COMPARED_THEN_BRACKET` and `_COMPARED_MEMBER_BEFORE`.
_BRACKETED_SHARE = r"\(\s*\d[\d.]*\s*%\s*"
_CLOSED_MEMBER = rf"{_BRACKETED_SHARE}\)\s*,?\s*(?:(?:and|or)\s+)?"
#: A comparison and a compared member's bracketed score, ending where the next member starts.
_COMPARED_THEN_BRACKET = LazyPattern(
    rf"(?i)\b{_COMPARISON}\s+(?:[^.;:()\d]{{1,70}}{_CLOSED_MEMBER}){{0,3}}[^.;:()\d]{{1,70}}{_BRACKETED_SHARE}$")


def _own_result_compared(before: str) -> bool:
    """Whether a list member's text before it (up to the bracket its own clause opens) holds a
    comparison with members' bracketed scores after the sentence's own result: "... 76% success
    rate, outperforming both A (43%" before " and B (36%)"."""
    tail = before[-200:]
    compared = _COMPARED_THEN_BRACKET.search(tail)
    return compared is not None and _OWN_RESULT.search(before[:len(before) - len(tail) + compared.start()]) is not None


#: A described comparator's bracketed score right before a list member: "outperforming the
#: baselines of alternating tactile-visual (66.3%" (the member's own bracket opens after it).
_COMPARED_MEMBER_BEFORE = LazyPattern(
    rf"(?i)\b{_COMPARISON}\s+"
    r"[^.;:()\d]{0,70}?\b(?:baselines?|methods?|models?|approach(?:es)?|paradigms?|systems?|polic(?:y|ies)|counterparts?"
    rf"|pipelines?|techniques?|agents?|variants?)\b(?:[^.;:()\d]{{0,50}}{_CLOSED_MEMBER}){{0,4}}"
    rf"[^.;:()\d]{{0,50}}{_BRACKETED_SHARE}$")


#: What may follow the bracket in `<name> (<number>)`'s left pattern: a label ("(F1 ", "(mAP: ").
_AFTER_BRACKET = re.compile(r"\s*(?:[A-Za-z][\w@-]*\s*[:=]?\s*)?\s*(?:[~≈]\s*)?")  # "ChatGPT-5 (~1T)": a hedge (review35)


def _ends_with_open_bracket(left: str) -> bool:
    """Whether `left` ends with '(' (white space after it): the only texts `<quality> (<number>)`'s
    pattern can match, tested before its search."""
    return left.rstrip().endswith("(")


def ends_in_bracket(left: str) -> bool:
    """Whether `left` ends with '(' and at most a label: the only texts `<name> (<number>)`'s
    pattern can match (its bracket is the last one, nothing after it holds one); that
    search, tried at every position of the window, cost more than any other rule's."""
    bracket = left.rfind("(")
    return bracket >= 0 and _AFTER_BRACKET.fullmatch(left, bracket + 1) is not None


def _name_before_bracket(left: str) -> int:
    """No match of `<name> (<number>)`'s left pattern starts before this (where
    `ends_in_bracket` holds): its bracket is the last one, and before it stand white
    space and the name, which holds at most four white space characters ("Llama 7B", "Stable
    Diffusion 3.5 Large": a name with a spaced version and tiers, `names.SPACED_TAIL`), then
    perhaps the word "baseline" (read50): so the match starts at or after the sixth run of
    other characters back from the bracket. The search from there skips the rest of the
    window (21 us a search)."""
    at = left.rfind("(")
    while at > 0 and left[at - 1].isspace():
        at -= 1
    for _ in range(6):
        while at > 0 and not left[at - 1].isspace():
            at -= 1
        at = max(0, at - 1)  # the one white space inside a name
    return at


def _metric_body() -> str:
    return metric_vocabulary().source


#: The unit a member of an "a vs. b" pair may carry: "(70 percent vs. 48 percent)", "(+1.2 points vs. ...".
PAIR_UNIT = r"(?:%|percent|points?)?"
#: "vs. 64 percent": the rest of a pair after its first number.
_VERSUS_NUMBER = rf"{PAIR_UNIT}\s*(?:vs\.?|versus)\s*[+\-]?\d[\d.,]*\s*{PAIR_UNIT}"
#: "(0.933 vs. 0.500 and 0.667)": more compared numbers after the second, each a comparator's (read60).
_MORE_COMPARED = rf"(?:\s*(?:,\s*(?:and\s+)?|and\s+)[+\-]?\d[\d.,]*\s*{PAIR_UNIT})*"
_EARLIER_COMPARED = rf"(?:[+\-]?\d[\d.,]*\s*{PAIR_UNIT}\s*(?:,\s*(?:and\s+)?|and\s+))*"
#: "(98.9% vs 97.8%; P < 0.001)", "(0.91 vs. 0.84, p = 0.02; 95% CI ...)": a test of the pair's
#: difference after it, inside its bracket, is no part of what is compared (read82).
_STATISTIC_ASIDE = r"(?:\s*[;,]\s*(?:[Pp]\s*(?:[<=>≤]|\\l[et]|-?values?\b)|95\s*\\?%\s*CI\b|CI\b)[^()]{0,60})?"
#: "87.4 EPDMS": an unknown acronym after a pair names its metric.
_PAIR_ACRONYM = LazyPattern(rf"\s*(?P<name>{UNKNOWN_ACRONYM})(?=[\s,;.)]|$)")
#: What may stand between a pair and its metric: "(4.21 vs. 4.35 in MOS)".
_PAIR_FILLER = LazyPattern(r"\s*(?:(?:in|of|on)\s+)?")
#: After a pair, what makes it no pair of scores: things counted ("31.4 vs. 12.2 steps"),
#: a share of things ("41% vs 30% of sites"), settings ("8 vs. 16 GPUs", "512 vs. 2048 tokens"),
#: two settings of one system ("71% vs. 64% without the cue"), a rate of items per second ("(5.6
#: vs. 0.02 slides/s)": a throughput, never the clause's quality; read31).
_NOT_A_PAIR_OF_SCORES = LazyPattern(
    r"""\s*(?:of\b|with(?:out)?\b|w/o?\s|(?:[\w-]+\s+)?(?:steps?|tokens?|GPUs?|layers?|epochs?|iterations?|samples?|images?|frames?|parameters?
    |bits?|turns?|rounds?|words?|characters?|chars?|participants?|subjects?|users?|episodes?|trials?|times|hours?|minutes?|seconds?|days?
    |dimensions?|features?|neurons?|channels?|nodes?|edges?|tasks?|questions?|documents?|files?|lines?|calls?|queries|examples?|patients?)\b  # counts (read59)
    |[\w-]+\s*/\s*s\b|[\w-]+\s+per\s+second\b)""",
    regex.VERBOSE)
#: "(Dmax: ": a key naming the pair after it, right before its first number; without the colon,
#: a name-shaped key alone ("(CLIP-T 0.2283 vs. 0.2266", read54).
#: (a name-shaped key may take one capitalised word after it: "(C1 Likert 5.0 vs. 2.0)", read82)
_PAIR_KEY = LazyPattern(r"[(;]\s*(?:(?P<key>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s*:|(?P<key>[A-Z][\w-]*[A-Z0-9][\w-]*(?:\s+[A-Z][a-z]+)?))\s*$")
#: "versus 0.22% for fine-tuned CLIP": the system the number belongs to, named after it.
_COMPARED_SYSTEM_NEXT = LazyPattern(r"\s*(?:for|of|by|achieved\s+by|obtained\s+by)\s")
#: "the 78.0% baseline", "an 88% human baseline": the article before the number (tested after the
#: right pattern, which anchors at the number and fails at once almost everywhere).
_ARTICLE_BEFORE = LazyPattern(r"(?:^|\s)(?:the|an?)\s+$")
#: Acronyms of settings, not metrics: "a CFG of 4.5", "an NFE of 8", "an LR of 3e-4".
SETTING_ACRONYM = LazyPattern(r"CFG|NFEs?|LR|QP|CRF|EMA|SNR|DoFs?|FoV")
#: The clause a pair's metric is looked for in: not across ";" or a sentence-level break.
_CLAUSE_BEFORE = LazyPattern(r";")

#: Up to 60 characters before "from" (not across ";"): where the metric of "from A to B"
#: is named. Greedy and read backwards from the number, so a search costs one match
#: at the end of the text, not a lazy expansion tried at every position before it.
#: "from approximately 450s to 47s" (read34); "from over 4600 seconds to 0.328 seconds": a strict bound,
#: a claim at the bound on a cost only (claims-spec, Bounds; read37)
#: "gains from 0.66 to 0.70, 0.64 to 0.67, and from 0.53 to 0.55": pairs listed after the first
#: go on from its "from" (read43).
#: (The system the first value is of may be written before it: "cuts confabulation from Mem0's
#: 45.1% to 22.4%"; or what the first value is: "from a no-test baseline of 61.2% to 57.3%", holdout99.)
_FROM_HEAD = (r"(?P<head>[^;]{0,60})\b(?:from|(?P<between>between))\s+(?:\d[\d.,]*\s*%?\s+to\s+\d[\d.,]*\s*%?,\s*(?:and\s+)?)*"
              r"(?:(?P<owner>[A-Z][\w.+-]*[\w+])['’]s\s+|(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:baseline|level)\s+of\s+)?"
              r"(?:(?:approximately|about|around|roughly|nearly|~|≈)\s*"
              r"|(?P<strict>over|more\s+than|under|less\s+than|below|above)\s+)?")


def _on_or_in_next(site: Site) -> bool:
    return site.right.startswith((" on ", " in "))


def _bracketed_on_benchmark(m: Match):
    """'(81.3% on LiveCodeBench v5)': a percentage alone at a bracket's opening, measured on the
    benchmark named after it, is a score in the sentence's metric, else an unspecified one."""
    if m.site.mentions[0].sign or len(m.site.mentions) != 1:
        return None  # "(+3.1% on X)": a change, the change rules'
    # attribution reads a benchmark after "on"; after "in" only with a data noun: the rule names it
    dataset = m.right.group("name") if m.right.group("on") == "in" else None
    return drafts(m, m.site.context_metric or UNSPECIFIED, "score", "(<number> on <benchmark>)", dataset=dataset)


def _listed_pairs_metrics(clause: str, count: int) -> list[str] | None:
    """The metrics of 'raises accuracy and F1 from ...': as many as the pairs, listed last in the
    clause before "from" and all distinct, one per pair in order; or the one metric the clause
    names, for every pair ('improves accuracy on A and B from ...'); else None."""
    found = metrics_in(clause)
    if not found:
        return None
    last = found[-count:]
    if len(last) == count and len({name for name, _, _ in last}) == count \
            and all(LIST_GAP.fullmatch(clause, a[2], b[1]) for a, b in pairwise(last)):
        return [name for name, _, _ in last]
    return [found[-1][0]] * count if len({name for name, _, _ in found}) == 1 else None


def _from_list_to_list(m: Match):
    """'raises accuracy and F1 from 71.2% and 65.0% to 78.4% and 70.3%, respectively': a list of
    befores and a list of afters, one site whose middle number is read "65.0% to 78.4%", paired in
    order, each pair two scores of its own metric (the before the system's before, the after the
    subject's), as 'from A to B' is one pair (read84)."""
    site = m.site
    if len(site.mentions) < 3 or not site.left.rstrip().endswith("from") or not RESPECTIVELY_NEXT.match(site.right):
        return None
    ranged = [i for i, mention in enumerate(site.mentions) if mention.value_max is not None]
    halves = pair_halves(site.sentence, site.mentions[ranged[0]], site.offset) if len(ranged) == 1 else None
    if halves is None:
        return None
    befores, afters = site.mentions[:ranged[0]] + halves[:1], halves[1:] + site.mentions[ranged[0] + 1:]
    clause = site.left.rstrip()[:-len("from")]
    names = _listed_pairs_metrics(clause[max(clause.rfind(";"), clause.rfind(":")) + 1:], len(befores))
    if names is None or len(befores) != len(afters):
        return None
    return [draft_of(mention, name, "score", "from <list> to <list>, respectively", role=role, index=index, size=len(group))
            for role, group in (("before", befores), ("after", afters))
            for index, (mention, name) in enumerate(zip(group, names))]


RULES = [
    Rule("<metric> from <number> to <number>", frozenset({"plain", "percent", "points", "time", "memory", "scale"}), _from_to,
         left=compile_left(_FROM_HEAD, nearest=True), needs=("from", "between"),
         examples=("FID from 18.65 to 1.80",)),
    Rule("<metric>/<metric> from <number>/<number> to <number>/<number>", frozenset({"plain", "percent"}), _slashed_from_to,
         numbers_need=("/",), examples=("PSNR/SSIM from 19.97/0.796 to 20.57/0.800",)),
    Rule("from <list> to <list>, respectively", frozenset({"plain", "percent"}), _from_list_to_list,
         needs=("from",), examples=("accuracy and F1 from 71.2% and 65.0% to 78.4% and 70.3%, respectively",)),
    Rule("<number> → <number>", frozenset({"plain", "percent"}), _arrow, examples=("improves mIoU (45.1 → 48.3)",),
         numbers_need=ARROWS),  # `_ARROW`, which the production asks for first
    Rule("<change> (<number> to <number>)", frozenset({"plain", "percent", "memory"}), _change_bracket_pair,
         # the change within three words before the bracket: "a mAP@0.5 boost (", "improves accuracy ("
         # or a change by an amount, then the bracket: "reduced regressions by 70% (" (read45)
         # (or a factor and its setting between: "lifts it 14x on scientific reasoning tasks (1.5% to 21%)", read53)
         left=compile_left(r"\b(?:improv|gain|boost|increas|rais|lift|jump|reduc|decreas|lower|drop|declin)\w*(?:\s+[^\s()]+){0,3}?"
                           r"(?:\s+\d[\d.]*\s?(?:x|×|times))?(?:\s+(?:on|in|for|across)(?:\s+[^\s()]+){1,4}?)?\s*\(\s*"
                           # the metric may key the bracket: "improved performance for both EMBED (AUC 0.68 to 0.72)" (read55)
                           r"(?P<key>[A-Za-z][\w@-]*\s+)?"
                           r"|\b(?:improv|boost|increas|rais|lift|reduc|decreas|lower|cut)\w*\s+(?:[\w-]+\s+){0,4}?by\s+(?:[~≈]\s*)?\d[\d.,]*\s*(?:%|points?|pp)?\s*\(\s*"
                           # or further from the change, its words no setting's ("including improvements when
                           # baseline accuracy is near saturation (96.3% to 97.1%)"; read55)
                           r"|\b(?:improv|gain|boost|increas|rais|lift|jump)\w*(?:\s+(?!(?:for|on|in|across|by|of)\b)[^\s(),;]+){4,6}?\s*\(\s*"
                           # the next keyed bracket of a list: "... (AUC 0.68 to 0.72) and the Duke dataset (AUC " (read55)
                           r"|\(\s*[A-Za-z][\w@-]*\s+\d[\d.]*\s+to\s+\d[\d.]*\s*\)\s*(?:,\s*(?:and\s+)?|and\s+)(?:[^\s()]+\s+){1,5}?\(\s*"
                           r"(?P<listed_key>[A-Za-z][\w@-]*\s+)"
                           # the same change in another setting, bracketed right after a from-to pair:
                           # "raise average success from 12.5% to 47.5% (arm-selection: 20.0% to 50.0%)" (read57)
                           rf"|(?P<pair_before>{FROM_PAIR}\s*\(\s*)(?:(?P<pair_key>[A-Za-z][\w-]*(?:\s+[\w-]+){{0,2}})\s*:\s*)?",
                           nearest=True),
         right=compile_right(r"\)"), needs=("(",), numbers_need=(" to ",),  # which the production asks for first
         examples=("a significant mAP@0.5 boost (31.12% to 46.61%)",)),
    Rule("<change>: <number> to <number>", frozenset({"plain", "percent"}), _colon_before_after,
         numbers_need=(" to ",),  # which the production asks for first
         examples=("outperforms X by a large margin: 60.6% to 65.7% on A",)),
    Rule("<metric> from <number> (X) to <number>", frozenset({"plain", "percent"}), _from_aside,
         left=compile_left(_FROM_HEAD, nearest=True), right=compile_right(rf"{_ASIDE}\s+to\s+{_TO_BOUND}\d"),
         needs=("from",), examples=("lowers WER from 25.9 (Whisper large-v3) to 21.3",)),
    Rule("<metric> from <number> (X) to <number>, second", frozenset({"plain", "percent"}), _to_after_aside,
         left=compile_left(rf"{_FROM_HEAD}\d[\d.,]*\s*{_ASIDE}\s+to\s+{_TO_BOUND}", nearest=True),
         needs=(" to",), examples=("falls from 6.9 mm with nnU-Net to 4.8 mm",),
         precondition=Cue("left", "from")),  # `_FROM_HEAD`'s "from", never optional
    Rule("<prior system> at <number>", frozenset({"plain", "percent", "points"}), _prior_system_at,
         left=compile_left(rf"""\b(?:previous|prior|existing|conventional|competing|current|strong(?:est)?|best[- ]performing|
                 state[- ]of[- ]the[- ]art)\b[^;()]{{0,50}}?\b(?:baselines?|systems?|models?|methods?|approach(?:es)?|art|
                 results?|teams?|agents?|polic(?:y|ies))(?:,\s*which\s+(?:is|was|stands)\s+|\s+)(?:at|of)\s+(?:{BOUND}\s*)*"""),
         needs=(" at", " of"), examples=("the previous state of the art, which is at 48.3%",),
         # each word of the first group holds one of these, in lower case
         precondition=Cue("left", "previous", "prior", "existing", "conventional", "competing", "current", "strong",
                          "best", "state")),
    Rule("<number> vs. <number>, second", frozenset({"plain", "percent"}), _second_of_pair,
         left=compile_left(rf"(?:(?P<open>\()\s*|(?<![\w.(]))[+\-]?\d[\d.,]*\s*{PAIR_UNIT}\s*(?:vs\.?|versus)\s*"),
         needs=("vs", "versus"), examples=("88% vs 61% success rate", "47.1 vs. 45.3 ROUGE-L")),
    Rule("<number> baseline", frozenset({"plain", "percent"}), _baseline_score,  # the article is tested in the production
         right=compile_right(r"""(?:(?P<who>human|chance|random|majority|expert|oracle)\s+)?baselines?\b
                 (?!\s+(?!(?:and|or|but|while|whereas|on|in|for|with|across|at|by|of|to|from|which|that)\b)[a-z])"""),
         examples=("well above the 78.0% baseline", "versus an 88% human baseline")),
    Rule("r = <number>", frozenset({"plain"}), _keyed_correlation,
         left=compile_left(r"(?<![\w.\\'])(?P<symbol>r|ρ)\s*(?:=|≈|approx\.?)\s*"),
         needs=("=", "≈", "approx"), examples=("correlates with human ratings (r = 0.91)", "(ρ = 0.84)")),
    Rule("human (<number>)", frozenset({"plain", "percent"}), _human_score,
         left=compile_left(r"(?<![\w-])(?i:humans?)(?:\s+(?:performance|baseline|accuracy|experts?|annotators?|raters?|players?))?\s*\(\s*"),
         right=compile_right(r"\)"), needs=("human",), examples=("far below human performance (92%)",)),
    Rule("<number> <metric>", frozenset({"plain", "percent"}), _number_then_metric, needs_metric="right",
         examples=("1.78 FID", "87.3% top-1 accuracy", "14.08 FID scores")),
    Rule("<number> <task> success", frozenset({"percent"}), _task_success,
         # (no conjunction, preposition or change verb among the task's words: "9.4% and improves
         # task success", "75% of total attack success")
         right=compile_right(r"""(?P<task>(?:(?!(?:and|or|but|while|whereas|of|in|on|at|for|from|with|by|to|improv\w*|increas\w*|rais\w*|boost\w*)\s)
                 (?:[a-z][\w-]*|[A-Z]{2,4}|[A-Z][a-z]{2,}(?:/[A-Z][a-z]{2,})*)\s+){0,3}?)(?:and\s+[\d.]+\s*%\s+(?:(?:[a-z][\w-]*|[A-Z]{2,4})\s+){0,2}?)?
                 # a capitalised task ("79.0% Hamiltonian success"), a prefix joined by a hyphen ("82.03% macro-success"; read72)
                 (?:[a-z]+-)?success(?:es)?\b(?!\s+(?:rates?|ratios?|probability|thresholds?|criteri(?:on|a))\b)"""),
         precondition=Cue("right", "success"),  # "success(es)", never optional
         # ("retain 81.5% and 79.2% success": the second number's success without a task of its own, read68)
         examples=("97.5% reach and 92.5% pick success", "86.7% end-to-end success", "with 97% success",
                   "48% ID and 32% OOD success",  # a setting's acronym as the task (read52)
                   "79.6% verified task construction success",  # three words of task (read59)
                   "85.5%/84.2% Clean/Randomized success")),  # the settings of a slashed pair, slashed too (read81)
    Rule("<number> of the time", frozenset({"percent"}), _share_of_trials,
         # (up to two words before the trials: "in 58.6% of LLM-as-a-judge comparisons", read60)
         right=compile_right(r"of\s+(?:the\s+)?(?P<noun>[\w-]+)\b(?!\s+budgets?)"),
         examples=("preferred over the baseline 70% of the time", "succeeded on the first attempt in 68.5% of cases")),
    Rule("<number> <named quality>", frozenset({"percent", "plain"}), _named_quality, precondition=_percent_or_fraction,
         # not across a conjunction: "88.06% and high specificity (95.45%)" is another quality's (read58)
         right=compile_right(rf"""(?P<np>(?:(?!(?:and|or|but|while|whereas)\s)[A-Za-z][\w-]*\s+){{0,2}}?{QUALITY_HEAD})
                 (?=\s*(?:[,;.()]|$|(?:and|or|but|while|whereas|on|in|for|with|under|across|against|compared|than|versus|vs
                           |after|at|without|when|using|among|per)\b))"""),  # "49.2% and 26.8% solve rates after 20 updates" (read67)
         examples=("88% fidelity", "a 4% spillage rate", "98.0% matched outcome agreement", "a 0.013 false-merge rate")),
    Rule("<number> gap", frozenset({"percent"}), _gap_after,
         right=compile_right(r"""\s*(?:(?P<words>[a-z][\w-]*)\s+)?gaps?\b
                 (?=\s*(?:[,;.()]|$|(?:on|in|for|with|across|at|against|compared|than|versus|vs|under|within|while|and)\b))"""),
         precondition=Cue("right", "gap"), examples=("4.73% gap on TSP-442", "a 1.2% optimality gap")),
    Rule("<number> <word> and <number> <word> rates", frozenset({"percent"}), _rate_shared_with_next,
         right=compile_right(r"\s*(?P<word>[a-z][\w-]*)\s+and\s+\d[\d.,]*\s*(?:%|\\%)\s*(?:[a-z][\w-]*\s+){1,2}rates\b"),
         needs=("rates",), examples=("97.3% segmentation and 86.7% lemmatization rates",)),
    Rule("(<number> vs. <number>)", frozenset({"plain", "percent"}), _paired,
         left=compile_left(r"\(\s*"),
         right=compile_right(rf"{_VERSUS_NUMBER}{_MORE_COMPARED}{_STATISTIC_ASIDE}\s*\)"),
         precondition=Cue("right", "vs", "versus"),  # the comparison word, never optional
         needs=("(",), examples=("(52.3% vs. 53.7%)", "(70 percent vs. 48 percent)")),
    Rule("(<number> vs. <number>), second", frozenset({"plain", "percent"}), _paired,
         left=compile_left(rf"\(\s*[+\-]?\d[\d.,]*\s*{PAIR_UNIT}\s*(?:vs\.?|versus)\s*{_EARLIER_COMPARED}"),
         right=compile_right(rf"{PAIR_UNIT}{_MORE_COMPARED}{_STATISTIC_ASIDE}\s*\)"),
         needs=("vs", "versus"), examples=("(52.3% vs. 53.7%)",)),
    Rule("(<time> vs. <time>)", frozenset({"time"}), _time_pair,
         left=compile_left(r"\(\s*"), right=compile_right(rf"\s*(?:vs\.?|versus)\s*{PAIR_TIME}{_PER_ITEM}\s*\)"),
         precondition=Cue("right", "vs", "versus"),  # the comparison word, never optional
         needs=("(",), examples=("(0.07s vs. 2-3.5s)",)),
    Rule("(<time> vs. <time>), second", frozenset({"time"}), _time_pair,
         left=compile_left(rf"\(\s*{PAIR_TIME}\s*(?:vs\.?|versus)\s*"), right=compile_right(rf"{_PER_ITEM}\s*\)"),
         needs=("vs", "versus"), examples=("(0.07s vs. 2-3.5s)",)),
    Rule("<system> <number>", frozenset({"plain", "percent"}), _system_then_number,
         left=compile_left(rf"\b(?:than|with|above|below|over|outperform\w*|surpass\w*|beat\w*|both|and|vs\.?|versus|compared\s+(?:to|with)\s+(?:[a-z][\w-]*\s+)?|such\s+as|including|(?<=\()(?:e\.g\.|i\.e\.),?)\s*(?P<name>{NAME_TOKEN})\s(?:at\s+)?"),
         # the value ends its phrase, or a setting of its own follows ("versus U-Net's 41% for multi-class change");
         # "outperforming OpenVLA at 39.2%": the compared system's level after "at" (read40)
         right=compile_right(r"(?:[,;.)]|and\b|while\b|by\b|on\b|for\b|in\b|across\b|under\b|$)"),
         needs=("than", "with", "above", "below", "over", "outperform", "surpass", "beat", "both", "and", "vs", "versus", "compared",
                "such as", "including", "e.g.", "i.e."),
         # "surpassing strong PEFT baselines (e.g., DoRA 87.9%)": an example system's score (read53)
         examples=("level with PolicyB 70.9% and well above PolicyA 42.3%", "strong baselines (e.g., DoRA 87.9%)")),
    Rule("<number> vs. <number> <metric>", frozenset({"plain", "percent"}), _pair_then_metric,
         right=compile_right(rf"{_VERSUS_NUMBER}\s*(?:(?:in|of|on)\s+)?"),
         precondition=Cue("right", "vs", "versus"),  # the comparison word, never optional
         examples=("(4.21 vs. 4.35 in MOS)", "(86.9 vs. 87.4 EPDMS)")),
    Rule("<number> vs. <number>", frozenset({"plain", "percent"}), _pair_without_metric_after,
         right=compile_right(_VERSUS_NUMBER),
         examples=("88% vs 61% success rate on gravel, 70% vs 42% on ice",)),
    Rule("<metric>@k/k of <number>/<number>", frozenset({"plain", "percent"}), _cut_offs_listed,
         left=compile_left(r"(?P<name>[A-Za-z][\w-]*)@(?P<ks>\d+(?:/\d+)+)\s*(?:of\s+|:\s*|=\s*)?"), needs=("@",),
         examples=("Recall@1/3/5/10 of 0.658/0.882/0.912/0.929", "R@1/5: 45.2/70.1")),
    Rule("<metric> of <number>", frozenset({"plain", "percent", "points"}), _metric_then_number, needs_metric="left",
         examples=("an FID of 1.24", "FID: 2.81", "accuracy of 87.3%")),
    Rule("<metrics> at <numbers>", frozenset({"plain", "percent"}), _metrics_at_numbers,
         # "achieves the highest semantic IoU and instance mWCov among compared methods, at 91.91% and
         # 94.62%": measures listed, maybe a phrase of what they are best among, then their values after "at"
         left=compile_left(r"""(?P<list>[\w@-]+(?:\s+[\w@-]+)?(?:\s*,\s*[\w@-]+(?:\s+[\w@-]+)?)*,?\s+and\s+[\w@-]+(?:\s+[\w@-]+)?)
                 (?:\s+(?:among|across|over|of|on|for)\s+[^,;()\d]{1,50}?)?\s*,?\s+at\s+"""),
         needs=(" at ",), examples=("the highest IoU and mRec at 92.75% and 93.51%",)),
    Rule("<acronym> of <number>", frozenset({"plain", "percent"}), _acronym_of,
         # the acronym as the abstract defines it, in brackets after the measure's name: "a lower
         # Davies-Bouldin Index (DBI) of 9.91", as "(QWK) of 0.712" (claims-spec: a defined acronym names the metric)
         # or keyed with "=" ("SSIM=0.951, ..., GMSD=0.083": read37)
         # (or a level it keeps: "pulmonary ALR remained 0.6466", read81)
         left=compile_left(rf"(?<![\w-])(?:\((?P<defined>{UNKNOWN_ACRONYM})\)|(?P<name>{UNKNOWN_ACRONYM}))(?:(?:\s+(?:scores?|values?))?\s+of\s+|\s*=\s*|\s+(?:remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:at\s+)?"
                          # "achieves Reflex Efficiency Score (RES) scores up to 16.79": its scores, bounded (read83)
                          rf"|\s+scores\s+(?=(?:up\s+to|as\s+high\s+as|reaching|of)\s))(?:{BOUND}\s*)*", nearest=True),
         needs=(" of", "=", "remain", "stay", "scores"),
         examples=("achieves EPDMS of 49.12", "an OA of 93.5%", "a Davies-Bouldin Index (DBI) of 9.91", "GMSD=0.083", "ALR remained 0.6466")),
    Rule("<named rate> of <number>", frozenset({"percent"}), _named_rate_of,
         # or the best value reached, as a vocabulary metric's ("pass rates as high as 90%": the spec's bounds)
         # "the average dynamical-stability rate across all generated structures is only 25.83%" (read36)
         left=compile_left(rf"""(?<![\w-])(?P<np>(?:(?!{_RATE_STOP}\s)[A-Za-z][\w-]*\s+){{1,4}}(?i:rates?))(?:\s+(?:across|over|among)(?:\s+[a-z][\w-]*){{1,4}}?(?=\s+(?:is|was)\s))?\s+(?:(?:of|was|is|were|are|=|:)\s+(?:{BOUND}\s*)*|(?:up\s+to|as\s+high\s+as|reaching)\s+)""", nearest=True),
         # "group-mean hit rates were 61.5% for onset" (read40)
         needs=("rate",), examples=("a safety violation rate of 0.2%", "pass rates as high as 90%")),
    Rule("<named quality> is <number>", frozenset({"plain", "percent"}), _named_quality_is,
         # a quality in up to four words after a clause's start, an article or a mark, then a copula
         # ("Retained-set coverage was 92.9%", "the average feasibility was approximately 96.7%")
         left=compile_left(rf"""(?:^|(?<=[,;:(]\s)|(?<=\b(?:the|its|their|our|and|where|while|whereas|that)\s))
                 (?P<np>(?:[A-Za-z][\w-]*\s+){{0,3}}?{QUALITY_HEAD})\s+(?:is|was|are|were|remains|remained)\s+(?:{BOUND}\s*)*""",
                           nearest=True),
         needs=(" is ", " was ", " are ", " were ", " remain"),
         examples=("Retained-set coverage was 92.9%", "the average feasibility was approximately 96.7%")),
    Rule("<named quantity> of <number>", frozenset({"plain", "percent"}), _named_quantity_of,
         left=compile_left(_RESULT_VERB_NP_OF, nearest=True),
         needs=(" of",), examples=("achieves a speaker similarity of 0.68", "attains a Gini coefficient of 0.581")),
    Rule("<named score> of <number>", frozenset({"plain", "percent"}), _named_score_of,
         left=compile_left(rf"""(?<![\w-])(?P<np>(?:(?!{_RATE_STOP}\s)[A-Za-z][\w-]*\s+){{1,3}}(?i:scores?)|(?:(?:the|an?|average|mean|overall)\s+)*[A-Z]{{1,4}}-(?:[Ss]cores?|[Mm]easures?))
                 (?:\s+(?:of|was|is|=|:)|\s*(?P<apposed>,))\s+(?:(?:merely|only|just)\s+)?(?:{BOUND}\s*)*""", nearest=True),
         needs=("score", "measure"), examples=("a captioning score of 33.063", "the average H-Score is merely 0.167")),
    Rule("<metric> of X at <number>", frozenset({"plain", "percent"}), _metric_of_system_at,
         left=compile_left(lambda: rf"""(?P<head>(?:{_metric_body()}))\s+(?:of|for|on|across|over|(?P<paired>with|between))\s+  # "accuracy across all tasks is"
                 (?:(?!\d[\d.,]*[a-zµ]{{0,2}}\s)[\w.-]+\s+){{1,8}}?  # the system X; a value in it ("an MAE of 0.454m and correlation of 0.962") says X is no system
                 (?:at|reaches|reached|is|was|are|were|stays\s+at|remains\s+at|of)\s+(?:(?:only|just|about|around|approximately)\s+)?""", nearest=True),
         needs=(' at', 'reach', ' is', ' was', ' of'), examples=("the perplexity of Llama-2-70B at 3.79",)),
    Rule("<score> of <number>", frozenset({"plain", "percent"}), _score_of,
         left=compile_left(rf"""(?:\b{_AGGREGATE_SCORE}\s+(?:of|is|was|=|:)\s+
                 |\b(?:achiev\w*|yield\w*|obtain\w*|reach\w*|attain\w*|scor\w*)\s+(?:an?\s+)?(?:[A-Z][\w.-]*\s+)?(?:overall|average|mean)\s+of\s+
                 |\b(?:achiev\w*|yield\w*|obtain\w*|reach\w*|attain\w*|record\w*|get\w*|(?P<with>with))\s+(?:(?:an?|the)\s+)?(?:(?:new|state-of-the-art|SOTA|record|best|top|high|highest|peak|maximum|competitive)\s+)*(?:scores?|results?)\s+of\s+)
                 (?:(?:only|just)\s+)?"""),  # then "only" or "just": "an average score of only 65.08" (read37)
         # "achieves a score of 54.2%", "achieves new state-of-the-art results of 85.62% and 79.64%
         # on AIME24 and AIME25": a score the abstract does not name, `unspecified` (tail30, read32)
         needs=("score", "result", "average", "overall", "mean"), examples=("an overall score of 0.84", "yields a GLUE average of 83.6",
                                                                  "achieves a score of 54.2%")),
    Rule("<change> to <number>", frozenset({"plain", "percent"}), _change_to,
         left=compile_left(rf"""\b(?:(?P<noun>improvements?|increases?|gains?|reductions?|drops?|rises?|boosts?)|
                 (?:improv\w*|increas\w*|ris\w*|rose|climb\w*|jump\w*|boost\w*|rais\w*|reduc\w*|decreas\w*|drop\w*|fall\w*|fell
                 |declin\w*|lower\w*|grow\w*|grew|push\w*|bring\w*|brought|cut\w*|recover\w*|restor\w*|shorten\w*))(?P<obj>(?:\s+[\w-]+(?:@[\w.]+)?){{0,10}}?)\s+to\s+(?:{BOUND}\s*)*"""),
         needs=(' to',), examples=("yields a further improvement to 38.5%", "lowers the error to 4.1%")),
    Rule("<number> for <system> vs. <number> for <system>", frozenset({"percent"}), _for_system_versus,
         right=compile_right(_FOR_SYSTEM_VERSUS + r"(?=\d)"), precondition=Cue("right", "vs", "versus"),  # never optional
         examples=("23.2% for the best agent vs. 51.1% for official models",)),
    Rule("compared with <number> for <system>", frozenset({"plain", "percent", "points"}), _compared_with,
         # "preferred ... 58.7% of the time over 41.3% for the parallel baseline" (lists27)
         left=compile_left(rf"(?:compared(?:\s+(?:with|to))?|versus|vs\.?|against|relative\s+to|(?:up|down)\s+from|of\s+(?:the\s+)?(?:time|cases|comparisons|trials)\s+over)\s+(?:{BOUND}\s*)*"),
         right=compile_right(COMPARED_SYSTEM),
         needs=("compar", "versus", "vs", "against", "relative", "from", "time over", "cases over", "comparisons over", "trials over"),
         examples=("compared with 26.1% for iterative DPO", "up from 17.1% for the starting model")),
    Rule("<list> compared with <list>", frozenset({"plain", "percent"}), _list_compared_with_list,
         left=compile_left(_LIST_THEN_COMPARED), right=compile_right(r"(?=[.;)]|,\s|\s+(?:respectively|on|in)\b|$)"),
         needs=("compar", "versus", "vs", "against"),
         examples=("accuracies of 0.8550 and 0.8538 compared to 0.8545 and 0.8511",)),
    Rule("against <system>'s <number>", frozenset({"plain", "percent"}), _compared_possessor,
         left=compile_left(rf"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|relative\s+to)\s+(?:the\s+)?"
                           rf"(?P<owner>[\w.+-]+(?:\s[\w.+-]+){{0,3}}?)(?:['’]s|s['’])\s+(?:{BOUND}\s*)*"),
         needs=("compar", "versus", "vs", "against", "relative"),
         examples=("scores 4.41 on UTMOS against the teacher's 4.52", "81.2% accuracy versus GPT-4o's 79.5%")),
    Rule("(<number> for <system>, ...)", frozenset({"percent"}), _bracketed_for_systems,
         left=compile_left(r"(?:\(|\band|,)\s*"),
         right=compile_right(rf"\s+for\s+(?P<name>{NAME_TOKEN}{SPACED_TAIL})(?=\s*(?:[,;)]|and\b))"),
         needs=("(", "and", ","), precondition=_said_for_next, examples=("(78.4% for Gemini-3.1-Pro and 69.3% for GPT-5)",)),
    Rule("(<system>: <number>)", frozenset({"plain", "percent"}), _keyed_system_score,
         left=compile_left(rf"[(;,]\s*(?P<name>{NAME_TOKEN}{SPACED_TAIL})\s*(?P<link>[:,])\s*"),
         right=compile_right(r"\s*(?:[;)]|,)"),
         needs=(":", ","), precondition=_keyed_just_before, examples=("(GPT 5.2: 9.8%; Gemini 3 Pro: 6.1%)", "(Grok 4.1 Fast, 83%)")),
    Rule("<name> (<number>)", frozenset({"plain", "percent"}), _name_then_number,
         # "over the Qwen2.5-14B-Instruct baseline (0.690)": the system, then the word (read50)
         left=compile_left(rf"(?<![\w-])(?P<name>{_BRACKETED_NAME}(?:\s[A-Z][a-z]+)?{SPACED_TAIL}|{_BRACKETED_NAME}(?:\+{{1,2}}|\s\d+(?:\.\d+)?[BMK]|\s\d{{3,4}})?)(?:\s+baseline)?\s*\(\s*(?P<inner>[A-Za-z][\w@-]*\s*[:=]?\s*)?", leftmost=True),
         # the score may be followed by the setting it was reached in: "surpassing V2P-7B
         # (50.6% with 9.6M training samples)" (recall12)
         right=compile_right(rf"\)|{_SETTING_IN_BRACKET}"), left_possible=ends_in_bracket, left_from=_name_before_bracket,
         needs=('(',), examples=("outperforming nnU-Net (0.897)", "surpassing V2P-7B (50.6% with 9.6M training samples)")),
    Rule("<metric> is <grade> (<number>)", frozenset({"plain", "percent"}), _graded_metric_bracket,
         left=compile_left(r"\s+(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:[a-z]+ly\s+)?"
                           r"(?:low|high|poor|strong|modest|limited|near-perfect|perfect)\s*\(\s*", nearest=True),
         right=compile_right(r"\)|\s+(?:across|for|on|in|over|among)\s+[^()]{1,60}\)"), needs=("(",),
         examples=("base model accuracy remains low (20-38% across model families)",)),
    Rule("<label> (<number>)", frozenset({"plain", "percent", "time"}), _label_bracket,
         left=compile_left(r"[A-Za-z][\w-]*\s*\(\s*|[(,;]\s*[a-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}\s*:\s*", leftmost=True),
         right=compile_right(rf"(?:{PHYSICAL_UNIT}(?![\w/·-])\s*)?(?:\)|[,;](?=\s*[a-z][\w'’ -]{{0,40}}?:))"), needs=('(',),
         examples=("lower in dense breasts (67.86%) than in fatty breasts (96.30%)", "low grasp forces (0.20-0.50 N)")),
    Rule("<compared phrase> (<number>)", frozenset({"percent", "plain"}), _described_comparator_score,
         left=compile_left(rf"(?:\b{_COMPARISON}\s+"
                           r"|(?P<after_bracket>\)\s*,?\s*(?:and|or)\s+|\)\s*,\s*))"
                           r"(?P<phrase>[^.;:()\d]{3,70}?)\s*\(\s*", nearest=True),
         right=compile_right(rf"\)|{_SETTING_IN_BRACKET}"), left_possible=ends_in_bracket,
         precondition=_share_or_decimal,
         needs=('(',), examples=("outperforming a standard deep learning baseline model (73.7%)",
                                 "a 76.1% relative improvement over the static data collection paradigm (22.2%)")),
    Rule("<number> <named score>", frozenset({"plain", "percent"}), _number_named_score,
         right=compile_right(r"""(?P<np>(?:[a-z][\w-]*\s+){1,2}?scores?)
                 (?=\s*(?:[,;.()]|$|(?:and|or|but|while|whereas|on|in|for|with|across|against|compared|than|versus|vs)\b))"""),
         precondition=Cue("right", "score"), examples=("a 0.87 retention score",)),
    Rule("<number> score on <benchmark>", frozenset({"plain", "percent"}), _overall_score,
         right=compile_right(r"(?:(?:overall|average|mean|total)\s+)?scores?\b"),
         precondition=Cue("right", "score")),  # "score(s)", never optional
    Rule("<number> on <benchmark>", frozenset({"plain", "percent", "points"}), _on_benchmark,
         needs=("achiev", "attain", "obtain", "reach", "scor", "record", "get", "yield", "set", "deliver", "report"),
         examples=("achieves 76.2% on MMLU",),
         left=compile_left(r"""\b(?:achiev\w*|attain\w*|obtain\w*|reach\w*|scor\w*|record\w*|gets?|getting|yield\w*|sets?|setting|deliver\w*|report\w*)
                 \s+(?:(?:a|an|the|new|state-of-the-art|competitive|strong|average|overall|remarkable|impressive|accuracy\s+of|accuracies\s+of)\s+)*
                 (?:(?:performance|results?)\s+(?:with|of|at)\s+)?""")),  # "achieves state-of-the-art performance with 87.4% on RLBench" (read41)
    Rule("<metric>: <number> on <benchmark>", frozenset({"plain", "percent"}), _colon_list_on_benchmark,
         # a colon that ends a clause, white space after it ("mAP@50:95" is a metric's name)
         left=compile_left(r"(?<![\d@])(?<!@\d\d):\s+|;\s+(?:and\s+)?"), needs=(":", ";"),  # a later member after ";" (read42)
         examples=("accuracy on three benchmarks: 80.5% on MMLU", "...: 64.7 on eight VLM benchmarks; 66.03 on WorldArena")),
    Rule("e.g. <number> on <benchmark>", frozenset({"plain", "percent"}), _example_on_benchmark,
         left=compile_left(r"\b(?:e\.g\.,?|for\s+example,?|for\s+instance,?)\s*"),
         needs=("e.g", "example", "instance"), examples=("e.g. 79.5% on StreamingBench", "(e.g., 67.0% on VideoMME)")),
    Rule("<metric> peaks at <number>", frozenset({"plain", "percent"}), _peaks_at,
         left=compile_left(r"\bpeak(?:s|ed|ing)?\s+at\s+(?:(?:only|just|about|around|roughly|approximately|nearly)\s+)*"),
         needs=("peak",), examples=("accuracy peaks at only about 41%",)),
    Rule("solves <number> of <benchmark>", frozenset({"percent"}), _solves_share_of_benchmark,
         right=compile_right(r"\s*of\s+(?:the\s+)?(?P<name>[A-Za-z][\w.-]*[\w])(?![\w-])(?P<items>\s+(?:tasks|puzzles|questions))?"),
         examples=("solves 88% of PutnamBench", "61.0% of miniF2F", "solves 40% of ARC tasks")),
    Rule("<quality> (<number>)", frozenset({"plain", "percent"}), _quality_in_brackets,
         left=compile_left(r"(?i)(?:\b(?:state-of-the-art|best|highest|superior|strongest|leading|top)\s+|(?P<joined>,\s*|\band\s+))"
                           r"(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*\(\s*"),
         right=compile_right(r"\)"), needs=("(",), left_possible=_ends_with_open_bracket,
         examples=("state-of-the-art temporal consistency (26.07)", "and dynamic degree (56.25)")),
    Rule("passes <number> of <tasks>", frozenset({"percent"}), _passes_share_of_tasks,
         left=compile_left(r"\b(?P<verb>pass(?:es|ed|ing)?|solv(?:es|ed|ing|e)|resolv(?:es|ed|ing|e))"
                           r"\s+(?:(?:only|just|about|around|nearly|approximately|roughly|up\s+to|merely)\s+)?"),
         right=compile_right(r"of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:tasks?|problems?|issues?|instances?|questions?|challenges?|puzzles?|test\s+cases)\b"),
         needs=("pass", "solv", "resolv"), examples=("passes only 66.7% of tasks", "resolves 45.2% of the issues")),
    Rule("wins <number> of <comparisons>", frozenset({"percent"}), _share_is("win rate", "wins <number> of <comparisons>"),
         left=compile_left(r"\b(?:win(?:s|ning)?|won)\s+(?:(?:only|just|about|around|nearly|approximately|roughly|up\s+to)\s+)?"),
         right=compile_right(r"of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:comparisons|match-?ups|battles|games|duels|matches)\b"),
         needs=("win", "won"), examples=("winning 98% of paired comparisons", "wins 61% of head-to-head battles")),
    Rule("detects <number> of <positives>", frozenset({"percent"}), _share_is("recall", "detects <number> of <positives>"),
         left=compile_left(r"\b(?:detect(?:s|ed|ing)?|catch(?:es|ing)?|caught)\s+(?:(?:only|just|about|around|nearly|approximately|roughly|up\s+to)\s+)?"),
         right=compile_right(r"of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?[a-z][\w-]*[a-z]s\b"),
         needs=("detect", "catch", "caught"), examples=("detects 86.3% of anomalies", "catches 72% of the injected bugs")),
    Rule("<signed number> on <benchmark>", frozenset({"plain", "percent", "points"}), _signed_on_benchmark,
         right=compile_right(r"\s*(?:points?\s+|pp\s+)?on\s+(?:the\s+)?(?P<name>[A-Z][\w.-]*[\w])"),
         numbers_need=("+", "-"),  # the sign is written in the number (the production asks for one)
         examples=("+46% on LunarLander-v3",)),
    Rule("(<number> on <benchmark>)", frozenset({"percent"}), _bracketed_on_benchmark,
         # "Evaluation on 14 general (81.3% on LiveCodeBench v5) and 9 industrial benchmarks (84.0%
         # in CAD-Coder and 38.0% on KernelBench)": a level opening a bracket, on a named benchmark (read54)
         # (the name shaped as one, not a plain word: "(35% in English and 65% in Chinese)" names no benchmark)
         precondition=_on_or_in_next,  # a cheap test of the right text first: most percentages have neither word next
         left=compile_left(r"\(\s*(?:[^()]{1,80}?(?:,\s*(?:and\s+)?|\s+and\s+))?"),  # or a later member of the bracket
         right=compile_right(r"\s+(?P<on>on|in)\s+(?:the\s+)?(?P<name>(?:[A-Z][\w.+]*[A-Z0-9-][\w.+-]*)(?:\s[vV]\d+(?:\.\d+)?)?)(?![\w-])"),
         needs=("(",), examples=("(81.3% on LiveCodeBench v5)",)),
    Rule("<verb> <number>", frozenset({"plain", "percent"}), _verb_number,
         left=compile_left(r"""\b(?:achiev\w*|attain\w*|obtain\w*|reach\w*|scor\w*|record\w*|report\w*|yield\w*|succeed\w*\s+in|hits?|meets?|gets?
                 |averag(?:es|ed|ing))  # "averaging 70.6 versus 38.0 for the strongest baseline" (read67)
                 \s+(?:(?:a|an|the|new|state-of-the-art|competitive|strong|average|overall|remarkable|impressive
                       |only|just|merely|mere|modest|about|around|approximately|roughly|nearly|almost)\s+)*"""),  # "gets a mere 45.0%" (read53)
         # "reports 92% on LongMemEval and 93.2% on LoCoMo" (read58)
         needs=('achiev', 'attain', 'obtain', 'reach', 'scor', 'record', 'report', 'yield', 'succeed', 'hit', 'meet', 'get', 'averag'),
         examples=("SPE-GNN reaches 74.3% and 65.8%", "on DPG-Bench it scores 86.3")),
]



# Patterns used inside productions: compiled once (see rules.base.LazyPattern).
_FLOPS_PREFIX = LazyPattern(r"\s*(?P<prefix>[GTM])(?:FLOPs|FLOPS|MACs)\b")
#: A change noun right after a number: "a 90% reduction", "a 31 % decrease in".
_CHANGE_NOUN_AFTER = LazyPattern(r"\s*(?:relative\s+|absolute\s+)?(?:reductions?|decreases?|improvements?|gains?|increases?|boosts?|drops?|declines?|savings?)\b")
_SHARE_OF_TRIALS = LazyPattern(r"\s*(?:[\w-]+\s+){0,2}?(?:of|in)\s+(?:the\s+)?(?:trials?|cases?|samples?|tasks?|instances?|problems?|queries|episodes?|the\s+time)\b")
_SUCCESS = LazyPattern(r"(?i)succe")
_IN_OR_OF = LazyPattern(r" (?:in|of) ")
_CHANGE_REACHES = LazyPattern(
    r"(?i)\b(?:improvements?|gains?|reductions?|increases?|boosts?)\s+(?:\w+\s+){0,2}?(?:(?:can|could|may)\s+)?"
    r"(?:reach\w*|achiev\w*|attain\w*|hit\w*)\s+(?:(?:up\s+to|about|around|nearly)\s+)?$")
#: The noun right after a number that names what it measures: a phrase ending in a
#: metric's head noun ("collision rate", "driving score", "67.5% success") or an acronym
#: of two capitals or more ("TEPE", "mAPmask50-95"), units excepted.
_OWN_NOUN = LazyPattern(rf"""\s*(?:(?:average\s+|overall\s+|mean\s+)?(?P<success>success)\b
    |(?:[a-z][\w-]*\s+){{0,2}}(?:rates?|scores?|errors?|loss(?:es)?|distances?|index)\b
    |{UNKNOWN_ACRONYM})""", re.VERBOSE)
_FROM = LazyPattern(r"\bfrom\b")
#: "MoGAN is preferred for motion quality (52% vs. 38% for the teacher)": shares of pairwise
#: human judgements won, a win rate (human preference is the win rate, metrics.json).
_PREFERRED = LazyPattern(r"(?i)\b(?:prefer(?:red|ring|s)?|favou?r(?:ed|ing))\b[^;]{0,80}$")
#: What else makes a share of trials a win rate (`_share_of_trials` only; `_PREFERRED` also reads
#: pairs, where "wins" is no judgment): "discussion wins 75.6% of instances", "annotators rate X's
#: generations as more creative than Y's in 70.3% of cases" (read60), "X's figures are perceived as
#: superior to those of a recent baseline in 87% of cases" (read61).
_WON_SHARE = LazyPattern(r"(?i)\b(?:wins?|won)\s+(?:(?:in|on)\s+)?(?:about\s+|nearly\s+|over\s+)?$"
                         r"|\b(?:rat(?:e|es|ed|ing)|judg(?:e|es|ed|ing)|perceiv(?:e|es|ed|ing)|deem(?:s|ed)?|consider(?:s|ed)?)\b[^;]{0,60}"
                         r"(?:\bas\s+(?:more|better)\b[^;]{0,80}\bthan|\b(?:as\s+)?(?:superior|preferable)\s+to)\b[^;]{0,80}$")
_SETTING_AFTER_PHRASE = LazyPattern(r"\s+(?:with|on|in|under|using|at|when|while|after|given|trained)\b")
_YEAR = LazyPattern(r"(?:19|20)\d\d")
#: A pair of years: "2021 to 2024", "2019-2023".
_YEARS_PAIR = LazyPattern(r"(?:19|20)\d\d\s*(?:to|-|–|--)\s*(?:19|20)\d\d")
#: A number of three or four digits written apart at the end of a name: "AIME 2026", "ResNet 101".
_SPACED_NUMBER_END = LazyPattern(r"\s(\d{3,4})$")
