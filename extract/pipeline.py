"""From an abstract to claims: repair the text, find the numbers, let the rules
name them, attribute them, and map every span back to the original text.

Pure functions: no I/O. Every abstract has a budget of CPU time (`CLOCK`, the
thread's CPU clock: a loaded machine does not cut an abstract short), checked
before repair, at every sentence and at every number; an overrun stops the
abstract, keeps what was found and is reported in `Extraction.warnings`.
"""
from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise
from operator import attrgetter
from typing import TYPE_CHECKING

from extract import backstop, patterncache
from extract.attribution import (
    SentenceContext,
    attribute_baselines,
    attribute_condition,
    attribute_dataset,
    attribute_model,
    defined_metric_changed,
    sentence_contexts,
    sized_data_name,
)
from extract.deferred import re
from extract.kinds import (
    change_kind,
    cost_in_percent,
    count_fraction_part,
    example_of_change,
    is_percent_valued,
    level_read_as_change,
    signed_by_nature,
    signed_level_is_change,
)
from extract.names import (
    VERSION_APART,
    definitions,
    is_benchmark_name,
    is_model_name,
    looks_like_a_name_but_is_not,
    names_in_phrase,
)
from extract.numbers import (
    CARDINALS,
    SUB_UNIT,
    Mention,
    find_mentions,
    has_number,
    unit_scale,
    writes_digit,
)
from extract.records import make_claim, with_dataset
from extract.rules import RULES, Draft, Rule, Site
from extract.rules.base import BRACKETED_INTERVAL, NumberList, draft_of
from extract.rules.changes import change_noun_after
from extract.rules.fragments import (
    BY_BEFORE,
    CHANGE_VERB,
    CLOSED_BRACKET,
    CLOSES_BRACKET,
    COST_METRICS,
    COUNT_OF,
    DECIBEL_METRICS,
    INTRANSITIVE_CHANGE_STEM,
    LEVEL_THEN_IN_TIME,
    LIST_GAP,
    MEASURE_ACRONYM,
    REACHED,
    SHARE_OF,
    STRICT_BOUND,
    forget_texts,
    list_members,
    member_metrics,
    metric_after_qualifier,
    metric_at,
    metric_in_brackets,
    metrics_in,
    metrics_listed_in,
    name_bracketed_metrics,
    own_metric,
    own_metric_after,
    separates_members,
)
from extract.rules.quantities import (
    UNSPECIFIED,
    named_after_bracket,
    own_quantity,
    quantity_name,
)
from extract.rules.scores import (
    COMPARED_SYSTEM,
    NOTHING_REACHES,
    THRESHOLD_AFTER,
    before_and_after,
    bracketed_system,
    compared_phrase,
    in_slashed_tuples,
    listed_benchmark,
    may_be_measure_acronym,
    name_compared_system,
    pair_halves,
)
from extract.rules.units import PHYSICAL_UNIT, unit_after
from extract.sentences import split_sentences
from extract.text import Repaired, repair
from extract.vocab import (
    benchmark_metrics,
    board_metric,
    dataset_vocabulary,
    may_name_metric,
    metric_vocabulary,
)
from extract.words import literal_tree, word_character_before

if TYPE_CHECKING:  # the public functions give pydantic's Claim; `python -m extract` plain records (extract.records)
    from extract.models import Claim, Paper

DEFAULT_BUDGET_S = 2.0
#: The clock budgets count: CPU time of the calling thread, so that time spent waiting
#: for a core on a busy machine is not charged to the abstract. Tests replace it.
CLOCK: Callable[[], float] = time.thread_time
#: A unit outside the spec's set, written after a number: "23.72 dB".
_OTHER_UNIT = r"(?:dB|mm|cm|eV|Hz|kHz|ms/step|eV/atom)\b"
#: What may stand between numbers written in parallel: a unit outside the spec's set
#: ("23.72 dB and 29.84 dB"), an aside, then a comma, slash, "and" or "or".
_SEPARATOR = re.compile(
    # (a member's spread, read past as `Site.right` reads it: "42.33 ± 1.20% and 24.87 ± 1.11%", read84)
    rf"\s*(?:±\s*\d[\d.]*\s*%?\s*)?(?:{_OTHER_UNIT}\s*)?(?:\([^()]{{1,40}}\)\s*)?(?P<sep>,\s*(?:and|or)?|/|\band\b|\bor\b|&)\s*"
    # a hedge on the next member after "and": "by 31-35% and approximately 38%" (read71); not after
    # a comma alone ("in roughly 1s, about 5x faster": another quantity)
    r"(?:(?:(?<=and\s)|(?<=or\s))(?:approximately|about|around|roughly|nearly|almost)\s+)?")
#: A unit outside the spec's set opening `_SEPARATOR`'s gap.
_UNIT_FIRST = re.compile(rf"\s*{_OTHER_UNIT}")
# `writes_digit`, then `_NUMBER_WORD`: two tests, not one alternation (a lone digit class is scanned far faster).
#: The words are those a mention written in words starts with (`numbers.MENTION_WORD_STARTS`:
#: "seventy percent", "eleven times", "thrice as fast"), "fold" glued to any of them
#: ("fivefold"), and the words rules read beyond mentions.
_NUMBER_WORDS = (*CARDINALS, "thousand", "twice", "thrice", "double", "doubles", "doubled", "doubling", "triples", "tripled", "tripling",
                 "half", "halves", "halved", "halving", "magnitude", "third", "quarter", "fourth", "fifth", "tenth")
_NUMBER_WORD = re.compile(rf"(?i:\b{literal_tree(_NUMBER_WORDS)}(?:fold)?\b)")
#: "and improves memory efficiency by", ", while increasing average speed from": a new change verb
#: with its own object before the number (its own rule reads it, and the quantity it names).
_OWN_CHANGE_IN_GAP = re.compile(
    r"(?i)(?:\band|\bwhile|,)\s+(?:\w+ly\s+)?(?:improv|reduc|cut|lower|increas|boost|rais|decreas|enhanc)\w*\s+"
    r"(?:the\s+|its\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+(?:by|from)\s+$")
#: "... and attains over": a verb of reaching with the number as its own object.
_OWN_RESULT_VERB_IN_GAP = re.compile(
    r"(?i)(?:\band|\bwhile|,)\s+(?:\w+ly\s+)?(?:achiev|attain|reach|obtain|deliver|maintain|retain|record|sav)\w*\s+"
    r"(?:(?:over|about|around|approximately|roughly|up\s+to|nearly|more\s+than|only|an?)\s+)?(?:[A-Z][\w@-]*\s+)?$")  # "and reaching HQNR 0.956"; ", saving approximately 3.1 MJ/day" (read61)
#: A clause of its own in the gap: "and" and a verb in the third person with an object after
#: it ("improves accuracy by 9.06% and predicts target poses ... with over 90% rotation accuracy":
#: the 90% is that clause's, not a second change of accuracy).
_OWN_CLAUSE_IN_GAP = re.compile(r"\band\s+(?:also\s+|further\s+)?(?!(?:its|this|thus|has|was|is|as|us)\b)[a-z]{3,}(?<![su])s\s+[a-z]")
#: A clause of its own before the number, its subject and a copula: ", and the average increase in
#: the main index of downstream PS was approximately " (the number is that subject's, not the list's; read72).
_OWN_COPULA_IN_GAP = re.compile(
    r"\b(?:and|while|whereas|but)\s+(?:the\s+|its\s+|their\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,8}?\s+(?:is|was|are|were|remains|remained)\s+"
    r"(?:(?:approximately|about|around|roughly|nearly|only|just|also)\s+)?~?\s*$")
#: That clause's joint and copula, around its subject (what `quantity_name` reads).
_COPULA_AT_END = re.compile(r"^(?:and|while|whereas|but)\s+|\s+(?:is|was|are|were|remains|remained)\s+(?:\w+\s+)?~?\s*$")
#: A change noun in that subject: "the average increase in ...", a change, not a level.
_CHANGE_NOUN = re.compile(r"\b(?:increases?|gains?|improvements?|reductions?|decreases?|drops?|changes?)\b")
#: A p-value right after a number, in the same aside: ", p=0.025", "; p < .001".
_P_VALUE_AFTER = re.compile(r"\s*\$?\s*[,;]\s*\$?\s*p\s*(?:<|>|=|≤|≥|<=)")
#: A p-value's key right before a number: "p < ", "p = ", "p-value of "; a test statistic's
#: ("t=4.0", "z = 2.1": read82).
_P_VALUE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:p(?:\s*-?\s*values?(?:\s+of)?)?\s*(?:<|>|=|≤|≥|<=)?|(?-i:[tz])\s*=)\s*$")
#: A confidence bound's or interval's key right before a number: "lower bounds of ", "95% CI ".
_CONFIDENCE_BOUND_BEFORE = re.compile(r"(?i)\b(?:(?:lower|upper|confidence)\s+bounds?|confidence\s+intervals?|CIs?)\s*(?:of|[:=])?\s*$")
#: A plural noun right after a whole number: "200 scenes", "12 tasks" (a count).
_COUNTED_NOUN_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*[^s\W]s\b")
#: A number's own aside in brackets right after it: "91.8 % (79.1 %) on the ALS data".
_LEADING_ASIDE = re.compile(r"^\s*(?:%|x|points?)?\s*\([^()]{1,30}\)")
#: The second end of a range written below zero: "-0.107 to -0.018".
_NEGATIVE_SECOND_END = re.compile(r"\sto\s+[-−]\s?\d")
#: A spread, a number's own error bar: "± 0.077", "+/- 0.05%", "$\pm$ 1.2".
_SPREAD = r"(?:±|\+/-|\+-|\$?\\pm\$?)\s*\$?\d[\d.,]*\$?\s*(?:\\?%)?"
#: A spread written right after a number: " ± 0.077" (read72).
_LEADING_SPREAD = re.compile(rf"^\s*(?:\\?%)?\s*{_SPREAD}")
_ELLIPSIS_GAP = re.compile(r"^[^;]{0,100}$")
#: A capitalised name right before a number ("Prithvi 2.0"), and a score in brackets right after it.
_VERSION_OF_NAME_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w-]*\s$")
#: (keyed too: "Claude Sonnet 4 (F1 = 0.518 and MCC = 0.359)"; read46)
_SCORE_IN_BRACKET_AFTER = re.compile(r"\s*\(\s*(?:[A-Za-z][\w@-]*\s*[:=]?\s*)?[-+]?\d")
_AT_WORD = re.compile(r"\bat\b")
#: Between a claim and a bound in brackets after it: "on average (up to ", " (as much as ".
_BOUND_IN_BRACKETS = re.compile(
    r"(?i)^\$?\s*(?:%|x|points?)?\s*(?:[a-z][\w-]*\s+){0,3}?(?:(?:on\s+)?average|overall|in\s+total|on\s+median)?\s*\(\s*"
    r"(?:up\s+to|as\s+(?:much|high|low|many)\s+as|reaching|peaking\s+at|max(?:imum)?(?:\s+of)?|at\s+most|at\s+best)\s*"
    r"(?:\$?\s*(?:~|≈|\\sim|\\approx)\s*)?$")  # "(up to ~330x)", "(up to $\sim 330\times$)" (read69)
#: Between a claim and an average in brackets after it: " speedup (", "% (".
_OPENS_BRACKET = re.compile(r"(?i)^\s*(?:%|x|points?)?\s*(?:[a-z][\w-]*\s+){0,2}?\(\s*$")
_AVERAGE_CLOSES = re.compile(r"(?i)\s*(?:%|x|×|points?)?\s*(?:on\s+average|in\s+average|on\s+avg\.?|avg\.?|average)\s*\)")
#: A statistic's name opening a bracket, before its value: " (mean ", "(median: ".
_STATISTIC_OPENS = re.compile(r"^\s*\(\s*(?:mean|median|average|avg\.?)\s*[:=]?\s*$")
#: A mean over runs, after its spread ("(95.72% ± 0.54% over five seeds)": read59); without a
#: spread, "(79.0% on average across seeds)" stays no claim (recall20's guard).
_OVER_RUNS_CLOSES = re.compile(rf"(?i)\s*(?P<spread>{_SPREAD}\s*)?(?:over|across)\s+(?:\w+\s+)?(?:random\s+)?(?:seeds|runs|folds|trials)\s*\)")
#: A delta's restatement as a share of the baseline's value, in brackets: "6.0 points (36.4%
#: relative)", "2.1 mAP (or 12.4% relatively)", "(i.e., 9% rel.)".
_RELATIVE_OPENS = re.compile(r"(?i)^\s*(?:points?|pts?|pp)?\s*(?:[a-z][\w-]*\s+){0,2}?\(\s*(?:or\s+|i\.e\.,?\s+)?$")
_RELATIVE_CLOSES = re.compile(r"(?i)\s*(?:relative(?:ly)?|rel\.)\s*\)")
_BRACKET_CLOSES = re.compile(r"\s*(?:\)|;|,?\s*(?:on|in|for|with)\b)")
#: (or data named by its kind: "0.939 on an internal test set and 0.954 on the clinical trial dataset", read42)
#: ("76.25% zero-shot on BdSL-38": a setting said between the number and its benchmark; read59)
_ON_BENCHMARK = re.compile(r"\s*(?:\(\s*)?(?:(?:zero|few|one)-shot\s+|fine-tuned\s+|linear-probe\s+)?(?:on|in|for)\s+(?:the\s+|an?\s+)?(?:(?:[\w-]+\s+){0,2}?(?:[A-Z]|[\w-]+-level\b)"
                           r"|(?:[\w-]+\s+){0,3}?(?:datasets?|test\s+sets?|validation\s+sets?|splits?|cohorts?)\b)")
_PARALLEL_SETTING = re.compile(r"^,?\s*and\s+(?:[\w-]+\s+){1,5}(?:with|of|at)\s*$")  # "... of 63.5% and for visual appeal with 58.2%"
#: "... and 73% in energy per inference": an elided change's own quantity.
_IN_QUANTITY = re.compile(r"\s*(?:%|points?)?\s+in\s+(?P<np>[A-Za-z][\w-]*(?:\s+[\w-]+){0,4})")
#: "... and 30% in real-world task success": an elided change's own quantity, a task's success,
#: the spec's success rate (as `<number> <task> success` names "86.7% end-to-end success": read32).
_IN_TASK_SUCCESS = re.compile(r"\s*(?:%|points?)?\s+in\s+(?:[a-z][\w-]*\s+){0,2}?success(?:es)?\b(?!\s+(?:rates?|ratios?))")
#: ", peak joint torques by " between two changes: the second names its own quantity.
_OWN_QUANTITY_BY = re.compile(
    r"^\s*(?:%|points?)?\s*,\s*(?:and\s+)?(?P<np>(?:[A-Za-z][\w-]*\s+){1,5}?)by\s+(?:(?:up\s+to|about|around|over|nearly|more\s+than|only)\s+)?$")
#: The member's own intransitive or passive change verb at the end of `_OWN_QUANTITY_BY`'s phrase.
_OWN_CHANGE_VERB_END = re.compile(
    rf"(?i)\s+(?:(?:is|are|was|were)\s+)?(?:{INTRANSITIVE_CHANGE_STEM}|improv|reduc|lower|cut)\w*\s+$")
#: "40% fewer freezing incidents", "83% input channel compression": a comparative and the
#: noun it qualifies, or a noun and the change of it; the number states a change of that
#: quantity, none of the claim before it.
_OWN_QUANTITY_AFTER = re.compile(
    r"\s*(?:%|x|×|points?)?\s+(?:(?:fewer|less|more|lower|higher|greater|smaller|larger|shorter|longer|faster|slower"
    r"|better|worse|cheaper)\s+(?!(?:than|on|in|for|at|with|across|over|under|compared|and|or|to|by)\b)[a-z]"
    r"|(?:(?!(?:relative|absolute|average|overall|mean|total|performance|on|in|for|at|of|and|or)\b)[a-z][\w-]*\s+){1,3}"
    r"(?:reductions?|compressions?|improvements?|gains?|increases?|decreases?|drops?|savings?)\b)")
_BENCHMARK_BEFORE = re.compile(r"\b(?:on|in|for)\s+(?:the\s+)?[A-Z][\w./-]*(?:\s[\w.-]+){0,2}\s*,?\s*$")


@dataclass
class Extraction:
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _OutOfTime(Exception):
    pass


class Budget:
    """The CPU time one abstract may take. `check()` raises `_OutOfTime` once it is spent.

    `backstop` bounds a single regex call (the `regex` module's own timeout, which it
    counts in the process's CPU seconds: it reads CLOCK_PROCESS_CPUTIME_ID, as strace
    shows, so a loaded machine does not bring it nearer): a guard against a pattern that
    backtracks without end on one bounded piece of text, far above what any call takes,
    never the budget's measure: ten times the budget and at least 10 s (with `--jobs`,
    each worker is a process of its own, so other workers' time is not counted).
    """

    def __init__(self, seconds: float, clock: Callable[[], float], timer: bool = False):
        self.seconds = seconds
        self.clock = clock
        self.deadline = clock() + seconds
        self.backstop_s = max(10 * seconds, _MIN_BACKSTOP_S)
        #: The regex calls' `timeout`: None where one CPU-time timer for the whole abstract
        #: is the backstop instead (`timer_backstop`; each call given a timeout reads the
        #: process's CPU clock twice, a system call here: ~10 reads an abstract).
        self.backstop = None if timer else self.backstop_s
        # A thread's CPU time never runs ahead of the wall clock, so until `seconds` of wall
        # time have passed the budget cannot be spent and the CPU clock need not be read: on
        # a VM that read is a system call (0.8 us against 0.08 us for the monotonic clock),
        # and checks at every site made it 4% of extraction. Any other clock (a test's
        # injected one) is read at every check.
        self._wall_floor = time.monotonic() + seconds if clock is time.thread_time else -math.inf

    def check(self) -> None:
        if time.monotonic() < self._wall_floor:
            return
        if self.clock() >= self.deadline:
            raise _OutOfTime


#: The backstop's least length, CPU seconds (tests shorten it).
_MIN_BACKSTOP_S = 10.0
#: Metrics a later sentence never takes as its own unsaid one.
_NO_CONTEXT_METRICS = COST_METRICS | {"unspecified", "params", "response length"}  # (tokens spent are a cost too: read70)


