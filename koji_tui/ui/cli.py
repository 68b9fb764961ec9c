"""``koji-tui`` (no subcommand: the user's own studies) and ``koji-tui demo``.

Only the standard library is imported here; Textual and the app load inside
the handlers, so ``koji-tui --help`` stays fast.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Mapping
from typing import Any

from koji_tui.i18n import app_translator
from koji_tui.startup import (
    collector_paused,
    hold_collector,
    release_collector,
    tune_collector,
    warm_up_later,
)


def add_arguments(subparsers: Any) -> None:  # argparse._SubParsersAction
    """Register ``demo``."""
    tr = app_translator()
    demo = subparsers.add_parser(
        "demo",
        help=tr.gettext(
            "open the app against the built-in sandbox server (no account, no keyring needed)"
        ),
        description=(
            tr.gettext(
                "Open koji-tui against an embedded sandbox server started on a free loopback "
                "port. Its studies, keys and journal live in a temporary folder under the data "
                "folder and are removed on exit; your own studies are not touched."
            )
        ),
    )
    demo.add_argument(
        "--high-contrast",
        action="store_true",
        help=tr.gettext("start with the high-contrast theme"),
    )
    demo.add_argument(
        "--no-presenter",
        dest="presenter",
        action="store_false",
        help=tr.gettext(
            "show ports, keys, interview ids and request counts (the demo hides them, and "
            "starts with a few completed interviews, for an audience)"
        ),
    )
    demo.set_defaults(handler=run_demo, presenter=True)


def _high_contrast(args: argparse.Namespace) -> bool | None:
    return True if getattr(args, "high_contrast", False) else None


def presenter_of(args: argparse.Namespace) -> bool:
    """Presenter mode: ``--presenter`` (``koji-tui demo``: unless ``--no-presenter``), or
    ``KOJI_TUI_PRESENTER=1``."""
    if getattr(args, "presenter", False):
        return True
    return os.environ.get("KOJI_TUI_PRESENTER", "") not in ("", "0")


def app_runner() -> Callable[..., int]:
    """``run_app``, its modules (Textual's among them) imported with the cyclic garbage collector
    paused, then kept out of its sight for the rest of the run; the collector stays off until
    the app's first screen is drawn (the app releases it), and runs with the app's thresholds;
    the app warms its question detector after its first screen (see :mod:`koji_tui.startup`)."""
    with collector_paused(keep=True):
        from koji_tui.ui.app import run_app
    tune_collector()
    warm_up_later()
    hold_collector()
    return run_app


def run_demo(args: argparse.Namespace) -> int:
    with collector_paused(keep=True):  # the listing lives as long as the app
        listing = demo_listing()
    return _open_app(args, demo=True, demo_listing=listing)


def _open_app(args: argparse.Namespace, **options: Any) -> int:
    """The app, imported with the collector paused, run with the looks the command line asks."""
    run_app = app_runner()
    try:
        return run_app(high_contrast=_high_contrast(args), presenter=presenter_of(args), **options)
    finally:
        release_collector()  # (if the app ended before its first screen was drawn)


def demo_listing() -> tuple[list[Any], list[str]] | None:
    """The demo's studies and their keys, read from the study files it ships before the app
    starts (off its event loop: a few small files), so its first frame lists them; ``None``
    when they cannot be read (the app reads them again in a thread, and its sandbox says what
    is wrong)."""
    from koji_tui.server.catalog import load_studies, study_api_key

    try:
        listed = load_studies(None)
    except Exception:
        return None
    return listed, [study_api_key(study.id) for study in listed]


def run_default(args: argparse.Namespace) -> int:
    """No subcommand: open the app on the user's studies (plus KOJI_BASE_URL/KOJI_API_KEY)."""
    if not os.isatty(1) and not os.environ.get("KOJI_TUI_FORCE_APP"):
        said = app_translator().gettext(
            "the app needs a terminal (stdout is not a TTY). Try `koji-tui --help`."
        )
        print(f"koji-tui: {said}")
        return 2
    return _open_app(args, demo=False, welcome=nothing_to_list())


def nothing_to_list(environ: Mapping[str, str] | None = None) -> bool:
    """Whether there is surely no study to list: no ``KOJI_BASE_URL`` / ``KOJI_API_KEY`` and no
    studies file. Asked before the app starts (off its event loop: one look at a path); the app
    then opens on its welcome screen without building the study list under it. The studies are
    read all the same, and the list comes if they hold one after all."""
    from koji_tui.config.studies import ENV_API_KEY, ENV_BASE_URL, StudyStore

    env = os.environ if environ is None else environ
    if env.get(ENV_BASE_URL, "").strip() or env.get(ENV_API_KEY, "").strip():
        return False
    return not StudyStore().path.exists()
