"""The operator's way in: the PIN prompt (in the participant's language: anyone may press the
operator key) and the operator panel (staff only: in the app's language, ``app_translator``).

Escape on the PIN prompt goes back to where the participant was. Five wrong PINs lock the
prompt for 60 s (:class:`~koji_tui.kiosk.pin.PinGuard`, on the kiosk's clock). The panel shows
today's interviews at this station, what is waiting to be sent, the server's state; it changes
the welcome's language and ends kiosk mode (nothing pending is dropped).
"""

from __future__ import annotations

import asyncio
from typing import ClassVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from koji_tui.i18n import Translator, app_translator
from koji_tui.kiosk.stats import TodayCounts, Waiting, today_counts, waiting
from koji_tui.kiosk.texts import OPERATOR, texts_for
from koji_tui.safety import safe_line
from koji_tui.ui.kiosk.host import KioskHost


class KioskPin(ModalScreen[bool]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", show=False)]

    @property
    def host(self) -> KioskHost:
        return cast("KioskHost", self.app)

    def compose(self) -> ComposeResult:
        words = self.host.texts
        with Vertical(id="kiosk-pin", classes="kiosk-dialog"):
            yield Static(words.pin_title, classes="kiosk-title")
            yield Input(placeholder=words.pin_prompt, password=True, max_length=64, id="pin-input")
            yield Static("", id="pin-message", classes="kiosk-status")
            yield Static(words.pin_back, classes="kiosk-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self.tick()

    def tick(self) -> None:
        """Say the lockout's seconds left (the kiosk calls this once a second)."""
        locked = self.host.pin_guard.locked_for()
        field = self.query_one(Input)
        message = self.query_one("#pin-message", Static)
        if locked > 0:
            field.disabled = True
            message.update(self.host.texts.pin_locked.format(n=max(1, round(locked))))
        elif field.disabled and not getattr(self, "_checking", False):
            field.disabled = False
            message.update("")
            field.focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value:
            self._check(event.value)

    @work(exclusive=True, group="pin", exit_on_error=False)
    async def _check(self, pin: str) -> None:
        field = self.query_one(Input)
        self._checking = True
        field.disabled = True
        try:
            outcome = await asyncio.to_thread(self.host.pin_guard.check, pin)
        finally:
            self._checking = False
        field.value = ""
        if outcome.ok:
            self.dismiss(True)
            return
        words = self.host.texts
        message = self.query_one("#pin-message", Static)
        if outcome.locked_for > 0:
            message.update(words.pin_locked.format(n=max(1, round(outcome.locked_for))))
            return
        message.update(words.pin_wrong.format(n=outcome.attempts_left))
        field.disabled = False
        field.focus()

    def action_back(self) -> None:
        self.dismiss(False)


class KioskOperator(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", show=False)]

    @property
    def host(self) -> KioskHost:
        return cast("KioskHost", self.app)

    @property
    def tr(self) -> Translator:
        """The operator's language (the app's), not the participant's."""
        return app_translator()

    def words(self, key: str) -> str:
        return self.tr.gettext(OPERATOR[key])

    def compose(self) -> ComposeResult:
        host = self.host
        words = self.words
        with Vertical(id="kiosk-operator", classes="kiosk-dialog"):
            yield Static(words("title"), classes="kiosk-title")
            yield Static("", id="operator-station")
            yield Static(words("reading"), id="operator-today")
            yield Static("", id="operator-waiting")
            yield Static("", id="operator-server")
            yield Static(words("locale"), id="operator-locale-label")
            with Horizontal(id="operator-locales"):
                for locale in host.locales:
                    yield Button(texts_for(locale).language, id=f"op-lang-{locale}", compact=True)
            with Horizontal(classes="kiosk-buttons"):
                yield Button(words("back"), id="operator-back", classes="kiosk-primary")
                yield Button(words("end"), id="operator-end", classes="kiosk-secondary")
            yield Static("", id="operator-message", classes="kiosk-status")

    def on_mount(self) -> None:
        self.query_one("#operator-back", Button).focus()
        self.refresh_state()
        self.read_figures()

    def refresh_state(self) -> None:
        host = self.host
        loop = host.loop
        if loop is None or loop.online is None:
            server = self.words("unknown")
        elif loop.online:
            server = self.words("online")
        else:
            problem = loop.problem
            why = self.tr.gettext(problem.message) if problem else self.words("no_reply")
            server = self.words("offline").format(why=why)
        self.query_one("#operator-server", Static).update(safe_line(server))
        for button in self.query("#operator-locales Button").results(Button):
            button.set_class(button.id == f"op-lang-{host.locale}", "-chosen")

    @work(exclusive=True, group="operator-figures", exit_on_error=False)
    async def read_figures(self) -> None:
        host = self.host
        loop = host.loop
        if loop is None:
            return
        study = host.study.entry.name
        now = host.clock.now()
        queued = loop.queued

        def read() -> tuple[str, TodayCounts, Waiting]:
            station = loop.station_id or loop.station.info().station_id
            return (
                station,
                today_counts(loop.journal, study, station, now, queued),
                waiting(loop.journal, study, queued),
            )

        station, today, wait = await asyncio.to_thread(read)
        tr = self.tr
        station_line = self.words("station").format(station=station, study=study)
        self.query_one("#operator-station", Static).update(safe_line(station_line))
        self.query_one("#operator-today", Static).update(
            self.words("today").format(
                completed=today.completed, early=today.ended_early, timeout=today.timed_out
            )
        )
        answers, completes = wait.answers, max(wait.completes, loop.finishing)
        self.query_one("#operator-waiting", Static).update(
            self.words("waiting").format(
                answers=tr.ngettext("{n} answer", "{n} answers", answers).format(n=answers),
                completes=tr.ngettext(
                    "{n} interview to complete", "{n} interviews to complete", completes
                ).format(n=completes),
            )
        )

    @on(Button.Pressed, "#operator-locales Button")
    def _locale(self, event: Button.Pressed) -> None:
        event.stop()
        locale = (event.button.id or "").removeprefix("op-lang-")
        if locale in self.host.locales:
            self.host.set_default_locale(locale)
            self.refresh_state()

    @on(Button.Pressed, "#operator-back")
    def _back(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    @on(Button.Pressed, "#operator-end")
    def _end(self, event: Button.Pressed) -> None:
        event.stop()
        self.query_one("#operator-message", Static).update(self.words("ending"))
        for button in self.query(Button).results(Button):
            button.disabled = True
        self.host.end_kiosk()

    def action_back(self) -> None:
        if not self.query_one("#operator-end", Button).disabled:
            self.dismiss(None)


__all__ = ["KioskOperator", "KioskPin"]
