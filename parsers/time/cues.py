"""Cue words that steer how time phrases are read: refusals, exceptions, asides, clause ends."""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.rules.alternation import branches, grouped, may_open_on, word_led
from parsers.time.accents import loose_compile, loosen
from parsers.time.holidays import FREES, HOLIDAY
from parsers.time.ruled_out import (
    AFTER_DAY,
    AFTER_DAY_BRANCHES,
    EXCLUDED,
    FRONTED,
    TAKEN,
    WORKING,
)
from parsers.time.words import (
    AT_PLACE_UNTIL,
    CLOCK_WORDS,
    DAY_NAMED_BACK,
    ENGAGED_AT,
    IF_WORDS,
    LUNCH_WORDS,
    MUST_PARTICLES,
    OFF_WORK,
    OUT_AWAY,
    PART_WORDS,
    PHONE_NO,
    REASON_LEAD,
    SELF_CORRECTION,
    THAT_FAILS,
    WEEKDAYS,
    WHOLE_DAY,
    WHOLE_DAY_SPENT,
    alternation,
)

# The verbs of suiting that Latin America's "full" ("fully") follows: "me cuadra full", "me sirve
# full", "me va full", "me queda full bien", "me late full", "me funciona full", "me viene full"
# (one look-behind each, as a look-behind must keep its width)
_FULLY_AFTER = "".join(
    rf"(?<!{verb}\s)"
    for verb in (
        *("cuadra", "cuadran", "sirve", "sirven", "\\bva", "\\bvan", "queda", "quedan"),
        *("viene", "vienen", "late", "laten", "funciona", "funcionan", "acomoda", "parece"),
        *("conviene", "calza", "encaja", "encanta", "gusta", "pinta"),
    )
)
# the words of time that lead a part of day: "around", "during", "pendant", "durante", "no"
# (and Quebec's "over" the meal: "sauf sur l'heure du dîner")
_LUNCH_LEAD = (
    r"(?:around|over|during|at|durante|pendant|durant|sur|à|au|a|no|na|em|en|in\s+der"
    r"|während\s+der|über|zur|bei)"
)
# the article or the sender's own before it: "the", "my", "la", "ma", "meiner", "mi", "minha"
_LUNCH_ARTICLE = (
    r"(?:the|my|our|le|la|l['’]|ma|mon|notre|meiner|meine|unserer|el|mi|nuestra|o|a|minha|meu"
    r"|nossa)"
)
# The parts a day is cut into, in all their names and forms ("l'aprem", "nachmittags", "las
# tardes", "pela manhã", "evenings"): what a bare no right before one refuses
_HALVES = ("morning", "afternoon", "late afternoon", "evening")
_ENGLISH_PART = loose_compile(
    r"morning|afternoon|evening|arvo|first\s+thing|after\s+(?:work|hours)"
)
_DAY_PARTS = alternation(w for w, p in PART_WORDS.items() if p in _HALVES)
# (English parts are also nouns' modifiers, "no morning meetings": the no refuses one only when
# it closes its phrase, "no afternoons", "but no mornings, sorry")
_NOT_ENGLISH_PARTS = alternation(
    w for w, p in PART_WORDS.items() if p in _HALVES and not _ENGLISH_PART.search(w)
)
# the article a part of day may take after the no: "pas l'après-midi", "keine Vormittage", "no
# por las tardes", "não às manhãs", "no the mornings" is none
_PART_ARTICLE = r"(?:le|la|les|l['’]|el|los|las|die|den|am|à|às|as|os|a|o|en|in\s+the)"
# a part of day that opens on "no" itself is no refusal: "no fim da tarde", "no período da manhã"
_NO_PARTS = alternation(w for w in PART_WORDS if w.startswith("no "))
# A stretch of time named before the hours that fill it, in every common word for one ("slot",
# "window", "créneau", "tranche horaire", "Zeitfenster", "Zeitraum", "franja", "tramo", "hueco",
# "faixa", "janela"), after an article or a demonstrative: what an exception leaves out is those
# hours, so the cue takes the noun and leads them
_SPAN_NOUNS = (
    *("slot", "time slot", "window", "time window", "hour", "hours", "time", "period", "block"),
    *("stretch", "interval", "gap", "span", "bit", "chunk", "range", "timeframe", "time frame"),
    *("plage", "plage horaire", "créneau", "creneau", "tranche", "tranche horaire", "heure"),
    *("heures", "période", "periode", "horaire", "horaires", "moment", "intervalle", "fenêtre"),
    *("stunde", "stunden", "zeit", "zeitfenster", "zeitraum", "zeitspanne", "fenster", "pause"),
    *("spanne", "uhrzeit", "zeitblock", "phase", "abschnitt", "mittagsstunde", "zeiten"),
    *("franja", "franja horaria", "hora", "horas", "horario", "tramo", "intervalo", "rato"),
    *("periodo", "período", "bloque", "ventana", "espacio", "hueco", "momento", "horário"),
    *("faixa", "faixa horária", "faixa horaria", "janela", "bloco", "espaço", "trecho"),
)
_SPAN = (
    # (on or over it: "sauf sur le créneau 12 h–13 h", "except over the hour 12-1", "außer über
    # die Zeit von 12 bis 13", "salvo sobre la franja de 12 a 13")
    r"\s+(?:(?:(?:in|during|pendant|durant|en|in|während|durante|dans|sur|on|over|über|sobre"
    r"|em)\s+)?(?:the|that|this|a|le"
    r"|la|les|l['’]|cette|ce|die|der|das|den|dem|el|los|las|esa|ese|esta|este|o|os|as|esse|essa"
    r"|aquela|aquele|no|na|nos|nas|im)\s*)?"
    # (or lunch in any of its names, whose hours follow: "ohne die Mittagspause von 12 bis 13",
    # "sin el almuerzo de 12 a 13", "sem o almoço das 12h às 13h", "minus lunch 12-1")
    + f"(?:{alternation(_SPAN_NOUNS)}|{alternation(LUNCH_WORDS)})"
    # (then the hours, which may open on their own word: "de 12 a 13", "von 12 bis 13")
    + r"(?:\s+of)?(?=\s+(?:(?:from|between|de|d[eu]s?|entre|von|vom|zwischen|das|dos|del|desde"
    + rf")\s+)?(?:(?:las?|as|the)\s+)?(?:\d|{CLOCK_WORDS}))"
)
# A word said in passing between an exception and what it leaves out: "except, of course,
# Thursday", "sauf bien sûr le jeudi", "außer natürlich am Donnerstag", "menos, claro, el
# jueves", "tirando, claro, a quinta", "exceto, obviamente, na sexta"
_EXCEPT_ASIDE = (
    r"(?:\s*,)?\s+(?:of\s+course|naturally|obviously|bien\s+s[ûu]r|[ée]videmment|naturellement"
    r"|natürlich|naturlich|natuerlich|selbstverst(?:ä|ae|a)ndlich|klar|claro|obviamente|naturalmente"
    r"|por\s+supuesto|evidentemente|l[óo]gicamente|com\s+certeza"
    # or one that says the exception is the only one: "excepting only Wednesday", "sauf
    # uniquement le mercredi", "außer nur am Mittwoch", "excepto tan solo el miércoles", "salvo,
    # eso sí, el miércoles", "com exceção só da quarta", "exceto somente na quarta"
    r"|only|just|solely|seulement|uniquement|nur|lediglich|bloß|blo(?:ss)?|solo|sólo|tan\s+s[óo]lo"
    # ("sauf juste le mercredi", "außer einzig am Mittwoch", "exceto tão somente a quarta")
    r"|juste|einzig|t[ãa]o\s+s(?:[óo]|omente)"
    # (or the German particles that shrug it off: "außer halt am Mittwoch", "ausgenommen eben
    # am Freitag")
    r"|halt|eben"
    r"|solamente|[úu]nicamente|s[óo]|somente|apenas|eso\s+s[íi]|isso\s+sim"
    # (more of both, as other registers say them: "sauf bien entendu le", "salvo nada más el",
    # the Mexican "nomás", "desde luego", "é claro", "exclusively", "ausschließlich")
    r"|bien\s+entendu|cela\s+va\s+de\s+soi|exclusivement|freilich|selbstredend|ausschlie(?:ß|ss)lich"
    r"|nada\s+m[áa]s|no\s+m[áa]s|nom[áa]s|desde\s+luego|claro\s+est[áa]|exclusivamente|[ée]\s+claro"
    r"|exclusively|needless\s+to\s+say"
    # (or that it is merely that one: "except merely Friday", "sauf tout simplement le vendredi",
    # "mit Ausnahme allein vom Freitag", "salvo simplemente el viernes", "exceto simplesmente a
    # sexta")
    r"|merely|simply|(?:tout\s+)?simplement|simplemente|simplesmente|allein)(?:\s*,)?"
)
# More words of exception in each language, accents dropped as phones drop them: "excepting",
# "not counting", "sans compter", "à l'exclusion du", "exklusive", "aparte del", "sin contar",
# "excluyendo", "afora", "excluindo", "sem contar", "a não ser"; and words that are ordinary
# words elsewhere ("minus", "bar", "save", "outside", "a part", "hors", "ohne", "fora") or
# that say "never" ("never between 12 and 1", "jamais", "nie", "nunca"), only right before what
# an exception leaves out: a weekday, an hour or a clock word, after an article (and after a
# word said in passing: "save only Thursday", "minus just the Friday")
_EXCEPTED_NEXT = (
    # (the aside's own "for": "save only for Monday"; "save for" is one word of exception)
    rf"(?=(?:{_EXCEPT_ASIDE}(?:\s+for)?)?\s+(?:(?:on|the|le|la|les|du|de|des|am|dem|den|vom|von|el|los|las|del|o|a|os|as|na|no"
    # (or a demonstrative: "a part ce jeudi", "sin ese martes", "sem essa quarta")
    r"|nas|nos|da|do|das|dos|entre|between|zwischen|from|ce|cette|ese|esa|este|esta|esse|essa"
    r"|diese[nm]|that|this)\s+){0,2}(?:" + alternation(WEEKDAYS) + rf"|\d|{CLOCK_WORDS})|{_SPAN})"
)
# A break told with its hours leaves them out of the day: "with a lunch break from 12 to 1",
# "avec une coupure de 12h à 13h", "mit Mittagspause von 12 bis 13 Uhr", "con una pausa de 12 a
# 13", "com pausa pro almoço das 12h às 13h" (a break with no hours of its own is left alone)
_BREAK = (
    r"with(?:\s+(?:a|an|the|my|our))?(?:\s+lunch)?\s+break"
    r"|avec\s+(?:une|la|ma)\s+(?:pause|coupure)(?:\s+d[ée]j(?:euner)?|\s+d[eu]\s+midi)?"
    r"|mit\s+(?:einer\s+|der\s+)?(?:mittags)?pause"
    # (the break in its other nouns, the article often dropped: "con descanso de 12 a 13", "com
    # intervalo de almoço das 12h às 13h", "mit einer Unterbrechung von 12 bis 13", "avec une
    # interruption de 12h à 13h")
    r"|mit\s+(?:einer\s+|der\s+)?(?:mittags)?unterbrechung"
    r"|avec\s+(?:une|l['’])\s*interruption"
    r"|con\s+(?:(?:una|la)\s+)?pausa(?:\s+(?:para|pa)\s+(?:comer|almorzar))?"
    r"|con\s+(?:(?:un|el)\s+)?(?:descanso|par[óo]n)(?:\s+(?:para|pa)\s+(?:comer|almorzar)"
    r"|\s+del?\s+(?:la\s+)?(?:comida|almuerzo|mediod[íi]a))?"
    r"|com\s+(?:(?:uma|a|um|o)\s+)?(?:pausa|intervalo|parada)"
    r"(?:\s+(?:pro|pra|para\s+o|de|do)\s+almo[çc]o)?"
)
_EXCEPT_WORDS = (
    alternation(
        (
            *("excepting", "not counting", "leaving out", "leaving aside", "exclusive of"),
            *("excepte", "mis a part", "sans compter", "exception faite du", "exception faite de"),
            *("exklusive", "aparte de", "aparte del", "sin contar", "sin contar con"),
            *("excluyendo", "dejando fuera", "afora", "excluindo", "sem contar", "sem contar com"),
            # and more of every register: "not including", "setting aside", "abstraction faite
            # de", "en dehors du", "abzüglich", "nicht inbegriffen", "dejando de lado", "sin
            # incluir", "descontando", "excetuando", "com exclusão de", "deixando de fora"
            *("not including", "setting aside", "putting aside", "omitting", "exclusive of"),
            *("en excluant", "en exceptant", "non compris", "abzüglich", "abzuglich"),
            *("nicht inbegriffen", "dejando de lado", "dejando aparte", "sin incluir"),
            *("no incluyendo", "descontando", "excetuando", "exceptuando", "nao incluindo"),
            *("não incluindo", "sem incluir", "deixando de fora", "tirante", "ressalvando"),
            # (the exception "made" of it: "excepción hecha del", "exceção feita à", "exception
            # made for"; French "exception faite du" above)
            *("excepción hecha del", "excepción hecha de", "excepcion hecha del"),
            *("exceção feita à", "exceção feita ao", "exceção feita a", "excecao feita a"),
            *("exception made for", "with an exception made for"),
        )
    )
    # (with the article joined to their "de": "exclusion faite du", "con la salvedad del", "com
    # exclusão da")
    + r"|(?:abstraction|exclusion)\s+faite\s+d(?:u|es|e(?:\s+l['’])?)"
    + r"|(?:a|con\s+la)\s+salvedad\s+del?|com\s+(?:a\s+)?exclus[ãa]o\s+d[aeo]s?"
    + r"|[àa]\s+l['’]exclusion\s+d(?:u|es|e(?:\s+l['’])?)"
    + r"|a\s+n[ãa]o\s+ser(?!\s+que)(?:\s+(?:em|n[ao]s?))?"
    # "unless" of a day, not of an event: "unless it's Thursday", "a no ser el jueves", "à moins
    # que ce soit le jeudi", "es sei denn am Donnerstag", "a menos que sea el", "salvo se for na"
    # ("unless my flight moves" opens a condition: nothing it could leave out comes next; a bare
    # "unless Thursday suits you better" is a condition too)
    + r"|unless\s+it(?:['’]?s|\s+is|\s+was)|a\s+no\s+ser(?:\s+que\s+sea)?(?!\s+que)"
    + r"|[àa]\s+moins\s+que\s+ce\s+(?:ne\s+)?soit|sauf\s+si\s+c['’]est|es\s+sei\s+denn"
    + r"|(?:a\s+menos|salvo)\s+que\s+sea|(?:a\s+menos\s+que|a\s+n[ãa]o\s+ser\s+que)\s+seja"
    + r"|salvo\s+se\s+for"
    + "|(?:"
    + alternation(
        (
            *("minus", "bar", "save", "outside", "outside of", "a part", "hors", "si ce n'est"),
            *("si ce n’est", "ohne", "fora", "fuera de", "fuera del"),
            # ("sem ser", "skipping", "except on", "save on": only before what is left out)
            *("sem ser", "skipping", "except on", "save on", "bar on", "fora de", "fora do"),
            *("salvo por", "excepto por", "menos por", "sauf pour"),
            # (Spanish "taking out": "sacando el jueves", "sacando de 12 a 13 h")
            "sacando",
            # German puts "nicht" before its "aber": "nicht aber zwischen 12 und 13", "nicht
            # jedoch am Freitag"
            *("nicht aber", "nicht jedoch", "nicht allerdings", "jedoch nicht", "allerdings nicht"),
            *("never", "jamais", "nie", "niemals", "nunca", "jamás", "jamas"),
            # or "in no case", or "avoiding" it: "but avoiding Tuesday", "steering clear of
            # Friday", "en aucun cas le", "en évitant le", "aber keinesfalls am", "auf keinen
            # Fall am", "en ningún caso el", "evitando el", "de jeito nenhum na", "evitando a"
            *(
                "by no means",
                "under no circumstances",
                "in no case",
                "avoiding",
                "steering clear of",
            ),
            *("en aucun cas", "en évitant", "en evitant", "keinesfalls", "keineswegs"),
            *("auf keinen fall", "unter keinen umständen", "en ningún caso", "en ningun caso"),
            *("de ninguna manera", "evitando", "de jeito nenhum", "de forma alguma"),
            *("em hipótese alguma", "em hipotese alguma"),
            # "without": "sans le créneau 12h-13h", "sin el martes", "mas sem a quarta"
            *("without", "sans", "sin", "sem"),
        )
    )
    + f"|{_BREAK}"
    # "any day but for Wednesday", inside its clause: a sentence or clause that opens on it turns
    # to the day as "as for" does ("Monday is fine, but for Tuesday I'd need the afternoon")
    + r"|(?<=\w\s)but\s+for)"
    + _EXCEPTED_NEXT
)
# an exception told after its day, accents dropped or not: "Tuesday excepted", "Wednesday
# aside", "mardi excepté", "mercredi mis à part", "Dienstag (mal) ausgenommen", "el miércoles
# aparte", "quarta excetuada", "sexta à parte"
_EXCEPTED_AFTER = (
    r"(?:(?:mal|natürlich|naturlich|eben)\s+)?"
    r"(?:ausgenommen|ausgeschlossen|except[ée]e?|excepted|excluded|aside|apart|left\s+out"
    r"|exclue?|(?:mis\s+)?[àa]\s+part|non\s+compris|aparte|excep?tuad[oa]|exclu[íi]d[oa]"
    # ("Montag nicht inbegriffen", "Friday not included", "el lunes no incluido", "a sexta não
    # incluída")
    r"|not\s+included|nicht\s+(?:inbegriffen|mitgerechnet|eingeschlossen)|ausgeklammert"
    r"|no\s+incluid[oa]|n[ãa]o\s+inclu[íi]d[oa]"
    r"|[àa]\s+parte"
    # or said to drop out, the verb last as a "wobei" clause puts it or with its particle after:
    # "wobei 12 bis 13 Uhr wegfällt", "Dienstag entfällt", "12–13 Uhr fällt leider weg", "das 12h
    # às 13h fica de fora" (not "ausfällt": what is called off is a cancel)
    r"|(?:weg|raus|heraus)f(?:ä|ae|a)llt|entf(?:ä|ae|a)llt|(?:weg|raus|heraus|ent)fallen"
    r"|f(?:ä|ae|a)llt\s+(?:(?:leider|aber|dann|also|natürlich|naturlich)\s+)?(?:weg|raus|flach)"
    r"|(?:fica|ficam)\s+(?:de\s+)?fora)"
)
EXCEPT = loose_compile(
    # "apart from 3 to 4": "from" opens the time itself, so the cue stops before it
    r"(?<!\w)(?:(?:apart|aside)(?=\s+from\s+\d)|"
    # (before "not": "not counting Wednesday" is one word of exception)
    rf"{_EXCEPT_WORDS}|"
    # a "not" that is a list entry's whole answer refuses that entry ("Fri: sadly not")
    r"except(?:\s+for)?|exc|excl|"
    # ("not before 10" is a bound the time lexer reads as "from 10", no exception of it)
    r"(?:but\s+not|just\s+not|(?<!:\s)(?<!:\ssadly\s)(?<!:\sunfortunately\s)not)"
    r"(?!\s+(?:before|earlier\s+than)(?!\w))|"
    r"apart\s+from|aside\s+from|other\s+than|excluding|"
    r"außer|ausser|sauf|excepto|salvo|menos|exceto|"
    # the other words of exception in each language: "hormis le mardi matin", "à l'exception du
    # lundi", "mit Ausnahme von Montag", "bis auf Dienstag", "abgesehen von 11 bis 12 Uhr",
    # "quitando lunes", "a excepción del martes", "tirando segunda", "fora das 12 às 13", "hors
    # 12h-13h"
    # (with the noun said to be the only one: "à l'unique exception du lundi", "à l'exception
    # unique du lundi")
    r"hormis|à\s+part|[àa]\s+(?:l['’](?:unique\s+)?|la\s+seule\s+)exception(?:\s+unique)?"
    r"(?:\s+d(?:u|es|e(?:\s+l['’])?))?|excepté|en\s+dehors\s+d[eu]|"
    # (Spanish "fuera" with "only" before its "del": "fuera solo del martes", "fuera nada más
    # del jueves"; bare, "fuera el lunes" is the sender away)
    rf"fuera(?=(?:{_EXCEPT_ASIDE})\s+de(?:l|\s+la|\s+los|\s+las)?\s)|"
    # (the noun may take its article and "only": "with the sole exception of", "mit der
    # einzigen Ausnahme von", "mit alleiniger Ausnahme vom", "con la única excepción del", "com a
    # exceção da")
    r"with\s+(?:the\s+)?(?:(?:sole|only|single|one)\s+)?exception\s+of|barring|save\s+for|"
    r"(?:mit(?:\s+der)?(?:\s+(?:einzigen?|einziger|alleinigen?|alleiniger))?\s+ausnahme"
    r"|abgesehen)(?:\s+vo[nm](?!\s+\d))?|bis\s+auf"
    r"|ausgenommen|"
    # (the article is the hours' own when they open on it: "com exceção das 12 às 13",
    # "a excepción de 12 a 13", "à l'exception de 12h à 13h")
    # ("made" of it, as "exception faite du": "a excepción hecha del jueves")
    r"quitando|exceptuando|(?:a|con(?:\s+la)?)(?:\s+(?:única|sola))?\s+excepci[óo]n(?:\s+hecha)?"
    r"(?:\s+(?:tan\s+)?s[óo]lo)?(?:\s+de(?:l|\s+(?:la|las|los))?)?|"
    r"tirando|(?:[àa]|com(?:\s+a)?)(?:\s+única)?\s+exce[çc][ãa]o(?:\s+(?:s[óo]|somente|apenas))?"
    r"(?:\s+d[aeo]s?)?|fora(?=\s+d[aeo]s?\s+\d)|hors(?=\s+\d)|"
    # the day a relay puts the new time in place of: "instead of Thursday morning", "au lieu de
    # jeudi matin", "statt Donnerstagvormittag", "en vez del jueves", "em vez de quinta de manhã"
    # (a day only: "2:30 instead of 2" moves the booked hour, `shift`)
    r"(?:instead\s+of|rather\s+than|au\s+lieu\s+d[eu]|plut[ôo]t\s+que|(?:an)?statt|anstelle\s+vo[nm]"
    r"|en\s+(?:vez|lugar)\s+del?|em\s+vez\s+d[aeo]|ao\s+inv[ée]s\s+d[aeo]|no\s+lugar\s+d[aeo])"
    # (or the half of the booked day it moves from: "Thursday afternoon instead of the morning",
    # "jeudi après-midi plutôt que le matin", "en la tarde en vez de en la mañana")
    r"(?=\s+(?:(?:the|le|am|la|el|a|o|en\s+la|de)\s+)?(?:"
    + alternation(WEEKDAYS)
    + rf"|{_DAY_PARTS}))|"
    # "Pas vendredi, j'ai un examen", "nicht am Montag", "não na sexta", "no el jueves": a day
    # refused by a bare negation right before it
    # ("o si no el viernes", "se não na sexta": otherwise, that day)
    # (or with its verb, relayed: "afinal ela não pode na quarta")
    # ("só não pode ser na quinta": the day it cannot be)
    r"(?:pas|nicht|(?<!se\s)n[ãa]o(?:\s+(?:pode|podem|posso|consigo|consegue|conseguem|d[áa]|rola)"
    r"(?:\s+ser)?)?"
    # (or "this" one: "pas ce vendredi", "nicht diesen Freitag", "no este viernes", "não nesta
    # sexta")
    r"|(?<!si\s)no(?=\s+(?:el|este|esta)\s))(?=\s+(?:le\s+|am\s+|na\s+|no\s+|el\s+"
    r"|ce\s+|cette\s+|diese[nm]\s+|este\s+|esta\s+|neste\s+|nesta\s+)?(?:"
    + alternation(WEEKDAYS)
    # (or a day told from today: "donc pas demain", "also nicht morgen", "então não amanhã")
    + r"|(?:apr[èe]s-?\s?)?demain|aujourd['’]hui|(?:über)?morgen|heute|(?:depois\s+de\s+)?amanh[ãa]"
    r"|hoje)(?!\w))|"
    # "só não entre 15h e 16h", "no entre las 2 y las 3", "nicht zwischen 12 und 13" ("not
    # before 3" is read as "from 3" by the time lexer)
    # (or opening the range on "das", "von", "de": "só não das 12 às 14", "nicht von 12 bis 13")
    # (the Portuguese with its verb: "só não dá entre meio-dia e uma", "não posso das 12 às 13")
    r"(?:n[ãa]o(?:\s+(?:d[áa]|posso|consigo|pode|rola))?|no|pas|nicht)"
    r"(?=\s+(?:entre|zwischen|zw\.?|between|btwn)(?!\w)"
    rf"|\s+(?:das|von|desde|de)\s+(?:las?\s+|as\s+)?(?:\d|{CLOCK_WORDS}))|"
    # ... or right before the hours after "only": "nur nicht 12–13 Uhr", "juste pas 12h-13h",
    # "solo no 12-13", "só não 12h-13h" (each branch led by its own letters)
    + "".join(
        rf"{only}\s+{no}(?=\s+(?:\d|{CLOCK_WORDS}))|"
        for only, no in (
            ("nur", "nicht"),
            ("blo(?:ß|ss)", "nicht"),
            ("halt", "nicht"),
            ("juste", "pas"),
            ("seulement", "pas"),
            ("solo", "no"),
            ("sólo", "no"),
            ("só", "n[ãa]o"),
            ("so", "n[ãa]o"),
            ("apenas", "n[ãa]o"),
            ("somente", "n[ãa]o"),
            ("only", "not"),
        )
    )
    +
    # "nur Freitag nicht", "solo el viernes no", "só sexta não": one day of the offer left out
    r"(?:nur|solo|sólo|só)(?=\s+(?:el\s+|am\s+|a\s+|o\s+|na\s+)?(?:"
    + alternation(WEEKDAYS)
    + r")\s+(?:nicht|no|não|nao)(?=\s*(?:[.,;!?]|$)))|"
    # "el miércoles no por la mañana", "quarta não de manhã", "mercredi pas le matin",
    # "Mittwoch nicht vormittags": a part of day refused, in any of its names ("pas l'aprem",
    # "keine Vormittage", "jamais le soir", "nunca por la tarde", "no afternoons")
    rf"(?:(?:n[ãa]o|pas|nicht|keine?|jamais|nunca)(?=\s+(?:{_PART_ARTICLE}\s+)?(?:{_DAY_PARTS})(?!\w))"
    rf"|(?!(?:{_NO_PARTS})(?!\w))no(?=\s+(?:{_PART_ARTICLE}\s+)?(?:{_NOT_ENGLISH_PARTS})(?!\w)"
    r"|\s+(?:mornings?|afternoons?|evenings?|arvos?)(?![^\S\n]*[^\W\d_])))|"
    # (English "no lunch" is a noun's no, no exception: "no lunch plans that day")
    # lunch in any of its names, after a word of time and an article: "só não no horário do
    # almoço", "no a la hora de comer", "pas pendant la pause déjeuner", "nicht in der Mittagspause"
    r"(?:n[ãa]o|no(?!\s+lunch)|pas|nicht)(?=\s+"
    rf"(?:{_LUNCH_LEAD}\s+)?(?:{_LUNCH_ARTICLE}\s*)?{alternation(LUNCH_WORDS)}(?!\w)))"
    # (the article joined to "of" that the exception word took when nothing stood between:
    # "à l'exception seulement du mercredi", "ausgenommen eben den Freitag", "a excepción
    # únicamente del miércoles", "com exceção apenas da quarta")
    # (and the German "vom" and "am" in it: "mit Ausnahme lediglich vom Dienstag", "außer nur am
    # Montag")
     + rf"(?:{_EXCEPT_ASIDE}(?:\s+(?:du|des|de\s+la|de\s+l['’]|del|de\s+los|de\s+las|den|dem"
    # (and its own preposition after the word, when the day follows: "except just for Thursday",
    # "save only for Monday", "mit Ausnahme nur von Dienstag")
    rf"|da|do|das|dos|vom|am|(?:for|of|von)(?=\s+(?:the\s+|den\s+)?(?:{alternation(WEEKDAYS)})(?!\w)))"
    r"(?!\w))?)?"
    # "except all of Friday": the whole of the day excepted
    r"(?:\s+(?:all\s+of|the\s+whole\s+of))?"
    # the part of day excepted on one day by a pronoun: "any afternoon except the one on
    # Thursday", "cualquier tarde menos la del miércoles", "sauf celui du jeudi", "menos a de
    # quinta", "außer dem am Donnerstag"
    r"(?:\s+(?:the\s+ones?\s+(?:on|of)|(?:la|el|las|los)\s+de(?:l|\s+la)?|cel(?:ui|le)s?\s+d[ue]"
    r"|(?:a|o|as|os)\s+d[aeo]|(?:der|die|das|dem|den)\s+(?:am|vom)))?"
    # (first a word of time with its article: "but not around lunch", "menos durante o almoço",
    # "mais pas pendant la pause", "salvo a la hora del almuerzo")
    rf"(?:\s+(?:{_LUNCH_LEAD}\s+{_LUNCH_ARTICLE}(?!\w)|around|over|durant"
    r"|on|the|el|le|am|a|o|la|na|no|at|during|zur|zum|über|à|au|en|durante|pendant|sur|les|las|los"
    r"|as|os"
    # (the German article the exception word governs: "außer dem Dienstag", "bis auf den Montag")
    r"|dem|den"
    r"|in\s+der|während\s+der|in\s+the|during\s+the"
    # a demonstrative: "sauf ce jeudi", "außer diesem Freitag", "menos este martes", "excepto
    # ese jueves", "exceto essa quarta"
    r"|ce|cette|diese[nm]|este|esta|ese|esa|neste|nesta|esse|essa|nesse|nessa))?"
    # the article's word saying the day is the one left out: "sauf le seul mardi", "except the
    # one Monday", "außer dem einzigen Dienstag", "salvo el único lunes", "exceto a única segunda"
    r"(?:\s+(?:seule?|one|only|sole|single|[úu]nic[oa]|einzigen?)"
    rf"(?=\s+(?:{alternation(WEEKDAYS)})(?!\w)))?"
    # the stretch of time the hours after it fill: "except the slot from 12 to 1", "à
    # l'exception de la plage 12h-13h", "bis auf die Stunde von 12 bis 13", "sin contar la franja
    # de 12 a 13", "fora o horário das 12h às 13h"
    rf"(?:{_SPAN})?"
    r"(?!\w)",
    re.IGNORECASE,
)
# (its words grouped by their first letters, as NEGATIVE's: they are tried at every word start)
EXCEPT = loose_compile(word_led(EXCEPT.pattern), re.IGNORECASE)
# "only", "just" in five languages: hours that narrow what was offered ("Friday only until 11")
ONLY = loose_compile(
    r"(?<!\w)(?:only|just|solo|sólo|solamente|únicamente|seulement|uniquement|nur|só|somente"
    r"|apenas|ausschließlich|exclusivamente|exclusivement|seule?s?"
    # "erst ab 16 Uhr" is from 16 on only; French says it around the verb: "je ne suis libre
    # qu'à partir de 16h", "je n'ai que le matin"
    r"|erst|n(?:e\s+|['’])(?:[^\W\d]+['’]?\s*){1,4}?qu(?:e|['’]))(?!\w)",
    re.IGNORECASE,
)
# A bare "but" contrasts ("busy Monday but Friday is fine") unless it follows a sweeping
# phrase: "any weekday but Friday", "all week but Thursday" leave that day out (across a line
# wrapped inside the sentence: "Wednesday any time\nbar 12-1", not a blank line).
SWEEPING_EXCEPT = loose_compile(
    # (or a run of days, each one, weekdays: "Monday to Friday afternoons but Tuesday", "each
    # morning next week but Thursday")
    r"(?<!\w)(?:any|anytime|anything|every|each|all|whole|entire|weekdays"
    r"|(?:mon|monday)\s*(?:to|through|thru|till|until|[-–])\s*(?:fri|friday))(?!\w)"
    # (the days the sweeping words say are taken are no offer a "but" leaves a day out of:
    # "every day is packed but Friday works")
    r"(?:(?!(?<!\w)(?:busy|booked|packed|full|out|taken|tied|swamped|slammed|blocked|away|off"
    r"|not|no|never|unavailable|impossible|bad|hard|tough|tricky|difficult|\w+n['’]t)(?!\w))"
    r"(?:[^.,;:!?\n]|\n(?![^\S\n]*\n))){0,25}?"
    # ("around all day, bar quarter to one till half two": "bar" and "save" past a comma too)
    r"(?:(?<!\w)(?:but|bar|save)|,[^\S\n]*(?:bar|save))(?:\s+(?:on|the))?(?!\w)"
    # (a "but" that opens a clause of its own, its subject a pronoun, contrasts: "any day next
    # week is fine but I need to leave by 4", "all week, but we close at 3")
    r"(?!\s+(?:i|we|he|she|they|you)(?:['’][a-z]+)?\s)"
    # "bar" and "save" (never "but") after "free" or "open": "Thursday is wide open bar 1-2pm"
    r"|(?<!\w)(?:free|open)(?!\w)[^.,;:!?\n]{0,15}?(?<!\w)(?:bar|save)(?:\s+(?:on|the))?(?!\w)",
    re.IGNORECASE,
)
# The sender obliged to go somewhere or do something at an hour, up to the word that leads the
# hour (the verb not one of meeting, answering or moving the interview)
_NOT_ERRAND = (
    r"(?:do|meet|talk|speak|chat|call|ring|phone|start|begin|kick|finish|wrap|end|schedule|book"
    r"|make|keep|move|push|shift|say|confirm|check|know|let|hear|reply|answer|respond|get\s+back"
    # (nor what the sender says or owns to: "I have to admit any time from 2 suits me")
    r"|admit|tell|confess|agree|mention|warn|ask|apologi[sz]e|thank|point|note|stress|dire|avouer"
    r"|admettre|signaler|préciser"
    r"|faire|voir|parler|rencontrer|appeler|commencer|finir|terminer|confirmer|savoir|décaler"
    r"|répondre"
    # (nor leaving, which bounds the day where it is read, `lex`: "I have to leave at 4", "je
    # dois partir à 16h")
    r"|leave|go(?=\s+(?:at|@|by)\b)|head|partir|quitter|filer|m['’]en\s+aller)(?!\w)"
)
_ERRAND = (
    r"(?:(?:i|we)(?:['’]ll|\s+will|['’]d|\s+would)?\s+(?:have|need)\s+to|(?:i|we)['’]ve\s+got\s+to"
    r"|(?:i|we)\s+(?:must|gotta|got\s+to)|(?:i|we)['’]ve\s+been\s+(?:asked|told)\s+to"
    r"|(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:supposed|meant|due|expected)\s+to)"
    # (or from an hour on: "I've been asked to cover the till from 3", "je dois tenir la caisse à
    # partir de 15h", "tengo que cubrir la caja desde las 3")
    rf"\s+(?!{_NOT_ERRAND})[a-z][\w'’-]*(?:\s+[\w'’-]+){{0,5}}?(?=\s+(?:at|@|from)\s+\d)"
    r"|(?:je\s+dois|nous\s+devons|on\s+doit|il\s+faut\s+que\s+j['’]\w+)"
    rf"\s+(?!{_NOT_ERRAND})[a-zé][\w'’-]*(?:\s+[\w'’-]+){{0,5}}?"
    r"(?=\s+(?:à|a|vers|dès|à\s+partir\s+de)\s+\d)"
    # (Spanish and Portuguese "tengo que", "tenho de": "tengo que ir a buscar a mi hijo a las 4",
    # "tenho que buscar meu filho às 16h")
    r"|(?:tengo|tenemos|tenho|temos)\s+(?:que|de)"
    r"\s+(?!(?:hacer\w*|ver|verl[ao]s?|hablar|empezar|comenzar|terminar|confirmar|saber|reunirnos"
    r"|mover\w*|cambiar\w*|pasarl[ao]|fazer\w*|falar|conversar|começar|remarcar"
    r"|salir|irme|marcharme|sair|ir\s+embora)(?!\w))"
    r"[a-zñçãé][\w'’-]*(?:\s+[\w'’-]+){0,5}?"
    r"(?=\s+(?:a\s+las?|às|as|a\s+la|pelas|por\s+las|desde\s+las?|desde\s+as"
    r"|a\s+partir\s+d(?:e\s+las?|as?))\s+\d)"
    # (German names the hour first and the errand's verb last: "ich muss aber um 16 Uhr meinen
    # Sohn abholen", "wir müssen um 15 Uhr beim Arzt sein")
    r"|(?:ich\s+muss|(?<!es\s)(?<!das\s)muss(?:\s+ich)?|wir\s+müssen|müssen\s+wir)"
    rf"(?:\s+{MUST_PARTICLES}){{0,2}}"
    r"(?=\s+(?:um|ab)\s+\d{1,2}(?:[:.]\d\d)?(?:\s*uhr)?(?:\s+[\w'’-]+){1,4}?"
    r"\s+(?!treffen|sprechen|telefonieren|anfangen|beginnen|starten|machen|reden|besprechen"
    r"|schieben|verschieben|wissen|antworten|gehen|aufbrechen|losfahren|fahren)[a-zäöü]+n"
    r"(?=\s*(?:[.,;:!?)\n]|$)))"
)
# Children to look after: "the school run", "recoger a los niños", "die Kinder abholen"
_CHILDCARE = (
    r"child\s*care|school\s+run|kinderbetreuung|guardería|garde\s+des\s+enfants"
    r"|(?:pick\s+up|drop\s+off|recoger\s+a|llevo\s+a|llevar\s+a|buscar|levo|levar|récupère|récupérer"
    r"|dépose|déposer|abholen|bringe|bringen)\s+(?:the|my|los|mis|as|os|les"
    r"|meine|die)\s+(?:kids|children|niños|hijos|crianças|filhos|enfants|kinder)"
    r"|(?:die|meine)\s+kinder\s+abholen"
    # the nursery or its pick-up: "Kita-Abholung", "crèche", "guardería", "creche", "nursery run"
    r"|kita|krippe|crèche|creche|guardería|school\s+pick-?up|nursery\s+(?:run|pick-?up)"
)
# What may follow a place and keep it from refusing the day: hours after it are when the sender
# is there ("Mardi je suis au bloc à partir de midi"), and a yes after it says the place suits
# ("estoy en el club igual, así que me sirve"), unless the yes is said of another day after a
# comma ("Mardi je suis à Lyon, mercredi après 14h ça me va")


