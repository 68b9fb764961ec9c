"""``koji-tui observe``: a small app of its own around the observer's screens.

Not the main app: an observer has no studies, keys, sandbox or leases to keep, so nothing of
that starts here. The app shows :class:`~koji_tui.ui.screens.observe_picker.ObservePicker`
(which opens an :class:`~koji_tui.ui.screens.observe.ObserveScreen`), or the observer screen of
one interview at once when told which (tests, and ``observe ID`` with one match).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from koji_tui import paths
from koji_tui.i18n import N_
from koji_tui.observe.finder import Watchable
from koji_tui.observe.follower import POLL_SECONDS
from koji_tui.ui.screens import registry


class ObserveApp(App[None]):
    """Watch interviews from the journals on this machine (``journals``: only those files).

    ``record``: open the observer on (journal path, record id) at once, no picker."""

    TITLE = "koji-tui observe"
    CSS_PATH: ClassVar[list[Path]] = [paths.styles_dir() / "app.tcss"]  # type: ignore[misc]
    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+q", "quit", N_("Quit"), priority=True)]

    def __init__(
        self,
        *,
        interview_id: str | None = None,
        journals: Sequence[Path] | None = None,
        record: tuple[Path, int] | None = None,
        interval: float = POLL_SECONDS,
        clock: Callable[[], float] | None = None,
        wall: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__()
        self.interview_id = interview_id
        self.journals = journals
        self.record = record
        self.interval = interval
        self.clock = clock
        self.wall = wall

    def observer(self, item: Watchable, *, back: bool = True) -> Screen[None]:
        return registry.observe_screen(
            item.path,
            item.record_id,
            interval=self.interval,
            clock=self.clock,
            wall=self.wall,
            back=back,
        )

    def on_mount(self) -> None:
        if self.record is not None:
            path, record_id = self.record
            self.push_screen(
                registry.observe_screen(
                    path, record_id, interval=self.interval, clock=self.clock, wall=self.wall
                )
            )
            return
        self.push_screen(
            registry.observe_picker_screen(
                self.observer,
                interview_id=self.interview_id,
                journals=self.journals,
                wall=self.wall,
            )
        )


def run_observe(interview_id: str | None, journals: Sequence[Path] | None = None) -> int:
    ObserveApp(interview_id=interview_id, journals=journals).run()
    return 0
