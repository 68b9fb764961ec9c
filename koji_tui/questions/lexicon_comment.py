"""The words of an optional invitation to comment on an answer (merged into
koji_tui.questions.lexicon's CUES; read by koji_tui.questions.comment).

* ``comment_lead``: how such an invitation opens, as a permission or a condition ("Feel free
  to …", "If you like, …", "Si quiere, …", "N'hésitez pas à …", "Gerne …", "Fique à vontade …");
* ``comment_verb``: or with the verb it asks for ("tell me why …", "explique …");
* ``comment_optional``: what makes an invitation that opens with its verb optional ("… if you
  like", "… too", "… aussi", "… gerne", "… se quiser");
* ``comment_not``: what makes the invitation the ask: a reason asked both ways ("why or why
  not"), a story, at length, examples, something else than the options ("And if you used
  something else, tell me the story of how you found it.");
* ``comment_skip``: words before its lead that change nothing ("And …", "Please …", "Any …");
* ``comment_on``: what it asks for: a reason, a comment, the answer itself ("why", "por qué",
  "your choice", "Ihre Antwort", "o motivo"), never a story ("what happened").
"""

from __future__ import annotations

COMMENT_CUES: dict[str, dict[str, str]] = {
    "comment_lead": {
        "en": "if anything|if something|if there's anything|if there is anything|if any|where relevant|if relevant|if applicable|feel free|if you like|if you'd like|if you want|if you wish|if you care to|you can also|you may also|you can|you may|you're welcome to|you are welcome to|optionally|comments welcome|comments are welcome|happy to hear",
        "es": "si algo|si hay algo|si hubo algo|si aplica|si procede|si quiere|si quieres|si lo desea|si lo deseas|si le apetece|si te apetece|si gusta|también puede|también puedes|puede|puedes|siéntase libre|siéntete libre|opcionalmente|con gusto",
        "fr": "si quelque chose|s'il y a quelque chose|le cas échéant|si besoin|au besoin|n'hésitez pas|n'hésite pas|si vous le souhaitez|si vous voulez|si vous le voulez|si tu veux|si tu le souhaites|vous pouvez aussi|vous pouvez également|vous pouvez|tu peux|libre à vous|facultativement",
        "de": "wenn etwas|falls etwas|wenn es etwas|gegebenenfalls|wenn sie … möchten|wenn du … möchtest|gerne|gern|ruhig|wenn sie möchten|wenn sie mögen|wenn du möchtest|wenn sie wollen|wenn du willst|falls sie möchten|falls du möchtest|sie können|du kannst|optional|freiwillig",
        "pt": "se algo|se houver algo|se tiver algo|se for o caso|se necessário|à vontade|a vontade|se quiser|se desejar|se preferir|se puder|fique à vontade|fique a vontade|sinta-se à vontade|sinta-se a vontade|você pode|pode|opcionalmente",
    },
    "comment_verb": {
        "en": "tell me|tell us|explain|comment|comments|say|add|share|justify|give|mention|note|describe",
        "es": "cuénteme|cuéntame|cuéntenos|explique|explica|explíquenos|explícanos|comente|comenta|comentario|comentarios|diga|dime|díganos|añada|añade|justifique|justifica|contarme|contarnos|cuéntamelo|cuéntanoslo|mencione|menciona|darme|darnos|dame|denos",
        "fr": "expliquez|explique|dites|dis|commentez|commente|commentaire|commentaires|remarques|précisez|précise|préciser|ajoutez|ajoute|ajouter|justifiez|justifie|racontez|raconte|racontez-moi|dites-moi|dire|mentionnez|signalez",
        "de": "erklären sie|erkläre|erzählen sie|erzähl|sagen sie|sag|begründen sie|begründe|kommentieren sie|kommentar|kommentare|anmerkungen|schreiben sie|schreib|sagen|erzählen|erzählen sie es|erwähnen|ergänzen|anmerken",
        "pt": "conte|conta|me conta|me conte|me diga|me diz|explique|explica|comente|comenta|comentário|comentários|diga|justifique|justifica|acrescente|comentar|contar|me diz|me dê|me dá|mencione",
    },
    "comment_optional": {
        "en": "if you like|if you'd like|if you want|if you wish|too|as well|also|optional|optionally|welcome|as much as you like|as much as you want|as much as you wish|anything|if",
        "es": "si quiere|si quieres|si lo desea|si lo deseas|si le apetece|si te apetece|también|opcional|opcionalmente|bienvenido*|todo lo que quieras|todo lo que quiera|lo que quieras|lo que quiera|si quieres|cualquier|si",
        "fr": "si vous le souhaitez|si vous voulez|si vous le voulez|si tu veux|aussi|également|facultatif|facultativement|bienvenu*|le cas échéant|autant que vous voulez|autant que vous le souhaitez|autant que tu veux|si|s'il",
        "de": "wenn sie möchten|wenn du möchtest|gerne|gern|ruhig|auch|optional|freiwillig|willkommen|so viel sie mögen|so viel sie möchten|so viel du magst|so viel du möchtest|wenn|falls",
        "pt": "se quiser|se desejar|se preferir|também|opcional|opcionalmente|bem-vind*|à vontade|a vontade",
    },
    # a reason asked both ways is the ask itself ("Tell me why or why not.")
    "comment_not": {
        "en": "why not|story|stories|in detail|at length|for example|for instance|something else|anything else",
        "es": "por qué no|historia|en detalle|detalladamente|con detalle|por ejemplo|otra cosa|algo más",
        "fr": "pourquoi pas|histoire|en détail|par exemple|autre chose",
        "de": "warum nicht|wieso nicht|weshalb nicht|geschichte|ausführlich|im detail|zum beispiel|etwas anderes",
        "pt": "por que não|por quê não|porque não|história|em detalhe|detalhadamente|por exemplo|outra coisa",
    },
    # words before the invitation that change nothing ("And if you like, …", "Bitte gerne …")
    "comment_skip": {
        "en": "and|also|please|any|so|oh|plus|the|your",
        "es": "y|también|por favor|cualquier|algún|algun|los|las|el|la|sus|tus",
        "fr": "et|aussi|s'il vous plaît|svp|tout|tous|les|le|la|vos|tes",
        "de": "und|auch|bitte|die|ihre|deine",
        "pt": "e|também|por favor|qualquer|algum|os|as|o|a|seus|suas",
    },
    "comment_on": {
        "en": "why|reason|reasons|comment|comments|explain*|justify|your choice|your choices|your answer|your answers|your score|your rating|your pick|your picks|your order|your ranking|your selection|what made you choose|what made you pick|context|a word on",
        "es": "por qué|porqué|motivo|motivos|razón|razones|coment*|explic*|explíc*|justifi*|su elección|tu elección|su respuesta|tu respuesta|su nota|tu nota|su puntuación|tu puntuación|su orden|tu orden|contexto",
        "fr": "pourquoi|raison|raisons|comment*|expli*|justifi*|votre choix|ton choix|vos choix|votre réponse|ta réponse|votre note|ta note|votre classement|votre ordre|contexte|un mot sur",
        "de": "warum|weshalb|wieso|grund|gründe|begründ*|kommentar*|kommentier*|erklär*|ihre wahl|ihre antwort|ihre bewertung|ihre reihenfolge|deine wahl|deine antwort|deine bewertung|kontext",
        "pt": "por que|por quê|porquê|motivo|motivos|razão|razões|coment*|explic*|justifi*|sua escolha|suas escolhas|sua resposta|sua nota|sua ordem|contexto",
    },
}  # fmt: skip
