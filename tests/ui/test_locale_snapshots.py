"""The interview screen in Spanish, French, German and Portuguese at 80x24: each answer widget, and
the completed screen (issue 10). Nothing of the screen may be English, and longer words must fit.

Cheap: one app per picture and no interview typed through. A programmable server in a thread
(``tests/api/canned.py``) opens each interview with the question of the widget shown, in its
language (``POST /start`` carries ``question``); the completed picture starts an interview the
interviewer has already finished and presses F2 once. The screen is pushed with its start
arguments (``locale``) as the new-interview form hands them over.
"""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from app_helpers import fixed_clock, quick_clients, screen_text, wait_for
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from textual.pilot import Pilot

from koji_tui.config.entry import StudyEntry
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.interview import InterviewScreen
from tests.api.canned import Canned, canned_server

LANGS = ["es", "fr", "de", "pt"]
KINDS = ["scale", "single", "multiple", "ranking", "yes_no"]
INTERVIEW_ID = "int_locale0001"

# The interviewer's words (the server's, not ours) and the options, in each language.
PROMPTS: dict[str, dict[str, tuple[str, list[str]]]] = {
    "es": {
        "scale": ("¿Qué tan satisfecho está con el servicio?", []),
        "single": ("¿Con qué frecuencia toma café?", ["Cada día", "Cada semana", "Casi nunca"]),
        "multiple": ("¿Dónde lo compra?", ["Cafetería", "Supermercado", "En línea"]),
        "ranking": ("Ordene lo que más le importa.", ["Precio", "Sabor", "Rapidez"]),
        "yes_no": ("¿Lo recomendaría a un amigo?", []),
    },
    "fr": {
        "scale": ("Êtes-vous satisfait du service ?", []),
        "single": ("À quelle fréquence buvez-vous du café ?", ["Chaque jour", "Chaque semaine"]),
        "multiple": ("Où l'achetez-vous ?", ["Au café", "Au supermarché", "En ligne"]),
        "ranking": ("Classez ce qui compte le plus.", ["Prix", "Goût", "Rapidité"]),
        "yes_no": ("Le recommanderiez-vous à un ami ?", []),
    },
    "de": {
        "scale": ("Wie zufrieden sind Sie mit dem Service?", []),
        "single": ("Wie oft trinken Sie Kaffee?", ["Täglich", "Wöchentlich", "Selten"]),
        "multiple": ("Wo kaufen Sie ihn?", ["Im Café", "Im Supermarkt", "Online"]),
        "ranking": ("Ordnen Sie, was Ihnen am wichtigsten ist.", ["Preis", "Geschmack", "Tempo"]),
        "yes_no": ("Würden Sie ihn einem Freund empfehlen?", []),
    },
    "pt": {
        "scale": ("Quão satisfeito você está com o serviço?", []),
        "single": ("Com que frequência você toma café?", ["Todo dia", "Toda semana", "Raramente"]),
        "multiple": ("Onde você compra?", ["Na cafeteria", "No supermercado", "On-line"]),
        "ranking": ("Ordene o que mais importa.", ["Preço", "Sabor", "Rapidez"]),
        "yes_no": ("Você recomendaria a um amigo?", []),
    },
}
TYPES = {
    "scale": "scale",
    "single": "single_choice",
    "multiple": "multiple_choice",
    "ranking": "ranking",
    "yes_no": "yes_no",
}
FINISHED = {
    "es": "Eso es todo. ¡Muchas gracias por su tiempo!",
    "fr": "C'est tout. Merci beaucoup pour votre temps !",
    "de": "Das war alles. Vielen Dank für Ihre Zeit!",
    "pt": "É só isso. Muito obrigado pelo seu tempo!",
}


#: Our English words (the widgets', the screen's, the footer's): none may show in another language,
#: but a word that is the same in that language ("Interviewer" and "online" are German too).
ENGLISH = (
    "Interviewer Participant You Scale Choose Rank Send Answer Answered words Type Yes Other "
    "Tick Shift Space Enter Complete Completed Export Quit Help Back online connecting rate "
    "limit requests active completed quality score Respondent locale press finished"
).split()
SAME_WORD = {
    "de": {"Interviewer", "online", "Export"},
    "fr": {"Participant", "score"},
    "pt": {"Enter", "Shift"},  # the key names Brazilian keyboards and manuals use
}


