"""State of the art over time for one board: each dated result a point at its paper's
date, and a step line through the best value reached so far. Built as an Altair
(Vega-Lite) chart, which Streamlit draws; no Streamlit here."""
from __future__ import annotations

import altair as alt
import pandas as pd

#: The points are the chart's only symbol marks: Vega's SVG draws each one as a path
#: under this group, which the browser test counts.
POINT_SELECTOR = "g.mark-symbol path"


def sota_over_time(table: pd.DataFrame, direction: str | None) -> pd.DataFrame:
    """The dated rows of a board table, oldest first, with `best_so_far` (by the
    metric's direction; the running best is empty when the direction is unknown)."""
    dated = table[table["date"].notna()].sort_values(["date", "value"], kind="stable").copy()
    if direction == "lower":
        dated["best_so_far"] = dated["value"].cummin()
    elif direction == "higher":
        dated["best_so_far"] = dated["value"].cummax()
    else:
        dated["best_so_far"] = float("nan")
    dated["setting"] = dated["condition"].astype(object).fillna("—")
    return dated[["date", "value", "best_so_far", "model", "title", "setting"]].reset_index(drop=True)


def sota_chart(history: pd.DataFrame, metric: str) -> alt.LayerChart:
    """Points per result and a step line of the best so far; hovering a point shows
    model, value, paper, setting and date (Vega-Lite tooltips are plain text)."""
    base = alt.Chart(history).encode(x=alt.X("date:T", title="Paper date"))
    points = base.mark_point(filled=True, size=70).encode(
        y=alt.Y("value:Q", title=metric, scale=alt.Scale(zero=False)),
        tooltip=[alt.Tooltip("model:N", title="Model"), alt.Tooltip("value:Q", title=metric),
                 alt.Tooltip("title:N", title="Paper"), alt.Tooltip("setting:N", title="Setting"),
                 alt.Tooltip("date:T", title="Date", format="%Y-%m-%d")])
    best = base.mark_line(interpolate="step-after", strokeDash=[4, 2]).encode(
        y="best_so_far:Q")
    # SVG, so that each point is an element of the page (and countable in a test).
    return alt.layer(best, points).properties(height=280, usermeta={"embedOptions": {"renderer": "svg"}})
