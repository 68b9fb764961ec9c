"""StableFooter: rebuilt when the keys it shows change, not on every focus change."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Button

from koji_tui.ui.widgets.footer import StableFooter
from tests.pilot import driven


class _Footed(App[None]):
    BINDINGS: ClassVar[list[Binding]] = [
        Binding("f7", "resend", "Resend"),
        Binding("f2", "other", "Other"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.can_resend = False
        self.composes = 0

    def compose(self) -> ComposeResult:
        yield Button("one", id="one")
        yield Button("two", id="two")
        yield StableFooter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "resend":
            return self.can_resend
        return True


def _keys(app: App[Any]) -> list[str]:
    return [getattr(key, "key", "") for key in app.screen.query("FooterKey")]


async def test_the_footer_follows_the_keys_shown_and_skips_focus_changes() -> None:
    app = _Footed()
    async with driven(app) as pilot:
        footer = app.screen.query_one(StableFooter)
        original = footer.compose

        def counting() -> Any:
            app.composes += 1
            return original()

        footer.compose = counting  # type: ignore[method-assign]
        await pilot.pause()
        assert "f7" not in _keys(app) and "f2" in _keys(app)

        before = app.composes
        app.query_one("#two").focus()
        await pilot.pause()
        app.query_one("#one").focus()
        await pilot.pause()
        assert app.composes == before  # the same keys: not rebuilt
        assert "f2" in _keys(app)

        app.can_resend = True
        app.refresh_bindings()
        await pilot.pause()
        assert "f7" in _keys(app)  # a key that now applies is shown
        assert app.composes == before + 1

        app.can_resend = False
        app.refresh_bindings()
        await pilot.pause()
        assert "f7" not in _keys(app)
