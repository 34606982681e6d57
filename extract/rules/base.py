"""The shape of a rule (Duckling style): a readable name, a pattern over the text
around a number, and a production that turns the match into claim drafts.

A rule sees a `Site`: one number, or a list of numbers written in parallel
("0.4/0.19", "2.4x and 8.6x"), with the sentence around it. `left` is searched at
the end of the text before the site, `right` is matched at the start of the text
after it; both must match for the production to run.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from extract.deferred import DEFERRED, DeferredPattern
from extract.lazy import cached
from extract.numbers import Mention
from extract.vocab import may_name_metric

#: An interval in square brackets right after an estimate: "+0.314 [0.254, 0.375] judge accuracy" (read84).
BRACKETED_INTERVAL = r"\[\s*[-+]?\d[\d.]*\s*%?\s*,\s*[-+]?\d[\d.]*\s*%?\s*\]"
#: A confidence interval in brackets: "(95% CI 8.3%-13.5%)", "(confidence interval 0.93-0.97)".
CONFIDENCE_INTERVAL = r"\(\s*(?:\d+(?:\.\d+)?\s*%\s*)?(?:CI|confidence\s+interval)\b[^()]{0,40}\)"
#: A spread or a confidence interval right after a number, read past: "0.950 ± 0.01 for", "10.9%
#: (95% CI 8.3%-13.5%) in AUC" (read42).
_INTERVAL = regex.compile(rf"\s*±\s*\d[\d.]*\s*%?(?=\s)|\s*{CONFIDENCE_INTERVAL}|\s*{BRACKETED_INTERVAL}(?=\s)")
#: The start of the text after a number up to the first character that is not a letter
#: or digit after its first character, as the rule patterns (compiled by `regex`) read them.
_HEAD = regex.compile(r"\s*\S\w*")
#: How much of the text after a number a right pattern reads.
_RIGHT_WINDOW = 220
#: How many heads of the text after a number a rule remembers (a few hundred occur in real text).
_MAX_HEADS = 10_000


@dataclass(eq=False)
class Site:
    mentions: list[Mention]
    sentence: str          # the sentence, repaired text
    offset: int            # where the sentence starts in the repaired abstract
    start: int             # site start, relative to the sentence
    end: int               # site end, relative to the sentence
    context_metric: str | None = None   # the last metric earlier sentences named

    # Read by every rule: computed once per site.
    @cached
    def left(self) -> str:
        return self.sentence[:self.start]

    @cached
    def right(self) -> str:
        # "0.950 ± 0.01 for the LTRC test set": what follows the number is read past its interval
        right = self.sentence[self.end:]
        interval = _INTERVAL.match(right)
        return right[interval.end():] if interval else right

    @property
    def spread_after(self) -> bool:
        """Whether a spread ("± 0.54%") follows the site's numbers, `right` reading past it."""
        return len(self.sentence) - self.end != len(self.right)

    @cached
    def right_window(self) -> str:
        """The text a right pattern is matched against (and a right `Cue` reads)."""
        return self.right[:_RIGHT_WINDOW]

    @cached
    def right_head(self) -> str:
        """What the text a right pattern is matched against begins with: its leading
        spaces, the first character after them and the letters and digits that follow
        it, so that the text goes on with a character that is none (see
        `Rule.may_match_right`)."""
        window = self.right_window
        head = _HEAD.match(window)
        return window[:head.end()] if head else window

    @cached
    def numbers_text(self) -> str:
        """What the site's numbers are written as, signs, ranges and all ("+4.2", "45.1 → 48.3")."""
        return self.sentence[self.start:self.end]

    @cached
    def quantities(self) -> frozenset[str]:
        mentions = self.mentions
        if len(mentions) == 1:
            return frozenset((mentions[0].quantity,))  # most sites: no generator
        return frozenset(m.quantity for m in mentions)

    @cached
    def left_window(self) -> str:
        return self.left[-160:]

    @cached
    def left_tail(self) -> str:
        return self.left[-60:].lower()

    # What a folded `Cue` reads: the window lower-cased, or None beyond ASCII (where
    # such a cue always passes). Kept per site: each cue sliced and lower-cased its
    # window at every call, and cues are asked about 115,000 times over the mix.
    @cached
    def left_window_folded(self) -> str | None:
        return self.left_window.lower() if self.left_window.isascii() else None

    @cached
    def right_window_folded(self) -> str | None:
        return self.right_window.lower() if self.right_window.isascii() else None

    @cached
    def metric_left(self) -> bool:
        return may_name_metric(self.left[-60:])

    @cached
    def metric_right(self) -> bool:
        return may_name_metric(self.right[:40])


