"""Scale answers: a horizontal row of points with their labels.

Keyboard: ←/→ move the selection, Home/End jump to the ends, a number picks
that point ("1" then "0" within ``NUMBER_TIMEOUT`` picks 10 on a 0-10 scale),
Enter sends. Mouse: click a point to select it, double-click (or Send) to send.
The selected point is bracketed (``[7]``) as well as highlighted. NPS 0-10
takes 54 columns, so it fits an 80-column terminal with room for the
transcript's borders and padding; scales too wide for the available width
wrap onto more rows. Scales with more than ``MAX_POINTS`` points (a 0-100
slider, say) take a typed number instead.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, ClassVar

from rich.text import Text
from textual import events, on
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Input, Static

from koji_tui.i18n import N_
from koji_tui.ui.widgets.answers.base import AnswerWidget, IncompleteAnswer

#: Scales with more points than this are answered by typing the number.
MAX_POINTS = 21
CELL_GAP = 1


@dataclass
class ScaleLayout:
    """Where each point of a scale is drawn at a given width."""

    lines: list[Text] = field(default_factory=list)
    #: (line, first column, end column, point)
    hits: list[tuple[int, int, int, int]] = field(default_factory=list)

    def point_at(self, x: int, y: int) -> int | None:
        for line, start, end, point in self.hits:
            if line == y and start <= x < end:
                return point
        return None

    def cell_of(self, point: int) -> tuple[int, int] | None:
        """(x, y) of the middle of ``point``'s cell."""
        for line, start, end, value in self.hits:
            if value == point:
                return (start + end) // 2, line
        return None


def _label_items(points: list[int], labels: dict[str, str]) -> tuple[dict[int, str], list[str]]:
    """Split labels into those of real points and the rest (kept, shown as a list)."""
    placed: dict[int, str] = {}
    extra: list[str] = []
    for key, text in labels.items():
        try:
            point = int(str(key).strip())
        except ValueError:
            extra.append(f"{key}: {text}")
            continue
        if point in points:
            placed[point] = str(text)
        else:
            extra.append(f"{key}: {text}")
    return placed, extra


