"""Speed, cost and memory: N-times factors, durations, memory sizes, throughput.

Spec: an N-times speed-up is `speedup/ratio`; the time to produce one output is
`latency/score` in seconds; the duration of training (or any one-off preparation) is
`training time`; memory in bytes is `memory/score` in GB or MB; memory factors are
`memory/ratio`; compute factors are `FLOPs/ratio`.
"""
from __future__ import annotations

from extract.deferred import re, regex
from extract.names import is_model_name, names_in_phrase, spaced_system
from extract.numbers import find_mentions
from extract.rules.base import (
    Cue,
    LazyPattern,
    Match,
    Rule,
    Site,
    compile_left,
    compile_right,
    drafts,
)
from extract.rules.fragments import (
    AND_CLAUSE_VERB,
    AT_LEAST_BOUND,
    BOUND,
    BY_BEFORE,
    COST_METRICS,
    FACTOR_OF,
    LEVEL_THEN_IN_TIME,
    ONLY_BEFORE,
    PAIR_TIME,
    QUALITY_PHRASE,
    REACHED,
    RESPECTIVELY_NEXT,
    SAMPLED_BEFORE,
    TOKENS_AFTER,
    TRAINING_BEFORE,
    metric_after_qualifier,
    metric_at,
    metrics_in,
)
from extract.rules.quantities import UNSPECIFIED, quantity_name, respective_quantities

#: Cost nouns and the metric a factor or a percentage on them belongs to.
COST_NOUNS = r"""(?P<noun>(?i:  # "Latency drops by 37%" at the start of a sentence
  # (an optimizer's state is memory it keeps: "reducing persistent optimizer state by 174x", read68)
    (?P<memory>(?:GPU\ |peak\ |inference\ |training\ |activation\ |KV[- ]cache\ )?(?:memory(?:\ (?:footprint|usage|consumption|cost|requirements?|overhead))?|VRAM|footprint|KV[- ]cache(?:\ size)?|storage(?:\ cost)?|optimizer\ states?)
      |model\ sizes?|model\ compression|(?:on-?disk|checkpoint)\ size|(?<=(?:smaller|lighter)\s)models?)
  | (?P<macs>[GM]?MACs|multiply-accumulate\ operations|MAC\ operations)
  | (?P<flops>FLOPs|GFLOPs|TFLOPs|floating[-\ ]point\ operations|(?:training\ |inference\ )?compute(?!\ times?)|computation(?:al)?(?!\ times?)(?:\ (?:cost|budget|overhead|complexity|requirements?))?|inference\ cost
      |(?:CPU|GPU)\ costs?|(?<=(?:computational|computation|compute|inference|training)\ )costs?|(?<=training\ )budgets?|training\ (?:costs?|budgets?))
  # a cost not said to be computation's ("a 98.2% cost reduction", "19 times more cost-effective")
  # is the labels' `cost` (holdout8, holdout19, holdout26, holdout27); "computational cost" is FLOPs
  | (?P<cost>(?<!(?:communication|energy|annotation|labell?ing|monetary|financial|data|storage|transmission|token|CPU|GPU)\ )cost)
  # ("training cost" and "training budget" are computation's, `FLOPs`, as the spec names them (13
  # labels of the read sets against 2; read74): the flops branch, tried first, reads them, from
  # "training" or, where a rule's qualifier took that word, from the noun after it)
  | (?P<training>training\ (?:time|GPU\ hours)|GPU[- ]hours|fine-tuning\ time
      |time\ per\ (?:training\ )?epoch|per-epoch\ time  # an epoch's time is training's: "3.5x less time per epoch" (read76)
      |fit(?:ting)?\ times?)  # a model fitted to its data is trained: "reduces dataset fitting time by 10,000 times" (read74)
  | (?P<latency>latency|latencies|inference\ times?|runtimes?|run\ times?|wall-?clock\ time|decoding\ time|sampling\ time|generation\ time|time[-\ ]to[-\ ]first[-\ ]token|TTFT
      |(?:verification|response|processing|rendering|search|query|encoding|prefill|solve|solving|planning|execution|rollout)\ times?
      |makespans?  # a schedule's total time: "a 16.7% makespan reduction" (read81)
      # a time named and reduced takes latency (claims-spec, '"N% faster" is a speedup'): "reduces
      # completion time by 25%", "a 15% reduction in cycle time", "4.4x less computation time"
      |(?:completion|cycle|computation(?:al)?|compute|task)[\ -]times?  # "a 14x task-time reduction" (read56)
      # a delay reduced is a latency too (read35): "cuts the real-time delays by 6-11x"
      |delays?
      # a time reduced with no other word, not training's: "an 8x time reduction" (read41)
      |(?<!training\ )(?<!tuning\ )time(?=\ (?:reductions?|savings?)\b))
  # "a 5.7x parameter reduction over X": the count reduced, in the singular before the change noun (read51)
  | (?P<params>parameter\ counts?|parameters|params|parameter(?=\ (?:reductions?|savings?)\b))
  # "up to 312x energy savings", "a 9x energy reduction" (read33); "energy consumption" and
  # "energy usage" keep the vocabulary's names, and energy efficiency is a quality, no cost
  | (?P<energy>energy(?:\ costs?)?(?![\w-]|\ (?:efficiency|consumption|usage|use)\b))
))"""
#: Every cost noun holds one of these words (read without case, as COST_NOUNS is): a cue
#: for rules that cannot match without naming a cost ("model" stands for itself only after
#: "smaller" or "lighter", a lookbehind inside the window; "model size" holds "size").
COST_NOUN_CUE = Cue("left", "memory", "vram", "footprint", "kv", "storage", "optimizer state", "model compression",
                    "smaller", "lighter", "size", "mac", "multiply", "flop", "comput", "cost", "training", "hour",
                    "time", "latenc", "ttft", "param", "energy", "delay", "makespan", folded=True)
#: A factor on a cost takes the cost's metric, latency included: "2.5x lower latency" and "a
#: 1.88x latency reduction" are `latency` ratios (REAL_README: "N x lower <quantity>" takes that
#: quantity's metric; only "faster", "speed-up", "acceleration", "throughput" are speed-ups).
_NOUN_METRIC = {"memory": "memory", "macs": "MACs", "flops": "FLOPs", "cost": "cost", "training": "training time",
                "latency": "latency", "params": "params", "energy": "energy"}
_COST_NOUN = LazyPattern(rf"\b{COST_NOUNS}\b", regex.VERBOSE)
#: The stems of the verbs that reduce a cost.
_REDUCE_VERBS = r"(?:reduc|cut|lower|decreas|sav|shrink|compress|trim|slash)"
_REDUCE_WORD = LazyPattern(rf"(?i)\b{_REDUCE_VERBS}\w*")
#: "by 60-73x (GMACs)": the unit written after the factor names the cost.
_COST_UNIT_AFTER = re.compile(r"\s*\(\s*[GMT]?(?P<unit>MACs|FLOPs)\s*\)")

#: The words that may qualify a speed-up before its noun: "13x average speedup" (read33), "3.5x
#: runtime speedups" (read34), "a 20% practical speedup" (read35).
_SPEED_QUALIFIERS = r"""(?:(?:higher|greater|more|increased|improved|better|end-to-end|overall|wall-?clock|real|actual|measured|practical
    |average|mean|median|geometric\ mean|runtime|run-time|execution|peak|maximum|max)\s+)*"""  # "a 6.7x peak decoding speedup" (review36)
_SPEED_NOUN = _SPEED_QUALIFIERS + r"""
    (?:[A-Z][a-z]?[A-Z][A-Za-z0-9]{0,4}\s+(?=(?:inference|training|sampling|decoding|generation|prefill)\s))?  # "a 2.1x DiT inference speedup": the part sped up (read57)
    (?:(?P<phase>inference|training|sampling|decoding|generation|rendering|prefill(?:ing)?|editing|convergence|encoding)\s+)?
    (?:(?:[a-z]+(?:-[a-z]+)+|[a-z]+al|[A-Z]{2,6})\s+(?:\([^()]{1,20}\)\s+)?(?=speed|acceleration))?   # "computational acceleration", "time-to-first-token (TTFT) speedup"
    (?:(?:(?!(?:the|an?|of|in|on|to|for|with|and|or|but|than|over|at|by|from|as|is|are|was|were|be|been|that|which|while
        |this|these|its|their|our|no|not|more|less|fewer|lower|higher|smaller|larger)\b)(?:[a-z][a-z-]*(?:/[a-z][a-z-]*)*|[A-Z][A-Za-z0-9]*-[a-z][a-z-]*)\s+){1,2}(?=speed-?ups?\b|throughput\b))?  # "1.47x step speedup", "1.22x net wallclock speedup" (read43); "1.91x evaluation throughput" (read61); "1.41x DiT-backbone speedups" (read68); "4.81x forward/backward speedup": slashed parts, one speedup (read81)
    (?P<word>faster|quicker|sooner|speed-?ups?|accelerations?|throughput|speed|FPS|more\ throughput|as\ fast|as\ quickly)\b"""

_CONDITION_WORDS = re.compile(r"(?i)\b(inference|training|sampling|decoding|throughput|prefill(?:ing)?|convergence|generation)\b(?!-free\b)")  # not "training-free" (read72)


def metric_of_cost(match: re.Match | regex.Match) -> str:  # a rule's match (regex) or a search here (re)
    """The metric of the cost noun a match holds: every branch of COST_NOUNS lies in one
    of `_NOUN_METRIC`'s groups, and every caller's pattern holds COST_NOUNS."""
    for group, metric in _NOUN_METRIC.items():
        if match.group(group):
            return metric
    raise ValueError(f"no cost noun in {match.group()!r}")


def _phase(*texts: str) -> str | None:
    for text in texts:
        found = _CONDITION_WORDS.search(text)
        if found:
            word = found.group(1).lower()
            return "throughput" if word == "throughput" else word.replace("prefilling", "prefill")
    return None


def _speedup(m: Match):
    right = m.right
    word = right.group("word").lower() if right is not None else ""
    condition = right.group("phase") if right is not None and right.group("phase") else None
    if condition is None and "throughput" in word:
        condition = "throughput"
    if condition is None:
        condition = _phase(m.site.right[:60], m.site.left[-60:])
    kind = "ratio" if m.site.mentions[0].quantity == "ratio" else "relative"
    made = (_MADE_FASTER.search(m.site.left[-80:]) if word in ("faster", "quicker")
            and not _COMPARED_AFTER.match(m.site.right, right.end()) else None)
    baselines = names_in_phrase(made.group("x")) if made else None
    # "can make existing models 3x faster", "makes Llama-3 2.5x faster": what is made faster is
    # the system compared with (read63)
    out = drafts(m, "speedup", kind, "<factor> faster", condition=condition and condition.lower(),
                 baselines=baselines or None)
    if right is not None:
        also = _AND_COST_REDUCTION.match(m.site.right, right.end())
        if also:  # "1.5x measured speedup and GPU memory reduction": the factor is said of both
            out += drafts(m, metric_of_cost(also), kind, "<factor> faster and lower <cost>")
    return out


#: A verb of making and its object right before a factor: "make existing models " (3x faster).
_MADE_FASTER = re.compile(r"(?i)\b(?:make|makes|made|making|render|renders|rendering)\s+(?P<x>(?:[\w.+/-]+\s+){0,3}?[\w.+/-]+)\s+(?:up\s+to\s+|about\s+|over\s+)?$")


#: "and GPU memory reduction"; not "and substantial memory reduction", a reduction of its own unstated size.
_AND_COST_REDUCTION = LazyPattern(
    rf"\s+and\s+(?:(?!(?:substantial|significant|considerable|notable|dramatic|drastic|large|huge|great|major|marked|massive"
    rf"|remarkable|further|modest|moderate|slight|some|similar|comparable)\b)[\w-]+\s+)?{COST_NOUNS}\s+(?:reductions?|savings?)\b",
    regex.VERBOSE)


def _plain_speedups(m: Match):
    """'1.4, 1.7, and 2.2 end-to-end speedups': factors whose 'x' is left to the noun.
    Only with a decimal among them: '3 speedups' counts results, it does not state one."""
    if all(x.is_integer for x in m.site.mentions) or any(x.sign or x.glued for x in m.site.mentions):
        return None
    out = _speedup(m)
    for draft in out:
        draft.kind, draft.unit, draft.rule = "ratio", "x", "<numbers> speed-ups"
    return out


#: A word right after a number that is no link word: a noun it may count ("128K images").
_WORD_AFTER = LazyPattern(r"-?\s*(?!(?:through|using|via|with|and|or|in|on|for|at|by|while|when|after|before|from|to)\b)[A-Za-z]")


def _context_length(m: Match):
    """'lets an 8B model scale to 840K tokens', 'supports the context length of 5M tokens': the
    longest input a system handles."""
    if len(m.site.mentions) != 1:
        return None
    if m.right is None and not TOKENS_AFTER.match(m.site.right) and (
            m.site.mentions[0].text[-1:] not in "KkM" or _WORD_AFTER.match(m.site.right)):
        return None  # a size in thousands or millions needs no "tokens" after it ("a context length of 128K"); a count does
    rule = "context length of <size> tokens" if "context" in m.left.groupdict() else "scales to <size> tokens"
    out = drafts(m, "context length", "score", rule)
    for draft in out:
        draft.unit = None
    return out


def _accelerates_compared(m: Match):
    """'accelerates convergence of the target tasks 3 times compared with training from
    scratch': the factor of a speed verb, without 'by', before its comparison."""
    condition = _phase(m.left.group(0), m.site.right[:40])
    return drafts(m, "speedup", "ratio", "accelerates ... <factor> compared with", condition=condition)


