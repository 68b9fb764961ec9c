"""An interview speaks its own language: the answer widgets' words, the transcript's, the composer's,
the status bar's and the Markdown export's (issue 10). English stays as it was."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest

from koji_tui.i18n import translator
from koji_tui.journal import Journal
from koji_tui.journal.export import export_data, export_markdown
from koji_tui.questions import Question, QuestionType
from koji_tui.ui.widgets.answers import answer_widget_for
from koji_tui.ui.widgets.answers.buttons import buttons_width
from koji_tui.ui.widgets.answers.words import WORDS
from koji_tui.ui.widgets.composer import Composer
from koji_tui.ui.widgets.status_bar import StatusBar
from koji_tui.ui.widgets.transcript import Transcript, TurnView

SCALE = Question(type=QuestionType.SCALE, prompt="?", scale_min=1, scale_max=5)
SINGLE = Question(type=QuestionType.SINGLE_CHOICE, prompt="?", options=["A", "B"])
MULTIPLE = Question(type=QuestionType.MULTIPLE_CHOICE, prompt="?", options=["A", "B"])
RANKING = Question(type=QuestionType.RANKING, prompt="?", options=["A", "B"])
YES_NO = Question(type=QuestionType.YES_NO, prompt="?")


@pytest.mark.parametrize(
    ("locale", "titles"),
    [
        (
            "en",
            ["Scale 1 to 5", "Choose one", "Choose all that apply", "Rank in order (1 = first)"],
        ),
        ("es", ["Escala de 1 a 5", "Elija una opción", "Elija todas las que correspondan"]),
        (
            "de-DE",
            ["Skala von 1 bis 5", "Wählen Sie eine Antwort", "Wählen Sie alle zutreffenden aus"],
        ),
    ],
)
def test_answer_widgets_take_the_interviews_locale(locale: str, titles: list[str]) -> None:
    shown = [answer_widget_for(q, locale=locale) for q in (SCALE, SINGLE, MULTIPLE, RANKING)]
    assert [w.title_text() for w in shown if w is not None][: len(titles)] == titles


def test_yes_no_words_and_keys_come_from_the_catalog() -> None:
    for locale, words, initial in [("es", ("Sí", "No"), "s"), ("fr", ("Oui", "Non"), "o")]:
        widget = answer_widget_for(YES_NO, locale=locale)
        assert widget is not None
        assert widget.words == words
        assert initial in widget.yes_keys
    english = answer_widget_for(YES_NO)
    assert english is not None and english.words == ("Yes", "No") and english.yes_keys == ["y"]


def test_the_question_language_still_wins_and_words_are_one_object_per_language() -> None:
    french = SINGLE.model_copy(update={"language": "fr"})
    widget = answer_widget_for(french, locale="es")
    assert widget is not None and widget.title_text() == "Choisissez une réponse"
    assert WORDS["pt"] is WORDS["pt"] and WORDS["es"].other == "Otro:"
    assert WORDS["en"].other == "Other:"
    with pytest.raises(KeyError):
        WORDS["it"]


def test_the_buttons_width_is_measured_in_the_words_shown() -> None:
    assert (
        buttons_width(True) == len("[Send (Enter)]") + 3 + len("[Answer in my own words (Esc)]") + 3
    )
    spanish = buttons_width(True, tr=translator("es"))
    assert spanish == len("[Enviar (Intro)]") + 3 + len("[Responder con mis palabras (Esc)]") + 3


def test_transcript_composer_and_status_bar_words_follow_a_translator() -> None:
    tr = translator("es")
    transcript = Transcript(translator=tr, labels={"respondent": "Ana"})
    assert transcript.history.labels == {"interviewer": "Entrevistador", "respondent": "Ana"}
    transcript.set_translator(translator("fr"))
    assert transcript.history.labels == {"interviewer": "Intervieweur", "respondent": "Ana"}
    moment = datetime(2026, 3, 5, 9, 7, tzinfo=UTC)
    assert transcript.history.time_format(moment.replace(tzinfo=None)) == "09:07"
    english = Transcript()
    assert english.history.labels == {"interviewer": "Interviewer", "respondent": "You"}
    assert Composer(translator=tr).input.placeholder == "Escriba su respuesta…"
    assert Composer().input.placeholder == "Type your answer…"
    bar = StatusBar(translator=translator("de"), presenter=False)
    assert bar.snapshot().startswith("● online │ Anfragelimit: noch unbekannt")
    bar.set_translator(translator("pt"))
    assert "limite de solicitações" in bar.snapshot()
    # A pending turn says so in the interview's language.
    view = TurnView("respondent", "Hola", state="pending")
    assert view.state == "pending"


# --- the Markdown export of the Spanish sample interview ---------------------------------

#: English words of the export's own (headings, labels, values); none may show in Spanish.
#: ("No", "manual" and "natural" are Spanish too.)
ENGLISH = [
    "Interview",
    "Study",
    "Server",
    "Status",
    "Started",
    "Completed",
    "Completion reason",
    "Quality score",
    "Turns",
    "Mode",
    "Locale",
    "Respondent",
    "External id",
    "Metadata",
    "Transcript",
    "Interviewer",
    "Participant",
    "Answer value",
    "Yes",
    "Other",
    "Notes",
    "Note",
    "Flag",
    "turn",
    "active",
    "completed",
    "text",
    "empty",
    "not confirmed sent",
    "discarded",
]


async def _spanish_sample_interview(srv: Any) -> int:
    """The Spanish sample study (the sandbox's café study) answered through, one answer per
    widget type with its structured value, completed; its journal record id."""
    from koji_tui.api import KojiClient
    from koji_tui.questions import detect_question
    from koji_tui.session import InterviewSession

    index = next(i for i, s in enumerate(srv.studies) if s.locale == "es")
    study = srv.studies[index]
    journal = Journal()
    answers: dict[QuestionType, tuple[str, Any]] = {
        QuestionType.SCALE: ("4", 4),
        QuestionType.SINGLE_CHOICE: ("Para llevar", {"other": "Para llevar"}),
        QuestionType.YES_NO: ("Sí", True),
    }
    try:
        async with KojiClient(srv.base_url, srv.key(study.id)) as client:
            session = InterviewSession(client, journal, study_name=study.name)
            started = await session.start(
                respondent={"display_name": "Lucía Pérez", "external_id": "P-7"},
                mode="text",
                locale="es",
            )
            message, server_question = started.initial_message, started.question
            for _ in range(12):
                if session.is_complete:
                    break
                question = detect_question(message, server_question)
                text, value = answers.get(question.type, ("Un café cada mañana, solo.", None))
                if question.type is QuestionType.MULTIPLE_CHOICE and question.options:
                    text, value = question.options[0], [question.options[0], {"other": "Té"}]
                if question.type is QuestionType.RANKING and question.options:
                    value = list(question.options)
                    text = ", ".join(f"{n}. {o}" for n, o in enumerate(value, start=1))
                reply = await session.answer(
                    text, value if value is not None else None, question.model_dump(mode="json")
                )
                message, server_question = reply.content, reply.question
            await session.complete("natural")
            await session.close()
            assert session.record is not None
            return session.record.record_id
    finally:
        journal.close()


async def test_the_markdown_export_of_the_spanish_sample_interview_reads_in_spanish(
    make_sandbox: Any,
) -> None:
    from koji_tui.journal.notes import add_note, notes_of

    async with make_sandbox() as srv:
        record_id = await _spanish_sample_interview(srv)
    journal = Journal()
    try:
        record = journal.get(record_id)
        assert record.locale == "es"
        values = [t.answer_value for t in record.turns if t.answer_value is not None]
        assert True in values  # a yes/no answer, exported as "Sí"
        add_note(journal, record_id, "Buena respuesta.", turn=2, tags=("cita",))
        add_note(journal, record_id, "Revisar.", turn=3, kind="flag", author="observer")
        notes = notes_of(journal, record_id)
        md = export_markdown(record, notes)
        data = export_data(record, notes)
    finally:
        journal.close()
    for word in ENGLISH:
        found = re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", md, flags=re.IGNORECASE)
        assert not found, f"English {word!r} in the Spanish export:\n{md}"
    assert "## Transcripción" in md and "### Entrevistador · " in md and "### Lucía Pérez · " in md
    assert "*Valor de la respuesta:* Sí" in md
    assert "- **Estado:** finalizada" in md
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:", md), "dates for the locale, not ISO"
    # JSON stays an interface: English keys, the journal's values.
    assert {"messages", "status", "started_at", "notes"} <= set(data)
    assert data["status"] == "completed"


def test_the_interview_locale_is_as_started_else_the_studys_default() -> None:
    from koji_tui.session.events import InterviewState
    from koji_tui.ui.screens.interview_base import InterviewBase, score_text
    from koji_tui.ui.screens.study_facts import StudyFacts

    def locale_of(start: str | None, journaled: str | None, facts: StudyFacts) -> str | None:
        screen = InterviewBase()
        screen.start_args = {"locale": start}
        screen.state = InterviewState(study_name="Café", locale=journaled)
        screen._facts = facts
        return screen.interview_locale

    spanish = StudyFacts(known=True, locale="es", locales=("es", "en"))
    assert locale_of(None, None, spanish) == "es"  # the study's default
    assert locale_of("en", None, spanish) == "en"  # as started
    assert locale_of(None, "en", spanish) == "en"  # as journaled
    assert locale_of("it", None, spanish) == "es"  # not offered: the study runs in its default
    assert locale_of("it", None, StudyFacts()) == "it"  # a real server decides (English words)
    assert locale_of(None, None, StudyFacts()) is None
    assert score_text(translator("de"), 4.5) == "4,5"
    assert score_text(translator("en"), 4.5) == "4.5" and score_text(translator("fr"), None) == "—"


def test_an_interview_started_in_the_studys_default_exports_in_that_language() -> None:
    """No locale typed at start: the interview ran in the study's default, and so does its export
    (the app's export passes the study's default; the journal has no locale for it)."""
    from koji_tui.ui.screens.store import export_record

    journal = Journal()
    try:
        record = journal.create_interview(
            study_name="Hábitos de café",
            base_url="http://127.0.0.1:1",
            interview_id="int_es",
            opening_message="¿Con qué frecuencia toma café?",
        )
        assert record.locale is None
        english, spanish = (
            export_record(journal, record.record_id, default)[0].read_text(encoding="utf-8")
            for default in (None, "es")
        )
    finally:
        journal.close()
    assert "## Transcript\n" in english
    assert "## Transcripción" in spanish and "### Entrevistador · " in spanish
