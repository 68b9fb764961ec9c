"""TurnHistory: the one Line-API widget that draws every turn of a transcript.

It keeps, per turn, only the sanitized text and the line-break offsets at the current width (an
``array``), and builds the ``Strip`` for a line only when it is on screen (LRU-cached). Its
height is computed in ``get_content_height`` from the per-turn line counts, so a width change
re-wraps lazily at the next layout. A turn may be *shown* with other text than its own (the
stem of a question whose answer widget lists the options): :meth:`TurnHistory.show_as`.
The last turn, when it is the interviewer's (a reply streaming, then the question waiting for
its answer), is drawn by the history's :attr:`~TurnHistory.tail` (a
:class:`~koji_tui.ui.widgets.transcript_tail.LiveTail` the transcript puts right below it), so
that a reply growing line by line, and its end, do not change the history's height.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from typing import Any, ClassVar

from rich.style import Style
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widget import Widget

from koji_tui.i18n import Translator, translator
from koji_tui.ui.widgets.transcript_lines import Entry, TurnLines, first_changed_row
from koji_tui.ui.widgets.transcript_reading import HistoryReading
from koji_tui.ui.widgets.transcript_tail import LiveTail
from koji_tui.ui.widgets.transcript_turns import (
    DEFAULT_LABELS,
    TurnHandle,
    TurnView,
    locale_time_format,
    sanitize_text,
)


class TurnHistory(HistoryReading, TurnLines, Widget):
    """Line-API widget drawing the turns of a :class:`Transcript` (its last, when the
    interviewer's, through :attr:`tail`).

    Not scrollable itself: its height is its full line count (but the tail's turn), and the
    parent ``VerticalScroll`` scrolls it; only on-screen lines are ever turned into strips.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "turn--interviewer-gutter",
        "turn--interviewer-label",
        "turn--interviewer-text",
        "turn--respondent-gutter",
        "turn--respondent-label",
        "turn--respondent-text",
        "turn--meta",
        "turn--state-pending",
        "turn--state-sending",
        "turn--state-failed",
        "turn--state-streaming",
        "turn--cursor",
        "turn--system-info",
        "turn--system-success",
        "turn--system-warning",
        "turn--system-error",
    }

    DEFAULT_CSS = """
    TurnHistory {
        width: 1fr;
        height: auto;
        padding: 0 1;
    }
    TurnHistory > .turn--interviewer-label { text-style: bold; }
    TurnHistory > .turn--respondent-label { text-style: bold; }
    TurnHistory > .turn--meta { text-style: dim; }
    TurnHistory > .turn--state-failed { text-style: bold; }
    """

    def __init__(
        self,
        *,
        time_format: Callable[[datetime], str] | None = None,
        clock: Callable[[], datetime] | None = None,
        labels: dict[str, str] | None = None,
        translator: Translator | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.tr: Translator = translator or _english()
        self._own_time_format = time_format
        self.time_format: Callable[[datetime], str] = time_format or locale_time_format(self.tr)
        self.clock: Callable[[], datetime] = clock or datetime.now
        self._given_labels: dict[str, str] = dict(labels or {})
        self.labels: dict[str, str] = self._labels()
        self._entries: list[Entry] = []
        self._index: dict[int, int] = {}
        self._starts: list[int] = []  # first line of each entry (valid up to _valid)
        self._valid = 0  # entries [0, _valid) have up-to-date height/start at _wrap_width
        self._total = 0
        self._wrap_width = -1
        self._next_id = 1
        self._strips: LRUCache[tuple[int, int, int, int], Strip] = LRUCache(1024)
        self._styles_memo: dict[str, Style] = {}
        # Every drawn line passes it when set (the cockpit's search marks its matches), then
        # refresh(): the cached lines are kept unfiltered.
        self.line_filter: Callable[[Strip], Strip] | None = None
        # The last turn, when it is the interviewer's, is laid out and drawn by the tail.
        self._tail_id: int | None = None
        self.tail = LiveTail(self)

    # ----------------------------------------------------------------- data API

    def __len__(self) -> int:
        return len(self._entries)

    def handles(self) -> list[TurnHandle]:
        return [TurnHandle(e.id) for e in self._entries]

    def set_turns(self, turns: Iterable[TurnView]) -> list[TurnHandle]:
        self._entries = []
        self._index = {}
        self._starts = []
        self._valid = 0
        self._total = 0
        self._strips.clear()
        handles = [self._add(t) for t in turns]
        self._tail_id = self._live_id()
        self.refresh(layout=True)
        self.tail.refresh(layout=True)
        return handles

    def add(self, turn: TurnView) -> TurnHandle:
        before = self._tail_id
        handle = self._add(turn)
        self._tail_id = self._live_id()
        if before is not None or self._tail_id is None:  # turns join the history
            self.refresh(layout=True)
        if before is not None or self._tail_id is not None:
            self.tail.refresh(layout=True)
        return handle

    def _add(self, turn: TurnView) -> TurnHandle:
        if not isinstance(turn, TurnView):
            raise TypeError(f"expected a TurnView, got {type(turn).__name__}")
        if turn.timestamp is None:
            turn = replace(turn, timestamp=self.clock())
        entry = Entry(self._next_id, turn, sanitize_text(turn.text))
        self._next_id += 1
        self._index[entry.id] = len(self._entries)
        self._entries.append(entry)
        return TurnHandle(entry.id)

    def get(self, handle: TurnHandle) -> TurnView:
        return self._entry(handle).view

    def update(self, handle: TurnHandle, **changes: Any) -> TurnView:
        entry = self._entry(handle)
        view = replace(entry.view, **changes)
        if view == entry.view:
            return view
        drawn = entry.text
        if view.text is not entry.view.text and entry.shown_as is None:
            entry.text = sanitize_text(view.text)
        entry.view = view
        self._changed(entry, appended=changes.keys() <= {"text"} and entry.text.startswith(drawn))
        return view

    def show_as(self, handle: TurnHandle, text: str | None) -> None:
        """Draw turn ``handle`` with ``text`` instead of its own (``None``: its own again).

        The turn itself (``get``, and so exports and the journal's view of it) keeps its text.
        """
        entry = self._entry(handle)
        if text == entry.shown_as:
            return
        entry.shown_as = text
        entry.text = sanitize_text(entry.view.text if text is None else text)
        self._changed(entry)

    def is_drawn(self, handle: TurnHandle) -> bool:
        """Whether turn ``handle`` as it is now has been drawn (a line of it rendered for a
        frame) since it last changed."""
        entry = self._entry(handle)
        return entry.drawn == entry.version

    def shown_text(self, handle: TurnHandle) -> str:
        """The text drawn for turn ``handle`` (sanitized)."""
        return self._entry(handle).text

    def remove(self, handle: TurnHandle) -> None:
        """Drop turn ``handle``."""
        position = self._index.pop(handle)
        del self._entries[position]
        for later in self._entries[position:]:
            self._index[later.id] -= 1
        self._tail_id = self._live_id()
        self._valid = min(self._valid, position, len(self._entries) - (self._tail_id is not None))
        self.redraw(layout=True)

    def redraw(self, *, layout: bool = False) -> None:
        """Draw every line again, the tail's too (after a change of labels or filter)."""
        self.refresh(layout=layout)
        self.tail.refresh(layout=layout)

    def _labels(self) -> dict[str, str]:
        defaults = {role: self.tr.gettext(word) for role, word in DEFAULT_LABELS.items()}
        return {**defaults, **self._given_labels}

    def set_labels(self, **labels: str) -> None:
        """Head a role's turns with other words (``respondent="Ana Lima"``), and redraw."""
        self._given_labels.update(labels)
        if any(self.labels.get(role) != text for role, text in labels.items()):
            self.labels.update(labels)
            self._strips.clear()
            self.redraw()

    def set_translator(self, tr: Translator) -> None:
        """Draw the words (default labels, states) and times in ``tr``'s language."""
        if tr is self.tr:
            return
        self.tr = tr
        self.labels = self._labels()
        if self._own_time_format is None:
            self.time_format = locale_time_format(tr)
        for entry in self._entries:  # a system turn's wrap depends on its time's width
            entry.width = -1
            entry.spans = None
        self._strips.clear()
        self._valid = 0
        self._wrap_width = -1
        self.redraw(layout=True)

    @property
    def last_handle(self) -> TurnHandle | None:
        return TurnHandle(self._entries[-1].id) if self._entries else None

    def last_of(self, role: str) -> TurnHandle | None:
        """The last turn of ``role`` ("interviewer", …), if any."""
        for entry in reversed(self._entries):
            if entry.view.role == role:
                return TurnHandle(entry.id)
        return None

    def _live_id(self) -> int | None:
        """The last turn's id when it is the interviewer's (the tail draws it), else None: a
        reply while it streams, and after, until the next turn (the answer) comes."""
        last = self._entries[-1] if self._entries else None
        return last.id if last is not None and last.view.role == "interviewer" else None

    def _changed(self, entry: Entry, appended: bool = False) -> None:
        """Redraw what ``entry``'s change moved: its lines when it keeps its height (with
        ``appended``, text added at its end, only from the first line that changed), else
        the layout."""
        entry.version += 1
        live = self._live_id()
        if live != self._tail_id:  # the last turn is the interviewer's no more, or again
            self._tail_id = live
            self._valid = min(self._valid, len(self._entries) - 1)
            self.refresh(layout=True)
            self.tail.refresh(layout=True)
            return
        if entry.id == live:  # a piece of the reply, its end, its stem: only the tail redraws
            height, before = entry.height, entry.spans
            if entry.width > 0:
                self._wrap(entry, entry.width)
            if entry.width <= 0 or entry.height != height:
                self.tail.refresh(layout=True)
            else:
                row = first_changed_row(before, entry.spans) if appended else 0
                self.tail.refresh(Region(0, row, self.tail.size.width, height - row))
            return
        position = self._index[entry.id]
        width = self._wrap_width
        if entry.width == width > 0 and position < self._valid:
            # Wrapped at the current width already (a streamed piece, a state change): when
            # it keeps its number of lines nothing below moves, so only its lines are drawn
            # again (no layout of the whole screen for each piece of a reply).
            height = entry.height
            self._wrap(entry, width)
            if entry.height == height:
                self.refresh(Region(0, self._starts[position], self.size.width, height))
                return
        entry.width = -1
        entry.spans = None
        self._valid = min(self._valid, position)
        self.refresh(layout=True)

    def _entry(self, handle: TurnHandle) -> Entry:
        try:
            return self._entries[self._index[handle]]
        except KeyError:
            raise KeyError(f"no turn with handle {handle!r} in this transcript") from None

    # ----------------------------------------------------------------- layout

    def _relayout(self, width: int) -> None:
        """Bring line counts and starts up to date for ``width`` (lazy re-wrap)."""
        if width != self._wrap_width:
            self._wrap_width = width
            self._valid = 0
            self._strips.clear()
        entries = self._entries
        starts = self._starts
        valid = self._valid
        count = len(entries) - (self._tail_id is not None)  # the tail's turn is not laid out here
        if valid >= count and len(starts) == count:
            return
        del starts[valid:]
        line = starts[-1] + entries[valid - 1].height if valid else 0
        for entry in entries[valid:count]:
            if entry.width != width:
                self._wrap(entry, width)
            starts.append(line)
            line += entry.height
        self._valid = count
        self._total = line

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        self._relayout(max(1, width))
        return self._total

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width

    # ----------------------------------------------------------------- rendering

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles_memo.clear()
        self._strips.clear()

    def _style(self, name: str) -> Style:
        style = self._styles_memo.get(name)
        if style is None:
            style = self.get_component_rich_style(name, partial=True)
            self._styles_memo[name] = style
        return style

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if width <= 0:
            return Strip.blank(0)
        self._relayout(width)
        if y < 0 or y >= self._total or not self._entries:
            return Strip.blank(width, self.rich_style)
        position = bisect_right(self._starts, y) - 1
        return self._line(
            self._entries[position], y - self._starts[position], width, self.rich_style
        )

    def live_height(self, width: int) -> int:
        """The height of the tail's turn at ``width`` (0 when it has none)."""
        if self._tail_id is None or width <= 0:
            return 0
        entry = self._entries[-1]
        if entry.width != width:
            self._wrap(entry, width)
        return entry.height

    def live_line(self, y: int, width: int, style: Style) -> Strip:
        """Line ``y`` of the tail's turn at ``width`` (the tail's ``render_line``)."""
        if y < 0 or y >= self.live_height(width):
            return Strip.blank(width, style)
        return self._line(self._entries[-1], y, width, style)

    def _line(self, entry: Entry, row: int, width: int, style: Style) -> Strip:
        entry.drawn = entry.version
        key = (entry.id, entry.version, row, width)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._build_line(entry, row, width)
            strip = strip.crop_extend(0, width, style).apply_style(style)
            self._strips[key] = strip
        return strip if self.line_filter is None else self.line_filter(strip)


def _english() -> Translator:
    return translator(None)
