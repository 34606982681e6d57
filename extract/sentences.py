"""Sentence splitting that survives abbreviations, decimals and missing spaces.

>>> [text for _, _, text in split_sentences("FID is 1.8 (e.g. on ImageNet). It runs 2x faster vs. VAR.We release code")]
['FID is 1.8 (e.g. on ImageNet).', 'It runs 2x faster vs. VAR.', 'We release code']
>>> [text for _, _, text in split_sentences('He said "it works." Then Fig. 2 shows it.')]
['He said "it works."', 'Then Fig. 2 shows it.']
"""
from __future__ import annotations

import regex

_ABBREVIATIONS = frozenset(["e.g", "i.e", "etc", "vs", "cf", "al", "fig", "figs", "eq", "eqs", "sec", "tab", "no", "approx", "resp", "w.r.t", "i.i.d", "dr", "mr", "inc", "ltd", "ca"])
# A candidate end: '.', '!' or '?' (and a closing quote or bracket), then either white
# space and a capital or digit, or directly a capitalised word ("practical.We").
_CANDIDATE = regex.compile(r"""[.!?]["')\]]?(?:\s+(?=["'(\[]?[A-Z0-9])|(?=[A-Z][a-z]))""")
_WORD_BEFORE = regex.compile(r"(?:[A-Za-z]+\.)*[A-Za-z]+$")


def _is_boundary(text: str, match) -> bool:
    dot = match.start()
    word = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if word and word.group().lower() in _ABBREVIATIONS:
        return False
    if not match.group().endswith((" ", "\n", "\t")) and match.end() == dot + 1:
        # no space after the stop: only after a word of two letters or more ("practical.We")
        return bool(regex.search(r"[A-Za-z]{2}$", text[max(0, dot - 2):dot]))
    return True


#: No real sentence is longer; longer runs (tables, pathological input) are cut at
#: white space so that every later step works on bounded text.
MAX_SENTENCE = 1000


def split_sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) for each sentence of `text`, offsets into `text`.

    >>> [len(s) for _, _, s in split_sentences("word " * 500)]
    [999, 999, 499]
    """
    return [piece for sentence in _sentences(text) for piece in _bounded(*sentence)]


def _bounded(start: int, end: int, sentence: str):
    while len(sentence) > MAX_SENTENCE:
        cut = sentence.rfind(" ", 0, MAX_SENTENCE)
        cut = cut if cut > MAX_SENTENCE // 2 else MAX_SENTENCE
        head = sentence[:cut].rstrip()
        yield start, start + len(head), head
        rest = sentence[cut:]
        skipped = len(rest) - len(rest.lstrip())
        start, sentence = start + cut + skipped, rest.lstrip()
    if sentence:
        yield start, end, sentence


def _sentences(text: str) -> list[tuple[int, int, str]]:
    sentences = []
    start = 0
    for boundary in _CANDIDATE.finditer(text):
        if not _is_boundary(text, boundary):
            continue
        end = boundary.start() + len(boundary.group().rstrip())  # the stop and its closing quote
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            sentences.append((start + lead, start + len(chunk.rstrip()), chunk.strip()))
        start = boundary.end()
    tail = text[start:]
    if tail.strip():
        lead = len(tail) - len(tail.lstrip())
        sentences.append((start + lead, start + len(tail.rstrip()), tail.strip()))
    return sentences
