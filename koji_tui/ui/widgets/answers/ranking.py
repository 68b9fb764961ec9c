"""Ranking: the participant reorders the options; positions are shown as numbers.

Keyboard: ↑/↓ (or a position number) move the cursor ``>``; Shift+↑/↓,
Alt+↑/↓ or Ctrl+↑/↓ (terminals differ in which they pass through) or ``-``/``+``
move the highlighted item up/down. Mouse: the ▲/▼ at the end of each row move
that item. Enter sends the current order as ``"1. A, 2. B, 3. C"``; with nothing
moved, the first Enter asks and the second sends the order as presented (so a
participant who just presses Enter does not rank by the interviewer's order).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Static

from koji_tui.i18n import N_
from koji_tui.ui.widgets.answers.base import IncompleteAnswer
from koji_tui.ui.widgets.answers.listing import CURSOR, NO_CURSOR, ListAnswer, OptionRow


class RankRow(OptionRow):
    """A ranking row: cursor marker, position, option text, move-up/move-down handles."""

    def __init__(self, index: int, label: str) -> None:
        super().__init__(index, label)
        self.label_static = Static(Text(label), classes="answer-label")

    def compose(self) -> Iterable[Widget]:
        yield self.marker
        yield self.label_static
        with Horizontal(classes="answer-move"):
            yield Static("▲", classes="answer-move-up")
            yield Static("▼", classes="answer-move-down")

    def set_label(self, label: str) -> None:
        """Show ``label``; without a layout when the old and new labels both fit one line."""
        previous, self.label = self.label, label
        if label == previous:
            return
        width = self.label_static.content_size.width
        one_line = 0 < width and max(cell_len(previous), cell_len(label)) <= width
        self.label_static.update(Text(label), layout=not one_line)


class RankingAnswer(ListAnswer):
    """Reorder the options; the first row is the top rank."""

    TITLE = N_("Rank in order (1 = first)")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "shift+up,alt+up,ctrl+up,minus",
            "move_item(-1)",
            N_("Move up"),
            id="answer.move_up",
            tooltip=N_("Move the selected item up the ranking"),
            show=False,
        ),
        Binding(
            "shift+down,alt+down,ctrl+down,plus",
            "move_item(1)",
            N_("Move down"),
            id="answer.move_down",
            tooltip=N_("Move the selected item down the ranking"),
            show=False,
        ),
    ]

    def __init__(self, question: Any, **kwargs: Any) -> None:
        super().__init__(question, **kwargs)
        self.allow_other = False  # a ranking orders the given options only
        self.order: list[int] = list(range(len(self.options)))
        # The presented order is not an answer until the participant says so: a first
        # Enter with nothing moved asks, a second one sends the order as it is.
        self.moved = False
        self._unchanged_asked = False

    def hint_text(self) -> str:
        return self.tr.gettext("Shift+↑/↓ or -/+ move")

    def make_row(self, index: int) -> OptionRow:
        return RankRow(index, self.options[self.order[index]])

    def row_marker(self, index: int) -> str:
        cursor = CURSOR if index == self.cursor else NO_CURSOR
        return f"{cursor} {index + 1}."

    def ranked(self) -> list[str]:
        """The options in their current order."""
        return [self.options[i] for i in self.order]

    def refresh_rows(self) -> None:
        for row in self._rows:
            if isinstance(row, RankRow):
                row.set_label(self.options[self.order[row.index]])
        super().refresh_rows()

    def move_item(self, position: int, delta: int) -> None:
        """Move the item at ``position`` by ``delta`` places and keep the cursor on it."""
        target = position + delta
        if not 0 <= target < len(self.order):
            self.app.bell()
            return
        self.order[position], self.order[target] = self.order[target], self.order[position]
        self.moved = True
        self.move_cursor(target)

    def action_move_item(self, delta: int) -> None:
        if self.is_locked:
            return
        if self.cursor is None:
            self.move_cursor(0)  # nothing marked yet: the first row is the current one
        assert self.cursor is not None
        self.move_item(self.cursor, delta)

    def handle_char(self, char: str) -> bool:
        if char in "+-":
            return False  # the move bindings handle + and -
        return super().handle_char(char)

    def pick_number(self, number: int) -> None:
        self.move_cursor(number - 1)

    def row_clicked(self, row: OptionRow, event: events.Click) -> None:
        self.focus()
        widget = event.widget
        if isinstance(widget, Static) and widget.has_class("answer-move-up"):
            self.move_item(row.index, -1)
        elif isinstance(widget, Static) and widget.has_class("answer-move-down"):
            self.move_item(row.index, 1)
        else:
            self.move_cursor(row.index)

    def build_value(self) -> object:
        if not self.moved and not self._unchanged_asked:
            self._unchanged_asked = True
            raise IncompleteAnswer(
                self.tr.gettext(
                    "Nothing moved yet: press Enter again to send this order as it is, "
                    "or move items first."
                )
            )
        return self.ranked()
