"""How numbers read to a person: parameter counts as `172M` / `1.4B`, shared by the
page (leaderboard/) and `python -m extract --table`. Stored values stay raw numbers;
only what is printed or shown goes through here."""
from __future__ import annotations

import math

_SUFFIXES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))


def count_text(number: float | None) -> str:
    """A count with the suffix papers use, to three significant digits; '' when missing.

    >>> [count_text(n) for n in (172e6, 1.4e9, 1.1e9, 675e6, 7e9, 1.234e9, 30e3, 512, None)]
    ['172M', '1.4B', '1.1B', '675M', '7B', '1.23B', '30K', '512', '']
    """
    if number is None or (isinstance(number, float) and math.isnan(number)):
        return ""
    for scale, suffix in _SUFFIXES:
        if abs(number) >= scale:
            return f"{number / scale:.3g}{suffix}"
    return f"{number:g}"


def value_text(value: float, value_max: float | None, unit: str | None, kind: str) -> str:
    """A claim's value as a reader writes it: params as counts, a range as `a-b`, the unit after.

    >>> value_text(8e8, None, None, "params"), value_text(5, 10, "x", "ratio"), value_text(87.3, None, "%", "score")
    ('800M', '5-10x', '87.3%')
    """
    show = count_text if kind == "params" else (lambda n: f"{n:g}")
    has_max = value_max is not None and not (isinstance(value_max, float) and math.isnan(value_max))
    return show(value) + (f"-{show(value_max)}" if has_max else "") + (unit if isinstance(unit, str) else "")
