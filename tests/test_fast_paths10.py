"""Round 10's fast paths give what the slow paths give.

The pattern cache (extract/patterncache.py): a pattern rebuilt from the cached arguments
of the engine's compile is the pattern `regex.compile` builds, for every pattern of the
extractor, and the sources the cache is keyed by are the same in every process."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
import regex

import extract.__main__
import extract.pipeline  # noqa: F401 -- every rule's patterns
from extract import latex, patterncache
from extract.deferred import DEFERRED
from extract.deferred import regex as deferred_regex


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A cache of its own in a temporary file, read afresh, never written at exit."""
    monkeypatch.setattr(patterncache, "FILE", tmp_path / "patterns.marshal")
    monkeypatch.setattr(patterncache, "_known", None)
    monkeypatch.setattr(patterncache, "_added", {})
    monkeypatch.setattr(patterncache, "_used", set())
    monkeypatch.setattr(patterncache, "_exit_write_registered", True)
    return patterncache


def _forget_what_was_read(cache, monkeypatch):
    """As a new process would start: nothing read, nothing compiled."""
    monkeypatch.setattr(cache, "_known", None)
    monkeypatch.setattr(cache, "_added", {})
    monkeypatch.setattr(cache, "_used", set())


def _refuse_to_compile(monkeypatch, engine=regex):
    def refused(*args, **kwargs):
        raise AssertionError("compiled, not found in the cache")
    monkeypatch.setattr(engine, "compile", refused)


def _sources(engine) -> list[tuple[str, int]]:
    return [(d.compiled().pattern, d._flags) for d in DEFERRED if d._engine is engine]


def test_every_regex_pattern_from_the_cache_is_the_compiled_one(cache, monkeypatch):
    sources = _sources(regex)
    assert len(sources) > 150
    for source, flags in sources:
        cache.compile_pattern(regex, source, flags)
    assert cache.write() and cache.FILE.exists()
    _forget_what_was_read(cache, monkeypatch)
    compiled = {(source, flags): regex.compile(source, flags) for source, flags in sources}
    _refuse_to_compile(monkeypatch, regex)
    for (source, flags), expected in compiled.items():
        found = cache.compile_pattern(regex, source, flags)
        # the engine's whole compiled form: code, groups, flags, required string
        assert found._pickled_data == expected._pickled_data, source[:80]
        assert (found.pattern, found.flags, found.groupindex, found.groups) == \
            (expected.pattern, expected.flags, expected.groupindex, expected.groups)


def test_every_re_pattern_from_the_cache_is_the_compiled_one(cache, monkeypatch):
    sources = _sources(re)
    assert len(sources) > 150
    for source, flags in sources:
        cache.compile_pattern(re, source, flags)
    assert len(cache._added) == len(set(sources))  # every one of them kept
    assert cache.write()
    _forget_what_was_read(cache, monkeypatch)
    compiled = {(source, flags): re.compile(source, flags) for source, flags in sources}
    _refuse_to_compile(monkeypatch, re)
    for (source, flags), expected in compiled.items():
        found = cache.compile_pattern(re, source, flags)
        # `re` patterns are equal when their flags, source and compiled code are
        assert found == expected and found is not expected, source[:80]
        assert (found.flags, found.groupindex, found.groups) == (expected.flags, expected.groupindex, expected.groups)


def test_re_arguments_are_kept_only_when_they_build_the_pattern(cache):
    compiled = re.compile(r"(?P<n>\d+)x")
    assert cache._sre_arguments(r"(?P<n>\d+)x", 0, compiled)[0] == r"(?P<n>\d+)x"
    # arguments read while compiling one pattern never stand for another
    assert cache._sre_arguments(r"(?P<n>\d+)y", 0, compiled) is None


def test_a_pattern_from_the_cache_finds_what_the_compiled_one_finds(cache, monkeypatch):
    source = r"(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>%|x)|(?i:twice)"
    texts = ["gains of 3.2% and 1.5X, twice as fast", "TWICE, 7 units, 12x", "", "ſ 4.0 %"]
    expected = regex.compile(source, regex.VERBOSE | regex.REVERSE)
    cache.compile_pattern(regex, source, regex.VERBOSE | regex.REVERSE)
    cache.write()
    _forget_what_was_read(cache, monkeypatch)
    _refuse_to_compile(monkeypatch)
    found = cache.compile_pattern(regex, source, regex.VERBOSE | regex.REVERSE)
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in found.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in expected.finditer(text)]
        partial = [pattern.search(text[:-1], partial=True) for pattern in (found, expected)]
        assert [(m.span(), m.partial) if m else None for m in partial[:1]] == \
            [(m.span(), m.partial) if m else None for m in partial[1:]]


