"""Fast paths of round 21 (speed22), each against the path it replaces: a forward left
pattern is first asked whether it matches at all by the same pattern searched backwards
(`ReverseGate`, extract/rules/base.py); the rules' heads tables and gates tested by one
function per set of quantities, written out (`pipeline._dispatcher`), not by a loop; the
sentence stops judged in the splitting loop, not by a call each (`sentences._sentences`);
a site of one number shares no unit (`pipeline._share_unit`)."""
from __future__ import annotations

import dataclasses

import pytest
import regex
from real_abstracts import real_abstracts, real_and_synthetic_abstracts
from test_fast_paths14 import _site_fields

from extract import pipeline
from extract.numbers import _LEADING_NUMBER, find_mentions, parse_number, unit_scale
from extract.pipeline import _share_unit, extract_claims
from extract.rules import RULES, Draft, Site
from extract.rules.base import _NOT_REVERSIBLE, compile_left
from extract.sentences import (
    _bounded,
    _candidates,
    _is_boundary,
    _sentences,
    split_sentences,
)

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
    return real_and_synthetic_abstracts() + [example for rule in RULES for example in rule.examples]


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


def _looped(site: Site, timeout: float) -> list[Draft] | None:
    """`_apply_rules` as it was before its tests were written out (`pipeline._dispatcher`):
    a loop over `_rules_for`'s entries, their heads tables and their gates' words."""
    if any(m.glued and m.quantity != "scale" for m in site.mentions):
        return None
    rules, read_texts = pipeline._rules_for(site.quantities)
    texts = read_texts(site)
    head = site.right_head
    for rule, gate, right_heads in rules:
        if right_heads is not None and right_heads.get(head) is False:
            continue
        for where, words in gate:
            text = texts[where]
            if text is not None:
                for word in words:
                    if word in text:
                        break
                else:
                    break
        else:
            produced = rule.apply_past_gate(site, timeout=timeout)
            if produced:
                return produced
    return None


def _read(drafts):
    return drafts and [(d.rule, d.metric, d.kind, d.value, d.value_max, d.unit, d.mention.start, d.role, d.index, d.model,
                        d.dataset, d.condition, d.baselines) for d in drafts]


def test_the_written_out_dispatch_gives_what_the_loop_gives_at_every_site():
    """At every site of the real abstracts, both dev sets, the rules' corpora and examples,
    and at made-up sites of every gate kind (test_fast_paths14's): the same drafts."""
    fields = _site_fields()
    assert len(fields) > 1_500
    quantities = set()
    for field in fields:
        quantities.add(Site(*field).quantities)
        assert _read(pipeline._apply_rules(Site(*field), 10.0)) == _read(_looped(Site(*field), 10.0)), field[1]
    assert len(quantities) >= 5


def test_the_dispatch_follows_the_registry_edited_in_place_or_replaced(monkeypatch):
    """A rule replaced in the registry, in place (as test_pipeline does) or by a new list
    (as test_preconditions does), is the one the dispatch calls, with the gate it carries."""
    sentence = "It cuts memory by 40% over the baseline."
    site_fields = [None]
    original = pipeline._apply_rules

    def recording(site: Site, timeout: float):
        site_fields[0] = (list(site.mentions), site.sentence, site.offset, site.start, site.end, site.context_metric)
        return original(site, timeout)

    monkeypatch.setattr(pipeline, "_apply_rules", recording)
    pipeline.extract_text(sentence)
    monkeypatch.setattr(pipeline, "_apply_rules", original)
    fields = site_fields[0]
    first = _read(pipeline._apply_rules(Site(*fields), 10.0))
    assert first and first[0][0] == "reduces <cost> by <factor>"
    index = next(i for i, rule in enumerate(RULES) if rule.name == first[0][0])
    rule = RULES[index]
    mark = dataclasses.replace(rule, produce=lambda m: [dataclasses.replace(d, metric="edited") for d in rule.produce(m)])
    RULES[index] = mark
    try:
        assert _read(pipeline._apply_rules(Site(*fields), 10.0))[0][1] == "edited"
        RULES[index] = dataclasses.replace(rule, needs=("through",))  # its gate now fails at this site
        assert _read(pipeline._apply_rules(Site(*fields), 10.0)) != first
    finally:
        RULES[index] = rule
    assert _read(pipeline._apply_rules(Site(*fields), 10.0)) == first
    monkeypatch.setattr(pipeline, "RULES", [mark if r is rule else r for r in RULES])
    assert _read(pipeline._apply_rules(Site(*fields), 10.0))[0][1] == "edited"
    monkeypatch.undo()
    assert _read(pipeline._apply_rules(Site(*fields), 10.0)) == first


