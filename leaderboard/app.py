"""The leaderboard page (Streamlit). A thin shell over leaderboard.tables, .derived,
.history and .export. It never loads every claim: leaderboard.pagedata lays the
enriched claims out once per ingest, and the page reads the board summary, the open
board's rows, and, for the other views, only the rows they show (the All-claims view
a page at a time); filters over every claim run in Arrow.

Untrusted text (titles, model and dataset names, settings, sentences) only ever reaches
the page through st.dataframe cells, st.text, st.code, widget option labels, chart
tooltips (Vega-Lite shows them as text), or st.html after escaping
(leaderboard.evidence); never through Markdown. Only http(s) URLs become links.

The board and the filters live in the address bar: `?board=ImageNet%20256x256%2FFID`
(dataset and metric as the page names them) through st.query_params, the filters and
view switches through widgets bound to query parameters, so a link or a reload opens
the same view.

Run it with `claimboard serve`; the store is the one named by $CLAIMBOARD_DB.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import date
from urllib.parse import quote, urlencode

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import streamlit as st

from leaderboard import derived, evidence, export, history, pagedata, tables
from leaderboard.benchmarks import board_key, parse_board_key, url_board
from leaderboard.links import safe_http_url
from leaderboard.store import DEFAULT_DB, Store, StoreError

log = logging.getLogger("claimboard.page")

# Streamlit's own table download would write unsanitised CSV: ours is the only path.
# (`claimboard serve` also passes this on the command line, so the browser gets it
# from the first page load.)
st.set_option("client.disableDataExport", True)

# Date before the paper: at 1400 px the long text columns (paper, evidence) run off-screen.
BOARD_VIEW = ["rank", "model", "value", "unit", "condition", "flags", "claims", "size", *tables.COST_COLUMNS,
              "date", "title", "paper_url", "code_url", "sentence", "rule", "derived_from"]
#: Shown even when empty: what a row is.
ALWAYS_SHOWN = {"rank", "model", "value"}
COMPARISON_VIEW = ["model", "baseline", "metric", "kind", "shown", "unit", "dataset", "condition", "title",
                   "paper_url", "date", "sentence", "rule"]
EXPLORER_VIEW = ["title", "metric", "kind", "shown", "dataset", "model", "baseline", "condition", "board", "rank",
                 "size", "date", "paper_url", "code_url", "sentence", "rule"]
EFFICIENCY_VIEW = ["metric", "model", "shown", "kind", "baseline", "dataset", "condition", "title", "paper_url",
                   "date", "sentence"]
CONFLICT_VIEW = ["model", "condition", "value", "sentence", "board", "title", "date", "paper_url"]
BEST, EVERY = "Best per model and setting", "Every claim"
#: Rows per page of the All-claims, Efficiency and Comparisons views: they page on the
#: server, never loading or sending every claim.
EXPLORER_PAGE = 500

COLUMNS = {
    # Rank, model, value and setting stay in view when a wide table scrolls sideways.
    "rank": st.column_config.NumberColumn("Rank", format="%d", help="Rank within the whole board", pinned=True),
    "model": st.column_config.TextColumn("Model", pinned=True),
    "value": st.column_config.NumberColumn("Value", pinned=True),
    "condition": st.column_config.TextColumn("Setting", pinned=True,
                                             help="The claim's condition: steps, CFG, precision, resolution, data, shots"),
    "shown": st.column_config.TextColumn("Value", help="Parameter counts as 172M / 1.4B"),
    "value_max": st.column_config.NumberColumn("Up to", help="Upper end of a range"),
    "unit": st.column_config.TextColumn("Unit"),
    "flags": st.column_config.TextColumn(
        "Marker", help="conflict: another paper states a different value for this model and setting; "
                       "derived: computed from two claims, not stated"),
    "claims": st.column_config.NumberColumn("Claims", format="%d",
                                            help="Claims on this board for this model and setting"),
    "size": st.column_config.TextColumn("Params", help="Parameters, from params claims for the same model name"),
    **{metric: st.column_config.TextColumn(f"{metric} (cost)", help="A cost the same paper states for this model")
       for metric in tables.COST_COLUMNS},
    "title": st.column_config.TextColumn("Paper", width="large"),
    # Show where a link goes (its host and path), never text from the page.
    "paper_url": st.column_config.LinkColumn("Paper link", display_text=r"https?://(?:www\.)?([^/?#]+)"),
    "code_url": st.column_config.LinkColumn("Code", display_text=r"https?://(?:www\.)?(.+)", width="medium"),
    "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
    "sentence": st.column_config.TextColumn("Evidence", width="large"),
    "rule": st.column_config.TextColumn("Rule"),
    "derived_from": st.column_config.TextColumn("Derived from", width="large"),
    "baseline": st.column_config.TextColumn("Baseline"),
    "metric": st.column_config.TextColumn("Metric"),
    "kind": st.column_config.TextColumn("Kind"),
    "dataset": st.column_config.TextColumn("Dataset"),
    "board": st.column_config.TextColumn("Board"),
}


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def db_path() -> str:
    return os.environ.get("CLAIMBOARD_DB", str(DEFAULT_DB))


def store_generation(path: str) -> int:
    # Read-only: the page never creates, locks or migrates a store, and reads the last
    # committed state while an ingest writes.
    with Store(path, readonly=True) as store:
        return store.generation()


# Page data and board frames are read-only once loaded; cache_resource shares them
# without the copy that cache_data makes on every hit. The store's generation (bumped by
# each ingest that changed something) is in the key, so a new ingest shows up on the
# next rerun. (The first page after an ingest builds the page data: see pagedata.)
@st.cache_resource(show_spinner="Indexing the claims (once per ingest)…", max_entries=2)
def cached_page_data(path: str, generation: int) -> pagedata.PageData:
    return pagedata.open_page_data(path, generation)


@st.cache_resource(show_spinner=False, max_entries=16)
def cached_board(path: str, generation: int, board: str) -> pd.DataFrame:
    return cached_page_data(path, generation).board_frame(board)


def sidebar_filters(data: pagedata.PageData) -> dict:
    """The filter widgets (each kept in the URL), their choices from the page data's
    summary of every claim; returns keyword arguments for tables.filter_claims."""
    bar = st.sidebar
    bar.header("Filters")
    metrics = bar.multiselect("Metric", data.meta["metrics"], key="metrics", bind="query-params")
    datasets = bar.multiselect("Dataset", data.meta["datasets"], key="datasets", bind="query-params")
    date_range = None
    keep_undated = True
    if data.meta["dates"]:
        first, last = (date.fromisoformat(day) for day in data.meta["dates"])
        picked = bar.date_input("Date between", value=(first, last), min_value=first,
                                max_value=last, key="dates", bind="query-params")
        picked = tuple(picked) if isinstance(picked, (tuple, list)) else (picked,)
        if picked and (picked[0] != first or picked[-1] != last or len(picked) == 1):
            date_range = (picked[0], picked[1] if len(picked) > 1 else None)
        keep_undated = bar.checkbox("Include papers without a date", value=True, key="undated",
                                    bind="query-params")
    text = bar.text_input("Search model or title", key="search", bind="query-params")
    return {"metrics": metrics, "datasets": datasets, "date_range": date_range,
            "text": text, "keep_undated": keep_undated}


def show_claim(row: pd.Series) -> None:
    """One claim's sentence with its number marked, and what it says."""
    offsets = evidence.number_offsets(row["sentence"], row["text"], row["span_start"],
                                      row["span_end"], row["sentence_start"])
    st.html('<blockquote class="claim-evidence">' + evidence.highlight_html(row["sentence"], offsets)
            + "</blockquote>")
    st.text(f"{row['model']}: {row['value']:g} — rule {row['rule'] or '(none)'}")


