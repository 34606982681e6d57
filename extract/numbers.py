"""Numbers as abstracts write them: decimals, thousands separators, K/M/B/T and
million/billion suffixes, factors (x, times, -fold), percentages, durations, memory,
ranges and number words. Works on repaired text (see `extract.text`).

>>> [(m.text, m.value, m.quantity, m.unit) for m in find_mentions("a 2.2x speed-up, 25.5% lower, 1,300 phases, 3X")]
[('2.2x', 2.2, 'ratio', 'x'), ('25.5%', 25.5, 'percent', '%'), ('1,300', 1300.0, 'plain', None), ('3X', 3.0, 'ratio', 'x')]
>>> [(m.text, m.value, m.value_max, m.unit) for m in find_mentions("5-10x faster and 9%-19% better, 1.4-2.5 times, 60--73x")]
[('5-10x', 5.0, 10.0, 'x'), ('9%-19%', 9.0, 19.0, '%'), ('1.4-2.5 times', 1.4, 2.5, 'x'), ('60--73x', 60.0, 73.0, 'x')]
>>> [(m.text, m.value, m.value_max) for m in find_mentions("mIoU (45.1 → 48.3), 41.0% -> 55.2%")]
[('45.1 → 48.3', 45.1, 48.3), ('41.0% -> 55.2%', 41.0, 55.2)]
>>> [(m.text, m.value, m.unit, m.plus) for m in find_mentions("2,000+ times faster, 30%+ higher")]
[('2,000+ times', 2000.0, 'x', True), ('30%+', 30.0, '%', True)]
>>> [(m.text, m.value, m.quantity) for m in find_mentions("our 1.5B model, xAR-B (172M), 7 billion, 3.5 days, four GPU hours")]
[('1.5B', 1500000000.0, 'scale'), ('172M', 172000000.0, 'scale'), ('7 billion', 7000000000.0, 'scale'), ('3.5 days', 302400.0, 'time'), ('four GPU hours', 14400.0, 'time')]
>>> [(m.text, m.value, m.unit) for m in find_mentions("in 1.2 seconds, 35 ms per image, 8 GB of memory, five times faster, twice as fast")]
[('1.2 seconds', 1.2, 's'), ('35 ms', 0.035, 's'), ('8 GB', 8.0, 'GB'), ('five times', 5.0, 'x'), ('twice', 2.0, 'x')]
>>> [(m.text, m.glued) for m in find_mentions("Chameleon-7B, ResNet-50, UCF101, pass@1, top-5, 3D, d30, Llama-2-70B")]
[('7B', True), ('50', True), ('5', True), ('70B', True)]
>>> [(m.text, m.value, m.value_max) for m in find_mentions("from 125M to 1.3B parameters")]
[('125M to 1.3B', 125000000.0, 1300000000.0)]
>>> [(m.text, m.sign, m.value) for m in find_mentions("(+4.2 AP), -0.4 FID, 87.3 ± 0.2")]
[('+4.2', '+', 4.2), ('-0.4', '-', 0.4), ('87.3', None, 87.3), ('± 0.2', '±', 0.2)]
>>> [(m.text, m.value, m.quantity) for m in find_mentions("only one-third the parameters of X, in half the time, in half a minute")]
[('one-third', 3.0, 'fraction'), ('half', 2.0, 'fraction'), ('half a minute', 30.0, 'time')]
>>> [m.text for m in find_mentions("1" + "0" * 308 + " FID, then 2.5x and 1" + "0" * 300 + "B")]
['2.5x']
>>> [(m.text, m.value) for m in find_mentions("an MSE of 1.76 x 10^-6. With p < 10^-4, a mean of 4 s), (x 10^-3)")]
[('1.76 x 10^-6', 1.76e-06), ('10^-4', 0.0001), ('4 s', 4.0), ('10', 10.0), ('3', 3.0)]
"""
from __future__ import annotations

import string
from collections import namedtuple
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from extract.deferred import engines_agree, re, regex
from extract.words import AnyWord, literal_tree

#: The number words read alone ("five times", "ninety percent"), in the order `_WORD` tries them.
CARDINALS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
WORD_NUMBERS = {
    **CARDINALS, "a hundred": 100, "one hundred": 100, "a thousand": 1000,
    "half": 0.5, "a half": 0.5, "half a": 0.5, "half an": 0.5, "double": 2, "twice": 2, "triple": 3, "thrice": 3,
}
#: A unit fraction of a cost, written in words ("one-third the parameters of X", "at half the
#: computational cost"): the N of "1/N", which is the factor the cost is cut by (a ratio of N,
#: as "halves <cost>" is 2: docs/claims-spec.md, "Worded factors"; recall23).
FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "tenth": 10}
#: The words a mention written in words starts with (`_MENTION`'s `word`, `twice` and
#: `doubling` branches; "doubl" and "halv" are stems): where such a mention can begin.
MENTION_WORD_STARTS = (*CARDINALS, "a hundred", "a thousand", "twice", "thrice", "doubl", "tripl", "halv", "half",
                       "a third", "a quarter", "a fourth", "a fifth", "a tenth")
SCALES = {"k": 1e3, "K": 1e3, "M": 1e6, "m": 1e6, "B": 1e9, "b": 1e9, "T": 1e12, "thousand": 1e3, "million": 1e6,
          "billion": 1e9, "trillion": 1e12, "Mn": 1e6, "Bn": 1e9, "bn": 1e9}
SECONDS = {"ms": 1e-3, "millisecond": 1e-3, "µs": 1e-6, "us": 1e-6, "microsecond": 1e-6, "ns": 1e-9, "nanosecond": 1e-9,
           "ps": 1e-12, "picosecond": 1e-12,  # "a latency of 120 ps" (review35)
           "s": 1, "sec": 1, "second": 1, "min": 60, "minute": 60, "h": 3600, "hr": 3600,
           "hour": 3600, "day": 86400, "week": 604800}

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
#: A power of ten after a number, scientific notation: "2.46e-5", "2.8 x 10^-10", LaTeX's
#: "$2.6\times10^{-4}$" as repaired ("2.6x10^-4"), "1x10^(-4)" (read42). Without it the
#: mantissa read as a factor ("2.46 x") and the exponent as a number of its own ("-5").
_EXPONENT = (r"(?:\s?(?:x|×|\*|·)\s?10\^\s?\{?\(?(?P<exp>[+\-−]?\d{1,3})\)?\}?"
             # a bare power of ten: "p < 10^-4", "$10^{-3}$" as repaired (read61; it had read 10 and 4)
             r"|(?<=(?<![\d.])10)\^\s?\{?\(?(?P<pow_exp>[+\-−]?\d{1,3})\)?\}?"
             r"|[eE](?P<e_exp>[+\-]?\d{1,3}))(?![\w^]|\.\d)")
