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
from koji_tui.questions.joins import words
from koji_tui.questions.normalize import clean_label
from koji_tui.questions.result import TextResult

_MAX_WORDS = 5
_GERMAN_SUBJECT = re.compile(r"\b(?:du|sie|ihr|man|wir)\s+(?=\S)", re.IGNORECASE)


def _items(span: str, langs: tuple[str, ...], verb_last: bool) -> list[str] | None:
    """ "streaming, grocery delivery and food delivery by how much …" -> the three."""
    joined = re.search(r"\s" + words("and", langs) + r"\s+", span, re.IGNORECASE)
    if joined is None:
        return None
    head, last = span[: joined.start()], re.split(r"[,?.!;:–—]", span[joined.end() :])[0]
    criterion = family("rank_by", langs).search(fold(last))
    if criterion is not None and criterion.start() > 0:
        last = last[: criterion.start()]
    if verb_last:  # German: "… und Essenslieferung danach" -> "Essenslieferung"
        tail = last.split()
        while len(tail) > 1 and not tail[-1][:1].isupper():
            tail = tail[:-1]
        last = " ".join(tail)
    items = [clean_label(p) for p in [*head.split(","), last]]
    if len(items) < 3 or not all(items) or family("object", langs).fullmatch(fold(items[0])):
        return None  # "rank them, …"
    if any(len(i.split()) > _MAX_WORDS or set(i) & set("?:;()") for i in items):
        return None
    return items


def ranked_objects(sentence: str, langs: tuple[str, ...]) -> TextResult | None:
    """The options of a ranking named as its verb's objects (see the module docstring)."""
    folded = fold(sentence)
    if len(folded) != len(sentence) or has("open", folded, langs) or not has("rank", folded, langs):
        return None  # "How do you order food, groceries and drinks?" ranks nothing
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
