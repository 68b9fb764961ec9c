"""The corpus record type shared by the tuning corpus and the held-out corpus."""

from __future__ import annotations

from dataclasses import dataclass, field

#: the type names, short, for the corpora's tables
OE, S, M, R, Y, SC = (
    "open_ended",
    "single_choice",
    "multiple_choice",
    "ranking",
    "yes_no",
    "scale",
)


@dataclass(frozen=True)
class Case:
    """One interviewer message and what a careful human reader would render for it.

    ``options`` / ``scale`` / ``labels`` / ``allow_other`` / ``max_choices`` are checked only
    when given. ``labels`` is keyed by scale point ("1", "10") or by "lo" / "hi" for the ends.
    ``distractor`` marks open-ended messages that contain numbers, lists or ranges on purpose.
    """

    type: str
    text: str
    options: tuple[str, ...] | None = None
    scale: tuple[int, int] | None = None
    labels: dict[str, str] | None = None
    allow_other: bool | None = None
    max_choices: int | None = None
    lang: str = "en"
    distractor: bool = False
    tags: tuple[str, ...] = field(default_factory=tuple)


def C(
    type: str,
    text: str,
    options: list[str] | tuple[str, ...] | None = None,
    scale: tuple[int, int] | None = None,
    labels: dict[str, str] | None = None,
    allow_other: bool | None = None,
    lang: str = "en",
    distractor: bool = False,
    max_choices: int | None = None,
) -> Case:
    return Case(
        type=type,
        text=text,
        options=tuple(options) if options is not None else None,
        scale=scale,
        labels=labels,
        allow_other=allow_other,
        max_choices=max_choices,
        lang=lang,
        distractor=distractor,
    )


def D(text: str, lang: str = "en") -> Case:
    """An open-ended distractor: numbers, lists or ranges that must NOT become a widget."""
    return C("open_ended", text, lang=lang, distractor=True)
