"""`python -m extract PATH...`: papers in, claims out, one JSON object a line.

Each file's format is detected from its content (JSONL, a saved Daily Papers page,
and whatever other readers are registered). A malformed record is reported on
stderr as `FILE:LINE: reason` and the rest is still extracted; the exit status is
then 1. An abstract that overruns its time budget is reported and skipped past.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import TextIO

from extract.display import value_text
from extract.models import Claim, Paper
from extract.pipeline import DEFAULT_BUDGET_S, extract_paper
from extract.sources import BadRecord, SourceError, read_path, read_text

PROVENANCE = ("span", "sentence", "rule")


def claim_json(claim: Claim, provenance: bool = True) -> str:
    record = claim.spec_dict()
    if provenance:
        record.update({name: getattr(claim, name) for name in PROVENANCE})
    return json.dumps(record, ensure_ascii=False)


def _papers(paths: list[str], stdin: TextIO) -> Iterable[Paper | BadRecord | SourceError]:
    for path in paths:
        try:
            if path == "-":
                yield from read_text(stdin.read(), "<stdin>")
            else:
                yield from read_path(path)
        except SourceError as error:
            yield error


def _table(claims: list[Claim], titles: dict[str, str], out: TextIO) -> None:
    columns = [("paper", 28), ("metric", 12), ("kind", 8), ("value", 12), ("dataset", 18), ("model", 20),
               ("baseline", 18), ("condition", 18), ("text", 14)]
    out.write("  ".join(name.ljust(width) for name, width in columns) + "\n")
    out.write("  ".join("-" * width for _, width in columns) + "\n")
    for claim in claims:
        value = value_text(claim.value, claim.value_max, claim.unit, claim.kind)
        cells = [titles.get(claim.paper, claim.paper), claim.metric, claim.kind, value, claim.dataset or "",
                 claim.model or "", claim.baseline or "", claim.condition or "", claim.text]
        out.write("  ".join(str(cell)[:width].ljust(width) for cell, (_, width) in zip(cells, columns)) + "\n")


def main(argv: list[str] | None = None, stdout: TextIO = sys.stdout, stderr: TextIO = sys.stderr,
         stdin: TextIO = sys.stdin) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m extract",
        description="Extract typed benchmark claims from paper abstracts (JSONL, saved Daily Papers pages, ...).")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="input files; '-' reads standard input")
    parser.add_argument("--table", action="store_true", help="print a readable table instead of JSON lines")
    parser.add_argument("--no-provenance", action="store_true",
                        help="print only the spec's fields (no span, sentence, rule)")
    parser.add_argument("--budget", type=float, default=DEFAULT_BUDGET_S, metavar="SECONDS",
                        help=f"time budget per abstract (default {DEFAULT_BUDGET_S:g})")
    args = parser.parse_args(argv)

    status = 0
    claims: list[Claim] = []
    titles: dict[str, str] = {}
    papers = claims_count = 0
    for item in _papers(args.paths, stdin):
        if isinstance(item, (BadRecord, SourceError)):
            stderr.write(f"{item}\n")
            status = 1
            continue
        papers += 1
        extraction = extract_paper(item, budget_s=args.budget)
        stderr.writelines(f"warning: {warning}\n" for warning in extraction.warnings)
        claims_count += len(extraction.claims)
        if args.table:
            titles[item.id] = item.title or item.id
            claims.extend(extraction.claims)
        else:
            stdout.writelines(claim_json(claim, provenance=not args.no_provenance) + "\n" for claim in extraction.claims)
    if args.table:
        _table(claims, titles, stdout)
        stdout.write(f"\n{claims_count} claims from {papers} papers\n")
    return status


if __name__ == "__main__":  # pragma: no cover
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
