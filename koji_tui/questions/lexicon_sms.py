"""The words of SMS and voice interviewers (merged into koji_tui.questions.lexicon's CUES).

* ``sign_off``: a letter's closing line ("Regards,", "Saludos,", "Freundliche Grüsse"), which
  with the signature under it is no part of the ask (koji_tui.questions.sms);
* ``key_unit``: the key an answer is given by ("reply with the letters", "con los números"):
  it makes ``1 Email`` or ``A Price`` lines keyed options (koji_tui.questions.sms);
* ``reply_for``: the verb and preposition of options told as "Reply 1 for X, 2 for Y";
* ``context_after``: a sentence after the ask that says why it is asked or reassures ("This
  helps us plan.", "There are no right or wrong answers.", "Some people use both."), no ask;
* ``several`` (added to lexicon's): a declined "all" ("mit allen passenden Nummern");
* ``open`` (added to lexicon's): one's impression, one's own words ("¿Qué te pareció …?").
"""

from __future__ import annotations

SMS_CUES: dict[str, dict[str, str]] = {
    "sign_off": {
        "en": "thanks|thank you|many thanks|regards|kind regards|best regards|warm regards|best|best wishes|cheers|all the best|sincerely|take care|talk soon|see you",
        "es": "saludos|un saludo|gracias|muchas gracias|atentamente|cordialmente|un abrazo|abrazos|hasta pronto|nos vemos",
        "fr": "merci|merci beaucoup|cordialement|bien à vous|salutations|bonne journée|bonne soirée|à bientôt|au plaisir|amitiés",
        "de": "danke|vielen dank|grüsse|grüße|freundliche grüsse|freundliche grüße|viele grüsse|viele grüße|liebe grüsse|liebe grüße|mit freundlichen grüssen|mit freundlichen grüßen|beste grüsse|beste grüße|herzliche grüsse|herzliche grüße|bis bald",
        "pt": "obrigado|obrigada|muito obrigado|muito obrigada|abraços|um abraço|atenciosamente|cordialmente|saudações|até logo|até breve|beijos",
    },
    "key_unit": {
        "en": "number|numbers|letter|letters|digit|digits",
        "es": "número|números|letra|letras",
        "fr": "numéro|numéros|lettre|lettres|chiffre|chiffres",
        "de": "nummer|nummern|zahl|zahlen|buchstabe|buchstaben|ziffer|ziffern",
        "pt": "número|números|letra|letras",
    },
    "reply_for": {
        "en": "reply|text|press|send|type|enter|say",
        "es": "responde|responda|contesta|conteste|envía|envia|escribe|escriba|marca|marque|di|diga",
        "fr": "répondez|réponds|répondre|envoyez|écrivez|tapez|textez|dites",
        "de": "antworten sie|antworte|senden sie|schreiben sie|tippen sie|drücken sie|sagen sie",
        "pt": "responda|responde|envie|mande|digite|escreva|diga",
    },
    "reply_for_prep": {
        "en": "for|if",
        "es": "para|si",
        "fr": "pour|si",
        "de": "für|wenn",
        "pt": "para|pra|se",
    },
    "several": {"de": "allen|allem"},
    # an aside that only says the answer is optional or private ("(optional)", "(opcional)")
    "courtesy_aside": {
        "en": "optional|optional question|anonymous|confidential|no pressure|if you like|if you'd like|if you want|if you can|skip if you like|you can skip",
        "es": "opcional|pregunta opcional|anónimo|anónima|confidencial|sin presión|si quiere|si quieres|si lo desea|si lo deseas|si puede|si puedes",
        "fr": "facultatif|facultative|optionnel|optionnelle|question facultative|anonyme|confidentiel|confidentielle|sans pression|si vous voulez|si vous le souhaitez|si tu veux|si possible",
        "de": "optional|freiwillig|freiwillige angabe|anonym|vertraulich|ohne druck|wenn sie möchten|wenn du möchtest|wenn sie mögen|falls möglich",
        "pt": "opcional|pergunta opcional|anónimo|anônimo|anónima|anônima|confidencial|sem pressão|se quiser|se puder|se desejar",
    },
    "context_after": {
        "en": "re:^(?:this|it|that) (?:will )?helps? us|re:^(?:this|that|it) will help|re:^we(?:'ll| will)? use (?:this|it|your)|re:^we(?:'re| are)? ask(?:ing)? (?:this|everyone|all)|re:^there(?:'s| is| are) no (?:right|wrong)|re:^no (?:right|wrong) answers?|re:^your (?:answers?|responses?) (?:are|is|will|stay)|re:^all (?:answers|responses) (?:are|stay)|re:^(?:some|many|most|a lot of) (?:people|users|customers|participants)|re:^(?:we|i)(?:\\'re| are| am)? ask(?:ing)? (?:this|because|so|to|only|all)\\b|re:^(?:this|that|it|the) (?:question |information |answer )?(?:will |would |should |only )?(?:helps?|lets|allows|is used|will be used|goes)\\b|re:^(?:we|i)(?:\\'ll| will)? (?:only )?use (?:this|it|your|the)\\b|re:^(?:take|there\\'s no|no) (?:your time|rush|hurry)\\b|re:^(?=[^?/|·()\\[\\].!]{0,120}[.!]$)(?=(?:\\S+\\s+){3}\\S)(?=.*\\b(?:anonym\\w*|anonim\\w*|confidential\\w*|confidencia\\w*|confidentiel\\w*|vertraulich\\w*|optiona\\w*|opciona\\w*|optionne\\w*|facultati\\w*|freiwillig\\w*|skip\\w*|uberspring\\w*|saltar\\w*|saltart\\w*|pular|pule|ignorar|privacy|privac\\w*|datenschutz\\w*)\\b)|re:^(?:just )?go with your (?:gut|first (?:instinct|impression))|re:^(?:don't|do not|no need to) overthink|re:^trust your (?:gut|instinct)|re:^(?:your )?(?:answers?|responses?|information|details|data) (?:won't|will not|are not|aren't|will never|is not|isn't) (?:be )?(?:shared|passed on|passed|shown|sold)|re:^you (?:can|may) (?:always )?(?:change|update|edit) (?:this|it|that|your answer)|re:^we (?:only )?use (?:this|it|your answer)",
        "es": "re:^(?:esto|eso|ello)? ?nos (?:ayuda|sirve|ayudara)|re:^no hay respuestas? (?:correctas?|incorrectas?|buenas?|malas?)|re:^(?:tus|sus) respuestas (?:son|seran|se)|re:^(?:se lo |le |te )?pregunt(?:amos|o) (?:esto|a todos|a todas)|re:^(?:algunas|muchas) personas|re:^mucha gente|re:^(?:algunos|muchos) (?:usuarios|clientes)|re:^(?:se |lo |le |te |les |nos )?pregunt(?:amos|o)\\b|re:^(?:esto|eso|ello|esta pregunta|esta informacion|la respuesta|su respuesta|tu respuesta) (?:nos )?(?:ayuda|ayudara|sirve|servira|permite|permitira|se usara)\\b|re:^(?:usaremos|utilizaremos|solo usaremos)\\b|re:^(?:tomese|tomate) (?:su|tu|el) tiempo\\b|re:^(?=[^?/|·()\\[\\].!]{0,120}[.!]$)(?=(?:\\S+\\s+){3}\\S)(?=.*\\b(?:anonym\\w*|anonim\\w*|confidential\\w*|confidencia\\w*|confidentiel\\w*|vertraulich\\w*|optiona\\w*|opciona\\w*|optionne\\w*|facultati\\w*|freiwillig\\w*|skip\\w*|uberspring\\w*|saltar\\w*|saltart\\w*|pular|pule|ignorar|privacy|privac\\w*|datenschutz\\w*)\\b)|re:^(?:responda|responde|diga|di|conteste|contesta) lo primero que (?:le|te) (?:venga|viene|ocurra)|re:^(?:sin|no hace falta) pensarlo (?:mucho|demasiado)|re:^(?:sus|tus) (?:respuestas|datos) no se (?:compartiran|usaran|mostraran|comunicaran)|re:^(?:solo )?(?:usamos|utilizamos) (?:esta|este|estos|estas|esa|ese|su|tu)\\b|re:^(?:puede|puedes|podra|podras) (?:cambiarlo|cambiarla|modificarlo|modificarla|cambiar esto|cambiar su|cambiar tu)",
        "fr": "re:^(?:ca|cela|ceci) nous (?:aide|aidera|sert)|re:^on pose (?:la|cette) question|re:^nous posons (?:la|cette) question|re:^il n'y a (?:pas de|ni) (?:bonne|mauvaise)|re:^(?:vos|tes) reponses (?:sont|seront|restent)|re:^(?:certaines|beaucoup de|plusieurs) (?:personnes|gens|clients|utilisateurs)|re:^(?:nous|on) (?:vous |te )?(?:posons|pose|demandons|demande)\\b|re:^(?:ca|cela|ceci|cette question|cette information|votre reponse|ta reponse) (?:nous )?(?:aide|aidera|sert|servira|permet|permettra)\\b|re:^nous (?:utiliserons|utilisons|n\\'utiliserons)\\b|re:^prenez (?:votre|le) temps\\b|re:^(?=[^?/|·()\\[\\].!]{0,120}[.!]$)(?=.*\\b(?:passer|sauter|ignorer) (?:cette|la) question)|re:^(?=[^?/|·()\\[\\].!]{0,120}[.!]$)(?=(?:\\S+\\s+){3}\\S)(?=.*\\b(?:anonym\\w*|anonim\\w*|confidential\\w*|confidencia\\w*|confidentiel\\w*|vertraulich\\w*|optiona\\w*|opciona\\w*|optionne\\w*|facultati\\w*|freiwillig\\w*|skip\\w*|uberspring\\w*|saltar\\w*|saltart\\w*|pular|pule|ignorar|privacy|privac\\w*|datenschutz\\w*)\\b)|re:^(?:fiez-vous|fie-toi) a (?:votre|ta) (?:premiere impression|intuition)|re:^(?:sans|inutile de) trop reflechir|re:^(?:vos|tes) (?:reponses|donnees|informations) ne (?:seront|sont) (?:pas|jamais) (?:transmises|partagees|communiquees|diffusees)|re:^(?:vous pourrez|vous pouvez|tu pourras|tu peux) (?:le|la|les|en) (?:modifier|changer)",
        "de": "re:^(?:das|dies|es) hilft uns|re:^es gibt keine (?:richtigen|falschen)|re:^(?:ihre|deine) antworten (?:sind|werden|bleiben)|re:^wir fragen (?:das|dies|alle)|re:^(?:manche|viele|einige) (?:leute|menschen|nutzer|kunden)|re:^wir (?:fragen|stellen|nutzen|verwenden)\\b|re:^(?:das|dies|es|diese frage|diese angabe|ihre antwort|deine antwort) (?:hilft|dient|ermoglicht|wird)\\b|re:^(?:lassen sie sich|nehmen sie sich|lass dir|nimm dir) (?:ruhig )?zeit\\b|re:^(?=[^?/|·()\\[\\].!]{0,120}[.!]$)(?=.*\\bdiese frage (?:auch )?(?:auslassen|weglassen|offen lassen))|re:^(?=[^?/|·()\\[\\].!]{0,120}[.!]$)(?=(?:\\S+\\s+){3}\\S)(?=.*\\b(?:anonym\\w*|anonim\\w*|confidential\\w*|confidencia\\w*|confidentiel\\w*|vertraulich\\w*|optiona\\w*|opciona\\w*|optionne\\w*|facultati\\w*|freiwillig\\w*|skip\\w*|uberspring\\w*|saltar\\w*|saltart\\w*|pular|pule|ignorar|privacy|privac\\w*|datenschutz\\w*)\\b)|re:^(?:antworten sie|antworte) (?:einfach |ruhig )?(?:aus dem bauch heraus|spontan|ohne lange (?:nachzudenken|zu uberlegen))|re:^(?:einfach )?aus dem bauch heraus|re:^(?:ihre|deine) (?:antworten|angaben|daten) werden (?:nicht|nie) (?:weitergegeben|geteilt|veroffentlicht)|re:^(?:sie konnen|du kannst) (?:das|dies|es|ihre antwort|deine antwort) (?:jederzeit |spater |auch spater )?(?:andern|anpassen)|re:^wir (?:verwenden|nutzen) (?:diese|die|ihre)",
        "pt": "re:^(?:isso|isto) (?:nos )?ajuda|re:^nao (?:ha|existe) resposta|re:^(?:suas|as suas) respostas (?:sao|serao|ficam)|re:^(?:estamos )?pergunt(?:amos|ando) (?:isso|isto|a todos)|re:^(?:algumas|muitas) pessoas|re:^muita gente|re:^(?:alguns|muitos) (?:usuarios|clientes)|re:^(?:nos |eu )?pergunt(?:amos|o)\\b|re:^(?:isso|isto|esta pergunta|esta informacao|a resposta|a sua resposta|sua resposta) (?:nos )?(?:ajuda|ajudara|serve|servira|permite|permitira|sera usada)\\b|re:^(?:usaremos|utilizaremos)\\b|re:^(?:leve|tome) o (?:seu )?tempo\\b|re:^(?=[^?/|·()\\[\\].!]{0,120}[.!]$)(?=(?:\\S+\\s+){3}\\S)(?=.*\\b(?:anonym\\w*|anonim\\w*|confidential\\w*|confidencia\\w*|confidentiel\\w*|vertraulich\\w*|optiona\\w*|opciona\\w*|optionne\\w*|facultati\\w*|freiwillig\\w*|skip\\w*|uberspring\\w*|saltar\\w*|saltart\\w*|pular|pule|ignorar|privacy|privac\\w*|datenschutz\\w*)\\b)|re:^responda com a primeira coisa que (?:lhe|te) (?:vier|vem)|re:^(?:sem|nao precisa) pensar muito|re:^(?:as )?(?:suas|tuas) (?:respostas|informacoes|dados) nao (?:serao|vao ser|sao) (?:compartilhad|partilhad|divulgad|mostrad)\\w*|re:^(?:so|apenas) (?:usamos|utilizamos) (?:esta|este|isto|isso|estes|estas|a sua|o seu)\\b|re:^(?:voce|o senhor|a senhora|pode) (?:pode )?(?:mudar|alterar) (?:isso|isto|a sua resposta)",
    },
    "open": {
        "en": "in your words|in your own words",
        "es": "qué te pareció|qué le pareció|qué les pareció|con tus palabras|con sus palabras",
        "fr": "avec vos mots|dans vos mots|avec vos propres mots",
        "de": "in ihren worten|mit ihren worten|in eigenen worten|mit eigenen worten",
        "pt": "com suas palavras|com as suas palavras|com suas próprias palavras",
    },
}  # fmt: skip
