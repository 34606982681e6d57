"""Round 12's fast paths (speed11) give exactly what the slower paths they stand in for
give: each is run beside the path it replaces on made-up texts built to hit its edges,
and on the real abstracts of data/fixtures/real_papers.jsonl."""
from __future__ import annotations

import json
import re

from real_abstracts import real_abstracts

from extract.attribution import (
    _PRETRAINING_AFTER,
    _TRAINED_ON,
    DatasetMention,
    find_datasets,
)
from extract.numbers import _ASCII_DIGIT_RUN, _DIGIT_RUN, writes_digit
from extract.sentences import split_sentences
from extract.text import _MARKUP_STARTS
from extract.vocab import (
    _METRIC_WORD,
    _METRIC_WORD_SCAN,
    dataset_vocabulary,
    metric_vocabulary,
)


def _real_texts() -> list[str]:
    """The real abstracts and every sentence of them (what the pipeline asks about)."""
    abstracts = real_abstracts()
    return abstracts + [sentence for abstract in abstracts for _, _, sentence in split_sentences(abstract)]


def test_writes_digit_is_the_digit_pattern():
    """Substring tests in ASCII text, `\\d` beyond it: every ASCII character alone, before
    and after a letter; digits of other scripts (which `\\d` reads as digits) beside ASCII
    text; the real abstracts and their sentences, most of which hold no digit."""
    texts = [chr(code) for code in range(128)] + [f"a{chr(code)}b" for code in range(128)]
    texts += ["", "no digit here", "FID 1.8", "v9", "\u0663 apples", "caf\u00e9 4", "caf\u00e9 four",
              "\uff15x faster", "\u00b2 only", "\u2460 circled"]
    texts += _real_texts()
    digit = re.compile(r"\d")  # what the pipeline's test stands for: any character `re` reads as `\d`
    with_digit = 0
    for text in texts:
        assert writes_digit(text) == bool(digit.search(text)) == bool(_DIGIT_RUN.search(text)), text
        with_digit += writes_digit(text)
    assert 100 < with_digit < len(texts) - 100


