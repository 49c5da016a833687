"""Further steps named by their number or set as a piece of work (round 26): a client's "passt,
2. Runde bitte", "let's do round 2", "2e tour", "2ª fase", or "je voudrais lui confier un petit
test" after a round held asks for another round, so advance; merged into `Cue.ADVANCE`
(parsers/rules/intents.py). Patterns run on folded text ("2ª" is "2a", "2ème" is "2eme")."""

from __future__ import annotations

import re

# a round, stage or talk, in five languages, singular only ("we did 2 interviews" counts them)
_STEP_NOUN = (
    r"(?:round|interview|stage|call|chat|meeting|conversation|runde|gesprach|vorstellungsgesprach"
    r"|gesprachsrunde|interviewrunde|tour|entretien|etape|echange|rencontre|rendez-vous|ronda"
    r"|entrevista|fase|etapa|vuelta|reunion|charla|rodada|conversa|reuniao|papo|phase)(?![\w-])"
)
# an ordinal written with its digit and mark: "2nd", "3rd", "2.", "2e", "2eme", "2nde", "2a",
# "2o", "2da", "2.a", "3er", "3ra" (the mark is what tells an ordinal from a count or an hour)
_ORDINAL_DIGIT = r"[2-9](?:nd|rd|th|eme|e|nde|er|ere|a|o|da|do|ra|ro|er|\.\s?a|\.\s?o|\.)"
# an ordinal in words, in the languages whose word the older patterns leave bare or need "with"
_ORDINAL_WORD = (
    r"(?:second|third|fourth|seconde|troisieme|quatrieme|zweite[nrs]?|dritte[nrs]?"
    r"|vierte[nrs]?|segund[oa]|tercer[oa]?|terceir[oa]|cuart[oa]|quart[oa])"
)
# a round named after its number: "round 2", "Runde zwei", "tour 2", "fase 2", "rodada 3"
_NUMBERED = (
    r"(?:round|stage|runde|tour|etape|phase|ronda|fase|etapa|rodada)\s+(?:[2-9]|two|three|four"
    r"|zwei|drei|vier|deux|trois|quatre|dos|tres|cuatro|dois|duas|quatro)(?![\w.:,]\d)(?!\w)"
)
# a piece of work given to the candidate: "give her a short test", "set him a task", "lui confier
# un petit test", "ihr eine kleine Aufgabe geben", "darle una prueba", "passar-lhe um teste"
_WORK = (
    r"(?:test|task|exercise|assignment|challenge|case(?:\s+study)?|take-?home|project|brief"
    r"|exercice|cas(?:\s+pratique)?|epreuve|mise\s+en\s+situation|devoir|tache|essai|traduction"
    r"|etude\s+de\s+cas|aufgabe|testaufgabe|probeaufgabe|fallstudie|ubung|probearbeit\w*"
    r"|arbeitsprobe|prueba|ejercicio|tarea|caso(?:\s+practico)?|reto|desafio|prova|teste"
    r"|exercicio|tarefa|estudo\s+de\s+caso|traduccion|traducao|ubersetzung\w*)(?![\w-])"
)
_GIVE_EN = r"(?:give|set|send|assign|hand)"
_GIVE_FR = r"(?:confier|donner|soumettre|proposer|envoyer|faire\s+passer|faire\s+faire|demander)"
_GIVE_DE = r"(?:geben|stellen|schicken|mitgeben|zuschicken|vorlegen|zusenden|ubergeben)"
_GIVE_ES = r"(?:dar|poner|mandar|enviar|encargar|pasar|hacer|proponer|plantear)"
_GIVE_PT = r"(?:dar|passar|enviar|mandar|propor|fazer|aplicar)"

ADVANCE: tuple[str, ...] = (
    r"\b" + _ORDINAL_DIGIT + r"\s*-?\s*" + _STEP_NOUN,
    r"\b" + _ORDINAL_WORD + r"[\s-]+" + _STEP_NOUN,
    r"\b" + _NUMBERED,
    r"\b" + _GIVE_EN + r"\s+(?:him|her|them)\s+(?:a|an|one|our)\s+(?:[\w-]+\s+){0,2}?" + _WORK,
    r"\b(?:lui|leur)\s+" + _GIVE_FR + r"\s+(?:un|une)\s+(?:[\w-]+\s+){0,2}?" + _WORK,
    r"\b(?:ihr|ihm|ihnen)\s+(?:\w+\s+){0,3}?(?:eine?n?)\s+(?:[\w-]+\s+){0,2}?"
    + _WORK
    + r"\s+(?:[\w.-]+\s+){0,3}?"
    + _GIVE_DE
    + r"\b",
    r"\b" + _GIVE_ES + r"le\s+(?:una?)\s+(?:[\w-]+\s+){0,2}?" + _WORK,
    r"\b"
    + _GIVE_PT
    + r"(?:-lhe)?\s+(?:(?:a|para)\s+(?:ela|ele)\s+)?(?:uma?)\s+(?:[\w-]+\s+){0,2}?"
    + _WORK
    + r"(?!\s+de\s+que)",
)

