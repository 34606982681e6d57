"""Fast paths of round 22 (speed25), each against the path it replaces: the paper's own
system's lookups in names.py (`not_system_names`' tokens before data nouns, `_called`)."""
from __future__ import annotations

import json
import re as std_re
from pathlib import Path

from real_abstracts import real_and_synthetic_abstracts

from extract import names
from extract.names import (
    _AS_MODALITY_DIRECT,
    _CALLED,
    _CAPITALISED_TOKEN,
    _DENOTED,
    _WE_NAMED,
    _called,
)

#: The development sets named one by one (never a glob: the blind sets are not read).
_DEVELOPMENT_SETS = ("holdout", *(f"holdout{n}" for n in range(2, 17)))
_FIXTURES = Path(__file__).resolve().parents[1] / "data" / "fixtures"


def _development_abstracts() -> list[str]:
    return [json.loads(line)["abstract"] for name in _DEVELOPMENT_SETS
            for line in (_FIXTURES / f"{name}_papers.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


#: Edges: tokens glued to data nouns, cut by dots, apostrophes and underscores, tokens that start
#: inside another token ("U.S_X"), line feeds and no-break spaces, nouns in capitals, "point clouds".
MADE_UP_TOKENS = [
    "We read OCT images and OCT scans; EEG\nrecordings and EEG\u00a0signals; U.S_X images; U.S images.",
    "A.B-C data, O'Neil videos, X_Y frames, PPG-images, PPG imagesx, CT IMAGES, LiDAR point  clouds.",
    "Sentinel-2 imagery; Sentinel-2 image; MRI\tslices; DTI  scans; the KITTI sequences; Ünicode data; ÉEG signals.",
    "", "images", "X", "X data", "x Data", "-X data", "aX data", "Q.", "Q.5 data", "Q.x data", "Q'x data",
]

#: Edges of the naming clauses: each word first, last, glued, in capitals, "as " missing, both kinds.
MADE_UP_CALLED = [
    "a method termed GRIP-2 that", "a model, dubbed Lumen", "we call it, so called MAXI", "undermined X",
    "a loss named FocalX and a net denoted as DNX", "denoted as DNX, termed TX", "abbr. as iLLM-A*",
    "abbreviated as ABC", "referred to as Context", "referred to as context", "which we call PolyNet",
    "that we name ZZ", "that  we\nterm Q-1", "Termed X", "thatwe call X", "whichwe call Y", "xnamed Y",
    "", "as ", "denoted as", "termed", "renamed X", "named\u00a0X", "coined as Xcoin", "a(n) abbr.as X",
    "We term this approach FD-loss", "we formalize this baseline as SimpleStream, termed SS", "Awe term it X",
    "We term this phenomenon Drift", "we call it Y", "We", "e term this approach Z",
]


def _texts() -> list[str]:
    return real_and_synthetic_abstracts() + _development_abstracts()


def _tokens_before_data_by_match(abstract: str) -> set[str]:
    return {m.group() for m in _CAPITALISED_TOKEN.finditer(abstract) if _AS_MODALITY_DIRECT.match(abstract, m.end())}


def _tokens_before_data(abstract: str) -> set[str]:
    return {token for token, space in names._CAPITALISED_TOKEN_BEFORE_DATA.findall(abstract) if space}


def test_tokens_before_data_nouns_are_the_match_readings():
    texts = _texts() + MADE_UP_TOKENS
    found = 0
    for text in texts:
        assert _tokens_before_data(text) == _tokens_before_data_by_match(text), text
        found += bool(_tokens_before_data(text))
    assert len(texts) > 600 and found > 30
    # the findall's tokens are the finditer's, one by one, every one of them
    for text in texts[:300] + MADE_UP_TOKENS:
        assert [t for t, _ in names._CAPITALISED_TOKEN_BEFORE_DATA.findall(text)] == _CAPITALISED_TOKEN.findall(text)
    assert _tokens_before_data(MADE_UP_TOKENS[0]) == {"OCT", "EEG", "U.S"}


def test_not_system_names_read_the_same_tokens(monkeypatch):
    texts = _texts() + MADE_UP_TOKENS
    fast = [names.not_system_names(text) for text in texts]
    monkeypatch.setattr(names, "_CAPITALISED_TOKEN_BEFORE_DATA", _ByMatch())
    assert [names.not_system_names(text) for text in texts] == fast


class _ByMatch:
    """`findall` as (token, white space) pairs read by the match per token."""

    def findall(self, abstract: str) -> list[tuple[str, str]]:
        out = []
        for m in _CAPITALISED_TOKEN.finditer(abstract):
            space = _AS_MODALITY_DIRECT.match(abstract, m.end())
            out.append((m.group(), "x" if space else ""))
        return out


def _called_by_search(text: str):
    found = [m for m in (_CALLED.search(text), _DENOTED.search(text) if "as " in text else None, _WE_NAMED.search(text)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def _reading(match) -> tuple | None:
    return None if match is None else (match.re.pattern, match.span(), match.groups(), match.groupdict())


def test_called_is_the_whole_search():
    texts = _texts() + MADE_UP_CALLED
    found = 0
    for text in texts:
        for piece in (text, text[200:], text[:300]):
            assert _reading(_called(piece)) == _reading(_called_by_search(piece)), piece
            found += _called(piece) is not None
    assert found > 50
    for text in MADE_UP_CALLED:
        assert _reading(_called(text)) == _reading(_called_by_search(text)), text
    assert _called("a model, dubbed Lumen").group("name") == "Lumen"
    assert _called("undermined X") is None and _called("xnamed Y") is None
    assert _called("that  we\nterm Q-1").group("name") == "Q-1"


def _alone_at_by_pattern(word: str, text: str) -> list[int]:
    return [m.start() for m in std_re.finditer(rf"(?<![\w-]){std_re.escape(word)}(?![\w-])", text)]


#: Sides of a name: word characters beyond ASCII (letters, digits, marks of other scripts),
#: underscores, hyphens, dashes, white space of every kind, the text's ends.
MADE_UP_SIDES = ["GRIP", "GRIP-2", "xGRIP", "GRIPx", "_GRIP", "GRIP_", "-GRIP", "GRIP-", "ÉGRIP", "GRIPé", "GRIP²",
                 "٣GRIP", "GRIP٣", "GRIP\u0301", "—GRIP—", "\u00a0GRIP\u2009", "(GRIP)", "GRIP GRIP", "GRIPGRIP GRIP",
                 "GRIP.GRIP", "a GRIP, GRIP-x and GRIP", "", "GRI", "ⅫGRIP", "GRIPⅫ", "\tGRIP\n"]


def test_alone_at_is_the_pattern_reading():
    for text in MADE_UP_SIDES:
        assert list(names.alone_at("GRIP", text)) == _alone_at_by_pattern("GRIP", text), text
    checked = 0
    for text in _texts()[:400]:
        for word in {m.group() for m in _CAPITALISED_TOKEN.finditer(text)}:
            assert list(names.alone_at(word, text)) == _alone_at_by_pattern(word, text), (word, text)
            checked += 1
    assert checked > 5000
