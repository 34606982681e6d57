"""One identity per paper: arXiv ids from ids and URLs, links, merging."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extract.models import Paper
from extract.sources import read_path, read_text
from extract.sources.identity import (
    arxiv_id_from_url,
    dedupe,
    merge_papers,
    normalise_arxiv_id,
    paper_links,
)

RECORDED = Path(__file__).parent / "recorded"


@pytest.mark.parametrize("value, expected", [
    ("2406.07550", "2406.07550"),
    ("2406.07550v12", "2406.07550"),
    ("arXiv:2406.07550v1", "2406.07550"),
    ("ARXIV: 2406.07550", "2406.07550"),
    ("1501.00001", "1501.00001"),          # 4-digit numbers before 2015
    ("math.GT/0309136v1", "math.GT/0309136"),
    ("hep-th/9901001", "hep-th/9901001"),
    ("http://arxiv.org/abs/2406.07550v2", "2406.07550"),
    ("2406.7550", None),                   # the error feed's bad id
    ("2413.00001", None),                  # no 13th month
    ("seed-04", None),
    ("", None),
    (None, None),
    (2406.07550, None),                    # a float is not an id (precision)
])
def test_normalise_arxiv_id(value, expected):
    assert normalise_arxiv_id(value) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://arxiv.org/abs/2406.07550", "2406.07550"),
    ("http://arxiv.org/abs/2406.07550v2", "2406.07550"),
    ("https://arxiv.org/pdf/2406.07550v2.pdf", "2406.07550"),
    ("https://arxiv.org/pdf/2406.07550", "2406.07550"),
    ("https://export.arxiv.org/abs/2406.07550", "2406.07550"),
    ("https://www.arxiv.org/abs/2406.07550#", "2406.07550"),
    ("https://arxiv.org/html/2406.07550v1", "2406.07550"),
    ("https://arxiv.org/abs/hep-th/9901001v3", "hep-th/9901001"),
    ("https://huggingface.co/papers/2406.07550", "2406.07550"),
    ("https://hf.co/papers/2406.07550?utm=x", "2406.07550"),
    ("https://doi.org/10.48550/arXiv.2406.07550", "2406.07550"),
    ("http://arxiv.org/api/errors#incorrect_id_format_for_2406.7550", None),
    ("https://github.com/hmar-lab/hmar", None),
    ("https://huggingface.co/spaces/hmar/demo", None),
    ("https://notarxiv.org/abs/2406.07550", None),
])
def test_arxiv_id_from_url(url, expected):
    assert arxiv_id_from_url(url) == expected


def test_jsonl_record_with_arxiv_url_gets_the_arxiv_id_as_id():
    text = ('{"id": "hmar", "title": "HMAR", "abstract": "It reaches 1.78 FID.", '
            '"url": "https://huggingface.co/papers/2406.07550"}\n'
            '{"id": "seed-04", "title": "NAR", "abstract": "It is 2.4x faster."}\n'
            '{"id": "arXiv:2405.13218v2", "title": "MAP", "abstract": "It reaches 86.9% top-1 accuracy."}\n')
    papers = list(read_text(text, "p.jsonl"))
    assert [(p.id, p.arxiv_id) for p in papers] == [("2406.07550", "2406.07550"), ("seed-04", None),
                                                    ("2405.13218", "2405.13218")]
    assert papers[0].url == "https://arxiv.org/abs/2406.07550"  # one link, whichever URL the record had
    assert papers[2].url == "https://arxiv.org/abs/2405.13218"


def test_a_foreign_url_of_an_arxiv_paper_is_kept():
    text = '{"id": "2405.13218", "title": "MAP", "abstract": "A.", "url": "https://openreview.net/forum?id=x"}\n'
    (paper,) = list(read_text(text, "p.jsonl"))
    assert (paper.id, paper.url) == ("2405.13218", "https://openreview.net/forum?id=x")


def test_jsonl_record_with_arxiv_id_field_and_dates():
    text = ('{"id": "x", "arxiv_id": "2406.07550v2", "title": "T", "abstract": "A.", '
            '"published": "2024-06-10", "listed": "2024-06-11"}\n')
    (paper,) = list(read_text(text, "p.jsonl"))
    assert (paper.id, paper.published, paper.listed) == ("2406.07550", date(2024, 6, 10), date(2024, 6, 11))


def test_same_paper_from_hf_arxiv_and_csv_is_one_identity():
    ids = set()
    for name in ("hf_daily_papers_2024-06-11.json", "arxiv_query_page1.xml", "papers.csv",
                 "hf_papers_search_masked_autoregressive.json"):
        ids |= {r.id for r in read_path(RECORDED / name) if isinstance(r, Paper) and "Hierarchical" in r.title}
    assert ids == {"2406.07550"}


def test_merge_keeps_the_arxiv_id_both_dates_and_the_freshest_counts():
    hf = next(r for r in read_path(RECORDED / "hf_daily_papers_2024-06-11.json"))
    arxiv = next(r for r in read_path(RECORDED / "arxiv_query_page1.xml"))
    search = next(r for r in read_path(RECORDED / "hf_papers_search_masked_autoregressive.json"))
    merged = merge_papers(merge_papers(hf, arxiv), search)
    assert merged.id == "2406.07550"
    assert (merged.published, merged.listed, merged.updated) == (date(2024, 6, 10), date(2024, 6, 11),
                                                                 date(2024, 6, 14))
    assert merged.upvotes == 45  # the later fetch counted more
    assert merged.categories == ["cs.CV", "cs.LG"]
    assert merged.source == "hf-api+arxiv"
    assert merged.abstract == hf.abstract


def test_merge_re_keys_a_slug_paper_to_the_arxiv_id():
    slug = Paper(id="hierarchical-masked", title="HMAR", abstract="A.", source="jsonl")
    arxiv = Paper(id="2406.07550", arxiv_id="2406.07550", title="HMAR", abstract="A.", source="arxiv")
    assert merge_papers(slug, arxiv).id == "2406.07550"
    assert merge_papers(arxiv, slug).id == "2406.07550"


def test_dedupe_merges_by_id_in_first_seen_order():
    a = Paper(id="2406.07550", arxiv_id="2406.07550", abstract="A.", upvotes=1)
    b = Paper(id="x", abstract="B.")
    c = Paper(id="2406.07550", arxiv_id="2406.07550", abstract="A.", upvotes=3)
    assert [(p.id, p.upvotes) for p in dedupe([a, b, c])] == [("2406.07550", 3), ("x", None)]


def test_links_for_an_arxiv_paper_and_a_local_one():
    (paper,) = [r for r in read_path(RECORDED / "hf_paper_2406.07550.json")]
    assert paper_links(paper) == {
        "arxiv": "https://arxiv.org/abs/2406.07550",
        "hf": "https://huggingface.co/papers/2406.07550",
        "pdf": "https://arxiv.org/pdf/2406.07550",
        "code": "https://github.com/hmar-lab/hmar",
        "project": "https://hmar-lab.github.io",
    }
    local = Paper(id="local", abstract="A.", url="https://openreview.net/forum?id=abc")
    assert paper_links(local) == {"page": "https://openreview.net/forum?id=abc"}


def test_title_key_keeps_letters_of_every_script():
    from extract.sources import read_text, title_key

    assert title_key("机器翻译系统 2024") != title_key("深度学习模型 2024")
    assert title_key("Модель перевода") != title_key("Модель поиска")
    assert title_key("कुल परिणाम") != title_key("कल परिणाम")  # a vowel sign is part of its letter
    assert title_key("ＦＵＬＬ-width Title") == title_key("full width title")  # NFKC
    assert title_key("Straße der Modelle") == title_key("STRASSE DER MODELLE")  # case-folded
    assert title_key("Schrödinger Bridges") == title_key("Schrodinger Bridges")  # accents across sources
    lines = "\n".join(json.dumps({"title": t, "abstract": "It runs 2x faster."}, ensure_ascii=False)
                      for t in ("机器翻译系统 2024", "深度学习模型 2024"))
    papers = list(read_text(lines, "zh.jsonl"))
    assert len({p.id for p in papers}) == 2  # two papers, never merged by a shared slug
