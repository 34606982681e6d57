"""Fast paths of round 22 (speed23), each against the path it replaces: papers and claims
built by `make_paper` / `make_claim` (extract/models.py) without pydantic's validation
where every value is already what validation would give, and by the model otherwise;
the models' schemas built on first validation (`defer_build`), so `python -m extract`
over JSON Lines never builds them; `arxiv_id_from_url` answers None at once for a text
without "://"."""
from __future__ import annotations

import itertools
import json
import pickle
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError
from real_abstracts import real_and_synthetic_abstracts

from extract.models import (
    _PAPER_DEFAULTS,
    _PAPER_TYPES,
    Claim,
    Paper,
    make_claim,
    make_paper,
)
from extract.pipeline import extract_claims, extract_paper
from extract.rules import RULES
from extract.sources import SourceError, identity, read_path, read_text
from extract.sources.base import validation_reason

ROOT = Path(__file__).resolve().parents[1]
BLIND = ("holdout18_", "holdout139_", "holdout140_")
#: Every labelled set's papers but the blind ones (holdout18, holdout139-140; holdout17 and holdout19-138 are read), the synthetic
#: sets, the seed page and the recorded sources (API responses, feeds, CSV).
INPUTS = sorted(
    path for path in (ROOT / "data" / "fixtures").glob("*_papers.jsonl")
    if not path.name.startswith(BLIND)
) + [ROOT / "data" / "dev_papers.jsonl", ROOT / "data" / "dev2_papers.jsonl",
     ROOT / "data" / "hf-daily-papers-autoregressive.txt"] + sorted(
    path for path in (ROOT / "tests" / "sources" / "recorded").iterdir()
    if path.suffix in (".json", ".xml", ".csv"))


def _state(model) -> tuple:
    """Everything a pydantic instance holds, the fields' order included."""
    return (type(model), list(model.__dict__.items()), model.__pydantic_fields_set__,
            model.__pydantic_extra__, model.__pydantic_private__)


def _outcome(build, fields: dict):
    try:
        return "ok", _state(build(**fields))
    except ValidationError as error:
        return "error", error.errors(include_url=False, include_context=False), validation_reason(error)


def _papers() -> list[Paper]:
    papers = []
    for path in INPUTS:
        try:
            papers += [item for item in read_path(path) if isinstance(item, Paper)]
        except SourceError:  # the recorded error pages
            continue
    return papers


def test_the_inputs_are_there():
    assert len(INPUTS) >= 25 and all(path.exists() for path in INPUTS)
    assert not any(path.name.startswith(BLIND) for path in INPUTS)


def test_the_tables_name_every_paper_field_in_the_models_order():
    assert list(_PAPER_DEFAULTS) == list(Paper.model_fields) == list(_PAPER_TYPES)
    for name, field in Paper.model_fields.items():
        if field.is_required():
            assert name in ("id", "abstract")
        elif name in ("authors", "categories"):
            assert field.default_factory is list
        else:
            assert field.default == _PAPER_DEFAULTS[name]


def test_every_paper_read_is_the_validated_paper_of_its_fields():
    """Whatever reader built it (JSONL through make_paper, the others through Paper), each
    paper is what validation makes of the fields it was given; and make_paper of them
    gives it again."""
    papers = _papers()
    assert len(papers) > 650
    for paper in papers:
        fields = {name: getattr(paper, name) for name in paper.model_fields_set}
        assert _state(Paper(**fields)) == _state(paper)
        again = make_paper(**fields)
        assert _state(again) == _state(paper)
        assert again.authors is not paper.authors or not paper.authors  # a new list, as validation's


def test_jsonl_papers_are_built_without_validation():
    """The fast path is the one taken for real records (not the model's fallback)."""
    from unittest import mock
    lines = (ROOT / "data" / "fixtures" / "real_papers.jsonl").read_text(encoding="utf-8")
    with mock.patch.object(Paper, "__init__", side_effect=AssertionError("validated")):
        papers = list(read_text(lines, "real.jsonl"))
    assert papers and all(isinstance(paper, Paper) for paper in papers)


