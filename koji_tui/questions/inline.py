"""Stage 3: options written inline in the final ask.

* after a colon or a dash, when unambiguous ("Which do you prefer: email, phone, or chat?",
  "which do you use more — the app or the website?"), between slashes ("Which do you use:
  Slack / Teams / email?"), in parentheses ("Which plan are you on (Free, Pro, or Team)?", not
  examples: "(e.g. Slack or Teams)"), or after the first comma of a which-question when no clause
  follows it ("Which do you prefer, the app or the website?"); a framing verb before the colon
  is no open invitation ("How would you describe it: smooth, bumpy, or confusing?"); after a
  colon, options between semicolons or joined by "or" answer any interrogative ("How large is
  it: 1–9; 10–99; 100 or more?", "Wann …: morgens, mittags oder abends?"); after a question
  that points back at them ("which of these … (A, B, C, D)?") three need no "or";
* named before the question in its sentence ("Of A, B and C, which …?",
  koji_tui.questions.lead_in);
* after a framing verb ("Would you say it was quick, about average, or slow?", "¿Dirías que
  fue rápido, normal o lento?", "Würden Sie sie als einfach, machbar oder mühsam bezeichnen?"):
  the words between the verb and the first option ("the onboarding was", "que el soporte fue")
  are the head, cut at its last copula; a clause before the verb ("When you open it, would
  you call it …") is read past, and a longer catch-all may close the options;
* a list-only sentence after a choice question ("How often do you use it? Daily, weekly, or
  monthly?").

The ask may be followed by an instruction ("Name as many as apply."), never by another
question. Alternatives joined by "and", or inside an open question, are not options.
"""

from __future__ import annotations

import re

from koji_tui.questions.alternative import told_alternative
from koji_tui.questions.around import second_question
from koji_tui.questions.cues import (
    ChoiceCues,
    choice_cues,
    family,
    fold,
    has,
    open_overridden,
)
from koji_tui.questions.heads import continued, cut_head, past_the_or, shared_lead, verb_last
from koji_tui.questions.items import items_result, split_items, strip_ask, typed_result
from koji_tui.questions.joins import (
    joins,
    lettered,
    marked,
    semicoloned,
    shield_last_and,
    unshield,
)
from koji_tui.questions.lead_in import lead_in
from koji_tui.questions.lexicon import NUMBER_WORDS, YES_NO_MARKER
from koji_tui.questions.normalize import clean_label, sentences
from koji_tui.questions.options import is_catch_all, is_other
from koji_tui.questions.quoted import quoted_run
from koji_tui.questions.result import TextResult
from koji_tui.questions.sentence import sentence_choices, stated_choices


