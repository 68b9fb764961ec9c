"""Every word the kiosk shows, in one place: the participant's, in five languages (formal
register), and the operator's (English).

The kiosk's chrome (welcome, consent, the interview's frame, "Still there?", thank-you, the PIN
prompt) speaks the participant's language: :func:`texts_for` gives the :class:`KioskTexts` of
a locale (``es``, ``es-MX`` and ``es_ES`` are Spanish), English for a language it does not
have. Strings with ``{n}`` take a number of seconds or attempts.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class KioskTexts:
    language: str  # the language's own name, for the language choice
    welcome: str  # the welcome text when the study sets none
    begin: str
    choose_language: str
    offline: str
    consent_title: str
    consent_default: str  # the consent text when consent is on and the study sets none
    agree: str
    decline: str
    name_title: str
    name_placeholder: str
    code_title: str
    code_placeholder: str
    proceed: str
    cancel: str
    field_empty: str
    interviewer: str  # the transcript's labels
    you: str
    placeholder: str  # the composer's
    composer_hint: str
    one_moment: str  # pacing, a 429 wait, offline: one calm line
    finish: str
    finish_title: str
    finish_body: str
    finish_yes: str
    finish_no: str
    done: str  # the interviewer has finished
    still_there_title: str
    still_there_body: str
    still_there_countdown: str  # {n} seconds
    thanks_title: str
    thanks_body: str
    thanks_countdown: str  # {n} seconds
    pin_title: str
    pin_prompt: str
    pin_wrong: str  # {n} attempts left
    pin_locked: str  # {n} seconds
    pin_back: str


TEXTS: dict[str, KioskTexts] = {
    "en": KioskTexts(
        language="English",
        welcome="Welcome. We would like to hear about your experience. "
        "It only takes a few minutes.",
        begin="Press Enter to begin",
        choose_language="Choose your language with ← and →",
        offline="This station is offline — please ask a member of staff",
        consent_title="Before we begin",
        consent_default="Your answers are recorded and used for research. "
        "You may stop at any time.",
        agree="I agree",
        decline="No, thank you",
        name_title="What is your name?",
        name_placeholder="Your name",
        code_title="Please type your participant code",
        code_placeholder="Your code",
        proceed="Continue",
        cancel="Cancel",
        field_empty="Please type it first.",
        interviewer="Interviewer",
        you="You",
        placeholder="Type your answer here…",
        composer_hint="Enter sends · Ctrl+J starts a new line",
        one_moment="One moment…",
        finish="Finish",
        finish_title="Finish now?",
        finish_body="Your answers so far are kept. You cannot come back to this conversation.",
        finish_yes="Yes, finish",
        finish_no="No, continue",
        done="The conversation is complete. Press Enter to finish.",
        still_there_title="Still there?",
        still_there_body="Press any key to continue.",
        still_there_countdown="This conversation ends in {n} s.",
        thanks_title="Thank you!",
        thanks_body="Your answers have been saved. You may leave the station now.",
        thanks_countdown="Back to the start in {n} s",
        pin_title="Staff only",
        pin_prompt="Operator PIN",
        pin_wrong="That PIN is not right. Attempts left: {n}.",
        pin_locked="Too many wrong attempts. Please wait {n} s.",
        pin_back="Esc goes back",
    ),
    "es": KioskTexts(
        language="Español",
        welcome="Le damos la bienvenida. Nos gustaría conocer su experiencia. "
        "Solo le llevará unos minutos.",
        begin="Pulse Intro para empezar",
        choose_language="Elija su idioma con ← y →",
        offline="Este puesto no tiene conexión — por favor, avise a un miembro del personal",
        consent_title="Antes de empezar",
        consent_default="Sus respuestas se registran y se usan con fines de investigación. "
        "Puede terminar en cualquier momento.",
        agree="Acepto",
        decline="No, gracias",
        name_title="¿Cuál es su nombre?",
        name_placeholder="Su nombre",
        code_title="Escriba su código de participante",
        code_placeholder="Su código",
        proceed="Continuar",
        cancel="Cancelar",
        field_empty="Por favor, escríbalo primero.",
        interviewer="Entrevistador",
        you="Usted",
        placeholder="Escriba aquí su respuesta…",
        composer_hint="Intro envía · Ctrl+J empieza una línea nueva",
        one_moment="Un momento…",
        finish="Terminar",
        finish_title="¿Terminar ahora?",
        finish_body="Sus respuestas hasta ahora se conservan. No podrá volver a esta conversación.",
        finish_yes="Sí, terminar",
        finish_no="No, continuar",
        done="La conversación ha terminado. Pulse Intro para finalizar.",
        still_there_title="¿Sigue ahí?",
        still_there_body="Pulse cualquier tecla para continuar.",
        still_there_countdown="Esta conversación terminará en {n} s.",
        thanks_title="¡Muchas gracias!",
        thanks_body="Sus respuestas se han guardado. Ya puede dejar el puesto.",
        thanks_countdown="Volvemos al inicio en {n} s",
        pin_title="Solo personal",
        pin_prompt="PIN de operador",
        pin_wrong="El PIN no es correcto. Intentos restantes: {n}.",
        pin_locked="Demasiados intentos fallidos. Espere {n} s, por favor.",
        pin_back="Esc para volver",
    ),
    "fr": KioskTexts(
        language="Français",
        welcome="Bienvenue. Nous aimerions connaître votre expérience. "
        "Cela ne prend que quelques minutes.",
        begin="Appuyez sur Entrée pour commencer",
        choose_language="Choisissez votre langue avec ← et →",
        offline="Ce poste est hors ligne — veuillez vous adresser à un membre du personnel",
        consent_title="Avant de commencer",
        consent_default="Vos réponses sont enregistrées et utilisées à des fins de recherche. "
        "Vous pouvez arrêter à tout moment.",
        agree="J'accepte",
        decline="Non, merci",
        name_title="Quel est votre nom ?",
        name_placeholder="Votre nom",
        code_title="Veuillez saisir votre code de participant",
        code_placeholder="Votre code",
        proceed="Continuer",
        cancel="Annuler",
        field_empty="Veuillez d'abord le saisir.",
        interviewer="Enquêteur",
        you="Vous",
        placeholder="Saisissez votre réponse ici…",
        composer_hint="Entrée envoie · Ctrl+J commence une nouvelle ligne",
        one_moment="Un instant…",
        finish="Terminer",
        finish_title="Terminer maintenant ?",
        finish_body="Vos réponses sont conservées. "
        "Vous ne pourrez pas revenir à cette conversation.",
        finish_yes="Oui, terminer",
        finish_no="Non, continuer",
        done="La conversation est terminée. Appuyez sur Entrée pour finir.",
        still_there_title="Vous êtes toujours là ?",
        still_there_body="Appuyez sur une touche pour continuer.",
        still_there_countdown="Cette conversation se termine dans {n} s.",
        thanks_title="Merci beaucoup !",
        thanks_body="Vos réponses ont été enregistrées. Vous pouvez quitter le poste.",
        thanks_countdown="Retour à l'accueil dans {n} s",
        pin_title="Réservé au personnel",
        pin_prompt="Code PIN de l'opérateur",
        pin_wrong="Ce code PIN est incorrect. Essais restants : {n}.",
        pin_locked="Trop d'essais erronés. Veuillez patienter {n} s.",
        pin_back="Échap pour revenir",
    ),
    "de": KioskTexts(
        language="Deutsch",
        welcome="Willkommen. Wir möchten gern von Ihren Erfahrungen hören. "
        "Es dauert nur wenige Minuten.",
        begin="Drücken Sie die Eingabetaste, um zu beginnen",
        choose_language="Wählen Sie Ihre Sprache mit ← und →",
        offline="Diese Station ist offline — bitte wenden Sie sich an das Personal",
        consent_title="Bevor wir beginnen",
        consent_default="Ihre Antworten werden gespeichert und für Forschungszwecke "
        "verwendet. Sie können jederzeit aufhören.",
        agree="Ich stimme zu",
        decline="Nein, danke",
        name_title="Wie heißen Sie?",
        name_placeholder="Ihr Name",
        code_title="Bitte geben Sie Ihren Teilnehmercode ein",
        code_placeholder="Ihr Code",
        proceed="Weiter",
        cancel="Abbrechen",
        field_empty="Bitte geben Sie ihn zuerst ein.",
        interviewer="Interviewer",
        you="Sie",
        placeholder="Geben Sie hier Ihre Antwort ein…",
        composer_hint="Eingabetaste sendet · Strg+J beginnt eine neue Zeile",
        one_moment="Einen Moment…",
        finish="Beenden",
        finish_title="Jetzt beenden?",
        finish_body="Ihre bisherigen Antworten bleiben gespeichert. "
        "Sie können nicht zu diesem Gespräch zurückkehren.",
        finish_yes="Ja, beenden",
        finish_no="Nein, weiter",
        done="Das Gespräch ist zu Ende. Drücken Sie die Eingabetaste, um abzuschließen.",
        still_there_title="Sind Sie noch da?",
        still_there_body="Drücken Sie eine beliebige Taste, um fortzufahren.",
        still_there_countdown="Dieses Gespräch endet in {n} s.",
        thanks_title="Vielen Dank!",
        thanks_body="Ihre Antworten wurden gespeichert. Sie können die Station jetzt verlassen.",
        thanks_countdown="Zurück zum Anfang in {n} s",
        pin_title="Nur für Personal",
        pin_prompt="Bediener-PIN",
        pin_wrong="Diese PIN ist nicht richtig. Verbleibende Versuche: {n}.",
        pin_locked="Zu viele falsche Versuche. Bitte warten Sie {n} s.",
        pin_back="Esc geht zurück",
    ),
    "pt": KioskTexts(
        language="Português",
        welcome="Damos-lhe as boas-vindas. Gostaríamos de conhecer a sua experiência. "
        "Demora apenas alguns minutos.",
        begin="Prima Enter para começar",
        choose_language="Escolha o seu idioma com ← e →",
        offline="Este posto está sem ligação — por favor, dirija-se a um membro da equipa",
        consent_title="Antes de começar",
        consent_default="As suas respostas são registadas e usadas para fins de investigação. "
        "Pode terminar a qualquer momento.",
        agree="Aceito",
        decline="Prefiro não participar",
        name_title="Qual é o seu nome?",
        name_placeholder="O seu nome",
        code_title="Escreva o seu código de participante",
        code_placeholder="O seu código",
        proceed="Continuar",
        cancel="Cancelar",
        field_empty="Por favor, escreva-o primeiro.",
        interviewer="Entrevistador",
        you="Participante",
        placeholder="Escreva aqui a sua resposta…",
        composer_hint="Enter envia · Ctrl+J começa uma linha nova",
        one_moment="Um momento…",
        finish="Terminar",
        finish_title="Terminar agora?",
        finish_body="As suas respostas até agora ficam guardadas. "
        "Não poderá voltar a esta conversa.",
        finish_yes="Sim, terminar",
        finish_no="Não, continuar",
        done="A conversa terminou. Prima Enter para finalizar.",
        still_there_title="Ainda está aí?",
        still_there_body="Prima qualquer tecla para continuar.",
        still_there_countdown="Esta conversa termina dentro de {n} s.",
        thanks_title="Muito obrigado!",
        thanks_body="As suas respostas foram guardadas. Já pode deixar o posto.",
        thanks_countdown="Regresso ao início dentro de {n} s",
        pin_title="Apenas para a equipa",
        pin_prompt="PIN do operador",
        pin_wrong="O PIN não está correto. Tentativas restantes: {n}.",
        pin_locked="Demasiadas tentativas erradas. Aguarde {n} s, por favor.",
        pin_back="Esc para voltar",
    ),
}

LANGUAGES: tuple[str, ...] = tuple(TEXTS)
FIELDS: tuple[str, ...] = tuple(f.name for f in fields(KioskTexts))


def language_of(locale: str | None) -> str:
    """The language code of ``locale`` the kiosk has words for (``es-MX`` -> ``es``), else en."""
    code = (locale or "").strip().replace("_", "-").split("-")[0].lower()
    return code if code in TEXTS else "en"


def texts_for(locale: str | None) -> KioskTexts:
    """The kiosk's words in the language of ``locale`` (English when it has none)."""
    return TEXTS[language_of(locale)]


