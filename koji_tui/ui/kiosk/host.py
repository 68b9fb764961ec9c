"""The kiosk app as its screens see it: a Protocol, so no kiosk screen imports the app."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from textual.worker import Worker

    from koji_tui.kiosk.loop import KioskLoop, Participant
    from koji_tui.kiosk.pin import PinGuard
    from koji_tui.kiosk.settings import StudyKiosk
    from koji_tui.kiosk.study import KioskStudy
    from koji_tui.kiosk.texts import KioskTexts
    from koji_tui.session.ports import Clock


class KioskHost(Protocol):
    study: KioskStudy
    kiosk: StudyKiosk
    locale: str
    locales: tuple[str, ...]
    loop: KioskLoop | None
    ready: bool
    clock: Clock
    pin_guard: PinGuard
    participant: Participant | None

    @property
    def texts(self) -> KioskTexts: ...

    def set_locale(self, locale: str) -> None: ...

    def set_default_locale(self, locale: str) -> None: ...

    def begin(self) -> None: ...

    def consented(self, agreed: bool) -> None: ...

    def identified(self, name: str | None, code: str | None) -> None: ...

    def end_interview(self, reason: str, *, thank: bool = True) -> None: ...

    def to_welcome(self) -> None: ...

    def resume(self) -> None: ...

    def note_activity(self) -> None: ...

    def operator_unlocked(self) -> None: ...

    def end_kiosk(self) -> Worker[None]: ...
