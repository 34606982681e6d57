"""`claimboard export` (CSV) in less memory: the same bytes as export.to_csv_text over
the enriched frame of every claim, without holding every claim's sentence, its paper's
title and links in pandas at once (that path took 2,318 MB for 588,300 claims).

Two passes over SQLite:

1. every claim's ids, kind, metric, value, dataset and model (nothing else) go through
   the functions of tables.enrich that give each claim's canonical dataset, board, rank
   and model size (which depend on other claims; the same functions, so one set of
   ranking rules), and the export order. Texts are held as categoricals and boards as
   numbers: those functions work on codes, never on a text per row;
2. the claims' full rows and their papers are then read `chunk` claims at a time in
   that order, enriched per chunk (links, date), given pass 1's columns, and written
   through export.export_rows.

Memory is pandas itself (pandas imports pyarrow: 150 MB of the process), pass 1 (about
90 MB at its peak) and one chunk: 249-252 MB for the 598,850 claims of a 1,000,000-paper
store, against 346 MB when pass 1 made a board name, model key and direction per row
and ranked with merges, and 2,306 MB for the in-memory export."""
from __future__ import annotations

import contextlib
import csv
from array import array
from pathlib import Path
from typing import TextIO

import numpy as np
import pandas as pd

from extract.parallel import chunked
from leaderboard.benchmarks import canonical_names
from leaderboard.export import EXPORT_COLUMNS, export_order, export_rows
from leaderboard.store import Store
from leaderboard.tables import _model_sizes, board_ranking, enrich

#: Claims enriched and written at a time. enrich has a fixed cost per call: on 598,850
#: claims, 900 a chunk took 34-37 s of CPU, 2,700 23-25 s (+5 MB peak), 5,000 23 s (+15 MB).
CHUNK = 2_700
#: Ids per query: under 999, the bound-parameter limit of older SQLite builds.
_QUERY_IDS = 900
#: Computed over every claim: a rank and a model size depend on other papers' claims,
#: and a board's dataset is the canonical one of all its spellings.
RANKING = ("board", "rank", "model_size", "dataset")
#: The claim columns the ranking steps read, in load_frame's order (the order the
#: in-memory export's enrich sees them in).
_SLIM = """SELECT id AS claim_id, paper_id, metric, kind, value, dataset, model FROM claims
           ORDER BY paper_id, position"""
#: The numeric columns of _slim, by array typecode (claim ids, paper numbers, values).
_NUMBERS = {"claim_id": "q", "paper_id": "q", "value": "d"}
#: Rows per fetch: small, as each fetched row is a tuple of new objects until copied.
_FETCH_ROWS = 5_000


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
    """claim_id and the RANKING columns of every claim, in the export's order: the steps
    of tables.enrich that make them (the same functions), over only the columns they
    read, every text column (boards too) held as numbers into its distinct texts. The
    paper merge, conflict marks and display texts would copy every row for columns not
    kept here; a board name per row would be an Arrow string per row."""
    frame = _slim(store)
    boards, names, ranks = board_ranking(frame)
    # Board names as categories in sorted order: export_order then sorts boards as texts.
    frame["board"] = pd.Categorical.from_codes(boards, pd.Index(names, dtype=object)).reorder_categories(
        sorted(names))
    frame["rank"] = ranks
    frame["model_size"] = _model_sizes(frame)
    frame = frame[["claim_id", "paper_id", *RANKING]]
    return export_order(frame)[["claim_id", *RANKING]].reset_index(drop=True)


def _slim(store: Store) -> pd.DataFrame:
    """The _SLIM columns of every claim, in load_frame's order, datasets already under
    their canonical names. sqlite3 makes a new object for every cell, so numbers go
    straight into typed arrays, each text column becomes a categorical (a number per row
    into its distinct texts, few: about a thousand models in 600,000 claims), and a
    paper id becomes the number of the paper in id order (a key that groups and sorts as
    the id does, without 280,000 strings)."""
    cursor = store.db.execute(_SLIM)
    names = [name for name, *_ in cursor.description]
    columns = {name: array(_NUMBERS.get(name, "i")) for name in names}
    texts: dict[str, dict[str | None, int]] = {name: {None: -1} for name in names if name not in _NUMBERS}
    paper, number = None, -1
    for rows in iter(lambda: cursor.fetchmany(_FETCH_ROWS), []):
        for name, cells in zip(names, zip(*rows)):
            if name == "paper_id":
                for cell in cells:  # rows come by paper id: a new id is the next number
                    if cell != paper:
                        paper, number = cell, number + 1
                    columns[name].append(number)
            elif name in _NUMBERS:
                columns[name].extend(cells)
            else:  # codes in order of first appearance, as pandas.factorize gives them
                seen = texts[name]
                columns[name].extend(seen.setdefault(cell, len(seen) - 1) for cell in cells)
    frame = {}
    for name in names:  # each array let go once its column is made
        column = columns.pop(name)
        codes = np.frombuffer(column, dtype=column.typecode)
        if name in texts:
            distinct = list(texts[name])[1:]  # without None
            if name == "dataset":  # tables.enrich's canonical_datasets, on counts
                codes, distinct = _canonical(codes, distinct)
            frame[name] = pd.Categorical.from_codes(codes, pd.Index(distinct, dtype=object))
        else:
            frame[name] = codes
    return pd.DataFrame(frame, copy=False)


def _canonical(codes: np.ndarray, names: list[str]) -> tuple[np.ndarray, list[str]]:
    """Dataset codes and names after benchmarks.canonical_names: spellings of one
    benchmark become one name (and one code)."""
    mapping = canonical_names(names, np.bincount(codes[codes >= 0], minlength=len(names)))
    renamed, canonical = pd.factorize(pd.Series([mapping[name] for name in names], dtype=object))
    return np.append(renamed, -1)[codes], canonical.tolist()  # no dataset (-1) takes the appended -1


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)


def _full_rows(store: Store, part: pd.DataFrame) -> pd.DataFrame:
    """The enriched rows of the claims in `part`, in its order, with its RANKING columns."""
    ids = part["claim_id"].tolist()
    claims = _concat([store.claims_frame(some) for some in chunked(ids, _QUERY_IDS)])
    claims = claims.set_index("claim_id").loc[ids].reset_index()
    papers = _concat([store.papers_frame(some) for some in chunked(claims["paper_id"].unique().tolist(), _QUERY_IDS)])
    frame = enrich(claims, papers)  # ranks and the like see only this chunk: pass 1's replace them
    for column in RANKING:
        frame[column] = part[column].array
    return frame
