"""The cockpit's panes: beside the transcript from :data:`WIDE` columns, one at a time in its
place below that; each can be hidden, and the side column resized; remembered per user.

Wide: F10 opens :class:`PanesDialog` (space ticks a pane shown or hidden, left/right or -/+
make the side column narrower or wider, Escape or Enter closes); every change shows at once and
is written to the ``[cockpit]`` table of ``config.toml`` (:mod:`koji_tui.config.cockpit_layout`)
in a thread worker when the dialog closes. Narrow: F10 shows the next shown pane instead of the
transcript, then the transcript again. The layout is read in a thread when the cockpit opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Static

from koji_tui.config.cockpit_layout import (
    PANES,
    CockpitLayout,
    load_layout,
    save_layout,
)
from koji_tui.i18n import N_, Translator, translator
from koji_tui.ui.screens.interview_base import InterviewBase

WIDE = 140  # columns from which the panes stand beside the transcript
WIDTH_STEP = 4
TITLES = {"guide": N_("Guide"), "card": N_("Respondent"), "notes": N_("Notes")}
WORDS = {
    "title": N_("Panes"),
    "width": N_("Side panes: {width} columns  (← → or - + to resize)"),
    "keys": N_("Space: show or hide · Escape: done (remembered for next time)"),
    "all_hidden": N_("Every pane is hidden: F10 on a wide terminal shows them again."),
    "not_saved": N_("The panes' layout could not be saved: {error}"),
}


class PanesDialog(ModalScreen[CockpitLayout]):
    """Which panes the cockpit shows, and how wide they are; ``changed`` is called with each
    new layout, the last one is the dialog's result."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter", "done", N_("Done"), show=False),
        Binding("left,minus", "width(-1)", N_("Narrower"), show=False),
        Binding("right,plus", "width(1)", N_("Wider"), show=False),
    ]
    DEFAULT_CSS = """
    PanesDialog { align: center middle; }
    PanesDialog > #panes-box {
        width: 64; height: auto; padding: 1 2; border: round $accent; background: $surface;
    }
    PanesDialog Checkbox { width: 100%; }
    PanesDialog #panes-width { margin-top: 1; }
    PanesDialog #panes-keys { color: $text-muted; margin-top: 1; }
    """

    def __init__(
        self,
        layout: CockpitLayout,
        changed: Callable[[CockpitLayout], None],
        tr: Translator | None = None,
    ) -> None:
        super().__init__()
        self.chosen = layout
        self.changed = changed
        self.tr = tr or translator(None)  # the interview's words

    def compose(self) -> ComposeResult:
        with Vertical(id="panes-box"):
            yield Static(Text(self.tr.gettext(WORDS["title"]), style="bold"))
            for pane in PANES:
                title = self.tr.gettext(TITLES[pane])
                yield Checkbox(title, self.chosen.shown(pane), id=f"panes-{pane}")
            yield Static(self._width_text(), id="panes-width")
            yield Static(self.tr.gettext(WORDS["keys"]), id="panes-keys")

    def _width_text(self) -> str:
        return self.tr.gettext(WORDS["width"]).format(width=self.chosen.width)

    def _set(self, layout: CockpitLayout) -> None:
        self.chosen = layout
        self.query_one("#panes-width", Static).update(self._width_text())
        self.changed(layout)

    @on(Checkbox.Changed)
    def _ticked(self, event: Checkbox.Changed) -> None:
        pane = (event.checkbox.id or "").removeprefix("panes-")
        if pane in PANES and self.chosen.shown(pane) != event.value:
            self._set(self.chosen.toggled(pane))

    def action_width(self, step: int) -> None:
        self._set(self.chosen.with_width(self.chosen.width + step * WIDTH_STEP))

    def action_done(self) -> None:
        self.dismiss(self.chosen)


class PanesMixin(InterviewBase):
    """The cockpit's layout (mixed into :class:`~koji_tui.ui.screens.cockpit.CockpitScreen`)."""

    narrow_pane: str | None = None
    pane_layout: CockpitLayout = CockpitLayout()

    @property
    def narrow(self) -> bool:
        return self.has_class("-narrow")

    def load_pane_layout(self) -> None:
        async def read() -> None:
            import asyncio

            layout = await asyncio.to_thread(load_layout)
            for problem in layout.problems:
                self.notify(problem, severity="warning", markup=False)
            self.apply_layout(layout)

        self.run_worker(read(), group="cockpit-layout")

    def apply_layout(self, layout: CockpitLayout) -> None:
        self.pane_layout = layout
        if self.narrow_pane is not None and not layout.shown(self.narrow_pane):
            self.narrow_pane = None
        self._layout_for(self.size.width)

    def _layout_for(self, width: int) -> None:
        narrow = width < WIDE
        self.set_class(narrow, "-narrow")
        for pane in PANES:
            self.set_class(self.narrow_pane == pane, f"-show-{pane}")
            widget = self.query_one(f"#{pane}-pane")
            widget.set_class(not self.pane_layout.shown(pane), "-hidden")
        layout = self.pane_layout
        self.set_class(not narrow and not any(map(layout.shown, PANES)), "-side-hidden")
        side = self.query_one("#cockpit-side")
        side.styles.width = None if narrow else layout.width

    def action_panes(self) -> None:
        if not self.narrow:
            dialog = PanesDialog(self.pane_layout, self.apply_layout, self.tr)
            self.app.push_screen(dialog, self._keep)
            return
        order = [None, *(p for p in PANES if self.pane_layout.shown(p))]
        if len(order) == 1:
            self.notify(self.tr.gettext(WORDS["all_hidden"]), markup=False)
        at = order.index(self.narrow_pane) if self.narrow_pane in order else 0
        self.narrow_pane = order[(at + 1) % len(order)]
        self._layout_for(self.size.width)

    def show_pane(self, pane: str | None) -> None:
        self.narrow_pane = pane
        self._layout_for(self.size.width)

    def _keep(self, layout: CockpitLayout | None) -> None:
        if layout is None:
            return
        self.apply_layout(layout)

        def write() -> None:
            try:
                save_layout(layout)
            except OSError as exc:
                error = str(exc)
                self.app.call_from_thread(
                    self.notify,
                    self.tr.gettext(WORDS["not_saved"]).format(error=error),
                    severity="warning",
                    markup=False,
                )

        self.run_worker(write, thread=True, group="cockpit-layout-save", exit_on_error=False)