_TEXT = "We reach 81.2% top-1 accuracy on ImageNet."
PAPER_CASES = [
    {"id": "a", "abstract": _TEXT},
    {"id": "2404.02905", "abstract": _TEXT, "title": "VAR", "url": "https://arxiv.org/abs/2404.02905",
     "arxiv_id": "2404.02905", "code_url": None, "project_url": None, "pdf_url": None, "source": "jsonl",
     "published": date(2024, 4, 3), "listed": date(2024, 4, 4), "updated": None, "authors": ["A", "B"],
     "author_count": 2, "categories": ["cs.CV"], "comments": "10 pages", "upvotes": 0},
    {"abstract": _TEXT, "id": "b", "title": "Schrödinger – “quotes”", "authors": ["José", "李"]},  # another order
    {"id": "", "abstract": _TEXT},                       # too short
    {"id": " ", "abstract": _TEXT},                      # a character
    {"id": 5, "abstract": _TEXT},                        # not text
    {"id": True, "abstract": _TEXT},
    {"id": None, "abstract": _TEXT},
    {"abstract": _TEXT},                                 # missing
    {"id": "a"},
    {"id": "a", "abstract": None},
    {"id": "a", "abstract": b"bytes"},
    {"id": "a", "abstract": _TEXT, "extra": 1},          # extra="forbid"
    {"id": "a", "abstract": _TEXT, "extra": None},
    {"id": "a", "abstract": _TEXT, "title": None},
    {"id": "a", "abstract": "x\ud800y"},                 # lone surrogates, in every kind of field
    {"id": "a", "abstract": _TEXT, "title": "\udfff"},
    {"id": "a\udc80", "abstract": _TEXT},
    {"id": "a", "abstract": _TEXT, "url": "https://x.org/\ud83d"},
    {"id": "a", "abstract": _TEXT, "authors": ["A", "B\ud800"]},
    {"id": "a", "abstract": _TEXT, "categories": ["cs.CV", "\ud800"]},
    {"id": "a", "abstract": "\U0001f600 " + _TEXT},      # a pair is a character, not a surrogate
    {"id": "a", "abstract": _TEXT, "upvotes": 2**63 - 1},
    {"id": "a", "abstract": _TEXT, "upvotes": 2**63},    # the store's column
    {"id": "a", "abstract": _TEXT, "upvotes": -1},
    {"id": "a", "abstract": _TEXT, "author_count": 10**30},
    {"id": "a", "abstract": _TEXT, "upvotes": True},     # coerced
    {"id": "a", "abstract": _TEXT, "upvotes": 3.0},
    {"id": "a", "abstract": _TEXT, "upvotes": "3"},
    {"id": "a", "abstract": _TEXT, "published": datetime(2024, 1, 2)},
    {"id": "a", "abstract": _TEXT, "published": datetime(2024, 1, 2, 3, 4)},
    {"id": "a", "abstract": _TEXT, "published": "2024-01-02"},
    {"id": "a", "abstract": _TEXT, "published": "not a date"},
    {"id": "a", "abstract": _TEXT, "authors": ("A", "B")},
    {"id": "a", "abstract": _TEXT, "authors": ["A", 1]},
    {"id": "a", "abstract": _TEXT, "authors": "A"},
    {"id": "a", "abstract": _TEXT, "authors": []},
    {"id": "a", "abstract": _TEXT, "authors": None},
    {"id": "a", "abstract": _TEXT, "source": None},
]


class _Text(str):
    pass


PAPER_CASES += [{"id": _Text("a"), "abstract": _TEXT}, {"id": "a", "abstract": _Text(_TEXT)},
                {"id": "a", "abstract": _TEXT, "authors": [_Text("A")]}]


@pytest.mark.parametrize("fields", PAPER_CASES)
def test_make_paper_is_paper_for_edges_and_bad_input(fields):
    assert _outcome(make_paper, dict(fields)) == _outcome(Paper, dict(fields))


def test_bad_records_say_what_pydantic_says():
    lines = ('{"id": "a", "abstract": "x\\ud800 y"}\n'
             '{"id": "a", "title": "T\\udfff", "abstract": "x"}\n'
             '{"id": "a", "abstract": "x", "authors": ["A\\ud800"]}\n'
             '{"id": "a", "abstract": "x", "published": "2024-13-01"}\n'
             '{"id": "2404.02905", "abstract": "ok"}\n')
    items = list(read_text(lines, "bad.jsonl"))
    assert [type(item).__name__ for item in items] == ["BadRecord"] * 4 + ["Paper"]
    assert items[3].reason == "published is not a date (YYYY-MM-DD): '2024-13-01'"
    for item, fields in zip(items[:3], ({"id": "a", "abstract": "x\ud800 y", "title": ""},
                                        {"id": "a", "title": "T\udfff", "abstract": "x"},
                                        {"id": "a", "abstract": "x", "authors": ["A\ud800"]})):
        with pytest.raises(ValidationError) as error:
            Paper(**fields)
        assert item.reason == validation_reason(error.value)
    assert [item.reason for item in items[:3]] == [
        "abstract holds a lone surrogate (\\ud800), not text", "title holds a lone surrogate (\\udfff), not text",
        "authors holds a lone surrogate (\\ud800), not text"]


