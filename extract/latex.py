"""LaTeX as the arXiv API returns it, and formulas of arXiv's HTML pages flattened to
text: the alternatives and tables that `extract.text` repairs them with.

Every command is repaired where it stands, never by rewriting a whole group, so that
a number inside `$\\mathbf{1.88\\times}$` keeps its own offsets: `\\mathbf{` and `}`
are deleted, `\\times` becomes `x`, and the number maps back to `1.88\\times`.

Commands fall in five kinds: citations and references (deleted with their argument),
commands whose first argument is not text (`\\href{url}`, `\\textcolor{red}`: the
argument is deleted), formatting (`\\textbf{`, `{\\bf `, `\\small`: deleted, the text
they wrap stays), symbols (`\\times` -> `x`, `\\pm` -> `±`, siunitx units) and the rest,
which keep their name as a word: a paper's own macro (`\\name`, `\\spider{}`) usually
stands for its method or benchmark, and a word still reads as one.

>>> from extract.text import repair
>>> repair(r"reaches $51.2$AP and $\\textbf{+4.1}$\\textbf{AP} on \\texttt{test-dev}").text
'reaches 51.2 AP and +4.1 AP on test-dev'
>>> repair(r"RVQuant~\\cite{park2018} by~9.5\\%, 40--55$\\times$ and \\SI{40}{\\milli\\second} in \\spider{}").text
'RVQuant by 9.5%, 40-55x and 40ms in spider'
>>> repair(r"only $\\frac{1}{16}$, 12\\,500 hours, ``exact'' \\(0.87\\) and $\\mathcal{O}(n^{2})$").text
'only 1/16, 12500 hours, "exact" 0.87 and O(n^2)'
"""
from __future__ import annotations

from collections.abc import Callable

from extract.deferred import regex

# Commands deleted together with their argument: they point elsewhere or aside.
_DROPPED_WITH_ARGUMENT = ("footnote", "cite", "citep", "citet", "citealp", "citeauthor", "citeyear", "nocite",
                          "ref", "eqref", "autoref", "cref", "Cref", "pageref", "label")
# Commands whose first argument is not text; the second (the text) stays.
_FIRST_ARGUMENT_DROPPED = ("href", "textcolor", "color", "colorbox", "hspace", "vspace", "includegraphics")
# Formatting commands with an argument: the command and its brace go, the text stays
# (the closing brace goes with every other bare brace).
_FORMAT = ("textbf", "mathbf", "mathrm", "textrm", "textit", "emph", "text", "mathit", "boldsymbol", "bm",
           "underline", "textsc", "texttt", "mathtt", "mathsf", "textsf", "mbox", "hbox", "fbox",
           "operatorname", "mathbb", "mathcal", "mathfrak", "mathscr", "textup", "textnormal", "textmd",
           "textsl", "url", "num", "SI", "si", "qty", "unit", "ac", "acs", "acl", "acp", "acf", "acro",
           "textsuperscript", "textsubscript", "ensuremath", "overline", "underbrace",
           "widetilde", "widehat", "hat", "tilde", "bar", "vec", "dot", "ddot", "mathnormal")
# Switches without an argument: `{\bf 3.2}`, `\small`, `\left(`.
_SWITCHES = ("bf", "em", "it", "rm", "sc", "tt", "sl", "sf", "cal", "bfseries", "itshape", "mdseries", "upshape",
             "normalfont", "small", "footnotesize", "scriptsize", "tiny", "large", "Large", "LARGE", "huge",
             "Huge", "normalsize", "displaystyle", "textstyle", "scriptstyle", "left", "right", "big", "Big",
             "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "noindent", "hfill", "xspace", "relax",
             "protect", "nobreak", "allowbreak", "unskip", "centering")