def show_evidence(row: pd.Series, frame: pd.DataFrame, claims: pd.DataFrame) -> None:
    """The evidence of a board row: its claim (or, for a derived row, both source
    claims), its paper's links, and every claim the row stands for."""
    st.subheader("Evidence")
    sources = row.get("source_claims")
    if isinstance(sources, tuple):
        st.text(f"Derived, not stated: {row['model']} ≈ {row['value']:g}, from these two claims:")
        for claim in frame[frame["claim_id"].isin(sources)].itertuples(index=False):
            show_claim(pd.Series(claim._asdict()))
    else:
        show_claim(row)
    st.text(f"Paper: {row['title']}")
    paper, code = safe_http_url(row["paper_url"]), safe_http_url(row["code_url"])
    with st.container(horizontal=True):
        if paper:
            st.link_button("Open paper", paper)
        if code:
            st.link_button("Open code", code)
    if len(claims) > 1:
        st.text(f"Every claim for this model and setting on this board ({len(claims)}):")
        st.dataframe(claims, column_order=["rank", "model", "value", "condition", "flags", "title", "date", "sentence"],
                     column_config=COLUMNS, hide_index=True, placeholder="—", key="row_claims")


def shown_columns(table: pd.DataFrame) -> list[str]:
    """The view's columns that some row fills (empty columns take no room)."""
    return [c for c in BOARD_VIEW if c in ALWAYS_SHOWN or table[c].notna().any()]