def _not_told_free(words: str) -> str:
    """A place kept from refusing its day by `words` after it, in its own sentence and before
    another day is named after a comma."""
    return (
        r"(?!(?:(?!,\s*(?:(?:el|le|am|on|na|no|a|o)\s+)?(?:" + alternation(WEEKDAYS) + r")(?!\w))"
        rf"[^.\n]){{0,60}}?(?<!\w)(?:{words})(?!\w))"
    )


# Away told as gone: "I'm gone the whole week of the 11th", "she'll be gone all next week" (not
# "I've gone through", "it's gone well": the person is the subject, and nothing is gone over)
_GONE = (
    r"(?:i['’]m|i\s+am|i['’]ll\s+be|i\s+will\s+be|we['’]re|we['’]ll\s+be|(?:he|she)(?:['’]s|\s+is"
    r"|['’]ll\s+be|\s+will\s+be)|they['’]re|they['’]ll\s+be)\s+gone(?!\s+(?:through|over|by|with))"
    r"(?!\w)"
)

# "there anyway": the sender will be at the place whatever comes, so can be reached there
_ANYWAY = (
    r"anyways?|regardless|in\s+any\s+case|igual|sowieso|ohnehin|quand\s+même"
    r"|de\s+toute\s+(?:façon|manière)|de\s+todos\s+modos|de\s+todas\s+(?:formas|maneras)"
    r"|de\s+qualquer\s+(?:jeito|forma|maneira)"
)
ANYWAY = loose_compile(rf"(?<!\w)(?:{_ANYWAY})(?!\w)", re.IGNORECASE)
_PLACE_TAIL = r"(?![^.,;\n]{0,40}?(?:\d|midi|mediod[ií]a|meio-dia|mittag))" + _not_told_free(
    rf"{_ANYWAY}|me\s+sirve|me\s+va|me\s+viene|works|suits|passt|geht"
    r"|convient|m['’]arrange|me\s+serve|dá"
)
# English hours after a place are when the sender is kept there ("I'm at the plant until 2"),
# and a yes after it may be another day's ("I'm at the plant Thursday but Friday works"): only
# "anyway" says the place is where the sender can be reached ("I'm at the store tomorrow
# morning anyway, could do a call then")
_EN_PLACE_TAIL = _not_told_free(_ANYWAY)
# The sender kept at a place other than the office or home: "je suis au salon", "bin ich im
# Audit", "estoy en la feria", "estou na obra" (as "I'm at the plant" in English)
_AT_PLACE = (
    r"(?:(?:je\s+suis|je\s+serai|nous\s+sommes)\s+(?:au|aux|à\s+la|à\s+l['’])\s*"
    r"(?!bureau|maison|écoute|aise|heure)\w+"
    r"|(?:bin|sind)\s+(?:ich|wir)\s+(?:(?:leider|ganz|komplett)\s+)?(?:im|beim)\s+"
    r"(?!büro|office|homeoffice|home-office|haus)\w+"
    # (round 40: "ando en", as Mexico says where it works, "en la mañana ando en la línea")
    r"|(?:estoy|estaré|estamos|estaremos|ando|andamos)\s+en\s+(?:el|la|un|una)\s+(?!oficina|casa|mism)\w+"
    r"|(?:estou|estarei|estamos|estaremos|tô)\s+(?:no|na|num|numa)\s+(?!escritório|mesm|minha\s+mesa)\w+)"
    + _PLACE_TAIL
)
# Taken up with a task, told by "with" and what fills the time, as "estoy en la feria" by the
# place: "por la mañana estoy con los pedidos", "de manhã estou com as entregas", "le matin je
# suis sur les livraisons", "in the morning I'm with a client" (not the sender's own free time:
# "estoy con la agenda libre", nor an option: "estoy con la del jueves")
_WITH_TASK = (
    r"(?:(?:(?:je\s+suis|je\s+serai|nous\s+sommes)\s+(?:pris[e]?\s+)?(?:avec|sur)\s+(?:un|une|des|les|mes"
    r"|mon|ma|nos)\s+"
    r"|(?:i['’]m|i\s+am|i['’]ll\s+be|we['’]re|we\s+are)\s+(?:with|w/)\s+(?:a|an|my|our|some)\s+"
    r"|(?:estoy|estaré|estamos|estaremos|ando)\s+con\s+(?:el|la|los|las|un|una|mis?)\s+"
    r"|(?:estou|estarei|estamos|estaremos|tô|ando)\s+com\s+(?:o|a|os|as|um|uma|meus?|minhas?)\s+)"
    r"(?!(?:agenda|tarde|mañana|manhã|d[ií]a|semana|horário|horario|journée|matinée|après-midi"
    r"|del?|d[aoe]s?|que|one)(?!\w))\w+"
    + _PLACE_TAIL
    # German says what it is taken up with before the verb: "vormittags hab ich mit Lieferungen
    # zu tun", "bin ich mit der Inventur beschäftigt"
    + r"|(?:hab|habe|haben)\s+(?:ich|wir)\s+(?:[\w.-]+\s+){0,3}?mit\s+(?:[\w.-]+\s+){1,3}?zu\s+tun"
    r"|(?:bin|sind)\s+(?:ich|wir)\s+(?:[\w.-]+\s+){0,3}?mit\s+(?:[\w.-]+\s+){1,3}?(?:beschäftigt"
    r"|eingespannt|ausgelastet|zugange))"
)
# In a town or country named, told after a day, the sender or someone relayed: "mardi je suis à
# Bordeaux", "il sera en Suisse", "martes estoy en Bilbao", "quinta estou em Ponta Delgada"
# (a phone drops the accent: "je suis a Lyon", "estare en Bilbao", "to em Recife"); a country
# or region takes its article: "il est au Brésil", "está en el Perú", "ele está no Amazonas"
# (before the days, "je suis à Paris cette semaine" says where the sender writes from)
_IN_TOWN = (
    r"(?:(?:je\s+(?:suis|serai)|nous\s+(?:sommes|serons)|(?:il|elle)\s+(?:est|sera))\s+"
    r"(?:à|a|en|au|aux)\s+(?!Votre|Vous)(?-i:[A-Z])\w+"
    r"|(?:(?:él|ella|ellos|ellas)\s+)?(?:estoy|estar[ée]|estamos|estaremos|está|están|estar[áa]"
    r"|estarán)\s+en\s+(?:(?:el|la|los|las)\s+)?(?-i:[A-Z])\w+"
    r"|(?:(?:ele|ela|eles|elas)\s+)?(?:estou|estarei|estamos|estaremos|t[ôo]|está|estão|estar[áa]"
    r"|estarão)\s+(?:em|no|na|nos|nas)\s+(?-i:[A-Z])\w+)" + _PLACE_TAIL
)
# Out of reach, however far: "unreachable", "off the grid", "no signal", "injoignable", "hors
# réseau", "nicht erreichbar", "ohne Netz", "ilocalizable", "sin cobertura", "incontactável",
# "sem rede" (a few adverbs may stand before: "praktisch nicht erreichbar")
_UNREACHABLE = (
    r"(?:unreachable|uncontactable|not\s+(?:reachable|contactable)|out\s+of\s+(?:reach|contact"
    r"|range|signal)|off\s+(?:the\s+)?grid|incommunicado|without\s+(?:signal|reception|internet)"
    r"|no\s+(?:signal|reception|wi-?fi)|injoignable|(?:pas|difficilement)\s+joignable"
    r"|hors\s+(?:réseau|ligne|d['’]atteinte)|sans\s+(?:réseau|connexion|internet)|coupée?\s+du\s+monde"
    r"|(?:nicht|schwer|kaum)\s+erreichbar|unerreichbar|ohne\s+(?:netz|empfang|internet)"
    r"|kein(?:en)?\s+(?:netz|empfang)|funkstille|ilocalizable|(?:no|difícilmente)\s+localizable"
    r"|sin\s+(?:cobertura|conexión|señal|internet)|incomunicad[oa]|incontactável|incomunicável"
    r"|(?:não|dificilmente)\s+contactável|sem\s+(?:rede|sinal|internet|conexão)|fora\s+de\s+área"
    r"|inacessível)"
)
_NEARLY = (
    r"(?:practically|basically|totally|completely|mostly|pretty\s+much|praktisch|quasi"
    r"|völlig|komplett|kaum|pratiquement|totalement|complètement|quasiment|prácticamente"
    r"|totalmente|completamente|praticamente|basicamente)"
)
# (both lists grouped by letter: tried at every word start and, reaching back, at each of the
# eight words before a day, where under IGNORECASE re would try each of their words)
_OUT_OF_REACH = (
    rf"(?:{grouped(branches(_NEARLY), word_start=False)}\s+)?"
    rf"{grouped(branches(_UNREACHABLE), word_start=False)}"
)
# At an event that takes the days, named with its article, a phone's "ner" or "nem" and an
# adjective or a compound ("auf einem Lehrgang", "auf ner Fachmesse", "en un congreso", "numa
# formação", "à un colloque", "at a trade fair"): the kinds of event that keep someone away
# (courses, trainings, fairs, conferences, trips, family occasions), never a place of work or
# play that may be where they meet ("el taller", "the training ground", "the golf course")
_EVENT_DE = (
    r"\w*(?:lehrgang|schulung|fortbildung|weiterbildung|seminar|messe|tagung|konferenz|kongress"
    r"|workshop|reise|exkursion|klassenfahrt|studienfahrt|freizeit|hochzeit|beerdigung|retreat)"
)
_EVENT_ROMANCE = (
    r"(?:curso|cursillo|congreso|congresso|congrès|feria|feira|salon|seminario|seminário"
    r"|séminaire|jornadas?|formación|formação|formation|conferencia|conferência"
    r"|conférence|colloque|simposio|convención|workshop|viaje|viagem|voyage|boda|casamento"
    r"|mariage|retiro|retraite|stage|forum)"
)
_AT_EVENT = (
    r"auf\s+(?:einem|einer|einen|der|dem|ner|nem|['’]ner|['’]nem)\s+(?:\w+\s+)?"
    rf"{_EVENT_DE}(?!\w)"
    rf"|(?:en|em)\s+(?:un|una|um|uma)\s+(?:\w+\s+)?{_EVENT_ROMANCE}(?!\w)"
    rf"|(?:num|numa)\s+(?:\w+\s+)?{_EVENT_ROMANCE}(?!\w)"
    rf"|à\s+(?:un|une|la)\s+(?:\w+\s+)?{_EVENT_ROMANCE}(?!\w)|au\s+{_EVENT_ROMANCE}(?!\w)"
    r"|at\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:conference|convention|congress|trade\s+(?:fair|show)"
    r"|expo|summit|seminar|workshop|training\s+(?:course|camp)|wedding|funeral|retreat"
    r"|off-?site)(?!\w)"
)
# Away on something that takes the days, in its other names: "on a course", "on secondment",
# "on a business trip", "en stage", "en mission", "en tournée", "de gira", "de curso", "en una
# misión", "auf Lehrgang", "auf Montage", "in Elternzeit", "habe ich Urlaub", "em missão", "num
# curso", "de atestado" (not a day off work, "de folga", "habe ich frei": free to meet)
# (its branches are the cue's own, so that each is grouped by its first letter)
_AWAY_ON = (
    r"on\s+(?:a|an|my|our|the)\s+(?:[\w-]+\s+)?(?:course|retreat|trip|tour|secondment"
    r"|assignment|placement|field\s+trip|away\s*day|deployment|rotation|expedition|residential"
    # (a job of work away: "on a dive inspection", "on a site survey", "on an audit", "on a shoot")
    r"|inspection|survey|audit|site\s+visit|shoot|job|call-?out|patrol|voyage|crossing|fieldwork"
    r"|dig|excavation|recce|trek|tour\s+of\s+duty|posting|stint|detail|mission)"
    # (no article: "on secondment", "on tour"; not "on course for Thursday")
    r"|on\s+(?:secondment|assignment|placement|deployment|rotation|tour)"
    r"|en\s+(?:stage|mission|tournée|voyage|arrêt\s+(?:maladie|de\s+travail)|rtt|détachement|colloque)|de\s+(?:gira|misión|curso|congreso|excursión|asuntos\s+propios)"
    r"|en\s+(?:un|una)\s+(?:curso|misión|gira|feria|retiro|excursión)|en\s+comisión\s+de\s+servicio"
    # (with its article, as a compound, or as phones shorten it: "auf einem Gefahrgut-Lehrgang",
    # "auf ner Schulung", "auf einem Kongress")
    r"|auf\s+(?:(?:einem|einer|dem|der|ner|nem|['’]ner|['’]nem)\s+)?[\w-]*?(?:lehrgang|tour"
    r"|montage|kur|klassenfahrt|seminar|exkursion|reha|schulung|fortbildung|weiterbildung"
    r"|kongress|konferenz|tagung|messe|workshop|kurs|baustelle|einsatz|hochzeit|beerdigung)(?!\w)"
    r"|in\s+(?:elternzeit|kur|reha|quarantäne|mutterschutz)|krankgeschrieben"
    # a duty had that day or week, in each language: "habe ich Nachtdienst", "hab ich
    # Rufbereitschaft", "I have a night shift", "j'ai une garde", "tengo guardia", "tenho plantão"
    # (not a shift that names its half of the day, "Frühschicht bis 14 Uhr": the rest is free)
    r"|(?:(?:habe|hab|haben|hat)\s+(?:ich|wir|er|sie)|i\s+have|i['’]ve\s+got|we\s+have|j['’]ai"
    r"|nous\s+avons|on\s+a|tengo|tenemos|tenho|temos)\s+(?:(?:leider|noch|schon|wieder|a|an"
    r"|the|une|un|una|uma|um|eine[nr]?|ne|['’]ne)\s+){0,2}(?:urlaub|elternzeit|[\w-]*?lehrgang"
    r"|seminar|(?!früh|spät)[\w-]*?(?:dienst|schicht)|(?:ruf)?bereitschaft\w*|night\s+shifts?"
    r"|(?:on-call|overnight|double)\s+shifts?|gardes?|astreintes?|permanences?|guardias?|ret[ée]n"
    r"|plant(?:ão|ao|ões)|sobreaviso)(?!\w)"
    r"|em\s+(?:missão|turnê|excursão|estágio|curso)|(?:num|numa)\s+(?:curso|missão|feira|excursão)"
    r"|de\s+(?:atestado|baixa)|(?:estou|estarei|vou\s+estar|fico|ficarei|tô)\s+fora(?!\s+de\s+quest)"
    # on duty or on call, before or after the days: "estoy de guardia todo el día", "de segunda a
    # quarta tô de plantão", "de garde", "d'astreinte", "Bereitschaft"
    # (or standing by, on the rota, by its other names: "de sobreaviso", "de escala", "de retén",
    # "de permanence", "on standby", "on duty", "im Dienst")
    r"|de\s+guardia|de\s+plantão|de\s+plantao|de\s+garde|d['’]astreinte|on\s+call|bereitschaft"
    r"|de\s+(?:sobreaviso|escala|ret[ée]n|permanence)|on\s+(?:standby|duty)|im\s+dienst"
    rf"|{_OUT_OF_REACH}|{_AT_EVENT}"
)
# "at", or "up at", "out at", "down at", "over at": where the sender is kept
# The sender's own seat of work or home, where they can be reached: "at my desk", "à mon
# poste", "am Schreibtisch", "en mi mesa", "na minha mesa"; a part of day spent there is free
_SEAT = (
    r"(?:desk|office|computer|laptop|pc|workstation|home|place|phone|bureau|poste|ordinateur|ordi"
    r"|maison|domicile|téléphone|schreibtisch|büro|rechner|arbeitsplatz|hause|mesa|oficina"
    r"|despacho|ordenador|computadora|casa|escritorio|escritório|computador|telefone|teléfono)(?!\w)"
)
_NOT_SEAT = rf"(?!{_SEAT})"
_AT_FAR = r"(?:(?:up|down|out|over|off|away)\s+)?at\s+"
# Exams sat, in their names: "exams", "midterms", "resit", "viva", "partiels", "concours",
# "soutenance", "Prüfung" and its compounds ("Meisterprüfung"), "Klausur", "exámenes",
# "parciales", "exames", "provas", "frequências"
_EXAMS_WORDS = (
    r"exams?|midterms|resits?|retakes?|viva|examens?|partiels?|concours|oraux|soutenance"
    r"|rattrapages?|\w*(?:prüfung|pruefung|klausur)(?:en)?|staatsexamen|ex[áa]menes|parciales"
    r"|recuperaciones|exames?|provas?|frequências|testes"
)
_EXAMS = f"(?:{_EXAMS_WORDS})"
# a visit to a doctor, kept like a meeting: "tengo dentista", "tenho consulta", "j'ai le
# dentiste", "I have a dentist appointment", "hab ich Physio"
_CARE = (
    r"(?:dentist|doctor|physio|médico|medico|dentista|consulta|fisio|fisioterapia|pediatra"
    r"|médecin|medecin|dentiste|kiné|kine|zahnarzt|arzt|ärztin)"
)
# Words of degree or of "also" around a verdict on a day: "auch eher", "a bit", "plutôt",
# "también", "meio"
_DEGREE = (
    r"(?:also|too|a\s+(?:bit|little)|rather|pretty|quite|really|very|kind\s+of|somewhat|fairly"
    r"|aussi|un\s+peu|plutôt|assez|très|vraiment|également|auch|eher|etwas|ziemlich|sehr|leider"
    r"|ebenfalls|recht|echt|también|un\s+poco|bastante|muy|más\s+bien|algo|medio|também"
    r"|um\s+pouco|meio|bem|muito|mais)"
)
_HARD = (
    r"(?:bad|tricky|difficult|awkward|tough|problematic|hectic|rough|compliqué|difficile"
    r"|délicat|problématique|mauvais|schlecht|ungünstig|schwierig|knapp|problematisch|kritisch"
    r"|unpassend|blöd|doof|complicad[oa]|difícil|problemátic[oa]|fatal|ruim|puxad[oa]"
    r"|apertad[oa]"
    # too full, as a week is said to be ("cette semaine est assez chargée", "esta semana está
    # muy cargada", "essa semana tá lotada")
    r"|chargée?|surchargée?|blindée?|cargad[oa]|llen[oa]"
    r"|saturad[oa]|chei[oa]|lotad[oa]|atolad[oa]"
    # (round 46) or a problem, by its noun: "Thursday's a problem for me", "could be an issue",
    # "c'est un souci", "ist ein Problem", "es un problema", "é um problema"; or by its verb:
    # "jeudi ça me pose problème", "el jueves me complica", "Donnerstag macht mir Probleme"
    r"|(?:a|an)\s+(?:(?:bit|little)\s+of\s+an?\s+|real\s+|big\s+|slight\s+)?(?:problem|prob|issue"
    r"|nightmare|struggle|stretch|headache|challenge)"
    r"|une?\s+(?:petit\s+|gros\s+|vrai\s+)?(?:problème|souci|casse-tête)"
    r"|(?:ein|eine)\s+(?:kleines\s+|großes\s+)?(?:problem|herausforderung)"
    r"|una?\s+(?:pequeño\s+|gran\s+|pequeno\s+|grande\s+)?(?:problema|lío|rollo)|uma?\s+problema"
    r"|(?:(?:ça|ca|cela)\s+)?(?:me\s+|nous\s+)?pose(?:rait)?\s+(?:un\s+)?(?:petit\s+|gros\s+)?(?:problème|souci)"
    r"|(?:me|nos)\s+complica(?:ría)?|macht\s+(?:mir\s+|uns\s+)?(?:probleme|schwierigkeiten))"
)
# A day judged hard to make: its verb (or "lo tengo", "tenho"), words of degree, then the verdict
# ("bad", "tricky", "awkward", "compliqué", "délicat", "schlecht", "ungünstig", "complicado",
# "difícil", "ruim", "puxado"); not after a no ("no está mal", "nicht schlecht")
_JUDGED_HARD = (
    rf"(?:{_DEGREE}\s+){{0,2}}(?:(?:is|are|['’]s|looks?|seems?|(?:could|might|may|would|will)\s+be"
    r"|c['’]est|est|sera|serait"
    r"|(?:ist|wird|wäre)(?:\s+es)?|es|está|sería|será|lo\s+veo|se\s+me\s+hace|é|tá|fica|seria"
    r"|(?:(?:lo|la|o|a)\s+)?(?:tengo|tenemos|tenho|temos|vejo))\s+)?"
    rf"(?:{_DEGREE}\s+){{0,3}}(?<!\bno\s)(?<!\bnot\s)(?<!nicht\s)(?<!\bpas\s)(?<!\bnão\s)"
    rf"{_HARD}(?!\w)"
)
# The sender held by exams or by court told after the days as a state, not as exams had or
# sat (those are above): "I'm in exams", "I'm sitting my finals", "je suis en partiels", "je suis
# en période d'examens", "estoy de exámenes", "estou de provas", "estou em época de exames",
# "bin ich in der Prüfungsphase", "schreibe ich Klausuren", "I'm in court", "bin ich als Zeuge
# bei Gericht", "estoy en un juicio", "estou em audiência", "je suis en audience"; the German
# verb may lead the days it holds ("bin ich Montag bis Mittwoch als Gutachter bei Gericht")
_EXAM_TIME = (
    r"(?:(?:época|período|periodo|semana|temporada|période|season|week)"
    r"\s+(?:de\s+|d['’]\s*|of\s+)?)?"
)
_ACTIVITY_HELD = (
    r"(?:(?:i['’]?m|i\s+am|i['’]ll\s+be|i\s+will\s+be|we['’]re|we\s+are)\s+(?:\w+\s+)?"
    r"(?:(?:in|at|sitting|taking|doing|writing)\s+(?:(?:my|our|the)\s+)?"
    rf"{_EXAM_TIME}(?:[\w-]+\s+)?(?:{_EXAMS_WORDS}|finals)|(?:in|at)\s+(?:a\s+)?(?:court|hearing|trial))"
    r"|(?:je\s+suis|je\s+serai|nous\s+sommes|nous\s+serons)\s+(?:\w+\s+)?en\s+"
    rf"(?:{_EXAM_TIME}(?:[\w-]+\s+)?(?:{_EXAMS_WORDS})|audience|procès)"
    r"|(?:estoy|estaré|estamos|estaremos|estou|estarei|t[ôo])\s+(?:\w+\s+)?(?:de|en|em)\s+"
    rf"(?:{_EXAM_TIME}(?:[\w-]+\s+)?(?:{_EXAMS_WORDS}|finales|oposiciones|selectividad)"
    r"|(?:un\s+|uma\s+)?(?:juicio|audiencia|audiência|julgamento))"
    r"|(?:(?:bin|sind)\s+(?:ich|wir)\s+(?:\w+\s+){0,6}?)?(?:als\s+\w+\s+)?(?:bei|vor)\s+gericht"
    r"|(?:bin|sind)\s+(?:ich|wir)\s+(?:\w+\s+){0,2}?"
    r"in\s+(?:der\s+|den\s+|meiner\s+|meinen\s+)?\w*(?:prüfung|klausur)\w*"
    r"|(?:schreibe|schreiben)\s+(?:ich|wir)\s+(?:\w+\s+){0,2}?\w*(?:prüfung|klausur)\w*)(?!\w)"
    # (not with its hours: "Wednesday I'm in court till lunch, so any time after 2")
    r"(?![^.,;\n]{0,30}?(?<!\w)(?:\d|till|until|bis|jusqu|hasta|até|from|ab|à\s+partir|desde"
    r"|lunch|noon|midi|mittag|mediod|meio-dia|morning|afternoon|matin|après-midi|vormittag"
    r"|nachmittag|mañana|tarde|manhã))"
)
# (the branches are grouped by the letters they start with: they are tried at every word start)
_NEGATIVE = (
    rf"(?:{_AT_PLACE}|{_WITH_TASK}|{_AWAY_ON}|{ENGAGED_AT}|{AT_PLACE_UNTIL}|{PHONE_NO}|"
    r"can['’]?t|cannot|can\s+not|couldn['’]t|won['’]t\s+be\s+able|unable|"
    # a time to keep free: "please avoid 1 to 2 pm", "merci d'éviter", "bitte vermeiden"
    r"avoid|éviter|vermeiden|evitar|evite|"
    r"not\s+available|not\s+free|no\s+good|no\s+longer|neither|none|ningun[ao]|nenhuma?|aucune?|forget|scratch|olvida|oublie[zr]?|"
    # travel: "I'll be in Berlin Thursday"; "pas dispo", "ya no le viene bien"; (round 44) or
    # someone else's, relayed: "he is in Durban all of Friday", "she'll be in Leeds"
    r"(?:i['’]ll\s+be|i\s+will\s+be|i['’]m|i\s+am|(?:she|he)['’]s|(?:she|he)\s+is|(?:she|he)['’]ll\s+be"
    r"|(?:she|he)\s+will\s+be|they['’]re|they\s+are)\s+in\s+(?-i:[A-Z][a-zà-ÿ]+)|"
    # the whole day spent where a trip just named goes: "flies to Durban and is there all of
    # Friday", "il y est toute la journée de vendredi", "den ganzen Freitag dort", "está allí
    # todo el viernes", "fica lá a sexta inteira"
    r"(?:is|am|are|i['’]m|(?:she|he)['’]s|(?:we|they)['’]re|(?:(?:i|we|she|he|they)['’]ll|will)\s+be|stays?|staying)\s+there\s+(?:all|the\s+"
    r"(?:whole|entire)|for\s+the\s+(?:whole|entire))|(?:(?:il|elle|on|ils|elles)\s+y\s+"
    r"(?:est|sera|reste|restera|sont|seront)|j['’]y\s+(?:suis|serai|reste))\s+(?:toute?\s+la\s+journée|tout)|"
    r"(?:ist|bin|sind|bleibt|bleibe|bleiben)\s+den\s+ganzen(?=\s+[\w.]+\s+(?:dort|da|drüben|vor\s+ort)"
    r"(?!\w))|(?:está|estoy|estará|estaré|están|estarán)\s+(?:allí|allá|ahí)\s+todo|"
    r"(?:fica|fico|ficam|ficará|ficarei|está|estou|estará|estarei)\s+(?:lá|ali)(?=\s+(?:[ao]s?|n[ao]s?|toda|todo)\s)|"
    # "je serai à Lyon", "estaré en Sevilla", "estarei em Braga"
    r"(?:je\s+serai|nous\s+serons|estaré|estaremos|estarei)\s+(?:à|en|em|no|na)\s+"
    r"(?-i:[A-Z][a-zà-ÿ]+)|"
    # (someone else's, relayed: "as she's at the plant from lunchtime")
    # (phones drop the apostrophe, and a place far off takes a particle: "im at the bike expo",
    # "I'm up at the pass", "I'll be out at the rig")
    r"(?:i['’]?m|i\s+am|i['’]ll\s+be|i\s+will\s+be|(?:she|he)['’]s|(?:she|he)\s+is)"
    rf"\s+{_AT_FAR}(?:a|an|the|my|her|his|our|their)\s+{_NOT_SEAT}\w+{_EN_PLACE_TAIL}|wedding|funeral|"
    # at an event or a place named by its name: "I'm at GDC all that week", "im at Web Summit",
    # "I'm up at Loveland Pass"
    rf"(?:i['’]?m|i\s+am|i['’]ll\s+be|i\s+will\s+be)\s+{_AT_FAR}(?-i:[A-Z])\w+{_EN_PLACE_TAIL}|"
    # the sender in a room that keeps them: "I'm in theatre from midday", "in clinic from 1pm"
    r"(?:i['’]m|i\s+am|i['’]ll\s+be|i\s+will\s+be|(?:she|he)['’]s|(?:she|he)\s+is)\s+(?:in|on)\s+"
    r"(?:the\s+)?(?:theatre|theater|"
    r"surgery|clinic|court|class|lectures?|meetings?|the\s+ward|rounds|the\s+floor)|"
    # the sender's own shift or class starting at a time: "I start my shift at 10:30", "entro a
    # trabajar a las 3", "meu turno começa às 14h", "je commence à 10h", "Schicht beginnt um 10"
    r"(?:i|we)\s+(?:start|begin)\s+(?:my\s+|our\s+)?(?:shift|work|class(?:es)?|lectures?)|"
    r"my\s+(?:shift|class|lecture)\s+(?:starts|begins)|"
    r"entro\s+a\s+trabajar|(?:empiezo|comienzo)\s+(?:a\s+trabajar|(?:mi\s+)?turno)|"
    r"mi\s+turno\s+(?:empieza|comienza)|(?:começo|entro)\s+(?:a\s+trabalhar|no\s+(?:trabalho|turno))|"
    r"(?:meu\s+)?turno\s+começa|je\s+(?:commence|prends\s+mon\s+poste|embauche)|"
    r"mon\s+service\s+commence|(?:meine\s+)?schicht\s+(?:beginnt|fängt)|"
    # the sender's shift named by its half of the day: "Frühdienst bis 13 Uhr", "late shift"
    r"(?:früh|spät|nacht|bereitschafts)(?:dienst|schicht)|(?:early|late|night)\s+(?:[\w-]+\s+)?shift|"
    r"turno\s+(?:de\s+(?:la\s+)?)?(?:mañana|tarde|noche)|turno\s+da\s+(?:manhã|tarde|noite)|"
    r"poste\s+(?:du\s+matin|de\s+l['’]après-midi|de\s+nuit)|"
    r"(?:je\s+suis|il\s+est|elle\s+est|on\s+est)\s+(?:du\s+matin|de\s+l['’]après-midi"
    r"|d['’]après-midi|du\s+soir)|"
    r"pas\s+libre|no\s+disponible|abroad|en\s+formation|en\s+réunion|"
    rf"tengo\s+(?:\w+\s+)?(?:{_CARE}|cita|reunión|examen|formación|curso|clases?)|(?:zahn)?arzttermin|schulung|fortbildung|"
    rf"tenho\s+(?:\w+\s+)?(?:{_CARE}|reunião|aulas?)|"
    # classes the sender has, told before their days: "I have lectures until 12 on Tuesdays",
    # "j'ai cours le lundi", "habe ich Vorlesung" (Spanish and Portuguese above)
    r"(?:i\s+have|i['’]ve\s+got|j['’]ai)\s+(?:\w+\s+)?(?:class(?:es)?|lectures?|cours)|vorlesung\w*|"
    r"no\s+(?:me|le|nos|les)\s+(?:viene|va|queda)\s+bien|"
    # a note superseded: "ignore her note below about Tuesday", "ne tenez pas compte de"
    r"ignore|disregard|ignora|ignorez|ignorer|ignorieren|ignoriere|ignoriert|desconsider[ea]|"
    r"no\s+(?:tengas|tengan|tenga)\s+en\s+cuenta|ne\s+tenez\s+pas\s+compte|"
    r"(?:a\s+)?no-?go(?:\s+(?:for|on))|"
    r"vergiss|esquece|pto|ooo|out\s+of\s+(?:the\s+)?office|fora\s+do\s+escrit[óo]rio|"
    rf"fuera\s+de\s+(?:la\s+)?oficina|hors\s+du\s+bureau|busy|booked|blocked|tied\s+up|{OFF_WORK}"
    # (not time slipping by: "the morning got away from me")
    r"|away(?![^\S\n]+from[^\S\n]+(?:me|us|him|her)(?!\w))"
    rf"|{OUT_AWAY}|{_GONE}|"
    r"travell?ing|travels?(?=[^\S\n]+to(?!\w))|driving|flying|on\s+site"
    r"|on\s+(?:(?:annual|parental|paternity|maternity|sick|study"
    r"|medical|compassionate|garden|family)\s+)?(?:holiday|vacation|leave)|"
    # out working in the field: "tô em campo", "en terreno", "sur le terrain", "im Außendienst";
    # or on a building site: "em obra", "en obra", "sur le chantier", "auf der Baustelle"
    r"(?:in|out\s+in)\s+the\s+field(?!\s+of)|em\s+campo|en\s+terreno|sur\s+le\s+terrain"
    r"|em\s+obra|en\s+obra|sur\s+(?:le|un)\s+chantier|auf\s+(?:der|einer)\s+baustelle"
    r"|im\s+außendienst|on-site|onsite|offsite|"
    # a flight or trip told before its day: "vuelo a Lima mañana", "je pars à Lyon jeudi"
    r"(?:vuelo|viajo|voo|vou)\s+(?:a|para|pra)\s+(?-i:[A-Z])\w+|(?:je\s+pars|je\s+vole)\s+(?:à|pour|en)\s+\w+|"
    r"flieg(?:e)?\s+(?:ich\s+)?nach\s+\w+|(?:i['’]m|i\s+am)\s+flying\s+to\s+\w+|"
    r"(?:i|we|they|he|she)\s+fl(?:y|ies)\s+(?:back\s+)?(?:to|into|home)(?!\w)|"
    r"em\s+viagem|de\s+viagem|de\s+férias|en\s+viaje|de\s+vacaciones|im\s+urlaub|auf\s+reisen|"
    # a trip told by its flight: "je prends l'avion mercredi", "na quarta apanho o avião", "I fly
    # out Wednesday", "el miércoles cojo el avión" (not "um 14 Uhr sitze ich im Flieger": a
    # flight at an hour says which afternoon is taken, not which is left)
    r"(?:prends|prendre)\s+l['’]avion|(?:apanho|pego|tomo|cojo)\s+(?:o|el)\s+avi(?:ão|ón)|fly\s+out|flying\s+out|"
    # on leave: "de permiso", "de licencia", "de baja", "de licença"
    r"de\s+(?:permiso|licencia|baja|licença)|"
    # a move or a civic duty that takes the days: "moving house next week", "jury duty all
    # week", "je déménage", "Umzug", "ziehe um", "estoy de mudanza", "estou de mudança"
    r"moving\s+(?:house|home|flat|apartment|offices?)|(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+moving"
    r"|relocating|jury\s+(?:duty|service)|honeymoon|sabbatical|déménag\w*|umzug|ziehe\s+(?:ich\s+)?um"
    # the verb's particle at the end: "wir ziehen nächste Woche um"
    r"|(?:ich|wir)\s+ziehen?(?=\s+(?:[\w.]+\s+){1,3}?um(?!\w))"
    r"|mudanza|(?:me|nos)\s+mudo|(?:de|em)\s+mudança|mud(?:ar|o|amos)\s+de\s+casa|"
    r"conference|all-hands|dentist|doctor|appointment|workshops?|clash|conflict|"
    # (its words listed one by one, so that each word start tries only those of its letter)
    rf"{_EXAMS_WORDS}|"
    # a congress or seminar away, jury service: "en séminaire du 7 au 11", "en un congreso",
    # "num congresso", "auf einem Kongress", "juré d'assises"
    r"congreso|congresso|kongress|congrès|séminaire|seminário|seminario|juré\s+d['’]assises|"
    # the sender's own busy time told as the event: a hearing ("tengo juicio hasta las 14h",
    # "j'ai une audience jusqu'à 14h"), teaching ("I teach 9 to 12", "je donne cours", "doy
    # clase", "dou aula", "unterrichte ich"), surgery ("au bloc", "im OP", "en quirófano", "no
    # bloco"), presenting, a meeting or call of one's own, a medical appointment
    r"(?:a|the|court|my)\s+hearing|trial|juicio|audiencia|audience|audiência|(?:gerichts)?verhandlung|gerichtstermin|"
    r"(?:i|we)\s+teach|teaching|(?:je\s+)?donne\s+(?:un\s+|mon\s+|des\s+)?cours|doy\s+clases?"
    r"|dou\s+aulas?|unterrichte|au\s+bloc|im\s+OP|quirófano|(?:no|em)\s+bloco|operating|"
    r"presenting|giving\s+a\s+(?:talk|presentation)|je\s+présente|presento|apresento|präsentiere|"
    # working at one's job then: "I'm working Thursday afternoon", "je travaille jeudi"
    rf"{WORKING}|"
    r"(?:i\s+have|i['’]ve\s+got|i['’]m\s+in)\s+(?:a|an|my|our)\s+(?:[\w-]+\s+){0,2}?(?:meeting|call)|"
    # (round 46) an errand the sender must run at an hour: "I have to pick up my son at 4", "I've
    # got to take my mum to the GP at 3", "je dois récupérer mon fils à 16h", "il faut que
    # j'aille chercher ma fille à 16h" (the hour is the errand's; not the interview done or
    # told then: "we'd have to do it at 4", "I need to know by 4")
    rf"{_ERRAND}|"
    r"(?:my|mon|meinem|mi|minha)\s+(?:\d\S*\s+)?call|(?:ma|mi|minha)\s+(?:réunion|reunión|reunião|llamada)|"
    r"(?:in\s+einer|eine)\s+besprechung|en\s+reunión|em\s+reunião|rdv\s+médical|rendez-vous\s+médical|"
    r"médecin|dentiste|dentista|zahnarzt|"
    # a course of therapy that takes the hours: "physio every morning", "Physiotherapie",
    # "kiné", "rééducation", "rehabilitación", "fisioterapia", "reabilitação"
    r"physio\w*|kiné\w*|rééducation|rehabilitaci[óo]n|reabilita[çc][ãa]o|reha|fisio\w*|"
    # care of children at those hours: "afternoons I have childcare", "nachmittags habe ich
    # Kinderbetreuung", "je récupère les enfants", "tengo que recoger a los niños"
    rf"{_CHILDCARE}|"
    # a double shift on a rota: "working doubles", "doble turno", "doubles gardes",
    # "Doppelschichten", "plantão duplo", "turno dobrado"
    r"(?:working|pulling|doing)\s+doubles|double\s+shifts?|dobles?\s+turnos?|turnos?\s+dobles?"
    r"|doubles?\s+(?:gardes?|services?|postes?)|doppelschicht\w*|plant(?:ão|ões)\s+dupl[oa]s?"
    r"|turnos?\s+dobrados?|dobrando\s+(?:o\s+)?turno|"
    # a day the office is shut: "office closed (MLK Day)", "bank holiday", "jour férié",
    # "Feiertag", "festivo", "feriado", "fermé", "geschlossen", "oficina cerrada" (a bare
    # "fechado", "cerrado" is a deal struck: "qua 16h fechado")
    r"closed|(?:public|bank|federal|national)\s+holiday|férié|feiertags?|brückentag|festivo|feriado|fermée?"
    r"|geschlossen|(?:oficina|despacho|escrit[óo]rio|empresa)\s+(?:est[áa]\s+)?(?:cerrad|fechad)[oa]|"
    # sitting in a committee or board: "il est en comité de direction", "in committee", "en
    # consejo", "em comitê", "im Ausschuss", "a board meeting"
    r"(?:en|in|em|im)\s+(?:comité|comitê|committee|conseil|consejo|conselho|commission|comisión"
    r"|comissão|ausschuss|aufsichtsrat)|board\s+meeting|"
    # night shifts, slept off by day: "I'm on nights Mon-Wed", "je suis de nuit", "turno de
    # noche", "Nachtschicht", "turno da noite", "plantão noturno"
    # standing in for a colleague: "covering for a colleague Tue-Thu", "je remplace une
    # collègue", "cubro a un compañero", "vertrete ich eine Kollegin", "cubro um colega"
    r"covering\s+for|je\s+remplace|cubro\s+a|cubriendo\s+a|vertrete|cubro\s+(?:um|uma)|substituo|"
    r"on\s+nights|on\s+(?:the\s+)?night\s+shifts?|night\s+shifts?|working\s+nights|de\s+nuit"
    r"|turnos?\s+de\s+noche|guardias?\s+de\s+noche|nachtschicht\w*|nachtdienst\w*"
    r"|turnos?\s+da\s+noite|plantão\s+noturno|plantões\s+noturnos|"
    # working the nights: "I work nights", "trabajo de noche", "hago noches", "je fais les nuits",
    # "on fait les nuits", "faço noites"
    r"(?:i|we)\s+work\s+nights|(?:trabajo|trabajando)\s+de\s+noche|(?:hago|hacemos)\s+(?:las\s+)?noches"
    r"|(?:je\s+)?fais\s+(?:les\s+)?nuits|(?:on\s+fait|nous\s+faisons)\s+les\s+nuits"
    r"|(?:faço|fazemos)\s+(?:as\s+)?(?:noites|noturnos?)|(?:trabalho|trabalhando)\s+(?:de|à)\s+noite|"
    # ("Fri 18th – Full day", "full day available": a per-day entry offering the whole day, not "a
    # full day of audits"; "for the full morning", "the full afternoon works": the whole of it, as
    # "the whole morning" is, not "a full afternoon of calls")
    r"came\s+up|comes?\s+up|brutal|mess|packed|slammed|swamped|hectic|crazy|sick|scheduled|"
    # (Latin America's "full" after a verb of suiting is "fully", no day full: "me cuadra full",
    # "me sirve full", "me va full", "me queda full bien")
    rf"{_FULLY_AFTER}"
    r"full(?!(?<!\ba\sfull)[ \t-]*(?:day[ \t]*(?:[,;)]|\.?[ \t]*(?:\n|$)|(?:available|free|open)\b)"
    r"|(?<=\bthe\sfull)[ \t]+(?:day|morning|afternoon|evening)\b))|"
    # (the training ground or room is a place to meet: "at half ten at the training ground")
    r"training(?!\s+(?:ground|centre|center|room|facility|pitch|site|campus))|"
    r"no\s+(?:puedo|puede|pueden|podemos)|no\s+podré|ocupad[oa]|vacaciones|"
    # parts of the day full: "las tengo llenas", "estão cheias", "sind dicht", "vormittags
    # schlecht, nachmittags passt" ("no me es posible" is one of ruled_out's EXCLUDED)
    r"llen[oa]s?|chei[oa]s?|(?:dicht|schlecht|ungünstig)(?=\s*(?:[,.;]|$))|"
    r"(?:está|estará|estoy|estaré)\s+de\s+viaje|"
    r"(?:je\s+)?ne\s+(?:peux|pourrai|suis)\s+pas|occupée?|congés?|"
    # no longer free, as a relay tells of a day taken back: "il n'est finalement plus disponible
    # mercredi", "elle ne peut plus jeudi", "ya no está disponible", "já não está disponível"
    # ("ne … plus que jeudi" is "only Thursday")
    r"(?:ne|n['’])\s*(?:peut|peuvent|pourra|pourront|est|sont|sera|seront|suis|serai)\s+(?:\w+\s+)?"
    r"plus(?!\s+qu)(?:\s+(?:disponibles?|dispos?|libres?))?|"
    r"no\s+(?:está|estará|estoy|estaré|están|estarán)\s+disponibles?|"
    r"não\s+(?:está|estará|estarei|estão|estarão)\s+disponíve(?:l|is)|"
    # ("fuera de eso", outside that: the span just excepted, and the rest offered)
    r"en\s+déplacement|en\s+vacances|absente?|de\s+viaje|fuera(?!\s+de\s+(?:eso|esto|ello|ahí))|"
    # a row's entry that names where the day goes: "Wed - court", "Mon - in court all day",
    # "jeudi : au tribunal", "en el juzgado", "qua: embarcado"
    r"court|tribunal|juzgado|embarcad[oa]|au[ßs]{1,2}er\s+haus|gebucht|plaide|plaidoirie|"
    # "sexta, 11: sem disponibilidade", "sin disponibilidad", "no availability"
    r"sem\s+disponibilidade|sin\s+disponibilidad|no\s+availability|pas\s+de\s+disponibilit[ée]|"
    r"nicht|nich|kein(?:e|en)?|\w*urlaub|\w*ferien|beschäftigt|unterwegs|verreist|verhindert|dienstreise|"
    r"não\s+(?:posso|consigo|estou)|férias|viajando|"
    # the words that exclude a day, one class (ruled_out)
    rf"{EXCLUDED})"
)
# ... and the sender's state (ruled_out), last and apart: its branches are grouped by letter
# already, and a branch whose first letters `grouped` cannot see is copied into every group.
# All three open where no word goes on (a clause opened by FRONTED follows a stop, a space or
# nothing): one look-behind before them all skips a position inside a word at once.
NEGATIVE = loose_compile(
    f"(?<!\\w)(?:{grouped(branches(_NEGATIVE), word_start=False)}|{TAKEN}|{FRONTED})(?!\\w)",
    re.IGNORECASE,
)
# the spaces and stops between a day and what is said of it
_RUN_CHAR = r"[\s,:]"
_LEAD_RUN = _RUN_CHAR + "*"
_LEAD_WORDS = (
    # "cette semaine-là ne sera pas possible": the week named back, then refused
    r"(?:-?l[àa](?!\w)[\s,]*)?"
    # a note in brackets between the day and its refusal: "Monday (my birthday) no longer
    # works", "Montag (Feiertag) geht nicht", "el lunes (festivo) no puedo" (a date in brackets
    # restates the day, and is read as the sentence it opens)
    r"(?:\([^()\d\n]{1,40}\)[\s,]*)?"
    # the day taken back as soon as written, and why: "le lundi 15… ah non, c'est férié",
    # "Monday... oh wait, that's a holiday", "Montag … ach nee, da ist Feiertag", "el lunes… ah
    # no, que es festivo", "segunda… ah não, é feriado"
    r"(?:(?:…|\.{2,3})?[\s,]*(?=[aoew])(?:(?:ah|oh|ach|och|ai)[\s,]+)?(?:non|no|nein|nee|n[ãa]o"
    r"|wait|warte|espera|attends)(?!\w)[\s,!]*)?"
    # a plea before a bare refusal that ends its clause: "Donnerstag und Montag bitte nicht.",
    # "jeudi s'il vous plaît pas", "el jueves por favor no", "quinta por favor não"
    r"(?:(?=[bsp])(?:bitte|s['’]il\s+(?:vous|te)\s+pla[iî]t|svp|por\s+favor)\s+"
    r"(?=(?:nicht|no|pas|n[ãa]o)\s*(?:[.,;!)]|$)))?"
    # the day set apart by a cleft: "quinta é que não dá", "el jueves es que no puedo"
    r"(?:(?:é|es)\s+que\s+(?=n))?"
    # an adverb of contrast may stand between: "Lundi 14 en revanche c'est impossible",
    # "Thursday however is out", "el lunes en cambio no puedo", "Montag dagegen geht nicht"
    r"(?:(?=[ehpsdjanc])(?:en\s+revanche|par\s+contre|however|though|en\s+cambio|sin\s+embargo|dagegen|hingegen"
    r"|jedoch|allerdings|por\s+outro\s+lado|no\s+entanto|contudo|porém)[\s,]+)?"
    # the slot of that day, as English names it after the day, and the clause that recalls it:
    # "the Thursday slot we discussed no longer works", "Monday's time you sent is out"
    r"(?:(?:['’]s\s+)?(?=[sotmic])(?:slots?|times?|options?|meeting|interview|call)"
    r"(?:\s+(?:that\s+|which\s+)?(?:we|you|i|they|he|she)\s+[a-z]+(?:\s+(?:about|for|on))?)?[\s,]+)?"
)
_POST_NEGATIVE_LEAD = _LEAD_RUN + _LEAD_WORDS
_OPENS_RUN = re.compile(_RUN_CHAR)


