"""Short probe replies that tell availability around rosters and fixed commitments (issue 8).

Written from the kinds' descriptions and shared/EXTRACTION.md alone, by someone who never read
the engine, its other phrasebooks or the corpus. It holds duty rosters and shifts over a range
of days with the free time left around them (the shift's own hours are never a window),
childcare, classes and other fixed commitments that cut a part of each day, per-day lists from
assistants and calendars with ruled-out rows (also as an Outlook-style HTML table), times told in
words and regional clock phrasing, a leave, trip, course or court day followed by the days after
it, spans of days with an exception and a part of day, and a busy stretch next to a reply-by
deadline that is never a window; in EN, FR, DE, ES and PT, against several reference dates and
zones. `kind` names the construct each probe tests.
"""

from __future__ import annotations

from tests.parsers.reading_probes import OPTIONS, Probe, each_day

P = Probe
LONDON = "Europe/London"
PARIS = "Europe/Paris"
BERLIN = "Europe/Berlin"
VIENNA = "Europe/Vienna"
MADRID = "Europe/Madrid"
LISBON = "Europe/Lisbon"
SAO_PAULO = "America/Sao_Paulo"
# Reference dates besides DATE (Tue 1 Dec 10:00 ET); all windows below fall in December 2026.
FRI = "Fri, 04 Dec 2026 16:45:00 -0500"
WED = "Wed, 02 Dec 2026 08:15:00 -0500"
MONTH_END = "Mon, 30 Nov 2026 09:05:00 -0500"
FRI_11 = "Fri, 11 Dec 2026 12:30:00 -0500"
FRI_UK = "Fri, 04 Dec 2026 16:45:00 +0000"
WED_UK = "Wed, 02 Dec 2026 08:15:00 +0000"
FRI_CET = "Fri, 04 Dec 2026 17:30:00 +0100"
TUE_CET = "Tue, 01 Dec 2026 10:00:00 +0100"
WED_CET = "Wed, 02 Dec 2026 08:15:00 +0100"
SUN_CET = "Sun, 06 Dec 2026 11:02:00 +0100"
MONTH_END_CET = "Mon, 30 Nov 2026 08:40:00 +0100"
FRI_11_CET = "Fri, 11 Dec 2026 12:30:00 +0100"
FRI_LISBON = "Fri, 04 Dec 2026 15:10:00 +0000"
TUE_LISBON = "Tue, 01 Dec 2026 09:00:00 +0000"
FRI_11_LISBON = "Fri, 11 Dec 2026 11:00:00 +0000"
FRI_BRT = "Fri, 04 Dec 2026 18:00:00 -0300"
TUE_BRT = "Tue, 01 Dec 2026 09:30:00 -0300"
WED_BRT = "Wed, 02 Dec 2026 08:00:00 -0300"
SUN_BRT = "Sun, 06 Dec 2026 19:00:00 -0300"
MONTH_END_BRT = "Mon, 30 Nov 2026 09:00:00 -0300"
NEXT_WEEK = (7, 8, 9, 10, 11)
MORNING = ("09:00", "12:00")
AFTERNOON = ("12:00", "17:00")
ALL_DAY = ("09:00", "17:00")

