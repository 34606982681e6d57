"""Named pattern fragments shared by the rule families, and metric look-ups."""
from __future__ import annotations

from functools import lru_cache

from extract.deferred import re, regex
from extract.names import is_model_name
from extract.vocab import dataset_vocabulary, metric_name, metric_vocabulary

#: Words that put a bound or a hedge before a number ("up to 5x", "over 3x", "~20x").
BOUND = r"""(?:up\ to|as\ (?:much|high|fast|many|low)\ as|over|more\ than|greater\ than|at\ least|above|beyond|exceeding
   |nearly|almost|around|about|approximately|approx\.?|roughly|~|≥|≤|>|<|less\ than|under|below|within|fewer\ than
   |at\ most|no\ more\ than|not\ more\ than|no\ less\ than|only|just|merely|a\ remarkable|remarkable|an?\ impressive|impressive|significant|substantial|notable|consistent
   |an?\ average\ of|on\ average|average|an?\ mean\ of|mean|overall|a|an|the|relative|absolute|whopping|massive|dramatic|considerable|solid
   |further|additional|another)"""  # "by a further 3.58x", "by an additional 5%" (read58), "by another 1.2 points" (read69); "by mean +15.1 and +12.1 points" (read82)

#: Bounds that make a quality score unrankable ("over 90% accuracy", "FID>100", "sub-1B models").
STRICT_BOUND = re.compile(
    r"(?:\b(?:over|more\ than|greater\ than|above|beyond|exceed\w*|surpass\w*|at\ least|below|under|less\ than|fewer\ than|at\ most|lower\ than|higher\ than)|\bsub-|[<>≤≥])\s*$",
    re.VERBOSE | re.IGNORECASE,
)

#: An at-least bound right before a number ("over 10 FPS", "at least 30 Hz", "more than
#: 1,000 tokens/s"): on a speed, a claim at the bound (the spec's Bounds), where
#: `STRICT_BOUND` makes a quality score unrankable.
AT_LEAST_BOUND = re.compile(r"(?i)(?:\bat\s+least|\bover|\bmore\s+than|\babove|>)\s*$")
#: "sampled at", "resampled to", "recorded at", "captured at", "logged at": a rate of incoming
#: data, a setting, not a system's speed ("we report" is no cue); read by the items-per-second
#: rule and by the rate in Hz a system works at.
SAMPLED_BEFORE = re.compile(
    r"(?i)\b(?:(?:re|down|sub)?sampl\w*|record\w*|captur\w*|acquir\w*|logg\w*|stream\w*\s+from)\b[^.;]{0,40}$")

#: The noun a system is named with, after its name: "the Qwen3-VL backbone".
SYSTEM_NOUN = r"(?:backbone|model|baseline|policy|agent|planner|LLM|VLM)"
#: A benchmark or split a change is scoped to, after its object: "on MMSI-Bench", "on the test set".
BENCHMARK_SCOPE = r"(?:on|in|across)\s+(?:the\s+)?[\w.-]+(?:\s+(?:benchmark|dataset|set|split))?"

#: "the number of optimization steps by 48%": a change of a count, not of a result.
COUNT_OF = re.compile(r"(?i)\b(?:number|amount|count)\s+of\b")

#: "keeps 99% of the accuracy": a number followed by "of" is a share, not a result.
SHARE_OF = re.compile(r"\s*of\b")

#: Verbs and comparatives that introduce "... by N".
CHANGE_VERB = r"""(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|improv\w*|boost\w*|increas\w*|rais\w*|reduc\w*|lower\w*
   |decreas\w*|cut\w*|gain\w*|advanc\w*|lead\w*|speed\w*\s+up|sped\s+up|accelerat\w*|faster|better|higher|lower|ahead|drop\w*
   |degrad\w*|worsen\w*|narrow\w*|close|closes|closed|closing|closer|shrink\w*|shorten\w*|sav\w*|enhanc\w*|elevat\w*|push\w*|lift\w*|trail\w*|lag\w*|exceed\w*|chang\w*|differ\w*
   |fall|falls|falling|fell|declin\w*|wins|won)"""  # "falls by up to 17 percentage points on MuSiQue" (read81); "wins by up to 15.5%" (read84)

#: The head of a named quality: a noun of a quality ("fidelity", "robustness", "relevance",
#: "coverage") or a rate named by the word before it ("spillage rate"). `<number> <named
#: quality>` ("88% fidelity") and a change's "in <quality>" ("by 31.36% in line coverage") read
#: the same heads.
#: (a rate's name may be written in title case: "19.84% Misbinding Rate", read61)
#: (a return, as a portfolio or a policy earns it: "an 18.3% total return"; read75)
QUALITY_HEAD = r"(?:[a-z][\w-]*(?:ity|ness|ance|ence|ancy|ency|age)|agreement|alignment|[a-z][\w-]*\s+rates?|[A-Z][a-z][\w-]*\s+Rates?|returns?)"
#: A quality named in up to three words, its head last: "line coverage", "path smoothness", "acceptance rate".
QUALITY_PHRASE = rf"(?:[a-z][\w-]*\s+){{0,2}}?{QUALITY_HEAD}"


#: Stems of the verbs said of a quantity, never of a system: what they increase or reduce is a
#: measure ("reduces prompt-induced hallucinations (PIH) by", "increase MFU from 17% to 37%"),
#: where one improves or pushes a system ("we improve Qwen-7B from 54.0 to 61.3"). Each reader
#: adds the verbs of its own construction (attribution: "cut", and "boost" before a defined
#: acronym; scores: the intransitive "rise", "fall", ... of "X rises from A to B").
QUANTITY_VERB_STEMS = "reduc|lower|decreas|increas|rais"