#: Tens and a unit written as two words ("seventy six percent", "forty-three percent") come
#: first: "six percent" alone would take the last word of "seventy six percent" (2512.12549).
_TENS = "|".join(word for word, value in CARDINALS.items() if 20 <= value < 100)
_UNITS = "|".join(word for word, value in CARDINALS.items() if value < 10)
_WORD = (rf"(?i:(?:{_TENS})[\ -](?:{_UNITS})\b|a\ hundred|one\ hundred|a\ thousand|half\ an?|"
         + "|".join(CARDINALS) + ")")

# The unit that may follow a number, as named alternatives (order matters: longest first).
_UNIT = r"""
    (?P<u_percent>\s?(?:%(?!p\b)(?!\ ?(?:points?|pts?)\b)|\ ?percent\b|\ per\ cent\b)\+?)
  | (?P<u_points>[\s-](?:percentage[\s-]points?|percentile[\s-]points?|pp\b|p\.p\.|points?\b|pts?\b|absolute\ points?)|(?<=\d)pp\b|\s?%p\b
      |\s?%\ ?(?:points?|pts?)\b)  # "3.2pp": glued, as "6.3times"; "1.5%p" (read45); "by 40% points" (read50); "12 percentile points" (read76)
  | (?P<u_ratio>\s?(?:x|×)(?![\w])(?:\ times\b)?|(?<=\d)X(?![\w])|\s?times\b|[\s-]?fold\b  # "3x times faster": one factor
      |(?:\ X|\*)(?=\ (?:(?:memory|compute|computation|parameter|FLOPs?|latency|cost|storage|energy|model\ size)\ )?(?:speed-?ups?|faster|slower|accelerations?|fewer|less|lower|smaller|higher|larger|more|improvements?|reductions?|compression)\b))  # "3.1 X speedup" (read35); not "3 X 3"; "3.3* speedup" (read52)
  | (?P<u_memory>\s?(?P<mem>GB|MB|TB|KB|kB|GiB|MiB|TiB|KiB)\b|\ (?P<mem_bytes>bytes)\b(?!\ per\ |[^.;]{0,40}?\bbytes?\ per\ ))  # "512 bytes of parameters" (read83)
  | (?P<u_db>(?<=\d)dB\b)                                        # "32.4dB": decibels, a plain value
  | (?P<u_rate>\s?(?:(?:[CGN]PU\s|(?:inference|rendering|decoding|generation|simulation|processing)\s)?(?:FPS|fps)|(?:tokens?|tok|images?|samples?|frames?|it|queries|series|sequences|requests|videos|steps)\s?(?:/\s?s(?:ec)?\b|per\ second\b)))
  | (?P<u_time>\s?(?:(?P<tk>[kK]\s(?=(?:[AHVL]\d{2,4}\s)?(?:GPU|TPU)[\s-]))?(?P<gpu>(?:[AHVL]\d{2,4}\s)?(?:GPU|TPU)[\s-])?(?P<tu>milliseconds?|ms|µs|microseconds?|ns|nanoseconds?|ps|picoseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b|(?P<tu_short>s|h)\b))
  | (?P<u_scale>(?P<sc>[KMBT]|k|b|(?<=[A-Za-z]-\d)m|(?<=[A-Za-z]-\d\d)m|(?<=[A-Za-z]-\d\d\d)m)(?![\w])|\ (?P<sc_spaced>[MB])(?=\s+(?:param|model))|[\s-](?P<scw>thousand|million|billion|trillion)\b|\s?(?P<scb>Mn|Bn|bn)\b)  # "Pythia-160m": a lower-case "m" only at the end of a name (read42)
"""

#: What makes a lower-case "b" after a number a size in billions though no name is glued before it.
_LOWER_B_SIZE_AFTER = re.compile(r"\s*(?:/\s*\d[\d.]*b\b|(?:-|\s)(?:models?|parameters?|params|LLMs?|LMs?|VLMs?)\b)")
_LOWER_B_SIZE_BEFORE = re.compile(r"\d[\d.]*b\s*/\s*$")
#: A model's name and the colon of a runtime's tag before a size: "gemma4:", "qwen2.5:".
_TAG_BEFORE = re.compile(r"(?<![\w.:-])[A-Za-z][\w.-]*[A-Za-z\d]:$")
#: Physical units written glued to their number ("an MPJPE of 37.1mm", "2mm accuracy"): the
#: number ends before them, and rules.units reads them after it as it reads "37.1 mm" (recall15).
#: Not a lone "N" or "W" ("3N"), nor "m" after a whole number ("7m"): too often part of a name;
#: "m" after a decimal ("4.43m", "0.454m") is metres (one lookbehind per count of decimals: `re`
#: wants lookbehinds of one width).
_GLUED_PHYSICAL_UNIT = (r"(?:mm|cm|km|µm|nm|mN|kN|Nm|kHz|MHz|GHz|Hz|mW|kW|kbps|Mbps|Gbps"
                        r"|(?<=\.\d)m|(?<=\.\d\d)m|(?<=\.\d\d\d)m|(?<=\.\d\d\d\d)m)(?![\w/])")

#: The arrows that join a before and an after ("45.1 → 48.3", "41.0% -> 55.2%", "9.87=>15.98";
#: LaTeX's \Rightarrow is repaired to ⇒): the range reading here, and scores' pair rules.
ARROWS = ("->", "=>", "→", "⟶", "⇒")
ARROW_ALTERNATION = "|".join(re.escape(arrow) for arrow in ARROWS)

