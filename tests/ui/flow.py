"""What tests watch of an interview: the controller's events, seen through
``run_test(message_hook=flow)`` (the app keeps no list of them for tests)."""

from __future__ import annotations

import weakref

from textual.app import App
from textual.message import Message

from koji_tui.session.events import Event, TranscriptLoaded
from koji_tui.ui.screens.interview_base import ControllerEvent


def event_name(event: Event) -> str:
    """The event's class name; a transcript loaded as a preview is "TranscriptPreview"."""
    if isinstance(event, TranscriptLoaded) and event.preview:
        return "TranscriptPreview"
    return type(event).__name__


class Flow:
    """A ``message_hook``: keeps every controller event a screen of the app was sent."""

    def __init__(self) -> None:
        self.events: list[Event] = []

    def __call__(self, message: Message) -> None:
        if isinstance(message, ControllerEvent):
            self.events.append(message.event)

    @property
    def names(self) -> list[str]:
        return [event_name(e) for e in self.events]

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def count(self, name: str) -> int:
        return self.names.count(name)

    def clear(self) -> None:
        self.events.clear()

    def __repr__(self) -> str:
        return f"Flow({self.names})"


_FLOWS: weakref.WeakKeyDictionary[App[object], Flow] = weakref.WeakKeyDictionary()


def watch(app: App[object]) -> Flow:
    """The app's flow (made once): pass it as ``app.run_test(message_hook=watch(app))``."""
    flow = _FLOWS.get(app)
    if flow is None:
        flow = _FLOWS[app] = Flow()
    return flow


def flow_of(app: App[object]) -> Flow:
    """The flow ``watch(app)`` made (a test that forgot to watch fails here, not later)."""
    flow = _FLOWS.get(app)
    if flow is None:
        raise AssertionError("run the app with run_test(message_hook=watch(app))")
    return flow