def _heads(final: str, langs: tuple[str, ...], cued: bool = False) -> list[tuple[str, str]]:
    """ "Which do you prefer: A, B, or C?" -> [(head, items)]; also with " — " for ":", and
    the options in parentheses ("Which plan are you on (Free, Pro, or Team)?"), unless they
    are examples ("(e.g. Slack or Teams)"); options in parentheses need a which-question, a
    ranking ("Put these in order (A, B, C).") or, when an instruction is near (``cued``: "Only
    one answer."), a choice question ("How often do you cook (daily, weekly or rarely)?")."""
    body = strip_ask(final)
    found = []
    if body.endswith(")") and "(" in body:
        index = body.rfind("(")
        head, items = body[:index].strip(), body[index + 1 : -1].strip()
        examples = family("examples", langs).match(fold(items))
        # "How do you pick between them (Slack, Teams, or email)?" names them, offers nothing
        folded_head = fold(head)
        asks = (
            family("which", langs).search(folded_head) is not None
            or has("rank", folded_head, langs)
            or (cued and has("choice_wh", folded_head, langs))
            # "Who else … (A; B; C)? Pick all …", "How long … (under a year; 1–3 years; …)?"
            or (semicoloned(items) is not None and (cued or has("wh", folded_head, langs)))
        )
        if len(head) >= 3 and 3 <= len(items) <= 300 and not examples and "?" not in items:
            if asks:
                found.append((head, items))
    for separator in (":", " — ", " – ", " - "):
        # "Elige hasta 2 cosas … - velocidad - diseño - precio": the first spaced hyphen
        index = body.find(separator) if separator == " - " else body.rfind(separator)
        if index >= 3:
            head, items = body[:index], body[index + len(separator) :].strip()
            # "Para cerrar: ordena lo que más te frustra — A, B, C": the last mark opens them
            dash = max(items.find(" — "), items.find(" – "))
            told = fold(items[:dash]) if separator == ":" and dash > 0 else ""
            later = bool(told) and (has("rank", told, langs) or has("choose", told, langs))
            if 3 <= len(items) <= 300 and "?" not in items and ":" not in items and not later:
                found.append((head, items))
    comma = body.find(", ")
    framed = family("framing", langs).search(fold(body))
    asks = family("choice_wh", langs).match(fold(body).lstrip("¿¡ "))
    if comma >= 3 and not found and framed is None and asks:
        # "Which do you prefer, the app or the website?": asked by "which" and no clause after
        # the comma
        head, items = body[:comma], body[comma + 2 :].strip()
        folded = family("or", langs).sub(" ", fold(items))  # French "ou" folds like "où"
        clause = (
            family("pronoun", langs).search(folded)
            or family("wh", langs).search(folded)
            or family("subordinate", langs).match(folded)  # "…, damit daraus eine Neun oder …"
        )
        if clause is None and 3 <= len(items) <= 300 and not set("?:()") & set(items):
            # "… se viaja a trabalho, a lazer ou os dois"; "A, B or C, in the end?"
            if not continued(head, items, langs) and not past_the_or(items, langs):
                found.append(shared_lead(head, items, langs))
    return found


def _open_head(head: str, items_text: str, langs: tuple[str, ...], told: bool = False) -> bool:
    """Whether the ask before inline options invites an answer in one's own words. A framing
    verb is not such an invitation: "How would you DESCRIBE it: A, B, or C?" offers A, B, C;
    nor an open opener when an instruction follows (``told``): "What made you switch (A, B,
    or C)? Pick up to 2."; nor the "Other" that asks for its text ("…; someone else, tell me
    who")."""
    folded = family("best_describes", langs).sub(" ", fold(head))  # "¿Cuál … describe mejor …?"
    head_piece, semicolon, last = items_text.rpartition(";")
    if semicolon and is_other(last.strip(), last=True):
        items_text = head_piece
    pieces = joins(langs).split.split(items_text)
    if len(pieces) >= 3 and is_catch_all(pieces[-1]):  # "…, or someone else?" asks no "else?"
        items_text = ", ".join(pieces[:-1])
    elif len(pieces) >= 3 and is_other(pieces[-1].strip(" ."), last=True):
        items_text = ", ".join(pieces[:-1])  # "…, or other (tell me which)": the Other's ask
    if told and open_overridden(folded, langs) and not has("open", fold(items_text), langs):
        return False
    framing = family("framing", langs).search(folded)
    if framing is not None:
        words = (folded[: framing.start()] + " " + folded[framing.end() :]).split()
        if words and family("framing_tail", langs).fullmatch(words[-1]):
            words = words[:-1]  # German: "Wie würden Sie den Support BESCHREIBEN: …"
        folded = " ".join(words)
    if has("opinion_of", folded, langs):  # "¿Qué opinas de Básico, Plus o Pro?"
        return True
    return has("open", folded + " " + fold(items_text), langs)


