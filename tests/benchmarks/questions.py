"""Question-detection benchmark: per-type precision/recall on the corpus, distractors, timing.

Run: python tests/benchmarks/questions.py

Prints, for the tuning corpus and the held-out corpus (never tuned on): support, precision and
recall per type, how many open-ended distractors got a widget, and the mean detection time per
message. As a baseline measured in the same run it also scores a naive keyword detector (what a
quick implementation would do) and prints the detector's time as a ratio of that baseline's.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from koji_tui.questions import Question, QuestionType, detect_question  # noqa: E402
from tests.questions.cases import Case  # noqa: E402
from tests.questions.corpus import CASES  # noqa: E402
from tests.questions.corpus_holdout import HOLDOUT  # noqa: E402
from tests.questions.scoring import TYPES, Report, case_errors  # noqa: E402

_NAIVE_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-*•])\s+(.+)$", re.MULTILINE)


def naive_detect(content: str) -> Question:
    """The baseline: keyword spotting, no structure, no context."""
    lowered = content.lower()
    items = [m.strip() for m in _NAIVE_ITEM.findall(content)]
    if "scale" in lowered or "recommend" in lowered:
        return Question(type=QuestionType.SCALE, scale_min=0, scale_max=10)
    if "yes/no" in lowered or re.match(r"^(have|did|do|would|are|is)\b", lowered):
        return Question(type=QuestionType.YES_NO)
    if len(items) >= 2:
        if "rank" in lowered:
            return Question(type=QuestionType.RANKING, options=items)
        if "all that apply" in lowered:
            return Question(type=QuestionType.MULTIPLE_CHOICE, options=items)
        return Question(type=QuestionType.SINGLE_CHOICE, options=items)
    return Question()


def run(cases: list[Case], detect: object, rounds: int) -> Report:
    report = Report()
    detector = detect  # a callable (content) -> Question
    timings: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        for case in cases:
            detector(case.text)  # type: ignore[operator]
        timings.append(time.perf_counter() - start)
    report.seconds = statistics.median(timings)
    report.messages = len(cases)
    for case in cases:
        question = detector(case.text)  # type: ignore[operator]
        report.support[case.type] += 1
        errors = case_errors(case, question)
        if not errors:
            report.tp[case.type] += 1
        else:
            report.failures.append((case, question, errors))
            report.fn[case.type] += 1
            report.fp[question.type.value] += 1
        if case.distractor:
            report.distractors += 1
            report.distractor_widgets += int(question.is_structured)
    return report


def table(title: str, ours: Report, base: Report) -> str:
    lines = [
        f"== {title}: {ours.messages} messages ==",
        f"{'type':<16} {'support':>7} {'precision':>9} {'recall':>7}   {'baseline P':>10} {'baseline R':>10}",
    ]
    for kind in TYPES:
        lines.append(
            f"{kind:<16} {ours.support[kind]:>7} {ours.precision(kind):>9.3f} {ours.recall(kind):>7.3f}"
            f"   {base.precision(kind):>10.3f} {base.recall(kind):>10.3f}"
        )
    exact = 1 - len(ours.failures) / ours.messages
    base_exact = 1 - len(base.failures) / base.messages
    lines.append(f"exactly right: {exact:.3f} (baseline {base_exact:.3f})")
    lines.append(
        f"open-ended distractors given a widget: {ours.distractor_widgets} of {ours.distractors}"
        f" (baseline {base.distractor_widgets})"
    )
    lines.append(
        f"mean detection time: {ours.mean_ms:.3f} ms/message"
        f" = {ours.seconds / base.seconds:.1f}x the naive baseline ({base.mean_ms:.4f} ms)"
    )
    for case, _question, errors in ours.failures:
        lines.append(f"  WRONG {case.text[:70]!r}: {'; '.join(errors)}")
    return "\n".join(lines)


def main() -> int:
    rounds = 20
    for title, cases in (("tuning corpus", CASES), ("held-out corpus", HOLDOUT)):
        ours = run(cases, detect_question, rounds)
        base = run(cases, naive_detect, rounds)
        print(table(title, ours, base))
        print()
    long_message = (
        "Thanks, that is really useful context. " * 500
    ) + "\nOn a scale of 1 to 5, how was it?"
    start = time.perf_counter()
    for _ in range(50):
        detect_question(long_message)
    long_ms = (time.perf_counter() - start) / 50 * 1000
    print(f"long message ({len(long_message)} chars): {long_ms:.3f} ms/message")
    typical = run(CASES, detect_question, 3).mean_ms
    print(
        f"\npathological inputs (time as a ratio of the typical corpus message, {typical:.3f} ms):"
    )
    from tests.questions.test_properties import PATHOLOGICAL

    for name, text in PATHOLOGICAL.items():
        start = time.perf_counter()
        detect_question(text)
        ms = (time.perf_counter() - start) * 1000
        print(f"  {name:<22} {len(text):>7} chars {ms:>8.2f} ms = {ms / typical:>7.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
