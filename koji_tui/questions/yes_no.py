"""Stages 4 and 5: yes/no questions.

4. An explicit marker in the final ask: "(Yes/No)", "(Sí/No)", "(Y/N)", "(S/N)", "(O/N)",
   "(J/N)", "con un sí o un no", "`Yes` · `No`", "👍 / 👎", … (no open invitation beside it,
   and not refused: "not just a yes or a no", "nicht nur ein Ja oder ein Nein")
5. An implicit yes/no question that is the last sentence: an auxiliary and its subject ("Have
   you ever…?", "Did you…?", "Avez-vous déjà…?", "Haben Sie…?", "Você já…?"), a permission
   ("Can we contact you…?", "¿Podemos…?", "Dürfen wir…?"), a role ("Are you the person who…?",
   "C'est vous qui…?"), or a verb first in a language that asks that way ("¿Pagas…?",
   "Payez-vous…?", "Zahlen Sie…?"). It must offer no alternatives ("… or …?", except
   "… or not?"), no interrogative outside a relative clause ("the person WHO"), and no open
   invitation ("Could you tell me…?", "Would you be open to sharing…?"). A chatty word before
   the form ("So do you …?", "¿Y ya probaste …?", "Und hast du …?") and a polite lead-in
   ("Si vous me le permettez, avez-vous …?") are read past; "when" before a clause ("… when
   the trial ends?") asks nothing; a statement put for confirmation ("Is it true that your
   team shares one login?") invites no story, whatever its verb.
"""

from __future__ import annotations

import re
from functools import cache

from koji_tui.questions.cues import family, fold
from koji_tui.questions.joins import words
from koji_tui.questions.lexicon import UNACCENTED_JOINERS, YES_NO_MARKER

_EXPLICIT = re.compile(YES_NO_MARKER, re.IGNORECASE)
_LEAD_IN = re.compile(r"^.{0,80}?(?::|\s[—–]\s|\s-\s)\s*(?=\S)")
_PARENTHESIS = re.compile(r"\([^()]*\)")
_COMMA_LEAD = re.compile(r"^((?:[^\s,]+\s+){0,5}[^\s,]+),\s*(?=\S)")
# Spanish interrogatives keep their accent; folded, "qué" would read as the relative "que"
_ACCENTED_WH = re.compile(
    r"(?<!\w)(?:qué|cuál|cuáles|cómo|dónde|adónde|cuándo|quién|quiénes|cuánto|cuánta|cuántos|"
    r"cuántas|por qué)(?!\w)",
    re.IGNORECASE,
)
_HEARD = re.compile(r"\b(?:ouvido|ouvir|oido|oir|oyo|entendu|entendre)\s+$")  # folded
# a free relative after a comparison or a preposition, folded: "than what you buy now", "de lo
# que paga", "que ce que vous achetez", "do que o que"
_FREE_RELATIVE = re.compile(
    r"\b(?:than|of|from|to|with|for|about)\s+what\s+(?:you|we|they|i|he|she|it)\b|"
    r"\b(?:que|de)\s+(?:lo|ce|o)\s+que\b"
)
_ADDRESSED = re.compile(
    r"^(?:\w+\s+)?(?:you|tu|vous|voce|voces|usted|ustedes|o senhor|a senhora)\b"
)
_WRITTEN_OR = re.compile(r"(?<!\w)ou(?!\w)", re.IGNORECASE)
_EST_CE_QUE = re.compile(r"^est-ce\s+(?:que|qu')")


@cache
def _joiners(langs: tuple[str, ...]) -> re.Pattern[str] | None:
    # Spanish "que" joins clauses; Portuguese "o que" asks "what": no Spanish joiners then
    read = [lang for lang in langs if lang != "es" or "pt" not in langs]
    found = [UNACCENTED_JOINERS[lang] for lang in read if lang in UNACCENTED_JOINERS]
    return re.compile(r"(?<!\w)(?:" + "|".join(found) + r")(?!\w)") if found else None


@cache
def _alternative(langs: tuple[str, ...]) -> re.Pattern[str]:
    # Spanish "o" is "or", Portuguese "o" is "the": read as Portuguese when both are guessed
    read = tuple(lang for lang in langs if lang != "es" or "pt" not in langs)
    return re.compile(
        r"(?:\s|,)\s*" + words("or", read) + r"\b\s*(?P<rest>[^\s,?]*)", re.IGNORECASE
    )


def explicit(window: str, final: str, langs: tuple[str, ...]) -> bool:
    """ "(Yes/No)" and its translations in the last two sentences, the ask not open."""
    if _EXPLICIT.search(window) is None:
        return False
    open_cue = family("open", langs)  # "👍 / 👎 aside, tell me in your own words"
    if open_cue.search(fold(final)) is not None or open_cue.search(fold(window)) is not None:
        return False
    for found in _EXPLICIT.finditer(window):  # "Not just a yes or a no." refuses it
        before = re.split(r"[.?!:;]", fold(window[max(0, found.start() - 30) : found.start()]))
        if family("yn_refused", langs).search(before[-1]) is not None:
            return False
    marked = _EXPLICIT.search(final)  # "Not just a yes or no: how did it go?" asks the how
    if marked is not None:
        after = final[marked.end() :].partition(":")
        if after[1] and family("wh", langs).match(fold(after[2].strip(" ¿"))):
            return False
    return True


