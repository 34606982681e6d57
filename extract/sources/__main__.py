"""List the papers a source file holds, as the readers see them:

    python -m extract.sources FILE...          # one line a paper: id, dates, title, links
    python -m extract.sources --json FILE...   # one JSON object a paper

Papers with the same id across the files are merged into one (as the store does).
Bad records go to stderr as FILE:LINE: reason; a file no reader can read is
reported and skipped. Exit status 1 if anything was bad.
"""
from __future__ import annotations

import argparse
import json
import sys

from extract.sources import SourceError, detect_format, open_path, read_source
from extract.sources.base import BadRecord
from extract.sources.identity import dedupe, paper_links


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.sources", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="one JSON object a paper")
    args = parser.parse_args(argv)
    papers = []
    bad = 0
    for path in args.paths:
        try:
            handle, source = open_path(path)
            with handle:
                fmt = detect_format(source.head, path, source.encoding)
                records = list(read_source(source))
            found = 0
            for record in records:
                if isinstance(record, BadRecord):
                    bad += 1
                    print(record, file=sys.stderr)
                else:
                    found += 1
                    papers.append(record)
            print(f"{path}: {fmt}, {found} papers", file=sys.stderr)
        except (SourceError, OSError) as error:
            bad += 1
            print(error, file=sys.stderr)
    for paper in dedupe(papers):
        if args.json:
            record = paper.model_dump(mode="json")
            record["links"] = paper_links(paper)
            print(json.dumps(record, ensure_ascii=False))
        else:
            dates = f"published {paper.published or '-'} listed {paper.listed or '-'}"
            links = " ".join(paper_links(paper).values())
            print(f"{paper.id}\t{dates}\t{paper.source}\t{paper.title}\t{links}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
