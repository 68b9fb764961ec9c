"""A hostile server's text never reaches the terminal as a control sequence (issue 15 A, B).

Each answer widget is shown a question whose prompt, options and scale labels carry every
sequence a hostile server would try: a window retitle (OSC 0), a clipboard write (OSC 52), a
clear screen (CSI 2 J), the 8-bit C1 forms of those, a bidi override and zero-width characters.
What the screen holds is read back from the screenshot (every cell Textual would write).
"""

from __future__ import annotations

from typing import Any

import pytest
from app_helpers import screen_text, wait_for
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from test_app_interview import start_interview

from koji_tui.config.entry import StudyEntry
from koji_tui.safety import safe_line, safe_text
from koji_tui.ui.app import KojiApp
from koji_tui.ui.widgets.answers.base import AnswerWidget
from tests.api.canned import canned_server
from tests.pilot import driven

# name -> (hostile text, what must be seen instead)
SEQUENCES: dict[str, tuple[str, str]] = {
    "osc0 title": ("\x1b]0;pwned\x07", "␛]0;pwned␇"),
    "osc52 clipboard": ("\x1b]52;c;cm0gLXJmIH4=\x07", "␛]52;c;cm0gLXJmIH4=␇"),
    "clear screen": ("\x1b[2J\x1b[H", "␛[2J␛[H"),
    "c1 csi": ("\x9b2J", "␛[2J"),
    "c1 osc": ("\x9d0;t\x9c", "␛]0;t␛\\"),
    "bidi override": ("\u202eevil\u202c", "<U+202E>evil<U+202C>"),
    "zero width": ("zw\u200bsp\ufeffa\u2060ce", "zwspace"),
    "tag characters": ("tag\U000e0041\U000e0042s", "tags"),
}
FORBIDDEN = "\x1b\x07\x9b\x9c\x9d\u202e\u202c\u200b\ufeff\u2060\U000e0041"


@pytest.mark.parametrize("name", sorted(SEQUENCES))
def test_the_sanitizer_neutralises_each_sequence(name: str) -> None:
    hostile, shown = SEQUENCES[name]
    assert safe_text(f"a{hostile}b") == f"a{shown}b"
    assert safe_line(f"a{hostile}\nb") == f"a{shown} b"
    assert not set(safe_text(hostile)) & set(FORBIDDEN)


def test_the_sanitizer_keeps_ordinary_text_and_joiners() -> None:
    text = "Café ☕ 👩‍💻 (ZWJ kept)\n\tindent; ﻿BOM gone; Ünïcödé"
    assert safe_text(text) == "Café ☕ 👩‍💻 (ZWJ kept)\n    indent; BOM gone; Ünïcödé"
    assert safe_text("\ud800 lone") == "\ufffd lone"  # a lone surrogate cannot be encoded
    assert safe_text("a\r\nb\rc\u2028d") == "a\nb\nc\nd"
    assert safe_text(None) == ""


def _hostile(i: int) -> str:
    """Option ``i``: a readable word plus one of the sequences (every one used somewhere)."""
    name = sorted(SEQUENCES)[i % len(SEQUENCES)]
    return f"Opt{i} {SEQUENCES[name][0]}x"


QUESTIONS: dict[str, dict[str, Any]] = {
    "scale": {
        "type": "scale",
        "scaleMin": 1,
        "scaleMax": 5,
        "scaleLabels": {"1": "Low" + SEQUENCES["osc0 title"][0], "5": "\x9b2JHigh\u202e"},
    },
    "single_choice": {"type": "single_choice", "options": [_hostile(i) for i in range(4)]},
    "multiple_choice": {
        "type": "multiple_choice",
        "options": [_hostile(i) for i in range(4, 8)],
        "allowOther": True,
    },
    "ranking": {"type": "ranking", "options": [_hostile(i) for i in range(1, 5)]},
    "yes_no": {"type": "yes_no", "options": [_hostile(2), _hostile(3)]},
    # No object at all: the options are read from the text.
    "choice from text": {},
}


def _prompt(kind: str) -> str:
    stem = "Pick one\x1b]0;retitled\x07 of these \u202ereversed\u202c?"
    if kind != "choice from text":
        return stem
    return stem + "\n\n" + "\n".join(f"{n}. {_hostile(n)}" for n in range(1, 5))


async def _show(kind: str) -> str:
    question = QUESTIONS[kind]

    def start(request: Request, body: Any) -> Response:
        payload: dict[str, Any] = {
            "interview_id": "int_hostile",
            "session_token": "stk_hostile",
            "initial_message": _prompt(kind),
        }
        if question:
            payload["question"] = {**question, "prompt": _prompt(kind)}
        return JSONResponse(payload)

    async with canned_server() as canned:
        canned.on("POST", "/start", start)
        study = StudyEntry("Hostile", canned.base_url, "pk_test_hostile", key_storage="session")
        app = KojiApp(studies=[study])
        async with driven(app, size=(120, 40)) as pilot:
            screen = await start_interview(pilot, "Ana")
            await wait_for(pilot, lambda: bool(screen.query(AnswerWidget)), what="the widget")
            await pilot.pause()
            svg = app.export_screenshot()
            text = screen_text(app)
    for char in FORBIDDEN:
        assert char not in svg, f"{char!r} reached the screen"
    return text


