"""Cheap tests asked before costlier patterns in attribution (speed9b) give what the
patterns alone give: each gate is a necessary condition of its pattern, checked here
over made-up texts that match in every way the pattern allows and over the real set."""
from __future__ import annotations

import json
import re
from pathlib import Path

import regex

from extract import names
from extract.attribution import (
    _ASIDE_AFTER_BENCHMARK,
    _ASIDE_AFTER_NUMBER,
    _CLAUSE_BREAK,
    _COMPARED,
    _COMPARED_WORD,
    _DESCRIBED_OWNER,
    _GENERIC_BENCHMARK,
    _GENERIC_BENCHMARK_BODY,
    _HOST,
    _HOST_WORD,
    _MAY_COMPARE,
    _NAMED,
    _ON_NAMED_DATA,
    _OWNER_LINK,
    _SCORE_ASIDE,
    _SUBJECT,
    _SUBJECT_BODY,
    _TASK_AFTER_NAME,
)
from extract.conditions import _BIT, _BY, _PRECISION_LETTERS, _RESOLUTION
from extract.names import NAME_TOKEN
from extract.sentences import split_sentences

DATA = Path(__file__).resolve().parents[1] / "data"
FIXTURE_PAPERS = sorted((DATA / "fixtures").glob("*_papers.jsonl")) + sorted(DATA.glob("*_papers.jsonl"))


def _abstracts() -> list[str]:
    return [json.loads(line)["abstract"] for path in FIXTURE_PAPERS for line in path.read_text(encoding="utf-8").splitlines()]


def _windows(texts: list[str], width: int = 100, step: int = 7) -> list[str]:
    """Every text cut at many places, as attribution reads the text left of a number."""
    return [text[max(0, end - width):end] for text in texts for end in range(0, len(text) + 1, step)]


#: Owners described before a number in every way `_DESCRIBED_OWNER` reads them: each link,
#: plural nouns, white space beyond ASCII and several spaces, an article and words after the
#: link, "of" again; and near misses (no white space after the link, the noun inside a word).
OWNER_TEXTS = [
    "the previous state-of-the-art system of ", "the best performing team with an average score of ",
    "the prior best models at ", "a strong baseline method\u00a0with\u2003a ", "the top  approach   of  the  ",
    "the strongest frameworks with a mean of ", "the best art of ", "state-of-the-art networks at the level of ",
    "the best model ofx ", "the best submodel of", "the best modelling of ", "our new system of ", "best system at",
]


def test_owner_link_holds_wherever_the_owner_pattern_matches():
    texts = OWNER_TEXTS + _windows(_abstracts(), step=23)
    matched = gated = 0
    for text in texts:
        owner = _DESCRIBED_OWNER.search(text)
        gate = bool(_OWNER_LINK.search(text))
        assert gate or not owner, text
        matched += bool(owner)
        gated += gate
    assert matched >= 8 and gated < len(texts) / 4


def _sentences() -> list[str]:
    return [s for abstract in _abstracts() for _, _, s in split_sentences(abstract)]


#: Hosts named in every way `_HOST` reads them, in any case and with letters beyond ASCII
#: that it reads without case as ASCII ones (the long s, the Kelvin sign), and near misses.
HOST_TEXTS = [
    "On top of GR00T N1.5, X reaches 80%.", "ON TOP OF Llama-2-7B it wins.", "applied to Llama-2-7B", "Applied on ViT-B",
    "built upon a ResNet-101 model", "Built on LLaVA-1.5", "plugged into Qwen2-VL", "Integrated into BAGEL-7B",
    "\u017ftarting from Qwen2.5-7B-Instruct", "initialised from DINOv2", "Initialized with CLIP-L", "fine-tuned from T5-XL",
    "finetuned from T5-XL", "FINETUNED FROM T5-XL", "\u212aeep on top of X-1", "on the top of X-1", "applies to X-1",
]


def test_host_words_hold_wherever_the_host_pattern_matches():
    texts = HOST_TEXTS + _sentences()
    matched = 0
    for text in texts:
        host = _HOST.search(text)
        assert _HOST_WORD.holds(text) or not host, text
        matched += bool(host)
    assert matched >= 20 and sum(map(_HOST_WORD.holds, texts)) < len(texts) / 4


