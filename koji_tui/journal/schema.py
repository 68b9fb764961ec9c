"""The journal's tables and their migrations.

Schema changes: append a step to ``MIGRATIONS`` (an SQL script, or a callable that gets the
connection inside an open transaction and uses ``conn.execute`` only); each step runs once, in
order, inside a transaction, keyed by ``PRAGMA user_version``. ``SCHEMA_VERSION`` is the
version this koji-tui writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from koji_tui.journal.lease import SCHEMA_V2
from koji_tui.journal.records import JournalError
from koji_tui.journal.wording import _

SCHEMA_V1 = """
CREATE TABLE interviews (
    record_id         INTEGER PRIMARY KEY,
    study_name        TEXT NOT NULL,
    base_url          TEXT NOT NULL,
    interview_id      TEXT NOT NULL,
    session_token     TEXT,
    respondent        TEXT,
    mode              TEXT,
    locale            TEXT,
    status            TEXT NOT NULL DEFAULT 'active'
                      CHECK (status IN ('active', 'awaiting_completion', 'completed')),
    started_at        TEXT NOT NULL,
    completed_at      TEXT,
    updated_at        TEXT NOT NULL,
    turn_count        INTEGER NOT NULL DEFAULT 0,
    quality_score     REAL,
    completion_reason TEXT,
    UNIQUE (base_url, interview_id)
);
CREATE INDEX interviews_by_id ON interviews (interview_id);
CREATE INDEX interviews_by_study ON interviews (study_name, started_at);
CREATE TABLE turns (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES interviews (record_id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('assistant', 'user')),
    content       TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('received', 'pending', 'sent', 'discarded')),
    question      TEXT,
    answer_value  TEXT,
    sent_at       TEXT,
    UNIQUE (record_id, seq)
);
CREATE INDEX turns_pending ON turns (state) WHERE state = 'pending';
"""

# The turns a later write may still change (an answer pending, or discarded): a refresh finds
# them by this index whatever the interview's length.
SCHEMA_V3 = """
CREATE INDEX IF NOT EXISTS turns_open ON turns (record_id, seq)
    WHERE state IN ('pending', 'discarded');
"""

# How many interviews each study holds, kept by triggers (so by every writer, any koji-tui or
# a script writing straight into the tables): the study list shows a study's count without a
# COUNT(*) that walks all its interviews (2 ms at 10,000, each time the journal changed).
SCHEMA_V4 = """
CREATE TABLE study_counts (
    study_name TEXT PRIMARY KEY,
    count      INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO study_counts (study_name, count)
    SELECT study_name, COUNT(*) FROM interviews GROUP BY study_name;
CREATE TRIGGER study_counts_insert AFTER INSERT ON interviews BEGIN
    INSERT INTO study_counts (study_name, count) VALUES (NEW.study_name, 1)
        ON CONFLICT (study_name) DO UPDATE SET count = count + 1;
END;
CREATE TRIGGER study_counts_delete AFTER DELETE ON interviews BEGIN
    UPDATE study_counts SET count = count - 1 WHERE study_name = OLD.study_name;
END;
CREATE TRIGGER study_counts_rename AFTER UPDATE OF study_name ON interviews
    WHEN OLD.study_name IS NOT NEW.study_name BEGIN
    UPDATE study_counts SET count = count - 1 WHERE study_name = OLD.study_name;
    INSERT INTO study_counts (study_name, count) VALUES (NEW.study_name, 1)
        ON CONFLICT (study_name) DO UPDATE SET count = count + 1;
END;
"""

Migration = str | Callable[[sqlite3.Connection], None]

# MIGRATIONS[i] brings a database from user_version i to i + 1.
MIGRATIONS: list[Migration] = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4]
SCHEMA_VERSION = len(MIGRATIONS)


def statements(script: str) -> list[str]:
    """A migration script's statements, one by one (``executescript`` would commit first, out
    of the migration's transaction)."""
    out: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                out.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        out.append(buffer.strip())
    return out


def migrate(conn: sqlite3.Connection, path: Path, steps: list[Migration] | None = None) -> None:
    """Bring the journal at ``path`` (open on ``conn``) to the latest schema.

    Each step runs under the write lock with the version read again: another process (or
    connection) opening a new journal at the same moment may have just migrated it ("table
    interviews already exists" looked like damage)."""
    steps = MIGRATIONS if steps is None else steps
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    target = len(steps)
    if version > target:
        raise JournalError(
            _(
                "The journal at {path} was written by a newer koji-tui (schema {version}, this one knows {target}); upgrade koji-tui.",
                path=path,
                version=version,
                target=target,
            )
        )
    while version < target:
        try:
            conn.execute("BEGIN IMMEDIATE")
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current != version:
                conn.execute("COMMIT")
                version = current
                continue
            step = steps[version]
            if isinstance(step, str):
                for statement in statements(step):
                    conn.execute(statement)
            else:
                step(conn)
            conn.execute(f"PRAGMA user_version={version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        version += 1


__all__ = [
    "MIGRATIONS",
    "SCHEMA_V1",
    "SCHEMA_V3",
    "SCHEMA_V4",
    "SCHEMA_VERSION",
    "Migration",
    "migrate",
    "statements",
]
