"""Lines that stand for several, as the list detector reads them (koji_tui.questions.lists):
options keyed on one line ("[A] Phone  [B] Tablet", checkboxes "[ ] Email  [ ] Phone"), a
row of options after the ask on its line ("Which …? A / B / C", "Which …? A) X B) Y") when its
instruction follows on the next line, and a Markdown table of one row over its rule."""

from __future__ import annotations

import re

from koji_tui.questions.joins import lettered

LINE_SEPARATOR = re.compile(r"\s[/|·]\s|(?<=\S)\|(?=\S)")  # "A / B", "A | B", "A · B"
_PARENTHESES = re.compile(r"\([^()]*\)")
_TABLE_ROW = re.compile(r"^\|(?P<cells>.+)\|$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")


def _table_options(lines: list[str], index: int) -> str | None:
    """A Markdown table of one row over its rule ("| A | B | C |" / "|---|---|---|"), no row
    of data under it: the row of options "A | B | C"; None for anything else."""
    row = _TABLE_ROW.match(lines[index].strip())
    if row is None or index + 1 >= len(lines) or not _TABLE_RULE.match(lines[index + 1].strip()):
        return None
    if index + 2 < len(lines) and lines[index + 2].lstrip().startswith("|"):
        return None  # rows of data: a table quoted, not options
    cells = [cell.strip() for cell in row.group("cells").split("|")]
    return " | ".join(cells) if len(cells) >= 2 and all(cells) else None


def _row_after_ask(rest: str) -> list[str] | None:
    """The lines a row after the ask stands for: itself ("A / B / C", an "Other (please
    specify)" in it), or one line per keyed option ("A) X B) Y", "(a) X (b) Y"); None when
    it is no row (a sentence, a question, options all in parentheses: "(daily / weekly)")."""
    if "?" in _PARENTHESES.sub("", rest):
        return None
    keyed = lettered(rest)
    if keyed is not None:
        return [f"{chr(ord('a') + i)}) {piece}" for i, piece in enumerate(keyed)]
    if rest.lstrip().startswith("(") or len(LINE_SEPARATOR.findall(rest)) < 2:
        return None
    return [rest]


def _row_then_sentence(rest: str) -> tuple[list[str] | None, str]:
    """A row after the ask and the instruction after it on the same line ("A / B / C. Put them
    in order."): the row's lines and the instruction; or the row alone (the instruction on the
    next line)."""
    head, stop, told = rest.partition(". ")
    if stop and told.strip():
        row = _row_after_ask(head)
        if row is not None:
            return row, told.strip()
    return _row_after_ask(rest), ""


_ASK_WITH_ROW = re.compile(r"^(?P<ask>[^:?]*[^:?\s])\s*:\s+(?P<row>[^:?]+?)\s*\?\s+(?P<told>\S.*)$")


def _row_inside_ask(line: str) -> list[str] | None:
    """A question whose options are a row between its colon and its question mark, with an
    instruction after it ("How do you pay at checkout: card / PayPal / cash? Just the main
    one."): the ask, the row and the instruction, one line each."""
    found = _ASK_WITH_ROW.match(line)
    if found is None or len(LINE_SEPARATOR.findall(found["row"])) < 2:
        return None
    row = _row_after_ask(found["row"])
    return None if row is None else [found["ask"] + "?", *row, found["told"]]


_INLINE_KEY = re.compile(r"(?:^|(?<=\s))(?:\[(?P<key>[A-Za-z])\]|(?P<box>\[\s?\]|☐|□))\s+")


def one_per_line(lines: list[str]) -> list[str]:
    """A line of keyed options, "[A] Phone  [B] Tablet  [C] Laptop" or checkboxes "[ ] Email
    [ ] Phone", as the list of lines it stands for, and a row of options after the ask on its
    line ("Which …? A / B / C") on a line of its own (other lines as they are)."""
    out: list[str] = []
    rule = -1  # the index of a table's rule, dropped
    for index, line in enumerate(lines):
        if index == rule:
            continue
        table = _table_options(lines, index)
        if table is not None:
            out.append(table)
            rule = index + 1
            continue
        ask, mark, rest = line.partition("? ")
        if mark:
            row, told = _row_then_sentence(rest)
            if row is not None and (told or index < len(lines) - 1):  # its instruction after
                out.extend((ask + "?", *row, *([told] if told else [])))
                continue
        inside = _row_inside_ask(line)
        if inside is not None:  # "How do you pay: card / cash / phone? Just the main one."
            out.extend(inside)
            continue
        marks = list(_INLINE_KEY.finditer(line))
        boxes = [m.group("box") is not None for m in marks]
        keys = [(m.group("key") or "").lower() for m in marks]
        if (
            len(marks) < 2
            or marks[0].start() != 0
            or len(set(boxes)) != 1
            or (not boxes[0] and keys != [chr(ord("a") + i) for i in range(len(keys))])
        ):
            out.append(line)
            continue
        ends = [m.start() for m in marks[1:]] + [len(line)]
        out.extend(line[m.start() : end].strip() for m, end in zip(marks, ends, strict=True))
    return out
