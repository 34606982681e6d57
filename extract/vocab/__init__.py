"""Vocabularies as data: metric names with aliases and direction, benchmark names
with aliases. Loaded once; the combined patterns are compiled once per process."""
from __future__ import annotations

import itertools
import json
import warnings
from dataclasses import dataclass
from functools import cache
from pathlib import Path

try:  # `re`'s own parser, read for the names' first characters (`_name_prefixes`)
    from re import _constants as _sre_constants
    from re import _parser as _sre_parser
except ImportError:  # Python 3.10
    import sre_constants as _sre_constants
    import sre_parse as _sre_parser

from extract import patterncache

# compiled on first use, through extract.patterncache
from extract.deferred import re, regex

# Compiled once: a module-level regex call looks its pattern up in a cache on every call,
# which costs more than these searches.
_CUT_OFF = regex.compile(r"@\d+$")
_K_METRIC = regex.compile(r"top-\d+ accuracy|recall@\d+|pass@\d+")
_DIGITS = regex.compile(r"\d+")
#: A word a metric's name may start with: two or more letters, digits or '@', or one letter
#: raised to a power, a symbol ("R^2", "R²": the coefficient of determination).
#: Compiled by `re`: classes of listed characters only, read alike by both engines in any
#: text, and `re` finds them faster (`may_name_metric` runs at thousands of sites).
_METRIC_WORD = re.compile(r"[a-z0-9@&]{2,}|[a-z](?=\^|²)")  # "&": "J&F" is one word
#: `_METRIC_WORD`, written to open with one class (the first character of either
#: alternative), then the rest of the first alternative or, after a letter, the second's
#: lookahead: `re` scans for an opening class with a tight loop, but tries an alternation
#: whose alternatives open with a repeat at every position. The same words, in order.
_METRIC_WORD_SCAN = re.compile(r"[a-z0-9@&](?:[a-z0-9@&]+|(?<=[a-z])(?=\^|²))")
#: Where a match ends, as a function (`map` over a scan's matches).
_MATCH_END = re.Match.end


@dataclass(frozen=True)
class Metric:
    name: str
    direction: str | None  # "lower" or "higher" is better; None for params


def _read_module_source() -> bytes | None:
    try:
        return Path(__file__).read_bytes()
    except OSError:
        return None


#: Read as the module is imported (not when a table is first asked for, by which time the
#: file may have been edited): the code that derives the tables is the code running.
_MODULE_SOURCE = _read_module_source()


def _module_source() -> bytes | None:
    """This module's source: the tables kept in the pattern cache are derived by it (None:
    not readable, and nothing is read from the cache or kept)."""
    return _MODULE_SOURCE


@cache
def _text(name: str) -> str:
    """The text of one of the vocabulary's files, read once. Next to this module where
    it is a file (`importlib.resources` took 2.5 ms to open the first), else as the
    package's resource."""
    try:
        return (Path(__file__).parent / name).read_text(encoding="utf-8")
    except OSError:
        from importlib.resources import files

        return files("extract.vocab").joinpath(name).read_text(encoding="utf-8")


def _load(name: str) -> dict:
    return json.loads(_text(name))


@cache
def metrics() -> dict[str, Metric]:
    return {m["name"]: Metric(m["name"], m["direction"]) for m in _load("metrics.json")["metrics"]}


def metric_direction(name: str) -> str | None:
    """'lower' or 'higher' (is better), or None when unknown.

    >>> metric_direction("FID"), metric_direction("accuracy"), metric_direction("top-20 accuracy")
    ('lower', 'higher', 'higher')
    """
    known = metrics().get(name)
    if known:
        return known.direction
    if _K_METRIC.fullmatch(name):
        return "higher"
    at_k = metrics().get(_CUT_OFF.sub("@k", name))  # "MRR@10" ranks like "MRR@k"
    return at_k.direction if at_k else None


def _escape_spaces(pattern: str) -> str:
    return pattern.replace("\\ ", " ").replace(" ", "\\ ")


def _alternation(entries: list[tuple[str, list[str], list[str]]], plural_acronyms: bool = False):
    """One named group per entry (the groups, and the entries in their order):
    case-insensitive aliases, case-sensitive acronyms. Entries with longer aliases come first so that 'top-1 accuracy' beats 'accuracy'."""
    def longest(entry):
        return max((len(a) for a in entry[1] + entry[2]), default=0)
    groups = []
    for index, (_, aliases, acronyms) in enumerate(sorted(entries, key=longest, reverse=True)):
        # Spaces escaped, so the patterns also work inside VERBOSE rule patterns. (An alias is
        # ordered by what it reads, without a lookahead at its end: "errors?(?! fixing)" still
        # after "error rates?", which the alternation must try first.)
        parts = [f"(?i:{_escape_spaces(a)})" for a in sorted(aliases, key=_read_length, reverse=True)]
        # acronyms take a plural "s" ("PSNRs", "FIDs") unless they end in one
        parts += [_escape_spaces(a) + ("" if a.endswith(("s", "S")) or not plural_acronyms else "s?")
                  for a in sorted(acronyms, key=len, reverse=True)]
        if parts:
            groups.append(f"(?P<g{index}>{'|'.join(parts)})")
    return groups, sorted(entries, key=longest, reverse=True)


