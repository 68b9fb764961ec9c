"""The station: its id (made once, kept in the config folder, renameable) and its session
counter (each participant's interview gets the next number). Blocking: call it in a thread.

``kiosk-station.json`` in the config folder::

    {"station_id": "kiosk-3f9a2c", "sessions": 12}
"""

from __future__ import annotations

import json
import re
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

from koji_tui import paths
from koji_tui.i18n import app_translator

STATION_FILE = "kiosk-station.json"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$")


class StationError(ValueError):
    """A station name that cannot be used, or a station file that cannot be read."""


@dataclass(frozen=True)
class StationInfo:
    station_id: str
    sessions: int  # sessions started so far at this station


def problem_with(name: str) -> str | None:
    if not _NAME.match(name):
        return app_translator().gettext(
            "A station name is 1 to 64 letters, digits, spaces, '.', '_' or '-', "
            "starting with a letter or digit."
        )
    return None


class Station:
    """This machine's kiosk station (``path``; default: the config folder's file)."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._lock = threading.Lock()

    @property
    def path(self) -> Path:
        return self._path or paths.config_dir() / STATION_FILE

    def _read(self) -> StationInfo | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            said = app_translator().gettext("The station file {path} cannot be read: {error}")
            raise StationError(said.format(path=self.path, error=exc)) from None
        station_id = data.get("station_id") if isinstance(data, dict) else None
        sessions = data.get("sessions", 0) if isinstance(data, dict) else 0
        if not isinstance(station_id, str) or problem_with(station_id) is not None:
            said = app_translator().gettext("The station file {path} has no valid station_id.")
            raise StationError(said.format(path=self.path))
        if isinstance(sessions, bool) or not isinstance(sessions, int) or sessions < 0:
            sessions = 0
        return StationInfo(station_id, sessions)

    def _write(self, info: StationInfo) -> None:
        from koji_tui.config.studies import atomic_write_text

        paths.private_dir(self.path.parent)
        text = json.dumps({"station_id": info.station_id, "sessions": info.sessions})
        atomic_write_text(self.path, text + "\n")

    def info(self) -> StationInfo:
        """The station, made (and saved) the first time it is asked for."""
        with self._lock:
            info = self._read()
            if info is None:
                info = StationInfo("kiosk-" + secrets.token_hex(3), 0)
                self._write(info)
            return info

    def rename(self, name: str) -> StationInfo:
        problem = problem_with(name)
        if problem is not None:
            raise StationError(problem)
        with self._lock:
            current = self._read()
            info = StationInfo(name, current.sessions if current else 0)
            self._write(info)
            return info

    def next_session(self) -> StationInfo:
        """Count one more session; the info returned carries its number."""
        with self._lock:
            current = self._read() or StationInfo("kiosk-" + secrets.token_hex(3), 0)
            info = StationInfo(current.station_id, current.sessions + 1)
            self._write(info)
            return info


__all__ = ["STATION_FILE", "Station", "StationError", "StationInfo", "problem_with"]
