"""Phrase cues of the rules engine: what each stretch of a reply signals, in five languages."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from parsers.rules import busy_with, steps
from parsers.rules.alternation import branches, grouped, opening_known
from parsers.rules.verdict_phrases import (
    APPLICANT,
    ASIDE,
    HEDGE,
    OPEN_VERDICT,
    STRONG_VERDICTS,
    WEAK_VERDICTS,
)
from parsers.rules.verdicts import (
    asked,
    conditional,
    on_success,
    pending_dependencies,
    waits_on_dependency,
)
from parsers.rules.wrapping import unwrapped
from parsers.time.words import OFF_WORK


class Cue(Enum):
    """One kind of signal a phrase carries; the rules in parsers/rules/engine.py weigh them."""

    WITHDRAW = "withdraw"  # the candidate leaves the process
    CANCEL = "cancel"  # the interview is called off
    MOVE = "move"  # asks to move a booked interview
    CONFIRM = "confirm"  # agrees: "works for me", "see you then"
    ANY_OPTION = "any_option"  # any proposed option is fine
    REJECT_ALL = "reject_all"  # none of the proposed options work
    CANT_MAKE = "cant_make"  # cannot attend the booked or proposed time
    NEGATIVE = "negative"  # "doesn't work", "passt nicht": turns the clause it sits in down
    ADVANCE = "advance"  # verdict: another round
    REJECT = "reject"  # verdict: not progressing
    OFFER = "offer"  # verdict: an offer
    HOLD = "hold"  # verdict: undecided
    NEUTRAL = (
        "neutral"  # a phrase that looks like a cue but is not one ("not ready to make an offer")
    )
    QUESTION = "question"  # needs a person to answer
    THANKS = "thanks"  # thanks and acknowledgements
    BUSY = "busy"  # the clause explains a constraint; its times are not offers
    LATER = "later"  # promises a later answer ("I'll send new times")
    ELSEWHEN = "elsewhen"  # asks for other times than those offered ("instead", "another day")
    NO_MOVE = "no_move"  # no new time wanted: "no need to reschedule", "don't offer new times"
    CALL_ME = "call_me"  # a call with the sender: "call me at 4", "je reste joignable"


@dataclass(frozen=True, slots=True)
class Hit:
    """A cue found at a span of the folded text, with how strongly its phrase signals it."""

    cue: Cue
    start: int
    end: int
    strong: bool
    soft: bool = False  # a verdict the rules read but would not act on alone (`_SOFT`)


# words of praise a time is given when it suits (folded: no accents)
_PRAISE = (
    r"fenomenal|estupendo|estupendamente|de\s+maravilla|de\s+lujo|de\s+perlas|de\s+diez|ideal"
    r"|genial|perfecto|perfectamente|comodo|excelente|barbaro|chevere|super|superbien|muy\s+bien"
    r"|otimo|excelente|perfeito|bom|bem|tranquilo|de\s+boa|show|maravilha|perfeitamente"
    r"|nickel|parfait|parfaitement|tres\s+bien|bien|super|impeccable|a\s+merveille|idealement"
    r"|gut|prima|bestens|wunderbar|hervorragend|perfekt|super|toll|optimal|ausgezeichnet|ideal"
    r"|great|perfect|perfectly|fine|nicely|beautifully|brilliant|lovely|ideal"
)

_PRONOUN = r"(?:him|her|them|\w+)"
# what a candidate's file is called: "candidature", "application", "Bewerbung", "postulación"
_APPLICATION = (
    r"(?:candidature|candidacy|application|profile|file|candidatura|dossier|profil|bewerbung"
    r"|kandidatur|unterlagen|postulacion|perfil|expediente)"
)
# the verbs of going on with someone (round 28): "go ahead", "proceed", "carry on", "avancer",
# "poursuivre", "seguir", "avanzar", "prosseguir", "continue" in every language
_GOING_ON = (
    r"(?:go(?:ing|es)?|went|gone|mov(?:e|es|ing)|proceed(?:s|ing)?|carry(?:ing)?\s+on|press(?:ing)?"
    r"\s+(?:on|ahead)|push(?:ing)?\s+(?:on|ahead)|progress(?:ing)?|continu\w*|avanc\w*|poursuiv\w*"
    r"|(?:allons|aller|va|vont)\s+de\s+l'avant|segui\w*|seguimos|sigue\w*|avanz\w*|prosegu\w*"
    r"|prossegu\w*)"
)
# (round 41) a person named bare at the end of its clause: "no avanzan con Sofía.", "não
# avançam com a Sofia", "ils arrêtent avec Claire," (a day, a plan or the process has words after
# its article: "no siguen con el horario de tarde")
_NAMED = r"[a-z]+(?=\s*[,.;:!?)\n]|\s*$)(?<!\bproceso)(?<!\bprocesso)(?<!\bprocessus)"
# (round 41) the sender's own short-notice call-off of the appointment: "sorry für die
# kurzfristige Absage", "die spontane Absage"; the words before "Absage" that make it one, which a
# verdict's "Absage" may not follow
_CALL_OFF_LEADS = (
    "kurzfristige",
    "kurzfristigen",
    "kurzfristiger",
    "spontane",
    "spontanen",
    "spontaner",
)
_OWN_CALL_OFF = r"(?:" + "|".join(_CALL_OFF_LEADS) + r")\s+absage\b"
_NOT_CALL_OFF = "".join(rf"(?<!{lead}\s)" for lead in _CALL_OFF_LEADS)
# one other than the candidate, in English: "another candidate", "the other finalist"
_OTHER_ONE = r"(?:another|a\s+different|the\s+other)\s+(?:candidate|applicant|finalist)\b"
# someone other than the candidate: "another candidate", "a different applicant", "the other
# finalist", "other profiles", "someone else", "un autre profil", "d'autres candidats", "otra
# candidata", "otro perfil más técnico", "outra pessoa" (a person, not a slot or an option)
_SOMEONE_ELSE = (
    r"(?:another|a\s+different|an\s+other|the\s+other|other|some\s+other|une?\s+autre|d'autres"
    r"|l'autre|(?:el\s+|la\s+|los\s+|las\s+)?otr[oa]s?|(?:o\s+|a\s+|os\s+|as\s+)?outr[oa]s?)\s+"
    r"(?:[\w-]+\s+)?(?:" + APPLICANT + r"\w*|profil\w*|perfi\w*|person|persons"
    r"|people|personne\w*|persona\w*|pessoa\w*)\b"
    r"|(?:someone|somebody)\s+else\b|quelqu'un\s+d'autre\b|alguien\s+mas\b"
)
# (round 40) someone else in the running, and what a decision was taken for when it is them: "to
# go ahead with another candidate", "de continuer avec une autre candidate", "seguir com outro
# candidato", "für einen anderen Bewerber"
_ANOTHER_PERSON = (
    r"\s+(?:(?:an?|un|une|um|uma|einem|einer|einen|eine)\s+)?(?:"
    + _SOMEONE_ELSE
    + r"|andere[mnr]?\s+(?:kandidat|bewerber))"
)
_FOR_ANOTHER = (
    r"|(?:\s+[\w']+){0,4}?\s+(?:with|con|com|avec|mit|for|por|pour|fur)" + _ANOTHER_PERSON
)
# (round 34) a second time, as the candidate may be seen: "a second time", "une deuxième fois",
# "ein zweites Mal", "una segunda vez", "uma segunda vez"
_ANOTHER_TIME = (
    r"(?:an?\s+(?:second|third|further)\s+time|once\s+more|une\s+(?:deuxieme|seconde|troisieme"
    r"|autre|nouvelle)\s+fois|encore\s+une\s+fois|a\s+nouveau|ein\s+(?:zweites|weiteres|drittes)\s+mal"
    r"|una\s+(?:segunda|tercera)\s+vez|uma\s+(?:segunda|terceira)\s+vez|mais\s+uma\s+vez)"
)
_ROUND = r"(?:round|interview|stage|conversation|meeting|chat|call|session|discussion)"
# (round 38) the candidate turned down by the separable verb, only a kind word between: "sagen Sie
# ihm freundlich ab", "sag ihr bitte ab" (a verdict after the round, a call-off before it; with
# the interview named, "sagen Sie ihm den Termin ab", it is the call-off only)
_TURN_DOWN_DE = (
    r"\b(?:sagen(?:\s+sie)?|sag|sagt)\s+(?:ihm|ihr)\s+(?:(?:bitte|freundlich|hoflich|doch|einfach"
    r"|gleich|leider|direkt|kurz)\s+){0,2}ab\b"
)
# how many options were offered, and what they are called, in five languages
_COUNT = r"(?:two|three|four|deux|trois|quatre|dos|tres|cuatro|dois|duas|quatro)"
_OPTION_NOUNS = (
    r"(?:options?|slots?|times|dates|propositions|creneaux|horaires|opciones|propuestas|fechas"
    r"|horarios|citas|opcoes|propostas|datas|hipoteses)\b"
)
_SLOTS = (
    r"(?:them|those|these|the\s+(?:\w+\s+)?(?:options|times|slots|dates)|the\s+(?:two|three|four)\b)"
    r"(?:\s+(?:two|three|four))?"
)
# (round 38) every option said to suit, in any order of its parts: a word for all of them, maybe
# their count and noun, maybe "me", then a verb of suiting ("alle drei Termine gehen bei mir",
# "les trois créneaux me conviennent", "las tres opciones me sirven", "as três opções funcionam",
# "all three slots suit me"); a clause that turns them down ("ne me vont pas") is no pick
_EVERY_OPTION = (
    r"(?:all|both|alle|beide|tous|toutes|todas|todos|ambas|ambos|les\s+(?:deux|trois|quatre)"
    r"|(?:las|los)\s+(?:dos|tres|cuatro)|as\s+(?:duas|tres|quatro)|os\s+(?:dois|tres|quatro))"
    r"(?:\s+(?:of\s+them|three|two|four|zwei|drei|vier|dos|tres|cuatro|dois|duas|quatro))?"
    r"(?:\s+(?:les|las|los|as|os|the))?"
    r"(?:\s+(?:" + _OPTION_NOUNS + r"|(?:termine|vorschlage|zeiten|optionen)\b))?"
)
_SUIT = (
    r"(?:work|suit|are\s+(?:fine|good|ok|okay|great|perfect)|gehen|passen|klappen|funktionieren"
    r"|sind\s+(?:gut|ok|okay|moglich|machbar|in\s+ordnung)|vont|conviennent|marchent|fonctionnent"
    r"|sont\s+(?:bien|ok|bons|bonnes|possibles|parfaits|parfaites)|sirven|van|funcionan|valen|cuadran"
    r"|calzan|vienen\s+bien|quedan\s+bien|estan\s+bien|son\s+buenas|funcionam|servem|dao|atendem"
    r"|encaixam|estao\s+(?:bem|otimas|boas|ok))\b"
)
_TO_ME = r"(?:\s+(?:for|to|with|para|pour|bei|a|por))?\s+(?:me|mir|mi|moi|mim|us|uns|nous|nos)\b"
# "otros horarios", "de nouveaux créneaux", "neue Termine"; and the day they are to come
_NEW_TIMES = (
    r"(?:nov[oa]s|outr[oa]s|nuev[oa]s|otr[oa]s|nouveaux|nouvelles|autres|neuen?|anderen?)\s+"
    r"(?:horarios|datas|fechas|horas|creneaux|dates|termine|zeiten)"
)
# a stretch of leave or travel, as the options are said to fall in it
_LEAVE = (
    r"(?:holidays?|vacation|leave|time\s+off|pto|trip|honeymoon|urlaub\w*|elternzeit|abwesenheit"
    r"|dienstreise|conges|vacances|absence|deplacement|vacaciones|viaje|baja|permiso|ferias"
    r"|viagem|licenca)\b"
)
_ALL = r"(?:all|both|alle|allesamt|beide|tous|toutes|todas|todos|ambas|ambos)"
# the verbs that put options inside such a stretch: "fall", "liegen", "tombent", "coinciden"
_FALL = (
    r"(?:fall|falls|land|are|liegen|fallen|tombent|sont|coinciden|caen|estan|calham|caem"
    r"|coincidem|sao|ficam)"
)
_LEAVE_TAKES = (
    r"(?:"
    + _OPTION_NOUNS
    + r"|termine|vorschlage|optionen)\s+(?:\w+\s+)?"
    + _FALL
    + r"\s+(?:\w+\s+){0,3}?"
    + _LEAVE
)
_SOON = r"(?:amanha|manana|demain|morgen|luego|depois|despues|plus\s+tard|spater)"
_DAYS_ES = r"(?:lunes|martes|miercoles|jueves|viernes|manana)"
_DAYS_FR = r"(?:lundi|mardi|mercredi|jeudi|vendredi|demain|bientot)"
_DAYS_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|morgen|dann|bald)"
_DAYS_PT = r"(?:segunda|terca|quarta|quinta|sexta|amanha|breve|la)"

# A decision and what puts it off: "before we decide", "avant de trancher", "antes de
# pronunciarnos", "bevor wir entscheiden", "antes de bater o martelo"; committing is deciding
# ("before committing", "avant de m'engager", "bevor ich mich festlege")
_DECIDE = (
    r"decid\w*|decision|decisao|(?:make|making|take|taking)\s+a\s+(?:call|decision)|trancher"
    r"|(?:se|nous|me)\s+prononcer|pronunciar\w*|bater\s+o\s+martelo|entscheid\w*|entschlie\w*"
    r"|commit(?:ting|ted)?|(?:m'|nous\s+)engager|comprometer\w*|(?:me|nos)\s+comprometer"
    r"|festleg\w*|festzulegen"
    # (round 39) or giving the answer: "can't give you an answer before", "vous donner de
    # réponse", "eine Antwort geben", "darte una respuesta", "te dar uma resposta"
    r"|give\s+(?:you\s+)?(?:an?|any|our|my)\s+(?:final\s+|firm\s+|definite\s+)?(?:answer|response)"
    r"|donner\s+(?:de|une|notre|ma)\s+(?:\w+\s+)?reponse|(?:eine\s+|unsere\s+)?(?:\w+\s+)?antwort\s+geben"
    r"|dar(?:te|le|les|os)?\s+(?:una|ninguna|nuestra|mi)\s+(?:\w+\s+)?respuesta"
    r"|dar\s+(?:uma|nenhuma|a\s+nossa|a\s+minha)\s+(?:\w+\s+)?resposta"
)
# (round 34) a decision the sender cannot make yet, and the time it waits for: "can't", "ne
# pourrons pas", "können wir keine", "no podemos", "não conseguimos"; "until", "avant", "vor"
_UNABLE = (
    r"(?:can'?t|cannot|can\s+not|won'?t|will\s+not|(?:not|un)\s*able\s+to|ne\s+(?:pouv\w*|pourr\w*"
    r"|peu[tx]|peuvent|vais|allons|va)\s+pas|(?:konnen|kann|werden|wird|werde)\s+(?:wir\s+|ich\s+)?"
    r"(?:\w+\s+)?(?:keine?n?|nicht)|no\s+(?:podemos|podremos|puedo|podre|vamos\s+a|va\s+a)"
    r"|nao\s+(?:podemos|conseguimos|vamos|conseguiremos|consigo|posso|poderemos))"
)
UNTIL = r"(?:until|till|til|before|avant|jusqu'\w+|vor|bis|hasta|antes\s+d[aeo]|ate)\b"
# What sets what follows against what was said: "but", "mais", "aber", "pero", "mas", and their
# longer forms in every register (folded: no accents)
CONTRASTING = (
    r"but|however|mais|cependant|par\s+contre|en\s+revanche|aber|jedoch|doch|pero|sin\s+embargo"
    r"|en\s+cambio|mas|porem|contudo|no\s+entanto"
)
# What an owner funds or opens: cut or frozen, it calls the interview off
_ROLE_MONEY = (
    r"(?:budget|funding|headcount|hiring|role|position|req|requisition|vacancy|opening"
    r"|financement|recrutement|poste|presupuesto|financiacion|vacante|puesto|plaza|orcamento|verba"
    r"|vaga|cargo|financiamento)"
)
# a span of "for now": "for now", "pour le moment", "vorerst", "por ahora", "por enquanto"
_FOR_NOW = (
    r"(?:anyone|anybody|at\s+all|for\s+now|now|this\s+year|(?:at\s+)?this\s+(?:point|time|stage)"
    r"|personne|pour\s+(?:le\s+moment|l'instant|l'heure)|maintenant|cette\s+annee"
    r"|a\s+nadie|por\s+(?:ahora|el\s+momento|agora|enquanto|ora)|de\s+momento|ahora|este\s+ano"
    r"|ninguem|agora|neste\s+momento|no\s+momento)"
)
_NO_HIRE = (
    r"\b(?:not\s+to\s+hire|against\s+hiring|ne\s+pas\s+(?:recruter|embaucher)|no\s+contratar"
    r"|nao\s+contratar)\s+" + _FOR_NOW + r"\b"
    r"|\b(?:stelle|position)\s+(?:\w+\s+){0,2}?nicht\s+(?:zu\s+)?(?:besetzen|nachbesetzen)\b"
    r"|\b(?:vorerst|vorlaufig|derzeit|momentan)\s+niemanden\b|\bniemanden\s+(?:\w+\s+)?einzustellen\b"
)
# A move with no new date at all, "until further notice" and its kin in each language: the
# interview is called off, not moved (round 32, from cr-012)
_NO_DATE = (
    r"(?:until|till)\s+further\s+notice|indefinitely|for\s+the\s+foreseeable\s+future"
    r"|jusqu'(?:a|au)\s+nouvel\s+(?:ordre|avis)|indefiniment|sine\s+die|a\s+une\s+date\s+indeterminee"
    r"|bis\s+auf\s+(?:weiteres|widerruf)|auf\s+unbestimmte\s+zeit"
    r"|hasta\s+(?:nuevo\s+aviso|nueva\s+orden)|por\s+tiempo\s+indefinido|indefinidamente"
    r"|sin\s+fecha|ate\s+(?:segunda\s+ordem|novo\s+aviso|nova\s+ordem)|por\s+tempo\s+indeterminado"
    r"|sem\s+data"
)
# the move or the stop put on it, in any form ("postponed", "reporté", "verschoben", "aplazada",
# "adiada", "on hold", "en suspens"): a participle says it as done
_PUT_OFF = (
    r"postpon\w*|delay(?:ed|ing)?|push(?:ed|ing)?\s+(?:it\s+|this\s+)?back|put(?:ting)?\s+off|on\s+hold"
    r"|paused?|suspend\w*|report(?:e|ee|es|ees|er|ons|ez)|repouss\w*|decal\w*|ajourn\w*"
    r"|en\s+(?:pause|suspens|attente|stand-by)|verschieb\w*|verschoben|vertag\w*|zuruckgestellt"
    r"|ausgesetzt|pausiert|aplaz\w*|pospu\w*|pospon\w*|posterg\w*|suspendid[oa]s?"
    r"|en\s+(?:pausa|espera|suspenso)|adi(?:a|ad[oa]s?|ar|amos|emos|ou|aram)|suspens[oa]s?"
    r"|em\s+(?:espera|pausa|suspenso)"
)
# the words between them, within one clause: "postpone Friday's interview with Amira until"
_PUT_OFF_GAP = r"(?:\s+[\w'-]+){0,8}?\s+"
_DEFER = (
    r"before|until|till|after|without|avant\s+de|avant\s+que|apres|sans|antes\s+de|antes\s+que"
    r"|despues\s+de|depois\s+de|sin|sem|ohne|bevor|ehe|nachdem"
)

# A further step named by its noun (a German compound ends in it: "Case-Study-Runde")
# A pick put off until a question is answered (round 28): "before I confirm any of these, is it
# on site?", "avant de valider jeudi 10h, l'entretien est-il en présentiel ?", "antes de
# confirmar cualquiera de las opciones, ¿…?", "antes de fechar a quinta, é presencial?"
# (a short clause closed by its comma, and a verb of picking: "before we decide anything I'd
# want her to meet our director - can you set that up?" puts off a verdict, not a pick)
PICK_PUT_OFF = (
    r"\b(?:before|avant\s+de|antes\s+de)\s+(?:i\s+|we\s+)?(?:confirm\w*|commit\w*|choos\w*|pick\w*"
    r"|lock\w*\s+in|choisir|valider|retenir|elegir|escoger|escolher|fechar)\b(?:\s+[\w'-]+){0,6}?"
    r"(?=\s*[,:;][^.!?]*\?)"
)
# who of ours is to meet the candidate, named with an aside (round 28): "que notre chef
# d'équipe, M. Peeters, la rencontre", "que nuestra jefa de planta, Lucía, la conozca", "que o
# nosso chefe de obra, o Sr. Paulo, a conhecesse"
# (round 33: a title of up to nine words, "a nossa coordenadora de equipa da loja do Porto")
# (round 34) a name after its title abbreviated with a stop is no sentence's end: "notre
# responsable technique M. Favre", "our technical head Mr. Bhatia", "el Sr. Pérez"
_TITLES = ("mr", "mrs", "ms", "dr", "prof", "m", "mme", "mlle", "hr", "sr", "sra", "srta", "dra")
_HONORIFIC = r"(?:" + "|".join(_TITLES) + r")\.(?=\s)"
_NOT_AFTER_TITLE = "".join(rf"(?<!\b{title})" for title in _TITLES)
_WHO = r"(?:(?:[\w']+|" + _HONORIFIC + r")\s+){0,8}?[\w']+" + ASIDE + r"\s+"
_STEP = (
    r"round|interview|chat|call|conversation|meeting|session|panel|test|exercise|exercice|assessment"
    r"|case\s+study|echange|entretien|rencontre|reunion|entrevista|charla|prueba|sesion|llamada"
    r"|conversa|reuniao|papo|prova|teste|[\w-]*gesprach|[\w-]*termin|treffen|[\w-]*runde|fallstudie"
    r"|onsite|on-site"
)

# The offer of a job by its noun, and what makes the noun an offer of times instead
_OFFER_NOUN = (
    r"offer\s+letter|offer|offre|(?:vertrags|arbeits)?angebot|oferta|propuesta|proposta|proposition|proposal"
    r"|carta-oferta"
)
# The working days by name in French, Spanish, Portuguese and German, folded ("\w+day" reads
# the English ones)
WORKDAY_NAMES = (
    r"lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miercoles|jueves|viernes|segunda|terca"
    r"|quarta|quinta|sexta|montag|dienstag|mittwoch|donnerstag|freitag"
)
# what a verb of choosing is not about when a slot is chosen: a day, a slot, an option, none
_NOT_A_SLOT = (
    r"(?!\s+(?:[\w']+\s+){0,2}?(?:\w+day|" + WORKDAY_NAMES + r"|slots?|times?|dates?|options?"
    r"|opcion\w*|opco\w*|opcao|creneaux?|horaires?|horarios?|datas?|fechas?|termine?|none|any"
    r"|ningun\w*|nenhum\w*|aucun\w*|demain|tomorrow|manana|amanha|morgen)\b)"
)
_TIME_WORD = (
    r"(?:times?|slots?|dates?|days?|horarios?|fechas?|horas?|creneaux|datas|dias?|termine?|zeiten"
    r"|new|other|next|this|tomorrow|manana|amanha|demain|morgen|la\s+semana|a\s+semana|semana"
    r"|week|semaine|woche|\w+day|" + WORKDAY_NAMES + r")\b"
)
_NOT_AN_OFFER = r"\s+(?:de|of|d'|von|das|da|do|del)\s*(?:\w+\s+)?" + _TIME_WORD

# what puts one hour in place of another: "instead of", "rather than", "plutôt qu'à", "au lieu
# de", "statt", "en vez de", "en lugar de", "em vez das", "ao invés de" (the hour follows)
# "instead", said after the time wanted in its place (English's own word in `Cue.ELSEWHEN`, not
# before "of")
INSTEAD = r"en\s+su\s+lugar|plutot|stattdessen|em\s+vez\s+disso"
INSTEAD_OF = (
    r"\b(?:instead\s+of|rather\s+than|plutot\s+qu'(?:a\s+)?|au\s+lieu\s+de|(?:an)?statt(?:\s+um)?"
    r"|en\s+(?:vez|lugar)\s+de(?:\s+(?:a\s+)?las?)?|em\s+vez\s+d(?:e|as?)|ao\s+inves\s+d(?:e|as?))"
)

# Keeping an appointment, in German: "wahrnehmen", "einhalten", "schaffen", "einrichten"
# A verdict word the sender gives as their own, alone in its clause: "no from me", "a yes from my
# side", "de mon côté c'est non", "von mir ein klares Nein", "por mi parte, no", "da minha parte é
# um não" (not "por mi parte no hay problema": the word must close its clause)
_OWN_VERDICT = (
    r"(?:(?:(?:it'?s|that'?s)\s+)?(?:a\s+)?(?:clear\s+|firm\s+|definite\s+)?{word}\s+(?:from|on)\s+"
    r"(?:me|us|my\s+(?:side|end)|our\s+(?:side|end))"
    # (round 40) the word before its owner in the other languages too: "nein von meiner Seite",
    # "non de mon côté", "no de mi parte", "não da minha parte"
    r"|{word}\s+(?:de\s+mon\s+cote|de\s+notre\s+cote|pour\s+moi|von\s+mir|von\s+uns"
    r"|von\s+(?:meiner|unserer)\s+seite|(?:por|de)\s+mi\s+(?:parte|lado)|(?:por|de)\s+nuestra\s+parte"
    r"|da\s+minha\s+parte|da\s+nossa\s+parte|de\s+mim)"
    r"|(?:de\s+mon\s+cote|de\s+notre\s+cote|pour\s+moi|pour\s+nous|von\s+mir|von\s+uns"
    r"|von\s+(?:meiner|unserer)\s+seite|por\s+mi\s+parte|por\s+nuestra\s+parte|para\s+mi"
    r"|da\s+minha\s+parte|da\s+nossa\s+parte|de\s+mim|para\s+mim),?\s+(?:c'est\s+|ist\s+es\s+"
    r"|es\s+|e\s+|leider\s+|sadly\s+|malheureusement\s+|lamentablemente\s+|infelizmente\s+){{0,2}}"
    r"(?:(?:un|um|ein|une)\s+)?(?:klares\s+|clara?\s+)?{word})"
    # (round 40: and the regret a phone adds to it, "no from me sorry, …")
    r"(?=(?:\s+(?:sorry|unfortunately|sadly|desole|leider|lo\s+siento|perdon|desculp[ae]))?"
    r"\s*(?:[.!,;:\n]|\s[-\u2013\u2014]|$))"
)
# The words that draw a conclusion or make it formal, between a verb and its object: "je retire
# donc ma candidature", "retiro por tanto mi candidatura", "ziehe ich hiermit meine Bewerbung"
_SO = (
    r"(?:(?:donc|alors|ainsi|officiellement|definitivement|par\s+la\s+presente|hereby|formally"
    r"|therefore|hiermit|daher|deshalb|somit|also|offiziell|pues|entonces|por\s+(?:lo\s+)?tanto"
    r"|formalmente|oficialmente|portanto|entao|por\s+isso|assim)\s+){0,2}"
)
_ATTEND_DE = r"(?:wahrnehmen|einhalten|schaffen|annehmen|zusagen|einrichten|realisieren|machen)"

# Patterns run on folded text (lower case, accents stripped, straight apostrophes).
# Where two hits overlap the longer one wins, so negated forms ("won't be progressing")
# are written as their own, longer patterns and beat the bare verb.
# the French words after which an infinitive or its object pronoun stands: "pouvons-nous le
# reporter", "il faut reporter", "pas besoin de le reporter"
_GOVERNS_VERB = (
    *("de", "peut", "peux", "pouvons", "pouvez", "pourrait", "pourrions", "pourriez", "faut"),
    *("faudrait", "dois", "doit", "devons", "devez", "veux", "voulez", "voudrais", "voudrions"),
    *("aimerais", "aimerions", "souhaite", "souhaitons", "on", "le", "la", "les", "me", "te"),
    *("nous", "vous", "lui"),
)
_STRONG: dict[Cue, tuple[str, ...]] = {
    Cue.WITHDRAW: (
        r"\bwithdraw(?:ing)?\s+(?:my\s+(?:application|candidacy|candidature|interest|name)|myself"
        r"|from\s+(?:the\s+|this\s+|your\s+)?(?:process|consideration|running|search|role|position))",
        r"\bwithdr(?:aw|awing|ew|awn)\b",
        r"\bno\s+longer\s+(?:wish|want|like)s?\s+to\s+(?:proceed|continue|move\s+forward|pursue)",
        r"\b(?:not|don't|do\s+not|doesn't|does\s+not)\s+(?:wish|want)\s+to\s+(?:proceed|continue"
        r"|move\s+forward)",
        # "ne souhaite plus poursuivre", "ya no quiere seguir en el proceso", "möchte nicht mehr"
        r"\bne\s+(?:souhaite|souhaitons|veut|veux|desire)\s+plus\s+(?:poursuivre|continuer|participer)",
        r"\bno\s+(?:quiere|quiero|desea|deseo)\s+(?:seguir|continuar)\s+(?:en|con)\s+(?:el\s+)?proceso",
        # "ha decidido no seguir con el proceso", "decidiu não continuar no processo"
        r"\bdecidid[oa]\s+no\s+(?:seguir|continuar)\s+(?:en|con)\s+el\s+proceso"
        r"|\bdecidi(?:u|ram)\s+nao\s+(?:seguir|continuar|prosseguir)\s+(?:no|com\s+o)\s+processo"
        r"|\bdecide\s+de\s+ne\s+pas\s+(?:poursuivre|continuer)\s+(?:le|ce)\s+processus",
        r"\bnao\s+(?:quer|quero|deseja)\s+(?:mais\s+)?(?:seguir|continuar|prosseguir)\s+(?:no|com\s+o)"
        r"\s+processo",
        r"\b(?:mochte|mochten|will|wollen)\s+(?:\w+\s+)?nicht\s+mehr\s+(?:weitermachen|teilnehmen"
        r"|fortfahren|dabei\s+sein)",
        r"\b(?:not\s+to|won't\s+be|will\s+not\s+be|not\s+be|i\s+won't|i\s+will\s+not)\s+(?:mov(?:e|ing)\s+forward"
        r"|proceed(?:ing)?|continu(?:e|ing))\s+with\s+(?:this|the|my)\s+(?:opportunity|process"
        r"|role|position|application|candidacy)",
        r"\b(?:pursue|accept|take|go\s+with)\s+(?:another|a\s+different|an\s+other|other)\s+"
        r"(?:opportunit\w*|role|position|offer|job)",
        r"\baccepted\s+(?:another|an?(?:\s+other|\s+different|\s+new)?)\s+(?:job\s+)?"
        r"(?:offer|position|role|job)",
        r"\b(?:decided|chosen|going)\s+to\s+(?:stay|remain)\b",
        r"\bstay(?:ing)?\s+(?:with|at)\s+my\s+(?:current|present)\s+(?:company|employer|job|role)",
        r"\bno\s+longer\s+(?:interested|pursuing|looking)",
        r"\bnot\s+interested\s+any\s*(?:more|longer)",
        r"\b(?:pull|take|remove)\s+(?:myself|me|my\s+(?:name|application))\s+(?:out\s+)?"
        r"(?:of|from)\s+(?:the\s+)?(?:process|running|consideration)",
        # (the process named by its client: "pull out of the Zen Studios process")
        r"\bpull(?:ing)?\s+out\s+of\s+(?:the|this|your|their)\s+(?:[\w'&-]+\s+){0,3}?process",
        r"\b(?:taken|took)\s+(?:himself|herself|themselves)\s+out\s+of\s+(?:the\s+)?"
        r"(?:running|process|search)",
        # relayed by a recruiter: "Ana has pulled out", "she took another offer"
        r"\b(?:pulled|dropped|backed)\s+out\s+of\s+(?:the|this|our|their)\s+(?:[\w'&-]+\s+){0,3}?"
        r"(?:process|running|search)",
        # (round 30) or out, said whole: "Ana's pulled out.", "he has dropped out, sadly" (not the
        # client's: "the client has pulled out" calls the round off)
        r"(?<!\bclient)(?<!\bcompany)(?:'s|\bhas|\bhave)\s+(?:now\s+|just\s+|officially\s+)?"
        r"(?:pulled|dropped|backed)\s+out(?=\s*(?:[.,;!:\n]|$))",
        r"\b(?:took|taken|accepted|signed)\s+(?:another|a\s+different|an\s+other|a\s+competing)\s+"
        r"(?:job\s+)?(?:offer|role|position|job)",
        r"\bs'est\s+(?:retiree?|desistee?)\b",
        # relayed in the present: "Camille se retire", "retira-se do processo", "dale de baja"
        r"\bse\s+(?:retire|retira|desiste)\b(?!\s+pas)|\bretira-se\b|\bdesiste\s+do\s+processo",
        r"\b(?:da(?:le|rle)?|dar\s+de)\s+de\s+baja\s+(?:del|de\s+la|en\s+el)\s+(?:proceso|candidatura)",
        r"\b(?:aceit(?:ou|ei)|acepto|acepte|ha\s+aceptado)\s+otr[ao]\s+(?:proposta|oferta|propuesta)"
        r"|\baceit(?:ou|ei)\s+outra\s+(?:proposta|oferta)",
        r"\bse\s+(?:ha\s+)?retir(?:o|ado|ada)\s+del\s+proceso",
        # (a client giving up the hire is a call-off: "o cliente desistiu da contratação")
        r"\b(?:desistiu(?!\s+d[ao]\s+(?:contratacao|recrutamento|vaga|busca|selecao|cargo))"
        r"|retirou\s+(?:a\s+)?(?:sua\s+)?candidatura)",
        r"\b(?:hat|haben)\s+(?!(?:\w+\s+){0,2}?(?:mandat|stelle|position|posten|auftrag|ausschreibung)\b)"
        r"(?:\w+\s+){0,3}(?:abgesagt|zuruckgezogen)",
        r"\bretir(?:o|ar|arme)\s+" + _SO + r"(?:mi\s+)?(?:candidatura|solicitud|postulacion)",
        r"\bme\s+retiro\s+del\s+proceso",
        r"\bacepte\s+otra\s+(?:oferta|propuesta)",
        r"\bya\s+no\s+(?:estoy\s+interesad[oa]|me\s+interesa)",
        r"\bretir(?:e|er)\s+" + _SO + r"ma\s+candidature",
        r"\bme\s+retirer?\s+(?:\w+\s+)?(?:du\s+processus|de\s+la\s+(?:course|selection|candidature))",
        # a job taken at another employer: "accepted a role at another firm", "accepté hier un
        # poste dans une autre ONG", "aceptado un puesto en otra empresa", "aceitei uma vaga
        # noutra empresa", "eine Stelle bei einer anderen Firma angenommen"
        r"\b(?:accepted|accepte|aceptado|acepte|acepto|aceitei|aceitou|aceite)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:role|position|job|post|poste|emploi|cdi|puesto|trabajo|empleo|vaga|cargo|emprego|offer"
        r"|offre|oferta|propuesta|proposta)\s+"
        r"(?:at|with|in|dans|chez|en|con|em|com|na|no|numa|num|au\s+sein\s+d')?\s*(?:another|a\s+different"
        r"|une\s+autre|un\s+autre|otr[ao]|outr[ao]|noutr[ao])\b"
        r"|\b(?:stelle|position|job|angebot)\s+(?:\w+\s+)?(?:bei|von)\s+(?:einer|einem)\s+anderen\s+(?:\w+\s+)?"
        r"(?:angenommen|zugesagt)\b",
        r"\baccepte\s+une\s+autre\s+(?:offre|proposition)",
        r"\bne\s+(?:suis|serai)\s+plus\s+interess",
        r"\bbewerbung\b[^.!?\n]{0,30}\bzuruck(?:ziehen?|zuziehen|gezogen)?\b",
        r"\bziehe\s+(?:ich\s+)?" + _SO + r"meine\s+bewerbung\b",
        r"\b(?:anderes|neues)\s+angebot\s+angenommen",
        r"\bkein\s+interesse\s+mehr",
        # no longer taking part: "möchte nicht weiter am Auswahlverfahren teilnehmen"
        r"\bnicht\s+(?:mehr|weiter)\s+(?:\w+\s+){0,3}?teilnehmen\b",
        # another offer taken, in any person: "he aceptado otra oferta", "a accepté une autre
        # offre", "aceitaram outra proposta"; leaving the process: "retirarme del proceso"
        r"\b(?:he|ha|han|hemos|has)\s+aceptado\s+otra\s+(?:oferta|propuesta)"
        r"|\b(?:ai|a|ont|avons)\s+accepte\s+une\s+autre\s+(?:offre|proposition)"
        r"|\baceit(?:ou|ei|aram|amos)\s+outra\s+(?:proposta|oferta)"
        r"|\bretir(?:arme|arse|arte|ar-me|ar-se)\s+(?:\w+\s+)?(?:del|de\s+la|do|da)\s+"
        r"(?:proceso|processo|candidatura|seleccion|selecao)\b",
        r"\bbei\s+meinem\s+(?:jetzigen|aktuellen|derzeitigen)\s+arbeitgeber\s+(?:zu\s+)?bleiben",
        r"\bretir(?:ar|o)\s+" + _SO + r"(?:a\s+)?minha\s+candidatura",
        r"\bdesist(?:o|ir|i)\s+(?:do|da)\s+(?:processo|vaga|candidatura)",
        r"\baceitei\s+outra\s+(?:proposta|oferta)",
        r"\bnao\s+tenho\s+mais\s+interesse",
        r"\bficar\s+(?:na|no)\s+(?:minha|meu)\s+(?:empresa|emprego)\s+atual",
        # relayed by a recruiter: leaving the process, staying where they are, a counteroffer
        # taken, signed elsewhere: "wants out", "steigt aus", "deja el proceso", "saiu do
        # processo", "bleibt bei seinem Arbeitgeber", "se queda en su empresa", "a signé ailleurs"
        r"\b(?:wants?|wanted)\s+out\b|\b(?:bow(?:ed|ing|s)?|dropp(?:ed|ing)|opt(?:ed|ing)?)\s+out\b"
        r"|\b(?:leaves?|left|leaving|quits?|quitting|exits?|exited)\s+(?:the|this|our)\s+process\b"
        r"|\bsteigt\s+aus\b|\bist\s+ausgestiegen\b|\bverlasst\s+den\s+prozess\b"
        r"|\b(?:deja|dejo|abandona|abandono)\s+el\s+proceso\b|\b(?:saiu|sai|deixa|deixou|abandonou)\s+"
        r"(?:do|o)\s+processo\b|\b(?:quitte|a\s+quitte)\s+le\s+process(?:us)?\b",
        r"\b(?:stays?|staying|stayed|remains?|remaining)\s+(?:with|at)\s+(?:his|her|their)\s+(?:current\s+"
        r"|present\s+)?(?:company|employer|job|role)\b|\bbleibt\s+bei\s+(?:seinem|ihrem)\s+(?:\w+\s+)?"
        r"arbeitgeber\b|\bse\s+queda\s+en\s+su\s+(?:empresa|trabajo|puesto)\b|\b(?:vai\s+)?fica[r]?\s+"
        r"na\s+empresa\s+atual\b|\breste\s+(?:chez|dans)\s+(?:son|sa)\s+(?:employeur|entreprise|boite)\b",
        r"\b(?:took|taken|taking|accepted|accepting|accepts?|take|takes)\s+(?:a|an|the|his|her|their)\s+"
        r"(?:\w+\s+)?counter-?\s?offer\b|\bcontre-?(?:offre|proposition)\s+qu'(?:il|elle)\s+a\s+acceptee\b"
        r"|\b(?:pulled|withdrawn|withdrew|retracted)\s+(?:his|her|their)\s+(?:application|candidacy)\b"
        r"|\bretir(?:e|ent)\s+(?:sa|leur)\s+candidature\b"
        r"|\bgegenangebot\s+angenommen\b|\bacepto\s+(?:una|la)\s+contraoferta\b|\baceitou\s+(?:uma|a)\s+"
        r"contraproposta\b|\ba\s+accepte\s+(?:une|la)\s+contre-?(?:offre|proposition)\b"
        r"|\b(?:signed|signe|firmo|assinou)\s+(?:\w+\s+)?(?:elsewhere|ailleurs|con\s+otra\s+empresa"
        r"|com\s+outra\s+empresa)\b|\bwoanders\s+unterschrieben\b",
        # the sender staying where they are: "decided to stay where I am", "je reste dans mon
        # entreprise", "bleibe jetzt doch bei meinem jetzigen AG", "me quedo donde estoy", "vou
        # ficar onde estou", "zu bleiben, wo ich bin"
        r"\b(?:(?:decided|chosen|going|want|prefer|plan)\s+to|i'?ll|i\s+will|i'?m)\s+(?:\w+\s+)?(?:stay"
        r"|remain|staying|remaining)\s+where\s+i\s+am\b|\brester\s+(?:la\s+)?ou\s+je\s+suis\b"
        r"|\bje\s+reste\s+(?:\w+\s+)?(?:dans|chez|a)\s+(?:ma|mon)\s+(?:boite|entreprise|employeur|poste"
        r"|societe)\b|\bbleibe\s+(?:\w+\s+){0,2}?bei\s+meine[mr]\s+(?:\w+\s+)?(?:ag|arbeitgeber|firma|job"
        r"|stelle)\b|\bbleiben,?\s+wo\s+ich\s+bin\b|\b(?:me\s+quedo|quedarme)\s+(?:donde\s+estoy|en\s+mi\s+"
        r"(?:empresa|trabajo|puesto)(?:\s+actual)?)\b|\bfic(?:ar|o)\s+(?:onde\s+estou|n[ao]\s+(?:minha|meu)"
        r"\s+(?:empresa|emprego|trabalho))\b",
        # the sender taken off the process at their own request: "take me off the list", "nehmen
        # Sie mich aus dem Verfahren", "sáquenme del proceso", "me tirem do processo", "vous
        # pouvez arrêter ma candidature"
        r"\btake\s+me\s+off\s+(?:the|your)\s+(?:list|shortlist|process)\b|\bnehmen\s+sie\s+mich\s+aus\s+"
        r"(?:dem|der)\s+(?:verfahren|prozess|auswahl)\b|\b(?:saquenme|sacadme|sacame|saqueme)\s+del\s+"
        r"proceso\b|\b(?:me\s+)?(?:tirem|tire|tirar)(?:-me)?\s+do\s+processo\b|\bretirez-moi\s+du\s+"
        r"processus\b|\barreter\s+ma\s+candidature\b",
        # leaving the process, in the first person: "me bajo del proceso", "vou sair do
        # processo", "ich steige aus", "je préfère arrêter là", "can no longer pursue this role",
        # "ne souhaite plus donner suite"
        r"\b(?:me|se)\s+baj(?:o|a)\b|\b(?:sair|saio|salir|salgo)\s+(?:do|del)\s+proces[so]o?\b"
        r"|\b(?:steige?|springe?|springt)\s+(?:\w+\s+)?(?:aus|ab)\b|\bzieht\s+(?:sich\s+)?zuruck\b"
        # ("ich steig aus", "ich ziehe mich aus dem Prozess zurück", "je sors du processus")
        r"|\bziehe?\s+mich\s+(?:\w+\s+){0,3}?zuruck\b|\b(?:sors|quitte)\s+(?:du|le)\s+processus\b"
        r"|\bprefere\s+(?:m')?arreter\s+la\b|\b(?:can|could)\s+no\s+longer\s+(?:pursue|proceed|continue)\b"
        r"|\bne\s+(?:souhaite|veux|desire)\s+plus\s+donner\s+suite\b",
        # an offer taken elsewhere: "signed with another company", "aceitei uma proposta de
        # outra empresa", "Gegenangebot seines Arbeitgebers angenommen", "Festanstellung
        # woanders gefunden", "un trabajo fijo en otro lado"
        r"\b(?:signed|signe|firme|firmo|assinei|assinou)\s+(?:\w+\s+)?(?:with|con|com|avec)\s+(?:another"
        r"|a\s+different|otra|outra|une\s+autre)\s+(?:company|firm|employer|empresa|entreprise)\b"
        r"|\b(?:aceit|acept|accept)\w*\s+(?:an?|una?|uma)\s+(?:offer|oferta|offre|proposta|propuesta)\s+"
        r"(?:from|de|da|d'une)\s+(?:another|a\s+different|otra|outra|autre)\b"
        r"|\bgegenangebot\s+(?:\w+\s+){1,3}?angenommen\b|\b(?:stelle|festanstellung|job)\s+woanders\b"
        r"|\b(?:trabajo|empleo|emprego|trabalho)\s+(?:\w+\s+)?(?:en\s+otro\s+lado|em\s+outro\s+lugar)\b",
        # an offer taken elsewhere, in any tense: "decided to accept an offer elsewhere",
        # "accepter une offre ailleurs", "aceptar una oferta en otra empresa", "aceitar uma
        # proposta noutro sítio", "ein Angebot woanders anzunehmen"
        r"\b(?:accept|accepting|accepts|take|taking|accepter|aceptar|aceitar)\s+(?:an?|another|une|una|uma)\s+"
        r"(?:[\w-]+\s+)?(?:offer|job|role|position|offre|poste|oferta|propuesta|puesto|proposta|vaga)\s+"
        r"(?:elsewhere|ailleurs|(?:en|em|n)\s*otr[oa]\s+\w+|noutr[oa]\s+\w+|(?:em|num)\s+outr[oa]\s+\w+)\b"
        r"|\b(?:angebot|stelle|job)\s+(?:\w+\s+)?(?:woanders|anderswo)\s+(?:anzunehmen|annehmen"
        r"|angenommen)\b",
        # stepping back from the process: "step back from the role", "dar un paso al lado",
        # "je préfère me retirer"
        r"\bstep(?:s|ping|ped)?\s+(?:back|aside|away|down)\s+from\s+(?:the|this|my|your|our)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:process|role|position|application|candidacy|search|opportunity)\b"
        r"|\bdar\s+un\s+paso\s+al\s+(?:lado|costado)\b"
        r"|\b(?:prefere|prefererais|vais|souhaite)\s+(?:donc\s+)?me\s+retirer\b",
    ),
    Cue.CANCEL: (
        # the object named by its owner or day: "pull Dana Whitfield's onsite", "drop
        # Wednesday's 2pm"; the noun: "cancellation of", "annulation de l'entretien"
        r"\b(?:kill|scrap|drop|pull|take\s+down|strike)\s+(?:[\w-]+\s+){0,2}?[\w-]+'s\s+(?:[\w-]+\s+){0,2}?(?:slot|interview"
        r"|call|meeting|panel|round|onsite|on-site|session|chat|screen|final|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)"
        r"(?!\w)",
        r"\b(?:cancell?ation|annulation|cancelacion|anulacion|cancelamento|stornierung)\s+(?:of|de|del|da|do"
        r"|des|der)\b",
        r"\b(?:kill|scrap)\s+(?:\w+day|tomorrow|today)(?:'s)?\b",
        r"\b(?:kill|scrap|drop|pull)\s+(?:the\s+|this\s+|\w+'s\s+)?(?:\w+\s+){0,2}?(?:slot|interview"
        r"|call|meeting|panel|round)\b",
        r"\bcancel(?:l?ing)?\b",
        # put off with no new date: "postpone the interview until further notice", "l'entretien
        # est reporté jusqu'à nouvel ordre", "bis auf Weiteres verschoben", "aplazada hasta nuevo
        # aviso", "adiada até segunda ordem"; longer than the move word, it shadows it
        r"\b(?:" + _PUT_OFF + ")" + _PUT_OFF_GAP + "(?:" + _NO_DATE + r")\b",
        r"\b(?:bis\s+auf\s+weiteres|auf\s+unbestimmte\s+zeit)"
        + _PUT_OFF_GAP
        + r"(?:verschoben|vertagt|zuruckgestellt|ausgesetzt|pausiert)\b",
        r"\b(?:interview|round|meeting|call)\s+(?:is|has\s+been|was)\s+cancel+ed",
        r"\bcall(?:ed|ing)?\s+(?:(?:it|this|that|the\s+\w+(?:\s+round)?)\s+)?off\b",
        r"\b(?:role|position|req|requisition|opening|vacancy|hiring|search|headcount|job)\s+"
        r"(?:has\s+been|have\s+been|is|was|are|got)\s+(?:now\s+|just\s+)?(?:put\s+|placed\s+)?"
        r"on\s+hold",
        r"\b(?:paused|pausing|pause|frozen|froze|freezing)\s+(?:the\s+|this\s+|our\s+|all\s+)?"
        r"(?:hiring|role|search|process|position|recruitment|req|interviews|interviewing)",
        # interviews paused: "mettre en pause les entretiens", "congela las entrevistas",
        # "die Interviews vorerst stoppen", "suspende as entrevistas"
        r"\b(?:mettre\s+en\s+pause|suspendre|suspendez|geler|gelez|congela(?:r|d)?|pausa(?:r|d)?"
        r"|suspende(?:r|d)?|suspenda)\s+(?:les|las|los|as|os|todas\s+las|todas\s+as)\s+"
        r"(?:entretiens|entrevistas|procesos|processos)\b"
        r"|\binterviews\s+(?:\w+\s+){0,4}?(?:stoppen|pausieren|aussetzen|anhalten)\b",
        # no more booking for now: "hold off on booking anything", "no agendes nada"
        r"\b(?:hold\s+off|stop|halt)\s+(?:on\s+)?(?:booking|scheduling|arranging)\b"
        r"|\bne\s+(?:planifiez|programmez|reservez|fixez)\s+rien\b|\bno\s+(?:agendes|agenden"
        r"|programes|programen|reserves|reserven)\s+nada\b|\bnao\s+(?:agende|agendem|marque"
        r"|marquem)\s+nada\b|\bnichts\s+(?:mehr\s+)?(?:buchen|einplanen|ansetzen)\b",
        # the role put on hold by its owner: "has put the hygienist role on ice", "a mis le poste
        # en pause", "hat die Stelle auf Eis gelegt", "ha puesto la vacante en pausa", "colocou a
        # vaga em espera"
        r"\b(?:put|putting|puts|place|placed|placing)\s+(?:[\w'-]+\s+){0,3}?(?:role|position|req"
        r"|requisition|opening|vacancy|hiring|search|process|job)\s+on\s+(?:hold|ice)\b"
        r"|\b(?:mis|mettre|met|mettons|mettent)\s+(?:[\w'-]+\s+){0,3}?(?:poste|recrutement|processus"
        # (round 42: with its candidate named, "on met le process de Mme Roy en pause")
        r"|process|recherche)\s+(?:(?:de|d'|du)\s*(?:[\w'.-]+\s+){1,2}?)?"
        r"(?:en\s+(?:pause|suspens|stand-by|attente|veille|sommeil)|au\s+frigo)\b"
        r"|\b(?:stelle|position|besetzung|suche|ausschreibung)\s+(?:\w+\s+){0,3}?auf\s+eis\s+"
        r"(?:gelegt|legen|liegt)\b"
        r"|\b(?:puesto|plaza|vacante|proceso|busqueda|vaga|cargo|processo|busca)\s+(?:\w+\s+){0,2}?"
        r"(?:en|em)\s+(?:pausa|espera|suspenso|stand-by)\b",
        # (round 44) the interview itself put on hold, with its candidate named: "put Maria's
        # interview on hold", "mettez l'entretien de Léo en attente", "pon la entrevista de Ana en
        # pausa", "coloca a entrevista do Pedro em espera", "das Gespräch mit Tim auf Eis legen"
        r"\b(?:put|putting|puts|place|placed|placing)\s+(?:[\w'-]+\s+){0,3}?(?:interview|round|panel"
        r"|call|meeting|onsite|session|final|screen)s?(?:\s+(?:with|for|of)\s+[\w.'-]+(?:\s+[\w.'-]+)?)?"
        r"\s+on\s+(?:hold|ice)\b"
        r"|\b(?:mets|mettez|mettre|mettons|met)\s+(?:[\w-]+\s+|l'|d'){0,2}?(?:entretien|entrevue|rdv"
        r"|rendez-vous)\s+(?:(?:de|d'|du|avec)\s*(?:[\w'.-]+\s+){1,2}?)?en\s+(?:pause|attente|suspens"
        r"|stand-by)\b"
        r"|\b(?:pon|pone|poned|poner|ponemos|pongan|deja|dejad|dejar|dejamos|dejen)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:entrevista|reunion|cita)\s+(?:(?:de|del|con)\s+(?:[\w.-]+\s+){1,2}?)?en\s+(?:pausa|espera"
        r"|suspenso|stand-by)\b"
        r"|\b(?:coloca|coloque|coloquem|colocar|deixa|deixe|deixem|deixar|poe|ponha|por)\s+(?:[\w-]+\s+)"
        r"{0,2}?(?:entrevista|reuniao|conversa)\s+(?:(?:de|da|do|com)\s+(?:[\w.-]+\s+){1,2}?)?em\s+"
        r"(?:pausa|espera|suspenso|stand-by)\b"
        r"|\b(?:gesprach|interview|termin)\w*\s+(?:[\w.-]+\s+){0,5}?auf\s+eis\s+(?:legen|gelegt)\b",
        r"\bhiring\s+(?:freeze|is\s+(?:paused|frozen|on\s+hold))"
        r"|\bhiring(?:'s|\s+is|\s+has|\s+was)\s+(?:been\s+)?(?:paused|frozen|halted|stopped|suspended)\b"
        # hiring frozen by its owner, told in the present: "congelan las contrataciones",
        # "congelaram as contratações", "suspenden las incorporaciones"
        r"|\b(?:congel|suspend|paraliz|paralis)\w*\s+(?:las|la|el|los|as|a|o|os)\s+(?:contrataciones"
        r"|contratacion|contratacoes|contratacao|incorporaciones|reclutamiento|recrutamento|selecao"
        r"|seleccion|admissoes)\b",
        # the interview, or the booked day, said void by a participle after it: "la entrevista del
        # martes queda anulada", "l'entretien de mercredi est annulé", "a entrevista de quarta fica
        # cancelada", "Wednesday with Tom is cancelled", "the interview is off" (the interview
        # with its article, not "my other interview"; a day "off" is a free day)
        r"\b(?:the|la|l'|le|das|a|el)\s*(?:interview|entrevista|entretien|gesprach|conversa)\b"
        r"[^.!?;:\n]{0,40}?\b(?:is|was|has\s+been|queda|quedo|fica|ficou|esta|est|a\s+ete|ist|wurde)\s+"
        r"(?:now\s+|then\s+|also\s+)?(?:cancel+ed|anulad[oa]|cancelad[oa]|annulee?|abgesagt"
        r"|desmarcad[oa]|hinfallig|suspendid[oa]|suspendue?)\b"
        r"|\b(?<!\bon\s)(?<!\bmy\s)(?:\w+day|"
        + WORKDAY_NAMES
        + r")(?:'s\s+(?:interview|call|slot))?(?:\s+with\s+[\w.]+)?\s+"
        r"(?:is|was|has\s+been)\s+(?:now\s+)?cancel+ed\b"
        r"|\b(?:interview|call|meeting|chat|session)\s+(?:is|was|'s)\s+(?:now\s+)?off\b",
        # the money for the role, or the role, frozen or cut by its owner, told as done: "they've
        # frozen the budget for the role", "finance pulled the funding", "a gelé le budget du
        # poste", "hat die Mittel für die Stelle gestrichen", "congeló el presupuesto", "cortou a
        # verba da vaga"
        r"\b(?:froze|frozen|freezing|paused|cut|pulled|axed|slashed|scrapped|shelved|killed|withdrawn"
        r"|withdrew|suspended|blocked|gele|supprime|coupe|bloque|suspendu|retire|congel(?:o|ou|ado|aron"
        r"|aram)|recort(?:o|ado|aron)|retir(?:o|ado|aron|ou|aram)|suprimi(?:o|do|eron)|cort(?:ou|ado|aram)"
        r"|bloque(?:o|ou|ado|aron|aram)|suspend(?:eu|io|ido|eram|ieron))\s+"
        r"(?:the|its|their|le|son|leur|el|su|o|a|seu|sua)\s+(?:[\w-]+\s+)?"
        + _ROLE_MONEY
        # (the role's papers are no role: "pulled the role description up")
        + r"\b(?!\s+(?:description|spec|details|profile|ad|advert|posting|file|card|fiche|ficha))"
        # (done by someone: "die Stelle ist bis Januar eingefroren" after the round is a hold)
        r"|\b(?:hat|haben|hatte|hatten)\s+(?:\w+\s+){0,2}?(?:das|die|den|ihr|sein)\s+(?:\w+\s+)?"
        r"(?:budget|mittel|gelder|etat|finanzierung|stelle"
        r"|position|planstelle)\s+(?:[\w.-]+\s+){0,8}?(?:eingefroren|gestrichen|gekurzt|gestoppt"
        r"|gesperrt|zuruckgezogen)\b",
        # the search closed by its owner: "the client closed the search", "a clôturé le
        # recrutement", "hat die Suche beendet", "cerró la búsqueda", "encerrou o processo seletivo"
        r"\b(?:closed|ended|abandoned|clotur\w*|clos|ferme|arrete|cerr(?:o|aron|ado)|termin(?:o|aron|ado)"
        r"|finaliz(?:o|aron|ado|ou|aram)|encerr(?:ou|aram|ado)|fech(?:ou|aram|ado)|conclu(?:yo|ido|iu))\s+"
        r"(?:the|its|their|le|la|les|son|leur|el|su|o|a|seu|sua)\s+(?:[\w-]+\s+)?(?:search|recruitment|hiring"
        r"|process|processus|proceso|processo"
        r"|recrutement|recherche|busqueda|reclutamiento|seleccion|busca|recrutamento|selecao"
        r"|processo\s+seletivo|proceso\s+de\s+seleccion|processus\s+de\s+recrutement)\b"
        r"|\b(?:die|ihre|seine)\s+(?:suche|rekrutierung|besetzung|stellensuche)\s+(?:[\w.-]+\s+){0,4}?"
        r"(?:beendet|eingestellt|abgebrochen|abgeschlossen)\b"
        r"|\b(?:ha|han|hemos|habia)\s+dado\s+por\s+(?:cerrad|terminad|concluid|finalizad)[oa]\b",
        # the hire given up for the time being, not the candidate turned down: "decided not to
        # hire anyone for now", "ne pas recruter pour le moment", "die Stelle vorerst nicht zu
        # besetzen", "no contratar por ahora", "não contratar ninguém agora"
        _NO_HIRE,
        # the interview not to be booked: "merci de ne pas planifier l'entretien", "no agenden la
        # entrevista", "não marquem a entrevista", "das Gespräch nicht ansetzen"
        r"\bne\s+(?:pas\s+)?(?:planifie[rz]|programme[rz]|fixe[rz]|reserve[rz]|cale[rz])\s+(?:pas\s+)?"
        r"(?:l'|le\s+|la\s+)(?:entretien|rendez-vous|rdv|entrevue)\b"
        r"|\bno\s+(?:agend|program|reserv|fij|cit)(?:en|es|ar)\s+(?:la|el|ninguna?)\s+(?:entrevista"
        r"|reunion|llamada|cita)\b"
        r"|\bnao\s+(?:agend|marqu|marc|reserv)(?:e|em|ar)\s+(?:a|o|nenhuma?)\s+(?:entrevista|reuniao"
        r"|conversa|chamada)\b"
        r"|\b(?:termin|gesprach|interview)\s+(?:[\w.]+\s+){0,4}?nicht\s+(?:ansetzen|einplanen|buchen"
        r"|vereinbaren)\b",
        r"\b(?<!n't\s)(?<!not\s)filled\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:role|position|req|vacancy|opening)",
        r"\b(?:role|position|vacancy|opening|req)\s+(?:has\s+been|was|is)\s+(?:now\s+)?"
        r"(?:filled|closed|cancel+ed|withdrawn|pulled)",
        # (with what is not to be booked, which outreaches the step it names, read as negated)
        r"\b(?:do\s+not|don't)\s+(?:book|schedule|arrange|set\s+up)\b(?:\s+(?:the|that|this|any|an?|his"
        r"|her|their|[\w-]+'s)\s+(?:[\w-]+\s+)?(?:interview|call|meeting|panel|round|session|chat))?",
        r"\bwithdr(?:aw|awing|ew|awn)\s+(?:the|this|our)\s+(?:role|position|req|vacancy|opening)",
        # told as done, relayed: "o cliente cancelou a entrevista", "canceló la entrevista"
        r"\bcancel(?:ar|amos|emos|en|em|ad|ada|ado|aram|aron|ou|o|a|e)\b",
        r"\banul(?:ar|amos|emos|en|e|em|ad|a|ad[oa]s?|aron|aram|ou)\b|\bdecommand\w*|\bse\s+(?:suspende|cancela|anula)\b",
        # the order with its pronoun joined: "anúlala", "cancélalo", "cancela-a", "anule-o"
        r"\b(?:anul|cancel)(?:a|e)(?:l[ao]s?|-[ao]s?)(?!\w)",
        r"\b(?:puesto|vacante|proceso)\s+(?:esta|queda|ha\s+quedado)\s+"
        r"(?:en\s+pausa|congelad[oa]|cancelad[oa])",
        r"\bannul(?:er|ons|ez|e)\b",
        r"\b(?:poste|recrutement)\s+(?:est\s+|a\s+ete\s+)?(?:gele|suspendu|pourvu)",
        r"\b(?:absagen|abzusagen|stornieren|streichen|rausnehmen|herausnehmen)\b|\b(?:wird|wurde|ist|werden)\s+(?:\w+\s+){0,2}?abgesagt\b",
        # (round 41) the appointment called off, said as the sender's own short-notice
        # "Absage" ("sorry für die kurzfristige Absage"), not a verdict
        r"\b" + _OWN_CALL_OFF,
        r"(?!" + _TURN_DOWN_DE + r")\bsag(?:en|t|e)?\s+(?:[\w.'-]+\s+){1,12}?ab\b",
        r"\bstelle\s+(?:ist\s+|wurde\s+)?(?:(?:intern|inzwischen|mittlerweile|bereits|schon)\s+)?"
        r"(?:besetzt|gestrichen|eingefroren)|\bstelle\s+(?:\w+\s+){0,5}?besetzt\b",
        # the role closed, or the booked day taken out of the diary: "close the role", "take
        # Wednesday out of the diary", "retirer lundi de l'agenda", "aus dem Kalender nehmen",
        # "sacar el miércoles de la agenda", "tirar a quarta da agenda"
        r"\b(?:close|closing|closed|eliminat\w*|scrap\w*|cancel\w*)\s+(?:the|this|our)\s+(?:role|position|req"
        r"|opening|vacancy|job|search)\b|\btake\s+(?:[\w'-]+\s+){1,3}?(?:out\s+of|off)\s+(?:the|your|my|our|everyone'?s)\s+"
        r"(?:diary|diaries|calendars?|agenda)\b|\bretirer\s+(?:\w+\s+){1,3}?de\s+l'agenda\b|\baus\s+dem\s+"
        r"kalender\s+(?:nehmen|streichen|loschen)\b|\b(?:sacar|quitar|tirar)\s+(?:\w+\s+){1,3}?(?:de\s+la|del"
        r"|da|do)\s+(?:agenda|calendario)\b",
        r"\bdesmarc(?:ar|amos|a|em|e|ou|ad[oa])\b|\bdesmarqu(?:e|em|ei|emos)\b",
        # the hire given up: "desistiu da contratação", "renonce à recruter", "renunciado a
        # contratar", "gave up on the hire", "verzichtet auf die Besetzung"
        r"\bdesist\w*\s+d[ao]\s+(?:contratacao|recrutamento|vaga|busca|selecao|cargo)\b"
        r"|\brenonc\w*\s+a\s+(?:recruter|embaucher|pourvoir|ce\s+recrutement)\b"
        r"|\brenunci\w*\s+a\s+(?:contratar|cubrir|la\s+contratacion)\b"
        r"|\bgiven?\s+up\s+on\s+(?:the|this)\s+(?:hire|role|search|position)\b"
        r"|\bverzicht\w*\s+auf\s+die\s+(?:besetzung|einstellung|stelle)\b",
        # the search itself closed: "the search is now closed on our end", "le recrutement est
        # clos", "die Suche ist abgeschlossen", "damos por cerrado el proceso", "o processo de
        # recrutamento está encerrado"
        r"\b(?:search|recruitment|process|recrutement|recherche|processus|procedure|suche|verfahren"
        r"|auswahlverfahren|besetzungsverfahren|busqueda|proceso|seleccion|processo|recrutamento"
        r"|busca|selecao)\s+(?:[\w']+\s+){0,3}?(?:is|has\s+been|was|est|a\s+ete|ist|wurde|esta|ha\s+sido"
        r"|fue|foi|queda|ficou)\s+(?:now\s+|jetzt\s+|nun\s+|desormais\s+|maintenant\s+|ja\s+)?"
        r"(?:closed|clos|close|cloture|termine|abgeschlossen|beendet|eingestellt|cerrad[oa]"
        r"|terminad[oa]|encerrad[oa]|concluid[oa]|finalizad[oa])\b"
        r"|\bdamos\s+por\s+(?:cerrad[oa]|terminad[oa]|concluid[oa])\b"
        # or broken off, said with or without its verb: "la procédure de recrutement
        # interrompue", "we've halted the hiring process", "el proceso de selección se ha
        # interrumpido", "o processo seletivo foi interrompido", "das Verfahren wurde gestoppt"
        r"|\b(?:(?:recruitment|hiring|selection)\s+process|(?:procedure|processus|proceso|processo)\s+"
        r"(?:de|do)\s+(?:recrutement|seleccion|selecao|recrutamento|contratacion)|processo\s+seletivo"
        r"|auswahlverfahren)\s+(?:[\w']+\s+){0,3}?(?:interrompue?|interrumpid[oa]|interrompid[oa]"
        r"|arretee?|gestoppt|halted|stopped|detenid[oa]|abgebrochen)\b"
        r"|\b(?:halted|stopped|interrupted|interrompu|interrumpido|interrompemos|interrumpimos"
        r"|gestoppt|abgebrochen)\s+(?:the|our|le|notre|el|nuestro|o|nosso|das|unser)\s+"
        r"(?:\w+\s+)?(?:process|processus|proceso|processo|verfahren|auswahlverfahren)\b",
        r"\bvaga\s+(?:\w+\s+)?(?:foi\s+)?(?:preenchida|congelada|cancelada)",
        # the role gone, told as what happened to it: "the req got frozen", "the position no
        # longer exists", "le poste n'est plus ouvert", "die Stelle wurde eingespart", "la
        # posición ha quedado congelada", "a vaga deixou de existir"
        r"\b(?:role|position|req|requisition|opening|vacancy|headcount|budget|job|post|poste|posicion|puesto"
        r"|plaza|vacante|vaga|cargo|stelle|posten|mandat)(?:'s|\s+(?:\w+\s+){0,3}?(?:has\s+been|have\s+been"
        r"|got|was|is|were|a\s+ete|est|wurde|ist|ha\s+quedado|quedo|queda|fue|esta|foi|ficou|entrou))\s+"
        r"(?:now\s+|just\s+|officially\s+|ersatzlos\s+|passe\s+)?(?:gone|frozen|pulled|cut|eliminated|axed"
        r"|filled|pourvue?|besetzt|preenchid[oa]"
        r"|scrapped|killed|closed|put\s+on\s+ice|supprime|gele|ferme|a\s+la\s+trappe|eingespart|gestrichen"
        r"|eingefroren|congelad[oa]|eliminad[oa]|cubiert[oa]|cerrad[oa]|fechad[oa]|extint[oa]"
        r"|no\s+corte|sin\s+efecto|sem\s+efeito)\b",
        r"\b(?:role|position|req|job|poste|posicion|posicao|puesto|plaza|vacante|vaga|cargo|stelle|posten)\s+"
        r"(?:\w+\s+)?(?:no\s+longer\s+(?:exists|open|available)|is\s+not\s+open\s+any\s*more"
        r"|doesn'?t\s+exist\s+any\s*more|n'(?:est|existe)\s+plus"
        r"|ya\s+no\s+existe|deixou\s+de\s+existir|nao\s+existe\s+mais|ist\s+beim\s+budget\s+durchgefallen)"
        r"|\bno\s+(?:role|position|job)\s+(?:[\w-]+\s+){0,3}?any\s*(?:more|longer)\b"
        r"|\b(?:stelle|position)\s+gibt\s+es\s+(?:\w+\s+)?nicht\s+mehr\b|\bgibt\s+es\s+(?:die|diese)\s+"
        r"(?:stelle|position)\s+nicht\s+mehr\b|\bnobody\s+owns\s+the\s+(?:req|role)\b",
        # removed or filled by us: "la direction a supprimé le poste", "eliminó el puesto",
        # "extinguiu o cargo", "we filled it", "cubrimos la plaza", "fechamos a vaga"
        r"\b(?:supprime|elimin[oa]|eliminaron|extinguiu|extinguiram|cubrimos|fechamos|preenchemos"
        r"|congel[oa]|gestrichen|eingespart|pourvu"
        # (or by the client: "ha cubierto la vacante", "preencheu a vaga", "has filled the role")
        r"|(?<!\bno\s)(?<!nao\s)(?<!not\s)(?<!n't\s)(?:(?:ha|han|hemos)\s+cubierto|cubrio|cubrieron"
        r"|preencheu|preencheram|filled))\s+"
        r"(?:le|el|la|o|a|die|den|the|this|our)\s+(?:poste|puesto|plaza|vacante|posicion|cargo|vaga"
        r"|stelle|role|position|vacancy|opening|job)\b|\bwe\s+(?:\w+\s+)?filled\s+it\b"
        r"|\b(?:puesto|plaza|vacante|posicion)\s+se\s+(?:ha\s+)?cubierto\b"
        r"|\bse\s+(?:ha\s+)?cubierto\s+(?:la|el)\s+(?:puesto|plaza|vacante|posicion)\b",
        # someone else hired: "made an offer to someone else", "offer accepted by our other
        # finalist", "nous avons retenu une candidate en interne", "intern jemanden gefunden",
        # "contratamos a nuestra candidata", "signé notre candidat", "unseren Wunschkandidaten
        # unter Vertrag genommen"
        r"\b(?:made|extended|gave)\s+an?\s+offer\s+to\s+(?:someone|somebody|another)\b"
        r"|\boffer\s+accepted\s+by\s+(?:our|the|an?)\s+other\b"
        r"|\b(?:retenu|recrute|embauche)\s+(?:\w+\s+){0,2}?(?:candidate?|profil)\s+en\s+interne\b"
        r"|\b(?:signe|embauche|recrute)\s+notre\s+candidate?\b"
        r"|\bintern\s+jemanden\s+gefunden\b|\b(?:wunschkandidat|kandidat)\w*\s+unter\s+vertrag\b"
        r"|\bcontrat(?:amos|aron)\s+(?:a\s+)?(?:nuestr[oa]|nuess?[oa]|a\s+nossa|o\s+nosso|nossa|nosso|un[oa]"
        r"|alguien)\s*(?:\w+\s+)?(?:candidat[oa]|persona|pessoa)?",
        # the team or the company changed under it: "the entire team was let go", "l'équipe a été
        # dissoute", "das gesamte Team wurde aufgelöst", "despidieron a todo el equipo",
        # "demitiram a equipe toda", "hiring freeze", "Einstellungsstopp", "todas las
        # contrataciones quedan en pausa", "todas as contratações estão paradas"
        r"\b(?:team|equipe)\s+(?:\w+\s+)?(?:was|were|has\s+been|a\s+ete|is\s+being)\s+(?:let\s+go|dissolved"
        r"|disbanded|dissoute|restructured)\b|\bteam\s+(?:wurde|wird)\s+(?:\w+\s+)?(?:aufgelost|umgebaut"
        r"|umstrukturiert)\b|\bequip[oea]\s+(?:se\s+esta\s+reestructurando|esta\s+(?:a\s+ser|sendo)\s+"
        r"reestruturad[ao])\b"
        r"|\b(?:despidieron|demitiram)\s+(?:a\s+)?(?:todo\s+el|toda\s+a|a)\s+equip[oea]\b"
        r"|\beinstellungsstopp\b|\b(?:contrataciones|contratacoes|recrutements|embauches)\s+(?:\w+\s+)?"
        r"(?:quedan|estan|sont|ficam)\s+(?:en\s+pausa|paradas|suspendu\w*|gel\w+)\b",
        # the interview itself not taking place: "Friday's panel is not going ahead", "won't go
        # ahead", "Monday's interview is not happening", "n'aura pas lieu", "ne se fera pas",
        # "tombe à l'eau", "entfällt", "findet nicht statt", "fällt flach", "no se llevará a
        # cabo", "no va a ocurrir", "não vai acontecer"
        r"\b(?:is\s+not|isn'?t|won'?t|will\s+not|not|(?:is\s+|will\s+)?no\s+longer)\s+(?:be\s+)?(?:going\s+ahead"
        r"|go(?:ing)?\s+ahead"
        r"|happening|happen|take\s+place|taking\s+place)\b(?!\s+(?:until|before|unless|if|at|on))"
        r"|\b(?:is|are)\s+(?:now\s+)?(?:moot|off|dead)\b(?!\s+(?:to|for|on|at|until|from|the|work))"
        r"|\b(?:n'(?:a|aura)\s+(?:donc\s+|plus\s+)?(?:pas\s+)?lieu|ne\s+se\s+fera\s+pas|tombe\s+a\s+l'eau"
        r"|ne\s+(?:pourra|peut|pourrait)\s+(?:donc\s+)?(?:pas\s+|plus\s+)?avoir\s+lieu"
        r"|c'est\s+mort)\b|\bentfallt\b|\bfindet\s+(?:\w+\s+){0,2}?nicht\s+statt\b|\bfallt\s+flach\b"
        r"|\b(?:termin|[\w-]*gesprach|interview|treffen|panel)\b[^.!?\n]{0,30}?\bfallt\s+(?:\w+\s+){0,2}?aus\b|\bhat\s+sich\s+(?:damit\s+|also\s+)?erledigt\b|\bist\s+(?:damit\s+|somit\s+)?(?:vom\s+tisch"
        r"|hinfallig)\b|\bno\s+se\s+(?:llevara\s+a\s+cabo|hara|realizara|va\s+a\s+(?:realizar|celebrar|hacer))\b|\bno\s+tendra\s+lugar\b|\bnao\s+(?:tera\s+lugar|se\s+realizara)\b|\bno\s+va\s+a\s+(?:ocurrir"
        r"|pasar|haber)\b|\bya\s+no\s+va\b|\bse\s+cae\b|\bno\s+hay\s+entrevista\b"
        r"|\bnao\s+(?:vai\s+)?(?:acontece(?:r)?|rola\s+mais)\b"
        # or left void: "queda sin efecto", "fica sem efeito", "est caduc", "ist gegenstandslos",
        # and in English only the interview or its day ("Wednesday is void"; a link may be void)
        r"|\b(?:queda|quedan|quedo|dejamos|deja|dejar|fica|ficam|ficou|deixamos|deixa|deixar|est|sont"
        r"|ist)\s+(?:\w+\s+)?(?:sin\s+efecto|sem\s+efeito|caduc(?:s|que|ques)?|sans\s+objet"
        r"|gegenstandslos)\b|\b(?:\w+day|interview|call|meeting|panel|round|booking)(?:'s)?\s+(?:is|are)\s+"
        r"(?:now\s+|therefore\s+|then\s+)?(?:null\s+and\s+)?void\b"
        # said in the present: "ya no se realiza", "no se celebra", "já não se realiza", "não se
        # faz", "ne se fait plus"
        r"|\b(?:ya\s+|ja\s+)?(?:no|nao)\s+se\s+(?:realiza|celebra|hace|faz|lleva\s+a\s+cabo)\b"
        r"|\bne\s+se\s+(?:fait|tient|tiendra)\s+(?:pas|plus)\b"
        r"|\bnao\s+tem\s+(?:mais\s+)?entrevista\b|\b(?:entrevista|conversa|reuniao)\b[^.!?\n]{0,40}?\bcaiu\b",
        # the search itself stopped or dropped: "on suspend la recherche", "wir legen die Suche
        # auf Eis", "paramos la búsqueda", "pausamos a busca", "vamos suspender o recrutamento";
        # "lassen wir das", "mejor lo dejamos", "deixa para lá", "laissons tomber"
        r"\b(?:suspend|gel|arret|paus|param|congel|stopp|halt|freez|froze)\w*\s+(?:la|a|o|die|the|our"
        r"|notre|nuestra|nossa|el|le|den|das)\s+(?:recherche|busqueda|busca|suche|search|recrutement"
        r"|recrutamento|reclutamiento|seleccion|selecao|processo|proceso|processus|prozess"
        r"|bewerbungsprozess|verfahren|process)\b"
        r"|\b(?:suche|search|recherche|busqueda|busca)\s+(?:\w+\s+){0,3}?(?:auf\s+eis|on\s+ice)\b"
        r"|\blassen\s+wir\s+(?:das|es)\b(?!\s+(?:so|bei|offen))|\b(?:mejor\s+)?lo\s+dejamos\b"
        r"|\bdejemoslo\b|\bdeix(?:armos|emos|a|e)\s+(?:para|pra)\s+la\b|\blaissons\s+tomber\b"
        r"|\blet'?s\s+(?:drop|scrap|shelve)\s+it\b",
    ),
    Cue.MOVE: (
        r"\bre-?schedul\w*",
        r"\bcancel\w*\s+and\s+re-?(?:schedul\w*|book\w*|arrang\w*)",
        # the booked round by any of its names: "push the chat back", "move our conversation"
        r"\b(?:move|push|shift|bump)\s+(?:it|(?:the|our|my|this|that|\w+'s)\s+(?:\w+\s+)?(?:"
        + _ROUND
        + r"|slot|time))\b",
        r"\bmove\s+(?:it\s+)?to\s+(?:another|a\s+different|a\s+later|an\s+earlier)\b",
        # (round 44) the booked round as the subject of its move, as a relay asks it: "she asks
        # whether the interview could move to 3pm", "if Thursday's call can be pushed back"
        r"\b(?:the|our|this|that|\w+'s)\s+(?:\w+\s+)?(?:"
        + _ROUND
        + r")\s+(?:could|can|might|would|to|will)\s+(?:be\s+)?(?:mov|push|shift|bump|postpon"
        r"|re-?schedul)\w*",
        # (round 42) moved with no object, to the day it goes to: "she asked to move to Thursday",
        # "can we push to next week?", "wants to switch to Friday afternoon"
        r"\b(?:move|push|shift|switch|bump)\s+(?:back\s+)?to\s+(?:\w+day|tomorrow|next\s+week"
        r"|the\s+following\s+week|later\s+(?:this|next)\s+week)\b",
        r"\bmove\s+(?:\w+day(?:'s)?|tomorrow(?:'s)?|today(?:'s)?)\b",
        r"\bbring\s+(?:it|(?:the|our|my|\w+'s)\s+(?:interview|call|meeting|round))",
        r"\bpostpon\w*",
        r"\b(?:start|begin|do\s+it|make\s+it|have\s+it|meet)\s+(?:\d+\s+\w+\s+|an\s+hour\s+"
        r"|half\s+an\s+hour\s+|a\s+(?:bit|little)\s+|slightly\s+)?(?:later|earlier)\b",
        # beginning later or earlier by an amount, in any language: "start two hours later",
        # "commencer une heure plus tard", "eine Stunde später anfangen", "empezar media hora más
        # temprano", "começar uma hora mais tarde"
        r"\b(?:start|begin|commencer|debuter|empezar|comenzar|comecar|iniciar)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:later|earlier|plus\s+(?:tard|tot)|mas\s+(?:tarde|temprano)|mais\s+(?:tarde|cedo))\b"
        r"|\b(?:spater|fruher)\s+(?:anfangen|beginnen|starten)\b",
        # another hour put in place of the booked one: "start at 2:30 instead of 2", "à 14h30
        # plutôt qu'à 14h", "um 21:30 statt 21 Uhr", "a las 13:30 en vez de a la 1", "às 16h30 em
        # vez das 16h"
        INSTEAD_OF + r"\s*\d{1,2}(?![\d])",
        r"\bchange\s+(?:the\s+)?(?:interview\s+)?(?:time|date|day|slot)\b",
        r"\b(?:find|pick|arrange)\s+(?:another|a\s+(?:new|different))\s+(?:time|slot|day|date)",
        r"\breprogram\w*",
        r"\bcambia(?:rlo|rla)\b|\bcambi(?:ar|emos|amos)\s+(?:la\s+|el\s+)?(?:fecha|hora|horario|entrevista|dia)?",
        r"\bmover(?:la|lo)?(?:\s+(?:la\s+|el\s+)?(?:entrevista|reunion|llamada))?\b"
        # (round 34) its finite forms, with what they move: "mueve la entrevista", "muévela"
        r"|\bmuev(?:e|an|a|as)(?:la|lo|\s+(?:la|el)\s+(?:entrevista|reunion|llamada|cita))\b",
        # a bare move verb asked for: "can we push?", "on peut repousser ?", "können wir
        # schieben?", "¿lo podemos pasar a otro día?"; (round 38) and asked in a statement's
        # order: "any chance we could slide it", "is there a way we can push" (not "move on")
        r"\b(?:can|could)\s+we\s+(?:push|move|shift|bump)\b|\brepouss\w*|\bschieben\b"
        r"|\bwe\s+(?:can|could|might)\s+(?:push|move|shift|bump|slide)\b"
        r"(?!\s+(?:on|forward|ahead|along)\b)"
        r"|\bpas(?:ar|amos|emos)(?:lo|la)?\s+(?:para|a)\s+otro\s+dia\b"
        r"|\bpass(?:ar|amos|emos)\s+(?:para|pra)\s+outro\s+dia\b"
        # "podemos mudar?", "dá para mudar a data?"
        r"|\bmudar(?:mos)?(?:\s+(?:a|o)\s+(?:data|dia|horario|entrevista))?\s*\?",
        r"\b(?:aplazar|posponer|retrasar|adelantar)\b",
        # (the infinitive "reporter" after a word that governs a French verb or its object: in
        # English it is a noun, "the court reporter role")
        r"\b(?:report|decal|deplac)(?:ons|ez)\b|\b(?:decal|deplac)er\b|(?:"
        + "|".join(f"(?<=\\b{w}\\s)" for w in _GOVERNS_VERB)
        + r"|(?<=\bd')|(?<=\bl')|(?<=-on\s)|(?<=-il\s)|(?<=-elle\s)|(?<=-nous\s)|(?<=-vous\s))"
        r"reporter\b",
        r"\bchanger\s+(?:l'heure|la\s+date|le\s+creneau|l'horaire)",
        r"\bverschieb\w*",
        r"\bverleg(?:en|bar)\b",
        r"\banderen\s+termin\b",
        r"\bremar(?:c|qu)\w*",  # "remarcar", "remarque a entrevista"
        r"\breagend\w*",
        # the interview passed on to another day: "pasa la entrevista al jueves", "passa a
        # entrevista para quinta", "passer l'entretien à jeudi"
        r"\b(?:pasa|pasad|pasar|pasemos|passa|passar|passe|passem|passez|passer)\s+(?:la|a|l')\s*"
        r"(?:entrevista|reunion|reuniao|llamada|chamada|entretien|rdv)\b",
        # passed on to an hour, a day or a week: "pasar a las 15h", "passer à 15h", "passar para
        # quinta", "pasarla a la semana que viene", "passer à la semaine prochaine"
        r"\b(?:pas(?:ar|arla|arlo|emos|amos)|pass(?:er|ar|ons|ez|amos|a))\s+(?:a|al|para|pra|pro)\s+"
        r"(?:l[ao]s?\s+|[ao]s?\s+)?(?:\d|(?:lun|mar|mer|mie|jeu|jue|ven|vie|seg|ter|qua|qui|sex)\w*\b"
        r"|(?:proxima\s+|prochaine\s+)?(?:semana|semaine)\b"
        # "passar para a segunda fase" is the next round, no move
        r"(?!\s+(?:fase|etapa|ronda|rodada|vuelta|parte|entrevista|phase|etape|tour)))",
        r"\bersatztermin\w*",
        # another day asked for by the one relayed: "she asks for Thursday morning instead", "elle
        # demande jeudi matin", "sie bittet um Donnerstagvormittag", "pide el jueves", "ela pede
        # quinta de manhã"
        r"\b(?:(?:she|he|they)\s+(?:asks?|is\s+asking|are\s+asking)\s+for|(?:elle|il)\s+demande"
        r"|(?:sie|er)\s+bittet\s+um|pide|(?:ela|ele)\s+pede)\s+(?:(?:el|le|la|o|a|den|am)\s+)?(?:\w+day"
        r"|tomorrow|demain|" + WORKDAY_NAMES + ")",
        r"\badiar\b",
        r"\bmudar\s+(?:o\s+|a\s+)?(?:horario|dia|data|entrevista)",
    ),
    Cue.CONFIRM: (
        r"\bworks?\s+(?:for|with)\s+(?:me|us)\b",
        r"\b(?:works|suits?\s+(?:me|us))\b",
        r"\b(?:is|are|sounds|looks|that's|thats|it's)\s+(?:all\s+)?(?:fine|good|great|perfect"
        r"|ok|okay)\b",
        r"\bfine\s+(?:by|with|for)\s+(?:me|us)\b",
        r"\bconfirm(?:ed|ing|o|amos|s)?\b",  # "confirmo minha presença", "confirmamos"
        # (round 37) and in the past, as a relay tells it: "a Bianca confirmou a entrevista",
        # "elle a confirmé l'entretien", "los dos confirmaron", "ils ont bien confirmé" (not
        # "ainda não confirmou", "todavía no confirmaron")
        r"(?<!\bnao\s)(?<!\bno\s)\bconfirm(?:ou|aram|aron)\b|\b(?:a|ont)\s+(?:bien\s+|deja\s+)?confirme(?:e|s|es)?\b",
        # (round 35) a call or a mail made to confirm it, as a relay tells it: "elle a appelé
        # pour confirmer l'entretien", "me llamó para confirmar la entrevista", "ligou-me a
        # confirmar a entrevista"
        r"\b(?:pour|para|pra|a)\s+(?:vous\s+|nous\s+|me\s+|nos\s+|lhe\s+|te\s+)?(?:re)?confirm(?:er|ar)"
        r"\s+(?:l'|la|le|el|a|o|sa|su|sua|seu|sus|ses|que)",
        # confirmed by an assistant for their principal: "she confirms Wednesday", "elle confirme
        # sa présence", "ella confirma el miércoles", "ela confirma a entrevista"
        r"\b(?:il|elle|ils|elles|on|nous)\s+(?:vous\s+)?confirm(?:e|ent|ons)\b|\b(?:ella|el|ele|ela"
        r"|ellos|eles)\s+(?:le\s+|lhe\s+|les\s+)?confirma[nm]?\b|\bje\s+vous\s+confirme\b",
        r"\bsee\s+you\s+(?:then|there|on\b|soon|\w+day|tomorrow|next|at\b)",
        r"\bi'?ll\s+be\s+there\b",
        r"\b(?:is|are)\s+best\s+for\s+(?:me|us)|\bbest\s+for\s+(?:me|us)|\bis\s+best\b",
        r"\bhappy\s+with\s+(?:that|this|it|the)",
        r"\b(?:good|ok|okay)\s+for\s+(?:me|us)\b",
        r"\ball\s+good\b",
        r"\b(?:got|received|accepted)\s+(?:the|your)\s+(?:calendar\s+)?(?:invite|invitation)",
        r"\blet'?s\s+(?:do|go\s+with|lock\s+in|book)\b",
        r"\bi\s+can\s+make\s+(?:it|that|this|the)\b",
        r"\blooking\s+forward\s+to\s+(?:it|the\s+(?:interview|call|chat|meeting)|meeting|"
        r"speaking|talking|chatting)",
        r"\bme\s+(?:viene|va|queda)\s+(?:bien|mejor|perfecto|genial)",
        # (round 26) a time that suits, in each language's words of praise: "me viene
        # fenomenal / de maravilla", "fica excelente pra mim", "ça me va nickel", "passt prima"
        # (not "no problem": "No hay problema, gracias por avisar" thanks, it accepts nothing);
        # and a time offered as time one has or as a talk one can have ("dispongo de tiempo",
        # "tenho tempo", "a gente pode se falar", "podemos hablar", "on peut se parler")
        r"\b(?:me|nos)\s+(?:viene|va|queda|vendria|iria|quedaria)\s+(?:" + _PRAISE + r")\b",
        r"\b(?:fica|ficaria|esta|seria)\s+(?:" + _PRAISE + r")\s+(?:para|pra)\s+(?:mim|nos)\b",
        r"\b(?:me|m')\s+(?:va|irait|convient|conviendrait)\s+(?:" + _PRAISE + r")\b",
        r"\b(?:passt|ginge|geht|ware|ist)\s+(?:mir\s+|uns\s+)?(?:" + _PRAISE + r")\b",
        r"\b(?:dispongo\s+de|tengo|tenho|disponho\s+de|j'ai\s+(?:du|le)|ich\s+habe|hab\s+ich|habe\s+ich"
        r"|i\s+have)\s+(?:\w+\s+)?(?:tiempo|tempo|temps|zeit|time)\b(?!\s+(?:para|pra|pour|fur|for)\b)",
        r"\b(?:(?:a\s+gente|nos)\s+(?:pode|podemos|poderia|poderiamos)|(?:podemos|podriamos)"
        r"|on\s+(?:peut|pourrait)|nous\s+(?:pouvons|pourrions)|wir\s+(?:konnen|konnten)|(?:konnen|konnten)\s+wir"
        r"|we\s+(?:can|could))\s+(?:se\s+|nos\s+|nous\s+|se\s+)?(?:falar|conversar|hablar|charlar"
        r"|platicar|parler|discuter|echanger|sprechen|telefonieren|reden|talk|speak|chat|meet)\b",
        r"\bme\s+(?:sirve|funciona|conviene|cuadra)\b",
        r"\bnos\s+vemos\b",
        r"\bme\s+parece\s+(?:bien|perfecto)",
        r"\bca\s+me\s+(?:va|convient)\b",
        r"\b(?:me\s+)?convient\s+(?:parfaitement|tres\s+bien|bien)",
        r"\bc'?est\s+(?:bien\s+|tout\s+)?(?:bon|parfait|note|ok)\b",
        # the booked time written down, named after it: "noted for Wednesday at 2", "bien noté
        # pour demain 15h", "anotado para el jueves", "für Mittwoch notiert", "anotado para amanhã"
        r"\b(?:noted|note|notee|anotad[oa]|apuntad[oa]|registrad[oa]|notiert|vorgemerkt)\s+(?:for|pour"
        r"|para|fur)\s+(?:(?:the|le|la|el|o|a|den|am)\s+)?(?:\d|\w+day\b|tomorrow|demain|manana|amanha"
        r"|morgen|" + WORKDAY_NAMES + r")"
        r"|\bfur\s+(?:\w+\s+){1,3}?(?:notiert|vorgemerkt)\b",
        r"\bje\s+confirme\b",
        r"\bje\s+serai\s+(?:la|present)",
        r"(?:^|[,.!]\s*)a\s+" + _DAYS_FR + r"\b",
        r"\b(?:passt|geht)\s+(?:mir|uns|gut|prima|perfekt|bestens)\b",
        r"(?:^|[,.!]\s*)passt\b",
        r"\bgeht\s+(?:klar|in\s+ordnung)",
        r"\bbestatig\w*",
        r"\bbis\s+" + _DAYS_DE + r"\b",
        # "bis heute Nachmittag", "bis gleich": see you then
        r"(?:^|[,.!–-]\s*)bis\s+(?:heute\s+(?:nachmittag|vormittag|abend|fruh)|gleich|spater)\b",
        r"\bich\s+bin\s+dabei\b",
        r"\bfunciona\s+(?:para\s+mim|pra\s+mim|bem)",
        r"\b(?:fica|esta)\s+(?:bom|otimo|perfeito)\s+(?:para|pra)\s+mim",
        r"\bpara\s+mim\s+(?:esta|ta|fica)\s+(?:bom|otimo|perfeito)",
        # (not "até segunda ordem", until further notice: a freeze, no see-you-Monday)
        r"\bate\s+" + _DAYS_PT + r"\b(?!\s+ordem)",
        # (a plan made before is no yes: "tinha combinado ir à praia", "já combinei com ela",
        # "combinado um almoço")
        r"(?<!\btinha\s)(?<!\btenho\s)(?<!\bhavia\s)(?<!\btinhamos\s)(?<!\btemos\s)\bcombinado\b"
        r"(?!\s+(?:ir|ver|fazer|ficar|com|de|que|um|uma|uns|umas)\b)",
        r"(?:^|[.!]\s*)fechado\s*[,!.]",
        # the booked time is in the sender's calendar: "steht im Kalender", "it's in my diary"
        r"\b(?:it'?s|that'?s|is|put\s+it|added\s+it|added|have\s+it|got\s+it)\s+(?:already\s+|now\s+)?"
        r"(?:in|into)\s+my\s+(?:calendar|diary)\b|\b(?:steht|ist)\s+(?:schon\s+|bereits\s+)?"
        r"(?:bei\s+mir\s+)?im\s+kalender\b|\b(?:lo\s+tengo|ya\s+esta|apuntad[oa])\s+en\s+mi\s+"
        r"(?:agenda|calendario)\b|\b(?:c'est|est|bien)\s+(?:note\s+)?dans\s+mon\s+(?:agenda|calendrier)"
        r"\b|\b(?:ja\s+esta|anotad[oa]|marcad[oa])\s+na\s+(?:minha\s+)?agenda\b",
        # eager to meet them: "can't wait to meet them", "hâte de les rencontrer", "qué ganas de
        # conocerlos", "ansiosa pra conhecer vocês"
        r"\bcan'?t\s+wait\s+to\s+(?:meet|see|talk|speak|chat)\b|\bhate\s+de\s+(?:vous|les|la|le|l')\s*"
        r"(?:rencontrer|voir|parler)\b|\b(?:que|muchas|tengo)\s+ganas\s+de\s+(?:conocer|ver|hablar|charlar)\w*"
        r"|\bansios[oa]s?\s+(?:para|pra|por)\s+(?:(?:a|o)\s+)?(?:conhecer|ver|falar|conversa|entrevista"
        r"|reuniao|papo)\b|\bfreue\s+mich\s+(?:schon\s+)?(?:sehr\s+|riesig\s+)?darauf\b",
        # the booked time still holds: "still works", "me va toujours", "passt weiterhin", "me
        # sigue sirviendo", "continua a dar"
        r"\b(?:still\s+(?:works|suits)|me\s+va\s+toujours|me\s+convient\s+toujours|passt\s+(?:mir\s+)?"
        r"(?:weiterhin|immer\s+noch|nach\s+wie\s+vor)|me\s+sigue\s+(?:sirviendo|viniendo\s+bien|funcionando)"
        r"|continua\s+(?:a\s+dar|dando|funcionando|valendo))\b",
        # or still stands, said rather than asked: "Wednesday 2pm still stands", "it's still on",
        # "Mittwoch bleibt so", "c'est toujours bon pour nous", "sigue en pie", "continua de pé"
        # (one \b before both branches: the pattern joins the grouped scan of word starts, tried
        # at no other position; no later pattern of the cue matches where one of these starts)
        r"\b(?:(?:still\s+stands|(?:is|it'?s|are)\s+still\s+on|still\s+on\s+for|(?:bleibt|bleiben)\s+"
        r"(?:so|bestehen|wie\s+(?:geplant|vereinbart|besprochen))|steht\s+(?:noch|weiterhin)"
        r"|c'est\s+toujours\s+(?:bon|ok|d'accord)|tient\s+toujours|(?:sigue|siguen)\s+en\s+pie"
        r"|(?:continua|continuam|fica)\s+de\s+pe|se\s+mantiene[n]?|mantem-se|se\s+mantem)\b"
        r"|(?<!\bit\s)(?<!\bthings\s)stands\b(?=\s*(?:[.!,;]|$|on\s+our\s+side|for\s+us)))"
        r"(?![^.!?\n]*\?)",
        r"\bfreue\s+mich\s+(?:schon\s+)?(?:sehr\s+|riesig\s+)?auf\s+(?:das|unser|den|ihr)\s+(?:gesprach|interview|treffen"
        r"|kennenlernen|termin)",
        # the booked time confirmed outside English: "c'est confirmé", "confirmado", "j'y serai",
        # "ich werde da sein", "allí estaré", "estarei lá"
        r"\bc'?est\s+confirme\b|\bconfirmad[oa]s?\b|\bj'y\s+serai\b|\bich\s+werde\s+(?:da|dabei)"
        r"\s+sein\b|\b(?:alli|ahi|ali|la)\s+estare\b|\bestare\s+(?:alli|ahi|ali)\b|\bestarei\s+(?:la|ai|ali)\b",
    ),
    Cue.ANY_OPTION: (
        # all of them suiting the sender, said whole (tried before the shorter "all work"): "all
        # work for me", "both suit us"
        r"\b(?:all|both)\s+(?:of\s+them\s+|three\s+|two\s+)?(?:work|suit)\s+(?:for\s+)?(?:me|us)\b",
        r"\b(?:any|all|either|both)\s+(?:one\s+)?(?:of\s+" + _SLOTS + r"\s+)?(?:would\s+)?"
        r"(?:works?|(?:is|are|would\s+be)\s+(?:fine|good|ok|okay|great))",
        r"\b(?:any|either|all|both)\s+of\s+" + _SLOTS,
        r"\beither\s+(?:one|is|way|works)\b",
        r"\bwhichever\b",
        r"\byou\s+(?:pick|choose|decide)\b",
        r"\bwhatever\s+(?:is|works)\s+(?:easier|best|better)",
        r"\bcualquiera\b",
        r"\bn'?importe\s+(?:laquelle|lequel|quel)",
        r"\b(?:tous|toutes|les\s+deux)\s+me\s+(?:vont|conviennent)|\btout\s+me\s+(?:va|convient)\b",
        r"\begal\s+welche[rns]?\b",
        # "Mir ist jeder Termin recht", "jede Option passt"
        r"\bjede[rs]?\s+(?:termin|zeit|option|vorschlag)\w*\s+(?:\w+\s+){0,2}?(?:recht|passt|geht)\b",
        r"\b(?:alle|beide)\s+(?:\w+\s+)?(?:passen|gehen)\b",
        r"\b" + _EVERY_OPTION + r"(?:\s+(?:me|nos))?\s+" + _SUIT + r"(?:" + _TO_ME + r")?"
        r"(?![^.!?\n]{0,20}\b(?:nicht|not|pas)\b)",
        r"\bqualquer\s+(?:uma|um)\b",
        # every option said to suit, by a word for all of them and a verb of suiting: "tous
        # les créneaux me vont", "l'une ou l'autre me convient", "mir passt jeder der Termine",
        # "me valen las tres"
        r"\b(?:(?:tous|toutes)\s+les\s+(?:creneaux|options|propositions|dates|horaires)"
        r"|l'une?\s+ou\s+l'autre)\s+(?:me\s+)?(?:vont|va|conviennent|convient)\b",
        r"\b(?:passt|passen|geht|gehen)\s+(?:mir\s+|bei\s+mir\s+)?(?:jede[rsn]?\s+(?:der\s+|dieser\s+)?"
        r"(?:termin|zeit|option|vorschlag)\w*|alle|beide)\b(?!\s+(?:\w+\s+)?nicht)",
        r"\bme\s+(?:valen|sirven|van\s+bien|vienen\s+bien)\s+(?:las|los)\s+(?:dos|tres|cuatro)\b",
    ),
    Cue.REJECT_ALL: (
        # every option passed on by a verb of declining: "I'll have to pass on all three",
        # "décliner les trois propositions", "rechazar las tres opciones", "recusar todas as datas"
        r"\b(?:pass(?:ing)?\s+on|declin(?:e|ing)|turn(?:ing)?\s+down|say(?:ing)?\s+no\s+to|refus(?:e|ing)"
        r"|reject(?:ing)?|skip(?:ping)?|decliner|refuser|passer\s+(?:mon|notre)\s+tour\s+(?:pour|sur)"
        r"|renoncer\s+a|rechazar|declinar|descartar|renunciar\s+a|pasar\s+de|recusar|abdicar\s+de"
        r"|abrir\s+mao\s+de)\s+(?:"
        # every one of them, with or without their count and noun
        r"(?:all|both|toutes|tous|todas|todos)(?:\s+of\s+(?:them|these|those|the))?(?:\s+(?:les|las|los"
        r"|as|os|the|these|those))?(?:\s+"
        + _COUNT
        + r")?(?:\s+(?:proposed\s+)?"
        + _OPTION_NOUNS
        + ")?"
        # or the options named by their count or noun: "les trois propositions", "las tres"
        r"|(?:the|these|those|les|ces|las|los|estas|estos|esas|esos|as|os|estes|essas|esses)\s+(?:"
        + _COUNT
        + r"\b(?:\s+(?:proposed\s+)?"
        + _OPTION_NOUNS
        + r")?|(?:proposed\s+)?"
        + _OPTION_NOUNS
        + r"))(?:\s+(?:propos\w+|sugerid\w+))?",
        # German passes on them all at the end of the clause: "bei allen drei Terminen muss ich
        # passen", "muss ich leider bei allen Vorschlägen passen", "alle drei Termine muss ich
        # absagen", "lehne alle beide ab"
        r"\b(?:(?:muss|musste|werde)\s+(?:ich|wir)\s+(?:\w+\s+){0,2}?)?bei\s+(?:allen|samtlichen|beiden)"
        r"\s+(?:\w+\s+){0,2}?(?:(?:muss|musste|werde)\s+(?:ich|wir)\s+(?:\w+\s+){0,2}?)?passen\b"
        r"|\b(?:alle|beide|samtliche)\s+(?:(?:zwei|drei|vier)\s+)?(?:\w+\s+)?(?:termine|vorschlage"
        r"|optionen|zeiten|slots)\s+(?:\w+\s+){0,3}?(?:absagen|ablehnen|nicht\s+"
        + _ATTEND_DE
        + r")\b"
        # or all of them not to be kept, "alle" after the options: "die vorgeschlagenen Zeiten kann
        # ich alle nicht wahrnehmen", "die Termine schaffe ich leider allesamt nicht"
        r"|\b(?:termine|vorschlage|optionen|zeiten|slots|zeitfenster)\s+(?:[\w.-]+\s+){0,4}?(?:alle"
        r"|allesamt|samtlich|beide)\s+(?:leider\s+)?nicht\b"
        r"|\blehnen?\s+(?:ich\s+|wir\s+)?(?:leider\s+)?(?:alle|beide)\b(?:\s+(?:zwei|drei|vier))?",
        # each day named turned down (first: an alternation takes its first match, and a bare
        # "neither" would stop there): "neither Wednesday nor Thursday", "ni mercredi ni jeudi",
        # "weder Mittwoch noch Donnerstag", "nem quarta nem quinta"
        r"\b(?:neither|ni|nem|weder)\s+(?:(?:el|le|la|o|a|am|the)\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:nor|ni|nem"
        r"|noch)\s+(?:(?:el|le|la|o|a|am|the)\s+)?[\w-]+",
        r"\b(?:none|neither)\s+(?:of\s+"
        + _SLOTS
        + r")?(?:\s+(?:really\s+|will\s+|would\s+)?(?:works?|suits?"
        r"|fits?|(?:is|are|seems?)\s+(?:good|possible|ok|okay|doable))(?:\s+for\s+(?:me|us))?)?",
        r"\b(?:can'?t|cannot|won'?t\s+be\s+able\s+to)\s+(?:make|do)\s+(?:any|either)\b"
        r"(?:\s+(?:one\s+)?of\s+" + _SLOTS + ")?",
        r"\b(?:not|n't|cannot|unable)\b[^.!?;\n]{0,30}?\b(?:any|either)\s+(?:one\s+)?of\s+"
        + _SLOTS,
        r"\b(?:those|these|the\s+(?:proposed\s+)?(?:options|times|slots|dates))\s+"
        r"(?:all\s+)?(?:don'?t|do\s+not|won'?t)\s+work(?:\s+(?:for|with)\s+(?:me|us))?",
        r"\bningun[oa]\s+de\s+(?:esas|estas|las|esos|estos|los)(?:\s+\w+)?(?:\s+(?:me|nos))?"
        r"(?:\s+(?:funciona|sirve|va|viene|cuadra))?\b",
        r"\bningun[oa]\s+(?:me\s+)?(?:funciona|sirve|va|viene|cuadra)",
        r"\bno\s+(?:me|nos)\s+(?:va|viene|sirve|funciona|cuadra|encaja)(?:\s+bien)?\s+ningun[oa]?\b",
        r"\baucun(?:e)?\s+(?:de\s+ces|des)\s+\w+",
        r"\baucun(?:e)?\s+ne\s+(?:me\s+)?(?:va|convient|marche)",
        # no option, named by its noun: "aucun créneau ne me convient", "ningún horario me va",
        # "kein Termin passt", "nenhum horário serve", "no slot works for me"
        r"\baucun(?:e)?\s+(?:[\w-]+\s+){1,2}?ne\s+(?:me\s+|nous\s+)?(?:va|vont|convient|conviennent"
        r"|marche|fonctionne|arrange)\b"
        r"|\bningun[oa]?\s+(?:\w+\s+){1,2}?(?:me|nos)\s+(?:va|viene|sirve|funciona|cuadra|encaja)\b"
        r"|\bkeine?[rsnm]?\s+(?:\w+\s+)?(?:termin|zeit|option|vorschlag|slot)\w*\s+(?:passt|geht"
        r"|klappt)\b|\bnenhuma?\s+(?:\w+\s+)?(?:me\s+)?(?:serve|funciona|da|convem)\b"
        r"|\bno\s+(?:\w+\s+)?(?:slot|time|option|date)s?\s+(?:works?|suits?|fits?)\b",
        r"\bkein(?:e[rsnm]?)?\s+(?:der|dieser)\s+(?:(?:zwei|drei|vier|\d)\s+)?(?:\w+en\s+)?(?:termine|optionen|slots"
        r"|zeiten|vorschlage|tage[n]?|daten|zeitpunkte)(?:\s+(?:passt|geht|klappt)(?:\s+(?:mir|uns))?)?",
        # the options by their count alone, as "none of the three" is: "passt keiner der drei",
        # "keine der beiden geht", "keiner von den dreien"
        r"\bkeine[rsnm]?\s+(?:der|dieser|von\s+den)\s+(?:beiden|zwei|drei|vier|dreien|vieren)\b",
        # the whole offer refused as one: "das klappt leider alles nicht", "passt mir alles nicht",
        # "no me va nada", "nada me sirve", "nada dá", "nada serve pra mim"
        r"\b(?:klappt|passt|geht)\s+(?:(?:also|leider|mir|uns|da|dann|halt)\s+){0,3}(?:alles|beides)"
        r"\s+nicht\b|\bno\s+(?:me|nos)\s+(?:va|viene|sirve|funciona|cuadra|encaja)\s+(?:bien\s+)?nada"
        r"\b|\bnada\s+(?:me\s+|nos\s+)?(?:va|viene|sirve|funciona|cuadra|encaja|da|serve|funciona)"
        r"(?:\s+(?:bem|bien|pra\s+mim|para\s+mim))?\s*(?:[.,;!]|$)",
        # (round 36) every option, counted, refused by a negated verb: "leider kann ich bei allen
        # drei nicht", "alle drei Termine gehen leider nicht", "les trois ne me vont pas", "los
        # tres no me vienen", "os três não dão", "all three don't work" (not hours refused on
        # both: "an beiden Terminen kann ich nicht vor 10")
        r"\b(?:(?:bei|an|zu)\s+(?:allen|beiden)(?:\s+(?:zwei|drei|vier|dreien|vieren))?"
        r"(?:\s+(?:terminen|optionen|vorschlagen|zeiten|slots))?\s+(?:(?:kann|konnen|ich|wir|leider"
        r"|mir|uns|da|halt)\s+){0,4}"
        r"|(?:alle|beide)\s+(?:(?:zwei|drei|vier)\s+)?(?:(?:termine|optionen|vorschlage|zeiten)\s+)?"
        r"(?:passen|gehen|klappen)\s+(?:(?:mir|uns|leider|bei\s+mir|bei\s+uns)\s+){0,3})nicht\b"
        r"(?!\s+(?:vor|nach|bis|ab|um|zwischen|vormittags|nachmittags|morgens|abends|\d))"
        r"|\b(?:los|las|os|as)\s+(?:dos|tres|dois|duas)\s+(?:\w+\s+)?(?:no|nao)\s+(?:me\s+|nos\s+)?"
        r"(?:van|vienen|sirven|funcionan|cuadran|dao|servem|funcionam)\b"
        r"|\bles\s+(?:deux|trois)\s+(?:\w+\s+)?ne\s+(?:me\s+|nous\s+)?(?:vont|conviennent|marchent"
        r"|arrangent)\s+pas\b"
        r"|\ball\s+(?:two|three|four)\s+(?:\w+\s+)?(?:are\s+out|don'?t\s+work|won'?t\s+work)\b",
        # "kann leider zu keinem der Termine", "je ne peux à aucun des", "no puedo en ninguno de"
        r"\b(?:kann|konnen)\s+(?:ich|wir)?\s*(?:leider\s+)?(?:zu|an)\s+keine[mnr]\s+(?:der|dieser)\b",
        r"\b(?:termine|zeiten|optionen|vorschlage)\s+(?:passen|gehen|klappen)\s+(?:(?:bei\s+)?(?:mir|uns)\s+"
        r"|leider\s+|alle\s+|beide\s+){0,4}nicht",
        r"\bnenhuma?\s+(?:das|dos|dessas|desses|destas|destes|delas|deles)\b",
        # "keiner passt", "keiner davon geht", "ninguna opción encaja con el comité"
        r"\bkeine[rs]?\s+(?:davon\s+|von\s+(?:denen|ihnen)\s+)?(?:passt|geht|klappt)\b"
        # the verb first: "geht leider keiner davon", "passt mir keiner von denen"
        r"|\b(?:passt|geht|klappt)\s+(?:(?:mir|uns|leider|da|halt)\s+){0,3}keine[rs]?\s+(?:davon"
        r"|von\s+(?:denen|ihnen))\b"
        # (round 32) or alone at its clause's end: "da passt leider keiner – ich bin im Urlaub",
        # "geht mir leider keiner."
        r"|\b(?:passt|geht|klappt)\s+(?:(?:mir|uns|bei\s+mir|bei\s+uns|leider|da|halt|wohl|dann)\s+){0,3}"
        r"keine[rs]?"
        r"(?=\s*(?:[.,;:!\n\u2013\u2014-]|$))"
        r"|\bningun[oa]?\s+(?:opcion|hora|horario|fecha|propuesta)\w*\s+(?:encaja|funciona|sirve"
        r"|cuadra|va)\b",
        # the options as a whole, named by a demonstrative and refused: "ces créneaux ne me
        # conviennent pas", "esas horas no me vienen bien", "esses horários não dão para mim"
        r"\b(?:ces|esas|esos|estas|estos|esses|essas|estes|estas)\s+(?:\w+\s+)?(?:creneaux|horaires"
        r"|dates|options|propositions|horas|horarios|fechas|opciones|opcoes|datas)\s+(?:ne\s+me\s+"
        r"(?:conviennent|vont|arrangent)\s+pas|no\s+(?:me\s+)?(?:vienen|van|sirven|cuadran|funcionan)"
        r"|nao\s+(?:me\s+)?(?:dao|servem|funcionam|convem))\b",
        r"\bnenhuma?\s+(?:funciona|serve)",
        # the options' days named back by their number and filled with something else: "those two
        # days are my induction", "ces deux jours-là je suis en formation", "an beiden Tagen bin
        # ich beim Kunden", "esos dos días estoy en capacitación", "nesses dois dias estou em"
        # (not when what fills them is time to spare: "those two days are fine", "an beiden Tagen
        # habe ich Zeit")
        r"\b(?:(?:(?:those|these|all)\s+(?:two|three)|both)\s+days\s+(?:are|i'?m|i\s+am|i'?ll\s+be|i\s+have)"
        r"|(?:ces|les|tous\s+les)\s+(?:deux|trois)\s+jours(?:-la)?\s+(?:je\s+suis|je\s+serai|j'ai|sont)"
        r"|an\s+(?:beiden|allen(?:\s+(?:zwei|drei|vier))?|diesen\s+(?:beiden|zwei|drei))\s+tagen\s+"
        r"(?:bin|habe|muss)"
        r"|(?:esos|estos|los)\s+(?:dos|tres)\s+dias\s+(?:estoy|estare|tengo|son)"
        r"|(?:nesses|nestes|esses|nos|os)\s+(?:dois|tres)\s+dias\s+(?:estou|estarei|tenho|sao))\b"
        r"(?!\s+(?:\w+\s+)?(?:fine|good|ok|okay|great|perfect|free|open|available|dispo\w*|libres?|livres?"
        r"|frei|zeit|time|bien|bons?|buen[oa]s?|otimos?|parfaits?|perfect[oa]s?|perfeitos?)\b)",
        # every option clashes with something named: "all three clash with the handover",
        # "kollidieren alle drei mit", "les trois tombent pendant", "los tres chocan con", "os três
        # batem com"
        r"\b(?:all|both)\s+(?:(?:two|three|four|of\s+(?:them|those|these))\s+)?(?:\w+\s+)?(?:clash"
        r"|conflict|collide|overlap)\w*\s+with\b"
        r"|\b(?:kollidier|uberschneid)\w*\s+(?:sich\s+)?(?:leider\s+)?(?:alle|beide)\b"
        r"|\b(?:alle|beide)\s+(?:(?:zwei|drei|vier)\s+)?(?:\w+\s+)?(?:kollidier|uberschneid)\w*"
        r"|\b(?:tous\s+|toutes\s+)?les\s+(?:deux|trois|quatre)\s+(?:\w+\s+)?(?:tombent|entrent\s+en"
        r"\s+conflit|chevauchent|coincident)\b"
        r"|\b(?:todos\s+|todas\s+)?(?:los|las)\s+(?:dos|tres|cuatro)\s+(?:\w+\s+)?(?:chocan|coinciden"
        r"|se\s+solapan|se\s+cruzan)\b"
        r"|\b(?:todos\s+|todas\s+)?(?:os|as)\s+(?:dois|duas|tres|quatro)\s+(?:\w+\s+)?(?:coincidem|batem"
        r"|conflitam|chocam)\b",
        # every option falls in the sender's leave: "all three slots fall during my holiday",
        # "die Termine fallen leider alle in meine Urlaubswoche", "les créneaux tombent tous
        # pendant mes congés", "las fechas coinciden todas con mis vacaciones", "as datas calham
        # todas nas minhas férias" (all of them: "two of the dates fall in my leave" is no decline)
        r"\b"
        + _ALL
        + r"\s+(?:\w+\s+){0,3}?"
        + _LEAVE_TAKES
        + r"|\b(?:"
        + _OPTION_NOUNS
        + r"|termine|vorschlage|optionen)\s+(?:(?:\w+\s+)?"
        + _FALL
        + r"\s+(?:\w+\s+)?"
        + _ALL
        + r"|"
        + _ALL
        + r"\s+"
        + _FALL
        + r")\s+(?:\w+\s+){0,3}?"
        + _LEAVE,
        r"\b(?:these|those|they|the\s+(?:options|times|slots))(?:\s+are|'re)\s+all\s+(?:a\s+bit\s+|rather\s+"
        r"|quite\s+|pretty\s+)?(?:awkward|tricky|difficult|bad|impossible|problematic|no\s+good)",
    ),
    Cue.CANT_MAKE: (
        r"\b(?:can'?t|cannot|can\s+no\s+longer|won'?t\s+be\s+able\s+to|unable\s+to"
        r"|not\s+able\s+to)\s+(?:make|attend|do|join)\s+(?:it|the\s+\w+|that|this|then|\w+day"
        r"|tomorrow|today|\w+'s)\b",
        r"\bno\s+longer\s+(?:works?|available|free|possible|good|ok(?:ay)?|fine|convenient)\b",
        # can no longer, relayed: "Sarah ne peut plus mercredi", "ya no puede el miércoles", "não
        # pode mais na quarta", "Lea kann am Mittwoch doch nicht"
        r"\bne\s+peu[tx]\s+plus\b|\bya\s+no\s+(?:puede|puedo|podra)\b|\bnao\s+(?:pode|posso|podera)\s+mais\b"
        r"|\bkann\s+(?:\w+\s+){0,3}?(?:doch\s+nicht|nicht\s+mehr)\b",
        r"\bno\s+(?:puedo|podre|podemos)\s+(?:asistir|ir|llegar|hacerla)",
        r"\bne\s+(?:peux|pourrai|pourrons)\s+pas\s+(?:venir|assister|y\s+etre|etre\s+present)",
        r"\bkann\s+(?:leider\s+)?(?:doch\s+)?nicht\s+(?:teilnehmen|kommen|dabei\s+sein)",
        r"\bnao\s+(?:posso|poderei|vou\s+poder)\s+(?:ir|comparecer|participar)",
    ),
    Cue.NEGATIVE: (
        # a time, not the candidate, turned down by a verdict's words: "this week is a no",
        # "jeudi, c'est non", "el martes es un no", "Dienstag ist ein Nein", "a terça é um não"
        # (any word for a stretch of time: "so that whole stretch is a no", "those dates are a
        # no", "la période, c'est non", "el periodo es un no", "der Zeitraum ist ein Nein")
        r"\b(?:weeks?|weekends?|days?|mornings?|afternoons?|evenings?|\w+days?|tomorrow|today"
        r"|stretch|period|fortnight|month|dates?|slots?|times|windows?|spell|rotation|block"
        r"|\d{1,2}(?:st|nd|rd|th))(?:\s+[\w.]+){0,3}?(?:'s|\s+is|\s+are)\s+a\s+no\b"
        r"(?!-|\s+(?:brainer|problem|worries))"
        r"|\b(?:lundi|mardi|mercredi|jeudi|vendredi|semaine|matin|apres-midi|demain|jours?|journee"
        r"|periode|dates?|creneaux?|quinzaine|mois|week-end|soir(?:ee)?|\d{1,2}),?\s+c'est\s+"
        r"(?:un\s+)?non\b|\b(?:lunes|martes|miercoles|jueves|viernes|semana|manana|tarde|dias?"
        r"|periodo|fechas?|horarios?|quincena|mes|fin\s+de\s+semana|noche)(?:\s+[\w.]+){0,3}?\s+(?:es|sera|son)"
        r"\s+un\s+no\b|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|woche|vormittag|nachmittag"
        r"|morgen|tage?|zeitraum|termine?|datum|wochenende|abend|monat|zeit)(?:\s+[\w.]+){0,3}?\s+"
        r"(?:ist|ware|sind)\s+"
        r"(?:leider\s+)?ein\s+(?:klares\s+)?nein\b|\b(?:segunda|terca|quarta"
        r"|quinta|sexta|semana|manha|tarde|dias?|periodo|datas?|horarios?|quinzena|mes"
        r"|fim\s+de\s+semana|noite)(?:\s+[\w.]+){0,3}?\s+(?:e|sao)\s+um\s+nao\b",
        # a day that clashes with something: "Tuesday clashes with a release", "Dienstag kollidiert
        # mit", "le mardi tombe en même temps que", "el martes choca con", "a terça bate com"
        r"\b(?:clash(?:es)?|conflicts?|collides?)\s+with\b|\b(?:kollidiert|uberschneidet\s+sich)\s+mit\b"
        r"|\btombe\s+en\s+meme\s+temps\s+que\b|\b(?:choca|coincide)\s+con\b|\b(?:bate|coincide|choca)"
        r"\s+com\b",
        # "neither Wednesday slot works": a refusal scoped to a day, not to every option
        r"\b(?:neither|none\s+of\s+the)\s+(?:\w+day(?:'s)?|mon|tues?|weds?|thu(?:rs?)?|fri)\b"
        r"(?:\s+(?:slots?|options?|times?))?",
        r"\b(?:doesn'?t|does\s+not|don'?t|do\s+not|won'?t|will\s+not|wouldn'?t|can'?t)\s+"
        r"(?:really\s+)?(?:work|do|make)\b(?:\s+(?:for|with)\s+(?:me|us))?",
        # "will not be possible", "won't be possible": several options turned down at once
        r"\bnot\s+(?:be\s+)?(?:work|good|great|ideal|possible|fine|ok|okay|free|available)\b",
        r"\bwon'?t\s+be\s+(?:possible|good|ideal|an\s+option)\b",
        r"\b(?:is|are)\s+(?:out|bad|tricky|difficult|impossible)\b",
        # (round 48) "Tue and Wed I'm doing site visits so those would be tight", "Thursday is a
        # bit of a stretch"
        r"\b(?:is|are|would\s+be|will\s+be|'d\s+be)\s+(?:(?:a\s+bit|quite|too|pretty|very|really)\s+)?"
        r"(?:tight|tricky|difficult|hard|a\s+stretch|a\s+squeeze|(?:a\s+bit\s+)?of\s+a\s+stretch)\b",
        r"\bwould\s+have\s+(?:been|worked)\b",
        r"\b(?:imposible|impossible|unmoglich)\b",
        r"\bno-?go\b|\b(?:is|are|'s|'re)\s+no\s+good\b",
        # (and their plurals, for options turned down together: "las opciones 1 y 3 no me van",
        # "les créneaux 1 et 3 ne me conviennent pas", "as opções 1 e 3 não dão")
        r"\bno\s+(?:me\s+)?(?:va|viene|sirve|funciona|puedo)\b"
        r"|\bno\s+(?:me|nos)\s+(?:van|vienen|sirven|funcionan)\b",
        r"\bne\s+(?:me\s+)?(?:va|convient|marche|vont|conviennent|marchent)\s+pas",
        # the spoken no without its "ne" (round 32, from cs-017): "jeudi 15 h ça marche pas",
        # "ça me va pas", "ça fonctionne pas" ("ça me va pas mal" is a yes)
        r"\b(?:ca|cela)\s+(?:me\s+|m'|nous\s+)?(?:va|convient|marche|fonctionne|adonne)\s+pas\b"
        r"(?!\s+mal\b)",
        r"\bpas\s+possibles?\b",
        # "je ne suis pas dispo", "no estoy disponible", "não estou livre", "bin nicht verfügbar"
        r"\bpas\s+(?:dispo|disponible|libre)s?\b|\bno\s+estoy\s+(?:disponible|libre)\b"
        r"|\bnao\s+estou\s+(?:disponivel|livre)\b|\bnicht\s+(?:verfugbar|frei)\b",
        r"\b(?:passt|geht|passen|gehen)\s+(?:mir\s+|uns\s+|bei\s+(?:mir|uns)\s+)?(?:also\s+)?"
        # (and the spoken "net", "ned", "nich": "passt mir net")
        r"(?:leider\s+)?(?:gar\s+)?(?:nicht|(?:net|ned|nich)\b)",
        # "Montag passt bei uns schlecht", "el lunes me va mal", "segunda fica ruim"
        r"\b(?:passt|geht)\s+(?:(?:mir|uns|bei\s+(?:mir|uns))\s+)?(?:leider\s+)?(?:eher\s+|ganz\s+)?"
        r"schlecht\b|\b(?:me|nos)\s+(?:va|viene)\s+(?:muy\s+)?(?:mal|fatal)\b|\bm'arrange\s+(?:pas|mal)\b"
        r"|\bfica\s+(?:muito\s+)?(?:ruim|dificil|complicado)\b",
        r"\bnao\s+(?:me\s+)?(?:funciona|serve|da|posso|funcionam|servem|dao)\b",
    ),
    Cue.ADVANCE: (
        r"\b" + _OWN_VERDICT.format(word=r"(?:yes|yep|oui|ja|si|sim)"),
        # a further step with someone: "Prévoyons un échange avec Sarah", "a panel with three of
        # the team", "una reunión con el CEO", "einen weiteren Termin mit Frau Keller", "Second
        # chat with me and Lukas" (a round named after "after" is the one held: `_past_step`)
        r"\b(?:a|an|one|ein|eine|einen|einem|una?|une?|uma?|second|third|final|another)\s+(?:[\w-]+\s+){0,4}?"
        # (no negation between: "após a segunda conversa optamos por não avançar com o Marcelo"
        # turns down the going on, there is no step with him; round 35: nor the step named by
        # its day, the one booked, after the Portuguese "a" that is "the": "ligou a confirmar a
        # entrevista de quinta com o Eng. Pinho")
        r"(?:" + _STEP + r")(?!\s+(?:de|da|do|del|du)\s+(?:" + WORKDAY_NAMES + r"|amanha|hoje"
        # (round 36: nor the decision's "call" said to be someone's, "the final call rests with
        # our CTO", "the call lies with the board")
        r"|manana|demain)\b)(?!\s+(?:rests?|lies|sits|belongs|is\s+up)\b)\s+"
        r"(?:(?!(?:not|nao|no|pas|nicht|never|nunca|jamais)\s)"
        # (its length said between: "a short chat (30 min) with our CEO")
        r"(?:[\w'-]+|\([^()\n]{1,20}\)),?\s+){0,4}?"
        # (round 40: nor what is gone on with when it is someone else, "after the final round we
        # decided to go with another candidate", "a conversa vamos seguir com outro candidato")
        r"(?:with|con|avec|mit|com)\b(?!" + _ANOTHER_PERSON + r")",
        r"\b(?:book|schedule|set\s+up|arrange|do|have|line\s+up)\s+(?:a|the)\s+final\b",
        # invited to it: "invite Mr. Okafor to a second-stage interview", "convidar a Sra. Costa
        # para uma entrevista presencial", "zu einem Vor-Ort-Termin …"
        r"\b(?:invite|inviter|invitar|convidar)\w*\s+(?:[\w.'-]+\s+){1,3}?(?:to|a|au|para|pour)\s+(?:(?:an?|the"
        r"|une?|una?|uma?|el|la|le)\s+)?(?:[\w-]+\s+){0,2}?(?:" + _STEP + r")\b"
        r"|\b(?:zu|zum|zur)\s+(?:einem|einer)\s+[\w-]*(?:gesprach|interview|termin|treffen|runde|test)\b"
        r"(?:\s+[\w.-]+){0,5}?\s+einladen\b",
        # seen in it, brought in, seen again: "im technischen Interview sehen", "la faire venir",
        # "numa entrevista técnica", "ver a Marina de novo"
        r"\b(?:im|in\s+einem|in\s+einer|beim)\s+(?:[\w-]+\s+)?[\w-]*(?:interview|gesprach|test|case|runde)\s+"
        r"(?:sehen|erleben|kennenlernen)\b|\b(?:la|le|les)\s+faire\s+venir\b"
        r"|\bnuma?\s+(?:entrevista|conversa|reuniao|prova|etapa)\b"
        r"|\b(?:see|meet|ver|voir|revoir|rencontrer|sehen|treffen|(?:ve|encontra)-l[oa]s?)\s+(?!you\b)"
        r"(?:[\w.]+\s+){0,2}?(?:again|de\s+novo|de\s+nuevo|otra\s+vez|novamente|noch\s+einmal|nochmal"
        r"|wieder|" + _ANOTHER_TIME + r")\b"
        # (round 34) the German verb last: "wir würden ihn gerne noch ein zweites Mal sehen"
        r"|\b(?:ihn|sie)\s+(?:\w+\s+){0,3}?(?:ein\s+(?:zweites|weiteres|drittes)\s+mal|nochmals"
        r"|noch\s*einmal|nochmal|erneut)\s+(?:\w+\s+)?(?:sehen|treffen|sprechen|kennenlernen)\b",
        # going on to it: "Adelante con la prueba técnica", "Avanzamos con Carmen a la entrevista
        # final", "Seguimos com a Camila para a entrevista final", "avis favorable"
        r"\b(?:adelante|go\s+ahead|vamos|seguimos|avanzamos|avancamos|on\s+continue)\s+(?:con|com|with"
        r"|avec)\s+(?:la|el|a|o|the|le|l')\s*(?:[\w-]+\s+)?(?:" + _STEP + r")\b"
        r"|\b(?:avanz(?:amos|ar|emos)|seguimos|seguir|continuamos|avanc(?:amos|ar))\s+(?:con|com)\s+"
        r"(?:[\w.]+\s+){1,3}?(?:a|para|al|pra)\s+(?:la\s+|a\s+)?(?:[\w-]+\s+)?(?:entrevista|fase|etapa"
        r"|ronda|rodada|prueba|prova)\b|\bavis\s+favorable\b|\bparecer\s+favoravel\b",
        # (round 31: a word of its kind between, "shortlisted for the final HR round", "for the
        # next technical round")
        r"\b(?:to|for|into)\s+(?:a\s+|the\s+)?(?:next|another|further|final|second|third"
        r"|fourth|last)\s+(?:[\w-]+\s+)?" + _ROUND,
        # (round 31) the final stage, its noun first, as where the candidate goes: "retenue pour
        # l'entretien final", "preseleccionada para la entrevista final", "segue para a
        # entrevista final"
        r"\b(?:pour|vers|a|au|para|pra)\s+(?:l'|la\s+|le\s+|el\s+|a\s+|o\s+)?(?:entretien|entrevista"
        r"|echange|conversa|reunion|reuniao)\s+(?:final|finale)\b",
        # (round 31) going ahead with the candidate: "nous souhaitons aller de l'avant avec elle",
        # "on va de l'avant avec lui" (negated, `_negated_advance` turns it down)
        r"\b(?:aller|allons|va|irons|allez)\s+de\s+l'avant\s+avec\s+(?:elle|lui|eux|sa|son|m\.|mme"
        r"|madame|monsieur|la|le)\b",
        r"\b(?:to|for|into)\s+round\s+(?:[2-9]|two|three|four|five)\b",
        r"\b(?:move|moving|take|taking|bring|progress|progressing|advance|advancing|put)\s+"
        + _PRONOUN
        # ("move it to next week" moves the interview: the next that is a time is no step)
        + r"\s+(?:forward|through|ahead|to\s+(?:the\s+)?(?:next(?!\s+(?:week|month|\w*day|time"
        r"|slot)\b)|round|final|onsite|on-site|panel|technical))",
        r"\b(?:move|moving|go|going)\s+(?:forward|ahead)\s+with\s+" + _PRONOUN,
        r"\b(?:keen|like|love|want|happy|glad|wish)\s+to\s+(?:progress|advance|proceed"
        r"|move\s+forward)",
        r"\b(?:see|meet)\s+(?:him|her|them)\s+again",
        r"\b(?:set\s+up|arrange|schedule|book|organi[sz]e|line\s+up|invite\s+"
        + _PRONOUN
        + r"\s+(?:to|for))\s+(?:a|an|the)\s+(?:next|another|further|final|second|third|fourth)"
        r"\s+" + _ROUND,
        r"\bproceed\s+with\s+" + _PRONOUN,
        # "let's do a final round with our CTO", "have a technical interview with her"
        r"\b(?:do|have|run|set\s+up|arrange|schedule|book|organi[sz]e|line\s+up)\s+(?:a|an|the"
        r"|one\s+more)\s+(?:next|another|further|final|second|third|fourth|last|technical|tech"
        r"|onsite|on-site|panel|follow-up|follow\s+up)\s+(?:[\w-]+\s+)?" + _ROUND,
        r"\b(?:to|for|into)\s+(?:a\s+|the\s+)?(?:technical|tech|onsite|on-site|panel|follow-up)"
        r"\s+(?:[\w-]+\s+)?" + _ROUND,
        r"\bbring\s+" + _PRONOUN + r"\s+(?:back|in\s+again)\b",
        # "I want her back for a last sit-down with Ray", "we'd like him back in to meet the team"
        r"\b(?:want|need|like|have|get)\s+(?:him|her|them)\s+back\s+(?:in\s+)?(?:for|to)\b",
        # "get her in with the team", "bring him in to meet the founders"
        r"\b(?:get|bring|have)\s+(?:him|her|them)\s+in\s+(?:with|to\s+meet)\b",
        # another chance: "give him a second chance", "eine zweite Chance", "otra oportunidad"
        r"\b(?:second|another)\s+(?:chance|shot|look)\b|\b(?:zweite|weitere|noch\s+eine)\s+chance\b"
        r"|\b(?:segunda|otra|outra|nova)\s+(?:oportunidad|oportunidade|chance)\b"
        r"|\b(?:seconde|deuxieme|nouvelle|autre)\s+chance\b",
        # seeing the candidate in a further step before a decision: "verle en una prueba técnica
        # antes de decidir", "see her in a technical round before we decide"
        r"\b(?:see|watch|verl[eoa]|voir|l[ea]\s+voir|sehen|ve-l[oa]|(?:[ao]\s+)?ver)\s+(?:(?:him|her|them)\s+)?"
        r"(?:(?:in|en|dans|bei|em)\s+(?:a|an|una?|einem|einer|uma?)|numa?)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:round|test|exercise|interview|prueba|entrevista|ejercicio|epreuve|entretien|exercice"
        r"|fachgesprach|gesprach|test|prova|teste|entrevista)\b",
        # a conversation with someone of ours: "ein Fachgespräch mit unserem Architekten", "a chat
        # with our CEO", "una charla con nuestra CTO", "un échange avec notre DRH"
        r"\b(?:a|an|one|ein|eine|einen|una?|une?|uma?)\s+(?:[\w-]+\s+){0,2}?(?:chat|call|conversation"
        r"|interview|meeting|session|fachgesprach|gesprach|interview|charla|conversacion|reunion"
        r"|entrevista|echange|entretien|rencontre|conversa|reuniao|termin)\s+(?:mit|with|con|avec|com)\s+"
        r"(?:our|unserem|unserer|unseren|nuestr[oa]|notre|nos|o\s+nosso|a\s+nossa|nosso|nossa)\b",
        # the candidate still to meet someone named: "she should still meet Dr. Albers", "soll sie
        # noch Dr. Albers kennenlernen", "elle doit encore rencontrer", "todavía tiene que conocer
        # a", "ainda tem de conhecer o"
        r"\b(?:he|she|they)\s+(?:should|must|needs?\s+to|has\s+to|ought\s+to)\s+(?:still|also|first)"
        r"\s+meet\b|\b(?:soll|sollte|sollen|muss|musste)\s+(?:er|sie|ihn)\s+(?:aber\s+|doch\s+|erst\s+)?"
        r"noch\s+(?:[\w.-]+\s+){0,7}?(?:kennenlernen|treffen|sprechen)\b|\b(?:il|elle)\s+(?:doit"
        r"|devrait|devra)\s+(?:encore|d'abord|aussi)\s+rencontrer\b|\b(?:tiene\s+que|deberia|debe)\s+"
        r"(?:todavia\s+|aun\s+|tambien\s+|antes\s+)?conocer\s+a\b|\b(?:tem\s+de|tem\s+que|deveria"
        r"|deve|precisa)\s+(?:ainda\s+|tambem\s+|antes\s+)?conhecer\s+[oa]\b",
        r"\bget\s+" + _PRONOUN + r"\s+(?:back\s+in|in\s+again)\b",
        r"\b(?:like|want|need|have|get)\s+(?:him|her|them)\s+to\s+(?:meet|speak\s+(?:to|with)"
        r"|talk\s+(?:to|with)|come\s+(?:in|back)|sit\s+down\s+with|chat\s+with|pair\s+with"
        r"|spend\s+(?:\w+\s+){0,2}?with|join|present|pitch|demo|do\s+(?:an?|the)|prepare|deliver"
        r"|walk\s+(?:us|me|the\s+\w+)\s+through)\b"
        # a piece of work to show us: "have him present it to me and Raj", "have her walk us
        # through it"
        r"|\bhave\s+(?:him|her|them)\s+(?:present|pitch|demo|walk\s+(?:us|me|the\s+\w+)\s+through)\b",
        r"\bcome\s+(?:in|back)\s+for\s+(?:an?|the|another)\s+",
        r"\b(?:to|for|into)\s+(?:an?\s+|the\s+)?(?:onsite|on-site|panel)\b",
        r"\b(?:have|do|set\s+up|arrange|schedule|book|like|want|need)\s+(?:a|an)\s+"
        r"(?:quick\s+|short\s+|brief\s+|final\s+|last\s+)?"
        r"(?:call|chat|conversation|meeting)\s+with\s+(?:him|her|them)\b(?:\s+(?:first|too|as\s+well))?"
        r"(?:\s+(?:before|until)\s+we\s+(?:decide|make\s+a\s+(?:decision|call)))?",
        r"\bqu'(?:elle|il)\s+rencontre\b",
        # a further step named by its kind: "a technical round", "una ronda técnica", "un
        # entretien technique", "ein technisches Interview", "uma entrevista técnica"
        r"\b(?:a|an|una?|une?|ein(?:e[nms]?)?|uma?)\s+(?:[\w-]+\s+)??(?:technical|tech|final|follow-up|further"
        r"|additional|technische[nms]?|finale[nms]?|weitere[nms]?|zusatzliche[nms]?|ultim[ao]"
        r"|dernier|derniere|segund[oa]|deuxieme|second|tercer[oa]?|terceir[oa])\s+(?:[\w-]+\s+)?"
        r"(?:round|interview|call|chat|conversation|meeting|session|panel|test|exercise|assessment"
        r"|dive|deep-dive|ronda|entrevista|charla|conversacion|reunion|llamada|prueba|entretien|echange|rencontre"
        r"|tour|ronde|exercice|\w*gesprach|runde|treffen|conversa|reuniao|etapa|rodada|prova|teste)\b"
        r"|\b(?:una?|une?|uma?)\s+(?:ronda|entrevista|charla|conversacion|reunion|llamada|prueba"
        r"|entretien|echange|rencontre|test|exercice|conversa|reuniao|etapa|rodada|prova|teste"
        # (round 32) "un tour technique", "une étape finale", "una sesión técnica", "uma fase
        # técnica"; and the round as Quebec says it, "une ronde technique"
        r"|tour|ronde|etape|phase|fase|sesion|sessao|session)\s+"
        r"(?:tecnic[oa]|technique|final|finale|adicional|supplementaire|complementaire)\b",
        # the candidate to meet one of ours: "que conociera a nuestra directora", "que ela
        # conhecesse o nosso diretor", "qu'elle échange avec notre CTO", "should meet our CEO"
        # (not what was talked over, its verb folded alike: "lo que hablé con nuestro director")
        r"\b(?:conozca|conociera|vea|viera|(?<!\blo\s)(?<!\blo\sque\s)hable|(?<!\blo\s)hablara|se\s+reuna|se\s+reuniera|entreviste"
        r"|entrevistara)\s+(?:a|al|con)\s+(?:nuestr[oa]s?|alguien|(?:el|la)\s+equipo|equipo)\b"
        r"|\b(?:conheca|conhecesse|fale|falasse|converse|conversasse|se\s+reuna|se\s+reunisse)\s+"
        r"(?:com\s+)?(?:[oa]s?\s+)?(?:nosso|nossa|nossos|nossas|alguem|equipa|equipe|time)\b"
        r"|\b(?:rencontre|voie)\s+(?:aussi\s+|egalement\s+)?(?:notre|nos)\b"
        r"|\b(?:wants?|would\s+like|'d\s+like|needs?|hopes?)\s+to\s+(?:meet|see|interview|speak\s+(?:to"
        r"|with)|talk\s+(?:to|with))\s+(?:him|her|them)\b"
        r"|\b(?:ihn|sie)\s+(?:\w+\s+){0,3}?mit\s+(?:\w+\s+){1,7}?(?:zusammenbringen|bekannt\s+machen)\b"
        # a piece of work set for the candidate: "un pequeño caso práctico", "a take-home"
        r"|\b(?:a|an|una?|une?|ein\w*|uma?)\s+(?:[\w-]+\s+){0,2}?(?:caso\s+practico|cas\s+pratique"
        r"|case\s+study|take-home|fallstudie|estudo\s+de\s+caso|case\s+pratico|coding\s+exercise"
        r"|ejercicio\s+practico|exercice\s+pratique|exercicio\s+pratico)\b"
        # passed this stage: "aprovado nesta etapa", "passed this round", "validée pour l'étape"
        r"|\b(?<!nao\s)(?<!no\s)(?:aprovad[oa]|aprobad[oa]|passed|validee?|bestanden)\s+(?:\w+\s+)?"
        r"(?:etapa|fase|round|stage|etape|runde)\b"
        r"|\b(?:souhaite|souhaitent|souhaiterait|souhaiteraient|voudrait|voudraient|aimerait"
        r"|aimeraient|veut|veulent)\s+(?:bien\s+)?(?:la|le|les)\s+(?:rencontrer|voir|recevoir"
        r"|interviewer|connaitre)\b"
        # one of ours wishing to meet the candidate: "querría conocerla", "le gustaría conocerlo",
        # "gostaria de conhecê-la", "quer conhecer o candidato"
        r"|\b(?:querria|querrian|quisiera|quisieran|quiere|quieren|gustaria|desearia|desea)\s+"
        r"(?:(?:conocer|ver|entrevistar)(?:la|lo|le|los|las)\b|(?:la|lo|le)\s+(?:conozca|vea)\b)"
        r"|\b(?:gostaria|gostariam|quer|querem|queria|quereria|deseja)\s+(?:de\s+)?"
        r"(?:(?:conhece|ve|entrevista)-l[oa]s?|(?:[ao]\s+)?conhecer\s+(?:[ao]\s+)?(?:candidat[oa]|ela|ele)"
        r"|[ao]\s+(?:conhecer|ver|entrevistar))\b"
        r"|\b(?:should|could|must|would|to)\s+(?:also\s+|then\s+|next\s+)?(?:meet|sit\s+down\s+with"
        r"|speak\s+(?:to|with)|talk\s+(?:to|with)|chat\s+with|pair\s+with)\s+(?:our|one\s+of\s+our"
        r"|(?:two|some|a\s+few)\s+of\s+our|the\s+team|someone\s+from)\b",
        r"\bnext\s+(?:round|stage|step)s?\b",
        r"\b(?:let'?s\s+)?keep\s+going\b|\bon\s+continue\b|\bwir\s+machen\s+weiter\b|\bvamos\s+seguir\b"
        r"|\bsigamos\s+adelante\b",
        r"\b(?:siguiente|proximo)\s+paso\b|\bproximo\s+passo\b|\bnachste[nr]?\s+schritt",
        # a further step planned with the candidate: "line up the take-home", "organizar un café
        # con el equipo", "proposons-lui un cas pratique", "zu einem Gespräch einladen", "marcar
        # um papo"
        r"\b(?:set\s+up|line\s+up|arrange|organi[sz]e|schedule|book|plan|organizar|organicemos"
        r"|montar|agendar|programar|coordinar|organiser|organisons|proposons(?:-lui|-leur)?"
        r"|organisieren|arrangieren|planen"
        r"|prevoir|prevoyons|planifier|caler|marcar|marquemos|combinar|einladen|vereinbaren"
        r"|ansetzen|einplanen)\s+(?:\w+\s+){0,2}?(?:an?|the|one\s+more|una?|une?|uma?|ein\w*"
        r"|zu\s+(?:einem|einer))\s+(?:[\w-]+\s+){0,2}?(?:round|interview|session|panel|test|exercise"
        r"|assessment|take-home|case\s+study|debrief|coffee|lunch|pairing|ronda|entrevista|prueba"
        r"|ejercicio|caso\s+practico|cafe|almuerzo|entretien|tour|exercice|cas\s+pratique"
        r"|dejeuner|\w*gesprach|runde|fallstudie|probearbeit\w*|kaffee|mittagessen|prova|teste"
        r"|case|papo|almoco|dinamica)\b",
        r"\b(?:zu|zum)\s+(?:einem|einer)\s+(?:[\w-]+\s+)?(?:gesprach|interview|kennenlernen)\s+"
        r"(?:mit|bei)\b"
        r"|\bmit\s+(?:unserem|unserer|unseren)\s+(?:[\w-]+\s+){1,2}?(?:sprechen|reden|zusammensetzen"
        r"|treffen|austauschen)\b"
        r"|\b(?:have|spend|get)\s+(?:\w+\s+){0,3}?(?:minutes|an\s+hour|time)\s+with\s+(?:him|her|them)\b",
        r"\b(?:get|put|bring)\s+(?:him|her|them)\s+in\s+front\s+of\b|\bthumbs?\s+up\b",
        r"\b(?:la|le|les)\s+revoir\b|\bvolver\s+a\s+ver(?:la|lo|le)\b|\bwiedersehen\b"
        r"|\brever\s+(?:ela|ele)\b|\breve-l[ao]\b",
        # someone else is to meet the candidate first: another round, even "before we decide"
        # (any verb of sitting or talking with someone: "our head of animation to sit down with
        # her", "one of our partners to have a chat with him", "to get to know her")
        # (round 32: up to seven words, a title and a name set off, "our VP of Ops, Mark Petrakis,")
        # (round 33: up to eleven, "the head of our night shift team at the depot, Sam,")
        rf"\b(?:like|love|want|need|have|get)\s+(?:(?:[\w-]+,?|{_HONORIFIC}){ASIDE}\s+){{1,11}}?to\s+"
        r"(?:meet|speak\s+(?:to|with)"
        r"|talk\s+(?:to|with)|interview|see|sit\s+down\s+with|chat\s+with|catch\s+up\s+with"
        r"|get\s+to\s+know|have\s+a\s+(?:[\w-]+\s+)?(?:chat|word|call|conversation|coffee)\s+with"
        r"|grab\s+(?:a\s+)?coffee\s+with|hear|listen\s+to)\s+(?:him|her|them)\b"
        r"(?:\s+(?:first|too|as\s+well))?"
        r"(?:\s+(?:before|until)\s+we\s+(?:decide|make\s+a\s+(?:decision|call)))?",
        # (round 33) or its subject after the verb: "que lo conozca también nuestro gerente"
        r"\bque\s+(?:" + _WHO + r")?(?:la|lo|le)\s+(?:conozca|conociera|entreviste|entrevistara|vea"
        r"|viera|escuche|escuchara|oiga|oyera)\b(?:\s+antes\s+de"
        r"\s+decidir)?",
        # (with its subject elided too: "qu'un autre associé la rencontre")
        r"\b(?:que\s+|qu'|a\s+)"
        + _WHO
        + r"(?:la|le|les)\s+(?:rencontre|rencontrent|voie|voient|recoive"
        r"|recoivent)\b(?:\s+avant\s+de\s+decider)?",
        # one of ours is to talk with the candidate: "que o nosso tech lead conversasse com ela"
        # (or sit down or chat with: "que nuestro jefe de obra se siente con ella", "que notre
        # directrice s'entretienne avec elle", "dass unser Chef sich mit ihr zusammensetzt")
        # (round 30: its subject named with an aside, "que o nosso líder técnico, o Fábio,
        # conversasse com ela", and "q" for "que")
        # (a subject told with where it works: "o nosso chefe de equipa da oficina, o Sr. Nuno")
        r"\bq(?:ue)?\s+(?:[\w']+\s+){0,10}?[\w']+"
        + ASIDE
        + r"\s+(?:converse|conversasse|fale|falasse|se\s+reuna|se\s+reunisse"
        r"|hable|hablara|se\s+reuna|se\s+reuniera|se\s+siente|se\s+sentara|charle|charlara|platique"
        r"|se\s+sente|se\s+sentasse|bata\s+um\s+papo|batesse\s+um\s+papo)\s+(?:com|con)\s+"
        r"(?:ela|ele|ella|el)\b"
        r"|\bque\s+(?:[\w']+\s+){0,5}?[\w']+"
        + ASIDE
        + r"\s+(?:s'entretienne|s'entretiennent|echange|discute|parle|dejeune"
        r"|prenne\s+un\s+cafe)\s+avec\s+(?:elle|lui|eux)\b"
        r"|\bdass\s+(?:unser\w*|einer?\s+unserer)\s+(?:[\w.-]+"
        + ASIDE
        + r"\s+){0,6}?(?:sich\s+(?:[\w.-]+\s+){0,3}?)?"
        r"mit\s+(?:ihr|ihm|ihnen)\s+(?:[\w.-]+\s+){0,3}?(?:zusammensetzt|unterhalt|austauscht|trifft"
        r"|spricht|redet|plaudert)\b",
        # (round 30) one of ours, the subject, is to talk with the candidate: "our CTO, Dan,
        # should meet her", "möchte unser CTO noch mit ihr sprechen", "o nosso CTO, o Paulo, quer
        # conversar com ela", "nuestro director quiere hablar con él", "notre DG veut échanger
        # avec elle"
        r"\bour\s+(?:[\w-]+\s+){0,3}?[\w-]+"
        + ASIDE
        + r"\s+(?:should|must|needs\s+to|has\s+to|is\s+to|ought\s+to|will\s+(?:need|want)\s+to)\s+"
        r"(?:also\s+|first\s+)?(?:meet|talk\s+to|speak\s+(?:to|with)|sit\s+down\s+with|interview"
        r"|have\s+a\s+(?:[\w-]+\s+)?(?:chat|call|word|conversation)\s+with)\s+(?:him|her|them)\b"
        # (a talk about terms is no round: "our HR team should talk to her about the package")
        r"(?!\s+(?:about|regarding|re)\b)"
        r"|\b(?:mochte|mochten|will|wollen|wurde|wurden|soll|sollte|muss|mussen)\s+(?:\w+\s+)?"
        r"(?:unser\w*|einer?\s+unserer)\s+(?:[\w.-]+"
        + ASIDE
        + r"\s+){0,6}?mit\s+(?:ihr|ihm|ihnen)\s+(?:(?!uber\b|wegen\b)\w+\s+){0,2}?(?:sprechen|reden"
        r"|telefonieren"
        r"|zusammensetzen|austauschen)\b"
        r"|\b(?:noss[oa]|nuestr[oa]|notre)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+"
        + ASIDE
        + r"\s+(?:quer|queria|gostaria\s+de|precisa|vai|deve|quiere|querria|quisiera|necesita"
        r"|va\s+a|debe|veut|voudrait|aimerait|souhaite|souhaiterait|doit|devrait)\s+(?:(?:bien|muito|mucho"
        r"|aussi|tambem|tambien|ainda|encore|todavia)\s+)?(?:conversar|falar|hablar|charlar|platicar"
        r"|reunirse|echanger|parler|discuter|s'entretenir)\s+(?:com|con|avec)\s+(?:ela|ele|ella|el"
        r"|elle|lui)\b(?!\s+(?:sobre|acerca|au\s+sujet|a\s+propos|de\s+(?:su|seu|sa|son)\b))",
        # "dass unsere Teamleiterin sie noch kennenlernt": someone else is to meet the candidate
        r"\b(?:sie|ihn)\s+(?:\w+\s+){0,3}?(?:kennen(?:lernen|lernt"
        r"|zulernen)|treffen|trifft|sprechen|spricht|interviewen|interviewt|anhoren|anhort)\b"
        # (round 32) one of ours named by a longer title: "dass ihn noch unser Teamleiter
        # Produktion kennenlernt", "dass sie auch unsere Bereichsleiterin Finanzen noch trifft"
        r"|\b(?:sie|ihn)\s+(?:\w+\s+){0,2}?(?:unser\w*|einer?\s+unserer)\s+(?:[\w.-]+\s+){0,4}?"
        r"(?:kennen(?:lernen|lernt)|treffen|trifft|sprechen|spricht|interviewen|interviewt)\b",
        # one more conversation: "noch ein kurzes Gespräch mit dem CEO", "encore un échange",
        # "una charla más", "mais uma conversa", "one more call with our CTO"
        r"\bnoch\s+(?:ein|eine|einen)\s+(?:[\w-]+\s+){0,2}?(?:gesprach|interview|runde|treffen)\b"
        r"|\bencore\s+(?:un|une)\s+(?:[\w-]+\s+){0,2}?(?:echange|entretien|rencontre|tour)\b"
        r"|\buna?\s+(?:charla|entrevista|conversacion|reunion|ronda)\s+mas\b"
        r"|\bmais\s+uma\s+(?:conversa|entrevista|reuniao|etapa)\b"
        r"|\bone\s+more\s+(?:[\w-]+\s+){0,2}?(?:chat|call|conversation|round|interview|meeting)\b",
        # the candidate is to talk with someone else: "que hablara con nuestro CTO", "que ela
        # conversasse com o diretor", "sie unserem CTO vorstellen", "qu'elle échange avec"
        # (not what was talked over: "lo que hablé con nuestro director es que")
        r"(?<!\blo\s)\bque\s+(?:\w+\s+){0,2}?(?:hable|hablara|converse|conversara|se\s+reuna|se\s+reuniera)\s+con\b"
        r"|\bque\s+(?:ela\s+|ele\s+)?(?:converse|conversasse|fale|falasse|se\s+reuna)\s+com\b"
        r"|\bqu'(?:il|elle)\s+(?:parle|echange|discute)\s+avec\b"
        r"|\b(?:sie|ihn)\s+(?:\w+\s+){0,4}?vorstellen\b",
        r"\bque\s+(?:"
        + _WHO
        + r")?(?:a|o)\s+(?:conhecesse|conheca|entrevistasse|entreviste|ouca|ouvisse|escute"
        r"|escutasse)\b"
        r"(?:\s+antes\s+de\s+decidir)?",
        r"\b(?:siguiente|proxima|otra|segunda|tercera)\s+(?:ronda|fase|etapa|entrevista)",
        r"\b(?:avanzar|seguir\s+adelante|continuar)\s+con\s+" + _PRONOUN,
        r"\b(?:prochain|prochaine|deuxieme|troisieme|dernier|derniere|autre)\s+(?:tour|etape"
        r"|entretien|echange|rendez-vous)",
        r"\bpoursuivre\s+avec\b",
        r"\b(?:etape|phase)\s+suivante\b|\btour\s+suivant\b",
        # the stage after: "la fase final", "a fase seguinte", "l'étape d'après", "als Nächstes"
        r"\b(?:fase|etapa|ronda|rodada|phase|etape|tour|runde)\s+(?:final|finale|siguiente|seguinte"
        r"|suivante|suivant|d'apres)\b|\bals\s+nachstes\b"
        r"|\b(?:pase|pasar|pasa|passe|passer|passa|passar)\s+(?:a|para|à)\s+(?:la\s+|a\s+)?(?:\w+\s+)?"
        r"(?:fase|etapa|ronda|rodada|phase|etape|entrevista|entretien)\b",
        # how the candidate does in a further test: "see how he handles a live exercise"
        r"\bsee\s+how\s+(?:he|she|they)\s+(?:handles?|does|do|performs?|gets\s+on|copes?)\b"
        r"|\bver\s+como\s+(?:se\s+desenvuelve|(?:ele|ela)\s+se\s+sai)\b|\bvoir\s+comment\s+"
        r"(?:il|elle)\s+se\s+(?:debrouille|comporte)\b|\bsehen,?\s+wie\s+(?:er|sie)\s+sich\b",
        # invited to a further step, the verb last: "zu einer Fallstudie einladen"
        r"\b(?:zu|zum|zur)\s+(?:einem|einer)\s+(?:[\w-]+\s+)?(?:\w*gesprach|interview|kennenlernen"
        r"|fallstudie|probearbeit\w*|runde|test|termin)\b(?:\s+[\w.-]+){0,5}?\s+einladen\b",
        r"\b(?:nachste|naechste|weitere|zweite|dritte|finale|letzte)[nrs]?\s+[\w-]*(?:runde|gesprach|interview"
        r"|termin|treffen)\b",
        r"\bweiter(?:machen|gehen)?\s+mit\b",
        r"\b(?:proxima|outra|ultima|segunda|terceira)\s+(?:fase|etapa|rodada|entrevista|conversa)",
        r"\b(?:ultima|final)\s+(?:ronda|entrevista|charla|conversacion)",
        # the next round named as one the client holds: "hacemos la entrevista final con el
        # director", "fazemos a etapa final com o CEO", "on fait l'entretien final avec la DG"
        # (a further one, by its name: not "¿hacemos la entrevista por Zoom?")
        r"\b(?:hacemos|haremos|hagamos|vamos\s+a\s+hacer|fazemos|faremos|facamos|vamos\s+fazer"
        r"|faisons|ferons|on\s+fait|on\s+fera)\s+(?:la|el|a|o|l')\s*(?:(?:siguiente|proxima|ultima"
        r"|segunda|tercera|terceira|otra|outra|prochaine?|derniere?)\s+(?:ronda|entrevista|charla|conversa"
        r"|rodada|etapa|entretien|echange|tour)\b|(?:ronda|entrevista|charla|conversa|rodada|etapa"
        r"|entretien|echange|tour)\s+(?:final|finale|tecnica|technique|siguiente|seguinte|suivante)\b)",
        # a further round by its kind, asked for with no article: "technisches Interview gern",
        # "final round please", "entretien technique volontiers"
        r"\b(?:technical|tech|final|technische[nms]?|finale[nms]?|weitere[nms]?)\s+(?:round|interview"
        r"|gesprach|runde)\s+(?:gern|gerne|bitte|please)\b"
        r"|\b(?:entretien|entrevista|ronda|rodada)\s+(?:technique|tecnic[oa]|final|finale)\s+(?:volontiers"
        r"|svp|por\s+favor|s'il\s+vous\s+plait)\b",
        r"\b(?:seguir|avancar)\s+(?:em\s+frente\s+)?com\s+" + _PRONOUN,
        # another step set up before deciding: "let's do a technical round", "organisons un cas
        # pratique", "ein technisches Gespräch ansetzen", "agendemos otra entrevista"
        r"\b(?:let'?s|let\s+us|we'?d\s+like\s+to|can\s+we|could\s+we|please)\s+(?:\w+\s+)?(?:do"
        r"|set\s+up|arrange|schedule|organi[sz]e|book|add|run)\s+(?:a|an|one\s+more|another)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:round|interview|exercise|case(?:\s+study)?|test|assessment|task"
        r"|panel|stage|step|session)\b",
        # (round 33) and with its article dropped, as terse mail writes it: "please arrange
        # technical round with our plant head", "kindly schedule HR round", "favor agendar
        # entrevista técnica com o gerente", "coordinar segunda entrevista con", "bitte
        # Zweitgespräch mit unserem Werksleiter vereinbaren"
        r"\b(?:arrange|schedule|set\s+up|fix|organi[sz]e|line\s+up|plan|conduct|book)\s+(?:next"
        r"|another|further|final|second|third|technical|tech|hr|managerial|panel|client|f2f"
        r"|face-to-face|onsite)\s+(?:[\w-]+\s+)?(?:round|interview|discussion|meeting)\b"
        r"|\b(?:agend|marc|organiz|program|coordin|coorden)(?:ar|ad|en|e|em)\s+(?:(?:segunda|tercera"
        r"|terceira|proxima|siguiente|nueva|nova|otra|outra)\s+)?(?:entrevista|ronda|rodada|etapa)\s+"
        r"(?:tecnica|final|presencial|con|com)\b"
        r"|\b(?:[\w-]*gesprach|[\w-]*interview|[\w-]*runde)\s+mit\s+(?:unserem|unserer)\s+"
        r"(?:[\w.-]+\s+){0,3}?(?:vereinbaren|einplanen|ansetzen|organisieren|planen)\b",
        r"\borganis(?:ons|er|ez|erons)\s+(?:plutot\s+|d'abord\s+|encore\s+)?(?:un|une)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:cas\s+pratique|entretien|test|exercice|echange|etude\s+de\s+cas"
        r"|rencontre|etape|session|seance)",
        r"\b(?:ein|eine|einen)\s+(?:[\w-]+\s+){0,2}?(?:gesprach|interview|runde|fallstudie|test"
        r"|probearbeit\w*)\s+(?:[\w.-]+\s+){0,4}?(?:ansetzen|vereinbaren|einplanen|machen|fuhren"
        r"|organisieren)\b",
        # (round 35: set up as the Rioplatense "armar" says it, and the step named as a stage,
        # "armemos una instancia técnica con", "coordinemos una etapa final")
        r"\b(?:organic?(?:emos|ar|ad)|hagamos|programemos|agendemos|montemos|armemos|armar|arma"
        r"|coordinemos|planifiquemos)\s+(?:\w+\s+)?(?:una?|otra)\s+(?:\w+\s+){0,2}?(?:entrevista"
        r"|prueba|caso\s+practico|ronda|reunion|llamada|charla|instancia|etapa|fase|sesion)",
        # the round left unnamed: "hagamos una última con el director", "let's do one more with
        # our CTO", "faisons un dernier avec la DAF", "vamos fazer uma última com o diretor"
        r"\b(?:hagamos|organicemos|agendemos|programemos|montemos|hacemos|facamos|fazemos"
        r"|vamos\s+(?:a\s+hacer|fazer)|faisons|let'?s\s+(?:do|have|set\s+up))\s+(?:una?|otra|uma"
        r"|outra|one|une?)\s+(?:ultim[ao]|mas|final|last|more|dernier|derniere)\s+(?:con|com|avec"
        r"|with)\b",
        r"\b(?:marcar|agendar|organizar|fazer|marquemos|agendemos)\s+(?:mais\s+)?(?:uma|outra)\s+"
        r"(?:\w+\s+){0,2}?(?:entrevista|conversa|prova|etapa|rodada|reuniao|case)",
        # the candidate is to take the next step: "que haga una prueba técnica", "qu'elle passe
        # un test", "que faça um teste", "have her do a case study"
        r"\bque\s+(?:haga|tenga|pase|realice)\s+(?:una?|otra)\s+(?:\w+\s+){0,2}?(?:entrevista"
        r"|prueba|caso|ronda|reunion|charla|ejercicio)\b",
        r"\bqu'(?:il|elle)\s+(?:fasse|passe|ait)\s+(?:un|une)\s+(?:[\w-]+\s+){0,2}?(?:entretien"
        r"|test|exercice|cas|echange)\b",
        r"\bque\s+(?:ela\s+|ele\s+)?(?:faca|tenha|realize)\s+(?:uma?|outra)\s+(?:\w+\s+){0,2}?"
        r"(?:entrevista|prova|teste|conversa|etapa|case)\b",
        r"\b(?:have|get|let)\s+(?:him|her|them)\s+(?:do|take|sit|try)\s+(?:a|an|the|our)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:test|exercise|case(?:\s+study)?|assessment|task|challenge)\b",
    ),
    Cue.REJECT: (
        # rather not going on: a client's no, and a candidate's withdrawal ("I'd rather not
        # continue with the process", as "prefiro não continuar")
        r"\b(?:i'?d|i\s+would|we'?d|we\s+would)\s+(?:rather|prefer)\s+not\s+(?:to\s+)?(?:continue|proceed"
        r"|go\s+on|move\s+forward)\b",
        # "we" not going on with the process: the client's no (the same words in the first
        # person singular are the candidate's withdrawal)
        r"\bwe(?:'ll|\s+will|'re|\s+are|'ve|\s+have)?\s+(?:decided\s+)?(?:not|won't)\s+(?:to\s+)?(?:be\s+)?"
        r"(?:mov(?:e|ing)\s+forward|proceed(?:ing)?|continu(?:e|ing)|progress(?:ing)?)\s+with\s+(?:this|the"
        r"|her|his|their)\s+(?:process|application|candidacy|opportunity)\b",
        # the process ended with the candidate: "close the process with Ben", "clôturer le
        # process", "den Bewerbungsprozess nicht fortzusetzen", "cerrad el proceso", "encerrar o
        # processo"
        r"\b(?:close|end|stop|terminate|wrap\s+up)\s+(?:the|this|our)\s+process\b"
        r"|\b(?:cloturer|cloturez|fermer|fermez|arreter|arretez|terminer|clore)\s+(?:le|ce)\s+process(?:us)?\b"
        r"|\b(?:den|diesen)\s+\w*prozess\s+(?:(?!nicht\b)[\w.-]+\s+){0,5}?(?:beenden|abschlie(?:ss|\u00df)en|abbrechen"
        r"|nicht\s+(?:fortzusetzen|fortsetzen|fortzufuhren|fortfuhren))\b"
        r"|\b(?:cerrar|cerrad|cierra|cerremos|terminar|finalizar|finalicemos)\s+(?:el|este)\s+proceso\b"
        r"|\b(?:encerrar|encerra|encerramos|finalizar|fechar|fechamos)\s+o\s+processo\b",
        # not going on with the candidate: "won't be continuing with Emily", "will not be taking
        # her candidacy further", "nous ne poursuivrons pas", "não daremos continuidade"
        r"\b(?:won'?t|will\s+not|not\s+going\s+to|are\s+not|aren'?t)\s+(?:be\s+)?(?:continu(?:e|ing)\s+with"
        r"|tak(?:e|ing)\s+(?:[\w.']+\s+){1,3}?further)\b"
        r"|\bne\s+(?:\w+\s+)?(?:poursuiv\w*|continu\w*)\s+(?:\w+\s+)?pas\b"
        r"|\bnicht\s+(?:weiter\s+)?(?:fortzusetzen|fortzufuhren|fortfuhren|weiterzuverfolgen|weiterfuhren)\b"
        r"|\b(?:nao|no)\s+(?:daremos|damos|vamos\s+dar|dariamos)\s+(?:\w+\s+)?continuidade\b"
        r"|\bnao\s+(?:seguimos|seguiremos|continuamos|avancamos|prosseguimos)\b"
        # (round 44) and in Spanish: "Buena entrevista, pero no seguimos." (not the search that
        # goes on, "no seguimos buscando"; with whom, "no seguimos con ella", is read whole
        # where the step is, `_NAMED`)
        r"|\bno\s+(?:seguimos|seguiremos|continuamos|continuaremos|avanzamos|avanzaremos)\b"
        r"(?!\s+(?:buscando|esperando|viendo|mirando|con|adelante)\b)",
        # declined by us: "we'll have to decline", "nous déclinons", "desestimamos", "vamos
        # recusar", "Sarah freundlich absagen", "sagen Sie ihm bitte ab", "lehnen ihn ab"
        r"\b(?:we(?:'ll|\s+will)?|nous)\s+(?:have\s+to\s+|must\s+|need\s+to\s+)?(?:decline|declinons"
        r"|declinerons)\b|\b(?:desestimamos|rechazamos|vamos\s+(?:a\s+)?rechazar(?:l[oa])?|vamos\s+recusar"
        r"|recusamos|vamos\s+declinar)\b|\b(?:ihm|ihr|freundlich|hoflich)\s+(?:\w+\s+)?absagen\b"
        r"|" + _TURN_DOWN_DE + r"|\blehnen\s+(?:ihn|sie)\s+(?:\w+\s+)?ab\b",
        # a negative verdict by name: "hard no", "avis négatif", "kein Match", "kein Weiterkommen",
        # "not what we're looking for", "não é o perfil", "not for this role", "👎"
        r"\b(?:hard|clear|firm)\s+no\b|\bavis\s+(?:negatif|defavorable)\b|\bparecer\s+(?:negativo"
        r"|desfavoravel)\b|\bvaloracion\s+negativa\b|\bnegative[sn]?\s+(?:feedback|votum|ruckmeldung)\b"
        r"|\b(?:kein|no)\s+match\b|\bkein\s+weiterkommen\b"
        # (round 34) the client's word on the candidate, named negative: "retour négatif du
        # client", "negative response", "respuesta negativa", "feedback negativo" (not one
        # denied: "pas de retour négatif", "sin respuesta negativa")
        r"|(?<!\bpas\sde\s)(?<!\baucun\s)(?<!\bsin\s)(?<!\bsem\s)(?<!\bno\s)(?<!\bnot\s)"
        r"\b(?:retour|reponse|feedback|respuesta|devolucion|retorno|resposta)\s+(?:tres\s+|muy\s+"
        r"|muito\s+)?negati(?:f|ve|vo|va)\b|(?<!\bno\s)(?<!\bnot\s)\bnegative\s+(?:response|answer"
        r"|verdict)\b",
        r"\bno\s+es\s+lo\s+que\s+buscamos\b|\bnao\s+e\s+o\s+que\s+(?:procuramos|buscamos)\b|\bnot\s+what\s+"
        r"we(?:'re|\s+are)\s+looking\s+for\b|\bpas\s+ce\s+que\s+(?:nous\s+cherchons|l'on\s+cherche"
        r"|on\s+cherche)\b|\bnicht\s+(?:das,?\s+)?was\s+wir\s+suchen\b"
        r"|\b(?:nao\s+e|no\s+es|not|pas)\s+(?:o|el|the|le)\s+(?:perfil|profile|profil)\b",
        r"\b(?:not|no|nao|pas|nicht)\s+(?:right\s+)?(?:for|para|pour|fur)\s+(?:this|the|este|esta|esse|essa"
        r"|ce|cette|diese|die)\s+(?:role|position|job|puesto|posicion|vaga|posicao|cargo|poste|stelle|rolle)\b"
        r"|\b(?:don'?t|doesn'?t|do\s+not|does\s+not)\s+match\s+(?:the|this)\s+(?:role|position|job)\b",
        r"\b(?:another|other|a\s+new)\s+direction\b"
        # (round 42) or way taken: "we went another way", "gone a different route", "on est
        # partis sur une autre piste", "wir haben uns anders entschieden", "fuimos por otro camino",
        # "tomamos otro rumbo", "fomos por outro caminho", "seguimos outro rumo"
        r"|\b(?:went|gone|going)\s+(?:in\s+)?(?:another|a\s+different)\s+"
        r"(?:way|route|path)\b|\bpartis?e?s?\s+(?:sur|dans)\s+une\s+autre\s+(?:piste|voie|direction)\b"
        r"|\buns\s+(?:\w+\s+)?anders\s+entschieden\b|\b(?:fuimos|hemos\s+ido|tomamos|hemos"
        r"\s+tomado|fomos|seguimos)\s+(?:por\s+)?(?:otro|outro)\s+(?:camino|rumbo|caminho|rumo)\b"
        r"|\boffered\s+(?:the\s+(?:role|position|job)|it)\s+to\s+"
        r"(?:someone|somebody|another|a\s+different)\b",
        r"\b(?:candidature|candidatura|bewerbung|application)\s+(?:\w+\s+)?(?:non\s+retenue|no\s+seleccionada"
        r"|nao\s+selecionada|rechazada|recusada|reprovada|abgelehnt|declined|rejected|unsuccessful)\b",
        "\U0001f44e",
        r"\b(?:won'?t|will\s+not|not|aren'?t|are\s+not|don'?t|do\s+not|decided\s+not\s+to"
        r"|not\s+going\s+to)\s+(?:be\s+)?(?:progress(?:ing)?|mov(?:e|ing)\s+(?:forward|ahead)"
        r"|proceed(?:ing)?|advanc(?:e|ing)|tak(?:e|ing)\s+(?:\w+\s+)?(?:forward|further))"
        r"(?:\s+with\s+" + _PRONOUN + r")?",
        # (not a time passed on: "I'll pass on the Wednesday ones", "pass on Friday")
        r"\bpass(?:ing)?\s+on\s+(?!(?:the\s+|that\s+|those\s+)?(?:\w+day|option|slot|time|date|first"
        r"|second|third|earlier|later|morning|afternoon)s?\b)"
        # (nor words passed on to someone: "please pass on my thanks to Giulia")
        r"(?!(?:(?:my|our|the|his|her|their)\s+)?(?:thanks|gratitude|regards|best|apologies"
        r"|appreciation|congratulations|compliments|message|details|news|number|email|address"
        r"|feedback|notes|invit\w*)\b)" + _PRONOUN,
        # "Pass - not senior enough": the verdict word opening the reply
        r"(?:^|\n)[^\w\n]*pass\s*[-\u2013\u2014:,;]",
        # a verdict's participle opening the reply: "Reprovada, infelizmente.", "Abgelehnt."
        r"(?:^|\n|[.!?]\s)[^\w\n]*(?:reprovad[oa]|rechazad[oa]|descartad[oa]|rejected|abgelehnt"
        r"|refusee?|recalee?|non\s+retenue?|nao\s+aprovad[oa]|no\s+aprobad[oa])"
        r"\s*(?:[-\u2013\u2014:,;.!]|$)",
        r"\b(?:it'?s|that'?s|is)\s+a\s+(?:no|pass)\b(?!-|\s+(?:brainer|problem|worries))"
        r"|\ba\s+(?:no|pass)\s+(?:from|for)\s+(?:us|me)\b",
        r"\b" + _OWN_VERDICT.format(word=r"(?:no|nope|nah|pass|non|nein|nee|nao)"),
        # ("no es un no", "não é um não": not a no)
        r"\b(?:c'est|ce\s+sera)\s+(?:un\s+)?non\b|(?<!no\s)\b(?:es|sera)\s+un\s+no\b|\b(?:ist|ware)\s+ein\s+(?:klares\s+)?"
        r"nein\b|(?<!nao\s)\be\s+um\s+nao\b",
        # experience found lacking: "lacks leadership experience", "es fehlt an Führungserfahrung",
        # "le falta experiencia", "manque d'expérience", "falta-lhe experiência"
        r"\b(?:lacks?|lacking|fehlt(?:\s+(?:es|ihm|ihr))?(?:\s+(?:an|die|der))?|le\s+falta|manque\s+d'"
        r"|falta(?:-lhe)?)\s*(?:\w+\s+){0,2}?(?:\w*erfahrung|experience|experiencia|depth|seniority)\b",
        # too junior, or experience not enough: "trop junior", "reicht die Erfahrung nicht"
        # (round 28: or too green, "trop vert", "zu grün", "muy verde", "muito verde"; not
        # after its negation, "not too junior", "gar nicht zu grün")
        r"\b(?<!not\s)(?<!nicht\s)(?<!pas\s)(?<!no\s)(?<!nao\s)(?:too|trop|demasiado|zu|muito|muy)\s+"
        r"(?:junior|inexperienced|inexperimentad[oa]|unerfahren|green|raw|verte?|grun|verde)\b"
        r"|\b(?:reicht|genugt)\s+(?:\w+\s+){0,3}?(?:erfahrung|kenntnisse|niveau)\s+(?:\w+\s+)?nicht\b"
        r"|\b(?:experience|erfahrung)\s+(?:\w+\s+)?(?:isn'?t|is\s+not|reicht)\s+(?:\w+\s+)?(?:enough|nicht)\b"
        # going with someone else: "go with an internal candidate"
        r"|\bgo(?:ing|ne)?\s+with\s+(?:an?\s+)?(?:internal|external|stronger|different|more\s+\w+)\s+"
        r"(?:candidate|person|profile|hire)\b"
        # not going on, preferred or decided, ahead and with whom: "preferimos no seguir",
        # "decidimos não continuar", "hemos decidido no seguir adelante con Marta", "optamos por
        # não avançar com o Marcelo" (whole, so that "seguir adelante con Marta" is no step)
        r"|\b(?:preferimos|preferiria(?:mos)?|decidimos|hemos\s+decidido|prefiro|optamos\s+por"
        r"|(?:hemos\s+)?optado\s+por|resolvemos|decidiu|decidiram)\s+(?:no|nao)\s+"
        r"(?:seguir|continuar|avanzar|avancar|prosseguir)\b(?:\s+(?:adelante|em\s+frente))?"
        r"(?:\s+(?:con|com)\s+(?:(?:el|la|o|a|os|as)\s+)?(?:candidatura\s+de\s+)?[\w.]+)?",
        # the application not followed up: "não dar seguimento à candidatura", "no dar continuidad
        # a su candidatura", "not to take her application further"
        r"\b(?:no|nao)\s+(?:dar|daremos|damos|vamos\s+dar)\s+(?:seguimento|seguimiento|continuidad"
        r"|continuidade)\b|\bnot\s+(?:to\s+)?(?:take|taking)\s+(?:\w+\s+){0,2}?(?:application"
        r"|candidacy)\s+(?:any\s+)?further\b",
        r"\bnot\s+(?:\w+\s+)?(?:senior|experienced|strong|technical|mature|hands-on)\s+enough\b"
        r"|\b(?:too\s+little|not\s+enough)\s+(?:\w+\s+)?experience\b",
        r"\bthink\s+(?:he|she|they)(?:'s|'re|\s+is|\s+are)\s+(?:quite\s+)?there\s+yet\b",
        r"\b(?:trop\s+peu|pas\s+assez)\s+d'?experience|\b(?:zu\s+wenig|nicht\s+genug)\s+(?:\w+\s+)?"
        r"erfahrung|\b(?:muy\s+poca|poca|pouca|falta\s+de)\s+experiencia\b",
        r"\b(?:we'll|we\s+will|going\s+to|gonna|have\s+to|we'd\s+like\s+to|decided\s+to)\s+pass\b",
        # (round 32) another candidate is no verdict named bare ("we have another candidate in
        # the process" is a hold, "better than another candidate we saw" a comparison): one
        # chosen over the candidate by its verb is, before or after it ("offered the role to
        # another candidate", "another candidate was selected", "a accepté", "a été retenue")
        r"\b(?:offered|given|gave|went|gone|goes|going)\s+(?:(?:the|this)\s+(?:role|job|position"
        r"|post)\s+)?to\s+" + _OTHER_ONE + r"|\b(?:selected|chosen|chose|picked|preferred|appointed"
        r"|made\s+an\s+offer\s+to|extended\s+an\s+offer\s+to)\s+" + _OTHER_ONE,
        r"\b" + _OTHER_ONE + r"\s+(?:[\w'-]+\s+){0,3}?(?:selected|chosen|hired|preferred|picked"
        r"|appointed|accepted|got|won|took|edged|pipped|(?:is|was)\s+(?:a\s+)?(?:better|stronger"
        r"|closer)|(?:is|was)\s+further\s+along)\b",
        # (round 28) going on with someone other than the candidate is a no to this one, however
        # warm its verb: "go ahead with another candidate", "proceed with the other finalist",
        # "on avance avec un autre profil", "seguir adelante con otra candidata", "vamos seguir em
        # frente com outra pessoa"; read whole from the verb, so that the verb's own step ("go
        # ahead with", "seguir adelante con") does not shadow it (not "the other slot")
        r"\b" + _GOING_ON + r"\s+(?:(?:forward|ahead|on|adelante|em\s+frente|de\s+l'avant)\s+)?"
        r"(?:with|avec|con|com)\s+(?:" + _SOMEONE_ELSE + r")"
        # (round 33) not when the candidate goes on with them: "seguimos con otros postulantes y
        # también con ella", "we'll continue with the other candidates and with him too"
        r"(?![^.;!?]{0,40}?\b(?:and|y|et|e|und)\s+(?:(?:also|tambien|aussi|tambem|auch)\s+)?"
        r"(?:with|con|avec|com|mit)\s+(?:him|her|them|el|ella|lui|elle|ele|ela|ihm|ihr)\b)",
        r"\bmit\s+jemand(?:em)?\s+ander(?:em|en|s)\b",
        r"\b(?:go|going|gone|went)\s+with\s+(?:someone|somebody|another|a\s+different|the\s+other)\b",
        r"\b(?:hired|chose|chosen|selected|picked)\s+(?:someone|somebody|another)\b",
        # (round 31) others named bare are no verdict ("wir sprechen noch mit anderen Kandidaten"
        # is a hold): one chosen over the candidate, by its verb, is
        r"\b(?:anderen?|andere[nr]?)\s+(?:kandidat|bewerber)\w*\s+(?:[\w.-]+\s+){0,3}?(?:entschieden"
        r"|genommen|gewahlt|ausgewahlt|eingestellt|vorgezogen|bevorzugt|zugesagt|angeboten"
        r"|den\s+vorzug|das\s+rennen|weiter\w*)\b"
        r"|\b(?:geht|ging|gehen|gingen|vergeben|gegangen)\s+an\s+(?:einen|eine[nr]?|den|die)\s+"
        r"andere[nr]?\s+(?:kandidat|bewerber)",
        # "nos hemos decidido por otra persona", "opté pour un autre profil"
        r"\b(?:(?:seguir|seguimos|avancar|avanzar|continuar|ir|aller|weitermachen)\s+)?"
        r"(?:por|pour|fur|para|com|con|avec|mit)\s+(?:otr[oa]|outr[oa]|une?\s+autre|eine[nr]?\s+andere[nr]?)\s+"
        r"(?:persona|pessoa|personne|person|perfil|profil|candidat\w*|kandidat\w*)",
        # (round 32) and in French, Spanish, Portuguese: "retenu une autre candidate", "une autre
        # candidate a été retenue", "hemos seleccionado a otra candidata", "outra candidata foi
        # selecionada", "outro candidato que se encaixa melhor"
        r"\b(?:retenu|choisi|prefere|selectionne|embauche|recrute|engage|elegid[oa]|elegimos"
        r"|seleccionad[oa]|seleccionamos|contratad[oa]|contratamos|escogid[oa]|escogimos"
        r"|preferid[oa]|preferimos|escolhemos|escolhid[oa]|selecionamos|selecionad[oa])\s+(?:\w+\s+)?"
        r"(?:a\s+)?(?:une?\s+autre|otr[oa]|outr[oa])\s+(?:candidat|finalist)\w*"
        r"|\b(?:une?\s+autre|otr[oa]|outr[oa])\s+(?:candidat|finalist)\w*\s+(?:[\w'-]+\s+){0,3}?"
        r"(?:retenu|choisi|selectionne|prefere|recrute|embauche|engage|seleccionad|elegid"
        r"|contratad|escogid|selecionad|escolhid|(?:correspond|encaj|encaix|adapt|ajust)\w*\s+"
        r"(?:mieux|mejor|melhor))\w*",
        r"\b(?:not|isn't|wasn't|aren't|weren't)\s+(?:quite\s+|really\s+)?(?:the\s+(?:right\s+)?"
        r"|a\s+(?:good\s+|great\s+|strong\s+)?)?(?:fit|match)\b",
        r"\b(?:unsuccessful|not\s+successful)\b",
        r"\b(?:decided|opted|chosen|elected|resolved)\s+(?:not\s+to|against)\b",
        # the process ends here: "on s'arrête là", "lo dejamos aquí", "wir lassen es dabei"
        r"\b(?:on\s+s'arrete|on\s+arrete|nous\s+nous\s+arretons|arretons-nous)\s+(?:la|ici)\b"
        r"|\blo\s+dejamos\s+(?:aqui|ahi)\b|\b(?:wir\s+)?(?:belassen|lassen)\s+es\s+dabei\b"
        r"|\b(?:ficamos|paramos|parar)\s+por\s+aqui\b|\bleave\s+it\s+(?:here|there)\b",
        # out of the question for the role: "kommt nicht in Frage", "n'est pas retenu"
        r"\bkomm(?:t|en)\s+(?:\w+\s+){0,3}?nicht\s+(?:in\s+frage|infrage)\b"
        r"|\b(?:n'est|ne\s+sera|ne\s+sont)\s+pas\s+retenue?s?\b"
        r"|\bno\s+(?:ha\s+sido|fue|sera)\s+seleccionad[oa]\b|\bnao\s+(?:foi|sera)\s+selecionad[oa]\b",
        r"\bgegen\s+(?:\w+\s+){0,5}?entschieden\b",
        r"\bdifferent\s+direction\b",
        r"\bnot\s+(?:quite\s+)?the\s+(?:profile|person|candidate)\s+(?:we'?re|we\s+are)\s+(?:after"
        r"|looking\s+for)\b|\bnot\s+(?:the\s+one\s+|right\s+)?for\s+us\b|\bno\s+es\s+para\s+nosotros"
        r"|\bpas\s+pour\s+nous\b|\bnichts\s+fur\s+uns\b|\bnao\s+e\s+para\s+nos\b",
        r"\bdescart(?:amos|ado|ada|ada|arla|arlo|ar)\b|\bno\s+encaja\b|\bnao\s+se\s+encaixa\b",
        # (round 34) in any person, as a recruiter relays the client's no: "ils ne donnent pas
        # suite", "le client ne donnera pas suite", "nous ne donnerons pas suite"
        r"\bne\s+(?:donn(?:e|es|ent|ons|era|eront|erons)|peu(?:t|vent)|pouvons|pourr(?:a|ont|ons))\s+"
        r"(?:\w+\s+)?pas\s+(?:donner\s+)?suite",
        # (round 34) not going on with the candidate, said of the client: "they aren't moving
        # ahead with her", "no van a seguir con él", "não vão seguir com ele", "sie machen nicht
        # mit ihm weiter" (the first person has its own patterns; a day or a plan after the
        # pronoun's place is no person: "no siguen con el horario")
        r"\b(?:isn'?t|aren'?t|is\s+not|are\s+not|won'?t\s+be|will\s+not\s+be)\s+(?:moving|going)\s+"
        r"(?:forward|ahead|on)\s+with\s+(?:him|her|them)\b"
        r"|\bno\s+(?:(?:va|van)\s+a\s+|quieren?\s+)?(?:seguir|siguen?|seguiran?|avanzar|avanzan?"
        r"|avanzaran?|continuar|continuan?|continuaran?)(?:\s+adelante)?\s+con\s+(?:ella|ellos|ellas"
        r"|el(?=\s*[,.;:!?)\n]|\s*$|\s+(?:y|pero|porque|ya|en\s+el\s+proceso)\b)|" + _NAMED + ")"
        r"|\bnao\s+(?:(?:vai|vao)\s+|(?:quer|querem)\s+)?(?:seguir|seguem|segue|seguira|seguirao|avancar"
        r"|avanca|avancam|avancara|avancarao|continuar|continuam?|prosseguir|prosseguem?)"
        r"(?:\s+em\s+frente)?\s+com\s+(?:ele|ela|eles|elas\b|(?:[ao]\s+)?" + _NAMED + ")"
        # (round 41) and in French, a stop put to it: "ils arrêtent avec Mme Roux", "on ne
        # continue pas avec lui", "de ne pas avancer avec elle"
        r"|\b(?:arret(?:e|ent|ons|ez|er)(?:\s+la)?|n'?e?\s*(?:avance|avancent|continue|continuent"
        r"|poursuit|poursuivent|va|vont)\s+pas(?:\s+plus\s+loin)?|ne\s+pas\s+(?:avancer|continuer"
        r"|poursuivre|aller\s+plus\s+loin))\s+avec\s+(?:elle|lui|eux|elles|(?:mme|m|madame|monsieur)\b"
        r"|" + _NAMED + ")"
        r"|\b(?:nicht\s+(?:mehr\s+)?mit\s+(?:ihm|ihr|ihnen)|mit\s+(?:ihm|ihr|ihnen)\s+(?:\w+\s+)?nicht"
        r"(?:\s+mehr)?)\s+weiter(?:machen|gehen)?\b",
        r"\b(?:stop|end)\s+(?:it\s+)?(?:here|there)\b",
        r"\bthumbs?\s+down\b|\bne\s+correspond\s+pas\b|\bnao\s+corresponde\b",
        r"\b(?:no|nao)\s+(?:es|e|tiene|tem)\s+(?:el|la|o|a)\s+(?:perfil|persona|pessoa|candidat[oa])\s+"
        r"que\s+(?:buscamos|procuramos)|\bn'a\s+pas\s+le\s+profil\b|\bnicht\s+das\s+profil\b",
        r"\bpasst\s+(?:er|sie)\s+(?:\w+\s+)?nicht\s+zu\s+uns",
        # (round 31) a no on fit, whatever sits between "passt" and "nicht", to us or to ours:
        # "passt aber leider nicht zu unserem Team", "passt menschlich nicht so zu uns", "passt
        # halt nicht in unsere Kultur" (not a plan or a day: "passt nicht in unseren Zeitplan");
        # "doesn't really fit our culture", "doesn't fit with the team", "no termina de encajar"
        r"\bpasst\s+(?:(?:er|sie|aber|leider|halt|einfach|wohl|doch|eben|ja|irgendwie|menschlich"
        r"|fachlich|kulturell|personlich)\s+){0,4}nicht\s+(?:so\s+|ganz\s+|wirklich\s+|recht\s+)?"
        r"(?:zu\s+uns\b(?!er)|(?:zu|in)\s+unser\w*\s+(?!zeit|kalender|termin|plan|budget|woche)\w+"
        r"|ins\s+team\b)"
        r"|\b(?:doesn'?t|does\s+not|didn'?t|did\s+not|wouldn'?t|would\s+not|won'?t)\s+(?:really\s+"
        r"|quite\s+|fully\s+|just\s+)?fit\s+(?:in\s+)?(?:(?:with|into)\s+)?(?:(?:our|the)\s+(?:[\w-]+\s+)?"
        r"(?:team|culture|company|profile|role|brief|group|crew|environment|organi[sz]ation)\b(?!')"
        r"|us\b|here\b|what\s+we)"
        r"|\bno\s+(?:termina|acaba)\s+de\s+encajar\b|\bnao\s+(?:chega\s+a\s+)?encaixa\b",
        # "das Profil passt leider nicht", "nous ne retiendrons pas sa candidature"
        r"\bprofil\s+passt\s+(?:\w+\s+){0,2}?nicht\b|\bpasst\s+(?:leider\s+)?(?:das|sein|ihr)\s+profil\s+"
        r"(?:\w+\s+)?nicht\b"
        # (round 30: any person and tense, "on ne retiendra pas", "ils ne retiennent pas"; not a
        # slot, "on ne retiendra pas le créneau de jeudi")
        r"|\bne\s+(?:la\s+|le\s+|les\s+|l')?(?:retien\w+|reten(?:ons|ez))\s+pas\b" + _NOT_A_SLOT,
        r"\bne\s+(?:va|vont|allons)\s+pas\s+(?:continuer|poursuivre|avancer)",
        r"\b(?:didn'?t|did\s+not|doesn'?t|does\s+not|failed\s+to)\s+(?:really\s+)?(?:convince|impress)",
        r"\boffer\s+to\s+(?:another|a\s+different|the\s+other)\s+candidate",
        r"\bno\s+(?:vamos\s+a\s+|queremos\s+|podemos\s+)?(?:seguir|seguiremos|seguimos|avanzar"
        r"|avanzaremos|avanzamos|continuar|continuaremos|continuamos)(?:\s+adelante)?\s+con"
        r"(?:\s+\w+)?",
        r"\bne\s+(?:pas\s+)?(?:poursuivre|donner\s+suite)|\bpas\s+donner\s+suite",
        # (round 31) or ahead: "ne pas aller de l'avant", "n'irons pas de l'avant", "on ne va pas
        # aller de l'avant", "nous ne souhaitons pas aller de l'avant"
        r"\b(?:ne\s+(?:\w+\s+)?pas\s+aller|n'ir(?:ons|ai|a|ont|ions|ait)\s+pas)\s+(?:plus\s+loin"
        r"|de\s+l'avant(?:\s+avec)?)\b",
        r"\bnicht\s+(?:(?:weiter|mehr|langer)\s+)?(?:verfolgen|fortsetzen|berucksichtigen|weiter)",
        # the turn passed, as Quebec says it: "on va passer notre tour pour ce candidat-là"
        r"\b(?:passer|passons|passerons)\s+notre\s+tour\b",
        # (round 30) the candidate not going on in the process, said of them: "wird nicht mehr
        # berücksichtigt", "no continuará en el proceso", "não segue no processo", "won't be
        # continuing in the process"
        r"\bnicht\s+(?:mehr|weiter|langer)\s+berucksichtigt\b"
        r"|\b(?:no|nao)\s+(?:continua|continuara|sigue|seguira|segue|prossegue|prosseguira|avanza"
        r"|avanzara|avanca|avancara)\s+(?:en\s+el|en|no)\s+(?:proceso|processo)\b"
        r"|\b(?:won'?t|will\s+not|isn'?t|is\s+not)\s+(?:be\s+)?(?:continuing|progressing|going\s+on"
        r"|moving\s+forward)\s+in\s+the\s+process\b",
        # the formal letter's refraining, from what the candidate was to get next: "sehen wir von
        # einer weiteren Berücksichtigung ab", "von einer Einstellung abzusehen", "von einem
        # zweiten Gespräch sehen wir ab" (not from a day or a time: "von Montag sehe ich ab")
        r"\bvon\s+(?:einer|einem|der|dem|ihrer|seiner)\s+(?!termin|zeit|uhrzeit|datum|tag\b)"
        r"[^.!?;\n]{0,80}?\b(?:abzusehen|absehen|(?:sehen|sehe)\s+(?:wir|ich)\s+(?:\w+\s+){0,2}?ab)\b"
        r"|\b(?:sehen|sehe)\s+(?:wir|ich)\s+(?:\w+\s+){0,2}?von\s+(?:einer|einem|der|dem|ihrer|seiner)\s+"
        r"(?!termin|zeit|uhrzeit|datum|tag\b)[^.!?;\n]{0,80}?\bab\b",
        # a candidacy not kept, selected or approved, in the passive: "n'a pas été retenue", "no ha
        # sido seleccionada", "não foi aprovada"; or left aside: "prescindir de su candidatura"
        r"\bn'(?:a|ont)\s+pas\s+ete\s+(?:retenue?s?|selectionnee?s?)\b"
        r"|\bno\s+(?:ha\s+sido|fue|sera)\s+(?:aprobad|elegid|aceptad)[oa]\b"
        r"|\bnao\s+(?:foi|sera)\s+(?:aprovad|escolhid|aceit)[oa]\b"
        r"|\bprescind(?:ir|imos|iremos|ido)\s+de\s+(?:su|la|sus|el)\s+(?:candidatura|perfil|candidat[oa])\b"
        # the application not pursued: "we will not be pursuing her application further"
        r"|\b(?:won'?t|will\s+not|not)\s+(?:be\s+)?pursu(?:e|ing)\s+(?:[\w.']+\s+){0,3}?(?:application"
        r"|candidacy)\b",
        # (not the sender's own call-off of the appointment, `_OWN_CALL_OFF`)
        r"\b" + _NOT_CALL_OFF + r"absage\b|\b(?:nicht\s+passend|nicht\s+geeignet)\b",
        # a decision not to choose the candidate, by any verb of choosing: "decided not to
        # shortlist him", "de ne pas retenir sa candidature", "nicht in die engere Auswahl zu
        # nehmen", "optamos por no contratarla", "decidimos não selecionar"
        r"\b(?:(?:decided|chosen|opted|elected)\s+not\s+to\s+(?:shortlist|select|retain|progress|advance"
        r"|hire|invite|pursue|take\s+(?:him|her|them|(?:his|her|their|the)\s+(?:application|candidacy"
        r"|candidate))\s+(?:any\s+)?(?:further|forward))"
        r"|ne\s+pas\s+(?:retenir|selectionner|garder|recruter|embaucher|convoquer|reconvoquer)"
        r"|nicht\s+in\s+die\s+engere\s+(?:wahl|auswahl)|nicht\s+(?:weiter\s+)?zu\s+"
        r"(?:berucksichtigen|verfolgen)|(?:ihn|sie)\s+nicht\s+(?:einzustellen|einzuladen|auszuwahlen)"
        r"|(?:decidido|decidimos|optado\s+por|optamos\s+por|preferimos)\s+no\s+(?:seleccionar|contratar"
        r"|elegir|escoger|avanzar|seguir|continuar|incorporar)\w*"
        r"|(?:decidimos|decidiu|decidiram|optamos\s+por|optou\s+por|preferimos)\s+nao\s+(?:selecionar"
        r"|contratar|aprovar|escolher|avancar|seguir|prosseguir|chamar)\w*)\b"
        # (the hire given up for now is no verdict on the candidate: `_NO_HIRE`; nor is a slot
        # or an option not chosen: "merci de ne pas retenir jeudi")
        r"(?!\s+" + _FOR_NOW + r"\b)" + _NOT_A_SLOT,
        r"\bnao\s+(?:vamos\s+|queremos\s+)?(?:seguir|avancar|prosseguir)(?:\s+em\s+frente)?"
        r"(?:\s+com(?:\s+\w+)?)?",
    ),
    Cue.OFFER: (
        # the offer itself sent, made or launched: "send the offer", "get an offer out", "go
        # ahead with the proposal", "lancer la proposition", "faisons-lui une offre", "envíale la
        # oferta", "pode mandar a proposta", "wir machen Anna ein Angebot"
        # (round 40: and as it is told done or to be, "rolling out an offer", "macht ihr ein
        # Angebot", "le hace una oferta", "faz-lhe uma proposta", "faremos uma proposta")
        r"\b(?:send|get|make|extend|issue|launch|present|go\s+ahead\s+with|go\s+with|move\s+forward\s+with"
        r"|proceed\s+with|draft|prepare|put\s+together|roll(?:s|ing|ed)?\s+out|envoyer|envoyez|lancer"
        r"|lancez|faire|faisons|presenter|schick\w*|rausschick\w*|senden|machen|macht|mache|unterbreiten"
        r"|mandar(?:les?)?|manda|mande|envia\w*|presentar(?:les?)?|hacer(?:les?)?|hace|hara|hagamos\w*"
        r"|lanzar|adelante\s+con|vamos\s+con|apresentar|fazer|faz|fara|faremos|farao|facamos"
        r"|seguir\s+com)(?:-\w+)?\s+(?:[\w.-]+\s+){0,3}?(?:(?:the|an?|our|la|le|une?|el|una?|das|dem|den"
        r"|ein(?:e[nm]?)?|o|uma?)\s+|l')?(?:" + _OFFER_NOUN + r")\b(?!" + _NOT_AN_OFFER + r")",
        # the verb last: "das Angebot an Frau Lange rausschicken", "mit dem Vertragsangebot raus"
        r"\b(?:das|ein|dem)\s+\w*angebot\s+(?:[\w.-]+\s+){0,3}?(?:raus\w*|schicken|senden|machen"
        r"|unterbreiten|vorbereiten)\b|\bmit\s+dem\s+\w*angebot\s+raus\b",
        # the candidate to receive it: "she gets an offer", "er bekommt ein Angebot", "elle aura
        # une offre", "va a recibir una oferta", "ela vai receber uma proposta"; or it ordered
        # alone: "offer him.", "offer her!"
        r"\b(?:(?:he|she|they)\s+(?:gets|get|will\s+get|'ll\s+get|receives|will\s+receive)\s+(?:an|the"
        r"|our)\s+|(?:er|sie)\s+(?:kriegt|bekommt|erhalt)\s+(?:ein|das|unser)\s+|(?:il|elle)\s+(?:aura"
        r"|recevra|va\s+recevoir)\s+(?:une\s+|l'|notre\s+)|(?:recibira|va\s+a\s+recibir|le\s+hacemos"
        r"|le\s+haremos)\s+(?:una\s+|la\s+|nuestra\s+)?|(?:ele|ela)\s+(?:vai\s+receber|recebe|recebera)\s+"
        r"(?:uma|a|nossa)\s+)(?:" + _OFFER_NOUN + r")\b(?!" + _NOT_AN_OFFER + r")"
        # (ours: not "if she gets an offer elsewhere")
        r"(?!\s+(?:elsewhere|from|ailleurs|d'une\s+autre|anderswo|woanders|von|de\s+otr[ao]|de\s+outr[ao]"
        r"|em\s+outr[ao]|en\s+otr[ao]))",
        r"(?:^|\n|[.!?,]\s*)offer\s+(?:him|her|them)(?=\s*(?:[.!]|$))",
        # a go for it: "Go für das Angebot", "Banco pour une offre", "luz verde: oferta para Elena"
        r"\b(?:go|banco|green\s+light|feu\s+vert|luz\s+verde|sinal\s+verde|grune[sn]?\s+licht)\s+"
        r"(?:[^\s.!?;]+\s+){0,4}?(?:" + _OFFER_NOUN + r")\b(?!" + _NOT_AN_OFFER + r")",
        # the offer approved: "Offer approved by the board", "oferta aprobada"
        r"\b(?:offer|offre|(?:vertrags)?angebot|oferta|propuesta|proposta)\s+(?:is\s+|has\s+been\s+|was\s+"
        r"|ist\s+|wurde\s+|est\s+|a\s+ete\s+)?(?:approved|signed\s+off|validee?|freigegeben|genehmigt"
        r"|aprobad[oa]|aprovad[oa])\b",
        # the offer for someone, or asked for: "oferta para Elena", "carta-oferta pro Diego",
        # "Offer time.", "Angebot bitte"
        r"\b(?:" + _OFFER_NOUN + r")\s+(?:para|pro|pour|fur|for)\s+(?!" + _TIME_WORD + r")\w+"
        r"|\b(?:offer|angebot|oferta|proposta|offre)\s+(?:time|bitte|please|por\s+favor)\b",
        # ready to hire: "prêts à embaucher Élodie", "ready to hire", "listos para contratarla"
        r"\b(?:ready|prets?|pretes?|bereit|listos?|listas?|prontos?|prontas?|dispuestos?)\s+(?:to|a|para"
        r"|zu)\s+(?:hire|embaucher|recruter|contratar\w*|einstellen)\b",
        r"\b(?:make|making|extend|extending|send|sending|give|giving|prepare|preparing|draft"
        r"|drafting|put\s+together)\s+(?:\w+\s+)?an?\s+"
        r"(?:formal\s+|verbal\s+|job\s+)?offer\b",
        # the role offered to the candidate by name ("we'd like to offer Sipho the role"), or the
        # offer put together ("so we can put the offer together", "put an offer together for him")
        r"\boffer\s+(?:him|her|them|[a-z]+)\s+the\s+(?:[\w-]+\s+){0,2}?(?:role|job|position|post)\b"
        r"|\bput\s+(?:an?|the|our)\s+(?:\w+\s+)?offer\s+together\b",
        r"\b(?:move|moving|go|going|proceed|proceeding)\s+(?:forward\s+|ahead\s+)?with\s+"
        r"(?:an?\s+)?(?:formal\s+|verbal\s+)?offer\b",
        r"\b(?:like|love|want)\s+to\s+hire\b",
        # the offer under way, or its letter: "an offer is on its way", "promesse d'embauche"
        r"\ban?\s+offer\s+(?:is|will\s+be)\s+(?:on\s+its\s+way|coming|being\s+(?:prepared|drafted))\b"
        r"|\bpromesse\s+d'embauche\b|\boffer\s+letter\b|\bcarta\s+(?:de\s+)?oferta\b",
        r"\b(?:going\s+to|gonna|will|we'll|decided\s+to|ready\s+to|want\s+to)\s+offer\b(?!\s+(?:\w+\s+)?"
        r"(?:other|another|new|more|some|alternative|different)\s)",
        # "le hacemos la propuesta", "lui proposer le poste", "ofrecerle el puesto", "ihr die
        # Stelle anbieten", "avançar com a contratação dela", "bereiten Sie den Vertrag vor"
        r"\b(?:hacemos|haremos|hacerle|enviamos|mandamos|enviarle)\s+(?:la|una)\s+(?:propuesta|oferta)\b"
        r"(?!\s+de\s+(?:horario|fecha|hora|dia))"
        # (the role's title between: "offer him the Head of Operations role", "die Stelle als
        # Teamleiterin Logistik anbieten", "die Position des Schichtleiters anbieten")
        r"|\b(?:proposer|ofrecer(?:le)?|oferecer(?:-lhe)?|offer\s+(?:him|her|them))\s+(?:le|el|a|the)\s+"
        r"(?:(?!slot|time|option|chance|date)[\w-]+\s+){0,3}?(?:poste|puesto|vaga|job|role|position)\b"
        r"|\b(?:die|eine)\s+(?:stelle|position|rolle|festanstellung)\s+(?:[\w.-]+\s+){0,4}?anbieten\b"
        r"|\b(?:contratacao|contratacion|embauche|einstellung)\s+(?:d[ae]l[ae]?|de|von)\b"
        r"|\b(?:avancar|avanzar|seguir|proceed|go\s+ahead|move\s+forward)\s+(?:com|con|with)\s+(?:a|la|the)\s+"
        r"(?:contratacao|contratacion|hire|hiring)\b"
        r"|\bbereiten\s+(?:\w+\s+){0,3}?vertrag\s+vor\b|\bvertrag\s+(?:\w+\s+)?(?:vorbereiten|aufsetzen)\b",
        # "queremos contratarla", "on souhaite l'embaucher", "queremos contratá-lo"
        r"\b(?:la|lo|le)\s+contrat(?:amos|aremos)\b|\bproposer\s+(?:un|le)\s+(?:cdi|cdd|contrat)\b"
        r"|\b(?:ofrecer(?:le)?|oferecer(?:-lhe)?)\s+(?:un|um)\s+contrato\b|\bwir\s+stellen\s+(?:sie|ihn)\s+ein\b",
        r"\b(?:queremos|quisieramos|nos\s+gustaria|vamos\s+a|vamos|gostariamos\s+de|souhaitons|voulons"
        r"|aimerions|souhaite|veut|aimerait|want\s+to|going\s+to|decided\s+to)\s+(?:\w+\s+)?"
        r"(?:contrat(?:ar|arla|arlo|arle|a-l[oa])|l'embaucher|embaucher|hire)\b",
        r"\b(?:hacer|hacerle|extender|extenderle|enviar|enviarle)\s+una\s+oferta",
        r"\b(?:faire|lui\s+faire)\s+une\s+(?:offre|proposition)",
        r"\b(?:lui|leur)\s+(?:fait|faisons|ferons|fera|ferai|envoie|envoyons|enverrons)\s+une\s+"
        r"(?:offre|proposition)\b(?!\s+de\s+(?:creneau|date|horaire))",
        r"\bsend\s+(?:him|her|them)\s+(?:the|our|an?)\s+(?:\w+\s+)?offer\b",
        r"\bein\s+(?:\w+\s+)?\w*angebot\s+(?:machen|unterbreiten|schicken|senden|zukommen)",
        r"\bfazer(?:-lhe|-lhes)?\s+uma\s+(?:proposta|oferta)\b(?!\s+de\s+(?:horario|data|hora))",
        r"\b(?:sie|ihn)\s+(?:\w+\s+)?(?:einstellen|anstellen)\b",
        r"\b(?:avancar|avanzar|avancer|seguir|proceed|go\s+ahead)\s+(?:com|con|avec|with)\s+"
        r"(?:uma|una|une|an?|the)\s+(?:\w+\s+)?(?:proposta|oferta|offre|offer)\b",
        # (round 30) gone on to the offer as the next stage: "avançamos para a proposta",
        # "seguimos con la oferta", "pasamos a la oferta", "on part sur une offre", "we're moving
        # to offer" (not the verb: "moving to offer her a second round"; not a proposal of times)
        r"\b(?:avanc\w*|avanz\w*|seguimos|pasamos|passamos|passons|partons|on\s+part|mov(?:e|ing)"
        r"|go(?:ing)?)\s+(?:para|pra|a|to|sur|con|com)\s+(?:(?:la|a|l'|une?|una?|uma?|an?|the)\s*)?"
        r"(?:oferta|proposta|propuesta|offre|offer|proposition)\b(?!\s+(?:him|her|them|you|us|a|an"
        r"|the|some|other|more)\b|\s+(?:\w+\s+){0,2}?\d)(?!" + _NOT_AN_OFFER + r")",
        r"\bprepar\w*\s+(?:la|una|a|uma|l'|une|the|an)\s*(?:\w+\s+)?(?:oferta|proposta|offre|offer)\b"
        r"|\b(?:draft|prepare|draw\s+up|preparer|preparar|vorbereiten)\s+(?:the\s+|his\s+|her\s+"
        r"|le\s+|el\s+|o\s+|den\s+)?(?:paperwork|contract|offer\s+letter|contrat|contrato|vertrag)\b"
        r"|\bangebot\s+(?:\w+\s+)?vorbereiten\b",
        # "we'll take her": the client keeps the candidate
        r"\b(?:nos\s+quedamos\s+con\s+(?:ella|el)|we'?ll\s+take\s+(?:him|her|them)"
        r"|ficamos\s+com\s+(?:ela|ele)|wir\s+nehmen\s+(?:sie|ihn)|on\s+(?:la|le)\s+prend)"
        r"(?=\s*(?:[.!,;]|$|on\s+board))",
    ),
    Cue.HOLD: (
        # the decision put off until after something, or made without someone only later:
        # "before making a call", "avant de trancher", "antes de bater o martelo", "ohne sie möchte
        # ich nicht entscheiden", "nous déciderons après avoir vu", "entscheiden danach"
        # (not after thinking it over: "after a lot of thought I've decided", "after some
        # thought", "après mûre réflexion", "nach reiflicher Überlegung" is decided)
        r"\b(?:" + _DEFER + r")\s+(?!(?:(?:a\s+lot\s+of|much|long|careful|some|due|further|serious"
        r"|mure|reiflicher|cuidadosa|detenida|longa|longue|profunda)\s+){0,2}"
        r"(?:thought|consideration|reflection|reflexion|uberlegung|review|examen|analisis|analise|prufung)\b)(?:[\w']+\s+){0,5}?(?:"
        + _DECIDE
        # (a decision taken against is no decision put off: "after the second interview we
        # have decided not to go ahead", "depois da conversa decidimos não avançar"; nor, round
        # 40, one taken for another: "decidimos seguir com outro candidato", "we decided to go
        # ahead with another candidate", "decidimos avanzar con otra candidata")
        + r")(?!\w|\s+(?:not\s+to|against|de\s+ne\s+pas|(?:que\s+)?(?:no|nao)\s|nicht|gegen)"
        + _FOR_ANOTHER
        + r")",
        r"\b(?:" + _DECIDE + r"),?\s+(?:\w+\s+)?(?:after|apres|nachdem|danach|despues|depois|once"
        r"|sobald)\b[^.!?;\n]{0,60}",
        # (round 34) no decision before a time: "we can't make a decision until September", "nous
        # ne pourrons pas décider avant septembre", "vor September können wir keine Entscheidung
        # treffen", "hasta septiembre no podemos tomar una decisión", "até setembro não
        # conseguimos decidir"
        rf"\b{_UNABLE}\s+(?:[\w']+\s+){{0,3}}?(?:{_DECIDE})\b[^.!?;\n]{{0,30}}?\b{UNTIL}",
        rf"\b{UNTIL}\s+(?:[\w']+\s+){{1,4}}?{_UNABLE}\s+(?:[\w']+\s+){{0,3}}?(?:{_DECIDE})\b",
        # torn between two: "on hésite encore entre elle et un autre profil", "wir schwanken noch
        # zwischen ihr und einer anderen Kandidatin" (the other candidate is no rejection)
        r"\b(?:torn|hesitat\w*|hesit\w*|deciding|choosing|undecided|schwanken|schwanke|dudando|dudamos"
        r"|indecis[oa]s?|em\s+duvida|divididos|divididas)\s+(?:\w+\s+)?(?:between|entre|zwischen)\b"
        r"[^.!?;\n]{0,60}",
        # kept warm, not let go, the door left open, parked: "keep him warm", "gardez-le au
        # chaud", "warmhalten", "no lo sueltes", "segura ele", "on ne ferme pas la porte"
        # (or kept interested while the decision waits: "keep her engaged", "halten Sie sie so
        # lange warm", "mantenedla interesada", "mantenham-no interessado")
        r"\b(?:keep|keeping)\s+(?:him|her|them)\s+(?:warm|interested|engaged|keen)\b|\bau\s+chaud\b"
        r"|\bwarm\s*(?:zu\s+)?halten\b|\bhalten\s+sie\s+(?:ihn|sie)\s+(?:\w+\s+){0,4}?(?:warm|bei\s+laune)\b"
        r"|\bmanten(?:ed|gan|ga|er|erl|ganl|gal)?(?:l[oa]s?)?\s+(?:\w+\s+)?(?:interesad|enganchad|caliente)\w*"
        r"|\bmant(?:enham|enha|er|e)-?(?:n?[oa]s?)?\s+(?:\w+\s+)?(?:interessad|aquecid|motivad)\w*"
        r"|\bno\s+(?:lo|la)\s+sueltes\b|\bsegur[ae]\s+(?:ele|ela)\b|\b(?:don'?t|do\s+not)\s+let\s+"
        r"(?:him|her|them)\s+go\b|\bne\s+(?:le|la)\s+lachez\s+pas\b",
        r"\b(?:not|don'?t|do\s+not|won'?t)\s+(?:\w+\s+)?clos\w*\s+the\s+door\b|\bne\s+ferm\w*\s+pas\s+la"
        r"\s+porte\b|\bno\s+(?:le\s+)?cerramos\s+la\s+puerta\b|\bnao\s+fechamos\s+a\s+porta\b"
        r"|\b(?:door|tur|porte|puerta|porta)\s+(?:\w+\s+)?(?:open|offen|ouverte|abierta|aberta)\b",
        r"\bstand-?by\b",
        # no decision yet: "ainda sem decisão", "de momento no decidimos nada"
        r"\b(?:sem|sin|sans|ohne)\s+(?:\w+\s+)?(?:decisao|decision|entscheidung)\b|\bno\s+(?:\w+\s+)?"
        r"decidimos\s+nada\b",
        r"\bstill\s+(?:deciding|thinking|considering|discussing|evaluating|reviewing|interviewing"
        r"|meeting|seeing|talking\s+to|deliberating|debating|weighing|comparing|gathering)",
        r"\bgive\s+(?:me|us)\s+(?:a\s+(?:few|couple\s+(?:of\s+)?)|some|more)\s+(?:more\s+)?"
        r"(?:days|time)",
        r"\bnot\s+sure\s+yet\b|\bundecided\b",
        r"\bneed\s+to\s+(?:discuss|sync|talk|think|confer|align|regroup)\b",
        r"\b(?:hold|holding)\s+(?:off|for\s+now|on\s+(?:him|her|them|this))",
        r"\bplease\s+hold\b",
        r"\bnot\s+(?:yet\s+)?(?:decided|made\s+a\s+decision)",
        r"\bhaven'?t\s+(?:yet\s+)?(?:decided|made\s+a\s+(?:decision|call))",
        r"\b(?:before|until)\s+we\s+(?:decide|make\s+a\s+decision)",
        r"\b(?:more|other)\s+candidates\s+to\s+(?:see|meet|interview)",
        r"\b(?:see|meet|interview|talk\s+to)\s+(?:a\s+(?:few|couple(?:\s+of)?)\s+|some\s+|two\s+"
        r"|three\s+|the\s+)?(?:more|other)\s+candidates",
        r"\bgive\s+(?:me|us)\s+(?:till|until|to)\s+(?:\w+day|tomorrow|next\s+week|the\s+end\s+of)",
        r"\bon\s+the\s+fence\b",
        # the candidate parked: "lo dejamos en pausa", "on ice", "auf Eis", "deixamos em espera"
        r"\b(?:lo|la|le|los|las)\s+(?:dejamos|dejaremos|ponemos|mantenemos)\s+en\s+(?:pausa|espera"
        r"|suspenso)\b|\bon\s+ice\b|\bauf\s+eis\b|\ben\s+suspens\b|\b(?:deixamos|colocamos|mantemos)"
        r"\s+(?:[oa]\s+)?(?:em\s+)?(?:espera|pausa|stand-by)\b",
        # (round 36) the candidate's application kept pending: "kindly hold her candidature till
        # then", "keep his application on hold", "mettez sa candidature en attente", "ihre
        # Bewerbung bis dahin zurückstellen", "dejad su candidatura en espera", "mantenham a
        # candidatura dela em suspenso"
        r"\b(?:hold|park|pause|freeze)\s+(?:his|her|their|the|this)\s+"
        + _APPLICATION
        + r"|\b"
        + _APPLICATION
        + r"\s+(?:[\w'-]+\s+){0,4}?(?:on\s+hold|pending|on\s+ice"
        r"|en\s+(?:attente|suspens|pause|stand-by)|de\s+cote|sous\s+le\s+coude|zuruckstell\w*"
        r"|zuruckgestellt|ruhen\s+lassen|auf\s+eis|offen\s*(?:zu\s+)?halten|(?:en|em)\s+(?:espera"
        r"|pausa|suspenso|stand-by))\b"
        # (the German verb split round it: "stellen Sie ihre Bewerbung bis dahin zurück")
        r"|\bstell\w*\s+(?:sie\s+)?(?:die|ihre|seine|deren)\s+"
        + _APPLICATION
        + r"\s+(?:[\w.-]+\s+){0,6}?zuruck\b",
        r"\bgive\s+(?:me|us)\s+(?:an?|one|two|three|a\s+few|a\s+couple\s+(?:of\s+)?)\s+(?:more\s+)?"
        r"(?:days?|weeks?)",
        r"\bwait(?:ing)?\s+(?:on|for)\s+(?:\w+\s+){0,3}?(?:budget|approval|sign-?off|headcount"
        r"|green\s+light|decision|go-ahead)",
        r"\b(?:esperando|aguardando)\s+(?:\w+\s+){0,3}?(?:aprobacion|aprovacao|presupuesto"
        r"|orcamento|visto\s+bueno|autorizacion|autorizacao)",
        r"\battend(?:ons|s)?\s+(?:\w+\s+){0,3}?(?:validation|feu\s+vert|budget|accord|approbation)",
        r"\bwarten\s+(?:\w+\s+){0,3}?\w*(?:freigabe|budget|genehmigung|zusage)",
        # waiting until it is approved: "esperar a que aprueben el presupuesto", "attendre que le
        # budget soit validé", "warten, bis das Budget freigegeben ist", "wait until they sign off"
        r"\b(?:esperar|attendre|warten|aguardar|wait),?\s+(?:\w+\s+){0,5}?(?:aprueb\w*|aprobad\w*"
        r"|aprobacion|presupuesto|budget|validee?s?|freigegeben|freigabe|genehmigt|aprovad\w*"
        r"|aprovacao|orcamento|approved|approval|signs?\s+off|sign-?off)\b",
        r"\bneed\s+(?:more\s+)?time\s+to\s+(?:decide|think)",
        # "dadnos dos semanas", "laissez-nous quelques jours", "geben Sie uns ein paar Tage"
        r"\b(?:dadnos|danos|denos|dennos|donnez-nous|laissez-nous|gebt\s+uns|geben\s+sie\s+uns"
        r"|deem-nos|de-nos|da-nos)\s+(?:\w+\s+){0,3}?(?:dias?|semanas?|jours|semaines|tage|wochen)\b",
        r"\b(?:falta|pendiente\s+de|a\s+la\s+espera\s+de|en\s+attente\s+de|falta\s+a|aguardando)\s+"
        r"(?:la\s+|a\s+|l'|o\s+)?(?:aprobacion|aprovacao|validation|approbation|presupuesto|orcamento)",
        # the budget or sign-off is not there yet: "todavía no tenemos aprobado el presupuesto"
        r"\b(?:todavia|aun)\s+no\s+(?:\w+\s+){0,3}?(?:aprobad[oa]|presupuesto|visto\s+bueno)\b"
        r"|\b(?:budget|headcount|approval|sign-?off)\s+(?:\w+\s+){0,2}?(?:isn'?t|is\s+not|hasn'?t\s+been"
        r"|has\s+not\s+been)\s+(?:\w+\s+)?(?:approved|signed\s+off|confirmed|cleared)\b"
        r"|\bbudget\s+(?:n'est\s+|n'a\s+)?pas\s+encore\s+(?:ete\s+)?(?:valide|approuve|signe)"
        r"|\bbudget\s+(?:ist\s+)?noch\s+nicht\s+(?:freigegeben|genehmigt|bewilligt)\b"
        r"|\b(?:orcamento|verba)\s+(?:ainda\s+)?nao\s+(?:foi\s+)?aprovad[oa]"
        r"|\bainda\s+nao\s+(?:\w+\s+){0,3}?aprovad[oa]\b",
        r"\b(?:sleep|sit|mull)\s+on\s+(?:it|this|that)\b|\b(?:mull|think)\s+(?:it|this)\s+over\b|\bdaruber\s+schlafen\b|\bla\s+nuit\s+porte\s+conseil\b"
        r"|\bconsultarlo\s+con\s+la\s+almohada\b",
        r"\b(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+have\s+(?:an?\s+)?(?:answer|decision|verdict)\b"
        r"|\b(?:we'?ll|we\s+will|i'?ll|i\s+will)\s+decide\b",
        r"\b(?:more|other)\s+candidates\s+(?:\w+\s+){0,2}?(?:coming|lined\s+up|in\s+the\s+pipeline"
        r"|scheduled|booked)",
        r"\b(?:preciso|precisamos|necesito|necesitamos|tengo\s+que|je\s+dois|nous\s+devons|muss"
        r"|mussen|need\s+to)\s+(?:\w+\s+)?(?:confirmar\w*|consultar\w*|verificar\w*|validar\w*"
        r"|valider|check|confirm|run\s+it\s+by)\s+(?:com|con|avec|mit|with)\b",
        r"\b(?:muss|mussen)\s+(?:\w+\s+){0,6}?(?:abklaren|klaren|absprechen|abstimmen)\b",
        r"\b(?:hesit\w*)\s+encore\b|\bstill\s+hesitat\w*",
        r"\b(?:todavia|aun)\s+(?:no\s+)?(?:lo\s+)?(?:estamos\s+|seguimos\s+)?(?:decidiendo|evaluando"
        r"|pensando|valorando|hemos\s+decidido)",
        r"\bpas\s+encore\s+(?:decide|pris)",
        r"\bnoch\s+(?:nicht\s+)?(?:entschieden|unentschlossen|keine\s+entscheidung)",
        # no decision yet: "todavía no tenemos una decisión", "no decision yet", "ainda não
        # temos uma decisão", "pas encore de décision"
        r"\b(?:todavia|aun|ainda)\s+(?:no|nao)\s+(?:\w+\s+){0,2}?(?:una\s+|uma\s+)?"
        r"(?:decision|decisao)\b|\bno\s+(?:final\s+)?decision\s+(?:\w+\s+)?yet\b"
        r"|\b(?:don'?t|do\s+not)\s+have\s+a\s+(?:final\s+)?decision\s+yet\b"
        r"|\bpas\s+encore\s+(?:de\s+|pris\s+de\s+)?decision\b",
        # the role is not yet budgeted or approved: "le poste n'est pas encore budgété", "not yet
        # approved", "noch nicht budgetiert", "aún no presupuestado", "ainda não orçado"
        r"\b(?:pas\s+encore|not\s+yet|noch\s+nicht|aun\s+no|todavia\s+no|ainda\s+nao)\s+"
        r"(?:\w+\s+)?(?:budget\w*|presupuestad\w*|orcad\w*|approved|valide\w*|aprobad\w*"
        r"|aprovad\w*|freigegeben|genehmigt|signed\s+off)",
        # waiting for the go-ahead: "dès que j'ai le feu vert", "once we get the green light"
        r"\b(?:des\s+que|une\s+fois\s+que|once|as\s+soon\s+as|sobald|en\s+cuanto|cuando"
        r"|quando|assim\s+que)\s+(?:[\w']+\s+){0,4}?(?:le\s+|the\s+|la\s+|o\s+|das\s+)?"
        r"(?:feu\s+vert|green\s+light|luz\s+verde|grune[sn]?\s+licht|sinal\s+verde|go-ahead)",
        r"\bainda\s+(?:estamos\s+)?(?:decidindo|avaliando)|\bainda\s+nao\s+decidimos",
    ),
    Cue.NEUTRAL: (
        # someone else's event called off, so that nothing changes: "the fire drill got called
        # off, so nothing changes", "l'exercice a été annulé, donc rien ne change", "o simulado
        # foi cancelado, então nada muda"; no worries about a move already made ("kein Stress
        # wegen der Verschiebung"); the sender's own appointment moved ("remarquei meu dentista")
        r"\b(?:cancel\w*|called\s+off|annule\w*|abgesagt|ausgefallen|suspendi\w*)\b[^.!?\n]{0,40}?\b(?:nothing"
        r"\s+changes|rien\s+ne\s+change|nada\s+(?:cambia|muda)|andert\s+sich\s+(?:\w+\s+)?nichts)\b",
        r"\b(?:kein(?:e|en)?\s+(?:stress|problem|sorge)|no\s+(?:worries|problem)|pas\s+de\s+(?:souci|probleme)"
        r"|sin\s+problema|tranqui|sem\s+problema)\s+(?:wegen|about|with|for|pour|por|com|con|pela|pelo)\s+"
        r"(?:\w+\s+){0,2}?(?:verschiebung|change|move|delay|retard|retraso|cambio|mudanca|atraso)\b",
        r"\b(?:i\s+moved|i'?ve\s+moved|j'ai\s+(?:deplace|decale|reporte)|movi|cambie|remarquei|reagendei"
        r"|mudei)\s+(?:o\s+|a\s+)?(?:my|mon|ma|mi|meu|minha)\b|\bhabe\s+mein(?:en|e)?\s+\w+\s+"
        r"(?:verlegt|verschoben)\b",
        # whether something is right, asked: "is that right or a glitch?", "c'est normal ?", "está
        # certo ou foi erro?", "¿es correcto?", "stimmt das?"
        r"\b(?:is\s+(?:that|this|it)\s+(?:right|correct|normal)|c'est\s+normal|(?:esta|e|ta)\s+(?:certo"
        r"|correto)|es\s+correcto|stimmt\s+das|ist\s+das\s+richtig)\b(?=[^.!\n]*\?)",
        # a notice of a cancel received: "eine Absage-Mail bekommen", "a cancellation notice", "une
        # notification d'annulation", "un aviso de cancelación", "um aviso de cancelamento"
        r"\b(?:absage|cancel+ation|annulation|cancelacion|cancelamento)[\s-]*(?:mail|e-mail|email|notice"
        r"|notification|nachricht|benachrichtigung|aviso)\b|\b(?:notice|notification|aviso|e?-?mail"
        r"|nachricht|benachrichtigung)\s+(?:of|d'|de|da|zur|uber\s+die)\s*(?:cancel+ation|annulation"
        r"|cancelacion|cancelamento|absage)\b",
        # a notice quoted by its words: "'event cancelled'", "« événement annulé »", "„Termin
        # abgesagt“"
        r"[\"'«„][^\"'«»„\n]{0,30}?(?:cancel\w*|annule\w*|abgesagt|cancelad[oa])\s*[\"'»“]",
        r"\bnot\s+(?:yet\s+)?(?:ready|able)\s+to\s+(?:make|extend)\s+an?\s+offer(?:\s+yet)?",
        r"\boffer\s+(?:him|her|them)\s+(?:other|another|new|more|some)\s+(?:times|slots|dates)",
        r"\blooking\s+forward\s+to\s+(?:hearing|your)",
        r"\bfirst\s+thing\b",
        # (round 28) a pick put off until a question is answered, read whole so that its "any of
        # them" picks nothing
        PICK_PUT_OFF,
        # "I wouldn't reject him outright", "eine Absage wäre verfrüht": no rejection
        r"\b(?:not|never)\s+a\s+(?:no|pass)\b(?:\s+(?:from|for)\s+(?:us|me))?",
        r"\b(?:wouldn'?t|would\s+not|don'?t\s+want\s+to|do\s+not\s+want\s+to|not\s+ready\s+to)\s+"
        r"(?:\w+\s+)?(?:reject|rule\s+(?:\w+\s+)?out|dismiss|pass\s+on|write\s+(?:\w+\s+)?off)\b"
        r"(?:\s+(?:him|her|them))?(?:\s+(?:outright|yet|just\s+yet|too\s+(?:fast|quickly|soon)))?",
        r"\bne\s+(?:voudrais|voudrions|veux|veut)\s+pas\s+(?:l'|les\s+)?(?:ecarter|rejeter|eliminer)\b"
        r"(?:\s+trop\s+(?:vite|tot))?",
        r"\babsage\s+(?:ware|ist)\s+(?:\w+\s+){0,4}?(?:verfruht|zu\s+fruh)\b|\bnicht\s+(?:gleich"
        r"|sofort)\s+absagen\b",
        r"\bno\s+(?:l[oae]s?\s+)?(?:descartaria|rechazaria)(?:mos)?\b(?:\s+del\s+todo)?"
        r"|\bnao\s+(?:[oa]s?\s+)?(?:descartaria|rejeitaria)(?:mos)?\b(?:\s+de\s+todo)?"
        r"|\bne\s+(?:l'|les\s+)?(?:ecarterais|ecarterions|rejetterais|rejetterions|eliminerais)\s+pas"
        r"\b(?:\s+(?:tout\s+de\s+suite|completement|d'emblee))?"
        r"|\bwurden?\s+(?:ihn|sie)\s+(?:noch\s+)?nicht\s+(?:ganz\s+|sofort\s+|gleich\s+)?"
        r"(?:abschreiben|ausschlie(?:ss|\u00df)en|absagen)\b",
        # convinced not yet or not fully: a hedge, not a rejection
        r"\b(?:not\s+(?:yet\s+|fully\s+|entirely\s+|completely\s+|100%\s+)|(?:noch\s+)?nicht\s+"
        r"(?:ganz\s+|vollig\s+|hundertprozentig\s+|restlos\s+)|noch\s+nicht\s+|pas\s+(?:encore\s+"
        r"|tout\s+a\s+fait\s+|completement\s+|entierement\s+)|no\s+(?:del\s+todo\s+|totalmente\s+"
        r"|completamente\s+)|(?:aun|todavia)\s+no\s+|nao\s+(?:totalmente\s+|completamente\s+|de\s+todo\s+)"
        r"|ainda\s+nao\s+)(?:convinced|convaincue?s?|uberzeugt|convencid[oa]s?)\b",
        r"\bno\s+(?:quisiera|quiero|queremos)\s+(?:descartarl[oa]|rechazarl[oa])\b|\bnao\s+(?:queria"
        r"|quero|queremos)\s+(?:descarta-l[oa]|rejeita-l[oa]|descartar|rejeitar)\b",
    ),
    Cue.QUESTION: (
        r"\?",
        r"¿",
        r"\b(?:quick|a)\s+question\b",
        r"\b(?:few|couple\s+of|two|some)\s+(?:quick\s+|small\s+)?questions",
        r"\b(?:could|can)\s+you\s+(?:please\s+)?(?:tell|send|share|confirm|clarify|advise"
        r"|let\s+me\s+know)",
        r"\b(?:i\s+was|i'm)\s+wondering\b",
        r"\bpreguntas?\b",
        r"\bquestions?\b",
        r"\bfragen?\b",
        r"\bperguntas?\b",
    ),
    # A call between the sender and the reader: "call me at 4", "give me a ring", "appelle-moi",
    # "je reste joignable", "ruf mich um 16 Uhr an", "llámame", "me liga às 16h", "je t'appelle",
    # "te llamo", "ligo-te". Beside a call-off its time is the call's; elsewhere it may be the
    # interview's own (a candidate's "call me Wednesday after 2"), so it defers nothing.
    Cue.CALL_ME: (
        r"\b(?:call|ring|phone)\s+me\b|\bgive\s+me\s+a\s+(?:call|ring|buzz)\b"
        r"|\b(?:r?appel(?:le|ez)|telephone[sz]?)-moi\b|\b(?:reste|suis|serai)\s+joignable\b"
        r"|\b(?:ruf|rufe|rufen\s+sie|ruft)\s+mich\s+(?:[\w.]+\s+){0,4}?an\b"
        r"|\b(?:bin|bleibe)\s+(?:\w+\s+){0,3}?erreichbar\b|\bllam(?:ame|eme|adme|enme)\b"
        r"|\b(?:me\s+liga|me\s+ligue|liga-me|ligue-me)\b"
        r"|\bje\s+t'(?:appelle|appellerai|rappelle|rappellerai)\b|\b(?:te|os)\s+(?:llamo|llamare)\b"
        r"|\b(?:ligo|ligarei)-(?:te|vos)\b|\bte\s+(?:ligo|ligarei)\b",
    ),
    Cue.NO_MOVE: (
        # no new time to be offered: "don't offer him new times", "nothing to move it to", "ne
        # proposez pas d'autres créneaux", "no le ofrezcas nuevas fechas", "keinen Ersatztermin
        # anbieten", "não ofereça novos horários" (a move word negated: `_negated_move`)
        r"\b(?:don'?t|do\s+not|no\s+need\s+to|not\s+to|never)\s+(?:\w+\s+){0,2}?(?:offer|propose|send"
        r"|suggest|give|find|look\s+for|line\s+up|book|arrange|set\s+up)\s+(?:\w+\s+)?(?:new|other"
        r"|alternative|replacement|more|another)\s+(?:times?|slots?|dates?|days?)\b"
        r"|\bnothing\s+to\s+move\s+(?:it|this|that)\s+to\b|\bno\s+need\s+to\s+(?:propose|offer|find"
        r"|book)\s+anything\b|\bnothing\s+to\s+re-?(?:book|arrange|plan)\b",
        # "merci de ne pas chercher d'autre date", "no hace falta buscar otra fecha", "não precisa
        # procurar outra data", "eine Verschiebung ist nicht nötig", "nichts neu zu planen"
        r"\bne\s+pas\s+(?:chercher|proposer|trouver|reprendre)\s+(?:d'autres?|de\s+nouv\w+)\s+"
        r"(?:dates?|creneaux|horaires?)\b|\bno\s+(?:hace\s+falta|es\s+necesario)\s+(?:buscar|proponer"
        r"|ofrecer)\s+(?:otr[ao]s?|nuev[ao]s?)\s+(?:fechas?|horas?|horarios?)\b|\bnao\s+(?:precisa|e\s+preciso)"
        r"\s+(?:procurar|propor|oferecer|buscar)\s+(?:outr[ao]s?|nov[ao]s?)\s+(?:datas?|horarios?|horas?)\b"
        r"|\b(?:verschiebung|ersatztermin|neuer\s+termin)\s+ist\s+(?:\w+\s+)?(?:nicht\s+(?:notig"
        r"|erforderlich)|unnotig)\b|\bnichts\s+(?:neu\s+)?zu\s+(?:planen|verschieben)\b"
        # (round 49) the new date not needed: "einen Ersatztermin brauchen wir nicht", "we don't
        # need a new slot", "no necesitamos otra fecha", "não precisamos de nova data"
        r"|\b(?:einen\s+)?(?:ersatztermin|neuen\s+termin)\s+(?:brauchen|benotigen)\s+(?:wir|sie)\s+"
        r"(?:\w+\s+)?nicht\b|\b(?:don'?t|do\s+not|won'?t)\s+need\s+(?:a|any)\s+(?:new|other"
        r"|replacement|alternative)\s+(?:time|slot|date)s?\b|\bno\s+necesitamos\s+(?:otra|nueva)s?\s+"
        r"(?:fechas?|horas?|horarios?)\b|\bnao\s+precisamos\s+de\s+(?:outra|nova)s?\s+(?:datas?"
        r"|horarios?|horas?)\b",
        r"\bne\s+(?:lui\s+|leur\s+)?(?:proposez|proposer|propose|proposons|offrez)\s+pas\s+(?:d'autres"
        r"|de\s+nouveaux|de\s+nouvelles)\s+(?:creneaux|dates|horaires)\b",
        r"\bno\s+(?:le\s+|les\s+)?(?:ofrezcas|ofrezcan|ofrezca|propongas|propongan|proponga|busques"
        r"|busquen)\s+(?:nuevas|nuevos|otras|otros)\s+(?:fechas|horas|horarios)\b",
        r"\bnao\s+(?:lhe\s+)?(?:ofereca|oferecam|proponha|proponham|sugira|sugiram)\s+(?:novos|novas"
        r"|outros|outras)\s+(?:horarios|datas|horas)\b",
        r"\bkeine?[nr]?\s+(?:neue[nr]?\s+|andere[nr]?\s+)?(?:ersatz)?termine?\s+(?:mehr\s+)?(?:anbieten"
        r"|vorschlagen|notig|suchen)\b",
    ),
    Cue.ELSEWHEN: (
        r"\binstead\b(?!\s+of)",
        r"\b(?:other|different|alternative|new)\s+(?:times?|days?|dates?|slots?|options?)\b",
        r"\bsomething\s+(?:else|later|earlier)\b",
        rf"\b(?:{INSTEAD})\b",
        r"\botr[oa]s?\s+(?:dias?|horas?|horarios?|fechas?|datas?)\b|\bautres?\s+(?:creneaux|dates)",
        r"\bandere[nr]?\s+(?:termine?|zeiten?|tage?)\b",
    ),
    Cue.LATER: (
        # the sender's own call to the candidate names when they act, not when anyone is free:
        # "I'll ring her at lunch", "je l'appelle à 17h", "ich rufe sie heute an", "le llamo yo
        # a las 17:00", "eu ligo para ele às 17h"
        # (or by name: "I'll phone Lena at 9", "je passerai un coup de fil à Julie vers 17h", "ich
        # rufe Lukas um 16 Uhr an", "le marco a Valeria", "ligo pra Larissa lá pelas 17h")
        r"\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|let\s+me)\s+(?:\w+\s+)?(?:call|ring|phone|tell|inform"
        r"|let)\s+(?:him|her|them|you|[a-z]+)\b|\bje\s+(?:l'|les\s+|lui\s+)(?:appelle|appellerai"
        r"|previens|previendrai|telephone)\b|\bj'(?:appelle|appellerai)\s+\w+|\bje\s+(?:passerai|passe|donnerai|donne)\s+un\s+coup\s+de"
        r"\s+(?:fil|telephone)\b|\bje\s+(?:vous|te)\s+(?:rappelle|rappellerai|appelle|appellerai)\b(?!\s+que\b)"
        # or news the sender breaks to them: "se lo comunico yo", "je le lui dirai", "ich sage es
        # ihm", "eu comunico a ele", "I'll break it to her"
        r"|\bse\s+(?:lo|la)\s+(?:comunico|comunicare|digo|dire|explico|explicare|cuento|contare)\b"
        r"|\bje\s+(?:le\s+lui|lui\s+en)\s+(?:dirai|dis|parlerai|parle|annoncerai|annonce|explique"
        r"|expliquerai)\b|\bich\s+(?:sage|erklare|teile)\s+es\s+(?:ihm|ihr)\b|\b(?:eu\s+)?(?:comunico"
        r"|explico|informo|aviso)\s+(?:a\s+)?(?:ele|ela)\b|\bi'?ll\s+break\s+(?:it|the\s+news)\s+to\b"
        r"|\bich\s+(?:rufe|ruf)\s+(?:sie|ihn|\w+)\b|\b(?:le|la|lo|les)\s+(?:llamo"
        # (round 35: the Mexican "le hablo", a call, and a word written or told them: "yo le
        # hablo hoy en la tarde", "le escribo mañana", "les aviso en la tarde")
        r"|llamare|marco|marcare|hablo|hablare|escribo|escribire|aviso|avisare|explico|explicare)\b"
        r"|\b(?:eu\s+)?(?:ligo|ligarei|vou\s+ligar)\s+(?:para|pra)\s+\w+\b"
        # (with the pronoun before or after the verb, or "myself" said: "je le préviens moi-même",
        # "llamo yo a la candidata", "eu ligo-lhe", "aviso-a amanhã", "ich sage ihr Bescheid")
        r"|\bje\s+(?:le|la)\s+(?:previens|previendrai|appelle|appellerai|contacte|recontacte"
        r"|informe|tiens\s+au\s+courant)\b|\b(?:llamo|llamare|aviso|avisare|escribo|contacto)\s+yo\b"
        r"|\b(?:ligo|ligarei|aviso|avisarei|informo|contacto)-(?:lhe|o|a|os|as)\b"
        r"|\bich\s+(?:sage|gebe)\s+(?:ihr|ihm)\s+(?:\w+\s+){0,3}?bescheid\b"
        # or a talk the sender will have with them: "je lui parle ce soir", "ich spreche heute mit
        # ihm", "hablo yo con ella", "eu própria falo com ela hoje" (the English "I'll talk to her
        # Friday" may be the interview moved, and is left to doubt)
        r"|\bje\s+(?:vais\s+)?lui\s+(?:parle|parlerai|parler)\b|\bich\s+(?:spreche|rede)\s+(?:\w+\s+){0,2}?"
        r"mit\s+(?:ihr|ihm|\w+)\b|\b(?:hablo|hablare|voy\s+a\s+hablar)\s+(?:yo\s+)?con\s+\w+"
        r"|\b(?:falo|falarei|vou\s+falar)\s+(?:eu\s+)?com\s+\w+"
        r"|\bich\s+telefoniere\s+(?:\w+\s+){0,3}?mit\b"
        # or a call given them: "I'll give Marcus a ring", "je lui passe un coup de fil", "ich
        # melde mich telefonisch bei ihm", "le doy un toque", "eu dou uma ligada pra ela"
        r"|\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|let\s+me)\s+(?:\w+\s+)?give\s+(?:him|her|them|\w+)\s+a\s+"
        r"(?:\w+\s+)?(?:ring|call|buzz|bell|phone\s+call)\b"
        r"|\bje\s+(?:lui|leur)\s+(?:passe|passerai|donne|donnerai)\s+un\s+(?:petit\s+)?coup\s+de\s+"
        r"(?:fil|telephone)\b|\bich\s+melde\s+mich\s+(?:\w+\s+){0,4}?bei\s+(?:ihm|ihr|\w+)\b"
        r"|\b(?:le|les)\s+(?:doy|dare|hago|pego)\s+(?:un|una)\s+(?:toque|llamada|telefonazo|llamadita)\b"
        r"|\b(?:eu\s+)?(?:dou|darei|faco|farei)\s+(?:uma?|um)\s+(?:toque|ligacao|ligada|telefonema)\s+"
        r"(?:pra|para|a)\s+\w+\b|\bdou-lhe\s+um\s+(?:toque|telefonema)\b",
        # as does a call someone else of theirs will make: "he will call you early next week",
        # "elle vous appellera en début de semaine", "sie ruft Sie Anfang nächster Woche an", "le
        # llamará el lunes", "ele te liga no começo da semana"
        r"\b(?:he|she|they)(?:'ll|\s+will|\s+is\s+going\s+to|\s+are\s+going\s+to)\s+(?:\w+\s+)?"
        r"(?:call|ring|phone|contact)\s+(?:you|him|her|them)\b|\b(?:il|elle|ils|elles)\s+(?:vous|te|l'|le|la)"
        r"\s*(?:appellera|rappellera|contactera|telephonera|appelleront|rappelleront)\b"
        r"|\b(?:er|sie)\s+ruft\s+(?:sie|dich|ihn|euch)\b|\b(?:le|te|les|lo|la)\s+(?:llamara|llamaran"
        r"|contactara)\b|\b(?:ele|ela|eles|elas)\s+(?:te|lhe|vos|o|a)\s+(?:liga|ligara|ligarao"
        r"|vai\s+ligar|contacta|contactara)\b",
        # and so does the call the sender already has with them: "I have a call with him at 4",
        # "ich habe um 16 Uhr ein Telefonat mit ihm", "j'ai un appel avec elle à 16h"
        r"\bi(?:\s+have|'ve\s+got|'ve|\s+am\s+having|'m\s+having)\s+(?:\w+\s+){0,4}?(?:call|chat|catch-up)"
        r"\s+with\s+(?:him|her|them)\b"
        r"|\bich\s+(?:habe|hab|fuhre)\s+(?:\w+\s+){0,6}?(?:telefonat|anruf|call|telefongesprach)"
        r"\s+mit\s+(?:ihm|ihr)\b"
        r"|\bj'ai\s+(?:\w+\s+){0,4}?(?:appel|call|point\s+telephonique)\s+avec\s+(?:lui|elle)\b"
        # (a subjectless verb takes the hour before it: "a las 9 tengo una llamada con ella")
        r"|\b(?:a\s+las?\s+[\d:]+\s+)?tengo\s+(?:\w+\s+){0,4}?(?:llamada|call)\s+con\s+(?:ella|el)\b"
        r"(?!\s+(?:equipo|cliente)\b)"
        r"|\b(?:as\s+[\d:]+h?\s+)?tenho\s+(?:\w+\s+){0,4}?(?:chamada|ligacao|call)\s+com\s+(?:ele|ela)\b",
        # the sender's own diary not known yet: "my schedule for next week isn't fixed yet",
        # "mon planning n'est pas encore calé", "todavía no tengo cerrada la agenda", "meine
        # Planung steht noch nicht", "ainda não sei a minha agenda"
        r"\b(?:schedule|calendar|diary|rota|availability|plans?|planning|agenda|emploi\s+du\s+temps"
        r"|calendrier|planung|kalender|dienstplan|wochenplan|horario|calendario|escala)\b"
        r"[^.!?;\n]{0,40}?(?:\b(?:isn'?t|is\s+not|aren'?t|are\s+not|not)\s+(?:\w+\s+)?(?:yet|fixed|set"
        r"|final|finali[sz]ed|confirmed|clear|known|sorted)\b|\bpas\s+encore\b|\bnoch\s+(?:nicht"
        r"|offen|unklar)\b|\b(?:todavia|aun)\s+no\b|\bainda\s+nao\b)",
        r"\b(?:don'?t|do\s+not|doesn'?t)\s+(?:yet\s+)?know\s+(?:\w+\s+){0,2}?(?:schedule|calendar|diary"
        r"|rota|availability|plans?)\b|\bne\s+(?:connais|sais)\s+pas\s+encore\b"
        r"|\b(?:todavia|aun|ainda)\s+(?:no|nao)\s+(?:\w+\s+){0,3}?(?:agenda|horario|calendario|escala"
        r"|se|sei|conozco|conheco)\b|\bnoch\s+nicht\s+(?:\w+\s+){0,3}?(?:planung|plan|kalender)\b",
        r"\b(?:i'?ll|i\s+will|we'?ll|we\s+will|will)\s+(?:\w+\s+)?(?:send|revert|get\s+back|ping|email"
        r"|write|message|text|drop\s+you"
        r"|come\s+back|be\s+in\s+touch|let\s+you\s+know|check|confirm|follow\s+up)",
        r"\blet\s+me\s+(?:check|look|see)\b",
        # "once I'm back" defers only when it opens its clause ("Once I'm back, I'll send times");
        # after a time it is the condition of that offer ("Thursday after 2 once I'm back")
        r"\b(?:(?<![\w\s,])|(?<=[.!?;\n]\s)|(?<=[.!?;\n]\s\s))once\s+(?:i'?m|i\s+am|we'?re|we\s+are)"
        r"\s+back\b",
        # a promise of later times; the present ("te paso", "je vous envoie") hands them over now
        r"\b(?:les|os)\s+escribo\b|\b(?:les|os|te|le)\s+(?:escribire|mandare|enviare|pasare)\b"
        r"|\b(?:les|os|te|le)\s+(?:escribo|mando|envio|paso)\s+(?:\w+\s+){0,3}?(?:luego|despues|manana"
        r"|mas\s+tarde|a\s+la\s+vuelta|cuando)\b|\bme\s+pondre\s+en\s+contacto",
        r"\bje\s+vous\s+(?:enverrai|transmettrai|renverrai)\b",
        # word to follow: "os digo algo la semana que viene", "je vous dirai", "ich sage Bescheid"
        r"\b(?:os|te|le|les|lhe|vos)\s+(?:digo|dire|aviso|avisare|falo|direi)\b"
        r"|\bje\s+vous\s+(?:dirai|tiens\s+au\s+courant)\b"
        r"|\b(?:ich\s+)?(?:sage|gebe)\s+(?:ihnen\s+|dir\s+|euch\s+)?(?:dann\s+|noch\s+|spater\s+)?"
        r"bescheid\b",
        # a look at the diary still to come: "ich schaue in meinen Kalender", "je regarde mon
        # agenda", "miro mi agenda", "vou ver a minha agenda", "I'll check my calendar"
        r"\b(?:ich\s+)?(?:schaue|schau|sehe)\s+(?:\w+\s+){0,3}?in\s+meinen\s+kalender\b"
        r"|\bje\s+(?:regarde|regarderai|vais\s+regarder)\s+(?:\w+\s+){0,2}?mon\s+(?:agenda|calendrier)\b"
        r"|\b(?:miro|mirare|revisare|reviso|voy\s+a\s+mirar)\s+(?:\w+\s+){0,2}?(?:mi|la)\s+"
        r"(?:agenda|calendario)\b"
        # news to follow: "dou notícias amanhã", "te doy noticias", "je vous donne des nouvelles"
        r"|\b(?:dou|darei|damos|daremos|doy|dare)\s+(?:noticias|novedades|retorno|um\s+retorno)\b"
        r"|\bje\s+vous\s+(?:donne|donnerai|redis|redirai|recontacte|recontacterai)\b"
        r"|\b(?:vejo|verei|vou\s+ver|olho|vou\s+olhar)\s+(?:\w+\s+){0,2}?(?:a\s+)?minha\s+agenda\b"
        r"|\b(?:i'?ll|i\s+will|let\s+me)\s+(?:check|look\s+at)\s+my\s+(?:calendar|diary|schedule)\b",
        # new times sent in the present but named for a later day: "envio-vos novos horários
        # amanhã", "te mando otros horarios mañana", "ich schicke Ihnen morgen neue Zeiten"
        r"\b(?:envio|mando|passo|paso|escribo|envoie|schicke|sende)(?:-(?:vos|lhe|lhes|te))?\s+"
        r"(?:[\w-]+\s+){0,3}?(?:"
        + _NEW_TIMES
        + r"\s+"
        + _SOON
        + r"|"
        + _SOON
        + r"\s+(?:de\s+)?"
        + _NEW_TIMES
        + r")\b(?!\s*:)",
        r"\bich\s+(?:schicke|sende|schick)\s+(?:ihnen\s+|dir\s+|euch\s+)?(?:dann|spater)\s+",
        # the later day first: "mañana os paso nuevos horarios", "demain je vous envoie d'autres
        # créneaux", "morgen schicke ich Ihnen neue Termine"
        r"\b" + _SOON + r"\s+(?:(?:les|os|te|le|je|vous|lhe|vos|ich|ihnen|dir|euch|eu)\s+){0,2}"
        r"(?:envio|mando|paso|passo|escribo|envoie|envoi|schicke|sende)\s+"
        r"(?:(?:les|os|te|le|je|vous|lhe|vos|ich|ihnen|dir|euch|eu)\s+){0,2}(?:d')?" + _NEW_TIMES,
        r"\b(?:te|lhe|vos)\s+(?:mando|envio|passo)\s+(?:\w+\s+){0,3}?(?:depois|mais\s+tarde"
        r"|quando)\b",
        # (round 32: and Québec's "je vous reviens", "je te reviens là-dessus")
        r"\bje\s+(?:(?:vous|te)\s+)?(?:reviens|reviendrai)\b",
        # "(und) melde mich dann mit Alternativen": the first person needs no "ich"
        r"\bmelde\s+mich\b(?!\s+(?:\w+\s+)?krank)|\bmeldet\s+sich\b|\bmelden\s+uns\b",
        # other times promised, nothing after them in the sentence: "und schicke dann
        # Alternativen", "y te paso alternativas", "e te mando outras datas"
        r"\b(?:schicke|sende|paso|mando|envio|passo)\s+(?:\w+\s+){0,2}?(?:alternativen|alternativas"
        r"|andere\s+termine|outras\s+datas|otras\s+fechas|alternatives)(?=\s*(?:[.!\n]|$))",
        r"\b(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+(?:\w+\s+)?(?:get|be|keep)\s+in\s+touch\b",
        r"\b(?:eu\s+)?(?:retorno|volto\s+a\s+falar)\b",
        r"\b(?:can|could|may)\s+(?:i|we)\s+(?:come|get)\s+back\s+to\s+you",
        r"\bvolto\s+a\s+(?:contactar|entrar\s+em\s+contato)|\bentro\s+em\s+contato\b",
    ),
}

# Verdicts that read as weak though they are scanned with the strong cues (a scan of their
# own would cost a pass over the reply): a next step named beside them decides ("not
# convinced on SQL, but let's do a technical round", "mixed feelings; a final round then"),
# and alone they are too vague to act on (hold or reject?), so a person reads them.
_SOFT: dict[Cue, tuple[str, ...]] = {
    Cue.REJECT: (
        # not convinced ("Pas convaincus", "nicht überzeugt", "no nos convenció"); hedged forms
        # ("not fully convinced") are NEUTRAL
        r"\b(?:not|pas|nicht|no|nao)\s+(?:(?:ficamos|fiquei|ficou|estamos|estou|quedamos|quede"
        r"|quedo|estamos)\s+)?(?:really\s+|vraiment\s+|wirklich\s+|muy\s+|muito\s+)?"
        r"(?:convinced|convaincue?s?|uberzeugt|convencid[oa]s?)\b"
        r"|\bno\s+(?:nos|me)\s+(?:convencio|convence)\b|\bnao\s+(?:nos|me)\s+convenceu\b"
        r"|\bhat\s+(?:uns|mich)\s+nicht\s+uberzeugt\b|\bne\s+(?:nous|m')\s*a\s+pas\s+convaincu",
    ),
    Cue.HOLD: (
        # mixed impressions: "mixed feelings", "avis partagé", "sensaciones encontradas"
        r"\bmixed\s+(?:feedback|reviews|opinions|feelings|impressions)",
        r"\bgemischte[n]?\s+(?:gefuhle|eindrucke|eindruck)\b|\b(?:sentimientos|sensaciones|impresiones)"
        r"\s+encontrad[oa]s\b|\b(?:sentiments|impressions|avis)\s+(?:mitige|mitiges|partage|partages"
        r"|mixtes)\b|\b(?:sentimentos|impressoes|opinioes)\s+(?:mistos|mistas|divididos|divididas)\b",
    ),
}

# Weak cues count only when no strong cue of an intent-deciding kind is present.
_WEAK: dict[Cue, tuple[str, ...]] = {
    # a whole reply of one word from a client after the round: "No.", "Pass.", with thanks or
    # regret after it: "non merci", "nein, danke", "no va, gracias", "não rola, valeu"
    Cue.REJECT: (
        r"^\W*(?:no|nope|nah|pass|paso|passo|non|nein|nee|nao|no\s+va|nao\s+rola|raus|kein\s+interesse"
        r"|leider\s+nein|sadly\s+no|malheureusement\s+non|lamentablemente\s+no|infelizmente\s+nao"
        r"|passt\s+(?:leider\s+)?nicht|nao\s+e\s+(?:pra|para)\s+(?:gente|nos)|not\s+for\s+us"
        # "on n'y va pas", "no vamos", "não vamos", "wir lassen es"
        r"|on\s+n'y\s+va\s+pas|on\s+passe|no\s+vamos|nao\s+vamos|wir\s+lassen\s+es"
        # as phones write them: "no go. thx", "nop", "hard no"
        r"|no[\s-]?go|nop|hard\s+no)"
        r"(?:\W+(?:merci|danke|thanks|thx|gracias|obrigad[oa]|valeu|sorry|desole|perdon|leider))*\W*$",
        # a bare "doesn't fit" opening the reply: "Passt nicht. Danke trotzdem."
        r"^\W*(?:passt\s+(?:leider\s+)?nicht|not\s+a\s+fit|no\s+fit|nope|nein\s+danke|no\s+thanks)\s*[.!]",
        # "No go on this one.": a no-go said of the candidate rather than of a day
        r"^\W*(?:(?:it'?s\s+)?a\s+)?no[\s-]go\s+(?:on|for)\s+(?:this\s+one|him|her|them"
        r"|this\s+(?:candidate|person))\W*$",
    ),
    # a whole reply of one word or two going on: "👍 weiter", "Adelante.", "Next round!"
    # (after a yes: "yes let's go", "ja, weiter", "sí, adelante", "oui, on continue")
    Cue.ADVANCE: (
        r"^\W*(?:(?:yes|yep|yeah|ja|si|sim|oui|ok|okay)\W+)?(?:let'?s\s+go|weiter|adelante|avanti"
        r"|next\s+round|next\s+step|on\s+continue|seguimos|bora|avancamos|continuamos|go\s+ahead"
        r"|pode\s+avancar|move\s+(?:him|her|them)\s+(?:forward|fwd|ahead|on))\W*$",
    ),
    # the terms of a job, read only as a verdict after the round: "120k base", "salario de 60k",
    # "start date", "prise de poste", "empezaría en marzo", "Eintrittsdatum", "com início em"
    Cue.OFFER: (
        r"\b\d+(?:[.,]\d+)?\s?k\s+(?:base|salary|gross|brut|bruto|brutto)\b"
        r"|\b(?:base\s+salary|salary|salario|sueldo|salaire|gehalt|remuneracao|remuneration)\s+"
        r"(?:of\s+|de\s+|von\s+)?\d",
        r"\b(?:start(?:ing)?\s+date|fecha\s+de\s+(?:inicio|incorporacion)|prise\s+de\s+poste"
        r"|date\s+de\s+(?:debut|demarrage)|eintrittsdatum|startdatum|data\s+de\s+(?:inicio|entrada)"
        r"|empezaria|se\s+incorporaria|commencerait|comecaria|com\s+inicio\s+em|demarrage)\b",
    ),
    Cue.CONFIRM: (
        # (not a "sure" that is something else's: "I want to make sure we're in the same
        # ballpark", "not sure", "to be sure")
        r"\b(?:perfect|great|(?<!make\s)(?<!making\s)(?<!not\s)(?<!be\s)sure|yes|yep|yup|ok|okay"
        r"|sounds\s+good|noted|accept(?:ed)?)\b",
        r"\b(?:perfecto|vale|genial|de\s+acuerdo|acepto|parfait|d'accord|j'accepte|perfekt"
        r"|super|prima|einverstanden|angenommen|perfeito|certo|claro|aceito)\b",
        # the booked time restated as it stands: "Same time Wednesday", "Même heure mercredi",
        # "Gleiche Uhrzeit am Mittwoch", "Misma hora el miércoles", "Mesmo horário na quarta"
        r"\b(?:same\s+time|meme\s+heure|gleiche\s+(?:uhr)?zeit|misma\s+hora|mesmo\s+horario)\b",
        # a yes said as likely: "should be fine", "ça devrait être bon", "sollte klappen",
        # "debería estar bien", "deve dar certo"
        r"\b(?:should\s+(?:be\s+(?:fine|ok|okay|good)|work)|devrait\s+(?:etre\s+bon|aller|marcher|le\s+faire)"
        r"|(?:sollte|musste)\s+(?:klappen|passen|gehen)|deberia\s+(?:estar\s+bien|ir\s+bien|funcionar|valer)"
        r"|deve\s+(?:dar\s+certo|funcionar|dar))\b",
        "\U0001f44d",
    ),
    Cue.HOLD: (
        r"\b(?:get|come)\s+back\s+to\s+you\b",
        r"\bnous\s+(?:reviendrons|revenons)\s+vers\s+vous",
        r"\bmelden\s+uns\s+(?:noch|wieder)",
        # still seeing others: "entrevistar a otros dos finalistas", "d'autres candidats"
        r"\b(?:otros|otras|outros|outras|d'autres|weitere|other|more)\s+(?:\w+\s+)?"
        r"(?:candidat\w*|finalist\w*|kandidat\w*|bewerber\w*)",
    ),
    Cue.THANKS: (
        r"\bthanks?\b|\bthank\s+you\b|\bcheers\b|\bmuch\s+appreciated\b|\bappreciate\b",
        r"\bgracias\b|\bmerci\b|\bdanke\b|\bvielen\s+dank\b|\bobrigad[oa]\b",
        # (round 49) thanks by the verb: "je tiens à vous remercier", "ich möchte mich bedanken",
        # "quería agradecerles", "queria agradecer", "dankeschön", "herzlichen Dank"
        r"\bremerci\w*|\bbedank\w*|\bdankesch\w*|\bherzlichen\s+dank\b|\bagradec\w*|\bagradezc\w*"
        r"|\bagradeco\b",
        r"\bgot\s+it\b|\bunderstood\b|\bwill\s+do\b|\bnoted\b",
        # (round 48) the pleasure of a conversation had, the thanks of a candidate after a round:
        # "I really enjoyed the conversation", "it was lovely to finally meet Dr. Steiner", "a very
        # nice discussion", "j'ai beaucoup apprécié l'échange", "es hat mich sehr gefreut", "fue un
        # placer conocerlos", "gostei muito da conversa"
        r"\b(?:enjoyed|loved)\s+(?:\w+\s+){0,2}?(?:conversation|discussion|chat|talk|interview"
        r"|meeting|speaking|talking|chatting)s?\b"
        r"|\b(?:lovely|nice|great|good|wonderful|a\s+(?:real\s+)?pleasure|pleasure)\s+(?:\w+\s+)?"
        r"(?:to|meeting|speaking|talking)\s+(?:\w+\s+)?(?:meet|speak|talk|chat|see|you|everyone|the)\b"
        r"|\b(?:very|really|such\s+a)\s+(?:nice|good|great|lovely|interesting|insightful|pleasant)"
        r"\s+(?:conversation|discussion|chat|talk|interview|meeting|exchange)\b"
        r"|\b(?:j'ai|nous\s+avons)\s+(?:\w+\s+)?apprecie\b|\b(?:c'etait|ce\s+fut)\s+un\s+(?:vrai\s+)?plaisir\b"
        r"|\b(?:tres|vraiment)\s+(?:bon|bel|agreable|riche|interessant)\s+(?:echange|entretien|moment)\b"
        r"|\bhat\s+mich\s+(?:\w+\s+)?gefreut\b|\b(?:gesprach|austausch)\s+war\s+(?:\w+\s+)?(?:angenehm"
        r"|spannend|interessant|schon|nett)\b"
        r"|\bfue\s+un\s+(?:verdadero\s+)?placer\b|\bme\s+gusto\s+(?:\w+\s+)?(?:la\s+)?(?:conversacion"
        r"|charla|entrevista|reunion)\b|\bfoi\s+um\s+(?:grande\s+)?prazer\b|\bgostei\s+(?:\w+\s+)?da"
        r"\s+(?:conversa|entrevista|reuniao)\b",
    ),
    Cue.BUSY: (
        r"\b(?:i'?m|i\s+am|i'?ll\s+be|i\s+will\s+be|we'?re|we\s+are|we'?ll\s+be|he'?s|she'?s"
        r"|they'?re|i've\s+got|i\s+have|we\s+have|we've\s+got|i\s+had)\s+(?!back\b)(?:\w+\s+)?(?:at"
        # (not at work until a time: "Friday I'm only in until noon" is there, then gone)
        r"|in(?!\s+(?:until|till|til)\b)|on"
        rf"|away|{OFF_WORK}|out|travel+ing|busy|tied\s+up|stuck|booked|unavailable|home|flying|abroad"
        # (not a free slot: "I've got a free after lunch", "I have a free hour")
        r"|an?(?!\s+free\b))\b",
        r"\b(?:came|come|coming)\s+up\b",
        # "un empêchement jeudi", "me surgió un viaje", "etwas ist dazwischengekommen"
        r"\b(?:empechement|imprevu|imprevisto|contratiempo|dazwischen\s*gekommen|surgi[ou](?:-me)?)\b",
        r"\b(?:clash|conflict|conference|offsite|off-site|all-hands|dentist|doctor|exams?"
        # ("leave" the noun, not the verb of going after "to" or "must": "I need to leave by 4",
        # "I must leave at 4" bound the day, which the time reader reads)
        r"|holiday|vacation|(?<!\bto\s)(?<!\bmust\s)(?<!\bgotta\s)leave|sick|trip|flight|wedding"
        r"|funeral)\b",
        r"\b(?:brutal|packed|slammed|swamped|hectic|mess|crazy|rough|chaos|chaotic)\b",
        r"\bscheduled\s+(?:an?|the|my)\b",
        r"\b(?:is|are)\s+when\s+(?:i|we)\b",
        r"\b(?:that'?s|that\s+is|which\s+is|they'?re|they\s+are|those\s+are|it'?s)\s+"
        # "that's 6pm for me", "that's 1pm your side" restate a time in one zone or the other;
        # they are no constraint, also with the zone wrapped onto the next line or the clock
        # written with a point ("that is 10.30 pm here")
        r"(?:all\s+|only\s+|just\s+|still\s+)?(?:\d(?!(?:[^.!?,;\n]|(?<=\d)\.(?=\d)|\n(?!\s*\n)){0,24}?(?:\b(?:for\s+me|my\s+time"
        r"|for\s+you|your\s+(?:side|time|end)|yours"
        r"|here|local\s+time|on\s+my\s+end|[a-z]{1,2}[sd]?t|gmt|utc|cet|cest)\b|\?))|early|late"
        r"|first|the\s+middle)",
        # (not at home, where a call is taken: "a esa hora ya estoy en mi casa")
        r"\b(?:estoy|estare)\s+(?:de\s+viaje|fuera|ocupad[oa]|cubriendo|en(?!\s+(?:mi\s+)?casa\b))\b",
        r"\btengo\s+(?:una?|examenes|cita|reuniones)\b",
        r"\b(?:je\s+suis|je\s+serai)\s+(?:en\s+deplacement|absente?|pris|occupee?|en\s+conge)",
        r"\bich\s+bin\s+(?:\w+\s+)?(?:unterwegs|im\s+urlaub|verreist|krank|nicht\s+da)",
        r"\b(?:estou|estarei)\s+(?:viajando|de\s+ferias|ocupad[oa]|fora|em\s+viagem|de\s+viagem)",
        # somewhere else for part of a day, as "I'm at the warehouse all morning": "bin ich den
        # ganzen Vormittag im Lager", "je suis à l'usine", "estoy toda la mañana en el almacén"
        r"\b(?:bin\s+ich|ich\s+bin|sind\s+wir|wir\s+sind)\s+(?:\w+\s+){0,4}?(?:im|in\s+(?:der|einem|einer)"
        r"|auf\s+(?:der|dem|einer|einem)|beim)\s+(?!buro\b|homeoffice\b)",
        r"\bje\s+(?:suis|serai)\s+(?:\w+\s+){0,3}?(?:a\s+l'|au|aux|chez)\s*(?!bureau\b|ecoute\b)",
        r"\b(?:estoy|estare)\s+(?:(?!disponible|libre)\w+\s+){1,3}en\b",
        r"\b(?:estou|estarei)\s+(?:(?!disponivel|livre)\w+\s+){0,3}?(?:no|na|em)\s+(?!casa\b)",
        # the same from a phone, its subject left out: "bin ab Samstag für 14 Tage auf der
        # Plattform", "bin die ganze Woche auf Montage"
        r"(?:^|(?<=[,;:.!\n]))\s*bin\s+(?:[\w.]+\s+){0,5}?(?:im|in\s+(?:der|einem|einer)"
        r"|auf\s+(?:der|dem|einer|einem)|auf\s+montage|beim|unterwegs|weg|verreist)\b",
        # a stretch away told by its length: "from Saturday for two weeks", "pour quinze jours",
        # "für 14 Tage", "durante dos semanas", "14 dias na plataforma" (not a length offered:
        # "free for two weeks")
        r"\b(?<!free\s)(?<!libre\s)(?<!frei\s)(?<!livre\s)(?:for|pour|pendant|fur|por|durante)\s+"
        r"(?:the\s+next\s+|les\s+|die\s+nachsten\s+|los\s+proximos\s+|os\s+proximos\s+)?"
        r"(?:\d{1,2}|two|three|four|a\s+couple\s+of|a\s+few|deux|trois|quatre|huit|quinze"
        r"|quelques|zwei|drei|vier|ein\s+paar|einige|dos|tres|cuatro|quince|unos|unas|dois|duas"
        r"|quatro|quinze|uns|umas)\s+(?:days|weeks|nights|jours|semaines|nuits|tage|wochen"
        r"|nachte|dias|semanas|noches|noites)\b(?!\s+(?:a|per|par|pro|por|al|ao)\s)",
        r"\b(?:estoy|estare|estou|estarei|fico|ficarei|quedo)\s+(?:\d{1,2}|dos|tres|quince|dois|duas"
        r"|quinze)\s+(?:dias|semanas)\b",
    ),
}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    lower = char.lower()
    if len(lower) != 1:
        return char
    bare = "".join(c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c))
    return bare if len(bare) == 1 else lower


_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})


class _Folding(dict[int, str]):
    """`str.translate`'s table of `_fold_char`, filled as characters are first seen: one pass in
    C over the text, not a call per character."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLDING = _Folding()