@dataclass
class Draft:
    """A claim before attribution: what the rule knows; the rest is filled in later."""

    mention: Mention
    metric: str | None
    kind: str
    value: float
    value_max: float | None
    unit: str | None
    rule: str
    model: str | None = None
    baselines: list[str] | None = None
    dataset: str | None = None
    condition: str | None = None
    role: str = ""            # "before" for the first number of "from X to Y"; "after", "unnamed", "subject" (attribution)
    index: int = 0            # position within its site (for "respectively")
    size: int = 1             # how many numbers the site has
    #: The change names what changed, a quantity the vocabulary does not know ("reducing
    #: tool usage by 66.5%"): an `unspecified` change that is relative (extract.kinds).
    quantity_named: bool = False
    #: The list of numbers written in parallel that this number belongs to, if any.
    number_list: NumberList | None = None
    #: A compared system's score whose sentence names no metric the rules know: it takes the
    #: metric of the sentence's result before it (`pipeline._compared_in_result_metric`).
    in_result_metric: bool = False


@dataclass(eq=False)
class NumberList:
    """Numbers written in parallel in one sentence: the numbers of one site ('12% and 8%'),
    then the numbers elided after them ('12% on A and 8% on B'). Offsets in the sentence.
    Its members share what is written around the list as a whole: 'relative improvements
    of 12% on A and 8% on B' says relative of both, '12% and 8% relative gains' too."""

    start: int               # where its first number, the head, starts
    head_end: int            # where the head ends
    end: int                 # where its last number ends
    #: Written together and closed by 'and'/'or' ('3.2% and 1.9% relative gains'): the words
    #: after the last number are said of all (not in '+3.9%, 7.7% relative', a restatement).
    joined: bool = False


@dataclass(frozen=True)
class Match:
    site: Site
    left: regex.Match | None
    right: regex.Match | None

    def in_left(self, at: int) -> int:
        """Where position `at` of the left pattern's match is in `site.left`. The pattern is
        matched in the site's `left_window` (its last 160 characters), so the match's positions
        count in the window: slicing `site.left` with them cut long sentences in the wrong place
        (read50: "the Qwen2.5-14B-Instruct baseline (0.690)" 200 characters into its sentence)."""
        return len(self.site.left) - len(self.site.left_window) + at

    def before_left(self, at: int | None = None) -> str:
        """The sentence before the left pattern's match, or before its window position `at`."""
        return self.site.left[:self.in_left(self.left.start() if at is None else at)]