def test_vocabulary_word_starts_after_separators():
    """The scanners' starts read off the character before them are the starts their
    lookbehind pattern finds: every ASCII character before and after each character a
    name may start with, at the text's start, from later positions, and in real sentences."""
    for vocabulary in (metric_vocabulary(), dataset_vocabulary()):
        list(vocabulary.finditer(""))  # builds the scanner
        firsts = sorted(vocabulary._ascii_first)
        assert firsts
        everything = "".join(chr(code) for code in range(128))
        texts = [everything, everything[::-1], "".join(f"{chr(code)}{first}" for code in range(128) for first in firsts)]
        texts += [f"{first}{chr(code)}{first}" for first in firsts for code in range(128)]
        texts += [text for text in _real_texts() if text.isascii()]
        for text in texts:
            for pos in sorted({0, 1, 2, len(text) // 3, len(text)}):
                assert list(vocabulary._ascii_word_starts(text, pos)) == \
                    [m.start() for m in vocabulary._ascii_starts.finditer(text, pos)], (text, pos)


def test_vocabulary_ascii_scan_is_the_whole_pattern():
    """The scan over ASCII text gives the whole alternation's matches, from any position."""
    for vocabulary in (metric_vocabulary(), dataset_vocabulary()):
        found = 0
        for text in [text for text in _real_texts() if text.isascii()] + [
                "(FID) 2.1, top-1 accuracy; mIoU/AP, ImageNet-1K, 3DPW, COCO test-dev", "FID", "x FID", "xFID"]:
            for pos in sorted({0, 1, len(text) // 2}):
                expected = [(m.span(), m.lastgroup) for m in vocabulary.pattern.finditer(text, pos)]
                assert [(m.span(), m.lastgroup) for m in vocabulary._finditer_ascii(text, pos)] == expected, (text, pos)
                found += len(expected)
        assert found > 100


def test_find_datasets_marks_training_data_as_before():
    """`find_datasets` builds a new mention only for training data (every mention it finds
    before that step is not training data): a benchmark trained on is dropped beside one
    measured on, kept and marked when it is the only one, and each mention equals one built
    with its training flag read as before."""
    assert find_datasets("Pre-trained on ImageNet, it reaches 40 AP on COCO.") == [DatasetMention("COCO", 45, 49)]
    assert find_datasets("Models trained on ImageNet transfer.") == [DatasetMention("ImageNet", 18, 26, training=True)]
    assert find_datasets("ImageNet pretraining helps, 3 points on CIFAR-10.") == [DatasetMention("CIFAR-10", 40, 48)]
    seen = 0
    for sentence in _real_texts():
        for mention in find_datasets(sentence):
            trained = bool(_TRAINED_ON.search(sentence[max(0, mention.start - 40):mention.start])
                           or _PRETRAINING_AFTER.match(sentence, mention.end))
            assert mention == DatasetMention(mention.name, mention.start, mention.end, training=trained), sentence
            seen += 1
    assert seen > 100


#: Texts that hold every code point a class of the rewritten patterns reads, in runs and
#: alone between letters and spaces.
EVERY_CHARACTER = ["".join(chr(code) for code in range(start, min(start + 4096, 0x110000)) if not 0xD800 <= code < 0xE000)
                   for start in range(0, 0x110000, 4096)]
SPACED_CHARACTERS = [" ".join(f"a{chr(code)}" for code in range(start, start + 512)) for start in (0, 0x2000, 0xFF00)]


def test_patterns_written_to_open_with_a_class_find_what_their_first_forms_find():
    """`\\d+` as `\\d\\d*`, `[0-9]+` as `[0-9][0-9]*`, the metric-word pattern and the markup
    starts as one class then a test of what it was: the same matches, in the same order,
    over every code point, made-up edges and the real abstracts."""
    firsts = {
        _DIGIT_RUN: re.compile(r"\d+"),
        _ASCII_DIGIT_RUN: re.compile(r"[0-9]+"),
        _METRIC_WORD_SCAN: re.compile(_METRIC_WORD.pattern),
        _MARKUP_STARTS: re.compile(
            r"[\\$&<>~{}*_`\^\r\n\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u2000-\u200a\u202f"
            r"\u205f\u3000×✕⨉✖−‒–‐‑﹣－∼≈～\U0001D400-\U0001D7FF\uFF01-\uFF5E\uFB00-\uFB06²³¹⁰-⁹₀-₉]"
            r"|-(?=[- \t\r\n])|'(?=')|[ \t](?=[ \t]*\r?\n)"),
    }
    made_up = ["r^2 of 0.9, r² 0.8, a^ b²c @@ x 9a aa^2 R^2 p@1 -- a - b -\tc -\n'' ' a  \n \t\r\n 12 345 ٣٤ ５",
               "", "a", "1", "-", "'", " ", "\n", "x-", "''", "a^", "ab", "٣"]
    real = _real_texts()
    texts = made_up + EVERY_CHARACTER + SPACED_CHARACTERS + real + [text.lower() for text in real]
    for rewritten, first in firsts.items():
        assert first.pattern != rewritten.pattern
        found = 0
        for text in texts:
            expected = [(m.span(), m.group()) for m in first.finditer(text)]
            assert [(m.span(), m.group()) for m in rewritten.finditer(text)] == expected, (rewritten.pattern[:30], text[:80])
            assert rewritten.findall(text) == first.findall(text)
            found += len(expected)
        assert found > 100, rewritten.pattern


def test_vocabulary_match_and_fullmatch_pass_over_heads_no_name_begins_with():
    """`match` and `fullmatch` skip the bucket where the scanner's heads say no name begins
    there: the same match as the whole alternation's at every position of the real sentences
    and of made-up texts, to the text's end and to a nearer end, and for each word alone."""
    made_up = ["an FID of 2.1 and top-1 accuracy (mIoU) on ImageNet-1K, COCO test-dev, 3DPW; Recall@10 R^2 R² acc.",
               "F", "FI", "FID", "fid", "AP", "APs", "x", "ImageNet", "Imag", "COCO val", "\u212a", "caf\u00e9 \u0130 accuracy"]
    for vocabulary in (metric_vocabulary(), dataset_vocabulary()):
        matched = 0
        for text in made_up + _real_texts()[:300]:
            for pos in range(len(text)):
                for endpos in (len(text), min(len(text), pos + 4)):
                    expected = vocabulary.pattern.match(text, pos, endpos)
                    found = vocabulary.match(text, pos, endpos)
                    assert (found and (found.span(), found.lastgroup)) == (expected and (expected.span(), expected.lastgroup)), \
                        (text, pos, endpos)
                    matched += expected is not None
            for word in set(text.split()) | {text}:
                expected = vocabulary.pattern.fullmatch(word)
                found = vocabulary.fullmatch(word)
                assert (found and found.lastgroup) == (expected and expected.lastgroup), word
        assert matched > 100


def test_claim_json_is_json_dumps_without_ascii_escapes():
    """The command line's one encoder writes what `json.dumps(record, ensure_ascii=False)`
    writes: claims of the real abstracts and of a made-up one with quotes, backslashes,
    accents and a line separator, with and without provenance."""

    from extract.__main__ import PROVENANCE, claim_json
    from extract.pipeline import extract_text

    claims = extract_text('Ours reaches 1.78 FID on ImageNet 256x256, 2x faster than VAR ("été" \\ \u2028 ñ).').claims
    claims += [claim for abstract in real_abstracts() for claim in extract_text(abstract).claims]
    assert len(claims) > 50
    for claim in claims:
        record = claim.spec_dict()
        assert claim_json(claim, provenance=False) == json.dumps(record, ensure_ascii=False)
        record.update({name: getattr(claim, name) for name in PROVENANCE})
        assert claim_json(claim) == json.dumps(record, ensure_ascii=False)
