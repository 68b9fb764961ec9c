"""A study's results drawn with rich (``koji-tui results``, and the app's results screen).

Charts are rich's own :class:`~rich.bar.Bar` in tables: the bars are block characters, and every
bar has its number (and share) beside it, so a chart reads the same without colour
(``NO_COLOR``) and in high contrast. Server and participant text is drawn through the one
sanitizer as plain text, never as markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich import box
from rich.bar import Bar
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from koji_tui.questions import QuestionType
from koji_tui.results.model import QuestionSummary, ScoreHistogram, StudyResults
from koji_tui.safety import safe_line

SPARKS = "▁▂▃▄▅▆▇█"
TYPE_NAMES = {
    QuestionType.SCALE: "scale",
    QuestionType.SINGLE_CHOICE: "single choice",
    QuestionType.MULTIPLE_CHOICE: "multiple choice",
    QuestionType.RANKING: "ranking",
    QuestionType.YES_NO: "yes/no",
}
MAX_OTHERS = 5


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h {minutes:02d}m"
    if minutes:
        return f"{minutes}m {secs:02d}s"
    return f"{secs}s"


def sparkline(values: Sequence[int], width: int | None = None) -> str:
    """Block characters for a series (the last ``width`` values); zero is the lowest block."""
    if width is not None and len(values) > width:
        values = values[-width:]
    top = max(values, default=0)
    if top <= 0:
        return SPARKS[0] * len(values)
    return "".join(SPARKS[min(len(SPARKS) - 1, round(v / top * (len(SPARKS) - 1)))] for v in values)


def _bars(
    rows: Iterable[tuple[str, int]], total: int, width: int, *, style: str = "default"
) -> Table:
    items = list(rows)
    top = max((n for _, n in items), default=0)
    label_width = min(28, max((len(label) for label, _ in items), default=4))
    table = Table.grid(padding=(0, 1))
    table.add_column(width=label_width, no_wrap=True, overflow="ellipsis")
    table.add_column(width=max(6, width - label_width - 14), no_wrap=True)
    table.add_column(justify="right", no_wrap=True, width=11)
    for label, count in items:
        table.add_row(
            Text(safe_line(label)),
            Bar(max(top, 1), 0, count, color=style),
            Text(f"{count} {percent(count, total):>4}"),
        )
    return table


def overview(results: StudyResults) -> Table:
    c, d = results.counts, results.durations
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    for name in ("started", "completed", "ended early", "active", "completion"):
        table.add_column(name, justify="right")
    rate = c.completion_rate
    table.add_row(
        str(c.started),
        str(c.completed),
        str(c.ended_early),
        str(c.active),
        "–" if rate is None else f"{round(100 * rate)}%",
    )
    times = Text(
        f"Time to complete ({d.count} closed): median {duration(d.median)}, "
        f"quartiles {duration(d.q1)} – {duration(d.q3)}"
    )
    return _grid(Group(table, times))


def _grid(renderable: RenderableType) -> Table:
    grid = Table.grid()
    grid.add_row(renderable)
    return grid


def score_chart(scores: ScoreHistogram, width: int) -> Group:
    rows = list(scores.bins)
    threshold = int(scores.threshold)
    below = [(f"{label}{'' if label == '5' else '.0–' + label + '.9'}", n) for label, n in rows]
    low = _bars(below[: threshold - 1], scores.scored, width, style="default")
    high = _bars(below[threshold - 1 :], scores.scored, width)
    marker = Text(f"── report threshold {threshold} " + "─" * max(0, width - 24), style="dim")
    share = percent(scores.at_or_above, scores.scored)
    note = Text(
        f"{scores.at_or_above} of {scores.scored} scored interviews ({share}) score "
        f"{threshold} or more and count toward reports"
        + (f"; {scores.unscored} completed without a score" if scores.unscored else "")
    )
    return Group(Text("Quality score", style="bold"), low, marker, high, note)


def day_chart(per_day: Sequence[tuple[str, int]], width: int) -> Group:
    if not per_day:
        return Group(Text("Interviews per day", style="bold"), Text("No interviews yet."))
    values = [n for _, n in per_day]
    shown = per_day[-max(1, width - 2) :]
    line = sparkline(values, max(1, width - 2))
    return Group(
        Text("Interviews per day", style="bold"),
        Text(line),
        Text(
            f"{shown[0][0]} … {shown[-1][0]}: {sum(n for _, n in shown)} interviews, "
            f"at most {max(n for _, n in shown)} a day"
        ),
    )


def question_title(summary: QuestionSummary) -> Text:
    q = summary.question
    kind = TYPE_NAMES.get(q.type, q.type.value)
    if q.type is QuestionType.SCALE and q.scale_min is not None and q.scale_max is not None:
        kind = f"scale {q.scale_min}-{q.scale_max}"
    return Text.assemble(
        (safe_line(q.prompt or q.key), "bold"),
        f"  ({kind}, {summary.answered} answered)",
    )


def question_chart(summary: QuestionSummary, width: int) -> Group:
    parts: list[RenderableType] = [question_title(summary)]
    kind = summary.question.type
    n = summary.answered
    if kind is QuestionType.RANKING:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        table.add_column("option", no_wrap=True, overflow="ellipsis", max_width=28)
        table.add_column("avg position", justify="right")
        table.add_column("first place", justify="right")
        table.add_column("", width=max(6, width - 58), no_wrap=True)
        top = max((f for _, _, f in summary.positions), default=0)
        for label, average, firsts in summary.positions:
            table.add_row(
                Text(safe_line(label)),
                "–" if average is None else f"{average:.2f}",
                f"{firsts} {percent(firsts, n):>4}",
                Bar(max(top, 1), 0, firsts, color="default"),
            )
        parts.append(table)
    else:
        parts.append(_bars(summary.counts, n, width))
    if kind is QuestionType.SCALE:
        stats = []
        if summary.mean is not None:
            stats.append(f"mean {summary.mean:.1f}, median {summary.median:g}")
        nps = summary.nps
        if nps is not None and nps.total:
            stats.append(
                f"NPS {nps.score:+d}: promoters {nps.promoters} ({percent(nps.promoters, nps.total)}),"
                f" passives {nps.passives} ({percent(nps.passives, nps.total)}),"
                f" detractors {nps.detractors} ({percent(nps.detractors, nps.total)})"
            )
        parts += [Text(line) for line in stats]
    if summary.others:
        shown = summary.others[:MAX_OTHERS]
        more = len(summary.others) - len(shown)
        listed = ", ".join(
            f"“{safe_line(text, 40)}”" + (f" ×{count}" if count > 1 else "")
            for text, count in shown
        )
        label = "Other answers" if kind is not QuestionType.SCALE else "Not on the scale"
        parts.append(Text(f"{label}: {listed}" + (f" and {more} more" if more > 0 else "")))
    return Group(*parts)


def render_results(results: StudyResults, width: int = 100) -> Group:
    """The whole results page (overview, scores, per day, every question)."""
    width = max(40, width)
    parts: list[RenderableType] = [
        Text(f"Results · {safe_line(results.study_name)}", style="bold underline"),
        overview(results),
        Text(""),
        score_chart(results.scores, width),
        Text(""),
        day_chart(results.per_day, width),
    ]
    for summary in results.questions:
        parts += [Text(""), question_chart(summary, width)]
    if not results.questions:
        parts += [Text(""), Text("No structured answers in the journal yet.")]
    return Group(*parts)