def _read_length(alias: str) -> int:
    """An alias's length without a negative lookahead that ends it ("errors?(?!...)" is 7)."""
    at = alias.find("(?!")
    return at if at > 0 and alias.endswith(")") and alias.count("(?!") == 1 and "|" not in alias[:at] else len(alias)


#: A name stands alone: not glued to letters/digits or '@' before it.
_STANDS_ALONE = r"(?<![\w@])"


#: A name (a pattern) whose first character is that letter or digit, whatever follows:
#: no quantifier on it, no alternative at the top.
_FIXED_START = regex.compile(r"[A-Za-z0-9](?![?*{])(?!.*\|)", regex.DOTALL)

#: How many word heads a vocabulary remembers (a few thousand occur in real text).
_MAX_HEADS = 100_000
#: The longer head tried where a word's first three characters can begin a name.
_LONG_HEAD = 6
#: How many characters of a name the candidate scan reads (see `_name_prefixes`).
_PREFIX_LIMIT = 6
#: Whether a longer head holds as many characters as the strings that begin the names, so that
#: the candidates' trie tells of it whether any name can begin with it (`_long_head_ruled_out`).
_LONG_HEAD_HOLDS_PREFIXES = _LONG_HEAD >= _PREFIX_LIMIT
#: The opening of a name written as plain ASCII text (`regex.escape` of a benchmark's name
#: is plain throughout): letters, digits, spaces, hyphens, and a backslash before any
#: other ASCII character, which stands for it.
_PLAIN_START = re.compile(r"(?:[A-Za-z0-9 \-]|\\[\x00-/:-@\[-`{-\x7f])+")
_PLAIN_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
#: A brace that opens no repeat `re` reads: `regex` may read it as a fuzzy match's
#: constraints ("{e<=1}"), which `re` takes for literal text.
_NOT_A_REPEAT = re.compile(r"\{(?!\d*(?:,\d*)?\})")


def _name_prefixes(name: str, fold: bool, limit: int = _PREFIX_LIMIT) -> set[str]:
    """ASCII strings of at most `limit` characters, one of which begins every match of
    the name (a pattern) in a text all in ASCII, lowered if `fold` (the strings are then
    lowered too; else the name must be read in its own case, as a benchmark's is): read off the pattern's
    parse, through literals, small classes, groups, alternatives and optional parts, and
    cut where it reads anything else (a lookaround, `\\d`, a character beyond ASCII: a
    shorter string still begins every match). A name `re` cannot parse gives the empty
    string (every position is a candidate), and so does one that `re` would read otherwise
    than `regex` without an error: a brace that is no repeat (a fuzzy match), a nested set
    (POSIX classes, set operations: `re` warns). A name without alternatives that opens with
    more than `limit` plain characters (or is plain throughout) is not parsed: a
    quantifier after them reads only the last."""
    plain = _PLAIN_START.match(name)
    if plain and "|" not in name:
        opening = _PLAIN_ESCAPE.sub(r"\1", plain.group())
        if plain.end() == len(name) or len(opening) > limit:
            return {opening[:limit].lower() if fold else opening[:limit]}
    if _NOT_A_REPEAT.search(name):
        return {""}
    with warnings.catch_warnings():
        warnings.simplefilter("error", FutureWarning)  # "Possible nested set"
        try:
            parsed = _sre_parser.parse(name)
        except (_sre_constants.error, FutureWarning):  # a `regex`-only construct: no prefix
            return {""}
    if not fold and parsed.state.flags & _sre_constants.SRE_FLAG_IGNORECASE:
        return {""}
    return _sequence_prefixes(list(parsed), fold, limit)


