"""The extractor's fast paths find exactly what the patterns they replace find.

Each fast path stands in for a regex the code once compiled per call (a title's or a
method's name inside the pattern); here both run on made-up texts built to hit the
edges: boundaries, overlaps, repeats, hyphens, non-ASCII word characters."""
from __future__ import annotations

import re

import pytest
import regex
from real_abstracts import real_abstracts

from extract.attribution import (
    _GENERIC_BENCHMARK,
    _GENERIC_BENCHMARK_BODY,
    _ON_NAMED_DATA,
    _PORTION,
    _TASK_AS_BENCHMARK,
    _TASKS_WITH_NUMBERS,
    _may_name_generic,
    _may_name_on,
    _may_name_portion,
    _variants,
)
from extract.names import (
    _DEFINITION,
    _INTRODUCE,
    _INTRODUCE_FIRST_WORDS,
    _ODD_LETTERS,
    alone_at,
    definitions,
    introductions,
)
from extract.numbers import (
    _ASCII_DIGIT_RUN,
    _DIGIT_RUN,
    _MENTION,
    _NOT_BEFORE_A_MENTION,
    _WORD_CUES,
    _groups_of,
    _may_write_number_word,
    _mention_matches,
)
from extract.pipeline import (
    _NUMBER_WORD,
    _NUMBER_WORDS,
    _ODD_CASES,
    _writes_number,
)
from extract.rules import RULES
from extract.rules.base import compile_right
from extract.rules.scores import benchmark_follows
from extract.sentences import (
    _ABBREVIATIONS,
    _CANDIDATE,
    _TWO_LETTERS_END,
    _WORD_BEFORE,
    _is_boundary,
)
from extract.text import _GLUED
from extract.vocab import (
    dataset_vocabulary,
    metric_vocabulary,
    names_a_task,
    task_pattern,
)