def fold(text: str) -> str:
    """Lower case, accents stripped, straight quotes; the same length as `text`."""
    return text.translate(_QUOTES).translate(_FOLDING)


def _alternation(patterns: tuple[str, ...]) -> str:
    # Every \b pattern starts with a letter, so one shared look-behind stands for all their \b:
    # the engine then skips each position inside a word at once, and each word start tries only
    # the branches that can begin with its letter.
    bounded = [b for p in patterns if p.startswith(r"\b") for b in _words(p.removeprefix(r"\b"))]
    rest = [p for p in patterns if not p.startswith(r"\b")]
    parts = [grouped(bounded, by_second=True)] if bounded else []
    # The others are tried at every position, not only at word starts: grouped by the characters
    # they can start with, a position none of them opens on skips them all at once (where those
    # of each are known: one that may start with anything would be tried everywhere still).
    if rest and all(opening_known(p) for p in rest):
        return "|".join([*parts, grouped(rest, word_start=False)])
    return "|".join(parts + [f"(?:{p})" for p in rest])


def _words(pattern: str) -> list[str]:
    r"""The branches of "a|\bb|\bc", each grouped by its own first letters (the later ones keep
    their \b: the shared look-behind stands for the first one's only)."""
    parts = branches(f"(?:{pattern})")
    return parts if all(part.startswith(r"\b") for part in parts[1:]) else [pattern]


