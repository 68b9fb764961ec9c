"""Stage 3: options written inline in the final ask.

* after a colon or a dash, when unambiguous ("Which do you prefer: email, phone, or chat?",
  "which do you use more — the app or the website?"), between slashes ("Which do you use:
  Slack / Teams / email?"), in parentheses ("Which plan are you on (Free, Pro, or Team)?", not
  examples: "(e.g. Slack or Teams)"), or after the first comma of a which-question when no clause
  follows it ("Which do you prefer, the app or the website?"); a framing verb before the colon
  is no open invitation ("How would you describe it: smooth, bumpy, or confusing?");
* after a framing verb ("Would you say it was quick, about average, or slow?", "¿Dirías que
  fue rápido, normal o lento?", "Würden Sie sie als einfach, machbar oder mühsam bezeichnen?"):
  the words between the verb and the first option ("the onboarding was", "que el soporte fue")
  are the head, cut at its last copula;
* a list-only sentence after a choice question ("How often do you use it? Daily, weekly, or
  monthly?").

The ask may be followed by an instruction ("Name as many as apply."), never by another
question. Alternatives joined by "and", or inside an open question, are not options.
"""

from __future__ import annotations

import re
from functools import cache

from koji_tui.questions.cues import (
    ChoiceCues,
    choice_cues,
    family,
    fold,
    has,
    open_overridden,
)
from koji_tui.questions.joins import joins, lettered, marked, semicoloned, unquote, words
from koji_tui.questions.lead_in import lead_in
from koji_tui.questions.normalize import clean_label, sentences
from koji_tui.questions.options import is_yes_no, split_other
from koji_tui.questions.quoted import quoted_run
from koji_tui.questions.result import TextResult
from koji_tui.questions.sentence import sentence_choices

_I = re.IGNORECASE


_NUMERIC_ITEM = re.compile(r"^\d{1,4}(?:\s?%)?(?:\s*[-–]\s*\d{1,4}(?:\s?%)?)?\+?$")
# "0%, 25%, 50%", "10-25 %", "50%+": shares offered as the choices (no "or" needed)
_PERCENT_ITEM = re.compile(r"^\d{1,4}(?:\s?%)?(?:\s*[-–]\s*\d{1,4})?\s?%\+?(?:\s+\S+){0,2}$")
_MONEY = re.compile(r"\d[,.]\d{3}\b|[$€£¥]")
_MAX_ITEMS = 8
_KEEP = "\ue000"  # a space inside an option that the split must not cut


def _strip_ask(text: str) -> str:
    text = text.strip().lstrip("¿¡").strip()
    return text[:-1].rstrip() if text.endswith(("?", ".", "!")) else text


@cache
def _or_more(langs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<=[\d%])\s+" + words("or_more", langs) + r"(?!\w)", re.IGNORECASE)


def _split(items_text: str, langs: tuple[str, ...]) -> list[str] | None:
    if _MONEY.search(items_text):
        return None  # "under $1,000, $1,000-5,000, or more": prices, not options
    pieces = marked(items_text, langs)
    if pieces is not None:  # between explicit marks, "and" is inside an option ("250 und mehr")
        items = [unquote(clean_label(x.lstrip("¿¡"))) for x in pieces]
    else:
        # "40% or more", "5 o más": the open end of a figure is one option, not two
        items_text = _or_more(langs).sub(lambda m: m.group(0).replace(" ", _KEEP), items_text)
        items = [
            unquote(clean_label(x.strip().lstrip("¿¡")).replace(_KEEP, " "))
            for x in joins(langs).split.split(items_text)
        ]
    if any(not re.search(r"[^\W\d_]", x) and not _NUMERIC_ITEM.match(x) for x in items if x):
        return None
    items = [x for x in items if x]
    if not 2 <= len(items) <= _MAX_ITEMS:
        return None
    # options between explicit marks ("A; B; C", "A / B", "A) … B) …") may be a little longer
    most_words, most_chars = (8, 60) if pieces is not None else (5, 40)
    for item in items:
        words = item.split()
        if len(words) > most_words or len(item) > most_chars:
            return None
        if any(c.isdigit() for c in item) and len(words) > (5 if pieces is not None else 3):
            return None  # "de 2 a 10 personas" between semicolons is one option
    return items


def _result(items: list[str], cues: ChoiceCues, has_or: bool, has_and: bool) -> TextResult | None:
    if cues.rank:
        if len(items) < 3 and not (has_or or has_and):
            return None
        kind = "ranking"
    elif cues.multiple:
        kind = "multiple_choice"
    elif has_or and not has_and:
        kind = "single_choice"
    else:
        return None
    options, allow_other = split_other(items)
    if len(options) < 2:
        return None
    if is_yes_no(options):
        return TextResult(type="yes_no")  # "Do you use it (yes / no)?"
    if kind == "ranking":
        return TextResult(type=kind, options=options)
    limit = cues.max_choices if cues.max_choices and cues.max_choices < len(options) else None
    if kind == "single_choice":
        return TextResult(type=kind, options=options, allow_other=allow_other)
    return TextResult(type=kind, options=options, allow_other=allow_other, max_choices=limit)


