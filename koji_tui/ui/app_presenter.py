"""Presenter mode: the app as shown to stakeholders on a projector or a shared screen.

``koji-tui demo`` is in presenter mode unless ``--no-presenter``; ``koji-tui --presenter`` puts
the user's own studies in it. On screen there are no ports, keys, interview ids or request
numbers: a connection dot instead, and the details one key away (``app.details``, ctrl+o: a
small toast with the server, the key, the interview id and the requests left). Toasts are
short, and sit at the top right, never over the question (at the bottom, by the composer). The
demo starts with a few completed interviews (:mod:`koji_tui.demo.seed`, in a thread worker),
so its lists are not empty. The command palette's "Play this interview as…" starts the
autopilot with a chosen persona on the highlighted study (:meth:`action_play_as`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App

from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import N_, app_translator
from koji_tui.ui.screens import registry as screens

if TYPE_CHECKING:
    from koji_tui.demo.personas import Persona
    from koji_tui.demo.seed import Seeded
    from koji_tui.ui.app_services import AppServices
    from koji_tui.ui.host import Sandbox

# Words, in one place (the locales helper wraps them).
DETAILS_TITLE = N_("Details")
AUTOPILOT_TITLE = N_("Autopilot")
SEEDED_FAILED = N_("Some sample interviews could not be prepared: {reason}")
NO_STUDY = N_("Highlight a study on the study list first.")
VOICE_ONLY = N_("{name} is voice-only: the autopilot types its answers, so it plays text studies.")
NO_PERSONA = N_("No persona fits {name}.")
PERSONAS_FAILED = N_("Could not read the personas: {reason}")
DETAILS_NONE = N_("Nothing to show here: the details are those of a study or an interview.")

TOAST_CHARS = {"information": 80, "warning": 120, "error": 200}
TOAST_SECONDS = {"information": 3.0, "warning": 5.0, "error": 8.0}
KEPT_TITLES = frozenset({DETAILS_TITLE, AUTOPILOT_TITLE})  # shown whole, for as long as asked


def short_toast(
    message: str, severity: str, timeout: float | None, title: str = ""
) -> tuple[str, float | None]:
    """A presenter's toast: its first two lines at most, cut to a few words, and brief."""
    tr = app_translator()
    if title in KEPT_TITLES or title in {tr.gettext(kept) for kept in KEPT_TITLES}:
        return message, timeout
    limit = TOAST_CHARS.get(severity, 80)
    lines = [line.strip() for line in message.strip().splitlines() if line.strip()][:2]
    text = " ".join(lines)
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    seconds = TOAST_SECONDS.get(severity, 3.0)
    return text, seconds if timeout is None else min(timeout, seconds)


def connection_details(screen: Any, sandbox: Sandbox | None) -> list[str]:
    """What presenter mode keeps off the screen, for the screen shown: its study's server and
    key, its interview's id, the requests left (from the status bar)."""
    from koji_tui.ui.screens.study_lines import KEY_LABELS
    from koji_tui.ui.widgets.status_bar import StatusBar

    study = getattr(screen, "study", None)
    if not isinstance(study, StudyEntry):
        study = getattr(screen, "selected_study", None)
    tr = app_translator()
    lines: list[str] = []
    if isinstance(study, StudyEntry):
        key = tr.gettext(
            KEY_LABELS.get(study.key_storage if study.has_key else "missing", "key present")
        )
        lines += [
            tr.gettext("Study: {name}").format(name=study.name),
            tr.gettext("Server: {url}").format(url=study.base_url),
            tr.gettext("Key: {key}").format(key=key),
        ]
        if study.study_id:
            lines.append(tr.gettext("Study id: {id}").format(id=study.study_id))
    elif sandbox is not None:
        lines.append(tr.gettext("Sandbox: {url}").format(url=sandbox.base_url))
    interview_id = getattr(screen, "interview_id", None)
    if isinstance(interview_id, str) and interview_id:
        lines.append(tr.gettext("Interview: {id}").format(id=interview_id))
    for bar in screen.query(StatusBar).results(StatusBar):
        if bar.limit is not None or bar.remaining is not None:
            limit = "?" if bar.limit is None else bar.limit
            remaining = "?" if bar.remaining is None else bar.remaining
            lines.append(
                tr.gettext("Requests left: {remaining}/{limit}").format(
                    remaining=remaining, limit=limit
                )
            )
        lines.append(tr.gettext("Connection: {state}").format(state=bar.connection))
        break
    return lines


