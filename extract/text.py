"""Repair of the damage scraped abstracts carry, keeping a map back to the original
offsets: every claim's `text` and `span` are the abstract's own characters.

Three passes, each one combined pattern whose matches are replaced, each run only when
its trigger occurs; the edits are kept, so any span of the repaired text maps back.

0. formula echoes of arXiv's HTML pages flattened to text (`3.1×3.1\\times3.1 ×`):
   the echo after the displayed form is deleted (`extract.latex.ECHO`);
1. markup and look-alikes: LaTeX as the arXiv API returns it (`extract.latex`), HTML
   entities and tags, emphasis markers around numbers (`_0.71_`, `**0.71**`), unicode
   minus, multiplication and tilde signs, odd spaces, control bytes, hard wraps;
2. renderings glued onto numbers (`6.3times`, `it 3-it 10`, `2.4x2.4x`), "up to" written
   as one word before a number (`upto 69%`), and "vs." written with two points (`v.s.`).

Markup is deleted where it stands, so a number keeps its own offsets; deleted markup at
the edges of a span stays out of it:

>>> r = repair(r"reaches 6.3times speed-up and 2.4$\\times$ throughput, $\\mathbf{30\\%}$+ better")
>>> r.text
'reaches 6.3x speed-up and 2.4x throughput, 30%+ better'
>>> start = r.text.index("2.4x"); r.original[slice(*r.original_span(start, start + 4))]
'2.4$\\\\times$'
>>> start = r.text.index("30%"); r.original[slice(*r.original_span(start, start + 3))]
'30\\\\%'
>>> r.original_span(0, len(r.text)) == (0, len(r.original))
True
>>> repair("achieves it 3-it 10 times faster on ImageNet256times 256").text
'achieves 3-10 times faster on ImageNet256x256'
>>> repair("(e.g., 29.5% v.s. 15.3% on BrowseComp)").text
'(e.g., 29.5% vs. 15.3% on BrowseComp)'
>>> repair("FID of 1.78\\u2009on 256\\u00d7256, \\u22120.4 pts, perfor-\\nmance").text
'FID of 1.78 on 256x256, -0.4 pts, performance'
>>> repair("an F1 of _0.71_ (**0.69** before), 12.5%percent 12.5\\\\mathbf{12.5\\\\%}bold_12.5 % faster").text
'an F1 of 0.71 (0.69 before), 12.5% faster'
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from extract.deferred import re, regex
from extract.latex import ALTERNATIVES as LATEX_ALTERNATIVES
from extract.latex import ECHO
from extract.latex import replacements as latex_replacements

# Pass 1: markup and look-alike characters. Each alternative is named; `_PASS1`
# maps the name to its replacement (a string, or a function of the match). LaTeX's
# alternatives come first, from `extract.latex`.
_MARKUP = regex.compile(
    # Every alternative starts with one of these characters; testing them first lets
    # the scan skip plain text at the cost of one class test a character.
    r"(?=[\\$&<>~{}*_`^'\-\r\n\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\U0010ffff]|[ \t]+\r?\n)(?:"
    + LATEX_ALTERNATIVES + r"""
    | (?P<emph_open>(?<![\w*\\])(?P<mark>\*\*|\*|_)(?=[+\-]?\d[\d.,]{0,20}\s?[%x×]?(?P=mark)(?![\w*])))  # _0.71_, **0.71**
    | (?P<emph_close>(?P<mark2>\*\*|\*|_)(?![\w*])(?<=(?<![\w*\\])(?P=mark2)[+\-]?\d[\d.,]{0,20}\s?[%x×]?(?P=mark2)))
    | (?P<tie>~(?<=[\w.,;:)]~)(?=[A-Za-z(\\$]|(?<=[A-Za-z.,;:)]~)\d))  # Table~1, Eq.~(3), 24.34~s; not 9~11
    | (?P<entity>&(?:\#\d{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});)
    | (?P<tag></?(?:i|b|em|strong|sub|sup|span|p|br|a|font|u|mi|mn|mo|math|mrow|msub|msup)\b[^<>]{0,200}>)
    | (?P<hyphen_wrap>-(?<=[a-z]-)[ \t]*\r?\n[ \t]*(?=[a-z]))          # perfor-\nmance
    | (?P<newline>[ \t]*\r?\n[ \t]*)
    | (?P<control>[\x00-\x08\x0b\x0c\x0e-\x1f\x7f])
    | (?P<zero_width>[\u200b\u200c\u200d\u2060\ufeff\u00ad])
    | (?P<space>[\u00a0\u2000-\u200a\u202f\u205f\u3000])
    | (?P<times>[×✕⨉✖])
    | (?P<minus>[−‒–‐‑﹣－])
    | (?P<tilde>[∼≈～])
    | (?P<compat>[\U0001D400-\U0001D7FF\uFF01-\uFF5E\uFB00-\uFB06²³¹⁰-⁹₀-₉])  # math bold digits, fullwidth, ligatures
    )""",
    regex.VERBOSE,
)

#: Where a match of `_MARKUP` can start: a character its alternatives start with, read by
#: `re` (a class scan at C speed; `regex` tries the lookahead and then the alternatives
#: at each character past it). Narrower than `_MARKUP`'s own lookahead: a hyphen only
#: before a hyphen or white space (the dashes, a word wrapped at a line's end), a quote
#: only before a quote (''), beyond ASCII only the characters of the classes repaired;
#: tests/test_fast_paths10b.py checks every code point (a caret: "$80^{\circ}$", the degree
#: written in the math after its digit, read38). Over the abstracts that need pass 1,
#: 17.5 -> 5.4 positions tried an abstract, the scan 48 -> 30 ms over 3,000 of the mix.
_MARKUP_START_CHARACTERS = (
    r"\\$&<>~{}*_`\^\r\n\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u2000-\u200a\u202f"
    r"\u205f\u3000×✕⨉✖−‒–‐‑﹣－∼≈～\U0001D400-\U0001D7FF\uFF01-\uFF5E\uFB00-\uFB06²³¹⁰-⁹₀-₉")
#: Written to open with one class, every character a start may be, and then test which it
#: was (`[...]|-(?=[- \t\r\n])|'(?=')|[ \t](?=[ \t]*\r?\n)`, whose alternatives start with
#: characters no other one starts with: the same starts): `re` scans for an opening class
#: with a tight loop, but tried that alternation, which opens with no one class, at every position.
_MARKUP_STARTS = re.compile(
    rf"[{_MARKUP_START_CHARACTERS}\-' \t](?:(?<=[{_MARKUP_START_CHARACTERS}])|(?<=-)(?=[- \t\r\n])|(?<=')(?=')"
    r"|(?<=[ \t])(?=[ \t]*\r?\n))")
#: `_MARKUP_STARTS` for a text without a line feed (nearly every abstract): white space starts
#: a match only before one, so it is left out of the opening class, where `re` stopped at every
#: space of the text to try the lookarounds (the starts' scan took about half as long).
_MARKUP_STARTS_ON_ONE_LINE = re.compile(
    rf"[{_MARKUP_START_CHARACTERS}\-'](?:(?<=[{_MARKUP_START_CHARACTERS}])|(?<=-)(?=[- \t\r\n])|(?<=')(?='))")


class _GatedScan:
    """`pattern.finditer`, trying the pattern only where a cheaper scan for the places a
    match can start (`starts_for(text)`) finds one: at that match's start, or where
    `start_of` says. Every match of the gated patterns is one character or longer, so the
    scan goes on from each match's end, as `finditer` does."""

    def __init__(self, pattern, starts_for: Callable[[str], re.Pattern | regex.Pattern],
                 start_of: Callable[[re.Match], int] | None = None):
        self.pattern, self.starts_for, self.start_of = pattern, starts_for, start_of

    def finditer(self, text: str):
        after_last = 0
        match, start_of = self.pattern.match, self.start_of
        for start in self.starts_for(text).finditer(text):
            at = start.start() if start_of is None else start_of(start)
            if at < after_last:
                continue
            found = match(text, at)
            if found:
                after_last = found.end()
                yield found


_MARKUP_SCAN = _GatedScan(_MARKUP, lambda text: _MARKUP_STARTS if "\n" in text else _MARKUP_STARTS_ON_ONE_LINE)

_PASS1: dict[str, str | Callable[[regex.Match], str]] = {
    **latex_replacements(lambda text: _apply(_MARKUP_SCAN, _PASS1, text)[0]),
    "emph_open": "", "emph_close": "", "tie": " ", "entity": lambda m: _entity(m.group()), "tag": "",
    "hyphen_wrap": "", "newline": " ", "control": " ", "zero_width": "", "space": " ", "times": "x",
    "minus": "-", "tilde": "~", "compat": lambda m: unicodedata.normalize("NFKC", m.group()),
}

# Pass 2: renderings glued onto numbers, on the text pass 1 produced.
_GLUED = regex.compile(
    # Every alternative starts with one of these characters ("it", a space or "times"/"*",
    # "x", "times", a space or the repeated number's digit, a space, "+" or "-" of "+/-", "±"): tested
    # first, the class spares most positions the alternatives and `dup`'s lookbehind (0.11 -> 0.04 s over the
    # 92 of 3,593 bench abstracts that need the pass).
    r"""(?=[itx*\s\d+vob\-±])(?:
      (?P<italic>(?<=[\s(\-])it\s(?=\d))                          # "it 3-it 10" italics markers
    | (?P<res>(?<=\d)\s?(?:times|\*)\s?(?=\d))                    # 256times 256, 128 * 128 -> 256x256
    | (?P<res_space>(?<=(?<![\d.])\d{2,4})x\s+(?=\d{2,4}(?![\d.])))   # 256x 256 (from "256\\times 256")
    | (?P<glued_times>(?<=\d)times(?![A-Za-z]))                   # 6.3times -> 6.3x
    | (?P<dup>(?<=(?<![\d.])(?P<first>\d+(?:\.\d+)?\s?[x%]))\s?(?P=first)(?![\d.]))  # 2.4x2.4x -> 2.4x
    | (?P<plus_minus>(?<=\d|\d%)(?P<pm_space>\s?)\+/-(?=\s?\d))      # 20.8+/-4.3 -> 20.8 ±4.3 (ASCII for \pm, apart as glued_spread); "89.1% +/- 0.9%" (read40)
    | (?P<tolerance>(?:(?<=[A-Za-z])-|(?<=[\s(]))\+/-(?=\s?\d))     # "within +/-20% error" -> "within ±20% error"; "within-+/-20%" (read61)
    | (?P<glued_spread>(?<=\d|\d%)±(?=\s?\d))                       # "44.00±0.51%" -> "44.00 ±0.51%": a spread stands apart, as LaTeX's \pm is repaired (read84)
    | (?P<upto>(?<=(?<![A-Za-z])[Uu]p)to(?=\s?\d))                    # "by upto 69%" -> "by up to 69%" (read37)
    | (?P<dotted_vs>(?<![\w.])v\.s\.(?=\s))                          # "29.5% v.s. 15.3%" -> "29.5% vs. 15.3%" (read44)
    | (?P<glued_word>(?<![A-Za-z])(?:of|to|by)(?=\d))               # "a factor of82x", "1% to3%" -> "of 82x", "to 3%" (read46)
    )""",
    regex.VERBOSE,
)
#: Where a match of `_GLUED` can start: right after a digit or an "x" or "%" (every
#: alternative but `italic` opens with a lookbehind for a digit, or `dup`'s for a number
#: and its "x" or "%"), or at "it", or at the "to" of "upto". Scanned for with the same engine
#: (its `\d`), a class or a two-letter literal, where `_GLUED` tried its opening lookahead and then its
#: alternatives at every space, digit, "i", "t", "x" and "*" of the abstract.
_GLUED_STARTS = regex.compile(r"[\dx%]|it|(?<=[Uu]p)to|v(?=\.s\.)|(?<![A-Za-z])(?:of|to|by)(?=\d)|(?:(?<=[A-Za-z])-|(?<=[\s(]))\+/-(?=\s?\d)")


_GLUED_SCAN = _GatedScan(_GLUED, lambda text: _GLUED_STARTS,
                         lambda start: start.start() if start.group() in ("it", "to", "v", "of", "by", "+/-", "-+/-") else start.end())
_PASS0 = {"echo": ""}  # see `extract.latex.ECHO`
_PASS2 = {"italic": "", "res": "x", "res_space": "x", "glued_times": "x", "dup": "",
          "plus_minus": lambda m: (m.group("pm_space") or " ") + "±", "tolerance": lambda m: " ±" if m.group().startswith("-") else "±", "upto": lambda m: " to" if m.string[m.end()].isspace() else " to ", "dotted_vs": "vs.",
          "glued_word": lambda m: m.group() + " ", "glued_spread": " ±"}

# The triggers are tested as separate patterns, not one alternation: the regex module
# scans a pattern that starts with one class far faster than an alternation. And `re`
# scans for a pattern that opens with one literal character with a tight loop, where one
# that opens with `\d` or a class costs a category or set test per character (10-15x
# slower over an abstract, and every abstract is tested): the triggers below open with
# their literal and test the digit before it after it, with a lookbehind.
# Pass 0: a number then TeX within a word or two (only where a backslash is), or two
# decimal points in one number (`\d\.\d+\.\d`).
_NEEDS_PASS0_TEX = re.compile(r"\d[^\s\\]{0,20}\s?[^\s\\]{0,20}\\[A-Za-z%]")
_NEEDS_PASS0_POINTS = re.compile(r"\.(?<=\d\.)\d+\.\d")
# Pass 1, in ASCII text: one of these characters, a control character (\x00-\x1f, \x7f:
# what makes ASCII text unprintable), "--" or "''"; each tested by a str method, in C (as one
# `or`, in `_needs_pass1`: `any` over a generator cost more than the tests).
_PASS1_CHARACTERS = "\\$&<~{}*_`"
# Pass 2: `\d(?:\s?(?:times|\*)|\s?[x%]\s?\d|x\s+\d)` or "upto 3", one pattern per literal it needs
# (after an "x" right after a digit, `\s?\d` and `\s+\d` are one `\s*\d`), or "it 3".
# Each is searched only where its literal is in the text (a substring test, in C; most
# abstracts hold no "times" and no "*"); "of82" has no literal of its own (`_GLUED_WORD_MARKS`).
_NEEDS_PASS2_NUMBER = (
    ("times", re.compile(r"times(?:(?<=\dtimes)|(?<=\d\stimes))")),
    ("*", re.compile(r"\*(?:(?<=\d\*)|(?<=\d\s\*))")),
    ("x", re.compile(r"x(?:(?<=\dx)\s*\d|(?<=\d\sx)\s?\d)")),
    ("%", re.compile(r"%(?:(?<=\d%)|(?<=\d\s%))\s?\d")),
    ("+/-", re.compile(r"\+/-(?:(?<=\d\+/-)|(?<=\d\s\+/-)|(?<=\d%\+/-)|(?<=\d%\s\+/-)|(?<=[\s(]\+/-)|(?<=[A-Za-z]-\+/-))\s?\d")),
    ("pto", re.compile(r"(?<![A-Za-z])[Uu]pto\s?\d")),
    ("v.s.", re.compile(r"(?<![\w.])v\.s\.\s")),
    ("±", re.compile(r"±(?<=[\d%]±)\s?\d")),
)
#: "of82", "to3%": a preposition glued to the number it governs (read46). It has no literal of
#: its own: in ASCII, one `bytes.translate` marks the letters it ends with ("f", "o", "y") and the
#: digits, and one substring test finds a marked letter right before a digit (2.9 us an abstract of
#: the mix, where the pattern's search over every text cost 9 us); only then is the pattern searched.
_GLUED_WORD = re.compile(r"(?:of|to|by)(?<![A-Za-z]..)\d")
_GLUED_WORD_MARKS = bytes.maketrans(b"0123456789foy", b"##########!!!")
_NEEDS_PASS2_ITALIC = re.compile(r"it\s\d")


#: What `_needs_pass1` deletes from an ASCII text's bytes: the characters that make it
#: unprintable (`str.isprintable` is false in ASCII exactly at \x00-\x1f and \x7f) and
#: `_PASS1_CHARACTERS`; a text that loses none needs the pass only for "--" or "''".
_PASS1_BYTES = bytes(range(0x20)) + b"\x7f" + _PASS1_CHARACTERS.encode("ascii")


def _needs_pass1(text: str) -> bool:
    """Whether pass 1 can change `text`: beyond ASCII, an unprintable character, one of
    `_PASS1_CHARACTERS`, "--" or "''". In ASCII, one `bytes.translate` that deletes the
    controls and those characters, its length against the text's: `isprintable` (a Unicode
    table look-up a character) and ten substring tests cost 1.5x as much over the mix's abstracts;
    "''" is looked for only where a "'" is (a `memchr`; a quarter of the abstracts hold one,
    where the test of two characters read every abstract to its end; tests/test_fast_paths30.py
    ties this to the tests as they were)."""
    if not text.isascii():
        return True
    return (len(text.encode("ascii").translate(None, _PASS1_BYTES)) != len(text)
            or "--" in text or ("'" in text and "''" in text))


def _needs_pass2(text: str) -> bool:
    for literal, pattern in _NEEDS_PASS2_NUMBER:
        if literal in text and pattern.search(text):
            return True
    if _NEEDS_PASS2_ITALIC.search(text):
        return True
    if text.isascii() and b"!#" not in text.encode("ascii").translate(_GLUED_WORD_MARKS):
        return False
    return bool(_GLUED_WORD.search(text))


def _entity(text: str) -> str:
    # imported here: `html` and its entity table cost every process ~1.5 ms at import
    from html import unescape

    value = unescape(text)
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
        """The span in `original` of a span of `text`. Deleted markup at either edge
        stays out (`$15\\%$` gives `15\\%`), except the `$` that closes a formula the
        span opened (`2$\\times$`) and the brace that closes a group it opened (`2.5{\\times}`).

        >>> repaired = repair(r"a 2.5{\\times} reduction")
        >>> repaired.original[slice(*repaired.original_span(2, 6))]
        '2.5{\\\\times}'
        """
        start, end = self.original_offset(start), self.original_offset(end, end=True)
        if self.original.startswith("}", end) and self.original.count("{", start, end) > self.original.count("}", start, end):
            end += 1
        if self.original.count("$", start, end) % 2 and self.original.startswith("$", end):
            end += 1
        return start, end


def _map_back(edits, position: int, end: bool) -> int:
    """A start offset maps past the deletions at its position and to the start of a
    replacement it falls in; an end offset maps before the deletions and replacements
    that begin at its position, and to the end of a replacement it falls in or ends."""
    if not edits:
        return position
    index = (bisect_left(edits, (position,)) if end else bisect_right(edits, (position, float("inf")))) - 1
    if index < 0:
        return position
    _, new_end, old_start, old_end = edits[index]
    if position >= new_end:
        return old_end + (position - new_end)
    return old_end if end else old_start


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
    if ("\\" in text and _NEEDS_PASS0_TEX.search(text)) or _NEEDS_PASS0_POINTS.search(text):
        result.text, edits = _apply(ECHO, _PASS0, result.text)
        result.passes.append(edits)
    if _needs_pass1(result.text):
        result.text, edits = _apply(_MARKUP_SCAN, _PASS1, result.text)
        result.passes.append(edits)
    if _needs_pass2(result.text):
        result.text, edits = _apply(_GLUED_SCAN, _PASS2, result.text)
        result.passes.append(edits)
    return result
