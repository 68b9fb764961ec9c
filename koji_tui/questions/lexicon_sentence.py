"""The words of choices written as a sentence (merged into koji_tui.questions.lexicon's CUES).

* ``hedge``: the word that heads each option ("mostly for work, mostly personal, or …");
* ``both``: the closing option that mixes them ("a mix of both", "les deux", "beides");
* ``habit_adverb``: the adverb after which options are what one does ("do you usually call
  support, search the help, or …?");
* ``opinion_of``: one's view of named things, an open question ("¿Qué opinas de A, B o C?");
* ``agree_point``, ``disagree_point``: agreement points (koji_tui.questions.agreement);
* ``ordinal_1`` … ``ordinal_6`` and ``ordinal_copula``: options told by their rank ("the first
  is …, the second …");
* ``framing`` (added to lexicon's): the words one would choose to describe something ("which
  of these words would you use to describe …?"): a framing verb, no open invitation.
"""

from __future__ import annotations

SENTENCE_CUES: dict[str, dict[str, str]] = {
    "framing": {
        "en": "would you use to describe|you would use to describe|would you pick to describe",
        "es": "usaría para describir|usarías para describir|elegiría para describir",
        "fr": "utiliseriez pour décrire|choisiriez pour décrire|utiliseriez-vous pour décrire",
        "de": "würden sie verwenden, um … zu beschreiben|würden sie wählen, um … zu beschreiben|würdest du verwenden, um … zu beschreiben",
        "pt": "usaria para descrever|usaria para definir|escolheria para descrever",
    },
    "hedge": {
        "en": "mostly|mainly|mostly for|more|rather|primarily|largely",
        "es": "más|mayormente|sobre todo|principalmente|más bien|preferentemente|de preferencia",
        "fr": "plutôt|surtout|principalement|davantage|plus|de préférence",
        "de": "eher|hauptsächlich|vor allem|mehr|überwiegend|meistens|lieber|bevorzugt",
        "pt": "mais|principalmente|sobretudo|mais pra|mais para|de preferência|preferencialmente",
    },
    "both": {
        "en": "both|a mix|a mix of both|a bit of both|a little of both|some of each|a combination|a combination of both|equally|both equally|about equally",
        "es": "ambos|ambas|los dos|las dos|un poco de ambos|un poco de los dos|una mezcla|una mezcla de ambos|igual|por igual|mitad y mitad",
        "fr": "les deux|un peu les deux|un mélange|un mélange des deux|autant l'un que l'autre|moitié moitié",
        "de": "beides|beides gleichermaßen|beides gleich|eine mischung|gemischt|halb halb|gleichermaßen",
        "pt": "os dois|as duas|ambos|ambas|um pouco dos dois|um pouco de cada|uma mistura|uma mistura dos dois|igualmente|metade metade",
    },
    # the ask's own tail after its last option ("… or email FOR THAT?", "… o en coche
    # NORMALMENTE?"): not part of the option
    "alt_tail": {
        "en": "for that|for this|for it|for work|before|so far|yet|ever|these days|nowadays|usually|normally|mostly|most often|most of the time|right now|at the moment|today|in general",
        "es": "para eso|para esto|para ello|antes|alguna vez|hasta ahora|normalmente|habitualmente|ahora|hoy en día|sobre todo|en general|por lo general|más a menudo",
        "fr": "pour ça|pour cela|avant|déjà|jusqu'ici|d'habitude|en général|aujourd'hui|le plus souvent|surtout|généralement|en ce moment",
        "de": "dafür|schon|bisher|schon einmal|meistens|normalerweise|heute|derzeit|gerade|am häufigsten|in der regel|zurzeit",
        "pt": "para isso|antes|até agora|alguma vez|normalmente|hoje em dia|geralmente|mais|com mais frequência|em geral|atualmente",
    },
    "habit_adverb": {
        "en": "usually|normally|generally|typically|tend to",
        "es": "normalmente|generalmente|por lo general|habitualmente|suele|sueles|suelen",
        "fr": "généralement|d'habitude|habituellement|en général|normalement",
        "de": "normalerweise|meistens|gewöhnlich|üblicherweise|in der regel",
        "pt": "normalmente|geralmente|costuma|costumas|em geral|habitualmente",
    },
    # one's view OF named things ("¿Qué opinas de A, B o C?"): an open question, whatever follows
    "opinion_of": {
        "en": "think of|think about|opinion of|opinion on|opinion about|thoughts on|thoughts about|feel about|view of|views on",
        "es": "opinas de|opina de|opináis de|piensas de|piensa de|opinión de|opinión sobre",
        "fr": "penses de|pensez de|avis sur|opinion sur|dis-tu de|dites-vous de",
        "de": "halten sie von|hältst du von|haltet ihr von|meinung zu|meinung über|denken sie über|denkst du über",
        "pt": "acha de|acha do|acha da|acha dos|acha das|achas de|achas do|achas da|pensa de|pensa do|pensa da|opinião sobre|opinião de",
    },
    # a scale's point named as a thing, not asked for: "What would earn the LAST star?"
    "point_reference": {
        "en": "last|fifth|final|missing|extra|remaining|next|tenth", "es": "última|último|quinta|quinto|décima|restante",
        "fr": "dernière|dernier|cinquième|dixième|manquante|manquant", "de": "letzten|letzte|fünften|fehlenden|zehnten",
        "pt": "última|último|quinta|quinto|décima|restante",
    },
    # agreement points (koji_tui.questions.agreement): each says how much one agrees, and one
    # of them that one disagrees
    "agree_point": {
        "en": "agree|disagree|neutral|neither|undecided|not sure",
        "es": "de acuerdo|desacuerdo|neutral|neutro|ni … ni|indiferente",
        "fr": "d'accord|désaccord|neutre|ni … ni|sans avis|sans opinion",
        "de": "stimme|zustimm*|neutral|weder … noch|teils|teilweise|unentschieden",
        "pt": "concordo|discordo|neutro|neutra|nem … nem|indiferente|concordo nem discordo",
    },
    "disagree_point": {
        "en": "disagree", "es": "desacuerdo", "fr": "désaccord|pas d'accord|pas du tout d'accord",
        "de": "stimme nicht|stimme überhaupt nicht|stimme gar nicht|nicht zu", "pt": "discordo",
    },
    # options told by their rank, with the article ("the first is …, the second …"), or
    # numbered in words ("Option one: …"): koji_tui.questions.ordinals
    "ordinal_1": {
        "en": "the first|option one", "es": "el primero|la primera|el primer|opción uno|opción una",
        "fr": "le premier|la première|option un|option une", "de": "die erste|der erste|das erste|option eins",
        "pt": "o primeiro|a primeira|opção um|opção uma",
    },
    "ordinal_2": {
        "en": "the second|option two", "es": "el segundo|la segunda|opción dos",
        "fr": "le deuxième|la deuxième|le second|la seconde|option deux", "de": "die zweite|der zweite|das zweite|option zwei",
        "pt": "o segundo|a segunda|opção dois|opção duas",
    },
    "ordinal_3": {
        "en": "the third|option three", "es": "el tercero|la tercera|el tercer|opción tres",
        "fr": "le troisième|la troisième|option trois", "de": "die dritte|der dritte|das dritte|option drei",
        "pt": "o terceiro|a terceira|opção três",
    },
    "ordinal_4": {
        "en": "the fourth|option four", "es": "el cuarto|la cuarta|opción cuatro",
        "fr": "le quatrième|la quatrième|option quatre", "de": "die vierte|der vierte|das vierte|option vier",
        "pt": "o quarto|a quarta|opção quatro",
    },
    "ordinal_5": {
        "en": "the fifth|option five", "es": "el quinto|la quinta|opción cinco",
        "fr": "le cinquième|la cinquième|option cinq", "de": "die fünfte|der fünfte|das fünfte|option fünf",
        "pt": "o quinto|a quinta|opção cinco",
    },
    "ordinal_6": {
        "en": "the sixth|option six", "es": "el sexto|la sexta|opción seis",
        "fr": "le sixième|la sixième|option six", "de": "die sechste|der sechste|das sechste|option sechs",
        "pt": "o sexto|a sexta|opção seis",
    },
    # what follows a rank before its option: a copula ("is", "es", "ist"), maybe after a noun
    # ("the first option is"), or a colon; later ranks may leave the verb out
    "ordinal_copula": {
        "en": "is|would be|will be|one is|option is|one would be|option would be",
        "es": "es|sería|será|opción es|opción sería|posibilidad es",
        "fr": "est|serait|sera|option est|possibilité est|formule est",
        "de": "ist|wäre|option ist|möglichkeit ist|variante ist",
        "pt": "é|seria|será|opção é|opção seria|possibilidade é",
    },
    # the participant's own description asked for by a list under it ("In your team, you
    # are:", "Vous étiez plutôt :", "Beruflich sind Sie eher:"): a choice word of its own
    "you_are": {
        "en": "re:(?:^|,\\s*)you(?:'re|\\s+are|\\s+were)(?:\\s+(?:mostly|mainly|rather|more|usually|currently))?\\s*:$",
        "es": "re:(?:^|,\\s*)(?:(?:usted|tu)\\s+(?:es|eres|era|eras|esta|estas)|(?:es|eres|era|eras)\\s+(?:usted|tu))(?:\\s+(?:mas bien|sobre todo|principalmente|actualmente))?\\s*:$",
        "fr": "re:(?:^|,\\s*)(?:vous\\s+(?:etes|etiez)|tu\\s+(?:es|etais))(?:\\s+(?:plutot|surtout|principalement|actuellement))?\\s*:$",
        "de": "re:(?:^|,\\s*|^\\w+\\s+)(?:sie\\s+sind|sind\\s+sie|sie\\s+waren|waren\\s+sie|du\\s+bist|bist\\s+du)(?:\\s+(?:eher|vor allem|hauptsachlich|derzeit|aktuell))?\\s*:$",
        "pt": "re:(?:^|,\\s*)(?:voce|o senhor|a senhora|tu)\\s+(?:e|era|es|eras|esta|estava)(?:\\s+(?:mais|principalmente|sobretudo|atualmente))?\\s*:$",
    },
}  # fmt: skip
