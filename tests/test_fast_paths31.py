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
