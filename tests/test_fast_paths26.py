"""Tables the vocabularies derive at start-up, kept in the pattern cache (speed26).

`_Vocabulary._dispatch` builds its scanner's patterns from tables derived from the
names (`_scanner_tables`: the buckets' names by first character, the names that may
start beyond ASCII, the characters a visited word starts with, the candidates' prefix
trie); `patterncache.table` keeps them in the cache file under the names and the
vocabulary module's source. A scanner built from the cache, from no cache, or from a
cache written for other names or another source is the scanner the derivation gives.
"""
from __future__ import annotations

import json
import marshal
import re as real_re
from array import array

import pytest
import regex as real_regex

from extract import patterncache, vocab
from extract.deferred import re, regex


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty pattern cache in a file of its own."""
    monkeypatch.setattr(patterncache, "FILE", tmp_path / "patterns.marshal")
    _forget(monkeypatch)
    monkeypatch.setattr(patterncache, "_exit_write_registered", True)
    return patterncache


def _forget(monkeypatch):
    """As a new process: nothing read from the file yet, nothing compiled."""
    monkeypatch.setattr(patterncache, "_known", None)
    monkeypatch.setattr(patterncache, "_added", {})
    monkeypatch.setattr(patterncache, "_used", set())


def _tables_added() -> list:
    return [key for key in patterncache._added if key[0] == "table"]


def _reference_dispatch(self) -> None:
    """`_Vocabulary._dispatch` as it was before its tables were kept (round 22's main)."""
    firsts: dict[str, list[str]] = {}
    for group in self._groups:
        for char in self._first_keys(group):
            firsts.setdefault(char, []).append(group)
    self._buckets = {char: regex.compile(self._source(groups)) for char, groups in firsts.items()}
    beyond = [group for group in self._groups if not self._ascii_start_in_case(group)]
    self._beyond_ascii = regex.compile(self._source(beyond)) if beyond else None
    visited = set(firsts) if self._case_sensitive_starts else set(firsts) | {c.upper() for c in firsts}
    chars = "".join(regex.escape(c) for c in sorted(visited))
    self._starts = regex.compile(rf"{vocab._STANDS_ALONE}[{chars}\x80-\U0010ffff]")
    self._ascii_starts = re.compile(self._starts.pattern)
    ascii_chars = "".join(regex.escape(c) for c in sorted(visited) if c < "\x80")
    self._after_separator = re.compile(rf"[^A-Za-z0-9_@](?=[{ascii_chars}])")
    self._ascii_first = frozenset(c for c in visited if c < "\x80")
    fold = not self._case_sensitive_starts or any(aliases for _, aliases, _ in self._entries)
    prefixes = set().union(*(vocab._name_prefixes(name, fold) for _, aliases, acronyms in self._entries
                             for name in aliases + acronyms))
    if "" not in prefixes:
        trie = vocab._prefix_trie(prefixes)
        self._fold = fold
        firsts = "".join(sorted({re.escape(prefix[0]) for prefix in prefixes}))
        self._candidates = re.compile(rf"[^A-Za-z0-9_@](?=[{firsts}])(?={trie})")
        self._candidate_at_start = re.compile(trie)


def _source(pattern):
    return None if pattern is None else (pattern.pattern, pattern.flags)


def _scanner(vocabulary) -> dict:
    """What `_dispatch` set, as sources and values."""
    return {
        "buckets": {char: _source(pattern) for char, pattern in vocabulary._buckets.items()},
        "beyond": _source(vocabulary._beyond_ascii),
        "starts": _source(vocabulary._starts),
        "ascii_starts": _source(vocabulary._ascii_starts),
        "after_separator": _source(vocabulary._after_separator),
        "ascii_first": vocabulary._ascii_first,
        "candidates": _source(vocabulary._candidates),
        "at_start": _source(vocabulary._candidate_at_start),
        "fold": vocabulary._fold,
    }


def _metric_entries():
    return [(m["name"], m.get("aliases", []), m.get("acronyms", []))
            for m in vocab._load("metrics.json")["metrics"] if m["name"] != "params"]


def _dataset_entries():
    return [(name, [], [regex.escape(name), *aliases]) for name, aliases in vocab._load("datasets.json")["datasets"].items()]


_MAKERS = {
    "metrics": lambda entries: vocab._Vocabulary(entries, after=vocab.METRIC_AFTER, plural_acronyms=True),
    "datasets": lambda entries: vocab._Vocabulary(entries, after=vocab.DATASET_AFTER, case_sensitive_starts=True),
}
_ENTRIES = {"metrics": _metric_entries, "datasets": _dataset_entries}


def _reference(kind: str, entries) -> dict:
    vocabulary = _MAKERS[kind](entries)
    _reference_dispatch(vocabulary)
    return _scanner(vocabulary)


def _built(kind: str, entries) -> dict:
    vocabulary = _MAKERS[kind](entries)
    vocabulary._dispatch()
    return _scanner(vocabulary)


def _edited(kind: str):
    """The vocabulary's names edited: an acronym moved to the end and another made up,
    every seventh name dropped."""
    entries = _ENTRIES[kind]()
    if kind == "metrics":
        return [(name, aliases, acronyms[1:] + ["Zq" + acronyms[0]] if acronyms else acronyms)
                for name, aliases, acronyms in entries]
    return [entry for index, entry in enumerate(entries) if index % 7]


@pytest.mark.parametrize("kind", ["metrics", "datasets"])
def test_the_scanner_from_the_cache_is_the_derived_one(cache, monkeypatch, kind):
    entries = _ENTRIES[kind]()
    reference = _reference(kind, entries)
    assert _built(kind, entries) == reference  # derived, and kept
    assert len(_tables_added()) == 1
    assert cache.write()
    _forget(monkeypatch)
    monkeypatch.setattr(vocab._Vocabulary, "_scanner_tables", lambda self: pytest.fail("derived again"))
    assert _built(kind, entries) == reference  # read from the file
    assert not _tables_added()


@pytest.mark.parametrize("kind", ["metrics", "datasets"])
def test_the_process_s_vocabularies_scan_as_derived(kind):
    """The vocabularies the extractor uses (the real cache, whatever it holds)."""
    vocabulary = vocab.metric_vocabulary() if kind == "metrics" else vocab.dataset_vocabulary()
    list(vocabulary.finditer(""))
    assert _scanner(vocabulary) == _reference(kind, _ENTRIES[kind]())


@pytest.mark.parametrize("kind", ["metrics", "datasets"])
def test_a_cache_written_for_edited_names_is_not_read(cache, monkeypatch, kind):
    edited = _edited(kind)
    edited_reference = _reference(kind, edited)
    assert _built(kind, edited) == edited_reference
    assert cache.write()
    _forget(monkeypatch)
    entries = _ENTRIES[kind]()
    reference = _reference(kind, entries)
    assert reference != edited_reference  # (the edit changes the scanner)
    assert _built(kind, entries) == reference
    assert len(_tables_added()) == 1  # derived, not read


def test_a_cache_written_by_another_source_of_the_module_is_not_read(cache, monkeypatch):
    entries = _ENTRIES["metrics"]()
    reference = _reference("metrics", entries)
    monkeypatch.setattr(vocab, "_module_source", lambda: b"# another vocab/__init__.py\n")
    # a table the other source derived (here: a wrong one, to be sure it is not read)
    monkeypatch.setattr(vocab._Vocabulary, "_scanner_tables", lambda self: ({}, [], "z", None))
    _built("metrics", entries)
    assert cache.write()
    file = cache.FILE
    monkeypatch.undo()
    monkeypatch.setattr(patterncache, "FILE", file)
    monkeypatch.setattr(patterncache, "_exit_write_registered", True)
    _forget(monkeypatch)
    assert _built("metrics", entries) == reference
    assert len(_tables_added()) == 1


def test_without_the_module_s_source_nothing_is_kept(cache, monkeypatch):
    monkeypatch.setattr(vocab, "_module_source", lambda: None)
    entries = _ENTRIES["datasets"]()
    assert _built("datasets", entries) == _reference("datasets", entries)
    assert not _tables_added()


def test_the_module_source_is_this_module_s():
    with open(vocab.__file__, "rb") as file:
        assert vocab._module_source() == file.read()


def test_a_table_is_built_once_and_read_after(cache, monkeypatch):
    calls = []

    def build():
        calls.append(1)
        return {"a": [1, 2]}, frozenset("xy"), None

    assert cache.table("t", "data", b"code", build) == ({"a": [1, 2]}, frozenset("xy"), None)
    assert cache.table("t", "data", b"code", build) == ({"a": [1, 2]}, frozenset("xy"), None)
    assert len(calls) == 1
    assert cache.write()
    _forget(monkeypatch)
    assert cache.table("t", "data", b"code", build) == ({"a": [1, 2]}, frozenset("xy"), None)
    assert len(calls) == 1
    for name, data, code in [("u", "data", b"code"), ("t", "data2", b"code"), ("t", "data", b"code2")]:
        cache.table(name, data, code, build)
    assert len(calls) == 4
    assert cache.table("t", "data", None, build) and len(calls) == 5  # no code: never kept
    assert ("table", "t", "data", None) not in cache._added


@pytest.mark.parametrize("value", [None, object(), (1, object()), float("nan")])
def test_a_value_marshal_does_not_give_back_is_not_kept(cache, value):
    assert cache.table("t", "data", b"code", lambda: value) is value
    assert not _tables_added()
    assert cache.write()


def test_tables_and_patterns_share_the_file(cache, monkeypatch):
    cache.compile_pattern(real_regex, r"ab+c")
    cache.table("t", "data", b"code", lambda: [1])
    assert cache.write()
    table = marshal.loads(cache.FILE.read_bytes())
    assert ("table", "t", "data", b"code") in table and len(table) == 2


def _reference_word_prefixes(metrics_json: dict) -> frozenset[str]:
    """`metric_word_prefixes` as it was before it was kept (round 22's main), with the plural
    of each acronym of two or three letters ("aucs", "eers": read62) and each alias written
    without its optional letters too, words of four letters or more ("hits?@" as "hit@": read70)."""
    prefixes = set()
    for metric in metrics_json["metrics"]:
        for alias in [metric["name"], *metric.get("aliases", []), *metric.get("acronyms", [])]:
            lowered = real_regex.sub(r"\\(\^)", r"\1", alias.lower())
            for written, least in ((lowered, 1), (real_regex.sub(r"(?<!\\)\w\?", "", lowered), 4)):
                for word in vocab._METRIC_WORD.findall(
                        real_regex.sub(r"\\.|\[[^\]]*\]|\(\?[^)]*\)|[?*+{}|()]", " ", written)):
                    if word not in vocab._COMMON_WORDS and not word[0].isdigit() and len(word) >= least:
                        prefixes.add(word[:4])
        prefixes.update(acronym.lower() + "s" for acronym in metric.get("acronyms", [])
                        if 2 <= len(acronym) <= 3 and acronym.isascii() and acronym.isalnum())
    return frozenset(prefixes)


def test_the_metric_word_prefixes_are_the_derived_ones(cache, monkeypatch):
    reference = _reference_word_prefixes(json.loads(vocab._text("metrics.json")))
    assert vocab.metric_word_prefixes() == reference  # the process's (the real cache)
    monkeypatch.setattr(vocab, "metric_word_prefixes", vocab.metric_word_prefixes.__wrapped__)
    assert vocab.metric_word_prefixes() == reference  # derived
    assert len(_tables_added()) == 1
    assert cache.write()
    _forget(monkeypatch)
    monkeypatch.setattr(vocab, "_metric_word_prefixes", lambda: pytest.fail("derived again"))
    assert vocab.metric_word_prefixes() == reference  # read


def test_word_prefixes_kept_for_an_edited_metrics_file_are_not_read(cache, monkeypatch):
    text = vocab._text("metrics.json")
    edited = json.loads(text)
    edited["metrics"].append({"name": "zyxwvut score", "direction": "higher", "aliases": ["qwerty index"]})
    edited_text = json.dumps(edited)
    monkeypatch.setattr(vocab, "metric_word_prefixes", vocab.metric_word_prefixes.__wrapped__)
    monkeypatch.setattr(vocab, "_text", lambda name: edited_text)
    assert vocab.metric_word_prefixes() == _reference_word_prefixes(edited) >= {"zyxw", "qwer"}
    assert cache.write()
    _forget(monkeypatch)
    monkeypatch.setattr(vocab, "_text", lambda name: text)
    assert vocab.metric_word_prefixes() == _reference_word_prefixes(json.loads(text))
    assert "zyxw" not in vocab.metric_word_prefixes()


def test_the_vocabulary_files_are_read_as_resources_read_them():
    from importlib.resources import files

    for name in ("metrics.json", "datasets.json", "models.json"):
        assert vocab._text(name) == files("extract.vocab").joinpath(name).read_text(encoding="utf-8")


def test_a_table_derived_anew_replaces_those_of_its_name_not_asked_for(cache, monkeypatch):
    cache.table("t", "old data", b"code", lambda: [1])
    cache.table("u", "other", b"code", lambda: [2])
    assert cache.write()
    _forget(monkeypatch)
    cache.table("u", "other", b"code", lambda: [2])  # read
    cache.table("t", "new data", b"code", lambda: [3])  # derived anew
    assert cache.write()
    keys = {key for key in marshal.loads(cache.FILE.read_bytes()) if key[0] == "table"}
    assert keys == {("table", "t", "new data", b"code"), ("table", "u", "other", b"code")}


@pytest.mark.parametrize("kind", ["metrics", "datasets"])
def test_the_vocabularies_names_from_the_cache_are_the_derived_ones(cache, monkeypatch, kind):
    """`_alternation` of the names (groups and ordered entries), kept under the file's text."""
    make = vocab.metric_vocabulary.__wrapped__ if kind == "metrics" else vocab.dataset_vocabulary.__wrapped__
    reference = vocab._alternation(_ENTRIES[kind](), plural_acronyms=kind == "metrics")
    real = vocab.metric_vocabulary() if kind == "metrics" else vocab.dataset_vocabulary()
    assert (real._groups, real._entries) == reference  # the process's (the real cache)
    derived = make()
    assert (derived._groups, derived._entries, derived.source, derived.names) == (
        *reference, real.source, real.names)
    assert len(_tables_added()) == 1  # and kept (the scanner is not built yet)
    assert cache.write()
    _forget(monkeypatch)
    monkeypatch.setattr(vocab, "_alternation", lambda *a, **k: pytest.fail("derived again"))
    read = make()
    assert (read._groups, read._entries, read.source, read.names) == (*reference, real.source, real.names)


@pytest.mark.parametrize("kind", ["metrics", "datasets"])
def test_names_kept_for_an_edited_file_are_not_read(cache, monkeypatch, kind):
    name = f"{kind}.json"
    text = vocab._text(name)
    edited = json.loads(text)
    if kind == "metrics":
        edited["metrics"].append({"name": "zyxwvut score", "direction": "higher", "aliases": ["qwerty index"]})
    else:
        edited["datasets"]["Zyxwvut-Bench"] = ["ZXB"]
    edited_text = json.dumps(edited)
    make = vocab.metric_vocabulary.__wrapped__ if kind == "metrics" else vocab.dataset_vocabulary.__wrapped__
    monkeypatch.setattr(vocab, "_text", lambda asked: edited_text if asked == name else text)
    assert "Zyxwvut" in make().source or "qwerty" in make().source
    assert cache.write()
    _forget(monkeypatch)
    monkeypatch.setattr(vocab, "_text", lambda asked: text)
    read = make()
    assert (read._groups, read._entries) == vocab._alternation(_ENTRIES[kind](), plural_acronyms=kind == "metrics")
    assert "Zyxwvut" not in read.source and "qwerty" not in read.source


def test_re_code_is_kept_as_bytes_and_read_back(cache, monkeypatch):
    source = r"(?i)\b(?:top|bottom)-(\d+)\s+acc(?:uracy)?\b"
    compiled = cache.compile_pattern(real_re, source)
    (arguments,) = cache._added.values()
    assert type(arguments[2]) is bytes
    assert cache.write()
    _forget(monkeypatch)
    monkeypatch.setattr(real_re, "compile", lambda *a, **k: pytest.fail("compiled again"))
    assert cache.compile_pattern(real_re, source) == compiled


def test_an_entry_with_its_code_as_a_list_is_read_as_before(cache, monkeypatch):
    """(as the files written before the code was packed held it)"""
    source = r"[a-z]+@\d"
    compiled = cache.compile_pattern(real_re, source)
    ((key, arguments),) = cache._added.items()
    listed = (*arguments[:2], list(memoryview(arguments[2]).cast(cache._CODE_TYPE)), *arguments[3:])
    assert type(listed[2]) is list and listed[2] == cache._sre_arguments(source, 0, compiled)[2]
    cache.FILE.write_bytes(marshal.dumps({key: listed}))
    _forget(monkeypatch)
    monkeypatch.setattr(real_re, "compile", lambda *a, **k: pytest.fail("compiled again"))
    assert cache.compile_pattern(real_re, source) == compiled


def test_code_the_array_cannot_hold_stays_a_list():
    arguments = ("x", 0, [1, 2 ** 40], 0, {}, (None,))
    assert patterncache._packed(arguments) == arguments
    assert patterncache._packed(("x", 0, [1, 2], 0, {}, (None,)))[2] == array(patterncache._CODE_TYPE, [1, 2]).tobytes()