# Symbols, and siunitx's units (`\SI{40}{\milli\second}` -> 40ms).
SYMBOLS = {
    "times": "x", "cdot": "x", "sim": "~", "approx": "~", "simeq": "~", "pm": "±", "mp": "∓",
    "ge": "≥", "geq": "≥", "geqslant": "≥", "le": "≤", "leq": "≤", "leqslant": "≤", "gg": "≫", "ll": "≪", "neq": "≠", "ne": "≠",
    "uparrow": "", "downarrow": "", "Uparrow": "", "Downarrow": "",   # FID$\downarrow$: a direction, not a word
    "rightarrow": "→", "to": "→", "leftarrow": "←", "Rightarrow": "⇒", "longrightarrow": "→",
    "percent": "%", "circ": "°", "degree": "°", "infty": "∞", "textemdash": "—", "textendash": "-",
    "ldots": "...", "dots": "...", "cdots": "...", "textasciitilde": "~", "textless": "<", "textgreater": ">",
    "milli": "m", "micro": "µ", "nano": "n", "kilo": "k", "mega": "M", "giga": "G", "tera": "T",
    "second": "s", "hour": "h", "minute": "min", "meter": "m", "metre": "m", "gram": "g",
    "byte": "B", "hertz": "Hz", "watt": "W", "joule": "J", "decibel": "dB",
    "eg": "e.g.", "ie": "i.e.", "etc": "etc.", "vs": "vs.", "cf": "cf.", "wrt": "w.r.t.", "aka": "a.k.a.",
}
_ABBREVIATIONS = ("eg", "ie", "etc", "vs", "cf", "wrt", "aka")


def _names(names) -> str:
    # longest first; names of one length in their own order, not the set's (which changes
    # with the process's string hashing): the same source in every process, so that the
    # compiled pattern is found in the cache (extract.patterncache). Names of one length
    # never both match at one place, so their order changes no match.
    return "|".join(sorted(set(names), key=lambda name: (-len(name), name)))


#: Words that open an aside after a dash glued between words ("MSE-Bench--a deterministic
#: benchmark"): there "--" is a dash set off, not LaTeX's en dash of a compound
#: ("Gauss--Newton", "encoder--decoder", whose second word is no such word). The next glued
#: "--" in the sentence closes the aside ("...--E3 matches").
_ASIDE_WORDS = r"(?:a|an|the|which|that|where|including|such|its|their|our|we|it|i\.e\.|e\.g\.|[a-z]{2,}ly)(?![\w-])"  # (an adverb: "intervention--spatially localizing ...--improves", read80)
_ASIDE_OPENED = rf"[A-Za-z)]--{_ASIDE_WORDS}(?:(?!--)[^.;]){{1,200}}--"

