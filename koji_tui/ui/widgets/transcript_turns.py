"""The turns of a transcript: what one turn is (TurnView), how it is named and stamped.

See koji_tui.ui.widgets.transcript for the whole API; this module holds no widget.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from typing import Literal, NewType

from rich.cells import cell_len

from koji_tui.i18n import N_, Translator
from koji_tui.safety import safe_text
from koji_tui.ui.widgets.wrap import break_offsets

__all__ = [
    "Role",
    "SystemKind",
    "TurnHandle",
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


def locale_time_format(tr: Translator) -> Callable[[datetime], str]:
    """The turns' time in ``tr``'s locale (its short time, local time); ``HH:MM`` in English."""
    if tr.locale == "en":
        return default_time_format

    def time_format(ts: datetime) -> str:
        return tr.format_time(ts.astimezone() if ts.tzinfo is not None else ts, "short")

    return time_format


# --------------------------------------------------------------------------- how turns are drawn

# English msgids: the history shows them through its translator.
DEFAULT_LABELS: dict[str, str] = {"interviewer": N_("Interviewer"), "respondent": N_("You")}
STATE_WORDS: dict[str, str] = {
    "sent": "",
    "pending": N_("◌ pending"),
    "sending": N_("… sending"),
    "failed": N_("✗ not sent"),
    "streaming": N_("… typing"),
}
KIND_GLYPHS: dict[str, str] = {"info": "•", "success": "✓", "warning": "!", "error": "✗"}
GUTTERS: dict[str, str] = {"interviewer": "│ ", "respondent": "┃ "}
RESPONDENT_INDENT = 4
CURSOR = "▍"


def wrap_spans(text: str, avail: int) -> array[int]:
    """Flat (start, end) offsets into ``text`` of each line it wraps to in ``avail`` columns."""
    spans = array("l")
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
    return spans