def board_from_url(boards: list[str]) -> None:
    """Open the board the address bar names, once per value it takes (a reload, a
    shared link); picking another board afterwards is not undone."""
    wanted = st.query_params.get("board")
    if wanted is None or st.session_state.get("board_in_url") == wanted:
        return
    st.session_state["board_in_url"] = wanted
    try:
        named = board_key(*parse_board_key(wanted))
    except ValueError:
        return
    if named in boards:
        st.session_state["board"] = named
    elif wanted in boards:
        st.session_state["board"] = wanted


#: Widgets kept in the URL (bind="query-params") and their defaults: a link names
#: only what differs, in the form Streamlit's binding reads back.
BOUND_DEFAULTS = {"metrics": [], "datasets": [], "undated": True, "search": "", "rows": BEST, "split": False,
                  "derived": False}


def link_to(board: str, date_range: tuple | None) -> str:
    """This view's address: the board (written to the address bar here) and every
    filter or switch that differs from its default."""
    st.query_params["board"] = url_board(*parse_board_key(board))
    st.session_state["board_in_url"] = st.query_params["board"]
    params = [("board", st.query_params["board"])]
    for key, default in BOUND_DEFAULTS.items():
        value = st.session_state.get(key, default)
        if value != default:
            values = value if isinstance(value, list) else [str(value).lower() if isinstance(value, bool) else value]
            params += [(key, item) for item in values]
    if date_range:  # as the bound date widget writes a range: the day, repeated
        params += [("dates", day.isoformat()) for day in date_range if day]
    base = st.context.url.split("?", 1)[0] if st.context.url else ""
    return f"{base.rstrip('/')}/?{urlencode(params, quote_via=quote)}"


NO_BOARD_MATCHES = "No board matches these filters."
#: A store with claims but no board (no score claim names both its model and its
#: dataset): "No board matches these filters" there, with no filter set, was a puzzle.
NO_BOARD_YET = ("No boards yet: a board needs score claims that name their model and dataset, and none of the "
                "stored claims does. Every claim is under All claims; Efficiency and Comparisons show the rest.")


def no_board_note(data: pagedata.PageData) -> str:
    """Why a tab of boards is empty: the filters, or a store without any board."""
    return NO_BOARD_MATCHES if len(data.summary) else NO_BOARD_YET


