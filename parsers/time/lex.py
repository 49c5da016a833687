"""Lexer for time phrases: masks non-time numbers, finds day, time, zone and cue atoms."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from parsers.rules.alternation import branches, grouped, opened, opening, word_led
from parsers.time.accents import loose_compile, loosen
from parsers.time.holidays import HOLIDAY, WEEKDAY_HOLIDAY
from parsers.time.words import (
    ABBREVIATED_WEEKDAYS,
    CHOICE_BETWEEN,
    CHOICE_LEADS,
    CHOICE_PHRASES,
    CHOICE_WORDS,
    CITY_ZONES,
    CORRECTION_NOUN,
    DAY_NAMED_BACK,
    GERMAN_HOUR_WORDS,
    HOUR_WORDS,
    LONGEST_NUDGE,
    LOWER_CASE_WEEKDAYS,
    LUNCH_WORDS,
    MONTHS,
    MONTHS_AFTER_DE,
    MOVE_VERB,
    MUST_PARTICLES,
    OWN_ZONE_WORDS,
    PART_WORDS,
    PARTS,
    PAST_DAYS,
    PERIOD_HALVES,
    PERIOD_NOUNS,
    RELATIVE_DAYS,
    ROMANCE_HOUR_WORDS,
    SHORT_WEEKDAYS,
    SLIPS,
    WEEKDAYS,
    WEEKS,
    WHOLE_DAY,
    WORD_HOURS,
    ZONE_ABBREVIATIONS,
    ZONE_NAMES,
    alternation,
    amount_count,
)

_I = re.IGNORECASE

# --- masks: spans that look like numbers or dates but are never offers of time ---

# (its branches grouped by their first letters: the mask is tried at every word of every reply)
_TODAY_NAMED = grouped(
    [
        rf"{lead}\s+(?:{alternation(WEEKDAYS)})\b"
        for lead in branches(
            r"(?:(?:it['’]?s|it\s+is)\s+(?:already|now)|today\s+is|today['’]s|(?:ya|hoy)\s+es"
            r"|(?:on\s+est|nous\s+sommes|c['’]est)\s+déjà|aujourd['’]hui\s+(?:c['’]est|on\s+est)"
            r"|(?:es\s+ist|wir\s+haben)\s+(?:ja\s+|doch\s+)?(?:schon|bereits)|heute\s+ist"
            r"|(?:já|hoje)\s+é|(?:writ|repl|e-?mail|messag|answer|bother|text)\w*\s+(?:you\s+)?on\s+a"
            r"|(?:écri|répond|dérang)\w*\s+(?:vous\s+|te\s+)?un"
            r"|(?:escrib|respond|contest|molest)\w*\s+(?:en|un)|(?:escrev|respond|incomod)\w*\s+(?:ao|num|em))"
        )
    ]
    + [
        rf"(?:am|an\s+einem)\s+(?:{alternation(WEEKDAYS)})\s+(?:zu\s+)?(?:schreib|antwort|stör|meld)\w*"
    ]
)

# a trouble or an objection denied, in each language's nouns for them
_TROUBLE = (
    r"(?:problems?|issues?|trouble|bother|hassle|worries|worry|objections?|inconvenience|stress"
    r"|probl[èe]mes?|soucis?|inconv[ée]nients?|obstacles?|objections?|probleme?|thema|ding|umstände"
    r"|einwände|einwand|hindernis|problemas?|inconvenientes?|pegas?|drama|estr[ée]s|objeciones"
    r"|obje[çc](?:ão|ões)|incômodo|incomodo)"
)
# (the denials grouped by their first letters: the mask is tried at every word)
_DENIAL = (
    r"(?:no|not\s+(?:an?|any)|nor\s+an?|never\s+an?|pas\s+(?:de|d['’]|un|une)|aucune?|sans"
    r"|ne\s+(?:pose|posera|poserait|me\s+pose)\s+(?:aucune?|pas\s+(?:de|d['’]))|kein(?:e|en)?"
    r"|keinerlei|nichts|ningun[oa]?|ningún|sin|no\s+(?:hay|habría|habrá|es|será|sería|supone"
    r"|me\s+supone)(?:\s+(?:ningún|ningun|ninguna|un|una|mayor))?|nenhum[a]?|sem"
    r"|n[ãa]o\s+(?:tem|há|ha|haverá|terá|teria|é|seria|será)(?:\s+(?:nenhum|nenhuma|um|uma|qualquer))?)"
)
_NO_PROBLEM = (
    rf"\b{grouped(branches(_DENIAL), word_start=False)}"
    # (the noun denied goes with it: left alone, a per-day list's "Tuesday: no problem" read as
    # the day taken by a problem, as "Tuesday: dentist" is)
    rf"(?:\s*{_TROUBLE}\b|(?=\s+dagegen\b|\s+contre\b|\s+en\s+contra\b|\s+contra\b))"
    # told after the noun: "problema nenhum", "problema ninguno"
    r"|(?<=problema\s)(?:nenhum|ninguno)\b"
)
_MASKS = (
    # quoted history headers and quoted lines, in case the quote stripper missed them
    loose_compile(
        r"^.*\b(?:wrote|schrieb|escribió|a\s+écrit|escreveu|scrisse)\s*:?\s*$"
        r"|^\s*(?:>|(?:from|von|de|sent|gesendet|envoyé|enviado|date|datum|when|to|an|para|subject|betreff|objet|asunto|assunto)\s*:).*$",
        _I | re.M,
    ),
    # greetings that name a part of the day or tomorrow ("Guten Morgen" is not "tomorrow")
    loose_compile(
        r"\b(?:guten\s+(?:morgen|tag|abend)|good\s+(?:morning|afternoon|evening)|"
        r"buen(?:os|as)\s+(?:d[ií]as|tardes|noches)|bom\s+dia|boa\s+(?:tarde|noite)|"
        r"bonjour|bonsoir|bonne\s+(?:journée|soirée|après-midi))\b"
        # "Morning - could we push ...": the greeting alone, opening the reply
        r"|^\s*(?:morning|afternoon|evening)(?=\s*[-–—,!])",
        _I | re.M,
    ),
    # the sender's departure as a time bound, no refusal: "before I fly out I could do tomorrow"
    loose_compile(
        r"\b(?:before|until|till)\s+(?:i|we)\s+(?:fly|leave|head|travel|go)(?:\s+(?:out|off|away))?\b"
        r"|\bavant\s+(?:de\s+partir|mon\s+départ)\b|\bantes\s+de\s+(?:irme|viajar|salir|sair|ir)\b"
        r"|\bbevor\s+(?:ich|wir)\s+(?:fliege|fliegen|abreise|abreisen|losfahre|verreise)\b",
        _I,
    ),
    # the day it is where the sender writes, named as such ("it's already Tuesday", "ya es
    # martes", "heute ist Samstag") or as when they write ("sorry to email on a Saturday",
    # "desculpe responder ao sábado", "dass ich mich am Samstag melde"): today, no day offered
    loose_compile(_TODAY_NAMED, _I),
    # the no of "no problem", which says yes: "Thursday afternoon is no problem", "not an
    # issue", "pas de souci", "ne pose aucun problème", "ist kein Problem", "spricht nichts
    # dagegen", "no hay inconveniente", "ningún problema", "não tem problema", "problema
    # nenhum" (the negation blanked; the noun is no time word)
    loose_compile(_NO_PROBLEM, _I),
    # someone else's part of day: "if he prefers her own morning"; and the sender's own, told
    # as the name of what fills it: "after my morning lectures", "before my afternoon shift"
    loose_compile(
        r"\b(?:her|his|their)\s+(?:own\s+)?(?:mornings?|afternoons?|evenings?)\b"
        r"|\bmy\s+(?:morning|afternoon|evening)(?=\s+(?:shift|lectures?|class(?:es)?|meetings?"
        r"|rounds|run|appointments?|sessions?|stand-?up|briefing|routine|commute|clinic|duty)\b)",
        _I,
    ),
    loose_compile(
        # (grouped by first letters: the \b holds at every word's start and end)
        r"\b"
        + grouped(
            branches(
                r"(?:(?:office|opening|business|working)\s+hours|available|in\s+the\s+office"
                r"|office\s*:|hours\s*:|horaires?\s*:|horario\s*:|horário\s*:|bürozeiten"
                r"|sprechzeiten|öffnungszeiten|geschäftszeiten|heures\s+d['’]ouverture"
                r"|horaires\s+d['’](?:ouverture|accueil)|horario\s+de\s+(?:atención|oficina)"
                r"|horário\s+de\s+(?:atendimento|expediente))"
            ),
            word_start=False,
        )
        +
        # the week's span, with a dash or a word ("Mon–Fri", "lun. au ven.", "Mo bis Fr")
        r".*\b(?:mon|lun|mo|seg)\w*\.?(?:\s*[-–]\s*|\s+(?:au|à|a|al|bis|até)\s+)"
        r"(?:fri|thu|vie|ven|fr|sex)\w*.*$",
        _I | re.M,
    ),
    loose_compile(r"\S+@\S+|https?://\S+|www\.\S+|\b(?:UTC|GMT)\s*[+−-]\s*\d\d?(?::?\d\d)?", _I),
    # French "Mon" opening a sentence is "my" ("Mon portable :", "Mon train arrive"): the
    # weekday is followed by a time, a verdict or a list word, never by another noun
    loose_compile(
        r"\bMon(?=[^\S\n]+[a-zà-ÿ]{2,}\b)(?![^\S\n]+(?:and|or|nor|to|through|thru|till|until|at|from"
        r"|after|before|between|by|around|mornings?|afternoons?|evenings?|eve|night|lunch\w*|midday"
        r"|noon|is|works?|would|could|should|will|suits?|next|this|the|am|pm|only|all|any|ok|okay"
        r"|good|great|fine|both|onwards|also|too|maybe|perhaps|if|then|for|in|on|early|late|mid"
        r"|i|we|via|please|thanks|instead|either|preferably|ideally|probably|possibly|definitely"
        r"|earliest|latest|first|last|anytime|any\s*time|are|looks?|seems?|wfh|ooo|off)\b)"
    ),
)
# Hours joined across noon, which neither counts nor days of the month ever are (both go up):
# "the 12-1 slot", "the 11–1 hour", "the 12 to 1 window"
_NOON_CROSSING = r"(?:9|1[0-2])(?::[0-5]\d)?\s*(?:[-–—]|to|till)\s*[1-8](?![\d/])"
# Masks that only ever cover digits: skipped for the many replies that have none.
_NUMBER_MASKS = (
    # money, percentages, versions, counts and durations
    loose_compile(
        r"[$€£¥]\s?\d[\d,.]*\s*[kKmM]?\b|\b\d[\d,.]*\s?(?:k|usd|eur|gbp|dollars|euros|%)(?!\w)", _I
    ),
    loose_compile(
        # a version, not a day-first date with its year ("10.12.2026", "10.12.26" as German mail
        # writes it, the full stop of its sentence after it or not; a version says so:
        # "v1.12.26", "version 2.12.26")
        r"\b(?![0-3]?\d\.[01]?\d\.(?:\d{4}|\d\d)(?!\.?\d))v?\d+(?:\.\d+){2,}\b|\bv\d+(?:\.\d+)?\b|\b(?:version|release)\s+\d+(?:\.\d+)*",
        _I,
    ),
    loose_compile(
        # (counts go up, so a range that crosses noon is hours, as is what a dash joins to an
        # hour before it: "the 12-1 slot", "the 11–1 hour")
        rf"\b(?<![-–—]\s)(?<![-–—])(?!{_NOON_CROSSING})"
        r"\d+(?:[.,]\d+)?(?:st|nd|rd|th)?(?:\s*(?:-|to|or)\s*\d+)?\s*-?\s*"
        r"(?:rounds?|interviews?|candidates?|people|persons?|years?|yrs?|months?|weeks?|days?|"
        r"hours?|hrs?|minutes?|mins?|min|seconds?|secs?|slots?|options?|stages?|steps?|panelists?|"
        # ("las 9 hora de México", "10 hora local": a clock time told in a place's time)
        r"horas|hora(?!\s+(?:local|de\s+(?-i:[A-ZÀ-Ý])))|minutos?|días?|dias?|semanas?|heures?|jours?|semaines?|stunden?|minuten?|tage?n?|wochen?|"
        r"times|reports?|engineers?|employees?|floors?|stars?|points?)\b",
        _I,
    ),
    # (its words grouped by their first letters: the \b before them holds at every word's
    # start and end, and most of those positions start none of them)
    loose_compile(
        r"\b"
        + grouped(
            branches(
                r"(?:round|option|opción|opcion|opção|opcao|interview|runde|tour|ronda|#|no\.?"
                r"|number|nummer|número|numero|step|stage|room|suite|floor|ext\.?|extension"
                r"|ticket|ref\.?|id"
                # rooms, buildings and floors in the other languages, numbered with a dot or
                # slash too: "Raum 3.14", "salle 2/05", "Gebäude 5", "sala 12", "bâtiment B 4"
                r"|raum|zimmer|geb[äa]ude|saal|salle|bâtiment|batiment|bureau|sala|edificio"
                r"|edifício|pr[ée]dio|despacho|gabinete|building|bldg)"
            ),
            word_start=False,
        )
        + r"\s*#?\s*\d+(?:[./-]\d+)*\b",
        _I,
    ),
    # a storey: "im 2. OG", "au 3e étage", "en la 4ª planta", "no 5º andar"
    loose_compile(
        r"\b\d+(?:\.|º|ª|e|er|ème|st|nd|rd|th)?\s*(?:OG|UG|EG|Etage|Stock|Obergeschoss|étage"
        r"|piso|planta|andar)\b",
        _I,
    ),
    loose_compile(r"#\d+"),
)
# The whole day in a bracketed aside that says what fills it ("sauf le jeudi (je surveille les
# partiels toute la journée)", "except Thursday (at a trade fair all day)"): how long the day
# away lasts, not hours offered; a bracket holding the whole day alone ("Thursday (all day)")
# still offers it
_ASIDE_WHOLE_DAY = loose_compile(
    rf"\((?P<pre>[^()\n]{{0,60}}?)(?P<w>(?<!\w){WHOLE_DAY})(?P<post>[^()\n]{{0,60}}?)\)", _I
)
# Why a day is excepted, said between it and the next day the exception lists: "any day except
# Monday, which is a bank holiday, and Wednesday", "sauf lundi (férié) et mercredi", "außer
# Montag, da bin ich auf Dienstreise, und Mittwoch", "menos el lunes, que es feriado, y el
# miércoles", "tirando segunda - tenho médico - e quarta". The aside cut the list in two and
# left its second day offered; blanked, the list reads whole. An aside that names a day, a part
# of day or a number is part of the list ("except Monday, Tuesday morning and Wednesday") and
# stays.
# (with its date: "menos el martes 2 (Día de Muertos, …) y el miércoles", "except Tuesday the
# 8th (holiday) and Wednesday")
_EXCEPT_DAY = (
    rf"(?:(?:on|le|am|el|la|a|o|na|no)\s+)?(?:{alternation(WEEKDAYS)})"
    r"(?:,?\s+(?:the\s+|dia\s+|den\s+)?\d{1,2}(?:st|nd|rd|th|er|\.)?(?!\d))?"
)
# the words that lead a day excepted, and the day
_EXCEPTED_DAY = (
    r"(?<!\w)(?:except(?:\s+for)?|but|bar|barring|save|apart\s+from|other\s+than|excluding"
    r"|sauf|hormis|excepté|à\s+part|außer|ausser|bis\s+auf|ausgenommen|excepto|salvo|menos"
    rf"|quitando|exceto|tirando)\s+{_EXCEPT_DAY}"
)
# (a list of days refused is cut the same way: "pas lundi (salon) ni mercredi", "not Monday
# (doctor) or Wednesday", "weder Montag (Messe) noch Mittwoch", "ni el lunes (médico) ni el
# miércoles", "nem segunda (médico) nem quarta")
_REFUSED_DAY = rf"(?<!\w)(?:pas|not|nicht|weder|ni|nem|no|não)\s+{_EXCEPT_DAY}"
# The excepted day's own date, opening the aside and kept as the day's ("menos el lunes (es 12,
# voy con mi mamá) y el viernes", "except Monday (it's the 7th, doctor) and Friday", "pas lundi
# (1er mai) ni mercredi", "außer Montag (der 7., Arzt) und Freitag", "menos segunda (dia 7,
# médico) e sexta"): the rest of the aside says why, and is blanked with the aside
_ASIDE_DATE = (
    r"\s*(?:(?:es|it['’]?s|it\s+is|c['’]est|das\s+ist|ist|é)\s+)?(?:(?:the|el|le|der|dia|o)\s+)?"
    rf"(?P<d>\d{{1,2}}(?:st|nd|rd|th|er|\.)?(?:\s+(?:de\s+)?(?:{alternation(MONTHS)}))?)(?![\w.])"
    r"\s*[,;:–—-]?"
)
_ASIDE_WORDS = r"(?:[^()\n\d]|\n(?!\s*\n))"
_EXCEPT_ASIDE = loose_compile(
    rf"(?:{_EXCEPTED_DAY}|{_REFUSED_DAY})"
    # (inside it, a line the mail client wrapped, not a blank line)
    rf"(?P<w>\s*\((?:{_ASIDE_DATE}{_ASIDE_WORDS}{{0,60}}|{_ASIDE_WORDS}{{1,60}})\)"
    r"|\s*,(?:[^,.;:!?()\n\d]|\n(?!\s*\n)){1,60}?,"
    r"|\s+[-–—](?:[^-–—.;!?()\n\d]|\n(?!\s*\n)){1,60}?[-–—])"
    rf"\s*(?:and|or|nor|et|ou|ni|und|oder|y|e|o)\s+{_EXCEPT_DAY}(?!\w)"
    # (where the list ends: "and Wednesday morning is best" may give the morning to both days)
    r"(?=\s*(?:[.,;:!?)\n]|$|(?:that|which|when|because|as|que|qui|où|car|parce|der|die|da|wo|weil"
    r"|porque|pues|pois|onde)(?!\w)))",
    _I,
)
# A holiday given in brackets as the reason the day is excepted, by its date ("any day except
# Friday (the 11th is a holiday), preferably afternoons", "menos sexta (dia 15 é feriado), de
# preferência à tarde", "außer Freitag (der 11. ist Feiertag)"): the date restates the day, and
# read as a day of its own it took the hours said after the bracket from the days offered
_EXCEPT_HOLIDAY = loose_compile(
    rf"{_EXCEPTED_DAY}\s*"
    # (a line the mail client wrapped inside it, not a blank line)
    rf"(?P<w>\((?=(?:[^()\n]|\n(?!\s*\n)){{0,40}}?(?<!\w)(?:holidays?|{HOLIDAY})(?!\w))"
    r"(?:[^()\n]|\n(?!\s*\n)){1,60}\))",
    _I,
)
_ASIDE_TIMED = loose_compile(
    rf"(?<!\w)(?:{alternation(WEEKDAYS)}|{alternation(PART_WORDS)}|{alternation(PARTS)}"
    rf"|{alternation(RELATIVE_DAYS)})(?!\w)",
    _I,
)
_DIGIT = loose_compile(r"\d")
# Lunch given as the reason an hour is excepted ("any time except 1 to 2, that's my lunch break",
# "sauf entre 13h et 14h, c'est ma pause déjeuner", "außer 13–14 Uhr, da ist Mittagspause",
# "excepto de 1 a 2 que es mi hora de almuerzo", "exceto das 13h às 14h, que é o meu horário de
# almoço"): the hours excepted are that lunch, wherever the sender's lunch falls; read as its
# own noon to one it would be offered, or excepted a second time
_LUNCH = loose_compile(rf"(?<!\w)(?:{alternation(LUNCH_WORDS)})(?!\w)", _I)
_LUNCH_CLOCK = r"\d{1,2}(?:[:.h]\d\d)?\s*(?:am|pm|h|uhr)?"
# words of the reason before its lunch: "que almuerzo", "da esse ich mit dem Team zu Mittag"
_LUNCH_WORDS_BEFORE = 7
_EXCEPTED_BEFORE = loose_compile(
    r"(?<!\w)(?:except|but|bar|save|apart\s+from|other\s+than|not|sauf|hormis|excepté|à\s+part"
    r"|außer|ausser|excepto|salvo|menos|exceto|fora|tirando)\s+(?:(?:between|from|entre|de|das"
    rf"|von|zwischen|del)\s+)?(?:las\s+|as\s+)?(?P<a>{_LUNCH_CLOCK})\s*(?:-|–|—|to|till|until|à|a"
    rf"|et|and|bis|und|y|e|às|as|a\s+las)\s*(?:las\s+|as\s+)?(?P<b>{_LUNCH_CLOCK})"
    rf"(?:[\s,(:–-]+(?:[^\W\d]|['’]){{1,8}}){{0,{_LUNCH_WORDS_BEFORE}}}[\s,(:–-]+$",
    _I,
)
# lunch followed by its own hours is those hours: "a lunch break from 12:30 to 1:30", "pause
# déjeuner de 12h30 à 13h30", "Mittagspause von 12:30 bis 13:30", "almoço das 12h30 às 13h30",
# or in brackets after it: "except over lunch (12-1:30)", "ausser über Mittag (12-13.30 Uhr)"
# (round 36) or set off by a comma with the word of a span: "avoid lunch time, between 12:30
# and 2", "évitez l'heure du déjeuner, entre 12h30 et 14h", "a hora de almoço, entre as 12h30
# e as 14h"
_LUNCH_HOURS = loose_compile(
    r"(?:[^\S\n]+(?:break|hour|pause|time))?(?:[^\S\n]*[,–—-](?=[^\S\n]+(?:between|entre"
    r"|zwischen)[^\S\n]))?[^\S\n]+(?:\([^\S\n]*)?"
    r"(?:(?:from|between|de|von|zwischen|das|del|entre)"
    r"[^\S\n]+)?(?:las[^\S\n]+|as[^\S\n]+)?\d",
    _I,
)
_LUNCH_REACH = 90  # the exception, its hours and the words of reason before the lunch
_NOON_TO_ONE = loose_compile(
    r"12(?:[:.h]00)?\s*(?:pm|h|uhr)?"
)  # lunch's own hours: it restates them
_LONG_WORD = loose_compile(r"[^\W\d_]{6,}")
# The month a date falls in, said as this one ("Montag, 7. d. M.", "lundi 7 de ce mois", "lunes
# 14 del corriente", "dia 7 deste mês", "the 7th of this month"): the day's number already says
# it, and the words between the dates of a list cut it, so that its hours went to the last day
_THIS_MONTH = loose_compile(
    r"(?<=\d)(?:\.|º|ª|st|nd|rd|th|er)?[^\S\n]+(?P<w>of[^\S\n]+(?:this|the[^\S\n]+current)"
    r"[^\S\n]+month|inst\.|de[^\S\n]+ce[^\S\n]+mois(?:-ci)?|du[^\S\n]+mois[^\S\n]+(?:en[^\S\n]+cours"
    r"|courant)|du[^\S\n]+courant|d\.[^\S\n]*M\.|(?:dieses|diesen|laufenden)[^\S\n]+Monats"
    # (and as business letters shorten it: "lundi 14 courant", "le 14 ct.", "am 14. lfd. M.",
    # "el 14 del cte.")
    r"|courant|ct\.|lfd\.[^\S\n]*M(?:ts)?\.|del[^\S\n]+cte\."
    r"|de[^\S\n]+este[^\S\n]+mes|del[^\S\n]+(?:corriente|mes(?:[^\S\n]+(?:en[^\S\n]+curso"
    r"|actual|corriente))?|presente[^\S\n]+mes)|deste[^\S\n]+m[êe]s|do[^\S\n]+(?:corrente"
    r"(?:[^\S\n]+m[êe]s)?|m[êe]s(?:[^\S\n]+(?:corrente|em[^\S\n]+curso))?)"
    # (or bare, the month being plain: "lunes 7 del mes", "lundi 7 du mois", "am 7. des
    # laufenden Monats", "dia 7 do mês", "the 7th of the month")
    r"|du[^\S\n]+mois|des[^\S\n]+(?:laufenden|aktuellen)[^\S\n]+Monats"
    r"|of[^\S\n]+the[^\S\n]+month)(?!\w)",
    re.IGNORECASE,
)
# This year said after a month named, as offices date a day ("14 décembre courant", "14 décembre
# de l'année en cours", "14. Dezember dieses Jahres", "14 de diciembre del año en curso", "14 de
# dezembro do corrente ano", "December 14th of this year"): blanked as this month is
# (the month's name is matched, not looked behind for: one look-behind per name was tried at
# every character of every reply)
_THIS_YEAR = loose_compile(
    r"(?<!\w)(?:"
    + alternation(name for name in MONTHS if len(name) > 2)
    + r")\.?(?:[^\S\n]+\d{1,2}(?:st|nd|rd|th)?)?[^\S\n]+(?P<w>courant|en[^\S\n]+cours"
    r"|de[^\S\n]+l['’]ann[ée]e[^\S\n]+en[^\S\n]+cours|dieses[^\S\n]+Jahres|d\.[^\S\n]*J\."
    r"|del[^\S\n]+(?:año[^\S\n]+en[^\S\n]+curso|presente[^\S\n]+año)|de[^\S\n]+este[^\S\n]+año"
    r"|do[^\S\n]+(?:corrente[^\S\n]+ano|ano[^\S\n]+em[^\S\n]+curso)|deste[^\S\n]+ano"
    # (and as plainly said in each language: "14 décembre de cette année", "December 14th this
    # year", "14. Dezember des laufenden Jahres", "14 de diciembre del año actual", "14 de
    # dezembro do ano corrente")
    r"|de[^\S\n]+cette[^\S\n]+ann[ée]e|de[^\S\n]+l['’]ann[ée]e[^\S\n]+courante"
    r"|des[^\S\n]+(?:laufenden|aktuellen)[^\S\n]+Jahres|del[^\S\n]+año[^\S\n]+(?:actual|corriente)"
    r"|do[^\S\n]+ano[^\S\n]+(?:corrente|atual)|(?:of[^\S\n]+)?this[^\S\n]+year"
    # (the German "laufenden Jahres" with no article, as "laufenden Monats" is: "10. Dezember
    # laufenden Jahres", "am 10. Dezember lfd. J.")
    r"|laufenden[^\S\n]+Jahres|lfd\.[^\S\n]*J(?:hrs)?\."
    # (Austria's "this year", "heuer", as an adjective: "14. Dezember heurigen Jahres")
    r"|(?:des[^\S\n]+)?heurigen[^\S\n]+Jahres"
    # (or the year's noun before its number, which stays to be read as the date's year: "10
    # décembre de l'année 2026", "December 10 in the year 2026", "10. Dezember im Jahr 2026", "10
    # de diciembre del año 2026", "10 de dezembro do ano de 2026")
    r"|(?:de[^\S\n]+l['’]an(?:n[ée]e)?|en[^\S\n]+l['’]an|(?:in|of)[^\S\n]+the[^\S\n]+year"
    r"|im[^\S\n]+Jahre?|des[^\S\n]+Jahres|del[^\S\n]+a[ñn]o|do[^\S\n]+ano(?:[^\S\n]+de)?)"
    r"(?=[^\S\n]+20\d\d(?!\d)))(?!\w)",
    re.IGNORECASE,
)


# A word of precision after a range's first hour ("de 10 h pile à midi", "de 9 h précises à 11
# h", "from 10 sharp to 12", "from 2pm on the dot until 4", "de las 10 en punto a las 12", "das 10
# em ponto às 12", "von 10 Uhr pünktlich bis 12"): it says the hour is exact, and cut the range
# in two (blanked, and taken as read, as after a bound alone)
_SHARP = loose_compile(
    r"(?<=[\dhmrs.])[^\S\n]+(?P<w>pile|pr[ée]cises?|sharp|on[^\S\n]+the[^\S\n]+dot|en[^\S\n]+punto"
    r"|em[^\S\n]+ponto|exactas?|exatas?|pünktlich|punktgenau)"
    r"(?=[^\S\n]*(?:[-–—]|(?:à|a|to|till?|until|bis|às|as|hasta|até|jusqu['’][^\S\n]*[àa])(?!\w)))",
    re.IGNORECASE,
)


def month_told(text: str) -> list[tuple[int, int]]:
    """Where `text` says a date is of this month or year ("del mes", "courant", "dieses
    Jahres"): words the reader takes as read, though no atom spans them."""
    if not any(c.isdigit() for c in text):
        return []
    found = (*_THIS_MONTH.finditer(text), *_THIS_YEAR.finditer(text), *_SHARP.finditer(text))
    return [m.span("w") for m in found]


# The word after a weekday that says it is the coming one, which the weekday alone already is:
# "quarta agora (dia 9)", "Wednesday coming" (blanked: it cut a list of days from their hours)
_COMING = loose_compile(
    r"(?<![\w-])(?:segunda|ter[çc]a|quarta|quinta|sexta|s[áa]bado|domingo)(?:-feira)?"
    r"(?P<w>[^\S\n]+agora)(?!\w)"
    r"|(?<![\w-])(?:mon|tues|wednes|thurs|fri|satur|sun)day(?P<w2>[^\S\n]+coming)(?!\w)",
    re.IGNORECASE,
)
# The Latin prefixes English notes put on an hour that says it is one: "pre-11am", "pre 11:00",
# "post-2pm" are "before 11am" and "after 2pm" (read as the bounds' own words, padded)
_PREFIXED_BOUND = loose_compile(
    r"(?<![\w-])(?:(?P<pre>pre)|(?P<post>post))-?(?=[^\S\n]*(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
    r"[^\S\n]*(?:[ap]\.?m\b|h\b)|[^\S\n]*(?:[01]?\d|2[0-3])[:.][0-5]\d)",
    re.IGNORECASE,
)
_YEAR_LEAD = loose_compile(r"20\d\d[^\S\n]+")
_PHONE = loose_compile(r"(?<![\w/])\+?\(?\d[\d\s().-]{7,}\d(?![\w/])")
# a date with its year ("2026-12-09", "10.12.2026", "10/12/2026", "10.12.26") has a phone's
# digits ("06.12.34.56.78" goes on: a phone)
_FULL_DATE = loose_compile(
    r"(?:\d{4}-[01]?\d-[0-3]?\d|[0-3]?\d([./-])[01]?\d\1(?:\d{4}|\d\d))(?!\.?\d)"
)
# hours written in four digits, with or without a separator ("1400", "09.30")
_HHMM = r"(?:[01]\d|2[0-3])[.:h]?[0-5]\d"
_CLOCK_RANGE = loose_compile(rf"{_HHMM}\s*[-–]\s*{_HHMM}")
# "14.12. 10-12 Uhr": a day-first date, then a range of hours (or a clock time with its minutes,
# a range's start where the phone's digits stop: "17.12. 10.00–12.00")
_DATED_HOURS = loose_compile(
    r"[0-3]?\d\.[01]?\d\.\s+(?:[01]?\d|2[0-3])(?:(?:[:.]\d\d)?\s*[-–]\s*(?:[01]?\d|2[0-3])"
    r"(?:[:.]\d\d)?|[:.][0-5]\d)"
)


# signature lines built with pipes ("Office hours: Mon-Fri 8-6 CT | +1 ..."), unless they are
# rows of a table of days
_SIGNATURE = loose_compile(r"^.*\s\|\s.*$", re.M)
# How a plain-text table sets its cells apart: pipes ("Mon 7 | 10-12") or dot leaders ("Mon 7th
# ....... 2-4pm"); the rule under a head row ("---|---")
_CELL_BREAKS = (loose_compile(r"[^\S\n]*\|[^\S\n]*"), loose_compile(r"[^\S\n]*\.{3,}[^\S\n]*"))
_RULE = loose_compile(r"[^\S\n]*\|?[-=:+|\s]*-[-=:+|\s]*")
_TABLE_ROWS = 2


def _table_rows(text: str) -> list[tuple[int, int, int]]:
    """(start, end, which break) of each row of a plain-text table of days: a run of lines cut
    into as many cells the same way, two of them opening with a day ("Mon 7 Dec | 10-12",
    "Di 8.12. ........ Urlaub"). A signature cut by pipes opens with no day."""
    if "|" not in text and "..." not in text:
        return []
    rows: list[tuple[int, int, int]] = []
    run: list[tuple[int, int, int]] = []
    shape = (-1, 0)

    def close() -> None:
        first_cells = [text[s:e].strip().lstrip("|") for s, e, _ in run]
        if (
            len(run) >= _TABLE_ROWS
            and sum(bool(_DAY_CELL.match(c.strip())) for c in first_cells) >= 2
        ):
            rows.extend(run)
        run.clear()

    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if run and shape[0] == 0 and _RULE.fullmatch(line):
            continue
        cut = next(
            (
                (k, len(cells))
                for k, b in enumerate(_CELL_BREAKS)
                if len(cells := [c for c in b.split(line.strip().strip("|")) if c.strip()]) >= 2
            ),
            None,
        )
        if cut is None or (run and cut != shape):
            close()
        if cut is not None:
            shape = cut
            run.append((start, start + len(line), cut[0]))
    close()
    return rows


def _in_place(chars: list[str], start: int, end: int, hour: str, *, led: bool) -> None:
    """An hour said in words, put in digits in place of its words: after the word leading it,
    at their end ("à seize heures quarante-cinq" is "à" and "16h45" padded before it), so the
    reading from the lead spans all of them; alone, at their start."""
    chars[start:end] = hour.rjust(end - start) if led else hour.ljust(end - start)


# A way measured in hours is no hour of the day: "c'est à deux heures de route", "à 2h de
# train d'ici", "está a dos horas de aquí", "fica a duas horas de carro", "a 3 horas en coche"
_DISTANCE = loose_compile(
    r"(?<!\w)(?:à|a)\s+(?:\d{1,2}(?:h\d\d|h)?|une|deux|trois|quatre|cinq|una|dos|tres|cuatro"
    r"|cinco|uma|duas|três|quatro)(?:\s*(?:heures?|horas?|h(?!\w)))?"
    r"(?:\s+(?:et\s+demie?|y\s+media|e\s+meia))?\s+"
    r"(?:(?:de|en|em|d['’])\s*(?:route|voiture|train|trajet|vol|marche|vélo|velo|bus|tgv|car"
    r"|avion|ici|là|chez|coche|carro|tren|comboio|camino|carretera|estrada|viaje|viagem|avión"
    r"|avião|autobús|ônibus|autocarro|aquí|aqui|allí|ali|lá|mi\s+casa|minha\s+casa|casa)"
    r"|daqui|dali|d['’]avion|d['’]autoroute)(?!\w)",
    re.IGNORECASE,
)


def except_asides(text: str) -> list[tuple[int, int]]:
    """Where the asides that say why a day is excepted or refused lie ("menos el lunes (voy al
    médico) y el viernes"): read as that day's reason, they are no text left unexplained."""
    return [
        m.span("w")
        for m in _EXCEPT_ASIDE.finditer(text)
        if "(" in m["w"] and not _ASIDE_TIMED.search(m["w"])
    ]


def masked(text: str) -> str:
    """`text` with non-time numbers blanked out, same length so offsets still hold."""
    text = _meridiem(_zone_after_range(text))
    # a typographic apostrophe is the plain one: "fin d’après-midi" is "fin d'après-midi"
    chars = list(text.replace("’", "'"))
    digits = _DIGIT.search(text) is not None
    for pattern in _MASKS + _NUMBER_MASKS if digits else _MASKS:
        for m in pattern.finditer(text):
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _LUNCH.finditer(text) if digits else ():
        lead = _EXCEPTED_BEFORE.search(text, max(0, m.start() - _LUNCH_REACH), m.start())
        if lead is not None and not _NOON_TO_ONE.fullmatch(lead["a"].strip()):
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
    holidays = _EXCEPT_HOLIDAY.finditer(text) if "(" in text else ()
    for m in (*_EXCEPT_ASIDE.finditer(text), *holidays):
        if not _ASIDE_TIMED.search(m["w"]):
            kept = m.span("d") if m.re is _EXCEPT_ASIDE and m["d"] else (m.end("w"), m.end("w"))
            for a, b in ((m.start("w"), kept[0]), (kept[1], m.end("w"))):
                chars[a:b] = " " * (b - a)
    for m in _ASIDE_WHOLE_DAY.finditer(text) if "(" in text else ():
        if any(c.isalpha() for c in m["pre"] + m["post"]):
            chars[m.start("w") : m.end("w")] = " " * (m.end("w") - m.start("w"))
    rows = _table_rows(text)
    kept = {start for start, _, _ in rows}
    for m in _SIGNATURE.finditer(text):
        if m.start() not in kept:
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
    for start, end, kind in rows:
        # a cell break reads as the tab of a tab-separated table, which the reader knows
        for m in _CELL_BREAKS[kind].finditer(text, start, end):
            chars[m.start() : m.end()] = "\t" + " " * (m.end() - m.start() - 1)
    for m in _PHONE.finditer(text) if digits else ():
        # "1400-1530", "14.00-15.30", "14.12. 10-12": clock times, not a phone number (in
        # brackets too: "über Mittag (12.15-13.30)")
        raw = m.group().removeprefix("(")
        # (or a date's year, then its hours: "16. Dezember 2026 10.00-12.00")
        year = _YEAR_LEAD.match(raw)
        clock = (
            _CLOCK_RANGE.fullmatch(raw)
            or _DATED_HOURS.fullmatch(raw)
            or (year is not None and _CLOCK_RANGE.fullmatch(raw, year.end()))
        )
        dated = _FULL_DATE.match(m.group())
        if sum(c.isdigit() for c in m.group()) >= 8 and not clock and not dated:
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in (*_WORD_HOUR.finditer(text), *_WORD_HOUR_PAIR.finditer(text)):
        # "a las tres", "a partir da uma", "de dos a cuatro": the hour in digits, padded
        # ("depois das quinze horas": an hour past noon says so)
        number = _ROMANCE_WORD_HOURS[m["word"].lower()]
        # ("das dez horas ao meio-dia": its "horas" goes with it, or the range would end on it)
        said = _HOURS_SAID.match(text, m.end())
        end = said.end() if said is not None else m.end()
        hour = f"{number}h" if number > 12 else _hour_digits(number, alone=said is not None)
        chars[m.start("word") : end] = hour + " " * (end - m.start("word") - len(hour))
    for m in _LED_WORD_HOUR.finditer(text):
        # "before eleven", "ab drei Uhr": the hour in digits, padded; an hour up to twelve keeps
        # the bare hour's reading ("drei Uhr" is 15:00 in a working day), so its "Uhr" goes too
        word = "word" if m["word"] else "uhr"
        minute = _GERMAN_MINUTES[m["umin"].lower()] if m["umin"] else ""
        hour = _hour_digits(_LED_HOUR_WORDS[m[word].lower()], minute, alone=word == "uhr")
        _in_place(chars, m.start(word), m.end(), hour, led=word == "word")
    for m in _WORD_SPAN.finditer(text):
        for side in ("a", "b") if m["a"] else ("b",):
            if chars[m.start(side)].isdigit():
                # ("von zehn Uhr bis zwölf Uhr": its "Uhr" made it an hour already)
                continue
            hour = str(WORD_HOURS[m[side].lower()])
            chars[m.start(side) : m.end(side)] = hour.ljust(m.end(side) - m.start(side))
    for m in _HORAS.finditer(text):
        # "a las 15 horas", "depois das 15 horas": an hour, not the duration masked above
        hour = f"{m['hour']}h"
        chars[m.start("hour") : m.end()] = hour + " " * (m.end() - m.start("hour") - len(hour))
    french = "heure" in text.lower()
    for m in _HEURES.finditer(text) if french and digits else ():
        # "à 14 heures 30", "de 9 heures à 11 heures": an hour, not the duration masked above
        hour = f"{m['hour']}h{m['minute'] or ''}"
        _in_place(chars, m.start("hour"), m.end(), hour, led=m.start() < m.start("hour"))
    # "entre quatorze et seize heures": the first hour of a pair shares the second's "heures"
    for m in (
        (m for p in (_FRENCH_HOUR_PAIR, _FRENCH_HOUR) for m in p.finditer(text)) if french else ()
    ):
        # "vers quinze heures": the hour in digits, padded
        # (an hour of the afternoon said as 1 to 12 keeps the bare hour's reading: "trois" is 15:00)
        # ("quatorze heures trente"; "jeudi quinze heures": led by its day alone)
        minute = _FRENCH_MINUTES[m["minute"].lower()] if m.groupdict().get("minute") else ""
        number = _FRENCH_HOUR_WORDS[m["word"].lower()]
        if _FRACTION_AFTER.match(text, m.end()) and number <= 12:
            # ("jeudi trois heures et demie": the half after it says it is an hour, and "3h et
            # demie" is still read by the bare-hour rule, where "3:00 et demie" is read by none)
            hour = f"{number}h"
        else:
            hour = _hour_digits(number, minute, alone=bool(m.groupdict().get("day")))
        led = m.start() < m.start("word") and not m.groupdict().get("day")
        _in_place(chars, m.start("word"), m.end(), hour, led=led)
    for m in _SPELLED_H.finditer(text) if digits else ():
        if m["hour"]:
            # Quebec French writes "9 h 30": closed up to "9h30", padded so offsets still hold
            closed = f"{m['hour']}h{m['minute']}"
            chars[m.start() : m.end()] = closed + " " * (m.end() - m.start() - len(closed))
        else:
            # Rioplatense "de 10 a 13 hs": the hours' "hs" is the "h" of "13 h"
            chars[m.end() - 1] = " "
    for m in _COMING.finditer(text):
        word = "w" if m["w"] else "w2"
        chars[m.start(word) : m.end(word)] = " " * (m.end(word) - m.start(word))
    for start, end in month_told(text):
        chars[start:end] = " " * (end - start)
    for m in _PREFIXED_BOUND.finditer(text):
        bound = "b4" if m["pre"] else "past"
        chars[m.start() : m.end()] = bound.ljust(m.end() - m.start())
    for m in _LONG_WORD.finditer(text):
        # "tuesday morining": the word meant, padded
        meant = SLIPS.get(m.group().lower())
        if meant is not None:
            meant = meant.capitalize() if m.group()[0].isupper() else meant
            chars[m.start() : m.end()] = meant.ljust(m.end() - m.start())
    # (last: the hours padded above are no hour when a way is measured by them)
    for m in _DISTANCE.finditer(text):
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def _hour_digits(number: int, minute: str = "", *, alone: bool = False) -> str:
    """An hour said in words, in digits: one past noon says so ("15h"); one up to twelve keeps
    the bare hour's reading ("trois" is 15:00), with its minutes or, when no word leads it as
    an hour ("jeudi trois heures", "elf Uhr"), ":00" to say it is one ("3:00", not the 3rd)."""
    if number > 12:
        return f"{number}h{minute}"
    return f"{number}:{minute}" if minute else f"{number}:00" if alone else str(number)


# The zone of an hour in words, in brackets after it: "a las diez (hora canaria)", "at ten (UK
# time)", "um zehn (deutscher Zeit)" (not a count's aside: "about two (maybe three) people")
_ZONE_ASIDE = (
    r"\((?:[^()\n]{0,30}?(?<!\w)(?:hora|heure|time|zeit|uhr|hor[aá]rio)(?!\w)|[^\W\d_]{2,5}\))"
)
# the word for hours after an hour in words ("das dez horas", "de las diez horas")
_HOURS_SAID = loose_compile(r"[^\S\n]+horas?(?!\w)", re.IGNORECASE)
# A Spanish or Portuguese hour in words after the article or preposition that leads an hour,
# when what follows it is no noun ("a las tres de la tarde", but "a las tres personas")
_WORD_HOUR = loose_compile(
    # (after a day's number "de" leads its month: "15 de dez." is December, not ten)
    r"(?<!\w)(?:a\s+las?|a|à|às|as|las?|das?|(?<!\d\s)de|desde|hasta|até|entre|pelas?)\s+"
    r"(?P<word>una|uma|dos|duas|tres|três|cuatro|quatro|cinco|seis|siete|sete|ocho|oito|nueve"
    r"|nove|diez|dez|once|onze|doce|doze|trece|treze|catorce|catorze|quatorze|quince|quinze"
    r"|dieciséis|dezesseis|dezasseis|diecisiete|dezessete|dezassete|dieciocho|dezoito)"
    # ("a partir de la una estoy libre": the sender's verb after it)
    rf"(?=\s*(?:[.,;!?)]|$|{_ZONE_ASIDE})|\s+(?:y|e|o|ou|a|às|as|hasta|até|h\b|horas?\b|en\s+punto|em\s+ponto"
    r"|estoy|estou|estaré|estarei|puedo|posso|me|nos"
    # (or the verb that offers it: "depois das duas tá ok", "a partir de las dos va bien",
    # "después de las tres sirve", "depois das duas fica bom", "antes das onze serve")
    r"|t[áa]|está|fica|serve|funciona|dá|va|viene|sirve|queda|vale"
    # ("a las nueve el lunes", "às três na terça", "a las diez martes")
    r"|el|na|lunes|martes|miércoles|jueves|viernes|segunda|terça|quarta|quinta|sexta"
    r"|de\s+la\s+(?:tarde|mañana|noche)|da\s+(?:tarde|manhã|noite)|[ap]m"
    # (or the words that take the hours after it: "desde las dos en adelante", "das duas em
    # diante", "das duas pra frente", "das duas pra lá", "de las dos pa' lante")
    r"|en\s+adelante|em\s+diante|p(?:a)?ra\s+(?:a\s+)?frente|p(?:a)?ra\s+l[áa]"
    r"|(?:p(?:a)?ra|pa['’]?)\s*(?:adelante|all[áa]|lante))(?!\w))",
    re.IGNORECASE | re.M,
)
# the second hour in words of a pair led by "entre", with no article of its own, before its
# "horas" or a part of day ("entre dez e doze horas", "entre duas e quatro horas da tarde",
# "entre nueve y once horas"): an hour as the first is
_WORD_HOUR_PAIR = loose_compile(
    rf"(?<!\w)entre\s+(?:{alternation(ROMANCE_HOUR_WORDS)})\s+(?:y|e)\s+"
    rf"(?P<word>{alternation(ROMANCE_HOUR_WORDS)})"
    r"(?=\s+horas?(?!\w)|\s+(?:da|de\s+la)\s+(?:tarde|manhã|mañana)(?!\w))",
    re.IGNORECASE,
)
# Spanish and Portuguese hours past noon said in words ("depois das quinze horas")
_ROMANCE_WORD_HOURS = {
    **ROMANCE_HOUR_WORDS,
    **dict.fromkeys(("trece", "treze"), 13),
    **dict.fromkeys(("catorce", "catorze", "quatorze"), 14),
    **dict.fromkeys(("quince", "quinze"), 15),
    **dict.fromkeys(("dieciséis", "dezesseis", "dezasseis"), 16),
    **dict.fromkeys(("diecisiete", "dezessete", "dezassete"), 17),
    **dict.fromkeys(("dieciocho", "dezoito"), 18),
}
# An English or German hour in words after the word that leads an hour, when what follows it
# ends the time ("any time before eleven, as", "after two or", "ab drei Uhr"), so "after two
# weeks" and "nach zwei Tagen" stay numbers
_GERMAN_WORD_HOURS = {
    **GERMAN_HOUR_WORDS,
    "ein": 1,  # "ein Uhr"
    **{
        w: i
        for i, w in enumerate(
            ("dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn"), 13
        )
    },
}
_LED_HOUR_WORDS = {**HOUR_WORDS, **_GERMAN_WORD_HOURS}
_GERMAN_MINUTES = {"fünfzehn": "15", "dreißig": "30", "dreissig": "30", "fünfundvierzig": "45"}
_LED_WORD_HOUR = loose_compile(
    # ("Donnerstag elf Uhr": "Uhr" alone says the word is an hour)
    # ("about eleven", "b4 three", "no later than eleven")
    r"(?<!\w)(?:(?:after|before|from|until|till|til|b4|at|around|about|than|ab|bis|vor|nach"
    r"|gegen|um|als|ca\.|circa)\s+"
    rf"(?P<word>{alternation(_LED_HOUR_WORDS)})(?:\s+uhr)?"
    rf"(?=\s*(?:[.,;:!?)]|$|{_ZONE_ASIDE})|\s+(?:or|and|oder|und|if|as|on|at|is|would|works?|suits?|passt"
    r"|geht|würde|wäre|am|pm|a\.m|p\.m)(?!\w))"
    # ("elf Uhr fünfzehn", "sechzehn Uhr dreißig": its minutes in words after "Uhr")
    rf"|(?P<uhr>{alternation(_GERMAN_WORD_HOURS)})\s+uhr"
    rf"(?:\s+(?P<umin>{alternation(_GERMAN_MINUTES)}))?(?!\w))",
    re.IGNORECASE | re.M,
)
# A span whose ends are both hours in words, led as a span is or by the word taking it out of
# a day ("from ten until four", "except twelve-one", "außer zwölf bis eins", "menos de doce a
# una", "tirando do meio-dia à uma"): its hours in digits, so every reader of digit spans reads
# it, whatever follows it. A count of people, weeks or hours is no span ("de dos a tres
# personas", "one to two hours"), nor is a day of a month.
_SPAN_UNITS = (
    r"weeks?|days?|hours?|hrs?|minutes?|mins?|months?|years?|people|persons?|times|of"
    r"|wochen|tagen?|stunden|minuten|monaten?|jahren?|leute|personen|mal"
    r"|semaines?|jours?|heures|mois|ans|personnes|fois"
    r"|semanas?|d[ií]as|horas|meses|años|anos|personas|pessoas|veces|vezes|minutos"
)
_WORD_SPAN = loose_compile(
    r"(?<!\w)(?:(?:from|between|btwn|von|zwischen|de|desde|das|des|dès|entre|del|do|da"
    r"|except|apart\s+from|other\s+than|not|außer|ausser|sauf|menos|salvo|excepto|exceto"
    r"|tirando|fora)\s+"
    # (or with no word before it, its "Uhr" after saying it is a span of hours: "Mittwoch, den
    # 9., zehn bis zwölf Uhr")
    # (or its part of the day, written "am"/"pm" by then: "zehn bis zwölf Uhr vormittags")
    r"|(?=[^\W\d_]+\s+bis\s+[^\W\d_]+\s+(?:uhr|am|pm)(?!\w)))(?:(?:las|la|les|den|as|o|el)\s+)?"
    rf"(?:(?P<a>{alternation(WORD_HOURS)})|noon|midday|midi|mediod[ií]a|meio-dia|meio\s+dia)"
    r"(?:\s+(?:heures?|uhr))?\s*(?:-|–|to|till|til|until|and|bis|und|à|a|às|et|e|y|hasta|até)\s*"
    r"(?:(?:las|la|les|as|a)\s+)?"
    rf"(?P<b>{alternation(WORD_HOURS)})(?!\w|-)(?!\s+(?:de\s+|of\s+)?(?:{alternation(MONTHS)}|{_SPAN_UNITS})\b)",
    re.IGNORECASE,
)
# "a las 15 horas", "depois das 15 horas": digits led as an hour is, with "horas" after them
_HORAS = loose_compile(
    # (or by a bound, or as a range's second end: "antes de 11 horas", "a partir de 14 horas",
    # "desde 9 horas", "de 9 a 11 horas", "entre 10 y 12 horas")
    r"(?:(?<!\w)(?:las|as|às|das|até|antes\s+de|a\s+partir\s+de|desde|hasta"
    # (a range's end from nine on: "de 2 a 3 horas" is as long as a meeting lasts)
    r"|(?<=\d[^\S\n])(?:a|y|e)(?=\s+(?:9|1\d|2[0-3])\s*horas))\s+"
    # (or the first end of a range, wherever it stands: "salvo 13 horas-14h")
    r"|(?<![\w:.])(?=\d{1,2}\s*(?:horas|hrs)\s*[-–—]\s*\d)"
    # (or the second end of a range led as one is, "de 9 a 13 hrs", "desde 14 hasta 16 horas",
    # that starts in working hours or ends past noon: "de 2 a 3 horas" is how long it lasts)
    r"|(?<!\w)(?:de|desde|entre)\s+(?:(?:[7-9]|1\d|2[0-3])(?:[:.h]\d\d)?\s*(?:a|hasta|y|e)\s+"
    r"|\d{1,2}(?:[:.h]\d\d)?\s*(?:a|hasta|y|e)\s+(?=(?:1[3-9]|2[0-3])\s*(?:horas|hrs))))"
    r"(?P<hour>[01]?\d|2[0-3])\s*(?:horas|hrs)(?!\w)",
    re.IGNORECASE,
)
# French hours in digits and "heures", led as an hour is or by their day ("jeudi 15 heures")
_HEURES = loose_compile(
    # ("de" only opening a range: "une réunion de 3 heures" is a duration)
    # ("à compter de", as "à partir de": "à compter de 14 heures")
    r"(?:(?<!\w)(?:à|(?<!y\s)a|vers|après|avant|dès|jusqu['’]à|entre|et|ou|(?:partir|compter)\s+de"
    # ("de" with its range's end after it, by "à" or "jusqu'à", a word of precision between:
    # "de 10 heures jusqu'à midi", "de 9 heures précises à 11 h")
    r"|depuis|lundi|mardi|de(?=\s+\d{1,2}\s+heures?(?:\s+\d\d)?(?:\s+(?:pile|pr[ée]cises?))?"
    r"\s+(?:[àa]|jusqu['’]\s*[àa])\s)|que"
    r"|(?:alentours|autour)\s+de"
    r"|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd['’]hui)\s+"
    # (with its minutes it is a time wherever it stands: "14 heures 30")
    # (and so is the first end of a range: "sauf 13 heures-14h", "hors 12 heures – 13h30")
    r"|(?<![\w:.])(?=\d{1,2}\s+heures?\s+[0-5]\d(?!\w)|\d{1,2}\s+heures?\s*[-–—]\s*\d))"
    r"(?P<hour>[01]?\d|2[0-3])"
    r"\s+heures?(?:\s+(?P<minute>[0-5]\d))?(?!\w)",
    re.IGNORECASE,
)
# French hours said in words are followed by "heure(s)": "à quinze heures", "vers trois heures"
_FRENCH_HOUR_WORDS = dict(
    zip(
        [
            "une",
            "deux",
            "trois",
            "quatre",
            "cinq",
            "six",
            "sept",
            "huit",
            "neuf",
            "dix",
            "onze",
            "douze",
            "treize",
            "quatorze",
            "quinze",
            "seize",
            "dix-sept",
            "dix-huit",
            "dix-neuf",
            "vingt",
        ],
        range(1, 21),
        strict=True,
    )
)
_FRENCH_MINUTES = {"quinze": "15", "trente": "30", "quarante-cinq": "45"}
_FRENCH_WORDS = alternation(_FRENCH_HOUR_WORDS)
_FRENCH_HOUR_PAIR = loose_compile(
    rf"(?<!\w)(?:entre|de)\s+(?P<word>{_FRENCH_WORDS})(?=\s+(?:et|à)\s+(?:{_FRENCH_WORDS})\s+heures?(?!\w))",
    re.IGNORECASE,
)
_FRENCH_HOUR = loose_compile(
    # (led as an hour is, so "un entretien d'une heure" stays a duration)
    # (or by the day it falls on: "jeudi quinze heures", "demain dix heures")
    rf"(?<!\w)(?:(?:à|(?<!y\s)a|vers|après|avant|dès|jusqu['’]à|entre|et|ou|(?:partir|compter)\s+de"
    rf"|depuis|que"
    rf"|(?:alentours|autour)\s+de|de(?=\s+(?:{_FRENCH_WORDS})\s+heures?\s+[àa]\s)|(?P<day>lundi"
    r"|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd['’]hui|matin))\s+"
    # (with its minutes it is a time wherever it stands: "seize heures quinze le jeudi")
    rf"|(?=(?:{_FRENCH_WORDS})\s+heures?\s+(?:trente|quinze|quarante-cinq)(?!\w)))"
    rf"(?P<word>{_FRENCH_WORDS})"
    r"\s+heures?(?:\s+(?P<minute>trente|quinze|quarante-cinq))?(?!\w)"
    # (an amount the booked hour moves by is no hour: "demain une heure plus tard")
    r"(?!\s+plus\s+(?:tard|tôt))",
    re.IGNORECASE,
)
_FRACTION_AFTER = loose_compile(r"\s+(?:et\s+(?:demie?|quart)|moins)(?!\w)", re.IGNORECASE)
_SPELLED_H = loose_compile(
    r"\b(?P<hour>\d{1,2})[^\S\n]h[^\S\n](?P<minute>\d\d)\b|(?<=\d)[^\S\n]?hs\b", re.IGNORECASE
)


# A part of the day right after an hour tells the hour's half of the day, as am/pm does: "3 in
# the afternoon", "vier Uhr nachmittags", "10h du matin", "las tres de la tarde", "às 2 da tarde"
# (read as a part of the day it would offer the whole afternoon, or cut "before 4" to its hours)
_MERIDIEM_PART = loose_compile(
    r"(?<![\w'’])(?:in\s+the\s+(?:morning|afternoon|evening)|morgens|vormittags|nachmittags"
    # (German says it with the noun too: "ab 2 Uhr am Nachmittag", "um 9 am Vormittag")
    r"|abends|am\s+(?:vormittag|nachmittag|morgen|abend)"
    r"|du\s+matin|de\s+l['’](?:apr[èe]s-midi|aprem)|du\s+soir"
    r"|de\s+la\s+(?:mañana|tarde|noche)|da\s+(?:manhã|tarde|noite))(?![\w-])",
    _I,
)
_MERIDIEM_SAID = (
    "fifteen",
    "thirty",
    "forty-five",
    "o'clock",
    "media",
    "meia",
    "demie",
    "demi",
    "quart",
    "cuarto",
    "quarto",
    "trente",
    "quinze",
    "quarante-cinq",
    "fünfzehn",
    "dreißig",
    "fünfundvierzig",
)
_PM_STEMS = ("after", "even", "nach", "abend", "midi", "aprem", "soir", "tarde", "noche", "noite")
# the hour it follows: digits up to 12 (their "h", "Uhr" or "heures" goes with the part), or
# an hour, its minutes or its half or quarter said in words
_MERIDIEM_HOUR = loose_compile(
    r"(?:(?<![\w:.,])(?:1[0-2]|0?[1-9])(?:[:.h][0-5]\d)?(?P<unit>\s*(?:h|uhr|heures?))?"
    rf"|(?<![\w-])(?:{alternation([*WORD_HOURS, *_FRENCH_HOUR_WORDS, *_MERIDIEM_SAID, 'ein'])})"
    # (German's "Uhr" after a word goes with the part; French "heures" makes the word an hour)
    r"(?:\s+heures?|(?P<wunit>\s+uhr))?)\s+$",
    _I,
)
_MERIDIEM_REACH = 40
# twelve with the morning's name is noon, as a working day's hours have it: "von 10 bis 12 Uhr
# vormittags", "till twelve in the morning", "de 10h à 12h du matin", "das 10 às 12 da manhã"
_TWELVE_WORDS = "twelve|zwölf|douze|doce|doze"
_TWELVE = loose_compile(rf"(?<![\w:.])(?:12|{_TWELVE_WORDS})(?!\d)", _I)


def _twelve(hour: str) -> bool:
    """Whether the hour a part of the day follows is twelve (noon, whichever part is named)."""
    return _TWELVE.search(hour) is not None


def _meridiem(text: str) -> str:
    """`text` with each part of the day that tells an hour's half of it written "am" or "pm",
    padded so offsets still hold."""
    chars: list[str] | None = None
    for m in _MERIDIEM_PART.finditer(text):
        hour = _MERIDIEM_HOUR.search(text, max(0, m.start() - _MERIDIEM_REACH), m.start())
        # ("wed 9 in the afternoon": a weekday's date, and its afternoon)
        if hour is None or (hour.group()[0].isdigit() and _dated(text, hour.start())):
            continue
        mer = (
            "pm"
            if _twelve(hour.group()) or any(stem in m.group().lower() for stem in _PM_STEMS)
            else "am"
        )
        start = m.start()
        # (its unit too, which the part replaces: "von neun bis elf Uhr vormittags")
        unit = "unit" if hour["unit"] else "wunit" if hour["wunit"] else None
        if unit is not None:
            start = hour.start(unit)
        chars = chars or list(text)
        # (at the end of the part, so the hour's reading spans all of its words)
        chars[start : m.end()] = mer.rjust(m.end() - start)
    return text if chars is None else "".join(chars)


# --- atoms ---


@dataclass(frozen=True, slots=True)
class DayRef:
    """A day phrase before it is pinned to dates; `kind` says which fields matter."""

    # wd | date | ord | num | rel | week | past | after (the day after the last named) | booked
    kind: str
    weekday: int = 0
    mod: str = ""  # next | this | last ("" when none)
    day: int = 0
    month: int = 0
    year: int = 0
    offset: int = 0  # rel: days after today
    part: str = ""  # rel: part of day implied ("tonight"); week: rest | all | early | late
    which: str = ""  # week: this | next | both | after (the week after next)
    possessive: bool = False  # "Wednesday's interview": names a booking, offers nothing alone


@dataclass(frozen=True, slots=True)
class TimeSpec:
    """Hours within a day: minutes after midnight; `kind` is range, after, before, at, part, or
    same (the hours of the booked interview, known only to the resolver, moved by `start`
    minutes)."""

    kind: str
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class Atom:
    """One lexed phrase with its character span."""

    kind: str  # day | time | zone | neg | exc | post | neutral | ana | bound | sent | pos
    start: int
    end: int
    day: DayRef | None = None
    spec: TimeSpec | None = None
    zone: str = ""


_WD_FULL = alternation(WEEKDAYS)
_WD_ABBR = "|".join(
    f"(?-i:{a}|{a.upper()}{f'|{a.lower()}' if a in LOWER_CASE_WEEKDAYS else ''})"
    for a in sorted(ABBREVIATED_WEEKDAYS, key=len, reverse=True)
) + (
    # ("next mon or tues", "mon 21st": the weekdays that are also words, once a day is sure)
    r"|(?-i:(?:(?<=next\s)|(?<=this\s))(?:mon|sat|sun)"
    r"|(?:mon|sat|sun)(?=[^\S\n]+[0-3]?\d(?:st|nd|rd|th)(?!\w))"
    # (or its date after it, bare, after a comma or in brackets: "mon (dec 7)", "sat, 12 dec")
    r"|(?:mon|sat|sun)(?=[^\S\n]*,?[^\S\n]*\(?(?:"
    + rf"(?i:{alternation(MONTHS)})\.?[^\S\n]+[0-3]?\d|[0-3]?\d[^\S\n]+(?i:{alternation(MONTHS)}))"
    + r"(?!\w)))"
)
_MONTH = rf"(?:{alternation(MONTHS)}|(?<=de\s)(?:{alternation(MONTHS_AFTER_DE)}))"
_MONTH_NUMBERS = {**MONTHS, **MONTHS_AFTER_DE}
_ORD = r"(?:st|nd|rd|th|er|º|ª|\.)"
# the zones' abbreviations, longest first
_ZONE_ABBRS = "|".join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True))
# a zone's abbreviation, as written ("ET", "CET": French "et" is "and")
_ZONE_AFTER = rf"[^\S\n]*(?-i:{_ZONE_ABBRS})(?![\w/])"