_FILLER_BEFORE_METRIC = re.compile(
    r"""\s*(?:(?:overall|average|avg\.?|mean|zero-shot|few-shot|\d+-shot|test|val(?:idation)?|absolute|relative|
        class-conditional|conditional|unconditional|generation|reconstruction|image|video|new|state-of-the-art|SOTA|
        higher|lower|better|improved|competitive|strong|remarkable|impressive|final|best|box|mask|macro|micro|
        weighted|point|points|pts?|pp|task|downstream|linear[- ]prob(?:ing|e)|in|of|on|the|a|an|
        (?:LOO)?CV|cross-validat(?:ed|ion)|\d+-fold|held-out|out-of-sample)\s+)*""",  # the protocol a score is had by ("89.6% LOOCV accuracy": read63), tried last
    re.VERBOSE | re.IGNORECASE,
)
#: Where a word of the filler starts (a metric may begin at one: "average precision").
#: The words between a metric's name and its value: "an FID of", "FID: ", "accuracy (top-1) is",
#: "a score of up to", "drops to", a hedge ("~"). Read by `scores`' "<metric> of <number>" and by
#: attribution's benchmark written as a metric's modifier.
METRIC_VALUE_LINK = r"""(?:\s*\([^()]{1,25}\))?(?:\s+(?:on|across)\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:benchmarks|datasets|tasks)(?=\s*:))?(?:\s+(?:(?:total|overall|average|mean)\s+)?(?:scores?|values?|rates?|results?|metric|levels?))?\s*(?:of|:|=|is|was|are|were|being|reaches|reaching|reached|at|to|between|
    equals?|(?:improves?|improved|drops?|dropped|increases?|increased|decreases?|decreased|falls?|rises?|reduced|reduces|boosts?|boosted)\s+to|
    achieving|attaining|(?:remains?|remained|remaining|stays?|stayed|staying|holds?|held|(?:is|was|are|were)\s+(?:maintained|kept))(?:\s+at)?)?\s*(?:(?:up\s+to|as\s+(?:high|low|much|little)\s+as|only|just|a\s+new|new|state-of-the-art|SOTA|an?|the|record|
    remarkable|impressive|competitive|strong|overall|average|mean|best|leading|about|around|approximately|approx\.?|roughly)\s+)*
    (?:[~≈]\s*)?"""  # "PSNR ~33 dB", "of $\approx 79.8$" (repaired to "~ 79.8"): a hedge, the value is the score (recall15)
# (the benchmarks in scope before a colon that opens the values: "accuracy on all three benchmarks: 0.8180 on", read62)

_WORD_START = re.compile(r"(?<!\S)\S")
#: A capitalised long form and the acronym defined for it: "Identity F1 Score (IDF1)".
_LONG_FORM_THEN_ACRONYM = re.compile(r"\s*(?:in\s+)?(?:[A-Z][\w-]*\s+){1,5}\((?P<acronym>[A-Za-z][\w@-]*)\)")


def metric_at(text: str, pos: int = 0) -> tuple[str, regex.Match] | None:
    """The metric named at `pos` (after filler words), as (canonical name, match)."""
    # the metric as written first ("average precision"), then after filler words ("overall FID")
    start = pos + len(text[pos:]) - len(text[pos:].lstrip())
    match = metric_vocabulary().match(text, start)
    if match is None and text[start:start + 1].isupper():
        variant = _VARIANT_AT.match(text, start)
        acronym = metric_vocabulary().match(text, variant.end()) if variant else None
        if acronym is not None and (_ACRONYM_METRIC.fullmatch(acronym.group()) or _HYPHENED_CAPITALS.fullmatch(acronym.group())) and acronym.group() not in _FAMILY_SUFFIXES:
            return variant.group() + acronym.group(), acronym  # "PA-MPJPE to 42 mm": a variant (see _metrics_in)
    if match is None:
        filler = _FILLER_BEFORE_METRIC.match(text, pos)
        if filler is not None and filler.end() > filler.start():
            # a metric may start at a filler word ("in average precision" is mAP, not
            # "precision" after "in average"): the earliest word that starts one wins
            for word in _WORD_START.finditer(text, filler.start(), filler.end()):
                match = metric_vocabulary().match(text, word.start())
                if match is not None:
                    break
        if match is None:
            match = metric_vocabulary().match(text, filler.end() if filler else pos)
    if match is None:
        # "a rotational error of 0.19": a qualified error, named as written (see _metrics_in)
        start = filler.end() if filler else pos
        two = _TWO_QUALIFIERS_THEN_ERROR.match(text, start)
        if (two is not None and not _verb_before_error(two.group("word")) and qualifies_quantity(two.group("first"))
                and _QUALIFIED_ERROR.search(text, start, two.start("error"))):
            return f"{two.group('first').lower()} {two.group('word').lower()} error", two  # "area estimation errors of 6.2%"
        match = _QUALIFIER_THEN_ERROR.match(text, start)
        if match is None or _verb_before_error(match.group("word")) \
                or not _QUALIFIED_ERROR.search(text, start, match.start("error")):
            return None
        return match.group("word").lower() + " error", match
    name = metric_vocabulary().names[match.lastgroup]
    return metric_name(match.group(), name), match


_LIST_SEPARATOR = re.compile(r"\s*(?:/|,(?:\s*(?:and|&)\b)?|and|&)\s*")  # "A, B, and C" too


def metric_list_at(text: str, pos: int = 0) -> list[str]:
    """'FID/IS of' -> ['FID', 'IS']; a single metric -> [name]; none -> []."""
    found = metric_at(text, pos)
    if not found:
        return []
    names = [found[0]]
    end = found[1].end()
    while True:
        sep = _LIST_SEPARATOR.match(text, end)
        if not sep:
            break
        nxt = metric_vocabulary().match(text, sep.end())
        if not nxt:
            break
        names.append(metric_name(nxt.group(), metric_vocabulary().names[nxt.lastgroup]))
        end = nxt.end()
    return names


#: Between the members of a list: "A and B", "A, B, and C", "A/B".
_MEMBER_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+|/|&)\s*")


def separates_members(gap: str) -> bool:
    """Whether `gap` is what stands between two members of one written list ('A, B and C').

    >>> separates_members(", and "), separates_members(" and the "), separates_members(" while on ")
    (True, True, False)
    """
    return bool(_MEMBER_SEPARATOR.fullmatch(_LEADING_ARTICLE.sub("", gap)))


_LEADING_ARTICLE = re.compile(r"\bthe\s+$")
#: Where a list written after "in" ends: "in PSNR, SSIM, and depth error, respectively"; after "for"
#: or a comparative too ("3.1%, 2.2%, and 4.0% higher precision, recall, and F1", "gains of 5% and 7%
#: for precision and recall": member_metrics keeps a list only where its members name metrics).
_IN_LIST = re.compile(
    r"(?i)\s*(?:%|points?)?\s*(?:in|for|(?:higher|lower|better|greater|more|less|fewer)(?:\s+in)?"
    # "on the ADE / FDE metrics": metrics the word says are metrics (read33)
    r"|on(?=\s+(?:the\s+)?[^;:()]{1,60}?\s+metrics\b)(?:\s+the)?)\s+(?:terms\s+of\s+)?(?P<list>[^;:()]{1,100}?)\s*(?=,?\s*respectively\b|[;:()]|\.(?!\d)|$"
    r"|\s+(?:on|across|over|compared|than|while|when|for|at|with)\b|\s+metrics\b)")


#: A bracket with no bracket inside it, closed: "(approximately 48% of its weight)", "(0.1942 vs. 0.1965)".
CLOSED_BRACKET = re.compile(r"\([^()]*\)")
#: A quantity and the place it is measured on, as the first member of a list of places ("accuracy
#: on TriviaQA" in "accuracy on TriviaQA and HotpotQA"): the list names no quantities of its own.
SCOPE_IN_MEMBER = re.compile(r"\s(?:on|in|across|for)\s")


