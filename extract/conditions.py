"""Settings that make rows comparable: a claim's `condition`.

Two numbers on one board are comparable only under the same setting: an FP16 reference
and a W4A4 result, a one-step and a 50-step sampler, a score with and without
classifier-free guidance, zero-shot and fine-tuned. Each setting is written in one short
canonical form, so a board can split rows by it ("W4A4", "1 step", "NFE=4", "CFG 1.5",
"without CFG", "512x512", "with extra data", "pre-trained on JFT-300M", "5-shot").

>>> def settings_of(sentence, number):
...     return settings_between(find_settings(sentence), comparator_spans(sentence), 0, sentence.index(number), len(sentence))
>>> settings_of("With only 1 step, DD reaches an FID of 2.1 on ImageNet in W4A4", "2.1")
['W4A4', '1 step']
>>> settings_of("The one-step student distilled from SDXL attains 0.71 without classifier-free guidance", "0.71")
['1 step', 'without CFG']
>>> settings_of("A 4-bit Llama reaches a perplexity of 5.9", "5.9")
['4-bit']
>>> settings_of("Under 400k training steps, it reaches 71.2 at 512x512 resolution, 5-shot", "71.2")
['512x512', '5-shot']
>>> settings_of("Pre-trained on JFT-300M, ViT-H reaches 88.1 top-1 accuracy with CFG scale of 1.5", "88.1")
['CFG 1.5', 'pre-trained on JFT-300M']
>>> settings_of("With 4 steps it is 3.1x faster than the FP16 model with 50 steps", "3.1")
['4 steps']

A change of setting ("from 256 steps to 1", or the host's "10-step generation" then the
method's "one-step generation") gives the new side to the numbers of the clause, and the
old side to the first number of a "from A to B" pair (`before=True`):

>>> s = "For X, M cuts sampling from 256 steps to 1, with FID going from 4.1 to 9.9"
>>> settings_of(s, "9.9"), settings_between(find_settings(s), [], 0, s.index("4.1"), len(s), before=True)
(['1 step'], ['256 steps'])
"""
from __future__ import annotations

from dataclasses import dataclass

from extract.deferred import ascii_twin, engines_agree, re
from extract.words import AnyWord

_NUMBER_WORDS = {"one": "1", "single": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                 "seven": "7", "eight": "8", "nine": "9", "ten": "10"}
_COUNT_WORD = r"\d+|one|single|two|three|four|five|six|seven|eight|nine|ten"
_COUNT = rf"(?P<count>{_COUNT_WORD})"

#: Number formats and bit-widths: "W4A4", "W4A16KV4", "FP16", "BF16", "INT8", "4-bit", "8 bits".
_PRECISION = re.compile(
    r"(?<![\w-])(?P<format>W\d+A\d+(?:KV\d+)?|(?:FP|BF|INT|MXFP|NF)\d+)(?![\w])"
    r"|(?<![\w.-])(?P<bits>\d+|one|two|three|four|eight)[- ]bits?(?![\w-])")
#: What a match of `_PRECISION` holds: a format's letters (`_PRECISION_LETTERS`, a pattern `re`
#: scans for by its first letters at C speed) or "bit" in any case (`_BIT`); one pattern of
#: both, `(?i:bit)` among them, was tried at every position (3x the time).
_PRECISION_LETTERS = re.compile(r"FP|BF|INT|MXFP|NF\d|W\d")
_BIT = AnyWord("bit")
#: Sampling steps: "1 step", "one-step", "10 sampling steps", "NFE=4", "4 NFEs"; not training steps.
_STEPS = re.compile(
    rf"(?<![\w.,-]){_COUNT}[- ](?:sampling[- ]|denoising[- ]|inference[- ]|generation[- ])?steps?(?![\w-]|\s+(?:of\s+)?(?:training|optimi[sz]ation|fine-tuning|RL|updates))"
    r"|\bNFEs?\s*=\s*(?P<nfe>\d+)|(?<![\w.-])(?P<nfes>\d+)\s+NFEs?\b")
