"""More words of session 13 (merged into koji_tui.questions.lexicon's CUES; a family named
there too gets these words added).

* ``open`` (added): an invitation to write freely ("Write freely", "Écris librement");
* ``no_wrong_answer``: the reassurance that no answer is wrong, whose "answer" is no
  instruction to answer by a unit ("There is no wrong answer", "il n'y a pas de bonne
  réponse"); koji_tui.questions.cues reads past it;
* ``choose`` (added): name them ("Cite tout ce qui s'applique"); take the one that fits best ("Nimm einfach die, die am besten passt",
  "whichever fits best", "la que mejor encaje");
* ``several`` (added): German "mehreres" ("Du kannst gern mehreres auswählen");
* ``rank`` (added): the order asked for as a noun ("what would your order be?", "quel serait
  ton ordre ?", "wie sähe deine Reihenfolge aus?", "qual seria a sua ordem?") and the keys
  given in order ("list the numbers in order");
* ``desire``: the wish before an indirect yes/no told as a statement ("We would LIKE TO know
  whether …", "Nos GUSTARÍA saber si …", "Wir würden GERN wissen, ob …"): koji_tui.questions.
  yes_no reads such a sentence as the question;
* ``framing`` (added): French framing without inversion ("Tu dirais que …", "Vous diriez que …").
"""

from __future__ import annotations

FREE_CUES: dict[str, dict[str, str]] = {
    "open": {
        "en": "write freely|feel free to write|free text|in any words you like",
        "es": "escribe libremente|escriba libremente|escribe con libertad|texto libre",
        "fr": "écris librement|écrivez librement|texte libre|écris ce que tu veux|écrivez ce que vous voulez",
        "de": "schreib frei|schreiben sie frei|frei formulieren|frei heraus|freitext",
        "pt": "escreva livremente|escreve livremente|texto livre|à vontade para escrever",
    },
    "no_wrong_answer": {
        "en": "re:\\bno\\s+(?:right\\s+or\\s+wrong|wrong|right|bad|good\\s+or\\s+bad|correct)\\s+answers?\\b",
        "es": "re:\\bno\\s+hay\\s+respuestas?\\s+(?:correctas?|incorrectas?|buenas?|malas?)(?:\\s+(?:o|ni)\\s+(?:correctas?|incorrectas?|buenas?|malas?))?",
        "fr": "re:\\b(?:pas|aucune)\\s+de\\s+(?:bonnes?|mauvaises?)\\s+(?:ou\\s+(?:de\\s+)?(?:bonnes?|mauvaises?)\\s+)?réponses?\\b|ni bonne ni mauvaise réponse",
        "de": "re:\\bkeine\\s+(?:richtigen?|falschen?)\\s+(?:oder\\s+(?:richtigen?|falschen?)\\s+)?antworten?\\b|kein richtig oder falsch|kein richtig und kein falsch",
        "pt": "re:\\bnao\\s+ha\\s+respostas?\\s+(?:certas?|erradas?|boas?|más)(?:\\s+(?:ou|nem)\\s+(?:certas?|erradas?|boas?|más))?",
    },
    "choose": {
        "en": "whichever fits best|the one that fits best|whichever fits you best|whichever applies|whatever fits best|the one that fits you best|whichever suits you best|the one that suits you best",
        "es": "nombra|menciona|mencione|la que mejor encaje|el que mejor encaje|la que mejor te encaje|la que mejor le encaje|la que mejor se ajuste|el que mejor se ajuste|la que más se ajuste|la que mejor te describa|la que mejor le describa",
        "fr": "cite|citez|nomme|nommez|celle qui te correspond le mieux|celle qui vous correspond le mieux|celui qui te correspond le mieux|celui qui vous correspond le mieux|celle qui correspond le mieux|celui qui correspond le mieux|celle qui convient le mieux|celui qui convient le mieux",
        "de": "die am besten passt|der am besten passt|das am besten passt|was am besten passt|die am ehesten zutrifft|was am ehesten zutrifft|die am besten zutrifft|was am besten zutrifft",
        "pt": "cite|mencione|nomeie|a que melhor se aplica|o que melhor se aplica|a que mais se aplica|a que melhor encaixa|a que melhor combina|o que melhor combina|a que melhor te descreve|a que melhor o descreve",
    },
    "several": {"de": "mehreres"},
    "rank": {
        "en": "re:\\bwhat\\s+would\\s+(?:your|the)\\s+order\\s+be\\b|re:\\bwhat\\s+order\\s+would\\s+you\\s+put\\b|re:\\b(?:numbers|letters)\\s+in\\s+order\\b",
        "es": "re:\\bcual\\s+seria\\s+(?:tu|su|el)\\s+orden\\b|re:\\b(?:numeros|letras)\\s+en\\s+orden\\b",
        "fr": "re:\\bquel\\s+serait\\s+(?:ton|votre|l')\\s*ordre\\b|re:\\b(?:numeros|chiffres|lettres)\\s+dans\\s+l'ordre\\b",
        "de": "re:\\bwie\\s+sahe\\s+(?:deine|ihre|die)\\s+reihenfolge\\b",
        "pt": "re:\\bqual\\s+seria\\s+(?:a\\s+)?(?:sua|tua)\\s+ordem\\b|re:\\b(?:numeros|letras)\\s+por\\s+ordem\\b",
    },
    "desire": {
        "en": "like to|want to|wanted to|need to|love to|keen to|curious|wondering|wonder",
        "es": "gustaría|queremos|quisiéramos|quisiera|queríamos|necesitamos|quiero|me interesa|nos interesa",
        "fr": "aimerions|aimerais|voudrions|voudrais|souhaitons|souhaiterions|souhaiterais|voulons|besoin de|aimerait",
        "de": "gern|gerne|möchten|möchte|wollen|wollten|würden … wissen|interessiert",
        "pt": "gostaríamos|gostaria|queremos|queríamos|precisamos|quero|quería",
    },
    "rank_verb": {
        "en": "rank|order|sort|prioritise|prioritize",
        "es": "ordenar|ordena|ordene|ordenes|clasificar|clasifica|clasifique|priorizar|prioriza|priorice",
        "fr": "classer|classe|classez|classes|ordonner|ordonne|ordonnez|hiérarchiser|hiérarchise|hiérarchisez",
        "de": "ordnen|ordne|ordnest|sortieren|sortiere|sortierst|reihen|priorisieren|priorisiere",
        "pt": "ordenar|ordena|ordene|classificar|classifica|classifique|priorizar|priorize",
    },
    "rank_by": {
        "en": "by|from|according to|based on|in terms of|in order of|on how|for how",
        "es": "según|por|de más|de mayor|de menos|en función de|en orden de|desde",
        "fr": "selon|par|du plus|du moins|en fonction de|dans l'ordre|d'après",
        "de": "nach|danach|vom|von|je nachdem",
        "pt": "pelo|pela|por|segundo|conforme|do mais|do menos|em função de|de acordo com",
    },
    "framing": {"fr": "tu dirais|vous diriez|tu décrirais|vous décririez|tu qualifierais|vous qualifieriez"},
}  # fmt: skip
