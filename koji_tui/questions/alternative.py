"""Part of stage 3 (koji_tui.questions.inline): an alternative asked in the form of a yes/no
question and told as a choice by the instruction after it.

"Do you use Slack, Teams or email? Pick one.", "¿Pagas con tarjeta, con Bizum o en efectivo?
Elige solo una.", "Buchen Sie über ein Reisebüro, direkt beim Anbieter oder über ein Portal?
Nur eine Antwort.", "Você pede pelo iFood, pelo Rappi ou pelo WhatsApp? Escolha só uma."

Without the instruction the question stays what it reads as ("Do you use Slack, Teams or email
for that?" may be a yes/no, or the start of a story): the caller asks only when one follows,
or when a hedge before the first of three options or more asks for one of them ("Vous voyagez
plutôt seul, en couple ou en famille ?", "¿Viajas más bien solo, en pareja o en familia?",
"Reist du eher allein, zu zweit oder mit der Familie?", "So you mostly travel solo, as a couple
or with family?"; not "Is it more of a cost issue or a time issue?").
Where the first option starts: at the last word of the ask that also starts another option
("pelo iFood" after "pelo Rappi", "über ein Reisebüro" after "über ein Portal"), else after a
hedge ("plutôt Doctolib"), else as many words as the other options have; a short word every
option repeats stays, as written ("pelo iFood, pelo Rappi, pelo WhatsApp": most writers keep
it). A wh-word or an open cue in the ask, an
"and" among the options, or a long option keep it open.
"""

from __future__ import annotations

from koji_tui.questions.cues import ChoiceCues, family, fold, has
from koji_tui.questions.heads import verb_last
from koji_tui.questions.items import strip_ask, typed_result
from koji_tui.questions.joins import joins
from koji_tui.questions.normalize import clean_label
from koji_tui.questions.result import TextResult
from koji_tui.questions.yes_no import past_discourse

_MAX_WORDS = 6
_MAX_ITEMS = 6
_SHORT = 5  # a preposition or article ("pelo", "über", "desde" is not repeated away)


def _ask(final: str, langs: tuple[str, ...]) -> str | None:
    """The clause that asks: after a Spanish "¿", else the first clause (at the start or after
    a comma) that opens as a yes/no question does, a chatty word before it read past."""
    body = strip_ask(final)
    if "¿" in final:  # "¿Y ya pagas …?": the chatty word is no part of the ask
        return past_discourse(final[final.rfind("¿") + 1 :].rstrip(" ?"), langs)
    starts = [0] + [i + 2 for i in range(len(body)) if body.startswith(", ", i)]
    for start in starts:
        clause = past_discourse(body[start:], langs)  # "And you'd rather …", "E no …, pagas"
        folded = fold(clause)
        habit = family("habit_adverb", langs).match(folded)  # "Normalmente você pede …"
        if habit is not None:
            folded = folded[habit.end() :].lstrip(" ,")
        if family("yn_start", langs).match(folded):
            return clause
    return None


def _last_option(piece: str, langs: tuple[str, ...]) -> str:
    """ "email for that" -> "email": the ask's own tail after the last option."""
    folded = fold(piece)
    for match in family("alt_tail", langs).finditer(folded):
        if match.end() == len(folded) and match.start() > 0:
            return " ".join(piece.split()[: len(folded[: match.start()].split())])
    return piece


def _first_option(head: str, others: list[str], langs: tuple[str, ...]) -> str | None:
    words = head.split()
    leads = {fold(o.split()[0]) for o in others}
    for index in range(len(words) - 1, 0, -1):
        if fold(words[index]) in leads and len(words[index]) <= _SHORT:
            return " ".join(words[index:])
    count = max(1, min(len(o.split()) for o in others))
    hedges = list(family("hedge", langs).finditer(fold(head)))
    if hedges:
        rest = words[len(fold(head)[: hedges[-1].end()].split()) :]
        if len(rest) > max(len(o.split()) for o in others):
            rest = rest[-count:]  # "mostly use Slack" -> "Slack"
        elif len(rest) > 1 and family("hedge", ("en",)).fullmatch(hedges[-1].group(0)):
            rest = rest[1:]  # an English hedge stands before the verb: "mostly travel solo"
        if rest:
            return " ".join(rest)
    if count >= len(words):
        return None
    start = len(words) - count
    if "de" not in langs:  # "Google Sheets": a name of two capitalised words
        while start > 1 and words[start][:1].isupper() and words[start - 1][:1].isupper():
            start -= 1
    return " ".join(words[start:])


def _hedge_before(head: str, langs: tuple[str, ...]) -> bool:
    """A hedge among the last words before the first option ("vous voyagez PLUTÔT seul", "you'd
    RATHER book on the website", "tiras SOBRE TODO de la web")."""
    folded = fold(head).rstrip()
    tail = " ".join(folded.split()[-3:])
    return any(m.end() >= len(tail) - 12 for m in family("hedge", langs).finditer(tail))


def _hedged_row(clause: str, before: str, others: list[str], langs: tuple[str, ...]) -> bool:
    """Three options at least ("Is it more of a cost issue or a time issue?" weighs two and
    invites the why), a hedge before the first, an "or" before the last ("…, en famille,
    d'après vous ?" adds an aside), and no last option longer than the others ("… or Signal
    con tu familia?" may say more than a choice)."""
    separators = joins(langs).split.findall(clause)
    if len(separators) < 2 or not joins(langs).has_or.search(separators[-1] + "x"):
        return False
    longest = max(len(o.split()) for o in others[:-1])
    return len(others[-1].split()) <= longest + 1 and _hedge_before(before, langs)


def told_alternative(
    final: str, cues: ChoiceCues, langs: tuple[str, ...], hedged: bool = False
) -> TextResult | None:
    """The options of a yes/no-shaped ask that an instruction after it told as a choice, or
    (``hedged``) that a hedge before its first option asks as one ("Vous voyagez plutôt seul,
    en couple ou en famille ?", "¿Viajas más bien solo, en pareja o en familia?")."""
    clause = _ask(final, langs)
    if clause is None:
        return None
    join = joins(langs)
    if not join.has_or.search(" " + clause) or join.has_and.search(" " + clause):
        return None
    pieces = [p.strip() for p in join.split.split(clause)]
    if not 2 <= len(pieces) <= _MAX_ITEMS or not all(pieces):
        return None
    last = verb_last(pieces, _last_option(pieces[-1], langs), langs)
    others = [*pieces[1:-1], last]
    if any(len(o.split()) > _MAX_WORDS or set(o) & set('?:;()—–"«»') for o in others):
        return None
    first = _first_option(pieces[0], others, langs)
    if first is None:
        return None
    head = pieces[0][: len(pieces[0]) - len(first)]
    if has("wh", fold(head), langs) or has("open", fold(clause), langs):
        return None
    if hedged and not _hedged_row(clause, head + first.split()[0], others, langs):
        return None
    items = [clean_label(item) for item in [first, *others]]
    if not all(items) or len(set(map(str.lower, items))) != len(items):
        return None
    return typed_result(items, cues, has_or=True, has_and=False)


__all__ = ["told_alternative"]
