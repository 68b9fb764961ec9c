"""The autopilot's core has no Textual: the screens that show it are in koji_tui.ui.demo."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parents[2] / "koji_tui" / "demo"


def test_importing_the_demo_core_does_not_load_textual() -> None:
    modules = sorted(p.stem for p in DEMO.glob("*.py") if p.stem != "__init__")
    code = "import sys\n" + "".join(f"import koji_tui.demo.{m}\n" for m in modules)
    code += "print('textual' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "False"
    assert {"autopilot", "personas", "rehearse", "cli"} <= set(modules)


def test_only_the_command_line_hands_over_to_the_ui_and_only_when_run() -> None:
    """``koji-tui demo --autopilot`` opens the app: the one import of koji_tui.ui in the demo
    core, inside the handler; ``koji-tui web`` imports textual-serve when it serves."""
    found = []
    for path in sorted(DEMO.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {id(node) for node in tree.body}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                name = node.module
            elif isinstance(node, ast.Import):
                name = node.names[0].name
            else:
                continue
            if name == "textual" or name.startswith(("textual.", "textual_", "koji_tui.ui")):
                found.append((path.name, name, id(node) in top))
    assert found == [
        ("commands.py", "koji_tui.ui.demo.app", False),
        ("web.py", "textual_serve.server", False),
    ]