def member_metrics(phrase: str, count: int) -> list[str] | None:
    """The metric of each member of a list of `count` short noun phrases, in order
    ('unspecified' for a member the vocabulary does not know): 'Abs Rel and Sq Rel' for
    '... by 5.6% and 9.8%'. None when the phrase is not such a list, or when only its last
    member names a metric (the members then share its head noun: 'pixel and decoder FLOPs').

    >>> member_metrics("precision and robustness", 2), member_metrics("LlamaGen and VAR", 2)
    (['precision', 'unspecified'], None)
    """
    members = list_members(_GENERIC_HEAD_AFTER.sub("", phrase.strip()))
    members = [ARTICLE_BEFORE.sub("", member) for member in members]
    if count < 2 or len(members) != count or any(not m or len(m.split()) > 4 for m in members):
        return None
    if SCOPE_IN_MEMBER.search(members[0]):
        return None  # "accuracy on TriviaQA and HotpotQA": a list of where one metric is measured, no list of metrics (read73)
    names = []
    for member in members:
        found = metrics_in(member)
        names.append(found[-1][0] if found else "unspecified")
    if all(name == "unspecified" for name in names) or all(
            name == "unspecified" and not (_ACRONYM_MEMBER.fullmatch(member) or _CAPITALS_ACRONYM_VARIANT.fullmatch(member))
            for name, member in zip(names[:-1], members[:-1])):
        # "pixel and decoder FLOPs": the members share the last one's head noun (or name nothing);
        # not "TEPE and EPE": an acronym is a metric of its own, one the vocabulary does not know
        return None
    # "improving TEPE and EPE by 2.11% and 4.54%", "in AUC and OSCR": in a list that names
    # metrics, a member written in capitals is a metric the vocabulary does not know, named as
    # written (the spec's named-quantity rule; holdout3 labels `TEPE`), not `unspecified`
    return [member if name == "unspecified" and _CAPITALS_ACRONYM_VARIANT.fullmatch(member) else name
            for name, member in zip(names, members)]


#: An acronym in capitals (digits after the first letter): "TEPE", "OSCR", "FPR95".
CAPITALS_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*")


#: Training (or another one-off preparation of a model: the spec's `training time`) named before
#: a time: "In terms of pose optimization, ... requires only one-third of the time".
TRAINING_BEFORE = re.compile(r"(?i)\b(?:train\w*|fine-?tun\w*|pre-?train\w*|distill\w*|quantiz\w*|optimi[sz]ation|converge\w*)\b")


def list_members(phrase: str) -> list[str]:
    """The members of a written list ('A, B and C', 'A or B', 'A/B', 'A & B'), as `member_metrics`
    reads them: one splitter for every reader of such a list."""
    return _MEMBER_SEPARATOR.split(phrase)


#: "the FID and FVD scores", "F1 and AP metrics": the generic noun the members share, and an article.
_GENERIC_HEAD_AFTER = re.compile(r"(?i)\s+(?:scores?|metrics?|values?|measures?)$")
ARTICLE_BEFORE = re.compile(r"(?i)^(?:the|its|their|our)\s+")


def metrics_listed_in(text: str, count: int) -> list[str] | None:
    """'in PSNR, SSIM, and depth error, respectively' at the start of `text`: the listed
    metrics, one per number of a site of `count` numbers (see member_metrics)."""
    listed = _IN_LIST.match(text) if count > 1 else None
    if listed:
        return member_metrics(listed.group("list"), count)
    on = _ON_LIST_RESPECTIVELY.match(text) if count > 1 and "respectively" in text else None
    if on and all(metrics_in(member) for member in list_members(on.group("list"))):
        # "by up to 24.6%, 21.8%, and 5.6% on CLIP-IQA, DOVER, and MUSIQ, respectively": "on"
        # leads benchmarks, so only a list whose every member the vocabulary names a metric (read40)
        return member_metrics(on.group("list"), count)
    return None


#: "improves the average score by 6.4%", "raises the score to 86.1": the generic result as a change verb's
#: object, named elsewhere or not at all.
GENERIC_RESULT_OBJECT = re.compile(r"(?i)(?:the\s+|its\s+|their\s+)?(?:(?:average|overall|mean|total|final)\s+)?(?:scores?|performance|results?)")
#: "only" (or "just", "merely"), perhaps hedged, right before a number: "only 40%", "with only 43",
#: "just ~2%": a small value said so (a share of a cost, a tiny parameter count).
ONLY_BEFORE = re.compile(r"(?i)\b(?:only|just|merely)\s*(?:~|≈|about|around|roughly)?\s*$")
#: "by" (and a bound or a hedge) right before a change's number: "improving X by ", "by up to ".
BY_HEDGE = r"(?:(?:up\s+to|about|around|over|nearly|roughly|approximately|more\s+than|an?\s+average\s+of)\s+)?"
BY_BEFORE = re.compile(rf"(?i)\bby\s+{BY_HEDGE}$")
#: "respectively" right after a list of numbers: ", respectively".
RESPECTIVELY_NEXT = re.compile(r"(?i)\s*,?\s*respectively\b")
#: "on A, B, and C, respectively" right after the numbers.
_ON_LIST_RESPECTIVELY = re.compile(r"(?i)\s*(?:%|points?)?\s*on\s+(?:the\s+)?(?P<list>[^;:()]{1,80}?),?\s+respectively\b")


#: The change nouns (each also in the plural, and "decline"): one list for `<number> <change>` and
#: every pattern that asks whether a change is named.
CHANGE_NOUNS = ("improvement", "gain", "reduction", "decrease", "increase", "boost", "drop", "enhancement", "uplift",
                "degradation", "saving", "loss")  # "a 31% accuracy loss": after a share only (changes' `_percent_change`)
CHANGE_NOUN_WORDS = "|".join(noun + ("(?:es)?" if noun.endswith("s") else "s?") for noun in CHANGE_NOUNS) + "|decline"
#: Between two members of one list: ", ", " and ", ", and ", " / ", " & ", " or ".
LIST_GAP = re.compile(r"\s*(?:,|/|and|or|&|, and|, or)\s*")


def metrics_in(text: str) -> list[tuple[str, int, int]]:
    """Every metric named in `text`: (canonical name, start, end)."""
    return list(_metrics_in(text))


#: Between the members of a slashed list of metrics ("driving score/success rate").
_METRIC_SLASH = re.compile(r"\s?/\s?")


def slashed_metrics_ending(text: str) -> list[str]:
    """The metrics listed with "/" that end `text`, in order ("... lifts mean accuracy/F1" ->
    ['accuracy', 'F1']); [] where `text` does not end with two or more so listed."""
    found = metrics_in(text)
    if not found or text[found[-1][2]:].strip():
        return []
    run = [found[-1]]
    for earlier in reversed(found[:-1]):
        if not _METRIC_SLASH.fullmatch(text, earlier[2], run[0][1]):
            break
        run.insert(0, earlier)
    return [name for name, _, _ in run] if len(run) > 1 else []