# (round 49) a zone written between a range's ends: "from 8am PT until noon", "post 5 PM CET
# till 7 PM", "de 9h CET à 11h"; the zone is moved after the range's end, which it is as much
# the zone of, so the range is read whole
_ZONE_INSIDE_RANGE = loose_compile(
    r"(?:(?<=\d)|(?<=[ap]m)|(?<=\.m\.)|(?<=h))(?P<gap>[^\S\n]+)"
    rf"(?P<zone>(?-i:{_ZONE_ABBRS}))(?P<sp>[^\S\n]+)"
    r"(?P<rest>(?:to|till?|until|through|thru|bis|à|a|hasta|até|jusqu['’]à|-|–)[^\S\n]+"
    r"(?:\d{1,2}(?:[:.h]\d\d)?(?:[^\S\n]?(?:[ap]m|[ap]\.m\.?|h|uhr))?|noon|midday|midi|mittag"
    r"|mediod[ií]a|meio-dia)(?![\w:])(?![^\S\n]*(?-i:[A-Z]{2,5})(?!\w)))",
    _I,
)


def _zone_after_range(text: str) -> str:
    """`text` with each zone written between a range's ends moved after its end, same length."""
    return _ZONE_INSIDE_RANGE.sub(lambda m: f"{m['gap']}{m['rest']}{m['sp']}{m['zone']}", text)


