"""A tenth vocabulary for the composed replies (tests.parsers.compositions), held out of round 31.

Written from EXTRACTION.md, compositions.py and the ninth vocabulary alone (the second to eighth
read only to avoid repeating their phrases), by someone other than their authors, and never run
through the reader while round 31 was tuned on the ninth: the same fields, zones and send dates,
every phrase new. It measures how far fixes made on the first nine vocabularies carry over to
wordings nobody tuned on (see docs/DESIGN.md, "Composed replies"). Rounds after 31 may read it;
a new held-out vocabulary then measures them.

Notes on choices (all by EXTRACTION.md):
- The first `days` style of every language stays the bare full weekday names, since ruled-out
  sentences, deadlines and "except" words take their names from it; "or"/"and" are the
  language's only words for them. Those are the only parts shared with the earlier vocabularies.
- The other day styles name the week of the 7th by the weekday and its date, each date the first
  such date on or after today and in the same week as its weekday: month/day with a two-digit
  year in New York ("Monday 12/7/26"), the British order there with the month spelled ("Mon, 7
  Dec"), day/month with a leading zero in the European zones ("lun. 07/12", "Mo, 07.12.2026",
  "lun 07/12"), the Quebec "lundi le 7", the German "Montag, den 7.", the Spanish "lunes, 7 de
  dic."; São Paulo (an Americas zone, where "7/12" would be month/day) spells the month
  ("segunda, dia 7 de dez.") or names the day of the month alone beside the Brazilian ordinal
  ("2ª (dia 7)").
- Numeric dates in the dated styles only where the contract's order is certain: day/month in the
  European zones ("{d}/12/2026 (lundi)", "{d}.12.26 (Mo.)", "Mo, {d}.12.26", "{d}-12-26
  (lun.)", "lun {d}/12/2026"); New York and São Paulo spell the month ("{d}th Dec (Mon)",
  "Monday, {d}th of December", "{d}/dez (segunda)", "dia {d}/dez (segunda-feira)"). No article
  before each dated day ("mardi (le {d})" keeps its article inside the brackets, per day). No
  day-month with a hyphen after the days ("lun. 7-12" reads as the hours 7-12).
- Parts of day said with "only"/"seulement"/"nur"/"solo"/"só" ("a.m. only", "p.m. only", "en
  matinée seulement", "nur nachmittags", "solo por la tarde", "só de manhã") are the part. A part
  of day with a span equal to it is the part ("am Vormittag (9–12 Uhr)", "por la mañana (9-12)",
  "le matin, de 9h à 12h", "à tarde (12h-17h)").
- "2:00 pm onward", "14 Uhr und später", "de las 14:00 en adelante", "das 2 da tarde em diante",
  "de 14h00 em diante" are "X onwards"; "14 h passées" and "nach zwei Uhr nachmittags" are
  "after X"; "9 until 11", "till 11 o'clock", "9.00 bis 11.00 Uhr", "de 9 h a 11 h" are spans
  or "until X"; "10 until 12", "zehn bis zwölf Uhr", "de diez a doce de la mañana", "das dez às
  12h", "10 heures-midi" are 10-12. Bare and spelled hours only inside the contract's rule (1-7
  pm, 8-11 am, 12 noon); "2h de l'aprem" and "2 de la tarde" say pm themselves; no French "5h"
  for five in the afternoon (24-hour French reads it as 05:00); "noon" and "midi" only as the
  start or end of a span; "hrs" as Brazilians abbreviate hours ("a partir das 14 hrs").
- No "no later than 11" (end or start?), no "flexible on" before-predicate (the contract reads
  "flexible" as a whole day), no "keeping 12-1 free" (free time or blocked?), no "fora das 12h às
  13h" (outside the span or except it?), no "só que não" (a joke meaning its opposite), no
  ruled-out sentence with a whole-day phrase in it ("tô enrolado o dia todo"), no deadline that
  ends in a predicate ("une réponse m'arrangerait"), no absence that could read as an auto-reply
  or as free time among ruled-out days ("de garde", "im Workshop", "reunião com cliente" are
  busy, not away).
- Lunch words appear only beside their explicit 12-13 span ("except 12 to 1 (lunch)", "sauf la
  pause de midi (12h-13h)", "außer über Mittag (12–13 Uhr)"), never alone; no Spanish lunch word.
- Registers and regions: Australian "G'day Anna,", "Cheers mate,", Indian English "Please revert
  by {day}.", Quebec "Allo Anna,", "lundi le 7", "ferait l'affaire", "Merci de me revenir d'ici
  {day}.", "Belle fin de semaine,", Austrian "Servus", "Liebe Grüße aus Wien", North German "Moin
  Frau Berg,", Spanish "me viene que ni pintado", "me pillas libre", "ando liadísimo",
  Brazilian "fica de boa pra mim", "dá pra encaixar", "nem pensar", "E aí, Ana, beleza?",
  "Valeu!", "Att.,"; no greeting names a part of day this time.
- The quoted earlier message sits under a one-line header in each mail client's own form (Apple
  Mail "On Thursday, 3 December 2026 at 16:12, … wrote:", Gmail "Le jeudi 3 décembre 2026 à
  16:12, … a écrit :", "Am Donnerstag, 3. Dezember 2026 um 16:12 schrieb …:", "El jue., 3 dic.
  2026 16:12, … escribió:", Outlook mobile "Em 03/12/2026 16:12, … escreveu:", whose day/month
  is not an offer).
"""