def leaderboard_tab(load_board: Callable[[str], pd.DataFrame], filters: dict, summary: pd.DataFrame,
                    empty_note: str = NO_BOARD_MATCHES) -> None:
    """The board picker, the ranked table(s), the chart, the link, the download, and the
    evidence of a row. `load_board(board)`: the claims that board's views need (see
    pagedata.board_frame); `summary`: the boards under `filters`; `empty_note`: what to
    say when it is empty (no_board_note)."""
    if summary.empty:
        st.info(empty_note)
        return
    counts = dict(zip(summary["board"], summary["claims"]))
    boards = list(counts)
    board_from_url(boards)
    if st.session_state.get("board") not in boards:
        st.session_state["board"] = boards[0]
    board = st.selectbox("Board", boards, key="board",
                         format_func=lambda name: f"{name}  ({plural(counts[name], 'claim')})")
    with st.container(horizontal=True):
        rows_view = st.radio("Rows", [BEST, EVERY], key="rows", horizontal=True, bind="query-params")
        split = st.checkbox("Split by setting", key="split", bind="query-params")
        show_derived = st.checkbox("Show derived results", key="derived", bind="query-params",
                                   help="Values that a stated score and a stated difference imply")
    direction = summary.loc[summary["board"] == board, "direction"].iloc[0]
    frame = load_board(board)
    filtered = tables.filter_claims(frame, **filters)
    every = tables.board_table(filtered, board)
    table = tables.best_per_model(every) if rows_view == BEST else every
    extra = derived.derived_rows(filtered, board) if show_derived else every.iloc[0:0]
    table = tables.with_derived(table, extra, direction)
    st.caption({"lower": "Lower is better.", "higher": "Higher is better."}.get(
        direction, "Direction unknown: not ranked.")
        + f" {plural(len(table), 'row')} from {plural(len(every), 'claim')}"
        + (f" and {plural(len(extra), 'derived result')}" if len(extra) else "")
        + ". Select a row to see its evidence; scroll the table sideways for the evidence sentence and rule"
          " (rank, model, value and setting stay in view).")
    picked_row = None
    if split:
        settings = table["condition"].astype(object).fillna("").unique().tolist()
        for number, setting in enumerate(sorted(settings, key=lambda s: (s != "", s))):
            part = table[table["condition"].astype(object).fillna("") == setting].reset_index(drop=True)
            st.text(f"Setting: {setting or '(none stated)'} — {plural(len(part), 'row')}")
            picked = st.dataframe(part, column_order=shown_columns(part), column_config=COLUMNS, hide_index=True,
                                  placeholder="—", on_select="rerun", selection_mode="single-row",
                                  key=f"board_table_{number}")
            if picked_row is None and picked is not None and picked.selection.rows:
                picked_row = part.iloc[picked.selection.rows[0]]
    else:
        picked = st.dataframe(table, column_order=shown_columns(table), column_config=COLUMNS, hide_index=True,
                              placeholder="—", on_select="rerun", selection_mode="single-row", key="board_table")
        rows = picked.selection.rows if picked is not None else []
        if rows and rows[0] < len(table):
            picked_row = table.iloc[rows[0]]
    sota_section(every, board, direction)
    st.caption("Link to this board and these filters (copy it with the button at its right):")
    st.code(link_to(board, filters["date_range"]), language=None, wrap_lines=True)
    st.download_button("Download this board (CSV)",
                       data=export.to_csv_bytes(export.select_board(filtered, board)),
                       file_name=export.file_name(board), mime="text/csv", key="download_board",
                       on_click="ignore")  # a download changes nothing on the page: no rerun
    if len(table):
        row = picked_row if picked_row is not None else table.iloc[0]
        same = every[(tables.model_key(every["model"]) == str(row["model"]).strip().casefold())
                     & (tables.setting_key(every["condition"]) == tables.setting_key(pd.Series([row["condition"]]))[0])]
        show_evidence(row, frame, same if row["flags"] != "derived" else every.iloc[0:0])


