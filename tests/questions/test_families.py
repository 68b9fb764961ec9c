"""The cue families of issue 8, one behaviour per test, in the five languages."""

from __future__ import annotations

import json

import pytest

from koji_tui.questions import DetectionSource, Question, QuestionType, detect_question
from koji_tui.questions.cues import choice_cues, fold

LIST = "\n1. Alpha\n2. Beta\n3. Gamma\n4. Delta"
OPTIONS = ["Alpha", "Beta", "Gamma", "Delta"]


@pytest.mark.parametrize(
    "ask",
    [
        "Which of these do you use? You can pick more than one.",
        "Which of these do you use? Feel free to choose several.",
        "Which of these do you use? Any combination is fine.",
        "¿Cuáles usas? Puede elegir varios.",
        "¿Cuáles usas? Se pueden marcar varias.",
        "Lesquels utilisez-vous ? Plusieurs réponses possibles.",
        "Lesquels utilisez-vous ? Tu peux en prendre plusieurs.",
        "Welche nutzen Sie? Sie dürfen gern mehrere angeben.",
        "Welche nutzen Sie? Mehrfachnennung erlaubt.",
        "Quais você usa? Pode escolher vários.",
        "Quais você usa? É possível marcar mais de uma.",
    ],
)
def test_a_permission_with_a_quantity_is_a_multiple_choice(ask: str) -> None:
    q = detect_question(ask + LIST)
    assert (q.type, q.options, q.max_choices) == (QuestionType.MULTIPLE_CHOICE, OPTIONS, None)


@pytest.mark.parametrize(
    ("ask", "limit"),
    [
        ("Which of these matter? Pick up to three.", 3),
        ("Which of these matter? Choose at most 2.", 2),
        ("Which two of these matter most?", 2),
        ("Choose two:", 2),
        ("¿Cuáles te importan? Elige hasta tres.", 3),
        ("¿Cuáles te importan? Elige dos como máximo.", 2),
        ("Lesquels comptent ? Choisissez-en jusqu'à deux.", 2),
        ("Welche sind wichtig? Wählen Sie höchstens drei.", 3),
        ("Quais importam? Escolha até duas.", 2),
    ],
)
def test_a_limit_is_a_multiple_choice_with_a_maximum(ask: str, limit: int) -> None:
    q = detect_question(ask + LIST)
    assert (q.type, q.options, q.max_choices) == (QuestionType.MULTIPLE_CHOICE, OPTIONS, limit)


def test_a_limit_as_large_as_the_list_is_no_limit() -> None:
    q = detect_question("Which of these matter? Pick up to four." + LIST)
    assert (q.type, q.max_choices) == (QuestionType.MULTIPLE_CHOICE, None)


@pytest.mark.parametrize(
    "ask",
    [
        "Just 2 more questions! Which plan are you on?",
        "Which one do you use most? You can see several options below.",
        "Which of these do you use most of all?",
        "Pick just one of these:",
    ],
)
def test_counts_and_quantities_that_do_not_make_a_multiple_choice(ask: str) -> None:
    q = detect_question(ask + LIST)
    assert (q.type, q.options) == (QuestionType.SINGLE_CHOICE, OPTIONS)


def test_choice_cues_combine_families_within_one_sentence() -> None:
    assert choice_cues(fold("You can pick more than one.")).multiple
    assert not choice_cues(fold("You can see it. We have several.")).multiple
    assert not choice_cues(fold("Can you do several things at once?")).multiple


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("Would you say it was quick, about average, or slow?", ["quick", "about average", "slow"]),
        ("Would you call yourself a beginner, an intermediate user or an expert?", ["a beginner", "an intermediate user", "an expert"]),
        ("¿Dirías que el soporte fue rápido, normal o lento?", ["rápido", "normal", "lento"]),
        ("Diriez-vous que l'installation a été rapide, normale ou longue ?", ["rapide", "normale", "longue"]),
        ("Würden Sie sagen, die Einrichtung war schnell, durchschnittlich oder langsam?", ["schnell", "durchschnittlich", "langsam"]),
        ("Würden Sie den Support als schnell, okay oder langsam beschreiben?", ["schnell", "okay", "langsam"]),
        ("Você diria que o atendimento foi rápido, normal ou demorado?", ["rápido", "normal", "demorado"]),
    ],
)  # fmt: skip
def test_options_inline_after_a_framing_verb(text: str, options: list[str]) -> None:
    q = detect_question(text)
    assert (q.type, q.options) == (QuestionType.SINGLE_CHOICE, options)


