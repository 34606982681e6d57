"""Links the page shows: only http(s), and labelled by the host they really go to."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from leaderboard.links import code_link, paper_link, safe_http_url

DECEIVING = [
    "https://arxiv.org@evil.example/x",           # user info: the host is evil.example
    "https://arxiv.org:pw@evil.example/x",
    "http://user@github.com/a/b",                  # user info even when the host is fine
    "https://evil.example\\@arxiv.org/",           # a browser reads "\" as "/"
    "https://arxiv.org\\.evil.example/",
    "https://arxiv.org:notaport/x",
]


@pytest.mark.parametrize("url", DECEIVING)
def test_urls_that_hide_their_host_never_become_links(url):
    assert safe_http_url(url) is None and code_link(url) is None
    # A paper whose own URL is refused still gets a link: to its arXiv page.
    assert paper_link(url, "2502.20388", "T") == "https://arxiv.org/abs/2502.20388"


@pytest.mark.parametrize("url", ["https://arxiv.org/abs/2502.20388", "http://github.com:8080/a/b?x=1#y",
                                 "https://www.example.org", "HTTPS://Example.org/Path"])
def test_a_kept_link_s_authority_is_its_host_so_its_label_is_the_real_host(url):
    assert safe_http_url(url) == url
    parts = urlsplit(url)
    authority = parts.hostname + (f":{parts.port}" if parts.port else "")
    assert parts.netloc.lower() == authority
