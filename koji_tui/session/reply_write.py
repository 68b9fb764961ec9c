"""The reply's journal write, after the reply is shown: the part of
:class:`~koji_tui.session.runner.InterviewSession` that keeps one interview's answer and reply
writes in order on one thread of their own. No Textual.

Why: the reply is on the server once the response has closed, so the journal's copy of it is
a copy, not the only one. Until session 9 the controller showed the reply only after the session
had journaled it (and marked the answer sent), so the reply's last frame waited for a thread hop
and a commit, and in about half the rounds for the next frame tick after that. Now
:meth:`InterviewSession.answer` hands the reply to its ``on_result`` callback as soon as the
response closes, then journals it, and returns once it is journaled:

- **Order**: the answer writes (``begin_answer``) and the reply writes share one thread, taken
  in the order they were queued, so an answer begun while the last reply is being written (it
  is typed within the write's milliseconds, or an autopilot answers at once) is journaled after
  it; the session's lock keeps every later intent (its send, a resend, complete) behind it.
- **Nothing lost or doubled by a crash in between**: the answer was committed as pending
  before it was sent. A crash before the reply's write leaves it pending, and reopening the
  interview merges the server's transcript (the answer found there is marked sent, its reply
  adopted), never sending it again. That was already so for a power cut, since the reply's
  write has no fsync of its own.
- **A write that fails after the reply was shown** (a full or broken disk): it is logged,
  :attr:`unrecorded` holds the answer it could not mark, and the session takes no further
  answer into a journal that could not keep the last one (:data:`UNRECORDED`); reopening the
  interview mends the journal from the server. Without ``on_result`` (nothing shown yet) a
  failed write leaves the answer pending, as before, for a resend to settle.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from koji_tui.i18n import N_
from koji_tui.journal.store import InterviewRecord, TurnRecord

from .errors import SessionError

T = TypeVar("T")

UNRECORDED = N_(
    "The journal could not save the last reply (it is on the server). Reopen the interview to "
    "go on."
)


class UnrecordedReplyError(SessionError):
    """The journal could not record the last reply (it is on the server)."""


class ReplyWriteMixin:
    """The ordered write thread of :class:`InterviewSession`."""

    unrecorded: TurnRecord | None = None  # shown, but its reply's write failed
    _writer: ThreadPoolExecutor | None = None
    _marking: int | None = None  # the answer whose reply is being written (pending until then)

    def _queue(self, fn: Callable[[], T]) -> asyncio.Future[T]:
        """Run ``fn`` on this interview's write thread, after what was queued before it."""
        if self._writer is None:
            self._writer = ThreadPoolExecutor(1, thread_name_prefix="koji-journal-write")
        return asyncio.get_running_loop().run_in_executor(self._writer, fn)

    def _answer_is_settling(self, turn: TurnRecord) -> bool:
        """True when ``turn`` (pending in the record) is the answer whose reply is being
        written: it is delivered, so the next answer may be begun (and queued after it)."""
        return self._marking == turn.id

    def _refuse_if_unrecorded(self) -> None:
        if self.unrecorded is not None:
            raise UnrecordedReplyError(UNRECORDED)

    async def _close_writer(self) -> None:
        writer, self._writer = self._writer, None
        if writer is not None:  # what it holds is finished first (a cancelled wait leaves it on)
            await asyncio.to_thread(writer.shutdown)


def reply_count(record: InterviewRecord, reported: int | None) -> int:
    """The server's turn count, or (when a server omits it) ours plus the answer and reply."""
    return reported if reported is not None else record.turn_count + 2
