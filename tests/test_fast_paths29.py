"""Round 24 (speed29): process-level costs of `python -m extract`, output byte-identical.
Each test ties a fast path to the path it replaces: the rules' dispatchers' code read from
the pattern cache against Python's compiler."""
from __future__ import annotations

import marshal

import pytest
from real_abstracts import real_and_synthetic_abstracts

from extract import patterncache, pipeline
from extract.pipeline import extract_text
from extract.rules import RULES


def _quantity_sets() -> list[frozenset[str]]:
    """Every set of quantities a site of the real and synthetic texts has (the dispatchers
    extraction builds over them), and every single quantity a rule reads."""
    for text in real_and_synthetic_abstracts():
        extract_text(text)
    singles = {frozenset((quantity,)) for rule in RULES for quantity in rule.quantities}
    return sorted(set(pipeline._DISPATCH) | singles, key=sorted)


def test_every_dispatcher_code_is_what_python_compiles(monkeypatch):
    """Over every set of quantities the development texts' sites have: the code the cache
    gives (built, then read back as the file holds it) equals `compile`'s."""
    sets = _quantity_sets()
    assert len(sets) >= 9
    added = dict(patterncache._added)
    try:
        for quantities in sets:
            source, filename, _ = pipeline._dispatch_source(quantities)
            compiled = compile(source, filename, "exec")
            cached = pipeline._dispatch_code(source, filename)
            assert cached == compiled and cached.co_filename == filename
            assert marshal.loads(marshal.dumps(cached)) == compiled  # as the file gives it back
    finally:
        patterncache._added.clear()
        patterncache._added.update(added)


def test_a_cached_dispatcher_is_not_compiled_again(monkeypatch):
    """The second ask of a source is answered from the cache, without Python's compiler; a
    source edited (a rule replaced) is compiled anew."""
    source, filename, _ = pipeline._dispatch_source(frozenset(("percent",)))
    source += "\n# speed29 test"
    added = dict(patterncache._added)
    try:
        first = pipeline._dispatch_code(source, filename)

        def refuse(*_args, **_kwargs):
            raise AssertionError("compiled again")

        monkeypatch.setattr(pipeline, "compile", refuse, raising=False)
        assert pipeline._dispatch_code(source, filename) is first
        with pytest.raises(AssertionError, match="compiled again"):
            pipeline._dispatch_code(source + "\n# edited", filename)
    finally:
        patterncache._added.clear()
        patterncache._added.update(added)


def test_dispatchers_from_the_cache_extract_what_fresh_ones_do(monkeypatch):
    """Every claim over the real and synthetic texts, with every dispatcher compiled by
    Python, and again with each read from the cache."""
    texts = real_and_synthetic_abstracts()

    def claims():
        pipeline._DISPATCH.clear()
        return [[c.model_dump() for c in extract_text(text).claims] for text in texts]

    cached = claims()
    monkeypatch.setattr(pipeline, "_dispatch_code", lambda source, filename: compile(source, filename, "exec"))
    assert claims() == cached
    pipeline._DISPATCH.clear()


# --- the process's end: `gc.freeze()` before `sys.exit` ------------------------------------------

def test_the_process_ends_as_main_returns(tmp_path):
    """`python -m extract` freezes the collector before it exits (the interpreter's last
    collection then skips every object: ~1% of a 1,000-abstract run): its output and status
    are `main`'s, over a clean file, a file with a bad record, and a usage error."""
    import io
    import subprocess
    import sys
    from pathlib import Path

    from extract.__main__ import main

    root = Path(__file__).resolve().parents[1]
    good = (root / "data" / "fixtures" / "real_papers.jsonl").read_text(encoding="utf-8")
    clean, bad = tmp_path / "clean.jsonl", tmp_path / "bad.jsonl"
    clean.write_text(good, encoding="utf-8")
    bad.write_text(good + "not json\n", encoding="utf-8")
    for argv, status in (([str(clean), "--jobs", "1"], 0), ([str(bad), "--jobs", "1"], 1),
                         ([str(clean), "--jobs", "0"], 2)):
        done = subprocess.run([sys.executable, "-m", "extract", *argv], cwd=root, capture_output=True, text=True,
                              check=False)
        out, err = io.StringIO(), io.StringIO()
        try:
            returned = main(argv, stdout=out, stderr=err)
        except SystemExit as exit_:  # argparse's usage error
            returned = exit_.code
        assert done.returncode == returned == status
        assert done.stdout == out.getvalue()
        if status != 2:  # (argparse writes its usage to sys.stderr, not to `stderr`)
            assert done.stderr == err.getvalue()
    assert "gc.freeze()" in (root / "extract" / "__main__.py").read_text(encoding="utf-8")


