"""The arXiv metadata snapshot (issue 8, item 2): detected from its content, read as a
stream, with `--category` and `--since` on `python -m extract` and `claimboard ingest`."""
from __future__ import annotations

import io
import json
import sqlite3
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from extract.__main__ import main as extract_main
from extract.models import Paper
from extract.sources import detect_format, read_path, read_text
from leaderboard.cli import main as claimboard

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "examples" / "arxiv_snapshot_sample.jsonl"


def _record(arxiv_id: str, categories: str, created: str, update_date: str, **extra) -> dict:
    """A record in the snapshot's shape (fields, nulls, wrapping, date formats)."""
    return {"id": arxiv_id, "submitter": "A. Author", "authors": "A. Author and B. Writer",
            "title": "A Title That Wraps\n  Onto Two Lines", "comments": None, "journal-ref": None,
            "doi": None, "report-no": None, "categories": categories, "license": None,
            "abstract": "  Our model reaches 1.5 FID on\nImageNet 256x256.\n",
            "versions": [{"version": "v1", "created": created}, {"version": "v2", "created": "Fri, 1 Jan 2021 10:00:00 GMT"}],
            "update_date": update_date,
            "authors_parsed": [["Author", "A.", ""], ["Writer", "B.", "Jr"]], **extra}


def test_the_shipped_sample_is_detected_and_read_with_categories_and_dates():
    assert detect_format(SAMPLE.read_text()) == "arxiv-snapshot"
    papers = list(read_path(SAMPLE))
    assert all(isinstance(p, Paper) for p in papers) and len(papers) == 3
    first = papers[0]
    assert (first.id, first.arxiv_id, first.source) == ("2411.02871", "2411.02871", "arxiv-snapshot")
    assert first.categories == ["cs.CV", "cs.LG"]
    assert (first.published, first.updated) == (date(2024, 11, 5), date(2024, 11, 5))
    assert papers[1].published == date(2024, 10, 25) and papers[1].updated == date(2024, 11, 1)
    assert first.code_url == "https://github.com/lsc-video/layer-skip-cache"  # from `comments`
    assert not first.abstract.startswith(" ") and "\n" not in first.abstract


def test_old_style_ids_first_version_dates_and_authors():
    line = json.dumps(_record("hep-th/9901001", "hep-th", "Mon, 4 Jan 1999 18:35:32 GMT", "2008-11-13",
                              comments="10 pages; project page https://example.org/p"))
    (paper,) = list(read_text(line + "\n", "s.jsonl"))
    assert (paper.id, paper.url) == ("hep-th/9901001", "https://arxiv.org/abs/hep-th/9901001")
    assert (paper.published, paper.updated) == (date(1999, 1, 4), date(2008, 11, 13))
    assert paper.title == "A Title That Wraps Onto Two Lines"
    assert paper.abstract == "Our model reaches 1.5 FID on ImageNet 256x256."
    assert paper.authors == ["A. Author", "B. Writer Jr"]
    assert paper.project_url == "https://example.org/p"


def test_a_bad_snapshot_record_is_reported_and_the_rest_read():
    lines = [json.dumps(_record("2312.00752", "cs.LG", "Fri, 1 Dec 2023 18:01:34 GMT", "2024-05-31")),
             json.dumps(_record("not-an-id", "cs.LG", "x", "2024-05-31")),
             json.dumps(_record("0704.0001", "hep-ph", "Mon, 2 Apr 2007 19:18:42 GMT", "2008-11-13"))]
    records = [str(r) if not isinstance(r, Paper) else r.id for r in read_text("\n".join(lines), "s.jsonl")]
    assert records == ["2312.00752", "s.jsonl:2: id is not an arXiv id: 'not-an-id'", "0704.0001"]


def _snapshot(tmp_path) -> Path:
    path = tmp_path / "snapshot.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in [
        _record("2312.00752", "cs.LG cs.AI", "Fri, 1 Dec 2023 18:01:34 GMT", "2024-05-31"),
        _record("2401.00001", "cs.CV", "Mon, 1 Jan 2024 09:00:00 GMT", "2024-01-01"),
        _record("2402.00002", "math.AG", "Thu, 1 Feb 2024 09:00:00 GMT", "2024-02-01"),
        _record("2403.00003", "eess.IV cs.CV", "Fri, 1 Mar 2024 09:00:00 GMT", "2024-03-01"),
    ]))
    return path


def _extracted(args) -> set[str]:
    out, err = io.StringIO(), io.StringIO()
    assert extract_main(args, stdout=out, stderr=err) == 0, err.getvalue()
    return {json.loads(line)["paper"] for line in out.getvalue().splitlines()}


def test_category_and_since_filter_python_m_extract(tmp_path):
    path = str(_snapshot(tmp_path))
    assert _extracted([path]) == {"2312.00752", "2401.00001", "2402.00002", "2403.00003"}
    assert _extracted(["--category", "cs.CV,cs.LG", path]) == {"2312.00752", "2401.00001", "2403.00003"}
    assert _extracted(["--category", "cs.", path]) == {"2312.00752", "2401.00001", "2403.00003"}
    assert _extracted(["--category", "math", path]) == {"2402.00002"}
    assert _extracted(["--since", "2024-01-15", path]) == {"2402.00002", "2403.00003"}
    assert _extracted(["--category", "cs.CV", "--since", "2024-01-15", path]) == {"2403.00003"}


def test_ingest_filters_and_stores_categories(tmp_path):
    path, db = _snapshot(tmp_path), tmp_path / "s.sqlite"
    done = CliRunner().invoke(claimboard, ["ingest", "--db", str(db), "--category", "cs.CV",
                                           "--since", "2024-01-01", str(path), str(SAMPLE)])
    assert done.exit_code == 0, done.output
    rows = sqlite3.connect(db).execute("SELECT id, categories, published FROM papers ORDER BY id").fetchall()
    assert rows == [("2401.00001", '["cs.CV"]', "2024-01-01"), ("2403.00003", '["eess.IV", "cs.CV"]', "2024-03-01"),
                    ("2410.19311", '["cs.CV"]', "2024-10-25"), ("2411.00512", '["cs.CV", "eess.IV"]', "2024-11-01"),
                    ("2411.02871", '["cs.CV", "cs.LG"]', "2024-11-05")]


def test_ingest_rejects_a_bad_since_in_one_line(tmp_path):
    done = CliRunner().invoke(claimboard, ["ingest", "--db", str(tmp_path / "s.sqlite"), "--since", "2024-13-01",
                                           str(SAMPLE)])
    assert done.exit_code == 2 and "not a date: '2024-13-01' (expected YYYY-MM-DD)" in done.output


def test_filters_say_how_many_papers_they_left_out(tmp_path):
    """A filter that keeps nothing used to look like an empty file ("ingested 0 papers")."""
    path = str(_snapshot(tmp_path))
    out, err = io.StringIO(), io.StringIO()
    assert extract_main(["--category", "cs.CV", path], stdout=out, stderr=err) == 0
    assert err.getvalue() == "note: 2 papers left out by --category (papers without categories count as outside it)\n"
    err = io.StringIO()
    assert extract_main([path], stdout=io.StringIO(), stderr=err) == 0 and err.getvalue() == ""
    done = CliRunner().invoke(claimboard, ["ingest", "--db", str(tmp_path / "s.sqlite"), "--category", "cs.CV",
                                           "--since", "2024-01-01", path, str(SAMPLE)])
    assert done.exit_code == 0, done.output
    assert "note: 2 papers left out by --category and --since (papers without categories or a date" in done.output
    assert "ingested 5 papers" in done.output
