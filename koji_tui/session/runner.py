"""``InterviewSession``: runs one interview against a Koji server, journaling everything.

Guarantees
----------
* :meth:`InterviewSession.answer` writes the participant's answer to the journal
  as *pending* (committed, ``synchronous=FULL``) **before** anything goes on the
  wire; only after the server's reply is it marked *sent*, in the same
  transaction that journals the reply. If sending fails the answer stays pending
  and the client's error is re-raised unchanged (the UI shows it and offers
  :meth:`resend_pending`).
* :meth:`resend_pending` never makes the server see an answer twice: it first
  reads the transcript (``get_interview``); if the answer is already there (the
  server processed it but the reply was lost) the journal adopts the
  interviewer's reply from the transcript and nothing is sent. Otherwise it
  sends through ``client.send_message``, whose own reconcile path covers an
  ambiguous failure of that send. If the transcript has the answer but no
  reply yet, it raises the client's ``ReplyPendingError`` and sends nothing;
  the answer stays pending until a later call adopts the reply.
* While an answer is pending, :meth:`answer` refuses a new one
  (:class:`SessionError`) so answers can never be reordered; resend or discard
  it first.
* ``is_complete`` from the server moves the journal status to
  ``awaiting_completion``; :meth:`complete` records ``completed``, the quality
  score and the reason.
* :meth:`resume` rebuilds the session from the journal and, when the server is
  reachable, merges the server transcript (adopting messages the journal lacks,
  confirming pending answers the server already has). Offline, it resumes from
  the journal alone (``synced`` is False).

* One process drives an interview at a time: :meth:`start` and :meth:`resume` take the
  journal's lease on it (:mod:`koji_tui.journal.lease`); when another live process holds it,
  :attr:`driven_elsewhere` names that process and every intent that would write or send
  (answer, resend, discard, complete) raises :class:`ReadOnlyError` instead. :meth:`close`
  gives the lease back.
* :meth:`begin_answer` starts the journal write of an answer at once (a thread picks it up
  before the caller returns to the event loop), so a crash right after Enter still finds the
  answer in the journal; :meth:`answer` then sends it.
* :meth:`answer` returns the reply as soon as the response closes; its journal write (the
  answer marked sent, the reply stored) is queued on the interview's write thread, ahead of
  the next answer's, and every later intent waits for it (:mod:`.reply_write`).

Journal calls run in a worker thread (``asyncio.to_thread``) so an fsync never
stalls the event loop. No API key is ever handed to the journal.

Contract notes: ``answer`` takes an extra optional ``on_restart()`` callback,
called when the client restarts a cut stream (``MessageDelta.restart``), so the
UI can drop the partial text. A pending answer is "not yet confirmed by a
reply": it becomes ``sent`` together with the journaled reply. The client is duck-typed against the contract (``start``,
``send_message``, ``send_message_stream``, ``complete``, ``get_interview`` and a
``base_url`` attribute); ``koji_tui.api`` is imported lazily.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from koji_tui.i18n import N_  # the messages below: describe_error translates them
from koji_tui.journal.lease import LeaseHolder
from koji_tui.journal.store import InterviewRecord, Journal, TurnRecord, to_jsonable

from .errors import ReadOnlyError, SessionError
from .placement import position_before
from .reply_write import UNRECORDED, ReplyWriteMixin, UnrecordedReplyError, reply_count
from .resend import ResendMixin

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from koji_tui.api import CompleteResult, MessageResult, StartResult


def _respondent_data(respondent: Any) -> dict[str, Any] | None:
    if respondent is None:
        return None
    data = to_jsonable(respondent)
    if not isinstance(data, dict):
        return None
    return {k: v for k, v in data.items() if v not in (None, {}, "")} or None


def _server_root(url: str) -> str:
    """The server root as the study config spells it (the client's base_url ends in the API path)."""
    from koji_tui.api.client import API_PATH  # the one spelling of the path (api's)

    url = str(url).rstrip("/")
    return url[: -len(API_PATH)] if url.endswith(API_PATH) else url


def _base_url(client: Any) -> str:
    url = getattr(client, "base_url", None)
    if url is None:
        raise SessionError(N_("The client has no base_url; cannot journal the interview."))
    return _server_root(str(url))


class InterviewSession(ResendMixin, ReplyWriteMixin):
    """One interview: start, answer, resend, complete, resume — journaled."""

    def __init__(
        self,
        client: Any,
        journal: Journal,
        *,
        study_name: str,
        base_url: str | None = None,
    ) -> None:
        self.client = client
        self.journal = journal
        self.study_name = study_name
        self.base_url = _server_root(base_url) if base_url else _base_url(client)
        self.record: InterviewRecord | None = None
        self.synced = True
        self.driven_elsewhere: LeaseHolder | None = None
        self.syncing: asyncio.Future[None] | None = None  # the last answer's write: begin_answer
        self._lock = asyncio.Lock()

    # -- state -------------------------------------------------------------------
    @property
    def interview_id(self) -> str | None:
        return self.record.interview_id if self.record else None

    @property
    def session_token(self) -> str | None:
        return self.record.session_token if self.record else None

    @property
    def turn_count(self) -> int:
        return self.record.turn_count if self.record else 0

    @property
    def is_complete(self) -> bool:
        """True once the server said the interviewer is done (or it was completed)."""
        return bool(self.record and self.record.is_complete)

    @property
    def is_completed(self) -> bool:
        return bool(self.record and self.record.status == "completed")

    @property
    def status(self) -> str | None:
        return self.record.status if self.record else None

    @property
    def pending(self) -> TurnRecord | None:
        return self.record.pending_turn if self.record else None

    def _require(self) -> InterviewRecord:
        if self.record is None:
            raise SessionError(N_("No interview has been started in this session."))
        return self.record

    async def _j(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return await asyncio.to_thread(fn, *args, **kwargs)

    # -- who drives --------------------------------------------------------------
    async def claim(self) -> LeaseHolder | None:
        """Take (or renew) the lease; returns the other process that drives it, if any."""
        record = self._require()
        self.driven_elsewhere = await self._j(self.journal.acquire_lease, record.record_id)
        return self.driven_elsewhere

    async def _drive(self) -> None:
        holder = await self.claim()
        if holder is not None:
            raise ReadOnlyError(holder)

    async def close(self) -> None:
        """Give the lease back (other windows may drive the interview now), once the last
        answer's write (its fsync included) is done."""
        while (syncing := self.syncing) is not None and not syncing.done():  # commit, then fsync
            await asyncio.gather(asyncio.shield(syncing), return_exceptions=True)
        await self._close_writer()  # the last reply's write is finished, never dropped
        if self.record is not None and self.driven_elsewhere is None:
            await self._j(self.journal.release_lease, self.record.record_id)

    async def probe(self) -> None:
        """One request, no retries: is the server back? (Raises the client's error if not.)
        While offline the UI probes with this, spaced out, instead of a full resend whose
        retries each spend a request of the rate-limit window."""
        record = self._require()
        await self.client.get_interview(record.interview_id, retry=False)

    # -- start -------------------------------------------------------------------
    async def start(
        self, respondent: Any = None, mode: str | None = None, locale: str | None = None
    ) -> StartResult:
        if self.record is not None:
            raise SessionError(N_("This session already runs an interview; create a new session."))
        result = await self.client.start(respondent=respondent, mode=mode, locale=locale)
        record: InterviewRecord = await self._j(
            self.journal.create_interview,
            study_name=self.study_name,
            base_url=self.base_url,
            interview_id=result.interview_id,
            session_token=result.session_token,
            respondent=_respondent_data(respondent),
            mode=mode or "text",
            locale=locale,
            turn_count=result.turn_count or 1,
            opening_message=result.initial_message or "",
            opening_question=result.question,
        )
        self.record = record
        await self.claim()  # a new interview: nobody else can hold it
        if result.is_complete:
            record = await self._j(
                self.journal.update_interview, record, status="awaiting_completion"
            )
        self.record = record
        return result

    # -- answer ------------------------------------------------------------------
    def begin_answer(
        self, text: str, structured_value: Any = None, question: Any = None
    ) -> asyncio.Future[TurnRecord]:
        """Journal ``text`` as the pending answer, starting now: a worker thread takes the write
        before this returns, so it is in the journal within a millisecond or two even if the
        process dies before the event loop runs again. Pass the future to :meth:`answer`.

        The future is done once the answer is committed (a crash of koji-tui keeps it); the
        same thread then fsyncs it (a power cut keeps it too) while the answer is sent, so the
        fsync's milliseconds are no longer spent between Enter and the request. An answer is
        never sent before it is committed; a power cut before the fsync is done loses it only
        if the server has not received it either (fsync'd first, then sent, it was lost in
        that same window: the fsync's). :attr:`syncing` is that last write's thread, then its
        fsync's, done when the fsync is.

        Raises :class:`SessionError` at once for an answer that cannot be taken (empty, the
        interview completed, an earlier answer still pending); the future raises
        :class:`ReadOnlyError` when another process drives the interview."""
        record = self._require()
        if record.status == "completed":
            raise SessionError(N_("This interview is already completed."))
        if not text or not text.strip():
            raise SessionError(N_("The answer is empty."))
        self._refuse_if_unrecorded()
        if record.pending_turn is not None and not self._answer_is_settling(record.pending_turn):
            raise SessionError(
                N_("An earlier answer has not been confirmed sent yet; resend or discard it first.")
            )
        journal, record_id = self.journal, record.record_id
        loop = asyncio.get_running_loop()
        written: asyncio.Future[TurnRecord] = loop.create_future()

        def settle(turn: TurnRecord | None, error: BaseException | None) -> None:
            if written.done():  # the caller gave up on it (cancelled)
                return
            if error is not None:
                written.set_exception(error)
            else:
                written.set_result(turn)  # type: ignore[arg-type]

        def write() -> None:
            try:
                holder = journal.acquire_lease(record_id)
                if holder is not None:
                    raise ReadOnlyError(holder)
                turn = journal.add_pending_answer(
                    record_id, text, question=question, answer_value=structured_value,
                    durable=False,
                )  # fmt: skip
            except Exception as exc:  # to the caller, on the loop
                loop.call_soon_threadsafe(settle, None, exc)
                return
            loop.call_soon_threadsafe(settle, turn, None)
            # The fsync on a thread of its own: the reply's write, queued behind this commit
            # on the write thread, never waits for it.
            loop.call_soon_threadsafe(start_sync)

        def start_sync() -> None:
            self.syncing = loop.run_in_executor(None, sync)

        def sync() -> None:
            try:
                journal.sync()
            except OSError as exc:  # the commit stands; only its power-cut safety is unsure
                log.warning("the journal's fsync after an answer failed: %s", exc)

        self.syncing = self._queue(write)  # after the last reply's write (see .reply_write)
        return written

    async def answer(
        self,
        text: str,
        structured_value: Any = None,
        question: Any = None,
        on_delta: Callable[[str], Any] | None = None,
        on_restart: Callable[[], Any] | None = None,
        *,
        journaled: asyncio.Future[TurnRecord] | None = None,
        on_result: Callable[[MessageResult], Any] | None = None,
    ) -> MessageResult:
        """Journal (pending) → send (streaming) → journal reply + mark sent.

        ``journaled`` is the future :meth:`begin_answer` returned for this same answer (the
        write already under way); without it the answer is journaled here first.
        ``on_delta(text)`` gets each streamed piece; ``on_restart()`` is called when the
        client restarts a cut stream (discard the text shown so far). ``on_result(result)`` gets
        the reply as soon as the response closes, before it is journaled (this returns once it
        is; see :mod:`.reply_write`). All are plain sync callables run on the event loop."""
        from koji_tui.api import MalformedResponseError, MessageDelta, MessageResult

        if journaled is None:
            journaled = self.begin_answer(text, structured_value, question)
        async with self._lock:
            self._refuse_if_unrecorded()  # begun while the last reply's write was failing
            record = self._require()
            try:
                # Shielded: cancelling the send (the user leaves) must not cancel the write of
                # the answer itself, which would lose it if the thread had not begun yet.
                turn: TurnRecord = await asyncio.shield(journaled)
            except ReadOnlyError as exc:
                self.driven_elsewhere = exc.holder
                raise
            # The journal wrote the turn; the record grows by it without a reload (flat cost).
            self.record = record = dataclasses.replace(record, turns=record.turns.appended(turn))
            result: MessageResult | None = None
            async for event in self.client.send_message_stream(
                record.interview_id,
                text,
                session_token=record.session_token,
                seen=position_before(self.record or record, turn),
            ):
                if isinstance(event, MessageDelta):
                    if getattr(event, "restart", False):
                        if on_restart is not None:
                            on_restart()
                    elif on_delta is not None and event.text:
                        on_delta(event.text)
                elif isinstance(event, MessageResult):
                    result = event
            if result is None:
                raise MalformedResponseError(
                    "The server's reply ended without a final message.", None, None
                )
            if on_result is None:
                await self._record_reply(record, turn, result)
                return result
            self._marking = turn.id  # delivered: the next answer may be begun meanwhile
            on_result(result)  # shown before it is journaled (see .reply_write)
            try:
                await self._record_reply(record, turn, result)
            except Exception as exc:  # (a cancel is not a failure: the thread finishes it)
                self.unrecorded = turn
                log.error("the journal could not record a reply (it is on the server): %s", exc)
                raise UnrecordedReplyError(UNRECORDED) from exc
            finally:
                self._marking = None
            return result

    async def _record_reply(
        self, record: InterviewRecord, turn: TurnRecord, result: MessageResult
    ) -> None:
        """Mark the answer sent and store the interviewer's reply (one transaction), on the
        write thread: after the answer's own write, before the next answer's."""
        journal, base = self.journal, self.record

        def write() -> InterviewRecord:
            return journal.record_reply(
                turn,
                result.content,
                question=result.question,
                turn_count=reply_count(record, result.turn_count),
                is_complete=bool(result.is_complete),
                base=base,
            )

        self.record = await self._queue(write)

    # -- complete ----------------------------------------------------------------
    async def complete(self, reason: str = "manual", feedback: Any = None) -> CompleteResult:
        async with self._lock:
            record = self._require()
            await self._drive()
            kwargs: dict[str, Any] = {"session_token": record.session_token, "reason": reason}
            if feedback is not None:
                kwargs["feedback"] = feedback
            result = await self.client.complete(record.interview_id, **kwargs)
            self.record = await self._j(
                self.journal.update_interview,
                record,
                status="completed",
                quality_score=getattr(result, "quality_score", None),
                completion_reason=getattr(result, "reason", None) or reason,
            )
            return result

    # -- resume ------------------------------------------------------------------
    @classmethod
    async def resume(
        cls,
        client: Any,
        journal: Journal,
        interview_id: str,
        *,
        study_name: str | None = None,
        online: bool = True,
        known: InterviewRecord | None = None,
    ) -> InterviewSession:
        """Rebuild a session from the journal, merged with the server when reachable.

        An interview missing from the journal is adopted from the server (without a
        session token) when ``study_name`` is given. ``known``: the journal's copy the caller
        has read already (refreshed and reused, not read whole a second time)."""
        from .resume import resume_session

        return await resume_session(
            cls, client, journal, interview_id, study_name=study_name, online=online, known=known
        )
