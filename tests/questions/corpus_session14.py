"""Session 14's batches: families written anew from the misses of held-out corpora, with
questions of the same shape beside them. Each batch's first score, on the detector before the
change made for it, is kept beside it (printed by tests/benchmarks/questions.py).

* RELATIVE_COMPLEMENT: a yes/no whose noun has a complement before its relative clause ("o
  cupom DE DESCONTO que enviamos", "el código DE DESCUENTO que te mandamos"): the relative
  "que" is no interrogative (held-out 25's last miss); a real interrogative before such a
  noun keeps the question open.
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

S, M, R, SC, Y = "single_choice", "multiple_choice", "ranking", "scale", "yes_no"

RELATIVE_COMPLEMENT: list[Case] = [
    C(Y, "Legal! Você chegou a usar o cupom de desconto que enviamos por e-mail?", lang="pt"),
    C(Y, "Você já abriu o relatório de vendas que a equipa partilhou ontem?", lang="pt"),
    C(Y, "¿Llegaste a usar el código de descuento que te mandamos la semana pasada?", lang="es"),
    C(Y, "¿Ha probado la función de exportación que añadimos en marzo?", lang="es"),
    D("Qual é a parte do aplicativo de entregas que você mais usa no dia a dia?", lang="pt"),
    D("¿Cuál es la parte del proceso de pago que más te cuesta, y por qué?", lang="es"),
    C(Y, "Did you get a chance to read the summary that the research team shared last week?"),
    D("You read the summary that the team shared: what did you make of it?"),
    D("E sobre a reunião de ontem, o que a equipe compartilhou com você depois dela?", lang="pt"),
    C(Y, "Avez-vous lu le compte rendu que notre équipe a partagé hier ?", lang="fr"),
]
RELATIVE_COMPLEMENT_FIRST_SCORE = "detector of 5158145: 6/10 exactly right; open_ended 0.500/1.000, yes_no 1.000/0.333 (a relative clause with its own subject, or a complement before it, read as asking: 'que' as an interrogative, 'shared' as an invitation to tell); 0 of 4 open questions given a widget"

SESSION14: list[Case] = [*RELATIVE_COMPLEMENT]
