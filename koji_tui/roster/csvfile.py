"""Reading a participant CSV the way people make them: any of three encodings, any of three
delimiters, and rows with a broken quote reported instead of swallowing the rest of the file.

Encoding: a UTF-8 byte-order mark means UTF-8 (Excel's "CSV UTF-8"); a UTF-16 mark means
UTF-16 (Excel's "Unicode text"); else UTF-8 when the bytes are valid UTF-8, else Windows-1252
(Excel's "CSV" on Windows; a superset of Latin-1 for printable text), else Latin-1 (never fails).

Delimiter: comma, semicolon or tab, whichever splits the header line (outside quotes) into the
most known column names, then into the most columns.

Records follow RFC 4180 (fields in double quotes may hold the delimiter, line breaks and ``""``).
A quote that opens a field and never closes would, in Python's ``csv`` module, take every later
line into that field; here a record may run over several lines only when it then has the
header's number of columns. Otherwise its first line is reported as a broken quote and reading
goes on at the next line. Text after a closing quote (``"ab"c``) is a broken quote too; a quote
inside an unquoted field (``Dwayne "The Rock" Johnson``) is kept as it is, like ``csv`` does.

Row numbers are the file's line numbers, the header being row 1 (what a text editor shows, and a
spreadsheet too while no field holds a line break). Blank lines are skipped silently.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from koji_tui.i18n import app_translator

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
MAX_RECORD_LINES = 200  # a quoted field longer than this many lines is taken for a broken quote


@dataclass(frozen=True)
class CsvRecord:
    """One record: the row (line) it starts on and its fields."""

    row: int
    fields: tuple[str, ...]


@dataclass(frozen=True)
class BrokenRow:
    """A line that is no record (a broken quote), with the reason."""

    row: int
    reason: str


@dataclass
class CsvTable:
    encoding: str
    delimiter: str
    header: tuple[str, ...]
    header_row: int
    records: list[CsvRecord] = field(default_factory=list)
    broken: list[BrokenRow] = field(default_factory=list)

    @property
    def delimiter_name(self) -> str:
        return DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))


class CsvFileError(ValueError):
    """The file cannot be read as a participant list at all (empty, no header)."""


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) for the bytes of a CSV file (see the module docstring)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace").lstrip("\ufeff"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _lines(text: str) -> list[str]:
    """Physical lines, whatever the line ends (CRLF, LF, CR)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _split_simple(line: str, delimiter: str) -> list[str]:
    """A header line split outside quotes (for guessing the delimiter only)."""
    out, current, quoted = [], [], False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            out.append("".join(current))
            current = []
        else:
            current.append(char)
    out.append("".join(current))
    return [part.strip().strip('"').strip() for part in out]


def guess_delimiter(header_line: str, known: frozenset[str]) -> str:
    """The delimiter that yields the most known column names, then the most columns."""

    def score(delimiter: str) -> tuple[int, int]:
        names = _split_simple(header_line, delimiter)
        return sum(1 for n in names if normalise_column(n) in known), len(names)

    return max(DELIMITERS, key=lambda d: (score(d), -DELIMITERS.index(d)))


def normalise_column(name: str) -> str:
    """``External ID`` / ``external-id`` / ``EXTERNAL_ID`` -> ``external_id``."""
    text = name.strip().lstrip("\ufeff").strip().casefold()
    return "_".join(text.replace("-", " ").replace("_", " ").split())


class _Broken(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _parse_record(lines: list[str], start: int, delimiter: str) -> tuple[list[str], int]:
    """Fields of the record starting at ``lines[start]`` and the index of its last line.
    Raises :class:`_Broken` for a broken quote."""
    fields: list[str] = []
    index = start
    line = lines[index]
    pos = 0
    spanned: int | None = None  # the column whose quoted value went on to the next lines

    def broken(reason: str) -> _Broken:
        if spanned is not None:
            return _Broken(
                app_translator()
                .gettext("the quote opened in column {column} is not closed on its row")
                .format(column=spanned)
            )
        return _Broken(reason)

    while True:
        # at the start of a field
        if pos < len(line) and line[pos] == '"':
            column = len(fields) + 1
            pos += 1
            value: list[str] = []
            while True:
                close = line.find('"', pos)
                if close == -1:
                    value.append(line[pos:])
                    index += 1
                    spanned = column if spanned is None else spanned
                    if index >= len(lines) or index - start >= MAX_RECORD_LINES:
                        raise broken("")
                    value.append("\n")
                    line, pos = lines[index], 0
                    continue
                value.append(line[pos:close])
                if close + 1 < len(line) and line[close + 1] == '"':
                    value.append('"')
                    pos = close + 2
                    continue
                pos = close + 1
                break
            fields.append("".join(value))
            if pos >= len(line):
                return fields, index
            if line[pos] != delimiter:
                raise broken(
                    app_translator()
                    .gettext("text after the closing quote of column {column}")
                    .format(column=column)
                )
            pos += 1
            if pos >= len(line):
                fields.append("")
                return fields, index
            continue
        end = line.find(delimiter, pos)
        if end == -1:
            fields.append(line[pos:])
            return fields, index
        fields.append(line[pos:end])
        pos = end + 1
        if pos >= len(line):
            fields.append("")
            return fields, index


def read_table(data: bytes, known_columns: frozenset[str]) -> CsvTable:
    """Decode and split a CSV file into its header and records (see the module docstring)."""
    text, encoding = decode(data)
    lines = _lines(text)
    header_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if header_index is None:
        raise CsvFileError(
            app_translator().gettext("The file is empty: the first line must name the columns.")
        )
    delimiter = guess_delimiter(lines[header_index], known_columns)
    try:
        header, last = _parse_record(lines, header_index, delimiter)
    except _Broken as exc:
        raise CsvFileError(
            app_translator()
            .gettext("The header (row {row}) has {reason}.")
            .format(row=header_index + 1, reason=exc.reason)
        ) from None
    if last != header_index:
        raise CsvFileError(
            app_translator()
            .gettext("The header (row {row}) runs over several lines.")
            .format(row=header_index + 1)
        )
    table = CsvTable(
        encoding=encoding,
        delimiter=delimiter,
        header=tuple(header),
        header_row=header_index + 1,
    )
    width = len(header)
    index = header_index + 1
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        try:
            fields, last = _parse_record(lines, index, delimiter)
        except _Broken as exc:
            reason = app_translator().gettext("broken quote: {reason}").format(reason=exc.reason)
            table.broken.append(BrokenRow(index + 1, reason))
            index += 1
            continue
        if last != index and len(fields) != width:
            # A quote left open took the next lines into one field: that is this line's
            # broken quote, and the lines it swallowed are read as their own rows.
            column = next((i + 1 for i, value in enumerate(fields) if "\n" in value), len(fields))
            table.broken.append(
                BrokenRow(
                    index + 1,
                    app_translator()
                    .gettext("broken quote: {reason}")
                    .format(
                        reason=app_translator()
                        .gettext("the quote opened in column {column} is not closed on its row")
                        .format(column=column)
                    ),
                )
            )
            index += 1
            continue
        table.records.append(CsvRecord(index + 1, tuple(fields)))
        index = last + 1
    return table
