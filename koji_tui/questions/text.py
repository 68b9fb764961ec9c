"""Plain-text question detection: read the interviewer's message the way a respondent would.

The stages, in order (the first that finds something wins; each module says what it reads):

1. an option list that ends the message (koji_tui.questions.lists);
2. a scale range or an NPS question in the final ask (koji_tui.questions.scales);
3. options inline in the final ask: after a colon or a dash, after a framing verb ("Would you
   say …, … or …?"), or a list-only sentence (koji_tui.questions.inline);
4. an explicit yes/no marker, then 5. an implicit yes/no question (koji_tui.questions.yes_no).

Terse chat shapes ("which plan r u on", "…? a | b | c", keycaps in a row) are first rewritten
(koji_tui.questions.chat); a labelled row of options ("Options: A | B | C") is made a row of
its own (koji_tui.questions.house), and a survey item's label that asks ("Q5. Company size:") is read
as its question (koji_tui.questions.survey). Anything else is open-ended: the first rule is that an open question never gets a widget, so
every stage needs its evidence to add up and any open invitation vetoes it. Numbers, ranges and
lists that are not the final ask are ignored. The words of every stage are data, in five
languages (koji_tui.questions.lexicon). Only the last MAX_ANALYSED characters are read, so time
stays bounded on huge messages.
"""

from __future__ import annotations

import re

from koji_tui.questions.agreement import agreement_points, agreement_scale
from koji_tui.questions.announced import announced
from koji_tui.questions.chat import chat_shapes
from koji_tui.questions.comment import without_invitation
from koji_tui.questions.cues import family, fold, has
from koji_tui.questions.house import options_rows
from koji_tui.questions.inline import inline_options
from koji_tui.questions.joins import spoken_pauses
from koji_tui.questions.language import languages
from koji_tui.questions.lexicon import LANGUAGES, YES_NO_MARKER
from koji_tui.questions.lists import classify, from_lists
from koji_tui.questions.normalize import mute_quoted_asks, prepare, sentences
from koji_tui.questions.ordinals import ordinal_lines
from koji_tui.questions.plural import plural_choice
from koji_tui.questions.ranked import ranked_objects
from koji_tui.questions.result import (
    MAX_OPTION_LEN,
    MAX_OPTIONS,
    MAX_SCALE_SPAN,
    NOT_OPTIONS,
    TextResult,
)
from koji_tui.questions.scales import find_scale
from koji_tui.questions.sms import drop_context, drop_courtesy_asides, drop_sign_off, reply_rows
from koji_tui.questions.survey import option_line, survey_item
from koji_tui.questions.yes_no import explicit, implicit, told_as_statement

__all__ = [
    "MAX_ANALYSED",
    "MAX_OPTIONS",
    "MAX_OPTION_LEN",
    "MAX_SCALE_SPAN",
    "TextResult",
    "ask_text",
    "detect_text",
]

_SUBJECT_FIRST = re.compile(
    r"(?:you|you're|you've|tu|tú|vous|usted|ustedes|du|sie|ihr|você|voce|vocês|o senhor|a senhora)\b",
    re.IGNORECASE,
)

# a word order that asks: an English auxiliary before its subject, a German auxiliary or modal
# before "du" / "Sie" (not the imperatives "Nimm dir …", "Sagen Sie uns …"), a French
# inversion ("Avez-vous …")
_ASKING_ORDER = re.compile(
    r"(?:have|has|had|did|do|does|am|are|is|was|were|will|would|should|can|could|may)\s+"
    r"(?:you|we|they|it|this|that|there|anyone|he|she)\b"
    r"|(?:hast|haben|habt|hat|bist|sind|seid|ist|warst|waren|war|würdest|würden|würde|kannst|"
    r"können|könntest|könnten|wirst|werden|möchtest|möchten|willst|wollen|hättest|hätten|"
    r"wärst|wären|darfst|dürfen|solltest|sollten|musst|müssen)\s+(?:du|sie|ihr|wir|man)\b"
    r"|\S+-(?:vous|tu|il|elle|on)\b",
    re.IGNORECASE,
)

_YES_NO = re.compile(YES_NO_MARKER, re.IGNORECASE)

# Longest text analysed: real interviewer messages are far shorter; the tail holds the question.
MAX_ANALYSED = 6000


def _ask(lines: list[str]) -> str:
    return "\n".join(line for line in lines if classify(line) is None)


_AND_FIRST = re.compile(r"^\W*(?:and|et|y|e|und)\b", re.IGNORECASE)


def _second_question(before: list[str], final: str, langs: tuple[str, ...]) -> bool:
    """Whether ``final`` is a yes/no question added with "and" to an open question asked just
    before it: two questions, answered in one's own words."""
    if _AND_FIRST.match(final) is None:
        return False
    asked = [p for p in before[-3:] if p.rstrip().endswith("?")]
    return any(family("wh", langs).match(fold(p.lstrip("¿¡ \"'“"))) for p in asked)


