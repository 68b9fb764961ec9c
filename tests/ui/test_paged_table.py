"""PagedTable: a list of any length, a page at a time, only the rows on screen rendered."""

from __future__ import annotations

from textual.app import App, ComposeResult

from koji_tui.ui.widgets.paged_table import Column, PagedTable, Row
from tests.pilot import driven

PAGE = 20
COLUMNS = (Column("Name", "name", 10), Column("Id", "id", None, min_width=6))


def _rows(page: int, total: int) -> list[Row]:
    first = page * PAGE
    return [
        Row(f"k{n}", (f"name {n}", f"id-{n:05d}")) for n in range(first, min(total, first + PAGE))
    ]


class Host(App[None]):
    def __init__(self, answer_pages: bool = True) -> None:
        super().__init__()
        self.answer_pages = answer_pages
        self.wanted: list[tuple[int, int]] = []
        self.highlighted: list[tuple[int, str | None]] = []
        self.selected: list[str] = []
        self.total = 0

    def compose(self) -> ComposeResult:
        yield PagedTable(COLUMNS, page_size=PAGE, max_pages=4, id="t")

    @property
    def table(self) -> PagedTable:
        return self.query_one(PagedTable)

    def on_paged_table_page_wanted(self, event: PagedTable.PageWanted) -> None:
        self.wanted.append((event.page, event.generation))
        if self.answer_pages:
            self.table.put_page(event.page, _rows(event.page, self.total), event.generation)

    def on_paged_table_row_highlighted(self, event: PagedTable.RowHighlighted) -> None:
        self.highlighted.append((event.index, event.key))

    def on_paged_table_row_selected(self, event: PagedTable.RowSelected) -> None:
        self.selected.append(event.key)


def _lines(table: PagedTable) -> list[str]:
    return [table.render_line(y).text for y in range(table.scrollable_content_region.height)]


async def test_a_long_list_holds_its_first_page_and_asks_for_the_rest_as_it_comes_into_view() -> (
    None
):
    app = Host()
    async with driven(app, size=(40, 12)) as pilot:
        app.total = 10_000
        app.table.show(app.total, {0: _rows(0, app.total)})
        app.table.focus()
        await pilot.pause()
        assert app.table.row_count == 10_000
        lines = _lines(app.table)
        assert lines[0].split() == ["Name", "Id"]
        assert "name 0" in lines[1] and "id-00000" in lines[1]
        assert app.wanted == []  # page 0 covers the screen
        assert app.table.cursor_key == "k0"

        await pilot.press("end")
        await pilot.pause()
        assert app.table.cursor_row == 9_999
        assert app.wanted == [(499, app.table.generation)]
        assert app.table.cursor_key == "k9999"
        assert "id-09999" in _lines(app.table)[-1]
        assert app.highlighted[-1] == (9_999, "k9999")

        await pilot.press("enter")
        await pilot.pause()
        assert app.selected == ["k9999"]

        await pilot.press("home", "pagedown", "pagedown", "pagedown", "pagedown", "pagedown")
        await pilot.pause()
        assert len(app.table.loaded_pages) <= 4  # a bounded number of pages is held


async def test_a_page_not_there_shows_placeholders_and_a_stale_page_is_dropped() -> None:
    app = Host(answer_pages=False)
    async with driven(app, size=(40, 12)) as pilot:
        app.total = 100
        first = app.table.show(app.total, {})
        await pilot.pause()
        assert app.wanted == [(0, first)]
        assert "…" in _lines(app.table)[1]
        assert app.table.cursor_key is None
        await pilot.press("enter")  # nothing to select yet
        assert app.selected == []

        second = app.table.show(50, {})  # e.g. another study highlighted meanwhile
        app.table.put_page(0, _rows(0, 100), first)  # the first study's page arrives late
        await pilot.pause()
        assert "…" in _lines(app.table)[1]
        app.table.put_page(0, _rows(0, 50), second)
        await pilot.pause()
        assert "name 0" in _lines(app.table)[1]


async def test_show_keeps_the_cursor_on_its_row_and_a_click_selects_the_cursor_row() -> None:
    app = Host()
    async with driven(app, size=(40, 12)) as pilot:
        app.total = 30
        app.table.show(30, {0: _rows(0, 30)}, cursor_key="k5")
        await pilot.pause()
        assert app.table.cursor_row == 5
        app.table.show(30, {0: _rows(0, 30)}, cursor_key="gone", cursor_row=7)
        await pilot.pause()
        assert app.table.cursor_row == 7

        app.table.show(30, {0: _rows(0, 30)})
        await pilot.pause()
        await pilot.click(PagedTable, offset=(2, 3))  # line 3 is row 2 (the header is line 0)
        await pilot.pause()
        assert app.table.cursor_row == 2 and app.selected == []
        await pilot.click(PagedTable, offset=(2, 3))
        await pilot.pause()
        assert app.selected == ["k2"]


async def test_an_empty_list_draws_its_header_only() -> None:
    app = Host()
    async with driven(app, size=(40, 8)) as pilot:
        app.table.show(0, {})
        await pilot.pause()
        lines = _lines(app.table)
        assert lines[0].split() == ["Name", "Id"]
        assert all(not line.strip() for line in lines[1:])
        assert app.table.cursor_key is None and app.wanted == []


async def test_showing_the_list_it_shows_already_changes_nothing_and_draws_nothing() -> None:
    """A list read again that found the same rows (the journal changed elsewhere) is not drawn
    again; a list that differs in one cell, or in its total, is."""
    app = Host()
    async with driven(app, size=(40, 12)) as pilot:
        app.total = 500
        first = app.table.show(500, {0: _rows(0, 500)})
        await pilot.pause()
        app.table.cursor_row = 3
        await pilot.pause()
        drawn: list[int] = []
        render_line = app.table.render_line

        def counted(y: int) -> object:
            drawn.append(y)
            return render_line(y)

        app.table.render_line = counted  # type: ignore[method-assign]
        highlighted = len(app.highlighted)
        again = app.table.show(500, {0: _rows(0, 500)}, cursor_key="k3")
        await pilot.pause()
        assert again == first and drawn == [] and len(app.highlighted) == highlighted
        assert app.table.cursor_row == 3

        changed = _rows(0, 500)
        changed[5] = Row("k5", ("renamed", "id-00005"))
        assert app.table.show(500, {0: changed}, cursor_key="k3") == first + 1
        await pilot.pause()
        assert drawn and "renamed" in _lines(app.table)[6]
        assert app.table.cursor_row == 3

        drawn.clear()
        assert app.table.show(501, {0: changed}, cursor_key="k3") == first + 2
        await pilot.pause()
        assert drawn and app.table.row_count == 501


async def test_a_line_drawn_before_is_drawn_again_from_the_same_row_only() -> None:
    """Lines are kept drawn per row object: the same rows shown again (back to a study) are not
    drawn again, a row read again (a new object, maybe other cells) always is."""
    app = Host()
    async with driven(app, size=(40, 12)) as pilot:
        rows = _rows(0, 30)
        app.table.show(30, {0: rows})
        await pilot.pause()
        first = _lines(app.table)
        app.table.show(5, {0: _rows(0, 5)})
        await pilot.pause()
        app.table.show(30, {0: rows})
        await pilot.pause()
        assert _lines(app.table) == first
        changed = list(rows)
        changed[2] = Row("k2", ("renamed", "id-00002"))
        app.table.show(30, {0: changed})
        await pilot.pause()
        lines = _lines(app.table)
        assert "renamed" in lines[3] and lines[3] != first[3]
        assert lines[:3] == first[:3] and lines[4:] == first[4:]