_MENTION_SOURCE = (
    rf"""
    (?<![\w.@^_\\])                                      # not inside a word, a version or pass@1
    (?:(?<=^|[\s(\[,;:=~]|[\d%]/)(?P<sign>[+\-±])\s?)?   # a sign stands apart from a name; "+23.9/+26.3" (read47)
    (?:(?P<num>{_NUMBER})(?:{_EXPONENT})?(?!\s+orders?[\s-]+of[\s-]+magnitude)
       |(?P<word_low>{_WORD})\ to\ (?P<word_high>{_WORD})(?=[\s-](?:times|fold)\b)  # "two to three times" (read75)
       |(?P<word>{_WORD}(?=[\s-](?:times|fold|GPU|hours?|days?|minutes?|seconds?|weeks?|percent)\b|-?fold\b)
                 |(?<=factor\ of\ ){_WORD}(?![\w-])                                 # "by a factor of eight" (read82)
                 |(?i:half\ a)(?=\ (?:percentage\ )?points?\b))                # "by another half a point" (recall23)
       |(?P<twice>(?i:twice|thrice|double)(?=\s+(?:as\s+(?:fast|quick|efficient)|faster  # "double the learning speed of X" (recall23)
           |the\s+(?:(?:inference|training|learning|decoding|sampling|generation|rendering|convergence)\s+)?(?:speed|throughput)
           |the\s+(?:[\w-]+\s+)?(?:success\s+rates?|accuracy|score|rewards?|returns?)\b)))  # "twice the success rate of X" (recall11)
       |(?P<orders>(?i:(?:(?:one|two|three|four|five)\s+(?:to|or)\s+)?(?:an|one|two|three|four|five|six|seven|eight|nine)|[1-9]\d?)\s+orders?[\s-]+of[\s-]+magnitude)  # "two orders of magnitude": 100x; "two to three ...": 100-1000x (read34); "an order-of-magnitude reduction" (read56); "2 orders of magnitude" (read67)
       |(?P<fraction>(?i:(?:one[\s-])?half|(?:one[\s-]|a\s)(?:third|quarter|fourth|fifth|tenth)))  # "one-third the parameters of X": 3x (recall23); "a quarter of" (read34)
        (?:(?=\s+(?:of\s+)?(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?i:parameters|params|memory|KV[\s-]cache|cost|compute|computation(?:al)?|FLOPs|time|latency|runtime)\b)
         |(?:(?<=\bby\shalf)|(?<=\bby\sabout\shalf)|(?<=\bby\sroughly\shalf)|(?<=\bby\snearly\shalf)|(?<=\bby\salmost\shalf)
            |(?<=\bby\saround\shalf)|(?<=\bby\sapproximately\shalf))(?![\w-]))  # "reduces the cost by (about) half": 2x (read44)
       |(?P<doubling>(?i:doubl(?:es|ed|ing)|halv(?:es|ed|ing)|tripl(?:es|ed|ing)))       # "doubling prefill speed": 2x; "tripling pass rates": 3x
        (?=\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:speed|throughput|FPS|memory|latency|runtime|footprint
           |inference\s+time|training\s+time|cost|FLOPs|compute|computation|errors?|[A-Z]{{2,}}[\w-]*|F_?1
           |accuracy|success\s+rates?|[\w-]+\s+rates?|time-to-[a-z]+|performance|efficiency|pass@\d+|fraction
           |precision|recall|correlations?|correctness|coverage|rewards?|returns?|scores?)\b  # "doubles the accuracy of X", "doubled pedestrians' time-to-collision" (recall16); "doubles the data efficiency" (read40); "nearly triples cross-sectional correlation" (read83)
           |\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){{1,4}}\([A-Z]{{2,}}[\w-]*\)))  # "more than doubles Change Concordance (CC)": a measure the abstract names and defines (read82)
    (?:
       (?P<u1>{_UNIT.replace("(?P<", "(?P<a_")})?
       \s?(?:{ARROW_ALTERNATION}|-\ to(?=\ \d)|-to-(?=\d)|--?|–|to(?:\ (?:only|just(?:\ (?:over|under))?|about|around|approximately|nearly|roughly|merely)|\ ?~)?|~)\s?  # a range: 5-10x, 9%-19%, 5 to 10 times, LaTeX's 60--73x; "1.48- to 1.83-fold", its hyphen suspended, and "1.28-to-1.36-fold" (read82); 45.1 → 48.3, 9.87=>15.98 (read58); "from 12.1% to only 4.3%" (read35); "from ~81% to ~90%" (read56)
       (?:(?<=to\ )[-+])?(?P<num2>{_NUMBER})    # "from -25.68 to -5.86": a level below zero keeps its sign (read64); "from -0.03 to +0.05" (read78)
       (?:(?<=(?<![\d.])10)\^\s?\{{?\(?(?P<pow_exp2>[+\-−]?\d{{1,3}})\)?\}}?)?  # "10^-4 to 10^-2": powers of ten (read77)
    )?
    (?P<plus_before_unit>\+(?=\s?(?:x(?!\w)|×|times\b)))?       # "2,000+ times": a lower bound
    (?:{_UNIT})?
    (?!(?!{_GLUED_PHYSICAL_UNIT})[\w]|\.\d|,\d{{3}})            # "37.1mm", "30Hz": a unit glued on, not a name
    """
)
_MENTION = regex.compile(_MENTION_SOURCE, regex.VERBOSE)
#: `_MENTION` for `re`, for texts all in ASCII without the separator controls \x1c-\x1f (nearly
#: every sentence): there both engines read `\w`, `\d`, `\b`, `\s` and case alike, and `re`
#: matches this pattern about twice as fast (over the first 3,000 of the mix: 42 -> 19 ms for
#: the matches at digit runs, 19 -> 8.5 ms for the scans of texts with number words). `re`
#: wants a lookbehind of one width: `(?<=^|[...])` is written `(?:^|(?<=[...]))`, the same test.
#: `re` has no timeout: the budget's backstop stays with `regex`, for the other texts.
#: Compiled with `re.ASCII`: in those texts `\w`, `\d`, `\b` and `\s` read each character as
#: Unicode's do (`\s` differs only at \x1c-\x1f), and no character of the pattern is one that
#: Unicode's case folds to an ASCII letter ("ſ", the Kelvin sign): `re` then tests a table where
#: it called Unicode's look-ups (its matches 20% faster; tests/test_fast_paths30.py).
_MENTION_ASCII = re.compile(
    _MENTION_SOURCE.replace(r"(?:(?<=^|[\s(\[,;:=~]|[\d%]/)(?P<sign>", r"(?:(?:^|(?<=[\s(\[,;:=~])|(?<=[\d%]/))(?P<sign>", 1),
    re.VERBOSE | re.ASCII)