# --- start-up: modules imported where they are used -----------------------------------------------

def test_hashlib_and_html_are_imported_only_where_used(tmp_path):
    """`python -m extract` over a clean record imports neither `hashlib` (its OpenSSL) nor
    `html` (its entity table); a title beyond ASCII gets its digest, an entity is unescaped,
    and a saved HTML page's title is read, each importing its module then."""
    import subprocess
    import sys
    from pathlib import Path

    from extract.sources import SourceError, read_text
    from extract.sources.base import slugify
    from extract.text import repair

    root = Path(__file__).resolve().parents[1]
    record = tmp_path / "one.jsonl"
    record.write_text('{"id": "p1", "title": "A title", "abstract": "It improves FID by 1.2%."}\n', encoding="utf-8")
    probe = ("import io, sys\nfrom extract.__main__ import main\n"
             f"main([{str(record)!r}, '--jobs', '1'], stdout=io.StringIO(), stderr=io.StringIO())\n"
             "print(*(name in sys.modules for name in ('hashlib', '_hashlib', 'html', 'html.entities')))")
    imported = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True,
                              check=True).stdout.split()
    assert imported == ["False"] * 4
    assert slugify("机器翻译系统 2024") != slugify("深度学习模型 2024") and len(slugify("机器翻译系统")) == 10
    assert repair("a 256&times;256 image at 1.5&nbsp;s").text == "a 256x256 image at 1.5 s"
    with pytest.raises(SourceError, match='an HTML page \\("Error & more"\\)'):
        list(read_text("<html><head><title>Error &amp; more</title></head><body></body></html>", "page.html"))


# --- sentences: the stop test reads the match's span ---------------------------------------------

def _is_boundary_as_it_was(text: str, match) -> bool:
    """`sentences._is_boundary` before round 24: the glued-stop test read the match's text."""
    import string

    from extract.sentences import (
        _ABBREVIATION_ENDS,
        _ABBREVIATIONS,
        _TWO_LETTERS_END,
        _WORD_BEFORE,
    )

    dot = match.start()
    window = text[max(0, dot - 12):dot]
    letters = window[len(window.rstrip(string.ascii_letters)):]
    if letters.lower() in _ABBREVIATION_ENDS:
        word = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
        if word and word.group().lower() in _ABBREVIATIONS:
            return False
    if not match.group().endswith((" ", "\n", "\t")) and match.end() == dot + 1:
        return bool(_TWO_LETTERS_END.search(text[max(0, dot - 2):dot]))
    return True


def test_the_stop_test_is_as_it_was():
    """At every candidate stop of the real and synthetic texts, of speed22's edges, and of
    the texts with the space after each stop taken out (glued stops: "practical.We")."""
    from test_fast_paths22 import SENTENCE_EDGES

    from extract.sentences import _candidates, _is_boundary

    texts = real_and_synthetic_abstracts() + SENTENCE_EDGES
    texts += [text.replace(". ", ".").replace("! ", "!").replace("? ", "?") for text in texts]
    texts += ['It ends."Next', "It ends.)Next", "x!Y a?Bc q.\tR q.\nR", "Ab.\u00a0Cd", "A.\u2009B"]
    tried = glued = 0
    for text in texts:
        for match in _candidates(text):
            assert _is_boundary(text, match) == _is_boundary_as_it_was(text, match), (text[:60], match)
            tried += 1
            glued += match.end() == match.start() + 1
    assert tried > 2_000 and glued > 800, (tried, glued)


# --- the JSON line of a plain record: its values encoded as they are -------------------------------

def _line_field_by_field(claim, provenance: bool = True) -> str:
    """`claim_json` before round 24: the line's fields read one by one."""
    from extract.__main__ import _CLAIM_ENCODER, _WITH_PROVENANCE, SPEC_FIELDS

    return _CLAIM_ENCODER.encode({name: getattr(claim, name) for name in (_WITH_PROVENANCE if provenance else SPEC_FIELDS)})


