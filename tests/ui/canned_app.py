"""The app on a programmable server (tests/api/canned.py), an interview already started: for
replies the sandbox never gives (cuts, 4xx/5xx on demand, slow or odd shapes)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from app_helpers import quick_clients
from flow import watch
from test_app_interview import start_interview

from koji_tui.config.entry import StudyEntry
from koji_tui.session.ports import RetryPolicy
from koji_tui.ui.app import KojiApp
from tests.api.canned import Canned, Handler, canned_server
from tests.pilot import driven


@asynccontextmanager
async def canned_interview(
    interview_id: str,
    start: Handler,
    message: Handler,
    transcript: Handler | None = None,
    *,
    size: tuple[int, int] = (100, 30),
    offline_retry: RetryPolicy | None = None,
) -> AsyncIterator[tuple[Canned, KojiApp, Any, Any]]:
    """``(canned, app, pilot, screen)``: the server's handlers for ``POST /start``,
    ``POST /{id}/message`` and ``GET /{id}``, and an interview with Ana started on it."""
    async with canned_server() as canned:
        canned.on("POST", "/start", start)
        canned.on("POST", f"/{interview_id}/message", message)
        if transcript is not None:
            canned.on("GET", f"/{interview_id}", transcript)
        study = StudyEntry("Canned", canned.base_url, "pk_test_canned", key_storage="session")
        app = KojiApp(studies=[study], client_factory=quick_clients, offline_retry=offline_retry)
        async with driven(app, size=size, message_hook=watch(app)) as pilot:
            screen = await start_interview(pilot, "Ana")
            yield canned, app, pilot, screen
