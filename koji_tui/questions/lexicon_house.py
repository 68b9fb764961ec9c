"""The words of a platform's house formats (read by koji_tui.questions.house).

* ``OPTIONS_LABEL``: the label before a row of options between pipes ("Options: A | B | C",
  "Opciones:", "Options :", "Optionen:", "Opções:"), per language; the label is no option.
"""

from __future__ import annotations

OPTIONS_LABEL: dict[str, str] = {
    "en": "options|choices|answer options",
    "es": "opciones|opciones de respuesta",
    "fr": "options|choix|choix de réponse",
    "de": "optionen|antwortoptionen|auswahl|antworten",
    "pt": "opções|opcoes|opções de resposta|alternativas",
}
