"""Answer widgets in whole interviews against the sandbox over real HTTP.

Two layers are covered:

* the real app (``KojiApp``): a participant answers every structured question
  by keyboard in the widget the interview screen mounts, free text otherwise;
  the server's transcript must hold exactly the texts the widgets produced and
  the journal the structured values;
* ``InterviewSession`` + the widgets in the small host app, without the
  app's screens, so a fault in the screens does not hide one in the widgets.

Both run with the server's structured ``question`` objects and in
plain-questions mode (the widget then comes from reading the text).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from flow import flow_of, watch
from textual.pilot import Pilot

import koji_tui.server as server
from koji_tui.questions import Question, QuestionType, detect_question
from koji_tui.ui.widgets.answers import (
    AnswerWidget,
    MultipleChoiceAnswer,
    RankingAnswer,
    ScaleAnswer,
    SingleChoiceAnswer,
    YesNoAnswer,
    answer_widget_for,
)
from koji_tui.ui.widgets.transcript import Transcript
from tests.pilot import driven
from tests.sandboxes import STREAM_DELAY
from tests.ui.app_helpers import type_text
from tests.ui.test_answers_support import AnswerHost

YES = {"en": "Yes", "es": "Sí", "fr": "Oui", "de": "Ja", "pt": "Sim"}
OTHER_TEXT = "a podcast"
FREE_TEXT = "Mostly the onboarding emails, to be honest."
ALL_TYPES = {
    QuestionType.SCALE,
    QuestionType.SINGLE_CHOICE,
    QuestionType.MULTIPLE_CHOICE,
    QuestionType.RANKING,
    QuestionType.YES_NO,
}


async def wait_until(pilot: Pilot[Any], predicate: Any, what: str, seconds: float = 20.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause(0.02)


def expected_for(widget: AnswerWidget) -> tuple[list[str], str, object]:
    """The keys a participant presses in ``widget``, and the text and value that must result."""
    question = widget.question
    if isinstance(widget, ScaleAnswer):
        if widget.typed:
            number = (widget.points[0] + widget.points[-1]) // 2
            return [*str(number), "enter"], str(number), number
        number = 10 if 10 in widget.points else widget.points[-2]
        return [*str(number).replace("-", "minus"), "enter"], str(number), number
    if isinstance(widget, RankingAnswer):
        order = [question.options[1], question.options[0], *question.options[2:]]
        text = ", ".join(f"{i}. {label}" for i, label in enumerate(order, start=1))
        return ["down", "shift+down", "enter"], text, order
    if isinstance(widget, SingleChoiceAnswer):
        if widget.allow_other:
            return [str(widget.row_count), *OTHER_TEXT, "enter"], OTHER_TEXT, {"other": OTHER_TEXT}
        return ["2", "enter"], question.options[1], question.options[1]
    if isinstance(widget, MultipleChoiceAnswer):
        picks = [0, 2] if len(question.options) >= 3 else [0]
        labels = [question.options[i] for i in picks]
        if len(question.options) >= 10:
            raise AssertionError("the sample studies are expected to have fewer than 10 options")
        return [*(str(i + 1) for i in picks), "enter"], ", ".join(labels), labels
    if isinstance(widget, YesNoAnswer):
        return ["y"], YES.get(question.language or "en", "Yes"), True
    raise AssertionError(f"unexpected widget {widget!r}")


# --------------------------------------------------------------------------- the real app


def _study_entry(srv: Any, index: int) -> Any:
    from koji_tui.config.entry import StudyEntry

    study = srv.studies[index]
    return StudyEntry(
        name=study.name,
        base_url=srv.base_url,
        api_key=srv.key(study.id),
        source="saved",
        key_storage="session",
        study_id=study.id,
    )


def _open_widget(screen: Any) -> AnswerWidget | None:
    widgets = [w for w in screen.query(AnswerWidget) if not w.is_locked]
    assert len(widgets) <= 1, "at most one answer widget takes input at a time"
    return widgets[0] if widgets else None


async def _start_in_app(pilot: Pilot[Any]) -> Any:
    flow = flow_of(pilot.app)
    from koji_tui.ui.screens.interview import InterviewScreen
    from koji_tui.ui.screens.new_interview import NewInterviewScreen

    app = pilot.app
    await wait_until(pilot, lambda: app.studies_ready, "the study list")
    await pilot.pause()
    await pilot.press("n")
    await wait_until(pilot, lambda: isinstance(app.screen, NewInterviewScreen), "the form")
    await pilot.press(*"Jane")
    await pilot.press("ctrl+s")
    await wait_until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
    screen = app.screen
    await wait_until(pilot, lambda: "Started" in flow, "the opening message")
    return screen


async def _interview_in_app(srv: Any, index: int) -> tuple[set[QuestionType], str]:
    """Run study ``index`` to its end in the app; check what the server and journal hold."""
    from koji_tui.api import KojiClient
    from koji_tui.ui.app import KojiApp

    entry = _study_entry(srv, index)
    app = KojiApp(studies=[entry], check_pending=False)
    seen: set[QuestionType] = set()
    sent: list[tuple[str, object]] = []
    async with driven(app, message_hook=watch(app), size=(80, 24)) as pilot:
        flow = flow_of(pilot.app)
        screen = await _start_in_app(pilot)
        for _turn in range(25):
            if screen.ready_to_complete:
                break
            await pilot.pause()
            replies = flow.count("AnswerDelivered")
            widget = _open_widget(screen)
            if widget is not None:
                await wait_until(
                    pilot,
                    lambda w=widget: (
                        app.focused is not None and (app.focused is w or w in app.focused.ancestors)
                    ),
                    "the app to focus the answer widget",
                )
                transcript = screen.query_one(Transcript)
                await wait_until(
                    pilot,
                    lambda w=widget, t=transcript: (
                        w.size.height > 0 and t.region.contains_region(w.region)
                    ),
                    "the whole answer widget to be in view",
                    seconds=3,
                )
                keys, text, value = expected_for(widget)
                seen.add(widget.question.type)
                await pilot.press(*keys)
                sent.append((text, value))
            else:
                composer = screen.composer
                composer.focus()
                await pilot.pause()
                await type_text(pilot, FREE_TEXT)
                await pilot.press("enter")
                sent.append((FREE_TEXT, None))
            await wait_until(
                pilot,
                lambda n=replies: flow.count("AnswerDelivered") > n or "AnswerPending" in flow,
                f"the reply to answer {len(sent)}",
            )
            assert "AnswerPending" not in flow
        else:
            raise AssertionError("the interview did not finish in 25 answers")
        interview_id = screen.interview_id
        record = app.journal_for(entry).find_one(interview_id)

    async with KojiClient(srv.base_url, entry.api_key) as client:
        interview = await client.get_interview(interview_id)
    received = [m.content for m in interview.messages if m.role == "user"]
    assert received == [text for text, _ in sent]
    users = [t for t in record.turns if t.role == "user"]
    assert [t.content for t in users] == [text for text, _ in sent]
    assert [t.answer_value for t in users] == [value for _, value in sent]
    return seen, interview_id


@pytest.mark.slow
@pytest.mark.parametrize("plain", [False, True], ids=["structured", "plain-questions"])
async def test_every_widget_answered_by_keyboard_in_the_app(tmp_path: Path, plain: bool) -> None:
    config = server.ServerConfig(
        data_dir=tmp_path / "sandbox",
        plain_questions=plain,
        seed=7,
        rate_limit="100000/60s",
        stream_delay=STREAM_DELAY,
    )
    seen: set[QuestionType] = set()
    async with server.serve_async(config) as srv:
        for index in range(len(srv.studies)):
            if getattr(srv.studies[index], "mode", "text") == "voice":
                continue
            types, _ = await _interview_in_app(srv, index)
            seen |= types
            if seen >= ALL_TYPES:
                break
    assert seen >= ALL_TYPES, f"widget types answered: {sorted(seen)}"


# --------------------------------------------------------------------------- session + widgets


async def _answer_in_host(question: Question, language: str | None) -> tuple[str, object]:
    """Show ``question``'s widget in the host app, answer by keyboard, return (text, value)."""
    app = AnswerHost(question, locale=language)
    widget = app.widget
    assert widget is not None
    keys, text, value = expected_for(widget)
    async with driven(app, message_hook=watch(app), size=(80, 24)) as pilot:
        await pilot.press(*keys)
        await wait_until(pilot, lambda: bool(app.answered), "Answered")
    event = app.answered[0]
    assert (event.text, event.value) == (text, value)
    return event.text, event.value


