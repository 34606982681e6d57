"""One identity per paper, and its links.

A paper's id is its arXiv id (without version) whenever one is known: from the
source itself (the HF API's `paper.id`, the Atom `<id>`), from an `arxiv_id` field,
from an id that *is* an arXiv id, or from an arxiv.org / huggingface.co/papers /
arXiv-DOI URL in the record. Otherwise it is a slug of the title, which the store
later re-keys when an arXiv id turns up (same `title_key`) or `claimboard resolve`
finds one.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from extract.deferred import re
from extract.sources.base import slugify

if TYPE_CHECKING:  # pydantic's model: imported where a paper is built (see extract.records)
    from extract.models import Paper

#: New-style ids (April 2007 on): YYMM.NNNN up to 1412, YYMM.NNNNN from 1501, month 01-12.
_NEW_ID = r"(?:0[7-9]|1[0-4])(?:0[1-9]|1[0-2])\.\d{4}|(?:1[5-9]|[2-9]\d)(?:0[1-9]|1[0-2])\.\d{5}"
#: Old-style ids: archive[.SUBJECT]/YYMMNNN (math.GT/0309136, hep-th/9901001).
_OLD_ID = r"[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/\d{7}"
_ID = rf"(?:{_NEW_ID}|{_OLD_ID})"

_BARE = re.compile(rf"^(?:arxiv:\s*)?(?P<id>{_ID})(?:v\d+)?$", re.IGNORECASE)
_URLS = [
    # arxiv.org, export.arxiv.org, www.arxiv.org: /abs/, /pdf/ (.pdf optional), /html/, /format/
    re.compile(rf"^https?://(?:[\w-]+\.)*arxiv\.org/(?:abs|pdf|html|format|ps)/"
                  rf"(?:arxiv:)?(?P<id>{_ID})(?:v\d+)?(?:\.pdf)?/?(?:[?#].*)?$", re.IGNORECASE),
    re.compile(rf"^https?://(?:www\.)?(?:huggingface\.co|hf\.co)/papers/(?P<id>{_ID})(?:v\d+)?/?(?:[?#].*)?$",
                  re.IGNORECASE),
    re.compile(rf"^https?://(?:dx\.)?doi\.org/10\.48550/arxiv\.(?P<id>{_ID})(?:v\d+)?/?$", re.IGNORECASE),
]


def _canonical(found: str) -> str:
    # Old-style archive names are lowercase and subject classes uppercase (math.GT);
    # the IGNORECASE patterns accept either, so restore the canonical case.
    if "/" in found:
        archive, number = found.split("/", 1)
        name, dot, subject = archive.partition(".")
        return f"{name.lower()}{dot}{subject.upper()}/{number}"
    return found


def normalise_arxiv_id(value: object) -> str | None:
    """The arXiv id in `value` without its version, or None if it is not one.
    Accepts a bare id, `arXiv:ID`, or any URL `arxiv_id_from_url` understands.

    >>> normalise_arxiv_id("2406.06525v2")
    '2406.06525'
    >>> normalise_arxiv_id(" arXiv:2404.02905 ")
    '2404.02905'
    >>> normalise_arxiv_id("hep-th/9901001v3")
    'hep-th/9901001'
    >>> normalise_arxiv_id("https://arxiv.org/pdf/2406.06525v1.pdf")
    '2406.06525'
    >>> normalise_arxiv_id("m-var-decoupled") is None, normalise_arxiv_id("2413.00001") is None
    (True, True)
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    if m := _BARE.match(text):
        return _canonical(m.group("id"))
    return arxiv_id_from_url(text)


def arxiv_id_from_url(url: object) -> str | None:
    """The arXiv id (without version) a URL points at: arxiv.org abs/pdf/html pages,
    huggingface.co/papers pages and arXiv DOIs; None for any other URL.

    >>> arxiv_id_from_url("http://arxiv.org/abs/2404.02905v2")
    '2404.02905'
    >>> arxiv_id_from_url("https://huggingface.co/papers/2406.06525")
    '2406.06525'
    >>> arxiv_id_from_url("https://doi.org/10.48550/arXiv.2406.06525")
    '2406.06525'
    >>> arxiv_id_from_url("https://github.com/FoundationVision/VAR") is None
    True
    """
    if not isinstance(url, str):
        return None
    global _last
    text = url.strip()
    if "://" not in text:
        return None  # every pattern reads "://" after the scheme: most ids and titles are spared three tries
    last = _last
    if last[0] == text:
        return last[1]  # a reader asks of the same URL twice (the record's id, then its url's)
    found = None
    for pattern in _URLS:
        if m := pattern.match(text):
            found = _canonical(m.group("id"))
            break
    _last = (text, found)
    return found


#: The last URL read and its answer (one tuple: read and replaced whole).
_last: tuple[str | None, str | None] = (None, None)


#: Record fields that may hold a URL of the paper itself.
URL_FIELDS = ("url", "link", "arxiv_url", "hf_url", "paper_url", "pdf_url", "abs_url")


