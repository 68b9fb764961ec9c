"""The moderator's cockpit: the interview screen with a guide, a respondent card, notes and
transcript search beside the transcript (issue 12).

A :class:`CockpitScreen` is an :class:`~koji_tui.ui.screens.interview.InterviewScreen` (same
controller, transcript, composer and keys) whose panes are one more subscriber of the
controller: each event refreshes the card, ticks the guide question an interviewer's message
asks (matched by :mod:`koji_tui.session.guide`) and keeps the notes' turn. Ticks, notes and
flags live in the journal (:mod:`koji_tui.journal.notes`), written from a worker thread one at a
time; a note typed before the interview has a record, or while the journal cannot write, waits
in a :class:`~koji_tui.journal.notes.NoteQueue` and is written later. Nothing of it is sent to
Koji.

From about :data:`WIDE` columns the panes stand beside the transcript; below that F10 shows them
one at a time in the transcript's place (F10 again: the next, then the transcript); each can be
hidden and the side column resized, remembered per user (:mod:`.cockpit_panes`). A guide
attached to the study (``koji-tui study edit NAME --guide FILE``) comes before a sandbox study
file's; without one the guide pane outlines the questions asked so far.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message

from koji_tui import paths
from koji_tui.config.entry import StudyEntry
from koji_tui.config.guide import attached_items
from koji_tui.journal import notes as jnotes
from koji_tui.journal.respondent import respondent_title
from koji_tui.safety import safe_line
from koji_tui.session import events as ev
from koji_tui.session.guide import GuideItem, guide_for, match_question
from koji_tui.ui.bindings import COCKPIT_BINDINGS, INTERVIEW_BINDINGS
from koji_tui.ui.screens.cockpit_copy import CopyMixin
from koji_tui.ui.screens.cockpit_live import LiveNotesMixin
from koji_tui.ui.screens.cockpit_panes import PANES, WIDE, PanesMixin
from koji_tui.ui.screens.cockpit_search import SearchMixin
from koji_tui.ui.screens.interview import InterviewScreen
from koji_tui.ui.widgets.cockpit import GuidePane, NotesPane, RespondentCard, SearchBar
from koji_tui.ui.widgets.cockpit.card import CardFacts
from koji_tui.ui.widgets.transcript import Transcript

__all__ = ["PANES", "WIDE", "CockpitScreen", "PaneEvent", "asked_line", "find_guide"]


class PaneEvent(Message):
    """A controller event, for the panes (after the transcript has drawn it)."""

    def __init__(self, event: ev.Event) -> None:
        super().__init__()
        self.event = event


def _elapsed(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def find_guide(study: StudyEntry, locale: str | None) -> tuple[GuideItem, ...]:
    """The guide attached to the saved study (``koji-tui study edit NAME --guide FILE``), else
    the sandbox study file's, in ``locale``; () without one. Reads files: for a thread."""
    attached = attached_items(study.name, locale) if study.source == "saved" else ()
    return attached or guide_for(study.study_id, study.name, locale)