def _sequence_prefixes(items: list, fold: bool, limit: int) -> set[str]:
    """`_name_prefixes` of a parsed sequence of `re` pattern items."""
    if limit == 0 or not items:
        return {""}
    op, argument = items[0]
    rest = items[1:]
    if op is _sre_constants.LITERAL or op is _sre_constants.IN:
        if op is _sre_constants.LITERAL:
            chars = {chr(argument)}
        else:
            chars = set()
            for kind, value in argument:
                if kind is _sre_constants.LITERAL:
                    chars.add(chr(value))
                elif kind is _sre_constants.RANGE and value[1] - value[0] < 26:
                    chars.update(chr(code) for code in range(value[0], value[1] + 1))
                else:  # a negated class, a category: anything may be read here
                    return {""}
        # a character beyond ASCII none of whose cases is in it ("κ = 0.853") is never read in
        # a text all in ASCII: no match there begins with it (read38; as a prefix "" it made
        # every word start of every text a candidate, +6% of a run's instructions)
        chars = {char for char in chars if char.isascii() or _may_fold_to_ascii(char)}
        if not chars:
            return set()
        if not all(char.isascii() for char in chars):
            return {""}  # case folding may take a character beyond ASCII to one in it
        after = _sequence_prefixes(rest, fold, limit - 1)
        return {(char.lower() if fold else char) + tail for char in chars for tail in after}
    if op is _sre_constants.SUBPATTERN:
        if not fold and argument[1] & _sre_constants.SRE_FLAG_IGNORECASE:
            return {""}  # a part without case in a name read in its own case
        return _sequence_prefixes(list(argument[-1]) + rest, fold, limit)
    if op is _sre_constants.BRANCH:
        return set().union(*(_sequence_prefixes(list(alternative) + rest, fold, limit) for alternative in argument[1]))
    if op is _sre_constants.MAX_REPEAT or op is _sre_constants.MIN_REPEAT:
        low, high, item = argument
        if low == high == 1:
            return _sequence_prefixes(list(item) + rest, fold, limit)
        once = (_sequence_prefixes(list(item) + rest, fold, limit) if high == 1
                else _sequence_prefixes(list(item), fold, limit))
        return (once | _sequence_prefixes(rest, fold, limit)) if low == 0 else once
    return {""}


def _may_fold_to_ascii(char: str) -> bool:
    """Whether a case of `char` is in ASCII ("K", the Kelvin sign, is a "k" without case; "κ" is
    no ASCII letter in any case)."""
    return any(variant.isascii() for variant in (char.lower(), char.upper(), char.casefold()))


def _prefix_trie(prefixes: set[str]) -> str:
    """A `re` pattern (no group) that matches where one of `prefixes` begins: a trie, so
    that `re` tries each character once, not each prefix in turn. Empty when one prefix is."""
    trie: dict = {}
    for prefix in sorted(prefixes, key=len):
        node = trie
        for char in prefix:
            if None in node:
                break  # a shorter prefix already begins it
            node = node.setdefault(char, {})
        else:
            node.clear()
            node[None] = True

    def source(node: dict) -> str:
        if None in node:
            return ""
        alternatives = [re.escape(char) + source(child) for char, child in sorted(node.items())]
        return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
    return source(trie)


