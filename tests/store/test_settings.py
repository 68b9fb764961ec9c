"""keymap.toml and config.toml: overrides read, broken files reported (never a crash)."""

from __future__ import annotations

from pathlib import Path

from koji_tui import paths
from koji_tui.config import load_keymap, load_settings, save_theme


def test_no_keymap_file_means_no_overrides() -> None:
    keymap = load_keymap()
    assert keymap.overrides == {} and keymap.problems == []


def test_keymap_overrides_are_read_flat_or_in_a_bindings_table() -> None:
    path = paths.config_dir() / "keymap.toml"
    path.write_text('quit = "ctrl+q"\nsend = " ctrl+s , f5 "\n', encoding="utf-8")
    assert load_keymap().overrides == {"quit": "ctrl+q", "send": "ctrl+s,f5"}
    path.write_text('[bindings]\nquit = "ctrl+x"\n', encoding="utf-8")
    assert load_keymap().overrides == {"quit": "ctrl+x"}


def test_a_broken_keymap_is_a_message_not_a_crash() -> None:
    path = paths.config_dir() / "keymap.toml"
    path.write_text('quit = "ctrl+q\n', encoding="utf-8")
    keymap = load_keymap()
    assert keymap.overrides == {}
    assert len(keymap.problems) == 1 and "not valid TOML" in keymap.problems[0]
    assert str(path) in keymap.problems[0]
    path.write_bytes(b"\xff\xfe")
    assert "not UTF-8" in load_keymap().problems[0]


def test_bad_entries_are_skipped_with_a_reason_each() -> None:
    (paths.config_dir() / "keymap.toml").write_text(
        'quit = 3\nsend = ""\nhelp = "f1"\nnope = "f2"\nweird = "ctrl+ q"\n', encoding="utf-8"
    )
    keymap = load_keymap(known_ids={"quit", "send", "help", "weird"})
    assert keymap.overrides == {"help": "f1"}
    joined = "\n".join(keymap.problems)
    assert "'quit' must be a key name" in joined
    assert "'send' must be a key name" in joined
    assert "unknown binding 'nope'" in joined
    assert "'weird' has an invalid key" in joined


def test_theme_is_saved_and_loaded() -> None:
    assert load_settings().theme is None
    save_theme('my "dark" theme')
    assert load_settings().theme == 'my "dark" theme'
    (paths.config_dir() / "config.toml").write_text("theme = 5\n", encoding="utf-8")
    settings = load_settings()
    assert settings.theme is None and "'theme' must be" in settings.problems[0]


def test_settings_files_are_the_apps_settings_service(tmp_path: Path) -> None:
    """SettingsFiles reads and writes the config folder (or the one it is given)."""
    from koji_tui.config import SettingsFiles
    from koji_tui.services import SettingsStore

    default: SettingsStore = SettingsFiles()
    default.save_theme("textual-light")
    assert load_settings().theme == "textual-light" == default.load().theme

    own = SettingsFiles(tmp_path)
    assert own.load().theme is None  # not the config folder's
    own.save_theme("koji-high-contrast")
    assert (tmp_path / "config.toml").is_file() and own.load().theme == "koji-high-contrast"
    (tmp_path / "keymap.toml").write_text('"app.help" = "f2"\nnot_ours = "f3"\n', encoding="utf-8")
    keymap = own.load_keymap(known_ids={"app.help"})
    assert keymap.overrides == {"app.help": "f2"}
    assert any("not_ours" in problem for problem in keymap.problems)
