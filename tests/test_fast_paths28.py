"""Round 23 (speed28): `python -m extract` without pydantic. While the CLI runs, papers and
claims are plain records (extract/records.py) where their values need no validation, and
pydantic's models (extract/models.py) otherwise; the library API keeps giving the models.
Each test ties the plain path to the models': the fields (names, order, defaults, literals),
every paper and claim over every corpus, bad input's messages, the CLI's output."""
from __future__ import annotations

import io
import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest
from pydantic import ValidationError
from real_abstracts import real_and_synthetic_abstracts
from test_fast_paths23 import CLAIM_CASES, INPUTS, PAPER_CASES, _papers

from extract import records
from extract.__main__ import claim_json, main
from extract.models import (
    SPEC_FIELDS,
    Claim,
    ClaimKind,
    Paper,
    Unit,
    make_claim,
    make_paper,
)
from extract.pipeline import extract_claims, extract_text
from extract.records import ClaimRecord, PaperRecord, plain_records, with_dataset
from extract.rules import RULES
from extract.sources import BadRecord, SourceError, read_path, read_text
from extract.sources.base import validation_reason

ROOT = Path(__file__).resolve().parents[1]


# --- one schema -----------------------------------------------------------------------

def test_the_records_name_every_field_of_the_models_in_order_with_their_defaults():
    """A field added to (or dropped from, renamed, reordered, given another default in) a
    model and not the records, or the other way round, fails here."""
    assert list(records.PAPER_DEFAULTS) == list(Paper.model_fields) == list(records.PAPER_TYPES)
    assert records.CLAIM_FIELDS == tuple(records.CLAIM_DEFAULTS) == tuple(Claim.model_fields)
    for model, defaults in ((Paper, records.PAPER_DEFAULTS), (Claim, records.CLAIM_DEFAULTS)):
        for name, field in model.model_fields.items():
            if field.is_required():
                assert defaults[name] is None, name
            elif field.default_factory is not None:
                assert field.default_factory is list and defaults[name] is None, name
            else:
                assert type(field.default) is type(defaults[name]) and field.default == defaults[name], name
    required = {name for name, field in Claim.model_fields.items() if field.is_required()}
    assert required == {"paper", "metric", "kind", "value", "text", "span"}
    assert set(SPEC_FIELDS) <= set(Claim.model_fields) and SPEC_FIELDS is records.SPEC_FIELDS
    assert get_args(ClaimKind) == records.CLAIM_KINDS and get_args(Unit) == records.UNITS


def test_the_checks_are_shared():
    from extract import models
    assert models.paper_values is records.paper_values and models.claim_kept is records.claim_kept
    assert models._PAPER_TYPES is records.PAPER_TYPES and models._SURROGATE is records.SURROGATE


# --- the same values ------------------------------------------------------------------

#: The readers' inputs: speed23's and the examples (the arXiv snapshot's among them).
READ = INPUTS + sorted((ROOT / "data" / "examples").iterdir())


def _read_all() -> list:
    items = []
    for path in READ:
        try:
            items += list(read_path(path))
        except SourceError:  # the recorded error pages
            continue
    return items


def test_every_paper_read_plain_holds_the_models_values():
    """Over every corpus and reader (JSONL, CSV, the page, the API, Atom feeds): the papers
    are plain records with the model's values in its order (a record validation must
    coerce would give the model); bad records are the same, message for message."""
    models = _read_all()
    with plain_records():
        plain = _read_all()
    assert len(plain) == len(models) > 650
    sources = set()
    for fast, slow in zip(plain, models):
        if isinstance(slow, BadRecord):
            assert fast == slow
        else:
            assert type(fast) is PaperRecord and type(slow) is Paper
            assert list(fast.__dict__.items()) == list(slow.__dict__.items())
            sources.add(fast.source)
    assert {"jsonl", "csv", "hf-page", "hf-api", "arxiv", "arxiv-snapshot"} <= sources, sources
    assert not records._plain