def _claims() -> list[Claim]:
    texts = real_and_synthetic_abstracts() + [example for rule in RULES for example in rule.examples]
    claims = [claim for text in texts for claim in extract_claims(text, "p", "")]
    claims += [claim for paper in _papers() for claim in extract_paper(paper).claims]
    return claims


def test_every_claim_extracted_is_the_validated_claim_of_its_fields():
    claims = _claims()
    assert len(claims) > 2_000
    units = {claim.unit for claim in claims}
    assert {None, "%", "x"} <= units
    for claim in claims:
        fields = dict(claim.__dict__)
        assert _state(Claim(**fields)) == _state(claim)
        assert _state(make_claim(**fields)) == _state(claim)
        assert _state(claim.model_copy(update={"dataset": "D"})) == _state(
            Claim(**fields).model_copy(update={"dataset": "D"}))
        assert claim.model_dump_json() == Claim(**fields).model_dump_json()


def _claim(**changes) -> dict:
    fields = {"paper": "p", "metric": "top-1 accuracy", "kind": "score", "value": 81.2, "value_max": None,
              "unit": "%", "dataset": "ImageNet", "model": None, "baseline": None, "condition": None,
              "text": "81.2%", "span": (9, 14), "sentence": _TEXT, "rule": "<number> <metric>"}
    fields.update(changes)
    return fields


CLAIM_CASES = [
    _claim(), _claim(value_max=82.0, unit=None, model="M", baseline="B", condition="c"),
    _claim(value=5), _claim(value=True), _claim(value="5"), _claim(value=None), _claim(value=float("inf")),
    _claim(value=float("nan")), _claim(value_max=6), _claim(value_max="6"),
    _claim(kind="scores"), _claim(kind=None), _claim(kind=_Text("score")), _claim(unit="%%"), _claim(unit="gb"),
    _claim(unit=_Text("%")), _claim(span=[9, 14]), _claim(span=(9, 14, 15)), _claim(span=(9,)),
    _claim(span=(9.0, 14)), _claim(span=(True, 14)), _claim(span=("9", "14")), _claim(span=None),
    _claim(text=None), _claim(paper=None), _claim(metric=5), _claim(dataset=5), _claim(model=_Text("M")),
    _claim(sentence=None), _claim(rule=None), _claim(extra=1),
    {k: v for k, v in _claim().items() if k != "text"},                 # missing
    {k: v for k, v in _claim().items() if k not in ("sentence", "rule")},  # defaults
    dict(reversed(list(_claim().items()))),                              # another order
    {"metric": "m", **_claim(metric=None)} | {"metric": "top-1 accuracy"},      # two texts swapped in order
    {"paper": "p", "metric": "m", "kind": "score", "value": 1.0, "text": "1", "span": (0, 1)},
]


@pytest.mark.parametrize("fields", CLAIM_CASES)
def test_make_claim_is_claim_for_edges_and_bad_input(fields):
    assert _outcome(make_claim, dict(fields)) == _outcome(Claim, dict(fields))


def test_instances_built_fast_pickle_copy_and_assign_as_validated_ones():
    paper_fields = PAPER_CASES[1]
    for build, fields in ((make_paper, paper_fields), (make_claim, _claim())):
        model = {make_paper: Paper, make_claim: Claim}[build]
        fast, slow = build(**fields), model(**fields)
        assert _state(pickle.loads(pickle.dumps(fast))) == _state(pickle.loads(pickle.dumps(slow)))
        assert fast == slow and fast.model_dump() == slow.model_dump()
        assert _state(fast.model_copy()) == _state(slow.model_copy())
    claim = make_claim(**_claim())
    other = make_claim(**_claim())
    claim.dataset = "D"  # each instance owns its set of fields
    assert claim.__pydantic_fields_set__ is not other.__pydantic_fields_set__ and other.dataset == "ImageNet"


