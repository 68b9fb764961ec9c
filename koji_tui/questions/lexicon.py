"""Every word question detection knows, in English, Spanish, French, German and Portuguese.

Data only (koji_tui.questions.cues compiles it). ``CUES`` holds families of cues rather than fixed
phrases: what an interviewer says to ask for a choice is an *instruction* ("select", "reply with
the number"), a *permission* ("you can", "feel free", "possible"), a *quantity* ("several", "more
than one") or a *limit* ("up to 3"), a *framing verb* ("would you say …, … or …?"), and so on.
Detection combines families (a permission next to a quantity is a multiple choice, whatever the
words; a limit or a quantity said alone, beside nothing but a courtesy, "No more than 3, please.",
"Várias, se quiser.", is one too), so a new phrasing of a known family is caught without being
listed. tests/questions/corpus_stress.py crosses each family with the five languages and the
list shapes; a word added here should come with a case there.

Phrase syntax (matched on folded text: lower case, accents and curly quotes removed, so "Qué",
"que" and "QUE" are one word; write words with their accents, they are folded too):

* ``|`` separates phrases; a space is any run of spaces;
* ``word*`` is a word that goes on ("recommend*" is also "recommendation");
* ``…`` is a gap of up to four words; ``#`` is a count (digits or a number word below);
* ``re:`` starts a raw regular expression (on folded text) for the few cues that need one.
"""

from __future__ import annotations

from koji_tui.questions.lexicon_comment import COMMENT_CUES
from koji_tui.questions.lexicon_free import FREE_CUES
from koji_tui.questions.lexicon_order import ORDER_CUES, merge_into
from koji_tui.questions.lexicon_reflect import EXAMPLE_CUES, PLURAL_CUES, REFLECT_CUES
from koji_tui.questions.lexicon_sentence import SENTENCE_CUES
from koji_tui.questions.lexicon_sms import SMS_CUES
from koji_tui.questions.lexicon_yes_no import YES_NO_CUES

LANGUAGES = ("en", "es", "fr", "de", "pt")