class _Vocabulary:
    """The vocabulary as one pattern (`pattern`, for rules that embed or anchor it) and
    as a scanner (`finditer`, `find`) that finds the same matches without trying the
    whole alternation at every position: it visits only the starts of words and tries
    there only the names that can begin with that word's first character."""

    def __init__(self, entries: list[tuple[str, list[str], list[str]]] | None, after: str, plural_acronyms: bool = False,
                 case_sensitive_starts: bool = False, alternation: tuple | None = None):
        """`alternation`: `_alternation(entries, plural_acronyms)`, given (from the pattern
        cache) instead of `entries`."""
        groups, ordered = alternation if alternation is not None else _alternation(entries, plural_acronyms)
        self._entries = ordered
        # With case-sensitive starts, words that start in a case no name starts in are
        # not even visited (most words, for benchmark names); metric names are mostly
        # without case, and one pattern per case would double the patterns to compile.
        self._case_sensitive_starts = case_sensitive_starts
        self.names = {f"g{i}": e[0] for i, e in enumerate(ordered)}
        self._groups = groups
        self._after = after  # what may not follow a name
        self.source = self._source(groups)
        self._pattern: regex.Pattern | None = None
        self._buckets: dict[str, regex.Pattern | None] | None = None
        self._beyond_ascii: regex.Pattern | None = None
        self._heads: dict[str, regex.Pattern | bool] = {}
        self._starts: regex.Pattern | None = None
        self._ascii_starts: re.Pattern | None = None
        self._after_separator: re.Pattern | None = None
        self._ascii_first: frozenset[str] = frozenset()
        self._candidates: re.Pattern | None = None
        self._fold = True
        self._candidate_at_start: re.Pattern | None = None

    @property
    def pattern(self) -> regex.Pattern:
        """The whole vocabulary as one pattern, compiled when first asked for: the scanner
        does without it (one benchmark alternation took 0.08 s to compile)."""
        if self._pattern is None:
            self._pattern = regex.compile(self.source)
        return self._pattern

    def _source(self, groups: list[str]) -> str:
        return rf"{_STANDS_ALONE}(?:{'|'.join(groups)})(?!{self._after})"

    def _key(self, char: str) -> str:
        return char if self._case_sensitive_starts else char.lower()

    def _dispatch(self) -> None:
        """One pattern per ASCII first character (case folded unless the names are
        written in a case of their own, as benchmark acronyms are), holding, in their
        order, the names a partial match says can start with it: at a given position the first
        alternative that matches is the same as in the whole alternation, since the
        others cannot match there. Non-ASCII starts (case folding reaches beyond ASCII:
        the Kelvin sign matches 'k' without case) are tried with the whole pattern.
        The tables the patterns are built from (`_scanner_tables`, ~18 ms for both
        vocabularies) are kept in the pattern cache under the names and this module's source."""
        firsts, beyond, visited, candidates = patterncache.table(
            "vocabulary scanner", repr((self._entries, self._groups, self._case_sensitive_starts)),
            _module_source(), self._scanner_tables)
        groups = self._groups
        self._buckets = {char: regex.compile(self._source([groups[index] for index in indices]))
                         for char, indices in firsts.items()}
        self._beyond_ascii = regex.compile(self._source([groups[index] for index in beyond])) if beyond else None
        # One character class, non-ASCII in it: the regex module scans a class at C
        # speed, but tries an alternation at every position.
        chars = "".join(regex.escape(c) for c in visited)
        self._starts = regex.compile(rf"{_STANDS_ALONE}[{chars}\x80-\U0010ffff]")
        # The same class scanned by `re`, for texts all in ASCII (nearly every sentence):
        # there both engines read `\w` as [A-Za-z0-9_] and find the same starts, and `re`
        # scans them 2.5-3x faster (the engines differ on `\w` beyond ASCII only).
        self._ascii_starts = re.compile(self._starts.pattern)
        # For a text all in ASCII scanned to its end, the same starts read off the character
        # before them: `(?<![\w@])` holds at a position after one of [^A-Za-z0-9_@] (and at
        # the text's start). A pattern that opens with a class is scanned for it by `re`'s
        # tight loop, where one that opens with a lookbehind is tried at every position
        # (the starts' scan took a quarter less time over the mix's sentences).
        ascii_chars = "".join(regex.escape(c) for c in visited if c < "\x80")
        self._after_separator = re.compile(rf"[^A-Za-z0-9_@](?=[{ascii_chars}])")
        self._ascii_first = frozenset(c for c in visited if c < "\x80")
        # The word starts of an ASCII text where a name may begin, found by one `re` scan of
        # the text (lowered for names read without case): a separator, then one of the strings
        # that begin the names (a trie of their first `_PREFIX_LIMIT` characters). Over the
        # mix's sentences it passes 1 in 7 of the metric names' word starts and 1 in 140 of the benchmarks',
        # each of which the loop in `_finditer_ascii` would otherwise look up in its heads.
        if candidates is not None:
            fold, firsts_class, trie = candidates
            self._fold = fold
            self._candidates = re.compile(rf"[^A-Za-z0-9_@](?=[{firsts_class}])(?={trie})")
            self._candidate_at_start = re.compile(trie)

    def _scanner_tables(self) -> tuple:
        """What `_dispatch` builds its patterns from, derived from the names: the indices
        in `_groups` of each bucket's names, by first character (key); those of the names
        that may start beyond ASCII; the characters a word visited starts with, sorted;
        and for the candidates' scan, whether the text is lowered, the class of the
        prefixes' first characters and the prefixes' trie (None: some name has no prefix)."""
        firsts: dict[str, list[int]] = {}
        for index, group in enumerate(self._groups):
            for char in self._first_keys(group):
                firsts.setdefault(char, []).append(index)
        # Where a word starts with a character beyond ASCII, only the names that do not
        # start with a fixed ASCII character in their own case can match (a name without
        # case may: the Kelvin sign is a 'k' then).
        beyond = [index for index, group in enumerate(self._groups) if not self._ascii_start_in_case(group)]
        visited = set(firsts) if self._case_sensitive_starts else set(firsts) | {c.upper() for c in firsts}
        # Benchmarks' names (acronyms all, read in their own case) are looked for in the text
        # as it is: most words open in a case no name does.
        fold = not self._case_sensitive_starts or any(aliases for _, aliases, _ in self._entries)
        prefixes = set().union(*(_name_prefixes(name, fold) for _, aliases, acronyms in self._entries
                                 for name in aliases + acronyms))
        candidates = None
        if "" not in prefixes:
            firsts_class = "".join(sorted({re.escape(prefix[0]) for prefix in prefixes}))
            candidates = (fold, firsts_class, _prefix_trie(prefixes))
        return firsts, beyond, "".join(sorted(visited)), candidates

    def _ascii_start_in_case(self, group: str) -> bool:
        """Whether every name of `group` is written in its own case and starts with a fixed
        ASCII letter or digit (so that no character beyond ASCII starts a match)."""
        _, aliases, acronyms = self._entries[int(group[len("(?P<g"):group.index(">")])]
        return not aliases and all(_FIXED_START.match(name) for name in acronyms)

    def _first_keys(self, group: str) -> set[str]:
        """The keys of the ASCII characters a match of `group` can start with: read off
        the names that start with a fixed letter or digit; a group with a name that
        starts otherwise is compiled and partially matched against every character
        (compiling each group cost most of the start-up)."""
        _, aliases, acronyms = self._entries[int(group[len("(?P<g"):group.index(">")])]
        if all(_FIXED_START.match(name) for name in aliases + acronyms):
            return ({self._key(c) for a in aliases for c in (a[0].lower(), a[0].upper())}
                    | {self._key(a[0]) for a in acronyms})
        alone = regex.compile(group)
        if alone.match(""):
            raise ValueError(f"a vocabulary name matches the empty string: {group[:60]}")
        return {self._key(chr(code)) for code in range(128) if alone.match(chr(code), partial=True)}

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """The matches of `pattern.finditer(text, pos, endpos)`, found faster."""
        if self._starts is None:
            self._dispatch()
        endpos = len(text) if endpos is None else endpos
        if endpos >= len(text) and text.isascii():
            yield from self._finditer_ascii(text, pos)
            return
        after_last = pos
        heads = self._heads
        starts = self._ascii_starts if text.isascii() else self._starts
        for start in starts.finditer(text, pos, endpos):
            at = start.start()
            if at < after_last:
                continue
            char = text[at]
            if char < "\x80":
                if at + _LONG_HEAD <= endpos and self._long_head_ruled_out(text[at:at + _LONG_HEAD]):
                    continue  # the three-character head not asked
                head = text[at:at + 3] if at + 3 <= endpos else text[at:endpos]
                pattern = heads.get(head)
                if pattern is None:
                    pattern = self._head_pattern(head)
                if pattern is False:
                    continue
                if at + 3 < endpos:
                    # Where the short head passes, a longer one rules out most of the rest
                    # before the bucket is tried ("performance" starts as "perplexity" does,
                    # not as any name starts): asked only here, it adds few heads to remember.
                    head = text[at:at + _LONG_HEAD] if at + _LONG_HEAD <= endpos else text[at:endpos]
                    pattern = heads.get(head)
                    if pattern is None:
                        pattern = self._head_pattern(head)
                    if pattern is False:
                        continue
            else:
                pattern = self._beyond_ascii
                if pattern is None:
                    continue
            match = pattern.match(text, at, endpos)
            if match:
                after_last = match.end()
                yield match

    def _finditer_ascii(self, text: str, pos: int):
        """`finditer` to the end of a text all in ASCII (nearly every call): every start is
        below 0x80, and a slice past the end of the text ends with it, so the loop above
        runs without its character test and its bounds on the heads. The starts visited
        are those where a name's first characters are (`_ascii_candidates`), or every word start
        (`_ascii_word_starts`) where some name has no prefix to scan for: each is asked only its
        longer head (a head no name begins with has no longer head one begins with, and the
        three-character one rules out little more there)."""
        starts = (self._ascii_word_starts(text, pos) if self._candidates is None
                  else self._ascii_candidates(text, pos))
        after_last = pos
        heads_get = self._heads.get
        for at in starts:
            if at < after_last:
                continue
            head = text[at:at + _LONG_HEAD]
            pattern = heads_get(head)
            if pattern is None:
                pattern = self._head_pattern(head)
            if pattern is False:
                continue
            match = pattern.match(text, at)
            if match:
                after_last = match.end()
                yield match

    def _ascii_word_starts(self, text: str, pos: int):
        """The starts `_ascii_starts.finditer(text, pos)` finds in a text all in ASCII, as
        positions: where its separator's match ends, and the text's start."""
        starts = map(_MATCH_END, self._after_separator.finditer(text, pos - 1 if pos else 0))
        if pos == 0 and text[:1] in self._ascii_first:
            return itertools.chain((0,), starts)  # no character before the text's start
        return starts

    def _ascii_candidates(self, text: str, pos: int):
        """The word starts of `_ascii_word_starts(text, pos)` where a name may begin: those
        where the text (lowered for names read without case) holds one of the names' first
        characters (`_name_prefixes`),
        found by one scan (`_candidates`); every start where no name can match is left out,
        so `_finditer_ascii` finds the same matches."""
        if self._fold:
            text = text.lower()  # ASCII: the same length, each letter in one case
        starts = map(_MATCH_END, self._candidates.finditer(text, pos - 1 if pos else 0))
        if pos == 0 and self._candidate_at_start.match(text):
            return itertools.chain((0,), starts)  # no character before the text's start
        return starts

    def _long_head_ruled_out(self, head: str) -> bool:
        """Whether no name can begin with `head`, `_LONG_HEAD` characters of a text, by what is
        known of it or by the candidates' trie, without the partial match of its three-character
        head (over the whole bucket, ~9 us at each new head): where it is known False, or where
        it is ASCII and none of the strings that begin the names (`_name_prefixes`: at most
        `_PREFIX_LIMIT` <= `_LONG_HEAD` characters, one of which begins every match, complete
        or partial, of a text whose first `_LONG_HEAD` characters are ASCII) begins it, which
        is then remembered (`_head_pattern` would find no partial match either). Asked where
        the long head would be asked after the short one: a head no name begins with has no
        shorter head that changes that, so the answer is the same. Most new heads of
        `match` and `fullmatch` are the words after a number ("% on the", "x faster") or
        tokens asked whether they name a metric; most of the generic `finditer`'s are words of
        the sentences beyond ASCII."""
        known = self._heads.get(head)
        if known is not None:
            return known is False
        if not (_LONG_HEAD_HOLDS_PREFIXES and self._candidate_at_start is not None and head.isascii()):
            return False
        if self._candidate_at_start.match(head.lower() if self._fold else head):
            return False
        if len(self._heads) < _MAX_HEADS:
            self._heads[head] = False
        return True

    def _head_pattern(self, head: str) -> regex.Pattern | bool:
        """The pattern to try where a word begins with these (up to three, or up to
        `_LONG_HEAD`, ASCII-led) characters, or False when no name can begin so (no partial match of them);
        remembered in `_heads`. Most words visited start with a character some name
        starts with but go on in a way none does: they are passed without trying the
        pattern. (A name shorter than `head` is tested with what follows it, as in the
        text.)"""
        pattern = self._buckets.get(self._key(head[0]))
        if pattern is not None and len(head) == 3:
            # What no name can begin with, no name can begin with followed by more: the first
            # two characters, asked once (a partial match, remembered too), rule out most
            # three-character heads (2,100 pairs against 7,300 heads over the mix's first 3,000).
            two = self._heads.get(head[:2])
            if two is None:
                two = self._head_pattern(head[:2])
            if two is False:
                pattern = None
        found = pattern if pattern is not None and pattern.match(head, partial=True) else False
        if len(self._heads) < _MAX_HEADS:
            self._heads[head] = found
        return found

    def _pattern_at(self, char: str) -> regex.Pattern | None:
        """The pattern that finds what `pattern` finds at a position holding `char`
        (None: no name starts with it)."""
        if self._starts is None:
            self._dispatch()
        return self._buckets.get(self._key(char)) if char < "\x80" else self._beyond_ascii

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        """`pattern.match(text, pos, endpos)`, trying only the names that can start there."""
        endpos = len(text) if endpos is None else endpos
        if pos >= min(endpos, len(text)) >= 0:
            return None  # no name matches the empty string (see _first_keys)
        if not 0 <= pos < min(endpos, len(text)):
            return self.pattern.match(text, pos, endpos)
        pattern = self._pattern_at_head(text, pos, min(endpos, len(text)))
        return pattern.match(text, pos, endpos) if pattern is not None else None

    def fullmatch(self, text: str) -> regex.Match | None:
        """`pattern.fullmatch(text)`, trying only the names that can start it."""
        if not text:
            return None  # no name matches the empty string (see _first_keys)
        if self._starts is None:
            self._dispatch()
        if self._candidate_at_start is not None and text.isascii() and not self._candidate_at_start.match(
                text.lower() if self._fold else text):
            # a match of the whole text, all in ASCII, begins with one of the strings that begin
            # the names (`_name_prefixes`), as the candidates' scan reads them: the tokens asked
            # whether they name a metric or a benchmark (`names._is_metric_or_dataset`), most
            # of them shorter than a long head, were each a partial match of a bucket (~9 us)
            return None
        pattern = self._pattern_at_head(text, 0, len(text))
        return pattern.fullmatch(text) if pattern is not None else None

    def _pattern_at_head(self, text: str, pos: int, end: int) -> regex.Pattern | None:
        """`_pattern_at(text[pos])`, or None where the scanner's heads say that no name
        begins with the characters at `pos` (before `end`): the test `finditer` makes at
        each word start (`_head_pattern`), which spares most failing matches the bucket."""
        if self._starts is None:
            self._dispatch()
        if text[pos] >= "\x80":
            return self._beyond_ascii
        heads = self._heads
        if pos + _LONG_HEAD <= end and self._long_head_ruled_out(text[pos:pos + _LONG_HEAD]):
            return None  # the three-character head not asked
        head = text[pos:pos + 3] if pos + 3 <= end else text[pos:end]
        pattern = heads.get(head)
        if pattern is None:
            pattern = self._head_pattern(head)
        if pattern is not False and pos + 3 < end:
            head = text[pos:pos + _LONG_HEAD] if pos + _LONG_HEAD <= end else text[pos:end]
            pattern = heads.get(head)
            if pattern is None:
                pattern = self._head_pattern(head)
        return pattern if pattern is not False else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        """`pattern.search(text, pos, endpos)`: the scanner's first match (the whole
        alternation searched is tried at every position)."""
        return next(self.finditer(text, pos, endpos), None)

    def find(self, text: str, pos: int = 0, endpos: int | None = None):
        for match in self.finditer(text, pos, endpos):
            yield match, self.names[match.lastgroup]