#: A change of step count: "from 256 steps to 1", "from 50 to 4 sampling steps".
_STEP_CHANGE = re.compile(
    rf"(?i)\bfrom\s+(?P<old>{_COUNT_WORD})(?P<unit>[- ](?:sampling[- ]|denoising[- ]|inference[- ]|generation[- ])?steps?)?"
    rf"\s+(?:down\s+)?to\s+(?P<new>{_COUNT_WORD})(?(unit)(?:\s+steps?)?|\s+(?:sampling\s+|denoising\s+)?steps?)(?![\w-])")
_CFG = re.compile(
    r"(?i)\b(?P<without>without|w/o|no)\s+(?:classifier-free\s+guidance|CFG|guidance)\b|"
    r"\b(?:with|w/)\s+(?:classifier-free\s+guidance|CFG)(?:\s+(?:scale\s+)?(?:of\s+)?(?P<scale>\d+(?:\.\d+)?))?"
    r"|\bCFG\s*(?:scale\s*)?=\s*(?P<eq>\d+(?:\.\d+)?)")
#: A resolution said as the setting of a result ("at 512x512", "at 1024 resolution").
_RESOLUTION = re.compile(
    r"\b(?i:at|in|under)\s+(?:a\s+)?(?:resolution\s+(?:of\s+)?)?(?P<w>\d{2,4})\s?[x×]\s?(?P<h>\d{2,4})(?![\w.])"
    r"|\b(?i:at|in)\s+(?P<side>\d{3,4})(?:px|p)?\s+resolution\b")
#: What every match of `_RESOLUTION` holds: "resolution" (its second branch) or two digits
#: around an x (its first), tested first; the scan tried every "at" and "in" of a sentence,
#: 6 us a sentence, and 1 sentence in 60 holds either.
_BY = re.compile(r"\d\s?[x×]\s?\d")
#: Extra training data: "with extra data", "without extra training data", "pre-trained on JFT-300M".
_EXTRA_DATA = re.compile(
    r"(?i)\b(?P<with>with|without|w/o|no)\s+(?:any\s+)?(?:extra|external|additional)\s+(?:training\s+)?data\b"
    r"|\bpre-?trained\s+on\s+(?P<data>(?-i:JFT|IG|LAION|ImageNet-21[Kk]|Instagram|YFCC)[\w.-]*)")
#: The setting of what a number is compared with is not its own: "3.2x faster than FP16",
#: "0.35 lower than the FP16 model", "with 4 steps compared with 50 steps".
#: Written to open with a class of the words' first letters, outside `(?i)` (`re` scans for a
#: class only when its letters are read as written), the word start tested after it and each
#: word's rest after its letter: `\b` first gave `re` nothing to scan for, so it ran its whole
#: matcher at every position. Its first form (tests/test_fast_paths12.py runs the two side by side):
#: `(?i)\b(?:than|over|against|versus|vs\.?|relative\s+to|compared\s+(?:to|with))\s+...`.
_COMPARATOR = re.compile(
    r"(?i)(?-i:[TtOoAaVvRrCc])(?<!\w.)(?:(?<=[Tt])han|(?<=[Oo])ver|(?<=[Aa])gainst|(?<=[Vv])ersus|(?<=[Vv])s\.?"
    r"|(?<=[Rr])elative\s+to|(?<=[Cc])ompared\s+(?:to|with))\s+[^,;]*?(?=\s+by\b|,|;|$)")
#: `_COMPARATOR` for a sentence where `engines_agree` (tests/test_fast_paths31.py).
_COMPARATOR_ASCII = ascii_twin(_COMPARATOR)
_SHOT = re.compile(r"(?i)(?<![\w-])(zero-shot|few-shot|one-shot|\d+-shot|linear[- ]probing)(?![\w-])")


@dataclass(frozen=True)
class Setting:
    start: int
    end: int
    order: int     # the family's place in a condition: precision, steps, CFG, resolution, data, shots
    text: str      # the canonical form
    cfg: bool = False


