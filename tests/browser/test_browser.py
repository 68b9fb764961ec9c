"""koji-tui in a real browser: headless Chromium opens the pages textual-serve serves and the
test reads what the page's terminal shows (xterm.js's buffer, see cdp.py) and keeps a
screenshot of it (``page.png`` in the test's tmp dir).

(a) ``koji-tui web --demo``: the study list of the demo. (b) ``koji-tui observe --web`` on an
interview running on this machine: the live transcript, a turn written while the page is open
included."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest

from koji_tui.journal import Journal
from tests.browser.cdp import Chromium, Page

pytestmark = pytest.mark.slow  # a browser, a server and an app per test

PNG = b"\x89PNG\r\n\x1a\n"


def looks_like_a_picture(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(PNG) and len(data) > 10_000  # a drawn page, not a blank one


async def test_the_demo_in_a_browser_shows_the_study_list(
    chromium: Chromium, serve: Callable[..., str], tmp_path: Path
) -> None:
    url = serve("web", "--demo")
    async with Page(chromium) as page:
        await page.open(url)
        shown = await page.wait_for_text(
            lambda text: "Acme product feedback" in text and "Remote work tools" in text,
            what="the demo's study list",
        )
        shot = await page.screenshot(tmp_path / "page.png")
    assert "koji-tui" in shown
    looks_like_a_picture(shot)


async def test_observe_web_shows_the_live_transcript(
    chromium: Chromium, serve: Callable[..., str], tmp_path: Path
) -> None:
    path = tmp_path / "journal.sqlite3"
    driver = Journal(path)  # the window that runs the interview
    try:
        record = driver.create_interview(
            study_name="Commuting",
            base_url="http://127.0.0.1:1",
            interview_id="int_browser",
            respondent={"display_name": "Ana Ruiz", "external_id": "p-17"},
            mode="text",
            locale="en",
            opening_message="Hello! How do you usually get to work?",
        )
        assert driver.acquire_lease(record.record_id) is None
        record = driver.get(record.record_id)
        turn = driver.add_pending_answer(record, "By bus, every day")
        record = driver.record_reply(turn, "How long does the ride take?", base=record)
        url = serve("observe", "--web", "--journal", str(path))
        async with Page(chromium) as page:
            await page.open(url)
            shown = await page.wait_for_text(
                lambda text: "How long does the ride take?" in text,
                what="the interview's transcript",
            )
            assert "Observing · Commuting · Ana Ruiz" in shown
            assert "live · driven by" in shown and "By bus, every day" in shown
            # A turn written now, as the interview writes it, appears on the open page.
            turn = await asyncio.to_thread(driver.add_pending_answer, record, "About 25 minutes")
            await asyncio.to_thread(
                driver.record_reply, turn, "Thanks! What do you do on the way?", base=record
            )
            shown = await page.wait_for_text(
                lambda text: "What do you do on the way?" in text, what="the new turn"
            )
            shot = await page.screenshot(tmp_path / "page.png")
        assert "About 25 minutes" in shown
        looks_like_a_picture(shot)
    finally:
        driver.close()