def forget_texts() -> None:
    """Called once per abstract: the metric scans are shared within one abstract only (a
    benchmark that repeats abstracts must not be served from the last copy)."""
    _metrics_in.cache_clear()


@lru_cache(maxsize=512)
def _metrics_in(text: str) -> tuple[tuple[str, int, int], ...]:
    # Rules ask about the same sentence and the same text before a number many times:
    # the vocabulary scan is done once per text.
    vocabulary = metric_vocabulary()
    found: list[tuple[str, int, int]] = []
    for m in vocabulary.finditer(text):
        name = metric_name(m.group(), vocabulary.names[m.lastgroup])
        if text[m.start() - 1:m.start()] == "-" and (
                (m.group() in _FAMILY_SUFFIXES and _NAME_BEFORE_HYPHEN.search(text, max(0, m.start() - 40), m.start()))
                or (name in _GRADED_QUALITIES and _GRADE_BEFORE_HYPHEN.search(text, max(0, m.start() - 8), m.start()))):
            # "DAP-MAE achieves ...", "Point-MAE": a masked autoencoder's name, not the MAE metric;
            # "high-precision performance", "full-precision model": a compound adjective, no metric
            continue
        if (text[m.start() - 2:m.start() - 1].islower() and text[m.start() - 1:m.start()] == "-" and m.group()[:1].islower()
                and _HEAD_NOUN_AFTER.match(text, m.end())):
            continue  # "the accuracy-compute slope": a word of a compound before its head noun, no metric (read67)
        variant = _VARIANT_PREFIX.search(text, max(0, m.start() - 8), m.start()) if text[m.start() - 1:m.start()] == "-" else None
        if variant and (_ACRONYM_METRIC.fullmatch(m.group()) or _HYPHENED_CAPITALS.fullmatch(m.group())):
            # "PA-MPJPE", "LET-mAP", "P-AUROC": a capitalised prefix glued by a hyphen to a metric's
            # acronym names a variant measured apart (Procrustes-aligned, longitudinal-error-tolerant),
            # reported beside the plain one, as sFID and rFID are beside FID (read35)
            found.append((variant.group() + m.group(), variant.start(), m.end()))
            continue
        qualifier = _QUALIFIED_ERROR.search(text, 0, m.start()) if name == "error rate" else None
        if qualifier and _BARE_ERROR.fullmatch(m.group()) and not _verb_before_error(qualifier.group("word")):
            # "localization error", "rotation error": a quantity of its own, named as written
            # (metrics outside the spec's list keep their usual names), not an error rate
            name, start = _error_qualifier(text, qualifier, found)
            found.append((name, start, m.end()))
            continue
        if name == "accuracy" and found and text[found[-1][2]:m.start()] == " ":
            # "Pass@1 accuracy", "exact match accuracy": the generic noun of the metric before it
            found[-1] = (found[-1][0], found[-1][1], m.end())
            continue
        found.append((name, m.start(), m.end()))
    return tuple(found)


#: A compound's head noun after it ("slope" of "accuracy-compute slope"): a lower-case word of three
#: letters or more that no function word is.
_HEAD_NOUN_AFTER = re.compile(r" (?!(?:by|and|or|of|in|on|for|to|with|from|at|than|while|over|under|is|are|was|were|as|that|which"
                              r"|across|per|vs|versus|when|where|without|within|into|after|before|but|whereas|remains?"
                              # a change of the named quantity: "68.7% reconstruction-error reduction"
                              rf"|{CHANGE_NOUN_WORDS})\b)[a-z]{{3,}}\b")
#: Acronyms of the vocabulary that, ending a hyphenated name, name a model family: "DAP-MAE",
#: "Point-MAE", "USF-MAE" are masked autoencoders (six such names in pool21, none a metric), while
#: "PA-MPJPE", "P-AUROC", "Macro-F1" are metrics' variants and stay metrics.
_FAMILY_SUFFIXES = frozenset({"MAE"})
#: Metrics that a grade glued before them by a hyphen turns into an adjective ("high-precision
#: performance", "high-accuracy detection", "mixed-precision training", "full-precision baseline").
_GRADED_QUALITIES = frozenset({"precision", "accuracy", "recall"})
_GRADE_BEFORE_HYPHEN = re.compile(r"(?i)(?<![\w-])(?:high|higher|low|lower|mixed|full|half|single|double)-$")
#: A variant's prefix before a metric's acronym: capitals, perhaps lower-case letters after the
#: first, no digit, and the hyphen ("PA-", "LET-", "WA-", "P-"); the vocabulary's own hyphenated
#: names ("ROC-AUC", "MS-SSIM", "Macro-F1") match whole and never reach it.
VARIANT_PREFIX = r"[A-Z]{1,4}-"
#: A capitals acronym, or a variant of it glued by a hyphen: "v-NMSE", "PSD-NMSE" (holdout99).
_CAPITALS_ACRONYM_VARIANT = re.compile(rf"(?:[a-z]-|{VARIANT_PREFIX})?{CAPITALS_ACRONYM.pattern}")
_VARIANT_PREFIX = re.compile(rf"(?<![\w-]){VARIANT_PREFIX}$")
#: A variant's prefix where a metric's name is looked for (`metric_at`): "PA-" of "PA-MPJPE".
_VARIANT_AT = re.compile(VARIANT_PREFIX)
#: A metric written as an acronym: capitals and at most a lower-case letter before them ("mAP", "IoU", "MPJPE").
_ACRONYM_METRIC = re.compile(r"[a-z]?[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*|[A-Z]{2,}")
#: A metric's acronym of capitals joined by hyphens, which a variant's prefix may precede too: "J-" of "J-ROC-AUC" (read75).
_HYPHENED_CAPITALS = re.compile(r"[A-Z]{2,}(?:-[A-Z]{2,})+")
#: A name glued by a hyphen right before the acronym: "DAP-", "Point-", "DuGI-".
_NAME_BEFORE_HYPHEN = re.compile(r"(?<![\w-])[A-Z][A-Za-z0-9]*-$")


#: "error" after a noun that says what is wrong ("rotation error", "force estimation
#: errors") is that quantity's error, not the error rate of a classifier; after an
#: article, a comparative or a split ("the error", "lower error", "test error") it is.
_BARE_ERROR = re.compile(r"(?i)errors?")
#: Words before "error" that grade, split, place or aggregate it, or join it to the text before: never its qualifier.
_NOT_ERROR_QUALIFIER = r"""(?:the|a|an|its|their|our|this|that|test|testing|training|validation|val|classification|overall|average|avg|mean
    |relative|absolute|total|final|lower|higher|low|high|small|smaller|large|larger|less|fewer|more|minimum|min|maximum|max|median|of|in|and|or
    |by|with|to|on|at|for|than|percent|point|points|pts?|pp|top-\d+|bayes|generalization|empirical|residual|conditional|unconditional|marginal
    |respective|corresponding|typical|measured|observed
    |macro|micro|averaged)\b"""  # "the respective prediction errors": prediction error (read67); "macro-averaged X error" (read75)
