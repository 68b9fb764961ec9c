"""``koji-tui demo --autopilot`` in the app: the normal interview screen, the persona's answers
typed into the composer or given with the answer widget, a badge, and the keys (space, →, +/-,
r, n). The autopilot's waits are on a clock the test owns (no real pacing); the sandbox is real
HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from app_helpers import screen_text, wait_for
from autopilot_helpers import held_after, held_autopilot
from textual import events
from textual.message import Message
from textual.pilot import Pilot
from textual.worker import Worker

from koji_tui.demo.personas import load_personas
from koji_tui.journal import Journal
from koji_tui.server import ServerConfig
from koji_tui.session.events import AnswerDelivered, Event
from koji_tui.ui.demo.app import AutopilotApp
from koji_tui.ui.demo.screen import AutopilotScreen
from koji_tui.ui.widgets.answers import AnswerWidget
from koji_tui.ui.widgets.composer import Composer
from tests.demo.conftest import GatedClock, VirtualClock, structured_in_journal
from tests.pilot import driven
from tests.sandboxes import FAST


class Messages:
    """A ``message_hook``: counts the answers given with a widget and typed in the composer."""

    def __init__(self) -> None:
        self.widget: list[Any] = []
        self.typed: list[str] = []
        # A message bubbles: the hook sees it at each node. Kept (not their ids: an id is
        # reused once a message is gone).
        self._seen: dict[int, Message] = {}

    def __call__(self, message: Message) -> None:
        if self._seen.get(id(message)) is message:
            return
        if isinstance(message, AnswerWidget.Answered):
            self._seen[id(message)] = message
            self.widget.append(message.value)
        elif isinstance(message, Composer.Submitted):
            self._seen[id(message)] = message
            self.typed.append(message.text)


def autopilot_app(tmp_path: Path, **options: Any) -> AutopilotApp:
    config = ServerConfig(data_dir=tmp_path / "sandbox", rate_limit=FAST, stream_delay=0.0, seed=7)
    return AutopilotApp(
        load_personas(), autopilot_clock=VirtualClock(), sandbox_config=config, **options
    )


def journal_of(app: AutopilotApp) -> Journal:
    return app.journal_for(app.studies[0])


async def test_the_tour_plays_every_text_study_through_the_widgets(tmp_path: Path) -> None:
    app = autopilot_app(tmp_path, speed=50)
    seen = Messages()
    async with driven(app, size=(120, 40), message_hook=seen) as pilot:
        await wait_for(pilot, lambda: app.autopilot is not None, 30, what="the tour")
        assert app.autopilot is not None
        await wait_for(pilot, lambda: app.tour_summary is not None, 240, what="the tour's end")
        reports = app.autopilot.reports
        assert [r.cast.study for r in reports] == [
            "Acme product feedback",
            "Hábitos de café",
            "Remote work tools",
        ]  # the voice-only study is not played
        assert [r.cast.persona.id for r in reports] == ["enthusiast", "lucia", "claire"]
        assert all(r.completed and (r.quality_score or 0) >= 3 for r in reports)
        journal = journal_of(app)
        values = []
        for report in reports:
            assert report.record_id is not None
            answers = structured_in_journal(journal, report.record_id)
            assert len(answers) == 5 and all(v is not None for _, v in answers), report
            values += [v for _, v in answers]
        # every structured value went through a widget (its Answered message), and every
        # other answer was typed into the composer and sent with Enter
        assert sorted(map(repr, seen.widget)) == sorted(map(repr, values))
        typed = [a.text for r in reports for a in r.answers if not a.structured]
        assert seen.typed == typed
        assert app.screen.__class__.__name__ == "MainScreen"  # back on the study list
        assert "3 of 3 interviews completed" in (app.tour_summary or "")
        records = [journal.get(r.record_id) for r in reports if r.record_id is not None]
        assert [(r.status, r.completion_reason) for r in records] == [("completed", "natural")] * 3


async def _held(pilot: Pilot[Any], app: AutopilotApp, answers: int | None = None) -> Any:
    def ready() -> bool:
        autopilot = app.autopilot
        if autopilot is None or not autopilot.held or not isinstance(app.screen, AutopilotScreen):
            return False
        given = sum(1 for t in app.screen.controller.turns if t.role == "respondent")
        return answers is None or given == answers

    await wait_for(pilot, ready, 30, what=f"held after {answers} answers")
    return app.screen


async def test_keys_pause_step_speed_restart_and_next_persona(tmp_path: Path) -> None:
    app = autopilot_app(tmp_path, speed=10, paused=True)
    async with driven(app, size=(120, 40)) as pilot:
        screen = await _held(pilot, app, 0)
        autopilot = app.autopilot
        assert autopilot is not None
        badge = screen_text(app).splitlines()[0]
        assert "⏸ PAUSED" in badge and "Maya Chen (enthusiast)" in badge and "10×" in badge
        await pilot.press("right")  # one step: one answer, then held again
        await _held(pilot, app, 1)
        await pilot.press("right")
        await _held(pilot, app, 2)
        await pilot.press("plus", "plus")
        assert autopilot.speed == 50
        await pilot.press("minus")
        assert autopilot.speed == 20
        await wait_for(pilot, lambda: "20×" in screen_text(app).splitlines()[0], what="badge")
        first = screen.controller
        await pilot.press("r")  # restart: the same persona, a new interview from the start
        await wait_for(pilot, lambda: app.screen is not screen, what="a new screen")
        screen = await _held(pilot, app, 0)
        assert screen.controller is not first
        assert screen.controller.state.respondent["display_name"] == "Maya Chen"
        await pilot.press("n")  # the next persona that fits the study
        await wait_for(pilot, lambda: app.screen is not screen, what="the next persona")
        screen = await _held(pilot, app, 0)
        assert screen.controller.state.respondent["display_name"] == "Robert Hale"
        assert "Robert Hale (sceptic)" in screen_text(app).splitlines()[0]

        def given() -> int:
            return sum(1 for t in screen.controller.turns if t.role == "respondent")

        # Space again once two answers have been played on, sent from the controller's own
        # event (as the terminal would send it): the autopilot's clock is virtual, so polling
        # from here could find the whole interview played and the next one started first
        # (Pilot waits for the app to be idle, and a playing autopilot never is).
        def pause_after_two(event: Event) -> None:
            if isinstance(event, AnswerDelivered) and given() == 2:
                app.post_message(events.Key("space", " "))

        unsubscribe = screen.controller.subscribe(pause_after_two)
        await pilot.press("space")  # play on: answers follow without a step (a whole
        # interview played to its end is the tour's test)
        await wait_for(pilot, lambda: given() >= 2, 60, what="two answers played on")
        await wait_for(pilot, lambda: autopilot.held, 30, what="paused again")
        unsubscribe()
        assert autopilot.paused and 2 <= given() < 5
        held_at = given()
        await pilot.pause(0.2)
        assert given() == held_at and app.screen is screen  # held: nothing moves
        records = journal_of(app).list_interviews(study_name="Acme product feedback")
        # the restarted and the skipped interviews were completed as left; the third plays on
        left = [r for r in records if r.status == "completed"]
        assert [r.completion_reason for r in left] == ["respondent_left"] * 2
        assert len(records) == 3  # and the sceptic's, not completed yet


async def test_the_tour_starts_when_the_sandbox_is_up_before_the_list_is_read(
    tmp_path: Path,
) -> None:
    """The app reads its preferences while it mounts; slow to read (a loaded machine), the
    sandbox's thread was up before the app got to the demo's first listing, and the
    autopilot took that listing (no server address yet) for the sandbox's: every interview
    failed to start and the tour ended at once (CI, stop 30). Here the preferences are held
    until the sandbox's thread is done."""
    app = held_autopilot(tmp_path)
    read = app.apply_preferences

    async def after_the_sandbox(*args: Any, **kwargs: Any) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 20
        while not (started := [w for w in app.workers if w.group == "sandbox"]):
            if loop.time() > deadline:
                break
            await asyncio.sleep(0.01)  # started from the screen's refresh: no event to await
        held.extend(started)
        for worker in started:
            await worker.wait()
        await read(*args, **kwargs)

    held: list[Worker[Any]] = []
    app.apply_preferences = after_the_sandbox  # type: ignore[method-assign]
    async with driven(app, size=(100, 34)) as pilot:
        assert held  # the preferences were read once the sandbox's thread was done
        await held_after(pilot, app, 0)
        assert app.autopilot is not None and app.autopilot.reports == []


