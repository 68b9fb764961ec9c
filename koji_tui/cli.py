"""The ``koji-tui`` command line.

Each layer owns its subcommands in its own ``cli.py`` module, which imports only
the standard library at module level (so ``--help`` and start-up stay fast):

- ``koji_tui.ui.cli``: ``koji-tui`` (no subcommand) and ``koji-tui demo``
- ``koji_tui.server.cli``: ``koji-tui serve``
- ``koji_tui.config.cli``: ``koji-tui study add|list|remove``
- ``koji_tui.journal.cli``: ``koji-tui export``
- ``koji_tui.ops.cli``: ``koji-tui roster|results|journal merge``, ``study refresh|close-stale|export``
- ``koji_tui.demo.cli``: ``koji-tui rehearse``, ``koji-tui demo --autopilot``
- ``koji_tui.kiosk.cli``: ``koji-tui kiosk STUDY|set-pin|station``, ``koji-tui demo --kiosk``
- ``koji_tui.ui.observe_cli``: ``koji-tui observe [INTERVIEW_ID] [--web]``

A layer module exposes ``add_arguments(subparsers)`` that registers its
subcommands with ``set_defaults(handler=<callable taking args, returning int>)``.

What the commands print and their help follow the user's language (``locale`` in
``config.toml``, else ``LC_ALL`` / ``LC_MESSAGES`` / ``LANG``): :func:`main` applies it before
the parser is built, and each module translates with ``koji_tui.i18n.app_translator()``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from koji_tui.i18n import N_, app_translator
from koji_tui.startup import collector_paused

DESCRIPTION = N_("""\
A terminal interview console for Koji's Headless API.

  koji-tui              (no command) open the app on your own studies: add them
                        with `koji-tui study add`, or set KOJI_BASE_URL and
                        KOJI_API_KEY""")

START_HERE = N_("""\
start here:
  koji-tui demo         the app on the built-in sandbox: no account, no setup
  koji-tui serve        the sandbox on its own; point koji-tui at it with one of
                        the keys it prints (the key decides the study)
  koji-tui COMMAND -h   the options of one command
""")

#: argparse's own words: the standard library marks them for gettext; our catalog translates
#: them (``usage:``, ``options``, its error messages), so a help page is in one language.
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("%(prog)s: error: %(message)s\n"),
)

LAYER_CLIS = (
    "koji_tui.ui.cli",
    "koji_tui.server.cli",
    "koji_tui.config.cli",
    "koji_tui.journal.cli",
    "koji_tui.ops.cli",  # after config.cli: it adds study-wide actions to `study`
    "koji_tui.demo.cli",  # after ui.cli: it adds the autopilot's options to `demo`
    "koji_tui.kiosk.cli",  # after ui.cli: it adds --kiosk to `demo`
    "koji_tui.ui.observe_cli",
)

#: The layer modules the commands a user starts the app with need (``demo``'s own options and
#: those other layers add to it): start-up imports and builds no other command's parser. Any
#: other command, ``-h`` and ``--version`` get every layer's (``LAYER_CLIS``).
APP_CLIS: dict[str | None, tuple[str, ...]] = {
    None: ("koji_tui.ui.cli",),  # no command: the app on the user's own studies
    "demo": ("koji_tui.ui.cli", "koji_tui.demo.cli", "koji_tui.kiosk.cli"),
}
TOP_LEVEL_ALL = frozenset({"-h", "--help", "--version"})


def apply_locale() -> str | None:
    """Use the user's language (``config.toml``'s ``locale``, else the environment's) for what
    the commands print; the problem with the configured locale, if it has one."""
    from koji_tui import paths
    from koji_tui.config.settings import load_settings
    from koji_tui.i18n import set_app_locale

    settings = load_settings(paths.config_dir(create=False) / "config.toml")
    set_app_locale(settings.locale)
    return settings.locale_problem


def layers_for(argv: Sequence[str] | None) -> tuple[str, ...]:
    """The layer CLI modules a parser for ``argv`` needs (see ``APP_CLIS``)."""
    args = list(sys.argv[1:] if argv is None else argv)
    command = next((arg for arg in args if not arg.startswith("-")), None)
    before = args[: args.index(command)] if command is not None else args
    if TOP_LEVEL_ALL.intersection(before) or command not in APP_CLIS:
        return LAYER_CLIS
    return APP_CLIS[command]


def build_parser(layers: Sequence[str] = LAYER_CLIS) -> argparse.ArgumentParser:
    from koji_tui import __version__

    tr = app_translator()
    # argparse's own words (ARGPARSE_WORDS): its module reads `_` each time it uses one
    argparse._ = tr.gettext  # type: ignore[attr-defined]
    parser = argparse.ArgumentParser(
        prog="koji-tui",
        usage="koji-tui [-h] [--version] [COMMAND ...]",
        description=tr.gettext(DESCRIPTION),
        epilog=tr.gettext(START_HERE),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"koji-tui {__version__}",
        help=tr.gettext("show program's version number and exit"),
    )
    parser.add_argument(
        "--presenter",
        action="store_true",
        help=tr.gettext(
            "presenter mode: no ports, keys, ids or request counts on screen (ctrl+o shows them)"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in layers:
        module = importlib.import_module(name)
        module.add_arguments(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    layers = layers_for(argv)
    # Start-up makes what lives as long as the run (koji_tui.startup): the modules imported
    # here are kept when the command opens the app (they are the app's too).
    with collector_paused(keep=layers != LAYER_CLIS):
        problem = apply_locale()
        if problem:
            print(f"koji-tui: {problem}", file=sys.stderr)
        parser = build_parser(layers)
        args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        # No subcommand: open the app on the user's own studies.
        from koji_tui.ui.cli import run_default

        return run_default(args)
    try:
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        print(app_translator().gettext("interrupted"), file=sys.stderr)
        return 130
