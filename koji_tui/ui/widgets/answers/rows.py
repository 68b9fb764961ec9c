"""An option row that draws itself: marker, a one-cell gap, the label (wrapped), handles.

A row used to be a container of Statics (marker, label, and for a ranking a box of two
handles). A key that moved the cursor toggled a class on two rows, and Textual restyles a
node with all its descendants, so each key restyled and repainted up to a dozen widgets.
:class:`OptionLine` has no children: a state class restyles the row alone, and a key
repaints just the rows it changed. It draws exactly what the container drew (the same
strips, segment for segment), so a screen looks the same as before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style as RichStyle
from rich.text import Text
from textual.color import Color
from textual.geometry import Size
from textual.strip import Strip
from textual.style import Style as VisualStyle
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
    # The row is drawn from parts (marker, label, handles): Textual's text selection would
    # map the mouse to the wrong cells, so the option text is not selectable as text.
    ALLOW_SELECT = False

    #: Columns kept at the right of the first line for drawn handles (the ranking's ▲/▼).
    HANDLES_WIDTH: ClassVar[int] = 0

    COMPONENT_CLASSES: ClassVar[set[str]] = {"option-line--cursor", "option-line--selected"}

    is_other = False
    field = None

    def __init__(self, index: int, label: str) -> None:
        super().__init__(classes="answer-option")
        self.index = index
        self.label = label
        self._marker_text: str | None = None
        self.cursor = False  # the keyboard cursor is on this row
        self.selected = False  # chosen (radio) or ticked
        self.list_focused = False  # the list answer itself has the focus
        self._cache_key: tuple[object, ...] | None = None
        self._lines: list[Strip] = []
        self._parts: dict[tuple[object, ...], list[Strip]] = {}

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
        """Set the row's state (``-cursor``, ``-selected``); repaint it only if it changed.

        The state is drawn, not set as CSS classes: a class change restyles the node
        (Textual's stylesheet pass), which cost more than the rest of a key. The looks come
        from the component classes ``option-line--cursor`` (while the list has the focus)
        and ``option-line--selected``, the same rules as ``.answer-option.-cursor`` and
        ``.answer-option.-selected`` of the "Other" row.
        """
        state = (classes.get("-cursor", False), classes.get("-selected", False))
        if state != (self.cursor, self.selected):
            self.cursor, self.selected = state
            self.refresh()

    def set_list_focused(self, focused: bool) -> None:
        """Say whether the list has the focus (its cursor row is highlighted only then)."""
        if focused != self.list_focused:
            self.list_focused = focused
            if self.cursor:
                self.refresh()

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

    def handles_strip(self, style: VisualStyle) -> Strip:
        """The first line's handles over the row's ``style`` (none here: a ranking row
        draws ▲/▼)."""
        return Strip([])

    def handles_key(self, style: VisualStyle) -> object:
        """What the handles' look depends on (part of the cache key)."""
        return None

    def part_style(self, style: VisualStyle, *names: str) -> VisualStyle:
        """``style`` with the component classes ``names`` over it, as a child widget with
        those rules would be drawn (its background over ``style``'s, its colour, its text
        style)."""
        for name in names:
            rules = self.get_component_styles(name)
            if rules.has_rule("background"):
                own = rules.background.tint(rules.background_tint)
                style = replace(style, background=(style.background or Color(0, 0, 0, 0)) + own)
            if rules.has_rule("color"):
                style = replace(style, foreground=rules.color)
            if rules.has_rule("text_style"):
                flags = rules.text_style
                style = replace(
                    style,
                    **{
                        flag: getattr(flags, flag)
                        for flag in ("bold", "dim", "italic", "underline", "reverse", "strike")
                        if getattr(flags, flag) is not None
                    },
                )
        return style

    def row_style(self) -> VisualStyle:
        """The row's style with its state drawn over it: the cursor's background replaces
        the row's own (hover) one, as the ``.-cursor`` rule outranked ``:hover``."""
        style = self.visual_style
        if self.cursor and self.list_focused:
            base = self.background_colors[0]
            style = self.part_style(replace(style, background=base), "option-line--cursor")
        if self.selected:
            style = self.part_style(style, "option-line--selected")
        return style

    def cached_strips(
        self, key: tuple[object, ...], draw: Callable[[], list[Strip]]
    ) -> list[Strip]:
        """The strips ``draw`` made before for ``key``: a row goes back and forth between a
        few looks (cursor on or off, ticked or not), and drawing text is most of a repaint."""
        strips = self._parts.get(key)
        if strips is None:
            if len(self._parts) >= 32:
                self._parts.clear()
            strips = self._parts[key] = draw()
        return strips

    def _render_rows(self) -> list[Strip]:
        width, height = self.size
        style = self.row_style()
        background = style.background or Color(0, 0, 0, 0)
        key = (width, height, self.marker_text, self.label, style, self.handles_key(style))
        if key == self._cache_key:
            return self._lines
        # What each part drew as a widget of its own: its visual in its width, padded
        # with the inner background; the gap and the space below the marker are the
        # container's blank.
        inner = VisualStyle(background=background).rich_style
        blank = RichStyle.from_color(bgcolor=background.rich_color)
        marker_width = self._marker_width(self.marker_text)
        label_width = self._label_width(width)
        marker = self.cached_strips(
            ("marker", self.marker_text, marker_width, style),
            lambda: Visual.to_strips(
                self, visualize(self, Text(self.marker_text), markup=False), marker_width, 1, style
            ),
        )[0].adjust_cell_length(marker_width, inner)
        labels = self.cached_strips(
            ("label", self.label, label_width, height, style),
            lambda: Visual.to_strips(self, self._label_visual(), label_width, height, style),
        )
        lines: list[Strip] = []
        for y in range(max(1, height)):
            label = labels[y] if y < len(labels) else Strip.blank(label_width, style.rich_style)
            label = label.adjust_cell_length(label_width, inner)
            if y == 0:
                parts = [marker, Strip.blank(MARKER_GAP, blank), label]
                if self.HANDLES_WIDTH:
                    parts.append(self.handles_strip(style))
            else:
                parts = [Strip.blank(marker_width + MARKER_GAP, blank), label]
                if self.HANDLES_WIDTH:
                    parts.append(Strip.blank(self.HANDLES_WIDTH, blank))
            lines.append(Strip.join(parts).adjust_cell_length(width, inner))
        self._cache_key, self._lines = key, lines
        return lines
