"""What `koji-tui` and `koji-tui demo` import before their first screen.

The parser of a start-up command is built from the layers that command needs only (the other
commands' modules, and the journal package one of them lives in, are not imported); the app
module and the study list's screen import neither the journal nor the session package (those
open SQLite files: they load in the workers that read the journal, after the first screen).
"""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from koji_tui.cli import APP_CLIS, LAYER_CLIS, build_parser, layers_for


def fresh_python(code: str) -> str:
    """What ``code`` prints in a new interpreter (nothing of this test process loaded)."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return out.stdout


@pytest.mark.parametrize(
    ("argv", "wanted"),
    [
        ([], APP_CLIS[None]),
        (["--presenter"], APP_CLIS[None]),
        (["demo"], APP_CLIS["demo"]),
        (["--presenter", "demo", "--no-presenter"], APP_CLIS["demo"]),
        (["demo", "-h"], APP_CLIS["demo"]),  # demo's own help: every option added to demo
        (["-h"], LAYER_CLIS),  # the list of every command
        (["--version"], LAYER_CLIS),
        (["study", "list"], LAYER_CLIS),
        (["stuyd"], LAYER_CLIS),  # a mistyped command is told the commands there are
    ],
)
def test_a_start_up_command_builds_only_the_parsers_it_needs(
    argv: list[str], wanted: tuple[str, ...]
) -> None:
    assert layers_for(argv) == wanted


def test_demo_gets_every_option_other_layers_add_to_it() -> None:
    args = build_parser(layers_for(["demo", "--kiosk"])).parse_args(["demo", "--kiosk"])
    full = build_parser().parse_args(["demo", "--kiosk"])
    assert vars(args).keys() == vars(full).keys()
    assert args.handler.__name__ == full.handler.__name__


def test_the_first_screen_needs_no_journal() -> None:
    code = (
        "import sys\n"
        "from koji_tui.cli import build_parser, layers_for\n"
        "build_parser(layers_for(['demo'])).parse_args(['demo'])\n"
        "import koji_tui.ui.app, koji_tui.ui.screens.main, koji_tui.ui.screens.first_run\n"
        "loaded = ('koji_tui.journal', 'koji_tui.session', 'sqlite3', 'keyring', 'uvicorn', 'tomllib')\n"
        "print(','.join(m for m in loaded if m in sys.modules))\n"
    )
    assert fresh_python(code).strip() == ""


def test_the_collector_is_paused_for_the_block_only() -> None:
    from koji_tui.startup import collector_paused

    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("start-up failed")
    assert gc.isenabled()  # back on, whatever happened in the block
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a collector that was off stays off
    finally:
        gc.enable()


def test_the_app_is_imported_with_the_collector_paused_then_its_modules_are_kept() -> None:
    code = (
        "import gc\n"
        "from koji_tui.startup import release_collector\n"
        "from koji_tui.ui.cli import app_runner\n"
        "run_app = app_runner()\n"
        "young = gc.get_count()[0]\n"
        "print(run_app.__module__, gc.isenabled(), gc.get_freeze_count() > 20_000, young < 700)\n"
        "release_collector()\n"  # what the app does once its first screen is drawn
        "release_collector()\n"  # (once only: a second call changes nothing)
        "print(gc.isenabled(), gc.get_threshold())\n"
        "from koji_tui.startup import warm_up_wanted\n"
        "print(warm_up_wanted(), warm_up_wanted())\n"  # the app's warm-up asked for, once
    )
    # Held off until the first screen is drawn; the imports frozen before the collector came
    # back on, so no young pass is owed over them either (the freeze reset the count); then
    # the app's thresholds (a young generation of 50,000, not Python's 700).
    assert fresh_python(code).split() == [
        "koji_tui.ui.app", "False", "True", "True", "True", "(50000,", "20,", "20)",
        "True", "False",
    ]  # fmt: skip


def test_a_collector_switched_off_by_someone_else_is_not_switched_on_by_a_release() -> None:
    from koji_tui.startup import hold_collector, release_collector

    gc.disable()
    try:
        hold_collector()  # it was off: nothing is held
        release_collector()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_app_releases_the_collector_once_its_first_screen_is_drawn() -> None:
    code = (
        "import gc, os, tempfile\n"
        "os.environ['KOJI_TUI_HOME'] = tempfile.mkdtemp()\n"
        "import asyncio\n"
        "from koji_tui.ui.cli import app_runner\n"
        "from koji_tui.ui.app import KojiApp\n"
        "app_runner()\n"
        "async def main():\n"
        "    app = KojiApp(studies=[], check_pending=False)\n"
        "    async with app.run_test() as pilot:\n"
        "        for _ in range(20):\n"
        "            if gc.isenabled():\n"
        "                break\n"
        "            await pilot.pause()\n"
        "        print(gc.isenabled())\n"
        "asyncio.run(main())\n"
    )
    assert fresh_python(code).split()[-1] == "True"


def test_the_app_opens_on_its_welcome_screen_only_when_surely_no_study_is_there() -> None:
    from koji_tui.config.studies import StudyStore
    from koji_tui.ui.cli import nothing_to_list

    assert nothing_to_list({}) is True  # a fresh home (each test has its own KOJI_TUI_HOME)
    assert nothing_to_list({"KOJI_BASE_URL": "http://127.0.0.1:9"}) is False
    assert nothing_to_list({"KOJI_API_KEY": "pk_test_1"}) is False
    assert nothing_to_list({"KOJI_BASE_URL": "  "}) is True
    StudyStore().path.write_text("[]", encoding="utf-8")  # a studies file: the list reads it
    assert nothing_to_list({}) is False
