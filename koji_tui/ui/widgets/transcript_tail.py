"""The last turn's own widget, right below :class:`~koji_tui.ui.widgets.transcript_history.
TurnHistory` in the transcript, while that turn is the interviewer's.

That is the turn that changes: the reply streaming in, then settled, then drawn as its stem
when an answer widget lists its options. Textual redraws a widget whole when its size changes,
so while the history drew it, each new line of a reply redrew every line of the history on
screen (and its end and its stem once more). Here, only the turn's own lines are drawn again
and the history, which may hold thousands of lines, keeps its height. When the next turn (the
answer) comes, the reply joins the history and this widget is empty (no height). The turn
itself, its handle and its text stay the history's (``get``, ``handles``,
``iter_plain_lines``, ``strips_for``): only which widget draws it changes.
"""

from __future__ import annotations

from typing import Protocol

from rich.style import Style
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget

__all__ = ["LiveTail", "TailSource"]


class TailSource(Protocol):
    """What the tail draws from (the history): the last turn's height and lines at a width."""

    def live_height(self, width: int) -> int: ...

    def live_line(self, y: int, width: int, style: Style) -> Strip: ...


class LiveTail(Widget):
    """Draws the turn its :class:`TailSource` gives it; as tall as that turn (0 when none)."""

    DEFAULT_CSS = """
    LiveTail {
        width: 1fr;
        height: auto;
        padding: 0 1;
        background: transparent;
    }
    """

    def __init__(self, source: TailSource) -> None:
        super().__init__()
        self._source = source

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return self._source.live_height(max(1, width))

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if width <= 0:
            return Strip.blank(0)
        return self._source.live_line(y, width, self.rich_style)
