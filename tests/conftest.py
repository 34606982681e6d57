"""Shared fixtures: stores filled with the hand-made claims of tests/sample_data.py."""
from __future__ import annotations

import pytest
from sample_data import PAPERS, ScriptedExtractor

from leaderboard.store import Store
from leaderboard.tables import enrich


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "claims.sqlite", extractor=ScriptedExtractor()) as opened:
        yield opened


@pytest.fixture
def sample_db(tmp_path):
    """Path of a store holding the sample papers and their scripted claims."""
    path = tmp_path / "sample.sqlite"
    with Store(path, extractor=ScriptedExtractor()) as opened:
        opened.ingest_papers(PAPERS, "samples")
    return path


@pytest.fixture
def frame(sample_db):
    with Store(sample_db) as opened:
        return enrich(opened.claims_frame(), opened.papers_frame())
