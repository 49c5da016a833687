"""A sixteenth vocabulary of composed replies (tests.parsers.compositions), held out of round 37.

Written by a helper session from EXTRACTION.md, compositions.py and the fifteenth vocabulary alone
(the second to fourteenth read only to avoid repeating their phrases), by someone other than their
authors, and never run through the reader: the same fields, zones and send dates, every phrase new
(no string of it appears in compositions.py or the second to fifteenth vocabularies, checked
mechanically with case and accents ignored, and again with punctuation ignored and each dated form
filled in with its dates, bar the bare weekday names, "or"/"and", the zones, the send dates, the
lead "am " and the empty lead and time phrase; no phrase of it appears, so normalised, even as a run
of whole words inside one of theirs). It measures how far fixes made on the first fifteen
vocabularies carry over to wordings nobody tuned on (see docs/DESIGN.md, "Composed replies"). Rounds
after 37 may read it; a new held-out vocabulary then measures them.

Notes on choices (all by EXTRACTION.md):
- The first `days` style of every language stays the bare full weekday names, since ruled-out
  sentences, deadlines and "except" words take their names from it; "or"/"and" are the language's
  only words for them. Those are the only parts shared with the earlier vocabularies. Every other
  style opens its list with no word, but for the German "am " said once before the whole list ("am
  Montag, dem 07.12. oder Mittwoch, dem 09.12."); the Spanish "el " said once is left out, being a
  lead the earlier vocabularies used, and an article repeated before each day would leave open which
  days the time phrase belongs to.
- The other day styles name the week of the 7th by the weekday and its date, each date the first
  such date on or after today and in the same week as its weekday: the British and Indian "Monday,
  7th of Dec" and the American "Mon., December 7" in New York; "lundi, le 7/12" (day/month, in
  Paris) and the administrative "lundi 7 du mois courant"; "am Montag, dem 07.12." and the formal
  "Montag, d. 7. Dezember"; "lunes día 7 de diciembre" (Spain) and the Latin American "lunes 7 del
  mes" (of this month); São Paulo (an Americas zone, where "7/12" would be month/day) only with the
  month spelled ("2ª feira, 7 de dezembro", "segunda-feira, dia 7 de dez.").
- Dated styles (the week of the 14th): "Monday, December 14th, 2026" (a four-digit year only) and
  "Mon 14th of December"; "lundi 14 décembre courant" and "lun. 14 déc. 2026"; "Montag, am 14.12."
  and "Mo, d. 14. Dez."; "lunes día 14 de dic." and the Latin American "lunes 14 de diciembre del
  2026"; "segunda, 14 de dezembro de 2026" and "seg., dia 14 de dez.". No numeric date in New York
  or São Paulo, no two-digit year (which the time phrase after it would follow as one more number),
  no day-month with a hyphen, no Roman month ("Montag, 14.XII.") and no two-letter weekdays that are
  also words (French "lu", "ma", "me"; Spanish "lu", "mi").
- Parts of day: "through the whole morning", "across the afternoon", "tout au long de la matinée",
  "den ganzen Vormittag lang", "durante la mañana entera", "ao longo da manhã" and their afternoons
  are the part; spans equal to the part ("from nine till midday", "9am through 12pm", "from noon
  till five", "entre neuf heures et midi", "entre midi et cinq heures", "l'aprèm, de midi à 17 h",
  "vormittags zwischen neun und zwölf", "morgens zwischen 9 und 12", "zwischen Mittag und fünf",
  "desde las nueve hasta el mediodía", "de 12 a 5 de la tarde", "de manhã, das 9 às 12", "do
  meio-dia às 5 da tarde", "à tarde, entre 12h e 17h") are the part's hours; a bare five is 17:00
  and a bare twelve noon, by the contract's rule for bare hours.
- "after two in the afternoon", "après 2 h de l'après-midi", "após as duas horas da tarde", "después
  de las 2 p.m." are "after X"; "from 2 o'clock on", "any time from 2pm on", "à partir de deux
  heures de l'aprèm", "à partir de 14 h, quand vous voulez", "nachmittags ab zwei", "von zwei Uhr
  an" are "from X"; "ab 14 Uhr aufwärts", "desde las dos en adelante", "de las dos de la tarde en
  adelante", the Brazilian "das duas da tarde pra frente" and "das 14h pra lá" are "X onwards"; "any
  time before eleven", "before eleven in the morning", "avant 11 h pile", "antes de las once en
  punto", "antes das onze horas da manhã" are "before X"; "up until 11am", "le matin jusqu'à 11 h",
  "bis um elf", the Austrian "bis 11 Uhr früh" (eleven in the morning), "hasta las 11:00 a. m." are
  "until X"; "de 9 h à 11 h pile", "von neun bis elf Uhr vormittags", "desde las 9 hasta las 11",
  "das 9 às 11 horas", "das 9h às 11h da manhã" are 9-11. "from ten until twelve", "10 o'clock till
  12", "de dix heures à 12 h", "zwischen 10 und 12 Uhr mittags", "ab zehn bis zwölf", the Mexican
  "de 10 a 12 del día" and "de diez a doce del mediodía", "de 10h às 12h", "entre as 10 horas e o
  meio-dia" are 10-12. "noon", "midi", "Mittag", "mediodía", "meio-dia" only at the start or end of
  a span.
- Left out as readable two ways: "en fin de matinée" (late morning, not the morning); "de 14 h
  jusqu'à la fin de l'après-midi" (to 17:00, or "late afternoon"?); "from 2pm till close of
  business" (close of business: 17:00 or later?); "von früh bis 17 Uhr" (from what hour is "früh"?);
  "jusqu'à 11 h au plus" (a bound or a deadline?); "14 h et après"; "leaving 12 to 1pm free" and
  "with 12-1 kept free" (kept free for lunch, or free to meet?); "no período da manhã" (like "no
  turno", a shift); "estoy copado" (Rioplatense for "thrilled", not "busy"); "should be fine" and
  other hedges; "plus tard que 14 h" (not idiomatic). "la semana entrante" and "la semaine d'après"
  are not used: next week only as the contract names it.
- Next week: "So, next week:", "Right, next week:", "Checking my diary for next week:", "Niveau
  dispos, la semaine prochaine :", "Je vous réponds pour la semaine prochaine :", "Was die nächste
  Woche betrifft:", "Für die kommende Woche sieht's so aus:", "Te paso lo de la semana próxima:",
  "De la semana que viene te digo:", "Olha, a semana que vem:". "Any day" phrases name next week's
  weekdays ("every single weekday next week", "each weekday morning next week", "du lundi au
  vendredi de la semaine prochaine", "tous les jours ouvrables de la semaine prochaine", "an jedem
  Werktag der nächsten Woche", "cualquier día hábil de la próxima semana", "qualquer manhã entre
  segunda e sexta da próxima semana", a range of weekdays and not the two days named); the contract
  keeps Saturday and Sunday out even where "an sämtlichen Tagen der nächsten Woche" could take them
  in. The words before the excepted day are plain exceptions ("apart from on", "excluding just",
  "with the exception of just", "sauf naturellement le", "hormis seulement le", "sauf, bien sûr,
  le", "außer dem", "ausgenommen den", "außer jedoch am", "menos solo el", "excepto únicamente el",
  "salvo solamente el", "salvo na", "com a exceção de", "tirando somente a"); no hedge, no "es sei
  denn" (unless).
- Lunch excepted only with its explicit span ("minus 12 to 1", "but not 12:00 to 1:00", "barring 12
  to 1pm", "hors 12 h-13 h", "à part entre midi et 13 h", "exklusive 12–13 Uhr", "nicht jedoch von
  12 bis 13 Uhr", "quitando la franja de 12 a 13", "excepto de 12 a 1 de la tarde", "menos no
  intervalo das 12h às 13h"); no lunch word.
- No greeting or sign-off names a part of day, a weekday, the weekend, the week or an hour ("G'day",
  "Bonne journée", "Prezada Ana, boa semana." left out). Ruled-out sentences are busy on the named
  days, not away and not whole-day phrases ("chock-a-block", "my diary is rammed", "I've got zero
  bandwidth", "je suis charrette", "c'est la folie", "ist bei mir die Hölle los", "geht's bei mir
  drunter und drüber", "estoy tapado de trabajo", "estoy re ocupado", "estou enrolado", "estou num
  corre-corre"); none is the negation of a predicate. "ist für mich kein Problem" is an offer (no
  problem for me), not a refusal.
- Registers and regions: Indian English ("Respected Madam,", "Could you revert before {day}?", a
  signature from Rahul Sharma), British ("would be bang on for me", "works a dream for me", "there's
  room in my diary on", "my diary is rammed", a signature from Leeds), Australian ("is all good with
  me", "Thanks heaps, Jess") and American ("Mon., December 7", "is totally fine by me", "I'm wide
  open", "Ping me by {day} with your pick", "Sent from my iPhone"); Québec ("Allo Anna, merci pour
  le suivi.", a signature from Québec), Belgian (a signature from Liège), Swiss (a signature from
  Lausanne), administrative ("du mois courant", "Je compte sur un retour de votre part avant
  {day}.") and casual French ("je peux me rendre dispo", "l'aprèm", "je suis charrette", "Re-bonjour
  Anna,"); Bavarian (a signature from Munich), Austrian ("bis 11 Uhr früh", a signature from Graz)
  and formal German ("Montag, d. 7. Dezember", "Um Rückmeldung bis {day} wird gebeten."); Mexican
  ("me late mucho", "de 10 a 12 del día"), Rioplatense ("me va joya", "me queda regio", "estoy re
  ocupado"), Chilean (a signature from Valparaíso), Colombian ("¿Qué hubo, Marta?", a signature from
  Medellín) and Spain ("me viene como anillo al dedo", "tengo un hueco libre", "lunes día 7 de
  diciembre"); Brazilian ("estou livre para uma call", "das 14h pra lá", "Olá, Ana, tudo
  tranquilo?", "Valeu, Pedro") and European Portuguese ("serve-me bem", "Pode responder-me até
  {day}?", "Boas, Ana,", a signature from Coimbra).
- The quoted earlier message sits under a one-line header in yet another form of each mail client
  (Apple Mail's British "On 3 Dec 2026, at 16:12, … wrote:", "Le jeudi 3 décembre 2026 à 16 h 12, …
  a écrit :", "Am Donnerstag, 3. Dezember 2026, 16:12 schrieb Kestrel Hire:", "El jue, 3 de dic de
  2026, 16:12, Kestrel Hire escribió:", "Na quinta-feira, 3 de dezembro de 2026, … escreveu:"); its
  dates and times (the 15th and the 10th) are not offers.
"""

