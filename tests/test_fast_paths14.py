"""Round 15's fast paths (speed14) give exactly what the slower forms they stand in for
give: each is run beside the form it replaces on made-up texts built to hit its edges, on
the real abstracts of data/fixtures/real_papers.jsonl, the synthetic dev sets and the
corpus cases."""
from __future__ import annotations

import dataclasses
import json
from functools import lru_cache
from pathlib import Path

import pytest
from real_abstracts import real_abstracts

from extract import pipeline
from extract.rules import RULES
from extract.rules.base import Cue, Draft, Rule, Site

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    texts = real_abstracts()
    for name in ("dev_papers.jsonl", "dev2_papers.jsonl"):
        texts += [json.loads(line)["abstract"] for line in (ROOT / "data" / name).read_text(encoding="utf-8").splitlines()]
    for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += [example for rule in RULES for example in rule.examples]
    return texts


def site_fields(texts: list[str]) -> list[tuple]:
    """The fields of every site the pipeline asks the rules about in `texts` (fields, not
    sites, so that every test builds fresh sites, nothing computed on them yet)."""
    fields = []
    original = pipeline._apply_rules

    def recording(site: Site, timeout: float):
        fields.append((list(site.mentions), site.sentence, site.offset, site.start, site.end, site.context_metric))
        return original(site, timeout)

    pipeline._apply_rules = recording
    try:
        for text in texts:
            pipeline.extract_text(text)
    finally:
        pipeline._apply_rules = original
    return fields


@lru_cache(maxsize=1)
def _site_fields() -> tuple[tuple, ...]:
    """Every site of `_texts()`, recorded once for the whole file."""
    return tuple(site_fields(_texts()))


def _sites() -> list[Site]:
    return [Site(*fields) for fields in _site_fields()]


def _gate_holds(rule: Rule, site: Site) -> bool:
    """What `_apply_rules` tests before it calls `rule`: its heads table, then its gate."""
    rules, read_texts = pipeline._rules_for(site.quantities)
    _, gate, right_heads = next(entry for entry in rules if entry[0] is rule)
    if right_heads is not None and right_heads.get(site.right_head) is False:
        return False
    texts = read_texts(site)
    return all(texts[where] is None or any(word in texts[where] for word in words) for where, words in gate)


def _ungated(rule: Rule) -> Rule:
    """The rule without the tests its gate makes (`numbers_need`, `needs`, its `Cue`): its
    patterns and production alone decide."""
    return dataclasses.replace(rule, numbers_need=(), needs=(),
                               precondition=None if isinstance(rule.precondition, Cue) else rule.precondition)


def test_sites_cover_every_rule():
    """The sites below reach every rule, and most rules fail their gate at most of them
    (the fast path is tried where it matters)."""
    sites = _sites()
    assert len(sites) > 1_500
    fired = {rule.name for site in sites for rule in RULES if site.quantities <= rule.quantities and rule.apply(site)}
    assert len(fired) >= len(RULES) - 3, sorted({r.name for r in RULES} - fired)
    gated = sum(not _gate_holds(rule, site) for site in sites[:300] for rule in RULES if site.quantities <= rule.quantities)
    assert gated > 3_000


def test_a_rule_passed_over_by_its_gate_gives_nothing():
    """At every site and for every rule that can read its numbers, where `_apply_rules`
    passes the rule over (its heads table or its gate), the rule gives nothing, and so does
    the rule without its gate's tests (its patterns and production alone: the gate's words
    are necessary). So the rules that fire are the same with and without the gate."""
    checked = passed_over = 0
    ungated = {rule.name: _ungated(rule) for rule in RULES}
    for site in _sites():
        for rule in RULES:
            if not site.quantities <= rule.quantities:
                continue
            checked += 1
            if not _gate_holds(rule, site):
                passed_over += 1
                assert not rule.apply(site), (rule.name, site.sentence)
                assert not ungated[rule.name].apply(site), (rule.name, site.sentence)
    assert checked > 80_000 and passed_over > checked // 2


def _first_firing(site: Site) -> list[Draft] | None:
    """`_apply_rules` as it was: every rule called, in order, until one gives drafts."""
    if any(m.glued and m.quantity != "scale" for m in site.mentions):
        return None
    for rule in RULES:
        if site.quantities <= rule.quantities:
            produced = rule.apply(site)
            if produced:
                return produced
    return None


def _read(drafts: list[Draft] | None):
    return drafts and [(d.rule, d.metric, d.kind, d.value, d.value_max, d.unit, d.mention.start, d.role, d.index)
                       for d in drafts]


def test_apply_rules_gives_what_every_rule_called_in_order_gives():
    for fields in _site_fields():
        expected = _read(_first_firing(Site(*fields)))
        assert _read(pipeline._apply_rules(Site(*fields), 10.0)) == expected, fields[1]


