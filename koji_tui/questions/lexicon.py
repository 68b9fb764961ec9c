"""Cue words for question detection in English, Spanish, French, German and Portuguese.

Every pattern here is matched case-insensitively against text whose markdown emphasis has been
removed. Patterns are deliberately specific: a missed widget costs the respondent a click, a wrong
widget costs them a wrong answer.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# "select all that apply" and friends -> multiple choice
MULTI_CUE = re.compile(
    r"""
    \b(?:select|choose|check|tick|mark|pick)\s+(?:all|any|every|each|as\ many|one\ or\ more|multiple)\b
  | \ball\s+that\s+appl(?:y|ies)\b
  | \b(?:more\ than\ one|as\ many\ as\ (?:you\ like|apply|you\ want|needed))\b
  | \bmultiple\s+(?:answers|choices|selections)\b
  | \btodas?\s+(?:las|los)\s+que\s+(?:apliquen|correspondan|se\ apliquen|quieras)\b
  | \b(?:selecciona|seleccione|elige|elija|marca|marque)\s+(?:todas|todos|varias|varios)\b
  | \bm[áa]s\s+de\s+una\b
  | \b(?:s[ée]lectionnez|choisissez|cochez|s[ée]lectionne|choisis|coche)\s+(?:toutes|tous|plusieurs)\b
  | \btoutes\s+les\s+r[ée]ponses\b
  | \bplusieurs\s+r[ée]ponses\b
  | \balle\s+zutreffenden\b
  | \balle,?\s+die\s+zutreffen\b
  | \bmehrere\s+antworten\b
  | \bmehrfachauswahl\b
  | \btodas?\s+(?:as|os)\s+que\s+se\s+aplicam\b
  | \btodas?\s+que\s+se\s+aplicam\b
  | \b(?:selecione|escolha|marque)\s+(?:todas|todos|v[áa]rias|v[áa]rios)\b
  | \bmais\s+de\s+uma\b
    """,
    _I | re.VERBOSE,
)

# "rank / order / prioritise / from most to least" -> ranking
RANK_CUE = re.compile(
    r"""
    \brank(?:s|ing)?\b
  | \b(?:put|place|list|sort|arrange)\s+(?:them|these|those|the\ following|each)\b[^.?!\n]{0,40}\border\b
  | \border\s+(?:them|these|those|the\ following|each|from|by)\b
  | \bin\s+order\s+of\s+(?:priority|importance|preference)\b
  | \bprioriti[sz]e\b
  | \bfrom\s+(?:the\s+)?(?:most|highest|best)\b[^.?!\n]{0,40}?\bto\s+(?:the\s+)?(?:least|lowest|worst)\b
  | \bmost\s+important\s+first\b
  | \b(?:ordena|ordene|ordenar|clasifica|clasifique|jerarquiza)\b
  | \bde\s+m[áa]s\s+a\s+menos\b
  | \bpor\s+orden\s+de\b
  | \b(?:classez|classer|classe|ordonnez|ordonner|hi[ée]rarchisez)\b
  | \bdu\s+plus\b[^.?!\n]{0,30}?\bau\s+moins\b
  | \bpar\s+ordre\s+d['’]\s*importance\b
  | \b(?:ordnen|ordne|sortieren|sortiere|reihen)\b
  | \breihenfolge\b
  | \bvom\s+wichtigsten\b
  | \b(?:ordene|ordenar|classifique|priorize)\b
  | \bdo\s+mais\b[^.?!\n]{0,30}?\bao\s+menos\b
    """,
    _I | re.VERBOSE,
)

# words that show the interviewer is asking the respondent to pick from a list
CHOICE_CUE = re.compile(
    r"""
    \b(?:which|what|select|choose|pick|prefer|option|options|following|best\ describes?|one\ of)\b
  | \b(?:cu[áa]l|cu[áa]les|qu[ée]|selecciona|seleccione|elige|elija|prefieres|opci[óo]n|opciones)\b
  | \b(?:quel|quelle|quels|quelles|s[ée]lectionnez|choisissez|pr[ée]f[ée]rez|options?)\b
  | \b(?:welche|welcher|welches|was|w[äa]hlen|bevorzugen|optionen)\b
  | \b(?:qual|quais|selecione|escolha|prefere|op[çc][ãa]o|op[çc][õo]es)\b
  | \b(?:how\ often|how\ did|how\ do|how\ many|how\ much|how\ long|c[óo]mo|comment|wie|como)\b
    """,
    _I | re.VERBOSE,
)

# the final ask is an open invitation -> never a widget
OPEN_CUE = re.compile(
    r"""
    \bwhy\b|\bhow\ come\b|\btell\ (?:me|us)\b|\bdescribe\b|\bexplain\b|\bwalk\ (?:me|us)\b
  | \bexample\b|\bthoughts?\b|\bin\ your\ own\ words\b|\bwhat\ (?:do|did)\ you\ think\b
  | \bhow\ do\ you\ feel\b|\bwhat\ would\ it\ take\b|\bwhat\ made\b|\bwhat\ changed\b|\belse\b
  | \bmore\ about\b|\bshare\s+(?:with\s+(?:me|us)|more|an?\s+example|your\s+(?:thoughts|experience|story))|\belaborate\b|\bexpand\ on\b|\bcorrect\ me\b
  | \bpor\ qu[ée]\b|\bcu[ée]ntame\b|\bdescribe\b|\bexplica\b|\bqu[ée]\ m[áa]s\b|\balgo\ m[áa]s\b
  | \bpourquoi\b|\bd[ée]cri(?:re|vez)\b|\bexpliquez\b|\bracontez\b|\bdites[- ]moi\b|\bautre\ chose\b
  | \bwarum\b|\bweshalb\b|\bbeschreiben\b|\berz[äa]hlen\b|\berkl[äa]ren\b|\bsonst\ noch\b
  | \bpor\ que\b|\bpor\ qu[êe]\b|\bconte\b|\bdescreva\b|\bexplique\b|\bmais\ alguma\ coisa\b
    """,
    _I | re.VERBOSE,
)

# words that show a rating is being asked (guards the weaker range phrasings)
RATING_CUE = re.compile(
    r"""
    \b(?:rate|rating|ratings|score|grade|scale|rank\ it|number)\b
  | \bhow\s+(?:satisfied|likely|easy|difficult|hard|useful|important|confident|clear|happy|well|much|good|
       valuable|helpful|fast|reliable|intuitive|frustrat\w*|comfortable|effective|accurate|responsive)\b
  | \b(?:agree|disagree)\b
  | \b(?:valora\w*|califica\w*|punt[úu]a\w*|punt[úu]e\w*|escala|nota|qu[ée]\s+tan|cu[áa]n)\b
  | \b(?:not(?:e|ez|eriez)|[ée]valu\w*|[ée]chelle|[àa]\s+quel\s+point|dans\s+quelle\s+mesure)\b
  | \b(?:bewert\w*|benot\w*|skala|wie\s+zufrieden|wie\s+wahrscheinlich|wie\s+einfach|wie\s+gut|wie\s+sehr)\b
  | \b(?:avali\w*|avalie|nota|escala|qu[ãa]o|qual\s+a\s+probabilidade)\b
  | \b(?:o\s+quanto|recommend\w*|recomend\w*|recomiend\w*|recommand\w*|empfehl\w*)
    """,
    _I | re.VERBOSE,
)

# "how likely ... recommend" (Net Promoter Score) -> 0-10
NPS_CUE = re.compile(
    r"""
    \bhow\s+likely\b[^.?!\n]{0,80}?\brecommend
  | \blikelihood\b[^.?!\n]{0,80}?\brecommend
  | \bqu[ée]\s+(?:tan\s+)?probab\w*\b[^.?!\n]{0,80}?\brecomiend
  | \bprobabilidad\b[^.?!\n]{0,80}?\brecomend
  | \bprobabilit[ée]\b[^.?!\n]{0,80}?\brecommand
  | \bwie\s+wahrscheinlich\b[^.?!\n]{0,80}?\bempfehl
  | \bprobabilidade\b[^.?!\n]{0,80}?\brecomend
  | \bqu[ãa]o\s+prov[áa]vel\b[^.?!\n]{0,80}?\brecomend
    """,
    _I | re.VERBOSE,
)

# "(Yes/No)", "yes or no", "(Y/N)" and locale pairs
YES_NO_EXPLICIT = re.compile(
    r"(?<![\w-])(?:yes|y|s[íi]|oui|ja|sim)\s*(?:/|\||\bor\b|\bo\b|\bou\b|\boder\b)\s*(?:no|n|non|nein|n[ãa]o)(?![\w-])",
    _I,
)

# an "Other (please specify)" option -> allow_other
OTHER_OPTION = re.compile(
    r"""^\s*(?:
        other|others|something\ else|otro|otra|otros|otras|autre|autres|sonstiges?|andere[s]?|outro|outra|outros
    )\b\s*(?:[(\[:,–—-].*)?$""",
    _I | re.VERBOSE,
)
SPECIFY_CUE = re.compile(
    r"\b(?:specify|please|describe|especifi\w*|pr[ée]cise\w*|angeben|bitte|especifique|qual)\b|[(:\[]",
    _I,
)

YES_WORDS = {"en": "Yes", "es": "Sí", "fr": "Oui", "de": "Ja", "pt": "Sim"}
NO_WORDS = {"en": "No", "es": "No", "fr": "Non", "de": "Nein", "pt": "Não"}
NPS_LABELS = {
    "en": ("Not at all likely", "Extremely likely"),
    "es": ("Nada probable", "Muy probable"),
    "fr": ("Pas du tout probable", "Très probable"),
    "de": ("Überhaupt nicht wahrscheinlich", "Äußerst wahrscheinlich"),
    "pt": ("Nada provável", "Muito provável"),
}

# a few very common function words per language: enough to tell five languages apart cheaply
_LANG_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the you your how what which is are do does did have has would to of and or with for on "
        "this that it please".split()
    ),
    "es": frozenset(
        "el la los las tu usted qué cómo cuál es son de del y o con para en por una un que "
        "has sí estos este esta más muy al tus ustedes".split()
    ),
    "fr": frozenset(
        "le la les vous votre quel quelle est sont de du et ou avec pour en une un que "
        "avez êtes oui".split()
    ),
    "de": frozenset(
        "der die das sie ihr ihre wie was welche ist sind von und oder mit für auf eine ein "
        "haben nutzen ja".split()
    ),
    "pt": frozenset(
        "o a os as você seu sua como qual é são de do da e ou com para em uma um que "
        "já sim não ao do da dos das mais menos estes estas isto seu".split()
    ),
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


def guess_language(text: str) -> str | None:
    """Cheap language guess among en/es/fr/de/pt from function words and accents; None if unclear."""
    words = [w.lower() for w in _WORD.findall(text[-2000:])]
    if not words:
        return None
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _LANG_WORDS.items()}
    lowered = text.lower()
    if "¿" in text or "¡" in text or "ñ" in lowered:
        scores["es"] += 3
    if "ß" in lowered or "ä" in lowered or "ö" in lowered or "ü" in lowered:
        scores["de"] += 3
    if "ã" in lowered or "õ" in lowered or ("ç" in lowered and "ção" in lowered):
        scores["pt"] += 3
    if "è" in lowered or ("ê" in lowered and "você" not in lowered) or "-vous" in lowered:
        scores["fr"] += 2
    best = max(scores, key=lambda k: scores[k])
    if scores[best] == 0:
        return None
    return best
