"""The words of yes/no questions, in the five languages (data only; merged into
koji_tui.questions.lexicon's CUES, whose phrase syntax they follow): how a yes/no question opens
(an auxiliary and its subject, a permission, a role, a habit), what makes its form an open
invitation after all, and what its verb may act on."""

from __future__ import annotations

YES_NO_CUES: dict[str, dict[str, str]] = {
    # a noun before a relative pronoun: "the person WHO", "la persona QUE", "Person, DIE"
    "relative": {
        "en": "re:\\b(?:the|a|an|this|any|some|one|you|someone|somebody|anyone|anybody|person|people|those|kind of|your|my|our|their)\\s+(?:[\\w'-]+\\s+){0,2}?(?:who|that|which|whose)\\b",
        "es": "re:\\b(?:el|la|los|las|un|una|alguien|tu|tus|su|sus|tú|usted|persona)\\s+(?:[\\w'-]+\\s+){0,2}?(?:(?:de|del)\\s+[\\w'-]+\\s+)?(?:que|quien|quienes)\\b",
        "fr": "re:\\b(?:le|la|les|l'|un|une|celui|celle|ceux|celles|quelqu'un|vous|toi|votre|vos|ton|ta|tes|notre|son|sa)\\s*(?:[\\w'-]+\\s+){0,2}?(?:(?:qui|que|dont)\\b|qu')",
        "de": "re:,\\s*(?:der|die|das|den|dem|deren|dessen|welche[rs]?)\\b",
        "pt": "re:\\b(?:a|o|as|os)\\s+(?:[\\w'-]+\\s+){1,2}?(?:(?:de|do|da|dos|das)\\s+[\\w'-]+\\s+)?(?:que|quem)\\b|re:\\b(?:um|uma|alguém|você|voce|é|e|sua|seu)\\s+(?:[\\w'-]+\\s+){0,2}?(?<!\\bo )(?<!\\ba )(?<!\\bos )(?<!\\bas )(?:que|quem)\\b",
    },
    # a relative clause whose subject is a third party's noun: its verb tells what was done,
    # it invites nothing ("the report THAT THE TEAM SHARED", "o relatório QUE A EQUIPE
    # COMPARTILHOU"): read as blank, like the pronoun
    "told_clause": {
        "en": "re:\\b(?:that|which)\\s+(?:the|a|an|our|their|his|her|my)\\s+[\\w'-]+(?:\\s+[\\w'-]+){1,3}",
        "es": "re:(?<!\\blo )\\bque\\s+(?:el|la|los|las|un|una|nuestro|nuestra|nuestros|nuestras)\\s+[\\w'-]+(?:\\s+[\\w'-]+){1,3}",
        "fr": "re:(?<!\\bce )\\b(?:que\\s+(?:le|la|les|un|une|notre|nos|leur|leurs)\\s+|qu'(?:un|une)\\s+|que\\s+l')[\\w'-]+(?:\\s+[\\w'-]+){1,3}",
        "de": "re:,\\s*(?:den|die|das)\\s+(?:der|die|das|unser|unsere|ein|eine)\\s+[\\w-]+(?:\\s+[\\w-]+){1,3}",
        "pt": "re:(?<!\\bo )\\bque\\s+(?!o senhor|a senhora|os senhores|as senhoras)(?:o|a|os|as|um|uma|nosso|nossa|nossos|nossas)\\s+[\\w'-]+(?:\\s+[\\w'-]+){1,3}",
    },
    # yes/no openings: an auxiliary and its subject, a permission, a role, a copula
    "yn_start": {
        "en": "re:^(?:have|has|had|did|do|does|am|are|is|was|were|will|would|should|shall)\\s+(?:you|your|i|we|they|it|the|this|that|there|anyone|any|someone|y'all|ya|he|she|our|my|their)\\b|re:^(?:can|could|may|might)\\s+(?:we|i)\\b|re:^(?:so,?\\s+|and\\s+)?(?:you|you're|you've|you'd|you'll)\\s+(?!(?:mentioned|said|told|think|thought|feel|felt|say|wrote|described|noted|can|could|may|might)\\b)|re:^(?:any\\s+chance|mind\\s+if|(?:okay|ok|alright|all\\s+right|fine|cool)\\s+if)\\b|re:^(?:has|have)\\s+(?:anyone|anybody)\\b",
        "es": "re:^(?:te|le|os|les)\\s+(?:podemos|podriamos|puedo|podria)\\b|re:^(?:lo|la|los|las|le|les|te|se|nos)\\s+[a-zñ]{3,}(?:aste|iste|asteis|isteis)\\b|re:^(?:sigue|sigues|siguen|continua|continuas|continuan)\\s+[a-zñ]{2,}(?:ando|iendo|yendo)\\b|re:^[a-zñ]{3,}\\s+(?:usted\\s+)?[a-zñ]{2,}(?:ando|iendo|yendo)\\b|re:^(?:alguna vez|has|han|habéis|habrías|hay|es|eres|está|estás|son|fue|era|sueles|podemos|podríamos|puedo|podría yo|te parece|le parece|te importa|le importa|te gustaría|le gustaría|tienes|tiene usted|sabías|sabes|sabe|tuvo|tuviste|pudo|pudiste|hizo|hiciste|estuvo|estuviste|recibió|recibiste|llegó|llegaste|conoces|conoce|usas|usa|utilizas|utiliza|usaste|pagas|paga|trabajas|trabaja|vive|vives|necesita|necesitas)\\b|re:^[a-zñ]{3,}(?:as|es|aste|iste|rías|ría|rían)\\s|re:^(?:ha|había|habría)\\s+(?:[a-zñ]+(?:ado|ido)|devuelto|devueltos|hecho|dicho|puesto|visto|escrito|abierto|resuelto|vuelto|cubierto|roto|impreso)\\b|re:^se\\s+(?:llego\\s+a\\s+)?[a-zñ]{3,}(?:o|aron|ieron)\\b|re:^[a-zñ]+\\s+usted\\b|re:^(?:usted|ustedes|tú|vosotros)\\s+(?!(?:que|como|cual|cuales|cuando|donde|quien|cuanto)\\b)[a-zñ]{2,}|re:^(?:te|le|os|les|nos|me|lo|la)\\s+[a-zñ]{3,}(?:arías|erías|irías|aría|ería|iría)\\b|re:^(?:se\\s+)?(?:te|le|os|les|me|nos)\\s+(?:(?:ha|han|habia|habian)\\s+(?:[a-zñ]+(?:ado|ido)|devuelto|devueltos|hecho|dicho|puesto|visto|escrito|abierto|resuelto|vuelto|cubierto|roto|impreso)|[a-zñ]{3,}(?:o|io|aron|ieron|a|e|an|en))\\b|re:^(?:nos|me)\\s+(?:permite|permites|permiten|deja|dejas|dejan|autoriza|autorizas)\\b|re:^(?:estaría|estarías|está|estás)\\s+de\\s+acuerdo\\b|re:^(?:tu|su|tus|sus|vuestro|vuestra)\\s+[a-zñ]{3,}\\s+(?:ya\\s+|también\\s+|todavía\\s+)?(?:[a-zñ]{2,}(?:a|e|an|en|as|es|ó|ió)|fue|fueron|es|son|era|eran)\\b",
        "fr": "re:^t'(?:as|es|avais|etais|aurais|serais)\\s|re:^[\\w']+-(?:vous|tu|il|elle|on|ils|elles|nous|je)\\b|re:^[\\w']+-t-(?:il|elle|on)\\b|re:^est-ce\\s+(?:que|qu'|vous|votre|ton|ta|toi|la|le|l'|un|une|bien|vrai|possible|normal|facile|difficile|clair)\\b|re:^c'est\\s+(?:vous|toi)\\s+qui\\b|re:^(?:vous|tu)\\s+(?!qu)|re:^(?:ca|cela)\\s+(?:t'|m'|vous\\s+|nous\\s+)(?:a|as|avait|aurait|est|etait)\\s+[a-z]{2,}(?:e|i|u|is|it)\\b|re:^(?:ca|cela)\\s+(?:vous|te)\\s+(?:dirait|irait|va|derange|convient|interesse)\\b|re:^(?:votre|vos|ton|ta|tes|le|la|les|l'|ce|cet|cette|ces)\\s*(?:[\\w']+\\s+){0,2}?(?:(?:vous|te|nous|lui|leur)\\s+|t'|m')?[\\w']+-(?:t-)?(?:il|elle|ils|elles)\\b",
        "de": "re:^(?!(?:und|oder|aber|also|auch|bei|mit|für|zu|nach|in|an|auf|seit|wenn|dass|ob|noch|nur|sehr|gerade|bitte|danke|ja|nein|gut|okay|vielleicht|was|wie|welche\\w*|warum|wann|wo\\w*|wer|wen|wem|weshalb|wieso|inwiefern)\\b)[a-zäöüß]+\\s+(?:sie|du|ihr|es|man|wir|ich|dir|dich|ihnen|euch|mir|uns|der|die|das|dein\\w*|ihr\\w*|euer|eure\\w*|unser\\w*|jemand|ein|eine|einen|einem)\\b",
        "pt": "re:^[a-z]{3,}(?:a|e|ou|eu|iu)\\s+(?:atualmente|actualmente|alguma vez|ja|ainda|hoje|sempre|normalmente|habitualmente)\\b|re:^[a-z]{3,}-(?:te|lhe|lhes|vos)\\b|re:^(?:tens|tinhas|estas|vais|costumas|[a-z]{2,}(?:as|es|aste|este|iste))\\s|re:^(?:você|voce|vocês|o senhor|a senhora)\\s+(?!(?:que|como|qual|quais|quando|onde|quem|quanto)\\b)\\w+|re:^(?:já|tem|temos|é|está|era|foi|podemos|poderíamos|posso|tudo bem se|seria possível|se importa|há|concorda|concordas|aceita|aceitas|autoriza|autorizas|permite|permites)\\b|re:^(?:a\\s+|o\\s+)?(?:sua|seu|suas|seus|tua|teu)\\s+\\w{3,}\\s+(?:já\\s+|também\\s+|ainda\\s+)?(?:\\w{2,}(?:a|e|am|em|ou|eu|iu|ui|uem)|foi|foram|está|estão|é|são|era|eram)\\b|re:^(?:o|a|os|as)\\s+(?!(?:que|qual|quais|quanto|quanta|quantos|quantas)\\b)\\w{3,}(?:\\s+(?:de|da|do|das|dos|para|com|em|no|na|nos|nas)\\s+(?:(?:o|a|os|as)\\s+)?\\w{2,}){0,2}(?:\\s+\\w{3,})?\\s+(?:já\\s+|também\\s+|ainda\\s+)?(?:foi|foram|está|estão|estava|estavam|é|são|era|eram|tem|têm|teve|tiveram)\\s+\\w{3,}",
    },
    # words just before a "yes or no" that refuse it: "not just a yes or a no", "no busco un
    # sí o un no", "nicht nur ein Ja oder ein Nein" (the ask is the story)
    "yn_refused": {
        "en": "not just|don't just|do not just|not only|no need for|not looking for|rather than|more than",
        "es": "no solo|no sólo|no busco|no hace falta|no basta|más que|en lugar de",
        "fr": "pas seulement|pas juste|pas besoin|plus qu|plutôt qu",
        "de": "nicht nur|nicht bloß|nicht einfach|kein|keine|mehr als|statt",
        "pt": "não só|não apenas|não precisa|não busco|mais do que|em vez de",
    },
    # a chatty word before the question's form: "So do you …?", "¿Y ya …?", "Et t'as …?",
    # "Und hast du …?", "E você já …?" (matched on the text as written: "e" is not "é")
    "discourse": {
        "en": "so|and|ok|okay|also|then|but|well|oh|alright|cool|great",
        "es": "y|e|entonces|pues|bueno|vale|ya|y ya|entonces ya",
        "fr": "et|alors|donc|bon|du coup|mais|et du coup",
        "de": "und|also|dann|aber|na|und dann",
        "pt": "e|então|entao|bom|mas|aí|e aí",
    },
    # a clause the question's form ends on, whose word is no interrogative: "… WHEN the trial
    # ends?", "… CUANDO se acabe la prueba?"
    "when_clause": {
        "en": "re:(?<=\\w)\\s+when\\s+(?:you|your|the|it|we|they|i|this|that|my|our|he|she)\\b",
        "es": "re:(?<=\\w)\\s+cuando\\s+(?:tu|su|el|la|los|las|usted|se|te|lo)\\b",
        "fr": "re:(?<=\\w)\\s+quand\\s+(?:vous|tu|le|la|les|votre|ton|ta|on|il|elle)\\b",
        "pt": "re:(?<=\\w)\\s+quando\\s+(?:você|voce|o|a|os|as|seu|sua|a gente)\\b",
    },
    # a yes/no question about what one does: a verb after it is a habit, not an invitation
    # ("Do you still SHARE reports?", "¿Sigue COMPARTIENDO informes?", "Você ainda COMPARTILHA
    # …?", "Vous PARLEZ encore de …?"); a request ("Can you share …?") is not one of these
    "habit_start": {
        "en": "re:^(?:do|does|did|have|has|had)\\s+(?:you|they|we|he|she|anyone|someone|your(?:\\s+[\\w-]+){1,2}?|the(?:\\s+[\\w-]+){1,2}?)(?=\\s)",
        "es": "re:^(?:sigue|sigues|siguen|continua|continuas|continuan|suele|sueles|suelen)(?=\\s)|re:^(?:usted|tu|ustedes)(?=\\s)",
        "fr": "re:^(?:vous|tu)(?=\\s)|re:^(?:le|la|les|l'|votre|ton|ta)\\s*[\\w'-]+(?:\\s+[\\w'-]+)?\\s+(?:(?:vous|te|nous|lui)\\s+|t'|m')?[\\w']+-(?:t-)?(?:il|elle|ils|elles)(?=\\s)",
        "pt": "re:^(?:voce|voces|o senhor|a senhora)(?=\\s)",
    },
    # what turns such a question into a request: "do you WANT TO tell me …?", "te importaría …"
    "desire": {
        "en": "want|wanna|mind|like|care|wish|to|able|willing|happy|open",
        "es": "quiere|quieres|querría|importa|importaría|podría|puede|puedes|gustaría|dispuesto|dispuesta|me|nos|te|le",
        "fr": "voulez|veux|voudriez|pouvez|peux|pourriez|aimeriez|souhaitez|prêt|prête|me|m'|nous|te|t'",
        "pt": "quer|queria|gostaria|pode|poderia|importa|importaria|disposto|disposta|me|nos|te|lhe",
    },
    # after a habit's verb, words that make it a request after all: "do you talk to ME",
    # "share MORE"
    "addressee": {
        "en": "me|us|more", "es": "me|nos|más", "fr": "me|nous|plus", "de": "mir|uns|mehr",
        "pt": "me|nos|mais",
    },
    # what an open verb acts on when the interviewer asks leave to handle the answers ("can we
    # SHARE your answers with the team?"): a determiner and a data noun, not a story
    "data_object": {
        "en": "re:\\s+(?:your|the|these|this|our|those|my)\\s+(?:\\w+\\s+)?(?:answers?|responses?|feedback|results?|details|data|information|recording|notes|email|comments?)\\b",
        "es": "re:\\s+(?:tus|sus|las|los|estas|estos|la|el|esta|este)\\s+(?:\\w+\\s+)?(?:respuestas?|comentarios?|resultados?|datos|informacion|grabacion|notas)\\b",
        "fr": "re:\\s+(?:vos|tes|les|ces|votre|ton|la|le|cet|cette)\\s+(?:\\w+\\s+)?(?:reponses?|commentaires?|resultats?|donnees|informations?|enregistrement|notes)\\b",
        "de": "re:\\s+(?:ihre|deine|die|diese|das|den|dieses)\\s+(?:\\w+\\s+)?(?:antworten|feedback|ergebnisse|daten|angaben|aufnahme|notizen)\\b",
        "pt": "re:\\s+(?:suas|seus|as|os|estas|estes|a|o|sua|seu)\\s+(?:\\w+\\s+)?(?:respostas?|comentarios?|resultados?|dados|informacoes|gravacao|notas)\\b",
    },
    # whom an open verb's act is with, when one asks whether it was done ("Did you talk WITH
    # your manager?", "¿Hablaste CON tu jefe?"): contact, not a story
    "with_someone": {
        "en": "re:\\s+with\\s+(?:your|the|a|an|someone|anyone|them|him|her|their|our)\\b",
        "es": "re:\\s+con\\s+(?:tu|su|el|la|los|las|un|una|alguien|ellos|ellas|el)\\b",
        "fr": "re:\\s+(?:avec|a)\\s+(?:votre|ton|ta|tes|vos|le|la|les|un|une|quelqu'un|eux|lui)\\b",
        "de": "re:\\s+mit\\s+(?:ihrem|ihrer|deinem|deiner|dem|der|den|einem|einer|jemandem|ihnen)\\b",
        "pt": "re:\\s+(?:com|ao|a|à)\\s+(?:seu|sua|o|a|os|as|um|uma|alguém|eles|elas)\\b",
    },
    # a question tag after a statement: "So you're the admin, right?", "…, ¿verdad?", "…, oder?"
    "tag": {
        "en": "re:,\\s*(?:right|correct|is\\s+that\\s+(?:right|correct)|(?:is|are|was|were|do|does|did|have|has|had|wo|ca|could|would|should)n't\\s+(?:it|you|they|we|he|she|there|that|i))\\s*\\?+\\s*$",
        "es": "re:,\\s*¿?\\s*(?:verdad|no|cierto|correcto)\\s*\\?+\\s*$",
        "fr": "re:,\\s*(?:n'est-ce\\s+pas|non|c'est\\s+(?:bien\\s+)?ca|c'est\\s+bien\\s+cela)\\s*\\?+\\s*$",
        "de": "re:,\\s*(?:richtig|oder|oder\\s+nicht|nicht|nicht\\s+wahr|ne|stimmt's|stimmt\\s+das|gell)\\s*\\?+\\s*$",
        "pt": "re:,\\s*(?:certo|ne|nao|nao\\s+e|nao\\s+[a-z]{2,}|correto)\\s*\\?+\\s*$",
    },
    # a purpose that holds an interrogative: "… to see HOW things are going?" asks nothing open
    "purpose": {
        "en": "to see|to find out|to check|to learn|to understand|to know",
        "es": "para ver|para saber|para entender", "fr": "pour voir|pour savoir|pour comprendre",
        "de": "um zu sehen|um zu erfahren|um zu verstehen", "pt": "para ver|para saber|para entender",
    },
    # a clause of cause or concession after the question's own: an interrogative in it asks
    # nothing open ("Have you ever cancelled it BECAUSE you didn't know HOW to use it?")
    "aside_clause": {
        "en": "re:,?\\s+(?:because|although|even though|even if)\\s+",
        "es": "re:,?\\s+(?:porque|aunque|aun cuando|incluso si)\\s+",
        "fr": "re:,?\\s+(?:parce\\b|bien que|même si|meme si)\\s*",
        "de": "re:,?\\s+(?:weil|obwohl|auch wenn)\\s+",
        "pt": "re:,?\\s+(?:porque|embora|mesmo que|mesmo se)\\s+",
    },
    # a short reassurance after the question asks nothing more ("…? Totally fine if not.")
    "no_pressure": {
        "en": "re:\\b(?:ok|okay|fine|alright|all right|no problem)\\s+if\\s+(?:not|you\\s+(?:haven't|have not|didn't|don't|weren't|aren't|can't)|it\\s+(?:wasn't|isn't|didn't))\\b|you can be honest|be honest|don't worry if not|don't worry if you|no worries if not|no problem if not|fine if not|that's fine if not|it's okay if not|it's ok if not|no pressure|no rush|no obligation|only if you'd like|only if you want",
        "es": "re:\\bsi\\s+no,?\\s+no\\s+pasa\\s+nada\\b|no se preocupe|no te preocupes|no importa si no|no pasa nada|puede ser sincero|puede ser sincera|no pasa nada si prefieres que no|no pasa nada si prefiere que no|no hay problema si no|sin presión|sin compromiso|sin prisa|tranquilo si no|tranquila si no",
        "fr": "ce n'est pas grave|c'est pas grave|pas grave si|ne vous inquiétez pas|ne t'inquiète pas|aucun souci si|soyez honnête|aucun souci sinon|aucun problème sinon|pas de problème sinon|sans obligation|sans pression|sans engagement|rien d'obligatoire",
        "de": "nicht schlimm|re:\\bist\\s+(?:in\\s+ordnung|okay|ok)\\s*,?\\s+wenn\\s+nicht\\b|macht nichts|keine sorge|keine sorgen|kein problem wenn nicht|kein druck|ganz ohne druck|ganz unverbindlich|keine eile|keine pflicht",
        "pt": "tudo bem|não tem problema|nao tem problema|não se preocupe|não faz mal|não há problema|tudo bem se nao|sem problema se não|sem problema se nao|sem pressão|sem pressao|sem compromisso|sem pressa",
    },
    # phrases that make a yes/no form an open invitation
    "yn_block": {
        "en": "re:^(?:is|are)\\s+there\\b|make sense|anything else|something else|anyone else|any other thought*|any other comment*|any other feedback|any other question*|any other idea*|any other suggestion*|any other concern*|any other detail*|any other thing*|any other point*|any other input|any other remark*|any other example*|any other experience*|any other stor*|any other insight*|any other reason*|any other way*|any other info*|any more thought*|any more comment*|any more feedback|any more question*|any more idea*|any more suggestion*|any more concern*|any more detail*|any more thing*|any more point*|any more input|any more remark*|any more example*|any more experience*|any more stor*|any more insight*|any more reason*|any more way*|any more info*|any further thought*|any further comment*|any further feedback|any further question*|any further idea*|any further suggestion*|any further concern*|any further detail*|any further thing*|any further point*|any further input|any further remark*|any further example*|any further experience*|any further stor*|any further insight*|any further reason*|any further way*|any further info*|any additional thought*|any additional comment*|any additional feedback|any additional question*|any additional idea*|any additional suggestion*|any additional concern*|any additional detail*|any additional thing*|any additional point*|any additional input|any additional remark*|any additional example*|any additional experience*|any additional stor*|any additional insight*|any additional reason*|any additional way*|any additional info*|re:\\bany\\s+(?:other|more|further|additional)\\s*[?.!]*$|re:open\\s+to\\s+(?:tell|shar|talk|chat|discuss|explain|describ|walk|elaborat|expand|go|giv)\\w*ing\\b|a bit more|a little more|more detail*|if so|would you mind|would you be able|anything to add|add anything|add something",
        "es": "algo más|más detalle*|más información|alguna otra cosa*|alguna otra idea*|alguna otra pregunta*|alguna otra sugerencia*|alguna otra duda*|alguna otra opinión|alguna otra opiniones|alguna otra experiencia*|alguna otra razón|alguna otra razones|algunas otras cosa*|algunas otras idea*|algunas otras pregunta*|algunas otras sugerencia*|algunas otras duda*|algunas otras opinión|algunas otras opiniones|algunas otras experiencia*|algunas otras razón|algunas otras razones|algún otro comentario*|algún otro detalle*|algún otro aspecto*|algún otro motivo*|algunos otros comentario*|algunos otros detalle*|algunos otros aspecto*|algunos otros motivo*|re:\\b(?:alguna\\s+otra|algun\\s+otro)\\s*[?.!]*$|otra cosa|si es así|te gustaría contar*|re:^(?:hay|habría)\\s+(?:algo|alguna\\s+otra|algún\\s+otro)\\b",
        "fr": "autre chose|d'autres|si oui|un peu plus|re:^(?:y\\s+a-t-il|est-ce\\s+qu'il\\s+y\\s+a)\\s+(?:quelque\\s+chose|autre|d'autres)",
        "de": "sonst noch|noch etwas|weitere|wenn ja|etwas mehr|re:^gibt\\s+es\\s+(?:etwas|noch|sonst)\\b",
        "pt": "mais alguma|algo mais|mais detalhe*|outra coisa|se sim|um pouco mais|re:^(?:há|tem)\\s+(?:algo|alguma\\s+coisa|mais)\\b",
    },
    # a "que" that asks no "what": a consent asked over a clause ("Accepteriez-vous QU'on
    # vous recontacte ?"), a time named ("no mês QUE VEM")
    "joined_que": {
        "es": "vez que|aceptaría que|acepta que|le importaría que|le parece bien que|más que|menos que|mejor que|peor que",
        "fr": "fois que|fois qu'|accepteriez-vous que|accepteriez-vous qu'|acceptez-vous que|acceptez-vous qu'|voulez-vous que|voulez-vous qu'|souhaitez-vous que|souhaitez-vous qu'|d'accord pour que|d'accord pour qu'|plus que|moins que|mieux que|plutôt que|plus qu'|moins qu'",
        "pt": "concorda que|concordas que|autoriza que|autorizas que|vez que|aceitaria que|aceita que|se importaria que|se importa que|permitiria que|permite que|que vem|que passou|mais do que|menos do que|melhor do que|pior do que|mais que|menos que|melhor que|pior que",
    },
    # negations that end "… or not?": still a yes/no
    "or_not": {"en": "not|no", "es": "no", "fr": "pas|non", "de": "nicht|nein", "pt": "não"},
    # after an option list, an aside that keeps the list the answer
    # an "Other" offered in the instruction after the options: the clause is its free text
    # ("… and if you use something else, tell me which", "si es otro, dime cuál")
    "other_offer": {
        "en": "re:\\bif\\s+(?:you\\s+(?:use|have|prefer|picked|chose)|it'?s|it\\s+is|there'?s|there\\s+is)\\s+(?:something|anything|someone|somewhere)\\s+else\\b[^.;!?]*|re:\\bif\\s+(?:it'?s|it\\s+is)\\s+(?:another|a\\s+different)\\s+one\\b[^.;!?]*",
        "es": "re:\\bsi\\s+(?:es|hay|usas|usa|prefieres|prefiere)\\s+otr[oa]s?\\b[^.;!?]*",
        "fr": "re:\\bsi\\s+c'est\\s+(?:un\\s+autre|une\\s+autre|autre\\s+chose)\\b[^.;!?]*",
        "de": "re:\\b(?:falls|wenn)\\s+es\\s+(?:ein\\s+anderer|eine\\s+andere|ein\\s+anderes|etwas\\s+anderes)\\s+ist\\b[^.;!?]*",
        "pt": "re:\\bse\\s+(?:for|usar|preferir)\\s+(?:outr[oa]s?|outra\\s+coisa)\\b[^.;!?]*",
    },
    "afterthought": {
        "en": "re:^(?:feel free|you can also|you may also|if none|or (?:just )?tell me|no (?:right|wrong) answers?)",
        "es": "re:^(?:si ninguna|si ninguno|también puedes)",
        "fr": "re:^(?:n'hésitez pas|vous pouvez aussi)",
        "de": "re:^(?:gerne auch|sie können auch)",
        "pt": "re:^(?:fique à vontade|também pode)",
    },
    # a statement put for confirmation: the clause after it is told, not asked ("Is it true
    # that your team SHARES one login?" invites no story, whatever its verb)
    "confirm_frame": {
        "en": "is it true that|is it right that|is it correct that|is it fair to say that|is it fair to say|would it be fair to say that|would it be fair to say|is it accurate to say|is it right to say|am i right that|am i right in thinking that",
        "es": "es cierto que|es verdad que|es correcto que|es justo decir que|sería justo decir que|estoy en lo cierto si digo que",
        "fr": "est-il vrai que|est-ce vrai que|c'est vrai que|est-il exact que|est-ce exact que|est-il juste de dire que|est-il juste de dire qu'|serait-il juste de dire que|peut-on dire que",
        "de": "stimmt es, dass|stimmt es dass|ist es richtig, dass|ist es richtig dass|trifft es zu, dass|trifft es zu dass|ist es wahr, dass|ist es fair zu sagen, dass|kann man sagen, dass|kann man sagen dass",
        "pt": "é verdade que|é certo que|é correto dizer que|é justo dizer que|seria justo dizer que|estou certo em dizer que|dá para dizer que",
    },
}  # fmt: skip