_NOT_TIME_AFTER = (
    # a colon makes a clock time only with minutes after it: "Wed the 16th: 11-12" is a label
    # a dash before a range is the label's ("Wed 2 – 9:30 to 11"), before one hour a range's
    # ("Tue 1-ish" is a rough hour)
    r"(?![\d/]|:\d|-?ish\b|\s*(?:[.:h]\d|a\.?m\b|p\.?m\b|uhr|h\b"
    r"|[-–]\s*\d(?!\d?(?:[:.h]\d\d)?\s*(?:to|till|until|[-–]|bis|à|a|y|e)\s*\d)"
    # "jeudi 10 à 15h" is the 10th at 3pm: a French range says "de 10h à 15h"
    r"|(?:to|a|bis|y|und|and|til|till|until)\s+\d|à\s+\d(?!\d?\s*h)"
    # "Friday, 10 or 11": hours listed after the day
    r"|(?:or|o|ou|oder)\s+\d"
    # a zone's abbreviation after the number makes it a clock hour: "Thursday 11 ET" is 11am
    # Eastern, not the 11th
    rf"|{_ZONE_AFTER}"
    rf"|(?:-|\.?\s*(?:of\s+|de\s+)?)(?:{_MONTH})\b))"
)
# a part of day right after a bare hour, in the words that say an hour's part: "Thursday 10
# in the morning" is 10am, not the 10th ("segunda 7 de manhã" is the 7th in the morning)
_HOUR_PART = (
    r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|de\s+la\s+(?:mañana|tarde|noche)"
    r"|du\s+(?:matin|soir)|de\s+l['’]apr[èe]s-midi|da\s+(?:manhã|tarde|noite)"
    r"|morgens|vormittags|nachmittags|abends)(?!\w)"
)
# (or the English noon twelve is, after a weekday: "Thursday 12 noon" is midday, not the
# 12th; the other languages' "12 midi à 17 h", read so, lost the range they open)
_NOON_NAMED = r"\s+(?:noon|midday)(?!\w)"
# a number followed by a month name is a date, not a time ("from 23 December")
# (on its line: "Lun 7: 14-16h" above "Mar 8: —" is hours)
_NO_MONTH = rf"(?![^\S\n]*(?:of\s+|de\s+)?(?:{_MONTH})\b)"
# (nor, after an open start, with the German ordinal's dot: "ab 7. Dezember" is a date)
_NO_DOTTED_MONTH = rf"(?!\.[^\S\n]*(?:{_MONTH})\b)"

# "'s" after a day marks a possessive ("Wednesday's interview") unless a verdict follows it:
# "Friday's fine" is "Friday is fine".
_POSS = (
    r"(?P<poss>['’]s(?!\s+(?:(?:also|still|really|totally|probably|actually)\s+)?(?:a|an|fine|good|great|"
    r"ok|okay|perfect|best|better|free|open|ideal|easier|out|bad|no|not|tricky|difficult|busy|"
    r"full|packed|booked|tough|impossible)(?!\w)))?"
)
# what a Portuguese weekday's name leads as an ordinal ("segunda opção", "segunda entrevista")
_ORDINAL_NOUN = (
    r"(?:opç|opc|op[tc]i|option|entrevista|ronda|rodada|fase|etapa|reuni|round|conversa|vez)"
)
# ("this" in the other languages, round 49: "ce jeudi", "diesen Donnerstag", "este jueves",
# "esta quinta", "nesta sexta")
_OTHER_THIS = ("ce", "diesen", "diesem", "este", "esta", "nesta", "neste")
# (a word start opens one of these in one test of their first letters, not one per word)
_WEEKDAY_MODS = (
    r"next|this\s+coming|this|coming|last|nächsten|nächster|kommenden|"
    r"letzten|próximo|proximo|próxima|proxima|el\s+próximo|el\s+proximo|na\s+próxima"
    r"|the\s+following|darauffolgenden|" + "|".join(_OTHER_THIS)
)
_WEEKDAY = loose_compile(
    rf"(?<!\w)(?:{opened(_WEEKDAY_MODS, 'mod')}\s+)?"
    rf"(?P<wd>{_WD_FULL}|{_WD_ABBR}){_POSS}"
    # a tab after the day heads a column of hours: "Thursday\t11, 2 or 3.30"
    rf"(?:,?[^\S\t]+(?:the\s+|le\s+|el\s+|den\s+|der\s+|dia\s+)?(?P<num>\d{{1,2}})(?!{_HOUR_PART}|{_NOON_NAMED})"
    # (an English ordinal is no hour, so "pm" after it is its half: "Tue 15th pm")
    rf"(?:(?:st|nd|rd|th)(?=[^\S\n]*(?:am|pm)(?!\w))|{_ORD}?{_NOT_TIME_AFTER}))?"
    # (after the last of several days, in the plural: "lundi et mardi prochains", "el lunes y el
    # martes que vienen")
    r"(?:\s+(?P<mod2>prochains?|dernier|próximo|proximo|que\s+vienen?|que\s+v[eê]m|passad[ao]|pasado"
    # the weekday after the day just named or the booked one: "le jeudi suivant", "den Montag
    # danach", "el lunes siguiente", "na quinta seguinte", "the Friday after" (not "after 2")
    r"|suivant|d['’]après(?![\w-])|danach|siguiente|después(?!\s+de)|seguinte"
    r"|after(?=[^\S\n]*(?:[,.;:?!)]|$|(?:at|in|on|mornings?|afternoons?|pm|am|instead|works?"
    r"|would|is|same|any|all)(?!\w)))))?"
    # Portuguese "segunda opção" is the second option, "segunda entrevista" the second
    # interview; "the Thursday option" is a day
    r"(?!\w|(?:(?<=segunda)|(?<=terça)|(?<=terca)|(?<=quarta)|(?<=quinta)|(?<=sexta))"
    rf"\s+{_ORDINAL_NOUN})",
    _I,
)
# A weekday told as a habit ("Tuesdays I teach", "les mardis", "dienstags", "às segundas e
# quartas", "los sábados"): the days it names are the weekday's, as the singular's are (not
# "segundas opções", "quintas" of a farm: the same words the singular is refused before)
_PLURAL_WEEKDAY = loose_compile(
    rf"(?<!\w)(?P<wd>{_WD_FULL})s(?!\w)"
    rf"(?!\s+{_ORDINAL_NOUN})",
    _I,
)
# the week after, named by its article alone before weekdays: "La siguiente, de martes a
# jueves", "Na outra, terça ou quinta", "la suivante je suis dispo mardi" (not "La siguiente, no")
# Next week named so after this one: "Esta semana es una locura; la que viene cualquier día",
# "Essa semana tá uma loucura; a próxima qualquer dia" (not "a próxima reunião")
_OTHER_WEEK = loose_compile(
    r"(?<!\w)(?:(?P<other>la\s+siguiente|la\s+otra|n?a\s+seguinte|na\s+outra|la\s+suivante"
    r"|the\s+following\s+one)"
    # (or before any day of it, the verdict first: "la siguiente me viene bien cualquier día")
    rf"(?=\s*,?\s*(?:(?:\w+\s+){{0,3}}?(?:{_WD_FULL})(?!\w)|(?:[\w’']+\s+){{0,4}}?(?:cualquier"
    r"|qualquer|n['’]importe|any|tous|toutes|tod[oa]s)\s))"
    # (phones write "que" as "q": "la q viene cualquier día", "a q vem qualquer dia")
    r"|(?:la\s+q(?:ue)?\s+viene|a\s+q(?:ue)?\s+vem|a\s+próxima|la\s+próxima|la\s+prochaine)"
    r"(?=\s*,|\s+(?:cualquier|qualquer|n['’]importe|tod[oa]s?|tous|toutes|de\s+lunes|de\s+segunda"
    rf"|du\s+lundi|(?:{_WD_FULL})(?!\w))))",
    _I,
)
# (round 37) The week after one just named, told by its article alone whatever follows:
# "Esta semana imposible. La que viene puedo cualquier día", "essa semana não dá, a próxima pode
# ser qualquer dia", "cette semaine non, la prochaine plutôt le matin", "diese Woche nicht, die
# nächste jeden Tag", "this week's out, the next one works" (`_week_anaphors` asks for the week
# before it; a noun after the article names something else: "la próxima reunión", "die nächste
# Runde", "la prochaine fois"; after a verb "to be" or before a colon it is what follows: "a
# disponibilidade para a próxima semana é a seguinte:")
_WEEK_ANAPHOR_WORDS = (
    r"(?:la\s+q(?:ue)?\s+viene|la\s+pr[óo]xima|la\s+siguiente|la\s+de\s+despu[ée]s"
    r"|n?a\s+q(?:ue)?\s+vem|n?a\s+pr[óo]xima|n?a\s+seguinte|n?a\s+de\s+depois"
    r"|la\s+prochaine|la\s+suivante|celle\s+d['’]apr[èe]s|celle\s+qui\s+suit"
    r"|(?:in\s+)?(?:die|der)\s+(?:n[äa]chste|darauf(?:folgende)?|danach|drauf)n?"
    r"|(?:the\s+)?(?:next|following)\s+one|the\s+one\s+after(?:\s+that)?)"
)
_WEEK_ANAPHOR = loose_compile(
    # (the first letters before the ten look-behinds: most word starts open none of the words)
    rf"(?<!\w){opening(_WEEK_ANAPHOR_WORDS)}(?<!\bes\s)(?<!\bé\s)(?<!\best\s)(?<!\bist\s)"
    r"(?<!\bis\s)(?<!\bson\s)(?<!são\s)(?<!sont\s)(?<!\bsind\s)(?<!\bare\s)"
    + _WEEK_ANAPHOR_WORDS
    + r"(?!\w|\s+(?:semana|semaine|woche|week|vez|vezes|fois|veces|mal|reuni[óoã]n?|réunion"
    r"|entrevista|entretien|runde|ronda|etapa|étape|fase|phase|stufe|option|opci[óo]n|opção"
    r"|cita|llamada|chamada|appel|termin|gespräch|call|interview|round|step|time|slot)(?!\w)"
    r"|\s*:)",
    _I,
)
# "Do ab 13 Uhr oder Fr ganztags", "Sex à tarde", "Vie por la mañana": hours in the sender's
# language after a short weekday make it a day (English "Do" and "So" lead sentences)
_SHORT_HOURS = (
    # (after a colon too, as a per-day list writes them: "- Di: nachmittags", "- Vie: hasta las 11")
    r":?\s+(?:ab|von|bis|um|gegen|so\s+gegen|ca\.|circa|frühestens|spätestens|nicht\s+(?:vor|später)"
    r"|nach|vor|vormittags?|nachmittags?|ganztags|morgens|mittags|abends"
    r"|früh|jederzeit|den\s+ganzen|am\s+(?:[Vv]or|[Nn]ach)?[Mm]ittag|à\s+partir|a\s+partir|apr[èe]s|avant"
    r"|jusqu|matin|(?:l')?apr[èe]s-midi|dans\s+l|toute\s+la|n'importe|de\s+manh[ãa]|à\s+tarde"
    r"|à\s+noite|o\s+dia|pela|qualquer|até|antes|hasta|en\s+la|a\s+cualquier|por\s+la|todo\s+el"
    r"|desde|depois|entre|zwischen|(?:das|de)\s+\d{1,2}(?:[:.h]\d*)?"
    # (and the other words hours open with: "Mié después de las 15h", "Ven dès 14h", "Qua após as
    # 14h", "Jeu en matinée", "Di im Laufe des Vormittags", "Sex no período da tarde")
    r"|despu[ée]s|pasad[ao]s|durante|dès|passé|vers|à\s+compter|en\s+(?:matinée|après-midi|soirée"
    r"|avant-midi|journée|fin|début)|aprèm|le\s+matin|la\s+matinée|l'apr[èe]s-midi|im\s+laufe"
    r"|ap[óo]s|no\s+per[íi]odo|na\s+parte|a\s+la\s+(?:mañana|tarde)|de\s+la\s+(?:mañana|tarde)"
    r"|sobre\s+las|hacia|after|before|from|between|until|till|mornings?|afternoons?)(?!\w)"
)
# German phones write them in lower case: "di 12.01. ab 14 uhr oder mi vormittags", "mi und
# do nachmittags" (only before a date or German hours, where "do" and "mi" are no English or
# Spanish word; "so um" is "about")
_LOWER_SHORT = (
    # (listed with spaces alone too: "mi do fr ab 15")
    r"(?:mo|di|mi|do|fr|sa)(?=(?:\.?(?:[,/][^\S\n]*|[^\S\n]+(?:(?:und|oder)[^\S\n]+)?)"
    r"(?:mo|di|mi|do|fr|sa)(?!\w))*"
    r"\.?[,:]?[^\S\n]+(?:\d{1,2}\.\d{1,2}\.|(?:ab|von|bis|um|gegen|nach|vor|zwischen"
    r"|vormittags?|nachmittags?|ganztags|morgens|mittags|abends|jederzeit|den[^\S\n]+ganzen"
    r"|so[^\S\n]+gegen|ca\.|circa|frühestens|spätestens|nicht[^\S\n]+(?:vor|später)"
    r"|am[^\S\n]+(?:vor|nach)?mittag"
    # or refused: "aber di nicht", "mi geht leider nicht"
    r"|(?:(?:geht|passt|klappt|kann\s+ich)[^\S\n]+(?:leider[^\S\n]+)?)?nicht)(?!\w)))"
    # and Portuguese phones theirs, before Portuguese hours, where "qui" and "sex" are no French
    # or English word: "qui de tarde ou sex de manha", listed too as "qua e qui de manhã", "qua qui
    # sex depois das 14h" ("ter" leads no list: "vai ter de tarde" is the verb; after another
    # short weekday it is Tuesday: "seg ou ter dps das 14h", "qua, ter e qui de manhã")
    r"|(?:seg|qua|qui|sex|s[áa]b|(?:(?<=(?:seg|qua|qui|sex|s[áa]b)[,/\s])"
    r"|(?<=(?:seg|qua|qui|sex|s[áa]b)[.,]\s)|(?<=(?:seg|qua|qui|sex|s[áa]b)\se\s)"
    r"|(?<=(?:seg|qua|qui|sex|s[áa]b)\sou\s))ter)(?=(?:\.?(?:[,/][^\S\n]*|[^\S\n]+(?:(?:e|ou)[^\S\n]+)?)"
    r"(?:seg|ter|qua|qui|sex|s[áa]b)(?!\w))*"
    r"\.?,?[^\S\n]+(?:(?:de\s+(?:manh[ãa]|tarde|noite)|[àa]\s+tarde"
    r"|[àa]\s+noite|pela\s+(?:manh[ãa]|tarde)|o\s+dia)(?!\w)|[àa]s\s+\d|(?:depois|dps)\s+d"
    r"|a\s+partir\s+d))"
)
_LOWER_SHORT_WEEKDAY = loose_compile(rf"(?<!\w){_LOWER_SHORT}")
# English phones write "mon", "sat" and "sun" in lower case too, words elsewhere ("mon ami",
# "sat in traffic"): days where listed with another English weekday ("fri or mon", "mon/tue",
# "thu, fri, sat") or where an English part of day or a clock time follows ("mon am", "mon same
# time", "sun after 2", "mon b4 11", "sat 10am"; not "sat all day in meetings")
_EN_WEEKDAYS = (
    r"(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun|monday|tuesday|wednesday|thursday|friday)"
)
_EN_LISTED = r"[^\S\n]*(?:,|/|&|-|–|or|and|to|thru|through|n)[^\S\n]*"
_EN_HOURS = (
    r"(?:am|pm|a\.m\.|p\.m\.|mornings?|afternoons?|aft|arvo"
    r"|(?:after|before|b4|from|between|until|till|til|at|@|around|about|by)[^\S\n]*(?:\d|noon|lunch)"
    r"|same[^\S\n]+(?:time|slot|hour)|\d{1,2}(?::\d\d)?[^\S\n]*(?:am|pm|ish)"
    # (or a band of hours: "mon 10-12", "mon. 10 till noon")
    r"|\d{1,2}(?:[:.]\d\d)?[^\S\n]*(?:-|–|to|till|til|until)[^\S\n]*(?:\d|noon|midday))(?!\w)"
)
_LOWER_ENGLISH_DAY = loose_compile(
    rf"(?<![\w'’])(?:{_EN_WEEKDAYS}\.?{_EN_LISTED})?(?P<wd>mon|sat|sun)"
    rf"(?=\.?(?:{_EN_LISTED}{_EN_WEEKDAYS}(?!\w)|,?[^\S\n]+{_EN_HOURS}))"
    rf"|(?<![\w'’]){_EN_WEEKDAYS}\.?{_EN_LISTED}(?P<after>mon|sat|sun)(?!\w)",
    _I,
)
_EN_LOWER_NAMES = ("mon", "sat", "sun")


def _lower_english_days(scan: str) -> list[Atom]:
    # (a capitalised name is `_WEEKDAY`'s, so text with no lower-case one is not scanned)
    if not any(name in scan for name in _EN_LOWER_NAMES):
        return []
    found = []
    for m in _LOWER_ENGLISH_DAY.finditer(scan):
        name = "wd" if m["wd"] else "after"
        ref = DayRef("wd", weekday=ABBREVIATED_WEEKDAYS[m[name].title()])
        found.append(Atom("day", m.start(name), m.end(name), ref))
    return found


