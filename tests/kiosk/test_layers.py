"""The kiosk's layers: its logic has no Textual; its screens are not the interview screen's."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "koji_tui"


def _imports(path: Path, *, top_level_only: bool) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: list[str] = []
    for node in nodes:
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return found


def test_the_kiosk_logic_never_imports_textual_or_the_ui() -> None:
    found = []
    for path in sorted((PACKAGE / "kiosk").glob("*.py")):
        # the command line starts the app: inside its handlers only
        for name in _imports(path, top_level_only=path.name == "cli.py"):
            if name.startswith(("textual", "koji_tui.ui")):
                found.append(f"{path.name} imports {name}")
    assert found == []


def test_importing_the_kiosk_logic_loads_no_textual() -> None:
    code = (
        "import sys, koji_tui.kiosk.loop, koji_tui.kiosk.pin, koji_tui.kiosk.idle, "
        "koji_tui.kiosk.stats, koji_tui.kiosk.study, koji_tui.kiosk.cli\n"
        "print('textual' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "False"


def test_the_kiosk_screens_are_not_a_fork_of_the_interview_screen() -> None:
    """They drive the InterviewController and reuse the widgets; no screen of the app, no app."""
    found = []
    for path in sorted((PACKAGE / "ui" / "kiosk").glob("*.py")):
        for name in _imports(path, top_level_only=False):
            if name.startswith(("koji_tui.ui.screens", "koji_tui.ui.app ")) or name in (
                "koji_tui.ui.app",
                "koji_tui.ui.commands",
                "koji_tui.ui.host",
            ):
                found.append(f"{path.name} imports {name}")
    assert found == []
    interview = (PACKAGE / "ui" / "kiosk" / "interview.py").read_text(encoding="utf-8")
    assert "koji_tui.ui.widgets.composer" in interview
    assert "koji_tui.ui.widgets.transcript" in interview
    assert "answer_widget_for" in interview
