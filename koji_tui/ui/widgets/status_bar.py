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

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.timer import Timer
from textual.widget import Widget

from koji_tui.i18n import N_, Translator, app_translator

__all__ = ["StatusBar"]

_CONNECTION: dict[str, tuple[str, str]] = {
    "online": ("●", N_("online")),
    "connecting": ("◌", N_("connecting")),
    "retrying": ("↻", N_("retrying")),
    "offline": ("○", N_("offline")),
    "failing": ("✗", N_("server failing")),
    "reconciling": ("⇄", N_("reconciling")),
}

DETAILS_HINT = N_("^o details")
# Presenter mode: what a wait is called (no numbers, no server words).
PRESENTER_ACTIVITY: dict[str, str] = {
    "waiting_rate_limit": N_("⏳ waiting for the rate limit"),
    "pacing": N_("⏱ pacing"),
    "retrying": N_("↻ trying again"),
    "offline": N_("○ offline, trying again"),
    "reconciling": N_("⇄ checking"),
    "sending": N_("sending…"),
}


def _duration(seconds: float) -> str:
    """Whole seconds rounded up: 9 -> "9s", 75 -> "1:15", 3700 -> "1:01:40"."""
    total = max(0, math.ceil(seconds))
    if total < 60:
        return f"{total}s"
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return f"{minutes}:{secs:02d}"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def _clean(text: str) -> str:
    """One line of literal text (server-provided details may contain anything)."""
    return "".join(ch if ch.isprintable() else " " for ch in text).strip()


@dataclass(slots=True)
class _Part:
    variants: list[str]  # longest first
    style: str


