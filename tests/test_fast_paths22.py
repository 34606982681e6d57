"""Fast paths of round 21 (speed22), each against the path it replaces: a forward left
pattern is first asked whether it matches at all by the same pattern searched backwards
(`ReverseGate`, extract/rules/base.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from real_abstracts import real_abstracts

from extract.pipeline import extract_claims
from extract.rules import RULES
from extract.rules.base import _NOT_REVERSIBLE, compile_left

DATA = Path(__file__).resolve().parents[1] / "data"

#: Windows built to end where the left patterns' matches end, and where they nearly do:
#: brackets and labels, keyed values, white space of every kind before the number (a
#: final line feed, which `$` also matches before), a lookbehind at the window's start.
MADE_UP = [
    "outperforming nnU-Net (", "outperforming nnU-Net ( ", "nnU-Net(", "HuBERT-Base (", "SiT-XL (FID: ", "Llama 7B (mAP = ",
    "(x (y) nnU-Net ( ", "A (B) (", "A-1 (\t F1\n ", "ResNet-50 (top-1 acc ", "(é ", "lower in dense breasts (",
    "low grasp forces (", "recall (", "the accuracy, sensitivity: ", "(accuracy: ", "; precision: ", ", recall : ",
    "dense breasts\u00a0(", "dense breasts (\n", "dense breasts (\u2009", "x(", "-(", "é(", "(", ":", "", " ", "\n",
    "compared with ", "compared to the baseline at ", "reaching ", "achieves ", "up to ", "from ", "to ", " vs. ",
    "Llama 3 (", "GPT-J/GPT-NeoX ( ", "Mistral Large\u00a0(", "Qwen2 (\u00a0", "Phi-3 (\n", "the student, TinyViT (",
    "scales to ", "within ", "with only ", "human (", "humans (", "(", "(73.1% vs. ", "speeds up inference by ",
]


def _texts() -> list[str]:
    texts = real_abstracts()
    for name in ("dev_papers.jsonl", "dev2_papers.jsonl"):
        texts += [json.loads(line)["abstract"] for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    return texts + [example for rule in RULES for example in rule.examples]


def _windows() -> list[str]:
    """The last 160 characters before every digit of the texts (as rules see them), and the made-up ones."""
    windows = list(MADE_UP)
    for text in _texts():
        for digit in regex.finditer(r"\d", text):
            windows.append(text[:digit.start()][-160:])
    return windows


def _gated() -> list:
    return [rule for rule in RULES if rule.left is not None and rule.left.exists is not None]


def test_every_forward_left_pattern_is_gated_and_no_backward_one():
    forward = [rule for rule in RULES if rule.left is not None and not rule.left.compiled().flags & regex.REVERSE]
    assert len(forward) >= 20
    for rule in forward:
        assert rule.left.exists is not None and rule.left.exists.usable() is not None, rule.name
        gate = rule.left.exists.usable()
        assert gate.flags & regex.REVERSE and gate.pattern == rule.left.compiled().pattern, rule.name
    for rule in RULES:
        if rule.left is not None and rule.left.compiled().flags & regex.REVERSE:
            assert rule.left.exists is None, rule.name  # `nearest`: searched backwards already


def test_the_backward_search_matches_where_the_forward_one_does():
    """At every window (from the rule's `left_from` where it has one, and from the
    window's start), the gate finds a match exactly where the forward search finds one."""
    windows = _windows()
    matched = spared = 0
    for rule in _gated():
        forward, backward = rule.left.compiled(), rule.left.exists.usable()
        for window in windows:
            starts = {None, rule.left_from(window)} if rule.left_from is not None else {None}
            for start in starts:
                found = forward.search(window, start) is not None
                assert found == (backward.search(window, start) is not None), (rule.name, window, start)
                matched += found
                spared += not found
    assert matched > 1_000 and spared > 50_000, (matched, spared)


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?>a+)ab", "xaab"),   # atomic: forwards it keeps every "a", backwards it leaves one to "a" before "b"
    (r"a*+ab", "aab"),       # possessive
    (r"(a)x\1", "axa"),      # a back reference, read before its group backwards
])
def test_patterns_a_backward_search_reads_otherwise_are_not_gated(pattern, text):
    left = compile_left(pattern)
    forward = left.compiled().search(text) is not None
    assert forward != (regex.compile(left.pattern, regex.VERBOSE | regex.REVERSE).search(text) is not None)
    assert _NOT_REVERSIBLE.search(left.pattern)
    assert left.exists.usable() is None  # so `apply_past_gate` searches forwards only, as before


def test_gated_and_ungated_rules_give_the_same_claims():
    """The rules with their gates and without (every `exists` taken away) give the same
    claims over the real abstracts and both dev sets."""
    texts = _texts()
    with_gate = [[c.model_dump() for c in extract_claims(text)] for text in texts]
    saved = [(rule.left, rule.left.exists) for rule in _gated()]
    try:
        for left, _ in saved:
            left.exists = None
        assert not _gated()
        without = [[c.model_dump() for c in extract_claims(text)] for text in texts]
    finally:
        for left, exists in saved:
            left.exists = exists
    assert sum(map(len, with_gate)) > 300
    assert with_gate == without
