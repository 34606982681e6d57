"""Differences and percentage changes against something else: "outperforms LlamaGen
by 0.4", "reduces FID by 25.5%", "a 20% improvement", "(+4.2 AP)", "2.1 points higher".

Spec: an absolute difference is `delta`, a percentage change is `relative`; the
metric is the one the sentence names for it, `unspecified` when it names none.
"""
from __future__ import annotations

from extract.deferred import re, regex
from extract.names import is_description, is_model_name, names_in_phrase
from extract.rules.base import (
    Cue,
    LazyPattern,
    Match,
    Rule,
    compile_left,
    compile_right,
    draft_of,
    drafts,
)
from extract.rules.fragments import (
    BOUND,
    CAPITALS_ACRONYM,
    CHANGE_NOUN_WORDS,
    CHANGE_NOUNS,
    CHANGE_VERB,
    CLOSED_BRACKET,
    COST_METRICS,
    COUNT_OF,
    DECIBEL_METRICS,
    FACTOR_OF,
    GENERIC_RESULT_OBJECT,
    INTRANSITIVE_CHANGE_STEM,
    KEEP_VERB,
    LIST_GAP,
    NUMBER_THEN_ACRONYM,
    QUALITY_HEAD,
    QUALITY_PHRASE,
    QUANTITY_VERB_STEMS,
    REFERENCE_WORD_BEFORE_RESULT,
    RESPECTIVELY_NEXT,
    SETTING_RATE,
    SHARE_OF,
    UNKNOWN_ACRONYM,
    acronym_after,
    improved_is_a_system,
    last_metric,
    list_members,
    member_metrics,
    metric_at,
    metric_in_brackets,
    metric_list_at,
    metrics_in,
    metrics_listed_in,
    name_bracketed_metrics,
    quality_metric_before,
    subject_after,
    titled_system,
)
from extract.rules.quantities import (
    EPONYMS,
    NAMED_GAP,
    UNSPECIFIED,
    bracket_label,
    defines_metric,
    gap_name,
    in_metric_slot,
    keyed_label,
    measures_paired,
    named_after_bracket,
    own_quantity,
    qualifies_only,
    quantity_name,
    respective_quantities,
    singular,
    suspended_quantities,
    whole_quantity_name,
)
from extract.rules.scores import SCORE_RIGHT_BEFORE, TO_SEPARATOR, pair_halves
from extract.rules.speed import (
    COST_NOUNS,
    IN_TERMS_OF_LATER,
    TRAINING_RUN,
    metric_of_cost,
)
from extract.vocab import metric_vocabulary

_COMPARE_VERB = re.compile(r"(?i)^(?:outperform|surpass|beat|exceed|lead|ahead|trail|lag|improv\w*\s+(?:over|upon|on)|and\s+over)")
_CUE_IN_MID = re.compile(r"(?i)\b(?:over(?![\s-]+union\b)|upon|than|compared\s+(?:to|with)|relative\s+to|against|versus|vs\.?)\s+(?P<phrase>[^,;]+?)\s*$")
#: Nouns after "N% fewer ..." that are not results: inputs, data and steps; queries a word
#: qualifies ("teacher queries", "labeled queries": supervision asked for), not bare ones, the
#: work a system spends (`query count`: "99.7% fewer queries than naive probing", read80).
_NOT_RESULT_NOUN = re.compile(
    r"(?i)\s*(?:(?:training|labeled|labelled|annotated)\s+)?(?:steps?|data|tokens?|samples?|examples?|labels?|annotations?|images?|(?:[a-z][\w-]*\s+)?query|(?:[a-z][\w-]*\s+)queries|iterations?|epochs?|layers?|words?|rounds?|trials?|demonstrations?|(?:confidence\s+)?bounds?)\b"
    # "higher sample efficiency": a quality; "one-sided 95% lower bounds of 0.0052": a confidence level, no change (read82)
    r"(?![\s-]+(?:efficiency|efficient|complexity|quality|diversity|fidelity)\b)")
#: A change set as a goal, not reached: "with a fixed 50% savings target" (read76).
_SET_AS_GOAL = re.compile(r"(?i)\s*(?:targets?|goals?|budgets?|thresholds?|constraints?|caps?)\b")
_ACCURATE = re.compile(r"\s*accurate\b")
#: Things counted after a whole number: "by 11 textured distortions" (points and orders are sizes of a change).
_COUNTED_THINGS = re.compile(r"(?i)\s+(?:[a-z][\w-]*\s+){0,2}?(?!(?:points|pts|pp|orders|percentage)\b)[a-z][a-z-]*[a-rt-z]s\b")
_PERFORMANCE_WORD = re.compile(r"(?i)\bperformance\b")
#: "a 28.7% EM@1 improvement": an acronym between the number and the change names its metric.
_MID_ACRONYM = re.compile(UNKNOWN_ACRONYM)
#: What names the metric of a change right after its noun: "improvement under MPJPE".
_METRIC_NAMED_AFTER = re.compile(r"(?i)\s+(?:under|in\s+terms\s+of|in|on|of)\s+")
#: The change words of `<number> <change>`: its change nouns (`fragments.CHANGE_NOUNS`), its
#: comparatives and standings, and the nouns of a lead. One list for the rule's pattern, its
#: precondition and `_CHANGE_NOUN`, so that they cannot drift apart.
_CHANGE_COMPARATIVES = ("higher", "lower", "better", "worse", "fewer", "less", "more", "above", "below", "ahead", "behind",
                        "longer", "shorter", "slower", "smoother", "steadier", "stiffer", "stronger")
_LEAD_NOUNS = ("advantage", "lead", "superiority", "margin")  # "an 8.57% performance margin over X" (read83)
#: Participles that say a change as the comparatives do, before the quantity that changed: "21-52%
#: improved temporal synchronization", "a 30% reduced latency" (read47).
_CHANGE_PARTICIPLES = ("improved", "reduced", "increased", "enhanced", "decreased", "lowered", "boosted")
#: "at a 0.22 percentage-point accuracy cost": a drop said as what a setting costs, after a metric
#: only (`_percent_change`); never the cost noun of "a 20% cost reduction", which is what changed.
_COST_WORD = rf"costs?(?!\s+(?:{CHANGE_NOUN_WORDS}|cuts?)\b)"
_CHANGE_WORDS = "|".join((CHANGE_NOUN_WORDS, *_CHANGE_COMPARATIVES, *_CHANGE_PARTICIPLES, *(f"{noun}s?" for noun in _LEAD_NOUNS),
                          _COST_WORD))
#: The change nouns of `<number> <change>` (not its comparatives: "higher", "more", ...).
_CHANGE_NOUN = re.compile(rf"(?i)(?:relative\s+|absolute\s+)?(?:{CHANGE_NOUN_WORDS})")
#: A change noun right after a number, up to two words between: "% success gains", "% gains".
_CHANGE_NOUN_AFTER = re.compile(rf"\s*(?:\\?%|points?|pp)?\s+(?P<words>(?:[\w-]+\s+){{0,2}}?)(?P<noun>{CHANGE_NOUN_WORDS})\b")


def change_noun_after(text: str, at: int) -> tuple[str, bool] | None:
    """The change noun after the number that ends at `at`, singular, and whether words stand
    between them: ("gain", True) for "5-17% success gains", ("gain", False) for "24-30% gains"."""
    found = _CHANGE_NOUN_AFTER.match(text, at)
    if found is None:
        return None
    noun = found.group("noun")
    singular = noun[:-2] if noun.endswith("sses") else noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return singular, bool(found.group("words"))


_MID_WORDS = re.compile(r"(?i)(?:(?:relative|absolute|overall|average|performance|points?|pts|pp|percentage|dB|in|of)\s*)+")


def _kind(m: Match) -> str:
    quantity = m.site.mentions[0].quantity
    return "relative" if quantity == "percent" else "ratio" if quantity == "ratio" else "delta"


#: What may stand between a change and its metric: "% higher in", "points of", "% (relative) in",
#: "points (36.4% relative) in" (read42),
#: "dB in PSNR" (decibels are no unit of the number's own: numbers.py keeps "9.9 dB" a plain value).
_CHANGE_WORDS_AFTER = re.compile(r"^\s*(?:%|points?|pts?|pp|dB)?\s*(?:\((?:relative|absolute|rel\.|abs\.|(?:or\s+)?\d[\d.]*\s*%\s*(?:relative(?:ly)?|rel\.))\)\s*)?(?:(?:higher|lower|better|worse|improvements?|gains?|increases?|reductions?|drops?)\s+)?(?:in\s+terms\s+of\b|(?:in|on|of)\b)?\s*")
#: A benchmark's name-shaped word before the metric: "in WebShop success rate", "in τ-bench
#: success rate" (capitals inside, a digit or a hyphen: not a capitalised plain word).
_BENCHMARK_BEFORE_METRIC = re.compile(r"(?:[A-Z][a-z]*[A-Z0-9][\w-]*|[A-Za-zτ][\w]*-[\w-]+|[A-Z]{2,}[\w-]*)\s+(?=[a-z])")
#: A hyphenated qualifier before the metric: "by 16.0 percent in multi-turn accuracy".
#: (or a capitalised word before an acronym, as a benchmark names its variant of a metric: "by 1.92 Set F1
#: points", as scores' "53.33 Path F1" is read; read77)
_HYPHENATED_QUALIFIER = re.compile(r"[a-z]+-[a-z]+\s+|[A-Z][a-z]{2,}\s+(?=[a-z]?[A-Z][A-Z0-9@-])")


#: A word that may qualify a metric after a change: lower-case, no past participle; an "-ing" word
#: qualifies ("in tracking accuracy", "in language following accuracy": read38) except after a
#: plural, where it opens a clause ("tasks requiring accuracy", read by the loop).
_QUALIFYING_WORD = re.compile(r"(?P<word>[a-z][a-z-]*(?<!ed))\s+")
_NEXT_IN_LIST = re.compile(r"\s*(?:,|/|&|\band\b)\s*(?:and\s+)?")
#: Words that end the phrase before any metric: clause words and prepositions.
_NOT_QUALIFYING = frozenset(("and", "or", "but", "with", "without", "while", "whereas", "than", "over", "under",
                             "on", "in", "of", "for", "to", "at", "by", "from", "the", "a", "an", "its", "their",
                             "our", "this", "these", "that", "which", "who", "across", "against", "compared",
                             "relative", "versus", "vs", "per", "via", "through", "within", "when"))


def _metric_after_change(right: str) -> tuple[str, regex.Match] | None:
    """The metric named right after a change's number ('by 2.1% in mIoU', 'by 27% (relative)
    in MRR@10', 'by 16 percent in multi-turn accuracy'), else None."""
    written = right
    right = _CHANGE_WORDS_AFTER.sub("", right[:60], count=1)
    found = metric_at(right)
    if found is None:
        qualifier = _HYPHENATED_QUALIFIER.match(right)
        found = metric_at(right, qualifier.end()) if qualifier else None
    if found is None and (benchmark := _BENCHMARK_BEFORE_METRIC.match(right)):
        # "by 6.4 percentage points in WebShop success rate": the benchmark's name, then the
        # metric measured on it (read74)
        found = metric_at(right, benchmark.end())
    if found is None and right[:1].islower():
        # "by an average of 44.3% in camera pose accuracy", "30% in real-world task success": up to
        # three qualifying words (no clause word, verb form or number) before the metric (recall21)
        at = 0
        previous = ""
        for _ in range(3):
            word = _QUALIFYING_WORD.match(right, at)
            if word is None or word.group("word").lower() in _NOT_QUALIFYING:
                break
            if word.group("word").endswith("ing") and previous.endswith("s"):
                break  # "in tasks requiring accuracy": a participle after a plural opens a clause (recall21)
            previous = word.group("word")
            at = word.end()
            found = metric_at(right, at)
            if found:
                listed = _NEXT_IN_LIST.match(right, found[1].end())
                if listed and metric_at(right, listed.end()):
                    return None  # "higher detection precision, recall, and F1": a list, paired elsewhere or not at all
                break
    if found is None:
        # "by up to 31.7% in task completion time", "by 20% in planning time": a cost the
        # vocabulary does not list takes the cost's metric, as "reduces task completion time by
        # 31.7%" does (claims-spec: a time named and reduced takes latency; read16)
        cost = _COST_AFTER_CHANGE.match(written)
        if cost:
            return metric_of_cost(cost), cost
    return found


#: A cost right after a change's number and "in": "% in task completion time", "% in the planning time".
_COST_AFTER_CHANGE = LazyPattern(
    rf"\s*(?:%|\\%|percent)?\s*in\s+(?:(?:the|its|their|average|mean|overall|total)\s+)*"
    rf"(?:(?!(?:and|or|with|while|whereas|than|of|for|to|at|by|on|in)\b)[a-z][\w-]*\s+){{0,2}}?{COST_NOUNS}\b", regex.VERBOSE)


#: A verb that changes a quantity, its object the quantity ("improves language model PTQ by"),
#: not one that compares with a system ("outperforms LDM/DiT by").
_QUANTITY_VERB = re.compile(rf"(?i)(?:{QUANTITY_VERB_STEMS}|improv|boost|cut|enhanc)")
_COMPARED_FIRST = re.compile(r"(?i)\s*(?:over|than|upon|on|against|compared)\b")
_BY_NUMBER = re.compile(r"\bby\s+(?:up\s+to\s+|about\s+|over\s+|~\s*)?\d")


def _changed_before(before: str) -> bool:
    """The last metric named in `before` has its own change by a number after it: "reduces
    quantization error by 27% for NVFP4 and "."""
    found = metrics_in(before)
    return bool(found) and bool(_BY_NUMBER.search(before, found[-1][2]))


def _metrics_in_window(left: regex.Match, before: str) -> list[tuple[str, int, int]]:
    """The metrics named in `before`, a window of at most 40 characters that ends at a change
    noun, with a first one that the window's start cut read whole: in "an attack success rate of
    78.8%, a relative improvement of 20.9%" the window begins inside "attack", and the change is
    of the attack success rate, not of a success rate (read63)."""
    found = metrics_in(before)
    start = left.start()
    if found and start > 0 and " " not in before[:found[0][1]].strip():
        lead = left.string[max(0, start - 30):start]
        whole = metrics_in(lead + before[:found[0][2]])
        if whole and whole[-1][1] < len(lead) + found[0][1] and whole[-1][2] == len(lead) + found[0][2]:
            found[0] = (whole[-1][0], found[0][1], found[0][2])
    return found


#: A change's number on a benchmark, more numbers on more benchmarks after it, then "in <metric>"
#: ending the clause: "by 8% on 7Scenes (2D-3D) and 10% on 3DLoMatch (3D-3D) in registration recall".
_ON_BENCHMARK = r"\s+on\s+(?:the\s+)?[^\s,;()]+(?:\s*\([^()]{1,20}\))?"
_IN_METRIC_AFTER_BENCHMARKS = re.compile(
    rf"\s*(?:%|\\%|points?|pp)?{_ON_BENCHMARK}(?:\s*,?\s*(?:and\s+)?\+?\d[\d.]*\s*(?:%|\\%|points?|pp)?{_ON_BENCHMARK})*"
    r"\s+in\s+(?P<np>[^,;.()]{1,40}?)\s*(?:[,.;]|$)")


def _metric_near(m: Match, between: str = "") -> str:
    """The metric a change belongs to: right after the number, in the words between
    the verb and the number, or the last one named earlier in the sentence."""
    bracketed = metric_in_brackets(m.site.right[:60])
    if bracketed:
        return bracketed  # "7.8% (F1-score)"
    after = _metric_after_change(m.site.right)
    if after:
        return after[0]
    quality = _QUALITY_AFTER_CHANGE.match(m.site.right)
    if quality and (named := quantity_name(quality.group("named") or quality.group("np"))) != UNSPECIFIED:
        return named  # "by 1.6% in survival rate", "by 48% in efficiency": the quantity after "in" (the spec)
    if _SUCCESS_AFTER.match(m.site.right):
        return "success rate"  # "gains of 6.5 success and 9.5 precision": tracking's success, its own metric
    if acronym_after(m.site.right[:60]):
        return "unspecified"  # "+2.8 ANLS and +3.9 mAP": its own metric, one the vocabulary does not know
    if between:
        found = metrics_in(between)
        if found:
            return found[-1][0]
    later = IN_TERMS_OF_LATER.match(m.site.right[:160])
    if later and not _LIST_WORD.search(later.group("np")) and (named := quantity_name(later.group("np"))) != UNSPECIFIED:
        # "outperforms prior art by 38% on in-distribution data and 36% on unseen data in
        # terms of reconstruction error": the clause names its quantity once, after its numbers
        return named
    trailing = _IN_METRIC_AFTER_BENCHMARKS.match(m.site.right[:200])
    if trailing and len(named := metrics_in(trailing.group("np"))) == 1:
        # "surpasses prior art by 8% on 7Scenes (2D-3D) and 10% on 3DLoMatch in registration
        # recall": the metric closes the list of benchmarks, after its numbers (read41)
        return named[0][0]
    own = own_quantity(m.site.left, m.site.right)
    if own:
        return own  # what follows carries a metric from elsewhere: the number's own phrase first
    before = m.site.left[:max(0, len(m.site.left) - len(between))]
    if _DECIBELS_AFTER.match(m.site.right):
        # "a PSNR of 34.3 dB and SSIM of 0.949, outperforming X by 2.1 dB": a change in
        # decibels is one of the sentence's decibel metrics, not the last metric named
        in_decibels = [name for name, _, _ in metrics_in(before) if name in DECIBEL_METRICS]
        if in_decibels:
            return in_decibels[-1]
    if before.rfind("(") > before.rfind(")") and _BRACKETED_LIST_ITEM.search(before):
        # "segmentation (mIoU 17% improvement), ... and physical executability (surpassing
        # baselines by 50%)": in a list of bracketed results, a metric inside an earlier
        # bracket is that bracket's number's
        before = CLOSED_BRACKET.sub(" ", before)
    earlier = last_metric(before)
    verb = m.left.groupdict().get("verb") if m.left is not None else None
    if earlier and between.strip() and verb and _QUANTITY_VERB.match(verb) and not _COMPARED_FIRST.match(between) \
            and _changed_before(before):
        # "reduces quantization error by 27% for NVFP4 and improves language model PTQ by up
        # to 15 points": the earlier metric had its change; this verb's object names another
        # thing, which the vocabulary does not know (read40)
        return "unspecified"
    if earlier and earlier not in COST_METRICS:
        return earlier
    if earlier is None and _SUCCESS_SCORED_BEFORE.search(before):
        # "reaches 48% ID and 32% OOD success, surpassing X by 24 and 22 points": the success
        # the clause scored, which the vocabulary names by its rate (read52)
        return "success rate"
    if NUMBER_THEN_ACRONYM.search(m.site.left):
        return "unspecified"  # "0.62/1.11 TEPE on Sintel (17.3% & 9.02% improvements)": the sentence's own metric, unknown
    # "... outperforming Zephyr by 11.2%" after a sentence that claimed a win rate
    return m.site.context_metric or "unspecified"


