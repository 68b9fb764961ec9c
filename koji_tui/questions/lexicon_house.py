"""The words of a platform's house formats (read by koji_tui.questions.house).

* ``OPTIONS_LABEL``: the label before a row of options between pipes or spaced slashes
  ("Options: A | B | C", "Opciones:", "Vos options :", "Antworte mit einer der folgenden
  Optionen:", "Suas opções:"), per language; the label is no option.
"""

from __future__ import annotations

OPTIONS_LABEL: dict[str, str] = {
    "en": "options|choices|answer options|your options|the options|answer with one of|answer with one of these|reply with one of these",
    "es": "opciones|opciones de respuesta|tus opciones|sus opciones|responde con una de estas|responda con una de estas",
    "fr": "options|choix|choix de réponse|vos options|tes options|répondez par l'une de ces options|réponds par l'une de ces options",
    "de": "optionen|antwortoptionen|auswahl|antworten|ihre optionen|deine optionen|antworte mit einer der folgenden optionen|antworten sie mit einer der folgenden optionen",
    "pt": "opções|opcoes|opções de resposta|alternativas|suas opções|as suas opções|as tuas opções|responda com uma destas",
}
