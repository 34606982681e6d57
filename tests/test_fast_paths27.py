"""Fast paths of round 23 (speed27), each against the path it replaces: `STRICT_BOUND` or
`_SETTING_BEFORE` before a number asked of an ASCII tail by one backward `regex` match
(extract/rules/scores.py, `_BOUND_OR_SETTING_AT_END`), not by two forward `re` searches; the
left pattern of a rule compiled with `leftmost` matched where its POSIX gate's match starts,
not searched for (`ReverseGate.leftmost`, extract/rules/base.py)."""
from __future__ import annotations

import pytest
import regex
from real_abstracts import real_and_synthetic_abstracts
from test_fast_paths22 import _windows

from extract.rules import RULES, scores
from extract.rules.base import _NOT_REVERSIBLE, compile_left
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


def _leftmost_rules() -> list:
    return [rule for rule in RULES if rule.left is not None and rule.left.exists is not None and rule.left.exists.leftmost]


#: Windows where a POSIX backward match and the forward search could part: several matches
#: ending at the end from different starts, lazy and greedy parts, alternatives of one start,
#: lookbehinds at the start, a final line feed, white space of every kind.
LEFTMOST_MADE_UP = [
    "Llama 2 (", "Llama 2 7B (", "GPT-4 Turbo (", "GPT-4 Turbo v2 (", "A B C D E (", "x-y-z (", "x.y.z (", "-a (", "_a (",
    "(a (b (", "a, b: ", "(accuracy, recall: ", "; a b c d e: ", "(a b c d: ", ", a b c d e f: ", "a (\n", "a (\n\n",
    "a\u00a0(", "Qwen2.5-VL-7B-Instruct (", "nnU-Net(", "(mAP: ", "F1 (macro: ", "ResNet-50 (top-1 acc ", "é (",
    "model (", "our model ( ", "SiT-XL (FID = ", "SiT-XL (FID:", "1.5B (", "M1 (", "a/b (", "A/B C (", "A (B) (",
]


def test_leftmost_rules_are_the_bracket_rules():
    assert {rule.name for rule in _leftmost_rules()} == {"<name> (<size>)", "<name> (<number>)", "<label> (<number>)"}
    for rule in _leftmost_rules():
        gate = rule.left.exists.usable()
        assert gate is not None and gate.flags & regex.POSIX and gate.flags & regex.REVERSE, rule.name
        assert gate.pattern == rule.left.compiled().pattern


def test_the_posix_gate_starts_where_the_forward_search_does():
    """At every window (from the rule's `left_from` where it has one, and from the window's
    start), the POSIX gate matches exactly where the forward search does, and the forward
    pattern matched at the gate's start is the forward search's match, groups and all."""
    windows = _windows() + LEFTMOST_MADE_UP + [prefix + window for window in LEFTMOST_MADE_UP for prefix in ("x ", "(", "a, ")]
    matched = 0
    for rule in _leftmost_rules():
        forward, gate = rule.left.compiled(), rule.left.exists.usable()
        for window in windows:
            starts = {None, rule.left_from(window)} if rule.left_from is not None else {None}
            for start in starts:
                searched = forward.search(window, start)
                found = gate.search(window, start)
                assert (searched is None) == (found is None), (rule.name, window, start)
                if searched is not None:
                    at = forward.match(window, found.start())
                    assert (at.span(), at.groups(), at.groupdict()) == (searched.span(), searched.groups(), searched.groupdict()), (rule.name, window)
                    matched += 1
    assert matched > 500, matched


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?:ab|a)b", "xabb"),             # two alternatives from one start
    (r"a+?b|[ab]+", "aab"),              # lazy and greedy from different starts
    (r"(?<![\w-])[A-Za-z][\w]*\s*\(", "x-yz ("),  # a lookbehind where the leftmost start is refused
])
def test_leftmost_gate_on_made_up_patterns(pattern, text):
    left = compile_left(pattern, leftmost=True)
    searched = left.compiled().search(text)
    found = left.exists.usable().search(text)
    assert (searched is None) == (found is None)
    if searched is not None:
        assert left.compiled().match(text, found.start()).span() == searched.span()


def test_leftmost_is_not_for_nearest():
    with pytest.raises(ValueError):
        compile_left("a", nearest=True, leftmost=True)


def test_backward_patterns_match_at_the_end_as_they_search():
    """Every pattern a rule reads backwards (the gates and the `nearest` left patterns) gives
    the same match, groups and all, `match`ed (tried at the window's end only) as searched
    for, at every window and from the rule's `left_from` where it has one."""
    windows = _windows() + LEFTMOST_MADE_UP + ["a\\n", "than X\\n", "than X \\n\\n", "(\\n", "from\\u2009\\n"]
    backward = []
    for rule in RULES:
        if rule.left is None:
            continue
        if rule.left.ends_at_end:
            assert rule.left.compiled().flags & regex.REVERSE and rule.left.exists is None, rule.name
            backward.append((rule, rule.left.compiled()))
        elif rule.left.exists is not None and rule.left.exists.usable() is not None:
            backward.append((rule, rule.left.exists.usable()))
    assert len(backward) >= 35
    matched = 0
    for rule, pattern in backward:
        assert pattern.flags & regex.REVERSE and pattern.pattern.endswith(r"\s*$"), rule.name
        for window in windows:
            starts = {None, rule.left_from(window)} if rule.left_from is not None else {None}
            for start in starts:
                searched = pattern.search(window, start)
                at_end = pattern.match(window, start)
                if searched is None:
                    assert at_end is None, (rule.name, window, start)
                else:
                    matched += 1
                    assert at_end is not None and (at_end.span(), at_end.groups()) == (searched.span(), searched.groups()), (rule.name, window)
    assert matched > 1_000, matched