PHRASEBOOK_ROSTERS: tuple[Probe, ...] = (
    # ---------------------------------------------------------------- English
    P(
        "shift_roster",
        "en",
        "im on lates mon-wed so mornings those days, thurs n fri im off so whenever",
        "availability",
        each_day((7, 8, 9), *MORNING) + each_day((10, 11), *ALL_DAY),
        date=FRI,
    ),
    P(
        "night_shift",
        "en",
        "Nights Thursday to Saturday this coming week, so I'll be asleep those days. "
        "Free Monday after 2 though.",
        "availability",
        ((7, "14:00", "17:00"),),
        date=FRI,
    ),
    P(
        "shift_roster",
        "en",
        "Hi, I work early shifts (6am-2pm) Wednesday through Friday. "
        "I could do any of those days from 3pm.",
        "availability",
        each_day((2, 3, 4), "15:00", "17:00"),
    ),
    P(
        "double_shift",
        "en",
        "Doing doubles Tue and Thu next week so those are out. "
        "Mon, Wed or Fri I can do between 10 and 1.",
        "availability",
        each_day((7, 9, 11), "10:00", "13:00"),
        date=FRI,
    ),
    P(
        "on_call",
        "en",
        "I'm on call Tuesday to Thursday and can't commit to anything then. "
        "Friday morning, or any time on Monday the 7th.",
        "availability",
        ((4, "09:00", "12:00"), (7, "09:00", "17:00")),
        date=MONTH_END,
    ),
    P(
        "shift_roster",
        "en",
        "Dear Ms Patel,\n\nMy rota next week has me on late shifts from Monday to Wednesday, "
        "starting at 1pm. I would therefore be available on those days before noon.\n\n"
        "Kind regards,\nGareth Hughes",
        "availability",
        each_day((7, 8, 9), *MORNING),
        zone=LONDON,
        date=WED_UK,
    ),
    P(
        "childcare_cut",
        "en",
        "I do the school pick-up at 3 every day Mon-Thu, so next week anything before 2:30 "
        "on those days works.",
        "availability",
        each_day((7, 8, 9, 10), "09:00", "14:30"),
        date=FRI,
    ),
    P(
        "childcare_cut",
        "en",
        "nursery drop off means i cant start before 10 wed thru fri. 10 onwards is fine",
        "availability",
        each_day((2, 3, 4), "10:00", "17:00"),
    ),
    P(
        "class_cut",
        "en",
        "I have lectures until 12 on Tuesdays and Thursdays, so next week Tue/Thu afternoons "
        "would suit, or all day Wednesday.",
        "availability",
        ((8, "12:00", "17:00"), (9, "09:00", "17:00"), (10, "12:00", "17:00")),
        date=FRI,
    ),
    P(
        "fixed_commitment",
        "en",
        "Physio every morning Monday to Wednesday next week. After 1pm on any of those days "
        "is good.",
        "availability",
        each_day((7, 8, 9), "13:00", "17:00"),
        date=FRI,
    ),
    P(
        "childcare_cut",
        "en",
        "Writing on behalf of Daniel: he collects his children at 4 on Thursday and Friday, "
        "so 1 to 3:30 on either day would be ideal.\n\nBest,\nPriya (EA to Daniel Brooks)",
        "availability",
        each_day((3, 4), "13:00", "15:30"),
        date=WED,
    ),
    P(
        "per_day_list",
        "en",
        "Hi, here is Mark's availability for next week:\n"
        "Mon 7: OOO\nTue 8: 10-12\nWed 9: afternoon\nThu 10: fully booked\nFri 11: after 2\n"
        "Thanks, Jo",
        "availability",
        ((8, "10:00", "12:00"), (9, "12:00", "17:00"), (11, "14:00", "17:00")),
        date=FRI,
    ),
    P(
        "per_day_list",
        "en",
        "From my calendar:\nWed 2 Dec: travelling\nThu 3 Dec: 9:30 to 11\nFri 4 Dec: -\n"
        "Mon 7 Dec: any time",
        "availability",
        ((3, "09:30", "11:00"), (7, "09:00", "17:00")),
    ),
    P(
        "per_day_list",
        "en",
        "Next week:\nMon - in court all day\nTue - 2pm-5pm\nWed - court\nThu - morning\nFri - OOO",
        "availability",
        ((8, "14:00", "17:00"), (10, "09:00", "12:00")),
        date=FRI,
    ),
    P(
        "per_day_list",
        "en",
        "thu - no (flying)\nfri - after 11\nmon - 9-11 or after 3",
        "availability",
        ((4, "11:00", "17:00"), (7, "09:00", "11:00"), (7, "15:00", "17:00")),
        date=WED,
    ),
    P(
        "per_day_table_html",
        "en",
        "<html><body><p>Hi Sam,</p><p>My availability next week:</p>"
        '<table border="1"><tr><th>Day</th><th>Availability</th></tr>'
        "<tr><td>Monday 7 December</td><td>Offshore - unavailable</td></tr>"
        "<tr><td>Tuesday 8 December</td><td>9:00 AM - 11:30 AM</td></tr>"
        "<tr><td>Wednesday 9 December</td><td>Busy</td></tr>"
        "<tr><td>Thursday 10 December</td><td>1:00 PM - 4:00 PM</td></tr>"
        "<tr><td>Friday 11 December</td><td>Morning</td></tr></table>"
        "<p>Thanks,<br>Tom</p></body></html>",
        "availability",
        ((8, "09:00", "11:30"), (10, "13:00", "16:00"), (11, "09:00", "12:00")),
        date=FRI,
        html=True,
    ),
    P(
        "per_day_table_html",
        "en",
        "<html><body><div>Please see below.</div><table>"
        "<tr><td><b>Thu 3 Dec</b></td><td>All day</td></tr>"
        "<tr><td><b>Fri 4 Dec</b></td><td>Out of office</td></tr>"
        "<tr><td><b>Mon 7 Dec</b></td><td>2pm - 4pm</td></tr>"
        "</table><div>Regards,<br>Helen Ward</div></body></html>",
        "availability",
        ((3, "09:00", "17:00"), (7, "14:00", "16:00")),
        html=True,
    ),
    P(
        "clock_words",
        "en",
        "Could do Tuesday at half two, or Wednesday any time after half ten.",
        "availability",
        ((8, "14:30", "15:30"), (9, "10:30", "17:00")),
        zone=LONDON,
        date=FRI_UK,
    ),
    P(
        "clock_words",
        "en",
        "quarter past three on monday suits me, or thursday before quarter to five",
        "availability",
        ((7, "15:15", "16:15"), (10, "09:00", "16:45")),
        zone=LONDON,
        date=FRI_UK,
    ),
    P(
        "clock_words",
        "en",
        "Thursday 1530 works for me, or Friday 3ish.",
        "availability",
        ((3, "15:30", "16:30"), (4, "15:00", "16:00")),
    ),
    P(
        "clock_words",
        "en",
        "First thing Monday (9am), or Tuesday after lunch, from 1:30.",
        "availability",
        ((7, "09:00", "10:00"), (8, "13:30", "17:00")),
        date=FRI,
    ),
    P(
        "clock_words",
        "en",
        "Wednesday at quarter to eleven or Thursday at noon, whichever suits you.",
        "availability",
        ((9, "10:45", "11:45"), (10, "12:00", "13:00")),
        date=FRI,
    ),
    P(
        "clock_words",
        "en",
        "Any day next week from half ten until half three.",
        "availability",
        each_day(NEXT_WEEK, "10:30", "15:30"),
        zone=LONDON,
        date=FRI_UK,
    ),
    P(
        "leave_then_part",
        "en",
        "I'm on a course Mon-Wed, then Thursday or Friday afternoon would work.",
        "availability",
        each_day((10, 11), *AFTERNOON),
        date=FRI,
    ),
    P(
        "leave_then_part",
        "en",
        "I'm at a conference in Austin Wednesday and Thursday. Back Friday, and Friday "
        "morning is open, as is Monday afternoon.",
        "availability",
        ((4, "09:00", "12:00"), (7, "12:00", "17:00")),
    ),
    P(
        "leave_then_part",
        "en",
        "I'm on leave for the rest of this week; next week any morning suits.",
        "availability",
        each_day(NEXT_WEEK, *MORNING),
        date=WED,
    ),
    P(
        "court_day",
        "en",
        "I'm in court on Tuesday and Wednesday. Thursday from 11 or Friday late afternoon.",
        "availability",
        ((10, "11:00", "17:00"), (11, "15:00", "17:00")),
        date=FRI,
    ),
    P(
        "leave_then_part",
        "en",
        "Training Tues-Thurs this week, then I'm free Friday after 10 and Monday morning.",
        "availability",
        ((4, "10:00", "17:00"), (7, "09:00", "12:00")),
        date=MONTH_END,
    ),
    P(
        "except_day_part",
        "en",
        "Any afternoon next week except Wednesday.",
        "availability",
        each_day((7, 8, 10, 11), *AFTERNOON),
        date=FRI,
    ),
    P(
        "except_day_part",
        "en",
        "mornings this week are good, not thurs tho",
        "availability",
        each_day((1, 2, 4), *MORNING),
        date=MONTH_END,
    ),
    P(
        "except_day_part",
        "en",
        "Next week I can do late afternoons, except Monday and Friday.",
        "availability",
        each_day((8, 9, 10), "15:00", "17:00"),
    ),
    P(
        "period_part",
        "en",
        "End of next week, afternoons ideally.",
        "availability",
        each_day((10, 11), *AFTERNOON),
        date=FRI,
    ),
    P(
        "period_part",
        "en",
        "Later next week? Mornings are best.",
        "availability",
        each_day((10, 11), *MORNING),
        date=WED,
    ),
    P(
        "period_part",
        "en",
        "early next week, mornings pls",
        "availability",
        each_day((14, 15), *MORNING),
        date=FRI_11,
    ),
    P(
        "busy_until_deadline",
        "en",
        "I have exams until Wednesday, but I'm free Thursday and Friday after 1. "
        "Please let me know by Monday.",
        "availability",
        each_day((10, 11), "13:00", "17:00"),
        date=FRI,
    ),
    P(
        "busy_until_deadline",
        "en",
        "Swamped with a filing deadline through Thursday. Friday any time or Monday before "
        "noon. If you could confirm by Wednesday that would be great.",
        "availability",
        ((4, "09:00", "17:00"), (7, "09:00", "12:00")),
    ),
    P(
        "busy_until_deadline",
        "en",
        "None of those work, I'm in exams until Thursday. Friday afternoon is free though - "
        "let me know by tomorrow if that's OK.",
        "availability",
        ((4, "12:00", "17:00"),),
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "shift_decline",
        "en",
        "Sorry, I'm on nights Wednesday and Thursday so none of these work for me.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "shift_pick",
        "en",
        "I'm on lates this week so the Thursday 10am slot is perfect.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    # ---------------------------------------------------------------- French
    P(
        "shift_roster",
        "fr",
        "Je suis de garde du lundi au mercredi, mais libre les après-midi.",
        "availability",
        each_day((7, 8, 9), *AFTERNOON),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "shift_roster",
        "fr",
        "slt, je suis du matin lundi mardi mercredi (6h-14h), dispo à partir de 15h ces jours là",
        "availability",
        each_day((7, 8, 9), "15:00", "17:00"),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "night_shift",
        "fr",
        "Je fais les nuits de mercredi à vendredi, je dors la journée. Par contre lundi "
        "prochain je suis libre toute la journée.",
        "availability",
        ((7, "09:00", "17:00"),),
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "shift_roster",
        "fr",
        "Madame,\n\nMon planning de la semaine prochaine prévoit des postes d'après-midi du "
        "mardi au jeudi. Je serais donc disponible ces jours-là le matin, entre 9h et 11h30.\n\n"
        "Bien cordialement,\nÉlodie Marchand",
        "availability",
        each_day((8, 9, 10), "09:00", "11:30"),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "double_shift",
        "fr",
        "Double journée mardi et jeudi prochains, impossible. Lundi, mercredi ou vendredi "
        "entre 14h et 16h, ça me va.",
        "availability",
        each_day((7, 9, 11), "14:00", "16:00"),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "childcare_cut",
        "fr",
        "Je récupère les enfants à 16h30 tous les jours, donc la semaine prochaine n'importe "
        "quel jour avant 16h.",
        "availability",
        each_day(NEXT_WEEK, "09:00", "16:00"),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "childcare_cut",
        "fr",
        "mercredi je garde les petits le matin, donc l'aprem à partir de 14h. jeudi et "
        "vendredi c'est ok toute la journée",
        "availability",
        ((2, "14:00", "17:00"), (3, "09:00", "17:00"), (4, "09:00", "17:00")),
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "class_cut",
        "fr",
        "La semaine prochaine j'ai cours le lundi et le mercredi jusqu'à midi ; ces jours-là "
        "je suis libre l'après-midi, et le mardi toute la journée.",
        "availability",
        ((7, "12:00", "17:00"), (8, "09:00", "17:00"), (9, "12:00", "17:00")),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "fixed_commitment",
        "fr",
        "Rééducation tous les matins jusqu'à vendredi. Jeudi ou vendredi après 13h30, sans "
        "problème.",
        "availability",
        each_day((3, 4), "13:30", "17:00"),
        zone=PARIS,
        date=WED_CET,
    ),
    P(
        "childcare_cut",
        "fr",
        "Les mardis et jeudis je dépose ma fille à la crèche à 9h30, donc à partir de 10h30 "
        "la semaine prochaine ces deux jours-là.",
        "availability",
        each_day((8, 10), "10:30", "17:00"),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "per_day_list",
        "fr",
        "Bonjour,\nVoici les disponibilités de M. Durand pour la semaine prochaine :\n"
        "lundi 7 : pas dispo\nmardi 8 : 10h-12h\nmercredi 9 : en déplacement\n"
        "jeudi 10 : après-midi\nvendredi 11 : à partir de 15h\n"
        "Cordialement,\nClaire, assistante de direction",
        "availability",
        ((8, "10:00", "12:00"), (10, "12:00", "17:00"), (11, "15:00", "17:00")),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "per_day_list",
        "fr",
        "jeudi 3 : au tribunal toute la journée\nvendredi 4 : 9h-10h30\nlundi 7 : -\n"
        "mardi 8 : matin",
        "availability",
        ((4, "09:00", "10:30"), (8, "09:00", "12:00")),
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "per_day_list",
        "fr",
        "lun: non\nmar: 14h-17h\nmer: non (formation)\njeu: 11h\nven: matin",
        "availability",
        ((8, "14:00", "17:00"), (10, "11:00", "12:00"), (11, "09:00", "12:00")),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "per_day_table_html",
        "fr",
        "<html><body><p>Bonjour,</p><p>Mes créneaux pour la semaine prochaine :</p>"
        '<table border="1" cellpadding="4">'
        "<tr><td>Lundi 7 décembre</td><td>Disponible 9h - 12h</td></tr>"
        "<tr><td>Mardi 8 décembre</td><td>Occupé</td></tr>"
        "<tr><td>Mercredi 9 décembre</td><td>14h00 - 16h30</td></tr>"
        "<tr><td>Jeudi 10 décembre</td><td>Absent</td></tr></table>"
        "<p>Cordialement,<br>Luc Fabre</p></body></html>",
        "availability",
        ((7, "09:00", "12:00"), (9, "14:00", "16:30")),
        zone=PARIS,
        date=FRI_CET,
        html=True,
    ),
    P(
        "per_day_table_html",
        "fr",
        "<html><body><table>"
        "<tr><th>Jour</th><th>Disponibilité</th></tr>"
        "<tr><td>Jeudi 3 décembre</td><td>toute la journée</td></tr>"
        "<tr><td>Vendredi 4 décembre</td><td>pas dispo</td></tr>"
        "<tr><td>Lundi 7 décembre</td><td>après-midi</td></tr>"
        "</table><p>Bonne journée</p></body></html>",
        "availability",
        ((3, "09:00", "17:00"), (7, "12:00", "17:00")),
        zone=PARIS,
        date=TUE_CET,
        html=True,
    ),
    P(
        "clock_words",
        "fr",
        "Mardi à quatorze heures trente, ou mercredi vers 15h.",
        "availability",
        ((8, "14:30", "15:30"), (9, "15:00", "16:00")),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "clock_words",
        "fr",
        "lundi midi et demi ça m'irait, sinon jeudi à partir de 10h15",
        "availability",
        ((7, "12:30", "13:30"), (10, "10:15", "17:00")),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "clock_words",
        "fr",
        "Jeudi entre dix heures et midi, ou vendredi à seize heures.",
        "availability",
        ((3, "10:00", "12:00"), (4, "16:00", "17:00")),
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "clock_words",
        "fr",
        "Mercredi de 9h45 à 11h15, ou vendredi à 13h30 précises.",
        "availability",
        ((9, "09:45", "11:15"), (11, "13:30", "14:30")),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "clock_words",
        "fr",
        "Lundi à deux heures et demie de l'après-midi, ou mardi à onze heures moins le quart.",
        "availability",
        ((7, "14:30", "15:30"), (8, "10:45", "11:45")),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "leave_then_part",
        "fr",
        "En formation jusqu'à mercredi, ensuite jeudi matin si ça vous va.",
        "availability",
        ((10, "09:00", "12:00"),),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "leave_then_part",
        "fr",
        "Je suis en congé jusqu'à jeudi inclus. Vendredi après-midi ou lundi prochain le matin.",
        "availability",
        ((4, "12:00", "17:00"), (7, "09:00", "12:00")),
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "leave_then_part",
        "fr",
        "Je serai au salon à Lyon lundi et mardi ; mercredi ou jeudi après-midi, c'est possible.",
        "availability",
        each_day((9, 10), *AFTERNOON),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "leave_then_part",
        "fr",
        "Je suis en séminaire lundi et mardi, ensuite mercredi matin ou jeudi à 14h.",
        "availability",
        ((9, "09:00", "12:00"), (10, "14:00", "15:00")),
        zone=PARIS,
        date=SUN_CET,
    ),
    P(
        "court_day",
        "fr",
        "Je plaide jeudi toute la journée. Vendredi matin ou lundi à partir de 14h.",
        "availability",
        ((4, "09:00", "12:00"), (7, "14:00", "17:00")),
        zone=PARIS,
        date=WED_CET,
    ),
    P(
        "except_day_part",
        "fr",
        "Toutes les matinées de la semaine prochaine me conviennent, sauf vendredi.",
        "availability",
        each_day((7, 8, 9, 10), *MORNING),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "except_day_part",
        "fr",
        "cette semaine n'importe quel après-midi sauf mercredi",
        "availability",
        each_day((1, 3, 4), *AFTERNOON),
        zone=PARIS,
        date=MONTH_END_CET,
    ),
    P(
        "except_day_part",
        "fr",
        "La semaine prochaine, tous les jours sauf le mercredi après-midi.",
        "availability",
        (*each_day((7, 8), *ALL_DAY), (9, "09:00", "12:00"), *each_day((10, 11), *ALL_DAY)),
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "period_part",
        "fr",
        "Début de semaine prochaine, le matin de préférence.",
        "availability",
        each_day((7, 8), *MORNING),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "period_part",
        "fr",
        "Plutôt en fin de semaine prochaine, l'après-midi.",
        "availability",
        each_day((10, 11), *AFTERNOON),
        zone=PARIS,
        date=WED_CET,
    ),
    P(
        "busy_until_deadline",
        "fr",
        "J'ai mes partiels jusqu'à mercredi. Jeudi ou vendredi après 14h, c'est bon. "
        "Merci de me confirmer d'ici lundi.",
        "availability",
        each_day((10, 11), "14:00", "17:00"),
        zone=PARIS,
        date=FRI_CET,
    ),
    P(
        "busy_until_deadline",
        "fr",
        "Bouclage du dossier jusqu'à jeudi, je ne peux rien caler avant. Vendredi toute la "
        "journée. Dites-moi avant mercredi svp.",
        "availability",
        ((4, "09:00", "17:00"),),
        zone=PARIS,
        date=TUE_CET,
    ),
    P(
        "busy_until_deadline",
        "fr",
        "Aucun de ces créneaux ne me va, j'ai un examen jeudi. En revanche lundi prochain "
        "après 10h. Pouvez-vous me répondre d'ici demain ?",
        "availability",
        ((7, "10:00", "17:00"),),
        zone=PARIS,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "shift_decline",
        "fr",
        "Désolée, je suis de nuit mercredi et jeudi, aucune de ces dates ne me convient.",
        "decline",
        zone=PARIS,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "shift_pick",
        "fr",
        "Je suis du matin cette semaine, la deuxième option me convient très bien.",
        "accept",
        selected=2,
        zone=PARIS,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    # ---------------------------------------------------------------- German
    P(
        "shift_roster",
        "de",
        "Frühdienst Di-Do, ab 15 Uhr frei.",
        "availability",
        each_day((8, 9, 10), "15:00", "17:00"),
        zone=BERLIN,
        date=FRI_CET,
    ),
    P(
        "shift_roster",
        "de",
        "Ich hab nächste Woche Spätschicht von Montag bis Mittwoch, vormittags ginge es an "
        "diesen Tagen.",
        "availability",
        each_day((7, 8, 9), *MORNING),
        zone=BERLIN,
        date=FRI_CET,
    ),
    P(
        "night_shift",
        "de",
        "Nachtdienst von Donnerstag bis Samstag, danach bin ich platt. Montag nach 14 Uhr "
        "wäre gut.",
        "availability",
        ((7, "14:00", "17:00"),),
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "on_call",
        "de",
        "Ich habe Dienstag bis Donnerstag Rufbereitschaft und kann nichts fest zusagen. "
        "Freitag vormittags oder Montag, den 7., ganztägig.",
        "availability",
        ((4, "09:00", "12:00"), (7, "09:00", "17:00")),
        zone=BERLIN,
        date=MONTH_END_CET,
    ),
    P(
        "double_shift",
        "de",
        "di u do doppelschicht, mo mi fr geht zw 10 und 12",
        "availability",
        each_day((7, 9, 11), "10:00", "12:00"),
        zone=BERLIN,
        date=FRI_CET,
    ),
    P(
        "shift_roster",
        "de",
        "Sehr geehrte Frau Krüger,\n\nlaut Dienstplan habe ich in der kommenden Woche von "
        "Mittwoch bis Freitag Frühschicht bis 14 Uhr. An diesen Tagen wäre ich ab 15:30 Uhr "
        "verfügbar.\n\nMit freundlichen Grüßen\nJonas Hartmann",
        "availability",
        each_day((9, 10, 11), "15:30", "17:00"),
        zone=BERLIN,
        date=FRI_CET,
    ),
    P(
        "childcare_cut",
        "de",
        "Ich hole von Mittwoch bis Freitag die Kleine um 14 Uhr von der Kita ab, an den Tagen "
        "ginge es also nur bis 13 Uhr.",
        "availability",
        each_day((9, 10, 11), "09:00", "13:00"),
        zone=BERLIN,
        date=FRI_CET,
    ),
    P(
        "class_cut",
        "de",
        "Dienstags und donnerstags habe ich bis 12 Uhr Vorlesung, nächste Woche an beiden "
        "Tagen also nachmittags.",
        "availability",
        each_day((8, 10), *AFTERNOON),
        zone=BERLIN,
        date=FRI_CET,
    ),
    P(
        "fixed_commitment",
        "de",
        "Mittwoch und Donnerstag habe ich morgens Physiotherapie, ab 11 Uhr bin ich frei.",
        "availability",
        each_day((2, 3), "11:00", "17:00"),
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "childcare_cut",
        "de",
        "Wegen der Kinder kann ich Donnerstag und Freitag erst ab 9:30 und nur bis 14:30.",
        "availability",
        each_day((3, 4), "09:30", "14:30"),
        zone=BERLIN,
        date=WED_CET,
    ),
    P(
        "childcare_cut",
        "de",
        "Montags bis donnerstags muss ich um 16 Uhr an der Schule sein, nächste Woche also "
        "gerne an diesen Tagen bis 15 Uhr.",
        "availability",
        each_day((7, 8, 9, 10), "09:00", "15:00"),
        zone=BERLIN,
        date=FRI_CET,
    ),
    P(
        "per_day_list",
        "de",
        "Guten Tag,\nanbei die Termine von Herrn Weber für nächste Woche:\n"
        "Mo 7.12.: nicht im Haus\nDi 8.12.: 9-11 Uhr\nMi 9.12.: ganztägig\nDo 10.12.: belegt\n"
        "Fr 11.12.: ab 13 Uhr\nMit freundlichen Grüßen\n"
        "Sabine Roth, Assistenz der Geschäftsführung",
        "availability",
        ((8, "09:00", "11:00"), (9, "09:00", "17:00"), (11, "13:00", "17:00")),
        zone=BERLIN,
        date=FRI_CET,
    ),
    P(
        "per_day_list",
        "de",
        "Do 3.12.: Dienstreise\nFr 4.12.: nachmittags\nMo 7.12.: vormittags\nDi 8.12.: -",
        "availability",
        ((4, "12:00", "17:00"), (7, "09:00", "12:00")),
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "per_day_list",
        "de",
        "mo geht nich\ndi ab halb 3\nmi 10-12\ndo urlaub\nfr vormittag",
        "availability",
        ((8, "14:30", "17:00"), (9, "10:00", "12:00"), (11, "09:00", "12:00")),
        zone=BERLIN,
        date=FRI_CET,
    ),
    P(
        "per_day_table_html",
        "de",
        "<html><body><p>Hallo Herr Yilmaz,</p><p>hier meine Zeiten:</p>"
        '<table border="1"><tr><th>Tag</th><th>Zeit</th></tr>'
        "<tr><td>Montag, 7. Dezember</td><td>10:00 - 12:00</td></tr>"
        "<tr><td>Dienstag, 8. Dezember</td><td>Außer Haus</td></tr>"
        "<tr><td>Mittwoch, 9. Dezember</td><td>ganztägig frei</td></tr>"
        "<tr><td>Donnerstag, 10. Dezember</td><td>belegt</td></tr></table>"
        "<p>Viele Grüße<br>Petra Lang</p></body></html>",
        "availability",
        ((7, "10:00", "12:00"), (9, "09:00", "17:00")),
        zone=BERLIN,
        date=FRI_CET,
        html=True,
    ),
    P(
        "per_day_table_html",
        "de",
        "<html><body><table>"
        "<tr><td>Mi 2.12.</td><td>14:00-16:00</td></tr>"
        "<tr><td>Do 3.12.</td><td>gebucht</td></tr>"
        "<tr><td>Fr 4.12.</td><td>vormittags</td></tr>"
        "<tr><td>Di 8.12.</td><td>Feiertag</td></tr>"
        "</table><p>LG Markus</p></body></html>",
        "availability",
        ((2, "14:00", "16:00"), (4, "09:00", "12:00")),
        zone=VIENNA,
        date=TUE_CET,
        html=True,
    ),
    P(
        "clock_words",
        "de",
        "Dienstag um halb drei oder Mittwoch Viertel nach zehn?",
        "availability",
        ((8, "14:30", "15:30"), (9, "10:15", "11:15")),
        zone=BERLIN,
        date=FRI_CET,
    ),
    P(
        "clock_words",
        "de",
        "Montag ab dreiviertel vier, oder Donnerstag zwischen halb zehn und zwölf.",
        "availability",
        ((7, "15:45", "17:00"), (10, "09:30", "12:00")),
        zone=BERLIN,
        date=FRI_CET,
    ),
    P(
        "clock_words",
        "de",
        "Donnerstag gegen 11 würde passen, Freitag Viertel vor drei auch.",
        "availability",
        ((3, "11:00", "12:00"), (4, "14:45", "15:45")),
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "clock_words",
        "de",
        "Am Freitag um 13.30 Uhr oder Montag zwischen 9 und halb elf.",
        "availability",
        ((4, "13:30", "14:30"), (7, "09:00", "10:30")),
        zone=BERLIN,
        date=WED_CET,
    ),
    P(
        "clock_words",
        "de",
        "gleich morgens am Dienstag, so um 9, oder Mittwoch nach der Mittagspause ab 13:30",
        "availability",
        ((8, "09:00", "10:00"), (9, "13:30", "17:00")),
        zone=BERLIN,
        date=FRI_CET,
    ),
    P(
        "leave_then_part",
        "de",
        "Bis Mittwoch bin ich auf Dienstreise, danach Donnerstag und Freitag jeweils nachmittags.",
        "availability",
        each_day((10, 11), *AFTERNOON),
        zone=BERLIN,
        date=FRI_CET,
    ),
    P(
        "leave_then_part",
        "de",
        "Ich bin bis einschließlich Donnerstag im Urlaub. Freitag vormittags oder Montag ab "
        "14 Uhr.",
        "availability",
        ((4, "09:00", "12:00"), (7, "14:00", "17:00")),
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "leave_then_part",
        "de",
        "Montag bis Mittwoch Schulung in Köln, Donnerstag ginge ganztags, Freitag nur bis 12.",
        "availability",
        ((10, "09:00", "17:00"), (11, "09:00", "12:00")),
        zone=BERLIN,
        date=FRI_CET,
    ),
    P(
        "leave_then_part",
        "de",
        "Montag und Dienstag bin ich auf einer Messe in Hannover, Mittwoch ab halb elf oder "
        "Donnerstag vormittags.",
        "availability",
        ((9, "10:30", "17:00"), (10, "09:00", "12:00")),
        zone=BERLIN,
        date=SUN_CET,
    ),
    P(
        "court_day",
        "de",
        "Donnerstag habe ich einen Gerichtstermin. Freitag ab 10 Uhr oder Dienstag nächster "
        "Woche nachmittags.",
        "availability",
        ((4, "10:00", "17:00"), (8, "12:00", "17:00")),
        zone=BERLIN,
        date=WED_CET,
    ),
    P(
        "except_day_part",
        "de",
        "Nächste Woche jeden Nachmittag außer Mittwoch.",
        "availability",
        each_day((7, 8, 10, 11), *AFTERNOON),
        zone=BERLIN,
        date=FRI_CET,
    ),
    P(
        "except_day_part",
        "de",
        "diese woche vormittags, nur freitag nicht",
        "availability",
        each_day((1, 2, 3), *MORNING),
        zone=BERLIN,
        date=MONTH_END_CET,
    ),
    P(
        "except_day_part",
        "de",
        "Nächste Woche passt jeder Tag ab 13 Uhr, außer Donnerstag.",
        "availability",
        each_day((7, 8, 9, 11), "13:00", "17:00"),
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "period_part",
        "de",
        "Ende nächster Woche nachmittags.",
        "availability",
        each_day((10, 11), *AFTERNOON),
        zone=BERLIN,
        date=FRI_CET,
    ),
    P(
        "period_part",
        "de",
        "Anfang nächster Woche, am liebsten vormittags.",
        "availability",
        each_day((7, 8), *MORNING),
        zone=BERLIN,
        date=WED_CET,
    ),
    P(
        "busy_until_deadline",
        "de",
        "Ich schreibe bis Mittwoch Klausuren. Donnerstag oder Freitag ab 13 Uhr hätte ich "
        "Zeit. Geben Sie mir bitte bis Montag Bescheid.",
        "availability",
        each_day((10, 11), "13:00", "17:00"),
        zone=BERLIN,
        date=FRI_CET,
    ),
    P(
        "busy_until_deadline",
        "de",
        "Bis Donnerstag ist Abgabe, da geht gar nichts. Freitag ganztägig. Bitte um "
        "Rückmeldung bis Mittwoch.",
        "availability",
        ((4, "09:00", "17:00"),),
        zone=BERLIN,
        date=TUE_CET,
    ),
    P(
        "shift_decline",
        "de",
        "Leider habe ich Mittwoch und Donnerstag Nachtdienst, keiner der Termine passt.",
        "decline",
        zone=BERLIN,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "options_refused_shift",
        "de",
        "Die Termine passen wegen meiner Spätschicht leider nicht. Montag, 7.12., vormittags "
        "wäre möglich.",
        "availability",
        ((7, "09:00", "12:00"),),
        zone=BERLIN,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    # ---------------------------------------------------------------- Spanish
    P(
        "shift_roster",
        "es",
        "Tengo turno de mañana de lunes a miércoles, así que esos días por la tarde a partir "
        "de las 16h.",
        "availability",
        each_day((7, 8, 9), "16:00", "17:00"),
        zone=MADRID,
        date=FRI_CET,
    ),
    P(
        "night_shift",
        "es",
        "esta semana q viene hago noches de martes a jueves, el lunes x la mañana si",
        "availability",
        ((7, "09:00", "12:00"),),
        zone=MADRID,
        date=FRI_CET,
    ),
    P(
        "on_call",
        "es",
        "Estoy de guardia miércoles y jueves. El viernes por la mañana o el lunes 7 a "
        "cualquier hora.",
        "availability",
        ((4, "09:00", "12:00"), (7, "09:00", "17:00")),
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "shift_roster",
        "es",
        "Estimada Sra. López:\n\nLa próxima semana tengo turno de tarde de martes a viernes. "
        "Podría atenderle esos días entre las 9 y las 11.\n\nAtentamente,\nRamón Ortega",
        "availability",
        each_day((8, 9, 10, 11), "09:00", "11:00"),
        zone=MADRID,
        date=FRI_CET,
    ),
    P(
        "double_shift",
        "es",
        "Doblo turno el lunes y el miércoles. Martes, jueves o viernes de 12 a 14 me viene bien.",
        "availability",
        each_day((8, 10, 11), "12:00", "14:00"),
        zone=MADRID,
        date=FRI_CET,
    ),
    P(
        "night_shift",
        "es",
        "trabajo de noche de lunes a miércoles, jueves y viernes libre todo el día",
        "availability",
        each_day((17, 18), *ALL_DAY),
        zone=MADRID,
        date=FRI_11_CET,
    ),
    P(
        "on_call",
        "es",
        "Estoy de retén lunes y martes; miércoles y jueves de 9 a 11 sin problema.",
        "availability",
        each_day((9, 10), "09:00", "11:00"),
        zone=MADRID,
        date=SUN_CET,
    ),
    P(
        "class_cut",
        "es",
        "Los martes y jueves tengo clase hasta las 12, así que la semana que viene esos días a "
        "partir de las 12:30.",
        "availability",
        each_day((8, 10), "12:30", "17:00"),
        zone=MADRID,
        date=FRI_CET,
    ),
    P(
        "childcare_cut",
        "es",
        "Recojo a los niños del cole a las 16:30 de lunes a jueves; la semana que viene puedo "
        "esos días hasta las 15:30.",
        "availability",
        each_day((7, 8, 9, 10), "09:00", "15:30"),
        zone=MADRID,
        date=FRI_CET,
    ),
    P(
        "childcare_cut",
        "es",
        "El miércoles llevo a mi hija a natación por la mañana; ese día mejor de 13 a 17. "
        "El jueves a cualquier hora.",
        "availability",
        ((2, "13:00", "17:00"), (3, "09:00", "17:00")),
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "fixed_commitment",
        "es",
        "Tengo rehabilitación todas las mañanas de martes a viernes, por las tardes estoy libre.",
        "availability",
        each_day((1, 2, 3, 4), *AFTERNOON),
        zone=MADRID,
        date=MONTH_END_CET,
    ),
    P(
        "childcare_cut",
        "es",
        "Del lunes al miércoles llevo a los peques al cole a las 9, así que esos días a partir "
        "de las 10.",
        "availability",
        each_day((7, 8, 9), "10:00", "17:00"),
        zone=MADRID,
        date=FRI_CET,
    ),
    P(
        "per_day_list",
        "es",
        "Buenas tardes,\nle paso la disponibilidad del Sr. Martín para la semana que viene:\n"
        "lunes 7: de viaje\nmartes 8: festivo\nmiércoles 9: de 10 a 13\njueves 10: por la tarde\n"
        "viernes 11: completo\nUn saludo,\nLaura (asistente de dirección)",
        "availability",
        ((9, "10:00", "13:00"), (10, "12:00", "17:00")),
        zone=MADRID,
        date=FRI_CET,
    ),
    P(
        "per_day_list",
        "es",
        "jue no puedo\nvie a partir de las 11\nlun 9-12\nmar feriado",
        "availability",
        ((4, "11:00", "17:00"), (7, "09:00", "12:00")),
        zone=MADRID,
        date=WED_CET,
    ),
    P(
        "per_day_list",
        "es",
        "Miércoles 2: en juicio\nJueves 3: de 16:00 a 17:00\nViernes 4: todo el día\nLunes 7: -",
        "availability",
        ((3, "16:00", "17:00"), (4, "09:00", "17:00")),
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "per_day_table_html",
        "es",
        "<html><body><p>Hola Marta:</p><p>Te paso mi disponibilidad:</p>"
        '<table border="1"><tr><th>Día</th><th>Horario</th></tr>'
        "<tr><td>Lunes 7 dic.</td><td>9:00 - 10:30</td></tr>"
        "<tr><td>Martes 8 dic.</td><td>Festivo</td></tr>"
        "<tr><td>Miércoles 9 dic.</td><td>Ocupado</td></tr>"
        "<tr><td>Jueves 10 dic.</td><td>Tarde</td></tr></table>"
        "<p>Saludos,<br>Iñaki</p></body></html>",
        "availability",
        ((7, "09:00", "10:30"), (10, "12:00", "17:00")),
        zone=MADRID,
        date=FRI_CET,
        html=True,
    ),
    P(
        "per_day_table_html",
        "es",
        "<html><body><table>"
        "<tr><td>Jueves 3</td><td>Fuera de la oficina</td></tr>"
        "<tr><td>Viernes 4</td><td>10:00 - 12:00</td></tr>"
        "<tr><td>Lunes 7</td><td>15:00 - 17:00</td></tr>"
        "</table><p>Un saludo</p></body></html>",
        "availability",
        ((4, "10:00", "12:00"), (7, "15:00", "17:00")),
        zone=MADRID,
        date=TUE_CET,
        html=True,
    ),
    P(
        "clock_words",
        "es",
        "El martes a las cuatro y media o el miércoles a eso de las once.",
        "availability",
        ((8, "16:30", "17:30"), (9, "11:00", "12:00")),
        zone=MADRID,
        date=FRI_CET,
    ),
    P(
        "clock_words",
        "es",
        "lunes a las doce y cuarto, o jueves a partir de las tres menos cuarto",
        "availability",
        ((7, "12:15", "13:15"), (10, "14:45", "17:00")),
        zone=MADRID,
        date=FRI_CET,
    ),
    P(
        "clock_words",
        "es",
        "El jueves entre las diez y media y la una, o el viernes a mediodía.",
        "availability",
        ((3, "10:30", "13:00"), (4, "12:00", "13:00")),
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "clock_words",
        "es",
        "Viernes a las 13:30 o lunes sobre las 10.",
        "availability",
        ((4, "13:30", "14:30"), (7, "10:00", "11:00")),
        zone=MADRID,
        date=WED_CET,
    ),
    P(
        "clock_words",
        "es",
        "El miércoles a primera hora, a las 9, o el viernes después de comer, desde las 15.",
        "availability",
        ((9, "09:00", "10:00"), (11, "15:00", "17:00")),
        zone=MADRID,
        date=FRI_CET,
    ),
    P(
        "leave_then_part",
        "es",
        "Hasta el martes estoy de viaje; luego, miércoles, jueves o viernes, cualquier mañana.",
        "availability",
        each_day((9, 10, 11), *MORNING),
        zone=MADRID,
        date=FRI_CET,
    ),
    P(
        "leave_then_part",
        "es",
        "Estoy de vacaciones hasta el jueves inclusive. El viernes por la tarde o el lunes por "
        "la mañana.",
        "availability",
        ((4, "12:00", "17:00"), (7, "09:00", "12:00")),
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "leave_then_part",
        "es",
        "Lunes y martes estoy en un congreso en Bilbao, el miércoles o el jueves por la tarde "
        "me vendría bien.",
        "availability",
        each_day((9, 10), *AFTERNOON),
        zone=MADRID,
        date=FRI_CET,
    ),
    P(
        "court_day",
        "es",
        "El jueves tengo vista en el juzgado. El viernes a partir de las 12 o el lunes entre "
        "las 9 y las 11.",
        "availability",
        ((4, "12:00", "17:00"), (7, "09:00", "11:00")),
        zone=MADRID,
        date=WED_CET,
    ),
    P(
        "except_day_part",
        "es",
        "La semana que viene, cualquier tarde menos el jueves.",
        "availability",
        each_day((7, 8, 9, 11), *AFTERNOON),
        zone=MADRID,
        date=FRI_CET,
    ),
    P(
        "except_day_part",
        "es",
        "esta semana por las mañanas, el miércoles no",
        "availability",
        each_day((1, 3, 4), *MORNING),
        zone=MADRID,
        date=MONTH_END_CET,
    ),
    P(
        "except_day_part",
        "es",
        "La semana que viene me va cualquier día salvo el lunes por la mañana.",
        "availability",
        ((7, "12:00", "17:00"), *each_day((8, 9, 10, 11), *ALL_DAY)),
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "period_part",
        "es",
        "A finales de la semana que viene, por la tarde.",
        "availability",
        each_day((10, 11), *AFTERNOON),
        zone=MADRID,
        date=FRI_CET,
    ),
    P(
        "period_part",
        "es",
        "A principios de la semana que viene, por la mañana.",
        "availability",
        each_day((7, 8), *MORNING),
        zone=MADRID,
        date=WED_CET,
    ),
    P(
        "busy_until_deadline",
        "es",
        "Tengo exámenes hasta el miércoles. El jueves o el viernes a partir de la una estoy "
        "libre. ¿Me dices algo antes del lunes?",
        "availability",
        each_day((10, 11), "13:00", "17:00"),
        zone=MADRID,
        date=FRI_CET,
    ),
    P(
        "busy_until_deadline",
        "es",
        "Entrego un proyecto el jueves y hasta entonces no puedo. El viernes a cualquier hora. "
        "Confírmeme antes del miércoles, por favor.",
        "availability",
        ((4, "09:00", "17:00"),),
        zone=MADRID,
        date=TUE_CET,
    ),
    P(
        "shift_decline",
        "es",
        "Lo siento, estoy de guardia miércoles y jueves, ninguna de las opciones me va.",
        "decline",
        zone=MADRID,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "options_refused_shift",
        "es",
        "Ninguna opción me viene bien por el turno de tarde. ¿Podría ser el lunes 7 entre las "
        "10 y las 12?",
        "availability",
        ((7, "10:00", "12:00"),),
        zone=MADRID,
        date=TUE_CET,
        stage="proposed",
        context=OPTIONS,
    ),
    # ---------------------------------------------------------------- Portuguese
    P(
        "shift_roster",
        "pt",
        "Estou de plantão de terça a quinta, livre depois das 14h.",
        "availability",
        each_day((8, 9, 10), "14:00", "17:00"),
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    P(
        "shift_roster",
        "pt",
        "Na próxima semana faço o turno da tarde de segunda a quarta, por isso nesses dias só "
        "de manhã.",
        "availability",
        each_day((7, 8, 9), *MORNING),
        zone=LISBON,
        date=FRI_LISBON,
    ),
    P(
        "night_shift",
        "pt",
        "Faço noturno de quarta a sexta. Segunda que vem, depois das 13h, fica ótimo.",
        "availability",
        ((7, "13:00", "17:00"),),
        zone=SAO_PAULO,
        date=TUE_BRT,
    ),
    P(
        "on_call",
        "pt",
        "to de plantao seg e qua, ter qui e sex de 10 as 12 pode ser",
        "availability",
        each_day((8, 10, 11), "10:00", "12:00"),
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    P(
        "shift_roster",
        "pt",
        "Exma. Senhora,\n\nInformo que na próxima semana estarei de serviço de segunda a "
        "quinta até às 13h. Nesses dias estarei disponível a partir das 14h30.\n\n"
        "Com os melhores cumprimentos,\nRui Figueiredo",
        "availability",
        each_day((7, 8, 9, 10), "14:30", "17:00"),
        zone=LISBON,
        date=FRI_LISBON,
    ),
    P(
        "night_shift",
        "pt",
        "na semana que vem faço noites de segunda a quarta; quinta e sexta estou livre o dia todo",
        "availability",
        each_day((17, 18), *ALL_DAY),
        zone=LISBON,
        date=FRI_11_LISBON,
    ),
    P(
        "class_cut",
        "pt",
        "Às segundas e quartas dou aula de manhã; na semana que vem, nesses dias, pode ser à "
        "tarde.",
        "availability",
        each_day((7, 9), *AFTERNOON),
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    P(
        "childcare_cut",
        "pt",
        "Vou buscar os miúdos à escola às 16h de segunda a quinta, por isso na próxima semana "
        "só até às 15h nesses dias.",
        "availability",
        each_day((7, 8, 9, 10), "09:00", "15:00"),
        zone=LISBON,
        date=FRI_LISBON,
    ),
    P(
        "childcare_cut",
        "pt",
        "quarta e quinta levo minha filha na creche às 9h30, então a partir das 10h30",
        "availability",
        each_day((2, 3), "10:30", "17:00"),
        zone=SAO_PAULO,
        date=TUE_BRT,
    ),
    P(
        "fixed_commitment",
        "pt",
        "Tenho fisioterapia de terça a quinta de manhã. À tarde estou livre nesses dias.",
        "availability",
        each_day((1, 2, 3), *AFTERNOON),
        zone=SAO_PAULO,
        date=MONTH_END_BRT,
    ),
    P(
        "childcare_cut",
        "pt",
        "De segunda a quarta eu busco as crianças às 17h, então nesses dias até as 16h.",
        "availability",
        each_day((7, 8, 9), "09:00", "16:00"),
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    P(
        "per_day_list",
        "pt",
        "Boa tarde,\nsegue a disponibilidade do Dr. Costa para a próxima semana:\n"
        "segunda, 7: em viagem\nterça, 8: feriado\nquarta, 9: das 10h às 12h\n"
        "quinta, 10: à tarde\nsexta, 11: sem disponibilidade\nCumprimentos,\nAna (assistente)",
        "availability",
        ((9, "10:00", "12:00"), (10, "12:00", "17:00")),
        zone=LISBON,
        date=FRI_LISBON,
    ),
    P(
        "per_day_list",
        "pt",
        "seg: não dá\nter: 14h-16h\nqua: embarcado\nqui: manhã\nsex: a partir das 15h",
        "availability",
        ((8, "14:00", "16:00"), (10, "09:00", "12:00"), (11, "15:00", "17:00")),
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    P(
        "per_day_list",
        "pt",
        "Quarta: audiência no fórum\nQuinta: das 9h às 11h\nSexta: dia todo\nSegunda: -",
        "availability",
        ((3, "09:00", "11:00"), (4, "09:00", "17:00")),
        zone=SAO_PAULO,
        date=TUE_BRT,
    ),
    P(
        "per_day_table_html",
        "pt",
        "<html><body><p>Olá Joana,</p><p>A minha disponibilidade:</p>"
        '<table border="1"><tr><th>Dia</th><th>Horário</th></tr>'
        "<tr><td>Segunda, 7 dez</td><td>9h00 - 11h00</td></tr>"
        "<tr><td>Terça, 8 dez</td><td>Feriado</td></tr>"
        "<tr><td>Quarta, 9 dez</td><td>Ocupado</td></tr>"
        "<tr><td>Quinta, 10 dez</td><td>Tarde</td></tr></table>"
        "<p>Cumprimentos,<br>Nuno</p></body></html>",
        "availability",
        ((7, "09:00", "11:00"), (10, "12:00", "17:00")),
        zone=LISBON,
        date=FRI_LISBON,
        html=True,
    ),
    P(
        "per_day_table_html",
        "pt",
        "<html><body><table>"
        "<tr><td>Quinta-feira, 3 de dezembro</td><td>Indisponível</td></tr>"
        "<tr><td>Sexta-feira, 4 de dezembro</td><td>13h - 17h</td></tr>"
        "<tr><td>Segunda-feira, 7 de dezembro</td><td>manhã</td></tr>"
        "</table><p>Abraço,<br>Caio</p></body></html>",
        "availability",
        ((4, "13:00", "17:00"), (7, "09:00", "12:00")),
        zone=SAO_PAULO,
        date=TUE_BRT,
        html=True,
    ),
    P(
        "clock_words",
        "pt",
        "Terça às duas e meia da tarde ou quarta ao meio-dia e meia.",
        "availability",
        ((8, "14:30", "15:30"), (9, "12:30", "13:30")),
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    P(
        "clock_words",
        "pt",
        "segunda por volta das onze, ou quinta a partir das três e um quarto",
        "availability",
        ((7, "11:00", "12:00"), (10, "15:15", "17:00")),
        zone=LISBON,
        date=FRI_LISBON,
    ),
    P(
        "clock_words",
        "pt",
        "Quinta entre as dez e meia e o meio-dia, ou sexta às 15h30.",
        "availability",
        ((3, "10:30", "12:00"), (4, "15:30", "16:30")),
        zone=SAO_PAULO,
        date=TUE_BRT,
    ),
    P(
        "clock_words",
        "pt",
        "Sexta às quinze para as quatro ou segunda lá pelas dez.",
        "availability",
        ((4, "15:45", "16:45"), (7, "10:00", "11:00")),
        zone=SAO_PAULO,
        date=WED_BRT,
    ),
    P(
        "clock_words",
        "pt",
        "Quarta logo de manhã, às 9h, ou sexta depois do almoço, a partir das 14h.",
        "availability",
        ((9, "09:00", "10:00"), (11, "14:00", "17:00")),
        zone=LISBON,
        date=FRI_LISBON,
    ),
    P(
        "leave_then_part",
        "pt",
        "Até quarta estou em viagem, depois quinta ou sexta à tarde.",
        "availability",
        each_day((10, 11), *AFTERNOON),
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    P(
        "leave_then_part",
        "pt",
        "Estou de férias até quinta-feira, inclusive. Sexta de manhã ou segunda à tarde.",
        "availability",
        ((4, "09:00", "12:00"), (7, "12:00", "17:00")),
        zone=LISBON,
        date=TUE_LISBON,
    ),
    P(
        "leave_then_part",
        "pt",
        "Segunda e terça estou numa formação em Coimbra; quarta ou quinta de manhã dá-me jeito.",
        "availability",
        each_day((9, 10), *MORNING),
        zone=LISBON,
        date=FRI_LISBON,
    ),
    P(
        "leave_then_part",
        "pt",
        "Segunda e terça estou embarcado, volto na quarta. Quarta à tarde ou quinta a "
        "qualquer hora.",
        "availability",
        ((9, "12:00", "17:00"), (10, "09:00", "17:00")),
        zone=SAO_PAULO,
        date=SUN_BRT,
    ),
    P(
        "court_day",
        "pt",
        "Quinta tenho audiência o dia todo. Sexta depois das 11h ou segunda entre 14h e 16h.",
        "availability",
        ((4, "11:00", "17:00"), (7, "14:00", "16:00")),
        zone=SAO_PAULO,
        date=WED_BRT,
    ),
    P(
        "except_day_part",
        "pt",
        "Na próxima semana, qualquer manhã menos sexta.",
        "availability",
        each_day((7, 8, 9, 10), *MORNING),
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    P(
        "except_day_part",
        "pt",
        "esta semana à tarde, menos quarta",
        "availability",
        each_day((1, 3, 4), *AFTERNOON),
        zone=SAO_PAULO,
        date=MONTH_END_BRT,
    ),
    P(
        "except_day_part",
        "pt",
        "Semana que vem qualquer dia depois das 10h, exceto quarta.",
        "availability",
        each_day((7, 8, 10, 11), "10:00", "17:00"),
        zone=SAO_PAULO,
        date=TUE_BRT,
    ),
    P(
        "period_part",
        "pt",
        "No fim da próxima semana, de manhã.",
        "availability",
        each_day((10, 11), *MORNING),
        zone=LISBON,
        date=FRI_LISBON,
    ),
    P(
        "period_part",
        "pt",
        "No começo da semana que vem, à tarde.",
        "availability",
        each_day((7, 8), *AFTERNOON),
        zone=SAO_PAULO,
        date=WED_BRT,
    ),
    P(
        "busy_until_deadline",
        "pt",
        "Estou em provas até quarta. Quinta ou sexta depois das 13h estou livre. Me avise até "
        "segunda, por favor.",
        "availability",
        each_day((10, 11), "13:00", "17:00"),
        zone=SAO_PAULO,
        date=FRI_BRT,
    ),
    P(
        "busy_until_deadline",
        "pt",
        "Tenho um prazo de entrega até quinta e não consigo nada antes. Sexta a qualquer hora. "
        "Diga-me algo até quarta, se possível.",
        "availability",
        ((4, "09:00", "17:00"),),
        zone=LISBON,
        date=TUE_LISBON,
    ),
    P(
        "shift_decline",
        "pt",
        "Infelizmente estou de plantão quarta e quinta, nenhum dos horários funciona para mim.",
        "decline",
        zone=SAO_PAULO,
        date=TUE_BRT,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "options_refused_shift",
        "pt",
        "Nenhuma das opções dá, estou de turno. Segunda, dia 7, das 10h às 12h seria possível.",
        "availability",
        ((7, "10:00", "12:00"),),
        zone=LISBON,
        date=TUE_LISBON,
        stage="proposed",
        context=OPTIONS,
    ),
)
