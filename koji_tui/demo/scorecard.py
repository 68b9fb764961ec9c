"""The rehearsal's scorecard, drawn with rich (a table and a summary line)."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from koji_tui.demo.rehearse import QUALITY_BAR, Row
from koji_tui.i18n import N_, app_translator
from koji_tui.safety import safe_line

YES, NO = "✓", "✗"
#: The table's column headings (translated where drawn).
COLUMNS = (
    N_("Persona"),
    N_("Study"),
    N_("Completed"),
    N_("Structured"),
    N_("Score"),
    N_("Turns"),
    N_("Time"),
    N_("Result"),
)


def _structured(row: Row) -> Text:
    text = Text(f"{row.structured_valued}/{row.structured_asked}")
    if row.own_words:
        own = app_translator().gettext(" +{n} own").format(n=row.own_words)
        text.append(own, style="dim")
    text.stylize("green" if row.structured_ok else "bold red")
    return text


def _mark(ok: bool) -> Text:
    return Text(YES, style="green") if ok else Text(NO, style="bold red")


def scorecard_table(rows: Sequence[Row], title: str | None = None) -> Table:
    tr = app_translator()
    persona, study, completed, structured, score_, turns, time_, result_ = (
        tr.gettext(c) for c in COLUMNS
    )
    title = title if title is not None else tr.gettext("Rehearsal")
    table = Table(
        title=safe_line(title, 80), title_justify="left", expand=False, box=box.SIMPLE_HEAD
    )
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column(persona, no_wrap=True, max_width=12, overflow="ellipsis")
    table.add_column(study, no_wrap=True, max_width=24, overflow="ellipsis")
    table.add_column(completed, justify="center", no_wrap=True)
    table.add_column(structured, no_wrap=True)
    table.add_column(score_, justify="right", no_wrap=True)
    table.add_column(f"≥{QUALITY_BAR:g}", justify="center", no_wrap=True)
    table.add_column(turns, justify="right", no_wrap=True)
    table.add_column(time_, justify="right", no_wrap=True)
    table.add_column(result_, no_wrap=True)
    passed, failed = tr.gettext("pass"), tr.gettext("FAIL")
    for row in rows:
        score = "—" if row.quality_score is None else f"{row.quality_score:.1f}"
        result = Text(passed, style="bold green") if row.passed else Text(failed, style="bold red")
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
    tr = app_translator()
    passed = sum(1 for r in rows if r.passed)
    failed = len(rows) - passed
    scores = [r.quality_score for r in rows if r.quality_score is not None]
    runs = tr.ngettext("{n} run", "{n} runs", len(rows)).format(n=len(rows))
    said = tr.gettext("{runs}: {passed} passed, {failed} failed")
    text = Text(said.format(runs=runs, passed=passed, failed=failed))
    if scores:
        said = tr.gettext(" · quality {low}-{high} (median {median})")
        low, high, median = min(scores), max(scores), statistics.median(scores)
        text.append(said.format(low=f"{low:.1f}", high=f"{high:.1f}", median=f"{median:.1f}"))
    asked = sum(r.structured_asked for r in rows)
    valued = sum(r.structured_valued for r in rows)
    own = sum(r.own_words for r in rows)
    said = tr.gettext(" · structured answers with a value: {valued}/{asked}")
    text.append(said.format(valued=valued, asked=asked))
    if own:
        text.append(tr.gettext(" (+{n} in own words)").format(n=own))
    text.stylize("bold green" if not failed else "bold red", 0, len(runs))
    return text


def failures(rows: Sequence[Row]) -> list[Text]:
    """A line per failed run: its number and why."""
    said = app_translator().gettext("run {n} ({persona} · {study}): {why}")
    return [
        Text(
            said.format(
                n=r.number,
                persona=safe_line(r.persona, 24),
                study=safe_line(r.study, 40),
                why=safe_line(r.why, 200),
            ),
            style="red",
        )
        for r in rows
        if not r.passed
    ]


def scorecard(rows: Sequence[Row], title: str | None = None) -> Group:
    """The table, why each failed run failed, and the summary line: one renderable.
    "+N own" beside the structured count: questions the persona answers in its own words on
    purpose (a yes/no answered "Sometimes")."""
    return Group(scorecard_table(rows, title), *failures(rows), summary_line(rows))
