"""The structured-question model shared by detection and the answer widgets."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from koji_tui.safety import safe_line, safe_text


class QuestionType(StrEnum):
    OPEN_ENDED = "open_ended"
    SCALE = "scale"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    RANKING = "ranking"
    YES_NO = "yes_no"


class DetectionSource(StrEnum):
    """How a question was found."""

    STRUCTURED = "structured"  # an object the server attached to the reply
    EMBEDDED_JSON = "embedded_json"  # a JSON block inside the message content
    TEXT = "text"  # read from the plain text
    NONE = "none"  # nothing found: an open-ended question


class Question(BaseModel):
    """A question as the UI should render it.

    ``prompt`` is the text to show (any machine-readable block removed).
    ``options`` holds the choices for single/multiple choice and ranking.
    ``scale_labels`` maps a scale point (as a string, e.g. "1") to its label.
    ``options`` of a yes/no question are its two answers, localised (e.g. ["Oui", "Non"]).
    ``max_choices`` is the most options a multiple choice takes ("pick up to 3"); None: any.
    """

    model_config = ConfigDict(frozen=True)

    type: QuestionType = QuestionType.OPEN_ENDED
    prompt: str = ""
    options: list[str] = Field(default_factory=list)
    scale_min: int | None = None
    scale_max: int | None = None
    scale_labels: dict[str, str] = Field(default_factory=dict)
    allow_other: bool = False
    max_choices: int | None = Field(default=None, ge=1)
    source: DetectionSource = DetectionSource.NONE
    # added by the questions layer: a guess among "en", "es", "fr", "de", "pt" (None when unclear);
    # format_answer uses it to localise yes/no answers.
    language: str | None = None

    # Server text, made safe once here for every widget that shows a question (no escape
    # sequence, C1 control, bidi override or zero-width character survives; see koji_tui.safety).
    @field_validator("prompt", mode="after")
    @classmethod
    def _safe_prompt(cls, value: str) -> str:
        return safe_text(value)

    @field_validator("options", mode="after")
    @classmethod
    def _safe_options(cls, value: list[str]) -> list[str]:
        return [safe_line(option) for option in value]

    @field_validator("scale_labels", mode="after")
    @classmethod
    def _safe_labels(cls, value: dict[str, str]) -> dict[str, str]:
        return {safe_line(point): safe_line(label) for point, label in value.items()}

    @property
    def is_structured(self) -> bool:
        return self.type is not QuestionType.OPEN_ENDED
