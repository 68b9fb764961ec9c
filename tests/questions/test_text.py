"""Plain-text detection rules, one behaviour per test, in the five supported languages."""

from __future__ import annotations

import pytest

from koji_tui.questions import DetectionSource, QuestionType, detect_question

# The sandbox server's plain-text phrasing (CONTRACT: options "1. Label" one per line, scale
# "On a scale of 0 to 10, where 0 means X and 10 means Y", "Select all that apply",
# "Please rank ... from most to least important", yes/no ending with "(Yes/No)") in each locale.
SANDBOX_SCALE = {
    "en": "On a scale of 0 to 10, where 0 means Not likely and 10 means Very likely, how likely are you to recommend Acme?",
    "es": "En una escala de 0 a 10, donde 0 significa Nada probable y 10 significa Muy probable, ¿qué tan probable es que recomiendes Acme?",
    "fr": "Sur une échelle de 0 à 10, où 0 signifie Pas probable et 10 signifie Très probable, quelle est la probabilité que vous recommandiez Acme ?",
    "de": "Auf einer Skala von 0 bis 10, wobei 0 Nicht wahrscheinlich und 10 Sehr wahrscheinlich bedeutet: Wie wahrscheinlich ist es, dass Sie Acme empfehlen?",
    "pt": "Numa escala de 0 a 10, onde 0 significa Nada provável e 10 significa Muito provável, qual a probabilidade de recomendar a Acme?",
}
SANDBOX_LABELS = {
    "en": ("Not likely", "Very likely"),
    "es": ("Nada probable", "Muy probable"),
    "fr": ("Pas probable", "Très probable"),
    "de": ("Nicht wahrscheinlich", "Sehr wahrscheinlich"),
    "pt": ("Nada provável", "Muito provável"),
}
SANDBOX_SINGLE = {
    "en": "Which plan are you on?\n1. Free\n2. Pro\n3. Team",
    "es": "¿Qué plan usas?\n1. Free\n2. Pro\n3. Team",
    "fr": "Quelle formule utilisez-vous ?\n1. Free\n2. Pro\n3. Team",
    "de": "Welchen Tarif nutzen Sie?\n1. Free\n2. Pro\n3. Team",
    "pt": "Qual plano você usa?\n1. Free\n2. Pro\n3. Team",
}
SANDBOX_MULTI = {
    "en": "Which tools do you use? Select all that apply.\n1. Free\n2. Pro\n3. Team",
    "es": "¿Qué herramientas usas? Selecciona todas las que apliquen.\n1. Free\n2. Pro\n3. Team",
    "fr": "Quels outils utilisez-vous ? Sélectionnez toutes les réponses qui s'appliquent.\n1. Free\n2. Pro\n3. Team",
    "de": "Welche Tools nutzen Sie? Wählen Sie alle zutreffenden aus.\n1. Free\n2. Pro\n3. Team",
    "pt": "Quais ferramentas você usa? Selecione todas as que se aplicam.\n1. Free\n2. Pro\n3. Team",
}
SANDBOX_RANK = {
    "en": "Please rank these from most to least important:\n1. Free\n2. Pro\n3. Team",
    "es": "Por favor, ordena estos elementos de más a menos importante:\n1. Free\n2. Pro\n3. Team",
    "fr": "Veuillez classer ces éléments du plus au moins important :\n1. Free\n2. Pro\n3. Team",
    "de": "Bitte ordnen Sie diese vom wichtigsten zum unwichtigsten:\n1. Free\n2. Pro\n3. Team",
    "pt": "Por favor, ordene estes itens do mais ao menos importante:\n1. Free\n2. Pro\n3. Team",
}
SANDBOX_YES_NO = {
    "en": ("Have you used our API? (Yes/No)", ["Yes", "No"]),
    "es": ("¿Has usado nuestra API? (Sí/No)", ["Sí", "No"]),
    "fr": ("Avez-vous utilisé notre API ? (Oui/Non)", ["Oui", "Non"]),
    "de": ("Haben Sie unsere API genutzt? (Ja/Nein)", ["Ja", "Nein"]),
    "pt": ("Você já usou a nossa API? (Sim/Não)", ["Sim", "Não"]),
}
LANGS = ["en", "es", "fr", "de", "pt"]