@pytest.mark.parametrize(
    "text",
    [
        "What would you say was the main reason you left?",
        "Would you say a bit more about that?",
        "Would you say it was more of a process problem or more of a tooling problem?",
        "¿Qué dirías que le falta a la app?",
        "Würden Sie sagen, dass sich das gelohnt hat, und warum?",
    ],
)
def test_framing_verbs_in_open_questions_give_no_widget(text: str) -> None:
    assert detect_question(text).type is QuestionType.OPEN_ENDED


@pytest.mark.parametrize(
    "text",
    [
        "Would you say the training was worth the time?",
        "Would you recommend it to a friend or not?",
        "Are you the person who manages billing for your team?",
        "Are you someone who works from home most days?",
        "Can we contact you for a follow-up interview next month?",
        "Could I follow up with you by email?",
        "¿Eres la persona que gestiona la facturación?",
        "¿Podríamos contactarte la semana que viene?",
        "¿Le parece bien que le escribamos por correo?",
        "C'est vous qui gérez la facturation ?",
        "Pourrions-nous vous recontacter ?",
        "Sind Sie die Person, die die Abrechnung verwaltet?",
        "Dürfen wir Sie noch einmal anrufen?",
        "Você é quem cuida do faturamento?",
        "Podemos entrar em contato com você?",
    ],
)
def test_yes_no_opened_by_a_role_or_a_permission(text: str) -> None:
    assert detect_question(text).type is QuestionType.YES_NO


@pytest.mark.parametrize(
    "text",
    [
        "Can we talk a bit about how you onboard new hires?",
        "Could you tell me about the last time it failed?",
        "Are you the kind of person who reads release notes, or do you just dive in?",
        "¿Podemos hablar de cómo incorporas a los nuevos?",
        "Pouvons-nous parler de la façon dont vous travaillez ?",
        "Können wir darüber sprechen, wie Sie einarbeiten?",
        "Podemos falar sobre como foi o lançamento?",
    ],
)
def test_permissions_that_open_a_conversation_give_no_widget(text: str) -> None:
    assert detect_question(text).type is QuestionType.OPEN_ENDED


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("Which fits you best?\n\n1. Alone\n\n2. In a team\n\nReply with the number that fits.", ["Alone", "In a team"]),
        ("Which fits you best?\n\nA) Alone\n\nB) In a team\n\nJust type the letter.", ["Alone", "In a team"]),
        ("Which fits you best?\n\nI work alone\n\nI work in a team\n\nTell me which one is closest.", ["I work alone", "I work in a team"]),
        ("¿Cuál te describe?\n\n- Solo\n\n- En equipo\n\nResponde con la opción que más se acerque.", ["Solo", "En equipo"]),
        ("Quelle est votre situation ?\n\n1. Seul\n\n2. En équipe\n\nIndiquez simplement le numéro.", ["Seul", "En équipe"]),
        ("Wie arbeiten Sie?\n\n1. Allein\n\n2. Im Team\n\nAntworten Sie einfach mit der Zahl.", ["Allein", "Im Team"]),
        ("Como você trabalha?\n\n1. Sozinho\n\n2. Em equipe\n\nResponda só com o número.", ["Sozinho", "Em equipe"]),
    ],
)  # fmt: skip
def test_options_between_blank_lines_then_a_closing_instruction(
    text: str, options: list[str]
) -> None:
    q = detect_question(text)
    assert (q.type, q.options) == (QuestionType.SINGLE_CHOICE, options)


@pytest.mark.parametrize(
    "text",
    [
        "Where should we start?\n\nMaybe with pricing\n\nOr with onboarding",
        "Which fits you best?\n1. Alone\n2. In a team\n\nTell me: why that one?",
        "A few things stood out:\n\nThe export is slow\n\nSearch misses items\n\nWhich bothers you more, and why?",
    ],
)
def test_lines_that_are_not_options_give_no_widget(text: str) -> None:
    assert detect_question(text).type is QuestionType.OPEN_ENDED


OTHERS = [
    ("en", "Other (please specify)"),
    ("en", "Something different (please describe)"),
    ("en", "Other:"),
    ("es", "Otro (especifica cuál)"),
    ("es", "Otra cosa (¿cuál?)"),
    ("fr", "Autre (précisez)"),
    ("fr", "Autre chose (à préciser)"),
    ("de", "Sonstiges (bitte angeben)"),
    ("de", "Etwas anderes, und zwar:"),
    ("pt", "Outro (qual?)"),
    ("pt", "Outra coisa (qual?)"),
]


@pytest.mark.parametrize(("lang", "other"), OTHERS)
def test_other_is_free_text_in_every_language(lang: str, other: str) -> None:
    q = detect_question(f"Which one?\n1. Chrome\n2. Firefox\n3. {other}")
    assert (q.options, q.allow_other) == (["Chrome", "Firefox"], True)


