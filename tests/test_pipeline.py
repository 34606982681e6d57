"""The pipeline's guarantees: budgets, defects contained per abstract, spans into the original."""
from __future__ import annotations

import dataclasses
import itertools
import subprocess
import sys
import time

import pytest

from extract import extract_claims, pipeline
from extract.numbers import MENTION_WORD_STARTS, find_mentions
from extract.pipeline import extract_text
from extract.rules import RULES


def test_spans_point_into_the_original_text():
    text = r"It runs 6.3$\times$ faster and reaches \textbf{1.24} FID on ImageNet 256$\times$256."
    for claim in extract_claims(text):
        start, end = claim.span
        assert text[start:end] == claim.text
    assert {c.text for c in extract_claims(text)} == {r"6.3$\times$", "1.24"}  # markup around a number stays out


def test_a_defective_rule_is_reported_and_contained():
    index = next(i for i, r in enumerate(RULES) if r.name == "<number> <metric>")

    def broken(match):
        raise RuntimeError("defect")

    original = RULES[index]
    RULES[index] = dataclasses.replace(original, produce=broken)
    try:
        result = extract_text("It runs 2.2x faster. It reaches 1.78 FID.", "p")
    finally:
        RULES[index] = original
    assert [c.metric for c in result.claims] == ["speedup"]
    assert result.warnings == ["p: extraction failed (RuntimeError: defect); the 1 claims found before that are kept"]


def step_clock(step: float):
    """A fake CPU clock that advances `step` seconds at every reading: budgets in tests
    depend on how much work was done, never on how busy the machine is."""
    return itertools.count(step=step).__next__


def test_budget_overrun_is_a_warning_that_keeps_claims():
    text = "It runs 2.2x faster. " + "It goes by 2.3 from 4 to ( and by 5. " * 20_000
    result = extract_text(text, "p", budget_s=0.5, clock=step_clock(0.01))
    assert result.warnings == ["p: extraction stopped after its 0.5 s budget; the 1 claims found before that are kept"]
    assert [c.value for c in result.claims] == [2.2]


def test_pathological_repetition_is_cut_by_the_budget_not_a_hang():
    # Duckling's guard against slow regexes: a 10,000-times repeated string
    text = "1.5x faster by 2.3 FID from 4 to " * 10_000
    result = extract_text(text, "p", budget_s=2.0, clock=step_clock(0.01))
    assert "budget" in result.warnings[0]
    assert ("speedup", 1.5) in {(c.metric, c.value) for c in result.claims}  # found before the cut, kept


def test_the_budget_is_checked_before_repair_and_splitting(monkeypatch):
    def must_not_run(text):
        raise AssertionError("repair ran after the budget was spent")

    monkeypatch.setattr(pipeline, "repair", must_not_run)
    result = extract_text("It runs 2.2x faster. " * 100_000, "p", budget_s=1.0, clock=step_clock(5.0))
    assert result.claims == [] and "budget" in result.warnings[0]


def test_the_budget_counts_cpu_time_not_waiting():
    # A rule that waits (as a thread does on a busy machine) spends no CPU time: with the
    # default clock, waiting ten times the budget does not cut the abstract short.
    assert pipeline.CLOCK is time.thread_time
    index = next(i for i, r in enumerate(RULES) if r.name == "<factor> faster")
    original = RULES[index]

    def waiting(match):
        time.sleep(0.05)
        return original.produce(match)

    text = "It runs 2.2x faster. " + "It is 3.1x faster on X. " * 4
    extract_text(text)  # patterns compiled on first use are not this test's subject
    RULES[index] = dataclasses.replace(original, produce=waiting)
    try:
        result = extract_text(text, "p", budget_s=0.1)  # waits 0.25 s
    finally:
        RULES[index] = original
    assert result.warnings == []
    assert sorted(c.value for c in result.claims) == [2.2, 3.1]


def test_the_cpu_clock_is_read_only_once_the_budget_could_be_spent():
    # A thread's CPU time cannot run ahead of the wall clock: before `seconds` of wall time
    # the budget is not spent, and the (slow) CPU clock is not read at each check.
    reads = []

    def counted_cpu_clock():
        reads.append(1)
        return time.thread_time()

    budget = pipeline.Budget(60.0, time.thread_time)
    budget.clock = counted_cpu_clock
    for _ in range(100):
        budget.check()
    assert reads == []
    spent = pipeline.Budget(0.0, time.thread_time)  # no wall time to wait for: the CPU clock decides
    with pytest.raises(pipeline._OutOfTime):
        spent.check()
    injected = pipeline.Budget(60.0, step_clock(1.0))  # any other clock is read at every check: 1, 2, ... 59
    for _ in range(59):
        injected.check()
    with pytest.raises(pipeline._OutOfTime):
        injected.check()


def test_a_long_sentence_is_split_in_linear_pieces_without_inventing_numbers():
    # 2 MB without a full stop, then a digit run longer than any sentence: the run gives
    # no claim (its tail is not a number), the result after it is kept.
    text = "word " * 400_000 + "9" * 5_000 + "5x faster. It reaches 1.78 FID."
    result = extract_text(text, "p", clock=step_clock(0.0))
    assert [(c.metric, c.value) for c in result.claims] == [("FID", 1.78)]