def extract_text(text: str, paper_id: str = "", title: str = "", budget_s: float = DEFAULT_BUDGET_S,
                 clock: Callable[[], float] | None = None) -> Extraction:
    """Every claim of one abstract, in order of appearance. `clock` (default `CLOCK`)
    is what the budget counts."""
    result = Extraction()
    timer = backstop.guards_this_thread()
    budget = Budget(budget_s, clock or CLOCK, timer)
    forget_texts()
    claims: list[Claim] = []
    try:
        try:
            if not _writes_number(text):
                return result  # no number written in digits or words: no claim
            if timer:
                backstop.arm(budget.backstop_s)
            budget.check()
            repaired = repair(text)
            # a title's LaTeX is repaired as the abstract's is, so the names they share agree
            # ("$σ$Transfer: ..." is the abstract's "σTransfer"; read69)
            title = repair(title).text if "$" in title or "\\" in title else title
            budget.check()
            context_metric = None
            # whether a sentence may name the measure results are read by: asked of the abstract first
            measure_cued = _may_name_measure(repaired.text)
            measured_in: dict[str, str] = {}  # a unit outside the spec's -> the metric last measured in it
            for context in sentence_contexts(split_sentences(repaired.text), repaired.text, title):
                budget.check()
                found = _sentence_drafts(context, budget, context_metric)
                if not found:
                    # most sentences: no claim, and the context metric stands, unless the
                    # sentence names the measure results are read by (`_measure_named`)
                    if measure_cued:
                        context_metric = _measure_named(context.text) or context_metric
                    continue
                kept = []
                for draft, _, site_end in found:
                    if measured_in and draft.rule == _UNIT_RULE and draft.metric == "throughput":
                        _metric_measured_in_unit(draft, measured_in, context)
                    made = _claims(draft, context, site_end, repaired, paper_id, context.abstract.method, title)
                    claims.extend(made)
                    if made:  # a draft dropped ("a TPR of 12.4% at 1% FPR"'s rate) claims nothing
                        kept.append(draft)
                # what later sentences may leave unsaid: the metric of the last result claimed
                # (a quantity named outside the vocabulary, "contact force", is said of its own sentence)
                claimed = [d.metric for d in kept
                           if d.metric and d.metric not in _NO_CONTEXT_METRICS and not d.quantity_named]
                context_metric = claimed[-1] if claimed else context_metric
                for draft in kept:
                    if draft.condition and draft.kind == "score" and draft.rule != _UNIT_RULE and draft.metric not in (None, UNSPECIFIED):
                        for unit in draft.condition.split(", "):
                            if _PHYSICAL_UNIT_WHOLE.fullmatch(unit):
                                measured_in[unit] = draft.metric
        finally:  # disarmed before any handler below runs
            backstop.disarm()
    except (_OutOfTime, TimeoutError):
        result.warnings.append(f"{paper_id or 'abstract'}: extraction stopped after its {budget_s:g} s budget; "
                               f"the {len(claims)} claims found before that are kept")
    except Exception as error:  # noqa: BLE001 -- a defect in one rule must not lose the other abstracts
        result.warnings.append(f"{paper_id or 'abstract'}: extraction failed ({type(error).__name__}: {error}); "
                               f"the {len(claims)} claims found before that are kept")
    result.claims = _dedupe(claims)
    return result


#: The two characters outside ASCII that `_NUMBER_WORD` matches without case whose lower case
#: is not the letter they match (dotted İ for i, long ſ for s).
_ODD_CASES = ("\u0130", "\u017f")


#: `_NUMBER_WORD` in a text all in ASCII and lower-cased, where `(?i)` reads no other letter
#: and `\w` is [a-z0-9_]: the word start `\b` is the character before the word that is no word
#: character (or the text's start), and the words are a tree of literal letters. `re` scans
#: for the separator's class at C speed and tries a branch only where its first letter is
#: (sixteen `str.find` scans of each sentence, or the pattern without case, cost 1.7-3x as much).
_LOWER_NUMBER_WORD = literal_tree(_NUMBER_WORDS) + "(?:fold)?(?![a-z0-9_])"
_LOWER_NUMBER_WORD_FIRST = re.compile(_LOWER_NUMBER_WORD)
_LOWER_NUMBER_WORD_AFTER_SEPARATOR = re.compile(r"[^a-z0-9_]" + _LOWER_NUMBER_WORD)
#: The same test over the text's bytes with each capital lower-cased and each character that
#: is no word character ([^a-z0-9_] once lower-cased) made a space, by one `bytes.translate`:
#: the words and the characters after them read alike, a separator is a space, and `re` scans
#: for a pattern that opens with one literal character by a tight loop, where it tested the
#: separator's class at every character (the test 23.5 -> 16.6 ms over the pool's 17,197
#: sentences in ASCII without a digit). Only while every word is letters (no separator in one).
_FOLDED_SEPARATORS_AS_SPACES = bytes(
    byte + 32 if 65 <= byte <= 90 else byte if 97 <= byte <= 122 or 48 <= byte <= 57 or byte == 95 else 32
    for byte in range(256))
_NUMBER_WORDS_ARE_LETTERS = all(word.isascii() and word.isalpha() and word.islower() for word in _NUMBER_WORDS)
_SPACED_NUMBER_WORD_FIRST = re.compile(_LOWER_NUMBER_WORD.encode("ascii"))
_SPACED_NUMBER_WORD_AFTER_SPACE = re.compile(b" " + _LOWER_NUMBER_WORD.encode("ascii"))


def _writes_number(text: str) -> bool:
    """A number written in digits or words. Most sentences write neither: `_NUMBER_WORD`,
    an alternation tried at every position, is read in a text all in ASCII by the
    lower-cased patterns above (nearly every sentence), else tried only where the
    lower-cased text (as long as the text, character for character) holds one of its
    words at the start of a word (most are inside one: "often", "attention", "someone")."""
    if writes_digit(text):
        return True
    if "ub-" in text and SUB_UNIT.search(text):
        return True  # "sub-second latency": a bound written without a digit (numbers.SUB_UNIT)
    if text.isascii():
        if _NUMBER_WORDS_ARE_LETTERS:
            spaced = text.encode("ascii").translate(_FOLDED_SEPARATORS_AS_SPACES)
            return bool(_SPACED_NUMBER_WORD_FIRST.match(spaced) or _SPACED_NUMBER_WORD_AFTER_SPACE.search(spaced))
        lowered = text.lower()
        return bool(_LOWER_NUMBER_WORD_FIRST.match(lowered) or _LOWER_NUMBER_WORD_AFTER_SEPARATOR.search(lowered))
    if any(odd in text for odd in _ODD_CASES):
        return bool(_NUMBER_WORD.search(text))
    lowered = text.lower()
    tries = 0
    for word in _NUMBER_WORDS:
        at = lowered.find(word)
        while at >= 0:
            # the pattern's `\b` before the word
            if not word_character_before(text, at) and _NUMBER_WORD.match(text, at):
                return True
            tries += 1
            if tries > _MAX_WORD_TRIES:  # "nonenonenone...": one scan in C, not a loop here
                return bool(_NUMBER_WORD.search(text))
            at = lowered.find(word, at + 1)
    return False


#: Places the number-word test tries before it leaves a text to the pattern's own scan.
_MAX_WORD_TRIES = 100


def extract_claims(text: str, paper_id: str = "", title: str = "") -> list[Claim]:
    return extract_text(text, paper_id, title).claims


#: A sentence that says by which measure results are read, without a number: "Quantitative
#: results, based on FID scores, show that ...", "evaluated in terms of BLEU".
_MEASURED_BY = re.compile(r"(?i)\b(?:based\s+on|in\s+terms\s+of|measured\s+(?:by|with|in)|as\s+measured\s+by)\s+")


def _may_name_measure(text: str) -> bool:
    """Whether `text` holds a word every match of `_MEASURED_BY` holds (string searches)."""
    return "ased on" in text or "erms of" in text or "easured" in text


def _measure_named(text: str) -> str | None:
    """The one metric a sentence without a claim names right after "based on", "in terms of"
    or "measured by", which later sentences may leave unsaid, as they leave unsaid the metric
    of the last claim: "Quantitative results, based on FID scores, show that ... On 100k images,
    it achieves near-parity on CelebA (13.921 vs. 12.928)" (read63). None when it names none,
    or more than one ("in terms of PSNR and SSIM")."""
    cue = _MEASURED_BY.search(text) if _may_name_measure(text) else None
    if cue is None:
        return None
    phrase = re.split(r"[,;:()]", text[cue.end():cue.end() + 60], maxsplit=1)[0]
    if not may_name_metric(phrase):
        return None  # "based on the observation that ...": most cues name no metric, said without a scan
    named = {name for name, _, _ in metrics_in(phrase)} - _NO_CONTEXT_METRICS
    return named.pop() if len(named) == 1 else None


def extract_paper(paper: Paper, budget_s: float = DEFAULT_BUDGET_S) -> Extraction:
    return extract_text(paper.abstract, paper.id, paper.title, budget_s)


# --- sites and rules ------------------------------------------------------------

def _sentence_drafts(context: SentenceContext, budget: Budget,
                     context_metric: str | None) -> list[tuple[Draft, SentenceContext, int]]:
    if not _writes_number(context.text):
        return []  # most sentences write no number: spare them the number scanner
    found = _numbers_of(context, budget)
    if not found:
        return []
    if "datasets" in context.__dict__:  # the sentence's benchmarks read already (a cached property)
        mentions = [_absolute(m, context.offset) for m in found if not _inside_dataset_name_at(m.start, context)]
        return _drafts_of(mentions, context, budget, context_metric) if mentions else []
    # The sentence's benchmarks not read yet: what its numbers give is read first, and the
    # benchmarks (is a number part of one's name? then it is left out) only where that can
    # change it. Numbers no two of which can be read as one list, even with the numbers
    # between them left out (`_may_join`), are each read alone, each as it was read here, so
    # where they give nothing together, every subset of them gives nothing. (The benchmarks
    # of most sentences with a number and no claim were read for this test alone: with, for
    # some, the paper's own system, ~4% of extraction, which their drafts never asked for.)
    starts = [m.start for m in found]
    joinable = _may_join(found, context.text)
    out = _drafts_of([_absolute(m, context.offset) for m in found], context, budget, context_metric)
    if not out and not joinable:
        return []
    inside = [_inside_dataset_name_at(start, context) for start in starts]
    if not any(inside):
        return out
    # numbers read as one list may have been changed by their reading (a unit shared): found afresh
    again = _numbers_of(context, budget)
    mentions = [_absolute(m, context.offset) for m, left_out in zip(again, inside) if not left_out]
    return _drafts_of(mentions, context, budget, context_metric) if mentions else []


def _numbers_of(context: SentenceContext, budget: Budget) -> list[Mention]:
    """The sentence's numbers (offsets in the sentence), less a "±" spread, numbers in
    addresses and the scale a score is given out of ("8.96/10")."""
    mentions = list(find_mentions(context.text, timeout=budget.backstop))
    if "±" in context.text:
        mentions = _means_in_spread_unit(mentions, context.text)
    if "vs" in context.text or "versus" in context.text:
        mentions = _pairs_in_one_unit(mentions, context.text)
    found = [m for m in mentions if not (m.sign == "±" or _inside_url(m, context))]
    if "[" in context.text:
        found = _less_bracketed_intervals(found, context.text)
    if "/" in context.text:
        found = [m for i, m in enumerate(found) if not (i and _out_of_scale(found[i - 1], m, context.text))]
    return found


#: An interval in square brackets right after an estimate's number: "+0.314 [0.254, 0.375]".
_INTERVAL_AFTER_NUMBER = re.compile(rf"(?<=\d|%)\s*{BRACKETED_INTERVAL}")


def _less_bracketed_intervals(mentions: list[Mention], text: str) -> list[Mention]:
    """The numbers less the bounds of an interval in square brackets right after an estimate
    ("+0.087 [+0.042, +0.132]"), read past as a spread is (`Site.right`), not numbers of a list
    (read84)."""
    spans = [(m.start(), m.end()) for m in _INTERVAL_AFTER_NUMBER.finditer(text)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(start <= m.start and m.end <= end for start, end in spans)]


#: A verb of reaching right before a level, and "in" a duration after its metric: a target
#: reached in a time ("reaches 85% validation accuracy in 6.13 ± 0.15 minutes"; fragments.LEVEL_THEN_IN_TIME).
_REACH_BEFORE = re.compile(rf"(?i){REACHED}$")
_IN_TIME_AFTER = re.compile(
    rf"(?i){LEVEL_THEN_IN_TIME}\d[\d.,]*(?:\s*(?:±|-|–|to)\s*\d[\d.,]*)?\s*(?:GPU[\s-])?"
    r"(?:minutes?|mins?|hours?|hrs?|h|seconds?|secs?|s|days?|weeks?)\b")

#: What makes a small parameter count no size of the paper's unnamed system: a baseline's
#: ("the baseline (5,552 params)"), a bound or a span of sizes studied ("up to 36K parameters",
#: "100 to 8,192 parameters"), or a count per item ("94 parameters per frame").
_NOT_OWN_SMALL_SIZE_BEFORE = re.compile(r"(?i)\bbaselines?\b[^.;]{0,20}$|\b(?:up\s+to|under|below|less\s+than|fewer\s+than|over|more\s+than|at\s+most)\s+(?:about\s+|~\s*)?$")
_PER_ITEM_AFTER = re.compile(r"(?i)\s*(?:trainable\s+|learnable\s+)?(?:parameters?|params?)\s+per\b")


def _own_small_size(draft: Draft, context: SentenceContext) -> bool:
    """A parameter count under 1e5 said of the paper's own system left unnamed ("a compact
    network of ~4,600 parameters", "totaling 97,956 trainable parameters", "A 37k-parameter
    network"): the six labels give it to the paper's system (holdout55, 82, 96, 111 and 125 with no
    model, their titles naming none; holdout123 to its title's SincDPNet); a range, a bound, a
    baseline's size or a count per item stays none (read78)."""
    start, end = draft.mention.start - context.offset, draft.mention.end - context.offset
    return (draft.value_max is None and not _NOT_OWN_SMALL_SIZE_BEFORE.search(context.text, max(0, start - 30), start)
            and not _PER_ITEM_AFTER.match(context.text, end))


#: "vs." or "versus" alone between two numbers: "12.5 vs. 13.3 FPS".
_VERSUS_BETWEEN = re.compile(r"\s*(?:vs\.?|versus)\s*")
#: The quantities whose unit, written once after a pair, is the first number's too.
_UNIT_SHARED_IN_PAIR = frozenset({"rate", "time", "memory"})


def _pairs_in_one_unit(mentions: list[Mention], text: str) -> list[Mention]:
    """'12.5 vs. 13.3 FPS', '3 vs. 5 ms': a bare number compared with one in a unit of speed,
    time or memory is in that unit, as a unit written once after a list is every member's
    (read84)."""
    out = list(mentions)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if second.quantity not in _UNIT_SHARED_IN_PAIR or first.quantity != "plain" or first.sign or first.glued \
                or first.value_max is not None or not _VERSUS_BETWEEN.fullmatch(text, first.end, second.start):
            continue
        scale = unit_scale(second)
        out[i - 1] = replace(first, value=first.value * scale, quantity=second.quantity, unit=second.unit)
    return out


def _means_in_spread_unit(mentions: list[Mention], text: str) -> list[Mention]:
    """'in 6.13 ± 0.15 minutes', '85.1 ± 0.3% accuracy': the unit written once, after a mean's
    spread, is the mean's too (its value in the spec's unit: 367.8 s), as a unit written once after a
    pair is both numbers' (read77)."""
    out = list(mentions)
    for i in range(1, len(out)):
        mean, spread = out[i - 1], out[i]
        if spread.sign != "±" or spread.unit is None or mean.unit is not None or mean.quantity != "plain" \
                or mean.sign == "±" or mean.glued or mean.value_max is not None or text[mean.end:spread.start].strip():
            continue
        # the spread's scale, as written after its sign ("± 0.15 minutes": 60)
        scale = unit_scale(replace(spread, text=spread.text.lstrip("± ")))
        out[i - 1] = replace(mean, value=mean.value * scale, quantity=spread.quantity, unit=spread.unit,
                             percentage_points=spread.percentage_points)
    return out


#: An error rate a detector is run at: "TPR at 1% FPR", "a TAR of 97.5% at FAR=0.01%", "FPR at
#: 95% TPR". The value fixed there is the setting of the score read at it, no result (read54).
_OPERATING_RATE = (r"(?:FPR|FAR|FRR|TPR|false[- ](?:positive|alarm|acceptance|rejection|match)\s+rate"
                   r"|true[- ]positive\s+rate)s?(?![\w-])")
#: (the rate may be qualified as fixed: "at a nominal $0.1\\%$ false-positive rate"; read75)
_AT_RATE_BEFORE = re.compile(rf"(?:\bat|@)\s*(?:an?\s+|the\s+)?(?:(?:fixed|target|nominal|chosen|specified|given)\s+)?"
                             rf"(?P<rate>{_OPERATING_RATE}\s*(?:=|of|:)?\s*)?\$?$")
#: (a hyphened word may qualify the rate: "at 4% trajectory-wise FPR")
_RATE_AFTER = re.compile(rf"\s*(?:%|\\%)?\s*(?:[a-z]+-[a-z]+\s+)?{_OPERATING_RATE}")


#: A sparsity level right after a percentage: "99% sparsity", "$50\\%$ sparsity", "40% query-channel sparsity".
_SPARSITY_AFTER = re.compile(r"\s*(?:\\?%)?\$?\s+(?:[\w-]+\s+)?sparsity\b")


def _operating_point(mention: Mention, context: SentenceContext) -> bool:
    """Whether `mention` (offsets in the abstract) is the error rate a score is read at: asked of
    the scores drafted, not of every number (a test of the words in each sentence cost 0.2%)."""
    start, end, text = mention.start - context.offset, mention.end - context.offset, context.text
    before = _AT_RATE_BEFORE.search(text, max(0, start - 40), start)
    return bool(before and (before.group("rate") or _RATE_AFTER.match(text, end)))


#: Slashed words before a score: "PSNR/SSIM of 32.1/0.91" pairs values with metrics, no scale.
_SLASHED_WORDS_BEFORE = re.compile(r"[A-Za-z][\w@-]*\s*/\s*[A-Za-z][^/]{0,60}$")


def _out_of_scale(score: Mention, scale: Mention, text: str) -> bool:
    """'a factual accuracy score of 8.96/10', 'a completeness score of 56.65/70': a whole
    number after a slash, no smaller than the plain decimal before it, is the scale the score
    is out of, no result of its own (read43); not a count ('15/22 tasks'), a tuple of three
    ('1/2/3') nor values after slashed metrics ('PSNR/SSIM of 32.1/40')."""
    return (score.quantity == scale.quantity == "plain" and scale.is_integer and not scale.sign and not score.sign
            and scale.value_max is None and score.value_max is None and score.value <= scale.value
            and "." in score.text  # "solving 15/22 tasks" counts
            and text[score.end:scale.start] == "/" and not text.startswith("/", scale.end)
            and not (score.start and text[score.start - 1] == "/")
            and not _SLASHED_WORDS_BEFORE.search(text, max(0, score.start - 80), score.start))


#: Numbers beyond which `_may_join` says "may" without trying every pair.
_MAX_JOIN_TESTS = 8


def _may_join(mentions: list[Mention], text: str) -> bool:
    """Whether two of these numbers (offsets in `text`, in order) could be read as one site
    (`_sites`) with every number between them left out: `_sites`' test of each pair."""
    if len(mentions) > _MAX_JOIN_TESTS:
        return True
    return any(_SEPARATOR.fullmatch(text[a.end:b.start]) and not a.glued and not b.glued and _compatible(a, b)
               for i, a in enumerate(mentions) for b in mentions[i + 1:])