#: Resolutions in every way `_RESOLUTION` reads them, and near misses (a capital X, a letter
#: between, "Resolution" capitalised, digits beyond ASCII).
RESOLUTION_TEXTS = [
    "at 512x512", "At 256 \u00d7 256 it", "in a resolution of 1024x1024", "under 64 x 64", "at 1024px resolution",
    "In 720p resolution", "at 512X512", "at 512 xx 512", "at 1024 Resolution", "at \u0665\u0661\u0662x\u0665\u0661\u0662",
    "at 512\u00a0x\u00a0512", "at 2048 resolution", "in 4x4 grids", "at 12x", "at resolution 256x256",
]


def test_by_holds_wherever_the_resolution_pattern_matches():
    texts = RESOLUTION_TEXTS + _sentences()
    matched = 0
    for text in texts:
        resolution = _RESOLUTION.search(text)
        assert "resolution" in text or bool(_BY.search(text)) or not resolution, text
        matched += bool(resolution)
    assert matched >= 15


#: Characters around the start of a generic-benchmark match: every first character of a
#: branch, their cases, characters beyond ASCII read without case as ASCII ones (dotted and
#: dotless i, long s, Kelvin sign), word characters, hyphens, white space and marks.
START_CHARACTERS = "oOiIaAbBdDuUsSnNfFcCrRgGeEtTkK\u0130\u0131\u017f\u212a_-9 \t\u00a0.,(/\u00e9Z"


def test_generic_benchmark_word_starts_are_the_generic_pattern():
    """The word start and the opening words tried before the branches hold wherever the
    branches can match: every pair and triple of start characters that the bare branches
    can begin to match (`partial`), after each character that may precede them."""
    body = regex.compile(_GENERIC_BENCHMARK_BODY, regex.VERBOSE)
    starts = [a + b for a in START_CHARACTERS for b in START_CHARACTERS]
    starts += [a + b + c for a in "oOiIaAuUbdB\u0130\u017f" for b in START_CHARACTERS for c in START_CHARACTERS]
    tried = 0
    for before in ("", " ", "x", "-", "(", "9", "_"):
        for start in starts:
            text = before + start
            if body.match(text, len(before), partial=True):
                tried += 1
                assert _GENERIC_BENCHMARK.match(text, len(before), partial=True), repr(text)
    assert tried > 100
    for text in _sentences():
        fast = [(m.span(), m.groupdict()) for m in _GENERIC_BENCHMARK.finditer(text)]
        assert fast == [(m.span(), m.groupdict()) for m in body.finditer(text)], text


#: Subjects at word starts of every kind, and their near misses: after a hyphen, a digit, an
#: underscore, a letter beyond ASCII, a bracket, white space beyond ASCII.
SUBJECT_TEXTS = [
    "GRIP achieves 80%.", "Our largest model M-VAR-d32 registers 1.2", "It reaches 3; we obtain 4.", "x-GRIP achieves 80%",
    "9GRIP achieves", "_It reaches 3", "\u00e9It reaches 3", "(GRIP achieves 3)", "The\u00a0proposed model attains 3",
    "compared to GRIP achieves 3", "DeiT-B (ours) consistently outperforms X", "Foo Bar, also reaches 2", "ourGRIP achieves",
]


def test_subject_word_start_is_the_subject_pattern():
    body = regex.compile(_SUBJECT_BODY, regex.VERBOSE)
    found = 0
    for text in SUBJECT_TEXTS + _sentences():
        fast = [(m.span(), m.groupdict()) for m in _SUBJECT.finditer(text)]
        assert fast == [(m.span(), m.groupdict()) for m in body.finditer(text)], text
        found += len(fast)
    assert found > 200