#: A quality named right after a change's number, "in <quality>" (`QUALITY_HEAD`, as `<number>
#: <named quality>` reads them), ending its phrase; not a setting or a domain ("in simulation").
#: (or a score, a progress or a rank the words before it name: "by +7.2 points in reactive score", "by
#: over 17% in task progress"; a benchmark's acronym before them is where it was had, as before a
#: metric: "in ALE rating rank" is a rating rank; read75)
_QUALITY_AFTER_CHANGE = re.compile(
    rf"\s*(?:%|\\%|percent|points?)?\s+in\s+(?P<np>{QUALITY_PHRASE}"
    r"|(?:(?<=in\s)[A-Z]{2,}\s+)?(?P<named>(?:[a-z][\w-]*\s+){1,2}?(?:scores?|progress|ranks?)))"
    r"(?=\s*(?:[,;.()]|$|(?:and|or|but|while|whereas|on|for|with|across|against|compared|than|over|versus|vs)\b))")
#: "in terms of F1 and AP, respectively": a list, which pairs with the numbers elsewhere or not at all.
_LIST_WORD = re.compile(r"(?i)\b(?:and|or|respectively)\b|/")
_DECIBELS_AFTER = re.compile(r"\s*dB\b")
#: "by a 96%": an article after "by" makes the number part of a noun phrase, not a change's size.
_BY_ARTICLE = re.compile(r"(?i)\bby\s+an?\s+$")
_IN_PERFORMANCE = re.compile(r"(?i)\s*(?:%|points?)?\s*(?:in|of|in\s+terms\s+of)\s+(?:(?:the|overall|average|mean)\s+)*(?:performance|scores?)\b")
_AGGREGATE = re.compile(r"(?i)\b(?:averaged|average)\s+(?:over|across)\s+(?:\w+\s+){0,3}?(?:tasks|benchmarks|datasets)\b")


def _listed_subject_metrics(subject: str, named: list[tuple[str, int, int]], count: int) -> list[str] | None:
    """The metrics a subject lists, one per number after "by", when there are two or more, as
    many as the numbers, and the subject is only that list ("5-s ADE and FDE"); else None."""
    if count < 2 or len(named) != count or len({name for name, _, _ in named}) != count:
        return None
    between = [subject[named[i][2]:named[i + 1][1]] for i in range(count - 1)]
    if not all(LIST_GAP.fullmatch(gap) for gap in between):
        return None
    return [name for name, _, _ in named]


#: A generic result at the end of a changed phrase: "model performance", "the results".
_GENERIC_RESULT_HEAD = re.compile(r"(?i)\b(?:performance|results?)\s*$")


def _by(m: Match, rule: str = "<verb> X by <number>"):
    """'<verb> X by N': outperforms / improves / reduces ... by N."""
    if m.site.mentions[0].sign == "±":
        return None
    if _BY_ARTICLE.search(m.site.left[-12:]) and metric_at(m.site.right) is not None:
        return None  # "validated by a 96% user preference": the agent of a passive, a score the score rules read
    verb, mid = m.left.group("verb"), m.left.group("mid")
    if _OTHER_PASSIVE_AT_END.search(mid):
        return None  # "..., and the width is scaled by 4x": "by" is the nearer verb's, no change verb's
    metric = _metric_near(m, mid)
    core = _ADVERBS.sub(" ", mid)  # "increases on average by 11%": no object
    if verb.endswith(("tion", "tions", "ment", "ments")) and core.startswith(" in "):
        core = core[3:]  # "a reduction in risk by 97%": the noun's object after "in", as "reduces risk by" (read60)
    if verb.startswith("and"):
        core = _OWN_VERB_AT_END.sub(" ", core)  # "17%, and motor heat dissipation declines by": its own verb
    named_quantity = False
    per_number: list[str] | None = None
    # "reducing the number of iterations by up to 26.0%", "reduces the number of generated mutants by
    # 55.6%": the work a system spends, fewer, is a `<unit> count` result (read73)
    lowered = _LOWERED_COUNT.fullmatch(core.strip()) if _LOWERING_VERB.match(verb) and any(cue in core for cue in _COUNT_CUES) else None
    if lowered is not None:
        counted = lowered.group("head") or lowered.group("calls").split()[-1]
        metric, named_quantity = f"{singular(counted)} count", True
    elif not metrics_in(mid) and not _metric_after_change(m.site.right):
        subject = _changed_subject(m.site.left_window[:m.left.start("verb")], verb, core)
        if subject is not None:
            # "output tokens are reduced by 58.6%": the subject names what changed, so a
            # metric said earlier in the sentence is not this change's
            named = metrics_in(subject)
            # "peak contact forces were reduced by": contact force; "... by 9% and joint
            # acceleration decreases by": the words after the last number are this subject's
            metric = named[-1][0] if named else quantity_name(_AFTER_LAST_NUMBER.split(subject)[-1])
            # "ADE and FDE decrease by 7.84 and 11.86": as many metrics listed as the subject as
            # numbers after "by", paired in order (as "reduces ADE and FDE by" pairs them; read67)
            per_number = _listed_subject_metrics(subject, named, len(m.site.mentions))
            # ("performance degrades by over 50%": the generic result names none, as for an object)
            named_quantity = bool(named) or metric != UNSPECIFIED or not _GENERIC_RESULT_HEAD.search(subject)
            if not named and _INPUT_QUANTITY.match(_AFTER_LAST_NUMBER.split(subject)[-1].strip()):
                return None  # "the training data is reduced by 40%": what the method consumes
        elif _names_a_quantity(_verb_of_list(m, verb), core):
            # "reducing tool usage by 66.5%", "improves execution success by 52.8": the verb's
            # object is what changed, so a metric said earlier in the sentence is not this one
            named_quantity = not _SETTING_FIRST.match(core)  # "improvements on MNLI by": a benchmark, not a quantity
            if named_quantity or _SUCCESS_WORD.search(mid):
                metric = "success rate" if _SUCCESS_WORD.search(mid) else "unspecified"
            # (else the quantity said near, as where no object is: "improves on the long-horizon
            # LIBERO-Long suite by 14.6 points" after "a success rate of 83.2%", read81)
            if named_quantity and metric == UNSPECIFIED and not (verb.startswith("and") and _continues_comparison(m)):
                if _INPUT_QUANTITY.match(core.strip()):
                    return None  # "cuts visual tokens by 88%", "reduces training data by 40%": inputs, not results
                metric = quantity_name(core)  # "reduces peak joint torques by 31%": joint torque; not "and Mistral by"
                if metric == UNSPECIFIED and (gap := NAMED_GAP.fullmatch(_SCOPE_AT_END.sub("", core.strip()))):
                    # "reduce the geographic generalization gap by up to 40%" (read43), "the sim-to-real
                    # gap for test trajectories by 41%": the gap named, before the scope it is measured in (read47)
                    metric = gap_name(gap.group("words"))
                if metric == UNSPECIFIED and _GENERIC_RESULT_HEAD.search(core):
                    # "improves model performance by 1.6%": the generic result names no quantity, so
                    # its % is an `unspecified` gain in points, as "by 2.9% in performance" (the spec)
                    named_quantity = False
        elif (cue := _CUE_IN_MID.search(core)) is not None and cue.start() > 0 \
                and _names_a_quantity(_verb_of_list(m, verb), core[:cue.start()]) \
                and (named := quantity_name(core[:cue.start()])) != UNSPECIFIED:
            # "improves correctness over its base LLM by 15.94%": the object before the comparator
            # names what changed, as it does with no comparator (read38)
            metric, named_quantity = named, True
    comparing = (bool(_COMPARE_VERB.match(verb)) or (verb.startswith("and") and _continues_comparison(m))
                 or (verb.lower().startswith(("improv", "boost", "lift", "enhanc"))
                     and improved_is_a_system(mid)  # not "boosting NMS-AP by", "improves RCA accuracy by"
                     and not _COMPARED_LATER.match(m.site.right)  # "improves SHOT by"; not "improving ModelNet-40C by 10% over X"
                     # "improving RaTE and SemScore by 64.33% and 60.58% respectively": names
                     # paired one to a number are the measures improved, not systems (read53)
                     and not measures_paired(core, m.site.right)))
    baselines = None
    if comparing:  # "... by 0.4 and diffusion models LDM by 1.82"
        cue = _CUE_IN_MID.search(mid)
        phrase = cue.group("phrase") if cue else _SETTING_WORD.split(mid.strip())[0]
        phrase = _IN_TERMS_OF_PHRASE.split(phrase)[0].rstrip(" (")  # "outperforming optical baselines (by 15.3 pt)"
        # "exceeds baseline straight-line prediction performance by 0-4.1%", "surpasses the
        # rule-based planner's performance by 12%": the comparator is the system whose
        # performance is compared, without the noun (read16)
        # ("surpassing the baseline performance by 47.2%" names no system: its comparator is
        # found elsewhere, "on top of GR00T N1.5")
        baselines = names_in_phrase(phrase) if phrase.strip() else None
        if baselines and _COMPARATORS_PERFORMANCE.search(phrase):
            baselines = names_in_phrase(_COMPARATORS_PERFORMANCE.sub("", phrase)) or baselines
    else:
        cue = _CUE_IN_MID.search(mid)
        if cue:
            baselines = names_in_phrase(cue.group("phrase"))
    # (a cost the sentence names after its quality change is another claim's: "by up to 11 points
    # while reducing wall-clock time by up to 58%" carries no quality metric of its own; read52)
    carried = (metric == m.site.context_metric and metric is not None
               and not any(name not in COST_METRICS for name, _, _ in metrics_in(m.site.sentence))
               and not (metric == "success rate" and _SUCCESS_SCORED_BEFORE.search(m.site.left))  # the clause's own
               # "it reaches 80.48% for A and 81.13% for B, improving upon the baseline by 43.39% and
               # 43.40%": the change is of the scores the clause just reached, in the carried metric (read65)
               and not _SCORE_REACHED_BEFORE.search(m.site.left))
    # a name is capitalised or shaped like a model's ("Treeiso", "GPT-4o"); a described
    # comparator is lower-case words ("random baselines", "standard decoders")
    named_comparator = any(token[:1].isupper() or is_model_name(token) for name in baselines or () for token in name.split())
    if carried and (not comparing or not named_comparator or _AGGREGATE.search(m.site.right[:80])):
        # the metric of an earlier claim carries over to a comparison with named systems,
        # not to "shrinks the embedding tables by 41%" nor to an average over other tasks, nor
        # to a comparator only described ("models still outperform random baselines by
        # 4-20%", where the labels say `unspecified`: recall13)
        metric = "unspecified"
    if COUNT_OF.search(mid) and lowered is None:
        return None  # "raising the number of optimization steps by 48%": a count, not a result
    # "by a factor of five": a plain number is a factor only so
    plain_factor = bool(m.left.groupdict().get("factor")) and m.site.mentions[0].quantity == "plain"
    if not plain_factor and all(x.quantity == "plain" and x.is_integer for x in m.site.mentions) \
            and _COUNTED_THINGS.match(m.site.right):
        return None  # "degraded by 11 textured distortions": the things counted, not a change
    if _IN_PERFORMANCE.match(m.site.right):
        metric = "unspecified"  # "by 2.9% in performance", "in terms of average score": no metric named
    factor = m.site.mentions[0].quantity == "ratio" or plain_factor
    if factor and named_quantity and (_SPEED_WORD.search(core) or _SPEED_WORD.search(metric or "")):
        # "improving ... convergence speed by 2x", "with decoding speed boosted by 3 to 197 times" (the
        # subject's speed, read80): a speed-up, as "2x faster convergence"
        metric = "speedup"
    # "boosts Qwen3-32B's accuracy by 1.83x": a factor of a metric named after the host's possessive is
    # that metric's ratio against the host, though the host is the comparator (read43)
    host_metric = comparing and bool(_POSSESSED_METRIC.search(mid))
    if factor and metric != "speedup" and lowered is None and not _factor_of_named_quantity(metric, named_quantity or bool(metrics_in(mid)),
                                                                      comparing and not host_metric) \
            and not _factor_of_result(m, metric, core, comparing, baselines):
        return None
    out = drafts(m, metric, "ratio" if factor else _kind(m), rule, baselines=baselines or None)
    if per_number:
        for draft, name in zip(out, per_number):
            draft.metric = name
    if plain_factor:
        for draft in out:
            draft.unit = "x"
    if named_quantity and (metric == UNSPECIFIED or not metrics_in(metric)):
        for draft in out:
            draft.quantity_named = True
    # "improved Abs Rel and Sq Rel by 5.6% and 9.8%": a list of metrics, one number each
    listed = None
    respectively = len(out) > 1 and RESPECTIVELY_NEXT.match(m.site.right) is not None
    if respectively and not comparing:
        # "decreases sensor acquisitions, power consumption, and error rate by 9.67%, 16.1%, and
        # 74.8%, respectively": quantities the vocabulary does not know, one per number (read45)
        # (members sharing a plural head written once after the last come first: "reduces 100-frame
        # position and orientation errors by 31-35% and 38%, respectively", read71)
        members = _members_of(core)
        listed = (suspended_quantities(members, len(out)) if _SHARED_PLURAL_HEAD.search(members) else None) \
            or respective_quantities(members, len(out))
        for draft, name in zip(out, listed or ()):
            draft.quantity_named = not metrics_in(name)
    if not listed and len(out) > 1 and not comparing:
        listed = member_metrics(core, len(out))
        members = _members_of(core)
        if not listed and (listed := suspended_quantities(members, len(out)) or respective_quantities(members, len(out))):
            # "reduces hover and tracking errors by 65.7% and 53.3%": members sharing a head noun;
            # "reducing reasoning rounds and processed frames by 85.9% and 61.4%": one quantity
            # per member, in order, as "respectively" pairs them (read72)
            for draft, name in zip(out, listed):
                draft.quantity_named = not metrics_in(name)
    _pair(out, listed)
    if respectively and not metrics_in(mid):
        # "84.36% accuracy and 65.51% F1-score, surpassing the second-best method by 3.51% and
        # 4.88% respectively": the metrics the clause named before, in order, one per number (read36)
        before = m.before_left(m.left.start("verb"))
        earlier = [name for name, _, _ in metrics_in(before)]
        if len(set(earlier)) == len(earlier) == len(out):
            _pair(out, earlier)
        elif (qualities := _scored_qualities(before, len(out))) is not None:
            # "attains 71.9% task success and 87.5% collision avoidance, surpassing the previous
            # SOTA by 6.5% and 27.0%, respectively": a quality the vocabulary does not know, named
            # after its own score, is as much one of the clause's measures (read66)
            _pair(out, [name for name, _ in qualities])
            for draft, (name, in_percent) in zip(out, qualities):
                draft.quantity_named = not metrics_in(name)
                if draft.kind == "relative" and draft.quantity_named and in_percent:
                    draft.kind = "delta"  # a change in % of a quality scored in %: points, as a known rate's
    if len(out) == 1 and not comparing and (" and " in core or "/" in core):
        both = _coordinated_quantities(core)
        if both:
            # "reduces FID and KID by 20%", "cuts energy use and carbon emissions by 20%": one
            # number said of two quantities is a claim for each (the spec; as "gains: >6.0% in
            # IPV and CTR" already was: read17)
            out = [draft for name in both for draft in drafts(
                m, name, out[0].kind, rule, baselines=baselines or None,
                quantity_named=not metrics_in(name))]
    return out


#: A score and the quality named right after it, ending at a list's joint: "71.9% task success and ".
_SCORE_THEN_QUALITY = re.compile(
    r"(?<![\w.])\d[\d.,]*\s?(?:\\?%|points?)?\s+(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)(?=\s*(?:,|;|\band\b|$))")


def _scored_qualities(before: str, count: int) -> list[tuple[str, bool]] | None:
    """The qualities the last `count` scores of the clause before are of, in order, when each
    is named after its number and they are all distinct, each with whether its score is in %;
    else None."""
    found = list(_SCORE_THEN_QUALITY.finditer(before))[-count:]
    if len(found) != count:
        return None
    names = []
    for score in found:
        np = score.group("np")
        named = [name for name, _, end in metrics_in(np) if end == len(np)]
        if not named and not _QUALITY_ENDS.search(np):
            return None  # "48% ID and 32% OOD success", "58% seen and": a setting's label before a shared head noun
        names.append(named[-1] if named else quantity_name(np))
    if UNSPECIFIED in names or len(set(names)) != count:
        return None
    return [(name, "%" in score.group()) for name, score in zip(names, found)]


#: A quality's head noun ending the phrase (`QUALITY_HEAD`, as "<number> <named quality>" reads one).
_QUALITY_ENDS = re.compile(rf"{QUALITY_HEAD}$")


#: "both latency and energy", "the FID and KID": words before a coordinated pair of quantities.
_BOTH_BEFORE = re.compile(r"(?i)^\s*(?:both\s+)?(?:the\s+|its\s+|their\s+)?")
#: A word that makes a member more than a quantity's name: a preposition, a clause word, a list.
_NOT_A_NAME_WORD = re.compile(r"(?i)\b(?:of|in|on|for|to|with|at|across|over|under|from|by|than|via|while|whereas|or|as)\b|[,;/()]")


#: Two acronyms joined by a slash: "FSVD/FPVD", "FID/FVD".
_SLASHED_ACRONYMS = re.compile(r"[A-Z][A-Za-z0-9-]*[A-Z0-9]/[A-Z][A-Za-z0-9-]*[A-Z0-9]")


