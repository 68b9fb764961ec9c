"""The sandbox store's hot path stays flat as it grows: every statement a request runs is an
index lookup, and reads are not serialised behind writes (no store-wide lock)."""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from koji_tui.server.store import InterviewStore, StoredInterview, StoredMessage
from tests.sandboxes import Sandboxes

from .conftest import http, say, start

WAIT = 10.0  # only ever reached when the behaviour under test is broken


def _interview(seq: int, study: str = "s") -> StoredInterview:
    return StoredInterview(
        id=f"int_{seq:04d}", study_id=study, session_token=f"stk_{seq}", status="active",
        respondent=None, mode="text", locale="en", created_at=1.0, completed_at=None,
        completion_reason=None, quality_score=None, feedback=None, is_complete=False,
        state={"index": 0}, messages=[StoredMessage("assistant", "Hi!", 1.0)],
    )  # fmt: skip


def _plan_problems(db: sqlite3.Connection, statement: str) -> list[str]:
    """Plan steps of ``statement`` that read a table without an index (or sort in a temp
    b-tree): their cost grows with the store. ``SEARCH t`` without an index, as SQLite shows
    ``MAX(col)`` on an unindexed column, is such a scan too."""
    rows = db.execute("EXPLAIN QUERY PLAN " + statement).fetchall()
    details = [str(row[3]) for row in rows]
    return [
        d for d in details if "TEMP B-TREE" in d or ("INDEX" not in d and "PRIMARY KEY" not in d)
    ]


async def test_every_statement_of_a_request_uses_an_index(
    make_sandbox: Sandboxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    traced: list[str] = []
    connect = sqlite3.connect

    def tracing_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        db = connect(*args, **kwargs)
        db.set_trace_callback(traced.append)
        return db

    monkeypatch.setattr(sqlite3, "connect", tracing_connect)
    data = tmp_path / "traced"
    async with make_sandbox(data_dir=data, seed=5, stream_delay=0.0) as srv, http(srv) as c:
        started = await start(c)
        assert (await say(c, started, "We use it every week for invoices")).status_code == 200
        iid = started["interview_id"]
        assert (await c.get(f"/{iid}")).status_code == 200
        token = {"X-Session-Token": started["session_token"]}
        assert (await c.post(f"/{iid}/complete", json={}, headers=token)).status_code == 200
    monkeypatch.setattr(sqlite3, "connect", connect)
    statements = {
        s for s in traced if s.lstrip().split(" ", 1)[0].upper() in ("SELECT", "UPDATE", "DELETE")
    }
    assert any("MAX(seq)" in s for s in statements)  # the next sequence number is among them
    assert any(s.startswith("UPDATE") for s in statements)
    with sqlite3.connect(data / "sandbox.sqlite3") as db:
        problems = {s: p for s in sorted(statements) if (p := _plan_problems(db, s))}
    assert problems == {}


def test_a_read_is_not_held_up_by_an_open_write(tmp_path: Path) -> None:
    store = InterviewStore(tmp_path)
    try:
        first = store.create(_interview)
        inside, release = threading.Event(), threading.Event()

        def slow(seq: int) -> StoredInterview:
            inside.set()  # the write transaction is open and the writer holds its lock
            release.wait(WAIT)
            return _interview(seq)

        with ThreadPoolExecutor(2) as pool:
            writing = pool.submit(store.create, slow)
            assert inside.wait(WAIT)
            try:
                got = pool.submit(store.get, first.id).result(timeout=WAIT)
            finally:
                release.set()
            assert got is not None and got.messages[0].content == "Hi!"
            assert writing.result(timeout=WAIT).id == "int_0002"
    finally:
        store.close()


def test_one_interviews_lock_does_not_hold_up_another(tmp_path: Path) -> None:
    store = InterviewStore(tmp_path)
    try:
        a = store.create(_interview)
        b = store.create(_interview)

        def touch(interview_id: str) -> str:
            with store.interview_lock(interview_id):
                return interview_id

        with store.interview_lock(a.id), ThreadPoolExecutor(1) as pool:
            assert pool.submit(touch, b.id).result(timeout=WAIT) == b.id
    finally:
        store.close()


def test_sequence_numbers_stay_unique_under_concurrency_and_across_reopening(
    tmp_path: Path,
) -> None:
    store = InterviewStore(tmp_path)
    seqs: list[int] = []
    lock = threading.Lock()

    def make(seq: int) -> StoredInterview:
        with lock:
            seqs.append(seq)
        return _interview(seq)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda _: store.create(make), range(80)))
    store.close()
    assert sorted(seqs) == list(range(1, 81))
    again = InterviewStore(tmp_path)
    try:
        assert again.create(_interview).id == "int_0081"
        assert again.get("int_0040") is not None
    finally:
        again.close()


def test_a_head_has_no_messages_but_counts_them_and_appending_to_it_goes_on_after_them(
    tmp_path: Path,
) -> None:
    store = InterviewStore(tmp_path)
    try:
        first = store.create(_interview)
        other = store.create(_interview)  # its messages sit right after the first's
        store.append_exchange(other, [StoredMessage("user", "other's", 2.0)])
        assert store.head("int_9999") is None
        for n in range(3):
            head = store.head(first.id)
            assert head is not None and head.messages == []
            assert head.earlier == head.turn_count == 1 + 2 * n
            assert (head.id, head.seq, head.state) == (first.id, first.seq, {"index": 0})
            store.append_exchange(head, [StoredMessage("user", f"answer {n}", 2.0),
                                         StoredMessage("assistant", f"reply {n}", 2.0)])  # fmt: skip
            assert head.turn_count == 3 + 2 * n
        whole = store.get(first.id)
        assert whole is not None and whole.earlier == 0
        assert [m.content for m in whole.messages] == ["Hi!"] + [
            text for n in range(3) for text in (f"answer {n}", f"reply {n}")
        ]
        again = store.get(other.id)
        assert again is not None and [m.content for m in again.messages] == ["Hi!", "other's"]
    finally:
        store.close()
