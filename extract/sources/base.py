"""What every reader shares: the bad-record report and paper ids."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex


@dataclass(frozen=True)
class BadRecord:
    """A record a reader could not turn into a paper; reported as FILE:LINE: reason."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


class SourceError(ValueError):
    """A whole file that no reader can read (unknown format, unreadable bytes)."""


_NON_ALNUM = regex.compile(r"[^a-z0-9]+")


def slugify(title: str, max_length: int = 80) -> str:
    """A stable, URL-safe id from a title.

    >>> slugify("M-VAR: Decoupled Scale-wise Autoregressive Modeling")
    'm-var-decoupled-scale-wise-autoregressive-modeling'
    >>> slugify("Ça2-VDM   (video)")
    'ca2-vdm-video'
    """
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = _NON_ALNUM.sub("-", ascii_title.lower()).strip("-")
    return slug[:max_length].rstrip("-")


_URL = regex.compile(r"https?://[^\s<>\"'()\[\]{}]+")


def urls_in(text: str) -> list[str]:
    """URLs written in a text, without the sentence punctuation that follows them.

    >>> urls_in("Code: https://github.com/a/b. Demo at http://x.io/p, soon.")
    ['https://github.com/a/b', 'http://x.io/p']
    """
    return [m.group().rstrip(".,;:!?") for m in _URL.finditer(text)]


def split_links(text: str) -> tuple[str | None, str | None]:
    """(code_url, project_url) from the URLs in an abstract: the first code host
    link is the code, the first other link the project page."""
    code = project = None
    for url in urls_in(text):
        if regex.search(r"//(www\.)?(github\.com|gitlab\.com|bitbucket\.org|huggingface\.co/spaces)/", url):
            code = code or url
        elif "arxiv.org" not in url and "huggingface.co/papers" not in url:
            project = project or url
    return code, project


def title_key(title: str) -> str:
    """A title reduced to what identifies a paper across sources: lowercase letters
    and digits only, so wraps, case, punctuation and LaTeX spacing do not matter.

    >>> title_key("M-VAR: Decoupled  Scale-wise\\nAutoregressive Modeling") == title_key("m-var decoupled scale-wise autoregressive modeling")
    True
    """
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return _NON_ALNUM.sub("", ascii_title.lower())


_SPACES = regex.compile(r"\s+")


def unwrap(text: str) -> str:
    """Undo hard wraps: every run of whitespace (newlines and the indentation after
    them included) becomes one space.

    >>> unwrap("Visual Autoregressive\\n  Modeling:  Scalable\\n")
    'Visual Autoregressive Modeling: Scalable'
    """
    return _SPACES.sub(" ", text).strip()


class LineCounter:
    """Line numbers of increasing offsets in one text, counted incrementally (so
    numbering every record of a large file stays linear).

    >>> lines = LineCounter("a\\nb\\nc"); lines(0), lines(2), lines(4)
    (1, 2, 3)
    """

    def __init__(self, text: str):
        self.text = text
        self.offset = 0
        self.line = 1

    def __call__(self, offset: int) -> int:
        if offset < self.offset:
            return line_of(self.text, offset)
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line


def line_of(text: str, offset: int) -> int:
    """The 1-based line number of a character offset.

    >>> line_of("a\\nb\\nc", 4)
    3
    """
    return text.count("\n", 0, offset) + 1


def plural(count: int, word: str) -> str:
    """
    >>> plural(1, "item"), plural(3, "entry")
    ('1 item', '3 entries')
    """
    if count == 1:
        return f"1 {word}"
    return f"{count} {word[:-1] + 'ies' if word.endswith('y') else word + 's'}"
