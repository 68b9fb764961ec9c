"""How the app looks and is driven: the high-contrast theme (remembered), F9's calmer screen,
the help, the palette's commands, and the key shown for an action."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import App, SystemCommand
from textual.screen import Screen
from textual.theme import Theme

HIGH_CONTRAST = "koji-high-contrast"
DEFAULT_THEME = "textual-dark"

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
    """How the app looks and is driven: the high-contrast theme (remembered), F9's calmer screen,"""

    chrome_hidden: bool

    def action_help(self) -> None:
        from koji_tui.ui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
            return
        self.push_screen(HelpScreen(self.screen))

    def _apply_saved_theme(self) -> None:
        from koji_tui.config import load_settings

        settings = load_settings()
        for problem in settings.problems:
            self.notify(problem, title="Settings", severity="warning", markup=False)
        if settings.theme and settings.theme in self.available_themes:
            self.theme = settings.theme

    def action_toggle_contrast(self) -> None:
        self.theme = DEFAULT_THEME if self.theme == HIGH_CONTRAST else HIGH_CONTRAST
        label = "on" if self.theme == HIGH_CONTRAST else "off"
        self.notify(f"High contrast {label}.", timeout=3)
        try:
            from koji_tui.config import save_theme

            save_theme(self.theme)  # remembered for the next start
        except Exception as exc:
            self.notify(f"Could not save the theme: {exc}", severity="warning", markup=False)

    def action_toggle_chrome(self) -> None:
        self.chrome_hidden = not self.chrome_hidden
        self.set_class(self.chrome_hidden, "-no-chrome")
        for screen in self.screen_stack:
            screen.set_class(self.chrome_hidden, "-no-chrome")

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from koji_tui.ui.commands import koji_commands

        yield from koji_commands(self, screen)
        yield from super().get_system_commands(screen)

    def key_for(self, action: str, screen: Screen | None = None) -> str:
        """The key currently bound to ``action`` (remaps included), for hints on screen."""
        target = screen or self.screen
        for active in target.active_bindings.values():
            if active.binding.action == action:
                return self.get_key_display(active.binding)
        return ""