_QUALIFIED_ERROR = re.compile(
    rf"""(?i)(?<![\w-])(?!{_NOT_ERROR_QUALIFIER})
    (?P<word>[a-z][\w-]{{2,}}?)(?:\s+|-)$""",
    re.VERBOSE)
#: One more noun before the qualifier: "deflection prediction error", "terrain reconstruction error".
_QUALIFIER_BEFORE = re.compile(
    rf"""(?i)(?<![\w-])(?!{_NOT_ERROR_QUALIFIER}|(?:both|all|each|such|these|those|which|whose|also|only|we|it|is|are|was|were|be|held-out|heldout
    |below|above|under|over|within|beyond)\b)  # (a bound's preposition: "below depth error 0.25" is a threshold, read76)
    (?P<word>[a-z][\w-]{{2,}}?)\s+$""",
    re.VERBOSE)
#: A verb that takes the error as its object ("methods that reduce tracking error"), in any form: never a qualifier.
_VERB_FORM = re.compile(
    r"""(?i)(?:reduc|decreas|minimi[sz]|increas|improv|achiev|produc|introduc|mak|caus|giv|us|enabl|ensur|rais|halv|observ
    |estimat|comput|calculat|evaluat|compar|measur|mitigat|eliminat|demonstrat|provid|exceed)(?:e|es|ed|ing)
    |(?:lower|cut|yield|show|obtain|incur|exhibit|maintain|keep|attain|reach|bring|drop|suffer|add|avoid|correct|deliver
    |offer|lead|result|outperform|surpass|prevent|fix|detect|limit|suppress|allow|lift|boost|shrink|slash|trim|see|find
    |predict|beat|get)(?:s|es|ed|ing|ped|ping|ted|ting)?|ha[sd]|have|having|kept|led|got|saw|found|brought|gave|made|[a-z]+ly""",
    re.VERBOSE)


def metric_after_qualifier(text: str, pos: int = 0) -> tuple[str, regex.Match] | None:
    """`metric_at`, or the metric after one lower-case noun of the task that qualifies it: the
    "citation" of "in citation recall" (the spec: the metric, its qualifier a condition)."""
    found = metric_at(text, pos)
    if found is None and (qualifier := _QUALIFIER_OF_METRIC.match(text, pos)) and qualifies_quantity(qualifier.group("word")):
        found = metric_at(text, qualifier.end())
    if found is None and (defined := _LONG_FORM_THEN_ACRONYM.match(text, pos)):
        # "25.1 percent in Identity F1 Score (IDF1)": a measure's long form the vocabulary does
        # not know, defined by an acronym it knows, is that metric (a defined acronym names it)
        acronym = metric_vocabulary().match(text, defined.start("acronym"))
        if acronym is not None and acronym.end() == defined.end("acronym"):
            found = metric_vocabulary().names[acronym.lastgroup], acronym
    return found


#: One lower-case noun before a metric's name, after an optional "in".
_QUALIFIER_OF_METRIC = re.compile(r"\s*(?:in\s+)?(?P<word>[a-z][a-z-]{2,})\s+")


def qualifies_quantity(word: str) -> bool:
    """Whether `word`, before the qualifier of a named error or rate, is one more word of its
    name ("deflection" of "deflection prediction error", "false" of "false positive rate"):
    not a verb, an article, an aggregate or a split."""
    return (bool(_QUALIFIER_BEFORE.fullmatch(word + " ")) and not _verb_before_error(word)
            and not _VERB_FORM.fullmatch(word))


def _error_qualifier(text: str, qualifier: regex.Match, found: list[tuple[str, int, int]]) -> tuple[str, int]:
    """The name of a qualified error and where it starts: the qualifier and up to one more
    noun before it ("deflection prediction error", "per-vertex scene error": the spec's head
    noun phrase, three words at most), not a verb, an aggregate or a metric found before it."""
    words, start = [qualifier.group("word")], qualifier.start("word")
    before = _QUALIFIER_BEFORE.search(text, 0, start)
    if before and qualifies_quantity(before.group("word")) and not (found and found[-1][2] > before.start("word")):
        words.insert(0, before.group("word"))
        start = before.start("word")
    return " ".join(word.lower() for word in words) + " error", start


_QUALIFIER_THEN_ERROR = re.compile(r"(?i)(?P<word>[a-z][\w-]{2,})\s+(?P<error>errors?)\b(?![\w-])")
_TWO_QUALIFIERS_THEN_ERROR = re.compile(r"(?i)(?P<first>[a-z][\w-]{2,})\s+(?P<word>[a-z][\w-]{2,})\s+(?P<error>errors?)\b(?![\w-])")
#: "reduces error", "reducing error", "reduced error": a verb before the noun, not a qualifier.
_VERB_ENDINGS = ("s", "ed", "ing")
#: Words that end as a verb does but qualify the error as nouns or adjectives: "velocity
#: tracking error", "rendering errors", "Shore hardness error", "Umeyama-aligned error" (a
#: hyphenated word is a compound qualifier, never the verb).
_NOUN_WITH_VERB_ENDING = re.compile(
    r"""(?i)(?:[a-z]+-[\w-]+|[a-z]+(?:ss|ness)|tracking|rendering|positioning|label+ing|model+ing|parsing|spelling|matching|mapping
    |forecasting|ranking|grounding|pointing|planning|reasoning|encoding|decoding|sampling|tracing|timing|clustering|steering
    |heading|routing|scheduling|rounding|aligned|squared|weighted|normali[sz]ed|averaged|predicted|estimated|reconstructed
    |linearized|projected)""",
    re.VERBOSE)


def _verb_before_error(word: str) -> bool:
    """Whether the word before "error" is a verb taking it as object ("reduces error"), not its qualifier."""
    return word.lower().endswith(_VERB_ENDINGS) and not _NOUN_WITH_VERB_ENDING.fullmatch(word)


def last_metric(text: str) -> str | None:
    found = metrics_in(text)
    return found[-1][0] if found else None



