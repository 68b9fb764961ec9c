"""Part of stage 3: a ranking whose options are the objects of its verb, joined by "and".

"Please rank price, speed and support from most to least important.", "If you had to rank
streaming, grocery delivery and food delivery by how much you'd miss them, what would your
order be?", "Si tu devais classer le streaming, la livraison de courses et la livraison de
repas selon …", "Se tivesse de ordenar o streaming, as compras … e a entrega de refeições pelo
quanto …", and German with the verb last ("Wenn du Streaming, Lebensmittellieferung und
Essenslieferung danach ordnen müsstest, …"). Three options or more, short, the last cut
where the criterion starts ("by", "según", "selon", "nach", "pelo"); an open cue keeps the
message open. The words are lexicon data (``rank_verb``, ``rank_by`` in
koji_tui.questions.lexicon_free).
"""

from __future__ import annotations

import re

from koji_tui.questions.cues import family, fold, has
from koji_tui.questions.joins import unquote, words
from koji_tui.questions.normalize import clean_label
from koji_tui.questions.result import TextResult

_MAX_WORDS = 5
_GERMAN_SUBJECT = re.compile(r"\b(?:du|sie|ihr|man|wir)\s+(?=\S)", re.IGNORECASE)


def _items(
    span: str, langs: tuple[str, ...], verb_last: bool, last_and: bool = False
) -> list[str] | None:
    """ "streaming, grocery delivery and food delivery by how much …" -> the three; with
    ``last_and`` (a span that holds only the options) the last "and" joins the last one ("les
    fruits et légumes, …, les surgelés et l'épicerie")."""
    found = list(re.finditer(r"\s" + words("and", langs) + r"\s+", span, re.IGNORECASE))
    if not found:
        return None
    joined = found[-1] if last_and else found[0]
    head, last = span[: joined.start()], re.split(r"[,?.!;:–—]", span[joined.end() :])[0]
    criterion = family("rank_by", langs).search(fold(last))
    if criterion is not None and criterion.start() > 0:
        last = last[: criterion.start()]
    if verb_last:  # German: "… und Essenslieferung danach" -> "Essenslieferung"
        tail = last.split()
        while len(tail) > 1 and not tail[-1][:1].isupper():
            tail = tail[:-1]
        last = " ".join(tail)
    items = [unquote(clean_label(p)) for p in [*head.split(","), last]]  # "'Price'"
    if len(items) < 3 or not all(items) or family("object", langs).fullmatch(fold(items[0])):
        return None  # "rank them, …"
    if any(len(i.split()) > _MAX_WORDS or set(i) & set("?:;()") for i in items):
        return None
    return items


_TELL_WHICH = re.compile(
    r"\b(?:dites-moi|dis-moi)\s+ce\s+qu|\b(?:me\s+diz|me\s+diga|diga-me)\s+o\s+que\b|"
    r"\bsag(?:en\s+sie)?\s+mir,?\s+was\b|\btell\s+me\s+which\b|\bdime\s+cual\b"
)
_DASHED = re.compile(r"(?:^|\s)[—–]\s*([^—–?]{5,200}?)\s*[—–]")


def _named(sentence: str, folded: str, langs: tuple[str, ...]) -> list[str] | None:
    """The options named apart from the verb: between dashes ("… by how often you do them —
    cooking, cleaning, shopping and laundry — which would come first …?") or after "thinking
    about" ("Now, thinking about speed, price and quality, tell me which comes first …",
    "entre le prix, la qualité et la rapidité, …", "wenn Sie an Preis, Qualität und
    Geschwindigkeit denken: …")."""
    dashed = _DASHED.search(sentence)
    if dashed is not None:
        items = _items(dashed.group(1), langs, verb_last=False, last_and=True)
        if items is not None:
            return items
    lead = family("named_lead", langs).search(folded)
    if lead is None:
        return None
    return _items(sentence[lead.end() :], langs, verb_last="de" in langs)


def ranked_objects(sentence: str, langs: tuple[str, ...]) -> TextResult | None:
    """The options of a ranking named as its verb's objects (see the module docstring)."""
    folded = fold(sentence)
    # "tell me which comes first", "dites-moi ce qui vient en premier" ask the order, no story
    asked = _TELL_WHICH.sub(" ", family("best_describes", langs).sub(" ", folded))
    if len(folded) != len(sentence) or has("open", asked, langs) or not has("rank", folded, langs):
        return None  # "How do you order food, groceries and drinks?" ranks nothing
    named = _named(sentence, folded, langs)
    if named is not None:
        return TextResult(type="ranking", options=named)
    verb = family("rank_verb", langs).search(folded)
    if verb is None:
        return None
    items = _items(sentence[verb.end() :], langs, verb_last=False)
    if items is None and "de" in langs:
        subjects = list(_GERMAN_SUBJECT.finditer(sentence[: verb.start()]))
        if subjects:
            items = _items(sentence[subjects[-1].end() : verb.start()], langs, verb_last=True)
    if items is None:
        return None
    return TextResult(type="ranking", options=items)
