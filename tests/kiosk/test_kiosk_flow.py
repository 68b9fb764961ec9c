"""Each step of the kiosk's loop, driven with Pilot on the sandbox (real HTTP)."""

from __future__ import annotations

from typing import Any

from koji_tui.kiosk.station import Station
from koji_tui.session.events import Phase
from tests.pilot import driven

from .rig import (
    FakeClock,
    begin,
    finish_early,
    make_app,
    on_server,
    ready,
    screen_name,
    screen_text,
    type_answer,
    until,
    user_answers,
)

LONG = "I use it every day to plan the week with my team and to send the invoices."


async def finished(pilot: Any) -> None:
    """Until the interviews left behind are completed (in the background)."""
    app = pilot.app
    await until(pilot, lambda: app.loop.finishing == 0, what="the background completes")


async def test_welcome_interview_early_finish_thank_you_and_a_wiped_welcome(sandbox: Any) -> None:
    clock = FakeClock()
    app = make_app(sandbox, clock=clock)
    async with driven(app, size=(100, 30)) as pilot:
        await ready(pilot)
        welcome = screen_text(app)
        assert "Acme product feedback" in welcome and "Press Enter to begin" in welcome
        assert "We would like to hear about your experience" in welcome
        screen = await begin(pilot)
        text = screen_text(app)
        assert "Interviewer" in text and "Thanks for taking the time" in text
        assert "Finish (F10)" in text and "Enter sends" in text
        await type_answer(pilot, LONG)
        assert LONG[:40] in screen_text(app)
        # Finish asks first; "No, continue" has the focus
        await pilot.press("f10")
        assert screen_name(app) == "KioskFinish"
        assert "Finish now?" in screen_text(app)
        await pilot.press("enter")
        assert app.screen is screen and screen.controller.state.phase is Phase.ACTIVE
        await finish_early(pilot)
        await until(pilot, lambda: screen_name(app) == "ThankYouScreen")
        assert "Thank you!" in screen_text(app) and "Back to the start in 15 s" in screen_text(app)
        await finished(pilot)
        interview = await on_server(sandbox, app.study, screen.controller.state.interview_id)
        assert interview.completion_reason == "respondent_left"
        assert user_answers(interview) == [LONG]
        clock.advance(14)
        app.tick()
        await pilot.pause()
        assert "Back to the start in 1 s" in screen_text(app)
        clock.advance(1)
        app.tick()
        await until(pilot, lambda: screen_name(app) == "WelcomeScreen")
        assert LONG[:20] not in screen_text(app) and len(app.screen_stack) == 2


async def test_the_interviewer_ends_it_completed_natural_then_enter_to_the_thank_you(
    sandbox: Any,
) -> None:
    app = make_app(sandbox)
    async with driven(app, size=(100, 30)) as pilot:
        screen = await begin(pilot)
        answers = 0
        while not screen.done and answers < 15:
            await type_answer(pilot, f"{LONG} ({answers})")
            answers += 1
        assert screen.done
        assert "The conversation is complete. Press Enter to finish." in screen_text(app)
        await finished(pilot)
        interview = await on_server(sandbox, app.study, screen.controller.state.interview_id)
        assert interview.status == "completed" and interview.completion_reason == "natural"
        assert "quality" not in screen_text(app).lower()
        await pilot.press("enter")
        await until(pilot, lambda: screen_name(app) == "ThankYouScreen")


async def test_a_structured_question_answered_with_its_widget(sandbox: Any) -> None:
    app = make_app(sandbox)
    async with driven(app, size=(100, 30)) as pilot:
        screen = await begin(pilot)
        await type_answer(pilot, LONG)  # the first question is open; then a single choice
        question = screen.controller.state.question
        assert question is not None and question.is_structured
        await until(pilot, lambda: screen._widget is not None and screen._widget.has_focus_within)
        await pilot.press("1", "enter")
        await until(
            pilot, lambda: len(user_answers_of(screen)) == 2 and not screen.controller.state.busy
        )
        interview = await on_server(sandbox, app.study, screen.controller.state.interview_id)
        assert user_answers(interview)[1] == question.options[0]


