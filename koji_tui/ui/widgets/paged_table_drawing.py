"""Drawing :class:`~koji_tui.ui.widgets.paged_table.PagedTable`: the column widths, what one
frame's lines share, and each line (the Line API), with the lines drawn lately kept."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.geometry import Region
from textual.strip import Strip

from koji_tui.ui.widgets.table_rows import Cell, Column, Frame, Row, draw_line

if TYPE_CHECKING:
    from textual.scroll_view import ScrollView

    _Base = ScrollView
else:
    _Base = object

__all__ = ["DRAWN_LINES", "TableDrawing"]

DRAWN_LINES = 400  # lines kept drawn (a few screens of several studies)


class TableDrawing(_Base):
    """Mixin of the paged table for its drawing (its state is set up by ``PagedTable``)."""

    columns: tuple[Column, ...]
    cursor_row: int
    _total: int
    _current_frame: Frame | None
    _drawn: dict[tuple[object, ...], tuple[Row, Strip]]

    if TYPE_CHECKING:  # provided by the table

        def row_at(self, index: int) -> Row | None: ...

    def _widths(self) -> list[int]:
        width = self.scrollable_content_region.width or self.size.width
        fixed = sum(c.width for c in self.columns if c.width is not None)
        gaps = 2 * len(self.columns)  # one cell of padding on each side of each column
        free = [c for c in self.columns if c.width is None]
        spare = max(0, width - fixed - gaps)
        share = spare // len(free) if free else 0
        return [c.width if c.width is not None else max(c.min_width, share) for c in self.columns]

    def _content_width(self) -> int:
        """The width to scroll over: the fixed columns, the others at their least (they take
        what is left when drawn, so a scrollbar coming or going never changes it)."""
        return sum((c.width if c.width is not None else c.min_width) + 2 for c in self.columns)

    def _frame(self) -> Frame:
        """What every line of one frame shares (styles, widths): worked out once per frame,
        not per line (``rich_style`` walks the DOM)."""
        frame = self._current_frame
        if frame is not None:
            return frame
        base = self.rich_style
        style = self.get_component_rich_style
        return Frame(
            width=self.scrollable_content_region.width or self.size.width,
            widths=tuple(self._widths()),
            scroll_x=round(self.scroll_x),
            top=round(self.scroll_y),
            base=base,
            header=base + style("paged-table--header"),
            rows=(base + style("paged-table--even-row"), base + style("paged-table--odd-row")),
            cursor=style("paged-table--cursor"),
            missing=style("paged-table--missing", partial=True),
        )

    def render_lines(self, crop: Region) -> list[Strip]:
        self._current_frame = self._frame()
        try:
            return super().render_lines(crop)
        finally:
            self._current_frame = None

    def render_line(self, y: int) -> Strip:
        f = self._frame()
        if y == 0:
            strip = draw_line([c.label for c in self.columns], f.header, f.widths, self.app.console)
            return strip.crop_extend(f.scroll_x, f.scroll_x + f.width, f.header)
        index = f.top + y - 1
        if index >= self._total:
            return Strip.blank(f.width, f.base)
        style = f.rows[index % 2]
        if index == self.cursor_row:
            style += f.cursor
        row = self.row_at(index)
        if row is None:
            style += f.missing
            cells: Sequence[Cell] = ["…"] * len(self.columns)
            strip = draw_line(cells, style, f.widths, self.app.console)
            return strip.crop_extend(f.scroll_x, f.scroll_x + f.width, style)
        key = (row.key, style, f.widths, f.scroll_x, f.width)
        drawn = self._drawn.get(key)
        if drawn is not None and drawn[0] is row:
            return drawn[1]
        strip = draw_line(row.cells, style, f.widths, self.app.console)
        strip = strip.crop_extend(f.scroll_x, f.scroll_x + f.width, style)
        if len(self._drawn) >= DRAWN_LINES:
            self._drawn.clear()
        self._drawn[key] = (row, strip)
        return strip
