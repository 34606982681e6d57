"""No module of extract/ or leaderboard/ defines a top-level name twice: the later definition
silently replaces the earlier one in every function that reads it (round 64 found five such
constants and a function, `scores._benchmark_shaped`, whose earlier definitions were dead)."""
import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(p for package in ("extract", "leaderboard") for p in (ROOT / package).rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_name_defined_twice(path):
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    twice = sorted(name for name, count in Counter(names).items() if count > 1)
    assert not twice, f"{path.name} defines {twice} more than once"


def test_a_name_defined_twice_is_found():
    tree = ast.parse("A = 1\ndef f():\n    return A\nA = 2\n")
    assert Counter(_top_level_names(tree))["A"] == 2
