"""What the page reads, laid out so that it never loads every claim.

Once per store generation, the enriched claims (tables.enrich: boards, ranks, conflict
markers, sizes, all computed over the whole store) are written next to the store as an
uncompressed Arrow file, grouped by *slice*: one dataset and metric, any kind (a board's
scores, the comparisons its derived rows need, and its model-less "from A to B"
starts), one more slice of every cost claim (a board's cost columns), then the claims
of no slice; store order within each. With it:

* where each slice starts and ends, and each claim's row in store order;
* the board summary (tables.boards_summary of every claim), a few hundred rows;
* the sidebar's choices (metrics, datasets, date range) and the header's counts.

The page memory-maps that file: opening it reads the summary and the row numbers, a
board reads one run of rows, the few thousand of its slice (and the cost claims of its
papers), and a filter over every claim (the picker counts, the All-claims view) reads
only the columns it tests, in Arrow, and converts to pandas only the rows it shows.

Everything that reaches pandas goes through `PageData.frame`, so a test can count the
rows a page loaded.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pyarrow import feather

from leaderboard import tables
from leaderboard.benchmarks import BOARD_SEPARATOR
from leaderboard.store import Store, load_frame

#: Bump when the layout or the enriched columns change: older page data is then rebuilt.
PAGE_FORMAT = "2"
#: The slice holding every cost claim (a dataset and metric never make this key).
COSTS = "\x00costs"
#: The columns tables.boards_summary reads.
SUMMARY_COLUMNS = ["board", "dataset", "metric", "direction", "claim_id", "paper_id", "rank", "model", "value"]


def page_dir(db: str | Path, generation: int) -> Path:
    db = Path(db)
    return db.with_name(f"{db.name}.page-v{PAGE_FORMAT}-g{generation}")


def slice_keys(frame: pd.DataFrame) -> pd.Series:
    """The slice of each claim: its board key (tables' naming, column-wise) for any
    claim with a dataset, whatever its kind or model; missing without a dataset."""
    dataset, metric = frame["dataset"].astype("string"), frame["metric"].astype("string")
    return dataset.where(dataset == metric, dataset + BOARD_SEPARATOR + metric)


def build(frame: pd.DataFrame) -> tuple[pa.Table, pd.DataFrame, dict, np.ndarray]:
    """(claims, summary, meta, rows) of an enriched frame: the page data's parts; `rows`
    holds the row of each claim in store order."""
    frame = frame.reset_index(drop=True)
    keys = slice_keys(frame)
    costs = frame["metric"].isin(tables.COST_COLUMNS) & (frame["kind"] == "score") & frame["model"].notna()
    keys = keys.where(~costs, COSTS)
    # Store rows grouped by slice, store order within each (a stable sort), then the
    # claims of no slice: a board is one contiguous run of rows.
    present = keys.notna().to_numpy()
    numbers = np.flatnonzero(present)
    order = np.argsort(keys[present].to_numpy(dtype=object), kind="stable")
    numbers = numbers[order]
    layout = np.concatenate([numbers, np.flatnonzero(~present)])
    grouped = keys[present].iloc[order]
    starts = np.flatnonzero(np.r_[True, grouped.to_numpy()[1:] != grouped.to_numpy()[:-1]]) if len(grouped) else []
    ends = [*starts[1:], len(grouped)]
    dated = frame["date"].dropna()
    meta = {
        "claims": len(frame), "papers": int(frame["paper_id"].nunique()),
        "metrics": sorted(frame["metric"].dropna().unique().tolist()),
        "datasets": sorted(frame["dataset"].dropna().unique().tolist()),
        "dates": [dated.min().date().isoformat(), dated.max().date().isoformat()] if len(dated) else None,
        "slices": {str(grouped.iloc[s]): [int(s), int(e - s)] for s, e in zip(starts, ends)},
        # Arrow brings these back as pandas strings (missing: NaN); the views expect
        # what enrich made (missing: None), as in the rest of the project.
        "object_columns": [name for name in frame.columns if frame[name].dtype == object],
    }
    claims = pa.Table.from_pandas(frame.iloc[layout], preserve_index=False)
    # A text column that no claim fills (no conflict anywhere, say) arrives as Arrow's
    # null type; it is a string column, and filters compare it with strings.
    claims = pa.table([column.cast(pa.string()) if column.type == pa.null() else column
                       for column in claims.columns], schema=pa.schema(
        [field.with_type(pa.string()) if field.type == pa.null() else field for field in claims.schema],
        metadata=claims.schema.metadata))
    rows = np.empty(len(layout), dtype=np.int64)
    rows[layout] = np.arange(len(layout))
    return claims, tables.boards_summary(frame), meta, rows


def write(folder: Path, claims: pa.Table, summary: pd.DataFrame, meta: dict, rows: np.ndarray) -> None:
    """Write the page data into `folder` atomically: a reader sees all of it or none."""
    partial = folder.with_name(f"{folder.name}.{os.getpid()}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    with pa.OSFile(str(partial / "claims.arrow"), "wb") as sink, pa.ipc.new_file(sink, claims.schema) as writer:
        writer.write_table(claims, max_chunksize=64_000)
    feather.write_feather(pa.Table.from_pandas(summary, preserve_index=False), partial / "summary.arrow")
    np.save(partial / "rows.npy", rows)
    (partial / "meta.json").write_text(json.dumps(meta))
    try:
        partial.rename(folder)
    except OSError:  # another process wrote it first: theirs is the same
        shutil.rmtree(partial, ignore_errors=True)
    for old in folder.parent.glob(f"{folder.name.rsplit('-g', 1)[0]}-g*"):
        if old != folder and not old.name.endswith(".partial"):
            shutil.rmtree(old, ignore_errors=True)


@dataclass
class PageData:
    claims: pa.Table          # every enriched claim, by slice (memory-mapped when on disk)
    summary: pd.DataFrame     # tables.boards_summary of every claim
    meta: dict                # meta["slices"]: the first row and the row count of each slice
    rows: np.ndarray          # the row of each claim, in store order

    @classmethod
    def open(cls, folder: Path) -> PageData:
        source = pa.memory_map(str(folder / "claims.arrow"))
        claims = pa.ipc.open_file(source).read_all()
        summary = feather.read_table(folder / "summary.arrow").to_pandas()
        meta = json.loads((folder / "meta.json").read_text())
        return cls(claims, summary, meta, np.load(folder / "rows.npy"))

    def frame(self, rows: pa.Table) -> pd.DataFrame:
        """Arrow rows as the pandas frame the views take (the one way rows reach pandas)."""
        frame = rows.to_pandas()
        for name in self.meta["object_columns"]:
            column = frame[name].astype(object)
            frame[name] = column.where(column.notna(), None)
        return frame

    def _slice(self, key: str) -> pa.Table:
        start, length = self.meta["slices"].get(key, (0, 0))
        return self.claims.slice(start, length)

    def board_frame(self, board: str) -> pd.DataFrame:
        """The claims a board's views need, enriched: its slice (scores, the comparisons
        and starts of its derived rows), then the cost claims of its papers."""
        own, costs = self._slice(board), self._slice(COSTS)
        costs = costs.filter(pc.is_in(costs["paper_id"], value_set=own["paper_id"].unique()))
        return self.frame(pa.concat_tables([own, costs]))

    def dataset_frame(self, dataset: str) -> pd.DataFrame:
        """Every board claim of one dataset (the Dataset view), board by board."""
        boards = self.summary.loc[self.summary["dataset"] == dataset, "board"]
        return self.frame(pa.concat_tables([self._slice(board) for board in boards] or [self.claims.slice(0, 0)]))

    def mask(self, metrics=(), datasets=(), date_range=None, text: str = "", keep_undated: bool = True):
        """tables.filter_claims over every claim, in Arrow: a boolean array, or None
        when no filter is set."""
        if not (metrics or datasets or date_range or text.strip()):
            return None
        claims = self.claims
        keep = pa.scalar(True)
        if metrics:
            keep = pc.and_(keep, pc.is_in(claims["metric"], value_set=pa.array(list(metrics), pa.string())))
        if datasets:
            keep = pc.and_(keep, pc.is_in(claims["dataset"], value_set=pa.array(list(datasets), pa.string())))
        if date_range:
            start, end = date_range
            dates, in_range = claims["date"], pa.scalar(True)
            if start:
                in_range = pc.and_(in_range, pc.greater_equal(dates, _timestamp(start, dates.type)))
            if end:
                in_range = pc.and_(in_range, pc.less_equal(dates, _timestamp(end, dates.type)))
            undated = pc.and_(pc.is_null(dates), pa.scalar(keep_undated))
            keep = pc.and_(keep, pc.or_(pc.fill_null(in_range, False), undated))
        needle = text.strip()
        if needle:
            found = pc.or_(pc.fill_null(pc.match_substring(claims["model"], needle, ignore_case=True), False),
                           pc.fill_null(pc.match_substring(claims["title"], needle, ignore_case=True), False))
            keep = pc.and_(keep, found)
        return keep

    def count(self, mask) -> tuple[int, int]:
        """(claims, papers) that `mask` keeps (every claim when None)."""
        if mask is None:
            return self.meta["claims"], self.meta["papers"]
        kept = self.claims.select(["paper_id"]).filter(mask)
        return len(kept), pc.count_distinct(kept["paper_id"]).as_py()

    def summary_for(self, mask) -> pd.DataFrame:
        """tables.boards_summary of the claims `mask` keeps, computed in Arrow."""
        if mask is None:
            return self.summary
        kept = self.claims.select(SUMMARY_COLUMNS).filter(mask)
        kept = kept.filter(pc.is_valid(kept["board"]))
        if len(kept) == 0:
            return self.summary.iloc[0:0]
        counted = kept.group_by("board").aggregate([("claim_id", "count"), ("paper_id", "count_distinct")])
        counted = counted.to_pandas().set_index("board")
        summary = self.summary.set_index("board").loc[counted.index, ["dataset", "metric", "direction"]]
        summary["claims"] = counted["claim_id_count"]
        summary["papers"] = counted["paper_id_count_distinct"]
        leaders = kept.filter(pc.fill_null(pc.equal(kept["rank"], 1), False)).to_pandas()
        leaders = leaders.drop_duplicates("board").set_index("board")
        summary["best_model"] = leaders["model"].reindex(summary.index)
        summary["best_value"] = leaders["value"].reindex(summary.index)
        summary = summary.reset_index().sort_values(["claims", "board"], ascending=[False, True])
        return summary[self.summary.columns].reset_index(drop=True)

    def claims_kept(self, mask, where=None, offset: int = 0, limit: int | None = None,
                    order: list[str] | None = None) -> pd.DataFrame:
        """The claims `mask` (and the Arrow condition `where`, a function of the
        claims table) keep, in store order, or sorted by the columns `order` (ascending,
        missing last, stable: as the views' sort_values), from `offset`, at most
        `limit` of them."""
        kept = self._kept(mask, where)
        if order:
            keys = self.claims.select(order).take(kept)
            kept = kept[pc.sort_indices(keys, sort_keys=[(name, "ascending", "at_end") for name in order]).to_numpy()]
        end = len(kept) if limit is None else offset + limit
        return self.frame(self.claims.take(kept[offset:end]))

    def matching(self, mask, where=None) -> int:
        return len(self._kept(mask, where))

    def _kept(self, mask, where) -> np.ndarray:
        keep = mask if mask is not None else pa.chunked_array([pa.array(np.ones(len(self.claims), bool))])
        if where is not None:
            keep = pc.and_(keep, pc.fill_null(where(self.claims), False))
        rows = np.asarray(self.rows)
        return rows[keep.to_numpy(zero_copy_only=False)[rows]]  # in store order


def _timestamp(day: date, kind: pa.DataType) -> pa.Scalar:
    return pa.scalar(pd.Timestamp(day).to_pydatetime(), type=kind)


#: Stores with more claims than this are laid out by a child process: the build holds
#: every claim in pandas (about 1.2 KB each at 1M claims), memory that the page's
#: server process would otherwise keep for good.
IN_PROCESS_CLAIMS = 200_000


def open_page_data(path: str | Path, generation: int) -> PageData:
    """The page data of generation `generation` of the store at `path`: read from disk,
    else built from the store (and saved for the next start when the folder is writable)."""
    folder = page_dir(path, generation)
    if not (folder / "meta.json").exists():
        if _claims(path) > IN_PROCESS_CLAIMS and _built_by_child(path, folder):
            return PageData.open(folder)
        parts = build(load_frame(path))
        try:
            write(folder, *parts)
        except OSError:
            return PageData(*parts)  # a read-only folder: kept in memory only
    return PageData.open(folder)


def _claims(path: str | Path) -> int:
    with Store(path, readonly=True) as store:
        return store.counts()["claims"]


def _built_by_child(path: str | Path, folder: Path) -> bool:
    """Write the page data in a child process (`python -m leaderboard.pagedata`); False
    when it could not (a read-only folder, say: the caller then builds in memory)."""
    done = subprocess.run([sys.executable, "-m", "leaderboard.pagedata", str(path), str(folder)],
                          capture_output=True, check=False)
    return done.returncode == 0 and (folder / "meta.json").exists()


if __name__ == "__main__":
    write(Path(sys.argv[2]), *build(load_frame(sys.argv[1])))
