"""Scoring the detector against a corpus: per-type precision/recall, distractor widgets, timing."""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field

from koji_tui.questions import Question, detect_question
from tests.questions.cases import Case

TYPES = (
    "open_ended",
    "scale",
    "single_choice",
    "multiple_choice",
    "ranking",
    "yes_no",
)


#: the word an "Other" option starts with, in the five languages (the scorer's own list)
_OTHER = re.compile(
    r"^(other|otro|otra|otros|otras|outro|outra|outros|autre|autres|andere|anderes|anderer|sonstige|sonstiges)\b",
    re.IGNORECASE,
)


def expected_options(case: Case) -> tuple[str, ...] | None:
    """The options ``case`` expects, an "Other" written among them set aside.

    Every corpus but one sets ``allow_other`` and leaves the Other option out of ``options``
    (the widget adds it, with free text beside it, in the participant's language); held-out 17's
    writer listed it as the last option as well. Both mean the same widget, so both score alike.
    """
    options = case.options
    if options and case.allow_other and _OTHER.match(options[-1]):
        return options[:-1]
    return options


def case_errors(case: Case, question: Question) -> list[str]:
    """Why ``question`` is not what ``case`` expects (empty when it is)."""
    errors: list[str] = []
    if question.type.value != case.type:
        return [f"type {question.type.value} != {case.type}"]
    options = expected_options(case)
    if options is not None and tuple(question.options) != options:
        errors.append(f"options {question.options} != {list(options)}")
    if case.scale is not None and (question.scale_min, question.scale_max) != case.scale:
        errors.append(f"scale {(question.scale_min, question.scale_max)} != {case.scale}")
    if case.labels is not None:
        ends = {"lo": question.scale_min, "hi": question.scale_max}
        for key, label in case.labels.items():
            point = str(ends[key]) if key in ends else key  # "lo"/"hi": the scale's two ends
            if question.scale_labels.get(point) != label:
                errors.append(f"label {key}: {question.scale_labels.get(point)!r} != {label!r}")
    if case.allow_other is not None and question.allow_other != case.allow_other:
        errors.append(f"allow_other {question.allow_other} != {case.allow_other}")
    max_choices = getattr(question, "max_choices", None)
    if case.max_choices is not None and max_choices != case.max_choices:
        errors.append(f"max_choices {max_choices} != {case.max_choices}")
    return errors


@dataclass
class Report:
    """Per-type counts; a prediction counts as a true positive only when its details are right too."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    support: Counter[str] = field(default_factory=Counter)
    distractors: int = 0
    distractor_widgets: int = 0
    failures: list[tuple[Case, Question, list[str]]] = field(default_factory=list)
    seconds: float = 0.0
    messages: int = 0

    def precision(self, kind: str) -> float:
        predicted = self.tp[kind] + self.fp[kind]
        return self.tp[kind] / predicted if predicted else 1.0

    def recall(self, kind: str) -> float:
        return self.tp[kind] / self.support[kind] if self.support[kind] else 1.0

    @property
    def mean_ms(self) -> float:
        return 1000 * self.seconds / self.messages if self.messages else 0.0

    def table(self, title: str) -> str:
        lines = [
            f"{title}: {self.messages} messages, {len(self.failures)} wrong",
            f"{'type':<16} {'support':>7} {'precision':>9} {'recall':>7}",
        ]
        for kind in TYPES:
            lines.append(
                f"{kind:<16} {self.support[kind]:>7} {self.precision(kind):>9.3f} {self.recall(kind):>7.3f}"
            )
        lines.append(
            f"open-ended distractors: {self.distractors}, given a widget: {self.distractor_widgets}"
        )
        lines.append(f"mean detection time: {self.mean_ms:.3f} ms/message")
        for case, _question, errors in self.failures:
            lines.append(f"  WRONG {case.text[:70]!r}: {'; '.join(errors)}")
        return "\n".join(lines)


def score(cases: list[Case]) -> Report:
    report = Report()
    for case in cases:
        start = time.perf_counter()
        question = detect_question(case.text)
        report.seconds += time.perf_counter() - start
        report.messages += 1
        report.support[case.type] += 1
        errors = case_errors(case, question)
        predicted = question.type.value
        if not errors:
            report.tp[case.type] += 1
        else:
            report.failures.append((case, question, errors))
            report.fn[case.type] += 1
            report.fp[predicted] += 1
        if case.distractor:
            report.distractors += 1
            if question.is_structured:
                report.distractor_widgets += 1
    return report


_ARTICLE = re.compile(
    r"^(?:the|a|an|el|la|los|las|un|una|le|les|l'|une|der|die|das|ein|eine|einen|o|os|as|um|uma)"
    r"(?:\s+|(?<=')(?=\w))",
    re.IGNORECASE,
)
_EXPLANATION = re.compile(r"\s*(?:\s[—–-]|:)\s+.*$")


_QUOTES = " \"'“”«»„‘’"


def _plain(option: str) -> str:
    """An option without a writer's house style: an explanation after a dash or a colon, the
    quotation marks around it (the widget shows a quoted slogan without them), a leading
    article, the case of the first letter."""
    option = _ARTICLE.sub("", _EXPLANATION.sub("", option).strip().strip(_QUOTES))
    return option[:1].casefold() + option[1:]


def styled_alike(case: Case, question: Question) -> bool:
    """Whether ``question`` misses ``case`` only in how the writer styles an option ("Licencia
    perpetua" for the message's "licencia perpetua", "CFO" for "the CFO", "Monthly" for
    "Monthly — billed each month"): the right widget with the message's own words on it.
    Printed beside the strict score, never counted in it."""
    if not case_errors(case, question) or question.type.value != case.type:
        return False
    expected = expected_options(case)
    if expected is None or len(expected) != len(question.options):
        return False
    if [_plain(o) for o in question.options] != [_plain(o) for o in expected]:
        return False
    return case_errors(case, question.model_copy(update={"options": list(expected)})) == []
