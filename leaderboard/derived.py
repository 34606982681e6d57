"""Derived results: numbers an abstract implies but does not state.

"M scores 1.78 and beats LlamaGen by 0.4" states M's FID and a difference; LlamaGen's
FID (about 2.18) follows. Likewise a relative change ("reduces FID by 25.5%") together
with either side's score, and a "from A to B" pair whose starting score is stated
without a model. A derived row is never a claim: it is marked, carries no rank, names
both source claims, and the page shows it only when asked for.

Reading of a comparison: its model is the better one (a delta or relative change is
stated as the model's gain over the baseline), whatever the sign the abstract used.
"""
from __future__ import annotations

import pandas as pd

from leaderboard.tables import BOARD_COLUMNS, model_key, setting_key


def _baseline_value(model_value: float, kind: str, amount: float, lower_better: bool) -> float | None:
    """The baseline's value, from the model's value and its gain over the baseline."""
    amount = abs(amount)
    if kind == "delta":
        return model_value + amount if lower_better else model_value - amount
    factor = 1 - amount / 100 if lower_better else 1 + amount / 100
    return model_value / factor if factor > 0 else None


def _model_value(baseline_value: float, kind: str, amount: float, lower_better: bool) -> float:
    """The model's value, from the baseline's value and the model's gain over it."""
    amount = abs(amount)
    if kind == "delta":
        return baseline_value - amount if lower_better else baseline_value + amount
    return baseline_value * (1 - amount / 100 if lower_better else 1 + amount / 100)


def _rounded(value: float, *sources: float) -> float:
    """To the precision of the sources plus one digit: derived values are estimates."""
    digits = max((len(f"{abs(s):g}".partition(".")[2]) for s in sources), default=0)
    return round(value, digits + 1)


def derived_rows(frame: pd.DataFrame, board: str) -> pd.DataFrame:
    """Derived rows for `board`, in the columns of tables.board_table."""
    scores = frame.loc[frame["board"] == board]
    if scores.empty or scores["direction"].iloc[0] not in ("lower", "higher"):
        return pd.DataFrame(columns=BOARD_COLUMNS)
    dataset, metric = scores["dataset"].iloc[0], scores["metric"].iloc[0]
    lower_better = scores["direction"].iloc[0] == "lower"
    comparable = frame.loc[frame["kind"].isin(["delta", "relative"]) & (frame["metric"] == metric)
                           & (frame["dataset"] == dataset)]
    # A "from A to B" start: a score of this metric and dataset stated without a model
    # (so on no board), found in the same sentence as the change.
    starts = frame.loc[(frame["kind"] == "score") & (frame["metric"] == metric) & (frame["dataset"] == dataset)
                       & frame["model"].isna()]
    changes = comparable[comparable["paper_id"].isin(set(scores["paper_id"]) | set(starts["paper_id"]))]
    if changes.empty:
        return pd.DataFrame(columns=BOARD_COLUMNS)
    stated = {(p, m, s): row for p, m, s, row in zip(
        scores["paper_id"], model_key(scores["model"]), setting_key(scores["condition"]),
        scores.to_dict("records"))}
    changes = changes.assign(model_k=model_key(changes["model"]), baseline_k=model_key(changes["baseline"]),
                             setting_k=setting_key(changes["condition"]))
    rows = []
    for change in changes.to_dict("records"):
        named = isinstance(change["model"], str)
        own = stated.get((change["paper_id"], change["model_k"], change["setting_k"])) if named else None
        other = (stated.get((change["paper_id"], change["baseline_k"], change["setting_k"]))
                 if isinstance(change["baseline"], str) else None)
        if own is not None and other is None and isinstance(change["baseline"], str):
            value = _baseline_value(own["value"], change["kind"], change["value"], lower_better)
            if value is not None:
                rows.append(_row(own, change, change["baseline"], value))
        elif own is None and named:
            source = other if other is not None else _start_of(starts, change)
            if source is not None:
                value = _model_value(source["value"], change["kind"], change["value"], lower_better)
                rows.append(_row(source, change, change["model"], value))
    if not rows:
        return pd.DataFrame(columns=BOARD_COLUMNS)
    return pd.DataFrame(rows).drop_duplicates(["model", "condition", "value", "paper_id"])[BOARD_COLUMNS]


def _start_of(starts: pd.DataFrame, change: dict) -> dict | None:
    same = starts[(starts["paper_id"] == change["paper_id"]) & (starts["sentence_start"] == change["sentence_start"])]
    return same.iloc[0].to_dict() if len(same) else None


def _row(source: dict, change: dict, model: str, value: float) -> dict:
    """A derived board row: the comparison's paper, sentence and setting; both sources named."""
    sign = {"delta": f"by {abs(change['value']):g}", "relative": f"by {abs(change['value']):g}%"}[change["kind"]]
    who = source["model"] if isinstance(source.get("model"), str) else "the stated start"
    return {
        **{column: None for column in BOARD_COLUMNS},
        "rank": pd.NA, "model": model, "value": _rounded(value, source["value"], change["value"]),
        "unit": source.get("unit"), "condition": change["condition"], "flags": "derived", "claims": pd.NA,
        "title": change["title"], "paper_url": change["paper_url"], "code_url": change["code_url"],
        "date": change["date"], "sentence": change["sentence"], "rule": "derived",
        "derived_from": (f"{who} {source['value']:g} ({source['kind']}) and {change['model']} ahead of "
                         f"{change['baseline'] if isinstance(change['baseline'], str) else 'its start'} {sign} "
                         f"({change['kind']})"),
        "paper_id": change["paper_id"], "source_claims": (int(source["claim_id"]), int(change["claim_id"])),
    }
