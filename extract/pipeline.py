"""Placeholder while the rules land: the public entry points and their signatures."""
from __future__ import annotations

from dataclasses import dataclass, field

from extract.models import Claim, Paper


@dataclass
class Extraction:
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def extract_text(text: str, paper_id: str = "", title: str = "", budget_s: float = 2.0) -> Extraction:
    return Extraction()


def extract_claims(text: str, paper_id: str = "", title: str = "") -> list[Claim]:
    return extract_text(text, paper_id, title).claims


def extract_paper(paper: Paper, budget_s: float = 2.0) -> Extraction:
    return extract_text(paper.abstract, paper.id, paper.title, budget_s)