def _drafts_of(mentions: list[Mention], context: SentenceContext, budget: Budget,
               context_metric: str | None) -> list[tuple[Draft, SentenceContext, int]]:
    """The drafts of a sentence's numbers (offsets in the abstract), in order."""
    out: list[tuple[Draft, SentenceContext, int]] = []
    previous: tuple[Site, list[Draft]] | None = None
    head_before_aside: tuple[Site, list[Draft]] | None = None
    unread_factors: list[Site] = []
    for site in _sites(mentions, context, context_metric):
        budget.check()
        timeout = budget.backstop
        produced = _apply_rules(site, timeout)
        read_together = produced is not None
        if produced is None and len(site.mentions) > 1:
            produced = []
            for mention in site.mentions:
                single = Site([mention], context.text, context.offset,
                              mention.start - context.offset, mention.end - context.offset, context_metric)
                alone = _apply_rules(single, timeout)
                if alone is None and produced:
                    alone = _listed_size(produced[-1], single)  # "Gemma 3 12B and 27B" (read54)
                produced.extend(alone or [])
        if produced:
            _name_defined_metric(produced, site, context)
            _name_written_out_defined_metric(produced, site, context)
            _name_vocabulary_defined_acronym(produced, context)
            _name_qualified_defined_metric(produced, site, context)
            if previous is not None:
                _contrasted_metric(produced, site, previous)
                _change_list_member(produced, site, previous)
                _pronoun_object_metric(produced, site, previous)
                _contrasted_change_metric(produced, site, previous)
                _listed_change_metric(produced, site, previous)
                _next_pair_metric(produced, site, previous)
                produced[:] = _listed_pair(produced, site, previous)
                _next_by_group_metric(produced, site, previous)
        if not produced:
            produced = _defined_metric_value(site, context)
        if not produced and len(site.mentions) == 1 and site.mentions[0].quantity == "ratio":
            unread_factors.append(site)
        if not produced and previous is not None:
            # "48.1% on A (a 9.6% relative gain) and 55.0% on B": after an aside in brackets the
            # list goes on from its member before the aside, not from the aside
            after_aside = head_before_aside is not None and _after_aside(head_before_aside[0], previous[0], site)
            produced = _elided(site, head_before_aside if after_aside else previous)
            _pair_with_earlier_members(produced, out)
        if produced:
            _dataset_of_listed_member(site, produced)
            _join_list(site, produced, read_together)
            out.extend((draft, context, site.offset + site.end) for draft in produced)
            if previous is not None and previous[1][0].kind != "params" and all(draft.rule in _NAMED_SIZE_RULES for draft in produced):
                # "surpassing the 80B HunyuanImage by 28% on WISE and the 27B Qwen-Image-Edit by 37%":
                # a size inside a list of results names a system; the list goes on from the
                # result before it (read33)
                continue
            head_before_aside = previous if previous is not None and _opens_aside(previous[0], site) else None
            previous = (site, produced)
    if unread_factors and out:
        _factors_named_after(unread_factors, out, context)
    if not out:
        return out  # what follows reads and sets drafts only
    if "/" in context.text and ("vs" in context.text or "versus" in context.text):
        _slashed_versus(out, mentions, context)
    _slashed_groups(out, context)
    if "(" in context.text:
        _statistic_in_brackets(out, context)
    _respectively(out, context)
    _metrics_of_respective_pairs(out, context)
    _metrics_of_members(out, context)
    _specific_metrics(out, context)
    _bracketed_metric_names(out, context)
    _physical_units(out, context)
    _decibel_metric(out, context_metric)
    _carry_named_quantity(out)
    _restated_change_of_pair(out, context)
    _closing_bracketed_metric(out, context)
    _bracketed_metric_of_pairs(out, context)
    _compared_in_result_metric(out)
    _bracketed_change_of_value(out, context)
    return out


#: What follows a number whose bracket closes the sentence: " points (Avg@12).".
_BRACKET_CLOSES_SENTENCE = re.compile(r"[^()]*\(\s*[^()]*\)\s*[.;]?\s*$")


def _closing_bracketed_metric(found: list[tuple[Draft, SentenceContext, int]], context: SentenceContext) -> None:
    """'outperforming GRPO by 16.11 points and self-distillation by 5.27 points (Avg@12).': the
    metric closing a list of changes in brackets is every listed change's, as a metric closing
    a list of benchmarks is (read41), not only the last change's (read48)."""
    changes = [draft for draft, _, _ in found if draft.kind in ("delta", "relative")]
    if len(changes) < 2 or all(draft.metric != UNSPECIFIED for draft in changes):
        return
    after = context.text[changes[-1].mention.end - context.offset:]
    named = metric_in_brackets(after) if _BRACKET_CLOSES_SENTENCE.match(after) else None
    if named is None or any(draft.metric not in (UNSPECIFIED, named) for draft in changes):
        return
    for draft in changes:
        draft.metric = named


def _bracketed_metric_of_pairs(found: list[tuple[Draft, SentenceContext, int]], context: SentenceContext) -> None:
    """'it improves AIME 2025 from 36.9 to 40.3 and AIME 2024 from 47.9 to 51.1 (avg@16)': a metric
    alone in brackets right after the last of the sentence's pairs "from A to B", none of which
    named one, is every pair's, as a metric closing a list of changes is (read55)."""
    pairs = [draft for draft, _, _ in found if draft.role in ("before", "after")
             and draft.rule.startswith("<metric> from <number> to <number>")]
    if not pairs or pairs[-1].role != "after" or any(draft.metric != UNSPECIFIED for draft in pairs):
        return
    at = pairs[-1].mention.end - context.offset
    named = metric_in_brackets(context.text[at:at + 60])
    for draft in pairs if named else ():
        draft.metric = named


