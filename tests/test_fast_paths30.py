"""Round 25 (speed30): per-text costs of extraction, output byte-identical. Each test ties a
fast path to the path it replaces, kept here as it was, over every development text and
every ASCII character put into them."""
from __future__ import annotations

import re

from real_abstracts import real_and_synthetic_abstracts

from extract import deferred, text
from extract.sentences import split_sentences

#: Characters beyond ASCII put into texts beside every ASCII one: a letter, Unicode's own
#: separators and spaces, a control beyond ASCII, a dash, a zero-width space.
_BEYOND_ASCII = ("é", "\u2028", "\u2029", "\x85", "\xa0", "\u2013", "\u200b", "\U0001d7d9")


def _texts() -> list[str]:
    """Every abstract and sentence of the real and synthetic texts, and short texts and a
    real sentence with each ASCII character (and a few beyond) at the start, inside, at
    the end, alone and doubled."""
    texts = []
    for abstract in real_and_synthetic_abstracts():
        texts.append(abstract)
        texts += [sentence for _, _, sentence in split_sentences(abstract)]
    sample = texts[1][:120]
    for character in [chr(code) for code in range(128)] + list(_BEYOND_ASCII):
        texts += [character, character * 2, f"{character}ab", f"a{character}b", f"ab{character}",
                  f"a{character}{character}b", f"{sample}{character}{sample}", f"{character}{sample}", f"{sample}{character}"]
    return texts


def _engines_agree_as_it_was(text: str) -> bool:
    """`deferred.engines_agree` before round 25."""
    return text.isascii() and (text.isprintable() or not deferred._SEPARATOR_CONTROLS.search(text))


def test_engines_agree_is_as_it_was():
    texts = _texts()
    agree = sum(map(_engines_agree_as_it_was, texts))
    assert len(texts) > 2_500 and 1_000 < agree < len(texts) - 50
    for one in texts:
        assert deferred.engines_agree(one) == _engines_agree_as_it_was(one), repr(one[:80])
    # exactly the four information separators part ASCII texts
    assert [code for code in range(128) if not deferred.engines_agree(f"a{chr(code)}b")] == [0x1C, 0x1D, 0x1E, 0x1F]


def _needs_pass1_as_it_was(one: str) -> bool:
    """`text._needs_pass1` before round 25."""
    if not one.isascii() or not one.isprintable():
        return True
    return ("\\" in one or "$" in one or "&" in one or "<" in one or "~" in one or "{" in one or "}" in one
            or "*" in one or "_" in one or "`" in one or "--" in one or "''" in one)


def test_needs_pass1_is_as_it_was():
    texts = _texts()
    needs = sum(map(_needs_pass1_as_it_was, texts))
    assert len(texts) > 2_500 and 300 < needs < len(texts) - 500
    for one in texts:
        assert text._needs_pass1(one) == _needs_pass1_as_it_was(one), repr(one[:80])
    # the bytes deleted are the ASCII characters `isprintable` refuses and the pass's own
    printable = {chr(code) for code in range(128) if chr(code).isprintable()}
    assert {chr(byte) for byte in text._PASS1_BYTES} == (set(map(chr, range(128))) - printable) | set(text._PASS1_CHARACTERS)
    assert [chr(code) for code in range(128) if text._needs_pass1(f"a{chr(code)}b")] == sorted(
        (set(map(chr, range(128))) - printable) | set(text._PASS1_CHARACTERS))
    assert text._needs_pass1("a--b") and text._needs_pass1("a''b") and not text._needs_pass1("a-b'c")
    assert re.fullmatch(r"[\x00-\x1f\x7f]+", "".join(sorted(set(map(chr, range(128))) - printable)))