def _framed(final: str, cues: ChoiceCues, langs: tuple[str, ...]) -> TextResult | None:
    """Options after a framing verb: "Would you say it was A, B or C?"."""
    body = strip_ask(final)
    folded = fold(body)
    match = family("framing", langs).search(folded)
    # "What would you say is …?" asks something else; "When you open it, would you call it …"
    if match is None or has("wh", folded[: match.start()].rpartition(",")[2], langs):
        return None  # "What would you say is …?" asks something else
    items_text = shield_last_and(body[match.end() :].strip(" ,:"), langs)
    # "would you DESCRIBE it as …" frames options; the verb is not an open invitation here
    if has("open", folded[: match.start()] + " " + fold(items_text), langs):
        tail = fold(items_text).split()
        if not (tail and family("framing_tail", langs).fullmatch(tail[-1])):
            return None
        if has("open", folded[: match.start()] + " " + " ".join(tail[:-1]), langs):
            return None
    join = joins(langs)
    if not join.has_or.search(" " + items_text) or join.has_and.search(" " + items_text):
        return None
    between = marked(items_text, langs) if ";" in items_text else None  # "A; two or three; or C"
    parts = [p.strip() for p in between or join.split.split(items_text)]
    if len(parts) < 2 or not all(parts):
        return None
    last = parts[-1].split()
    while len(last) > 1 and family("framing_tail", langs).fullmatch(fold(last[-1])):
        last = last[:-1]  # German puts the verb last: "… oder mühsam bezeichnen"
    parts[-1] = verb_last(parts, " ".join(last), langs)  # "… oder im Portal informiert werden"
    if family("or_not", langs).fullmatch(fold(parts[-1])):
        return None  # "… or not?": a yes/no
    if len(parts) == 2 and has("leaning", fold(parts[0]), langs):
        return None  # "more of a planner or an improviser?": where one leans, in one's words
    parts[0] = cut_head(parts[0], parts[1:], langs)
    shielded = [clean_label(p) for p in parts]
    items = [unshield(p) for p in shielded]
    joined = "; ".join(shielded) if between else ", ".join(shielded)
    if split_items(joined, langs) != items and not _catch_all(items, langs):
        return None
    return typed_result(items, cues, has_or=True, has_and=False)


def _or_in(items_text: str, langs: tuple[str, ...]) -> bool:
    return joins(langs).has_or.search(" " + items_text) is not None


def _catch_all(items: list[str], langs: tuple[str, ...]) -> bool:
    """Short options closed by a longer catch-all: "a morning thing, an evening thing, or
    something you do whenever you get a minute"."""
    last = items[-1]
    short = len(items) >= 3 and split_items(", ".join(items[:-1]), langs) == items[:-1]
    return short and len(last.split()) <= 8 and len(last) <= 60 and not re.search(r"\d", last)


def inline_options(text: str, langs: tuple[str, ...]) -> TextResult | None:
    """Inline options of the final ask of ``text`` (prepared text), or None."""
    parts = sentences(text)
    if not parts:
        return None
    question_index = next(
        (i for i in range(len(parts) - 1, -1, -1) if parts[i].endswith("?")), None
    )
    index = question_index if question_index is not None else len(parts) - 1
    if question_index is None and index >= 1 and _instruction_only(parts[index], langs):
        index -= 1  # "Rank these: A, B, C. (Start with your top choice)"
    final, after = parts[index], parts[index + 1 :]
    after_text = " ".join(after)
    if after:
        listed_after = _after_list(final, after_text, langs)
        if listed_after is not None:
            return listed_after
        after_cues = choice_cues(fold(after_text), langs)
        ranks = has("rank", fold(final), langs) and "?" not in after_text  # "Put yours first."
        if len(after) > 2 or not (
            after_cues.instruction or after_cues.multiple or after_cues.rank or ranks
        ):
            return None
    context = " ".join([*parts[max(0, index - 1) : index], final, after_text])
    # an instruction after the ask ("Only one answer, please."), not a choice verb inside it
    # ("How do you pick between them (A, B, or C)?" names them)
    after_cues = choice_cues(fold(after_text), langs)
    cued = after_cues.instruction or after_cues.multiple or has("rank", fold(context), langs)
    quoted = quoted_run(final, langs)  # "Which of 'Sync', 'Share' and 'Archive' …?"
    folded_final = fold(final)
    if quoted is not None and not (
        has("open", folded_final, langs) or has("opinion", folded_final, langs)
    ):
        items, has_or, has_and = quoted
        cues = choice_cues(fold(context), langs)
        if cues.rank or cues.multiple or has("choice_wh", folded_final, langs):
            result = typed_result(items, cues, has_or, has_and)
            if result is not None:
                return result
    # the options may follow the question ("Which do you use? Pick all that apply: A, B, C.")
    for ask in dict.fromkeys([final, parts[-1]]):
        leads = lead_in(ask, langs)  # "Of A, B and C, which …?"
        for head, items_text in [*leads, *_heads(ask, langs, cued)]:
            told = after_cues.instruction or after_cues.multiple
            if _open_head(head, items_text, langs, told):
                continue
            cues = choice_cues(fold(head + ". " + context), langs)
            framed = has("framing", fold(head), langs) or has("choice_wh", fold(head), langs)
            # "How large is it: 1–9; 10–99; 100 or more?", "Wann …: morgens, mittags oder
            # abends?": after a colon, semicolons or an "or" mark the options
            colon = strip_ask(ask)[len(head) :].startswith(":")
            marks = semicoloned(items_text) is not None or (colon and _or_in(items_text, langs))
            framed = framed or (marks and has("wh", fold(head), langs))
            if cues.rank or cues.multiple or framed:
                offered = (head, items_text) in leads or has("back_ref", fold(head), langs)
                roomy = colon and (
                    cues.rank or cues.multiple or cues.instruction or _or_in(items_text, langs)
                )
                result = items_result(items_text, cues, langs, offered, roomy)
                if result is not None:
                    return result
    cues = choice_cues(fold(context), langs)
    framed = _framed(final, cues, langs)
    if framed is not None:
        return framed
    # "Do you use A, B or C? Pick one." (not "… Tell me how each one went.")
    if (after_cues.instruction or after_cues.multiple) and not has("open", fold(after_text), langs):
        alternative = told_alternative(final, cues, langs)
        if alternative is not None:
            return alternative
    if not after:  # "mostly for work, mostly personal, or a mix of both?"
        written = sentence_choices(final, langs)
        if written is not None:
            return written
        if final.endswith("?"):  # "Vous voyagez plutôt seul, en couple ou en famille ?"
            hedged = told_alternative(final, cues, langs, hedged=True)
            if hedged is not None:
                return hedged
            stated = stated_choices(final, langs)  # "… en magasin, en drive ou en livraison ?"
            if stated is not None:
                return stated
    if has("open", fold(final), langs):
        return None
    return _listed(parts, index, cues, langs)


