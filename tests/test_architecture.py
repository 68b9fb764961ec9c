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
    "observe": ("textual", "koji_tui.ui", "koji_tui.api", "koji_tui.session"),
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
    "module",
    [
        "koji_tui.api",
        "koji_tui.server",
        "koji_tui.questions",
        "koji_tui.session",
        "koji_tui.observe",
    ],
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


def test_the_catalogs_are_a_leaf_every_layer_can_use() -> None:
    """koji_tui.i18n's runtime imports only the standard library at import time (Babel inside the
    date and number methods, and in the maintainers' ``maintain`` tool), so journal, kiosk and ui
    share it and start-up does not pay for Babel."""
    stdlib = set(sys.stdlib_module_names) | {"__future__"}
    for name in ("__init__.py", "domains.py"):
        path = PACKAGE / "i18n" / name
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = [
            node.module if isinstance(node, ast.ImportFrom) else alias.name
            for node in tree.body
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in (node.names if isinstance(node, ast.Import) else node.names[:1])
        ]
        outside = [n for n in top if n and n.split(".")[0] not in stdlib | {"koji_tui"}]
        assert outside == [], name
        lazy = {n.split(".")[0] for n in _imports(path)} - stdlib - {"koji_tui"}
        assert lazy <= {"babel"}, name


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


# --- the UI's own direction (issue 7) ---------------------------------------------------

UI = PACKAGE / "ui"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _ui_modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(UI.rglob("*.py"))}


def _type_checking_lines(tree: ast.Module) -> set[int]:
    """Line numbers of the statements under ``if TYPE_CHECKING:`` (for type checkers only)."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                for inner in ast.walk(child):
                    if hasattr(inner, "lineno"):
                        lines.add(inner.lineno)
    return lines


def _edges(path: Path, known: set[str], *, at_import_time: bool = False) -> set[str]:
    """The koji_tui.ui modules ``path`` imports: every import (in functions and under
    TYPE_CHECKING too), or with ``at_import_time`` only those run when it is imported."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    skip = _type_checking_lines(tree) if at_import_time else set()
    nested: set[int] = set()
    if at_import_time:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                nested.update(n.lineno for n in ast.walk(node) if hasattr(n, "lineno"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip | nested:
            continue
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            if name in known:
                found.add(name)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _ui_graph(skip: frozenset[tuple[str, str]] = frozenset()) -> dict[str, set[str]]:
    modules = _ui_modules()
    graph = {}
    for name, path in modules.items():
        graph[name] = {t for t in _edges(path, set(modules)) if (name, t) not in skip}
    return graph


# The interview screen is being rebuilt as a view of the controller; its base still names the
# app for the type checker. The test below fails as soon as that import is gone: then delete
# the entry (and the allowance with it).
NOT_YET_GONE: frozenset[tuple[str, str]] = frozenset()


def test_the_ui_has_no_import_cycle() -> None:
    """Every import counts (in functions and for the type checker too): the app, the palette
    and the screens depend in one direction (app -> palette -> screens -> host Protocols)."""
    assert _cycles(_ui_graph(NOT_YET_GONE)) == []


def test_the_allowance_for_the_interview_screen_is_still_needed() -> None:
    graph = _ui_graph()
    for source, target in NOT_YET_GONE:
        assert target in graph[source], f"{source} no longer imports {target}: drop the entry"


def _app_modules() -> set[str]:
    return {n for n in _ui_modules() if n.startswith("koji_tui.ui.app")} | {"koji_tui.ui.commands"}


def test_widgets_never_import_screens_or_the_app() -> None:
    modules = _ui_modules()
    banned = _app_modules() | {"koji_tui.ui.host"}
    found = []
    for name, path in modules.items():
        if not name.startswith("koji_tui.ui.widgets"):
            continue
        for target in _edges(path, set(modules)):
            if target in banned or target.startswith("koji_tui.ui.screens"):
                found.append(f"{name} imports {target}")
    assert found == []


def test_screens_never_import_the_app_or_the_palette_at_import_time() -> None:
    modules = _ui_modules()
    found = []
    for name, path in modules.items():
        if not name.startswith("koji_tui.ui.screens"):
            continue
        for target in _edges(path, set(modules), at_import_time=True):
            if target in _app_modules():
                found.append(f"{name} imports {target}")
    assert found == []


def test_the_cycle_finder_finds_one() -> None:
    """The checks above would see a cycle: a screen importing the app is one."""
    graph = _ui_graph(NOT_YET_GONE)
    graph["koji_tui.ui.screens.main"] = graph["koji_tui.ui.screens.main"] | {"koji_tui.ui.app"}
    assert any("koji_tui.ui.app" in c and "koji_tui.ui.screens.main" in c for c in _cycles(graph))


def test_the_services_seam_has_no_ui() -> None:
    """koji_tui.services is the Protocols every layer may use: no Textual, nothing heavy."""
    assert [
        n for n in _imports(PACKAGE / "services.py") if n.startswith(("textual", "koji_tui.ui"))
    ] == []
    code = (
        "import sys, koji_tui.services\n"
        "print(','.join(m for m in ('textual', 'httpx', 'pydantic', 'sqlite3') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == ""


def test_study_entry_is_not_a_message() -> None:
    """StudyEntry lives in koji_tui.config.entry; nothing takes it from ui.messages."""
    assert "class StudyEntry" not in (UI / "messages.py").read_text(encoding="utf-8")
    assert _lines_matching(re.compile(r"ui\.messages import .*\bStudyEntry\b")) == []


# --- one of each (issue 7) ------------------------------------------------------------


def _package_lines(pattern: re.Pattern[str]) -> list[str]:
    return [line for line in _lines_matching(pattern) if line.startswith("koji_tui/")]


# Copies of the API path still to be replaced by koji_tui.api.API_PATH (their owners are told);
# the test fails when one is gone, so the entry goes with it.
API_PATH_COPIES = frozenset({"koji_tui/ops/study.py"})


def test_one_api_path_constant() -> None:
    """The API's path is spelled once, in koji_tui.api (config trims it with that constant).
    The sandbox serves the same path under its own name (it knows nothing of ours)."""
    from koji_tui.api import API_PATH
    from koji_tui.config.studies import normalize_base_url
    from koji_tui.server.app import API_PREFIX

    spelled = _package_lines(re.compile(r"""=\s*["']/api/v1/interviews["']"""))
    where = {line.split(":")[0] for line in spelled} - {"koji_tui/server/app.py"}
    assert where == {"koji_tui/api/client.py", *API_PATH_COPIES}
    assert API_PREFIX == API_PATH
    assert normalize_base_url(f"https://k.example/x{API_PATH}/") == "https://k.example/x"


def test_one_uvicorn_config_builder() -> None:
    spelled = _package_lines(re.compile(r"uvicorn\.Config\("))
    assert [line.split(":")[0] for line in spelled] == ["koji_tui/server/runner.py"]


def test_the_iso_time_helper_is_a_leaf() -> None:
    """koji_tui.isotime uses the standard library only, so every layer may use it."""
    stdlib = set(sys.stdlib_module_names) | {"__future__"}
    assert [n for n in _imports(PACKAGE / "isotime.py") if n.split(".")[0] not in stdlib] == []


def test_no_hand_written_secret_wrapper() -> None:
    """Secrets are pydantic.SecretStr; no class of ours wraps one by hand."""
    assert _package_lines(re.compile(r"^\s*class \w*Secret\w*\b")) == []