# German short weekdays listed ("Mi und Fr", "Di, Do oder Fr", "Mo bis Mi") or told with a
# German verb ("Di ist egal", "Fr geht"): days, whatever follows them ("So" alone leads "So
# geht das", so it is a day only in a list)
_GERMAN_SHORT_NAMES = r"(?-i:Mo|Di|Mi|Do|Fr|Sa|So)"
_GERMAN_SHORT = rf"{_GERMAN_SHORT_NAMES}\.?(?!\w)"
_GERMAN_SHORT_DAYS = loose_compile(
    # (listed with spaces alone too: "Mi Do Fr ab 15 Uhr")
    rf"(?<!\w){_GERMAN_SHORT}(?:(?:[^\S\n]*(?:,|/|&|und|oder|bis)[^\S\n]*|[^\S\n]+){_GERMAN_SHORT})+"
    r"|(?<!\w)(?-i:Mo|Di|Mi|Do|Fr|Sa)\.?(?=[^\S\n]+(?:ist|geht|passt|klappt|wäre|ginge|würde"
    r"|kann|könnte|bin|sind|habe|hätte)(?!\w))"
    # or a weekday by its place: after "am" or "nächsten" ("am Fr", "nächsten Di"), or before the
    # week it is in, in any case ("mi übernächste woche", "Do in der nächsten Woche"; "so" and
    # "sa" are words)
    # (the word before is looked at once a day is found: at every character it costs)
    r"|(?<!\w)(?-i:Mo|Di|Mi|Do|Fr|Sa|So)"
    r"(?:(?<=\bam\s..)|(?<=\bnächsten\s..)|(?<=\bkommenden\s..)|(?<=\bdiesen\s..))\.?(?!\w)"
    r"|(?<!\w)(?i:mo|di|mi|do|fr)\.?(?=[^\S\n]+(?i:in[^\S\n]+der[^\S\n]+)?"
    r"(?i:über)?(?i:nächst|kommend)\w*[^\S\n]+(?i:woche)(?!\w))"
)
# (each day in such a list, its dot left out)
_GERMAN_SHORT_NAME = loose_compile(r"(?<!\w)(?i:Mo|Di|Mi|Do|Fr|Sa|So)(?!\w)")
# "mon - 9-11 or after 3", "sat: all day": in lower case, the weekdays that are also words
# open a row of a per-day list only before its dash or colon
_ROW_WORD_DAY = loose_compile(
    # (bulleted too: "- mon: all day")
    r"^[^\S\n]*(?:[-*•·][^\S\n]*)?(?P<wd>mon|sat|sun)(?=[^\S\n]*[-–:])",
    re.M,
)
# ... and so do the short weekdays of the other languages, bulleted or not ("- lun : après 14h",
# "jue: hasta las 11", "* qui – até as 11h", "mar: 14h-17h", "ter: 14h-16h": opening a row, "mar"
# is no March and "ter" no verb)
_ROW_SHORT_LOWER = loose_compile(
    r"^[^\S\n]*(?:[-*•·][^\S\n]*)?(?P<wd>lun|seg|mar|ter|mer|mi[ée]|qua|jeu|jue|qui|ven|vie|sex"
    r"|s[áa]b|sam|dim|dom)\.?(?=[^\S\n]*[-–:])",
    re.M | re.I,
)
# ... and after the French article, before a comma or the words of its hours or list ("Le mar,
# en évitant 12h-13h", "le ven après 14h"; never "le jeu", the game, nor "le sam")
_ARTICLED_SHORT = loose_compile(
    r"(?<!\w)le[^\S\n]+(?P<wd>lun|mar|mer|ven)\.?(?=[^\S\n]*[,;:]|[^\S\n]+(?:et|ou|de|dès|à"
    r"|après|avant|entre|matin|après-midi|aprem|midi)(?!\w))",
    re.I,
)
# ... and anywhere in a list with another weekday, as phones write them: "mon and tue", "fri or
# sat", "sat/sun", "mon-wed" (alone they are words: "the sun", "sat down")
_LISTED_DAY = r"(?:tues?|weds?|thu(?:rs?)?|fri|sat|sun|mon|(?:tues|wednes|thurs|fri|satur|sun)day)"
_LIST_JOIN = r"[^\S\n]*(?:,|/|&|\+|-|–|and|or|to|thru|through)[^\S\n]*"
_LOWER_WORD_DAY = loose_compile(r"(?<![^\W\d_])(?:mon|sat|sun)(?![^\W\d_])")
_LISTED_WORD_DAYS = (
    loose_compile(rf"(?<!\w)(?P<wd>(?-i:mon|sat|sun))(?={_LIST_JOIN}{_LISTED_DAY}(?!\w))", _I),
    # (the day before is only looked at, so it may be one of them: "fri, sat or sun")
    loose_compile(rf"(?<!\w){_LISTED_DAY}(?={_LIST_JOIN}(?P<wd>(?-i:mon|sat|sun))(?!\w))", _I),
    # ... or before the hours of the day, as no noun or verb is: "mon morning", "sat anytime", "sun
    # after 2", "mon b4 11", "sat all day" (not "the sun all day")
    loose_compile(
        r"(?<![\w'’])(?<!the\s)(?P<wd>(?-i:mon|sat|sun))(?=[^\S\n]+(?:(?:morning|afternoon|evening"
        r"|eve|night|lunch(?:time)?|arvo|anytime|any\s+time|all\s+day)(?!\w)"
        r"|(?:after|from|before|b4|til|till|until|between)[^\S\n]+\d"
        # or a clock time, or its span of clock hours: "mon 10:00-12:00", "sat 2pm", "sun 2-4pm"
        r"|\d{1,2}(?:[:.]\d\d|(?:[:.]\d\d)?[^\S\n]*[-–][^\S\n]*\d|[^\S\n]*[ap]\.?m(?!\w))))",
        _I,
    ),
)
_SHORT_WEEKDAY = loose_compile(
    rf"(?<!\w)(?-i:(?P<wd>{'|'.join(sorted(SHORT_WEEKDAYS, key=len, reverse=True))}))\.?"
    rf"(?=[,:]?\s*\d|{_SHORT_HOURS})(?:,?\s+(?P<num>\d{{1,2}}){_ORD}?{_NOT_TIME_AFTER})?"
    # a schedule's label, not "So 15 Leute": a date, a clock time or a band of hours ("Di
    # 14-16 Uhr", "Lun 14h-16h"), a colon or the line's end follows
    rf"(?=[^\S\n]*(?:[:,;|–-]|$|\d{{1,2}}[.:h]\d|\d{{1,2}}(?:[.:h]\d\d|h)?[^\S\n]*[-–][^\S\n]*\d)"
    rf"|{_SHORT_HOURS})",
    # (the hours in any case: German writes its nouns in capitals, "Di: Vormittag")
    re.M | _I,
)
# "Mo–Mi", "mo bis mi", "Lun-Mer": a range of short weekdays is two days, whatever follows it
# ("Mar" is March alone, Tuesday in such a range: "Mar-Jeu"); in lower case too, as phones
# write them ("lates mon-wed", "frühdienst mo-mi", "turno seg-qua"): no ordinary word is joined
# so to a weekday, but for one joined to itself ("so-so")
_RANGE_WEEKDAYS = {**SHORT_WEEKDAYS, "Mar": 1}
_SHORT_NAMES = "|".join(sorted(_RANGE_WEEKDAYS, key=len, reverse=True))
_DATED_WEEKDAYS = {**ABBREVIATED_WEEKDAYS, **_RANGE_WEEKDAYS}
_DATED_NAMES = alternation(_DATED_WEEKDAYS)
_SHORT_RANGE = loose_compile(
    rf"(?<!\w)(?P<a>{_DATED_NAMES})\.?(?:[^\S\n]*[–-]|[^\S\n]+bis(?=\s))[^\S\n]*"
    rf"(?P<b>{_DATED_NAMES})\.?(?!\w)",
    _I,
)
# what opens the first cell of a table's row of a day: a weekday (a short one in any case before
# its date: "ter 8/12"), or a date
_DAY_CELL = loose_compile(
    rf"(?:{_WD_FULL}|{_WD_ABBR})(?!\w)|(?:{_SHORT_NAMES})\.?[^\S\n]*\d|\d{{1,2}}[./]\d{{1,2}}(?!\d)",
    _I,
)
# Short weekdays of any language listed with their dots, in any case: "Lun., Mer. ou Ven.", "mar.
# ou jeu.", "Mié. o Jue.", "Seg., Qua. ou Sex.": the dots say they are abbreviations, the list
# that they are days ("Sam and Dom", "fui ao mar" are not)
_DOTTED_SHORT = (
    rf"(?:{'|'.join(sorted({n.lower() for n in _RANGE_WEEKDAYS}, key=len, reverse=True))})\."
)
_DOTTED_SHORT_DAYS = loose_compile(
    rf"(?<!\w){_DOTTED_SHORT}(?:[^\S\n]*(?:,|/|&|and|or|et|ou|und|oder|y|o|e)[^\S\n]*"
    rf"|[^\S\n]*,[^\S\n]*(?:et|ou|y|o|e|and|or)[^\S\n]+){_DOTTED_SHORT}"
    rf"(?:(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:et|ou|y|o|e|and|or|und|oder)[^\S\n]+){_DOTTED_SHORT})*",
    _I,
)
# (its names grouped by their first letters: they are tried at every word start)
_DOTTED_SHORT_DAYS = loose_compile(word_led(_DOTTED_SHORT_DAYS.pattern), _I)
_DOTTED_SHORT_NAME = loose_compile(rf"(?P<wd>{_SHORT_NAMES})(?=\.)", _I)
# ... and one alone, when its sentence goes on after the dot ("lun. en matinée", "Mer., hors
# 12h-13h", "jue. desde las 14", "am Do., ausgenommen 12-13 Uhr"): not the names that are words
# in lower case ("mar", "ter", "do", "so", "sex", "sam", "dom") or before a number ("Mar. 15" is
# March), nor a German one in lower case
_DOTTED_ONE = loose_compile(
    r"(?<!\w)(?:[Ll]un|[Mm]er|[Jj]eu|[Vv]en|[Dd]im|[Mm]i[ée]|[Jj]ue|[Vv]ie|[Ss][áa]b|[Ss]eg"
    r"|[Qq]ua|[Qq]ui|Ter|Sex|Mar(?![^\S\n]*\.[^\S\n]*\d))\.(?=[^\S\n]*[,;:]|[^\S\n]+\S)"
    # (a German one before a capital is a title: "Fr. Weber", "Dr. Berg")
    r"|(?<!\w)(?:Mo|Di|Mi|Do|Fr|Sa)\.(?=[^\S\n]*[,;:]|[^\S\n]+(?-i:[^\WA-ZÄÖÜ]))"
)
# A short weekday in any case before a day and a month names that date ("mar. 8 déc.", "jue 10
# de diciembre", "Mar 15/12"): "mar" is then Tuesday, not March
_SHORT_DATED = loose_compile(
    # (the date in brackets too, as calendars print it: "Mo. (14.12.)", "mer. (16/12)")
    # (or after its article, full or shortened: "Mi, den 16. Dez.", "Fr, d. 18. Dez.")
    # (each name's first letters first: under IGNORECASE re tries every name at a word start)
    rf"(?<!\w){opened(_SHORT_NAMES, 'wd')}\.?(?=,?[^\S\n]+(?:(?:den|dem|d\.)[^\S\n]+)?\(?\d{{1,2}}"
    # (its month spelled after a slash too: "seg (7/dez)", "mié. 9/dic", "Mon 7/Dec")
    r"(?:(?:(?:er|º|ª)?\.?[^\S\n]+(?:de[^\S\n]+)?|/)"
    rf"(?:{_MONTH})(?!\w)|[/.]\d{{1,2}}(?!\d)))"
    # or before its day of the month and hours: "mer 9 entre 9h et 10h30", "mo 7. ab 14 uhr",
    # "vie 11 después de las 2", "qua 16 das 10 às 11h30"
    # (English ones too, in any case, once a day number and its hours follow: "mon 7 from 1")
    # (not the Portuguese "do" after a word, "a semana do 14, de manhã": lower-case German
    # "do" opens its entry)
    r"|(?!(?<=[^\W\d_][^\S\n])(?-i:do)(?!\w))"
    rf"(?<!\w){opened(_DATED_NAMES, 'wd2')}\.?[^\S\n]+(?P<num>[0-3]?\d)(?![:.h]\d)(?:\.|º|ª)?"
    # ("seg. 12 – indisponível", "mar. 13 - de 14h à 16h": a dash sets the entry off, before
    # hours too once the day's ordinal dot says it is a date: "di. 8. – 14 bis 16 Uhr", and so
    # does a list word after that dot: "Mo 7., Mi 9. und Fr 11.")
    r"(?=[^\S\n]*[:,](?!\d)|[^\S\n]+[-–—][^\S\n]+(?!\d)"
    r"|(?<=[.ºª])[^\S\n]+(?:[-–—]|und|oder|et|ou|y|o|e|and|or)[^\S\n]"
    # or another short weekday after a list word: "seg. 7 e qua. 9 de manhã"
    r"|[^\S\n]+(?:und|oder|et|ou|y|o|e|and|or)[^\S\n]+(?:" + _DATED_NAMES + r")\.?[^\S\n]+\d"
    r"|[^\S\n]+(?:ab|bis|von|um|zwischen|de|das|dès|entre|antes|después|despues"
    r"|depois|desde|hasta|até|a[^\S\n]+partir|à[^\S\n]+partir|apr[eè]s|avant|jusqu|à|a[^\S\n]+las?"
    r"|às|after|before|from|at)(?!\w)|[^\S\n]+\d{1,2}(?:[:.h]\d|h|[^\S\n]*[-–]))"
    # or one letter, as Spanish calendars print the weekday before its day and month ("L 7/12",
    # "X 9/12", "j 10/12"; "X" is miércoles)
    r"|(?<![\w/])(?P<letter>[lmxjvsd])(?=[^\S\n]+[0-3]?\d/[01]?\d(?![\d/]))"
    # or two, as Swiss French calendars print it before a dotted date ("lu 14.12.", "me 16.12.",
    # "je 17.12."; not "di", Tuesday in German), or with their dot before a day and its month
    # ("Me. 16 déc.", "je. 17 déc.")
    r"|(?<![\w.])(?P<swiss>lu|ma|me|je|ve|sa)(?=[^\S\n]+[0-3]?\d\.[01]?\d\.)"
    rf"|(?<![\w.])(?P<swiss2>lu|ma|me|je|ve|sa)\.(?=[^\S\n]+[0-3]?\d[^\S\n]+(?:{_MONTH})(?!\w))"
    # or the two letters of Spanish calendars before a day and month ("ma 15/12", "vi 18/12/26")
    # (or, with their dot, before a day and its spelled month: "ju. 17 de diciembre")
    r"|(?<![\w.])(?P<spanish>lu|ma|mi|ju|vi)(?:\.?(?=[^\S\n]+[0-3]?\d/[01]?\d(?![\d.]))"
    rf"|\.(?=[^\S\n]+[0-3]?\d[^\S\n]+(?:de[^\S\n]+)?(?:{_MONTH})(?!\w)))",
    _I,
)
# the weekdays of Spanish calendars' one and two letters and of Swiss French calendars' two
_LETTER_WEEKDAYS = {
    **{"l": 0, "m": 1, "x": 2, "j": 3, "v": 4, "s": 5, "d": 6},
    **{"lu": 0, "ma": 1, "me": 2, "je": 3, "ve": 4, "sa": 5, "mi": 2, "ju": 3, "vi": 4},
}
_SHORT_DATED_PAIR = loose_compile(
    rf"(?<!\w)(?:{_DATED_NAMES})\.?[^\S\n]+[0-3]?\d(?:\.|º|ª)?[^\S\n]+(?:und|oder|et|ou|y|o|e|and|or)"
    rf"[^\S\n]+(?P<wd>{_DATED_NAMES})\.?[^\S\n]+(?P<num>[0-3]?\d)(?:\.|º|ª)?"
    r"(?!\d|[:.h]\d|[^\S\n]*(?:h|am|pm|uhr)(?!\w))",
    _I,
)
# Short weekdays listed, as schedules and phones write them in any case ("seg e sex antes do
# meio-dia", "ter, qua ou qui", "lun, mer ou ven le matin", "mié o jue por la tarde", "Wed/Thu"):
# joined to another short weekday, no ordinary word is one; the German two-letter ones are read
# in capitals only (see _GERMAN_SHORT_DAYS), as "mi und do" may be other words in lower case
# (not the English ones: _WEEKDAY reads them in any case, and a scan for them again costs)
_LISTED_SHORT_NAMES = alternation(
    n for n, d in _DATED_WEEKDAYS.items() if d < 5 and len(n) > 2 and n not in ABBREVIATED_WEEKDAYS
)
_LIST_WORD = r"(?:and|or|und|oder|et|ou|y|o|e|u)[^\S\n]+"
_SHORT_JOIN = rf"[^\S\n]*(?:[,/&+][^\S\n]*(?:{_LIST_WORD})?|(?<=\s){_LIST_WORD})"
_LISTED_SHORT = loose_compile(
    rf"(?<!\w)(?:{_LISTED_SHORT_NAMES})(?:{_SHORT_JOIN}(?:{_LISTED_SHORT_NAMES}))+(?!\w)", _I
)
# "Mar" is March before a day's number, Tuesday before hours: "Mar. en après-midi", "Mar de 10h
# à 12h", "Mar por la tarde"
# (in lower case with its dot too: "mar. de 9h à 11h")
_TUESDAY_BEFORE_HOURS = loose_compile(rf"(?<!\w)(?:(?-i:Mar)\.?|mar\.)(?={_SHORT_HOURS})", _I)
_LISTED_SHORT_NAME = loose_compile(rf"(?<!\w)(?:{_LISTED_SHORT_NAMES})(?!\w)", _I)
# French and Spanish phones write one short weekday alone in lower case before its hours ("la
# semaine prochaine, lun de 9h à 12h", "mer. à partir de 14h", "jue por la tarde", "vie de 10 a
# 12", "mié desde las 15h"): a day where hours of its language follow that no ordinary word of
# the same letters ("la mer", "la vie", "un jeu", "ven aquí") is said before; a bare number is
# March's day ("mar 10"), a band of hours or a clock time a weekday's
_ROMANCE_SHORT_HOURS = (
    r"(?:(?:de|d[èe]s|à|a[^\S\n]+las?|vers|entre(?:[^\S\n]+las)?|desde(?:[^\S\n]+las?)?"
    r"|hasta(?:[^\S\n]+las?)?|apr[èe]s|avant|antes[^\S\n]+de(?:[^\S\n]+las?)?"
    r"|despu[ée]s[^\S\n]+de(?:[^\S\n]+las?)?|sobre[^\S\n]+las?|hacia[^\S\n]+las?)[^\S\n]+\d"
    r"|(?:à|a)[^\S\n]+partir|jusqu|le[^\S\n]+matin|matin|en[^\S\n]+(?:matinée|après-midi|soirée"
    r"|journée|horario|horas)|l['’]apr[èe]s-midi|dans[^\S\n]+l['’]apr|aprèm|toute[^\S\n]+la"
    r"|n['’]importe|(?:por|en|durante)[^\S\n]+la[^\S\n]+(?:mañana|tarde)|de[^\S\n]+(?:mañana|tarde)"
    r"|tod[oa][^\S\n]+(?:el|la)[^\S\n]+(?:día|mañana|tarde|jornada)|la[^\S\n]+jornada"
    r"|a[^\S\n]+cualquier"
    r"|sur[^\S\n]+l[ea][^\S\n]+(?:créneau|plage)|a[^\S\n]+la[^\S\n]+hora|à[^\S\n]+l['’]heure|cuando|quand"
    r"|en[^\S\n]+la[^\S\n]+franja"
    r"|\d{1,2}(?:[:.h]\d\d|h)?[^\S\n]*[-–][^\S\n]*\d|\d{1,2}(?:[:.h]\d\d|h))"
)
_ROMANCE_SHORT_LOWER = loose_compile(
    r"(?<![\w'’])(?<!(?:la|le|un|el|al|ma|sa|mi|tu|su|ta|de)[^\S\n])(?<!(?:une|del|mon|ton|son)[^\S\n])"
    r"(?-i:(?P<wd>lun|mar|mer|jeu|ven|mi[ée]|jue|vie))\.?,?"
    rf"(?=[^\S\n]*:?[^\S\n]+{_ROMANCE_SHORT_HOURS})"
)
# Portuguese weekdays by their number: "2ª feira" is Monday, "6a-feira 11" Friday the 11th;
# the number alone is a weekday only beside its date ("2ª (dia 7)", "3ª, dia 8", "6ª 11/12"),
# since "a 2ª entrevista", "a 3ª vez" count other things
_NUMBERED_WEEKDAY = loose_compile(
    r"(?<!\w)(?P<n>[2-6])(?:(?:\.?[ªº]|a)?[^\S\n]*-?[^\S\n]*feira(?!\w)"
    r"(?:[^\S\n]+(?:dia[^\S\n]+)?(?P<num>[0-3]?\d)(?!\d|[:.]\d|[^\S\n]*h))?"
    r"|\.?ª(?=[^\S\n]*[,(]?[^\S\n]*(?:dia[^\S\n]+[0-3]?\d(?![\d:.]|[^\S\n]*h)|[0-3]?\d/)))",
    _I,
)
# A column of short weekdays, one opening each row of a per-day list: once one of them is a day
# by what follows it, so are the others, whatever their entry says ("Do leider gar nicht",
# "Jeu impossible", "Mar todo el día")
_ROW_SHORT_DAY = loose_compile(
    rf"^[^\S\n]*(?:[-–—•*·▪][^\S\n]*)?(?-i:(?P<wd>{_SHORT_NAMES}))\.?"
    rf"(?:,?[^\S\n]+(?P<num>\d{{1,2}}){_ORD}?{_NOT_TIME_AFTER})?(?=[^\S\n]*[:\t]|[^\S\n]+\w)",
    re.M,
)
# "22.02." and "15.3.2027": a German or Portuguese date, the day first
# the ISO order, year first, which no locale reads another way
_DATE_ISO = loose_compile(
    r"(?<![\w/.:-])(?P<year>20\d\d)-(?P<b>0?[1-9]|1[0-2])-(?P<a>[0-3]?\d)(?![\w/]|[.:-]\d)"
)
_DATE_DOT = loose_compile(
    r"(?<![\w/.:-])(?P<a>[0-3]?\d)\.(?P<b>0?[1-9]|1[0-2])\.(?P<year>(?:20)?\d\d(?!\d))?(?!\w)"
)
_COMPOUND = loose_compile(
    r"(?<!\w)(?P<wd>montag|dienstag|mittwoch|donnerstag|freitag)"
    r"(?P<part>vormittag|nachmittag|abend)s?(?!\w)",
    _I,
)
_DATE_MD = loose_compile(
    rf"(?<![\w-])(?P<month>{_MONTH})\.?\s+(?:the\s+)?(?P<day>\d{{1,2}}){_ORD}?(?!\d|:\d)"
    # "Feb 8-12": the day that ends a range in the same month
    r"(?:(?P<dash>\s*[-–]\s*)(?P<to>\d{1,2})(?![\d:.]|\s*(?:a\.?m|p\.?m|h\b|uhr)))?"
    # (or its two last digits after an apostrophe, as American notes write it: "Dec 14 '26")
    r"(?:,?\s+(?P<year>20\d\d)|\s+['’](?P<short>[2-3]\d))?(?!\w)"
    rf"(?P<more>(?:\s*(?:,|or|and|&|y|o|ou|et|und|oder|e)\s*\d{{1,2}}{_ORD}?{_NOT_TIME_AFTER}(?!\w))*)",
    _I,
)
_MORE_DAYS = loose_compile(r"(\d{1,2})(?:st|nd|rd|th)?")
_DATE_DM = loose_compile(
    # the month a word after a slash or a dash too, as phones and forms write it ("15/dez",
    # "15-Dec-2026", "el 15/dic")
    rf"(?<![\w:.])(?P<day>\d{{1,2}}){_ORD}?(?:[/-]|\s*(?:de\s+|of\s+)?)(?P<month>{_MONTH})\b"
    # an abbreviation's dot, not the full stop before the next sentence ("décembre. Le 14")
    r"(?:\.(?!\s+(?-i:[A-ZÀ-Ý])|\s*$))?"
    # (Latin America says the year with its article: "14 de diciembre del 2026")
    r"(?:(?:,?\s+(?:del?\s+)?|[/-])(?P<year>20\d\d)"
    # or its two last digits, as a calendar prints it ("lun. 14 déc. 26", "14 dic. 26", "14.
    # Dez. 26"): never an hour, which a unit, its minutes or a range's other end would follow
    # (or after a slash, as forms write it: "14/dez/26")
    r"|(?:[^\S\n]+'?|/)(?P<short>[2-3]\d)(?![\w:.,]\d|\w|[^\S\n]*(?:[-–—]|[ap]\.?m\b|h\b|hs\b|uhr\b"
    r"|heures?\b|horas?\b|o['’]clock|(?:à|a|bis|to|till?|until|hasta|até|und|y|e|et|and|or|ou|o"
    r"|oder)[^\S\n]+\d)))?",
    _I | re.M,
)
# "7-11 Dec", "14 to 18 December", "de 7 a 11 de dezembro": the first day of a range in a month
_DATE_DM_RANGE = loose_compile(
    r"(?<![\w:.])(?P<a>\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s*(?:[-–]|to|au|al|a|bis|até)\s*"
    rf"(?P<b>\d{{1,2}}){_ORD}?\s*(?:de\s+|of\s+)?(?P<month>{_MONTH})\b",
    _I,
)
# "del 18 al 22", "du 14 au 18", "vom 3. bis 7.": the day that ends a range of days
_ORD_RANGE_END = loose_compile(
    r"(?<!\w)(?:del|du|vom|from\s+the|from|do|de)\s+\d{1,2}(?:st|nd|rd|th|er|º|\.)?\s+"
    r"(?:al|au|a|to|bis(?:\s+zum)?|até\s+(?:ao|o)|ao)\s+(?:the\s+)?"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|\.)?(?![\d:h]|\.\d|\s*(?:uhr|am\b|pm\b|h\b))",
    _I,
)
# a bare "de 22 a 26", "from 22 to 26": the range ends past any hour, so its numbers are days
_PAST_HOURS_LEAD = (
    r"(?<!\w)(?:de|desde|from)\s+(?=\d{1,2}\s+(?:a|al|ao|até|to)\s+(?:2[5-9]|3[01])(?![\d:.h]))"
)
# a range of days whose first day says it is one: "vom 7. bis 9.", "du 7 au 9", "del 7 al 9"
_DAY_RANGE = loose_compile(
    # (after "semana" a bare "de 13 a 17" is a week's days, never hours)
    rf"(?<!\w)(?:(?:(?:vom|du|del|(?<=semana\s)de)\s+|{_PAST_HOURS_LEAD})\d{{1,2}}"
    r"(?:st|nd|rd|th|er|º|\.)?"
    r"|(?:from\s+the|from|de|do)\s+"
    r"\d{1,2}(?:st|nd|rd|th|er|º|\.))\s+(?:al|au|a|to|bis(?:\s+zum)?|até\s+(?:ao|o)|ao)\s+"
    r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th|er|º|\.)?(?![\d:h]|\.\d|\s*(?:uhr|am\b|pm\b|h\b))",
    _I,
)
_QUARTERS = ("00", "15", "30", "45")
_DATE_NUM = loose_compile(
    r"(?<![\w/.:-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<year>(?:20)?\d\d))?(?![\w/])"
)
_DATE_ORD = loose_compile(
    # ("Viernes, 10 o 11": an "o" after a number is "or", not the Portuguese article)
    r"(?:(?<!\w)(?<!\d\s)(?:the|le|el|am|der|den|dem|vom|dia|día|o|au|du|del)\s+"
    # (and the week of a date in Portuguese, "na semana de 25, qualquer manhã", "a semana do
    # 14.": its day before a stop, or a range's first)
    r"|(?<=semana\s)d[eo]\s+(?=\d{1,2}(?:\s+(?:a|al|ao)\s+\d|[^\S\n]*[,.;:!?)]))"
    rf"|{_PAST_HOURS_LEAD}"
    # (or an English ordinal alone, as notes write the day, before a stop, another day, hours
    # or a verdict: "29th or 30th pm fine"; not one up to 4th, which counts options as often
    # ("2nd or 3rd"), nor one before a noun it counts: "8th grade", "5th interview")
    # (and after "on", as Indian and British notes write the day with no article, before a
    # reason too: "not reachable on 16th as it is the wedding day"; "on 12th/13th")
    r"|(?<![\w.,:/$£€#-])(?:on[^\S\n]+(?=(?:[5-9]|[12]\d|3[01])(?:st|nd|rd|th)"
    r"(?:/\d{1,2}(?:st|nd|rd|th))?[^\S\n]+(?:as|since|because|due|so)(?!\w)))?"
    r"(?=(?:[5-9]|[12]\d|3[01])(?:st|nd|rd|th)[^\S\n]*(?:[,.;:!?]|$|(?:or|and|&)"
    r"[^\S\n]*\d|(?:am|pm|mornings?|afternoons?|at|from|after|before|b4|between|works?|is|would"
    r"|fine|good|ok|okay|free|suits?|any|all|as|since|because|due|so)(?!\w)))"
    # (or opening a sentence before the one who offers it: "13th I can do post 3 pm", "17th we
    # could do after 2", "14th I'm free"; not "he came 5th I believe", and the day a fact is
    # told of is read as before: "8th I have the dentist")
    r"|(?:^|(?<=\n)|(?<=[.!?][^\S\n]))(?=(?:[5-9]|[12]\d|3[01])(?:st|nd|rd|th)[^\S\n]+(?:i|we)"
    r"(?:[^\S\n]+(?:can|could|would)|(?:['’]m|[^\S\n]+am|['’]re|[^\S\n]+are)[^\S\n]+(?:free|available))"
    r"(?!\w)))"
    rf"(?!{_NOON_CROSSING})(?P<day>\d{{1,2}})"
    # the German ordinal dot ("am 14."), but not a full stop before the next sentence
    # (an English ordinal is no hour, so "am" or "pm" after it is its half: "the 15th pm")
    r"(?:(?:st|nd|rd|th)(?!\w|/(?!\d{1,2}(?:st|nd|rd|th))|:\d|\.\d)"
    r"|(?:er|º|ª|\.(?!\d|\s+(?-i:[A-ZÀ-Ý])|\s*$))?"
    # (a slash before a month word is the date's own: "dia 18/dez")
    rf"(?!\w|/(?!(?:{_MONTH})\b|\d{{1,2}}(?:st|nd|rd|th))|:\d|\.\d|\s*o['’]?\s?clock|\s*(?:[:h]\d|am\b|pm\b|uhr)))"
    # further days listed after it: "the 10th and 11th", "am 14. oder 15.", "dia 14 ou 15"
    # (numbers after a comma with no ordinal of their own are hours: "the 9th, 11 or 2")
    r"(?P<more>(?:\s*(?:,(?=\s*\d{1,2}(?:st|nd|rd|th|er|º|ª|\.(?!\d)))|/(?=\d{1,2}(?:st|nd|rd|th))"
    r"|or|and|&|y|o|ou|et|und"
    r"|oder|e)\s*\d{1,2}(?:(?:st|nd|rd|th|er|º|ª)(?!\w)"
    r"|\.(?!\d)|(?![\w:.]|\s*(?:[-–]\s*\d|h\b|uhr|am\b|pm\b|à\s+\d|a\s+\d|y\s+media))))*)",
    _I,
)
# the day after the one just named: "Thursday, or the day after", "le lendemain", "al día
# siguiente", "am Tag danach", "no dia seguinte"
_DAY_AFTER = loose_compile(
    r"(?<!\w)(?:the\s+(?:day\s+after|following\s+day|next\s+day)(?!\s+tomorrow)|le\s+lendemain"
    r"|lendemain|(?:al|el)\s+día\s+siguiente|(?:am\s+)?tag\s+danach|am\s+folgetag"
    r"|(?:no|o)\s+dia\s+seguinte)(?!\w)",
    _I,
)
# "tomorrow" as phones spell it: "tmr", "2moro", "tomoz", "dem1", "mñn", "amnh" (a Spanish
# "mñn" after its article is the morning: "x la mñn")
_PHONE_TOMORROW = loose_compile(
    r"(?<![\w'’])(?<!la\s)(?:tmr|tmw|tmoz|tomoz|2moro|2morrow|2mrw|tomorow|tommorow|tommorrow"
    r"|dem1|dmain|mñn|mñna|amnh|amñ)(?!\w)",
    _I,
)
# a run of letters each of its spellings holds (no "i" or "s": re's case-blind match reads "ı" and
# "ſ" as them, lower() does not)
_PHONE_TOMORROW_HINTS = ("tm", "tom", "2m", "dem1", "dma", "mñ", "amn")
_RELATIVE = loose_compile(rf"(?<!\w)(?:{alternation(RELATIVE_DAYS)}){_POSS}(?!\w)", _I)
# (round 34) with the weekday it was, which is past as well: "yesterday was Monday", "hier
# c'était le lundi du Jeûne", "gestern war Montag", "ayer fue lunes", "ontem foi segunda"
_PAST = loose_compile(
    rf"(?<!\w)(?:{alternation(PAST_DAYS)})(?:\s+(?:was|c['’]\s*[ée]tait|[ée]tait|war|fue|era|foi)\s+"
    rf"(?:(?:the|le|el|o|a|der|ein|a\s+la)\s+)?(?:{alternation(WEEKDAYS)}))?(?!\w)",
    _I,
)
_WEEK = loose_compile(rf"(?<!\w)(?:{alternation(WEEKS)})(?!\w)", _I)
# A week named by its number, as calendars count them: "KW 7", "in Kalenderwoche 7", "calendar
# week 7", "in week 7", "la semaine 7", "la semana 7", "na semana 7", and heading its line or
# sentence, "Week 41: Tue", "Semaine 41 je suis absent", "Wk 41" (a bare "week 2" inside a
# sentence is as often a count; nor is it a date, an hour or a count after it: "semana 7 de
# marzo", "week 2 times", "week 2:30")
_WEEK_NUMBER = loose_compile(
    r"(?<!\w)(?:KW|CW|Kalenderwoche|(?<=calendar\s)week|week[^\S\n]+(?:number|#)"
    r"|(?:(?<=in\s)|(?<=la\s)|(?<=na\s)|(?<=\ba\s)|(?<=en\s)|(?<=em\s))(?:week|semaine|semana)"
    r"|(?:(?<![^\n])|(?<=[.;!?]\s))(?:week|wk|semaine|semana))"
    r"[^\S\n]*(?:n[°º]\.?[^\S\n]*|#)?(?P<n>[1-9]|[1-4]\d|5[0-3])"
    r"(?![\w/]|[.,:]\d|[^\S\n]*(?:h|uhr|am|pm|de|del|do|da|à|a|of|was|were|mal|times|fois|veces"
    r"|vezes)(?!\w))",
    _I,
)
# a word each of its names holds ("ſemana" is read by re as "semana": no "s" in them)
_WEEK_HINTS = ("kw", "cw", "wk", "week", "woche", "emaine", "emana")

