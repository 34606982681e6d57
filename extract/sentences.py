"""Sentence splitting that survives abbreviations, decimals and missing spaces.

>>> [text for _, _, text in split_sentences("FID is 1.8 (e.g. on ImageNet). It runs 2x faster vs. VAR.We release code")]
['FID is 1.8 (e.g. on ImageNet).', 'It runs 2x faster vs. VAR.', 'We release code']
"""
from __future__ import annotations

import regex

_ABBREVIATIONS = r"(?:e\.g|i\.e|etc|vs|cf|et\ al|al|Fig|Figs|Eq|Eqs|Sec|Tab|No|approx|resp|w\.r\.t|i\.i\.d|Dr|Mr|Inc|Ltd|ca)"
_BOUNDARY = regex.compile(
    rf"""
      (?<!\b{_ABBREVIATIONS}\.)(?<=[.!?])["')\]]?\s+(?=["'(\[]?[A-Z0-9])   # ". Next"
    | (?<=[A-Za-z]{{2}}[.!?])(?=[A-Z][a-z])                                   # "practical.We" (a lost space)
    """,
    regex.VERBOSE,
)


def split_sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) for each sentence of `text`, offsets into `text`."""
    sentences = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        end = boundary.start()
        chunk = text[start:end].rstrip()
        if chunk.strip():
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            sentences.append((start + lead, start + len(chunk), chunk.strip()))
        start = boundary.end()
    tail = text[start:]
    if tail.strip():
        lead = len(tail) - len(tail.lstrip())
        sentences.append((start + lead, start + len(tail.rstrip()), tail.strip()))
    return sentences
