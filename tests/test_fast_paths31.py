"""Round 25 (speed31): `re.ASCII` twins of patterns of names, conditions and attribution,
picked by `deferred.engines_agree` at the call, output byte-identical. Each test ties a twin
to its pattern (the same source, compiled without the flag) over every development text, the
ASCII characters put into them and real sentences with each ASCII white space and separator
(test_fast_paths30's helpers, which also check that no character of the pattern is one that
Unicode's case matches to an ASCII one)."""
from __future__ import annotations

import re

import pytest
from test_fast_paths30 import _ascii_twin_is_exact, _texts_with_separators

from extract import deferred


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts_with_separators()


def _is_twin(twin, pattern) -> re.Pattern:
    compiled = twin.compiled()
    assert compiled.pattern == pattern.compiled().pattern
    assert compiled.flags == pattern.compiled().flags & ~re.UNICODE | re.ASCII
    return compiled


def test_ascii_twin_takes_re_patterns_only():
    with pytest.raises(TypeError):
        deferred.ascii_twin(deferred.regex.compile(r"\w+"))
    twin = deferred.ascii_twin(deferred.re.compile(lambda: r"(?i)\bk\w*", re.VERBOSE))
    assert twin.compiled().flags & re.ASCII and twin.compiled().flags & re.VERBOSE
    assert twin.findall("K kelvin \u212aelvin") == ["K", "kelvin"]


def test_the_introduce_pattern_in_ascii_reads_as_in_unicode(texts):
    from extract import names

    # the pattern reads case: each text that holds a match also upper-cased, lower-cased and swapped
    cased = [change(one) for one in texts if names._INTRODUCE.search(one) for change in (str.upper, str.lower, str.swapcase)]
    _ascii_twin_is_exact(_is_twin(names._INTRODUCE_ASCII, names._INTRODUCE), texts + cased, every_position=False)


def test_the_capitalised_tokens_in_ascii_read_as_in_unicode(texts):
    from extract import names

    _ascii_twin_is_exact(_is_twin(names._CAPITALISED_TOKEN_BEFORE_DATA_ASCII, names._CAPITALISED_TOKEN_BEFORE_DATA),
                         texts, every_position=False)


@pytest.mark.parametrize("name", ["_CUE_AFTER", "_CUE_BEFORE", "_LAST_VERB_AFTER_SEPARATOR", "_NAME_JUST_BEFORE",
                                  "_BENCHMARK_LIST", "_CLAUSE_BREAK"])
def test_the_attribution_patterns_in_ascii_read_as_in_unicode(texts, name):
    from extract import attribution

    pattern, twin = getattr(attribution, name), getattr(attribution, f"{name}_ASCII")
    # the patterns that end at `$` are asked of the text before each number: its prefixes too
    prefixes = [one[:at] for one in texts[:3_000] if len(one) < 400 for at in range(8, len(one), 23)] if "$" in pattern.pattern else []
    _ascii_twin_is_exact(_is_twin(twin, pattern), texts + prefixes + (_lists(texts) if name == "_BENCHMARK_LIST" else []),
                         every_position=False)


def _lists(texts: list[str]) -> list[str]:
    """Real sentences, each followed by a list of two to four capitalised words of the texts
    (opened by each opener the lists take, joined in each way, closed in each way): a list of
    benchmarks is rare in the texts as they are."""
    import random

    rng = random.Random(31)
    words = sorted({word for one in texts[:400] for word in re.findall(r"\b[A-Z][\w.+-]*|\b[a-z]+[A-Z][\w.+-]*|\b\d\w*", one)})
    sentences = [one for one in texts if 40 < len(one) < 300][:200]
    out = []
    for at in range(1_500):
        items = rng.sample(words, rng.randint(2, 4))
        joined = ", ".join(items[:-1]) + rng.choice([" and ", ", and ", " & ", "&", " , and "]) + items[-1]
        opener = rng.choice(["on", "On", "in", "across", "Over", "using", "on both the", "in the", "on"])
        closer = rng.choice([" benchmarks", " datasets", ", respectively", ".", ")", "", " while", " with X", " benchmarking"])
        out.append(f"{sentences[at % len(sentences)][:rng.randint(0, 120)]} {opener} {joined}{closer}")
    return out


@pytest.mark.parametrize("name", ["_DEFINITION", "_CALLED", "_COMPARISON_OBJECT", "_DESCRIBED_APPROACH", "_NAME_TOKEN",
                                  "_SETTING_AFTER_GENERIC"])