#: The whole-abstract scans of `names` as they were written, with `\b` first (speed9b
#: writes them to open with a letter): each must find what its original finds.
WORD_START_ORIGINALS = {
    "_CALLED": rf"\b(?:termed|dubbed|called|named|coined|(?:which|that)\s+we\s+(?:call|name|term|dub))\s+(?:as\s+)?"
               rf"(?:the\s+(?=[A-Z]))?(?P<name>{NAME_TOKEN}(?:\s[A-Z][\w-]+)*)",
    # (round 40: no article among the lower-case words, "our X evaluations the model")
    "_OUR_NAMED": r"\b[Oo]ur\s+(?:proposed\s+|new\s+|novel\s+)?(?P<desc>(?:[A-Z][\w-]*\s+)+(?:(?!(?:the|a|an|our)\s)[a-z][\w-]*\s+){0,2}?)"
                  r"(?P<noun>model|network|system|architecture|framework|method|approach|algorithm|agent|policy)s?\b",
    "_DATA_WORD": r"\b(?:benchmark|dataset|corpus|testbed|suite|gymnasium|environment)s?(?![\w-])(?!\s+(?:and|&)\s)"
                  + names._MODIFIES_A_SYSTEM,  # (read66)
    "_DESCRIBED_APPROACH": r"\b(?:[Ii]n\s+this\s+(?:paper|work|study),\s+we|[Tt]his\s+(?:paper|work|study))\s+(?:\w+\s+)?"
                           r"(?:propose|present|introduce|develop|investigate|design)s?d?\s+(?:a|an)\s+"
                           r"(?:new\s+|novel\s+)?(?P<desc>(?:[a-z][\w-]*\s+){2,4}(?:approach|method|framework|algorithm|architecture|model))\b",
}
#: Each word at the start, after white space, a hyphen, an underscore, a digit, a letter beyond
#: ASCII, a bracket, and inside words ("determined", "renamed", "flour", "within this paper").
WORD_START_TEXTS = [
    "termed GRIP-X. A method dubbed Foo Bar, called\u00a0Baz, named as Qux, coined Zed; which we call Kite, that we dub Lynx",
    "a recipe called the Identity Bridge, a rule termed the oracle, named the\u00a0Best",
    "determined GRIP, redubbed Foo, recalled Baz, renamed Qux, uncoined Zed, _named X, 9named Y, \u00e9named Z, -called W",
    "Our LAS model, our Transformer TTS network; flour Big Model system; _our X Y model; (our MC acoustic model) \u00e9our X model",
    "a benchmark, datasets and more, corpus, testbeds, a sub-benchmark, databenchmark, _dataset, 9corpus, benchmark-suite",
    "a gymnasium of environments, a test suite, subenvironment, _suite, 9gymnasium, \u00e9environment, suites and tools",
    ("In this paper, we propose a new deep reinforcement learning approach. This work presents a simple graph neural network "
     "method. Within this paper, we propose a big new model method. -This study introduces a fast sparse attention model."),
    "In\u00a0this\u2003study,  we investigate a hierarchical reinforcement learning approach; \u00e9This work presents a b c model",
]


def test_whole_abstract_scans_opening_with_a_letter_are_their_originals():
    texts = WORD_START_TEXTS + _abstracts()
    for name, original in WORD_START_ORIGINALS.items():
        pattern, reference = getattr(names, name), re.compile(original)
        found = 0
        for text in texts:
            fast = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert fast == [(m.span(), m.groupdict()) for m in reference.finditer(text)], (name, text)
            found += len(fast)
        assert found >= 5, name


#: `_ON_NAMED_DATA` as it was written, with `^` and `\b` first (and round 31's task after the name;
#: round 60's subject pronoun that may end the name; read62's hyphenated qualifier after "on").
ON_NAMED_DATA_ORIGINAL = (
    rf"""(?:^(?:On|In|Across)\s+(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?(?P<lead>[A-Z][\w.+-]*(?:\s(?:[A-Z0-9][\w.+-]*|and|of))*?){_TASK_AFTER_NAME}?(?:\s*,|(?=\s(?:it|we|they)\s))
        |\b(?:on\s+(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?|across\s+(?:the\s+)?)(?P<names>{_NAMED}(?:{_SCORE_ASIDE}\s*(?:,|/|and|,\s*and)\s*{_NAMED})*)(?={_TASK_AFTER_NAME}?\s*(?:[,.;:)]|\(\+?\d|$|\d[\d.]*%?\s+(?:vs\.?|versus)\s|\s(?:and|with|while|where|when|under|using|benchmarks?|datasets?|cohorts?|over|by|from|versus|compared
        |between|against|than|for|in|at|across|within|without|after|despite|through|it|we|our|they
        |(?:show|demonstrat|reveal|confirm|indicat|verif|validat)\w*)\b)))""")