# a closing clause that spells out what the question covers ("…, either directly or
# indirectly?", "…, ya sea de forma fija o rotativa?", "…, que ce soit par choix ou …?", "…, sei es
# disziplinarisch oder fachlich?", "…, seja em regime fixo ou rotativo?"): no alternatives
_EITHER_CLAUSE = re.compile(
    r",\s*(?:either|whether|ya\s+sea|sea|que\s+ce\s+soit|soit|sei\s+es|seja|quer)\b[^,?]*(?=\?*\s*$)",
    re.IGNORECASE,
)
# "ever" or "any" before a single "or": whether any of it happened ("Have you ever reported an
# incident or a safety problem?", "¿Ha sufrido alguna situación de acoso o trato …?")
_EVER = re.compile(
    r"\b(?:ever|any|alguna\s+vez|alguna|algún|alguno|déjà|schon\s+einmal|jemals|irgendein\w*|"
    r"alguma\s+vez|alguma|algum)\b",
    re.IGNORECASE,
)


def _alternatives(sentence: str, langs: tuple[str, ...]) -> bool:
    """ "… A or B?" (but not "… or not?", nor a closing "…, either directly or indirectly?",
    nor one "or" after "ever" or "any")."""
    sentence = _EITHER_CLAUSE.sub("", sentence)
    found = list(_alternative(langs).finditer(sentence))
    if len(found) == 1 and "," not in sentence[: found[0].start()] and _EVER.search(sentence):
        return False
    for match in found:
        rest = fold(match.group("rest"))
        last = not sentence[match.end() :].strip(" ?")
        if rest and last and family("or_not", langs).fullmatch(rest):
            continue
        return True
    return False


@cache
def _discourse(langs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"^(?:" + words("discourse", langs) + r")\s*,?\s+(?=\S)", re.IGNORECASE)


def past_discourse(sentence: str, langs: tuple[str, ...]) -> str:
    """``sentence`` without a chatty word before its form ("So do you …?" -> "do you …?")."""
    for _ in range(2):
        match = _discourse(langs).match(sentence)
        if match is None:
            break
        sentence = sentence[match.end() :].lstrip("¿¡ ")
    return sentence


def _drop_pronoun(match: re.Match[str]) -> str:
    text = match.group(0)
    words = re.split(r"(?<=[\s,'])", text)
    return "".join(words[:-1]) + " " * len(words[-1])


def _reported_from(probe: str, langs: tuple[str, ...]) -> int:
    """Where a clause the question's own verb reports begins ("Did the pharmacist EXPLAIN how
    to take it?", "Le pharmacien vous a-t-il EXPLIQUÉ comment …?"): its interrogative is
    embedded and asks nothing; len(probe) when there is none."""
    habit = family("habit_start", langs).match(probe)
    if habit is None or _ADDRESSED.search(habit.group(0)):
        return len(probe)  # "Do you still talk about what happened?" asks the what
    for match in family("open_verb", langs).finditer(probe, habit.end()):
        if _habitual(probe, habit.end(), match, langs):
            return match.start()
        break
    return len(probe)


def _invites(probe: str, langs: tuple[str, ...]) -> bool:
    """An open verb that invites a story: not one that acts on the answers themselves
    ("Can we share your answers with the team?"), nor one that says what one does ("Do you
    still share reports with clients?", "¿Sigue compartiendo informes?")."""
    data = family("data_object", langs)
    habit = family("habit_start", langs).match(probe)
    for match in family("open_verb", langs).finditer(probe):
        if data.match(probe, match.end()) is not None:
            continue
        if _HEARD.search(probe, 0, match.start()):
            continue  # "¿Había oído hablar de …?", "já tinha ouvido falar da …": heard of it
        if habit is None and family("with_someone", langs).match(probe, match.end()):
            continue  # "¿Hablaste con tu jefe?": whether one did, not a story
        if habit is not None and _habitual(probe, habit.end(), match, langs):
            continue
        return True
    return False


def _habitual(probe: str, start: int, verb: re.Match[str], langs: tuple[str, ...]) -> bool:
    """The open verb is the question's own verb, right after its subject and an adverb or two
    ("do you STILL share", "vous parlez ENCORE"), not a request's ("do you want to tell")."""
    if verb.start() < start:
        return False
    between = probe[start : verb.start()].split() + verb.group(0).split()[:-1]  # "me conta"
    if len(between) > 2 or any(family("desire", langs).fullmatch(w) for w in between):
        return False
    after = " ".join(probe[verb.end() :].split()[:2])  # "… talk to ME about", "share MORE"
    return family("addressee", langs).search(after) is None