def find_settings(sentence: str, datasets: tuple[str, ...] = ()) -> list[Setting]:
    """Every setting written in a sentence, with its span (found once per sentence; each
    claim then takes those of its own clause, see `settings_between`). A resolution that
    is part of a benchmark's name (`datasets`: "ImageNet 256x256") is not a setting."""
    out: list[Setting] = []
    # each family is searched only where a word it needs is written (most sentences have none)
    lowered = sentence.lower()
    may_be_precision = _PRECISION_LETTERS.search(sentence) or _BIT.holds(sentence, lowered)
    for match in (_PRECISION.finditer(sentence) if may_be_precision else ()):
        bits = match.group("bits")
        out.append(Setting(match.start(), match.end(), 0, match.group("format") or f"{_NUMBER_WORDS.get(bits, bits)}-bit"))
    changes = list(_STEP_CHANGE.finditer(sentence)) if "step" in lowered else []
    for change in changes:
        for side in ("old", "new"):
            count = _NUMBER_WORDS.get(change.group(side).lower(), change.group(side))
            out.append(Setting(change.start(side), change.end(side), 1, f"{count} step" if count == "1" else f"{count} steps"))
    for match in (_STEPS.finditer(sentence) if "step" in lowered or "nfe" in lowered else ()):
        if any(c.start() <= match.start() < c.end() for c in changes):
            continue  # read as a change above
        if match.group("nfe") or match.group("nfes"):
            text = f"NFE={match.group('nfe') or match.group('nfes')}"
        else:
            count = _NUMBER_WORDS.get(match.group("count").lower(), match.group("count"))
            text = f"{count} step" if count == "1" else f"{count} steps"
        out.append(Setting(match.start(), match.end(), 1, text))
    for match in (_CFG.finditer(sentence) if "cfg" in lowered or "guidance" in lowered else ()):
        scale = match.group("scale") or match.group("eq")
        text = "without CFG" if match.group("without") else (f"CFG {scale}" if scale else "with CFG")
        out.append(Setting(match.start(), match.end(), 2, text, cfg=True))
    for match in (_RESOLUTION.finditer(sentence) if "resolution" in sentence or _BY.search(sentence) else ()):
        side = match.group("side")
        resolution = f"{side}x{side}" if side else f"{match.group('w')}x{match.group('h')}"
        if not any(name.endswith(resolution) for name in datasets):
            out.append(Setting(match.start(), match.end(), 3, resolution))
    for match in (_EXTRA_DATA.finditer(sentence) if "data" in lowered or "trained on" in lowered else ()):
        if match.group("data"):
            text = f"pre-trained on {match.group('data')}"
        else:
            text = "with extra data" if match.group("with").lower() == "with" else "without extra data"
        out.append(Setting(match.start(), match.end(), 4, text))
    for match in (_SHOT.finditer(sentence) if "shot" in lowered or "prob" in lowered else ()):
        out.append(Setting(match.start(), match.end(), 5, match.group(1).lower().replace(" ", "-")))
    return out


def comparator_spans(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence names what its numbers are compared with ("than its FP16 counterpart")."""
    comparator = _COMPARATOR_ASCII if engines_agree(sentence) else _COMPARATOR
    return [(m.start(), m.end()) for m in comparator.finditer(sentence)]


def settings_between(found: list[Setting], compared: list[tuple[int, int]], start: int, number: int, end: int,
                     before: bool = False) -> list[str]:
    """The settings of the clause [start, end) around a number at `number`, without those
    of a compared system: after the number, nothing past a comparison counts. One CFG
    setting: the one after the number if any, else the one before. One step count: a
    clause that names two describes a change, the old count first ("X requires 10 steps;
    M needs one"), so the number before a change (`before`) takes the first, the others
    the last."""
    cut = min((a for a, _ in compared if number <= a < end), default=end)
    kept = [f for f in found if start <= f.start and f.end <= cut
            and not any(a <= f.start < b for a, b in compared)]
    cfg = [f for f in kept if f.cfg]
    if len(cfg) > 1:
        chosen = next((f for f in cfg if f.start >= number), cfg[-1])
        kept = [f for f in kept if not f.cfg or f is chosen]
    steps = [f for f in kept if f.order == 1]
    if len({f.text for f in steps}) > 1:
        chosen = steps[0] if before else steps[-1]
        kept = [f for f in kept if f.order != 1 or f is chosen]
    kept.sort(key=lambda f: (f.order, f.start))
    return list(dict.fromkeys(f.text for f in kept))
