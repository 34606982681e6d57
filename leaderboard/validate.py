"""Extraction scored against hand-labelled fixtures, with the spec's rules.

A predicted claim matches a labelled one when both are for the same paper, the
metric names are equal (case-insensitive) and the values agree within 0.5% (both
ends of a range). Each labelled claim matches at most one prediction. Over matched
pairs, dataset / model / baseline agreement is counted after reducing names to
lowercase letters and digits (and "256x256" to "256"). A leaderboard row is a
`score` or `params` claim; a predicted row counts when metric, value, dataset and
model all agree.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import regex

from extract.models import Paper
from extract.pipeline import extract_paper
from extract.sources import BadRecord, SourceError, read_path, title_key

ROW_KINDS = ("score", "params")


def normalise_name(value: str | None) -> str:
    """'ImageNet 256x256' and 'ImageNet-256' agree; so do 'DiT-XL' and 'dit xl'.

    >>> normalise_name("ImageNet 256x256") == normalise_name("ImageNet-256")
    True
    """
    if value is None:
        return ""
    reduced = regex.sub(r"[^a-z0-9]", "", value.lower())
    return regex.sub(r"(\d+)x\1", r"\1", reduced)


def values_agree(predicted: float, gold: float) -> bool:
    """Within 0.5% of the labelled value.

    >>> values_agree(1.785, 1.78), values_agree(1.8, 1.78), values_agree(0.0, 0.0)
    (True, False, True)
    """
    if gold == 0:
        return predicted == 0
    return abs(predicted - gold) <= 0.005 * abs(gold)


def _claims_match(p: dict, g: dict, by_metric: bool = True) -> bool:
    if (by_metric and p["metric"].lower() != g["metric"].lower()) or not values_agree(p["value"], g["value"]):
        return False
    if g.get("value_max") is None:
        return p.get("value_max") is None or values_agree(p["value_max"], g["value"])
    return p.get("value_max") is not None and values_agree(p["value_max"], g["value_max"])


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    claims: Score = field(default_factory=Score)
    rows: Score = field(default_factory=Score)
    agreement: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in ("dataset", "model", "baseline")})
    #: Matched claims whose `kind` agrees, of all matched: not part of any F1 (matching is on
    #: metric and value), but boards and users read it (a % gain in points or relative).
    kind_agreement: list[int] = field(default_factory=lambda: [0, 0])
    missed: list[dict] = field(default_factory=list)
    extra: list[dict] = field(default_factory=list)
    misattributed: list[tuple[dict, dict, list[str]]] = field(default_factory=list)
    unknown_papers: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def score(predicted: Iterable[dict], gold: Iterable[dict], by_metric: bool = True) -> Report:
    """Score predicted claims (spec dicts) against labelled ones (spec dicts).

    `by_metric=False` matches on paper and value alone, ignoring the metric's name: not
    the spec's score, but a diagnostic of how much of a gap is naming, not finding
    (tests/bench/naming_gap.py)."""
    report = Report()
    predicted = list(predicted)
    gold = list(gold)
    report.claims.predicted, report.claims.gold = len(predicted), len(gold)
    used: set[int] = set()
    pairs: list[tuple[dict, dict]] = []
    for g in gold:
        candidates = [(i, p) for i, p in enumerate(predicted)
                      if i not in used and p["paper"] == g["paper"] and _claims_match(p, g, by_metric)]
        if not candidates:
            report.missed.append(g)
            continue
        # among equal matches, prefer the one that agrees on the most attributes
        i, p = max(candidates, key=lambda c: sum(normalise_name(c[1].get(f)) == normalise_name(g.get(f))
                                                 for f in ("dataset", "model", "baseline")))
        used.add(i)
        pairs.append((p, g))
    report.claims.true_positives = len(pairs)
    report.extra = [p for i, p in enumerate(predicted) if i not in used]
    for p, g in pairs:
        report.kind_agreement[0] += p["kind"] == g["kind"]
        report.kind_agreement[1] += 1
        wrong = []
        for name, tally in report.agreement.items():
            tally[1] += 1
            if normalise_name(p.get(name)) == normalise_name(g.get(name)):
                tally[0] += 1
            else:
                wrong.append(name)
        if wrong:
            report.misattributed.append((p, g, wrong))
    report.rows = _row_score(predicted, gold, by_metric)
    return report


def _same_row(p: dict, g: dict, by_metric: bool = True) -> bool:
    """A predicted row and a labelled one agree: paper, metric, value, dataset and model."""
    return (p["paper"] == g["paper"] and _claims_match(p, g, by_metric)
            and normalise_name(p.get("dataset")) == normalise_name(g.get("dataset"))
            and normalise_name(p.get("model")) == normalise_name(g.get("model")))


def row_pairs(rows_p: list[dict], rows_g: list[dict], by_metric: bool = True) -> dict[int, int]:
    """Each matched labelled row's index -> its predicted row's index: labels in order, each
    taking the first free predicted row that agrees with it (the row score's matching)."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for j, g in enumerate(rows_g):
        for i, p in enumerate(rows_p):
            if i not in used and _same_row(p, g, by_metric):
                used.add(i)
                pairs[j] = i
                break
    return pairs


def _row_score(predicted: list[dict], gold: list[dict], by_metric: bool = True) -> Score:
    rows_p = [p for p in predicted if p["kind"] in ROW_KINDS]
    rows_g = [g for g in gold if g["kind"] in ROW_KINDS]
    return Score(true_positives=len(row_pairs(rows_p, rows_g, by_metric)), predicted=len(rows_p), gold=len(rows_g))


class UnusableInput(ValueError):
    """Fixtures or sources that cannot be scored at all: one line (FILE:LINE: reason, or
    a sentence that says what to pass instead), never a traceback or a score of 0."""


#: What every labelled claim needs for `score` to match it.
LABEL_FIELDS = ("paper", "metric", "kind", "value")


def load_gold(path: str | Path) -> list[dict]:
    """The JSON objects of a JSON Lines file; a line that is not one is FILE:LINE: reason."""
    records = []
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise UnusableInput(f"{path}:{number}: not JSON ({error.msg} at column {error.colno})") from None
                if not isinstance(record, dict):
                    raise UnusableInput(f"{path}:{number}: expected a JSON object, got {type(record).__name__}")
                records.append(record)
    except UnicodeDecodeError as error:
        raise UnusableInput(f"{path}: not UTF-8 text (byte 0x{error.object[error.start]:02x}): expected "
                            "JSON Lines of labelled claims") from None
    return records


def load_labels(path: str | Path) -> list[dict]:
    """Labelled claims (load_gold), each with the fields scoring needs, at least one."""
    gold = load_gold(path)
    for number, record in enumerate(gold, 1):
        missing = [name for name in LABEL_FIELDS if name not in record]
        if missing:
            raise UnusableInput(f"{path}: labelled claim {number} lacks {', '.join(missing)}: "
                                f"is this a fixtures file? (each line a claim with {', '.join(LABEL_FIELDS)})")
    if not gold:
        raise UnusableInput(f"{path}: no labelled claims (expected JSON Lines, each a claim with "
                            f"{', '.join(LABEL_FIELDS)}, as in data/fixtures/seed_gold.jsonl)")
    return gold


def _check_papers_are_labelled(papers: list[Paper], gold: list[dict], gold_path: str | Path) -> None:
    """Sources and fixtures that share no paper would score 0 with every label "missed":
    a mix-up of files (a papers file without its --fixtures), said as such instead."""
    key = gold_key(gold)
    read = {key(paper) for paper in papers}
    labelled = {g["paper"] for g in gold}
    if not labelled & read:
        raise UnusableInput(
            f"none of the {len(labelled)} papers labelled in {gold_path} is among the {len(papers)} papers "
            "read: pass --fixtures with these papers' labels (each labelled set's sit beside its papers: "
            "data/fixtures/NAME_papers.jsonl --fixtures data/fixtures/NAME_gold.jsonl)")


def gold_key(gold: list[dict]) -> Callable[[Paper], str]:
    """How the fixtures key a paper: by `title` when they carry titles (their `paper` ids
    may differ from the reader's), else by id."""
    by_title = {title_key(g["title"]): g["paper"] for g in gold if g.get("title")}
    return lambda paper: by_title.get(title_key(paper.title), paper.id)


def extract_for_gold(papers: list[Paper], gold: list[dict]) -> tuple[list[dict], list[str]]:
    """Extract every paper and key its claims like the fixtures do (gold_key)."""
    key = gold_key(gold)
    predicted, warnings = [], []
    for paper in papers:
        extraction = extract_paper(paper)
        warnings.extend(extraction.warnings)
        paper_key = key(paper)
        for claim in extraction.claims:
            record = claim.spec_dict()
            record["paper"] = paper_key
            record["sentence"] = claim.sentence
            record["rule"] = claim.rule
            predicted.append(record)
    return predicted, warnings


def validate(papers: list[Paper], gold_path: str | Path) -> Report:
    gold = load_labels(gold_path)
    _check_papers_are_labelled(papers, gold, gold_path)
    predicted, warnings = extract_for_gold(papers, gold)
    report = score(predicted, gold)
    report.warnings = warnings
    papers_by_key = {title_key(p.title) for p in papers}
    report.unknown_papers = sorted({g["title"] for g in gold
                                    if g.get("title") and title_key(g["title"]) not in papers_by_key})
    return report


def _describe(claim: dict) -> str:
    parts = [f"{claim['metric']} {claim['kind']} {claim['value']:g}"]
    if claim.get("value_max") is not None:
        parts[0] += f"-{claim['value_max']:g}"
    for name in ("dataset", "model", "baseline", "condition"):
        if claim.get(name):
            parts.append(f"{name}={claim[name]}")
    return f"[{claim['paper']}] {claim.get('text', '')!r}: " + ", ".join(parts)


def format_report(report: Report, thresholds: tuple[float, float] = (0.95, 0.90)) -> str:
    c, r = report.claims, report.rows
    lines = [
        (f"claims: P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  "
         f"({c.true_positives} matched, {c.predicted} predicted, {c.gold} labelled)"),
        (f"rows:   P {r.precision:.3f}  R {r.recall:.3f}  F1 {r.f1:.3f}  "
         f"({r.true_positives} matched, {r.predicted} predicted, {r.gold} labelled)"),
        "agreement on matched claims: " + ", ".join(
            f"{name} {ok}/{total}" for name, (ok, total) in report.agreement.items()),
    ]
    if report.missed:
        lines.append(f"\nmissed ({len(report.missed)}):")
        lines += [f"  - {_describe(g)}" for g in report.missed]
    if report.extra:
        lines.append(f"\nextra ({len(report.extra)}):")
        for p in report.extra:
            lines.append(f"  + {_describe(p)}  <{p.get('rule', '')}>")
            if p.get("sentence"):
                lines.append(f"      \"{p['sentence']}\"")
    if report.misattributed:
        lines.append(f"\nmis-attributed ({len(report.misattributed)}):")
        for p, g, wrong in report.misattributed:
            diffs = ", ".join(f"{w}: got {p.get(w)!r}, want {g.get(w)!r}" for w in wrong)
            lines.append(f"  ~ {_describe(g)}\n      {diffs}")
    if report.unknown_papers:
        lines.append(f"\nlabelled papers not in the source ({len(report.unknown_papers)}): " + "; ".join(report.unknown_papers))
    for warning in report.warnings:
        lines.append(f"warning: {warning}")
    claim_min, row_min = thresholds
    verdict = "PASS" if c.f1 >= claim_min and r.f1 >= row_min else "FAIL"
    lines.append(f"\n{verdict}: claim F1 {c.f1:.3f} (need {claim_min}), row F1 {r.f1:.3f} (need {row_min})")
    return "\n".join(lines)


def run_validate(source_paths: list[str], fixtures_path: str,
                 thresholds: tuple[float, float] = (0.95, 0.90)) -> tuple[str, bool]:
    """Read the sources, extract, score against the fixtures: (report text, passed)."""
    papers: list[Paper] = []
    bad: list[BadRecord] = []
    for path in source_paths:
        try:
            for item in read_path(path):
                (bad if isinstance(item, BadRecord) else papers).append(item)
        except SourceError as error:  # a whole file no reader can read: nothing to score
            raise UnusableInput(str(error)) from None
    report = validate(papers, fixtures_path)
    text = format_report(report, thresholds)
    if bad:
        text = "\n".join(str(b) for b in bad) + "\n" + text
    passed = report.claims.f1 >= thresholds[0] and report.rows.f1 >= thresholds[1]
    return text, passed