TEXTS = [
    "",
    "M-VAR",
    "M-VAR beats M-VAR-d32 and xM-VAR, -M-VAR; (M-VAR) M-VARs M-VAR_",
    "aaaa aa aaa a-aa aa- éaa aaé aa",
    "the Foo model: Foo-Base, Foo-Large-v2.1, Foo-, Foo--x, Foo-1.5B, Foo-Base-, Foo-é_1",
    "Foo-Foo-Bar Foo-Foo Foo-a-b-c.d-e Foo.Bar-x",
    "ΔNet-X and ΔNet and ΔNet-",
    "voice-search and voice-search tasks; voice-searching voice-search-2",
]
WORDS = ["M-VAR", "aa", "a", "Foo", "Foo-Foo", "ΔNet", "voice-search", "x", "é"]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("word", WORDS)
def test_alone_at_is_the_bounded_pattern(word, text):
    pattern = regex.compile(rf"(?<![\w-]){regex.escape(word)}(?![\w-])")
    assert list(alone_at(word, text)) == [m.start() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("method", WORDS)
def test_variants_are_the_variant_pattern(method, text):
    # the per-sentence pattern it replaces, with its "not an article" lookahead ("X-a lightweight")
    pattern = regex.compile(rf"(?<![\w-]){regex.escape(method)}-(?!(?:a|an|the)\b)[\w.]+(?:-[\w.]+)*")
    assert list(_variants(method, text)) == [(m.end(), m.group()) for m in pattern.finditer(text)]


def test_the_texts_reach_both_outcomes():
    """The cases above are not vacuous: some words stand alone, some do not."""
    found = [list(alone_at(w, t)) for w in WORDS for t in TEXTS]
    assert any(found) and not all(found)
    assert list(_variants("Foo", TEXTS[4]))[:2] == [(23, "Foo-Base"), (39, "Foo-Large-v2.1")]


DEFINITION_TEXTS = [
    "We propose Neighboring Autoregressive Modeling (NAR), which ... NAR wins.",
    "foo (bar (BAR) and Long Short Term Memory (LSTM) cells, then a, (X) b,, (Y) c (Z",
    "a very long run of many lower case words before it (LRMW) then (NoCloser",
    "x ( (ABC) y (A B) z (A  B) the-cross-lingual language models, (XLMs) (( (Q))",
    "Vision Transformer (ViT)\n(ViT) ViT-B (ViT-B) é word (ÉW) 3D shape (TDS) 12 (AB)",
    "One (A) two (B) three (C) four (D)) five ((E) six (F)",
    "a b c d e f g h Long Form Words Here Now (LFWHN) and one two three four five six seven (OTTFFSS)",
    "x  y\t\tz  Seven Word Long Form Of Many Words (SWLFOMW) w (W) Extra  Spaced   Name (ESN)",
]


def test_definitions_are_the_definition_pattern():
    texts = DEFINITION_TEXTS + real_abstracts()
    for text in texts:
        assert [m.span() + (m.group("long"), m.group("abbr")) for m in definitions(text)] == \
               [m.span() + (m.group("long"), m.group("abbr")) for m in _DEFINITION.finditer(text)]
    assert len(list(definitions(DEFINITION_TEXTS[1]))) == 3


INTRODUCTION_TEXTS = [
    "However, we propose X. Here we present Y; this paper introduces Z, and this work builds W.",
    "Between the lower weights we design nothing. Owe we call it Q? _we propose A, 2we propose B, \u00e9we propose C.",
    "WE PROPOSE LOUD. This Report Presents Caps. HERE WE develop H and we we propose twice.",
    "thi\u017f paper introduces S. \u0130n this work we train K; here\u0131 we offer D. This\u0131s. the\u0301we dub E",
    "We propose a method (named M) that we call M-Net. This thesis, however, we release. we\ttrain T",
]


def test_introductions_are_the_introduce_pattern():
    # the lower-cased text finds every first word the pattern matches without case: the
    # characters beyond ASCII it reads as a letter of them are the known odd ones
    letters = "".join(sorted(set("".join(_INTRODUCE_FIRST_WORDS))))
    letter = regex.compile(f"(?i:[{letters}])")
    stdlib = re.compile(f"(?i:[{letters}])")  # the pattern is compiled by `re`, the other test by `regex`
    odd = {chr(code) for code in range(0x80, 0x110000) if stdlib.fullmatch(chr(code)) or letter.fullmatch(chr(code))}
    assert odd == set(_ODD_LETTERS)
    texts = INTRODUCTION_TEXTS + DEFINITION_TEXTS + real_abstracts()
    found = 0
    for text in texts:
        expected = _spans(_INTRODUCE.finditer(text))
        assert _spans(introductions(text)) == expected, text
        found += len(expected)
    assert found >= 20


GLUED_TEXTS = [
    "achieves it 3-it 10 times (it 4) faster, it\t5, 256times 256, 128 * 128, 64\u2009*\u200964, 256x 256 and 32x  32",
    "6.3times faster, 6.3timesx, 2.4x2.4x, 2.4x 2.4x, 30%30% and 30% 30%, 1.5x1.5, 12.5%12.5%, \u0662x\u0662x",
    "timestamps, it is, x 5, * 7, item 3, 1000x 1000, 25x 256, 2.4x2.4x2.4x, 3 times 4, 3\ntimes\n4",
    "20.8+/-4.3%, 23.3 +/- 3.8, 5+/- 2, 7 +/-1, +/- 4, a+/-5, 6+/-x, 9  +/-  2, 1.5+/-+/-2",
    "29.5% v.s. 15.3%, (v.s. X), v.s.o.p., av.s. 3, v.s.\t4, .v.s. 5, v.s.",
    "a factor of82x, 1% to3%, by5 points, Proto3, Conv2to3, of 4, to\u06635, (of6), -by7, photo2photo",
    "within +/-20% error, within-+/-5%, (+/-3), 1-+/-2, x+/-3, -+/- 4, a- +/-3, +/-x",  # a tolerance (read61)
    "44.00±0.51%, 89.1%±0.9%, 3±x, ±5, a±3, 3 ±4, 2±±3, 7± 8, 9±\u06635",  # a spread glued to its mean (read84)
]


def test_glued_lookahead_is_the_glued_pattern():
    # the pattern without its leading class finds the same renderings
    head = "(?=[itx*\\s\\d+vob\\-±])(?:"
    assert _GLUED.pattern.startswith(head) and _GLUED.pattern.rstrip().endswith(")")
    plain = regex.compile(_GLUED.pattern[len(head):_GLUED.pattern.rstrip().rindex(")")], _GLUED.flags)
    texts = GLUED_TEXTS + MENTION_TEXTS + real_abstracts()
    found = 0
    for text in texts:
        expected = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in _GLUED.finditer(text)] == expected, text
        found += len(expected)
    assert found >= 15


