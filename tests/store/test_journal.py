"""Journal: CRUD, durability across a real crash, threads, schema version, merging."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from koji_tui import paths
from koji_tui.journal import Journal, JournalError, UnknownInterviewError
from koji_tui.journal.store import SCHEMA_VERSION

BASE = "http://127.0.0.1:8765"


def _start(journal: Journal, iid: str = "int_1", **kw: object):  # type: ignore[no-untyped-def]
    return journal.create_interview(
        study_name=kw.pop("study_name", "Onboarding"),  # type: ignore[arg-type]
        base_url=kw.pop("base_url", BASE),  # type: ignore[arg-type]
        interview_id=iid,
        session_token="stk_token_1",
        respondent={"display_name": "Jane", "external_id": "crm-1", "metadata": {"seg": "ent"}},
        mode="text",
        locale="en",
        turn_count=1,
        opening_message="Hi Jane! How likely are you to recommend us, on a scale of 0 to 10?",
        opening_question={"type": "scale", "scaleMin": 0, "scaleMax": 10},
        **kw,  # type: ignore[arg-type]
    )


def test_default_location_wal_and_full_sync() -> None:
    with Journal() as journal:
        assert journal.path == paths.data_dir() / "journal.sqlite3"
        assert journal.schema_version == SCHEMA_VERSION
        conn = journal._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_an_interview_with_turns_roundtrips() -> None:
    with Journal() as journal:
        rec = _start(journal)
        assert rec.status == "active" and rec.turn_count == 1
        assert rec.respondent == {
            "display_name": "Jane",
            "external_id": "crm-1",
            "metadata": {"seg": "ent"},
        }
        assert [t.role for t in rec.turns] == ["assistant"]
        assert rec.turns[0].question == {"type": "scale", "scaleMin": 0, "scaleMax": 10}
        assert "stk_token_1" not in repr(rec)  # the session token stays out of reprs

        turn = journal.add_pending_answer(rec, "9", question=rec.turns[0].question, answer_value=9)
        assert turn.state == "pending" and turn.answer_value == 9
        rec = journal.record_reply(turn, "Why 9?", turn_count=3, is_complete=False)
        assert [(t.role, t.state) for t in rec.turns] == [
            ("assistant", "received"),
            ("user", "sent"),
            ("assistant", "received"),
        ]
        assert rec.turns[1].sent_at is not None and rec.turn_count == 3

        turn = journal.add_pending_answer(rec, "Great support")
        rec = journal.record_reply(turn, "Thanks, that's all.", turn_count=5, is_complete=True)
        assert rec.status == "awaiting_completion"
        rec = journal.update_interview(
            rec, status="completed", quality_score=4.2, completion_reason="natural"
        )
        assert (rec.status, rec.quality_score, rec.completion_reason) == (
            "completed",
            4.2,
            "natural",
        )
        assert rec.completed_at is not None
        # completed never goes back
        rec = journal.update_interview(rec, status="active")
        assert rec.status == "completed"
        with pytest.raises(JournalError, match="already completed"):
            journal.add_pending_answer(rec, "late answer")

    with Journal() as reopened:
        again = reopened.find_one("int_1")
        assert again == rec
        assert [r.interview_id for r in reopened.list_interviews(status="completed")] == ["int_1"]


def test_the_same_id_on_two_servers_is_two_interviews() -> None:
    with Journal() as journal:
        a = _start(journal, "int_x")
        b = _start(journal, "int_x", base_url="http://127.0.0.1:9999", study_name="Other")
        assert a.record_id != b.record_id
        assert len(journal.find("int_x")) == 2
        assert journal.find("int_x", BASE)[0].record_id == a.record_id
        with pytest.raises(UnknownInterviewError, match="several servers"):
            journal.find_one("int_x")
        # journaling the same interview again updates it instead of duplicating it
        assert _start(journal, "int_x").record_id == a.record_id
        assert len(journal.get(a).turns) == 1
        with pytest.raises(UnknownInterviewError):
            journal.find_one("int_missing")
        with pytest.raises(UnknownInterviewError):
            journal.get(12345)


CRASH_SCRIPT = r"""
import os, sys
from koji_tui.journal import Journal
j = Journal()
rec = j.create_interview(study_name="S", base_url="http://127.0.0.1:1", interview_id="int_crash",
                         session_token="stk_1", opening_message="Q?")