def _compile(table: dict[Cue, tuple[str, ...]]) -> tuple[tuple[Cue, re.Pattern[str]], ...]:
    return tuple((cue, re.compile(_alternation(pats))) for cue, pats in table.items())


_STRONG[Cue.ADVANCE] += steps.ADVANCE
_STRONG[Cue.NEGATIVE] += busy_with.NEGATIVE
_WEAK[Cue.BUSY] += busy_with.BUSY

# Weak verdict phrases of a cue scanned with strong ones ride the strong scan (one pass fewer over
# the reply) and are demoted after it, as soft ones are.
_DEMOTED = {cue: WEAK_VERDICTS[cue.value] for cue in _STRONG if cue.value in WEAK_VERDICTS}
_STRONG_RE = _compile(
    {
        cue: pats + _SOFT.get(cue, ()) + STRONG_VERDICTS.get(cue.value, ()) + _DEMOTED.get(cue, ())
        for cue, pats in _STRONG.items()
    }
)
# the verdicts' longer phrases first: "merci d'avoir organisé" before a bare "merci"
_WEAK_RE = _compile(
    {
        cue: (() if cue in _DEMOTED else WEAK_VERDICTS.get(cue.value, ())) + pats
        for cue, pats in _WEAK.items()
    }
)
_SOFT_RE = {cue: re.compile(_alternation(pats)) for cue, pats in _SOFT.items()}
PICK_PUT_OFF_RE = re.compile(PICK_PUT_OFF)
SOMEONE_ELSE_RE = re.compile(r"\b(?:" + _SOMEONE_ELSE + r")")
_DEMOTED_RE = {cue: re.compile(_alternation(pats)) for cue, pats in _DEMOTED.items()}