CUES: dict[str, dict[str, str]] = {
    # ---------------------------------------------------------------- asking for a choice
    # interrogatives that ask to pick ("which …?"), and words that announce options
    "choice_wh": {
        "en": "which|what|option|options|the following|one of|prefer|how often|how many|how much|how long|how did|how do",
        "es": "cuál|cuáles|qué|opción|opciones|lo siguiente|prefieres|prefiere|con qué frecuencia|cuántos|cuántas|cuánto|cómo",
        "fr": "quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles|que|qu'|quoi|option|options|préfér*|à quelle fréquence|combien|comment",
        "de": "welche|welcher|welches|welchen|was|option|optionen|bevorzugen|wie oft|wie viele|wie viel|wie lange|wie",
        "pt": "qual|quais|que|opção|opções|prefere|com que frequência|quantos|quantas|quanto|como",
    },
    # the interrogatives that ask to pick one of named things (options in parentheses need one)
    "which": {
        "en": "which|what", "es": "cuál|cuáles|qué", "fr": "quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles",
        "de": "welche|welcher|welches|welchen|was", "pt": "qual|quais|que",
    },
    # instruction: verbs that ask to choose
    "choose": {
        "en": "select*|choose|choosing|pick|picking|tick|check|mark|circle|highlight|name|mention|tap|touch|press|click|stick with one|keep one|keep just one|keep only one",
        "es": "selecciona*|seleccione*|elige|elija*|elegir|escoge|escoja*|escoger|marca|marque*|marcar|señala*|indica|indique*|indicar|toca|toque|pulsa|pulse|quédate con una|quédate con uno|quédese con una|quédese con uno|quedarte con una|quedarte con uno",
        "fr": "sélectionn*|choisi*|coche*|cocher|indique*|indiquer|retene*|retenir|retiens|entoure*|touchez|appuyez|cliquez|gardez-en un|gardez-en une|garde-en un|garde-en une|n'en gardez qu'un*",
        "de": "wähl*|auswähl*|ankreuz*|kreuzen|markier*|nenn*|aussuch*|tippen sie|tippe|klicken sie|klicke|behalten sie nur eine*|behalte nur eine*|behalten sie eine*",
        "pt": "selecion*|escolh*|marqu*|marca|marcar|assinal*|indiqu*|indica|indicar|toque|clique|fica com um|fica com uma|fique com um|fique com uma",
    },
    # instruction: verbs that ask for an answer; they count with a unit ("reply with the number")
    "reply": {
        "en": "reply|answer|respond|type|write|send|tell me|tell us|let me know|let us know|just say|give me|enter|say",
        "es": "respond*|contest*|escrib*|dime|dinos|indica*|envía*|di",
        "fr": "répond*|écrivez|écris|écrire|indiquez|indiquer|dites-moi|dites-nous|donnez|envoyez|tapez",
        "de": "antwort*|schreib*|sagen sie mir|nennen|geben sie|tippen|teilen sie mir",
        "pt": "respond*|escrev*|diga*|indique|indicar|informe*|envie",
    },
    "unit": {
        "en": "number|numbers|letter|letters|option|options|one|ones|choice|choices|answer|answers|item|items|whichever|whatever",
        "es": "número*|letra*|opción|opciones|respuesta*|cuál|cuáles|la que|el que|las que|los que",
        "fr": "numéro*|chiffre*|lettre*|option*|réponse*|choix|celle|celui|celles|ceux|laquelle|lequel",
        "de": "nummer*|zahl*|buchstabe*|option*|antwort*|welche*|passende*|was zutrifft|was passt",
        "pt": "número*|letra*|opção|opções|resposta*|qual|quais|a que|o que",
    },
    # permission: "you can", "feel free", "… is fine", "possible"
    "permission": {
        "en": "can|may|could|feel free|welcome to|fine|okay|ok|allowed|possible|no problem|free to|works|is good|are good|acceptable|go ahead",
        "es": "puedes|puede|pueden|podéis|no dudes|siéntete libre|está bien|vale|se puede|permitid*|posible*|sin problema|sirve|se admite*|se acepta*|válid*",
        "fr": "vous pouvez|tu peux|on peut|n'hésitez pas|n'hésite pas|possible*|autorisé*|libre de|accepté*|ça marche|c'est bon",
        "de": "können|kannst|könnt|dürfen|darfst|gern*|möglich|erlaubt|ruhig|problemlos|in ordnung|okay|geht",
        "pt": "pode|podes|podem|fique à vontade|sinta-se à vontade|possíve*|permitid*|sem problema|vale|serve|tudo bem|aceit*|válid*",
    },
    # quantity: more than one answer (counts with an instruction, a permission or "that apply")
    "several": {
        "en": "more than one|more then one|several|multiple|a couple|a few|a handful|two or three|any or all|as many|as many … as|re:\\bany(?=\\s*(?:\\)|\\.|!|;|$))|any number|any combination|one or more|any that|whichever apply|everything|any and all|re:(?<!of )\\ball(?= that| the | of | those| which| you|[.,;:!]|$)|every|everyone|everybody",
        "es": "varios|varias|un par|unas cuantas|todas las que quieras|todos los que quieras|todas las que quiera|todos los que quiera|las que quieras|los que quieras|unos cuantos|dos o tres|más de una|más de uno|tantas como|tantos como|tantas … como|tantos … como|cuantas … quieras|cuantos … quieras|cuantas … quiera|cuantos … quiera|todo lo que|re:(?<!de )\\btod[oa]s\\b|cuantas quieras|cuantos quieras|cuantas necesites|cuantos necesites|una o más|uno o más",
        "fr": "plusieurs|quelques-unes|quelques-uns|deux ou trois|plus d'une|plus d'un|autant d'|autant de|autant … que|tout ce qui|re:(?<!de )\\btou(?:te)?s\\b|autant que|autant qu'|une ou plusieurs|un ou plusieurs",
        "de": "mehrere|ein paar|einige|zwei oder drei|so viele … wie|mehr als eine|mehr als einen|mehr als ein|alle|alles|beliebig viele|so viele|eine oder mehrere|mehrfach*",
        "pt": "vários|várias|algumas|alguns|duas ou três|dois ou três|mais de uma|mais de um|quantas … quiser|quantos … quiser|quantas … quiserem|tudo o que|re:(?<!de )\\btod[oa]s\\b|quantas quiser|quantos quiser|uma ou mais|um ou mais",
    },
    # "… that apply": a quantity's usual completion
    "applies": {
        "en": "that appl*|apply|applies|that fit*|that match*|that are relevant|that relate*|applicable|relevant",
        "es": "que apliquen|que se apliquen|que correspondan|que te apliquen|que encajen|que procedan|que aplican",
        "fr": "qui s'appliquent|qui vous correspondent|qui correspondent|concerné*|pertinent*",
        "de": "zutreffend*|passend*|die zutreffen|die passen|zutrifft|was passt|relevant*|infrage kommend*",
        "pt": "que se aplicam|que se aplique*|que correspondem|que se encaixam|aplicáve*|relevante*",
    },
    # a multiple choice said in so many words, alone
    "multi": {
        "en": "all that apply|select all|check all|tick all|choose all|mark all|multiple answers|multiple choices|multiple selections|check the ones that|tick the ones that|pick the ones that|select the ones that|mark the ones that|check those that|tick those that|select those that|choose those that",
        "es": "todas las que apliquen|varias respuestas|respuesta múltiple|selección múltiple|más de una respuesta|más de una opción|re:\\b(?:marque|marca|seleccione|selecciona|elija|elige|señale|señala)\\s+(?:las|los|aquellas|aquellos)\\s+que\\b",
        "fr": "plusieurs réponses|réponses multiples|choix multiple*|plusieurs choix|re:\\b(?:cochez|coche|selectionnez|selectionne|choisissez|choisis|indiquez|indique)\\s+(?:celles|ceux)\\s+qu",
        "de": "mehrfachauswahl|mehrfachnennung*|mehrfachantwort*|mehrere antworten|kreuzen sie alle|kreuz alle|markieren sie alle|wählen sie alle",
        "pt": "várias respostas|múltipla escolha|mais de uma resposta|mais de uma opção|re:\\b(?:marque|marca|selecione|seleciona|escolha|escolhe|assinale|assinala|indique)\\s+(?:as|os|aquelas|aqueles)\\s+que\\b",
    },
    # one answer said in so many words: never a multiple choice
    "just_one": {
        "en": "only one|just one|a single|one only|one answer|pick one|choose one|select one|which one|the one that|the one you|just the main one|only the main one|the main one|re:\\b(?:just|only) (?:the|your) (?:main|usual|most common|most frequent) (?:one|way|method|option|channel|place)\\b",
        "es": "solo una|solo uno|una sola|un solo|una única|elige una|elige uno|solo la principal|solo el principal|solo la más habitual|solo el más habitual|solo la forma más habitual|re:\\bsolo (?:la|el) (?:forma |opcion |via |medio |sitio )?(?:principal|mas habitual|mas frecuente|mas comun)\\b",
        "fr": "une seule|un seul|une réponse|choisissez-en une|choisissez-en un|juste la principale|juste le principal|seulement la principale|seulement le principal|re:\\b(?:juste|seulement|uniquement) (?:la|le) (?:moyen |facon |option |mode )?(?:principale?|plus frequente?|plus courante?|plus habituel(?:le)?)\\b",
        "de": "nur eine|nur einen|nur ein|genau eine|genau einen|nur die wichtigste|nur den wichtigsten|nur das wichtigste|re:\\bnur (?:die|den|das) (?:wichtigste|haufigste|ubliche)[nms]?\\b",
        "pt": "apenas uma|apenas um|só uma|só um|uma única|escolha uma|escolha um|só a principal|só o principal|apenas a principal|apenas o principal|re:\\b(?:so|apenas|somente) (?:a|o) (?:forma |opcao |meio |canal )?(?:principal|mais frequente|mais comum|mais usad[ao])\\b",
    },
    # what makes "just one" no answer count: "just one more question", "solo una pregunta más"
    "one_more": {
        "en": "more|last|quick|thing|question|sec|second|moment", "es": "más|pregunta|cosa|momento",
        "fr": "dernière|autre|question|chose|instant", "de": "noch|letzte|frage|sache|moment",
        "pt": "mais|última|pergunta|coisa|momento",
    },
    # limit: "up to 3", "dos como máximo" (with a count of 2 or more)
    "limit": {
        "en": "up to #|at most #|no more than #|not more than #|a maximum of #|maximum of #|max #|maximum #|# at most|# max|# maximum|your top #|top #|only #|just #|# answer* maximum|# answer* max|# answer* at most|# choice* maximum|# choice* max|# choice* at most|# option* maximum|# option* max|# option* at most",
        "es": "hasta #|como máximo #|# como máximo|un máximo de #|máximo #|# máximo|no más de #|solo #|solamente #|# respuesta* como máximo|# respuesta* máximo|# respuesta* como mucho|# opci* como máximo|# opci* máximo",
        "fr": "jusqu'à #|au maximum #|# au maximum|au plus #|# au plus|pas plus de #|# maximum|maximum #|un maximum de #|seulement #|# réponse* maximum|# réponse* au maximum|# réponse* max|# réponse* au plus|# choix maximum|# choix au maximum|# choix max|# option* maximum|# option* au maximum",
        "de": "bis zu #|höchstens #|maximal #|nicht mehr als #|nur #|# davon|# antwort* höchstens|# antwort* maximal|# nennung* höchstens|# nennung* maximal",
        "pt": "até #|no máximo #|# no máximo|um máximo de #|máximo #|não mais de #|apenas #|só #|# resposta* no máximo|# resposta* máximo|# op* no máximo|# op* máximo",
    },
    # a count right after an interrogative: "which two …", "¿cuáles son las tres …"
    "wh_count": {
        "en": "which #|what # |which are the #|what are the #",
        "es": "cuáles son las #|cuáles son los #|qué #|cuáles #",
        "fr": "quels sont les #|quelles sont les #|quels #|quelles #|lesquels #|lesquelles #",
        "de": "welche #|welches sind die #",
        "pt": "quais são os #|quais são as #|quais #",
    },
    # what may stand between a choice verb and its count: "choose two", "choisissez-en deux"
    "count_filler": {
        "en": "your|the|any", "es": "tus|las|los|sus", "fr": "en|-en|vos|tes|les", "de": "sie|ihre|die",
        "pt": "as|os|as suas|os seus|suas|seus",
    },
    # what may stand beside a unit said alone: "Just the number.", "Bitte nur die Zahl."
    "only": {
        "en": "just|only|the|a|your", "es": "solo|solamente|el|la|un|una|su|tu",
        "fr": "juste|seulement|uniquement|le|la|un|une|votre", "de": "nur|die|den|das|eine|einen|bloß|ihre",
        "pt": "só|apenas|somente|o|a|um|uma|sua",
    },
    # an indirect yes/no question: "We'd like to know WHETHER you …", "savoir SI vous …"
    "whether": {
        "en": "re:\\b(?:know|ask|wondering|wonder|curious|check|confirm|find out|tell (?:us|me)|let (?:us|me) know)\\s+(?:if|whether)\\s*(?:,[^,?]{1,60},\\s*)?(?=(?:you|your)\\b)",
        "es": "re:\\b(?:saber|preguntar\\w*|confirmar|decir(?:nos|me)|indicar(?:nos|me)|contar(?:nos|me))\\s+si\\s*(?:,[^,?]{1,60},\\s*)?(?=(?:usted|tu|su|sus|ya|todavia|sigue)\\b|[a-z]+(?:a|e|as|es|an|en)\\b)",
        "fr": "re:\\b(?:savoir|demander|verifier|confirmer|dire|indiquer|preciser)\\s+si\\s*(?:,[^,?]{1,60},\\s*)?(?=(?:vous|tu|votre|vos)\\b)",
        "de": "re:\\b(?:wissen|fragen|erfahren|pr[uü]fen|sagen|mitteilen|angeben)\\s*,?\\s+ob\\s*(?:,[^,?]{1,60},\\s*)?(?=(?:sie|du|ihr|ihre)\\b)",
        "pt": "re:\\b(?:saber|perguntar|confirmar|dizer(?:-nos|-me)?|indicar(?:-nos|-me)?|informar(?:-nos|-me)?)\\s+se\\s*(?:,[^,?]{1,60},\\s*)?(?=(?:voce|o senhor|a senhora|sua|seu|ja|ainda)\\b|[a-z]+(?:a|e|em|am|ou|eu|iu)\\b)",
    },
    # what may stand beside a limit said alone: "No more than 3, please.", "Máximo dos, por favor."
    "polite": {
        "en": "please|thanks|thank you|is fine|is ok|is okay|would be great|ideally|you like|you want|you wish|you need|if you like|if you want",
        "es": "por favor|gracias|está bien|idealmente|si quieres|si quiere|si lo deseas|que quieras", "fr": "s'il vous plaît|s'il te plaît|merci|idéalement|si vous voulez|si vous le souhaitez|si tu veux",
        "de": "bitte|danke|idealerweise|wenn sie möchten|wenn sie wollen|wenn du willst", "pt": "por favor|obrigado|obrigada|está bom|idealmente|se quiser|se preferir|que quiser",
    },
    # an example, not the options: "(e.g. Slack or Teams)", "(por ejemplo, …)"
    "examples": {
        "en": "e.g.|eg|for example|for instance|such as|like|say|including|incl.|i.e.",
        "es": "por ejemplo|p. ej.|como|tipo", "fr": "par exemple|p. ex.|comme|notamment|type",
        "de": "z. b.|z.b.|zum beispiel|etwa|wie|beispielsweise", "pt": "por exemplo|como|tipo|ex.",
    },
    # ranking
    # … and its closing instructions ("put the most important first", "Das Wichtigste zuerst")
    # and the span from one end to the other in every gender ("de la más … a la menos …")
    "rank": {
        "en": "rank|ranks|ranking|prioriti*|re:\\bnumber\\s+(?:them|these|those|the following|each|the items|the options)\\s+(?:from\\s+)?1\\b|re:(?:put|place|list|sort|arrange)\\s+(?:them|these|those|the following|each|the items|the options)\\b[^.?!\\n]{0,40}\\border\\b|re:\\border\\s+(?:them|these|those|the following|each|from|by)\\b|re:in\\s+order\\s+of\\s+(?:priority|importance|preference)|re:\\bfrom\\s+(?:the\\s+)?(?:most|highest|best)\\b[^.?!\\n]{0,40}?\\bto\\s+(?:the\\s+)?(?:least|lowest|worst)\\b|most important first|top first|priority order|order of priority|order of preference|order of importance|re:\\bsort\\s+(?:them|these|those|the following)\\s+by\\b|put … first|place … first|list … first|rank … first|put … most first|list … most first|place … most first|start with your top|start with your most|start with your favorite|start with your favourite|start with your best|start with your highest|start with the top|start with the most|start with the favorite|start with the favourite|start with the best|start with the highest|begin with your top|begin with your most|begin with your favorite|begin with your favourite|begin with your best|begin with your highest|begin with the top|begin with the most|begin with the favorite|begin with the favourite|begin with the best|begin with the highest|from the one … most to the one … least|from the ones … most to the ones … least|from the thing … most to the thing … least",
        "es": "re:\\bnumer(?:a|e|ad)\\s+(?:del|de|desde\\s+el)\\s+1\\b|ordena|ordene|ordenar|ordenes|ordenaría*|ordenara|ordenaras|ordenase|ordenases|clasificara|clasificase|priorizara|priorizase|de mayor a menor|de menor a mayor|en qué orden|clasifica|clasifique|jerarquiza|prioriza|re:\\b(?:pon|ponga|ponlos|ponlas|pongalo|pongala|pongalos|pongalas|ponlo|ponla|coloca|coloque|organiza|organice)\\b[^.?!\\n]{0,40}\\b(?:en|por)\\s+orden\\b|de más a menos|del más al menos|por orden de|en orden de|pon … primero|pon … en primer lugar|ponga … primero|ponga … en primer lugar|ponlo … primero|ponlo … en primer lugar|ponla … primero|ponla … en primer lugar|coloca … primero|coloca … en primer lugar|coloque … primero|coloque … en primer lugar|empieza por el más|empieza por el que|empieza por la más|empieza por la que|empieza por lo más|empieza por lo que|empiece por el más|empiece por el que|empiece por la más|empiece por la que|empiece por lo más|empiece por lo que|comienza por el más|comienza por el que|comienza por la más|comienza por la que|comienza por lo más|comienza por lo que|comience por el más|comience por el que|comience por la más|comience por la que|comience por lo más|comience por lo que|de la más … a la menos|de la menos … a la más|del más … al menos|del menos … al más|de los más … a los menos|de las más … a las menos|de lo más … a lo menos",
        "fr": "re:\\bnum[ée]rot(?:ez|er|e)(?:-les)?\\s+(?:de|les\\s+options\\s+de)\\s+1\\b|classez|classer|classe|classiez|classeriez|ordonniez|ordonnez|ordonner|ordonneriez|hiérarchis*|dans quel ordre|priorisez|par ordre d'|dans l'ordre|re:\\bdu\\s+plus\\b[^.?!\\n]{0,30}?\\bau\\s+moins\\b|mettez … en premier|mettez … en tête|mettez … d'abord|mets … en premier|mets … en tête|mets … d'abord|placez … en premier|placez … en tête|placez … d'abord|place … en premier|place … en tête|place … d'abord|classez … en premier|classez … en tête|classez … d'abord|commencez par le|commencez par la|commencez par les|commencez par celui|commencez par celle|de la plus … à la moins|des plus … aux moins|du moins … au plus",
        "de": "re:\\bnummerier(?:en|e|t)\\s+(?:sie\\s+)?(?:die\\s+\\w+\\s+)?von\\s+1\\b|ordnen|ordne|ordnet|in welcher reihenfolge|sortieren|sortiere|reihen|reihenfolge|vom wichtigsten|priorisieren|rangfolge|das wichtigste zuerst|das liebste zuerst|das beste zuerst|das dringendste zuerst|das wichtigsten zuerst|das liebsten zuerst|die wichtigste zuerst|die liebste zuerst|die beste zuerst|die dringendste zuerst|die wichtigsten zuerst|die liebsten zuerst|den wichtigste zuerst|den liebste zuerst|den beste zuerst|den dringendste zuerst|den wichtigsten zuerst|den liebsten zuerst|der wichtigste zuerst|der liebste zuerst|der beste zuerst|der dringendste zuerst|der wichtigsten zuerst|der liebsten zuerst|zuerst das wichtigste|zuerst das liebste|zuerst das beste|zuerst die wichtigste|zuerst die liebste|zuerst die beste|zuerst den wichtigste|zuerst den liebste|zuerst den beste|an erster stelle|vom liebsten|vom besten|vom häufigsten|vom dringendsten|vom größten|vom höchsten|vom schönsten",
        "pt": "re:\\bnumer(?:e|ar|a)\\s+(?:de|do)\\s+1\\b|ordene|ordenar|ordena|ordenaria*|ordenasse|classificasse|priorizasse|do maior para o menor|do menor para o maior|de maior a menor|de menor a maior|em que ordem|classifique|priorize|por ordem de|em ordem de|re:\\b(?:coloque|ponha|organize|disponha|coloca|poe)\\b[^.?!\\n]{0,40}\\b(?:por|em)\\s+ordem\\b|re:\\bdo\\s+mais\\b[^.?!\\n]{0,30}?\\b(?:ao|para\\s+o)\\s+menos\\b|coloque … primeiro|coloque … em primeiro lugar|ponha … primeiro|ponha … em primeiro lugar|coloca … primeiro|coloca … em primeiro lugar|põe … primeiro|põe … em primeiro lugar|comece … primeiro|comece … em primeiro lugar|comece pelo mais|comece pelo que|comece pela mais|comece pela que|comece pelos mais|comece pelos que|comece pelas mais|comece pelas que|do mais … ao menos|do mais … ao mais|do mais … à menos|do mais … à mais|do mais … aos menos|do mais … aos mais|do mais … às menos|do mais … às mais|do mais … para o menos|do mais … para o mais|do mais … para a menos|do mais … para a mais|do mais … para os menos|do mais … para os mais|do mais … para as menos|do mais … para as mais|da mais … ao menos|da mais … ao mais|da mais … à menos|da mais … à mais|da mais … aos menos|da mais … aos mais|da mais … às menos|da mais … às mais|da mais … para o menos|da mais … para o mais|da mais … para a menos|da mais … para a mais|da mais … para os menos|da mais … para os mais|da mais … para as menos|da mais … para as mais|dos mais … ao menos|dos mais … ao mais|dos mais … à menos|dos mais … à mais|dos mais … aos menos|dos mais … aos mais|dos mais … às menos|dos mais … às mais|dos mais … para o menos|dos mais … para o mais|dos mais … para a menos|dos mais … para a mais|dos mais … para os menos|dos mais … para os mais|dos mais … para as menos|dos mais … para as mais|das mais … ao menos|das mais … ao mais|das mais … à menos|das mais … à mais|das mais … aos menos|das mais … aos mais|das mais … às menos|das mais … às mais|das mais … para o menos|das mais … para o mais|das mais … para a menos|das mais … para a mais|das mais … para os menos|das mais … para os mais|das mais … para as menos|das mais … para as mais",
    },
    # framing verbs that offer inline options: "would you say it was A, B or C?"
    "framing": {
        "en": "would you say|would you describe|would you call|would you characteri*|would you consider|do you consider|would you rate|would you classify|would you rather|do you see yourself as|do you think|do you feel|do you find",
        "es": "dirías|diría usted|diría que|describirías|describiría|considerarías|te consideras|se considera|calificarías|definirías|preferirías|crees que|te parece que",
        "fr": "diriez-vous|dirais-tu|décririez-vous|qualifieriez-vous|considérez-vous|vous considérez-vous|estimez-vous|préféreriez-vous|trouvez-vous|pensez-vous",
        "de": "würden sie sagen|würdest du sagen|würden sie|würdest du|halten sie|finden sie|empfinden sie",
        "pt": "você diria|diria|descreveria|você considera|consideraria|se considera|classificaria|acha que|preferiria",
    },
    # German puts the framing verb last: "… als A, B oder C bezeichnen?"
    "framing_tail": {
        "de": "bezeichnen|beschreiben|einschätzen|einstufen|nennen|sagen|bewerten|finden|halten|empfinden|ist|war|sind|waren|sei",
    },
    # what ends the head before the first inline option: "the onboarding WAS quick, …"
    "copula": {
        "en": "is|was|are|were|be|been|feels|felt|seems|seemed|looks|looked|as|sounds|it's|that's",
        "es": "es|era|fue|ha sido|está|estuvo|son|parece|como|resulta|resultó",
        "fr": "est|était|a été|sont|semble|paraît|comme|être",
        "de": "ist|war|sind|waren|sei|wirkt|als|klingt",
        "pt": "é|era|foi|está|estava|são|parece|como|ficou",
    },
    "object": {"en": "it|them|this|that|yourself|yourselves"},
    "article": {
        "en": "the|a|an|my|your|our|their|its", "es": "el|la|los|las|un|una|tu|su|sus",
        "fr": "le|la|les|un|une|votre|vos|ton|ta", "de": "der|die|das|den|dem|ein|eine|einen|ihr|ihre|ihren",
        "pt": "o|os|as|um|uma|seu|sua|seus|suas",
    },
    # subject and object pronouns: words after a comma that hold one are a clause, not options
    "pronoun": {
        "en": "you|your|i|we|they|it|he|she|me|us|them", "es": "tú|usted|ustedes|yo|nosotros|te|me|nos|lo",
        "fr": "vous|tu|je|nous|il|elle|on|ils|elles", "de": "sie|du|ich|wir|er|es|ihr|man",
        "pt": "você|vocês|eu|nós|ele|ela|te|me",
    },
    # leaning words: "more of a planner or an improviser?" asks where one stands, in one's words
    "leaning": {
        "en": "more of|rather|more like|leaning", "es": "más bien|más de", "fr": "plutôt|davantage",
        "de": "eher|mehr", "pt": "mais para|mais de",
    },
    # ---------------------------------------------------------------- a question after its list
    # the interrogatives that pick one of the things just listed ("Which of these …?")
    "pick_wh": {
        "en": "which", "es": "cuál|cuáles", "fr": "quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles",
        "de": "welche|welcher|welches|welchen|welchem", "pt": "qual|quais",
    },
    # words that point back at the list: "which OF THESE", "qual DELES", "laquelle", "davon"
    "back_ref": {
        "en": "these|those|them|of them|which one|which ones|the one|the ones",
        "es": "estos|estas|esos|esas|de ellos|de ellas|de estos|de estas|cuál de|cuáles de",
        "fr": "ces|ceux-ci|celles-ci|parmi|lequel|laquelle|lesquels|lesquelles",
        "de": "davon|diese|dieser|diesen|dieses|welche davon|von diesen",
        "pt": "deles|delas|destes|destas|estes|estas|esses|essas|desses|dessas|qual destes|quais destes",
    },
    # what follows an interrogative that stands alone ("Which DO you use?", "¿Cuál USAS?")
    "pick_follow": {
        "en": "of|one|ones|do|does|did|would|will|could|should|are|is|was|were|have|has|had|you|sounds|sound|describes|describe|fits|fit|matches|applies|apply|works|suits|comes|best|most",
        "es": "de|le|te|se|lo|la|los|las|usa|usas|usó|usaste|tiene|tienes|prefiere|prefieres|es|son|ha|has|han|eligió|elegiste|describe|encaja|va|suele|sueles|más|mejor|utiliza|utilizas|elegirías|elegiría|escogerías|escogería|preferirías|preferiría|usarías|usaría|elige|eliges|escoge|escoges|preferís|elegís|usás|tenés|querés",
        "fr": "est|sont|vous|tu|était|étaient|correspond|correspondent|préférez|utilisez",
        "de": "davon|von",
        "pt": "deles|delas|destes|destas|você|vocês|o|a|é|são|usa|tem|prefere|te|lhe|mais|melhor|escolheu|descreve",
    },
    # what a question after a list asks when it asks one's view of the things, not to pick one
    "opinion": {
        "en": "think|thought|thoughts|opinion|experience*|feel|feeling|impression*|reaction*|mean|like about|dislike|each|every one",
        "es": "opin*|piensa*|pensó|experiencia*|impresión|reacción|parece|siente|cada",
        "fr": "pense*|avis|expérience*|impression*|réaction*|semble|ressent*|chacun*|chaque",
        "de": "halten sie|denken|meinung|erfahrung*|eindruck|reaktion|empfind*|gefühl|jede*",
        "pt": "acha|pensa*|opinião|experiência*|impressão|reação|sente|cada",
    },
    # ---------------------------------------------------------------- open questions
    "open": {
        "en": "re:what\\s+(?:exactly\\s+)?would\\s+(?:have|need)\\s+to\\s+happen|why|how come|tell me|tell us|describe|explain|walk me|walk us|example|thought|thoughts|in your own words|what do you think|what did you think|how do you feel|what would it take|what made|what changed|else|more about|re:share\\s+(?:with\\s+(?:me|us)|more|an?\\s+example|your\\s+(?:thoughts|experience|story))|elaborate|expand on|correct me|a sentence or two|a few words|in a few words|one or two sentences|a line or two",
        "es": "re:\\bqué\\s+(?:\\w+\\s+)?tendría\\s+que\\s+pasar\\b|qué haría falta|por qué|cuéntame|cuéntanos|cuéntamelo|cuéntanoslo|describe|explica|comentar|comente|re:^¿?\\s*que\\s+mas\\b|re:[,;]\\s*¿?que\\s+mas\\b|algo más|ejemplo|ejemplos|una frase o dos|en pocas palabras|un par de frases|una o dos frases|con sus propias palabras|con tus propias palabras",
        "fr": "raconte-moi|raconte-nous|racontes-moi|que faudrait-il|qu'est-ce qu'il faudrait|pourquoi|décrire|décrivez|expliquez|racontez|dites-moi|autre chose|selon vous|exemple|exemples|commenter|commentez|une phrase ou deux|en quelques mots|une ou deux phrases|avec vos propres mots",
        "de": "re:\\bwas\\s+(?:genau\\s+)?(?:müsste|muss|müssten)\\s+(?:\\w+\\s+)?(?:passieren|geschehen)\\b|erzähl mal|erzähl mir|erzähl uns|warum|weshalb|wieso|beschreiben|erzählen|erklären|sonst noch|inwiefern|beispiel|beispiele|kommentieren|ein, zwei sätze|ein oder zwei sätze|in ein paar worten|in wenigen worten|mit eigenen worten",
        "pt": "me conta|nos conta|me fala|me diz|me diga|re:(?:^|[.!?:]\\s+)conta\\s+(?:como|o que|pra|para|um pouco|mais)\\b|re:\\bo\\s+que\\s+(?:\\w+\\s+)?(?:teria|precisaria)\\s+(?:que\\s+|de\\s+)?acontecer\\b|por que|por quê|conte|descreva|explique|mais alguma coisa|exemplo|exemplos|comentar|comente|uma frase ou duas|em poucas palavras|uma ou duas frases|com suas próprias palavras",
    },
    # interrogatives that open a question the way a story does ("What made you …?", "Why …?")
    # but that an explicit choice instruction over a list turns into a choice ("What made you
    # switch? Select all that apply: - Price - Support"): only at the start of the question
    "open_opener": {
        "en": "what made|what prompted|what led|what drove|why|how come|for what reason*|who else|what else",
        "es": "por qué|qué le hizo|qué te hizo|qué le llevó|qué te llevó|qué motivó|quién más|qué más",
        "fr": "pourquoi|qu'est-ce qui vous a|qu'est-ce qui t'a|pour quelle* raison*|qui d'autre|quoi d'autre",
        "de": "warum|weshalb|wieso|was hat sie|was hat dich|aus welchen gründen|aus welchem grund|wer … sonst|was … sonst|wer … noch|was … noch",
        "pt": "por que|por quê|o que fez|o que levou|o que motivou|por qual motivo|por quais motivos|quem mais|o que mais",
    },
    # verbs that invite a story, inflected: a question built on them is not a yes/no
    "open_verb": {
        "en": "tell|telling|describ*|explain*|shar*|elaborat*|walk|walking|talk|talking|discuss*|go through|dig into|expand|say more|clarify|recount",
        "es": "re:(?<!la )(?<!una )(?<!tu )(?<!su )(?<!mi )(?<!esta )(?<!esa )(?<!en )(?<!de )\\bcuenta\\w*|cuéntame|contar*|describ*|explic*|habl*|compart*|detall*|comentar*|repasar|decir*|dime|dinos|comparar*|hacer una comparación|hacer un recorrido|guiar*",
        "fr": "racont*|décri*|expliqu*|parler|parlez|partag*|détaill*|me dire|nous dire|en dire|dire plus|dites-moi|précis*|développ*|comparer|marcher à travers|guider|me promener|nous promener",
        "de": "erzähl*|beschreib*|erklär*|erläuter*|sprech*|reden|redet|teilen|schilder*|mir sagen|sagen sie mir|ausführ*|genauer|näher|mich durch|uns durch",
        "pt": "re:\\b(?:me|nos)\\s+(?:conta|fala|diz|explica|descreve)\\b|contar*|conte|conte-me|descrev*|explic*|falar|fale|compartilh*|partilh*|detalh*|me dizer|diga-me|nos dizer|comparar|fazer uma comparação|me guiar|nos guiar",
    },
    # interrogatives (a yes/no question has none, outside a relative clause)
    "wh": {
        "en": "what|which|how|why|when|where|who|whom|whose",
        "es": "qué|cómo|cuál|cuáles|cuándo|dónde|por qué|quién|quiénes|cuánto|cuánta|cuántos|cuántas",
        "fr": "que|quoi|comment|quel|quelle|quels|quelles|pourquoi|quand|où|qui|combien|lequel|laquelle|lesquels|lesquelles|qu'est-ce|qu'",
        "de": "was|wie|welche*|warum|wann|wo|wer|wen|wem|weshalb|wieso|woran|womit|wofür|worauf|worüber|wovon|wohin|woher|inwiefern",
        "pt": "que|o que|como|qual|quais|quando|onde|por que|porque|quem|quanto|quanta|quantos|quantas",
    },
    "or": {"en": "or", "es": "o|u", "fr": "ou", "de": "oder", "pt": "ou"},
    # the open end of a figure ("40% or more", "5 o más"): one option, not two
    "or_more": {
        "en": "or more|or less|or fewer|or above|or over|or higher|or lower",
        "es": "o más|o menos", "fr": "ou plus|ou moins", "de": "oder mehr|oder weniger",
        "pt": "ou mais|ou menos",
    },
    # "more or less clear": one option, whose "or" joins nothing (three words: word, or, word)
    "more_or_less": {
        "en": "more or less", "es": "más o menos|mas o menos", "fr": "plus ou moins",
        "de": "mehr oder weniger", "pt": "mais ou menos",
    },
    "and": {"en": "and", "es": "y|e", "fr": "et", "de": "und", "pt": "e"},
    # "which best describes you?" is a choice, though "describe" invites a story; so is "tell me
    # WHICH of these …" (a which-question asked through "tell me")
    "best_describes": {
        "en": "best describes|best describe|describes you|describes your|describes it|describe you best|re:\\bwhich\\b[^?.]{0,30}\\bdescribes?\\b|re:\\b(?:tell|let)\\s+(?:me|us)\\s+(?:know\\s+)?which\\b",
        "es": "describe mejor|mejor describe|dime cuál|dime cuáles|dinos cuál|indícame cuál|re:\\bcual(?:es)?\\b[^?]{0,30}\\bdescriben?\\b",
        "fr": "décrit le mieux|vous décrit|te décrit|décrit|re:\\bdites-(?:moi|nous)\\s+(?:lequel|laquelle|lesquels|lesquelles|quel|quelle|quels|quelles)\\b",
        "de": "beschreibt am besten|beschreibt|re:\\bsagen\\s+sie\\s+mir,?\\s+welche\\w*|re:\\bsag\\s+mir,?\\s+welche\\w*",
        "pt": "descreve melhor|melhor descreve|descreve|descrevem|diga qual|diga quais|diga-me qual|diga-me quais",
    },
    # ---------------------------------------------------------------- scales
    "rating": {
        "en": "how much do you trust|how far do you trust|how much trust|likelihood|probability|rate|rating|ratings|score|grade|scale|rank it|number|stars|star|agree|disagree|recommend*|re:how\\s+[a-z]{3,}(?:ful|less|ing|ous|ive|ble|ed)\\b|re:how\\s+(?:satisfied|likely|easy|difficult|hard|useful|important|confident|clear|happy|well|much|good|valuable|helpful|fast|reliable|intuitive|frustrat\\w*|comfortable|effective|accurate|responsive)\\b",
        "es": "probabilidad|valora*|califica*|puntúa*|puntúe*|escala|nota|estrellas|satisf*|en qué medida|de acuerdo|qué tan|cuán|recomend*|recomiend*|re:\\bcu[aá]nto\\s+(?:te\\s+|le\\s+|se\\s+)?(?:conf[ií]as|conf[ií]a|f[ií]as|f[ií]a|gusta|valoras|valora)\\b|cuánta confianza|re:\\b(?:respond|contest)[ae]\\s+(?:del|de|entre)\\s+\\d",
        "fr": "probabilité|note|notez|noter|noteriez|évalu*|échelle|étoiles|satisf*|d'accord|à quel point|dans quelle mesure|quelle confiance|quel niveau de confiance|quel degré de confiance|recommand*|re:\\br[ée]pond(?:ez|s)\\s+(?:de|entre)\\s+\\d",
        "de": "wahrscheinlichkeit|bewert*|benot*|skala|sterne|sternen|zufrieden*|inwieweit|stimmen sie|zustimm*|wie zufrieden|wie wahrscheinlich|wie einfach|wie gut|wie sehr|wie viel vertrauen|wie stark vertrauen|empfehl*|weiterempfehl*|re:\\bantworten?\\s+(?:sie\\s+)?(?:von|mit)\\s+\\d",
        "pt": "probabilidade|avali*|avalie|nota|escala|estrelas|satisf*|em que medida|concorda*|discorda*|quão|qual a probabilidade|o quanto|quanta confiança|recomend*|re:\\bquanto\\s+(?:voc[eê]\\s+|o senhor\\s+|a senhora\\s+)?(?:confia|gosta|valoriza|se sente)\\b|re:\\brespond[ae]\\s+(?:de|entre)\\s+\\d",
    },
    "nps_likely": {
        "en": "how likely|likelihood",
        "es": "qué tan probable|qué probabilidad|probabilidad",
        "fr": "probabilité",
        "de": "wie wahrscheinlich",
        "pt": "probabilidade|quão provável|qual a chance|que chance",
    },
    "nps_recommend": {
        "en": "recommend*", "es": "recomiend*|recomend*", "fr": "recommand*",
        "de": "empfehl*|weiterempfehl*", "pt": "recomend*|indicar*|indicaria",
    },
    "likert": {
        "en": "satisf*|agree|disagree|likely|unlikely|poor|fair|good|excellent|neutral|neither|strongly|very|extremely|not at all|somewhat|slightly|moderately|important|easy|difficult",
    },
    # ---------------------------------------------------------------- options
    # an "Other" entry (the widget offers a free-text field instead)
    "other": {
        "en": "other|others|something else|something different|somewhere else|another|anything else|someone else|somebody else",
        "es": "otro|otra|otros|otras|otra cosa|algo distinto|algo diferente|en otro sitio|en otro lugar|otro lugar|otra opción|alguien más|otra persona",
        "fr": "autre|autres|autre chose|ailleurs|une autre|quelqu'un d'autre|d'autres",
        "de": "sonstiges|sonstige|andere|anderes|anderen|etwas anderes|anderswo|woanders|jemand anderes|jemand anders|weitere|weiteren|weiterer|weiteres",
        "pt": "outro|outra|outros|outras|outra coisa|outro lugar|noutro sítio|em outro lugar|outra opção|outra pessoa|alguém mais",
    },
    # what asks for the free text of "Other": "(please specify)", "Autre :", "Outro (qual?)"
    "specify": {
        "en": "specify|please|describe|tell us|say which|which|where|re:[(:\\[]",
        "es": "especifi*|cuál|dónde|indica*",
        "fr": "précise*|préciser|lequel|laquelle|où",
        "de": "angeben|bitte|nennen|und zwar|welche*|wo",
        "pt": "especifi*|qual|onde|indique",
    },
}  # fmt: skip
merge_into(CUES, YES_NO_CUES, SENTENCE_CUES, ORDER_CUES, SMS_CUES, FREE_CUES)
merge_into(CUES, REFLECT_CUES, PLURAL_CUES, EXAMPLE_CUES, COMMENT_CUES)

