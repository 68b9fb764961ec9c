"""koji_tui.isotime: the one way times are written (UTC, ms, Z) and read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from koji_tui.isotime import parse_iso, to_iso

MOMENT = datetime(2026, 11, 18, 9, 46, 40, 123456, tzinfo=UTC)


def test_written_in_utc_with_milliseconds_and_z() -> None:
    assert to_iso(MOMENT) == "2026-11-18T09:46:40.123Z"
    assert to_iso(MOMENT.timestamp()) == "2026-11-18T09:46:40.123Z"
    paris = MOMENT.astimezone(timezone(timedelta(hours=1)))
    assert to_iso(paris) == "2026-11-18T09:46:40.123Z"
    assert to_iso(MOMENT.replace(tzinfo=None)) == "2026-11-18T09:46:40.123Z"  # naive is UTC


@pytest.mark.parametrize(
    "text",
    ["2026-11-18T09:46:40.123Z", "2026-11-18T10:46:40.123+01:00", "2026-11-18T09:46:40.123"],
)
def test_read_from_z_an_offset_or_none(text: str) -> None:
    moment = parse_iso(text)
    assert moment is not None and moment.tzinfo is not None
    assert moment == MOMENT.replace(microsecond=123000)


def test_a_written_time_reads_back() -> None:
    assert parse_iso(to_iso(MOMENT)) == MOMENT.replace(microsecond=123000)


@pytest.mark.parametrize("value", [None, "", "  ", "yesterday", "2026-13-01T00:00:00Z", 12, []])
def test_anything_else_is_none(value: object) -> None:
    assert parse_iso(value) is None


def test_a_datetime_passes_through_made_aware() -> None:
    assert parse_iso(MOMENT) is MOMENT
    assert parse_iso(MOMENT.replace(tzinfo=None)) == MOMENT