def _instruction_only(sentence: str, langs: tuple[str, ...]) -> bool:
    """A short sentence that only says how to answer ("Just one, please.", "(Top choice
    first)"): no options of its own, no question."""
    text = sentence.strip(" ()")
    head, comma, tail = text.rpartition(",")
    if comma and family("polite", langs).fullmatch(fold(tail.strip(" .!"))):
        text = head  # "Just one, please."
    if "?" in text or ":" in text or "," in text or len(text.split()) > 8:
        return False
    cues = choice_cues(fold(text), langs)
    return cues.instruction or cues.multiple or cues.rank


_YES_NO = re.compile(YES_NO_MARKER, re.IGNORECASE)
_ASIDE_FIRST = re.compile(r"^\(([^()]{2,})\)\s*(\S.*)$")  # not "(a) …", a lettered option
_TOLD_FIRST = re.compile(r"^([^:?\n]{2,60}?)\s*:\s*(\S.*)$")  # "As many as you like: A, B, C"
# "A, B, C — as many as apply", "A · B · C (tap all that fit)"
_ASIDE_LAST = re.compile(r"^(.*\S)\s+(?:[—–]\s+([^—–]+)|\(([^()]+)\))$")


def _asks(rest: str, langs: tuple[str, ...]) -> bool:
    """A question mark in what follows the question, but in its closing "Other" ("… u otro
    (¿cuál?)", "outra (qual?)"): that one only asks for the Other's text."""
    if "?" not in rest:
        return False
    last = joins(langs).split.split(rest)[-1]
    return "?" in rest[: len(rest) - len(last)] or not is_other(last, last=True)


# two small numbers joined by "or" before a noun: how many to give, no options
_SMALL = (
    r"(?:\d|"
    + "|".join(sorted((w for w, n in NUMBER_WORDS.items() if n <= 10), key=len, reverse=True))
    + r")"
)
_COUNT_ASKED = re.compile(
    r"(?<![\d.,])\b" + _SMALL + r"\s+(?:or|o|ou|oder)\s+" + _SMALL + r"\b(?![\d.,%€$£])\s+[^\W\d_]",
    re.IGNORECASE,
)


