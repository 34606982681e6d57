"""Fast paths of round 23 (speed27), each against the path it replaces: `STRICT_BOUND` or
`_SETTING_BEFORE` before a number asked of an ASCII tail by one backward `regex` match
(extract/rules/scores.py, `_BOUND_OR_SETTING_AT_END`), not by two forward `re` searches."""
from __future__ import annotations

import regex
from real_abstracts import real_and_synthetic_abstracts

from extract.rules import RULES
from extract.rules import scores
from extract.rules.base import _NOT_REVERSIBLE
from extract.rules.fragments import STRICT_BOUND

#: Tails built to end where the two patterns' matches end, and where they nearly do: every
#: bound and setting word, cases, white space of every kind (a final line feed, which `$` also
#: matches before; the separator controls, `\s` to `re` only), words that hold the words.
MADE_UP = [
    "", " ", "\n", "\x1c", "over ", "Over", "OVER\t", "moreover ", "more than ", "more  than", "more\nthan ", "greater than",
    "above\n", "beyond\x1c", "exceeds ", "exceeding ", "surpassing  ", "at least", "at  least ", "below ", "under",
    "less than ", "fewer than ", "at most ", "lower than ", "higher than ", "sub-", "Sub-", "a sub-", "hub-", "<", "> ",
    "≤ ", "≥", "FID<", "horizon ", "horizons of ", "length = ", "window: ", "sizes of\n", "step=", "epochs ",
    "batch ", "resolution of ", "dimension ", "rank ", "seed ", "layers: ", "k=", "K = ", "T ", "t:", "N=", "n ",
    "top-k ", "Top-K of ", "beam ", "temperature ", "shots ", "5-shot ", "the k", "pink ", "network ", "at ",
    "horizon of of ", "overall ", "turnover ", "a batch of ", "ranks ", "size\x1c", "size\u00a0", "size\u2009",
    "é over ", "over é", "K\u212a ", "\u212a ", "ſteps ", "steps\x85", "(over ", "[under ", "sub-\n", "wait, over ",
]


def _tails() -> list[str]:
    tails = list(MADE_UP)
    texts = real_and_synthetic_abstracts() + [example for rule in RULES for example in rule.examples]
    for text in texts:
        for digit in regex.finditer(r"\d", text):
            tails.append(text[:digit.start()][-25:])
    for tail in list(tails[:len(MADE_UP)]):
        tails.extend(prefix + tail for prefix in ("x", "the ", "1 ", "A-"))
    return tails


def test_bound_or_setting_is_the_two_searches():
    tails = _tails()
    found = 0
    for tail in tails:
        slow = bool(STRICT_BOUND.search(tail) or scores._SETTING_BEFORE.search(tail))
        scores._bound_or_setting_in.cache_clear()
        assert scores._bound_or_setting_in(tail) is slow, repr(tail)
        if tail.isascii() and "\x1c" not in tail and slow:
            found += 1
    assert found > 100  # the backward pattern is asked, and matches, on many tails
    scores._bound_or_setting_in.cache_clear()


def test_bound_or_setting_pattern_reads_backwards_as_forwards():
    # the backward match is the forward search only for the constructs a backward search reads
    # as a forward one does (`ReverseGate`'s argument), and only where each pattern ends in `\s*$`
    source = scores._BOUND_OR_SETTING_AT_END.pattern
    assert _NOT_REVERSIBLE.search(source) is None
    for part in (STRICT_BOUND.pattern, scores._SETTING_BEFORE.pattern):
        assert part.endswith(r"\s*$")
    # `_SETTING_BEFORE` is written without VERBOSE and joins a VERBOSE pattern: it holds nothing
    # VERBOSE reads otherwise (white space, "#"), and its only flag is the case it drops
    assert not regex.search(r"[\s#]", scores._SETTING_BEFORE.pattern)
    assert scores._SETTING_BEFORE.pattern.startswith("(?i)") and "(?" not in scores._SETTING_BEFORE.pattern[4:].replace("(?:", "")
