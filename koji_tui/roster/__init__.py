"""Participant lists (rosters) from CSV. No textual, no network.

    from koji_tui.roster import import_roster, parse_roster
    report = import_roster(journal, "Onboarding", Path("participants.csv"))
    report.added, report.updated, report.unchanged, report.problems  # [RowProblem(row, reason)]

Reading (encodings, delimiters, broken quotes) is :mod:`koji_tui.roster.csvfile`; which rows
are participants :mod:`koji_tui.roster.rows`; storage and states :mod:`koji_tui.journal.roster`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from koji_tui.i18n import app_translator
from koji_tui.journal import roster as table
from koji_tui.roster.csvfile import CsvFileError
from koji_tui.roster.rows import Participant, RosterFile, RowProblem, parse_roster

MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class ImportReport:
    path: str
    encoding: str
    delimiter: str
    rows: int
    added: int
    updated: int
    unchanged: int
    problems: tuple[RowProblem, ...]

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)

    def summary(self) -> str:
        tr = app_translator()
        parts = [
            tr.gettext("{n} added").format(n=self.added),
            tr.gettext("{n} updated").format(n=self.updated),
            tr.gettext("{n} unchanged").format(n=self.unchanged),
        ]
        skipped = len(self.problems)
        if skipped:
            parts.append(tr.gettext("{n} skipped").format(n=skipped))
        return tr.ngettext(
            "{n} row read ({encoding}, {delimiter}-separated): {counts}.",
            "{n} rows read ({encoding}, {delimiter}-separated): {counts}.",
            self.rows,
        ).format(
            n=self.rows, encoding=self.encoding, delimiter=self.delimiter, counts=", ".join(parts)
        )


def read_file(path: Path) -> RosterFile:
    """Parse a CSV file. Raises :class:`CsvFileError` (also for an unreadable file)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CsvFileError(
                app_translator()
                .gettext("{path} is {size} bytes; a roster may be at most 50 MB.")
                .format(path=path, size=f"{size:,}")
            )
        data = path.read_bytes()
    except OSError as exc:
        raise CsvFileError(
            app_translator()
            .gettext("Cannot read {path}: {reason}")
            .format(path=path, reason=exc.strerror or exc)
        ) from None
    return parse_roster(data)


def import_roster(journal: table.Connected, study_name: str, path: Path) -> ImportReport:
    """Read ``path`` and add its good rows to the study's roster (one transaction)."""
    parsed = read_file(path)
    result = table.upsert(journal, study_name, parsed.participants, source=path.name)
    return ImportReport(
        path=str(path),
        encoding=parsed.encoding,
        delimiter=parsed.delimiter_name,
        rows=parsed.rows_read,
        added=result.added,
        updated=result.updated,
        unchanged=result.unchanged,
        problems=tuple(parsed.problems),
    )


__all__ = [
    "CsvFileError",
    "ImportReport",
    "Participant",
    "RosterFile",
    "RowProblem",
    "import_roster",
    "parse_roster",
    "read_file",
]
