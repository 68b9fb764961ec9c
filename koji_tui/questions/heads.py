"""The first option out of the words before it: the head of an inline list shares a
preposition with the options ("contacté par téléphone", "par SMS ou dans l'application"), or
ends in a copula ("Would you say the onboarding was quick, …") (for koji_tui.questions.inline)."""

from __future__ import annotations

import re

from koji_tui.questions.cues import family, fold, has
from koji_tui.questions.joins import joins


def shared_lead(head: str, items: str, langs: tuple[str, ...]) -> tuple[str, str]:
    """ "… los informes por correo", "por Slack o por WhatsApp": each option after the same
    preposition, the first one still in the head -> ("… los informes", "correo, Slack o
    WhatsApp")."""
    pieces = [p.split() for p in joins(langs).split.split(items)]
    words = head.split()
    lead = {p[0].lower() for p in pieces if p}
    own = _own_lead(words, pieces)
    if own and len(lead) > 1:  # "contacté par téléphone", "par SMS ou dans l'application"
        return " ".join(words[:own]), " ".join(words[own:]) + ", " + items
    if len(pieces) < 2 or len(lead) != 1 or len(words) < 3 or words[-2].lower() not in lead:
        return head, items
    if any(len(p) < 2 for p in pieces) or len(words[-2]) > 4:
        return head, items  # "by", "por", "par", "per", "via": a short preposition
    rest = re.sub(r"(?<!\w)" + re.escape(words[-2]) + r"\s+", "", items, flags=re.IGNORECASE)
    return " ".join(words[:-2]), words[-1] + ", " + rest


def _own_lead(words: list[str], pieces: list[list[str]]) -> int:
    """Where in the head's last few ``words`` the first option starts, when a short word
    (a preposition: "by", "por", "par", "per") leads it and the first option after it; 0
    when none does."""
    if len(pieces) < 2 or not all(pieces) or len(pieces[0][0]) > 4:
        return 0
    lead = fold(pieces[0][0])
    starts = [i for i, word in enumerate(words) if i and fold(word) == lead]
    if not starts or len(words) - starts[-1] > max(len(p) for p in pieces) + 1:
        return 0
    return starts[-1]


def continued(head: str, items: str, langs: tuple[str, ...]) -> bool:
    """Whether the list after the comma started in the head ("… a trabalho", "a lazer ou os
    dois"): the pieces but a closing "both" start with the word the head's last but one is."""
    pieces = [p.split() for p in joins(langs).split.split(items)]
    words = head.split()
    if len(pieces) < 2 or len(words) < 3 or not all(pieces):
        return False
    lead = {fold(p[0]) for p in pieces[:-1]}
    both = family("both", langs).fullmatch(fold(" ".join(pieces[-1]))) is not None
    return both and lead == {fold(words[-2])}


def past_the_or(items: str, langs: tuple[str, ...]) -> bool:
    """ "the card, the transfer or the cash payment, in the end": the sentence goes on after
    the piece its last "or" joins (a list that ends the ask ends with that piece)."""
    join = joins(langs)
    separators = join.split.findall(items)
    last_or = max((i for i, s in enumerate(separators) if join.has_or.search(s + "x")), default=-1)
    return 0 <= last_or < len(separators) - 1


def cut_head(first: str, others: list[str], langs: tuple[str, ...]) -> str:
    """The first option out of "the onboarding was quick": the words after the last copula;
    out of "be contacted by phone" ("by text, or in the app"): the words from the preposition
    the next option starts with."""
    own = _own_lead(first.split(), [o.split() for o in others])
    if own:
        return " ".join(first.split()[own:])
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
    lengths = [len(o.split()) for o in others]
    if len(lengths) >= 2 and lengths[-1] > max(lengths[:-1]) + 1:
        lengths = lengths[:-1]  # a longer catch-all last ("… or only when a problem comes up")
    longest = max(lengths)
    if len(head) > longest:
        head = head[-longest:]
    return " ".join(head)


def verb_last(pieces: list[str], last: str, langs: tuple[str, ...]) -> str:
    """German puts the verb last: "per Telefon, per SMS oder in der App kontaktiert werden"
    -> "in der App", when every other option ends in its noun."""
    words = last.split()
    nouns = [i for i, word in enumerate(words) if word[:1].isupper()]
    if "de" not in langs or not nouns or not 1 <= len(words) - 1 - nouns[-1] <= 3:
        return last
    if not all(piece.split()[-1][:1].isupper() for piece in pieces[:-1]):
        return last
    return " ".join(words[: nouns[-1] + 1])