def test_extract_over_jsonl_never_builds_a_schema(tmp_path):
    """`python -m extract` over JSON Lines leaves the models' schemas unbuilt (and pydantic's
    plugin loader, which imports importlib.metadata, unrun); a first validation builds them.
    Nor does one process import what only a pool, a snapshot or an Atom feed needs."""
    path = tmp_path / "papers.jsonl"
    path.write_text((ROOT / "data" / "fixtures" / "real_papers.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    code = ("import io, sys\nfrom extract.__main__ import main\nout = io.StringIO()\n"
            f"status = main([{str(path)!r}, '--jobs', '1'], stdout=out)\n"
            "from extract.models import Claim, Paper\n"
            "print(status, len(out.getvalue().splitlines()) > 100, Claim.__pydantic_complete__, "
            "Paper.__pydantic_complete__, 'importlib.metadata' in sys.modules)\n"
            "print(*(name in sys.modules for name in ('multiprocessing', 'email.utils', 'xml.etree.ElementTree')))\n"
            "Paper(id='a', abstract='b'); print(Paper.__pydantic_complete__)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "True", "False", "False", "False"] + ["False"] * 3 + ["True"]


def _from_url_without_the_test(url: object) -> str | None:
    if not isinstance(url, str):
        return None
    text = url.strip()
    for pattern in identity._URLS:
        if m := pattern.match(text):
            return identity._canonical(m.group("id"))
    return None


URLS = [
    "https://arxiv.org/abs/2404.02905v2", "HTTP://ARXIV.ORG/ABS/2404.02905", "https://huggingface.co/papers/2406.06525",
    "https://doi.org/10.48550/arXiv.2406.06525", " https://arxiv.org/pdf/hep-th/9901001v3.pdf ", "arxiv.org/abs/2404.02905",
    "https:/arxiv.org/abs/2404.02905", "https//arxiv.org/abs/2404.02905", "2404.02905", "2312.00690-c0", "",
    "https://github.com/a/b", "ftp://arxiv.org/abs/2404.02905", "https\uff1a//arxiv.org/abs/2404.02905", None, 5,
    "htTpS://www.arxiv.org/abs/2404.02905#x", "https://export.arxiv.org/abs/math.GT/0309136",
]


def test_arxiv_id_from_url_is_the_patterns_answer():
    texts = list(URLS)
    for path in INPUTS:
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    record = json.loads(line)
                    texts += [value for value in record.values() if isinstance(value, str) and len(value) < 300]
    assert len(texts) > 1_500
    found = 0
    for text in texts:  # each asked twice in a row (the second answer is remembered)
        expected = _from_url_without_the_test(text)
        assert identity.arxiv_id_from_url(text) == expected, text
        assert identity.arxiv_id_from_url(text) == expected, text
        found += expected is not None
    for first, second in itertools.pairwise(texts):  # and after another
        assert identity.arxiv_id_from_url(first) == _from_url_without_the_test(first)
        assert identity.arxiv_id_from_url(second) == _from_url_without_the_test(second)
    assert found > 500


JSON_LINES = [
    '{"id": "a", "abstract": "x"}', '{"id": "a", "abstract": "x"} ', '{"id": "a"} {"id": "b"}', '{"id": "a"}x', "{}",
    "[]", "[1, 2] 3", "5", '"text"', "", "{", '{"a": ', '{"a": "b', '{"a": 1,}', "{'a': 1}", "nul", "null", "NaN",
    "-Infinity", "1e400", "9" * 5000, '{"a": "\\ud800"}', '{"a": "tab\there"}', '{"a": 1}\u00a0', '{"a": 1}\x1c',
    '{"a": 1}\u2028', '{"a": 1} \t\r', '{"a": [1, 2]}}', '{"a": 1}]', "[" * 100 + "]" * 100,
]


def test_decode_stripped_is_the_decoder():
    from extract.sources.base import JSON
    from extract.sources.jsonl import _decode_stripped

    lines = list(JSON_LINES)
    for path in INPUTS:
        if path.suffix == ".jsonl":
            lines += path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        text = line.strip()
        outcomes = []
        for decode in (JSON.decode, _decode_stripped):
            try:
                outcomes.append(("ok", decode(text)))
            except json.JSONDecodeError as error:
                outcomes.append(("error", error.msg, error.pos, error.lineno, error.colno))
            except (ValueError, RecursionError) as error:
                outcomes.append(("other", type(error), str(error)))
        assert outcomes[0] == outcomes[1], line


def test_urls_in_is_the_patterns_answer():
    from extract.sources.base import _URL, urls_in

    texts = real_and_synthetic_abstracts() + [
        "", "://", "http:/x.org", "http//x.org", "HTTPS://X.ORG/a", "see https://x.org/a.", "(http://x.io/p)",
        "ftp://x.org", "https:// x.org", "https://", "text http\uff1a//x.org", "a https://github.com/a/b, b",
    ]
    for path in INPUTS:
        if path.suffix == ".jsonl":
            texts += [json.loads(line)["abstract"] for line in path.read_text(encoding="utf-8").splitlines()
                      if line.strip() and isinstance(json.loads(line).get("abstract"), str)]
    with_urls = 0
    for text in texts:
        expected = [m.group().rstrip(".,;:!?") for m in _URL.finditer(text)]
        assert urls_in(text) == expected, text
        with_urls += bool(expected)
    assert with_urls > 100 and len(texts) > 800