def test_the_names_patterns_in_ascii_read_as_in_unicode(texts, name):
    from extract import names

    pattern, twin = getattr(names, name), getattr(names, f"{name}_ASCII")
    compiled = _is_twin(twin, pattern)
    extra = [one[:at] for one in texts[:3_000] if len(one) < 400 for at in range(8, len(one), 23)] if "$" in pattern.pattern else []
    if compiled.flags & re.IGNORECASE:
        extra += [change(one) for one in texts if pattern.search(one) for change in (str.upper, str.lower, str.swapcase)]
    _ascii_twin_is_exact(compiled, texts + extra + _family(name, texts), every_position=False)
    if name == "_SETTING_AFTER_GENERIC":
        for one in texts + extra:
            if deferred.engines_agree(one):
                assert compiled.sub(r"\g<noun>", one) == pattern.sub(r"\g<noun>", one)


def test_the_comparator_pattern_in_ascii_reads_as_in_unicode(texts):
    from extract import conditions

    compiled = _is_twin(conditions._COMPARATOR_ASCII, conditions._COMPARATOR)
    cased = [change(one) for one in texts if conditions._COMPARATOR.search(one) for change in (str.upper, str.lower, str.swapcase)]
    _ascii_twin_is_exact(compiled, texts + cased, every_position=False)


def _family(name: str, texts: list[str]) -> list[str]:
    """Made-up texts in the shapes of a names pattern that the development texts write rarely:
    real sentences (cut at random) followed by the pattern's phrasing, with words of the texts."""
    import random

    rng = random.Random(31)
    words = sorted({word for one in texts[:400] for word in re.findall(r"\b[A-Za-z][\w-]+", one)})
    capitals = [word for word in words if word[0].isupper()]
    sentences = [one for one in texts if 40 < len(one) < 300][:200]
    out = []
    for at in range(1_200):
        lead = sentences[at % len(sentences)][:rng.randint(0, 120)]
        some = " ".join(rng.sample(words, rng.randint(1, 5)))
        caps = " ".join(rng.sample(capitals, rng.randint(1, 5)))
        abbr = "".join(word[0] for word in caps.split()).upper() + rng.choice(["", "s", "-2", "++", "v2"])
        if name == "_DEFINITION":
            tail = rng.choice([f" {caps} ({abbr})", f" {some} ({abbr}),", f" {caps}, ({abbr})", f" {some}-{caps} ({abbr}) is"])
        elif name == "_CALLED":
            verb = rng.choice(["termed", "dubbed", "called", "named", "coined", "which we call", "that we term", "Termed", "renamed"])
            tail = f" a {some} model{rng.choice(['', ','])} {verb} {rng.choice(['', 'as '])}{caps}, which"
        elif name == "_COMPARISON_OBJECT":
            cue = rng.choice(["than", "over", "outperforms", "surpassed", "compared to", "relative to", "versus", "vs.", "baselines"])
            tail = f" {cue} {rng.choice(['', 'the '])}{' '.join(some.lower().split()[:rng.randint(0, 3)])}{rng.choice(['', ' ', ' ', ' ', ' by ', '  '])}"
        else:
            opener = rng.choice(["In this paper, we", "This work", "In this study, we", "this paper", "Within this work, we"])
            verb = rng.choice(["propose", "presents", "introduced", "investigate", "designs"])
            noun = rng.choice(["approach", "method", "framework", "algorithm", "architecture", "model", "system"])
            tail = f" {opener} {verb} {rng.choice(['a', 'an'])} {rng.choice(['', 'novel ', 'new '])}{some.lower()} {noun}."
        out.append(lead + tail)
    return out


def test_the_named_data_pattern_in_ascii_reads_as_in_unicode(texts):
    from extract import attribution

    opened = [f"{opener} {one}" for one in texts[:3_000] if 20 < len(one) < 300 for opener in ("On", "Across the", "In")]
    _ascii_twin_is_exact(_is_twin(attribution._ON_NAMED_DATA_ASCII, attribution._ON_NAMED_DATA), texts + _lists(texts) + opened,
                         every_position=False)


def test_the_digit_test_of_glued_names_is_str_isdigit(texts):
    from extract import attribution

    beyond = ["\u00b2", "\u0663", "\uff13", "\U0001d7d9", "\u2460", "x\u00b2y"]
    for one in texts + beyond:
        if one.isascii():
            assert bool(attribution._ASCII_DIGIT.search(one)) == any(ch.isdigit() for ch in one), one[:80]
    assert [chr(code) for code in range(128) if chr(code).isdigit()] == list("0123456789")
    assert all(attribution._glued_names(one) == one for one in beyond[:5])
