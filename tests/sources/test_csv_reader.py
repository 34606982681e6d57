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