def test_needs_pass1_reads_runs_of_hyphens_and_quotes():
    """"--" and "''" at the start, inside and at the end, alone and in longer runs, beside
    single ones and other characters: as the substring tests read them."""
    for run in ("-", "--", "---", "'", "''", "'''", "-'", "'-", "-'-", "'-'", "- -", "' '"):
        for one in (run, f"a{run}", f"{run}b", f"a{run}b", f"a {run} b", f"x-y {run}", f"{run} x'y"):
            assert text._needs_pass1(one) == _needs_pass1_as_it_was(one), repr(one)


def _folding_to_ascii() -> set[int]:
    """The characters beyond ASCII that `re`, reading case in Unicode, matches to an ASCII
    character: those whose lower case is ASCII (the dotted İ, the Kelvin sign) or one of whose
    extra cases is (the long ſ, the dotless ı)."""
    import _sre
    from re._casefix import _EXTRA_CASES

    return {code for code in range(128, 0x110000)
            if (lower := _sre.unicode_tolower(code)) < 128 or any(case < 128 for case in _EXTRA_CASES.get(lower, ()))}


def _spans(items):
    """Every (low, high) of the literals and ranges of a parsed `re` pattern."""
    from re import _constants as c

    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL):
            yield av, av
        elif op is c.RANGE:
            yield av
        elif op is c.IN or op is c.ATOMIC_GROUP:
            yield from _spans(av)
        elif op is c.BRANCH:
            for branch in av[1]:
                yield from _spans(branch)
        elif op is c.SUBPATTERN:
            yield from _spans(av[-1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            yield from _spans(av[2])
        elif op in (c.ASSERT, c.ASSERT_NOT):
            yield from _spans(av[1])
        elif op is c.GROUPREF_EXISTS:
            yield from _spans(av[1])
            if av[2] is not None:
                yield from _spans(av[2])


def _ascii_twin_is_exact(compiled: re.Pattern, texts: list[str], every_position: bool) -> None:
    """`compiled` (with `re.ASCII`) against its source compiled without it, over every text
    the engines read alike: the same matches, spans and groups, by `finditer` and (for short
    texts, or all) by `match` at every position; and no literal or range of the pattern holds a
    character that Unicode's case matches to an ASCII one (`re.ASCII` reads case in ASCII only)."""
    from re import _parser

    assert compiled.flags & re.ASCII
    unicode = re.compile(compiled.pattern, compiled.flags & ~re.ASCII)
    folding = _folding_to_ascii()
    assert {0x130, 0x131, 0x17F, 0x212A} <= folding
    for low, high in _spans(_parser.parse(compiled.pattern, compiled.flags & ~re.ASCII)):
        assert not any(low <= code <= high for code in folding), (low, high)
    agreeing = [one for one in texts if deferred.engines_agree(one)]
    assert len(agreeing) > 1_000
    found = 0
    for one in agreeing:
        expected = [(m.span(), m.groups()) for m in unicode.finditer(one)]
        assert [(m.span(), m.groups()) for m in compiled.finditer(one)] == expected, one[:80]
        found += len(expected)
        if every_position or len(one) < 400:
            for at in range(len(one)):
                a, b = compiled.match(one, at), unicode.match(one, at)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (one[:80], at)
    assert found > 500


def _texts_with_separators() -> list[str]:
    """The texts of `_texts`, and real sentences with each white space and separator of ASCII
    put between their words (the four separators part the engines: left out by `engines_agree`)."""
    texts = _texts()
    sentences = [one for one in texts if 40 < len(one) < 300][:300]
    for space in "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f":
        texts += [one.replace(" ", space, 3) for one in sentences[:40]]
    return texts


def test_the_mention_pattern_in_ascii_reads_as_in_unicode():
    from extract import numbers

    _ascii_twin_is_exact(numbers._MENTION_ASCII.compiled(), _texts_with_separators(), every_position=False)


def test_the_subject_pattern_in_ascii_reads_as_in_unicode():
    from extract import attribution

    _ascii_twin_is_exact(attribution._SUBJECT_ASCII.compiled(), _texts_with_separators(), every_position=False)
