"""Results figures against a hand computation (pure functions, synthetic interviews)."""

from __future__ import annotations

from koji_tui.questions import QuestionType
from koji_tui.results.answers import answers_of, read_value
from koji_tui.results.compute import durations, per_day, scores, study_results, summarise_question
from koji_tui.results.model import Answer, InterviewFacts, QuestionInfo


def facts(
    n: int, status: str = "completed", reason: str | None = "natural", **kw: object
) -> InterviewFacts:
    base = {
        "record_id": n,
        "interview_id": f"int_{n}",
        "status": status,
        "completion_reason": reason,
        "quality_score": None,
        "started_at": "2026-03-01T10:00:00.000Z",
        "completed_at": None,
    }
    base.update(kw)
    return InterviewFacts(**base)  # type: ignore[arg-type]


def test_counts_rate_durations_scores_and_days_by_hand() -> None:
    interviews = [
        facts(1, completed_at="2026-03-01T10:01:00.000Z", quality_score=1.0),
        facts(2, completed_at="2026-03-01T10:02:00.000Z", quality_score=2.5),
        facts(3, reason="manual", completed_at="2026-03-01T10:03:00.000Z", quality_score=2.9),
        facts(
            4,
            reason=None,
            completed_at="2026-03-01T10:04:00.000Z",
            quality_score=3.0,
            started_at="2026-03-03T10:00:00.000Z",
        ),
        facts(5, reason="timeout", completed_at="2026-03-01T10:10:00.000Z", quality_score=3.4),
        facts(6, status="active", quality_score=None, started_at="2026-03-03T11:00:00.000Z"),
        facts(7, status="awaiting_completion", quality_score=4.8),
        facts(8, completed_at="2026-03-01T10:00:30.000Z", quality_score=5.0),
        facts(9, reason="respondent_left", completed_at=None, quality_score=None),
    ]
    # interview 4 started on the 3rd and "completed" on the 1st: a negative span, left out
    results = study_results("S", interviews)
    c = results.counts
    # completed: 1, 2, 4 (no reason), 8; ended early: 3 (manual), 5 (timeout), 9; active: 6, 7
    assert (c.started, c.completed, c.ended_early, c.active) == (9, 4, 3, 2)
    assert c.completion_rate == 4 / 9
    d = durations(interviews)
    # spans: 60, 120, 180, 600, 30 (s) -> sorted 30 60 120 180 600
    # inclusive quartiles: q1 = 60, median = 120, q3 = 180
    assert (d.count, d.q1, d.median, d.q3) == (5, 60.0, 120.0, 180.0)
    s = scores(interviews)
    assert s.bins == (("1", 1), ("2", 2), ("3", 2), ("4", 1), ("5", 1))
    assert (s.scored, s.at_or_above, s.unscored) == (7, 4, 1)  # 3.0, 3.4, 4.8, 5.0 count
    assert per_day(interviews) == (("2026-03-01", 7), ("2026-03-02", 0), ("2026-03-03", 2))


def _info(
    kind: QuestionType, options: tuple[str, ...] = (), lo: int | None = None, hi: int | None = None
) -> QuestionInfo:
    return QuestionInfo(
        key=f"k:{kind.value}", type=kind, prompt="Q?", options=options, scale_min=lo, scale_max=hi
    )


def test_nps_scale_by_hand() -> None:
    info = _info(QuestionType.SCALE, lo=0, hi=10)
    values = [10, 9, 9, 7, 3, 6]
    answers = [Answer(i, info, v) for i, v in enumerate(values)]
    answers.append(Answer(99, info, None, ("maybe eleven",)))
    summary = summarise_question(answers)
    # promoters 10, 9, 9 = 3; passives 7 = 1; detractors 3, 6 = 2: NPS = (3 - 2) / 6 = +17
    assert (summary.nps.promoters, summary.nps.passives, summary.nps.detractors) == (3, 1, 2)
    assert summary.nps.score == 17
    assert summary.mean == 44 / 6 and summary.median == 8.0
    assert dict(summary.counts) == {str(p): values.count(p) for p in range(11)}
    assert summary.others == (("maybe eleven", 1),)
    assert summary.answered == 7