def _coordinated_quantities(core: str) -> list[str] | None:
    """The two quantities of 'A and B' when each member names one in full ('FID and KID',
    'Fréchet Distance and MSE', 'energy use and carbon emissions'), else None. A single
    word the vocabulary does not know shares the second member's head ('processor and memory
    usage', 'transmission and server operations': one quantity), and a member with a
    preposition is no name ('accuracy on ImageNet and COCO')."""
    members = _BOTH_BEFORE.sub("", core).strip().split(" and ")
    if len(members) == 1 and _SLASHED_ACRONYMS.fullmatch(members[0]):
        members = members[0].split("/")  # "reduces FSVD/FPVD by 50.5%": two acronyms joined by a slash (read74)
    if len(members) != 2 or any(not member or _NOT_A_NAME_WORD.search(member) or len(member.split()) > 3
                                for member in members):
        return None
    first = members[0].strip()
    if not metrics_in(first) and len(first.split()) < 2 and not _CAPITALS.fullmatch(first):
        return None
    names = [quantity_name(member.strip()) for member in members]
    if UNSPECIFIED in names or names[0] == names[1]:
        return None
    return names


#: A system's possessive before a metric: "Qwen3-32B's accuracy".
_POSSESSED_METRIC = re.compile(r"\S(?:'|’)s\s+(?:[\w-]+\s+)?(?=\S)")


def _factor_of_result(m: Match, metric: str | None, core: str, comparing: bool, baselines) -> bool:
    """Whether a factor no quantity names is a factor of an unnamed result, an `unspecified`
    ratio: said of a compared system ("outperforms X by 2.1x") or of the generic result, as the
    object or the passive's subject ("improves performance by nearly 2x", "the performance is
    improved by 1.93 times"; its comparator, "Compared to X, ...", is attributed later). factors29:
    the spec reads "outperforms X by 3%" as an `unspecified` delta, and holdout4, holdout8 and
    holdout17 label factors on "performance" as `unspecified` ratios. A factor on a count, an
    input or a setting has been refused before this; a metric carried from an earlier claim is
    not the factor's (`metric` is then not `unspecified`)."""
    if metric not in (None, UNSPECIFIED) or _COUNTED_QUANTITY.search(core):
        return False
    generic_object = GENERIC_RESULT_OBJECT.fullmatch(core.strip()) is not None
    if comparing:
        return bool(baselines) or generic_object
    if core.strip():
        return generic_object
    # no object: a passive whose subject is the generic result ("the performance is improved by")
    return bool(_RESULT_SUBJECT.search(m.site.left_window[:m.left.start("verb")]))


#: A generic result as the subject of a passive change: "the performance is improved by".
_RESULT_SUBJECT = re.compile(r"(?i)\b(?:performance|results?)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$")


def _factor_of_named_quantity(metric: str | None, named: bool, comparing: bool) -> bool:
    """Whether a factor ('by 10x', '6.5x lower') is a ratio of the quantity a phrase names
    ('improves sample efficiency by 10x', 'cuts collisions by 12x'): the quantity is named
    where the factor is (not carried from an earlier claim), it is no cost (speed.py reads
    those) and no comparison with a system ('outperforms X by 2x' names no metric)."""
    return (named and not comparing and metric not in (None, UNSPECIFIED, "params") and metric not in COST_METRICS
            and not _COUNTED_QUANTITY.search(metric))


#: What a method consumes, not what it achieves: a change of its input tokens, training data
#: or steps is a setting, as a factor on them is (the spec's token-count ratios; REAL_README
#: d1-04's "48% more optimization steps" and d1-12's "90% fewer anchors"). Tokens a model
#: outputs are its response length (d1-02), so those stay claims. Environment interactions and
#: training episodes an agent needs are its data too ("a 90% reduction in required environment
#: interactions": the spec's "a factor on a count, on tokens or data ... is still no claim";
#: "50% fewer training episodes" already gives nothing; read16).
_INPUT_QUANTITY = re.compile(
    r"(?i)(?!.*\b(?:output|generated|generation|response|reasoning|thinking|decoding|completion|answer)\b)"
    r"(?:(?:the|its|their|our|total|overall|average|required)\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:tokens?|data|samples?|examples?|steps?|iterations?|epochs?|demonstrations?"
    r"|(?:environment(?:al)?|env|real-world|online|simulator)\s+interactions?|training\s+episodes?)$")
#: Quantities a factor on which is a count or a size, not a result: "the visual token count by 4x"
#: ("data efficiency" is a quality: results per datum).
_COUNTED_QUANTITY = re.compile(r"(?i)\b(?:tokens?|counts?|numbers?|frames?|images?|categor(?:y|ies)|data(?!\s+efficiency))\b")
_SPEED_WORD = re.compile(r"(?i)\bspeeds?\b")


def _factor_efficiency(m: Match):
    """'1.58x compute efficiency over a strong Muon baseline', '3x higher compute efficiency than
    X', '310x energy efficiency over GPUs': a factor on an efficiency the words before it name,
    against what follows (read44); the speed-up rules read "a 15x efficiency improvement"."""
    mention = m.site.mentions[0]
    if mention.sign or len(m.site.mentions) != 1:
        return None
    words = m.right.group("words").split()
    if words and words[0].lower() in ("in", "of"):
        words = words[1:]  # "two orders of magnitude in sample efficiency": the preposition is no part of its name (read45)
    if any(w.lower() in _NOT_EFFICIENCY_WORDS for w in words):
        return None
    name = " ".join(w if any(c.isupper() for c in w[1:]) or w.isupper() else w.lower() for w in words)
    return drafts(m, f"{name} efficiency" if name else "efficiency", "ratio", "<factor> <quantity> efficiency",
                  quantity_named=True)


#: Words before "efficiency" that say how much or compare, not what is efficient.
_NOT_EFFICIENCY_WORDS = frozenset({"the", "a", "an", "its", "their", "our", "overall", "average", "improved", "better"})


def _factor_comparative(m: Match):
    """'6.5x lower absolute trajectory error', '3x higher success rates', '20x greater data
    efficiency': a factor on the quality named after a comparative is that quality's ratio
    (recall6). Costs and speeds ('4x lower memory', '5x higher throughput') are read before,
    by speed.py; sizes ('10x larger') are params' or a dataset's; 'more' and 'less' take only a
    vocabulary metric, since what follows them is most often a count ('10x more images')."""
    if any(x.sign for x in m.site.mentions):
        return None  # (factors listed before the comparative are one each: "1.69x and 3.66x higher quality", read83)
    adj = m.right.group("adj").lower()
    after = m.site.right[m.right.end():]
    if adj == "better" and _THAN_NEXT.match(after):
        # "performs 2.3 times better than random guessing": a factor on the unnamed result, as
        # "outperforms X by 2.1x" is (factors29), against what follows "than" (read36)
        return drafts(m, UNSPECIFIED, "ratio", "<factor> <comparative> <quantity>")
    found = metric_at(after)
    efficient = _efficiency_named(after) if adj == "more" else None
    if efficient:
        metric = efficient
    elif found:
        metric = found[0]
    elif adj in ("more", "less") or _SETTING_AFTER.match(after):
        return None  # "4.7 times less data", "4x higher resolution": settings
    else:
        metric = _quantity_after(adj, after)
    if not _factor_of_named_quantity(metric, True, False) or metric == "speedup":
        return None
    return drafts(m, metric, "ratio", "<factor> <comparative> <quantity>", quantity_named=not found or efficient is not None)


_THAN_NEXT = re.compile(r"\s+than\s")
#: "sample-efficient", "compute efficient": an efficiency of the resource named.
_EFFICIENT_AFTER = re.compile(r"\s*(?P<resource>[A-Za-z]+)[- ]efficient\b")
#: "19 times more cost-effective", "cost-efficient": a cost not said to be computation's.
_COST_EFFECTIVE = re.compile(r"(?i)\s*cost[- ](?:effective|efficient)(?:ly)?\b")
#: "3x more efficient", "an order of magnitude more efficiently": efficiency with no resource named.
_EFFICIENT_ALONE = re.compile(r"\s*efficient(?:ly)?\b")


def _efficiency_named(after_more: str) -> str | None:
    """'3x more sample-efficient', '12% more FLOPs-efficient', '10 times more compute
    efficient': the efficiency of the resource the adjective names, as '3x higher sample
    efficiency' names it (read40); 'more efficient(ly)' alone, `efficiency`."""
    if _EFFICIENT_ALONE.match(after_more):
        return "efficiency"  # "explores an order of magnitude more efficiently than X" (read44)
    if _COST_EFFECTIVE.match(after_more):
        return "cost"  # "19 times more cost-effective": the spec's `cost` (round 30; holdout19's label; read74)
    efficient = _EFFICIENT_AFTER.match(after_more)
    if efficient is None:
        return None
    resource = efficient.group("resource")
    return f"{resource if any(c.isupper() for c in resource) else resource.lower()} efficiency"


#: Settings a factor may scale: "4x higher resolution", "2x larger batch size".
_SETTING_AFTER = re.compile(r"(?i)\s*(?:[\w-]+\s+)?(?:resolutions?|batch|sizes?|scales?|window|context)\b")


def _gain_after_comparator(m: Match):
    """'outperforms BM25 up to 7.2%, 4.4% and 9.8% on A, B and C': a gain written right
    after the comparator, with no 'by'."""
    if m.site.mentions[0].sign == "±" or SHARE_OF.match(m.site.right):
        return None  # "outperforms the baseline in up to 80% of the scenarios": a share of wins
    mid = m.left.group("mid")
    metric = _metric_near(m, mid)
    if metric in COST_METRICS:
        return None
    baselines = names_in_phrase(mid) if mid.strip() else None
    return drafts(m, metric, _kind(m), "<verb> X up to <number>", baselines=baselines or None)


def _pair(out: list, names: list[str] | None) -> None:
    """Give each draft of a site the metric of its member of a list, in order."""
    if names and len(names) == len(out):
        for draft, name in zip(out, names):
            draft.metric = name


#: A number and what joins the next clause to it: "knee torque is reduced by 9% and joint acceleration".
_AFTER_LAST_NUMBER = re.compile(r"\d[\d.,]*\s*(?:\\?%|x|points?)?\s*(?:,\s*)?(?:and\s+|while\s+)?")
#: "are reduced by", "was lowered by": a passive verb, whose subject is what changed.
_PASSIVE = re.compile(r"(?i)\b(?:is|are|was|were|been|be|being|gets?|got)\s+(?:\w+ly\s+)?$")
#: A change verb without an object: "joint acceleration decreases by 20%".
_INTRANSITIVE = re.compile(r"(?i)(?:decreas|increas|drop|declin|ris|rose|fall|fell|grow|grew|shrink|improv|degrad)\w*$")
#: A past participle of a change verb: "reduced", "boosted", "cut".
_PAST_PARTICIPLE = re.compile(r"(?i)[a-z]+ed|cut")
#: "with" and the noun phrase of an absolute participle after it: "with decoding speed " (not "with
#: the learning rate reduced by": a setting's, the article left outside the pattern's subject).
_WITH_SUBJECT = subject_after(r"with")
#: The conjunction that opens a subject's clause after a comma.
_CLAUSE_AND = re.compile(r"(?i)^(?:and|while|whereas)\s+")
#: An 'and <X> by' whose X ends in its own intransitive change verb ("and foot slip declines by").
_OWN_VERB_AT_END = re.compile(rf"(?i)\s+{INTRANSITIVE_CHANGE_STEM}\w*\s*$")
#: The subject of the verb's clause: the words after the last clause break ("and" and
#: "with" may join the subject's own nouns: "the error between A and B was reduced").
#: "that" opens a clause too: "we find that label bias decreases by 12.5%" (recall7).
_SUBJECT = re.compile(
    r"(?i)(?:^|[,;:(]|\b(?:while|whereas|but|where|when|which|that)\b)\s*(?P<np>(?:(?!(?:while|whereas|but|where|when|which|that)\b)[^\s,;:(]+\s+){1,12})$")
_PRONOUN_SUBJECT = re.compile(r"(?i)^(?:it|this|that|which|they|these|those|we|ours?|the\s+(?:model|method|approach|system|framework))\b")


#: A passive right before "by" whose verb is no change verb (the change verbs are `verb`, the
#: nearest): "and the width is scaled by", "which are downsampled by" (factors29).
_OTHER_PASSIVE_AT_END = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\s*$")
_ADVERBS = re.compile(r"(?i)\b(?:on\s+average|further|also|up|down|still|even|\w+ly)\b")
_OBJECT_PRONOUN = re.compile(r"(?i)^\s*(?:it|its|them|this|these|that|those|their|our|the\s+(?:model|method|baseline)s?)\b")
_SUCCESS_WORD = re.compile(r"(?i)\bsuccess\b")
#: One word and "rate(s)" right before a number: "dissatisfaction rates " (not "per-query").
_RATE_RIGHT_BEFORE = re.compile(r"(?:^|[\s(])(?P<np>[a-z]+\s+rates?)\s+$")
#: The sentence's subject before a copula, a quantity in lower case: "Delivered-command variation was ".
_SUBJECT_WAS_BEFORE = re.compile(
    # "Across six folds on 96 stations, its energy score is": an opening setting before the subject (read74)
    r"^(?:[A-Z][^,;:()]{0,80},\s+(?=(?:the|its|their)\s))?"
    r"(?:(?:The|Its|Their|Mean|Average|the|its|their)\s+)?(?P<np>(?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:was|were|is|are)\s+"
    r"(?:(?:about|approximately|roughly|nearly|around|up\s+to)\s+)?"
    # an earlier member of the same change: "was approximately 37% lower for ankle and ", "is
    # 4.9% lower than that of X (4.7% with ...) and " (read67, read74)
    r"(?:\d[\d.]*\s*%\s+(?:lower|higher|smaller|larger|greater)\s+(?:(?:for|in|on|at)\s+(?:[\w-]+\s+){1,3}?"
    r"|than\s+[^;,]{1,100}?\s)(?:,\s*)?and\s+)?$")
#: A subject that is itself a change ("the mean change", "the gain"), naming no quantity.
_CHANGE_HEAD = re.compile(rf"(?i)\b(?:change|difference|{CHANGE_NOUN_WORDS})$")
#: A score reached earlier in the clause, with no metric named: "it reaches 80.48% for TIG to Laser".
_SCORE_REACHED_BEFORE = re.compile(r"\b(?:reach|achiev|attain|obtain)\w*\s+(?:an?\s+)?(?:average\s+)?\d[\d.]*\s*%")
#: A percentage of success said before: "48% ID and 32% OOD success", "97% success".
#: Not "5-17% success gains": a change of success, not a level of it.
_SUCCESS_SCORED_BEFORE = re.compile(
    r"(?i)\d\s*%\s+(?:[\w-]+\s+){0,2}?success(?:es)?\b(?!\s+(?:rates?|gains?|improvements?|increases?|boosts?|drops?|reductions?)\b)")


def _by_without_by(m: Match):
    """'VITA improves 14.5% over existing baselines': `_by` where the size follows the verb (and
    the quantity it names) without "by"."""
    return _by(m, rule="<verb> X <number> over Y")


def _gains_points(m: Match):
    """'Argus gains 5.5 points with a single Searcher': a gain in points its subject makes,
    said with no comparator, is a change in the sentence's metric, else an unspecified one (read54)."""
    if m.site.mentions[0].sign == "±":
        return None
    return drafts(m, _metric_near(m), "delta", "<system> gains <number> points")


def _change_noun_is(m: Match):
    """'Its paired gain over Greedy is 2.59 points', 'the average improvement was 4.1%': a change
    noun as a clause's subject, its size after the copula, is a change against the system named
    after "over", in the metric the sentence or the one before it names (read82)."""
    mention = m.site.mentions[0]
    if len(m.site.mentions) != 1 or mention.sign == "±" or mention.value_max is not None:
        return None
    if _SHARE_OF_AFTER.match(m.site.right):
        return None  # "its mean gain is 61% of the frontier estimate": a share of a reference, no size of a change
    metric = _metric_near(m, m.left.group("before") or "")
    return drafts(m, metric, _kind(m), "<change noun> is <number>", baselines=_compared_after_noun(m))


def _compared_after_noun(m: Match) -> list[str] | None:
    """The systems named after a change noun's "over" ("gain over Greedy"), or None."""
    return names_in_phrase(m.left.group("over")) or None if m.left.group("over") else None


def _change_grows_from(m: Match):
    """'the fusion-over-optical gain grows from 6.0 to 36.0 points as turbidity increases': a
    change whose size grows or shrinks from one setting to another is two changes of the same
    quantity, one at each end, both the subject's (read82)."""
    site = m.site
    mention = site.mentions[0]
    if len(site.mentions) != 1 or mention.value_max is None or mention.sign == "±" or not TO_SEPARATOR.search(mention.text):
        return None
    halves = pair_halves(site.sentence, mention, site.offset)
    if halves is None:
        return None
    metric = _metric_near(m, m.left.group("before"))
    return [draft_of(half, metric, _kind(m), "<change> grows from <number> to <number>", baselines=_compared_after_noun(m))
            for half in halves]


def _points_of_metric(m: Match):
    """'which is worth +9.2 points of real win rate', 'adds 3.1 points of exact match': a size in
    points of the metric named right after "of" is a change of that metric (read76); "within 1.7
    points of the best", "points of headroom" name no metric and give nothing."""
    mention = m.site.mentions[0]
    named = metric_at(m.site.right, m.right.end())
    if len(m.site.mentions) != 1 or mention.sign == "±" or named is None or named[0] in COST_METRICS \
            or named[1].group().lower() == "error":  # "points of error": a size of an error, no metric's change
        return None
    return drafts(m, named[0], "delta", "<number> points of <metric>")


def _signed_change_of_subject(m: Match):
    """'Qwen improves +7.0%, while Gemini declines -4.8%': a signed size right after a verb of
    change, with no "by", is its subject's change, in the sentence's metric (read55). The sign
    must agree with the verb: a rise is written "+", a fall "-"."""
    mention = m.site.mentions[0]
    falls = m.left.group("verb").lower().startswith(("declin", "drop", "fall", "fell", "decreas"))
    if len(m.site.mentions) != 1 or mention.sign not in ("+", "-") or (mention.sign == "-") != falls:
        return None
    return drafts(m, _metric_near(m), _kind(m), "<system> improves <signed number>")


#: A range written with a dash ("5-10%"), not a before and an after joined by an arrow or "to".
_DASH_RANGE = re.compile(r"\d\s*(?:\\?%)?\s*(?:-|–|--)\s*\d")
#: "of" right after the number: "in 90% of the cases", a share.
_SHARE_OF_AFTER = re.compile(r"\s*(?:\\?%|points?)?\s+of\b")