def _cost(m: Match):
    if m.right.group("size"):
        # a bare "size reduction" is the model's memory where the sentence says it in bytes or
        # says compression; else it may be a data set's or an output's size
        if not _SIZE_IN_BYTES.search(m.site.sentence):
            return None
        return drafts(m, "memory", "ratio" if m.site.mentions[0].quantity == "ratio" else "relative", "<factor> lower <cost>")
    if m.right.group("tokens") and "tokeniz" in m.site.sentence.lower():
        return None  # "the expanded tokenizer encodes Hindi in 2.4x fewer tokens": an input's encoding, no tokens spent
    # every branch of the rule's right pattern names a cost; "15% training overhead" is training time
    metric = ("training time" if m.right.group("trained") else "response length" if m.right.group("tokens")
              else metric_of_cost(m.right))
    kind = "ratio" if m.site.mentions[0].quantity in ("ratio",) else "relative"
    # the phase words after the number before any other number: "3.81x throughput improvement and
    # up to 5.79x tail latency reduction" gives the second no throughput condition
    tail = m.site.left[-60:]
    last = _LAST_NUMBER_NOUN.search(tail)
    own_left = tail[last.end():] if last else tail
    condition = _phase(m.site.right[:60], own_left) if metric in ("latency", "memory") else None
    out = drafts(m, metric, kind, "<factor> lower <cost>", condition=condition)
    also = _AND_COST.match(m.site.right, m.right.end()) if not m.right.group("trained") else None
    if also and metric_of_cost(also) != metric:
        # "80% fewer parameters and operations than X": the factor is said of both costs (read64)
        out += drafts(m, metric_of_cost(also), kind, "<factor> lower <cost>")
    return out


#: A model's size said in bytes or as compression: "(327.42 MB to 6.01 MB)", "compression pipeline".
_SIZE_IN_BYTES = re.compile(r"\d\s?[KMGT]B\b|(?i:\bcompress)")
#: A second cost joined to the first: "(fewer parameters) and operations", "and FLOPs".
_AND_COST = LazyPattern(rf"\s+and\s+(?:[\w-]+\s+)?{COST_NOUNS}\b(?!\s+(?:reductions?|savings?|decreases?|cuts?)\b)", regex.VERBOSE)


def _compression(m: Match):
    """'a 20x compression ratio for 3DGS', '108x compression of a 3DGS scene', 'up to 49-fold
    compression': how many times smaller a method stores what it represents, a memory ratio
    (the labels' reading: holdout, holdout8; recall12). A compression of the input a model
    reads ('3-4x token compression', '64x compression of the input sequence') is a setting of
    the representation (the spec's Not claims), not a result."""
    if m.right.group("what") or _INPUT_COMPRESSED.match(m.site.right, m.right.end()):
        return None
    if _BITS_BEFORE.search(m.site.left[-80:]):
        # "with an average of 4.2 bits and a 7.6x compression ratio", "8x activation compression
        # ratio": the ratio a bit-width gives, a setting of the quantization (REAL_README d1-15)
        return None
    if _AT_LEVEL_BEFORE.search(m.site.left[-30:]):
        return None  # "a significant drop only at 10x compression", "under 4x compression": the level a study sets (read83)
    return drafts(m, "memory", "ratio", "<factor> compression")


#: "only at", "even at", "under" right before a factor: the level a study sets, no result ("shows a
#: drop only at 10x compression"); after a score, "at" alone is the compressed system's operating
#: point, its ratio ("retains 71-122% of teacher ROUGE-L at 3.2x compression", as "at 54.7 MB" is its size).
_AT_LEVEL_BEFORE = re.compile(r"(?i)\b(?:(?:only|even|until|beyond|except)\s+at|under)\s+(?:(?:a|an|the|higher|lower|extreme|aggressive|moderate)\s+)?$")
_BITS_BEFORE = LazyPattern(r"(?i)\b(?:\d+(?:\.\d+)?[- ]?bits?|bit-?widths?|W\d+A\d+)\b[^;.]*$")
#: What a compression of the input reads: "... compression of the input sequence / of visual tokens".
_INPUT_COMPRESSED = LazyPattern(
    r"(?i)\s*(?:ratio\s+)?(?:of|on|for)\s+(?:the\s+|its\s+)?(?:input\s+|visual\s+|text\s+|context\s+)?"
    r"(?:input|sequences?|tokens?|context|prompts?|features?|latents?|embeddings?)\b")


def _share_of_compute(m: Match):
    """'with only ~20% of computation', 'with 30% computation of the previously best model',
    'with only 10% of the samples and 21% of the computational budget': the compute a
    method needs as a share of a baseline's, a FLOPs change (REAL_README d1-14)."""
    if len(m.site.mentions) != 1 or m.site.mentions[0].sign:
        return None
    of = _OF_SYSTEM.match(m.site.right, m.right.end())
    if not (_ONLY.search(m.left.group("only")) or of):
        return None  # "keeps 99% of the accuracy with 40% of the FLOPs": a pruning setting, said of no baseline
    out = drafts(m, "FLOPs", "relative", "with <share> of the compute")
    if of:  # "... computation of the previously best model"
        for draft in out:
            draft.baselines = names_in_phrase(of.group("phrase")) or None
    return out


_ONLY = re.compile(r"only|just|merely")


def _halves(m: Match):
    """'halves the memory footprint', 'halving inference latency': a 2x reduction of the cost, a
    ratio like '2x lower memory' (a halved latency is a latency ratio of 2, as 'reduces latency
    by 3x' is 3)."""
    if not m.site.mentions[0].text.lower().startswith("halv"):
        return None
    phrase = m.right.group("np")
    cost = _COST_NOUN.search(phrase)
    if cost:
        metric = metric_of_cost(cost)
    else:
        # "halves the geodesic error", "halving PA-MPJPE": the quantity's own ratio, as "N x lower <quantity>"
        named = metrics_in(phrase)
        metric = named[0][0] if named else quantity_name(phrase)
    if metric in ("params", UNSPECIFIED):
        return None  # "halves the parameters": a model's size changed by design, not a measured cost
    return drafts(m, metric, "ratio", "halves <cost>", condition=_phase(m.site.right[:60]) if cost else None)


def _fraction_of_cost(m: Match):
    """'only one-third the parameters of TransReID', 'at roughly half the computational cost',
    'in half the mission time': a unit fraction of a cost, written in words, is the factor the
    cost is cut by (numbers.py reads "one-third" as 3), a ratio of that cost as "3x fewer
    parameters" and "halves the memory" are (docs/claims-spec.md, "Worded factors"; the labels
    of holdout8, holdout12 and holdout16 write it so). A time the cost nouns do not name ("the
    mission time", "the time") is `latency`, or `training time` when the sentence says training
    comes before it (the spec's one-off preparation). A bound ('less than a quarter of its
    parameters', 'more than half the time') is no claim (recall23's decision: the synthetic
    dev2 t-02 leaves it unlabelled); a share of parameters is a size against a system only
    with 'of <system>' after it (else the share a method trains: the spec's Not claims)."""
    tail = m.site.left[-30:]
    taken = _FRACTION_TAKER.search(tail) or _FRACTION_TAKEN_AFTER_AND.search(m.site.left[-100:])
    if len(m.site.mentions) != 1 or not taken or _FRACTION_BOUND_BEFORE.search(tail):
        return None
    right = m.right
    if right.group("noun"):
        metric = metric_of_cost(right)
    elif TRAINING_BEFORE.search(m.site.left):
        metric = "training time"
    else:
        metric = "latency"
    of = right.group("of")
    names = names_in_phrase(of) if of else None
    if metric == "params" and (not names or _TRAINS_SHARE_BEFORE.search(tail)):
        return None  # "fine-tunes only half of the parameters of the backbone": a share trained
    out = drafts(m, metric, "ratio", "<fraction> the <cost> of X",
                 condition=_phase(right.group(0)) if metric in ("latency", "memory") and right.group("noun") else None)
    if names:
        for draft in out:
            draft.baselines = names
    return out


#: A bound or an ordinal before a fraction: "less than a quarter", "more than half", "over
#: half", "the first half", "the other half" (no factor reported).
_FRACTION_BOUND_BEFORE = re.compile(
    r"(?i)(?:\b(?:less|fewer|more|greater|lower|higher|rather)\s+than|\b(?:over|under|below|above|first|second|last|other|latter|former|upper|lower|top|bottom))\s+$")
#: What a fraction of a cost follows as the amount a system needs: a preposition, a verb of
#: needing or using, or a hedge ("at roughly half", "requires only one-third", "in half");
#: not the start of a clause ("One-third of the time is spent ...": a share, no result).
#: Verbs that take a cost as their object: "requiring", "uses", "consumes", "costing".
_TAKES_A_COST = (r"require[sd]?|requiring|needs?|needed|needing|uses?|used|using|consum\w+|takes?|taking|costs?|costing"
                 r"|spends?|spending|incurs?|incurring")
_FRACTION_TAKER = re.compile(
    rf"(?i)\b(?:at|in|with|within|for|on|to|{_TAKES_A_COST}|boasts?|has|have|having|only|just|merely|roughly|about|approximately"
    r"|around|nearly|almost|barely|some|~)\s+$")
#: A fraction joined by "and" to a cost the same verb takes: "requiring 2 orders of magnitude fewer
#: floating point operations and half the GPU memory" (read67).
_FRACTION_TAKEN_AFTER_AND = re.compile(rf"(?i)\b(?:{_TAKES_A_COST})\s[^.;:()]{{1,80}}\sand\s+$")
#: A verb that trains, updates or removes part of a model, before a fraction of its parameters.
_TRAINS_SHARE_BEFORE = re.compile(r"(?i)\b(?:fine-?tun|train|updat|tun|freez|prun|adapt|activat|modif)\w*\s+(?:only\s+|just\s+|merely\s+)?$")


#: What a share's cost is of, when it is training: "of fully training the candidate set", "of pretraining".
_TRAINING_OBJECT = re.compile(r"(?i)(?:fully\s+|full\s+)?(?:pre-?)?train(?:ing)?\b")


def _share_of_cost(m: Match):
    """'requiring only 40% -- 50% of the inference time of BAGEL or Flux', 'uses 30% of the
    memory of X': the cost a method needs as a share of a reference system's, a `relative`
    claim on that cost (REAL_README d1-14's share of compute, for any cost), one per system.
    Without 'only' and without a system it is a setting ('with 40% of the FLOPs'). A bound
    ('requiring less than 1% computational cost', 'less than 0.2% additional CPU cost') is a
    claim at the bound, as on a share of a reference's quality (claims-spec, "Bounds in
    brackets and shares"); 'of' may then be left out ('with only 2.1% its training cost'),
    but not before a change noun ('only 5% FLOPs reduction' is a change, not a share)."""
    if len(m.site.mentions) != 1 or m.site.mentions[0].sign:
        return None
    of = _OF_SYSTEM.match(m.site.right, m.right.end())
    owner = m.right.group("owner")
    bounded = _bounded_share(m.site)
    if not (bounded or of or owner):
        return None
    if not m.right.group("of") and (not bounded or _CHANGE_NOUN_AFTER.match(m.site.right, m.right.end())):
        return None
    metric = metric_of_cost(m.right)
    if metric == "cost" and of and _TRAINING_OBJECT.match(of.group("phrase")):
        metric = "FLOPs"  # "1% of the cost of fully training the candidate set": a training cost (claims-spec, round 74; read75)
    if metric == "params" and not _COMPARED_AFTER.match(m.site.right, m.right.end()):
        # "trains 0.4% of the parameters (of the full model)": a share of weights trained (the
        # spec: not a claim); "uses only 6.1% of the parameters compared with X" is a size
        # against X's (recall15)
        return None
    out = drafts(m, metric, "relative", "<share> of the <cost> of X")
    if of or owner:
        for draft in out:
            draft.baselines = names_in_phrase(owner or of.group("phrase")) or None
    return out


def _bounded_share(site: Site):
    """'only 40%', 'less than 1%': a share written as a bound (`_share_of_cost`)."""
    return ONLY_BEFORE.search(site.left[-12:]) or _BOUND_BEFORE.search(site.left[-15:])


def _may_share_cost(site: Site) -> bool:
    """The rule's precondition: what `_share_of_cost` asks first, with its right pattern's
    "of" read at the start of the text it matches. Without "of" the production takes only
    a bounded share, and the optional "of" lets the pattern match after most words: tried
    at ~3,700 numbers of the mix, it read ~270 (speed15)."""
    return (len(site.mentions) == 1 and not site.mentions[0].sign
            and (_OF_FIRST.match(site.right_window) is not None or bool(_bounded_share(site))))


#: The optional "of" that opens the rule's right pattern, as the pattern reads it.
_OF_FIRST = LazyPattern(r"\s*of\s")
#: An upper bound on a share of a cost: "less than 1% computational cost".
_BOUND_BEFORE = re.compile(r"(?i)(?:\b(?:less|fewer)\s+than|\bunder|\bbelow|\bat\s+most|<|≤|\\le[q]?)\s*\$?\s*$")
#: A change noun after the cost: "5% FLOPs reduction" is a change, read by "<factor> lower <cost>".
_CHANGE_NOUN_AFTER = re.compile(r"(?i)\s*(?:reductions?|savings?|decreases?|increases?|improvements?|overheads?|drops?|cuts?)\b")
#: "... compared with LiDiff": a reference named after the share.
_COMPARED_AFTER = re.compile(r"(?i)\s+(?:compared\s+(?:with|to)|relative\s+to|than)\s")
_THROUGHPUT_FALLS = re.compile(
    r"(?i)\b(?:(?:drop\w*|decreas\w*|reduc\w*|lower\w*|degrad\w*|slow\w*|cut\w*)\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:throughput|FPS|frame\s+rates?)"
    r"|(?:throughput|FPS|frame\s+rates?)\s+(?:drop\w*|decreas\w*|fall\w*|fell|declin\w*|degrad\w*))\b[^,;]*$")


#: A hyphen and a word right after a number: "40-step", "8-bit", a compound modifier.
_COMPOUND_WORD = re.compile(r"-[A-Za-z]")
_SPEEDUP_OF = re.compile(rf"(?i)speed-?ups?\s*(?:of|=|:|≈|~)\s*(?:{BOUND}\s*)*$", re.VERBOSE)