#: Numbers from here on (and infinity) are no result anyone reports: they give no mention.
LARGEST = 1e308
#: A multiplication sign right before a bare power of ten: the scale of a value written before it.
_SCALE_NOTE_BEFORE = re.compile(r"[x×*·]\s?$")
_SHORT_TIME_FOLLOWER = re.compile(r"\s?(?:per|/|on|for|to)\b")
_SPACED_SHORT_TIME_END = re.compile(r"[),;]|\.(?!\w)")
#: A slashed tuple's member before a number, and after one: "0.71/" and "/0.90" around "0.83 to 0.82".
_SLASHED_BEFORE = re.compile(r"\d%?\s?/\s?\$?$")
_SLASHED_AFTER = re.compile(r"\s?/\s?\$?\d")
_SUFFIX_PLUS = re.compile(r"\+(?![\w])")
#: "sub-10 ms", "sub-800 ms response times": a prefix of a bound before the hyphen, not a name.
_BOUND_PREFIX = re.compile(r"(?<![\w-])[Ss]ub-$")


@dataclass
class Mention:
    text: str
    start: int
    end: int
    value: float
    value_max: float | None
    quantity: str           # plain, percent, points, ratio, scale, time, memory, rate, fraction
    unit: str | None     # the spec's unit: %, x, s, GB, MB or None
    sign: str | None     # '+', '-', '±' or None
    glued: bool             # written inside a name ("Chameleon-7B", "ResNet-50")
    plus: bool = False      # "30%+": a lower bound
    #: in points of a percentage written once after its list: "by 9.12, 11.40 and 2.05
    #: percentage points" (pipeline._share_unit; read61)
    percentage_points: bool = False

    @property
    def is_integer(self) -> bool:
        return "." not in self.text and self.value == int(self.value)


#: A size tier's patch size, as image models write it ("DiT-XL/2", "SiT-XL/2", "ViT-B/16",
#: "ViT-L/14"): the "/" and its digits are part of the model's name, no number (sysnames28,
#: factors29); after a size's scale ("4B/8B", "30M/90M") a slash joins numbers of a list.
PATCH_SIZE = r"(?:(?<=-[SBLHGg])|(?<=-XL)|(?<=-Ti)|(?<=-bigG))/\d{1,2}(?![\w/]|\.\d)"
_PATCH_SIZE = re.compile(PATCH_SIZE)
#: (a superscript is part of its name: "NeRF^2", "MemR^3", read54)
#: (a letter of any script: "Ψ_0" is a name, as "pi_0" is; read69)
_WORD_WITH_LETTERS = re.compile(rf"[\w@.^-]*(?:[^\W\d_]|@)[\w@.^-]*(?:{PATCH_SIZE})?")
_DIGIT = re.compile(r"\d")


def has_number(text: str) -> bool:
    """Whether `text` writes a number; digits inside words ("pass@1", "256x256", "ETTh1")
    do not count.

    >>> has_number("FID and 285.1 IS on"), has_number(" improvement in pass@1 on "), has_number("ImageNet 512x512")
    (True, False, False)
    """
    return bool(_DIGIT.search(_WORD_WITH_LETTERS.sub(" ", text)))


def _worded_factor(g) -> str | None:
    """The factor a worded one states, as a number word: 'two orders of magnitude' -> '100',
    'an order of magnitude' -> '10'; 'doubling', 'halves' -> '2', 'tripling' -> '3' (halving a cost is a 2x
    reduction, as '2x lower memory' is: docs/claims-spec.md); 'one-third' (of a cost) -> '3'.
    `g`: the match's groups."""
    if g.orders:
        first = g.orders.split()[0].lower()
        return str(10 ** (int(first) if first.isdigit() else WORD_NUMBERS.get(first, 1)))
    if g.fraction:
        return str(FRACTIONS[g.fraction.lower().replace("-", " ").split()[-1]])
    if g.doubling:
        return "3" if g.doubling[:5].lower() == "tripl" else "2"
    return None


def _orders_max(orders: str) -> float | None:
    """The upper end of a worded range of orders of magnitude: 'two to three orders of
    magnitude' -> 1000 (`_worded_factor` gives the lower end); none for a single order."""
    words = orders.lower().split()
    return float(10 ** WORD_NUMBERS[words[2]]) if words[1] in ("to", "or") else None


def parse_number(text: str) -> float:
    """'1,300' -> 1300.0, '.5' -> 0.5, 'four' -> 4.0.

    >>> parse_number("1,300"), parse_number(".5"), parse_number("Four")
    (1300.0, 0.5, 4.0)
    """
    lowered = text.lower()
    if lowered in WORD_NUMBERS:
        return float(WORD_NUMBERS[lowered])
    tens, _, unit = lowered.replace("-", " ").partition(" ")
    if tens in WORD_NUMBERS and unit in WORD_NUMBERS:
        return float(WORD_NUMBERS[tens] + WORD_NUMBERS[unit])  # "seventy six", "forty-three"
    return float(text.replace(",", ""))


_LEADING_NUMBER = re.compile(_NUMBER)


def unit_scale(mention: Mention) -> float:
    """What the number written at the start of `mention` was multiplied by to be in the spec's
    unit: 60 for "36 minutes", 3,600 for "3 hours", 1 for "0.5 s" or "4.3%" (and for a text that
    opens with no digit). The unit written once after a list or a pair gives the numbers before
    it this scale too ("3 and 5 hours", "from 269 to 36 minutes").

    >>> [unit_scale(m) for m in find_mentions("3 hours, 36 minutes, 0.5 s and 4.3%")]
    [3600.0, 60.0, 1.0, 1.0]
    """
    written = _LEADING_NUMBER.match(mention.text)
    number = parse_number(written.group()) if written else 0.0
    return mention.value / number if number else 1.0


