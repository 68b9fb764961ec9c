"""A study with fixed interviews in the journal (times, answers, scores), for the results and
roster screens: every question type, an NPS question, early endings, five days."""

from __future__ import annotations

from typing import Any

from koji_tui.config.entry import StudyEntry
from koji_tui.journal import Journal

STUDY = StudyEntry(
    "Acme product feedback", "https://koji.example", "pk_test_" + "0" * 32, key_storage="keyring"
)
OPTIONS = ["Every day", "A few times a week", "A few times a month", "Rarely"]
FEATURES = ["Invoicing", "Expense tracking", "Reports", "Bank sync"]
PRIORITIES = ["Speed", "Ease of use", "Integrations", "Price"]
QUESTIONS: list[tuple[str, dict[str, Any]]] = [
    (
        "How often do you use Acme?\n" + "\n".join(f"{i}. {o}" for i, o in enumerate(OPTIONS, 1)),
        {"type": "single_choice", "options": OPTIONS},
    ),
    (
        "Which features do you use regularly? Select all that apply.\n"
        + "\n".join(f"{i}. {o}" for i, o in enumerate([*FEATURES, "Other"], 1)),
        {"type": "multiple_choice", "options": FEATURES, "allowOther": True},
    ),
    (
        "Which of these should we improve first? Please rank them.\n"
        + "\n".join(f"{i}. {o}" for i, o in enumerate(PRIORITIES, 1)),
        {"type": "ranking", "options": PRIORITIES},
    ),
    (
        "Have you contacted our support team in the last three months? (Yes/No)",
        {"type": "yes_no"},
    ),
    (
        "How likely are you to recommend Acme to a friend? On a scale of 0 to 10.",
        {"type": "scale", "scaleMin": 0, "scaleMax": 10},
    ),
]
# per interview: (day, frequency, features, ranking, support, nps, score, reason, minutes)
ROWS: list[tuple[int, Any, Any, Any, Any, Any, float | None, str | None, int]] = [
    (1, "Every day", ["Invoicing", "Reports"], PRIORITIES, True, 10, 4.6, "natural", 6),
    (
        1,
        "Every day",
        ["Invoicing"],
        ["Price", "Speed", "Ease of use", "Integrations"],
        True,
        9,
        4.1,
        "natural",
        8,
    ),
    (
        2,
        "Rarely",
        ["Reports", {"other": "Payroll"}],
        ["Ease of use", "Speed", "Price", "Integrations"],
        False,
        3,
        2.4,
        "natural",
        4,
    ),
    (2, "A few times a week", ["Bank sync"], PRIORITIES, True, 7, 3.5, "natural", 12),
    (
        3,
        "Every day",
        ["Invoicing", "Bank sync"],
        ["Speed", "Price", "Integrations", "Ease of use"],
        False,
        8,
        3.9,
        "manual",
        5,
    ),
    (
        4,
        "A few times a month",
        ["Expense tracking"],
        ["Integrations", "Speed", "Price", "Ease of use"],
        True,
        6,
        2.8,
        "natural",
        9,
    ),
    (4, "Every day", None, None, None, None, None, "respondent_left", 2),
    (5, "A few times a week", ["Invoicing", "Reports"], PRIORITIES, True, 9, 4.8, "natural", 7),
    (5, "Rarely", None, None, None, None, None, None, 0),
]


def seed(path: Any = None) -> int:
    """Journal the interviews of :data:`ROWS`; returns how many."""
    journal = Journal(path)
    try:
        for n, (day, *answers, score, reason, minutes) in enumerate(ROWS, start=1):
            started = f"2026-11-{day:02d}T09:{n:02d}:00.000Z"
            record = journal.create_interview(
                study_name=STUDY.name,
                base_url=STUDY.base_url,
                interview_id=f"int_results{n:03d}",
                respondent={"external_id": f"c{n}", "display_name": f"Participant {n}"},
                mode="text",
                locale="en",
                started_at=started,
                opening_message=QUESTIONS[0][0],
                opening_question=QUESTIONS[0][1],
            )
            for index, value in enumerate(answers):
                if value is None:
                    break
                text = ", ".join(
                    v["other"] if isinstance(v, dict) else str(v)
                    for v in (value if isinstance(value, list) else [value])
                )
                turn = journal.add_pending_answer(record, text, answer_value=value)
                following = (
                    QUESTIONS[index + 1] if index + 1 < len(QUESTIONS) else ("Thanks!", None)
                )
                record = journal.record_reply(turn, following[0], question=following[1])
            if reason is not None:
                journal.update_interview(
                    record,
                    status="completed",
                    quality_score=score,
                    completion_reason=reason,
                    completed_at=f"2026-11-{day:02d}T09:{n + minutes:02d}:00.000Z",
                )
        return len(ROWS)
    finally:
        journal.close()
