"""Export in the schema of Papers with Code's open `evaluation-tables.json`.

That file (the paperswithcode-data dump, in the format the sota-extractor README
describes) is a list of Task objects; a task holds datasets, each dataset one `sota`
table: the list of its `metrics` and its `rows`. A row has `model_name`, `paper_title`,
`paper_url`, `paper_date`, `code_links` and `model_links` (lists of {title, url}),
`metrics` (metric name -> value, written as text as PwC writes them) and
`uses_additional_data`.

Claimboard knows no task taxonomy, so every dataset sits under one task named
`TASK`. One row per model, setting and paper, with every quality metric that paper
states for it on that dataset (its best value); a setting goes into the model name in
parentheses, as PwC's own rows do ("VAR-d30 (cfg=1.5)"). Derived values are never
exported: only what a paper states.
"""
from __future__ import annotations

import json
import re

import pandas as pd

from leaderboard.links import safe_http_url

TASK = "Results stated in paper abstracts"
TASK_KEYS = ("task", "description", "categories", "subtasks", "datasets", "source_link", "synonyms")
DATASET_KEYS = ("dataset", "description", "subdatasets", "dataset_links", "dataset_citations", "sota")
ROW_KEYS = ("model_name", "paper_title", "paper_url", "paper_date", "code_links", "model_links", "metrics",
            "uses_additional_data")
#: A setting that says the model saw more data than the benchmark's own.
_EXTRA_DATA = re.compile(r"(?i)\b(?:extra|additional|external|more)\b.*\bdata\b|pre-?train")


def model_name(model: str, setting: str | None) -> str:
    """A row's model name, its setting in parentheses as PwC writes settings.

    >>> model_name("VAR", "CFG 1.5"), model_name("VAR", None)
    ('VAR (CFG 1.5)', 'VAR')
    """
    return f"{model} ({setting})" if isinstance(setting, str) and setting.strip() else model


def _text(value: float) -> str:
    return f"{value:g}"


def to_pwc(frame: pd.DataFrame) -> list[dict]:
    """The board rows of an `enrich`ed frame as a PwC task list."""
    rows = frame.loc[frame["board"].notna()]
    datasets = []
    for dataset, claims in rows.groupby("dataset", sort=True):
        # Best first within each metric, so the first value kept per row is its best.
        signed = claims["value"].where(claims["direction"] == "lower", -claims["value"])
        claims = claims.assign(signed=signed, setting=claims["condition"].astype(object).fillna(""))
        claims = claims.sort_values(["signed"], kind="stable")
        metrics = sorted(claims["metric"].unique(), key=lambda m: (-int((claims["metric"] == m).sum()), m))
        table = []
        for (_, setting, paper_id), group in claims.groupby(["model", "setting", "paper_id"], sort=False):
            first = group.iloc[0]
            code = safe_http_url(first["code_url"])
            table.append({
                "model_name": model_name(first["model"], setting),
                "paper_title": first["title"],
                "paper_url": safe_http_url(first["paper_url"]) or "",
                "paper_date": first["date"].strftime("%Y-%m-%d") if pd.notna(first["date"]) else None,
                "code_links": [{"title": code.split("://", 1)[1], "url": code}] if code else [],
                "model_links": [],
                "metrics": {metric: _text(value) for metric, value in
                            group.drop_duplicates("metric")[["metric", "value"]].itertuples(index=False)},
                "uses_additional_data": bool(_EXTRA_DATA.search(setting)),
            })
        datasets.append({"dataset": dataset, "description": "", "subdatasets": [], "dataset_links": [],
                         "dataset_citations": [], "sota": {"metrics": metrics, "rows": table}})
    return [{"task": TASK, "description": "Benchmark claims read from paper abstracts by Claimboard.",
             "categories": [], "subtasks": [], "datasets": datasets, "source_link": None, "synonyms": []}]


def to_pwc_json(frame: pd.DataFrame) -> str:
    return json.dumps(to_pwc(frame), ensure_ascii=False, indent=1) + "\n"


def check_schema(tasks: object) -> list[str]:
    """What in `tasks` breaks the documented structure (empty when it conforms)."""
    problems: list[str] = []

    def need(obj: object, keys: tuple[str, ...], where: str) -> bool:
        if not isinstance(obj, dict):
            problems.append(f"{where}: not an object")
            return False
        problems.extend(f"{where}: no {key!r}" for key in keys if key not in obj)
        return all(key in obj for key in keys)

    if not isinstance(tasks, list):
        return ["top level: not a list of tasks"]
    for t, task in enumerate(tasks):
        if not need(task, TASK_KEYS, f"task {t}"):
            continue
        for d, dataset in enumerate(task["datasets"]):
            where = f"task {t} dataset {d}"
            if not need(dataset, DATASET_KEYS, where) or not need(dataset["sota"], ("metrics", "rows"), where + " sota"):
                continue
            metrics = dataset["sota"]["metrics"]
            for r, row in enumerate(dataset["sota"]["rows"]):
                if not need(row, ROW_KEYS, f"{where} row {r}"):
                    continue
                if not isinstance(row["metrics"], dict) or not set(row["metrics"]) <= set(metrics):
                    problems.append(f"{where} row {r}: metrics not among the table's {metrics}")
                if any(not isinstance(link, dict) or set(link) != {"title", "url"} for link in row["code_links"]):
                    problems.append(f"{where} row {r}: a code link is not {{title, url}}")
                if not isinstance(row["uses_additional_data"], bool):
                    problems.append(f"{where} row {r}: uses_additional_data is not true/false")
    return problems


def read_pwc(tasks: list[dict]) -> pd.DataFrame:
    """One row per (dataset, model_name, paper, metric) value of a PwC task list: the
    flat form that a round trip compares."""
    records = []

    def walk(task_list: list[dict]) -> None:
        for task in task_list:
            for dataset in task["datasets"]:
                for row in dataset["sota"]["rows"]:
                    for metric, value in row["metrics"].items():
                        records.append({"task": task["task"], "dataset": dataset["dataset"],
                                        "model_name": row["model_name"], "paper_title": row["paper_title"],
                                        "paper_url": row["paper_url"], "paper_date": row["paper_date"],
                                        "metric": metric, "value": float(value)})
            walk(task.get("subtasks", []))

    walk(tasks)
    return pd.DataFrame(records, columns=["task", "dataset", "model_name", "paper_title", "paper_url",
                                          "paper_date", "metric", "value"])
