"""The rehearsal's scorecard, drawn with rich (a table and a summary line)."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from koji_tui.demo.rehearse import QUALITY_BAR, Row
from koji_tui.safety import safe_line

YES, NO = "✓", "✗"


def _structured(row: Row) -> Text:
    text = Text(f"{row.structured_valued}/{row.structured_asked}")
    if row.own_words:
        text.append(f" +{row.own_words} own", style="dim")
    text.stylize("green" if row.structured_ok else "bold red")
    return text


def _mark(ok: bool) -> Text:
    return Text(YES, style="green") if ok else Text(NO, style="bold red")


def scorecard_table(rows: Sequence[Row], title: str = "Rehearsal") -> Table:
    table = Table(
        title=safe_line(title, 80), title_justify="left", expand=False, box=box.SIMPLE_HEAD
    )
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("Persona", no_wrap=True, max_width=12, overflow="ellipsis")
    table.add_column("Study", no_wrap=True, max_width=24, overflow="ellipsis")
    table.add_column("Completed", justify="center", no_wrap=True)
    table.add_column("Structured", no_wrap=True)
    table.add_column("Score", justify="right", no_wrap=True)
    table.add_column(f"≥{QUALITY_BAR:g}", justify="center", no_wrap=True)
    table.add_column("Turns", justify="right", no_wrap=True)
    table.add_column("Time", justify="right", no_wrap=True)
    table.add_column("Result", no_wrap=True)
    for row in rows:
        score = "—" if row.quality_score is None else f"{row.quality_score:.1f}"
        result = Text("pass", style="bold green") if row.passed else Text("FAIL", style="bold red")
        table.add_row(
            str(row.number),
            safe_line(row.persona, 24),
            safe_line(row.study, 28),
            _mark(row.completed),
            _structured(row),
            score,
            _mark(row.score_ok),
            str(row.turns),
            f"{row.duration:.1f} s",
            result,
        )
    return table


def summary_line(rows: Sequence[Row]) -> Text:
    passed = sum(1 for r in rows if r.passed)
    failed = len(rows) - passed
    scores = [r.quality_score for r in rows if r.quality_score is not None]
    text = Text(f"{len(rows)} runs: {passed} passed, {failed} failed")
    if scores:
        text.append(
            f" · quality {min(scores):.1f}-{max(scores):.1f} (median {statistics.median(scores):.1f})"
        )
    asked = sum(r.structured_asked for r in rows)
    valued = sum(r.structured_valued for r in rows)
    own = sum(r.own_words for r in rows)
    text.append(f" · structured answers with a value: {valued}/{asked}")
    if own:
        text.append(f" (+{own} in own words)")
    text.stylize("bold green" if not failed else "bold red", 0, len(f"{len(rows)} runs"))
    return text


def failures(rows: Sequence[Row]) -> list[Text]:
    """A line per failed run: its number and why."""
    return [
        Text(
            f"run {r.number} ({safe_line(r.persona, 24)} · {safe_line(r.study, 40)}): "
            f"{safe_line(r.why, 200)}",
            style="red",
        )
        for r in rows
        if not r.passed
    ]


def scorecard(rows: Sequence[Row], title: str = "Rehearsal") -> Group:
    """The table, why each failed run failed, and the summary line: one renderable.
    "+N own" beside the structured count: questions the persona answers in its own words on
    purpose (a yes/no answered "Sometimes")."""
    return Group(scorecard_table(rows, title), *failures(rows), summary_line(rows))
