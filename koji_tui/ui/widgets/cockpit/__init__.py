"""The moderator's cockpit panes (issue 12): guide, respondent card, notes, transcript search.

Widgets only: they are given plain data and post messages; the cockpit screen feeds them from
the interview controller's events and the journal (``koji_tui.ui.screens.cockpit``).
"""

from koji_tui.ui.widgets.cockpit.card import RespondentCard
from koji_tui.ui.widgets.cockpit.guide import GuidePane
from koji_tui.ui.widgets.cockpit.notes import NotesPane
from koji_tui.ui.widgets.cockpit.search import SearchBar

__all__ = ["GuidePane", "NotesPane", "RespondentCard", "SearchBar"]