def _after_lead(body: str, options: list[str]) -> str:
    """The lead, then `body`, the alternation of `options`, with the run of spaces and stops
    taken whole. Where it is not, the engine tries the body again after each shorter run, and
    none of the lead's words opens on a space or a stop: so only an option that may open on one
    can match after a shorter run (a per-day entry's ": no", "\t– no"), and it alone is tried
    there, in the same order (the same matches; a day and its comma were three tries of every
    refusal, the adversarial units' costliest match)."""
    spaced = [o for o in options if may_open_on(o, _OPENS_RUN)]
    whole = f"{_LEAD_RUN}+{_LEAD_WORDS}{body}"
    return f"(?:{whole}|{_LEAD_RUN}(?={_RUN_CHAR})(?:{'|'.join(spaced)}))" if spaced else whole


# Someone else's state after the days, as an assistant or a recruiter relays it: "Monday and
# Friday he is in board meetings", "jeudi elle est en déplacement", "Freitag ist er im Werk",
# "el lunes está de viaje", "quinta ela está viajando" (the subject dropped where the verb
# tells it). The state is any of being busy, away, travelling, on leave, in meetings.
_RELAYED_STATE = (
    r"(?:(?:he|she|they)(?:['’](?:s|re|ll\s+be)|\s+(?:is|are|will\s+be))\s+(?:\w+\s+){0,2}?"
    rf"(?:busy|booked|slammed|swamped|tied\s+up|away|{OFF_WORK}|out|travell?ing|flying|unavailable"
    r"|covering|on\s+(?:holiday|vacation|leave|site)|in\s+(?:[\w-]+\s+)?(?:meetings?|court|class"
    r"|surgery|clinic|theatre|training|exams?))"
    r"|(?:il|elle|ils|elles)\s+(?:est|sera|sont|seront)\s+(?:\w+\s+){0,2}?(?:pris|prise|occupée?s?"
    r"|absente?s?|indisponibles?|en\s+(?:déplacement|réunion|comité|congé|vacances|formation"
    r"|voyage|séminaire|mission))"
    # (or of someone named: "ab Dienstag ist Dr. Huber in den Ferien", round 49)
    r"|(?:ist|sind)\s+(?:er|sie|(?:(?:herr|frau|dr\.|prof\.)\s+)*(?-i:[A-ZÄÖÜ][a-zäöüß]+))\s+"
    r"(?:[\w-]+\s+){0,3}?(?:unterwegs|verreist|nicht\s+da|krank|in\s+den\s+(?:ferien|urlaub)"
    r"|auf\s+(?:der|einer)\s+baustelle"
    r"|ausgebucht|im\s+(?!büro|office|homeoffice|haus)\w+|beim\s+\w+|auf\s+(?:dienst|geschäfts)?reisen?"
    r"|in\s+(?-i:[A-Z][a-zäöüß]+))"
    r"|(?:(?:él|ella|ellos|ellas)\s+)?(?:está|estará|están|estarán)\s+(?:\w+\s+){0,2}?(?:ocupad[oa]s?"
    r"|de\s+(?:viaje|vacaciones|permiso|baja)|fuera|reunid[oa]s?|en\s+(?:obra|reuniones|reunión|junta"
    r"|comité|un\s+congreso))"
    r"|(?:(?:ele|ela|eles|elas)\s+)?(?:está|estará|estão|estarão|vai\s+estar)\s+(?:\w+\s+){0,2}?"
    r"(?:ocupad[oa]s?|viajando|de\s+(?:viagem|férias|licença)|fora|em\s+(?:obra|reunião|reuniões"
    r"|viagem|comitê|audiência)))(?!\w)"
)
# A day said to be given over to something already: "Thursday is already taken up", "is spoken
# for", "le jeudi est déjà pris", "el jueves ya está comprometido", "ya lo tengo ocupado",
# "Donnerstag ist schon verplant", "a quinta já está tomada" (a few adverbs may stand between)
_GIVEN_OVER = (
    r"(?:(?:already|déjà|ya|schon|bereits|já)\s+)?"
    # (German puts the subject after its verb: "Mo/Mi/Fr ist er leider komplett geblockt")
    r"(?:is|are|['’]s|est|sont|está|están|(?:ist|sind|bin)(?:\s+(?:er|sie|ich|wir))?|tá"
    r"|(?:l[oa]\s+)?tengo|(?:o|a)\s+tenho)\s+"
    r"(?:(?:already|completely|fully|totally|all|déjà|complètement|entièrement|ya|totalmente"
    r"|completamente|todo|toda|leider|schon|bereits|komplett|ganz|já|tod[oa]|inteir[oa])\s+){0,3}"
    r"(?:taken(?!\s+care|\s+into)|spoken\s+for|blocked|committed|reserved|allocated|earmarked"
    r"|pris(?:e|es)?(?!\s+en\s+compte)|réservée?s?|bloquée?s?|engagée?s?"
    r"|comprometid[oa]s?|reservad[oa]s?|bloquead[oa]s?|cogid[oa]s?|ocupad[oa]s?|tomad[oa]s?"
    r"|preenchid[oa]s?|verplant|vergeben|geblockt|blockiert|reserviert|belegt)(?!\w)"
    # (given over to the interview itself is a yes: "Friday is blocked for you", "réservé pour
    # l'entretien", "reservado para la entrevista")
    r"(?![^\S\n]+(?:for|pour|para|für)[^\S\n]+(?:you|vous|toi|usted|ti|você|vocês|sie|dich|it|this"
    r"|our|your|him|her|them|us|the\s+interview|l['’]entretien|la\s+entrevista|a\s+entrevista"
    r"|o\s+encontro|das\s+gespräch)(?!\w))"
)
# words that end the reach of "out of reach" back to the days before it: a yes, a contrast
_REACH_STOP = (
    r"(?:free|available|works?|fine|ok|okay|but|libre|dispo\w*|mais|va|frei|passt|geht|klappt"
    r"|aber|doch|pero|sirve|viene|puedo|livre|dá|posso|mas|porém)(?!\w)"
)
# What takes the days, then out of reach in the same clause: "Montag und Dienstag
# Verhandlungstermine am Landgericht und bin dort nicht erreichbar", "du 7 au 9 sur la plateforme
# et injoignable" (no yes or contrast on the way)
_REACH_BACK = rf"(?:(?!{_REACH_STOP})[^\s.,;:!?]+\s+){{0,8}}?{_OUT_OF_REACH}(?!\w)"

