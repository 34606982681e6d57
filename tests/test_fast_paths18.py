"""Fast paths of round 18 (speed18), each against the path it replaces."""
from __future__ import annotations

import itertools
import random

from real_abstracts import real_abstracts

from extract.numbers import _DIGIT_RUN
from extract.pipeline import _NUMBER_WORD, _NUMBER_WORDS, _writes_number
from extract.sentences import split_sentences
from extract.text import repair


def _number_word_oracle(text: str) -> bool:
    """What `_writes_number` answered before its ASCII path: a digit, or the pattern's search."""
    return bool(_DIGIT_RUN.search(text) or _NUMBER_WORD.search(text))


def _ascii_word_texts() -> list[str]:
    """Every word the number-word test looks for (its stems, `_NUMBER_WORDS`), with the endings
    that make or unmake a match, in four cases, at the text's start and after each kind of
    character (a separator, a mark, a letter, a digit's neighbour `_`), then followed by each
    kind: a match needs a word start before it and no word character after it."""
    words = {stem + ending for stem in _NUMBER_WORDS for ending in ("", "e", "s", "es", "ed", "ing", "x", "_")}
    words |= {word[:-1] for word in words if len(word) > 2}  # cut short: "nin", "magnitud", "twic"
    cased = {form for word in words for form in (word, word.upper(), word.title(), word[:1] + word[1:].upper())}
    befores = ("", " ", "(", "-", ".", ",", "'", "\t", "\n", "a", "Z", "_", "@")
    afters = ("", " ", ")", "-", ".", "s", "S", "_", "e")
    return [before + word + after for word in sorted(cased) for before in befores for after in afters]


def test_ascii_number_word_test_is_the_pattern_on_made_up_words():
    texts = _ascii_word_texts()
    assert all(text.isascii() for text in texts)
    found = [text for text in texts if _writes_number(text)]
    for text in texts:
        assert _writes_number(text) == _number_word_oracle(text), text
    # both answers are common: each word is found alone, at the start, after a separator
    # (a guard removed, the start's match or the separator's class, fails these)
    assert len(found) > 1_000 and len(texts) - len(found) > 1_000
    for text in ("one", "One step", "TWICE as fast", "(two", "-half", "x,doubled", "magnitude."):
        assert _writes_number(text), text
    for text in ("someone", "ones", "often", "tens of", "_two", "halve", "attention", "doubl", "Twofold"):
        assert not _writes_number(text), text


def test_ascii_number_word_test_is_the_pattern_on_real_sentences():
    sentences = [sentence for abstract in real_abstracts()
                 for _, _, sentence in split_sentences(repair(abstract).text)]
    ascii_without_digits = [s for s in sentences if s.isascii() and not _DIGIT_RUN.search(s)]
    assert len(ascii_without_digits) > 200
    hits = 0
    for sentence in sentences:
        assert _writes_number(sentence) == _number_word_oracle(sentence), sentence
        hits += sentence in ascii_without_digits and _writes_number(sentence)
    assert hits >= 5  # sentences that write a number in words only, read by the new path


def test_ascii_number_word_test_is_the_pattern_on_random_texts():
    # words glued and split every way by marks, spaces and letters, in long texts too
    pieces = ["one", "Two", "tEn", "twice", "double", "doubling", "halves", "half", "magnitude", "six", "seven",
              "some", "often", "a", "_", "-", " ", ".", "(", "'", "x", "s", "ing", "\n", "ed", "e", "ne", "o"]
    chooser = random.Random(18)
    texts = ["".join(chooser.choice(pieces) for _ in range(chooser.randint(1, 12))) for _ in range(4_000)]
    texts += ["".join(chooser.choice(pieces) for _ in range(400)) for _ in range(20)]
    both = set()
    for text in texts:
        answer = _writes_number(text)
        assert answer == _number_word_oracle(text), text
        both.add(answer)
    assert both == {True, False}


def test_number_words_outside_ascii_keep_their_path():
    # a text with a character beyond ASCII is read as before (the pattern without case
    # matches the Kelvin sign and the long s to letters that `str.lower` leaves alone)
    for text, before, after in itertools.product(("\u212aone", "\u017fix", "\u0130ne", "caf\u00e9 two", "\u00e9ten"),
                                                 ("", " "), ("", ".")):
        assert _writes_number(before + text + after) == _number_word_oracle(before + text + after), text
