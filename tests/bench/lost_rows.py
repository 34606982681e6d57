"""Every labelled leaderboard row that no prediction holds at all ("not found" in
row_errors.py), with the abstract around its text and what the extractor gave for the paper:

    .venv/bin/python tests/bench/lost_rows.py SET [SET ...]         # e.g. real holdout15

For classing lost rows by mechanism (the site never reached a rule, a gate refused it, the
number's form, a list, the metric far from the number): the context is the raw abstract's
text around the label's `text` (searched with LaTeX escapes undone), the predictions are the
paper's (metric, value) pairs. Give set names explicitly; the blind sets are refused. Not a
score: a diagnostic for choosing work (recall25).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from leaderboard.validate import ROW_KINDS

# row_errors.py, beside this file: found whether this runs as a script or is collected by pytest
sys.path.insert(0, str(Path(__file__).resolve().parent))
from row_errors import FIXTURES, labelled_and_predicted, why_lost

BLIND = ("holdout18", "holdout139", "holdout140")  # holdout137 and holdout138 opened in round 84 (read84), holdout135 and holdout136 opened in round 83 (read83), holdout133 and holdout134 opened in round 82 (read82), holdout131 and holdout132 opened in round 81 (read81), holdout129 and holdout130 opened in round 80 (read80), holdout127 and holdout128 opened in round 79 (read79), holdout125 and holdout126 opened in round 78 (read78), holdout123 and holdout124 opened in round 77 (read77), holdout121 and holdout122 opened in round 76 (read76), holdout119 and holdout120 opened in round 75 (read75), holdout117 and holdout118 opened in round 74 (read74), holdout115 and holdout116 opened in round 73 (read73), holdout113 and holdout114 opened in round 72 (read72), holdout111 and holdout112 opened in round 71 (read71), holdout109 and holdout110 opened in round 70 (read70), holdout107 and holdout108 opened in round 69 (read69), holdout105 and holdout106 opened in round 68 (read68), holdout103 and holdout104 opened in round 67 (read67), holdout101 and holdout102 opened in round 66 (read66), holdout99 and holdout100 opened in round 65 (read65), holdout97 and holdout98 opened in round 64 (read64), holdout95 and holdout96 opened in round 63 (read63), holdout93 and holdout94 opened in round 62 (read62), holdout91 and holdout92 opened in round 61 (read61), holdout89 and holdout90 opened in round 60 (read60), holdout87 and holdout88 opened in round 59 (read59), holdout85 and holdout86 opened in round 58 (read58), holdout83 and holdout84 opened in round 57 (read57), holdout81 and holdout82 opened in round 56 (read56), holdout79 and holdout80 opened in round 55 (read55), holdout77 and holdout78 opened in round 54 (read54), holdout75 and holdout76 opened in round 53 (read53), holdout73 and holdout74 opened in round 52 (read52), holdout71 and holdout72 opened in round 51 (read51), holdout69 and holdout70 opened in round 50 (read50), holdout67 and holdout68 opened in round 49 (read49), holdout65 and holdout66 opened in round 48 (read48), holdout63 and holdout64 opened in round 47 (read47), holdout61 and holdout62 opened in round 46 (read46), holdout59 and holdout60 opened in round 45 (read45), holdout57 and holdout58 opened in round 44 (read44), holdout55 and holdout56 opened in round 43 (read43), holdout49, holdout50, holdout53 and holdout54 opened in round 42 (read42), holdout47, holdout48, holdout51 and holdout52 opened in round 41 (read41), holdout22, holdout44, holdout45 and holdout46 opened in round 40 (read40), holdout21 and holdout43 opened in round 39 (read39), holdout23, holdout24 and holdout28 opened in round 38 (read38), holdout41 and holdout42 opened in round 37 (read37), holdout39 and holdout40 opened in round 36 (read36), holdout37 and holdout38 opened in round 35 (read35), holdout35 and holdout36 opened in round 34 (read34), holdout17 opened in round 25 (read17), holdout19 in round 26, holdout20 in round 27 (read20), holdout29 and holdout30 in round 32 (read32), holdout31-34 in round 33 (read33)


def _context(abstract: str, text: str, width: int = 160) -> str:
    for needle in (text, text.replace("\\%", "%"), text.replace("\\", "")):
        at = abstract.find(needle) if needle else -1
        if at >= 0:
            return abstract[max(0, at - width):at + len(needle) + width // 2].replace("\n", " ")
    return f"?? {text!r} not in the abstract as written"


def lost_rows(name: str) -> list[dict]:
    """Set `name`'s labelled rows that are not found, each with `context` and `predicted`."""
    if name in BLIND:
        sys.exit(f"{name} is a blind set: not read")
    gold, predicted = labelled_and_predicted(name)
    abstracts = {}
    for line in (FIXTURES / f"{name}_papers.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            abstracts[record.get("id")] = record.get("abstract") or ""
    out = []
    for label in gold:
        if label["kind"] not in ROW_KINDS or why_lost(predicted, label) != "not found":
            continue
        out.append({**label, "set": name,
                    "context": _context(abstracts.get(label["paper"], ""), label.get("text") or ""),
                    "predicted": [(p["metric"], p["value"]) for p in predicted if p["paper"] == label["paper"]]})
    return out


def main(names: list[str]) -> None:
    if not names:
        sys.exit(__doc__)
    total = 0
    for name in names:
        for row in lost_rows(name):
            total += 1
            print(f"== {name} {row['paper']} | {row['metric']} {row['value']} {row.get('unit') or ''} | "
                  f"dataset={row.get('dataset')} model={row.get('model')}\n   ...{row['context']}...\n"
                  f"   predicted: {row['predicted'][:8]}")
    print(f"{total} labelled rows not found")


if __name__ == "__main__":
    main(sys.argv[1:])
