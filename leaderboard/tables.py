"""Boards as pandas DataFrames: pure functions of the claims and papers frames that
`Store.claims_frame()` and `Store.papers_frame()` return. No Streamlit here, so the
page, the CLI and the export all rank the same way.

A *board* is every `score` claim for one (dataset, metric) that names its model (the
spec's leaderboard row), ranked by the metric's direction from extract.vocab. Ranks are
computed once over the whole board, so a filtered view keeps each row's true rank.
Dataset aliases are merged first (leaderboard.benchmarks), and cost metrics (latency,
memory, FLOPs, ...) make no board: they are shown beside the quality boards instead.
A row's *setting* is its claim's condition ("CFG 1.5", "1 step"): the same model in two
settings is two rows of a board.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import numpy as np
import pandas as pd

from extract.display import count_text
from extract.vocab import metric_direction
from leaderboard.benchmarks import COST_METRICS, board_key, canonical_datasets
from leaderboard.links import code_link, paper_link

#: Claims whose metric the abstract did not name cannot be ranked against anything.
UNRANKABLE_METRICS = frozenset({"unspecified"}) | COST_METRICS
COMPARATIVE_KINDS = ("delta", "relative", "ratio")
#: Costs shown as columns beside a board's quality value (params is `model_size`).
COST_COLUMNS = ["latency", "training time", "memory", "FLOPs", "MACs", "throughput"]

#: Columns of `board_table`, in display order.
BOARD_COLUMNS = ["rank", "model", "value", "unit", "condition", "flags", "claims", "size", *COST_COLUMNS,
                 "title", "paper_url", "code_url", "date", "sentence", "rule", "derived_from", "model_size",
                 "text", "paper_id", "claim_id", "span_start", "span_end", "sentence_start", "source_claims"]
COMPARISON_COLUMNS = ["model", "baseline", "metric", "kind", "value", "value_max", "unit",
                      "dataset", "condition", "title", "paper_url", "date", "sentence", "rule",
                      "text", "paper_id", "claim_id", "span_start", "span_end", "sentence_start"]


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
    frame["dataset"] = canonical_datasets(frame["dataset"])
    frame = _with_boards(frame)
    frame["model_size"] = _model_sizes(frame)
    # Like ranks, conflicts are those of the whole store: a filter that hides one of two
    # disagreeing papers does not make the other one right.
    on_board = frame["board"].notna()
    frame["flags"] = None
    frame.loc[on_board, "flags"] = conflict_marks(frame.loc[on_board]).replace("", None)
    # What the page shows: parameter counts as 172M / 1.4B (the raw numbers stay).
    frame["size"] = _texts(frame["model_size"], count_text).replace("", None)
    frame["shown"] = _value_texts(frame)
    return frame


def _texts(numbers: pd.Series, show) -> pd.Series:
    """`show` of each number, computed once per distinct value (there are few)."""
    distinct = numbers.dropna().unique()
    return numbers.map(dict(zip(distinct, map(show, distinct.tolist())))).astype(object).fillna("")


def _plain(number: float) -> str:
    return f"{number:g}"


def _value_texts(frame: pd.DataFrame) -> pd.Series:
    """extract.display.value_text of every claim, column by column rather than per row."""
    params = frame["kind"] == "params"
    text = _texts(frame["value"].where(~params), _plain).where(~params, _texts(frame["value"].where(params), count_text))
    upper = _texts(frame["value_max"].where(~params), _plain).where(
        ~params, _texts(frame["value_max"].where(params), count_text))
    text = text.where(frame["value_max"].isna(), text + "-" + upper)
    return text + frame["unit"].astype(object).fillna("")


def _on_board(frame: pd.DataFrame) -> pd.Series:
    return ((frame["kind"] == "score") & frame["dataset"].notna() & frame["model"].notna()
            & ~frame["metric"].isin(UNRANKABLE_METRICS))


def _with_boards(frame: pd.DataFrame) -> pd.DataFrame:
    codes, names, ranks = board_ranking(frame)
    frame["board"] = pd.Series(pd.Categorical.from_codes(codes, names), index=frame.index).astype("string")
    frame["direction"] = frame["metric"].map(_directions(frame["metric"]))
    frame["rank"] = ranks
    return frame


def board_ranking(frame: pd.DataFrame) -> tuple[np.ndarray, list[str], pd.Series]:
    """Each row's board (a number into the board names returned, -1: on no board) and
    its rank there: lower-is-better metrics ranked on the value, higher-is-better ones
    on its negation, ties sharing the better rank; a metric of unknown direction gets
    no rank.

    Worked out on integer codes, each text once: a board name, a grouping key or a model
    key per row would be a new object per row (the streaming export runs this over every
    claim of the store, its text columns categoricals, and keeps boards as numbers)."""
    metric_codes, metric_names = pd.factorize(frame["metric"])
    codes, names = _board_codes(frame["dataset"], metric_codes, metric_names, _on_board(frame).to_numpy(dtype=bool))
    # Per metric name, then per row; a missing metric (-1) takes the appended last entry.
    directions = [metric_direction(name) for name in metric_names] + [None]
    lower = np.array([direction == "lower" for direction in directions])[metric_codes]
    known = np.array([direction is not None for direction in directions])[metric_codes]
    values = frame["value"]
    signed = values.where(lower, -values).where(known & (codes >= 0))
    return codes, names, signed.groupby(codes).rank(method="min").astype("Int64")


def _board_codes(datasets: pd.Series, metric_codes: np.ndarray, metric_names: pd.Index,
                 on_board: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """Each row's board as a number into the returned board names (-1: on no board)."""
    dataset_codes, dataset_names = pd.factorize(datasets)
    on_board = on_board & (dataset_codes >= 0) & (metric_codes >= 0)  # a missing name makes no board
    pairs = dataset_codes.astype(np.int64) * len(metric_names) + metric_codes
    distinct, row_pair = np.unique(pairs[on_board], return_inverse=True)
    # One name per (dataset, metric) pair; two pairs that read the same are one board.
    name_codes, names = pd.factorize(pd.Series(
        [board_key(dataset_names[pair // len(metric_names)], metric_names[pair % len(metric_names)])
         for pair in distinct.tolist()], dtype=object))
    codes = np.full(len(on_board), -1, dtype=np.int64)
    codes[on_board] = name_codes[row_pair] if len(distinct) else row_pair
    return codes, names.tolist()


def _directions(metrics: pd.Series) -> dict:
    return {name: metric_direction(name) for name in metrics.dropna().unique()}


def model_key(models: pd.Series) -> pd.Series:
    """Model names compared case- and space-insensitively (missing ones stay missing)."""
    return models.astype("string").str.strip().str.casefold()


def _model_key_codes(models: pd.Series) -> np.ndarray:
    """model_key of each row as a number (-1: no model), the key computed once per name."""
    codes, names = pd.factorize(models)
    if not len(names):
        return codes
    key_codes, _ = pd.factorize(model_key(pd.Series(names.tolist(), dtype=object)))
    return np.append(key_codes, -1)[codes]  # a missing model (-1) takes the appended -1


def _model_sizes(frame: pd.DataFrame) -> pd.Series:
    """Parameter count of each row's model from `params` claims for the same model name
    (model_key): the same paper's claim first, else the value most claims state.
    On codes and sorted arrays rather than merges, which copied every row."""
    keys = _model_key_codes(frame["model"])
    values = frame["value"].to_numpy(dtype=float)
    stated = (frame["kind"] == "params").to_numpy(dtype=bool) & (keys >= 0) & ~np.isnan(values)
    sizes = np.full(len(frame), np.nan)
    # Only the rows whose model some params claim states can get a size.
    rows = np.flatnonzero(np.isin(keys, np.unique(keys[stated])))
    if len(rows):
        papers, _ = pd.factorize(frame["paper_id"].iloc[rows])
        sizes[rows] = _sizes(keys[rows], papers, values[rows], stated[rows])
    return pd.Series(sizes, index=frame.index)


def _sizes(keys: np.ndarray, papers: np.ndarray, values: np.ndarray, stated: np.ndarray) -> np.ndarray:
    """_model_sizes over the rows of models with a params claim (`stated`: the claims)."""
    width = int(keys.max()) + 1
    # The value most claims state for the model (ties: the smaller): count each (model,
    # value) in (model, value) order, then keep each model's most counted.
    by_model = np.lexsort((values[stated], keys[stated]))
    model, value = keys[stated][by_model], values[stated][by_model] + 0.0  # -0.0 is 0.0
    starts = np.flatnonzero(np.r_[True, (model[1:] != model[:-1]) | (value[1:] != value[:-1])])
    counts = np.diff(np.r_[starts, len(model)])
    best = np.lexsort((value[starts], -counts, model[starts]))
    firsts = best[np.r_[True, model[starts][best][1:] != model[starts][best][:-1]]]
    anywhere = np.full(width, np.nan)
    anywhere[model[starts][firsts]] = value[starts][firsts]
    sizes = anywhere[keys]
    # The same paper's first params claim for the model wins (rows come in claim order;
    # np.unique's return_index gives first occurrences).
    own = stated & (papers >= 0)
    pair_keys, first = np.unique(papers[own] * width + keys[own], return_index=True)
    asked = np.flatnonzero(papers >= 0)
    wanted = papers[asked] * width + keys[asked]
    if len(pair_keys):
        where = np.minimum(np.searchsorted(pair_keys, wanted), len(pair_keys) - 1)
        found = pair_keys[where] == wanted
        sizes[asked[found]] = values[own][first][where[found]]
    return sizes


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


def setting_key(conditions: pd.Series) -> pd.Series:
    """The setting a row is compared within: its condition, spaces and case folded;
    '' when the abstract states none."""
    return conditions.astype("string").fillna("").str.strip().str.casefold().str.replace(r"\s+", " ", regex=True)


def _group_keys(rows: pd.DataFrame) -> pd.Series:
    """(model, setting) of each row as one string: rows compared as the same result."""
    return model_key(rows["model"]) + "\x1f" + setting_key(rows["condition"])


def board_rows(frame: pd.DataFrame, board: str) -> pd.DataFrame:
    """Every claim of one board with its costs, claim count and conflict marker, best
    first (ties and unranked rows by value, then model)."""
    rows = frame.loc[frame["board"] == board].copy()
    direction = rows["direction"].iloc[0] if len(rows) else None
    rows = rows.sort_values(["rank", "value", "model"], ascending=[True, direction != "higher", True],
                            na_position="last", kind="stable")
    groups = _group_keys(rows)
    rows["claims"] = groups.map(groups.value_counts()).astype("Int64")
    rows["derived_from"] = None
    rows["source_claims"] = None
    rows = _with_costs(rows, frame)
    return rows


def board_table(frame: pd.DataFrame, board: str, best: bool = False) -> pd.DataFrame:
    """The rows of one board, best first. `best`: one row per model and setting, its best
    claim, with `claims` saying how many claims that row stands for."""
    table = board_rows(frame, board)[BOARD_COLUMNS].reset_index(drop=True)
    return best_per_model(table) if best else table


def best_per_model(table: pd.DataFrame) -> pd.DataFrame:
    """The first (best) row of each model and setting of a board table."""
    return table[~_group_keys(table).duplicated()].reset_index(drop=True)


def with_derived(table: pd.DataFrame, derived: pd.DataFrame, direction: str | None) -> pd.DataFrame:
    """`table` with derived rows added in value order (derived rows carry no rank)."""
    if derived.empty:
        return table
    both = pd.concat([table, derived[BOARD_COLUMNS]], ignore_index=True)
    return both.sort_values(["value", "model"], ascending=[direction != "higher", True],
                            kind="stable").reset_index(drop=True)


def _with_costs(rows: pd.DataFrame, frame: pd.DataFrame) -> pd.DataFrame:
    """Each row's costs (latency, memory, ...) as the same paper states them for the same model."""
    costs = frame.loc[frame["metric"].isin(COST_COLUMNS) & (frame["kind"] == "score") & frame["model"].notna()
                      & frame["paper_id"].isin(rows["paper_id"].unique())]
    for metric in COST_COLUMNS:
        rows[metric] = None
    if costs.empty or rows.empty:
        return rows
    costs = costs.assign(key=model_key(costs["model"]))
    table = costs.drop_duplicates(["paper_id", "key", "metric"]).pivot(
        index=["paper_id", "key"], columns="metric", values="shown")
    keys = pd.MultiIndex.from_arrays([rows["paper_id"], model_key(rows["model"])])
    for metric in table.columns:
        rows[metric] = table[metric].reindex(keys).tolist()
    return rows


def conflict_marks(rows: pd.DataFrame, tolerance: float = 0.005) -> pd.Series:
    """'conflict' for each row whose model, board and setting another paper reports
    with a different value (beyond `tolerance`, relative), else ''."""
    marks = pd.Series("", index=rows.index, dtype=object)
    if rows.empty:
        return marks
    # Only a model that two papers or more state on a board can conflict: few rows, so
    # the setting keys and plain Python after that.
    shared = rows.groupby([rows["board"], model_key(rows["model"])])["paper_id"].transform("nunique") > 1
    rows = rows[shared]
    keyed = rows.assign(group=rows["board"].astype(str) + "\x1e" + _group_keys(rows))
    spread = keyed.groupby("group")["paper_id"].transform("nunique") > 1
    for _, group in keyed[spread].groupby("group"):
        values = list(zip(group["paper_id"], group["value"], group.index))
        for paper, value, index in values:
            if any(other != paper and abs(value - v) > tolerance * max(abs(value), abs(v))
                   for other, v, _ in values):
                marks[index] = "conflict"
    return marks


def conflicts(frame: pd.DataFrame) -> pd.DataFrame:
    """Every board row of `frame` in conflict (as `enrich` marked them over the whole
    store), grouped by board, model and setting, each with its sentence."""
    marked = frame[frame["flags"] == "conflict"]
    columns = ["board", "model", "condition", "value", "title", "date", "sentence", "paper_url", "paper_id",
               "claim_id"]
    marked = marked.assign(group=_group_keys(marked))
    return marked.sort_values(["board", "group", "value"], kind="stable")[columns].reset_index(drop=True)


def efficiency(frame: pd.DataFrame) -> pd.DataFrame:
    """Cost claims (training time, latency, memory, FLOPs, MACs, params, throughput, and
    speed-ups): what results cost, shown as costs, never ranked as quality."""
    rows = frame.loc[frame["metric"].isin(COST_METRICS | {"speedup"})]
    columns = ["metric", "model", "shown", "kind", "baseline", "dataset", "condition", "title", "paper_url",
               "date", "sentence", "value", "unit"]
    return rows.sort_values(["metric", "dataset", "model"], na_position="last", kind="stable")[columns] \
        .reset_index(drop=True)


def metrics_side_by_side(frame: pd.DataFrame, dataset: str, rank_by: str | None = None) -> pd.DataFrame:
    """One row per model, setting and paper on `dataset`, one column per quality metric
    (its best value there), ranked by `rank_by` (rows without it last)."""
    rows = frame.loc[frame["board"].notna() & (frame["dataset"] == dataset)]
    index = ["model", "condition", "title", "paper_url", "date"]
    if rows.empty:
        return pd.DataFrame(columns=["rank", *index])
    rows = rows.assign(condition=rows["condition"].astype(object).fillna(""), signed=rows["value"].where(
        rows["direction"] == "lower", -rows["value"]))
    best = rows.sort_values("signed", kind="stable").drop_duplicates([*index, "metric"])
    # One value per row and metric after the dedup: unstack it. (pivot_table(dropna=False)
    # would build every combination of models, settings, titles, links and dates: at a
    # million claims, petabytes.)
    table = best.groupby([*index, "metric"], dropna=False)["value"].first().unstack("metric")
    table = table.dropna(how="all").reset_index()
    table.columns.name = None
    metrics = sorted(rows["metric"].unique(), key=lambda m: (-int((rows["metric"] == m).sum()), m))
    rank_by = rank_by if rank_by in metrics else metrics[0]
    higher = metric_direction(rank_by) == "higher"
    table = table.sort_values([rank_by, "model"], ascending=[not higher, True], na_position="last", kind="stable")
    table.insert(0, "rank", (-table[rank_by] if higher else table[rank_by]).rank(method="min").astype("Int64"))
    table["condition"] = table["condition"].replace("", None)
    return table[["rank", "model", "condition", *metrics, "title", "paper_url", "date"]].reset_index(drop=True)


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
