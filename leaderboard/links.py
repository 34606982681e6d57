"""Links a board may show. Only http(s) URLs ever become links: everything else
(javascript:, data:, relative paths, text with spaces) comes from untrusted pages
and is dropped. So is a URL with user info (`https://arxiv.org@evil.example/x` goes to
evil.example) or a backslash (browsers read it as "/", so the host they visit is not
the one written): what is left has an authority that is exactly its host (and port),
which is what the page shows as a link's label."""
from __future__ import annotations

import re
from urllib.parse import quote_plus, urlsplit

HF_PAPERS_SEARCH = "https://huggingface.co/papers?q="
#: Whitespace or control characters are never part of a real URL; they are how a
#: crafted value would smuggle a second token into a cell or an attribute.
_UNSAFE_CHARS = re.compile(r"[\s\x00-\x1f\x7f]")


def safe_http_url(url: str | None) -> str | None:
    """`url` if it is an absolute http(s) URL whose authority is only a host (and
    port), else None.

    >>> safe_http_url("https://arxiv.org/abs/2502.20388")
    'https://arxiv.org/abs/2502.20388'
    >>> [safe_http_url(u) for u in ("javascript:alert(1)", "//evil.example", "http://", "https://a b", None)]
    [None, None, None, None, None]
    >>> [safe_http_url(u) for u in ("https://arxiv.org@evil.example/x", "https://evil.example\\\\@arxiv.org/")]
    [None, None]
    """
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or _UNSAFE_CHARS.search(url) or "\\" in url:
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        return None
    return url


def paper_link(url: str | None, arxiv_id: str | None, title: str) -> str | None:
    """Where a reader finds the paper: its own URL, else its arXiv page, else a
    Hugging Face papers search by title (papers from the saved page have no id).

    >>> paper_link(None, "2502.20388", "x")
    'https://arxiv.org/abs/2502.20388'
    >>> paper_link(None, None, "M-VAR: Decoupled & Scale-wise")
    'https://huggingface.co/papers?q=M-VAR%3A+Decoupled+%26+Scale-wise'
    """
    own = safe_http_url(url) if url is not None else None
    if own:
        return own
    if isinstance(arxiv_id, str) and arxiv_id.strip():
        # Quoted, the id can only add letters, digits and "%._-/+" to our own https URL.
        return "https://arxiv.org/abs/" + quote_plus(arxiv_id.strip(), safe="./")
    if isinstance(title, str) and title.strip():
        return HF_PAPERS_SEARCH + quote_plus(" ".join(title.split()))
    return None


def code_link(code_url: str | None) -> str | None:
    """The code repository link, only when it is http(s).

    >>> code_link("https://github.com/a/b"), code_link("ftp://x/y")
    ('https://github.com/a/b', None)
    """
    return safe_http_url(code_url)
