"""More words of session 13 (merged into koji_tui.questions.lexicon's CUES; a family named
there too gets these words added).

* ``open`` (added): an invitation to write freely ("Write freely", "Écris librement");
* ``no_wrong_answer``: the reassurance that no answer is wrong, whose "answer" is no
  instruction to answer by a unit ("There is no wrong answer", "il n'y a pas de bonne
  réponse"); koji_tui.questions.cues reads past it;
* ``choose`` (added): name them ("Cite tout ce qui s'applique"); take the one that fits best ("Nimm einfach die, die am besten passt",
  "whichever fits best", "la que mejor encaje");
* ``several`` (added): German "mehreres" ("Du kannst gern mehreres auswählen");
* ``multi`` (added): tell me all that apply, as said ("dime todas las que te encajen", "me fala
  todos que valem", "Dis-moi tout ce qui …");
* ``other`` (added): somewhere or some way else ("irgendwo anders", "soit autrement");
* ``yn_start`` (added): a role as "c'est toi le titulaire …?", a Portuguese conditional first
  ("Voltaria a comprar connosco?");
* ``both`` (added): "un peu des deux", "ein bisschen von beidem", "um pouco dos dois";
* ``or_more`` (added): a band's open end said with "and" ("7 € et plus", "8 € und mehr");
* ``opt_out``: an answer that declines ("Don't know", "Weiß nicht", "Ninguna"): an "Other"
  just before it still closes the real options;
* ``correlative``: the word before each or the first of correlated options ("either A or B",
  "soit A, soit B", "entweder A oder B", "ou A, ou B"), no part of an option;
* ``rating`` (added): the anglicism "rate" ("Comment tu rates …"), "give a number" ("un
  número", "eine Zahl", "um número");
* ``best_describes`` (added): "Welche Begriffe beschreiben …?", "Quelles qualités décrivent …?";
* ``rank`` (added): "ranken"; from the favourite to the least ("du préféré au moins aimé"); the order asked for as a noun ("what would your order be?", "quel serait
  ton ordre ?", "wie sähe deine Reihenfolge aus?", "qual seria a sua ordem?") and the keys
  given in order ("list the numbers in order");
* ``desire``: the wish before an indirect yes/no told as a statement ("We would LIKE TO know
  whether …", "Nos GUSTARÍA saber si …", "Wir würden GERN wissen, ob …"): koji_tui.questions.
  yes_no reads such a sentence as the question;
* ``named_lead``: the words that name a ranking's options before it asks the order ("thinking
  about speed, price and quality, tell me which comes first", "entre le prix, …");
* ``subordinate``: a conjunction that opens a clause, no option ("Was müsste passieren, DAMIT
  daraus eine Neun oder Zehn wird?", "…, so that it becomes a nine or a ten?");
* ``options_are``: the options announced after the question ("The options are: …", "Las
  opciones son: …", "Die Möglichkeiten sind: …"): koji_tui.questions.inline reads what follows;
* ``framing`` (added): French framing without inversion ("Tu dirais que …", "Vous diriez que …")
  and the spoken "would that be …" ("¿Sería …?", "Ce serait …", "Wäre das …?", "Seria …?").
"""

from __future__ import annotations