@pytest.mark.parametrize("lang", LANGS)
def test_sandbox_scale_in_every_locale(lang: str) -> None:
    q = detect_question(SANDBOX_SCALE[lang])
    assert q.type is QuestionType.SCALE
    assert (q.scale_min, q.scale_max) == (0, 10)
    low, high = SANDBOX_LABELS[lang]
    assert q.scale_labels == {"0": low, "10": high}
    assert q.source is DetectionSource.TEXT
    assert q.language == lang


@pytest.mark.parametrize("lang", LANGS)
def test_sandbox_choices_in_every_locale(lang: str) -> None:
    for table, kind in (
        (SANDBOX_SINGLE, QuestionType.SINGLE_CHOICE),
        (SANDBOX_MULTI, QuestionType.MULTIPLE_CHOICE),
        (SANDBOX_RANK, QuestionType.RANKING),
    ):
        q = detect_question(table[lang])
        assert (q.type, q.options) == (kind, ["Free", "Pro", "Team"]), table[lang]
        assert q.language == lang, table[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_sandbox_yes_no_in_every_locale(lang: str) -> None:
    text, words = SANDBOX_YES_NO[lang]
    q = detect_question(text)
    assert q.type is QuestionType.YES_NO
    assert q.options == words
    assert q.language == lang


@pytest.mark.parametrize(
    "marker_list",
    [
        "1. Red\n2. Green\n3. Blue",
        "1) Red\n2) Green\n3) Blue",
        "(1) Red\n(2) Green\n(3) Blue",
        "a) Red\nb) Green\nc) Blue",
        "A. Red\nB. Green\nC. Blue",
        "- Red\n- Green\n- Blue",
        "* Red\n* Green\n* Blue",
        "• Red\n• Green\n• Blue",
        "[ ] Red\n[ ] Green\n[ ] Blue",
        "☐ Red\n☐ Green\n☐ Blue",
        "1. **Red**\n\n2. **Green**\n\n3. **Blue**",
        "  1. Red;\n  2. Green;\n  3. Blue.",
    ],
)
def test_every_list_marker_style(marker_list: str) -> None:
    q = detect_question("Which colour do you prefer?\n\n" + marker_list)
    assert q.type is QuestionType.SINGLE_CHOICE
    assert q.options == ["Red", "Green", "Blue"]


def test_list_numbering_must_be_a_sequence() -> None:
    q = detect_question("Which colour do you prefer?\n3. Red\n7. Green\n12. Blue")
    assert q.type is QuestionType.OPEN_ENDED


def test_other_please_specify_sets_allow_other() -> None:
    q = detect_question("Which tool?\n1. Jira\n2. Linear\n3. Other (please specify)")
    assert q.options == ["Jira", "Linear"]
    assert q.allow_other is True


def test_something_else_without_specify_is_a_real_option() -> None:
    q = detect_question("Which tool?\n1. Jira\n2. Something else\n3. Linear")
    assert q.options == ["Jira", "Something else", "Linear"]
    assert q.allow_other is False


def test_yes_no_list_becomes_yes_no() -> None:
    q = detect_question("Did you renew?\n1. Yes\n2. No")
    assert q.type is QuestionType.YES_NO


@pytest.mark.parametrize(
    "text",
    [
        "Which do you prefer: email, phone, or chat?",
        "Which do you prefer: email, phone or chat?",
        "What would you pick: email, phone, or chat? 🙂",
    ],
)
def test_inline_options_when_unambiguous(text: str) -> None:
    q = detect_question(text)
    assert q.type is QuestionType.SINGLE_CHOICE
    assert q.options == ["email", "phone", "chat"]


@pytest.mark.parametrize(
    "text",
    [
        "Do you prefer email, phone, or chat?",  # no colon: could be answered freely
        "Tell me about your stack: Python, Go, or something else?",
        "Which mattered more to you: price, speed, or support, and why?",
    ],
)
def test_inline_lists_that_are_not_options(text: str) -> None:
    assert detect_question(text).type is QuestionType.OPEN_ENDED


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("On a scale of 1 to 10, how happy are you?", 1, 10),
        ("On a scale from 0-10, how likely are you to renew?", 0, 10),
        ("How would you rate it from 1 (poor) to 5 (excellent)?", 1, 5),
        ("Out of 10, how would you score it?", 0, 10),
        ("Please rate the app 1-5.", 1, 5),
        ("Please rate the app, 1–5.", 1, 5),
        ("On a 1-7 scale, how easy was setup?", 1, 7),
        ("How likely are you to recommend us to a friend?", 0, 10),
        ("How would you rate the docs? (1 = poor, 5 = excellent)", 1, 5),
        ("How satisfied are you?\n1 = Not at all\n2 = Slightly\n3 = Very", 1, 3),
        ("En una escala del 1 al 5, ¿cómo lo valoras?", 1, 5),
        ("Sur une échelle de 1 à 5, comment notez-vous l'app ?", 1, 5),
        ("Auf einer Skala von 1 bis 5: Wie zufrieden sind Sie?", 1, 5),
        ("Numa escala de 1 a 5, como avalia o app?", 1, 5),
        ("¿Qué probabilidad hay de que nos recomiendes?", 0, 10),
        ("Quelle est la probabilité que vous nous recommandiez ?", 0, 10),
        ("Wie wahrscheinlich ist es, dass Sie uns empfehlen?", 0, 10),
        ("Qual a probabilidade de você nos recomendar?", 0, 10),
    ],
)
def test_scale_phrasings(text: str, low: int, high: int) -> None:
    q = detect_question(text)
    assert q.type is QuestionType.SCALE, text
    assert (q.scale_min, q.scale_max) == (low, high), text


