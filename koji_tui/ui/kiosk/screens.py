"""The kiosk's screens around the interview: welcome (title, welcome text, language), consent,
the participant's name or code, and thank-you.

Every screen is made anew for each participant (nothing carries over), speaks the language
chosen on the welcome screen, and has no key that leaves the kiosk: Escape does nothing here.
"""

from __future__ import annotations

from typing import ClassVar, cast

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Input, Static

from koji_tui.kiosk.texts import pick, texts_for
from koji_tui.safety import safe_line, safe_text
from koji_tui.ui.kiosk.host import KioskHost


class KioskScreen(Screen[None]):
    """A kiosk screen. ``IDLE_GUARD``: the idle guard watches while it is on screen."""

    IDLE_GUARD: ClassVar[bool] = False

    @property
    def host(self) -> KioskHost:
        return cast("KioskHost", self.app)


class ChoiceButton(Button, can_focus=False):
    """A button for the mouse; its key is on the screen (the welcome's languages, Enter)."""


class WelcomeScreen(KioskScreen):
    """Title, welcome text, the language choice, "press Enter to begin"; offline: says so."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "begin", show=False),
        Binding("left", "language(-1)", show=False),
        Binding("right", "language(1)", show=False),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="kiosk-welcome", classes="kiosk-card"):
            yield Static("", id="welcome-title", classes="kiosk-title")
            yield Static("", id="welcome-text", classes="kiosk-body")
            with Horizontal(id="welcome-languages"):
                for locale in self.host.locales:
                    yield ChoiceButton(
                        texts_for(locale).language, id=f"lang-{locale}", classes="kiosk-language"
                    )
            yield Static("", id="welcome-language-hint", classes="kiosk-hint")
            yield ChoiceButton("", id="welcome-begin", classes="kiosk-primary")
            yield Static("", id="welcome-status", classes="kiosk-status")

    def on_mount(self) -> None:
        self.query_one("#welcome-languages").display = len(self.host.locales) > 1
        self.query_one("#welcome-language-hint").display = len(self.host.locales) > 1
        self.refresh_state()

    def refresh_state(self) -> None:
        """Draw the welcome in the language chosen, and the station's state."""
        host = self.host
        words = host.texts
        kiosk = host.kiosk
        title = kiosk.title or host.study.title or host.study.entry.name
        self.query_one("#welcome-title", Static).update(Text(safe_line(title)))
        welcome = pick(kiosk.welcome, host.locale, words.welcome)
        self.query_one("#welcome-text", Static).update(Text(safe_text(welcome)))
        self.query_one("#welcome-language-hint", Static).update(words.choose_language)
        for button in self.query(".kiosk-language").results(ChoiceButton):
            button.set_class(button.id == f"lang-{host.locale}", "-chosen")
        begin = self.query_one("#welcome-begin", ChoiceButton)
        status = self.query_one("#welcome-status", Static)
        offline = host.loop is not None and host.loop.online is False
        if not host.ready:
            begin.label = words.one_moment
            status.update("")
        elif offline:
            begin.label = words.begin
            status.update(words.offline)
        else:
            begin.label = words.begin
            status.update("")
        begin.set_class(not host.ready or offline, "-waiting")
        status.set_class(offline, "-offline")

    def action_begin(self) -> None:
        self.host.begin()

    def action_language(self, step: int) -> None:
        locales = self.host.locales
        if len(locales) < 2:
            return
        index = locales.index(self.host.locale) if self.host.locale in locales else 0
        self.host.set_locale(locales[(index + step) % len(locales)])
        self.refresh_state()

    def on_key(self, event: events.Key) -> None:
        """Digits pick a language (1 is the first shown)."""
        if event.character and event.character.isdigit():
            index = int(event.character) - 1
            if 0 <= index < len(self.host.locales):
                event.stop()
                self.host.set_locale(self.host.locales[index])
                self.refresh_state()

    @on(Button.Pressed, ".kiosk-language")
    def _language_clicked(self, event: Button.Pressed) -> None:
        event.stop()
        locale = (event.button.id or "").removeprefix("lang-")
        if locale in self.host.locales:
            self.host.set_locale(locale)
            self.refresh_state()

    @on(Button.Pressed, "#welcome-begin")
    def _begin_clicked(self, event: Button.Pressed) -> None:
        event.stop()
        self.host.begin()


