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

``Transcript(*, time_format=None, clock=None, labels=None, translator=None, id=..., classes=...)``
    ``translator`` (``koji_tui.i18n.translator(locale)``, English by default) gives the
    transcript's own words and times the interview's language; ``set_translator(tr)`` changes it.
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
    * ``mount_below_last(widget, *, stem=None) -> AwaitMount``: mount a widget (an
      answer widget) below the last turn. It stays below the turns; remove it with
      ``widget.remove()`` or ``clear_attachments()``. With ``stem`` (see
      ``koji_tui.questions.stem_for_display``) the last interviewer turn is drawn as
      ``stem`` while the widget is there: its options are not listed a second time
      above the widget that lists them, and on a small screen the question stays in view.
    * ``clear()``: remove all turns and attachments.
    * ``is_following``: True while the view follows the bottom; ``follow()``
      jumps to the end and follows again. While the reader is scrolled up, new
      content shows a "↓ new messages below — End to jump" marker (docked at the
      bottom of the viewport, ``.transcript--new-below``) that hides once they
      are back at the end.

Modules: this one is the container; ``transcript_history`` holds the line widget,
``transcript_tail`` the widget of its last turn, ``transcript_lines`` how a line is drawn and
a turn wrapped, ``transcript_reading`` how the lines are read back, ``transcript_turns`` the
turn type and its words, and ``transcript_stream`` the live turn (``begin_stream`` …);
everything is importable from here, as before.

Design (performance): the turns are drawn by ONE Line-API widget
(:class:`TurnHistory`) that keeps, per turn, only the sanitized text
and the line-break offsets at the current width (an ``array``), and builds the
``Strip`` for a line only when it is on screen (LRU-cached). Its height is
computed in ``get_content_height`` from the per-turn line counts, so a width
change re-wraps lazily at the next layout. Its last turn, while that is the
interviewer's (a reply streaming in, then waiting for its answer), is drawn by
its tail (:class:`~koji_tui.ui.widgets.transcript_tail.LiveTail`) right below
it, so that a growing reply does not change the history's height (which would
redraw all of it); a change that keeps a turn's height redraws only that turn's
changed lines. Mounted answer widgets live below them in the same ``VerticalScroll``. A 2,000-turn transcript therefore costs about
as much as a ``RichLog`` holding the same text, or less (see
``tests/benchmarks/bench_ui.py``).

Styling: component classes on ``TurnHistory`` (``turn--interviewer-label`` …,
listed in ``TurnHistory.COMPONENT_CLASSES``), themed in
``styles/transcript.tcss``; ``DEFAULT_CSS`` only keeps it usable without it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime

from textual.containers import VerticalScroll
from textual.types import AnimationLevel, CallbackType, EasingFunction
from textual.widget import AwaitMount, Widget
from textual.widgets import Static

from koji_tui.i18n import N_, Translator
from koji_tui.ui.widgets.transcript_history import TurnHistory
from koji_tui.ui.widgets.transcript_stream import _UNSET, TranscriptStreaming
from koji_tui.ui.widgets.transcript_turns import (
    Role,
    SystemKind,
    TurnHandle,
    TurnState,
    TurnView,
    default_time_format,
    sanitize_text,
)

NEW_BELOW = N_("↓ new messages below — End to jump")

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


class Transcript(TranscriptStreaming, VerticalScroll, can_focus=True):
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
        translator: Translator | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.history = TurnHistory(
            time_format=time_format, clock=clock, labels=labels, translator=translator
        )
        self.new_below = Static(
            self.history.tr.gettext(NEW_BELOW), classes="transcript--new-below", markup=False
        )
        self.new_below.display = False
        self._stream: TurnHandle | None = None
        self._stems: dict[TurnHandle, Widget] = {}  # turns drawn as their stem, and why
        # Textual keeps "anchored but released" to itself: mirrored from the public calls.
        self._anchor_let_go = False

    def compose(self) -> Iterator[Widget]:
        yield self.new_below
        yield self.history
        yield self.history.tail

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

    def set_translator(self, tr: Translator) -> None:
        """Show the transcript's own words (labels, states, times, the marker) in ``tr``'s."""
        self.history.set_translator(tr)
        self.new_below.update(tr.gettext(NEW_BELOW))

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

    def is_drawn(self, handle: TurnHandle) -> bool:
        """Whether turn ``handle`` has been on screen (drawn for a frame) since it changed."""
        return self.history.is_drawn(handle)

    def load(self, turns: Iterable[TurnView]) -> list[TurnHandle]:
        """Replace the whole transcript (and drop attachments); follow the end."""
        self._stream = None
        self.clear_attachments()
        self._stems.clear()
        handles = self.history.set_turns(turns)
        self.anchor()
        return handles

    def append(self, turn: TurnView) -> TurnHandle:
        self._release_stems()
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
        if self.history.last_handle == handle:  # the last turn grew or changed
            self._content_added()
        return view

    def _remove_entry(self, handle: TurnHandle) -> None:
        self._stems.pop(handle, None)
        self.history.remove(handle)

    # ----------------------------------------------------------------- attachments

    def mount_below_last(self, widget: Widget, *, stem: str | None = None) -> AwaitMount:
        """Mount ``widget`` (e.g. an answer widget) below the last turn.

        With ``stem`` (``koji_tui.questions.stem_for_display``: the message without the option
        list the widget shows), the last interviewer turn is drawn as ``stem`` for as long as
        ``widget`` stays in the transcript, so that on a small screen the question stays in
        view with its widget instead of its options being listed twice. The turn keeps its
        own text (``get_turn``); it is drawn whole again once the widget is removed
        (``clear_attachments``, ``load`` or ``widget.remove()``), or when the widget of a
        later question comes with its own stem.
        """
        self._release_stems(everything=stem is not None)
        if stem is not None:
            handle = self.history.last_of("interviewer")
            if handle is not None:
                self._stems[handle] = widget
                self.history.show_as(handle, stem)
        return self.mount(widget)

    @property
    def attachments(self) -> list[Widget]:
        own = (self.history, self.history.tail, self.new_below)
        return [child for child in self.children if child not in own]

    def clear_attachments(self) -> None:
        for child in self.attachments:
            child.remove()
        self._release_stems(everything=True)

    def _release_stems(self, everything: bool = False) -> None:
        """Draw whole again the turns whose widget is gone (or all of them)."""
        for handle, widget in list(self._stems.items()):
            if everything or widget.parent is not self or not widget.is_attached:
                del self._stems[handle]
                self.history.show_as(handle, None)

    def watch_virtual_size(self) -> None:
        # Removing an attachment changes the content's size: a widget removed on its own
        # (``widget.remove()``) gives its turn back its whole text here.
        if self._stems:
            self.call_after_refresh(self._release_stems)

    def clear(self) -> None:
        """Remove every turn and attachment."""
        self.load([])
