"""The sandbox database's version 2 schema: a new interview appends to every b-tree but its id's
unique index, and a version 1 file (what the sandbox wrote before) is moved to it whole."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from koji_tui.server.catalog import load_studies
from koji_tui.server.interviewer import new_state
from koji_tui.server.store import DB_NAME, InterviewStore, StoredInterview, StoredMessage
from koji_tui.server.store_schema import VERSION
from tests.sandboxes import Sandboxes

from .conftest import http, say, start

# the schema of version 1, as koji-tui wrote it up to session 4
V1_SCHEMA = """
CREATE TABLE interviews (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, study_id TEXT NOT NULL,
    session_token TEXT NOT NULL, status TEXT NOT NULL, respondent TEXT, mode TEXT NOT NULL,
    locale TEXT NOT NULL, created_at REAL NOT NULL, completed_at REAL, completion_reason TEXT,
    quality_score REAL, feedback TEXT, is_complete INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL
);
CREATE TABLE messages (
    interview_id TEXT NOT NULL REFERENCES interviews(id), seq INTEGER NOT NULL,
    role TEXT NOT NULL, content TEXT NOT NULL, created_at REAL NOT NULL, question TEXT,
    PRIMARY KEY (interview_id, seq)
);
CREATE INDEX interviews_by_seq ON interviews(seq);
"""


def _v1_file(data: Path, interviews: list[tuple[str, int, str]]) -> None:
    """A version 1 database of ``(id, seq, study_id)`` interviews, each with two messages."""
    data.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(data / DB_NAME)
    db.execute("PRAGMA journal_mode=WAL")
    db.executescript(V1_SCHEMA)
    state = json.dumps({**new_state(), "seed": 11})
    with db:
        for iid, seq, study in interviews:
            db.execute(
                "INSERT INTO interviews VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (iid, seq, study, f"stk_{iid}", "active", '{"display_name": "Jane"}', "text",
                 "en", 100.0 + seq, None, None, None, None, 0, state),
            )  # fmt: skip
            db.executemany(
                "INSERT INTO messages VALUES (?,?,?,?,?,?)",
                [(iid, 0, "assistant", f"Hi from {iid}", 100.0, '{"type": "open"}'),
                 (iid, 1, "user", f"Answer to {iid}", 101.0, None)],
            )  # fmt: skip
    db.close()


def _interview(seq: int) -> StoredInterview:
    return StoredInterview(
        id=f"int_new{seq}", study_id="s", session_token="stk", status="active", respondent=None,
        mode="text", locale="en", created_at=1.0, completed_at=None, completion_reason=None,
        quality_score=None, feedback=None, is_complete=False, state={},
        messages=[StoredMessage("assistant", "Hi!", 1.0)],
    )  # fmt: skip


def test_a_version_1_file_is_moved_whole_and_new_seqs_follow_its_last(tmp_path: Path) -> None:
    _v1_file(tmp_path, [("int_b", 1, "s"), ("int_a", 2, "s"), ("int_c", 7, "t")])
    store = InterviewStore(tmp_path)
    try:
        old = store.get("int_a")
        assert old is not None and old.seq == 2
        assert (old.study_id, old.session_token, old.respondent) == ("s", "stk_int_a", {
            "display_name": "Jane"})  # fmt: skip
        assert old.state == {**new_state(), "seed": 11}
        assert [(m.role, m.content, m.question) for m in old.messages] == [
            ("assistant", "Hi from int_a", {"type": "open"}),
            ("user", "Answer to int_a", None),
        ]
        assert store.create(_interview).seq == 8  # after the last kept seq
        store.append_exchange(old, [StoredMessage("user", "more", 2.0)])
        again = store.get("int_a")
        assert again is not None and [m.content for m in again.messages][-1] == "more"
        other = store.get("int_b")
        assert other is not None and len(other.messages) == 2  # untouched by int_a's message
    finally:
        store.close()
    with sqlite3.connect(tmp_path / DB_NAME) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == VERSION
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        assert not {"interviews_v1", "messages_v1", "interviews_by_seq"} & tables
        assert db.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 2 * 3 + 1 + 1


def test_a_seq_version_1_gave_twice_is_kept_once_and_the_other_gets_a_new_one(
    tmp_path: Path,
) -> None:
    _v1_file(tmp_path, [("int_x", 3, "s"), ("int_y", 3, "s"), ("int_z", 1, "s")])
    store = InterviewStore(tmp_path)
    try:
        got = {iid: store.get(iid) for iid in ("int_x", "int_y", "int_z")}
        seqs = {iid: i.seq for iid, i in got.items() if i is not None}
        assert seqs == {"int_x": 3, "int_y": 4, "int_z": 1}
        assert all(len(i.messages) == 2 for i in got.values() if i is not None)
        assert store.create(_interview).seq == 5
    finally:
        store.close()


def test_a_file_of_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    InterviewStore(tmp_path).close()
    with sqlite3.connect(tmp_path / DB_NAME) as db:
        db.execute(f"PRAGMA user_version = {VERSION + 1}")
    with pytest.raises(sqlite3.DatabaseError, match="newer koji-tui"):
        InterviewStore(tmp_path)
    with sqlite3.connect(tmp_path / DB_NAME) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == VERSION + 1


def test_a_new_interview_touches_no_random_page_but_its_id_index(tmp_path: Path) -> None:
    """Every b-tree of the file but the id's unique index is keyed by a number that only grows
    (so inserts append, whatever the store holds)."""
    InterviewStore(tmp_path).close()
    with sqlite3.connect(tmp_path / DB_NAME) as db:
        indexes = db.execute(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'"
        ).fetchall()
        assert indexes == [("sqlite_autoindex_interviews_1", "interviews")]
        columns = db.execute("PRAGMA index_info(sqlite_autoindex_interviews_1)").fetchall()
        assert [name for _n, _cid, name in columns] == ["id"]
        interviews = {r[1]: r[5] for r in db.execute("PRAGMA table_info(interviews)")}
        assert interviews["seq"] == 1  # the rowid (INTEGER PRIMARY KEY)
        messages = {r[1]: r[5] for r in db.execute("PRAGMA table_info(messages)")}
        assert (messages["interview_seq"], messages["seq"]) == (1, 2)
        assert db.execute(  # WITHOUT ROWID: its primary key is the table's one b-tree
            "SELECT sql LIKE '%WITHOUT ROWID' FROM sqlite_master WHERE name = 'messages'"
        ).fetchone() == (1,)


async def test_a_sandbox_on_a_version_1_data_dir_serves_its_interviews(
    make_sandbox: Sandboxes, tmp_path: Path
) -> None:
    data = tmp_path / "old"
    _v1_file(data, [("int_old", 1, load_studies()[0].id)])  # what an older sandbox left there
    async with make_sandbox(data_dir=data, seed=4, stream_delay=0.0) as srv, http(srv) as c:
        got = (await c.get("/int_old")).json()
        assert [m["content"] for m in got["messages"]] == ["Hi from int_old", "Answer to int_old"]
        started = await start(c)
        assert started["interview_id"] != "int_old"
        assert (await say(c, started, "We use it every week")).status_code == 200
        reply = await say(c, {"interview_id": "int_old", "session_token": "stk_int_old"}, "Yes")
        assert reply.status_code == 200 and reply.json()["turn_count"] == 4