@pytest.mark.parametrize("kind", sorted(QUESTIONS))
async def test_no_widget_lets_a_sequence_through(kind: str) -> None:
    text = await _show(kind)
    assert "␛]0;retitled␇" in text  # the question's stem is shown, its escape visible
    assert "<U+202E>reversed<U+202C>" in text
    if kind == "yes_no":
        return  # its buttons are the app's own words (Yes / No, localised)
    if kind == "scale":
        assert "Low␛]0;pwned␇" in text and "␛[2JHigh<U+202E>" in text
    else:
        indexes = {
            "single_choice": range(4),
            "multiple_choice": range(4, 8),
            "ranking": range(1, 5),
            "choice from text": range(1, 5),
        }[kind]
        for i in indexes:
            shown = SEQUENCES[sorted(SEQUENCES)[i % len(SEQUENCES)]][1]
            assert f"Opt{i} {shown}x" in text, (i, text)


async def test_a_hostile_error_message_is_shown_neutralised_in_transcript_and_toast() -> None:
    """A server that refuses the start with escapes and a bidi override in its error (B)."""
    error = "Refused \u202etxet desrever\u202c \x1b]0;owned\x07 \x1b[2J\u200bnow"

    async with canned_server() as canned:
        canned.json("POST", "/start", {"error": error}, status=400)
        study = StudyEntry("Hostile", canned.base_url, "pk_test_hostile", key_storage="session")
        app = KojiApp(studies=[study])
        async with driven(app, size=(120, 40)) as pilot:
            await wait_for(pilot, lambda: app.studies_ready)
            await pilot.press("n")
            await pilot.pause()
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: "<U+202E>txet desrever" in screen_text(app), what="error")
            svg = app.export_screenshot()
            text = screen_text(app)
    for char in FORBIDDEN:
        assert char not in svg, f"{char!r} reached the screen"
    assert "␛]0;owned␇ ␛[2Jnow" in text


async def test_the_unsent_answer_dialog_neutralises_a_hostile_interview_id(
    tmp_path: Any,
) -> None:
    """The "Unsent answer" dialog names the interview: an id from a hostile server carried a
    retitle and a clear-screen into it."""
    from koji_tui.journal import Journal

    path = tmp_path / "journal.sqlite3"
    hostile_id = "int_\x1b]0;owned\x07\x1b[2J\x9b3J\u202eevil"
    with Journal(path) as journal:
        record = journal.create_interview(
            study_name="Hostile",
            base_url="http://127.0.0.1:9",
            interview_id=hostile_id,
            opening_message="Hi\x1b[2J",
        )
        journal.add_pending_answer(record.record_id, "my unsent \x1b]52;c;eA==\x07 answer")
    study = StudyEntry("Hostile", "http://127.0.0.1:9", "pk_test_hostile", key_storage="session")
    app = KojiApp(studies=[study], journal_path=path)
    async with driven(app, size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: "Unsent answer" in screen_text(app), what="the offer")
        svg = app.export_screenshot()
        text = screen_text(app)
    for char in FORBIDDEN:
        assert char not in svg, f"{char!r} reached the screen"
    assert "int_␛]0;owned␇␛[2J␛[3J<U+202E>evil" in text
    assert "my unsent ␛]52;c;eA==␇ answer" in text


async def test_a_server_echoing_the_keys_secret_part_never_shows_it() -> None:
    """A 403 that quotes the key without its prefix, and a piece of it, in its message (L)."""
    secret = "h7Qx2Lp9Zr4Tk8Wm3Nc6Vb1Yd5Fs0Ga"
    key = "pk_test_" + secret
    error = f"Key ...{secret} is not allowed here (also {secret[4:16]} / {secret.upper()[:12]})"

    async with canned_server() as canned:
        canned.json("POST", "/start", {"error": error}, status=403)
        study = StudyEntry("Echo", canned.base_url, key, key_storage="session")
        app = KojiApp(studies=[study])
        async with driven(app, size=(120, 40)) as pilot:
            await wait_for(pilot, lambda: app.studies_ready)
            await pilot.press("n")
            await pilot.pause()
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: "is not allowed here" in screen_text(app), what="error")
            text = screen_text(app).lower()
    for n in range(0, len(secret) - 8):
        assert secret[n : n + 8].lower() not in text, secret[n : n + 8]
