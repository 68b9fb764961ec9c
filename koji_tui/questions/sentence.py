"""Choices written as a sentence, not as a list (part of stage 3, koji_tui.questions.inline).

* the same hedge heads each option and a mix closes them: "is it mostly for work, mostly
  personal, or a mix of both?", "plutôt le matin, plutôt le soir, ou les deux ?", "eher
  beruflich, eher privat oder beides?" (the options keep their hedge);
* options that start with the same short word, closed by a "both" without it: "plutôt en
  magasin, en ligne ou les deux ?", "viajar a trabalho, a lazer ou os dois?" (each option
  keeps its word; the verb before the first is no part of it);
* what one does, after a habit adverb: "do you usually contact support, search the help
  center, or just figure it out yourself?", "¿normalmente llama al soporte, escribe un correo
  o busca en internet?" (three or more verb phrases, joined by "or");
* options at the end of an ask with no interrogative, each after the same short word ("vous
  faites vos courses en magasin, en drive ou en livraison ?") or each one word of the same
  ending ("mensalmente, quinzenalmente ou semanalmente?").

Both need "or" and no "and" between the options, short options, and no open cue or
interrogative before them: "mostly X, mostly Y, or something else — tell me more?" and "do
you usually plan ahead, and how?" stay open. The words are lexicon data
(koji_tui.questions.lexicon_sentence).
"""

from __future__ import annotations

from koji_tui.questions.cues import family, fold, has
from koji_tui.questions.joins import joins
from koji_tui.questions.normalize import clean_label
from koji_tui.questions.result import TextResult

_MAX_WORDS = 6
_MAX_ITEMS = 6


def _options(body: str, start: int, langs: tuple[str, ...]) -> list[str] | None:
    items_text = body[start:]
    join = joins(langs)
    if not join.has_or.search(" " + items_text) or join.has_and.search(" " + items_text):
        return None
    items = [clean_label(p) for p in join.split.split(items_text)]
    if not 3 <= len(items) <= _MAX_ITEMS or not all(items):
        return None
    if any(len(item.split()) > _MAX_WORDS or set(item) & set("?:;()—–") for item in items):
        return None
    return items


def _asks_open(prefix: str, items: list[str], langs: tuple[str, ...]) -> bool:
    """An open cue anywhere, or an interrogative in the clause that asks ("When a bill
    arrives, do you usually …" asks no "when")."""
    folded = fold(prefix)
    if has("open", folded + " " + fold(" ".join(items)), langs):
        return True
    folded = folded[folded.rfind(", ") + 1 :]
    return has("wh", folded, langs)


def _hedged(body: str, folded: str, langs: tuple[str, ...]) -> TextResult | None:
    hedges = list(family("hedge", langs).finditer(folded))
    if len(hedges) < 2:
        return None
    first = hedges[0]
    items = _options(body, first.start(), langs)
    if items is None or _asks_open(body[: first.start()], items, langs):
        return None
    word = first.group(0).split()[0]
    heads = [fold(item).split()[0] for item in items]
    if any(head != word for head in heads[:-1]):
        return None
    if heads[-1] != word and not family("both", langs).fullmatch(fold(items[-1])):
        return None
    return TextResult(type="single_choice", options=items)


def _prepositioned(body: str, langs: tuple[str, ...]) -> TextResult | None:
    """ "plutôt en magasin, en ligne ou les deux", "viajar a trabalho, a lazer ou os dois": the
    options after the first start with one short word, a "both" closes them; the first option
    starts at that word's last place in the clause before the first comma."""
    join = joins(langs)
    if not join.has_or.search(" " + body) or join.has_and.search(" " + body):
        return None
    pieces = [clean_label(p) for p in join.split.split(body)]
    if not 3 <= len(pieces) <= _MAX_ITEMS or not all(pieces):
        return None
    middle = pieces[1:-1]
    leads = {fold(p).split()[0] for p in middle}
    word = next(iter(leads))
    if len(leads) != 1 or len(word) > 4 or not family("both", langs).fullmatch(fold(pieces[-1])):
        return None
    if any(len(p.split()) > _MAX_WORDS or set(p) & set("?:;()—–") for p in pieces[1:]):
        return None
    head = pieces[0].split()
    places = [i for i, w in enumerate(head) if i and fold(w) == word]
    if not places or len(head) - places[-1] > _MAX_WORDS:
        return None
    items = [" ".join(head[places[-1] :]), *pieces[1:]]
    if _asks_open(" ".join(head[: places[-1]]), items, langs):
        return None
    return TextResult(type="single_choice", options=items)


