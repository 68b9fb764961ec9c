"""How the sandbox interviewer talks: acknowledgements that vary and refer to the answer, in the
interview's language, and no scolding: an answer that fits no option is acknowledged as it was
said, asked about once, mapped when what comes back fits, and the interview moves on."""

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


REMOTE_IN = {
    "fr": ["Nous faisons un point le lundi matin", "4", "Slack, Zoom",
           "Fiabilité, Sécurité, Facilité d'utilisation, Prix", "Oui"],
    "de": ["Wir treffen uns jeden Montag im Video", "4", "Slack, Zoom",
           "Zuverlässigkeit, Sicherheit, Benutzerfreundlichkeit, Preis", "Ja"],
}  # fmt: skip


def _leads_in(locale: str) -> list[str]:
    return _leads(REMOTE, locale, REMOTE_IN.get(locale, REMOTE_ANSWERS[:5]))


@pytest.mark.parametrize("locale", ["en", "fr", "de"])
def test_acknowledgements_vary_and_refer_to_the_answer_in_the_studys_language(
    locale: str,
) -> None:
    leads = _leads_in(locale)
    assert len(set(leads)) == len(leads), leads  # five answers, five different replies
    assert leads[0] == TEXTS[locale]["acks"][0]  # an open answer: the general words
    scale, tools, ranking, home = leads[1:]
    assert scale.startswith("4 ") or " 4 " in scale  # "4 out of 5", "4 sur 5", "4 von 5"
    assert "5" in scale
    assert "Slack" in tools and "Zoom" in tools
    first = {"en": "Reliability", "fr": "Fiabilité", "de": "Zuverlässigkeit"}[locale]
    assert first in ranking
    yes_words = {"en": ("Yes", "confirming"), "fr": ("Oui", "confirmer"), "de": ("Ja", "Bestät")}
    assert any(word in home for word in yes_words[locale]), home


def test_the_same_transcript_gets_the_same_acknowledgements() -> None:
    answers = ["Tomo café por la mañana antes de ir a trabajar", "4", "Para llevar"]
    leads = _leads(CAFE, "es", answers)
    assert leads == _leads(CAFE, "es", answers)
    assert leads[0].startswith(TEXTS["es"]["acks"][0])
    assert leads[1] == "4 de 5, gracias." and "Para llevar" in leads[2]


def test_a_seed_shifts_the_wording_and_keeps_it_deterministic() -> None:
    answers = ["We send invoices to our clients every week", "1", "Invoicing, Reports"]

    def leads(seed: int | None) -> list[str]:
        state = new_state(seed)
        return [respond(ACME, "en", state, a, 1 + 2 * i)[0].content.split("\n")[0]
                for i, a in enumerate(answers)]  # fmt: skip

    assert leads(None) == leads(0) == leads(None)
    assert leads(1) == leads(1) and leads(1) != leads(0)
    assert all(("Every day" in a) for a in (leads(0)[1], leads(1)[1]))  # still about the answer


def test_scale_acknowledgements_follow_the_score() -> None:
    def lead(answer: str) -> str:
        state = new_state()
        for i, text in enumerate(["We send invoices every week", "1", "1", "1,2,3,4", "yes"]):
            respond(ACME, "en", state, text, 1 + 2 * i)
        return respond(ACME, "en", state, answer, 11)[0].content

    # the sixth answer gets the second wording of each level
    assert lead("10").startswith("A 10 out of 10, thank you.")
    assert lead("2").startswith("A 2 out of 10, noted. Thank you for being honest.")
    assert lead("5").startswith("Thanks, a 5 out of 10.")
    assert lead("9").endswith("What is the main reason for your score?")  # the probe follows


