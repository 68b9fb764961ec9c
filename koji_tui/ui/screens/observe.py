"""The observer's view of an interview: its transcript, live from the journal, read-only.

``ObserveScreen(path, record_id)`` follows interview ``record_id`` of the journal at ``path``
(:class:`koji_tui.observe.Follower`, in a thread worker: it polls the journal's change counter
and reads only what changed) and draws each new snapshot: new turns appended, turns that changed
(an answer sent) updated in place. It shows who is answering and how the interview stands (the
cockpit's respondent card), and keeps the observer's own notes (``author="observer"`` in the
journal: marked as such in the exports, never shown to the respondent, never sent to Koji).
It takes no lease and sends nothing: the interview stays the driving window's.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from koji_tui import paths
from koji_tui.i18n import N_, app_translator
from koji_tui.journal import Journal, JournalError
from koji_tui.journal import notes as jnotes
from koji_tui.observe.follower import POLL_SECONDS, Follower, Snapshot, WatchingJournal
from koji_tui.observe.views import Changes, ObservedTurn, ShownTurns, changes
from koji_tui.safety import safe_line
from koji_tui.ui.localized import TranslatedBindings
from koji_tui.ui.widgets.cockpit import NotesPane, RespondentCard
from koji_tui.ui.widgets.cockpit.card import CardFacts
from koji_tui.ui.widgets.footer import StableFooter
from koji_tui.ui.widgets.transcript import Transcript, TurnView

WIDE = 100  # columns from which the side panes stand beside the transcript

# The screen's words (plain literals, for the locales).
WORDS: dict[str, str] = {
    "title": N_("Observing"),
    "opening": N_("Opening the interview from the journal…"),
    "driven": N_("live · driven by {holder}"),
    "idle": N_("not driven now (the interview is not open anywhere)"),
    "completed": N_("completed"),
    "active": N_("in progress"),
    "awaiting_completion": N_("finished by the interviewer, not completed yet"),
    "notes": N_("Observer notes (never shown to the respondent)"),
    "pending": N_("not confirmed sent yet"),
    "note_kept": N_("Observer note kept."),
    "note_failed": N_("The journal could not keep the note: {error}"),
    "cannot_open": N_("Cannot watch this interview: {error}"),
}

STATES = {"sent": "sent", "pending": "pending"}


def words(key: str) -> str:
    """``WORDS[key]`` in the user's language (the observer is the researcher's view)."""
    return app_translator().gettext(WORDS[key])


def _view(turn: ObservedTurn) -> TurnView:
    return TurnView(
        turn.role,
        turn.text,
        timestamp=turn.created_at,
        turn_no=turn.number,
        state=STATES[turn.state],
        detail=words("pending") if turn.state == "pending" else None,
    )


class ObserveScreen(TranslatedBindings, Screen[None]):
    """Watch interview ``record_id`` of the journal at ``path`` (see the module docstring).

    ``interval``: seconds between polls of the journal; ``clock``: monotonic seconds, stamped
    on each update drawn (:attr:`updated_at`); ``wall``: the time shown as "now" (and the
    one a lease's age is judged by: who drives the interview)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f4", "note", N_("Note")),
        Binding("end", "follow", N_("Newest"), show=False),
        Binding("escape", "back", N_("Back")),
    ]
    CSS_PATH: ClassVar[list[Path]] = [paths.styles_dir() / "transcript.tcss"]  # type: ignore[misc]
    DEFAULT_CSS = """
    ObserveScreen { layout: vertical; }
    ObserveScreen #observe-head { height: auto; padding: 0 1; background: $panel; }
    ObserveScreen #observe-body { height: 1fr; }
    ObserveScreen #observe-side { width: 44; height: 1fr; padding: 0 1; }
    ObserveScreen #observe-side > * { margin-bottom: 1; }
    ObserveScreen #note-tags { layout: grid; grid-size: 2; grid-rows: 1; height: auto; }
    ObserveScreen.-narrow #observe-body { layout: vertical; }
    ObserveScreen.-narrow #observe-side { width: 1fr; height: auto; max-height: 50%; }
    ObserveScreen.-narrow #observe-card { display: none; }
    ObserveScreen.-narrow #note-tags { grid-size: 4; }
    """

    class Changed(Message):
        """A newer snapshot of the interview and its turns as shown (posted from the
        follower's thread, where the questions are detected: not on the event loop)."""

        def __init__(self, snapshot: Snapshot, turns: list[ObservedTurn], found: Changes) -> None:
            super().__init__()
            self.snapshot = snapshot
            self.turns = turns
            self.changes = found

    class Failed(Message):
        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    def __init__(
        self,
        path: Path,
        record_id: int,
        *,
        interval: float = POLL_SECONDS,
        clock: Callable[[], float] | None = None,
        wall: Callable[[], datetime] | None = None,
        back: bool = False,
    ) -> None:
        super().__init__()
        import time

        self.path = Path(path)
        self.record_id = record_id
        self.interval = interval
        self.clock = clock or time.monotonic
        self.wall = wall or (lambda: datetime.now(UTC))
        self.can_go_back = back
        self.journal: Journal | None = None
        self.follower: Follower | None = None
        self.snapshot: Snapshot | None = None
        self.shown: list[ObservedTurn] = []
        self.updates = 0  # snapshots drawn
        self.updated_at: float | None = None  # self.clock() when the last one was drawn
        self.problem: str | None = None

    def compose(self) -> ComposeResult:
        yield Static(words("opening"), id="observe-head", markup=False)
        with Horizontal(id="observe-body"):
            yield Transcript(
                clock=self.wall, labels={"respondent": "Participant"}, id="observe-transcript"
            )
            with VerticalScroll(id="observe-side"):
                yield RespondentCard(id="observe-card")
                yield NotesPane(title=words("notes"), id="observe-notes")
        yield StableFooter()

    @property
    def transcript(self) -> Transcript:
        return self.query_one("#observe-transcript", Transcript)

    def on_mount(self) -> None:
        self.set_class(self.size.width < WIDE, "-narrow")
        self.run_worker(self._follow, thread=True, group="observe", exit_on_error=False)

    def on_resize(self) -> None:
        self.set_class(self.size.width < WIDE, "-narrow")

    def on_unmount(self) -> None:
        if self.follower is not None:
            self.follower.stop()

    # -- the follower's thread ----------------------------------------------------------
    def _follow(self) -> None:
        if not self.path.is_file():  # opening it would leave an empty journal behind
            self.post_message(
                self.Failed(app_translator().gettext("no journal at {path}").format(path=self.path))
            )
            return
        try:
            # Leases are live or stale by the screen's "now" (``wall``: fixed in tests).
            journal = WatchingJournal(self.path, clock=lambda: self.wall().timestamp())
        except JournalError as exc:
            self.post_message(self.Failed(str(exc)))
            return
        self.journal = journal
        follower = Follower(journal, self.record_id, interval=self.interval, clock=self.clock)
        self.follower = follower
        try:
            if not self.is_attached:
                return
            try:
                first = follower.read()
            except JournalError as exc:
                self.post_message(self.Failed(str(exc)))
                return
            shown = ShownTurns()

            def changed(snapshot: Snapshot) -> None:
                before = shown.views
                turns = shown.update(snapshot.record)
                self.post_message(self.Changed(snapshot, turns, changes(before, turns)))

            changed(first)
            follower.follow(first, changed)
        finally:
            follower.stop()
            journal.close()

    # -- drawing ---------------------------------------------------------------------------
    def on_observe_screen_failed(self, message: Failed) -> None:
        self.problem = message.error
        self.query_one("#observe-head", Static).update(
            words("cannot_open").format(error=safe_line(message.error, 200))
        )

    def on_observe_screen_changed(self, message: Changed) -> None:
        snapshot = message.snapshot
        first = self.snapshot is None
        self.snapshot = snapshot
        new = message.turns
        transcript = self.transcript
        if first:
            self._label_respondent()
        found = message.changes  # from the turns the follower sent last: self.shown
        if found.reload:
            transcript.load([_view(t) for t in new])
        else:
            handles = transcript.handles
            for turn in found.updated:
                at = next(  # a turn that changes is at the end or near it: looked for from there
                    i for i in range(len(self.shown) - 1, -1, -1) if self.shown[i].id == turn.id
                )
                transcript.update_turn(
                    handles[at],
                    text=turn.text,
                    state=STATES[turn.state],
                    turn_no=turn.number,
                    detail=_view(turn).detail,
                )
            for turn in found.appended:
                transcript.append(_view(turn))
        self.shown = new
        self._show_head()
        self._show_card()
        self.query_one(NotesPane).set_notes(snapshot.notes)
        self.updates += 1
        self.updated_at = self.clock()

    def _label_respondent(self) -> None:
        respondent = self.snapshot.record.respondent if self.snapshot else None
        name = respondent.get("display_name") if isinstance(respondent, dict) else None
        self.transcript.history.labels["respondent"] = safe_line(
            str(name or app_translator().gettext("Participant")), 40
        )
        self.transcript.history.redraw()

    def status_text(self) -> str:
        snapshot = self.snapshot
        if snapshot is None:
            return ""
        record = snapshot.record
        parts = [words(record.status) if record.status in WORDS else record.status]
        if record.status != "completed":
            parts.append(
                words("driven").format(holder=snapshot.driven_by)
                if snapshot.driven_by
                else words("idle")
            )
        return " · ".join(parts)

    def _show_head(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        record = snapshot.record
        respondent = record.respondent or {}
        who = (
            respondent.get("display_name")
            or respondent.get("external_id")
            or app_translator().gettext("Participant")
        )
        head = " · ".join(
            [
                words("title"),
                safe_line(record.study_name, 60),
                safe_line(str(who), 40),
                self.status_text(),
            ]
        )
        self.query_one("#observe-head", Static).update(head)

    def _show_card(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        record = snapshot.record
        respondent = record.respondent or {}
        metadata = respondent.get("metadata")
        turns = [t for t in self.shown if t.number is not None]
        started = turns[0].created_at if turns and turns[0].created_at else None
        self.query_one(RespondentCard).show(
            CardFacts(
                display_name=respondent.get("display_name"),
                external_id=respondent.get("external_id"),
                metadata=metadata if isinstance(metadata, dict) else {},
                locale=record.locale,
                mode=record.mode,
                interview_id=record.interview_id,
                started=started.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if started else None,
                turns=max(record.turn_count, len(turns)),
                score=record.quality_score,
                status=words(record.status) if record.status in WORDS else record.status,
            )
        )

    # -- the observer's notes ---------------------------------------------------------------
    def current_turn(self) -> int | None:
        numbers = [t.number for t in self.shown if t.number is not None]
        return max(numbers) if numbers else None

    @on(NotesPane.Submitted)
    async def _note_typed(self, message: NotesPane.Submitted) -> None:
        journal = self.journal
        if journal is None:
            return
        turn = self.current_turn()
        try:
            await asyncio.to_thread(
                jnotes.add_note,
                journal,
                self.record_id,
                message.text,
                tags=message.tags,
                turn=turn,
                author="observer",
            )
            notes = await asyncio.to_thread(jnotes.notes_of, journal, self.record_id)
        except Exception as exc:  # the journal cannot write now: said, the text kept
            self.notify(words("note_failed").format(error=exc), severity="warning", markup=False)
            self.query_one(NotesPane).input.value = message.text
            return
        self.query_one(NotesPane).set_notes(notes)
        self.notify(words("note_kept"), timeout=3)

    def action_note(self) -> None:
        self.query_one(NotesPane).input.focus()

    def action_follow(self) -> None:
        self.transcript.follow()

    def action_back(self) -> None:
        if self.focused is self.query_one(NotesPane).input:
            self.transcript.focus()  # out of the note box first
            return
        if self.can_go_back:
            self.dismiss()
        else:
            self.app.exit()
