"""A fifteenth vocabulary of composed replies (tests.parsers.compositions), held out of round 36.

Written by a helper session from EXTRACTION.md, compositions.py and the fourteenth vocabulary alone
(the second to thirteenth read only to avoid repeating their phrases), by someone other than their
authors, and never run through the reader: the same fields, zones and send dates, every phrase
new (no string of it appears in compositions.py or the second to fourteenth vocabularies, checked
mechanically with case and accents ignored, and again with punctuation ignored and each dated form
filled in with its dates, bar the bare weekday names, "or"/"and", the zones, the send dates, the
lead "am " and the empty lead and time phrase; no phrase of it appears, so normalised, even as a
run of whole words inside one of theirs). It measures how far fixes made on the first fourteen
vocabularies carry over to wordings nobody tuned on (see docs/DESIGN.md, "Composed replies").
Rounds after 36 may read it; a new held-out vocabulary then measures them.

Notes on choices (all by EXTRACTION.md):
- The first `days` style of every language stays the bare full weekday names, since ruled-out
  sentences, deadlines and "except" words take their names from it; "or"/"and" are the
  language's only words for them. Those are the only parts shared with the earlier vocabularies.
  Every other style opens its list with no word, but for the German "am " said once before the
  whole list ("am Montag, dem 7. Dezember oder Mittwoch, dem 9. Dezember"): an article repeated
  before each day would leave open which days the time phrase belongs to.
- The other day styles name the week of the 7th by the weekday and its date, each date the first
  such date on or after today and in the same week as its weekday, the month spelled wherever a
  numeric date could be read the other way round: the British and Indian "Monday the 7th of
  December" and the American "Mon (Dec 7)" in New York; "lundi, le 7 décembre" and "lun. 7
  décembre"; "am Montag, dem 7. Dezember" and "Montag (7. Dez.)"; "lun. 7 de diciembre" and the
  Latin American business "lunes 7 del presente" (of the present month); São Paulo (an Americas
  zone, where "7/12" would be month/day) only with the month spelled ("segunda, 7 de dezembro",
  "seg., 7 de dez.").
- Dated styles (the week of the 14th): New York spells the month or names this one ("Mon. {d}th
  December", "Monday the {d}th of this month"); the Québec "lundi le {d} déc." and the French
  administrative "lundi {d} courant" (of this month); "Mo, den {d}. Dezember", "Montag, den {d}.
  Dez."; "lunes {d} de este mes", "lunes {d} de dic. de 2026"; São Paulo spells the month ("2ª
  feira, {d} de dez.", the ordinal weekday of Portuguese calendars, and "segunda-feira dia {d}
  de dezembro"). No numeric day/month in New York or São Paulo, no day-month with a hyphen, no
  two-digit year (which the time phrase after it would follow as one more number), and no French
  two-letter weekdays ("je 10 déc.", "me 9 déc."), which read as pronouns.
- Parts of day: "during the morning hours", "dans le courant de la matinée", "über den
  Vormittag", "durante toda la mañana", "durante toda a manhã" and their afternoons are the part;
  spans equal to the part ("sometime before noon", "from 9 o'clock until noon", "from midday to
  5pm", "le matin, entre 9 h et 12 h", "von neun Uhr bis Mittag", "zwischen 12:00 und 17:00 Uhr",
  "de 9 de la mañana a 12 del mediodía", the Spanish bare "de doce a cinco", "pela manhã, das 9h
  ao meio-dia", "entre o meio-dia e as 5 da tarde") are the part's hours.
- "at any point after 2pm", "past 2 in the afternoon", "später als 14:00 Uhr", "jederzeit nach
  14:00", "passadas as 14h" are "after X"; "n'importe quand à partir de 14 h", "à compter de deux
  heures de l'après-midi", "dès 14 h pile", "irgendwann ab 14:00", "a partir de las 2 p. m.", the
  Rioplatense "a partir de las 14:00 hs" are "from X"; "2 p.m. onward", "de 2 de la tarde en
  adelante", "das 14h para a frente", "de 14h em diante" are "X onwards"; "any time prior to 11
  a.m.", "avant 11 heures du mat'", "noch vor 11 Uhr", "antes das 11h00 da manhã" are "before X";
  "up to 11 in the morning", "jusqu'à 11 h pile", "bis um 11 Uhr", "hasta las once en punto", "até
  as onze horas" are "until X"; "from 10 o'clock to 12", "10 a.m. to noon", "10 h - midi", "zwischen
  zehn Uhr und Mittag", "zwischen zehn und zwölf Uhr mittags", the Mexican "de diez a doce del día"
  and "de 10 a 12 del mediodía" (twelve "del día" or "del mediodía": noon), "das 10 até as 12" are
  10-12. Bare and spelled hours only inside the contract's rule (1-7 pm, 8-11 am, 12 noon): "any
  hour from 9 to 5", "de 9 h à onze heures", "de 9 a 11 hs", "das 9h até 11h"; "noon", "midi",
  "Mittag", "mediodía", "meio-dia" only at the start or end of a span. No "by 11", "d'ici 11 h", "au
  plus tard", "bis spätestens", "a más tardar" or "no máximo" beside an hour (a deadline or a
  bound?); no "14 h et plus" (Québec for "2 pm or later", but it could be read as "14 hours or
  more"); no "in the a.m." (a bare meridiem, morning or an hour left out?); no "horario matutino" or
  "jornada"; no "no turno da manhã" (a work shift, whose hours vary); no "ish".
- Next week only as the contract names it: "For next week, here's what I have:", "Quick update
  on next week:", "Question semaine prochaine,", "Alors, la semaine prochaine :", "Hinsichtlich
  der kommenden Woche:", "Pensando en la semana próxima,", "No que toca à próxima semana,". "la
  semaine qui vient" (the coming week, next week on a Friday) appears only in "any day" phrases.
  No "la semaine d'après", "la otra semana", "Woche drauf", "semana seguinte" or "the following
  week" (the next week, or the one after?).
- "Any day" phrases name next week's weekdays ("any one of next week's weekdays", "on any weekday
  morning of next week", "tous les jours ouvrés de la semaine qui vient", "an allen Tagen der
  kommenden Woche", "cualquiera de las mañanas de la semana que viene", "toda e qualquer tarde da
  próxima semana"); the contract keeps Saturday and Sunday out even where "an allen Tagen" could
  take them in. The words before the excepted day are plain exceptions ("except only on", "with
  the one exception of", "barring only", "mis à part bien sûr le", "außer freilich am"
  (Bavarian and Austrian), "außer halt am", "a excepción hecha del", "menos nomás el" (Mexican),
  "exceção feita à", "tirando apenas a"); no "everything but" or "bar only" after a day phrase
  (clumsy English), no "bis auf" (except, but it starts as "until"), no hedge.
- Lunch excepted only with its explicit span ("save for 12:00 to 1:00 pm", "with noon to 1pm
  blocked out", "mis à part 12 h–13 h", "wobei 12 bis 13 Uhr wegfällt", "sacando de 12 a 13 h",
  "tirando o intervalo das 12 às 13h"); no lunch word, no exception ending in a negation.
- No greeting or sign-off names a part of day, a weekday, the weekend or an hour ("Bonne journée",
  "Belle journée", "Buen día", "Boa tarde", "Guten Morgen" left out). Ruled-out sentences are busy
  on the named days, not away and not whole-day phrases ("snowed under", "wall-to-wall", "booked
  back to back", "je suis débordé", "mon emploi du temps est blindé", "komplett ausgebucht",
  "Termine ohne Ende", "estoy con el agua al cuello", "no paro ni un segundo", "atolado de
  trabalho", "enterrado em reuniões"); none is the negation of a predicate.
- Registers and regions: Indian English ("Namaste Anna,", "Do get back to me by {day}, if you
  can.", a signature from Arjun Nair), British ("would work a treat", "Ta, Liam", "Monday the 7th
  of December", a signature from Manchester) and American ("Mon (Dec 7)", "Shoot me a note by
  {day}", "happy to jump on a call", "you can pencil me in for"); Québec ("lundi le {d} déc.",
  "Allô Anna, merci pour ton courriel !", a signature from Montréal), Swiss (a signature from
  Geneva), administrative ("lundi {d} courant", "Je vous remercie de me confirmer avant {day}.")
  and casual French ("c'est jouable pour moi", "Question semaine prochaine,", "avant 11 heures du
  mat'", "mon emploi du temps est blindé"); Bavarian and Austrian ("Griaß di, Anna,", "außer
  freilich am", a signature from Vienna) and Swiss German ("Hoi Anna, merci für die Nachricht.",
  "Freundliche Grüsse"); Mexican ("me cae perfecto", "de diez a doce del día", "menos nomás el"),
  Chilean ("me calza perfecto"), Rioplatense ("me va de diez", "hs"), Colombian ("Hola Marta,
  ¿cómo vas?", a signature from Bogotá) and Spain ("Confírmame porfa", "estoy hasta arriba",
  "lun. 7 de diciembre"); Brazilian ("dá certinho pra mim", "Fico no aguardo da sua confirmação
  até {day}.", "Olá, Ana, tudo joia?", "Sobre a semana que vem, vai lá:") and European Portuguese
  ("calha-me na perfeição", "Dá-me uma resposta até {day}, por favor.", "Cumprimentos," from
  Lisbon); "2ª feira" is the ordinal weekday of both.
- The quoted earlier message sits under a one-line header in yet another form of each mail
  client (Outlook's "On Thursday, December 3, 2026 4:12 PM, … wrote:", Thunderbird's "Le
  03/12/2026 à 16:12, … a écrit :" (day/month, in Paris), "Am 3. Dezember 2026 um 16:12 schrieb
  …:", "El jueves 3 de diciembre de 2026, a las 16:12, Kestrel Hire escribió:", "Em 3 de dezembro
  de 2026 às 16:12, Kestrel Hire escreveu:"), addressed to the candidate, not to the recruiter the
  reply greets; its dates and times (the 16th and the 7th) are not offers.
"""