def arxiv_id_of_record(record: Mapping[str, object]) -> str | None:
    """The arXiv id a flat record names: its `arxiv_id`, an `id` that is an arXiv id,
    or an arXiv / HF papers URL in one of its URL fields.

    >>> arxiv_id_of_record({"id": "var", "url": "https://arxiv.org/abs/2404.02905v1"})
    '2404.02905'
    >>> arxiv_id_of_record({"id": "seed-04", "url": "https://example.org/paper"}) is None
    True
    """
    candidates: list[object] = [record.get("arxiv_id"), record.get("arxiv"), record.get("id")]
    found = next((a for c in candidates if (a := normalise_arxiv_id(c))), None)
    if found:
        return found
    return next((a for key in URL_FIELDS if (a := arxiv_id_from_url(record.get(key)))), None)


def paper_id(arxiv_id: str | None, title: str, fallback: str = "") -> str:
    """The id a paper gets: its arXiv id, else a slug of its title, else `fallback`."""
    return arxiv_id or slugify(title) or fallback


def arxiv_abs_url(arxiv_id: str) -> str:
    return f"https://arxiv.org/abs/{arxiv_id}"


def arxiv_pdf_url(arxiv_id: str) -> str:
    return f"https://arxiv.org/pdf/{arxiv_id}"


def hf_paper_url(arxiv_id: str) -> str:
    return f"https://huggingface.co/papers/{arxiv_id}"


def paper_links(paper: Paper) -> dict[str, str]:
    """The links to show for a paper, in display order, only those known:
    `arxiv`, `hf`, `pdf`, `code`, `project`, and `page` (the source's own page,
    when it is none of the others).

    >>> from extract.models import Paper
    >>> paper_links(Paper(id="2404.02905", arxiv_id="2404.02905", abstract="",
    ...                   code_url="https://github.com/FoundationVision/VAR"))  # doctest: +NORMALIZE_WHITESPACE
    {'arxiv': 'https://arxiv.org/abs/2404.02905', 'hf': 'https://huggingface.co/papers/2404.02905',
     'pdf': 'https://arxiv.org/pdf/2404.02905', 'code': 'https://github.com/FoundationVision/VAR'}
    """
    links: dict[str, str] = {}
    if paper.arxiv_id:
        links["arxiv"] = arxiv_abs_url(paper.arxiv_id)
        links["hf"] = hf_paper_url(paper.arxiv_id)
        links["pdf"] = paper.pdf_url or arxiv_pdf_url(paper.arxiv_id)
    elif paper.pdf_url:
        links["pdf"] = paper.pdf_url
    if paper.code_url:
        links["code"] = paper.code_url
    if paper.project_url:
        links["project"] = paper.project_url
    if paper.url and paper.url not in links.values() and not arxiv_id_from_url(paper.url):
        links["page"] = paper.url
    return links


#: Fields where a later reading is fresher than an earlier one (counts that grow,
#: the latest version's date); everything else keeps the first non-empty value.
_FRESHER = ("upvotes", "updated")


def merge_papers(first: Paper, second: Paper) -> Paper:
    """One paper from two readings of it (two sources, or two fetches).

    The id is the arXiv id if either reading has one; every field keeps the first
    reading's value unless it is empty, except `upvotes` and `updated`, which take
    the larger value. `source` lists both readers. The abstract is the first
    non-empty one, so claims already extracted from it keep their spans.

    >>> from extract.models import Paper
    >>> a = Paper(id="var-paper", title="VAR", abstract="VAR reaches 1.73 FID.", source="jsonl")
    >>> b = Paper(id="2404.02905", arxiv_id="2404.02905", title="VAR", abstract="VAR reaches 1.73 FID.",
    ...           source="arxiv", upvotes=3)
    >>> m = merge_papers(a, b); (m.id, m.arxiv_id, m.upvotes, m.source)
    ('2404.02905', '2404.02905', 3, 'jsonl+arxiv')
    """
    data = first.model_dump()
    other = second.model_dump()
    for name, value in other.items():
        if name in ("id", "source"):
            continue
        mine = data.get(name)
        if name in _FRESHER and mine is not None and value is not None:
            data[name] = max(mine, value)
        elif mine in (None, "", []):
            data[name] = value
    data["arxiv_id"] = first.arxiv_id or second.arxiv_id
    data["id"] = data["arxiv_id"] or first.id
    sources = [s for s in (first.source.split("+") + second.source.split("+")) if s]
    data["source"] = "+".join(dict.fromkeys(sources)) or "unknown"
    if data.get("author_count") is None and data.get("authors"):
        data["author_count"] = len(data["authors"])
    from extract.models import Paper

    return Paper(**data)


def dedupe(papers: Iterable[Paper]) -> list[Paper]:
    """Papers with the same id merged into one, in first-seen order."""
    seen: dict[str, Paper] = {}
    for paper in papers:
        seen[paper.id] = merge_papers(seen[paper.id], paper) if paper.id in seen else paper
    return list(seen.values())
