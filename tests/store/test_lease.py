"""One process drives an interview at a time (issue 15 H); drafts survive a crash (15 G)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from koji_tui.journal import Journal
from koji_tui.journal.lease import LEASE_TTL


def _interview(journal: Journal) -> int:
    record = journal.create_interview(study_name="S", base_url="http://x", interview_id="int_1")
    return record.record_id


def test_a_second_instance_sees_the_lease_until_it_is_released(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path, owner="A") as a, Journal(path, owner="B") as b:
        rid = _interview(a)
        assert a.acquire_lease(rid) is None
        assert a.acquire_lease(rid) is None  # taking it again is a renewal
        holder = b.acquire_lease(rid)
        assert holder is not None and holder.owner == "A"
        assert b.lease_holder(rid) == holder and a.lease_holder(rid) is None
        b.release_lease(rid)  # not B's to release
        assert b.lease_holder(rid) is not None
        a.release_lease()
        assert b.acquire_lease(rid) is None
        assert a.lease_holder(rid) is not None


def test_a_lease_not_renewed_for_the_ttl_expires(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    now = [1000.0]
    with (
        Journal(path, owner="A", clock=lambda: now[0]) as a,
        Journal(path, owner="B", clock=lambda: now[0]) as b,
    ):
        rid = _interview(a)
        a.acquire_lease(rid)
        now[0] += LEASE_TTL - 1
        assert b.acquire_lease(rid) is not None
        assert a.renew_leases() == 1
        now[0] += LEASE_TTL - 1
        assert b.acquire_lease(rid) is not None  # renewed in time
        now[0] += 2
        assert b.acquire_lease(rid) is None  # A hung: B takes over


def test_the_lease_of_a_killed_process_is_free_at_once(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path, owner="B") as b:
        rid = _interview(b)
    code = (
        "import sys, time\n"
        "from koji_tui.journal import Journal\n"
        f"j = Journal({str(path)!r}, owner='A')\n"
        f"assert j.acquire_lease({rid}) is None\n"
        "print('held', flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        with Journal(path, owner="B") as b:
            holder = b.lease_holder(rid)
            assert holder is not None and holder.pid == child.pid
            child.kill()  # SIGKILL: no chance to release
            child.wait(10)
            assert b.lease_holder(rid) is None
            assert b.acquire_lease(rid) is None
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)


def test_a_draft_is_kept_until_the_answer_is_journaled(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path) as journal:
        rid = _interview(journal)
        assert journal.draft(rid) is None
        journal.save_draft(rid, "half an ans")
        journal.save_draft(rid, "half an answer")
    with Journal(path) as journal:  # a crash and a new process
        assert journal.draft(rid) == "half an answer"
        journal.add_pending_answer(rid, "half an answer, finished")
        assert journal.draft(rid) is None
        journal.save_draft(rid, "next")
        journal.save_draft(rid, "   ")
        assert journal.draft(rid) is None


def test_taking_a_lease_this_owner_just_renewed_writes_nothing(tmp_path: Path) -> None:
    """The answer path asks for the lease before every answer: no write (and no fsync) when
    this window renewed it moments ago; a write again once it is older than the renewal."""
    from koji_tui.journal.lease import LEASE_RENEW_EVERY

    path = tmp_path / "j.sqlite3"
    now = [1000.0]
    with (
        Journal(path, owner="A", clock=lambda: now[0]) as a,
        Journal(path, owner="B", clock=lambda: now[0]) as b,
    ):
        rid = _interview(a)
        assert a.acquire_lease(rid) is None
        written = a.revision()
        now[0] += LEASE_RENEW_EVERY - 1
        assert a.acquire_lease(rid) is None
        assert a.revision() == written  # only read
        assert b.acquire_lease(rid) is not None  # still A's, and live
        now[0] += 2
        assert a.acquire_lease(rid) is None
        assert a.revision() != written  # renewed: written again
        now[0] += LEASE_TTL - 1
        assert b.acquire_lease(rid) is not None  # the renewal counts from the new time