def _built(make, fields) -> tuple[str, object]:
    """("ok", what `make` builds from the fields) or ("error", pydantic's reason as a line)."""
    try:
        return "ok", make(**dict(fields))
    except ValidationError as error:
        return "error", validation_reason(error)


@pytest.mark.parametrize("fields", PAPER_CASES)
def test_make_paper_plain_is_the_model_or_its_error(fields):
    with plain_records():
        fast = _built(records.make_paper, fields)
    slow = _built(make_paper, fields)
    assert fast[0] == slow[0]
    if fast[0] == "ok":
        assert list(fast[1].__dict__.items()) == list(slow[1].__dict__.items())
        assert type(fast[1]) is (PaperRecord if records.paper_values(dict(fields)) is not None else Paper)
    else:
        assert fast == slow


@pytest.mark.parametrize("fields", CLAIM_CASES)
def test_make_claim_plain_is_the_model_or_its_error(fields):
    with plain_records():
        fast = _built(records.make_claim, fields)
    slow = _built(make_claim, fields)
    assert fast[0] == slow[0]
    if fast[0] == "ok":
        assert list(fast[1].__dict__.items()) == list(slow[1].__dict__.items())
        assert claim_json(fast[1]) == claim_json(slow[1])
        assert type(fast[1]) is (ClaimRecord if records.claim_kept(dict(fields)) else Claim)
    else:
        assert fast == slow


def test_every_claim_extracted_plain_holds_the_models_values_and_writes_the_same_line():
    texts = real_and_synthetic_abstracts() + [example for rule in RULES for example in rule.examples]
    texts += [paper.abstract for paper in _papers()]
    count = 0
    for text in texts:
        slow = extract_text(text, "p", "T")
        with plain_records():
            fast = extract_text(text, "p", "T")
        assert fast.warnings == slow.warnings
        assert [type(c) for c in fast.claims] == [ClaimRecord] * len(slow.claims)
        assert all(type(c) is Claim for c in slow.claims)
        for a, b in zip(fast.claims, slow.claims, strict=True):
            assert list(a.__dict__.items()) == list(b.__dict__.items())
            assert a.spec_dict() == b.spec_dict()
            for provenance in (True, False):
                assert claim_json(a, provenance) == claim_json(b, provenance)
        count += len(slow.claims)
    assert count > 2_000


def test_the_library_api_gives_the_models():
    assert not records._plain
    claims = extract_claims("Our model reaches 1.78 FID on ImageNet 256x256.")
    assert [type(c) for c in claims] == [Claim]
    papers = list(read_text('{"id": "a", "abstract": "b"}\n'))
    assert [type(p) for p in papers] == [Paper]
    assert records.make_claim(**CLAIM_CASES[0]).__class__ is Claim


def test_with_dataset_is_model_copy():
    fields = dict(CLAIM_CASES[0])
    slow = make_claim(**fields)
    with plain_records():
        fast = records.make_claim(**fields)
    copied, model_copied = with_dataset(fast, "D"), with_dataset(slow, "D")
    assert type(copied) is ClaimRecord and type(model_copied) is Claim
    assert list(copied.__dict__.items()) == list(model_copied.__dict__.items())
    assert model_copied.__dict__ == slow.model_copy(update={"dataset": "D"}).__dict__
    assert fast.dataset == "ImageNet"  # the original is left as it was


def test_records_pickle_compare_and_print():
    fields = dict(CLAIM_CASES[0])
    with plain_records():
        claim = records.make_claim(**fields)
        paper = records.make_paper(**PAPER_CASES[1])
    for record in (claim, paper):
        again = pickle.loads(pickle.dumps(record))
        assert type(again) is type(record) and again == record and again.__dict__ == record.__dict__
    assert claim != dict(fields) and "ClaimRecord(paper='p'" in repr(claim)


# --- the command line ----------------------------------------------------------------

