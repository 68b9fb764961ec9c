"""An answer is committed before it is sent, and fsync'd while it is on its way (real sandbox).

``InterviewSession.begin_answer`` commits the pending answer without an fsync, hands it to the
send, then fsyncs the journal's write-ahead log in the same thread. These tests hold that fsync
back (a journal whose ``sync`` waits on an event) to show the answer goes out meanwhile, that
closing the session waits for it, and that a failing fsync loses nothing.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from koji_tui.api import KojiClient
from koji_tui.journal import Journal
from koji_tui.session import InterviewSession

ANSWER = "We plan the week in it, every Monday morning."


class HeldSync(Journal):
    """A journal whose fsync after an answer waits until the test lets it go (or fails)."""

    def __init__(self, path: Path, fail: bool = False) -> None:
        super().__init__(path)
        self.release = threading.Event()
        self.fail = fail
        self.calls: list[str] = []

    def add_pending_answer(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(f"commit durable={kwargs.get('durable', True)}")
        return super().add_pending_answer(*args, **kwargs)

    def sync(self) -> None:
        self.calls.append("sync")
        assert self.release.wait(30), "the test never let the fsync go"
        if self.fail:
            raise OSError(5, "Input/output error")
        super().sync()
        self.calls.append("synced")


async def _until(condition: Any, seconds: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not condition():
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.001)


def _client(srv: Any) -> KojiClient:
    study = srv.studies[0]
    return KojiClient(srv.base_url, srv.key(study.id), backoff_base=0.02)


def _user_turns(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return list(conn.execute("SELECT content, state FROM turns WHERE role = 'user'"))


async def test_the_answer_is_sent_while_its_fsync_runs(koji_sandbox: Any, tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    journal = HeldSync(path)
    async with _client(koji_sandbox) as client:
        session = InterviewSession(client, journal, study_name="Sync")
        await session.start()
        written = session.begin_answer(ANSWER)
        turn = await written
        # Committed (another connection sees it), not yet fsync'd: the thread waits in sync().
        assert _user_turns(path) == [(ANSWER, "pending")]
        await _until(lambda: "sync" in journal.calls)  # the thread goes on to the fsync
        assert journal.calls == ["commit durable=False", "sync"]
        assert session.syncing is not None and not session.syncing.done()
        result = await session.answer(ANSWER, journaled=written)  # goes out, fsync held
        assert result.content
        transcript = await client.get_interview(session.interview_id)
        assert [m.content for m in transcript.messages if m.role == "user"] == [ANSWER]
        assert _user_turns(path) == [(ANSWER, "sent")]
        assert turn.content == ANSWER
        closing = asyncio.ensure_future(session.close())
        await asyncio.sleep(0.05)
        assert not closing.done()  # close waits for the answer's fsync
        journal.release.set()
        await asyncio.wait_for(closing, 10)
        assert journal.calls[-1] == "synced" and session.syncing.done()
    journal.close()


async def test_a_failed_fsync_is_logged_and_loses_nothing(
    koji_sandbox: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "journal.sqlite3"
    journal = HeldSync(path, fail=True)
    journal.release.set()
    async with _client(koji_sandbox) as client:
        session = InterviewSession(client, journal, study_name="Sync")
        await session.start()
        with caplog.at_level(logging.WARNING, logger="koji_tui.session.runner"):
            await session.answer(ANSWER)
            assert session.syncing is not None
            await asyncio.wait_for(asyncio.shield(session.syncing), 10)
        assert "fsync after an answer failed" in caplog.text
        assert _user_turns(path) == [(ANSWER, "sent")]
        await session.close()
    journal.close()


def test_sync_fsyncs_the_write_ahead_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "journal.sqlite3"
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    with Journal(path) as journal:
        record = journal.create_interview(
            study_name="Sync", base_url="http://127.0.0.1:9", interview_id="int_s"
        )
        journal.add_pending_answer(record, ANSWER, durable=False)
        monkeypatch.setattr(os, "fsync", fsync)
        journal.sync()
        assert synced == [f"{path}-wal"]
    monkeypatch.undo()
    # Closed: the log was checkpointed into the database file and removed.
    assert not Path(f"{path}-wal").exists()
    with Journal(path) as journal:
        assert [t.content for t in journal.get(record.record_id).turns] == [ANSWER]


def test_sync_without_a_log_file_does_nothing(tmp_path: Path) -> None:
    with Journal(tmp_path / "journal.sqlite3") as journal:
        journal.path = tmp_path / "elsewhere.sqlite3"  # a log that is not there
        journal.sync()
