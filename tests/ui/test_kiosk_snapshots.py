"""Snapshots of the kiosk's screens (issue 11) at 80x24 and 120x40, in English and Spanish:
welcome, consent, interview, "Still there?", thank-you and the PIN prompt.

The sandbox runs in a thread with fixed ids and clock (``seeded_sandbox``); the kiosk's own
clock is a FakeClock, so countdowns read the same every run. English runs the Acme study,
Spanish the café study (each offers the other language on the welcome).
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.kiosk.rig import FakeClock, finish_early, make_app, type_answer, until

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
LANGUAGES = [
    pytest.param(("acme-product-feedback", ["en", "es"]), id="en"),
    pytest.param(("cafe-habitos", ["es", "en"]), id="es"),
]
ANSWER = {
    "en": "I plan the week with my team and send our invoices with it.",
    "es": "Tomo un café con leche cada mañana antes de ir a trabajar.",
}


def kiosk(srv: Any, language: tuple[str, list[str]], clock: FakeClock) -> Any:
    study, locales = language
    return make_app(srv, which=study, clock=clock, config={"consent": True, "locales": locales})


async def _ready(pilot: Pilot[Any]) -> None:
    app: Any = pilot.app
    await until(pilot, lambda: app.ready)


def _on(name: str) -> Any:
    return lambda app: type(app.screen).__name__ == name


async def _to_interview(pilot: Pilot[Any], answer: str) -> None:
    app: Any = pilot.app
    await _ready(pilot)
    await pilot.press("enter")
    await until(pilot, lambda: _on("ConsentScreen")(app))
    await pilot.press("enter")
    await until(pilot, lambda: _on("KioskInterviewScreen")(app))
    screen = app.screen
    await until(pilot, lambda: screen.controller.state.can_answer)
    # a few keys, then the rest as a paste: typing 60 keys one by one cost a second of CPU
    # per snapshot (keystrokes are tested one by one in test_composer.py and tests/kiosk)
    await type_answer(pilot, answer)
    await until(
        pilot,
        lambda: (
            screen.controller.state.can_answer
            and len([t for t in screen.controller.turns if t.role == "respondent"]) == 1
        ),
    )
    await pilot.pause(0.2)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_kiosk_welcome(snap_compare: Any, seeded_sandbox: Any, size: Any, language: Any) -> None:
    app = kiosk(seeded_sandbox, language, FakeClock())
    assert snap_compare(app, terminal_size=size, run_before=_ready)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_kiosk_consent(snap_compare: Any, seeded_sandbox: Any, size: Any, language: Any) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        await _ready(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: _on("ConsentScreen")(pilot.app))

    app = kiosk(seeded_sandbox, language, FakeClock())
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_kiosk_interview(snap_compare: Any, seeded_sandbox: Any, size: Any, language: Any) -> None:
    code = "en" if language[0].startswith("acme") else "es"

    async def run_before(pilot: Pilot[Any]) -> None:
        await _to_interview(pilot, ANSWER[code])

    app = kiosk(seeded_sandbox, language, FakeClock())
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_kiosk_still_there(
    snap_compare: Any, seeded_sandbox: Any, size: Any, language: Any
) -> None:
    clock = FakeClock()
    code = "en" if language[0].startswith("acme") else "es"

    async def run_before(pilot: Pilot[Any]) -> None:
        app: Any = pilot.app
        await _to_interview(pilot, ANSWER[code])
        clock.advance(100)  # 10 s into the 30 s countdown
        app.tick()
        await until(pilot, lambda: _on("KioskStillThere")(app))

    app = kiosk(seeded_sandbox, language, clock)
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_kiosk_thank_you(snap_compare: Any, seeded_sandbox: Any, size: Any, language: Any) -> None:
    clock = FakeClock()
    code = "en" if language[0].startswith("acme") else "es"

    async def run_before(pilot: Pilot[Any]) -> None:
        app: Any = pilot.app
        await _to_interview(pilot, ANSWER[code])
        await finish_early(pilot)
        await until(pilot, lambda: _on("ThankYouScreen")(app))
        clock.advance(3)
        app.tick()
        await pilot.pause()

    app = kiosk(seeded_sandbox, language, clock)
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_kiosk_pin(snap_compare: Any, seeded_sandbox: Any, size: Any, language: Any) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        app: Any = pilot.app
        await _ready(pilot)
        await pilot.press("ctrl+o")
        await until(pilot, lambda: _on("KioskPin")(app))
        await pilot.press(*"0000", "enter")  # one wrong PIN: the message shows
        await until(pilot, lambda: app.pin_guard.attempts_left == 4)
        await pilot.pause(0.1)

    app = kiosk(seeded_sandbox, language, FakeClock())
    assert snap_compare(app, terminal_size=size, run_before=run_before)
