"""Vocabularies the extractor and the boards share, kept as data files beside this module.

`metric_direction` says which way a metric improves, so a board can rank it without
the code carrying a list of metric names.

>>> metric_direction("FID"), metric_direction("accuracy"), metric_direction("top-20 accuracy")
('lower', 'higher', 'higher')
>>> metric_direction("params") is None
True
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files
from typing import Literal, Optional

Direction = Literal["lower", "higher"]


@lru_cache(maxsize=1)
def _metrics() -> dict:
    return json.loads((files(__package__) / "metrics.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _directions() -> dict[str, Direction]:
    data = _metrics()
    table: dict[str, Direction] = {}
    for direction in ("lower", "higher"):
        for name in data.get(direction, []):
            table[name.casefold()] = direction  # metric names are compared case-insensitively
    return table


def metric_direction(name: str) -> Optional[Direction]:
    """'lower' or 'higher' when that way is better for metric `name`, else None."""
    key = name.strip().casefold()
    if key in _directions():
        return _directions()[key]
    for pattern in _metrics().get("higher_patterns", []):
        if re.match(pattern, key):
            return "higher"
    return None
