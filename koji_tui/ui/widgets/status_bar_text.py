"""The words of :class:`koji_tui.ui.widgets.status_bar.StatusBar`: its parts (connection, rate
limit, activity), each from its longest to its shortest form, and the choice of the forms that
fit the width (see the status bar's module docstring). Plain text, no Textual."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.cells import cell_len

from koji_tui.i18n import N_, Translator

__all__ = ["PRESENTER_ACTIVITY", "StatusText"]

_CONNECTION: dict[str, tuple[str, str]] = {
    "online": ("●", N_("online")),
    "connecting": ("◌", N_("connecting")),
    "retrying": ("↻", N_("retrying")),
    "offline": ("○", N_("offline")),
    "failing": ("✗", N_("server failing")),
    "reconciling": ("⇄", N_("reconciling")),
}

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


class StatusText:
    """The parts of the status bar's line (the bar's state is set by ``StatusBar``)."""

    tr: Translator
    clock: Callable[[], float]
    details_hint: str
    limit: int | None
    remaining: int | None
    reset_at: float | None
    activity: str
    activity_detail: str
    activity_until: float | None
    connection: str

    if TYPE_CHECKING:

        @property
        def presenter(self) -> bool: ...

    def _connection_words(self) -> tuple[str, str]:
        glyph, word = _CONNECTION.get(self.connection, ("?", ""))
        return glyph, self.tr.gettext(word) if word else _clean(self.connection)

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