# The LaTeX alternatives of the repair's markup pass (see `extract.text`), in priority
# order: a citation before the tie `~` it starts with, `{\bf` before a bare brace, a
# known command before an unknown one.
ALTERNATIVES = rf"""
      (?P<cite>~?\\(?:{_names(_DROPPED_WITH_ARGUMENT)})\*?(?:\[[^\[\]{{}}]{{0,100}}\]){{0,2}}\{{[^{{}}]{{0,300}}\}})
    | (?P<frac>\\[dt]?frac\s*(?:\{{(?P<num>[^{{}}]{{1,60}})\}}\s*\{{(?P<den>[^{{}}]{{1,60}})\}}|(?P<num1>\d)(?P<den1>\d)))
    | (?P<first_arg>\\(?:{_names(_FIRST_ARGUMENT_DROPPED)})\s*\{{[^{{}}]{{0,500}}\}})
    | (?P<unicode>\\unicode\s*\{{x?(?P<code>[0-9A-Fa-f]{{1,6}})\}})           # MathJax's \unicode{{x2014}}
    | (?P<siunitx>\\(?:SI|qty)\s*\{{(?P<si_value>[^{{}}]{{1,40}})\}}\s*\{{(?P<si_unit>[^{{}}]{{1,60}})\}})  # \SI{{40}}{{\milli\second}} -> 40ms
    | (?P<degree>(?:[}}$]\s?|(?<=\d))\^\s*(?:\{{\s*\\circ\s*\}}|\\circ)(?![A-Za-z]))  # \textbf{{5.02}}^{{\circ}}, 3.2$^\circ$, $80^{{\circ}}$ -> 5.02°, 3.2°, 80°
    | (?P<format>\\(?:{_names(_FORMAT)})\*?\s*\{{)
    | (?P<fontgroup>\{{\\(?:{_names(_SWITCHES)})(?![A-Za-z])\s*)
    | (?P<switch>\\(?:{_names(_SWITCHES)})(?![A-Za-z])\s?)
    | (?P<abbr>\\(?P<abbr_name>{_names(_ABBREVIATIONS)})(?![A-Za-z])\.?)      # \eg -> e.g.
    | (?P<accent>\\['"`^~.=](?:\{{(?P<acc1>\w)\}}|(?P<acc2>\w)))             # na\"ively -> naively
    | (?P<digit_group>\\[,;:!](?<=\d\\.)\s?(?=\d{{3}}(?!\d)))                  # 12\,500 -> 12500
    | (?P<scale_space>\\[,;:!](?<=\d\\.)(?=[KMBT](?![A-Za-z])))                 # 32\,B -> 32B: a size's scale (read61)
    | (?P<comma_group>\{{,\}}(?<=\d...)(?=\d))                                # 12{{,}}500 -> 12,500
    | (?P<space_cmd>\\[,;:!> ]|\\(?:quad|qquad|thinspace|enspace|enskip|space|par|newline|linebreak)(?![A-Za-z]))
    | (?P<norm>\\ell\s?_\s?\{{?\s?(?P<norm_p>[12p]|\\infty)\s?\}}?(?![A-Za-z\d]))        # $\ell_2$, $\ell_{{1}}$ -> L2, L1 (read33)
    | (?P<f_beta>_(?<=(?<![A-Za-z\\])F_)\s?(?:\{{\s?(?P<beta>\d(?:\.\d+)?)\s?\}}|(?P<beta1>\d)(?!\w|\.\d)))  # $F_1$, $F_{{0.5}}$ -> F1, F0.5 (read79)
    | (?P<macro>\\(?P<macro_name>[A-Za-z]{{1,40}})(?![A-Za-z])\*?)
    | (?P<escaped>\\(?P<escaped_char>[%$&#_{{}}]))                            # \% -> %
    | (?P<linebreak>\\\\)
    | (?P<math_close>(?:\$|\\\))(?=[A-Za-z]|\\[A-Za-z])(?<=(?:\$|\\\()\s?(?:\\[A-Za-z]{{1,12}}\s?\{{){{0,2}}[+\-]?\d[^$\s]{{0,30}}(?:\$|\\\))))
    | (?P<currency>\$(?<=(?:^|[\s(])\$)(?=\d[\d,]*(?:\.\d+)?\s?(?:[KMB]|million|billion|thousand)?(?![\w$]|\.\d))(?![^$]{{0,200}}\$))  # "$0.01 per query": a dollar sign, no math opened (read63)
    | (?P<math>\$|\\[()\[\]])                                                 # math delimiters
    | (?P<spaced_dash>-{{2,3}}(?<=[^\s\d%x$]\ -{{2,3}})(?=\ ))               # "truth -- 89.4%": a dash, not a minus; "$2\%$ -- $5\%$" a range (read72)
    | (?P<em_dash>---)                                                     # LaTeX's em dash
    | (?P<glued_dash>--(?<=[A-Za-z)]--)(?:(?={_ASIDE_WORDS})|(?<={_ASIDE_OPENED})(?=[A-Za-z])))  # "MSE-Bench--a benchmark ...--E3 matches"
    | (?P<en_dash>--)                                                      # 40--55 -> 40-55, as `–` is repaired
    | (?P<quotes>``|'')                                                      # ``exact'' -> "exact"
    | (?P<open_quote>`)                                                     # `encoder' -> 'encoder'
    | (?P<brace>[{{}}])                                                      # what a command left open
"""


def _frac(match: regex.Match, inner: Callable[[str], str]) -> str:
    if match.group("num1"):
        return f"{match.group('num1')}/{match.group('den1')}"
    return f"{inner(match.group('num'))}/{inner(match.group('den'))}"


def _unicode(match: regex.Match) -> str:
    code = int(match.group("code"), 16)
    return chr(code) if 0x20 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else ""


def _macro(match: regex.Match) -> str:
    name = match.group("macro_name")
    # ("80.0$\\pm$2.0%" -> "80.0±2.0%": the repair's next pass sets the glued sign apart, as it
    # does a "±" written so, and the second number is read as the first's spread; read83, read84)
    if name in SYMBOLS:
        return SYMBOLS[name]
    # An unknown command keeps its name as a word; a space keeps it apart from the
    # argument that follows (`\sqrt{2}` -> `sqrt 2`).
    following = match.string[match.end():match.end() + 2]
    return name + " " if following[:1] == "{" and following != "{}" else name


#: A size's scale right after the math that holds its number: "B" of "$8$B", "K" of "$150$K".
_SCALE_AFTER_MATH = regex.compile(r"[KMBT](?![A-Za-z])")