# Spanish marks its interrogatives with an accent ("¿qué?", "¿cómo?"); without it these words
# join clauses ("¿Te parece bien QUE …?"), so a yes/no question may hold them.
UNACCENTED_JOINERS: dict[str, str] = {
    "pt": "verdade que|certeza que|certeza de que|acha que|acredita que|para que",
    "es": "que|quien|quienes|cuando|donde|como|cual|cuales|cuanto",
    # French conjunctions built on "que": "d'accord POUR QU'on vous cite ?" asks nothing open
    "fr": "vrai que|vrai qu|sûr que|sûre que|certain que|certaine que|pensez-vous que|pensez-vous qu|trouvez-vous que|croyez-vous que|pour que|pour qu|afin que|afin qu|avant que|avant qu|bien que|bien qu|à ce que|à ce qu|parce que|parce qu|dès que|lorsque|puisque",
}

# Words for counts and for spelled-out scale ends, folded.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
    "cero": 0, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10,
    "null": 0, "eins": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "quatro": 4, "sete": 7, "oito": 8, "nove": 9,
    "dez": 10,
}  # fmt: skip

# Words inside the scale patterns (koji_tui.questions.scales), matched on the text as written.
SCALE_WORDS: dict[str, str] = {
    "scale": r"scale|escala|[ée]chelle|skala",
    "to": r"to|through|thru|-|–|—|a|al|à|bis|até|ao",
    "from": r"of|from|de|del|von|da|do|entre|between|going\s+from",
    "weak_from": r"from|de|von|da|between|entre|zwischen|mit|with",
    "weak_to": r"to|-|–|a|à|bis|até|and|y|et|und|e",
    "point": r"point",
    "stars": r"stars?|sterne|sternen|estrellas|[ée]toiles|estrelas",
    "star": r"stars?|sterne?n?|estrellas?|[ée]toiles?|estrelas?",
    "out_of": r"out\s+of|sur|sobre|(?<=\w)(?<!\d)(?:(?<=stars)|(?<=sterne)|(?<=estrellas)|(?<=toiles)|(?<=estrelas))\s+(?:of|de|von)",
    "label_verb": r"=|:|means|meaning|ist|is|being|represents|stands\s+for|significa|signifique|signifie|signifiant|significando|correspond\s+[àa]|corresponde\s+a|corresponds\s+to|veut\s+dire|veulent\s+dire|quiere\s+decir|quer\s+dizer|est|étant|bedeutet|steht\s+f[üu]r|é|es|sea|seja",
    "label_and": r"and|y|et|und|e|while|whereas",
    "point_verb": r"=|:|being|is|means|meaning|signifie|signifiant|veut\s+dire|étant|significa|significando|quiere\s+decir|quer\s+dizer|bedeutet",
    # a range named as a thing already given ("last year's 1-5 rating", "your 1-5 score")
    "reference": r"'s|your|my|our|their|last|previous|earlier|tu|su|sus|votre|ton|vos|ihre|deine|seu|sua",
    # German: "wobei 0 für X und 10 für Y steht"
    "verb_first": r"siendo|sendo", "de_where": r"wobei", "de_for": r"f[üu]r", "de_stands": r"steht|stehen|bedeutet|bedeuten|hei(?:ß|ss)t|hei(?:ß|ss)en|ist|sind|entspricht|entsprechen", "de_and": r"und",
}  # fmt: skip

