"""Vocabulary of day and time phrases in English, Spanish, French, German and Portuguese."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import product

from parsers.rules.alternation import branches, grouped

# Weekday names, Monday = 0. Abbreviations are matched only when capitalised
# (see ABBREVIATED_WEEKDAYS) because "mon", "sat" and "sun" are ordinary words.
WEEKDAYS: Mapping[str, int] = {
    **dict.fromkeys(("monday", "lunes", "lundi", "montag", "segunda-feira"), 0),
    **dict.fromkeys(("tuesday", "martes", "mardi", "dienstag", "terça-feira", "terca-feira"), 1),
    **dict.fromkeys(
        ("wednesday", "miércoles", "miercoles", "mercredi", "mittwoch", "quarta-feira"), 2
    ),
    **dict.fromkeys(("thursday", "jueves", "jeudi", "donnerstag", "quinta-feira"), 3),
    **dict.fromkeys(("friday", "viernes", "vendredi", "freitag", "sexta-feira"), 4),
    **dict.fromkeys(("saturday", "sábado", "sabado", "samedi", "samstag", "sonnabend"), 5),
    **dict.fromkeys(("sunday", "domingo", "dimanche", "sonntag"), 6),
    # Portuguese short forms; "segunda"/"quinta" also mean second/fifth, so the
    # lexer refuses them before "opção"/"option".
    **{"segunda": 0, "terça": 1, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4},
}
# Short weekdays of the other languages, as schedules and tables write them before a date
# ("Mo 15.3.", "Seg 15", "Mié 13"); alone they are too often ordinary words. "Mar" is left
# out: it is March as often as martes/mardi.
SHORT_WEEKDAYS: Mapping[str, int] = {
    **dict.fromkeys(("Mo", "Lun", "Seg"), 0),
    **dict.fromkeys(("Di", "Ter"), 1),
    **dict.fromkeys(("Mi", "Mié", "Mie", "Miér", "Mier", "Mer", "Qua"), 2),
    **dict.fromkeys(("Do", "Jue", "Jeu", "Qui"), 3),
    **dict.fromkeys(("Fr", "Vie", "Ven", "Sex"), 4),
    **dict.fromkeys(("Sa", "Sáb", "Sab", "Sam"), 5),
    **dict.fromkeys(("So", "Dom", "Dim"), 6),
}
ABBREVIATED_WEEKDAYS: Mapping[str, int] = {
    "Mon": 0,
    "Tue": 1,
    "Tues": 1,
    "Wed": 2,
    "Weds": 2,
    "Thu": 3,
    "Thur": 3,
    "Thurs": 3,
    "Fri": 4,
    "Sat": 5,
    "Sun": 6,
}
# Abbreviations that are no ordinary word, so read in lower case too, as phones write them
# ("tues or thurs afternoon", "wed/thu/fri all good"); "mon", "sat" and "sun" are words.
LOWER_CASE_WEEKDAYS = ("Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri")
# The words that open a condition ("if Friday doesn't work on your side, Monday"): a refusal
# or a day inside one is the other side's, or a fallback.
IF_WORDS = r"(?:if|si|wenn|falls|se|caso)"
# "This" of the present day or week in five languages ("this Friday", "ce jeudi", "cette
# semaine", "diesen Donnerstag", "in dieser Woche", "este jueves", "esta semana", "nesta quinta",
# "no fim desta semana"): one list for every pattern that ties a day or a week to the present
THIS_WORDS = (
    r"(?:this|ce|cet|cette|diesen|diesem|dieser|diese|este|esta|esse|essa|neste|nesta|nesse|nessa"
    r"|desta)"
)

MONTHS: Mapping[str, int] = {
    **dict.fromkeys(
        ("january", "jan", "enero", "ene", "janvier", "januar", "jänner", "janeiro"), 1
    ),
    **dict.fromkeys(("february", "feb", "febrero", "février", "fevrier", "févr", "februar"), 2),
    **dict.fromkeys(("fevereiro", "fev"), 2),
    **dict.fromkeys(("march", "mar", "marzo", "mars", "märz", "maerz", "março", "marco"), 3),
    **dict.fromkeys(("april", "apr", "abril", "abr", "avril", "avr"), 4),
    **dict.fromkeys(("may", "mayo", "mai", "maio"), 5),
    **dict.fromkeys(("june", "jun", "junio", "juin", "juni", "junho"), 6),
    **dict.fromkeys(("july", "jul", "julio", "juillet", "juil", "juli", "julho"), 7),
    **dict.fromkeys(("august", "aug", "agosto", "août", "aout"), 8),
    **dict.fromkeys(("september", "sep", "sept", "septiembre", "setiembre", "septembre"), 9),
    "setembro": 9,
    **dict.fromkeys(("october", "oct", "octubre", "octobre", "oktober", "okt", "outubro"), 10),
    **dict.fromkeys(("november", "nov", "noviembre", "novembre", "novembro"), 11),
    **dict.fromkeys(("december", "dec", "diciembre", "dic", "décembre", "decembre"), 12),
    **dict.fromkeys(("déc", "dezember", "dez", "dezembro"), 12),
}

# Short months that are also words of another language ("two days ago", "set", "out"): months
# only after "de", as Portuguese and Spanish calendars print them ("seg., 4 de ago.", "qua., 6
# de set.", "10 de out.")
MONTHS_AFTER_DE: Mapping[str, int] = {"ago": 8, "set": 9, "out": 10}

# Days relative to today: offset in days, and the part of day the word implies.
RELATIVE_DAYS: Mapping[str, tuple[int, str | None]] = {
    "today": (0, None),
    "tonight": (0, "evening"),
    "this morning": (0, "morning"),
    "this afternoon": (0, "afternoon"),
    "this evening": (0, "evening"),
    "tomorrow": (1, None),
    "tmrw": (1, None),
    "the day after tomorrow": (2, None),
    "day after tomorrow": (2, None),
    "hoy": (0, None),
    "esta mañana": (0, "morning"),
    "esta tarde": (0, "afternoon"),
    "esta noche": (0, "evening"),
    "mañana": (1, None),
    "pasado mañana": (2, None),
    "aujourd'hui": (0, None),
    "aujourd’hui": (0, None),
    "ce matin": (0, "morning"),
    "cet après-midi": (0, "afternoon"),
    "ce soir": (0, "evening"),
    "demain": (1, None),
    "après-demain": (2, None),
    "heute": (0, None),
    "heute abend": (0, "evening"),
    "heute morgen": (0, "morning"),
    "heute nachmittag": (0, "afternoon"),
    "morgen": (1, None),
    "übermorgen": (2, None),
    "hoje": (0, None),
    "hoje à noite": (0, "evening"),
    "amanhã": (1, None),
    "amanha": (1, None),
    "depois de amanhã": (2, None),
}
# as phones write them: "apres demain" with no hyphen, "the day after tmrw"
RELATIVE_DAYS = {
    **{k.replace("-", " ").replace("tomorrow", "tmrw"): v for k, v in RELATIVE_DAYS.items()},
    **RELATIVE_DAYS,
}
PAST_DAYS: tuple[str, ...] = ("yesterday", "ayer", "hier", "gestern", "ontem")

# Parts of day, as minutes after midnight.
PARTS: Mapping[str, tuple[int, int]] = {
    "morning": (9 * 60, 12 * 60),
    "afternoon": (12 * 60, 17 * 60),
    "late afternoon": (15 * 60, 17 * 60),
    "lunchtime": (12 * 60, 13 * 60),
    "evening": (17 * 60, 20 * 60),
    "any": (9 * 60, 17 * 60),
}


# A half of the day told as a stretch of the timetable and its adjective or complement ("en
# horario matutino", "en la franja de la tarde", "no horário da tarde", "na faixa da manhã", "sur
# le créneau du matin", "plage horaire de l'après-midi"): any such noun, then the half in any of
# its words (read by the lexer as one pattern, the nouns and the halves each an alternation).
PERIOD_NOUNS = (
    *("horario", "horarios", "franja", "franja horaria", "período", "periodo", "bloque"),
    *("horário", "horários", "faixa", "faixa horária", "janela", "bloco", "intervalo"),
    *("créneau", "créneaux", "plage", "plage horaire", "tranche", "tranche horaire", "horaire"),
)
PERIOD_HALVES: Mapping[str, str] = {
    **dict.fromkeys(
        (
            *("matutino", "matutina", "matutinos", "matinal", "matinales", "matinais"),
            *("de la mañana", "de las mañanas", "da manhã", "das manhãs", "de manhã"),
            *("du matin", "matinale", "matinaux", "de la matinée", "des matinées"),
        ),
        "morning",
    ),
    **dict.fromkeys(
        (
            *("vespertino", "vespertina", "vespertinos", "vespertinas", "de la tarde"),
            *("de las tardes", "de tarde", "da tarde", "das tardes", "de l'après-midi"),
            *("des après-midis", "de l'aprem", "de l'aprèm"),
        ),
        "afternoon",
    ),
}
# Any hour of the day, left to the reader's choice ("a la hora que prefieras", "à l'heure qui
# vous convient", "wann immer es Ihnen passt", "na hora que preferir", "whenever suits you"), as
# a per-day list writes a day open all day: a word for "when" or "at the hour that", then whom
# the choice is left to; or a phrase of choice said whole ("à votre convenance").
# "out" as away, not the "out" of things going well ("works out", "could work out")
OUT_AWAY = r"(?<!work\s)(?<!works\s)(?<!worked\s)out"
CHOICE_LEADS = (
    *("a la hora que", "a cualquier hora que", "en el horario que", "cuando", "cuando mejor"),
    *("na hora que", "no horário que", "à hora que", "a qualquer hora que", "quando"),
    *("à l'heure qui", "à l'heure que", "quand", "au moment qui", "wann immer", "wann"),
    *("whenever", "any time that", "anytime that", "whatever time", "at whatever time"),
    # ("cuando más te convenga", "quando mais te convier")
    *("cuando más", "cuando mas", "quando mais", "quando melhor"),
    # (the hour with its article but no crase, or the timetable's: "a hora que você quiser", "el
    # horario que prefieras", "o horário que preferir")
    *("a hora que", "el horario que", "o horário que", "la hora que"),
)
# Whom the choice is left to, or how much it suits, said between the lead and its verb: "a hora
# que você quiser", "a la hora que usted prefiera", "a la hora que más te convenga", "no horário
# que melhor lhe convier", "cuando mejor te venga"
CHOICE_BETWEEN = ("você", "vc", "tu", "usted", "vos", "más", "mas", "mais", "mejor", "melhor")
CHOICE_WORDS = (
    *("prefieras", "prefiera", "prefieran", "quieras", "quiera", "gustes", "guste", "elijas"),
    *("te venga bien", "le venga bien", "te convenga", "le convenga", "te vaya bien", "decidas"),
    *("preferir", "preferires", "quiser", "quiseres", "for melhor", "achar melhor", "escolher"),
    *("lhe convier", "te convier", "lhe der jeito", "te der jeito", "for conveniente"),
    # (the degree after the verb: "no horário que for mais conveniente", "for mais prático")
    *("for mais conveniente", "for mais prático", "for mais fácil", "te resulte más cómodo"),
    # (or after it in Spanish: "cuando te venga mejor", "cuando le convenga más")
    *("te venga mejor", "le venga mejor", "te vaya mejor", "le vaya mejor", "te quede mejor"),
    *("le quede mejor", "te convenga más", "le convenga más", "te resulte mejor"),
    # (the degree before it, between the lead and the verb: "a la hora que mejor te venga",
    # "cuando mejor le vaya")
    *("te venga", "le venga", "te vaya", "le vaya"),
    *("vous convient", "te convient", "vous arrange", "t'arrange", "vous voulez", "tu veux"),
    *("vous voudrez", "tu voudras", "ça vous arrange", "ça t'arrange", "vous préférez"),
    *("tu préfères", "ça vous va", "ça te va", "vous va", "te va"),
    *("sie wollen", "du willst", "es ihnen passt", "es dir passt", "sie möchten", "du möchtest"),
    *("es ihnen recht ist", "es dir recht ist", "es euch passt", "ihr wollt", "sie wünschen"),
    *("suits you", "suits", "works for you", "works best for you", "you like", "you want"),
    *("you prefer", "is best for you", "is easiest for you", "you choose", "you wish"),
    *("you'd like", "is convenient", "is convenient for you", "suits you best"),
    # (and as other regions and registers say it: the Chilean "cuando te quede cómodo", "te
    # acomode", "quand bon vous semble", "quand ça vous chante", "wann es Ihnen genehm ist",
    # "quando te for mais cômodo", "whenever you fancy", "whenever is handiest")
    *("te quede cómodo", "le quede cómodo", "te quede bien", "le quede bien", "te acomode"),
    *("le acomode", "te resulte cómodo", "le resulte cómodo", "bon vous semble", "bon te semble"),
    *("ça vous chante", "ça te chante", "es ihnen genehm ist", "es dir genehm ist"),
    *("te for mais cômodo", "lhe for mais cômodo", "for mais cômodo"),
    *("you fancy", "is handiest", "is handiest for you", "you see fit"),
)
CHOICE_PHRASES = (
    *("à l'heure de votre choix", "à l'heure de ton choix", "à votre convenance"),
    *("à ta convenance", "à votre guise", "à ta guise", "selon votre convenance"),
    *("zu jeder beliebigen zeit", "zu einer beliebigen zeit", "zu einer zeit ihrer wahl"),
    *("zu einer zeit deiner wahl", "nach ihrer wahl", "nach deiner wahl", "nach belieben"),
    *("a la hora que sea", "a la hora de tu elección", "a la hora de su elección"),
    *("à hora da sua escolha", "no horário da sua escolha", "na hora da sua escolha"),
    *("at a time of your choosing", "at a time of your choice", "at any time of your choosing"),
    *("any time of your choosing", "your choice of time"),
    # the hour left to the other side's convenience: "at your convenience", "a su conveniencia",
    # "à sua conveniência", "nach Ihrer Wahl"
    *("at your convenience", "at your earliest convenience", "whenever is convenient"),
    *("whenever it's convenient", "a su conveniencia", "a tu conveniencia"),
    *("à sua conveniência", "à tua conveniência", "a sua conveniência", "a tua conveniência"),
)


PART_WORDS: Mapping[str, str] = {
    # a half of the day as the timetable names it: "in the a.m.", "in den Vormittagsstunden"
    **dict.fromkeys(("in the a.m.", "in the am", "a.m. hours", "morning hours"), "morning"),
    **dict.fromkeys(("vormittagsstunden", "morgenstunden", "vormittagszeit"), "morning"),
    **dict.fromkeys(("in the p.m.", "in the pm", "p.m. hours", "afternoon hours"), "afternoon"),
    **dict.fromkeys(("nachmittagsstunden", "nachmittagszeit"), "afternoon"),
    **dict.fromkeys(("morning", "mornings", "early morning", "first thing"), "morning"),
    **dict.fromkeys(("por la mañana", "de la mañana", "en la mañana", "las mañanas"), "morning"),
    # (the River Plate's "a la mañana" is the morning, as its "a la tarde" is the afternoon)
    "a la mañana": "morning",
    **dict.fromkeys(("matin", "matinée", "le matin", "en matinée", "vormittag"), "morning"),
    # the halves of the day as the River Plate, Quebec and German plurals name them: "a la
    # mañana", "en horas de la tarde", "en avant-midi", "dans l'avant-midi", "an allen Vormittagen"
    **dict.fromkeys(("a la mañana", "en horas de la mañana", "avant-midi"), "morning"),
    **dict.fromkeys(("l'avant-midi", "en avant-midi", "dans l'avant-midi"), "morning"),
    "vormittagen": "morning",
    # the morning in the words of other regions and registers: India's "forenoon", Quebec's
    # plural "les avant-midis", the diminutives of Latin America and Brazil ("por la mañanita",
    # "de manhãzinha"), and their afternoons ("en la tardecita")
    **dict.fromkeys(("forenoon", "forenoons", "avant-midis", "les avant-midis"), "morning"),
    # (India's halves of the working day told by its lunch, as two words: "post lunch on
    # Thursday", "pre lunch"; joined as a prefix, "post-lunch" is after lunch, as "post-2pm" is)
    "pre lunch": "morning",
    "post lunch": "afternoon",
    **dict.fromkeys(("mañanita", "mañanitas", "manhãzinha", "manhazinha"), "morning"),
    **dict.fromkeys(("tardecita", "tardecitas"), "afternoon"),
    **dict.fromkeys(("en horas de la tarde", "nachmittagen"), "afternoon"),
    **dict.fromkeys(
        (
            "vormittags",
            "morgens",
            "am morgen",
            "früh",
            "de manhã",
            "pela manhã",
            "de manha",
            "pela manha",
        ),
        "morning",
    ),
    **dict.fromkeys(("na parte da manhã", "manhã"), "morning"),
    **dict.fromkeys(("media mañana", "a media mañana", "mid-morning", "midmorning"), "morning"),
    **dict.fromkeys(("milieu de matinée", "fin de matinée", "en fin de matinée"), "morning"),
    **dict.fromkeys(("afternoon", "afternoons", "early afternoon", "arvo", "arvos"), "afternoon"),
    **dict.fromkeys(("por la tarde", "de la tarde", "en la tarde", "a la tarde"), "afternoon"),
    # a half of the day with its article is never tomorrow: "la mañana que prefieras", "una
    # tarde cualquiera", "la tarde del jueves"
    **dict.fromkeys(("la mañana", "una mañana"), "morning"),
    **dict.fromkeys(("la tarde", "una tarde"), "afternoon"),
    # a half of a day named before, pointed back to: "esa mañana", "ce matin-là" (that day's,
    # neither tomorrow nor this morning)
    **dict.fromkeys(("esa mañana", "esa misma mañana", "ce matin-là", "ce matin là"), "morning"),
    **dict.fromkeys(("ce matin-la", "cette matinée-là"), "morning"),
    **dict.fromkeys(("an diesem morgen", "an dem morgen", "am selben morgen"), "morning"),
    **dict.fromkeys(("esa tarde", "esa misma tarde", "cet après-midi-là"), "afternoon"),
    **dict.fromkeys(("cet après-midi là", "cet apres-midi-la", "cet aprem-là"), "afternoon"),
    # phones write "por" as "x": "el lunes x la mañana"
    "x la mañana": "morning",
    "x la tarde": "afternoon",
    **dict.fromkeys(
        ("après-midi", "apres-midi", "l'après-midi", "nachmittag", "nachmittags"), "afternoon"
    ),
    **dict.fromkeys(("à tarde", "de tarde", "pela tarde", "na parte da tarde"), "afternoon"),
    # as phones write it, with no accent: "quinta a tarde"
    "a tarde": "afternoon",
    **dict.fromkeys(
        ("toda la tarde", "las tardes", "cualquier tarde", "tout l'après-midi"), "afternoon"
    ),
    **dict.fromkeys(("a primera hora", "primera hora", "en début de matinée"), "morning"),
    **dict.fromkeys(
        ("cualquier mañana", "por las mañanas", "las mañanas", "n'importe quel matin"), "morning"
    ),
    **dict.fromkeys(("den ganzen nachmittag", "a tarde toda", "toda a tarde"), "afternoon"),
    # (with "em" before it, as Brazil writes it: "na tarde inteira", "na tarde toda"; "tarde"
    # alone is also "late", "na tarde" never is)
    **dict.fromkeys(
        ("na tarde", "na tarde inteira", "na tarde toda", "a tarde inteira"), "afternoon"
    ),
    # (round 34) a half of the day the reader may choose, as "any" of it: "whichever afternoon
    # suits you", "l'après-midi de votre choix", "an einem Nachmittag Ihrer Wahl", "la tarde que
    # prefieras", "na tarde que preferir"
    **dict.fromkeys(
        (
            *("whichever afternoon suits you", "the afternoon of your choice"),
            *("l'après-midi de votre choix", "l'après-midi de ton choix"),
            *("l'après-midi qui vous arrange", "an einem nachmittag ihrer wahl"),
            *("an einem nachmittag deiner wahl", "an einem beliebigen nachmittag"),
            *("la tarde que prefieras", "la tarde que quieras", "la tarde que te venga bien"),
            *("na tarde que preferir", "na tarde que quiser", "na tarde que for melhor"),
        ),
        "afternoon",
    ),
    **dict.fromkeys(
        (
            *("whichever morning suits you", "the morning of your choice"),
            *("la matinée de votre choix", "le matin de votre choix", "le matin de ton choix"),
            *("le matin qui vous arrange", "an einem vormittag ihrer wahl"),
            *("an einem vormittag deiner wahl", "an einem beliebigen vormittag"),
            *("la mañana que prefieras", "la mañana que quieras", "la mañana que te venga bien"),
            *("na manhã que preferir", "na manhã que quiser", "na manhã que for melhor"),
        ),
        "morning",
    ),
    # "any afternoon", "every afternoon" in the plural or with "any": "qualquer tarde",
    # "todas las tardes", "tous les après-midis"
    **dict.fromkeys(
        ("qualquer tarde", "todas as tardes", "as tardes", "pelas tardes"), "afternoon"
    ),
    **dict.fromkeys(
        ("nas tardes", "todas las tardes", "por las tardes", "après-midis"), "afternoon"
    ),
    **dict.fromkeys(
        ("todas as manhãs", "pelas manhãs", "manhãs", "todas las mañanas", "mañanas"), "morning"
    ),
    **dict.fromkeys(("matins", "les matins", "tous les matins", "matinées"), "morning"),
    # "cada" leads a half of the day, never tomorrow: "cada mañana de la semana que viene"; and
    # so does Brazil's "toda" with no article: "toda tarde de segunda a sexta" (every afternoon)
    **dict.fromkeys(("cada mañana", "cada manhã"), "morning"),
    **dict.fromkeys(("cada tarde", "toda tarde"), "afternoon"),
    **dict.fromkeys(("toda la mañana", "toute la matinée", "den ganzen vormittag"), "morning"),
    **dict.fromkeys(("a manhã toda", "toda a manhã"), "morning"),
    # the plural and the short forms people write: "die Vormittage", "l'aprem", "tardes ok"
    "vormittage": "morning",
    **dict.fromkeys(("nachmittage", "aprem", "l'aprem", "aprèm", "l'aprèm", "tardes"), "afternoon"),
    # the halves as diaries shorten them: "Di vorm.", "Do nachm.", "jeudi ap-midi", "l'ap.-midi"
    # (a bare "vorm" is also "vor dem": "vorm Termin")
    **dict.fromkeys(("vorm.", "vormitt."), "morning"),
    **dict.fromkeys(("nachm.", "nachm", "nachmitt.", "ap-midi", "ap.-midi"), "afternoon"),
    **dict.fromkeys(("l'ap-midi", "l'ap.-midi", "ap. midi"), "afternoon"),
    **dict.fromkeys(
        ("late afternoon", "late afternoons", "later in the afternoon"), "late afternoon"
    ),
    **dict.fromkeys(
        ("en fin de journée", "fin de journée", "a última hora", "última hora de la tarde"),
        "late afternoon",
    ),
    **dict.fromkeys(
        ("fin d'après-midi", "en fin d'après-midi", "späten nachmittag"), "late afternoon"
    ),
    **dict.fromkeys(("al final de la tarde", "final da tarde", "fim da tarde"), "late afternoon"),
    # the end of the working day, when it is offered ("end of day Friday", "EOD Thursday",
    # "Freitag gegen Ende des Arbeitstages"); "by end of day" is a deadline (`deadline`). Not
    # "the end of the day", which also bounds a range ("after 2, through the end of the day"),
    # nor Portugal's "ao fim do dia", which is after work ("ao fim do dia, depois das 17h30")
    **dict.fromkeys(("end of day", "eod", "end of the working day"), "late afternoon"),
    **dict.fromkeys(("ende des tages", "tagesende", "ende des arbeitstages"), "late afternoon"),
    # the part opened by "a"/"ao"/"no" as one phrase, or "a última hora" would take its start
    **dict.fromkeys(
        ("a última hora de la tarde", "ao final da tarde", "ao fim da tarde", "no fim da tarde"),
        "late afternoon",
    ),
    **dict.fromkeys(("no final da tarde", "am späten nachmittag"), "late afternoon"),
    # the same end of the afternoon in the short and loose forms people write: "en fin d'aprem",
    # "late in the afternoon", "spätnachmittags", "a últimas horas de la tarde", "fim de tarde"
    **dict.fromkeys(
        ("fin d'aprem", "en fin d'aprem", "fin d'aprèm", "en fin d'aprèm", "fin aprem"),
        "late afternoon",
    ),
    **dict.fromkeys(
        ("tard dans l'après-midi", "late in the afternoon", "end of the afternoon"),
        "late afternoon",
    ),
    **dict.fromkeys(
        ("spätnachmittags", "spätnachmittag", "am spätnachmittag", "am späteren nachmittag"),
        "late afternoon",
    ),
    **dict.fromkeys(
        ("gegen ende des nachmittags", "a últimas horas de la tarde", "final de la tarde"),
        "late afternoon",
    ),
    **dict.fromkeys(
        (
            "fim de tarde",
            "final de tarde",
            "no fim de tarde",
            "ao fim de tarde",
            "no final de tarde",
        ),
        "late afternoon",
    ),
    "ao final de tarde": "late afternoon",
    # a part of day named as a part or period of the day: "sempre da parte da tarde", "no período
    # da manhã", "durante la tarde", "en horario de mañana"
    **dict.fromkeys(
        ("da parte da tarde", "parte da tarde", "no período da tarde", "período da tarde"),
        "afternoon",
    ),
    **dict.fromkeys(
        ("da parte da manhã", "parte da manhã", "no período da manhã", "período da manhã"),
        "morning",
    ),
    **dict.fromkeys(("durante la tarde", "durante a tarde", "en horario de tarde"), "afternoon"),
    **dict.fromkeys(("durante la mañana", "durante a manhã", "en horario de mañana"), "morning"),
    # (or spread over it: "ao longo da tarde", as Spanish "a lo largo de la tarde")
    **dict.fromkeys(("ao longo da tarde", "ao longo de toda a tarde"), "afternoon"),
    **dict.fromkeys(("ao longo da manhã", "ao longo de toda a manhã"), "morning"),
    # (or in its course, or at any hour of it: "no decorrer da tarde", "em qualquer horário da
    # tarde", "a qualquer momento da manhã", as Spanish "en el transcurso de la tarde")
    **dict.fromkeys(
        (
            *("no decorrer da tarde", "decorrer da tarde", "no correr da tarde"),
            *("em qualquer horário da tarde", "qualquer horário da tarde"),
            *("a qualquer momento da tarde", "em qualquer momento da tarde"),
            *("a qualquer hora da tarde", "qualquer hora da tarde"),
        ),
        "afternoon",
    ),
    **dict.fromkeys(
        (
            *("no decorrer da manhã", "decorrer da manhã", "no correr da manhã"),
            *("em qualquer horário da manhã", "qualquer horário da manhã"),
            *("a qualquer momento da manhã", "em qualquer momento da manhã"),
            *("a qualquer hora da manhã", "qualquer hora da manhã"),
        ),
        "morning",
    ),
    **dict.fromkeys(
        ("lunchtime", "lunch time", "lunch", "over lunch", "mittag", "mittags"), "lunchtime"
    ),
    **dict.fromkeys(
        (
            "mittagszeit",
            "mittagspause",
            "la hora de comer",
            "hora do almoço",
            "l'heure du déjeuner",
        ),
        "lunchtime",
    ),
    **dict.fromkeys(
        ("comer", "almuerzo", "mittagessen", "déjeuner", "le déjeuner", "almoço"), "lunchtime"
    ),
    # lunch named by its hour or its break: "lunch hour", "la pause déjeuner", "die
    # Mittagsstunde", "la hora de la comida", "no horário do almoço"
    **dict.fromkeys(
        ("lunch hour", "lunch break", "midday break", "pause déjeuner", "la pause déjeuner"),
        "lunchtime",
    ),
    **dict.fromkeys(
        ("pause de midi", "la pause de midi", "pause méridienne", "mittagsstunde"), "lunchtime"
    ),
    **dict.fromkeys(
        ("hora del almuerzo", "la hora del almuerzo", "hora de la comida", "la hora de la comida"),
        "lunchtime",
    ),
    **dict.fromkeys(("hora de comer", "hora de almorzar", "pausa para comer"), "lunchtime"),
    **dict.fromkeys(
        ("horário do almoço", "horário de almoço", "hora de almoço", "pausa do almoço"),
        "lunchtime",
    ),
    **dict.fromkeys(("pausa de almoço", "pausa para o almoço", "pausa para almoço"), "lunchtime"),
    # the midday meal's hour as Quebec, Belgium and Romandy name it, where "dîner" is lunch ("sauf
    # sur l'heure du dîner", "pas sur l'heure du midi"); the meal alone stays unread, as France
    # dines in the evening
    **dict.fromkeys(
        (
            "l'heure du dîner",
            "heure du dîner",
            "l'heure du midi",
            "heure du midi",
            "pause dîner",
            "pause du midi",
            "la pause du midi",
            "pause du dîner",
            "la pause du dîner",
        ),
        "lunchtime",
    ),
    **dict.fromkeys(
        ("evening", "evenings", "por la noche", "de noche", "soir", "soirée"), "evening"
    ),
    **dict.fromkeys(("le soir", "en soirée", "abend", "abends", "am abend", "à noite"), "evening"),
    **dict.fromkeys(("de noite", "pela noite", "after work", "after hours"), "evening"),
    **dict.fromkeys(("any time", "anytime", "all day", "flexible", "whenever", "any day"), "any"),
    **dict.fromkeys(("a cualquier hora", "cualquier hora", "todo el día", "flexible"), "any"),
    **dict.fromkeys(("n'importe quand", "toute la journée", "à tout moment", "flexibel"), "any"),
    **dict.fromkeys(("jederzeit", "den ganzen tag", "ganztägig", "qualquer hora"), "any"),
    **dict.fromkeys(("qualquer horário", "o dia todo", "o dia inteiro", "flexível"), "any"),
    "todo o dia": "any",
    # the day spread over its hours: "throughout the day", "all through the day"
    **dict.fromkeys(("throughout the day", "all through the day", "the whole day through"), "any"),
    # the whole working day in its other words, its hours left open or its limits lifted, as a
    # per-day list writes a day among days with their own hours ("- Fri: the whole day", "- jeu. :
    # à toute heure", "- Mo.: durchgehend", "- vie: sin restricción de horario", "- qui: o dia
    # completo")
    **dict.fromkeys(
        (
            *("the whole day", "whole day", "the entire day", "entire day", "the full day"),
            *("full day", "all day long", "fully flexible", "completely flexible"),
            *("totally flexible", "any time of day", "any time of the day", "any hour"),
            *("at any hour", "no restrictions", "unrestricted", "at any point", "any time at all"),
            "round the clock",
        ),
        "any",
    ),
    **dict.fromkeys(
        (
            *("la journée entière", "toute la sainte journée", "la journée complète"),
            *("à toute heure", "à n'importe quelle heure", "n'importe quelle heure"),
            *("toute heure", "totalement flexible", "complètement flexible"),
            *("sans contrainte horaire", "sans contrainte d'horaire", "sur toute la journée"),
            *("journée entière", "journée complète", "à n'importe quel moment"),
            *("n'importe quel moment", "sans restriction", "sans contrainte", "du matin au soir"),
            # (the day's moment said with its day: "à n'importe quel moment de la journée")
            *("à n'importe quel moment de la journée", "n'importe quand dans la journée"),
        ),
        "any",
    ),
    **dict.fromkeys(
        (
            *("ganztags", "durchgehend", "den ganzen tag über", "den ganzen tag lang"),
            # (a list's entry in the nominative: "Fr 11.12.: ganzer Tag")
            "ganzer tag",
            *("den gesamten tag", "den kompletten tag", "zu jeder zeit", "zu jeder uhrzeit"),
            *("zu jeder tageszeit", "rund um die uhr", "von früh bis spät", "ganz flexibel"),
            *("völlig flexibel", "komplett flexibel", "ohne einschränkung", "uneingeschränkt"),
            # (the whole day "through": "den ganzen Tag durch", "den ganzen Tag hindurch")
            *("den ganzen tag durch", "den ganzen tag hindurch", "jederzeit am tag"),
        ),
        "any",
    ),
    **dict.fromkeys(
        (
            *("el día entero", "el día completo", "día completo", "todo el día completo"),
            *("todo el santo día", "a toda hora", "a cualquier hora del día", "a la hora que sea"),
            *("en cualquier horario", "cualquier horario", "en cualquier momento"),
            *("sin restricción de horario", "sin restricciones de horario", "sin restricción"),
            *("sin restricciones", "totalmente flexible", "con total flexibilidad"),
            # (the working day as "jornada": "toda la jornada", "la jornada completa")
            *("toda la jornada", "la jornada completa", "jornada completa", "la jornada entera"),
            *("en cualquier momento del día", "cualquier momento del día"),
            # (in the diminutive speech gives it: "el día completito", "todito el día")
            *("el día completito", "día completito", "el día enterito", "día enterito"),
            *("todito el día", "el día todito"),
        ),
        "any",
    ),
    **dict.fromkeys(
        (
            *("o dia completo", "o dia inteirinho", "dia inteiro", "dia todo", "a qualquer hora"),
            *("a qualquer hora do dia", "em qualquer horário", "a qualquer momento"),
            *("em qualquer momento", "qualquer momento", "sem restrição de horário"),
            *("sem restrições de horário", "sem restrição", "sem restrições"),
            *("totalmente flexível", "com total flexibilidade"),
            *("a qualquer momento do dia", "em qualquer momento do dia", "qualquer hora do dia"),
            *("a jornada toda", "toda a jornada", "jornada completa", "a jornada inteira"),
            # ("o dia todinho", "todinho o dia", "o dia completinho")
            *("o dia todinho", "dia todinho", "todinho o dia", "o dia completinho"),
            *("dia inteirinho", "dia completinho"),
        ),
        "any",
    ),
    # the hour left to the other side's wish: "el jueves cuando queráis", "jeudi quand vous
    # voulez", "Donnerstag wann Sie wollen", "quinta quando quiserem", "Thursday whenever you like"
    # (read as the whole day, and as explained: no doubt is raised over them)
    **dict.fromkeys(
        ("cuando queráis", "cuando quieras", "cuando quieran", "cuando quiera", "cuando gustes"),
        "any",
    ),
    **dict.fromkeys(("quand vous voulez", "quand tu veux", "quand vous le souhaitez"), "any"),
    **dict.fromkeys(
        ("wann sie wollen", "wann ihr wollt", "wann du willst", "wann sie möchten"), "any"
    ),
    **dict.fromkeys(("quando quiserem", "quando quiser", "quando preferir"), "any"),
    **dict.fromkeys(("whenever you like", "whenever you want", "whenever suits you"), "any"),
    # the hour left to the other side: "Di ist egal", "el martes me da igual", "terça tanto faz"
    **dict.fromkeys(("ist egal", "ist mir egal", "egal wann", "me da igual", "me es igual"), "any"),
    **dict.fromkeys(("tanto faz", "tanto me faz", "peu importe l'heure"), "any"),
    # ... by its wish said with its pronoun or in its other verbs: "whenever you prefer", "quand
    # vous préférez", "wann es Ihnen passt", "cuando prefieras", "quando você preferir"
    **dict.fromkeys(
        (
            *(
                "whenever you'd like",
                "whenever you prefer",
                "whenever you wish",
                "whenever is best",
            ),
            *("whenever works for you", "whenever works best", "any time you like"),
            *("any time that suits you", "whatever time suits you", "whatever time you like"),
            *("quand vous préférez", "quand vous voudrez", "quand tu préfères", "quand tu voudras"),
            *("quand ça vous arrange", "quand cela vous arrange", "à l'heure de votre choix"),
            *("à l'heure que vous voulez", "à l'heure qui vous arrange"),
            *("wann es ihnen passt", "wann es dir passt", "wann es ihnen am besten passt"),
            *("wann es dir am besten passt", "wann immer sie wollen", "wann immer sie möchten"),
            *("wann immer du willst", "zu einer zeit ihrer wahl", "wie es ihnen passt"),
            *(
                "cuando prefieras",
                "cuando prefiera",
                "cuando te venga bien",
                "cuando le venga bien",
            ),
            *("cuando usted quiera", "a la hora que quieras", "a la hora que prefieras"),
            *("en el horario que prefieras", "cuando te quede bien"),
            *(
                "quando você preferir",
                "quando você quiser",
                "quando vc quiser",
                "quando vc preferir",
            ),
            *("quando for melhor para você", "quando for melhor pra você"),
            *("no horário que você preferir", "no horário que preferir", "na hora que quiser"),
        ),
        "any",
    ),
    # ... or by the hour it does not care for: "no matter the time", "quel que soit l'horaire",
    # "egal zu welcher Uhrzeit", "sea la hora que sea", "seja qual for o horário"
    **dict.fromkeys(
        (
            *("no matter the time", "no matter what time", "whatever the time"),
            *("quel que soit l'horaire", "quelle que soit l'heure", "peu importe l'horaire"),
            *("peu importe le moment", "egal zu welcher uhrzeit", "egal um welche uhrzeit"),
            *("unabhängig von der uhrzeit", "sea la hora que sea", "no importa la hora"),
            *("da igual la hora", "não importa o horário", "seja qual for o horário"),
            *("independentemente do horário", "não importa a hora"),
        ),
        "any",
    ),
    # ... or whole with its day named again: "any hour of the day", "à toute heure de la
    # journée", "zu jeder Uhrzeit des Tages", "cualquier horario del día", "qualquer horário do dia"
    **dict.fromkeys(
        (
            *("any hour of the day", "at any hour of the day", "à toute heure de la journée"),
            *("à n'importe quelle heure de la journée", "zu jeder uhrzeit des tages"),
            *(
                "zu jeder stunde des tages",
                "cualquier horario del día",
                "en cualquier horario del día",
            ),
            *("a cualquier hora del día", "qualquer horário do dia", "em qualquer horário do dia"),
            *("a qualquer horário do dia", "qualquer hora do dia"),
        ),
        "any",
    ),
}
# lunch in each of its names: what an exception inside a day most often leaves out
LUNCH_WORDS: tuple[str, ...] = tuple(w for w, p in PART_WORDS.items() if p == "lunchtime")

# Week phrases: (which week, which days of it). "rest" = weekdays after today,
# "early" = Monday and Tuesday, "late" = Thursday and Friday (after today).
WEEKS: Mapping[str, tuple[str, str]] = {
    "this week": ("this", "rest"),
    # the rest of the week just named: "Mon and Tue next week I'm out; the rest of that week"
    # (this week's rest when no day was named before it)
    **dict.fromkeys(
        (
            "the rest of that week",
            "rest of that week",
            "le reste de la semaine",
            "den rest der woche",
            "the rest of the week",
            "rest of the week",
            "el resto de la semana",
            "o resto da semana",
            "der rest der woche",
        ),
        ("that", "rest"),
    ),
    **dict.fromkeys(("el resto de esa semana", "o resto dessa semana"), ("that", "rest")),
    **dict.fromkeys(
        ("later this week", "end of the week", "the end of the week"), ("this", "late")
    ),
    **dict.fromkeys(
        ("end of this week", "late this week", "towards the end of the week"), ("this", "late")
    ),
    **dict.fromkeys(("next week",), ("next", "all")),
    # the week after the days just named ("out Feb 8-12 ... the week after?"), else next week
    **dict.fromkeys(
        ("the week after", "la semaine d'après", "la semaine suivante", "la semana siguiente"),
        ("then", "all"),
    ),
    # (the article dropped, as phones write: "that week wont work. week after any afternoon")
    "week after": ("then", "all"),
    **dict.fromkeys(
        ("the following week", "the week following", "la semana después", "die folgende woche"),
        ("then", "all"),
    ),
    **dict.fromkeys(
        (
            "die woche danach",
            "die woche darauf",
            "der woche danach",
            "der woche darauf",
            "a semana seguinte",
            "na semana seguinte",
            "na semana depois",
            "a semana depois",
            "na semana a seguir",
            "a semana a seguir",
            # ("semana que vem estou fora; na outra semana posso", "the week after that", "la
            # semaine d'ensuite", "la semana de después", "die Woche drauf")
            "na outra semana",
            "a outra semana",
            "na semana posterior",
            "a semana posterior",
            "the week after that",
            "la semaine d'ensuite",
            "la semaine qui suit",
            "la semana de después",
            "la semana posterior",
            "die woche drauf",
            "in der woche drauf",
            "in der woche danach",
            "in der woche darauf",
        ),
        ("then", "all"),
    ),
    # the week of the day just named: "back on the 14th; that week, Tuesday or Wednesday"
    **dict.fromkeys(
        ("that week", "esa semana", "nessa semana", "naquela semana", "cette semaine-là"),
        ("that", "all"),
    ),
    # (and in the words that cannot mean this week: "posso em qualquer manhã daquela semana",
    # "aquella semana", "that same week", "la même semaine", "in derselben Woche")
    **dict.fromkeys(
        (
            "aquella semana",
            "esa misma semana",
            "aquela semana",
            "daquela semana",
            "nessa mesma semana",
            "na mesma semana",
            "that same week",
            "the same week",
            "la même semaine",
            "cette même semaine",
            "jener woche",
            "in jener woche",
            "derselben woche",
            "in derselben woche",
            "in der gleichen woche",
        ),
        ("that", "all"),
    ),
    # the end or start of next week
    **dict.fromkeys(
        ("fim da próxima semana", "final da próxima semana", "fim da semana que vem"),
        ("next", "late"),
    ),
    **dict.fromkeys(
        (
            "finales de la semana que viene",
            "finales de la próxima semana",
            "fin de la semaine prochaine",
        ),
        ("next", "late"),
    ),
    **dict.fromkeys(
        ("ende nächster woche", "ende der nächsten woche", "ende kommender woche"), ("next", "late")
    ),
    **dict.fromkeys(
        ("início da próxima semana", "começo da próxima semana", "início da semana que vem"),
        ("next", "early"),
    ),
    **dict.fromkeys(
        ("começo da semana que vem", "comecinho da semana que vem", "inicio da semana que vem"),
        ("next", "early"),
    ),
    **dict.fromkeys(
        ("early next week", "beginning of next week", "start of next week"), ("next", "early")
    ),
    **dict.fromkeys(("later next week", "late next week", "end of next week"), ("next", "late")),
    # "später in der nächsten Woche", "plus tard la semaine prochaine", "más adelante la semana
    # que viene", "mais para o fim da próxima semana"
    **dict.fromkeys(
        ("später in der nächsten woche", "später nächste woche", "gegen ende der nächsten woche"),
        ("next", "late"),
    ),
    **dict.fromkeys(
        (
            "plus tard la semaine prochaine",
            "plus tard dans la semaine prochaine",
            "más adelante la semana que viene",
            "más adelante la próxima semana",
            "mais para o fim da próxima semana",
            "mais para o final da próxima semana",
        ),
        ("next", "late"),
    ),
    **dict.fromkeys(("this week and next", "this week and next week"), ("both", "rest")),
    # a half of the week: "the second half of next week" is its end, as "later next week" is
    **dict.fromkeys(
        (
            "second half of next week",
            "the second half of next week",
            "the back half of next week",
            "la deuxième moitié de la semaine prochaine",
            "la seconde moitié de la semaine prochaine",
            "la segunda mitad de la semana que viene",
            "la segunda mitad de la próxima semana",
            "a segunda metade da semana que vem",
            "a segunda metade da próxima semana",
            "die zweite hälfte der nächsten woche",
            "in der zweiten hälfte der nächsten woche",
        ),
        ("next", "late"),
    ),
    **dict.fromkeys(
        (
            "first half of next week",
            "the first half of next week",
            "la première moitié de la semaine prochaine",
            "la primera mitad de la semana que viene",
            "la primera mitad de la próxima semana",
            "a primeira metade da semana que vem",
            "a primeira metade da próxima semana",
            "die erste hälfte der nächsten woche",
            "in der ersten hälfte der nächsten woche",
        ),
        ("next", "early"),
    ),
    **dict.fromkeys(
        (
            "second half of this week",
            "the second half of this week",
            "the second half of the week",
            "la deuxième moitié de la semaine",
            "la segunda mitad de la semana",
            "a segunda metade da semana",
            "die zweite hälfte der woche",
            "in der zweiten hälfte der woche",
        ),
        ("this", "late"),
    ),
    **dict.fromkeys(
        ("the week after next", "week after next", "übernächste woche", "übernächster woche"),
        ("after", "all"),
    ),
    **dict.fromkeys(
        ("dans deux semaines", "dentro de dos semanas", "daqui a duas semanas"), ("after", "all")
    ),
    **dict.fromkeys(("esta semana", "cette semaine", "diese woche"), ("this", "rest")),
    **dict.fromkeys(("dieser woche", "essa semana"), ("this", "rest")),
    **dict.fromkeys(("a finales de esta semana", "finales de esta semana"), ("this", "late")),
    **dict.fromkeys(("en fin de semaine", "ende der woche", "ende dieser woche"), ("this", "late")),
    **dict.fromkeys(
        ("no fim da semana", "no final da semana", "final da semana"), ("this", "late")
    ),
    **dict.fromkeys(("fim da semana", "final de la semana", "fin de la semaine"), ("this", "late")),
    **dict.fromkeys(
        ("la semana que viene", "la próxima semana", "la semana próxima"), ("next", "all")
    ),
    **dict.fromkeys(("semana que viene", "próxima semana", "proxima semana"), ("next", "all")),
    # "que" written "q", as in a quick note: "la semana q viene", "semana q vem"
    **dict.fromkeys(("la semana q viene", "semana q viene", "semana q vem"), ("next", "all")),
    # "esta semana que viene" is the one coming, not this one
    **dict.fromkeys(("esta semana que viene", "esta semana q viene"), ("next", "all")),
    # cut short, as French and English notes write it: "la semaine pro", "next wk"
    **dict.fromkeys(
        ("la semaine pro", "semaine pro", "la sem pro", "sem pro", "nxt week"), ("next", "all")
    ),
    # Mexican and Andean "la semana que entra"; and Central America's and Mexico's "la otra
    # semana", the coming one (Spain says it of a week past)
    **dict.fromkeys(("la semana que entra", "semana que entra"), ("next", "all")),
    **dict.fromkeys(("la otra semana", "a la otra semana"), ("next", "all")),
    **dict.fromkeys(
        (
            *("más tarde la otra semana", "más adelante la otra semana"),
            *("a finales de la otra semana", "finales de la otra semana"),
        ),
        ("next", "late"),
    ),
    **dict.fromkeys(
        ("a principios de la otra semana", "principios de la otra semana"), ("next", "early")
    ),
    **dict.fromkeys(
        ("la semaine prochaine", "semaine prochaine", "nächste woche"), ("next", "all")
    ),
    **dict.fromkeys(
        ("nächster woche", "kommende woche", "kommender woche", "semana que vem"), ("next", "all")
    ),
    # the dative and genitive: "in der kommenden Woche", "Anfang der nächsten Woche"
    **dict.fromkeys(("nächsten woche", "kommenden woche"), ("next", "all")),
    **dict.fromkeys(
        ("principios de la semana que viene", "principios de la próxima semana"), ("next", "early")
    ),
    **dict.fromkeys(
        ("début de semaine prochaine", "début de la semaine prochaine"), ("next", "early")
    ),
    **dict.fromkeys(("anfang nächster woche", "anfang der nächsten woche"), ("next", "early")),
    **dict.fromkeys(("início da próxima semana", "inicio da proxima semana"), ("next", "early")),
    **dict.fromkeys(
        ("finales de la semana que viene", "finales de la próxima semana"), ("next", "late")
    ),
    **dict.fromkeys(("fin de la semaine prochaine", "ende nächster woche"), ("next", "late")),
    **dict.fromkeys(("fin de semaine prochaine", "en fin de semaine prochaine"), ("next", "late")),
    **dict.fromkeys(("ende der nächsten woche", "final da próxima semana"), ("next", "late")),
    # the end of next week led by its preposition, which "no fim da semana" (this week) would
    # otherwise take
    **dict.fromkeys(
        (
            "no fim da semana que vem",
            "no final da semana que vem",
            "no fim da próxima semana",
            "no final da próxima semana",
            "final da semana que vem",
        ),
        ("next", "late"),
    ),
    **dict.fromkeys(
        (
            "a finales de la semana que viene",
            "a finales de la próxima semana",
            "al final de la semana que viene",
            "al final de la próxima semana",
            "final de la semana que viene",
            "à la fin de la semaine prochaine",
        ),
        ("next", "late"),
    ),
    # the week after next said as "the week after the next one", with the article, the case or
    # the preposition each language puts before it ("in der übernächsten Woche", "la semana
    # siguiente a la próxima", "na semana depois da próxima"); French "en quinze" after a weekday
    # ("jeudi en quinze") names that weekday of the week after next, as "en huit" of next week
    **dict.fromkeys(
        (
            "the week after next week",
            "week after next week",
            "übernächsten woche",
            "die woche nach der nächsten",
            "der woche nach der nächsten",
            "la semana después de la próxima",
            "semana después de la próxima",
            "la semana siguiente a la próxima",
            "semana siguiente a la próxima",
            "la semana después de la que viene",
            "a semana depois da próxima",
            "semana depois da próxima",
            "a semana seguinte à próxima",
            "semana seguinte à próxima",
            "a semana depois da que vem",
            "na semana depois da próxima",
            "na semana seguinte à próxima",
            "la semaine après la semaine prochaine",
            "en quinze",
        ),
        ("after", "all"),
    ),
    "en huit": ("next", "all"),
    # the start and end of a week in the other words people use: "zu Beginn der kommenden
    # Woche", "the back end of next week", "plus tard cette semaine", "más adelante esta semana",
    # "no final desta semana", "la semana entrante", "nesta semana"
    **dict.fromkeys(
        (
            "zu beginn der kommenden woche",
            "zu beginn der nächsten woche",
            "anfang der kommenden woche",
            "anfang kommender woche",
        ),
        ("next", "early"),
    ),
    **dict.fromkeys(
        ("the back end of next week", "back end of next week", "the tail end of next week"),
        ("next", "late"),
    ),
    **dict.fromkeys(
        (
            "plus tard cette semaine",
            "plus tard dans la semaine",
            "à la fin de cette semaine",
            "más adelante esta semana",
            "más adelante en la semana",
            "no final desta semana",
            "no fim desta semana",
            "später diese woche",
            "später in dieser woche",
            # (without "this": the week named before, if any, as resolve reads them)
            "later in the week",
            "später in der woche",
            "a finales de la semana",
            "mais para o final da semana",
        ),
        ("this", "late"),
    ),
    **dict.fromkeys(("la semana entrante", "semana entrante"), ("next", "all")),
    "nesta semana": ("this", "rest"),
    # Portuguese "de" joined to the week's demonstrative: "qualquer dia desta semana"
    **dict.fromkeys(("desta semana", "dessa semana"), ("this", "rest")),
}


def _shortened(words: Mapping[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """The weeks as phones and notes shorten them, the week or the "next" or both, in each
    language: "later next wk", "latr next week", "nxt week", "la próx. semana", "jueves de la
    prox sem.", "la sem. prochaine", "la semaine proch.", "nächste Wo.", "nä. Woche" (phrases of
    up to three words: the longer ones are written out). No short form is a word of its own
    ("sem" is Portuguese "without", "wo" German "where": their dot is kept)."""
    short = {
        "week": ("wk",),
        "next": ("nxt",),
        "later": ("latr",),
        "semana": ("sem.",),
        "próxima": ("próx.", "próx"),
        "próximo": ("próx.", "próx"),
        "semaine": ("sem.", "sem"),
        "prochaine": ("proch.", "proch"),
        "woche": ("wo.",),
        "nächste": ("nä.",),
        "nächsten": ("nä.",),
    }
    shortened = {}
    for phrase, week in words.items():
        spelt = phrase.split(" ")
        if len(spelt) <= 3:
            for written in product(*((word, *short.get(word, ())) for word in spelt)):
                shortened[" ".join(written)] = week
    return shortened


WEEKS = {**_shortened(WEEKS), **WEEKS}

# Zone names. Abbreviations are case-sensitive (French "est", "et" are words).
ZONE_ABBREVIATIONS: Mapping[str, str] = {
    **dict.fromkeys(("ET", "EST", "EDT", "NY", "NYC"), "America/New_York"),
    **dict.fromkeys(("CT", "CST", "CDT"), "America/Chicago"),
    **dict.fromkeys(("MT", "MST", "MDT"), "America/Denver"),
    **dict.fromkeys(("PT", "PST", "PDT"), "America/Los_Angeles"),
    **dict.fromkeys(("GMT", "UTC"), "UTC"),
    "BST": "Europe/London",
    # German writes "MEZ"/"MESZ" for CET/CEST
    **dict.fromkeys(("CET", "CEST", "MEZ", "MESZ"), "Europe/Berlin"),
    "IST": "Asia/Kolkata",
    "SGT": "Asia/Singapore",
    **dict.fromkeys(("AEST", "AEDT"), "Australia/Sydney"),
}
# Cities whose hour is said by name, in the five languages' spellings
CITY_ZONES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("America/New_York", ("nueva york", "new york", "nova iorque", "nova york", "miami")),
    ("America/Chicago", ("chicago",)),
    ("America/Los_Angeles", ("los angeles", "los ángeles", "california", "californie")),
    ("Europe/London", ("londres", "london", "londra")),
    ("Europe/Madrid", ("madrid",)),
    ("Europe/Paris", ("paris", "parís")),
    ("Europe/Berlin", ("berlin", "berlín")),
    ("Europe/Lisbon", ("lisboa", "lisbonne", "lissabon")),
    ("America/Sao_Paulo", ("são paulo", "sao paulo", "brasília", "brasilia")),
    ("America/Mexico_City", ("méxico", "ciudad de méxico", "mexico")),
    ("America/Bogota", ("bogotá", "bogota")),
    ("America/Lima", ("lima",)),
)
ZONE_NAMES: Mapping[str, str] = {
    **dict.fromkeys(("eastern", "eastern time", "new york time", "ny time"), "America/New_York"),
    **dict.fromkeys(("central", "central time", "chicago time"), "America/Chicago"),
    **dict.fromkeys(("mountain time", "denver time"), "America/Denver"),
    **dict.fromkeys(("pacific", "pacific time", "california time"), "America/Los_Angeles"),
    **dict.fromkeys(("uk time", "london time", "british time"), "Europe/London"),
    **dict.fromkeys(("india time", "indian time"), "Asia/Kolkata"),
    "singapore time": "Asia/Singapore",
    "sydney time": "Australia/Sydney",
    **dict.fromkeys(("berlin time", "german time", "central european time"), "Europe/Berlin"),
    # a country's hour in its own language: "deutscher Zeit", "heure française", "hora de
    # España", "horário de Brasília" (below), "em Brasília"
    **dict.fromkeys(
        ("deutscher zeit", "deutsche zeit", "deutschen zeit", "mitteleuropäischer zeit"),
        "Europe/Berlin",
    ),
    **dict.fromkeys(("heure française", "heure de france"), "Europe/Paris"),
    **dict.fromkeys(("hora española", "hora de españa", "hora peninsular"), "Europe/Madrid"),
    **dict.fromkeys(
        ("em brasília", "em brasilia", "horário brasileiro", "hora de brasil"), "America/Sao_Paulo"
    ),
    **dict.fromkeys(("paris time", "french time"), "Europe/Paris"),
    **dict.fromkeys(("madrid time", "spanish time"), "Europe/Madrid"),
    "amsterdam time": "Europe/Amsterdam",
    **dict.fromkeys(("dublin time", "irish time"), "Europe/Dublin"),
    **dict.fromkeys(("lisbon time", "portugal time"), "Europe/Lisbon"),
    **dict.fromkeys(("mumbai time", "bangalore time", "bengaluru time"), "Asia/Kolkata"),
    "toronto time": "America/Toronto",
    **dict.fromkeys(("tokyo time", "japan time"), "Asia/Tokyo"),
    # a city's hour in the other four languages: "hora de Nueva York", "heure de Paris",
    # "horário de Lisboa", "New Yorker Zeit", "Zeit in London"
    **{
        form.format(city): zone
        for zone, cities in CITY_ZONES
        for city in cities
        for form in (
            "hora de {}",
            "horario de {}",
            "horário de {}",
            "heure de {}",
            "{} zeit",
            "{}er zeit",
            "zeit in {}",
        )
    },
}
# Clock hours written as words ("half past two", "three o'clock").
HOUR_WORDS: Mapping[str, int] = {
    w: i for i, w in enumerate(("one", "two", "three", "four", "five", "six"), 1)
} | {w: i for i, w in enumerate(("seven", "eight", "nine", "ten", "eleven", "twelve"), 7)}
# German "halb drei" is half past two: the half hour before the hour named.
GERMAN_HOUR_WORDS: Mapping[str, int] = {
    w: i
    for i, w in enumerate(
        ("eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf"),
        1,
    )
} | {"zwölf": 12}
# Hours said in Spanish, Portuguese and French, read in "doce y media", "duas e meia",
# "deux heures et demie".
ROMANCE_HOUR_WORDS: Mapping[str, int] = {
    **dict.fromkeys(("una", "uma", "une"), 1),
    **dict.fromkeys(("dos", "duas", "deux"), 2),
    **dict.fromkeys(("tres", "três", "trois"), 3),
    **dict.fromkeys(("cuatro", "quatro", "quatre"), 4),
    **dict.fromkeys(("cinco", "cinq"), 5),
    **dict.fromkeys(("seis", "six"), 6),
    **dict.fromkeys(("siete", "sete", "sept"), 7),
    **dict.fromkeys(("ocho", "oito", "huit"), 8),
    **dict.fromkeys(("nueve", "nove", "neuf"), 9),
    **dict.fromkeys(("diez", "dez", "dix"), 10),
    **dict.fromkeys(("once", "onze"), 11),
    **dict.fromkeys(("doce", "doze", "douze"), 12),
}
# Every hour said in words in the five languages: "between noon and one", "zwischen zwölf und
# eins", "entre meio-dia e uma", "entre midi et une heure"
WORD_HOURS: Mapping[str, int] = {**HOUR_WORDS, **GERMAN_HOUR_WORDS, **ROMANCE_HOUR_WORDS}
# The verbs that move a meeting, in the five languages: "move", "push back", "reschedule",
# "décaler", "reporter", "verschieben", "verlegen", "mover", "pasarla", "cambiar", "passar",
# "remarcar", "adiar". The Romance "pasar", "passer", "passar" and "adiar" only in their own forms
# ("passt" suits, "passing" goes by, "adicional" adds).
MOVE_VERB = (
    r"(?:(?:mov|mu[eé]v|push|shift|bump|chang|cambi|reschedul|traslad|transfer|d[ée]cal|d[ée]plac"
    r"|report|verschieb|verleg|schieb|mud|remar(?:c|qu)|tro(?:c|qu)|adelant|antecip|atras|retras)\w*"
    r"|pas(?:a|ad|e|ar|arla|arlo|en|emos|amos)|pass(?:er|ons|ez|ar|a|e|em|amos|ei|ou|ando)"
    r"|adi(?:ar|a|e|em|amos|ou|ei|ando))"
)
# The small words German sets between "muss ich" and the hour: "ich muss aber um 16 Uhr meinen
# Sohn abholen", "muss ich leider schon um 15:30 los"
MUST_PARTICLES = r"(?:leider|schon|spätestens|dann|noch|aber|allerdings|jedoch|halt|eh|nämlich)"
# "my time" and "local time" name the sender's own zone: the context's.
OWN_ZONE_WORDS: tuple[str, ...] = ("my time", "local time", "my local time", "hora local")


_Trie = dict[str, "_Trie"]


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words`, longest first, spaces matching any whitespace.

    The words are folded into a prefix tree ("mon(?:day|tag)"): a flat list of a hundred
    alternatives is tried one by one at every word start, which made these the slowest
    patterns of the resolver. All words that match at one place lie on one path of the tree,
    and each node tries its longer continuations before stopping, so the match is the same."""
    trie: _Trie = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: _Trie) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + (")?" if "" in node else ")")