@pytest.mark.parametrize("sentence, number", [
    ("It cuts memory by 40% over the baseline.", "40%"),
    ("It cuts MEMORY by 40% over the baseline.", "40%"),
    ("It cuts memory use (\u212a\u017f) by 40% over the baseline.", "40%"),  # beyond ASCII: folded cues pass
    ("Memory drops by 38%, and latency by 12% and 9%.", "12%"),
    ("It runs 2.4x faster and 3x faster than X.", "3x"),
    ("We reach 81.2% vs. 79.0% for the baseline.", "79.0%"),
    ("an FID of 1.24 on ImageNet", "1.24"),
    ("with 35% of the compute", "35%"),
    ("a 7B model", "7B"),
    ("improves mIoU (45.1 → 48.3) and AP (40.2 -> 41.0)", "40.2"),
    ("outperforms X by a large margin: 60.6% to 65.7% on CUB", "60.6%"),
    ("gains on A (+4.2 AP) and B (-0.4 AP)", "-0.4"),
    ("scores 5-10% and 7 to 9 points", "5-10%"),
])
def test_made_up_sites_read_alike(sentence: str, number: str):
    """Made-up sites at each kind of gate (a needs word, a Cue folded or not, beyond ASCII,
    the heads table): the pipeline's rule gives what every rule called in order gives."""
    fields = None
    original = pipeline._apply_rules

    def recording(site: Site, timeout: float):
        nonlocal fields
        if sentence[site.start:site.end].startswith(number):
            fields = (list(site.mentions), site.sentence, site.offset, site.start, site.end, site.context_metric)
        return original(site, timeout)

    pipeline._apply_rules = recording
    try:
        pipeline.extract_text(sentence)
    finally:
        pipeline._apply_rules = original
    assert fields is not None
    assert _read(pipeline._apply_rules(Site(*fields), 10.0)) == _read(_first_firing(Site(*fields)))


def test_gate_is_read_off_the_rule_and_follows_an_edit(monkeypatch):
    """A rule's gate is its own `numbers_need`, `needs` (with a left pattern) and `Cue`: a rule
    edited, or a new one, carries its gate into the pipeline (the registry is read again
    when it changes)."""
    arrow = next(r for r in RULES if r.name == "<number> → <number>")
    assert arrow.gate == (("numbers_text", arrow.numbers_need),)
    rule = next(r for r in RULES if r.name == "<verb> X by <number>")
    assert rule.gate == (("left_tail", rule.needs),)
    cued = next(r for r in RULES if isinstance(r.precondition, Cue) and r.precondition.folded)
    assert (f"{cued.precondition.where}_window_folded", cued.precondition.words) in cued.gate
    without_left = dataclasses.replace(rule, left=None)
    assert without_left.gate == ()  # `apply` tests `needs` only before a left pattern
    edited = dataclasses.replace(rule, needs=("by", "through"))
    monkeypatch.setattr("extract.pipeline.RULES", [edited if r is rule else r for r in RULES])
    rules, read_texts = pipeline._rules_for(frozenset({"percent"}))
    _, gate, _ = next(e for e in rules if e[0] is edited)
    site = Site([], "It cuts it through 5%", 0, 19, 21)
    assert len(gate) == 1 and gate[0][1] == ("by", "through") and read_texts(site)[gate[0][0]] == site.left_tail


def _vocabularies():
    from extract.vocab import dataset_vocabulary, metric_vocabulary
    return [metric_vocabulary(), dataset_vocabulary()]


def _head_by_its_bucket(vocabulary, head: str):
    """`_head_pattern` as it was: the bucket's partial match of the whole head."""
    pattern = vocabulary._buckets.get(vocabulary._key(head[0]))
    return pattern if pattern is not None and pattern.match(head, partial=True) else False


def test_word_heads_ruled_out_by_their_first_two_characters_as_by_the_bucket():
    """A three-character head whose first two characters no name begins with is passed
    over without its own partial match: the same answer as the bucket's partial match of
    the three, for every head of three (and of two, and six) characters at the word starts
    of the real abstracts and at every position of made-up texts over letters of both
    cases, digits, the characters names hold and some beyond ASCII."""
    import itertools
    import re as std_re
    alphabet = "aAbBcCeEfFiIkKlLmMpPrRsStT0125-@_. /'^\u00e9\u212a\u017f\u0130"
    heads = {"".join(chars) for chars in itertools.product(alphabet, repeat=3)}
    for text in _texts():
        for start in std_re.finditer(r"(?<![\w@])\w", text):
            at = start.start()
            heads.update((text[at:at + 2], text[at:at + 3], text[at:at + 6]))
    heads = {head for head in heads if head and head[0] < "\x80"}
    assert len(heads) > 30_000
    for vocabulary in _vocabularies():
        vocabulary._pattern_at("a")  # builds the buckets
        passed_over = 0
        for head in sorted(heads):
            expected = _head_by_its_bucket(vocabulary, head)
            vocabulary._heads.clear()  # asked afresh, its pair not yet known
            assert vocabulary._head_pattern(head) is expected, head
            passed_over += expected is False
        assert passed_over > len(heads) // 2
