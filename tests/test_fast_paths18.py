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
    words = {stem + ending for stem in _NUMBER_WORDS for ending in ("", "e", "s", "es", "ed", "ing", "x", "_", "fold", "folds", "ty")}
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
    for text in ("one", "One step", "TWICE as fast", "(two", "-half", "x,doubled", "magnitude.", "Twofold",
                 "seventy percent", "eleven times", "a fivefold gain", "ninety"):
        assert _writes_number(text), text
    for text in ("someone", "ones", "often", "tens of", "_two", "halve", "attention", "doubl", "ninetyish", "folds",
                 "sevenfolds"):
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


def _mention_spans(matches) -> list:
    return [(match.span(), match.groups()) for match in matches]


def _number_word_mention_texts() -> list[str]:
    """Number words of every branch of the mention pattern (its `word`s, "twice", "thrice",
    "doubling", "halves", "orders of magnitude"), in four cases, at the text's start, after
    a sign (with and without a space), a mark, a letter, an underscore, a digit, and each
    followed by what makes it a number ("times", "-fold", "GPU hours") or not."""
    words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "a hundred", "one hundred", "a thousand"]
    befores = ["", " ", "+", "+ ", "-", "- ", " +", "(", "(-", "[", ",", ";", ":", "=", "~", ".", "a", "_", "3", "@", "x-"]
    afters = [" times faster", "-fold", " fold", " GPU hours", " days", " percent", " weeks", " of them", "", "s times"]
    texts = [before + form + after for word in words for form in (word, word.upper(), word.title(), word.swapcase())
             for before in befores for after in afters]
    texts += [before + phrase for before in befores for phrase in (
        "twice as fast", "Thrice faster", "TWICE the success rate of X", "doubling the throughput", "Halves memory",
        "HALVED FID", "doubles the accuracy of X", "two orders of magnitude faster", "an order of magnitude fewer",
        "An order of magnitude", "five orders of magnitude", "one order of magnitude")]
    return texts


def test_ascii_mention_matches_are_the_pattern_at_number_words():
    from extract.numbers import _MENTION, _may_write_number_word, _mention_matches

    texts = _number_word_mention_texts()
    texts += [f"{a} and {b}" for a, b in zip(texts[::7], texts[3::7])]  # two in one text
    matched = 0
    for text in texts:
        assert text.isascii()
        for pos, endpos in [(0, len(text)), (1, len(text)), (2, len(text)), (0, max(len(text) - 4, 0))]:
            expected = _mention_spans(_MENTION.finditer(text, pos, endpos))
            assert _mention_spans(_mention_matches(text, pos, endpos, None)) == expected, (text, pos, endpos)
            matched += len(expected)
    assert matched > 2_000
    # the word path is the one taken (the gate holds), and the orders' scan too
    assert _may_write_number_word("+ two times faster") and _may_write_number_word("an order of magnitude")


def test_ascii_mention_matches_are_the_pattern_in_real_and_random_texts():
    from extract.numbers import _MENTION, _mention_matches

    sentences = [sentence for abstract in real_abstracts() for _, _, sentence in split_sentences(repair(abstract).text)]
    pieces = ["two", "Ten", "a hundred", "twice", "halving", "times", "-fold", " fold", "GPU", "hours", "percent", "3",
              "4.5", "+", "-", " ", ",", "(", "x", "_", "order", "s of magnitude", "an ", "one", "%", ".5"]
    chooser = random.Random(1818)
    texts = sentences + ["".join(chooser.choice(pieces) for _ in range(chooser.randint(1, 14))) for _ in range(4_000)]
    worded = 0
    for text in texts:
        if not text.isascii():
            continue
        for pos, endpos in [(0, len(text)), (len(text) // 3, len(text)), (0, len(text) // 2)]:
            expected = _mention_spans(_MENTION.finditer(text, pos, endpos))
            assert _mention_spans(_mention_matches(text, pos, endpos, None)) == expected, (text, pos, endpos)
            word, twice = _MENTION.groupindex["word"] - 1, _MENTION.groupindex["twice"] - 1
            worded += any(groups[word] or groups[twice] for _, groups in expected)  # the `word` or `twice` group
    assert worded > 100


def test_every_number_word_of_the_mention_pattern_opens_with_a_word_the_scan_finds():
    """Each word `_MENTION` reads as a number (`_WORD`: the keys of `WORD_NUMBERS` and tens
    with a unit, "seventy six", "forty-three"; "twice", "thrice"; "doubles", "halving")
    begins with one of the words whose starts `_ascii_mention_starts` tries: a word added
    to the pattern and not to the scan fails here."""
    from extract.deferred import regex
    from extract.numbers import _LOWER_MENTION_WORD_FIRST, _WORD, WORD_NUMBERS

    word = regex.compile(_WORD)
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    texts = list(WORD_NUMBERS) + [f"{a}{between}{b}" for a in tens for b in units for between in (" ", "-")]
    read = [text for text in texts if word.fullmatch(text)]
    assert len(read) > 20
    for text in read + ["twice", "thrice", "doubles", "doubled", "doubling", "halves", "halved", "halving"]:
        for form in (text, text.upper(), text.title()):
            assert _LOWER_MENTION_WORD_FIRST.match(form.lower()), form


def test_number_word_cues_written_out_are_the_cues():
    """`_may_write_number_word` tests each of `_WORD_CUES` (written out as one `or`): each cue
    alone, inside a word and in a sentence makes it true; none of them, false."""
    from extract.numbers import _WORD_CUES, _may_write_number_word

    for cue in _WORD_CUES:
        for text in (cue, f"x{cue}y", f"a {cue} b", f"{cue[:-1]} {cue}"):
            assert _may_write_number_word(text), text
        assert not _may_write_number_word(cue[:-1] + " " + cue[-1]), cue  # the whole cue, not a part
    assert not _may_write_number_word("a plain sentence with 3 numbers, 4.5% and 7x")