def _speed_by(m: Match):
    quantity = m.site.mentions[0].quantity
    # "a factor of 3", "speedups of 1.3, 1.8 and 2.4": a plain number is a factor only so
    plain_factor = bool(m.left.group("factor") or _SPEEDUP_OF.search(m.site.left[-40:]))
    if quantity == "plain" and not plain_factor:
        return None
    gap = m.left.group("gap")
    if any(not x.glued and x.quantity != "scale" and not _COMPOUND_WORD.match(gap, x.end) for x in find_mentions(gap)):
        # "a speed-up of 5x and a memory saving of up to 60%": the nearer words are the number's
        # (a size names what is sped up: "accelerates 128K context-length fine-tuning by 2--3x", read59;
        # so does a number in a compound word: "accelerates the 40-step denoising process by 3.92x", read62)
        return None
    if any(name not in COST_METRICS for name, _, _ in metrics_in(m.left.group("gap"))):
        return None  # "a 2.3x speed-up with a VBench score of 79.1%": the number is the score's
    kind = "relative" if quantity == "percent" else "ratio"
    if _THROUGHPUT_FALLS.search(m.site.left[-80:]):  # "lowers throughput by 12%"
        return drafts(m, "throughput", kind, "throughput falls by <number>")
    condition = _phase(m.left.group(0), m.site.right[:40])
    out = drafts(m, "speedup", kind, "speeds up ... by <factor>", condition=condition)
    if quantity == "plain":
        for draft in out:
            draft.unit = "x"
    return out


def _bracketed_speedup(m: Match):
    """'order-of-magnitude speed-ups (up to ~14.5x)': the factor in brackets right after the
    speed-up noun is its value (read39)."""
    condition = _phase(m.left.group(0), m.site.right[:40])
    return drafts(m, "speedup", "ratio", "speed-ups (<factor>)", condition=condition)


_WALL_CLOCK = re.compile(r"(?i)wall-?clock\s+time")
#: A sentence that speaks of a training run: the wall-clock time it cuts is that run's ("reduces
#: wall-clock time to baseline performance by 21%": the time to reach a performance is training).
TRAINING_RUN = re.compile(
    r"(?i)\b(?:train(?:s|ed|ing)?|pre-?train\w*|fine-?tun\w*|converg\w*|learning(?![-\s]based))\b"
    r"|\btime[\s-]to[\s-](?:reach\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}(?:performance|accuracy|convergence|perplexity|loss)\b")


#: The auxiliary of a passive cost change: "latency is reduced", "memory has been cut".
_COST_PASSIVE = r"(?:is|are|was|were|has\s+been|have\s+been)"


def _cost_factor(m: Match):
    """'reduces training FLOPs 3x': `_cost_by` where no "by" comes before the factor."""
    return _cost_by(m, rule="reduces <cost> <factor>")


def _cost_by(m: Match, rule: str = "reduces <cost> by <factor>"):
    quantity = m.site.mentions[0].quantity
    if quantity == "plain" and not m.left.group("factor"):
        return None
    if quantity == "fraction" and m.site.mentions[0].text.lower().replace("-", " ") not in ("half", "one half"):
        # "reduces the cost by (about) half" is the cost halved, a ratio of 2 as "halves the cost"
        # is (read44); "reduced by a third" leaves two thirds, a factor of 1.5, not the fraction's 3
        return None
    if "oken" in m.left.group(0) and _TOKEN_COUNT_BY.search(m.left.group(0)):
        return None  # "reducing FLOPs by 59% and the visual token count by 3x": a token count, not a cost
    noun = m.left
    gap = m.site.left_window[m.left.end("noun"):m.left.end()]
    numbers = [x for x in find_mentions(gap) if not x.glued]
    amount_end = numbers[-1].end if numbers else (earlier.end() if (earlier := _EARLIER_BY.search(gap)) else None)
    if amount_end is not None:
        # "reduces the inference time by 70.8% and the edge device execution time by", "... by
        # 4.18x and improves memory efficiency by", "reduces the cost by a third, and ... by": the
        # first noun has its amount; this one's is the cost named after that amount, if any
        nouns = list(_COST_NOUN.finditer(gap, amount_end))
        if not nouns:
            return None
        noun = nouns[-1]
        if _DATA_AFTER_COST_WORD.match(gap, noun.end()):
            return None  # "and we cut the training set by half": the data a method uses, no cost (read44)
    elif _DATA_AFTER_COST_WORD.match(m.site.left_window, m.left.end("noun")):
        return None
    if _ERROR_AFTER_COST_WORD.match(m.site.left_window, noun.end("noun") if noun is m.left else noun.end()):
        # "reduce the energy and force MAEs by 99.8% and 95.9%", "final energy error by 90%": an
        # error in predicting the quantity, no cost spent (read72)
        return None
    metric = metric_of_cost(noun)
    if metric == "latency" and _WALL_CLOCK.fullmatch(noun.group("noun")) and TRAINING_RUN.search(m.site.sentence):
        metric = "training time"  # claims-spec: Hyper++'s "stable learning ... reduces wall-clock time by 30%"
    unit = _COST_UNIT_AFTER.match(m.site.right)
    if unit:
        metric = unit.group("unit")
    kind = "relative" if quantity == "percent" else "ratio"
    out = drafts(m, metric, kind, rule, condition=_phase(m.left.group(0)))
    if len(out) > 1 and not unit:
        # "a reduction in memory and FLOPs by 42% and 54%": a list of costs, one number each
        tail = m.site.left[-80:]
        verbs = list(_REDUCE_WORD.finditer(tail))
        nouns = [metric_of_cost(noun) for noun in _COST_NOUN.finditer(tail, verbs[-1].end())] if verbs else []
        if len(nouns) == len(out):
            for draft, name in zip(out, nouns):
                draft.metric = name
        elif verbs and RESPECTIVELY_NEXT.match(m.site.right):
            # "decreases sensor acquisitions, power consumption, and inference latency by 9.67%,
            # 16.1%, and 74.8%, respectively": a list of quantities, not all of them costs (read45)
            names = respective_quantities(BY_BEFORE.sub("", tail[verbs[-1].end():]), len(out))
            for draft, name in zip(out, names or ()):
                draft.metric, draft.quantity_named = name, not metrics_in(name)
    if len(out) == 1 and not unit and not numbers:
        pair = _cost_pair(m.site.left_window[:m.left.start("noun")], metric)
        if pair:
            # "reduces memory usage and inference time by up to 300x": one factor said of two
            # costs is a claim for each, as "<verb> X by <number>" reads "FID and KID by 20%"
            out = [draft for name in pair for draft in drafts(m, name, kind, rule, condition=out[0].condition)]
    if quantity == "plain":
        for draft in out:
            draft.unit = "x"  # "cuts memory by a factor of 3": a factor, as "3x" is (read58)
    return out


#: A "by" with its amount before the last: "by a third, and ... by" (see `_cost_by`).
_EARLIER_BY = re.compile(r"\bby\b(?=.+\bby\b)")
#: An error's head after a word that names a cost elsewhere: "energy error", "energy and force MAEs".
_ERROR_AFTER_COST_WORD = re.compile(r"\s+(?:and\s+[\w-]+\s+)?(?:errors?|MAEs?|RMSEs?|MSEs?|residuals?|deviations?)\b")
#: Data after a word that names a cost elsewhere: "the training set", "the inference data".
_DATA_AFTER_COST_WORD = re.compile(r"\s+(?:sets?|data(?:sets?)?|samples|examples|corpus|corpora|splits?)\b")
#: What joins two costs one number is said of, before the second: "memory usage and ", ", and the ".
_JOINED_COST_BEFORE = LazyPattern(rf"\b{COST_NOUNS}\s*(?:,\s*)?(?:and|&)\s+(?:(?:the|its|their)\s+)?$", regex.VERBOSE)
#: The reducing verb before the first cost, with at most two words between: "reduces peak GPU ".
_REDUCE_BEFORE_COST = re.compile(rf"(?i)\b{_REDUCE_VERBS}\w*\s+(?:[\w-]+\s+){{0,2}}$")


def _cost_pair(head: str, second: str) -> list[str] | None:
    """The two costs of "reduces A and B by", given the text before B and B's metric: A is a
    cost noun joined to B by "and", right after the reducing verb; no verb of its own between
    ("reduces memory and improves latency by 2x" is the latency's)."""
    first = _JOINED_COST_BEFORE.search(head, max(0, len(head) - 60))
    if first is None or not _REDUCE_BEFORE_COST.search(head, max(0, first.start() - 40), first.start()):
        return None
    name = metric_of_cost(first)
    return [name, second] if name != second else None


_VIDEO_OR_HORIZON = LazyPattern(r"""[\s-]*(?:long\s+)?(?:videos?|clips?|audio|speech|recordings?|sequences?|segments?|windows?|intervals?|horizons?|epochs\b|
    ahead|forecasts?|subsets?|splits?|of\s+(?!(?:A100|H100|V100|TPU|GPU|compute|computation|wall-?clock)\b|(?:planning|inference|response|processing|execution|decoding|generation)[- ]?times?\b)
    # "1.5 hours of real-world training", "one day of pretraining", "30 minutes of fine-tuning":
    # time spent preparing a model (recall12), not the length of content ("960 hours of training data")
    (?!(?:[\w-]+\s+)?(?:training|pre-?training|post-?training|fine-?tuning|finetuning|distillation)\b
       (?!\s+(?:data|samples|videos?|footage|recordings?|audio|speech|corpus|demonstrations?|trajectories)\b))
    # "10 minutes long", "90 seconds earlier", "30 minutes into the future": a length of content or a horizon
    |long\b(?!\s+(?:to|for)\b)|earlier\b|later\b|in\s+advance\b|into\s+the\s+(?:future|past)\b)""", re.VERBOSE)
#: "1.8 ms of additional runtime overhead": time added by a method.
_OVERHEAD_AFTER = re.compile(r"(?i)\s*of\s+(?:additional\s+|extra\s+)?(?:[\w-]+\s+)?overheads?\b")
#: Words of a one-off preparation; not the participles that describe a model ("a distilled
#: 4-step version completes a shape in 85 ms" is a latency). "converging in under 6 minutes"
#: is training too ("converge" alone missed the participle: read40).
_TRAINING = re.compile(
    r"(?i)\b(?:train(?:s|ed|ing)?|fine-?tun(?:e|es|ed|ing)|pre-?train\w*|distill(?:ation|ing|s)|quantiz(?:ation|ing|e|es)|"
    r"prun(?:ing|e|es)|converg\w*|calibrat\w*|optimi[sz](?:ation|ing|e|es)|adapt(?:ation|ing|s)|"
    # "completes personalization in 5 minutes": a model fitted to its user is a one-off preparation (claims-spec)
    r"personali[sz](?:ation|ing|e|es)|fit(?:ting)?\s+times?|"  # "fit time": a classifier fitted is trained (read61)
    # "gait learning succeeded within 40 minutes", "locomotion learning of a quadruped was achieved
    # within one hour": learning as the process that ran; not "a deep learning model ... in 20 ms"
    r"(?<!\bdeep\s)(?<!\bmachine\s)learning(?=\s+(?:of\s+[\w\s-]{0,40}?)?(?:was|is|succeed\w*|complet\w*|took|takes|finish\w*|conver\w*)\b))\b"
    # "the training-free score reaches 0.987 AUC at 17 ms per decision": a method that needs no
    # training names none (read72)
    r"(?!-free\b)")
#: A one-off preparation named by what it builds, not by a training word (claims-spec: "any other
#: one-off preparation of a model is training time"): "the gain library are computed in 4.5 seconds",
#: "constructs memory in 56 seconds", "less than five minutes ... to generate elastic models".
#: Not an output a system makes ("generates 3D models in 10 s", "reconstructs a scene in 2.69 s").
#: Inference, then the link to the time it takes: "inference in less than ", "inference takes about ".
_INFERENCE_IN = re.compile(
    r"(?i)\binference\s+(?:time\s+)?(?:in|within|takes?|taking|of)\s+(?:(?:less\s+than|under|below|about|around|only|just"
    r"|approximately|roughly)\s+)?~?\s*$")
#: "achieving an inference latency of only 0.13s", "the latency of LiteVox is 3.5 ms": the time
#: named right before the number.
_LATENCY_OF_BEFORE = re.compile(
    r"(?i)\blatenc(?:y|ies)\s+(?:(?:of|for)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?\s+)?(?:of|is|was|=|:)\s+"
    r"(?:(?:only|just|about|around|approximately|roughly|merely|under|below)\s+)?~?\s*$")
_ONE_OFF = re.compile(
    r"""(?i)\b(?:build(?:s|ing)?|built|construct(?:s|ed|ing)?|(?:pre-?)?comput(?:e|es|ed|ing)|generat(?:e|es|ed|ing)
    |creat(?:e|es|ed|ing)|design(?:s|ed|ing)?|compil(?:e|es|ed|ing))\s+(?:(?!(?:3D|4D|CAD|mesh|textured)\b)[\w-]+\s+){0,2}?
    (?:librar(?:y|ies)|memor(?:y|ies)|index(?:es)?|codebooks?|lookup\s+tables?|controllers?|(?<!3D\s)(?<!4D\s)(?<!CAD\s)models)\b
    |\b(?:librar(?:y|ies)|memor(?:y|ies)|index(?:es)?|codebooks?|lookup\s+tables?)\s+(?:is|are|was|were|can\s+be)\s+(?:\w+ly\s+)?
    (?:built|constructed|computed|generated|created|compiled|precomputed)\b""",
    re.VERBOSE)
#: "taking less than 2 minutes per dataset", "(<1 minute per tool)": a time spent once for each
#: set-up a method is prepared for, not one output's (read60).
_PER_JOB = re.compile(r"(?i)\s*(?:per|for\s+each|for\s+every)\s+(?:new\s+)?(?:dataset|tool|task|scene|subject|domain|environment|robot|object)s?\b")
#: "a corpus of 10,000 hours", "training on up to 30 hours from one week": a length of data.
_DATA_OF = re.compile(
    r"(?i)(?:\b(?:corpus|corpora|dataset|data|recordings?|audio|speech|video|footage|collection)\s+(?:of|with|totalling|spanning)"
    r"|\b(?:train|fine-?tun|pre-?train)\w*\s+on)\s+(?:over\s+|about\s+|roughly\s+|up\s+to\s+|only\s+)?$")
_ON_HARDWARE = re.compile(
    r"(?i)\s+(?:on|using|with|across)\s+(?:a\s+single\s+|one\s+|\d+\s+|eight\s+|four\s+|two\s+|sixteen\s+)?(?:[\w-]+\s+)?(?:GPUs?|TPUs?|chips?|A100s?|H100s?|V100s?|nodes?|cores?|accelerators?)\b")
