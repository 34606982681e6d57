"""Fast paths of round 20 (speed19), each against the path it replaces."""
from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

from real_abstracts import real_abstracts

from extract.attribution import (
    _GENERIC_BENCHMARK,
    _ON_NAMED_DATA,
    _may_name_generic,
    _may_name_on,
    sentence_contexts,
)
from extract.deferred import _SEPARATOR_CONTROLS
from extract.numbers import (
    _MENTION,
    _mention_matches,
    find_mentions,
)
from extract.pipeline import (
    CLOCK,
    Budget,
    _absolute,
    _drafts_of,
    _inside_dataset_name_at,
    _inside_url,
    _may_join,
    _sentence_drafts,
    _sites,
    _writes_number,
    extract_claims,
)
from extract.sentences import split_sentences
from extract.text import (
    _NEEDS_PASS2_ITALIC,
    _NEEDS_PASS2_NUMBER,
    _PASS1_CHARACTERS,
    _needs_pass1,
    _needs_pass2,
    repair,
)

DATA = Path(__file__).resolve().parents[1] / "data"


def _real_sentences() -> list[str]:
    return [sentence for abstract in real_abstracts() for _, _, sentence in split_sentences(repair(abstract).text)]


# What may open a match of the generic pattern, the name tokens it reads (capitals, a digit
# first, inner marks, a version), an abbreviation in brackets, the white space between, each
# data noun, and what may follow it.
_LEADS = ("", "on ", "On ", "in ", "of ", "using the ", "across ", "from the ", "the ", "The ", "on the new ", "into the ")
_NAMES = ("ABC", "Abc", "A", "3DX", "X-1", "O'Neil", "X'ab", "C++", "Ab+c", "Foo v1.5", "Foo 2", "Foo Bar", "ABC and DEF",
          "ABC, DEF", "abc", "Long Name (LN)", "AB (CD)")
_SPACES = (" ", "  ", "\t", "\n", "\u00a0", "\u2009")
_NOUNS = ("benchmark", "benchmarks", "dataset", "datasets", "test set", "test  sets", "suite", "suites", "corpus",
          "challenge", "split", "splits", "task", "tasks", "Benchmark", "data")
_AFTERS = ("", ".", " and more", "s", ":", " X", "-based", ": ABC and DEF", " ABC, DEF", ":ABC, DEF", " : ABC and DEF")


def _generic_texts() -> list[str]:
    texts = [lead + name + space + noun + after
             for lead, name, space, noun, after in itertools.product(_LEADS, _NAMES, _SPACES[:3], _NOUNS, _AFTERS[:4])]
    # the nouns first ("benchmarks MLVU and X", "datasets: A, B"), every space and follower
    texts += [lead + noun + space + after.lstrip(" :") + " " + after
              for lead, noun, space, after in itertools.product(_LEADS[:4], _NOUNS, _SPACES, _AFTERS)]
    texts += [lead + name + space + noun + after
              for lead, name, space, noun, after in itertools.product(_LEADS[:3], _NAMES, _SPACES, _NOUNS, _AFTERS)]
    texts += [f"{before}{name}Bench{after}" for before in ("", " ", "-", "a") for name in ("", "X", "Video", "MM-")
              for after in ("", "-2", "-Pro", "s", " ")]
    return texts


def _random_texts(pieces: tuple[str, ...], count: int, seed: int) -> list[str]:
    chooser = random.Random(seed)
    return ["".join(chooser.choice(pieces) for _ in range(chooser.randint(1, 9))) for _ in range(count)]


def _gate_passes_every_match(pattern, gate, texts) -> tuple[int, int]:
    """(texts the pattern matches, texts it does not match that the gate refuses); fails on a
    text the pattern matches and the gate refuses (a gate may only skip texts with no match)."""
    matched = refused = 0
    for text in texts:
        if pattern.search(text):
            matched += 1
            assert gate(text), repr(text)
        else:
            refused += not gate(text)
    return matched, refused


_GENERIC_PIECES = ("on", "On", "in", "of", "the", "using", "from", "into", " ", "  ", "\t", "\u00a0", "ABC", "Abc", "3D",
                   "v1.5", "v2", "(", ")", "LN", ",", ":", ".", "and", "benchmark", "dataset", "s", "test", "set",
                   "suite", "corpus", "challenge", "split", "task", "Bench", "-", "'", "+", "x", "data", "We")