def sota_section(table: pd.DataFrame, board: str, direction: str | None) -> None:
    """State of the art over time: every stated claim of the board that has a date."""
    over_time = history.sota_over_time(table, direction)
    if over_time.empty:
        return
    st.subheader("State of the art over time")
    st.caption(f"{plural(len(over_time), 'dated claim')}; the dashed step line is the best so far. "
               "Hover a point for its model, value, paper and setting.")
    st.altair_chart(history.sota_chart(over_time, parse_board_key(board)[1]), key="sota_chart")


def dataset_tab(data: pagedata.PageData, filters: dict, summary: pd.DataFrame) -> None:
    """Every quality metric of one dataset side by side, ranked by the metric picked."""
    if summary.empty:
        st.info(no_board_note(data))
        return
    datasets = summary.groupby("dataset", sort=False)["metric"].apply(list)
    dataset = st.selectbox("Dataset", list(datasets.index), key="dataset_page",
                           format_func=lambda name: f"{name}  ({plural(len(datasets[name]), 'metric')})")
    rank_by = st.selectbox("Rank by", datasets[dataset], key="rank_by")
    filtered = tables.filter_claims(data.dataset_frame(dataset), **filters)
    table = tables.metrics_side_by_side(filtered, dataset, rank_by)
    st.caption(f"{plural(len(table), 'row')}: one per model, setting and paper; each metric's best value there.")
    metric_columns = {m: st.column_config.NumberColumn(m) for m in datasets[dataset]}
    st.dataframe(table, column_config={**COLUMNS, **metric_columns}, hide_index=True, placeholder="—",
                 key="dataset_table")


def of_kinds(column: str, values) -> Callable[[pa.Table], pa.ChunkedArray]:
    """An Arrow condition on the claims table: `column` is one of `values`."""
    return lambda claims: pc.is_in(claims[column], value_set=pa.array(sorted(values), pa.string()))