#: "using a single 24GB GPU within 24 hours", "with 6GB VRAM in 4 hours": hours on named hardware
#: before them are compute spent once (a training budget), not one output's latency (read43).
_HARDWARE_BEFORE = re.compile(
    r"(?i)\b(?:on|using|with)\s+(?:a\s+single\s+|one\s+|\d+\s+|eight\s+|four\s+|two\s+)?(?:[\w-]+\s+)?"
    r"(?:GPUs?|TPUs?|A100s?|H100s?|V100s?|VRAM)\s+(?:with)?in\s+(?:(?:about|around|approximately|roughly|only|just|under)\s+)?$")
#: "282 H800 GPU hours", "7.7 GPU-days": a duration counted in accelerator time.
_ACCELERATOR_TIME = re.compile(r"(?:GPU|TPU)[\s-]")
#: "12,000 GPU-days to build Ditto-1M, a new dataset": compute spent making data, not training a system.
_TO_BUILD_DATA = re.compile(r"(?i)\s*(?:to|for)\s+(?:build|creat|generat|collect|construct|curat|annotat|label|synthesi[sz])\w*\b")
_LATENCY_LEFT = re.compile(
    r"(?i)\b(?:in|within|takes?|taking|took|requires?|requiring|needs?|only|just|under|below|than|of|about|around|approximately|roughly|merely|is|to|latency(?:\ of)?|run(?:s|ning)?\ (?:in|at)|at\s+most|no\s+more\s+than)\s*~?\s*$"  # "in at most four minutes" (read83)
    # "(<15ms GPU time)": a symbolic bound (a "sub-10 ms" is read as glued, in numbers.py)
    r"|(?:^|[\s(])(?:<|≤|\\le)\s*$"
    # "is fast (6.68 ms and 112 ms on ...)": a time in brackets after "fast" (read59)
    r"|\bfast\s*\(\s*$")
_LATENCY_RIGHT = re.compile(
    r"(?i)\s*(?:per\b|/|for\s+(?:each|a|one|every|an?)\b|of\s+latency|latency"
    # "0.4s average planning times": the time named after the number
    # "54 ms of inference time" (read36)
    r"|(?:of\s+)?(?:(?:average|mean|median)\s+)?(?:planning|inference|response|processing|execution|decoding|generation|run|GPU|CPU|answer)[- ]?times?\b"
    # "at sub-second inference speeds": a time said as the speed of a phase (holdout98)
    r"|(?:inference|response|processing|decoding)\s+speeds?\b)")
_NOT_LATENCY_LEFT = re.compile(
    r"(?i)\b(?:every|each|per|past|last|next|first|spanning|lasting|of\s+up\s+to|out\s+to|(?:period|span|course|horizon|lead\s+time)\s+of"
    # "video generators scale to 30 seconds": the length their outputs reach (read67)
    r"|scal(?:e|es|ed|ing)\s+(?:up\s+)?to"
    # "for lead times up to 5 days", "at horizons of up to 10 days": how far ahead a forecast reaches (read54)
    r"|(?:horizons?|lead[\s-]+times?)\s+(?:of\s+)?(?:up\s+to|beyond|over|to|from|between)"
    r"|lasting\s+(?:up\s+to|over|about|around|nearly|more\s+than))\s+$")  # "music lasting up to three minutes"
#: Things a data set is made of, counted before a duration in brackets.
_DATA_ITEMS = (r"(?:recordings?|videos?|clips?|frames?|segments?|episodes?|sequences?|trajectories|demonstrations?|dialogues?"
               r"|conversations?|sessions?|utterances?|scenes?|logs?|files?|tracks?)")
#: "3,460 egocentric recordings (approximately 197 hours)", "4,021 driving segments (about 12
#: hours)", "60 million frames (approximately 1,000 hours)" (read50): the total length of a
#: data set, said in brackets after its items.
_DATA_IN_BRACKETS = re.compile(
    rf"(?i)\b{_DATA_ITEMS}\s*\(\s*(?:(?:approximately|approx\.|about|around|roughly|nearly|over|more\s+than|~|\$?\\sim\$?)\s*)?$")
#: "over 14 hours per participant of egocentric video": data collected per person, not a time taken.
_PER_PERSON = re.compile(
    r"(?i)\s*per\s+(?:participant|subject|speaker|patient|user|person|annotator|volunteer|driver|household|wearer)s?\b(?P<of>\s+of\b)?")
#: Words that say the text around a duration speaks of data: "the corpus has 3 hours per speaker".
_DATA_WORDS = re.compile(
    r"(?i)\b(?:data(?:set)?|corpus|recorded|recordings?|collected|footage|videos?|audio|speech|captured|contributed)\b")
#: "an average duration of 45 seconds", "a total length of 12 hours": how long data or content
#: is; not a time taken ("the processing duration of": a latency word before it keeps the claim).
_LENGTH_OF = re.compile(
    r"(?i)\b(?:duration|length)s?\s+(?:of|is|was|reaches|exceeds)\s+(?:(?:greater|more|longer|less|shorter)\s+than"
    r"|approximately|about|around|roughly|nearly|over|up\s+to|~)?\s*$")
_TIME_TAKEN_BEFORE_LENGTH = re.compile(
    r"(?i)\b(?:inference|processing|execution|computation|running|response|planning|wall-?clock|training|run)\s+(?:duration|length)s?\b[^.;]*$")


#: "on videos longer than 10 minutes": a bound on the length of data, not a time taken.
_DATA_BOUND = re.compile(
    r"(?i)\b(?:videos?|clips?|audio|recordings?|sequences?|episodes?|trajectories|conversations?|dialogues?|documents?)"
    r"\s+(?:that\s+are\s+|of\s+)?(?:longer|shorter|more|less)\s+than\s+$")
#: Experiments, runs or sessions, then the span they ran over: "experiments over ", "runs lasting ".
_EXPERIMENTS_OVER = re.compile(
    r"(?i)\b(?:experiments?|runs|sessions?|trials|episodes|studies|deployments?)\s+(?:over|lasting|spanning|across)\s+"
    r"(?:(?:roughly|about|around|approximately|more\s+than|nearly|almost|some)\s+)?$")
#: "served customers continuously for roughly seven hours": how long a system ran, not the time one output took.
_SPAN_OF_OPERATION = re.compile(
    r"(?i)\bfor\s+(?:an?\s+average\s+of\s+)?(?:(?:roughly|about|around|approximately|over|more\s+than|nearly|almost|up\s+to)\s+)?$")
#: A hedge or a statistic between "by" and its number: "by up to ", "by a median of " (read61).
_BY_HEDGE = r"(?:(?:up\s+to|about|around|over|nearly|roughly|approximately|only|just|an?\s+(?:average|median|mean)\s+of)\s+)?$"
_CUT_STEMS = r"reduc|cut|lower|decreas|sav|shorten"
#: "reduces training time by 2.4 hours", "cuts latency by 35 ms": a duration after "by" is a change's size.
_CHANGED_BY = re.compile(rf"(?i)\b(?:{_CUT_STEMS}|increas|speed\w*\s+up)\w*\b[^;,\d]{{0,60}}\bby\s+{_BY_HEDGE}")
#: A later object of a change verb and its "by": "reduces memory by 37 MB (...) and fit time by ".
_LATER_OBJECT_BY = re.compile(
    rf"(?i)\b(?:{_CUT_STEMS})\w*\b[^;]{{0,100}}\bby\s[^;]{{1,60}}\band\s+(?:[a-z][\w-]*\s+){{1,3}}by\s+{_BY_HEDGE}")
_MORE_THAN = re.compile(r"(?i)\s*(?:more|less|longer|shorter|slower|faster)\b(?=[^.;]{0,40}\bthan\b)")


#: A bracketed pair of durations up to its second member: "(64.3s vs. ".
_SECOND_OF_TIME_PAIR = re.compile(rf"\(\s*{PAIR_TIME}\s*(?:vs\.?|versus)\s*$")


#: "a mean absolute error of 1.58 days", "an RMSE of 4.2 minutes": an error measured in time.
_ERROR_OF_BEFORE = re.compile(
    r"(?i)(?:\b(?:mean|average|median|root[- ]mean[- ]squared?)\s+(?:absolute\s+)?errors?|\b(?:MAE|RMSE|MAPE|MSE))"
    r"\s+(?:of|is|was|=|:)\s+(?:(?:only|about|around|approximately|nearly|just)\s+)?$")
_LEADING_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _error_in_time(m: Match) -> list | None:
    """'a mean absolute error of 1.58 days': an error measured in units of time is a value of
    that error, as written, its unit in the condition (a physical unit: claims-spec), not a
    latency (read60)."""
    site = m.site
    error = _ERROR_OF_BEFORE.search(site.left[-60:]) if len(site.mentions) == 1 else None
    mention = site.mentions[0]
    if error is None or mention.value_max is not None or (named := metric_at(error.group())) is None:
        return None
    written = _LEADING_NUMBER.match(mention.text)
    if written is None:
        return None
    out = drafts(m, named[0], "score", "<error> of <duration>", condition=mention.text[written.end():].strip() or None)
    for draft in out:
        draft.value, draft.unit = float(written.group().replace(",", "")), None
    return out


#: A level reached, then "in" and a hedge right before a duration: "reaches 85% validation accuracy in ".
_TIME_TO_LEVEL = re.compile(rf"(?i){REACHED}\d[\d.]*{LEVEL_THEN_IN_TIME}$")


#: "/day" or "per day" right after a duration: a rate of simulated time ("1000 ns/day").
_PER_DAY_AFTER = re.compile(r"\s*(?:/\s*day|per\s+day)\b")
#: A span from which a time unnamed as a latency is a window, no output's time (`_duration`).
_A_DAY = 86400.0  # seconds


def _duration(m: Match):
    """Time taken: per output is latency; for training or any one-off preparation is
    training time. Lengths of data ("10-second clips", "960 hours of speech") are not."""
    site = m.site
    if site.left.endswith(" ") and (error := _error_in_time(m)):
        return error
    if _SECOND_OF_TIME_PAIR.search(site.left[-40:]):
        return None  # "(64.3s vs. 76.1s per sample)": the comparator's, read by scores' pair rules (read54)
    if _PER_DAY_AFTER.match(site.right):
        return None  # "1000 ns/day simulation throughput": time simulated per day, a rate, no time taken (read62)
    if _TIME_TO_LEVEL.search(site.left[-100:]):
        # "reaches 85% validation accuracy in 6.13 minutes": the time to reach a level is the
        # training run's (TRAINING_RUN), never one output's latency (read77)
        return drafts(m, "training time", "score", "<duration> of training")
    overhead = _OVERHEAD_AFTER.match(site.right)
    if overhead and len(site.mentions) == 1:
        # "introducing only 1.8 ms of additional runtime overhead per image": the time added
        # to a baseline's, a latency difference (holdout4's label; recall15); "2 hours of
        # training overhead" a training-time one
        metric = "training time" if "train" in overhead.group().lower() else "latency"
        return drafts(m, metric, "delta", "<duration> per output")
    if _VIDEO_OR_HORIZON.match(site.right) or _NOT_LATENCY_LEFT.search(site.left[-30:]):
        return None
    if _EXPERIMENTS_OVER.search(site.left[-50:]):
        return None  # "in eighty-one unattended experiments over twenty-six hours": the span a study ran, no time a system took (read63)
    if _DEMANDED_BEFORE.search(site.left[-60:]):
        return None  # "The Tactile Internet demands sub-millisecond latency": a requirement, no system's time
    per_person = _PER_PERSON.match(site.right)  # "14 hours per participant of video"; not "5 s per patient" of processing
    if (_DATA_IN_BRACKETS.search(site.left[-60:])
            or (per_person and (per_person.group("of") or _DATA_WORDS.search(site.left[-60:])))
            or (_LENGTH_OF.search(site.left[-50:]) and not _TIME_TAKEN_BEFORE_LENGTH.search(site.left[-50:]))):
        return None  # the length of a data set or of content: "recordings (about 97 hours)", "an average duration of 45 s"
    near = site.left[-90:] + " " + site.right[:40]
    if _DATA_OF.search(site.left[-40:]):
        return None  # "a corpus of 10,000 hours"
    # "reduces training time by 2.4 hours"; "reduces memory by 37 MB and fit time by 0.4 s" (read61)
    kind = "delta" if _CHANGED_BY.search(site.left[-80:]) or _LATER_OBJECT_BY.search(site.left[-160:]) else "score"
    accelerator_time = bool(_ACCELERATOR_TIME.search(site.mentions[0].text))
    if accelerator_time and _TO_BUILD_DATA.match(site.right):
        return None  # "12,000 GPU-days to build a new dataset": compute spent on data, no system's
    if not accelerator_time and _INFERENCE_IN.search(site.left[-50:]):
        # "allows fast inference in less than one second and requires no test-time optimization":
        # the time inference takes is a latency, whatever training word the clause says next (read47)
        return drafts(m, "latency", kind, "<duration> per output", condition="inference")
    if not accelerator_time and _LATENCY_OF_BEFORE.search(site.left[-50:]):
        # "eliminates test-time optimization, achieving an inference latency of only 0.13s": the
        # latency named right before the number wins over a training word elsewhere in the clause (read66)
        return drafts(m, "latency", kind, "<duration> per output", condition=_phase(site.left[-60:], site.right[:40]))
    if (_TRAINING.search(near) or _PER_JOB.match(site.right)
            or (_ONE_OFF.search(site.left[-90:] + " " + site.right[:70]) and "latenc" not in near.lower()
                and not _LATENCY_RIGHT.match(site.right))  # "computes the controller in 2 ms per step": a latency
            or ((_ON_HARDWARE.match(site.right) or _HARDWARE_BEFORE.search(site.left[-60:])) and site.mentions[0].value >= 3600)
            or (accelerator_time and not _LATENCY_RIGHT.match(site.right))):
        # "consumes merely 282 H800 GPU hours": accelerator time is compute spent once, never one output's latency
        # "trained in 3 days", "required roughly 4 days on 16 TPU chips"
        return drafts(m, "training time", kind, "<duration> of training")
    if _DATA_BOUND.search(site.left[-60:]) or _SPAN_OF_OPERATION.search(site.left[-40:]):
        return None  # "videos longer than 10 minutes" (data); "served customers for roughly seven hours" (a span)
    latency_named = _LATENCY_RIGHT.match(site.right) or "latenc" in near.lower()
    compared = _SYSTEM_AT_BEFORE.search(site.left[-50:]) if " at " in site.left[-50:] else None
    if compared and _SPEED_WORDS.search(site.sentence) and (
            is_model_name(compared.group("name")) or spaced_system(compared.group("name"))
            or is_model_name(compared.group("name").split()[0])):
        # "faster than existing baselines, including Llama Guard 2 at 255 ms and SafeDecoding at 723
        # ms": a system named, then "at" and a time, in a sentence of speed, is that system's latency (read83)
        return drafts(m, "latency", kind, "<system> at <duration>", model=compared.group("name"))
    if site.mentions[0].value >= _A_DAY and not latency_named:
        # "an ED revisit within 1-14 days", "drug release in 72 hours", "(<1 week) prediction": a
        # span of a day or more, unnamed as a latency, is a window the world sets, no time one
        # output takes (read66; "1-1.5 days per workflow" names its output)
        return None
    if _LATENCY_LEFT.search(site.left[-40:]) or latency_named:
        condition = _phase(site.left[-60:], site.right[:40])
        if len(site.mentions) == 1 and _MORE_THAN.match(site.right):  # "costs only 0.5ms more than MobileNetV3": a difference
            return drafts(m, "latency", "delta", "<duration> more than X", condition=condition)
        return drafts(m, "latency", kind, "<duration> per output", condition=condition)
    return None