def test_the_generic_benchmark_test_passes_every_text_the_pattern_matches():
    texts = _generic_texts() + _random_texts(_GENERIC_PIECES, 20_000, 19) + _real_sentences()
    matched, refused = _gate_passes_every_match(_GENERIC_BENCHMARK, _may_name_generic, texts)
    # the pattern matches many of these texts, and the test refuses many it does not match
    assert matched > 5_000 and refused > 5_000
    for text in ("We test it on a new task.", "the benchmark results show", "a split of the data", "our dataset is",
                 "tested on the hardest tasks", "splits of 10 subsets"):
        assert not _GENERIC_BENCHMARK.search(text) and not _may_name_generic(text), text
    for text in ("on the Foo v1.5 benchmark", "the Long Name (LN) dataset", "on the O'Neil dataset", "on C++ and D++ benchmarks",
                 "benchmarks MLVU and X", "datasets: A-1, B-2", "the XBench results", "In the COCO test  set"):
        assert _GENERIC_BENCHMARK.search(text) and _may_name_generic(text), text


_ON_PIECES = ("On", "In", "Across", "on", "across", "upon", "the", "The", " ", "  ", "\t", "\n", "\u00a0", "ABC", "Abc",
              "CIFAR-10", "a", "and", ",", ".", ";", "(", ")", "(64.2% SR)", "x", "We", "of", "benchmarks", "-")


def test_the_on_test_passes_every_text_the_pattern_matches():
    made = [lead + space + the + name + after
            for lead in ("On", "In", "Across", "on", "across", "upon", "won", "xacross", "ON", "on-")
            for space in _SPACES for the in ("", "the ", "the  ", "The ")
            for name in ("ABC", "Abc", "abc", "CIFAR-10 and ImageNet", "A", "3D")
            for after in ("", ",", " , it", ".", " and", " benchmarks", " (64.2% SR) and RxR-CE (67.0% SR)")]
    made += [before + text for text in made[:2_000] for before in ("We test ", "X, ", "(")]
    texts = made + _random_texts(_ON_PIECES, 20_000, 20) + _real_sentences()
    matched, refused = _gate_passes_every_match(_ON_NAMED_DATA, _may_name_on, texts)
    assert matched > 1_000 and refused > 2_000
    for text in ("On the other hand, it is fast.", "It runs on a GPU.", "In this work, we", "Across all tasks, it"):
        assert not _ON_NAMED_DATA.search(text) and not _may_name_on(text), text
    for text in ("On Criteo, it wins", "In the COCO and LVIS, it", "across CAMELYON16 and TCGA-NSCLC.",
                 "(on OGBN-products)", "on\tCIFAR-100", "Across ETTh1 and ETTm2, it wins"):
        assert _ON_NAMED_DATA.search(text) and _may_name_on(text), text


# --- a sentence's drafts first, its benchmarks only where they can change them ---

_ONE_NUMBER_IN_A_NAME = ["Results on BraTS 2021 Dice improve.", "On SQuAD 2.0 F1 improves.", "On ImageNet 64 FID is low.",
                         "On KITTI 2015 EPE drops.", "We outperform on COCO 2017 AP.", "It gains on SQuAD 1.1 F1."]
#: A number inside a benchmark's name between two others, in an aside: left out, it lets them be
#: read as one list ("85.3% ... and 90.1%"), which the rules read as they do not read them apart.
_JOINED_WITHOUT_A_NAME = ["Accuracies are 85.3% (BraTS 2021) and 90.1%, respectively.",
                          "The accuracy is 85.3% (BraTS 2021) and 90.1% on the two sets.",
                          "It runs with 2.4 (KITTI 2015) and 8.6 times faster decoding.",
                          "It has accuracies of 85.3 (BraTS 2021) and 90.1, and 3 and 5 hours on KITTI 2015 runs.",
                          "It takes 3 (KITTI 2015), 4 and 5 hours (COCO 2017) on A, B and C."]


def _filtered_first(context, budget, context_metric):
    """What `_sentence_drafts` gave before: every number inside a benchmark's name left out
    first (the sentence's benchmarks read for any number), then the drafts of the rest."""
    if not _writes_number(context.text):
        return []
    mentions = [_absolute(m, context.offset) for m in find_mentions(context.text, timeout=budget.backstop)
                if not (m.sign == "±" or _inside_dataset_name_at(m.start, context) or _inside_url(m, context))]
    return _drafts_of(mentions, context, budget, context_metric) if mentions else []


def _contexts(abstract: str):
    repaired = repair(abstract)
    return list(sentence_contexts(split_sentences(repaired.text), repaired.text, ""))


def _readable(drafts) -> list:
    return [(repr(draft), end) for draft, _, end in drafts]


