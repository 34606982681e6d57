"""The leaderboard page (Streamlit). A thin shell over leaderboard.tables and
leaderboard.export: it loads the store once per ingest, filters, and shows.

Untrusted text (titles, model and dataset names, sentences) only ever reaches the page
through st.dataframe cells, st.text, widget option labels, or st.html after escaping
(leaderboard.evidence); never through Markdown. Only http(s) URLs become links.

Run it with `claimboard serve`; the store is the one named by $CLAIMBOARD_DB.
"""
from __future__ import annotations

import os

import pandas as pd
import streamlit as st

from leaderboard import evidence, export, tables
from leaderboard.links import safe_http_url
from leaderboard.store import DEFAULT_DB, Store, load_frame

# Streamlit's own table download would write unsanitised CSV: ours is the only path.
# (`claimboard serve` also passes this on the command line, so the browser gets it
# from the first page load.)
st.set_option("client.disableDataExport", True)

BOARD_VIEW = ["rank", "model", "value", "unit", "condition", "model_size", "title",
              "paper_url", "code_url", "date", "sentence", "rule"]
COMPARISON_VIEW = ["model", "baseline", "metric", "kind", "value", "value_max", "unit",
                   "dataset", "condition", "title", "paper_url", "date", "sentence", "rule"]
EXPLORER_VIEW = ["title", "metric", "kind", "value", "value_max", "unit", "dataset", "model",
                 "baseline", "condition", "board", "rank", "model_size", "date", "paper_url",
                 "code_url", "sentence", "rule"]