def test_choices_rankings_and_yes_no_by_hand() -> None:
    single = _info(QuestionType.SINGLE_CHOICE, ("Daily", "Weekly", "Rarely"))
    s = summarise_question(
        [
            Answer(1, single, "Daily"),
            Answer(2, single, "Weekly"),
            Answer(3, single, "Daily"),
            Answer(4, single, None, ("Only on Sundays",)),
        ]
    )
    assert s.counts == (("Daily", 2), ("Weekly", 1), ("Rarely", 0))
    assert s.others == (("Only on Sundays", 1),)
    multi = _info(QuestionType.MULTIPLE_CHOICE, ("A", "B", "C"))
    m = summarise_question(
        [
            Answer(1, multi, ["A", "B"]),
            Answer(2, multi, ["B"], ("Slack",)),
            Answer(3, multi, ["B", "C"]),
        ]
    )
    assert m.counts == (("A", 1), ("B", 3), ("C", 1)) and m.others == (("Slack", 1),)
    rank = _info(QuestionType.RANKING, ("Speed", "Price", "Ease"))
    r = summarise_question(
        [
            Answer(1, rank, ["Speed", "Price", "Ease"]),
            Answer(2, rank, ["Price", "Speed", "Ease"]),
            Answer(3, rank, ["Speed", "Ease", "Price"]),
        ]
    )
    # Speed: 1, 2, 1 -> 4/3; Price: 2, 1, 3 -> 2; Ease: 3, 3, 2 -> 8/3; firsts 2, 1, 0
    assert [(label, round(avg, 4), firsts) for label, avg, firsts in r.positions] == [
        ("Speed", round(4 / 3, 4), 2),
        ("Price", 2.0, 1),
        ("Ease", round(8 / 3, 4), 0),
    ]
    yes_no = _info(QuestionType.YES_NO, ("Yes", "No"))
    y = summarise_question(
        [
            Answer(1, yes_no, True),
            Answer(2, yes_no, False),
            Answer(3, yes_no, True),
            Answer(4, yes_no, None, ("Sometimes",)),
        ]
    )
    assert y.counts == (("Yes", 2), ("No", 1)) and y.others == (("Sometimes", 1),)


def test_typed_answers_are_read_against_the_question() -> None:
    rank = _info(QuestionType.RANKING, ("Speed", "Ease of use", "Price"))
    assert read_value(rank, None, "1. Price, 2. Speed, 3. Ease of use") == (
        ["Price", "Speed", "Ease of use"],
        (),
    )
    assert read_value(rank, None, "price > speed") == (["Price", "Speed"], ())
    multi = _info(QuestionType.MULTIPLE_CHOICE, ("Invoicing", "Reports"))
    assert read_value(multi, None, "Invoicing, Reports and Slack") == (
        ["Invoicing", "Reports"],
        ("Slack",),
    )
    assert read_value(multi, ["Reports", {"other": "Zapier"}], "") == (["Reports"], ("Zapier",))
    single = _info(QuestionType.SINGLE_CHOICE, ("Every day", "Rarely"))
    assert read_value(single, None, "2") == ("Rarely", ())
    assert read_value(single, None, "every day!") == ("Every day", ())
    assert read_value(single, {"other": "Hourly"}, "Hourly") == (None, ("Hourly",))
    scale = _info(QuestionType.SCALE, lo=0, hi=10)
    assert read_value(scale, None, "I'd say 8 out of 10") == (8, ())
    assert read_value(scale, None, "12") == (None, ("12",))
    yes_no = _info(QuestionType.YES_NO, ("Oui", "Non"))
    assert read_value(yes_no, None, "Non, jamais") == (False, ())
    assert read_value(yes_no, None, "oui") == (True, ())


def test_the_answer_to_a_probe_is_not_the_answer_to_the_question() -> None:
    q = '{"type": "scale", "scaleMin": 0, "scaleMax": 10}'
    turns = [
        (1, "assistant", "How likely are you to recommend us? On a scale of 0 to 10.", q, None),
        (1, "user", "9", None, "9"),
        (1, "assistant", "What is the main reason for your score?", None, None),
        (1, "user", "Because 3 colleagues use it", None, None),
        (
            2,
            "assistant",
            "Thanks.\n\nHow likely are you to recommend us? On a scale of 0 to 10.",
            q,
            None,
        ),
        (2, "user", "I would say 4", None, None),
    ]
    answers = answers_of(turns)
    assert [(a.record_id, a.value) for a in answers] == [(1, 9), (2, 4)]
    assert answers[0].question.key == answers[1].question.key  # the acknowledgement aside


def test_a_yes_no_question_that_names_no_words_is_charted_in_the_readers_language() -> None:
    from rich.console import Console

    from koji_tui.i18n import translator
    from koji_tui.results.model import QuestionInfo, QuestionSummary
    from koji_tui.results.render import question_chart

    info = QuestionInfo("q", QuestionType.YES_NO, "¿Volvería?")
    summary = QuestionSummary(info, answered=3, counts=(("Yes", 2), ("No", 1)))
    console = Console(width=80, record=True)
    console.print(question_chart(summary, 80, translator("es")))
    text = console.export_text()
    assert "Sí" in text and "Yes" not in text
    named = QuestionSummary(
        QuestionInfo("q", QuestionType.YES_NO, "?", ("Oui", "Non")),
        answered=1,
        counts=(("Oui", 1), ("Non", 0)),
    )
    console = Console(width=80, record=True)
    console.print(question_chart(named, 80, translator("es")))
    assert "Oui" in console.export_text()  # the question's own words are data, kept