def _habitual(body: str, folded: str, langs: tuple[str, ...]) -> TextResult | None:
    adverb = family("habit_adverb", langs).search(folded)
    if adverb is None:
        return None
    items = _options(body, adverb.end(), langs)
    if items is None or _asks_open(body[: adverb.end()], items, langs):
        return None
    # "vous appelez généralement le support, vous écrivez …": the adverb inside the first
    # option, whose subject the others repeat
    subjects = {fold(item).split()[0] for item in items[1:]}
    clause = folded[folded.rfind(", ", 0, adverb.start()) + 1 : adverb.start()]
    if len(subjects) == 1 and f" {next(iter(subjects))} " in f" {clause}":
        start = folded.rfind(f"{next(iter(subjects))} ", 0, adverb.start())
        first = _options(body, start, langs)
        if first is None or first[1:] != items[1:]:
            return None
        items = first
    # "costuma estudar em casa, na biblioteca ou no trabalho": the verb after the adverb is
    # the ask's when every other option is a short word and its noun
    first = items[0].split()
    if (
        len(first) >= 3
        and len(first[1]) <= 3 < len(first[0])
        and all(len(o.split()) <= 3 and len(o.split()[0]) <= 3 for o in items[1:])
    ):
        items = [" ".join(first[1:]), *items[1:]]
    if any(not item[:1].isalpha() for item in items):
        return None
    return TextResult(type="single_choice", options=items)


def _ending(words: list[str]) -> int:
    """How many letters all of ``words`` end with ("mensalmente", "semanalmente": 7)."""
    folded = [fold(w) for w in words]
    size = 0
    while all(len(w) > size + 1 for w in folded) and len({w[-size - 1] for w in folded}) == 1:
        size += 1
    return size


def _stated(body: str, langs: tuple[str, ...]) -> TextResult | None:
    """Options that end a question asked with no interrogative, each after the same short word
    ("Vous faites vos courses en magasin, en drive ou en livraison ?"; the first starts at
    that word's last place in the ask) or each one word with the same ending ("… mensalmente,
    quinzenalmente ou semanalmente?"); the ask before them keeps a verb of its own."""
    join = joins(langs)
    separators = join.split.findall(body)
    if not separators or not join.has_or.search(separators[-1] + "x"):
        return None  # the list ends the ask: "A, B or C, in the end?" goes on
    if join.has_and.search(" " + body):
        return None
    pieces = [clean_label(p) for p in join.split.split(body)]
    if not 3 <= len(pieces) <= _MAX_ITEMS or not all(pieces):
        return None
    others = pieces[1:]
    if any(len(p.split()) > _MAX_WORDS or set(p) & set('?:;()—–"«»') for p in others):
        return None
    head = pieces[0].split()
    leads = {fold(p.split()[0]) for p in others}
    if len(leads) == 1 and all(len(p.split()) >= 2 for p in others):
        word = next(iter(leads))
        places = [i for i, w in enumerate(head) if i and fold(w) == word]
        if len(word) > 4 or not places:
            return None
        start = places[-1]
    elif all(len(p.split()) == 1 for p in others) and _ending([head[-1], *others]) >= 2:
        start = len(head) - 1
    else:
        return None
    items = [" ".join(head[start:]), *others]
    before = " ".join(head[:start])
    if len(before.split()) < 2 or _asks_open(before, items, langs):
        return None
    return TextResult(type="single_choice", options=items)


def sentence_choices(final: str, langs: tuple[str, ...]) -> TextResult | None:
    """The options a question writes as a sentence (see the module docstring), or None."""
    body = final.strip()
    if not body.endswith("?"):
        return None
    body = body[body.rfind("¿") + 1 :] if "¿" in body else body
    body = body.rstrip("?").rstrip()
    folded = fold(body)
    hedged = _hedged(body, folded, langs)
    return hedged or _prepositioned(body, langs) or _habitual(body, folded, langs)


def stated_choices(final: str, langs: tuple[str, ...]) -> TextResult | None:
    """The options that end a question asked with no interrogative (see :func:`_stated`);
    asked after the other readings of a sentence, which know an ask's own tail."""
    body = final.strip()
    if not body.endswith("?"):
        return None
    body = body[body.rfind("¿") + 1 :] if "¿" in body else body
    return _stated(body.rstrip("?").rstrip(), langs)