#: What may not follow a metric's name: a hyphenated continuation ("FID-guided" is not the
#: metric FID), nor "++" ("GenEval++" is another benchmark than GenEval, read35).
METRIC_AFTER = r"[\w@]|-[A-Za-z\d]|\+\+"
#: What may not follow a benchmark's name: "ImageNet-256" and a glued "ImageNet256x256" are
#: ImageNet at a resolution: a hyphen and digits, or a glued WxH, may follow.
DATASET_AFTER = r"[A-Za-z_@]|-[A-Za-z]|\d(?!\d*\s?(?:x|×|times))"


@cache
def metric_vocabulary() -> _Vocabulary:
    return _Vocabulary(None, after=METRIC_AFTER, plural_acronyms=True,
                       alternation=patterncache.table("metric alternation", _text("metrics.json"), _module_source(),
                                                      _metric_alternation))


def _metric_alternation() -> tuple[list[str], list[tuple[str, list[str], list[str]]]]:
    """`_alternation` of the metrics' names (kept in the pattern cache: `metric_vocabulary`)."""
    entries = []
    for m in _load("metrics.json")["metrics"]:
        if m["name"] == "params":
            continue
        entries.append((m["name"], m.get("aliases", []), m.get("acronyms", [])))
    return _alternation(entries, plural_acronyms=True)


