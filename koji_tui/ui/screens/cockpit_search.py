"""Transcript search in the cockpit: ``/`` opens the bar, typing finds every turn holding the
text (case-insensitive), Enter/down and up go to the next and previous match; the current match
is scrolled into view and its header says "match 2 of 5"; every occurrence is highlighted in
the transcript itself (a line filter of its TurnHistory) and the bar shows the count and the
matching line with the text highlighted."""

from __future__ import annotations

from rich.style import Style
from textual import on

from koji_tui.ui.screens.interview_base import InterviewBase
from koji_tui.ui.widgets.cockpit import SearchBar
from koji_tui.ui.widgets.cockpit.search import marker
from koji_tui.ui.widgets.transcript import Transcript, TurnHandle

MATCH_STYLE = Style(reverse=True, bold=True)


def _line_with(text: str, term: str) -> str:
    folded = term.casefold()
    for line in text.splitlines():
        if folded in line.casefold():
            at = line.casefold().index(folded)
            return ("…" + line[at - 30 :]) if at > 40 else line
    return text


class SearchMixin(InterviewBase):
    search_term = ""
    matches: list[TurnHandle]
    match_index = 0
    _marked: tuple[TurnHandle, str | None] | None = None

    def action_search(self) -> None:
        self.query_one(SearchBar).open()

    @on(SearchBar.Changed)
    def _search_changed(self, message: SearchBar.Changed) -> None:
        self.search(message.term)

    @on(SearchBar.Step)
    def _search_step(self, message: SearchBar.Step) -> None:
        self.step_match(message.step)

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        self.search("")
        self.composer.focus()

    def search(self, term: str) -> int:
        """Find ``term`` in the transcript; returns the count (and goes to the first match)."""
        self._unmark()
        self.search_term = term
        transcript = self.query_one(Transcript)
        folded = term.casefold()
        self.matches = (
            [
                h
                for h in transcript.handles
                if transcript.get_turn(h).role != "system"
                and folded in transcript.get_turn(h).text.casefold()
            ]
            if term
            else []
        )
        self.match_index = 0
        # Every occurrence is marked where the transcript draws it (reverse video: seen in
        # every theme, and without colour).
        transcript.history.line_filter = marker(term, MATCH_STYLE) if term else None
        transcript.history.redraw()
        self._go()
        return len(self.matches)

    def step_match(self, step: int) -> None:
        if self.matches:
            self._unmark()
            self.match_index = (self.match_index + step) % len(self.matches)
            self._go()

    def search_turn(self) -> int | None:
        """The turn number of the current match (None when not searching)."""
        if not self.search_term or not self.matches:
            return None
        return self.query_one(Transcript).get_turn(self.matches[self.match_index]).turn_no

    def _go(self) -> None:
        bar = self.query_one(SearchBar)
        if not self.matches:
            bar.show_result(0, 0, "", self.search_term)
            return
        transcript = self.query_one(Transcript)
        handle = self.matches[self.match_index]
        view = transcript.get_turn(handle)
        self._marked = (handle, view.detail)
        label = self.tr.gettext("match {n} of {total}").format(
            n=self.match_index + 1, total=len(self.matches)
        )
        transcript.update_turn(handle, detail=f"{label} · {view.detail}" if view.detail else label)
        first, _ = transcript.history.lines_for(handle)
        transcript.release_anchor()
        transcript.scroll_to(y=first, animate=False)
        bar.show_result(
            self.match_index,
            len(self.matches),
            _line_with(view.text, self.search_term),
            self.search_term,
        )

    def _unmark(self) -> None:
        if self._marked is not None:
            handle, detail = self._marked
            self._marked = None
            transcript = self.query_one(Transcript)
            if handle in transcript.handles:
                transcript.update_turn(handle, detail=detail)
