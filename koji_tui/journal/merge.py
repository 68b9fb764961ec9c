"""Merging the server's transcript into the journal (``Journal.merge_server_transcript``).

By position, never by text alone: participants repeat themselves ("Yes", "Yes"), so an earlier
identical answer must never pass for an unsent one (the rule of :mod:`koji_tui.api.position`).

1. The journal's confirmed turns (interviewer messages received, answers sent) are lined up
   with the server's messages, in order. An interviewer message the journal holds empty (an
   opening the start reply left out) takes the server's text; an interviewer message the
   journal lacks before one of its answers is adopted in its place. Anything else that does
   not line up means the transcript contradicts the journal: no turn is touched.
2. After that history, each server message the journal lacks is adopted in order. A server
   answer there is answer number (answers confirmed + 1): it is the journal's waiting answer
   (pending, or discarded) only when exactly one waiting candidate, up to the pending one, has
   that text at that place. A pending answer is marked sent only when the server replied to
   it (or the interview is completed), as :meth:`InterviewSession.resend_pending` does. When
   the server's answer cannot be told apart (another text where the pending answer would be,
   two waiting candidates with its text, no reply yet), the pending answer stays pending and
   nothing from that answer on is adopted: adopting it would move the pending answer's place
   past it, and a resend would deliver it twice.

Local turns the server does not know are kept. A merge that changes nothing writes nothing;
one that adopts messages renumbers the record's turns into the merged order (the waiting
answers still unplaced last: they go after everything the server has).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from koji_tui.journal.records import TurnRecord, iso_utc, utc_now
from koji_tui.journal.records import dumps as _dumps

__all__ = ["Adopt", "MergePlan", "ServerMessage", "apply_plan", "plan_merge", "server_messages"]

CONFIRMED = ("received", "sent")


class ServerMessage(NamedTuple):
    """One message of the server's transcript, normalised."""

    role: Literal["assistant", "user"]
    content: str
    created_at: str | None = None
    question: Any = None


def server_messages(messages: Sequence[Any]) -> list[ServerMessage]:
    """``messages`` (objects or dicts with ``role``, ``content``, maybe ``created_at`` and
    ``question``) as :class:`ServerMessage`."""
    result = []
    for message in messages:
        if isinstance(message, dict):
            get = message.get
        else:

            def get(name: str, default: Any = None, _m: Any = message) -> Any:
                return getattr(_m, name, default)

        role = "user" if get("role") in ("user", "respondent", "participant") else "assistant"
        content = str(get("content") or "")
        result.append(ServerMessage(role, content, iso_utc(get("created_at")), get("question")))
    return result


@dataclass(frozen=True)
class Adopt:
    """A server message the journal lacks, journaled as ``received`` or ``sent``."""

    message: ServerMessage

    @property
    def state(self) -> str:
        return "sent" if self.message.role == "user" else "received"


@dataclass
class MergePlan:
    """What a merge does: the record's turns in their merged order (turn ids and adopted
    messages), the waiting answers the server has, and server texts for empty messages."""

    order: list[int | Adopt] = field(default_factory=list)
    sent: list[int] = field(default_factory=list)
    texts: dict[int, ServerMessage] = field(default_factory=dict)
    reason: str = ""  # why the merge stopped short of the server's last message, if it did

    def changes(self, turns: Sequence[TurnRecord]) -> bool:
        return bool(self.sent or self.texts or self.order != [t.id for t in turns])


def _blank(text: str) -> bool:
    return not text.strip()