def _reassures(trailing: str, langs: tuple[str, ...]) -> bool:
    """Whether what follows the question only says there is no pressure ("Totally fine if
    not.", "No pasa nada si prefieres que no."): each sentence short and one such cue."""
    pieces = [p for p in re.split(r"(?<=[.!])\s+", trailing.strip()) if p]
    cue = family("no_pressure", langs)
    return bool(pieces) and all(
        len(p.split()) <= 10 and cue.search(fold(p)) is not None for p in pieces
    )


def implicit(final: str, trailing_after_final: str, langs: tuple[str, ...]) -> bool:
    """Whether ``final`` (the last sentence, a question) is a yes/no question."""
    if trailing_after_final and not _reassures(trailing_after_final, langs):
        return False
    sentence = _EITHER_CLAUSE.sub("", final.lstrip("¿¡ \"'“"))  # "…, que ce soit A ou B ?"
    lead = _LEAD_IN.match(sentence)
    if lead:  # "Quick one: did you…?", "Before we continue — are you…?"
        if family("wh", langs).match(fold(sentence)):
            return False  # "Wie lief das ab – von der Suche bis zur Rückgabe?" asks the how
        sentence = sentence[lead.end() :].lstrip("¿¡ \"'“")
    sentence = past_discourse(sentence, langs)  # "So do you …?", "¿Y ya probaste …?"
    if "es" in langs and _ACCENTED_WH.search(" ".join(sentence.split()[:3])):
        return False  # "¿Tú qué opinas?": the accent makes "qué" ask, not relate
    indirect = family("whether", langs).search(fold(sentence))
    if indirect:  # "We'd like to know whether you still …?": the clause is the question
        sentence = sentence[indirect.end() :]
    sentence = _PARENTHESIS.sub(" ", sentence)  # "(e.g. healthcare or finance)" is an example
    tag = family("tag", langs).search(fold(sentence))
    if tag:  # "So you're the admin, right?": a statement asked for a yes or a no
        sentence = sentence[: tag.start()] + "?"
    folded = fold(sentence)
    starts = family("yn_start", langs)
    if not tag and not indirect and starts.match(folded) is None:
        lead_in = _COMMA_LEAD.match(sentence)  # "Just to confirm, you're still on the free plan?"
        if lead_in is None or family("wh", langs).search(fold(lead_in.group(1))):
            return False
        sentence = past_discourse(sentence[lead_in.end() :].lstrip("¿¡ "), langs)
        folded = fold(sentence)
        if starts.match(folded) is None:
            return False
    if _alternatives(sentence, langs):
        return False
    confirming = family("confirm_frame", langs).match(folded)  # "Is it true that … shares …?"
    clause = sentence[confirming.end() :] if confirming else sentence  # "est-il exact QUE"
    folded_clause = fold(clause)
    aside = family("aside_clause", langs).search(folded_clause)
    if aside and len(folded_clause) == len(clause):  # "… because you didn't know HOW …?"
        clause = clause[: aside.start()]
    joiners = _joiners(langs)
    clause = _WRITTEN_OR.sub("  ", clause)  # "ou" as written is "or"; folded, "où" would ask
    probe = joiners.sub(" ", clause.lower()) if joiners else clause  # "bien QUE …"
    # "the person WHO …": the relative pronoun asks nothing (its noun stays to be read)
    probe = family("joined_que", langs).sub(" ", _EST_CE_QUE.sub(" ", fold(probe)))
    probe = family("told_clause", langs).sub(lambda m: " " * len(m.group(0)), probe)
    probe = family("relative", langs).sub(_drop_pronoun, probe)
    probe = family("when_clause", langs).sub(" ", probe)  # "… when the trial ends?"
    probe = _FREE_RELATIVE.sub(" ", probe)  # "… more than what you buy now?" asks no "what"
    purpose = family("purpose", langs).search(probe)
    if purpose:  # "… if we call you next month, to see how it went?"
        probe = probe[: purpose.start()]

    reported = _reported_from(probe, langs)
    return not (
        family("wh", langs).search(probe, 0, reported)
        or (confirming is None and _invites(probe, langs))
        or family("yn_block", langs).search(folded)
        or family("open", langs).search(probe[:reported] + " " * (len(probe) - reported))
    )


def told_as_statement(sentence: str, langs: tuple[str, ...]) -> bool:
    """An indirect yes/no told as a statement, the message's last sentence with no question
    mark: "We would like to know whether you have enabled …", "Nos gustaría saber si …",
    "Nous aimerions savoir si vous …", "Wir würden gern wissen, ob Sie …", "Gostaríamos de
    saber se …". A wish must frame it ("Let me know if you have any questions." asks
    nothing), in a few words before the "whether"; the clause is then read as the question."""
    text = sentence.strip()
    if not text or text[-1] not in ".!" or "?" in text:
        return False
    folded = fold(text)
    indirect = family("whether", langs).search(folded)
    if indirect is None or len(folded[: indirect.start()].split()) > 8:
        return False
    if family("desire", langs).search(folded[: indirect.start()]) is None:
        return False
    return implicit(text.rstrip(" .!") + "?", "", langs)
