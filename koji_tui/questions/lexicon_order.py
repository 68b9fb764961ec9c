"""The words of rankings told by their positions and of options named before their question
(merged into koji_tui.questions.lexicon's CUES; a family named there too gets these words added).

* ``rank``: a run of positions asked for ("which comes first, second and third?", "¿qué hace
  primero, qué segundo …?", "en premier, en deuxième …", "zuerst, was an zweiter …", "o que vem
  primeiro, o que vem em segundo …", "which matters most, which second …"), and the span
  from the first to the last;
* ``rank`` also: the touch-screen instruction to order ("drag to sort", "arrastra … arriba",
  "glissez … en haut", "ziehen Sie … nach oben", "arraste … para o topo");
* ``rank`` also: a legend of the first position under a list ("top = most", "(1 = most
  important)");
* ``among``: the preposition that names the options before the question that picks from them
  ("OF email, chat and phone, which …?", "ENTRE A, B y C, ¿cuál …?", "PARMI A, B et C, …").
"""

from __future__ import annotations


def _positions(firsts: str, seconds: str) -> str:
    """A first position, then a later one in the same sentence ("first, … second", "primeiro
    para a senhora, qual vem depois"): one raw expression per first word, each starting with
    its word so that the family stays grouped by first letter (fast to search)."""
    later = r"[^.?!\n]{0,40}?\b(?:" + seconds + r")\b"
    return "|".join(rf"re:(?<!\w){first}\b" + later for first in firsts.split("|"))


ORDER_CUES: dict[str, dict[str, str]] = {
    "rank": {
        "en": _positions("first|most", "second|next") + "|favourite first|favorite first|favourites first|favorites first|top pick first|your favourite at the top|your favorite at the top|from the first to the last|from first to last|first to last|drag … sort|drag … order|drag … rank|drag … reorder|drag … top|drag … first|drag … on top|drag … is on top|drag … to the top|drag … at the top|reorder*|re-order|sort these … by|sort them … by|sort those … by|sort the following … by|top = most|top = the most|1 = most|1 = the most|top = best|top = favourite|top = favorite",
        "es": _positions("primero|primera|primer", "segundo|segunda|despues|luego") + "|re:\\b(?:ordena|ordene|clasifica|clasifique|prioriza|priorice|jerarquiza)(?:me|nos)?(?:lo|la|los|las)\\b|de la que más … a la que menos|del que más … al que menos|de los que más … a los que menos|de las que más … a las que menos|de lo que más … a lo que menos|tu favorito primero|tu favorita primero|tu favorito arriba|tu favorita arriba|el favorito primero|la favorita primero|del primero al último|de la primera a la última|del primer al último|arrastra … arriba|arrastre … arriba|arrastra … orden|arrastre … orden|arrastra … ordenar|arrastre … ordenar|arrastra … primero|arrastre … primero|arrastra … para que … arriba|arrastre … para que … arriba|reordena|reordene|reorden*|lo más … arriba|lo más importante arriba",
        "fr": _positions("premier|premiere", "deuxieme|second|seconde|ensuite|puis") + "|re:\\brang(?:e|ez)-(?:les|moi|nous)\\b|ton préféré en premier|ta préférée en premier|votre préféré en premier|votre préférée en premier|le préféré en premier|préféré d'abord|préférée d'abord|du premier au dernier|de la première à la dernière|par ordre de|glissez … en haut|glissez … ordre|glissez … en premier|faites glisser … en haut|faites glisser … ordre|réordonnez|réorganisez … ordre|réordonn*|le plus … en haut",
        "de": _positions("zuerst|erste|ersten|erster|erstes", "zweite|zweiten|zweiter|zweites|danach") + "|sortier|sortiert|favorit zuerst|favoriten zuerst|favorit oben|favorit an erster stelle|lieblings* zuerst|vom ersten bis zum letzten|von der ersten bis zur letzten|ziehen sie … nach oben|zieh … nach oben|ziehe … nach oben|ziehen sie … oben|ziehen sie … reihenfolge|ziehen sie … zuerst|ganz oben … wichtigste|neu ordnen|neu anordnen|umsortier*|das wichtigste oben|das nützlichste oben",
        "pt": _positions("primeiro|primeira", "segundo|segunda|depois|por ultimo") + "|do que mais … ao que menos|da que mais … à que menos|da que mais … para a que menos|do que mais … para o que menos|o favorito primeiro|a favorita primeiro|o preferido primeiro|a preferida primeiro|seu favorito primeiro|teu favorito primeiro|do primeiro ao último|da primeira à última|arraste … topo|arraste … para o topo|arraste … para cima|arraste … ordem|arraste … primeiro|arraste … para que … no topo|reordene|reorganize … ordem|reorden*|o mais … no topo",
    },
    "among": {
        "en": "of|among|amongst|between|out of",
        "es": "entre|de entre|de",
        "fr": "entre|parmi",
        "de": "von|unter|zwischen",
        "pt": "entre|dentre|de",
    },
}  # fmt: skip


def merge_into(cues: dict[str, dict[str, str]], *more: dict[str, dict[str, str]]) -> None:
    """Add the families of ``more`` to ``cues``; a family both name gets both's words."""
    for table in more:
        for name, words in table.items():
            known = cues.setdefault(name, {})
            for code, phrases in words.items():
                known[code] = known[code] + "|" + phrases if code in known else phrases
