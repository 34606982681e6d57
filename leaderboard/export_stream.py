"""`claimboard export` (CSV) in less memory: the same bytes as export.to_csv_text over
the enriched frame of every claim, without holding every claim's sentence, its paper's
title and links in pandas at once (that path took 2,318 MB for 588,300 claims; this
one 524 MB).

Two passes over SQLite:

1. every claim's numbers, names and condition (not its text) go through tables.enrich
   with no paper details: each claim's board, rank, model size and canonical dataset
   (which depend on other claims), and the export order;
2. the claims' full rows and their papers are then read `chunk` claims at a time in
   that order, enriched per chunk (links, date), given pass 1's columns, and written
   through export.export_rows.

Memory is pass 1's frame (no sentences, texts, titles or links) and one chunk."""
from __future__ import annotations

import contextlib
import csv
from pathlib import Path
from typing import TextIO

import pandas as pd

from leaderboard.export import EXPORT_COLUMNS, export_order, export_rows
from leaderboard.store import Store
from leaderboard.tables import enrich

#: Claims per query: under 999, the bound-parameter limit of older SQLite builds.
CHUNK = 900
#: Computed over every claim: a rank and a model size depend on other papers' claims,
#: and a board's dataset is the canonical one of all its spellings.
RANKING = ("board", "rank", "model_size", "dataset")
#: The claim columns enrich reads (not the text, sentence, rule or spans).
_SLIM = """SELECT id AS claim_id, paper_id, metric, kind, value, value_max, unit, dataset, model,
                  condition FROM claims"""
_FETCH_ROWS = 50_000
_NO_PAPERS = pd.DataFrame({name: pd.Series(dtype=object) for name in
                           ("paper_id", "title", "url", "code_url", "arxiv_id", "published", "listed")})


class UnknownBoard(LookupError):
    """The store has no board of that name."""


def write_csv_stream(db: str | Path, out: TextIO | Path, board: str | None = None, chunk: int = CHUNK) -> int:
    """Write the export of the store at `db` (every claim, or one board's) to `out`, a
    file path or a text stream opened with newline=""; returns the number of claim
    rows. An unknown board raises UnknownBoard before anything is written (or created)."""
    with Store(db, readonly=True) as store:
        order = ranked(store)
        if board is not None:
            order = order[order["board"] == board]
            if order.empty:
                raise UnknownBoard(board)
        with (out.open("w", encoding="utf-8", newline="") if isinstance(out, Path)
              else contextlib.nullcontext(out)) as stream:
            writer = csv.writer(stream, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
            writer.writerow(EXPORT_COLUMNS)
            for start in range(0, len(order), chunk):
                rows = export_rows(_full_rows(store, order.iloc[start:start + chunk]))
                next(rows)  # its header: written once, above
                writer.writerows(rows)
    return len(order)


def ranked(store: Store) -> pd.DataFrame:
    """claim_id and the RANKING columns of every claim, in the export's order."""
    cursor = store.db.execute(_SLIM)
    names = [name for name, *_ in cursor.description]
    frames = [pd.DataFrame.from_records(rows, columns=names)
              for rows in iter(lambda: cursor.fetchmany(_FETCH_ROWS), [])]
    if not frames:
        return pd.DataFrame({name: pd.Series(dtype=object) for name in ("claim_id", *RANKING)})
    slim = pd.concat(frames, ignore_index=True).astype({"value": float, "value_max": float})
    del frames
    order = export_order(enrich(slim, _NO_PAPERS))
    return order[["claim_id", *RANKING]].reset_index(drop=True)


def _full_rows(store: Store, part: pd.DataFrame) -> pd.DataFrame:
    """The enriched rows of the claims in `part`, in its order, with its RANKING columns."""
    ids = part["claim_id"].tolist()
    claims = store.claims_frame(ids).set_index("claim_id").loc[ids].reset_index()
    papers = store.papers_frame(claims["paper_id"].unique().tolist())
    frame = enrich(claims, papers)  # ranks and the like see only this chunk: pass 1's replace them
    for column in RANKING:
        frame[column] = part[column].array
    return frame