MENTION_TEXTS = [
    "a 2.2x speed-up, 25.5% lower, 1,300 phases, 3X, .5 and + .5, -0.4 FID, (+4.2 AP), 87.3 ± 0.2, ±0.1",
    "5-10x faster and 9%-19% better, 60--73x, 45.1 → 48.3, 41.0% -> 55.2%, 125M to 1.3B, 2,000+ x",
    "Chameleon-7B, ResNet-50, UCF101, pass@1, top-5, 3D, d30, Llama-2-70B, v1.2.3, x^2, a_1, \\5, 1.2.3",
    "+-1 -+2 ..3 .-4 -.5 +\t6 = 7;8:9~10 [11 (12 ,13 1,23 12,345,678.9 0.000 1e5 3.5 days 8s 24h",
    "five times faster, twice as fast, four GPU hours, a hundred-fold, three percent, 2 times",
    "١٢٣ and ٤.٥% in other digits, 7 billion, 35 ms per image, 8 GB, 1.2 seconds, 30%+ higher",
]


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


def test_mention_matches_are_the_mention_pattern():
    texts = MENTION_TEXTS + real_abstracts()
    for text in texts:
        for pos, endpos in [(0, len(text)), (3, len(text) - 2), (len(text) // 2, len(text))]:
            assert _spans(_mention_matches(text, pos, endpos, None)) == _spans(_MENTION.finditer(text, pos, endpos))
    assert not _may_write_number_word(MENTION_TEXTS[0]) and _may_write_number_word(MENTION_TEXTS[4])


def test_ascii_digit_scans_are_the_digit_patterns_in_ascii():
    """`\\d` and [0-9] read every ASCII character alike, so the two find the same in ASCII text."""
    for code in range(128):
        character = chr(code)
        assert bool(_ASCII_DIGIT_RUN.match(character)) == bool(_DIGIT_RUN.match(character)) == character.isdigit(), code
    ascii_texts = [text for text in MENTION_TEXTS if text.isascii()]
    assert ascii_texts and any(_ASCII_DIGIT_RUN.search(text) for text in ascii_texts)
    for text in ascii_texts:
        assert [m.span() for m in _ASCII_DIGIT_RUN.finditer(text, 3)] == [m.span() for m in _DIGIT_RUN.finditer(text, 3)]


def test_no_mention_starts_after_the_characters_not_tried():
    """After every ASCII character the mention scanner passes, the pattern matches nothing,
    whatever follows; after every other ASCII character some number is matched."""
    followers = ["5", "5%", "5 x", "+5", "-0.4 FID", "\u00b10.2", ".5", "+ .5", "1,300", "2.2x", "7B", "5-10x"]
    for code in range(128):
        before = chr(code)
        found = [_MENTION.match(before + follower, 1) for follower in followers]
        if before in _NOT_BEFORE_A_MENTION:
            assert found == [None] * len(followers), before
        else:
            assert any(found), before
    assert len(_NOT_BEFORE_A_MENTION) == 67


def test_twice_in_ascii_is_the_twice_pattern():
    """In an ASCII text, "twice" or "thrice" in the lower-cased text stands for `_TWICE`'s
    search without case (the pattern, written out): tried with every ASCII character in place of each letter, in
    upper and lower case, glued to words; other texts go to the pattern itself."""
    texts = ["", "TWICE", "ThRiCe", "twic", "hrice", "thricely", "xtwice", "twi ce", "tw\u0130ce", "\u212atwice",
             "tw\u0131ce", "thri\u017fce"] + MENTION_TEXTS
    for word in ("twice", "thrice"):
        for at in range(len(word)):
            for code in range(128):
                texts += [word[:at] + chr(code) + word[at + 1:], "a " + (word[:at] + chr(code) + word[at + 1:]).upper() + "s"]
    texts += [s for text in real_abstracts() for s in text.split(". ")]
    twice = re.compile(r"(?i:twice|thrice)")  # the pattern `_TWICE` stands for
    found = 0
    for text in texts:
        expected = any(cue in text for cue in _WORD_CUES) or bool(twice.search(text))
        assert _may_write_number_word(text) == expected, text
        found += expected and not any(cue in text for cue in _WORD_CUES)
    assert found >= 40


def test_mention_groups_are_the_groups_by_name():
    texts = MENTION_TEXTS + real_abstracts()
    matches = [match for text in texts for match in _MENTION.finditer(text)]
    assert len(matches) > 100
    for match in matches:
        groups = _groups_of(match)
        assert groups._asdict() == match.groupdict()
        assert [getattr(groups, name) for name in _MENTION.groupindex] == [match.group(name) for name in _MENTION.groupindex]


def test_vocabulary_scans_are_their_patterns():
    """The scanner visits word starts through one character class and passes those whose
    next character no name there can have; it finds what the whole pattern finds."""
    texts = MENTION_TEXTS + DEFINITION_TEXTS + [
        "FID, fid-guided, Fréchet Inception Distance, top-1 accuracy, Top-5 Acc, mIoU, PSNRs, pass@10, R@1",
        "ImageNet 256x256, ImageNet-1K, CIFAR-100, cifar-10, MS COCO test-dev, ÉImageNet, @ImageNet, x\tFID\x7fBLEU",
        "C41x C4 1 times C412 C4-x C4- M4, IS-A IS- IS EMs CDs ISx C4",  # names shorter than the three characters read
        # and than the six read where three pass: digits, a factor or a size cut at the sixth character
        "C41234x C4123 times C412345 C4-12k FID12x FID123 x PSNR1 times MNIST1x COCO2 ×3 KITTI12 times mIoU-1x ImageNet",
        "perfor performance perplexity perplex precision precis recall@1 recal accura accuracy BLEU-4x BLEU4 times",
    ] + real_abstracts()
    for vocabulary in (metric_vocabulary(), dataset_vocabulary()):
        found = 0
        for text in texts:
            for pos, endpos in [(0, len(text)), (2, len(text) - 3)]:
                fast = [(m.span(), m.lastgroup) for m in vocabulary.finditer(text, pos, endpos)]
                assert fast == [(m.span(), m.lastgroup) for m in vocabulary.pattern.finditer(text, pos, endpos)]
                first, slow = vocabulary.search(text, pos, endpos), vocabulary.pattern.search(text, pos, endpos)
                assert (first and (first.span(), first.lastgroup)) == (slow and (slow.span(), slow.lastgroup))
                found += len(fast)
        assert found > 20


def test_ascii_texts_are_scanned_for_word_starts_as_the_regex_class_scans_them():
    """An ASCII text's word starts are found by `re`: the same starts as the `regex`
    class finds, for every ASCII character after every ASCII character (the lookbehind
    reads one), at the text's start, and from a position inside it."""
    for vocabulary in (metric_vocabulary(), dataset_vocabulary()):
        vocabulary.match("FID")  # builds the scanner's patterns
        chars = "".join(chr(code) for code in range(128))
        texts = [chars, chars[::-1]] + [before + chars for before in chars]
        for text in texts:
            for pos in (0, 1, 64):
                fast = [m.start() for m in vocabulary._ascii_starts.finditer(text, pos)]
                assert fast == [m.start() for m in vocabulary._starts.finditer(text, pos)]
        pairs = "".join(a + b for a in chars for b in chars)
        assert [m.start() for m in vocabulary._ascii_starts.finditer(pairs)] == \
            [m.start() for m in vocabulary._starts.finditer(pairs)]


def test_first_characters_read_off_the_names_are_those_a_partial_match_finds():
    for vocabulary in (metric_vocabulary(), dataset_vocabulary()):
        for group in vocabulary._groups:
            alone = regex.compile(group)
            matched = {vocabulary._key(chr(code)) for code in range(128) if alone.match(chr(code), partial=True)}
            assert vocabulary._first_keys(group) == matched, group[:60]


def test_vocabulary_match_and_fullmatch_are_their_patterns():
    texts = MENTION_TEXTS + DEFINITION_TEXTS + [
        "FID, fid-guided, Fréchet Inception Distance, top-1 accuracy, Top-5 Acc, mIoU, PSNRs, pass@10, R@1, ÉFID",
        "ImageNet 256x256, ImageNet-1K, CIFAR-100, cifar-10, MS COCO test-dev, ÉImageNet, @ImageNet, C41x C4 1 times",
    ]
    for vocabulary in (metric_vocabulary(), dataset_vocabulary()):
        found = 0
        for text in texts:
            for pos in range(-1, len(text) + 2):
                for endpos in (None, len(text) - 2):
                    fast = vocabulary.match(text, pos, endpos)
                    slow = vocabulary.pattern.match(text, pos, len(text) if endpos is None else endpos)
                    assert (fast and (fast.span(), fast.lastgroup)) == (slow and (slow.span(), slow.lastgroup))
                    found += fast is not None
            for word in [""] + text.split() + [w.strip(",.()") for w in text.split()]:
                fast, slow = vocabulary.fullmatch(word), vocabulary.pattern.fullmatch(word)
                assert (fast and fast.lastgroup) == (slow and slow.lastgroup)
        assert found > 10


def test_benchmark_name_prefilters_pass_every_sentence_the_patterns_match():
    crafted = ["on the public PI-CAI dataset", "the Matbench Discovery benchmark", "In the COCO test set we",
               "benchmarks MLVU and LongVideoBench", "On Criteo, it wins", "Across ETTh1 and ETTm2, it wins",
               "across CAMELYON16 and TCGA-NSCLC.", "(on ogbn-products)", "on\tCIFAR-100", "of the ABC suite"]
    sentences = crafted + [s for text in real_abstracts() for s in text.split(". ")]
    hits = 0
    for sentence in sentences:
        for pattern, may_match in ((_GENERIC_BENCHMARK, _may_name_generic), (_ON_NAMED_DATA, _may_name_on)):
            if pattern.search(sentence):
                hits += 1
                assert may_match(sentence), sentence
    assert hits >= len(crafted)
    assert not _may_name_generic("It runs 2x faster.") and not _may_name_on("It runs 2x faster upon request.")


def test_the_task_test_is_the_task_pattern():
    texts = MENTION_TEXTS + DEFINITION_TEXTS + [
        "Text-To-Image and ZERO-SHOT results", "ſpeech recognition, \u212aey", "in-house data", "in house", "downstreams",
        "zero-shotted", "real-world", "Real-World", "machine  translation", "out-of-distribution",
    ] + [s for text in real_abstracts() for s in text.split(". ")]
    hits = 0
    for text in texts:
        assert names_a_task(text) == bool(task_pattern().search(text)), text
        hits += names_a_task(text)
    assert hits >= 5


def _left_windows() -> list[str]:
    """The text before every number of made-up and real sentences, as rules see it (the
    last 160 characters), and windows that end in the brackets and labels rules read."""
    texts = MENTION_TEXTS + DEFINITION_TEXTS + [
        "outperforming nnU-Net (0.897)", "HuBERT-Base (4.8%/10.4%)", "SiT-XL (FID: 2.06)", "Llama 7B (mAP = 41.2)",
        "(x (y) nnU-Net ( 3", "A (B) (C", "A-1 (\t F1\n 0.9", "ResNet-50 (top-1 acc 76.1", "(é 2",
        # the gated rules' own examples, and sizes in brackets after names (speed20)
        *(example for rule in RULES if rule.left_possible is not None for example in rule.examples),
        "Llama 3 (8B)", "GPT-J/GPT-NeoX ( 20B", "Mistral Large\u00a0(123B", "Qwen2 (\u00a07B)", "Phi-3 (\n3.8B", "the student, TinyViT (5M parameters)",
    ] + real_abstracts()
    windows = []
    for text in texts:
        for digit in regex.finditer(r"\d", text):
            windows.append(text[:digit.start()][-160:])
        windows.append(text[-160:])
    return windows


def test_left_gates_pass_every_window_the_left_patterns_match():
    """A rule's `left_possible` is true wherever its left pattern matches, so it never
    changes what the rule finds; and it spares searches."""
    gated = [rule for rule in RULES if rule.left_possible is not None]
    assert gated
    windows = _left_windows()
    for rule in gated:
        matched = spared = 0
        for window in windows:
            if rule.left.compiled().search(window):
                matched += 1
                assert rule.left_possible(window), (rule.name, window)
            spared += not rule.left_possible(window)
        assert matched >= 3 and spared > len(windows) // 2, rule.name


def test_number_word_test_is_the_number_word_pattern():
    # the lower-cased text finds every word the pattern matches without case: a character
    # that matches a letter of the words without case lowers to it, but for the two known
    letters = "".join(sorted(set("".join(_NUMBER_WORDS))))
    letter = regex.compile(f"(?i:[{letters}])")
    odd = {chr(code) for code in range(0x80, 0x110000) if letter.fullmatch(chr(code)) and chr(code).lower() not in letters}
    assert odd == set(_ODD_CASES)
    texts = MENTION_TEXTS + DEFINITION_TEXTS + [
        "", "none", "someone often", "One-shot", "TWICE", "oNe", "ſix", "\u0130", "x\u0130ne", "a doubled half-life",
        "threefold", "Ten.", "seventy", "twofold and two", "\u212aone",
        # a word glued after a word character is no match; after a mark or a sign it is
        "x_one", "3two", "\u00e9ten", "\u00b2half", "a\u0301one", "often attention", "(two", "-half", "_twice one",
        "none " * 150, "none " * 150 + "and two", "often " * 60 + "attention " * 60 + "Ten",  # past the tries on words
    ] + [s for text in real_abstracts() for s in text.split(". ")]
    hits = 0
    for text in texts:
        assert _writes_number(text) == bool(_DIGIT_RUN.search(text) or _NUMBER_WORD.search(text)), text
        hits += not _DIGIT_RUN.search(text) and _writes_number(text)
    assert hits >= 5


BENCHMARK_TEXTS = [
    "on the public PI-CAI dataset", "the Matbench Discovery benchmark", "In the COCO test set we", "of the ABC suite",
    "benchmarks MLVU and LongVideoBench", "across SUN RGB-D and NYUDv2 benchmarks", "EVT-Bench DT split", "(VisJudge-Bench)",
    "\u0130n the XYZ dataset", "ON THE Foo Bench task", "on a synthetic T-Maze task", "on voice-search and dictation tasks",
    "8.5% on voice-search and 5.2% on voice-dictation tasks", "the Switchboard/CallHome portion of the Hub5'00 test set",
    "the Clean and Other subsets of\tLibriSpeech", "the ABC parts of XYZ", "a-Bench, xBench, ABench-7, on\nthe Q dataset",
]


def _benchmark_sentences() -> list[str]:
    return BENCHMARK_TEXTS + MENTION_TEXTS + DEFINITION_TEXTS + [s for text in real_abstracts() for s in text.split(". ")]


def test_generic_benchmark_lookahead_is_the_generic_pattern():
    """The lookahead before the generic-benchmark pattern holds every character a match
    can start with (every code point tried), so the matches are the pattern's own."""
    body = regex.compile(_GENERIC_BENCHMARK_BODY, regex.VERBOSE)
    firsts = {chr(code) for code in range(0x110000) if body.match(chr(code), partial=True)}
    assert firsts and all(_GENERIC_BENCHMARK.match(char, partial=True) for char in firsts)
    found = 0
    for text in _benchmark_sentences():
        fast = [(m.span(), m.groupdict()) for m in _GENERIC_BENCHMARK.finditer(text)]
        assert fast == [(m.span(), m.groupdict()) for m in body.finditer(text)], text
        found += len(fast)
    assert found >= 10


def test_task_and_portion_gates_pass_every_sentence_the_patterns_match():
    hits = 0
    for text in _benchmark_sentences():
        for pattern, may_match in ((_TASK_AS_BENCHMARK, lambda s: "task" in s), (_TASKS_WITH_NUMBERS, lambda s: "tasks" in s),
                                   (_PORTION, _may_name_portion)):
            if pattern.search(text):
                hits += 1
                assert may_match(text), (pattern.pattern[:30], text)
    assert hits >= 5
    assert not _may_name_portion("It runs 2x faster on the dataset.")


def test_sentence_stops_are_judged_as_by_the_abbreviation_search():
    """The letters before a stop are read off the text; the search for the word before it
    runs only when they may end an abbreviation, and the verdict is the search's."""
    def searched(text, match):  # the test as it was, searching before every stop
        dot = match.start()
        word = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
        if word and word.group().lower() in _ABBREVIATIONS:
            return None
        if not match.group().endswith((" ", "\n", "\t")) and match.end() == dot + 1:
            return bool(_TWO_LETTERS_END.search(text[max(0, dot - 2):dot]))
        return True

    texts = ["It works, e.g. On X. Then i.e. Y. Models, e.g. Transformers, E.G. 3D. I.e. The Fig. 2 shows it. See Figs. 3. W.r.t. Z. I.I.D. data. Vs. A. cf. B.",
             "The 5 no. A. Approx. 3. NO. Two. x.e.g. Y. eeeeeeeeeeeee.g. Z. abcdefghijkl. M. Al. T. Mr. D. Ltd. Inc. E.",
             "practical.We also.It (e.g.) [vs.] Etc.! 3.5. A.B.C. D i.i.d.Then w.r.t.X"] + real_abstracts()
    abbreviations = stops = 0
    for text in texts:
        for match in _CANDIDATE.finditer(text):
            verdict = searched(text, match)
            assert _is_boundary(text, match) == bool(verdict), text[max(0, match.start() - 12):match.end()]
            abbreviations += verdict is None
            stops += bool(verdict)
    assert abbreviations >= 10 and stops > 20


def test_benchmark_after_a_number_is_the_one_pattern_it_replaces():
    """`benchmark_follows` finds what the rule's right pattern holding the whole benchmark
    vocabulary found."""
    pattern = compile_right(rf"(?:accuracy\s+)?(?:on|in)\s+(?:the\s+)?(?:{dataset_vocabulary().pattern.pattern})").compiled()
    rights = [" on MMLU", "% on the COCO test-dev", " accuracy on ImageNet-1K,", " accuracy  in\tthe  CIFAR-10", " on the",
              " on theMMLU", " in the the Pile", " on ImageNet256x256", " on ImageNet 256x256 and", " on Imagenet", " on",
              " on MMLUx", " on \u212aITTI", " accuracy on", "on GSM8K", "  in   GSM8K.", " on the ÉImageNet", " onMMLU",
              " on MATH", " on the MATH benchmark", " on the WMT'14 English-German", " in COCO", " in coco", " on " + "x" * 300]
    windows = rights + [text[end:] for text in _left_windows() for end in range(0, len(text), 7)]
    hits = 0
    for right in windows:
        assert benchmark_follows(right) == bool(pattern.match(right[:220])), right[:60]
        hits += benchmark_follows(right)
    assert hits >= 10