def _metric_changes_by(m: Match):
    """'with summarization F1 dropping 24% when ...', 'accuracy drops 12%': a metric as the
    subject of an intransitive change verb, its size right after the verb without "by" (holdout100)."""
    mention = m.site.mentions[0]
    falls = m.left.group("verb").lower().startswith(("declin", "drop", "fall", "fell", "decreas"))
    if len(m.site.mentions) != 1 or (mention.sign and (mention.sign == "-") != falls):
        return None  # a sign must agree with the verb: a fall is written "-"
    if _SHARE_OF_AFTER.match(m.site.right):
        return None  # "accuracy rises in 90% of the cases": a share of the cases, no size of a change
    if mention.value_max is not None and not _DASH_RANGE.search(mention.text):
        return None  # "success rate rises 41.0% -> 55.2%": a before and an after, no change's size (scores.jsonl)
    before = m.site.left[:m.left.start("verb")].rstrip()
    named = metrics_in(before[-40:])
    if not named and _AGGREGATE_SCORE_SUBJECT.search(before[-80:]):
        # "the average score on general benchmarks drops 1.7 points": the generic result (read67)
        return drafts(m, UNSPECIFIED, _kind(m), "<metric> drops <number>")
    if not named or named[-1][2] != len(before[-40:]) or named[-1][0] in COST_METRICS:
        return None  # "the error rate ... drops 12%" needs the metric right before its verb
    return drafts(m, named[-1][0], _kind(m), "<metric> drops <number>")


#: An aggregate score as a clause's subject, right before its verb: "the average score on general benchmarks".
_AGGREGATE_SCORE_SUBJECT = re.compile(r"(?i)\b(?:average|overall|mean|aggregate)\s+scores?(?:\s+(?:on|across|over)\s+(?:[\w-]+\s+){0,3}[\w-]+)?$")


def _by_up_to(m: Match):
    """'reducing the cross-domain error up to 39.6%': `_by` where "up to" stands for "by up to"."""
    if m.left.group("verb").lower().startswith("increas") and m.site.mentions[0].quantity != "ratio":
        return None  # "increases accuracy up to 90%" may bring it to a level; "up to 2.5 times" is a factor (holdout99)
    return _by(m, rule="<verb> X up to <number>, without by")


def _names_a_quantity(verb: str, mid: str) -> bool:
    """Whether the words between a change verb and 'by' are a thing that changed ('tool
    usage'), not a pronoun, a system or a comparator ('LlamaGen', 'the previous state of
    the art', 'over X')."""
    words = mid.split()
    if words and not _COMPARE_VERB.match(verb) and defines_metric(mid):
        return True  # "improving the Per-Region-Overlap (PRO) metric by": a defined metric, not a system
    if not words or _COMPARE_VERB.match(verb) or _OBJECT_PRONOUN.match(mid) or _CUE_IN_MID.search(mid) \
            or GENERIC_RESULT_OBJECT.fullmatch(mid.strip()) or titled_system(mid):
        return False  # ... nor a system named in words: "improve Diffusion Policy by 21 points" (read54)
    scoped = _SCOPE_AT_END.sub("", mid.strip()).split()
    if scoped and len(scoped) < len(words):
        words = scoped  # "reduces variance at N=1 by": the setting after the quantity names no system (read47)
    if any(is_model_name(word) and not _acronym_in_quantity(verb, words, at)
           and not (EPONYMS.fullmatch(word) and quantity_name(" ".join(words[at:])) != UNSPECIFIED)
           for at, word in enumerate(words)):
        return False  # a system; not a measure's eponyms ("reduces the Kullback-Leibler divergence by")
    return not any(is_description(name) for name in names_in_phrase(mid))


#: A scope after the quantity a verb changes, before "by": " for test trajectories", " at N=1".
_SCOPE_AT_END = re.compile(r"\s+(?:for|at|during|under)\s+\S.*$")
#: "the number of generated mutants", "the total number of iterations": a count the change lowers,
#: of things a system spends or makes; not of its inputs, its settings or its representation's
#: elements (tokens, samples, steps, layers, Gaussians: `<verb> X by <number>` reads none of them).
_LOWERED_COUNT = re.compile(
    r"(?i)(?:(?:the\s+)?(?:total\s+|average\s+|overall\s+|mean\s+)?number\s+of\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?!(?:tokens|samples|examples|demonstrations|steps|epochs|parameters|params|layers|bits|data|images|frames"
    r"|[Gg]aussians|points|primitives|vertices|voxels|anchors)\b)"  # (the elements of a representation: its size, read73)
    r"(?P<head>[a-z][\w-]*[^s\W]s)"
    # (or calls to a model or a function, counted without "number of": "reduces policy calls by 1.2x", read77)
    r"|(?:[a-z][\w-]*\s+)?(?P<calls>calls|queries|invocations|function\s+evaluations))")
#: A word `_LOWERED_COUNT` needs: "number" or the calls counted.
_COUNT_CUES = ("number", "calls", "queries", "invocations", "evaluations")
#: A verb that lowers what it acts on: its object is a quantity, not a system ("reduces TTFT by").
_LOWERING_VERB = re.compile(r"(?i)(?:reduc|lower|cut|decreas|shorten|minimi[sz]|halv|diminish)")
_CAPITALS = re.compile(r"[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*")  # "PAR-2 score" (read41)
_LOWER_NOUN = re.compile(r"[a-z][a-z-]+")


def _acronym_in_quantity(verb: str, words: list[str], at: int) -> bool:
    """Whether the acronym words[at], which reads like a system's name, is part of a
    quantity's name (recall7): it qualifies the lower-case noun after it ('reduces SRAM
    traffic by', 'the DTW distance'), or it is the whole object of a lowering verb ('cuts
    average TTLB by') or of "increases"; a system is improved or outperformed, not reduced or
    increased ('improves TENT by' is a system)."""
    if not _CAPITALS.fullmatch(words[at]):
        return False
    if at + 1 < len(words) and _LOWER_NOUN.fullmatch(words[at + 1]):
        return True
    # ("increases FSIM by 24-43% over a recent baseline": read80)
    return bool(_LOWERING_VERB.match(verb) or verb.lower().startswith("increas")) and at == len(words) - 1


def _changed_subject(before_verb: str, verb: str, mid: str) -> str | None:
    """The noun phrase a passive or intransitive change verb is said of ('joint torques
    in grasping are reduced by'), when it is neither a system nor a pronoun; else None."""
    passive = _PASSIVE.search(before_verb)
    absolute = _WITH_SUBJECT.search(before_verb) if passive is None and _PAST_PARTICIPLE.fullmatch(verb) and not mid.strip() else None
    if passive is None and absolute is None and not (_INTRANSITIVE.match(verb) and not mid.strip()):
        return None
    # "..., with decoding latency reduced by 40%": a participle after "with" and its noun phrase
    # is that phrase's change, as "decoding latency is reduced by" is (read80)
    subject = absolute or _SUBJECT.search(before_verb[:passive.start()] if passive else before_verb)
    if subject is None:
        return None
    np = _CLAUSE_AND.sub("", subject.group("np").strip())  # "..., and settling time drops by": settling time
    # a name after the head's first preposition is the setting's, not the subject's ("the muscle
    # activity during walking and STS tasks decreased by": the head noun phrase, claims-spec)
    head = _AFTER_HEAD_PREPOSITION.split(np, maxsplit=1)[0]
    if _PRONOUN_SUBJECT.match(np) or any(is_model_name(token) for token in head.split()):
        return None
    if (" " not in np and np[:1].isupper() and not metrics_in(np)
            and before_verb[:subject.start("np")].strip(" \t\n,;:")):
        return None  # "In terms of BLEU, Pyrite improves by 2.3 points": a capitalised word inside the sentence is a name, no quantity (read53)
    return np


#: A preposition that ends a subject's head noun phrase ("the muscle activity during walking").
_AFTER_HEAD_PREPOSITION = re.compile(r"(?i)\s(?:during|in|on|for|of|across|under|over|at|with|from|between|among)\s")


#: A comparator named later in the clause: "... by 10.55%, ScanObjectNN-C by 8.26% over the source model".
#: ("by more than 8x" later in the sentence is a bound, no comparator: read43)
_COMPARED_LATER = LazyPattern(
    r"(?i)[^;]{0,80}?\b(?:over|(?<!\bmore\s)(?<!\bless\s)(?<!\brather\s)than|compared\s+(?:to|with)|relative\s+to|against)\b")


def _continues_comparison(m: Match) -> bool:
    """'outperforms LlamaGen by 0.4 and LDM by 1.82': the 'and <X> by' of a comparison;
    not of 'reduces A loss by 21.7% and B loss by 18.4%', where X is what changed."""
    verbs = list(_ANY_CHANGE_VERB.finditer(m.site.left_window, 0, m.left.start("verb")))
    return bool(verbs) and bool(_COMPARE_VERB.match(verbs[-1].group()))


_ANY_CHANGE_VERB = LazyPattern(rf"(?i)\b{CHANGE_VERB}", regex.VERBOSE)


def _verb_of_list(m: Match, verb: str) -> str:
    """The verb an 'and <X> by' goes on with: in 'reduces FVD by 39.6% and KVD by 36.6%' the
    lowering verb before, which makes the acronym X a quantity (`_acronym_in_quantity`), not a
    system; any other verb as it is ('and over', a comparison's 'and LDM by' stay comparisons)."""
    if not verb.startswith("and") or _continues_comparison(m):
        return verb
    verbs = list(_ANY_CHANGE_VERB.finditer(m.site.left_window, 0, m.left.start("verb")))
    return verbs[-1].group() if verbs and _LOWERING_VERB.match(verbs[-1].group()) else verb
_IN_TERMS_OF = re.compile(r"(?i)\b(?:in|on)\s+(?:terms\s+of\s+)?")


def _metric_in_clause(text: str):
    """'3.1 points higher than the baseline in mIoU': the metric named by 'in' in the rest
    of the clause (before any other number or clause break)."""
    clause = _CLAUSE_END.split(text, maxsplit=1)[0][:80]
    for found in _IN_TERMS_OF.finditer(clause):
        named = metric_at(clause, found.end())
        if named:
            return named
    return None


#: A cost that "which is" right before the number stands for: "utilizes 45.51M parameters, which is ".
_COST_THEN_WHICH = LazyPattern(
    rf"\b{COST_NOUNS}\s*(?:\([^()]{{0,20}}\))?,?\s+(?:which|that)\s+(?:is|are|was|were)\s+(?:(?:about|roughly|approximately|only|just|nearly)\s+)?"
    # "..., which is 64% less than GPT-2 (124M) and 69% less than BERT": the list's later members
    r"(?:\d[\d.]*\s*%\s+(?:less|fewer|smaller|lower|more|larger|higher)\s+than\s+[^,;.]{1,40}?,?\s+and\s+)?$",
    regex.VERBOSE)
#: A joiner inside the words between a number and a change word: the change is another phrase's
#: (not "a 5% accuracy and F1 improvement", where two metrics share the change noun).
_JOIN_IN_MID = re.compile(r"(?i)\b(?:and|with|while|whereas|but|or|yet)\b")


def _names_only_metrics(words: str) -> bool:
    """Whether `words` are one vocabulary metric's name and nothing else ("F1", "top-1 accuracy")."""
    words = words.strip()
    found = metrics_in(words)
    return bool(found) and found[0][1] == 0 and found[-1][2] == len(words)


#: "token", "output-token", "reasoning token": what a reasoning model spends, before a cut.
_TOKENS_SPENT = re.compile(r"(?i)(?:(?:output|reasoning|generated|thinking)[\s-]+)?tokens?")
_CUT_WORD = re.compile(r"(?i)(?:relative\s+)?(?:reductions?|savings?|decreases?|cuts?)")
#: "at a 90% token reduction rate": the setting a result is measured at.
_AT_SETTING_BEFORE = re.compile(r"(?i)\b(?:at|under)\s+(?:an?\s+)?$")  # "under an 89% token reduction" (read80)
_RATE_AFTER = re.compile(r"(?i)\s+(?:rates?|ratios?|levels?|budgets?)\b")
#: "a 40% token reduction of the visual input": tokens a model reads, a setting.
_INPUT_TOKENS_AFTER = re.compile(r"(?i)\s+(?:of|in|for)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:visual|image|input|prompt|context|video|vision)\b")


#: A change's comparator given as a baseline's measure: " over a baseline accuracy of".
_OVER_BASELINE = re.compile(r"\s*over\s+(?:an?|the)\s+(?:[\w-]+\s+)?baseline\s+")


#: "At 20% packet loss", "under 30% frame loss": the number opens the setting a result is
#: measured under, a change noun after a word that is no metric.
_SETTING_BEFORE = re.compile(r"\b(?:[Aa]t|[Uu]nder)\s+(?:(?:an?|the)\s+)?$")


#: A preposition and a name between a number and a change word: the number's own setting ends
#: its phrase, and the change word after it is a verb of the clause ("50 F1 on OTT-QA drop").
_BENCHMARK_IN_MID = re.compile(r"\b(?:on|in|at|for)\s+(?:the\s+)?[A-Z][\w.-]*$")


def _members_of(core: str) -> str:
    """A change's object without the scope it is measured over, written after it: "outlet-temperature
    and closure errors across the four topologies" lists "outlet-temperature and closure errors" (read73)."""
    return _PLACE_AT_END.sub("", _SCOPE_AT_END.sub("", core))


#: Where a changed quantity is measured, after it: " across the four topologies", " on both suites".
_PLACE_AT_END = re.compile(r"\s+(?:across|on|over|in)\s+\S.*$")
#: A plural head noun a list of modifiers shares, ending the list: "position and orientation errors".
_SHARED_PLURAL_HEAD = re.compile(r"(?i)\b(?:errors|losses|rates|distances|scores|times|costs|accuracies)\s*$")


#: A system named after "below"/"above": "CNN", "classical CNNs", "the strongest baseline", "the best
#: prior model".
_SYSTEM_AFTER_POSITION = re.compile(
    r"\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){0,2}?(?:[A-Z][\w.-]*[A-Z0-9][\w.-]*s?|baselines?)"
    # a described system: "4.0% above the strongest trained specialist" (read71)
    r"|(?:best|strongest|prior|previous|leading|existing|competing)\s+(?:[\w-]+\s+)?(?:specialists?|models?|methods?|systems?|competitors?"
    r"|results?|approaches|works?))\b")  # "2.8% above previous Adience results" (read76)


#: Before a margin's number, what makes it a tolerance set in advance: "against a 1% margin", "by the
#: preregistered 0.10 margin", "a non-inferiority margin of" (read83).
_AGAINST_BEFORE = re.compile(r"(?i)\b(?:(?:against|versus|vs\.?)\s+(?:an?|the)|pre-?registered|pre-?specified|pre-?defined|non-?inferiority|equivalence)\s+$")