class ConsentScreen(KioskScreen):
    """The consent card: agreeing goes on, declining returns to the welcome."""

    IDLE_GUARD = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "app.focus_previous", show=False),
        Binding("right", "app.focus_next", show=False),
    ]

    def compose(self) -> ComposeResult:
        host = self.host
        words = host.texts
        consent = host.kiosk.consent
        text = pick(consent if isinstance(consent, str | dict) else None, host.locale, "")
        with Vertical(id="kiosk-consent", classes="kiosk-card"):
            yield Static(words.consent_title, id="consent-title", classes="kiosk-title")
            with VerticalScroll(id="consent-scroll"):
                yield Static(
                    Text(safe_text(text or words.consent_default)),
                    id="consent-text",
                    classes="kiosk-body",
                )
            with Horizontal(classes="kiosk-buttons"):
                yield Button(words.agree, id="consent-agree", classes="kiosk-primary")
                yield Button(words.decline, id="consent-decline", classes="kiosk-secondary")

    def on_mount(self) -> None:
        self.query_one("#consent-agree", Button).focus()

    @on(Button.Pressed, "#consent-agree")
    def _agree(self, event: Button.Pressed) -> None:
        event.stop()
        self.host.consented(True)

    @on(Button.Pressed, "#consent-decline")
    def _decline(self, event: Button.Pressed) -> None:
        event.stop()
        self.host.consented(False)


class IdentityScreen(KioskScreen):
    """The participant's name or participant code (the study's setting), then the interview."""

    IDLE_GUARD = True

    def __init__(self, mode: str) -> None:
        super().__init__()
        self.mode = mode

    def compose(self) -> ComposeResult:
        words = self.host.texts
        is_code = self.mode == "code"
        with Vertical(id="kiosk-identity", classes="kiosk-card"):
            yield Static(
                words.code_title if is_code else words.name_title,
                id="identity-title",
                classes="kiosk-title",
            )
            yield Input(
                placeholder=words.code_placeholder if is_code else words.name_placeholder,
                max_length=200,
                id="identity-input",
            )
            yield Static("", id="identity-hint", classes="kiosk-hint")
            with Horizontal(classes="kiosk-buttons"):
                yield ChoiceButton(words.proceed, id="identity-continue", classes="kiosk-primary")
                yield ChoiceButton(words.cancel, id="identity-cancel", classes="kiosk-secondary")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def _submit(self) -> None:
        value = " ".join(self.query_one(Input).value.split())
        if not value:
            self.query_one("#identity-hint", Static).update(self.host.texts.field_empty)
            return
        if self.mode == "code":
            self.host.identified(None, value)
        else:
            self.host.identified(value, None)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._submit()

    @on(Button.Pressed, "#identity-continue")
    def _continue(self, event: Button.Pressed) -> None:
        event.stop()
        self._submit()

    @on(Button.Pressed, "#identity-cancel")
    def _cancel(self, event: Button.Pressed) -> None:
        event.stop()
        self.host.to_welcome()


class ThankYouScreen(KioskScreen):
    """Thank-you, with a countdown back to the (wiped) welcome; Enter goes there at once."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "done", show=False)]

    def __init__(self, until: float) -> None:
        super().__init__()
        self.until = until

    def compose(self) -> ComposeResult:
        words = self.host.texts
        with Vertical(id="kiosk-thanks", classes="kiosk-card"):
            yield Static(words.thanks_title, id="thanks-title", classes="kiosk-title")
            yield Static(words.thanks_body, id="thanks-text", classes="kiosk-body")
            yield Static("", id="thanks-countdown", classes="kiosk-hint")

    def on_mount(self) -> None:
        self.tick(self.host.clock.now())

    def tick(self, now: float) -> bool:
        """Show the seconds left; True once they ran out."""
        left = max(0, round(self.until - now))
        countdown = self.host.texts.thanks_countdown.format(n=left)
        self.query_one("#thanks-countdown", Static).update(countdown)
        return now >= self.until

    def action_done(self) -> None:
        self.host.to_welcome()


__all__ = [
    "ChoiceButton",
    "ConsentScreen",
    "IdentityScreen",
    "KioskScreen",
    "ThankYouScreen",
    "WelcomeScreen",
]
