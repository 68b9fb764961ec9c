"""Ranking: the participant reorders the options; positions are shown as numbers.

Keyboard: ↑/↓ (or a position number) move the cursor ``>``; Shift+↑/↓,
Alt+↑/↓ or Ctrl+↑/↓ (terminals differ in which they pass through) or ``-``/``+``
move the highlighted item up/down. Mouse: the ▲/▼ at the end of each row move
that item. Enter sends the current order as ``"1. A, 2. B, 3. C"``; with nothing
moved, the first Enter asks and the second sends the order as presented (so a
participant who just presses Enter does not rank by the interviewer's order).
"""

from __future__ import annotations

from functools import partial
from typing import Any, ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.visual import Visual

from koji_tui.i18n import N_
from koji_tui.ui.widgets.answers.base import IncompleteAnswer
from koji_tui.ui.widgets.answers.listing import CURSOR, NO_CURSOR, AnyRow, ListAnswer
from koji_tui.ui.widgets.answers.rows import OptionLine

#: Columns of each move handle (▲, ▼).
HANDLE_WIDTH = 3


class RankRow(OptionLine):
    """A ranking row: cursor marker, position, option text, move-up/move-down handles.

    The row draws its two handles (▲ and ▼, three columns each, at the right of its first
    line) itself; a click on one moves the item, and the handle under the mouse is
    highlighted as a hovered widget would be (the row itself then is not).
    """

    HANDLES_WIDTH = 2 * HANDLE_WIDTH

    COMPONENT_CLASSES: ClassVar[set[str]] = {"rank-row--handle", "rank-row--handle-hover"}

    def __init__(self, index: int, label: str) -> None:
        super().__init__(index, label)
        self.hovered_handle: int | None = None  # -1 the ▲, 1 the ▼, None neither

    def handle_at(self, x: int, y: int) -> int | None:
        """-1 if (x, y) (relative to the row) is on the ▲, 1 on the ▼, else None."""
        start = self.size.width - self.HANDLES_WIDTH
        if y != 0 or x < start or x >= self.size.width:
            return None
        return -1 if x < start + HANDLE_WIDTH else 1

    def handles_key(self, style: VisualStyle) -> object:
        return (self.hovered_handle, self._handle_style(style, -1), self._handle_style(style, 1))

    def _handle_style(self, style: VisualStyle, delta: int) -> VisualStyle:
        names = ["rank-row--handle"]
        if delta == self.hovered_handle:
            names.append("rank-row--handle-hover")
        return self.part_style(style, *names)

    def handles_strip(self, style: VisualStyle) -> Strip:
        def draw(arrow: str, handle: VisualStyle) -> list[Strip]:
            # As a Static of width 3 with ``content-align: center middle`` drew it.
            strips = Visual.to_strips(self, Content(arrow), HANDLE_WIDTH, 1, handle)
            pad = (handle + VisualStyle(reverse=False)).rich_style
            aligned = list(Strip.align(strips, pad, HANDLE_WIDTH, 1, "center", "middle"))
            inner = VisualStyle(background=handle.background).rich_style
            return [aligned[0].adjust_cell_length(HANDLE_WIDTH, inner)]

        parts: list[Strip] = []
        for delta, arrow in ((-1, "▲"), (1, "▼")):
            handle = self._handle_style(style, delta)
            parts.extend(
                self.cached_strips(("handle", arrow, handle), partial(draw, arrow, handle))
            )
        return Strip.join(parts)

    def _set_hovered(self, handle: int | None) -> None:
        if handle != self.hovered_handle:
            self.hovered_handle = handle
            # Over a handle only the handle is hovered, as when it was a widget of its own.
            self.set_class(handle is not None, "-on-handle")
            self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hovered(self.handle_at(event.x, event.y))

    def on_leave(self, event: events.Leave) -> None:
        self._set_hovered(None)


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

    def make_row(self, index: int) -> AnyRow:
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

    def row_clicked(self, row: AnyRow, event: events.Click) -> None:
        self.focus()
        handle = row.handle_at(event.x, event.y) if isinstance(row, RankRow) else None
        if handle is not None:
            self.move_item(row.index, handle)
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
