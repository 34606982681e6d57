"""Boards as pandas DataFrames: pure functions of the claims and papers frames that
`Store.claims_frame()` and `Store.papers_frame()` return. No Streamlit here, so the
page, the CLI and the export all rank the same way.

A *board* is every `score` claim for one (dataset, metric) that names its model (the
spec's leaderboard row), ranked by the metric's direction from extract.vocab. Ranks are
computed once over the whole board, so a filtered view keeps each row's true rank.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pandas as pd

from extract.vocab import metric_direction
from leaderboard.links import code_link, paper_link

BOARD_SEPARATOR = " / "
#: Claims whose metric the abstract did not name cannot be ranked against anything.
UNRANKABLE_METRICS = frozenset({"unspecified", "params"})
COMPARATIVE_KINDS = ("delta", "relative", "ratio")

#: Columns of `board_table`, in display order.
BOARD_COLUMNS = ["rank", "model", "value", "unit", "condition", "model_size", "title",
                 "paper_url", "code_url", "date", "sentence", "rule", "text", "paper_id",
                 "claim_id", "span_start", "span_end", "sentence_start"]
COMPARISON_COLUMNS = ["model", "baseline", "metric", "kind", "value", "value_max", "unit",
                      "dataset", "condition", "title", "paper_url", "date", "sentence", "rule",
                      "text", "paper_id", "claim_id", "span_start", "span_end", "sentence_start"]


def board_key(dataset: str, metric: str) -> str:
    """The name of a board, as the page and `export --board` show it.

    >>> board_key("ImageNet 256x256", "FID")
    'ImageNet 256x256 / FID'
    """
    return f"{dataset}{BOARD_SEPARATOR}{metric}"


def parse_board_key(key: str) -> tuple[str, str]:
    """(dataset, metric) of a board key. Dataset names may hold " / " themselves, metric
    names never do, so the last separator splits.

    >>> parse_board_key("COCO / val / FID")
    ('COCO / val', 'FID')
    """
    dataset, sep, metric = key.rpartition(BOARD_SEPARATOR)
    if not sep or not dataset.strip() or not metric.strip():
        raise ValueError(f"not a board: {key!r} (expected 'DATASET / METRIC')")
    return dataset.strip(), metric.strip()


def enrich(claims: pd.DataFrame, papers: pd.DataFrame) -> pd.DataFrame:
    """Claims with their paper's title, links and date, each score claim's board and
    rank, and each row's model size. The one frame every view below starts from."""
    papers = papers.copy()
    # Per paper, not per claim; .tolist() first, as iterating an Arrow-backed Series is slow.
    papers["paper_url"] = [paper_link(u, a, t) for u, a, t in zip(
        papers["url"].tolist(), papers["arxiv_id"].tolist(), papers["title"].fillna("").tolist())]
    papers["code_url"] = [code_link(u) for u in papers["code_url"].tolist()]
    # A paper's date: when published, else when it was listed.
    papers["date"] = pd.to_datetime(papers["published"].fillna(papers["listed"]), errors="coerce")
    frame = claims.merge(papers[["paper_id", "title", "paper_url", "code_url", "date"]],
                         on="paper_id", how="left")
    frame["title"] = frame["title"].fillna("")
    frame = _with_boards(frame)
    frame["model_size"] = _model_sizes(frame)
    return frame


def _on_board(frame: pd.DataFrame) -> pd.Series:
    return ((frame["kind"] == "score") & frame["dataset"].notna() & frame["model"].notna()
            & ~frame["metric"].isin(UNRANKABLE_METRICS))


def _with_boards(frame: pd.DataFrame) -> pd.DataFrame:
    on_board = _on_board(frame)
    frame["board"] = pd.Series(pd.NA, index=frame.index, dtype="string")
    frame.loc[on_board, "board"] = frame.loc[on_board, "dataset"] + BOARD_SEPARATOR + frame.loc[on_board, "metric"]
    frame["direction"] = frame["metric"].map(_directions(frame["metric"]))
    # Rank lower-is-better metrics on the value, higher-is-better ones on its negation;
    # ties share the better rank. A metric of unknown direction gets no rank.
    signed = frame["value"].where(frame["direction"] == "lower", -frame["value"])
    signed = signed.where(on_board & frame["direction"].notna())
    frame["rank"] = signed.groupby(frame["board"]).rank(method="min").astype("Int64")
    return frame


def _directions(metrics: pd.Series) -> dict:
    return {name: metric_direction(name) for name in metrics.dropna().unique()}


def _model_key(models: pd.Series) -> pd.Series:
    return models.str.strip().str.casefold()


