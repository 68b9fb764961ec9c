"""Watching an interview from the journal, read-only: ``koji-tui observe`` (issue 12). No Textual.

An observer follows the journal an interview is written to (SQLite in WAL mode: its reads run on
connections of their own, beside the interview's writes), so a second terminal, another window
or a browser tab can watch without touching the interview: it never takes the interview's lease
and never sends anything to Koji. The one thing it writes is its own notes, kept in the journal
as ``author="observer"`` (:mod:`koji_tui.journal.notes`), shown marked as observer notes in the
exports and never to the respondent.

- :mod:`koji_tui.observe.finder`: the journals on this machine and the interviews in them worth
  watching (in progress first, else the most recent).
- :mod:`koji_tui.observe.follower`: one interview as the journal holds it now, and a loop that
  polls the journal's change counter (``PRAGMA data_version``: microseconds, no table read) and
  reads again only when it moved.
- :mod:`koji_tui.observe.views`: the journal's turns as the transcript shows them, with a
  structured question's options as text.
"""

from koji_tui.observe.finder import Watchable, find_interviews, journals_here
from koji_tui.observe.follower import POLL_SECONDS, Follower, Snapshot, WatchingJournal

__all__ = [
    "POLL_SECONDS",
    "Follower",
    "Snapshot",
    "Watchable",
    "WatchingJournal",
    "find_interviews",
    "journals_here",
]
