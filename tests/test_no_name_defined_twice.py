"""A module-level constant assigned twice silently replaces the first (it happened once in
bot/dialogue/understanding.py and changed how clauses were labelled); linters do not flag it."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(
    path for folder in ("bot", "adapters", "storage") for path in (ROOT / folder).rglob("*.py")
)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_level_name_is_assigned_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: Counter[str] = Counter()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        for target in targets:
            if isinstance(target, ast.Name):
                names[target.id] += 1
    twice = sorted(name for name, count in names.items() if count > 1 and name != "__all__")
    assert not twice, f"{path.name} defines {twice} more than once"
