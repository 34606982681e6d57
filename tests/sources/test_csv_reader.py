"""The CSV reader: `id,title,abstract[,url]`."""
from __future__ import annotations

from pathlib import Path

from extract.models import Paper
from extract.sources import BadRecord, read_path, read_text

RECORDED = Path(__file__).parent / "recorded"


def _split(records):
    return ([r for r in records if isinstance(r, Paper)], [r for r in records if isinstance(r, BadRecord)])


def test_rows_become_papers_with_arxiv_ids_from_urls_and_ids():
    papers, _ = _split(list(read_path(RECORDED / "papers.csv")))
    assert [p.id for p in papers] == ["2404.02905", "2406.07550", "local-01", "2402.11111"]
    var, hmar, local, by_id = papers
    assert (var.arxiv_id, var.url) == ("2404.02905", "https://arxiv.org/abs/2404.02905")  # version dropped
    assert (hmar.arxiv_id, hmar.url) == ("2406.07550", "https://arxiv.org/abs/2406.07550")  # HF url
    assert (local.arxiv_id, local.url) == (None, None)
    assert (by_id.arxiv_id, by_id.url) == ("2402.11111", "https://arxiv.org/abs/2402.11111")
    assert all(p.source == "csv" for p in papers)


def test_quoted_abstract_spanning_lines_and_its_code_link():
    papers, _ = _split(list(read_path(RECORDED / "papers.csv")))
    local = papers[2]
    assert local.abstract == "Our detector reaches 54.2 mAP on COCO.\nCode: https://github.com/example/detector."
    assert local.code_url == "https://github.com/example/detector"


def test_bad_rows_are_reported_with_their_line_and_the_rest_is_read():
    path = RECORDED / "papers.csv"
    _, bad = _split(list(read_path(path)))
    assert [str(b) for b in bad] == [
        f"{path}:6: empty abstract",
        f"{path}:7: expected 4 fields (id,title,abstract,url), got 5",
    ]


def test_columns_are_found_by_name_in_any_order_and_case():
    text = "Abstract,Title\r\n\"It reaches 1.2 FID.\",A Title With No Id\r\n"
    (paper,) = list(read_text(text, "x.csv"))
    assert (paper.id, paper.title, paper.abstract) == ("a-title-with-no-id", "A Title With No Id",
                                                        "It reaches 1.2 FID.")


def test_the_same_paper_twice_is_one_paper():
    text = ("id,title,abstract,url\n"
            "a,T,It reaches 1.2 FID.,https://arxiv.org/abs/2404.02905\n"
            "b,T,It reaches 1.2 FID.,https://arxiv.org/pdf/2404.02905v1\n")
    assert [p.id for p in read_text(text, "dup.csv")] == ["2404.02905"]


def test_unterminated_quote_is_reported_not_raised():
    text = 'id,title,abstract\na,T,"It reaches 1.2 FID.\n'
    records = list(read_text(text, "open.csv"))
    # the csv module reads an unterminated last field to the end of the file
    assert all(isinstance(r, (Paper, BadRecord)) for r in records)


def _ids_and_bad(text, path="r.csv", **kwargs):
    records = list(read_text(text, path, **kwargs))
    return [r.id for r in records if isinstance(r, Paper)], [str(r) for r in records if isinstance(r, BadRecord)]


def test_a_field_over_the_csv_modules_limit_is_read():
    long_abstract = "It reaches 1.2 FID. " + "word " * 40_000  # 200 KB: over csv's 128 KB default
    text = f'id,title,abstract\na,T,"{long_abstract}"\nb,T2,It runs 2x faster.\n'
    ids, bad = _ids_and_bad(text)
    assert (ids, bad) == (["a", "b"], [])


def test_a_row_over_the_record_limit_is_reported_and_the_next_rows_read():
    text = ('id,title,abstract\na,T,It reaches 1.2 FID.\n'
            f'b,T2,"{"word " * 1_000}"\n'
            'c,T3,It runs 2x faster.\n')
    ids, bad = _ids_and_bad(text, max_record_bytes=2_000)
    assert ids == ["a", "c"]
    assert bad == ["r.csv:3: row of 5.01 KB is over the 2 KB record limit; skipped"]


def test_an_unclosed_quote_never_merges_the_next_rows_into_its_own():
    text = ('id,title,abstract\n'
            'a,T,"It reaches 1.2 FID.\n'          # the quote never closes
            'b,T2,It runs 2x faster.\n'
            'c,T3,"It reaches 3.4 FID."\n'
            'd,T4,It reaches 71.0% accuracy.\n')
    ids, bad = _ids_and_bad(text)
    assert ids == ["b", "c", "d"]  # 'a' is reported, never credited with b's or c's claims
    assert len(bad) == 1 and bad[0].startswith("r.csv:2: a stray or unclosed quote")


def test_an_unclosed_quote_at_the_end_of_the_file_is_reported():
    ids, bad = _ids_and_bad('id,title,abstract\nb,T2,It runs 2x faster.\na,T,"It reaches 1.2 FID.\n')
    assert ids == ["b"]
    assert bad == [("r.csv:3: an unclosed quote (the file ends inside a quoted field): "
                    "row skipped, reading goes on at line 4")]


def test_an_unclosed_quote_gives_exit_status_1(tmp_path):
    import io

    from extract.__main__ import main

    path = tmp_path / "open.csv"
    path.write_text('id,title,abstract\na,T,"It reaches 1.2 FID.\nb,T2,It runs 2x faster.\n')
    out, err = io.StringIO(), io.StringIO()
    assert main([str(path)], stdout=out, stderr=err) == 1
    assert err.getvalue().startswith(f"{path}:2: an unclosed quote")
    assert {line.split('"paper": "')[1][0] for line in out.getvalue().splitlines()} == {"b"}
