"""The interview transcript: interviewer, respondent and system turns.

Public API (everything runs on the app's thread; from a worker thread use
``app.call_from_thread``):

``TurnView(role, text, timestamp=None, turn_no=None, state="sent", kind="info", detail=None)``
    Immutable description of one turn.

    * ``role``: ``"interviewer"`` | ``"respondent"`` | ``"system"``.
    * ``text``: the server's (or the participant's) text. It is ALWAYS shown
      literally: never parsed as Rich/Textual markup, and escape/control
      characters are made visible (ESC -> ``␛``, other C0 controls -> their
      Unicode "control picture", C1 controls -> ``␛`` + the 7-bit equivalent,
      bidi overrides -> ``<U+202E>``). ``\\r\\n`` and lone ``\\r`` become
      newlines, tabs expand to 4 columns. See :func:`sanitize_text`.
    * ``timestamp``: aware or naive ``datetime``; shown as ``HH:MM`` by the
      transcript's ``time_format`` (injectable so snapshots are deterministic).
      ``None`` means "now" from the transcript's injectable ``clock``.
    * ``turn_no``: the turn number shown as ``#3`` (``None`` hides it).
    * ``state``: ``"sent"`` | ``"pending"`` (saved, not yet sent) | ``"sending"`` |
      ``"failed"`` | ``"streaming"`` (interviewer reply arriving). Shown in words
      on the turn's header line, not by colour alone.
    * ``kind`` (system turns only): ``"info"`` | ``"success"`` | ``"warning"`` |
      ``"error"``; shown with a glyph (• ✓ ! ✗) as well as a colour.
    * ``detail``: optional extra words after the state, e.g. the error for a
      failed turn ("not sent — connection refused").

``Transcript(*, time_format=None, clock=None, labels=None, id=..., classes=...)``
    A focusable ``VerticalScroll`` (keys: Up/Down, PageUp/PageDown, Home/End).
    It follows the bottom while the user is at the bottom (Textual's
    ``anchor()``); once the user scrolls up, new turns do not move the view,
    and scrolling back to the end follows again.

    * ``load(turns) -> list[TurnHandle]``: replace everything (removes mounted
      answer widgets too) and jump to the end.
    * ``append(turn) -> TurnHandle``: add a turn at the end.
    * ``update_turn(handle, *, text=, state=, turn_no=, timestamp=, detail=, kind=) -> TurnView``:
      change a turn in place (e.g. ``"sending"`` -> ``"sent"`` or ``"failed"``).
      ``detail=None`` clears the detail; leave it out to keep it.
    * ``get_turn(handle) -> TurnView``; ``turn_count`` (number of turns);
      ``handles`` (in order).
    * ``begin_stream(turn_no=None, timestamp=None) -> TurnHandle``: start a live
      interviewer turn (state ``"streaming"``, shown with a cursor).
      ``append_stream(text)`` adds a chunk. ``end_stream(final_text=None,
      turn_no=None) -> TurnHandle`` settles it (``final_text`` replaces the
      streamed text when given: the server's final message is authoritative).
      ``cancel_stream(notice=None)`` drops a live turn that failed (an empty one
      is removed, a partial one is kept and marked ``"failed"`` / "reply
      interrupted"), optionally appending a system error notice. Calling
      ``begin_stream`` while a stream is live settles the previous one first;
      ``end_stream(final_text)`` with no live stream simply appends the reply;
      ``append_stream`` with no live stream starts one. ``is_streaming`` tells.
    * ``notice(text, kind="info") -> TurnHandle``: shorthand for a system turn.
    * ``mount_below_last(widget) -> AwaitMount``: mount a widget (an answer
      widget) below the last turn. It stays below the turns; remove it with
      ``widget.remove()`` or ``clear_attachments()``.
    * ``clear()``: remove all turns and attachments.
    * ``is_following``: True while the view follows the bottom; ``follow()``
      jumps to the end and follows again. While the reader is scrolled up, new
      content shows a "↓ new messages below — End to jump" marker (docked at the
      bottom of the viewport, ``.transcript--new-below``) that hides once they
      are back at the end.

Design (performance): settled and live turns are all drawn by ONE Line-API
widget (:class:`TurnHistory`) that keeps, per turn, only the sanitized text
and the line-break offsets at the current width (an ``array``), and builds the
``Strip`` for a line only when it is on screen (LRU-cached). Its height is
computed in ``get_content_height`` from the per-turn line counts, so a width
change re-wraps lazily at the next layout. Mounted answer widgets live below it
in the same ``VerticalScroll``. A 2,000-turn transcript therefore costs about
as much as a ``RichLog`` holding the same text, or less (see
``tests/benchmarks/bench_ui.py``).

Styling: component classes on ``TurnHistory`` (``turn--interviewer-label`` …,
listed in ``TurnHistory.COMPONENT_CLASSES``), themed in
``styles/transcript.tcss``; ``DEFAULT_CSS`` only keeps it usable without it.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import pairwise
from typing import Any, ClassVar, Literal, NewType

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.cache import LRUCache
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.strip import Strip
from textual.types import AnimationLevel, CallbackType, EasingFunction
from textual.widget import AwaitMount, Widget
from textual.widgets import Static

from koji_tui.safety import safe_text
from koji_tui.ui.widgets.wrap import break_offsets

__all__ = [
    "Role",
    "SystemKind",
    "Transcript",
    "TurnHandle",
    "TurnHistory",
    "TurnState",
    "TurnView",
    "default_time_format",
    "sanitize_text",
]

Role = Literal["interviewer", "respondent", "system"]
TurnState = Literal["sent", "pending", "sending", "failed", "streaming"]
SystemKind = Literal["info", "success", "warning", "error"]
TurnHandle = NewType("TurnHandle", int)

_ROLES = ("interviewer", "respondent", "system")
_STATES = ("sent", "pending", "sending", "failed", "streaming")
_KINDS = ("info", "success", "warning", "error")

_UNSET: Any = object()


@dataclass(frozen=True, slots=True)
class TurnView:
    """One turn of the transcript (see the module docstring)."""

    role: Role
    text: str
    timestamp: datetime | None = None
    turn_no: int | None = None
    state: TurnState = "sent"
    kind: SystemKind = "info"
    detail: str | None = None

    def __post_init__(self) -> None:
        if self.role not in _ROLES:
            raise ValueError(f"role must be one of {_ROLES}, not {self.role!r}")
        if self.state not in _STATES:
            raise ValueError(f"state must be one of {_STATES}, not {self.state!r}")
        if self.kind not in _KINDS:
            raise ValueError(f"kind must be one of {_KINDS}, not {self.kind!r}")
        if not isinstance(self.text, str):
            raise TypeError(f"text must be a str, not {type(self.text).__name__}")


# --------------------------------------------------------------------------- text safety

# The one sanitizer (koji_tui.safety): every turn's text passes it before it is wrapped.
sanitize_text = safe_text


def default_time_format(ts: datetime) -> str:
    """``HH:MM`` in local time (aware datetimes are converted; naive ones shown as is)."""
    if ts.tzinfo is not None:
        ts = ts.astimezone()
    return ts.strftime("%H:%M")


# --------------------------------------------------------------------------- the line widget

_DEFAULT_LABELS: dict[str, str] = {"interviewer": "Interviewer", "respondent": "You"}
_STATE_WORDS: dict[str, str] = {
    "sent": "",
    "pending": "◌ pending",
    "sending": "… sending",
    "failed": "✗ not sent",
    "streaming": "… typing",
}
_KIND_GLYPHS: dict[str, str] = {"info": "•", "success": "✓", "warning": "!", "error": "✗"}
_GUTTERS: dict[str, str] = {"interviewer": "│ ", "respondent": "┃ "}
_RESPONDENT_INDENT = 4
_CURSOR = "▍"


@dataclass(slots=True)
class _Entry:
    """A turn plus its layout cache at one width."""

    id: int
    view: TurnView
    text: str
    version: int = 0
    width: int = -1
    height: int = 0
    # Flat (start, end) offsets into ``text`` for each body line at ``width``.
    spans: array | None = None


class TurnHistory(Widget):
    """Line-API widget drawing all turns (settled and live) of a :class:`Transcript`.

    Not scrollable itself: its height is its full line count, and the parent
    ``VerticalScroll`` scrolls it; only on-screen lines are ever turned into
    strips.
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
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.time_format: Callable[[datetime], str] = time_format or default_time_format
        self.clock: Callable[[], datetime] = clock or datetime.now
        self.labels: dict[str, str] = {**_DEFAULT_LABELS, **(labels or {})}
        self._entries: list[_Entry] = []
        self._index: dict[int, int] = {}
        self._starts: list[int] = []  # first line of each entry (valid up to _valid)
        self._valid = 0  # entries [0, _valid) have up-to-date height/start at _wrap_width
        self._total = 0
        self._wrap_width = -1
        self._next_id = 1
        self._strips: LRUCache[tuple[int, int, int, int], Strip] = LRUCache(1024)
        self._styles_memo: dict[str, Style] = {}

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
        self.refresh(layout=True)
        return handles

    def add(self, turn: TurnView) -> TurnHandle:
        handle = self._add(turn)
        self.refresh(layout=True)
        return handle

    def _add(self, turn: TurnView) -> TurnHandle:
        if not isinstance(turn, TurnView):
            raise TypeError(f"expected a TurnView, got {type(turn).__name__}")
        if turn.timestamp is None:
            turn = replace(turn, timestamp=self.clock())
        entry = _Entry(self._next_id, turn, sanitize_text(turn.text))
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
        if view.text is not entry.view.text:
            entry.text = sanitize_text(view.text)
        entry.view = view
        entry.version += 1
        entry.width = -1
        entry.spans = None
        position = self._index[entry.id]
        self._valid = min(self._valid, position)
        self.refresh(layout=True)
        return view

    def _entry(self, handle: TurnHandle) -> _Entry:
        try:
            return self._entries[self._index[handle]]
        except KeyError:
            raise KeyError(f"no turn with handle {handle!r} in this transcript") from None

    # ----------------------------------------------------------------- layout

    @property
    def total_lines(self) -> int:
        return self._total

    def _relayout(self, width: int) -> None:
        """Bring line counts and starts up to date for ``width`` (lazy re-wrap)."""
        if width != self._wrap_width:
            self._wrap_width = width
            self._valid = 0
            self._strips.clear()
        entries = self._entries
        starts = self._starts
        valid = self._valid
        if valid >= len(entries) and len(starts) == len(entries):
            return
        del starts[valid:]
        line = starts[-1] + entries[valid - 1].height if valid else 0
        for entry in entries[valid:]:
            if entry.width != width:
                self._wrap(entry, width)
            starts.append(line)
            line += entry.height
        self._valid = len(entries)
        self._total = line

    def _geometry(self, role: str, width: int) -> tuple[int, int]:
        """(indent, prefix width) for the body lines of a role at ``width``."""
        if role == "system":
            return 0, 4
        indent = _RESPONDENT_INDENT if role == "respondent" and width >= 30 else 0
        return indent, indent + 2

    def _wrap(self, entry: _Entry, width: int) -> None:
        view = entry.view
        if view.role == "system":
            prefix = 4 + (len(self._time(view)) + 2 if view.timestamp else 0)
            if prefix > width // 2:
                prefix = 4
        else:
            prefix = self._geometry(view.role, width)[1]
        avail = max(1, width - prefix - (1 if view.state == "streaming" else 0))
        spans = array("l")
        text = entry.text
        position = 0
        for paragraph in text.split("\n"):
            end = position + len(paragraph)
            if not paragraph or (paragraph.isascii() and len(paragraph) <= avail):
                spans.append(position)
                spans.append(end)
            elif cell_len(paragraph) <= avail:
                spans.append(position)
                spans.append(end)
            else:
                offsets = [0, *break_offsets(paragraph, avail), len(paragraph)]
                for start, stop in pairwise(offsets):
                    segment = paragraph[start:stop].rstrip(" ")
                    spans.append(position + start)
                    spans.append(position + start + len(segment))
            position = end + 1
        entry.spans = spans
        entry.width = width
        body = len(spans) // 2
        entry.height = body + (1 if view.role == "system" else 2)

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

    def _time(self, view: TurnView) -> str:
        return self.time_format(view.timestamp) if view.timestamp is not None else ""

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if width <= 0:
            return Strip.blank(0)
        self._relayout(width)
        if y < 0 or y >= self._total or not self._entries:
            return Strip.blank(width, self.rich_style)
        position = bisect_right(self._starts, y) - 1
        entry = self._entries[position]
        row = y - self._starts[position]
        key = (entry.id, entry.version, row, width)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._build_line(entry, row, width)
            strip = strip.crop_extend(0, width, self.rich_style).apply_style(self.rich_style)
            self._strips[key] = strip
        return strip

    def _build_line(self, entry: _Entry, row: int, width: int) -> Strip:
        view = entry.view
        spans = entry.spans
        assert spans is not None
        body_lines = len(spans) // 2
        if view.role == "system":
            return self._system_line(entry, row, width)
        if row == 0:
            return self._header_line(view, width)
        if row > body_lines:
            return Strip.blank(width)
        indent, _ = self._geometry(view.role, width)
        index = (row - 1) * 2
        text = entry.text[spans[index] : spans[index + 1]]
        role = view.role
        segments = []
        if indent:
            segments.append(Segment(" " * indent))
        segments.append(Segment(_GUTTERS[role], self._style(f"turn--{role}-gutter")))
        segments.append(Segment(text, self._style(f"turn--{role}-text")))
        if view.state == "streaming" and row == body_lines:
            segments.append(Segment(_CURSOR, self._style("turn--cursor")))
        return Strip(segments)

    def _header_line(self, view: TurnView, width: int) -> Strip:
        role = view.role
        indent, _ = self._geometry(role, width)
        meta = self._style("turn--meta")
        segments = []
        if indent:
            segments.append(Segment(" " * indent))
        segments.append(Segment(_GUTTERS[role], self._style(f"turn--{role}-gutter")))
        segments.append(
            Segment(sanitize_text(self.labels.get(role, role)), self._style(f"turn--{role}-label"))
        )
        if view.turn_no is not None:
            segments.append(Segment(f" · #{view.turn_no}", meta))
        if view.timestamp is not None:
            segments.append(Segment(f" · {self._time(view)}", meta))
        words = _STATE_WORDS[view.state]
        if words or view.detail:
            state_style = self._style(f"turn--state-{view.state}") if words else meta
            text = words if words else ""
            if view.detail:
                text = (
                    f"{text} — {sanitize_text(view.detail)}" if text else sanitize_text(view.detail)
                )
            segments.append(Segment("  ", meta))
            segments.append(Segment(text.replace("\n", " "), state_style))
        return Strip(segments)

    def _system_line(self, entry: _Entry, row: int, width: int) -> Strip:
        view = entry.view
        spans = entry.spans
        assert spans is not None
        if row * 2 >= len(spans):
            return Strip.blank(width)
        style = self._style(f"turn--system-{view.kind}")
        meta = self._style("turn--meta")
        stamp = self._time(view) if view.timestamp is not None else ""
        prefix = 4 + (len(stamp) + 2 if stamp else 0)
        if prefix > width // 2:
            stamp = ""
        text = entry.text[spans[row * 2] : spans[row * 2 + 1]]
        segments: list[Segment] = []
        if row == 0:
            segments.append(Segment(f"  {_KIND_GLYPHS[view.kind]} ", style))
            if stamp:
                segments.append(Segment(f"{stamp}  ", meta))
        else:
            segments.append(Segment(" " * (4 + (len(stamp) + 2 if stamp else 0))))
        segments.append(Segment(text, style))
        return Strip(segments)

    # ----------------------------------------------------------------- helpers for tests/app

    def lines_for(self, handle: TurnHandle) -> tuple[int, int]:
        """(first line, line count) of a turn at the current width (after layout)."""
        entry = self._entry(handle)
        position = self._index[entry.id]
        if position >= self._valid:
            self._relayout(self._wrap_width if self._wrap_width > 0 else 80)
        return self._starts[position], entry.height

    def iter_plain_lines(self) -> Iterator[str]:
        """Every line as plain text at the current width (for tests and export)."""
        width = self._wrap_width if self._wrap_width > 0 else 80
        self._relayout(width)
        for y in range(self._total):
            position = bisect_right(self._starts, y) - 1
            entry = self._entries[position]
            yield self._build_line(entry, y - self._starts[position], width).text.rstrip()