def asked_line(text: str) -> str:
    """The question line of an interviewer's message (its last line with a "?")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in reversed(lines):
        if "?" in line:
            return line
    return lines[0] if lines else ""


class CockpitScreen(LiveNotesMixin, PanesMixin, CopyMixin, SearchMixin, InterviewScreen):
    """One moderated interview: ``study`` and ``start`` or ``record_id`` as for
    :class:`InterviewScreen`; ``tags``: the tags a note may carry; ``guide``: the key
    questions (None: the study's file is looked up, in a worker)."""

    BINDINGS: ClassVar[list[BindingType]] = [*INTERVIEW_BINDINGS, *COCKPIT_BINDINGS]
    CSS_PATH: ClassVar[list[Path]] = [  # type: ignore[misc]
        *InterviewScreen.CSS_PATH,
        paths.styles_dir() / "cockpit.tcss",
    ]

    def __init__(
        self,
        study: StudyEntry,
        *,
        start: dict[str, Any] | None = None,
        record_id: int | None = None,
        resend: bool = False,
        tags: Sequence[str] = jnotes.DEFAULT_TAGS,
        guide: Sequence[GuideItem] | None = None,
    ) -> None:
        super().__init__(study, start=start, record_id=record_id, resend=resend)
        self.tags = tuple(tags)
        self.guide: tuple[GuideItem, ...] = tuple(guide) if guide is not None else ()
        self._guide_given = guide is not None
        self.journal = self.koji.journal_for(study)
        self.notes_queue = jnotes.NoteQueue(self.journal)
        self.notes: list[jnotes.Note] = []
        self.ticks: dict[str, jnotes.Tick] = {}
        self.auto_ticked: set[str] = set()
        self.current_question: str | None = None
        self._journal_lock = asyncio.Lock()
        self._loaded_record: int | None = None
        self._unsubscribe_panes = self.controller.subscribe(self._to_panes)

    def _to_panes(self, event: ev.Event) -> None:
        self.post_message(PaneEvent(event))

    # --- layout -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The interview screen's widgets, the transcript put in a row with the panes.
        for widget in super().compose():
            if isinstance(widget, Transcript):
                with Horizontal(id="cockpit-body"):
                    yield widget
                    with VerticalScroll(id="cockpit-side"):
                        tr = self.tr
                        yield GuidePane(translator=tr, id="guide-pane", classes="cockpit-pane")
                        yield RespondentCard(translator=tr, id="card-pane", classes="cockpit-pane")
                        yield NotesPane(
                            self.tags, translator=self.tr, id="notes-pane", classes="cockpit-pane"
                        )
                search = SearchBar(id="search-bar")
                search.tr = self.tr  # the interview's words
                yield search
            else:
                yield widget

    def _follow_locale(self) -> None:
        """The panes' words follow the interview's locale too (learnt on opening)."""
        shown = self._shown_tr
        super()._follow_locale()
        tr = self.tr
        if tr is shown or not self.is_mounted:
            return
        self.query_one(RespondentCard).set_translator(tr)
        for pane in (
            self.query_one(GuidePane),
            self.query_one(SearchBar),
            self.query_one(NotesPane),
        ):
            pane.tr = tr
            pane.refresh()

    def on_mount(self) -> None:  # Textual runs InterviewScreen.on_mount too (before this)
        self._layout_for(self.size.width)
        self.load_pane_layout()
        self._label_respondent()
        self.refresh_card()
        self.set_interval(1.0, self._tick_clock)
        self.follow_notes()  # an observer's notes shown live (cockpit_live.py)
        if not self._guide_given:
            self.run_worker(self._load_guide(self._locale()), group="cockpit-guide")
        else:
            self.query_one(GuidePane).set_guide(self.guide)

    def _label_respondent(self) -> None:
        """Moderated: the respondent's turns carry their name (or "Participant"), not "You"."""
        respondent = self.controller.state.respondent or (self.start_args or {}).get("respondent")
        who = safe_line(respondent_title(respondent, self.tr), 40)
        self.transcript.history.set_labels(respondent=who)

    def on_resize(self, event: events.Resize) -> None:
        self._layout_for(event.size.width)

    # --- the panes, fed by the controller ---------------------------------------------

    def on_pane_event(self, message: PaneEvent) -> None:
        event = message.event
        if isinstance(event, ev.Started):
            self._started_at = datetime.fromtimestamp(self.koji.clock(), tz=UTC)
        if isinstance(event, ev.TranscriptLoaded):
            self._label_respondent()
            self._match_all(event.turns)
        elif isinstance(event, ev.TurnAdded) and event.turn.role == "interviewer":
            self._match_turn(event.turn)
        record_id = event.state.record_id
        if record_id is not None and record_id != self._loaded_record:
            self._loaded_record = record_id
            self.run_worker(self._load_record(record_id), group="cockpit-journal")
        if isinstance(event, ev.Started | ev.TranscriptLoaded) and not self._guide_given:
            locale = event.state.locale
            if locale and self.guide and locale != self._guide_locale:
                self.run_worker(self._load_guide(locale), group="cockpit-guide")
        self.refresh_card()
        self.refresh_guide()

    def _locale(self) -> str | None:
        return self.controller.state.locale or (self.start_args or {}).get("locale")

    _guide_locale: str | None = None

    async def _load_guide(self, locale: str | None) -> None:
        study = self.study
        self._guide_locale = locale
        self.guide = await asyncio.to_thread(find_guide, study, locale)
        self.query_one(GuidePane).set_guide(self.guide)
        self._match_all(self.controller.turns)
        self.refresh_guide()

    def _match_all(self, turns: Sequence[ev.Turn]) -> None:
        for turn in turns:
            if turn.role == "interviewer":
                self._match_turn(turn)

    def _match_turn(self, turn: ev.Turn) -> None:
        if not self.guide:
            return
        # The question line first: an option ("Every day") may share words with another question.
        item = match_question(asked_line(turn.text), self.guide) or match_question(
            turn.text, self.guide
        )
        if item is None:
            return
        self.current_question = item.id
        if item.id not in self.auto_ticked:
            self.auto_ticked.add(item.id)
            record_id = self.controller.state.record_id
            if record_id is not None:
                self._journal(
                    lambda: jnotes.set_tick(self.journal, record_id, item.id, True, "auto")
                )

    def ticked(self) -> dict[str, bool]:
        out = {qid: True for qid in self.auto_ticked}
        for qid, tick in self.ticks.items():
            if tick.how == "manual" or qid not in out:
                out[qid] = tick.ticked
        return out

    def refresh_guide(self) -> None:
        pane = self.query_one(GuidePane)
        if not self.guide:
            pane.set_outline(*self._outline())
        pane.set_ticks(self.ticked(), self.current_question)
        pane.set_elapsed(self._elapsed_text())

    _asked: tuple[int, int, list[str]] = (0, 0, [])  # turns read, questions, the newest

    def _outline(self) -> tuple[list[str], int]:
        """The newest question lines asked so far, and how many in all: only the turns new
        since the last call are read (a 2,000-turn interview is not read for each turn)."""
        turns = self.controller.turns
        read, total, recent = self._asked
        if read > len(turns):  # the transcript was loaded again
            read, total, recent = 0, 0, []
        new = [asked_line(t.text) for t in turns[read:] if t.role == "interviewer"]
        recent = (recent + new)[-GuidePane.OUTLINE_SHOWN :]
        self._asked = (len(turns), total + len(new), recent)
        return recent, total + len(new)

    @on(GuidePane.Toggled)
    def _ticked_by_hand(self, message: GuidePane.Toggled) -> None:
        self.ticks[message.question_id] = jnotes.Tick(message.question_id, message.ticked, "manual")
        record_id = self.controller.state.record_id
        if record_id is not None:
            qid, ticked = message.question_id, message.ticked
            self._journal(lambda: jnotes.set_tick(self.journal, record_id, qid, ticked))
        self.refresh_guide()

    _started_at: datetime | None = None  # when Started arrived (a new turn has no time yet)

    def _started(self) -> datetime | None:
        turns = self.controller.turns
        return turns[0].created_at if turns and turns[0].created_at else self._started_at

    def _elapsed_text(self) -> str:
        started = self._started()
        if started is None:
            return ""
        return _elapsed(self.koji.clock() - started.timestamp())

    def _tick_clock(self) -> None:
        self.refresh_card()
        self.query_one(GuidePane).set_elapsed(self._elapsed_text())

    def refresh_card(self) -> None:
        state = self.controller.state
        respondent = state.respondent or (self.start_args or {}).get("respondent") or {}
        started = self._started()
        metadata = respondent.get("metadata") if isinstance(respondent, dict) else None
        self.query_one(RespondentCard).show(
            CardFacts(
                display_name=respondent.get("display_name"),
                external_id=respondent.get("external_id"),
                metadata=metadata if isinstance(metadata, dict) else {},
                locale=state.locale or (self.start_args or {}).get("locale"),
                mode=state.mode or (self.start_args or {}).get("mode"),
                interview_id=state.interview_id,
                started=started.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if started else None,
                elapsed=self._elapsed_text() or None,
                turns=state.turn_count,
                score=state.quality_score,
                status=self.status,
            )
        )

    # --- notes and flags --------------------------------------------------------------

    def current_turn(self) -> int | None:
        numbers = [t.number for t in self.controller.turns if t.number is not None]
        return max(numbers) if numbers else None

    def action_note(self) -> None:
        if self.narrow:
            self.show_pane("notes")
        self.query_one(NotesPane).input.focus()

    def action_flag(self) -> None:
        turn = self.search_turn() or self.current_turn()
        record_id = self.controller.state.record_id
        if turn is None or record_id is None:
            self.notify(self.tr.gettext("No turn to flag yet."), severity="warning")
            return
        flagged = any(n.is_flag and n.turn == turn for n in self.notes)
        self._journal(lambda: jnotes.set_flag(self.journal, record_id, turn, not flagged))

    @on(NotesPane.Submitted)
    def _note_typed(self, message: NotesPane.Submitted) -> None:
        stamp = datetime.fromtimestamp(self.koji.clock(), tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.notes_queue.add(
            message.text, tags=message.tags, turn=self.current_turn(), created_at=stamp
        )
        self._show_notes()
        self._journal(self._flush_notes)

    def _flush_notes(self) -> list[jnotes.Note]:
        return self.notes_queue.flush(self.controller.state.record_id)

    def _show_notes(self) -> None:
        self.query_one(NotesPane).set_notes(self.notes, waiting=len(self.notes_queue.waiting))

    async def _load_record(self, record_id: int) -> None:
        async with self._journal_lock:
            ticks = await asyncio.to_thread(jnotes.ticks_of, self.journal, record_id)
            for qid in self.auto_ticked - set(ticks):
                await asyncio.to_thread(jnotes.set_tick, self.journal, record_id, qid, True, "auto")
            await asyncio.to_thread(self._flush_notes)
            self.notes = await asyncio.to_thread(jnotes.notes_of, self.journal, record_id)
        self.ticks = ticks
        self._show_notes()
        self.refresh_guide()

    def _reload_notes(self) -> None:
        record_id = self.controller.state.record_id
        if record_id is not None:
            self.notes = jnotes.notes_of(self.journal, record_id)

    def _journal(self, job: Callable[[], object]) -> None:
        """Run a journal call in a thread, one at a time, then read the notes and show them."""

        async def work() -> None:
            async with self._journal_lock:
                try:
                    await asyncio.to_thread(job)
                    await asyncio.to_thread(self._reload_notes)
                except Exception as exc:  # the journal cannot write now: said; notes wait
                    said = self.tr.gettext("The journal could not keep it yet: {error}")
                    self.notify(said.format(error=exc), severity="warning")
            self._show_notes()
            self.refresh_guide()

        self.run_worker(work(), group="cockpit-journal")