def _items_result(
    items_text: str, cues: ChoiceCues, langs: tuple[str, ...], offered: bool = False
) -> TextResult | None:
    """The options of ``items_text``; ``offered``: the ask points back at them ("which of
    these …: A, B, C, D?"), so three or more need no "or"."""
    items = _split(items_text, langs)
    if items is None:
        return None
    join = joins(langs)
    between_marks = marked(items_text, langs) is not None
    has_or = (
        (offered and len(items) >= 3)
        or between_marks
        or join.has_or.search(" " + items_text) is not None
        or (len(items) >= 3 and all(_PERCENT_ITEM.match(item) for item in items))
    )
    has_and = not (between_marks or offered) and join.has_and.search(" " + items_text) is not None
    return _result(items, cues, has_or, has_and)


def _heads(final: str, langs: tuple[str, ...], cued: bool = False) -> list[tuple[str, str]]:
    """ "Which do you prefer: A, B, or C?" -> [(head, items)]; also with " — " for ":", and
    the options in parentheses ("Which plan are you on (Free, Pro, or Team)?"), unless they
    are examples ("(e.g. Slack or Teams)"); options in parentheses need a which-question, a
    ranking ("Put these in order (A, B, C).") or, when an instruction is near (``cued``: "Only
    one answer."), a choice question ("How often do you cook (daily, weekly or rarely)?")."""
    body = _strip_ask(final)
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
        )
        if len(head) >= 3 and 3 <= len(items) <= 300 and not examples and "?" not in items:
            if asks:
                found.append((head, items))
    for separator in (":", " — ", " – "):
        index = body.rfind(separator)
        if index >= 3:
            head, items = body[:index], body[index + len(separator) :].strip()
            if 3 <= len(items) <= 300 and "?" not in items and ":" not in items:
                found.append((head, items))
    comma = body.find(", ")
    framed = family("framing", langs).search(fold(body))
    asks = family("choice_wh", langs).match(fold(body).lstrip("¿¡ "))
    if comma >= 3 and not found and framed is None and asks:
        # "Which do you prefer, the app or the website?": asked by "which" and no clause after
        # the comma
        head, items = body[:comma], body[comma + 2 :].strip()
        clause = family("pronoun", langs).search(fold(items)) or family("wh", langs).search(
            fold(items)
        )
        if clause is None and 3 <= len(items) <= 300 and not set("?:()") & set(items):
            found.append((head, items))
    return found


def _open_head(head: str, items_text: str, langs: tuple[str, ...], told: bool = False) -> bool:
    """Whether the ask before inline options invites an answer in one's own words. A framing
    verb is not such an invitation: "How would you DESCRIBE it: A, B, or C?" offers A, B, C;
    nor an open opener when an instruction follows (``told``): "What made you switch (A, B,
    or C)? Pick up to 2."."""
    folded = family("best_describes", langs).sub(" ", fold(head))  # "¿Cuál … describe mejor …?"
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


def _cut_head(first: str, others: list[str], langs: tuple[str, ...]) -> str:
    """The first option out of "the onboarding was quick": the words after the last copula."""
    folded = fold(first)
    cut = 0
    for match in family("copula", langs).finditer(folded):
        if folded[match.start() - 1 : match.start()] != "-" and folded[match.end() :][:1] != "-":
            cut = match.end()  # not the "e" of "e-mail"
    if cut:
        return first[cut:].strip(" ,")
    head = first.split()
    while head and family("object", langs).fullmatch(fold(head[0])):
        head = head[1:]
    if "de" in langs:  # German nouns are capitalised: "dass die Preise fair" -> "fair"
        nouns = [i for i, word in enumerate(head[:-1]) if i and word[:1].isupper()]
        if nouns:
            head = head[nouns[-1] + 1 :]
    # "you use THE APP daily, weekly, or less often": the option starts after the head's noun
    articles = [i for i, word in enumerate(head[:-2]) if i and has("article", fold(word), langs)]
    if articles:
        head = head[articles[-1] + 2 :]
    longest = max(len(o.split()) for o in others)
    if len(head) > longest:
        head = head[-longest:]
    return " ".join(head)


