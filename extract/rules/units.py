"""Measurements in physical units the spec's unit field does not hold: "a peak pulling
force of 167.7 N", "89.2 mm MPJPE", "(down to 16 cm)", "runs at 2.65 Hz".

Spec (docs/claims-spec.md, "Physical units"): `unit` stays one of `%`, `x`, `s`, `GB`,
`MB` or null, so a value in N, mm, Hz, dB... has unit null and its unit in `condition`,
as the held-out labels write them (`unit_after` gives it; the pipeline adds it to every
claim whose number it follows). The value is kept as written (16 cm is 16, not 0.16 m):
the unit in `condition` says how to read it, and a board compares the numbers of one
metric, which papers of a field report in one unit.

The metric is the one named after the unit ("89.2 mm MPJPE", "a 52.3 N grasping force"),
else the one whose value the number is ("a peak pulling force of 167.7 N"), else, in
brackets after a change, the changed metric ("reduces the Chamfer distance by 60% (down
to 16 cm)"); a rate in Hz after a verb of reaching is a throughput ("runs at 12.5 Hz",
like FPS). A measurement with no metric named is none (a setting, a load, a distance).
"""
from __future__ import annotations

from extract.deferred import re
from extract.rules.base import (
    LazyPattern,
    Match,
    Rule,
    compile_left,
    compile_right,
    drafts,
    longest_twin,
    match_where_longest_starts,
)
from extract.rules.fragments import (
    AT_LEAST_BOUND,
    COST_METRICS,
    SAMPLED_BEFORE,
    STRICT_BOUND,
    metric_at,
    metrics_in,
)
from extract.rules.quantities import UNSPECIFIED, quantity_name

#: Physical units after a number, case-sensitive (mm is not Mm): area ("6 mm2": a chip's, read38), force, frequency, length,
#: bit rate, level, power, energy (mJ, pJ and eV too), temperature, angle (°), speed, heart rate (bpm).
PHYSICAL_UNIT = (r"(?:mm2|mm²|mm\^2|cm2|cm²|µm2|µm²|μm2|μm²|kN|mN|µN|μN|micro-N|N·m|N/m|Nm|N|GHz|MHz|kHz|Hz|µm|mm|cm|km|m|Gbps|Mbps|kbps|dB|kW|mW|W|kWh|Wh|kJ|mJ|µJ|μJ|nJ|pJ|J|°C|°|degrees?|deg|meters|meter|metres|metre"
                 r"|m/s|cm/s|mm/s|km/h|rad/s|rad|meV|eV|bpm)")
#: The unit itself, not the start of a word ("Nodes") or of a compound unit we do not know.
_UNIT = rf"(?P<unit>{PHYSICAL_UNIT})(?![\w/·-])"
_UNIT_AFTER = re.compile(rf"\s*{_UNIT}")


#: "under 2 m and 5 degrees": a bound said before a list's first member bounds the list.
_BOUNDED_LIST_HEAD = LazyPattern(
    rf"(?i)\b(?:under|below|less\s+than|within|at\s+most|over|above|more\s+than|at\s+least)\s+\d[\d.,]*\s*{PHYSICAL_UNIT}\s*(?:,|and|or)\s*$")


def unit_after(right: str) -> str | None:
    """The physical unit written right after a number ('167.7 N', '2.65 Hz'), else None.

    >>> unit_after(" N (approximately"), unit_after(" mm MPJPE"), unit_after(" Nodes"), unit_after("% of")
    ('N', 'mm', None, None)
    """
    found = _UNIT_AFTER.match(right)
    return found.group("unit") if found else None


#: "a peak pulling force of", "an MPJPE of", "reaches a rate of": the noun phrase whose value follows,
#: from its article or last preposition on ("achieves a walking speed of", "with top speed of").
_VALUE_OF = LazyPattern(
    r"(?i)(?:^|[\s(,;])(?:an?|the|its|their|our)?\s*(?P<np>(?:(?!(?:an?|the|its|their|our|with|and|or|in|on|for|to|by|from)\s)[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
    r"\s+(?:of|at|=|:|is|was|reaching|reaches|reached)"
    r"\s+(?:(?:only|just|about|around|approximately|approx\.|nearly|up\s+to|as\s+(?:high|low)\s+as|down\s+to)\s+)?$")