@pytest.mark.parametrize(
    ("study", "locale", "answers", "kept"),
    [
        (REMOTE, "en", [*REMOTE_ANSWERS[:4], "Sometimes"], ("home", "Sometimes")),
        (REMOTE, "de", [*REMOTE_IN["de"][:4], "Manchmal"], ("home", "Manchmal")),
        (CAFE, "es", ["Tomo café por la mañana antes de ir a trabajar", "depende del día"],
         ("satisfaccion", "depende del día")),
        (ACME, "en", ["We send invoices to our clients every week", "I don't know"],
         ("frequency", "I don't know")),
    ],
)  # fmt: skip
def test_an_answer_between_the_options_is_acknowledged_and_asked_about_once(
    study: Any, locale: str, answers: list[str], kept: tuple[str, str]
) -> None:
    state = new_state()
    reply = None
    for turn, text in enumerate(answers):
        reply, _done = respond(study, locale, state, text, 1 + 2 * turn)
    assert reply is not None
    assert not any(word in reply.content for word in SCOLDING), reply.content
    qid, text = kept
    assert f"{text}" in reply.content  # quoted back as it was said
    assert state["answers"][qid]["text"] == text and state["answers"][qid]["value"] == text
    assert state["phase"] == "clarify"
    index = [q.id for q in study.questions].index(qid)
    assert state["index"] == index  # asked about once; whatever comes back, the guide moves on
    after, _done = respond(study, locale, state, "no idea, honestly", 1 + 2 * len(answers))
    assert state["index"] == index + 1 and state["reasks_total"] == 0
    assert state["answers"][qid]["parsed"] is False and state["unparsed"] == 1
    assert not any(word in after.content for word in SCOLDING), after.content


def test_an_answer_that_fits_no_option_is_kept_and_the_interview_moves_on() -> None:
    state = new_state()
    respond(ACME, "en", state, "We send invoices to our clients every week", 1)
    reply, _ = respond(ACME, "en", state, "whenever I need to", 3)
    assert reply.content.startswith("Thanks for that: “whenever I need to”.\n\n")
    assert "Select all that apply" in reply.content
    assert state["answers"]["frequency"]["value"] == "whenever I need to"
    assert state["unparsed"] == 1 and state["index"] == 2


def test_sometimes_to_a_yes_no_is_mapped_when_the_probe_says_which_way() -> None:
    state = new_state()
    for turn, text in enumerate([*REMOTE_ANSWERS[:4], "Sometimes"]):
        reply, _ = respond(REMOTE, "en", state, text, 1 + 2 * turn)
    assert reply.content == (
        "“Sometimes” is a fair answer. Would you lean more towards yes, or towards no?"
    )
    assert reply.question is None  # an open probe: said in words
    mapped, _ = respond(REMOTE, "en", state, "More often yes, two days a week", 11)
    assert state["answers"]["home"]["value"] is True and state["answers"]["home"]["parsed"]
    assert "Where do you do most of your focused work?" in mapped.content
    assert state["unparsed"] == 0


def test_i_dont_know_is_no_no() -> None:
    state = new_state()
    for turn, text in enumerate(["Tomo café por la mañana antes de ir a trabajar", "4",
                                 "Para llevar", "Bollería", "Precio, Calidad del café, Ambiente, Rapidez",
                                 "No sé"]):  # fmt: skip
        reply, _ = respond(CAFE, "es", state, text, 1 + 2 * turn)
    assert (
        state["phase"] == "clarify" and "¿Dirías que más bien sí, o más bien no?" in reply.content
    )
    assert state["answers"]["fidelidad"]["value"] == "No sé"


def test_a_choice_asked_about_again_comes_with_its_widget() -> None:
    state = new_state()
    respond(ACME, "en", state, "We send invoices to our clients every week", 1)
    reply, _ = respond(ACME, "en", state, "It depends", 3)
    assert reply.question is not None and reply.question["type"] == "single_choice"
    assert reply.question["options"][0] == "Every day"


async def test_sometimes_to_a_yes_no_over_http_is_asked_about_then_moves_on(
    srv: SandboxServer,
) -> None:
    async with http(srv, "voice-checkin") as c:
        started = await start(c)
        first = (await say(c, started, "Pretty busy but good, we shipped the new release")).json()
        assert "(Yes/No)" in first["message"]["content"]
        probe = (await say(c, started, "Sometimes")).json()
        assert probe["is_complete"] is False
        assert "“Sometimes”" in probe["message"]["content"]
        reply = (await say(c, started, "Mostly yes")).json()
    assert reply["is_complete"] is True
    content = reply["message"]["content"]
    assert not any(word in content for word in SCOLDING), content
    assert content.startswith("Yes, noted.") or content.startswith("Thanks for confirming.")
