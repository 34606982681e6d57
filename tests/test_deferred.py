"""Patterns compiled on first use (extract/deferred.py) behave as compiled ones, and every
one of them compiles: a pattern its engine refuses fails here, not in an abstract."""
from __future__ import annotations

import re as real_re
import subprocess
import sys

import pytest
import regex as real_regex

import extract.__main__  # noqa: F401 -- imports the readers and the pipeline: every module's patterns
from extract.deferred import DEFERRED, DeferredPattern
from extract.deferred import re as deferred_re
from extract.deferred import regex as deferred_regex


def test_every_deferred_pattern_compiles():
    assert len(DEFERRED) > 200  # the extractor's modules compile through extract.deferred
    for deferred in DEFERRED:
        compiled = deferred.compiled()
        assert compiled.pattern == deferred.pattern


@pytest.mark.parametrize(("deferring", "engine"), [(deferred_re, real_re), (deferred_regex, real_regex)])
def test_a_deferred_pattern_finds_what_the_compiled_one_finds(deferring, engine):
    source = r"(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>%|x)"
    deferred = deferring.compile(source, engine.IGNORECASE)
    compiled = engine.compile(source, engine.IGNORECASE)
    assert isinstance(deferred, DeferredPattern) and "_compiled" not in deferred.__dict__
    assert deferred.pattern == source  # known before compiling: modules build patterns from others' sources
    text = "gains of 3.2% and 1.5X, not 7 units"
    assert [m.span() for m in deferred.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert deferred.search(text, 10).groupdict() == compiled.search(text, 10).groupdict()
    assert deferred.sub("N", text) == compiled.sub("N", text)
    assert deferred.flags == compiled.flags and deferred.groupindex == compiled.groupindex
    # after the first read, the compiled pattern's own bound method is found in the instance
    assert deferred.search.__self__ is deferred.compiled()


def test_the_other_names_are_the_engines():
    assert deferred_re.escape is real_re.escape and deferred_re.IGNORECASE is real_re.IGNORECASE
    assert deferred_regex.REVERSE is real_regex.REVERSE and deferred_regex.Match is real_regex.Match


def test_a_refused_pattern_fails_when_compiled():
    deferred = deferred_re.compile(r"(?<=a+)b")  # re refuses a variable-width look-behind: not yet
    with pytest.raises(real_re.error):
        deferred.search("aab")
    DEFERRED.remove(deferred)  # not one of the extractor's


def test_importing_the_pipeline_compiles_none_of_them():
    # a module that reads a pattern at import (other than its source, `.pattern`) compiles it there
    code = ("import extract.pipeline; from extract.deferred import DEFERRED; "
            "print(len(DEFERRED)); [print(repr(d.pattern)[:80]) for d in DEFERRED if '_compiled' in d.__dict__]")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    total, *compiled = done.stdout.splitlines()
    assert int(total) > 200 and compiled == []


def test_rule_patterns_embed_the_vocabularies_without_compiling_them_whole():
    # a rule that embeds a vocabulary reads its source; compiling the whole alternation
    # (0.07 s for the metrics) only to read its source back was paid by every process
    code = ("from extract.rules import RULES; from extract.vocab import metric_vocabulary, dataset_vocabulary; "
            "[p.compiled() for r in RULES for p in (r.left, r.right) if p is not None]; "
            "print(sum(metric_vocabulary().source in r.right.compiled().pattern for r in RULES if r.right is not None)); "
            "print(metric_vocabulary()._pattern is None, dataset_vocabulary()._pattern is None)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    embedding, whole_not_compiled = done.stdout.splitlines()
    assert int(embedding) >= 1 and whole_not_compiled == "True True"