#: "(down to 16 cm)": a value in brackets after a change, the level the changed metric reaches.
#: `_VALUE_OF` read backwards as POSIX: the longest match ending at the end, which starts where
#: the leftmost match does (as params' `_NAME_HYPHEN_END_LONGEST`); the forward pattern, lazy
#: parts and all, is matched there, not searched for along the tail (speed27).
_VALUE_OF_LONGEST = longest_twin(_VALUE_OF)
_BRACKET_LEVEL = LazyPattern(r"(?i)\(\s*(?:down|up)\s+to\s+$")
#: A change verb or noun earlier in the clause, with no number since: "improves local quality (up to".
_CHANGE_BEFORE = LazyPattern(
    r"(?i)\b(?:improv|gain|increas|boost|rais|reduc|lower|decreas|cut|outperform|surpass)\w*\b[^\d;,]*$")
#: "runs at 2.65 Hz", "achieves approx. 2.85 Hz", "runs in real time at 10 Hz": a rate a system reaches.
_RATE_REACHED = LazyPattern(
    # ("operated at 26.0 Hz", not what systems "typically operate at", "typi cally" too: read59)
    r"(?i)\b(?:runs?|running|(?<!ly\s)operat\w*|achiev\w*|attain\w*|reach\w*|deliver\w*|sustain\w*|maintain\w*)\s+"
    r"(?:(?:at|an?|only|about|around|approximately|approx\.|up\s+to|in\s+real[- ]time|real[- ]time|online|onboard"
    r"|[a-z]{3,}ly)\s+)*$")  # "running efficiently at 29 Hz" (read43)
#: "computes policies at rates up to 67 Hz", "at a rate of 20 Hz": the rate a system works at
#: (read51), unless data are sampled or recorded at it (`SAMPLED_BEFORE`).
#: Or the system's processing rate named whatever the preposition: "achieves a processing rate of
#: 13 Hz" (read78; never a sampling rate, nor a control frequency a robot is run at).
_AT_RATE = LazyPattern(
    r"(?i)(?:\bat\s+(?:an?\s+)?(?:(?:control|update|inference|planning|replanning|processing|frame)\s+)?rates?\s+"
    r"|\b(?:inference|processing|tracking)\s+(?:rates?|frequency)\s+)"
    r"(?:of\s+)?(?:(?:up\s+to|about|around|approximately|over|above|nearly)\s+)?$")
#: "2.65 Hz map updates", "30 Hz pose estimates": a rate of outputs, a throughput.
_OUTPUTS_AFTER = LazyPattern(
    r"(?i)\s*(?:[\w-]+\s+){0,2}?(?:updates?|odometry|estimates?|predictions?|inference|outputs?|detections?|generation|replanning)\b")
#: "at 2.5 m resolution", "at a target flight velocity of 1 m/s": the value of a setting.
_AT_SETTING = LazyPattern(
    r"(?i)\bat\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:of|=)\s+)?(?:(?:only|about|around|approximately|approx\.|~)\s+)?"
    r"(?:[\d.]+\s*[^\s\d,]{0,4}\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+))*$")  # "at 2.5 m, 5 m, and 10 m resolution"
#: After an energy: what it is spent on, one output or one pass ("mJ per inference", "of energy").
_PER_OUTPUT_AFTER = re.compile(r"\s+(?:per\s+(?:\$[^$]{1,30}\$\s+)?[a-z][\w-]*|of\s+energy)\b")
#: The first end of a range in the same unit, right before its second: "50 pJ to ", "5-".
_RANGE_OPENED_BEFORE = re.compile(rf"\d\s*{PHYSICAL_UNIT}?\s*(?:to|-|–)\s*$")
#: Before an energy: a verb of spending it ("consumes", "requires only", "uses about").
_CONSUMED_BEFORE = re.compile(
    r"(?i)\b(?:consum\w*|requir\w*|uses?|using|draws?|spends?|needs?)\s+(?:(?:only|just|about|around|approximately|roughly|~)\s+)?$")
#: A noun after a metric's name, which the name then only qualifies ("error threshold").
_NOUN_GOES_ON = re.compile(
    r"\s+(?!(?:on|in|for|at|with|and|or|of|than|compared|while|when|across|over|under|from|by|to|vs|versus|which|that"
    r"|is|are|was|were|respectively)\b)[a-z]")
#: The words after the unit that name the measured thing ("mm MPJPE", "N grasping force").
_NOUN_AFTER_UNIT = re.compile(r"\s*(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})")


