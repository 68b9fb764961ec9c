"""Notes, tags, flags and guide ticks in the journal, and in both exports (issue 12)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from koji_tui.journal import Journal
from koji_tui.journal import notes as jnotes
from koji_tui.journal.export import export_data, export_json, export_markdown


def _interview(journal: Journal) -> int:
    rec = journal.create_interview(
        study_name="Onboarding",
        base_url="http://127.0.0.1:8765",
        interview_id="int_notes",
        session_token="stk_secret",
        respondent={"display_name": "Ana"},
        mode="text",
        locale="en",
        turn_count=1,
        opening_message="What do you do?",
    )
    turn = journal.add_pending_answer(rec, "I run a bakery.")
    rec = journal.record_reply(turn, "What is hardest about it?", turn_count=3)
    journal.add_pending_answer(rec, "unsent")  # pending: no turn number
    return rec.record_id


def test_a_journal_without_notes_is_not_touched(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        rid = _interview(journal)
        assert jnotes.notes_of(journal, rid) == []
        assert jnotes.ticks_of(journal, rid) == {}
    tables = {
        r[0]
        for r in sqlite3.connect(tmp_path / "j.sqlite3").execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
    }
    assert "notes" not in tables and "guide_ticks" not in tables


def test_notes_tags_flags_survive_reopening_the_journal(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path) as journal:
        rid = _interview(journal)
        jnotes.add_note(journal, rid, "Loves *mornings*", tags=["quote", " idea ", "quote"], turn=2)
        jnotes.set_flag(journal, rid, 3, True)
        jnotes.set_flag(journal, rid, 3, True)  # once only
        jnotes.set_flag(journal, rid, 1, True)
        jnotes.set_flag(journal, rid, 1, False)  # unflagged: gone from the list, row kept
        jnotes.add_note(journal, rid, "watching", author="observer", turn=3)
    with Journal(path) as journal:
        got = jnotes.notes_of(journal, rid)
        assert [(n.kind, n.text, n.tags, n.turn, n.author) for n in got] == [
            ("note", "Loves *mornings*", ("quote", "idea"), 2, "moderator"),
            ("flag", "", (), 3, "moderator"),
            ("note", "watching", (), 3, "observer"),
        ]
        assert [n.text for n in jnotes.notes_of(journal, rid, author="observer")] == ["watching"]
        assert jnotes.notes_of(journal, rid, after=got[1].id) == [got[2]]


def test_ticks_manual_wins_over_matching(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        rid = _interview(journal)
        jnotes.set_tick(journal, rid, "role", True, how="auto")
        jnotes.set_tick(journal, rid, "nps", False, how="manual")
        jnotes.set_tick(journal, rid, "nps", True, how="auto")  # ignored: decided by hand
        ticks = jnotes.ticks_of(journal, rid)
        assert ticks["role"] == jnotes.Tick("role", True, "auto")
        assert ticks["nps"] == jnotes.Tick("nps", False, "manual")


def test_a_note_waits_for_its_record_and_for_a_journal_that_cannot_write(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        queue = jnotes.NoteQueue(journal)
        queue.add("typed while starting", tags=["pain point"], turn=None)
        assert queue.flush(None) == [] and len(queue.waiting) == 1
        rid = _interview(journal)
        written = queue.flush(rid)
        assert [n.text for n in written] == ["typed while starting"] and queue.waiting == []

    class Failing:
        def _tx(self, fn):  # type: ignore[no-untyped-def]
            raise sqlite3.OperationalError("disk I/O error")

        def _read(self, fn):  # type: ignore[no-untyped-def]
            raise AssertionError

    offline = jnotes.NoteQueue(Failing())  # type: ignore[arg-type]
    offline.add("one")
    offline.add("two")
    assert offline.flush(1) == [] and [q.text for q in offline.waiting] == ["one", "two"]


def test_both_exports_carry_the_notes_beside_their_turn(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        rid = _interview(journal)
        jnotes.add_note(journal, rid, "Loves *mornings*", tags=["quote"], turn=2)
        jnotes.set_flag(journal, rid, 3, True)
        jnotes.add_note(journal, rid, "before anything", turn=None)
        jnotes.add_note(journal, rid, "from the back room", author="observer", turn=1)
        record = journal.get(rid)
        notes = jnotes.notes_of(journal, rid)
    md = export_markdown(record, notes)
    transcript, section = md.split("## Notes")
    # beside the turn: the note quoted right under the participant's answer (turn 2)
    answer = transcript.index("I run a bakery.")
    assert transcript.index("> **Note**", answer) < transcript.index("What is hardest", answer)
    assert "Loves \\*mornings\\* `quote`" in transcript
    assert "> **Observer note**" in transcript
    assert "- **Note** · turn 2 · " in section and "- **Flag** · turn 3 · " in section
    assert "before anything" in section and "secret" not in md
    data = json.loads(export_json(record, notes))
    assert [(n["text"], n["tags"], n["turn"]) for n in data["notes"]] == [
        ("Loves *mornings*", ["quote"], 2),
        ("", [], 3),
        ("before anything", [], None),
        ("from the back room", [], 1),
    ]
    assert all(n["created_at"] for n in data["notes"])
    assert data["notes"][3]["author"] == "observer" and data["notes"][1]["kind"] == "flag"
    assert export_data(record)["notes"] == [] and "## Notes" not in export_markdown(record)


@pytest.mark.parametrize("tag", jnotes.DEFAULT_TAGS)
def test_default_tags_round_trip(tmp_path: Path, tag: str) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        rid = _interview(journal)
        jnotes.add_note(journal, rid, "x", tags=[tag])
        assert jnotes.notes_of(journal, rid)[0].tags == (tag,)