# The step just named was had, not asked for: "the second interview went well", "die 2. Runde
# lief gut", "le deuxième entretien s'est bien passé", "la segunda entrevista fue", "a 2ª fase
# correu bem"
_HELD = re.compile(
    r"\s+(?:(?:with|mit|avec|con|com)\s+\w+\s+)?(?:went|was|has\s+been|felt|lief|war|verlief|ist\s+gut"
    r"|s'est|a\s+ete|etait|fue|ha\s+ido|salio|estuvo|foi|correu|esteve)\b"
)


def held(folded: str, end: int) -> bool:
    """The step ending at `end` is the subject of a verb that tells how it went."""
    return _HELD.match(folded, end) is not None


# (round 31) The step just named is refrained from: "wir verzichten auf eine zweite Runde",
# "renonçons au second entretien", "prescindimos de la segunda entrevista", "dispensamos a
# segunda entrevista", "we'll skip the second round", "sans second entretien"; or, the German
# verb last, "auf ein zweites Gespräch verzichten wir". It asks for nothing: whatever else the
# reply says (a no on fit, an offer) is the verdict.
_REFRAIN_VERB = (
    r"(?:skip|skipping|forgo|forgoing|forego|dispense\s+with|do\s+without|waive|without|verzicht\w*"
    r"|ohne|renon\w*|sans|prescind\w*|saltar(?:nos)?|nos\s+saltamos|sin|dispens\w*|sem)"
)
# only a preposition, an article or the sender between the verb and the step
_REFRAIN_GAP = (
    r"(?:\s+(?:we|wir|nous|on|auf|a|au|aux|de|del|da|do|the|an|any|la|el|le|les|los|las|o|os"
    r"|as|ein|eine[nmr]?|den|die|das|dem|der|un|une|una|um|uma))*\s*"
)
_REFRAIN_BEFORE = re.compile(r"\b" + _REFRAIN_VERB + _REFRAIN_GAP + r"(?:l')?$")
_REFRAIN_AFTER = re.compile(r"\s+(?:[\w]+\s+){0,2}?verzicht\w*\b")


def refrained(folded: str, start: int, end: int, reach: int = 40) -> bool:
    """The step at `start`-`end` is one the sender does without."""
    return (
        _REFRAIN_BEFORE.search(folded, max(0, start - reach), start) is not None
        or _REFRAIN_AFTER.match(folded, end) is not None
    )


# (round 31) The step is wished only under a condition the sender says does not hold: "if she
# were more senior we'd move her to the final round", "s'il avait plus d'expérience, on le
# passerait au dernier tour", "wenn er mehr Erfahrung hätte, würden wir ihn in die nächste
# Runde nehmen", "si tuviera más experiencia pasaría a la siguiente fase", "se tivesse mais
# experiência passaria para a próxima etapa", "had she more depth". Read as nothing, so that a
# person reads it: the step is no request, and the no is only implied.
_UNREAL = re.compile(
    r"\b(?:if|si|s'|wenn|falls|se)\s*(?:[\w']+\s+){0,3}?(?:were|weren'?t|had|hadn'?t|avait|etait"
    r"|n'avait|n'etait|hatte|hatten|ware|waren|tuviera|tuviese|fuera|fuese|hubiera|hubiese"
    r"|tivesse|tivessem|fosse|fossem|houvesse)\b"
    r"|(?:^|[.!?;,]\s*)(?:had|were)\s+(?:he|she|they)\s"
    r"|\b(?:hatte|ware)\s+(?:er|sie)\s+(?:\w+\s+){0,2}?(?:mehr|weniger|nicht|etwas)\b"
)
_SENTENCE_STOP = re.compile(r"[.!?;\n]")


