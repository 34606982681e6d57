"""Whether a text writes one of some words in any case, answered cheaply.

A pattern such as `(?i)best|state|top` is tried by `re` at every position of the text;
most texts it is asked about hold none of its words. On ASCII text, `str.lower` and
substring tests give the pattern's answer at a fifth of its cost. Beyond ASCII the
pattern answers: `re` without case matches a few characters beyond ASCII to ASCII letters
(the Kelvin sign to k, the long s to s, the dotted I to i), which lower-casing does not give.
"""
from __future__ import annotations

from extract.deferred import re


class AnyWord:
    """Whether a text holds one of `words` (letters, in lower case) written in any case,
    as `pattern`, `(?i)word|word|...`, finds them."""

    __slots__ = ("pattern", "words")

    def __init__(self, *words: str):
        if not words or not all(word.isascii() and word == word.lower() for word in words):
            raise ValueError(f"words in ASCII lower case, at least one: {words!r}")
        self.words = words
        self.pattern = re.compile("(?i)" + "|".join(re.escape(word) for word in words))

    def holds(self, text: str, lowered: str | None = None) -> bool:
        """`lowered`: `text.lower()`, when the caller has it already."""
        if text.isascii():
            lowered = text.lower() if lowered is None else lowered
            # a loop, not any() over a generator: the generator's frame cost more than the few
            # substring tests (`numbers._may_write_number_word` asks "twice" of every sentence
            # with a number, 1-2% of a run)
            for word in self.words:
                if word in lowered:
                    return True
            return False
        return bool(self.pattern.search(text))


def word_character_before(text: str, at: int) -> bool:
    """Whether the character before `at` is one `re` reads as a word character (`\\w`:
    str.isalnum, or "_"), so that no word starts at `at` (no `\\b` before a letter there)."""
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")



def literal_tree(words: tuple[str, ...] | list[str]) -> str:
    """A pattern matching exactly `words` (literal text), written as a tree of their shared
    starts: `re` tries an alternation's branches one after another, so `one|two|twelve` is
    read faster as `one|tw(?:o|elve)`. Which of the words matches first may differ from the
    plain alternation's (use it where only whether one matches counts, or add a lookahead).

    >>> literal_tree(["two", "twelve", "ten", "one"])
    '(?:one|t(?:en|w(?:elve|o)))'
    >>> literal_tree(["nine", "ninety", "a hundred"])
    '(?:a\\\\ hundred|nine(?:ty)?)'
    """
    if not words or "" in words:
        raise ValueError(f"words, none empty: {words!r}")
    return "(?:" + "|".join(_branches(sorted(set(words)))) + ")"


def _branches(words: list[str]) -> list[str]:
    """The tree's branches for `words` (sorted, "" for a word that ends here), one a first letter."""
    tails: dict[str, list[str]] = {}
    for word in words:
        if word:
            tails.setdefault(word[0], []).append(word[1:])
    return [re.escape(first) + _subtree(rest) for first, rest in tails.items()]


def _subtree(words: list[str]) -> str:
    branches = _branches(words)
    if not branches:  # the word ends here
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in words else body
