"""While the kiosk runs, the signals that would stop or suspend it are ignored.

The terminal is in raw mode while Textual runs, so Ctrl+C, Ctrl+Z and Ctrl+\\ arrive as keys
(the kiosk binds none of them); a signal sent another way (``kill -INT``, a terminal with
signals left on) is ignored too: SIGINT, SIGTSTP and SIGQUIT. :class:`SignalLock` puts the
previous handlers back when released. Only the main thread may change signal handlers.
"""

from __future__ import annotations

import signal
from typing import Any

LOCKED_SIGNALS: tuple[str, ...] = ("SIGINT", "SIGTSTP", "SIGQUIT")


class SignalLock:
    def __init__(self) -> None:
        self._saved: dict[int, Any] = {}

    @property
    def engaged(self) -> bool:
        return bool(self._saved)

    def engage(self) -> None:
        for name in LOCKED_SIGNALS:
            number = getattr(signal, name, None)  # Windows has no SIGTSTP or SIGQUIT
            if number is None or number in self._saved:
                continue
            self._saved[number] = signal.getsignal(number)
            signal.signal(number, signal.SIG_IGN)

    def release(self) -> None:
        saved, self._saved = self._saved, {}
        for number, handler in saved.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)


__all__ = ["LOCKED_SIGNALS", "SignalLock"]
