"""Attribution work done once and shared, or not done at all, gives what the plain
computation gives (speed8b): each fast path here is checked against the computation it
replaces, written out in the test, over made-up abstracts and the real set."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extract.attribution import (
    _PRIOR_WORD,
    _SUPERLATIVE_WORD,
    SentenceContext,
    _may_name_on,
    sentence_contexts,
)
from extract.names import (
    _APPOSED_DATA,
    _CAPITALISED_TOKEN,
    _DATA_SUBTITLE,
    _DATA_WORD,
    _DATA_WORD_THEN_NAME,
    _DEFINED_AS_DATA,
    _DEFINITION,
    _FINE_TUNED,
    _FINE_TUNED_CUE,
    _defined_as_data,
    counted_data_names,
    data_names,
    definitions,
    may_name_built_data,
    title_head,
)
from extract.sentences import _CANDIDATE, _candidates, split_sentences
from extract.text import _NEEDS_PASS0_POINTS, _needs_pass1, _needs_pass2, repair

REAL_PAPERS = Path(__file__).resolve().parents[1] / "data" / "fixtures" / "real_papers.jsonl"

#: Made-up abstracts whose benchmarks come and go: one benchmark sets the topic, two clear
#: it, a move to another task clears it, sentences without a benchmark keep it.
TOPIC_TEXTS = [
    "We study retrieval. On MS MARCO our ranker is strong. It reaches 41.2 MRR. It is also fast.",
    "On COCO and LVIS we test. Our detector reaches 50.1 AP. On Cityscapes it segments well. It gets 81.0 mIoU.",
    "Our model tops ImageNet. It also excels on text-to-image generation tasks. It reaches 2.1 FID.",
    "No benchmark here. Nor here. It reaches 12.0 accuracy.",
    "On GSM8K it reasons. On MATH it reasons too. On GSM8K and MATH it is best. Then 3.2 points more.",
]


def _contexts(text: str) -> list[SentenceContext]:
    repaired = repair(text).text
    return list(sentence_contexts(split_sentences(repaired), repaired, ""))


def _topic_walking_forward(contexts: list[SentenceContext], index: int) -> str | None:
    """The topic after sentence `index` as a reader builds it from the abstract's start:
    one benchmark sets it (training data is passed over); several, or a move to another task, clear it."""
    topic = None
    for context in contexts[:index + 1]:
        if len(context._topics) == 1:
            topic = next(iter(context._topics))
        elif len(context._topics) > 1 or context._moves_task:
            topic = None
    return topic


def _texts() -> list[str]:
    real = [json.loads(line)["abstract"] for line in REAL_PAPERS.read_text(encoding="utf-8").splitlines()]
    return TOPIC_TEXTS + real


@pytest.mark.parametrize("order", ["first to last", "last to first"])
def test_topic_walked_back_is_the_topic_walked_forward(order):
    found = []
    for text in _texts():
        asked = _contexts(text)  # asked in the order given; the walk back caches what it reads
        reference = _contexts(text)
        indices = range(len(asked)) if order == "first to last" else range(len(asked) - 1, -1, -1)
        for index in indices:
            assert asked[index].topic_after == _topic_walking_forward(reference, index), (text, index)
            found.append(asked[index].topic_after)
    assert any(found) and None in found  # both outcomes are reached


def test_the_walk_back_stops_at_the_sentence_that_decides():
    contexts = _contexts(TOPIC_TEXTS[1])
    assert contexts[-1].topic_after == "Cityscapes"
    # the first two sentences, before the one that names Cityscapes, were never read
    assert "datasets" not in contexts[0].__dict__ and "datasets" not in contexts[1].__dict__


#: Texts for the word tests: cases, words inside words, and the characters beyond ASCII that
#: `re` matches without case to an ASCII letter (Kelvin sign, long s, dotted and dotless i).
WORD_TEXTS = [
    "", "the BEST model", "State-of-the-art", "a topical remark", "Prior work", "nothing here",
    "the be\u017ft one", "\u212aeep STRONGEST", "pr\u0130or methods", "pr\u0131or methods", "previous", "PREVIOUS",
    "curr\u00e9nt", "Traditional and vanilla", "a conventional one", "existing", "xIsT", "r\u00e9v",
]


@pytest.mark.parametrize("words", [_SUPERLATIVE_WORD, _PRIOR_WORD])
def test_any_word_is_its_pattern(words):
    texts = WORD_TEXTS + [text[i:i + 120] for text in _texts()[:60] for i in range(0, len(text), 40)]
    answers = [words.holds(text) for text in texts]
    assert answers == [bool(words.pattern.search(text)) for text in texts]
    assert any(answers) and not all(answers)


#: Brackets that are and are not a definition's: white space of every kind before the
#: bracket, none, a comma, nested and unclosed brackets, abbreviations of two tokens.
BRACKET_TEXTS = [
    "Long Form\u00a0(LF) and Other Form\u2003(OF) and Tab Form\t(TF) and Line Form\n(LF2)",
    "glued form(GF) and comma form, (CF) and double space  (DS) and Foo (bar (BAZ) end",
    "Foo (bar, (BAZ)) and A (B (C (D) E) F) and (Table 2) and (e.g., X) and Big Model (7B)",
    "Name (N-1) and Name (N.1) and Name (N'1) and Name (C++) and Name (A B) and Name (A  B)",
    "x (A\u00a0B) y (A\tB) z (\u00c9W) w (AB ) v ( AB) u (AB)) t ((AB) s (A(B)",
]
FIXTURE_PAPERS = sorted(REAL_PAPERS.parent.glob("*_papers.jsonl")) + sorted(REAL_PAPERS.parents[1].glob("*_papers.jsonl"))


def test_definitions_skipping_brackets_are_the_definition_pattern():
    texts = BRACKET_TEXTS + [json.loads(line)["abstract"] for path in FIXTURE_PAPERS
                             for line in path.read_text(encoding="utf-8").splitlines()]
    found = 0
    for text in texts:
        fast = [m.span() + (m.group("long"), m.group("abbr")) for m in definitions(text)]
        assert fast == [m.span() + (m.group("long"), m.group("abbr")) for m in _DEFINITION.finditer(text)], text
        found += len(fast)
    assert found > 100


def _fixture_abstracts() -> list[str]:
    return [json.loads(line)["abstract"] for path in FIXTURE_PAPERS for line in path.read_text(encoding="utf-8").splitlines()]


#: Abstracts for the own-system scans: names defined as data in every way `_DEFINED_AS_DATA`
#: has (apposition, brackets, "the NAME dataset", "NAME benchmark") and near misses (an
#: article inside a word, no white space, "and" after the data word), names inside other
#: names, white space beyond ASCII, a NUL already written, capitals after hyphens and dots.
SCAN_TEXTS = [
    "We build Atlas-QA, a multimodal benchmark for maps. Atlas-QA tests 12 models; Atlas scores 40%.",
    "Long Name (LN), the first comprehensive dataset of its kind. We train LNet on the LN corpus.",
    "the Kite dataset and a\u00a0Kite\u2003benchmark, tea Kite dataset, theKite dataset, an Kite corpus",
    # "NAME dataset and ...": only the article before it defines NAME as data
    "the\u00a0Kite dataset and more", "tea Kite dataset and more", "x_the Kite dataset and more", "an  Kite corpus & more",
    "A Kite benchmark and more", "a\tKite benchmark and more", "\u00e9a Kite corpus and more", "theKite dataset and more",
    "Kite benchmark and Kite benchmarks and X; Kite, a benchmark and system; Kite), a new large corpus",
    "KiteNet reads OCT scans, OCT images and OCT-A volumes; Foo.Bar_x data, e.Coli data, x-Ray data",
    "The \x00 dataset and the Zed\x00 benchmark; PPG signals, PPG recordings; We fine-tune Qwen2-VL-7B.",
    "A model (Llama 3.2 Vision-Instruct model) was fine-tuned; BERT is finetuned; it was fine tuned.",
    "We present Harbor, a perception-centric benchmark, and Kestrel, a dataset of 3k questions, and MapQA-2, a new benchmark.",
]


def _scan_names(text: str) -> list[str]:
    return sorted({m.group() for m in re.finditer(r"[A-Za-z][\w.'-]*[\w]", text)} | {"Kite", "LN", "Atlas", "Zed"})


def test_capital_first_tokens_are_the_lookbehind_pattern():
    reference = re.compile(r"(?<![\w-])[A-Z][\w]*(?:[-.'][A-Za-z\d]+)*")
    for text in SCAN_TEXTS + _fixture_abstracts():
        assert [m.span() for m in _CAPITALISED_TOKEN.finditer(text)] == [m.span() for m in reference.finditer(text)]


def test_data_definitions_read_where_the_name_stands_are_the_whole_search():
    answers = []
    for text in SCAN_TEXTS + _fixture_abstracts()[:120]:
        for name in _scan_names(text):
            answer = _defined_as_data(name, text)
            assert answer == (name in text and bool(_DEFINED_AS_DATA.search(text.replace(name, "\0")))), (name, text)
            answers.append(answer)
    assert sum(answers) >= 8 and not all(answers)


def _data_names_searching_every_data_word(title: str, abstract: str) -> frozenset[str]:
    """`data_names` as it was: the apposition searched before every data word."""
    found = set()
    head = title_head(title)
    if head and " and " not in head and _DATA_SUBTITLE.match(title, title.find(head) + len(head) + 1):
        found.add(head)
    for word in _DATA_WORD.finditer(abstract) if "," in abstract else ():
        apposed = _APPOSED_DATA.search(abstract, max(0, word.start() - 100), word.start())
        name = apposed and (apposed.group("name") or apposed.group("short"))  # "Long Name (ABBR), the first benchmark" (attrib21)
        if apposed and may_name_built_data(name, head):
            found.add(name)
    # (and, since round 59, a name set off before a count of data items: its own search)
    found |= {name for name in counted_data_names(abstract) if may_name_built_data(name, head)}
    # (and, since round 60, a name set off by commas after a described data word: its own search)
    found |= {m.group("name") for m in _DATA_WORD_THEN_NAME.finditer(abstract) if may_name_built_data(m.group("name"), head)}
    return frozenset(found)


def test_data_names_tested_first_are_the_data_names_searched():
    found = []
    for text in SCAN_TEXTS + _fixture_abstracts():
        for title in ("Atlas-QA: A Benchmark for Maps", "Kestrel: Fast Retrieval", ""):
            assert data_names(title, text) == _data_names_searching_every_data_word(title, text), text
            found.append(data_names(title, text))
    assert frozenset({"Atlas-QA", "Kestrel", "MapQA-2"}) <= frozenset().union(*found)


def test_fine_tuned_cue_holds_wherever_the_pattern_matches():
    matched = 0
    for text in SCAN_TEXTS + _fixture_abstracts():
        if _FINE_TUNED.search(text):
            matched += 1
            assert _FINE_TUNED_CUE.search(text), text
    assert matched >= 2


#: Repair's triggers as they were written: one pattern each (tests/test_text.py checks what
#: the passes do; these check when they run).
_POINTS_AS_WRITTEN = re.compile(r"\d\.\d+\.\d")
_PASS1_AS_WRITTEN = re.compile(r"[\\$&<~{}*_`\x00-\x1f\x7f]|--|''")
#: (round 40: "+/-" after a percentage too, "89.1% +/- 0.9%")
#: (round 46: a preposition glued to a number, "of82", "to3%")
#: (round 61: a tolerance, "within +/-20%", "within-+/-20%", "(+/-5%)")
#: (round 84: a spread's sign glued to its mean, "44.00±0.51%")
_PASS2_AS_WRITTEN = re.compile(r"\d(?:\s?(?:times|\*)|\s?[x%]\s?\d|x\s+\d|%?\s?\+/-\s?\d)|it\s\d|(?<![A-Za-z])[Uu]pto\s?\d|(?<![\w.])v\.s\.\s"
                               r"|(?<![A-Za-z])(?:of|to|by)\d|(?:(?<=[A-Za-z])-|(?<=[\s(]))\+/-\s?\d|[\d%]±\s?\d")
#: Near misses of every trigger: digits beyond ASCII ("٣"), white space of every kind,
#: one space too many, overlapping candidates ("a.1.2.3"), every ASCII character.
TRIGGER_TEXTS = [
    "a.1.2.3", "v1.2", "1..2.3", "\u0663.4.5", "x.1.2", "1.2.", ".1.2", "1.23.4x",
    "3times", "3 times", "3  times", "3\u00a0times", "\u0663times", "times 3", "3*4", "3 *", "3  *",
    "3x4", "3 x 4", "3x  4", "3 x  4", "3  x4", "3%4", "3 % 4", "3%  4", "x 4", "%4", "\u0663x\u0664", "3x\t\t4",
    "3±4", "3 ±4", "3%±4", "±4", "3±x", "3± 4", "3±  4", "a±4", "\u0663±4", "3±\u0664",
    "it 3", "it  3", "bit 3", "it\u20033", "upto 3", "upto3", "Upto 3", "upto  3", "setupto 3", "upto \u0663",
    "3+/-4", "3 +/- 4", "3  +/-4", "3+/-  4", "+/-4", "3+/-", "3+/- x", "\u0663+/-\u0664", "3\u00a0+/-\u00a04", "within +/-20%", "within-+/-20%", "(+/-5%)", "1-+/-3", "x+/-3", "a- +/-3", "\t+/- 3",
    "a v.s. b", "v.s.", "av.s. b", ".v.s. b", "v.s.b", "v.s.\tb", "(v.s. b)",
    "of3", "to3", "by3", "proof3", "Proto3", "of 3", "of\u0663", "xby3", "1to3", "_of3", "OF3", "bY3",
    "plain text -- with ''quotes'' and - hyphens", "tab\there", "caf\u00e9", "".join(map(chr, range(32, 127))),
] + [chr(i) for i in range(128)]


def test_repair_triggers_are_the_patterns_they_stand_for():
    texts = TRIGGER_TEXTS + _fixture_abstracts()
    for text in texts:
        assert bool(_NEEDS_PASS0_POINTS.search(text)) == bool(_POINTS_AS_WRITTEN.search(text)), text
        assert _needs_pass1(text) == (not text.isascii() or bool(_PASS1_AS_WRITTEN.search(text))), text
        assert _needs_pass2(text) == bool(_PASS2_AS_WRITTEN.search(text)), text
    assert 0 < sum(_needs_pass2(text) for text in texts) < len(texts)


#: Stops of every kind: marks beyond the point, closing quotes and brackets, no space after
#: the stop, a capital or a digit or an opening quote after it, white space beyond ASCII.
STOP_TEXTS = [
    "It works! Then what? Fine. \"Quoted.\" Next (x.) [y.] 'z.' A.B practical.We go.it 3.5 GB. 4 x.\u00a0Then",
    "Why?\"No\" Really?! Yes!! ok.  Two. (Three.) ?A !b .C", "no stop at all", "...", "a.b? C d! e",
]


def test_sentence_candidates_merged_by_position_are_the_one_pattern():
    for text in STOP_TEXTS + _fixture_abstracts():
        assert [m.span() for m in _candidates(text)] == [m.span() for m in _CANDIDATE.finditer(text)], text


#: "on" and "across" as words and inside words, at the start, before white space of every kind,
#: before a capital, "the" and a capital, or neither; a sentence opening with a comma after it or not.
ON_TEXTS = ["on X", "Trained on\u00a0X", "upon X", "won X", "_on X", "-on X", "on", "across\tX", "Across X",
            "acrossX", "thacross X", "\u00e9on X", "X (on X", "In X", "on-X", "One X", "on the X", "on the  X",
            "on thex", "on the x", "on x", "Across X, y", "In the X, y", "In X y, z", "In x, y", "On\nthe\tX, y",
            "Onthe X, y", "across the\u2009X", "on The X", "In the, X", "on gRefCOCO", "on 7Scenes", "on abX",
            "across the 3DMatch", "on abcX", "on 7s", "On closed-loop Bench2Drive, x", "On closed-loop tasks, x"]


def test_on_and_across_tests_are_the_word_start_patterns():
    for text in ON_TEXTS + [s for abstract in _fixture_abstracts() for _, _, s in split_sentences(abstract)]:
        assert _may_name_on(text) == (
            (("," in text or bool(re.search(r"\s(?:it|we|they)\s", text)))  # (a pronoun ends the lead too: read60)
             and bool(re.match(r"(?:On|In|Across)\s+(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?[A-Z]", text)))
            # (a hyphenated qualifier may come after "on": "on occlusion-heavy ARCTIC", read62)
            or bool(re.search(r"\bon\s+(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?(?:[A-Z]|[a-z]{1,2}[A-Z]|\d[A-Z])", text)
                    or re.search(r"\bacross\s+(?:the\s+)?(?:[A-Z]|[a-z]{1,2}[A-Z]|\d[A-Z])", text))), text