from __future__ import annotations

from tests.parsers.compositions import Tongue

EN10 = Tongue(
    "en",
    "America/New_York",
    "Fri, 04 Dec 2026 15:20:00 -0500",
    (
        ("", ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
        (
            "",
            (
                "Monday 12/7/26",
                "Tuesday 12/8/26",
                "Wednesday 12/9/26",
                "Thursday 12/10/26",
                "Friday 12/11/26",
            ),
        ),
        ("", ("Mon, 7 Dec", "Tue, 8 Dec", "Wed, 9 Dec", "Thu, 10 Dec", "Fri, 11 Dec")),
    ),
    (
        (
            "{d}th Dec (Mon)",
            "{d}th Dec (Tue)",
            "{d}th Dec (Wed)",
            "{d}th Dec (Thu)",
            "{d}th Dec (Fri)",
        ),
        (
            "Monday, {d}th of December",
            "Tuesday, {d}th of December",
            "Wednesday, {d}th of December",
            "Thursday, {d}th of December",
            "Friday, {d}th of December",
        ),
        (
            "Mon. {d}th Dec.",
            "Tue. {d}th Dec.",
            "Wed. {d}th Dec.",
            "Thu. {d}th Dec.",
            "Fri. {d}th Dec.",
        ),
    ),
    {"or": "or", "and": "and"},
    {
        "day": ("",),
        "morning": ("a.m. only", "9:00 to 12:00", "any time from 9 to 12"),
        "afternoon": ("p.m. only", "12:00 to 5:00 pm", "noon till 5 p.m."),
        "after2": ("2:00 pm onward", "from 2:00 PM", "after 2:00 pm"),
        "before11": ("before 11 in the morning", "9 until 11", "till 11 o'clock"),
        "10to12": ("10 until 12", "10 a.m.–12 noon", "from 10 till 12 noon"),
    },
    (
        "would be good for me",
        "is doable",
        "is fine on my end",
        "would fit nicely",
        "is my best bet",
    ),
    ("I can pencil in", "I'm good on", "I can be free", "I could make"),
    ("Coming up next week:", "Next week, for my part,", "Next week on my side:"),
    (
        "{days} is a write-off for me.",
        "I'm tied up all day {days}.",
        "{days} I've got a medical appointment.",
        "No luck on {days}, I'm afraid.",
    ),
    (
        "Please revert by {day}.",
        "Hoping to hear back by {day}.",
        "Do let me know by {day}.",
    ),
    ("Dear Anna,", "Hello Anna!", "G'day Anna,", "Hi Anna – hope your week's going well."),
    (
        "Best regards,\nArjun Rao\n\nSent from Outlook for iOS",
        "Cheers mate,\nJack",
        "Many thanks,\nSophie Turner\nHR Coordinator | +1 (646) 555-0112",
        "Thanks in advance,\nLeo",
    ),
    ("the whole day long", "9am to 5pm", "whenever's convenient", "at whatever time suits you"),
    {
        "day": ("any single day next week", "whatever day suits you next week"),
        "morning": (
            "any weekday morning you like next week",
            "whatever morning suits you next week",
        ),
        "afternoon": (
            "any weekday afternoon you like next week",
            "whatever afternoon suits you next week",
        ),
    },
    ("though not on", "but never on", "excepting on"),
    (
        "excluding noon–1pm",
        "except 12 to 1 (lunch)",
        "but not from 12 to 1pm",
        "not between 12:00 and 1:00 pm",
    ),
    (
        "On Thursday, 3 December 2026 at 16:12, Kestrel Hire <schedule@kestrel.example> wrote:",
        "Hi Tom,\nWould Tuesday the 15th at 3pm or Monday the 7th at 9am suit?\nBest",
    ),
)
FR10 = Tongue(
    "fr",
    "Europe/Paris",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("lundi", "mardi", "mercredi", "jeudi", "vendredi")),
        ("", ("lun. 07/12", "mar. 08/12", "mer. 09/12", "jeu. 10/12", "ven. 11/12")),
        ("", ("lundi le 7", "mardi le 8", "mercredi le 9", "jeudi le 10", "vendredi le 11")),
    ),
    (
        (
            "lundi (le {d})",
            "mardi (le {d})",
            "mercredi (le {d})",
            "jeudi (le {d})",
            "vendredi (le {d})",
        ),
        (
            "{d}/12/2026 (lundi)",
            "{d}/12/2026 (mardi)",
            "{d}/12/2026 (mercredi)",
            "{d}/12/2026 (jeudi)",
            "{d}/12/2026 (vendredi)",
        ),
        (
            "{d} déc. 2026 (lun.)",
            "{d} déc. 2026 (mar.)",
            "{d} déc. 2026 (mer.)",
            "{d} déc. 2026 (jeu.)",
            "{d} déc. 2026 (ven.)",
        ),
    ),
    {"or": "ou", "and": "et"},
    {
        "day": ("",),
        "morning": (
            "en matinée seulement",
            "le matin, de 9h à 12h",
            "de 9 heures jusqu'à 12 heures",
        ),
        "afternoon": (
            "en après-midi seulement",
            "l'après-midi, de 12h à 17h",
            "entre 12 h et 17 h",
        ),
        "after2": ("14 h passées", "à compter de 14h00", "à partir de 2h de l'aprem"),
        "before11": ("avant 11 h du mat'", "jusqu'à 11 h du matin", "entre 9 h et 11 h du matin"),
        "10to12": ("10 heures-midi", "entre 10h et 12h00", "de 10 heures jusqu'à midi"),
    },
    (
        "ferait l'affaire pour moi",
        "me conviendrait très bien",
        "est parfait de mon côté",
        "me va nickel",
    ),
    (
        "je peux me rendre libre",
        "je suis disponible pour",
        "je pourrais vous voir",
        "je peux vous accorder du temps",
    ),
    (
        "La semaine prochaine, de mon côté :",
        "Pour semaine prochaine :",
        "Semaine prochaine, côté dispos :",
    ),
    (
        "{days}, je suis en séminaire.",
        "{days}, je suis overbooké.",
        "{days}, je suis de garde.",
        "{days}, pas moyen pour moi.",
    ),
    (
        "Merci de me revenir d'ici {day}.",
        "Pouvez-vous me confirmer avant {day} ?",
        "Un retour avant {day} serait apprécié.",
    ),
    (
        "Bonjour chère Anna,",
        "Madame Berg,",
        "Allo Anna,",
        "Bonjour Anna, merci pour votre message.",
    ),
    (
        "Au plaisir de vous lire,\nGeneviève Côté",
        "Belle fin de semaine,\nCamille",
        "Cordialement\nP. Lefèvre\nTél. : 06 12 34 56 78",
        "Bises,\nLéa\n\nEnvoyé de mon iPhone",
    ),
    ("n'importe quand dans la journée", "toute la journée, de 9h à 17h", "à l'heure de ton choix"),
    {
        "day": (
            "n'importe quel jour ouvré de la semaine prochaine",
            "la semaine prochaine, le jour de votre choix,",
        ),
        "morning": (
            "n'importe quelle matinée la semaine prochaine",
            "la semaine prochaine, n'importe quelle matinée,",
        ),
        "afternoon": (
            "n'importe quel après-midi la semaine prochaine",
            "la semaine prochaine, n'importe quel après-midi,",
        ),
    },
    ("sauf pour ce", "à l'exclusion de ce", "mais surtout pas le"),
    (
        "sauf la pause de midi (12h-13h)",
        "hors créneau 12h-13h",
        "en dehors de la tranche 12h-13h",
        "12h-13h exclu",
    ),
    (
        "Le jeudi 3 décembre 2026 à 16:12, Kestrel Hire <schedule@kestrel.example> a écrit :",
        "Bonjour,\nLe mardi 15 à 9h30 ou le lundi 7 à 16h, cela vous irait-il ?\nCordialement",
    ),
)
DE10 = Tongue(
    "de",
    "Europe/Berlin",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")),
        (
            "",
            (
                "Mo, 07.12.2026",
                "Di, 08.12.2026",
                "Mi, 09.12.2026",
                "Do, 10.12.2026",
                "Fr, 11.12.2026",
            ),
        ),
        (
            "",
            (
                "Montag, den 7.",
                "Dienstag, den 8.",
                "Mittwoch, den 9.",
                "Donnerstag, den 10.",
                "Freitag, den 11.",
            ),
        ),
    ),
    (
        (
            "Mo., {d}. Dez. 2026",
            "Di., {d}. Dez. 2026",
            "Mi., {d}. Dez. 2026",
            "Do., {d}. Dez. 2026",
            "Fr., {d}. Dez. 2026",
        ),
        (
            "{d}.12.26 (Mo.)",
            "{d}.12.26 (Di.)",
            "{d}.12.26 (Mi.)",
            "{d}.12.26 (Do.)",
            "{d}.12.26 (Fr.)",
        ),
        ("Mo, {d}.12.26", "Di, {d}.12.26", "Mi, {d}.12.26", "Do, {d}.12.26", "Fr, {d}.12.26"),
    ),
    {"or": "oder", "and": "und"},
    {
        "day": ("",),
        "morning": ("nur vormittags", "vormittags, 9 bis 12 Uhr", "am Vormittag (9–12 Uhr)"),
        "afternoon": ("nur nachmittags", "nachmittags, 12 bis 17 Uhr", "am Nachmittag (12–17 Uhr)"),
        "after2": ("ab 14.00 h", "14 Uhr und später", "nach zwei Uhr nachmittags"),
        "before11": ("vor 11 Uhr morgens", "bis 11 Uhr vormittags", "9.00 bis 11.00 Uhr"),
        "10to12": ("10 Uhr bis 12 Uhr", "10.00 bis 12.00 h", "zehn bis zwölf Uhr"),
    },
    ("passt mir prima", "ginge bei mir super", "passt mir super", "wäre für mich ideal"),
    (
        "Zeit nehmen kann ich mir",
        "einrichten könnte ich",
        "zeitlich ginge bei mir",
        "frei hätte ich",
    ),
    ("Also, nächste Woche:", "Nächste Woche bei mir so:", "Meine nächste Woche:"),
    (
        "{days} bin ich voll verplant.",
        "{days} hab ich Seminar.",
        "{days} bin ich im Workshop.",
        "{days} klappt's leider gar nicht.",
    ),
    (
        "Bitte gib mir bis {day} Bescheid.",
        "Bis {day} bräuchte ich eine Antwort.",
        "Bis {day} wäre eine Rückmeldung nett.",
    ),
    ("Hallo liebe Anna,", "Servus Frau Berg,", "Guten Tag liebe Frau Berg,", "Moin Frau Berg,"),
    (
        "Servus\nFlo",
        "Mit freundlichen Grüßen\nDr. Thomas Müller",
        "Liebe Grüße aus Wien\nKathi",
        "Gruß\nMichi\n\nVon meinem Samsung Galaxy Smartphone gesendet",
    ),
    ("den ganzen Tag hindurch", "von 9 bis 17 h", "wann's Ihnen recht ist"),
    {
        "day": ("an einem x-beliebigen Tag nächste Woche", "nächste Woche an jedem Werktag"),
        "morning": (
            "an einem x-beliebigen Vormittag nächste Woche",
            "nächste Woche vormittags jederzeit",
        ),
        "afternoon": (
            "an einem x-beliebigen Nachmittag nächste Woche",
            "nächste Woche nachmittags jederzeit",
        ),
    },
    ("aber bitte nicht am", "nur nicht gerade am", "lediglich nicht am"),
    ("außer über Mittag (12–13 Uhr)", "abzüglich 12 bis 13 Uhr", "außer mittags von 12 bis 13 Uhr"),
    (
        "Am Donnerstag, 3. Dezember 2026 um 16:12 schrieb Kestrel Hire <schedule@kestrel.example>:",
        "Hallo,\npasst Ihnen Dienstag, 15.12. um 9:30 Uhr oder Montag, 7.12. um 16 Uhr?\nGruß",
    ),
)
ES10 = Tongue(
    "es",
    "Europe/Madrid",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("lunes", "martes", "miércoles", "jueves", "viernes")),
        ("", ("lun 07/12", "mar 08/12", "mié 09/12", "jue 10/12", "vie 11/12")),
        (
            "",
            (
                "lunes, 7 de dic.",
                "martes, 8 de dic.",
                "miércoles, 9 de dic.",
                "jueves, 10 de dic.",
                "viernes, 11 de dic.",
            ),
        ),
    ),
    (
        (
            "lun., {d} de diciembre de 2026",
            "mar., {d} de diciembre de 2026",
            "mié., {d} de diciembre de 2026",
            "jue., {d} de diciembre de 2026",
            "vie., {d} de diciembre de 2026",
        ),
        (
            "{d}-12-26 (lun.)",
            "{d}-12-26 (mar.)",
            "{d}-12-26 (mié.)",
            "{d}-12-26 (jue.)",
            "{d}-12-26 (vie.)",
        ),
        (
            "lun {d}/12/2026",
            "mar {d}/12/2026",
            "mié {d}/12/2026",
            "jue {d}/12/2026",
            "vie {d}/12/2026",
        ),
    ),
    {"or": "o", "and": "y"},
    {
        "day": ("",),
        "morning": ("solo por la mañana", "por la mañana (9-12)", "de 9 h a 12 h"),
        "afternoon": ("solo por la tarde", "por la tarde (12-17)", "de 12 h a 17 h"),
        "after2": (
            "de las 14:00 en adelante",
            "desde las 2 de la tarde",
            "a partir de las 14.00 h",
        ),
        "before11": ("hasta las 11 h de la mañana", "de 9 h a 11 h", "antes de las 11.00 h"),
        "10to12": (
            "entre las 10 y las 12 de la mañana",
            "de diez a doce de la mañana",
            "desde las 10 h hasta las 12 h",
        ),
    },
    ("me encaja bien", "me viene de lujo", "me va estupendo", "me viene que ni pintado"),
    ("me pillas libre", "podría hacerlo", "dispondría de tiempo", "te puedo hacer un hueco"),
    (
        "Para la semana próxima,",
        "En cuanto a la semana que viene,",
        "Por lo que respecta a la semana que viene:",
    ),
    (
        "{days} tengo reuniones todo el día.",
        "{days} no puedo, estoy en un congreso.",
        "{days} ando liadísimo.",
        "{days} lo tengo imposible.",
    ),
    (
        "¿Me dices algo antes del {day}?",
        "Espero noticias tuyas antes del {day}.",
        "Contéstame, por favor, antes del {day}.",
    ),
    (
        "Hola, Marta, ¿qué tal?",
        "Hola Marta, ¿cómo va todo?",
        "Estimada señora Ruiz:",
        "Buenas, Marta, ¿qué tal?",
    ),
    (
        "Un abrazo,\nJavi",
        "Saludos cordiales\nMaría José Fernández\nTel.: 912 345 678",
        "Gracias de antemano,\nÁlvaro",
        "Besos,\nCarmen\n\nEnviado desde mi Huawei",
    ),
    ("todo el día sin problema", "de 9 de la mañana a 5 de la tarde", "cuando mejor te venga"),
    {
        "day": (
            "cualquier día laborable de la semana que viene",
            "la semana que viene, el día que prefieras,",
        ),
        "morning": (
            "cualquier mañana laborable de la semana que viene",
            "la semana que viene, la mañana que prefieras,",
        ),
        "afternoon": (
            "cualquier tarde laborable de la semana que viene",
            "la semana que viene, la tarde que prefieras,",
        ),
    },
    ("salvo ese", "dejando aparte el", "a no ser el"),
    ("excepto de 12.00 a 13.00 h", "menos de 12 h a 13 h", "sin la franja de 12 a 13"),
    (
        "El jue., 3 dic. 2026 16:12, Kestrel Hire <schedule@kestrel.example> escribió:",
        "Hola:\n¿Qué tal el martes 15 a las 9:30 o el lunes 7 a las 16:00?\nUn saludo",
    ),
)
PT10 = Tongue(
    "pt",
    "America/Sao_Paulo",
    "Fri, 04 Dec 2026 15:20:00 -0300",
    (
        ("", ("segunda", "terça", "quarta", "quinta", "sexta")),
        (
            "",
            (
                "segunda, dia 7 de dez.",
                "terça, dia 8 de dez.",
                "quarta, dia 9 de dez.",
                "quinta, dia 10 de dez.",
                "sexta, dia 11 de dez.",
            ),
        ),
        ("", ("2ª (dia 7)", "3ª (dia 8)", "4ª (dia 9)", "5ª (dia 10)", "6ª (dia 11)")),
    ),
    (
        (
            "2ª, dia {d} de dezembro",
            "3ª, dia {d} de dezembro",
            "4ª, dia {d} de dezembro",
            "5ª, dia {d} de dezembro",
            "6ª, dia {d} de dezembro",
        ),
        (
            "{d}/dez (segunda)",
            "{d}/dez (terça)",
            "{d}/dez (quarta)",
            "{d}/dez (quinta)",
            "{d}/dez (sexta)",
        ),
        (
            "dia {d}/dez (segunda-feira)",
            "dia {d}/dez (terça-feira)",
            "dia {d}/dez (quarta-feira)",
            "dia {d}/dez (quinta-feira)",
            "dia {d}/dez (sexta-feira)",
        ),
    ),
    {"or": "ou", "and": "e"},
    {
        "day": ("",),
        "morning": ("só de manhã", "de manhã (9h-12h)", "das 9h00 às 12h00"),
        "afternoon": ("só à tarde", "à tarde (12h-17h)", "das 12h00 às 17h00"),
        "after2": ("das 2 da tarde em diante", "a partir das 14 hrs", "de 14h00 em diante"),
        "before11": ("até 11 horas", "antes das 11 hrs", "das 9h00 às 11h00"),
        "10to12": ("das 10 hrs às 12 hrs", "entre 10:00 e 12:00", "das dez às 12h"),
    },
    ("tá ótimo pra mim", "me atende bem", "fica de boa pra mim", "tá perfeito pra mim"),
    ("tenho um horário livre", "tô com tempo", "consigo bater um papo", "dá pra encaixar"),
    ("Semana que vem, por aqui:", "Sobre semana que vem:", "Pra semana que vem, ó:"),
    (
        "{days} estou em reunião com cliente.",
        "{days} tenho um compromisso inadiável.",
        "{days} tô lotado.",
        "{days} nem pensar.",
    ),
    (
        "Me confirma até {day}?",
        "Fico aguardando seu retorno até {day}.",
        "Consegue me dar uma resposta até {day}?",
    ),
    ("Oi, Ana, tudo bem?", "Oi Aninha,", "Prezada Sra. Berg,", "E aí, Ana, beleza?"),
    (
        "Abraços,\nFernanda",
        "Att.,\nCarlos Eduardo Silva\nTel: (21) 3456-7890",
        "Valeu!\nDu",
        "Obrigado,\nPedro\n\nEnviado do meu iPhone",
    ),
    ("o dia todo, sem problema", "das 9 às 17 horas", "no horário que você achar melhor"),
    {
        "day": (
            "em qualquer dia útil da semana que vem",
            "na semana que vem, no dia que preferir,",
        ),
        "morning": (
            "em qualquer das manhãs da semana que vem",
            "na semana que vem, na manhã que preferir,",
        ),
        "afternoon": (
            "em qualquer das tardes da semana que vem",
            "na semana que vem, na tarde que preferir,",
        ),
    },
    ("menos apenas na", "com exceção apenas da", "mas nunca na"),
    ("com exceção das 12h às 13h", "menos no horário das 12h às 13h", "exceto 12:00-13:00"),
    (
        "Em 03/12/2026 16:12, Kestrel Hire <schedule@kestrel.example> escreveu:",
        "Oi,\nPode ser terça, dia 15, às 9h30 ou segunda, dia 7, às 16h?\nAbs",
    ),
)
TONGUES10 = (EN10, FR10, DE10, ES10, PT10)
