"""How the sandbox interviewer talks: varied acknowledgements in the study's language, and no
scolding: an answer that fits no option is taken as free text and the interview moves on."""

from __future__ import annotations

from typing import Any

import pytest

from koji_tui.server import SandboxServer, load_studies
from koji_tui.server.interviewer import TEXTS, new_state, respond

from .conftest import http, say, start

STUDIES = {s.id: s for s in load_studies()}
REMOTE = STUDIES["remote-work-tools"]
CAFE = STUDIES["cafe-habitos"]
ACME = STUDIES["acme-product-feedback"]
SCOLDING = ("Sorry", "catch", "Please answer", "Perdona", "Pardon", "Entschuldigung", "Responde")

REMOTE_ANSWERS = ["We have a daily standup on video and chat the rest of the day", "4",
                  "Slack, Zoom", "Reliability, Security, Ease of use, Price", "Yes", "At home"]  # fmt: skip


def _leads(study: Any, locale: str, answers: list[str]) -> list[str]:
    """The first line of each interviewer reply to ``answers``."""
    state = new_state()
    leads = []
    for turn, text in enumerate(answers):
        reply, _done = respond(study, locale, state, text, 1 + 2 * turn)
        leads.append(reply.content.split("\n")[0])
    return leads


@pytest.mark.parametrize("locale", ["en", "fr", "de"])
def test_acknowledgements_vary_from_turn_to_turn_in_the_studys_language(locale: str) -> None:
    acks = TEXTS[locale]["acks"]
    leads = _leads(REMOTE, locale, REMOTE_ANSWERS[:5])
    used = [next(a for a in acks if lead.startswith(a)) for lead in leads]
    assert len(set(used)) == len(used), used  # five answers, five different acknowledgements
    assert used == acks[: len(used)]  # deterministic: the next one each turn


def test_the_same_transcript_gets_the_same_acknowledgements() -> None:
    answers = ["Tomo café por la mañana antes de ir a trabajar", "4", "Para llevar"]
    leads = _leads(CAFE, "es", answers)
    assert leads == _leads(CAFE, "es", answers)
    assert leads[0].startswith(TEXTS["es"]["acks"][0])


@pytest.mark.parametrize(
    ("study", "locale", "answers", "kept"),
    [
        (REMOTE, "en", [*REMOTE_ANSWERS[:4], "Sometimes"], ("home", "Sometimes")),
        (REMOTE, "de", [*REMOTE_ANSWERS[:4], "Manchmal"], ("home", "Manchmal")),
        (CAFE, "es", ["Tomo café por la mañana antes de ir a trabajar", "depende del día"],
         ("satisfaccion", "depende del día")),
        (ACME, "en", ["We send invoices to our clients every week", "whenever I need to"],
         ("frequency", "whenever I need to")),
    ],
)  # fmt: skip
def test_an_answer_that_fits_no_option_is_accepted_and_the_interview_moves_on(
    study: Any, locale: str, answers: list[str], kept: tuple[str, str]
) -> None:
    state = new_state()
    reply = None
    for turn, text in enumerate(answers):
        reply, _done = respond(study, locale, state, text, 1 + 2 * turn)
    assert reply is not None
    assert not any(word in reply.content for word in SCOLDING), reply.content
    qid, text = kept
    assert state["answers"][qid]["text"] == text and state["answers"][qid]["value"] == text
    index = [q.id for q in study.questions].index(qid)
    assert state["index"] == index + 1  # the next question (or the end), never the same again
    assert state["reasks_total"] == 0


async def test_sometimes_to_a_yes_no_over_http_moves_on(srv: SandboxServer) -> None:
    async with http(srv, "voice-checkin") as c:
        started = await start(c)
        first = (await say(c, started, "Pretty busy but good, we shipped the new release")).json()
        assert "(Yes/No)" in first["message"]["content"]
        reply = (await say(c, started, "Sometimes")).json()
    assert reply["is_complete"] is True
    content = reply["message"]["content"]
    assert not any(word in content for word in SCOLDING), content
    assert content.startswith("Thanks for sharing that.")  # the second answer's acknowledgement