def _percent_change(m: Match):
    """'a 20% improvement', '18.6% FID reduction', '30%+ higher GPT-Balance score',
    '9.6 points above Diffusion Policy'."""
    mention = m.site.mentions[0]
    if mention.sign == "±":
        return None
    if m.right.group("adj").lower().startswith("margin") and _AGAINST_BEFORE.search(m.site.left[-30:]):
        return None  # "trails X by 3.64% against a 1% margin": a tolerance the test sets, no change (read83)
    if (m.right.group("adj").lower() in ("above", "below", "ahead", "behind") and mention.quantity != "points"
            and not (mention.quantity == "percent" and not m.right.group("mid").strip()
                     and _SYSTEM_AFTER_POSITION.match(m.site.right, m.right.end()))):
        # "above 90%" is a bound; "2.1 points above X" a difference, and so is a percentage
        # right before "below CNN", "below classical CNNs" (read68)
        return None
    if m.right.group("adj").lower().startswith("loss") and mention.quantity not in ("percent", "points"):
        return None  # "a 0.35 training loss" is the loss's value; "a 31% accuracy loss" a change (read39)
    if m.right.group("adj").lower().startswith("cost") and not (
            mention.quantity in ("percent", "points")
            and any(name not in COST_METRICS for name, _, _ in metrics_in(m.right.group("mid")))):
        # "a 0.22 percentage-point accuracy cost" is a drop in a quality; "at a 5% cost" names
        # nothing that changed, "saves 40% storage cost" is a cost's share (recall12)
        return None
    after_adj = m.site.right[m.right.end():]
    if _NOT_RESULT_NOUN.match(after_adj) or _SET_AS_GOAL.match(after_adj):
        return None
    mid = m.right.group("mid").strip()
    if _BENCHMARK_IN_MID.search(mid):
        return None  # "models that reach over 50 F1 on OTT-QA drop by ...": the change word is the clause's verb (read61)
    if m.right.group("adj").lower() in _CHANGE_PARTICIPLES and (
            mid or not (metric_at(after_adj) or _quantity_after(m.right.group("adj").lower(), after_adj))):
        return None  # "from 80% improved to 90%": a participle changes only the quantity it goes before
    if (_TOKENS_SPENT.fullmatch(mid) and _CUT_WORD.fullmatch(m.right.group("adj"))
            and not _INPUT_TOKENS_AFTER.match(m.site.right, m.right.end())
            and not _AT_SETTING_BEFORE.search(m.site.left[-12:]) and not _RATE_AFTER.match(m.site.right, m.right.end())):
        # "57-59% token reduction": the tokens a reasoning model spends, its response length
        # (claims-spec: token usage is `response length`; read40), not a count of input tokens
        return drafts(m, "response length", "relative" if mention.quantity == "percent" else _kind(m),
                      "<number> <change>", quantity_named=True)
    if mid.lower() == "of" or mid.lower().startswith("of the "):
        # "drives at least 40% of improvements", "recovers up to 68.1% of the accuracy loss": a
        # share of the gains or of a loss, not a gain
        return None
    own_acronym = bool(mid) and not metrics_in(mid) and bool(_MID_ACRONYM.fullmatch(mid))
    # "a 41% jitter reduction", "a 15% BER reduction": before a change noun, words that are a
    # whole short noun phrase name what changed (recall6: the most frequent change phrasing
    # the pool left unread)
    # (a plain number only before an acronym, "a 6.2 PDMS improvement": "with 10 characters
    # show clear improvements" is a count); a metric named right after the change noun
    # wins ("37% reconstruction improvement under MPJPE")
    mid_quantity = (whole_quantity_name(mid) if mid and _CHANGE_NOUN.fullmatch(m.right.group("adj"))
                    and (mention.quantity == "percent" or own_acronym)
                    and not (metrics_in(mid) or _MID_WORDS.fullmatch(mid)) else UNSPECIFIED)
    if mid_quantity != UNSPECIFIED and _SETTING_BEFORE.search(m.site.left[-20:]):
        return None  # "At 20% packet loss, it achieves ...": the condition a result is measured under (read60)
    metric_after = _METRIC_NAMED_AFTER.match(m.site.right, m.right.end()) if mid_quantity != UNSPECIFIED else None
    named_after = metric_at(m.site.right, metric_after.end()) if metric_after else None
    if named_after:
        mid_quantity = named_after[0]
    if mid and not (metrics_in(mid) or _MID_WORDS.fullmatch(mid) or own_acronym or mid_quantity != UNSPECIFIED
                    or qualifies_only(mid)):
        return None  # "85.1% accuracy with lower latency": the words between are not the change's
    join = _JOIN_IN_MID.search(mid) if mid else None
    if join and not (join.group().lower() in ("and", "or") and _names_only_metrics(mid[join.end():])):
        # "81.1% accuracy and a lower refusal rate", "86.7% accuracy with significantly lower
        # resource consumption": the number's own metric, then a joiner: the change word
        # opens another phrase, of another quantity; the number is a score (<number> <metric>)
        return None
    if m.right.group("adj").lower() in ("more", "less", "fewer", "higher", "lower") and _THAN_NUMBER.match(after_adj):
        return None  # "99.9% success rate across more than 2000 plans": a bound on a count
    if m.right.group("adj").lower() in ("more", "less") and _LIKELY.match(after_adj):
        return None  # "EU websites are 48.3% more likely to ...": a finding about the world, not a system's result
    quantity = _CHANGE_IN.match(after_adj) if not (metrics_in(mid) or mid_quantity != UNSPECIFIED) else None
    adj = m.right.group("adj").lower()
    own_noun = _quantity_after(adj, after_adj) if not (mid or quantity) else None
    if own_noun:
        # "34% lower tracking error", "45% smoother motions": the noun after the comparative
        # names what changed, whatever metric the sentence named before
        metric = own_noun
    elif not quantity and not metrics_in(mid) and _PERFORMANCE_WORD.search(mid):
        metric = "unspecified"  # "a +5.7% average performance gain": the abstract names no metric for it
    elif quantity:
        # "a 38.1% reduction in power consumption": the noun after "in" names what changed,
        # so a metric named earlier in the sentence is not this change's
        # the vocabulary's metric written whole after "in" first: "in mean Intersection over
        # Union", whose "over" ends the noun phrase (read32)
        written = metric_at(after_adj, quantity.start("np"))
        named = [written] if written else metrics_in(quantity.group("np"))
        if not named and _INPUT_QUANTITY.match(quantity.group("np").strip()):
            return None  # "a 31% reduction in convergence steps": steps spent, not a result
        # "4.8% to 14.2% performance improvements in deployed frameworks": a setting, not a quantity
        metric = named[-1][0] if named else UNSPECIFIED if _PERFORMANCE_WORD.search(mid) else quantity_name(quantity.group("np"))
        if not named:
            # "a 46.1% improvement in understanding performance (Micro-F1)": the metric named in
            # brackets after the quantity is what changed (read34)
            metric = _metric_bracketed_after(after_adj[quantity.end("np"):], quantity.group("np")) or metric
    elif mid_quantity != UNSPECIFIED:
        metric = mid_quantity
    elif own_acronym:
        metric = "unspecified"  # "a 28.7% EM@1 improvement": its own metric, one the vocabulary does not know
    elif (over_baseline := _OVER_BASELINE.match(after_adj)) and (named := metric_at(after_adj, over_baseline.end())):
        metric = named[0]  # "a 13% increase over a baseline accuracy of 0.82": the measure the baseline is given in (read53)
    else:
        metric = _metric_near(m, m.right.group("mid"))
    antecedent = (_COST_THEN_WHICH.search(m.site.left, max(0, len(m.site.left) - 80))
                  if adj in ("less", "fewer", "smaller", "lower", "more", "larger", "higher") and not (mid or quantity or own_noun)
                  else None)
    if antecedent:
        # "45.51M parameters, which is 64% less than GPT-2": the cost "which" stands for, whatever
        # metric the sentence names later ("... and a 21.3% higher accuracy") (read36)
        metric = metric_of_cost(antecedent)
    if metric == "unspecified" and not quantity:
        found = metric_at(after_adj) or _metric_in_clause(after_adj)
        metric = found[0] if found else metric
    if (metric == UNSPECIFIED and not (quantity or own_acronym or _PERFORMANCE_WORD.search(mid))
            and mention.quantity in ("percent", "points")):
        # "up to 6% gains over X ..., with an additional 2-5% gain on success rate", "a 12%
        # higher Intersection-over-Union (IoU)": the one quality metric the sentence names
        # after the change is its metric, as `<change> of <number>` reads it
        later = {name for name, _, _ in metrics_in(m.site.right) if name not in COST_METRICS}
        metric = later.pop() if len(later) == 1 else metric
    rate = (_RATE_RIGHT_BEFORE.search(m.site.left[-40:]) if metric == UNSPECIFIED and not mid
            and m.right.group("adj").lower() in ("lower", "higher") else None)
    named_rate = quantity_name(rate.group("np")) if rate and not SETTING_RATE.match(rate.group("np")) else UNSPECIFIED
    if named_rate not in (UNSPECIFIED, "rate"):
        # "with per-query dissatisfaction rates 55% lower on Computer than on Search": a rate the
        # vocabulary does not know, named right before its change, as "error rates 30% lower" is (read52)
        metric, quantity = named_rate, rate
    # (the subject before the verb names the change's quantity over a metric carried from an
    # earlier sentence: "... success-rate gains. ..., its latency is 74% lower than X's", read74)
    subject = (_SUBJECT_WAS_BEFORE.match(m.site.left) if metric in (UNSPECIFIED, m.site.context_metric) and not mid
               and adj in ("lower", "higher", "smaller", "larger", "greater") else None)
    known = metrics_in(subject.group("np")) if subject else None
    if subject and not known and (named := quantity_name(subject.group("np"))) != UNSPECIFIED \
            and not _CHANGE_HEAD.search(named):  # "the mean change is 0.013 higher": no quantity named (read74)
        # "Delivered-command variation was 88.8% lower": the sentence's subject is what changed (read66)
        metric, quantity = named, subject
    elif known and known[-1][2] == len(subject.group("np")):
        metric = known[-1][0]  # "The memory footprint was 37% lower": a vocabulary metric ending the subject (read67)
    if m.right.group("adj").lower() in ("more", "less") and _ACCURATE.match(after_adj):
        metric = "accuracy"  # "3.2% more accurate"
    efficiency = _efficiency_named(after_adj) if m.right.group("adj").lower() == "more" else None
    if efficiency:
        metric = efficiency  # "12% more FLOPs-efficient"
    text_noun = (_TEXT_AFTER.match(after_adj) or _TEXT_BEFORE.search(m.site.left[-40:])
                 if m.right.group("adj").lower() in ("longer", "shorter") else None)
    if m.right.group("adj").lower() in ("longer", "shorter") and _PATH_AFTER.match(after_adj):
        metric = "path length"  # "5% shorter paths", "10% shorter trajectories": a length, not a time (recall11)
    elif text_noun:
        # "prompts 47% shorter", "20.8% shorter reasoning traces": the length of a text, not a time (read79)
        metric = "prompt length" if text_noun.group("noun").lower().startswith("prompt") else "response length"
    elif m.right.group("adj").lower() in ("longer", "shorter", "slower"):
        metric = "latency"  # "about 30% longer than ReAct"
    if metric in ("wall-clock", "wall clock"):
        # "consistent 10-50% wall-clock improvements over AdamW in time-to-perplexity": the wall-clock
        # time of a training run, else of producing an output, as "reduces wall-clock time" reads (read45)
        metric = "training time" if TRAINING_RUN.search(m.site.sentence) else "latency"
    if m.right.group("adj").lower() == "fewer" and not metric_at(after_adj):
        counted = _work_units_after(after_adj)
        if counted is None:
            return None  # "90% fewer anchors": a count the method spends less of, not a result
        metric, quantity = counted  # "99.7% fewer queries than naive probing": `query count` (claims-spec; read80)
    if mention.quantity == "plain" and metric == "unspecified":
        return None  # "3 fewer ..." without a metric is a count
    # ("a 10-14% improvement in segmentation performance": the generic result names no quantity,
    # its % an `unspecified` gain in points, as "by 2.9% in performance" is: the spec)
    generic = quantity is not None and metric == UNSPECIFIED and bool(_GENERIC_RESULT_HEAD.search(quantity.group("np")))
    out = drafts(m, metric, _kind(m), "<number> <change>",
                 quantity_named=bool((quantity and not generic) or own_noun or mid_quantity != UNSPECIFIED or efficiency))
    _pair(out, metrics_listed_in(after_adj, len(out)))  # "a 12% and 18% reduction in LPIPS and FID"
    each = _quantities_listed_in(after_adj) if quantity and len(out) == 1 else None
    if each:
        # "about 2% improvements in OA, AA, and Kappa", "a 4% gain in precision and recall": one
        # number said of several quantities is a claim for each (the spec; read33)
        out = [draft for name in each for draft in drafts(m, name, _kind(m), "<number> <change>", quantity_named=True)]
    return out


#: A member of a list of quantities: one to three words, none a clause word.
_LISTED_QUANTITY = (r"(?!(?:and|or)\b)[A-Za-z][\w@+-]*(?:\s+(?!(?:and|or|on|in|of|over|with|compared|for|at|across|than|while"
                    r"|when|by|from|to|under|versus|vs|respectively)\b)[A-Za-z][\w@+-]*){0,2}")
#: The list after "in" of a change said of several quantities: "in OA, AA, and Kappa", "in
#: precision and recall on COCO" (the last member joined by "and").
_IN_LIST = LazyPattern(
    rf"\s+in\s+(?:the\s+)?(?P<list>{_LISTED_QUANTITY}(?:\s*,\s*{_LISTED_QUANTITY}){{0,2}}\s*,?\s+and\s+{_LISTED_QUANTITY})(?![\w-])")


def _quantities_listed_in(text: str) -> list[str] | None:
    """The metric of each member of a list of two to four quantities after "in", each named
    by the vocabulary or as an acronym (`member_metrics`); None for one quantity, or when a
    member names none ("in power consumption and cost")."""
    found = _IN_LIST.match(text)
    if found is None:
        return None
    members = list_members(found.group("list"))
    names = member_metrics(found.group("list"), len(members))
    if not names or UNSPECIFIED in names or len(set(names)) != len(names):
        return None
    if not all(_names_whole(member) for member in members):
        return None  # "in learning time and improves task accuracy": a clause, not a second quantity
    return names


def _names_whole(member: str) -> bool:
    """Whether a list member is a metric's name and nothing else ("macro-F1", "Kappa"), or an
    acronym the vocabulary does not know ("AA")."""
    found = metrics_in(member)
    return bool(found and found[-1][1] == 0 and found[-1][2] == len(member)) or bool(CAPITALS_ACRONYM.fullmatch(member))


#: A text a model reads or writes, after "shorter"/"longer" or as the subject before the number:
#: "shorter reasoning traces", "prompts 47% shorter".
_TEXT_NOUN = r"(?P<noun>prompts?|responses?|outputs?|answers?|completions?|(?:reasoning\s+)?(?:traces?|chains?))"
_TEXT_AFTER = re.compile(rf"(?i)\s+(?:generated\s+|final\s+)?{_TEXT_NOUN}\b")
_TEXT_BEFORE = re.compile(rf"(?i)\b{_TEXT_NOUN}\s+(?:(?:are|were|is|was|become|became)\s+)?(?:(?:about|up\s+to|nearly)\s+|~\s*)?$")
#: A path after "shorter"/"longer": "shorter paths", "shorter planned trajectories".
_PATH_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+)?(?:paths?|path\s+lengths?|trajector(?:y|ies)|routes?|detours?)\b")
#: Comparatives whose quantity is the adjective's own noun: "45% smoother motions" is smoothness.
_QUALITY_OF_ADJECTIVE = {"smoother": "smoothness", "steadier": "steadiness", "stiffer": "stiffness", "stronger": "strength"}
#: Comparatives after which the noun phrase is the quantity that changed ("27% lower position error").
_COMPARATIVES = (frozenset({"higher", "lower", "better", "worse", "less", "more", "greater", "smaller", "larger"})
                 | frozenset(_QUALITY_OF_ADJECTIVE) | frozenset(_CHANGE_PARTICIPLES))
#: The noun phrase right after a comparative, up to a clause break or a comparison.
_QUALIFIED_ERROR_AFTER = re.compile(r"(?i)[a-z][\w-]*\s+errors?\b")
_NOUN_PHRASE_AFTER = re.compile(r"\s*(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4})")
#: More members of a list after a metric: "precision, recall, and F1", "precision and recall".
_LIST_GOES_ON = re.compile(r"\s*(?:,|/|&|and\b|or\b)")
#: One or two words in lower case that qualify the noun after them ("certified robust"), no
#: function word among them.
_QUALIFIERS = re.compile(r"(?:(?!(?:of|on|in|for|to|at|by|with|than|and|or|the|a|an|its|their|our)\s)[a-z][a-z-]*\s+){1,2}")


def _quantity_after(adj: str, after_adj: str) -> str | None:
    """The quantity named right after a comparative ('27% lower position error' ->
    'position error'; '45% smoother motions' -> 'smoothness'), when the vocabulary names
    none there and the words are a short noun phrase (quantities.quantity_name)."""
    if adj in _QUALITY_OF_ADJECTIVE:
        return _QUALITY_OF_ADJECTIVE[adj]
    if adj not in _COMPARATIVES or metric_at(after_adj):
        return None
    phrase = _NOUN_PHRASE_AFTER.match(after_adj)
    if phrase is None:
        return None
    named = metrics_in(phrase.group("np"))
    if named and not _QUALIFIED_ERROR_AFTER.match(phrase.group("np")):
        if len(named) == 1 and _QUALIFIERS.fullmatch(phrase.group("np")[:named[0][1]]) \
                and not _LIST_GOES_ON.match(after_adj, phrase.start("np") + named[0][2]):
            return named[0][0]  # "1.7x higher certified robust accuracy": the vocabulary's metric, qualified (read51)
        return None  # "higher detection precision, recall, and F1": the vocabulary's metrics, read as before
    name = quantity_name(phrase.group("np"))
    return None if name == UNSPECIFIED else name


#: The noun phrase after "fewer", up to a comparison or a clause break: "tool calls than ReAct".
_FEWER_NOUNS = re.compile(r"\s*(?P<np>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?=\s+(?:than|per|on|in|while|and|at|across|to)\b|\s*[,;.)]|\s*$)")


def _work_units_after(after_fewer: str) -> tuple[str, re.Match] | None:
    """The count of work units a system spends that "N% fewer" is said of ("fewer queries",
    "fewer tool calls": `query count`, `call count`, the spec's count of work units), or None:
    not steps, iterations or tokens, which the spec leaves ("N% fewer steps"), nor any other
    noun ("fewer anchors")."""
    phrase = _FEWER_NOUNS.match(after_fewer)
    if phrase is None or _INPUT_QUANTITY.match(phrase.group("np")):
        return None
    name = quantity_name(phrase.group("np"))
    return (name, phrase) if name.endswith(" count") else None


#: The data split a loss is measured on, just before "loss" ("a training loss of 2.41").
_SPLIT_BEFORE_LOSS = re.compile(r"(?i)\b(training|validation|test|evaluation)\s+$")


#: An acronym alone in brackets ("(FD-RadDino)"), a metric the vocabulary may not know.
_BRACKETED_ACRONYM = re.compile(rf"\(\s*(?P<name>{UNKNOWN_ACRONYM})\s*\)")
#: A generic quality a bracketed acronym after it may name ("generation quality (FD-RadDino)").
_GENERIC_QUALITY = re.compile(r"(?i)\b(?:performance|quality|accuracy|results?)$")


def _metric_bracketed_after(text: str, np: str) -> str | None:
    """The metric named alone in brackets at the start of `text`, after the noun phrase `np`
    of a change ("in retrieval performance (Recall@10)"): a metric the vocabulary knows, or an
    acronym after a generic quality ("generation quality (FD-RadDino)")."""
    known = metric_in_brackets(text)
    if known:
        return known
    acronym = _BRACKETED_ACRONYM.match(text.lstrip())
    return acronym.group("name") if acronym and _GENERIC_QUALITY.search(np.strip()) else None


