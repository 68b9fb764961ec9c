"""How the moderator's cockpit lays its panes out, remembered per user in ``config.toml``.

No Textual. The ``[cockpit]`` table of ``paths.config_dir()/config.toml``::

    [cockpit]
    width = 58                 # columns of the side panes on a wide terminal (30..100)
    hidden = ["card"]          # panes not shown: "guide", "card", "notes"

:func:`load_layout` never raises (a bad value is a problem, said, and the default is kept);
:func:`save_layout` rewrites the table in place and keeps every other line of the file (the
theme, the locale), atomically. Both touch the disk: call them in a thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from koji_tui import paths
from koji_tui.config.studies import atomic_write_text
from koji_tui.i18n import app_translator

PANES = ("guide", "card", "notes")
DEFAULT_WIDTH = 58
MIN_WIDTH = 30
MAX_WIDTH = 100

_TABLE = re.compile(r"^\s*\[([^\]]*)\]\s*(?:#.*)?$")


def _(message: str, **values: object) -> str:
    """``message`` in the user's language (shown by the app and the commands), its ``{name}``
    fields filled from ``values``."""
    text = app_translator().gettext(message)
    return text.format(**values) if values else text


@dataclass(frozen=True)
class CockpitLayout:
    width: int = DEFAULT_WIDTH
    hidden: tuple[str, ...] = ()
    problems: tuple[str, ...] = field(default=(), compare=False)

    def shown(self, pane: str) -> bool:
        return pane not in self.hidden

    def with_width(self, width: int) -> CockpitLayout:
        return CockpitLayout(max(MIN_WIDTH, min(MAX_WIDTH, width)), self.hidden)

    def toggled(self, pane: str) -> CockpitLayout:
        hidden = set(self.hidden) ^ {pane}
        return CockpitLayout(self.width, tuple(p for p in PANES if p in hidden))


def layout_path() -> Path:
    return paths.config_dir() / "config.toml"


def load_layout(path: Path | None = None) -> CockpitLayout:
    import tomllib  # (the cockpit's, not needed to start the app)

    path = path or layout_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return CockpitLayout()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return CockpitLayout(problems=(f"{path}: the cockpit's layout was not read ({exc}).",))
    table = data.get("cockpit", {})
    if not isinstance(table, dict):
        return CockpitLayout(problems=(f"{path}: 'cockpit' must be a table; ignored.",))
    problems: list[str] = []
    width = table.get("width", DEFAULT_WIDTH)
    if isinstance(width, bool) or not isinstance(width, int):
        problems.append(_("{path}: cockpit.width must be a number of columns; ignored.", path=path))
        width = DEFAULT_WIDTH
    hidden = table.get("hidden", [])
    if not isinstance(hidden, list) or not all(h in PANES for h in hidden):
        problems.append(
            _(
                "{path}: cockpit.hidden may list {value}; ignored.",
                path=path,
                value=", ".join(PANES),
            )
        )
        hidden = []
    layout = CockpitLayout(width, tuple(p for p in PANES if p in hidden)).with_width(width)
    return CockpitLayout(layout.width, layout.hidden, tuple(problems))


def table_text(layout: CockpitLayout) -> str:
    hidden = ", ".join(f'"{p}"' for p in layout.hidden)
    return f"[cockpit]\nwidth = {layout.width}\nhidden = [{hidden}]\n"


def without_table(text: str) -> str:
    """``text`` (a TOML file) without its ``[cockpit]`` table."""
    kept: list[str] = []
    inside = False
    for line in text.splitlines(keepends=True):
        table = _TABLE.match(line)
        if table is not None:
            inside = table.group(1).strip() == "cockpit"
        if not inside:
            kept.append(line)
    return "".join(kept).rstrip("\n")


def save_layout(layout: CockpitLayout, path: Path | None = None) -> None:
    """Remember ``layout`` (the rest of ``config.toml`` is kept as it is)."""
    path = path or layout_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    rest = without_table(text)
    atomic_write_text(path, (rest + "\n\n" if rest else "") + table_text(layout))


def kept_table(text: str) -> str:
    """The ``[cockpit]`` table of ``text`` as it stands ("" without one), for a writer of the
    file's other settings (the theme) to keep."""
    lines: list[str] = []
    inside = False
    for line in text.splitlines():
        table = _TABLE.match(line)
        if table is not None:
            inside = table.group(1).strip() == "cockpit"
        if inside:
            lines.append(line)
    return "\n".join(lines).strip("\n") + "\n" if lines else ""


def kept_table_of(path: Path) -> str:
    """``"\\n[cockpit]…"``: the file's cockpit table, to append after its other settings ("" when
    it has none or cannot be read)."""
    try:
        table = kept_table(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return ""
    return "\n" + table if table else ""