#: A system's name, then "at" right before a time: "including Llama Guard 2 at ", "SafeDecoding at ".
_SYSTEM_AT_BEFORE = re.compile(r"(?<![\w.-])(?P<name>[A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*){0,2}(?:\s\d+(?:\.\d+)?)?)\s+at\s+(?:about\s+|around\s+|only\s+|~\s*)?$")
#: Words of speed in a sentence: a time after a system named there is its latency.
_SPEED_WORDS = re.compile(r"(?i)\b(?:faster|slower|latenc\w*|speed\w*|quicker)\b")
_MEMORY_CUE = re.compile(r"(?i)\b(?:memory|VRAM|RAM|footprint|KV[- ]cache|storage|index|occup\w*|on\s+disk|model\s+size)\b")
#: Devices a capacity is written for: "8GB VRAM GPUs", "laptops with 16 GB of RAM".
_DEVICE_NOUNS = r"GPUs?|cards?|laptops?|desktops?|PCs?|machines?|workstations?|servers?|nodes?|devices?|phones?|smartphones?|boards?"
_NOT_MEMORY_RIGHT = re.compile(
    r"(?i)\s*(?:GPUs?|cards?|A100|H100|V100|A6000|RTX|devices?|of\s+(?:[\w-]+\s+)?(?:text|data|images?|videos?|tokens?|corpus)|dataset|corpus"
    rf"|(?:of\s+)?(?:V?RAM|memory)\s+(?:{_DEVICE_NOUNS}))\b")
#: A device and "with" before the size: "runs on consumer-grade GPUs with 8GB VRAM", "an RTX 4090
#: with 24 GB of memory", "a laptop with only 16 GB of RAM": the hardware's capacity, a setting,
#: not the memory a system takes ("fits in 12GB of VRAM", "6 GB peak memory on an RTX A6000").
_DEVICE_WITH = re.compile(
    rf"(?i)\b(?:{_DEVICE_NOUNS}|accelerators?"
    r"|[AHV]100s?|A6000s?|RTX\s*[\w-]+|Jetson(?:\s+[\w-]+){0,2}|TPUs?|NPUs?)"
    r"\s+(?:with|having|equipped\s+with|featuring|of)\s+(?:(?:only|just|as\s+little\s+as|up\s+to|at\s+least|less\s+than|under|over|more\s+than)\s+)?$")
#: A size a system costs or needs, said with a word that bounds it ("each user costs only 512
#: bytes", "the decoder requires only 180 KB"; not "each value typically requires 4 bytes", a
#: fact of a format), or one it fits in or weighs ("fits in 9 kB"), or its own size after its
#: name and a copula ("Stored in int8, Paradee is 8.5 MB"; read83).
_SIZE_TAKEN_BEFORE = re.compile(
    r"(?:(?i:\b(?:costs?|costing|requir(?:es?|ed|ing)|needs?|needing|takes?|taking|consum(?:es?|ing)|uses?|using)"
    r"\s+(?:only|just|merely|as\s+little\s+as|under|less\s+than|fewer\s+than)"
    r"|\b(?:occup(?:y|ies|ying)|weighs?|weighing|fits?(?:\s+(?:with)?in(?:to)?)?|fitting(?:\s+(?:with)?in(?:to)?)?"
    r"|shrink\w*\s+(?:[\w-]+\s+){0,5}?to)(?:\s+(?:only|just|about|around|roughly|approximately|under|less\s+than))?)"
    r"|\b[A-Z][\w.-]*\s+(?:is|was)(?:\s+(?:only|just|about|around|roughly|approximately))?)\s+~?\s*$")
#: A score, then "at" and a size: the operating point a compressed system is scored at, its
#: size ("80.26% accuracy at 54.7 MB", "5.54 perplexity at 3.68GB", "(5.60 at 3.90 GB)"; read83).
_SCORED_AT_SIZE = re.compile(r"\d[\d.]*\s*(?:%|\\%)?\s*(?:[A-Za-z][\w-]*\s+){0,2}at\s+(?:only\s+|just\s+)?$")
#: "in" right before a size that ends its clause: what a system is built in ("integrates all
#: these features in 9 kB."; read83).
_IN_SIZE_BEFORE = re.compile(r"(?i)\bin\s+(?:only\s+|just\s+|under\s+|less\s+than\s+)?$")
#: "bytes per" a unit earlier in the clause: a density set out, whose later sizes in bytes are its values.
_BYTES_PER = re.compile(r"\bbytes?\s+per\s+[^.;]*$")
#: The clause ends right after the size.
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;,)]|$)")
#: A file or footprint the size is of, one word of its own allowed before it: "a ~48 MB file",
#: "a 2.6 GB Q4_K_M footprint"; or parameters a size is of ("512 bytes of user-specific parameters"; read83).
_SIZE_OF_RIGHT = re.compile(r"(?i)\s*(?:(?:[\w-]+\s+)?(?:files?|checkpoints?|footprints?)\b|of\s+(?:[\w-]+\s+){0,2}?(?:parameters|weights)\b)")


def _memory(m: Match):
    site = m.site
    if _NOT_MEMORY_RIGHT.match(site.right) or _DEVICE_WITH.search(site.left[-60:]):
        return None
    mention = site.mentions[0]
    if mention.text.endswith("bytes") and _BYTES_PER.search(site.left[-80:]):
        return None  # "from 16 bytes to 7 bytes per parameter, or 5 bytes": the density the clause set out (read83)
    if mention.value_max is not None and mention.value_max < mention.value and " to " in mention.text:
        return None  # "a 54.5x size reduction (327.42 MB to 6.01 MB)": a before and an after, no range (scores' pair rules)
    if not (_MEMORY_CUE.search(site.left[-60:]) or _MEMORY_CUE.match(site.right.lstrip()[:40].split(" of ")[-1])
            or _MEMORY_RIGHT.match(site.right) or _COMPRESSED_TO.search(site.left[-40:])
            or _SIZE_TAKEN_BEFORE.search(site.left[-60:]) or _SCORED_AT_SIZE.search(site.left[-40:])
            or _SIZE_OF_RIGHT.match(site.right)
            or (_IN_SIZE_BEFORE.search(site.left[-20:]) and _CLAUSE_END_AFTER.match(site.right))):
        return None
    condition = _phase(site.left[-60:], site.right[:40])
    # "reduces peak fit memory by a median of 37 MB": the size of a change (read61), as a duration's is
    kind = "delta" if _CHANGED_BY.search(site.left[-80:]) else "score"
    return drafts(m, "memory", kind, "<size> of memory", condition=condition)


def _throughput(m: Match, rule: str = "<rate> throughput", condition: str | None = None):
    # "over 10 FPS", "more than 1,000 tokens/s": a bound on a speed is a claim at the bound
    # (the spec's Bounds; holdout3 and holdout8 label them so), unless it states what a
    # setting needs ("requires at least 30 FPS"), which no system reached (recall12)
    if AT_LEAST_BOUND.search(m.site.left) and _REQUIREMENT_BEFORE.search(m.site.left[-80:]):
        return None
    if _OUTPUT_BEFORE.search(m.site.left) and \
            not _RATE_WORDS.search(m.site.sentence):
        return None  # "generates videos at 24 frames per second": the output's frame rate
    if (_DATA_RATE_BEFORE.search(m.site.left[-60:]) or _INPUT_RATE_AFTER.match(m.site.right)
            or _FRAME_SAMPLING.search(m.site.sentence)) and not _RATE_WORDS.search(m.site.sentence):
        # "standardized to the SMPL-X format at 30 fps", "we build 1 fps input sources": the data's
        # rate; so is the rate frames are sampled at ("Denser sampling improves X from 32.9% at 2 FPS
        # to 44.6% at 24 FPS", "sparse sampling at 1--2 FPS misses fast events": read69)
        return None
    return drafts(m, "throughput", "score", rule, condition=condition)


#: Plurals before "per second" that are physical rates or signal rates, not items a system
#: processes: speeds ("meters per second"), angular speeds, bit rates, frequencies.
_NOT_ITEMS = re.compile(
    r"(?i)(?:kilo|centi|milli)?(?:meters|metres)|miles|feet|degrees|radians|(?:kilo|mega|giga)?(?:bits|bytes)|times|cycles"
    r"|revolutions|rotations|beats|breaths|readings|measurements")
_PER_SECOND = re.compile(r"\s*(?:/\s?s(?:ec(?:ond)?)?|-per-second|per\s+sec(?:ond)?)$")


def _items_per_second(m: Match):
    """'20 PDF pages per second', '50k image-text pairs/second', '8.84 actions per second',
    'over 100 frames-per-second': a count of items processed per second, the items named in
    words the number's own unit (numbers.py's `u_rate`: 'tokens/s', 'FPS') does not cover,
    is a `throughput` (claims-spec: items per second, as FPS), with the same guards as that
    rule; a physical or signal rate ('1.2 meters per second', 'kilobits per second') is none."""
    if m.site.mentions[0].sign or len(m.site.mentions) != 1 or _NOT_ITEMS.fullmatch(m.right.group("items")):
        return None
    if SAMPLED_BEFORE.search(m.site.left[-60:]):
        return None  # "EEG recorded at 250 samples per second": the data's rate
    # the number's unit is in no field (unlike "tokens/s", written in the number): the items
    # counted go in `condition`, as a physical unit does ("PDF pages per second")
    items = _PER_SECOND.sub(" per second", m.right.group().strip())
    return _throughput(m, "<number> <items> per second", condition=items)


#: "the baseline cost", "the inference cost", "the cost": a cost named after "the".
_COST_NOUN_PHRASE = re.compile(r"(?:[a-z][\w-]*\s+){0,2}?costs?\b(?!\s*(?:function|model|matrix|volume|map)s?\b)")
#: A cost said to be computation's, which the spec names FLOPs: "the compute cost", "the inference cost".
_COMPUTE_COST = re.compile(r"\b(?:comput\w*|inference|training|[CG]PU)\s+costs?\b")


#: "that of X" after a factor: the quantity named before it, of the system compared with.
_THAT_OF = LazyPattern(r"\s*(?:that|those)\s+of\s+(?P<phrase>[^,;.()]{1,60}(?![\w-]))")
#: A verb of being or reaching right before a factor: "reaches ", "is roughly ", "was about " (`_factor_of_that`).
_IS_OR_REACHES_BEFORE = re.compile(
    r"(?i)\b(?:is|are|was|were|becomes?|reach\w*|attain\w*|achiev\w*|amounts?\s+to)\s+(?:(?:about|around|roughly|nearly|almost|approximately|over|more\s+than|up\s+to)\s+)?$")


def _factor_of_that(m: Match, that_of: regex.Match):
    """'ROUGE-L reaches 3.6 times that of graph-based methods', "its recall is 2.4x that of X":
    a factor said of the quantity the clause names before it (its subject), against the system
    after "that of" (read83); a cost's factor is the cost rules', and no metric named before
    gives the unnamed result, `unspecified`, as "2x the performance of X" does."""
    left = m.site.left[-80:].rsplit(";", 1)[-1]
    if not _IS_OR_REACHES_BEFORE.search(left):
        return None
    found = metrics_in(left)
    metric = found[-1][0] if found else UNSPECIFIED
    if metric in COST_METRICS or metric == "speedup":
        return None
    out = drafts(m, metric, "ratio", "<factor> the <metric> of X")
    for draft in out:
        draft.baselines = names_in_phrase(that_of.group("phrase")) or None
    return out


#: A system's name in the possessive: "GRPO's " in "doubles GRPO's pass@1".
_OWNER_OF_DOUBLED = re.compile(r"(?P<name>[A-Z][\w.-]*[A-Za-z0-9])['’]s\s+")