COLUMNS = {
    "rank": st.column_config.NumberColumn("Rank", format="%d", help="Rank within the whole board"),
    "model": st.column_config.TextColumn("Model"),
    "value": st.column_config.NumberColumn("Value"),
    "value_max": st.column_config.NumberColumn("Up to", help="Upper end of a range"),
    "unit": st.column_config.TextColumn("Unit"),
    "condition": st.column_config.TextColumn("Condition"),
    "model_size": st.column_config.NumberColumn(
        "Model size", format="compact", help="Parameters, from params claims for the same model name"),
    "title": st.column_config.TextColumn("Paper", width="large"),
    # Show where a link goes (its host and path), never text from the page.
    "paper_url": st.column_config.LinkColumn("Paper link", display_text=r"https?://(?:www\.)?([^/?#]+)"),
    "code_url": st.column_config.LinkColumn("Code", display_text=r"https?://(?:www\.)?(.+)", width="medium"),
    "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
    "sentence": st.column_config.TextColumn("Evidence", width="large"),
    "rule": st.column_config.TextColumn("Rule"),
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
    with Store(path) as store:
        return store.generation()


# The frame is read-only once loaded; cache_resource shares it without the copy that
# cache_data makes on every hit. The store's generation (bumped by each ingest that
# changed something) is in the key, so a new ingest shows up on the next rerun.
@st.cache_resource(show_spinner="Loading claims…", max_entries=2)
def cached_frame(path: str, generation: int) -> pd.DataFrame:
    return load_frame(path)


@st.cache_resource(show_spinner=False, max_entries=2)
def cached_summary(path: str, generation: int) -> pd.DataFrame:
    return tables.boards_summary(cached_frame(path, generation))


def sidebar_filters(frame: pd.DataFrame) -> dict:
    """The filter widgets; returns keyword arguments for tables.filter_claims."""
    bar = st.sidebar
    bar.header("Filters")
    metrics = bar.multiselect("Metric", sorted(frame["metric"].dropna().unique()), key="metrics")
    datasets = bar.multiselect("Dataset", sorted(frame["dataset"].dropna().unique()), key="datasets")
    date_range = None
    dated = frame["date"].dropna()
    keep_undated = True
    if not dated.empty:
        first, last = dated.min().date(), dated.max().date()
        picked = bar.date_input("Date between", value=(first, last), min_value=first,
                                max_value=last, key="dates")
        picked = tuple(picked) if isinstance(picked, (tuple, list)) else (picked,)
        if picked and (picked[0] != first or picked[-1] != last or len(picked) == 1):
            date_range = (picked[0], picked[1] if len(picked) > 1 else None)
        keep_undated = bar.checkbox("Include papers without a date", value=True, key="undated")
    text = bar.text_input("Search model or title", key="search")
    return {"metrics": metrics, "datasets": datasets, "date_range": date_range,
            "text": text, "keep_undated": keep_undated}


def show_evidence(row: pd.Series) -> None:
    """One claim's evidence: the sentence with its number marked, the rule, the links."""
    st.subheader("Evidence")
    offsets = evidence.number_offsets(row["sentence"], row["text"], row["span_start"],
                                      row["span_end"], row["sentence_start"])
    st.html('<blockquote class="claim-evidence">' + evidence.highlight_html(row["sentence"], offsets)
            + "</blockquote>")
    st.text(f"{row['model']}: {row['value']:g} — rule {row['rule'] or '(none)'}")
    st.text(f"Paper: {row['title']}")
    paper, code = safe_http_url(row["paper_url"]), safe_http_url(row["code_url"])
    with st.container(horizontal=True):
        if paper:
            st.link_button("Open paper", paper)
        if code:
            st.link_button("Open code", code)


def leaderboard_tab(filtered: pd.DataFrame, summary: pd.DataFrame) -> None:
    """The board picker, the ranked table, the download, and the evidence of a row.
    `summary` is that of `filtered`."""
    if summary.empty:
        st.info("No board matches these filters.")
        return
    counts = dict(zip(summary["board"], summary["claims"]))
    board = st.selectbox("Board", list(counts), index=0, key="board",
                         format_func=lambda name: f"{name}  ({plural(counts[name], 'claim')})")
    table = tables.board_table(filtered, board)
    direction = summary.loc[summary["board"] == board, "direction"].iloc[0]
    st.caption({"lower": "Lower is better.", "higher": "Higher is better."}.get(
        direction, "Direction unknown: not ranked.") + " Select a row to see its evidence.")
    # Unit and condition only take room when some row of this board has one.
    view = [c for c in BOARD_VIEW if c not in ("unit", "condition") or table[c].notna().any()]
    picked = st.dataframe(table, column_order=view, column_config=COLUMNS, hide_index=True,
                          placeholder="—", on_select="rerun", selection_mode="single-row",
                          key="board_table")
    rows = picked.selection.rows if picked is not None else []
    st.download_button("Download this board (CSV)",
                       data=export.to_csv_bytes(export.select_board(filtered, board)),
                       file_name=export.file_name(board), mime="text/csv", key="download_board")
    if len(table):
        show_evidence(table.iloc[rows[0] if rows and rows[0] < len(table) else 0])


def explorer_tab(filtered: pd.DataFrame) -> None:
    st.caption(f"{len(filtered):,} claims match the filters.")
    st.dataframe(filtered, column_order=EXPLORER_VIEW, column_config=COLUMNS, hide_index=True,
                 placeholder="—", lazy=True, key="explorer")
    # The CSV is built only when asked for: it can be large.
    st.download_button("Download these claims (CSV)", data=lambda: export.to_csv_bytes(filtered),
                       file_name=export.file_name(None), mime="text/csv", key="download_all")


def comparisons_tab(filtered: pd.DataFrame) -> None:
    table = tables.comparisons(filtered)
    st.caption(f"{len(table):,} comparative claims (delta, relative, ratio): model vs baseline.")
    st.dataframe(table, column_order=COMPARISON_VIEW, column_config=COLUMNS, hide_index=True,
                 placeholder="—", key="comparisons")


def boards_tab(summary: pd.DataFrame) -> None:
    st.dataframe(summary, hide_index=True, key="boards", column_config={
        "board": COLUMNS["board"], "best_model": st.column_config.TextColumn("Leader"),
        "best_value": st.column_config.NumberColumn("Best value")})


def page() -> None:
    st.set_page_config(page_title="Claimboard", layout="wide")
    st.title("Claimboard")
    path = db_path()
    generation = store_generation(path)
    frame = cached_frame(path, generation)
    if frame.empty:
        st.info("No claims stored yet. Run `claimboard ingest FILE` and reload.")
        return
    summary = cached_summary(path, generation)
    st.caption(f"{frame['paper_id'].nunique():,} papers · {len(frame):,} claims · "
               f"{len(summary):,} boards")
    filtered = tables.filter_claims(frame, **sidebar_filters(frame))
    # Lazy tabs: only the open tab's content is computed and sent.
    tabs = st.tabs(["Leaderboard", "All claims", "Comparisons", "Boards"], key="tab",
                   on_change="rerun")
    # Unfiltered, the cached summary is the filtered one too.
    shown = summary if filtered is frame else tables.boards_summary(filtered)
    views = (lambda: leaderboard_tab(filtered, shown), lambda: explorer_tab(filtered),
             lambda: comparisons_tab(filtered), lambda: boards_tab(summary))
    for tab, view in zip(tabs, views):
        if tab.open:
            with tab:
                view()


page()