def _measurement(m: Match):
    mention = m.site.mentions[0]
    if mention.sign == "±" or mention.glued or len(m.site.mentions) != 1:
        return None
    unit = m.right.group("unit")
    after = m.site.right[m.right.end():]
    bound = STRICT_BOUND.search(m.site.left[-25:]) or _BOUNDED_LIST_HEAD.search(m.site.left[-50:])
    if unit.endswith("Hz") and (_RATE_REACHED.search(m.site.left[-40:]) or _OUTPUTS_AFTER.match(after)
                                or (_AT_RATE.search(m.site.left[-50:]) and not SAMPLED_BEFORE.search(m.site.left[-60:]))) \
            and (not bound or AT_LEAST_BOUND.search(m.site.left[-25:])):
        # "runs at 2.65 Hz": a rate, as FPS is; "at over 30 Hz update rate": a bound on a speed
        # is a claim at the bound, as speed.py reads "over 10 FPS" (recall12, recall13)
        return drafts(m, "throughput", "score", "<number> <physical unit>")
    if bound:
        return None
    from_to = _from_to_measurement(m, unit)
    if from_to is not None:
        return from_to or None
    if _AT_SETTING.search(m.site.left[-60:]):
        return None  # "predictions at 10 m resolution", "at a target velocity of 1 m/s": a setting
    named = metric_at(after)
    # "89.2 mm MPJPE on ..."; not "a 10 cm error threshold", where the metric's word qualifies another noun
    metric = named[0] if named and not _NOUN_GOES_ON.match(after, named[1].end()) else None
    # an area in an area's unit is a result ("6 mm2 area": a chip's), one in metres a setting
    heads = _AREA_HEADS if unit[-1] in "2²" else _MEASURED_HEADS
    if metric is None:
        noun = _NOUN_AFTER_UNIT.match(after)
        # "a 52.3 N grasping force"; not "its 2 m temperature RMSE", where "2 m" names the variable
        metric = _named(noun.group("np"), heads) if noun and not metrics_in(noun.group("np")) else None
    if metric is None:
        value_of = match_where_longest_starts(_VALUE_OF, _VALUE_OF_LONGEST, m.site.left[-60:])
        metric = _named(value_of.group("np"), heads) if value_of else None  # "a peak pulling force of 167.7 N"
    if metric is None and unit.endswith("J") and not _RANGE_OPENED_BEFORE.search(m.site.left[-30:]) and (
            _PER_OUTPUT_AFTER.match(after) or _CONSUMED_BEFORE.search(m.site.left[-40:])):
        metric = "energy"  # "consumes 0.726 mJ per patch", "only 25.23 mJ per inference": the energy a system spends (read73)
    if metric is None and _BRACKET_LEVEL.search(m.site.left[-20:]):
        changed = [name for name, _, _ in metrics_in(m.site.left[-120:]) if name not in COST_METRICS]
        metric = changed[-1] if changed else None  # "reduces the Chamfer distance by 60% (down to 16 cm)"
    if metric is None or metric in ("speedup", "params"):
        return None
    # "improves local quality (up to 2.96 dB PSNR)": the size of a change said before it in the clause
    kind = "delta" if _CHANGE_BEFORE.search(m.site.left[-80:]) else "score"
    # a quantity the vocabulary does not know ("pulling force") is said of its own sentence
    return drafts(m, metric, kind, "<number> <physical unit>", quantity_named=not metrics_in(metric))


#: "reduces the mean error from 139.29 m" / "... from 139.29 m to ": the words before "from"
#: (not across a clause), and for the second number the first one and its unit.
#: A hedge before either number: "from ~17 degrees to ~10 degrees", "from about 2 m to" (read42).
_HEDGE = r"(?:~\s*|(?:about|approximately|around|roughly|nearly)\s+)?"
#: The setting of the first value, said between it and "to": "from 49cm with geometry alone to
#: 14cm with a frame-wise MLP", "from 6.9 mm (nnU-Net) to 4.8 mm" (holdout99).
_FIRST_ASIDE = r"(?:\s*\([^()]{1,40}\)|\s+with\s+[^,;()]{1,40}?)?"
_FROM_BEFORE = LazyPattern(rf"(?i)(?P<head>[^;,]{{0,60}}?)\bfrom\s+{_HEDGE}$")
_FROM_FIRST_BEFORE = LazyPattern(
    rf"(?i)(?P<head>[^;,]{{0,60}}?)\bfrom\s+{_HEDGE}\d[\d.,]*\s*(?P<unit>{PHYSICAL_UNIT}){_FIRST_ASIDE}\s+to\s+{_HEDGE}$")