def _after_list(final: str, rest: str, langs: tuple[str, ...]) -> TextResult | None:
    """The options as what follows the question: "How often? (daily / weekly / never)", "…?
    (choose all that apply) A / B / C", "How would you order these? Price, brand, reviews.",
    "…? A) Lighting B) Safety C) Cleaning"."""
    rest, aside = rest.strip(), ""
    announced = family("options_are", langs).match(fold(rest))  # "The options are: A, B or C."
    if announced is not None:
        aside, rest = rest[: announced.end()], rest[announced.end() :].lstrip(" :")
    first = None if aside else _ASIDE_FIRST.match(rest)
    told_first = _TOLD_FIRST.match(rest)
    if first is not None:  # an instruction in parentheses, then the options
        aside, rest = first.group(1), first.group(2)
    elif not aside and told_first is not None and _instruction_only(told_first.group(1), langs):
        aside, rest = told_first.group(1), told_first.group(2)  # "Two at most: A, B, C."
    if rest.startswith("(") and rest.rstrip(" .").endswith(")"):  # "(briefly) (e.g., A, B)"
        rest = rest.rstrip(" .")[1:-1]
    rest = rest.rstrip(" .!")
    told = sentences(rest)
    if not aside and len(told) == 2 and _instruction_only(told[1], langs):
        rest, aside = told[0].rstrip(" ."), told[1]  # "A / B / Other. Select any that apply."
    head, semicolon, closing = rest.rpartition(";")
    if semicolon and _instruction_only(closing.strip(), langs):  # "…; dime todas las que …"
        rest, aside = head.strip(), f"{aside} {closing.strip()}".strip()
    last = _ASIDE_LAST.match(rest)
    if last is not None and not aside:
        told = choice_cues(fold(last.group(2) or last.group(3)), langs)
        if told.instruction or told.multiple:  # the options, then how to answer them
            rest, aside = last.group(1), last.group(2) or last.group(3)
    if not rest or _asks(rest, langs) or ":" in rest or _open_head(final, rest, langs):
        return None
    if _YES_NO.search(rest) and len(rest.split()) > 3:
        return None  # "Veuillez répondre par oui ou par non.": how to answer, not options
    opening = re.sub(r"^[¿¡\s]*(?:y|and|e|et|und|ou|or)\s+", "", fold(final))  # "¿Y con quién …?"
    if announced is not None and (
        family("examples", langs).search(fold(rest)) or second_question(opening, langs)
    ):
        return None  # "… e quais etapas …? Pode ser uma estimativa, tipo 20 ou 30 minutos."
    if family("examples", langs).match(fold(rest)):
        return None  # "What's your biggest challenge? (e.g., time, budget, or tooling)"
    if _COUNT_ASKED.search(fold(rest)) and " " in rest.strip():
        return None  # "Name 2 or 3 things.", "Nennen Sie gern 2 oder 3 Punkte.": a count
    folded = fold(final)
    cues = choice_cues(fold(final + "\n" + aside), langs)
    told_how = bool(aside) and (  # "(eine Auswahl)", "The options are:"
        announced is not None or choice_cues(fold(aside), langs).instruction
    )
    if not (
        cues.rank
        or cues.multiple
        or told_how
        or has("choice_wh", folded, langs)
        or has("rating", folded, langs)
        or (lettered(rest) is not None and final.endswith("?"))  # "Age group? (a) … (b) …"
    ):
        return None
    return items_result(rest, cues, langs)


def _listed(
    parts: list[str], index: int, cues: ChoiceCues, langs: tuple[str, ...]
) -> TextResult | None:
    """ "How often do you use it? Daily, weekly, monthly, or less often?"."""
    if index < 1:
        return None
    asked, listed = parts[index - 1], strip_ask(parts[index])
    asked_folded = fold(asked)
    if not asked.endswith("?") or has("open", asked_folded, langs):
        return None
    if not (has("choice_wh", asked_folded, langs) or has("rating", asked_folded, langs)):
        return None
    listed_folded = fold(listed)
    if family("yn_start", langs).match(listed_folded) or family("wh", langs).match(listed_folded):
        return None
    items = split_items(listed, langs)
    if items is None or len(items) < 3:
        return None
    return items_result(listed, cues, langs)