# Abbreviations whose dot does not end a sentence.
ABBREVIATIONS = r"e\.g|i\.e|etc|vs|approx|incl|esp|ca|z\.\s?b|d\.\s?h|bzw|p\.\s?ex|ex|p\.\s?ej|mr|mrs|ms|dr|nr|n[º°o]"
#: the letters that number a survey item ("Q5.", "P6." es/pt, "F5." de), or its word
SURVEY_ITEM = r"q|p|f|item|question|pregunta|pergunta|frage"
# The two answers of a yes/no question, and every way of writing them.
YES_WORDS = {"en": "Yes", "es": "Sí", "fr": "Oui", "de": "Ja", "pt": "Sim"}
NO_WORDS = {"en": "No", "es": "No", "fr": "Non", "de": "Nein", "pt": "Não"}
YES_NO_OPTIONS = frozenset({"yes", "no", "sí", "si", "oui", "non", "ja", "nein", "sim", "não"})
YES_NO_MARKER = (
    r"(?<![\w-])(?:yes|y|s[íi]|oui|ja|sim|👍)\s*(?:/|\||·|\bor\b|\bo\b|\bou\b|\boder\b)\s*"
    r"(?:(?:par|con|com)\s+)?(?:(?:un|une|um|ein)\s+)?(?:no|n|non|nein|n[ãa]o|👎)(?![\w-])"
    # the one-letter pair in parentheses or brackets: (S/N) sí/sim, [O/N] oui/non, (J/N) ja/nein
    r"|[(\[]\s*[sojy]\s*/\s*n\s*[)\]]|(?<![\w/])[sojy]\s*/\s*n\s*\??\s*$"
)

NPS_LABELS = {
    "en": ("Not at all likely", "Extremely likely"),
    "es": ("Nada probable", "Muy probable"),
    "fr": ("Pas du tout probable", "Très probable"),
    "de": ("Überhaupt nicht wahrscheinlich", "Äußerst wahrscheinlich"),
    "pt": ("Nada provável", "Muito provável"),
}