# A clock hour told in words: "half past two", "quarter to 11", "three o'clock".
_CLOCK_HOUR = rf"(?:1[0-2]|0?[1-9]|{alternation(HOUR_WORDS)})(?!\w)"
_HALB_HOUR = rf"(?:1[0-2]|0?[1-9]|{alternation(GERMAN_HOUR_WORDS)})(?!\w)"
# "doce y media", "às duas e meia", "trois heures et quart": an hour and a half or a quarter
# ("meio-dia e meia", "mediodía y media": noon and a half)
_NOON_WORDS = r"mediod[ií]a|meio-dia|meio\s+dia|midi"
# the word for noon after a twelve, with the article it takes there
_NOON_OF_TWELVE = r"(?:noon|midday|midi|mittags?|del\s+mediod[ií]a|d[oe]\s+meio-?\s?dia)"
_ROMANCE_HOUR = rf"(?:1[0-2]|0?[1-9]|{alternation(ROMANCE_HOUR_WORDS)}|{_NOON_WORDS})"
# ("dez e quinze", "diez y quince": a quarter told in minutes)
_ROMANCE_PART = r"(?:media|meia|demie|demi|cuarto|um\s+quarto|quarto|quart|quinze|quince)(?!\w)"
# a quarter before the hour: "moins le quart", "menos cuarto", Portugal's "menos um quarto" and
# Brazil's "menos quinze"
_LESS_QUARTER = r"(?:moins|menos)\s+(?:le\s+)?(?:cuarto|quart|um\s+quarto|quinze)(?!\w)"
# ("15h moins le quart", "14h et demie": an hour written "15h" takes the half or quarter too)
_ROMANCE_OR_H = rf"(?:(?:1\d|2[0-3]|0?[1-9])h|{_ROMANCE_HOUR})"
# a quarter before or after an hour: "Viertel nach zehn", "Viertel vor vier", "dreiviertel elf",
# "cuatro menos cuarto", "quatre heures moins le quart", "quinze para as quatro"; in Austria and
# the German east, like "halb", a quarter counts toward the hour named: "viertel elf" is 10:15
# and "drei viertel elf" 10:45
_QUARTER = (
    rf"viertel\s+(?P<vdir>nach|vor)\s+(?P<vh>{_HALB_HOUR})|drei\s*viertel\s+(?P<dv>{_HALB_HOUR})"
    rf"|viertel\s+(?P<vq>{_HALB_HOUR})"
    rf"|(?P<mq>{_ROMANCE_OR_H})(?:\s+heures?)?\s+{_LESS_QUARTER}"
    rf"|(?:quinze|um\s+quarto)\s+para\s+(?:as\s+|a\s+)?(?P<pq>{_ROMANCE_HOUR})(?!\w)"
)
# "ten-thirty", "eleven fifteen": an hour in words and its minutes in words
_WORD_MINUTES = {"fifteen": 15, "thirty": 30, "forty-five": 45, "forty five": 45}
# (one branch per first word: _P tries these at every position of a reply)
_SAID = (
    rf"{_ROMANCE_OR_H}(?:\s+heures?)?\s+(?:(?:y|e|et)\s+{_ROMANCE_PART}"
    rf"|{_LESS_QUARTER})"
    rf"|(?:dreiviertel|viertel(?:\s+(?:nach|vor))?)\s+{_HALB_HOUR}|drei\s+viertel\s+{_HALB_HOUR}"
    rf"|(?:quinze|um\s+quarto)\s+para\s+(?:as\s+|a\s+)?{_ROMANCE_HOUR}(?!\w)"
    # ("a quarter past three"; Americans say "quarter after three")
    rf"|(?:a\s+)?(?:half|quarter)\s+(?:past|after)\s+{_CLOCK_HOUR}"
    rf"|(?:a\s+)?quarter\s+(?:to|til)\s+{_CLOCK_HOUR}"
    # British "half two" (2:30) and German "halb drei" (also 2:30)
    rf"|half\s+{_CLOCK_HOUR}|halb\s+{_HALB_HOUR}"
    rf"|{alternation(HOUR_WORDS)}[-\s]{alternation(_WORD_MINUTES)}(?![\w-])"
    rf"|{_CLOCK_HOUR}\s*o['’]?\s?clock\b"
    # ("12 noon" is one time, not 12 and then noon, in every language's word for noon: "12 h
    # midi", "12 Uhr mittags", "12 del mediodía", "12h do meio-dia"; and twelve said in words:
    # "twelve noon", "doce del mediodía", "zwölf Uhr mittags", "doze do meio-dia")
    rf"|(?:12(?:[:.h]00)?|{_TWELVE_WORDS})(?:\s*(?:h|uhr|heures?)(?!\w))?\s+{_NOON_OF_TWELVE}(?!\w)"
)
# am/pm; the dot after "pm" ends a sentence ("I can't make 2pm. Same time tomorrow?"), the
# one after "p.m." is the abbreviation's
_MER = (
    r"a(?:\.\s?m\b\.?|\s?m\b(?!\s+(?:\w*tag|mittwoch|\w*mittag|morgen|abend|wochenende)\b))"
    r"|p(?:\.\s?m\b\.?|\s?m\b)"
)
# am/pm as American phones write them, its one letter stuck to the hour: "9a-12p", "10:30a",
# "after 2p" (lower case only, so "Suite 9A" or "Gate 12B" stays no time; never the Portuguese
# weekday "2a feira")
_MER_COMPACT = r"(?<=\d)(?-i:[ap])(?![\w'’@/]|\.\w|[^\S\n]*-?[^\S\n]*feira)"
# A time of day: "3", "3pm", "10:30", "10.30am", "15h30", "14 Uhr", "noon".
_P = (
    rf"(?:(?:{_SAID})(?:\s*(?:{_MER}))?|(?:[01]?\d|2[0-4])(?:(?:[:.]|h)[0-5]\d)?"
    rf"(?:\s*(?:{_MER}|h(?!\w)|uhr\b)|{_MER_COMPACT})?"
    # a rough time bounds as the time does: "after 4ish", "9-ish to 11"
    r"(?:-?ish(?!\w))?"
    r"|noon|midday|midnight|mediod[ií]a|meio-dia|meio\s+dia|midi|mittag)"
)
# Only a time that says it is one: meridiem, minutes, "h"/"Uhr", a noon word, or said in words.
_P_STRICT = (
    rf"(?:{_SAID}|(?:[01]?\d|2[0-4])(?:(?:[:.]|h)[0-5]\d(?:\s*(?:{_MER}|h(?!\w)|uhr\b))?"
    rf"|\s*(?:{_MER}|h(?!\w)|uhr\b))|noon|midday|mediod[ií]a|meio-dia|meio\s+dia|midi)"
)
_B = r"(?<![\w:./-])"
# noon takes its article after a bound or a range's word: "até o meio-dia", "até ao meio-dia",
# "hasta el mediodía", "a partir del mediodía", "bis zum Mittag"
_NOON_ARTICLE = r"(?:el\s+(?=mediod)|a?o\s+(?=meio)|zum\s+(?=mittag))"
# "1400-1530": hours in four digits (a range's own, never a year: 19xx and 20xx are left out)
_MILITARY = r"(?!19|20)(?:[01]\d|2[0-3])[0-5]\d(?!\d)"
# a dash after an hour opens a range of hours ("after 2 - 4"), but one opening the next line is
# that row's bullet ("- Di: bis 11 Uhr\n- Do: 10h-12h")
_NEXT_RANGE = r"[^\S\n]*[-–]\s*\d"
# an hour in words closing a range, when what follows it ends the time
_CLOSING_WORD = (
    rf"(?P<bw>{alternation(WORD_HOURS)})"
    # (an aside in brackets or after a dash ends it too: "entre midi et deux (consultations)")
    rf"(?:\s+(?:heures?|uhr|o['’]?clock))?(?=\s*[.,;!?()\n]|\s*$|\s[-–—]\s|\s+(?:on|the|el|le|am|o|a|de)\s"
    # or an offering verb: "between twelve and one works", "zwischen zwei und drei geht"
    r"|\s+(?:works?|would|suits?|is|geht|passt|ginge|me|ça|está|fica|funciona)(?!\w))"
)
_RANGE_PREFIXED = loose_compile(
    # ("zw." and "btwn" are how phones shorten "zwischen" and "between")
    # (Portuguese one o'clock and noon take the singular: "da uma às duas", "do meio-dia à uma")
    # (and Spanish noon with its article joined: "del mediodía a las cinco", "de 10 al mediodía")
    rf"(?:between|btwn|from|de|desde|entre|zwischen|zw\.?|von|des|dès|depuis|das|da(?=\s+(?:1\b|uma))"
    r"|do(?=\s+meio)|del(?=\s+mediod))\s+(?:las\s+|la\s+|les\s+|den\s+|as\s+"
    rf"|el\s+(?=mediod)|o\s+(?=meio)|a\s+(?=1\b|uma))?"
    rf"(?:(?P<a>{_P})|(?P<aw>{alternation(WORD_HOURS)})(?:\s*(?P<awm>{_MER}))?)"
    # ("through" and its phone spelling join hours as "to" does: "10am through noon", "1 thru 3")
    r"\s*(?:-|–|—|to|till?|until|through|thru|and|jusqu'à|al(?=\s+mediod)|a|à|bis|até|y|et|und|e"
    r"|às|hasta|las|as)\s*"
    # (noon closes a range with its article: "e o meio-dia", "hasta el mediodía"; and European
    # Portuguese joins "até" to the hour's article: "das 9h até às 11h", "até à uma")
    rf"(?:las\s+|la\s+|les\s+|as\s+|a\s+|às\s+|à\s+|{_NOON_ARTICLE})?"
    rf"(?:(?P<b>{_P})|{_CLOSING_WORD}){_NO_MONTH}(?!\w)",
    _I,
)
# (the day of a label is no range's start: in "Wed 2 – 9:30 to 11" the range is "9:30 to 11")
_RANGE_BARE = loose_compile(
    rf"{_B}(?P<a>{_MILITARY}|{_P})\s*(?:-|–|—|to|till?|until|through|thru|bis)\s*"
    # ("half eleven to one": an hour said in words closes it too)
    # (a row of a per-day list ends its range: "- Di: 10h-12h\n- 5ª-feira: 14h-16h")
    rf"(?:(?P<b>{_MILITARY}|{_P}){_NO_MONTH}(?![\w/]|[.:]\d|[^\S\n]*(?:to|till|until|[-–]|bis)\s*\d|{_NEXT_RANGE})"
    rf"|{_CLOSING_WORD})",
    _I,
)
# every bare range holds one of its joining words, and a scan for those alone is much faster
_RANGE_WORD = loose_compile("-|–|—|to|til|until|through|thru|bis", _I)
# "10 a 13 h", "14 à 17 h", "10h à 11h30", "10:30h a 12:00h": a bare "a"/"à"/"às" joins two hours
# only when the second says it is one ("às" with its accent dropped, "12h as 13h", only after an
# hour that says it is one too); Quebec sets the "h" apart from both hours ("13 h à 15 h")
_RANGE_BARE_A = loose_compile(
    # (and after an am/pm the Americas write apart: "2:00 p. m. a 4:00 p. m.")
    rf"{_B}(?P<a>(?:[01]?\d|2[0-4])(?:[:.h][0-5]\d)?(?:[^\S\n]?h(?!\w)|[^\S\n]?(?:{_MER}))?)"
    r"\s+(?:a|à|às|(?<=h\s)as)\s+"
    rf"(?P<b>{_P_STRICT})"
    rf"{_NO_MONTH}(?![\w/]|\.\d)",
    _I,
)
# a zone may stand between a time and its "onwards": "6pm IST or later"
_ZONE_WORD = _ZONE_ABBRS + f"|{alternation(ZONE_NAMES)}|{alternation(OWN_ZONE_WORDS)}"
# a rough hour after a bound is still that bound: "until about 11:30", "jusque vers 11h30", "bis
# etwa 11:30", "hasta eso de las 11:30", "até umas 11h30", "from around 2", "ab etwa 14 Uhr"
_ABOUT = (
    r"(?:(?:about|around|roughly|approximately|approx\.?|circa|ca\.|environ|vers|etwa|ungefähr"
    r"|zirka|gegen|eso\s+de(?:\s+las?)?|cerca\s+de(?:\s+las?)?|aproximadamente|umas?"
    r"|por\s+volta\s+d[ao]s?|l[áa]\s+pelas?)\s+)?"
)
_AFTER_WORD = (
    r"(?<!\w)(?:any\s*time\s+after|after|from|since|starting\s+(?:at|from)|ab|à\s+partir\s+de|"
    # "not before 3" is from 3 on
    r"not\s+before|no\s+earlier\s+than|frühestens\s+ab|ab\s+frühestens|no\s+antes\s+de(?:\s+las?)?|pas\s+avant|nicht\s+vor|"
    r"não\s+antes\s+das?|"
    # and said with weight: "not a minute before 10", "pas une minute avant 10h", "keine Minute
    # vor 10 Uhr", "ni un minuto antes de las 10", "nem um minuto antes das 10h"
    r"not\s+(?:a|one)\s+(?:single\s+)?minute\s+before|pas\s+une\s+(?:seule\s+)?minute\s+avant"
    r"|keine\s+(?:einzige\s+)?minute\s+(?:früher\s+als|vor)"
    r"|ni\s+un\s+(?:solo\s+)?minuto\s+antes\s+de(?:\s+las?)?"
    r"|nem\s+(?:um\s+)?(?:só\s+)?minuto\s+antes\s+d(?:as?|e)|"
    # "nothing before 10", "nada antes de las 10", "rien avant 10h", "nichts vor 10 Uhr"
    r"nothing\s+before|nada\s+antes\s+d(?:e(?:\s+las)?|as?)|rien\s+avant|nichts\s+vor|"
    # "never before 10", "jamais avant 10h", "nie vor 10 Uhr", "nunca antes de las 10", "nunca
    # antes das 10h"
    r"never\s+before|jamais\s+avant|(?:nie|niemals)\s+vor|nunca\s+antes\s+d(?:e(?:\s+las?)?|as?)|"
    r"a\s+partir\s+de(?:\s+las?)?|a\s+partir\s+das?|a\s+partir\s+del|desde\s+las?|después\s+de(?:\s+las?|l)|despues\s+de(?:\s+las?|l)|"
    # phones drop the vowels: "a partir d las 4", "dsp d las 3", "dps das 14h", "aprs 15h"
    r"a\s+partir\s+d\s+las?|dsp\s+d(?:el?)?(?:\s+las?)?|dps\s+d[ao]s?|aprs|"
    # "depois do meio-dia", "a partir do meio-dia"
    r"depois\s+do|a\s+partir\s+do|"
    # an hour with its article says it is one: "pasadas las 2", "luego de las 3", "tras las 4",
    # "a contar de las 2", "após as 14h", "passadas as 3", "a contar das 14h", "à compter de 14h"
    r"pasadas?\s+las?|luego\s+de(?:\s+las?|l)|tras\s+las?|a\s+contar\s+de(?:\s+las?|l)"
    r"|m[áa]s\s+tarde\s+de(?:\s+las?|l)|despu[ée]s\s+de\s+la|"
    r"ap[óo]s\s+(?:[àa]s?|o)|passad[ao]s\s+[àa]s?|a\s+contar\s+d[ao]s?|depois\s+de|"
    # (or as time going past it: "passando das 14h", "pasando las 2", "pasando de las 2")
    r"passando\s+d[ao]s?|pasando\s+(?:de\s+)?las?|"
    r"[àa]\s+compter\s+de|à\s+partir\s+d['’]|any\s*time\s+past|"
    rf"depois\s+das?|après|apres|nach|dès)\s+{_ABOUT}{_NOON_ARTICLE}?(?P<a>{_P}){_NO_MONTH}"
    rf"{_NO_DOTTED_MONTH}"
    rf"(?!\w|{_NEXT_RANGE})"
)
# (its words grouped by their first letters: they are tried at every word start)
_AFTER_BY_WORD = loose_compile(word_led(loose_compile(_AFTER_WORD, _I).pattern), _I)
# a rough hour is still that hour: "a eso de las 3", "aux alentours de 15h", "lá pelas 3"
_ROUGHLY = (
    r"a\s+eso\s+de\s+las?|alrededor\s+de\s+las?|como\s+a\s+las?|tipo(?:\s+[àa]s)?|(?:l[áa]\s+)?pelas"
    r"|aux\s+alentours\s+de|autour\s+de|environ|circa|roughly|approximately"
)
_AFTER = loose_compile(
    # (a rough hour is still that hour: "tipo 3 en adelante", "around 3 onwards", "vers 15h et
    # après", "gegen 15 Uhr oder danach", "lá pelas 3 em diante")
    _AFTER_BY_WORD.pattern
    + rf"|(?:(?<!\w)(?:{_ROUGHLY}|around|about|vers|gegen|sobre\s+las?|hacia\s+las?)\s+)?"
    + rf"{_B}(?P<a2>{_P})(?P<zone>\s*(?:{_ZONE_WORD}))?\s*(?:onwards?"
    r"|or\s+later|and\s+later|ou\s+plus\s+tard|oder\s+später"
    r"|or\s+after(?!\s+\d)|en\s+adelante|em\s+diante"
    # "2pm and beyond", "14h au plus tôt", "14 Uhr oder danach", "las 3 o más tarde", "14h pra
    # frente", "14h ou depois"
    r"|(?:and|or)\s+beyond|at\s+the\s+earliest|au\s+plus\s+t[ôo]t|(?:und|oder)\s+danach"
    # (not an open start that names its own hour: "de 11 a 12:30 o después de las 4", "às 10
    # ou depois das 15h")
    r"|fr[üu]hestens|o\s+m[áa]s\s+tarde|o\s+despu[ée]s(?!\s+de\s)|ou\s+mais\s+tarde"
    r"|ou\s+depois(?!\s+d[aeo]s?\s)"
    # ("14 h ou après", "14 h et après": the French of "or after")
    r"|(?:ou|et)\s+apr[èe]s(?!\s+\d)"
    # (with its article or the older word: "das 14h para a frente", "das 14h para diante", "de
    # las 2 pa' adelante", "de 14h en avant")
    r"|p(?:a)?ra\s+(?:a\s+)?frente|para\s+diante|(?:p(?:a)?ra\s+|pa['’]?\s*)adelante"
    r"|pa['’]\s*lante|en\s+avant"
    # (or as the hours going on beyond it: "das 14h pra lá", "de las dos para allá", "14 Uhr
    # und später", "las 2 y más tarde", "14h e mais tarde", "14 h et plus tard")
    r"|p(?:a)?ra\s+l[áa]|(?:p(?:a)?ra|pa['’]?)\s*all[áa]"
    r"|(?:und|y|e|et)\s+(?:später|m[áa]s\s+tarde|mais\s+tarde|plus\s+tard)"
    # (round 38) English drops the "from" of "from 1pm on" where the clause ends on it: "free
    # after lunch, say 1pm on", "Thu: 2 on." (never before what it is on: "10 on Tuesday")
    r"|on(?=[^\S\n]*(?:[.,;!)]|\n|$)))(?!\w)",
    _I,
)
# Words that are ordinary elsewhere ("the past 2 weeks", "après 2 jours") bound only an hour
# that says it is one: "past 2pm", "beyond 3pm", "later than 4:30", "passé 14h", "au-delà de
# 15h", "plus tard que 14h", "au plus tôt à 14h", "frühestens 14 Uhr", "später als 14 Uhr",
# "nicht früher als 14 Uhr", "más tarde que las 3", "após 14h", "mais tarde que 14h" (never the
# "past" of a clock time: "ten past 2", "half past 2")
_AFTER_STRICT = loose_compile(
    r"(?<!\w)(?:past|beyond|later\s+than|no\s+sooner\s+than|not\s+earlier\s+than|earliest"
    r"|passée?s?|au[-\s]del[àa]\s+de|plus\s+tard\s+qu['’e]|pas\s+plus\s+t[ôo]t\s+qu['’e]"
    r"|au\s+plus\s+t[ôo]t(?:\s+[àa])?|(?:ab\s+)?fr[üu]hestens(?:\s+(?:ab|um))?|später\s+als"
    r"|nicht\s+fr[üu]her\s+als|m[áa]s\s+tarde\s+que(?:\s+las?)?|ap[óo]s"
    r"|mais\s+tarde\s+(?:que|do\s+que)(?:\s+[àa]s?)?)"
    r"(?<!\d\spast)(?<!half\spast)(?<!quarter\spast)(?<!minutes\spast)(?<!mins\spast)"
    rf"\s*(?P<a>{_P_STRICT}){_NO_MONTH}(?!\w|{_NEXT_RANGE})",
    _I,
)
_AFTER_STRICT = loose_compile(word_led(_AFTER_STRICT.pattern), _I)
# German says an open start with "von" and the particle "an" after the hour: "von 14 Uhr an",
# "von halb drei an", "Dienstag von 2 an", or Austrian "weg" and Bavarian "ab": "von 14 Uhr
# weg", "von 14 Uhr ab" (not "von 9 an einem Workshop")
_FROM_ON = loose_compile(
    rf"(?<!\w)von\s+(?P<a>{_P})\s+(?:an|weg|ab(?!\s+und\s+zu))(?!\w)(?!\s+(?:einem|einer|einen|dem|der|den|die|das|meinem"
    r"|meiner|unserem|unserer|ihrem|ihrer)(?!\w))",
    _I,
)
# The hour before "onwards", "or later" is tried at every word: a text with none of their words
# is read with the bounds that open on their word alone (`_AFTER_BY_WORD`, the same matches).
# (a substring test of the folded text: cheaper than a pattern tried at every letter)
_LATER_WORDS = (
    *("onward", "later", "after", "adelante", "diante", "tard", "später", "spater", "beyond"),
    *("earliest", "tôt", "tot", "hestens", "danach", "despu", "depois", "frente", "après"),
    *("apres", "avant", "lante", "ra la", "ra lá", "allá", "alla"),
    *("on.", "on,", "on;", "on!", "on)", "on\n"),
)
_BEFORE = loose_compile(
    # (German may say the hour's "um" after its "bis": "bis um 11 Uhr", as "até às 11h")
    r"(?<!\w)(?:before|until|till|til|up\s+to|no\s+later\s+than|by|vor|bis(?:\s+um)?|avant|jusqu['’]à"
    r"|antes\s+de(?:\s+las?)?|"
    # (in the words of forms and letters: "prior to 11am", "previo a las 11", "previamente às 11h")
    r"prior\s+to|previo\s+a(?:\s+las?)?|previamente\s+[àa]s?|"
    # "nothing after 3" is up to 3, as "nothing before 10" is from 10
    r"nothing\s+after|rien\s+après|pas\s+après|nichts\s+nach|nicht\s+nach|"
    # an hour one must come earlier than: "any time earlier than 11am", "plus tôt que 11h",
    # "früher als 11 Uhr", "más temprano que las 11", "mais cedo que 11h" (never after a "not":
    # "no earlier than 11", "pas plus tôt que 11h" open the day there)
    r"(?<!no\s)(?<!not\s)(?<!pas\s)(?<!nicht\s)(?<!não\s)(?<!nao\s)"
    r"(?:earlier|sooner|plus\s+t[ôo]t|fr[üu]her|m[áa]s\s+temprano|mais\s+cedo)"
    r"\s+(?:than|qu['’e]|als|que(?:\s+las?)?|(?:do\s+)?que(?:\s+[àa]s?)?)|"
    r"(?:nada|no|nunca)\s+despu[ée]s\s+de(?:\s+las?)?|(?:nada|não|nunca)\s+depois\s+d[ao]s?|"
    r"never\s+after|jamais\s+après|(?:nie|niemals)\s+nach|"
    # the latest hour said so: "not later than 11", "at the latest by 11", "latest 11am", "au
    # plus tard à 11h", "pas plus tard que 11h", "bis spätestens 11 Uhr", "spätestens um 11",
    # "nicht später als 11", "a más tardar a las 11", "como muy tarde a las 11", "no más tarde de
    # las 11", "como máximo hasta las 11", "no máximo até as 11", "até no máximo 11h", "o mais
    # tardar às 11", "não mais tarde que 11h"
    r"not\s+later\s+than|(?:at\s+the\s+)?latest(?:\s+by)?|au\s+plus\s+tard(?:\s+[àa]|\s+jusqu['’][àa])?"
    r"|pas\s+plus\s+tard\s+qu['’e]|(?:bis\s+)?spätestens(?:\s+(?:bis|um))?|nicht\s+später\s+als"
    r"|a\s+m[áa]s\s+tardar(?:\s+a)?(?:\s+las?)?|como\s+(?:muy\s+)?tarde(?:\s+a)?(?:\s+las?)?"
    r"|no\s+m[áa]s\s+tarde\s+de(?:l|\s+las?)?|como\s+m[áa]ximo(?:\s+hasta)?(?:\s+las?)?"
    r"|(?:no\s+)?m[áa]ximo\s+at[ée](?:\s+[àa]s)?|at[ée]\s+no\s+m[áa]ximo(?:\s+[àa]s)?"
    r"|o\s+mais\s+tardar(?:\s+[àa]s)?|n[ãa]o\s+mais\s+tarde\s+(?:(?:do\s+)?que(?:\s+[àa]s)?|d[ao]s?)|"
    rf"antes\s+d[ao]s?|antes\s+del|hasta(?:\s+las?)?|até(?:\s+[àa]s?)?|"
    # phones' spellings: "b4 3", "avt 15h", "antes d las 3", "ant das 14h"
    rf"b4|avt|antes\s+d\s+las?|ant\s+d[ao]s?|jusque(?=\s+vers)|"
    # the sender's day ends when they must leave (round 32): "I have to leave at 3:30", "je dois
    # partir à 15h30", "ich muss um 15:30 los" (below), "tengo que irme a las 15:30", "preciso
    # sair às 15h30". Not "a hard stop at 12:30", said as often of an hour already offered as of
    # the day's end (bi-016)
    # (in every way of saying one is gone: "I need to be out the door by 3:30", "I have to be
    # gone by 3:30", "je dois filer à 15h30", "je dois être partie à 15h30", "me tengo que ir a
    # las 15:30", "tengo que estar fuera a las 15:30", "tenho que estar fora às 15h30")
    # (and the place left named after the verb: "I need to be out of there by 3", "je dois
    # quitter l'atelier à 15h", "tengo que salir de allí a las 3", "tenho que sair de lá às 15h")
    r"(?:(?:(?:i|we)\s+)?(?:have|need|(?:['’]ve\s+)?got)\s+to|(?:i|we)\s+must|(?:i|we)\s+gotta)"
    r"\s+(?:leave|take\s+off|get\s+going|get\s+out|head\s+(?:out|off)|run"
    r"|be\s+(?:out|gone|off|on\s+my\s+way))"
    r"(?:\s+(?:of\s+)?(?:there|here|work|(?:the|my|our)\s+[^\W\d]+))?\s+(?:at|by)"
    r"|(?:dois|devrai|devrais|faut\s+que\s+je)\s+(?:partir|filer|y\s+aller|m['’]en\s+aller"
    r"|(?:être|sois)\s+(?:partie?|sortie?)|sortir|quitter)"
    r"(?:\s+(?:de\s+là|d['’]ici|l['’]\s*[^\W\d]+|(?:le|la|mon|ma|du|de\s+la)\s+[^\W\d]+))?"
    r"\s+(?:à|a|vers)"
    r"|(?:(?:tengo|tendr[ée])\s+que\s+(?:irme|salir|retirarme|marcharme|estar\s+fuera)"
    r"|me\s+(?:tengo|tendr[ée])\s+que\s+(?:ir|salir|retirar|marchar))"
    r"(?:\s+(?:de\s+(?:allí|ahí|aquí|allá|acá|(?:la|mi)\s+[^\W\d]+)|del\s+[^\W\d]+))?\s+a\s+las?"
    r"|(?:preciso|tenho\s+que|tenho\s+de|vou\s+ter\s+que)\s+(?:sair|ir\s+embora|estar\s+fora"
    r"|me\s+mandar)(?:\s+(?:de\s+lá|daqui|dali|d[oa]\s+[^\W\d]+))?\s+(?:[àa]s?))"
    rf"\s+{_ABOUT}{_NOON_ARTICLE}?"
    rf"(?P<a>{_P}){_NO_MONTH}(?!\w|{_NEXT_RANGE})",
    _I,
)
# (its words grouped by their first letters: they are tried at every word start)
_BEFORE = loose_compile(word_led(_BEFORE.pattern), _I)
# Both ends of the day ruled out by one negation: "not before 10 or after 2.30", "nothing
# before 9 and nothing after 4", "pas avant 10h ni après 15h", "weder vor 10 noch nach 15 Uhr",
# "ni antes de las 10 ni después de las 3", "nem antes das 10 nem depois das 15h": the hours
# between are offered (each bound read alone would offer the ends instead)
_NEG = r"(?:not|nothing|never|pas|rien|ni|nicht|nichts|weder|no|nada|n[ãa]o|nem)"
_OUTSIDE = loose_compile(
    rf"(?<!\w){_NEG}\s+(?:before|earlier\s+than|avant|vor|antes\s+d(?:e|[ao]s?)(?:\s+las?)?)"
    rf"\s+(?P<a>{_P}),?\s+(?:or|nor|and|ni|ou|et|noch|oder|und|y|o|nem|e)(?:\s+{_NEG})?"
    r"\s+(?:after|later\s+than|apr[èe]s|nach|despu[ée]s\s+d(?:e|el)(?:\s+las?)?|depois\s+d[ao]s?)"
    rf"\s+(?P<b>{_P}){_NO_MONTH}(?!\w|{_NEXT_RANGE})",
    _I,
)
# The sender's own engagement named with its hour after "before": "before my shift at 11", "vor
# meinem Termin um 11", "avant mon cours de 11h", "antes de mi turno de las 11", "antes da
# minha aula às 11", "before my 11am call": the time offered ends where it starts
# (words of its name only: "antes de las 10 ni después de las 4" is two bounds)
# (round 40) or told by what the sender does then: "before we open at 12", "before I leave at
# 3", "avant d'ouvrir à 11h", "avant que j'ouvre à 11h", "bevor wir um 12 aufmachen", "antes de
# abrir a las 12", "antes de abrirmos às 12"; the opening hour is the bound, not an offer
_GAP = r"(?:(?!(?:or|and|nor|ni|y|o|ou|et|und|oder|e|noch)\s)[^\W\d_][\w'’-]*\s+){0,3}?"
_DOER = r"(?:i|we|they|he|she|you)"
_BEFORE_EVENT = loose_compile(
    r"(?<!\w)(?:before\s+(?:(?:my|the|our|his|her|their)\s+(?:(?P<a2>"
    + _P_STRICT
    + rf")(?=\s+[^\W\d])|{_GAP}(?:at|@)\s+)|{_DOER}\s+{_GAP}(?:at|@)\s+)"
    rf"|vor\s+(?:meine[mnr]?|unsere[mnr]?|de[mnr]|eine[mnr]?)\s+{_GAP}um\s+"
    rf"|bevor\s+(?:ich|wir|sie|er|man)\s+{_GAP}um\s+"
    rf"|avant\s+(?:mon|ma|mes|notre|nos|le|la|les|l['’]|un|une|d['’]|de|qu['’]|que)\s*{_GAP}(?:de|à)\s+"
    rf"|antes\s+de\s+(?:mis?|nuestr[ao]s?|el|la|los|las|una?)\s+{_GAP}(?:de|a)\s+las?\s+"
    rf"|antes\s+de\s+(?:que\s+)?[^\W\d_]+(?:ar|er|ir|mos|amos|emos|imos|an|en)\s+{_GAP}(?:a\s+las?|às|as)\s+"
    rf"|antes\s+d[ao]s?\s+(?:(?:minhas?|meus?|nossas?|nossos?)\s+)?{_GAP}(?:às|as|das?|de)\s+)"
    rf"(?(a2)|(?P<a>{_P})){_NO_MONTH}(?!\w|{_NEXT_RANGE})",
    _I,
)
# German puts the leaving after the hour: "ich muss um 15:30 los", "muss ich um 15:30 weg",
# "ich muss um 15:30 gehen" (the day ends there, as "I have to leave at 3:30" ends it)
# (with the sentence's own small words before the hour: "ich muss aber um 16 Uhr los", "ich muss
# allerdings um 16 Uhr weg")
_LEAVE_WORDS = rf"(?:\s+{MUST_PARTICLES}){{0,2}}"
_LEAVE_AT = loose_compile(
    rf"(?<!\w)(?:muss|müsste|werde)(?:\s+ich)?{_LEAVE_WORDS}\s+um\s+"
    rf"(?P<a>{_P})(?:\s+uhr)?\s+(?:los|weg|gehen|aufbrechen|losfahren|raus)(?!\w)"
    # (or the hour first: "um 15 Uhr muss ich weg", "um 15 Uhr muss ich leider los")
    rf"|(?<!\w)um\s+(?P<a2>{_P})(?:\s+uhr)?\s+(?:muss|müsste)\s+ich{_LEAVE_WORDS}"
    r"\s+(?:los|weg|gehen|aufbrechen|losfahren|raus)(?!\w)",
    _I,
)
# (round 32) an option named by its hour, its noun left out: "la de las 12", "el de las 10",
# "a das 10", "o das 4"
_THE_ONE_AT = r"(?:la|el)\s+de\s+las?|(?:a|o)\s+das?"
_AT = loose_compile(
    rf"(?<!\w)(?:at|@|um|à|a\s+las?|às|around|about|ca\.?|sobre\s+las?|hacia\s+las?|vers|gegen"
    rf"|por\s+volta\s+das?|{_ROUGHLY}|{_THE_ONE_AT})\s+(?P<a>{_P}){_NO_MONTH}(?!\w|{_NEXT_RANGE})",
    _I,
)
# (its words grouped by their first letters: they are tried at every word start)
_AT = loose_compile(word_led(_AT.pattern), _I)
# (round 44) an hour put forward as an example, which is the hour asked: "a bit earlier on
# Thursday, like 9?", "say 3?", "disons 15h", "sagen wir 9", "digamos a las 9"; a bare number
# only where its clause ends on it ("I'd like 2 more days" is no hour), and never after the
# one who likes ("we'd like 2")
_SAY_AT = loose_compile(
    r"(?<!\w)(?<!\bi\s)(?<!\bwe\s)(?<!['’]d\s)(?<!\bwould\s)(?<!\byou\s)(?<!\bthey\s)"
    r"(?:like|say|genre|disons|mettons|sagen\s+wir|digamos(?:\s+a\s+las?|\s+[àa]s)?)[^\S\n]*,?[^\S\n]+"
    rf"(?P<a>{_P}){_NO_MONTH}(?=[^\S\n]*(?:[?!,;)]|\.(?!\d)|$|\n|(?:or|ou|oder|o)\s))",
    _I,
)
_BARE = loose_compile(rf"{_B}(?P<a>{_P_STRICT})(?!\w)", _I)
_BARE_HOUR = loose_compile(rf"{_B}(?P<a>(?:[01]?\d|2[0-4])(?:[:.h][0-5]\d)?)(?={_HOUR_PART})", _I)
# "Thursday 1530", "at 0930": an hour in four digits after its day or "at" (no year: 19xx and
# 20xx are left out)
_WEEKDAY_NAMES = f"{_WD_FULL}|{_WD_ABBR}"
_AT_WORDS = "at|@|um|à|às"
# a bare hour between its day and its zone ("Thursday 11 ET works"); elsewhere a bare number
# before a zone may restate an hour already read ("after 10, that's 10 BST")
_DAY_HOUR_ZONE = loose_compile(
    rf"(?<!\w)(?:{_WEEKDAY_NAMES}),?[^\S\n]+(?P<a>(?:[01]?\d|2[0-4])(?:[:.h][0-5]\d)?)"
    rf"(?={_ZONE_AFTER})",
    _I,
)
_MILITARY_TIME = loose_compile(
    rf"(?:(?<!\w){opened(_WEEKDAY_NAMES)}[^\S\n]+"
    rf"|(?<!\w){opened(_AT_WORDS)}[^\S\n]*)"
    rf"(?P<a>{_MILITARY})(?!\w|[.,:/-]\d)",
    _I,
)
# "10ish", "2-ish", "noon-ish": a rough time is still that time
_ISH = loose_compile(rf"{_B}(?P<a>{_P})\s?-?ish(?!\w)", _I)
# every "-ish" time holds this, and a scan for it alone is many times faster than `_ISH`'s
_ISH_WORD = loose_compile("ish", _I)
# Hours listed together ("at 2 or 3", "2 or 3 on Tuesday", "10 or 11am"): bare numbers are
# hours only when led by "at", followed by a day, or when one of them says it is a time.
_LIST_ITEM = loose_compile(_P, _I)
_STRICT_ITEM = loose_compile(_P_STRICT, _I)
_LIST_LEADS = r"at|@|around|about|um|à|a\s+las?|às"
_HOUR_LIST = loose_compile(
    # (or the comma after a weekday: "This Friday, 10 or 11")
    # (the lead is tried at every character: its first letters first)
    rf"(?P<lead>{opened(_LIST_LEADS)}\s+|(?<=[a-zé]),\s+)?{_B}"
    rf"(?P<list>{_P}(?:(?:\s*(?:,|or|and|o|y|ou|et|oder|und|e)\s*|\s+/\s+){_P})+){_NO_MONTH}(?![\w:/-])"
    rf"(?P<day>(?=\s+(?:on\s+)?(?:(?:this|next|coming)\s+)?"
    rf"(?:{_WD_FULL}|{_WD_ABBR}|{alternation(RELATIVE_DAYS)})(?!\w)))?",
    _I,
)
_PART = loose_compile(rf"(?<![\w-])(?:late\s+)?(?:{alternation(PART_WORDS)})(?![\w-])", _I)
# a half of the day as a stretch of the timetable, or the whole day left to the reader's choice
# (see `words.PERIOD_NOUNS`, `words.CHOICE_LEADS`)
_TOLD_PART = loose_compile(
    # (Brazil's "no turno da tarde", "durante o turno da manhã", "pelo turno da tarde" are the
    # afternoon or morning; "faço o turno da manhã" and Spanish "turno de la tarde" are shifts)
    rf"(?<![\w-])(?:(?:{alternation(PERIOD_NOUNS)}|(?:(?<=no\s)|(?<=pelo\s)|(?<=durante\so\s))"
    r"turno(?=\s+d[ao]s?\s))\s+"
    rf"(?P<half>{alternation(PERIOD_HALVES)})"
    rf"|(?:{alternation(CHOICE_LEADS)})\s+(?:(?:{alternation(CHOICE_BETWEEN)})\s+){{0,2}}"
    rf"(?:{alternation(CHOICE_WORDS)})"
    rf"|(?:{alternation(CHOICE_PHRASES)}))(?![\w-])",
    _I,
)
# "after lunch" runs from the end of lunchtime, "before lunch" up to its start, and so does
# "bis abends", "bis zum Abend" ("Mittwoch habe ich bis abends Schule": not the evening offered)
_PART_BOUND = loose_compile(
    # (or the Latin prefixes English puts on it: "pre-lunch", "post-lunch")
    r"(?<!\w)(?:any\s*time\s+)?(?:(?P<after>after|nach|après|apres|después\s+del?|despues\s+del?|"
    r"depois\s+d[oa]|post(?=-))|(?P<before>before|until|till|vor|bis(?:\s+zum)?|avant|antes\s+del?"
    r"|antes\s+d[oa]|pre(?=-)))(?:\s+|-)"
    rf"(?:the\s+|el\s+|la\s+|le\s+|dem\s+|der\s+|o\s+|a\s+)?(?P<part>{alternation(PART_WORDS)})(?![\w-])",
    _I,
)
_SAME_WORDS = ("same", "misma", "mismo", "même", "gleiche", "selbe", "mesmo", "mesma")
# "same time tomorrow": the hours of the interview already booked (TimeSpec kind "same")
# (and the booked weekday with them, in the week named: "next week, same day and time", "même
# jour, même heure", "gleicher Tag, gleiche Uhrzeit", "mismo día y hora", "mesmo dia e horário")
_SAME = loose_compile(
    r"(?<!\w)(?:the\s+)?same\s+(?:day\s*(?:and|&|,)\s*(?:the\s+)?(?:same\s+)?)?(?:time|slot|hour)"
    r"|(?:(?:el\s+)?mismo\s+d[ií]a(?:\s+y|,)\s+)?(?:a\s+)?(?:la\s+)?misma\s+hora"
    r"|(?:el\s+)?mismo\s+d[ií]a\s+y\s+hora|(?:el\s+)?mismo\s+horario"
    r"|(?:(?:le\s+)?même\s+jour(?:\s+et|,)\s+)?(?:à\s+)?(?:la\s+)?même\s+heure|(?:le\s+)?même\s+créneau"
    r"|(?:(?:am\s+)?(?:gleiche[nr]?|selbe[nr]?)\s+tag(?:\s+und|,)\s+)?"
    r"(?:zur\s+|die\s+)?(?:gleiche[nr]?|selbe[nr]?)\s+(?:zeit|uhrzeit)"
    r"|(?:(?:no\s+)?mesmo\s+dia(?:\s+e|,)\s+)?(?:no\s+)?mesmo\s+horário"
    r"|(?:no\s+)?mesmo\s+dia\s+e\s+(?:hora|horário)|(?:(?:no\s+)?mesmo\s+dia(?:\s+e|,)\s+)?(?:na\s+)?mesma\s+hora(?!\w)",
    _I,
)
# "3pm the same day", "le même jour", "ese mismo día", "no mesmo dia", "am selben Tag": the day
# of the interview already booked (DayRef kind "booked")
_SAME_DAY = loose_compile(
    r"(?<!\w)(?:(?:(?:the|that)\s+)?same\s+day|(?:le\s+)?même\s+jour|(?:(?:ese|el)\s+)?mismo\s+d[ií]a"
    r"|(?:no\s+)?mesmo\s+dia|(?:am\s+)?(?:selben|gleichen)\s+tag"
    # (and German's nominative, said alone: "nächste Woche, gleicher Tag, um 15 Uhr")
    r"|(?:der\s+)?(?:gleiche|selbe)r?\s+tag|derselbe\s+tag)(?!\w)"
    # (with the booked hours it is the booked slot, `_SAME`: "same day and time")
    r"(?!\s*(?:and|&|,|et|y|e|und)\s+(?:(?:the|la|à\s+la|zur|no|na|a\s+la)\s+)?"
    r"(?:(?:same|même|misma|mesm[oa]|gleichen?|selben?)\s+)?(?:time|heure|hora|horário|uhrzeit|zeit))",
    _I,
)
# a day told from the booked one: "a day later", "the day before", "la veille", "zwei Tage
# später", "el día anterior", "um dia depois" (DayRef kind "booked", its offset in days)
_BOOKED_SHIFT = loose_compile(
    r"(?<!\w)(?:(?P<n>a|an|one|two|un|une|deux|ein|einen|zwei|uno|dos|um|dois|\d)[^\S\n]+"
    r"(?:days?|jours?|tage?|días?|dias?)[^\S\n]+(?:(?P<later>later|after|plus[^\S\n]+tard|après"
    r"|später|danach|después|más[^\S\n]+tarde|depois|mais[^\S\n]+tarde)"
    r"|earlier|before|plus[^\S\n]+tôt|avant|früher|vorher|antes|mais[^\S\n]+cedo)"
    r"|(?P<before>the[^\S\n]+day[^\S\n]+before|la[^\S\n]+veille|le[^\S\n]+jour[^\S\n]+d['’]avant"
    r"|(?:am[^\S\n]+)?tag[^\S\n]+davor|(?:am[^\S\n]+)?vortag|(?:el|al)[^\S\n]+día[^\S\n]+anterior"
    r"|(?:no|o)[^\S\n]+dia[^\S\n]+anterior|(?:na[^\S\n]+)?véspera))(?!\w)",
    _I,
)
# the booked hours told moved by an amount, said beside the day they go to ("tomorrow an hour
# later", "an hour later on Wednesday", "jeudi, une heure plus tôt", "Donnerstag eine halbe
# Stunde später", "el jueves una hora más tarde", "na quinta meia hora mais cedo"): TimeSpec kind
# "same" with the move in minutes as its start
_BOOKED_HOURS = loose_compile(
    r"(?<!\w)(?:(?P<n>an?|one|two|three|un|une|deux|trois|ein|eine|einer|zwei|drei|uno|una|dos"
    r"|tres|um|uma|dois|duas|\d{1,3})[^\S\n]+(?:(?P<hours>hours?|hrs?|heures?|stunden?|std\.?"
    r"|horas?)|minutes?|mins?|minuten|minutos)(?P<and_half>[^\S\n]+(?:and[^\S\n]+a[^\S\n]+half"
    r"|et[^\S\n]+demie|y[^\S\n]+media|e[^\S\n]+meia))?"
    r"|(?P<half>half[^\S\n]+an[^\S\n]+hour|(?:une[^\S\n]+)?demi-?heure|(?:eine[^\S\n]+)?halbe"
    r"[^\S\n]+stunde|media[^\S\n]+hora|meia[^\S\n]+hora))[^\S\n]+"
    r"(?:(?P<later>later|plus[^\S\n]+tard|später|más[^\S\n]+tarde|mais[^\S\n]+tarde)"
    r"|earlier|plus[^\S\n]+tôt|früher|más[^\S\n]+temprano|mais[^\S\n]+cedo)(?!\w)",
    _I,
)
_HOURS_HINTS = (
    "later",
    "earlier",
    "tard",
    "tôt",
    "tot",
    "später",
    "spater",
    "früher",
    "fruher",
    "temprano",
    "cedo",
)


