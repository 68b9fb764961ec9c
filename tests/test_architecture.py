"""The layering rules, checked: the API and sandbox never know the UI; questions stay pure."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "koji_tui"

# layer folder -> module prefixes it must never import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "api": ("textual", "koji_tui.ui", "koji_tui.server", "koji_tui.journal", "koji_tui.config"),
    "server": ("textual", "koji_tui.ui", "koji_tui.journal", "koji_tui.config", "koji_tui.session"),
    "questions": (
        "textual",
        "koji_tui.ui",
        "koji_tui.api",
        "koji_tui.server",
        "httpx",
        "sqlite3",
        "socket",
    ),
    "journal": ("textual", "koji_tui.ui"),
    "config": ("textual", "koji_tui.ui"),
    "session": ("textual", "koji_tui.ui"),
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _violations(layer: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in _imports(path):
            for prefix in FORBIDDEN[layer]:
                if name == prefix or name.startswith(prefix + "."):
                    found.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    assert (PACKAGE / layer).is_dir()
    assert _violations(layer) == []


@pytest.mark.parametrize(
    "module", ["koji_tui.api", "koji_tui.server", "koji_tui.questions", "koji_tui.session"]
)
def test_importing_a_core_layer_does_not_load_textual(module: str) -> None:
    code = f"import sys, {module}; print('textual' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "False"


def test_the_cli_module_starts_without_heavy_imports() -> None:
    """`koji-tui --help` must stay fast: layer cli modules import only the stdlib."""
    code = (
        "import sys\n"
        "from koji_tui.cli import build_parser\n"
        "build_parser()\n"
        "heavy = [m for m in ('textual', 'httpx', 'starlette', 'uvicorn', 'pydantic') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == ""


def test_the_sanitizer_is_a_leaf_every_layer_can_use() -> None:
    """koji_tui.safety imports only the standard library, so questions, journal and ui share it."""
    path = PACKAGE / "safety.py"
    stdlib = set(sys.stdlib_module_names) | {"__future__"}
    outside = [n for n in _imports(path) if n.split(".")[0] not in stdlib]
    assert outside == []


# Private Textual names the code once reached for; each has a public way (issue 7).
PRIVATE_LIBRARY_NAMES = (
    "_binding_chain",  # Screen.active_bindings
    "_anchor_released",  # Widget.is_anchored + release_anchor()
    "_replace_via_keyboard",  # TextArea.replace()
    "_compositor",  # App.export_screenshot(), Widget.render_lines()
    "_notifications",  # run_test(notifications=True) and the toasts on screen
    "_koji_key",  # (an attribute the app set on its clients; it keeps a dict instead)
)
TESTS = Path(__file__).resolve().parent


def _sources() -> list[Path]:
    """Every Python file of the package and the tests, but this one (it names them)."""
    here = Path(__file__).resolve()
    files = [*PACKAGE.rglob("*.py"), *TESTS.rglob("*.py")]
    return sorted(path for path in files if path.resolve() != here)


def _lines_matching(pattern: re.Pattern[str]) -> list[str]:
    found = []
    for path in _sources():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}")
    return found


def test_no_private_library_api() -> None:
    names = re.compile("|".join(rf"(?<!\w){re.escape(name)}\b" for name in PRIVATE_LIBRARY_NAMES))
    assert _lines_matching(names) == []


def test_no_widget_overrides_textuals_lock() -> None:
    """``Widget.lock`` is the asyncio lock Textual's ``batch()`` takes: never replaced."""
    found = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\bself\.lock\s*[:=]", line):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}")
    assert found == []


def test_no_test_skips_on_an_import_of_koji_tui() -> None:
    """A broken koji_tui module must fail its tests, never skip them."""
    assert _lines_matching(re.compile(r"""importorskip\(\s*["']koji_tui""")) == []
