"""A generated participant CSV: good rows (quoted delimiters, doubled quotes, line breaks in a
field, accents) and bad rows of every kind, with the row number and reason each bad one must
be reported with."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# reason fragments the importer must give for each kind of bad row
BAD_KINDS: dict[str, str] = {
    "no_id_no_name": "no external_id and no display_name",
    "duplicate_id": "duplicate external_id",
    "unknown_locale": "unknown locale",
    "unclosed_quote": "broken quote: the quote opened in column",
    "text_after_quote": "broken quote: text after the closing quote",
    "too_many_columns": "columns, the header has",
    "id_too_long": "external_id longer than 200",
}
NAMES = [
    "José Álvarez",
    "Zoë Müller",
    "Françoise Dupont",
    "Ana María",
    "Søren Kierkegaard",
    "Jürgen",
    "Nuño",
    "Smith, Jane",
    'Dwayne "The Rock"',
    "Renée",
]
LOCALES = ["en", "es", "fr", "de", "pt-BR", "en-GB", ""]


@dataclass
class Generated:
    text: str
    good_ids: list[str]
    bad: dict[int, str] = field(default_factory=dict)  # row number -> kind


def _quote(value: str, delimiter: str) -> str:
    if any(c in value for c in (delimiter, '"', "\n")):
        return '"' + value.replace('"', '""') + '"'
    return value


def generate(
    rows: int = 1000, bad_rows: int = 50, delimiter: str = ",", seed: int = 14
) -> Generated:
    rng = random.Random(seed)
    kinds = list(BAD_KINDS)
    bad_at = set(rng.sample(range(5, rows), bad_rows))  # never among the first rows
    order = {index: kinds[n % len(kinds)] for n, index in enumerate(sorted(bad_at))}
    lines = [delimiter.join(["external_id", "display_name", "locale", "city", "segment"])]
    line_no = 1
    good_ids: list[str] = []
    bad: dict[int, str] = {}
    for index in range(rows):
        line_no += 1
        kind = order.get(index)
        pid = f"p{index:04d}"
        name = rng.choice(NAMES)
        locale = rng.choice(LOCALES)
        city = rng.choice(["Madrid", "Lyon", "Kraków", "São Paulo", "Oslo; Norway"])
        segment = rng.choice(["smb", "enterprise", ""])
        if kind is None:
            if index % 97 == 3:
                city = "Two\nlines"  # a quoted line break: the next row starts a line later
            cells = [pid, name, locale, city, segment]
            lines.append(delimiter.join(_quote(c, delimiter) for c in cells))
            good_ids.append(pid)
            line_no += city.count("\n")
            continue
        bad[line_no] = kind
        if kind == "no_id_no_name":
            cells = ["", "", locale, city, segment]
            line = delimiter.join(_quote(c, delimiter) for c in cells)
        elif kind == "duplicate_id":
            line = delimiter.join([good_ids[0], "Someone Else", "en", "Oslo", ""])
        elif kind == "unknown_locale":
            line = delimiter.join([pid, "Ana", "xx-YY", "Madrid", ""])
        elif kind == "unclosed_quote":
            line = delimiter.join([pid, '"Bob the builder', "en", "Lyon", ""])
        elif kind == "text_after_quote":
            line = delimiter.join([pid, '"Bob" Builder', "en", "Lyon", ""])
        elif kind == "too_many_columns":
            line = delimiter.join([pid, "Carl", "en", "Oslo", "smb", "extra", "more"])
        else:  # id_too_long
            line = delimiter.join(["x" * 201, "Dee", "en", "Oslo", ""])
        lines.append(line)
    return Generated("\r\n".join(lines) + "\r\n", good_ids, bad)
