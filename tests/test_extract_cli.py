"""`python -m extract`: claims as JSON lines, bad records reported, never a traceback."""
from __future__ import annotations

import io
import itertools
import json
import subprocess
import sys
from pathlib import Path

from extract import pipeline
from extract.__main__ import main
from extract.models import SPEC_FIELDS

ROOT = Path(__file__).resolve().parents[1]


def run(args, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    status = main(args, stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return status, out.getvalue(), err.getvalue()


def test_jsonl_claims_have_the_spec_fields_first(tmp_path):
    source = tmp_path / "papers.jsonl"
    source.write_text(json.dumps({"id": "p1", "title": "T", "abstract": "Our model reaches 1.78 FID on ImageNet 256x256."}) + "\n")
    status, out, err = run([str(source)])
    assert status == 0 and err == ""
    record = json.loads(out.splitlines()[0])
    assert tuple(record)[:len(SPEC_FIELDS)] == SPEC_FIELDS
    assert (record["paper"], record["metric"], record["value"], record["dataset"]) == ("p1", "FID", 1.78, "ImageNet 256x256")
    assert record["text"] == "1.78" and record["span"] == [18, 22]


def test_spec_only_output(tmp_path):
    source = tmp_path / "papers.jsonl"
    source.write_text(json.dumps({"id": "p1", "abstract": "It is 2.2x faster than UltraEdit."}) + "\n")
    status, out, _ = run(["--no-provenance", str(source)])
    assert status == 0 and tuple(json.loads(out)) == SPEC_FIELDS


def test_bad_records_are_reported_and_the_rest_extracted(tmp_path):
    source = tmp_path / "mixed.jsonl"
    source.write_text("\n".join([
        json.dumps({"id": "good", "abstract": "We reach 1.5 FID."}),
        "{not json",
        json.dumps({"id": "no-abstract"}),
        json.dumps({"id": "number", "abstract": 5}),
        json.dumps({"id": "good2", "abstract": "It runs 3x faster."}),
    ]) + "\n")
    status, out, err = run([str(source)])
    assert status == 1
    assert [json.loads(line)["paper"] for line in out.splitlines()] == ["good", "good2"]
    assert err.splitlines() == [
        f"{source}:2: not JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{source}:3: no abstract",
        f"{source}:4: abstract is not a string (int)",
    ]


def test_missing_file_and_unknown_format_are_one_line_errors(tmp_path):
    unknown = tmp_path / "notes.txt"
    unknown.write_text("just a short note")
    status, out, err = run([str(tmp_path / "nope.jsonl"), str(unknown)])
    assert status == 1 and out == ""
    lines = err.splitlines()
    assert lines[0] == f"{tmp_path / 'nope.jsonl'}: cannot read (No such file or directory)"
    assert lines[1].startswith(f"{unknown}: unknown format")


def test_saved_page_format_is_detected_from_content(tmp_path):
    copy = tmp_path / "page.data"  # no telling extension
    copy.write_text((ROOT / "data" / "hf-daily-papers-autoregressive.txt").read_text(encoding="utf-8"))
    status, out, _ = run([str(copy)])
    claims = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and len(claims) == 62
    assert {"model": "xAR-H", "value": 1.24} in [{"model": c["model"], "value": c["value"]} for c in claims if c["metric"] == "FID"]


def test_table_output_is_readable():
    status, out, _ = run(["--table", str(ROOT / "data" / "hf-daily-papers-autoregressive.txt")])
    assert status == 0
    assert out.splitlines()[0].split()[:4] == ["paper", "metric", "kind", "value"]
    assert out.rstrip().endswith("62 claims from 46 papers")


def test_hostile_abstracts_give_claims_or_none_in_bounded_time(tmp_path, monkeypatch):
    # the budget counts a fake CPU clock that advances at every reading: the result
    # depends on the work done, not on how busy the machine is
    monkeypatch.setattr(pipeline, "CLOCK", itertools.count(step=0.001).__next__)
    source = tmp_path / "hostile.jsonl"
    records = [
        {"id": "digits", "abstract": "9" * 200_000},
        {"id": "nul", "abstract": "\x00" * 1000 + "We reach 1.5 FID." + "\x00" * 1000},
        {"id": "big", "abstract": ("Our model reaches 1.78 FID on ImageNet. " * 20_000)},  # under the 1 MB record limit
        {"id": "repeat", "abstract": "by 2.3 from 4 to (" * 20_000},
    ]
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    status, out, err = run(["--budget", "1", str(source)])
    assert status == 0, err
    papers = [json.loads(line)["paper"] for line in out.splitlines()]
    assert "nul" in papers and "big" in papers
    assert papers.count("big") == 1  # a fact stated 20,000 times is one claim
    assert "Traceback" not in err


def test_module_runs_as_a_command_without_traceback(tmp_path):
    source = tmp_path / "bad.jsonl"
    source.write_text("[1, 2\n")
    done = subprocess.run([sys.executable, "-m", "extract", str(source)], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and str(source) in done.stderr


def test_extraction_does_not_import_pandas_or_streamlit():
    code = "import sys, extract; extract.extract_claims('It runs 3x faster.'); print(sorted(m for m in ('pandas', 'streamlit') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout.strip() == "[]", done.stderr


def test_byte_order_mark_and_crlf_lines_are_read(tmp_path):
    source = tmp_path / "bom.jsonl"
    source.write_bytes(b'\xef\xbb\xbf{"id": "a", "abstract": "We reach 2.5 FID."}\r\n{"id": "b", "abstract": "It is 2x faster."}\r\n')
    status, out, err = run([str(source)])
    assert status == 0 and err == ""
    assert [json.loads(line)["paper"] for line in out.splitlines()] == ["a", "b"]


def _assert_refused(option: str, values: tuple[str, ...], message: str, source, capsys) -> None:
    """Each value of `option` is a usage error (status 2) that says `message`."""
    for value in values:
        try:
            run([option, value, str(source)])
        except SystemExit as stop:
            assert stop.code == 2, value
        else:
            raise AssertionError(f"{option} {value} was accepted")
        assert message in capsys.readouterr().err


def test_budget_must_be_positive_and_finite(tmp_path, capsys):
    source = tmp_path / "p.jsonl"
    source.write_text(json.dumps({"id": "p1", "abstract": "It runs 3x faster."}) + "\n")
    _assert_refused("--budget", ("0", "-1", "inf", "nan", "soon"), "--budget: must be a positive number of seconds",
                    source, capsys)
    assert run(["--budget", "0.5", str(source)])[0] == 0


def test_jobs_must_be_one_or_more(tmp_path, capsys):
    source = tmp_path / "p.jsonl"
    source.write_text(json.dumps({"id": "p1", "abstract": "It runs 3x faster."}) + "\n")
    _assert_refused("--jobs", ("0", "-2", "two", "1.5"), "--jobs/-j: must be a whole number of processes, 1 or more",
                    source, capsys)
    assert run(["--jobs", "1", str(source)])[0] == 0


def test_record_size_limit_option(tmp_path):
    source = tmp_path / "p.jsonl"
    source.write_text(json.dumps({"id": "long", "abstract": "It runs 3x faster. " * 100}) + "\n"
                      + json.dumps({"id": "short", "abstract": "It runs 2x faster."}) + "\n")
    status, out, err = run(["--max-record-size", "1KB", str(source)])
    assert status == 1 and [json.loads(line)["paper"] for line in out.splitlines()] == ["short"]
    assert err == f"{source}:1: record of 1.93 KB is over the 1 KB record limit; skipped\n"


def test_unknown_format_says_what_was_seen(tmp_path):
    cases = {
        "empty.txt": ("", "an empty file"),
        "blank.txt": ("\n\n", "an empty file (only blank lines)"),
        "scores.csv": ("name,score\na,1\n", ("a CSV header (name,score) that lacks an 'abstract' column "
                                             "and an 'id' or 'title' column")),
        "notes.txt": ("just a short note\n", "text starting 'just a short note'"),
        "rss.xml": ('<?xml version="1.0"?><rss version="2.0"></rss>', "XML or HTML that is not an arXiv Atom feed"),
    }
    for name, (content, seen) in cases.items():
        path = tmp_path / name
        path.write_text(content)
        status, _, err = run([str(path)])
        assert status == 1 and err.startswith(f"{path}: unknown format: {seen}"), err


def test_utf16_text_says_its_encoding(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"\xff\xfe" + "just a note\n".encode("utf-16-le"))
    _, _, err = run([str(path)])
    assert err.startswith(f"{path}: unknown format: text starting 'just a note', read as UTF-16-LE from its byte-order mark")


def test_an_empty_input_never_loads_the_extractor(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    code = ("import sys; from extract.__main__ import main; status = main([sys.argv[1]]); "
            "print(status, 'extract.pipeline' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, str(empty)], capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout.split() == ["1", "False"], done.stderr


def test_dev_zero_is_one_line_and_no_memory(tmp_path):
    done = subprocess.run([sys.executable, "-m", "extract", "/dev/zero"], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 1
    assert done.stderr == "/dev/zero: binary data (NUL bytes), not text: expected JSON, JSONL, an Atom feed, CSV or a saved page\n"