#: Names whose k is written inside them, not after an "@": tau-bench's pass^k (all k trials pass; read58).
_K_WRITTEN_IN = {"pass^k": "pass^{}", "top-k accuracy": "top-{} accuracy"}


def metric_name(match_text: str, name: str) -> str:
    """The canonical name for a metric mention, filling in k where the name has one.

    >>> metric_name("top-20 accuracy", "top-k accuracy"), metric_name("Recall@20", "recall@k"), metric_name("R@1", "recall@k")
    ('top-20 accuracy', 'recall@20', 'recall@1')
    >>> metric_name("pass@10", "pass@k"), metric_name("pass@k", "pass@k"), metric_name("HitRatio@1", "HR@k")
    ('pass@10', 'pass@k', 'HR@1')
    >>> metric_name("F1@50", "F1@k"), metric_name("F1 @ 25", "F1@k"), metric_name("pass-at-4", "pass@k")
    ('F1@50', 'F1@25', 'pass@4')
    >>> metric_name("pass^3", "pass^k"), metric_name("pass^k", "pass^k")
    ('pass^3', 'pass^k')
    """
    template = _K_WRITTEN_IN.get(name)
    if template:
        k = _DIGITS.search(match_text)
        return template.format(k.group()) if k else name
    at = match_text.find("@") if "@" in match_text else match_text.find("-at-")  # "pass-at-4" (read52)
    if name.endswith("@k") and at >= 0:  # every cut-off is written, like top-k accuracy's k
        # the digits after the "@": "F1@50" is F1 at 50, not at the 1 of its name
        k = _DIGITS.search(match_text, at)
        return name.replace("@k", f"@{k.group()}") if k else name
    return name


