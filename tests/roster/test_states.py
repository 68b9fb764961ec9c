"""A participant's state comes from the study's interviews in the journal (started from the
roster, by hand with the same id, or merged from another station)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from koji_tui.api import KojiClient
from koji_tui.journal import Journal
from koji_tui.journal import roster as table
from koji_tui.roster import import_roster
from tests.results.seed import Plan, run_interview

CSV = (
    "external_id,display_name,locale,team\n"
    "c1,Ana,en,ops\n"
    "c2,Ben,en,ops\n"
    "c3,Cleo,en,sales\n"
    "c4,Dan,en,sales\n"
    ",Eve,en,\n"
)


async def test_each_participant_shows_where_they_are(sandbox: Any, tmp_path: Path) -> None:
    study = sandbox.studies[0]
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    with Journal(tmp_path / "journal.sqlite3") as journal:
        import_roster(journal, study.name, path)
        entries = {e.display_name: e for e in table.entries(journal, study.name)}
        async with KojiClient(sandbox.base_url, sandbox.key(study.id)) as client:
            # c1 completes, c2 leaves early, c3 is mid-way, Eve (no id) completes by name
            await run_interview(
                client, journal, study.name, Plan(respondent=entries["Ana"].respondent())
            )
            await run_interview(
                client,
                journal,
                study.name,
                Plan(
                    respondent=entries["Ben"].respondent(), stop_after=2, reason="respondent_left"
                ),
            )
            await run_interview(
                client,
                journal,
                study.name,
                Plan(respondent=entries["Cleo"].respondent(), stop_after=1, reason=None),
            )
            await run_interview(
                client, journal, study.name, Plan(respondent=entries["Eve"].respondent())
            )
        rows = {r.entry.display_name: r for r in table.rows(journal, study.name)}
        assert {name: r.state for name, r in rows.items()} == {
            "Ana": "completed",
            "Ben": "ended early",
            "Cleo": "active",
            "Dan": "not started",
            "Eve": "completed",
        }
        assert rows["Ana"].quality_score is not None and rows["Ana"].interview_id
        assert rows["Dan"].record_id is None
        assert table.next_not_started(journal, study.name).entry.display_name == "Dan"
        found = table.find_by_code(journal, study.name, "  C2 ")
        assert found is not None and found.entry.display_name == "Ben"
        assert table.find_by_code(journal, study.name, "nobody") is None
        record = journal.get(rows["Ana"].record_id)
        assert record.respondent == {
            "external_id": "c1",
            "display_name": "Ana",
            "metadata": {"team": "ops"},
        }
