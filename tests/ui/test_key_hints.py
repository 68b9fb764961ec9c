"""The hints on screen name the key that works there, the user's remaps included."""

from __future__ import annotations

from app_helpers import screen_text, wait_for

from koji_tui import paths
from koji_tui.config.entry import StudyEntry
from koji_tui.ui.app import KojiApp
from tests.pilot import driven

SECRET = "pk_test_" + "h" * 32


async def test_key_for_follows_a_remap_and_the_hint_says_it(no_keyring: None) -> None:
    (paths.config_dir() / "keymap.toml").write_text('"main.new_interview" = "ctrl+n"\n')
    studies = [StudyEntry("Alpha", "http://127.0.0.1:9", SECRET, key_storage="session")]
    app = KojiApp(studies=studies)
    async with driven(app, size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.studies_ready, what="studies")
        await pilot.pause()
        assert app.key_for("new_interview") == "^n"
        assert app.key_for("help") == "f1"  # not remapped: the default
        assert app.key_for("no_such_action") == ""
        assert "No interviews in this study yet: press ^n to start one." in screen_text(app)
