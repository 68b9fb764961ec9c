"""The local interview journal (SQLite) and its exports. No textual, no network.

Public API::

    from koji_tui.journal import Journal, InterviewRecord, TurnRecord, PendingAnswer
    journal = Journal()            # paths.data_dir()/journal.sqlite3, or Journal(path)
    rec = journal.create_interview(study_name=..., base_url=..., interview_id=..., session_token=...,
                                   respondent=..., mode=..., locale=..., turn_count=...,
                                   opening_message=..., opening_question=...)
    turn = journal.add_pending_answer(rec, "text", question=..., answer_value=...)   # durable, BEFORE sending
    rec = journal.record_reply(turn, "reply", question=..., turn_count=3)  # marks SENT
    # (base=the caller's record with the answer among its turns: no read of every turn)
    journal.pending_answers() -> [PendingAnswer(interview, turn)]      # "resend?" offer on restart
    journal.discard_pending(turn)                                      # user declined the resend
    journal.update_interview(rec, status="completed", quality_score=4.2, completion_reason="manual")
    journal.get(record_id) / find(interview_id, base_url=None) / find_one(...) / list_interviews(...)
    journal.merge_server_transcript(rec, messages, status=..., turn_count=..., is_complete=...)

    # What grows is read in pieces (reads never wait behind a write's fsync):
    journal.list_interviews(study_name=..., offset=100, limit=50)   # one page, newest first
    journal.refresh(rec) / journal.turns_after(rec, seq)            # a held record brought up to date
    journal.revision()                                              # changes with every commit
    rec.turns                      # Turns: reads like a tuple; a record one answer longer shares
                                   # all but a chunk of 64 turns with the last (flat cost)

    from koji_tui.journal.export import export_markdown, export_json   # no secrets in either

See :mod:`koji_tui.journal.store` for the durability protocol and schema.
"""

from koji_tui.journal.store import (
    SCHEMA_VERSION,
    InterviewRecord,
    InterviewStatus,
    Journal,
    JournalError,
    PendingAnswer,
    TurnRecord,
    UnknownInterviewError,
)
from koji_tui.journal.turns import Turns

__all__ = [
    "SCHEMA_VERSION",
    "InterviewRecord",
    "InterviewStatus",
    "Journal",
    "JournalError",
    "PendingAnswer",
    "TurnRecord",
    "Turns",
    "UnknownInterviewError",
]
