"""Fast paths of round 22 (speed24), each against the path it replaces: a sentence's clause
subjects read by `re` where it reads the text as `regex` does (`attribution._subject_scanner`)."""
from __future__ import annotations

import json
import re as std_re
from pathlib import Path

import pytest
import regex
from real_abstracts import real_and_synthetic_abstracts

from extract import attribution
from extract.attribution import (
    _SUBJECT,
    _SUBJECT_ASCII,
    _SUBJECT_BODY,
    SentenceContext,
    _one_width_lookbehinds,
    _subject_scanner,
    last_verb_end,
    sentence_contexts,
)
from extract.rules import RULES
from extract.sentences import split_sentences
from extract.text import repair

#: The words `_SUBJECT`'s name branch may not follow, and the comparison it may not follow.
_BEHIND_WORDS = ("to", "on", "with", "from", "of", "for", "in", "by", "than", "over", "at", "into", "onto", "via")

#: Sentences at the edges of what `re` and `regex` may read otherwise: every word the name
#: branch may not follow, in both cases of its first letter and glued to a word before it;
#: "compared to/with"; the separator controls (white space to `re` only), tabs, line feeds,
#: no-break spaces, letters beyond ASCII in names and around verbs; the text's end at a verb.
MADE_UP = [
    *(f"Results {word} GPT-4o achieves 81.2% while {word.capitalize()} Llama reaches 70%." for word in _BEHIND_WORDS),
    *(f"Trained x{word} GPT-4o achieves 81.2%." for word in _BEHIND_WORDS),
    *(f"Compared {word} DINOv2 achieves 3.1 points more." for word in ("to", "with", "from")),
    "compared to our model M-VAR-d32 registers 1.2 FID, compared with the baseline SAM2 achieves 70%",
    "Our largest model M-VAR-d32 registers 1.2 FID and it reaches 90% while we obtain 3x.",
    "The proposed method (ABC), XYZ-2, also consistently improves accuracy by 4%.",
    "GRIP\x1cachieves 90%.", "GRIP\x1dachieves 90%.", "GRIP \x1f achieves 90%.", "GRIP\tachieves\t90%.",
    "GRIP\nachieves 90%.", "GRIP\u00a0achieves 90%.", "GRÏP achieves 90%.", "Our modèle achieves 90%.",
    "ResNet-50 v1.5 achieves", "It is", "we", "", "achieves", "The model's performance improves.",
    "Qwen2.5-VL 7B detection achieves 45 AP, and SAM2 (Ravi et al.) further improves it.",
    "it\u2009achieves 5%.", "The ViT demonstrated 80% accuracy; the CNN reaches 70%.",
]


#: The development sets named one by one (never a glob: the blind sets are not read).
_DEVELOPMENT_SETS = ("holdout", *(f"holdout{n}" for n in range(2, 17)))
_FIXTURES = Path(__file__).resolve().parents[1] / "data" / "fixtures"


