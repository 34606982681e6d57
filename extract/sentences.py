"""Sentence splitting that survives abbreviations, decimals and missing spaces.

>>> [text for _, _, text in split_sentences("FID is 1.8 (e.g. on ImageNet). It runs 2x faster vs. VAR.We release code")]
['FID is 1.8 (e.g. on ImageNet).', 'It runs 2x faster vs. VAR.', 'We release code']
>>> [text for _, _, text in split_sentences('He said "it works." Then Fig. 2 shows it.')]
['He said "it works."', 'Then Fig. 2 shows it.']
"""
from __future__ import annotations

import itertools
import string
from collections.abc import Iterable, Iterator

from extract.deferred import re, regex

_ABBREVIATIONS = frozenset(["e.g", "i.e", "etc", "vs", "cf", "al", "fig", "figs", "eq", "eqs", "sec", "tab", "no", "approx", "resp", "w.r.t", "i.i.d", "dr", "mr", "inc", "ltd", "ca"])
# A candidate end: '.', '!' or '?' (and a closing quote or bracket), then either white
# space and a capital or digit, or directly a capitalised word ("practical.We").
_AFTER_STOP = r"""["')\]]?(?:\s+(?=["'(\[]?[A-Z0-9])|(?=[A-Z][a-z]))"""
_CANDIDATE = re.compile(r"[.!?]" + _AFTER_STOP)
# The same, as `_candidates` finds them: a pattern that opens with one literal character is
# scanned for it by a tight loop, one that opens with a class tests each character (3.4x
# slower over an abstract); most abstracts write no "!" or "?".
_CANDIDATE_AT_POINT = re.compile(r"\." + _AFTER_STOP)
_CANDIDATE_AT_MARK = re.compile(r"[!?]" + _AFTER_STOP)
_WORD_BEFORE = re.compile(r"(?:[A-Za-z]+\.)*[A-Za-z]+$")


#: The last run of letters of each abbreviation ("g" of "e.g"): the letters right before a
#: stop end an abbreviation only if they are one of these.
_ABBREVIATION_ENDS = frozenset(abbreviation.rsplit(".", 1)[-1] for abbreviation in _ABBREVIATIONS)
_ASCII_LETTERS = string.ascii_letters


def _is_boundary(text: str, match) -> bool:
    dot, after = match.span()
    window = text[max(0, dot - 12):dot]
    # The match of _WORD_BEFORE, leftmost, ends with all the letters before the stop: most
    # stops follow letters that end no abbreviation, and are spared the search.
    letters = window[len(window.rstrip(_ASCII_LETTERS)):]
    if letters.lower() in _ABBREVIATION_ENDS:
        word = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
        if word and word.group().lower() in _ABBREVIATIONS:
            return False
    if after == dot + 1:
        # no space after the stop (the match is the stop alone, which is no white space):
        # only after a word of two letters or more ("practical.We")
        return bool(_TWO_LETTERS_END.search(text[max(0, dot - 2):dot]))
    return True


#: No real sentence is longer; longer runs (tables, pathological input) are cut at
#: white space so that every later step works on bounded text.
MAX_SENTENCE = 1000
_LAST_SPACE = regex.compile(r"\s", regex.REVERSE)
_NEXT_SPACE = re.compile(r"\s")
_NEXT_WORD = re.compile(r"\S")


def split_sentences(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, sentence) for each sentence of `text`, offsets into `text`, as they
    are found (the caller may stop early).

    >>> [len(s) for _, _, s in split_sentences("word " * 500)]
    [999, 999, 499]
    >>> [s for _, _, s in split_sentences("It is " + "7" * 1500 + " and 2x faster.")]
    ['It is', 'and 2x faster.']
    """
    for sentence in _sentences(text):
        if sentence[1] - sentence[0] <= MAX_SENTENCE:
            yield sentence  # nearly every one: `_bounded` would give it whole
        else:
            yield from _bounded(text, *sentence)


def _bounded(text: str, start: int, end: int, sentence: str) -> Iterator[tuple[int, int, str]]:
    """Pieces of at most MAX_SENTENCE characters, cut at the last white space; a run
    without white space longer than that (a digit run, a table flattened to one
    token) is no word and is skipped whole, so a cut never invents a number from its
    tail. Linear: each piece is sliced once from `text`."""
    if end - start <= MAX_SENTENCE:
        yield start, end, sentence
        return
    pos = start
    while pos < end:
        if end - pos <= MAX_SENTENCE:
            yield pos, end, text[pos:end]
            return
        space = _LAST_SPACE.search(text, pos, pos + MAX_SENTENCE + 1)
        if space is None or space.start() == pos:
            # a run longer than a sentence: skip it, and the white space after it
            after = _NEXT_SPACE.search(text, pos, end)
            if after is None:
                return
            cut = after.start()
        else:
            cut = space.start()
            head = text[pos:cut].rstrip()
            yield pos, pos + len(head), head
        word = _NEXT_WORD.search(text, cut, end)
        if word is None:
            return
        pos = word.start()


def _candidates(text: str) -> Iterable:
    """The matches of `_CANDIDATE.finditer(text)`: those at a point, and those at a "!" or
    "?" merged in by position (a match holds one stop, so no match of one kind overlaps
    one of the other)."""
    points = _CANDIDATE_AT_POINT.finditer(text)
    if "!" not in text and "?" not in text:
        return points
    return sorted(itertools.chain(points, _CANDIDATE_AT_MARK.finditer(text)), key=lambda match: match.start())


def _sentences(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, sentence) of each sentence, stripped once (three strips a sentence were
    a fifth of the splitting)."""
    start = 0
    for boundary in _candidates(text):
        if not _is_boundary(text, boundary):
            continue
        stop = boundary.group()
        after = boundary.end()
        end = boundary.start() + len(stop.rstrip())  # the stop and its closing quote
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            yield start + lead, start + lead + len(stripped), stripped
        start = after
    tail = text[start:]
    stripped = tail.strip()
    if stripped:
        lead = len(tail) - len(tail.lstrip())
        yield start + lead, start + lead + len(stripped), stripped


#: Compiled once: a module-level regex call looks its pattern up in a cache on every call.
_TWO_LETTERS_END = re.compile(r"[A-Za-z]{2}$")
