"""``koji-tui demo --autopilot``: the demo app, with the autopilot playing every text study.

:class:`AutopilotApp` is the demo (:class:`~koji_tui.ui.app.KojiApp` with ``demo=True``): once
the sandbox's studies are listed, the autopilot plays one interview of each text study in turn
(the voice-only one cannot be typed), each on the normal interview screen, and comes back to the
study list when it is done, where the interviews it played are listed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from koji_tui.demo.autopilot import Autopilot
from koji_tui.demo.personas import Persona
from koji_tui.i18n import app_translator
from koji_tui.session.ports import Clock
from koji_tui.ui.app import KojiApp
from koji_tui.ui.demo.stage import make_autopilot, summary, tour
from koji_tui.ui.host import StudyList, awaiting_sandbox


class AutopilotApp(KojiApp):
    """The demo with the autopilot (``persona``: the one to play every study; None: a fitting
    one per study; ``paused``: wait for space or → before the first answer).
    ``autopilot_clock``: the autopilot's pacing (tests inject one)."""

    def __init__(
        self,
        personas: Sequence[Persona],
        *,
        persona: Persona | None = None,
        speed: float = 1.0,
        paused: bool = False,
        autopilot_clock: Clock | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("demo", True)
        kwargs.setdefault("seed_demo", False)  # the autopilot fills the lists itself
        super().__init__(**kwargs)
        self.personas = list(personas)
        self.chosen = persona
        self.speed = speed
        self.start_paused = paused
        self.autopilot_clock = autopilot_clock
        self.autopilot: Autopilot | None = None
        self.tour_summary: str | None = None

    def on_mount(self) -> None:
        # KojiApp's own on_mount runs too (Textual calls each class's handler).
        self.studies_changed.subscribe(self, self._studies_listed)

    def _studies_listed(self, listing: StudyList) -> None:
        if self.autopilot is not None or self.sandbox is None:
            return
        if any(awaiting_sandbox(study) for study in listing.studies):
            return  # a listing from before the sandbox, delivered late: its own comes next
        plan = tour(listing.studies, self.sandbox, self.personas, self.chosen)
        if not plan:
            self.notify(
                app_translator().gettext(
                    "The autopilot found no text study with a persona that fits it."
                )
            )
            return
        self.autopilot, _ = make_autopilot(
            self, plan, self.personas, speed=self.speed, clock=self.autopilot_clock
        )
        if self.start_paused:  # the presenter starts it with space (or steps with →)
            self.autopilot.pause()
        self.run_worker(self._play(self.autopilot), group="autopilot", exit_on_error=False)

    async def _play(self, autopilot: Autopilot) -> None:
        reports = await autopilot.play()
        self.tour_summary = summary(reports)
        self.notify(
            self.tour_summary,
            title=app_translator().gettext("Autopilot"),
            timeout=20,
            markup=False,
        )


def run_autopilot(
    personas: Sequence[Persona],
    *,
    persona: Persona | None = None,
    speed: float = 1.0,
    paused: bool = False,
    high_contrast: bool | None = None,
    presenter: bool = False,
) -> int:
    app = AutopilotApp(
        personas,
        persona=persona,
        speed=speed,
        paused=paused,
        high_contrast=high_contrast,
        presenter=presenter,
    )
    app.run()
    return int(app.return_code or 0)