def _development_abstracts() -> list[str]:
    return [json.loads(line)["abstract"] for name in _DEVELOPMENT_SETS
            for line in (_FIXTURES / f"{name}_papers.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def _sentences() -> list[str]:
    """Every sentence of the real abstracts, both dev sets, the development sets holdout to
    holdout16 and the rules' examples (repaired, as extraction reads them), and the made-up ones."""
    texts = (real_and_synthetic_abstracts() + _development_abstracts()
             + [example for rule in RULES for example in rule.examples])
    sentences = [sentence for text in texts for _, _, sentence in split_sentences(repair(text).text)]
    return sentences + MADE_UP


def _read(pattern, text: str) -> list[tuple]:
    end = last_verb_end(text)
    if end is None:
        return []
    return [(m.span(), m.groupdict(), [m.span(name) for name in m.groupdict()])
            for m in pattern.finditer(text, 0, end)]


def test_the_ascii_scanner_is_re_and_compiles():
    compiled = _SUBJECT_ASCII.compiled()
    assert isinstance(compiled, std_re.Pattern)
    assert _subject_scanner("GRIP achieves 90%.") is compiled
    # beyond ASCII, or with a control `re` reads as white space: `regex`'s own pattern
    for text in ("GRÏP achieves 90%.", "GRIP\x1cachieves 90%.", "GRIP\x1fachieves", "x\u00a0y"):
        assert _subject_scanner(text) is _SUBJECT
    assert _subject_scanner("GRIP\tachieves 90%.") is compiled  # a tab: white space to both


@pytest.mark.parametrize("control", ["\x1c", "\x1d", "\x1e", "\x1f"])
def test_re_reads_the_separator_controls_as_white_space_and_regex_does_not(control):
    # why `_subject_scanner` leaves texts holding them to `regex`
    assert std_re.fullmatch(r"\s", control) and not regex.fullmatch(r"\s", control)


def test_re_and_regex_find_the_same_subjects_in_every_sentence():
    sentences = _sentences()
    compiled = _SUBJECT_ASCII.compiled()
    ascii_read = found = 0
    for sentence in sentences:
        expected = _read(_SUBJECT, sentence)
        assert _read(_subject_scanner(sentence), sentence) == expected, sentence
        if sentence.isascii() and not any("\x1c" <= c <= "\x1f" for c in sentence):
            # every ASCII sentence, printable or not, is read alike by both
            assert _read(compiled, sentence) == expected, sentence
            ascii_read += 1
            found += len(expected)
    assert ascii_read > 2000 and found > 1000


def test_the_made_up_edges_are_read_alike_and_some_are_subjects():
    for sentence in MADE_UP:
        assert _read(_subject_scanner(sentence), sentence) == _read(_SUBJECT, sentence), sentence
    names = {d["name"] for sentence in MADE_UP for _, d, _ in _read(_SUBJECT, sentence)}
    assert {"GRIP", "GPT-4o", "DINOv2", "SAM2"} & names
    # the name after each word of the lookbehind is no subject ("on GPT-4o achieves"), written alone it is
    for word in _BEHIND_WORDS:
        read = _read(_subject_scanner(f"Results {word} GPT-4o achieves 81.2%."), f"Results {word} GPT-4o achieves 81.2%.")
        assert "GPT-4o" not in {d["name"] for _, d, _ in read}
    assert "GPT-4o" in {d["name"] for _, d, _ in _read(_SUBJECT_ASCII.compiled(), "Results: GPT-4o achieves 81.2%.")}


def test_sentence_contexts_read_the_subjects_of_either_scanner():
    for text in real_and_synthetic_abstracts()[:60]:
        repaired = repair(text).text
        for context in sentence_contexts(split_sentences(repaired), repaired, ""):
            expected = _read(_SUBJECT, context.text)
            assert [(m.span(), m.groupdict(), [m.span(n) for n in m.groupdict()]) for m in context._subjects] == expected


def test_one_width_lookbehinds():
    assert _one_width_lookbehinds(r"(?<!\b(?:to|on|with)\s)X") == r"(?<!\bto\s)(?<!\bon\s)(?<!\bwith\s)X"
    assert _one_width_lookbehinds(r"(?<!\b[Cc]ompared\s(?:to|with)\s)(?P<a>x)") == \
        r"(?<!\b[Cc]ompared\sto\s)(?<!\b[Cc]ompared\swith\s)(?P<a>x)"
    # a lookbehind of one width, or a positive one, stays as written
    for source in (r"(?<!ance)(?<!\w.)x", r"(?<=\b(?:to|on)\s)x", r"(?<![\w-])x"):
        assert _one_width_lookbehinds(source) == source
    # the derived source is `regex`'s pattern with only its lookbehinds split: `re` takes it
    derived = _one_width_lookbehinds(_SUBJECT_BODY)
    assert derived.count("(?<!") == _SUBJECT_BODY.count("(?<!") + 1 + (len(_BEHIND_WORDS) - 1)
    assert std_re.compile(rf"\b(?:{derived})", std_re.VERBOSE)
    with pytest.raises(std_re.error):
        std_re.compile(rf"\b(?:{_SUBJECT_BODY})", std_re.VERBOSE)  # why it is derived


def test_a_pattern_re_cannot_compile_leaves_every_text_to_regex(monkeypatch):
    class Refused:
        def compiled(self):
            raise std_re.error("a construct of regex only")
    monkeypatch.setattr(attribution, "_SUBJECT_ASCII", Refused())
    assert _subject_scanner("GRIP achieves 90%.") is _SUBJECT
    context = SentenceContext("GRIP achieves 90%.", 0, None)
    assert [m.group("name") for m in context._subjects] == ["GRIP"]


def _last_verb_end_by_finditer(text: str) -> int | None:
    """`last_verb_end` as it was: every verb after a non-word character read, the last kept."""
    last = None
    for last in attribution._VERB_AFTER_SEPARATOR.finditer(text):
        pass
    if last is None:
        last = attribution._VERB.match(text)
    return last.end() if last else None


#: Verbs at the text's start and end, none, glued, inside words, one after another, after
#: brackets, digits, controls and letters beyond ASCII, stems that run on ("achievements").
VERB_TEXTS = [
    "", "is", "is.", "It is", "achieves", "Achieves 5%", "X achieves", "X achieves.", "X achieves 5% and is fast",
    "this island has", "thesis", "X-achieves", "X_achieves", "(achieves)", "5achieves", "a\x1cachieves", "é achieves",
    "Xachieves", "is are has have can", "achievements are improvements", "runs\nruns\truns", "sets set settings",
    "GRIP achieves 90%, outperforming X, and reaches 80% while it is 2x faster.", "no verb here at all",
]


def test_the_last_verb_read_from_the_end_is_the_last_finditer_reads():
    texts = _sentences() + VERB_TEXTS + [text for text in real_and_synthetic_abstracts()[:200]]
    ends = 0
    for text in texts:
        expected = _last_verb_end_by_finditer(text)
        assert last_verb_end(text) == expected, text
        ends += expected is not None
    assert ends > 2000
    assert [last_verb_end(t) for t in ("", "is", "X achieves 5% and is fast", "thesis", "a\x1cachieves")] == \
        [None, 2, 20, None, 10]