def _factor_of_metric(m: Match):
    """'2.1 times the success rate of ReAct': a ratio of a quality metric. A verb that is its
    own factor names what it doubles without 'the' too, and a quantity the vocabulary does not
    know ('nearly doubled pedestrians' time-to-collision', 'doubling the task-completion rate'):
    a factor on a named quantity is a ratio of it (claims-spec, "Named quantities")."""
    doubling = _DOUBLING_VERB.fullmatch(m.site.mentions[0].text)
    that_of = _THAT_OF.match(m.site.right) if not m.right.group().strip() else None
    if that_of is not None:
        return _factor_of_that(m, that_of)
    if not m.right.group().strip() and not doubling:
        return None  # "2x accuracy": only "the" says the factor is of the metric after it
    owner = _OWNER_OF_DOUBLED.match(m.site.right, m.right.end()) if doubling else None
    found = metric_at(m.site.right, owner.end() if owner else m.right.end())
    if owner and found:
        # "this doubles GRPO's pass@1": a factor on the metric of the system named as its owner,
        # the system compared with (read56)
        out = drafts(m, found[0], "ratio", "<factor> the <metric> of X")
        for draft in out:
            draft.baselines = [owner.group("name")]
        return None if found[0] in COST_METRICS else out
    cost = _COST_NOUN_PHRASE.match(m.site.right, m.right.end()) if m.right.group().strip() and not doubling else None
    if cost and not (found and found[1].end() > cost.end()):
        # "at ~70x the baseline cost", "3x the cost of PPO": a factor on a cost (read40); on the
        # cost of computation, FLOPs ("at 0.2-0.3x the compute cost": the spec, read63)
        out = drafts(m, "FLOPs" if _COMPUTE_COST.search(cost.group()) else "cost", "ratio", "<factor> the <metric> of X")
        of = _OF_SYSTEM.match(m.site.right[cost.end():])
        for draft in out if of else ():
            draft.baselines = names_in_phrase(of.group("phrase")) or None
        return out
    named = None if found else _DOUBLED_QUANTITY.match(m.site.right, m.right.end())
    if named and _GENERIC_RESULT_NP.fullmatch(named.group("np")):
        # "nearly doubles the performance of strong baselines", "2x the performance of X": a
        # factor on the unnamed result is an `unspecified` ratio (claims-spec, "Named
        # quantities"; factors29; read33, where recall23's "gives nothing" is reversed)
        found = (UNSPECIFIED, named)
    elif named and doubling and not _COST_OR_SPEED_WORD.search(named.group("np")):  # "doubling prefill speed": the speed rules' own
        # (a measure the abstract defines right there is named by its acronym: "more than doubles
        # Longitudinal Change Concordance (LCC)", the spec's defined acronym; read82)
        defined = _DEFINED_RIGHT_AFTER.match(m.site.right, named.end())
        name = defined.group("abbr") if defined else quantity_name(named.group("np"))
        found = (name, named) if name != UNSPECIFIED else None
    elif (named and m.right.group().strip() and _QUALITY_NP.fullmatch(named.group("np"))
          and not _COST_OR_SPEED_WORD.search(named.group("np")) and not _RATE_OF_SPEED.search(named.group("np"))
          and _OF_SYSTEM.match(m.site.right[named.end():])):
        # "approximately 3.6 times the acceptance rate of the best rule-based method": a factor on a
        # rate or a quality the vocabulary does not know, of a system named after it (read66)
        name = quantity_name(named.group("np"))
        found = (name, named) if name != UNSPECIFIED else None
    if not found or found[0] in COST_METRICS:
        return None
    out = drafts(m, found[0], "ratio", "<factor> the <metric> of X")
    of = _OF_SYSTEM.match(m.site.right[found[1].end():])
    if of:
        for draft in out:
            draft.baselines = names_in_phrase(of.group("phrase")) or None
    return out


def _improvement_of_factor_in(m: Match):
    """'an improvement of 2.7x in Chamfer distance': the factor after the change noun, with the
    quality metric after 'in', is a ratio of that metric, as 'a 2.7x improvement in Chamfer
    distance' is (read34). A cost after 'in' is a reduction's ("a reduction of 3x in memory")."""
    if len(m.site.mentions) != 1:
        return None
    if m.left.group("cut"):
        # "a reduction of more than three orders of magnitude in response time": the factor a
        # cost named after "in" is cut by, a ratio of that cost as "a 1000x reduction in response
        # time" is (read70); a cut of anything else, or against a system, is no rule's here
        cost = _COST_NOUN.match(m.site.right, m.right.end()) if m.right.group("of") is None else None
        return drafts(m, metric_of_cost(cost), "ratio", "reduction of <factor> in <cost>") if cost else None
    if m.right.group("of") is not None and m.left.group("verb"):
        return None  # "improves 3x over X": the verb's own rules (its object, what it improves)
    if m.right.group("of") is not None:
        # "an improvement of up to 26.08x over baseline strategies": a factor on the result said
        # against a system, an `unspecified` ratio as "a 26.08x improvement over X" is, or the
        # metric named "in terms of" later; beside a cost or a speed the factor may be theirs (read50)
        sentence = m.site.sentence.lower()
        if SPEED_CONTEXT.search(sentence) or _SENTENCE_COST.search(sentence):
            return None
        named = _named_in_terms_of(m.site.right)
        return _with_comparator(m, drafts(m, named or UNSPECIFIED, "ratio", "improvement of <factor> over X"))
    found = metric_after_qualifier(m.site.right, m.right.end())  # "gains up to 2.3x in citation recall" (read61)
    if found is None or found[0] in COST_METRICS:
        return None
    return drafts(m, found[0], "ratio", "improvement of <factor> in <metric>")


_SINGULAR_CHANGE = {"reductions": "reduction", "decreases": "decrease"}


def _factor_of(m: Match):
    """'5.1x the throughput of a dense model', 'a 3.1x acceleration', '5x cheaper', '6x smaller'."""
    word = m.right.group("word").lower()
    word = _SINGULAR_CHANGE.get(word, word)  # "two orders of magnitude reductions in energy" (read34)
    if m.right.group("quality"):
        # "a 9-fold precision improvement over prior work": a factor on the quality metric
        # named before the change noun, as "a 2x improvement in accuracy" is (read32)
        named = metric_at(m.right.group("quality"))
        if named is None or named[0] in COST_METRICS or named[1].end() < len(m.right.group("quality").rstrip()):
            return None
        # "a 3x ASR reduction on AgentDojo": a quality metric's reduction alike (read64); a cost's is
        # read by `<factor> lower <cost>` before this rule
        change = "reduction" if word in ("reduction", "decrease") else "improvement"
        return _with_comparator(m, drafts(m, named[0], "ratio", f"<factor> <metric> {change}"))
    if m.right.group("result"):
        # "a 3x performance gain over X", "more than 2x performance improvement": a factor of the
        # generic result, an `unspecified` ratio (factors29), as "a 2x improvement" is
        metric = _named_in_terms_of(m.site.right) or UNSPECIFIED
        return _with_comparator(m, drafts(m, metric, "ratio", "<factor> improvement"))
    if word == "gain" and not m.right.group("eff"):
        # "gain" reads as a factor only after "efficiency" or "performance", or before the quality
        # metric it is in: "a 3.2-fold gain in recall" is that metric's ratio, as "improvement" is
        named = metric_at(m.site.right, m.right.end("word")) if m.site.right.startswith(" in ", m.right.end("word")) else None
        if named and named[0] not in COST_METRICS:
            return _with_comparator(m, drafts(m, named[0], "ratio", "<factor> improvement in <metric>"))
        return None
    sentence = m.site.sentence.lower()
    improved_cost = None
    if word in ("reduction", "decrease") and not m.right.group("eff"):
        named = metric_at(m.site.right, m.right.end("word"))
        if named and named[0] not in COST_METRICS:
            # "a 2.5x reduction in the full width at half maximum", "a 3x reduction in WER": a
            # factor of the quality metric after it, as "a 2x improvement in accuracy" is (read39)
            return drafts(m, named[0], "ratio", "<factor> reduction in <metric>")
    if word in ("improvement", "increase", "boost") and not m.right.group("eff"):
        named = metric_at(m.site.right, m.right.end("word"))
        if named and named[0] not in COST_METRICS:
            # "a 2x improvement in accuracy": a factor of that metric, not a speed-up
            return drafts(m, named[0], "ratio", "<factor> improvement in <metric>")
        improved_cost = _IMPROVED_COST.match(m.site.right, m.right.end("word")) if word == "improvement" else None
        quantity = _IMPROVED_QUANTITY.match(m.site.right, m.right.end("word")) if not (named or improved_cost) else None
        # (only a quantity the vocabulary does not know: "in FPS", "in throughput" stay speed-ups)
        name = (quantity_name(quantity.group("np")) if quantity and not metrics_in(quantity.group("np"))
                and not SPEED_CONTEXT.search(quantity.group("np").lower()) else UNSPECIFIED)
        if name != UNSPECIFIED:
            # "a 5.8x improvement in creativity", "a 2x improvement in path efficiency": a factor on
            # a named quantity is its ratio (the spec's named quantities, recall11), not a speed-up
            return drafts(m, name, "ratio", "<factor> improvement in <quantity>", quantity_named=True)
    if improved_cost:
        # "a 3.85x improvement of response time", "a 2x improvement in memory usage": a factor on
        # a cost takes the cost's metric, as "3.85x lower response time" does (REAL_README d1-30)
        metric = metric_of_cost(improved_cost)
    elif word in ("lower", "higher", "less", "smaller", "reduction", "decrease", "savings") and not (
            word in ("smaller",) and _SIZE_CONTEXT.search(sentence)):
        # "latency is 41 ms, 2.5x lower than PLAID", "memory drops to 37 GB, a 3.7x reduction"
        cost = _SENTENCE_COST.search(sentence)
        if cost and word == "smaller" and cost.start() > m.site.start:
            # "the student is 1000x smaller than the teacher yet sustains ... low inference latency":
            # a smaller model, with a cost named only later in the sentence (read36)
            cost = None
        named_cost = _IMPROVED_COST.match(m.site.right, m.right.end("word")) if word in ("reduction", "decrease") else None
        if named_cost:
            # "2.6-4.4x reduction in total computation time": the cost named right after the
            # change is its own, not the first cost word of the sentence
            metric = metric_of_cost(named_cost)
        elif cost:
            metric = {"latency": "latency", "time": "latency", "memory": "memory", "flops": "FLOPs", "compute": "FLOPs"}[
                next(name for name, value in cost.groupdict().items() if value)]
        elif word in ("less", "lower") and _COSTS_BEFORE.search(m.site.left[-40:]):
            # "costs up to 1000x less than X": the verb names the cost, compute (the spec's
            # "computational cost" is FLOPs) against other methods (tail30); against people's
            # work ("no worse than human reviewers while costing two orders of magnitude less")
            # the cost is their money's, `cost` (read35)
            metric = "cost" if _HUMAN_WORK.search(sentence) else "FLOPs"
        elif word == "smaller" and _MODEL_SIZE_AFTER.match(m.site.right, m.right.end("word")) and _MODEL_WORD.search(sentence):
            # "models 40x smaller than X", "despite being 35 times smaller": a model-size ratio
            # against other systems, params/ratio (REAL_README d2-06); not "an 8x smaller latent grid"
            metric = "params"
        else:
            return None
    elif word in ("cheaper",):
        # a cost not said to be computation's is `cost`, as "a 98% cost reduction" (COST_NOUNS);
        # "cheaper at inference", "cheaper in total FLOPs" are compute's (the spec's FLOPs)
        metric = "FLOPs" if _COMPUTE_AFTER.match(m.site.right, m.right.end("word")) else "cost"
    elif word in ("smaller", "lighter", "more compact"):
        if not _SIZE_CONTEXT.search(sentence):
            return None
        metric = "memory"
    elif m.right.group("eff"):
        # "a 15x efficiency improvement": a speed-up, unless what is efficient is data or energy
        metric = "unspecified" if _NOT_COMPUTE_EFFICIENCY.match(m.right.group("eff")) else "speedup"
    elif word.startswith(("throughput", "speed", "frame", "fps", "acceleration", "inference speed")) or SPEED_CONTEXT.search(sentence):
        metric = "speedup"  # "a 2.8x improvement" after a latency drop
    elif word in ("improvement", "increase", "boost"):
        # "a 5-6x improvement in concept similarity": a factor of an unnamed result, unless the
        # clause names its metric after it ("a 4x improvement over X in terms of success rate")
        named = _named_in_terms_of(m.site.right)
        return _with_comparator(m, drafts(m, named or UNSPECIFIED, "ratio", "<factor> improvement",
                                          condition=_phase(m.site.right[:60], m.site.left[-60:])))
    else:
        return None
    rule = {"unspecified": "<factor> improvement", "params": "<factor> smaller model"}.get(metric, "<factor> the <speed> of X")
    return _with_comparator(m, drafts(m, metric, "ratio", rule, condition=_phase(m.site.right[:60], m.site.left[-60:])))


#: What makes a cost computation's, right after "cheaper": "at inference", "in total FLOPs", "to train".
_COMPUTE_AFTER = re.compile(
    r"(?i)\s+(?:at|in|for|to|during)\s+(?:the\s+|total\s+)?(?:inference|training|train|run|serve|serving|decoding"
    r"|FLOPs|GFLOPs|compute|computation|GPU)\b")
#: People whose work a system's cost is set against: a cost then is money's, not compute's.
_HUMAN_WORK = re.compile(r"\b(?:humans?|human\s+(?:experts?|reviewers?|annotators?|labell?ers?|raters?)|experts?|reviewers?|annotators?|crowd\s?workers?|manual(?:ly)?)\b")
#: The verb "cost(s)" right before a factor, bounds and a formula's "$" between ("costs up to $1000\times$").
_COSTS_BEFORE = re.compile(rf"(?i)\bcost(?:s|ing)?\s+(?:{BOUND}\s*)*\$?\s*$", re.VERBOSE)


#: "... in terms of <quantity>" later in the clause, with no other change ("by") or break between.
IN_TERMS_OF_LATER = re.compile(r"(?i)^(?:(?!\bby\b)[^;:.()])*?\bin\s+terms\s+of\s+(?P<np>[^,;.()]{1,50})")


def _named_in_terms_of(right: str) -> str | None:
    """The one quality metric a clause names after "in terms of" ("... over X in terms of success
    rate"), else None (none, a list of them, or a cost: the speed rules' own)."""
    later = IN_TERMS_OF_LATER.match(right[:160])
    named = metrics_in(later.group("np")) if later else []
    return named[0][0] if len(named) == 1 and named[0][0] not in COST_METRICS else None


#: Where a comparator phrase ends and the setting of its comparison begins: a preposition or a clause word.
#: Or where the subject's next clause begins (`AND_CLAUSE_VERB`), the next number of a list of
#: comparisons begins ("26x cheaper than X and 57x cheaper than Y") or a purpose is said ("to reach
#: equivalent performance"; read38).
_SETTING_AFTER_COMPARATOR = re.compile(
    rf"\s+(?:on|in|for|at|across|under|with|while|whereas|when|during|without|by)\s|\s+{AND_CLAUSE_VERB}"
    r"|\s*(?:,|\band\b)\s*(?:(?:up\s+to|over|nearly|about|around|roughly)\s+)?\$?\d"
    r"|\s+to\s+(?:reach|match|achieve|attain|obtain|get|maintain|preserve)\b")