@dataclass(frozen=True)
class Rule:
    name: str
    quantities: frozenset[str]
    produce: Callable[[Match], list[Draft] | None]
    left: LazyPattern | None = None
    right: LazyPattern | None = None
    examples: tuple[str, ...] = field(default=())
    #: Words one of which the last 60 characters before the number must hold for
    #: `left` to have a chance: a cheap test that spares most regex searches.
    needs: tuple[str, ...] = ()
    #: Where a metric's name must be possible for the rule to have a chance: "left"
    #: (the last 60 characters before the number) or "right" (the first 40 after).
    needs_metric: str = ""
    #: A cheap test of the text before the number that is true wherever `left` can match
    #: (each is tested to be so, tests/test_fast_paths.py): for left patterns that a
    #: search tries at every position of the window at a high cost.
    left_possible: Callable[[str], bool] | None = None
    #: Where in the window before the number `left`'s search may begin: a position no
    #: match starts before (tested so, tests/test_fast_paths10b.py), asked only where
    #: `left_possible` holds; the search then gives its leftmost match all the same.
    left_from: Callable[[str], int] | None = None
    #: A cheap necessary condition of the rule (a `Cue`, or any test of the site), tried
    #: before the rule's patterns: most numbers are tried by every rule and read by none.
    #: A rule without one is always tried, so a new rule is correct by default.
    precondition: Callable[[Site], bool] | None = None
    #: Words one of which the site's numbers are written with (`Site.numbers_text`), for
    #: a rule whose production declines every other number at once (the arrow of "45.1 →
    #: 48.3"): a test in the site's own few characters, before the rule's call.
    numbers_need: tuple[str, ...] = ()
    #: Heads of the text after a number (`Site.right_head`) and whether `right` can match
    #: a text that begins so: filled as they are met (see `may_match_right`).
    _right_heads: dict[str, bool] = field(default_factory=dict, init=False, compare=False, repr=False)

    @property
    def gate(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The rule's word tests, as `apply` makes them, read off its fields: clauses
        `(site attribute, words)`, each false when none of the words is in that text of the
        site (a `None` text holds every word), and then `apply` gives nothing: `numbers_need`,
        `needs` (in `left_tail`, for a rule with a left pattern) and a `Cue` precondition (in
        the window it reads, folded or not). The pipeline tests them itself
        (pipeline._apply_rules), sparing the call of every rule that would fail them: most
        rules at most numbers. Read off the fields at each registry change, so an edited
        rule carries its gate (tests/test_fast_paths14.py checks each against the rule
        without it, at every site of the real abstracts and the dev sets)."""
        clauses = []
        if self.numbers_need:
            clauses.append(("numbers_text", self.numbers_need))
        if self.needs and self.left is not None:
            clauses.append(("left_tail", self.needs))
        cue = self.precondition
        if isinstance(cue, Cue):
            clauses.append((f"{cue.where}_window{'_folded' if cue.folded else ''}", cue.words))
        return tuple(clauses)

    def may_match_right(self, head: str) -> bool:
        """False when `right` cannot match any text that begins with `head`
        (`Site.right_head`): not even a partial match of `head` is found, and a match of
        a longer text would be a partial match of its beginning. (`regex` reads the end of
        a string as a character that is no letter or digit for `\\b` and `\\B`, even in a
        partial match: the head ends where the text goes on with such a character, so
        there the end reads as the text does.) The text after the number then rules the
        rule out before any search before the number; remembered per head."""
        known = self._right_heads.get(head)
        if known is None:
            known = self.right.compiled().match(head, partial=True) is not None
            if len(self._right_heads) < _MAX_HEADS:
                self._right_heads[head] = known
        return known

    def apply(self, site: Site, timeout: float | None = None) -> list[Draft] | None:
        # Cheapest tests first (each only says "no chance"): a set test, the precondition,
        # a few substring tests, then the metric-word test (computed once per site), then
        # the patterns.
        if not site.quantities <= self.quantities:
            return None
        if self.precondition is not None and not self.precondition(site):
            return None
        if self.numbers_need and not any(word in site.numbers_text for word in self.numbers_need):
            return None
        if self.needs and self.left is not None:
            tail = site.left_tail
            for word in self.needs:
                if word in tail:
                    break
            else:
                return None
        return self.apply_past_gate(site, timeout)

    def apply_past_gate(self, site: Site, timeout: float | None = None) -> list[Draft] | None:
        """`apply` at a site of its quantities where its gate holds (pipeline._apply_rules
        tests both, then calls this): the rest of its tests, then its patterns and production."""
        if self.precondition is not None and not isinstance(self.precondition, Cue) and not self.precondition(site):
            return None  # a precondition the gate does not hold (any test of the site)
        if self.needs_metric and not (site.metric_left if self.needs_metric == "left" else site.metric_right):
            return None
        if self.right is not None and not self.may_match_right(site.right_head):
            return None  # before the left pattern's search, which costs far more
        left = right = None
        if self.left is not None:
            if self.left_possible is not None and not self.left_possible(site.left_window):
                return None
            window = site.left_window
            start = self.left_from(window) if self.left_from is not None else None
            exists = self.left.exists
            found = None
            if exists is not None:
                gate = exists.usable()
                if gate is not None:
                    found = gate.match(window, start, timeout=timeout)  # backwards: from the end (`ends_at_end`)
                    if found is None:
                        return None  # no match anywhere: the forward search would try every position for nothing
            if found is not None and exists.leftmost:
                # the gate's match is the longest that ends where every match ends: it starts
                # where the leftmost does, and the forward pattern tried there first gives the
                # forward search's match (`ReverseGate`, `leftmost`)
                left = self.left.compiled().match(window, found.start(), timeout=timeout)
                if left is None:  # never, by the argument above; the search decides if it were
                    left = self.left.compiled().search(window, start, timeout=timeout)
            elif self.left.ends_at_end:
                left = self.left.compiled().match(window, start, timeout=timeout)  # `nearest`: backwards, from the end
            else:
                left = self.left.compiled().search(window, start, timeout=timeout)
            if left is None:
                return None
        if self.right is not None:
            right = self.right.compiled().match(site.right_window, timeout=timeout)
            if right is None:
                return None
        return self.produce(Match(site, left, right))


class Cue:
    """A rule's precondition: one of `words` is written, as it is in the rule's pattern
    (case and all), in the text that pattern reads: "right", the text after the number
    that `right` is matched against (`site.right[:220]`), or "left", the window before it
    that `left` is searched in (`site.left_window`). Necessary, so never changes what the
    rule finds, when every match of the pattern holds one of the words literally: a part
    of the pattern outside any `(?i)` that no alternative of the match can avoid (say why
    at the rule). A few substring tests instead of the pattern's match or backwards search.

    `folded`, for words (in lower case, ASCII) that the pattern reads without case: they
    are looked for in the lower-cased text, and a text with any character beyond ASCII
    always passes (without case, `regex` matches "k" to the Kelvin sign and "s" to a long
    s, which `str.lower` leaves as they are)."""

    __slots__ = ("folded", "where", "words")

    def __init__(self, where: str, *words: str, folded: bool = False):
        if where not in ("left", "right") or not words:
            raise ValueError(f"a cue reads 'left' or 'right' for at least one word, not {where!r} {words!r}")
        if folded and not all(word.isascii() and word == word.lower() for word in words):
            raise ValueError(f"a folded cue's words are ASCII in lower case: {words!r}")
        self.where = where
        self.words = words
        self.folded = folded

    def __call__(self, site: Site) -> bool:
        """`holds_in` the window the cue reads, with the window's folded text kept by the site."""
        if self.folded:
            text = site.right_window_folded if self.where == "right" else site.left_window_folded
            if text is None:
                return True
        else:
            text = site.right_window if self.where == "right" else site.left_window
        return self._written_in(text)

    def holds_in(self, text: str) -> bool:
        if self.folded:
            if not text.isascii():
                return True
            text = text.lower()
        return self._written_in(text)

    def _written_in(self, text: str) -> bool:
        """Whether one of the words is in `text` (already folded for a folded cue)."""
        for word in self.words:
            if word in text:
                return True
        return False

    def __repr__(self) -> str:
        return f"Cue({self.where!r}, {', '.join(map(repr, self.words))}{', folded=True' if self.folded else ''})"


class LazyPattern(DeferredPattern):
    """A `regex` pattern of a rule, compiled when first used (extract/deferred.py), not
    on import: compiling every rule's patterns (some hold the whole metric vocabulary)
    cost most of `import extract`. `source` is the pattern, or a function giving it (for
    patterns built from the vocabularies, which are loaded on first use too). Listed in
    `DEFERRED` with the others, so tests/test_deferred.py compiles it.

    Rules keep the patterns their productions use as LazyPatterns rather than passing
    strings to `regex` at every call: the regex module's cache is flushed by the
    patterns attribution builds per abstract, and a lookup costs more than most
    searches here."""

    #: The same pattern searched backwards, where one asks only whether it matches (see
    #: `compile_left`); None for the others.
    exists: ReverseGate | None = None
    #: A left pattern read backwards (`nearest`, and every gate), `match`ed rather than searched
    #: for: read backwards, `match` is tried at the window's end only, and a pattern that ends in
    #: `\s*$` matches nowhere else (`$` also matches before a final line feed, but a match
    #: ending there is one ending at the end with the feed in its `\s*`), so it finds what
    #: the backward search finds, without trying each position before it (speed27).
    ends_at_end: bool = False

    def __init__(self, source: str | Callable[[], str], flags: int = 0):
        super().__init__(regex, source, flags, {})
        DEFERRED.append(self)


#: What a backward search may read otherwise than a forward one: atomic groups and
#: possessive quantifiers (what they give up depends on the direction they are read in),
#: back references, conditionals, recursion, `\G`, control verbs, fuzzy counts, an inline
#: direction flag. A pattern that writes one (or any text that looks like one: a `{` with
#: a letter inside, a literal "+" repeated) is not gated.
_NOT_REVERSIBLE = regex.compile(
    r"\(\?>|[*+?}]\+|\\[1-9gGkK]|\(\?P[=>]|\(\?\(|\(\?[R&+\-\d]|\(\*|\{[^}]*[a-zA-Z<]|\(\?[a-zA-Z\-]*r|\(\?\|")


class ReverseGate(LazyPattern):
    r"""A left pattern searched backwards (`regex.REVERSE`), asked only whether it matches
    in a window, before the forward search that gives the match. A pattern of the
    constructs a backward search reads as a forward one does (characters and classes,
    alternatives, greedy and lazy repeats, anchors, and lookarounds, which look the
    same way in either direction) matches some span of a text searched either way, or
    neither: the two searches try the same spans, in another order. A forward search
    tries the pattern at every position of the window and a match must end at its end
    (`\s*$`), so most fail after many tries; the backward one starts at the end and
    fails at once where the window ends otherwise than a match can (the left pattern of
    `<label> (<number>)`: 22.8 -> 10.9 ms over the pool's 739 windows). `usable()` is
    None for a pattern outside those constructs (`_NOT_REVERSIBLE`): it is not gated.

    `leftmost` (`compile_left(..., leftmost=True)`): the gate is read as POSIX (`regex.POSIX`,
    the longest match) as well, so its match, when there is one, is the longest that ends at the
    window's end, where every match of a left pattern ends (`\s*$`; before a final line feed
    `$` also matches, but `\s*` takes it in any match): it starts at the smallest position any
    match starts at, the one the forward search would find after trying every position before
    it. The forward pattern is then matched there (`match` at that position reads the same text
    around it, lookbehinds included, as the search does there), not searched for. Worth it
    where the forward search is dear and the gate often holds: the name or label before a
    bracket (speed27: over 4,000 of the pool's windows, `<name> (<size>)` 69 -> 17 ms, `<label>
    (<number>)` 21 -> 14 ms); where the pattern has many ways to match, POSIX reads them all
    (`accelerates ...`), so it is asked for, not the default."""

    #: Whether the gate is read as POSIX, and its match gives the forward match's start.
    leftmost: bool = False

    def usable(self) -> regex.Pattern | None:
        """The compiled pattern, or None where the pattern is not one to gate with."""
        try:
            return self.__dict__["_usable"]
        except KeyError:
            compiled = self.compiled()
            usable = self.__dict__["_usable"] = compiled if _NOT_REVERSIBLE.search(compiled.pattern) is None else None
            return usable


def _wrap(pattern: str | Callable[[], str], template: str) -> str | Callable[[], str]:
    if callable(pattern):
        return lambda: template.replace("PATTERN", pattern())
    return template.replace("PATTERN", pattern)


def longest_twin(pattern: DeferredPattern) -> LazyPattern:
    """`pattern` (one whose every match ends at the text's end, `$`) read backwards and as
    POSIX: its match is the longest that ends at the end, so it starts where the leftmost
    match does (`ReverseGate`, `leftmost`). For `match_where_longest_starts`."""
    return LazyPattern(pattern.pattern, regex.REVERSE | regex.POSIX)


def match_where_longest_starts(pattern, longest: LazyPattern, text: str):
    """`pattern.search(text)` for a pattern whose every match ends at the text's end: its
    `longest_twin` finds where the leftmost match starts, and `pattern` is matched there,
    not tried at every position before it (speed27)."""
    found = longest.search(text)
    return pattern.match(text, found.start()) if found is not None else None


def compile_left(pattern: str | Callable[[], str], nearest: bool = False, leftmost: bool = False) -> LazyPattern:
    """A left-context pattern: anchored at the end of the text before the number.
    With `nearest`, the match is searched from the end backwards, so that its lazy
    parts take the words nearest the number ("memory drops by 38% and latency by").
    Without, it is searched forwards (its leftmost match), and first asked whether it
    matches at all by the same pattern searched backwards (`ReverseGate`); with `leftmost`,
    that gate's match gives where the forward match starts (`ReverseGate.leftmost`)."""
    if leftmost and nearest:
        raise ValueError("leftmost is a forward left pattern's gate: not with nearest")
    source = _wrap(pattern, r"(?:PATTERN)\s*$")
    left = LazyPattern(source, regex.VERBOSE | (regex.REVERSE if nearest else 0))
    left.ends_at_end = nearest
    if not nearest:
        left.exists = ReverseGate(source, regex.VERBOSE | regex.REVERSE | (regex.POSIX if leftmost else 0))
        left.exists.leftmost = leftmost
    return left


def compile_right(pattern: str | Callable[[], str]) -> LazyPattern:
    return LazyPattern(_wrap(pattern, r"\s*(?:PATTERN)"), regex.VERBOSE)


def drafts(match: Match, metric: str | None, kind: str, rule: str, **extra) -> list[Draft]:
    """One draft per number of the site, with the values the numbers carry."""
    mentions = match.site.mentions
    return [draft_of(mention, metric, kind, rule, index=index, size=len(mentions), **extra)
            for index, mention in enumerate(mentions)]


def draft_of(mention: Mention, metric: str | None, kind: str, rule: str, **extra) -> Draft:
    """A draft of one number, with the values it carries and the spec's unit for the kind."""
    return Draft(mention=mention, metric=metric, kind=kind, value=mention.value, value_max=mention.value_max,
                 unit=_spec_unit(kind, mention), rule=rule, **extra)


def _spec_unit(kind: str, mention: Mention) -> str | None:
    if kind == "params":
        return None
    if mention.quantity == "points":
        return None
    return mention.unit