def _booked_hours(m: re.Match[str]) -> Atom | None:
    if m["half"]:
        minutes = 30
    else:
        count = amount_count(m["n"])
        minutes = count * 60 + (30 if m["and_half"] else 0) if m["hours"] else count
    if not 0 < minutes <= LONGEST_NUDGE:
        return None
    return Atom(
        "time", m.start(), m.end(), spec=TimeSpec("same", start=minutes if m["later"] else -minutes)
    )


_SHIFT_HINTS = ("day", "jour", "tag", "dia", "día", "veille", "spera")


def _booked_shift(m: re.Match[str]) -> Atom:
    if m["before"]:
        offset = -1
    else:
        count = amount_count(m["n"])
        offset = count if m["later"] else -count
    return Atom("day", m.start(), m.end(), DayRef("booked", offset=offset))


# (not letters that name a trade before its people or work: "on the gym floor with PT clients",
# "my PT sessions", "the IST team")
_ZONE_ABBR = loose_compile(
    rf"(?<![\w/])(?:{_ZONE_ABBRS})(?![\w/])(?![ \t]+(?:clients?|sessions?|classes|trainers?"
    r"|patients?|appointments?|team|staff|department|dept|exercises?|program(?:me)?s?)\b)"
)
_ZONE_NAME = loose_compile(
    rf"(?<!\w)(?:{alternation(ZONE_NAMES)}|{alternation(OWN_ZONE_WORDS)})(?!\w)", _I
)
# a name going on after the zone's word is a proper name's ("Central Valley Blue", "Pacific
# Northwest Foods", "Eastern Shore Seafood"), not the zone
_NAMED_ON = re.compile(r"[ \t]+(?!(?:Time|Standard|Daylight)\b)[A-Z][a-z]")
_CITY_ZONE = {city: zone for zone, cities in CITY_ZONES for city in cities}
_CITY = loose_compile(rf"(?<!\w)(?:{alternation(_CITY_ZONE)})(?!\w)", _I)


# the sender's own zone named right after "my time", in brackets or after a comma ("4:30 my time
# (PT)", "my time, Pacific"): the zone named is the sender's, not the context's
_OWN_NAMED = loose_compile(
    rf"[^\S\n]*[(,][^\S\n]*(?:{_ZONE_ABBR.pattern}|(?:{alternation(ZONE_NAMES)})(?!\w))", _I
)


def _zone_names(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each zone's name in `text` with its IANA zone ("" for the sender's own, "my time"), but
    a word a proper name goes on from ("Central Valley Blue", `_NAMED_ON`) and the sender's own
    with the zone it is named after it (`_OWN_NAMED`)."""
    for m in _ZONE_NAME.finditer(text):
        if _NAMED_ON.match(text, m.end()) is None:
            zone = ZONE_NAMES.get(" ".join(m.group().lower().split()), "")
            if zone or _OWN_NAMED.match(text, m.end()) is None:
                yield m, zone


def named_zones(text: str) -> list[tuple[int, int, str]]:
    """(start, end, IANA zone) for each zone `text` names: an abbreviation in capitals ("ET",
    "IST": "est" and "ist" are words of French and German), a zone's name ("Eastern", "hora
    de Lisboa") or a city that keeps one ("New York", "Lisboa")."""
    found = [(m.start(), m.end(), ZONE_ABBREVIATIONS[m.group()]) for m in _ZONE_ABBR.finditer(text)]
    found += [(m.start(), m.end(), zone) for m, zone in _zone_names(text) if zone]
    found += [
        (m.start(), m.end(), zone)
        for m in _CITY.finditer(text)
        if (zone := _CITY_ZONE.get(" ".join(m.group().lower().split()), ""))
    ]
    return found


_CLOCK = loose_compile(
    r"\d|noon|thirty|fifteen|forty|quinze|quince|midday|midnight|mediod[ií]a|meio-dia|meio\s+dia|midi|mittag|past|quarter|clock|half|halb|media|meia|"
    r"viertel|cuarto|"
    r"demie|quart|"
    # a range opened by an hour in words: "zwischen zwölf und eins", "from twelve to one",
    # "von zwölf bis eins", "de doce a dos", "das doze às duas"
    rf"(?:between|zwischen|entre)\s+(?:las\s+|la\s+|les\s+|den\s+|as\s+)?(?:{alternation(WORD_HOURS)})(?!\w)"
    rf"|(?:from|von|de|desde|das|des)\s+(?:las\s+|la\s+|as\s+)?(?:{alternation(WORD_HOURS)})"
    r"\s+(?:to|till|until|bis|a|à|às|as|hasta|até)\s",
    _I,
)
_POINT = loose_compile(
    rf"{_QUARTER}|(?P<rom>{_ROMANCE_OR_H})(?:\s+heures?)?\s+(?:y|e|et)\s+(?P<frac>{_ROMANCE_PART})"
    rf"|(?:a\s+)?(?P<rel>half|quarter)\s+(?P<dir>past|after|to|til)\s+(?P<rh>{_CLOCK_HOUR})"
    rf"|half\s+(?P<hh>{_CLOCK_HOUR})|halb\s+(?P<halb>{_HALB_HOUR})"
    rf"|(?P<wh>{alternation(HOUR_WORDS)})[-\s](?P<wm>{alternation(_WORD_MINUTES)})(?![\w-])"
    rf"|(?P<oh>{_CLOCK_HOUR})\s*o['’]?\s?clock"
    r"|(?P<milh>[01]\d|2[0-3])(?P<milm>[0-5]\d)(?!\d)"
    r"|(?P<h>\d{1,2})(?:(?:[:.]|h)(?P<m>\d\d))?(?:\s*(?P<mer>a\.?\s?m|p\.?\s?m|h|uhr)|(?P<cm>[ap]))?"
    rf"|(?P<noon>(?:(?:{_TWELVE_WORDS})(?:\s+(?:uhr|heures?))?\s+(?=(?:{_NOON_OF_TWELVE})))?"
    r"(?:noon|midday|mediod[ií]a|meio-dia|meio\s+dia|midi|mittag|del\s+mediod|d[oe]\s+meio))"
    r"|(?P<midnight>midnight)",
    _I,
)


# am/pm after an hour said in words: "eleven forty-five am", "las once menos cuarto am" (a part of
# the day after it was read as one)
_TRAILING_MER = loose_compile(r"(?<!\w)(?P<mer>[ap])\.?\s?m\b\.?\s*$", _I)


@lru_cache(maxsize=1024)  # a reply repeats its few times; the reading of one is pure
def _point(raw: str) -> tuple[int, int, str] | None:
    """Hour, minute and marker ("am", "pm", "24" or "") of a written time of day."""
    point = _point_read(raw)
    if point is not None and point[2] == "" and (mer := _TRAILING_MER.search(raw)) is not None:
        return point[0], point[1], f"{mer['mer'].lower()}m"
    return point


def _point_read(raw: str) -> tuple[int, int, str] | None:
    m = _POINT.match(raw.strip())
    if m is None:
        return None
    if m["noon"]:
        return 12, 0, "24"
    if m["midnight"]:
        return 0, 0, "24"
    if m["oh"]:
        return _clock_hour(m["oh"]), 0, ""
    if m["vh"] or m["dv"]:
        word = (m["vh"] or m["dv"]).lower()
        hour = int(word) if word.isdigit() else GERMAN_HOUR_WORDS[word]
        after = m["vdir"] is not None and m["vdir"].lower() == "nach"
        return (hour, 15, "") if after else ((hour - 1) or 12, 45, "")
    if m["vq"]:
        word = m["vq"].lower()
        hour = int(word) if word.isdigit() else GERMAN_HOUR_WORDS[word]
        return (hour - 1) or 12, 15, ""
    if m["mq"] or m["pq"]:
        word = (m["mq"] or m["pq"]).lower().removesuffix("h")
        hour = int(word) if word.isdigit() else ROMANCE_HOUR_WORDS.get(word, 12)
        return (hour - 1) or 12, 45, ""
    if m["rom"]:
        word = m["rom"].lower().removesuffix("h")
        hour = int(word) if word.isdigit() else ROMANCE_HOUR_WORDS.get(word, 12)
        return hour, 30 if m["frac"].lower() in ("media", "meia", "demie", "demi") else 15, ""
    if m["wh"]:
        return HOUR_WORDS[m["wh"].lower()], _WORD_MINUTES[" ".join(m["wm"].lower().split())], ""
    if m["hh"]:
        return _clock_hour(m["hh"]), 30, ""
    if m["halb"]:
        word = m["halb"].lower()
        hour = int(word) if word.isdigit() else GERMAN_HOUR_WORDS[word]
        return (hour - 1 or 12), 30, ""
    if m["rel"]:
        # the hour said decides morning or afternoon: "quarter to 8" is 7:45 in the morning
        past = (30 if m["rel"].lower() == "half" else 15) * (
            1 if m["dir"].lower() in ("past", "after") else -1
        )
        minutes = day_minutes(_clock_hour(m["rh"]), 0, "") + past
        return minutes // 60, minutes % 60, "24"
    if m["milh"]:
        return int(m["milh"]), int(m["milm"]), "24"
    hour, minute = int(m["h"]), int(m["m"] or 0)
    mer = (m["mer"] or (m["cm"] and f"{m['cm']}m") or "").lower().replace(".", "").replace(" ", "")
    if mer in ("am", "pm"):
        return (hour, minute, mer) if 1 <= hour <= 12 else None
    if mer in ("h", "uhr") or hour >= 13 or hour == 0 or raw.strip().startswith("0"):
        return (hour, minute, "24") if hour <= 24 else None
    return hour, minute, ""


def _clock_hour(word: str) -> int:
    return int(word) if word.isdigit() else HOUR_WORDS[word.lower()]


def day_minutes(hour: int, minute: int, mer: str) -> int:
    """Minutes after midnight; a bare hour 1-7 is afternoon, 8-11 morning, 12 noon."""
    if mer == "am":
        hour = 0 if hour == 12 else hour
    elif mer == "pm":
        hour = hour if hour == 12 else hour + 12
    elif mer == "" and 1 <= hour <= 7:
        hour += 12
    return hour * 60 + minute


def _flip(mer: str) -> str:
    return "pm" if mer == "am" else "am"


def _range(raw_a: str, raw_b: str) -> TimeSpec | None:
    """The span between two written times, sharing an am/pm written on one side only."""
    a, b = _point(raw_a), _point(raw_b)
    if a is None or b is None:
        return None
    if b[2] in ("am", "pm") and a[2] == "":
        mer = b[2] if day_minutes(a[0], a[1], b[2]) < day_minutes(*b) else _flip(b[2])
        a = (a[0], a[1], mer)
    elif a[2] in ("am", "pm") and b[2] == "":
        mer = a[2] if day_minutes(b[0], b[1], a[2]) > day_minutes(*a) else _flip(a[2])
        b = (b[0], b[1], mer)
    start, end = day_minutes(*a), day_minutes(*b)
    if end <= start and end < 12 * 60 and b[2] != "am":
        end += 12 * 60
    # (round 48) a bare early hour read as the afternoon's that passes the end is the morning's:
    # "trabajo de 7 a 3:30", "I'm on 6-2 all week" are shifts that start at dawn (not before 5:
    # "martes 22/05 2-12:30" is no span)
    if end <= start and a[2] == "" and start >= 17 * 60 and start - 12 * 60 < end:
        start -= 12 * 60
    return TimeSpec("range", start, end) if start < end <= 24 * 60 else None


def _single(kind: str, raw: str) -> TimeSpec | None:
    p = _point(raw)
    return TimeSpec(kind, day_minutes(*p)) if p is not None else None


_DAY_BEFORE = loose_compile(rf"(?<!\w)(?:{_WD_FULL}|{_WD_ABBR})$", _I)
_DAY_REACH = 12  # the longest weekday name, "Donnerstag", and a little
# a weekday with its date: "Wednesday the 9th, 11 or 2"
_DATE_BEFORE = loose_compile(r"(?:,?\s+(?:the\s+|le\s+|el\s+|den\s+)?\d{1,2}" + _ORD + r"?)$", _I)


def _date_then_hour(scan: str, start: int, first: str, then: str) -> bool:
    """The number opening "15 à 8h15" is the date of the weekday before it, and the hour after
    it the time on that day: it comes earlier than the number would as an hour."""
    after = _point(then)
    return (
        first.isdigit()
        and after is not None
        and day_minutes(*after) <= int(first) * 60
        and _dated(scan, start)
    )


def _dated(scan: str, start: int) -> bool:
    """A weekday ends just before `start`: the number there may be its date."""
    end = start
    while end > 0 and scan[end - 1] in " \t":
        end -= 1
    return end < start and _DAY_BEFORE.search(scan, max(0, end - _DAY_REACH), end) is not None


def _day_before(scan: str, end: int) -> bool:
    """A weekday, alone or with its date, ends right at `end`."""
    if (date := _DATE_BEFORE.search(scan, max(0, end - _DAY_REACH), end)) is not None:
        end = date.start()
    return _DAY_BEFORE.search(scan, max(0, end - _DAY_REACH), end) is not None


def _hour_list(m: re.Match[str]) -> list[Atom]:
    """One "at" atom per listed hour; an am/pm written on a later hour carries back to earlier
    ones when it keeps them in order ("2 or 3pm", "10 or 11am", but "11 or 2pm")."""
    items = list(_LIST_ITEM.finditer(m.group(), m.start("list") - m.start()))
    points = [p for i in items if (p := _point(i.group())) is not None]
    if len(points) != len(items):
        return []
    written = any(_STRICT_ITEM.fullmatch(i.group().strip()) for i in items)
    if m["lead"] and m["lead"].startswith(",") and not _day_before(m.string, m.start()):
        return []
    if not (m["lead"] or m["day"] is not None or written):
        return []
    atoms: list[Atom] = []
    for i, (item, p) in enumerate(zip(items, points, strict=True)):
        later = next((q for q in points[i + 1 :] if q[2] in ("am", "pm")), None)
        if (
            not p[2]
            and later is not None
            and day_minutes(p[0], p[1], later[2]) < day_minutes(*later)
        ):
            p = (p[0], p[1], later[2])
        led = i == 0 and not (m["lead"] or "").startswith(",")
        start = m.start() if led else m.start() + item.start()
        spec = TimeSpec("at", day_minutes(*p))
        atoms.append(Atom("time", start, m.start() + item.end(), spec=spec))
    return atoms


# "cambiar la entrevista del martes", "l'entretien de mardi", "a entrevista de terça", "das
# Gespräch vom Dienstag": a weekday in the genitive of an interview names that booking
_BOOKING_OF = loose_compile(
    r"(?:interview|meeting|call|entrevista|reuni[oó]n|llamada|entretien|rendez-vous|rdv|gespräch"
    r"|termin|conversa|chamada|reunião)\s+(?:del|de|du|da|do|vom)\s+(?:(?:el|la|le|o|a)\s+)?$",
    _I,
)
_BOOKING_REACH = 40
# (unless the weekday opens a range of days: "una reunión de lunes a viernes", "un appel du
# lundi au vendredi", "eine Besprechung von Montag bis Freitag", "uma reunião de segunda a sexta";
# a verb moving the interview before it makes the range the move's: "mover la entrevista de
# martes a jueves", "déplacer l'entretien du mardi au jeudi", "passar a reunião de terça a quinta")
_RANGE_OPENED = loose_compile(
    r"\s*(?:-|–|a|al|au|à|ao|até|bis|to|through|thru)\s+(?:(?:el|le|o|a|zum|the)\s+)?"
    rf"(?:{alternation(WEEKDAYS)})(?!\w)",
    _I,
)
_MOVED = loose_compile(rf"(?<!\w){MOVE_VERB}(?!\w)", _I)
_GENITIVE_ENDS = (" del", " de", " du", " da", " do", " vom", " el", " la", " le", " o", " a")


_FOLLOWING_MODS = frozenset(
    (
        *("the following", "darauffolgenden", "suivant", "d'après", "d’après", "d'apres"),
        *("d’apres", "danach", "siguiente", "después", "despues", "seguinte", "after"),
    )
)


_THIS_MODS = frozenset(("this", "this coming", "coming", "", *_OTHER_THIS))


