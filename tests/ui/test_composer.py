"""Composer: Enter sends, locking, text kept on failure, empty/too-long refusals, newline key."""

from __future__ import annotations

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.color import Color
from textual.widgets import Static
from textual.widgets.text_area import Selection

from koji_tui.paths import styles_dir
from koji_tui.ui.widgets.composer import EMPTY_HINT, Composer
from tests.pilot import driven


class Host(App[None]):
    CSS_PATH = str(styles_dir() / "transcript.tcss")

    def __init__(self, max_length: int | None = 10_000) -> None:
        super().__init__()
        self.max_length = max_length
        self.submitted: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static("above", id="above")
        yield Composer(max_length=self.max_length)

    def on_mount(self) -> None:
        self.composer.input.cursor_blink = False
        self.composer.focus()

    @property
    def composer(self) -> Composer:
        return self.query_one(Composer)

    def on_composer_submitted(self, event: Composer.Submitted) -> None:
        assert event.composer is self.composer
        self.submitted.append(event.text)


def hint(app: Host) -> str:
    return str(app.composer.query_one(".composer--hint", Static).render())


def count(app: Host) -> str:
    return str(app.composer.query_one(".composer--count", Static).render())


async def test_enter_sends_stripped_text_and_locks_keeping_it() -> None:
    app = Host()
    async with driven(app) as pilot:
        await pilot.press(*"  hi there ", "enter")
        await pilot.pause()
        assert app.submitted == ["hi there"]
        assert app.composer.locked
        assert app.composer.text == "  hi there "
        assert "waiting for reply…" in hint(app)
        assert app.composer.has_class("-locked")
        # typing and Enter while locked do nothing (no double send)
        await pilot.press("x", "enter")
        await pilot.pause()
        assert app.submitted == ["hi there"]
        assert app.composer.text == "  hi there "
        assert "Your text is kept" in hint(app)


async def test_confirm_sent_clears_and_unlock_accepts_input_again() -> None:
    app = Host()
    async with driven(app) as pilot:
        await pilot.press(*"first", "enter")
        await pilot.pause()
        app.composer.confirm_sent()
        await pilot.pause()
        assert app.composer.text == ""
        assert app.composer.locked
        app.composer.unlock_input()
        await pilot.press(*"second", "enter")
        await pilot.pause()
        assert app.submitted == ["first", "second"]