#: An acronym of two capitals or more right after a number names its metric ("0.62 TEPE",
#: "+2.8 ANLS") even when the vocabulary does not know it; units are not metrics.
#: A measure's acronym, a lower-case prefix allowed: "PQ", "mWCov", "mRec", "HD95" (read64).
MEASURE_ACRONYM = r"(?:[a-z][A-Z][A-Za-z0-9]*|[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)"
UNKNOWN_ACRONYM = r"(?!(?:FPS|GB|MB|TB|KB|dB|GHz|MHz|ms|[GTC]PUs?)\b)[a-z]*[A-Z][a-z]*[A-Z][\w@.-]*"
_ACRONYM_AFTER = re.compile(rf"\s*{UNKNOWN_ACRONYM}")
_ACRONYM_MEMBER = re.compile(UNKNOWN_ACRONYM)
#: "0.62 TEPE": a number followed by an acronym, a metric the vocabulary may not know.
NUMBER_THEN_ACRONYM = re.compile(rf"\d\s*{UNKNOWN_ACRONYM}")
#: The words that open the clause of an intransitive change's subject: a clause's start ("where",
#: "while") or an article or possessive.
INTRANSITIVE_OPENERS = r"that|where|while|whereas|when|and|the|its|their|our|this"
#: A word that may be part of such a subject: no opener, adverb, particle or auxiliary
#: ("performance also increases", "successfully recovered videos decreases" name no quantity).
_NOT_IN_SUBJECT = rf"(?!(?:{INTRANSITIVE_OPENERS}|with|also|still|further|even|then|now|only|not|is|are|was|were|be|been|has|have|had)\b)(?![a-z]+ly\b)"


def subject_after(openers: str) -> re.Pattern:
    """The subject of a change verb with no object, up to four words in lower case after one of
    `openers` or a clause's start: an intransitive verb's ("where aggregate success rises from"),
    an absolute clause's before its participle ("with decoding latency reduced by")."""
    return re.compile(
        # (a clause cut after ";" may keep the space after it: " held-out success improves from", read84)
        rf"(?:^\s*|\b(?i:{openers})\s+|[,;:(]\s*)"
        # (the sentence's first word capitalised: "Oracle coverage rises from", read80; "Held-out
        # success", or that word alone: "Success improves from", read84)
        rf"(?P<np>^(?!(?i:{openers})\s)[A-Z][a-z][\w-]*(?=\s+$)"
        rf"|(?:^(?!(?i:{openers})\s)[A-Z][a-z][\w-]*\s+)?(?:{_NOT_IN_SUBJECT}[a-z][\w-]*\s+){{0,3}}?{_NOT_IN_SUBJECT}[a-z][\w-]*)\s+$")


#: Stems of change verbs that take no object ("foot slip declines by", "the error fell"), each
#: read with `\w*` after it.
INTRANSITIVE_CHANGE_STEM = r"(?:declin|decreas|increas|drop|fall|fell|ris|rose|grow|grew|shrink|shrank)"
#: A verb of keeping or reaching: "retains 98.1% of", "achieves 86% of" (a share of a reference's result).
KEEP_VERB = r"(?:retain|preserv|maintain|keep|kept|recover|achiev|reach|attain|match)\w*"
#: A reference's own word right before the result a share of it is kept of, "of" left out: "retains
#: 98.9% native performance", "96% original accuracy" (read76).
REFERENCE_WORD_BEFORE_RESULT = r"(?:original|native|full|dense|uncompressed|full-precision)\s"

#: A verb of reaching right before the level it reaches: "reaches ", "reached a ".
REACHED = r"\breach(?:es|ed|ing)?\s+(?:an?\s+|the\s+)?"
#: A level's words up to "in" or "within" and a hedge, the duration next: "% validation accuracy in only ".
#: A level reached in a time is a target a training run is timed to (read77): pipeline drops the
#: level, speed reads the time as training time.
LEVEL_THEN_IN_TIME = r"\s*%?(?:[^,;.]|\.(?=\d)){0,60}?\b(?:in|within)\s+(?:only\s+|just\s+|under\s+|less\s+than\s+|about\s+|approximately\s+|roughly\s+|~\s*)?"


#: "1.87% (AUC) and 7.8% (F1-score)": a metric in brackets right after a number.
_BRACKET_OPEN = re.compile(r"\s*(?:%|\\%|points?|pp)?\s*\(\s*")
#: A bracket closing right after a value: "(90%)", "(F1 0.669 )".
CLOSES_BRACKET = re.compile(r"\s*\)")
#: "tokens" right after a size, not a count of some other thing's tokens ("128K tokens", not "1M
#: tokens of text"): what a context length and tokens spent are counted in (read81).
TOKENS_AFTER = re.compile(r"-?\s*tokens?\b(?!\s+(?:of|from)\s)")


def metric_in_brackets(right: str) -> str | None:
    """The metric named alone in brackets right after a number ('7.8% (F1-score)'): that
    number's own, whatever other metric (or a name like 'USF-MAE') the sentence holds."""
    opened = _BRACKET_OPEN.match(right)
    if opened is None:
        return None
    found = metric_at(right, opened.end())
    if found and CLOSES_BRACKET.match(right, found[1].end()):
        return found[0]
    return None


def name_bracketed_metrics(drafts_: list, site) -> None:
    """Each number of a list followed by its own metric in brackets ('1.87% (AUC) and 7.8%
    (F1-score)') takes that metric."""
    if len(drafts_) < 2:
        return
    for draft in drafts_:
        at = draft.mention.end - site.offset
        own = metric_in_brackets(site.sentence[at:at + 60])
        if own:
            draft.metric = own


def acronym_after(text: str) -> bool:
    """Whether `text` starts with an acronym that may name a metric (see UNKNOWN_ACRONYM)."""
    return bool(_ACRONYM_AFTER.match(text))


#: "... and 62.0% in operational efficacy": a number's own plain-word quality after "in"
#: (not a setting: "in the few-shot setting", "in simulation", "in real-world tasks").
_IN_OWN_QUALITY = regex.compile(
    r"""(?i)\s*(?:%|points?|pp)?\s+in\s+(?!(?:the|a|an|all|each|every|both|most|terms|total|addition|particular|general
    |average|practice|simulation|comparison|contrast|turn)\b)(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?<!\b(?:settings?|scenarios?
    |tasks?|environments?|domains?|cases?|conditions?|images?|videos?|data|splits?|sets?|scenes?|regimes?|modes?|languages?
    |prediction|classification|detection|segmentation|recognition|estimation|generation|retrieval|tracking|control|planning
    |navigation|manipulation|reasoning|summarization|answering|robotics|transfer|stud(?:y|ies)|evaluations?|experiments?|tests?
    |trials?|deployments?|spaces?|simulations?))  # "in zero-shot simulation": a setting too (read76)
    (?=\s*(?:[,;.)]|and\b|while\b|$)|\s+(?:in|on|for|across|under)\s)""",
    regex.VERBOSE)
#: "... and 5x reduction in operator takeover rate": the change noun, then what changed.
_CHANGE_IN_OWN_QUANTITY = re.compile(
    r"(?i)\s*(?:%|x|×|times|points?)?\s*(?:relative\s+)?(?:reduction|decrease|drop|increase|improvement|gain|boost|rise)s?"
    r"\s+in\s+(?:the\s+)?(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})")