class PresenterMixin(App[None]):
    """Presenter mode (see the module docstring)."""

    services: AppServices
    demo: bool
    studies: list[StudyEntry]
    sandbox: Sandbox | None
    presenter: bool = False
    seed_demo: bool = False
    seeded: Seeded | None = None  # set once the demo's sample interviews are in
    play_as_speed: float = 1.0  # the palette's autopilot: a person's pace
    play_as_clock: Any = None  # its pacing clock (a Clock; tests inject one)

    if TYPE_CHECKING:

        def _broadcast(self) -> None: ...

        def demo_starting(self, study: StudyEntry) -> bool: ...

        studies_changed: Any

    # --- the details, one key away ------------------------------------------------------
    def action_details(self) -> None:
        lines = connection_details(self.screen, self.sandbox)
        tr = app_translator()
        self.notify(
            "\n".join(lines) or tr.gettext(DETAILS_NONE),
            title=tr.gettext(DETAILS_TITLE),
            timeout=10,
        )

    # --- the demo's sample interviews ---------------------------------------------------
    def seed_sample_interviews(self) -> None:
        """Seed the demo's sandbox (once; in a thread) when this run is asked to."""
        if self.seed_demo and self.sandbox is not None and self.seeded is None:
            self._seed()

    @work(thread=True, exclusive=True, group="demo-seed", exit_on_error=False)
    def _seed(self) -> None:
        from koji_tui.demo.seed import SeedStudy, seed_in_thread

        sandbox = self.sandbox
        if sandbox is None:
            return
        entries = [s for s in self.studies if s.source == "demo" and s.study_id and s.api_key]
        if not entries:
            return
        wanted = [SeedStudy(s.name, sandbox.study(s.study_id), s.api_key or "") for s in entries]
        journal = self.services.journals.journal_for(entries[0])  # the demo's journal
        seeded = seed_in_thread(sandbox.base_url, wanted, None, journal)
        self.call_from_thread(self._seeded, seeded)

    def _seeded(self, seeded: Seeded) -> None:
        self.seeded = seeded
        self._broadcast()  # the study lists read their interviews again
        if seeded.failed:
            self.notify(
                app_translator().gettext(SEEDED_FAILED).format(reason=seeded.failed[0]),
                severity="warning",
                markup=False,
            )

    # --- "Play this interview as…" ------------------------------------------------------
    def action_play_as(self) -> None:
        """Pick a persona, then play the highlighted study's interview as them."""
        study = getattr(self.screen, "selected_study", None)
        if screens.screen_kind(self.screen) != "main" or not isinstance(study, StudyEntry):
            self.notify(app_translator().gettext(NO_STUDY), severity="warning")
            return
        if self.demo_starting(study):
            return
        facts = getattr(self.screen, "facts", None)
        if facts is not None and facts(study).voice_only:
            self.notify(
                app_translator().gettext(VOICE_ONLY).format(name=study.name),
                severity="warning",
                markup=False,
            )
            return
        self._pick_persona(study)

    @work(thread=True, exclusive=True, group="play-as", exit_on_error=False)
    def _pick_persona(self, study: StudyEntry) -> None:
        from koji_tui.demo.personas import PersonaError, load_personas

        try:
            personas = load_personas()
        except PersonaError as exc:
            self.call_from_thread(
                self.notify,
                app_translator().gettext(PERSONAS_FAILED).format(reason=exc),
                severity="error",
                markup=False,
            )
            return
        self.call_from_thread(self._offer_personas, study, personas)

    def _offer_personas(self, study: StudyEntry, personas: list[Persona]) -> None:
        from koji_tui.ui.demo.picker import PersonaPicker, fitting

        choices = fitting(study, personas, self.sandbox)
        if not choices:
            self.notify(
                app_translator().gettext(NO_PERSONA).format(name=study.name),
                severity="warning",
                markup=False,
            )
            return

        def chosen(persona: Persona | None) -> None:
            if persona is not None:
                self.play_as(study, persona, personas)

        self.push_screen(PersonaPicker(study, choices), chosen)

    def play_as(self, study: StudyEntry, persona: Persona, personas: list[Persona]) -> None:
        """Play one interview of ``study`` as ``persona`` (asks first on a real server)."""
        from koji_tui.ui.demo.stage import play_as

        play_as(
            self,
            study,
            persona,
            personas,
            speed=self.play_as_speed,
            clock=self.play_as_clock,
            sandbox=self.sandbox,
        )


__all__ = ["DETAILS_TITLE", "PresenterMixin", "connection_details", "short_toast"]