def test_huge_numbers_give_no_claim_and_cost_nothing_else():
    huge = "1" + "0" * 400
    text = (f"It runs 2.2x faster. Our model reaches {huge}. It also reaches 1.78 FID, "
            f"{huge}.5% accuracy and a 1{'0' * 300}B-parameter size.")
    result = extract_text(text, "p")
    assert result.warnings == []
    assert [(c.metric, c.value) for c in result.claims] == [("speedup", 2.2), ("FID", 1.78)]


def test_importing_the_pipeline_compiles_no_rule_pattern_and_loads_no_vocabulary():
    # what `import extract.pipeline` costs is measured with `python -X importtime`; what
    # keeps it cheap is checked here: patterns and vocabularies wait for the first abstract
    probe = ("import extract.pipeline, extract.vocab as v; from extract.rules import RULES; "
             "print(sum(p is not None and '_compiled' in p.__dict__ for r in RULES for p in (r.left, r.right)), "
             "v.metric_vocabulary.cache_info().currsize, v.dataset_vocabulary.cache_info().currsize)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "0", "0"]


def test_numbers_inside_an_address_give_nothing_in_any_sentence():
    text = ("Our model reaches 61.2% accuracy. The 8B variant is released "
            "(https://example.org/org/Model4.1-8B), with code at www.example.org/v2.0.")
    claims = extract_claims(text)
    assert [(c.metric, c.value) for c in claims] == [("accuracy", 61.2), ("params", 8e9)]
    assert claims[1].span[1] < text.index("https")  # the size said in words, not the one in the address



@pytest.mark.parametrize("text", [
    "Top-1 accuracy on ImageNet-1K and ImageNet 256x256, FID of 2.1 on COCO test-dev, mIoU on ADE20K.",
    "PSNRs and SSIM on Set14; BLEU on WMT14 En-De; pass@10 on HumanEval, R@1 on MSR-VTT, UCF-101.",
    "\u212aITTI (a Kelvin sign), Ω-accuracy, naïve FID-guided sampling, e-mail@COCO, xCOCO, COCOs.",
    "", "no names here at all", "PASCAL VOC 2012 and Pascal-Context-59, nocaps, NoCaps.",
])
def test_vocabulary_scanner_finds_what_the_whole_alternation_finds(text):
    # the first-character dispatch is a speed-up only: it must find exactly the matches
    # of the one pattern, from any start and to any end
    from extract.vocab import dataset_vocabulary, metric_vocabulary

    for vocabulary in (dataset_vocabulary(), metric_vocabulary()):
        for pos, endpos in ((0, len(text)), (3, len(text)), (0, max(0, len(text) - 5))):
            expected = [(m.span(), m.lastgroup) for m in vocabulary.pattern.finditer(text, pos, endpos)]
            assert [(m.span(), m.lastgroup) for m in vocabulary.finditer(text, pos, endpos)] == expected


_AS_MENTIONS = {"doubl": "doubles the", "tripl": "triples the", "halv": "halves the", "half": "half the memory and", "twice": "twice as fast as the", "thrice": "thrice as fast as the",
                **{f"a {part}": f"a {part} of the memory and" for part in ("third", "quarter", "fourth", "fifth", "tenth")}}


@pytest.mark.parametrize("start", MENTION_WORD_STARTS)
def test_a_number_written_only_in_words_passes_the_gate_whatever_word_it_starts_with(start):
    # The gate (`_writes_number`) keeps sentences without a number from the rules; a mention
    # written in words must pass it, whatever word it starts with ("thrice" once did not).
    written = _AS_MENTIONS.get(start, f"{start} times the")
    for text in (f"Ours reaches {written} throughput of the baseline.",  # ASCII, read lower-cased
                 f"Ours reaches {written} throughput of the baseline – in tests."):  # beyond ASCII
        assert list(find_mentions(text)), text
        assert pipeline._writes_number(text), text
        assert pipeline._writes_number(text.upper()), text.upper()
    for text in (f"Ours is some{start.replace(' ', '')}x like.", "Ours runs as fast as the baseline – or faster."):
        assert not pipeline._writes_number(text), text


def test_a_bound_on_a_unit_of_time_is_a_mention_at_the_bound_and_passes_the_gate():
    # "sub-second latency" writes no digit: a time mention valued at the unit (the spec's bounds),
    # in the text's order among the other numbers, and the sentence reaches the rules.
    text = "It runs at 30 FPS with sub-second latency and sub-millisecond encoding, not sub-seconds."
    mentions = [(m.text, m.value, m.quantity, m.unit) for m in find_mentions(text)]
    assert mentions == [("30 FPS", 30.0, "rate", None), ("sub-second", 1.0, "time", "s"),
                        ("sub-millisecond", 0.001, "time", "s")]
    assert pipeline._writes_number("Snapshots are sub-millisecond.")
    assert not pipeline._writes_number("A sub-second-level clock and a sub-optimal policy.")