def _quantity(g) -> tuple[str, str | None, float]:
    """(quantity, unit, multiplier) from the unit groups of a mention match (`_groups_of`)."""
    if g.u_percent or g.a_u_percent:
        return "percent", "%", 1.0
    if g.u_points:
        return "points", None, 1.0
    if g.u_ratio or g.a_u_ratio:
        return "ratio", "x", 1.0
    if g.u_memory:
        if g.mem_bytes:
            # in MB as KB is: "512 bytes" is 0.000512 MB; not before "bytes per" a unit in its
            # clause ("from 16 bytes to 7 bytes per parameter"), a density (read83)
            return "memory", "MB", 1e-6
        mem = g.mem.upper().replace("I", "")
        if mem == "TB":
            return "memory", "GB", 1000.0
        if mem == "KB":
            # outside the spec's units, and in MB as the labels write it ("a 192 KB state" is
            # 0.192 MB; decided in round 59), as TB is in GB
            return "memory", "MB", 0.001
        return "memory", mem, 1.0
    if g.u_rate:
        return "rate", None, 1.0
    if g.u_time:
        unit = (g.tu or g.tu_short).lower()
        unit = unit[:-1] if unit.endswith("s") and unit not in ("s", "ms", "µs", "us", "ns", "ps") else unit
        unit = {"sec": "s", "secs": "s", "min": "min", "mins": "min", "hr": "h", "hrs": "h"}.get(unit, unit)
        # "30K A100 GPU-hours": thousands of GPU hours (read76)
        return "time", "s", SECONDS[unit] * (1000.0 if g.tk else 1.0)
    if g.u_scale:
        return "scale", None, SCALES[g.sc or g.sc_spaced or g.scw or g.scb]
    return "plain", None, 1.0


_UNIT_KINDS = ("percent", "points", "ratio", "memory", "db", "rate", "time", "scale")


def _unit_kind(g, prefix: str) -> str | None:
    """Which of `_UNIT`'s units a match's groups hold, after `prefix` ("u_" for the unit after
    the number, "a_u_" for the one after a range's first number); None for no unit."""
    return next((kind for kind in _UNIT_KINDS if getattr(g, prefix + kind)), None)


def _first_multiplier(g, multiplier: float) -> float:
    """'125M to 1.3B': the first number of a range may carry its own scale."""
    scale = g.a_sc or g.a_scw or g.a_scb
    return SCALES[scale] if scale else multiplier


@cache
def _groups_type() -> type:
    index = _MENTION.groupindex
    if len(index) != _MENTION.groups:
        raise ValueError("every group of the mention pattern is named: they are read by name")
    return namedtuple("MentionGroups", sorted(index, key=index.get))


def _groups_of(match: regex.Match):
    """A `_MENTION` match's groups as a tuple whose fields are the groups' names. A mention
    reads 20-30 groups; the `regex` module looks each name up at about 0.3 us (21 names:
    7 us, the same groups by number 0.5 us), so they are taken at once by number
    (`match.groups()`, 0.2 us) and named by the tuple."""
    return _groups_type()._make(match.groups())


#: `\d+`, written to open with the class: `re` scans for the opening class of a pattern
#: with a tight loop, but tries a pattern that opens with a repeat (`\d+`) at every
#: position, its whole matcher each time (runs are the same: `\d\d*` is `\d+`).
_DIGIT_RUN = re.compile(r"\d\d*")
#: `_DIGIT_RUN` for a text all in ASCII, where `\d` is [0-9]: a set test a character in
#: place of Unicode's digit look-up (a quarter less time over the mix's sentences).
_ASCII_DIGIT_RUN = re.compile(r"[0-9][0-9]*")


def writes_digit(text: str) -> bool:
    r"""Whether `text` holds a digit (`\d`). In a text all in ASCII, `\d` is [0-9]: ten
    substring tests, each a `memchr` over the text, where `re`'s search tested the class at
    every character (0.070 -> 0.005 s over the 26,420 abstracts and sentences of the mix's
    first 3,000; most sentences hold no digit and were read to their end)."""
    if text.isascii():
        return ("0" in text or "1" in text or "2" in text or "3" in text or "4" in text
                or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text)
    return _DIGIT_RUN.search(text) is not None

#: What the lookaheads of the number words and of "twice" need: without any of these
#: words in the text, a mention starts at a digit or at the sign or point before it.
#: (Substring tests, and one pattern for the words written in any case: an alternation
#: of them all makes the regex module try every position.)
_WORD_CUES = ("times", "fold", "GPU", "hour", "day", "minute", "second", "week", "percent", "agnitude", "oubl", "alv", "OUBL", "ALV",
              "ripl", "RIPL", "half", "third", "quarter", "fourth", "fifth", "tenth", "factor of")
_TWICE = AnyWord("twice", "thrice")


def _may_write_number_word(text: str) -> bool:
    # "twice"/"thrice" asked as words (`AnyWord`): as a pattern without case, tried at every
    # position, they were 10% of `find_mentions` (8,000 sentences of the mix under callgrind:
    # 1,612 -> 1,459 million instructions). The cues, `_WORD_CUES` in order, are one `or` of
    # substring tests: `any` over a generator cost a quarter more than the tests themselves.
    return ("times" in text or "fold" in text or "GPU" in text or "hour" in text or "day" in text
            or "minute" in text or "second" in text or "week" in text or "percent" in text or "agnitude" in text
            or "oubl" in text or "alv" in text or "OUBL" in text or "ALV" in text or "ripl" in text or "RIPL" in text
            or "half" in text or "third" in text or "quarter" in text or "fourth" in text or "fifth" in text
            or "tenth" in text or "factor of" in text
            or _TWICE.holds(text))


#: The ASCII characters of `_MENTION`'s opening lookbehind, `(?<![\w.@^_\\])`: a match cannot
#: start right after one ("ResNet50", "v1.5", "pass@1"), so the pattern is not tried there
#: (a quarter of the digit runs of the mix; each failed try, timeout and all, about 2 us).
_NOT_BEFORE_A_MENTION = frozenset(string.ascii_letters + string.digits + "_.@^\\")


