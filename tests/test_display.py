"""Numbers as people read them: parameter counts on the page and in `python -m extract --table`."""
from __future__ import annotations

import io
import json

from extract import extract_claims
from extract.__main__ import main
from extract.display import count_text

ABSTRACT = ("Our xAR-B (172M) and xAR-H (1.4B) models. "
            "xAR-H achieves 2.31 FID on ImageNet 256x256 without classifier-free guidance.")


def test_table_prints_params_as_counts_and_shows_the_condition(tmp_path):
    source = tmp_path / "papers.jsonl"
    source.write_text(json.dumps({"id": "p", "title": "T", "abstract": ABSTRACT}) + "\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["--table", str(source)], stdout=out, stderr=io.StringIO()) == 0
    lines = out.getvalue().splitlines()
    assert "condition" in lines[0].split()
    cells = [line.split() for line in lines[2:]]
    assert ["params", "params", "172M"] == cells[0][1:4] and ["params", "params", "1.4B"] == cells[1][1:4]
    # The condition column shows what the extractor gives (its wording is the extractor's).
    claim = next(c for c in extract_claims(ABSTRACT, "p", "T") if c.metric == "FID")
    fid = next(line for line in lines if " FID " in line)
    assert claim.condition and claim.condition[:18] in fid


def test_count_text_rounds_to_three_digits_and_keeps_small_numbers():
    assert [count_text(n) for n in (999.0, 1000.0, 1.25e6, 2.5e12, float("nan"))] == ["999", "1K", "1.25M", "2.5T", ""]
