"""Reading another station's interviews: a journal file (opened read-only, never migrated or
written) or a folder of ``koji-tui export --format json`` files and journals.

Every interview comes out as an :class:`Incoming`: the interview's fields and its turns as the
journal stores them (questions and structured values as JSON text). From an export, an
interviewer turn's question is the server's object (``server_question``; format version 1
kept it under ``question``) and a participant turn's is the question its widget showed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from koji_tui.journal.wording import _

EXPORT_FORMAT = "koji-tui-interview"
MAX_EXPORT_BYTES = 32 * 1024 * 1024
_STATUSES = ("active", "awaiting_completion", "completed")
_STATES = ("received", "sent", "discarded", "pending")


class SourceError(Exception):
    """The source cannot be read as a journal or a folder of exports."""


@dataclass(frozen=True)
class IncomingTurn:
    role: str
    content: str
    created_at: str
    state: str
    question_json: str | None = None
    answer_value_json: str | None = None
    sent_at: str | None = None

    @property
    def answer_value(self) -> Any:
        return None if self.answer_value_json is None else json.loads(self.answer_value_json)


@dataclass(frozen=True)
class Incoming:
    study_name: str
    base_url: str
    interview_id: str
    status: str
    started_at: str
    turns: list[IncomingTurn] = field(default_factory=list)
    session_token: str | None = field(default=None, repr=False)
    respondent_json: str | None = None
    mode: str | None = None
    locale: str | None = None
    completed_at: str | None = None
    updated_at: str | None = None
    turn_count: int = 0
    quality_score: float | None = None
    completion_reason: str | None = None
    dropped_pending: int = 0  # unsent answers of the other station, not brought along


def _dumps(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def incoming_from_rows(
    row: sqlite3.Row, turns: list[sqlite3.Row], *, keep_pending: bool = False
) -> Incoming:
    kept = [t for t in turns if keep_pending or t["state"] != "pending"]
    return Incoming(
        study_name=row["study_name"],
        base_url=row["base_url"],
        interview_id=row["interview_id"],
        status=row["status"],
        started_at=row["started_at"],
        turns=[
            IncomingTurn(
                role=t["role"],
                content=t["content"],
                created_at=t["created_at"],
                state=t["state"],
                question_json=t["question"],
                answer_value_json=t["answer_value"],
                sent_at=t["sent_at"],
            )
            for t in kept
        ],
        session_token=row["session_token"],
        respondent_json=row["respondent"],
        mode=row["mode"],
        locale=row["locale"],
        completed_at=row["completed_at"],
        updated_at=row["updated_at"],
        turn_count=int(row["turn_count"] or 0),
        quality_score=row["quality_score"],
        completion_reason=row["completion_reason"],
        dropped_pending=len(turns) - len(kept),
    )


def _open_readonly(path: Path) -> sqlite3.Connection:
    errors = []
    for query in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"file:{path}?{query}", uri=True, timeout=10.0)
            conn.row_factory = sqlite3.Row
            conn.execute("SELECT COUNT(*) FROM interviews").fetchone()
            return conn
        except sqlite3.Error as exc:
            errors.append(str(exc))
            try:
                conn.close()
            except (sqlite3.Error, UnboundLocalError):
                pass
    raise SourceError(
        _("{path} is not a readable koji-tui journal ({value}).", path=path, value=errors[-1])
    )


def read_journal(path: Path) -> Iterator[Incoming]:
    conn = _open_readonly(path)
    try:
        ids = [
            int(r[0]) for r in conn.execute("SELECT record_id FROM interviews ORDER BY record_id")
        ]
        for record_id in ids:
            row = conn.execute(
                "SELECT * FROM interviews WHERE record_id = ?", (record_id,)
            ).fetchone()
            turns = conn.execute(
                "SELECT * FROM turns WHERE record_id = ? ORDER BY seq", (record_id,)
            ).fetchall()
            yield incoming_from_rows(row, turns)
    finally:
        conn.close()


def _text(data: dict[str, Any], key: str, default: str | None = None) -> str | None:
    value = data.get(key, default)
    return value if isinstance(value, str) else default


def incoming_from_export(data: Any, name: str) -> Incoming:
    """An interview from one JSON export. Raises :class:`SourceError` naming what is wrong."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise SourceError(_("{name} is not a koji-tui interview export.", name=name))
    version = data.get("version")
    iid, study, base = (_text(data, k) for k in ("interview_id", "study", "base_url"))
    status = _text(data, "status")
    started = _text(data, "started_at")
    if not iid or not study or not base or status not in _STATUSES or not started:
        raise SourceError(
            _("{name} lacks its interview id, study, server, status or start time.", name=name)
        )
    messages = data.get("messages")
    if not isinstance(messages, list):
        raise SourceError(_("{name} has no list of messages.", name=name))
    turns: list[IncomingTurn] = []
    dropped = 0
    for message in messages:
        if not isinstance(message, dict) or message.get("role") not in ("assistant", "user"):
            raise SourceError(_("{name} has a message without a role.", name=name))
        role = message["role"]
        state = message.get("state") or ("received" if role == "assistant" else "sent")
        if state not in _STATES:
            raise SourceError(
                _("{name} has a message in an unknown state {state!r}.", name=name, state=state)
            )
        if state == "pending":
            dropped += 1
            continue
        if role == "assistant":
            question = message.get("server_question") if version != 1 else message.get("question")
        else:
            question = message.get("question")
        turns.append(
            IncomingTurn(
                role=role,
                content=str(message.get("content") or ""),
                created_at=str(message.get("created_at") or started),
                state=state,
                question_json=_dumps(question),
                answer_value_json=_dumps(message.get("answer_value")),
                sent_at=_text(message, "sent_at"),
            )
        )
    score = data.get("quality_score")
    respondent = data.get("respondent")
    return Incoming(
        study_name=study,
        base_url=base,
        interview_id=iid,
        status=status,
        started_at=started,
        turns=turns,
        respondent_json=_dumps(respondent) if isinstance(respondent, dict) else None,
        mode=_text(data, "mode"),
        locale=_text(data, "locale"),
        completed_at=_text(data, "completed_at"),
        turn_count=int(data.get("turn_count") or 0),
        quality_score=float(score) if isinstance(score, int | float) else None,
        completion_reason=_text(data, "completion_reason"),
        dropped_pending=dropped,
    )