def test_flags_and_sources_are_keys_of_their_own(cache):
    cache.compile_pattern(regex, "a b", regex.VERBOSE)
    cache.compile_pattern(regex, "a b")
    assert cache.compile_pattern(regex, "a b").match("a b") and not cache.compile_pattern(regex, "a b", regex.VERBOSE).match("a b")
    assert cache.compile_pattern(regex, "a b", regex.VERBOSE).match("ab")


def test_named_lists_are_compiled_as_before(cache):
    pattern = cache.compile_pattern(regex, r"\L<words>", words=["cat", "dog"])
    assert pattern.search("a dog").group() == "dog" and cache._added == {}


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"not marshal at all"])
def test_an_unreadable_cache_compiles_as_before(cache, content):
    cache.FILE.write_bytes(content)
    assert cache.compile_pattern(regex, r"\d+x").search("a 12x gain").group() == "12x"


def test_a_damaged_entry_compiles_as_before(cache):
    cache._table()[("regex", r"\d+x", 0, int(regex.DEFAULT_VERSION))] = (r"\d+x", "not flags", b"")
    cache._table()[("re", r"\d+x", 0, 0)] = (r"\d+x",)
    assert cache.compile_pattern(regex, r"\d+x").search("a 12x gain").group() == "12x"
    assert cache.compile_pattern(re, r"\d+x").search("a 12x gain").group() == "12x"


def test_an_unwritable_cache_is_left_alone(cache, monkeypatch, tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setattr(cache, "FILE", blocker / "patterns.marshal")  # its folder is a file
    cache.compile_pattern(regex, r"\d+%")
    assert cache.write() is False
    assert cache.compile_pattern(regex, r"\d+%").match("5%")


def test_no_cache_is_written_at_exit_without_bytecode(cache, monkeypatch):
    cache.compile_pattern(regex, r"\d+ms")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    cache._write_at_exit()
    assert not cache.FILE.exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    cache._write_at_exit()
    assert cache.FILE.exists()


def test_a_grown_cache_keeps_what_the_process_used(cache, monkeypatch):
    monkeypatch.setattr(cache, "MAX_ENTRIES", 3)
    for source in ("a", "b", "c"):
        cache.compile_pattern(regex, source)
    cache.write()
    _forget_what_was_read(cache, monkeypatch)
    cache.compile_pattern(regex, "a")
    cache.compile_pattern(regex, "d")
    cache.write()
    _forget_what_was_read(cache, monkeypatch)
    assert sorted(key[1] for key in cache._table()) == ["a", "d"]


def test_a_regex_without_its_compile_arguments_is_compiled_not_cached(cache, monkeypatch):
    class Compiled:  # a `regex` whose patterns keep no `_pickled_data`
        def match(self, text):
            return text == "a"
    monkeypatch.setattr(regex, "compile", lambda source, flags=0, **options: Compiled())
    assert cache.compile_pattern(regex, "a").match("a") and cache._added == {}


def test_a_process_keeps_at_most_so_many_new_patterns(cache, monkeypatch):
    monkeypatch.setattr(cache, "MAX_ENTRIES", 2)
    for source in ("a", "b", "c"):
        assert cache.compile_pattern(re, source).match(source)
    assert [key[1] for key in cache._added] == ["a", "b"]


def test_deferred_regex_patterns_compile_through_the_cache(cache):
    deferred = deferred_regex.compile(r"(?P<n>\d+)\s?fold")
    DEFERRED.remove(deferred)  # not one of the extractor's
    assert deferred.search("a 3 fold gain").group("n") == "3"
    assert list(cache._added) == [("regex", r"(?P<n>\d+)\s?fold", 0, int(regex.DEFAULT_VERSION))]


def test_latex_names_are_longest_first_whatever_the_order_given():
    names = ["it", "bf", "textbf", "emph", "cite", "em", "sc"]
    written = latex._names(names)
    assert written == latex._names(reversed(names)) == latex._names(sorted(names))
    lengths = [len(name) for name in written.split("|")]
    assert lengths == sorted(lengths, reverse=True) and sorted(written.split("|")) == sorted(names)


_SOURCES = """
import hashlib, extract.__main__, extract.pipeline
from extract.deferred import DEFERRED
from extract.vocab import dataset_vocabulary, metric_vocabulary, model_family_pattern, task_pattern
for vocabulary in (metric_vocabulary(), dataset_vocabulary()):
    list(vocabulary.finditer(""))
model_family_pattern(), task_pattern()
sources = sorted({(d.compiled().pattern, int(d._flags)) for d in DEFERRED}, key=repr)  # (str and bytes sources)
print(len(sources), hashlib.sha256(repr(sources).encode()).hexdigest())
"""


def test_every_pattern_source_is_the_same_in_every_process():
    # a source built from a set's order (which string hashing changes per process) would
    # never be found in the cache
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", _SOURCES], capture_output=True, text=True, check=True, env=env)
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert int(outputs.pop().split()[0]) > 400