# a no added to the one before it: "Wednesday neither", "mercredi non plus", "Mittwoch auch
# nicht", "el miércoles tampoco", "quarta também não"
NEITHER = (
    r"(?:neither|(?:pas[ \t]+)?non[ \t]+plus|(?:auch|ebenfalls)[ \t]+nicht|tampoco|tampouco"
    r"|(?:também|tb|tbm)[ \t]+não)"
)
# (round 49) a no that opens a correction of what was just written refuses nothing: "Donnerstag
# ab 15 Uhr – nein, Korrektur: ab 16 Uhr", "Thursday from 3 - no, sorry, from 4"
_NOT_PUT_RIGHT = rf"(?![ \t]*[,:!]?[ \t]*{SELF_CORRECTION})"
_POST_NEGATIVE = (
    rf"(?:{WHOLE_DAY_SPENT}|{_GIVEN_OVER}|(?:(?:i['’]m|i\s+am|i['’]ll\s+be|je\s+suis|je\s+serai|estoy|estaré|estou|t[ôo]"
    rf"|estarei|bin\s+ich|sind\s+wir|ich\s+bin|wir\s+sind)\s+)?(?:{_AWAY_ON})|"
    r"(?:(?:is|are|was|were|['’]s)\s+)?no\s+longer\s+(?:works?|possible|available|an\s+option|good|ok(?:ay)?|fine|convenient)|"
    # the verb dropped, as phones write: "next week no good", "Tuesday no go"
    r"no\s+(?:good|go)(?!\w)|"
    r"(?:is|are|['’]s)\s+(?:taken|gone|out\s+of\s+the\s+question)(?!\w)|"
    # a table cell or list entry that says so: "Thursday\tbelegt", "Fri: busy"
    r"(?:(?:ist|sind)\s+(?:\w+\s+)?)?(?:busy|booked|unavailable|belegt|besetzt|gebucht|ocupad[oa]|occupée?"
    r"|indispo\w*)(?!\w)|"
    # an exception told after its day: "Dienstag ausgenommen", "mardi excepté", "Tuesday excepted"
    rf"{_EXCEPTED_AFTER}(?=[ \t]*(?:[.,;!?)\n]|$))|"
    # ... or after hours, whatever follows them ("12–1 pm aside would be ace", "12 h–13 h mis à
    # part me va", "12–13 Uhr ausgenommen passt", "de 12 a 13 aparte me va", "12h–13h à parte
    # dá"), bar the word that makes it "aside from" what comes next
    r"(?:(?<=\d\s)|(?<=[ap]m\s)|(?<=\dh\s)|(?<=\sh\s)|(?<=uhr\s))"
    rf"{_EXCEPTED_AFTER}(?!\w)(?![ \t]+(?:from|of|de|d['’]|von|vom|d[aeo]s?|del)(?!\w))|"
    # "nächste Woche leider komplett auf Dienstreise": a few adverbs may stand between
    r"(?:(?:leider|komplett|ganz|ganztägig|wieder|beruflich|privat)\s+){0,3}"
    r"(?:auf\s+(?:dienstreise|geschäftsreise|reisen|montage)|im\s+\w*urlaub|in\s+den\s+\w*ferien"
    r"|unterwegs|verreist)(?!\w)|"
    rf"{_GONE}|"
    # a whole day spent somewhere: "Donnerstag ganztägig im Verwaltungsrat", "Thursday all
    # day at a customer", "jeudi toute la journée en comité", "el jueves todo el día en junta"
    r"(?:(?:ist|sind|bin)\s+(?:er|sie|ich|wir)\s+|(?:je\s+suis|il\s+est|elle\s+est)\s+|(?:he|she)['’]s\s+)?"
    r"(?:ganztägig|den\s+ganzen\s+tag|all\s+day|toute\s+la\s+journée|todo\s+el\s+día|o\s+dia\s+"
    r"(?:todo|inteiro))\s+(?:im|beim|in\s+(?:der|einer|einem)|auf\s+(?:der|einer)|at\s+(?:a|an|the|our)|"
    r"in\s+(?:a|an|the)|en\s+(?:comité|réunion|séminaire|rendez-vous|junta|reunión|comisión|"
    r"consejo)|au|à\s+la|na|no|em)(?!\w)|"
    # the meeting itself right after a whole-day time: "jeudi toute la journée en comité"
    r"(?:en\s+(?:comité|séminaire|réunion|junta|reunión)|im\s+\w*(?:rat|ausschuss|meeting)|em\s+reunião)(?!\w)|(?:geht|passt|klappt)\b[^.,;!?]{0,30}?\b(?:nicht|(?:nich|net|ned)(?!\w))|"
    # a day "is busy", "looks hectic"; not across a reason ("Mornings are best since it gets
    # busy after lunch": the busy part is the reason's, the mornings are wished for)
    r"(?:is|are|'s|’s|looks?)\s+(?:(?!(?:since|because|as|cos|cause)\s)[\w-]+\s+){0,4}?"
    r"(?:mess|brutal|packed|hectic|crazy|busy|full|tough|slammed|swamped|booked|write-off|washout"
    r"|mad|madness|insane|nuts|chaos|chaotic|nightmare|zoo|circus|madhouse|manic|mental|rammed"
    r"|jam-packed)\b|"
    # (round 38) a day named as the one spent travelling, moving or sitting an exam: "Wednesday is
    # my travel day back to Delhi", "mercredi c'est mon jour de voyage", "Mittwoch ist mein
    # Reisetag", "el miércoles es mi día de mudanza", "quarta é o meu dia de viagem"
    r"(?:is|'s|’s)\s+(?:my|our|a|the|his|her|their)\s+(?:travel(?:l?ing)?|moving|flight|flying"
    r"|exam|surgery)\s+day\b|"
    r"c['’]est\s+(?:mon|notre|son|leur|un|le)\s+jour\s+(?:de|du)\s+(?:voyage|déménagement|départ"
    r"|retour|vol|l['’]examen|examen|trajet)(?!\w)|"
    r"(?:ist|wird)\s+(?:mein|unser|sein|ihr|der|ein)\s+\w*(?:reisetag|umzugstag|anreisetag"
    r"|abreisetag|rückreisetag|prüfungstag|flugtag)(?!\w)|"
    r"es\s+(?:mi|nuestro|su|el|un)\s+día\s+de\s+(?:viaje|mudanza|vuelo|examen|traslado|regreso"
    r"|vuelta)(?!\w)|"
    r"(?:é|e)\s+(?:o\s+)?(?:meu|nosso|seu|um)?\s*dia\s+de\s+(?:viagem|mudança|voo|exame|prova"
    r"|regresso|volta)(?!\w)|"
    # German "full", "tight" or "stressful" after its verb ("Donnerstag ist es bei mir eng"), not
    # the "fully" of "voll flexibel", "voll okay"
    r"(?:ist|wird)\s+(?:es\s+)?(?:(?:bei\s+(?:mir|uns)|leider|total|echt|komplett|gerade|sehr"
    r"|ziemlich|recht|zu|extrem|schon|eher|etwas)\s+){0,3}(?:eng|voll|vollgepackt|stressig|hektisch)"
    r"(?!\w)"
    r"(?!\s+(?:ok|okay|gut|in\s+ordnung|frei|flexibel|verfügbar|da|und\s+ganz)(?!\w))|"
    # "c'est la folie", "es una locura", "tá uma loucura", "ist Chaos": a week too full
    r"(?:c['’]est\s+(?:la\s+folie|le\s+chaos|l['’]enfer|la\s+course|chaotique|dingue)"
    r"|es\s+(?:una\s+locura|un\s+caos|un\s+infierno|de\s+locos)"
    r"|(?:tá|está|é)\s+(?:uma\s+loucura|um\s+caos|um\s+inferno|corrid[ao])"
    r"|ist\s+(?:(?:leider|total|echt|komplett|gerade)\s+)?(?:chaos|chaotisch|der\s+wahnsinn"
    r"|wahnsinn|die\s+hölle))(?!\w)|(?:is|are|'s|’s)\s+(?:out|off|bad|no\s+good|"
    r"tricky|difficult|impossible|hopeless|full|packed|booked|busy|a\s+no)|(?:doesn['’]t|does\s+not|won['’]t|"
    r"will\s+not|wouldn['’]t|don['’]t|do\s+not|can['’]t|cannot)\s+work|(?:(?:is|are|was|were|'s|’s|would\s+be)\s+not|isn['’]t|aren['’]t|wouldn['’]t\s+be|(?:is\s+)?not)\s+"
    r"(?:(?:really|so|that|very|too)\s+)?(?:good|great|"
    r"ideal|possible)|(?:is\s+|are\s+)?(?:not\s+available|unavailable|out\s+of\s+(?:the\s+)?office)|"
    r"no\s+disponible|nicht\s+(?:mehr\s+)?(?:verfügbar|möglich)|(?:pas\s+)?(?:disponible\s+)?indisponible|"
    r"pas\s+disponible|(?:não\s+disponível|indisponível)|(?:(?:me|nos)\s+)?(?:es\s+)?imposible|(?:(?:ella|él|ellos|ellas)\s+)?(?:ya\s+)?no\s+(?:puedo|puede|pueden|podemos|(?:me|te|le|nos|os|les)\s+va|es\s+posible)|(?:ya\s+)?no\s+(?:me|te|le|nos|os|les)\s+(?:viene|va|queda)\s+bien|(?:ça\s+|cela\s+)?ne\s+(?:marche|convient|m['’]arrange|me\s+va|va|fonctionne)"
    r"\s+(?:pas|plus)"
    # spoken, with no "ne": "jeudi ça marche pas", "ça me va pas" (not "pas mal", a yes); (round
    # 44) and with "plus" where the clause ends on it: "jeudi matin ça va plus", "c'est plus
    # possible" (not "ça va plus vite")
    r"|(?:ça|ca|cela)\s+(?:me\s+|m['’])?(?:marche|va|convient|fonctionne|arrange)\s+(?:pas(?!\s+mal)"
    r"|plus(?=\s*(?:[,.;!?)\n]|$|pour\s|du\s+tout|non\s+plus|finalement)))"
    r"|c['’]est\s+plus\s+possible|(?:c'est\s+)?(?:pas\s+possible|impossible)|(?:ce\s+|ça\s+)?n['’]est\s+(?:pas|plus)\s+possible|ne\s+(?:sont|seront|sera|est)\s+(?:pas|plus)\s+(?:possibles?|disponibles?)|(?:(?:ela|ele|elas|eles)\s+)?(?:já\s+)?não\s+(?:dá|posso|consigo|pode|podem|consegue|conseguem|(?:é|será)\s+(?:mais\s+)?possível)|(?:ist|wäre)\s+"
    r"(?:leider\s+)?(?:schlecht|nicht\s+(?:mehr\s+)?möglich|unmöglich)"
    # "amanhã e sexta eu tô em campo", "el jueves estoy en terreno", "jeudi je suis sur le terrain"
    r"|(?:eu\s+)?(?:tô|estou|estarei|estaremos|estoy|estaré|estaremos)\s+(?:\w+\s+){0,2}?"
    r"(?:em\s+campo|en\s+terreno|en\s+campo|em\s+obra|en\s+obra)(?!\w)"
    r"|(?:je\s+suis|je\s+serai|(?:il|elle)\s+(?:est|sera))\s+sur\s+(?:le\s+terrain|(?:le|un)\s+chantier)"
    # the sender's own state after the day: "this week I'm slammed", "esta semana estoy cubriendo"
    # a move or a civic duty told after the days: "next week I'm moving", "semana que vem estou
    # de mudança", "nächste Woche ziehe ich um", "la semaine prochaine je déménage"
    r"|(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+moving(?!\w)|(?:estou|estamos|estoy)\s+de\s+mudan(?:ç|z)a"
    r"|(?:ziehe|ziehen)\s+(?:ich|wir)\s+um(?!\w)|(?:je|nous)\s+déménag\w*|(?:is\s+)?jury\s+(?:duty|service)"
    # the sender's own exams after the days, told as theirs or by the verb of sitting them:
    # "von Montag bis Mittwoch meine Meisterprüfung", "Monday and Tuesday I sit my finals", "are
    # my resits", "mardi j'ai mes partiels", "schreibe ich Klausuren", "tengo oposiciones", "são
    # os meus exames"
    r"|(?:(?:i\s+(?:sit|take|have|write)|are|is|(?:schreibe|habe|hab)\s+(?:ich|wir)|j['’]ai"
    r"|je\s+passe|sont|tengo|hago|son|tenho|faço|são)\s+(?:(?:os|as)\s+)?(?:my|mes|mon|ma"
    r"|meine[nm]?|mis|mi|meus|minhas|meu|minha)?|(?:my|mes|mon|ma|meine[nm]?|mis|mi"
    r"|(?:os\s+|as\s+|o\s+|a\s+)?(?:meus|minhas|meu|minha)))"
    rf"\s+(?:[\w-]+\s+)?(?:{_EXAMS}|finals|finales|oposiciones|selectividad)(?!\w)"
    # a flight after its day: "na quarta apanho o avião", "mercredi je prends l'avion"
    r"|(?:je\s+)?(?:prends|prendre)\s+l['’]avion|(?:apanho|pego|tomo|cojo)\s+(?:o|el)\s+avi(?:ão|ón)"
    r"|fly\s+out|flying\s+out"
    # the sender's work in those hours: "en la mañana trabajo", "mornings I work", "vormittags
    # arbeite ich", "le matin je travaille", "de manhã trabalho" (not from home)
    r"|(?:trabajo|trabalho|i\s+work|arbeite\s+ich|ich\s+arbeite|je\s+travaille)(?!\w)"
    r"(?!\s+(?:from\s+home|remotely|desde\s+casa|en\s+remoto|de\s+casa|em\s+casa|remoto|von\s+zu"
    r"\s+hause|im\s+home|de\s+chez\s+moi|à\s+distance|en\s+télétravail))"
    r"|(?:i['’]m|i\s+am|i['’]ll\s+be|i\s+will\s+be|we['’]re|we\s+are|we['’]ll\s+be)\s+"
    rf"(?:\w+\s+){{0,2}}?(?:busy|booked|slammed|swamped|tied\s+up|away|{OFF_WORK}|out|travell?ing|flying|"
    r"unavailable|covering|on\s+(?:holiday|vacation|leave))(?!\w)"
    # "after 3 I can't", "nach 15 Uhr kann ich aber nicht", "après 15h je ne peux pas"
    # and of someone else, relayed: "Friday she can't", "Freitag kann er nicht", "vendredi elle ne
    # peut pas", "sexta ela não consegue"
    r"|(?:i|we|he|she|they)\s+(?:can['’]?t|cannot|can\s+not)(?!\s+(?:wait|do\s+(?:any|either)))(?!\w)"
    r"|(?:kann|können|schaffe|schaffen|schafft|komme|kommen|kommt)\s+(?:ich|wir|er|sie)\s+"
    r"(?:\w+\s+){0,2}?nicht(?!\w)"
    r"|(?:je|nous)\s+ne\s+(?:peux|pourrai|pouvons|pourrons|suis|serai)\s+pas(?!\w)"
    r"|(?:il|elle|ils|elles)\s+ne\s+(?:peut|pourra|peuvent|pourront|est|sera|sont)\s+pas(?!\w)"
    # "Friday morning I'm at the dentist"; "Diese Woche bin ich beruflich in Wien unterwegs"
    r"|(?:i['’]?m|i\s+am|i['’]ll\s+be|i\s+will\s+be|(?:she|he)['’]s|(?:she|he)\s+is)"
    rf"\s+(?:{_AT_FAR}(?:(?:a|an|the|my|her|his|our|their)\s+{_NOT_SEAT}\w+|(?-i:[A-Z])\w+)"
    # (or in a town or country: "Monday he's in Boston", "I'm in the Algarve")
    r"|in\s+(?:the\s+)?(?-i:[A-Z][a-z])\w*)"
    rf"{_EN_PLACE_TAIL}|{_AT_PLACE}|{_WITH_TASK}|{_IN_TOWN}|{_RELAYED_STATE}"
    r"|(?:bin|sind)\s+(?:ich|wir)\s+(?:[\w-]+\s+){0,4}?(?:unterwegs|verreist|im\s+urlaub|nicht\s+da"
    r"|beim\s+(?:kunden|arzt|zahnarzt)|bei\s+einem\s+kunden|auf\s+montage|in\s+(?-i:[A-Z][a-zäöüß]+)"
    r"|auf\s+(?:der|einer)\s+baustelle"
    r"|auf\s+(?:einer|der)\s+(?:messe"
    r"|konferenz|tagung|schulung)|auf\s+(?:dienst|geschäfts)?reisen?|krank|ausgebucht|voll"
    # "KW 40 bin ich komplett raus" is away, as English "out"; out of a meeting is free
    r"|raus(?!\s+aus(?!\w)))(?!\w)"
    # the state right after the days: "Montag bis Mittwoch auf einer Messe"
    r"|auf\s+(?:einer|der)\s+(?:messe|konferenz|tagung|schulung)(?!\w)"
    # the day dropped out, as German says it: "Freitag fällt leider raus", "der Freitag fällt
    # bei mir flach" (only words of regret or person between: "fällt der Kurs aus" frees it)
    r"|(?:fällt|fallen)\s+(?:(?:leider|also|dann|wohl|eher|komplett|ganz|schon|bei\s+mir"
    r"|für\s+mich|mir)\s+){0,3}(?:aus|raus|flach|weg|ins\s+wasser)(?!\w)"
    # travel told after the day: "Donnerstag fliege ich", "le mercredi je prends l'avion", and
    # (round 37) as German is spoken, the "e" dropped: "Mi und Do flieg ich", "Freitag fahr ich"
    r"|(?:flieg(?:e|en)?|reis(?:e|en)|fahr(?:e)?)\s+(?:ich|wir)(?!\w)"
    # "On Friday I fly out early", "Thursday we travel to Lyon"
    r"|(?:i|we)\s+(?:fly|travel|leave|head\s+off)(?!\w)"
    r"|(?:je|nous)\s+(?:prends|prenons)\s+l['’]avion|(?:je\s+pars|je\s+voyage)(?!\w)"
    r"|(?:salgo|salimos|viajo|vuelo)(?:\s+de\s+viaje)?(?!\w)|(?:vou|vamos)\s+viajar|viajarei"
    r"|(?:estou|estarei|vou\s+estar)\s+(?:a\s+(?:voar|viajar)|em\s+viagem|de\s+viagem)"
    # days put out of the question: "quinta e sexta estão fora", "están descartados"
    r"|(?:está|estão|están|estan)\s+(?:fora|descartad[oa]s?)(?!\w)"
    # a refusal in the future or conditional: "won't be possible", "ne sera pas possible",
    # "no va a ser posible", "não vai ser possível", "wird leider nicht gehen"
    r"|(?:won['’]t|will\s+not|wouldn['’]t|would\s+not)\s+be\s+(?:possible|doable|an\s+option"
    r"|ideal|great)|ne\s+(?:sera|serait|seront)\s+pas\s+(?:possible|idéal|pratique|jouable)"
    r"|ne\s+(?:marchera|conviendra|marcherait|conviendrait)\s+pas"
    r"|no\s+(?:será|sería|va\s+a\s+ser)\s+posible|não\s+(?:será|seria|vai\s+ser)\s+possível"
    r"|(?:wird|würde)\s+(?:\w+\s+){0,2}?nicht\s+(?:gehen|klappen|passen|möglich\s+sein)"
    # "jeudi ne m'est plus possible", "le mercredi ne m'arrange pas", "no estoy", "não estou"
    r"|ne\s+(?:m|nous|lui)['’]est\s+(?:pas|plus)\s+(?:possible|pratique)"
    r"|ne\s+(?:me\s+|m['’]|nous\s+|lui\s+|vous\s+|te\s+|t['’])(?:convient|va|arrange)\s+(?:pas|plus)"
    r"|(?:ya\s+)?no\s+(?:estoy|estaré|estamos)(?!\s+(?:segur|seguro|libre|disponible|bien))"
    r"|(?:já\s+)?não\s+(?:estou|estarei|estamos)(?!\s+(?:segur|livre|disponível))"
    # a day or week put out of the question: "la semaine prochaine est exclue", "cette
    # semaine-là est à exclure", "nächste Woche ist ausgeschlossen", "la semana que viene queda
    # excluida", "a próxima semana está excluída", "that week is excluded"
    r"|(?:est|sera|is|['’]s|will\s+be|ist|wäre|bleibt|está|estará|queda|fica|é)\s+"
    r"(?:(?:donc|also|so|therefore|leider|malheureusement|unfortunately|sadly|lamentablemente"
    r"|infelizmente|por\s+tanto|portanto|entonces|então)\s+)?"
    r"(?:(?:totalement|complètement|entièrement|completely|entirely|ganz|komplett|totalmente"
    r"|completamente)\s+)?(?:exclue?s?|à\s+exclure|excluded|ausgeschlossen|excluid[oa]s?"
    r"|exclu[íi]d[oa]s?|hors\s+de\s+question|out\s+of\s+the\s+question|fora\s+de\s+quest[ãa]o)"
    # a part of day refused in the plural: "les matinées sont impossibles", "las mañanas son
    # imposibles", "as manhãs são impossíveis", "vormittags ist es unmöglich"
    r"|(?:sont|son|são|sind|ist)\s+(?:(?:es|pour\s+moi|para\s+mí|para\s+mim|für\s+mich|leider)\s+)?"
    r"(?:impossibles?|imposibles?|impossíveis|impossível|unmöglich|exclue?s?|prises?|complets?)(?!\w)"
    # children to look after then: "por las tardes tengo que recoger a los niños"
    r"|(?:(?:tengo|tenho|tenemos|temos)\s+que|(?:i|we)\s+(?:have|need)\s+to|je\s+dois"
    rf"|nous\s+devons|muss\s+ich|müssen\s+wir)\s+(?:{_CHILDCARE})"
    # the verb last, as in a German subordinate clause: "falls Freitag bei Ihnen nicht passt"
    r"|(?:\w+\s+){0,3}?nicht\s+(?:passt|passen|geht|gehen|klappt|klappen)(?!\w)"
    # "not ideal" in the other languages: "ce n'est pas idéal", "passt mir schlecht"
    r"|(?:ce\s+|ça\s+)?n['’]est\s+pas\s+(?:idéal|l['’]idéal|top|génial|pratique|terrible)"
    r"|(?:passt|geht)\s+(?:\w+\s+){0,2}?schlecht|(?:ist\s+)?nicht\s+(?:ideal|optimal|so\s+gut)"
    r"|no\s+es\s+(?:lo\s+)?(?:ideal|buen\s+día)|não\s+é\s+(?:o\s+)?(?:ideal|bom\s+dia)"
    # a day judged hard, in the other languages too: "lunes complicado", "lundi c'est compliqué"
    # "el martes lo tengo complicado", "a terça tenho difícil"; and with words of degree or
    # "also" around the verb: "Dienstag ist auch eher schlecht", "Tuesday's a bit tricky too",
    # "mardi c'est plutôt délicat aussi", "el martes también es complicado", "terça fica difícil"
    rf"|{_JUDGED_HARD}"
    # "la semana que viene me viene fatal", "el lunes me va mal"
    r"|(?:me|nos|le)\s+(?:viene|va)\s+(?:muy\s+)?(?:mal|fatal)(?!\w)"
    # a day answered with a bare no, its clause's last word: "El jueves no.", "Quinta não.",
    # "Donnerstag nicht.", "Jeudi non, vendredi oui." (made stronger: "freitag gar nicht, da",
    # or taken back: "kann am Dienstag doch nicht", "schafft den Dienstag nun leider doch nicht
    # mehr"; its reason may stand in brackets: "aber di nicht (Klausur)"; (round 44) "aber" as
    # the particle inside the clause: "ab 15 Uhr aber nicht mehr", "Dienstag aber nicht")
    r"|(?:(?:gar|überhaupt|leider|doch|nun|jetzt|wohl|halt|aber|definitivamente|realmente|mesmo"
    r"|vraiment|absolument)\s+){0,3}(?:no|não|nao|nicht(?:\s+mehr)?|non|nein)"
    # (not the no that opens a correction: `_NOT_PUT_RIGHT`)
    rf"{_NOT_PUT_RIGHT}(?=[ \t]*(?:[.!;,(]|\n|$)|[ \t]+{REASON_LEAD})|{PHONE_NO}"
    # ... or before the "but" of the next day, the comma left out as phones leave it: "Wednesday
    # no but Thursday works", "mercredi non mais jeudi oui", "Mittwoch nein aber Donnerstag",
    # "miércoles no pero jueves sí", "quarta não mas quinta sim" (not German "nicht aber",
    # which also excepts: "Montag bis Freitag nicht aber Mittwoch"; nor "no más tarde", "não
    # mais tarde": "no later"); German's "nicht aber" after a day named alone is the same no
    # ("Mittwoch leider nicht aber Donnerstag geht"; `read._contrasted` keeps it from excepting),
    # and so are "pas" and "not" ("mercredi pas mais jeudi", "Wednesday not but Thursday")
    r"|(?:(?:eher|wohl|leider|doch|gar|halt|eigentlich|wirklich|sadly|unfortunately|really"
    r"|honestly|definitely|probably|vraiment|plutôt|plutot|malheureusement|franchement"
    r"|lamentablemente|desgraciadamente|realmente|francamente|la\s+verdad\s+que|infelizmente"
    r"|mesmo|sinceramente|sinceridade)[ \t]+){0,2}"
    # (not before the hours it leaves out: "Donnerstag, nicht aber von 12 bis 13 Uhr")
    r"(?:no|não|nao|non|nein|nicht|pas|not|tampoco)(?=[ \t]+(?:but|aber|jedoch|allerdings|sondern"
    r"|pero|ma(?:i)?s(?![ \t]+(?:tarde|temprano|cedo|de|que|do|da)(?!\w)))(?!\w)"
    r"(?![ \t]+(?:(?:von|vom|zwischen|from|between|de|entre)[ \t]+)?\d))"
    # a per-day list whose entry is empty: "Thu the 17th: nothing, he's offsite"
    r"|(?:(?:sadly|unfortunately|leider|lamentablemente|malheureusement|infelizmente)\s+)?"
    r"(?:nothing|nada|rien|nichts|nenhum[a]?)(?!\w)"
    # a per-day list whose entry only says no: "Fri 18.12.: leider nicht", "jeudi : non",
    # "Fr: leider gar nicht", "Fri: afraid not at all", "vendredi : hélas pas du tout"
    # its separator may be a colon, a tab, a dash or a comma ("Thu 3 – no", "Mon 14th, fully
    # booked"), and its answer a dash or a word for a full day ("jeudi 3 : pris", "Di 8.: –")
    r"|(?:\.?:|[ \t]+[-–—](?=[ \t])|\t|,)[ \t]*(?:(?:sadly|unfortunately|afraid|i['’]m\s+afraid"
    r"|really|leider|gar|überhaupt|komplett|lamentablemente|desgraciadamente|malheureusement"
    r"|hélas|infelizmente|mesmo|realmente|totalmente|fully|completely)[ \t]+){0,3}"
    r"(?:(?:not|no|nope|nicht|nein|pas|non|não|nao)(?:[ \t]+(?:es|é|est|ist))?"
    r"(?:[ \t]+(?:at\s+all|du\s+tout"
    r"|de\s+todo|para\s+nada|mesmo|possible|possível|posible|möglich|available|disponible"
    r"|disponível|verfügbar))?|[-–—✗✘×]|n/a|taken|full|booked(?:[ \t]+up)?|busy|pris|prise|complet"
    r"|complète|plein|occupée?|completo|lleno|ocupad[oa]|lotado|cheio|ausgebucht|belegt|besetzt"
    r"|voll|vergeben|travell?ing|away|out|off|ooo|pto|on[ \t]+(?:leave|vacation|holiday)"
    r"|de[ \t]+viaje|de[ \t]+viagem|em[ \t]+viagem|en[ \t]+déplacement|unterwegs|verreist"
    r"|de[ \t]+vacaciones|de[ \t]+férias|en[ \t]+congés?|en[ \t]+vacances|im[ \t]+urlaub|fora)"
    # the entry may end there or give its reason: "Fri 6/18 - no, store visits" (not a
    # correction of it: "Do ab 15 Uhr – nein, Korrektur: ab 16 Uhr")
    rf"{_NOT_PUT_RIGHT}(?=[ \t]*(?:[.!]?[ \t]*(?:\n|$)|[,;(]))"
    # a no added to the one before it, ending its clause or with its verb of being able
    # ("tampoco puedo"), not "not bad either" ("auch nicht schlecht", "tampoco está mal")
    rf"|{NEITHER}(?=[ \t]*(?:[.!,;:(\n–—-]|$)|[ \t]+(?:i[ \t]+can|can|puedo"
    r"|puede|podemos|posso|pode|podemos|je[ \t]+peux|peut|kann|können|geht|dá)(?!\w))"
    r"|(?:estoy|estaré|estare|estamos|ando)\s+(?:\w+\s+)?(?:ocupad[oa]s?|cubriendo|de\s+viaje|"
    r"fuera|de\s+vacaciones|liad[oa]s?|a\s+tope|sin\s+hueco)|no\s+estoy\s+disponible"
    r"|(?:je\s+suis|je\s+serai|nous\s+sommes)\s+(?:\w+\s+)?(?:pris|prise|occupée?s?|complet|"
    r"en\s+formation|en\s+réunion|"
    r"débordée?|en\s+déplacement|absente?|en\s+congés?|indisponible)"
    r"|(?:habe|hab|haben)\s+(?:ich|wir)\s+(?:\w+\s+){0,4}?(?:(?:zahn)?arzttermin|termin|schulung|meeting"
    r"|prüfungen|prüfung|klausuren|klausur)"
    r"|(?:habe|hab|haben)\s+(?:ich|wir)\s+(?:leider\s+)?keine\s+zeit"
    # (round 49) a thing of its own booked there already: "am Montag habe ich bereits die
    # Abnahme beim SRF", "da haben wir schon den Jahresabschluss" (not "schon Zeit")
    r"|(?:habe|hab|haben)\s+(?:ich|wir)\s+(?:leider\s+)?(?:bereits|schon)\s+(?:die|den|das|einen"
    r"|eine|ein)\s+(?!(?:zeit|lücke|luecke|slot|platz|raum)(?!\w))"
    rf"|tengo\s+(?:\w+\s+)?(?:{_CARE}|cita|reunión|examen|exámenes|clases?|formación|curso"
    r"|revisión|chequeo)"
    # on leave: "estaré de permiso", "estou de licença", "je suis en congé", "bin beurlaubt"
    r"|(?:estoy|estaré|estaremos|estou|estarei|estará|está)\s+(?:\w+\s+)?(?:de\s+(?:permiso|licencia|baja"
    r"|licença)|en\s+(?:el\s+)?extranjero|en\s+(?:una\s+)?formación|en\s+(?:un\s+)?curso)"
    rf"|tenho\s+(?:\w+\s+)?(?:{_CARE}|reunião|compromisso|aulas?|formação|curso|provas?|exames?)"
    # classes or lectures the sender has that day: "j'ai cours", "habe ich Vorlesung"
    r"|(?:i\s+have|i've\s+got|j['’]ai|habe?\s+ich|haben\s+wir)\s+(?:\w+\s+)?(?:class(?:es)?"
    rf"|lectures?|cours|vorlesung\w*|unterricht|meetings?|calls|appointments?|réunions?|{_CARE}"
    rf"|{_EXAMS}"
    r"|termine|besprechungen|meetings|child\s*care|kinderbetreuung|the\s+kids|the\s+school\s+run"
    r"|die\s+kinder|les\s+enfants|garde)(?!\w)"
    r"|(?:tengo|tenemos)\s+(?:\w+\s+)?reuniones|(?:tenho|temos)\s+(?:\w+\s+)?reuniões"
    # exams sat that day or week: "esa semana rindo los finales", "tengo parciales"
    r"|(?:rindo|tengo|tenemos)\s+(?:\w+\s+)?(?:finales|parciales|exámenes|examenes|examen)(?!\w)"
    # an appointment after the day: "jeudi je suis en rendez-vous client", "bin ich beim Kunden"
    r"|(?:je\s+suis|j['’]ai|nous\s+avons)\s+(?:\w+\s+)?(?:en\s+)?(?:rendez-vous|rdv|séminaire|"
    r"un\s+comité|une\s+réunion)"
    r"|(?:bin|sind)\s+(?:ich|wir)\s+(?:\w+\s+)?(?:beim\s+kunden|bei\s+(?:einem|unserem)\s+kunden|"
    r"auf\s+(?:einer|der)\s+(?:konferenz|messe|schulung))"
    # "Nächste Woche bin ich leider komplett in den Skiferien"
    r"|(?:bin|ist|sind)\s+(?:ich|wir|er|sie)\s+(?:\w+\s+){0,4}?\w*(?:ferien|urlaub)(?!\w)"
    r"|(?:bin|ist|sind)\s+(?:ich|wir|er|sie)\s+(?:\w+\s+){0,2}?(?:ausgebucht|beschäftigt|unterwegs|verreist|"
    r"im\s+urlaub|nicht\s+da|voll|belegt|krank|verhindert)"
    r"|(?:estou|tô|to|estarei|estamos|está|estará)\s+(?:\w+\s+)?(?:ocupad[oa]s?|viajando|embarcad[oa]s?|de\s+férias|fora|em\s+viagem|"
    r"em\s+(?:treinamento|formação|curso)|"
    r"indisponível|sem\s+agenda)"
    rf"|{_ACTIVITY_HELD})"
)
# matched after every day read: its branches are grouped by their first letters, as NEGATIVE's
_POST_NEGATIVE_GROUPED = grouped(branches(_POST_NEGATIVE), word_start=False)
POST_NEGATIVE = loose_compile(
    _after_lead(
        f"(?:{_REACH_BACK}|{_POST_NEGATIVE_GROUPED})", [_REACH_BACK, *branches(_POST_NEGATIVE)]
    ),
    re.IGNORECASE,
)
# a verdict or the sender's state right after a day rules it out
RULED_OUT = loose_compile(_after_lead(AFTER_DAY, AFTER_DAY_BRANCHES), re.IGNORECASE)
_SAYS_OUT_OF_REACH = loose_compile(grouped(branches(_UNREACHABLE)), re.IGNORECASE)
_SAYS_HARD = loose_compile(rf"{_HARD}(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=8)
def _post_negative(reach: bool, hard: bool, whole_day: bool) -> re.Pattern[str]:
    kept = [
        b
        for b in branches(_POST_NEGATIVE)
        if (hard or b != _JUDGED_HARD) and (whole_day or b != WHOLE_DAY_SPENT)
    ]
    refusals = grouped(kept, word_start=False)
    if reach:
        return loose_compile(
            _after_lead(f"(?:{_REACH_BACK}|{refusals})", [_REACH_BACK, *kept]), re.IGNORECASE
        )
    return loose_compile(_after_lead(f"(?:{refusals})", kept), re.IGNORECASE)


@lru_cache(maxsize=8)
def post_negative(scan: str) -> re.Pattern[str]:
    """POST_NEGATIVE for one text. The reach back over up to eight words is tried after every
    day and costs more than all the other refusals together, so a text that is nowhere out of
    reach is read without it (the same matches: the reach back ends out of reach); a text
    with no word that judges a day hard is read without that branch (it ends on such a word),
    and one that names no whole day without the whole day spent (its words of being and
    having, tried after every day, end on a whole day after a space)."""
    return _post_negative(
        _SAYS_OUT_OF_REACH.search(scan) is not None,
        _SAYS_HARD.search(scan) is not None,
        _SAYS_WHOLE_DAY.search(scan) is not None,
    )


# The sender back, in the order that puts the state after the day ("ab dem 16. bin ich zurück",
# "on the 16th I'm back", "le 16 je suis de retour", "el 16 ya estoy de vuelta", "no dia 16
# estou de volta"), unless the clause says the sender is free then ("Friday I'm back in the
# office and totally free")
_BACK = (
    r"(?:(?:bin|sind)\s+(?:ich|wir)\s+zurück"
    r"|(?:i['’]m|i\s+am|i['’]ll\s+be|i\s+will\s+be|we['’]re|we\s+are|we['’]ll\s+be)\s+"
    r"(?:already\s+)?back(?!-)"
    r"|(?:je\s+suis|je\s+serai|nous\s+sommes|nous\s+serons|on\s+est|on\s+sera)\s+(?:déjà\s+)?"
    r"de\s+retour"
    r"|(?:ya\s+|já\s+)?(?:estoy|estaré|estamos|estaremos|estou|estarei)\s+(?:ya\s+|já\s+)?"
    rf"de\s+(?:vuelta|regreso|volta|regresso)){FREES}"
)


# (round 42) that day named back after the day the sender returns on offers it: "I'm back
# Monday, that day or Tuesday works", "je rentre lundi, ce jour-là ou mardi", "ab Montag bin ich
# zurück, an diesem Tag oder Dienstag", "desde el lunes estoy de vuelta, ese día o el martes",
# "volto segunda, nesse dia ou terça" (`lex` reads the day where it is named back)
_NOT_OFFERED_BACK = rf"(?![^.;!?\n]{{0,60}}?{DAY_NAMED_BACK})"
# a weekday or a number, which a stay's words up to its "until" do not run over
_GAP_DAY = rf"(?:{alternation(WEEKDAYS)}(?!\w)|\d)"
# a holiday or the bridge round it, as `NEUTRAL` names it by its day (its hundred names grouped
# by letter: each would be tried at every word start)
_HOLIDAY_OR_BRIDGE = grouped(
    [*branches(HOLIDAY), "pont", "puente", "ponte", r"long\s+weekend"], word_start=False
)
# Phrases that mention a day without offering it: plans to write, past events, starts.
_NEUTRAL = (
    r"(?:send|sending|get\s+back|revert|come\s+back|let\s+you\s+know|be\s+in\s+touch|"
    r"(?:i['’]ll|i\s+will|we['’]ll|we\s+will|will)\s+(?:\w+\s+)?(?:confirm|reply|respond|update)|"
    r"confirmaré|confirmare|confirmerai|confirmerons|confirmarei|les?\s+escribo|os\s+escribo|"
    r"reviens\s+vers|reviendrai|melde\s+mich|retorno|"
    # a promise to confirm, in the present, on a day to come ("je vous confirme demain", "ich
    # bestätige morgen"): the day the answer comes, no offer
    r"(?:(?:je|nous)\s+(?:vous|te)\s+(?:le\s+)?confirme(?:rons)?|ich\s+bestätige|(?:te|le|os|les|lhe|vos)\s+"
    r"(?:lo\s+|la\s+|o\s+)?confirmo)(?=\s+(?:tomorrow|demain|morgen|mañana|amanhã|später|plus\s+tard|luego|depois)(?!\w))|"
    r"follow\s+up|hear|started|(?:i|we)\s+(?:start|begin)|start(?:ing)?\s+(?:my|a|the)\s+new|joined|"
    r"new\s+(?:job|role)|met|spoke|spoken|was|were|"
    # the day times were sent on before, superseded or recalled: "the ones I sent on Monday",
    # "celles que je vous ai envoyées lundi", "las que os mandé el lunes", "as que enviei na
    # segunda" (accented only: "que le envíe el lunes" sends them still)
    r"sent|e-?mailed|wrote|forwarded|envoyée?s?|écrit|transmise?s?|mandé|envié|escribí|pasé"
    r"|enviei|mandei|escrevi|passei|"
    # the day of an interview being called off, and the sender's own plans ("I'll call him
    # this afternoon"), are no offers of time
    r"cancel(?:l?ing|l?ed|a|e|ar|o)?|call\s+off|annul(?:er|ez|e|ons)|absagen|sagen|storniere?n?|"
    r"kill|scrap|"
    # the day the sender can answer on: "I can only reply on Monday", "je ne pourrai répondre que
    # lundi", "solo puedo contestar el lunes", "só consigo responder segunda"
    r"(?:can|could|will|['’]ll|able\s+to)\s+(?:\w+\s+)?(?:reply|respond|answer)|"
    r"(?:puedo|podré|podría|consigo|conseguiré|posso|poderei|conseguirei|pourrai|peux|pourrais)"
    r"\s+(?:\w+\s+)?(?:responder|contestar|répondre)|"
    r"(?:i['’]ll|i\s+will|we['’]ll|we\s+will)\s+(?:\w+\s+)?(?:call|ring|phone|tell|brief|inform|"
    r"let\s+\w+\s+know|reach\s+out|message|text|email)|aviso|avisaré|informo(?!\s+que)|informiere|préviens|préviendrai|"
    # the day the sender's own work or stay runs until: "tenemos la auditoría hasta el viernes",
    # "we're on the audit until Friday", "wir haben bis Freitag Inventur", "nous sommes en audit
    # jusqu'à", "je suis à la mer avec les enfants jusqu'au 21"; someone else's, relayed, too:
    # "elle sera dans le Sud jusqu'à mardi", "she's in Leeds till the 9th", "er ist bis zum 9.
    # in Wien", "ella está en Lima hasta el 9", "ele fica no Porto até dia 9"
    # (never "él", which read loose is the article "el", nor "está", which is "esta")
    r"(?:we|i|i['’]m|we['’]re|he|she|they|he['’]s|she['’]s|they['’]re|tenemos|tengo|temos|tenho"
    r"|nous|je|j['’]ai|il|elle|ils|elles|wir|ich|er|estamos|estoy|estou|ele|ela|eles|elas|ella"
    r"|ellos|ellas)"
    # (up to five words of any kind; where and with whom may take more, never a day of its own:
    # "flying to Calgary Thursday morning and not back till Friday" ends nothing on Friday)
    rf"(?:(?:\s+[\w'’-]+){{0,5}}?|(?:\s+(?!{_GAP_DAY})[\w'’-]+){{6,8}}?)"
    r"(?:\s+(?:until|till|hasta(?:\s+el)?|jusqu['’]à|bis(?:\s+zum)?"
    # (the cue ends before "jusqu'au", as "au 21" after it is read as the day)
    r"|até(?:\s+[àa])?)(?=\s+\w)|(?=\s+jusqu['’]aux?\s*\w))|"
    # a holiday or the bridge round it, named by its day, is a landmark, no offer: "avec le pont
    # du 14 juillet", "tras el puente del 15", "aproveitei a ponte do 5 de outubro", "over the
    # long weekend of the 5th", "nach dem Feiertag am 3.", "le férié du lundi 21"
    # (the cue ends before the preposition, which the day after it may begin with)
    rf"(?:{_HOLIDAY_OR_BRIDGE})"
    r"(?=\s+(?:du|del|do|da|de|of(?:\s+the)?|on(?:\s+the)?|am|vom)\s)|"
    # the day the reader is asked to pass something on by: "can you get that to them today",
    # "pass it on today", "tu peux transmettre au client aujourd'hui", "¿puedes pasárselo hoy?",
    # "consegue repassar isso hoje?" ("look forward to Tuesday" is no passing on)
    r"get\s+(?:that|this|it|these|those|them)\s+(?:over\s+|across\s+|along\s+)?to"
    r"|(?:pass|send)\s+(?:that|this|it|them)\s+(?:on|along)|forward\s+(?:that|this|it|them)"
    r"|transmettre|transmets|transmettez|faire\s+suivre|fais\s+suivre|faites\s+suivre"
    r"|pas[aá]rsel[oa]s?|p[aá]saselo|hac[ée]rselo\s+llegar|h[aá]zselo\s+llegar"
    r"|repassar|repassa|repasse|encaminhar|encaminha|encaminhe|"
    # times sent later: "envio-vos novos horários amanhã", "le mando opciones mañana"
    r"envio|enviarei|envío|enviaré|(?:te|le|les|vos|lhe|lhes)\s+mando|mandarei|"
    r"j['’]envoie|j['’]enverrai|schicke|sende|"
    r"(?:la|lo|le)\s+llamo|l['’]appelle|je\s+(?:l['’])?appellerai|rufe|ligo|ligarei|"
    # the time the sender arrives is no offer: "I land at 11 on Thursday", "mon train arrive
    # à 13h", "Ich lande Donnerstag um 11", "aterrizo el jueves", "meu voo chega sexta"
    r"lands?|(?:i|we)\s+land|landing|arriv(?:e|es|ing)|atterri\w*|lande|landet|(?:zug|flug|maschine)\s+kommt|aterriz\w*|aterro|chega|llego|"
    # (round 44) and a flight's landing as Spanish and Brazil say it: "mi vuelo llega el jueves
    # a las 11", "meu voo pousa quinta às 11h", "aterrisso na quinta"
    r"(?:vuelo|avi[óo]n|tren)\s+llega|pous[ao]|aterriss[ao]|"
    r"(?:current|original|old)\s+time\s*:|had|did|ago|since|current(?:ly)?|original(?:ly)?|deadline|due|birthday|notice\s+period|last|back|return(?:ing)?|"
    # (round 44) the day something said or sent earlier dates from: "that's from before the 4th",
    # "ça date d'avant le 4", "die sind von vor dem 4.", "son de antes del 4", "são de antes do
    # dia 4"
    r"from\s+before|dat(?:es?|ed|ing)\s+from|d['’]avant(?=\s+(?:le|l['’]))|datent\s+d[ue]|von\s+vor"
    r"(?=\s+de[mn])|stamm(?:t|en)\s+(?:von|vom|aus)|de\s+antes(?=\s+d)|dat(?:a|an|am)\s+de(?:l)?|"
    # the day the sender is back is no offer: "vuelvo el lunes 8", "de retour le 18"
    # ("quando voltar, no dia 14": the comma does not end its reach)
    # (round 34: or someone else's, "vuelve recién el domingo", "ela volta só no domingo", "elle
    # ne rentre que dimanche", unless the sentence offers that day after it: "il revient
    # mercredi, n'importe quand ce jour-là", "vuelve el miércoles, ese día cualquier hora sirve";
    # not "por volta de", about, nor "na volta", on the return, before the days it offers)
    r"(?:(?:vuelvo|volver|vuelva|regreso|regresar|volto|voltar|regresso|regressar|de\s+retour"
    r"|zurück|(?:vuelven?|regresan?|(?<!por\s)(?<!na\s)voltam?|regressam?|rentre(?:nt)?|revient"
    rf"|reviennent)){_NOT_OFFERED_BACK})"
    r"(?:\s*,)?|"
    # what fills the day, named before it as the reason times changed: "ses rendez-vous du
    # mardi ont été déplacés", "ihre Termine am Dienstag", "sus citas del martes", "as consultas
    # de terça mudaram"
    r"(?:rendez-vous|rdv|réunions|consultations|termine|besprechungen|sitzungen|citas|reuniones"
    r"|consultas|compromisos|reuniões|compromissos|audiências|audiencias)\s+(?:du|del|de|da|do"
    r"|am|vom)(?=\s+(?:lun|mar|mer|jeu|ven|sam|dim|mon|die|mit|don|fre|sam|son|mi[eé]|jue|vie"
    r"|s[aá]b|dom|seg|ter|qua|qui|sex)\w*)|"
    # the day the clocks change: "clocks go back on Sunday", "daylight saving ends this
    # Sunday", "changement d'heure dimanche", "on passe à l'heure d'hiver", "Zeitumstellung am
    # Sonntag", "cambio de hora el domingo", "mudança de hora no domingo"
    # (told of the day right after: "after the clocks change I'm free Sunday" offers it)
    r"(?:clocks?\s+(?:go|goes|change|changes|spring|fall)(?:\s+(?:forward|back|ahead))?"
    r"|(?:daylight\s+sav\w+|summer\s+time|dst)(?:\s+time)?\s+(?:ends|starts|begins))"
    r"(?=\s+(?:(?:on|this|next)\s+)?(?:the\s+)?(?:sun|sat|mon|tue|wed|thu|fri|\d))"
    r"|changement\s+d['’]heure|passe(?:ra)?\s+à\s+l['’]heure\s+d['’](?:hiver|été)"
    r"|zeitumstellung|(?:cambio|mudança|mudanca)\s+de\s+hor(?:a|ario|ário)|"
    # the day a sender writes on: "perdón que escriba en domingo", "je vous écris un samedi",
    # "sorry to write on a Sunday", "desculpe escrever ao domingo"
    r"(?:write|writing|écris|écrire|escrib[ao]|escribir|escriba|escrev[ao]|escrever)\s+"
    r"(?:on\s+a|on|en|un|une|le|ao|num|no|na))"
)
NEUTRAL = loose_compile(grouped(branches(_NEUTRAL)) + r"(?!\w)", re.IGNORECASE)
# (round 40) The day a note was sent on, right after its verb, which a relay sets aside with the
# note: "ignore what she sent on Monday", "oublie ce qu'elle a envoyé lundi", "olvida lo que
# mandó el lunes", "desconsidera o que ela mandou na segunda" (German puts the day before the
# verb, "was sie am Montag geschickt hat", and is read so already)
SENT_ON = loose_compile(
    r"(?<!\w)(?:sent|wrote|e-?mailed|forwarded|texted|envoy[ée]e?s?|écrit|transmis"
    r"|mandó|envió|escribió|mandou|enviou|escreveu)"
    r"(?:\s+(?:it|them|this|that|those|these|over))?[^\S\n]+(?:(?:on|last|le|el|na|no)[^\S\n]+)?$",
    re.IGNORECASE,
)
# The same promise to answer later, written after the day ("Tomorrow I'll confirm").
_POST_NEUTRAL = (
    r"(?:(?:i['’]ll|i\s+will|we['’]ll|we\s+will)\s+(?:\w+\s+)?(?:confirm|reply|respond|update|"
    r"send|get\s+back|let\s+you\s+know|be\s+in\s+touch|follow\s+up|revert)"
    # (a promise that names its own day, "Thursday, I'll confirm tomorrow", leaves the day
    # before it offered)
    r"(?![ \t]+(?:it[ \t]+|this[ \t]+)?"
    r"(?:tomorrow|today|tonight|later|soon|first[ \t]+thing)(?!\w))"
    # the day of an interview called off: "das Gespräch am Donnerstag absagen"
    r"|absagen|abzusagen|streichen|stornieren|(?:is|was|has\s+been)\s+cancell?ed|"
    # the day as what fills it, the reason times changed: "her Tuesday appointments moved"
    r"(?:['’]s\s+)?(?:appointments|meetings|commitments|engagements|classes|lectures|shifts"
    r"|sessions|calls|consultations|hearings)|"
    # the day an interview is moved away from: "das Gespräch am Donnerstag auf Montag verschieben"
    r"auf\s+(?:[\w.]+\s+){1,3}?(?:verschieben|verlegen|schieben)|"
    # the day the sender is back, told after it: "bin erst am Sonntag zurück", "erst ab dem 19.
    # wieder erreichbar"
    r"(?:(?:wieder\s+)?zurück|wieder\s+(?:da|erreichbar)|(?:bin|sind)\s+(?:ich|wir)\s+wieder"
    rf"|{_BACK}){_NOT_OFFERED_BACK}|"
    r"(?:est\s+)?annulée?|(?:está\s+)?cancelad[oa]|"
    # the day told with a past verb is gone: "el lunes no pude coger el teléfono", "on Monday I
    # couldn't pick up", "lundi je n'ai pas pu", "am Montag konnte ich nicht", "na segunda não pude"
    r"(?:no\s+|não\s+)?(?:pude|pudimos|consegui|conseguimos)|llego|chego|"
    # the clocks changed on the day, told after it: "am Sonntag wird die Uhr umgestellt", "el
    # domingo se cambia la hora", "no domingo muda a hora", "Sunday the clocks go back"
    r"(?:wird|werden)\s+(?:die\s+)?uhr(?:en)?\s+(?:\w+\s+)?umgestellt"
    r"|se\s+(?:cambia|adelanta|atrasa)n?\s+(?:la\s+hora|el\s+horario|los\s+relojes)"
    r"|muda(?:m)?\s+(?:a\s+hora|o\s+horário|os\s+relógios)"
    r"|(?:the\s+)?clocks?\s+(?:go|change|spring|fall)|"
    # the day times were sent on before: "die ich Ihnen am Montag geschickt habe"
    r"geschickt|geschrieben|gesendet|weitergeleitet|mitgeteilt|"
    r"(?:i|we)\s+(?:couldn['’]t|could\s+not|missed)"
    r"|(?:je|nous)\s+n['’](?:ai|avons)\s+pas\s+pu|konnte[n]?\s+(?:ich|wir)\s+(?:\w+\s+)?nicht)"
)
# matched after every day: its branches grouped by letter, or each is tried there
POST_NEUTRAL = loose_compile(
    rf"[\s,]*{grouped(branches(_POST_NEUTRAL), word_start=False)}(?!\w)", re.IGNORECASE
)
_POSITIVE = (
    r"(?:works?|would\s+work|(?:would\s+be|is|are|'s|’s)\s+(?:fine|good|great|ok|okay|free|"
    r"perfect|best|better|ideal|open)|suits?|"
    # (round 45) the phone's verdict with no verb: "Thursday prob best for me", "Friday better"
    r"(?:prob(?:ably)?\s+)?(?:best|better)(?!\s+(?:avoided|not|skipped|to\s+avoid))|"
    r"i\s+can|i'm\s+free|am\s+free|passt|geht|klappt|funciona|me\s+va|me\s+viene|me\s+convient"
    # (the other languages' everyday yes: "lundi c'est bon", "el lunes me sirve", "segunda está
    # bom"; not "ça marche", which after a day excepted is the whole sentence's)
    r"|c['’]est\s+bon|me\s+sirve|est[áa]\s+bien|est[áa]\s+bom"
    # (round 44) and France's spoken "ça va" where it closes the clause: "l'après-midi ça va"
    r"|(?:ça|ca)\s+va(?=[ \t]*(?:[.!;,]|\n|$|pour\s+moi|aussi|(?:très\s+)?bien))"
    # (the Portuguese yes as a word, not the start of "days", "dann", "dame": "dá", "dava-me
    # jeito", "daria")
    r"|d(?:á|ava|aria)(?!\w)"
    # a day answered with a bare yes, as "El jueves no." with a no: "el lunes por la mañana sí"
    r"|(?:sí|si|yes|oui|ja|sim)(?=[ \t]*(?:[.!;,]|\n|$)))"
)
# matched after every day and time: its branches grouped by letter, or each is tried there
POSITIVE = loose_compile(rf"[\s,]*{grouped(branches(_POSITIVE), word_start=False)}", re.IGNORECASE)
# A refusal that points back at the day just named: "Wednesday I'm in the plant all day,
# so that one's out", "el jueves salgo temprano, así que descartado"; or, in the plural
# (group "plural"), at every day named before it in its sentence: "Monday I'm moving and
# Tuesday I'm at a wedding, so both are out", "esos días no puedo", "die Tage gehen nicht"
# How many days are named back ("those two days", "ces deux jours-là", "diese beiden Tage",
# "esos dos días", "esses dois dias")
_HOWMANY = r"(?:\s+(?:two|three|deux|trois|zwei|beiden|drei|dos|tres|dois|duas|três))?"
RETRO_NEGATIVE = loose_compile(
    # every form opens at a word start ("ese no" is not the end of "these no"), with one of
    # these letters (checked first: most words start with none of them)
    # ("so those are both out", "they're both out": the days counted after the verb)
    r"(?<!\w)(?=[abcdeilnopst])(?:(?P<plural>(?:(?:so|then)\s+)?(?:both|those|these"
    r"|they(?=(?:\s+are|['’]re)\s+(?:both|all)\s))"
    rf"{_HOWMANY}(?:\s+(?:days|dates|ones|of\s+them))?"
    # ("those r out": phones write "are" as "r")
    r"(?:(?:\s+are|['’]re|\s+r)\s+(?:(?:all|both)\s+)?(?:out|off|a\s+no|not\s+possible|impossible|ruled\s+out"
    r"|no\s+good|a\s+write-off|out\s+of\s+the\s+question|a\s+no-go|hopeless|a\s+wash(?:out)?)"
    r"|\s+(?:won['’]t|wouldn['’]t|don['’]t|can['’]t|will\s+not|do\s+not)\s+work)(?!\w)"
    # ("así que esos días no": the verb dropped)
    rf"|(?:ambos|ambas|los\s+dos|esos|estos){_HOWMANY}(?:\s+días)?\s+(?:no(?:\s+(?:puedo|me\s+van?|es\s+posible)|(?=\s*(?:[.,;!?]|$)))"
    r"|imposibles?|(?:están\s+)?descartados|(?:están\s+)?fuera\s+de\s+(?:toda\s+)?discusión)"
    rf"|(?:les\s+deux|ces{_HOWMANY}\s+(?:jours|journées)(?:-là)?|(?:donc\s+)?c['’]est)(?:\s+jours)?\s+"
    r"(?:sont\s+exclu(?:e?s)?|exclu|c['’]est\s+impossible|sont\s+impossibles|c['’]est\s+mort"
    r"|sont\s+fichus"
    r"|ne\s+sont\s+pas\s+possibles|je\s+ne\s+peux\s+pas|c['’]est\s+non|hors\s+de\s+question)"
    rf"|(?:beide|die|diese|an\s+den|an\s+diesen){_HOWMANY}(?:\s+tage[n]?)?\s+(?:gehen|geht|fallen|kann\s+ich|passt"
    r"|passen|sind)\s+(?:also\s+|leider\s+)*(?:nicht|gar\s+nicht|aus|flach|weg|ausgeschlossen"
    r"|aussichtslos)"
    rf"|(?:os\s+dois|ambos|esses|estes){_HOWMANY}(?:\s+dias)?\s+(?:não\s+(?:dá|dão|posso)|impossível|estão\s+fora)"
    # the refusal before the days named back: "so not those days", "donc impossible ces deux
    # jours-là", "also nicht an diesen beiden Tagen", "no esos días", "não nesses dois dias"
    rf"|(?:not|pas|impossible|nicht|no|não|nao|imposible|impossível)\s+(?:(?:on|an|en|nos?|nas?)\s+)?"
    rf"(?:those|these|both|ces|les|diesen|den|esos|estos|esses|estes|nesses|nestes){_HOWMANY}"
    r"\s+(?:days|dates|jours|journées|tage[n]?|días|dias)(?:-là)?(?!\w)"
    # "there" or "then" standing for the days: "da geht leider gar nichts", "aí não dá"
    r"|(?:da|dann)\s+(?:(?:geht|klappt|passt)|kann\s+ich)\s+(?:(?:leider|also|dann|gar|überhaupt)\s+)*nichts?"
    r"|(?:aí|então)\s+(?:já\s+)?não\s+(?:dá|posso|consigo))"
    r"|not\s+(?:on\s+)?that\s+day(?!\w)|an\s+(?:dem|diesem)\s+tag\s+(?:also\s+|leider\s+)*nicht(?!\w)"
    r"|(?:(?:so|then)\s+)?(?:that|this)(?:\s+(?:one|day))?(?:['’]s|\s+is)\s+"
    r"(?:out|off|a\s+no|not\s+possible|impossible|ruled\s+out)(?!\w)"
    # the singular in the other languages: "así que ese no", "essa não dá", "donc celui-là non",
    # "also der geht nicht"
    r"|(?:así\s+que\s+|por\s+lo\s+que\s+)?ese(?:\s+día)?\s+no(?:\s+(?:puedo|me\s+va|es\s+posible))?(?!\w)"
    r"|(?:então\s+|por\s+isso\s+)?ess[ae](?:\s+dia)?\s+não(?:\s+(?:dá|posso))?(?!\w)"
    r"|(?:donc\s+)?(?:ce\s+jour-là|celui-là|celui-ci)\s+(?:non|c['’]est\s+non|impossible|exclu)(?!\w)"
    r"|(?:also\s+)?(?:der|dieser)(?:\s+tag)?\s+(?:geht|fällt)\s+(?:leider\s+)?(?:nicht|aus|raus|flach|weg)(?!\w)"
    r"|(?:así\s+que|por\s+lo\s+que)\s+(?:descartado|imposible|no\s+puedo)"
    r"|donc\s+(?:impossible|exclu|pas\s+possible)|(?:por\s+isso|então)\s+(?:não\s+dá|impossível)"
    r"|(?:also|daher)\s+(?:geht\s+)?(?:nicht|leider\s+nicht|unmöglich))"
    rf"|(?<!\w)(?=[acdeistç]){THAT_FAILS}"
    # a wish to keep clear of the time just named, which the clause does not name again: "so I'd
    # rather avoid it", "donc je préfère éviter", "das würde ich lieber vermeiden", "prefiero
    # evitarlo", "prefiro evitar" (not "I'd rather avoid Mondays")
    r"|(?<!\w)(?:(?:i['’]d|i\s+would)\s+(?:rather|prefer\s+to)\s+avoid(?:\s+(?:it|that|them))?"
    r"|je\s+(?:préfère|préférerais|voudrais)\s+(?:l['’]|les\s+)?éviter"
    r"|(?:würde|möchte)\s+ich\s+(?:\w+\s+)?(?:lieber|gerne?)\s+vermeiden|lieber\s+vermeiden"
    r"|(?:prefiero|preferiría|prefiro|preferia|preferiria)\s+evitar(?:l[oa]s?)?)(?=[^\w\n]*(?:\n|$)|\s*[.,;!?)])",
    re.IGNORECASE,
)
# A day told to be the other way round from the days before ("Wednesday is the other way
# round", "Mercredi c'est l'inverse", "Mittwoch genau umgekehrt", "El miércoles al revés",
# "Quarta é o contrário"): the hours it swaps are not read, so the day is not placed
INVERSE = loose_compile(
    r"(?<!\w)(?:the\s+other\s+way\s+(?:round|around)|the\s+opposite|the\s+reverse"
    r"|l['’]inverse|l['’]invers|le\s+contraire|umgekehrt|andersherum|al\s+rev[ée]s|lo\s+contrario"
    r"|o\s+contr[áa]rio|ao\s+contr[áa]rio|o\s+inverso)(?!\w)",
    re.IGNORECASE,
)
# A reason given after an offer: "mornings ideally, since the afternoons are edit sessions",
# "mejor por la mañana porque en la tarde trabajo", "plutôt le matin car l'après-midi j'ai
# cours", "am liebsten vormittags, weil ich nachmittags im Labor bin", "de manhã, porque à
# tarde tenho aulas": a part of day it names is why another was chosen, not an offer
REASON = loose_compile(
    # (phones' short forms too: "bc", "cuz", "pq", "porq", "pcq"; "as" before its subject)
    r"(?<!\w)(?:since|because|cause|cos|bc|cuz|coz|pq|porq|pcq|(?<=[,;]\s)as|as(?=\s+(?:i|we)\s)"
    r"|porque|ya\s+que|dado\s+que|car|puisque"
    r"|parce\s+qu(?:e|')|weil|denn|da(?=\s+(?:ich|wir|er|sie)\s)|pois|já\s+que|visto\s+que)(?!\w)",
    re.IGNORECASE,
)
# (its words grouped by their first letters, as EXCEPT's: it is scanned over every reply)
REASON = loose_compile(word_led(REASON.pattern), re.IGNORECASE)
# "only" in five languages, as it narrows a part of day ("nur vormittags", "só de manhã")
_ONLY_WORDS = (
    r"only|just|solely|nur|lediglich|blo(?:ß|ss)|seulement|uniquement|s[óo]lo|solamente"
    r"|[úu]nicamente|só|somente|apenas"
)
# a few words of the time wished between the wish and what follows it
_WISH_GAP = r"(?:[ \t,]+[^\W\d][\w'-]*){0,3}?"
# A part of day wished for, then why, after a dash or a reason word: "mornings if possible - I
# run the shows in the afternoons", "ideally before noon - afternoons are back-to-back", "de
# préférence le matin, car …", "am liebsten vormittags, weil …", "de preferência de manhã, pois
# …": the wish says the part of day told in the reason is the one avoided, however many words
# tell what fills it. A few words of the time wished may stand between the wish and the dash.
HEDGED_REASON = loose_compile(
    r"(?<!\w)(?:if\s+(?:at\s+all\s+)?possible|where\s+possible|if\s+i\s+can|ideally|preferably"
    r"|by\s+preference|for\s+preference|for\s+choice|by\s+choice|si\s+possible|de\s+pr[ée]f[ée]rence"
    r"|id[ée]alement|dans\s+l'id[ée]al|si\s+c'est\s+possible|si\s+je\s+peux|wenn\s+(?:es\s+)?m[öo]glich"
    r"|falls\s+m[öo]glich|wenn\s+es\s+geht|m[öo]glichst|am\s+liebsten|vorzugsweise|idealerweise"
    r"|bevorzugt|si\s+es\s+posible|si\s+puede\s+ser|a\s+ser\s+posible|si\s+se\s+puede"
    r"|preferiblemente|preferentemente|idealmente|de\s+preferencia|se\s+poss[íi]vel|se\s+der"
    r"|se\s+puder|de\s+prefer[êe]ncia|preferencialmente"
    # a part of day said to be the only one ("only mornings - in the afternoon I mind the kids",
    # "nur vormittags – am Nachmittag hüte ich die Kinder", "seulement le matin – l'après-midi je
    # garde les enfants", "solo por las mañanas – por la tarde cuido a los niños", "só de manhã –
    # à tarde cuido das crianças"): the other part told in the reason is as surely not offered
    rf"|{_ONLY_WORDS})"
    rf"{_WISH_GAP}"
    r"(?:[ \t]+[-–—]|[ \t,]+(?:as|since|because|cause|cos|car|parce\s+qu(?:e|')|puisque"
    r"|weil|da|denn|porque|ya\s+que|pois|j[áa]\s+que))(?=\s)"
    # (after "only" a bare comma will do when the other part of day opens what follows: "nur
    # nachmittags, vormittags bauen wir die Beleuchtung ab", "only afternoons, mornings we're
    # on the roof": a wish may go on to another part, "only" may not)
    rf"|(?<!\w)(?:{_ONLY_WORDS}){_WISH_GAP}[ \t]*,"
    rf"(?=[ \t]+(?:{_PART_ARTICLE}[ \t]+)?(?:{_DAY_PARTS})(?!\w))",
    re.IGNORECASE,
)
# The rest of the time, of the day or of the week, told busy: "the rest of the time", "le reste
# du temps", "den Rest der Zeit", "el resto del tiempo", "o resto do tempo" (accents optional:
# the engine reads it in folded text too)
REST_OF_TIME = loose_compile(
    r"(?<!\w)(?:(?:(?:the|all)\s+)?rest\s+of\s+(?:the|my)\s+(?:time|day|week)|all\s+other\s+times"
    r"|(?:(?:tout\s+)?le\s+)?reste\s+d(?:u\s+temps|e\s+la\s+(?:journ[ée]e|semaine))"
    r"|(?:den|im|in\s+der)\s+rest(?:lichen)?(?:\s+der\s+(?:zeit|woche)|\s+des\s+tages|\s+zeit)"
    r"|(?:(?:todo\s+)?el\s+)?resto\s+de(?:l\s+(?:tiempo|d[íi]a)|\s+la\s+semana)"
    r"|(?:(?:todo\s+)?(?:o|no)\s+)?resto\s+d(?:o\s+(?:tempo|dia)|a\s+semana))(?!\w)",
    re.IGNORECASE,
)
# what "am" leads that is no place: a day, a part of day, a date, a superlative
_NOT_A_PLACE = (
    r"(?i:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so"
    r"|vormittag|nachmittag|morgen|mittag|abend|wochenende|anfang|ende|besten|liebsten"
    r"|ehesten|meisten|telefon|handy|computer|rechner|laptop)(?!\w)"
)
# A part of day the sender spends somewhere: "afternoons I'm at the depot", "en la tarde estoy
# en el curso", "l'après-midi je suis au tribunal", "nachmittags bin ich im Labor", "à tarde
# estou na faculdade" ("je suis en mesure", "I'm in touch" say nothing of a place), or the
# person relayed is ("l'après-midi il est sur la route", "afternoons she's at the depot")
PLACE = loose_compile(
    r"[\s,]*(?:i'm|i\s+am|we're|we\s+are|(?:eu\s+)?estou|estamos|estoy|je\s+suis|nous\s+sommes"
    r"|(?:bin|sind)\s+(?:ich|wir)|ich\s+bin|wir\s+sind|(?:he|she)(?:'s|\s+is)|(?:il|elle)\s+est"
    r"|ist\s+(?:er|sie)|(?:er|sie)\s+ist|(?:él|ella)\s+está|(?:ele|ela)\s+está"
    # (where one stands or sits, as market and stall keepers say it: "steh ich am Stand")
    r"|(?:steh|stehe|sitz|sitze)\s+ich|(?:stehen|sitzen)\s+wir)"
    r"\s+(?:at|in|en|au|aux|à|dans|im|beim|bei"
    # ("nachmittags bin ich am Markt", not "am Montag", "am 14.", "am Abend", "am besten")
    rf"|am(?=\s+(?!{_NOT_A_PLACE})(?-i:[A-ZÄÖÜ]))"
    # ("vormittags bin ich auf dem Markt", not "auf jeden Fall"; "l'après-midi je suis sur le
    # glacier", not "sur ce point")
    r"|auf(?=\s+(?:de[mnr]|einem|einer|meinem|meiner)(?!\w))"
    r"|sur(?=\s+(?:le|la|les|l'|un|une|mon|ma|mes|notre|nos)(?!\w))"
    r"|no|na|nos|nas|em)(?!\w)(?!\s+(?:mesure|train|ligne|línea|linha|touch|contact|time))"
    r"(?!\s+(?:(?:my|our|the|mon|ma|notre|le|la|meinem|meiner|dem|der|mi|nuestr[oa]|el|minha|meu"
    rf"|nossa|nosso|o|a)\s+)?{_SEAT})",
    re.IGNORECASE,
)
ANAPHOR = loose_compile(
    r"(?<!\w)(?:same\s+day|each\s+day|both\s+days|those\s+days|either\s+day|on\s+both|"
    rf"{DAY_NAMED_BACK})(?!\w)",
    re.IGNORECASE,
)
# Prepositions and articles of the five languages: a line that ends on one goes on below.
_WRAPPING = (
    "of",
    "the",
    "all",
    "at",
    "on",
    "in",
    "de",
    "la",
    "le",
    "el",
    "du",
    "des",
    "der",
    "die",
    "das",
    "den",
    "am",
    "im",
    "em",
    "na",
    "do",
    "da",
    "para",
    "por",
    "toda",
    "toute",
    # prepositions of time: "Könnten Sie mir bis / Freitag sagen"
    "bis",
    "by",
    "until",
    "before",
    "after",
    "from",
    "hasta",
    "até",
    "avant",
    "vor",
    "nach",
    "ab",
)
# A face ends what was said before it as a stop does ("hope you had a good weekend 🙂 tomorrow
# at half two works"): phones write it in the stop's place. (Not a sign, which marks the entry
# it stands in: "Thu 3 ✅ afternoon".)
FACE = r"[\u263a\U0001f600-\U0001f64f\U0001f910-\U0001f92f\U0001f970-\U0001f97a]"
# Clauses bound the reach of a negative cue; sentences bound where a time attaches.
CLAUSE = loose_compile(
    # a bracketed range ("while I'm at the show (Tue-Thu)") belongs to the clause it qualifies
    r"[.!?](?=\s|$)|" + FACE + "|"
    r"\((?![^()\n]{1,24}[-–][^()\n]{1,24}\))|[;:)\[\],]|\s[-–—]\s|"
    # a line that ends on a word no clause ends on ("all of / next week") wraps a clause
    # (the newline is matched first: looking behind at every position was the slow part)
    + r"\n"
    + "".join(rf"(?<!\W{w}\n)" for w in _WRAPPING)
    # and so does a line that opens on a preposition of time ("on PTO / from this Thursday"), or
    # on a bracket closed on it ("in den Ferien / (5.–9.8.)")
    + r"(?![^\S\n]*(?:(?:from|through|until|till|du|jusqu|desde|hasta|von|vom|bis|até)\s"
    + r"|\([^()\n]{1,40}\)))"
    # and so does a long line whose text goes on in lower case below: the mail client wrapped
    # it ("I'm on PTO the whole / of next week"); the lines of lists and tables are short
    # (or on a weekday, which English and German write in capitals: "I'm on night shifts at the
    # depot / Monday to Wednesday", "bin ich auf einer Schulung in Hamburg / Montag bis Mittwoch")
    + r"(?!(?<=[^\n]{50}\n)[^\S\n]*(?:(?-i:[a-zà-ÿ])|(?:"
    + alternation(WEEKDAYS)
    + r")(?!\w)))|"
    # (German's "nicht aber" opens its clause on the "nicht": "jeden Tag nächste Woche nicht
    # aber Dienstag" leaves Tuesday out of the week, it does not refuse the week)
    r"(?<!\w)(?:so|otherwise|however|although|though|if|nicht\s+(?:aber|jedoch)|"
    r"instead|pero|aber|mais|mas|sinon|sonst|senão|and\s+then|but)(?!\w)|"
    # and so does what the sender can do, joined to the busy time by an "and" ("sie hat
    # vormittags einen Arzttermin und kann erst ab 15 Uhr", "I'm in court all morning and can
    # only do 3", "j'ai un rendez-vous le matin et peux à partir de 15h"; not "and can't")
    r"(?<!\w)(?:and|und|et|y|e)(?=\s+(?:(?:only|erst|nur|just|seulement|solo|sólo|só)\s+)?"
    r"(?:can|could|kann|könnte|peut|peux|pourr\w+|puede|puedo|podr\w+|pode|posso)(?![\w'’]))",
    re.IGNORECASE,
)
SENTENCE = loose_compile(r"[.!?](?=\s|$)|\n\s*\n|[()]|" + FACE)
ZONE_SENTENCE = loose_compile(r"[.!?](?=\s|$)|\n\s*\n")


# A whole day spent on something, told before the day too: "I'm setting up the stand all day
# Thursday", "je serai toute la journée de jeudi à former" (read only where a whole day is
# named: the pattern is costly and tried at every word)
_WHOLE_DAY_SPENT = loose_compile(grouped([WHOLE_DAY_SPENT]), re.IGNORECASE)
_SAYS_WHOLE_DAY = loose_compile(grouped([WHOLE_DAY]), re.IGNORECASE)


# A place or event word told calm right after it is the reason a time suits, not a busy
# one: "workshop's quiet after lunch", "the site is dead in the afternoon", "le séminaire est
# calme l'après-midi", "auf der Baustelle ist es nachmittags ruhig", "la conferencia está
# tranquila por la tarde", "a obra fica calma à tarde"
_TOLD_CALM = loose_compile(
    r"(?:['’]s|\s+(?:is|gets|was|will\s+be|est|sera|ist|wird|está|estará|fica|anda))"
    r"(?:\s+(?:es|it|always|usually|pretty|really|very|dead|toujours|assez|très|immer|meist|sehr"
    r"|recht|ziemlich|siempre|muy|bastante|sempre|muito|bem|bien|super))*\s+"
    r"(?:[\w'’]+\s+){0,4}?(?:quiet(?:er)?|calm(?:er)?|dead|slow(?:er)?|empty|calmes?"
    r"|tranquilles?|vides?|ruhig(?:er)?|leer|tranquil[oa]s?|vac[ií][oa]s?|calm[oa]s?|vazi[oa]s?)(?!\w)",
    re.IGNORECASE,
)


# Leaving one's post for a while, said as what one can do, offers that while: "Thursday
# lunchtime I can step out", "I could slip away at 4", "I'm able to pop out" (having to step out,
# "I need to pop out at 2", stays a refusal; "can't" and "cannot" are refusals of their own)
_CAN_SLIP = loose_compile(
    r"(?<!\w)(?:can|could|able\s+to)\s+(?!not\s|never\s)(?:\w+\s+)?"
    r"(?:step|slip|pop|nip|duck|sneak|get|break|run)\s+$",
    re.IGNORECASE,
)
_SLIP_REACH = 30  # characters before "out" or "away" that may say one can slip out


# A busy state put as a condition is no refusal: "if y'all are closed, Wednesday same time works
# too", "si estáis cerrados ese día", "falls ihr zu habt"
_SUPPOSED = loose_compile(
    rf"(?<!\w)(?:{IF_WORDS}|in\s+case)\s+(?:[\w'’]+\s+){{0,3}}$", re.IGNORECASE
)


def _negative(scan: str) -> list[tuple[int, int]]:
    spans = [
        (m.start(), m.end())
        for m in NEGATIVE.finditer(scan)
        if not _TOLD_CALM.match(scan, m.end())
        and not _CAN_SLIP.search(scan, max(0, m.start() - _SLIP_REACH), m.start())
        and not _SUPPOSED.search(scan, max(0, m.start() - _SLIP_REACH), m.start())
    ]
    if _SAYS_WHOLE_DAY.search(scan):
        spans = sorted(spans + [(m.start(), m.end()) for m in _WHOLE_DAY_SPENT.finditer(scan)])
    return spans


# a piece of every wish `HEDGED_REASON` opens on (one word of each, whatever spaces stand
# between them): most texts hold none, and are not scanned
_WISH_PIECES = (
    "sible", "possí", "possiv", "can", "ideal", "idéal", "pref", "préf", "choice", "peux",
    "glich", "geht", "liebsten", "vorzugs", "bevorzugt", "puede", "der", "puder", "only", "just",
    "solely", "nur", "lediglich", "blo", "seul", "unique", "sol", "sól", "nicam", "só", "soment",
    "apenas",
)  # fmt: skip


def _hedged_reasons(scan: str) -> list[tuple[int, int]]:
    low = scan.lower()
    if not any(piece in low for piece in _WISH_PIECES):
        return []
    return [(m.start(), m.end()) for m in HEDGED_REASON.finditer(scan)]


def cues(scan: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of the cue words that steer how atoms are read in masked text, by cue kind."""
    retro = list(RETRO_NEGATIVE.finditer(scan))
    return {
        "except": [(m.start(), m.end()) for m in EXCEPT.finditer(scan)],
        "sweeping_except": [(m.start(), m.end()) for m in SWEEPING_EXCEPT.finditer(scan)],
        "negative": _negative(scan),
        "neutral": [(m.start(), m.end()) for m in NEUTRAL.finditer(scan)],
        "anaphor": [(m.start(), m.end()) for m in ANAPHOR.finditer(scan)],
        "retro": [(m.start(), m.end()) for m in retro if not m["plural"]],
        "plural_retro": [(m.start(), m.end()) for m in retro if m["plural"]],
        "inverse": [(m.start(), m.end()) for m in INVERSE.finditer(scan)],
        "reason": [(m.start(), m.end()) for m in REASON.finditer(scan)],
        "hedged_reason": _hedged_reasons(scan),
        "clause": [(m.start(), m.end()) for m in CLAUSE.finditer(scan)],
        "sentence": [(m.start(), m.end()) for m in SENTENCE.finditer(scan)],
        "zone_sentence": [(m.start(), m.end()) for m in ZONE_SENTENCE.finditer(scan)],
    }


loosen(globals())
