"""Transcript widget: literal rendering, streaming, scrolling/anchoring, states, big loads."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import PurePath
from typing import Any, ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widgets import Button

from koji_tui.paths import styles_dir
from koji_tui.ui.widgets.transcript import (
    Transcript,
    TurnHistory,
    TurnView,
    sanitize_text,
)
from tests.pilot import driven
from tests.ui.app_helpers import screen_rows

T0 = datetime(2026, 1, 5, 14, 2)


def hhmm(ts: datetime) -> str:
    return ts.strftime("%H:%M")


class Host(App[None]):
    CSS_PATH = str(styles_dir() / "transcript.tcss")

    def compose(self) -> ComposeResult:
        yield Transcript(time_format=hhmm, clock=lambda: T0, id="transcript")

    @property
    def transcript(self) -> Transcript:
        return self.query_one(Transcript)


def screen_text(app: App[None]) -> list[str]:
    """The rendered screen, one string per row."""
    return screen_rows(app)


def turns(count: int, words: int = 12) -> list[TurnView]:
    out = []
    for index in range(count):
        role = "interviewer" if index % 2 == 0 else "respondent"
        text = f"turn{index + 1} " + " ".join(f"w{index + 1}x{j}" for j in range(words))
        out.append(TurnView(role, text, timestamp=T0 + timedelta(minutes=index), turn_no=index + 1))
    return out


# --------------------------------------------------------------------------- literal text


def test_sanitize_text_makes_controls_visible() -> None:
    assert sanitize_text("\x1b[31mred\x1b[0m") == "␛[31mred␛[0m"
    assert sanitize_text("a\r\nb\rc") == "a\nb\nc"
    assert sanitize_text("bell\x07 del\x7f") == "bell␇ del␡"
    assert sanitize_text("\x9b31m") == "␛[31m"  # C1 CSI
    assert sanitize_text("evil\u202etxt") == "evil<U+202E>txt"
    assert sanitize_text("a\tb") == "a   b"
    assert sanitize_text("[bold]x[/]") == "[bold]x[/]"
    plain = "nothing to do here"
    assert sanitize_text(plain) is plain


@given(st.text())
def test_sanitize_text_leaves_no_control_characters(text: str) -> None:
    cleaned = sanitize_text(text)
    bad = [ch for ch in cleaned if ch != "\n" and (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F)]
    assert bad == []


async def test_markup_and_escape_sequences_render_literally() -> None:
    app = Host()
    async with driven(app, size=(100, 20)) as pilot:
        app.transcript.append(
            TurnView(
                "interviewer",
                "Say [bold]x[/] and [red]y[/red] \x1b[31mred\x1b[0m bell\x07 csi\x9b2J",
                turn_no=1,
            )
        )
        app.transcript.append(TurnView("respondent", "[link=http://x]me[/link] \x1b]0;title\x07"))
        await pilot.pause()
        screen = "\n".join(screen_text(app))
        assert "Say [bold]x[/] and [red]y[/red] ␛[31mred␛[0m bell␇ csi␛[2J" in screen
        assert "[link=http://x]me[/link] ␛]0;title␇" in screen
        assert "\x1b" not in screen and "\x07" not in screen and "\x9b" not in screen


async def test_roles_are_told_apart_without_colour() -> None:
    app = Host()
    async with driven(app, size=(80, 12)) as pilot:
        app.transcript.load(
            [
                TurnView("interviewer", "How often?", timestamp=T0, turn_no=1),
                TurnView("respondent", "Daily.", timestamp=T0, turn_no=2),
            ]
        )
        await pilot.pause()
        lines = [line for line in screen_text(app) if line.strip()]
        assert lines[0].startswith(" │ Interviewer · #1 · 14:02")
        assert lines[1].startswith(" │ How often?")
        # the respondent is indented and uses a different gutter glyph and label
        assert lines[2].startswith("     ┃ You · #2 · 14:02")
        assert lines[3].startswith("     ┃ Daily.")


# --------------------------------------------------------------------------- states


async def test_pending_sending_failed_states_are_spelled_out() -> None:
    app = Host()
    async with driven(app, size=(100, 12)) as pilot:
        handle = app.transcript.append(TurnView("respondent", "My answer", state="pending"))
        await pilot.pause()
        assert any("You · 14:02  ◌ pending" in line for line in screen_text(app))
        app.transcript.update_turn(handle, state="sending")
        await pilot.pause()
        assert any("… sending" in line for line in screen_text(app))
        app.transcript.update_turn(handle, state="failed", detail="connection [b]refused[/b]")
        await pilot.pause()
        assert any("✗ not sent — connection [b]refused[/b]" in line for line in screen_text(app))
        app.transcript.update_turn(handle, state="sent", turn_no=2, detail=None)
        await pilot.pause()
        header = next(line for line in screen_text(app) if "You" in line)
        assert header.rstrip().endswith("You · #2 · 14:02")
        assert app.transcript.get_turn(handle).state == "sent"


async def test_system_notices() -> None:
    app = Host()
    async with driven(app, size=(80, 10)) as pilot:
        app.transcript.notice("Interview complete — quality score 4.2/5", kind="success")
        app.transcript.notice("Reconnected")
        app.transcript.notice("Server said: \x1b[1mboom[/]", kind="error")
        await pilot.pause()
        screen = screen_text(app)
        assert any("✓ 14:02  Interview complete — quality score 4.2/5" in s for s in screen)
        assert any("• 14:02  Reconnected" in s for s in screen)
        assert any("✗ 14:02  Server said: ␛[1mboom[/]" in s for s in screen)


def test_turn_view_validates() -> None:
    with pytest.raises(ValueError):
        TurnView("bot", "x")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        TurnView("interviewer", "x", state="lost")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        TurnView("interviewer", None)  # type: ignore[arg-type]


async def test_unknown_handle_is_a_clear_error() -> None:
    app = Host()
    async with driven(app, size=(80, 10)):
        with pytest.raises(KeyError, match="no turn with handle"):
            app.transcript.update_turn(12345, state="sent")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- streaming


async def test_streaming_reply_renders_live_then_settles() -> None:
    app = Host()
    async with driven(app, size=(80, 12)) as pilot:
        transcript = app.transcript
        transcript.append(TurnView("respondent", "I use it daily", turn_no=2))
        handle = transcript.begin_stream(turn_no=3)
        assert transcript.is_streaming
        await pilot.pause()
        assert any("Interviewer · #3 · 14:02  … typing" in s for s in screen_text(app))
        transcript.append_stream("That's ")
        transcript.append_stream("[i]great[/i] \x1b[2J")
        await pilot.pause()
        assert any("│ That's [i]great[/i] ␛[2J▍" in s for s in screen_text(app))
        settled = transcript.end_stream("That's great. Why daily?")
        assert settled == handle and not transcript.is_streaming
        await pilot.pause()
        screen = screen_text(app)
        assert any("│ That's great. Why daily?" in s for s in screen)
        assert not any("typing" in s or "▍" in s for s in screen)
        assert transcript.get_turn(handle).state == "sent"


async def test_end_stream_without_final_keeps_streamed_text() -> None:
    app = Host()
    async with driven(app, size=(80, 12)) as pilot:
        handle = app.transcript.begin_stream()
        app.transcript.append_stream("Hello ")
        app.transcript.append_stream("there")
        app.transcript.end_stream()
        await pilot.pause()
        assert app.transcript.get_turn(handle).text == "Hello there"


async def test_cancel_stream_removes_empty_turn_and_marks_partial_one() -> None:
    app = Host()
    async with driven(app, size=(80, 12)) as pilot:
        app.transcript.begin_stream()
        app.transcript.cancel_stream("Connection lost")
        await pilot.pause()
        assert app.transcript.turn_count == 1  # only the notice
        assert any("✗ 14:02  Connection lost" in s for s in screen_text(app))
        handle = app.transcript.begin_stream()
        app.transcript.append_stream("Half a rep")
        app.transcript.cancel_stream()
        await pilot.pause()
        assert app.transcript.get_turn(handle).state == "failed"
        assert any("reply interrupted" in s for s in screen_text(app))


# --------------------------------------------------------------------------- scrolling


async def test_follows_bottom_while_at_bottom() -> None:
    app = Host()
    async with driven(app, size=(80, 20)) as pilot:
        app.transcript.load(turns(40))
        await pilot.pause()
        assert app.transcript.scroll_y == app.transcript.max_scroll_y > 0
        for turn in turns(45)[40:]:
            app.transcript.append(turn)
            await pilot.pause()
            assert app.transcript.scroll_y == app.transcript.max_scroll_y
        assert any("turn45 " in s for s in screen_text(app))
        assert app.transcript.is_following
        assert not app.transcript.new_below.display


async def test_append_while_scrolled_up_keeps_position() -> None:
    app = Host()
    async with driven(app, size=(80, 20)) as pilot:
        transcript = app.transcript
        transcript.load(turns(60))
        transcript.focus()
        await pilot.pause()
        await pilot.press("pageup", "pageup")
        await pilot.pause()
        position = transcript.scroll_y
        assert 0 < position < transcript.max_scroll_y
        before = [line[:-1] for line in screen_text(app)]  # minus the scrollbar column
        assert not transcript.is_following
        for turn in turns(65)[60:]:
            transcript.append(turn)
        handle = transcript.begin_stream()
        transcript.append_stream("streaming words " * 30)
        await pilot.pause()
        assert transcript.scroll_y == position
        after = [line[:-1] for line in screen_text(app)]
        assert after[:-1] == before[:-1]
        # the last row now carries the "new messages below" marker
        assert "↓ new messages below — End to jump" in after[-1]
        assert transcript.new_below.display
        # going back to the end follows again
        await pilot.press("end")
        await pilot.pause()
        assert transcript.is_following
        assert not transcript.new_below.display
        transcript.end_stream(turn_no=66)
        transcript.append(TurnView("respondent", "the very last", turn_no=67))
        await pilot.pause()
        assert transcript.scroll_y == transcript.max_scroll_y
        assert any("the very last" in s for s in screen_text(app))
        assert transcript.get_turn(handle).turn_no == 66


async def test_keyboard_scrolling() -> None:
    app = Host()
    async with driven(app, size=(80, 20)) as pilot:
        transcript = app.transcript
        transcript.load(turns(30))
        transcript.focus()
        await pilot.pause()
        bottom = transcript.scroll_y
        await pilot.press("pageup")
        await pilot.pause()
        assert transcript.scroll_y < bottom
        await pilot.press("home")
        await pilot.pause()
        assert transcript.scroll_y == 0
        assert any("Interviewer · #1 · 14:02" in s for s in screen_text(app))
        await pilot.press("pagedown", "down")
        await pilot.pause()
        assert transcript.scroll_y > 0
        await pilot.press("end")
        await pilot.pause()
        assert transcript.scroll_y == transcript.max_scroll_y


async def test_two_thousand_turns_load_and_end_is_visible() -> None:
    app = Host()
    async with driven(app, size=(120, 40)) as pilot:
        app.transcript.load(turns(2000))
        await pilot.pause()
        screen = screen_text(app)
        assert any("Interviewer · #1999" in s for s in screen)
        assert any("You · #2000" in s for s in screen)
        assert any("turn2000 " in s for s in screen)
        assert app.transcript.turn_count == 2000
        history = app.transcript.query_one(TurnHistory)
        assert history.total_lines >= 2000 * 3  # header + body + gap per turn


# --------------------------------------------------------------------------- wrapping


async def test_resize_rewraps_without_losing_text() -> None:
    app = Host()
    long = "alpha " * 30 + "omega"
    async with driven(app, size=(120, 30)) as pilot:
        handle = app.transcript.append(TurnView("interviewer", long, turn_no=1))
        await pilot.pause()
        history = app.transcript.history
        _, wide_height = history.lines_for(handle)
        await pilot.resize_terminal(50, 30)
        await pilot.pause()
        _, narrow_height = history.lines_for(handle)
        assert narrow_height > wide_height
        lines = list(history.iter_plain_lines())
        body = " ".join(line[2:].strip() for line in lines[1:-1])
        assert body == long
        assert all(cell_len(line) <= 48 for line in lines)


async def test_wide_characters_wrap_within_width() -> None:
    app = Host()
    text = "日本語のテキストはとても長いです" * 6 + " 🎉🎉🎉 done"
    async with driven(app, size=(40, 30)) as pilot:
        app.transcript.append(TurnView("respondent", text, turn_no=1))
        await pilot.pause()
        lines = list(app.transcript.history.iter_plain_lines())
        assert all(cell_len(line) <= 38 for line in lines)
        assert "".join(line[6:] for line in lines[1:-1]).replace(" ", "") == text.replace(" ", "")


# --------------------------------------------------------------------------- attachments


async def test_mount_below_last_and_load_clears_it() -> None:
    app = Host()
    async with driven(app, size=(80, 20)) as pilot:
        app.transcript.load(turns(30))
        await pilot.pause()
        await app.transcript.mount_below_last(Button("Yes", id="answer"))
        await pilot.pause()
        assert app.transcript.children[-1].id == "answer"
        button = app.query_one("#answer")
        assert button.region.bottom <= app.transcript.region.bottom
        assert button.region.y > app.transcript.history.region.y
        app.transcript.append(TurnView("interviewer", "after", turn_no=31))
        await pilot.pause()
        assert app.transcript.children[-1].id == "answer"
        app.transcript.load(turns(2))
        await pilot.pause()
        assert not app.query("#answer")
        app.transcript.clear()
        await pilot.pause()
        assert app.transcript.turn_count == 0


# --------------------------------------------------------------------------- snapshots


class SnapshotHost(Host):
    def on_mount(self) -> None:
        transcript = self.transcript
        transcript.load(turns(6, words=9))
        transcript.append(
            TurnView(
                "interviewer",
                "On a scale of 0 to 10, how likely are you to recommend us? "
                "[bold]not markup[/] \x1b[31mnot red\x1b[0m",
                timestamp=T0,
                turn_no=7,
            )
        )
        handle = transcript.append(TurnView("respondent", "9", timestamp=T0, turn_no=8))
        transcript.update_turn(handle, state="failed", detail="connection refused")
        transcript.notice("Reconnected", timestamp=T0)
        transcript.append(
            TurnView("respondent", "9 — sending again", timestamp=T0, state="sending")
        )
        transcript.begin_stream(turn_no=9, timestamp=T0)
        transcript.append_stream("Thanks! What would make it a 10?")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_snapshot_transcript(snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(SnapshotHost(), terminal_size=size)


class CompleteHost(Host):
    def on_mount(self) -> None:
        self.transcript.load(turns(3, words=5))
        self.transcript.notice(
            "Interview complete — quality score 4.2/5", kind="success", timestamp=T0
        )


def test_snapshot_transcript_complete(snap_compare) -> None:
    assert snap_compare(CompleteHost(), terminal_size=(80, 24))


async def test_theme_change_restyles_turns() -> None:
    app = Host()
    async with driven(app, size=(60, 10)) as pilot:
        app.transcript.append(TurnView("interviewer", "hello", turn_no=1))
        await pilot.pause()

        def label_colour() -> object:
            history = app.transcript.history  # the last interviewer turn: drawn by its tail
            for widget in (history, history.tail):
                for strip in widget.render_lines(Region(0, 0, *widget.outer_size)):
                    for segment in strip:
                        if "Interviewer" in segment.text and segment.style is not None:
                            return segment.style.color
            raise AssertionError("label not on screen")

        before = label_colour()
        app.theme = "textual-light"
        await pilot.pause()
        assert label_colour() != before


@given(
    text=st.text(
        alphabet=st.sampled_from(
            ["a", "b", " ", " ", "\n", "日", "🎉", "é", "\u0301", "-", "\x1b", "\t", "\u200b"]
        ),
        max_size=200,
    ),
    width=st.integers(min_value=1, max_value=60),
    role=st.sampled_from(["interviewer", "respondent", "system"]),
)
def test_wrapping_never_overflows_and_never_loses_text(text: str, width: int, role: str) -> None:
    history = TurnHistory(time_format=hhmm, clock=lambda: T0)
    handle = history.add(TurnView(role, text, timestamp=T0))  # type: ignore[arg-type]
    history._relayout(width)
    history.live_height(width)  # a last interviewer turn is the tail's to wrap
    entry = history._entries[history._index[handle]]
    assert entry.spans is not None
    clean = sanitize_text(text)
    lines = [clean[entry.spans[i] : entry.spans[i + 1]] for i in range(0, len(entry.spans), 2)]
    if role == "system":
        prefix = 11 if 11 <= width // 2 else 4  # "  • " + "14:02  " when it fits
        avail = max(1, width - prefix)
    else:
        avail = max(1, width - (6 if role == "respondent" and width >= 30 else 2))
    for line in lines:
        assert cell_len(line) <= max(avail, 2)
    # only spaces at wrap points are dropped
    assert "".join(lines).replace(" ", "") == clean.replace("\n", "").replace(" ", "")
    assert entry.height == len(lines) + (1 if role == "system" else 2)


def test_snapshot_transcript_no_color(snap_compare, monkeypatch: pytest.MonkeyPatch) -> None:
    """With NO_COLOR the roles and states stay readable (labels, glyphs, indentation)."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = SnapshotHost()
    assert app.no_color
    assert snap_compare(app, terminal_size=(80, 24))


