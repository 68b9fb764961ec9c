"""The roster pane: participants and their states, a CSV imported from the pane, the next
participant's interview started with the form filled in from the row, and a study refresh
with a progress bar; snapshots at 80x24 and 120x40."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from app_helpers import screen_text, study_for, toasts, type_text, wait_for
from results_seed import STUDY, seed
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, ProgressBar

from koji_tui.journal import Journal
from koji_tui.journal import roster as table
from koji_tui.roster import import_roster
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.interview import InterviewScreen
from koji_tui.ui.screens.roster import RosterScreen
from koji_tui.ui.screens.roster_form import RosterInterviewForm, form_metadata
from koji_tui.ui.screens.study_ops import OpsPanel
from tests.pilot import driven

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
ROSTER = "external_id,display_name,locale,team\n" + "".join(
    f"c{n},Participant {n},en,{'ops' if n % 2 else 'sales'}\n" for n in range(1, 12)
)


def seed_roster(tmp_path: Path, study: str = STUDY.name, text: str = ROSTER) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(text, encoding="utf-8")
    with Journal() as journal:
        import_roster(journal, study, path)


def _started(external_id: str) -> Any:
    """The journaled interview of this participant, if one was started."""
    with Journal() as journal:
        return next(
            (
                r
                for r in journal.list_interviews()
                if (r.respondent or {}).get("external_id") == external_id
            ),
            None,
        )


async def _open(pilot: Pilot[Any], study: Any = STUDY) -> RosterScreen:
    app = pilot.app
    await wait_for(pilot, lambda: app.studies_ready, what="studies")
    screen = RosterScreen(study)
    await app.push_screen(screen)
    await wait_for(pilot, lambda: screen.rows is not None, what="roster")
    app.clear_notifications()
    await pilot.pause()
    return screen


async def test_the_pane_shows_each_participant_s_state(tmp_path: Path) -> None:
    seed()
    seed_roster(tmp_path)
    async with driven(KojiApp(studies=[STUDY], check_pending=False), size=(120, 40)) as pilot:
        screen = await _open(pilot)
        states = {r.entry.external_id: r.state for r in screen.rows or []}
        assert states["c1"] == "completed" and states["c5"] == "ended early"
        assert states["c7"] == "ended early" and states["c9"] == "active"
        assert states["c10"] == states["c11"] == "not started"
        text = screen_text(pilot.app)
        assert "11 participants: 6 completed, 2 ended early, 1 active, 2 not started" in text
        assert pilot.app.screen.query_one("#roster-table", DataTable).row_count == 11


async def test_a_csv_imported_from_the_pane(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "external_id;display_name;locale\nz1;Zoë;fr\nz1;Again;fr\nz2;Zack;qq\n", "utf-8"
    )
    app = KojiApp(studies=[STUDY], check_pending=False)
    async with driven(app, size=(120, 40), notifications=True) as pilot:
        screen = await _open(pilot)
        await pilot.press("i")
        assert isinstance(app.focused, Input)
        await type_text(pilot, str(path))
        await pilot.press("enter")
        await wait_for(pilot, lambda: bool(screen.rows), what="imported rows")
        await wait_for(pilot, lambda: bool(toasts(app)), what="the import's toast")
        said = "\n".join(toasts(app))
        assert "1 added" in said and "row 3: duplicate external_id 'z1'" in said
        assert "row 4: unknown locale 'qq'" in said
        assert [r.entry.display_name for r in screen.rows or []] == ["Zoë"]


def test_metadata_the_form_cannot_hold_is_left_out_of_the_field() -> None:
    assert form_metadata({"team": "ops", "city": "Lyon"}) == "team=ops, city=Lyon"
    assert form_metadata({"city": "Oslo; Norway"}) == ""
    assert form_metadata({"two words": "x"}) == ""


async def test_next_participant_starts_with_the_form_filled_in(
    sandbox: Any, tmp_path: Path
) -> None:
    study = study_for(sandbox)
    seed_roster(tmp_path, study.name, "external_id,display_name,locale,city\n"
                "a1,Ana,en,Lyon\nb2,Ben,en,\"Oslo; Norway\"\n")  # fmt: skip
    with Journal() as journal:  # Ana has had her interview already
        journal.create_interview(study_name=study.name, base_url=sandbox.base_url,
                                 interview_id="int_earlier", respondent={"external_id": "a1"})  # fmt: skip
    app = KojiApp(studies=[study], check_pending=False)
    async with driven(app, size=(120, 40)) as pilot:
        await _open(pilot, study)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, RosterInterviewForm), what="form")
        form = app.screen
        assert form.query_one("#respondent-name", Input).value == "Ben"
        assert form.query_one("#respondent-external-id", Input).value == "b2"
        assert form.query_one("#respondent-metadata", Input).value == ""  # "Oslo; Norway"
        assert form.query_one("#locale", Input).value == "en"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen), what="interview")
        await wait_for(pilot, lambda: _started("b2") is not None, what="started")
    record = _started("b2")
    assert record is not None and record.respondent == {
        "external_id": "b2",
        "display_name": "Ben",
        "metadata": {"city": "Oslo; Norway"},  # whole, though the form's field could not hold it
    }
    with Journal() as journal:
        assert table.next_not_started(journal, study.name) is None


async def test_a_refresh_from_the_pane_shows_its_progress(sandbox: Any) -> None:
    from tests.ops.helpers import seed_journal

    study = study_for(sandbox)
    with Journal() as journal:
        path = journal.path
    ids = await seed_journal(sandbox.base_url, study.api_key or "", path, study.name, 6)
    app = KojiApp(studies=[study], check_pending=False)
    async with driven(app, size=(120, 40), notifications=True) as pilot:
        screen = await _open(pilot, study)
        panel = screen.query_one(OpsPanel)
        await pilot.press("u")  # six requests on loopback: often over before the press returns
        await wait_for(pilot, lambda: not screen.running, what="finished")
        assert not panel.has_class("-running")
        bar = panel.query_one(ProgressBar)
        assert (bar.total, bar.progress) == (6, 6)
        assert any("Done: 6 of 6 done (0 × 429)" in t for t in toasts(app))
        await pilot.press("c")  # nothing is stale: a run with nothing to do
        await wait_for(pilot, lambda: not screen.running, what="close-stale")
        await asyncio.sleep(0)
    assert len(ids) == 6


async def test_the_study_exported_from_the_pane(tmp_path: Path) -> None:
    import csv

    from koji_tui import paths

    seed()
    app = KojiApp(studies=[STUDY], check_pending=False)
    async with driven(app, size=(120, 40), notifications=True) as pilot:
        screen = await _open(pilot)
        await pilot.press("x")
        await wait_for(pilot, lambda: not screen.running, what="the CSV")
        await pilot.press("X")
        await wait_for(pilot, lambda: not screen.running, what="the files")
        said = "\n".join(toasts(app))
    exports = paths.data_dir() / "exports"
    with (exports / "Acme_product_feedback.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 9 and "Exported 9 interviews" in said
    folder = exports / "Acme_product_feedback"
    assert len(list(folder.glob("*.json"))) == 9 and len(list(folder.glob("*.md"))) == 9
    assert f"JSON and Markdown in {folder}" in said


@pytest.mark.parametrize("size", SIZES)
def test_roster_snapshot(snap_compare: Any, size: tuple[int, int], tmp_path: Path) -> None:
    seed()
    seed_roster(tmp_path)
    assert snap_compare(
        KojiApp(studies=[STUDY], check_pending=False), terminal_size=size, run_before=_open
    )


async def test_stop_then_the_same_operation_continues(tmp_path: Path) -> None:
    from koji_tui.config.entry import StudyEntry
    from tests.ops.helpers import seeded

    # 2 a second and 4 workers: a stop lets the (at most 4) interviews waiting for the window
    # finish, so 10 leave some for the second run
    async with seeded(tmp_path, 10, "2/1s") as s:
        study = StudyEntry(s.study_name, s.server.base_url, s.key, key_storage="session")
        app = KojiApp(studies=[study], check_pending=False, journal_path=s.journal_path)
        async with driven(app, size=(120, 40), notifications=True) as pilot:
            screen = await _open(pilot, study)
            panel = screen.query_one(OpsPanel)
            bar = panel.query_one(ProgressBar)
            await pilot.press("u")
            await wait_for(pilot, lambda: (bar.progress or 0) >= 2, what="the first window")
            assert screen.running and panel.has_class("-running") and bar.total == 10
            await pilot.press("s")
            await wait_for(pilot, lambda: not screen.running, seconds=20, what="stopped")
            assert any("Stopped:" in t and "continue where it stopped" in t for t in toasts(app))
            stopped_at = int(bar.progress or 0)
            assert 2 <= stopped_at < 10
            app.clear_notifications()
            await pilot.press("u")
            await wait_for(pilot, lambda: not screen.running, seconds=20, what="continued")
            assert any("Done: 10 of 10 done (0 × 429)" in t for t in toasts(app))
        assert s.server.stats.requests == 10  # nothing fetched twice
        assert s.server.stats.status_counts[429] == 0
