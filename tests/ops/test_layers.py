"""The packages of issue 14 keep to the layering: no Textual below the UI, no UI import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "koji_tui"
NO_UI = ("textual", "koji_tui.ui")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("layer", ["roster", "results", "ops"])
def test_no_ui_below_the_ui(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files
    found = [
        f"{path.name} imports {name}"
        for path in files
        for name in _imports(path)
        if any(name == p or name.startswith(p + ".") for p in NO_UI)
    ]
    assert found == []


def test_results_computations_are_pure() -> None:
    """compute, answers and model read nothing and write nothing (load.py reads the journal)."""
    for name in ("compute.py", "answers.py", "model.py"):
        imported = _imports(PACKAGE / "results" / name)
        assert not [n for n in imported if n.split(".")[0] in ("sqlite3", "httpx", "os", "io")]
        assert "koji_tui.journal" not in imported and "koji_tui.api" not in imported
