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
