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

from koji_tui.i18n import N_, Translator, app_translator
from koji_tui.questions import QuestionType
from koji_tui.results.model import QuestionSummary, ScoreHistogram, StudyResults
from koji_tui.safety import safe_line

SPARKS = "▁▂▃▄▅▆▇█"
TYPE_NAMES = {
    QuestionType.SCALE: N_("scale"),
    QuestionType.SINGLE_CHOICE: N_("single choice"),
    QuestionType.MULTIPLE_CHOICE: N_("multiple choice"),
    QuestionType.RANKING: N_("ranking"),
    QuestionType.YES_NO: N_("yes/no"),
}
OVERVIEW_COLUMNS = (
    N_("started"),
    N_("completed"),
    N_("ended early"),
    N_("active"),
    N_("completion"),
)
MAX_OTHERS = 5
NO_STRUCTURED = N_("No structured answers in the journal yet.")


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


def overview(results: StudyResults, tr: Translator | None = None) -> Table:
    tr = tr or app_translator()
    c, d = results.counts, results.durations
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    for name in OVERVIEW_COLUMNS:
        table.add_column(tr.gettext(name), justify="right")
    rate = c.completion_rate
    table.add_row(
        str(c.started),
        str(c.completed),
        str(c.ended_early),
        str(c.active),
        "–" if rate is None else f"{round(100 * rate)}%",
    )
    times = Text(
        tr.gettext(
            "Time to complete ({count} closed): median {median}, quartiles {q1} – {q3}"
        ).format(count=d.count, median=duration(d.median), q1=duration(d.q1), q3=duration(d.q3))
    )
    return _grid(Group(table, times))


def _grid(renderable: RenderableType) -> Table:
    grid = Table.grid()
    grid.add_row(renderable)
    return grid


def score_chart(scores: ScoreHistogram, width: int, tr: Translator | None = None) -> Group:
    tr = tr or app_translator()
    rows = list(scores.bins)
    threshold = int(scores.threshold)
    below = [(f"{label}{'' if label == '5' else '.0–' + label + '.9'}", n) for label, n in rows]
    low = _bars(below[: threshold - 1], scores.scored, width, style="default")
    high = _bars(below[threshold - 1 :], scores.scored, width)
    words = tr.gettext("report threshold {threshold}").format(threshold=threshold)
    marker = Text(f"── {words} " + "─" * max(0, width - 6 - len(words)), style="dim")
    share = percent(scores.at_or_above, scores.scored)
    counted = tr.ngettext(
        "{part} of {scored} scored interview ({share}) scores {threshold} or more and "
        "counts toward reports",
        "{part} of {scored} scored interviews ({share}) score {threshold} or more and "
        "count toward reports",
        scores.scored,
    ).format(part=scores.at_or_above, scored=scores.scored, share=share, threshold=threshold)
    if scores.unscored:
        counted += "; " + tr.ngettext(
            "{n} completed without a score", "{n} completed without a score", scores.unscored
        ).format(n=scores.unscored)
    note = Text(counted)
    return Group(Text(tr.gettext("Quality score"), style="bold"), low, marker, high, note)


def day_chart(
    per_day: Sequence[tuple[str, int]], width: int, tr: Translator | None = None
) -> Group:
    tr = tr or app_translator()
    title = Text(tr.gettext("Interviews per day"), style="bold")
    if not per_day:
        return Group(title, Text(tr.gettext("No interviews yet.")))
    values = [n for _, n in per_day]
    shown = per_day[-max(1, width - 2) :]
    line = sparkline(values, max(1, width - 2))
    total = sum(n for _, n in shown)
    return Group(
        title,
        Text(line),
        Text(
            tr.ngettext(
                "{first} … {last}: {n} interview, at most {top} a day",
                "{first} … {last}: {n} interviews, at most {top} a day",
                total,
            ).format(first=shown[0][0], last=shown[-1][0], n=total, top=max(n for _, n in shown))
        ),
    )


def question_title(summary: QuestionSummary, tr: Translator | None = None) -> Text:
    tr = tr or app_translator()
    q = summary.question
    name = TYPE_NAMES.get(q.type)
    kind = tr.gettext(name) if name else q.type.value
    if q.type is QuestionType.SCALE and q.scale_min is not None and q.scale_max is not None:
        kind = tr.gettext("scale {lo}-{hi}").format(lo=q.scale_min, hi=q.scale_max)
    answered = tr.ngettext("{n} answered", "{n} answered", summary.answered).format(
        n=summary.answered
    )
    return Text.assemble((safe_line(q.prompt or q.key), "bold"), f"  ({kind}, {answered})")


def question_chart(summary: QuestionSummary, width: int, tr: Translator | None = None) -> Group:
    tr = tr or app_translator()
    parts: list[RenderableType] = [question_title(summary, tr)]
    kind = summary.question.type
    n = summary.answered
    if kind is QuestionType.RANKING:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        table.add_column(tr.gettext("option"), no_wrap=True, overflow="ellipsis", max_width=28)
        table.add_column(tr.gettext("avg position"), justify="right")
        table.add_column(tr.gettext("first place"), justify="right")
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
    elif kind is QuestionType.YES_NO and len(summary.question.options) != 2:
        counts = tuple((tr.gettext(label), count) for label, count in summary.counts)
        parts.append(_bars(counts, n, width))
    else:
        parts.append(_bars(summary.counts, n, width))
    if kind is QuestionType.SCALE:
        stats = []
        if summary.mean is not None:
            stats.append(
                tr.gettext("mean {mean}, median {median}").format(
                    mean=f"{summary.mean:.1f}", median=f"{summary.median:g}"
                )
            )
        nps = summary.nps
        if nps is not None and nps.total:
            stats.append(
                tr.gettext(
                    "NPS {score}: promoters {promoters} ({promoters_share}), passives "
                    "{passives} ({passives_share}), detractors {detractors} ({detractors_share})"
                ).format(
                    score=f"{nps.score:+d}",
                    promoters=nps.promoters,
                    promoters_share=percent(nps.promoters, nps.total),
                    passives=nps.passives,
                    passives_share=percent(nps.passives, nps.total),
                    detractors=nps.detractors,
                    detractors_share=percent(nps.detractors, nps.total),
                )
            )
        parts += [Text(line) for line in stats]
    if summary.others:
        shown = summary.others[:MAX_OTHERS]
        more = len(summary.others) - len(shown)
        listed = ", ".join(
            f"“{safe_line(text, 40)}”" + (f" ×{count}" if count > 1 else "")
            for text, count in shown
        )
        label = (
            tr.gettext("Other answers")
            if kind is not QuestionType.SCALE
            else tr.gettext("Not on the scale")
        )
        if more > 0:
            listed = tr.gettext("{listed} and {n} more").format(listed=listed, n=more)
        parts.append(Text(f"{label}: {listed}"))
    return Group(*parts)


def render_results(results: StudyResults, width: int = 100, tr: Translator | None = None) -> Group:
    """The whole results page (overview, scores, per day, every question), in ``tr``'s
    language (the user's by default)."""
    tr = tr or app_translator()
    width = max(40, width)
    title = tr.gettext("Results · {study}").format(study=safe_line(results.study_name))
    parts: list[RenderableType] = [
        Text(title, style="bold underline"),
        overview(results, tr),
        Text(""),
        score_chart(results.scores, width, tr),
        Text(""),
        day_chart(results.per_day, width, tr),
    ]
    for summary in results.questions:
        parts += [Text(""), question_chart(summary, width, tr)]
    if not results.questions:
        parts += [Text(""), Text(tr.gettext(NO_STRUCTURED))]
    return Group(*parts)
