"""A table for lists that grow with a study: rows come a page at a time, and only the rows on
screen are ever rendered.

Highlighting a study with 10,000 interviews costs what one with 10 does: the table knows the
total and holds the pages it was given (a bounded number of them); drawing a frame renders the
visible lines only (the Line API), and nothing is measured per row. When a page that is not
there comes into view, the table posts :class:`PagedTable.PageWanted` and shows the rows as
``…`` until its owner reads the page (in a thread) and hands it over with :meth:`put_page`.

Cells are plain text (the caller passes them through the sanitizer first) or Rich ``Text``,
cropped to their column as a ``DataTable`` crops them; column widths are fixed, and one column
may take the width that is left. Keys: up/down,
PageUp/PageDown, Home/End move the cursor; Enter (or a click on the cursor row) selects.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from koji_tui.i18n import N_
from koji_tui.ui.widgets.paged_table_drawing import TableDrawing
from koji_tui.ui.widgets.table_rows import Cell, Column, Frame, Row


class PagedTable(TableDrawing, ScrollView, can_focus=True):
    """A fixed header over rows fetched a page at a time (see the module's docstring)."""

    DEFAULT_CSS = """
    PagedTable {
        background: $surface;
        color: $foreground;
        scrollbar-gutter: stable;
        &:focus {
            background-tint: $foreground 5%;
            & > .paged-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .paged-table--header {
                background-tint: $foreground 5%;
            }
        }
        &:dark > .paged-table--even-row {
            background: $surface-darken-1 40%;
        }
        & > .paged-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        &:ansi > .paged-table--header {
            background: ansi_bright_blue;
            color: ansi_default;
        }
        & > .paged-table--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .paged-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        & > .paged-table--missing {
            color: $text-muted;
        }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "paged-table--header",
        "paged-table--cursor",
        "paged-table--even-row",
        "paged-table--odd-row",
        "paged-table--missing",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", N_("Up"), show=False),
        Binding("down", "cursor_down", N_("Down"), show=False),
        Binding("pageup", "page_up", N_("Page up"), show=False),
        Binding("pagedown", "page_down", N_("Page down"), show=False),
        Binding("home", "first", N_("First"), show=False),
        Binding("end", "last", N_("Last"), show=False),
        Binding("enter", "select_cursor", N_("Select"), show=False),
    ]

    cursor_row: reactive[int] = reactive(0, always_update=False)

    class RowHighlighted(Message):
        """The cursor moved to row ``index`` (``key`` None while its page is not there)."""

        def __init__(self, table: PagedTable, index: int, key: str | None) -> None:
            super().__init__()
            self.table = table
            self.index = index
            self.key = key

        @property
        def control(self) -> PagedTable:
            return self.table

    class RowSelected(Message):
        """Enter, or a click on the cursor row: row ``index`` with ``key`` was chosen."""

        def __init__(self, table: PagedTable, index: int, key: str) -> None:
            super().__init__()
            self.table = table
            self.index = index
            self.key = key

        @property
        def control(self) -> PagedTable:
            return self.table

    class PageWanted(Message):
        """Page ``page`` (rows ``page * page_size`` on) came into view and is not there."""

        def __init__(self, table: PagedTable, page: int, generation: int) -> None:
            super().__init__()
            self.table = table
            self.page = page
            self.generation = generation

        @property
        def control(self) -> PagedTable:
            return self.table

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        page_size: int = 50,
        max_pages: int = 40,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.columns: tuple[Column, ...] = tuple(columns)
        self.page_size = max(1, page_size)
        self.max_pages = max(2, max_pages)
        self._total = 0
        self._pages: OrderedDict[int, tuple[Row, ...]] = OrderedDict()  # most recent last
        self._wanted: set[int] = set()  # asked for, not there yet
        self.generation = 0  # bumped by show(): pages of an older generation are dropped
        self._current_frame: Frame | None = None
        # The lines drawn lately, by what they depend on; a hit needs the very Row object
        # (rows are immutable: a page read again brings new ones). Switching back to a study,
        # or a frame after a cursor move, draws its rows again from here.
        self._drawn: dict[tuple[object, ...], tuple[Row, Strip]] = {}

    # --- data ----------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        """How many rows the list has in all (loaded or not)."""
        return self._total

    @property
    def loaded_pages(self) -> tuple[int, ...]:
        return tuple(sorted(self._pages))

    def show(
        self,
        total: int,
        pages: Mapping[int, Sequence[Row]],
        *,
        cursor_key: str | None = None,
        cursor_row: int | None = None,
    ) -> int:
        """Replace the whole list: ``total`` rows, of which ``pages`` are known. The cursor
        goes to the row with ``cursor_key`` when a known page has it, else to ``cursor_row``
        (default: the first row). Returns the new generation (stamp page reads with it).
        The very list the table shows already (a read again that found the same rows) changes
        nothing: no new generation, nothing drawn again."""
        held = OrderedDict((p, tuple(rows)) for p, rows in sorted(pages.items()))
        row = cursor_row if cursor_row is not None else 0
        if cursor_key is not None:
            found = _index_in(held, cursor_key, self.page_size)
            row = found if found is not None else row
        if max(0, total) == self._total and dict(held) == dict(self._pages):
            if self._clamp(row) == self.cursor_row:
                return self.generation
        self.generation += 1
        self._total = max(0, total)
        self._pages = held
        self._wanted = set()
        self.virtual_size = Size(self._content_width(), self._total + 1)
        self.set_reactive(PagedTable.cursor_row, self._clamp(row))
        self._scroll_cursor_into_view(center=True)
        self.refresh()
        self._ask_for_pages()
        self.post_message(self.RowHighlighted(self, self.cursor_row, self.cursor_key))
        return self.generation

    def put_page(self, page: int, rows: Sequence[Row], generation: int) -> None:
        """Hand over page ``page``, read for ``generation`` (a stale read is dropped)."""
        if generation != self.generation:
            return
        self._wanted.discard(page)
        self._pages[page] = tuple(rows)
        self._pages.move_to_end(page)
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        self.refresh()
        first = page * self.page_size
        if first <= self.cursor_row < first + self.page_size:
            self.post_message(self.RowHighlighted(self, self.cursor_row, self.cursor_key))

    def row_at(self, index: int) -> Row | None:
        """Row ``index`` if its page is there."""
        if not 0 <= index < self._total:
            return None
        rows = self._pages.get(index // self.page_size)
        if rows is None:
            return None
        offset = index % self.page_size
        return rows[offset] if offset < len(rows) else None

    def index_of(self, key: str) -> int | None:
        return _index_in(self._pages, key, self.page_size)

    @property
    def cursor_key(self) -> str | None:
        row = self.row_at(self.cursor_row)
        return row.key if row is not None else None

    # --- cursor --------------------------------------------------------------------

    def _clamp(self, row: int) -> int:
        return max(0, min(row, self._total - 1)) if self._total else 0

    def validate_cursor_row(self, row: int) -> int:
        return self._clamp(row)

    def watch_cursor_row(self, old: int, new: int) -> None:
        self._refresh_row(old)
        self._refresh_row(new)
        self._scroll_cursor_into_view()
        self._ask_for_pages()
        self.post_message(self.RowHighlighted(self, new, self.cursor_key))

    @property
    def _body_height(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def _scroll_cursor_into_view(self, center: bool = False) -> None:
        top = round(self.scroll_y)
        height = self._body_height
        row = self.cursor_row
        if center and not top <= row < top + height:
            self.scroll_to(y=max(0, row - height // 2), animate=False, immediate=True)
        elif row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False, immediate=True)

    def _refresh_row(self, index: int) -> None:
        y = index - round(self.scroll_y) + 1
        if 1 <= y < self.size.height:
            self.refresh_line(y + round(self.scroll_y))

    def action_cursor_up(self) -> None:
        self.cursor_row -= 1

    def action_cursor_down(self) -> None:
        self.cursor_row += 1

    def action_page_up(self) -> None:
        self.cursor_row -= self._body_height

    def action_page_down(self) -> None:
        self.cursor_row += self._body_height

    def action_first(self) -> None:
        self.cursor_row = 0

    def action_last(self) -> None:
        self.cursor_row = self._total - 1

    def action_select_cursor(self) -> None:
        key = self.cursor_key
        if key is not None:
            self.post_message(self.RowSelected(self, self.cursor_row, key))

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1:
            return
        index = round(self.scroll_y) + offset.y - 1
        if not 0 <= index < self._total:
            return
        if index == self.cursor_row:
            self.action_select_cursor()
        else:
            self.cursor_row = index

    # --- pages ---------------------------------------------------------------------

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._ask_for_pages()

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(self._content_width(), self._total + 1)
        self._ask_for_pages()

    def _ask_for_pages(self) -> None:
        """Post PageWanted for the pages the screen shows (and the next one) that are not
        there and not asked for yet."""
        if not self._total:
            return
        top = max(0, round(self.scroll_y))
        last = min(self._total - 1, top + self._body_height)
        pages = set(range(top // self.page_size, last // self.page_size + 1))
        pages.add(self.cursor_row // self.page_size)
        for page in sorted(pages):
            if page not in self._pages and page not in self._wanted:
                self._wanted.add(page)
                self.post_message(self.PageWanted(self, page, self.generation))


def _index_in(pages: Mapping[int, Sequence[Row]], key: str, page_size: int) -> int | None:
    """Where the row with ``key`` is among ``pages``, if one of them has it."""
    for page, rows in pages.items():
        for offset, row in enumerate(rows):
            if row.key == key:
                return page * page_size + offset
    return None


__all__ = ["Cell", "Column", "PagedTable", "Row"]