#: Each opening at the start and inside the text, after every kind of character, in both cases.
ON_NAMED_TEXTS = [
    "On Criteo, X wins.", "In CIFAR-10 and Foo of Bar, it wins.", "on occlusion-heavy ARCTIC and", "across large-scale CXR datasets", "Across ImageNet-R, it wins.", "on CAMELYON16 and TCGA-NSCLC.",
    "x On Criteo, it", " On Criteo, it", "Results on R2R-CE (64.2% SR) and RxR-CE (67.0% SR).", "across GLUE-X, SQuAD-2 and RACE.",
    "upon ABC-1.", "won ABC-1.", "_on ABC-1.", "-on ABC-1.", "9on ABC-1.", "\u00e9on ABC-1.", "thacross ABC-1.", "(on ABC-1)",
    "on\u00a0the ABCD, and", "ON ABC-1.", "IN ABC, it", "Oon ABC-1.", "Ion Foo, it", "across\tXYZ-2 from 8.0% to 9%",
    "On UBFC-rPPG intra-dataset evaluation, it", "on XSUM summarization, and on WMT15 En-Fr translation.", "On ReasonSeg test, it",
    "On ImageCAS it reached 79%.", "on H3O it gains", "On Foo we see",
]


def test_on_named_data_opening_with_a_letter_is_its_original():
    reference = re.compile(ON_NAMED_DATA_ORIGINAL, re.VERBOSE)
    found = 0
    for text in ON_NAMED_TEXTS + _sentences():
        fast = [(m.span(), m.groupdict()) for m in _ON_NAMED_DATA.finditer(text)]
        assert fast == [(m.span(), m.groupdict()) for m in reference.finditer(text)], text
        found += len(fast)
    assert found >= 30


#: Asides opened after a number or a benchmark, with white space of every kind, a plus, a pair,
#: a trailing newline; and texts without a bracket.
ASIDE_TEXTS = [
    "GLUE score to 80.5% (", "to 80.5 points\u00a0(+", "+2.3% (88.4% vs. ", "the TACRED benchmark (", "GSM8K\t(+",
    "to 80.5% (\n", "to 80.5% \u2003( ", "no bracket 80.5%", "GSM8K (7.1%) and ", "80.5 (a) b", "(", "x(",
]


def test_asides_end_with_a_bracket_before_the_number():
    """The aside patterns match only where the text before the number holds "(" (the test
    `_attribute_dataset` makes before searching them)."""
    matched = 0
    for text in ASIDE_TEXTS + _windows(_sentences(), width=10_000, step=13):
        for pattern in (_ASIDE_AFTER_NUMBER, _ASIDE_AFTER_BENCHMARK):
            found = pattern.search(text, 0, len(text))
            assert "(" in text or not found, text
            matched += bool(found)
    assert matched >= 20


def test_kept_metric_or_dataset_answers_are_the_vocabularies_answers():
    """`_is_metric_or_dataset` keeps its answers: asked again, a token gets the answer the
    vocabularies give it (the metric and dataset words among them)."""
    tokens = [t for text in _sentences()[:400] for t in text.split()] + ["FID", "ImageNet", "the baselines", "GRIP"]
    answers = [names._is_metric_or_dataset(t) for t in tokens] + [names._is_metric_or_dataset(t) for t in tokens]
    assert answers == [names._is_metric_or_dataset.__wrapped__(t) for t in tokens] * 2
    assert any(answers) and not all(answers)


#: `_CLAUSE_BREAK` as it was written, and breaks of every kind with their near misses.
CLAUSE_BREAK_ORIGINAL = r";|,?\s+(?:while|whereas|but|and|compared\s+(?:to|with)|versus|vs\.?)\s+|\.\s"
CLAUSE_TEXTS = [
    "A reaches 5; B reaches 6", "FP16 reaches 5.47 while W4A4 reaches 5.91", "x, and y", "x,and y", "x ,  whereas\u00a0y",
    "x compared\tto y", "x. Y", "x.y", "3.5 vs. 4", "x vs 4", "x versus\ny", "x,\u2003but y", "x but", "x;", ". ", ",  and  z",
]