#: "... and a correlation with human ratings of only 0.429": the number's own noun, before it;
#: in a list of "<noun> of <value>" pairs the article may be left out ("an F1 of 0.82,
#: hamming loss of 0.04"), and the noun is then short.
_OWN_NOUN_BEFORE = re.compile(
    r"""(?i)(?:\band|,)\s+(?:(?:an?|the|its|their)\s+(?P<np>(?:[\w-]+\s+){0,4}?[\w-]+)|(?P<bare>[a-z][\w-]*(?:\s+[\w-]+){0,2}))
    \s+(?:of|at|is|was|=)\s+(?:(?:only|just|about|around|roughly|nearly|approximately)\s+)?$""",
    re.VERBOSE)
#: A generic score or an aggregate of the same metric ("an interquartile mean of 0.61"): no metric of its own.
_GENERIC_NOUN = re.compile(
    r"(?i)(?:(?:average|mean|overall|final|best)\s+)?(?:scores?|values?|results?|rates?|performance)|(?:interquartile\s+)?mean|median|average|IQM")
#: An aggregate as the noun's head ("with SOTA averages of 90.0% on X", "with an average of"):
#: the same measure as the number before, over another set, unless the words name a metric.
_AGGREGATE_HEAD = re.compile(r"(?i)(?:^|\s)(?:averages?|means|medians?)$")


def own_metric(gap: str, right: str) -> str | None:
    """The metric a number elided after another one names for itself, in the words
    before it ('and a correlation with human ratings of 0.429') or right after it (see
    own_metric_after); None when it names none and shares the first number's."""
    noun = _OWN_NOUN_BEFORE.search(gap[-80:]) if ("of" in gap or "at" in gap or "is" in gap or "=" in gap) else None
    phrase = noun and (noun.group("np") or noun.group("bare"))
    if phrase and not _GENERIC_NOUN.fullmatch(phrase) and not (noun.group("bare") and _NOT_A_NOUN.match(phrase)):
        named = metrics_in(phrase)
        if named:
            return named[-1][0]
        if not _AGGREGATE_HEAD.search(phrase):  # (an aggregate is named by what follows, as a bare number is)
            if not noun.group("bare"):
                return "unspecified"  # "a correlation with human ratings of 0.429": a described quantity
            # "false alarm rate of 0.07" in a list of "<noun> of <value>": a short noun, the quantity it
            # names; a word that names none shares the number before's (", faster than X at 310 ms", read83)
            quantity = _quantity_name(phrase)
            if quantity != "unspecified":
                return quantity
    return own_metric_after(right) or _own_slot(gap, right) or _other_benchmark(gap, right)


#: The number before wrote its metric as the benchmark it was had on: "82.16 on DPG-Bench for
#: complex text-to-image generation, " (the gap between the two numbers, up to the join).
_BENCHMARK_SLOT_IN_GAP = re.compile(
    r"\s*(?:%|points?)?\s+on\s+(?:the\s+)?(?P<name>[A-Z][\w.+-]*)[^,;()]{0,70}?(?:,\s*(?:and\s+)?|\s+and\s+)$")
#: This number's own benchmark right after it: "6.06 on GEditBench", "75.6% on MJ-Bench-Video".
_BENCHMARK_AFTER = re.compile(r"\s*(?:%|points?)?\s+on\s+(?:the\s+)?(?P<name>[A-Z][\w.+-]*)")


def _other_benchmark(gap: str, right: str) -> str | None:
    """'0.91 on GenEval ..., 82.16 on DPG-Bench ..., 6.06 on GEditBench, and 3.77 on
    ImgEdit-Bench': where the number before's metric was a benchmark named as the metric (the
    spec: "GenEval score" names both), a number on another benchmark is another benchmark's
    score, not that one's: its metric is 'unspecified' (or the vocabulary metric its benchmark
    names). None where the list's metric is no benchmark ('8.6% accuracy on MMVet and 6.7% on
    POPE': accuracy carries) or this number names no benchmark of its own."""
    slot = _BENCHMARK_SLOT_IN_GAP.match(gap) if len(gap) < 110 else None
    own = _BENCHMARK_AFTER.match(right) if slot else None
    if own is None:
        return None
    before = metrics_in(slot.group("name"))
    if not before or before[0][1] != 0 or before[0][2] != len(slot.group("name")) or own.group("name") == slot.group("name"):
        return None
    if not dataset_vocabulary().fullmatch(slot.group("name")):
        return None  # "by 1.2 on FID, and 0.8 on ...": a metric after "on", not a benchmark's name
    named = metrics_in(own.group("name"))
    return named[0][0] if named else "unspecified"


#: The slot the number before wrote its metric in, then the join to this number: "15% in
#: LPIPS, 12% in FVD, and " (the gap between the two numbers); "by 12.8% on R@1 and by ".
_METRIC_SLOT_IN_GAP = re.compile(
    r"(?i)\s*(?:points?|pp)?\s+(?P<prep>in|on)\s+(?P<np>[^,;]{1,40}?)\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:by\s+)?$")
#: The same slot after this number: "18% in user preference studies".
#: Plain words in lower case: a capital opens a name ("and 75.6% on MJ-Bench-Video"), where the metric carries.
_SLOT_AFTER = re.compile(r"\s*(?:%|points?|pp)?\s+(?P<prep>in|on)\s+(?P<np>[a-z][a-z-]*(?:\s+[\w-]+){0,5})")
#: Heads of a slot (singular, as quantity_name gives them) that say where a result was had, not what it measures.
_SETTING_HEADS = frozenset({"setting", "scenario", "task", "environment", "domain", "case", "condition", "study",
                            "evaluation", "experiment", "test", "trial", "deployment", "split", "set", "scene"})


def _own_slot(gap: str, right: str) -> str | None:
    """'by 15.3% in LPIPS, 12.7% in FVD, and 18.9% in user preference studies': where the
    numbers before each wrote their metric in a slot after them, this number's slot names
    its own result, so the list's metric does not carry to it: the quantity it names, or
    'unspecified' for a setting ('user preference studies'). None where the number before
    wrote no metric there ('8.6% on MMVet and 6.7% on POPE': benchmarks, the metric carries)."""
    slot = _METRIC_SLOT_IN_GAP.match(gap) if len(gap) < 70 else None  # right after the number before
    if not slot or not metrics_in(slot.group("np")):
        return None
    own = _SLOT_AFTER.match(right)
    if not own or own.group("prep") != slot.group("prep").lower() or metrics_in(own.group("np")):
        return None
    from extract.vocab import dataset_vocabulary
    if dataset_vocabulary().search(own.group("np")):
        return None  # "... on MMVet": a benchmark, where the list's metric was had
    name = _quantity_name(own.group("np"))
    return "unspecified" if name.split()[-1] in _SETTING_HEADS else name


def _quantity_name(phrase: str) -> str:
    """quantities.quantity_name, imported when first needed: that module reads this one."""
    from extract.rules.quantities import quantity_name
    return quantity_name(phrase)


#: Words that open no noun phrase of a number's own ("and is", "and then at"): a bare noun is a noun.
_NOT_A_NOUN = re.compile(
    r"(?i)(?:is|was|are|were|be|been|it|this|that|which|then|also|only|just|up|down|out|all|both|each|those|these|one|two)\b")