def _sentences_called(text: str):
    """`sentences._sentences` as it was: `_is_boundary` called at each stop."""
    start = 0
    for boundary in _candidates(text):
        if not _is_boundary(text, boundary):
            continue
        end = boundary.start() + len(boundary.group().rstrip())
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            yield start + lead, start + len(chunk.rstrip()), chunk.strip()
        start = boundary.end()
    tail = text[start:]
    if tail.strip():
        lead = len(tail) - len(tail.lstrip())
        yield start + lead, start + len(tail.rstrip()), tail.strip()


def _split_called(text: str):
    for sentence in _sentences_called(text):
        yield from _bounded(text, *sentence)


SENTENCE_EDGES = [
    "", " ", "  \n ", ".", ". .", " . . ", "A.", "A. ", "a.B. c", "x.Y", "ab.Cd ab.cD a.Bc (e.g.) X.",
    "e.g. Foo", "E.G. Foo", "i.e. Bar", "Fig. 2 shows it. Figs. 3 and 4. Eq. 5 holds. Tab. 1.", "vs.Y etc.Z i.i.d.Q w.r.t.X",
    "No.5 no. 5 NO. 5 Dr. X and Mr. Y. Inc. Ltd. Co. ca. 5", "He said \"it works.\" Then Fig. 2 shows it.",
    "It ends (here.) Next one! And? Yes. 'Quoted.' [Bracket.] Done", "Tabs.\tNew\nlines.\nA\u00a0no-break. Thin\u2009space.",
    "practical.We go. a.We x.Ye 3.5 and 3. Five", "ééé. Ëlan. ß.Sz", "word " * 500, "It is " + "7" * 1500 + " and 2x faster.",
    ("A" * 990 + ". ") * 3, "x " * 600 + ". Y is 5.", "\n\n  Lead and trail.  \n\n",
]


def test_sentences_are_split_as_with_the_boundary_test_called():
    texts = _texts() + SENTENCE_EDGES + [text.replace(". ", ".") for text in real_abstracts()[:50]]
    boundaries = 0
    for text in texts:
        assert list(split_sentences(text)) == list(_split_called(text)), text[:80]
        assert list(_sentences(text)) == list(_sentences_called(text))
        boundaries += len(list(_sentences(text)))
    assert boundaries > 1_500


def test_a_lone_number_shares_no_unit_and_its_leading_digits_parse():
    """`_share_unit` returns at once for a site of one number: it changed none (the loop is
    over the others), and the scale it read (`numbers.unit_scale`) could not fail either: the
    leading digits of every number found, in every text and in made-up edges, parse."""
    texts = _texts() + [
        "1.2.3 and 1,000.5.6 and 5. and .5 and 1., 2,048.25% 3.5x 1.5-2.0x +4.2 -.5 ±0.3 4 times twice as fast",
        "v1.2.3, 10.1.1.1, 2,3,4, 1,,2 and 1..2 and 7.,8 and 9,.1",
    ]
    read = 0
    for text in texts:
        for mention in find_mentions(text):
            written = _LEADING_NUMBER.match(mention.text)
            if written:
                parse_number(written.group())
                unit_scale(mention)
                read += 1
            group = [dataclasses.replace(mention)]
            _share_unit(group)
            assert group[0] == mention
    assert read > 1_500