async def test_the_badge_says_what_the_persona_does(tmp_path: Path) -> None:
    app = autopilot_app(tmp_path, paused=True)
    async with driven(app, size=(120, 30)) as pilot:
        await _held(pilot, app, 0)
        top = screen_text(app).splitlines()[0]
        for words in ("space play", "→ step", "+/- speed", "r restart", "n next persona"):
            assert words in top
        await pilot.press("space")
        await wait_for(
            pilot, lambda: "▶ AUTOPILOT" in screen_text(app).splitlines()[0], what="playing"
        )


async def test_on_a_real_server_it_asks_before_playing(sandbox_thread: Any) -> None:
    """A saved study (here the sandbox's address, saved like any server's) is a real server:
    the autopilot asks first, and nothing is sent until "Play"."""
    from app_helpers import study_for

    from koji_tui.ui.app import KojiApp
    from koji_tui.ui.demo.stage import play_as
    from koji_tui.ui.screens.confirm import ConfirmScreen

    study = study_for(sandbox_thread)
    terse = next(p for p in load_personas() if p.id == "terse")
    app = KojiApp(studies=[study])
    async with driven(app, size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.studies_ready, what="studies")
        play_as(app, study, terse, clock=VirtualClock())
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen), what="the question")
        assert "uses credits" in screen_text(app)
        assert sandbox_thread.stats.requests == 0
        await pilot.press("escape")  # cancelled: nothing happens
        await pilot.pause()
        assert not isinstance(app.screen, (ConfirmScreen, AutopilotScreen))
        assert sandbox_thread.stats.requests == 0
        clock = GatedClock(lambda: sandbox_thread.stats.requests >= 3)  # the start, two answers
        play_as(app, study, terse, speed=100, clock=clock)
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen), what="asked again")
        await pilot.press("y")
        await wait_for(pilot, lambda: isinstance(app.screen, AutopilotScreen), what="playing")
        screen = app.screen
        assert isinstance(screen, AutopilotScreen)

        def answered() -> int:
            return sum(1 for t in screen.controller.turns if t.role == "respondent")

        # it plays on the real server: answers reach it (an interview played to its end, on
        # screen, is the tour's test); paused, then stopped, it leaves the server's copy
        # completed (stopped while an answer is on its way, it could not complete it)
        # two answers in, the persona is held at its next breath (its clock is virtual: else a
        # whole interview could be played before Space), Space is pressed, then it goes on
        # as far as the autopilot lets it: to its pause
        await wait_for(pilot, lambda: clock.waiting, 60, what="answers on the real server")
        assert answered() >= 2
        await pilot.press("space")
        clock.release()
        await wait_for(pilot, lambda: screen.autopilot.held, 30, what="paused")
        assert sandbox_thread.stats.requests >= 3  # the start and the two answers
        screen.autopilot.stop()
        await wait_for(pilot, lambda: app.screen is not screen, 30, what="the autopilot gone")
        records = app.journal_for(study).list_interviews(study_name=study.name)
        assert [(r.status, r.completion_reason) for r in records] == [
            ("completed", "respondent_left")
        ]