from __future__ import annotations

from tests.parsers.compositions import Tongue

EN15 = Tongue(
    "en",
    "America/New_York",
    "Fri, 04 Dec 2026 15:20:00 -0500",
    (
        ("", ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
        (
            "",
            (
                "Monday the 7th of December",
                "Tuesday the 8th of December",
                "Wednesday the 9th of December",
                "Thursday the 10th of December",
                "Friday the 11th of December",
            ),
        ),
        ("", ("Mon (Dec 7)", "Tue (Dec 8)", "Wed (Dec 9)", "Thu (Dec 10)", "Fri (Dec 11)")),
    ),
    (
        (
            "Mon. {d}th December",
            "Tue. {d}th December",
            "Wed. {d}th December",
            "Thu. {d}th December",
            "Fri. {d}th December",
        ),
        (
            "Monday the {d}th of this month",
            "Tuesday the {d}th of this month",
            "Wednesday the {d}th of this month",
            "Thursday the {d}th of this month",
            "Friday the {d}th of this month",
        ),
    ),
    {"or": "or", "and": "and"},
    {
        "day": ("",),
        "morning": (
            "sometime before noon",
            "from 9 o'clock until noon",
            "during the morning hours",
        ),
        "afternoon": (
            "during the afternoon hours",
            "any time after 12 noon",
            "from midday to 5pm",
        ),
        "after2": ("2 p.m. onward", "at any point after 2pm", "past 2 in the afternoon"),
        "before11": ("up to 11 in the morning", "any time prior to 11 a.m.", "from 9 to 11 a.m."),
        "10to12": ("from 10 o'clock to 12", "10 a.m. to noon", "anywhere between 10 and noon"),
    },
    (
        "fits my schedule nicely",
        "is doable on my end",
        "would be perfect for me",
        "would work a treat",
        "sits well with me",
    ),
    (
        "feel free to put me down for",
        "you can pencil me in for",
        "I'm able to make",
        "happy to jump on a call",
    ),
    (
        "For next week, here's what I have:",
        "Quick update on next week:",
        "Regarding next week's slots,",
    ),
    (
        "I'm tied up with client work {days}.",
        "{days} my calendar is wall-to-wall.",
        "{days} I'm snowed under.",
        "{days} I'm booked back to back.",
    ),
    (
        "Do get back to me by {day}, if you can.",
        "Shoot me a note by {day} if that works.",
        "I'd appreciate a response before {day}.",
    ),
    (
        "Namaste Anna,",
        "Hi again Anna,",
        "Hello Ms. Berg,",
        "Hi Anna — thanks for the follow-up.",
    ),
    (
        "Regards,\nArjun Nair",
        "Talk soon,\nMegan",
        "Ta,\nLiam",
        "Kind regards,\nCharlotte Hughes\nSenior Engineer | Manchester",
    ),
    ("at whatever time works for you", "any hour from 9 to 5", "anytime between 9am and 5pm"),
    {
        "day": ("on any weekday of next week", "any one of next week's weekdays"),
        "morning": ("any of next week's mornings", "on any weekday morning of next week"),
        "afternoon": ("any of next week's afternoons", "on any weekday afternoon of next week"),
    },
    ("except only on", "with the one exception of", "barring only"),
    ("other than 12 to 1pm", "with noon to 1pm blocked out", "save for 12:00 to 1:00 pm"),
    (
        "On Thursday, December 3, 2026 4:12 PM, Kestrel Hire <schedule@kestrel.example> wrote:",
        "Hi,\nWould Wednesday the 16th at 9:30am or Monday the 7th at 4pm work for you?\n"
        "Thanks,\nKestrel Hire",
    ),
)
FR15 = Tongue(
    "fr",
    "Europe/Paris",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("lundi", "mardi", "mercredi", "jeudi", "vendredi")),
        (
            "",
            (
                "lundi, le 7 décembre",
                "mardi, le 8 décembre",
                "mercredi, le 9 décembre",
                "jeudi, le 10 décembre",
                "vendredi, le 11 décembre",
            ),
        ),
        (
            "",
            (
                "lun. 7 décembre",
                "mar. 8 décembre",
                "mer. 9 décembre",
                "jeu. 10 décembre",
                "ven. 11 décembre",
            ),
        ),
    ),
    (
        (
            "lundi le {d} déc.",
            "mardi le {d} déc.",
            "mercredi le {d} déc.",
            "jeudi le {d} déc.",
            "vendredi le {d} déc.",
        ),
        (
            "lundi {d} courant",
            "mardi {d} courant",
            "mercredi {d} courant",
            "jeudi {d} courant",
            "vendredi {d} courant",
        ),
    ),
    {"or": "ou", "and": "et"},
    {
        "day": ("",),
        "morning": (
            "entre 9 h et midi",
            "dans le courant de la matinée",
            "le matin, entre 9 h et 12 h",
        ),
        "afternoon": ("entre midi et 17 h", "de 12 h à 17 h 00", "de midi jusqu'à 17 heures"),
        "after2": (
            "n'importe quand à partir de 14 h",
            "à compter de deux heures de l'après-midi",
            "dès 14 h pile",
        ),
        "before11": ("avant 11 heures du mat'", "jusqu'à 11 h pile", "de 9 h à onze heures"),
        "10to12": ("10 h - midi", "de 10 h jusqu'à midi", "entre 10 h et 12 h 00"),
    },
    (
        "fait l'affaire pour moi",
        "ça m'irait très bien",
        "c'est jouable pour moi",
        "ça me convient à merveille",
        "m'accommode bien",
    ),
    (
        "je serai disponible",
        "j'aurais de la disponibilité",
        "je me libère volontiers",
        "vous pouvez me réserver",
    ),
    (
        "Question semaine prochaine,",
        "Voici mes dispos pour la semaine prochaine :",
        "Alors, la semaine prochaine :",
    ),
    (
        "{days}, je suis débordé.",
        "{days}, j'enchaîne les rendez-vous.",
        "{days}, je n'ai pas une minute à moi.",
        "{days}, mon emploi du temps est blindé.",
    ),
    (
        "Pourriez-vous me répondre d'ici {day} ?",
        "Dites-moi d'ici {day}, s'il vous plaît.",
        "Je vous remercie de me confirmer avant {day}.",
    ),
    (
        "Bonjour Mme Berg,",
        "Salut Anna, comment tu vas ?",
        "Bonjour Anna, et merci pour votre message.",
        "Allô Anna, merci pour ton courriel !",
    ),
    (
        "Bien cordialement,\nSophie Laurent",
        "Amitiés,\nNico",
        "Meilleures salutations,\nBeat Keller\nGenève",
        "Sincères salutations,\nFrançois Tremblay\nMontréal",
    ),
    ("quand ça vous arrange", "de 9 h 00 jusqu'à 17 h 00", "à toute heure de la journée"),
    {
        "day": (
            "n'importe quel jour la semaine qui vient",
            "tous les jours ouvrés de la semaine qui vient",
        ),
        "morning": (
            "n'importe quelle matinée de la semaine qui vient",
            "chacune des matinées de la semaine qui vient",
        ),
        "afternoon": (
            "n'importe quel après-midi la semaine qui vient",
            "chacun des après-midis de la semaine qui vient",
        ),
    },
    ("sauf pour ce qui est du", "mis à part bien sûr le", "hormis bien sûr le"),
    ("hormis entre 12 h et 13 h", "à l'exception de 12 h–13 h", "mis à part 12 h–13 h"),
    (
        "Le 03/12/2026 à 16:12, Kestrel Hire <schedule@kestrel.example> a écrit :",
        "Bonjour Claire,\nMercredi 16 à 9 h 30 ou lundi 7 à 16 h, est-ce possible pour vous ?\n"
        "Cordialement",
    ),
)
DE15 = Tongue(
    "de",
    "Europe/Berlin",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")),
        (
            "am ",
            (
                "Montag, dem 7. Dezember",
                "Dienstag, dem 8. Dezember",
                "Mittwoch, dem 9. Dezember",
                "Donnerstag, dem 10. Dezember",
                "Freitag, dem 11. Dezember",
            ),
        ),
        (
            "",
            (
                "Montag (7. Dez.)",
                "Dienstag (8. Dez.)",
                "Mittwoch (9. Dez.)",
                "Donnerstag (10. Dez.)",
                "Freitag (11. Dez.)",
            ),
        ),
    ),
    (
        (
            "Mo, den {d}. Dezember",
            "Di, den {d}. Dezember",
            "Mi, den {d}. Dezember",
            "Do, den {d}. Dezember",
            "Fr, den {d}. Dezember",
        ),
        (
            "Montag, den {d}. Dez.",
            "Dienstag, den {d}. Dez.",
            "Mittwoch, den {d}. Dez.",
            "Donnerstag, den {d}. Dez.",
            "Freitag, den {d}. Dez.",
        ),
    ),
    {"or": "oder", "and": "und"},
    {
        "day": ("",),
        "morning": ("über den Vormittag", "zwischen 9 Uhr und Mittag", "von neun Uhr bis Mittag"),
        "afternoon": (
            "über den Nachmittag",
            "von Mittag bis 17 Uhr",
            "zwischen 12:00 und 17:00 Uhr",
        ),
        "after2": ("irgendwann ab 14:00", "später als 14:00 Uhr", "jederzeit nach 14:00"),
        "before11": ("bis um 11 Uhr", "noch vor 11 Uhr", "zwischen 9:00 und 11:00 Uhr"),
        "10to12": (
            "zwischen zehn Uhr und Mittag",
            "zwischen zehn und zwölf Uhr mittags",
            "von zehn Uhr bis Mittag",
        ),
    },
    (
        "würde mir entgegenkommen",
        "wäre für mich prima",
        "lässt sich bei mir gut einrichten",
        "passt bei mir bestens",
        "ist bei mir gut machbar",
    ),
    (
        "zur Verfügung stünde ich",
        "ansprechbar bin ich",
        "einplanen können Sie mich",
        "erreichbar bin ich",
    ),
    (
        "Zur nächsten Woche kurz:",
        "Hinsichtlich der kommenden Woche:",
        "Kurzer Überblick über nächste Woche:",
    ),
    (
        "{days} bin ich komplett ausgebucht.",
        "{days} habe ich Termine ohne Ende.",
        "{days} bin ich im Dauerstress.",
        "{days} ist mein Terminkalender randvoll.",
    ),
    (
        "Ich bitte um Rückmeldung bis {day}.",
        "Bitte geben Sie mir bis {day} Bescheid, ob das passt.",
        "Meldest du dich bis {day}?",
    ),
    (
        "Griaß di, Anna,",
        "Hallo Anna, schön von dir zu hören!",
        "Hoi Anna, merci für die Nachricht.",
        "Liebe Frau Berg, danke für die Rückmeldung.",
    ),
    (
        "Liebe Grüße\nSabine",
        "Freundliche Grüsse\nUrs Meier",
        "Mit besten Grüßen\nDr. Markus Huber\nLeiter Personal, Wien",
        "Bis bald\nFlo",
    ),
    ("wann immer Sie möchten", "zu beliebiger Uhrzeit", "wann es dir passt"),
    {
        "day": ("an irgendeinem Tag der nächsten Woche", "an allen Tagen der kommenden Woche"),
        "morning": (
            "an irgendeinem Vormittag der nächsten Woche",
            "an allen Vormittagen der kommenden Woche",
        ),
        "afternoon": (
            "an irgendeinem Nachmittag der nächsten Woche",
            "an allen Nachmittagen der kommenden Woche",
        ),
    },
    ("außer freilich am", "ausgenommen eben am", "außer halt am"),
    (
        "12 bis 13 Uhr ausgenommen",
        "wobei 12 bis 13 Uhr wegfällt",
        "jedoch nicht zwischen 12 und 13 Uhr",
    ),
    (
        "Am 3. Dezember 2026 um 16:12 schrieb Kestrel Hire <schedule@kestrel.example>:",
        "Guten Tag Herr Weber,\nwäre Mittwoch, 16.12. um 9:30 Uhr oder Montag, 7.12. um 16 Uhr "
        "für Sie möglich?\nMit freundlichen Grüßen",
    ),
)
ES15 = Tongue(
    "es",
    "Europe/Madrid",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("lunes", "martes", "miércoles", "jueves", "viernes")),
        (
            "",
            (
                "lun. 7 de diciembre",
                "mar. 8 de diciembre",
                "mié. 9 de diciembre",
                "jue. 10 de diciembre",
                "vie. 11 de diciembre",
            ),
        ),
        (
            "",
            (
                "lunes 7 del presente",
                "martes 8 del presente",
                "miércoles 9 del presente",
                "jueves 10 del presente",
                "viernes 11 del presente",
            ),
        ),
    ),
    (
        (
            "lunes {d} de este mes",
            "martes {d} de este mes",
            "miércoles {d} de este mes",
            "jueves {d} de este mes",
            "viernes {d} de este mes",
        ),
        (
            "lunes {d} de dic. de 2026",
            "martes {d} de dic. de 2026",
            "miércoles {d} de dic. de 2026",
            "jueves {d} de dic. de 2026",
            "viernes {d} de dic. de 2026",
        ),
    ),
    {"or": "o", "and": "y"},
    {
        "day": ("",),
        "morning": (
            "durante toda la mañana",
            "entre las nueve y el mediodía",
            "de 9 de la mañana a 12 del mediodía",
        ),
        "afternoon": (
            "durante toda la tarde",
            "de doce a cinco",
            "del mediodía a las 5 p. m.",
        ),
        "after2": (
            "de 2 de la tarde en adelante",
            "a partir de las 2 p. m.",
            "a partir de las 14:00 hs",
        ),
        "before11": ("hasta las 11:00 de la mañana", "de 9 a 11 hs", "hasta las once en punto"),
        "10to12": (
            "de 10 a 12 del mediodía",
            "entre las 10:00 y el mediodía",
            "de diez a doce del día",
        ),
    },
    (
        "me va de diez",
        "me calza perfecto",
        "me queda de maravilla",
        "me cae perfecto",
        "me viene súper bien",
    ),
    ("estaré disponible", "puedo reunirme", "tengo tiempo libre", "me queda un espacio"),
    (
        "Para la próxima semana te cuento:",
        "Pensando en la semana próxima,",
        "Con respecto a la semana que viene:",
    ),
    (
        "{days} estoy hasta arriba.",
        "{days} no paro ni un segundo.",
        "{days} ando con mil cosas.",
        "{days} estoy con el agua al cuello.",
    ),
    (
        "Te agradezco que me confirmes antes del {day}.",
        "Por favor, respóndeme antes del {day}.",
        "Confírmame porfa antes del {day}.",
    ),
    (
        "Hola Marta, ¿cómo vas?",
        "Hola Martita, ¿cómo te va?",
        "Buenas, Marta, ¿cómo estás?",
        "Hola, Marta, gracias por escribir.",
    ),
    (
        "Quedo atento,\nSantiago Herrera",
        "Abrazo,\nNico",
        "Cordialmente,\nValentina Ríos\nCoordinadora de Selección, Bogotá",
        "Saludos,\nFer\n\nEnviado desde mi Android",
    ),
    ("cuando te venga mejor", "en el horario que más te convenga", "a la hora que gustes"),
    {
        "day": ("cualquier día de la semana próxima", "todos los días de la próxima semana"),
        "morning": (
            "cada una de las mañanas de la próxima semana",
            "cualquiera de las mañanas de la semana que viene",
        ),
        "afternoon": (
            "cada una de las tardes de la próxima semana",
            "cualquiera de las tardes de la semana que viene",
        ),
    },
    ("a excepción hecha del", "exceptuando únicamente el", "menos nomás el"),
    (
        "excepto de 12 a 13 h",
        "a excepción de la franja de 12 a 13",
        "sacando de 12 a 13 h",
    ),
    (
        "El jueves 3 de diciembre de 2026, a las 16:12, Kestrel Hire escribió:",
        "Hola, Diego:\n¿Te viene bien el miércoles 16 a las 9:30 o el lunes 7 a las 16:00?\n"
        "Saludos",
    ),
)
PT15 = Tongue(
    "pt",
    "America/Sao_Paulo",
    "Fri, 04 Dec 2026 15:20:00 -0300",
    (
        ("", ("segunda", "terça", "quarta", "quinta", "sexta")),
        (
            "",
            (
                "segunda, 7 de dezembro",
                "terça, 8 de dezembro",
                "quarta, 9 de dezembro",
                "quinta, 10 de dezembro",
                "sexta, 11 de dezembro",
            ),
        ),
        (
            "",
            (
                "seg., 7 de dez.",
                "ter., 8 de dez.",
                "qua., 9 de dez.",
                "qui., 10 de dez.",
                "sex., 11 de dez.",
            ),
        ),
    ),
    (
        (
            "2ª feira, {d} de dez.",
            "3ª feira, {d} de dez.",
            "4ª feira, {d} de dez.",
            "5ª feira, {d} de dez.",
            "6ª feira, {d} de dez.",
        ),
        (
            "segunda-feira dia {d} de dezembro",
            "terça-feira dia {d} de dezembro",
            "quarta-feira dia {d} de dezembro",
            "quinta-feira dia {d} de dezembro",
            "sexta-feira dia {d} de dezembro",
        ),
    ),
    {"or": "ou", "and": "e"},
    {
        "day": ("",),
        "morning": (
            "entre as 9 e as 12 horas",
            "durante toda a manhã",
            "pela manhã, das 9h ao meio-dia",
        ),
        "afternoon": (
            "do meio-dia às 17 horas",
            "durante toda a tarde",
            "entre o meio-dia e as 5 da tarde",
        ),
        "after2": ("das 14h para a frente", "de 14h em diante", "passadas as 14h"),
        "before11": ("até as onze horas", "antes das 11h00 da manhã", "das 9h até 11h"),
        "10to12": ("entre 10h00 e 12h00", "das 10 até as 12", "das 10h até 12h"),
    },
    (
        "dá certinho pra mim",
        "me serve muito bem",
        "calha-me na perfeição",
        "fica ótimo para mim",
        "me encaixa perfeitamente",
    ),
    (
        "estou disponível para conversar",
        "consigo conversar",
        "estou com agenda livre",
        "tenho disponibilidade de agenda",
    ),
    (
        "No que toca à próxima semana,",
        "Sobre a semana que vem, vai lá:",
        "Com relação à semana que vem,",
    ),
    (
        "{days} estou atolado de trabalho.",
        "{days} tenho a agenda cheia.",
        "{days} ando atarefadíssimo.",
        "{days} estou enterrado em reuniões.",
    ),
    (
        "Dá-me uma resposta até {day}, por favor.",
        "Você consegue me confirmar até {day}?",
        "Fico no aguardo da sua confirmação até {day}.",
    ),
    (
        "Oi, Ana! Tudo certo?",
        "Olá Ana, como está?",
        "Olá, Ana, tudo joia?",
        "Olá Ana, obrigado pela mensagem.",
    ),
    (
        "Cordialmente,\nMariana Souza\nRecrutadora",
        "Um abraço,\nTiago",
        "Cumprimentos,\nInês Ferreira\nLisboa",
        "Abraços,\nDudu",
    ),
    (
        "a hora que você quiser",
        "em qualquer horário entre 9h e 17h",
        "no horário que for mais conveniente",
    ),
    {
        "day": ("num dia qualquer da próxima semana", "todo e qualquer dia da próxima semana"),
        "morning": (
            "numa manhã qualquer da próxima semana",
            "toda e qualquer manhã da próxima semana",
        ),
        "afternoon": (
            "numa tarde qualquer da próxima semana",
            "toda e qualquer tarde da próxima semana",
        ),
    },
    ("com a exceção da", "exceção feita à", "tirando apenas a"),
    (
        "salvo entre 12h e 13h",
        "tirando o intervalo das 12 às 13h",
        "à exceção do intervalo das 12h às 13h",
    ),
    (
        "Em 3 de dezembro de 2026 às 16:12, Kestrel Hire escreveu:",
        "Oi Rafael,\nVocê pode na quarta, dia 16, às 9h30 ou na segunda, dia 7, às 16h?\nAbs",
    ),
)
TONGUES15 = (EN15, FR15, DE15, ES15, PT15)