def _with_comparator(m: Match, out: list):
    """`out` with the system named after "of / than / over / compared to" as each draft's baseline."""
    baseline = m.right.group("of")
    if baseline:
        # "over greedy search on hard puzzles": the comparator ends where its setting begins
        names = names_in_phrase(_SETTING_AFTER_COMPARATOR.split(baseline, maxsplit=1)[0])
        for draft in out:
            draft.baselines = names or None
    return out


#: The noun phrase an improvement is in: "improvement in path efficiency on", "increase in success".
_IMPROVED_QUANTITY = LazyPattern(r"\s+(?:in|of)\s+(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4})")
#: The cost an improvement is of: "improvement of (the) response time", "improvement in (the)
#: inference latency" (one qualifier word may come first).
_IMPROVED_COST = LazyPattern(
    rf"\s+(?:in|of)\s+(?:(?:the|its|their|end-to-end|overall|average|mean)\s+)*(?:[\w-]+\s+)?{COST_NOUNS}\b", regex.VERBOSE)
_SENTENCE_COST = re.compile(r"\b(?:(?P<latency>latency|latencies)|(?P<time>inference\s+time|decoding\s+time|runtime|wall-?clock)|(?P<memory>memory|vram|footprint|storage)|(?P<flops>flops|gflops|macs)|(?P<compute>compute|computation))\b")
#: What may follow "N x smaller" said of a model: a comparison, the end of the clause, or the noun.
_MODEL_SIZE_AFTER = re.compile(r"\s*(?:than\b|and\b|[,.;)]|$|(?:models?|networks?|students?|LLMs?)\b)")
_MODEL_WORD = re.compile(r"\b(?:models?|networks?|students?|llms?|parameters?|architectures?)\b")
_SIZE_CONTEXT = re.compile(r"\b(?:\d\s?(?:gb|mb|tb)|memory|storage|index|disk|footprint)\b")
SPEED_CONTEXT = re.compile(r"\b(?:latency|latencies|speed|throughput|fps|frame rate|frequency|time|faster|acceleration|seconds?|ms)\b")


def _speedups_from(m: Match):
    """'speedups ranging from 1.4x to 3.7x', 'wall-clock speedups from 4% to 37%': the range of
    the speed-ups, one claim (the spec's range: `value` to `value_max`), a factor or a
    percentage; never a pair before and after, which speed-ups are not (read55)."""
    mention = m.site.mentions[0]
    if len(m.site.mentions) != 1 or mention.value_max is None or mention.sign:
        return None
    return drafts(m, "speedup", "ratio" if mention.quantity == "ratio" else "relative", "speedups from <number> to <number>")


#: How often a system acts, a speed: "their inference frequency", "the control frequency of X" (read78).
_ACTING_FREQUENCY = r"(?:inference|control|action)\s+(?:frequency|rates?)"

RULES = [
    Rule("speedups from <number> to <number>", frozenset({"ratio", "percent"}), _speedups_from,
         left=compile_left(r"(?i:\bspeed-?ups)\s+(?:of\s+)?(?:ranging\s+)?from\s+$"),
         needs=("peed",), examples=("speedups ranging from 1.4x to 3.7x",)),
    Rule("<factor> the <metric> of X", frozenset({"ratio"}), _factor_of_metric,
         # "the" or a doubling verb's object right after the factor (the production tells them apart)
         right=compile_right(r"(?:the\s+)?(?=[\w'’])"),
         examples=("2.1 times the success rate of ReAct",)),
    Rule("improvement of <factor> in <metric>", frozenset({"ratio"}), _improvement_of_factor_in,
         # or the verb: "Wyvern gains up to 2.3x in citation recall" (read61)
         # or a cut of a cost: "a reduction of more than three orders of magnitude in response time" (read70)
         left=compile_left(r"""\b(?:(?:improvements?|gains?|increases?|boosts?|(?P<cut>reductions?|decreases?|savings?))\s+of|(?P<verb>gains|improves|increases|boosts))\s+(?:(?:up\s+to|about|around|roughly|nearly|almost|over|more\s+than)\s+)?"""),
         # or a comparison right after the factor: "an improvement of 4.2x over X" (read50)
         right=compile_right(r"\s*(?:in\s+|(?:over|compared\s+(?:to|with)|relative\s+to|versus|vs\.?)\s+(?P<of>(?:[^,;.(]|\.(?=\d)){1,50}))"),
         needs=("improvement", "gain", "increase", "boost", "reduction", "decrease", "saving"),
         examples=("an improvement of 2.7x in Chamfer distance", "an improvement of 4.2x over the prior method",
                   "a reduction of 10x in response time")),
    Rule("<factor> the <speed> of X", frozenset({"ratio"}), _factor_of,
         right=compile_right(r"""(?:(?:the|their)\s+(?:(?:[a-z][\w-]*\s+){1,2}(?=(?:throughput|speed)\b))?)?(?P<eff>(?:[\w-]+\s+)?efficiency\s+(?=improvement|increase|boost|gain))?(?P<result>(?:overall\s+)?performance\s+(?=improvement|increase|boost|gain))?(?P<quality>(?:(?!(?:speed|throughput|efficiency|performance|inference|training|learning|decoding|sampling|generation|rendering|convergence|frame|FPS)\b)[A-Za-z][\w@-]*\s+){1,3}?(?=(?:improvement|increase|boost|degradation|reductions?|decreases?)\b))?(?P<word>throughput|speed|(?:inference|training|learning|decoding|sampling|generation|rendering|convergence)\s+(?:speed|throughput)|""" + _ACTING_FREQUENCY + r"""|frame\s+rate|FPS|acceleration|improvement|increase|boost|degradation
                 |cheaper|smaller|lighter|more\s+compact|reductions?|decreases?|savings|gain|(?:lower|higher|less)(?=\s+than)|less(?=\s*[.;,]))\b(?:\s+in\s+[\w-]+(?:\s+[\w-]+)?|\s+of\s+[\w-]+(?:\s+[\w-]+)?(?=\s+(?:of|than|over|compared)\b))?
                 (?:\s+(?:of|than|over|compared\s+(?:to|with))\s+(?P<of>(?:[^,;.(]|\.(?=\d)){1,50}(?:\([^()\d.]{1,20}\)[^,;.(]{0,30})?))?"""),  # not a bracket of numbers after it
         examples=("5.1x the throughput of a dense model", "a 3.1x acceleration", "5x cheaper at inference")),
    Rule("<factor> faster", frozenset({"ratio"}), _speedup, right=compile_right(_SPEED_NOUN),
         examples=("2.2x faster", "a 6.3x speed-up", "2.4x and 8.6x higher throughput")),
    Rule("<numbers> speed-ups", frozenset({"plain"}), _plain_speedups,
         right=compile_right(rf"""{_SPEED_QUALIFIERS}
                 (?:[a-z]+(?:-[a-z]+)+\s+)?  # "2.75 x 10^4 horizon-normalized speedup" (read47)
                 (?:(?P<phase>inference|training|sampling|decoding|generation|prefill(?:ing)?)\s+)?(?P<word>speed-?ups?)\b"""),
         precondition=Cue("right", "speed"),  # the pattern's one word that is not optional
         examples=("1.4, 1.7, and 2.2 end-to-end speedups",)),
    Rule("<percent> faster", frozenset({"percent"}), _speedup,
         right=compile_right(rf"{_SPEED_QUALIFIERS}(?:(?:inference|training|sampling|decoding)\s+)?(?P<word>faster|speed-?ups?|accelerations?|(?:higher|more)\s+throughput)\b(?P<phase>)"),
         precondition=Cue("right", "faster", "speed", "acceleration", "throughput"),  # `word`, never optional
         examples=("40% faster", "a 73% speed-up")),
    Rule("scales to <size> tokens", frozenset({"scale", "plain"}), _context_length,
         left=compile_left(rf"\b(?:scal\w*|extend\w*|expand\w*|extrapolat\w*|generaliz\w*)\s+(?:[\w-]+\s+){{0,8}}?to\s+(?:{BOUND}\s*)*"),
         right=compile_right(TOKENS_AFTER.pattern),
         needs=("to",), examples=("lets an 8B model scale to 840K tokens",)),
    Rule("context length of <size> tokens", frozenset({"scale", "plain"}), _context_length,
         # "can support the context length of 5M tokens" (read40): the quantity named before the size
         # after a verb of what a system can take, not a setting ("we use a context length of 4096 tokens")
         # ("extended to a native context length of 128K": a context extended to is one supported, read81)
         left=compile_left(rf"""\b(?:support\w*|handl\w*|process\w*|reach\w*|achiev\w*|enabl\w*|unlock\w*|attain\w*
                 |(?:extend|expand)(?:s|ed|ing)?\s+to)\s+
                 (?:(?:a|an|the|its|their|our)\s+)?(?:[\w-]+\s+)?(?P<context>context)\s+(?:length|window|size)s?\s+(?:of\s+|up\s+to\s+)(?:{BOUND}\s*)*"""),
         # (no right pattern: a size in thousands or millions needs no "tokens" after it, "a context
         # length of 128K"; the production reads what follows)
         needs=("context",), examples=("supports a context length of 5M tokens", "extended to a native context length of 128K")),  # the word every match holds
    Rule("accelerates ... <factor> compared with", frozenset({"ratio"}), _accelerates_compared,
         left=compile_left(r"(?:speed(?:s|ing)?\s+up|sped\s+up|accelerat\w*|speed\s+(?:increas|improv|ris|grow|rose|grew)\w*)\b[^;,]{0,80}?"),
         right=compile_right(r"(?:compared\s+(?:with|to)|than|relative\s+to|versus|vs\.?)\s"),
         needs=("accelerat", "speed", "sped"), examples=("accelerates convergence 3 times compared with training from scratch",)),
    Rule("<factor> lower <cost>", frozenset({"ratio", "percent"}), _cost,
         right=compile_right(rf"""(?:(?:lower|less|smaller|fewer|reduced|cheaper|lighter|shorter|decreases?\s+in|reductions?\s+in|savings?\s+in|
                 (?:more\s+)?(?:memory|compute)-efficient)\s+)(?:[\w-]+\s+){{0,2}}?{COST_NOUNS}\b|(?:(?:measured|observed|reported|overall)\s+)?(?:(?:tail|peak|end-to-end|average|p\d\d|KV(?:-cache)?|GPU|inference|runtime|activation)\s+)?{COST_NOUNS}\s+(?:reductions?|savings?|decreases?|cuts?)\b
                 |(?=model\s+compression\b){COST_NOUNS}
                 |(?P<size>size)\s+(?:reductions?|savings?)\b  # "a 54.5x size reduction (327.42 MB to 6.01 MB)" (read64)
                 # "while using 21.3% fewer tokens", "61-89% fewer total LLM tokens": the tokens a system
                 # spends, `response length` (seven labels); not tokens of its input (read70)
                 |fewer\s+(?:(?!(?:input|visual|vision|image|video|audio|prompt|context|KV|retrieved|memory|system-prompt|solve-input)\b)[\w-]+\s+){{0,2}}?(?P<tokens>tokens)\b
                 |(?:additional\s+|extra\s+)?(?:{COST_NOUNS}|(?P<trained>training))\s+overheads?\b"""),  # "4.36% latency overhead" (recall15)
         # outside the case-blind cost nouns, each branch writes one of these in lower case: a
         # comparative (or "-efficient"), a change noun after the cost, or "model compression"
         precondition=Cue("right", "lower", "less", "smaller", "fewer", "reduced", "cheaper", "lighter", "shorter",
                          "decrease", "reduction", "saving", "efficient", "cut", "model", "overhead"),
         examples=("3x lower inference memory footprint", "40% fewer FLOPs", "a 3.9x model compression")),
    Rule("<factor> compression", frozenset({"ratio"}), _compression,
         # a word naming the input before "compression" ("token compression") makes it no result
         right=compile_right(r"(?:(?P<what>tokens?|tokenization|input|sequence|context|prompt|feature|latent|spatial|temporal|visual|activation)\s+|[\w-]+\s+)?compression\b"),
         precondition=Cue("right", "compression"),  # never optional
         examples=("a 20x compression ratio for 3DGS", "up to 49-fold compression")),
    Rule("with <share> of the compute", frozenset({"percent"}), _share_of_compute,
         # the share right after "with (only)", or a second share of a list after it
         left=compile_left(r"""\b[Ww]ith\s+(?P<only>(?:(?:only|just|merely|about|around|roughly|~|≈)\s*)*)
                 (?:\d[\d.]*\s*%\s+(?:of\s+)?(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+and\s+(?:(?:only|just|~)\s*)*)?"""),
         right=compile_right(r"""(?:of\s+)?(?:the\s+|its\s+)?(?:computation(?:al)?(?:\s+(?:cost|budget|resources))?|compute(?:\s+budget)?
                 |(?:training\s+|inference\s+)?FLOPs|GPU[- ]hours)\b"""),
         needs=("with",), examples=("with only ~20% of computation", "with 30% computation of the previously best model")),
    Rule("halves <cost>", frozenset({"ratio"}), _halves,
         right=compile_right(r"""(?:the\s+|its\s+|their\s+)?(?P<np>[\w-]+(?:\s+[\w-]+){0,2})"""),
         examples=("halves the memory footprint", "halves the geodesic error")),
    Rule("<fraction> the <cost> of X", frozenset({"fraction"}), _fraction_of_cost,
         # numbers.py gives a fraction only before "(of) the|its|their" and a cost word; "time"
         # alone or after a qualifier ("the mission time") is a time the production names
         right=compile_right(rf"""(?:of\s+)?(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{COST_NOUNS}|(?<![\w-])time)\b(?![\s-]*steps?\b)
                 (?:\s+(?:of|required\s+by|used\s+by|needed\s+by)\s+(?P<of>(?:(?!\s(?:while|whereas|but|and|with|on|in|at|for|across|under|without|by|to)\b)[^,;.()]){{1,50}}))?"""),
         examples=("only one-third the parameters of TransReID", "at roughly half the computational cost",
                   "in half the mission time")),
    Rule("<share> of the <cost> of X", frozenset({"percent"}), _share_of_cost,
         # "of" may be left out after a bound ("less than 1% computational cost"); see the production
         # (or the reference system in the possessive: "9--15% of full-set greedy's rollout time", read82)
         right=compile_right(rf"""(?P<of>of\s+)?(?:the\s+|its\s+|their\s+|(?<=of\s)(?P<owner>(?:[\w.+-]+\s+){{0,2}}?[\w.+-]+)['’]s\s+)?(?:additional\s+|extra\s+)?(?:[\w-]+\s+)?{COST_NOUNS}\b"""),
         precondition=_may_share_cost,
         examples=("only 40% -- 50% of the inference time of BAGEL or Flux",)),
    Rule("speeds up ... by <factor>", frozenset({"ratio", "percent", "plain"}), _speed_by,
         # "joint acceleration decreases by 20%" is a quantity that changed, not a speed-up;
         # a rate's own unit is no speed word ("from 32.9% at 2 FPS to 44.6%": read69);
         # "faster and achieves a reduction in memory by 42%" is another change's number
         left=compile_left(rf"""(?:speed(?:s|ing)?\s+up|sped\s+up|accelerat(?!ions?\s+(?:\w+\s+)?(?:decreas|increas|drop|reduc|fall|fell|declin|ris|rose|is|are|was|were)\w*)\w*
                 |faster|[Ss]peed-?ups?|[Tt]hroughput|(?<!\d)(?<!\d\s)FPS|frame\s+rates?|tokens?/s(?:ec)?|tokens?\s+per\s+second|  # "an FPS increase of 52.1%": a gain in throughput; "improves peak tokens/s by 2.6x" (read45)
                 improv\w+\s+(?:the\s+)?(?:inference\s+|training\s+|sampling\s+|decoding\s+)?(?:speed|throughput|efficiency))
                 \b(?P<gap>(?:(?!\b(?:while|whereas|but|reduc\w*|lower\w*|decreas\w*|sav\w*|cut\w*|memory|FLOPs|(?<=\band\s)(?:improv|increas|boost|rais|enhanc)\w*)\b)[^;,]){{0,80}}?)(?:\b(?:by|of|achieving|yielding|reaching|reach(?:es|ed)?|hits?|is|are|between|(?<!\bup\s)to)\s+|(?<=speed-?ups?)\s*\(?\s*(?:[=:≈~]|[-–—](?=\s))\s*|\s*:\s+)
                 (?:(?<=by\s)(?:{BOUND}\s*)*(?=a\s+factor\s+of\s))?{FACTOR_OF}(?:{BOUND}\s*)*"""),  # "by more than a factor of eight" (read82)
         # (a sentence may open with the noun: "Throughput increased by 2.3x", read84)
         # a dash after "speedups" ("substantial speedups - up to 1.7x") or a colon after the words
         # ("throughput improvements over ZeRO-Infinity: 1.96x on 1 GPU", read62) opens the factor
         needs=('by', 'of', 'reach', 'hit', 'is', 'to', 'achiev', 'yield', 'between', '=', ':', '~', '≈'),
         # every branch of the head writes one of these (an improved "speed", "throughput" or
         # "efficiency" included), in lower case
         # ("peed", "hroughput": the nouns a sentence may open with, capitalised)
         precondition=Cue("left", "peed", "sped", "accelerat", "faster", "hroughput", "efficiency", "FPS", "frame", "token"), examples=("speeds up training by 73%", "faster ... over VAR by over 2.5x", "a speed-up of 3x")),
    Rule("speed-ups (<factor>)", frozenset({"ratio"}), _bracketed_speedup,
         # the bracket opens right after the noun; a bound may lead the factor ("(up to ~14.5x)")
         left=compile_left(rf"(?:(?P<phase>inference|training|sampling|decoding|generation)\s+)?\bspeed-?ups?\s*\(\s*(?:{BOUND}\s*)*", nearest=True),
         needs=("(",), precondition=Cue("left", "speed"), examples=("order-of-magnitude speed-ups (up to ~14.5x)",)),
    Rule("reduces <cost> by <factor>", frozenset({"ratio", "percent", "plain", "fraction"}), _cost_by,
         left=compile_left(rf"""(?:(?<=\band\s|,\s)(?:[\w-]+\s+)?{COST_NOUNS}\s+by  # "memory drops by 38% and latency by 2.4x", "..., GPU memory by 72%": the nearest noun first
                 |(?:(?:reduc\w*|cut\w*|lower\w*|decreas\w*|sav\w*|shrink\w*|compress\w*|trim\w*|slash\w*|drop\w*|fall\w*|fell|improv\w*)\s+
                 (?:(?:the|its|their|our|overall|total|average|mean|peak)\s+)*(?:(?:[\w-]+|\([A-Z]{{2,6}}\))\s+){{0,4}}?{COST_NOUNS}  # "large language model (LLM) time-to-first-token"
                 |{COST_NOUNS}\s+(?:reductions?|savings?|decreases?|overheads?|improvements?))\b[^;]{{0,50}}?\b(?:by|of)  # "a latency overhead of just 4.36%", "runtime improvements of two orders of magnitude" (review35)
                 |{COST_NOUNS}\s+(?:reductions?|savings?)(?=\s+up\s+to\b)  # "time reduction up to 8-10x" (read41)
                 |{COST_NOUNS}\b[^;,]{{0,50}}?\b(?:drop(?:s|ped)?|falls?|fell|decrease[sd]?|declin(?:es|ed)|shr(?:inks?|ank|unk)
                     |{_COST_PASSIVE}\s+(?:cut|reduced|lowered|decreased|slashed|shrunk|trimmed))\s+by  # "memory decreased by 3x", "latency was reduced by 4x" (read84)
                 # "the latency of X improves ~5.4x", "latency is reduced ~32% compared to": no "by" (read78)
                 |{COST_NOUNS}\b[^;,]{{0,50}}?\b(?:improves|{_COST_PASSIVE}\s+(?:cut|reduced|lowered|improved)))
                 \s+{FACTOR_OF}(?:{BOUND}\s*)*""",
                 nearest=True),
         needs=('by', 'of', 'up to', 'improve', 'reduced', 'lowered', 'cut'),
         examples=("reduces memory by 3x", "cuts inference FLOPs by 45%", "memory reduction up to 8x", "latency improves 5.4x"),
         precondition=COST_NOUN_CUE),  # every branch names a cost noun
    Rule("reduces <cost> <factor>", frozenset({"ratio"}), _cost_factor,
         # the factor right after the cost the verb reduces, with no "by" (tail30): only the
         # cost's own phrase between ("for long contexts"), so a fold count later in the clause
         # ("reduce memory ... with five-fold cross-validation") is none; `factor` matches nothing
         left=compile_left(rf"""\b(?:reduc\w*|cut\w*|lower\w*|decreas\w*|shrink\w*|trim\w*|slash\w*)\s+
                 (?:(?:the|its|their|our|overall|total|average|mean|peak)\s+)*(?:[\w-]+\s+){{0,3}}?{COST_NOUNS}\b
                 (?:\s+(?:for|in|during|at)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)?\s+(?P<factor>)(?:{BOUND}\s*)*""",
                 nearest=True),
         examples=("reduces training FLOPs 3x", "cuts memory for long contexts four-fold"),
         precondition=COST_NOUN_CUE),  # the pattern names a cost noun
    Rule("<duration> per output", frozenset({"time"}), _duration,
         examples=("in 1.2 seconds", "35 ms per image", "trained in 3.5 days")),
    Rule("<size> of memory", frozenset({"memory"}), _memory, examples=("8 GB of GPU memory",)),
    Rule("<rate> throughput", frozenset({"rate"}), _throughput, examples=("1,200 tokens/s",)),
    Rule("<number> <items> per second", frozenset({"plain", "scale"}), _items_per_second,
         # up to two qualifiers ("PDF pages", "image--text pairs"), then a plural noun and "per second" or "/s"
         right=compile_right(r"""(?:[A-Za-z][\w-]*\s+){0,2}?(?P<items>[A-Za-z][\w-]*?s)(?:\s?(?:/\s?s(?:ec(?:ond)?)?\b|per\s+sec(?:ond)?\b)|-per-second\b)"""),
         precondition=Cue("right", "per", "/"),  # "per" or "/" is in every match, as written
         examples=("20 PDF pages per second", "50k image-text pairs/second")),
]