#: What follows the first number's unit: its setting, maybe, then "to" and the second number.
_TO_NUMBER_AFTER = re.compile(rf"{_FIRST_ASIDE}\s+to\s+{_HEDGE}\d")
#: Words that end the noun phrase before "from" when read backwards: articles, prepositions,
#: and the change verbs around it ("reduces the drift from", "joint errors drop from").
#: Stems of the verbs that say a quantity changed, shared by the two patterns below.
_CHANGE_STEMS = (r"reduc|lower|cut|improv|decreas|increas|bring|brought|push|lift|rais|boost|drop|fall|fell|shrink"
                 r"|declin|grow|grew|ris|rose|went")
_NOT_IN_NP = re.compile(
    r"(?i)(?:an?|the|its|their|our|this|with|and|or|in|on|for|to|by|of|at|is|are|was|were|"
    rf"(?:{_CHANGE_STEMS}|tak|go|show|chang|achiev|yield|attain)\w*)$")


#: A change said before "from": only a quantity that changed gives two results ("reduces the
#: drift from", "a reduction in mean error from", "errors drop from").
_CHANGE_IN_HEAD = re.compile(rf"(?i)\b(?:{_CHANGE_STEMS}|goes|gain)\w*")


def _np_before_from(head: str) -> str | None:
    """The noun phrase right before "from" (after a verb or preposition, up to three words):
    'mean error' in 'a reduction in mean error', 'drift' in 'reduces the drift', 'joint
    errors' in 'Joint errors drop'."""
    words = head.split()
    if words and _NOT_IN_NP.fullmatch(words[-1]):
        words.pop()  # "errors drop from": the verb after the noun
    phrase: list[str] = []
    while words and len(phrase) < 3 and not _NOT_IN_NP.fullmatch(words[-1]):
        phrase.insert(0, words.pop())
    return " ".join(phrase) or None


def _from_to_measurement(m: Match, unit: str):
    """'reduces the mean error from 139.29 m to 12.07 m', 'the MAE ... from 0.713 eV to 0.486
    eV': the two values of 'from A to B' in one physical unit, the first for the system
    before, as '<metric> from <number> to <number>' reads them without a unit (recall15).
    None when the number is in no such pair; [] when it is but names no measured quantity
    ('altitudes from 80 m to 300 m', a setting)."""
    after = m.site.right[m.right.end():]
    first = _FROM_BEFORE.search(m.site.left[-70:]) if _TO_NUMBER_AFTER.match(after) else None
    second = None if first else _FROM_FIRST_BEFORE.search(m.site.left[-90:])
    if second and second.group("unit") != unit:
        second = None  # "from 2 m to 5 s": not one quantity
    found = first or second
    if found is None:
        return None
    head = found.group("head")
    noun = _np_before_from(head)
    own = metrics_in(noun) if noun else []
    if not (_CHANGE_IN_HEAD.search(head) or (own and own[-1][2] == len(noun))):
        # "altitudes spanning from 80 m to 300 m", "tested at speeds from 0.5 m/s to 1.5 m/s": a range
        # of settings; but a metric named right before "from" changes ("with slight sacrifice on
        # Navigation Error from 2.91m to 2.93m", recall21)
        return []
    named = metrics_in(head)
    metric = named[-1][0] if named else None
    if metric is None:
        metric = _named(noun) if noun else None
    if metric is None or metric in COST_METRICS or metric == "params":
        return []
    return drafts(m, metric, "score", "<metric> from <number> <unit> to <number>", role="before" if first else "after",
                  quantity_named=not metrics_in(metric))


def _named(phrase: str, heads: frozenset[str] | None = None) -> str | None:
    """The metric `phrase` names, or the quantity it names (quantities.quantity_name) when
    that is a measured one (a force, an error, a resolution...); else None: "a 10 m
    corridor", "a sampling rate of 16 kHz" measure a setting, not a result."""
    found = metrics_in(phrase)
    if found:
        return found[-1][0]
    name = quantity_name(phrase)
    return name if name != UNSPECIFIED and name.split()[-1] in (heads or _MEASURED_HEADS) else None