# Real words one slip away from a day or part of day: "mourning" is no morning
_NOT_SLIPS = frozenset(("mourning", "mondays", "fridays", "sundays", "mornings", "evenings"))


def _slips(word: str) -> set[str]:
    """`word` with one slip of the keys that leaves it no shorter: two neighbours swapped
    ("mornign") or, in a word of seven letters or more, one letter typed too many inside it
    ("morining", "wednesdday"; "montage" and "martins" are other words)."""
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    if len(word) < 7:
        return swapped
    letters = set(word) | set("abcdefghijklmnopqrstuvwxyz")
    return swapped | {word[:i] + c + word[i:] for i in range(1, len(word)) for c in letters}


def _slip_table() -> dict[str, str]:
    # Only long single words: a slip in "lunes" or "matin" is as often another word.
    known = {*WEEKDAYS, *PART_WORDS, *RELATIVE_DAYS}
    table: dict[str, str] = {}
    for word in sorted(known):
        if len(word) < 6 or not word.isalpha():
            continue
        for slip in _slips(word):
            if slip not in known and slip not in _NOT_SLIPS and slip != word + "s":
                table.setdefault(slip, word)
    return table


# A misspelt day or part of day and the word meant: "tuesday morining" is Tuesday morning
SLIPS: Mapping[str, str] = _slip_table()