def _soft(cue: Cue, m: re.Match[str]) -> bool:
    pattern = _SOFT_RE.get(cue)
    return pattern is not None and pattern.fullmatch(m.string, m.start(), m.end()) is not None


def _demoted(cue: Cue, m: re.Match[str]) -> bool:
    pattern = _DEMOTED_RE.get(cue)
    return pattern is not None and pattern.fullmatch(m.string, m.start(), m.end()) is not None


def find_cues(folded: str) -> list[Hit]:
    """Every cue in folded text; where hits overlap, the longer (then the strong) one stays."""
    folded = unwrapped(folded)
    hits = [
        Hit(cue, m.start(), m.end(), strong and not soft and not _demoted(cue, m), soft)
        for table, strong in ((_STRONG_RE, True), (_WEAK_RE, False))
        for cue, pattern in table
        for m in pattern.finditer(folded)
        if m.end() > m.start()
        for soft in (strong and _soft(cue, m),)
    ]
    # Context-only cues never shadow others: a busy clause may also hold an offer or a verdict.
    context_only = (Cue.BUSY, Cue.QUESTION, Cue.THANKS)
    # Ties go to the earlier hit: a negation stands before the verb it turns down.
    hits.sort(key=lambda h: (-(h.end - h.start), not h.strong, h.start))
    kept: list[Hit] = []
    # characters already claimed by a kept cue that shadows others: linear in the text length
    taken = bytearray(len(folded))
    for hit in hits:
        if hit.cue not in context_only:
            if taken.find(1, hit.start, hit.end) >= 0:
                continue
            taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
        kept.append(hit)
    ordered = sorted((_read_in_place(folded, h) for h in kept), key=lambda h: h.start)
    return _kept_beside_no(
        folded,
        _conditions_of_advance(
            folded,
            _offer_told(folded, _pending(folded, _role_off(folded, _frozen(folded, ordered)))),
        ),
    )


