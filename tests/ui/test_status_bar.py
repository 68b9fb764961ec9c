"""StatusBar: countdowns driven by an injected clock, 429 waiting, connection states, 80 columns."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widgets import Static

from koji_tui.paths import styles_dir
from koji_tui.ui.widgets.status_bar import StatusBar
from tests.pilot import driven

NOW = 1_767_600_000.0


class FakeClock:
    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Host(App[None]):
    CSS_PATH = str(styles_dir() / "status_bar.tcss")

    def __init__(self, clock: FakeClock | None = None) -> None:
        super().__init__()
        self.clock = clock or FakeClock()

    def compose(self) -> ComposeResult:
        yield StatusBar(clock=self.clock)
        yield Static("body")

    @property
    def bar(self) -> StatusBar:
        return self.query_one(StatusBar)


def row(app: App[None]) -> str:
    bar = app.query_one(StatusBar)
    return bar.render_lines(Region(0, 0, bar.outer_size.width, 1))[0].text


async def test_rate_limit_countdown_progresses_with_the_clock() -> None:
    clock = FakeClock()
    app = Host(clock)
    async with driven(app, size=(80, 5)) as pilot:
        bar = app.bar
        assert "rate limit: not known yet" in row(app)
        assert not bar.timer_running
        bar.update_rate_limit(60, 57, NOW + 42)
        await pilot.pause()
        assert "● online │ 57/60 requests left · resets in 42s" in row(app)
        assert bar.timer_running
        clock.now += 1
        bar.tick()
        await pilot.pause()
        assert "resets in 41s" in row(app)
        clock.now += 40.5
        bar.tick()
        await pilot.pause()
        assert "resets in 1s" in row(app)
        clock.now += 1
        bar.tick()
        await pilot.pause()
        assert "57/60 requests left · window reset" in row(app)
        assert not bar.timer_running  # nothing left to count: the timer stops


async def test_long_reset_formats_minutes() -> None:
    app = Host()
    async with driven(app, size=(80, 5)) as pilot:
        app.bar.update_rate_limit(1000, 999, NOW + 3599)
        await pilot.pause()
        assert "resets in 59:59" in row(app)
        app.bar.update_rate_limit(1000, 999, NOW + 3700)
        await pilot.pause()
        assert "resets in 1:01:40" in row(app)


async def test_waiting_on_429_counts_down_and_clears() -> None:
    clock = FakeClock()
    app = Host(clock)
    async with driven(app, size=(80, 5)) as pilot:
        bar = app.bar
        bar.update_rate_limit(60, 0, NOW + 12)
        bar.update_activity("waiting_rate_limit", "", NOW + 12)
        await pilot.pause()
        line = row(app)
        assert "0/60" in line and "⏳ waiting 12s for rate limit" in line
        clock.now += 5
        bar.tick()
        await pilot.pause()
        assert "⏳ waiting 7s for rate limit" in row(app)
        clock.now += 7
        bar.update_activity("idle")
        bar.update_rate_limit(60, 60, NOW + 72)
        await pilot.pause()
        assert "waiting" not in row(app)
        assert "60/60 requests left · resets in 1:00" in row(app)


@pytest.mark.parametrize(
    ("state", "detail", "until", "expected"),
    [
        ("pacing", "", 3, "⏱ pacing: next request in 3s"),
        ("retrying", "HTTP 503", 2, "↻ retrying in 2s: HTTP 503"),
        ("offline", "", 5, "○ offline — retrying in 5s"),
        ("reconciling", "", None, "⇄ checking what the server received…"),
        ("sending", "", None, "sending…"),
        ("warming_up", "", None, "warming up"),
    ],
)
async def test_activity_states_are_spelled_out(
    state: str, detail: str, until: float | None, expected: str
) -> None:
    app = Host()
    async with driven(app, size=(100, 5)) as pilot:
        app.bar.update_rate_limit(60, 30, None)
        app.bar.update_activity(state, detail, NOW + until if until else None)
        await pilot.pause()
        assert expected in row(app)


@pytest.mark.parametrize(
    ("state", "shown"),
    [
        ("online", "● online"),
        ("retrying", "↻ retrying"),
        ("offline", "○ offline"),
        ("reconciling", "⇄ reconciling"),
        ("connecting", "◌ connecting"),
        ("mystery", "? mystery"),
    ],
)
async def test_connection_states(state: str, shown: str) -> None:
    app = Host()
    async with driven(app, size=(80, 5)) as pilot:
        app.bar.set_connection(state)
        await pilot.pause()
        assert row(app).startswith(f" {shown} │ ")


async def test_everything_at_once_fits_80_columns_keeping_the_essentials() -> None:
    app = Host()
    async with driven(app, size=(80, 5)) as pilot:
        app.bar.set_connection("reconciling")
        app.bar.update_rate_limit(10000, 0, NOW + 3700)
        app.bar.update_activity("waiting_rate_limit", "server asked for 1 hour", NOW + 3700)
        await pilot.pause()
        line = row(app)
        assert cell_len(line) == 80
        text = app.bar.snapshot()
        assert cell_len(text) <= 78  # padding 1 on each side
        assert text.startswith("⇄ reconciling")
        assert "0/10000" in text and "⏳ waiting 1:01:40 for rate limit" in text
        assert "…" not in line[-3:]  # nothing truncated with an ellipsis


async def test_narrow_terminal_uses_short_forms() -> None:
    app = Host()
    async with driven(app, size=(40, 5)) as pilot:
        app.bar.update_rate_limit(60, 3, NOW + 30)
        app.bar.update_activity("waiting_rate_limit", "", NOW + 30)
        await pilot.pause()
        assert app.bar.snapshot() == "● online │ 3/60 ↻30s │ ⏳ 429: 30s"


async def test_server_detail_is_literal_single_line_text() -> None:
    app = Host()
    async with driven(app, size=(120, 5)) as pilot:
        app.bar.update_activity("retrying", "\x1b[31m[b]boom[/b]\nnext", NOW + 1)
        await pilot.pause()
        line = row(app)
        assert "[31m[b]boom[/b] next" in line
        assert "\x1b" not in line


async def test_interval_timer_ticks_in_real_time() -> None:
    """The 1 s interval really re-renders (the only test that waits on the wall clock)."""
    clock = FakeClock()
    app = Host(clock)
    async with driven(app, size=(80, 5)) as pilot:
        app.bar.update_rate_limit(60, 10, NOW + 30)
        await pilot.pause()
        assert "resets in 30s" in row(app)
        clock.now += 10
        await pilot.pause(1.3)
        assert "resets in 20s" in row(app)


# --------------------------------------------------------------------------- snapshots


class StateHost(Host):
    def __init__(self, state: str) -> None:
        super().__init__()
        self.state = state

    def on_mount(self) -> None:
        bar = self.bar
        if self.state == "fresh":
            return
        if self.state == "normal":
            bar.update_rate_limit(60, 57, NOW + 42)
        elif self.state == "low":
            bar.update_rate_limit(60, 4, NOW + 42)
        elif self.state == "waiting":
            bar.update_rate_limit(60, 0, NOW + 12)
            bar.update_activity("waiting_rate_limit", "", NOW + 12)
        elif self.state == "pacing":
            bar.update_rate_limit(60, 20, NOW + 30)
            bar.update_activity("pacing", "", NOW + 2)
        elif self.state == "offline":
            bar.update_rate_limit(60, 12, NOW + 20)  # last seen online
            bar.set_connection("offline")
            bar.update_rate_limit(60, 60, NOW + 80)  # the client's guess: not shown
            bar.update_activity("offline", "connection refused", NOW + 8)
        elif self.state == "reconciling":
            bar.set_connection("reconciling")
            bar.update_rate_limit(60, 11, NOW + 5)
            bar.update_activity("reconciling")


@pytest.mark.parametrize(
    "state", ["fresh", "normal", "low", "waiting", "pacing", "offline", "reconciling"]
)
def test_snapshot_status_bar(snap_compare, state: str) -> None:
    assert snap_compare(StateHost(state), terminal_size=(80, 24))


def test_snapshot_status_bar_wide(snap_compare) -> None:
    assert snap_compare(StateHost("waiting"), terminal_size=(120, 40))


def test_offline_keeps_the_figures_last_seen_online_and_counts_nothing_down() -> None:
    """Offline, the window is unknown: no countdown, no refill from the client's own
    bookkeeping; the newest figures apply once the connection is back (15, item 9)."""
    now = [NOW]
    bar = StatusBar(clock=lambda: now[0])
    bar.update_rate_limit(60, 12, NOW + 20)
    bar.set_connection("offline")
    bar.update_rate_limit(60, 60, NOW + 80)
    assert "12/60 requests left when last online" in bar.snapshot()
    assert "resets" not in bar.snapshot() and not bar.counting
    bar.set_connection("online")
    assert "60/60 requests left · resets in" in bar.snapshot()
