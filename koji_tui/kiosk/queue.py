"""The interviews a kiosk has still to complete on the server, kept on disk until they are.

A participant who finishes (or walks away) while the station is offline gets the thank-you
screen at once; their interview's complete is queued here (``kiosk-queue.json`` in the data
folder: journal record id, study, reason) and sent when the server is back (complete is
idempotent), or the next time the kiosk starts. The answers themselves are in the journal.
Blocking: call it in a thread.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path

from koji_tui import paths

QUEUE_FILE = "kiosk-queue.json"


@dataclass(frozen=True)
class Queued:
    study: str
    record_id: int
    reason: str


class CompletionQueue:
    """The queue file (``path``; default: ``kiosk-queue.json`` in the data folder)."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._lock = threading.Lock()

    @property
    def path(self) -> Path:
        return self._path or paths.data_dir() / QUEUE_FILE

    def items(self, study: str | None = None) -> list[Queued]:
        with self._lock:
            found = self._read()
        return [q for q in found if study is None or q.study == study]

    def add(self, item: Queued) -> None:
        with self._lock:
            found = [
                q for q in self._read() if q.record_id != item.record_id or q.study != item.study
            ]
            self._write([*found, item])

    def remove(self, study: str, record_id: int) -> None:
        with self._lock:
            found = self._read()
            kept = [q for q in found if q.record_id != record_id or q.study != study]
            if len(kept) != len(found):
                self._write(kept)

    def _read(self) -> list[Queued]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError):
            # A damaged file must not stop the kiosk; the interviews are in the journal
            # (their status says which were never completed).
            return []
        found: list[Queued] = []
        for entry in data if isinstance(data, list) else []:
            try:
                found.append(
                    Queued(str(entry["study"]), int(entry["record_id"]), str(entry["reason"]))
                )
            except (KeyError, TypeError, ValueError):
                continue
        return found

    def _write(self, items: list[Queued]) -> None:
        from koji_tui.config.studies import atomic_write_text

        paths.private_dir(self.path.parent)
        data = [{"study": q.study, "record_id": q.record_id, "reason": q.reason} for q in items]
        atomic_write_text(self.path, json.dumps(data, ensure_ascii=False) + "\n")


__all__ = ["QUEUE_FILE", "CompletionQueue", "Queued"]
