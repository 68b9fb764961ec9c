"""How :class:`~koji_tui.ui.widgets.transcript_history.TurnHistory` draws one line of a turn.

The layout (which turn a line belongs to, its wrapped spans) stays in ``transcript_history``;
this module builds the ``Strip`` of one line from an :class:`Entry`: a turn's header (gutter,
label, number, time, state), a body line, or a line of a system notice. Server text is drawn
as it was sanitized when the turn was added (``sanitize_text``), never as markup.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from koji_tui.i18n import Translator
from koji_tui.ui.widgets.transcript_turns import (
    CURSOR,
    GUTTERS,
    KIND_GLYPHS,
    RESPONDENT_INDENT,
    STATE_WORDS,
    TurnView,
    sanitize_text,
    wrap_spans,
)


@dataclass(slots=True)
class Entry:
    """A turn plus its layout cache at one width."""

    id: int
    view: TurnView
    text: str  # what is drawn: the sanitized text of the turn, or of what it is shown as
    shown_as: str | None = None  # the text shown instead of the turn's own (see show_as)
    version: int = 0
    drawn: int = -1  # the version last drawn on screen (a line of it rendered)
    width: int = -1
    height: int = 0
    # Flat (start, end) offsets into ``text`` for each body line at ``width``.
    spans: array | None = None


class TurnLines:
    """The line builders of ``TurnHistory`` and how a turn wraps (a mixin: the widget provides
    the styles, the labels, the translator and the time format)."""

    labels: dict[str, str]
    tr: Translator
    time_format: Callable[[datetime], str]

    def _style(self, name: str) -> Style:  # the widget's component styles
        raise NotImplementedError

    def _geometry(self, role: str, width: int) -> tuple[int, int]:
        """(indent, prefix width) for the body lines of a role at ``width``."""
        if role == "system":
            return 0, 4
        indent = RESPONDENT_INDENT if role == "respondent" and width >= 30 else 0
        return indent, indent + 2

    def _wrap(self, entry: Entry, width: int) -> None:
        view = entry.view
        if view.role == "system":
            prefix = 4 + (len(self._time(view)) + 2 if view.timestamp else 0)
            if prefix > width // 2:
                prefix = 4
        else:
            prefix = self._geometry(view.role, width)[1]
        avail = max(1, width - prefix - (1 if view.state == "streaming" else 0))
        spans = wrap_spans(entry.text, avail)
        entry.spans = spans
        entry.width = width
        body = len(spans) // 2
        entry.height = body + (1 if view.role == "system" else 2)

    def _time(self, view: TurnView) -> str:
        return self.time_format(view.timestamp) if view.timestamp is not None else ""

    def _build_line(self, entry: Entry, row: int, width: int) -> Strip:
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
        segments.append(Segment(GUTTERS[role], self._style(f"turn--{role}-gutter")))
        segments.append(Segment(text, self._style(f"turn--{role}-text")))
        if view.state == "streaming" and row == body_lines:
            segments.append(Segment(CURSOR, self._style("turn--cursor")))
        return Strip(segments)

    def _header_line(self, view: TurnView, width: int) -> Strip:
        role = view.role
        indent, _ = self._geometry(role, width)
        meta = self._style("turn--meta")
        segments = []
        if indent:
            segments.append(Segment(" " * indent))
        segments.append(Segment(GUTTERS[role], self._style(f"turn--{role}-gutter")))
        segments.append(
            Segment(sanitize_text(self.labels.get(role, role)), self._style(f"turn--{role}-label"))
        )
        if view.turn_no is not None:
            segments.append(Segment(f" · #{view.turn_no}", meta))
        if view.timestamp is not None:
            segments.append(Segment(f" · {self._time(view)}", meta))
        words = STATE_WORDS[view.state]
        words = self.tr.gettext(words) if words else ""
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

    def _system_line(self, entry: Entry, row: int, width: int) -> Strip:
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
            segments.append(Segment(f"  {KIND_GLYPHS[view.kind]} ", style))
            if stamp:
                segments.append(Segment(f"{stamp}  ", meta))
        else:
            segments.append(Segment(" " * (4 + (len(stamp) + 2 if stamp else 0))))
        segments.append(Segment(text, style))
        return Strip(segments)


def first_changed_row(before: array | None, after: array | None) -> int:
    """The first line of a turn to draw again once text was added at its end: the first body
    line whose span changed, or the old last line (it had the cursor); 0 (all) when unknown."""
    if before is None or after is None:
        return 0
    pairs = min(len(before), len(after)) // 2
    first = next(
        (i for i in range(pairs) if before[2 * i : 2 * i + 2] != after[2 * i : 2 * i + 2]), pairs
    )
    return max(1, min(1 + first, len(before) // 2))