def test_a_plain_records_line_is_its_fields_line():
    """Every claim of the real and synthetic texts, plain (and each with another dataset, as
    `_dedupe` copies them), and as models: the same line with and without provenance; a
    record whose values are not a line's (a field added) is read field by field."""
    from extract.__main__ import _WITH_PROVENANCE, claim_json
    from extract.records import CLAIM_FIELDS, ClaimRecord, plain_records, with_dataset

    assert CLAIM_FIELDS == _WITH_PROVENANCE
    texts = real_and_synthetic_abstracts()
    with plain_records():
        plain = [claim for text in texts for claim in extract_text(text, "p").claims]
    plain += [with_dataset(claim, "ImageNet") for claim in plain[:200]]
    models = [claim for text in texts for claim in extract_text(text, "p").claims]
    assert len(plain) > 500 and all(type(claim) is ClaimRecord for claim in plain)
    for claim in plain + models:
        for provenance in (True, False):
            assert claim_json(claim, provenance) == _line_field_by_field(claim, provenance)
    odd = ClaimRecord.__new__(ClaimRecord)
    odd.__dict__ = {**plain[0].__dict__, "note": "x"}
    assert claim_json(odd) == _line_field_by_field(odd) and '"note"' not in claim_json(odd)


# --- the number-word test over the text's bytes, separators made spaces ---------------------------

def _writes_number_word_as_it_was(text: str) -> bool:
    """`pipeline._writes_number`'s test of a text all in ASCII before round 24."""
    lowered = text.lower()
    return bool(pipeline._LOWER_NUMBER_WORD_FIRST.match(lowered)
                or pipeline._LOWER_NUMBER_WORD_AFTER_SEPARATOR.search(lowered))


def _spaced_test(text: str) -> bool:
    spaced = text.encode("ascii").translate(pipeline._FOLDED_SEPARATORS_AS_SPACES)
    return bool(pipeline._SPACED_NUMBER_WORD_FIRST.match(spaced)
                or pipeline._SPACED_NUMBER_WORD_AFTER_SPACE.search(spaced))


def test_the_number_word_test_over_spaced_bytes_is_the_lowered_one():
    """Every abstract and sentence of the real and synthetic texts, each word of the
    vocabulary after and before every ASCII character, in three cases, at the start and
    the end, inside other words, and with "fold"."""
    from extract.sentences import split_sentences

    assert pipeline._NUMBER_WORDS_ARE_LETTERS
    table = pipeline._FOLDED_SEPARATORS_AS_SPACES
    for byte in range(128):
        character = chr(byte)
        expected = character.lower() if (character.lower().isalnum() or character == "_") else " "
        assert chr(table[byte]) == expected, byte
    texts = []
    for text in real_and_synthetic_abstracts():
        texts.append(text)
        texts += [sentence for _, _, sentence in split_sentences(text)]
    for word in pipeline._NUMBER_WORDS:
        for form in (word, word.upper(), word.capitalize(), word + "fold", word[:-1], word + "s"):
            for byte in range(128):
                character = chr(byte)
                texts += [form, f"{character}{form}", f"{form}{character}", f"a{character}{form}{character}b",
                          f"x{form}", f"{form}x y", f"it is{character}{form}"]
    texts = [text for text in texts if text.isascii()]
    found = sum(_writes_number_word_as_it_was(text) for text in texts)
    assert len(texts) > 30_000 and 10_000 < found < len(texts) - 10_000
    for text in texts:
        assert _spaced_test(text) == _writes_number_word_as_it_was(text), text[:80]
        if not any(character.isdigit() for character in text):
            assert pipeline._writes_number(text) == _writes_number_word_as_it_was(text), text[:80]


def test_bytes_patterns_are_kept_in_the_cache_as_compiled():
    """`compile_pattern` of a bytes source: the cached pattern (rebuilt from the arguments
    the file keeps) is the one `re` compiles, and matches alike."""
    import re

    source = b" (?:one|t(?:en|wo))(?![a-z0-9_])"
    added = dict(patterncache._added)
    try:
        first = patterncache.compile_pattern(re, source)
        key = ("re", source, 0, 0)
        assert first == re.compile(source) and (key in patterncache._added or key in patterncache._table())
        arguments = patterncache._added.get(key) or patterncache._table()[key]
        rebuilt = patterncache._rebuilt(re, marshal.loads(marshal.dumps(arguments)))
        assert rebuilt == re.compile(source)
        for text in (b"it is two", b"often", b"a-ten", b" one_", b"(one)"):
            assert bool(rebuilt.search(text)) == bool(re.compile(source).search(text))
    finally:
        patterncache._added.clear()
        patterncache._added.update(added)
