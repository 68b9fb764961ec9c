"""keymap.toml is checked before Textual sees it: a key name that is not a key, a letter
where a text field has the focus, or a key another live binding already has would
silently disable an action (Textual accepts any string and never matches it, and on a
clash it moves the key away from the other binding). Each is reported and the binding
keeps its default keys."""

from __future__ import annotations

import pytest
from app_helpers import screen_text, toasts, wait_for

from koji_tui import paths
from koji_tui.config.entry import StudyEntry
from koji_tui.ui.app import KojiApp
from koji_tui.ui.bindings import BINDING_IDS
from koji_tui.ui.keymap import check_keymap, normalize_key
from koji_tui.ui.screens.main import MainScreen
from koji_tui.ui.screens.new_interview import NewInterviewScreen
from tests.pilot import driven

SECRET = "pk_test_SECRETSECRETSECRETSECRET0002"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ctrl+q", "ctrl+q"),
        ("Ctrl+Q", "ctrl+q"),
        ("F1", "f1"),
        ("?", "question_mark"),
        ("question_mark", "question_mark"),
        ("shift+ctrl+x", "ctrl+shift+x"),
        ("alt+up", "alt+up"),
        ("plus", "plus"),
        ("Q", "Q"),  # a capital letter is its own key
    ],
)
def test_key_names_are_normalised_as_textual_names_them(raw: str, expected: str) -> None:
    assert normalize_key(raw) == (expected, None)


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ("ctrl+nonsense", "'nonsense' is not a key name"),
        ("ctrl+", "ends with '+'"),
        ("foo+a", "unknown modifier 'foo'"),
        ("ctrl+ctrl+a", "repeats a modifier"),
        ("pgup", "'pgup' is not a key name"),
    ],
)
def test_names_that_are_not_keys_say_why(raw: str, why: str) -> None:
    key, problem = normalize_key(raw)
    assert key is None and problem is not None and why in problem


def test_a_bad_key_keeps_the_default_and_names_the_binding() -> None:
    kept, problems = check_keymap({"app.quit": "ctrl+nonsense", "app.help": "f1,?"})
    assert kept == {"app.help": "f1,question_mark"}
    [problem] = problems
    assert "'app.quit'" in problem and "nonsense" in problem and "default kept" in problem


def test_a_key_another_binding_on_the_same_screen_has_is_refused() -> None:
    kept, problems = check_keymap({"main.open_interview": "n"})
    assert kept == {}
    [problem] = problems
    assert "main.new_interview" in problem and "study list" in problem
    # An app-wide key counts on every screen.
    kept, problems = check_keymap({"interview.complete": "f1"})
    assert kept == {} and "app.help" in problems[0]
    # Inside one answer widget, inherited bindings count too.
    kept, problems = check_keymap({"answer.toggle": "down"})
    assert kept == {} and "answer.next" in problems[0]


def test_swapping_keys_and_sharing_them_across_screens_is_fine() -> None:
    swap = {"main.new_interview": "o", "main.open_interview": "n"}
    assert check_keymap(swap) == (swap, [])
    # f3 exports on both screens, and the help key closes the help: on purpose.
    assert check_keymap({"interview.export": "f6", "main.export": "f6"})[1] == []
    assert check_keymap({"help.close": "f1"}) == ({"help.close": "f1"}, [])


def test_two_overrides_taking_the_same_key_both_keep_their_defaults() -> None:
    kept, problems = check_keymap({"interview.complete": "f6", "interview.reload": "f6"})
    assert kept == {} and len(problems) == 2


def test_letters_that_a_text_field_would_swallow_are_refused() -> None:
    # A priority binding on a letter would fire while a participant types.
    kept, problems = check_keymap({"app.quit": "ctrl+q,q"})
    assert kept == {} and "would fire while someone types" in problems[0]
    # The composer has the focus on the interview screen: "c" could never complete.
    kept, problems = check_keymap({"interview.complete": "c"})
    assert kept == {} and "could not be reached" in problems[0]
    # A letter next to a function key is fine (it works where no field has the focus),
    # and letters are fine on the study list, which has no text field.
    assert check_keymap({"interview.complete": "c,f6"})[1] == []
    assert check_keymap({"main.new_interview": "q"})[1] == []


