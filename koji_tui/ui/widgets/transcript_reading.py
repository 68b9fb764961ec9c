"""How a :class:`~koji_tui.ui.widgets.transcript_history.TurnHistory` is read back (a mixin):
where a turn's lines are, its lines as drawn, every line as text; the tail's turn included,
below the history's lines. For the cockpit's search and copy, exports and tests."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rich.style import Style
from textual.strip import Strip

from koji_tui.ui.widgets.transcript_lines import Entry
from koji_tui.ui.widgets.transcript_turns import TurnHandle

__all__ = ["HistoryReading"]


class HistoryReading:
    """Readers of the history's layout (the widget provides it)."""

    _entries: list[Entry]
    _index: dict[int, int]
    _starts: list[int]
    _valid: int
    _total: int
    _wrap_width: int
    _tail_id: int | None

    if TYPE_CHECKING:  # provided by the widget

        @property
        def rich_style(self) -> Style: ...

        def _entry(self, handle: TurnHandle) -> Entry: ...

        def _relayout(self, width: int) -> None: ...

        def live_height(self, width: int) -> int: ...

        def live_line(self, y: int, width: int, style: Style) -> Strip: ...

        def render_line(self, y: int) -> Strip: ...

        def _build_line(self, entry: Entry, row: int, width: int) -> Strip: ...

    @property
    def total_lines(self) -> int:
        """The lines of every turn, the tail's included."""
        self._relayout(self._wrap_width if self._wrap_width > 0 else 80)
        return self._total + self.live_height(self._wrap_width)

    def lines_for(self, handle: TurnHandle) -> tuple[int, int]:
        """(first line, line count) of a turn at the current width (after layout)."""
        entry = self._entry(handle)
        position = self._index[entry.id]
        width = self._wrap_width if self._wrap_width > 0 else 80
        if position >= self._valid:
            self._relayout(width)
        if entry.id == self._tail_id:  # drawn by the tail, right below the history's lines
            return self._total, self.live_height(width)
        return self._starts[position], entry.height

    def strips_for(self, handle: TurnHandle) -> list[Strip]:
        """The lines of turn ``handle`` as they are drawn (the line filter applied), whichever
        of this widget and its tail draws them (for tests and copying)."""
        entry = self._entry(handle)
        first, count = self.lines_for(handle)
        width = self._wrap_width if self._wrap_width > 0 else 80
        if entry.id == self._tail_id:
            return [self.live_line(y, width, self.rich_style) for y in range(count)]
        return [self.render_line(y) for y in range(first, first + count)]

    def iter_plain_lines(self) -> Iterator[str]:
        """Every line as plain text at the current width (for tests and export)."""
        width = self._wrap_width if self._wrap_width > 0 else 80
        self._relayout(width)
        for y in range(self._total):
            position = bisect_right(self._starts, y) - 1
            entry = self._entries[position]
            yield self._build_line(entry, y - self._starts[position], width).text.rstrip()
        for y in range(self.live_height(width)):
            yield self._build_line(self._entries[-1], y, width).text.rstrip()
