"""Round 14's fast paths (speed13) give exactly what the slower forms they stand in for
give: each is run beside the form it replaces on made-up texts built to hit its edges,
and on the real abstracts of data/fixtures/real_papers.jsonl."""
from __future__ import annotations

import re

import regex
from real_abstracts import real_abstracts

from extract.rules import RULES
from extract.rules.changes import _whole_word_verbs
from extract.rules.fragments import CHANGE_VERB
from extract.text import _GLUED, _GLUED_SCAN, _MARKUP_STARTS, _MARKUP_STARTS_ON_ONE_LINE


def _by_rule_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """"<verb> X by <number>"'s left pattern, and the same with the verbs written as before."""
    fast = next(rule for rule in RULES if rule.name == "<verb> X by <number>").left.compiled()
    whole_words = _whole_word_verbs(CHANGE_VERB)
    assert whole_words in fast.pattern and whole_words != rf"(?<![\w-]){CHANGE_VERB}"
    slow = regex.compile(fast.pattern.replace(whole_words, rf"(?<![\w-]){CHANGE_VERB}"), fast.flags)
    return fast, slow


def _read(match: regex.Match | None):
    return match and (match.span(), match.span("verb"), match.span("mid"), match.groupdict())


def test_by_rule_verbs_read_whole_words_as_the_alternation_did():
    """The backwards search of "<verb> X by <number>" with its verbs asked at word starts
    finds what the alternation of `stem\\w*` found: for every verb and comparative of
    CHANGE_VERB as a word, glued to a hyphen or a word character on either side, longer,
    in capitals, before a phrase's last word ("speed up", "sped up"), at the 100-character
    bound of the gap, after "and" with a number, and before every window that ends a number
    (or a "by") in the real abstracts."""
    fast, slow = _by_rule_patterns()
    verbs = [alternative.strip().replace(r"\w*", "") for alternative in CHANGE_VERB.strip()[3:-1].split("|")]
    verbs = [verb.replace(r"\s+", " ") for verb in verbs]
    windows = []
    for verb in verbs:
        for before in ("", " ", "a ", "re-", "x", "(", "é", "_", "9"):
            for after in ("", "s", "ed", "-", "x", "é", "_", "9"):
                for gap in (" the baseline ", " ", " FID on COCO, ", "x" * 98, " " + "x" * 98, " a; b "):
                    windows.append(f"{before}{verb}{after}{gap}by ")
        windows.append(f"{verb.upper()} it by ")
        windows.append(f"{verb.capitalize()} it by a margin of ")
    windows += ["speed up by ", "speeds  up it by ", "sped up by ", "speed-up by ", "up by ", "setup by ",
                "3.1% and 2.0 points and over by ", "respectively, and by up to ", "improves by by ",
                "improves X by about ", "faster by", "fasterx by ", "lowerx by ", "lower by by "]
    text_windows = 0
    for text in real_abstracts():
        ends = {m.start() for m in re.finditer(r"[+\-±.]?\d", text)} | {m.end() for m in re.finditer(r"\bby\s+", text)}
        for end in sorted(ends):
            windows.append(text[max(0, end - 160):end])
            text_windows += 1
    found = 0
    for window in windows:
        expected = _read(slow.search(window))
        assert _read(fast.search(window)) == expected, window
        found += expected is not None
    assert text_windows > 1000 and found > 300  # the texts reach the verbs, not only the misses


def _starts(pattern, text: str) -> list[int]:
    return [match.start() for match in pattern.finditer(text)]


def test_markup_starts_on_one_line_are_the_starts_the_full_scan_finds():
    """Without a line feed, the scan of markup starts that leaves white space out finds
    the starts `_MARKUP_STARTS` finds: for every code point (in blocks) alone, doubled,
    after and before a hyphen, a quote, a space, a tab and a carriage return; for runs of
    spaces and tabs before a carriage return and at the end; and on the real abstracts
    with their line feeds taken out."""
    texts = ["a - b", "a -- b", "a-\tb", "a-\rb", "it's ''quoted''", "x ' y", "  \t \r x", "end \t ", "\r\r", ""]
    for first in range(0, 0x110000, 4096):
        chars = "".join(chr(code) for code in range(first, first + 4096) if chr(code) != "\n")
        texts.append(chars)
        texts.append("".join(f"{c}{c} -{c}'{c} \t{c}\r{c}-" for c in chars))
    texts += [text.replace("\n", " ") for text in real_abstracts()]
    texts += [text.replace("\n", "\r") for text in real_abstracts() if "\n" in text]
    for text in texts:
        assert "\n" not in text
        assert _starts(_MARKUP_STARTS_ON_ONE_LINE, text) == _starts(_MARKUP_STARTS, text), text[:80]


def _glued(matches) -> list:
    return [(match.span(), match.lastgroup, match.groups()) for match in matches]


def test_glued_scan_from_its_starts_finds_what_the_pattern_finds():
    """`_GLUED` tried only after a digit, an "x" or a "%" and at "it" finds what its own
    scan finds: every alternative alone, side by side, glued to each other and to words,
    with digits of other scripts, every ASCII character and every one `regex` reads as a
    digit or a space between two numbers and after "it", and the real abstracts (and each with the spaces after its numbers taken out)."""
    texts = ["it 3-it 10", "(it 3)", "-it 3", "bit 3", "it3", "256times 256", "128 * 128", "128*128", "256x 256",
             "6.3times faster", "6.3timesx", "2.4x2.4x", "2.4x 2.4x", "12%12%", "12% 12%", "1.5x1.5", "2.4x2.4x2.4x",
             "٣times٣", "٢٥٦x ٢٥٦", "٢.٤x٢.٤x", "itit 3", "xit 3", "%it 3", "3it 3", "1x1x1x1", "10%10%10%",
             "256x 256x 256", "it\u20033", "3\u2003times\u20033", "12\u00a0%12\u00a0%", ""]
    # the characters the pattern tells apart: ASCII, and every one `regex` reads as a digit or a space
    special = regex.compile(r"[\d\s]")
    chars = [chr(code) for code in range(0x110000) if code < 128 or special.match(chr(code))]
    texts.append("".join(f"12{c}12 it{c}3 2{c}x 4x{c}4x " for c in chars))
    for text in real_abstracts():
        texts.append(text)
        texts.append(re.sub(r"(?<=\d) ", "", text))
    for text in texts:
        assert _glued(_GLUED_SCAN.finditer(text)) == _glued(_GLUED.finditer(text)), text[:80]