FREE_CUES: dict[str, dict[str, str]] = {
    "open": {
        "en": "as much or as little|write as much as|as long or as short|write freely|feel free to write|free text|in any words you like",
        "es": "tanto como quieras|tanto como quiera|mucho o poco|escribe libremente|escriba libremente|escribe con libertad|texto libre",
        "fr": "écris autant que|écrivez autant que|beaucoup ou peu|écris librement|écrivez librement|texte libre|écris ce que tu veux|écrivez ce que vous voulez",
        "de": "so viel oder so wenig|so viel du willst|so viel sie wollen|schreib frei|schreiben sie frei|frei formulieren|frei heraus|freitext",
        "pt": "o quanto quiser|muito ou pouco|escreva livremente|escreve livremente|texto livre|à vontade para escrever",
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
    "several": {"de": "mehreres", "pt": "mais do que um|mais do que uma"},
    "rating": {"fr": "rates|rater|rate|notes|un chiffre|un nombre|combien d'étoiles", "es": "rates|ratea|un número|una cifra", "de": "eine zahl|raten sie|ratest", "pt": "um número|uma nota"},
    "best_describes": {
        "en": "describe this|describe it best",
        "es": "re:\\bque\\b[^?]{0,30}\\bdescriben?\\b",
        "fr": "re:\\b(?:quels|quelles|lesquels|lesquelles)\\b[^?]{0,30}\\bdécrivent\\b",
        "de": "re:\\bwelche\\w*\\b[^?.]{0,30}\\bbeschreiben\\b",
        "pt": "re:\\bquais\\b[^?]{0,30}\\bdescrevem\\b",
    },
    "multi": {
        "en": "tell me all the ones that apply|tell me all that apply|all the ones that apply|name all the ones",
        "es": "todas las que te encajen|todas las que le encajen|todos los que te encajen|todas las que apliquen|todos los que apliquen|dime todas las que|dime todos los que",
        "fr": "dis-moi tout ce qui|dites-moi tout ce qui|dis-moi toutes celles|dites-moi toutes celles|dites-moi tous ceux|dis-moi tous ceux",
        "de": "sag mir alle|sagen sie mir alle|nenn mir alle|nennen sie mir alle",
        "pt": "todos que valem|todas que valem|todos os que valem|todas as que valem|me fala todos|me fala todas|diga todos os que|diga todas as que",
    },
    "other": {
        "en": "anywhere else|some other way|another way",
        "es": "en otra parte|de otra forma|de otra manera|otro sitio",
        "fr": "autrement|d'une autre façon|d'une autre manière|autre part",
        "de": "irgendwo anders|irgendwo sonst|auf anderem weg",
        "pt": "noutro lugar|de outra forma|de outra maneira|outro sítio",
    },
    "yn_start": {
        "fr": "re:^c'est\\s+(?:vous|toi)\\s+(?:le|la|l')",
        "pt": "re:^[a-z]{3,}(?:aria|eria|iria)\\s+(?:a|de|o|os|as|com|em|no|na|se|lhe|me|nos)\\b",
    },
    "both": {
        "en": "a bit of each|some of both", "es": "un poco de los dos|un poco de ambos|un poco de todo",
        "fr": "un peu des deux|un peu de chaque|un peu de tout", "de": "ein bisschen von beidem|etwas von beidem|von beidem etwas",
        "pt": "um pouco dos dois|um pouco de cada|um pouco de ambos",
    },
    "or_more": {
        "en": "and more|and up|and above|or above", "es": "y más|o más", "fr": "et plus|ou plus",
        "de": "und mehr|oder mehr|und darüber", "pt": "e mais|ou mais",
    },
    "opt_out": {
        "en": "don't know|do not know|not sure|none|none of these|none of the above|prefer not to say|no preference|n/a",
        "es": "no sé|no lo sé|no sabe|ninguno|ninguna|ninguna de estas|ninguno de estos|ninguna de las anteriores|prefiero no decirlo|prefiero no responder",
        "fr": "je ne sais pas|ne sait pas|ne sais pas|aucun|aucune|aucune de ces réponses|aucun de ceux-ci|je préfère ne pas répondre",
        "de": "weiß nicht|weiss nicht|keine angabe|keiner davon|keine davon|keines davon|keine|möchte ich nicht sagen",
        "pt": "não sei|nenhum|nenhuma|nenhuma das anteriores|nenhum destes|prefiro não dizer|prefiro não responder",
    },
    "correlative": {
        "en": "either", "es": "o bien|ya sea|o", "fr": "soit|ou bien|ou", "de": "entweder", "pt": "ou|seja",
    },
    "rank": {
        "en": "re:\\bfrom\\s+(?:your\\s+|the\\s+)?(?:favou?rite|best|most\\s+liked)\\b[^.?!\\n]{0,30}?\\bto\\s+(?:your\\s+|the\\s+)?least\\b|re:\\bwhat\\s+would\\s+(?:your|the)\\s+order\\s+be\\b|re:\\bwhat\\s+order\\s+would\\s+you\\s+put\\b|re:\\b(?:numbers|letters)\\s+in\\s+order\\b",
        "es": "re:\\bcual\\s+seria\\s+(?:tu|su|el)\\s+orden\\b|re:\\b(?:numeros|letras)\\s+en\\s+orden\\b|re:\\b(?:ordena|ordene|clasifica|clasifique|prioriza|priorice)(?:me|nos)\\b|empezando por la que más|empezando por el que más|empezando por lo que más|empezando por la más|empezando por el más",
        "fr": "re:\\bdu\\s+(?:prefere|favori|meilleur|plus\\s+aime)\\b[^.?!\\n]{0,30}?\\bau\\s+moins\\b|re:\\bquel\\s+serait\\s+(?:ton|votre|l')\\s*ordre\\b|re:\\b(?:numeros|chiffres|lettres)\\s+dans\\s+l'ordre\\b",
        "de": "ranken|ranke|rankst|rankt|re:\\bvon\\s+am\\s+meisten\\b[^.?!\\n]{0,30}?\\bbis\\s+am\\s+wenigsten\\b|re:\\bwie\\s+sahe\\s+(?:deine|ihre|die)\\s+reihenfolge\\b|sortierst|sortiert|re:\\bzuerst\\b[^.?!\\n]{0,40}?\\bdann\\b|und so weiter bis zum schluss|bis zum letzten",
        "pt": "ranqueia|ranqueie|ranquear|ranqueie|re:\\bdo\\s+que\\s+(?:voce\\s+)?mais\\s+\\w+\\s+(?:para|ao)\\s+o\\s+que\\s+menos\\b|organize estes|organize estas|re:\\bqual\\s+seria\\s+(?:a\\s+)?(?:sua|tua)\\s+ordem\\b|re:\\b(?:numeros|letras)\\s+por\\s+ordem\\b",
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
    "named_lead": {
        "en": "thinking about|thinking of|when it comes to|between|among|of",
        "es": "pensando en|entre|de entre|en cuanto a",
        "fr": "en pensant à|entre|parmi|pour ce qui est de",
        "de": "wenn sie an|wenn du an|denken sie an|denk an|zwischen|unter|von",
        "pt": "pensando em|entre|dentre|quanto a",
    },
    "subordinate": {
        "en": "so that|because|if|when|while|although|unless|until|since|before|after|in order to",
        "es": "para que|porque|si|cuando|aunque|mientras|antes de que|después de que|de modo que|con tal de que",
        "fr": "pour que|afin que|afin de|parce que|si|quand|lorsque|bien que|avant que|pendant que|de sorte que",
        "de": "damit|dass|weil|wenn|ob|obwohl|als|bevor|nachdem|sodass|so dass|während|falls",
        "pt": "para que|porque|se|quando|embora|enquanto|antes que|depois que|de modo que|caso",
    },
    "options_are": {
        "en": "the options are|your options are|the choices are|the possible answers are|you can choose between|you can choose from|you can say|it could be|it can be",
        "es": "las opciones son|tus opciones son|sus opciones son|puede elegir entre|puedes elegir entre|puede ser|pueden ser|puedes decir|puede decir",
        "fr": "les options sont|les choix sont|les réponses possibles sont|tu peux choisir entre|vous pouvez choisir entre|ça peut être|cela peut être|tu peux dire|vous pouvez dire",
        "de": "die möglichkeiten sind|die optionen sind|zur auswahl stehen|die antwortmöglichkeiten sind|sie können wählen zwischen|du kannst wählen zwischen|du kannst sagen|sie können sagen|das kann sein",
        "pt": "as opções são|suas opções são|as suas opções são|pode escolher entre|podes escolher entre|pode ser|podem ser|pode dizer|podes dizer",
    },
    "framing": {
        "en": "would that be|would it be",
        "es": "sería|serían",
        "fr": "tu dirais|vous diriez|tu décrirais|vous décririez|tu qualifierais|vous qualifieriez|ce serait|serait-ce",
        "de": "wäre das|wäre es|wären das|wären es",
        "pt": "seria|seriam",
    },
}  # fmt: skip