# (round 44) a candidate's papers kept, by the words of keeping: "on file", "on record", "sous
# le coude", "in Evidenz", "de côté"
_KEPT = re.compile(r"\b(?:on\s+(?:file|record)|sous\s+le\s+coude|in\s+evidenz|de\s+cote)\b")


def _kept_beside_no(folded: str, hits: list[Hit]) -> list[Hit]:
    """ "On garde son profil sous le coude, mais pour ce poste on part sur quelqu'un d'autre",
    "we went another way, but we'll keep her on file for now": papers kept beside a clear no are
    that no's courtesy, no decision put off."""
    if not any(h.cue is Cue.REJECT and h.strong for h in hits):
        return hits
    return [
        Hit(Cue.NEUTRAL, h.start, h.end, strong=True)
        if h.cue is Cue.HOLD and _KEPT.search(folded, h.start, h.end) is not None
        else h
        for h in hits
    ]


# a freeze by any of its words: "froze", "gelé", "eingefroren", "congelou"
_FREEZE = re.compile(r"\b(?:froze|frozen|freez\w*|gele\w*|eingefroren|congel\w*)\b")


def _frozen(folded: str, hits: list[Hit]) -> list[Hit]:
    """The role or its money frozen calls off what is booked and, after the round, puts the
    decision off: the call-off keeps the weak hold its words also say ("la direction a gelé le
    budget du poste jusqu'en janvier")."""
    holds = [
        Hit(Cue.HOLD, h.start, h.end, strong=False)
        for h in hits
        if h.cue is Cue.CANCEL and _FREEZE.search(folded, h.start, h.end)
    ]
    return sorted(hits + holds, key=lambda h: h.start) if holds else hits