j.add_pending_answer(rec, "my precious answer", answer_value={"v": 1})
os._exit(9)   # die like a killed process: no close, no commit hooks, no atexit
"""


def test_a_pending_answer_survives_a_real_crash() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 9, proc.stderr
    with Journal() as journal:
        pending = journal.pending_answers()
        assert len(pending) == 1
        assert pending[0].interview.interview_id == "int_crash"
        assert pending[0].turn.content == "my precious answer"
        assert pending[0].turn.answer_value == {"v": 1}
        assert pending[0].interview.session_token == "stk_1"


CLOSE_WHILE_READING = r"""
import sys, tempfile, threading
from pathlib import Path
from koji_tui.journal import Journal
from koji_tui.journal.records import JournalError

def one(folder, n):
    journal = Journal(folder / f"j{n}.sqlite3")
    for i in range(30):
        journal.create_interview(study_name="S", base_url="http://127.0.0.1:9",
                                 interview_id=f"int_{n}_{i}")
    stop, started = threading.Event(), threading.Barrier(5)
    def reader():
        started.wait()
        while not stop.is_set():
            try:
                journal.list_interviews(study_name="S", with_turns=False, limit=50)
            except JournalError:  # closed: what a reader after close must get
                return
    threads = [threading.Thread(target=reader) for _ in range(4)]
    for t in threads:
        t.start()
    started.wait()
    journal.close()  # while the four read
    stop.set()
    for t in threads:
        t.join()

folder = Path(tempfile.mkdtemp())
for n in range(60):
    one(folder, n)
