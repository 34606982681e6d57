"""The arXiv Atom reader, on recorded feeds of the documented shape."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from extract.models import Paper
from extract.sources import BadRecord, read_path, read_text
from extract.sources.arxiv_atom import feed_info

RECORDED = Path(__file__).parent / "recorded"


def _split(records):
    return ([r for r in records if isinstance(r, Paper)], [r for r in records if isinstance(r, BadRecord)])


def test_entries_become_papers_keyed_by_versionless_arxiv_id():
    papers, bad = _split(list(read_path(RECORDED / "arxiv_query_page1.xml")))
    assert bad == []
    assert [p.id for p in papers] == ["2406.07550", "2405.13218"]
    hmar = papers[0]
    assert hmar.arxiv_id == "2406.07550"
    assert hmar.source == "arxiv"
    assert hmar.url == "https://arxiv.org/abs/2406.07550"
    assert hmar.pdf_url == "https://arxiv.org/pdf/2406.07550"
    assert hmar.published == date(2024, 6, 10)
    assert hmar.updated == date(2024, 6, 14)
    assert hmar.listed is None
    assert hmar.authors == ["Lena Hoffmann", "Ravi Subramanian", "Mei Tanaka", "Jonas Berg"]
    assert hmar.author_count == 4
    assert hmar.categories == ["cs.CV", "cs.LG"]  # primary first


def test_title_and_summary_hard_wraps_are_undone():
    papers, _ = _split(list(read_path(RECORDED / "arxiv_query_page1.xml")))
    hmar = papers[0]
    assert hmar.title == "Hierarchical Masked Autoregressive Transformers for Image Synthesis"
    assert hmar.abstract.startswith("Autoregressive transformers dominate language modeling but still lag behind "
                                    "diffusion models")
    assert "achieves 1.78 FID on ImageNet 256x256" in hmar.abstract
    assert "\n" not in hmar.abstract and "  " not in hmar.abstract


def test_links_come_from_the_comment_when_the_abstract_has_none():
    papers, _ = _split(list(read_path(RECORDED / "arxiv_query_page1.xml")))
    hmar = papers[0]
    assert hmar.comments.startswith("18 pages, 9 figures. Project page: https://hmar-lab.github.io")
    assert hmar.code_url == "https://github.com/hmar-lab/hmar"
    assert hmar.project_url == "https://hmar-lab.github.io"


def test_https_ids_and_secondary_categories():
    (paper,) = list(read_path(RECORDED / "arxiv_query_page2.xml"))
    assert paper.id == "2403.09122"
    assert paper.categories == ["cs.CV", "eess.IV"]
    assert paper.title == "Masked Generative Video Tokenizers with Temporal Causality"


def test_feed_links_and_title_are_not_a_paper():
    papers, _ = _split(list(read_path(RECORDED / "arxiv_query_page1.xml")))
    assert all(not p.title.startswith("ArXiv Query") for p in papers)


def test_error_feed_is_an_error_not_a_paper():
    path = RECORDED / "arxiv_error.xml"
    records = list(read_path(path))
    assert len(records) == 1 and isinstance(records[0], BadRecord)
    assert str(records[0]) == f"{path}:10: arXiv API error: incorrect id format for 2406.7550"
    info = feed_info(path.read_text())
    assert info.error == "incorrect id format for 2406.7550"
    assert info.ids == []


def test_entry_missing_its_summary_is_named_and_the_rest_is_read():
    path = RECORDED / "arxiv_missing_summary.xml"
    papers, bad = _split(list(read_path(path)))
    assert [p.id for p in papers] == ["2405.13218", "2403.09122"]
    (error,) = bad
    assert str(error) == (f"{path}:17: entry 2406.01111 (An Entry Whose Summary Went Missing) "
                          "has no <summary>")


def test_truncated_feed_reads_complete_entries_then_names_the_break():
    path = RECORDED / "arxiv_truncated.xml"
    papers, bad = _split(list(read_path(path)))
    assert [p.id for p in papers] == ["2406.07550"]
    (error,) = bad
    assert error.path == str(path) and error.line == 44
    assert "truncated" in error.reason and "1 entry before it read" in error.reason


def test_feed_info_reads_the_opensearch_paging_numbers():
    info = feed_info((RECORDED / "arxiv_query_page2.xml").read_text())
    assert (info.total, info.start, info.per_page, info.entries) == (3, 2, 2, 1)
    assert info.ids == ["2403.09122"] and info.error is None and info.broken is None


def test_entry_without_id_or_with_a_foreign_id_is_bad():
    feed = ('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
            "<entry><title>No id</title><summary>S.</summary></entry>\n"
            "<entry><id>urn:uuid:1234</id><title>Foreign</title><summary>S.</summary></entry>\n</feed>\n")
    records = list(read_text(feed, "odd.xml"))
    assert [r.reason for r in records] == ["entry ? (No id) has no <id>",
                                           "entry urn:uuid:1234 (Foreign): <id> is not an arXiv id"]
    assert [r.line for r in records] == [3, 4]


def test_old_style_ids_are_read():
    feed = ('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry>'
            "<id>http://arxiv.org/abs/hep-th/9901001v2</id><title>Old</title><summary>S.</summary>"
            "</entry></feed>")
    (paper,) = list(read_text(feed, "old.xml"))
    assert paper.id == "hep-th/9901001"


def test_empty_feed_has_no_papers():
    feed = ('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            '<opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0'
            "</opensearch:totalResults></feed>")
    assert list(read_text(feed, "empty.xml")) == []
    assert feed_info(feed).total == 0