#: Head nouns of quantities a system's result is measured in.
_MEASURED_HEADS = frozenset({
    "force", "torque", "error", "drift", "deviation", "resolution", "precision", "power", "consumption", "pressure",
    "stress", "strain", "speed", "velocity", "nadir", "noise", "jitter", "overshoot", "throughput", "accuracy",
})
#: With an area's unit (mm2, cm²), an area is measured too.
_AREA_HEADS = _MEASURED_HEADS | {"area", "footprint"}


#: Words that say a sum of money is spent (a cost): not one earned, won or managed ("net
#: profit of $1.2M", "a $5B market").
_SPENT = re.compile(r"(?i)\b(?:costs?|costing|spen[dt]\w*|pric(?:e|es|ed|ing)|cheap\w*|pa(?:y|ys|id|ying)|expens\w*|fees?)\b")
#: A budget the sum is, after it or before it: "a $500 platform-service budget", "a budget of $100".
#: A budget is a limit set for a run, a setting (claims-spec: a compute budget), no sum spent (read72).
_BUDGET_AFTER = re.compile(r"(?i)\s*(?:[KMB]\b|thousand|million|billion)?\s*(?:[\w-]+\s+){0,2}budgets?\b")
_BUDGET_BEFORE = re.compile(r"(?i)\bbudgets?\s+(?:of|:|=)\s*(?:(?:about|around|roughly|approximately|only|just)\s+)?(?:US\s?)?\$\s?$")
#: "for" right before a sum: what a thing was had for ("collect 100k+ trajectories for about $4000").
_FOR_SUM = re.compile(r"(?i)\bfor\s+(?:(?:about|around|roughly|approximately|under|less\s+than|only|just)\s+)?(?:US\s?)?\$\s?$")
#: The text after the last digit (all of it when there is none).
_AFTER_LAST_NUMBER = re.compile(r"[^\d]*$")
#: A modal verb before "cost": what a thing may cost, said of no system measured.
_MAY_COST = re.compile(r"(?i)\b(?:can|could|may|might|would)\s+(?:\w+\s+)?cost")
#: What a sum of money is counted per, after it: " per query", " each".
_MONEY_PER = re.compile(r"\s+(?:per|a|each)\s+(?P<per>[a-z][\w-]*)")


def _money_cost(m: Match):
    """'training Llama-3.2-3B costs over $1.5M', 'at under $0.001 per query': a sum of US
    dollars spent is a `cost` score, its value in dollars (the labelled sets write it so:
    holdout27, holdout43, holdout51, holdout65, holdout90, holdout95; read63); a sum earned or
    managed ("a net profit of $1.22M") is no cost, and a sentence that says nothing of
    spending gives none."""
    near = _AFTER_LAST_NUMBER.search(m.site.left[-45:]).group()  # "costs by 75% and projects to $108M": another number's cost
    spent = _SPENT.search(near + m.site.right[:25]) or _FOR_SUM.search(near)
    if spent is None or _MAY_COST.search(m.site.left[-60:]):
        # "projects to $108M in cumulative savings", "the starting capital of $200K": no sum spent
        # said near; "a session can cost around $127": what a thing may cost, no result
        return None
    if _BUDGET_AFTER.match(m.site.right) or _BUDGET_BEFORE.search(m.site.left[-40:]):
        return None  # "under a $500 platform-service budget per run": the limit a run is given, a setting
    per = _MONEY_PER.match(m.site.right)
    condition = f"USD per {per.group('per')}" if per else "USD"
    return drafts(m, "cost", "score", "$<amount> cost", condition=condition)


def _after_dollar_sign(site) -> bool:
    """`$<amount> cost`'s precondition: the number comes right after a dollar sign (its left
    pattern's end), asked before the pattern: "$" is often within the window, seldom next."""
    return site.left.rstrip()[-1:] == "$"


RULES = [
    # a dollar sign the repair kept (LaTeX's "\$", or a "$" that opens no formula: extract.latex)
    Rule("$<amount> cost", frozenset({"plain", "scale"}), _money_cost,
         left=compile_left(r"(?:US\s?)?\$\s?"), needs=("$",), precondition=_after_dollar_sign,
         examples=("training costs over $1.5M", "at under $0.001 per query")),
    Rule("<number> <physical unit>", frozenset({"plain"}), _measurement,
         right=compile_right(_UNIT),
         examples=("a peak pulling force of 167.7 N", "89.2 mm MPJPE", "(down to 16 cm)")),
]