# the role itself in a call-off ("they've put the role on hold", "a mis le poste en pause", "die
# Stelle wurde auf Eis gelegt", "la vaga foi congelada"), not an interview of someone's
_ROLE_WORD = re.compile(r"\b(?:" + _ROLE_MONEY + r"|stelle|besetzung|ausschreibung)\b")
_INTERVIEW_WORD = re.compile(r"\b(?:interviews?|slot|call|meeting|panel|round|onsite|session)\b")


def _role_off(folded: str, hits: list[Hit]) -> list[Hit]:
    """An interview called off because its role is on hold or frozen is not to be moved: a time
    beside it is the sender's own call to make ("I'll speak to Ben tomorrow morning"), no new
    slot; unless a move is asked outright ("the role is on hold, so push it to January")."""
    if any(h.cue is Cue.MOVE and h.strong for h in hits):
        return hits
    stays = [
        Hit(Cue.NO_MOVE, h.start, h.end, strong=True)
        for h in hits
        if h.cue is Cue.CANCEL
        and h.strong
        and _ROLE_WORD.search(folded, h.start, h.end)
        and not _INTERVIEW_WORD.search(folded, h.start, h.end)
    ]
    return sorted(hits + stays, key=lambda h: h.start) if stays else hits


# what an offer is made of: its terms, pay and package
_TERMS = re.compile(
    r"\b(?:terms|conditions|package|salary|compensation|condiciones|sueldo|salario|paquete|salaire"
    r"|remuneration|konditionen|bedingungen|gehalt|condicoes|remuneracao|pacote)\b"
)
# the candidate, as the one the step is with: "with her", "con él", "avec lui", "mit ihm"
_WITH_CANDIDATE = re.compile(r"\s(?:him|her|them|el|ella|lui|elle|eux|ihm|ihr|ihnen|ele|ela)\b")
_NEXT_WORD = re.compile(r"\s+\w+")