class StatusBar(Widget):
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

    def _connection_words(self) -> tuple[str, str]:
        glyph, word = _CONNECTION.get(self.connection, ("?", ""))
        return glyph, self.tr.gettext(word) if word else _clean(self.connection)

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

    def _presenter_parts(self) -> list[_Part]:
        glyph, word = self._connection_words()
        style = {"online": "status--online", "offline": "status--offline"}.get(
            self.connection, "status--degraded"
        )
        parts = [_Part([f"{glyph} {word}"], style)]
        words = PRESENTER_ACTIVITY.get(self.activity)
        if words is not None:
            parts.append(_Part([self.tr.gettext(words)], "status--waiting"))
        if self.details_hint:
            parts.append(_Part([self.details_hint], "status--separator"))
        return parts

    def _parts(self) -> list[_Part]:
        if self.presenter:
            return self._presenter_parts()
        now = self.clock()
        parts: list[_Part] = []
        tr = self.tr

        glyph, word = self._connection_words()
        style = {
            "online": "status--online",
            "offline": "status--offline",
        }.get(self.connection, "status--degraded")
        parts.append(_Part([f"{glyph} {word}"], style))

        if self.limit is None and self.remaining is None:
            unknown = [tr.gettext("rate limit: not known yet"), tr.gettext("rate: —")]
            parts.append(_Part(unknown, "status--rate"))
        else:
            limit = "?" if self.limit is None else f"{self.limit}"
            remaining = "?" if self.remaining is None else f"{self.remaining}"
            style = "status--rate"
            if self.remaining is not None and self.remaining <= 0:
                style = "status--rate-empty"
            elif (
                self.remaining is not None
                and self.limit
                and self.remaining <= max(1, self.limit // 10)
            ):
                style = "status--rate-low"
            reset = ""
            short_reset = ""
            if self.connection == "offline":
                parts.append(
                    _Part(
                        [
                            tr.gettext("{left}/{limit} requests left when last online").format(
                                left=remaining, limit=limit
                            ),
                            tr.gettext("{left}/{limit} when last online").format(
                                left=remaining, limit=limit
                            ),
                            f"{remaining}/{limit}?",
                        ],
                        "status--rate",
                    )
                )
                activity = self._activity_variants(now)
                if activity is not None:
                    parts.append(activity)
                return parts
            if self.reset_at is not None:
                if self.reset_at > now:
                    left = _duration(self.reset_at - now)
                    reset = " · " + tr.gettext("resets in {time}").format(time=left)
                    short_reset = f" ↻{left}"
                else:
                    reset = " · " + tr.gettext("window reset")
                    short_reset = ""
            parts.append(
                _Part(
                    [
                        tr.gettext("{left}/{limit} requests left").format(
                            left=remaining, limit=limit
                        )
                        + reset,
                        tr.gettext("{left}/{limit} left").format(left=remaining, limit=limit)
                        + reset,
                        f"{remaining}/{limit}{short_reset}",
                    ],
                    style,
                )
            )

        activity = self._activity_variants(now)
        if activity is not None:
            parts.append(activity)
        return parts

    def _activity_variants(self, now: float) -> _Part | None:
        state = self.activity
        detail = _clean(self.activity_detail)
        wait = (
            _duration(self.activity_until - now)
            if self.activity_until is not None and self.activity_until > now
            else None
        )
        if state == "idle":
            return None
        tr = self.tr
        if state == "waiting_rate_limit":
            if wait:
                long = tr.gettext("⏳ waiting {time} for rate limit").format(time=wait)
                short = f"⏳ 429: {wait}"
            else:
                long, short = tr.gettext("⏳ waiting for rate limit"), tr.gettext("⏳ rate limited")
            variants = [f"{long} ({detail})", long, short] if detail else [long, short]
            return _Part(variants, "status--waiting")
        if state == "pacing":
            if wait:
                long = tr.gettext("⏱ pacing: next request in {time}").format(time=wait)
                short = tr.gettext("⏱ pacing {time}").format(time=wait)
            else:
                long, short = tr.gettext("⏱ pacing requests"), tr.gettext("⏱ pacing")
            return _Part([long, short], "status--activity")
        if state == "retrying":
            if wait:
                long = tr.gettext("↻ retrying in {time}").format(time=wait)
            else:
                long = tr.gettext("↻ retrying")
            variants = [f"{long}: {detail}", long] if detail else [long]
            return _Part(variants, "status--waiting")
        if state == "offline":
            if wait:
                long = tr.gettext("○ offline — retrying in {time}").format(time=wait)
            else:
                long = tr.gettext("○ offline")
            variants = [f"{long}: {detail}", long] if detail else [long]
            return _Part(variants, "status--waiting")
        if state == "reconciling":
            long = tr.gettext("⇄ checking what the server received…")
            return _Part([long, tr.gettext("⇄ reconciling…")], "status--activity")
        if state == "sending":
            return _Part([tr.gettext(PRESENTER_ACTIVITY["sending"])], "status--activity")
        label = _clean(state.replace("_", " "))
        long = f"{label} {wait}" if wait else label
        variants = [f"{long}: {detail}", long] if detail else [long]
        return _Part(variants, "status--activity")

    def _fit(self, width: int) -> list[tuple[str, str]]:
        parts = self._parts()
        if self.presenter:  # a few words: nothing to shorten
            return [(p.variants[0], p.style) for p in parts]
        choice = [0] * len(parts)
        separator = " │ "

        def total() -> int:
            return sum(cell_len(p.variants[i]) for p, i in zip(parts, choice, strict=True)) + (
                len(separator) * (len(parts) - 1)
            )

        # Shorten until it fits: first drop the activity's detail, then shorten the
        # rate part, then the activity itself. The connection part never shrinks.
        activity = len(parts) - 1 if len(parts) > 2 else None
        steps: list[tuple[int, int]] = []
        if activity is not None:
            steps.append((activity, 1))
        steps.append((1, len(parts[1].variants) - 1))
        if activity is not None:
            steps.append((activity, len(parts[activity].variants) - 1))
        for index, limit in steps:
            limit = min(limit, len(parts[index].variants) - 1)
            while total() > width and choice[index] < limit:
                choice[index] += 1
        return [(p.variants[i], p.style) for p, i in zip(parts, choice, strict=True)]

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
