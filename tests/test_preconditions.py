"""Rule preconditions (`Rule.precondition`, `rules.base.Cue`): a rule whose precondition
fails is not tried, a rule without one always is, and every cue is necessary: wherever its
rule's pattern matches, the cue holds, so it never changes what the rule finds."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from extract import pipeline
from extract.numbers import find_mentions
from extract.pipeline import extract_text
from extract.rules import RULES
from extract.rules.base import Cue, Rule, Site, compile_right, drafts

ROOT = Path(__file__).resolve().parents[1]


def _site(text: str) -> Site:
    mention = next(iter(find_mentions(text)))
    return Site([mention], text, 0, mention.start, mention.end)


def _counting_rule(precondition=None) -> tuple[Rule, list]:
    called = []

    def produce(match):
        called.append(match)
        return drafts(match, "accuracy", "score", "test rule")

    rule = Rule("test rule", frozenset({"percent", "plain"}), produce,
                right=compile_right(r"accuracy\b"), precondition=precondition)
    return rule, called


def test_a_rule_without_precondition_is_tried():
    rule, called = _counting_rule()
    assert rule.apply(_site("reaches 81.2% accuracy on the test split"))
    assert len(called) == 1


def test_a_precondition_that_fails_skips_its_rule():
    rule, called = _counting_rule(precondition=lambda site: False)
    # the pattern would match: only the precondition stops the rule
    assert rule.apply(_site("reaches 81.2% accuracy on the test split")) is None
    assert called == []


def test_a_cue_lets_its_rule_run_only_where_one_of_its_words_is_written():
    rule, called = _counting_rule(precondition=Cue("right", "accuracy"))
    assert rule.apply(_site("reaches 81.2% accuracy on the test split"))
    assert rule.apply(_site("uses 12 layers in the decoder")) is None
    assert len(called) == 1
    # case and all: the cue reads what is written, as the pattern does
    assert not Cue("right", "accuracy").holds_in("ACCURACY")
    left = Cue("left", "speed")
    assert left(_site("it speeds up decoding by 2.1x")) and not left(_site("it decodes 2.1x more tokens"))


def test_a_folded_cue_reads_without_case_and_lets_any_text_beyond_ascii_pass():
    cue = Cue("left", "kv", "memory", folded=True)
    assert cue.holds_in("cuts the KV cache") and cue.holds_in("Memory drops")
    assert not cue.holds_in("cuts the latency")
    # without case `regex` reads the Kelvin sign as "k": a text beyond ASCII is always tried
    assert cue.holds_in("cuts the \u212aV cache") and cue.holds_in("naïve")
    with pytest.raises(ValueError):
        Cue("left", "KV", folded=True)


def test_a_cue_reads_left_or_right_of_at_least_one_word():
    with pytest.raises(ValueError):
        Cue("sentence", "speed")
    with pytest.raises(ValueError):
        Cue("right")


def _texts() -> list[str]:
    """Made-up sentences of every corpus, every rule's examples and the real abstracts."""
    texts = [example for rule in RULES for example in rule.examples]
    for corpus in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    papers = ROOT / "data" / "fixtures" / "real_papers.jsonl"
    texts += [json.loads(line)["abstract"] for line in papers.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def _sites_tried(monkeypatch) -> list[Site]:
    """Every site the cascade tries over `_texts()`, recorded as the pipeline hands it on."""
    sites: list[Site] = []
    apply_rules = pipeline._apply_rules

    def recording(site, timeout):
        sites.append(site)
        return apply_rules(site, timeout)

    monkeypatch.setattr(pipeline, "_apply_rules", recording)
    for text in _texts():
        extract_text(text)
    return sites


def test_every_cue_holds_wherever_its_rule_pattern_matches(monkeypatch):
    cued = [rule for rule in RULES if isinstance(rule.precondition, Cue)]
    assert len(cued) >= 8
    sites = _sites_tried(monkeypatch)
    assert len(sites) > 1000
    for rule in cued:
        cue = rule.precondition
        pattern = rule.right if cue.where == "right" else rule.left
        assert pattern is not None, rule.name
        matched = spared = 0
        for site in sites:
            if not site.quantities <= rule.quantities:
                continue
            window = site.right[:220] if cue.where == "right" else site.left_window
            found = pattern.compiled().match(window) if cue.where == "right" else pattern.compiled().search(window)
            if found:
                matched += 1
                assert cue.holds_in(window), (rule.name, window)
            spared += not cue.holds_in(window)
        assert matched >= 1 and spared > 0, (rule.name, matched, spared)


def test_the_cascade_finds_the_same_claims_with_and_without_preconditions(monkeypatch):
    texts = _texts()
    with_cues = [[(c.metric, c.kind, c.value, c.span, c.rule) for c in extract_text(t).claims] for t in texts]
    ungated = [dataclasses.replace(rule, precondition=None) for rule in RULES]
    monkeypatch.setattr(pipeline, "RULES", ungated)
    without = [[(c.metric, c.kind, c.value, c.span, c.rule) for c in extract_text(t).claims] for t in texts]
    assert with_cues == without


def test_the_text_after_a_number_rules_a_rule_out_by_how_it_begins():
    rule, called = _counting_rule()  # right: "accuracy"
    assert _site("reaches 81.2% accuracy on it").right_head == " accuracy"
    assert _site("reaches 81.2%\t\n accuracy").right_head == "\t\n accuracy"
    assert _site("reaches 81.2% (top-1)").right_head == " (top"  # cut before "-", not inside "top"
    assert _site("ends at 81.2%").right_head == ""
    assert rule.may_match_right(" accuracy") and rule.may_match_right(" acc") and rule.may_match_right("")
    assert not rule.may_match_right(" on") and not rule.may_match_right(" (")
    assert rule.apply(_site("reaches 81.2% on the test split")) is None
    assert rule.apply(_site("reaches 81.2% accuracy")) and len(called) == 1


def test_the_head_of_the_text_ends_where_a_word_boundary_reads_as_in_the_text():
    # `regex` reads the end of a string as no letter: "x\B" has no partial match in " x",
    # so a head cut inside a word would rule out a rule that matches
    inside_word = Rule("x inside a word", frozenset({"plain"}), lambda m: drafts(m, "accuracy", "score", "x"),
                       right=compile_right(r"x\B"))
    assert _site("it scores 5 xy points").right_head == " xy"
    assert inside_word.apply(_site("it scores 5 xy points"))
    assert inside_word.apply(_site("it scores 5 x points")) is None


def test_a_right_pattern_that_matches_a_text_matches_its_head_in_part(monkeypatch):
    """`may_match_right` is true wherever the right pattern matches the text after a
    number, for every rule, over the sites of the corpora, the rules' examples and the
    real set (and it rules out most sites for most rules)."""
    sites = _sites_tried(monkeypatch)
    heads = {site.right_head for site in sites} | {" ", "", "\u00a0x", " \u212a", " \u0130"}
    for rule in RULES:
        if rule.right is None:
            continue
        matched = 0
        for site in sites:
            if rule.right.compiled().match(site.right[:220]):
                matched += 1
                assert rule.may_match_right(site.right_head), (rule.name, site.right[:60])
        assert matched >= 1, rule.name
        assert sum(not rule.may_match_right(head) for head in heads) > 0, rule.name