def _model_sizes(frame: pd.DataFrame) -> pd.Series:
    """Parameter count of each row's model from `params` claims for the same model name:
    the same paper's claim first, else the value most papers state."""
    params = frame[(frame["kind"] == "params") & frame["model"].notna()]
    if params.empty:
        return pd.Series(float("nan"), index=frame.index)
    params = params.assign(key=_model_key(params["model"]))
    same_paper = params.groupby(["paper_id", "key"])["value"].first()
    # The value most claims state for the model (ties: the smaller), without a
    # per-group Python call: count (model, value) pairs and keep each model's top one.
    counted = params.groupby(["key", "value"]).size().reset_index(name="n")
    counted = counted.sort_values(["key", "n", "value"], ascending=[True, False, True])
    anywhere = counted.drop_duplicates("key").set_index("key")["value"]
    keys = pd.DataFrame({"paper_id": frame["paper_id"], "key": _model_key(frame["model"])})
    from_paper = keys.merge(same_paper.rename("size").reset_index(), on=["paper_id", "key"], how="left")["size"]
    from_paper.index = frame.index
    return from_paper.fillna(keys["key"].map(anywhere)).astype(float)


def boards_summary(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per board, most claims first: board, dataset, metric, direction, claims,
    papers, and the leader (best model and value) where the direction is known."""
    # Select the few columns needed together with the rows: taking all columns of a
    # 100,000-row frame first costs more than everything else here.
    on_board = frame.loc[frame["board"].notna(), ["board", "dataset", "metric", "direction", "claim_id",
                                                  "paper_id", "rank", "model", "value"]]
    columns = ["board", "dataset", "metric", "direction", "claims", "papers", "best_model", "best_value"]
    if on_board.empty:
        return pd.DataFrame(columns=columns)
    grouped = on_board.groupby("board", sort=False)
    summary = grouped.agg(dataset=("dataset", "first"), metric=("metric", "first"),
                          direction=("direction", "first"), claims=("claim_id", "size"),
                          papers=("paper_id", "nunique"))
    leaders = on_board[on_board["rank"] == 1].drop_duplicates("board").set_index("board")
    summary["best_model"] = leaders["model"].reindex(summary.index)
    summary["best_value"] = leaders["value"].reindex(summary.index)
    summary = summary.reset_index().sort_values(["claims", "board"], ascending=[False, True])
    return summary[columns].reset_index(drop=True)


def board_table(frame: pd.DataFrame, board: str) -> pd.DataFrame:
    """The rows of one board, best first (ties and unranked rows by value, then model)."""
    rows = frame.loc[frame["board"] == board, [*BOARD_COLUMNS, "direction"]]
    direction = rows["direction"].iloc[0] if len(rows) else None
    rows = rows.sort_values(["rank", "value", "model"], ascending=[True, direction != "higher", True],
                            na_position="last", kind="stable")
    return rows[BOARD_COLUMNS].reset_index(drop=True)


def comparisons(frame: pd.DataFrame) -> pd.DataFrame:
    """Comparative claims (delta, relative, ratio): who beats whom, by how much, on what."""
    rows = frame.loc[frame["kind"].isin(COMPARATIVE_KINDS), COMPARISON_COLUMNS]
    rows = rows.sort_values(["metric", "dataset", "model", "value"], na_position="last", kind="stable")
    return rows[COMPARISON_COLUMNS].reset_index(drop=True)


def filter_claims(frame: pd.DataFrame, metrics: Iterable[str] | None = None,
                  datasets: Iterable[str] | None = None,
                  date_range: tuple[date | None, date | None] | None = None,
                  text: str = "", keep_undated: bool = True) -> pd.DataFrame:
    """Rows matching every filter given: metric and dataset in the chosen sets, date in
    the inclusive range (undated papers kept unless `keep_undated` is false), and `text`
    found, case-insensitively and literally, in the model name or the paper title.
    With no filter set, returns `frame` itself (no copy of a large frame)."""
    if not (metrics or datasets or date_range or text.strip()):
        return frame
    keep = pd.Series(True, index=frame.index)
    if metrics:
        keep &= frame["metric"].isin(list(metrics))
    if datasets:
        keep &= frame["dataset"].isin(list(datasets))
    if date_range:
        start, end = date_range
        in_range = pd.Series(True, index=frame.index)
        if start:
            in_range &= frame["date"] >= pd.Timestamp(start)
        if end:
            in_range &= frame["date"] <= pd.Timestamp(end)
        keep &= in_range.fillna(False) | (frame["date"].isna() & keep_undated)
    needle = text.strip()
    if needle:
        found = (frame["model"].str.contains(needle, case=False, regex=False, na=False)
                 | frame["title"].str.contains(needle, case=False, regex=False, na=False))
        keep &= found
    return frame[keep]


def default_board(summary: pd.DataFrame) -> str | None:
    """The board the page opens on: the one with the most score claims."""
    return None if summary.empty else str(summary["board"].iloc[0])