#: Where a number word of `_MENTION` can begin in a text all in ASCII, lower-cased (where `(?i)`
#: reads no other letter): each word of its `word`, `twice` and `doubling` branches, or the
#: start of one, as a tree of literal letters, after a character that is no word character
#: (the opening lookbehind, or a sign and `\s?`, stands before every such word). `re` scans
#: for the separator's class at C speed and tries a branch only where its first letter is.
_LOWER_MENTION_WORD = literal_tree(MENTION_WORD_STARTS)
_LOWER_MENTION_WORD_FIRST = re.compile(_LOWER_MENTION_WORD)
_LOWER_MENTION_WORD_AFTER_SEPARATOR = re.compile(rf"[^a-z0-9_](?={_LOWER_MENTION_WORD})")


def _mention_matches(text: str, pos: int, endpos: int, timeout: float | None) -> Iterator[regex.Match]:
    """The matches of `_MENTION.finditer(text, pos, endpos)`. Tried at every position,
    the pattern's number words cost more than the digits, so it is tried only where a
    match can start: at the start of a run of digits (a digit after a word character
    fails the pattern's lookbehind) and at a sign or point up to three characters before
    it ("+ .5"); in a text that may write a number word (`_may_write_number_word`), all in
    ASCII, also at the start of a number word and at a sign up to two characters before it
    ("+ two times"). Such a text beyond ASCII is scanned whole."""
    # The tests read only the searched window (and the few characters the opening lookbehind
    # sees before it): a glued range's inner search ("Llama-2-70B") is a window of a long text,
    # and reading the whole text for each made "1-2-3-..." quadratic (20,000 characters: 2 s).
    window = text if pos == 0 and endpos == len(text) else text[max(pos - 8, 0):endpos]
    ascii = engines_agree(window)
    worded = _may_write_number_word(window)
    if worded and ascii:
        if "order" in window and "agnitude" in window:
            # "an order of magnitude": its first word, "an", is too common to try at each use
            yield from _MENTION_ASCII.finditer(text, pos, endpos)
            return
        after_last = pos
        for start in _ascii_mention_starts(text, window, pos, endpos):
            if start >= after_last and not (start and text[start - 1] in _NOT_BEFORE_A_MENTION):
                match = _MENTION_ASCII.match(text, start, endpos)
                if match:
                    after_last = match.end()
                    yield match
        return
    if worded:
        yield from _MENTION.finditer(text, pos, endpos, timeout=timeout)
        return
    after_last = pos
    for run in (_ASCII_DIGIT_RUN if ascii else _DIGIT_RUN).finditer(text, pos, endpos):
        at = run.start()
        for start in range(max(at - 3, after_last), at + 1):
            if (start == at or text[start] in "+-±.") and not (start and text[start - 1] in _NOT_BEFORE_A_MENTION):
                match = (_MENTION_ASCII.match(text, start, endpos) if ascii
                         else _MENTION.match(text, start, endpos, timeout=timeout))
                if match:
                    after_last = match.end()
                    yield match
                    break


def _ascii_mention_starts(text: str, window: str, pos: int, endpos: int) -> list[int]:
    """Every position from `pos` where a match of `_MENTION` can start in a text all in
    ASCII without "orders of magnitude" (`window`, the text up to `endpos` from at most 8
    characters before `pos`), in order: a digit run's start and the sign or point up to
    three characters before it; a number word's start and the sign up to two before it."""
    starts = []
    for run in _ASCII_DIGIT_RUN.finditer(text, pos, endpos):
        at = run.start()
        starts.extend(start for start in range(max(at - 3, pos), at + 1) if start == at or text[start] in "+-±.")
    lowered = window.lower()  # as long as the window: ASCII
    window_start = endpos - len(window)
    words = [window_start + separator.end() for separator in _LOWER_MENTION_WORD_AFTER_SEPARATOR.finditer(lowered)]
    if window_start == 0 and _LOWER_MENTION_WORD_FIRST.match(lowered):
        words.append(0)  # at the text's start, where nothing stands before the word
    if not words:
        return starts
    for at in words:
        starts.extend(start for start in range(max(at - 2, pos), at + 1) if start == at or text[start] in "+-")
    return sorted(set(starts))


#: What joins the parts of one duration: "12 mins 47 secs", "3 hours and 20 minutes", "2h 30min"
#: (a comma lists durations: "40 ms, 20 ms and 10 ms").
_DURATION_JOIN = re.compile(r"\s*(?:and\s+)?")
_NOT_UNIT_LETTERS = re.compile(r"[^a-zµ]")


def find_mentions(text: str, pos: int = 0, endpos: int | None = None, timeout: float | None = None) -> Iterator[Mention]:
    """The numbers of `text[pos:endpos]` with their values, units and structure. A duration
    written in parts, the larger unit first ("12 mins 47 secs", "3 hours 20 minutes"), is
    one mention of their sum (read41); "between A and B" is one range (read44)."""
    mentions = _summed_durations(text, pos, endpos, timeout)
    if "between" in text:
        mentions = _between_ranges(text, mentions)
    if "±" in text:
        mentions = _ranges_past_spreads(text, mentions)
    if "x" in text and (sizes := _expert_sizes(text, pos, len(text) if endpos is None else endpos)):
        mentions = _in_text_order(mentions, sizes)
    if "sub-" in text:
        mentions = _with_sub_unit_bounds(text, mentions, pos, len(text) if endpos is None else endpos)
    return mentions


#: A bound written as a prefix on a unit of time, no digit: "sub-second latency",
#: "sub-millisecond inference" (the spec's bounds: a claim at the bound, 1 s and 0.001 s; eight
#: labels across the read sets write them so).
SUB_UNIT = re.compile(r"(?<![\w-])[Ss]ub-(?P<unit>second|millisecond|microsecond)(?![\w-])")


def _with_sub_unit_bounds(text: str, mentions: Iterator[Mention], pos: int, endpos: int) -> Iterator[Mention]:
    """`mentions`, with a mention of each "sub-<unit of time>" of `text[pos:endpos]` in its place
    in the text's order (a time valued at the unit, the bound)."""
    bounds = [Mention(text=m.group(), start=m.start(), end=m.end(), value=float(SECONDS[m.group("unit")]), value_max=None,
                      quantity="time", unit="s", sign=None, glued=False)
              for m in SUB_UNIT.finditer(text, pos, endpos)]
    return _in_text_order(mentions, bounds)