def _change_of(m: Match):
    """'an approximate improvement of 20%', 'a gain of 2.1 points in accuracy', 'a mean
    improvement of 3.2x' (a factor only after a noun of gain: read80)."""
    if m.site.mentions[0].sign == "±":
        return None
    if m.site.mentions[0].quantity == "ratio" and (not _GAIN_NOUN_OF.search(m.left.group(0)) or any(
            name in COST_METRICS for name, _, _ in metrics_in(m.site.right[:60]))):
        # "a gap of 2x", "a reduction of 4x in memory", "an improvement of 3x over PyTorch in
        # decoding latency": no gain of a result (the cost rules read a cost's factor)
        return None
    if m.left.group(0).rstrip().endswith("between") and (len(m.site.mentions) != 1 or m.site.mentions[0].value_max is None):
        return None  # "the gap between 85% and 81%": two levels compared, no range of changes (read44)
    if in_metric_slot(m.site.left):
        # "an F1 score of 0.82, hamming loss of 0.04": in a list of "<metric> of <value>", the
        # member's own words name its quantity, though they end in a change noun
        own = own_quantity(m.site.left, m.site.right)
        if own and " " in own:  # "a loss of 2%" alone is a change still
            return drafts(m, own, "score", "<metric> of <number>, listed", quantity_named=not metrics_in(own))
    before = m.left.group("before") or ""
    split = _SPLIT_BEFORE_LOSS.search(before)
    if split and m.left.group(0)[len(before):].lower().startswith("loss") and not m.site.mentions[0].sign:
        # "a training loss of 2.41": a loss named by its data split is the quantity reached,
        # not a change ("a loss of 3%"): the loss the split names (read34)
        return drafts(m, f"{split.group(1).lower()} loss", "score", "<split> loss of <number>", quantity_named=True)
    named = metrics_in(m.left.group(0))
    if named and named[-1][2] > len(before) and _OF_OR_BY.match(m.left.group(0)[named[-1][2]:]):
        # "a log loss of 0.43": the noun is part of a metric's name (a metric that ends before
        # the change noun is another claim's: "an accuracy of 90.7%, an absolute gain of 5.2 points")
        return None
    found = _metrics_in_window(m.left, before)
    quantity = _CHANGE_IN.match(m.site.right)
    if quantity:
        # "reductions of 24% in translation error": the noun after "in" names what changed
        named = metrics_in(quantity.group("np"))
        metric = named[-1][0] if named else quantity_name(quantity.group("np"))
        if not named and _THIRD_MEMBER_AFTER.match(m.site.right, quantity.end()):
            # "relative improvements of up to +25% in literature search, intent detection, and
            # key-point matching": a list of tasks names where the change is, not a quantity (read40)
            quantity, metric = None, UNSPECIFIED
    else:
        metric = metric_in_brackets(m.site.right[:60]) or (found[-1][0] if found else None)
        if metric is None and not _metric_after_change(m.site.right) \
                and _SINGULAR_CHANGE_OF.match(m.left.group(0), len(before)):
            # "energy efficiency improvements of up to 32%", "with bitrate savings of 43%": a
            # plural change noun has no article, so the words before it count only after a verb
            # or "with" that opens the object (recall11)
            plural = _PLURAL_CHANGE_OF.match(m.left.group(0), len(before))
            noun = (_NOUN_BEFORE_PLURAL_CHANGE if plural else _NOUN_BEFORE_CHANGE).search(before) \
                or _COORDINATED_NOUN_BEFORE_CHANGE.search(m.left.string, max(0, m.left.start() - 60), m.left.start() + len(before))
            if noun and _SETTING_BEFORE_CHANGE.search(noun.group("np")):
                return None  # "at a token reduction of 75%", "a learning-rate decrease of 10%": a setting
            named_before = _quantity_before_change(noun.group("np")) if noun else UNSPECIFIED
            if named_before != UNSPECIFIED:
                # "an average QPS increase of 37%", "a jitter reduction of 41%": the noun before
                # the change names what changed (recall7), as in "a 41% jitter reduction"
                quantity, metric = noun, named_before
        if metric is None:
            metric = _metric_near(m)
    if (not quantity and metric == m.site.context_metric and not metrics_in(m.site.sentence)
            and not _OVER.match(m.site.right)):
        # "..., yielding an average improvement of 6.4% on long-video benchmarks": the metric of
        # an earlier sentence does not carry to a change said without a metric or a comparator
        metric = "unspecified"
    if metric == "unspecified" and not quantity:
        # "outperforms X with a gap of 0.048 ... (4.39 vs 4.44 in MOS)": the one metric said later
        later = {name for name, _, _ in metrics_in(m.site.right) if name not in COST_METRICS}
        metric = later.pop() if len(later) == 1 else metric
    if metric in COST_METRICS:
        return None
    out = drafts(m, metric, _kind(m), "<change> of <number>", quantity_named=bool(quantity))
    _pair(out, metrics_listed_in(m.site.right, len(out)))  # "improvements of 11%, 22% and 74% in PSNR, LPIPS and FID"
    if not quantity and 1 < len(out) <= len(found):
        # "PSNR/SSIM gains of +0.52/+0.013": a list of metrics before the change noun, one per
        # number, in order, as "PSNR/SSIM of 32.1/0.91" reads (read47)
        _pair(out, _listed_metrics_ending(before, found, len(out)))
    if not quantity and len(out) > 1 and len({draft.metric for draft in out}) == 1:
        # "achieved a MOTA of 0.734 and an IDF1 of 0.729, corresponding to relative improvements
        # of 14.2 percent and 5.8 percent over X": as many changes as scores before, in their order
        _pair(out, _metrics_scored_before(m.site.left, len(out)))
    each = _quantities_listed_in(m.site.right) if quantity and len(out) == 1 else None
    if each:  # "gains of 3% in precision and recall": a claim for each (read33)
        out = [draft for name in each for draft in drafts(m, name, _kind(m), "<change> of <number>", quantity_named=True)]
    name_bracketed_metrics(out, m.site)
    return out


#: A noun of gain before "of" and a factor: "a mean improvement of 3.2x".
_GAIN_NOUN_OF = re.compile(r"(?i)\b(?:improvements?|gains?|increases?|boosts?|enhancements?|uplifts?)\s+of\b")


#: A metric's value right after its name: "a MOTA of 0.734", "IDF1 = 0.729".
_VALUE_AFTER_METRIC = re.compile(r"\s*(?:of|=|:)\s*[-+]?\d")


def _metrics_scored_before(left: str, count: int) -> list[str] | None:
    """The metrics of the clause before a list of changes when it gives exactly `count`
    different metrics each with its value ("a MOTA of 0.734 and an IDF1 of 0.729, ...")."""
    clause = left[left.rfind(";") + 1:]
    scored = [name for name, _, end in metrics_in(clause) if _VALUE_AFTER_METRIC.match(clause, end)]
    return scored if len(scored) == count and len(set(scored)) == count else None


def _listed_metrics_ending(before: str, found: list[tuple[str, int, int]], count: int) -> list[str] | None:
    """The last `count` metrics of `before` when they are one list ("PSNR/SSIM", "PSNR and SSIM")
    and only a word or two (the change's adjective: "mean", "absolute") stand between the last
    and the change noun."""
    first, last = found[-count], found[-1]
    if len(before[last[2]:].split()) > 2:
        return None
    names = metric_list_at(before, first[1])
    return names if len(names) == count else None


#: "an average QPS " before "increase of": the words after the article of a singular change
#: noun, up to three ("Our model achieves improvements of": a verb, a plural, no quantity).
_NOUN_BEFORE_CHANGE = re.compile(r"(?i)\b(?:an?|the|its|their)\s+(?P<np>(?:[\w-]+\s+){1,3})$")
#: The second of two changes joined by "and", its article elided: "an average success rate
#: improvement of 23% and average execution efficiency improvement of 29%" (read46).
_COORDINATED_NOUN_BEFORE_CHANGE = re.compile(
    rf"(?i)\b(?:{'|'.join(CHANGE_NOUNS)})s?\s+of\s+[^,;]{{0,12}}?\d[\d.]*\s*(?:%|\\%|points?)?\s+and\s+"
    r"(?P<np>(?:[\w-]+\s+){1,3})$")
_SINGULAR_CHANGE_OF = re.compile(rf"(?i)(?:{'|'.join(CHANGE_NOUNS)})s?\s+(?:of|by|up\s+to|exceeding|more\s+than|as\s+(?:much|high)\s+as)\b")
_PLURAL_CHANGE_OF = re.compile(rf"(?i)(?:{'|'.join(CHANGE_NOUNS)})s\s+(?:of|by|up\s+to|exceeding|more\s+than|as\s+(?:much|high)\s+as)\b")
_NOUN_BEFORE_PLURAL_CHANGE = re.compile(
    r"(?i)\b(?:with|achiev(?:es?|ed|ing)|show(?:s|ed|ing)?|demonstrat(?:es?|ed|ing)|yield(?:s|ed|ing)?|deliver(?:s|ed|ing)?|"
    r"bring(?:s|ing)?|brought|provid(?:es?|ed|ing)|obtain(?:s|ed|ing)?|report(?:s|ed|ing)?|offer(?:s|ed|ing)?|and)\s+"
    # an aggregate and "relative" may come first: "achieves median relative concealment improvements of" (read33)
    r"(?P<np>(?:(?:median|mean|average|overall)\s+)?(?:relative\s+)?(?:[\w-]+\s+){1,2})$")
#: Settings and inputs whose change the authors make: no result.
_SETTING_BEFORE_CHANGE = re.compile(
    r"(?i)\b(?:tokens?|steps?|learning[- ]rates?|batch(?:[- ]size)?|epochs?|iterations?|samples?|data|parameters?|layers?|"
    r"resolution|temperature|dropout|sparsity|pruning|compression)\b")
#: One-word adjectives before a change noun ("a significant improvement of"): no quantity.
_ADJECTIVE_BEFORE_CHANGE = re.compile(
    r"(?i)[a-z]+(?:al|ant|ent|ous|ive|ic|able|ible|ed|ful|less|ly|est|ate)|large|small|huge|great|clear|slight|modest|big|"
    r"high|low|strong|further|additional|extra|major|minor|good|solid|nice|steady")


_AGGREGATES = frozenset({"average", "overall", "mean", "total", "relative", "absolute", "median", "maximum", "minimum"})


def _quantity_before_change(np: str) -> str:
    """The quantity the words before a change noun name ('average QPS' -> QPS, 'jitter'), or
    'unspecified' for an adjective ('significant'), a generic result ('performance') or a
    phrase the naming rule would cut (quantities.whole_quantity_name)."""
    words = np.split()
    if (_ADJECTIVE_BEFORE_CHANGE.fullmatch(words[-1]) and not words[-1].lower().endswith("rate")) \
            or words[-1].lower() in _AGGREGATES:  # "bitrate", "framerate" end like an adjective in -ate
        return UNSPECIFIED  # "a significant improvement", "a significant average improvement"
    return whole_quantity_name(np)


#: "at" right after a change's number and its unit: "+3.4 pp at ".
_AT_METRIC_AFTER = re.compile(r"\s*(?:pp|p\.p\.|points?|pts)?\s+at\s+")


def _signed(m: Match):
    """'(+4.2 AP)', '+2.1 mIoU', '(-0.4)' after a score."""
    mention = m.site.mentions[0]
    if mention.sign not in ("+", "-"):
        return None
    if _AT_SETTING_BEFORE.search(m.site.left[-12:]):
        return None  # "robust even at -10 dB SNR": the condition the result is measured at (read47)
    found = metric_at(m.site.right)
    if not found and (qualified := _WORD_BEFORE_ACRONYM.match(m.site.right)) and \
            qualified.group("word").lower() not in _NOT_QUALIFIERS:
        # "+32% Match F1", "+4.1 Span F1": a word of the task's own before a metric written as an
        # acronym qualifies it; the acronym names the metric (read44)
        found = metric_at(m.site.right, qualified.end())
        if found and not found[1].group().isupper():
            found = None
    if not found and mention.quantity == "percent" and m.site.left.rstrip().endswith("(") \
            and (named := _QUANTITY_CLOSES_BRACKET.match(m.site.right)):
        # "reduces hazardous actions (-36.8% risk occurrence)": a signed change in brackets before
        # the quantity it changes, a short noun phrase that closes the bracket (read61)
        quantity = quantity_name(named.group("np"))
        if quantity != UNSPECIFIED and not metrics_in(named.group("np")):
            return drafts(m, quantity, _kind(m), "<signed number> <metric>", quantity_named=True)
    at_metric = _AT_METRIC_AFTER.match(m.site.right) if not found else None
    if at_metric:
        # "(+3.4 pp at pass@16)", "(+4.2 pp at pass@1 at 4B)": the metric the change is measured
        # at, named after it (read66)
        found = metric_at(m.site.right, at_metric.end())
    decibels = _DECIBELS_AFTER.match(m.site.right) if not found else None
    if decibels:
        # "+2.9 dB PSNR": the unit, then the metric measured in it (read37)
        found = metric_at(m.site.right, decibels.end())
    over = _OVER.match(m.site.right)
    if over and not found and _EARLIER_CHANGE_OVER.search(m.site.left[-120:]):
        # "boosts motion score by +7.3% over the teacher and +13.3% over DMD": a later member
        # of a list of changes, each against its own system; the first member's quantity is
        # its own (the pipeline's elision), not a metric said before the list (review35)
        return None
    bracketed = bracket_label(m.site.left) if not found and m.site.left.rstrip().endswith("(") else None
    if not found and bracketed is None and m.site.left.rstrip().endswith(":") and "(" in m.site.left:
        # "robust under disturbances (parameter uncertainty: +19.2%, no disturbance: +16.6%)": a
        # label keyed to the value inside the brackets reads as a label before them does
        bracketed = keyed_label(m.site.left)
        opened = m.site.left.rfind("(")
        if bracketed and not (_RESULT_BEFORE_KEYS.search(m.site.left, 0, opened) or metrics_in(m.site.left[:opened])):
            bracketed = None  # "vary the noise level (baseline: +0.5, strong: +2.0)": settings, not results
    condition = None
    if found:
        metric = found[0]
    elif bracketed and bracketed[0] == "quantity":
        # "in terms of average Chamfer Distance (-23.5%)", "a reduction in solve times (-2.5%)": a
        # change in brackets right after a metric or a named quantity is that quantity's, whichever
        # its sign (claims-spec, "A value in brackets after a label is that label's value")
        metric = bracketed[1]
    elif bracketed:
        # "gains in action classification (+2.7%)": the sentence's metric, measured on the label
        metric = quality_metric_before(m.site.left) or m.site.context_metric or "unspecified"
        condition = bracketed[1]
    elif mention.sign == "+" and ((listed := _GAIN_LIST_BEFORE.search(m.site.left[-120:])) or _GAINS_BEFORE.search(m.site.left[-16:])):
        # "substantial gains: +8.6% on long-horizon tasks, +22.0% in ...", "improvements across
        # all tasks: TASK1 +33.6%, TASK2 +30.6%", "(7B) gains +6.8 points": a gain in a list a
        # change noun opens, or right after "gains" (recall15); the metric said before, if any
        # (before the list's colon, for every member: read36)
        lead = m.site.left.rfind(":") if listed else len(m.site.left)
        metric = quality_metric_before(m.site.left[:lead], within=120) or "unspecified"
    elif (after := named_after_bracket(m.site.left, m.site.right)) is not None:
        # "achieves 45.2 (+3.1) mAP", "88.9% (+29.9% to human expert) end-to-end success": a
        # change in brackets between a score and its metric is that metric's (read63)
        metric = after
    elif (m.site.left.rstrip().endswith("(") and mention.sign == "+") or over:
        # "(+4.2)" after a score; "+0.9% over Swin-T"
        # a gain in brackets is a quality's: "... and 29% lower latency, with gains on short
        # actions (+4.2%)" is not a latency change
        metric = (quality_metric_before(m.site.left) or last_metric(m.site.left[-80:])
                  or m.site.context_metric or "unspecified")
    elif m.site.left.rstrip().endswith("(") and (named := _metric_ending_at_bracket(m.site.left)):
        # "in terms of average Chamfer Distance (-23.5%) and F-score (+7.1%)": a change in
        # brackets right after a metric's name is that metric's, whichever its sign (recall20)
        metric = named
    else:
        return None
    baselines = names_in_phrase(over.group("phrase")) if over else None
    return drafts(m, metric, _kind(m), "<signed number> <metric>", baselines=baselines or None, condition=condition,
                  quantity_named=bool(bracketed) and bracketed[0] == "quantity" and not metrics_in(bracketed[1]))


#: A short lower-case noun phrase that closes a bracket: "% risk occurrence)".
_QUANTITY_CLOSES_BRACKET = re.compile(r"\s*(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s*\)")
#: One word, then a capital: "Match F1" (see `_signed`).
_WORD_BEFORE_ACRONYM = re.compile(r"\s*%?\s*(?P<word>[A-Za-z]{3,})\s+(?=[A-Z]{2}|[A-Z][a-z]?\d)")
#: Words before a metric that are no qualifier of it: a comparison, a preposition, a verb.
_NOT_QUALIFIERS = frozenset({
    "over", "than", "versus", "compared", "relative", "with", "without", "for", "from", "and", "the", "our",
    "their", "its", "against", "across", "under", "above", "below", "while", "whereas", "where", "when",
    "which", "that", "gain", "gains", "improvement", "improvements", "increase", "boost", "points", "point",
})


#: A result or a change said before a bracket of keyed values: what makes them results.
_RESULT_BEFORE_KEYS = re.compile(
    r"(?i)\b(?:improv\w*|gains?|outperform\w*|surpass\w*|better|worse|performance|robust\w*|higher|lower"
    r"|increas\w*|decreas\w*|reduc\w*|boost\w*|drops?|dropped)\b")


def _metric_ending_at_bracket(left: str) -> str | None:
    """The vocabulary metric whose name ends right before the bracket that ends `left`."""
    text = left.rstrip()[:-1].rstrip()
    found = metrics_in(text[-60:])
    return found[-1][0] if found and found[-1][2] == len(text[-60:]) else None


#: The member before a later one in a list of changes against systems: "by +7.3% over the teacher and ".
_EARLIER_CHANGE_OVER = re.compile(
    r"(?i)\bby\s+[+]?\d[\d.,]*\s*(?:%|\\%|points?|pp)?\s+(?:over|than|compared\s+(?:to|with)|relative\s+to)\s+[^,;()]{1,60}?(?:,\s*(?:and\s+)?|\s+and\s+)$")
#: A list of gains a change noun opens with a colon, the number inside it: "gains: +8.6% on ...,".
_GAIN_LIST_BEFORE = re.compile(r"(?i)\b(?:gains?|improvements?|increases?|boosts?|uplifts?)\b[^;.:\d]{0,40}:[^;:]{0,80}$")
#: "gains +6.8 points", "achieves +22.7 pp in disease classification" (read37): the verb right
#: before the signed number.
_GAINS_BEFORE = re.compile(r"(?i)\b(?:gain(?:s|ed)?|achiev(?:es|ed|ing)|yield(?:s|ed|ing)?|deliver(?:s|ed|ing)?|obtain(?:s|ed|ing)?)\s*$")
_OVER = re.compile(r"\s*(?:points?\s+)?(?:over|than|compared\s+(?:to|with)|vs\.?|versus|relative\s+to)\s+(?P<phrase>[^,;.()]{1,50})")


def _cost_of_metric(m: Match):
    """'loses 0.6 points of average accuracy', 'costs just 0.9 points of accuracy'."""
    if m.site.mentions[0].sign == "±":
        return None
    found = metric_at(m.site.right, m.right.end())
    if not found:
        # "losing 14--48% of comprehensiveness": a share of a named quality lost (read39)
        quality = _QUALITY_LOST.match(m.site.right, m.right.end()) if m.site.mentions[0].quantity == "percent" else None
        named = quantity_name(quality.group("np")) if quality else UNSPECIFIED
        if named == UNSPECIFIED:
            return None
        return drafts(m, named, "relative", "<verb> <number> of <metric>", quantity_named=True)
    return drafts(m, found[0], _kind(m), "<verb> <number> of <metric>")


#: A named quality right after "of", the whole phrase: "of comprehensiveness in pairwise evaluation".
_QUALITY_LOST = re.compile(rf"(?P<np>{QUALITY_PHRASE})(?=\s*(?:[,;.()]|$|\s(?:in|on|for|under|with|across|when|while|and|compared|than|over)\b))")


