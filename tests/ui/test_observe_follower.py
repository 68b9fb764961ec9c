"""The observer's core without a screen: the follower's polls, the turns as shown, the finder,
and the ``observe`` command line."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from koji_tui.cli import build_parser
from koji_tui.journal import Journal
from koji_tui.observe import Follower, find_interviews, journals_here
from koji_tui.observe.views import Changes, ShownTurns, changes, observed_turns, question_text
from koji_tui.observe.web import observe_command

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    j = Journal(tmp_path / "journal.sqlite3")
    yield j
    j.close()


def _interview(journal: Journal, iid: str = "int_f") -> int:
    record = journal.create_interview(
        study_name="S", base_url="http://h", interview_id=iid, opening_message="Hi?"
    )
    return record.record_id


def test_a_poll_reads_nothing_until_the_journal_changes(journal: Journal, tmp_path: Path) -> None:
    record_id = _interview(journal)
    watching = Journal(journal.path)
    try:
        follower = Follower(watching, record_id)
        first = follower.read()
        assert follower.poll(first) is None and follower.reads == 1  # nothing committed
        journal.add_pending_answer(record_id, "Hello")
        newer = follower.poll(first)
        assert newer is not None and follower.reads == 2
        assert [t.content for t in newer.record.turns] == ["Hi?", "Hello"]
        assert follower.poll(newer) is None
    finally:
        watching.close()


def test_following_stops_at_once_and_reports_each_change(journal: Journal) -> None:
    record_id = _interview(journal)
    watching = Journal(journal.path)
    seen: list[int] = []
    try:
        follower = Follower(watching, record_id, interval=0.01)
        first = follower.read()
        thread = threading.Thread(
            target=follower.follow, args=(first, lambda s: seen.append(len(s.record.turns)))
        )
        thread.start()
        journal.add_pending_answer(record_id, "one")
        deadline = time.monotonic() + 20
        while not seen and time.monotonic() < deadline:
            time.sleep(0.01)
        follower.stop()
        thread.join(5)
        assert not thread.is_alive()
        assert seen and seen[-1] == 2
    finally:
        watching.close()


def test_an_injected_wait_paces_the_polls(journal: Journal) -> None:
    record_id = _interview(journal)
    waits: list[float] = []
    follower = Follower(
        journal, record_id, interval=0.25, wait=lambda s: waits.append(s) or len(waits) > 3
    )
    follower.follow(follower.read(), lambda s: None)
    assert waits == [0.25] * 4 and follower.polls == 3  # a poll between waits, no busy loop


def test_the_turns_as_shown_number_like_the_transcript(journal: Journal) -> None:
    record_id = _interview(journal)
    first = journal.add_pending_answer(record_id, "dropped")
    journal.discard_pending(first)
    pending = journal.add_pending_answer(record_id, "kept")
    shown = observed_turns(journal.get(record_id))
    assert [(t.text, t.number, t.state) for t in shown] == [
        ("Hi?", 1, "sent"),
        ("kept", None, "pending"),
    ]
    journal.record_reply(pending, "Why?")
    after = observed_turns(journal.get(record_id), {t.id: t for t in shown})
    found = changes(shown, after)
    assert not found.reload
    assert [(t.text, t.number, t.state) for t in found.updated] == [("kept", 2, "sent")]
    assert [t.text for t in found.appended] == ["Why?"]
    assert changes(after, after[1:]).reload


def test_a_structured_question_is_written_out_unless_the_message_lists_it() -> None:
    scale = {"type": "scale", "prompt": "How likely?", "scale_min": 0, "scale_max": 10,
             "scale_labels": {"0": "Not at all", "10": "Very"}}  # fmt: skip
    assert question_text("How likely are you to recommend us?", scale) == (
        "Scale 0 to 10  0 = Not at all  10 = Very"
    )
    choice = {"type": "single_choice", "prompt": "Which?", "options": ["Email", "Phone"]}
    assert question_text("Which do you use most?", choice) == "Choose one:\n  1. Email\n  2. Phone"
    listed = "Which do you use most?\n1. Email\n2. Phone"
    assert question_text(listed, choice) is None  # the message shows the options itself
    assert question_text("Tell me about your day.", None) is None


def test_the_finder_creates_nothing_and_puts_the_driven_interviews_first(
    journal: Journal, isolated_home: Path
) -> None:
    assert journals_here() == []  # no journal of the user's yet: none made either
    assert not (isolated_home / "data" / "journal.sqlite3").exists()
    idle = _interview(journal, "int_idle")
    driven = _interview(journal, "int_driven")
    journal.acquire_lease(driven)
    found = find_interviews([journal.path])
    assert [w.record_id for w in found] == [driven, idle]
    assert found[0].driven_by and found[1].driven_by is None
    assert [w.record_id for w in find_interviews([journal.path], "int_idle")] == [idle]
    assert [w.record_id for w in find_interviews([journal.path], str(idle))] == [idle]


def test_the_observe_command_line(tmp_path: Path) -> None:
    args = build_parser().parse_args(["observe", "--web", "--port", "8123", "int_x"])
    assert (args.interview_id, args.web, args.port) == ("int_x", True, 8123)
    command = observe_command("int_x", [tmp_path / "j.sqlite3"])
    assert command.endswith(f"-m koji_tui observe --journal {tmp_path / 'j.sqlite3'} int_x")
    done = subprocess.run(
        [sys.executable, "-m", "koji_tui", "observe"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "KOJI_TUI_HOME": str(tmp_path)},
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2 and "needs a terminal" in done.stdout


def test_the_shown_turns_follow_a_refresh_and_keep_what_did_not_change(journal: Journal) -> None:
    record_id = _interview(journal)
    shown = ShownTurns()
    record = journal.get(record_id)
    first = shown.update(record)
    pending = journal.add_pending_answer(record_id, "x")
    record = journal.refresh(record)
    second = shown.update(record)
    assert second[0] is first[0] and (second[1].state, second[1].number) == ("pending", None)
    journal.record_reply(pending, "y?")
    record = journal.refresh(record)
    third = shown.update(record)
    assert third[0] is first[0] and [v.number for v in third] == [1, 2, 3]
    found = changes(second, third)
    assert [(t.text, t.state) for t in found.updated] == [("x", "sent")]
    assert [t.text for t in found.appended] == ["y?"]
    again = shown.update(journal.get(record_id))  # read whole: new objects, the same views
    assert again == third and changes(third, again) == Changes(reload=False)
