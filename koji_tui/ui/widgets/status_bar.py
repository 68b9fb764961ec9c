"""Rate-limit and connection status bar (one line, fits 80 columns).

Public API (plain data in; app thread only; from a client callback running on
another thread use ``app.call_from_thread(bar.update_rate_limit, ...)``):

``StatusBar(*, clock=time.time, id=..., classes=...)``
    ``clock`` returns epoch seconds; tests inject a fake clock and call
    :meth:`StatusBar.tick` to advance the countdown deterministically.

* ``update_rate_limit(limit: int | None, remaining: int | None, reset_at: float | None)``
  — ``reset_at`` is epoch seconds (the client's ``RateLimitState.reset_at``).
* ``update_activity(state: str, detail: str = "", until: float | None = None)``
  — ``state`` is the client's ``ClientActivity.state``: ``"idle"``,
  ``"sending"``, ``"pacing"``, ``"waiting_rate_limit"``, ``"retrying"``,
  ``"reconciling"``, ``"offline"`` (unknown states are shown by name).
  ``until`` (epoch seconds) drives a countdown: "waiting 12s for rate limit".
* ``set_connection(state: str)`` — ``"online"``, ``"connecting"``,
  ``"retrying"``, ``"offline"``, ``"reconciling"`` (unknown states shown by name).

Layout: ``● online │ 57/60 requests left · resets in 0:42 │ waiting 12s for rate limit``.
Every state is spelled out in words with a glyph (colour only adds to it), and
when the line does not fit the width, parts are shortened in a fixed order
(long words -> short words) so the connection state and any wait are never
cut. A 1-second ``set_interval`` timer runs only while something counts down
(a future reset or an activity ``until``); it is paused otherwise.

Presenter mode (``presenter=True``, or None and the app has the ``-presenter`` class): the
connection only, no request numbers, and where the details are (``● online │ ^o details``);
a wait is still said, in words (``⏳ waiting for the rate limit``).

``snapshot()`` returns the plain text currently shown (for tests).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.timer import Timer
from textual.widget import Widget

from koji_tui.i18n import N_, Translator, app_translator

from .status_bar_text import StatusText

__all__ = ["StatusBar"]

DETAILS_HINT = N_("^o details")


class StatusBar(StatusText, Widget):
    """One-line status: connection, rate limit, client activity (see module docstring)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "status--online",
        "status--degraded",
        "status--offline",
        "status--rate",
        "status--rate-low",
        "status--rate-empty",
        "status--activity",
        "status--waiting",
        "status--separator",
    }

    DEFAULT_CSS = """
    StatusBar {
        height: 1;
        width: 1fr;
        padding: 0 1;
    }
    StatusBar > .status--rate-empty { text-style: bold; }
    StatusBar > .status--waiting { text-style: bold; }
    StatusBar > .status--offline { text-style: bold; }
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        presenter: bool | None = None,
        translator: Translator | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.clock = clock
        self._presenter = presenter
        #: The bar's words: the interview's language on an interview screen, else the app's.
        self.tr: Translator = translator or app_translator()
        self.details_hint = self.tr.gettext(DETAILS_HINT)
        self.limit: int | None = None
        self.remaining: int | None = None
        self.reset_at: float | None = None
        self.activity: str = "idle"
        self.activity_detail: str = ""
        self.activity_until: float | None = None
        self.connection: str = "online"
        self._while_offline: tuple[int | None, int | None, float | None] | None = None
        self._timer: Timer | None = None
        self._timer_running = False

    def set_translator(self, tr: Translator) -> None:
        """Say everything in ``tr``'s language from now on."""
        if self.details_hint == self.tr.gettext(DETAILS_HINT):
            self.details_hint = tr.gettext(DETAILS_HINT)
        self.tr = tr
        self.refresh()

    def on_mount(self) -> None:
        self._timer = self.set_interval(1.0, self.tick, pause=True)
        self._timer_running = False
        self._sync_timer()

    # ----------------------------------------------------------------- inputs

    def update_rate_limit(
        self, limit: int | None, remaining: int | None, reset_at: float | None
    ) -> None:
        if self.connection == "offline":
            # Offline, nobody knows the window: the client's own bookkeeping would count it
            # down and refill it. The figures last seen online stay, marked so; the newest
            # is applied when the connection is back.
            self._while_offline = (limit, remaining, reset_at)
            return
        self.limit = limit
        self.remaining = remaining
        self.reset_at = reset_at
        self._changed()

    def update_activity(self, state: str, detail: str = "", until: float | None = None) -> None:
        self.activity = state or "idle"
        self.activity_detail = detail or ""
        self.activity_until = until
        self._changed()

    def set_connection(self, state: str) -> None:
        was_offline = self.connection == "offline"
        self.connection = state or "online"
        if was_offline and self.connection != "offline" and self._while_offline is not None:
            self.limit, self.remaining, self.reset_at = self._while_offline
            self._while_offline = None
        self._changed()

    def tick(self) -> None:
        """Re-render the countdowns (called each second while one is running)."""
        self._changed()

    # ----------------------------------------------------------------- timer

    @property
    def counting(self) -> bool:
        """True while a countdown is shown (the 1 s timer runs only then)."""
        now = self.clock()
        offline = self.connection == "offline"
        return (not offline and self.reset_at is not None and self.reset_at > now) or (
            self.activity_until is not None
            and self.activity_until > now
            and self.activity != "idle"
        )

    @property
    def timer_running(self) -> bool:
        return self._timer_running

    def _changed(self) -> None:
        self._sync_timer()
        self.refresh()

    def _sync_timer(self) -> None:
        if self._timer is None:
            return
        running = self.counting
        if running and not self._timer_running:
            self._timer.resume()
        elif not running and self._timer_running:
            self._timer.pause()
        self._timer_running = running

    # ----------------------------------------------------------------- text

    @property
    def presenter(self) -> bool:
        """Whether the bar hides its numbers (see the module docstring)."""
        if self._presenter is not None:
            return self._presenter
        try:
            return self.app.has_class("-presenter")
        except Exception:  # no app yet
            return False

    def snapshot(self) -> str:
        width = self.size.width if self.size.width else 78
        return " │ ".join(text for text, _ in self._fit(width))

    def render(self) -> Text:
        width = self.size.width if self.size.width else 78
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        separator = self.get_component_rich_style("status--separator", partial=True)
        for index, (part, style) in enumerate(self._fit(width)):
            if index:
                text.append(" │ ", separator)
            text.append(part, self.get_component_rich_style(style, partial=True))
        return text