def pick(value: str | dict[str, str] | None, locale: str | None, default: str) -> str:
    """A study's own text (one string, or one per locale) in ``locale``; else its English or
    first one; ``default`` when the study sets none."""
    if isinstance(value, str):
        return value
    if not value:
        return default
    for key in (locale or "", language_of(locale), "en"):
        if key and key in value:
            return value[key]
    return next(iter(value.values()))


# The operator's words (English: the operator panel is staff-facing).
OPERATOR: dict[str, str] = {
    "title": "Operator panel",
    "station": "Station {station} · study {study}",
    "today": "Today: {completed} completed · {early} ended early · {timeout} timed out",
    "waiting": "Waiting to be sent: {answers} answer(s), {completes} interview(s) to complete",
    "online": "Server: online",
    "offline": "Server: offline — {why}",
    "unknown": "Server: not checked yet",
    "locale": "Participants' language (the welcome screen's default):",
    "end": "End kiosk mode",
    "back": "Back to the kiosk",
    "ending": "Sending what is waiting before the kiosk ends…",
    "kept": "{n} item(s) could not be sent: they are kept (journal and queue) and sent "
    "the next time the kiosk starts. Press End again to leave now.",
    "reading": "Reading today's figures…",
}

__all__ = [
    "FIELDS",
    "LANGUAGES",
    "OPERATOR",
    "TEXTS",
    "KioskTexts",
    "language_of",
    "pick",
    "texts_for",
]