def _in_text_order(mentions: Iterator[Mention], more: list[Mention]) -> Iterator[Mention]:
    """`mentions` and `more` (each in the text's order, none overlapping) as one run in that order."""
    for mention in mentions:
        while more and more[0].start < mention.start:
            yield more.pop(0)
        yield mention
    yield from more


def _between_ranges(text: str, mentions: Iterator[Mention]) -> Iterator[Mention]:
    """'speedup ratios between 1.84x and 2.00x', 'accuracy between 81% and 85%': two numbers of
    one kind after "between", joined by "and", the smaller first, are one range, its text "A and B"
    (as "A to B" is one), as the labels write it (holdout58)."""
    before = None
    for mention in mentions:
        if before is not None and mention.value_max is None and before.value_max is None \
                and mention.quantity == before.quantity and mention.unit == before.unit \
                and not mention.sign and not before.sign and not mention.glued and not before.glued \
                and before.value < mention.value and _RANGE_AND.fullmatch(text, before.end, mention.start) \
                and _BETWEEN_BEFORE.search(text, max(0, before.start - 12), before.start):
            yield Mention(text=text[before.start:mention.end], start=before.start, end=mention.end, value=before.value,
                          value_max=mention.value, quantity=mention.quantity, unit=mention.unit, sign=None, glued=False)
            before = None
            continue
        if before is not None:
            yield before
        before = mention
    if before is not None:
        yield before


#: A mixture of experts' size in a name, "N x M": "Mixtral-8x7B", "Mixtral 8x22b" (the number reader
#: takes no "WxH" for a number: a resolution or a kernel).
#: (The match starts at the "x", so a text's scan is a scan for one letter; the count of experts and
#: the name before it are read back from there: `_EXPERTS_BEFORE`, `_NAME_BEFORE_EXPERTS`.)
_EXPERT_SIZE = re.compile(r"x(?P<size>\d+(?:\.\d+)?)(?P<scale>[BbM])(?!\w|\.\d)")
_EXPERTS_BEFORE = re.compile(r"(?<=[-\s])[1-9]\d?$")
#: The name right before a mixture of experts' size, and what joins them: "Mixtral-", "Mixtral ".
_NAME_BEFORE_EXPERTS = re.compile(r"(?<![\w.-])(?P<name>[A-Za-z][\w.]*)(?P<apart>[-\s])$")


def _expert_sizes(text: str, pos: int, endpos: int) -> list[Mention]:
    """A mention of each mixture of experts' "N x M" size of `text[pos:endpos]`: the size the name
    states, N times M ("Mixtral 8x7B": 56B; the claims-spec, holdout12's label)."""
    sizes = []
    for m in _EXPERT_SIZE.finditer(text, pos, endpos):
        experts = _EXPERTS_BEFORE.search(text, max(0, m.start() - 3), m.start())
        if experts is None or experts.start() < pos:
            continue
        name = _NAME_BEFORE_EXPERTS.search(text, max(0, experts.start() - 40), experts.start())
        # (after a hyphen, or a capitalised name: "Mixtral 8x7B", not "a 2x4B")
        if name and (name.group("apart") == "-" or name.group("name")[0].isupper()):
            sizes.append(Mention(text=text[experts.start():m.end()], start=experts.start(), end=m.end(),
                                 value=int(experts.group()) * float(m.group("size")) * SCALES[m.group("scale")],
                                 value_max=None, quantity="scale", unit=None, sign=None, glued=name.group("apart") == "-"))
    return sizes


def _ranges_past_spreads(text: str, mentions: Iterator[Mention]) -> Iterator[Mention]:
    """'from 0.3878 ± 0.0098 to 0.7086 ± 0.0104': a pair "from A to B" whose first number has its
    spread written after it is one range A to B, as "from 0.3878 to 0.7086" is (read81); the
    spread between is dropped, the second number's stays a mention of its own (a spread, which
    the pipeline leaves out)."""
    held: list[Mention] = []
    for mention in mentions:
        held.append(mention)
        if len(held) < 3:
            continue
        low, spread, high = held[-3:]
        if spread.sign == "±" and not low.sign and not high.sign and low.value_max is None and high.value_max is None \
                and spread.value_max is None and low.quantity == high.quantity and low.unit == high.unit \
                and not low.glued and not high.glued and not text[low.end:spread.start].strip() \
                and _RANGE_TO.fullmatch(text, spread.end, high.start) \
                and _FROM_BEFORE.search(text, max(0, low.start - 8), low.start):
            held[-3:] = [Mention(text=text[low.start:high.end], start=low.start, end=high.end, value=low.value,
                                 value_max=high.value, quantity=low.quantity, unit=low.unit, sign=None, glued=False)]
        while len(held) > 2:
            yield held.pop(0)
    yield from held


_RANGE_TO = re.compile(r"\s*(?:%\s*)?to\s+")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_RANGE_AND = re.compile(r"\s+and\s+")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$")


def _summed_durations(text: str, pos: int, endpos: int | None, timeout: float | None) -> Iterator[Mention]:
    """`_find_mentions`, a duration written in parts given as one mention of their sum."""
    pending = None
    for mention in _find_mentions(text, pos, endpos, timeout):
        if pending is not None:
            if (mention.quantity == "time" and mention.value_max is None and not mention.sign
                    and mention.value < pending.value
                    and _DURATION_JOIN.fullmatch(text, pending.end, mention.start)
                    and _NOT_UNIT_LETTERS.sub("", pending.text) != _NOT_UNIT_LETTERS.sub("", mention.text)
                    and "respectively" not in text[mention.end:mention.end + 60]):
                mention = Mention(text=text[pending.start:mention.end], start=pending.start, end=mention.end,
                                  value=round(pending.value + mention.value, 12), value_max=None, quantity="time",
                                  unit=pending.unit, sign=pending.sign, glued=False)
            else:
                yield pending
            pending = None
        if mention.quantity == "time" and mention.value_max is None and not mention.glued:
            pending = mention
        else:
            yield mention
    if pending is not None:
        yield pending


