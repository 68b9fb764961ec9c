"""Number entry for the answer widgets: digits pick the option (or point) with that number.

For numbers with two digits (NPS "10", option 12) the digits typed within
``NUMBER_TIMEOUT`` seconds form one number: "1" then "0" quickly picks 10,
"1", a pause, then "0" picks 1 and then 0. Widgets that pick (scale, single
choice, ranking cursor) act on the first digit at once and refine on the
second; widgets that toggle (multiple choice) wait for the number to be
complete (at most ``NUMBER_TIMEOUT`` when a longer number is possible).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual.timer import Timer

if TYPE_CHECKING:
    from koji_tui.i18n import Translator


class NumberEntry:
    """Mixin of :class:`~koji_tui.ui.widgets.answers.base.AnswerWidget` for the number keys.

    Subclasses implement :meth:`number_choices` and :meth:`pick_number`; the
    widget calls :meth:`init_number_entry` from its ``__init__``.
    """

    #: Seconds within which typed digits form one number ("1", "0" -> 10).
    NUMBER_TIMEOUT: ClassVar[float] = 0.8
    #: True for widgets whose number keys toggle (they wait for a complete number).
    DIGITS_TOGGLE: ClassVar[bool] = False

    if TYPE_CHECKING:  # provided by the widget
        clock: Callable[[], float]
        tr: Translator

        @property
        def is_locked(self) -> bool: ...
        def show_error(self, message: str) -> None: ...
        def clear_error(self) -> None: ...
        def set_timer(self, delay: float, callback: Callable[[], object]) -> Timer: ...

    def init_number_entry(self) -> None:
        self._digits = ""
        self._digits_at = float("-inf")
        self._digit_timer: Timer | None = None
        self._pending_number: int | None = None

    def number_choices(self) -> list[int]:
        """The numbers the number keys can pick."""
        return []

    def pick_number(self, number: int) -> None:
        """Act on a typed number (select it, or toggle it)."""

    def _is_prefix(self, digits: str) -> bool:
        return any(str(n).startswith(digits) for n in self.number_choices())

    def _is_number(self, digits: str) -> bool:
        return any(str(n) == digits for n in self.number_choices())

    def _has_longer(self, digits: str) -> bool:
        return any(
            len(str(n)) > len(digits) and str(n).startswith(digits) for n in self.number_choices()
        )

    def feed_digit(self, char: str) -> bool:
        """Add a typed digit (or minus sign) to the number being entered."""
        if not self.number_choices():
            return False
        now = self.clock()
        if now - self._digits_at > self.NUMBER_TIMEOUT:
            self._flush_pending()
            self._digits = ""
        candidate = self._digits + char
        if not self._is_prefix(candidate):
            self._flush_pending()
            candidate = char
            if not self._is_prefix(candidate):
                self._digits = ""
                if char.isdigit():
                    self.show_error(self.tr.gettext("There is no choice {n} here.").format(n=char))
                    return True
                return False
        self._digits = candidate
        self._digits_at = now
        self._cancel_timer()
        self._pending_number = None
        if not self._is_number(candidate):
            return True  # e.g. "-" waiting for its digit
        number = int(candidate)
        longer = self._has_longer(candidate)
        self.clear_error()
        if not self.DIGITS_TOGGLE:
            self.pick_number(number)
            if not longer:
                self._digits = ""
        elif longer:
            self._pending_number = number
            self._digit_timer = self.set_timer(self.NUMBER_TIMEOUT, self._flush_pending)
        else:
            self._digits = ""
            self.pick_number(number)
        return True

    def _cancel_timer(self) -> None:
        if self._digit_timer is not None:
            self._digit_timer.stop()
            self._digit_timer = None

    def _flush_pending(self) -> None:
        self._cancel_timer()
        number, self._pending_number = self._pending_number, None
        if number is not None:
            self._digits = ""
            if not self.is_locked:
                self.pick_number(number)

    def _cancel_digits(self) -> None:
        self._cancel_timer()
        self._pending_number = None
        self._digits = ""
