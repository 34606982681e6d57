"""What every reader shares: the bad-record report and paper ids."""
from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract.deferred import re, regex

if TYPE_CHECKING:  # pydantic: imported where a paper is validated (see extract.records)
    from pydantic import ValidationError

    from extract.models import Paper


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


_NON_ALNUM = re.compile(r"[^a-z0-9]+")
#: Accents on Latin, Greek and Cyrillic letters (decomposed): dropped from keys, so
#: "Schrödinger" and a source's "Schrodinger" are one title. Marks of other scripts
#: (Devanagari vowel signs, ...) are part of their letters and kept.
_ACCENT = regex.compile(r"(?<=[\p{Latin}\p{Greek}\p{Cyrillic}]\p{Mn}*)\p{Mn}")
_NOT_WORD = regex.compile(r"[^\p{L}\p{M}\p{N}]+")


def slugify(title: str, max_length: int = 80) -> str:
    """A stable, URL-safe id from a title. A title with letters beyond Latin (机器翻译系统)
    keeps what ASCII it has plus a short hash of its `title_key`, so two such titles never
    share a slug.

    >>> slugify("M-VAR: Decoupled Scale-wise Autoregressive Modeling")
    'm-var-decoupled-scale-wise-autoregressive-modeling'
    >>> slugify("Ça2-VDM   (video)")
    'ca2-vdm-video'
    >>> slugify("机器翻译系统 2024") != slugify("深度学习模型 2024")
    True
    """
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = _NON_ALNUM.sub("-", ascii_title.lower()).strip("-")
    key = title_key(title)
    if key.isascii():
        return slug[:max_length].rstrip("-")
    import hashlib  # here: its import loads OpenSSL (~2 ms), and few titles need a digest

    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    return "-".join(part for part in (slug[:max_length - 11].rstrip("-"), digest) if part)


_URL = re.compile(r"https?://[^\s<>\"'()\[\]{}]+")


def urls_in(text: str) -> list[str]:
    """URLs written in a text, without the sentence punctuation that follows them.

    >>> urls_in("Code: https://github.com/a/b. Demo at http://x.io/p, soon.")
    ['https://github.com/a/b', 'http://x.io/p']
    """
    if "://" not in text:
        return []  # every URL the pattern finds holds "://" (most abstracts write none)
    return [m.group().rstrip(".,;:!?") for m in _URL.finditer(text)]


def split_links(text: str) -> tuple[str | None, str | None]:
    """(code_url, project_url) from the URLs in an abstract: the first code host
    link is the code, the first other link the project page."""
    code = project = None
    for url in urls_in(text):
        if re.search(r"//(www\.)?(github\.com|gitlab\.com|bitbucket\.org|huggingface\.co/spaces)/", url):
            code = code or url
        elif "arxiv.org" not in url and "huggingface.co/papers" not in url:
            project = project or url
    return code, project


def title_key(title: str) -> str:
    """A title reduced to what identifies a paper across sources: NFKC, case-folded,
    letters (of every script) and digits only, accents on Latin/Greek/Cyrillic dropped,
    so wraps, case, punctuation and LaTeX spacing do not matter.

    >>> title_key("M-VAR: Decoupled  Scale-wise\\nAutoregressive Modeling") == title_key("m-var decoupled scale-wise autoregressive modeling")
    True
    >>> title_key("机器翻译系统 2024"), title_key("Schrödinger ＦＩＤ")
    ('机器翻译系统2024', 'schrodingerfid')
    """
    decomposed = _ACCENT.sub("", unicodedata.normalize("NFKD", title))
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", decomposed).casefold())
    return _NOT_WORD.sub("", folded)


def unwrap(text: str) -> str:
    """Undo hard wraps: every run of whitespace (newlines and the indentation after
    them included) becomes one space.

    >>> unwrap("Visual Autoregressive\\n  Modeling:  Scalable\\n")
    'Visual Autoregressive Modeling: Scalable'
    """
    return " ".join(text.split())  # str.split: every Unicode space, and far faster than a regex


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


def guarded(path: str, line: int, build: Callable[..., Paper | str], *args: object) -> Paper | BadRecord:
    """One record read in isolation: `build(*args)`'s paper, or a BadRecord for its reason
    or for whatever it raised (a 5,000-digit number, nesting too deep for the parser, a
    date out of range, a field the Paper model refuses), so a bad record never stops
    the records after it.

    >>> guarded("f.jsonl", 3, int, "9" * 5000).reason[:40]
    'cannot read this record: Exceeds the lim'
    """
    try:
        result = build(*args)
    except RecursionError:
        return BadRecord(path, line, "nested too deeply to read")
    except Exception as error:  # noqa: BLE001 - any failure of one record is that record's
        if _is_validation_error(error):
            return BadRecord(path, line, validation_reason(error))
        return BadRecord(path, line, f"cannot read this record: {_short(str(error) or type(error).__name__)}")
    return BadRecord(path, line, result) if isinstance(result, str) else result


def _is_validation_error(error: Exception) -> bool:
    """pydantic's `ValidationError`, read from `sys.modules`: a process that has not
    imported pydantic (`python -m extract` over clean records) has raised none."""
    pydantic_core = sys.modules.get("pydantic_core")
    return pydantic_core is not None and isinstance(error, pydantic_core.ValidationError)


def validation_reason(error: ValidationError) -> str:
    """A pydantic error as one short line: `field: problem; ...`."""
    parts = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"])
        message = item["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return _short("; ".join(parts))


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def json_error_text(error: json.JSONDecodeError) -> str:
    """A JSON syntax error in words, with its column.

    >>> json_error_text(json.JSONDecodeError("Unterminated string starting at", '{"a": "b', 6))
    'Unterminated string starting at column 7'
    >>> json_error_text(json.JSONDecodeError("Expecting value", '{"a": }', 6))
    'Expecting value at column 7'
    """
    # json's own message may end in "at" ("Unterminated string starting at"): one "at" only.
    joiner = " column" if error.msg.endswith(" at") else " at column"
    return f"{error.msg}{joiner} {error.colno}"


def _number(digits: str) -> int | float:
    # Python refuses to convert integers over 4,300 digits (a ValueError that would stop
    # the parse); such a number becomes inf, which a field that needs it then refuses.
    return int(digits) if len(digits) <= 4000 else float("inf")


#: The JSON decoder every reader uses: control characters (a raw form feed or tab)
#: inside strings are data, and any integer parses.
JSON = json.JSONDecoder(strict=False, parse_int=_number)