def plan_merge(
    turns: Sequence[TurnRecord], server: Sequence[ServerMessage], *, completed: bool
) -> MergePlan:
    """The merge of ``server`` into the record's ``turns`` (in seq order); see the module
    docstring. ``completed``: the interview is completed (an answer without a reply is sent)."""
    from koji_tui.api.position import TranscriptPosition, locate_answer, same_text

    unchanged = MergePlan(order=[t.id for t in turns])
    last = max((k for k, t in enumerate(turns) if t.state in CONFIRMED), default=-1)
    plan = MergePlan()
    s = 0
    for turn in turns[: last + 1]:  # 1. the journal's confirmed history, in order
        if turn.state not in CONFIRMED:
            plan.order.append(turn.id)  # an answer left unsent in the past stays where it is
            continue
        while True:
            if s == len(server):
                unchanged.reason = "the server lacks messages the journal confirmed"
                return unchanged
            message = server[s]
            if turn.role == message.role and same_text(turn.content, message.content):
                plan.order.append(turn.id)
                s += 1
            elif turn.role == "assistant" and _blank(turn.content):
                plan.order.append(turn.id)
                if message.role == "assistant":  # the journal's empty opening: the server's text
                    plan.texts[turn.id] = message
                    s += 1
            elif message.role == "assistant" and turn.role == "user":
                plan.order.append(Adopt(message))  # an interviewer message the journal lacks
                s += 1
                continue
            elif message.role == "assistant" and _blank(message.content):
                s += 1  # an empty server message the journal does without
                continue
            else:
                unchanged.reason = "the transcript does not line up with the journal"
                return unchanged
            break
    waiting = list(turns[last + 1 :])  # 2. what the server has after that history
    while s < len(server):
        message = server[s]
        if message.role == "assistant":
            plan.order.append(Adopt(message))
            s += 1
            continue
        pending = next((k for k, t in enumerate(waiting) if t.state == "pending"), None)
        candidates = waiting if pending is None else waiting[: pending + 1]
        position = TranscriptPosition.of(server[:s])
        hits = []
        for k, turn in enumerate(candidates):
            found = locate_answer(server, turn.content, position)
            if found.kind in ("replied", "pending"):
                hits.append((k, turn, found.kind))
        if len(hits) == 1:
            k, turn, kind = hits[0]
            if kind == "pending" and turn.state == "pending" and not completed:
                plan.reason = "the server has the unsent answer but has not replied yet"
                break
            plan.order.extend(t.id for t in waiting[:k])  # earlier discarded: not delivered
            plan.order.append(turn.id)
            plan.sent.append(turn.id)
            del waiting[: k + 1]
            s += 1
            continue
        if pending is not None:
            plan.reason = (
                "another answer is where the unsent one would be"
                if not hits
                else "several unsent answers could be the server's"
            )
            break
        plan.order.append(Adopt(message))  # an answer from elsewhere (nothing unsent at stake)
        s += 1
    plan.order.extend(t.id for t in waiting)
    return plan


def apply_plan(
    conn: sqlite3.Connection, record_id: int, plan: MergePlan, turns: Sequence[TurnRecord]
) -> None:
    """Write ``plan`` for the record (inside the caller's transaction)."""
    if not plan.changes(turns):
        return
    now = utc_now()
    for turn_id, message in plan.texts.items():
        conn.execute(
            "UPDATE turns SET content = ?, question = COALESCE(question, ?) WHERE id = ?",
            (message.content, _dumps(message.question), turn_id),
        )
    for turn_id in plan.sent:
        conn.execute(
            "UPDATE turns SET state = 'sent', sent_at = COALESCE(sent_at, ?) WHERE id = ?",
            (now, turn_id),
        )
    # (record_id, seq) is unique: move every seq out of the way, then number the merged order
    conn.execute("UPDATE turns SET seq = -seq WHERE record_id = ?", (record_id,))
    for seq, item in enumerate(plan.order, start=1):
        if isinstance(item, int):
            conn.execute("UPDATE turns SET seq = ? WHERE id = ?", (seq, item))
            continue
        m = item.message
        conn.execute(
            "INSERT INTO turns (record_id, seq, role, content, created_at, state, question, "
            "sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record_id,
                seq,
                m.role,
                m.content,
                m.created_at or now,
                item.state,
                _dumps(m.question),
                m.created_at if m.role == "user" else None,
            ),
        )