def test_clause_breaks_opening_with_a_character_are_the_original_pattern():
    reference = re.compile(CLAUSE_BREAK_ORIGINAL)
    found = 0
    for text in CLAUSE_TEXTS + _sentences():
        for start in range(0, len(text), 23):
            for end in (start + 100, len(text)):
                fast = [m.span() for m in _CLAUSE_BREAK.finditer(text, start, end)]
                assert fast == [m.span() for m in reference.finditer(text, start, end)], (text, start, end)
                found += len(fast)
    assert found > 100


#: Comparisons in any case, with letters beyond ASCII read without case as ASCII ones, and
#: words that only hold the letters inside others.
COMPARE_TEXTS = [
    "It outperforms X", "OUTPERFORMING", "better than X", "THAN", "over X", "X vs Y", "V\u017f Y", "\u212aeep beats X",
    "exceeds X", "against X", "surpassing X", "a rival", "matches MAE", "comparable", "approaches X", "no cue here",
    "thank", "cover", "discovering", "beaten", "the vsX", "\u0130t matches", "COMPARED with X", "pr\u0131or",
]


def test_compare_cues_asked_as_words_are_their_patterns():
    texts = COMPARE_TEXTS + _sentences()
    assert _MAY_COMPARE.pattern.pattern == "(?i)compar|match|rival|approach|outperform|surpass"
    answers = [_MAY_COMPARE.holds(text) for text in texts]
    assert answers == [bool(_MAY_COMPARE.pattern.search(text)) for text in texts]
    assert any(answers) and not all(answers)
    compared = 0
    for text in texts:
        found = _COMPARED.search(text)
        assert _COMPARED_WORD.holds(text) or not found, text
        compared += bool(found)
    assert compared > 50


#: Long forms ending with each kind of head word: the longest ones, plurals, hyphenated, in
#: any case, with letters beyond ASCII read without case as ASCII ones, inside a longer word.
LONG_FORMS = [
    "dense semantic correspondence", "image classification", "3D scene reconstruction", "Raman spectroscopy",
    "optical coherence tomography", "CT scans", "EEG signals", "deep-learning", "DEEP LEARNING", "Deep LeArNiNg",
    "radar \u017fcans", "text-to-image generation", "misclassification", "xreconstruction", "a learning method",
    "visual question answering", "question-answering", "object localisation", "semantic segmentation", "Score",
    "the F1 score", "long long long long long long long form of a correspondences", "data", "_learning", "9learning",
]


def test_head_words_searched_at_the_end_are_the_whole_search():
    texts = LONG_FORMS + [d.group("long") for text in _abstracts() for d in names.definitions(text)]
    hits = 0
    for text in texts:
        for head in (names._NOT_SYSTEM_HEAD, names._TASK_HEAD):
            answer = names._ends_with(head, text)
            assert answer == bool(head.search(text)), (text, head)
            hits += answer
    assert hits >= 30


#: Precisions of every kind, "bit" in any case and beyond ASCII (dotted and dotless i), and none.
PRECISION_TEXTS = [
    "in FP16", "BF16 and INT8", "MXFP4", "NF4", "W4A16", "4-bit", "8 BITS", "a Bit", "b\u0130t", "b\u0131t", "orbital",
    "no precision here", "fp16", "w4a4", "\u00e9 4-bit", "NFx", "Wx",
]


def test_precision_cues_are_the_precision_cue_pattern():
    reference = re.compile(r"FP|BF|INT|MXFP|NF\d|W\d|(?i:bit)")
    texts = PRECISION_TEXTS + _sentences()
    answers = [bool(_PRECISION_LETTERS.search(t) or _BIT.holds(t, t.lower())) for t in texts]
    assert answers == [bool(reference.search(t)) for t in texts]
    assert any(answers) and not all(answers)


#: Brackets after white space of every kind (control characters `re` and str.isspace count
#: as white space among them), after none, at the start, doubled, nested.
OPENING_TEXTS = [
    "(A) b (C) d\u00a0(E) f\u2003(G)\t(H)\n(I)", "x(y) ((z)) ( (w) \x1c(v) \x1f(u) \x85(t) \u200b(s)", "(", " (", "a  (b",
]


def test_openings_found_by_find_are_the_opening_pattern():
    reference = re.compile(r"\s\(")
    found = 0
    for text in OPENING_TEXTS + _abstracts():
        fast = list(names._openings(text))
        assert fast == [m.start() for m in reference.finditer(text)], text
        found += len(fast)
    assert found > 100
