"""What a detection stage returns, and the limits every stage (and structured.py) applies."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_OPTIONS = 30
MAX_OPTION_LEN = 160
MAX_SCALE_SPAN = 10


@dataclass
class TextResult:
    """What the text says; ``type`` is None when nothing structured was found."""

    type: str | None = None
    options: list[str] = field(default_factory=list)
    scale_min: int | None = None
    scale_max: int | None = None
    scale_labels: dict[str, str] = field(default_factory=dict)
    allow_other: bool = False
    max_choices: int | None = None


#: A list was found, but it is not the options of the final ask ("Here's a recap: …"): no other
#: stage may read the message as structured.
NOT_OPTIONS = TextResult(type="not_options")
