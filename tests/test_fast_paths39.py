"""Round 39 (read39): two patterns written for speed, each tested against the plain form it
replaces. `_NAME_LIST` opens with the capital its first name starts with and tests the
character before it after it (a lookbehind first was tried at every position); the names
before a pair of numbers (`_NAME_BEFORE_PAIR`) are asked for only where `_PLAIN_PAIR` finds a
pair. Both are run over the real and synthetic abstracts and over made-up texts that open a
list or a pair after every kind of character."""
from __future__ import annotations

import re

from real_abstracts import real_and_synthetic_abstracts

from extract import attribution
from extract.attribution import _LISTED_NAME, _NAME_BEFORE_PAIR, _NAME_LIST, _PLAIN_PAIR

#: `_NAME_LIST` as first written: the lookbehind first.
NAME_LIST_ORIGINAL = re.compile(rf"(?<![\w-]){_LISTED_NAME}(?:,\s+{_LISTED_NAME})+,?\s+and\s+{_LISTED_NAME}(?![\w-])")

MADE_UP = [
    "using CheXpert, NIH Open-I, and PadChest demonstrate", "CheXpert, MIMIC and PadChest", "xCheXpert, A, and B",
    "-CheXpert, A, and B", "_CheXpert, A, and B", "9CheXpert, A, and B", "éCheXpert, A, and B", "(CheXpert, A, and B)",
    "on A-B, C D E, and F-G", "AB, CD and EF.", "A, B and C", "a, B, and C", "Results on COCO, LVIS, and Objects365 show",
    "outperform CoTracker3 on EgoPoints 61.3 vs 54.2 and RGB-S 87.0 vs 82.8", "on X 12% versus 9%", "on X 1 vs. 2",
    "X vs Y", "61.3 vs. FooNet", "on the MATH 55.1 vs 40.2 and GSM8K 90.1 vs 88.0",
]


def _texts() -> list[str]:
    return real_and_synthetic_abstracts() + MADE_UP


def test_name_list_opening_with_its_capital_is_its_original():
    found = 0
    for text in _texts():
        fast = [m.span() for m in _NAME_LIST.finditer(text)]
        assert fast == [m.span() for m in NAME_LIST_ORIGINAL.finditer(text)], text
        found += len(fast)
    assert found >= 20


def test_names_before_a_pair_are_asked_only_where_a_pair_is():
    found = 0
    for text in _texts():
        for sentence in re.split(r"(?<=[.;!?])\s+", text):
            matches = list(_NAME_BEFORE_PAIR.finditer(sentence))
            if matches:
                found += len(matches)
                assert (" vs" in sentence or " versus " in sentence) and _PLAIN_PAIR.search(sentence), sentence
    assert found >= 3


def test_a_list_with_a_known_benchmark_names_its_members_and_one_without_none():
    sentence = "Experiments using CheXpert, NIH Open-I, and PadChest demonstrate gains."
    names = [d.name for d in attribution.find_datasets(sentence)]
    assert names == ["CheXpert", "NIH Open-I", "PadChest"]
    assert [d.name for d in attribution.find_datasets("We compare FooNet, BarNet, and BazNet on tasks.")] == []