def _weekday_atom(m: re.Match[str]) -> Atom:
    name = m["wd"]
    weekday = ABBREVIATED_WEEKDAYS.get(name.capitalize(), -1)
    if weekday < 0:
        weekday = WEEKDAYS[name.lower()]
    mod = " ".join((m["mod"] or m["mod2"] or "").lower().split())
    if mod in ("last", "letzten", "dernier", "passado", "passada", "pasado"):
        return Atom("day", m.start(), m.end(), DayRef("past"))
    norm = "this" if mod in _THIS_MODS else "next"
    if mod in _FOLLOWING_MODS:
        norm = "after"
    if m["num"]:
        return Atom("day", m.start(), m.end(), DayRef("ord", weekday=weekday, day=int(m["num"])))
    # most weekdays follow no genitive at all: look for the interview only after one
    genitive = m.string[max(0, m.start() - 6) : m.start()].rstrip().lower().endswith(_GENITIVE_ENDS)
    booking = (
        genitive
        and _BOOKING_OF.search(m.string, max(0, m.start() - _BOOKING_REACH), m.start())
        and not (
            _RANGE_OPENED.match(m.string, m.end())
            and not _MOVED.search(m.string, max(0, m.start() - _BOOKING_REACH), m.start())
        )
    )
    ref = DayRef(
        "wd", weekday=weekday, mod=norm if mod else "", possessive=bool(m["poss"] or booking)
    )
    return Atom("day", m.start(), m.end(), ref)


def _month_day(m: re.Match[str]) -> list[Atom]:
    """A date, and the further days of its month listed after it ("Feb 11 or 12")."""
    month, year = _MONTH_NUMBERS[m["month"].lower()], int(m["year"] or 0)
    if m.groupdict().get("short"):
        year = 2000 + int(m["short"])
    more = m.groupdict().get("more") or ""
    end = rest = m.end() - len(more)
    first = int(m["day"])
    to = int(m["to"]) if m.groupdict().get("to") else 0
    if to:
        # the range's end is an atom of its own, so the dash between them reads as a range
        end = m.start("dash")
    atoms = [Atom("day", m.start(), end, DayRef("date", month=month, day=first, year=year))]
    if to > first:
        ref = DayRef("date", month=month, day=to, year=year)
        atoms.append(Atom("day", m.start("to"), m.end("to"), ref))
    for extra in _MORE_DAYS.finditer(more):
        ref = DayRef("date", month=month, day=int(extra[1]), year=year)
        atoms.append(Atom("day", rest + extra.start(), rest + extra.end(), ref))
    return atoms


def _numeric(m: re.Match[str]) -> Atom:
    year = int(m["year"] or 0)
    year = year + 2000 if 0 < year < 100 else year
    ref = DayRef("num", weekday=-1, day=int(m["a"]), month=int(m["b"]), year=year)
    return Atom("day", m.start(), m.end(), ref)


def _relative(m: re.Match[str]) -> Atom:
    word = " ".join(m.group().lower().removesuffix("'s").removesuffix("’s").split())
    offset, part = RELATIVE_DAYS[word]
    ref = DayRef("rel", offset=offset, part=part or "", possessive=bool(m["poss"]))
    return Atom("day", m.start(), m.end(), ref)


def _week(m: re.Match[str]) -> Atom:
    which, part = WEEKS[" ".join(m.group().lower().split())]
    return Atom("day", m.start(), m.end(), DayRef("week", which=which, part=part))


def _week_anaphors(scan: str, weeks: list[Atom]) -> list[Atom]:
    """The weeks told by an article alone after a week named in the same paragraph: each is the
    week after the one named before it ("this week's out, the next one" is next week; "next
    week I'm away, the next one" the week after)."""
    return [
        Atom("day", m.start(), m.end(), DayRef("week", which="then", part="all"))
        for m in _WEEK_ANAPHOR.finditer(scan)
        if any(w.end <= m.start() and "\n\n" not in scan[w.end : m.start()] for w in weeks)
    ]


def _part(m: re.Match[str]) -> Atom:
    word = " ".join(m.group().lower().split())
    # "late" before any word for the afternoon ("late arvo", "late pm") is its last hours
    name = PART_WORDS.get(word) or PART_WORDS[word[5:]]
    if name == "afternoon" and word.startswith("late"):
        name = "late afternoon"
    return Atom("time", m.start(), m.end(), spec=TimeSpec("part", *_part_bounds(name)))


def _told_part(m: re.Match[str]) -> Atom:
    name = PERIOD_HALVES[" ".join(m["half"].lower().split())] if m["half"] else "any"
    return Atom("time", m.start(), m.end(), spec=TimeSpec("part", *_part_bounds(name)))


def _part_bounds(name: str) -> tuple[int, int]:
    return PARTS[name]


def _part_bound(m: re.Match[str]) -> list[Atom]:
    name = PART_WORDS[" ".join(m["part"].lower().split())]
    if name == "any":
        return []
    start, end = PARTS[name]
    spec = TimeSpec("after", end) if m["after"] else TimeSpec("before", start)
    return [Atom("time", m.start(), m.end(), spec=spec)]


# A shift named by its half of the day ("turno de mañana", "turno da manhã", "poste du matin",
# "équipe de l'après-midi"): the sender's working hours, not a day or hours offered
_SHIFT = loose_compile(
    r"(?<!\w)(?:turno|poste|équipe|equipe)\s+(?:de\s+(?:la\s+|l')?|da\s+|du\s+|do\s+|de\s+)?$"
    # "je suis du matin cette semaine": on the morning shift
    r"|(?<!\w)(?:suis|est|sommes|sont|serai|sera)\s+(?:du\s+|de\s+l'|d')$",
    _I,
)
_SHIFT_REACH = 16


# "trabajo de noche", "trabalho à noite": the hours worked, when the part of day opens on its
# preposition ("trabajo por la mañana" may be what the sender works around)
_WORKED = loose_compile(r"(?<!\w)(?:trabajo|trabajando|trabalho|trabalhando)\s+$", _I)
# "estoy de noche", "estou de noite": on nights, a state (ruled_out takes the days), not hours
_ON_NIGHTS = loose_compile(r"(?<!\w)(?:estoy|estaré|estamos|ando|estou|estarei|t[ôo])\s+$", _I)


# English "night" after the day it belongs to is that day's evening, as "tonight" is ("Thursday
# night works", "I fly out thurs night"); alone ("on nights", "a night shift", "last night") it
# stays no part of the day, and nor does the day's night shift, duty or rota, or the night a
# stay ends ("not back till Sunday night": the whole day is taken)
_DAY_NIGHT = loose_compile(
    r"(?<!till\s)(?<!until\s)(?<!through\s)"
    rf"(?<!\w)(?:{_WD_FULL}|{_WD_ABBR}|tomorrow)\.?[^\S\n]+(?P<n>nights?)(?![\w-])"
    r"(?![^\S\n]*(?:shifts?|duty|duties|rota|on[^\S\n]+call|work)(?!\w))",
    _I,
)


def _shift_named(scan: str, start: int) -> bool:
    lo = max(0, start - _SHIFT_REACH)
    return (
        _SHIFT.search(scan, lo, start) is not None
        or (scan.startswith(("de ", "à "), start) and _WORKED.search(scan, lo, start) is not None)
        or (
            scan.startswith(("de noche", "de noite"), start)
            and _ON_NIGHTS.search(scan, lo, start) is not None
        )
    )


def _content(scan: str) -> list[Atom]:
    """Every day, time and zone candidate in `scan`, overlapping ones included."""
    lower = scan.lower()
    found: list[Atom] = [_weekday_atom(m) for m in _WEEKDAY.finditer(scan)]
    found += [
        Atom("day", m.start(), m.end(), DayRef("wd", weekday=WEEKDAYS[m["wd"].lower()]))
        for m in _PLURAL_WEEKDAY.finditer(scan)
    ]
    # German compounds: "Dienstagnachmittag" is Tuesday and an afternoon
    for m in _COMPOUND.finditer(scan):
        weekday = WEEKDAYS[m["wd"].lower()]
        found.append(Atom("day", m.start(), m.end("wd"), DayRef("wd", weekday=weekday)))
        name = PART_WORDS[m["part"].lower()]
        spec = TimeSpec("part", *_part_bounds(name))
        found.append(Atom("time", m.start("part"), m.end(), spec=spec))
    found += [_relative(m) for m in _RELATIVE.finditer(scan) if not _shift_named(scan, m.start())]
    found += [
        Atom("day", m.start(), m.end(), DayRef("rel", offset=1))
        # (most replies have none of its letters' runs: a substring test is cheap)
        for m in (
            _PHONE_TOMORROW.finditer(scan) if any(w in lower for w in _PHONE_TOMORROW_HINTS) else ()
        )
    ]
    for m in _NUMBERED_WEEKDAY.finditer(scan) if "feira" in lower or "ª" in scan else ():
        found.append(Atom("day", m.start(), m.end(), _weekday_ref(int(m["n"]) - 2, m["num"])))
    found += [Atom("day", m.start(), m.end(), DayRef("after")) for m in _DAY_AFTER.finditer(scan)]
    found += [Atom("day", m.start(), m.end(), DayRef("past")) for m in _PAST.finditer(scan)]
    weeks = [_week(m) for m in _WEEK.finditer(scan)]
    anaphors = _week_anaphors(scan, weeks)
    found += weeks + anaphors
    found += [
        Atom(
            "day",
            m.start(),
            m.end(),
            DayRef("week", which="then" if m["other"] else "next", part="all"),
        )
        for m in _OTHER_WEEK.finditer(scan)
        if not any(a.start <= m.start() < a.end for a in anaphors)
    ]
    found += [_part(m) for m in _PART.finditer(scan) if not _shift_named(scan, m.start())]
    found += [_told_part(m) for m in _TOLD_PART.finditer(scan)]
    # (most replies name no night: the pattern, led by every weekday, is tried only then)
    if "night" in lower:
        found += [
            Atom("time", m.start("n"), m.end("n"), spec=TimeSpec("part", *_part_bounds("evening")))
            for m in _DAY_NIGHT.finditer(scan)
        ]
    # "same time" in five languages: most replies have none, and a substring test is cheap
    if any(word in lower for word in _SAME_WORDS):
        found += [
            Atom("time", m.start(), m.end(), spec=TimeSpec("same")) for m in _SAME.finditer(scan)
        ]
        found += [
            Atom("day", m.start(), m.end(), DayRef("booked")) for m in _SAME_DAY.finditer(scan)
        ]
    if any(word in lower for word in _HOURS_HINTS):
        found += [a for m in _BOOKED_HOURS.finditer(scan) if (a := _booked_hours(m)) is not None]
    # (most replies tell no day from the booked one: a substring test is cheap)
    if any(word in lower for word in _SHIFT_HINTS):
        found += [_booked_shift(m) for m in _BOOKED_SHIFT.finditer(scan)]
    found += [a for m in _PART_BOUND.finditer(scan) for a in _part_bound(m)]
    found += [
        Atom("zone", m.start(), m.end(), zone=ZONE_ABBREVIATIONS[m.group()])
        for m in _ZONE_ABBR.finditer(scan)
    ]
    found += [Atom("zone", m.start(), m.end(), zone=zone) for m, zone in _zone_names(scan)]
    for m in _SHORT_RANGE.finditer(scan):
        if m["a"].lower() == m["b"].lower():
            continue
        for name in ("a", "b"):
            ref = DayRef("wd", weekday=_DATED_WEEKDAYS[m[name].title()])
            found.append(Atom("day", m.start(name), m.end(name), ref))
    for m in _SHORT_WEEKDAY.finditer(scan):
        weekday = SHORT_WEEKDAYS[m["wd"]]
        ref = _weekday_ref(weekday, m["num"])
        found.append(Atom("day", m.start(), m.end(), ref))
    found += [
        Atom("day", m.start(), m.end(), DayRef("wd", weekday=SHORT_WEEKDAYS[m.group().title()]))
        for m in _LOWER_SHORT_WEEKDAY.finditer(scan)
    ]
    found += _lower_english_days(scan)
    found += [
        Atom(
            "day",
            m.start("wd"),
            m.end(),
            DayRef("wd", weekday=ABBREVIATED_WEEKDAYS[m["wd"].title()]),
        )
        for m in _ROW_WORD_DAY.finditer(scan)
    ]
    found += [
        Atom("day", m.start("wd"), m.end(), DayRef("wd", weekday=_RANGE_WEEKDAYS[m["wd"].title()]))
        for pattern in (_ROW_SHORT_LOWER, _ARTICLED_SHORT)
        for m in pattern.finditer(scan)
    ]
    found += [
        Atom(
            "day",
            m.start("wd"),
            m.end("wd"),
            DayRef("wd", weekday=ABBREVIATED_WEEKDAYS[m["wd"].title()]),
        )
        # (capitalised, they are read as weekdays already; most replies have none in lower case)
        for pattern in (_LISTED_WORD_DAYS if _LOWER_WORD_DAY.search(scan) else ())
        for m in pattern.finditer(scan)
    ]
    found += [
        Atom("day", d.start(), d.end(), DayRef("wd", weekday=SHORT_WEEKDAYS[d.group().title()]))
        for m in _GERMAN_SHORT_DAYS.finditer(scan)
        for d in _GERMAN_SHORT_NAME.finditer(scan, m.start(), m.end())
    ]
    found += [
        Atom("day", d.start(), d.end(), DayRef("wd", weekday=_RANGE_WEEKDAYS[d.group().title()]))
        for m in (_DOTTED_SHORT_DAYS.finditer(scan) if "." in scan else ())
        for d in _DOTTED_SHORT_NAME.finditer(scan, m.start(), m.end())
    ]
    found += [
        Atom(
            "day",
            m.start(),
            m.end() - 1,
            DayRef("wd", weekday=_RANGE_WEEKDAYS[m.group()[:-1].title()]),
        )
        for m in (_DOTTED_ONE.finditer(scan) if "." in scan else ())
        # (not a dot's next word: "10h30.Mar." is no day)
        if not scan.endswith(".", 0, m.start())
    ]
    found += [
        Atom("day", d.start(), d.end(), DayRef("wd", weekday=_DATED_WEEKDAYS[d.group().title()]))
        for m in _LISTED_SHORT.finditer(scan)
        for d in _LISTED_SHORT_NAME.finditer(scan, m.start(), m.end())
    ]
    found += [
        Atom("day", m.start(), m.end(), DayRef("wd", weekday=1))
        for m in _TUESDAY_BEFORE_HOURS.finditer(scan)
    ]
    found += [
        Atom(
            "day",
            m.start("wd"),
            m.end("wd"),
            DayRef("wd", weekday=_RANGE_WEEKDAYS[m["wd"].title()]),
        )
        for m in _ROMANCE_SHORT_LOWER.finditer(scan)
    ]
    # Dates and clock times all need a digit or a noon word: most replies have neither.
    if _DIGIT.search(scan) is not None:
        found += _dates(scan)
        found += [
            Atom(
                "day", m.start(), m.end(), DayRef("week", which="num", day=int(m["n"]), part="all")
            )
            # (most replies name no week: a substring test is cheap)
            for m in (_WEEK_NUMBER.finditer(scan) if any(w in lower for w in _WEEK_HINTS) else ())
        ]
    if _CLOCK.search(scan) is not None:
        # "7-11 Dec" is a range of days, not of hours; so is "vom 7. bis 9.", "from the 7th to
        # the 9th" ("from 2 to 4" stays hours)
        ranges = [m.span() for m in _DATE_DM_RANGE.finditer(scan)] if found else []
        ranges += [m.span() for m in _DAY_RANGE.finditer(scan)] if found else []
        # "bis 9.12.": a German date, not 9:12 (minutes are told in quarters)
        dotted = [m.span() for m in _DATE_DOT.finditer(scan) if m["b"] not in _QUARTERS]
        times = _times(scan)
        if ranges or dotted:
            times = [
                t
                for t in times
                if not any(s <= t.start < e for s, e in ranges)
                and not any(s < t.end <= e for s, e in dotted)
            ]
        found += times
    found += _day_meridiem(scan, lower, found)
    return _short_day_column(
        scan, _weekday_dotted(scan, _short_dated(scan, _lunch_told(scan, found)))
    )


def _lunch_told(scan: str, found: list[Atom]) -> list[Atom]:
    """`found` with lunch told with its own hours taking them, so an exception of it leaves out
    those hours only ("ausser in der Mittagspause von 12:30 bis 13:30")."""
    lunch = TimeSpec("part", *_part_bounds("lunchtime"))
    out = found
    for i, a in enumerate(found):
        if a.spec != lunch or (m := _LUNCH_HOURS.match(scan, a.end)) is None:
            continue
        hours = next(
            (t for t in found if t.kind == "time" and t.spec and a.end <= t.start < m.end()), None
        )
        if hours is not None:
            out = out if out is not found else list(found)
            out[i] = Atom("time", a.start, a.end, spec=hours.spec)
    return out


# "tmrw pm", "Thu am", "next wk pm": English short notes write the half of the day right after
# the day, with no hour; "am" after an English day or before a stop, as German "am" opens a day
# ("Montag am Nachmittag")
# ("a.m." with its dots is English alone; a list entry may put a colon between: "- Fri: p.m.";
# its last dot may end the sentence too, so the part stops before it: "Fri p.m. Something came
# up" refuses no afternoon)
_DAY_MERIDIEM = loose_compile(
    r"(?:[^\S\n]*:)?[^\S\n]+(?:(?P<pm>p\.m|pm)|(?P<am>a\.m|am)"
    r"(?P<stop>[^\S\n]*(?:[.,;!?)]|$))?)\.?(?!\w)",
    _I | re.MULTILINE,
)
_ENGLISH_DAY = re.compile(
    r"(?:day|tmrw|tomorrow|week|wk|mon|tues?|weds?|thu(?:rs?)?|fri|\d(?:st|nd|rd|th))$", _I
)


def _day_meridiem(scan: str, lower: str, found: list[Atom]) -> list[Atom]:
    if not any(mer in lower for mer in (" pm", " am", " p.m", " a.m")):
        return []
    out: dict[int, Atom] = {}
    for a in found:
        if a.kind != "day" or not (m := _DAY_MERIDIEM.match(scan, a.end)):
            continue
        if (
            m["am"]
            and "." not in m["am"]
            and m["stop"] is None
            and not _ENGLISH_DAY.search(scan, a.start, a.end)
        ):
            continue
        half = "pm" if m["pm"] else "am"
        spec = TimeSpec("part", *_part_bounds("afternoon" if m["pm"] else "morning"))
        out[m.end(half)] = Atom("time", m.start(half), m.end(half), spec=spec)
    return list(out.values())


def _weekday_ref(weekday: int, num: str | None) -> DayRef:
    """A weekday, with its day number when one follows it ("Tue 10", "lun. 7")."""
    return DayRef("ord", weekday=weekday, day=int(num)) if num else DayRef("wd", weekday=weekday)


def _short_weekday(m: re.Match[str]) -> int:
    """The weekday a match of `_SHORT_DATED` names, by its name or by a calendar's letters."""
    letters = m["letter"] or m["swiss"] or m["swiss2"] or m["spanish"]
    if letters:
        return _LETTER_WEEKDAYS[letters.lower()]
    return _DATED_WEEKDAYS[(m["wd"] or m["wd2"]).capitalize()]


# a day and month right after a short weekday, dotted as German and Swiss calendars write them
_DOTTED_DM = loose_compile(r"\.?,?[^\S\n]+(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.?(?![\d:.])")


def _short_dated(scan: str, found: list[Atom]) -> list[Atom]:
    """`found` with the short weekdays that lead a date, in place of a month read there, or of
    the day's number read as an hour."""
    dated = {
        m.start(): (m.end(), _short_weekday(m), m["num"])
        for m in (_SHORT_DATED.finditer(scan) if found else ())
    }
    # the second day of a pair is a date as the first is: "lun. 7 o mié. 9 por la tarde"
    for m in _SHORT_DATED_PAIR.finditer(scan) if dated else ():
        dated.setdefault(m.start("wd"), (m.end(), _DATED_WEEKDAYS[m["wd"].capitalize()], m["num"]))
    if not dated:
        return found
    found = [a for a in found if not (a.start in dated and a.day is not None)]
    for start, (end, weekday, num) in dated.items():
        ref = _weekday_ref(weekday, num)
        # ("lun 14.12 entre midi et 17h": its day and month with no closing dot, read as the
        # hour 14:12, are its date)
        dotted = None if num else _DOTTED_DM.match(scan, end)
        hour = dotted and next((a for a in found if a.start == dotted.start("d")), None)
        if dotted and hour is not None and hour.day is None and 1 <= int(dotted["m"]) <= 12:
            found.remove(hour)
            ref = DayRef("date", day=int(dotted["d"]), month=int(dotted["m"]))
            end = dotted.end()
        found.append(Atom("day", start, end, ref))
    return found


def _weekday_dotted(scan: str, found: list[Atom]) -> list[Atom]:
    """`found` with a weekday written out and its day and month after it with no closing dot
    ("jeudi 27.04 8h30 - 10h00", "Dienstag 14.12 ab 10") read as that date, in place of the
    hour read there or of nothing (27.04 is no hour): as `_short_dated` reads "lun 14.12"."""
    if "." not in scan:
        return found
    for atom in [a for a in found if a.day is not None and a.day.kind == "wd"]:
        dotted = _DOTTED_DM.match(scan, atom.end)
        if dotted is None or not (1 <= int(dotted["m"]) <= 12 and 1 <= int(dotted["d"]) <= 31):
            continue
        read = [a for a in found if dotted.start("d") <= a.start < dotted.end()]
        if any(a.day is not None or a.start != dotted.start("d") for a in read):
            continue
        found = [a for a in found if a not in read and a is not atom]
        ref = DayRef("date", day=int(dotted["d"]), month=int(dotted["m"]))
        found.append(Atom("day", atom.start, dotted.end(), ref))
    return found


def _short_day_column(scan: str, found: list[Atom]) -> list[Atom]:
    """`found` with the short weekdays opening rows of a per-day list, when one of them is read
    as a day; in such a column "Mar 10" is Tuesday the 10th, not the 10th of March."""
    rows = list(_ROW_SHORT_DAY.finditer(scan)) if found else []
    day_starts = {a.start for a in found if a.day is not None and a.day.kind in ("wd", "ord")}
    if len(rows) < 2 or not any(m.start("wd") in day_starts for m in rows):
        return found
    labels = {m.start("wd") for m in rows}
    found = [
        a for a in found if not (a.start in labels and a.day is not None and a.day.kind == "date")
    ]
    for m in rows:
        if m.start("wd") in day_starts:
            continue
        weekday = _RANGE_WEEKDAYS[m["wd"]]
        ref = _weekday_ref(weekday, m["num"])
        found.append(Atom("day", m.start("wd"), m.end(), ref))
    return found


def _dates(scan: str) -> list[Atom]:
    found = [a for p in (_DATE_MD, _DATE_DM) for m in p.finditer(scan) for a in _month_day(m)]
    found += [_numeric(m) for m in _DATE_NUM.finditer(scan)]
    ends = [
        Atom("day", m.start("day"), m.end(), DayRef("ord", weekday=-1, day=int(m["day"])))
        for m in _ORD_RANGE_END.finditer(scan)
    ]
    for m in _DATE_DM_RANGE.finditer(scan):
        month = _MONTH_NUMBERS[m["month"].lower()]
        if int(m["a"]) < int(m["b"]):
            ref = DayRef("date", month=month, day=int(m["a"]))
            found.append(Atom("day", m.start("a"), m.end("a"), ref))
    for m in (*_DATE_DOT.finditer(scan), *_DATE_ISO.finditer(scan)):
        year = int(m["year"] or 0)
        ref = DayRef(
            "date", day=int(m["a"]), month=int(m["b"]), year=year + 2000 * (0 < year < 100)
        )
        found.append(Atom("day", m.start(), m.end(), ref))
    # "am 7. Januar", "le 12 janvier", "el 7 de enero", "the 7th of January", "am 7. oder 8.
    # Januar": days after an article whose last names its month are of that month; read as days
    # of the month alone, they would lose the month to the earlier start
    months = {a.start: i for i, a in enumerate(found) if a.day is not None and a.day.month}
    for m in _DATE_ORD.finditer(scan):
        end = m.end() - len(m["more"])
        days = [(m.start(), end, int(m["day"]))] + [
            (end + x.start(), end + x.end(), int(x[1])) for x in _MORE_DAYS.finditer(m["more"])
        ]
        i = months.get(m.start("day") if len(days) == 1 else days[-1][0], -1)
        dated = found[i].day if i >= 0 else None
        if dated is not None:
            found[i] = Atom("day", days[-1][0], max(found[i].end, days[-1][1]), dated)
            days.pop()
        for start, stop, num in days:
            ref = replace(dated, day=num) if dated else DayRef("ord", weekday=-1, day=num)
            found.append(Atom("day", start, stop, ref))
    # "au 18" read as a day of its own would lose the range word to it
    found = [a for a in found if not any(a.start < e.start and a.end == e.end for e in ends)]
    return found + ends


def _times(scan: str) -> list[Atom]:
    found: list[Atom] = []
    low = scan.lower()
    spelled_a = " a " in scan or " à " in scan or " às " in scan or "h as " in low
    ranged = _RANGE_WORD.search(scan) is not None
    for pattern in (
        _RANGE_PREFIXED,
        _RANGE_BARE if ranged else None,
        _RANGE_BARE_A if spelled_a else None,
    ):
        for m in pattern.finditer(scan) if pattern is not None else ():
            end = m["b"] if m["b"] is not None else str(WORD_HOURS[m["bw"].lower()])
            # "zwischen zwölf und eins": an hour in words may open the range too
            first = m["a"] or f"{WORD_HOURS[m['aw'].lower()]}{m.groupdict().get('awm') or ''}"
            if pattern is _RANGE_BARE_A and _date_then_hour(scan, m.start(), first, end):
                # (the date, joined to its weekday when the atoms are chosen; the hour after it
                # is read as a time on its own)
                date = DayRef("ord", weekday=-1, day=int(first))
                found.append(Atom("day", m.start(), m.start() + len(first), date))
                continue
            spec = _range(first, end)
            if spec is not None:
                found.append(Atom("time", m.start(), m.end(), spec=spec))
    for m in _HOUR_LIST.finditer(scan):
        found += _hour_list(m)
    for m in _MILITARY_TIME.finditer(scan):
        spec = _single("at", m["a"])
        if spec is not None:
            found.append(Atom("time", m.start("a"), m.end("a"), spec=spec))
    for kind, pattern in (
        ("after", _AFTER if any(w in low for w in _LATER_WORDS) else _AFTER_BY_WORD),
        ("after", _AFTER_STRICT),
        (
            "after",
            _FROM_ON
            if ((" an" in low or " weg" in low or " ab" in low) and "von" in low)
            else None,
        ),
        ("before", _BEFORE),
        ("before", _BEFORE_EVENT),
        ("before", _LEAVE_AT if "um" in low else None),
        ("at", _AT),
        ("at", _SAY_AT),
        ("at", _BARE),
        ("at", _BARE_HOUR),
        ("at", _ISH if _ISH_WORD.search(scan) else None),
    ):
        for m in pattern.finditer(scan) if pattern is not None else ():
            found_groups = m.groupdict()
            spec = _single(kind, found_groups.get("a") or found_groups.get("a2") or "")
            # the atom stops before a zone inside it, so the zone is still read as one
            end = m.start("zone") if found_groups.get("zone") else m.end()
            if spec is not None:
                found.append(Atom("time", m.start(), end, spec=spec))
    for m in _DAY_HOUR_ZONE.finditer(scan):
        spec = _single("at", m["a"])
        if spec is not None:
            found.append(Atom("time", m.start("a"), m.end("a"), spec=spec))
    bounded = any(a.spec is not None and a.spec.kind in ("after", "before") for a in found)
    for m in _OUTSIDE.finditer(scan) if bounded else ():
        spec = _range(m["a"], m["b"])
        if spec is not None:
            found.append(Atom("time", m.start(), m.end(), spec=spec))
    return found


# what tells, in passing, that a day is the one refused before it, and the words that say which
# date it is
_IN_PASSING = (
    r"(?:obviously|of\s+course|either|évidemment|evidemment|bien\s+sûr|non\s+plus|tampoco"
    r"|claro|obviamente)(?!\w)"
)
_COPULA = (
    r"(?:that['’]s|that\s+is|it['’]s|it\s+is|which\s+is|c['’]est|das\s+ist|(?:que\s+)?es"
    r"|(?:que\s+)?é)(?!\w)"
)
# (or restates it in brackets: "this Thursday (Dec 3) through Friday the 11th")
# (or with its article: "Donnerstag, den 11.02.", "jeudi, le 11/02", "jueves, el 11/02", "am
# Dienstag, dem 15.12.")
# (German business letters shorten the article: "Dienstag, d. 15. Dez.")
_JOIN_DATE = loose_compile(
    # (or the preposition a date takes alone, set off by a comma: "Montag, am 14.12.", "Monday,
    # on the 14th", "lundi, le 14", "lunes, el 14")
    # (and a day refused in passing, then told by its date: "not Monday obviously, 4th of July",
    # "not Monday either, that's the 7th", "pas lundi évidemment, c'est le 7", "nicht Montag,
    # das ist der 7.", "el lunes tampoco, que es 7", "não na segunda, que é dia 7")
    rf"(?:[^\S\n]+{_IN_PASSING})?"
    r"(?P<lead>[\s,.]*)(?P<bracket>\(\s*)?"
    # (set off by a comma or bracket: "Segunda-feira é 25 de Abril, feriado" states a fact)
    rf"(?:(?:(?<=[,(])|(?<=[,(][^\S\n])){_COPULA}[^\S\n]+)?"
    # (German names the date in the nominative too: "Mo., der 7.12.", "Dienstag, der 8.12.")
    r"(?:(?:on(?:\s+the)?|the|den|dem|der|am|d\.|le|el|o\s+dia|dia|día)\s+)?",
    _I,
)
_CLOSE = loose_compile(r"\s*\)")
# a bare day of the month in brackets after a weekday is its date: "quarta (9)", "Wednesday (9th)"
_BRACKET_DAY = loose_compile(
    rf"[^\S\n]*\([^\S\n]*(?:(?:the|le|el|dia)[^\S\n]+)?(?P<num>[0-3]?\d){_ORD}?[^\S\n]*\)",
    _I,
)

