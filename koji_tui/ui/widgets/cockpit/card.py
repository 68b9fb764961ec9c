"""The respondent card: who is being interviewed and how the interview stands."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from rich.text import Text
from textual.widget import Widget

from koji_tui.i18n import Translator, translator
from koji_tui.safety import safe_line


@dataclass(frozen=True)
class CardFacts:
    display_name: str | None = None
    external_id: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    locale: str | None = None
    mode: str | None = None
    interview_id: str | None = None
    started: str | None = None  # "14:02" or a date and time
    elapsed: str | None = None
    turns: int = 0
    score: float | None = None
    status: str = ""


class RespondentCard(Widget):
    """Display name, external id, metadata, locale, mode, interview id, started, elapsed,
    turns, quality score when known. Text from the form and the server is shown as text.
    Redrawn when a fact changes (the elapsed time: every second), laid out again only when
    its number of lines does (a layout reflows the whole screen, the long transcript too)."""

    DEFAULT_CSS = "RespondentCard { height: auto; }"

    def __init__(
        self,
        *,
        translator: Translator | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.tr = translator or _english()  # the interview's words
        self.facts = CardFacts()
        self._text = self.text_of(self.facts)

    def set_translator(self, tr: Translator) -> None:
        """Say it all in ``tr``'s words from now on."""
        self.tr = tr
        self._text = self.text_of(self.facts)
        self.refresh(layout=True)

    def show(self, facts: CardFacts) -> None:
        if facts != self.facts:
            self.facts = facts
            lines = len(self._text.plain.splitlines())
            self._text = self.text_of(facts)
            self.refresh(layout=len(self._text.plain.splitlines()) != lines)

    def render(self) -> Text:
        return self._text

    def text_of(self, facts: CardFacts) -> Text:
        width = 48
        text = Text(no_wrap=True, overflow="ellipsis")
        tr = self.tr
        text.append(tr.gettext("Respondent"), style="bold")

        def row(label: str, value: object) -> None:
            if value in (None, ""):
                return
            text.append(f"\n{label:<{max(12, len(label) + 1)}}", style="dim")
            text.append(safe_line(str(value), width))

        row(tr.gettext("Name"), facts.display_name or tr.gettext("Participant"))
        row(tr.gettext("External id"), facts.external_id)
        for key, value in facts.metadata.items():
            row(safe_line(str(key), 11), value)
        row(tr.gettext("Locale"), facts.locale)
        row(tr.gettext("Mode"), tr.gettext(facts.mode) if facts.mode else None)
        row(tr.gettext("Interview"), facts.interview_id)
        row(tr.gettext("Status"), tr.gettext(facts.status) if facts.status else None)
        row(tr.gettext("Started"), facts.started)
        row(tr.gettext("Elapsed"), facts.elapsed)
        row(tr.gettext("Turns"), facts.turns)
        score = f"{facts.score:.1f} / 5" if facts.score is not None else None
        if score is not None and tr.locale != "en":
            score = score.replace(".", tr.format_number(1.5)[1])
        row(tr.gettext("Quality"), score)
        return text


def _english() -> Translator:
    return translator(None)