def test_a_sentence_gives_what_it_gave_with_its_benchmarks_read_first():
    abstracts = real_abstracts() + [json.loads(line)["abstract"] for name in ("dev_papers.jsonl", "dev2_papers.jsonl")
                                    for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    abstracts += _ONE_NUMBER_IN_A_NAME + [sentence.replace(".", " and 3.5 FID.") for sentence in _ONE_NUMBER_IN_A_NAME]
    abstracts += ["We study this task at length. " + sentence for sentence in _ONE_NUMBER_IN_A_NAME + _JOINED_WITHOUT_A_NAME]
    abstracts += _JOINED_WITHOUT_A_NAME
    budget = Budget(1000.0, CLOCK)
    one_number = with_drafts = several = left_out = 0
    for abstract in abstracts:
        for metric in (None, "accuracy"):
            for new, old in zip(_contexts(abstract), _contexts(abstract)):
                drafts = _sentence_drafts(new, budget, metric)
                assert _readable(drafts) == _readable(_filtered_first(old, budget, metric)), new.text
                found = [m for m in find_mentions(new.text) if m.sign != "±"]
                one_number += len(found) == 1
                with_drafts += len(found) == 1 and bool(drafts)
                several += len(found) > 1
                left_out += any(_inside_dataset_name_at(m.start, old) for m in found)
    assert one_number > 300 and with_drafts > 100 and several > 300 and left_out > 20


def test_numbers_that_may_join_once_others_are_left_out_are_found():
    """`_may_join` holds wherever leaving some of a sentence's numbers out makes `_sites` read
    two of the others as one site (the test the sentence's drafts read first rest on)."""
    sentences = [s.text for abstract in real_abstracts() + _JOINED_WITHOUT_A_NAME for s in _contexts(abstract)]
    joined = tried = 0
    for sentence in sentences:
        found = [m for m in find_mentions(sentence) if m.sign != "±"]
        if not 2 <= len(found) <= 6:
            continue
        may = _may_join(found, sentence)
        context = _contexts(sentence)[0]
        for size in range(2, len(found) + 1):
            for kept in itertools.combinations(range(len(found)), size):
                fresh = [m for m in find_mentions(sentence) if m.sign != "±"]
                sites = _sites([fresh[i] for i in kept], context, None)
                tried += 1
                if any(len(site.mentions) > 1 for site in sites):
                    joined += 1
                    assert may, (sentence, kept)
    assert tried > 500 and joined > 50
    # the numbers between two that join, left out: only a test of every pair finds them
    sentence = "Accuracies are 85.3% (BraTS 2021) and 90.1%, respectively."
    found = list(find_mentions(sentence))
    assert len(found) == 3 and _may_join(found, sentence) and not _may_join(found[:2], sentence)
    assert not _may_join(found[1:], sentence)


def test_one_number_inside_a_benchmark_name_gives_no_claim():
    budget = Budget(1000.0, CLOCK)
    for sentence in _ONE_NUMBER_IN_A_NAME:
        for abstract in (sentence, "We study this task at length. " + sentence):  # offsets in the sentence, not the abstract
            context = _contexts(abstract)[-1]
            mention = next(find_mentions(context.text))
            # the rules read the number (as a score of the metric after it), and it is part of the name
            assert _inside_dataset_name_at(mention.start, context), sentence
            assert _drafts_of([_absolute(mention, context.offset)], context, budget, None), sentence
            fresh = _contexts(abstract)[-1]
            assert _sentence_drafts(fresh, budget, None) == [] and "datasets" in fresh.__dict__, sentence
            assert extract_claims(abstract) == [], sentence


def test_a_printable_text_holds_none_of_the_separator_controls():
    # `_mention_matches` reads a printable text as free of `_SEPARATOR_CONTROLS` without the scan
    assert all(not chr(code).isprintable() for code in range(0x1C, 0x20))
    assert all(_SEPARATOR_CONTROLS.search(chr(code)) for code in range(0x1C, 0x20))
    for control in ("\x1c", "\x1f", "\t", "\n", "\x00"):
        text = f"It reaches 85.3% accuracy{control}and 2x speed."
        assert not text.isprintable()
        assert [m.group() for m in _mention_matches(text, 0, len(text), None)] == \
            [m.group() for m in _MENTION.finditer(text)], repr(control)


def test_the_repair_triggers_hold_each_character_and_literal():
    # `_needs_pass1`'s `or` of substring tests holds each character of `_PASS1_CHARACTERS`
    for character in _PASS1_CHARACTERS:
        assert _needs_pass1(f"It reaches 85.3{character} accuracy."), character
    assert not _needs_pass1("It reaches 85.3% accuracy, 2x faster - and 'more'.")
    # `_needs_pass2` searches each pattern where its literal is, as the patterns alone did
    for text in ("3 times 4", "3times4", "256 * 256", "2.4x2.4x", "2.4 x 3", "12.5% 12.5", "an it 3", "it\t3",
                 "no 5 time", "x 3", "% 3", "*3", "timesx"):
        assert _needs_pass2(text) == (any(pattern.search(text) for _, pattern in _NEEDS_PASS2_NUMBER)
                                      or bool(_NEEDS_PASS2_ITALIC.search(text))), text
    assert all(literal in pattern.pattern.replace("\\", "") for literal, pattern in _NEEDS_PASS2_NUMBER)