async def test_failure_keeps_text_and_shows_literal_message() -> None:
    app = Host()
    async with driven(app) as pilot:
        await pilot.press(*"my answer", "enter")
        await pilot.pause()
        app.composer.report_failure("server said [b]nope[/b]")
        await pilot.pause()
        assert not app.composer.locked
        assert app.composer.text == "my answer"
        assert "Not sent: server said [b]nope[/b]" in hint(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.submitted == ["my answer", "my answer"]


@pytest.mark.parametrize("keys", [(), ("space", "space"), ("ctrl+j", "space")])
async def test_empty_text_is_refused_with_a_hint(keys: tuple[str, ...]) -> None:
    app = Host()
    async with driven(app) as pilot:
        await pilot.press(*keys, "enter")
        await pilot.pause()
        assert app.submitted == []
        assert not app.composer.locked
        assert hint(app) == EMPTY_HINT
        await pilot.press("a")
        await pilot.pause()
        assert hint(app) != EMPTY_HINT


async def test_ctrl_j_and_shift_enter_insert_newlines() -> None:
    app = Host()
    async with driven(app) as pilot:
        await pilot.press("a", "ctrl+j", "b", "shift+enter", "c", "enter")
        await pilot.pause()
        assert app.submitted == ["a\nb\nc"]


async def test_newline_replaces_the_selection_undoably_and_not_while_locked() -> None:
    app = Host()
    async with driven(app) as pilot:
        box = app.composer.input
        await pilot.press(*"abcd")
        box.selection = Selection((0, 1), (0, 3))
        await pilot.press("ctrl+j")
        await pilot.pause()
        assert app.composer.text == "a\nd"
        assert box.selection == Selection.cursor((1, 0))  # the cursor follows the newline
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.composer.text == "abcd"
        app.composer.lock_input()
        box.move_cursor((0, 2))
        await pilot.press("ctrl+j")
        await pilot.pause()
        assert app.composer.text == "abcd"  # read-only: nothing inserted


async def test_paste_keeps_newlines() -> None:
    app = Host()
    async with driven(app) as pilot:
        # the way a terminal paste arrives: at the app, which forwards it to the focus
        app.post_message(events.Paste("line 1\nline 2"))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.submitted == ["line 1\nline 2"]


async def test_near_and_over_limit() -> None:
    app = Host(max_length=10)
    async with driven(app) as pilot:
        await pilot.press(*"1234567")
        await pilot.pause()
        assert count(app) == ""
        await pilot.press("8")
        await pilot.pause()
        assert count(app) == "8/10"
        await pilot.press(*"9012")
        await pilot.pause()
        assert count(app) == "12/10"
        await pilot.press("enter")
        await pilot.pause()
        assert app.submitted == []
        assert "Too long by 2 characters (limit 10)" in hint(app)
        assert app.composer.text == "123456789012"


async def test_restore_puts_text_back() -> None:
    app = Host()
    async with driven(app) as pilot:
        app.composer.restore("pending answer")
        await pilot.press("!", "enter")
        await pilot.pause()
        assert app.submitted == ["pending answer!"]


async def test_lock_without_submit() -> None:
    app = Host()
    async with driven(app) as pilot:
        app.composer.lock_input("starting the interview…")
        await pilot.press("a", "enter")
        await pilot.pause()
        assert app.submitted == [] and app.composer.text == ""
        assert "starting the interview…" in hint(app)


# --------------------------------------------------------------------------- snapshots


class StateHost(Host):
    def __init__(self, state: str) -> None:
        super().__init__(max_length=100)
        self.state = state

    def on_mount(self) -> None:
        super().on_mount()
        composer = self.composer
        if self.state == "locked":
            composer.restore("I mostly use the weekly report.")
            composer.submit()
        elif self.state == "failed":
            composer.restore("I mostly use the weekly report.")
            composer.submit()
            composer.report_failure("connection refused")
        elif self.state == "near-limit":
            composer.restore("x" * 95)
        elif self.state == "multiline":
            composer.restore("first line\nsecond line\nthird line")


@pytest.mark.parametrize("state", ["idle", "locked", "failed", "near-limit", "multiline"])
def test_snapshot_composer(snap_compare, state: str) -> None:
    assert snap_compare(StateHost(state), terminal_size=(80, 24))


def test_snapshot_composer_wide(snap_compare) -> None:
    assert snap_compare(StateHost("failed"), terminal_size=(120, 40))


async def test_long_failure_message_wraps_instead_of_being_cut() -> None:
    app = Host()
    async with driven(app, size=(60, 20)) as pilot:
        await pilot.press(*"answer", "enter")
        app.composer.report_failure("the server closed the connection before replying " * 2)
        await pilot.pause()
        hint_widget = app.composer.query_one(".composer--hint", Static)
        assert hint_widget.size.height >= 2


async def test_newline_keeps_its_place_in_a_fast_key_burst() -> None:
    """Keys queued at once (a macro, a fast terminal) must land in order."""
    app = Host()
    async with driven(app) as pilot:
        burst = [events.Key(ch, ch) for ch in "hello"]
        burst.append(events.Key("ctrl+j", "\n"))
        burst += [events.Key(ch, ch) for ch in "second"]
        for key in burst:
            app.post_message(key)
        await pilot.pause()
        assert app.composer.text == "hello\nsecond"


# --------------------------------------------------------------------------- transcript keys


class TranscriptHost(App[None]):
    """A transcript above the composer, scrolled as the interview screen is asked to."""

    CSS_PATH = str(styles_dir() / "transcript.tcss")
    CSS = "Transcript { height: 1fr; }"

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[str] = []

    def compose(self) -> ComposeResult:
        from koji_tui.ui.widgets.transcript import Transcript

        yield Transcript(id="transcript")
        yield Composer()

    def on_mount(self) -> None:
        self.query_one(Composer).input.cursor_blink = False
        self.query_one(Composer).focus()

    # The handler the interview screen needs (see the report for issue 15 item 5).
    def on_composer_scroll_requested(self, event: Composer.ScrollRequested) -> None:
        from koji_tui.ui.widgets.transcript import Transcript

        event.stop()
        self.requests.append(event.where)
        transcript = self.query_one(Transcript)
        if event.where == "end":
            transcript.follow()
        elif event.where == "page_down":
            transcript.scroll_page_down(animate=False)
        else:
            transcript.scroll_page_up(animate=False)


async def _scrolled_up(app: TranscriptHost, pilot) -> None:
    from koji_tui.ui.widgets.transcript import Transcript, TurnView

    transcript = app.query_one(Transcript)
    transcript.load([TurnView("interviewer", f"Question {n}?", turn_no=n) for n in range(40)])
    await pilot.pause()
    transcript.scroll_home(animate=False)
    await pilot.pause()
    transcript.append(TurnView("interviewer", "A new question?", turn_no=41))
    await pilot.pause()
    assert not transcript.is_following and transcript.new_below.display


@pytest.mark.parametrize("key", ["end", "ctrl+end"])
async def test_end_to_jump_works_from_an_empty_composer(key: str) -> None:
    from koji_tui.ui.widgets.transcript import Transcript

    app = TranscriptHost()
    async with driven(app, size=(80, 24)) as pilot:
        await _scrolled_up(app, pilot)
        await pilot.press(key)
        await pilot.pause()
        transcript = app.query_one(Transcript)
        assert app.requests == ["end"]
        assert transcript.is_following and not transcript.new_below.display
        assert transcript.scroll_y == transcript.max_scroll_y
        assert app.focused is app.query_one(Composer).input  # typing goes on


async def test_pagedown_and_pageup_scroll_the_transcript_from_an_empty_composer() -> None:
    from koji_tui.ui.widgets.transcript import Transcript

    app = TranscriptHost()
    async with driven(app, size=(80, 24)) as pilot:
        await _scrolled_up(app, pilot)
        transcript = app.query_one(Transcript)
        await pilot.press("pagedown")
        await pilot.pause()
        assert transcript.scroll_y > 0
        await pilot.press("pageup")
        await pilot.pause()
        assert transcript.scroll_y == 0
        assert app.requests == ["page_down", "page_up"]


async def test_end_in_the_middle_of_a_line_still_moves_the_cursor_first() -> None:
    app = TranscriptHost()
    async with driven(app, size=(80, 24)) as pilot:
        composer = app.query_one(Composer)
        await pilot.press(*"hello", "home", "end")
        assert composer.input.cursor_location == (0, 5)
        assert app.requests == []
        await pilot.press("end")  # now at the end of the line: the transcript's key
        assert app.requests == ["end"]
        await pilot.press("shift+home", "end")  # a selection: End collapses it first
        assert composer.input.selection.start == composer.input.selection.end == (0, 5)
        assert app.requests == ["end"]
        await pilot.press(*"x", "ctrl+j", *"second", "up", "pagedown")
        assert composer.input.cursor_location[0] == 1  # PageDown moved to the last line
        assert app.requests == ["end"]
        assert composer.text == "hellox\nsecond"


async def test_the_waiting_look_follows_a_theme_change_and_goes_with_the_wait() -> None:
    """The muted look of a waiting box is the box's own colour and border (not a restyle):
    switching themes while it waits draws it in the new theme's colours; unlocked, the
    stylesheet's look is back (no colour of its own left)."""
    app = Host()
    async with driven(app) as pilot:
        composer = app.composer
        await pilot.press(*"an answer", "enter")
        await pilot.pause()
        assert composer.locked and composer.input.read_only
        styles = composer.input.styles
        muted = Color.parse(app.theme_variables["foreground-muted"])
        assert styles.color == muted
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await pilot.pause()
        await pilot.pause()
        now_muted = Color.parse(app.theme_variables["foreground-muted"])
        assert now_muted != muted  # the themes differ there
        assert styles.color == now_muted
        composer.unlock_input()
        await pilot.pause()
        assert not composer.input.read_only
        assert not styles.inline.has_rule("color") and not styles.inline.has_rule("border_top")