#: Words before a kept quality that say whose it is, not what it is (see `_share_kept`'s pattern).
_REFERENCE_QUALIFIERS = ("original", "full", "fully", "dense", "uncompressed", "unpruned", "teacher", "teacher's",
                         "baseline", "reference", "oracle", "supervised", "upper-bound", "average", "overall",
                         "full-precision", "native")
_REFERENCE_WORDS = frozenset({"of", "the", "its", "their", *_REFERENCE_QUALIFIERS})


#: The verbs of `KEEP_VERB` that say a level reached, not one kept: a share of a reference only with "of".
_REACHING_VERB = re.compile(r"(?i)\b(?:achiev|reach|attain|match)\w*")
_REFERENCE_WORD_AT = re.compile(rf"\s*{REFERENCE_WORD_BEFORE_RESULT}")


#: The reference a share in brackets is of: "(86.9% of the 8B teacher)", "(94% of the oracle)".
_REFERENCE_SYSTEM = r"(?:teachers?|oracles?|upper[\s-]bounds?|(?:full|dense|original|uncompressed|full-precision|reference)[\s-]models?)"


def _bracketed_share(m: Match):
    """'attains 61.74 average NDCG@5 on ViDoRe (86.9% of the 8B teacher)': the score given again
    as a share of a reference system's, a `relative` claim in the score's metric, as 'retains
    86.9% of the teacher's NDCG@5' is (read84). Only where the score's metric is named right
    after it, before what it was measured on."""
    before = m.site.left
    clause = before[max(before.rfind(";"), before.rfind(":")) + 1:]
    named = metrics_in(clause)
    if not named or not SCORE_RIGHT_BEFORE.search(clause[:named[-1][1]]):
        return None
    return drafts(m, named[-1][0], "relative", "<score> (<number> of <reference>)")


def _share_kept(m: Match):
    """'retains 98.1% of the performance of the dense model', 'achieves 83% of fully
    supervised accuracy': a share of a reference system's quality, a `relative` claim
    (the real set labels 'retaining 98.1% ... of the performance' so), with the metric
    the phrase names, else `unspecified`. A bound on the share ('keeps ≥ 99% of full-attention
    accuracy', 'at least') is a bound on a change, a claim at the bound (the spec), unlike a
    bound on a score."""
    if m.site.mentions[0].sign == "±":
        return None
    if _REACHING_VERB.search(m.left.group(0)) and _REFERENCE_WORD_AT.match(m.right.group(0)):
        # "achieves 80.51% native mean client accuracy": a level the system reaches in its own
        # setting; only a verb of keeping makes "native" a reference whose share is kept (read77)
        return None
    quality = m.right.group("quality")
    if quality in ("quality", "efficiency", "utility"):
        # "preserving 99.4% of baseline quality" (a quality unnamed), "achieving 97.3% of
        # FlashAttention-2's efficiency", "maintaining 81% of background traffic efficiency": the
        # efficiency as its words name it, the reference's words left out (read44); an unlearned
        # model's utility the same way ("preserves 87-98% of model utility": `model utility`, read82)
        words = [w for w in m.right.group(0).split()[:-1] if w.islower() and w not in _REFERENCE_WORDS]
        named = (" ".join([*words, quality]),) if quality != "quality" else None
    elif quality in ("scores", "capabilities", "capability"):
        if not any(word in _REFERENCE_QUALIFIERS for word in m.right.group(0).lower().split()):
            return None  # "keeps 40% of the scores": a share of items, no reference's result kept
        named = None  # "retaining 93.66% to 97.52% of the original task scores": the reference's generic result
    elif quality.startswith(("return", "reward")):
        named = (quality.rstrip("s"),)  # "retaining 97% of the unfiltered return": the agent's return (read80)
    else:
        named = metric_at(quality) if quality[:1] != "p" or quality.lower() != "performance" else None
    metric = named[0] if named else "unspecified"
    owner = m.right.group("owner")
    # the system whose quality it is, named in the possessive ("of FlashAttention-2's efficiency"), is the reference
    return drafts(m, metric, "relative", "<keeps> <number> of <quality>", baselines=[owner] if owner else None)


def _change_list_in(m: Match):
    """'achieves substantial gains: >6.0% in IPV and CTR, >2.9% in orders': a list of changes
    after a colon, each in the quantity named after 'in'; one number said of two quantities
    ('in IPV and CTR') is a claim for each, as 'a 1.5x speedup and memory reduction' is."""
    if m.site.mentions[0].sign == "±" or len(m.site.mentions) != 1:
        return None
    phrase = m.right.group("np")
    members = [member for member in _QUANTITY_LIST.split(phrase) if member]
    names = [quantity_name(member) for member in members] if 1 < len(members) <= 3 else [quantity_name(phrase)]
    if UNSPECIFIED in names:
        return None
    out = []
    for name in names:
        out += drafts(m, name, _kind(m), "<change>: <number> in <quantity>", quantity_named=not metrics_in(name))
    return out


_QUANTITY_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\b)\s*")


def _change_then_bound(m: Match):
    """'a significant improvement in exploration efficiency (up to 20%)', 'boosts the
    performance of small models (up to 33%)', 'outperforms baselines (up to 6x)': the size of
    a change said before it, as a bound in brackets, a claim at the bound (the spec)."""
    if m.site.mentions[0].sign or len(m.site.mentions) != 1 or COUNT_OF.search(m.left.group("mid")):
        return None  # "reduces the number of primitives (up to 30%)": a count
    if _REACHES_LEVEL.search(m.site.left_window[:m.left.start("verb")]):
        return None  # "agents can reach higher success rates (up to 94%)": the level reached, a score
    if _LEVEL_VERB_IN_MID.search(m.left.group("mid")):
        return None  # "outperforms recent techniques, achieving high accuracy (up to 98.87%)": the level reached (read36)
    mid = _IN_TERMS_OF.sub(" ", m.left.group("mid"), count=1)
    named = metrics_in(mid)
    if named:
        metric = named[-1][0]
    elif _names_a_quantity(m.left.group("verb"), mid) and not _PERFORMANCE_WORD.search(mid):
        metric = quantity_name(_OF_PHRASE.split(mid)[0])  # "improvement in exploration efficiency": named
    else:
        metric = UNSPECIFIED  # "boosts the performance of small models", "outperforms baselines"
    if metric in COST_METRICS:
        return None  # costs have their own rules
    baselines = names_in_phrase(mid) if _COMPARE_VERB.match(m.left.group("verb")) and mid.strip() else None
    kind = "ratio" if m.site.mentions[0].quantity == "ratio" else _kind(m)
    return drafts(m, metric, kind, "<change> X (up to <number>)", baselines=baselines or None,
                  quantity_named=metric != UNSPECIFIED and not named)


_SHARE_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:[\w-]+\s+)?$")


def _change_noun_bracket(m: Match):
    """'large gains (~20%) on difficult 3D tasks', 'accuracy improvements (3.1%)': a number
    alone in brackets right after a change noun is the change's size, in the metric written
    right before the noun, else the generic result (read40; as "a gain (e.g., ~4 AP)" is)."""
    mention = m.site.mentions[0]
    if mention.sign or len(m.site.mentions) != 1 or " to " in mention.text:
        return None  # "a mAP@0.5 boost (31.12% to 46.61%)": the levels before and after, read as such
    before = m.site.left_window[:m.left.start("noun")]
    if _SHARE_OF_BEFORE.search(before):
        return None  # "drives the majority of safety gains (68%)": the share of the gains, not their size
    named = [name for name, _, end in metrics_in(before) if not before[end:].strip()]
    # "large reductions (40%) in latency": the metric after the bracket, else the one before the noun
    after = _metric_after_change(m.site.right[m.right.end():])
    metric = after[0] if after else named[-1] if named else UNSPECIFIED
    return drafts(m, metric, _kind(m), "<change noun> (<number>)")


_OF_PHRASE = re.compile(r"(?i)\s+of\s+")
#: "and" (or "while", "but") and a verb that opens another predicate: " and produces ".
_AND_PREDICATE = re.compile(
    r"\s+(?:and|while|but)\s+(?:also\s+)?(?:produc|keep|reduc|remain|achiev|maintain|preserv|lower|improv|match|outperform"
    r"|yield|cut|run|requir|us|deliver|offer|provid|enabl|show|exhibit)(?:es|s|ed|ing)\b")
#: A verb of a level reached, after the change and before the bracket: the bracket bounds that level.
_LEVEL_VERB_IN_MID = re.compile(rf"(?i),\s*{KEEP_VERB}\s")
_REACHES_LEVEL = re.compile(rf"(?i)\b{KEEP_VERB}\s+$")


def _within(m: Match):
    """'within 1.7 points of the original BERT-base': a gap bounded from above."""
    if m.site.mentions[0].sign == "±" or _FALLS_WITHIN.search(m.site.left[-30:]):
        return None  # "82.3% of answers falling within 5% of the exact solution": a tolerance band (read61)
    metric = _metric_near(m)
    # "within 0.35 points of baseline and produces small subgroup changes": the reference ends
    # where a coordinated verb begins another predicate (read63)
    phrase = _AND_PREDICATE.split(m.right.group("phrase"), maxsplit=1)[0]
    # "of full-set greedy under the same policy", "of X in eight of nine settings": the setting
    # said after the reference is no part of its name (read81)
    phrase = _SETTING_AFTER_REFERENCE.split(phrase, maxsplit=1)[0]
    timed = _TIME_OF_REFERENCE.fullmatch(phrase.strip())
    if metric == UNSPECIFIED and timed:
        # "stays within 1.9% of fault-free execution time": the reference's time is the
        # quantity (latency, or training time), the reference the comparator (read42)
        metric = "training time" if timed.group("training") else "latency"
        phrase = timed.group("reference")
    named_quantity = False
    if metric == UNSPECIFIED and (subject := _SUBJECT_KEPT_WITHIN.search(m.site.left[-100:])) is not None:
        # "its mean coverage over complete chains stays within 0.245 percentage points of X",
        # "completed-task counts remain within 1% of X": the quality the subject names (read81)
        named = quantity_name(subject.group("subject"))
        if _QUALITY_ENDS.search(named) or _COUNT_OR_SCORE_ENDS.search(named):
            metric, named_quantity = named, True
    return drafts(m, metric, _kind(m), "within <number> of X", baselines=names_in_phrase(phrase) or None,
                  quantity_named=named_quantity)


#: A setting said after a gap's reference: " under the same policy", " in eight of nine settings".
_SETTING_AFTER_REFERENCE = re.compile(r"\s+(?:under|in|across|during)\s+(?:the\s+same|all|most|every|each|\w+\s+of\s+\w+)\b")
#: The subject of a verb of keeping, clause-initial, before "within": "its mean coverage stays within ".
_SUBJECT_KEPT_WITHIN = re.compile(
    r"(?:^|[,;:]\s*)(?P<subject>[^,;:()]{3,80}?)\s+(?:stays?|stayed|remains?|remained|lies|lay|is|are|was|were)\s+within\s+$")
#: A count's or a score's noun ending a quantity's name.
_COUNT_OR_SCORE_ENDS = re.compile(r"\b(?:counts?|scores?)$")


#: What falls or lies within a tolerance: the share of outputs counted, not a system's gap.
_FALLS_WITHIN = re.compile(r"(?i)\b(?:fall(?:s|ing)?|fell|lie|lies|lying)\s+within\s+(?:(?:about|approximately|roughly|around)\s+|~\s*)?$")
#: A reference's time after "within N% of": "fault-free execution time", "the baseline's runtime".
_TIME_OF_REFERENCE = re.compile(
    r"(?i)(?P<reference>.+?)(?:'s)?\s+(?P<training>training\s+)?(?:time|runtime|latency)")


def _whole_word_verbs(alternation: str) -> str:
    r"""`(?<![\w-])` + `alternation` (CHANGE_VERB), written for a pattern matched backwards.

    Read backwards, each `stem\w*` took the word ending at the verb's end whole, then gave it
    back one character at a time, trying every stem at each: the backwards search of
    "<verb> X by <number>" tried that at every word end of up to 100 characters before "by"
    (130 us a match). Every such alternative (and every bare word, followed in the pattern by
    `\b`) matches only a whole word, a run of `\w` after none of `[\w-]`, that starts with its
    stem (or is the word): so the run is taken whole and never given back (`\w++`) and the
    stems are asked once, forwards, at its start. A phrase ("speed up") ends in a word none of
    the others can match, so which alternative matches, and its span, are as before. Any
    other shape of alternative: the alternation as it is."""
    alternatives = [a.strip() for a in alternation.strip()[len("(?:"):-1].split("|")]
    stems = [a[:-len(r"\w*")] for a in alternatives if re.fullmatch(r"[a-z]+\\w\*", a)]
    words = [a for a in alternatives if re.fullmatch(r"[a-z]+", a)]
    phrases = [a for a in alternatives if re.fullmatch(r"[a-z]+(?:\\w\*)?\\s\+[a-z]+", a)]
    last_words = [a.rsplit("+", 1)[1] for a in phrases]
    if len(stems) + len(words) + len(phrases) != len(alternatives) or any(
            last.startswith(tuple(stems)) or last in words for last in last_words):
        return rf"(?<![\w-]){alternation}"
    starts = "|".join(stems + [word + r"\b" for word in words])
    return rf"(?<![\w-])(?:(?=(?:{starts}))\w++|{'|'.join(phrases)})"


#: A cut verb written right before the share it cuts, without "by": "reducing 63% model parameters".
#: Verbs only: "step reductions exceeding 70% and speedups" is a noun with a bound, no cut of speed-ups.
_CUT_VERB = (r"(?:reduc(?:e|es|ed|ing)|cut(?:s|ting)?|sav(?:e|es|ed|ing)|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing)"
             r"|eliminat(?:e|es|ed|ing)|trim(?:s|med|ming)?|slash(?:es|ed|ing)?)")
#: The quantity after the share: up to four words, ending before a preposition, a clause word or a break
#: ("we save about 18% of compute that would be burned": a relative clause after it; read75).
_CUT_QUANTITY_WORDS = r"""(?P<of>of\s+)?(?:(?:the|its|their|our)\s+)?(?!(?:and|or|while|with)\b)(?P<np>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w-]*){0,3}?)
    (?=\s+(?:and|while|with|on|in|for|compared|than|over|relative|across|at|by|from|to|vs|without|when|per|that|which)\b|\s*[,;.()]|\s*$)"""
_PARAMETERS = re.compile(r"(?i)\b(?:parameters?|params|weights)\b")
_MEMORY_WORD = re.compile(r"(?i)\b(?:memory|VRAM)\b")


def _cut_share(m: Match):
    """'reducing 63% model parameters and 50% training time', 'while reducing 8.95% retrieval
    times', 'eliminated 99.3% of collisions': a cut verb, the share it cuts and what it cuts,
    without 'by'. A relative change of that quantity (a cost takes its cost metric, a named
    time latency, claims-spec); of inputs ('30% of the tokens', '40% of the data') none."""
    phrase = m.right.group("np")
    if _INPUT_QUANTITY.match(phrase.strip()):
        return None
    if m.left.group("verb").lower().startswith("sav") and not m.right.group("of") and not _MEMORY_WORD.search(phrase):
        # "saves 40% storage cost": a qualifier read, left alone (recall12); "saves 58.6% of the
        # memory cost" is a cut, and so is "saving 63% memory (cost)": memory is the spec's cost
        return None
    named = metrics_in(phrase)
    metric = named[-1][0] if named else "params" if _PARAMETERS.search(phrase) else quantity_name(phrase)
    if metric == UNSPECIFIED:
        return None
    return drafts(m, metric, "relative", "<cut verb> <number> <quantity>", quantity_named=not named)


