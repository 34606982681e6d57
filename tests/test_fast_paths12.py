"""Round 13's fast paths (speed12) give exactly what the slower paths they stand in for
give: each is run beside the path it replaces on made-up texts built to hit its edges,
and on the real abstracts of data/fixtures/real_papers.jsonl."""
from __future__ import annotations

import re

from real_abstracts import real_abstracts

from extract.attribution import (
    _LOWER_CASE_DEFINITION,
    _VERB,
    _lower_case_definitions,
    last_verb_end,
)
from extract.conditions import _COMPARATOR
from extract.names import _DATA_WORD, _data_words
from extract.sentences import split_sentences


def _spans(matches) -> list[tuple[tuple[int, int], str]]:
    return [(match.span(), match.group("acronym")) for match in matches]


def test_lower_case_definitions_read_before_brackets_are_the_whole_scan():
    """The definitions found over the run before each bracketed acronym are those the
    pattern finds over the whole text: at the text's start, after a clause mark, after a
    capitalised or a hyphenated word, with '~', brackets side by side or one word apart,
    brackets that are no acronym, every ASCII character and the white space `re` reads as
    `\\s` (some of which `regex` does not) between the words and before the bracket."""
    texts = [
        "video temporal grounding (VTG) is hard",
        "Video temporal grounding (VTG) is hard. Source-free domain adaptation (SFDA) too",
        "We study video temporal grounding (VTG); free-viewpoint video~(FVV), and more",
        "a unified morphological representation (UMR) (UMR) (AB) cd ef (XY) gh (Z) ij kl (ABCDEFG)",
        "(AB) cd ef (XY)", "ab cd (XY)", "ab (XY)", "ab cd ef gh ij kl mn (XY)", "Ab Cd ef (XY)",
        "the Fluent Speech Commands (FSC) dataset and speech commands (SC) data",
        "x1 large-scale driving benchmark (LDB), 3D point clouds (PC) and on-device (OD) use",
        "", "(AB)", "ab cd(XY)", "ab cd ~(XY)", "ab cd ~ (XY)", "ab cd\n(XY)",
    ]
    for code in range(128):
        texts += [f"ab{chr(code)}cd ef (XY)", f"ab cd{chr(code)}(XY)", f"ab cd ef{chr(code)} gh ij (XY)"]
    for space in "\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2009\u2028\u202f\u3000\u180e\u200b":
        texts += [f"ab{space}cd ef (XY)", f"ab cd{space}(XY)", f"Is it. {space}Ab cd (XY)"]
    texts += real_abstracts()
    found = 0
    for text in texts:
        assert _spans(_lower_case_definitions(text)) == _spans(_LOWER_CASE_DEFINITION.finditer(text)), text
        found += bool(_LOWER_CASE_DEFINITION.search(text))
    assert found > 100


def test_last_verb_end_is_the_end_of_the_verb_patterns_last_match():
    """The last verb read after a non-word character (or opening the text) ends where
    `_VERB`'s last match ends: verbs at the start, the end, side by side, glued to
    digits, underscores, hyphens and letters, every ASCII character around one, none;
    the real abstracts and their sentences."""
    texts = ["", "is", "X is", "is X", "it achieves and reaches 5", "achieves_x", "x_achieves", "2achieves",
             "achieves2 is", "pre-trained reaches", "sets set setting", "isn't", "reach-ing", "caf\u00e9is",
             "\u00e9is", "is\u00e9", "MODEL achieves 5%, then improves, then is"]
    for code in range(128):
        texts += [f"{chr(code)}is", f"is{chr(code)}", f"a{chr(code)}achieves{chr(code)}b", f"it{chr(code)}reaches"]
    texts += [sentence for abstract in real_abstracts() for _, _, sentence in split_sentences(abstract)]
    with_verb = 0
    for text in texts:
        last = None
        for last in _VERB.finditer(text):
            pass
        assert last_verb_end(text) == (last.end() if last else None), text
        with_verb += last is not None
    assert 100 < with_verb < len(texts) - 100


def test_data_words_found_by_their_words_are_the_patterns_matches():
    """The data words found where one of the words is written are `_DATA_WORD`'s matches:
    words at the start and the end, glued to letters, digits, hyphens and each other,
    plurals, before "and" and "&", every ASCII character around one; the real abstracts."""
    texts = ["", "benchmark", "benchmarks", "a benchmark and a dataset", "benchmark and dataset, corpus & testbed",
             "subbenchmark", "benchmark-based", "datasetestbed", "dataset_x", "x-dataset", "corpuses", "testbeds, a corpus",
             "a new benchmark  and  more", "the dataset\n& code", "datasets.", "caf\u00e9dataset", "dataset\u00e9"]
    for code in range(128):
        texts += [f"a{chr(code)}benchmark{chr(code)}b", f"{chr(code)}corpus", f"testbed{chr(code)}", f"dataset {chr(code)} x"]
    texts += real_abstracts()
    found = 0
    for text in texts:
        assert [m.span() for m in _data_words(text)] == [m.span() for m in _DATA_WORD.finditer(text)], text
        found += bool(_DATA_WORD.search(text))
    assert found > 100


def test_comparator_opening_with_a_class_finds_what_its_first_form_finds():
    """`_COMPARATOR` written to open with its words' first letters finds what it found
    when it opened with `\\b` under `(?i)`: every code point before each word's rest
    and before a word (any that case-folding could read as a first letter or a word
    character), made-up edges, the real abstracts and their sentences."""
    first_form = re.compile(
        r"(?i)\b(?:than|over|against|versus|vs\.?|relative\s+to|compared\s+(?:to|with))\s+[^,;]*?(?=\s+by\b|,|;|$)")
    texts = ["", "than x", "better than FP16, and", "VS. 50 steps; x", "Compared  With 50 steps by 2", "overall over x",
             "relative\nto x", "a-than b", "_over c", "\u00e9than x", "VERSUS y", "vs x by 3", "againstx y", "versu\u017f z,"]
    for block in range(0, 0x110000, 4096):  # in blocks of 4,096: each held apart by a comma or a semicolon
        letters = [chr(code) for code in range(block, block + 4096)]
        texts += [" ".join(f"{letter}han x," for letter in letters), " ".join(f"x {letter}s y;" for letter in letters),
                  ", ".join(f"a{letter}ver b" for letter in letters), " ".join(f"{letter}than x;" for letter in letters)]
    texts += real_abstracts()
    texts += [sentence for abstract in real_abstracts() for _, _, sentence in split_sentences(abstract)]
    found = 0
    for text in texts:
        assert [m.span() for m in _COMPARATOR.finditer(text)] == [m.span() for m in first_form.finditer(text)], text
        found += bool(first_form.search(text))
    assert found > 100
