"""The kiosk's loop on screen: welcome → (consent) → (name or code) → interview → thank-you →
welcome, and the idle guard polled once a second (a mixin of the kiosk app)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App
from textual.screen import Screen
from textual.widget import Widget

from koji_tui.kiosk.idle import IdleGuard, IdlePhase
from koji_tui.kiosk.texts import KioskTexts, texts_for
from koji_tui.ui.kiosk.interview import KioskInterviewScreen
from koji_tui.ui.kiosk.operator import KioskOperator, KioskPin
from koji_tui.ui.kiosk.overlays import KioskStillThere
from koji_tui.ui.kiosk.screens import (
    ConsentScreen,
    IdentityScreen,
    KioskScreen,
    ThankYouScreen,
    WelcomeScreen,
)

if TYPE_CHECKING:
    from koji_tui.kiosk.loop import KioskLoop, Participant
    from koji_tui.kiosk.settings import StudyKiosk
    from koji_tui.session.ports import Clock


def _let_go(screen: Screen[object]) -> None:
    """Drop what a leaving screen's widgets have drawn. Textual keeps the styles cache of up to
    1,024 widgets (an ``lru_cache`` on one of its methods), each with the lines it drew; a
    refresh empties a widget's cache (public API), so what is kept of a participant's screen
    is a few empty shells, not their text drawn."""
    for widget in screen.walk_children(with_self=True):
        if isinstance(widget, Widget):
            widget.refresh()


FORGET_AFTER = 0.5  # seconds after the welcome is back: the last screen is gone by then


class FlowMixin(App[None]):
    """Moving participants through the screens (see the module docstring)."""

    kiosk: StudyKiosk
    locales: tuple[str, ...]
    locale: str
    default_locale: str
    clock: Clock
    guard: IdleGuard
    loop: KioskLoop | None
    participant: Participant | None
    ready: bool
    ending: bool
    _starting: bool

    @property
    def texts(self) -> KioskTexts:
        """The kiosk's words in the participant's language."""
        return texts_for(self.locale)

    # -- activity and the idle guard -----------------------------------------------------
    async def on_event(self, event: events.Event) -> None:
        if (
            isinstance(
                event,
                events.Key
                | events.MouseDown
                | events.Paste
                | events.MouseScrollDown
                | events.MouseScrollUp,
            )
            and not event.is_forwarded
            and not isinstance(self.screen, KioskStillThere)
        ):
            self.note_activity()
        await super().on_event(event)

    def note_activity(self) -> None:
        self.guard.activity()

    def resume(self) -> None:
        self.guard.activity()

    def tick(self) -> None:
        """Once a second: the thank-you's countdown, the PIN lockout, the idle guard."""
        now = self.clock.now()
        screen = self.screen
        if isinstance(screen, KioskPin):
            screen.tick()
        if self.ending or isinstance(screen, KioskPin | KioskOperator):
            self.guard.activity()  # staff at the keyboard: not idle
            return
        if isinstance(screen, ThankYouScreen):
            if screen.tick(now):
                self.to_welcome()
            return
        status = self.guard.poll()
        if status.phase is IdlePhase.WARNING:
            if isinstance(screen, KioskStillThere):
                screen.update(status.remaining)
            else:
                self.push_screen(KioskStillThere(self.texts, status.remaining), self._resumed)
        elif status.phase is IdlePhase.EXPIRED:
            self.guard.disarm()
            self.end_interview("timeout", thank=False)
        elif status.phase is IdlePhase.ACTIVE and isinstance(screen, KioskStillThere):
            screen.resume()

    def _resumed(self, _: None) -> None:
        self.guard.activity()

    # -- the participant loop --------------------------------------------------------------
    def _loop_changed(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, WelcomeScreen | KioskOperator) and screen.is_mounted:
                screen.refresh_state()

    def _go(self, screen: KioskScreen) -> None:
        """Show ``screen`` instead of the current one (and of any overlay): the one before is
        removed with everything it held."""
        self.clear_notifications()
        for leaving in self.screen_stack[1:]:
            _let_go(leaving)
        while len(self.screen_stack) > 2:
            self.pop_screen()
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)
        if screen.IDLE_GUARD:
            self.guard.arm()
        else:
            self.guard.disarm()

    def set_locale(self, locale: str) -> None:
        self.locale = locale

    def set_default_locale(self, locale: str) -> None:
        """The operator's choice: the welcome shows it first from now on."""
        self.default_locale = self.locale = locale
        for screen in self.screen_stack:
            if isinstance(screen, WelcomeScreen) and screen.is_mounted:
                screen.refresh_state()

    def to_welcome(self) -> None:
        self.locale = self.default_locale
        self._go(WelcomeScreen())
        self.set_timer(FORGET_AFTER, self._forget_closed_watchers)

    def _forget_closed_watchers(self) -> None:
        """Let the last participant's text box go from memory.

        Textual's TextArea watches ``app.theme``, and the app keeps a watcher (and so the
        whole widget, its document, undo history and rendered lines) until the theme next
        changes, when closed widgets' watchers are dropped. A kiosk never changes its theme:
        without this, every participant's composer stayed in memory (about 0.3 MiB each).
        Forcing the theme's watchers once the old screen is gone (public API) drops them."""
        self.mutate_reactive(App.theme)

    def begin(self) -> None:
        loop = self.loop
        if not self.ready or loop is None or self.ending or self.participant or self._starting:
            return
        if loop.online is False:
            self.run_worker(loop.check_server(), group="recheck", exclusive=True)
            return
        if self.kiosk.asks_consent:
            self._go(ConsentScreen())
        else:
            self._after_consent()

    def consented(self, agreed: bool) -> None:
        if agreed:
            self._after_consent()
        else:
            self.to_welcome()

    def _after_consent(self) -> None:
        if self.kiosk.participant == "anonymous":
            self._start(None, None)
        else:
            self._go(IdentityScreen(self.kiosk.participant))

    def identified(self, name: str | None, code: str | None) -> None:
        self._start(name, code)

    @work(exclusive=True, group="start", exit_on_error=False)
    async def _start(self, name: str | None, code: str | None) -> None:
        assert self.loop is not None
        self._starting = True
        try:
            participant = await self.loop.new_participant(self.locale, name=name, code=code)
        finally:
            self._starting = False
        if self.ending:
            return
        self.participant = participant
        self._go(KioskInterviewScreen(participant))

    def end_interview(self, reason: str, *, thank: bool = True) -> None:
        """The participant's interview ends (``reason``); it is completed in the background."""
        participant, self.participant = self.participant, None
        if participant is not None and self.loop is not None:
            self.loop.finish(participant, reason)
        if thank:
            self._go(ThankYouScreen(self.clock.now() + self.kiosk.thank_you_seconds))
        else:
            self.to_welcome()