def layout_scale(
    points: list[int],
    labels: dict[str, str],
    width: int,
    selected: int | None,
    *,
    selected_style: str = "reverse bold",
    label_style: str = "",
) -> ScaleLayout:
    """Lay a scale out in ``width`` columns: rows of points, then their labels.

    On one row of points the labels sit under their points on one line (the
    first under the left end, the last ending under the right end, the others
    centred), the points spread apart as far as needed for that; when even the
    full width cannot hold them on one line, each label gets a line of its own,
    still aligned to its end. Otherwise (several rows, or labels that do not
    fit) they are listed as ``1 = Not at all``.
    """
    width = max(width, 1)
    cell = max(len(str(p)) for p in points) + 2
    per_row = max(1, (width + CELL_GAP) // (cell + CELL_GAP))
    placed, extra = _label_items(points, labels)
    gap, label_lines = CELL_GAP, None
    if per_row >= len(points):
        gap, label_lines = _place_labels(points, placed, cell, width)
    layout = ScaleLayout()
    rows = [points[i : i + per_row] for i in range(0, len(points), per_row)]
    for row in rows:
        line = Text(no_wrap=True, overflow="crop")
        for column, point in enumerate(row):
            start = column * (cell + gap)
            if column:
                line.append(" " * gap)
            if point == selected:
                line.append(f"[{point}]".center(cell), selected_style)
            else:
                line.append(str(point).center(cell))
            layout.hits.append((len(layout.lines), start, start + cell, point))
        layout.lines.append(line)

    if label_lines is None:
        # Too many rows or labels too long to sit under their points: list them.
        extra = [f"{p} = {placed[p]}" for p in sorted(placed)] + extra
        label_lines = []
    for text in extra:
        for chunk in textwrap.wrap(text, width) or [""]:
            label_lines.append(chunk)
    for chunk in label_lines:
        layout.lines.append(Text(chunk, style=label_style, no_wrap=True, overflow="crop"))
    return layout


#: Spaces at least between two labels on one line (one space read as a single phrase).
LABEL_SPACING = 3
#: More labels than this are listed rather than stacked one per line.
MAX_STACKED_LABELS = 3


def _row_width(count: int, cell: int, gap: int) -> int:
    return count * cell + (count - 1) * gap


def _label_spans(
    points: list[int], placed: dict[int, str], cell: int, gap: int
) -> list[tuple[int, str]]:
    """(start column, text) of each label under its point, inside the row of points."""
    row_width = _row_width(len(points), cell, gap)
    spans: list[tuple[int, str]] = []
    for point in sorted(placed):
        text = placed[point]
        index = points.index(point)
        left = index * (cell + gap)
        if index == 0:
            start = left
        elif index == len(points) - 1:
            start = left + cell - len(text)
        else:
            start = left + cell // 2 - len(text) // 2
        spans.append((max(0, min(start, row_width - len(text))), text))
    return spans


def _one_line(spans: list[tuple[int, str]]) -> bool:
    return all(
        start >= last_start + len(last_text) + LABEL_SPACING
        for (last_start, last_text), (start, _) in pairwise(spans)
    )


def _place_labels(
    points: list[int], placed: dict[int, str], cell: int, width: int
) -> tuple[int, list[str] | None]:
    """The gap between points and the label lines for one row of points in ``width``.

    The smallest gap (from ``CELL_GAP``) whose row fits ``width`` and holds the labels
    on one line; failing that, a row at least as wide as the longest label (so the
    last label still ends under the last point) with one label per line; None for
    the lines when the labels must be listed instead."""
    if not placed:
        return CELL_GAP, []
    count = len(points)
    if max(len(text) for text in placed.values()) > width:
        return CELL_GAP, None
    widest_gap = CELL_GAP
    if count > 1:
        widest_gap = max(CELL_GAP, (width - count * cell) // (count - 1))
    for gap in range(CELL_GAP, widest_gap + 1):
        spans = _label_spans(points, placed, cell, gap)
        if _row_width(count, cell, gap) <= width and _one_line(spans):
            line = ""
            for start, text in spans:
                line = line.ljust(start) + text
            return gap, [line]
    if len(placed) > MAX_STACKED_LABELS:
        return CELL_GAP, None
    longest = max(len(text) for text in placed.values())
    gap = CELL_GAP
    while gap < widest_gap and _row_width(count, cell, gap) < longest:
        gap += 1
    return gap, [" " * start + text for start, text in _label_spans(points, placed, cell, gap)]


class ScaleStrip(Widget):
    """The drawn row of scale points (and their labels)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"scale-strip--selected", "scale-strip--label"}

    DEFAULT_CSS = """
    ScaleStrip { height: auto; width: 1fr; }
    """

    # The selection never changes the strip's height: a repaint, not a layout.
    selected: reactive[int | None] = reactive(None)

    def __init__(self, points: list[int], labels: dict[str, str]) -> None:
        super().__init__(classes="answer-scale")
        self.points = points
        self.labels = labels

    def layout_for(self, width: int) -> ScaleLayout:
        return layout_scale(
            self.points,
            self.labels,
            width,
            self.selected,
            selected_style=str(self.get_component_rich_style("scale-strip--selected")),
            label_style=str(self.get_component_rich_style("scale-strip--label")),
        )

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(layout_scale(self.points, self.labels, width, None).lines)

    def render(self) -> Text:
        layout = self.layout_for(self.content_size.width)
        return Text("\n", no_wrap=True, overflow="crop").join(layout.lines)

    def point_at(self, x: int, y: int) -> int | None:
        """The point drawn at content offset (x, y), if any."""
        return self.layout_for(self.content_size.width).point_at(x, y)

    def offset_of(self, point: int) -> tuple[int, int] | None:
        """Content offset of ``point`` (for tests and mouse users)."""
        return self.layout_for(self.content_size.width).cell_of(point)


class ScaleAnswer(AnswerWidget):
    """Pick one point on a numeric scale."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "left",
            "move(-1)",
            N_("Lower"),
            id="answer.lower",
            tooltip=N_("Pick the next lower point"),
            show=False,
        ),
        Binding(
            "right",
            "move(1)",
            N_("Higher"),
            id="answer.higher",
            tooltip=N_("Pick the next higher point"),
            show=False,
        ),
        Binding(
            "home",
            "jump(0)",
            N_("Lowest"),
            id="answer.lowest",
            tooltip=N_("Pick the lowest point"),
            show=False,
        ),
        Binding(
            "end",
            "jump(1)",
            N_("Highest"),
            id="answer.highest",
            tooltip=N_("Pick the highest point"),
            show=False,
        ),
    ]

    def __init__(self, question: Any, **kwargs: Any) -> None:
        super().__init__(question, **kwargs)
        low, high = int(question.scale_min), int(question.scale_max)
        self.points: list[int] = list(range(low, high + 1))
        self.selected: int | None = None
        self.typed = len(self.points) > MAX_POINTS

    def title_text(self) -> str:
        low, high = self.points[0], self.points[-1]
        return self.tr.gettext("Scale {low} to {high}").format(low=low, high=high)

    def hint_text(self) -> str:
        low, high = self.points[0], self.points[-1]
        if self.typed:
            return self.tr.gettext("Type a number from {low} to {high}").format(low=low, high=high)
        return self.tr.gettext("←/→ or {low}-{high} choose").format(low=low, high=high)

    def compose_body(self) -> Iterable[Widget]:
        if self.typed:
            placed, extra = _label_items(self.points, self.question.scale_labels)
            lines = [f"{p} = {placed[p]}" for p in sorted(placed)] + extra
            if lines:
                yield Static(Text("\n".join(lines)), classes="answer-scale-labels")
            yield Input(
                placeholder=self.tr.gettext("a number from {low} to {high}").format(
                    low=self.points[0], high=self.points[-1]
                ),
                compact=True,
                restrict=r"-?[0-9]*",
                classes="answer-scale-input",
            )
        else:
            yield ScaleStrip(self.points, dict(self.question.scale_labels))

    @property
    def strip(self) -> ScaleStrip:
        return self.query_one(ScaleStrip)

    def select(self, point: int) -> None:
        """Select ``point`` (it must be on the scale)."""
        if point not in self.points:
            raise ValueError(f"{point} is not on this scale")
        self.selected = point
        self.clear_error()
        if not self.typed:
            self.strip.selected = point

    def action_move(self, delta: int) -> None:
        if self.is_locked or self.typed:
            return
        if self.selected is None:
            self.select(self.points[0] if delta > 0 else self.points[-1])
            return
        index = self.points.index(self.selected) + delta
        if 0 <= index < len(self.points):
            self.select(self.points[index])
        else:
            self.app.bell()

    def action_jump(self, end: int) -> None:
        if not self.is_locked and not self.typed:
            self.select(self.points[-1] if end else self.points[0])

    def number_choices(self) -> list[int]:
        return [] if self.typed else self.points

    def pick_number(self, number: int) -> None:
        self.select(number)

    def on_click(self, event: events.Click) -> None:
        if self.is_locked or self.typed or event.widget is not self.strip:
            return
        offset = event.get_content_offset(self.strip)
        if offset is None:
            return
        point = self.strip.point_at(offset.x, offset.y)
        if point is None:
            return
        self.focus()
        self.select(point)
        if event.chain >= 2:
            self.action_confirm()

    @on(Input.Submitted, ".answer-scale-input")
    def _typed_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_confirm()

    def focus_target(self) -> Widget:
        if self.typed and self.is_mounted:
            return self.query_one(".answer-scale-input", Input)
        return self

    def build_value(self) -> object:
        low, high = self.points[0], self.points[-1]
        if self.typed:
            raw = self.query_one(".answer-scale-input", Input).value.strip()
            try:
                number = int(raw)
            except ValueError:
                raise IncompleteAnswer(
                    self.tr.gettext(
                        "Type a whole number from {low} to {high}, "
                        "or press Esc to answer in your own words."
                    ).format(low=low, high=high)
                ) from None
            if not low <= number <= high:
                raise IncompleteAnswer(
                    self.tr.gettext("{number} is not between {low} and {high}.").format(
                        number=number, low=low, high=high
                    )
                )
            return number
        if self.selected is None:
            raise IncompleteAnswer(
                self.tr.gettext(
                    "Choose a number from {low} to {high} first (←/→ or type it), "
                    "or press Esc to answer in your own words."
                ).format(low=low, high=high)
            )
        return self.selected