def test_plain_records_are_on_only_while_main_runs(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text('{"id": "a", "abstract": "It reaches 81.2% top-1 accuracy on ImageNet."}\n', encoding="utf-8")
    out = io.StringIO()
    assert main([str(path), "--jobs", "1"], stdout=out) == 0 and out.getvalue()
    assert not records._plain
    with pytest.raises(SystemExit):
        main([str(path), "--jobs", "0"], stderr=io.StringIO())
    assert not records._plain
    with plain_records():
        assert main([str(path), "--jobs", "1"], stdout=io.StringIO()) == 0
        assert records._plain  # the setting before main is given back
    assert not records._plain


def test_main_writes_what_the_models_write(tmp_path):
    """The CLI's lines (plain records) against each paper's claims from the library (models)."""
    source = ROOT / "data" / "fixtures" / "real_papers.jsonl"
    out = io.StringIO()
    assert main([str(source), "--jobs", "1"], stdout=out, stderr=io.StringIO()) == 0
    from extract.pipeline import extract_paper
    expected = [claim_json(c) for p in read_path(source) if isinstance(p, Paper) for c in extract_paper(p).claims]
    assert out.getvalue().splitlines() == expected and len(expected) > 100
    assert all(json.loads(line)["paper"] for line in expected)


def test_extract_over_jsonl_never_imports_pydantic(tmp_path):
    """`python -m extract` over clean JSON Lines imports neither pydantic nor the models; a bad
    record imports them for its message (pydantic's own), and the run goes on."""
    good = (ROOT / "data" / "fixtures" / "real_papers.jsonl").read_text(encoding="utf-8")
    clean, bad = tmp_path / "clean.jsonl", tmp_path / "bad.jsonl"
    clean.write_text(good, encoding="utf-8")
    bad.write_text(good + '{"id": "x", "abstract": "1.5% better \\ud800"}\n', encoding="utf-8")
    runs = []
    for path in (clean, bad):
        done = subprocess.run([sys.executable, "-m", "extract", str(path), "--jobs", "1"], cwd=ROOT,
                              capture_output=True, text=True, check=False)
        modules = subprocess.run(
            [sys.executable, "-c", ("import io, sys\nfrom extract.__main__ import main\n"
             f"main([{str(path)!r}, '--jobs', '1'], stdout=io.StringIO(), stderr=io.StringIO())\n"
             "print(*(name in sys.modules for name in ('pydantic', 'pydantic_core', 'extract.models')))")],
            cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
        runs.append((done.returncode, done.stdout, done.stderr, modules))
    assert runs[0][0] == 0 and runs[0][2] == "" and runs[0][3] == ["False"] * 3
    assert runs[1][0] == 1 and runs[1][1] == runs[0][1] and runs[1][3] == ["True"] * 3
    assert runs[1][2] == f"{bad}:{len(good.splitlines()) + 1}: abstract holds a lone surrogate (\\ud800), not text\n"


def test_jobs_give_the_same_lines(tmp_path):
    source = str(ROOT / "data" / "fixtures" / "real_papers.jsonl")
    outs = []
    for jobs in ("1", "2"):
        out = io.StringIO()
        assert main([source, "--jobs", jobs], stdout=out, stderr=io.StringIO()) == 0
        outs.append(out.getvalue())
    assert outs[0] == outs[1] and outs[0]


# --- the regex backstop as one CPU-time timer an abstract -------------------------------

def _recording_mentions(seen: list):
    def find(text, pos=0, endpos=None, timeout=None):
        seen.append(timeout)
        return iter(())
    return find


def test_the_regex_calls_lose_their_timeout_only_under_the_timer(monkeypatch):
    import threading

    from extract import backstop, pipeline
    seen: list = []
    monkeypatch.setattr(pipeline, "find_mentions", _recording_mentions(seen))
    extract_text("It runs 2.2x faster.", "p")
    with backstop.timer_backstop():
        extract_text("It runs 2.2x faster.", "p")
        other = threading.Thread(target=extract_text, args=("It runs 2.2x faster.", "p"))
        other.start()
        other.join()  # another thread takes no signal: it keeps the timeout
    extract_text("It runs 2.2x faster.", "p")
    assert seen == [20.0, None, 20.0, 20.0]


def test_the_timer_stops_a_runaway_regex_call(monkeypatch):
    """A pattern that backtracks without end (`(a|aa)+$`, which `regex`'s guards do not
    tame) on a 200-letter text: stopped by the timer's signal under the CLI's setting, by
    `regex`'s timeout otherwise; either way the abstract ends with the budget's warning."""
    import signal

    import regex

    from extract import backstop, pipeline
    runaway = regex.compile(r"(a|aa)+$")
    timeouts: list = []
    stops: list = []

    def find(text, pos=0, endpos=None, timeout=None):
        timeouts.append(timeout)
        try:  # (a safety net of 30 s where no timeout is given: a broken timer fails, not hangs)
            runaway.search("a" * 200 + "b", timeout=30.0 if timeout is None else timeout)
        except TimeoutError as stop:
            stops.append(str(stop))
            raise
        raise AssertionError("the runaway search returned")

    monkeypatch.setattr(pipeline, "find_mentions", find)
    monkeypatch.setattr(pipeline, "_MIN_BACKSTOP_S", 0.2)
    previous = signal.getsignal(signal.SIGPROF)
    results = []
    with backstop.timer_backstop():
        assert signal.getsignal(signal.SIGPROF) is backstop._on_timer
        results.append(extract_text("It runs 2.2x faster.", "p", budget_s=0.01))
        assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0) and not backstop.armed
    assert signal.getsignal(signal.SIGPROF) is previous and backstop.timer_thread is None
    results.append(extract_text("It runs 2.2x faster.", "p", budget_s=0.01))
    assert timeouts == [None, 0.2]
    assert stops == ["the backstop's CPU time is spent", "regex timed out"]
    for result in results:
        assert result.claims == [] and result.warnings == [
            "p: extraction stopped after its 0.01 s budget; the 0 claims found before that are kept"]


def test_the_timer_is_disarmed_after_every_abstract(monkeypatch):
    import signal

    from extract import backstop, pipeline
    with backstop.timer_backstop():
        for text in ("No number here.", "It runs 2.2x faster.", "It reaches 81.2% top-1 accuracy on ImageNet."):
            extract_text(text, "p")
            assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0) and not backstop.armed

        def broken(*args, **kwargs):
            raise ValueError("a defect")

        monkeypatch.setattr(pipeline, "find_mentions", broken)
        result = extract_text("It runs 2.2x faster.", "p")
        assert "extraction failed (ValueError: a defect)" in result.warnings[0]
        assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0) and not backstop.armed


