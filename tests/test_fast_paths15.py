"""Round 16's fast paths (speed15) give exactly what the slower forms they stand in for
give: each is run beside the form it replaces on made-up texts built to hit its edges, on
the real abstracts of data/fixtures/real_papers.jsonl, the synthetic dev sets and the
corpus cases (the texts and sites of tests/test_fast_paths14.py)."""
from __future__ import annotations

import dataclasses

import pytest
from test_fast_paths14 import _read, _sites, _texts, site_fields

from extract import attribution
from extract.rules import RULES
from extract.rules.base import Site
from extract.sentences import split_sentences

SHARE_OF_COST = "<share> of the <cost> of X"


def _share_rule_and_its_plain_form():
    rule = next(r for r in RULES if r.name == SHARE_OF_COST)
    assert rule.precondition is not None
    return rule, dataclasses.replace(rule, precondition=None)


def _sites_of(texts: list[str]) -> list[Site]:
    return [Site(*fields) for fields in site_fields(texts)]


def test_share_of_cost_with_its_precondition_gives_what_it_gives_without():
    """At every site of the texts, the rule with its precondition (`_may_share_cost`: one
    unsigned number, and "of" first after it or a bound before it) gives what the rule gives
    without it (its patterns and production alone). The precondition is false at most sites."""
    rule, plain = _share_rule_and_its_plain_form()
    checked = refused = fired = 0
    for site in _sites():
        if not site.quantities <= rule.quantities:
            continue
        checked += 1
        refused += not rule.precondition(site)
        expected = _read(plain.apply(site))
        fired += bool(expected)
        assert _read(rule.apply(site)) == expected, site.sentence
    assert checked > 1_000 and refused > checked // 2 and fired >= 2


@pytest.mark.parametrize("sentence", [
    "It requires only 40% of the inference time of BAGEL or Flux.",
    "It needs less than 1% computational cost.",
    "It adds less than 0.2% additional CPU cost over the baseline.",
    "with only 2.1% its training cost",
    "It uses only 6.1% of the parameters compared with LiDiff.",
    "It trains 0.4% of the parameters of the full model.",
    "It brings only 5% FLOPs reduction.",
    "It uses at most 3% extra memory of X.",
    "It uses under 2% memory, and below 4% latency.",
    "It uses \u2264 2% memory, < 3% latency and $\\leq$ 4% runtime.",
    "It uses just ~12% of\u00a0the memory of X.",
    "It uses only 12%\u2009of the memory of X.",
    "It costs +5% of the memory of X and -3% of the latency of Y.",
    "It uses 30% of the memory of X.",
    "It uses 30% the memory of X.",
    "It uses only 30%/40% of the memory of X.",
    "It uses merely 7% OF the memory.",
])
def test_share_of_cost_made_up_sites_read_alike(sentence: str):
    """Made-up sites at the precondition's edges (a bound of each kind, "of" left out, "of"
    after other spaces, signs, two numbers at one site): alike with and without it."""
    rule, plain = _share_rule_and_its_plain_form()
    sites = [s for s in _sites_of([sentence]) if s.quantities <= rule.quantities]
    assert sites
    for site in sites:
        assert _read(rule.apply(site)) == _read(plain.apply(site)), site.sentence


def test_share_of_cost_made_up_sites_reach_the_production():
    """The made-up texts above are read by the rule (so the test above compares claims, not
    only refusals)."""
    rule, _ = _share_rule_and_its_plain_form()
    sites = _sites_of(["It requires only 40% of the inference time of BAGEL or Flux.",
                       "It needs less than 1% computational cost."])
    assert sum(bool(rule.apply(site)) for site in sites) == 2


def _lefts(texts: list[str]) -> list[str]:
    """The text before every digit and every comma of every sentence (a number's `left`)."""
    lefts = []
    for text in texts:
        for _, _, sentence in split_sentences(text):
            lefts += [sentence[:at] for at, char in enumerate(sentence) if char.isdigit() or char == ","]
    return lefts


def _set_off_slow(left: str):
    return attribution._SET_OFF_SUBJECT.search(left, max(0, len(left) - 300))


def _span(found):
    return found and (found.span(), found.group("name"))


def test_set_off_subject_found_as_by_the_whole_pattern():
    """`_set_off_match` (the clause after the name searched first) finds what the whole
    pattern's search of the same window finds, at every number and comma of the texts."""
    lefts = _lefts(_texts())
    assert len(lefts) > 10_000
    found = 0
    for left in lefts:
        expected = _span(_set_off_slow(left))
        found += bool(expected)
        assert _span(attribution._set_off_match(left)) == expected, left
    assert found > 0


@pytest.mark.parametrize("left", [
    "UniWorld-V2, trained with this framework, achieves ",
    "Our model, BAGEL-Canvas, trained under this framework, achieves ",
    "FastNet, a lightweight tracker, reaches ",
    "FastNet}, which we train on web data, consistently attains ",
    "(FastNet, the distilled one, achieves ",
    "FastNet,\u00a0a small model,\u2003achieves ",
    "FastNet, a small model; it achieves ",
    "FastNet, a small model, achieves it; then ",
    "FastNet, a small model achieves ",
    "FastNet, an " + "x" * 91 + ", achieves ",
    "FastNet, an " + "x" * 90 + ", achieves ",
    "FastNet, using (two) models, achieves ",
    "x " * 160 + "FastNet, a small model, achieves ",
    "FastNet, a small model, " + "x " * 150 + "achieves ",
    "FastNet, a tiny one, SlowNet, a big one, achieves ",
])
def test_set_off_subject_made_up_windows(left: str):
    """Windows at the pattern's edges: its verb, its 90 characters, the 300-character
    window, a semicolon, brackets, spaces beyond ASCII, two set-off names."""
    assert _span(attribution._set_off_match(left)) == _span(_set_off_slow(left))