def _offer_told(folded: str, hits: list[Hit]) -> list[Hit]:
    """Beside an offer made, a call with the candidate to go over its terms ("¿me ayudas a
    coordinar la llamada con él para contarle las condiciones?", "set up a call with her to walk
    through the terms") is the offer told, no further round."""
    if not any(h.cue is Cue.OFFER and h.strong for h in hits):
        return hits
    return [
        h
        for h in hits
        if not (
            h.cue is Cue.ADVANCE
            and _with_candidate(folded, h)
            and _TERMS.search(folded, h.end, _sentence_end(folded, h.end))
        )
    ]


def _with_candidate(folded: str, hit: Hit) -> bool:
    """The step is with the candidate, told in it ("a call with her") or just after it ("la
    llamada con él")."""
    after = _NEXT_WORD.match(folded, hit.end)
    return _WITH_CANDIDATE.search(folded, hit.start, after.end() if after else hit.end) is not None


def _sentence_end(folded: str, at: int) -> int:
    """Where the sentence holding `at` ends."""
    end = _SENTENCE_END.search(folded, at)
    return len(folded) if end is None else end.start()


def _pending(folded: str, hits: list[Hit]) -> list[Hit]:
    """An offer still to come after another step ("before we make her an offer") or waiting on a
    pending dependency ("can't make an offer until the budget is approved") is no offer yet,
    nor are terms asked about; a dependency a sentence says is pending ("the headcount
    still needs sign-off") is a hold (parsers/rules/verdicts.py)."""
    kept = [
        h
        for h in hits
        if not (
            h.cue is Cue.OFFER
            and (
                conditional(folded, h.start)
                or waits_on_dependency(folded, h.start, h.end)
                or (not h.strong and asked(folded, h.end))
            )
        )
    ]
    holds = [h.start for h in kept if h.cue is Cue.HOLD and h.strong]
    waits = [
        Hit(Cue.HOLD, start, end, strong=True)
        for start, end in pending_dependencies(folded)
        if not any(start <= at < end for at in holds)
    ]
    return sorted(kept + waits, key=lambda h: h.start) if waits else kept


