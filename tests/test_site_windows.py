"""A site keeps the windows its rules read (the text after the number up to 220
characters, the windows' lower-cased text); a cue asked of a site says what it says of
the window's own text."""
from __future__ import annotations

import pytest

from extract.numbers import find_mentions
from extract.rules import RULES
from extract.rules.base import Cue, Site

SENTENCES = [
    "It cuts the KV cache by 2.1x and the memory by 38%, with 99% of the accuracy retained.",
    "Our model reaches 87.3% top-1 accuracy (vs. 85.1%), a 2.2% SUCCESS rate gain on ImageNet.",
    "The \u212aV cache shrinks 3x; na\u00efve baselines reach 41.0% success, LATENCY drops 25%.",
    "A score of 0.84 " + "and more words after it " * 15 + "memory",  # a cue word past 220 characters
    "Memory footprint: 12 GB versus 20 GB for the baseline, 1.5x less training time.",
]


def _sites() -> list[Site]:
    sites = []
    for sentence in SENTENCES:
        for mention in find_mentions(sentence):
            sites.append(Site([mention], sentence, 0, mention.start, mention.end))
    return sites


def test_windows_are_the_slices_they_stand_for():
    for site in _sites():
        assert site.right_window == site.right[:220]
        assert site.right_head == site.right_window[:len(site.right_head)]
        for window, folded in ((site.left_window, site.left_window_folded), (site.right_window, site.right_window_folded)):
            assert folded == (window.lower() if window.isascii() else None)


@pytest.mark.parametrize("cue", [rule.precondition for rule in RULES if isinstance(rule.precondition, Cue)]
                         + [Cue("right", "memory"), Cue("left", "kv", "success", folded=True),
                            Cue("right", "latency", "success", folded=True), Cue("left", "KV")], ids=repr)
def test_a_cue_asked_of_a_site_reads_its_window(cue):
    sites = _sites()
    assert len(sites) > 10
    for site in sites:
        window = site.right[:220] if cue.where == "right" else site.left_window
        assert cue(site) == cue.holds_in(window), (cue, window)


def test_the_made_up_cues_reach_both_outcomes():
    sites = _sites()
    for cue in (Cue("right", "memory"), Cue("left", "kv", "success", folded=True), Cue("right", "latency", "success", folded=True)):
        assert {cue(site) for site in sites} == {True, False}, cue
