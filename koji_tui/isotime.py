"""ISO 8601 times as koji-tui writes and reads them (the journal, the sandbox, the screens).

Written in UTC with milliseconds and a trailing ``Z`` (``2026-11-18T09:46:40.000Z``); read from
that, from any offset (``+02:00``), or without one (taken as UTC). The standard library only, so
every layer may use it (like :mod:`koji_tui.safety`).
"""

from __future__ import annotations

from datetime import UTC, datetime


def to_iso(moment: datetime | float) -> str:
    """``moment`` (an aware or UTC-naive datetime, or epoch seconds) as ``…T…:…:….mmmZ``."""
    if not isinstance(moment, datetime):
        moment = datetime.fromtimestamp(float(moment), UTC)
    elif moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_iso(value: object) -> datetime | None:
    """An aware datetime from an ISO string (``Z``, an offset, or none: UTC) or a datetime;
    None for anything else (an empty or unreadable string included)."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and value.strip():
        text = value.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return None
    else:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


__all__ = ["parse_iso", "to_iso"]