def test_the_timer_is_left_alone_where_sigprof_is_handled_or_off_the_main_thread():
    import signal
    import threading

    from extract import backstop

    def profiler(signum, frame):
        pass

    previous = signal.signal(signal.SIGPROF, profiler)
    try:
        with backstop.timer_backstop():
            assert backstop.timer_thread is None and signal.getsignal(signal.SIGPROF) is profiler
    finally:
        signal.signal(signal.SIGPROF, previous)
    seen = []

    def in_thread():
        with backstop.timer_backstop():
            seen.append(backstop.timer_thread)

    other = threading.Thread(target=in_thread)
    other.start()
    other.join()
    assert seen == [None]
    with backstop.timer_backstop():
        with backstop.timer_backstop():  # nested: the outer one's stands
            assert backstop.timer_thread == threading.get_ident()
        assert backstop.timer_thread == threading.get_ident()
    assert backstop.timer_thread is None


def test_main_runs_under_the_timer(tmp_path, monkeypatch):
    from extract import backstop, pipeline
    seen: list = []
    monkeypatch.setattr(pipeline, "find_mentions", _recording_mentions(seen))
    path = tmp_path / "p.jsonl"
    path.write_text('{"id": "a", "abstract": "It runs 2.2x faster."}\n{"id": "b", "abstract": "None."}\n',
                    encoding="utf-8")
    assert main([str(path), "--jobs", "1"], stdout=io.StringIO()) == 0
    assert seen == [None] and backstop.timer_thread is None