def ask_text(content: str) -> str:
    """The words of the message outside its option lists (to tell its language)."""
    return _ask(prepare(drop_sign_off(content[-MAX_ANALYSED:])).splitlines())


def detect_text(content: str) -> TextResult:
    """What the plain text of one interviewer message asks (``type`` None: open-ended); a
    structured question followed by an optional invitation to say why is read without it
    (koji_tui.questions.comment)."""
    found = _detect_text(content)
    if found.type is None:
        trimmed = without_invitation(content[-MAX_ANALYSED:])
        if trimmed is not None:
            again = _detect_text(trimmed.text)
            # after talk alone ("Feel free to tell me what happened."), a yes/no needs its answers
            told = trimmed.reasons or _YES_NO.search(trimmed.text) is not None
            if again.type is not None and (again.type != "yes_no" or told):
                return again
    return found


def _detect_text(content: str) -> TextResult:
    # "Regards,\nThe Team" closes a letter; "Reply 1 for X, 2 for Y." is a numbered list
    # "… This helps us plan." is no part, nor a closing before it ("Regards,\nTeam\n\nThis …")
    text = prepare(drop_sign_off(drop_context(content[-MAX_ANALYSED:])))
    text = drop_courtesy_asides(mute_quoted_asks(text))  # "Did you try it? (optional)"
    text = reply_rows(drop_context(text), LANGUAGES)
    text = options_rows(chat_shapes(text))  # "Options: A | B" is a row A | B
    text = spoken_pauses(text, LANGUAGES)  # "Would that be daily... weekly... or less often?"
    lines = text.splitlines()
    rated = False
    item = survey_item(lines, lambda line: classify(line) is not None or option_line(line))
    if item is not None:  # "Q5. Company size:" asks "Company size?"
        lines, rated = item
        text = "\n".join(lines)
    # the language of the ask, not of the options (which may be names, or one-letter words);
    # English is read too: interviewers drop English words into other languages, not back
    langs = tuple(dict.fromkeys((*languages(_ask(lines) or text), "en")))
    lines = ordinal_lines(lines, langs)  # "the first is …, the second …" as a list
    listed = from_lists(lines, langs)
    if listed is NOT_OPTIONS:
        return TextResult()  # a list that is not the options of the final ask
    if listed is not None:  # "Strongly disagree / … / Strongly agree" lines rate
        return plural_choice(agreement_points(listed, _ask(lines), langs), _ask(lines), langs)
    parts = sentences(text)
    if not parts:
        return TextResult()
    read_out = announced(parts, langs)  # "I'll read out three things: A, B and C. Order them."
    if read_out is not None:
        return read_out
    # a ranking's positions are no scale: "Order these from 1 (most) to 4 (least): A) … B) …"
    reflection = family("reflection", langs)  # "Thanks — ranking those three was tricky."
    window = [p for p in parts[-2:-1] if p.endswith("?") or not reflection.match(fold(p))]
    ranks = has("rank", fold(" ".join([*window, parts[-1]])), langs)
    inline = None
    for sentence in parts[-2:] if ranks else ():
        inline = inline or ranked_objects(sentence, langs)  # "Rank A, B and C by …"
    inline = inline or (inline_options(text, langs) if ranks else None)
    if inline is not None:
        return inline
    agreed = agreement_scale(text, langs)  # "…? Strongly disagree, disagree, …, strongly agree"
    if agreed is not None:
        return agreed
    scale = find_scale(text, langs, rated=rated)
    if scale is not None:
        return scale
    inline = inline_options(text, langs) if not ranks else None
    if inline is not None:
        return plural_choice(inline, text, langs)  # "¿Cuáles usas: A, B o C?"
    question_index = next(
        (i for i in range(len(parts) - 1, -1, -1) if parts[i].endswith("?")), None
    )
    final = parts[question_index] if question_index is not None else parts[-1]
    after = " ".join(parts[question_index + 1 :]) if question_index is not None else ""
    if explicit(" ".join(parts[-2:]) + "\n" + lines[-1], final, langs):  # "… ? 👍 / 👎"
        return TextResult(type="yes_no")
    if question_index is not None and implicit(final, after, langs):
        if _second_question(parts[:question_index], final, langs):
            return TextResult()  # "How many do you take? … And is it easy to remember them?"
        return TextResult(type="yes_no")
    if question_index is None and told_as_statement(parts[-1], langs):
        return TextResult(type="yes_no")  # "We would like to know whether you have …."
    # "Würdest du … bezahlen", "Did you try it", "Avez-vous essayé …": the "?" left out of a
    # question whose word order asks (not "You use the app every day", "Tu peux passer …", nor
    # Spanish or Portuguese, where only the marks tell "Gracias por tu tiempo" from a question)
    unmarked = parts[-1].rstrip()
    ordered = _ASKING_ORDER.match(unmarked) is not None
    if question_index is None and unmarked[-1:].isalnum() and not _SUBJECT_FIRST.match(unmarked):
        if ordered and implicit(unmarked + "?", "", langs):
            return TextResult(type="yes_no")
    return TextResult()