def test_endpoint_labels_in_several_phrasings() -> None:
    q = detect_question("On a scale of 1 to 5, where 1 is terrible and 5 is great, how was it?")
    assert q.scale_labels == {"1": "terrible", "5": "great"}
    q = detect_question("On a scale of 1 to 5 (1 = terrible, 5 = great), how was it?")
    assert q.scale_labels == {"1": "terrible", "5": "great"}
    q = detect_question("Rate it from 1 (terrible) to 5 (great).")
    assert q.scale_labels == {"1": "terrible", "5": "great"}
    q = detect_question(
        'On a scale of 0 to 10, where 0 means "not at all" and 10 means "completely", how was it?'
    )
    assert q.scale_labels == {"0": "not at all", "10": "completely"}


def test_nps_gets_default_labels_in_the_question_language() -> None:
    q = detect_question("How likely are you to recommend us to a friend?")
    assert q.scale_labels == {"0": "Not at all likely", "10": "Extremely likely"}
    q = detect_question("Wie wahrscheinlich ist es, dass Sie uns einem Freund empfehlen?")
    assert q.scale_labels["10"] == "Äußerst wahrscheinlich"


@pytest.mark.parametrize(
    "text",
    [
        "Have you ever switched banks?",
        "Did you finish the setup?",
        "Would you use it again?",
        "Are you the account owner?",
        "Is your team using it daily?",
        "Thanks! Have you tried the mobile app? 📱",
    ],
)
def test_implicit_yes_no(text: str) -> None:
    assert detect_question(text).type is QuestionType.YES_NO


@pytest.mark.parametrize(
    "text",
    [
        "Could you tell me more?",
        "Can you describe what happened?",
        "Can you walk me through it?",
        "Would you mind sharing an example?",
        "Would you use it again? Why or why not?",
        "Have you tried other tools? If so, which ones?",
        "Did you use the app or the website?",
        "Is there anything else you'd like to add?",
        "Do you have any other feedback?",
        "Did you know what to do next, or how did you figure it out?",
        "Have you used it? Tell me about it.",
    ],
)
def test_open_invitations_are_not_yes_no(text: str) -> None:
    assert detect_question(text).type is QuestionType.OPEN_ENDED


def test_ranking_and_multiple_cues_win_over_single() -> None:
    base = "\n1. Price\n2. Speed\n3. Support"
    assert (
        detect_question("Which matter? Choose all that apply." + base).type
        is QuestionType.MULTIPLE_CHOICE
    )
    assert (
        detect_question("Which matter? Check all that apply." + base).type
        is QuestionType.MULTIPLE_CHOICE
    )
    assert detect_question("Please prioritise these:" + base).type is QuestionType.RANKING
    assert (
        detect_question("Order these from most to least important:" + base).type
        is QuestionType.RANKING
    )
    assert detect_question("Which matters most?" + base).type is QuestionType.SINGLE_CHOICE