@cache
def dataset_vocabulary() -> _Vocabulary:
    return _Vocabulary(None, after=DATASET_AFTER, case_sensitive_starts=True,
                       alternation=patterncache.table("dataset alternation", _text("datasets.json"), _module_source(),
                                                      _dataset_alternation))


def _dataset_alternation() -> tuple[list[str], list[tuple[str, list[str], list[str]]]]:
    """`_alternation` of the benchmarks' names (kept in the pattern cache: `dataset_vocabulary`)."""
    data = _load("datasets.json")
    entries = [(name, [], [regex.escape(name), *aliases]) for name, aliases in data["datasets"].items()]
    return _alternation(entries)


@cache
def model_family_pattern():
    """A name that starts with a known family of systems ('ResNet20', 'Llama-2-7B')."""
    families = sorted(_load("models.json")["families"], key=len, reverse=True)
    return regex.compile(r"(?:" + "|".join(regex.escape(f) for f in families) + r")(?![a-z])")


@cache
def _top1_benchmarks() -> frozenset[str]:
    return frozenset(_load("datasets.json")["accuracy_is_top1"])


_EDITION = regex.compile(r"[- ](?:(?:19|20)\d\d|val\w*|test\w*|\d+x\d+)$")


def board_metric(metric: str, dataset: str | None, kind: str) -> str:
    """The metric a board files a claim under: a score written 'accuracy' on an ImageNet
    classification set is its top-1 accuracy (the board every ImageNet paper reports on),
    so 'ImageNet-1K / accuracy' and 'ImageNet-1K / top-1 accuracy' are one board.
    Changes keep the metric as stated: they are no board's rows.

    >>> board_metric("accuracy", "ImageNet-2012", "score"), board_metric("accuracy", "CIFAR-10", "score")
    ('top-1 accuracy', 'accuracy')
    >>> board_metric("accuracy", "ImageNet", "delta")
    'accuracy'
    """
    if metric == "accuracy" and kind == "score" and dataset and _EDITION.sub("", dataset) in _top1_benchmarks():
        return "top-1 accuracy"
    return metric