def _framed(final: str, cues: ChoiceCues, langs: tuple[str, ...]) -> TextResult | None:
    """Options after a framing verb: "Would you say it was A, B or C?"."""
    body = _strip_ask(final)
    folded = fold(body)
    match = family("framing", langs).search(folded)
    if match is None or has("wh", folded[: match.start()], langs):
        return None  # "What would you say is …?" asks something else
    items_text = body[match.end() :].strip(" ,:")
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
    parts = [p.strip() for p in join.split.split(items_text)]
    if len(parts) < 2 or not all(parts):
        return None
    last = parts[-1].split()
    while len(last) > 1 and family("framing_tail", langs).fullmatch(fold(last[-1])):
        last = last[:-1]  # German puts the verb last: "… oder mühsam bezeichnen"
    parts[-1] = " ".join(last)
    if family("or_not", langs).fullmatch(fold(parts[-1])):
        return None  # "… or not?": a yes/no
    if len(parts) == 2 and has("leaning", fold(parts[0]), langs):
        return None  # "more of a planner or an improviser?": where one leans, in one's words
    parts[0] = _cut_head(parts[0], parts[1:], langs)
    items = [clean_label(p) for p in parts]
    if _split(", ".join(items), langs) != items:
        return None
    return _result(items, cues, has_or=True, has_and=False)


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
            result = _result(items, cues, has_or, has_and)
            if result is not None:
                return result
    # the options may follow the question ("Which do you use? Pick all that apply: A, B, C.")
    for ask in dict.fromkeys([final, parts[-1]]):
        leads = lead_in(ask, langs)  # "Of A, B and C, which …?"
        for head, items_text in [*leads, *_heads(ask, langs, cued)]:
            told = after_cues.instruction or after_cues.multiple
            if _open_head(head, items_text, langs, told):
                continue
            cues = choice_cues(fold(head + " " + context), langs)
            framed = has("framing", fold(head), langs) or has("choice_wh", fold(head), langs)
            # "How large is it: 1–9; 10–99; 100 or more?": semicolons mark the options
            framed = framed or (
                semicoloned(items_text) is not None and has("wh", fold(head), langs)
            )
            if cues.rank or cues.multiple or framed:
                offered = (head, items_text) in leads or has("back_ref", fold(head), langs)
                result = _items_result(items_text, cues, langs, offered)
                if result is not None:
                    return result
    cues = choice_cues(fold(context), langs)
    framed = _framed(final, cues, langs)
    if framed is not None:
        return framed
    if not after:  # "mostly for work, mostly personal, or a mix of both?"
        written = sentence_choices(final, langs)
        if written is not None:
            return written
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


_ASIDE_FIRST = re.compile(r"^\(([^()]{2,})\)\s*(\S.*)$")  # not "(a) …", a lettered option
_ASIDE_LAST = re.compile(r"^(.*\S)\s+[—–]\s+([^—–]+)$")  # "A, B, C — as many as apply"


def _after_list(final: str, rest: str, langs: tuple[str, ...]) -> TextResult | None:
    """The options as what follows the question: "How often? (daily / weekly / never)", "…?
    (choose all that apply) A / B / C", "How would you order these? Price, brand, reviews.",
    "…? A) Lighting B) Safety C) Cleaning"."""
    rest, aside = rest.strip(), ""
    first = _ASIDE_FIRST.match(rest)
    if first is not None:  # an instruction in parentheses, then the options
        aside, rest = first.group(1), first.group(2)
    elif rest.startswith("(") and rest.rstrip(" .").endswith(")"):
        rest = rest.rstrip(" .")[1:-1]
    rest = rest.rstrip(" .!")
    told = sentences(rest)
    if not aside and len(told) == 2 and _instruction_only(told[1], langs):
        rest, aside = told[0].rstrip(" ."), told[1]  # "A / B / Other. Select any that apply."
    last = _ASIDE_LAST.match(rest)
    if last is not None and not aside:
        told = choice_cues(fold(last.group(2)), langs)
        if told.instruction or told.multiple:  # the options, then how to answer them
            rest, aside = last.group(1), last.group(2)
    if not rest or "?" in rest or ":" in rest or _open_head(final, rest, langs):
        return None
    if family("examples", langs).match(fold(rest)):
        return None  # "What's your biggest challenge? (e.g., time, budget, or tooling)"
    folded = fold(final)
    cues = choice_cues(fold(final + "\n" + aside), langs)
    if not (
        cues.rank
        or cues.multiple
        or has("choice_wh", folded, langs)
        or has("rating", folded, langs)
        or (lettered(rest) is not None and final.endswith("?"))  # "Age group? (a) … (b) …"
    ):
        return None
    return _items_result(rest, cues, langs)


def _listed(
    parts: list[str], index: int, cues: ChoiceCues, langs: tuple[str, ...]
) -> TextResult | None:
    """ "How often do you use it? Daily, weekly, monthly, or less often?"."""
    if index < 1:
        return None
    asked, listed = parts[index - 1], _strip_ask(parts[index])
    asked_folded = fold(asked)
    if not asked.endswith("?") or has("open", asked_folded, langs):
        return None
    if not (has("choice_wh", asked_folded, langs) or has("rating", asked_folded, langs)):
        return None
    listed_folded = fold(listed)
    if family("yn_start", langs).match(listed_folded) or family("wh", langs).match(listed_folded):
        return None
    items = _split(listed, langs)
    if items is None or len(items) < 3:
        return None
    return _items_result(listed, cues, langs)
