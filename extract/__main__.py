"""`python -m extract PATH...`: papers in, claims out, one JSON object a line.

Each file's format is detected from its first bytes (JSONL, the arXiv metadata
snapshot, a saved Daily Papers page, and whatever other readers are registered), and
files are read as streams, so any size runs in bounded memory. A malformed record is
reported on stderr as `FILE:LINE: reason` and the rest is still extracted; the exit
status is then 1. An abstract that overruns its time budget is reported and skipped past.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, TextIO

from extract.backstop import timer_backstop
from extract.display import value_text
from extract.parallel import Failed, chunked, default_jobs, ordered_map
from extract.records import SPEC_FIELDS, ClaimRecord, plain_records
from extract.sources import (
    DEFAULT_MAX_RECORD_BYTES,
    BadRecord,
    Keep,
    SourceError,
    read_path,
    read_stream,
)
from extract.sources.filters import (
    CountingFilter,
    left_out_note,
    paper_filter,
    parse_categories,
    parse_since,
)
from extract.sources.stream import size_text

if TYPE_CHECKING:
    from extract.models import Claim, Paper

# The pipeline is imported on the first paper (it compiles every rule's patterns), so an
# empty input, `--help` or a bad option answers at once. Papers and claims are plain
# records (extract.records) while `main` runs: pydantic is imported only where a record
# needs validating (a bad or coerced one), and the output is the same.

PROVENANCE = ("span", "sentence", "rule")

#: Papers per chunk handed to a worker (see extract.parallel; the first runs before the fork).
CHUNK = 64


#: `json.dumps(..., ensure_ascii=False)` builds an encoder at every call (only the defaults
#: share one): built once here, with the same settings.
_CLAIM_ENCODER = json.JSONEncoder(ensure_ascii=False)


#: The fields a line holds: the spec's, in its order (`Claim.spec_dict`), then the provenance.
_WITH_PROVENANCE = (*SPEC_FIELDS, *PROVENANCE)


def claim_json(claim: Claim | ClaimRecord, provenance: bool = True) -> str:
    if provenance:
        # A plain record's values (its `__dict__`) are a line's fields in a line's order, as
        # `make_claim` keeps them (`records.CLAIM_FIELDS`): encoded as they are, not copied
        # field by field (~1.5 us of ~5 a claim).
        values = claim.__dict__ if type(claim) is ClaimRecord else None
        if values is not None and tuple(values) == _WITH_PROVENANCE:
            return _CLAIM_ENCODER.encode(values)
    # (one dict of the fields, not `spec_dict()` and an update: the same keys in the same order)
    return _CLAIM_ENCODER.encode({name: getattr(claim, name)
                                  for name in (_WITH_PROVENANCE if provenance else SPEC_FIELDS)})


def _papers(paths: list[str], stdin: TextIO, keep: Keep | None,
            max_record_bytes: int) -> Iterable[Paper | BadRecord | SourceError]:
    for path in paths:
        try:
            if path == "-":
                yield from read_stream(stdin, "<stdin>", keep, max_record_bytes)
            else:
                yield from read_path(path, keep, max_record_bytes)
        except SourceError as error:
            yield error


def _budget(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, not {text!r}")
    return value


def _jobs(text: str) -> int:
    """A number of worker processes, at least 1: `--jobs 0` or `-2` ran one process in
    silence, where `claimboard ingest --jobs 0` is refused; both now say so."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of processes, 1 or more, not {text!r}")
    return value


def _byte_size(text: str) -> int:
    """`1000000`, `500KB`, `2MB` as bytes, at least 1 KB."""
    units = {"KB": 1_000, "MB": 1_000_000, "GB": 1_000_000_000}
    number, scale = text.strip().upper(), 1
    for unit, size in units.items():
        if number.endswith(unit):
            number, scale = number[:-len(unit)], size
    try:
        value = float(number) * scale
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value >= 1_000):
        raise argparse.ArgumentTypeError(f"must be a size of at least 1KB such as 500KB or 2MB, not {text!r}")
    return int(value)


def _as_type(parse, what: str):
    def convert(text: str):
        try:
            return parse(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None
    convert.__name__ = what
    return convert


def _extract_item(item: Paper | BadRecord | SourceError, budget: dict):
    """Run in a worker (see extract.parallel): papers are extracted, the rest passes."""
    if isinstance(item, (BadRecord, SourceError)):
        return None
    from extract.pipeline import extract_paper

    return extract_paper(item, **budget)


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
    parser.add_argument("--budget", type=_budget, default=None, metavar="SECONDS",
                        help="CPU-time budget per abstract, a positive number (default: the extractor's)")
    parser.add_argument("--category", type=_as_type(parse_categories, "categories"), metavar="CATS",
                        help="keep papers in these arXiv categories: cs.CV,cs.LG; a prefix such as cs. "
                             "keeps a whole archive (papers without categories are dropped)")
    parser.add_argument("--since", type=_as_type(parse_since, "date"), metavar="YYYY-MM-DD",
                        help="keep papers first published on or after this date")
    parser.add_argument("--max-record-size", type=_byte_size, default=DEFAULT_MAX_RECORD_BYTES, metavar="SIZE",
                        help=f"a record (line, row, entry) over this size is reported and skipped "
                             f"(default {size_text(DEFAULT_MAX_RECORD_BYTES).replace(' ', '')})")
    parser.add_argument("--jobs", "-j", type=_jobs, default=default_jobs(), metavar="N",
                        help="worker processes (default: the cores); the output is the same for any N")
    args = parser.parse_args(argv)
    with plain_records(), timer_backstop():
        return _run(args, stdout, stderr, stdin)


def _run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    status = 0
    claims: list[Claim] = []
    titles: dict[str, str] = {}
    papers = claims_count = 0
    keep = paper_filter(args.category, args.since)
    keep = keep and CountingFilter(keep)  # papers are read (and filtered) in this process, not in workers
    budget = {} if args.budget is None else {"budget_s": args.budget}
    work = partial(_extract_item, budget=budget)
    items = _papers(args.paths, stdin, keep, args.max_record_size)
    chunks = ((chunk, chunk) for chunk in chunked(items, CHUNK))
    done = ((item, result) for chunk, results in ordered_map(work, chunks, args.jobs)
            for item, result in zip(chunk, results))
    for item, extraction in done:
        if isinstance(item, (BadRecord, SourceError)) or isinstance(extraction, Failed):
            stderr.write(f"{item}\n" if extraction is None else f"{item.id}: extraction failed ({extraction.error})\n")
            status = 1
            continue
        papers += 1
        stderr.writelines(f"warning: {warning}\n" for warning in extraction.warnings)
        claims_count += len(extraction.claims)
        if args.table:
            titles[item.id] = item.title or item.id
            claims.extend(extraction.claims)
        else:
            stdout.writelines(claim_json(claim, provenance=not args.no_provenance) + "\n" for claim in extraction.claims)
    if keep and keep.left_out:
        stderr.write(left_out_note(keep.left_out, args.category, args.since) + "\n")
    if args.table:
        _table(claims, titles, stdout)
        stdout.write(f"\n{claims_count} claims from {papers} papers\n")
    return status


if __name__ == "__main__":  # pragma: no cover
    try:
        status = main()
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    # The interpreter's last collection, at exit, traverses every object the run left (the
    # modules, the compiled patterns, the vocabularies): ~36 M instructions, ~1% of a
    # 1,000-abstract run. Frozen, they are skipped; nothing runs after but the exit.
    import gc
    gc.freeze()
    sys.exit(status)