@pytest.mark.parametrize("plain", [False, True], ids=["structured", "plain-questions"])
async def test_every_widget_through_the_interview_session(tmp_path: Path, plain: bool) -> None:
    from koji_tui.api import KojiClient
    from koji_tui.journal import Journal
    from koji_tui.session import InterviewSession

    config = server.ServerConfig(
        data_dir=tmp_path / "sandbox",
        plain_questions=plain,
        seed=11,
        rate_limit="100000/60s",
        stream_delay=STREAM_DELAY,
    )
    seen: set[QuestionType] = set()
    studies_run = 0  # every text study: English and Spanish wording, both detected
    async with server.serve_async(config) as srv:
        for study in srv.studies:
            if getattr(study, "mode", "text") == "voice":
                continue
            key = srv.key(study.id)
            sent: list[tuple[str, object]] = []
            with Journal(tmp_path / f"journal-{study.id}.sqlite3") as journal:
                async with KojiClient(srv.base_url, key) as client:
                    session = InterviewSession(client, journal, study_name=study.name)
                    start = await session.start(respondent={"display_name": "Jane"})
                    content, structured = start.initial_message, start.question
                    for _turn in range(25):
                        if session.is_complete:
                            break
                        if plain:
                            assert structured is None
                        question = detect_question(content, structured)
                        widget = answer_widget_for(question)
                        if widget is None:
                            text, value = FREE_TEXT, None
                            result = await session.answer(text)
                        else:
                            seen.add(question.type)
                            text, value = await _answer_in_host(question, question.language)
                            result = await session.answer(
                                text, structured_value=value, question=question
                            )
                        sent.append((text, value))
                        content, structured = result.content, result.question
                    else:
                        raise AssertionError("the interview did not finish in 25 answers")
                    interview = await client.get_interview(session.interview_id)
                record = journal.find_one(session.interview_id)
            assert [m.content for m in interview.messages if m.role == "user"] == [
                text for text, _ in sent
            ]
            users = [t for t in record.turns if t.role == "user"]
            assert [t.answer_value for t in users] == [value for _, value in sent]
            studies_run += 1
    assert studies_run >= 3
    assert seen >= ALL_TYPES, f"widget types answered: {sorted(seen)}"