RULES = [
    Rule("<factor> <quantity> efficiency", frozenset({"ratio"}), _factor_efficiency,
         # ("4-32x gains in sample efficiency over fixed schedules": the gain's noun first, read53)
         right=compile_right(r"""(?:(?:higher|greater|better|more)\s+|(?:gains?|improvements?|increases?)\s+in\s+)?(?P<words>(?:[A-Za-z][\w-]*\s+){0,2}?)efficiency
                 \s+(?:over|than|compared\s+(?:to|with)|relative\s+to|versus|vs\.?|against)\b"""),
         precondition=Cue("right", "efficiency"),
         examples=("1.58x compute efficiency over a strong Muon baseline", "3x higher energy efficiency than GPUs")),
    Rule("<cut verb> <number> <quantity>", frozenset({"percent"}), _cut_share,
         # "reducing 63% model parameters and 50% training time": the second share after the first's quantity and "and"
         left=compile_left(rf"""\b(?P<verb>{_CUT_VERB})\s+(?:(?:{BOUND}\s*)*[\d.]+\s*(?:\\?%|percent)\s+(?:[\w-]+\s+){{1,4}}and\s+)?(?:{BOUND}\s*)*"""),
         right=compile_right(rf"\s*(?:\\?%|percent)?\s+{_CUT_QUANTITY_WORDS}"),
         needs=("reduc", "cut", "sav", "lower", "decreas", "eliminat", "trim", "slash"),
         examples=("reducing 63% model parameters", "eliminated 99.3% of collisions")),
    Rule("<verb> X by <number>", frozenset({"percent", "plain", "points", "ratio"}), _by,
         # "the scissor-lift mechanism, which adjusts ... by 90 degrees": a verb is a word of its own
         left=compile_left(rf"""(?P<verb>{_whole_word_verbs(CHANGE_VERB)}|(?<=(?<![\w-])(?:\d[\d.,]*(?:--?|–))?\d[\d.,]*(?:\S{{0,2}}|\s(?:points?|pts|pp|dB))(?:\s\([^()\d]{{1,20}}\))?\s|respectively,?\s)and|and\s+over)\b(?P<mid>(?:(?!\bby\b)[^;]){{0,100}}?)\bby\s+
                 (?:(?:a\s+(?:\w+\s+)?|(?:\w+\s+)?)(?:margins?|gaps?)\s+of\s+)?(?:{BOUND}\s*)*{FACTOR_OF}(?:{BOUND}\s*)*""", nearest=True),
         # (the number before "and" may be a range, or have its metric in brackets: "by 3--10x and energy
         # consumption by 10--15%", "by up to 19% (MPJPE) and temporal stability by up to 2.7x", read53)
         # ("by a factor of about 7.5", "by factors of 1.5, 2.0 and 7.5": a bound after "of" too, read58)
         needs=('by',), examples=("outperforms LlamaGen/VAR by 0.4/0.19", "reduces FID by 25.5%", "improves recall by up to a factor of 4")),
    Rule("<verb> X <number> over Y", frozenset({"percent", "points"}), _by_without_by,
         # "VITA improves 14.5%, 9.6% and 12.1% over existing baselines", "improving 7.5% over the
         # strongest CNN baseline", "improves accuracy 7.5% over X": a change without "by", its size
         # right after the verb (and the quantity it names), its comparator right after (read32)
         left=compile_left(rf"""(?P<verb>(?<![\w-])(?:improv\w*|boost\w*|gain\w*))\b(?P<mid>(?:\s+(?!(?:by|of|to|from|in|on|at|with|for|and|or|the|a|an)\b)[\w@-]+){{0,3}}?)\s+(?:{BOUND}\s*)*""", nearest=True),
         right=compile_right(r"(?:over|compared\s+(?:to|with)|relative\s+to|against)\b"),
         needs=("improv", "boost", "gain"), examples=("improves 14.5% over existing baselines",)),
    Rule("<system> gains <number> points", frozenset({"points"}), _gains_points,
         # "Argus gains 5.5 points with a single Searcher and 12.7 points with 8": the verb right
         # before its size in points, no object and no comparator after it (read54)
         left=compile_left(rf"(?<![\w-])(?:gain(?:s|ed|ing)?|adds?|added|adding)\s+(?:{BOUND}\s*)*"),
         needs=("gain", "add"), examples=("Argus gains 5.5 points with a single Searcher",)),
    Rule("<change noun> is <number>", frozenset({"percent", "points"}), _change_noun_is,
         # "Its paired gain over Greedy is 2.59 points": the change noun heads the subject (its
         # metric may stand before it: "the accuracy gain"), the copula right before the size
         left=compile_left(rf"""(?:^|(?<=[.;:]\s)|\b(?:its|their|the|this|our|that|an?)\s+)(?P<before>(?:[\w-]+\s+){{0,3}}?)
                 (?:gain|improvement|advantage|margin)s?(?:\s+(?:over|against|compared\s+(?:to|with))\s+(?P<over>[^,;.()]{{1,40}}?))?
                 \s+(?:is|was|are|were|reaches|reached|amounts\s+to|stands\s+at)\s+(?:{BOUND}\s*)*""", nearest=True),
         precondition=Cue("left", "gain", "improvement", "advantage", "margin"),
         needs=("is", "was", "are", "were", "reach", "amounts", "stands"),
         examples=("Its paired gain over Greedy is 2.59 points",)),
    Rule("<change> grows from <number> to <number>", frozenset({"percent", "points"}), _change_grows_from,
         # "the fusion-over-optical gain grows from 6.0 to 36.0 points": a change noun, maybe a
         # comparator, then a verb of growing or shrinking and "from" (the words before the noun
         # may name its metric: "the accuracy gain")
         left=compile_left(r"""(?P<before>(?:[\w-]+\s+){0,3}?)(?:gain|improvement|advantage|margin|benefit)s?\b(?:\s+(?:over|against|compared\s+(?:to|with))\s+(?P<over>[^;,.()\d]{1,40}?)|[^;,.()\d]{0,40}?)
                 \s(?:grow|grew|rise|rose|increase|widen|expand|climb|jump|shrink|shrank|narrow|decrease)\w*\s+from\s+""", nearest=True),
         precondition=Cue("left", "gain", "improvement", "advantage", "margin", "benefit"),
         needs=("from",), examples=("the fusion-over-optical gain grows from 6.0 to 36.0 points",)),
    Rule("<number> points of <metric>", frozenset({"points"}), _points_of_metric,
         # "worth +9.2 points of real win rate": "of" and a metric right after the size in points
         # (a qualifier before it that `metric_at` does not skip: "real", "additional"; read76)
         # or a hyphenated qualifier: "5 to 37 percentage points of old-knowledge accuracy" (read83)
         right=compile_right(r"(?:points?|pts|pp)?\s*of\s+(?:(?:real|real-world|additional|extra|[a-z]+(?:-[a-z]+)+)\s+)?"),
         needs_metric="right", examples=("which is worth +9.2 points of real win rate",)),
    Rule("<system> improves <signed number>", frozenset({"percent", "points", "plain"}), _signed_change_of_subject,
         # "Qwen improves $+7.0\%$, while Gemini declines $-4.8\%$": the verb right before its signed size (read55)
         left=compile_left(r"(?<![\w-])(?P<verb>(?i:improv(?:es|ed)|gain(?:s|ed)|ris(?:es|e)|rose|increas(?:es|ed)|declin(?:es|ed)|drop(?:s|ped)|falls|fell|decreas(?:es|ed)))\s+$"),
         needs=("improv", "gain", "ris", "rose", "increas", "declin", "drop", "fall", "fell", "decreas"),
         examples=("Qwen improves +7.0%",)),
    Rule("<metric> drops <number>", frozenset({"percent", "points"}), _metric_changes_by,
         # the verb right before its size, a metric right before the verb (tested in the production)
         left=compile_left(rf"(?<![\w-])(?P<verb>(?i:drop(?:s|ped|ping)?|fall(?:s|ing)?|fell|ris(?:es|ing|e)|rose|declin(?:es|ed|ing)|decreas(?:es|ed|ing)|increas(?:es|ed|ing)))\s+(?:{BOUND}\s*)*$"),
         needs=("drop", "fall", "fell", "ris", "rose", "declin", "decreas", "increas"),
         examples=("with summarization F1 dropping 24%", "accuracy drops 12%")),
    Rule("<verb> X up to <number>, without by", frozenset({"percent", "points", "ratio"}), _by_up_to,
         # "reducing the cross-domain error up to 39.6%", "improves accuracy up to 6.3 points": a
         # change bounded by "up to" without "by", its quantity the verb's object (read33); a verb
         # that brings a quantity to a level ("pushes accuracy up to 90%") is left to the score rules
         left=compile_left(rf"""(?P<verb>(?<![\w-])(?:improv\w*|boost\w*|enhanc\w*|reduc\w*|cut\w*|lower\w*|decreas\w*|shorten\w*|increas\w*))\b(?P<mid>(?:\s+(?!(?:by|of|to|from|in|on|at|with|for|and|or|over|than|while|up)\b)[\w@-]+){{1,5}}?)\s+up\s+to\s+(?:{BOUND}\s*)*""", nearest=True),
         needs=("up to",), examples=("improves accuracy up to 6.3 points",)),
    Rule("<verb> X up to <number>", frozenset({"percent", "points"}), _gain_after_comparator,
         left=compile_left(r"""(?<![\w-])(?:outperform\w*|surpass\w*|beat\w*|exceed\w*)\b(?P<mid>(?:[^;,\d()]|(?<=[A-Za-z\d-])\d){1,80}?)\s
                 (?:(?:up\s+to|as\s+much\s+as)\s+)""", nearest=True),
         needs=('up to', 'as much as'), examples=("outperforms BM25 up to 7.2%, 4.4%, and 9.8% on A, B and C",)),
    Rule("<number> <change>", frozenset({"percent", "points", "plain"}), _percent_change,
         # (the unit's own abbreviation in brackets first: "+11.8 percentage-point (pp) gain", read71)
         right=compile_right(rf"""(?:\((?:pp|p\.p\.|pts?)\)\s+)?(?P<mid>(?:[\w@.+-]+\s+){{0,3}}?|(?:[\w.+-]+\s+){{1,4}}\([A-Za-z]{{2,8}}\)\s+(?:(?!(?:with|on|in|for|at|and|while|than|of)\b)[\w-]+\s+)?)(?P<adj>(?:relative\s+|absolute\s+)?(?:{_CHANGE_WORDS}))\b"""),
         # every match ends in one of the change words of `adj` (the optional "relative" or
         # "absolute" aside), written in lower case as the pattern does
         precondition=Cue("right", *CHANGE_NOUNS, "decline", "cost", *_CHANGE_COMPARATIVES, *_CHANGE_PARTICIPLES, *_LEAD_NOUNS),
         examples=("a 20% improvement", "18.6% FID reduction", "2.1 points higher")),
    Rule("<factor> <comparative> <quantity>", frozenset({"ratio"}), _factor_comparative,
         right=compile_right(r"(?P<adj>higher|lower|greater|better|worse|more|less)\b"),
         examples=("6.5x lower absolute trajectory error", "3x higher success rates", "19x better knowledge retention")),
    Rule("<change> of <number>", frozenset({"percent", "points", "plain", "ratio"}), _change_of,
         left=compile_left(rf"""(?P<before>[^;]{{0,40}})\b(?:improvements?|gains?|reductions?|decreases?|increases?|boosts?|drops?|margin|enhancements?|uplifts?|changes?|differences?|gap|degradations?|loss|savings?)
                 (?:(?:\s+(?:typically|generally|usually|mostly|roughly|consistently))?\s+(?:(?:of|by|averaging|between)\s+(?:{BOUND}\s*)*|(?=(?:up\s+to|exceeding|more\s+than|as\s+(?:much|high)\s+as)\b)(?:{BOUND}\s*)+
                    |(?<=(?:gains|improvements|reductions)\s)(?=(?:around|about|approximately|roughly|nearly)\b)(?:{BOUND}\s*)+)
                 |\s*[,(]\s*(?=up\s+to\b)(?:{BOUND}\s*)+)""", nearest=True),
         # "accuracy improvements up to 44.1%": "up to" bounds the change, as "of up to" does (read33);
         # so it does set off by a comma or a bracket: "substantial improvements, up to 13.43% in ..." (read60)
         # "with gains averaging +2.14%": the average of the changes (read44); an adverb between
         # ("relative gains typically between 1-3%"; a hedge for the bound: "PSNR gains around 1.5 dB": read61)
         # "accuracy improvements between 2.52% and 6.70%": a range of changes (read60)
         needs=(' of', ' by', 'up to', 'exceeding', 'more than', ' as ', 'averaging', 'between', 'around', 'about',
                'approximately', 'roughly', 'nearly'),
         examples=("an approximate improvement of 20%", "relative gains up to 31.5%", "improvements between 2.52% and 6.70%"),
         # the pattern cannot match without one of its change nouns, in lower case
         precondition=Cue("left", "improvement", "gain", "reduction", "decrease", "increase", "boost", "drop",
                          "margin", "enhancement", "uplift", "change", "difference", "gap", "degradation", "loss",
                          "saving")),
    Rule("<verb> <number> of <metric>", frozenset({"percent", "points", "plain"}), _cost_of_metric,
         left=compile_left(r"\b(?:los\w*|lost|cost\w*|drop\w*|sacrific\w*|gain\w*|add\w*|recover\w*|trad\w*|another)\s+(?:(?:only|just|about|around|roughly|less\s+than|under)\s+)*"),
         right=compile_right(r"(?:points?\s+|pp\s+|%\s+)?(?:of|in)\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}?"),
         needs=("los", "cost", "drop", "sacrific", "gain", "add", "recover", "trad", "another"),
         examples=("loses 0.6 points of average accuracy",)),
    Rule("<score> (<number> of <reference>)", frozenset({"percent"}), _bracketed_share,
         left=compile_left(r"\(\s*", nearest=True),
         right=compile_right(rf"\s*of\s+(?:the|its|their)\s+(?:[\w.-]+\s+){{0,3}}?{_REFERENCE_SYSTEM}\s*\)"),
         needs=("(",), precondition=Cue("right", "of"),
         examples=("61.74 average NDCG@5 on ViDoRe (86.9% of the 8B teacher)",)),
    Rule("<keeps> <number> of <quality>", frozenset({"percent"}), _share_kept,
         left=compile_left(rf"""\b{KEEP_VERB}\s+(?:{BOUND}\s*)*"""),
         # "of the performance", "of its original average accuracy", "of fully supervised accuracy", "of the task-success rate";
         # "of" left out before "performance of <reference>" ("102.1% and 103.7% performance of full fine-tuning")
         # or after a reference's own word ("retaining 98.9% native performance", read76)
         right=compile_right(lambda: rf"""(?:of\s+(?:(?:the|its|their)\s+|(?P<owner>[A-Z][\w.+-]*|[a-z][\w.+-]*[A-Z][\w.+-]*)['’]s\s+)?|(?=performance\s+of\s|{REFERENCE_WORD_BEFORE_RESULT}))(?:(?:{"|".join(_REFERENCE_QUALIFIERS)}|FP16|BF16
                 |[a-z]+-(?:attention|model|precision|parameter|size|rank|context))\s+)*
                 # any other words that say whose or which ("of the frame-by-frame detection precision",
                 # "of instance-level performance", "of the full model's performance": read35; a plural's
                 # possessive, "of their teachers' NDCG@5": read77), up to three
                 # (or capitalised words first that name the reference: "of Full Forward nDCG@10", read80)
                 (?:[A-Z][a-z]+\s+){{0,2}}
                 (?:(?!(?:of|in|on|for|with|without|and|or|than|at|by|to|from)\s)[a-z][\w-]*(?:['’]s|(?<=s)['’])?\s+){{0,3}}?
                 # (an acronym right before the quality: "of the original QA performance", read82)
                 (?:[A-Z]{{2,}}\s+)?
                 # (the generic result in the plural, "of the original task scores", and an agent's return or reward: read80;
                 # a teacher's capability, a model's utility: read82)
                 (?P<quality>performance|quality|efficiency|utility|scores|capabilit(?:y|ies)|returns?|rewards?|(?:{metric_vocabulary().source}))(?!\s+(?:loss|drop|gap|degradation|efficienc(?:y|ie))s?\b)"""),
         needs=("retain", "preserv", "maintain", "keep", "kept", "recover", "achiev", "reach", "attain", "match"),
         examples=("retains 98.1% of the performance", "achieves 83% of fully supervised accuracy")),
    Rule("<change> X (up to <number>)", frozenset({"percent", "points", "ratio"}), _change_then_bound,
         # "a significant improvement in exploration efficiency (up to 20%)", "outperforms baselines (up to 6x)"
         left=compile_left(rf"""(?P<verb>(?<![\w-]){CHANGE_VERB}|improvements?|gains?|reductions?|increases?|decreases?)\b
                 (?P<mid>[^;()\d]{{0,80}}?)\(\s*(?:up\s+to|as\s+(?:much|high)\s+as|by\s+up\s+to)\s+""", nearest=True),
         right=compile_right(r"\)"),
         needs=("up to", "as much as", "as high as"), examples=("an improvement in exploration efficiency (up to 20%)",)),
    Rule("<change noun> (<number>)", frozenset({"percent", "points", "plain"}), _change_noun_bracket,
         # "with particularly large gains (~20%) on difficult 3D tasks" (read40)
         left=compile_left(r"\b(?P<noun>improvements?|gains?|reductions?|boosts?)\s*\(\s*(?:(?:~|≈|about|around|approximately|roughly|nearly)\s*)?"),
         right=compile_right(r"\s*\)"),
         needs=("improvement", "gain", "reduction", "boost"), examples=("large gains (~20%) on hard tasks",)),
    Rule("within <number> of X", frozenset({"percent", "points", "plain"}), _within,
         left=compile_left(r"\bwithin\s+(?:(?:about|approximately|roughly|around)\s+|~\s*)?"),  # "within about 4% of X" (read56)
         right=compile_right(r"(?:points?\s+|pts?\s+|pp\s+)?(?:[\w-]+\s+){0,2}?of\s+(?P<phrase>[^,;.]{1,60})"),
         needs=('within',), examples=("within 1.7 points of the original BERT-base",)),
    Rule("<signed number> <metric>", frozenset({"percent", "points", "plain"}), _signed, examples=("(+4.2 AP)",),
         numbers_need=("+", "-")),  # the sign the production asks for first
    Rule("<change>: <number> in <quantity>", frozenset({"percent", "points"}), _change_list_in,
         # "achieves substantial gains: >6.0% in IPV and CTR, >2.9% in orders": a bound sign or word may stand before
         left=compile_left(rf"""\b(?:gains?|improvements?|increases?|uplifts?|lifts?|boosts?|reductions?|decreases?|savings?)\b[^;.\d:]{{0,30}}:\s*
                 (?:(?:{BOUND}|≥|≤|>|<)\s*)*"""),
         right=compile_right(r"(?:%|points?)?\s*in\s+(?P<np>[A-Za-z][\w-]*(?:(?:\s+|\s*,\s*|\s+and\s+)[A-Za-z][\w-]*){0,4})"),
         needs=(":",), examples=("substantial gains: >6.0% in IPV and CTR",)),
]


# Patterns used inside productions: compiled once (see rules.base.LazyPattern).
_SETTING_WORD = LazyPattern(r"(?i)\s+(?:on|in|across|at)\s+")
#: "..., and physical executability (": a bracket opening after a short noun phrase that
#: follows a closed bracket as the next member of a list.
_BRACKETED_LIST_ITEM = re.compile(
    r"\)\s*,\s*(?:and\s+)?(?:(?!(?:with|in|on|for|at|by|while|from)\b)[\w-]+\s+){1,4}\([^()]*$")
_SUCCESS_AFTER = LazyPattern(r"(?i)\s*(?:points?\s+)?(?:in\s+)?success\b(?!\s+rates?\b)")
_SETTING_FIRST = LazyPattern(r"(?i)\s*(?:on|in|across|at|over)\s")
#: The noun after a comparator that names what of it is compared: "X performance", "X's performance".
_COMPARATORS_PERFORMANCE = LazyPattern(r"(?i)(?<=\w)(?:'s|’s)?\s+(?:overall\s+|average\s+)?performances?\s*$")
_IN_TERMS_OF_PHRASE = LazyPattern(r"(?i)\b(?:in\s+terms\s+of|with\s+respect\s+to)\b")
_CLAUSE_END = LazyPattern(r"[,;]|\d")
_OF_OR_BY = LazyPattern(r"\s*(?:of|by|up\s+to|exceeding|more\s+than|as\s+(?:much|high)\s+as)\b")
_THAN_NUMBER = LazyPattern(r"\s*than\s+\d")
_LIKELY = LazyPattern(r"(?i)\s*(?:likely|often|frequently)\b")
#: The second member of a list of three or more after a first phrase: ", intent detection, and".
_THIRD_MEMBER_AFTER = re.compile(r"\s*,\s*(?:[\w@-]+\s+){0,3}?[\w@-]+\s*,")
#: "% reduction in <noun phrase>": up to five words, stopping at a preposition or clause break.
_CHANGE_IN = LazyPattern(r"""(?i)\s+in\s+(?P<np>(?:(?!(?:on|over|than|compared|relative|with|at|across|for|while|and|when|from|to|versus|vs)\b)[\w@-]+\s*){1,5})""")