def own_metric_after(right: str) -> str | None:
    """The metric a number names for itself right after it: 'unspecified' for '+8.4 NAcc'
    (an acronym the vocabulary does not know), the quantity a plain-word quality names
    ('62.0% in operational efficacy', quantities.quantity_name), the metric inside it for
    '20% in rotation accuracy', so that it does not take the metric of the number before
    it; None when nothing follows that is the number's own ('71% in real-world tasks',
    '70.8% in freshness prediction').

    >>> own_metric_after(" in operational efficacy."), own_metric_after(" in rotation accuracy"), own_metric_after(" in freshness prediction,")
    ('operational efficacy', 'accuracy', None)
    """
    if acronym_after(right[:40]):
        return "unspecified"
    changed = _CHANGE_IN_OWN_QUANTITY.match(right) if " in " in right[:40] else None
    if changed:
        # "and over 5x reduction in operator takeover rate": a change of its own quantity
        named = _quantity_name(changed.group("np"))
        if named != "unspecified":
            return named
    quality = _IN_OWN_QUALITY.match(right)
    if quality:
        named = metrics_in(quality.group("np"))  # "and 20% in rotation accuracy"
        if named:
            return named[-1][0]
        # "and >1.8% in retention": a quantity the vocabulary does not know, named (imported
        # here: quantities reads metrics_in from this module)
        from extract.rules.quantities import quantity_name
        return quantity_name(quality.group("np"))
    return None


#: Metrics that describe cost or speed, not the quality a system reaches.
#: A verb that opens the subject's next clause after "and", so that no comparator is written
#: after it: "8x smaller than dense models and exhibits better calibration", "than independent
#: models and exhibiting ..." (read33). Verbs only: a gerund may name a compared method ("than
#: quantization and pruning").
AND_CLAUSE_VERB = (r"and\s+(?:(?:exhibit|show|achiev|maintain|requir|run|us|need|reach|obtain|keep|offer|provid|yield|deliver"
                   r"|improv|reduc|enabl|support|remain|outperform|match|generaliz|generalis|converg)(?:e|es|s|ing)?"
                   r"|being|is|are)(?![\w-])")  # "than other methods and being the only approach ..." (read54)


#: A duration as a member of a pair writes it: "0.07s", "2-3.5 s", "120 ms" (the pair rules of
#: scores, and speed's test that leaves a pair's second member to them).
PAIR_TIME = r"\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*(?:ms|s|sec|seconds?|min|minutes?|h|hours?)\b"
#: "a factor of", "factors of" before the factor a change is by ("by a factor of about 7.5", "by
#: factors of 1.5, 2.0 and 7.5"; read58): the group `factor` says a plain number is a factor.
FACTOR_OF = r"(?P<factor>(?:a\s+factor|factors)\s+of\s+)?"
#: A pair "from A to B" of plain numbers or percentages: "from 55.95 to 60.77", "from 12.5% to 47.5%"
#: (what a bracket right after it restates: attribution's gain "(+4.82)", scores' second pair).
FROM_PAIR = r"\bfrom\s+[+-]?\d[\d.,]*\s*(?:\\?%)?\s*to\s+[+-]?\d[\d.,]*\s*(?:\\?%)?"

COST_METRICS = frozenset({"latency", "memory", "FLOPs", "MACs", "training time", "speedup", "throughput", "context length"})

#: Rates that are settings or inputs, not results: "the learning rate from 1e-4 to 3e-4".
SETTING_RATE = re.compile(
    r"(?i)(?:learning|sampling|frame|dropout|masking|mask|compression|pruning|decay|bit|data|token|refresh|update|"
    r"flow|heart|mixing|noise|keep|drop|label|injection|poisoning|corruption|missing|the|a|an|its|their|our)\s")
#: The vocabulary's metrics measured in decibels (SSIM, LPIPS and the rest have no unit).
DECIBEL_METRICS = frozenset({"PSNR", "SNR", "SI-SNR", "SDR"})


def quality_metric_before(text: str, within: int | None = None) -> str | None:
    """The last quality metric named in `text`; with `within`, one that ends in its last
    `within` characters, read whole ("Rank-1 gait recognition accuracy" cut at 120 characters
    back would read as the plain accuracy: read36)."""
    low = len(text) - within if within is not None else 0
    names = [name for name, _, end in metrics_in(text) if name not in COST_METRICS and end > low]
    return names[-1] if names else None


_TOKEN = re.compile(r"\S+")


#: A system named in capitalised words ending in the kind of system it is: "Diffusion Policy",
#: "Decision Transformer", "Random Forest".
_TITLED_SYSTEM = re.compile(r"(?:[A-Z][\w-]*\s+){1,3}(?:Polic(?:y|ies)|Transformers?|Networks?|Models?|Agents?|Planners?|Nets?"
                            r"|Encoders?|Decoders?|Machines?|Forests?|Classifiers?|Regressors?)")


def titled_system(phrase: str) -> bool:
    """Whether `phrase` is a system named in capitalised words ending in its kind (`_TITLED_SYSTEM`)."""
    return _TITLED_SYSTEM.fullmatch(phrase.strip()) is not None


def improved_is_a_system(phrase: str) -> bool:
    """Whether the object of "improves" is a system ("improves SHOT by"): a name-shaped word
    that is no metric ("boosting NMS-AP by") nor a metric's qualifier ("improves RCA accuracy
    by": the accuracy of root cause analysis, no system improved upon; read37); a system's
    possessive is one ("boosts Qwen3-32B's accuracy by": the host improved upon).

    >>> improved_is_a_system("SHOT "), improved_is_a_system("RCA accuracy "), improved_is_a_system("NMS-AP ")
    (True, False, False)
    """
    if titled_system(phrase):
        return True  # "encoder upgrades improve Diffusion Policy by 21 points": a system named in words (read54)
    for token in _TOKEN.finditer(phrase):
        word = token.group()
        possessor = word.endswith(("'s", "’s")) and is_model_name(word[:-2])  # "boosts Qwen3-32B's accuracy by" (read43)
        if possessor or (is_model_name(word) and not metrics_in(word) and metric_at(phrase, token.end()) is None
                         and not _NOUN_AFTER_NAME.match(phrase, token.end())):
            return True
    return False


#: A lower-case noun that ends the object of "improves" right after a name: the name qualifies it
#: ("improves SDF estimation by 22%", "improves the Sim2Real performance by": no system improved
#: upon; read58); not an adverb, nor a system's noun ("improves existing HOI detectors by").
_NOUN_AFTER_NAME = re.compile(
    rf"\s+(?![a-z]+ly\b|(?:{SYSTEM_NOUN}|detector|classifier|method|approach|network|system|encoder|decoder|pipeline)e?s?\b)"
    r"[a-z][a-z-]+\s*$")