def unreal(folded: str, start: int, end: int, reach: int = 100) -> bool:
    """The step at `start`-`end` shares its sentence with a condition contrary to fact."""
    left = max(0, start - reach)
    stops = [m.end() for m in _SENTENCE_STOP.finditer(folded, left, start)]
    after = _SENTENCE_STOP.search(folded, end, end + reach)
    right = after.start() if after else min(len(folded), end + reach)
    return _UNREAL.search(folded, stops[-1] if stops else left, right) is not None


# (round 40) The step just named was talked over since it was held, so it is the one had, not
# one asked for: "we discussed the second interview internally", "nous avons débriefé
# l'entretien", "hemos comentado la entrevista", "analisámos a entrevista com a equipa"; in
# German the verb ends the clause: "wir haben das zweite Gespräch intern besprochen". Only the
# step with its definite article or possessive: "we discussed a second round" asks for one.
_DEFINITE = (
    r"(?:the|our|your|his|her|their|this|that|le|la|l'|les|du|de\s+la|de\s+l'|notre|votre|cet|cette"
    r"|ce|el|los|las|nuestra|nuestro|su|esta|este|esa|ese|del)"
)
_TALKED_BEFORE = re.compile(
    r"\b(?:(?:discussed|debriefed|reviewed|went\s+over|talked\s+(?:over|through|about)"
    r"|discute|rediscute|debriefe|analyse|passe\s+en\s+revue|reparle|comentado|comentamos"
    r"|discutido|discutimos|analizado|analizamos|revisado|revisamos|evaluado|evaluamos|debatido"
    r"|hablado\s+de|hablamos\s+de)\s+(?:(?:of|about|over|de|sobre)\s+)?"
    + _DEFINITE
    + r"|(?:analisamos|analisado|avaliamos|avaliado|revimos|debatemos|discutimos|discutido"
    r"|comentamos|conversamos\s+sobre|falamos\s+(?:d[aoe]|sobre))"
    r"(?:\s+(?:a|o|as|os|nossa|nosso|sua|seu|esta|este|essa|esse)){0,2})"
    # (the rank between the article and the step, never an indefinite article)
    r"(?:\s+|(?<='))(?:(?!(?:a|an|un|une|una|um|uma)\s)[\w']+\s+)?$"
)
# (a step read with its article: "uma segunda entrevista")
_INDEFINITE = re.compile(r"(?:an|un|une|una|uno|um|uma|ein\w*)\s")
_DEFINITE_DE = re.compile(r"\b(?:das|den|dem|die|unser\w*|ihr\w*|dies\w*)\s+(?:\w+\s+){0,1}?$")
_TALKED_AFTER_DE = re.compile(
    r"[^,.!?;\n]{0,80}?\b(?:besprochen|nachbesprochen|ausgewertet|diskutiert|reflektiert"
    r"|durchgesprochen|analysiert)\b"
)


def talked_over(folded: str, start: int, end: int, reach: int = 40) -> bool:
    """The step at `start`-`end`, with its definite article, is what a verb of talking over
    governs: the round held."""
    if _INDEFINITE.match(folded, start):
        return False
    before = folded[max(0, start - reach) : start]
    return _TALKED_BEFORE.search(before) is not None or (
        _DEFINITE_DE.search(before) is not None and _TALKED_AFTER_DE.match(folded, end) is not None
    )


# (round 42) The step is one the sender's side holds among itself, the candidate absent: "one
# more internal round before we decide", "noch eine interne Runde", "une réunion interne", "una
# ronda interna más", "mais uma reunião interna", "a round among ourselves". It is the client's
# own deliberation, a decision put off, no step asked of the candidate.
_INTERNAL = r"\b(?:internal|in-house|interne[nrs]?|internes)"
_INTERNAL_BEFORE = re.compile(_INTERNAL + r"\s+$")
_INTERNAL_IN = re.compile(_INTERNAL + r"\s")
_INTERNAL_AFTER = re.compile(
    r"\s+(?:interne|internes|interna|interno|internas|internos|en\s+interne"
    r"|internamente|internally|intern|among\s+ourselves|unter\s+uns"
    r"|entre\s+nous|entre\s+nosotros|entre\s+nos)\b"
)


def internal(folded: str, start: int, end: int, reach: int = 20) -> bool:
    """The step at `start`-`end` is qualified as held among the sender's own people."""
    return (
        _INTERNAL_IN.search(folded, start, end) is not None
        or _INTERNAL_BEFORE.search(folded[max(0, start - reach) : start]) is not None
        or _INTERNAL_AFTER.match(folded, end) is not None
    )