# Being free, reachable or at one's usual desk: a whole day spent so is offered, not taken.
_FREE_WORDS = (
    r"(?:free|available|around|reachable|flexible|open|online|home|office|remote|time|"
    r"frei|verfügbar|erreichbar|da|flexibel|zeit|büro|homeoffice|hause|"
    r"libre|libres|dispo|disponibles?|joignable|bureau|télétravail|temps|maison|"
    r"tiempo|oficina|casa|remoto|livres?|disponíve(?:l|is)|escrit[óo]rio|tempo|"
    r"(?:à|a|zur)\s+(?:disposi\w+|verfügung))(?!\w)"
)
WHOLE_DAY = (
    r"(?:den\s+ganzen\s+tag|ganztägig|ganztags|all\s+day(?:\s+long)?|the\s+whole\s+day|"
    r"toute\s+la\s+journée|la\s+journée\s+entière|todo\s+el\s+d[ií]a|el\s+d[ií]a\s+entero|"
    r"o\s+dia\s+(?:todo|inteiro)|todo\s+o\s+dia)(?!\w)"
)
# (phones drop the apostrophe and the accent: "im running", "to montando", told as such by the
# gerund after them, since "im" and "to" are words of their own)
_BEING_WORDS = (
    r"(?:i['’]m|i\s+am|i['’]ll\s+be|i\s+will\s+be|we['’]re|we\s+are|(?:he|she)['’]s|(?:he|she)\s+is|"
    r"im(?=\s+\w+ing\b)|bin\s+ich|ich\s+bin|sind\s+wir|wir\s+sind|ist\s+(?:er|sie)|"
    r"(?:je\s+suis|je\s+serai|nous\s+sommes|on\s+est|(?:il|elle)\s+est)(?:\s+en\s+train\s+de)?|"
    r"estoy|estaré|estamos|está|(?:eu\s+)?(?:estou|estarei|tô)|to(?=\s+\w+[aei]ndo\b))"
)
_HAVING_WORDS = (
    r"(?:i\s+have|i['’]ve\s+got|i\s+got|we\s+have|we['’]ve\s+got|(?:he|she)\s+has|"
    r"habe?\s+ich|ich\s+habe?|haben\s+wir|wir\s+haben|hat\s+(?:er|sie)|"
    r"j['’]ai|nous\s+avons|on\s+a|(?:il|elle)\s+a|tengo|tendré|tenemos|tiene|"
    r"(?:eu\s+)?(?:tenho|terei)|temos|tem)"
)
# (each grouped by its first letters: tried at every word start, where under IGNORECASE re
# would try each of their forty subjects and verbs)
_BEING, _HAVING = (grouped(branches(w), word_start=False) for w in (_BEING_WORDS, _HAVING_WORDS))
# (nor a weekday: "Next week: on Monday all day or Friday after 2" offers the day it names)
_NOT_FREE = (
    rf"(?:(?!{_FREE_WORDS}|(?:{alternation([*WEEKDAYS, *ABBREVIATED_WEEKDAYS, *SHORT_WEEKDAYS])})"
    r"(?!\w))[\w'’-]+\s+)"
)
# A whole day the sender says they spend somewhere or on something, told right after the day
# ("Thursday I'm at the depot all day", "Donnerstag habe ich den ganzen Tag Inventur", "el
# miércoles tengo torneo todo el día", "jeudi je suis toute la journée en tournage"): the day
# is taken. A day spent free, at home or at the desk ("I'm in the office all day") is not.
# Phones and quick notes drop the subject, and often the verb: "tomorrow's out, at my son's
# tournament all day", "in meetings all day", "bin den ganzen Tag auf einem Turnier", "en réunion
# toute la journée", "de viaje todo el día", "em formação o dia todo": a clause that opens on a
# preposition of place or state (or on the bare verb) and ends on the whole day
_UNSAID_BEING = (
    r"(?:(?<=[,;:.(]\s)|(?<=\n)|(?<=\s[-–]\s)|^)(?:(?:bin|suis|estou|tô|to)\s+)?"
    r"(?=(?:at|in|on|out|off|away|stuck|tied|au|aux|à|en|em|no|na|nos|nas|de|auf|im|beim|bin|den)\s)"
)
# Being there to be met, right after the verb: "je suis là toute la journée", "I'm here all
# day", "ich bin hier den ganzen Tag", "estoy aquí todo el día", "estou cá o dia todo"
# ("I'm in all day": the bare "in" before the whole day; "in meetings" is somewhere)
_PRESENT = (
    r"(?:là|here|hier|aquí|acá|aqui|cá|por\s+(?:aquí|acá|aqui|cá)|in(?=\s+"
    + WHOLE_DAY
    + r"))(?!\w)"
)
WHOLE_DAY_SPENT = (
    rf"(?:(?:{_BEING}\s+(?!{_PRESENT}){_NOT_FREE}{{0,5}}?|{_HAVING}\s+{_NOT_FREE}{{1,5}}?"
    rf"|{_UNSAID_BEING}{_NOT_FREE}{{1,5}}?){WHOLE_DAY}"
    rf"(?![^\S\n]+(?:(?:de|as|for)\s+)?{_FREE_WORDS})"
    # the thing had named after the whole day: "habe ich den ganzen Tag Inventur"
    rf"|{_HAVING}\s+{WHOLE_DAY}[^\S\n]+(?!(?:de\s+|as\s+|for\s+)?{_FREE_WORDS})(?-i:[A-ZÄÖÜ])\w+)"
)
# What one may have at an hour that leaves it free: time, a slot, a gap, the day itself, you
_NOT_ENGAGED = (
    rf"(?:{_FREE_WORDS}|slots?|windows?|gaps?|openings?|availability|room|space|nothing|none"
    r"|créneaux?|créneau|disponibili\w*|verfügbarkeit|place|rien|hueco|huecos|espacio|hora|nada|lücke"
    r"|luft|nichts|termin|vaga|janela|espaço|horário|you|him|her|them|us|it|this|that|vous|whole"
    r"|entire|all|ganzen?|toute?|todo|toda|tudo|inteiro"
    rf"|le|la|les|lo|los|te|o|os|sie|dich|euch|{alternation(WEEKDAYS)}|{alternation(RELATIVE_DAYS)}"
    # (round 35) what the meeting has to be, no thing had: "la invitación tiene que quedar a
    # las 16:00", "tiene que ser a las 4", "tem que ser às 16h", "tem de ficar às 16h"
    r"|(?:que|de)\s+(?:ser|quedar|ficar))"
    r"(?!\w)"
)
_ARTICLE = (
    r"(?:a|an|my|our|the|un|une|mon|ma|mes|notre|nos|ein|eine|einen|meine|meinen|unsere"
    r"|una|mi|mis|nuestra|uma|um|minha|meu|nossa)"
)
# a word that leads an hour: "from 11:30", "à partir de 11h30", "desde las 11:30", "ab 11:30"
_HOUR_LEAD = (
    r"(?:from|at|until|till|between|after|à\s+partir\s+de|à|dès|de|desde|a\s+partir\s+de"
    r"(?:\s+las?)?|a\s+partir\s+d[ao]s?|(?:de|a|desde|hasta)\s+las?|ab|um|von|bis|das|às|até|entre)"
)
_THING = rf"(?!{_NOT_ENGAGED})[^\W\d_][\w'’-]*"
# Something the sender has at an hour, told by the hour ("I have rehearsal from 11:30", "tengo
# ensayo desde las 11:30") or after it ("de 12 a 1 tengo comida con un cliente", "ab 11:30 habe
# ich Probe"): those hours are taken. Time, a slot or the day itself had ("I have time from
# 11:30", "habe ich ab 11:30 Zeit") is no engagement.
ENGAGED_AT = (
    rf"(?:{_HAVING}\s+(?:{_ARTICLE}\s+)?{_THING}(?:\s+{_THING}){{0,2}}?(?=\s+{_HOUR_LEAD}\s+\d)"
    # (the engagement starts at its verb, after the hour the time already holds)
    r"|(?:(?<=\d\s)|(?<=\dh\s)|(?<=\d\suhr\s)|(?<=\d\sh\s)|(?<=\dam\s)|(?<=\dpm\s)|(?<=\d\sam\s)"
    rf"|(?<=\d\spm\s)){_HAVING}\s+(?:{_ARTICLE}\s+)?{_THING})"
)
# Somewhere the sender is until an hour: "in the lab til noon", "au labo jusqu'à midi", "im Labor
# bis 12", "en el taller hasta las 12", "no laboratório até meio-dia": busy up to it. A place of
# work one can be reached at (the office, home) or a part of the day is none.
AT_PLACE_UNTIL = (
    r"(?:(?:in|at|on)\s+(?:the|a|my|our)|au|aux|à\s+la|à\s+l['’]|im|beim|in\s+der|auf\s+der"
    # (Portuguese "no", "na" after the verb of being there: Spanish "no vuelvo hasta el 10" is no)
    r"|en\s+(?:el|la|mi)|al|(?:estou|tô|to|fico|estarei|ficarei|estamos|ficamos)\s+n[oa])"
    r"(?:(?<=['’])|\s+)"
    rf"(?!{alternation(PART_WORDS)}(?!\w)){_THING}(?:\s+(?!{alternation(PART_WORDS)}(?!\w)){_THING})?"
    r"(?=\s+(?:until|till|til|up\s+to|jusqu['’]à|bis|hasta|até)\s)"
)
# "That" said back of a day just told with what fills it, and said not to work: "Mittwoch bin
# ich mit einer Klasse in der Halle, das geht leider nicht", "so that doesn't work", "ça ne va
# pas", "eso no puede ser", "isso não dá" (what is offered on a condition is not refused: "if
# that doesn't work")
THAT_FAILS = (
    r"(?<!if\s)(?<!si\s)(?<!se\s)(?<!wenn\s)(?<!falls\s)(?<!caso\s)"
    r"(?:(?:so|also|donc|así\s+que|então)\s+)?(?:that|this|das|ça|cela|ce|eso|esto|isso|isto)\s+"
    r"(?:(?:just|simply|really|leider|also|wirklich|dann|alors|pues|então)\s+)*"
    r"(?:(?:doesn['’]t|does\s+not|won['’]t|will\s+not|wouldn['’]t)\s+work"
    r"|(?:geht|klappt|passt)\s+(?:leider\s+|also\s+|dann\s+)*(?:nicht|gar\s+nicht)"
    r"|ne\s+(?:va|marche|colle|me\s+va)\s+pas|n['’]est\s+pas\s+possible"
    r"|no\s+(?:puede\s+ser|es\s+posible|me\s+va|funciona)"
    r"|não\s+(?:dá|funciona|é\s+possível|me\s+serve))(?!\w)"
)
# Off work, which is busy unless it is why the sender can meet: "Thursday arvo I'm off so anytime
# then works", "she's now off today and says she can do any time between 11 and 4" (round 49)
OFF_WORK = (
    r"off(?!(?:[ \t]+(?:today|tomorrow|then|that\s+day))?[ \t]*,?[ \t]*(?:so|and)[ \t]+"
    r"(?:[\w'’]+[ \t]+){0,4}?(?:any\s*time|works?|fine|free|can|could|suits?|good)(?!\w))"
)
# the words that open a correction of what was just written: "– nein, Korrektur:", "no, sorry,",
# "non, pardon,", "no, perdón,", "não, desculpa,", "nein, Moment,", "no, wait"
# (the noun alone opens one too: "um 15 Uhr? Korrektur: …, also lieber um 16 Uhr")
CORRECTION_NOUN = r"(?:korrektur|correction|correcci[oó]n|corre[cç][aã]o)"
SELF_CORRECTION = (
    rf"(?:{CORRECTION_NOUN}|i\s+mean|ich\s+meine|je\s+veux\s+dire|quiero\s+decir|quero\s+dizer"
    r"|sorry|pardon|perd[oó]n|desculp[ae]|entschuldigung|moment|warte|wait)(?!\w)"
)
# A word that leads the reason for what was just said: a bare "no" after a day, then why ("el
# miércoles no q tengo reparto", "Wednesday no bc", "mercredi non car", "Mittwoch nicht weil",
# "quarta não pq"), phones' short forms among them
REASON_LEAD = (
    r"(?:because|bc|cos|cuz|coz|cause|as|since|parce\s+qu['’e]|pcq|car|puisque|weil|da|denn"
    r"|porque|porq|pq|que|q|ya\s+que|pues|pois|já\s+que)(?!\w)"
)
# "não" and "no" cut to a letter before their verb, as phones write: "quarta n da", "n posso",
# "el miércoles ñ puedo"
PHONE_NO = r"(?:n|ñ)\s+(?:d[áa]|posso|consigo|vou\s+poder|puedo|podemos|me\s+va|nos\s+va)(?!\w)"
# Every hour said in words in the five languages, and noon: "pas de midi à deux", "não das doze"
CLOCK_WORDS = (
    rf"(?:{alternation(WORD_HOURS)}"
    r"|noon|midday|midi|mittag|mediod[ií]a|meio-dia)(?!\w)"
)
# The verb that offers the days named before it, with its person: "work for me", "passt es
# mir", "me vont", "me van bien", "me servem"
OFFER_VERB = (
    r"(?:(?:would\s+)?(?:work|suit)s?(?:\s+(?:for\s+)?(?:me|us))?|(?:are|would\s+be)\s+(?:fine|good|best|ok)"
    r"|(?:passt|passen|geht|gehen|ginge|klappt|klappen)(?:\s+es)?(?:\s+(?:mir|uns))?(?:\s+(?:gut|auch))?"
    r"|(?:me|nous|nos)\s+(?:vont|va|conviennent|conviendraient|van|vienen|quedan|servem|serve)"
    r"(?:\s+(?:bien|bem|très\s+bien|muy\s+bien))?|(?:funcionam|servem|dão|ficam\s+bem)(?:\s+para\s+mim)?)"
)