# --------------------------------------------------------------------------- the container


class Transcript(VerticalScroll, can_focus=True):
    """Scrollable interview transcript (see the module docstring for the API)."""

    DEFAULT_CSS = """
    Transcript {
        height: 1fr;
        width: 1fr;
        overflow-x: hidden;
    overflow-y: scroll;
    }
    Transcript > .transcript--new-below {
        dock: bottom;
        width: auto;
        height: 1;
        offset-x: 2;
        padding: 0 1;
        text-style: reverse;
    }
    """

    def __init__(
        self,
        *,
        time_format: Callable[[datetime], str] | None = None,
        clock: Callable[[], datetime] | None = None,
        labels: dict[str, str] | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.history = TurnHistory(time_format=time_format, clock=clock, labels=labels)
        self.new_below = Static(
            "↓ new messages below — End to jump", classes="transcript--new-below", markup=False
        )
        self.new_below.display = False
        self._stream: TurnHandle | None = None
        # Textual keeps "anchored but released" to itself: mirrored from the public calls.
        self._anchor_let_go = False

    def compose(self) -> Iterator[Widget]:
        yield self.new_below
        yield self.history

    def on_mount(self) -> None:
        self.anchor()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._anchor_let_go and new_value >= self.max_scroll_y:
            self._anchor_let_go = False  # back at the bottom: Textual re-anchors here too
        if self.new_below.display and (self.is_following or new_value >= self.max_scroll_y):
            self.new_below.display = False

    def _content_added(self) -> None:
        """Show the "new messages below" marker when the reader is scrolled up."""
        if not self.is_following and self.max_scroll_y > 0:
            self.new_below.display = True

    # ----------------------------------------------------------------- scrolling

    @property
    def is_following(self) -> bool:
        """True while new content keeps the view at the bottom."""
        return self.is_anchored and not self._anchor_let_go

    def release_anchor(self) -> None:
        """The reader scrolled away (Textual calls this): new content no longer moves the view."""
        super().release_anchor()
        self._anchor_let_go = True

    def scroll_end(
        self,
        *,
        animate: bool = True,
        speed: float | None = None,
        duration: float | None = None,
        easing: EasingFunction | str | None = None,
        force: bool = False,
        on_complete: CallbackType | None = None,
        level: AnimationLevel = "basic",
        immediate: bool = False,
        x_axis: bool = True,
        y_axis: bool = True,
    ) -> None:
        """Scrolling to the end follows again (as Textual's anchor does)."""
        self._anchor_let_go = False
        super().scroll_end(
            animate=animate,
            speed=speed,
            duration=duration,
            easing=easing,
            force=force,
            on_complete=on_complete,
            level=level,
            immediate=immediate,
            x_axis=x_axis,
            y_axis=y_axis,
        )

    def follow(self) -> None:
        """Jump to the end and follow new content again."""
        self.anchor()

    # ----------------------------------------------------------------- turns

    @property
    def turn_count(self) -> int:
        return len(self.history)

    @property
    def handles(self) -> list[TurnHandle]:
        return self.history.handles()

    @property
    def is_streaming(self) -> bool:
        return self._stream is not None

    def load(self, turns: Iterable[TurnView]) -> list[TurnHandle]:
        """Replace the whole transcript (and drop attachments); follow the end."""
        self._stream = None
        self.clear_attachments()
        handles = self.history.set_turns(turns)
        self.anchor()
        return handles

    def append(self, turn: TurnView) -> TurnHandle:
        handle = self.history.add(turn)
        self._content_added()
        return handle

    def notice(
        self, text: str, kind: SystemKind = "info", timestamp: datetime | None = None
    ) -> TurnHandle:
        return self.append(TurnView("system", text, timestamp=timestamp, kind=kind))

    def get_turn(self, handle: TurnHandle) -> TurnView:
        return self.history.get(handle)

    def update_turn(
        self,
        handle: TurnHandle,
        *,
        text: str = _UNSET,
        state: TurnState = _UNSET,
        turn_no: int | None = _UNSET,
        timestamp: datetime | None = _UNSET,
        detail: str | None = _UNSET,
        kind: SystemKind = _UNSET,
    ) -> TurnView:
        changes = {
            name: value
            for name, value in (
                ("text", text),
                ("state", state),
                ("turn_no", turn_no),
                ("timestamp", timestamp),
                ("detail", detail),
                ("kind", kind),
            )
            if value is not _UNSET
        }
        view = self.history.update(handle, **changes)
        entries = self.history._entries
        if entries and entries[-1].id == handle:  # the last turn grew or changed
            self._content_added()
        return view

    # ----------------------------------------------------------------- streaming

    def begin_stream(
        self, turn_no: int | None = None, timestamp: datetime | None = None
    ) -> TurnHandle:
        """Start a live interviewer turn; returns its handle."""
        if self._stream is not None:
            self.end_stream()
        self._stream = self.append(
            TurnView("interviewer", "", timestamp=timestamp, turn_no=turn_no, state="streaming")
        )
        return self._stream

    def append_stream(self, text: str) -> None:
        """Add a chunk to the live turn (starts one if none is live)."""
        if self._stream is None:
            self.begin_stream()
        assert self._stream is not None
        if text:
            view = self.history.get(self._stream)
            self.history.update(self._stream, text=view.text + text)

    def restart_stream(self) -> None:
        """Empty the live turn: its reply is being streamed again from the start."""
        if self._stream is not None:
            self.history.update(self._stream, text="")

    def end_stream(
        self, final_text: str | None = None, turn_no: int | None = _UNSET
    ) -> TurnHandle | None:
        """Settle the live turn; ``final_text`` (the server's full reply) wins when given."""
        handle = self._stream
        if handle is None:
            if final_text is None:
                return None
            return self.append(
                TurnView("interviewer", final_text, turn_no=None if turn_no is _UNSET else turn_no)
            )
        self._stream = None
        changes: dict[str, Any] = {"state": "sent"}
        if final_text is not None:
            changes["text"] = final_text
        if turn_no is not _UNSET:
            changes["turn_no"] = turn_no
        self.update_turn(handle, **changes)
        return handle

    def cancel_stream(self, notice: str | None = None) -> None:
        """Drop the live turn (its reply failed); optionally add an error notice."""
        handle = self._stream
        self._stream = None
        if handle is not None:
            view = self.history.get(handle)
            if view.text:
                self.update_turn(handle, state="failed", detail="reply interrupted")
            else:
                self._remove_entry(handle)
        if notice:
            self.notice(notice, kind="error")

    def _remove_entry(self, handle: TurnHandle) -> None:
        history = self.history
        position = history._index.pop(handle)
        del history._entries[position]
        for later in history._entries[position:]:
            history._index[later.id] -= 1
        history._valid = min(history._valid, position)
        history.refresh(layout=True)

    # ----------------------------------------------------------------- attachments

    def mount_below_last(self, widget: Widget) -> AwaitMount:
        """Mount ``widget`` (e.g. an answer widget) below the last turn."""
        return self.mount(widget)

    @property
    def attachments(self) -> list[Widget]:
        return [child for child in self.children if child not in (self.history, self.new_below)]

    def clear_attachments(self) -> None:
        for child in self.attachments:
            child.remove()

    def clear(self) -> None:
        """Remove every turn and attachment."""
        self.load([])
