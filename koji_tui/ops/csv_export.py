"""A study as one CSV file for a spreadsheet: one row per interview.

Columns: ids and server, the respondent's fields, each metadata key (``metadata.<key>``),
status and outcome, quality score, start and completion times, duration in seconds, turns,
then one column per structured question (its text) with the structured value: a scale's
number, a choice's label, multiple choices joined with ``; ``, a ranking as ``a > b > c``,
yes/no as the label; an answer that fits no option is written as the participant wrote it.

Format: UTF-8 with a byte-order mark (Excel then reads it as UTF-8), RFC 4180 (every field
that holds a quote, the delimiter or a line break is quoted, quotes doubled; CRLF between
records). A text cell that starts with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return)
is written with a leading ``'`` so no spreadsheet runs it as a formula (OWASP's advice);
numbers koji-tui computes are written as numbers. Session tokens never appear.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from koji_tui.questions import QuestionType
from koji_tui.results.compute import parse_time
from koji_tui.results.load import Readable, load
from koji_tui.results.model import Answer, InterviewFacts, QuestionInfo

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BASE_COLUMNS = (
    "interview_id",
    "study",
    "server",
    "external_id",
    "display_name",
    "locale",
    "mode",
    "status",
    "outcome",
    "completion_reason",
    "quality_score",
    "started_at",
    "completed_at",
    "duration_seconds",
    "turns",
)


def neutralise(value: Any) -> Any:
    """A text cell that a spreadsheet would take for a formula gets a leading ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def answer_cell(answer: Answer) -> str | int:
    value, kind = answer.value, answer.question.type
    others = "; ".join(answer.others)
    if value is None:
        return others or answer.text
    if kind is QuestionType.SCALE:
        return int(value)
    if kind is QuestionType.YES_NO:
        options = answer.question.options
        labels = options if len(options) == 2 else ("Yes", "No")
        return labels[0] if value else labels[1]
    if kind is QuestionType.RANKING:
        return " > ".join(value)
    if kind is QuestionType.MULTIPLE_CHOICE:
        return "; ".join([*value, *answer.others])
    return str(value)


def _question_columns(answers: Iterable[Answer]) -> list[tuple[str, QuestionInfo]]:
    columns: dict[str, QuestionInfo] = {}
    for answer in answers:
        columns.setdefault(answer.question.key, answer.question)
    out: list[tuple[str, QuestionInfo]] = []
    used: set[str] = set()
    for info in columns.values():
        title = info.prompt or info.key
        name, n = title, 2
        while name.casefold() in used or name in BASE_COLUMNS:
            name, n = f"{title} ({n})", n + 1
        used.add(name.casefold())
        out.append((name, info))
    return out


def _duration(item: InterviewFacts) -> float | None:
    start, end = parse_time(item.started_at), parse_time(item.completed_at)
    if start is None or end is None or item.status != "completed":
        return None
    return round((end - start).total_seconds(), 3)


def build_rows(
    interviews: Sequence[InterviewFacts], answers: Sequence[Answer]
) -> tuple[list[str], list[list[Any]]]:
    """The header and the rows (values not yet neutralised)."""
    meta_keys: list[str] = []
    seen: set[str] = set()
    for item in interviews:
        metadata = item.respondent.get("metadata")
        if isinstance(metadata, dict):
            for key in metadata:
                if key not in seen:
                    seen.add(key)
                    meta_keys.append(str(key))
    questions = _question_columns(answers)
    by_record: dict[int, dict[str, Answer]] = {}
    for answer in answers:
        by_record.setdefault(answer.record_id, {})[answer.question.key] = answer
    header = [*BASE_COLUMNS, *(f"metadata.{k}" for k in meta_keys), *(n for n, _ in questions)]
    rows: list[list[Any]] = []
    for item in interviews:
        respondent = item.respondent
        metadata = (
            respondent.get("metadata") if isinstance(respondent.get("metadata"), dict) else {}
        )
        mine = by_record.get(item.record_id, {})
        row: list[Any] = [
            item.interview_id,
            item.study_name,
            item.base_url,
            respondent.get("external_id") or "",
            respondent.get("display_name") or "",
            item.locale or "",
            item.mode or "",
            item.status,
            item.outcome,
            item.completion_reason or "",
            "" if item.quality_score is None else item.quality_score,
            item.started_at,
            item.completed_at or "",
            _duration(item) if _duration(item) is not None else "",
            item.turn_count,
        ]
        row += ["" if metadata.get(k) is None else str(metadata[k]) for k in meta_keys]
        row += [answer_cell(mine[info.key]) if info.key in mine else "" for _, info in questions]
        rows.append(row)
    return header, rows


def write_csv(
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    path: Path,
    on_row: Callable[[int], None] | None = None,
) -> int:
    """Write the file atomically (a temp file in the same folder, then a rename)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    count = 0
    for row in rows:
        writer.writerow([neutralise(v) for v in row])
        count += 1
        if on_row is not None:
            on_row(count)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            handle.write(buffer.getvalue())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return count


def export_csv(
    journal: Readable, study_name: str, path: Path, on_row: Callable[[int, int], None] | None = None
) -> int:
    """Write the study's CSV to ``path``; returns the number of interviews written.
    ``on_row(done, total)`` follows the progress."""
    interviews, answers = load(journal, study_name)
    header, rows = build_rows(interviews, answers)
    total = len(rows)
    return write_csv(
        header, rows, path, None if on_row is None else (lambda done: on_row(done, total))
    )