# and the days of a list of weekdays, listed in brackets after it in the same order: "Monday and
# Tuesday (7th and 8th)", "Montag und Dienstag (7./8.12.)", "lundi et mardi (7 et 8)", "Thursday
# or Friday (12th/13th)"
_DAY_NUM = rf"[0-3]?\d{_ORD}?"
_BRACKET_DAYS = loose_compile(
    rf"[^\S\n]*\([^\S\n]*(?:(?:the|le|el|os|d[ií]as?|{_MONTH})\.?[^\S\n]+)?"
    rf"(?P<nums>{_DAY_NUM}(?:[^\S\n]*(?:[,/&+]|and|et|und|y|e|or|ou|oder|o)[^\S\n]*{_DAY_NUM})+)(?:[^\S\n]*(?:\d{{1,2}}\.?|(?:de[^\S\n]+)?{_MONTH}))?[^\S\n]*\)",
    _I,
)
_LISTED = loose_compile(
    r"[^\S\n]*,?[^\S\n]*(?:(?:and|&|et|und|y|e|or|ou|oder|o)[^\S\n]+(?:(?:el|the|o|a)[^\S\n]+)?)?",
    _I,
)


def _dated_list(scan: str, chosen: list[Atom], atom: Atom) -> list[Atom] | None:
    """The weekdays of a list ending on `atom` with the days of the month the bracket after it
    gives them, one each in order; None where the bracket does not give each its day."""
    dated = _BRACKET_DAYS.match(scan, atom.end)
    if dated is None:
        return None
    nums = [int(n) for n in re.findall(r"\d+", dated["nums"])]
    listed = [atom]
    for prev in reversed(chosen):
        if len(listed) == len(nums):
            break
        day = prev.day
        if day is None or day.kind != "wd" or day.mod or day.part:
            return None
        if not _LISTED.fullmatch(scan, prev.end, listed[0].start):
            return None
        listed.insert(0, prev)
    if len(listed) != len(nums) or not all(1 <= n <= 31 for n in nums):
        return None
    out = []
    for a, n in zip(listed, nums, strict=True):
        assert a.day is not None
        ref = DayRef("ord", weekday=a.day.weekday, day=n)
        out.append(Atom("day", a.start, dated.end() if a is atom else a.end, ref))
    return out


# A relative day's weekday told in brackets after it, alone or as a fact ("tomorrow (Sunday)",
# "tomorrow's no good (it's Sunday lol)", "demain non (c'est dimanche)", "morgen nicht (ist ja
# Sonntag)", "mañana no (es domingo)", "amanhã não (é domingo)"): the same day named again, as a
# weekday after a date only confirms it; read alone it would offer the day its refusal left out
_TOLD_BEFORE = loose_compile(
    r"(?:['’]s)?(?:[^\S\n]+[^\W\d][\w'’]*){0,4}?[^\S\n]*[,:]?[^\S\n]*\([^\S\n]*"
    r"(?:(?:it['’]?s|it\s+is|that['’]?s|that\s+is|which\s+is|being|c['’]est|ce\s+sera|ist"
    r"|das\s+ist|es|será|sera|é|e|is|ser[áa])\s+)?(?:(?:ja|already|déjà|deja|ya|já|ja)\s+)?",
    _I,
)
_TOLD_AFTER = loose_compile(r"(?:[^\S\n]*[^\W\d][\w'’]*){0,3}[^\S\n]*[!.]*\)")


def _told_weekday(scan: str, prev: Atom, atom: Atom) -> bool:
    """A weekday in brackets that tells which day the relative day before it is."""
    return (
        prev.day is not None
        and prev.day.kind == "rel"
        and atom.day is not None
        and atom.day.kind == "wd"
        and not atom.day.mod
        and not atom.day.part
        and _TOLD_BEFORE.fullmatch(scan, prev.end, atom.start) is not None
        and _TOLD_AFTER.match(scan, atom.end) is not None
    )


# A date's weekday told after it, in brackets or set off by commas ("the 17th (Thursday)", "le
# 17 décembre, jeudi, …", "am 17.12. (Do)", "el 17 (jueves)", "dia 17 (quinta)"): the same day,
# as a weekday before a date only confirms it; read alone it would offer the next such weekday
_TOLD_DATE_OPEN = loose_compile(r"[^\S\n]*(?:(?P<bracket>\()|,)[^\S\n]*")
_TOLD_DATE_CLOSE = loose_compile(r"[^\S\n]*\.?[^\S\n]*(?:\)|,)")
# (the German article shortened as letters date a day: "Mittwoch, d. 16.12.2026")
_DATE_NEXT = loose_compile(
    r"[^\S\n]*(?:(?:the|den|dem|der|le|el|o\s+dia|dia|día)[^\S\n]+|d\.[^\S\n]*)?\d", _I
)
# (or closed by a list word whose next entry is a date, its weekday first or not: "15 de
# dezembro, terça ou sex. 18/dez", "le 15 décembre, mardi ou ven. 18 déc.", "15. Dezember,
# Dienstag oder Fr 18. Dez.", "16 de diciembre, miércoles y 17 de diciembre", "December 15th,
# Tuesday or Fri 18 Dec"; a bare weekday after the list word is another day offered: "den
# 14.12., Dienstag oder Mittwoch"; and the last entry of such a list, whose hours follow it:
# "16 de dezembro, quarta e 17 de dezembro, quinta 12h às 17h")
_LIST_WORD_SAID = r"[^\S\n]+(?:or|and|ou|et|oder|und|o|y|e)[^\S\n]+"
_TOLD_DATE_LISTED = loose_compile(
    rf"{_LIST_WORD_SAID}(?:(?:{alternation(WEEKDAYS)}|{_DATED_NAMES})\.?,?[^\S\n]+)?\d", _I
)
_TOLD_DATE_LAST = loose_compile(rf"(?:{alternation(WEEKDAYS)}){_LIST_WORD_SAID}$", _I)
_HOURS_NEXT = loose_compile(r"[^\S\n]+\d", _I)
_LAST_REACH = 16  # the weekday and list word of the entry before


# A date's short weekday in brackets, as calendars and phones print it in every language ("14.
# Dez. (Mo.)", "14 dic. (lun.)", "14 de dez. (seg.)", "14/12 (lun.)"): alone those names are
# no day, so the bracket stood between the date and the next one of a list, and the list's
# hours after the last date were that date's only
_BRACKET_SHORT_DAY = loose_compile(rf"[^\S\n]*\((?P<wd>{_DATED_NAMES})\.?\)", _I)


def _bracket_weekday(scan: str, atom: Atom) -> Atom:
    """`atom`, a date, spanning the short weekday in brackets after it."""
    day = atom.day
    told = _BRACKET_SHORT_DAY.match(scan, atom.end)
    if day is None or day.kind not in ("date", "num") or told is None:
        return atom
    weekday = _DATED_WEEKDAYS.get(told["wd"].title())
    if weekday is None:
        return atom
    # (a numeric date keeps the weekday, to tell day/month from month/day)
    ref = replace(day, weekday=weekday) if day.kind == "num" else day
    return Atom("day", atom.start, told.end(), ref)


def _date_weekday(scan: str, prev: Atom, atom: Atom) -> Atom | None:
    """`prev`, a date, spanning the weekday after it that tells which day it is; None when
    `atom` is no such weekday. A date known only by its number keeps the weekday, so a weekday
    that fits no near date of that number is the writer's slip, doubted as "Wed 4" is."""
    if (
        prev.day is None
        or prev.day.kind not in ("date", "num", "ord")
        or (prev.day.kind != "date" and prev.day.weekday >= 0)
        or atom.day is None
        or atom.day.kind != "wd"
        or atom.day.mod
        or atom.day.part
    ):
        return None
    opened = _TOLD_DATE_OPEN.fullmatch(scan, prev.end, atom.start)
    ref = prev.day if prev.day.kind == "date" else replace(prev.day, weekday=atom.day.weekday)
    if (
        opened is not None
        and opened["bracket"] is None
        and (
            _TOLD_DATE_LISTED.match(scan, atom.end)
            or (
                _TOLD_DATE_LAST.search(scan, max(0, prev.start - _LAST_REACH), prev.start)
                and _HOURS_NEXT.match(scan, atom.end)
            )
        )
    ):
        return Atom("day", prev.start, atom.end, ref)
    closed = _TOLD_DATE_CLOSE.match(scan, atom.end)
    if opened is None or closed is None or (opened["bracket"] is None) != (closed[0][-1] == ","):
        return None
    # (in a list of dated weekdays the weekday between commas is the next date's: "Montag, den
    # 14.12., Dienstag, den 15.12.")
    if opened["bracket"] is None and _DATE_NEXT.match(scan, closed.end()):
        return None
    end = closed.end() if opened["bracket"] else atom.end
    return Atom("day", prev.start, end, ref)


# An hour said before its day, whose part of day after the day tells which half of it the hour
# is in ("10:15 Wednesday morning", "à 10h15 mercredi matin", "um 10:15 Mittwoch vormittags", "a
# las 10:15 el miércoles por la mañana", "às 10h15 na quarta de manhã", "half three Tuesday
# afternoon"): the part narrows nothing, and read as hours of its own it took the day whole while
# the hour went to the day before
_BEFORE_ITS_DAY = loose_compile(
    r"[^\S\n]*(?:(?:on|this|next|le|ce|am|el|este|na|no|nesta|neste)[^\S\n]+)?", _I
)
_HOURS_OF_PART = ("at", "after", "before", "range")
_WHOLE_DAY_MINUTES = 8 * 60


def _hour_halves(scan: str, chosen: list[Atom]) -> list[Atom]:
    """`chosen` with each part of day that only tells the half of the day of the hour two atoms
    before it taken into its day."""
    kept: list[Atom] = []
    for i, atom in enumerate(chosen):
        if i >= 2 and atom.spec is not None and atom.spec.kind == "part":
            hour, day = chosen[i - 2], chosen[i - 1]
            if (
                hour.spec is not None
                and hour.spec.kind in _HOURS_OF_PART
                and day.day is not None
                and not day.day.part
                and _BEFORE_ITS_DAY.fullmatch(scan, hour.end, day.start) is not None
                and not scan[day.end : atom.start].strip()
                # (a half of the day, not the whole of it: "viernes en cualquier horario")
                and atom.spec.end - atom.spec.start < _WHOLE_DAY_MINUTES
                and atom.spec.start <= hour.spec.start < atom.spec.end
                and (hour.spec.kind != "range" or hour.spec.end <= atom.spec.end)
            ):
                # (the day spans the part, so its words are read)
                kept[-1] = replace(day, end=atom.end)
                continue
        kept.append(atom)
    return kept


# the booked hours moved by an amount are a time of their own only beside a day named in their
# sentence ("tomorrow an hour later"); alone, or beside the booked day ("an hour earlier, same
# day"), the move is the booked slot's (`rules.shift`)
# (a sentence runs on over the line breaks of wrapped mail; a blank line ends it)
_SENTENCE_STOP = loose_compile(r"[.!?]|\n[^\S\n]*\n")


# (listed before another day: named back in a reason, "except Wednesday, I'm at the hospital
# that day and can't take calls", it is the day excepted and stays where it was named)
_DAY_NAMED_BACK = loose_compile(
    rf"(?<!\w)(?P<back>{DAY_NAMED_BACK})[^\S\n]*,?[^\S\n]*(?:or|ou|oder|o|and|et|und|y|e)"
    r"[^\S\n]+(?:(?:on|the|le|am|el|na|no|a)[^\S\n]+)?",
    _I,
)


def _days_named_back(scan: str, chosen: list[Atom]) -> list[Atom]:
    """`chosen` with a day named back right after it in its sentence, listed before another,
    read where it is named back: "I'm back Monday, that day or Tuesday afternoon works" lists
    Monday with Tuesday, and the part of day after the list is each day's (what was said
    between, the return or the trip, is the reason; what is said after the list decides it)."""
    out = list(chosen)
    for m in _DAY_NAMED_BACK.finditer(scan):
        before = [a for a in out if a.end <= m.start()]
        listed = out[len(before)] if len(before) < len(out) else None
        if not before or listed is None or listed.start != m.end() or listed.day is None:
            continue
        day = before[-1]
        if (
            day.day is None
            or day.day.kind == "booked"
            or _SENTENCE_STOP.search(scan, day.end, m.start()) is not None
        ):
            continue
        out[len(before) - 1] = Atom("day", m.start("back"), m.end("back"), day.day)
    return out


# (round 44) the day just named, named back anywhere after it: "My flight lands Thursday at 11.
# Could we do 2pm that day?", "Mon vol atterrit jeudi à 11h. On pourrait faire 14h ce
# jour-là ?", "Friday I have the dentist at 10. Any time after 1 that day works."
_THAT_DAY = loose_compile(rf"(?<!\w){DAY_NAMED_BACK}(?!\w)", _I)


def _slot_for(atoms: list[Atom], m: re.Match[str]) -> int | None:
    """Where an atom for `m` goes among `atoms` (sorted by start), or None where one of them
    already spans part of it."""
    i = bisect_left([a.start for a in atoms], m.start())
    if (i and atoms[i - 1].end > m.start()) or (i < len(atoms) and atoms[i].start < m.end()):
        return None
    return i


def _that_day(scan: str, chosen: list[Atom]) -> list[Atom]:
    """`chosen` with "that day" read as the day named last before it (no week, nor the booked
    day), in an earlier sentence: "My flight lands Thursday at 11. Could we do 2pm that day?".
    In the day's own sentence it tells the reason ("Friday is out, we're hauling a boat that
    day"), and so it does after anything but the time it dates ("the 1pm I can't, I drop my
    daughter at daycare that day"); listed before another day, `_days_named_back` has read it
    where it is named."""
    out = list(chosen)
    for m in _THAT_DAY.finditer(scan):
        i = _slot_for(out, m)
        if i is None:
            continue
        gap = scan[out[i - 1].end : m.start()] if i else ""
        if not i or out[i - 1].kind != "time" or _DATES_GAP.fullmatch(gap) is None:
            continue
        day = next(
            (a for a in reversed(out[:i]) if a.day is not None and a.day.kind not in _NOT_BACK),
            None,
        )
        if day is not None and _SENTENCE_STOP.search(scan, day.end, m.start()) is not None:
            out.insert(i, Atom("day", m.start(), m.end(), day.day))
    return out


# the days "that day" and "the same day" do not name back: the booked one and a week
_NOT_BACK = ("booked", "week")
# what may stand between a time and the "that day" it dates: "2pm that day", "toda la mañana de
# ese día", "l'après-midi de ce jour-là"
_DATES_GAP = re.compile(r"[ \t,]*(?:(?:of|de|du|do|da|von)[ \t]+)?")


# (round 46) a bound set by the time just named, named back: "I have a call at 3, so it'd need
# to be before then", "j'ai un appel à 15h, donc avant ça", "um 15 Uhr habe ich einen Termin,
# also davor", "tengo una llamada a las 3, así que antes de eso", "tenho uma ligação às 15h,
# então antes disso"; "a call until 11, any time after that"
# (said as the offer, after "so" or "any time" or "free": "before then he's on the market floor"
# and "after that I'm in the truck" tell the time taken, which the refusal reads)
_THEN_BOUND = loose_compile(
    r"(?<!\w)(?:(?P<before>before[^\S\n]+(?:then|that)|avant[^\S\n]+(?:ça|cela)|davor"
    r"|antes[^\S\n]+d(?:e[^\S\n]+eso|isso|isto))"
    r"|after[^\S\n]+(?:then|that)|après[^\S\n]+(?:ça|cela)|danach"
    r"|después[^\S\n]+de[^\S\n]+eso|depois[^\S\n]+disso)(?!\w)",
    _I,
)
_THEN_OFFERED = loose_compile(
    r"(?<!\w)(?:so|donc|alors|also|así[^\S\n]+que|entonces|então|por[^\S\n]+isso|any[^\S\n]*time"
    r"|anything|free|libre|livre|frei)(?!\w)[^.!?\n]{0,25}$",
    _I,
)
# or with the offer after it: "I have a call at 3, after that I'm free", "danach bin ich frei",
# "después de eso estoy libre", "après ça je suis disponible"
_THEN_FREE = loose_compile(
    r"[^\S\n]*,?[^\S\n]*(?:(?:i['’]?m|i[^\S\n]+am|i['’]ll[^\S\n]+be|je[^\S\n]+suis|je[^\S\n]+serai"
    r"|bin[^\S\n]+ich|ich[^\S\n]+bin|estoy|estaré|estou|estarei|(?:it|that)[^\S\n]+)[^\S\n]+)?"
    r"(?:(?:totally|completely|entirely|wieder|totalmente|totalement)[^\S\n]+)?"
    r"(?:free|libre|livre|frei|available|disponible|disponível|open|works|geht(?:[^\S\n]+es|s)?)(?!\w)",
    _I,
)
_THEN_REACH = 80  # the clause of the time named and the one after it


def _time_named_back(scan: str, chosen: list[Atom]) -> list[Atom]:
    """`chosen` with "before then", "after that" read as the bound the time named last sets,
    where that time is the atom right before, near and in the same paragraph: its start bounds
    what comes before it, its end what comes after."""
    out = list(chosen)
    for m in _THEN_BOUND.finditer(scan):
        i = _slot_for(out, m)
        if i is None:
            continue
        # (past the words it bounds, right before it: "any time before then")
        k = i - 1
        head = out[k].spec if k > 0 else None
        if head is not None and head.kind == "part":
            k -= scan[out[k].end : m.start()].isspace()
        last = out[k] if k >= 0 else None
        if (
            last is None
            or last.spec is None
            or (
                _THEN_OFFERED.search(scan, max(0, m.start() - 40), m.start()) is None
                # (only after a time at a point: a span or bound taken, "von 9 bis 12, danach
                # bin ich frei", "pris jusqu'à 11h, après ça je suis libre jusqu'à 16h", is read
                # already)
                and (last.spec.kind != "at" or _THEN_FREE.match(scan, m.end()) is None)
            )
            or last.spec.kind == "same"
            or m.start() - last.end > _THEN_REACH
            or "\n\n" in scan[last.end : m.start()]
        ):
            continue
        spec = last.spec
        if m["before"] is not None:
            bound = TimeSpec("before", spec.start)
        else:
            bound = TimeSpec("after", spec.end if spec.kind in ("range", "part") else spec.start)
        out.insert(i, Atom("time", m.start(), m.end(), spec=bound))
    return out


# A time put right at once by the one after it: "half two - sorry, make that half three", "from
# 2pm (sorry, from 3pm)", "ab 14 Uhr – bzw. ab 15 Uhr", "à 14h, enfin plutôt 15h", "a las 2, mejor
# dicho a las 3", "às 14h, ou melhor, às 15h": the second replaces the first on its day
_SORRY = r"(?:sorry|pardon|perdón|perdon|disculpa|desculpa|desculpe|entschuldigung|sorri)"
_PUT_RIGHT_BY = (
    r"(?:make[^\S\n]+(?:it|that)|i[^\S\n]+mean(?:t)?|or[^\S\n]+rather|(?:ou[^\S\n]+|enfin[^\S\n]+)?plutôt"
    r"|je[^\S\n]+voulais[^\S\n]+dire|bzw\.?|beziehungsweise|besser[^\S\n]+gesagt|ich[^\S\n]+meinte"
    r"|mejor[^\S\n]+dicho|quise[^\S\n]+decir|quiero[^\S\n]+decir|ou[^\S\n]+melhor|aliás"
    r"|quis[^\S\n]+dizer)"
)
_SORRY_LEAD = rf"{_SORRY}[^\S\n]*,?[^\S\n]*"
_ACTUALLY = r"(?:(?:actually|en[^\S\n]+fait|eigentlich)[^\S\n]*,?[^\S\n]*)?"
_PUT_RIGHT_LEAD = rf"{_PUT_RIGHT_BY}[^\S\n]*,?[^\S\n]*"
_PUT_RIGHT_GAP = loose_compile(
    r"[^\S\n]*[-–—(,;:.…]*[^\S\n]*"
    rf"(?:{_SORRY_LEAD}{_ACTUALLY}(?:{_PUT_RIGHT_LEAD})?|{_ACTUALLY}{_PUT_RIGHT_LEAD})",
    _I,
)
# (after a few words that said yes to it, only with a word that corrects: "at half two would suit
# - sorry, make that half three"; not "at 2 would suit, sorry, 3 is too late")
_PUT_RIGHT_LATER = loose_compile(
    r"[^\S\n]+(?:[^\W\d_]+[^\S\n]+){0,3}?[^\W\d_]+[^\S\n]*[-–—(,;:.…]+[^\S\n]*"
    rf"(?:{_SORRY_LEAD})?{_ACTUALLY}{_PUT_RIGHT_LEAD}",
    _I,
)
_PUT_RIGHT_WORD = loose_compile(rf"(?<!\w)(?:{_SORRY}|{_PUT_RIGHT_BY}|{CORRECTION_NOUN})(?!\w)", _I)
# (round 49) and with the reason told between, in one sentence: "3-5 (sorry, just spotted Fergal
# has a call with the auditors at 3, so make that 3:30-5)", "um 15 Uhr? Korrektur: Ich sehe
# gerade, dass ich da noch Physiotherapie habe, also lieber um 16 Uhr"; a preference says it
# there, as the correction is opened already
_PUT_RIGHT_REASONED = loose_compile(
    r"[^\S\n]*[-–—(,;:.…?]*[^\S\n]*"
    rf"(?:{_SORRY_LEAD}|{CORRECTION_NOUN}[^\S\n]*[:,]?[^\S\n]*)"
    r"[^.!?;\n]{1,160}?[,;:–—-]?[^\S\n]*"
    r"(?:(?:so|also|donc|alors|entonces|así\s+que|então|dann|daher)[^\S\n]*,?[^\S\n]+)?"
    rf"(?:{_PUT_RIGHT_BY}|lieber|rather|instead|plutôt|mejor|melhor|eher)[^\S\n]*,?[^\S\n]*"
    r"(?:(?:at|um|à|a\s+las?|às|as)[^\S\n]+)?",
    _I,
)


def _times_put_right(scan: str, chosen: list[Atom]) -> list[Atom]:
    """`chosen` without each time that the next one, after a word that corrects it, replaces,
    or (round 49) a later one of its sentence after the correction's reason."""
    times = [a for a in chosen if a.kind == "time" and a.spec is not None]
    replaced = {
        id(a)
        for i, a in enumerate(times)
        for b in times[i + 1 : i + 3]
        if (
            b is times[i + 1]
            and (
                _PUT_RIGHT_GAP.fullmatch(scan, a.end, b.start) is not None
                or _PUT_RIGHT_LATER.fullmatch(scan, a.end, b.start) is not None
            )
        )
        or _PUT_RIGHT_REASONED.fullmatch(scan, a.end, b.start) is not None
    }
    return [a for a in chosen if id(a) not in replaced]


def _moved_beside_day(scan: str, chosen: list[Atom]) -> list[Atom]:
    def beside(i: int, j: int) -> bool:
        if not 0 <= j < len(chosen):
            return False
        day, lo, hi = (
            chosen[j].day,
            min(chosen[i].end, chosen[j].end),
            max(chosen[i].start, chosen[j].start),
        )
        return (
            day is not None and day.kind != "booked" and _SENTENCE_STOP.search(scan, lo, hi) is None
        )

    return [
        a
        for i, a in enumerate(chosen)
        if a.spec is None
        or a.spec.kind != "same"
        or not a.spec.start
        or beside(i, i - 1)
        or beside(i, i + 1)
    ]


# Abbreviated weekdays and months ("Di.", "Thurs.", "mié.", "Dez."): the dot after one is the
# abbreviation's, so the list it is in goes on past it ("Di., Do. oder Fr. bis 11 Uhr", "Mo.
# oder Do., abgesehen von 12 bis 13 Uhr"); it ends the sentence too only where a capital follows
# (`read.Boundaries`)
_ABBREVIATED = frozenset(
    w.lower() for w in (*SHORT_WEEKDAYS, *ABBREVIATED_WEEKDAYS, *_RANGE_WEEKDAYS)
) | frozenset(m for m in _MONTH_NUMBERS if len(m) <= 4)
_ABBREVIATION_DOT = loose_compile(r"(?<=[^\W\d_])\.(?![\w.])")
# (after a weekday's, a number or a weekday opens the next sentence as often: "wed thru fri. 10
# onwards is fine", "i can do wed. friday is out")
_NEXT_OPENS = loose_compile(rf"\.[^\S\n]*(?:\d|(?:{_WD_FULL}|{_DATED_NAMES})(?!\w))", _I)
_LAST_WORD = loose_compile(r"[^\W\d_]+$")


def _dotted(scan: str, atom: Atom, following: int) -> Atom:
    """`atom` with the dot of its abbreviated last word, when nothing read starts on it."""
    if (
        atom.kind == "day"
        and following != atom.end
        and _ABBREVIATION_DOT.match(scan, atom.end) is not None
        and (word := _LAST_WORD.search(scan, atom.start, atom.end)) is not None
        and word.group().lower() in _ABBREVIATED
        # (a month's dot goes on to the hours: "qui., 17 de dez. 10h-12h")
        and (word.group().lower() in _MONTH_NUMBERS or _NEXT_OPENS.match(scan, atom.end) is None)
    ):
        return replace(atom, end=atom.end + 1)
    return atom


_WEEKDAY_HOLIDAY = loose_compile(rf"(?P<bracket>\([^\S\n]*)?(?<!\w)(?:{WEEKDAY_HOLIDAY})(?!\w)", _I)


def _outside_holidays(scan: str, content: list[Atom]) -> list[Atom]:
    """`content` without the weekdays that name a holiday ("Good Friday", "lundi de Pâques",
    "Viernes Santo"): the feast is no offer of the next such weekday, and when the sender means
    its day they say so beside it ("closed tomorrow for Good Friday"). Not in brackets after
    the day it names ("Mon 7th: bank holiday (Easter Monday)"), which the row's words refuse."""
    feasts = [m.span() for m in _WEEKDAY_HOLIDAY.finditer(scan) if m["bracket"] is None]
    if not feasts:
        return content
    return [
        a
        for a in content
        if a.day is None or a.day.kind != "wd" or not any(s <= a.start < e for s, e in feasts)
    ]


def lex(scan: str) -> list[Atom]:
    """Non-overlapping day, time and zone atoms of masked text, longest first, in text order."""
    chosen: list[Atom] = []
    content = sorted(
        _outside_holidays(scan, _content(scan)), key=lambda a: (a.start, a.start - a.end)
    )
    # "Wednesday at 9, or 4:15 the same day": after a day named, "the same day" is that day;
    # (round 44) a week is no day it can be ("next week, same day, at 3pm": the booked weekday
    # of that week)
    named = next(
        (a.start for a in content if a.day is not None and a.day.kind not in _NOT_BACK), -1
    )
    bracketed = "(" in scan
    for atom in content:
        if chosen and atom.start < chosen[-1].end:
            continue
        if atom.day is not None and atom.day.kind == "booked" and 0 <= named < atom.start:
            continue
        prev = chosen[-1] if chosen else None
        # "Mon 11/30", "Tuesday Dec 1": the date decides, the weekday only confirms it
        if (
            prev is not None
            and prev.day is not None
            and atom.day is not None
            and prev.day.kind == "wd"
            and atom.day.kind in ("date", "num", "ord")
            # "Monday. Tuesday 8th" is two days: a weekday naming its own date is not joined
            and not (atom.day.kind == "ord" and atom.day.weekday >= 0)
            and (join := _JOIN_DATE.fullmatch(scan, prev.end, atom.start))
            # ("busy Thursday. The 16th works": a full stop after a weekday spelt out ends its
            # sentence; only an abbreviation's dot goes on to its date, "Thu. 17 Dec")
            and ("." not in join["lead"] or scan[prev.start : prev.end].lower() in _ABBREVIATED)
        ):
            close = _CLOSE.match(scan, atom.end) if join["bracket"] else None
            if not join["bracket"] or close:
                end = close.end() if close else atom.end
                # (a numeric date keeps its weekday: "terça 8/12" tells day/month from month/day)
                ref = (
                    replace(atom.day, weekday=prev.day.weekday)
                    if atom.day.kind == "num"
                    else atom.day
                )
                chosen[-1] = Atom("day", prev.start, end, ref)
                continue
        day = atom.day
        if bracketed and prev is not None and _told_weekday(scan, prev, atom):
            continue
        if prev is not None and (after := _date_weekday(scan, prev, atom)):
            chosen[-1] = after
            continue
        if day is not None and day.kind == "wd" and not day.mod and not day.part:
            if bracketed and (both := _dated_list(scan, chosen, atom)) is not None:
                chosen[len(chosen) - len(both) + 1 :] = both
                continue
            dated = _BRACKET_DAY.match(scan, atom.end)
            if dated is not None and 1 <= int(dated["num"]) <= 31:
                ref = DayRef("ord", weekday=day.weekday, day=int(dated["num"]))
                atom = Atom("day", atom.start, dated.end(), ref)
        elif bracketed:
            atom = _bracket_weekday(scan, atom)
        chosen.append(atom)
    if any(a.day is not None for a in chosen) and _DAY_NAMED_BACK.search(scan):
        chosen = _days_named_back(scan, chosen)
    if any(a.day is not None for a in chosen) and _THAT_DAY.search(scan):
        chosen = _that_day(scan, chosen)
    if any(a.spec is not None for a in chosen) and _PUT_RIGHT_WORD.search(scan):
        chosen = _times_put_right(scan, chosen)
    if any(a.spec is not None for a in chosen) and _THEN_BOUND.search(scan):
        chosen = _time_named_back(scan, chosen)
    if any(a.spec is not None and a.spec.kind == "part" for a in chosen):
        chosen = _hour_halves(scan, chosen)
    if any(a.spec is not None and a.spec.kind == "same" and a.spec.start for a in chosen):
        chosen = _moved_beside_day(scan, chosen)
    if "." not in scan:
        return chosen
    starts = [a.start for a in chosen[1:]] + [-1]
    return [_dotted(scan, a, following) for a, following in zip(chosen, starts, strict=False)]


loosen(globals())
