"""Repair of the damage scraped abstracts carry (LaTeX, MathML and HTML residue,
unicode look-alikes, hard wraps), keeping a map back to the original offsets.

Each pass is one combined pattern whose matches are replaced; the edits are kept,
so any span in the repaired text maps back to the original text.

>>> r = repair(r"reaches 6.3times speed-up and 2.4$\\times$ throughput, 30\\%+ better")
>>> r.text
'reaches 6.3x speed-up and 2.4x throughput, 30%+ better'
>>> start = r.text.index("2.4x"); r.original_span(start, start + 4)
(30, 41)
>>> repair("achieves it 3-it 10 times faster on ImageNet256times 256").text
'achieves 3-10 times faster on ImageNet256x256'
>>> repair("FID of 1.78\\u2009on 256\\u00d7256, \\u22120.4 pts, perfor-\\nmance").text
'FID of 1.78 on 256x256, -0.4 pts, performance'
"""
from __future__ import annotations

import html
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

# Pass 1: markup and look-alike characters. Each alternative is named; `_PASS1`
# maps the name to its replacement (a string, or a function of the match).
_MARKUP = regex.compile(
    r"""
      (?P<math_cmd>\\(?:times|cdot)(?![A-Za-z]))                # \times -> x
    | (?P<approx>\\(?:sim|approx)(?![A-Za-z]))                  # \sim 3x -> ~3x
    | (?P<pct>\\%)                                                 # \% -> %
    | (?P<pm>\\pm(?![A-Za-z]))                                     # \pm -> ±
    | (?P<ge>\\ge(?:q)?(?![A-Za-z]))
    | (?P<le>\\le(?:q)?(?![A-Za-z]))
    | (?P<arrow>\\(?:uparrow|downarrow|Uparrow|Downarrow)(?![A-Za-z]))  # FID\downarrow
    | (?P<to>\\(?:rightarrow|to)(?![A-Za-z]))
    | (?P<latin>\\(?P<abbr>eg|ie|etc|vs|cf)(?![A-Za-z])\.?)          # \eg -> e.g.
    | (?P<wrap>\\(?:mathbf|textbf|mathrm|textrm|textit|emph|text|mathit|boldsymbol|bm
                |underline|textsc|texttt|mathtt|mathsf|textsf|mbox|operatorname)\s*\{(?P<inner>[^{}]{0,200})\})
    | (?P<fontgroup>\{\\(?:bf|em|it|rm|sc|tt)\s+(?P<inner2>[^{}]{0,200})\})
    | (?P<accent>\\['"`^~.=](?:\{(?P<acc1>\w)\}|(?P<acc2>\w)))         # na\"ively -> naively
    | (?P<space_cmd>\\[,;:!> ]|\\(?:quad|qquad|thinspace|enspace)(?![A-Za-z]))
    | (?P<tie>(?<=\w)~(?=\w))                                       # Table~1 -> Table 1
    | (?P<dollar>\$)                                                # math delimiters
    | (?P<entity>&(?:\#\d{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});)
    | (?P<tag></?(?:i|b|em|strong|sub|sup|span|p|br|a|font|u|mi|mn|mo|math|mrow|msub|msup)\b[^<>]{0,200}>)
    | (?P<hyphen_wrap>(?<=[a-z])-[ \t]*\r?\n[ \t]*(?=[a-z]))          # perfor-\nmance
    | (?P<newline>[ \t]*\r?\n[ \t]*)
    | (?P<control>[\x00-\x08\x0b\x0c\x0e-\x1f\x7f])
    | (?P<zero_width>[\u200b\u200c\u200d\u2060\ufeff\u00ad])
    | (?P<space>[\u00a0\u2000-\u200a\u202f\u205f\u3000])
    | (?P<times>[×✕⨉✖])
    | (?P<minus>[−‒–‐‑﹣－])
    | (?P<tilde>[∼≈～])
    | (?P<compat>[\U0001D400-\U0001D7FF\uFF01-\uFF5E\uFB00-\uFB06²³¹⁰-⁹₀-₉])  # math bold digits, fullwidth, ligatures
    """,
    regex.VERBOSE,
)

