"""Cheap tests asked before costlier patterns in attribution (speed9b) give what the
patterns alone give: each gate is a necessary condition of its pattern, checked here
over made-up texts that match in every way the pattern allows and over the real set."""
from __future__ import annotations

import json
from pathlib import Path

from extract.attribution import _DESCRIBED_OWNER, _OWNER_LINK

DATA = Path(__file__).resolve().parents[1] / "data"
FIXTURE_PAPERS = sorted((DATA / "fixtures").glob("*_papers.jsonl")) + sorted(DATA.glob("*_papers.jsonl"))


def _abstracts() -> list[str]:
    return [json.loads(line)["abstract"] for path in FIXTURE_PAPERS for line in path.read_text(encoding="utf-8").splitlines()]


def _windows(texts: list[str], width: int = 100, step: int = 7) -> list[str]:
    """Every text cut at many places, as attribution reads the text left of a number."""
    return [text[max(0, end - width):end] for text in texts for end in range(0, len(text) + 1, step)]


#: Owners described before a number in every way `_DESCRIBED_OWNER` reads them: each link,
#: plural nouns, white space beyond ASCII and several spaces, an article and words after the
#: link, "of" again; and near misses (no white space after the link, the noun inside a word).
OWNER_TEXTS = [
    "the previous state-of-the-art system of ", "the best performing team with an average score of ",
    "the prior best models at ", "a strong baseline method\u00a0with\u2003a ", "the top  approach   of  the  ",
    "the strongest frameworks with a mean of ", "the best art of ", "state-of-the-art networks at the level of ",
    "the best model ofx ", "the best submodel of", "the best modelling of ", "our new system of ", "best system at",
]


def test_owner_link_holds_wherever_the_owner_pattern_matches():
    texts = OWNER_TEXTS + _windows(_abstracts())
    matched = gated = 0
    for text in texts:
        owner = _DESCRIBED_OWNER.search(text)
        gate = bool(_OWNER_LINK.search(text))
        assert gate or not owner, text
        matched += bool(owner)
        gated += gate
    assert matched >= 8 and gated < len(texts) / 4