def read_export(path: Path) -> Incoming:
    try:
        if path.stat().st_size > MAX_EXPORT_BYTES:
            raise SourceError(
                _(
                    "{name} is larger than {value} MB.",
                    name=path.name,
                    value=MAX_EXPORT_BYTES // 2**20,
                )
            )
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise SourceError(
            _("{name} cannot be read as JSON ({exc}).", name=path.name, exc=exc)
        ) from None
    return incoming_from_export(data, path.name)


class SourceItems:
    """The interviews of a source, read as they are iterated; ``files`` counts what was read."""

    def __init__(
        self, source: Path, problems: list[tuple[str, str]], skip: Path | None = None
    ) -> None:
        self.source = source
        self.problems = problems
        self.skip = skip.resolve() if skip is not None else None
        self.files = 0
        if not source.exists():
            raise SourceError(_("{source} does not exist.", source=source))
        if source.is_file():
            self._check_not_self(source)
            _open_readonly(source).close()  # fail early: not a journal at all

    def _check_not_self(self, path: Path) -> None:
        if self.skip is not None and path.resolve() == self.skip:
            raise SourceError(_("{path} is this station's own journal.", path=path))

    def __iter__(self) -> Iterator[Incoming]:
        if self.source.is_file():
            self.files = 1
            yield from read_journal(self.source)
            return
        for path in sorted(self.source.rglob("*")):
            if not path.is_file():
                continue
            if path.suffix == ".json":
                self.files += 1
                try:
                    item = read_export(path)
                except SourceError as exc:
                    self.problems.append((str(path), str(exc)))
                    continue
                yield item
            elif path.suffix in (".sqlite3", ".sqlite", ".db") and not path.name.endswith(
                ("-wal", "-shm")
            ):
                if self.skip is not None and path.resolve() == self.skip:
                    continue
                self.files += 1
                try:
                    yield from read_journal(path)
                except SourceError as exc:
                    self.problems.append((str(path), str(exc)))


def read_source(
    source: Path, problems: list[tuple[str, str]], skip: Path | None = None
) -> SourceItems:
    return SourceItems(source, problems, skip)