# Patterns used inside productions: compiled once (see rules.base.LazyPattern).
#: The last number and its own noun: "3.81x throughput" in "3.81x throughput improvement and up to ".
_LAST_NUMBER_NOUN = LazyPattern(r"\d(?:\s*(?:x|×|times|%))?\s*[A-Za-z][\w-]*(?=[^\d]*$)")
_NOT_COMPUTE_EFFICIENCY = LazyPattern(r"(?i)(?:sample|data|energy|power|parameter|label|annotation|exploration|path|fuel|spectral)\b")
#: The count of an input's tokens written right before "by": the spec's token-count ratios are not claims.
_TOKEN_COUNT_BY = LazyPattern(r"(?i)\b(?<!first[-\s])tokens?(?:\s+(?:count|number|length|budget))?\s+by\s+(?:\w+\s+){0,2}$")
#: "Quantized to 0.48 MB", "compressed to just 3 MB": the size a model is brought to, its memory (read59);
#: "the model quantises to a 0.46 MB full-integer network" (British spelling, an article: holdout99).
_COMPRESSED_TO = LazyPattern(r"(?i)\b(?:quanti[sz]|compress|prun|distill)\w*\s+(?:[\w-]+\s+){0,2}?to\s+(?:an?\s+)?(?:only\s+|just\s+)?$")
_MEMORY_RIGHT = LazyPattern(r"(?i)\s*(?:of\s+)?(?:(?:GPU|peak|total|inference|training)\s+)?(?:memory|VRAM|RAM|(?:hidden\s+)?state(?![\w-]))\b")
#: A requirement said before a time: "demands sub-millisecond latency", "must respond within 10 ms".
#: Narrower than `_REQUIREMENT_BEFORE`: "requires only 3 ms per image" is a system's latency.
_DEMAND_WORDS = r"demand\w*|must|should|necessary|needs?\s+to|has\s+to|have\s+to|(?:is|are)\s+required\s+to"  # "usually needs to respond in less than 100 ms" (read83)
_DEMANDED_BEFORE = re.compile(rf"(?i)\b(?:{_DEMAND_WORDS}|call\s+for)\b[^.;,]*$")
_REQUIREMENT_BEFORE = LazyPattern(rf"(?i)\b(?:requir\w*|need\w*|{_DEMAND_WORDS}|typically|usually|often)\b[^,;.]*$")
#: A rate a data set or an input is brought to: "standardized to the SMPL-X format at 30 fps",
#: "resampled to 10 Hz", "annotated at 5 fps"; a setting of the data, no system's speed.
_DATA_RATE_BEFORE = LazyPattern(
    r"(?i)\b(?:standardi[sz]\w*|normali[sz]\w*|resampl\w*|downsampl\w*|down-sampl\w*|upsampl\w*|subsampl\w*|annotat\w*|labell?\w*|format)\b"
    r"[^.;,]{0,40}\b(?:at|to)\s+(?:(?:about|around|approximately|roughly|~)\s*)?$")
#: Frames sampled from a video: "sparse sampling at", "frames sampled at", "denser sampling improves".
_FRAME_SAMPLING = LazyPattern(r"(?i)\b(?:sampling|sampled)\b")
#: "1 fps input sources", "2 FPS input videos": the rate of what a system is given.
_INPUT_RATE_AFTER = LazyPattern(r"(?i)\s*(?:inputs?|input\s+(?:sources?|videos?|frames?|streams?|clips?))\b")
_OUTPUT_BEFORE = LazyPattern(r"(?i)\b(?:generat\w*|produc\w*|synthesi\w*|videos?|clips?|footage|captur\w*|film\w*)\b[^.;]{0,60}$")
#: What says a frame rate after an output is the speed a system runs at, not the output's
#: format: speed words, an online or streaming setting, or the device it runs on ("online
#: generation of videos at up to 75 FPS", "slow-motion generation on a single RTX 4070 Ti at
#: approximately 30 fps", recall13); "generates 720p, 30fps videos" has none. Nor has a
#: system that analyses the videos ("performing reconstruction and camera tracking for
#: monocular RGB videos at almost 10 FPS": the rate it reads them at; read57).
_RATE_WORDS = LazyPattern(r"(?i)throughput|speed|real-time|latency|\bonline\b|\bstreaming\b|\binteractive\b|\bGPUs?\b|\bRTX\b|\b[AH]100\b|\bJetson\b"
                          r"|\b(?:reconstruct|track|process|analy[sz]|segment|detect)(?:s|es|ed|ing|ion|ions)?\b")
#: A doubled object that names a speed or a cost ("doubling prefill speed"): the speed rules read it.
_COST_OR_SPEED_WORD = re.compile(r"(?i)speed|throughput|fps|memory|latenc|runtime|footprint|\btimes?\b(?!-)|cost|flops|comput|param")
#: A worded factor that is a verb: "doubles", "halving" (numbers.py reads it as 2x), "tripling" (3x).
_DOUBLING_VERB = re.compile(r"(?i)doubl\w+|halv\w+|tripl\w+")
#: The generic result a doubling verb may take: "(the) performance", "(their) results".
_GENERIC_RESULT_NP = re.compile(r"(?i)(?:(?:the|its|their|overall)\s+)*(?:performance|results?)")
#: The noun phrase a doubling verb takes, up to a comparison or the clause's end.
#: A rate of speed, the speed rules' own: "the frame rate of 3DGS", "the token rate".
_RATE_OF_SPEED = re.compile(rf"(?i)\b(?:(?:frame|token|sample|bit|refresh|update)\s+rates?|{_ACTING_FREQUENCY})\b")
#: A rate or a quality named in up to three words: "acceptance rate", "path smoothness".
_QUALITY_NP = re.compile(QUALITY_PHRASE)
_DOUBLED_QUANTITY = re.compile(r"\s*(?P<np>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?=\s+(?:and|over|than|compared|relative|versus|vs|of|on|in|for|with|while|across)\b|\s*[,;.()]|$)")
#: An acronym defined in brackets right after a quantity's words: " (LCC)".
_DEFINED_RIGHT_AFTER = re.compile(r"\s*\((?P<abbr>[A-Z]{2,}[\w-]*)\)")
#: The phrase ends at a word's end: a long described system is cut back to a whole word, never
#: mid-word ("of recent VGGT-based large-scale reconstruction approaches", review35).
_OF_SYSTEM = LazyPattern(r"\s+(?:of|achieved\s+by)\s+(?P<phrase>[^,;.()]{1,80}(?![\w-]))")
