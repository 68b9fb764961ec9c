"""The reply asking a structured question is on screen before its answer widget is built.

Building an answer widget takes several frames' work (mount, styles, layout: 30-40 ms here);
the reply's last words must not wait for it. The app (a ``KojiApp`` that notes each painted
frame in Textual's ``post_display_hook``) answers the sample study's structured questions in
the composer against the sandbox over real HTTP; for each reply, a frame must show it drawn,
whole, before the first frame that holds its widget. (The screen's after-refresh callbacks
also run when it goes idle before the transcript has posted the reply's redraw: built from
there, the widget came in the same frame as the reply for some answers: 8 answers catch it)
"""

from __future__ import annotations

from typing import Any

from app_helpers import open_new_interview, study_for, type_text, wait_for

from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.interview import InterviewScreen
from koji_tui.ui.widgets.answers.base import AnswerWidget
from koji_tui.ui.widgets.composer import Composer
from tests.pilot import driven

ANSWERS = 8


class FrameNotes(KojiApp):
    """Per painted frame: (interviewer turns drawn whole, widgets in the transcript)."""

    frames: list[tuple[int, int]]

    def post_display_hook(self) -> None:
        screen = self.screen
        if not isinstance(screen, InterviewScreen) or not screen.is_mounted:
            return
        transcript = screen.transcript
        handle = transcript.history.last_of("interviewer")
        drawn = 0
        if handle is not None and not transcript.is_streaming and transcript.is_drawn(handle):
            history = transcript.history
            drawn = sum(1 for h in history.handles() if history.get(h).role == "interviewer")
        self.frames.append((drawn, len(screen.query(AnswerWidget))))


async def test_each_reply_is_drawn_in_a_frame_before_its_answer_widget(sandbox: Any) -> None:
    app = FrameNotes(studies=[study_for(sandbox)])
    app.frames = []
    async with driven(app, size=(100, 30)) as pilot:
        screen = await open_new_interview(pilot)
        composer = screen.query_one(Composer)
        for n in range(ANSWERS):
            asked = screen.transcript.turn_count
            await wait_for(pilot, lambda: not composer.locked, what="the composer open")
            composer.focus()
            await type_text(pilot, f"In my own words, answer number {n + 1}.")
            await pilot.press("enter")
            await wait_for(
                pilot,
                lambda: screen.transcript.turn_count >= asked + 2,  # noqa: B023
                what="the reply",
            )
        await pilot.pause(0.3)
    # Each interviewer turn that got a widget: some frame drew it whole with no widget yet.
    replies_with_widgets = 0
    for drawn in sorted({d for d, w in app.frames if d and w}):
        first_with_widget = next(i for i, (d, w) in enumerate(app.frames) if d >= drawn and w)
        assert any(d >= drawn and not w for d, w in app.frames[:first_with_widget]), (
            f"interviewer turn {drawn}: its widget came in the frame that first showed it {app.frames}"
        )
        replies_with_widgets += 1
    assert replies_with_widgets >= 2  # the sample study asks structured questions
