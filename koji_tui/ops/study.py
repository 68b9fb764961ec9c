"""The study-wide operations: refresh every interview from the server, close the stale ones,
export them all. Each is an :class:`~koji_tui.ops.runner.Operation` for
:func:`koji_tui.ops.runner.run` (paced, resumable, with progress).

- **refresh**: ``GET /{id}`` of every interview of the study on this server, merged into the
  journal as reopening an interview does (``Journal.merge_server_transcript``: by position,
  nothing lost; status, score and completion come along). One request per interview.
- **close-stale**: the study's interviews still active (or awaiting completion) whose last
  turn is older than ``older_than`` seconds: read from the server first (one that moved on
  there, or was completed there, is left alone and merged), then completed with ``reason``
  (default ``timeout``) and the score journaled. Two requests per interview closed.
- **export**: one file per interview (Markdown or JSON, as ``koji-tui export`` writes them) in
  a folder; no requests. The CSV export is one file: :mod:`koji_tui.ops.csv_export`.

An interview that another live koji-tui window drives is skipped (its window owns it), and so
is one the server no longer has (404).
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from koji_tui.i18n import Translator, app_translator
from koji_tui.journal import InterviewRecord, Journal, oplog
from koji_tui.ops.runner import FatalError, ItemResult

OPEN_STATUSES = ("active", "awaiting_completion")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]+")


def _words() -> Translator:
    """An outcome's words in the user's language (shown in the app and printed by the CLI)."""
    return app_translator("cli")


class StudyClient(Protocol):
    """What the operations need of :class:`koji_tui.api.KojiClient`."""

    base_url: str

    async def get_interview(self, interview_id: str, *, retry: bool = True) -> Any: ...

    async def complete(
        self,
        interview_id: str,
        *,
        session_token: str | None = None,
        reason: str | None = None,
        feedback: Any = None,
    ) -> Any: ...


def server_root(url: str) -> str:
    """The server root as the journal spells it (the client's URL ends in the API path)."""
    url = str(url).strip().rstrip("/")
    suffix = "/api/v1/interviews"
    return url[: -len(suffix)] if url.endswith(suffix) else url


def _iso(value: Any) -> str | None:
    from koji_tui.journal.store import iso_utc

    return iso_utc(value)


def _study_records(
    journal: Journal, study_name: str, base_url: str | None
) -> list[InterviewRecord]:
    records = journal.list_interviews(study_name=study_name)
    if base_url is not None:
        root = server_root(base_url)
        records = [r for r in records if server_root(r.base_url) == root]
    return sorted(records, key=lambda r: (r.started_at, r.record_id))


def _fatal_kinds() -> tuple[type[BaseException], ...]:
    from koji_tui.api import AuthenticationError, PermissionDeniedError

    return (AuthenticationError, PermissionDeniedError)


async def _merge(journal: Journal, record: InterviewRecord, interview: Any) -> InterviewRecord:
    merged: InterviewRecord = await asyncio.to_thread(
        journal.merge_server_transcript,
        record,
        interview.messages,
        status=interview.status,
        turn_count=interview.turn_count,
        is_complete=bool(interview.is_complete),
        quality_score=interview.quality_score,
        completion_reason=getattr(interview, "completion_reason", None),
        completed_at=_iso(getattr(interview, "completed_at", None)),
    )
    return merged


class _ServerOp:
    kind = ""

    def __init__(self, journal: Journal, client: StudyClient, study_name: str) -> None:
        self.journal = journal
        self.client = client
        self.study_name = study_name
        self.base_url = server_root(client.base_url)

    def params(self) -> dict[str, Any]:
        return {"server": self.base_url}

    async def _read(self, record: InterviewRecord) -> Any | ItemResult:
        """The server's copy, or the outcome when there is none to work with."""
        from koji_tui.api import NotFoundError

        holder = await asyncio.to_thread(self.journal.lease_holder, record.record_id)
        if holder is not None:
            return ItemResult(
                "skipped", _words().gettext("open in {holder}").format(holder=holder.describe())
            )
        try:
            return await self.client.get_interview(record.interview_id)
        except NotFoundError:
            return ItemResult("skipped", _words().gettext("not on the server"))
        except _fatal_kinds() as exc:
            raise FatalError(str(exc)) from None


class RefreshOperation(_ServerOp):
    """``koji-tui study refresh``: every interview's transcript, status and score."""

    kind = "refresh"

    def candidates(self) -> Sequence[int]:
        return [r.record_id for r in _study_records(self.journal, self.study_name, self.base_url)]

    async def run_one(self, record_id: int) -> ItemResult:
        record = await asyncio.to_thread(self.journal.get, record_id)
        interview = await self._read(record)
        if isinstance(interview, ItemResult):
            return interview
        merged = await _merge(self.journal, record, interview)
        return ItemResult("done", merged.status)


def parse_age(text: str) -> float:
    """``24h``, ``90m``, ``2d``, ``3600s`` or a number of seconds -> seconds. ValueError else."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*", text.lower())
    if match is None:
        raise ValueError(f"{text!r} is not an age like 24h, 90m, 2d or 3600s")
    unit = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}[match.group(2)]
    seconds = float(match.group(1)) * unit
    if seconds <= 0:
        raise ValueError("the age must be more than zero")
    return seconds


class CloseStaleOperation(_ServerOp):
    """``koji-tui study close-stale``: complete interviews abandoned mid-way."""

    kind = "close-stale"

    def __init__(
        self,
        journal: Journal,
        client: StudyClient,
        study_name: str,
        *,
        older_than: float,
        reason: str = "timeout",
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(journal, client, study_name)
        self.older_than = older_than
        self.reason = reason
        self.clock = clock
        self._cutoff = ""

    def params(self) -> dict[str, Any]:
        return {"server": self.base_url, "older_than": self.older_than, "reason": self.reason}

    def cutoff(self) -> str:
        moment = datetime.fromtimestamp(self.clock(), UTC) - timedelta(seconds=self.older_than)
        return _iso(moment) or ""

    def candidates(self) -> Sequence[int]:
        self._cutoff = self.cutoff()
        records = [
            r
            for r in _study_records(self.journal, self.study_name, self.base_url)
            if r.status in OPEN_STATUSES
        ]
        last = oplog.last_activity(self.journal, [r.record_id for r in records])
        return [r.record_id for r in records if last.get(r.record_id, r.started_at) < self._cutoff]

    async def run_one(self, record_id: int) -> ItemResult:
        record = await asyncio.to_thread(self.journal.get, record_id)
        if record.status == "completed":
            return ItemResult("skipped", _words().gettext("already completed"))
        interview = await self._read(record)
        if isinstance(interview, ItemResult):
            return interview
        record = await _merge(self.journal, record, interview)
        if record.status == "completed":
            return ItemResult("skipped", _words().gettext("completed on the server"))
        times = [_iso(m.created_at) for m in interview.messages if m.created_at is not None]
        latest = max((t for t in times if t), default=record.started_at)
        if latest >= self._cutoff:
            return ItemResult(
                "skipped", _words().gettext("active on the server at {time}").format(time=latest)
            )
        try:
            result = await self.client.complete(
                record.interview_id, session_token=record.session_token, reason=self.reason
            )
        except _fatal_kinds() as exc:
            raise FatalError(str(exc)) from None
        await asyncio.to_thread(
            self.journal.update_interview,
            record,
            status="completed",
            quality_score=getattr(result, "quality_score", None),
            completion_reason=getattr(result, "reason", None) or self.reason,
        )
        return ItemResult(
            "done", _words().gettext("completed ({reason})").format(reason=self.reason)
        )


def file_stem(interview_id: str, record_id: int, taken: set[str]) -> str:
    """A file name for an interview id a server chose (only safe characters, never twice)."""
    stem = _SAFE_NAME.sub("_", interview_id).strip("._") or "interview"
    stem = stem[:100]
    if stem.casefold() in taken:
        stem = f"{stem}-{record_id}"
    taken.add(stem.casefold())
    return stem


class ExportOperation:
    """``koji-tui study export --format md|json``: one file per interview in ``folder``."""

    kind = "export"

    def __init__(self, journal: Journal, study_name: str, folder: Path, fmt: str) -> None:
        if fmt not in ("md", "json"):
            raise ValueError("format must be md or json (csv is one file: export_csv)")
        self.journal = journal
        self.study_name = study_name
        self.folder = folder
        self.fmt = fmt
        self._names: dict[int, str] = {}

    def params(self) -> dict[str, Any]:
        return {"format": self.fmt, "folder": str(self.folder.resolve())}

    def candidates(self) -> Sequence[int]:
        records = _study_records(self.journal, self.study_name, None)
        taken: set[str] = set()
        self._names = {
            r.record_id: f"{file_stem(r.interview_id, r.record_id, taken)}.{self.fmt}"
            for r in records
        }
        return [r.record_id for r in records]

    async def run_one(self, record_id: int) -> ItemResult:
        from koji_tui.config.studies import atomic_write_text
        from koji_tui.journal.export import export_json, export_markdown
        from koji_tui.journal.notes import notes_of

        record = await asyncio.to_thread(self.journal.get, record_id)
        notes = await asyncio.to_thread(notes_of, self.journal, record_id)
        if self.fmt == "json":
            text = export_json(record, notes=notes)
        else:
            text = export_markdown(record, notes=notes)
        name = self._names.get(record_id) or f"{record_id}.{self.fmt}"
        await asyncio.to_thread(atomic_write_text, self.folder / name, text)
        return ItemResult("done", name)
