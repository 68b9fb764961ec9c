"""An option row that draws itself: marker, a one-cell gap, the label (wrapped), handles.

A row used to be a container of Statics (marker, label, and for a ranking a box of two
handles). A key that moved the cursor toggled a class on two rows, and Textual restyles a
node with all its descendants, so each key restyled and repainted up to a dozen widgets.
:class:`OptionLine` has no children: a state class restyles the row alone, and a key
repaints just the rows it changed. It draws exactly what the container drew (the same
strips, segment for segment), so a screen looks the same as before.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style as RichStyle
from rich.text import Text
from textual.geometry import Size
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual, visualize
from textual.widget import Widget

#: Columns of the marker at least (the marker used to have ``min-width: 3``).
MARKER_MIN_WIDTH = 3
#: The gap between the marker and the label (the marker's right margin).
MARKER_GAP = 1


class OptionLine(Widget):
    """One row of a list answer (not the "Other" row, which has a field): a state marker,
    then the option text; the text wraps beside the marker, never under it.

    The row remembers what it shows, so a key redraws only the rows whose marker or
    state changed, and a marker or label that keeps its width redraws without a layout.
    """

    DEFAULT_CSS = "OptionLine { height: auto; }"

    #: Columns kept at the right of the first line for drawn handles (the ranking's ▲/▼).
    HANDLES_WIDTH: ClassVar[int] = 0

    is_other = False
    field = None

    def __init__(self, index: int, label: str) -> None:
        super().__init__(classes="answer-option")
        self.index = index
        self.label = label
        self._marker_text: str | None = None
        self._cache_key: tuple[object, ...] | None = None
        self._lines: list[Strip] = []

    # ------------------------------------------------------------- state
    @property
    def marker_text(self) -> str:
        """The marker the row shows ("" before the widget set one)."""
        return self._marker_text or ""

    def set_marker(self, marker: str) -> None:
        previous = self._marker_text
        if marker == previous:
            return
        self._marker_text = marker
        self.refresh(
            layout=previous is None or self._marker_width(previous) != self._marker_width(marker)
        )

    def set_label(self, label: str) -> None:
        """Show ``label``; without a layout when the old and new labels both fit one line."""
        previous, self.label = self.label, label
        if label == previous:
            return
        width = self._label_width(self.size.width)
        one_line = 0 < width and max(cell_len(previous), cell_len(label)) <= width
        self.refresh(layout=not one_line)

    def set_state(self, classes: dict[str, bool]) -> None:
        """Set the row's state classes, restyling it (only it: it has no children) only if
        one of them changed."""
        changed = {name: on for name, on in classes.items() if self.has_class(name) != on}
        if changed:
            self.update_classes(changed)

    # ------------------------------------------------------------ layout
    @staticmethod
    def _marker_width(marker: str) -> int:
        return max(MARKER_MIN_WIDTH, cell_len(marker))

    def _label_width(self, width: int) -> int:
        marker = self._marker_width(self.marker_text)
        return max(0, width - marker - MARKER_GAP - self.HANDLES_WIDTH)

    def _label_visual(self) -> Visual:
        return visualize(self, Text(self.label), markup=False)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        gap = MARKER_GAP + self.HANDLES_WIDTH
        return self._marker_width(self.marker_text) + gap + cell_len(self.label)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        label_width = self._label_width(width)
        if label_width <= 0:
            return 1
        return max(1, self._label_visual().get_height(self.styles, label_width))

    # ------------------------------------------------------------ render
    def render_line(self, y: int) -> Strip:
        lines = self._render_rows()
        if 0 <= y < len(lines):
            return lines[y]
        return Strip.blank(self.size.width, self.visual_style.rich_style)

    def handles_strip(self, inner: RichStyle) -> Strip:
        """The first line's handles (none here: a ranking row draws ▲/▼)."""
        return Strip([])

    def handles_key(self) -> object:
        """What the handles' look depends on (part of the cache key)."""
        return None

    def _render_rows(self) -> list[Strip]:
        width, height = self.size
        style = self.visual_style
        base, background = self.background_colors
        key = (width, height, self.marker_text, self.label, style, base, background)
        key += (self.handles_key(),)
        if key == self._cache_key:
            return self._lines
        # What each part drew as a widget of its own: its visual in its width, padded
        # with the inner background; the gap and the space below the marker are the
        # container's blank.
        inner = Style(background=base + background).rich_style
        blank = RichStyle.from_color(bgcolor=background.rich_color)
        marker_width = self._marker_width(self.marker_text)
        label_width = self._label_width(width)
        marker = Visual.to_strips(
            self, visualize(self, Text(self.marker_text), markup=False), marker_width, 1, style
        )[0].adjust_cell_length(marker_width, inner)
        labels = Visual.to_strips(self, self._label_visual(), label_width, height, style)
        lines: list[Strip] = []
        for y in range(max(1, height)):
            label = labels[y] if y < len(labels) else Strip.blank(label_width, style.rich_style)
            label = label.adjust_cell_length(label_width, inner)
            if y == 0:
                parts = [marker, Strip.blank(MARKER_GAP, blank), label]
                if self.HANDLES_WIDTH:
                    parts.append(self.handles_strip(inner))
            else:
                parts = [Strip.blank(marker_width + MARKER_GAP, blank), label]
                if self.HANDLES_WIDTH:
                    parts.append(Strip.blank(self.HANDLES_WIDTH, blank))
            lines.append(Strip.join(parts).adjust_cell_length(width, inner))
        self._cache_key, self._lines = key, lines
        return lines
