"""The words of an optional invitation to comment on an answer (merged into
koji_tui.questions.lexicon's CUES; read by koji_tui.questions.comment).

* ``comment_lead``: how such an invitation opens, as a permission or a condition ("Feel free
  to …", "If you like, …", "Si quiere, …", "N'hésitez pas à …", "Gerne …", "Fique à vontade …");
* ``comment_verb``: or with the verb it asks for ("tell me why …", "explique …");
* ``comment_optional``: what makes an invitation that opens with its verb optional ("… if you
  like", "… too", "… aussi", "… gerne", "… se quiser");
* ``comment_not``: a reason asked both ways, which is the ask ("why or why not");
* ``comment_skip``: words before its lead that change nothing ("And …", "Please …", "Any …");
* ``comment_on``: what it asks for: a reason, a comment, the answer itself ("why", "por qué",
  "your choice", "Ihre Antwort", "o motivo"), never a story ("what happened").
"""

from __future__ import annotations

COMMENT_CUES: dict[str, dict[str, str]] = {
    "comment_lead": {
        "en": "feel free|if you like|if you'd like|if you want|if you wish|if you care to|you can also|you may also|you can|you may|you're welcome to|you are welcome to|optionally|comments welcome|comments are welcome|happy to hear",
        "es": "si quiere|si quieres|si lo desea|si lo deseas|si le apetece|si te apetece|si gusta|también puede|también puedes|puede|puedes|siéntase libre|siéntete libre|opcionalmente|con gusto",
        "fr": "n'hésitez pas|n'hésite pas|si vous le souhaitez|si vous voulez|si vous le voulez|si tu veux|si tu le souhaites|vous pouvez aussi|vous pouvez également|vous pouvez|tu peux|libre à vous|facultativement",
        "de": "gerne|gern|wenn sie möchten|wenn sie mögen|wenn du möchtest|wenn sie wollen|wenn du willst|falls sie möchten|falls du möchtest|sie können|du kannst|optional|freiwillig",
        "pt": "se quiser|se desejar|se preferir|se puder|fique à vontade|fique a vontade|sinta-se à vontade|sinta-se a vontade|você pode|pode|opcionalmente",
    },
    "comment_verb": {
        "en": "tell me|tell us|explain|comment|comments|say|add|share|justify|give",
        "es": "cuénteme|cuéntame|cuéntenos|explique|explica|explíquenos|explícanos|comente|comenta|comentario|comentarios|diga|dime|díganos|añada|añade|justifique|justifica",
        "fr": "expliquez|explique|dites|dis|commentez|commente|commentaire|commentaires|remarques|précisez|précise|ajoutez|ajoute|justifiez|justifie",
        "de": "erklären sie|erkläre|erzählen sie|erzähl|sagen sie|sag|begründen sie|begründe|kommentieren sie|kommentar|kommentare|anmerkungen|schreiben sie|schreib",
        "pt": "conte|conta|me conta|me conte|me diga|me diz|explique|explica|comente|comenta|comentário|comentários|diga|justifique|justifica|acrescente",
    },
    "comment_optional": {
        "en": "if you like|if you'd like|if you want|if you wish|too|as well|also|optional|optionally|welcome",
        "es": "si quiere|si quieres|si lo desea|si lo deseas|si le apetece|si te apetece|también|opcional|opcionalmente|bienvenido*",
        "fr": "si vous le souhaitez|si vous voulez|si vous le voulez|si tu veux|aussi|également|facultatif|facultativement|bienvenu*",
        "de": "wenn sie möchten|wenn du möchtest|gerne|gern|auch|optional|freiwillig|willkommen",
        "pt": "se quiser|se desejar|se preferir|também|opcional|opcionalmente|bem-vind*",
    },
    # a reason asked both ways is the ask itself ("Tell me why or why not.")
    "comment_not": {
        "en": "why not",
        "es": "por qué no",
        "fr": "pourquoi pas",
        "de": "warum nicht|wieso nicht|weshalb nicht",
        "pt": "por que não|por quê não|porque não",
    },
    # words before the invitation that change nothing ("And if you like, …", "Bitte gerne …")
    "comment_skip": {
        "en": "and|also|please|any|so|oh|plus",
        "es": "y|también|por favor|cualquier|algún|algun",
        "fr": "et|aussi|s'il vous plaît|svp|tout|tous",
        "de": "und|auch|bitte",
        "pt": "e|também|por favor|qualquer|algum",
    },
    "comment_on": {
        "en": "why|reason|reasons|comment|comments|explain*|justify|your choice|your choices|your answer|your answers|your score|your rating|your pick|your picks|your order|your ranking|your selection|what made you choose|what made you pick",
        "es": "por qué|porqué|motivo|motivos|razón|razones|coment*|explic*|explíc*|justifi*|su elección|tu elección|su respuesta|tu respuesta|su nota|tu nota|su puntuación|tu puntuación|su orden|tu orden",
        "fr": "pourquoi|raison|raisons|comment*|expli*|justifi*|votre choix|ton choix|vos choix|votre réponse|ta réponse|votre note|ta note|votre classement|votre ordre",
        "de": "warum|weshalb|wieso|grund|gründe|begründ*|kommentar*|kommentier*|erklär*|ihre wahl|ihre antwort|ihre bewertung|ihre reihenfolge|deine wahl|deine antwort|deine bewertung",
        "pt": "por que|por quê|porquê|motivo|motivos|razão|razões|coment*|explic*|justifi*|sua escolha|suas escolhas|sua resposta|sua nota|sua ordem",
    },
}  # fmt: skip
