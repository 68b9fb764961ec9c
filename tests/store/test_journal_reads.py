"""Journal reads: never behind a write, incremental where an interview or a study grows.

- a read runs while a write transaction (the one an answer's fsync ends) is still open, and
  sees the last committed state, not the write in progress;
- an answer and its reply are journaled without reading the interview's turns again;
- ``refresh``/``turns_after``/``update_interview(record)`` bring a held record up to date and
  give what ``get`` gives, also after another process wrote, and after a merge renumbered;
- a study's interviews come in pages; ``revision()`` moves with every commit, from anywhere.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from pathlib import Path

import pytest

from koji_tui.journal import Journal, JournalError
from koji_tui.journal import reads as journal_reads
from koji_tui.journal import writes as journal_writes
from koji_tui.journal.store import InterviewRecord

BASE = "http://127.0.0.1:8765"


def _start(journal: Journal, iid: str = "int_1", study: str = "Onboarding") -> InterviewRecord:
    return journal.create_interview(
        study_name=study,
        base_url=BASE,
        interview_id=iid,
        session_token="stk_1",
        turn_count=1,
        opening_message="Hi! What brought you here?",
    )


def _answer(journal: Journal, rec: InterviewRecord, n: int) -> InterviewRecord:
    turn = journal.add_pending_answer(rec.record_id, f"answer {n}")
    base = dataclasses.replace(rec, turns=(*rec.turns, turn))
    return journal.record_reply(turn, f"reply {n}", turn_count=2 * n + 3, base=base)


def test_a_read_does_not_wait_behind_an_open_write(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    rec = _start(journal)
    read_done = threading.Event()
    seen: list[InterviewRecord] = []

    def reader() -> None:
        seen.append(journal.get(rec.record_id))
        read_done.set()

    def slow_write(conn: sqlite3.Connection) -> bool:
        conn.execute("UPDATE interviews SET turn_count = 99 WHERE record_id = ?", (rec.record_id,))
        thread = threading.Thread(target=reader)
        thread.start()
        # The write stays open until the read is back; a read queued behind it never is.
        finished = read_done.wait(timeout=20)
        thread.join(timeout=20)
        return finished

    assert journal._tx(slow_write) is True
    assert seen[0].turn_count == 1  # the committed state, not the write in progress
    assert journal.get(rec.record_id).turn_count == 99
    journal.close()


def test_the_writer_is_full_sync_and_readers_cannot_write(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        assert journal._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL

        def write_on_a_reader(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM interviews")

        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            journal._read(write_on_a_reader)


def test_a_read_inside_a_write_sees_that_write(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        rec = _start(journal)

        def work(conn: sqlite3.Connection) -> int:
            conn.execute(
                "UPDATE interviews SET turn_count = 7 WHERE record_id = ?", (rec.record_id,)
            )
            return journal.get(rec.record_id).turn_count

        assert journal._tx(work) == 7


def test_an_answer_and_its_reply_never_read_the_whole_interview(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        rec = _start(journal)
        for n in range(30):
            rec = _answer(journal, rec, n)
        expected = journal.get(rec.record_id)

        def no_whole_read(*args: object) -> object:
            raise AssertionError("the interview's turns were all read again")

        monkeypatch.setattr(journal_writes, "whole", no_whole_read)
        monkeypatch.setattr(journal_writes, "all_turns", no_whole_read)
        monkeypatch.setattr(journal_reads, "all_turns", no_whole_read)
        rec = _answer(journal, expected, 30)
        monkeypatch.undo()
        assert rec == journal.get(rec.record_id)
        assert [t.state for t in rec.turns[-2:]] == ["sent", "received"]
        assert rec.turns[-1].content == "reply 30" and rec.turn_count == 63


def test_refresh_follows_another_window_and_a_pending_answer_settling(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    mine, other = Journal(path), Journal(path)
    held = _start(mine)
    rec = held
    for n in range(3):
        rec = _answer(other, other.get(rec.record_id), n)
    pending = other.add_pending_answer(rec.record_id, "not yet sent")
    held = mine.refresh(held)
    assert held == mine.get(held.record_id)
    assert held.pending_turn is not None and held.pending_turn.id == pending.id

    other.record_reply(pending, "got it")  # settles the pending answer the held copy has
    held = mine.refresh(held)
    assert held == mine.get(held.record_id)
    assert held.pending_turn is None

    assert [t.content for t in mine.turns_after(held, held.turns[-3].seq)] == [
        "not yet sent",
        "got it",
    ]
    assert mine.turns_after(held, held.turns[-1].seq) == []
    assert len(mine.turns_after(held, 0, limit=2)) == 2
    assert mine.summary(held).turns == () and mine.summary(held).turn_count == held.turn_count
    mine.close()
    other.close()


def test_refresh_after_a_merge_renumbered_reads_the_record_whole(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        held = _start(journal)
        turn = journal.add_pending_answer(held.record_id, "lost reply")
        held = journal.get(held.record_id)
        # The server has the answer, a reply the journal lacks, and one more exchange.
        merged = journal.merge_server_transcript(
            held,
            [
                {"role": "assistant", "content": "Hi! What brought you here?"},
                {"role": "user", "content": "lost reply"},
                {"role": "assistant", "content": "Thanks. And then?"},
                {"role": "user", "content": "typed elsewhere"},
                {"role": "assistant", "content": "Noted."},
            ],
            turn_count=5,
        )
        assert journal.refresh(held) == merged == journal.get(held.record_id)
        assert journal.get_turn(turn.id).state == "sent"


def test_update_interview_with_a_record_is_the_record_brought_up_to_date(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        rec = _start(journal)
        rec = _answer(journal, rec, 0)
        done = journal.update_interview(rec, status="completed", quality_score=4.5)
        assert done == journal.get(rec.record_id)
        assert done.status == "completed" and done.completed_at is not None
        assert len(done.turns) == 3


def test_a_study_reads_in_pages_newest_first(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        for n in range(23):
            journal.create_interview(
                study_name="Big",
                base_url=BASE,
                interview_id=f"int_{n:02d}",
                started_at=f"2026-01-01T00:00:{n:02d}.000Z",
            )
        _start(journal, "int_other", study="Small")
        everything = journal.list_interviews(study_name="Big")
        pages = [journal.list_interviews(study_name="Big", offset=o, limit=10) for o in (0, 10, 20)]
        assert [len(p) for p in pages] == [10, 10, 3]
        assert [r.record_id for p in pages for r in p] == [r.record_id for r in everything]
        assert everything[0].interview_id == "int_22"
        assert journal.list_interviews(study_name="Big", offset=21)[0].interview_id == "int_01"
        assert journal.count_interviews("Big") == 23


def test_revision_moves_with_every_commit_from_anywhere(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    mine, other = Journal(path), Journal(path)
    first = mine.revision()
    assert mine.revision() == first  # nothing happened
    mine.list_interviews()  # reads change nothing
    assert mine.revision() == first
    rec = _start(mine)
    second = mine.revision()
    assert second != first
    other.add_pending_answer(rec.record_id, "from another window")
    assert mine.revision() != second
    mine.close()
    other.close()
    with pytest.raises(JournalError, match="closed"):
        mine.revision()


def test_reads_after_close_say_the_journal_is_closed(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    rec = _start(journal)
    journal.get(rec.record_id)  # a reader in the pool
    journal.close()
    journal.close()  # twice is fine
    with pytest.raises(JournalError, match="closed"):
        journal.get(rec.record_id)
    with pytest.raises(JournalError, match="closed"):
        journal.add_pending_answer(rec.record_id, "after close")


def test_many_threads_read_while_one_writes(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        rec = _start(journal)
        errors: list[BaseException] = []
        stop = threading.Event()

        def read() -> None:
            try:
                while not stop.is_set():
                    got = journal.get(rec.record_id)
                    # one snapshot: an answer is never seen without the turns before it
                    assert [t.seq for t in got.turns] == list(range(1, len(got.turns) + 1))
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=read) for _ in range(3)]
        for thread in threads:
            thread.start()
        for n in range(20):
            rec = _answer(journal, rec, n)
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
        assert errors == []
        assert len(journal.get(rec.record_id).turns) == 41


def test_a_journal_of_an_older_schema_gains_the_open_turns_index(tmp_path: Path) -> None:
    from koji_tui.journal import schema

    path = tmp_path / "j.sqlite3"
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    schema.migrate(conn, path, schema.MIGRATIONS[:2])  # a journal koji-tui wrote before
    conn.close()
    with Journal(path) as journal:
        assert journal.schema_version == schema.SCHEMA_VERSION == 4
        rec = _start(journal)
        turn = journal.add_pending_answer(rec.record_id, "waiting")
        plan = journal._conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM turns WHERE record_id = ? AND seq <= ?"
            " AND state IN ('pending', 'discarded')",
            (rec.record_id, 99),
        ).fetchall()
        assert any("turns_open" in str(tuple(row)) for row in plan)
        held = journal.refresh(rec)
        assert held.pending_turn is not None and held.pending_turn.id == turn.id


def test_a_draft_is_written_without_an_fsync_and_the_next_answer_is_fsyncd(
    tmp_path: Path,
) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        rec = _start(journal)
        modes: list[int] = []

        def spy(conn: sqlite3.Connection) -> None:
            modes.append(int(conn.execute("PRAGMA synchronous").fetchone()[0]))

        journal._tx(spy, fsync=False)
        journal._tx(spy)
        assert modes == [1, 2]  # NORMAL for the draft's kind of write, FULL otherwise
        journal.save_draft(rec.record_id, "typing…")
        assert journal._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL again
        assert journal.draft(rec.record_id) == "typing…"
        journal.add_pending_answer(rec.record_id, "typed")
        assert journal.draft(rec.record_id) is None  # the answer took the draft's place
