"""A second vocabulary for the composed replies (tests.parsers.compositions), held out of round 23.

Written from EXTRACTION.md and compositions.py alone, by someone other than the author of the
first vocabulary, and never run through the reader while round 23 was tuned on the first: the
same fields, zones and send dates, every phrase new. It measured how far fixes made on the
first vocabulary carry over to other wordings of the same constructs (see docs/DESIGN.md,
"Composed replies"). Rounds after 23 may read it; a new held-out vocabulary then measures them.
"""

from __future__ import annotations

from tests.parsers.compositions import Tongue

EN2 = Tongue(
    "en",
    "America/New_York",
    "Fri, 04 Dec 2026 15:20:00 -0500",
    (
        ("", ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
        ("", ("Mon", "Tues", "Wed", "Thurs", "Fri")),
        ("on ", ("Mon", "Tues", "Wed", "Thurs", "Fri")),
    ),
    (
        ("Mon 12/{d}", "Tue 12/{d}", "Wed 12/{d}", "Thu 12/{d}", "Fri 12/{d}"),
        (
            "Monday, Dec. {d}",
            "Tuesday, Dec. {d}",
            "Wednesday, Dec. {d}",
            "Thursday, Dec. {d}",
            "Friday, Dec. {d}",
        ),
        (
            "Monday {d}th December",
            "Tuesday {d}th December",
            "Wednesday {d}th December",
            "Thursday {d}th December",
            "Friday {d}th December",
        ),
    ),
    {"or": "or", "and": "and"},
    {
        "day": ("",),
        "morning": ("before noon", "during the morning", "before 12pm"),
        "afternoon": ("during the afternoon", "from noon on", "after 12pm"),
        "after2": ("after 2 p.m.", "2pm or later", "2pm onwards", "anytime past 2pm"),
        "before11": ("before 11:00", "between 9 and 11am", "till 11am"),
        "10to12": ("between 10am and noon", "from 10 till 12", "10am-12pm", "10:00-12:00"),
    },
    (
        "would be perfect",
        "is fine with me",
        "works on my end",
        "would be ideal",
        "is doable for me",
        "fits my schedule",
    ),
    (
        "I'm open",
        "I can make it",
        "I could meet",
        "my calendar's open",
        "I can manage",
        "I'd be around",
    ),
    ("For next week,", "Looking at next week:", "As for next week,", "Re next week:"),
    (
        "Unfortunately I'm tied up {days}.",
        "I can't make {days}, I'm afraid.",
        "I'm on a business trip {days}.",
        "I have back-to-back meetings {days}.",
    ),
    (
        "Would you mind confirming by {day}?",
        "I'd appreciate a reply by {day}.",
        "Lmk by {day} please.",
    ),
    ("Dear Ms. Lee,", "Good afternoon,", "Hey Anna,", "Hi all,"),
    (
        "Kind regards,\nDaniel Okafor",
        "Thanks so much,\nMeg",
        "Many thanks,\nOliver\n\nSent from my iPhone",
        "Talk soon,\nAli",
    ),
    ("the whole day", "wide open", "fully flexible"),
    {
        "day": ("all of next week", "every day next week", "the whole of next week"),
        "morning": (
            "every morning next week",
            "mornings next week",
            "any weekday morning next week",
        ),
        "afternoon": (
            "every afternoon next week",
            "afternoons next week",
            "any weekday afternoon next week",
        ),
    },
    ("other than", "excluding", "save for", "aside from"),
    (
        "just not from noon to 1pm",
        "excluding 12:00-1:00 pm",
        "other than 12 to 1",
        "apart from lunchtime",
    ),
    (
        "________________________________\n"
        "From: Kestrel Hire <schedule@kestrel.example>\n"
        "Sent: Thursday, December 3, 2026 4:12 PM\n"
        "To: Tom Reed <tom.reed@example.test>\n"
        "Subject: RE: Interview times",
        "Hello,\nWould Tuesday the 8th at 10:30am or Thursday the 10th at 2pm suit you?\n"
        "Kind regards",
    ),
)
FR2 = Tongue(
    "fr",
    "Europe/Paris",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("lundi", "mardi", "mercredi", "jeudi", "vendredi")),
        ("", ("lun.", "mar.", "mer.", "jeu.", "ven.")),
    ),
    (
        ("lun. {d}/12", "mar. {d}/12", "mer. {d}/12", "jeu. {d}/12", "ven. {d}/12"),
        ("lundi {d}.12.", "mardi {d}.12.", "mercredi {d}.12.", "jeudi {d}.12.", "vendredi {d}.12."),
    ),
    {"or": "ou", "and": "et"},
    {
        "day": ("",),
        "morning": ("en matinée", "en avant-midi", "avant midi"),
        "afternoon": ("en après-midi", "aprèm", "à partir de midi"),
        "after2": ("dès 14h", "à compter de 14h", "passé 14h"),
        "before11": ("avant 11 heures", "jusqu'à 11 heures", "avant 11:00"),
        "10to12": ("de 10h à midi", "entre 10 heures et midi", "10h-12h", "de 10:00 à 12:00"),
    },
    (
        "m'arrange",
        "me conviendrait parfaitement",
        "serait idéal",
        "est jouable pour moi",
        "c'est bon de mon côté",
        "ça marche pour moi",
    ),
    (
        "je suis libre",
        "je pourrais",
        "je vous propose",
        "je peux me rendre disponible",
        "j'ai un créneau",
        "je peux me libérer",
    ),
    ("Pour la semaine prochaine,", "Concernant la semaine prochaine :", "Semaine pro :"),
    (
        "{days}, je ne suis pas disponible.",
        "Je suis pris {days}.",
        "Je suis en formation {days}.",
        "{days}, ce ne sera pas possible de mon côté.",
    ),
    (
        "Je vous remercie de me répondre au plus tard {day}.",
        "Tenez-moi au courant d'ici {day} svp.",
        "Pourriez-vous me faire un retour avant {day} ?",
    ),
    ("Bonjour Madame Dubois,", "Rebonjour,", "Madame, Monsieur,"),
    (
        "Meilleures salutations\nNicolas Favre",
        "Bonne fin de journée,\nÉmilie",
        "Au plaisir,\nMarc-André Tremblay",
        "Bien cordialement,\nSophie",
    ),
    ("la journée entière", "à toute heure", "à n'importe quelle heure"),
    {
        "day": ("tous les jours de la semaine prochaine", "n'importe quand la semaine prochaine"),
        "morning": (
            "chaque matin de la semaine prochaine",
            "en matinée tous les jours de la semaine prochaine",
        ),
        "afternoon": (
            "chaque après-midi de la semaine prochaine",
            "en après-midi tous les jours de la semaine prochaine",
        ),
    },
    ("hormis", "excepté", "en dehors de", "à l'exception de"),
    ("hors 12h-13h", "mais pas entre midi et 13h", "excepté de 12:00 à 13:00"),
    (
        "Le 03/12/2026 à 16:12, Kestrel Hire a écrit :",
        "Bonjour,\nPourriez-vous mardi 8 à 10h ou jeudi 10 à 14h30 ?\nBien cordialement",
    ),
)
DE2 = Tongue(
    "de",
    "Europe/Berlin",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")),
        ("", ("Mo.", "Di.", "Mi.", "Do.", "Fr.")),
        ("am ", ("Mo.", "Di.", "Mi.", "Do.", "Fr.")),
    ),
    (
        (
            "Montag, den {d}. Dezember",
            "Dienstag, den {d}. Dezember",
            "Mittwoch, den {d}. Dezember",
            "Donnerstag, den {d}. Dezember",
            "Freitag, den {d}. Dezember",
        ),
        (
            "Mo., {d}.12.2026",
            "Di., {d}.12.2026",
            "Mi., {d}.12.2026",
            "Do., {d}.12.2026",
            "Fr., {d}.12.2026",
        ),
        ("Mo. {d}. Dez.", "Di. {d}. Dez.", "Mi. {d}. Dez.", "Do. {d}. Dez.", "Fr. {d}. Dez."),
    ),
    {"or": "oder", "and": "und"},
    {
        "day": ("",),
        "morning": ("Vormittag", "im Laufe des Vormittags", "vor 12 Uhr"),
        "afternoon": ("Nachmittag", "im Laufe des Nachmittags", "ab 12 Uhr"),
        "after2": ("ab 14.00 Uhr", "nach 14:00 Uhr", "ab 14 h"),
        "before11": ("vor 11.00 Uhr", "bis 11:00", "bis spätestens 11 Uhr"),
        "10to12": ("10-12 Uhr", "zwischen 10:00 und 12:00 Uhr", "von 10.00 bis 12.00 Uhr"),
    },
    (
        "würde mir passen",
        "wäre ideal",
        "ist bei mir möglich",
        "geht bei mir",
        "wäre für mich in Ordnung",
        "passt bestens",
    ),
    (
        "ich könnte",
        "möglich wäre",
        "bei mir geht",
        "verfügbar bin ich",
        "Zeit habe ich",
        "ich schlage vor:",
    ),
    ("Für nächste Woche:", "In der kommenden Woche:", "Was nächste Woche angeht:"),
    (
        "{days} bin ich leider verhindert.",
        "{days} habe ich bereits Termine.",
        "{days} bin ich auf einer Schulung.",
        "{days} fällt bei mir leider flach.",
    ),
    (
        "Bitte melden Sie sich bis {day} bei mir.",
        "Sag mir bitte bis {day} Bescheid.",
        "Um eine kurze Rückmeldung bis {day} wäre ich dankbar.",
    ),
    ("Sehr geehrte Frau Berg,", "Grüezi Frau Berg,", "Servus,", "Liebe Anna,"),
    (
        "Mit freundlichen Grüßen\nStefan Huber",
        "Liebe Grüße\nLena",
        "Freundliche Grüsse\nReto Meier",
        "LG\nTim",
    ),
    ("ganztägig", "ganztags", "durchgehend"),
    {
        "day": ("die ganze nächste Woche", "jeden Tag in der kommenden Woche"),
        "morning": (
            "an allen Vormittagen nächste Woche",
            "vormittags die ganze kommende Woche",
        ),
        "afternoon": (
            "an allen Nachmittagen nächste Woche",
            "nachmittags die ganze kommende Woche",
        ),
    },
    ("ausgenommen", "mit Ausnahme von", "bis auf", "abgesehen von"),
    (
        "ausgenommen 12-13 Uhr",
        "aber nicht zwischen 12:00 und 13:00 Uhr",
        "abgesehen von 12.00 bis 13.00 Uhr",
    ),
    (
        "Am 03.12.2026 um 16:12 schrieb Kestrel Hire <schedule@kestrel.example>:",
        "Guten Tag,\nhätten Sie am Dienstag, 8.12. um 10 Uhr oder am Donnerstag, 10.12. um "
        "14:30 Uhr Zeit?\nFreundliche Grüße",
    ),
)
ES2 = Tongue(
    "es",
    "Europe/Madrid",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("lunes", "martes", "miércoles", "jueves", "viernes")),
        ("el día ", ("lunes", "martes", "miércoles", "jueves", "viernes")),
        ("", ("lun.", "mar.", "mié.", "jue.", "vie.")),
    ),
    (
        ("lun. {d}/12", "mar. {d}/12", "mié. {d}/12", "jue. {d}/12", "vie. {d}/12"),
        (
            "lun. {d} de dic.",
            "mar. {d} de dic.",
            "mié. {d} de dic.",
            "jue. {d} de dic.",
            "vie. {d} de dic.",
        ),
    ),
    {"or": "o", "and": "y"},
    {
        "day": ("",),
        "morning": ("a la mañana", "durante la mañana", "antes de las 12"),
        "afternoon": ("a la tarde", "durante la tarde", "desde las 12"),
        "after2": ("desde las 14:00", "a partir de las 2 de la tarde", "pasadas las 14 h"),
        "before11": ("de 9 a 11 h", "entre las 9 y las 11", "antes de las 11 de la mañana"),
        "10to12": ("de 10:00 a 12:00", "entre 10 y 12 hs", "10-12 h"),
    },
    (
        "me queda bien",
        "me cuadra",
        "me conviene",
        "me funciona",
        "sería ideal para mí",
        "me acomoda",
    ),
    (
        "podría",
        "estoy disponible",
        "tengo hueco",
        "cuento con disponibilidad",
        "le propongo",
        "puedo conectarme",
    ),
    (
        "Para la semana que viene,",
        "Respecto a la próxima semana:",
        "De cara a la semana que viene,",
    ),
    (
        "{days} no estoy disponible.",
        "{days} lo tengo complicado.",
        "Estoy fuera de la ciudad {days}.",
        "{days} tengo otros compromisos.",
    ),
    (
        "¿Podrías avisarme a más tardar el {day}?",
        "Le agradecería una respuesta antes del {day}.",
        "Necesitaría saberlo como tarde el {day}.",
    ),
    ("Estimada Sra. Ruiz:", "Buen día,", "Hola, ¿qué tal?"),
    (
        "Atentamente,\nJavier Gómez",
        "Cordiales saludos,\nValentina",
        "Un abrazo,\nMateo",
        "Quedo atenta,\nCamila Torres",
    ),
    ("el día entero", "en cualquier horario", "sin restricción de horario"),
    {
        "day": ("todos los días de la semana que viene", "toda la semana próxima"),
        "morning": (
            "todas las mañanas de la próxima semana",
            "cualquier mañana de la semana próxima",
        ),
        "afternoon": (
            "todas las tardes de la semana que viene",
            "cualquier tarde de la semana próxima",
        ),
    },
    ("a excepción del", "exceptuando el", "quitando el"),
    (
        "excepto de 12:00 a 13:00",
        "pero no entre las 12 y las 13 h",
        "salvo entre las 12 y la 1",
    ),
    (
        "De: Kestrel Hire <schedule@kestrel.example>\n"
        "Enviado: jueves, 3 de diciembre de 2026 16:12\n"
        "Para: Lucía Ruiz <lucia.ruiz@example.test>\n"
        "Asunto: Entrevista",
        "Buenas tardes:\n¿Podría el martes 8 a las 10:00 o el jueves 10 a las 14:30?\n"
        "Un cordial saludo",
    ),
)
PT2 = Tongue(
    "pt",
    "America/Sao_Paulo",
    "Fri, 04 Dec 2026 15:20:00 -0300",
    (
        ("", ("segunda", "terça", "quarta", "quinta", "sexta")),
        ("", ("seg", "ter", "qua", "qui", "sex")),
        ("", ("2ª-feira", "3ª-feira", "4ª-feira", "5ª-feira", "6ª-feira")),
    ),
    (
        (
            "segunda-feira, {d} de dezembro",
            "terça-feira, {d} de dezembro",
            "quarta-feira, {d} de dezembro",
            "quinta-feira, {d} de dezembro",
            "sexta-feira, {d} de dezembro",
        ),
        (
            "seg., {d} de dez.",
            "ter., {d} de dez.",
            "qua., {d} de dez.",
            "qui., {d} de dez.",
            "sex., {d} de dez.",
        ),
    ),
    {"or": "ou", "and": "e"},
    {
        "day": ("",),
        "morning": ("no período da manhã", "na parte da manhã", "antes do meio-dia"),
        "afternoon": ("no período da tarde", "na parte da tarde", "a partir do meio-dia"),
        "after2": ("após as 14h", "das 14h em diante", "depois das 2 da tarde"),
        "before11": ("antes das 11:00", "até às 11 horas", "até 11h"),
        "10to12": ("das 10h ao meio-dia", "entre as 10 e as 12 horas", "10h-12h"),
    },
    (
        "me atende",
        "está ótimo pra mim",
        "daria certo",
        "convém-me",
        "seria perfeito",
        "encaixa bem na minha agenda",
    ),
    (
        "estou disponível",
        "poderia",
        "tenho agenda",
        "fico livre",
        "consigo fazer",
        "tenho horário livre",
    ),
    ("Para a próxima semana,", "Quanto à semana que vem:", "Sobre a próxima semana:"),
    (
        "{days} não estou disponível.",
        "{days} tenho compromisso.",
        "Estarei fora {days}.",
        "{days} fica difícil para mim.",
    ),
    (
        "Poderia me dar um retorno até {day}?",
        "Aguardo sua confirmação até {day}.",
        "Consegue me responder até {day}?",
    ),
    ("Prezada Ana,", "Boa tarde,", "Olá Ana, tudo bem?", "Caro Sr. Costa,"),
    (
        "Att.,\nFernanda Lima",
        "Cumprimentos,\nMiguel Santos",
        "Abs,\nLucas",
        "Um abraço,\nCarla\nEnviado do meu iPhone",
    ),
    ("o dia inteiro", "sem restrição de horário", "todo o dia"),
    {
        "day": ("todos os dias da próxima semana", "a semana que vem inteira"),
        "morning": (
            "todas as manhãs da próxima semana",
            "qualquer manhã na semana que vem",
        ),
        "afternoon": (
            "todas as tardes da semana que vem",
            "qualquer tarde na próxima semana",
        ),
    },
    ("com exceção da", "tirando", "salvo", "excluindo a"),
    (
        "só não entre 12h e 13h",
        "com exceção das 12:00 às 13:00",
        "tirando das 12h às 13h",
    ),
    (
        "Em 3 de dez. de 2026, à(s) 16:12, Kestrel Hire <schedule@kestrel.example> escreveu:",
        "Olá,\nVocê teria disponibilidade na terça, dia 8, às 10h ou na quinta, dia 10, às "
        "14h30?\nAtt.",
    ),
)
TONGUES2 = (EN2, FR2, DE2, ES2, PT2)