def _math_close(match: regex.Match) -> str:
    """The end of math holding a number, glued to a letter: a space ("$n$th", "$3$x" -> "3 x"),
    except before a size's scale, which stays glued to its number ("$8$B planner" -> "8B
    planner", as "8B planner" is written: read82)."""
    return "" if _SCALE_AFTER_MATH.match(match.string, match.end()) else " "


def replacements(inner: Callable[[str], str]) -> dict[str, str | Callable[[regex.Match], str]]:
    """The replacement of each alternative; `inner` repairs the text inside a command
    that is replaced whole (a fraction, a siunitx quantity, a `\\unicode` character)."""
    return {
        "cite": "", "first_arg": "", "format": "", "fontgroup": "", "switch": "", "brace": "", "degree": "°",
        "unicode": lambda m: inner(_unicode(m)),
        "siunitx": lambda m: inner(m.group("si_value")) + inner(m.group("si_unit")).replace(" ", ""),
        "frac": lambda m: _frac(m, inner),
        "abbr": lambda m: SYMBOLS[m.group("abbr_name")],
        "accent": lambda m: m.group("acc1") or m.group("acc2"),
        "digit_group": "", "scale_space": "", "comma_group": ",", "space_cmd": " ", "linebreak": " ",
        "macro": _macro, "escaped": lambda m: m.group("escaped_char"),
        "f_beta": lambda m: m.group("beta") or m.group("beta1"),
        "norm": lambda m: "L" + ("∞" if m.group("norm_p") == "\\infty" else m.group("norm_p")),
        "math_close": _math_close, "math": "", "currency": "$",
        "spaced_dash": "—", "em_dash": "—", "glued_dash": " — ", "en_dash": "-", "quotes": '"', "open_quote": "'",
    }


# Pass 0: arXiv's HTML pages, flattened to text, write each formula three or four
# times: as displayed, as content MathML, as its TeX source and as speech text
# (`3.1×3.1\times3.1 ×`, `12.5%percent 12.5\mathbf{12.5\%}bold_12.5 %`, `0.870.870.87`).
# The echo after the displayed form is deleted (`\K` keeps the displayed form out of
# the match, so its offsets stay its own). An echo starts right after the displayed
# form with one of its numbers or a content-MathML word, holds nothing but those
# numbers, those words and TeX, and has at least one TeX command: `128\times128` alone
# is not an echo, nor is `22\%` (the displayed number is whole). Without TeX, only a
# decimal written three times running is one (`1.11.1` is a version, not an echo).
# Quantifiers are bounded and possessive, so a failed echo costs a few steps.
_NUMBER = r"\d{1,7}(?:\.\d{1,7})?"
_LAZY_DECIMAL = r"\d{1,7}\.\d{1,7}?"
_LAZY_NUMBER = r"\d{1,7}?(?:\.\d{1,7}?)?"
_WORDS = r"(?:percent|times|bold|italic|absent|plus|minus|divide|approximately|similar)(?![A-Za-z])"
_ECHO_NUMBER = r"[+\-−]?(?:(?P=n1)|(?P=n2))"
_ECHO_PIECE_NO_TEX = rf"(?:{_ECHO_NUMBER}|{_WORDS}|[{{}}^_%×]|x(?![A-Za-z])|\ (?=[\d+\-−%×\\{{]|{_WORDS}))"
_ECHO_PIECE = rf"(?:{_ECHO_PIECE_NO_TEX}|\\[A-Za-z]{{1,20}}|\\[%,;:! ])"
_TEX_ECHO = rf"(?:{_ECHO_NUMBER}|{_WORDS}){_ECHO_PIECE_NO_TEX}{{0,30}}+(?=\\){_ECHO_PIECE}{{1,60}}+"
ECHO = regex.compile(
    rf"""(?P<echo>(?<![\w.])
    (?:
        (?P<n1>{_LAZY_DECIMAL})(?=(?P=n1))\K                 # 0.870.87...: a decimal glued to its copy
        (?:(?P=n1){{2}}(?![\d.])|{_TEX_ECHO})
      | (?P<n1>{_NUMBER})(?!\d)                              # displayed: 3.1×, 12.5%, 128×128
        (?:\s?(?:%|×|x(?![A-Za-z]))(?:(?P<n2>{_LAZY_NUMBER})(?:\s?[%×])?)?)?
        \K{_TEX_ECHO}
    ))""",
    regex.VERBOSE,
)
