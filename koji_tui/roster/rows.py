"""A participant list read from CSV: which rows are participants, and why the others are not.

Columns ``external_id``, ``display_name`` and ``locale`` (spelled in any case, with spaces or
hyphens: ``External ID`` is ``external_id``) fill the respondent; every other column becomes a
metadata key (its header text, trimmed), with the row's value; empty values are left out.

A row is reported (its row number and the reason) and skipped when it has a broken quote, more
columns than the header, neither an external id nor a name, an id or name longer than Koji
takes (200 characters), an unknown locale, or an external id an earlier row already has. A
row without an external id is the same participant as an earlier one when everything it
holds is the same (a duplicate too); its identity in the roster is a fingerprint of its fields.
A row with every cell empty (a spreadsheet's blank row, ``,,,``) is skipped silently.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from koji_tui.i18n import app_translator
from koji_tui.roster.csvfile import CsvFileError, CsvTable, normalise_column, read_table
from koji_tui.roster.locales import normalise_locale

ID_COLUMN = "external_id"
NAME_COLUMN = "display_name"
LOCALE_COLUMN = "locale"
KNOWN_COLUMNS = frozenset({ID_COLUMN, NAME_COLUMN, LOCALE_COLUMN})
MAX_ID_LEN = 200  # the respondent fields' limit (the sandbox's, as documented for Koji)
MAX_METADATA_VALUE = 1000
MAX_METADATA_KEYS = 50

__all__ = [
    "CsvFileError",
    "Participant",
    "RosterFile",
    "RowProblem",
    "parse_roster",
    "participant_key",
]


def participant_key(
    external_id: str | None, display_name: str | None, locale: str | None, metadata: dict[str, str]
) -> str:
    """The roster's identity of a participant: the external id, or (without one) ``~`` and a
    fingerprint of name, locale and metadata, so the same row imported again is found again."""
    if external_id:
        return external_id
    blob = json.dumps([display_name or "", locale or "", sorted(metadata.items())])
    return "~" + hashlib.sha256(blob.encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True)
class Participant:
    """One good row."""

    row: int
    external_id: str | None
    display_name: str | None
    locale: str | None
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return participant_key(self.external_id, self.display_name, self.locale, self.metadata)

    def respondent(self) -> dict[str, object]:
        """The respondent object of ``POST /start`` for this participant."""
        out: dict[str, object] = {}
        if self.external_id:
            out["external_id"] = self.external_id
        if self.display_name:
            out["display_name"] = self.display_name
        if self.metadata:
            out["metadata"] = dict(self.metadata)
        return out


@dataclass(frozen=True)
class RowProblem:
    row: int
    reason: str


@dataclass
class RosterFile:
    encoding: str
    delimiter_name: str
    columns: tuple[str, ...]
    participants: list[Participant]
    problems: list[RowProblem]

    @property
    def rows_read(self) -> int:
        return len(self.participants) + len(self.problems)


def _columns(table: CsvTable) -> list[str | None]:
    """Per header cell: a known column's name, a metadata key, or None (an empty header)."""
    names: list[str | None] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(table.header):
        text = raw.strip().lstrip("\ufeff").strip()
        norm = normalise_column(text)
        name: str | None = norm if norm in KNOWN_COLUMNS else (text or None)
        if name is not None:
            key = name.casefold()
            if key in seen:
                raise CsvFileError(
                    app_translator()
                    .gettext(
                        "The header names the column {name} twice (columns {first} and "
                        "{second}): every column needs its own name."
                    )
                    .format(name=repr(text), first=seen[key] + 1, second=index + 1)
                )
            seen[key] = index
        names.append(name)
    if ID_COLUMN not in names and NAME_COLUMN not in names:
        raise CsvFileError(
            app_translator()
            .gettext(
                "The header has neither an external_id nor a display_name column "
                "(it has: {columns})."
            )
            .format(columns=", ".join(repr(c) for c in table.header))
        )
    metadata = [n for n in names if n is not None and n not in KNOWN_COLUMNS]
    if len(metadata) > MAX_METADATA_KEYS:
        raise CsvFileError(
            app_translator()
            .gettext("The file has {n} metadata columns; a respondent takes at most {most}.")
            .format(n=len(metadata), most=MAX_METADATA_KEYS)
        )
    return names


def _check(
    row: int, values: dict[str, str], metadata: dict[str, str]
) -> tuple[Participant | None, str | None]:
    external_id = values.get(ID_COLUMN, "").strip() or None
    name = values.get(NAME_COLUMN, "").strip() or None
    raw_locale = values.get(LOCALE_COLUMN, "").strip()
    tr = app_translator()
    if external_id is None and name is None:
        return None, tr.gettext("no external_id and no display_name")
    if external_id is not None and len(external_id) > MAX_ID_LEN:
        return None, tr.gettext("external_id longer than {n} characters").format(n=MAX_ID_LEN)
    if name is not None and len(name) > MAX_ID_LEN:
        return None, tr.gettext("display_name longer than {n} characters").format(n=MAX_ID_LEN)
    locale = None
    if raw_locale:
        locale = normalise_locale(raw_locale)
        if locale is None:
            return None, tr.gettext("unknown locale {locale}").format(locale=repr(raw_locale))
    for key, value in metadata.items():
        if len(value) > MAX_METADATA_VALUE:
            return None, tr.gettext("the value of {key} is longer than {n} characters").format(
                key=repr(key), n=MAX_METADATA_VALUE
            )
    return Participant(row, external_id, name, locale, metadata), None


def parse_roster(data: bytes) -> RosterFile:
    """The participants of a CSV file and the rows that are not (see the module docstring).
    Raises :class:`CsvFileError` when the file as a whole cannot be used."""
    table = read_table(data, KNOWN_COLUMNS)
    names = _columns(table)
    problems = [RowProblem(b.row, b.reason) for b in table.broken]
    participants: list[Participant] = []
    first_row: dict[str, int] = {}
    width = len(names)
    for record in table.records:
        cells = list(record.fields)
        if not any(c.strip() for c in cells):
            continue  # a blank row (a spreadsheet writes ",,,"): not a participant
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            problems.append(
                RowProblem(
                    record.row,
                    app_translator()
                    .gettext("{n} columns, the header has {width}")
                    .format(n=len(cells), width=width),
                )
            )
            continue
        cells = (cells + [""] * width)[:width]
        values: dict[str, str] = {}
        metadata: dict[str, str] = {}
        for name, cell in zip(names, cells, strict=True):
            if name is None:
                continue
            if name in KNOWN_COLUMNS:
                values[name] = cell
            elif cell.strip():
                metadata[name] = cell.strip()
        participant, reason = _check(record.row, values, metadata)
        if participant is None:
            problems.append(
                RowProblem(record.row, reason or app_translator().gettext("unreadable"))
            )
            continue
        key = participant.key
        if key in first_row:
            tr = app_translator()
            what = (
                tr.gettext("duplicate external_id {id}").format(id=repr(participant.external_id))
                if participant.external_id
                else tr.gettext("the same participant as an earlier row")
            )
            problems.append(
                RowProblem(
                    record.row,
                    tr.gettext("{what} (first on row {row})").format(what=what, row=first_row[key]),
                )
            )
            continue
        first_row[key] = record.row
        participants.append(participant)
    problems.sort(key=lambda p: p.row)
    return RosterFile(
        encoding=table.encoding,
        delimiter_name=table.delimiter_name,
        columns=tuple(n for n in names if n is not None),
        participants=participants,
        problems=problems,
    )
