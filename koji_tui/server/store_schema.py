"""The sandbox database's schema (``PRAGMA user_version`` 2) and the move from version 1.

Version 2 keys everything a new interview writes by numbers that only grow, so creating one
appends to the end of each b-tree instead of landing on a random page:

- ``interviews`` is keyed by ``seq`` (its rowid); the random ``id`` has one unique index,
  the only b-tree a new interview touches at a random place;
- ``messages`` is a ``WITHOUT ROWID`` table keyed by ``(interview_seq, seq)``: one b-tree,
  and an interview's messages sit together (a GET reads one or two pages). It keeps
  ``interview_id`` as a plain column so the file stays easy to read with ``sqlite3``.

Version 1 (``id TEXT PRIMARY KEY``, a separate index on ``seq``, ``messages`` keyed by
``(interview_id, seq)`` with a rowid) put every new interview on three random pages (the id
index, the message index and its table) plus the seq index: at 50,000 stored, each
checkpoint copied a fresh page for most of them. :func:`ensure_schema` moves a version 1 file
to version 2 in one transaction, keeping every interview, its ``seq`` and its messages.
"""

from __future__ import annotations

import sqlite3

VERSION = 2

SCHEMA = """
CREATE TABLE IF NOT EXISTS interviews (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    study_id TEXT NOT NULL,
    session_token TEXT NOT NULL,
    status TEXT NOT NULL,
    respondent TEXT,
    mode TEXT NOT NULL,
    locale TEXT NOT NULL,
    created_at REAL NOT NULL,
    completed_at REAL,
    completion_reason TEXT,
    quality_score REAL,
    feedback TEXT,
    is_complete INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS messages (
    interview_seq INTEGER NOT NULL REFERENCES interviews(seq),
    seq INTEGER NOT NULL,
    interview_id TEXT NOT NULL,
    role TEXT NOT NULL,
    content TEXT NOT NULL,
    created_at REAL NOT NULL,
    question TEXT,
    PRIMARY KEY (interview_seq, seq)
) WITHOUT ROWID;
"""

_COLUMNS = (
    "study_id, session_token, status, respondent, mode, locale, created_at, completed_at,"
    " completion_reason, quality_score, feedback, is_complete, state"
)

# Version 1 gave seq no uniqueness constraint: the first row of a seq keeps it, any other
# (none is expected) gets a new one after every kept seq.
_MOVE_FROM_1 = f"""
ALTER TABLE interviews RENAME TO interviews_v1;
ALTER TABLE messages RENAME TO messages_v1;
DROP INDEX IF EXISTS interviews_by_seq;
{SCHEMA}
INSERT INTO interviews (seq, id, {_COLUMNS})
    SELECT seq, id, {_COLUMNS} FROM interviews_v1
    WHERE rowid IN (SELECT MIN(rowid) FROM interviews_v1 GROUP BY seq) ORDER BY seq;
INSERT INTO interviews (seq, id, {_COLUMNS})
    SELECT NULL, id, {_COLUMNS} FROM interviews_v1
    WHERE rowid NOT IN (SELECT MIN(rowid) FROM interviews_v1 GROUP BY seq) ORDER BY rowid;
INSERT INTO messages (interview_seq, seq, interview_id, role, content, created_at, question)
    SELECT i.seq, m.seq, m.interview_id, m.role, m.content, m.created_at, m.question
    FROM messages_v1 AS m JOIN interviews AS i ON i.id = m.interview_id;
DROP TABLE messages_v1;
DROP TABLE interviews_v1;
"""


def _version(db: sqlite3.Connection) -> int:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version:
        return version
    columns = [row[1] for row in db.execute("PRAGMA table_info(interviews)")]
    if not columns:
        return 0  # a new file
    return 1 if columns[0] == "id" else VERSION


def ensure_schema(db: sqlite3.Connection) -> None:
    """Create the schema, or move a version 1 file to it (``db`` in autocommit mode)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        version = _version(db)
        if version > VERSION:
            raise sqlite3.DatabaseError(
                f"the sandbox database is version {version}, newer than the {VERSION} this "
                "koji-tui reads (a newer koji-tui wrote it)"
            )
        for statement in (_MOVE_FROM_1 if version == 1 else SCHEMA).split(";"):
            if statement.strip():
                db.execute(statement)
        db.execute(f"PRAGMA user_version = {VERSION}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