def assert_no_english(app: Any, lang: str) -> None:
    text = screen_text(app)
    for word in ENGLISH:
        if word in SAME_WORD.get(lang, set()):
            continue
        found = re.search(rf"(?<![\w-]){word}(?![\w-])", text, flags=re.IGNORECASE)
        assert found is None, f"English {word!r} on the {lang} screen:\n{text}"


def _question(lang: str, kind: str) -> dict[str, Any]:
    _prompt, options = PROMPTS[lang][kind]
    question: dict[str, Any] = {"type": TYPES[kind]}
    if kind == "scale":
        question.update(scaleMin=1, scaleMax=5)
    if options:
        question["options"] = options
    if kind == "single":
        question["allowOther"] = True
    return question


@contextmanager
def canned_thread(lang: str, kind: str | None) -> Iterator[Canned]:
    """A canned server in a daemon thread (``snap_compare`` runs the app in its own loop),
    opening an interview with ``kind``'s question, or (``None``) one already finished."""
    ready = threading.Event()
    stop: asyncio.Event | None = None
    holder: list[Canned] = []

    async def serve() -> None:
        nonlocal stop
        stop = asyncio.Event()
        async with canned_server() as canned:
            opening = PROMPTS[lang][kind][0] if kind else FINISHED[lang]
            start: dict[str, Any] = {
                "interview_id": INTERVIEW_ID,
                "session_token": "stk_locale",
                "initial_message": opening,
            }
            if kind:
                start["question"] = _question(lang, kind)
            else:
                start["is_complete"] = True

            def started(request: Request, body: Any) -> Response:
                return JSONResponse(start)

            def completed(request: Request, body: Any) -> Response:
                done = {"status": "completed", "interview_id": INTERVIEW_ID}
                return JSONResponse({**done, "quality_score": 4.5})

            canned.on("POST", "/start", started)
            canned.on("POST", f"/{INTERVIEW_ID}/complete", completed)
            holder.append(canned)
            ready.set()
            await stop.wait()

    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_until_complete, args=(serve(),), daemon=True)
    thread.start()
    assert ready.wait(15), "the canned server did not start"
    try:
        yield holder[0]
    finally:
        assert stop is not None
        loop.call_soon_threadsafe(stop.set)
        thread.join(15)
        loop.close()


def _app(canned: Canned) -> tuple[KojiApp, StudyEntry]:
    study = StudyEntry("Café", canned.base_url, "pk_test_locale", key_storage="session")
    return KojiApp(studies=[study], clock=fixed_clock, client_factory=quick_clients), study


async def _open(pilot: Pilot[Any], study: StudyEntry, lang: str) -> InterviewScreen:
    app = pilot.app
    await wait_for(pilot, lambda: getattr(app, "studies_ready", True), what="studies")
    start = {"respondent": {"display_name": "Ana Lima"}, "mode": "text", "locale": lang}
    screen = InterviewScreen(study, start=start)
    await app.push_screen(screen)
    await wait_for(pilot, lambda: screen.transcript.turn_count >= 1, what="opening message")
    return screen


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", LANGS)
def test_interview_screen_with_each_answer_widget(snap_compare: Any, lang: str, kind: str) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        screen = await _open(pilot, study, lang)
        await wait_for(pilot, lambda: screen._answer_widget is not None, what="answer widget")
        await wait_for(pilot, lambda: screen._answer_widget.size.height > 0, what="its layout")
        pilot.app.clear_notifications()
        await pilot.pause()
        assert_no_english(pilot.app, lang)

    with canned_thread(lang, kind) as canned:
        app, study = _app(canned)
        assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


@pytest.mark.parametrize("lang", LANGS)
def test_completed_interview_screen(snap_compare: Any, lang: str) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        screen = await _open(pilot, study, lang)
        await wait_for(pilot, lambda: screen.ready_to_complete, what="ready to complete")
        await pilot.press("f2")
        await wait_for(pilot, lambda: screen.status == "completed", what="completed")
        pilot.app.clear_notifications()
        await pilot.pause()
        assert_no_english(pilot.app, lang)

    with canned_thread(lang, None) as canned:
        app, study = _app(canned)
        assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
