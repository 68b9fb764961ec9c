"""The deterministic interviewer: answer parsing, follow-ups, re-asks, scoring, and every sample
study walked to completion over HTTP."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from koji_tui.server import SandboxServer, StudyError, load_studies
from koji_tui.server.catalog import SHIPPED_STUDIES_DIR, parse_study
from koji_tui.server.interviewer import (
    Unparsed,
    new_state,
    opening,
    parse_answer,
    quality_score,
    render_question,
    respond,
)

from .conftest import http, say, start

STUDIES = {s.id: s for s in load_studies()}
ACME = STUDIES["acme-product-feedback"]
REMOTE = STUDIES["remote-work-tools"]
CAFE = STUDIES["cafe-habitos"]


def question(study: Any, qid: str) -> Any:
    return next(q for q in study.questions if q.id == qid)


# --------------------------------------------------------------------------- sample studies


def test_samples_cover_every_type_and_several_locales() -> None:
    types = {q.type for s in STUDIES.values() for q in s.questions}
    assert types == {"open_ended", "scale", "single_choice", "multiple_choice", "ranking", "yes_no"}
    assert set(ACME.question_types) == types  # the English study alone has every type
    nps = question(ACME, "nps")
    assert (nps.scale_min, nps.scale_max) == (0, 10)
    assert {loc for s in STUDIES.values() for loc in s.locales} >= {"en", "es", "fr", "de"}
    assert REMOTE.locales == ("en", "fr", "de")
    assert CAFE.locale == "es"
    assert [s.mode for s in STUDIES.values()].count("voice") == 1
    assert next(iter(STUDIES)) == "acme-product-feedback"  # index 0 is the full English study


def test_samples_ship_inside_the_package() -> None:
    assert SHIPPED_STUDIES_DIR.parent.name == "server"
    assert len(list(SHIPPED_STUDIES_DIR.glob("*.json"))) == len(STUDIES) >= 3


# --------------------------------------------------------------------------- rendering


def test_questions_are_stated_readably() -> None:
    content = render_question(question(ACME, "nps"), ACME, "en").content
    assert content.endswith(
        "On a scale of 0 to 10, where 0 means Not at all likely and 10 means Extremely likely."
    )
    features = render_question(question(ACME, "features"), ACME, "en")
    lines = features.content.split("\n")
    assert "Select all that apply." in lines[0]
    assert lines[1:] == ["1. Invoicing", "2. Expense tracking", "3. Reports", "4. Bank sync",
                         "5. Mobile app", "6. Other (please specify)"]  # fmt: skip
    assert features.question is not None and features.question["allowOther"] is True
    assert "Other (please specify)" not in features.question["options"]
    ranking = render_question(question(ACME, "priorities"), ACME, "en").content
    assert "Please rank these from most to least important." in ranking
    assert render_question(question(ACME, "support"), ACME, "en").content.endswith("(Yes/No)")
    assert render_question(question(ACME, "usage"), ACME, "en").question is None


@pytest.mark.parametrize(
    ("locale", "scale", "multi", "rank", "yes_no"),
    [
        ("fr", "Sur une échelle de 1 à 5, où 1 signifie Très insatisfait", "Sélectionnez toutes",
         "Classez ces options", "(Oui/Non)"),
        ("de", "Auf einer Skala von 1 bis 5, wobei 1 für Sehr unzufrieden steht",
         "Wählen Sie alle zutreffenden", "ordnen Sie", "(Ja/Nein)"),
    ],
)  # fmt: skip
def test_questions_in_other_locales(
    locale: str, scale: str, multi: str, rank: str, yes_no: str
) -> None:
    def text(qid: str) -> str:
        return render_question(question(REMOTE, qid), REMOTE, locale).content

    assert scale in text("meetings")
    assert multi in text("tools")
    assert rank in text("criteria")
    assert text("home").endswith(yes_no)
    obj = render_question(question(REMOTE, "criteria"), REMOTE, locale).question
    assert obj is not None
    assert obj["options"][0] == {"fr": "Fiabilité", "de": "Zuverlässigkeit"}[locale]


def test_opening_greets_by_name_or_not() -> None:
    assert opening(ACME, "en", "Jane").content.startswith("Hi Jane! Thanks for taking the time")
    assert opening(ACME, "en", "  Mary   Ann ").content.startswith("Hi Mary Ann!")
    assert opening(ACME, "en", None).content.startswith("Hi there!")
    assert opening(CAFE, "es", "Lucía").content.startswith("¡Hola, Lucía!")


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("qid", "text", "value"),
    [
        ("nps", "8", 8),
        ("nps", "I'd say 9/10", 9),
        ("nps", "0", 0),
        ("nps", "10!", 10),
        ("nps", "extremely likely", 10),
        ("frequency", "2", "A few times a week"),
        ("frequency", "2.", "A few times a week"),
        ("frequency", "option 4", "Rarely"),
        ("frequency", "every DAY", "Every day"),
        ("frequency", "Honestly, a few times a month.", "A few times a month"),
        ("frequency", "4. Rarely", "Rarely"),
        ("features", "1, 3", ["Invoicing", "Reports"]),
        ("features", "Reports and bank sync", ["Reports", "Bank sync"]),
        ("features", "invoicing; mobile app", ["Invoicing", "Mobile app"]),
        ("features", "Invoicing, a podcast", ["Invoicing", {"other": "a podcast"}]),
        ("features", "6", {"error": True}),
        ("priorities", "1. Price, 2. Speed, 3. Ease of use, 4. Integrations",
         ["Price", "Speed", "Ease of use", "Integrations"]),
        ("priorities", "Price, Speed, Integrations, Ease of use",
         ["Price", "Speed", "Integrations", "Ease of use"]),
        ("priorities", "4,1,3,2", ["Price", "Speed", "Integrations", "Ease of use"]),
        ("priorities", "price > speed > integrations",
         ["Price", "Speed", "Integrations", "Ease of use"]),
        ("priorities", "Price\nSpeed\nEase of use\nIntegrations",
         ["Price", "Speed", "Ease of use", "Integrations"]),
        ("support", "Yes", True),
        ("support", "yeah, twice", True),
        ("support", "No.", False),
        ("support", "not really", False),
        ("support", "Nope", False),
    ],
)  # fmt: skip
def test_parse_answers(qid: str, text: str, value: Any) -> None:
    q = question(ACME, qid)
    if value == {"error": True}:
        with pytest.raises(Unparsed):
            parse_answer(text, q, ACME, "en")
        return
    assert parse_answer(text, q, ACME, "en") == value


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        ("nps", "eleven"),
        ("nps", "11"),
        ("nps", "-1"),
        ("nps", "no idea"),
        ("frequency", "sometimes"),
        ("frequency", "7"),
        ("frequency", "Every day and rarely"),
        ("features", "1, 9"),
        ("priorities", "Price, Price, Speed, Integrations"),
        ("priorities", "Price, Speed"),
        ("priorities", "whatever"),
        ("support", "maybe"),
        ("support", "   "),
    ],
)
def test_unreadable_answers(qid: str, text: str) -> None:
    with pytest.raises(Unparsed):
        parse_answer(text, question(ACME, qid), ACME, "en")


@pytest.mark.parametrize(
    ("study", "locale", "qid", "text", "value"),
    [
        (CAFE, "es", "fidelidad", "Sí", True),
        (CAFE, "es", "fidelidad", "si, claro", True),
        (CAFE, "es", "fidelidad", "No", False),
        (CAFE, "es", "pedido", "para LLEVAR", "Para llevar"),
        (CAFE, "es", "pedido", "en bici desde casa", {"other": "en bici desde casa"}),
        (CAFE, "es", "pedido", "Otro: por teléfono", {"other": "por teléfono"}),
        (CAFE, "es", "productos", "Bolleria y te", ["Bollería", "Té"]),
        (CAFE, "es", "satisfaccion", "muy satisfecho", 5),
        (REMOTE, "fr", "home", "Oui", True),
        (REMOTE, "fr", "home", "non", False),
        (REMOTE, "de", "home", "Ja", True),
        (REMOTE, "de", "home", "Nein, leider nicht", False),
        (REMOTE, "de", "criteria", "Preis, Sicherheit, Zuverlässigkeit, Benutzerfreundlichkeit",
         ["Preis", "Sicherheit", "Zuverlässigkeit", "Benutzerfreundlichkeit"]),
        (REMOTE, "fr", "focus", "au bureau", "Au bureau"),
    ],
)  # fmt: skip
def test_parse_answers_in_other_languages(
    study: Any, locale: str, qid: str, text: str, value: Any
) -> None:
    assert parse_answer(text, question(study, qid), study, locale) == value


# --------------------------------------------------------------------------- the walk


def walk(study: Any, answers: list[str], locale: str | None = None) -> tuple[list[str], dict]:
    locale = locale or study.locale
    state = new_state()
    replies = []
    turn = 1
    for text in answers:
        reply, done = respond(study, locale, state, text, turn)
        turn += 2
        replies.append(reply.content)
        if done:
            break
    return replies, state


def test_thin_open_answers_get_follow_ups_that_quote_them_up_to_the_limit() -> None:
    replies, state = walk(ACME, ["ok", "fine", "2"])
    assert replies[0] == (
        "You said “ok”. Could you tell me a bit more about how that fits into your week?"
    )
    assert "How often do you use Acme?" in replies[1]  # max_follow_ups=1: move on
    assert state["thin"] == 1 and state["follow_ups_total"] == 1
    rich, _ = walk(ACME, ["We send invoices to our clients every week"])
    assert "How often do you use Acme?" in rich[0]  # no probe for a full answer
    change = [q.id for q in ACME.questions].index("change")
    again, _ = walk(ACME, ["We send invoices every week", "1", "1", "1,2,3,4", "yes", "9",
                           "Because it is fast enough", "meh", "hm"])  # fmt: skip
    assert ACME.questions[change].max_follow_ups == 2
    assert again[-2].startswith("You said “meh”. ") and again[-1].startswith("You said “hm”. ")


def test_a_long_thin_quote_is_cut_at_a_word() -> None:
    from koji_tui.server.interviewer_words import QUOTE_LIMIT, quote

    assert quote("  “Fine.”  ") == "Fine"  # the sentence it is quoted in has its full stop
    long = "word " * 30
    cut = quote(long)
    assert len(cut) <= QUOTE_LIMIT and cut.endswith("word…")
    assert quote("two\nlines") == "two lines"


def test_an_answer_that_fits_no_option_is_kept_quoted_and_the_guide_moves_on() -> None:
    rich = "We send invoices to our clients every week"
    replies, state = walk(ACME, [rich, "whenever."])
    assert replies[1].split("\n")[0] == "Thanks for that: “whenever”."
    assert "Sorry" not in replies[1] and "catch" not in replies[1]
    assert "Select all that apply" in replies[1]  # the next question, not the same one again
    assert state["reasks_total"] == 0 and state["unparsed"] == 1
    assert state["answers"]["frequency"] == {
        "type": "single_choice", "text": "whenever.", "value": "whenever.", "parsed": False,
        "words": 1,
    }  # fmt: skip


def test_a_hedge_is_asked_about_once_then_mapped_or_kept() -> None:
    replies, state = walk(ACME, ["We send invoices every week", "It depends", "Rarely"])
    assert replies[1] == "“It depends”, fair enough. Which of the options comes closest?"
    assert replies[2].split("\n")[0] == "“Rarely”, noted."  # mapped, and acknowledged
    assert "Select all that apply" in replies[2]
    assert state["answers"]["frequency"]["value"] == "Rarely"
    assert state["answers"]["frequency"]["parsed"] is True and state["unparsed"] == 0
    replies, state = walk(ACME, ["We send invoices every week", "It depends", "on the month"])
    assert "Select all that apply" in replies[2]  # asked once only: kept as it was said
    assert state["answers"]["frequency"]["value"] == "It depends"
    assert state["unparsed"] == 1 and state["reasks_total"] == 0


def test_structured_probe_after_a_valid_answer() -> None:
    answers = ["We send invoices to our clients every week", "1", "1", "1,2,3,4", "yes", "9"]
    replies, state = walk(ACME, answers)
    assert replies[-1].endswith("What is the main reason for your score?")
    assert state["answers"]["nps"]["value"] == 9


GOOD = {
    "acme-product-feedback": ["We send invoices to our clients every single week", "1",
                              "Invoicing, Reports", "Speed, Price, Ease of use, Integrations",
                              "No", "9", "It saves me hours every month on bookkeeping",
                              "Better bank sync with my local credit union would help a lot"],
    "cafe-habitos": ["Tomo café por la mañana antes de ir a trabajar", "4", "Para llevar",
                     "Bollería, Zumos", "Calidad del café, Precio, Rapidez, Ambiente", "Sí",
                     "Más mesas junto a la ventana y enchufes para trabajar"],
    "remote-work-tools": ["We have a daily standup on video and chat the rest of the day",
                          "4", "Slack, Zoom", "Reliability, Security, Ease of use, Price", "Yes",
                          "At home"],
    "voice-checkin": ["Pretty busy but good, we shipped the new release", "Yes"],
}  # fmt: skip


@pytest.mark.parametrize("study_id", sorted(GOOD))
def test_each_study_walks_to_completion_with_a_good_score(study_id: str) -> None:
    study = STUDIES[study_id]
    replies, state = walk(study, GOOD[study_id])
    assert len(replies) == len(GOOD[study_id])
    assert state["done"] is True
    assert set(state["answers"]) == {q.id for q in study.questions}
    assert all(a["parsed"] for a in state["answers"].values())
    assert quality_score(study, state) >= 3.8


def test_quality_score_rewards_richness_and_coverage() -> None:
    rich = GOOD["acme-product-feedback"]
    _, full = walk(ACME, rich)
    _, thin = walk(ACME, ["ok", "fine", "1", "1", "1,2,3,4", "yes", "9", "dunno", "meh", "no"])
    _, struggling = walk(ACME, ["ok", "x", "sometimes", "whenever", "?", "??", "a, b", "c", "q"])
    _, partial = walk(ACME, rich[:2])
    scores = [quality_score(ACME, s) for s in (full, thin, struggling, partial)]
    assert scores[0] > scores[1] > scores[2]
    assert scores[0] > scores[3]
    assert all(1.0 <= s <= 5.0 and round(s, 1) == s for s in scores)
    assert quality_score(ACME, new_state()) == 1.0
    # deterministic
    assert quality_score(ACME, walk(ACME, rich)[1]) == scores[0]


def test_after_the_guide_more_messages_get_a_closing_reply() -> None:
    state = walk(STUDIES["voice-checkin"], GOOD["voice-checkin"])[1]
    reply, done = respond(STUDIES["voice-checkin"], "en", state, "one more thing", 9)
    assert done is True and "finish the interview" in reply.content


async def test_each_sample_study_over_http_to_completion(srv: SandboxServer) -> None:
    for study in srv.studies:
        async with http(srv, study.id) as c:
            started = await start(c, respondent={"display_name": "Kim"})
            assert "Kim" in started["initial_message"]
            body: dict[str, Any] = {}
            for text in GOOD[study.id]:
                body = (await say(c, started, text)).json()
                assert body["message"]["content"]
            assert body["is_complete"] is True
            assert body["turn_count"] == 1 + 2 * len(GOOD[study.id])
            done = await c.post(f"/{started['interview_id']}/complete", json={"reason": "natural"})
            assert done.json()["quality_score"] >= 3.8


# --------------------------------------------------------------------------- study files


def _sample() -> dict[str, Any]:
    return json.loads((SHIPPED_STUDIES_DIR / "01-acme-product-feedback.json").read_text("utf-8"))


@pytest.mark.parametrize(
    ("patch", "needle"),
    [
        (lambda d: d.pop("id"), "id must be"),
        (lambda d: d.update(id="has space"), "id must be"),
        (lambda d: d.update(name=""), "name must be"),
        (lambda d: d.update(locale="english"), "locale must"),
        (lambda d: d.update(mode="video"), "mode must"),
        (lambda d: d.update(questions=[]), "questions must be a non-empty list"),
        (lambda d: d["questions"][1].update(type="slider"), "questions[1].type"),
        (lambda d: d["questions"][1].update(options=["only"]), "at least two options"),
        (lambda d: d["questions"][1].update(options=["A", "a"]), "repeat a label"),
        (lambda d: d["questions"][5].update(scale_max=0), "scale_min < scale_max"),
        (lambda d: d["questions"][5].update(scale_min="0"), "scale_min must be an integer"),
        (lambda d: d["questions"][5].update(scale_labels={"11": "x"}), "outside the scale"),
        (lambda d: d["questions"][0].update(max_follow_ups=5), "between 0 and 3"),
        (lambda d: d["questions"][0].update(probes="more?"), "probes must be"),
        (lambda d: d["questions"][0].update(text={"fr": "Bonjour"}), "default locale"),
        (lambda d: d["questions"][4].update(allow_other=True), "only applies to choice"),
        (lambda d: d["questions"][2].update(id="usage"), "used twice"),
    ],
)
def test_broken_study_files_are_refused_clearly(patch: Any, needle: str) -> None:
    data = _sample()
    patch(data)
    with pytest.raises(StudyError) as info:
        parse_study(data, "mine.json")
    assert str(info.value).startswith("mine.json: ")
    assert needle in str(info.value)


def test_camel_case_keys_are_accepted() -> None:
    data = _sample()
    nps = data["questions"][5]
    nps["scaleMin"], nps["scaleMax"] = nps.pop("scale_min"), nps.pop("scale_max")
    nps["scaleLabels"] = nps.pop("scale_labels")
    nps["maxFollowUps"] = nps.pop("max_follow_ups")
    data["questions"][2]["allowOther"] = data["questions"][2].pop("allow_other")
    study = parse_study(data)
    assert study.questions[5].scale_max == 10 and study.questions[2].allow_other


def test_custom_studies_folder(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(_sample()), "utf-8")
    assert [s.id for s in load_studies(tmp_path)] == ["acme-product-feedback"]
    (tmp_path / "b.json").write_text(json.dumps(_sample()), "utf-8")
    with pytest.raises(StudyError, match="used by another file"):
        load_studies(tmp_path)
    (tmp_path / "b.json").write_text("{oops", "utf-8")
    with pytest.raises(StudyError, match=r"b\.json: cannot read"):
        load_studies(tmp_path)
    with pytest.raises(StudyError, match="not a folder of study files"):
        load_studies(tmp_path / "missing")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(StudyError, match=r"no \*\.json"):
        load_studies(empty)
