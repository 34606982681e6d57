"""`claimboard export` in bounded memory: the same CSV as export.to_csv_text over the
enriched frame of every claim, without holding every claim's sentence, title and links
in pandas at once (that frame grows by about 1.5 MB per 1,000 papers, past 300 MB long
before a million papers).

Two passes over SQLite:

1. the few columns a board, a rank and a model size need (id, paper, metric, kind,
   value, dataset, model) go through tables.enrich with no paper details, in parts of
   whole boards: every claim's board, rank and model size, and the export order;
2. the claims' full rows and their papers are then read `chunk` claims at a time in
   that order, enriched per chunk (links, date), given the ranking of pass 1, and
   written through export.export_rows.

Memory is the ranking (tens of bytes a claim), one part and one chunk."""
from __future__ import annotations

import contextlib
import csv
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import pandas as pd

from leaderboard.export import EXPORT_COLUMNS, export_order, export_rows
from leaderboard.store import CLAIMS_SELECT, PAPERS_SELECT, Store, query_frame
from leaderboard.tables import enrich

#: Claims per query: under 999, the bound-parameter limit of older SQLite builds.
CHUNK = 900
#: Computed over every claim (a rank and a model size depend on other papers' claims).
RANKING = ("board", "rank", "model_size")
_SLIM_COLUMNS = ("claim_id", "paper_id", "metric", "kind", "value", "dataset", "model")
_SLIM = "SELECT id AS claim_id, paper_id, metric, kind, value, dataset, model FROM claims"
_DATASET, _METRIC = _SLIM_COLUMNS.index("dataset"), _SLIM_COLUMNS.index("metric")
#: Claims enriched at once while ranking: a part holds this many slim rows as Python objects.
PART_ROWS = 20_000
_COMPACT = pd.StringDtype("pyarrow")
_NO_PAPERS = pd.DataFrame({name: pd.Series(dtype=object) for name in
                           ("paper_id", "title", "url", "code_url", "arxiv_id", "published", "listed")})


class UnknownBoard(LookupError):
    """The store has no board of that name."""


def write_csv_stream(db: str | Path, out: TextIO | Path, board: str | None = None, chunk: int = CHUNK,
                     part_rows: int = PART_ROWS) -> int:
    """Write the export of the store at `db` (every claim, or one board's) to `out`, a
    file path or a text stream opened with newline=""; returns the number of claim
    rows. An unknown board raises UnknownBoard before anything is written (or created)."""
    with Store(db, readonly=True) as store:
        order = ranked(store, part_rows)
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


def ranked(store: Store, part_rows: int = PART_ROWS) -> pd.DataFrame:
    """claim_id, board, rank and model_size of every claim, in the export's order.

    Enriched in parts of about `part_rows` claims made of whole (dataset, metric)
    groups, so every board lies within one part and is ranked whole; each part is
    enriched together with every params claim, which is all a model size reads."""
    params = _slim_frame(store.db.execute(f"{_SLIM} WHERE kind = 'params'").fetchall())
    cursor = store.db.execute(f"{_SLIM} ORDER BY dataset, metric")
    parts = []
    for rows in _whole_groups(cursor, part_rows):
        part = _slim_frame(rows)
        others = params[~params["claim_id"].isin(part["claim_id"])]
        # Claim order within a paper (its ids' order) decides which of its params claims a model size takes.
        frame = enrich(pd.concat([part, others]).sort_values("claim_id", kind="stable"), _NO_PAPERS)
        frame = frame[frame["claim_id"].isin(part["claim_id"])]
        parts.append(frame[["claim_id", "paper_id", *RANKING]].astype(
            {"paper_id": _COMPACT, "board": _COMPACT}))  # Arrow strings: tens of bytes a claim
    if not parts:
        return pd.DataFrame({name: pd.Series(dtype=object) for name in ("claim_id", *RANKING)})
    order = export_order(pd.concat(parts, ignore_index=True))
    return order[["claim_id", *RANKING]].reset_index(drop=True)


def _slim_frame(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame.from_records(rows, columns=_SLIM_COLUMNS).astype({"value": float})


def _whole_groups(cursor, part_rows: int) -> Iterator[list[tuple]]:
    """The rows of a cursor ordered by (dataset, metric), in lists of `part_rows` rows
    or more that never split a (dataset, metric) group. Claims without a dataset are
    on no board (a board is a dataset and a metric): those split anywhere, and they are
    the largest groups (a speed-up or a relative change is often said of no dataset)."""
    part: list[tuple] = []
    for row in cursor:
        if len(part) >= part_rows and (row[_DATASET] is None or _group(row) != _group(part[-1])):
            yield part
            part = []
        part.append(row)
    if part:
        yield part


def _group(row: tuple) -> tuple:
    return row[_DATASET], row[_METRIC]


def _full_rows(store: Store, part: pd.DataFrame) -> pd.DataFrame:
    """The enriched rows of the claims in `part`, in its order, with its ranking."""
    ids = part["claim_id"].tolist()
    claims = query_frame(store.db.execute(f"{CLAIMS_SELECT} WHERE c.id IN ({','.join('?' * len(ids))})", ids))
    claims = claims.set_index("claim_id").loc[ids].reset_index()
    paper_ids = claims["paper_id"].unique().tolist()
    papers = query_frame(store.db.execute(f"{PAPERS_SELECT} WHERE id IN ({','.join('?' * len(paper_ids))})",
                                          paper_ids))
    frame = enrich(claims, papers)  # its ranks see only this chunk: replaced by pass 1's
    for column in RANKING:
        frame[column] = part[column].array
    return frame