# --------------------------------------------------------------------------- stems (issue 8)

SIX = (
    "Thanks, that helps!\n\nWhich of these tools does your team use most?\n\n"
    "1. Slack\n2. Microsoft Teams\n3. Zoom\n4. Google Meet\n5. Discord\n6. Webex\n"
    "7. Other (please specify)"
)
STEM = "Which of these tools does your team use most?"
TOOLS = ["Slack", "Microsoft Teams", "Zoom", "Google Meet", "Discord", "Webex"]


class ScreenLikeHost(App[None]):
    """The interview screen's shape at 80x24: a header row, the transcript, and below it the
    composer, the status bar and the hint line (six rows in all)."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [
        styles_dir() / "transcript.tcss",
        styles_dir() / "answers.tcss",
    ]
    CSS = """
    #header { dock: top; height: 1; }
    #below { dock: bottom; height: 5; }
    """

    def compose(self) -> ComposeResult:
        from textual.widgets import Static

        yield Static("Interview", id="header")
        yield Static("composer\n\n\nstatus\nhints", id="below")
        yield Transcript(time_format=hhmm, clock=lambda: T0, id="transcript")

    @property
    def transcript(self) -> Transcript:
        return self.query_one(Transcript)


async def _ask_six(pilot, app: ScreenLikeHost, *, with_stem: bool):
    from koji_tui.questions import detect_question, stem_for_display
    from koji_tui.ui.widgets.answers import answer_widget_for

    question = detect_question(SIX)
    widget = answer_widget_for(question)
    assert widget is not None
    transcript = app.transcript
    transcript.append(TurnView("respondent", "We have about forty people.", turn_no=2))
    handle = transcript.append(TurnView("interviewer", SIX, turn_no=3))
    stem = stem_for_display(SIX, question) if with_stem else None
    await transcript.mount_below_last(widget, stem=stem)
    widget.focus()
    for _ in range(3):
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
    return handle, widget


async def test_at_80x24_the_stem_stays_on_screen_with_the_widget() -> None:
    app = ScreenLikeHost()
    async with driven(app, size=(80, 24)) as pilot:
        handle, widget = await _ask_six(pilot, app, with_stem=True)
        screen = "\n".join(screen_text(app))
        assert STEM in screen
        for tool in TOOLS:  # listed once: in the widget, not in the message above it
            assert screen.count(tool) == 1, (tool, screen)
        assert widget.region.bottom <= app.query_one("#below").region.y
        assert app.transcript.get_turn(handle).text == SIX  # the turn keeps its own text


async def test_without_the_stem_six_options_push_the_question_off_screen() -> None:
    """The state issue 8 reported (and the reason for ``stem``): the options twice, no stem."""
    app = ScreenLikeHost()
    async with driven(app, size=(80, 24)) as pilot:
        await _ask_six(pilot, app, with_stem=False)
        screen = "\n".join(screen_text(app))
        assert STEM not in screen
        assert screen.count("Discord") == 2


async def test_the_whole_message_comes_back_when_the_widget_goes() -> None:
    app = ScreenLikeHost()
    async with driven(app, size=(80, 24)) as pilot:
        handle, widget = await _ask_six(pilot, app, with_stem=True)
        history = app.transcript.history
        assert "Discord" not in history.shown_text(handle)
        await widget.remove()
        await pilot.pause()
        await pilot.pause()
        assert history.shown_text(handle) == SIX
        assert any("6. Webex" in line for line in history.iter_plain_lines())


async def test_clear_attachments_and_a_new_widget_bring_the_message_back() -> None:
    app = ScreenLikeHost()
    async with driven(app, size=(80, 24)) as pilot:
        handle, _widget = await _ask_six(pilot, app, with_stem=True)
        history = app.transcript.history
        app.transcript.clear_attachments()
        assert history.shown_text(handle) == SIX
        second, _ = await _ask_six(pilot, app, with_stem=True)
        assert "Discord" not in history.shown_text(second)
        third, _ = await _ask_six(pilot, app, with_stem=True)  # the next question's widget
        assert history.shown_text(second) == SIX
        assert "Discord" not in history.shown_text(third)


async def test_a_stem_is_shown_as_literal_text() -> None:
    app = Host()
    async with driven(app, size=(80, 24)) as pilot:
        from textual.widgets import Static

        handle = app.transcript.append(TurnView("interviewer", "Pick one\n- a\n- b", turn_no=1))
        await app.transcript.mount_below_last(Static("widget"), stem="[b]Pick[/b] \x1b[31mone")
        await pilot.pause()
        assert app.transcript.history.shown_text(handle) == "[b]Pick[/b] ␛[31mone"
        assert any("[b]Pick[/b] ␛[31mone" in row for row in screen_text(app))


async def test_a_streaming_reply_grows_the_tail_and_leaves_the_history_as_it_is() -> None:
    """While the interviewer's reply streams (and after, until the answer), its lines are
    drawn by the history's tail: the history keeps its height, and with it every line of it
    already drawn; the answer brings the reply into the history. The text stays whole and in
    order throughout."""
    app = Host()
    async with driven(app, size=(60, 20)) as pilot:
        transcript = app.transcript
        transcript.load(turns(40, words=6))  # ends with a respondent turn
        await pilot.pause()
        history, tail = transcript.history, transcript.history.tail
        height = history.size.height
        assert tail.size.height == 0
        transcript.begin_stream(turn_no=41)
        for n in range(12):
            transcript.append_stream(f"piece{n} of the reply, long enough to wrap. ")
            await pilot.pause()
            assert history.size.height == height, f"the history grew at piece {n}"
        grown = tail.size.height
        assert grown >= 6 and history.total_lines == height + grown
        drawn = " ".join(strip.text for strip in tail.render_lines(Region(0, 0, *tail.outer_size)))
        assert "Interviewer" in drawn and "piece11" in drawn
        transcript.end_stream()
        await pilot.pause()
        assert history.size.height == height and tail.size.height == grown
        assert transcript.is_drawn(transcript.handles[-1])
        transcript.append(TurnView("respondent", "My answer.", timestamp=T0, turn_no=42))
        await pilot.pause()
        assert tail.size.height == 0 and history.size.height == height + grown + 3
        lines = list(history.iter_plain_lines())
        joined = " ".join(lines)
        assert all(f"piece{n} " in joined for n in range(12))
        assert joined.index("piece11") < joined.index("My answer.")


async def test_a_piece_of_a_reply_redraws_only_the_lines_it_changed() -> None:
    """Text added at the end of the streaming reply (its height unchanged) draws again only
    from its first changed line (the old last line had the cursor); an answer's state change
    draws only that answer's lines, not every line of the history on screen."""
    app = Host()
    async with driven(app, size=(60, 30)) as pilot:
        transcript = app.transcript
        transcript.load(turns(10, words=6))
        await pilot.pause()
        history, tail = transcript.history, transcript.history.tail
        drawn: list[tuple[str, int]] = []
        for name, widget in (("history", history), ("tail", tail)):
            draw = widget.render_line

            def counted(y: int, _draw: Any = draw, _name: str = name) -> Any:
                drawn.append((_name, y))
                return _draw(y)

            widget.render_line = counted  # type: ignore[method-assign]
        transcript.begin_stream(turn_no=11)
        transcript.append_stream("one two three four five six seven eight nine ten " * 4)
        await pilot.pause()
        assert tail.size.height >= 5
        drawn.clear()
        transcript.append_stream("x")  # the last line grows by a letter: same height
        await pilot.pause()
        rows = sorted(y for name, y in drawn if name == "tail")
        assert rows and min(rows) >= tail.size.height - 2, rows
        assert not [y for name, y in drawn if name == "history"], "the history was redrawn"
        answer = transcript.handles[-2]  # a respondent turn in the history
        first, count = history.lines_for(answer)
        drawn.clear()
        transcript.update_turn(answer, state="failed", detail="not sent")
        await pilot.pause()
        rows = sorted(y for name, y in drawn if name == "history")
        assert rows and set(rows) <= set(range(first, first + count)), (rows, first, count)