# The count words of an amount of time ("two hours", "deux jours", "zwei Stunden", "dos horas",
# "duas horas"; "a week", "une semaine", "einen Tag"): one vocabulary for the booked hours and
# days moved in the time reader and for the booked slot moved (rules.shift)
AMOUNT_COUNTS: dict[str, int] = {
    **dict.fromkeys(
        ("a", "an", "one", "un", "une", "ein", "eine", "einen", "uno", "una", "um", "uma"), 1
    ),
    **dict.fromkeys(("two", "deux", "zwei", "dos", "dois", "duas"), 2),
    **dict.fromkeys(("three", "trois", "drei", "tres"), 3),
}
LONGEST_NUDGE = 180  # minutes: a larger move is no nudge of the booked hours, but another time


def amount_count(word: str) -> int:
    """The count a digit or a count word says ("einer", "a": one)."""
    return int(word) if word.isdigit() else AMOUNT_COUNTS.get(word.lower(), 1)


# The day just named, named back: "that day", "ce jour-là", "an diesem Tag", "ese día", "nesse
# dia" ("the same day" is the booked one's where no day was named before it, `lex._SAME_DAY`)
DAY_NAMED_BACK = (
    r"(?:that\s+day|ce\s+jour-là|an\s+(?:dem|diesem)\s+tag|ese\s+d[íi]a|(?:n?esse|neste)\s+dia)"
)
