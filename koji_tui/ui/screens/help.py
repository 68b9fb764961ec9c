"""The help screen: every key, read from the live bindings (so remaps show)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from koji_tui.i18n import app_translator
from koji_tui.ui.bindings import HELP_BINDINGS, KEYMAP_FILE
from koji_tui.ui.localized import TranslatedBindings, assemble

if TYPE_CHECKING:
    from koji_tui.ui.host import KojiHost


def binding_rows(screen: Screen) -> list[tuple[str, str, str, str]]:
    """(keys, description, tooltip, id) for every binding active on ``screen``.

    Reads ``Screen.active_bindings`` (the keys that work there, the user's keymap
    applied). Several keys bound to one binding id are joined ("n / f4").
    """
    app = screen.app
    rows: dict[tuple[str, str], list[str]] = {}
    meta: dict[tuple[str, str], tuple[str, str, str]] = {}
    for active in screen.active_bindings.values():
        node, binding = active.node, active.binding
        if binding.action in ("app.focus_previous", "app.focus_next"):
            continue
        # Widget keys (cursor movement in a list, editing keys) are left out unless named.
        if not binding.id and not isinstance(node, Screen | App):
            continue
        if not binding.id and not binding.description:
            continue  # Textual's own helpers (ctrl+c "how do I quit")
        ident = binding.id or binding.action
        description = binding.description or binding.action.replace("_", " ")
        group = (ident, description)
        keys = rows.setdefault(group, [])
        display = app.get_key_display(binding)
        if display not in keys:
            keys.append(display)
        meta[group] = (description, binding.tooltip or "", binding.id or "")
    result = []
    for group, keys in rows.items():
        description, tooltip, ident = meta[group]
        result.append((" / ".join(keys), description, tooltip, ident))
    return result


def help_table(rows: list[tuple[str, str, str, str]]) -> Table:
    tr = app_translator()
    table = Table(box=None, expand=True, show_header=True, header_style="bold", pad_edge=False)
    table.add_column(tr.gettext("Key"), no_wrap=True, style="bold")
    table.add_column(tr.gettext("Does"), ratio=1)
    table.add_column(tr.gettext("Id ({file})").format(file=KEYMAP_FILE), no_wrap=True, style="dim")
    for keys, description, tooltip, ident in rows:
        does = Text(description, style="bold")
        if tooltip:
            does.append(f" — {tooltip}", style="")
        table.add_row(Text(keys), does, Text(ident))
    return table


class HelpScreen(TranslatedBindings, ModalScreen[None]):
    BINDINGS = HELP_BINDINGS  # type: ignore[assignment]

    def __init__(self, for_screen: Screen) -> None:
        super().__init__(classes="dialog-screen")
        self.for_screen = for_screen
        self.rows = binding_rows(for_screen)

    def compose(self) -> ComposeResult:
        tr = app_translator()
        with Vertical(classes="dialog", id="help-dialog"):
            yield Static(tr.gettext("Keys"), classes="dialog-title")
            with VerticalScroll(id="help-scroll"):
                yield Static(help_table(self.rows), id="help-keys")
                yield Static(
                    assemble(
                        tr.gettext(
                            "Every action is also in the command palette (ctrl+p). "
                            "Remap keys in {file} in the config folder, e.g.  {example}"
                        ),
                        file=(KEYMAP_FILE, "bold"),
                        example='"interview.complete" = "ctrl+t"',
                    ),
                    id="help-footer",
                )
                problems = list(cast("KojiHost", self.app).keymap_problems)
                if problems:
                    # Shown as text, never markup: the lines quote the user's file.
                    yield Static(
                        Text.assemble(
                            (
                                tr.gettext("Not applied from {file}:").format(file=KEYMAP_FILE)
                                + "\n",
                                "bold",
                            ),
                            "\n".join(f"• {problem}" for problem in problems),
                        ),
                        id="help-keymap-problems",
                    )
            yield Static(tr.gettext("esc closes"), classes="dialog-hint")

    def action_close(self) -> None:
        self.dismiss(None)