def _find_mentions(text: str, pos: int = 0, endpos: int | None = None, timeout: float | None = None) -> Iterator[Mention]:
    endpos = len(text) if endpos is None else endpos
    for match in _mention_matches(text, pos, endpos, timeout):
        g = _groups_of(match)
        raw = g.num or g.word or g.word_low or g.twice or _worded_factor(g)
        worded = g.twice or g.orders or g.doubling
        quantity, unit, multiplier = ("ratio", "x", 1.0) if worded else ("fraction", "x", 1.0) if g.fraction else _quantity(g)
        if (quantity == "time" and g.tu_short and "." not in raw and not g.num2
                and not _SHORT_TIME_FOLLOWER.match(text, match.end(), match.end() + 5)
                and not (g.u_time[:1].isspace() and _SPACED_SHORT_TIME_END.match(text, match.end(), match.end() + 2))):
            # "8s" or "24h" without a decimal is too often a name ("the 1990s", "24h split"); one
            # written apart and closing its phrase is a time ("(mean 4 s)": read61)
            quantity, unit, multiplier = "plain", None, 1.0
        start = match.start()
        glued = not g.sign and (
            (start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum()
             and not _BOUND_PREFIX.search(text, max(start - 6, 0), start))  # "sub-10 ms" is no name
            or (start >= 1 and text[start - 1] == "/" and _PATCH_SIZE.match(text, start - 1) is not None)  # "ViT-B/16"
            # "gemma4:26b": a size after a runtime's tag colon is the name's (read81)
            or (g.sc and start >= 2 and text[start - 1] == ":" and _TAG_BEFORE.search(text, max(0, start - 40), start) is not None))
        if glued and g.num2 and " " in text[match.end("num"):match.start("num2")]:
            # "from 41.2% with CodeLlama-7B to 58.9%": a size ending a name, then the pair's second
            # number; a range is not written from inside a name with words (read67). A number
            # glued without a scale ("GPT-Image-2") is the name's version, no mention
            if g.a_sc or g.a_scw or g.a_scb:
                yield from find_mentions(text, start, match.end("u1"), timeout)
            yield from find_mentions(text, match.start("num2"), match.end(), timeout)
            continue
        if g.sign == "±" and g.num2:
            # "from 0.3878 ± 0.0098 to 0.7086": a spread, then the pair's second number; no range
            # runs from a number's error bar (read81)
            yield from find_mentions(text, start, match.end("u1") if g.u1 else match.end("num"), timeout)
            yield from find_mentions(text, match.start("num2"), match.end(), timeout)
            continue
        if glued and g.num2:
            # "Llama-2-70B" is not a range 2-70B: the size is the last part of a name;
            # in "UltraLong-8B-1M-Instruct" the first part has its scale: it is the size
            first_scaled = g.a_sc or g.a_scw or g.a_scb
            inner = _MENTION.match(text, match.start("num"), match.end("u1")) if first_scaled else \
                _MENTION.match(text, match.start("num2"), endpos)
            if inner:
                yield from find_mentions(text, inner.start(), inner.end(), timeout)
            continue
        if g.num2 and _SLASHED_BEFORE.search(text, max(0, start - 4), start) and _SLASHED_AFTER.match(text, match.end()):
            # "from 87.99/74.99% to 90.88/76.36%": the last member of one slashed tuple, then the
            # first of the next: two numbers, no range (read71)
            yield from find_mentions(text, start, match.start("num2"), timeout)
            yield from find_mentions(text, match.start("num2"), match.end(), timeout)
            continue
        if g.u1 and g.num2 and _unit_kind(g, "u_") != _unit_kind(g, "a_u_") and (
                _unit_kind(g, "u_") is not None or g.a_u_scale):
            # "from 61.2% at 1B to 70.4%", "from 0.224 at 135M to 0.707": "1B to 70.4%" and
            # "135M to 0.707" join a size and a score, no range (read43)
            yield from find_mentions(text, start, match.end("u1"), timeout)
            yield from find_mentions(text, match.start("num2"), match.end(), timeout)
            continue
        if (g.sc == "b" or g.a_sc == "b") and not glued and not (
                _LOWER_B_SIZE_AFTER.match(text, match.end()) or _LOWER_B_SIZE_BEFORE.search(text, max(0, start - 12), start)):
            # a lower-case "b" is a size at the end of a name ("LLaVA-1.5-7b"), before a model's noun
            # ("a 14b model") or in a list of such sizes ("qwen2.5 7b/3b", read66); else "Figure 3b"
            continue
        exponent = g.exp or g.e_exp or g.pow_exp
        if g.pow_exp and _SCALE_NOTE_BEFORE.search(text, max(0, match.start() - 3), match.start()):
            # "6.42 (x10^-3)": the scale a value is written in, read as before the power of ten was
            # (its two numbers keep "6.42" and a later number apart, as list members)
            yield from find_mentions(text, match.start(), match.start() + 2, timeout)
            yield from find_mentions(text, match.start("pow_exp"), match.end("pow_exp"), timeout)
            continue
        if exponent:
            mantissa = 1.0 if g.pow_exp else parse_number(raw)  # "10^-4" is 1e-4
            value = float(f"{mantissa}e{exponent.replace('−', '-')}")
            if not value < LARGEST:
                continue
            # "errors of 10^-4 to 10^-2": a range of powers of ten, its second written as the first
            value_max = float(f"1e{g.pow_exp2.replace('−', '-')}") if g.pow_exp and g.pow_exp2 else None
            yield Mention(text=match.group(), start=match.start(), end=match.end(), value=value, value_max=value_max,
                          quantity=quantity, unit=unit, sign=g.sign, glued=False)
            continue
        value = parse_number(raw) * _first_multiplier(g, multiplier)
        value_max = (parse_number(g.num2) * multiplier if g.num2 else _orders_max(g.orders) if g.orders
                     else parse_number(g.word_high) if g.word_high else None)
        if not (value < LARGEST and (value_max is None or value_max < LARGEST)):
            continue  # a 400-digit run is no result, and no float holds it (nor int(value))
        end = match.end()
        plus = bool(_SUFFIX_PLUS.match(text, end)) and quantity in ("percent", "ratio")
        if g.u_percent and g.u_percent.endswith("+") or g.plus_before_unit:
            plus = True
        yield Mention(
            text=match.group(), start=start, end=end, value=round(value, 12),
            value_max=round(value_max, 12) if value_max is not None else None,
            quantity=quantity, unit=unit, sign=g.sign, glued=glued, plus=plus,
        )