print("ok")
"""


def test_closing_while_other_threads_read_does_not_crash() -> None:
    """An app quitting while a thread worker still reads the journal (the study list's check):
    closing a reader under that thread's statement was a segmentation fault in SQLite (the
    whole process gone; every run of this script crashed before the fix)."""
    proc = subprocess.run(
        [sys.executable, "-c", CLOSE_WHILE_READING], capture_output=True, text=True, timeout=120
    )
    assert (proc.returncode, proc.stdout.strip()) == (0, "ok"), proc.stderr[-2000:]


def test_close_without_marking_keeps_it_pending_and_discard_stops_offering_it() -> None:
    journal = Journal()
    rec = _start(journal)
    turn = journal.add_pending_answer(rec, "unsent")
    journal.close()
    with pytest.raises(JournalError, match="closed"):
        journal.get(rec)
    with Journal() as journal:
        assert [p.turn.id for p in journal.pending_answers()] == [turn.id]
        assert journal.pending_answers(study_name="Other") == []
        assert journal.discard_pending(turn).state == "discarded"
        assert journal.pending_answers() == []
        assert journal.get(rec).turns[-1].content == "unsent"  # kept, not deleted


def test_threads_can_write_at_once() -> None:
    with Journal() as journal:
        recs = [_start(journal, f"int_{i}") for i in range(4)]
        errors: list[BaseException] = []

        def worker(rec) -> None:  # type: ignore[no-untyped-def]
            try:
                for n in range(25):
                    turn = journal.add_pending_answer(rec, f"a{n}")
                    journal.record_reply(turn, f"r{n}", turn_count=2 * n + 3)
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=worker, args=(r,)) for r in recs]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        for rec in recs:
            turns = journal.get(rec).turns
            assert len(turns) == 51
            assert [t.seq for t in turns] == list(range(1, 52))
            assert journal.get(rec).turn_count == 51


def test_a_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    Journal(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(JournalError, match="newer koji-tui"):
        Journal(path)


def test_a_damaged_file_is_reported_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(JournalError, match="damaged"):
        Journal(path)
    assert path.read_bytes() == b"this is not a database" * 100


def test_a_migration_hook_runs_once_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from koji_tui.journal import schema

    path = tmp_path / "j.sqlite3"
    Journal(path).close()
    calls: list[int] = []

    def add_column(conn: sqlite3.Connection) -> None:
        calls.append(1)
        conn.execute("ALTER TABLE interviews ADD COLUMN tag TEXT")

    before = len(schema.MIGRATIONS)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_column])
    with Journal(path) as journal:
        assert journal.schema_version == before + 1
    with Journal(path) as journal:
        assert journal.schema_version == before + 1
    assert calls == [1]


def test_merge_adopts_a_lost_reply_and_confirms_the_pending_answer() -> None:
    with Journal() as journal:
        rec = _start(journal)
        turn = journal.add_pending_answer(rec, "9", answer_value=9)
        server = [
            {"role": "assistant", "content": rec.turns[0].content},
            {"role": "user", "content": " 9 "},
            {
                "role": "assistant",
                "content": "Why 9?",
                "question": None,
                "created_at": "2026-01-01T00:00:00Z",
            },
        ]
        rec = journal.merge_server_transcript(
            rec, server, status="active", turn_count=3, is_complete=False
        )
        assert [(t.role, t.content, t.state) for t in rec.turns] == [
            ("assistant", rec.turns[0].content, "received"),
            ("user", "9", "sent"),
            ("assistant", "Why 9?", "received"),
        ]
        assert rec.turns[1].id == turn.id and rec.turns[1].answer_value == 9
        assert rec.turn_count == 3 and journal.pending_answers() == []
        # merging the same transcript again changes nothing
        again = journal.merge_server_transcript(rec, server, status="active", turn_count=3)
        assert again.turns == rec.turns
        done = journal.merge_server_transcript(rec, server, status="completed", quality_score=3.5)
        assert done.status == "completed" and done.quality_score == 3.5 and done.completed_at


def test_merge_keeps_an_answer_the_server_never_got() -> None:
    with Journal() as journal:
        rec = _start(journal)
        journal.add_pending_answer(rec, "not delivered")
        rec = journal.merge_server_transcript(
            rec, [{"role": "assistant", "content": rec.turns[0].content}], status="active"
        )
        assert [(t.content, t.state) for t in rec.turns][-1] == ("not delivered", "pending")
        assert len(journal.pending_answers()) == 1


def test_record_reply_from_the_callers_record_equals_a_full_read() -> None:
    """The flat path (``base=``: no reload of every turn) gives the same record as a read."""
    import dataclasses

    with Journal() as journal:
        rec = journal.create_interview(
            study_name="S", base_url="http://x", interview_id="int_flat", opening_message="Q1"
        )
        for n in range(5):
            turn = journal.add_pending_answer(rec, f"answer {n}")
            base = dataclasses.replace(rec, turns=(*rec.turns, turn))
            rec = journal.record_reply(
                turn, f"Q{n + 2}", turn_count=2 * n + 3, is_complete=n == 4, base=base
            )
            assert rec == journal.get(rec.record_id)
        assert rec.status == "awaiting_completion" and len(rec.turns) == 11
        # A base that does not hold the answer is not trusted: a full read.
        turn = journal.add_pending_answer(rec, "late")
        assert journal.record_reply(turn, "Q7", base=rec) == journal.get(rec.record_id)


def test_a_new_journal_opened_by_several_connections_at_once_is_migrated_once(
    tmp_path: Path,
) -> None:
    """Two windows starting at the same moment on a fresh home: the second used to find
    "table interviews already exists" and call the journal damaged."""
    import threading

    path = tmp_path / "fresh.sqlite3"
    start = threading.Barrier(6)
    opened: list[Journal] = []
    errors: list[BaseException] = []

    def open_it() -> None:
        start.wait()
        try:
            opened.append(Journal(path))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    try:
        assert errors == []
        from koji_tui.journal.store import SCHEMA_VERSION

        assert {j.schema_version for j in opened} == {SCHEMA_VERSION}
    finally:
        for journal in opened:
            journal.close()
