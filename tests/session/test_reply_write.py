"""The reply is shown when the response closes and journaled after (koji_tui/session/reply_write.py):
the order of the journal's writes when the next answer comes inside that window, and a reply
write that fails. Against the sandbox over HTTP, with a journal whose reply write the test holds
back or breaks."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path
from typing import Any

from koji_tui.journal import Journal
from koji_tui.session.events import AnswerDelivered, Failed, Phase, ReplyFinished

from .conftest import Rig, client_for, user_answers


class HeldReply(Journal):
    """A journal whose reply writes wait until the test lets them go, or fail while ``broken``."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.release = threading.Event()
        self.release.set()
        self.broken = False
        self.writing = threading.Event()

    def record_reply(self, *args: Any, **kwargs: Any) -> Any:
        self.writing.set()
        assert self.release.wait(30), "the test never let the reply's write go"
        if self.broken:
            raise sqlite3.OperationalError("disk I/O error")
        return super().record_reply(*args, **kwargs)


def _turns(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT role, state, content FROM turns ORDER BY id")
        return [(role, state, content) for role, state, content in rows]


async def _server_answers(rig: Rig) -> list[str]:
    async with client_for(rig.srv) as check:
        return user_answers(await check.get_interview(rig.controller.state.interview_id))


async def _started(srv: Any, tmp_path: Path) -> tuple[Path, HeldReply, Rig]:
    path = tmp_path / "journal.sqlite"
    journal = HeldReply(path)
    rig = Rig(srv, journal)
    await rig.controller.start()
    return path, journal, rig


async def test_the_reply_is_shown_before_its_write_and_the_next_answer_is_journaled_after_it(
    srv: Any, tmp_path: Path
) -> None:
    path, journal, rig = await _started(srv, tmp_path)
    controller = rig.controller
    journal.release.clear()
    first = controller.answer("We plan the week in it.")
    await rig.recorder.until(lambda: bool(rig.recorder.of(ReplyFinished)))
    # On screen, delivered and open for the next answer, while the journal still holds the
    # answer as pending and has no reply: its write is held back.
    assert rig.recorder.of(AnswerDelivered) and controller.state.phase is Phase.ACTIVE
    assert controller.why_not("answer") is None and not first.done()
    assert await asyncio.to_thread(journal.writing.wait, 10)
    assert [(r, s) for r, s, _ in _turns(path)] == [("assistant", "received"), ("user", "pending")]
    second = controller.answer("And we review it on Fridays.")  # inside the window
    await asyncio.sleep(0.05)
    assert [c for _, _, c in _turns(path)][-1] == "We plan the week in it."  # queued behind
    journal.release.set()
    await asyncio.wait_for(asyncio.gather(first, second), 20)
    roles = [(r, s, c) for r, s, c in _turns(path)]
    assert [(r, s) for r, s, _ in roles] == [
        ("assistant", "received"),
        ("user", "sent"),
        ("assistant", "received"),
        ("user", "sent"),
        ("assistant", "received"),
    ]
    assert [c for r, _, c in roles if r == "user"] == [
        "We plan the week in it.",
        "And we review it on Fridays.",
    ]
    assert await _server_answers(rig) == [
        "We plan the week in it.",
        "And we review it on Fridays.",
    ]
    await rig.aclose()
    journal.close()


async def test_a_reply_the_journal_cannot_keep_stops_the_interview_and_reopening_mends_it(
    srv: Any, tmp_path: Path
) -> None:
    path, journal, rig = await _started(srv, tmp_path)
    controller = rig.controller
    record_id = controller.state.record_id
    assert record_id is not None
    journal.broken = True
    await controller.answer("We plan the week in it.")
    failed = rig.recorder.of(Failed)
    assert [f.action for f in failed] == ["record"], rig.recorder.names
    assert "journal" in failed[0].problem.message and "Reopen" in failed[0].problem.message
    assert rig.recorder.of(ReplyFinished), "the reply was shown: it is on the server"
    assert controller.state.phase is Phase.UNAVAILABLE
    for intent in ("answer", "resend", "complete"):
        assert "journal could not save" in (controller.why_not(intent) or ""), intent
    assert [(r, s) for r, s, _ in _turns(path)] == [("assistant", "received"), ("user", "pending")]
    await controller.close()

    journal.broken = False
    rig.controller = reopened = rig.new_controller()
    await reopened.open(record_id)
    assert reopened.state.phase is Phase.ACTIVE and reopened.state.pending is None
    assert [(r, s) for r, s, _ in _turns(path)] == [
        ("assistant", "received"),
        ("user", "sent"),
        ("assistant", "received"),
    ]
    await reopened.answer("And we review it on Fridays.")
    assert await _server_answers(rig) == [
        "We plan the week in it.",
        "And we review it on Fridays.",
    ]
    await rig.aclose()
    journal.close()


def test_the_failure_is_said_in_the_interviews_language() -> None:
    from koji_tui.i18n import translator
    from koji_tui.session.errors import describe_error
    from koji_tui.session.reply_write import UNRECORDED, UnrecordedReplyError

    text, offline = describe_error(UnrecordedReplyError(UNRECORDED), tr=translator("es"))
    assert text.startswith("El diario no pudo guardar la última respuesta") and not offline
