"""A twelfth vocabulary of composed replies (tests.parsers.compositions), held out of round 33.

Written by a helper session from EXTRACTION.md, compositions.py and the eleventh vocabulary alone
(the second to tenth read only to avoid repeating their phrases), by someone other than their
authors, and never run through the reader: the same fields, zones and send dates, every phrase
new (no string of it appears in compositions.py or the second to eleventh vocabularies, checked
mechanically, bar the bare weekday names, "or"/"and", the zones, the send dates and the leads
"am "/"el "). It measures how far fixes made on the first eleven vocabularies carry over to
wordings nobody tuned on (see docs/DESIGN.md, "Composed replies"). Rounds after 33 may read it;
a new held-out vocabulary then measures them.

Notes on choices (all by EXTRACTION.md):
- The first `days` style of every language stays the bare full weekday names, since ruled-out
  sentences, deadlines and "except" words take their names from it; "or"/"and" are the
  language's only words for them. Those are the only parts shared with the earlier vocabularies.
- The other day styles name the week of the 7th by the weekday and its date, each date the first
  such date on or after today and in the same week as its weekday: "Monday (the 7th)" and month/
  day with a leading zero in New York ("Mon. 12/07"); "lundi (7/12)" and the formal French "lundi
  7 courant" (the 7th of the current month); "Mo., 7.12." and "am Montag, 07.12." (the article
  opening the list once); the Spanish "el lunes 7 de diciembre" and the one-letter weekdays of
  Spanish calendars with day/month ("L 7/12", "M 8/12", "X 9/12", "J 10/12", "V 11/12"); São
  Paulo (an Americas zone, where "7/12" would be month/day) only with the month spelled or the
  day of the month alone ("segunda (7 de dez.)", "seg., dia 07").
- Dated styles (the week of the 14th): New York spells the month or names the day of the month
  alone ("Monday, December {d}, 2026", "the {d}th (Mon.)"); day/month only in the European zones
  ("{d}/12/26 (lun.)", the Swiss two-letter weekdays "lu {d}.12.", "ma", "me", "je", "ve", the
  formal "lundi {d} décembre prochain", "Montag, {d}. Dez. 2026", "Mo. ({d}.12.)", the ISO date of
  DIN 5008 "2026-12-{d} (Mo.)", "lunes {d} de diciembre de 2026", "día {d} (lunes)", "lun., {d}
  dic. 2026"); São Paulo spells the month ("dia {d} de dez. (seg.)", "2ª-feira, {d}/dez", "{d}
  dez. (segunda-feira)"). No day-month with a hyphen; the ISO date is year-month-day in full.
- Parts of day said with "only"/"exclusivement"/"ausschließlich"/"solamente"/"somente" ("only in
  the morning", "l'après-midi exclusivement", "ausschließlich vormittags", "solamente por la
  tarde", "somente pela manhã", "apenas à tarde") are the part; spans equal to the part ("9
  a.m.–noon", "9 h–12 h", "von 12 bis 17", "de nueve a doce de la mañana", "do meio-dia até as 17
  horas") are the part's hours.
- "from 2 in the afternoon on", "2:00 p.m. onwards", "desde las dos de la tarde en adelante",
  "das 14 horas em diante" are "X onwards"; "any time past 2 p.m.", "après quatorze heures",
  "nach vierzehn Uhr", "después de las 14 horas", "após as 14h00" are "after X"; "dès 14 h", "ab
  14:00 h" are "from X"; "any time earlier than 11am", "avant onze heures du matin", "vor 11.00 h",
  "antes de las 11:00 h" are "before X"; "jusqu'à 11 h 00", "bis 11 Uhr morgens", "bis elf",
  "hasta las 11:00 horas", "até as 11 horas da manhã" are "until X"; "10 a.m.–noon", "de dix
  heures jusqu'à midi", "von zehn bis zwölf", "de las diez al mediodía", "das 10 horas ao
  meio-dia" are 10-12. Bare and spelled hours only inside the contract's rule (1-7 pm, 8-11 am,
  12 noon): "between 9 and 5", "from 9 a.m. until 11", "bis elf", "von 9 bis 12"; no French
  "cinq heures" for five in the afternoon; "noon", "midi", "Mittag", "mediodía", "meio-dia" only as
  the start or end of a span. No "by 11" (a deadline or a bound?), no "no later than", no
  "business hours"/"jornada laboral" for the whole day (not the contract's 9-17 everywhere), no
  "libre comme l'air" or "wide open" before a part of day (the contract's "flexible" is a whole
  day), no "Woche ab Montag" or "week of Dec 7" opener (it names a day of its own).
- Lunch excepted only with its explicit span ("excluding the 12–1 hour", "en excluant la plage 12
  h–13 h", "bis auf 12–13 Uhr", "menos en la franja de 12 a 13 h", "com exceção do horário de 12h
  às 13h"); no lunch word, no exception ending in a negation, no "fora o intervalo" (outside the
  span or except it?).
- No greeting or sign-off names a part of day, a weekday or the weekend ("Happy Friday", "buen
  finde" left out). Ruled-out sentences are busy on the named days, not away and not whole-day
  phrases ("I'm double-booked", "je suis sous l'eau", "Termin an Termin", "voy hasta arriba",
  "tô atolado de reunião"); none is the negation of a predicate.
- Registers and regions: "LMK by {day}, thx.", "Hey hey Anna,", "fits the bill for me", "count
  me in for"; French "Sem. pro :", "j'enchaîne les réunions", Quebec "Marie-Claude Lemieux,
  Conseillère en ressources humaines", Swiss "lu 14.12."; Swiss German "Grüezi Frau Berg, besten
  Dank", "Huhu Anna,", "Gesendet mit der GMX Mail App", "Herzliche Grüße aus Stuttgart"; Spanish
  "me viene requetebién", "voy hasta arriba", "Buenas, buenas,", a Catalan-named signature from
  the "Departamento de Personas"; Brazilian "fica legal pra mim", "tô sem brecha nenhuma", "Me
  fala até {day}, beleza?", "Abração,", "Ei, Ana,".
- The quoted earlier message sits under a one-line header in yet another form of each mail
  client ("On 12/3/26 at 4:12 PM, … wrote:", "Le jeudi 3 déc. 2026 à 16 h 12, … a écrit :", the
  Gmail app's "… schrieb am Do., 3. Dez. 2026, 16:12:", "El jueves, 3 de diciembre de 2026,
  16:12, … escribió:", "Em 3 de dezembro de 2026 16:12, … escreveu:"); its dates and times (the
  17th, the 15th, the 10th and the 7th) are not offers.
"""