@pytest.mark.parametrize(("lang", "other"), OTHERS)
def test_other_in_a_structured_object_is_free_text_too(lang: str, other: str) -> None:
    obj = {"type": "single_choice", "options": ["Chrome", "Firefox", other]}
    q = detect_question("Which one?", obj)
    assert (q.source, q.options, q.allow_other) == (
        DetectionSource.STRUCTURED,
        ["Chrome", "Firefox"],
        True,
    )


@pytest.mark.parametrize(
    "label", ["Something else", "None of the above", "Other teams in marketing", "Otra cosa"]
)
def test_real_options_that_look_like_other(label: str) -> None:
    q = detect_question(f"Which one?\n1. Chrome\n2. {label}\n3. Firefox")
    assert (q.options, q.allow_other) == (["Chrome", label, "Firefox"], False)


def test_max_choices_from_a_structured_object_and_json_round_trip() -> None:
    obj = {"type": "multiple_choice", "options": ["A", "B", "C"], "maxSelections": 2}
    q = detect_question("Which?", obj)
    assert (q.type, q.max_choices) == (QuestionType.MULTIPLE_CHOICE, 2)
    again = Question.model_validate(json.loads(json.dumps(q.model_dump(mode="json"))))
    assert again == q
    assert (
        Question.model_validate({"type": "multiple_choice", "options": ["A", "B"]}).max_choices
        is None
    )


def test_ranking_never_takes_other_or_a_maximum() -> None:
    q = detect_question("Rank your top three, most important first:" + LIST)
    assert (q.type, q.options, q.max_choices, q.allow_other) == (
        QuestionType.RANKING,
        OPTIONS,
        None,
        False,
    )


def test_warm_up_compiles_every_family_once() -> None:
    from koji_tui.questions import warm_up
    from koji_tui.questions.cues import family

    warm_up()
    compiled = family.cache_info().currsize
    warm_up()
    assert family.cache_info().currsize == compiled
    assert detect_question("Which plan?\n1. Free\n2. Pro").type is QuestionType.SINGLE_CHOICE


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("Which of these should we build next? Please choose at most 2.", 2),
        ("Three at most.", 3),
        ("Just 2 more questions! Which plan?", None),
        ("Pick just one.", None),
        ("Which of these do you use at most?", None),
    ],
)
def test_limits_read_the_count_not_a_word_beside_it(text: str, limit: int | None) -> None:
    assert choice_cues(fold(text)).max_choices == limit


@pytest.mark.parametrize(
    ("ask", "labels"),
    [
        ("Chegou-te a encomenda?", ["Sim", "Não"]),
        ("Deram-lhe o recibo?", ["Sim", "Não"]),
        ("Usas a app do banco todos os dias?", ["Sim", "Não"]),
        ("¿Te llegó el pedido?", ["Sí", "No"]),
        ("Ça t'a aidé ?", ["Oui", "Non"]),
        ("Hat dir das geholfen?", ["Ja", "Nein"]),
    ],
)
def test_a_short_yes_no_with_a_clitic_answers_in_its_own_language(
    ask: str, labels: list[str]
) -> None:
    q = detect_question(ask)
    assert (q.type, q.options) == (QuestionType.YES_NO, labels)


@pytest.mark.parametrize(
    "ask",
    [
        "Conta-me a tua experiência com a app?",
        "Explica-me o que aconteceu?",
        "¿Me cuentas un poco más sobre eso?",
        "Ça t'a plu ? Raconte-moi.",
    ],
)
def test_a_request_with_a_clitic_stays_open(ask: str) -> None:
    assert detect_question(ask).type is QuestionType.OPEN_ENDED


@pytest.mark.parametrize(
    ("ask", "span"),
    [
        ("How satisfied are you? 1 · 2 · 3 · 4 · 5", (1, 5)),
        ("How likely are you to recommend us? 1 · 2 · 3 · 4 · 5", (1, 5)),  # not NPS's 0-10
        ("¿Qué tan satisfecho estás? 1 - 2 - 3 - 4 - 5", (1, 5)),
        ("How likely are you to recommend us? 0 1 2 3 4 5 6 7 8 9 10", (0, 10)),
    ],
)
def test_a_row_of_points_on_the_line_of_its_question_is_its_range(
    ask: str, span: tuple[int, int]
) -> None:
    q = detect_question(ask)
    assert (q.type, (q.scale_min, q.scale_max)) == (QuestionType.SCALE, span)


def test_a_row_of_points_inside_a_sentence_is_no_scale() -> None:
    q = detect_question("What happened at step 3? 1 → 2 → 3 was the plan.")
    assert q.type is QuestionType.OPEN_ENDED