def test_in_order_to_is_not_a_ranking_cue() -> None:
    q = detect_question("Which do you use in order to share files?\n1. Email\n2. Drive")
    assert q.type is QuestionType.SINGLE_CHOICE


def test_recap_list_followed_by_a_question_is_not_options() -> None:
    q = detect_question(
        "Recap:\n1. Slow sync\n2. No offline mode\n\nWhich of these hurts most, and why?"
    )
    assert q.type is QuestionType.OPEN_ENDED


def test_list_followed_by_a_pick_instruction_is_still_options() -> None:
    q = detect_question("What's your role?\n1. Founder\n2. Employee\n\nJust reply with the number.")
    assert q.options == ["Founder", "Employee"]


def test_prompt_is_the_whole_message_without_machine_blocks() -> None:
    text = "Thanks!\n\nWhich plan?\n1. Free\n2. Pro"
    assert detect_question(text).prompt == text
    assert detect_question("  hello  \n").prompt == "hello"


def test_long_message_question_at_the_end() -> None:
    filler = "Thanks for all of that detail, it really helps us understand. " * 400
    q = detect_question(filler + "\n\nOn a scale of 1 to 5, how satisfied are you?")
    assert (q.type, q.scale_min, q.scale_max) == (QuestionType.SCALE, 1, 5)
    assert q.prompt.startswith("Thanks")


def test_keycap_emoji_numbers() -> None:
    q = detect_question("Which plan?\n1️⃣ Starter\n2️⃣ Growth\n3⃣ Scale")
    assert (q.type, q.options) == (QuestionType.SINGLE_CHOICE, ["Starter", "Growth", "Scale"])


def test_an_afterthought_after_the_list_keeps_the_options() -> None:
    q = detect_question(
        "Which plan?\n1. Free\n2. Pro\n\nFeel free to add context if none of these fit!"
    )
    assert q.options == ["Free", "Pro"]


def test_a_question_after_the_list_is_not_an_afterthought() -> None:
    q = detect_question(
        "Which plan?\n1. Free\n2. Pro\n\nFeel free to tell me: why did you pick it?"
    )
    assert q.type is QuestionType.OPEN_ENDED


def test_abbreviations_do_not_end_the_question() -> None:
    q = detect_question("Do you work in a regulated industry (e.g. healthcare or finance)?")
    assert q.type is QuestionType.YES_NO
    q = detect_question("Do you use other tools, e.g. Trello or Asana?")
    assert q.type is QuestionType.OPEN_ENDED  # the "or" is outside a parenthesis: alternatives


@pytest.mark.parametrize(
    "text",
    [
        "Would you be open to telling me a bit more about your budget process?",
        "Are you comfortable sharing what you pay today?",
        "Would you be up for describing your setup?",
    ],
)
def test_inflected_open_invitations_are_not_yes_no(text: str) -> None:
    assert detect_question(text).type is QuestionType.OPEN_ENDED


def test_reply_with_the_number_after_a_which_list_is_a_choice_not_a_scale() -> None:
    """Found by the invariance property in CI: "1 - Small" points under a which-question, with
    "Just reply with the number." after them, were read as a 1-3 scale ("number" is a rating
    word only in the ask)."""
    from koji_tui.questions import QuestionType, detect_question

    text = (
        "Thanks! Which one describes your team best?\n\n"
        "1 - **Small**\n2 - **Medium team**\n3 - **Large org**\n\nJust reply with the number."
    )
    question = detect_question(text)
    assert question.type is QuestionType.SINGLE_CHOICE
    assert question.options == ["Small", "Medium team", "Large org"]
    rated = detect_question(
        "How would you rate it?\n\n1 - Poor\n2 - Fair\n3 - Good\n4 - Great\n\nReply with a number."
    )
    assert rated.type is QuestionType.SCALE and (rated.scale_min, rated.scale_max) == (1, 4)