# A decision still to be made: "before we decide", "avant de prendre une décision", "antes de
# decidir", "bevor wir uns entscheiden", "antes de tomarmos uma decisão"
_PENDING_DECISION = re.compile(
    r"\b(?:" + _DEFER + r")\s+(?:[\w']+\s+){0,5}?(?:" + _DECIDE + r"|call)\b"
    r"|\b(?:"
    + _DECIDE
    + r"),?\s+(?:\w+\s+)?(?:after|apres|nachdem|danach|despues|depois|once|sobald)\b"
)
_SENTENCE_END = re.compile(_NOT_AFTER_TITLE + r"[.!?;]\s|\n\n")
_THEN = re.compile(
    r"\b(?:then|puis|ensuite|dann|danach|anschlie(?:ss|\u00df)end|luego|despues|depois|entao)\b"
    r"[\s,]*(?:(?:we|i|on|nous|wir|ich)(?:'ll|\s+will)?\s*)?$"
)
_THEN_REACH = 20


def _conditions_of_advance(folded: str, hits: list[Hit]) -> list[Hit]:
    """A pending decision in the sentence of another step ("let's do a technical round before
    we decide") is that step's condition, not a hold: the hold goes, as does a hedge anywhere
    beside a step ("I'm on the fence. Can we get him in front of Priya?").

    Said so, the decision is openly not taken yet and the step is what it waits on: the
    reservations around it ("pouca experiência", "je ne fermerais pas la porte") are no
    rejection or hold either, nor (round 39) is a reservation conceded ("although he lacks
    some experience", "aunque le falta algo de experiencia"). An offer granted only if a step
    goes well ("if it goes well, we'll make her an offer") is that step's reward, no offer
    yet."""
    steps = [h for h in hits if h.cue is Cue.ADVANCE and h.strong]
    if not steps:
        return hits
    hits = [
        h
        for h in hits
        if not (h.cue is Cue.OFFER and on_success(folded, h.start))
        and not (h.cue is Cue.REJECT and _conceded(folded, h.start))
    ]
    if OPEN_VERDICT.search(folded) or any(
        not _SENTENCE_END.search(folded, min(s.end, m.end()), max(s.start, m.start()))
        for m in _PENDING_DECISION.finditer(folded)
        for s in steps
    ):
        return [h for h in hits if h.cue not in (Cue.HOLD, Cue.REJECT)]

    def conditional(hit: Hit) -> bool:
        if hit.cue is not Cue.HOLD:
            return False
        if HEDGE.search(folded, hit.start, hit.end):
            return True
        # the decision "then", after a step told before it: "… for a day as a trial. Then we'll
        # decide", "puis on tranchera", "danach entscheiden wir", "y luego decidimos"
        if _THEN.search(folded, max(0, hit.start - _THEN_REACH), hit.start) and any(
            s.end <= hit.start for s in steps
        ):
            return True
        if not _PENDING_DECISION.search(folded, hit.start, hit.end):
            return False
        # either side of the step: "avant de trancher, j'aimerais que notre directeur la rencontre"
        return any(
            not _SENTENCE_END.search(folded, min(s.end, hit.end), max(s.start, hit.start))
            for s in steps
        )

    return [h for h in hits if not conditional(h)]


# what opens a concession: "although", "even if", "aunque", "si bien", "même si", "bien que",
# "obwohl", "auch wenn", "embora", "ainda que", "apesar de"
_CONCESSION = re.compile(
    r"\b(?:although|though|even\s+if|albeit|aunque|si\s+bien|aun\s+cuando|meme\s+si"
    r"|bien\s+qu(?=e\b|')|quoique|obwohl|obgleich|auch\s+wenn|wenngleich|wenn\s+auch|embora"
    r"|ainda\s+que|mesmo\s+que|apesar\s+d[eo]|conquanto)\b"
)


def _conceded(folded: str, start: int) -> bool:
    """The phrase at `start` sits in a clause that concedes it: a reservation granted on the
    way to what the sentence does say ("although he lacks some experience, ...")."""
    before = folded[max(0, start - _NEGATION_REACH) : start]
    breaks = [m.end() for m in _STEP_CLAUSE_BREAK.finditer(before)]
    return _CONCESSION.search(before, breaks[-1] if breaks else 0) is not None


# "me viene mejor", "works better", "passt mir besser", "me convient mieux", "fica melhor": a
# yes to something other than what was put, so no confirmation of it
_BETTER = re.compile(r"(?:[ \t]+\w+){0,3}?[ \t]+(?:mejor|better|besser|mieux|melhor)\b")
_BETTER_WORD = re.compile(r"\b(?:mejor|better|besser|mieux|melhor)\b")
_BETTER_REACH = 24


def _comparative(folded: str, hit: Hit) -> Hit:
    if hit.cue is not Cue.CONFIRM or not hit.strong:
        return hit
    inside = _BETTER_WORD.search(folded, hit.start, hit.end)
    after = _BETTER.match(folded[hit.end : hit.end + _BETTER_REACH]) is not None
    return Hit(hit.cue, hit.start, hit.end, strong=False) if inside or after else hit


# A negation right before another round in its clause: "werden ihn nicht zur nächsten Runde
# einladen", "we won't be inviting her to a final round", "no la pasaremos a la siguiente fase".
# Idioms that negate nothing ("no doubt", "can't wait", "not only") are left out.
_NEGATION = re.compile(
    r"(?:n't|(?<!\w)(?:not|never|nicht|keine?[nmrs]?|nie|no|nao|ne|n'|pas|jamais|nunca))"
    r"(?!\w)(?!\s+(?:doubt|question|duda|doute|zweifel|duvida|only|just|solo|seulement|nur"
    r"|so\b|sure|wait|esperar|attendre|warten|objection|problem|reason|hesit\w*|available|free"
    r"|disponible|dispo|libre|verfugbar|frei|disponivel|livre))"
)
_BREAK_MARKS = r"[.,;:!?()…]|\s[-–—]\s|\b(?:but|pero|mais|aber|mas)\b"
_CLAUSE_BREAK = re.compile(r"\n|" + _BREAK_MARKS)
# (round 31) a step's clause runs on over the single line breaks of wrapped mail ("werden Herrn
# Yilmaz daher keine\nweitere Runde anbieten"); a blank line still ends it
_STEP_CLAUSE_BREAK = re.compile(r"\n(?=[ \t]*\n)|" + _BREAK_MARKS)
_NEGATION_REACH = 40  # "nicht zur", "won't be inviting her to a", "ne la retiendrons pas pour le"


# The round just held, named after "after": "nach dem zweiten Gespräch", "after the second
# interview with Ana", "tras la segunda entrevista", "après le deuxième entretien"
_PAST_STEP = re.compile(
    r"(?:after|following|since|nach|seit|apres|suite\s+a|tras|despues\s+de|apos|depois\s+d[aoe]"
    # (round 28) or thanked for: "thanks for the second interview", "merci pour le deuxième
    # entretien", "danke für das zweite Gespräch", "gracias por la segunda ronda", "obrigado pela
    # segunda entrevista"
    r"|thanks\s+for|thank\s+you\s+for|merci\s+pour|danke\s+fur|gracias\s+por|obrigad[oa]\s+"
    r"(?:por|pel[oa]))\s+(?:[\w']+\s+){0,2}?$"
    # or said to have been had: "had a great interview with her", "nous avons eu un bon échange
    # avec elle", "wir hatten ein gutes Gespräch mit ihm", "tuvimos una buena entrevista con ella"
    r"|\b(?:had|was|enjoyed|held|avons\s+eu|ai\s+eu|a\s+eu|tuvimos|tuve|hemos\s+tenido|tivemos|tive"
    r"|hatten|hatte|war)\s+$"
    # or as where something happened, with its definite article: "im zweiten Gespräch überzeugt",
    # "in the second interview", "lors du deuxième entretien", "en la segunda entrevista", "na
    # segunda entrevista" ("in a second interview" is still to come)
    r"|\b(?:in\s+(?:the|our|your|her|his|their)|during\s+the|at\s+the|im|beim|lors\s+du|lors\s+de\s+la"
    r"|au\s+cours\s+du|dans\s+le|en\s+la|en\s+el|durante\s+la|durante\s+el|durante\s+a|durante\s+o"
    r"|na|no)\s+$"
)


def _negated_advance(folded: str, hit: Hit) -> Hit:
    if hit.cue is not Cue.ADVANCE:
        return hit
    before = folded[max(0, hit.start - _NEGATION_REACH) : hit.start]
    if (
        _PAST_STEP.search(before) is not None
        or steps.held(folded, hit.end)
        or steps.talked_over(folded, hit.start, hit.end)
        or steps.refrained(folded, hit.start, hit.end)
        or steps.unreal(folded, hit.start, hit.end)
        or steps.internal(folded, hit.start, hit.end)
    ):
        return Hit(Cue.NEUTRAL, hit.start, hit.end, strong=True)
    breaks = [m.end() for m in _STEP_CLAUSE_BREAK.finditer(before)]
    clause = before[breaks[-1] :] if breaks else before
    if _NEGATION.search(clause) is None:
        return hit
    # weak: only a verdict after the round ("not ready for the next round on Monday" may
    # speak of scheduling)
    return Hit(Cue.REJECT, hit.start, hit.end, strong=False)


# A move word just after a negation: "no need to reschedule", "inutile de reprogrammer", "no hace
# falta reprogramar", "não precisa remarcar", "nicht verschieben"; a question ("can't we move
# it?", "why don't we reschedule?") still asks for a move.
_NO_MOVE_BEFORE = re.compile(
    r"(?:no\s+need\s+to|don'?t|do\s+not|not\s+to|never|nothing\s+to|inutile\s+de|pas\s+besoin\s+de"
    r"|pas\s+la\s+peine\s+de|ne\s+pas|sans|no\s+hace\s+falta|no\s+es\s+necesario|no\s+hay\s+que"
    r"|no\s+tienes\s+que|sin|nao\s+(?:precisa|e\s+preciso|tem\s+que|ha\s+que)|sem"
    r"|nicht|keine?n?|ohne|rien\s+a|nada\s+(?:que|pra|para|a)"
    # (round 36) nor wished: "the client doesn't want to reschedule", "ne veut pas reporter", "no
    # quiere reprogramar", "não quer remarcar"
    r"|(?:doesn'?t|does\s+not|didn'?t|did\s+not|won'?t)\s+(?:want|wish|intend|plan)\s+to"
    r"|ne\s+(?:veut|veulent|voulons|souhaite|souhaitent|souhaitons|compte|comptent)\s+pas"
    r"|no\s+(?:quiere|quieren|queremos|desea|desean|deseamos|piensa|piensan)"
    r"|nao\s+(?:quer|querem|queremos|deseja|desejam|pretende|pretendem))\s+(?:[\w']+\s+){0,2}?$"
)
_SENTENCE_REST = re.compile(r"[^.!?\n]*\?")
# the verbs that end a process or turn a candidate down: "close", "clôturer", "cerrar", "encerrar",
# "reject", "rechazar", "descartar", "écarter"
_ENDING = re.compile(
    r"(?:close|end|stop|terminat|wrap|clotur|ferm|arret|termin|clore|cerr|cierr|finaliz|encerr"
    r"|fech|reject|rejet|rechaz|rejeit|descart|ecart|turn)"
)


def _negated_move(folded: str, hit: Hit) -> Hit:
    """A move, or (round 27) a call-off, right after its negation: "no need to reschedule";
    "don't cancel yet", "el cliente aún no ha cubierto la vacante" call nothing off; nor does
    (round 39) an end put to the process asked not to be ("do not close the process", "merci de
    ne pas clôturer le processus", "por favor no cierren el proceso"): the candidate is kept."""
    if hit.cue not in (Cue.MOVE, Cue.CANCEL, Cue.REJECT):
        return hit
    # a no told by its own words ("nicht für uns 👎") stays one: only a verb of ending is undone
    if hit.cue is Cue.REJECT and _ENDING.match(folded, hit.start) is None:
        return hit
    before = folded[max(0, hit.start - _NEGATION_REACH) : hit.start]
    if _NO_MOVE_BEFORE.search(before) is None or _SENTENCE_REST.match(folded, hit.end):
        return hit
    return Hit(Cue.NO_MOVE if hit.cue is Cue.MOVE else Cue.NEUTRAL, hit.start, hit.end, strong=True)


# The exception a yes is given under: "fine unless my flight moves", "sauf si mon train est
# annulé", "außer mein Flug verschiebt sich", "salvo que me cambien el vuelo", "a não ser que meu
# voo mude". What might happen asks for nothing: no call-off, move or refusal is made.
_UNLESS = re.compile(
    r"(?<!\w)(?:unless|except\s+if|in\s+case|sauf\s+si|a\s+moins\s+que|au\s+cas\s+ou|si\s+jamais"
    r"|au(?:ss|ß)er(?:\s+wenn)?|es\s+sei\s+denn|im\s+falle?|salvo\s+(?:que|si)|a\s+menos\s+que"
    r"|excepto\s+si|en\s+caso\s+de\s+que|a\s+nao\s+ser\s+que|exceto\s+se|caso)(?!\w)"
)
_UNLESS_REACH = 40  # "unless something comes up and I have to", "sauf si mon train est"
# (round 49) a verdict supposed, not given: "I'll totally understand if they'd rather go ahead
# with someone else", "si prefieren seguir con otro candidato", "wenn Sie sich für jemand anderen
# entscheiden", "si vous préférez un autre profil", "caso prefiram outra pessoa"
_SUPPOSING = re.compile(r"(?<!\w)(?:if|si|wenn|falls|caso)(?!\w)")
# the cues a condition opening their clause leaves acting on nothing, and that condition's words
_CONDITIONED = (
    ((Cue.CANCEL, Cue.MOVE, Cue.CANT_MAKE, Cue.NEGATIVE), _UNLESS),
    ((Cue.REJECT,), _SUPPOSING),
)


def _conditioned(folded: str, hit: Hit) -> Hit:
    """A cue in a clause a condition opens (`_CONDITIONED`) is no act: "fine unless my flight
    moves" calls nothing off, "if they'd rather go ahead with someone else" is no verdict."""
    lead = next((lead for cues, lead in _CONDITIONED if hit.cue in cues), None)
    if lead is None:
        return hit
    before = folded[max(0, hit.start - _UNLESS_REACH) : hit.start]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
    if lead.search(before, breaks[-1] if breaks else 0) is None:
        return hit
    return Hit(Cue.NEUTRAL, hit.start, hit.end, strong=True)


# A yes with a negation right before it turns the day down: "ya no me va bien", "no me viene
# bien", "not really convenient", "nicht mehr gut"
_NO_BEFORE_YES = re.compile(
    r"(?<!\w)(?:no|nao|not|never|nunca|jamais|nicht|n't)\s+(?:(?:ya|really|so|mas|mais|tan|tao"
    r"|wirklich|realmente|muy|muito|mehr|plus|longer)\s+)?$"
)
_NO_BEFORE_REACH = 16


# (only a yes that is a verb phrase can be negated so: "not perfect, but fine" is still a yes)
_YES_VERB = re.compile(r"(?:me|mir|nos|uns|te|works?|suits?|passt|geht|funciona|fica|serve|va)\b")


# (round 49) and the German no after the verb, of a day or of every option: "passt mir leider
# nicht", "passt mir keiner der drei Termine" (the count of options may claim "keiner" first)
_NO_AFTER_YES = re.compile(
    r"\s+(?:(?:leider|wirklich|gar|ja|eigentlich|aber|halt)\s+)*(?:nicht|keine?[rsnm]?)\b"
)


def _no_yes(folded: str, hit: Hit) -> Hit:
    if hit.cue is not Cue.CONFIRM or not hit.strong or not _YES_VERB.match(folded, hit.start):
        return hit
    before = folded[max(0, hit.start - _NO_BEFORE_REACH) : hit.start]
    if _NO_BEFORE_YES.search(before) is None and _NO_AFTER_YES.match(folded, hit.end) is None:
        return hit
    return Hit(Cue.NEGATIVE, hit.start, hit.end, strong=True)


# A confirmation not given yet: "she hasn't confirmed Wednesday yet", "not confirmed yet", "elle n'a
# pas encore confirmé", "noch nicht bestätigt", "todavía no confirmó", "ainda não confirmou" is no
# yes to anything (the deferral it is stays a HOLD cue of its own)
_NOT_YET_BEFORE = re.compile(
    r"(?:n't|(?<!\w)(?:not|never|nicht|keiner|niemand|nobody|pas|personne|jamais|no|nadie|nunca|nao"
    r"|ninguem))\s+(?:(?:yet|still|been|be|encore|noch|ainda|todavia|aun|ha|han|has|have|hat|haben"
    r"|tem|a|ont|is|are|est|ist|sind|esta|estan|e|foi|lo|la|le|tengo|tenemos|tiene|officially"
    r"|formally|officiellement|offiziell)\s+){0,3}$"
)
_CONFIRM_VERB = re.compile(r"\b(?:confirm|bestatig|zugesagt|zusag)")
_NOT_YET_REACH = 32


def _not_yet(folded: str, start: int) -> bool:
    before = folded[max(0, start - _NOT_YET_REACH) : start]
    return _NOT_YET_BEFORE.search(before) is not None


def unconfirmed(folded: str) -> bool:
    """Whether the reply says a confirmation is not given yet ("Bianca hasn't confirmed
    Wednesday yet"): a day it names is the one awaited, not one picked."""
    return any(_not_yet(folded, m.start()) for m in _CONFIRM_VERB.finditer(folded))


def _unconfirmed(folded: str, hit: Hit) -> Hit:
    if hit.cue is not Cue.CONFIRM or _CONFIRM_VERB.match(folded, hit.start) is None:
        return hit
    if not _not_yet(folded, hit.start):
        return hit
    return Hit(Cue.NEUTRAL, hit.start, hit.end, strong=True)


def _read_in_place(folded: str, hit: Hit) -> Hit:
    """A cue as the words around it leave it: turned down, made conditional or comparative."""
    for adjust in (
        _no_yes,
        _unconfirmed,
        _conditioned,
        _negated_move,
        _negated_advance,
        _comparative,
    ):
        hit = adjust(folded, hit)
    return hit