from __future__ import annotations

from tests.parsers.compositions import Tongue

EN12 = Tongue(
    "en",
    "America/New_York",
    "Fri, 04 Dec 2026 15:20:00 -0500",
    (
        ("", ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
        (
            "",
            (
                "Monday (the 7th)",
                "Tuesday (the 8th)",
                "Wednesday (the 9th)",
                "Thursday (the 10th)",
                "Friday (the 11th)",
            ),
        ),
        ("", ("Mon. 12/07", "Tue. 12/08", "Wed. 12/09", "Thu. 12/10", "Fri. 12/11")),
    ),
    (
        (
            "Monday, December {d}, 2026",
            "Tuesday, December {d}, 2026",
            "Wednesday, December {d}, 2026",
            "Thursday, December {d}, 2026",
            "Friday, December {d}, 2026",
        ),
        (
            "the {d}th (Mon.)",
            "the {d}th (Tue.)",
            "the {d}th (Wed.)",
            "the {d}th (Thu.)",
            "the {d}th (Fri.)",
        ),
    ),
    {"or": "or", "and": "and"},
    {
        "day": ("",),
        "morning": ("only in the morning", "9 a.m.–noon", "from 9am until noon"),
        "afternoon": ("only in the afternoon", "noon–5 p.m.", "from 12pm until 5pm"),
        "after2": ("any time past 2 p.m.", "from 2 in the afternoon on", "2:00 p.m. onwards"),
        "before11": ("9 a.m.–11 a.m.", "any time earlier than 11am", "from 9 a.m. until 11"),
        "10to12": ("10 a.m.–noon", "from ten a.m. until noon", "any time 10am–12pm"),
    },
    (
        "would be just right",
        "fits the bill for me",
        "is free on my end",
        "would suit me perfectly",
        "works like a charm for me",
    ),
    ("I'd be happy to talk", "I can make myself available", "count me in for", "I'm able to chat"),
    (
        "Looking at my calendar for next week,",
        "As things stand for next week:",
        "Quick rundown for next week:",
    ),
    (
        "{days} I'm double-booked.",
        "{days} my calendar is jammed.",
        "I'm stuck in meetings {days}, sorry.",
        "{days}: off the table, unfortunately.",
    ),
    (
        "A reply by {day} would be much appreciated.",
        "Could you get back to me by {day}?",
        "LMK by {day}, thx.",
    ),
    (
        "Hi Anna, hope you're doing well!",
        "Dear Ms. Berg, thank you for your email.",
        "Hey hey Anna,",
        "Hi Anna — thanks for the quick reply.",
    ),
    (
        "All the best,\nJake",
        "Kind regards,\nPriya Nair\nData Scientist, Boston",
        "Thx!\nMo\n\nSent from my Pixel",
        "Appreciate it,\nCarlos",
    ),
    ("between 9 and 5", "9 a.m.–5 p.m.", "whenever's easiest for you"),
    {
        "day": ("any weekday you want next week", "every workday next week"),
        "morning": ("any morning you want next week", "every workday morning next week"),
        "afternoon": ("any afternoon you want next week", "every workday afternoon next week"),
    },
    ("but please not", "excepting only", "though definitely not"),
    ("excluding the 12–1 hour", "other than 12 noon to 1pm", "save for 12:00–1:00 pm"),
    (
        "On 12/3/26 at 4:12 PM, Kestrel Hire <schedule@kestrel.example> wrote:",
        "Hello,\nCan you make Thursday the 17th at 11am or Monday the 7th at 2:30pm?\n"
        "Best,\nKestrel Hire",
    ),
)
FR12 = Tongue(
    "fr",
    "Europe/Paris",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("lundi", "mardi", "mercredi", "jeudi", "vendredi")),
        (
            "",
            (
                "lundi (7/12)",
                "mardi (8/12)",
                "mercredi (9/12)",
                "jeudi (10/12)",
                "vendredi (11/12)",
            ),
        ),
        (
            "",
            (
                "lundi 7 courant",
                "mardi 8 courant",
                "mercredi 9 courant",
                "jeudi 10 courant",
                "vendredi 11 courant",
            ),
        ),
    ),
    (
        (
            "lundi {d} décembre prochain",
            "mardi {d} décembre prochain",
            "mercredi {d} décembre prochain",
            "jeudi {d} décembre prochain",
            "vendredi {d} décembre prochain",
        ),
        (
            "{d}/12/26 (lun.)",
            "{d}/12/26 (mar.)",
            "{d}/12/26 (mer.)",
            "{d}/12/26 (jeu.)",
            "{d}/12/26 (ven.)",
        ),
        ("lu {d}.12.", "ma {d}.12.", "me {d}.12.", "je {d}.12.", "ve {d}.12."),
    ),
    {"or": "ou", "and": "et"},
    {
        "day": ("",),
        "morning": ("le matin exclusivement", "de neuf heures à midi", "9 h–12 h"),
        "afternoon": ("l'après-midi exclusivement", "de midi à 17 h 00", "12 h–17 h"),
        "after2": ("après quatorze heures", "dès 14 h", "passé 2 heures de l'après-midi"),
        "before11": ("avant onze heures du matin", "jusqu'à 11 h 00", "de 9 h 00 à 11 h 00"),
        "10to12": ("de 10 h 00 à midi", "10 h–12 h", "de dix heures jusqu'à midi"),
    },
    (
        "me convient parfaitement",
        "me va à merveille",
        "m'arrange parfaitement",
        "est top pour moi",
        "ça me convient bien",
    ),
    (
        "je pourrai me libérer",
        "je suis dispo pour échanger",
        "je dispose de créneaux",
        "je serais disponible pour un échange",
    ),
    ("Pour la semaine pro :", "Pour ce qui est de la semaine à venir :", "Sem. pro :"),
    (
        "{days}, je suis sous l'eau.",
        "{days}, j'enchaîne les réunions.",
        "{days}, mon agenda déborde.",
        "Je suis en rendez-vous {days}, désolée.",
    ),
    (
        "Peux-tu me répondre d'ici {day} ?",
        "Merci de me tenir informée avant {day}.",
        "J'attends ton retour avant {day}.",
    ),
    (
        "Bonjour Madame Berg, merci pour votre message.",
        "Coucou Anna, comment vas-tu ?",
        "Salut Anna, merci pour ton mail !",
        "Chère Anna, bonjour,",
    ),
    (
        "Bonne continuation,\nYann",
        "Cordialement,\nMarie-Claude Lemieux\nConseillère en ressources humaines",
        "Au plaisir d'échanger,\nBastien\n\nEnvoyé de mon Samsung",
        "Merci beaucoup !\nOcéane",
    ),
    ("de neuf heures à dix-sept heures", "9 h–17 h", "à l'heure qui vous va"),
    {
        "day": (
            "tous les jours ouvrables de la semaine à venir",
            "n'importe lequel des jours de la semaine prochaine",
        ),
        "morning": (
            "n'importe quelle matinée de la semaine à venir",
            "chaque matinée de la semaine à venir",
        ),
        "afternoon": (
            "n'importe quel après-midi de la semaine à venir",
            "tous les après-midis de la semaine à venir",
        ),
    },
    ("mais jamais le", "si ce n'est ce", "mis à part ce"),
    ("sauf de 12 h 00 à 13 h 00", "en excluant la plage 12 h–13 h", "hormis entre midi et 13 h"),
    (
        "Le jeudi 3 déc. 2026 à 16 h 12, Kestrel Hire <schedule@kestrel.example> a écrit :",
        "Bonjour,\nMardi 15 à 11h ou jeudi 10 à 14h, cela vous conviendrait-il ?\nCordialement",
    ),
)
DE12 = Tongue(
    "de",
    "Europe/Berlin",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")),
        ("", ("Mo., 7.12.", "Di., 8.12.", "Mi., 9.12.", "Do., 10.12.", "Fr., 11.12.")),
        (
            "am ",
            (
                "Montag, 07.12.",
                "Dienstag, 08.12.",
                "Mittwoch, 09.12.",
                "Donnerstag, 10.12.",
                "Freitag, 11.12.",
            ),
        ),
    ),
    (
        (
            "Montag, {d}. Dez. 2026",
            "Dienstag, {d}. Dez. 2026",
            "Mittwoch, {d}. Dez. 2026",
            "Donnerstag, {d}. Dez. 2026",
            "Freitag, {d}. Dez. 2026",
        ),
        ("Mo. ({d}.12.)", "Di. ({d}.12.)", "Mi. ({d}.12.)", "Do. ({d}.12.)", "Fr. ({d}.12.)"),
        (
            "2026-12-{d} (Mo.)",
            "2026-12-{d} (Di.)",
            "2026-12-{d} (Mi.)",
            "2026-12-{d} (Do.)",
            "2026-12-{d} (Fr.)",
        ),
    ),
    {"or": "oder", "and": "und"},
    {
        "day": ("",),
        "morning": ("ausschließlich vormittags", "von 9 bis 12", "zwischen neun und zwölf Uhr"),
        "afternoon": (
            "ausschließlich nachmittags",
            "von 12 bis 17",
            "zwischen zwölf und siebzehn Uhr",
        ),
        "after2": ("nach vierzehn Uhr", "ab 14:00 h", "ab 14 Uhr nachmittags"),
        "before11": ("bis 11 Uhr morgens", "bis elf", "vor 11.00 h"),
        "10to12": ("von zehn bis zwölf", "10.00–12.00 h", "zwischen 10 und 12 Uhr vormittags"),
    },
    (
        "passt mir wunderbar",
        "wäre bei mir drin",
        "passt mir sehr gut",
        "wäre für mich super",
        "ist bei mir gut möglich",
    ),
    (
        "ich hätte noch Zeit",
        "ich bin erreichbar",
        "ich hätte Zeit für ein Gespräch",
        "ich kann gut",
    ),
    (
        "Kommende Woche sieht's so aus:",
        "Nächste Woche, kurz und knapp:",
        "Meine Verfügbarkeit nächste Woche:",
    ),
    (
        "{days} reiht sich bei mir Termin an Termin.",
        "{days} bin ich komplett verplant.",
        "{days} habe ich einen Arzttermin.",
        "{days} ist mein Terminkalender rappelvoll.",
    ),
    (
        "Sag mir doch bis {day} Bescheid, ja?",
        "Bitte um Rückmeldung bis {day}.",
        "Können Sie mir bis {day} Bescheid geben?",
    ),
    (
        "Liebe Frau Berg, vielen Dank für Ihre Mail.",
        "Hallo Anna, danke für die schnelle Antwort!",
        "Huhu Anna,",
        "Grüezi Frau Berg, besten Dank für Ihre Nachricht.",
    ),
    (
        "Herzliche Grüße aus Stuttgart\nTobi",
        "Mit freundlichen Grüßen\nMaximilian Bauer\nM.Sc. Informatik",
        "Bis bald\nJule\n\nGesendet mit der GMX Mail App",
        "Danke und LG\nKim",
    ),
    ("über den gesamten Tag", "zwischen neun und siebzehn Uhr", "wann immer Sie wollen"),
    {
        "day": ("an jedem Werktag der kommenden Woche", "jeden Tag der kommenden Woche"),
        "morning": ("an jedem Vormittag der kommenden Woche", "kommende Woche jeden Vormittag"),
        "afternoon": (
            "an jedem Nachmittag der kommenden Woche",
            "kommende Woche jeden Nachmittag",
        ),
    },
    ("nur bitte nicht am", "jedoch bitte nicht am", "aber eben nicht am"),
    (
        "ausgenommen von 12 bis 13 Uhr",
        "bis auf 12–13 Uhr",
        "ohne die Zeit zwischen 12 und 13 Uhr",
    ),
    (
        "Kestrel Hire <schedule@kestrel.example> schrieb am Do., 3. Dez. 2026, 16:12:",
        "Guten Tag,\nwäre Ihnen Dienstag, 15.12. um 11 Uhr oder Donnerstag, 10.12. um 14 Uhr "
        "recht?\nFreundliche Grüße",
    ),
)
ES12 = Tongue(
    "es",
    "Europe/Madrid",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("lunes", "martes", "miércoles", "jueves", "viernes")),
        (
            "el ",
            (
                "lunes 7 de diciembre",
                "martes 8 de diciembre",
                "miércoles 9 de diciembre",
                "jueves 10 de diciembre",
                "viernes 11 de diciembre",
            ),
        ),
        ("", ("L 7/12", "M 8/12", "X 9/12", "J 10/12", "V 11/12")),
    ),
    (
        (
            "lunes {d} de diciembre de 2026",
            "martes {d} de diciembre de 2026",
            "miércoles {d} de diciembre de 2026",
            "jueves {d} de diciembre de 2026",
            "viernes {d} de diciembre de 2026",
        ),
        (
            "día {d} (lunes)",
            "día {d} (martes)",
            "día {d} (miércoles)",
            "día {d} (jueves)",
            "día {d} (viernes)",
        ),
        (
            "lun., {d} dic. 2026",
            "mar., {d} dic. 2026",
            "mié., {d} dic. 2026",
            "jue., {d} dic. 2026",
            "vie., {d} dic. 2026",
        ),
    ),
    {"or": "o", "and": "y"},
    {
        "day": ("",),
        "morning": (
            "solamente por la mañana",
            "de 9:00 a 12:00 horas",
            "de nueve a doce de la mañana",
        ),
        "afternoon": (
            "solamente por la tarde",
            "de 12:00 a 17:00 horas",
            "desde el mediodía hasta las cinco de la tarde",
        ),
        "after2": (
            "a partir de las 14:00 h",
            "después de las 14 horas",
            "desde las dos de la tarde en adelante",
        ),
        "before11": ("antes de las 11:00 h", "hasta las 11:00 horas", "de 9:00 a 11:00 horas"),
        "10to12": (
            "de 10:00 a 12:00 horas",
            "entre las diez y las doce de la mañana",
            "de las diez al mediodía",
        ),
    },
    (
        "me viene requetebién",
        "me encaja de maravilla",
        "me va de perlas",
        "me cuadra genial",
        "me vendría de maravilla",
    ),
    (
        "podría reunirme contigo",
        "te puedo ofrecer",
        "estaría disponible para hablar",
        "tengo un ratito",
    ),
    (
        "Para la semana entrante:",
        "En lo relativo a la próxima semana,",
        "Ya de cara a la semana que viene:",
    ),
    (
        "{days} voy hasta arriba.",
        "{days} tengo la agenda a reventar.",
        "{days} estoy hasta el cuello.",
        "{days} tengo reuniones encadenadas.",
    ),
    (
        "¿Me puedes decir algo antes del {day}?",
        "Agradecería respuesta antes del {day}.",
        "Confírmame antes del {day}, porfa.",
    ),
    (
        "Hola, Marta, ¿qué tal la semana?",
        "Estimada Sra. Berg:",
        "Hola Marta, gracias por tu mensaje.",
        "Buenas, buenas,",
    ),
    (
        "Saludos cordiales,\nJordi Puig\nDepartamento de Personas",
        "Muchas gracias de antemano,\nMaite",
        "Un saludo cordial,\nGonzalo\n\nEnviado desde mi iPhone",
        "Besos\nBea",
    ),
    (
        "de nueve de la mañana a cinco de la tarde",
        "de 9:00 a 17:00 horas",
        "a la hora que mejor te venga",
    ),
    {
        "day": (
            "cualquier día laborable de la semana entrante",
            "el día que prefieras de la semana entrante",
        ),
        "morning": (
            "cualquier mañana laborable de la semana entrante",
            "la mañana que prefieras de la semana entrante",
        ),
        "afternoon": (
            "cualquier tarde laborable de la semana entrante",
            "la tarde que prefieras de la semana entrante",
        ),
    },
    ("excepto tan solo el", "pero jamás el", "salvo, eso sí, el"),
    ("salvo de 12:00 a 13:00 horas", "excepto de 12 a 13 horas", "menos en la franja de 12 a 13 h"),
    (
        "El jueves, 3 de diciembre de 2026, 16:12, Kestrel Hire <schedule@kestrel.example> "
        "escribió:",
        "Hola:\n¿Qué te parece el martes 15 a las 11:00 o el jueves 10 a las 16:00?\nUn saludo",
    ),
)
PT12 = Tongue(
    "pt",
    "America/Sao_Paulo",
    "Fri, 04 Dec 2026 15:20:00 -0300",
    (
        ("", ("segunda", "terça", "quarta", "quinta", "sexta")),
        (
            "",
            (
                "segunda (7 de dez.)",
                "terça (8 de dez.)",
                "quarta (9 de dez.)",
                "quinta (10 de dez.)",
                "sexta (11 de dez.)",
            ),
        ),
        ("", ("seg., dia 07", "ter., dia 08", "qua., dia 09", "qui., dia 10", "sex., dia 11")),
    ),
    (
        (
            "dia {d} de dez. (seg.)",
            "dia {d} de dez. (ter.)",
            "dia {d} de dez. (qua.)",
            "dia {d} de dez. (qui.)",
            "dia {d} de dez. (sex.)",
        ),
        (
            "2ª-feira, {d}/dez",
            "3ª-feira, {d}/dez",
            "4ª-feira, {d}/dez",
            "5ª-feira, {d}/dez",
            "6ª-feira, {d}/dez",
        ),
        (
            "{d} dez. (segunda-feira)",
            "{d} dez. (terça-feira)",
            "{d} dez. (quarta-feira)",
            "{d} dez. (quinta-feira)",
            "{d} dez. (sexta-feira)",
        ),
    ),
    {"or": "ou", "and": "e"},
    {
        "day": ("",),
        "morning": ("somente pela manhã", "das 9 até o meio-dia", "de 9 às 12 horas"),
        "afternoon": ("apenas à tarde", "do meio-dia até as 17 horas", "de 12 às 17 horas"),
        "after2": ("após as 14h00", "das 14 horas em diante", "a partir das duas horas da tarde"),
        "before11": ("até as 11 horas da manhã", "antes das 11h da manhã", "de 9 às 11 horas"),
        "10to12": ("das 10 até o meio-dia", "das 10 horas ao meio-dia", "entre 10 e 12 horas"),
    },
    (
        "fica legal pra mim",
        "tá tranquilo pra mim",
        "me atende perfeitamente",
        "dá super certo pra mim",
        "seria maravilhoso",
    ),
    (
        "dá pra conversar",
        "tenho agenda livre",
        "consigo reservar um tempo",
        "posso me disponibilizar",
    ),
    (
        "Na próxima semana, por aqui:",
        "Pra semana que vem fica assim:",
        "Sobre a semana que vem, olha só:",
    ),
    (
        "{days} tô atolado de reunião.",
        "{days} tô sem brecha nenhuma.",
        "{days} minha agenda tá cheia.",
        "{days} tenho reunião atrás de reunião.",
    ),
    (
        "Consegue me retornar até {day}?",
        "Me fala até {day}, beleza?",
        "Aguardo sua resposta até {day}.",
    ),
    ("Oi, Ana! Tudo bem por aí?", "Olá, Sra. Berg,", "Oi Ana, obrigado pelo retorno!", "Ei, Ana,"),
    (
        "Abração,\nZé",
        "Atenciosamente,\nJuliana Pereira\nAnalista de RH",
        "Obrigado!\nFelipe\n\nEnviado do meu iPhone",
        "Beijo,\nCami",
    ),
    ("das nove às dezessete horas", "de 9 às 17 horas", "no horário que você preferir"),
    {
        "day": (
            "qualquer dia útil da semana que entra",
            "todos os dias úteis da próxima semana",
        ),
        "morning": ("qualquer manhã da semana que entra", "toda manhã da semana que entra"),
        "afternoon": ("qualquer tarde da semana que entra", "toda tarde da semana que entra"),
    },
    ("exceto somente na", "menos, claro, na", "com exceção só da"),
    (
        "exceto das 12h00 às 13h00",
        "menos de 12h a 13h",
        "com exceção do horário de 12h às 13h",
    ),
    (
        "Em 3 de dezembro de 2026 16:12, Kestrel Hire <schedule@kestrel.example> escreveu:",
        "Oi,\nVocê conseguiria na terça, dia 15, às 11h ou na quinta, dia 10, às 16h?\nAbraço",
    ),
)
TONGUES12 = (EN12, FR12, DE12, ES12, PT12)