_PASS1: dict[str, str | Callable[[regex.Match], str]] = {
    "math_cmd": "x", "approx": "~", "pct": "%", "pm": "±", "ge": "≥", "le": "≤", "arrow": "",
    "to": "→", "latin": lambda m: {"eg": "e.g.", "ie": "i.e.", "etc": "etc.", "vs": "vs.", "cf": "cf."}[m.group("abbr")],
    # the inside of \textbf{3.7$\times$} is repaired too (its offsets map to the whole command)
    "wrap": lambda m: _inner(m.group("inner")), "fontgroup": lambda m: _inner(m.group("inner2")),
    "accent": lambda m: m.group("acc1") or m.group("acc2"), "space_cmd": " ", "tie": " ", "dollar": "",
    "entity": lambda m: _entity(m.group()), "tag": "", "hyphen_wrap": "", "newline": " ", "control": " ",
    "zero_width": "", "space": " ", "times": "x", "minus": "-", "tilde": "~",
    "compat": lambda m: unicodedata.normalize("NFKC", m.group()),
}

# Pass 2: renderings glued onto numbers, on the text pass 1 produced.
_GLUED = regex.compile(
    r"""
      (?P<italic>(?<=[\s(\-])it\s(?=\d))                          # "it 3-it 10" italics markers
    | (?P<res>(?<=\d)\s?(?:times|\*)\s?(?=\d))                    # 256times 256, 128 * 128 -> 256x256
    | (?P<res_space>(?<=(?<![\d.])\d{2,4})x\s+(?=\d{2,4}(?![\d.])))   # 256x 256 (from "256\\times 256")
    | (?P<glued_times>(?<=\d)times(?![A-Za-z]))                   # 6.3times -> 6.3x
    | (?P<dup>(?<=(?<![\d.])(?P<first>\d+(?:\.\d+)?\s?[x%]))\s?(?P=first)(?![\d.]))  # 2.4x2.4x -> 2.4x
    """,
    regex.VERBOSE,
)
_PASS2 = {"italic": "", "res": "x", "res_space": "x", "glued_times": "x", "dup": ""}

_NEEDS_PASS1 = regex.compile(r"[^\x20-\x7e]|[\\$&<~]")
_NEEDS_PASS2 = regex.compile(r"\d\s?(?:times|\*)|it\s\d|\d\s?[x%]\s?\d|\dx\s+\d")


def _inner(text: str) -> str:
    return _apply(_MARKUP, _PASS1, text)[0]


def _entity(text: str) -> str:
    value = html.unescape(text)
    if value == "\u00d7":
        return "x"
    if value in ("\u00a0", "\u2009", "\u202f"):
        return " "
    return value if value != text else text


@dataclass
class Repaired:
    """Repaired text with the edits that produced it, pass by pass."""

    original: str
    text: str
    # Per pass: sorted (new_start, new_end, old_start, old_end) of each edit.
    passes: list[list[tuple[int, int, int, int]]] = field(default_factory=list)

    def original_offset(self, position: int, end: bool = False) -> int:
        """Map an offset in `text` to the matching offset in `original`."""
        for edits in reversed(self.passes):
            position = _map_back(edits, position, end)
        return position

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.original_offset(start), self.original_offset(end, end=True)


def _map_back(edits, position: int, end: bool) -> int:
    if not edits:
        return position
    index = bisect_right(edits, (position, float("inf"))) - 1
    if index < 0:
        return position
    new_start, new_end, old_start, old_end = edits[index]
    if position >= new_end and not (end and position == new_end):
        return old_end + (position - new_end)
    if end:  # an end offset inside or at the end of a replacement: the end of what it replaced
        return old_end if position > new_start or new_start == new_end else old_start
    return old_start


def _apply(pattern, replacements, text: str) -> tuple[str, list[tuple[int, int, int, int]]]:
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    last = 0
    new_length = 0
    for match in pattern.finditer(text):
        replacement = replacements[match.lastgroup]
        if callable(replacement):
            replacement = replacement(match)
        if replacement == match.group():
            continue
        pieces.append(text[last:match.start()])
        new_length += match.start() - last
        edits.append((new_length, new_length + len(replacement), match.start(), match.end()))
        pieces.append(replacement)
        new_length += len(replacement)
        last = match.end()
    if not edits:
        return text, []
    pieces.append(text[last:])
    return "".join(pieces), edits


def repair(text: str) -> Repaired:
    """Repair `text`; passes run only when their trigger characters occur."""
    result = Repaired(original=text, text=text)
    if _NEEDS_PASS1.search(text):
        result.text, edits = _apply(_MARKUP, _PASS1, result.text)
        result.passes.append(edits)
    if _NEEDS_PASS2.search(result.text):
        result.text, edits = _apply(_GLUED, _PASS2, result.text)
        result.passes.append(edits)
    return result
