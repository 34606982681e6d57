"""One bad record is that record's `FILE:LINE: reason`; every other record is read
(issue 10, item 2). Each of these inputs used to end the run with a traceback."""
from __future__ import annotations

import json

from extract.models import Paper
from extract.sources import BadRecord, read_text


def _split(records):
    return ([r.id for r in records if isinstance(r, Paper)],
            [str(r) for r in records if isinstance(r, BadRecord)])


def _jsonl(*lines: str) -> str:
    return "\n".join(lines) + "\n"


GOOD = json.dumps({"id": "good", "abstract": "We reach 1.5 FID."})
GOOD2 = json.dumps({"id": "good2", "abstract": "It runs 3x faster."})


def test_a_5000_digit_integer_is_one_bad_record_or_harmless():
    huge = "9" * 5000
    text = _jsonl(GOOD, f'{{"id": {huge}, "abstract": "x"}}',
                  f'{{"id": "spare", "abstract": "It runs 2x faster.", "note": {huge}}}', GOOD2)
    papers, bad = _split(list(read_text(text, "big.jsonl")))
    assert papers == ["good", "spare", "good2"]  # a huge number in a field nobody reads costs nothing
    assert bad == ["big.jsonl:2: id is not a string (float)"]


def test_deep_nesting_is_one_bad_record():
    deep = '{"id": "deep", "abstract": "x", "n": ' + "[" * 200_000 + "]" * 200_000 + "}"
    papers, bad = _split(list(read_text(_jsonl(GOOD, deep, GOOD2), "deep.jsonl")))
    assert papers == ["good", "good2"]
    assert bad == ["deep.jsonl:2: nested too deeply to read"]


def test_a_lone_surrogate_escape_is_one_bad_record():
    text = _jsonl(GOOD, r'{"id": "s", "abstract": "It reaches \ud800 1.5 FID."}', GOOD2)
    papers, bad = _split(list(read_text(text, "s.jsonl")))
    assert papers == ["good", "good2"]
    assert bad == ["s.jsonl:2: abstract holds a lone surrogate (\\ud800), not text"]


def _hf_item(paper_id: str, **paper) -> dict:
    return {"paper": {"id": paper_id, "title": f"T {paper_id}", "summary": "It reaches 1.5 FID.", **paper},
            "publishedAt": "2024-06-11T00:41:20.412Z"}


def test_an_hf_date_past_the_last_utc_day_is_one_bad_record():
    items = [_hf_item("2406.00001"), _hf_item("2406.00002", publishedAt="9999-12-31T23:59:59-23:59"),
             _hf_item("2406.00003")]
    papers, bad = _split(list(read_text(json.dumps(items, indent=1), "d.json")))
    assert papers == ["2406.00001", "2406.00003"]
    assert len(bad) == 1 and bad[0].startswith("d.json:") and "date out of range" in bad[0]


def test_upvotes_of_ten_to_the_thirty_is_one_bad_record():
    items = [_hf_item("2406.00001"), _hf_item("2406.00002", upvotes=10**30), _hf_item("2406.00003")]
    papers, bad = _split(list(read_text(json.dumps(items), "u.json")))
    assert papers == ["2406.00001", "2406.00003"]
    assert bad == ["u.json:1: upvotes: out of range (10000000000000000000…)"]


def test_a_saved_page_author_count_of_5000_digits_is_one_bad_record():
    abstract = "An abstract sentence that is long enough to be one. " * 5
    block = "{title}\n\n{abstract} It reaches {n}.5 FID.\n  • {authors} authors\n·\nDec 3 12\n\n"
    page = ("Daily Papers\n\nDec 3\n\n"
            + block.format(title="First Title", abstract=abstract, n=1, authors=3)
            + block.format(title="Second Title", abstract=abstract, n=2, authors="7" * 5000)
            + block.format(title="Third Title", abstract=abstract, n=3, authors=2))
    papers, bad = _split(list(read_text(page, "page.txt")))
    assert papers == ["first-title", "third-title"]
    assert bad == ["page.txt:14: cannot read this record: author count out of range (77777777777777777777…, 5000 digits)"]