@cache
def dataset_words_needing_context() -> frozenset[str]:
    return frozenset(_load("datasets.json")["needs_context"])


@cache
def task_pattern():
    tasks = _load("datasets.json")["tasks"]
    return regex.compile(r"(?i)\b(?:" + "|".join(regex.escape(t) for t in tasks) + r")\b")


@cache
def _folded_tasks() -> tuple[str, ...]:
    return tuple(t.casefold() for t in _load("datasets.json")["tasks"])


def names_a_task(text: str) -> bool:
    """Whether `text` names a task (`task_pattern`). The pattern, an alternation tried at
    every position, runs only when a task's words are in the case-folded text: whatever
    matches a name without case folds to it (the Kelvin sign and the long s included).

    >>> names_a_task("Results on text-to-Image generation"), names_a_task("Results on images")
    (True, False)
    """
    folded = text.casefold()
    return any(task in folded for task in _folded_tasks()) and bool(task_pattern().search(text))


#: Benchmarks whose score is also the metric's name (GenEval score -> metric GenEval).
@cache
def benchmark_metrics() -> frozenset[str]:
    names = set(metrics())
    return frozenset(n for n in _load("datasets.json")["datasets"] if n in names)


@cache
def metric_word_prefixes() -> frozenset[str]:
    """The first four letters of every word in a metric name or alias: a cheap test for
    "could a metric be named here?" before a costly search of the whole vocabulary.
    Derived once (`_metric_word_prefixes`, ~5 ms) and kept in the pattern cache under
    metrics.json's text and this module's source.

    >>> {"fid", "accu", "psnr"} <= metric_word_prefixes()
    True
    """
    return patterncache.table("metric word prefixes", _text("metrics.json"), _module_source(),
                              _metric_word_prefixes)


def _metric_word_prefixes() -> frozenset[str]:
    """`metric_word_prefixes`, derived from metrics.json."""
    prefixes = set()
    for metric in _load("metrics.json")["metrics"]:
        for alias in [metric["name"], *metric.get("aliases", []), *metric.get("acronyms", [])]:
            written = regex.sub(r"\\(\^)", r"\1", alias.lower())  # "R\^2" is written "R^2"
            # with an optional letter, both writings: "hits?@\d+" is written "Hit@1" too (read70); a
            # word the shorter writing cuts below four letters ("ups?" as "up") would pass most text
            shorter = regex.sub(r"(?<!\\)\w\?", "", written)
            for spelling, least in ((written, 1), (shorter, 4)) if shorter != written else ((written, 1),):
                for word in _METRIC_WORD.findall(regex.sub(r"\\.|\[[^\]]*\]|\(\?[^)]*\)|[?*+{}|()]", " ", spelling)):
                    if word not in _COMMON_WORDS and not word[0].isdigit() and len(word) >= least:
                        prefixes.add(word[:4])
        for acronym in metric.get("acronyms", []):
            # an acronym of two or three letters is written in the plural too ("AUCs of 0.91 and 0.88",
            # "EERs"), whose first four letters the scan reads (read62)
            if regex.fullmatch(r"[A-Za-z0-9]{2,3}", acronym):
                prefixes.add(acronym.lower() + "s")
    return frozenset(prefixes)


#: Words of metric names too common to tell anything ("area under the ROC curve").
_COMMON_WORDS = frozenset(["the", "of", "on", "in", "under", "per", "an", "at", "to", "for", "and", "or", "with", "by", "mean", "average", "avg", "test", "validation", "val", "overall", "total", "score", "scores", "rate", "rates", "time", "cost", "distance", "distances", "curve", "zero", "shot", "classification"])


def may_name_metric(text: str) -> bool:
    """True when some word of `text` could begin a metric's name (see metric_word_prefixes)."""
    prefixes = metric_word_prefixes()
    for word in _METRIC_WORD_SCAN.findall(text.lower()):  # a loop, not any() over a generator: half the time
        if word[:4] in prefixes or ("@" in word and word[:word.index("@") + 1] in prefixes):
            return True  # (a short name at a cut-off, "r@1" of "R@\d+", is read up to its "@": read59)
    # the Greek kappa alone ("κ = 0.853": Cohen's kappa, read38) is no word of the scan's, which
    # reads ASCII only: it is looked for apart, by a string search
    return "κ" in text