def page_of_claims(data: pagedata.PageData, mask, key: str, where=None,
                   order: list[str] | None = None) -> tuple[pd.DataFrame, int, str]:
    """A page of the claims `mask` and `where` keep (see PageData.claims_kept), with a
    "Page" box when there is more than one: (the page, how many match, a note saying
    which page this is, or '')."""
    matching = data.matching(mask, where)
    pages = max(1, -(-matching // EXPLORER_PAGE))
    number = min(int(st.number_input("Page", min_value=1, max_value=pages, value=1, step=1, key=key)), pages) \
        if pages > 1 else 1
    first = (number - 1) * EXPLORER_PAGE
    shown = data.claims_kept(mask, where, offset=first, limit=EXPLORER_PAGE, order=order)
    note = f"; page {number:,} of {pages:,} (rows {first + 1:,}–{first + len(shown):,})" if pages > 1 else ""
    return shown, matching, note


def efficiency_tab(data: pagedata.PageData, mask) -> None:
    claims, matching, note = page_of_claims(data, mask, "efficiency_page",
                                            of_kinds("metric", tables.COST_METRICS | {"speedup"}),
                                            order=["metric", "dataset", "model"])
    table = tables.efficiency(claims)
    st.caption(f"{plural(matching, 'cost claim')}: training time, latency, memory, FLOPs, MACs, parameters, "
               f"throughput and speed-ups. These are costs, never ranked as quality boards{note}.")
    st.dataframe(table, column_order=EFFICIENCY_VIEW, column_config={**COLUMNS, "metric": st.column_config.TextColumn(
        "Cost")}, hide_index=True, placeholder="—", key="efficiency")


def conflicts_tab(data: pagedata.PageData, mask) -> None:
    table = tables.conflicts(data.claims_kept(mask, of_kinds("flags", ["conflict"])))
    groups = table[["board", "model", "condition"]].astype(object).fillna("").drop_duplicates()
    st.caption(f"{plural(len(groups), 'conflict')}: the same model, board and setting with different values in "
               f"different papers ({plural(len(table), 'claim')}). Often a misquoted baseline.")
    st.dataframe(table, column_order=CONFLICT_VIEW, column_config=COLUMNS, hide_index=True, placeholder="—",
                 key="conflicts")


def explorer_tab(data: pagedata.PageData, mask) -> None:
    """Every claim the filters keep, a page at a time: only the shown page is loaded."""
    shown, matching, note = page_of_claims(data, mask, "explorer_page")
    st.caption(f"{plural(matching, 'claim')} match the filters{note}.")
    st.dataframe(shown, column_order=EXPLORER_VIEW, column_config=COLUMNS, hide_index=True,
                 placeholder="—", key="explorer")
    # The CSV is built only when asked for: it can be large.
    st.download_button("Download these claims (CSV)", data=lambda: export.to_csv_bytes(data.claims_kept(mask)),
                       file_name=export.file_name(None), mime="text/csv", key="download_all", on_click="ignore")


def comparisons_tab(data: pagedata.PageData, mask) -> None:
    claims, matching, note = page_of_claims(data, mask, "comparisons_page", of_kinds("kind", tables.COMPARATIVE_KINDS),
                                            order=["metric", "dataset", "model", "value"])
    table = tables.comparisons(claims)
    st.caption(f"{plural(matching, 'comparative claim')} (delta, relative, ratio): model vs baseline{note}.")
    st.dataframe(table, column_order=COMPARISON_VIEW, column_config=COLUMNS, hide_index=True,
                 placeholder="—", key="comparisons")


def boards_tab(summary: pd.DataFrame) -> None:
    st.caption(f"{plural(len(summary), 'board')} match the filters.")
    st.dataframe(summary, hide_index=True, key="boards", column_config={
        "board": COLUMNS["board"], "best_model": st.column_config.TextColumn("Leader"),
        "best_value": st.column_config.NumberColumn("Best value")})


def page() -> None:
    st.set_page_config(page_title="Claimboard", layout="wide")
    st.title("Claimboard")
    path = db_path()
    try:
        generation = store_generation(path)
        data = cached_page_data(path, generation)
    except StoreError as error:
        # One line for the reader, the detail (with its traceback) for the log: no
        # server paths or stack frames on the page beyond the store's own name.
        log.warning("cannot load the store: %s", error, exc_info=True)
        st.error(f"Cannot show the leaderboard: {error}")
        return
    if not data.meta["claims"]:
        st.info("No claims stored yet. Run `claimboard ingest FILE` and reload.")
        return
    filters = sidebar_filters(data)
    mask = data.mask(**filters)
    shown = data.summary_for(mask)
    header = (f"{plural(data.meta['papers'], 'paper')} with claims · {plural(data.meta['claims'], 'claim')} · "
              f"{plural(len(data.summary), 'board')}")
    if mask is not None:
        claims, papers = data.count(mask)
        header += (f" — the filters keep {plural(claims, 'claim')} from "
                   f"{plural(papers, 'paper')} on {plural(len(shown), 'board')}")
    st.caption(header)
    # Lazy tabs: only the open tab's content is computed and sent.
    names = ["Leaderboard", "Dataset", "Efficiency", "Conflicts", "All claims", "Comparisons", "Boards"]
    tabs = st.tabs(names, key="tab", on_change="rerun")
    views = (lambda: leaderboard_tab(lambda board: cached_board(path, generation, board), filters, shown,
                                     no_board_note(data)),
             lambda: dataset_tab(data, filters, shown), lambda: efficiency_tab(data, mask),
             lambda: conflicts_tab(data, mask), lambda: explorer_tab(data, mask),
             lambda: comparisons_tab(data, mask), lambda: boards_tab(shown))
    for tab, view in zip(tabs, views):
        if tab.open:
            with tab:
                view()


page()