def _metrics_of_respective_pairs(found: list[tuple[Draft, SentenceContext, int]], context: SentenceContext) -> None:
    """'the SR and SPL of Gemini-3.6-Flash increase from 8.6% to 55.7% and from 7.6% to 44.0%,
    respectively': pairs "from A to B" read in one metric, as many as the metrics listed right
    before the first of them, with a 'respectively' after the last, are each its listed
    metric's, in order (read79)."""
    if "respectively" not in context.text:
        return
    pairs = [draft for draft, _, _ in found if draft.role in ("before", "after")
             and draft.rule.startswith("<metric> from <number> to <number>")]
    count = len(pairs) // 2
    if (count < 2 or len(pairs) % 2 or len({draft.metric for draft in pairs}) != 1
            or [draft.role for draft in pairs] != ["before", "after"] * count
            or context.text.rfind("respectively") < pairs[-1].mention.end - context.offset):
        return
    named = metrics_in(context.text[:pairs[0].mention.start - context.offset])
    listed = named[-count:]
    if (len(listed) < count or len({name for name, _, _ in listed}) != count
            or not all(LIST_GAP.fullmatch(context.text, first[2], second[1]) for first, second in pairwise(listed))):
        return
    for index, draft in enumerate(pairs):
        draft.metric = listed[index // 2][0]


#: Between the second value of "from A to B" and the change it comes to, restated: ", a ", " (".
_RESTATING_GAP = re.compile(r"\s*(?:,|\(|--|—|–)\s*(?:i\.e\.,?\s+|or\s+)?(?:an?\s+)?(?:(?:about|around|nearly|roughly|over|almost)\s+|~\s*)?$")


def _restated_change_of_pair(found: list[tuple[Draft, SentenceContext, int]], context: SentenceContext) -> None:
    """'the false-alarm rate grows from 0.04% to 2.7%, a 67-fold increase': a change that names
    nothing, written right after the two values of a named metric's "from A to B", is the
    change between them, of that metric (read48)."""
    for (before, _, _), (draft, _, _) in pairwise(found):
        if (draft.metric == UNSPECIFIED and draft.kind in ("ratio", "relative", "delta") and before.role == "after"
                and before.metric not in (None, UNSPECIFIED)
                and _RESTATING_GAP.match(context.text[before.mention.end - context.offset:draft.mention.start - context.offset])):
            draft.metric = before.metric


#: A change verb, then an acronym it changes right before the pair: "improves WGA from ".
_DEFINED_ACRONYM_CHANGED = re.compile(
    rf"(?i:\b{CHANGE_VERB})\s+(?:(?:the|its|their|mean|average|overall)\s+)*(?P<acronym>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\s+from\s+$",
    re.VERBOSE)
#: An acronym right after a number: "59% EIR", "0.82 TCI".
_ACRONYM_AFTER_NUMBER = re.compile(r"\s*(?:%|\\%)?\s*(?P<acronym>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)(?![\w-])")
#: A long form right after a number, then its acronym in brackets: "% Reward Hacking Rate (RHR)".
_LONG_FORM_THEN_ACRONYM = re.compile(r"\s*(?:%|\\%)?\s*(?P<long>(?:[A-Za-z][\w-]*\s+){1,4})\((?P<acronym>[A-Z][A-Za-z]{1,7})\)")


def _dataset_of_listed_member(site: Site, produced: list[Draft]) -> None:
    """A number alone in brackets after a member of a list of benchmarks is measured on it
    (`scores.listed_benchmark`), whatever rule read the number."""
    if not site.left.endswith("(") or all(draft.dataset is not None for draft in produced):
        return  # the cheap test first: most numbers stand in no bracket
    member = listed_benchmark(site)
    if member is None:
        return
    for draft in produced:
        if draft.dataset is None:
            draft.dataset = member


def _name_defined_metric(produced: list[Draft], site: Site, context: SentenceContext) -> None:
    """'We propose ... Early Intervention Rate (EIR) ... a judge achieves 59% EIR': a number
    the rules read without a metric, followed by an acronym the abstract defines for a
    measure (`AbstractContext.defined_metrics`), is a value of that metric (read33); so is a
    pair of it a change verb changes ("Worst-group accuracy (WGA) ... improves WGA from 40.7% to
    64.1%": read69)."""
    if any(draft.metric != UNSPECIFIED for draft in produced) or len(site.mentions) != 1:
        return
    after = _ACRONYM_AFTER_NUMBER.match(site.right) or _DEFINED_ACRONYM_CHANGED.search(site.left[-60:])
    if after and after.group("acronym") in context.abstract.defined_metrics:
        for draft in produced:
            draft.metric, draft.quantity_named = after.group("acronym"), True


def _name_written_out_defined_metric(produced: list[Draft], site: Site, context: SentenceContext) -> None:
    """'... the Risk Leakage Rate (RLR) ... reducing the Risk Leakage Rate to 46.58%': a named
    quantity that is the long form of an acronym the abstract defines for a measure is named by
    the acronym wherever it is used (claims-spec); a vocabulary metric keeps the vocabulary's
    name ("Pearson Correlation (PC)" stays the Pearson correlation) (review36). So is a number
    right before the definition itself, whatever name the rules read in its words ("48.1% Reward
    Hacking Rate (RHR)", "41.3% Silent Error Rate (SER)"; not "92% Attack Success Rate (ASR)",
    which the vocabulary knows whole) (read56)."""
    defined = _LONG_FORM_THEN_ACRONYM.match(site.right) if len(site.mentions) == 1 and "(" in site.right[:60] else None
    if defined and defined.group("acronym") in context.abstract.defined_metrics:
        long = defined.group("long").strip()
        known = metric_at(long)
        acronym = context.abstract.defined_metric_long_forms.get(long.lower())
        # (a vocabulary name inside the long form is no whole name: "Overall Accuracy (OA)" stays
        # OA, as the spec's naming settles, read68)
        if acronym == defined.group("acronym") and not (known and known[1].start() == 0 and known[1].end() == len(long)):
            for draft in produced:
                if draft.kind != "params":
                    draft.metric, draft.quantity_named = acronym, True
            return
    if not any(draft.quantity_named for draft in produced):
        return
    long_forms = context.abstract.defined_metric_long_forms
    for draft in produced:
        if draft.quantity_named and draft.metric and not metrics_in(draft.metric):
            acronym = long_forms.get(draft.metric.lower())
            if acronym:
                draft.metric = acronym


#: A metric written as an acronym: capitals (and digits) with at most a lower-case letter between ("ASR", "mAP").
_ACRONYM_SHAPE = re.compile(r"[A-Za-z]?[A-Z][A-Z0-9-]*[A-Z0-9]")


def _name_vocabulary_defined_acronym(produced: list[Draft], context: SentenceContext) -> None:
    """'... attack success rates (ASR) ... achieves a transfer ASR of up to 77.1%': a metric
    read as an acronym the abstract defines by a vocabulary metric's whole name is that metric
    (`AbstractContext.vocabulary_metric_acronyms`; read60)."""
    # (asked only where a draft's metric is shaped as an acronym: most are the vocabulary's words)
    acronyms = (context.abstract.vocabulary_metric_acronyms
                if any(draft.metric and _ACRONYM_SHAPE.fullmatch(draft.metric) for draft in produced) else None)
    if acronyms:
        for draft in produced:
            if draft.metric in acronyms:
                draft.metric = acronyms[draft.metric]


def _defined_metric_value(site: Site, context: SentenceContext) -> list[Draft]:
    """'reach only a 12.7% task success rate and 50.47% ATP': a number no rule read, right
    before an acronym the abstract defines for a measure (`AbstractContext.defined_metrics`),
    is that measure's value, as `_name_defined_metric` names one a rule read (read36); so is one
    right after a verb of result and such an acronym ("achieves EQS 0.530", read67)."""
    if len(site.mentions) != 1 or site.mentions[0].sign:
        return []
    after = _ACRONYM_AFTER_NUMBER.match(site.right) or _VERB_THEN_ACRONYM.search(site.left[-60:])
    if after is None or after.group("acronym") not in context.abstract.defined_metrics or metrics_in(after.group("acronym")):
        return []  # a vocabulary metric's acronym ("to exceed 50 AP") is the rules' to read or to refuse
    return [draft_of(site.mentions[0], after.group("acronym"), "score", "<number> <defined metric>", quantity_named=True)]


#: A verb of result, then an acronym, right before a number: "achieves EQS " (of "achieves EQS 0.530"; read67).
_VERB_THEN_ACRONYM = re.compile(r"\b(?:achiev|attain|obtain|reach|scor|yield)\w*\s+(?:(?:a|an|the|mean|average|overall)\s+)*"
                                r"(?P<acronym>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\s*(?:=|:)?\s*$")


def _is_a_measure(name: str, context: SentenceContext) -> bool:
    """Whether `name` is written as a measure: the vocabulary's metric, an acronym the abstract
    defines for a measure, a name the sentence writes before "score(s)" or as the key of a pair in
    brackets ("(CLIP-I 0.8246 vs. 0.8280)", read54)."""
    return bool(metrics_in(name) or name in context.abstract.defined_metrics
                or re.search(rf"(?<![\w-]){re.escape(name)}\s+scores?\b", context.text)
                or re.search(rf"\(\s*{re.escape(name)}\s+[-+]?\d[\d.]*\s*%?\s+(?:vs\.?|versus)\s", context.text))


#: An acronym a long form defines for a measure: capitals, hyphenated parts ("CA-AP") and the
#: lower-case "m" of a mean ("mAVE", "mASTE": nuScenes' mean average errors, holdout130).
_DEFINED_MEASURE_ACRONYM = re.compile(r"m?[A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*[A-Z0-9]")


def _name_qualified_defined_metric(produced: list[Draft], site: Site, context: SentenceContext) -> None:
    """'reduces the relative root-mean-square error (RRMSE) by 25-57%': a vocabulary metric
    read inside a long form, before the number in its sentence, that the abstract defines by an acronym
    the vocabulary does not know is named by the acronym (claims-spec, "A metric the abstract
    defines with an acronym"; read34): RRMSE, a relative error, is not RMSE."""
    before = context.text[:site.start]
    if "(" not in before:
        return
    for definition in definitions(before):
        acronym, long = definition.group("abbr"), definition.group("long").rstrip()
        within = metrics_in(long)
        if not within or not _DEFINED_MEASURE_ACRONYM.fullmatch(acronym) or metrics_in(acronym) or within[-1][2] != len(long):
            continue  # "Pearson Correlation (PC)": the vocabulary's name; "accuracy on Where2Place (W2P)": a benchmark's
        qualifiers = long[:within[-1][1]].split()[-len(acronym):]
        if not any(word[0].lower() == acronym[0].lower() for word in qualifiers):
            continue  # the acronym abbreviates no word before the metric: "with a Pearson Correlation (PC)"
        for draft in produced:
            if draft.metric == within[-1][0]:
                draft.metric, draft.quantity_named = acronym, True


#: Between a value and a bare change of it in brackets: "to 0.681 (a ", " ("; after it, the change noun alone.
_BRACKET_AFTER_VALUE = re.compile(r"^\s*(?:%|x|points?)?\s*\(\s*(?:an?\s+)?(?:(?:relative|absolute)\s+)?$")
_BARE_CHANGE_IN_BRACKET = re.compile(
    r"^\s*(?:%|x|×|points?)?\s*(?:(?:relative|absolute)\s+)?(?:improvements?|reductions?|gains?|increases?|decreases?|drops?)\s*\)")


def _bracketed_change_of_value(found: list[tuple[Draft, SentenceContext, int]], context: SentenceContext) -> None:
    """'increasing the consistency with human experts to 0.681 (a 58.7% improvement)': a change
    in brackets whose own words name nothing ('a 58.7% improvement') is the change of the value
    right before it, so it takes that value's quantity (quantities.own_quantity finds none of
    its own), not the last vocabulary metric of the sentence."""
    text = context.text
    for (before, _, _), (draft, _, _) in pairwise(found):
        if draft.kind not in ("delta", "relative") or before.kind != "score" or before.metric in (None, "unspecified") \
                or draft.metric == before.metric:
            continue
        gap = text[before.mention.end - context.offset:draft.mention.start - context.offset]
        if _BRACKET_AFTER_VALUE.match(gap) and _BARE_CHANGE_IN_BRACKET.match(text[draft.mention.end - context.offset:]):
            draft.metric = before.metric
            draft.quantity_named = before.quantity_named


_CLOSING_CONJUNCTION = re.compile(r"\b(?:and|or)\b|&")


def _opens_aside(before: Site, site: Site) -> bool:
    """Whether `site` stands in brackets opened after `before` ('48.1% on A (a 9.6% gain'), or
    in a comparison set off by a comma after it ('72.0% accuracy, outperforming X by 34.4 points')."""
    gap = site.sentence[before.end:site.start]
    return gap.count("(") > gap.count(")") or _opens_comparison(gap)


def _after_aside(head: Site, aside: Site, site: Site) -> bool:
    """Whether `site` comes after the brackets that hold `aside`, opened after `head`, or after
    the comma that closes a comparison set off after `head` ('..., and 68.7% under fusion': read82)."""
    gap = site.sentence[aside.end:site.start]
    if _opens_comparison(site.sentence[head.end:aside.start]):
        return _COMPARISON_ASIDE_CLOSES.fullmatch(gap) is not None
    return _opens_aside(head, aside) and gap.count(")") > gap.count("(")


#: A comparison set off by a comma, up to "by": ", outperforming the strongest baseline by ".
_COMPARISON_ASIDE_HEAD = r",\s*(?:outperform|surpass|exceed|beat|outpac)ing\b[^,;()]{1,80}?\bby\s+"
#: The comparison up to its number.
_COMPARISON_ASIDE_OPENS = re.compile(rf"{_COMPARISON_ASIDE_HEAD}(?:(?:up\s+to|about|around|nearly|over|more\s+than)\s+)?$")
#: Its end, and the list going on: ", and ".
_COMPARISON_ASIDE_CLOSES = re.compile(r"\s*,\s+and\s+")
#: The whole comparison, up to the comma that closes it before ", and ".
_COMPARISON_ASIDE = re.compile(rf"{_COMPARISON_ASIDE_HEAD}[^,;()]{{1,40}}?(?=,\s+and\s+[^,;()]{{0,40}}$)")


def _opens_comparison(gap: str) -> bool:
    """Whether `gap` ends in a comparison set off by a comma, up to its number (a substring
    test first: the gap between every two numbers of a sentence is asked)."""
    return "ing" in gap and "by" in gap and _COMPARISON_ASIDE_OPENS.search(gap) is not None


#: A member's own unknown acronym after its number and a unit (the physical units, or a time or
#: pixels): " mm ASD", " ms TTI".
_OWN_ACRONYM_AFTER_UNIT = re.compile(
    rf"\s*(?:{PHYSICAL_UNIT}|ms|s|px)\s+(?P<acronym>[A-Z][A-Z0-9]{{1,6}})(?=[\s,;.)]|$)")


def _own_acronym_after_score(head: Draft, right: str) -> str | None:
    """The acronym a score's list member is written before, when the list's head is written so
    too: "78.41% IoU and 79.42% mWCov" gives mWCov its own 79.42%, a measure the vocabulary
    does not know (read64); not a setting ("FP16") nor a benchmark's name."""
    if head.kind != "score" or not head.rule.startswith("<number> <metric>"):
        return None
    after = _MEASURE_ACRONYM_AFTER_NUMBER.match(right)
    if after is None or not _MEMBER_CLOSES.match(right, after.end()):
        return None
    acronym = after.group("acronym")
    return None if metrics_in(acronym) or not may_be_measure_acronym(acronym) else acronym


#: A measure's acronym right after a number: "79.42% mWCov", "93.51% mRec", "38.67% PQ".
_MEASURE_ACRONYM_AFTER_NUMBER = re.compile(rf"\s*(?:%|\\%)?\s*(?P<acronym>{MEASURE_ACRONYM})(?![\w-])")
#: What closes a list member: a comma, a semicolon, a bracket, the end, "and", or a preposition.
_MEMBER_CLOSES = re.compile(r"\s*(?:[,;.)]|$|(?:and|on|in|at|for|with|while|whereas|across|over|under)\b)")


def _join_list(site: Site, produced: list[Draft], read_together: bool) -> None:
    """Record the list each number belongs to (`Draft.number_list`): the numbers of a site
    that the rules read together are one list; a number elided after a list's member joins
    that list (its template carries it). A number read alone heads a list of its own, which
    numbers elided after it may join; a bound in brackets is an aside, not a member."""
    together = None
    if read_together:
        last_gap = site.sentence[site.mentions[-2].end - site.offset:site.mentions[-1].start - site.offset] \
            if len(site.mentions) > 1 else ""
        together = NumberList(site.start, site.mentions[0].end - site.offset, site.end,
                              joined=bool(_CLOSING_CONJUNCTION.search(last_gap)))
    for draft in produced:
        if draft.rule.endswith(" (elided)") and draft.number_list is not None:
            draft.number_list.end = max(draft.number_list.end, site.end)
            draft.number_list.joined = False
        else:
            start, end = draft.mention.start - site.offset, draft.mention.end - site.offset
            draft.number_list = together or NumberList(start, end, end)


def _carry_named_quantity(found: list[tuple[Draft, SentenceContext, int]]) -> None:
    """'a peak pulling force of 167.7 N ..., representing improvements of 68.9% and 74.7%':
    a change that names nothing, after a measured value of a quantity the vocabulary does
    not know in the same sentence, is a change of that quantity (as a vocabulary metric
    said earlier in the sentence is, `changes._metric_near`). Not after a change of one
    ('improves route smoothness by 7.5%, and surpasses X by 2.1%' keeps the second unnamed)."""
    named = None
    changed = None  # a named change and its noun: "5-17% success gains"
    for draft, context, _ in found:
        if draft.quantity_named and draft.kind == "score" and draft.metric not in (None, "unspecified"):
            named = draft.metric
        elif named and draft.metric == "unspecified" and not draft.quantity_named and (
                draft.kind in ("delta", "relative") or (draft.kind == "score" and draft.rule == "<verb> <number>")):
            # a bare later score ("..., with the top model, AlloyGPT, reaching 44.2%") is of it too (read36)
            draft.metric = named
            draft.quantity_named = True
        if draft.rule != "<number> <change>":
            continue
        noun = change_noun_after(context.text, draft.mention.end - context.offset)
        if draft.quantity_named and draft.metric not in (None, "unspecified") and noun:
            changed = (draft.metric, noun[0])
        elif changed and draft.metric == "unspecified" and noun == (changed[1], False):
            # "5-17% success gains on public benchmarks and 24-30% gains on real robots": the
            # later member of a parallel list, its change noun alone, is a change of the same
            # quantity (pool39)
            draft.metric = changed[0]
            draft.quantity_named = True


def _compared_in_result_metric(found: list[tuple[Draft, SentenceContext, int]]) -> None:
    """'hybrid RAI achieved a WGAcc of 60.5%, outperforming RAI-GA (50.0%)': a compared
    system's score in brackets, in a sentence that names no metric the vocabulary knows, is in
    the metric of the sentence's last score before it, the result it is compared with."""
    result = None
    for draft, _, _ in found:
        if draft.in_result_metric:
            if result is not None:
                draft.metric = result
        elif draft.kind == "score":
            result = draft.metric


#: The rule that reads a number by its unit outside the spec's alone ("3.375 Hz" a throughput).
_UNIT_RULE = "<number> <physical unit>"
_PHYSICAL_UNIT_WHOLE = re.compile(PHYSICAL_UNIT)
#: "at" and at most two words before the number: "runs at 50", "at over 30".
_AT_BEFORE = re.compile(r"\bat\s+(?:[\w-]+\s+){0,2}$")


def _metric_measured_in_unit(draft: Draft, measured_in: dict[str, str], context: SentenceContext) -> None:
    """'The analytical model achieved a mean absolute error of 1.333 Hz. Direct SVR achieved
    3.375 Hz': a frequency that only its unit names is in the metric the abstract last measured
    in that unit, as a number in dB takes the decibel metric named last (`_decibel_metric`;
    read61); not a rate something runs at ("runs at 50 Hz")."""
    if _AT_BEFORE.search(context.text, 0, draft.mention.start - context.offset):
        return
    for unit in (draft.condition or "").split(", "):
        if unit in measured_in:
            draft.metric, draft.quantity_named = measured_in[unit], False
            return


def _physical_units(found: list[tuple[Draft, SentenceContext, int]], context: SentenceContext) -> None:
    """'167.7 N', 'by 0.2 Hz', '89.2 mm MPJPE': a unit outside the spec's set goes in the claim's
    condition (unit null), as the held-out labels write it (docs/claims-spec.md)."""
    for draft, _, _ in found:
        if draft.unit is None and draft.kind != "params":
            unit = unit_after(context.text[draft.mention.end - context.offset:draft.mention.end - context.offset + 12])
            if unit and unit not in (draft.condition or "").split(", "):
                draft.condition = f"{draft.condition}, {unit}" if draft.condition else unit


def _decibel_metric(found: list[tuple[Draft, SentenceContext, int]], context_metric: str | None) -> None:
    """'achieves 28.0 PSNR ... +1.94 dB over X on ACID and +1.72 dB on B': a number in dB that
    no rule gave a metric is in the decibel metric the abstract last named, in this sentence or
    an earlier one (read52); with none named, it stays unspecified."""
    named = context_metric if context_metric in DECIBEL_METRICS else None
    for draft, _, _ in found:
        if draft.metric in DECIBEL_METRICS:
            named = draft.metric
        elif named and draft.metric == UNSPECIFIED and "dB" in (draft.condition or "").split(", "):
            draft.metric = named


#: "improving TEPE and EPE by at least": a list of metrics between a change verb and "by".
_METRIC_LIST_BEFORE_BY = re.compile(
    rf"(?i)\b{CHANGE_VERB}\s+(?P<phrase>(?:(?!\bby\b)[^,;:()]){{3,80}}?)\s+(?:(?:over|than|compared\s+(?:to|with)|against|versus|vs\.?)\s+[^,;:()]{{1,60}}?\s+)?"
    r"by\s+(?:(?:up\s+to|at\s+least|about|around|approximately|roughly|nearly|over|more\s+than)\s+)?$",
    re.VERBOSE)


def _metrics_of_members(found: list[tuple[Draft, SentenceContext, int]], context: SentenceContext) -> None:
    """'improving TEPE and EPE by 2.11% and 4.54%', 'the FID and FVD scores ... by 48.6% and 43.0%',
    'by 10.3% and 7.7% in terms of F1 and AP metrics': numbers read together as one list, all
    given one metric, pair in order with a list of as many metrics written before 'by' or
    after them (fragments.member_metrics: 'unspecified' for an acronym the vocabulary does
    not know; members sharing one head noun, 'pixel and decoder FLOPs', keep one metric)."""
    lists: dict[int, list[Draft]] = {}
    for draft, _, _ in found:
        # numbers of one site read by one rule: not elided ones, nor a bound in brackets
        if draft.number_list is not None and draft.size > 1 and not draft.rule.endswith(")"):
            lists.setdefault(id(draft.number_list), []).append(draft)
    for members in lists.values():
        if len(members) != members[0].size or len({d.metric for d in members}) != 1 or members[0].kind == "params":
            continue
        place = members[0].number_list
        names = metrics_listed_in(context.text[place.end:], len(members))
        if names is None:
            before = _METRIC_LIST_BEFORE_BY.search(context.text[max(0, place.start - 160):place.start])
            names = member_metrics(_SETTING_CUT.split(before.group("phrase"))[0], len(members)) if before else None
        if names and len(set(names)) > 1:
            for draft, name in zip(members, names):
                draft.metric = name
                # a member the vocabulary does not know ('TEPE') is named all the same: as the
                # acronym after a number ('+2.8 ANLS'), a % change of it is relative (extract.kinds)
                draft.quantity_named = draft.quantity_named or name == "unspecified"


#: Slashed metrics right after a list of numbers, in their unit or after "in": "Top-1/Top-5",
#: "percentage points in Top-1/Top-5", "PSNR / SSIM".
_SLASHED_WORDS_BODY = r"[\w@.+-]+(?:\s?/\s?[\w@.+-]+)+"
_SLASHED_METRICS_AFTER = re.compile(
    rf"\s*(?:%|\\%|(?:percentage\s+)?points?|pp|dB)?\s*(?:(?:in|on)\s+(?:terms\s+of\s+)?)?(?P<list>{_SLASHED_WORDS_BODY})")


#: Two groups of as many numbers joined by slashes, compared: "(0.798/0.830/0.893 vs 0.753/0.790/0.863)".
_NUMBER_IN_GROUP = r"\d[\d.,]*\s*(?:%|\\%)?"
_SLASHED_VERSUS = re.compile(
    rf"(?P<a>{_NUMBER_IN_GROUP}(?:\s*/\s*{_NUMBER_IN_GROUP})+)\s*(?:vs\.?|versus)\s*(?P<b>{_NUMBER_IN_GROUP}(?:\s*/\s*{_NUMBER_IN_GROUP})+)")


def _slashed_versus(found: list[tuple[Draft, SentenceContext, int]], mentions: list[Mention], context: SentenceContext) -> None:
    """'one pass beats the two-pass reference at every scale (0.798/0.830/0.893 vs
    0.753/0.790/0.863)': groups of as many slashed numbers compared with "vs" are one setting
    each, in order; the pair rules read the two numbers that stand around "vs", and each other
    member is read as the one of its group that was (read62)."""
    by_start = {draft.mention.start: draft for draft, _, _ in found}
    end_of = {draft.mention.start: end for draft, _, end in found}
    added = False
    for pair in _SLASHED_VERSUS.finditer(context.text):
        groups = []
        for name in ("a", "b"):
            start, end = pair.start(name) + context.offset, pair.end(name) + context.offset
            groups.append([m for m in mentions if start <= m.start and m.end <= end])
        first, second = groups
        if len(first) != len(second) or len(first) < 2:
            continue
        before, after = by_start.get(first[-1].start), by_start.get(second[0].start)
        if before is None or after is None:
            continue
        for template, members in ((before, first), (after, second)):
            for mention in members:
                if mention.start not in by_start:
                    # (its template's rule, which attribution reads: the second group is the comparator's)
                    draft = _draft_like(template, mention, "", model=template.model, role=template.role,
                                        dataset=template.dataset)
                    by_start[mention.start] = draft
                    found.append((draft, context, end_of[template.mention.start]))
                    added = True
    if added:
        found.sort(key=lambda item: item[0].mention.start)


def _slashed_groups(found: list[tuple[Draft, SentenceContext, int]], context: SentenceContext) -> None:
    """Names the members of each list of slashed groups of numbers (`_slashed_group_metrics`);
    before `_respectively`, which pairs each metric's run with the benchmarks."""
    if "/" not in context.text:
        return
    lists: dict[int, list[Draft]] = {}
    for draft, _, _ in found:
        if draft.number_list is not None and draft.size >= 4 and not draft.rule.endswith(")"):
            lists.setdefault(id(draft.number_list), []).append(draft)
    for members in lists.values():
        if len(members) != members[0].size or len({d.metric for d in members}) != 1 or members[0].kind == "params":
            continue
        place = members[0].number_list
        names = _slashed_group_metrics(members, context, place.start, place.end)
        for draft, name in zip(members, names or ()):
            draft.metric = name


def _slashed_group_metrics(members: list[Draft], context: SentenceContext, start: int, end: int) -> list[str] | None:
    """'53.23%/83.55% and 12.01%/32.16% Top-1/Top-5', 'by 17.45/15.70 and 3.08/4.62 percentage
    points in Top-1/Top-5': groups of numbers joined by slashes, as many in each group as the
    slashed metrics after the list name (or, with none after it, the last slashed metrics the
    sentence wrote before it: "reaches ... Top-1/Top-5 ..., surpassing X by 17.45/15.70 and
    3.08/4.62 points"), are each one value per metric, in order (the groups are the list's
    members; a 'respectively' after it pairs them with benchmarks; read61)."""
    listed = _SLASHED_METRICS_AFTER.match(context.text, end)
    names = _slashed_metric_names(listed.group("list")) if listed else None
    if names is None:
        for before in _SLASHED_WORDS.finditer(context.text, 0, start):
            names = _slashed_metric_names(before.group()) or names
    if names is None:
        return None
    if not in_slashed_tuples([draft.mention for draft in members], context.text, context.offset, len(names)):
        return None  # a slash inside each group, none between groups
    return names * (len(members) // len(names))


#: Words joined by slashes: "Top-1/Top-5", "PSNR / SSIM".
_SLASHED_WORDS = re.compile(_SLASHED_WORDS_BODY)


def _slashed_metric_names(words: str) -> list[str] | None:
    """The metric each of slashed words names, when each names one whole and they differ."""
    parts = [part.strip() for part in words.split("/")]
    names = [found[0] if (found := metric_at(part)) and found[1].end() == len(part) else None for part in parts]
    return names if None not in names and len(set(names)) == len(names) else None


def _statistic_in_brackets(found: list[tuple[Draft, SentenceContext, int]], context: SentenceContext) -> None:
    """'reduces memory by a median of 37 MB (mean 395 MB)': a value in brackets after a
    statistic's name, right after a change, is the same change's other statistic, read by its
    own rule as a level (read61)."""
    for (head, _, _), (member, _, _) in pairwise(found):
        gap = context.text[head.mention.end - context.offset:member.mention.start - context.offset]
        if head.kind in _CHANGE_KINDS and member.kind == "score" and member.metric == head.metric \
                and _STATISTIC_OPENS.match(gap) and _BRACKET_CLOSES.match(context.text, member.mention.end - context.offset):
            member.kind, member.baselines = head.kind, head.baselines


#: Between a number and the generic metric it is in, only its unit, a pair's second number and words
#: that grade it: "0.7% higher accuracy", "from 83.43% to 84.62% accuracy".
_GRADE_TO_GENERIC = re.compile(r"\s*(?:%|\\%|points?|pp)?\s*(?:to\s+[\d.]+\s*(?:%|\\%)?\s*)?"
                               r"(?:(?:higher|lower|better|worse|more|less|absolute|relative|average|mean|overall"
                               r"|(?:gains?|improvements?|increases?|drops?)\s+in)\s+)*")
#: Where the object of a change verb ends before its setting: "the FID and FVD scores over ...".
_SETTING_CUT = re.compile(r"(?i)\s+(?:on|in|for|across|of)\s")


def _specific_metrics(found: list[tuple[Draft, SentenceContext, int]], context: SentenceContext) -> None:
    """'80.3% top-1 accuracy ..., with 0.7% higher accuracy': a generic name said after a
    specific one in the same sentence means the specific one."""
    named = None
    for draft, _, _ in found:
        if draft.metric in (None, "unspecified") or context.text.count(" " + draft.metric) < 2:
            continue  # the specific name ends with the generic one: both are written
        if named is None:
            named = metrics_in(context.text)
        position = draft.mention.start - context.offset
        specific = [(name, end) for name, _, end in named if end <= position and name.endswith(" " + draft.metric)]
        generic = [end for name, _, end in named if end <= position and name == draft.metric]
        own = next((start for name, start, _ in named if start >= position and name == draft.metric), None)
        if own is not None and not _GRADE_TO_GENERIC.fullmatch(context.text, draft.mention.end - context.offset, own):
            continue  # "91.33% balanced accuracy and 78.87% exact three-criterion accuracy": its own qualifiers (read75)
        if specific and not (generic and generic[-1] < specific[-1][1]):
            # (not "a mean accuracy (balanced accuracy) of 93.1% (90.4%)": the generic name, said
            # before the specific one, is the number's own; read58)
            draft.metric = specific[-1][0]


#: The words between a metric and a bracket that names it more precisely: "accuracy (pass@1)",
#: "accuracy in theorem proving (pass@1)"; no digit, comma or clause between.
_WORDS_TO_BRACKET = r"(?:\s+(?:in|on|for|of)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?\s*\("
_TO_BRACKET_AFTER_METRIC = re.compile(rf"{_WORDS_TO_BRACKET}\s*")


#: A number in brackets right after a number: "93.1% (90.4%)".
_NUMBER_IN_BRACKET_NEXT = re.compile(r"\s*\(\s*\d")
#: Metrics a bracket after them may name precisely ("accuracy (pass@1)").
_GENERIC_METRICS = frozenset({"accuracy", "error rate"})
#: A generic metric's word, then a bracket: where an abstract may define one precisely.
_GENERIC_THEN_BRACKET = re.compile(rf"(?i)\b(?:accuracy|error){_WORDS_TO_BRACKET}")


def _bracketed_metric_names(found: list[tuple[Draft, SentenceContext, int]], context: SentenceContext) -> None:
    """'around 10-15% accuracy in theorem proving (pass@1)', 'Deterministic accuracy (pass@1)
    increases from ...': a bracket that holds only a metric's name, right after the metric a
    result is read in, names that metric precisely (read43), where the sentence writes the
    metric once. A sentence with no such bracket takes the abstract's, when the abstract defines the
    generic metric one way only ('Deterministic accuracy (pass@1) increases ... accuracy rises
    from 0.373 to 0.531')."""
    for draft, _, _ in found:
        if draft.metric not in _GENERIC_METRICS:
            continue  # "area under the ROC curve (AUC)": a name and its acronym, not a refinement
        if sum(name == draft.metric for name, _, _ in metrics_in(context.text)) != 1:
            continue  # "... accuracy (1-Wasserstein distance) while ... accuracy (RMSE)": which one is the result's
        if _NUMBER_IN_BRACKET_NEXT.match(context.text, draft.mention.end - context.offset):
            continue  # "a mean accuracy (balanced accuracy) of 93.1% (90.4%)": parallel brackets, one metric each (read58)
        refined = _refined_in(context.text, draft.metric) if "(" in context.text else set()
        if not refined and "(" in context.abstract.text and _GENERIC_THEN_BRACKET.search(context.abstract.text):
            refined = _refined_in(context.abstract.text, draft.metric)  # (the abstract's vocabulary scan only where it may pay)
        if len(refined) == 1:
            draft.metric = refined.pop()


def _refined_in(text: str, metric: str) -> set[str]:
    """The metrics that brackets right after `metric` name in `text` ('accuracy (pass@1)'); more
    than one ('accuracy (pass@1) and accuracy (pass@5)') names none for certain."""
    named = metrics_in(text)
    refined = set()
    for name, _, end in named:
        if name != metric:
            continue
        to_bracket = _TO_BRACKET_AFTER_METRIC.match(text, end)
        inside = [other for other, start, other_end in named
                  if to_bracket and start == to_bracket.end() and CLOSES_BRACKET.match(text, other_end)]
        if inside and inside[0] != metric:
            refined.add(inside[0])
    return refined


def _respectively(found: list[tuple[Draft, SentenceContext, int]], context: SentenceContext) -> None:
    """A 'respectively' pairs results with benchmarks in order: each run of results of one
    type as long as the benchmark list (`_pair_runs_of_one_type`), else, when their counts
    match, all the results ('gains of +3.2 mIoU and +2.1 mAP on ADE20K and COCO respectively')."""
    if "respectively" not in context.text:
        return
    if _pair_runs_of_one_type([draft for draft, _, _ in found if draft.kind != "params"], context):
        return
    results = [draft for draft, _, _ in found if draft.kind != "params" and draft.size == 1]
    names = []
    for dataset in context.datasets:
        if dataset.name not in names:
            names.append(dataset.name)
    if len(results) > 1 and len(results) == len(names) == len(context.datasets):
        for draft, name in zip(results, names):
            draft.dataset = draft.dataset or name
        return
    _respective_systems([draft for draft, _, _ in found if draft.kind != "params"], context)


#: A system's name: a capital (Latin or Greek: "Ψ_0"), then name characters, perhaps a version
#: written apart ("HY-WorldPlay 1.5", "GR00T N1.7": read69).
_SYSTEM_NAME = rf"(?:[A-ZΑ-Ω]|[1-4]D-[A-Z])[\w.+-]*[\w+](?:{VERSION_APART})?"  # ("2D-CNN": read68)
#: A list of systems' names, then the verb of their results, at once ("A and B achieve") or in a
#: clause of their own ("outperforming A and B in overall score, which achieve").
_SYSTEMS_THEN_RESULT_VERB = re.compile(
    rf"(?P<list>{_SYSTEM_NAME}(?:,\s+{_SYSTEM_NAME})*,?\s+and\s+{_SYSTEM_NAME})(?:\s+in\s+[^,;()]{{1,40}}?)?"
    # "KNN and TabNet, demonstrated reliable performance, achieving": a clause of a past verb between (read62)
    r"(?:\s*,)?\s+(?:(?:which|that|who)\s+)?(?:[a-z]+ed\s+[^,;()]{1,60}?,\s+)?"
    # "ViT and 2D-CNN drop by 40.71 and 38.81 points, respectively": a change of each (read68)
    r"(?:achiev|obtain|reach|scor|attain|record|yield|outperform|surpass|exceed|improv|drop|decreas|declin|fall|fell|increas|gain)\w*\b")


#: Systems listed as what a change changes, right before its pairs: "raises the average scores
#: of A-Net and B-Net from 29.08 to 40.47 and from 35.12 to 44.65, respectively".
_SYSTEMS_BEFORE_PAIRS = re.compile(
    rf"\bof\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?(?P<list>{_SYSTEM_NAME}(?:,\s+{_SYSTEM_NAME})*,?\s+and\s+{_SYSTEM_NAME})"
    r"(?:\s+(?:checkpoints?|models?|backbones?))?\s+from\s")


#: A preposition right before a list of names: its first member is the preposition's object.
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|on|in|at|for|across|with|under|over|from)\s+$")


def _respective_systems(results: list[Draft], context: SentenceContext) -> None:
    """'HY-WorldPlay 1.5 and LingBot-World, which achieve 80.79 and 80.45, respectively': a
    'respectively' that pairs no benchmarks pairs the systems listed before the results'
    verb with the results after it, in order, when their counts match (read50); systems listed
    before pairs ('the scores of A and B from 29.1 to 40.5 and from 35.1 to 44.7, respectively')
    are the systems before the change, each its pair's first number (read61)."""
    said_at = context.text.rfind("respectively")
    changed = _SYSTEMS_BEFORE_PAIRS.search(context.text, 0, said_at) if " from " in context.text else None
    if changed:
        names = list_members(changed.group("list"))
        firsts = [draft for draft in results if draft.role == "before" and changed.end() <= draft.mention.start - context.offset < said_at]
        if len(firsts) == len(names) and all(is_model_name(name) for name in names):
            for draft, name in zip(firsts, names):
                draft.model = name
            return
    start = 0
    while (listed := _SYSTEMS_THEN_RESULT_VERB.search(context.text, start, said_at)) is not None:
        inside = [d.end for d in context.datasets if listed.start() <= d.start < listed.end("list")]
        if inside:
            # a list of benchmarks, `_benchmark_list`'s; or a benchmark said before the systems
            # ("On LIBERO-Plus, A, B, and C reach ..."): the systems' list may start after it
            start = max(inside)
            continue
        start = listed.end()
        names = list_members(listed.group("list"))
        if len(names) > 2 and _PREPOSITION_BEFORE.search(context.text, max(0, listed.start() - 12), listed.start()):
            names = names[1:]  # "Under zero-shot transfer to LIBERO-Plus, A, B, and C outperform": the first is the preposition's (read64)
        after = [draft for draft in results if listed.end() <= draft.mention.start - context.offset < said_at]
        if not after or len(after) % len(names) or any(metric_vocabulary().fullmatch(name) for name in names) \
                or any(looks_like_a_name_but_is_not(name) for name in names):
            continue  # (nor "on Dataset~1 and Dataset~3, reaching A and B, respectively": parts of the data, read84)
        runs = [after[i:i + len(names)] for i in range(0, len(after), len(names))]
        if all(len({(d.metric, d.kind) for d in run}) == 1 for run in runs):
            # "A, B, and C outperform X, Y, and Z by 4.6, 12.6, and 5.2 points, reaching 79.6%, 72.6%,
            # and 87.8%, respectively": each run of results of one type pairs with the systems (read64)
            for run in runs:
                for draft, name in zip(run, names):
                    draft.model = name
            return


def _pair_runs_of_one_type(drafts: list[Draft], context: SentenceContext) -> bool:
    """'77.8% mAP (+9.4%), 86.1% mAP (+2.9%) and 96.1% mAP (+0.5%) on A, B and C, respectively';
    'F1 of 57.6 on A, 63.1 on B and 53.8 on C, surpassing baselines by +0.9, +0.8 and +0.4,
    respectively': several lists share one list of benchmarks. Each run of results of one
    type (metric and kind) in the list's reach, as long as the list, pairs with it in order;
    an aside in brackets is a run of its own type, so it pairs too. Whether any run paired."""
    listed = _benchmark_list(context)
    if listed is None:
        return False
    names, reach_start, reach_end = listed
    runs: dict[tuple[str | None, str], list[Draft]] = {}
    for draft in drafts:
        if reach_start <= draft.mention.start - context.offset < reach_end:
            runs.setdefault((draft.metric, draft.kind), []).append(draft)
    paired = [run for run in runs.values() if len(run) == len(names)]
    for run in paired:
        for draft, name in zip(run, names):
            draft.dataset = draft.dataset or name
    return bool(paired)


def _benchmark_list(context: SentenceContext) -> tuple[list[str], int, int] | None:
    """The benchmarks a 'respectively' pairs with, and the part of the sentence whose results
    it reaches: the last benchmarks written as one list ('on A, B, and C') before the word,
    reaching from the benchmark named before it to the one named after it; else every
    benchmark of the sentence when each is named once."""
    datasets = [d for d in context.datasets if not d.training]
    said_at = context.text.rfind("respectively")
    runs: list[list] = []
    for dataset in datasets:
        if runs and separates_members(context.text[runs[-1][-1].end:dataset.start]):
            runs[-1].append(dataset)
        else:
            runs.append([dataset])
    written = [run for run in runs if len(run) > 1 and run[-1].end <= said_at
               and len({d.name for d in run}) == len(run)]
    if written:
        run = written[-1]
        before = [d.end for d in datasets if d.end <= run[0].start]
        after = [d.start for d in datasets if d.start >= run[-1].end]
        return [d.name for d in run], max(before, default=0), min(after, default=len(context.text))
    names = [d.name for d in datasets]
    if len(names) > 1 and len(set(names)) == len(names):
        return names, 0, len(context.text)
    return None


_URL = re.compile(r"(?:https?://|www\.)\S+")


def _inside_url(mention: Mention, context: SentenceContext) -> bool:
    """'huggingface.co/org/Model-8B': digits of an address are not results (offsets in the sentence)."""
    if "://" not in context.text and "www." not in context.text:
        return False
    return any(url.start() <= mention.start < url.end() for url in _URL.finditer(context.text))


def _inside_dataset_name_at(start: int, context: SentenceContext) -> bool:
    """'BraTS 2021', 'WMT14', 'ImageNet 256x256': digits that are part of a benchmark's name
    (a number starting at `start` in the sentence)."""
    return any(d.start <= start < d.end for d in context.datasets)


def _absolute(mention: Mention, offset: int) -> Mention:
    mention.start += offset
    mention.end += offset
    return mention


def _sites(mentions: list[Mention], context: SentenceContext, context_metric: str | None) -> list[Site]:
    """Numbers written in parallel ('0.4/0.19', '2.4x and 8.6x') form one site."""
    groups: list[list[Mention]] = [[mentions[0]]]
    for mention in mentions[1:]:
        last = groups[-1][-1]
        between = context.text[last.end - context.offset:mention.start - context.offset]
        if (_SEPARATOR.fullmatch(between) and not mention.glued and not last.glued
                and _compatible(last, mention)
                and not (mention.quantity != last.quantity and _UNIT_FIRST.match(between))
                and not ("(" in between and _names_system_in_bracket(between))
                and not (mention.sign == "+" and not last.sign)
                and not (last.quantity == "plain" and mention.quantity != "plain"
                         and context.text[last.start - context.offset - 1:last.start - context.offset] == "=")
                and not (between.strip() == "," and last.quantity == "plain" and mention.quantity != "plain"
                         and _LEVEL_LINK_BEFORE.search(context.text, max(0, last.start - context.offset - 8),
                                                       last.start - context.offset))
                and not (last.quantity == "plain" and mention.quantity != "plain"
                         and _VERSION_OF_NAME_BEFORE.search(context.text, max(0, last.start - context.offset - 40),
                                                                       last.start - context.offset))):
            # "0.42 mm and 99.8% coverage": a number in a physical unit and a percentage are two quantities;
            # "(CLIP-T 0.2283 vs. 0.2266, +0.7%)": a gain after a level is no member of its list (read54)
            # "24.7 points on Terminal-Bench 2.0, 27.7 points on X": a name's version starts no list (read59);
            # "a score of 83.17, 0.41 points above X": a bare number then, after a comma alone, one with
            # its own unit are two claims, a level and a change (a list writes "and" before its last; read67;
            # not "AUC drop 27.62, 27.9%", one change written twice); "at IoU=0.5 and 69.1%": a keyed
            # setting's bare value is no member of the next number's list (read67)
            groups[-1].append(mention)
        else:
            groups.append([mention])
    sites = []
    for group in groups:
        _share_unit(group)
        sites.append(Site(group, context.text, context.offset,
                          group[0].start - context.offset, group[-1].end - context.offset, context_metric))
    return sites


#: A level's link right before a number: "a score of ", "is ", "= ".
_LEVEL_LINK_BEFORE = re.compile(r"(?:\bof|\bis|\bwas|\bat|=|:)\s*$")


def _names_system_in_bracket(between: str) -> bool:
    """'46.6% (o3), and 26.9% (Exa)': a number's own system in brackets after it ends its
    member; the next number is another system's, not the same list member's (names28)."""
    inner = between[between.find("(") + 1:between.find(")")]
    return bool(inner) and bracketed_system(inner)


def _compatible(a: Mention, b: Mention) -> bool:
    return a.quantity == b.quantity or "plain" in (a.quantity, b.quantity) and not ({a.quantity, b.quantity} & {"scale"})


def _share_unit(group: list[Mention]) -> None:
    """'2.4 and 8.6 times', '3 and 5 hours': the unit written once belongs to every number
    (with its scale: 3 hours is 10,800 s)."""
    if len(group) == 1:
        return  # nearly every site: no other number to give the unit to (and its number's
        # leading digits always parse: `_NUMBER`, one point at most, or no digit first)
    carrier = group[-1]
    scale = unit_scale(carrier)
    in_percentage_points = carrier.quantity == "points" and bool(_PERCENTAGE_POINTS.search(carrier.text))
    for mention in group[:-1]:
        if mention.quantity == "plain" and carrier.quantity != "plain":
            mention.quantity, mention.unit = carrier.quantity, carrier.unit
            mention.percentage_points = in_percentage_points
            mention.value *= scale


def _apply_rules(site: Site, timeout: float) -> list[Draft] | None:
    for mention in site.mentions:
        if mention.glued and mention.quantity != "scale":
            return None  # "MACE-MP-0", "ResNet-50": digits of a name; only sizes ("Chameleon-7B") are claims
    # What `Rule.apply` tests first, tested here without a call: whether the rule's right
    # pattern is known not to match a text that begins as this one does (its heads table,
    # `Rule.may_match_right`), then its gate (`Rule.gate`: numbers_need, needs and Cue, in
    # the texts the site reads). A rule that fails either gives nothing, and is passed over:
    # most rules at most numbers (over the mix's first 3,000, 18,000 calls are left of
    # 120,000). The tests are written out as one function per set of quantities
    # (`_dispatcher`), the loop over the rules and their words unrolled.
    dispatch = _DISPATCH.get(site.quantities)
    if dispatch is None or dispatch.registry != tuple(RULES):
        dispatch = _DISPATCH[site.quantities] = _dispatcher(site.quantities)
    return dispatch(site, timeout)


#: The dispatcher of each set of quantities (`_dispatcher`), rebuilt when the registry changes.
_DISPATCH: dict[frozenset[str], Callable] = {}


def _dispatcher(quantities: frozenset[str]) -> Callable[[Site, float], list[Draft] | None]:
    """`_rules_for(quantities)` as one function of a site: for each rule in order, its
    heads table's answer and its gate's word tests as one `and` of `or`s of substring tests
    (`'by' in t0 or 'of' in t0`, a text that is None holding every word), then its call,
    the first drafts returned. What the loop over the entries did, in the same order, with
    the same tests, without its per-word and per-clause steps of the interpreter."""
    source, filename, names = _dispatch_source(quantities)
    exec(_dispatch_code(source, filename), names)  # noqa: S102
    dispatch = names["dispatch"]
    dispatch.registry = tuple(RULES)
    return dispatch


def _dispatch_source(quantities: frozenset[str]) -> tuple[str, str, dict[str, object]]:
    """The dispatcher's source, its file name and the names it reads (`_dispatcher`)."""
    entries, read_texts = _rules_for(quantities)
    names: dict[str, object] = {"read_texts": read_texts}
    texts = max((where for _, gate, _ in entries for where, _ in gate), default=-1) + 1
    lines = ["def dispatch(site, timeout):"]
    if texts:
        lines.append(f"    {''.join(f't{i}, ' for i in range(texts))}= read_texts(site)")
    lines.append("    head = site.right_head")
    for index, (rule, gate, right_heads) in enumerate(entries):
        tests = []
        if right_heads is not None:
            names[f"heads{index}"] = right_heads
            tests.append(f"heads{index}.get(head) is not False")
        for where, words in gate:
            tests.append(f"(t{where} is None or {' or '.join(f'{word!r} in t{where}' for word in words)})")
        names[f"rule{index}"] = rule.apply_past_gate
        indent = "    "
        if tests:
            lines.append(f"    if {' and '.join(tests)}:")
            indent = "        "
        lines.append(f"{indent}produced = rule{index}(site, timeout=timeout)")
        lines.append(f"{indent}if produced:")
        lines.append(f"{indent}    return produced")
    lines.append("    return None")
    return "\n".join(lines), f"<rules of {'/'.join(sorted(quantities))}>", names


#: What derives a dispatcher's code from its source (the key of its entry in the pattern cache,
#: whose file's name holds the Python version).
_DISPATCH_COMPILE = b"compile(source, filename, 'exec')"


def _dispatch_code(source: str, filename: str):
    """`compile(source, filename, "exec")`, kept in the pattern cache (`patterncache.table`,
    one entry per dispatcher's name): Python's compiler cost ~1.2% of a 1,000-abstract run
    (~47 M instructions for eight dispatchers); `marshal` gives back an equal code object."""
    return patterncache.table(f"dispatch {filename}", f"{filename}\n{source}", _DISPATCH_COMPILE,
                              lambda: compile(source, filename, "exec"))


_RULES_BY_QUANTITIES: dict[frozenset[str], tuple[tuple[Rule, ...], tuple]] = {}


def _rules_for(quantities: frozenset[str]) -> tuple[tuple[tuple[Rule, tuple, dict | None], ...], Callable]:
    """The rules, in order, that can read numbers of these quantities (a rule skips the
    others at once, but a site of percentages then still called every speed rule), each
    with its gate (`(index in the texts, words)`) and, for a rule with a right pattern, its
    heads table; and what reads the texts their gates read off a site, as a tuple (only
    those: a window no gate reads is not lower-cased). Kept per set of quantities and
    rebuilt when the registry changes (tests replace rules)."""
    registry = tuple(RULES)
    known = _RULES_BY_QUANTITIES.get(quantities)
    if known is None or known[0] != registry:
        rules = [rule for rule in registry if quantities <= rule.quantities]
        read = list(dict.fromkeys(where for rule in rules for where, _ in rule.gate))
        entries = tuple((rule, tuple((read.index(where), words) for where, words in rule.gate),
                         rule._right_heads if rule.right is not None else None) for rule in rules)
        known = _RULES_BY_QUANTITIES[quantities] = (registry, (entries, _texts_reader(read)))
    return known[1]


def _texts_reader(names: list[str]) -> Callable[[Site], tuple]:
    """What reads these attributes of a site as a tuple (`attrgetter` gives a lone value
    for one name)."""
    if len(names) > 1:
        return attrgetter(*names)
    return lambda site: tuple(getattr(site, name) for name in names)


def _on_benchmark(right: str) -> bool:
    """'... on MATH', 'on ogbn-products', 'on the book-level split': the number has its own benchmark."""
    if _ON_BENCHMARK.match(right):
        return True
    lead = _ON_THE.match(right)
    return bool(lead and dataset_vocabulary().match(right, lead.end()))


_COMPARED_SYSTEM = re.compile(r"\s*(?:" + COMPARED_SYSTEM + ")")
#: ("across 25 ManiSkill tasks": a count of the benchmark's tasks before its name, review33)
_ON_THE = re.compile(r"\s*(?:(?:on|in|for)\s+|across\s+(?:\d+\s+)?)(?:the\s+)?")
#: "52% overall but only 37% on multi-app tasks": "but" (and a hedge) right before the number
#: sets a second value of the same quantity against the first, as "and" joins one (read51).
_BUT_NEXT = r"\bbut(?:\s+(?:only|just|merely|still|also|even|nearly|almost|about|around))?\s+$"
_AND_OR_COMMA = re.compile(rf"\band\b|,|{_BUT_NEXT}")
#: After a pair's second number, its setting, then "and to": " after post-training and to ".
_AND_ON_TO_GAP = re.compile(r"\s*(?:%|points?)?(?:\s+[^,;()\d]{1,60}?)?,?\s+and\s+(?:then\s+|further\s+|finally\s+|even\s+)?to\s+")
_PARALLEL_JOIN = re.compile(rf"\band\b|,|\bwhile\b|\bwhereas\b|{_BUT_NEXT}")
_SETTING_AFTER = re.compile(r"\s*(?:(?:on|in|for|at|with|without|under|over|against|using|across|when|after|before|during|within|via|through)\b|\(|[,;.]|$)")


#: A capitalised name and the version written apart after it: "RoboTwin 2.0", "Llama 3".
_NAME_WITH_VERSION = re.compile(r"\b[A-Z][\w-]*\s\d+(?:\.\d+)?\b(?!\s*(?:%|x\b|points?\b))")
#: The word written right after a number, a unit the reader does not know ("4.56 mmHg").
_WORD_AFTER_NUMBER = re.compile(r"\s*(?P<word>[^\W\d][^\s,;:()]{0,11})(?=\s)")


def _parallel_setting_after(gap: str, right: str) -> bool:
    """'a Dice of 0.874 for the whole gland and 0.781 for the transition zone',
    'an FID of 1.92 with a single NFE and 1.58 with two NFEs': a short gap without
    numbers, and the new number followed by its own setting; the setting may follow the
    word both numbers are written with ('an MAE of 4.56 mmHg for systolic BP and 2.62 mmHg
    for diastolic BP': a unit the reader does not know, repeated; read48)."""
    if len(gap) > 80 or (has_number(gap) and has_number(_NAME_WITH_VERSION.sub(" ", gap))) or not _AND_OR_COMMA.search(gap):
        return False  # (a version in the head's setting is no number: "from 64% to 70% on a RoboTwin 2.0 subset and from", read76)
    if _SETTING_AFTER.match(right):
        return True
    head_word, member_word = _WORD_AFTER_NUMBER.match(gap), _WORD_AFTER_NUMBER.match(right)
    return (head_word is not None and member_word is not None and head_word.group("word") == member_word.group("word")
            and bool(_SETTING_AFTER.match(right, member_word.end())))


#: A clause set against the one before, its own subject and result verb right before the number:
#: "while a static analyzer achieves only ", "whereas the untuned agent reaches ", "where A and B
#: reach " (read69; a name may be in math: "$Ψ_0$").
#: The subject of such a clause: one to six words, names in math among them ("$Ψ_0$").
_CLAUSE_SUBJECT = r"(?:[\w.+$-]+\s+){1,6}?"
_CONTRAST_CLAUSE = re.compile(
    rf"(?i)\b(?:while|whereas|where|but)\s+{_CLAUSE_SUBJECT}(?:achiev|reach|attain|obtain|scor|gets?\b|yield|record|hit)\w*\s+"
    r"(?:(?:only|merely|just|about|around|roughly|approximately)\s+)?$")


#: A compared system named as the owner of the numbers right after it: ", compared with GRPO's "
#: (before "48.0% and 25.3% after 40 updates": the same measure, that system's; read67).
_COMPARED_POSSESSOR_GAP = re.compile(
    r"(?i)\b(?:compared\s+(?:with|to)|versus|vs\.?|against|relative\s+to)\s+(?:the\s+)?[\w.+-]+(?:\s[\w.+-]+){0,3}?(?:['’]s|s['’])\s+$")


#: A setting keyed by a name and a value after the head's number, then "and": " at IoU=0.5 and ".
_KEYED_SETTING = r"\s*(?P<prep>at|with|under|for)\s+(?P<key>[A-Za-z][\w-]*)\s*[=@:]"
_KEYED_SETTING_GAP = re.compile(rf"{_KEYED_SETTING}\s*[\d.:]+\s*,?\s*and\s+")
#: The member's own keyed setting right after it: " at IoU=".
_KEYED_SETTING_AFTER = re.compile(_KEYED_SETTING)


def _keyed_setting_repeated(gap: str, right: str) -> bool:
    """'an mAP of 99.2% at IoU=0.5 and 69.1% at IoU=0.5:0.95': the member repeats the head's
    keyed setting with another value; the same metric's score at that setting (read67)."""
    keyed = _KEYED_SETTING_GAP.fullmatch(gap)
    again = _KEYED_SETTING_AFTER.match(right) if keyed else None
    return again is not None and again.group("prep", "key") == keyed.group("prep", "key")


def _compared_after_clause(gap: str, right: str) -> bool:
    """'reaches 22.0% balanced accuracy on synthetic signals containing no brain information,
    compared with 22.3% on real brain recordings', 'achieves 75.2% on 800 newly sampled initial
    states, compared with 17.5% for the frozen policy': a number right after a comparison that
    closes the head's clause, then its own setting or system, is a value of the same quantity,
    however long the head's setting (numbers in it too; read68)."""
    return (len(gap) <= 160 and ";" not in gap and bool(_CLAUSE_THEN_COMPARED.search(gap))
            and bool(_SETTING_AFTER.match(right)))


#: The head's clause closed by a comma, then the comparison: ", compared with ", ", versus ".
_CLAUSE_THEN_COMPARED = re.compile(r",\s*(?:versus|vs\.?|compared\s+(?:to|with)|against)\s*\$?$")


def _contrast_clause(gap: str, right: str) -> bool:
    """'A judge achieves 59% EIR while a static analyzer achieves only 26%': a number in a
    clause set against the one before, after its own subject and result verb and followed
    by nothing of its own, is a value of the same metric (read33)."""
    return (len(gap) <= 100 and not has_number(gap) and bool(_CONTRAST_CLAUSE.search(gap))
            and bool(_SETTING_AFTER.match(right)))


def _contrasted_metric(produced: list[Draft], site: Site, previous: tuple[Site, list[Draft]]) -> None:
    """'Our guard reaches 83.5% SCR, while the baseline reaches 61.2%': a score the rules read
    without a metric, in a clause set against a named score before it (`_contrast_clause`),
    is of that score's metric (read33)."""
    before_site, before = previous
    if len(before) != 1 or before[0].kind != "score" or before[0].metric == UNSPECIFIED \
            or not all(draft.kind == "score" and draft.metric == UNSPECIFIED for draft in produced) \
            or any(m.quantity != before[0].mention.quantity for m in site.mentions):
        return
    if _contrast_clause(site.sentence[before_site.end:site.start], site.right):
        for draft in produced:
            draft.metric, draft.quantity_named = before[0].metric, before[0].quantity_named


def _pronoun_object_metric(produced: list[Draft], site: Site, previous: tuple[Site, list[Draft]]) -> None:
    """'amplification raises the portfolio share by 5.2 points while suppression lowers it by 4.6
    pp': a change "by" a number whose object is "it" is of the quantity the change before it in
    the sentence named (read47)."""
    before = previous[1]
    if not _unnamed_changes_after_a_named_one(produced, before):
        return
    if _PRONOUN_OBJECT_BY.search(site.left[-40:]):
        for draft in produced:
            draft.metric, draft.quantity_named = before[0].metric, before[0].quantity_named


def _unnamed_changes_after_a_named_one(produced: list[Draft], before: list[Draft]) -> bool:
    """Whether the site before gave one change of a named quantity and this one only changes
    that name none: the shape `_pronoun_object_metric` and `_contrasted_change_metric` read."""
    return (len(before) == 1 and before[0].kind in ("delta", "relative") and before[0].metric != UNSPECIFIED
            and all(draft.kind in ("delta", "relative") and draft.metric == UNSPECIFIED for draft in produced))


def _contrasted_change_metric(produced: list[Draft], site: Site, previous: tuple[Site, list[Draft]]) -> None:
    """'the full framework reduces performance loss by up to 25.07%, while the lightweight
    strategy still achieves a 19.13% reduction': a change that names no quantity, in a clause set
    against a change before it in the sentence (its own subject, then a verb of reaching), is a
    change of that quantity, as `_contrasted_metric` reads scores (read69)."""
    before_site, before = previous
    if not _unnamed_changes_after_a_named_one(produced, before) or any(
            m.quantity != before[0].mention.quantity for m in site.mentions):
        return
    gap = site.sentence[before_site.end:site.start]
    if len(gap) <= 100 and not has_number(gap) and _CONTRASTED_CHANGE.search(gap):
        for draft in produced:
            draft.metric, draft.quantity_named = before[0].metric, before[0].quantity_named


def _listed_pair(produced: list[Draft], site: Site, previous: tuple[Site, list[Draft]]) -> list[Draft]:
    """'from 0.25 to 0.40 BLEU-1, 0.28 to 0.45 ROUGE-1, and 0.27 to 0.43 METEOR': "A to B" with its
    own metric, listed after a pair of "from A to B", is another before and after, not a range
    (read77). The produced drafts, else the pair read so."""
    before_site, before = previous
    if len(produced) != 1 or len(site.mentions) != 1 or produced[0].value_max is None \
            or " to " not in site.mentions[0].text or {draft.role for draft in before} != {"before", "after"}:
        return produced
    if not _PAIR_LIST_GAP.fullmatch(site.sentence, before_site.end, site.start):
        return produced
    return before_and_after(site, produced[0].metric, before[0].rule.removesuffix(" (listed)") + " (listed)") or produced


#: Between a pair and the next of its list: the first pair's metric, then a comma ("BLEU-1, ", "BLEU-1, and ").
_PAIR_LIST_GAP = re.compile(r"\s*(?:[\w@.-]+\s*){0,2}?(?:,\s*(?:and\s+)?|(?<=\s)and\s+)")


def _listed_change_metric(produced: list[Draft], site: Site, previous: tuple[Site, list[Draft]]) -> None:
    """'by +4.4 success points on ALFWorld and +5.3 on WebShop': a change listed after a change of a
    named quantity on another benchmark, naming none itself, changes that quantity (read77)."""
    before_site, before = previous
    if not _unnamed_changes_after_a_named_one(produced, before) or any(
            m.quantity != before[0].mention.quantity for m in site.mentions):
        return
    if _LISTED_ON_BENCHMARK.fullmatch(site.sentence, before_site.end, site.start) and _ON_AFTER.match(site.right):
        for draft in produced:
            draft.metric, draft.quantity_named = before[0].metric, before[0].quantity_named


#: Between two changes of a list, each on its own benchmark: " success points on ALFWorld and ".
_LISTED_ON_BENCHMARK = re.compile(r"\s*(?:[\w@.-]+\s+){0,3}?(?:on|in)\s+(?:the\s+)?[^,;()\d]{1,40}?,?\s+and\s+")
_ON_AFTER = re.compile(r"\s*(?:on|in)\s+")


#: A clause set against the one before, its own subject, a verb of reaching and an article right
#: before a change's number: "while the lightweight strategy still achieves a ".
_CONTRASTED_CHANGE = re.compile(
    rf"(?i)\b(?:while|whereas|but)\s+{_CLAUSE_SUBJECT}(?:achiev|yield|obtain|deliver|giv|attain|provid|record|show)\w*\s+"
    r"(?:an?\s+)(?:(?:further|additional|still|similar|smaller|comparable)\s+)?(?:(?:up\s+to|about|around|nearly|roughly|approximately|over)\s+)?$")


#: A change verb, "it" as its object, then "by": "lowers it by ", "reducing it by about ".
_PRONOUN_OBJECT_BY = re.compile(
    rf"(?i)\b(?:{CHANGE_VERB})\s+it\s+(?:further\s+)?by\s+(?:(?:up\s+to|about|around|nearly|roughly|approximately|over)\s+)?$",
    re.VERBOSE)


def _change_list_member(produced: list[Draft], site: Site, previous: tuple[Site, list[Draft]]) -> None:
    """'improving the previous best method by 1.9% SR and 5.6% SPL': a number with its metric
    after it, listed right after a change "by" a number and its metric, is a change too, against
    the same systems; the rules read it alone, as a score (read44)."""
    before_site, before = previous
    if len(before) != 1 or before[0].kind not in ("delta", "relative") or len(produced) != 1 \
            or produced[0].kind != "score" or len(site.mentions) != 1 or site.mentions[0].sign \
            or site.mentions[0].quantity != before[0].mention.quantity:
        return
    gap = site.sentence[before_site.end:site.start]
    if not (BY_BEFORE.search(before_site.left) and _METRIC_THEN_JOIN.fullmatch(gap) and metric_at(gap)):
        return
    draft = produced[0]
    # in points where the number is, or where its metric's values are percentages, as the spec's changes are
    points = draft.mention.quantity != "percent" or is_percent_valued(draft.metric)
    draft.kind, draft.baselines = "delta" if points else "relative", before[0].baselines
    draft.model = draft.model or before[0].model


def _next_by_group_metric(produced: list[Draft], site: Site, previous: tuple[Site, list[Draft]]) -> None:
    """'success rates improve by 10.18% and 18.11% relative to a static bank, and by 2.41% and
    2.50% relative to a single update': a second "and by" group of changes that names no metric,
    right after a first group and its comparator or setting, changes the first group's metric,
    in its kind and unit (read73; one "and by" member alone is `_elided`'s)."""
    before_site, before = previous
    if not (before and before[-1].kind in _CHANGE_KINDS and before[-1].metric != UNSPECIFIED
            and len({draft.metric for draft in before}) == 1):
        return
    if not all(draft.kind in _CHANGE_KINDS and draft.metric == UNSPECIFIED
               and draft.mention.quantity == before[-1].mention.quantity for draft in produced):
        return
    if _AND_BY_GAP.fullmatch(site.sentence, before_site.end, site.start):
        for draft in produced:
            draft.metric, draft.kind, draft.unit = before[-1].metric, before[-1].kind, before[-1].unit


def _next_pair_metric(produced: list[Draft], site: Site, previous: tuple[Site, list[Draft]]) -> None:
    """'improves correctness from 47.6% to 77.5% for DeepSeek-V4 and from 57.7% to 81.5% for
    Kimi-K2.5': a second "from A to B" that names no metric, listed right after a first pair
    and its setting, is a change of the first pair's metric (read54)."""
    before_site, before = previous
    if not (before and before[-1].role == "after" and before[-1].metric and before[-1].metric != UNSPECIFIED):
        return
    if not all(draft.role in ("before", "after") and draft.metric == UNSPECIFIED for draft in produced):
        return
    if _NEXT_PAIR_GAP.fullmatch(site.sentence, before_site.end, site.start):
        for draft in produced:
            draft.metric = before[-1].metric


#: From the end of a pair to the next pair's first number: its setting (a phrase, or one word:
#: "from 21% to 11% indoors and from 48% to 18% outdoors", read69), then "and from".
_NEXT_PAIR_GAP = re.compile(r"\s*(?:%|\\%|points?)?\s*(?:(?:for|on|in|at|with|under)\s+[^,;()]{1,50}?\s*|[a-z][\w-]*\s*)?,?\s*and\s+from\s+")


#: A metric's words after a number, then a joining word: " SR and ", " mAP, ".
_METRIC_THEN_JOIN = re.compile(r"\s*(?:[\w@.-]+\s+){0,2}?[\w@.-]+\s*(?:,\s*(?:and\s+)?|and\s+)")


def _same_physical_unit(before: Site, site: Site) -> bool:
    """'a pulling force of 167.7 N when moving backward and 145.5 N when moving forward': two
    measurements in one physical unit are values of one quantity; so are two in physical units
    joined by nothing but "and" ("0.117 m and 0.096°")."""
    gap = CLOSED_BRACKET.sub(" ", site.sentence[before.end:site.start])  # "(approximately 48% of its weight)"
    if has_number(gap) or _AT_WORD.search(gap):
        return False  # "11.67 cm, with 87.98% of points within a 10 cm threshold"; "2.88 m at 2.5 m, 5 m"
    unit = unit_after(site.right[:12])
    if unit is None:
        return False
    before_unit = unit_after(before.right[:12])
    # "an accuracy as low as 0.117 m and 0.096°": two physical units joined with nothing between
    # are the one measure's parts (position and heading), each a value of it (read43)
    return unit == before_unit or (before_unit is not None and _UNIT_THEN_JOIN.fullmatch(gap) is not None)


#: A physical unit, then only a joining word before the next number: "m and ", "mm, ".
_UNIT_THEN_JOIN = re.compile(r"\s*[^\s\d,;]{1,8}\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


#: Between a factor no rule read and the next one's: its own setting, then "and" (a hedge).
_FACTOR_THEN_NAMED_FACTOR = re.compile(
    r"\s+(?:on|for|with|in)\s+[^,;.()]{1,40}?\s+and\s+(?:(?:nearly|almost|about|around|roughly|over|up\s+to)\s+)?")


def _factors_named_after(unread: list[Site], out: list[tuple[Draft, SentenceContext, int]], context: SentenceContext) -> None:
    """'AViTS achieves up to 6.34x on FLUX and nearly 9x FLOPs reduction on Qwen-Image': a
    factor said with only its setting is of the type the next factor's words name, a member of
    one list whose quantity is written once, after its last member (read61)."""
    for site in unread:
        end = context.offset + site.end
        following = next((i for i, (draft, _, _) in enumerate(out) if draft.mention.start >= end), None)
        if following is None:
            continue
        template = out[following][0]
        gap = context.text[site.end:template.mention.start - context.offset]
        if template.kind != "ratio" or not _FACTOR_THEN_NAMED_FACTOR.fullmatch(gap):
            continue
        draft = _draft_like(template, site.mentions[0], " (named after)", baselines=None)
        out.insert(following, (draft, context, end))


#: A benchmark named with its generation resolution ("ImageNet 256x256"), and a resolution alone.
_AT_RESOLUTION = re.compile(r"(?P<base>.+) (?P<resolution>\d{2,4}x\d{2,4})")
_RESOLUTION = re.compile(r"\d{2,4}x\d{2,4}")


def _at_resolution_of_its_clause(dataset: str, condition: str) -> tuple[str, str | None]:
    """'On ImageNet-256x256, X achieves an FID of 1.46; at 512x512 resolution, X achieves an FID
    of 1.48': a benchmark named with a resolution, carried to a clause that sets another
    resolution, is that benchmark at the clause's resolution (the spec writes it in the
    dataset's name), which leaves the condition (read66)."""
    named = _AT_RESOLUTION.fullmatch(dataset)
    parts = condition.split(", ")
    other = next((part for part in parts if _RESOLUTION.fullmatch(part) and part != (named and named.group("resolution"))), None)
    if named is None or other is None:
        return dataset, condition
    rest = [part for part in parts if part != other]
    return f"{named.group('base')} {other}", ", ".join(rest) or None


def _draft_like(template: Draft, mention: Mention, rule_suffix: str, **fields) -> Draft:
    """A draft of `template`'s type for another number: its metric, kind, unit, condition,
    baselines and named quantity (`fields` overrides them), the number's own value."""
    kept = {"metric": template.metric, "kind": template.kind, "unit": template.unit, "condition": template.condition,
            "baselines": template.baselines, "quantity_named": template.quantity_named,
            "in_result_metric": template.in_result_metric}
    # (the third member of a list is elided from the second: its rule says so once)
    rule = template.rule if template.rule.endswith(rule_suffix) else template.rule + rule_suffix
    return Draft(mention=mention, value=mention.value, value_max=mention.value_max, rule=rule, **{**kept, **fields})


def _compared_member(template: Draft, site: Site) -> bool:
    """'versus 56.2% (Gemini 2.5 Pro), 50.6% (GPT-5.2 Pro)': a member of a list of compared
    systems' scores, its own system named in brackets after it (names28)."""
    if not template.rule.startswith("compared with"):
        return False
    system = _COMPARED_SYSTEM.match(site.right)
    return system is not None and bool(system.group("bracket")) and compared_phrase(system) is not None


def _pair_with_earlier_members(produced: list[Draft], earlier: list[tuple[Draft, SentenceContext, int]]) -> None:
    """'reducing ATE by 14.3% and RTE by 11.4% on KITTI, and by 52.8% and 41.3% on EuRoC': an
    elided list of as many numbers as the changes just before it, each of those naming its own
    quantity, repeats them in order (not the last one's metric for all) (review36)."""
    count = len(produced)
    if count < 2 or len({draft.metric for draft in produced}) != 1 or len(earlier) < count:
        return
    heads = [draft for draft, _, _ in earlier[-count:]]
    metrics = [draft.metric for draft in heads]
    if len(set(metrics)) == count and all(draft.kind == produced[0].kind and draft.size == 1 for draft in heads):
        for draft, metric in zip(produced, metrics):
            draft.metric = metric


def _listed_size(before: Draft, site: Site) -> list[Draft] | None:
    """'On Gemma 3 12B and 27B', 'Qwen2.5-7B, 14B': a bare size listed right after a sized name
    is the same family's at that size (read54); None for anything else."""
    mention = site.mentions[0]
    if not (before.rule in ("<name> <size>", "<name>-<size>") and before.model and len(site.mentions) == 1
            and mention.quantity == "scale" and before.model.endswith(before.mention.text)
            and _SIZE_LIST_GAP.fullmatch(site.sentence, before.mention.end - site.offset, site.start)
            and not _SIZE_NOUN_AFTER.match(site.right)):
        return None
    name = before.model[:-len(before.mention.text)] + mention.text
    return [_draft_like(before, mention, " (listed size)", model=name, role="")]


#: Between a sized name and a bare size of the same family: "Gemma 3 12B and 27B", "Qwen2.5-7B, 14B".
_SIZE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|/\s*)")
#: A noun after a bare size that makes it a count of something else ("and 27B tokens").
_SIZE_NOUN_AFTER = re.compile(r"\s*(?:tokens?|samples?|images?|words?|pairs?|examples?)\b")
_CHANGE_KINDS = ("ratio", "relative", "delta")
#: The kind and unit of a change whose size is written in a quantity.
_KIND_OF_CHANGE_IN = {"ratio": ("ratio", "x"), "percent": ("relative", "%"), "points": ("delta", None)}
#: A comparator, then "and by" right before the next size: "x over zero-shot and by ".
#: (or its setting: " for Qwen, and by "; the gap `_next_by_group_metric` reads between two groups too)
_AND_BY_GAP = re.compile(
    r"\s*(?:x|×|%|\\%|points?|pp)?\s*(?:(?:over|than|compared\s+(?:to|with)|relative\s+to|against|for|on|in)\s+[^,;()]{1,60}?)?"
    r"\s*,?\s*and\s+by\s+(?:(?:up\s+to|about|around|nearly|roughly)\s+)?")


#: A citation right before a number: "(Wong et al., " before its year.
_CITED_YEAR_BEFORE = re.compile(r"\bet\s+al\.,?\s*$")


def _mean_over_runs(site: Site) -> bool:
    """'(95.72% ± 0.54% over five seeds)': a mean over runs, its spread written after it (read
    past by the number reader, or a "+-" it leaves as words)."""
    over = _OVER_RUNS_CLOSES.match(site.right)
    return over is not None and (over.group("spread") is not None or site.spread_after)


def _elided(site: Site, previous: tuple[Site, list[Draft]]) -> list[Draft]:
    """'5-10x faster for MAR and 1.4-2.5x for FlowAR': the second number shares the
    first one's claim type, its words left out."""
    before_site, before = previous
    # (a comparison set off by commas between the member and its head is left out of the gap:
    # "72.0% accuracy ..., outperforming X by 34.4 points, and 68.7% under fusion", read82)
    gap = site.sentence[before_site.end:site.start]
    gap = _COMPARISON_ASIDE.sub("", gap) if "ing" in gap and ", and" in gap else gap
    if _P_VALUE_BEFORE.search(site.left[-16:]) or _CONFIDENCE_BOUND_BEFORE.search(site.left[-40:]):
        # "... by 0.039 and 0.044 nats, at eight of eight seeds with p < 0.0001": a statistic (read61);
        # "with one-sided 95% lower bounds of 0.0052 and 0.0051": the changes' confidence bounds (read82)
        return []
    if "al." in gap and _CITED_YEAR_BEFORE.search(gap):
        return []  # "0.70 on the DREAM database (Wong et al., 2025, ...)": a citation's year, no member (read56)
    if THRESHOLD_AFTER.match(site.right):
        return []  # "Delta AUC +0.0007 [-0.0065, +0.0079] vs a 0.03 threshold": a cut-off set, no member (read84)
    if (_OPENS_BRACKET.match(gap) and before[-1].role == "after" and len(site.mentions) == 1
            and site.mentions[0].quantity == "ratio" and not site.mentions[0].sign and before[-1].metric
            and site.right.lstrip().startswith(")")):
        # "reduces the model size from 180 MB to 0.32 MB (562x)": the factor of the change, in
        # brackets right after the pair, a ratio of the pair's quantity, a size's too (read53)
        return [_draft_like(before[-1], site.mentions[0], " (factor in brackets)", kind="ratio", unit="x", role="")]
    if (before[-1].kind in _CHANGE_KINDS and len(site.mentions) == 1 and not site.mentions[0].glued
            and site.mentions[0].quantity in _KIND_OF_CHANGE_IN and site.mentions[0].quantity != before[-1].mention.quantity
            and _AND_BY_GAP.fullmatch(gap)):
        # "improves return by 1.7-7.7x over zero-shot and by 29-72% over Reflexion": the same
        # change against another comparator, its size in another unit (read54)
        kind, unit = _KIND_OF_CHANGE_IN[site.mentions[0].quantity]
        # "by 6.1 points in interactive score and by 9% in route progress": a quantity of its own
        # after "in" is this change's, not the first one's (read75)
        own = own_metric_after(site.right) if " in " in site.right[:12] else None
        metric = own if own not in (None, UNSPECIFIED) else before[-1].metric
        return [_draft_like(before[-1], site.mentions[0], " (and by)", kind=kind, unit=unit, baselines=None, role="",
                            metric=metric)]
    if len(before) == 1 and (listed := _listed_size(before[0], site)):
        return listed
    if (before[-1].role == "after" and before[-1].rule.startswith("<metric> from <number> to <number>")
            and len(site.mentions) == 1 and site.mentions[0].quantity == before[-1].mention.quantity
            and _AND_ON_TO_GAP.fullmatch(gap)):
        # "improves from 130 points to 291 after post-training and to 468 with GenCorrect": a further
        # level the same change reaches, in the pair's quantity, with its own setting (read64)
        return [_draft_like(before[-1], site.mentions[0], " (and to)", role="after")]
    if before[0].kind == "params" or not _ELLIPSIS_GAP.match(gap) or NOTHING_REACHES.search(gap):
        return []  # "passes 66.7% of tasks and no model reaches 70%": a ceiling, no member
    if _VERSION_OF_NAME_BEFORE.search(site.left) and _SCORE_IN_BRACKET_AFTER.match(site.right):
        return []  # "... DOFA (59.15) and Prithvi 2.0 (61.91)": the version of a name, whose score follows it (read34)
    if _BOUND_IN_BRACKETS.match(gap) and len(before) == 1 and len(site.mentions) == 1 \
            and site.mentions[0].quantity == before[0].mention.quantity and _BRACKET_CLOSES.match(site.right):
        # "2.44x on average (up to 5.7x)", "a 12% gain (as much as 31%)": the best case in brackets
        # is a claim of its own, of the same type as the one before it
        return [_draft_like(before[0], site.mentions[0], " (bound in brackets)")]
    statistic = _STATISTIC_OPENS.match(gap)  # "a median accuracy change of 0% (mean -0.11%)": the change's other statistic (read61)
    if (_OPENS_BRACKET.match(gap) or statistic) and len(before) == 1 and len(site.mentions) == 1 \
            and site.mentions[0].quantity == before[0].mention.quantity and (
                _AVERAGE_CLOSES.match(site.right) or _mean_over_runs(site) or (statistic and _BRACKET_CLOSES.match(site.right))):
        # "up to 3.4x speedup (2.9x on average)", "by up to 85.4% (79.0% on average)": the
        # average in brackets after a best case is a claim of its own too, as the best case is
        return [_draft_like(before[0], site.mentions[0], " (average in brackets)")]
    if before[0].kind == "delta" and len(before) == 1 and len(site.mentions) == 1 and site.mentions[0].quantity == "percent" \
            and not site.mentions[0].sign and _RELATIVE_OPENS.match(gap) and (
                _RELATIVE_CLOSES.match(site.right)
                or (CLOSES_BRACKET.match(site.right) and before[0].mention.quantity == "plain"
                    and before[0].metric and not is_percent_valued(before[0].metric))):
        # "improves by 6.0 points (36.4% relative)", "+2.1 mAP (or 12.4% relatively)": the same
        # change restated as a share of the baseline's value is a relative claim of its own; so is
        # a bare percentage after a change of a metric not valued in percent ("improving FID by
        # 0.34 (1.85%)"; after "by 2.1 points (85.3%)" the bracket may be the level reached) (read42)
        return [_draft_like(before[0], site.mentions[0], " (relative in brackets)", kind="relative", unit="%")]
    # "and 91.8 % (79.1 %) on the ALS data": the member's own aside in brackets stands between it and its setting
    # (and the head's own: "from 41.20 to 47.85 (+6.65) with X and from 52.10 to 56.30 with Y"; read55)
    # (or a spread: "an accuracy of 0.910 ± 0.077 over random splits and 0.896 ± 0.05 under ...", read72)
    member_right = _LEADING_SPREAD.sub(" ", _LEADING_ASIDE.sub(" ", site.right, count=1), count=1)
    head_gap = _LEADING_SPREAD.sub(" ", _LEADING_ASIDE.sub(" ", gap, count=1), count=1)
    if before[0].kind == "score" and not (_on_benchmark(member_right) or _BENCHMARK_BEFORE.search(gap)
                                          or _PARALLEL_SETTING.search(gap) or _parallel_setting_after(head_gap, _LEADING_SPREAD.sub(" ", site.right, count=1))
                                          or _same_physical_unit(before_site, site) or _compared_member(before[0], site)
                                          or _contrast_clause(gap, site.right) or _COMPARED_POSSESSOR_GAP.search(gap[-80:])
                                          or _keyed_setting_repeated(gap, site.right) or _compared_after_clause(gap, site.right)
                                          or _own_acronym_after_score(before[0], site.right) is not None):
        return []  # "83.2% accuracy on GSM8K and 45.6% on MATH": only with its own benchmark or setting
    if not _PARALLEL_JOIN.search(gap) or COUNT_OF.search(gap):
        return []  # "... and the number of optimization steps by 48%": another quantity's
    if (len(site.mentions) == 1 and site.mentions[0].quantity == "plain" and site.mentions[0].is_integer and not before[0].mention.is_integer
            and _COUNTED_NOUN_AFTER.match(site.right)):
        return []  # "gains around 1.2 dB ... at deployments that monitor 200 scenes": a count of things (read61)
    read_alone = site
    site = _with_unit_written_once(site, before_site, before[0], gap)
    # "improves PSNR by 8.7%, coverage by 5.96 points, and Betti error by 9.2%": a member that
    # names its own quantity before its own "by" is a change in its own unit, points or percent (read70)
    own_unit = (len(site.mentions) == 1 and before[0].kind in ("delta", "relative") and not site.mentions[0].glued
                and {site.mentions[0].quantity, before[0].mention.quantity} == {"points", "percent"}
                and _OWN_QUANTITY_BY.match(gap) is not None)
    if not own_unit and any(m.quantity != before[0].mention.quantity or m.glued for m in site.mentions):
        return []
    if SHARE_OF.match(site.right):
        return []  # "while keeping 99% of the accuracy": a share, not another change
    if _OWN_QUANTITY_AFTER.match(site.right):
        # "50% higher success rate, 40% fewer freezing incidents": the rules read the second
        # number with its own noun and declined it (a count); it is not the first one's metric
        return []
    if before[0].kind == "score" and before[0].metric not in COST_METRICS and STRICT_BOUND.search(site.left[-25:]):
        return []  # "66-75% accuracy, compared to >90% for humans": a strict bound on a quality ranks nothing
    if _OWN_CHANGE_IN_GAP.search(gap):
        return []  # "... by 4.18x and improves memory efficiency by 1.37x": a change of its own object
    if before[0].kind != "score" and _OWN_RESULT_VERB_IN_GAP.search(gap):
        return []  # "improves success by 21.5% and attains over 90.1% validity": a result of its own, not a change
    if before[0].kind != "score" and _OWN_CLAUSE_IN_GAP.search(gap):
        # "... by 9.06% and predicts target poses ... with over 90%": another clause's number, not
        # a second change (a score pair may follow its own clause: "and matches or exceeds X (71.8% vs. 52.0%)")
        return []
    template = before[0]
    # "reductions of 2.8% in MSE, 2.0% in MAE and 35% in FLOPs"; "... and 1.6x in citation precision" (read61)
    named = metric_after_qualifier(site.right) if site.right.startswith(" in ") else metric_at(site.right)
    metric = named[0] if named and template.kind != "score" else template.metric
    bracketed = metric_in_brackets(site.right[:60])
    if bracketed:
        # "an improvement of 1.87% (AUC) and 7.8% (F1-score)"; scores too: "91% (textual
        # metrics) and 68% (pass@1)" (read41)
        named, metric = (bracketed, None), bracketed
    elif template.kind == "score" and (after_change := named_after_bracket("", site.right)) is not None:
        # "88.9% (+29.9% over experts) workflow success and 93.3% (+53.3% over X) accuracy":
        # each score's own measure after its bracketed change (read63)
        named, metric = (after_change, None), after_change
    # where the head's own "in" phrase was its setting, naming no quantity, the member's "in"
    # phrase is a setting too: the head's named quantity stays ("image quality scores by 33% in
    # multiview NVS LLFF, 60% in dynamic NVS Neural 3D Video, 20% in static camera control")
    head_in = _IN_QUANTITY.match(before_site.right) if template.metric != "unspecified" else None
    setting_slot = (bool(head_in) and (template.metric or "").lower() not in head_in.group("np").lower()
                    and not metrics_in(head_in.group("np")) and quantity_name(head_in.group("np")) == "unspecified")
    member_in = _IN_QUANTITY.match(site.right) if setting_slot else None
    # "78.41% IoU and 79.42% mWCov": as "<number> <metric>" writes its head, the member's own acronym (read64)
    said = (_own_acronym_after_score(template, site.right) or own_metric(gap, site.right)) if not named else None
    if not named and not said and template.kind == "score" and (acronym := _OWN_ACRONYM_AFTER_UNIT.match(site.right)):
        said = acronym.group("acronym")  # "38.16 mm HD95, and 10.01 mm ASD": the member's own measure, unknown (read60)
    if not named and not said and _IN_TASK_SUCCESS.match(site.right):
        said = "success rate"
    if not named:
        metric = said or metric  # "and a correlation ... of 0.43", "+8.4 NAcc"
        if member_in and not metrics_in(member_in.group("np")):
            metric = template.metric
    # (not after a pair: "from 69% to 75% in zero-shot simulation" is in a setting, read76)
    in_quantity = (_IN_QUANTITY.match(site.right) if template.quantity_named and template.metric != "unspecified"
                   and not named and not setting_slot and not template.rule.startswith("<metric> from <number> to <number>") else None)
    if in_quantity:
        # "a reduction of 67% in size, and 73% in energy per inference"
        metric = quantity_name(in_quantity.group("np"))
    own_by = (_OWN_QUANTITY_BY.match(gap) if template.kind in ("delta", "relative") and not template.baselines
                    and "by" in gap else None)  # not "outperforms X by 0.4, Y by 0.2": Y is a comparator
    if own_by:
        # "reduced peak contact forces by 68%, peak joint torques by 78%": each change names its own quantity
        # (its verb, if it has one of its own, is not part of it: "and joint torque consumption declines by")
        phrase = _OWN_CHANGE_VERB_END.sub(" ", own_by.group("np"))
        found = metrics_in(phrase)
        own = found[-1][0] if found else quantity_name(phrase)
        if own == "unspecified":
            own_by = None  # "improving ModelNet-40C by 10.55%, ScanObjectNN-C by 8.26%": a benchmark, no quantity
        else:
            metric = own
    own = own_quantity(gap, site.right, named_by=template.kind in ("delta", "relative") and not template.baselines) \
        if not (own_by or named or said) else None
    if own and own != metric:
        # the member's own words name its quantity, whatever the list's head had ("improving
        # question accuracy by 53.6% over X, position errors by 21.9%": against X too, but errors)
        metric, own_by = own, own_by or not metrics_in(own)
    # baselines carried: "outperforms X by 14.6% on A, 17% on B" is against X too
    # a label's value in brackets names its own label (its condition): a member has none of it
    label_condition = {"condition": None} if template.rule == "<label> (<number>)" else {}
    members, roles = site.mentions, [""] * len(site.mentions)  # a member has no role of its own
    if template.rule.startswith("<metric> from <number> to <number>"):
        # "improving FID from 8.26 to 6.27 on SiT-XL/2, 32.39 to 26.69 on JiT-B/16": each
        # member "A to B" repeats the head's "from A to B", two scores, not a range, A the
        # system's before and B after, as the head's are (read41)
        split = [(pair_halves(site.sentence, m, site.offset) if m.value_max is not None else None) or [m]
                 for m in site.mentions]
        members = [part for parts in split for part in parts]
        roles = [role for parts in split for role in (("before", "after") if len(parts) == 2 else ("",))]
    if own_unit:
        # the member's own unit makes its kind: points a delta, percent a relative change
        label_condition = {**label_condition, "kind": "delta" if site.mentions[0].quantity == "points" else "relative",
                           "unit": None if site.mentions[0].quantity == "points" else "%"}
    if (copula := _OWN_COPULA_IN_GAP.search(gap)) is not None:
        # "feasibility was approximately 96.7%, and the average increase in the main index ... was
        # approximately 8.0%", "regret improves by 0.190, while the raw-answer gain is 0.010": the
        # number is its own clause's subject's, not the list head's quantity (read72)
        subject = quantity_name(_COPULA_AT_END.sub("", copula.group()))
        metric = "unspecified" if subject in ("unspecified", "score", "gain", "increase", "change") else subject
        if _CHANGE_NOUN.search(copula.group()):
            label_condition = {**label_condition, "kind": "delta"}  # "the average increase in ... was 8.0%": a change
    out = [_draft_like(template, m, " (elided)", metric=metric, index=i, size=len(members), **label_condition,
                       quantity_named=bool(own_by) or template.quantity_named, number_list=template.number_list,
                       role=role)
           for i, (m, role) in enumerate(zip(members, roles))]
    if site is not read_alone:
        for draft in out:
            draft.unit = _spec_unit_of(template)  # "... and 10.4 on CelebA": in the head's percentage points
    if bracketed:
        name_bracketed_metrics(out, site)
    own_comparator = _OWN_COMPARATOR.match(site.right) if template.baselines else None
    if own_comparator and (names := names_in_phrase(own_comparator.group("phrase"))):
        # "a 2.0x improvement over R-MAPPO and 2.1x over QMIX": a member with a comparator of
        # its own is against that one, not the head's (read53)
        for draft in out:
            draft.baselines = names
    if template.rule.startswith("compared with") or _VERSUS_GAP.search(gap):
        # "... and 35.8% for the previous best agent"; "achieves 54.2, versus 38.6 for
        # Qwen3-235B-A22B": the member set against the head is the system named after it (sysnames28)
        phrase = compared_phrase(_COMPARED_SYSTEM.match(site.right))
        if phrase is not None:
            name_compared_system(out, phrase)
    return out


def _with_unit_written_once(site: Site, before_site: Site, head: Draft, gap: str) -> Site:
    """'by up to 17.9 percentage points on Waterbirds and 10.4 on CelebA': a bare decimal after
    a change in points or percent, each number on its own benchmark, is in the unit written once
    with the first (read52). `site` unchanged otherwise."""
    if head.mention.quantity not in ("points", "percent") or head.kind not in ("delta", "relative") \
            or len(site.mentions) != 1 or has_number(gap) or len(gap) > 60:
        return site
    member = site.mentions[0]
    # "by +6.2 points in single-turn mode, by +4.9 under the tool-use harness": a "by" said
    # again sets the member beside the head whatever its setting, signed as the head is (read55)
    by_again = _BY_AGAIN.search(gap) is not None and member.sign == head.mention.sign
    # "(+12.6 points on GSM8K and +40.8 on HumanEval)": a member signed as the signed head is
    # written in the head's unit too (read61)
    signed_alike = bool(member.sign) and member.sign == head.mention.sign
    if member.quantity != "plain" or member.is_integer or (member.sign and not (by_again or signed_alike)) or member.glued \
            or member.value >= 100 or not (by_again or (_on_benchmark(before_site.right) and _on_benchmark(site.right))):
        return site
    written = replace(member, quantity=head.mention.quantity, unit=head.mention.unit)
    return replace(site, mentions=[written])


#: A change's "by" said again before the next member: ", by ", ", and by ".
_BY_AGAIN = re.compile(r"(?:,|\band)\s+(?:and\s+)?by\s+$")
#: A comparator right after a member's number: " over QMIX", "% than X".
_OWN_COMPARATOR = re.compile(r"\s*(?:%|\\%)?\s*(?:over|than|compared\s+(?:to|with)|relative\s+to)\s+(?P<phrase>[^,;.()]{1,60})")
#: A gap that sets the next number against the one before: ", versus ", " vs. ", ", compared to ".
_VERSUS_GAP = re.compile(r"(?i)(?:\bversus|\bvs\.?|\bcompared\s+(?:to|with)|\bagainst)\s*\$?$")


# --- claims ---------------------------------------------------------------------

def _benchmark_named_score(dataset: str, context: SentenceContext, position: int) -> bool:
    """Whether the clause before a number writes its benchmark's name before "score" ("increasing
    the average PosterBench Score from"): the spec's "GenEval score", metric and dataset both."""
    before = context.text[max(0, position - 80):position]
    at = before.rfind(dataset)
    return at >= 0 and bool(_SCORE_AFTER_NAME.match(before, at + len(dataset)))


#: After a benchmark's name, "score" and what leads to its number in the same sentence part
#: ("the average LongBench score drops by just 0.4 points, compared with 2.9 points for H2O").
_SCORE_AFTER_NAME = re.compile(r"\s+[Ss]cores?\b(?:[^.;]|\.\d){0,60}$")


def _one_benchmark(metric: str, dataset: str) -> bool:
    """Whether a benchmark-named metric and a dataset name one benchmark ("RULER" and "RULER-1M");
    a name with pluses after the other's is another benchmark ("GenEval++" is not GenEval, read35)."""
    a, b = metric.lower(), dataset.lower()
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return longer.startswith(shorter) and not longer[len(shorter):].startswith("+")


def _claims(draft: Draft, context: SentenceContext, site_end: int, repaired: Repaired,
            paper_id: str, method: str | None, title: str) -> list[Claim]:
    if not (math.isfinite(draft.value) and (draft.value_max is None or math.isfinite(draft.value_max))):
        return []
    if draft.kind == "params" and sized_data_name(draft, context):
        return []  # "SFT on EgoRe-5M" after "EgoRe-5M, a large-scale ... dataset": a data set's size
    if draft.kind == "score" and count_fraction_part(
            context.text, draft.mention.start - context.offset, draft.mention.end - context.offset):
        return []  # "success rates of 12/15 and 15/15": a count over a count, neither part a level
    if draft.kind == "score" and _operating_point(draft.mention, context):
        return []  # "a TPR of 12.4% at 1% FPR": the rate the score is read at (read54)
    if draft.kind == "score" and _SPARSITY_AFTER.match(context.text, draft.mention.end - context.offset):
        # "retaining 73.67% accuracy at 99% sparsity", "achieving 90% sparsity with the same F1":
        # the share of weights or activations zeroed is the level a model is run or pruned at, a
        # setting; no labelled set counts it a result (nine in the pool and the sets; read72)
        return []
    if draft.kind == "score" and draft.metric and (signed_by_nature(draft.metric) or draft.metric == "R2") \
            and _P_VALUE_AFTER.match(context.text, draft.mention.end - context.offset):
        # "gains correlate with the weight increase (Spearman rho=0.70, p=0.025)": a test of an
        # association between two variables (a correlation or R2), with its p-value, no system's result (read76)
        return []
    if draft.kind == "score" and draft.mention.is_integer and draft.value_max is None \
            and _REACH_BEFORE.search(context.text, 0, draft.mention.start - context.offset) \
            and _IN_TIME_AFTER.match(context.text, draft.mention.end - context.offset):
        # "reaches 90% autonomous success in only 18-63 minutes": a round level is the target a
        # training run is timed to, the time its result ("reaches 69.9% on AIME 2024 in just 30 GPU
        # hours" measures both) (read77)
        return []
    if finding_about_data(context, draft.mention.start - context.offset, method):
        return []  # "our analysis shows High Time Pressure induces 48% higher speeds": no system's result
    dataset = attribute_dataset(draft, context, site_end - context.offset)
    model = attribute_model(draft, context, method, title)
    if draft.kind == "params" and draft.value < 1e5 and not model:
        if not _own_small_size(draft, context):
            return []  # "the baseline (5,552 params)": a small count is a size only of a named system (the spec; tail30)
        model = method  # the paper's own system, named in its title or not ("the best-performing model ... with 14,040 parameters")
    baselines = attribute_baselines(draft, context, site_end - context.offset)
    if draft.size > 1 and len(baselines) == draft.size:
        baselines = [baselines[draft.index]]
    if draft.metric and draft.metric in (model, *baselines) and _is_a_measure(draft.metric, context):
        # "CRoPS improves CHAIR scores by 20%": the metric's own name is no system (read34);
        # in "(RBAC: 14.5%, ABAC: 58.5%)" the name is a system's, misread as the metric: left
        model = method if model == draft.metric else model
        baselines = [b for b in baselines if b != draft.metric] or [None]
    condition = attribute_condition(draft, context, site_end - context.offset)
    if dataset and condition and "x" in condition:
        dataset, condition = _at_resolution_of_its_clause(dataset, condition)
    start, end = repaired.original_span(draft.mention.start, draft.mention.end)
    if draft.mention.plus and repaired.original[end:end + 1] == "+":
        end += 1
    s_start, s_end = repaired.original_span(context.offset, context.offset + len(context.text))
    sentence = repaired.original[s_start:s_end]
    value = draft.value
    metric = board_metric(draft.metric or "unspecified", dataset, draft.kind)
    if draft.quantity_named and model and metric.lower() == model.lower():
        metric = "unspecified"  # "Pyrite improves by 2.3 points": the subject named a system, no quantity (read53)
    if metric == "unspecified" and draft.kind in ("delta", "relative", "ratio"):
        changed = defined_metric_changed(draft, context)
        if changed:
            # "improves TCI by up to 45 percent": the measure the abstract defines, not a system
            metric, objects = changed
            baselines = [b for b in baselines if b not in objects] or [None]
    if metric == "unspecified" and dataset and _benchmark_named_score(dataset, context, draft.mention.start - context.offset):
        metric = dataset  # "the average PosterBench Score from 54.99 to 67.39": the benchmark names the metric (the spec; read60)
    elif not dataset and is_benchmark_name(metric) and _benchmark_named_score(metric, context, draft.mention.start - context.offset):
        dataset = metric  # "improves the Skill^2-Bench score from": the benchmark the rule named as the metric is the dataset too (read80)
    if dataset and metric in benchmark_metrics():
        if not _one_benchmark(metric, dataset) and not any(_one_benchmark(other, dataset) for other in benchmark_metrics()):
            # "on TIIF(73.8), DPG(86.8) ... gains of +5.0 on WISE": a benchmark named as a metric
            # is its own benchmark's metric, never carried to a number on another one (lists27);
            # where the dataset is itself such a benchmark (GenEval's number filed on DPG-Bench),
            # one of the two is misread and which is not known: left as it was
            metric = "unspecified"
        elif metric.lower().startswith(dataset.lower()):
            # "DPG(86.8)": a benchmark named as the metric names both, by one name (the spec's
            # "GenEval score": metric and dataset `GenEval`), a shorter writing of it included;
            # an edition or part written longer ("RULER-1M") stays (lists27)
            dataset = metric
    kind = draft.kind
    if kind == "score" and draft.mention.sign == "+" and not signed_by_nature(metric):
        # "(AP50 +16.98%)", "and +0.27 score": a number written with a plus sign is a gain over
        # something, never the level a system reaches; a correlation's sign is its own ("mean
        # Spearman rho = +0.54" is the level; read53)
        kind = "relative" if draft.unit == "%" else "delta"
    left, right, list_right = _kind_evidence(draft, context)
    if kind == "score" and (signed_level_is_change(draft.mention.sign, metric) or level_read_as_change(left)
                            or (draft.role not in ("before", "after") and example_of_change(left, right))
                            or cost_in_percent(metric, draft.unit)):
        # "(PSNR −0.97%)" on a metric never below zero; "contributes 5.18 F1 points", "the gap
        # ... to within 0.6% accuracy", "a gain (e.g., ~4 AP": the size of a change, not the
        # level a system reaches (a level before or after a change is one: "a boost (31% to 46%)");
        # "training time to 25.56% relative to X": a share of a cost, relative
        kind = "relative" if draft.unit == "%" else "delta"
    kind = change_kind(kind, draft.unit, metric, left, right, draft.quantity_named, list_right,
                       largest=max(value, draft.value_max or value))
    value_max = draft.value_max
    if draft.mention.sign == "-" and draft.kind in ("delta", "relative", "score") and kind == "score":
        value = -value  # "a return of −142.6": the sign written is the level's
    elif draft.mention.sign == "-" and draft.value_max is not None and draft.value_max > 0 and kind in ("delta", "relative"):
        # "the accuracy change ranges from -0.03 to +0.05 percentage points": a span of changes
        # across zero keeps its first end's sign, or it would read as a span of gains (read78)
        value = -value
        if _NEGATIVE_SECOND_END.search(draft.mention.text):
            value_max = -draft.value_max  # "ranges from -0.107 to -0.018": both ends below zero (read81)
    return [
        make_claim(paper=paper_id, metric=metric, kind=kind, value=value,
                   value_max=value_max, unit=_spec_unit_of(draft), dataset=dataset, model=model,
                   baseline=baseline if baseline != model else None, condition=condition,
                   text=repaired.original[start:end], span=(start, end), sentence=sentence, rule=draft.rule)
        for baseline in baselines
    ]


def _spec_unit_of(draft: Draft) -> str | None:
    """The claim's unit: the draft's, and `%` for a number written in percentage points
    ("+1.2-2.8pp", "0.42 percentage points", "40% points"), as every labelled set writes it. Rules read
    such a number as points (an absolute change, never a relative one), so the unit is set
    only here (read40)."""
    if draft.unit is None and draft.mention.quantity == "points" and (
            draft.mention.percentage_points or _PERCENTAGE_POINTS.search(draft.mention.text)):
        return "%"  # (a member of a list the unit is written once after: "by 9.12, 11.40 and 2.05 percentage points")
    return draft.unit


_PERCENTAGE_POINTS = re.compile(r"(?i)percentage|\dpp\b|\spp\b|p\.p\.|%p\b|%\s?(?:points?|pts?)\b")  # "by 40% points" (read50)


#: "Our empirical analysis shows (that) ...", "Analysis of this preliminary case study indicates
#: that ...": the sentence reports what the paper's analysis found, its verb after at most three
#: words that open the sentence (precision27).
_ANALYSIS_FINDS = re.compile(
    r"^\s*(?:[A-Za-z-]+\s+){0,3}?analys[ie]s(?:\s+(?:of|on|across|over)\s+[^,;:()]{1,60}?)?\s+"
    r"(?:shows?|showed|reveal(?:s|ed)?|indicat(?:es|ed)|suggest(?:s|ed)|finds?|found)\s+(?:that\s+)?", re.I)
#: What opens a finding that is a system's result: the paper's system ("our model", "the
#: proposed method", "it"), a design choice ("removing the memory drops ..."), a name.
_SYSTEM_OPENS = re.compile(
    r"(?:our|the\s+proposed|this|it|its|(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:method|model|approach|framework|system|pipeline|policy|agent|network|architecture|algorithm|module|design))\b"
    r"|[a-z]+ing\b", re.I)
#: A name and a result verb: "Velora achieves", "the Velora-L model outperforms".
_NAME_THEN_RESULT = re.compile(
    r"(?:the\s+)?[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2}\s+(?:model\s+|method\s+)?"
    r"(?:achiev|attain|reach|obtain|outperform|surpass|improv|reduc|yield|deliver|scor|exceed|beat|match|run|is\b|are\b|was\b|were\b)")


def finding_about_data(context: SentenceContext, at: int, method: str | None) -> bool:
    """Whether the number at `at` (offset in the sentence) is a finding about data, people or
    the world that the paper's analysis reports, not a system's result: "Our empirical analysis
    shows High Time Pressure induces 48% higher speeds ... versus No Time Pressure", "Analysis of
    this case study indicates that the dancer classified as primary executed 23% more steps",
    "Empirical analysis reveals an average knowledge duplication rate of 47.3% across agent
    communications" (holdout19's and holdout8's labels, the spec's "What a claim is"). What the
    verb reports is a system's result when it opens with the system, a name or a design choice
    ("analysis shows that EPPNet achieves ...", "... that removing the cache costs 3 points");
    an ablation is always the system's (the spec's "contributes 5.18 F1 points")."""
    text = context.text
    if "nalys" not in text:
        return False
    found = _ANALYSIS_FINDS.match(text)
    if found is None or at < found.end() or "blation" in text:
        return False
    clause = text[found.end():]
    if _SYSTEM_OPENS.match(clause) or _NAME_THEN_RESULT.match(clause):
        return False
    words = clause.split(None, 2)
    first = words[1] if words and words[0].lower() in ("the", "a", "an") and len(words) > 1 else (words[0] if words else "")
    first = first.strip(",;:()")
    return not (is_model_name(first) or (method is not None and (clause.startswith(method) or first == method)))


def _kind_evidence(draft: Draft, context: SentenceContext) -> tuple[str, str, str]:
    """The words that say what kind of change a number is: the text left of it, right of
    it, and right of its list (see kinds.change_kind). A list's members are read with the
    words before its head ('relative improvements of 13.1% on A and 8.1% on B'); numbers
    written together and closed by 'and' with the words after the last ('3.2% and 1.9%
    relative gains', 'retains 97.1% and 95.4% of the accuracy'); a number elided after a
    head with the head's words, which it leaves out ('a 7.0% absolute gain on A and 25.0% on B')."""
    text = context.text
    start, end = draft.mention.start - context.offset, draft.mention.end - context.offset
    members = draft.number_list
    list_end = None
    if members is not None:
        start = members.start
        if members.joined:
            list_end = members.end
        elif draft.rule.endswith(" (elided)"):
            list_end = members.head_end
    return text[max(0, start - 200):start], text[end:], text[list_end:] if list_end is not None else ""


#: The rules that read a size as a named system's ("Qwen2.5-7B-Instruct", "the 80B HunyuanImage").
_NAMED_SIZE_RULES = ("<name>-<size>", "<name> <size>", "<name> (<size>)", "<size> <name>")


#: At most this many characters between two members of one list of numbers (", and ").
_LIST_MEMBER_GAP = 24


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """A fact stated twice is one claim; the more complete statement is kept. A size said
    of an unnamed system and of a named one in the same sentence ("a 1.5B student,
    PRUNE-CoT-1.5B") is the named one's."""
    named_sizes = {(c.value, c.sentence) for c in claims if c.kind == "params" and c.rule in _NAMED_SIZE_RULES}
    claims = [c for c in claims if not (c.kind == "params" and c.rule not in _NAMED_SIZE_RULES
                                        and (c.value, c.sentence) in named_sizes)]
    kept: dict[tuple, Claim] = {}
    for claim in claims:
        key = (claim.metric, claim.kind, claim.value, claim.value_max, claim.model, claim.baseline)
        first = kept.get(key)
        if first is None:
            kept[key] = claim
        elif first.dataset is None and claim.dataset is not None:
            kept[key] = with_dataset(first, claim.dataset)
        elif claim.sentence == first.sentence and claim.dataset is not None and claim.dataset != first.dataset:
            # "0.99/0.27 and 0.99/0.82 on BraTS and LiTS, respectively": one value on two
            # benchmarks of one sentence is two results (read42)
            kept.setdefault(key + (claim.dataset,), claim)
        elif (claim.sentence == first.sentence and claim.dataset == first.dataset and claim.rule == first.rule
              and 0 < claim.span[0] - first.span[1] <= _LIST_MEMBER_GAP and claim.sentence.count(claim.text) > 1):
            # "reach 70 percent, 60 percent, and 60 percent success on A, B, and C tasks": one
            # list's members, the same value written twice in one sentence a few characters
            # apart, are two results (read68); a sentence repeated is one fact said twice
            kept.setdefault(key + (claim.span,), claim)
    return _one_statement_per_change(list(kept.values()))


def _one_statement_per_change(claims: list[Claim]) -> list[Claim]:
    """'(+2.60% on VBench)' in the summary and 'surpassing REPA by 2.60%' in the details:
    a change of the same size on the same metric, said in two sentences with at most one
    comparator named, is one fact; the statement that names its comparator is kept."""
    groups: dict[tuple, list[Claim]] = {}
    for claim in claims:
        if claim.kind in ("delta", "relative", "ratio"):
            groups.setdefault((claim.metric, claim.kind, claim.value, claim.value_max), []).append(claim)
    dropped: set[int] = set()
    for group in groups.values():
        if len(group) < 2 or len({c.sentence for c in group}) < len(group) or len({c.baseline for c in group} - {None}) > 1:
            continue
        keep = next((c for c in group if c.baseline is not None), group[0])
        dropped.update(id(c) for c in group if c is not keep)
    return [c for c in claims if id(c) not in dropped]