from __future__ import annotations

from tests.parsers.compositions import Tongue

EN16 = Tongue(
    "en",
    "America/New_York",
    "Fri, 04 Dec 2026 15:20:00 -0500",
    (
        ("", ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
        (
            "",
            (
                "Monday, 7th of Dec",
                "Tuesday, 8th of Dec",
                "Wednesday, 9th of Dec",
                "Thursday, 10th of Dec",
                "Friday, 11th of Dec",
            ),
        ),
        (
            "",
            (
                "Mon., December 7",
                "Tue., December 8",
                "Wed., December 9",
                "Thu., December 10",
                "Fri., December 11",
            ),
        ),
    ),
    (
        (
            "Monday, December {d}th, 2026",
            "Tuesday, December {d}th, 2026",
            "Wednesday, December {d}th, 2026",
            "Thursday, December {d}th, 2026",
            "Friday, December {d}th, 2026",
        ),
        (
            "Mon {d}th of December",
            "Tue {d}th of December",
            "Wed {d}th of December",
            "Thu {d}th of December",
            "Fri {d}th of December",
        ),
    ),
    {"or": "or", "and": "and"},
    {
        "day": ("",),
        "morning": ("through the whole morning", "from nine till midday", "9am through 12pm"),
        "afternoon": ("across the afternoon", "from noon till five", "12pm through 5pm"),
        "after2": ("from 2 o'clock on", "after two in the afternoon", "any time from 2pm on"),
        "before11": ("any time before eleven", "before eleven in the morning", "up until 11am"),
        "10to12": ("from ten until twelve", "from 10am until midday", "10 o'clock till 12"),
    },
    (
        "is all good with me",
        "would be bang on for me",
        "is totally fine by me",
        "works beautifully for me",
        "works a dream for me",
    ),
    ("I'll be around", "I'm wide open", "I have openings on", "there's room in my diary on"),
    ("So, next week:", "Checking my diary for next week:", "Right, next week:"),
    (
        "{days} is chock-a-block for me.",
        "{days} I'm stuck in meetings.",
        "{days} my diary is rammed.",
        "{days} I've got zero bandwidth.",
    ),
    (
        "Could you revert before {day}?",
        "Please advise by {day}.",
        "Ping me by {day} with your pick.",
    ),
    (
        "Respected Madam,",
        "Hi Anna, hope you're well.",
        "Good to hear from you, Anna.",
        "Hi Anna, thanks for getting back to me.",
    ),
    (
        "Warm regards,\nRahul Sharma",
        "Thanks heaps,\nJess",
        "Best wishes,\nOliver Grant\nLeeds",
        "Thanks,\nDan\n\nSent from my iPhone",
    ),
    ("9am through 5pm", "the whole day through", "whenever's best for you"),
    {
        "day": ("any of the weekdays next week", "every single weekday next week"),
        "morning": ("any of the mornings next week", "each weekday morning next week"),
        "afternoon": ("any of the afternoons next week", "each weekday afternoon next week"),
    },
    ("apart from on", "excluding just", "with the exception of just"),
    ("minus 12 to 1", "but not 12:00 to 1:00", "barring 12 to 1pm"),
    (
        "On 3 Dec 2026, at 16:12, Kestrel Hire <schedule@kestrel.example> wrote:",
        "Hi,\nCould you do Tuesday the 15th at 10am or Thursday the 10th at 2pm?\n"
        "Thanks,\nKestrel Hire",
    ),
)
FR16 = Tongue(
    "fr",
    "Europe/Paris",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("lundi", "mardi", "mercredi", "jeudi", "vendredi")),
        (
            "",
            (
                "lundi, le 7/12",
                "mardi, le 8/12",
                "mercredi, le 9/12",
                "jeudi, le 10/12",
                "vendredi, le 11/12",
            ),
        ),
        (
            "",
            (
                "lundi 7 du mois courant",
                "mardi 8 du mois courant",
                "mercredi 9 du mois courant",
                "jeudi 10 du mois courant",
                "vendredi 11 du mois courant",
            ),
        ),
    ),
    (
        (
            "lundi {d} décembre courant",
            "mardi {d} décembre courant",
            "mercredi {d} décembre courant",
            "jeudi {d} décembre courant",
            "vendredi {d} décembre courant",
        ),
        (
            "lun. {d} déc. 2026",
            "mar. {d} déc. 2026",
            "mer. {d} déc. 2026",
            "jeu. {d} déc. 2026",
            "ven. {d} déc. 2026",
        ),
    ),
    {"or": "ou", "and": "et"},
    {
        "day": ("",),
        "morning": (
            "tout au long de la matinée",
            "entre neuf heures et midi",
            "de 9 h à 12 h pile",
        ),
        "afternoon": (
            "tout au long de l'après-midi",
            "entre midi et cinq heures",
            "l'aprèm, de midi à 17 h",
        ),
        "after2": (
            "après 2 h de l'après-midi",
            "à partir de deux heures de l'aprèm",
            "à partir de 14 h, quand vous voulez",
        ),
        "before11": ("avant 11 h pile", "le matin jusqu'à 11 h", "de 9 h à 11 h pile"),
        "10to12": ("de 10 h à midi pile", "entre 10 h et midi pile", "de dix heures à 12 h"),
    },
    (
        "ça m'arrange bien",
        "ça m'irait parfaitement",
        "ça me convient tout à fait",
        "ce serait idéal pour moi",
        "ça marche de mon côté",
    ),
    (
        "je peux me rendre dispo",
        "je peux me libérer sans problème",
        "vous pouvez compter sur moi",
        "je pourrai me connecter",
    ),
    (
        "Pour la semaine prochaine, voici :",
        "Niveau dispos, la semaine prochaine :",
        "Je vous réponds pour la semaine prochaine :",
    ),
    (
        "{days}, j'ai des réunions à la chaîne.",
        "{days}, je croule sous le travail.",
        "{days}, c'est la folie.",
        "{days}, je suis charrette.",
    ),
    (
        "Tu me dis avant {day} ?",
        "Pouvez-vous me faire signe d'ici {day} ?",
        "Je compte sur un retour de votre part avant {day}.",
    ),
    (
        "Bonjour Anna, merci de votre retour.",
        "Salut Anna, merci pour ton message !",
        "Re-bonjour Anna,",
        "Allo Anna, merci pour le suivi.",
    ),
    (
        "Salutations,\nJean-François Roy\nQuébec",
        "Bien à toi,\nAurélie",
        "Avec mes meilleures salutations,\nPascal Favre\nLausanne",
        "Bonne continuation,\nKevin Peeters\nLiège",
    ),
    ("de 9 h à 17 h sans problème", "sur toute la plage 9 h-17 h", "de 9 h à 17 h pile"),
    {
        "day": (
            "du lundi au vendredi de la semaine prochaine",
            "tous les jours ouvrables de la semaine prochaine",
        ),
        "morning": (
            "tous les matins de la semaine prochaine",
            "chaque matin de la semaine qui vient",
        ),
        "afternoon": (
            "tous les après-midis de la semaine qui vient",
            "n'importe quelle après-midi de la semaine prochaine",
        ),
    },
    ("sauf naturellement le", "hormis seulement le", "sauf, bien sûr, le"),
    ("hors 12 h-13 h", "à part entre midi et 13 h", "en dehors de 12 h à 13 h"),
    (
        "Le jeudi 3 décembre 2026 à 16 h 12, Kestrel Hire <schedule@kestrel.example> a écrit :",
        "Bonjour,\nMardi 15 à 10 h ou jeudi 10 à 14 h, cela vous irait-il ?\nBien à vous",
    ),
)
DE16 = Tongue(
    "de",
    "Europe/Berlin",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")),
        (
            "am ",
            (
                "Montag, dem 07.12.",
                "Dienstag, dem 08.12.",
                "Mittwoch, dem 09.12.",
                "Donnerstag, dem 10.12.",
                "Freitag, dem 11.12.",
            ),
        ),
        (
            "",
            (
                "Montag, d. 7. Dezember",
                "Dienstag, d. 8. Dezember",
                "Mittwoch, d. 9. Dezember",
                "Donnerstag, d. 10. Dezember",
                "Freitag, d. 11. Dezember",
            ),
        ),
    ),
    (
        (
            "Montag, am {d}.12.",
            "Dienstag, am {d}.12.",
            "Mittwoch, am {d}.12.",
            "Donnerstag, am {d}.12.",
            "Freitag, am {d}.12.",
        ),
        (
            "Mo, d. {d}. Dez.",
            "Di, d. {d}. Dez.",
            "Mi, d. {d}. Dez.",
            "Do, d. {d}. Dez.",
            "Fr, d. {d}. Dez.",
        ),
    ),
    {"or": "oder", "and": "und"},
    {
        "day": ("",),
        "morning": (
            "vormittags zwischen neun und zwölf",
            "morgens zwischen 9 und 12",
            "den ganzen Vormittag lang",
        ),
        "afternoon": (
            "nachmittags von zwölf bis fünf",
            "zwischen Mittag und fünf",
            "den ganzen Nachmittag lang",
        ),
        "after2": ("ab 14 Uhr aufwärts", "nachmittags ab zwei", "von zwei Uhr an"),
        "before11": ("bis um elf", "bis 11 Uhr früh", "von neun bis elf Uhr vormittags"),
        "10to12": (
            "zwischen 10 und 12 Uhr mittags",
            "zwischen zehn Uhr und zwölf",
            "ab zehn bis zwölf",
        ),
    },
    (
        "wäre mir sehr recht",
        "wäre für mich optimal",
        "würde gut in meinen Kalender passen",
        "ließe sich bei mir einrichten",
        "ist für mich kein Problem",
    ),
    ("ich kann gern", "ich hätte frei", "gut könnte ich", "ich stehe zur Verfügung"),
    (
        "Was die nächste Woche betrifft:",
        "Zur Planung der nächsten Woche:",
        "Für die kommende Woche sieht's so aus:",
    ),
    (
        "{days} ist bei mir die Hölle los.",
        "{days} stecke ich in Workshops.",
        "{days} hab ich Sitzungen am laufenden Band.",
        "{days} geht's bei mir drunter und drüber.",
    ),
    (
        "Um Rückmeldung bis {day} wird gebeten.",
        "Könnten Sie bis {day} zurückschreiben?",
        "Wäre super, wenn du dich bis {day} meldest.",
    ),
    (
        "Hi Anna, danke für die Mail.",
        "Hallo Frau Berg, danke für Ihre Nachricht.",
        "Hallo Anna, vielen Dank für die schnelle Antwort.",
        "Sehr geehrte Frau Berg, besten Dank für Ihre Mail.",
    ),
    (
        "Mit freundlichen Grüßen\nThomas Schmidt",
        "Liebe Grüße aus München\nVroni",
        "Herzliche Grüße\nKatrin Vogel\nPersonalreferentin, Graz",
        "VG\nTim\n\nVon meinem iPhone gesendet",
    ),
    ("ganztägig von 9 bis 17 Uhr", "wann immer es passt", "zu jeder Zeit zwischen 9 und 17 Uhr"),
    {
        "day": ("an jedem Werktag der nächsten Woche", "an sämtlichen Tagen der nächsten Woche"),
        "morning": ("jeden Vormittag nächste Woche", "jeden Vormittag der kommenden Woche"),
        "afternoon": ("jeden Nachmittag nächste Woche", "jeden Nachmittag der kommenden Woche"),
    },
    ("außer dem", "ausgenommen den", "außer jedoch am"),
    ("ausgenommen 12 bis 13 Uhr", "exklusive 12–13 Uhr", "nicht jedoch von 12 bis 13 Uhr"),
    (
        "Am Donnerstag, 3. Dezember 2026, 16:12 schrieb Kestrel Hire:",
        "Hallo,\npasst Ihnen Dienstag, 15.12., 10 Uhr oder Donnerstag, 10.12., 14 Uhr?\n"
        "Viele Grüße",
    ),
)
ES16 = Tongue(
    "es",
    "Europe/Madrid",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("lunes", "martes", "miércoles", "jueves", "viernes")),
        (
            "",
            (
                "lunes día 7 de diciembre",
                "martes día 8 de diciembre",
                "miércoles día 9 de diciembre",
                "jueves día 10 de diciembre",
                "viernes día 11 de diciembre",
            ),
        ),
        (
            "",
            (
                "lunes 7 del mes",
                "martes 8 del mes",
                "miércoles 9 del mes",
                "jueves 10 del mes",
                "viernes 11 del mes",
            ),
        ),
    ),
    (
        (
            "lunes día {d} de dic.",
            "martes día {d} de dic.",
            "miércoles día {d} de dic.",
            "jueves día {d} de dic.",
            "viernes día {d} de dic.",
        ),
        (
            "lunes {d} de diciembre del 2026",
            "martes {d} de diciembre del 2026",
            "miércoles {d} de diciembre del 2026",
            "jueves {d} de diciembre del 2026",
            "viernes {d} de diciembre del 2026",
        ),
    ),
    {"or": "o", "and": "y"},
    {
        "day": ("",),
        "morning": (
            "durante la mañana entera",
            "desde las nueve hasta el mediodía",
            "por la mañana, de 9 a 12",
        ),
        "afternoon": (
            "durante la tarde entera",
            "de 12 a 5 de la tarde",
            "del mediodía hasta las cinco de la tarde",
        ),
        "after2": (
            "después de las 2 p.m.",
            "desde las dos en adelante",
            "de las dos de la tarde en adelante",
        ),
        "before11": (
            "desde las 9 hasta las 11",
            "antes de las once en punto",
            "hasta las 11:00 a. m.",
        ),
        "10to12": (
            "de diez a doce del mediodía",
            "de 10 a 12 del día",
            "entre las 10 y las 12 del mediodía",
        ),
    },
    (
        "me late mucho",
        "me va joya",
        "me parece perfecto",
        "me queda regio",
        "me viene como anillo al dedo",
    ),
    ("tengo disponible", "tengo un hueco libre", "me queda libre", "podría conectarme"),
    (
        "Para la semana que viene, te cuento:",
        "Te paso lo de la semana próxima:",
        "De la semana que viene te digo:",
    ),
    (
        "{days} estoy tapado de trabajo.",
        "{days} tengo reuniones seguidas.",
        "{days} estoy re ocupado.",
        "{days} estoy a mil.",
    ),
    (
        "Quedo pendiente de tu respuesta antes del {day}.",
        "¿Me das respuesta antes del {day}?",
        "Agradezco confirmación antes del {day}.",
    ),
    (
        "Hola Marta, un gusto saludarte.",
        "Hola, Marta. Gracias por tu correo.",
        "¿Qué hubo, Marta?",
        "Marta, hola:",
    ),
    (
        "Saludos cordiales,\nAndrés Pardo\nMedellín",
        "Un beso,\nCoti",
        "Atte.,\nRodrigo Fuentes\nValparaíso",
        "Gracias,\nÁlvaro\n\nEnviado desde mi iPhone",
    ),
    (
        "a la hora que te acomode",
        "en el horario que prefieras",
        "a cualquier hora que te quede bien",
    ),
    {
        "day": (
            "cualquier día hábil de la próxima semana",
            "cualquier día de lunes a viernes de la semana próxima",
        ),
        "morning": (
            "cada mañana de la próxima semana",
            "cualquiera de las mañanas de la próxima semana",
        ),
        "afternoon": (
            "todas las tardes de lunes a viernes de la semana próxima",
            "cualquiera de las tardes de la próxima semana",
        ),
    },
    ("menos solo el", "excepto únicamente el", "salvo solamente el"),
    (
        "salvo entre las 12 y las 13 h",
        "quitando la franja de 12 a 13",
        "excepto de 12 a 1 de la tarde",
    ),
    (
        "El jue, 3 de dic de 2026, 16:12, Kestrel Hire escribió:",
        "Hola:\n¿Te acomoda el martes 15 a las 10:00 o el jueves 10 a las 14:00?\n"
        "Saludos cordiales",
    ),
)
PT16 = Tongue(
    "pt",
    "America/Sao_Paulo",
    "Fri, 04 Dec 2026 15:20:00 -0300",
    (
        ("", ("segunda", "terça", "quarta", "quinta", "sexta")),
        (
            "",
            (
                "2ª feira, 7 de dezembro",
                "3ª feira, 8 de dezembro",
                "4ª feira, 9 de dezembro",
                "5ª feira, 10 de dezembro",
                "6ª feira, 11 de dezembro",
            ),
        ),
        (
            "",
            (
                "segunda-feira, dia 7 de dez.",
                "terça-feira, dia 8 de dez.",
                "quarta-feira, dia 9 de dez.",
                "quinta-feira, dia 10 de dez.",
                "sexta-feira, dia 11 de dez.",
            ),
        ),
    ),
    (
        (
            "segunda, {d} de dezembro de 2026",
            "terça, {d} de dezembro de 2026",
            "quarta, {d} de dezembro de 2026",
            "quinta, {d} de dezembro de 2026",
            "sexta, {d} de dezembro de 2026",
        ),
        (
            "seg., dia {d} de dez.",
            "ter., dia {d} de dez.",
            "qua., dia {d} de dez.",
            "qui., dia {d} de dez.",
            "sex., dia {d} de dez.",
        ),
    ),
    {"or": "ou", "and": "e"},
    {
        "day": ("",),
        "morning": ("de manhã, das 9 às 12", "ao longo da manhã", "entre as nove e o meio-dia"),
        "afternoon": ("ao longo da tarde", "do meio-dia às 5 da tarde", "à tarde, entre 12h e 17h"),
        "after2": ("das duas da tarde pra frente", "das 14h pra lá", "após as duas horas da tarde"),
        "before11": (
            "das 9 às 11 horas",
            "antes das onze horas da manhã",
            "das 9h às 11h da manhã",
        ),
        "10to12": ("de 10h às 12h", "das dez horas ao meio-dia", "entre as 10 horas e o meio-dia"),
    },
    (
        "é perfeito pra mim",
        "serve-me bem",
        "está ótimo para mim",
        "vem a calhar",
        "cai como uma luva",
    ),
    ("estou livre para uma call", "poderia participar", "consigo me encontrar", "posso me reunir"),
    ("Para a semana que vem, segue:", "Pensando na próxima semana,", "Olha, a semana que vem:"),
    (
        "{days} estou sem tempo pra nada.",
        "{days} estou enrolado.",
        "{days} estou assoberbado.",
        "{days} estou num corre-corre.",
    ),
    (
        "Aguardo o seu retorno até {day}.",
        "Pode responder-me até {day}?",
        "Fico aguardando sua resposta até {day}.",
    ),
    (
        "Boas, Ana,",
        "Olá Ana, tudo bem por aí?",
        "Oi, Ana! Obrigada pelo retorno.",
        "Olá, Ana, tudo tranquilo?",
    ),
    (
        "Atenciosamente,\nFernanda Lima Prado\nAnalista de RH",
        "Bjs,\nCarol",
        "Valeu,\nPedro\n\nEnviado do meu iPhone",
        "Cumprimentos,\nNuno Almeida\nCoimbra",
    ),
    ("quando for melhor pra você", "das 9h às 17h, sem problema", "no horário que te for melhor"),
    {
        "day": ("qualquer um dos dias úteis da próxima semana", "todo dia útil da semana que vem"),
        "morning": (
            "qualquer manhã entre segunda e sexta da próxima semana",
            "de manhã, em qualquer dia útil da semana que vem",
        ),
        "afternoon": (
            "qualquer tarde entre segunda e sexta da próxima semana",
            "à tarde, em qualquer dia útil da semana que vem",
        ),
    },
    ("salvo na", "com a exceção de", "tirando somente a"),
    ("salvo das 12 às 13h", "exceto o horário das 12h às 13h", "menos no intervalo das 12h às 13h"),
    (
        "Na quinta-feira, 3 de dezembro de 2026, Kestrel Hire <schedule@kestrel.example> escreveu:",
        "Oi,\nVocê pode na terça, dia 15, às 10h, ou na quinta, dia 10, às 14h?\nAbraços",
    ),
)
TONGUES16 = (EN16, FR16, DE16, ES16, PT16)