def test_name_before_a_hyphen_is_matched_where_the_search_finds_it():
    """`_NAME_HYPHEN_END` matched where its POSIX backward match starts (params._name_with_size)
    gives the forward search's match, at every "-" before a digit of the texts and on made-up
    ones (a final line feed, where `$` matches before it; names of dots and hyphens)."""
    from extract.rules import params
    texts = real_and_synthetic_abstracts() + [example for rule in RULES for example in rule.examples]
    lefts = ["-", "a-", "A-", "1-", ".-", "a.-", "a--", "-a-", "a-b-", "x a.b-c.d-", "Llama-2-", "the Llama-2-\n",
             "é-", "aé-", "a_b-", "_a-", "GPT-4o (", "Qwen2.5-VL-", "see Fig. 3a-", "a-\n", "a- ", "a -"]
    for text in texts:
        for hyphen in regex.finditer(r"-(?=\d)", text):
            lefts.append(text[:hyphen.end()])
            lefts.append(text[:hyphen.end()][-40:])
    matched = 0
    for left in lefts:
        searched = params._NAME_HYPHEN_END.search(left)
        found = params._NAME_HYPHEN_END_LONGEST.search(left)
        assert (searched is None) == (found is None), left
        if searched is not None:
            at = params._NAME_HYPHEN_END.match(left, found.start())
            assert (at.span(), at.groupdict()) == (searched.span(), searched.groupdict()), left
            matched += 1
    assert matched > 200, matched


def test_patterns_matched_where_their_longest_backward_match_starts():
    """`_NAME_THEN_VERB` (scores._verb_number) and `_VALUE_OF` (units._measurement), matched
    where their POSIX backward twins' matches start, give the forward search's match, groups
    and all, at every digit of the texts (the whole text before it, and its last 60 characters
    as units reads) and on made-up texts."""
    from extract.rules import scores, units
    texts = real_and_synthetic_abstracts() + [example for rule in RULES for example in rule.examples]
    made_up = ["GPT-4, which achieves ", "GPT-4 which scores a new ", "MoGA-B meets ", "X, that reaches the strong \n",
               "a peak pulling force of ", "the force of only ", "force is ", "(force = ", "of ", "a b c d e f of ",
               "and the force of about\n", "its mean error reaching up to ", "our error was as low as "]
    lefts = list(made_up)
    for text in texts:
        for digit in regex.finditer(r"\d", text):
            lefts.append(text[:digit.start()])
    matched = 0
    for forward, longest, cut in ((scores._NAME_THEN_VERB, scores._NAME_THEN_VERB_LONGEST, None),
                                  (units._VALUE_OF, units._VALUE_OF_LONGEST, 60)):
        for left in lefts:
            left = left[-cut:] if cut else left
            searched = forward.search(left)
            found = longest.search(left)
            assert (searched is None) == (found is None), (forward.pattern[:30], left)
            if searched is not None:
                at = forward.match(left, found.start())
                assert (at.span(), at.groupdict()) == (searched.span(), searched.groupdict()), left
                matched += 1
    assert matched > 100, matched


def test_re_patterns_matched_where_their_regex_twin_starts():
    """quantities' `_OWN_BEFORE` and `_BRACKET_LABEL` (`re`) through `_search_from_end` give their
    `search`'s match, groups and all, at every digit of the texts (the last 80 and 90 characters
    before it, as quantities reads) and on made-up texts: white space of every kind, \\x1c (`\\s` to
    `re` only), non-ASCII (searched as before), a final line feed, lookaheads at the match's start."""
    from extract.rules import quantities
    texts = real_and_synthetic_abstracts() + [example for rule in RULES for example in rule.examples]
    made_up = ["the grasp force of ", "its retention score ", "and the mean error of only ", "vs. force = ",
               "(force: ", "of ", "by ", "a of b by ", "low grasp forces (", "dense breasts (\n", "dense\x1cbreasts (",
               "dense\u00a0breasts (", "é forces (", "a b c d e f g (", "A’s score (", "(x (", "(", "force\n", ", its force\x1c"]
    lefts = list(made_up)
    for text in texts:
        for digit in regex.finditer(r"\d", text):
            lefts.append(text[:digit.start()])
    matched = 0
    for pattern, longest, cut in ((quantities._OWN_BEFORE, quantities._OWN_BEFORE_LONGEST, 80),
                                  (quantities._BRACKET_LABEL, quantities._BRACKET_LABEL_LONGEST, 90)):
        for left in lefts:
            left = left[-cut:]
            searched = pattern.search(left)
            fast = quantities._search_from_end(pattern, longest, left)
            assert (searched is None) == (fast is None), (pattern.pattern[:30], left)
            if searched is not None:
                assert (fast.span(), fast.groupdict()) == (searched.span(), searched.groupdict()), left
                matched += 1
    assert matched > 300, matched


def test_the_twin_must_be_posix():
    """A lazy part read backwards takes the shortest match, which does not start where the leftmost
    match does: POSIX (the longest) is what makes the twin's start the forward search's."""
    import re

    from extract.rules import quantities
    pattern, text = re.compile(r"(?P<a>a+?)b$"), "xaaab"
    posix = regex.compile(pattern.pattern, regex.REVERSE | regex.POSIX)
    plain = regex.compile(pattern.pattern, regex.REVERSE)
    assert plain.search(text).start() != pattern.search(text).start()
    assert quantities._search_from_end(pattern, posix, text).span() == pattern.search(text).span()
    assert quantities._search_from_end(pattern, posix, text).group("a") == "aaa"