def test_every_default_binding_passes_its_own_check() -> None:
    """Written out in keymap.toml, the defaults are all accepted: valid names, no clash,
    nothing a text field takes first (F7 once was: the composer's select-all)."""
    from koji_tui.ui.bindings import ALL_BINDINGS
    from koji_tui.ui.keymap import _answer_groups

    defaults = {b.id: b.key for b in ALL_BINDINGS if b.id}
    for bindings in _answer_groups().values():
        defaults.update({b.id: b.key for b in bindings if b.id})
    from koji_tui.ui.widgets.composer import ComposerInput

    defaults.update({b.id: b.key for b in ComposerInput.BINDINGS if getattr(b, "id", None)})
    assert set(defaults) == set(BINDING_IDS)
    kept, problems = check_keymap(defaults)
    assert problems == []
    assert set(kept) == set(defaults)


def test_text_editing_and_reserved_keys_are_refused() -> None:
    # ctrl+k deletes to the end of the line in the composer: complete could never fire.
    kept, problems = check_keymap({"interview.complete": "ctrl+k"})
    assert kept == {} and "taken by the text field" in problems[0]
    kept, problems = check_keymap({"app.quit": "backspace"})
    assert kept == {} and "text-editing key" in problems[0]
    kept, problems = check_keymap({"main.new_interview": "ctrl+p"})
    assert kept == {} and "command palette" in problems[0]
    kept, problems = check_keymap({"main.refresh": "tab"})
    assert kept == {} and "moving the focus" in problems[0]


def test_the_readme_example_is_accepted() -> None:
    import re
    import tomllib
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Remapping keys") :]
    block = re.search(r"```toml\n(.*?)```", section, re.S)
    assert block is not None
    overrides = tomllib.loads(block.group(1))
    kept, problems = check_keymap(overrides)
    assert problems == [] and set(kept) == set(overrides)


async def test_a_broken_keymap_is_reported_and_every_default_still_works(
    no_keyring: None,
) -> None:
    (paths.config_dir() / "keymap.toml").write_text(
        '"app.quit" = "ctrl+nonsense"\n"main.open_interview" = "n"\n"main.export" = "ctrl+e"\n',
        encoding="utf-8",
    )
    studies = [StudyEntry("Alpha", "http://127.0.0.1:9", SECRET, key_storage="session")]
    app = KojiApp(studies=studies)
    async with driven(app, size=(120, 44), notifications=True) as pilot:  # help: 44 rows
        await wait_for(pilot, lambda: app.studies_ready, what="studies")
        await pilot.pause()
        assert len(app.keymap_problems) == 2
        shown = toasts(app)
        assert any("app.quit" in m and "nonsense" in m for m in shown)
        assert any("main.open_interview" in m and "main.new_interview" in m for m in shown)
        # the good line is applied (ctrl+e exports), the bad ones are not
        bindings = app.screen.active_bindings
        assert bindings["ctrl+e"].binding.id == "main.export"
        assert bindings["ctrl+q"].binding.id == "app.quit"
        # one toast for all (several pushed each other off screen), and F1 lists them
        assert [t.split("\n")[0] for t in shown if t.startswith("Keymap")] == [
            "Keymap: 2 problems, defaults kept"
        ]
        await pilot.press("f1")
        await pilot.pause()
        help_text = screen_text(app)
        assert "Not applied from keymap.toml" in help_text and "ctrl+nonsense" in help_text
        assert '"interview.complete" = "ctrl+t"' in help_text  # an example it accepts
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("n")  # still opens a new interview, not "open"
        await wait_for(pilot, lambda: isinstance(app.screen, NewInterviewScreen), what="form")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), what="back")
        await pilot.press("ctrl+q")  # and quit still quits
        await wait_for(pilot, lambda: not app.is_running, what="quit")


def test_every_composer_binding_id_is_known_to_the_keymap() -> None:
    from koji_tui.ui.bindings import COMPOSER_BINDING_IDS
    from koji_tui.ui.widgets.composer import ComposerInput

    ids = {b.id for b in ComposerInput.BINDINGS if getattr(b, "id", None)}
    assert ids == set(COMPOSER_BINDING_IDS)
    assert check_keymap({"composer.jump_to_end": "ctrl+home"})[1] == []
