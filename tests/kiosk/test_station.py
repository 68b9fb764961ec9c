"""The station id (made once, kept, renameable) and its session counter."""

from __future__ import annotations

import json
import re

import pytest

from koji_tui import paths
from koji_tui.kiosk.station import Station, StationError


def test_the_station_id_is_made_once_and_kept() -> None:
    first = Station().info()
    assert re.fullmatch(r"kiosk-[0-9a-f]{6}", first.station_id) and first.sessions == 0
    assert Station().info() == first  # another run: the same station
    assert Station().path == paths.config_dir() / "kiosk-station.json"


def test_sessions_are_counted_on_disk() -> None:
    station = Station()
    numbers = [station.next_session().sessions for _ in range(3)]
    assert numbers == [1, 2, 3]
    assert Station().next_session().sessions == 4
    assert json.loads(Station().path.read_text())["sessions"] == 4


def test_a_station_is_renamed_and_keeps_its_count() -> None:
    station = Station()
    station.next_session()
    renamed = station.rename("Clinic lobby 2")
    assert renamed.station_id == "Clinic lobby 2" and renamed.sessions == 1
    assert Station().info().station_id == "Clinic lobby 2"
    with pytest.raises(StationError):
        station.rename("")
    with pytest.raises(StationError):
        station.rename("bad/name")
