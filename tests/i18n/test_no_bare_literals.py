"""No user-facing literal bypasses the catalogs: an AST scan of what the code shows or prints.

Every ``koji_tui`` module but the catalogs' own machinery and the two layers that know nothing of
ours (``api``, ``server``: :data:`koji_tui.i18n.domains.EXCLUDED`) is parsed, and each text handed
to a *sink* (a widget's words, a notification, a binding's description or tooltip, a border title,
a palette entry, what a command prints, an ``argparse`` help…) must come from the catalogs: a
string literal (or an f-string's literal part, or a ``"…".format`` receiver, a ``+``/``%`` operand,
either branch of ``a if c else b``, a ``Text``/``Content`` built around it) that contains a letter
fails with ``file:line``, unless it sits inside ``gettext``/``ngettext``/``pgettext``/``_``/``N_``.
A variable, an attribute or the result of any other call is not judged (the scan cannot tell).

Run it on some files while working on them (the paths are relative to the repository)::

    python tests/i18n/test_no_bare_literals.py koji_tui/ui/kiosk/*.py
    python tests/i18n/test_no_bare_literals.py --domain kiosk     # one catalog's files
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from koji_tui.i18n.domains import domain_of

PACKAGE_DIR = Path(__file__).resolve().parents[2] / "koji_tui"

# Calls whose first argument(s) are translated (or marked) already: their literals pass.
TRANSLATING = frozenset({"gettext", "ngettext", "pgettext", "npgettext", "_", "N_"})

# callee name -> (positional indices, keyword names) that are shown to a person.
SINKS: dict[str, tuple[tuple[int, ...], frozenset[str]]] = {
    # Textual widgets' words.
    "Static": ((0,), frozenset({"content", "renderable"})),
    "Label": ((0,), frozenset({"content", "renderable"})),
    "Button": ((0,), frozenset({"label"})),
    "Input": ((1,), frozenset({"placeholder"})),
    "TextArea": ((0,), frozenset({"text", "placeholder"})),
    "Placeholder": ((0,), frozenset({"label"})),
    "Checkbox": ((0,), frozenset({"label"})),
    "RadioButton": ((0,), frozenset({"label"})),
    "Collapsible": ((), frozenset({"title"})),
    "TabPane": ((0,), frozenset({"title"})),
    "Tab": ((0,), frozenset({"label"})),
    "Option": ((0,), frozenset({"prompt"})),
    "Markdown": ((0,), frozenset({"markdown"})),
    # Table headers: Rich's Table and Textual's DataTable, and our paged table's Column.
    "add_column": ((0,), frozenset({"header", "label"})),
    "add_columns": ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), frozenset()),
    "Column": ((0,), frozenset({"label"})),
    "update": ((0,), frozenset({"content"})),  # widget.update("…")
    "notify": ((0,), frozenset({"message", "title"})),
    "Binding": ((2,), frozenset({"description"})),
    # Rich / Textual text built to be shown.
    "Text": ((0,), frozenset({"text"})),
    "Content": ((0,), frozenset({"text"})),
    "from_markup": ((0,), frozenset({"text", "markup"})),
    # The command palette (Textual's and ours).
    "SystemCommand": ((0, 1), frozenset({"title", "help"})),
    "Hit": ((1, 3, 4), frozenset({"match_display", "text", "help"})),
    "DiscoveryHit": ((0, 2, 3), frozenset({"display", "text", "help"})),
    "PaletteEntry": ((0, 1), frozenset({"title", "help"})),
    # Our dialogs.
    "ConfirmScreen": ((0, 1, 2, 3), frozenset({"title", "body", "yes", "no"})),
    # What the commands print.
    "print": ((0, 1, 2, 3, 4, 5), frozenset()),
    "write": ((0,), frozenset()),  # sys.stdout.write("…") / stderr
    "error": ((0,), frozenset({"message"})),  # parser.error("…") (a logger's is not shown)
    "exit": ((1,), frozenset({"message"})),  # parser.exit(2, "…"), app.exit(message="…")
    "SystemExit": ((0,), frozenset()),
    "add_argument": ((), frozenset({"help"})),
    "add_argument_group": ((0, 1), frozenset({"title", "description"})),
    "add_parser": ((), frozenset({"help", "description", "epilog"})),
    "add_subparsers": ((), frozenset({"help", "title", "description"})),
    "ArgumentParser": ((), frozenset({"description", "epilog"})),  # usage: syntax, not words
}
# Keywords shown wherever they are passed (any widget's tooltip, any placeholder).
ANY_CALL_KEYWORDS = frozenset({"tooltip", "placeholder"})
# `x.attr = "…"` (and class-level `NAME = "…"`) that end up on screen.
SHOWN_ATTRIBUTES = frozenset(
    {"border_title", "border_subtitle", "tooltip", "title", "sub_title", "label", "placeholder"}
)
SHOWN_CLASS_NAMES = frozenset({"TITLE", "SUB_TITLE", "BORDER_TITLE", "BORDER_SUBTITLE"})

# The allow-list: words that read the same in every language (names, formats) …
SAME_IN_EVERY_LANGUAGE = frozenset(
    {"koji", "koji-tui", "Koji", "JSON", "CSV", "TOML", "URL", "HTTP", "HTTPS", "API", "OK"}
)
# … and text that is not words: a key ("ctrl+q", "f2,n"), a path or id ("keymap.toml",
# "app.help"), a URL: no space, no parenthesis, and at least one of . _ / : + @ # = in it.
_TECHNICAL = re.compile(r"[\w.\-/:+@#=~,*]+")
_TECHNICAL_MARK = re.compile(r"[._/:+@#=]")
# Markup tags ("[b]", "[/]", "[$accent]", "[@click=app.help]") and format fields ("{n}").
# … a command's name as it prefixes what it prints ("koji-tui kiosk set-pin: ", "koji-tui demo --kiosk:").
_COMMAND = re.compile(r"\s*koji-tui(?: [a-z][a-z-]*| --[a-z-]+)*:?\s*")
_MARKUP = re.compile(r"\[(?:[a-z#/@$][^\[\]]*)?\]")
_FIELD = re.compile(r"\{[^{}]*\}")
_WORD = re.compile(r"[^\W\d_][\w'-]*")


@dataclass(frozen=True)
class Bare:
    path: str
    line: int
    sink: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.sink}: {self.text!r}"


def is_words(text: str) -> bool:
    """Whether ``text`` has words a person reads (markup, fields, symbols and ids do not count)."""
    if _COMMAND.fullmatch(text):
        return False
    stripped = _FIELD.sub(" ", _MARKUP.sub(" ", text)).strip()
    if not any(ch.isalpha() for ch in stripped):
        return False
    pieces = stripped.split()
    if all(_TECHNICAL.fullmatch(p) and _TECHNICAL_MARK.search(p) for p in pieces):
        return False
    words = _WORD.findall(stripped)
    return not all(word in SAME_IN_EVERY_LANGUAGE for word in words)


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


# Method names that are a sink only on an argparse parser (a logger's .error is not shown).
_PARSER_ONLY = frozenset({"error", "exit"})


def _on_a_parser(func: ast.expr) -> bool:
    if not isinstance(func, ast.Attribute):
        return False
    return "parser" in _name(func.value).lower()


def literals(node: ast.expr) -> Iterator[tuple[ast.AST, str]]:
    """The literal pieces of ``node`` that would be shown as they are (not through a catalog)."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str):
            yield node, node.value
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                yield node, part.value
            elif isinstance(part, ast.FormattedValue):
                yield from literals(part.value)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        yield from literals(node.left)
        yield from literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from literals(node.body)
        yield from literals(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from literals(value)
    elif isinstance(node, ast.Call):
        name = _name(node.func)
        if name in TRANSLATING:
            return
        if name == "format" and isinstance(node.func, ast.Attribute):
            yield from literals(node.func.value)  # "Scale {lo}".format(...): the receiver
        elif name in {"Text", "Content", "from_markup"}:
            if node.args:
                yield from literals(node.args[0])
        elif name == "assemble":  # Text.assemble("a", ("b", "bold"), …)
            for arg in node.args:
                piece = arg.elts[0] if isinstance(arg, ast.Tuple) and arg.elts else arg
                yield from literals(piece)


class _Scan(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.found: list[Bare] = []
        self._class_depth = 0
        self._function_depth = 0

    def _judge(self, node: ast.expr, sink: str) -> None:
        for where, text in literals(node):
            if is_words(text):
                line = getattr(where, "lineno", getattr(node, "lineno", 0))
                self.found.append(Bare(self.path, line, sink, text))

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name not in TRANSLATING:
            positions, keywords = SINKS.get(name, ((), frozenset()))
            if name in _PARSER_ONLY and not _on_a_parser(node.func):
                positions = ()
                keywords = frozenset() if name == "error" else keywords
            if name in SINKS:
                for index in positions:
                    if index < len(node.args) and not isinstance(node.args[index], ast.Starred):
                        self._judge(node.args[index], name)
            for keyword in node.keywords:
                if keyword.arg in keywords or keyword.arg in ANY_CALL_KEYWORDS:
                    self._judge(keyword.value, f"{name}({keyword.arg}=)")
        self.generic_visit(node)

    def _assigned(self, targets: list[ast.expr], value: ast.expr | None) -> None:
        if value is None:
            return
        for target in targets:
            if isinstance(target, ast.Attribute) and target.attr in SHOWN_ATTRIBUTES:
                self._judge(value, f".{target.attr} =")
            elif isinstance(target, ast.Name) and self._class_depth and not self._function_depth:
                if target.id in SHOWN_CLASS_NAMES:
                    self._judge(value, f"{target.id} =")
                elif target.id == "BINDINGS" and isinstance(value, ast.List | ast.Tuple):
                    for item in value.elts:  # ("q", "quit", "Quit") tuples
                        if isinstance(item, ast.Tuple) and len(item.elts) >= 3:
                            self._judge(item.elts[2], "BINDINGS")

    def visit_Assign(self, node: ast.Assign) -> None:
        self._assigned(node.targets, node.value)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self._assigned([node.target], node.value)
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._class_depth += 1
        saved, self._function_depth = self._function_depth, 0
        self.generic_visit(node)
        self._function_depth = saved
        self._class_depth -= 1

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self._function_depth += 1
        self.generic_visit(node)
        self._function_depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]


def scan_source(source: str, path: str = "<string>") -> list[Bare]:
    scan = _Scan(path)
    scan.visit(ast.parse(source, filename=path))
    return scan.found


def scanned_files() -> Iterator[Path]:
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        if domain_of(path.relative_to(PACKAGE_DIR).as_posix()) is not None:
            yield path


def scan_files(paths: list[Path]) -> list[Bare]:
    root = PACKAGE_DIR.parent
    found: list[Bare] = []
    for path in paths:
        relative = path.resolve().relative_to(root).as_posix()
        found.extend(scan_source(path.read_text(encoding="utf-8"), relative))
    return found


def test_no_user_facing_literal_bypasses_the_catalogs() -> None:
    found = scan_files(list(scanned_files()))
    assert not found, (
        f"{len(found)} user-facing literal(s) not in a catalog (wrap them in tr.gettext/N_):\n"
        + "\n".join(str(bare) for bare in found[:80])
        + (f"\n… and {len(found) - 80} more" if len(found) > 80 else "")
    )


# The scanner itself: what it must catch, and what it must let through.


def _caught(source: str) -> list[str]:
    return [bare.text for bare in scan_source(source)]


def test_the_scan_catches_literals_and_f_strings_in_every_kind_of_sink() -> None:
    source = """
from textual.binding import Binding
class S:
    BINDINGS = [("q", "quit", "Leave"), Binding("f1", "help", "Help", tooltip="Every key")]
    TITLE = "Studies"
    def compose(self):
        yield Static("Hello")
        yield Static(f"{n} answers")
        yield Button("Send" if ok else "Wait")
        yield Input(placeholder="Type here")
        yield Static(Text.assemble(("Bold words", "bold"), " plain words"))
        yield Label("Scale {lo} to {hi}".format(lo=1, hi=5))
        self.query_one(Static).update("Saved")
        self.notify("Study removed", title="Done")
        self.border_title = f"Roster of {name}"
        print("exported " + path)
        parser.add_argument("--x", help="the x to use")
        table.add_column("Score", justify="right")
        columns = (Column("Respondent", "who", 20),)
        parser.error("no such study")
        self.app.exit(message="Could not start")
        log.error("worker %s failed", name)
"""
    assert _caught(source) == [
        "Leave",
        "Help",
        "Every key",
        "Studies",
        "Hello",
        " answers",
        "Send",
        "Wait",
        "Type here",
        "Bold words",
        " plain words",
        "Scale {lo} to {hi}",
        "Saved",
        "Study removed",
        "Done",
        "Roster of ",
        "exported ",
        "the x to use",
        "Score",
        "Respondent",
        "no such study",
        "Could not start",
    ]


def test_the_scan_lets_catalog_text_symbols_ids_and_markup_through() -> None:
    source = """
class S:
    BINDINGS = [Binding("f1", "help", N_("Help"), id="app.help", tooltip=N_("Every key"))]
    def compose(self):
        yield Static(tr.gettext("Hello"), id="greeting", classes="big")
        yield Static(f"{tr.gettext('Scale')} {lo}–{hi}")
        yield Static(self.tr.ngettext("{n} answer", "{n} answers", n).format(n=n))
        yield Static(" · ".join(parts))
        yield Static("[b]" + name + "[/b]")
        yield Static(f"[$accent]{count}[/]  ✓")
        yield Static("ctrl+q")
        yield Static("keymap.toml")
        yield Static("koji-tui")
        print("koji-tui kiosk set-pin: " + tr.gettext("Nothing was changed."))
        yield Static(message)
        yield Static(describe(error))
        self.notify(tr.pgettext("toast", "Saved"))
        self.query_one("#status").add_class("busy")
"""
    assert _caught(source) == []


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["--domain"] and len(arguments) == 2:
        targets = [
            path
            for path in scanned_files()
            if domain_of(path.relative_to(PACKAGE_DIR).as_posix()) == arguments[1]
        ]
    else:
        targets = [Path(arg) for arg in arguments] or list(scanned_files())
    results = scan_files(targets)
    for bare in results:
        print(bare)
    print(f"{len(results)} bare literal(s) in {len(targets)} file(s)", file=sys.stderr)
    sys.exit(1 if results else 0)
