"""How the app looks and is driven: the high-contrast theme (remembered), F9's calmer screen,
the help, the palette's commands, and the key shown for an action."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, SystemCommand
from textual.screen import Screen
from textual.theme import Theme

from koji_tui import paths
from koji_tui.i18n import app_translator
from koji_tui.startup import release_collector
from koji_tui.ui.bindings import BINDING_IDS
from koji_tui.ui.keymap import check_loaded
from koji_tui.ui.screens import INTERVIEW_STYLES
from koji_tui.ui.screens import registry as screens

if TYPE_CHECKING:
    from koji_tui.config.settings import Keymap, Settings
    from koji_tui.ui.app_services import AppServices

HIGH_CONTRAST = "koji-high-contrast"
DEFAULT_THEME = "textual-dark"

#: Stylesheets read once the first screen is drawn (:meth:`LooksMixin.read_later_styles`).
LATER_STYLES = (
    "forms.tcss",
    "interview.tcss",
    *INTERVIEW_STYLES,
    "cockpit.tcss",
    "results.tcss",
    "roster.tcss",
)

#: Stylesheets in styles/ that this app does not read at start: those of the screens it does
#: not open first (read once the first screen is drawn, or before a screen is pushed:
#: ``read_later_styles``), and the kiosk's (another app's).
NOT_AT_START = (*LATER_STYLES, "kiosk.tcss")


def css_paths() -> list[Path]:
    """The TCSS files in styles/ the app reads at start: app.tcss first, then by name. Textual
    parses each of them before the first frame, so the files only a later screen uses are left
    to that screen (see ``NOT_AT_START``)."""
    folder = paths.styles_dir()
    files = [p for p in folder.glob("*.tcss") if p.name not in NOT_AT_START]
    return sorted(files, key=lambda p: (p.name != "app.tcss", p.name))


HIGH_CONTRAST_THEME = Theme(
    name=HIGH_CONTRAST,
    primary="#ffff00",
    secondary="#00ffff",
    accent="#ffff00",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#202020",
    boost="#303030",
    warning="#ffd700",
    error="#ff6060",
    success="#40ff40",
    dark=True,
    luminosity_spread=0.0,
    text_alpha=1.0,
    variables={
        "footer-key-foreground": "#ffff00",
        "footer-description-foreground": "#ffffff",
        "block-cursor-background": "#ffff00",
        "block-cursor-foreground": "#000000",
        "block-cursor-text-style": "bold",
        "input-selection-background": "#ffff00 40%",
        "border": "#ffffff",
        "border-blurred": "#a0a0a0",
        "text-muted": "#e0e0e0",
    },
)


class LooksMixin(App[None]):
    """How the app looks and is driven: the high-contrast theme (remembered), F9's calmer
    screen, the help, the palette's commands, and the key shown for an action."""

    chrome_hidden: bool
    keymap_problems: list[str]
    services: AppServices

    def first_screen_drawn(self) -> None:
        """The first screen is on screen: the later stylesheets are read, and the garbage
        collector the command line held off since the app's imports is back on
        (:func:`koji_tui.startup.release_collector`; nothing when it did not hold it)."""
        release_collector()
        self.read_later_styles()

    def read_later_styles(self) -> None:
        """Read and parse the stylesheets of the screens the app does not open first (the
        forms', the help's, the interview's, the cockpit's, the results' and the roster's:
        ``LATER_STYLES``), once the first screen is drawn (~25 ms), or before any screen is
        pushed if that is sooner (``KojiApp.push_screen``). Left to the interview screens' ``CSS_PATH``, the first interview opened would
        bring Textual files new to the app, and it then parses every stylesheet again and
        restyles every widget (58-104 ms). Their rules name only those screens' widgets, so
        nothing already on screen needs restyling."""
        stylesheet = self.stylesheet
        new = [paths.styles_dir() / name for name in LATER_STYLES]
        new = [path for path in new if not stylesheet.has_source(str(path))]
        for path in new:
            stylesheet.read(path)
        if new:
            stylesheet.parse()

    def action_help(self) -> None:
        if screens.screen_kind(self.screen) == "help":
            self.pop_screen()
            return
        self.push_screen(screens.help_screen(self.screen))

    async def apply_preferences(self, *, saved_theme: bool) -> None:
        """Read the keymap (and the saved theme) in a thread, then apply them."""
        settings = self.services.settings

        def read() -> tuple[Keymap, Settings | None]:
            keymap = settings.load_keymap(known_ids=set(BINDING_IDS))
            return keymap, settings.load() if saved_theme else None

        keymap, saved = await asyncio.to_thread(read)
        overrides, problems = check_loaded(keymap)
        self.keymap_problems = problems
        if overrides:
            self.set_keymap(overrides)
        if problems:
            # One toast for all of them (several would push each other off screen);
            # the help screen (F1) lists them too.
            tr = app_translator()
            self.notify(
                "\n".join(problems) + "\n" + tr.gettext("The help (F1) lists these too."),
                title=tr.ngettext(
                    "Keymap: {n} problem, defaults kept",
                    "Keymap: {n} problems, defaults kept",
                    len(problems),
                ).format(n=len(problems)),
                severity="warning",
                timeout=max(8.0, 4.0 * len(problems)),
                markup=False,
            )
        if saved is not None:
            for problem in saved.problems:
                self.notify(
                    problem,
                    title=app_translator().gettext("Settings"),
                    severity="warning",
                    markup=False,
                )
            if saved.theme and saved.theme in self.available_themes:
                self.theme = saved.theme

    def action_toggle_contrast(self) -> None:
        self.theme = DEFAULT_THEME if self.theme == HIGH_CONTRAST else HIGH_CONTRAST
        tr = app_translator()
        self.notify(
            tr.gettext("High contrast on.")
            if self.theme == HIGH_CONTRAST
            else tr.gettext("High contrast off."),
            timeout=3,
        )
        self._save_theme(self.theme)  # remembered for the next start

    @work(thread=True, exclusive=True, group="settings", exit_on_error=False)
    def _save_theme(self, theme: str) -> None:
        self.services.settings.save_theme(theme)

    def action_toggle_chrome(self) -> None:
        self.chrome_hidden = not self.chrome_hidden
        self.set_class(self.chrome_hidden, "-no-chrome")
        for screen in self.screen_stack:
            screen.set_class(self.chrome_hidden, "-no-chrome")

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from koji_tui.ui.commands import koji_commands  # when the palette opens, not at start

        yield from koji_commands(self, screen)
        yield from super().get_system_commands(screen)

    def key_for(self, action: str, screen: Screen | None = None) -> str:
        """The key currently bound to ``action`` (remaps included), for hints on screen."""
        target = screen or self.screen
        for active in target.active_bindings.values():
            if active.binding.action == action:
                return self.get_key_display(active.binding)
        return ""
