"""A claim's evidence: the sentence it came from, with its number marked.

Sentences come from untrusted abstracts, so every character is HTML-escaped first and
only then is the number wrapped in <mark>: nothing from the abstract can become markup
(no tags, no Markdown, no LaTeX, no emoji shortcodes, since the page renders this as
plain HTML and never through Markdown).
"""
from __future__ import annotations

import html
import math


def number_offsets(sentence: str, text: str, span_start: float | None,
                   span_end: float | None, sentence_start: float | None) -> tuple[int, int] | None:
    """Where the claim's number stands in its sentence: from the stored span when it
    fits, else the first place the number's text occurs, else None.

    >>> number_offsets("FID of 1.78 and 1.78.", "1.78", 116, 120, 100)
    (16, 20)
    >>> number_offsets("FID of 1.78.", "1.78", None, None, None)
    (7, 11)
    """
    if _present(span_start, span_end, sentence_start):
        start, end = int(span_start) - int(sentence_start), int(span_end) - int(sentence_start)
        if 0 <= start < end <= len(sentence):
            return start, end
    if text:
        found = sentence.find(text)
        if found >= 0:
            return found, found + len(text)
    return None


def _present(*values) -> bool:
    return all(v is not None and not (isinstance(v, float) and math.isnan(v)) for v in values)


def highlight_html(sentence: str, offsets: tuple[int, int] | None) -> str:
    """The sentence as escaped HTML, the number in <mark>.

    >>> highlight_html("<b>x</b> reaches **1.24**", (19, 23))
    '&lt;b&gt;x&lt;/b&gt; reaches **<mark>1.24</mark>**'
    """
    if not offsets:
        return html.escape(sentence)
    start, end = offsets
    return (html.escape(sentence[:start]) + "<mark>" + html.escape(sentence[start:end])
            + "</mark>" + html.escape(sentence[end:]))
