"""Importing a participant CSV: 1,000 rows with 50 bad ones of every kind, in each encoding and
delimiter people's tools write; a second import changes nothing; nothing already there is lost."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from koji_tui.journal import Journal
from koji_tui.journal import roster as table
from koji_tui.roster import CsvFileError, import_roster, parse_roster
from tests.roster.generate import BAD_KINDS, generate

VARIANTS = [
    # (encoding written, delimiter, encoding the importer must report)
    ("utf-8-sig", ",", "utf-8-sig"),
    ("utf-8", ";", "utf-8"),
    ("cp1252", "\t", "cp1252"),
]


@pytest.mark.parametrize(("encoding", "delimiter", "detected"), VARIANTS)
def test_a_thousand_rows_with_fifty_bad_ones(
    tmp_path: Path, encoding: str, delimiter: str, detected: str
) -> None:
    generated = generate(rows=1000, bad_rows=50, delimiter=delimiter)
    assert set(generated.bad.values()) == set(BAD_KINDS)  # every kind is there
    path = tmp_path / "participants.csv"
    path.write_bytes(generated.text.encode(encoding))
    with Journal(tmp_path / "journal.sqlite3") as journal:
        report = import_roster(journal, "Field study", path)
        assert (report.encoding, report.rows) == (detected, 1000)
        assert report.delimiter == {",": "comma", ";": "semicolon", "\t": "tab"}[delimiter]
        assert (report.added, report.updated, report.unchanged) == (950, 0, 0)
        reported = {p.row: p.reason for p in report.problems}
        assert set(reported) == set(generated.bad)  # each bad row, by its number
        for row, kind in generated.bad.items():
            assert BAD_KINDS[kind] in reported[row], (row, kind, reported[row])
        entries = table.entries(journal, "Field study")
        assert [e.key for e in entries] == generated.good_ids  # exactly the good rows, in order
        names = {e.display_name for e in entries}
        assert {"José Álvarez", "Zoë Müller", "Smith, Jane", 'Dwayne "The Rock"'} <= names
        assert any(e.metadata.get("city") == "Two\nlines" for e in entries)

        again = import_roster(journal, "Field study", path)
        assert (again.added, again.updated, again.unchanged) == (0, 0, 950)
        assert [p.row for p in again.problems] == [p.row for p in report.problems]
        assert table.entries(journal, "Field study") == entries  # a no-op


def test_a_later_file_loses_nothing_already_there(tmp_path: Path) -> None:
    first = tmp_path / "a.csv"
    first.write_text(
        "external_id,display_name,locale,city\np1,Ana,es,Madrid\np2,Ben,en,Leeds\n",
        encoding="utf-8",
    )
    second = tmp_path / "b.csv"
    # p1 again with no locale and a new column; p3 new; p2 absent
    second.write_text(
        "external_id,display_name,locale,plan\np1,Ana Ruiz,,pro\np3,Cleo,fr,free\n",
        encoding="utf-8",
    )
    with Journal(tmp_path / "journal.sqlite3") as journal:
        import_roster(journal, "S", first)
        report = import_roster(journal, "S", second)
        assert (report.added, report.updated, report.unchanged) == (1, 1, 0)
        entries = {e.key: e for e in table.entries(journal, "S")}
        assert list(entries) == ["p1", "p2", "p3"]  # p2 kept, p3 at the end
        assert entries["p1"].display_name == "Ana Ruiz"
        assert entries["p1"].locale == "es"  # an empty cell never clears a value
        assert entries["p1"].metadata == {"city": "Madrid", "plan": "pro"}
        assert table.entries(journal, "other study") == []


def test_encodings_and_line_ends_are_read_right() -> None:
    text = "external_id;display_name;locale\r\nq1;Zoë;pt_br\r\nq2;Łukasz;pl\r\n"
    for data, name, second in [
        (codecs.BOM_UTF8 + text.encode("utf-8"), "utf-8-sig", "Łukasz"),
        (text.encode("utf-16"), "utf-16", "Łukasz"),
        (text.replace("Łukasz", "Lukas").encode("latin-1"), "cp1252", "Lukas"),
        (text.replace("\r\n", "\r").encode("utf-8"), "utf-8", "Łukasz"),
    ]:
        parsed = parse_roster(data)
        assert parsed.encoding == name
        assert parsed.delimiter_name == "semicolon"
        assert [p.display_name for p in parsed.participants] == ["Zoë", second]
        assert parsed.participants[0].locale == "pt-BR"
        assert parsed.problems == []


def test_a_broken_quote_never_swallows_the_rows_after_it() -> None:
    data = b'external_id,display_name\na1,"Unclosed\na2,Two\na3,"Three, Jr."\na4,"x"y\na5,Five\n'
    parsed = parse_roster(data)
    assert [p.external_id for p in parsed.participants] == ["a2", "a3", "a5"]
    assert [(p.row, p.reason.split(":")[0]) for p in parsed.problems] == [
        (2, "broken quote"),
        (5, "broken quote"),
    ]


def test_a_name_alone_is_a_participant_and_the_same_row_twice_is_a_duplicate() -> None:
    parsed = parse_roster(b"display_name,city\nMaria,Lima\nMaria,Cusco\nMaria,Lima\n,\n")
    assert [p.metadata["city"] for p in parsed.participants] == ["Lima", "Cusco"]
    assert [(p.row, p.reason) for p in parsed.problems] == [
        (4, "the same participant as an earlier row (first on row 2)"),
    ]  # the empty row 5 is blank: skipped, not a participant


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"city,segment\nLima,smb\n", "neither an external_id nor a display_name"),
        (b"external_id,city,City\nx,a,b\n", "twice"),
    ],
)
def test_a_file_that_is_no_participant_list_says_why(data: bytes, message: str) -> None:
    with pytest.raises(CsvFileError, match=message):
        parse_roster(data)
