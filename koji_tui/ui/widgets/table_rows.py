"""The rows of :class:`~koji_tui.ui.widgets.paged_table.PagedTable` and how a line is drawn."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import set_cell_size
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

Cell = str | Text


@dataclass(frozen=True)
class Column:
    """A column: its heading, key and width (``None``: the width the others leave)."""

    label: str
    key: str
    width: int | None = None
    min_width: int = 8


@dataclass(frozen=True)
class Row:
    """One row: the key it is known by (e.g. a record id) and its cells, in column order."""

    key: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Frame:
    """What every line of one frame of the table shares."""

    width: int
    widths: tuple[int, ...]
    scroll_x: int
    top: int
    base: Style
    header: Style
    rows: tuple[Style, Style]  # even, odd
    cursor: Style
    missing: Style


def draw_line(
    cells: Sequence[Cell], style: Style, widths: Sequence[int], console: Console
) -> Strip:
    """One line of the table: each cell cropped to its column (as ``DataTable`` crops it),
    one cell of padding on each side, in ``style``; nothing is measured. Plain cells make one
    segment together (fewer segments: less work for every later step of the frame)."""
    segments: list[Segment] = []
    plain: list[str] = []
    for cell, width in zip(cells, widths, strict=False):
        if isinstance(cell, Text):
            text = cell.copy()
            text.truncate(width, overflow="crop", pad=True)
            plain.append(" ")
            styled = [
                Segment(s.text, style + s.style if s.style else style)
                for s in text.render(console)
                if s.text
            ]
            if all(s.style == style for s in styled):
                plain.extend(s.text for s in styled)
            else:
                segments.append(Segment("".join(plain), style))
                segments.extend(styled)
                plain = []
            plain.append(" ")
            continue
        plain.append(f" {set_cell_size(cell, width)} ")
    if plain:
        segments.append(Segment("".join(plain), style))
    return Strip(segments)


__all__ = ["Cell", "Column", "Frame", "Row", "draw_line"]
