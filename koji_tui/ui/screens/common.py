"""Helpers shared by the screens: showing untrusted text safely, and wording errors.

Nothing here imports the API client: errors are recognised by class name and
``status_code`` so this module stays cheap to import at start-up.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from rich.text import Text

from koji_tui.isotime import parse_iso
from koji_tui.safety import safe_line, safe_text

if TYPE_CHECKING:
    from koji_tui.session.errors import describe_error

__all__ = ["describe_error", "format_score", "format_started", "one_line", "plain", "visible"]


def __getattr__(name: str) -> Any:
    # The session's, on first use: its package loads the journal's (SQLite), which the study
    # list's first screen does not need.
    if name == "describe_error":
        from koji_tui.session.errors import describe_error

        return describe_error
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def visible(text: str | None) -> str:
    """Server- or user-provided text made safe to show (see :mod:`koji_tui.safety`): ESC becomes
    ``␛``, other controls their control pictures, bidi overrides a visible ``<U+202E>``."""
    return safe_text(text)


def plain(text: str | None, style: str = "") -> Text:
    """A Rich ``Text`` that shows ``text`` literally (never parsed as markup)."""
    return Text(visible(text), style=style, end="")


def one_line(text: str | None, width: int = 60) -> str:
    """First line of ``text``, made safe, shortened to ``width`` characters."""
    value = safe_text((text or "").strip())
    return safe_line(value.splitlines()[0] if value else "", width)


def format_started(value: object) -> str:
    """Show a start time compactly in local time (``2026-11-28 15:04``)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, int | float):
        value = datetime.fromtimestamp(float(value), tz=UTC)
    moment = parse_iso(value)
    if moment is None:
        return visible(str(value))[:16]
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M")


def format_score(score: object) -> str:
    if isinstance(score, int | float):
        return f"{float(score):.1f}"
    return "—"
