"""A third vocabulary for the composed replies (tests.parsers.compositions), held out of round 24.

Written from EXTRACTION.md, compositions.py and compositions_second.py alone, by someone other
than the authors of the first two vocabularies, and never run through the reader while round 24
was tuned on the second: the same fields, zones and send dates, every phrase new. It measured
how far fixes made on the first two vocabularies carry over to wordings nobody tuned on (see
docs/DESIGN.md, "Composed replies"). Rounds after 24 may read it; a new held-out vocabulary then
measures them.
"""

from __future__ import annotations

from tests.parsers.compositions import Tongue

EN3 = Tongue(
    "en",
    "America/New_York",
    "Fri, 04 Dec 2026 15:20:00 -0500",
    (
        ("", ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
        ("", ("Mon.", "Tue.", "Wed.", "Thu.", "Fri.")),
        ("this ", ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
    ),
    (
        ("Mon, Dec {d}", "Tue, Dec {d}", "Wed, Dec {d}", "Thu, Dec {d}", "Fri, Dec {d}"),
        (
            "Monday, {d} December",
            "Tuesday, {d} December",
            "Wednesday, {d} December",
            "Thursday, {d} December",
            "Friday, {d} December",
        ),
        (
            "Monday December {d}",
            "Tuesday December {d}",
            "Wednesday December {d}",
            "Thursday December {d}",
            "Friday December {d}",
        ),
    ),
    {"or": "or", "and": "and"},
    {
        "day": ("",),
        "morning": ("9am to noon", "between 9 and 12", "any time before noon", "9:00–12:00"),
        "afternoon": ("noon to 5pm", "between 12 and 5", "any time after noon", "12-5"),
        "after2": (
            "from 2:00 on",
            "any time from 2pm",
            "from 14:00 onwards",
            "from 2 o'clock onward",
        ),
        "before11": ("9 to 11am", "up until 11", "any time before 11 a.m.", "9:00–11:00"),
        "10to12": (
            "from 10 until noon",
            "between 10:00 and 12:00",
            "10am–noon",
            "from 10 to 12 noon",
        ),
    },
    (
        "looks good on my side",
        "is convenient for me",
        "is no problem for me",
        "should be fine",
        "would be brilliant",
        "I can swing",
    ),
    (
        "I've got time",
        "I'm able to meet",
        "I'd suggest",
        "I'm good for",
        "happy to meet",
        "I have openings",
    ),
    (
        "Regarding next week:",
        "In terms of next week,",
        "When it comes to next week,",
        "Thinking about next week:",
    ),
    (
        "I'm out of the office {days}.",
        "{days} I'm booked solid.",
        "Can't do {days}, I'm on site with a client.",
        "{days} I'm unavailable, unfortunately.",
    ),
    (
        "Please get back to me by {day}.",
        "Could I hear back from you by {day}?",
        "An answer by {day} would help me plan.",
    ),
    ("Dear Hiring Team,", "Hi Jordan,", "Hello Ms. Park,", "Hiya,"),
    (
        "Regards,\nChris Walker",
        "Best wishes,\nHannah",
        "Thx\nK",
        "Sincerely,\nMarcus Hill\n\nGet Outlook for Android",
    ),
    ("all day long", "the entire day", "any time of day"),
    {
        "day": ("any weekday next week", "Monday through Friday next week"),
        "morning": ("each morning next week", "Monday to Friday mornings next week"),
        "afternoon": ("each afternoon next week", "Monday to Friday afternoons next week"),
    },
    ("bar", "with the exception of", "minus", "but"),
    ("though not between noon and 1:00", "bar noon to 1pm", "except for the 12–1 slot"),
    (
        "On Dec 3, 2026, at 4:12 PM, Kestrel Hire <schedule@kestrel.example> wrote:",
        "Hi there,\nDoes Friday the 11th at 9:30am or Monday the 14th at 4pm work for you?\n"
        "Best regards",
    ),
)
FR3 = Tongue(
    "fr",
    "Europe/Paris",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("lundi", "mardi", "mercredi", "jeudi", "vendredi")),
        ("ce ", ("lundi", "mardi", "mercredi", "jeudi", "vendredi")),
    ),
    (
        (
            "lundi le {d} décembre",
            "mardi le {d} décembre",
            "mercredi le {d} décembre",
            "jeudi le {d} décembre",
            "vendredi le {d} décembre",
        ),
        ("lun. {d} déc.", "mar. {d} déc.", "mer. {d} déc.", "jeu. {d} déc.", "ven. {d} déc."),
        ("lundi {d}/12", "mardi {d}/12", "mercredi {d}/12", "jeudi {d}/12", "vendredi {d}/12"),
    ),
    {"or": "ou", "and": "et"},
    {
        "day": ("",),
        "morning": ("durant la matinée", "de 9h à midi", "entre 9 h et 12 h"),
        "afternoon": ("durant l'après-midi", "de 12 h à 17 h", "entre midi et 17h"),
        "after2": ("à partir de 14 heures", "après 14:00", "dès 14 h 00"),
        "before11": ("de 9h à 11h", "entre 9 h et 11 h", "jusqu'à 11:00"),
        "10to12": ("entre 10:00 et 12:00", "de 10 heures à midi", "de 10 à 12 heures"),
    },
    (
        "me va très bien",
        "est possible pour moi",
        "serait top",
        "ça joue pour moi",
        "ça m'adonne bien",
        "est tout à fait envisageable",
    ),
    (
        "j'ai des disponibilités",
        "je vous suggère",
        "on pourrait se voir",
        "je suis joignable",
        "j'ai du temps",
    ),
    (
        "Pour ce qui est de la semaine prochaine,",
        "Côté semaine prochaine :",
        "En ce qui concerne la semaine prochaine,",
        "S'agissant de la semaine prochaine :",
    ),
    (
        "Je suis en congé {days}.",
        "{days}, mon agenda est complet.",
        "{days}, je ne pourrai malheureusement pas.",
        "Je serai à l'étranger {days}.",
    ),
    (
        "Faites-moi signe d'ici {day}.",
        "Pourriez-vous me revenir d'ici {day} ?",
        "Une réponse avant {day} serait appréciée.",
    ),
    ("Chère Madame Lambert,", "Bonjour Monsieur Girard,", "Allô,", "Hello Anna,"),
    (
        "Sincères salutations,\nThomas Lefèvre",
        "Merci d'avance,\nGuillaume",
        "Belle journée,\nAmélie",
        "Salutations,\nJean-François Gagnon",
    ),
    ("quand vous voulez", "la journée complète", "sans contrainte d'horaire"),
    {
        "day": ("du lundi au vendredi la semaine prochaine", "chaque jour de la semaine prochaine"),
        "morning": (
            "n'importe quelle matinée de la semaine prochaine",
            "les matinées de la semaine prochaine",
        ),
        "afternoon": (
            "n'importe quel après-midi de la semaine prochaine",
            "les après-midis de la semaine prochaine",
        ),
    },
    ("mis à part", "à l'exclusion de", "hors", "exception faite de"),
    (
        "à l'exception de la plage 12h-13h",
        "mais pas de midi à 13 h",
        "mis à part entre 12:00 et 13:00",
    ),
    (
        "De : Kestrel Hire <schedule@kestrel.example>\n"
        "Envoyé : jeudi 3 décembre 2026 16:12\n"
        "À : Claire Martin <claire.martin@example.test>\n"
        "Objet : RE: Entretien",
        "Bonjour,\nEst-ce que vendredi 11 à 9h30 ou lundi 14 à 16h vous conviendrait ?\n"
        "Salutations",
    ),
)
DE3 = Tongue(
    "de",
    "Europe/Berlin",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")),
        ("kommenden ", ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")),
        ("diesen ", ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")),
    ),
    (
        (
            "Montag, den {d}.12.",
            "Dienstag, den {d}.12.",
            "Mittwoch, den {d}.12.",
            "Donnerstag, den {d}.12.",
            "Freitag, den {d}.12.",
        ),
        (
            "Montag, {d}. Dez.",
            "Dienstag, {d}. Dez.",
            "Mittwoch, {d}. Dez.",
            "Donnerstag, {d}. Dez.",
            "Freitag, {d}. Dez.",
        ),
    ),
    {"or": "oder", "and": "und"},
    {
        "day": ("",),
        "morning": ("von 9 bis 12 Uhr", "den Vormittag über", "zwischen 9:00 und 12:00"),
        "afternoon": ("von 12 bis 17 Uhr", "den Nachmittag über", "zwischen 12:00 und 17:00"),
        "after2": ("von 14 Uhr an", "ab 14:00", "ab 2 Uhr nachmittags"),
        "before11": ("von 9 bis 11 Uhr", "zwischen 9:00 und 11:00", "9–11 Uhr"),
        "10to12": ("von 10:00 bis 12:00", "10.00–12.00 Uhr", "zwischen 10 und 12"),
    },
    (
        "wäre mir recht",
        "ist für mich machbar",
        "ginge sich bei mir aus",
        "käme mir sehr entgegen",
        "könnte ich einrichten",
        "wäre perfekt",
    ),
    (
        "ich wäre frei",
        "bei mir ginge",
        "mein Vorschlag:",
        "am besten passt mir",
        "ich wäre erreichbar",
    ),
    ("Bezüglich nächster Woche:", "Nächste Woche sieht es so aus:", "Zur nächsten Woche:"),
    (
        "Ich bin {days} im Urlaub.",
        "Leider bin ich {days} komplett ausgebucht.",
        "{days} sieht es bei mir schlecht aus.",
        "Ich bin {days} beim Kunden vor Ort.",
    ),
    (
        "Ich bitte um Antwort bis {day}.",
        "Eine Bestätigung bis {day} wäre toll.",
        "Könnten Sie sich bis spätestens {day} zurückmelden?",
    ),
    ("Sehr geehrter Herr Keller,", "Grüß Gott,", "Hoi Anna,", "Moin,"),
    (
        "Herzliche Grüße\nSabine Wolf",
        "MfG\nFelix",
        "Schöne Grüße aus Wien\nKatharina",
        "Gruss\nUrs",
    ),
    ("zu jeder Uhrzeit", "flexibel", "ohne Einschränkung"),
    {
        "day": ("an jedem Tag der nächsten Woche", "an einem beliebigen Tag nächste Woche"),
        "morning": (
            "an jedem Vormittag der nächsten Woche",
            "nächste Woche an einem beliebigen Vormittag",
        ),
        "afternoon": (
            "an jedem Nachmittag der nächsten Woche",
            "nächste Woche an einem beliebigen Nachmittag",
        ),
    },
    ("jedoch nicht", "ohne", "exklusive", "nicht aber"),
    (
        "jedoch nicht von 12 bis 13 Uhr",
        "bis auf die Stunde von 12 bis 13 Uhr",
        "nicht aber zwischen 12.00 und 13.00",
    ),
    (
        "Von: Kestrel Hire <schedule@kestrel.example>\n"
        "Gesendet: Donnerstag, 3. Dezember 2026 16:12\n"
        "An: Jonas Weber <jonas.weber@example.test>\n"
        "Betreff: AW: Interviewtermin",
        "Guten Tag,\nhätten Sie Freitag, 11.12. um 9:30 Uhr oder Montag, 14.12. um 16 Uhr "
        "Zeit?\nMit besten Grüßen",
    ),
)
ES3 = Tongue(
    "es",
    "Europe/Madrid",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("lunes", "martes", "miércoles", "jueves", "viernes")),
        ("este ", ("lunes", "martes", "miércoles", "jueves", "viernes")),
        ("el próximo ", ("lunes", "martes", "miércoles", "jueves", "viernes")),
    ),
    (
        ("lunes {d}/12", "martes {d}/12", "miércoles {d}/12", "jueves {d}/12", "viernes {d}/12"),
        (
            "lunes, {d} de diciembre",
            "martes, {d} de diciembre",
            "miércoles, {d} de diciembre",
            "jueves, {d} de diciembre",
            "viernes, {d} de diciembre",
        ),
    ),
    {"or": "o", "and": "y"},
    {
        "day": ("",),
        "morning": (
            "toda la mañana",
            "de 9:00 a 12:00",
            "en horario de mañana",
            "entre las 9 y las 12 h",
        ),
        "afternoon": ("toda la tarde", "de 12 a 17 h", "entre las 12:00 y las 17:00"),
        "after2": (
            "de las 14 h en adelante",
            "a partir de las 14 horas",
            "desde las 2 p. m.",
            "después de las 14:00",
        ),
        "before11": ("hasta las 11:00", "de 9:00 a 11:00", "antes de las 11 a. m."),
        "10to12": ("de las 10 a las 12", "entre las 10:00 y las 12:00", "10:00-12:00 h"),
    },
    (
        "me encaja",
        "me viene de perlas",
        "me resulta cómodo",
        "estaría perfecto",
        "me va de maravilla",
    ),
    ("tengo tiempo", "me puedo reunir", "tengo espacio", "sugiero", "ando libre"),
    (
        "En cuanto a la próxima semana,",
        "Sobre la semana que viene:",
        "Con respecto a la semana próxima,",
        "Para la semana entrante,",
    ),
    (
        "Estaré de vacaciones {days}.",
        "{days} tengo la agenda llena.",
        "{days} no voy a poder, lo siento.",
        "{days} me toca viajar.",
    ),
    (
        "Por favor, contéstame antes del {day}.",
        "¿Me dices algo para el {day}?",
        "Agradecería su confirmación a más tardar el {day}.",
    ),
    ("Estimado Sr. Herrera:", "Buenas,", "Hola Marta, ¿cómo estás?", "Muy buenas:"),
    (
        "Reciba un cordial saludo,\nAndrés Morales",
        "Muchas gracias,\nDiego",
        "Quedo a la espera,\nSofía",
        "Abrazos,\nMartín",
    ),
    ("a la hora que sea", "durante toda la jornada", "con total flexibilidad"),
    {
        "day": ("de lunes a viernes la semana que viene", "cada día de la próxima semana"),
        "morning": ("cada mañana de la semana que viene", "la semana que viene por las mañanas"),
        "afternoon": ("cada tarde de la próxima semana", "la próxima semana por las tardes"),
    },
    ("sin contar el", "excluyendo el", "con excepción del", "excepto por el"),
    (
        "sin contar la franja de 12 a 13 h",
        "excluyendo de 12:00 a 13:00",
        "aunque no de 12 a 13",
    ),
    (
        "El 3 dic 2026, a las 16:12, Kestrel Hire <schedule@kestrel.example> escribió:",
        "Hola:\n¿Le iría bien el viernes 11 a las 9:30 o el lunes 14 a las 16:00?\n"
        "Saludos cordiales",
    ),
)
PT3 = Tongue(
    "pt",
    "America/Sao_Paulo",
    "Fri, 04 Dec 2026 15:20:00 -0300",
    (
        ("", ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira")),
        ("nesta ", ("segunda", "terça", "quarta", "quinta", "sexta")),
        ("na próxima ", ("segunda", "terça", "quarta", "quinta", "sexta")),
    ),
    (
        (
            "segunda-feira, dia {d}",
            "terça-feira, dia {d}",
            "quarta-feira, dia {d}",
            "quinta-feira, dia {d}",
            "sexta-feira, dia {d}",
        ),
        (
            "dia {d} (segunda)",
            "dia {d} (terça)",
            "dia {d} (quarta)",
            "dia {d} (quinta)",
            "dia {d} (sexta)",
        ),
    ),
    {"or": "ou", "and": "e"},
    {
        "day": ("",),
        "morning": ("durante a manhã", "a manhã toda", "das 9h às 12h"),
        "afternoon": ("durante a tarde", "a tarde toda", "das 12h às 17h", "entre 12h e 17h"),
        "after2": ("de 14h pra frente", "a partir das 14:00", "depois das 14 horas"),
        "before11": ("das 9h às 11h", "entre 9h e 11h", "antes das 11 da manhã"),
        "10to12": ("das 10:00 às 12:00", "entre as 10h e o meio-dia", "das 10 às 12h"),
    },
    (
        "dá-me jeito",
        "calha-me bem",
        "me serve",
        "seria o ideal",
        "fica perfeito pra mim",
        "é tranquilo pra mim",
    ),
    ("tenho tempo", "sugiro", "estou à disposição", "podemos marcar", "eu topo"),
    (
        "Em relação à próxima semana,",
        "Na semana que vem,",
        "Pra semana que vem:",
        "No que diz respeito à próxima semana:",
    ),
    (
        "Estou de férias {days}.",
        "{days} a minha agenda está cheia.",
        "Não vou poder {days}, infelizmente.",
        "Tenho consulta médica {days}.",
    ),
    (
        "Peço que me responda até {day}.",
        "Diga-me alguma coisa até {day}, por favor.",
        "Se puder, me dê uma resposta antes de {day}.",
    ),
    ("Prezado Sr. Almeida,", "Oi, tudo bom?", "Cara Dra. Ribeiro,", "Olá a todos,"),
    (
        "Cordialmente,\nPaulo Mendes",
        "Obrigado,\nTiago",
        "Melhores cumprimentos,\nInês Carvalho",
        "Beijos,\nJu",
    ),
    ("a qualquer hora", "durante todo o dia", "com total flexibilidade"),
    {
        "day": ("de segunda a sexta na próxima semana", "a próxima semana toda"),
        "morning": ("nas manhãs da próxima semana", "cada manhã da semana que vem"),
        "afternoon": ("nas tardes da próxima semana", "cada tarde da semana que vem"),
    },
    ("sem ser", "a não ser", "excetuando", "à exceção de"),
    (
        "a não ser das 12h às 13h",
        "sem ser entre 12:00 e 13:00",
        "fora o horário das 12h às 13h",
    ),
    (
        "De: Kestrel Hire <schedule@kestrel.example>\n"
        "Enviado: quinta-feira, 3 de dezembro de 2026 16:12\n"
        "Para: Rafael Souza <rafael.souza@example.test>\n"
        "Assunto: RE: Entrevista",
        "Olá,\nFicaria bom para você sexta, dia 11, às 9h30 ou segunda, dia 14, às 16h?\n"
        "Atenciosamente",
    ),
)
TONGUES3 = (EN3, FR3, DE3, ES3, PT3)
