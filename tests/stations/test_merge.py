"""Two stations, one study: journals with overlapping interviews (one newer on each side)
merged both ways give the same interviews, no duplicate, the newer copy kept; a second merge
changes nothing; a folder of JSON exports merges like the journal it came from."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from koji_tui.api import KojiClient
from koji_tui.journal import Journal
from koji_tui.journal.export import export_json
from koji_tui.journal.stations import merge_into
from koji_tui.journal.stations_read import read_journal
from koji_tui.session import InterviewSession
from tests.results.seed import OPEN_ANSWER, Plan, run_interview


async def _go_on(client: Any, path: Path, interview_id: str, answers: int, complete: bool) -> None:
    with Journal(path) as journal:
        session = await InterviewSession.resume(client, journal, interview_id)
        for _ in range(answers):
            await session.answer(OPEN_ANSWER)
        if complete:
            await session.complete(reason="manual")
        await session.close()


def _contents(path: Path) -> dict[str, Any]:
    """Each interview by id: what it holds (turns, status, score), not how it was written."""
    from koji_tui.journal.stations import fingerprint

    out: dict[str, Any] = {}
    for item in read_journal(path):
        assert item.interview_id not in out, "an interview twice"
        out[item.interview_id] = (fingerprint(item), len(item.turns), item.status)
    return out


async def _two_stations(sandbox: Any, tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    study = next(s for s in sandbox.studies if s.id == "acme-product-feedback")
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    ids: dict[str, str] = {}
    async with KojiClient(sandbox.base_url, sandbox.key(study.id)) as client:
        with Journal(a) as journal:
            for name in ("x", "y"):
                record = await run_interview(
                    client, journal, study.name, Plan(stop_after=1, reason=None)
                )
                ids[name] = record.interview_id
            ids["z"] = (await run_interview(client, journal, study.name, Plan())).interview_id
        shutil.copy(a, b)  # the second station started from the same journal
        await _go_on(client, a, ids["x"], answers=2, complete=True)  # x: newer at A
        await _go_on(client, b, ids["y"], answers=1, complete=False)  # y: newer at B
        with Journal(a) as journal:
            ids["v"] = (await run_interview(client, journal, study.name, Plan())).interview_id
        with Journal(b) as journal:
            ids["w"] = (
                await run_interview(client, journal, study.name, Plan(stop_after=2, reason=None))
            ).interview_id
    return a, b, ids


async def test_two_journals_merged_both_ways(sandbox: Any, tmp_path: Path) -> None:
    a, b, ids = await _two_stations(sandbox, tmp_path)
    before_a, before_b = _contents(a), _contents(b)
    assert before_a[ids["x"]] != before_b[ids["x"]] and before_a[ids["y"]] != before_b[ids["y"]]
    a_into, b_into = tmp_path / "a2.sqlite3", tmp_path / "b2.sqlite3"
    shutil.copy(a, a_into)
    shutil.copy(b, b_into)
    with Journal(a_into) as journal:
        report_ab = merge_into(journal, b)  # B's interviews into A
    with Journal(b_into) as journal:
        report_ba = merge_into(journal, a)  # A's interviews into B
    assert (sorted(report_ab.added), sorted(report_ab.updated)) == ([ids["w"]], [ids["y"]])
    assert (sorted(report_ab.kept_here), report_ab.unchanged) == ([ids["x"]], 1)  # z the same
    assert (sorted(report_ba.added), sorted(report_ba.updated)) == ([ids["v"]], [ids["x"]])
    assert (sorted(report_ba.kept_here), report_ba.unchanged) == ([ids["y"]], 1)
    merged_a, merged_b = _contents(a_into), _contents(b_into)
    assert merged_a == merged_b  # the same result either way
    assert set(merged_a) == set(ids.values())  # every interview once
    assert merged_a[ids["x"]] == before_a[ids["x"]]  # the newer copy of each
    assert merged_a[ids["y"]] == before_b[ids["y"]]
    assert merged_a[ids["x"]][2] == "completed"
    with Journal(a_into) as journal:
        again = merge_into(journal, b)
        w = journal.find_one(ids["w"])
    # B's y, z and w are what A has now; B's x is still the older copy
    assert (again.changed, again.unchanged, again.kept_here) == (False, 3, [ids["x"]])
    assert _contents(a_into) == merged_a  # a no-op
    assert w.session_token  # a journal brings the token along (same user, own machines)
    assert [t.answer_value for t in w.turns if t.answer_value is not None] == ["Every day"]


async def test_a_folder_of_json_exports_merges_like_its_journal(
    sandbox: Any, tmp_path: Path
) -> None:
    a, b, ids = await _two_stations(sandbox, tmp_path)
    folder = tmp_path / "exports-from-b"
    folder.mkdir()
    with Journal(b) as journal:
        for record in journal.list_interviews(with_turns=True):
            (folder / f"{record.interview_id}.json").write_text(export_json(record), "utf-8")
    (folder / "notes.json").write_text('{"not": "an export"}', "utf-8")
    from_json, from_journal = tmp_path / "j.sqlite3", tmp_path / "k.sqlite3"
    shutil.copy(a, from_json)
    shutil.copy(a, from_journal)
    with Journal(from_json) as journal:
        report = merge_into(journal, folder)
        again = merge_into(journal, folder)
        z = journal.find_one(ids["z"])
    with Journal(from_journal) as journal:
        merge_into(journal, b)
    assert sorted(report.added) == [ids["w"]] and sorted(report.updated) == [ids["y"]]
    assert [name for name, _ in report.problems] == [str(folder / "notes.json")]
    assert not again.changed
    assert _contents(from_json) == _contents(from_journal)
    structured = [t for t in z.turns if t.answer_value is not None]
    assert structured  # widget values survive the trip through JSON


async def test_the_journal_itself_is_refused(tmp_path: Path) -> None:
    import pytest

    from koji_tui.journal.stations import SourceError

    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        with pytest.raises(SourceError, match="own journal"):
            merge_into(journal, path, this_journal=path)
        with pytest.raises(SourceError, match="does not exist"):
            merge_into(journal, tmp_path / "nope.sqlite3")
