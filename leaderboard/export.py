"""CSV export of claims, safe to open in a spreadsheet.

Titles, model names and sentences come from untrusted text. A spreadsheet runs a text
cell that starts with `=`, `+`, `-`, `@`, TAB or CR as a formula (OWASP "CSV
Injection"), so such cells get a leading apostrophe, which spreadsheets show as text
and do not display. Numbers are written by us from floats and stay numbers.

Columns, in this order (stable; new columns are only ever appended):

    paper_id, metric, kind, value, value_max, unit, dataset, model, baseline, condition,
    text, board, rank, model_size, paper_title, paper_url, code_url, date, sentence, rule,
    span_start, span_end
"""
from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

#: The spec's claim fields in the spec's order, then ranking, paper and provenance.
EXPORT_COLUMNS: tuple[str, ...] = (
    "paper_id", "metric", "kind", "value", "value_max", "unit", "dataset", "model",
    "baseline", "condition", "text",
    "board", "rank", "model_size",
    "paper_title", "paper_url", "code_url", "date",
    "sentence", "rule", "span_start", "span_end",
)

#: OWASP's formula triggers; LF too, since some spreadsheets strip a leading newline and
#: then read what follows. Fullwidth forms are folded to ASCII by some spreadsheets.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_NUMERIC = {"value", "value_max", "rank", "model_size", "span_start", "span_end"}


def neutralize(cell: str) -> str:
    """A text cell no spreadsheet runs as a formula.

    >>> [neutralize(s) for s in ("=1+1", "+A1", "-2+3", "@SUM(A1)", "\\tx", "\\rx", "M-VAR")]
    ["'=1+1", "'+A1", "'-2+3", "'@SUM(A1)", "'\\tx", "'\\rx", 'M-VAR']
    """
    # Leading spaces do not disarm a formula in every spreadsheet: look past them.
    if cell.lstrip(" ").startswith(FORMULA_TRIGGERS):
        return "'" + cell
    return cell


def _number_cells(column: pd.Series) -> list[str]:
    """Numbers as plain digits: 172000000.0 -> '172000000', 1.24 -> '1.24', NaN -> ''."""
    cells = []
    for number in pd.to_numeric(column, errors="coerce").astype(float).tolist():
        if math.isnan(number):  # a missing value
            cells.append("")
        elif number.is_integer() and abs(number) < 1e16:
            cells.append(str(int(number)))
        else:
            cells.append(repr(number))
    return cells


def _text_cells(column: pd.Series) -> list[str]:
    """Text cells, missing ones empty, each passed through `neutralize`."""
    if pd.api.types.is_datetime64_any_dtype(column):
        return column.dt.strftime("%Y-%m-%d").fillna("").tolist()
    values = column.astype(object).where(column.notna(), "").tolist()
    # neutralize() per cell; its test is cheap, so one pass over plain Python strings.
    return [neutralize(value if isinstance(value, str) else str(value)) for value in values]


def export_rows(frame: pd.DataFrame) -> Iterable[list[str]]:
    """Rows of cells, header first, from an `enrich`ed claims frame. Built column by
    column: a cell-by-cell pandas lookup costs seconds on 100,000 claims."""
    view = frame.rename(columns={"title": "paper_title"})
    empty = pd.Series([None] * len(view), index=view.index, dtype=object)
    columns = [(_number_cells if name in _NUMERIC else _text_cells)(view.get(name, empty))
               for name in EXPORT_COLUMNS]
    yield list(EXPORT_COLUMNS)
    yield from (list(row) for row in zip(*columns))


def export_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Every claim in a stable order: boards by name and rank, then the rest by paper."""
    return frame.sort_values(["board", "rank", "paper_id", "claim_id"], na_position="last", kind="stable")


def to_csv_text(frame: pd.DataFrame) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerows(export_rows(export_order(frame)))
    return buffer.getvalue()


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV bytes (for the page's download button)."""
    return to_csv_text(frame).encode("utf-8")


def write_csv(frame: pd.DataFrame, output: str | Path) -> int:
    """Write the export to `output`; returns the number of claim rows."""
    Path(output).write_text(to_csv_text(frame), encoding="utf-8", newline="")
    return len(frame)


def select_board(frame: pd.DataFrame, board: str | None) -> pd.DataFrame:
    """All claims, or only the rows of one board ("DATASET / METRIC")."""
    if board is None:
        return frame
    return frame[frame["board"] == board]


def file_name(board: str | None) -> str:
    """A download name for a board's CSV.

    >>> file_name("ImageNet 256x256 / FID"), file_name(None)
    ('claimboard-imagenet-256x256-fid.csv', 'claimboard-claims.csv')
    """
    slug = re.sub(r"[^a-z0-9]+", "-", (board or "claims").lower()).strip("-")
    return f"claimboard-{slug or 'board'}.csv"