def user_answers_of(screen: Any) -> list[str]:
    return [t.text for t in screen.controller.turns if t.role == "respondent"]


async def test_consent_declined_returns_to_the_welcome_agreed_goes_on(sandbox: Any) -> None:
    app = make_app(sandbox, config={"consent": True})
    async with driven(app, size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: screen_name(app) == "ConsentScreen")
        text = screen_text(app)
        assert "Before we begin" in text and "Your answers are recorded" in text
        await pilot.press("right", "enter")  # "No, thank you"
        await until(pilot, lambda: screen_name(app) == "WelcomeScreen")
        assert app.participant is None and Station().info().sessions == 0
        await pilot.press("enter")
        await until(pilot, lambda: screen_name(app) == "ConsentScreen")
        await pilot.press("enter")  # "I agree" has the focus
        await until(pilot, lambda: screen_name(app) == "KioskInterviewScreen")


async def test_a_participant_code_becomes_the_respondents_external_id(sandbox: Any) -> None:
    app = make_app(sandbox, config={"participant": "code"})
    async with driven(app, size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: screen_name(app) == "IdentityScreen")
        assert "Please type your participant code" in screen_text(app)
        await pilot.press("enter")
        assert "Please type it first." in screen_text(app)
        await pilot.press(*"P-17", "enter")
        await until(pilot, lambda: screen_name(app) == "KioskInterviewScreen")
        screen = app.screen
        await until(pilot, lambda: screen.controller.state.interview_id is not None)
        interview = await on_server(sandbox, app.study, screen.controller.state.interview_id)
        assert interview.respondent["external_id"] == "P-17"
        assert interview.respondent["metadata"]["source"] == "kiosk"
        assert "P-17" not in screen_text(app)  # no ids on the participant's screen


async def test_the_participant_chooses_the_language_of_the_chrome_and_the_interview(
    sandbox: Any,
) -> None:
    app = make_app(sandbox, which="remote-work-tools")
    async with driven(app, size=(100, 30)) as pilot:
        await ready(pilot)
        text = screen_text(app)
        assert "English" in text and "Français" in text and "Deutsch" in text
        await pilot.press("right")
        text = screen_text(app)
        assert "Appuyez sur Entrée pour commencer" in text and "Press Enter" not in text
        await pilot.press("3")
        assert "Drücken Sie die Eingabetaste" in screen_text(app)
        await pilot.press("2")
        screen = await begin(pilot)
        assert app.locale == "fr" and screen.controller.state.locale == "fr"
        text = screen_text(app)
        assert "Terminer (F10)" in text and "Intervieweur" in text and "Entrée : envoyer" in text


async def test_nothing_carries_over_to_the_next_participant(sandbox: Any) -> None:
    clock = FakeClock()
    app = make_app(sandbox, clock=clock)
    async with driven(app, size=(100, 30)) as pilot:
        first = await begin(pilot)
        await type_answer(pilot, "marker-alpha answer of the first participant, long enough")
        first.composer.focus()
        await pilot.press(*"draft-beta")  # typed, never sent
        await pilot.press("escape")  # Escape never leaves the interview
        assert app.screen is first
        await finish_early(pilot)
        await until(pilot, lambda: screen_name(app) == "ThankYouScreen")
        await pilot.press("enter")  # the thank-you's Enter: the welcome at once
        await until(pilot, lambda: screen_name(app) == "WelcomeScreen")
        second = await begin(pilot)
        assert second is not first and not first.is_attached
        text = screen_text(app)
        assert "marker-alpha" not in text and "draft-beta" not in text
        assert second.composer.text == "" and len(second.transcript.handles) == 1
        assert second.participant.session == first.participant.session + 1


async def test_the_locale_option_is_the_language_shown_first(sandbox: Any) -> None:
    app = make_app(sandbox, locale="es")  # koji-tui kiosk STUDY --locale es
    async with driven(app, size=(100, 30)) as pilot:
        await ready(pilot)
        assert app.locales == ("es", "en")
        text = screen_text(app)
        assert "Pulse Intro para empezar" in text and "Español" in text and "English" in text
