"""Readings that rest on too little go to a person (round 12, calibration); the right readings
that look like them are still acted on. Replies written for these tests, in five languages."""

from __future__ import annotations

import pytest

from tests.parsers.reading_probes import (
    BOOKED,
    FLOOR,
    HELD,
    OPTIONS,
    PROBES_D24,
    SATURDAY,
    Probe,
    each_day,
    handed,
    problems,
    read,
)

_PICK = {"stage": "proposed", "context": OPTIONS}
_BOOKED = {"stage": "scheduled", "context": BOOKED}  # Wednesday 2 December, 14:00 ET
_CLIENT_BOOKED = {"role": "client", **_BOOKED}
_ONE_OPTION = {"stage": "proposed", "context": {"proposed": OPTIONS["proposed"][:1]}}
_CLIENT_HELD = {"role": "client", "stage": "completed", "context": HELD}
_CLIENT_ASKED = {"role": "client", "stage": "requested"}

DOUBTED = (
    # an "other" with a whole sentence no cue reads
    Probe("calib", "en", "Thanks for the update. Meanwhile my employer matched the offer and "
          "I am staying put.", "withdraw", **_PICK),
    Probe("calib", "de", "Danke für die Nachricht. Ich habe inzwischen eine Stelle bei einem "
          "anderen Unternehmen unterschrieben.", "withdraw", **_BOOKED),
    Probe("calib", "es", "Muchas gracias. La empresa ha congelado todas las contrataciones "
          "del departamento hasta marzo.", "cancel", **_CLIENT_BOOKED),
    # an "other" to options still waiting for a choice
    Probe("calib", "en", "thu works 👍", "accept", selected=2, **_PICK),
    Probe("calib", "pt", "O penúltimo serve, obrigado.", "accept", selected=2, **_PICK),
    # a confirmed booking, then a question naming another time
    Probe("calib", "en", "Confirmed for Wednesday, thanks. Could we start at 2:45 rather "
          "than 2?", "reschedule", ((2, "14:45", "15:45"),), **_BOOKED),
    Probe("calib", "pt", "Confirmado, obrigado. Dá para começar às 15h em vez das 14h?",
          "reschedule", ((2, "15:00", "16:00"),), **_BOOKED),
    # a call-off beside a yes to the interview
    Probe("calib", "en", "Our all-hands was called off, so Wednesday still works. See you then!",
          "accept", **_BOOKED),
    # an option taken by its rank while the reply names another day
    Probe("calib", "fr", "Mercredi, le second créneau me va.", "accept", selected=3, **_PICK),
    # a bare number that is both an option and a day of the month
    Probe("calib", "es", "El 3, perfecto.", "accept", selected=3, **_PICK),
    # a move with no new time, beside a yes
    Probe("calib", "fr", "Remarqué le dentiste, donc mercredi 14h c'est parfait. À mercredi !",
          "accept", **_BOOKED),
    # an offered time off the quarter hours
    Probe("calib", "de", "Donnerstag um 11 Uhr, Zimmer 2.07 im Hauptgebäude.", "availability",
          ((3, "11:00", "12:00"),)),
)  # fmt: skip

# Replies these signals must leave alone: thanks with a name or a short aside, a pick whose
# day agrees, a booked time restated in a question, a fallback after "if".
ACTED_ON = (
    Probe("calib", "en", "Thanks so much, really enjoyed meeting the team!\n\nPriya", "other",
          role="client", stage="scheduled", context=BOOKED),
    Probe("calib", "pt", "Recebido, obrigada! 🙏\n\nMarta", "other", **_BOOKED),
    Probe("calib", "fr", "Mercredi, le premier créneau me va.", "accept", selected=1, **_PICK),
    Probe("calib", "en", "Option 2 works. Will it be on Teams?", "accept", selected=2, **_PICK),
    Probe("calib", "es", "Me viene mejor la segunda opción. Si al final no se puede, el "
          "viernes por la mañana también estoy libre.", "accept", selected=2, **_PICK),
    Probe("calib", "de", "Mittwoch 14 Uhr passt, danke. Bis dann!", "accept", **_BOOKED),
)  # fmt: skip


# Round 2: offered days whose hours or week the words beside them contradict. Each reply was
# misread and acted on before these doubts (sent Tuesday 1 December, 10:00 New York).
DOUBTED_2 = (
    # a part of day held by the offered phrase, not applied to its days
    Probe("calib", "en", "Thursday the 3rd or Friday the 4th, mornings preferably as my "
          "afternoons are in the lab.", "availability", each_day((3, 4), "09:00", "12:00")),
    Probe("calib", "fr", "Je peux jeudi 3 ou vendredi 4, de préférence le matin, l'après-midi "
          "je suis en cours.", "availability", each_day((3, 4), "09:00", "12:00")),
    Probe("calib", "de", "Montag oder Dienstag nächste Woche, am liebsten vormittags, weil ich "
          "nachmittags Schulungen habe.", "availability", each_day((7, 8), "09:00", "12:00")),
    Probe("calib", "es", "Puedo el jueves 3 o el viernes 4, mejor por la mañana porque las "
          "tardes las tengo ocupadas.", "availability", each_day((3, 4), "09:00", "12:00")),
    Probe("calib", "pt", "Quinta 3 ou sexta 4, de preferência de manhã, as tardes passo no "
          "laboratório.", "availability", each_day((3, 4), "09:00", "12:00")),
    # a list row whose one day is taken, the day offered whole
    Probe("calib", "en", "Tue 8 ........ unavailable\nWed 9 ........ 10-12", "availability",
          ((9, "10:00", "12:00"),)),
    Probe("calib", "fr", "Mardi 8 : congé\nMercredi 9 : 10h-12h", "availability",
          ((9, "10:00", "12:00"),)),
    Probe("calib", "de", "Mo 7.12.: 9-11 Uhr\nDi 8.12.: Urlaub\nMi 9.12.: ab 14 Uhr",
          "availability", ((7, "09:00", "11:00"), (9, "14:00", "17:00"))),
    Probe("calib", "es", "Martes 8 ........ no disponible\nMiércoles 9 ........ de 10 a 12",
          "availability", ((9, "10:00", "12:00"),)),
    Probe("calib", "pt", "Terça 8: de plantão, não posso\nQuarta 9: das 10h às 12h",
          "availability", ((9, "10:00", "12:00"),)),
    # a range read as its two ends, a clock time beside a day offered whole
    Probe("calib", "fr", "Mardi 8 : 10h à 11h30\nJeudi 10 : après 15h", "availability",
          ((8, "10:00", "11:30"), (10, "15:00", "17:00"))),
    Probe("calib", "es", "Martes 8: 10:30h a 12:00h\nJueves 10: 15:00h a 16:30h",
          "availability", ((8, "10:30", "12:00"), (10, "15:00", "16:30"))),
    Probe("calib", "pt", "Terça 8: 10h30 às 12h\nQuinta 10: depois das 15h", "availability",
          ((8, "10:30", "12:00"), (10, "15:00", "17:00"))),
    Probe("calib", "en", "I could do Wednesday the 9th at ten, or Friday the 11th at three.",
          "availability", ((9, "10:00", "11:00"), (11, "15:00", "16:00"))),
    Probe("calib", "fr", "Mercredi 9 à 10 heures 30 ou vendredi 11 à 14 heures.",
          "availability", ((9, "10:30", "11:30"), (11, "14:00", "15:00"))),
    # weekdays offered before the week named for them
    Probe("calib", "pt", "Estou fora de 7 a 11. Na semana a seguir, terça ou quinta, entre as "
          "14h e as 16h.", "availability", each_day((15, 17), "14:00", "16:00")),
    # the day to answer by, offered as free
    Probe("calib", "en", "Ms Ortiz is available on Wednesday 9 December from 10 to 12. We would "
          "appreciate a confirmation no later than Friday 4 December.", "availability",
          ((9, "10:00", "12:00"),)),
    Probe("calib", "en", "Ms Ortiz is free on Thursday 10 December from 2 to 4pm. Please "
          "confirm by end of day Friday 4 December.", "availability", ((10, "14:00", "16:00"),)),
)  # fmt: skip

# Replies round 2's doubts must leave alone: a part of day wished, applied or refused; rows
# whose taken day is read as taken; ranges read whole; the week after read; a reply-by date
# apart from the days offered.
ACTED_ON_2 = (
    # a whole working day said in its hours is a day offered whole, no clock time left unapplied
    Probe("calib", "en", "Friday Dec 4 or Monday Dec 7, 9am to 5pm.", "availability",
          ((4, "09:00", "17:00"), (7, "09:00", "17:00"))),
    Probe("calib", "fr", "Jeudi 3 ou vendredi 4, de 9h à 17h.", "availability",
          ((3, "09:00", "17:00"), (4, "09:00", "17:00"))),
    Probe("calib", "de", "Donnerstag, 3.12., von 9 bis 17 Uhr.", "availability",
          ((3, "09:00", "17:00"),)),
    Probe("calib", "es", "El jueves 3 o el viernes 4, de 9 a 17 h.", "availability",
          ((3, "09:00", "17:00"), (4, "09:00", "17:00"))),
    Probe("calib", "pt", "Sexta-feira, dia 4, das 9h às 17h.", "availability",
          ((4, "09:00", "17:00"),)),
    Probe("calib", "en", "Good morning! Thursday after 2pm works for me.", "availability",
          ((3, "14:00", "17:00"),)),
    Probe("calib", "es", "Buenas tardes. El viernes de 8 a 10 de la mañana.", "availability",
          ((4, "08:00", "10:00"),)),
    Probe("calib", "de", "Montag geht, Mittwoch aber nicht vormittags.", "availability",
          ((2, "12:00", "17:00"), (7, "09:00", "17:00"))),
    Probe("calib", "pt", "Quarta o dia todo, e sexta de manhã.", "availability",
          ((2, "09:00", "17:00"), (4, "09:00", "12:00"))),
    Probe("calib", "en", "Tue 8: booked solid, sorry\nWed 9: 10-12", "availability",
          ((9, "10:00", "12:00"),)),
    Probe("calib", "es", "Martes 8: de vacaciones\nMiércoles 9: de 10 a 12", "availability",
          ((9, "10:00", "12:00"),)),
    Probe("calib", "fr", "Aucun de ces créneaux ne me va, mais je suis libre vendredi toute la "
          "journée.", "availability", ((4, "09:00", "17:00"),), **_ONE_OPTION),
    Probe("calib", "fr", "Lundi 7 : de 9h à 10h30\nMercredi 9 : toute la journée",
          "availability", ((7, "09:00", "10:30"), (9, "09:00", "17:00"))),
    Probe("calib", "de", "Di 8.12.: 10 Uhr bis 11:30 Uhr\nDo 10.12.: ab 15 Uhr", "availability",
          ((8, "10:00", "11:30"), (10, "15:00", "17:00"))),
    Probe("calib", "pt", "Segunda 7: o dia todo\nTerça 8: das 10h às 12h", "availability",
          ((7, "09:00", "17:00"), (8, "10:00", "12:00"))),
    Probe("calib", "es", "Podría el miércoles 9 a las diez o el viernes 11 a las tres.",
          "availability", ((9, "10:00", "11:00"), (11, "15:00", "16:00"))),
    Probe("calib", "de", "Nächste Woche geht gar nicht. In der Woche darauf Montag, den 14., "
          "ganztags.", "availability", ((14, "09:00", "17:00"),)),
    Probe("calib", "en", "I'm on PTO all next week, so it would have to be this Friday, any "
          "time.", "availability", ((4, "09:00", "17:00"),)),
    Probe("calib", "en", "Could you confirm by Thursday? I'm free Monday the 7th from 1 to 3.",
          "availability", ((7, "13:00", "15:00"),)),
    Probe("calib", "fr", "Mme Petit est disponible jeudi 10 de 14h à 16h. Merci de confirmer "
          "avant vendredi 4.", "availability", ((10, "14:00", "16:00"),)),
    Probe("calib", "de", "Frau Roth ist am Mittwoch, 9. Dezember, von 10 bis 12 Uhr verfügbar. "
          "Bitte geben Sie uns bis spätestens Freitag, 4. Dezember, Bescheid.", "availability",
          ((9, "10:00", "12:00"),)),
)  # fmt: skip


# Round 3: readings another reading of the same words competes with. Each reply was misread and
# acted on (or dropped as `other`) before these doubts.
DOUBTED_3 = (
    # a yes or a no to the verdict awaited after the round, read as a thank-you
    Probe("calib", "en", "nope, thanks", "feedback", outcome="reject", **_CLIENT_HELD),
    Probe("calib", "fr", "Non, merci bien.", "feedback", outcome="reject", **_CLIENT_HELD),
    Probe("calib", "de", "Nein, vielen Dank.", "feedback", outcome="reject", **_CLIENT_HELD),
    Probe("calib", "es", "No, muchas gracias.", "feedback", outcome="reject", **_CLIENT_HELD),
    Probe("calib", "pt", "Não, obrigada.", "feedback", outcome="reject", **_CLIENT_HELD),
    # the search said to be over, read as a thank-you
    Probe("calib", "en", "The search is now closed on our side, thanks for your help.", "cancel",
          **_CLIENT_ASKED),
    Probe("calib", "fr", "Le recrutement est clôturé, merci encore.", "cancel", **_CLIENT_ASKED),
    Probe("calib", "de", "Das Verfahren ist beendet, vielen Dank für Ihre Mühe.", "cancel",
          **_CLIENT_ASKED),
    Probe("calib", "es", "El proceso ya está cerrado, gracias por todo.", "cancel",
          **_CLIENT_ASKED),
    Probe("calib", "pt", "O processo foi encerrado, obrigado pela ajuda.", "cancel",
          **_CLIENT_ASKED),
    # the booked day and hour confirmed for someone else, read as a thank-you
    Probe("calib", "en", "Passing this on for Mr Brandt: he confirms Wednesday at 2pm. Thanks.",
          "accept", **_CLIENT_BOOKED),
    Probe("calib", "fr", "Pour Mme Diallo : elle confirme mercredi à 14h. Merci.", "accept",
          **_CLIENT_BOOKED),
    Probe("calib", "pt", "Em nome da Dra. Lima: ela confirma quarta às 14h. Obrigado.", "accept",
          **_CLIENT_BOOKED),
    # a verdict while the interview is still booked: the booking called off
    Probe("calib", "en", "We have gone with another candidate. Please tell Omar, and thanks for "
          "everything.", "cancel", **_CLIENT_BOOKED),
    Probe("calib", "de", "Wir haben uns für eine andere Kandidatin entschieden. Bitte sagen Sie "
          "Frau Roth Bescheid.", "cancel", **_CLIENT_BOOKED),
    Probe("calib", "es", "Hemos contratado a otra candidata. Avisad a Lucía, por favor, y "
          "gracias por todo.", "cancel", **_CLIENT_BOOKED),
    # a hold beside a step asked of the candidate before the decision: an advance
    Probe("calib", "en", "I'd rather not say no yet. Before we decide, our CTO should meet him.",
          "feedback", outcome="advance", **_CLIENT_HELD),
    Probe("calib", "pt", "Antes de decidirmos, o nosso diretor gostaria de o conhecer.",
          "feedback", outcome="advance", **_CLIENT_HELD),
    # the option picked by a number its own clause turns down
    Probe("calib", "fr", "Les options 1 et 3 ne me conviennent pas ; la 2, oui.", "accept",
          selected=2, **_PICK),
    Probe("calib", "de", "Vorschlag 1 und 3 kann ich nicht, Vorschlag 2 gerne.", "accept",
          selected=2, **_PICK),
    Probe("calib", "es", "Las opciones 1 y 3 no me van; la 2 perfecta.", "accept", selected=2,
          **_PICK),
    Probe("calib", "pt", "As opções 1 e 3 não consigo, estou em viagem. A 2 está ótima.",
          "accept", selected=2, **_PICK),
    # an option named by its rank, read as times ("segunda" is also Monday)
    Probe("calib", "es", "Me quedo con la segunda fecha, gracias.", "accept", selected=2,
          **_PICK),
)  # fmt: skip

# Replies round 3's doubts must leave alone: a no that is no verdict, a verdict whose step is
# denied, a hold that waits on others, a step before deciding read as the advance it is, the
# search over read as a call-off, a pick whose clause agrees after others were turned down.
ACTED_ON_3 = (
    Probe("calib", "en", "No worries, thanks for letting me know!", "other", **_BOOKED),
    Probe("calib", "es", "No hay problema, gracias por avisar.", "other", **_BOOKED),
    Probe("calib", "pt", "Não tem problema, obrigada pelo aviso!", "other", **_BOOKED),
    Probe("calib", "de", "Wir werden ihn nicht zu einer weiteren Runde einladen.", "feedback",
          outcome="reject", **_CLIENT_HELD),
    Probe("calib", "fr", "Le comité veut voir les deux autres candidats avant de trancher.",
          "feedback", outcome="hold", **_CLIENT_HELD),
    Probe("calib", "fr", "Avant de trancher, je veux que notre directrice la rencontre.",
          "feedback", outcome="advance", **_CLIENT_HELD),
    Probe("calib", "de", "Bevor wir uns entscheiden, soll ihn unser CTO noch kennenlernen.",
          "feedback", outcome="advance", **_CLIENT_HELD),
    Probe("calib", "es", "Antes de decidir, quiero que nuestra jefa de equipo lo conozca.",
          "feedback", outcome="advance", **_CLIENT_HELD),
    Probe("calib", "fr", "Le poste est pourvu, merci pour votre aide.", "cancel", **_CLIENT_ASKED),
    Probe("calib", "en", "Option 2 doesn't work for me, but 3 is perfect.", "accept",
          selected=3, **_PICK),
    Probe("calib", "en", "Options 1 and 3 won't work, I'm on a train. 2 is fine.", "accept",
          selected=2, **_PICK),
    Probe("calib", "es", "La 1 no me va, pero la 3 sí.", "accept", selected=3, **_PICK),
    Probe("calib", "de", "Option 1 geht leider nicht, Option 3 passt.", "accept", selected=3,
          **_PICK),
)  # fmt: skip


_SAT = {"date": SATURDAY}  # Saturday 5 December
_RELAY = {"role": "recruiter", **_BOOKED}
_FWD = "\n\n---------- Forwarded message ---------\nFrom: Ana Ruiz <ana@mail.example>\n"
_FWD += "Date: Mon, 30 Nov 2026 at 18:02\nSubject: Next steps\n\n"
_LUNCH_OUT = ((3, "09:00", "12:30"), (3, "14:00", "17:00"))
_MON_TUE = ((7, "09:00", "12:00"), (8, "12:00", "17:00"))
_MON_AM_TUE_LATE = ((7, "09:00", "12:00"), (8, "15:00", "17:00"))
_THU_11_2 = ((3, "11:00", "14:00"),)
_THU_AM = ((3, "09:00", "12:00"),)
_FROM_TEN = ((3, "10:00", "17:00"),)
_EACH_AM = each_day((8, 9, 10), "09:00", "12:00")
_FROM_930 = each_day((7, 8, 9, 10, 11), "09:30", "17:00")
_AFTERNOONS_FROM_2 = each_day((7, 8, 9, 10, 11), "14:00", "17:00")
_LATE_NEXT_WEEK = ((10, "09:00", "12:00"), (11, "09:00", "12:00"), (11, "14:00", "16:00"))

# Round 4: offered days the words beside them tell against, and what an `other` left unread
# (reading rounds already read some of these right; the rest were misread and acted on).
DOUBTED_4 = (
    # hours excepted from a day, offered in place of the rest of it
    Probe("calib", "en", "Thursday the 3rd I'm free all day, bar half twelve till two.",
          "availability", _LUNCH_OUT),
    Probe("calib", "fr", "Jeudi 3 je suis là toute la journée, sauf de midi et demi à deux "
          "heures.", "availability", _LUNCH_OUT),
    Probe("calib", "de", "Donnerstag, den 3., bin ich den ganzen Tag da, außer von halb eins "
          "bis zwei.", "availability", _LUNCH_OUT),
    Probe("calib", "es", "El jueves 3 estoy todo el día, salvo de doce y media a dos.",
          "availability", _LUNCH_OUT),
    Probe("calib", "pt", "Quinta, dia 3, estou o dia todo, exceto do meio-dia e meia às duas.",
          "availability", _LUNCH_OUT),
    # the weekday of a relative day told as a fact, on a Saturday
    Probe("calib", "en", "ha, tomorrow's a Sunday. Monday morning or Tuesday afternoon works "
          "for me.", "availability", _MON_TUE, **_SAT),
    Probe("calib", "fr", "haha demain c'est dimanche. Lundi matin ou mardi après-midi, ça me "
          "va.", "availability", _MON_TUE, **_SAT),
    Probe("calib", "de", "haha, morgen ist Sonntag. Montag vormittag oder Dienstag nachmittag "
          "geht bei mir.", "availability", _MON_TUE, **_SAT),
    Probe("calib", "es", "jaja mañana es domingo. El lunes por la mañana o el martes por la "
          "tarde me va bien.", "availability", _MON_TUE, **_SAT),
    Probe("calib", "pt", "kkk amanhã é domingo. Segunda de manhã ou terça à tarde dá para mim.",
          "availability", _MON_TUE, **_SAT),
    # a part of day read alone beside the day it belongs to
    Probe("calib", "en", "The day after tomorrow (Monday) in the morning works, or Tuesday "
          "after 3pm.", "availability", _MON_AM_TUE_LATE, **_SAT),
    Probe("calib", "fr", "Après-demain (lundi) dans la matinée, ou mardi après 15h.",
          "availability", _MON_AM_TUE_LATE, **_SAT),
    Probe("calib", "de", "Übermorgen (Montag) am Vormittag ginge, oder Dienstag nach 15 Uhr.",
          "availability", _MON_AM_TUE_LATE, **_SAT),
    Probe("calib", "es", "Pasado mañana (el lunes) por la mañana podría, o el martes después "
          "de las 3.", "availability", _MON_AM_TUE_LATE, **_SAT),
    Probe("calib", "pt", "Depois de amanhã (segunda) de manhã dá, ou terça depois das 15h.",
          "availability", _MON_AM_TUE_LATE, **_SAT),
    # a day named in a wish, not offered
    Probe("calib", "en", "Hi Ana, hope your Monday went well!\n\nI'm free Thursday from 11 to "
          "2.", "availability", _THU_11_2),
    Probe("calib", "fr", "Bonjour, j'espère que votre lundi s'est bien passé ! Je suis libre "
          "jeudi de 11h à 14h.", "availability", _THU_11_2),
    Probe("calib", "de", "Hallo, hoffentlich war der Montag nicht zu stressig! Donnerstag von "
          "11 bis 14 Uhr bin ich frei.", "availability", _THU_11_2),
    Probe("calib", "es", "Hola, espero que el lunes te haya ido bien. El jueves de 11 a 14 "
          "estoy libre.", "availability", _THU_11_2),
    Probe("calib", "pt", "Olá, espero que a segunda tenha corrido bem! Quinta das 11h às 14h "
          "estou livre.", "availability", _THU_11_2),
    # times in a postscript below the sign-off
    Probe("calib", "es", "Gracias por todo, me encantó conocer al equipo.\n\nUn abrazo,\n"
          "Elena\n\nP.D.: para la próxima llamada, el jueves por la mañana me va bien.",
          "availability", _THU_AM),
    Probe("calib", "de", "Vielen Dank für das nette Gespräch.\n\nViele Grüße\nJonas\n\nPS: "
          "Für das nächste Gespräch passt mir Donnerstag vormittag.", "availability", _THU_AM),
    Probe("calib", "pt", "Obrigada pela conversa de hoje.\n\nAbraços,\nInês\n\nP.S.: para a "
          "próxima chamada, quinta de manhã dá para mim.", "availability", _THU_AM),
    # a recruiter's note above a forwarded withdrawal
    Probe("calib", "en", "FYI, see below. Please take him out of the process and let the "
          "client know." + _FWD + "Hi, I've signed with another company, so I'll step back "
          "from this role. Thank you for everything.", "withdraw", **_RELAY),
    Probe("calib", "es", "Te reenvío lo de abajo. Sácala del proceso y avisa al cliente, por "
          "favor." + _FWD + "Hola, he firmado con otra empresa, así que me retiro. Gracias por "
          "todo.", "withdraw", **_RELAY),
    # a weekday after a week named for the days before it: that week's day
    Probe("calib", "en", "End of next week suits me best, in the mornings. On the Friday, 2 to "
          "4 also works.", "availability", _LATE_NEXT_WEEK),
    Probe("calib", "fr", "Plutôt la fin de la semaine prochaine, le matin. Le vendredi, je "
          "peux aussi de 14h à 16h.", "availability", _LATE_NEXT_WEEK),
    Probe("calib", "de", "Am besten Ende nächster Woche, vormittags. Am Freitag ginge auch 14 "
          "bis 16 Uhr.", "availability", _LATE_NEXT_WEEK),
    Probe("calib", "es", "Mejor a finales de la semana que viene, por la mañana. El viernes "
          "también podría de 2 a 4.", "availability", _LATE_NEXT_WEEK),
    Probe("calib", "pt", "Melhor no fim da próxima semana, de manhã. Na sexta também dá das "
          "14h às 16h.", "availability", _LATE_NEXT_WEEK),
    # the candidate to be met before the decision, the pronoun glued to the verb
    Probe("calib", "es", "Nos gustó. Antes de decidir, nuestro director quiere conocerla.",
          "feedback", outcome="advance", **_CLIENT_HELD),
    Probe("calib", "pt", "Gostámos dele. Antes de decidirmos, a nossa diretora gostaria de "
          "conhecê-lo.", "feedback", outcome="advance", **_CLIENT_HELD),
    # an open start whose part of day only says a.m., cut at noon
    Probe("calib", "en", "Thursday from ten in the morning works for me.", "availability",
          _FROM_TEN),
    Probe("calib", "fr", "Jeudi à partir de dix heures du matin, ça me va.", "availability",
          _FROM_TEN),
    Probe("calib", "de", "Donnerstag ab zehn Uhr morgens geht bei mir.", "availability",
          _FROM_TEN),
    Probe("calib", "es", "El jueves a partir de las diez de la mañana me viene bien.",
          "availability", _FROM_TEN),
    Probe("calib", "pt", "Quinta a partir das dez da manhã dá para mim.", "availability",
          _FROM_TEN),
    # all of a part of day, offered as one hour of it
    Probe("calib", "en", "How about Thursday at 10? I'm free all morning that day.",
          "availability", _THU_AM),
    Probe("calib", "fr", "Jeudi à 10h ? Je suis libre toute la matinée ce jour-là.",
          "availability", _THU_AM),
    Probe("calib", "de", "Donnerstag um 10? Ich habe an dem Tag den ganzen Vormittag frei.",
          "availability", _THU_AM),
    Probe("calib", "es", "¿Qué tal el jueves a las 10? Estoy libre toda la mañana ese día.",
          "availability", _THU_AM),
    Probe("calib", "pt", "Quinta às 10h? Estou livre toda a manhã nesse dia.", "availability",
          _THU_AM),
    # a part of day said of each day of a list, kept by its last day only
    Probe("calib", "en", "The 8th, 9th or 10th, any morning.", "availability", _EACH_AM),
    Probe("calib", "fr", "Mardi 8, mercredi 9 ou jeudi 10, n'importe quel matin.",
          "availability", _EACH_AM),
    Probe("calib", "de", "Di 8., Mi 9. und Do 10. – jeweils vormittags.", "availability",
          _EACH_AM),
    Probe("calib", "es", "Martes 8, miércoles 9 o jueves 10, cualquier mañana.", "availability",
          _EACH_AM),
    Probe("calib", "pt", "Terça 8, quarta 9 ou quinta 10, qualquer manhã.", "availability",
          _EACH_AM),
    # a part of day taken out whole while a clock time beside it bounds it
    Probe("calib", "en", "Any day next week. I do the school run every morning, so nothing "
          "before 9:30 please.", "availability", _FROM_930),
    Probe("calib", "fr", "N'importe quel jour la semaine prochaine. Je dépose les enfants chaque "
          "matin, donc rien avant 9h30.", "availability", _FROM_930),
    Probe("calib", "de", "Nächste Woche jeder Tag. Morgens bringe ich die Kinder zur Schule, also "
          "bitte nicht vor 9:30.", "availability", _FROM_930),
    Probe("calib", "es", "Cualquier día de la semana que viene. Por las mañanas llevo a los niños "
          "al cole, así que nada antes de las 9:30.", "availability", _FROM_930),
    Probe("calib", "pt", "Qualquer dia da próxima semana. De manhã levo as crianças à escola, "
          "então nada antes das 9h30.", "availability", _FROM_930),
)  # fmt: skip

# Replies round 4's doubts must leave alone: an exception of an hour, "menos cuarto", tomorrow
# offered on a Saturday, a part of day given to its own day, a wish with no day in it, an open
# start beside another day's part, all of a morning offered whole, a part refused with a clock
# in another part.
ACTED_ON_4 = (
    Probe("calib", "en", "Thursday the 3rd any time except 12 to 1.", "availability",
          ((3, "09:00", "12:00"), (3, "13:00", "17:00"))),
    Probe("calib", "es", "El jueves a la una menos cuarto.", "availability",
          ((3, "12:45", "13:45"),)),
    Probe("calib", "en", "Tomorrow morning works for me.", "availability",
          ((6, "09:00", "12:00"),), **_SAT),
    Probe("calib", "es", "Mañana domingo por la mañana podría.", "availability",
          ((6, "09:00", "12:00"),), **_SAT),
    Probe("calib", "en", "Monday all day, or Tuesday morning.", "availability",
          ((7, "09:00", "17:00"), (8, "09:00", "12:00")), **_SAT),
    Probe("calib", "en", "Hope you're well! Thursday works for me.", "availability",
          ((3, "09:00", "17:00"),)),
    Probe("calib", "fr", "J'espère que vous allez bien. Jeudi me convient.", "availability",
          ((3, "09:00", "17:00"),)),
    Probe("calib", "de", "Hoffe, es geht Ihnen gut! Donnerstag passt mir.", "availability",
          ((3, "09:00", "17:00"),)),
    Probe("calib", "es", "Espero que estés bien. El jueves me viene bien.", "availability",
          ((3, "09:00", "17:00"),)),
    Probe("calib", "pt", "Espero que esteja tudo bem. Quinta dá para mim.", "availability",
          ((3, "09:00", "17:00"),)),
    Probe("calib", "en", "Next week Tuesday or Thursday, any time.", "availability",
          ((8, "09:00", "17:00"), (10, "09:00", "17:00"))),
    Probe("calib", "en", "Thursday after 2 or Friday morning.", "availability",
          ((3, "14:00", "17:00"), (4, "09:00", "12:00"))),
    Probe("calib", "de", "Donnerstag ab 14 Uhr oder Freitag vormittags.", "availability",
          ((3, "14:00", "17:00"), (4, "09:00", "12:00"))),
    Probe("calib", "es", "Estoy libre toda la mañana del jueves.", "availability", _THU_AM),
    Probe("calib", "fr", "Lundi 7 toute la journée, ou mardi 8 le matin.", "availability",
          ((7, "09:00", "17:00"), (8, "09:00", "12:00"))),
    Probe("calib", "pt", "Quinta de manhã, das 9h às 10h.", "availability",
          ((3, "09:00", "10:00"),)),
    Probe("calib", "en", "Next week mornings are out for me, afternoons from 2 are fine any day.",
          "availability", _AFTERNOONS_FROM_2),
    Probe("calib", "fr", "La semaine prochaine le matin c'est compliqué ; l'après-midi à partir "
          "de 14h, tous les jours.", "availability", _AFTERNOONS_FROM_2),
    Probe("calib", "de", "Nächste Woche vormittags leider nicht, nachmittags ab 14 Uhr jeden Tag.",
          "availability", _AFTERNOONS_FROM_2),
    Probe("calib", "es", "La semana que viene por la mañana imposible; por la tarde desde las 3, "
          "cualquier día.", "availability", each_day((7, 8, 9, 10, 11), "15:00", "17:00")),
)  # fmt: skip


# Round 5: readings whose own words say otherwise. Each reply was misread and acted on before
# these doubts (sent Tuesday 1 December, 10:00 New York; the interview booked Wednesday 2 at 2pm).
_AFTER_LUNCH = ((4, "14:30", "17:00"),)
_TUE_THU = ((8, "10:00", "12:00"), (10, "12:00", "17:00"))
_THU_10_FROM_2 = ((10, "14:00", "17:00"),)
DOUBTED_5 = (
    # a move by a stated amount, and no window where the amount puts the booked slot
    Probe("calib", "en", "Could we push it back by two hours, same day?", "reschedule",
          ((2, "16:00", "17:00"),), **_BOOKED),
    Probe("calib", "fr", "Est-ce qu'on peut décaler d'une semaine, même heure ?", "reschedule",
          ((9, "14:00", "15:00"),), **_BOOKED),
    Probe("calib", "de", "Ginge es, den Termin um eine Woche zu verschieben? Gleiche Uhrzeit.",
          "reschedule", ((9, "14:00", "15:00"),), **_BOOKED),
    Probe("calib", "es", "¿Podemos retrasarla dos horas? El mismo día.", "reschedule",
          ((2, "16:00", "17:00"),), **_BOOKED),
    Probe("calib", "pt", "Dá para adiar duas horas, no mesmo dia?", "reschedule",
          ((2, "16:00", "17:00"),), **_BOOKED),
    # an open start that no window of its phrase begins at
    Probe("calib", "en", "Friday after lunch, from 2:30.", "availability", _AFTER_LUNCH),
    Probe("calib", "fr", "Vendredi après le déjeuner, à partir de 14h30.", "availability",
          _AFTER_LUNCH),
    Probe("calib", "de", "Freitag nach dem Mittagessen, ab 14:30 Uhr.", "availability",
          _AFTER_LUNCH),
    Probe("calib", "es", "El viernes después de comer, a partir de las 14:30.", "availability",
          _AFTER_LUNCH),
    Probe("calib", "pt", "Sexta depois do almoço, a partir das 14h30.", "availability",
          _AFTER_LUNCH),
    # a row that offers its day whole and says something else, beside rows with hours
    Probe("calib", "en", "Next week:\nMon 7 - at the trade fair\nTue 8 - 10 to 12\nThu 10 - "
          "afternoon", "availability", _TUE_THU),
    Probe("calib", "fr", "Semaine prochaine :\nlundi 7 : salon professionnel\nmardi 8 : 10h-12h"
          "\njeudi 10 : après-midi", "availability", _TUE_THU),
    Probe("calib", "de", "Nächste Woche:\nMo 7.12.: Messe in Köln\nDi 8.12.: 10-12 Uhr\nDo "
          "10.12.: nachmittags", "availability", _TUE_THU),
    Probe("calib", "es", "La semana que viene:\nlunes 7: feria en Sevilla\nmartes 8: de 10 a 12"
          "\njueves 10: por la tarde", "availability", _TUE_THU),
    Probe("calib", "pt", "Semana que vem:\nsegunda, 7: auditoria\nterça, 8: das 10h às 12h\n"
          "quinta, 10: à tarde", "availability", _TUE_THU),
    # a day spent with the team asked before the decision, read as a hold
    Probe("calib", "en", "Loved her. Before we decide, could she spend a day with the team?",
          "feedback", outcome="advance", **_CLIENT_HELD),
    Probe("calib", "fr", "Très bon entretien. Avant de trancher, pourrait-il passer une journée "
          "avec l'équipe ?", "feedback", outcome="advance", **_CLIENT_HELD),
    Probe("calib", "de", "Hat uns gefallen. Bevor wir uns entscheiden, soll sie einen Tag bei uns "
          "im Team verbringen.", "feedback", outcome="advance", **_CLIENT_HELD),
    Probe("calib", "es", "Nos gustó mucho. Antes de decidir, queremos que pase un día con el "
          "equipo.", "feedback", outcome="advance", **_CLIENT_HELD),
    Probe("calib", "pt", "Gostámos muito. Antes de tomarmos uma decisão, gostaríamos que passasse "
          "um dia connosco.", "feedback", outcome="advance", **_CLIENT_HELD),
    # days named back in a sentence that offers them, after a shift or duty over those days
    Probe("calib", "en", "Monday to Wednesday next week I'm on the morning shift (6-2); on those "
          "days I'm available from 3.", "availability", each_day((7, 8, 9), "15:00", "17:00")),
    Probe("calib", "fr", "La semaine prochaine je suis du matin du lundi au mercredi (6h-13h), "
          "libre après 15h ces jours-là.", "availability", each_day((7, 8, 9), "15:00", "17:00")),
    Probe("calib", "de", "Montag bis Mittwoch nächste Woche habe ich morgens Schule, an diesen "
          "Tagen ginge es nachmittags.", "availability", each_day((7, 8, 9), "12:00", "17:00")),
    Probe("calib", "es", "La semana que viene trabajo de mañana de lunes a miércoles; esos días "
          "podría por la tarde.", "availability", each_day((7, 8, 9), "12:00", "17:00")),
    Probe("calib", "pt", "Na próxima semana faço o turno da manhã de segunda a quarta, nesses dias "
          "estou livre depois das 15h.", "availability", each_day((7, 8, 9), "15:00", "17:00")),
)  # fmt: skip

# Replies round 5's doubts must leave alone: a move by an amount read where it puts the slot,
# an amount in a sentence that moves nothing, an open start kept, or ending a busy stretch, or
# narrowed to a preferred hour after it, rows that offer their days whole in words, a decision
# put off with no step asked of the candidate, days named back to refuse them.
ACTED_ON_5 = (
    Probe("calib", "en", "Could we push it back an hour?", "reschedule", ((2, "15:00", "16:00"),),
          **_BOOKED),
    Probe("calib", "de", "Können wir eine Stunde später anfangen?", "reschedule",
          ((2, "15:00", "16:00"),), **_BOOKED),
    Probe("calib", "es", "¿Podemos pasarla al jueves a las 10? Son dos horas de viaje.",
          "reschedule", ((3, "10:00", "11:00"),), **_BOOKED),
    Probe("calib", "en", "Friday from 2:30.", "availability", _AFTER_LUNCH),
    Probe("calib", "fr", "Vendredi ça me va, mais je suis en réunion à partir de 15h.",
          "availability", ((4, "09:00", "15:00"),)),
    Probe("calib", "pt", "Sexta a partir das 14h30, de preferência às 15h.", "availability",
          ((4, "15:00", "16:00"),)),
    Probe("calib", "en", "Next week:\nMon 7 - all day\nTue 8 - 10 to 12", "availability",
          ((7, "09:00", "17:00"), (8, "10:00", "12:00"))),
    Probe("calib", "fr", "Semaine prochaine :\nlundi 7 : toute la journée\nmardi 8 : 10h-12h",
          "availability", ((7, "09:00", "17:00"), (8, "10:00", "12:00"))),
    Probe("calib", "de", "Nächste Woche:\nMo 7.12.: ganztags\nDi 8.12.: 10-12 Uhr",
          "availability", ((7, "09:00", "17:00"), (8, "10:00", "12:00"))),
    Probe("calib", "es", "Lunes 7: libre\nmartes 8: de 10 a 12", "availability",
          ((7, "09:00", "17:00"), (8, "10:00", "12:00"))),
    Probe("calib", "pt", "Segunda, 7: o dia todo\nterça, 8: das 10h às 12h", "availability",
          ((7, "09:00", "17:00"), (8, "10:00", "12:00"))),
    Probe("calib", "en", "We liked her, but before we decide we need budget approval.",
          "feedback", outcome="hold", **_CLIENT_HELD),
    Probe("calib", "fr", "Avant de trancher, nous attendons l'avis de la direction.", "feedback",
          outcome="hold", **_CLIENT_HELD),
    # days named back to refuse them
    Probe("calib", "en", "I'm at a trade fair Monday to Wednesday next week, so those days are "
          "out. Thursday the 10th after 2 works.", "availability", _THU_10_FROM_2),
    Probe("calib", "fr", "Je suis en déplacement du lundi au mercredi la semaine prochaine, "
          "impossible ces jours-là. Jeudi 10 à partir de 14h, c'est bon.", "availability",
          _THU_10_FROM_2),
    Probe("calib", "de", "Montag bis Mittwoch bin ich nächste Woche auf Dienstreise, an diesen "
          "Tagen geht es nicht. Donnerstag, der 10., ab 14 Uhr passt.", "availability",
          _THU_10_FROM_2),
    Probe("calib", "es", "De lunes a miércoles de la semana que viene estoy de viaje, esos días "
          "imposible. El jueves 10 a partir de las 14 sí.", "availability", _THU_10_FROM_2),
    Probe("calib", "pt", "De segunda a quarta da próxima semana estou em viagem, nesses dias não "
          "dá. Quinta, 10, a partir das 14h pode ser.", "availability", _THU_10_FROM_2),
)  # fmt: skip


# Round 6: readings the reply names two ways that disagree. Each was misread and acted on before
# these doubts (options: 1 Wed 2 Dec 1pm, 2 Thu 3 Dec 10am, 3 Wed 2 Dec 4pm ET).
_LIST = "\n\n> 1. Wednesday 2 Dec, 1:00-2:00 pm ET\n> 2. Thursday 3 Dec, 10:00-11:00 am ET\n"
_BOXED_3 = _LIST + "> [x] 3. Wednesday 2 Dec, 4:00-5:00 pm ET"
_TUE_FRI_PM = each_day((8, 9, 10, 11), "12:00", "17:00")
_BERLIN = "Europe/Berlin"
DOUBTED_6 = (
    # an ordinal over the whole list, and a second choice after it on another option's day
    Probe("calib", "en", "I'd prefer the first one; if it's gone, Thursday works too.", "accept",
          selected=1, **_PICK),
    Probe("calib", "fr", "Je préfère le premier ; sinon, jeudi me va aussi.", "accept",
          selected=1, **_PICK),
    Probe("calib", "de", "Am liebsten den ersten Termin; falls der weg ist, ginge auch "
          "Donnerstag.", "accept", selected=1, **_PICK),
    Probe("calib", "es", "Prefiero la primera; si no puede ser, el jueves también me va.",
          "accept", selected=1, **_PICK),
    Probe("calib", "pt", "Prefiro a primeira; se não der, quinta também serve.", "accept",
          selected=1, **_PICK),
    Probe("calib", "en", "I'd like the first, ideally; failing that Thursday morning.", "accept",
          selected=1, **_PICK),
    Probe("calib", "de", "Am besten der erste, ansonsten Donnerstag früh.", "accept",
          selected=1, **_PICK),
    # a ticked box whose line carries another option number than its place among the boxes
    Probe("calib", "en", "Ticked my pick below." + _BOXED_3, "accept", selected=3, **_PICK),
    Probe("calib", "fr", "J'ai coché ci-dessous." + _BOXED_3, "accept", selected=3, **_PICK),
    Probe("calib", "de", "Unten angekreuzt." + _BOXED_3, "accept", selected=3, **_PICK),
    Probe("calib", "es", "Marcado abajo." + _BOXED_3, "accept", selected=3, **_PICK),
    Probe("calib", "pt", "Marquei em baixo." + _BOXED_3, "accept", selected=3, **_PICK),
    # a step with the candidate asked before the decision, the deciders named
    Probe("calib", "en", "We are still deciding; she should present her plan to the board before "
          "we make up our minds.", "feedback", outcome="advance", **_CLIENT_HELD),
    Probe("calib", "fr", "Avis positif, mais je voudrais qu'un associé la rencontre avant que "
          "nous décidions.", "feedback", outcome="advance", **_CLIENT_HELD),
    Probe("calib", "de", "Positiver Eindruck. Sie soll ihr Konzept dem Team präsentieren, bevor "
          "die Entscheidung fällt.", "feedback", outcome="advance", **_CLIENT_HELD),
    Probe("calib", "es", "Queremos que presente su plan al equipo antes de que decidamos.",
          "feedback", outcome="advance", **_CLIENT_HELD),
    Probe("calib", "pt", "Gostámos. Queremos que ela apresente o plano à equipa antes que "
          "decidamos.", "feedback", outcome="advance", **_CLIENT_HELD),
    # a range of weekdays read as its two ends (Tuesday to Friday next week)
    Probe("calib", "en", "I have physio every morning Tuesday to Friday, afternoons I'm free.",
          "availability", _TUE_FRI_PM),
    Probe("calib", "fr", "J'ai de la kiné tous les matins du mardi au vendredi, l'après-midi je "
          "suis libre.", "availability", _TUE_FRI_PM),
    Probe("calib", "es", "Tengo fisioterapia todas las mañanas de martes a viernes, por las tardes "
          "estoy libre.", "availability", _TUE_FRI_PM),
    Probe("calib", "pt", "Tenho fisioterapia todas as manhãs de terça a sexta, à tarde estou "
          "livre.", "availability", _TUE_FRI_PM),
    # a roster line opened by a short weekday the reader did not take for one (the other
    # languages' short rows are already handed over)
    Probe("calib", "de", "mo geht nicht\ndi ab 14 uhr\nmi 10-12\ndo frei", "availability",
          ((8, "14:00", "17:00"), (9, "10:00", "12:00"), (10, "09:00", "17:00")), zone=_BERLIN),
    # an hour joined to the option's noun, read as a day of the month
    Probe("calib", "de", "Den 16-Uhr-Termin bitte.", "accept", selected=3, **_PICK),
    Probe("calib", "en", "The 10-am slot please.", "accept", selected=2, **_PICK),
)  # fmt: skip

# Replies round 6's doubts must leave alone: an ordinal counted among the one day named beside
# it, a fallback that names nothing, a ticked box that is also the number it carries, a yes to
# the option the quoted list marks, a decision put off with no step asked, an hour that names
# the option, a range of weekdays read whole, a roster whose days are read.
ACTED_ON_6 = (
    Probe("calib", "en", "The first one, please. If anything changes I'll let you know.",
          "accept", selected=1, **_PICK),
    Probe("calib", "es", "El jueves, el primero.", "accept", selected=2, **_PICK),
    Probe("calib", "pt", "A primeira, por favor; se houver alguma mudança eu aviso.", "accept",
          selected=1, **_PICK),
    Probe("calib", "en", "Ticked below." + _LIST.replace("> 2.", "> [x] 2.").replace("> 1.",
          "> [ ] 1."), "accept", selected=2, **_PICK),
    Probe("calib", "de", "Donnerstag passt." + _LIST.rstrip() + "   <--", "accept", selected=2,
          **_PICK),
    Probe("calib", "fr", "Avant que nous décidions, nous attendons le budget.", "feedback",
          outcome="hold", **_CLIENT_HELD),
    Probe("calib", "es", "Antes de que decidamos necesitamos la aprobación del presupuesto.",
          "feedback", outcome="hold", **_CLIENT_HELD),
    Probe("calib", "de", "Donnerstag um 10 Uhr, bitte.", "accept", selected=2, **_PICK),
    Probe("calib", "de", "Dienstag bis Freitag habe ich vormittags Physio, nachmittags bin ich "
          "frei.", "availability", _TUE_FRI_PM),
    Probe("calib", "en", "I'm free every afternoon Tuesday to Friday.", "availability",
          _TUE_FRI_PM),
    Probe("calib", "es", "De martes a viernes por la tarde.", "availability", _TUE_FRI_PM),
    Probe("calib", "de", "Mo 7.12. geht nicht\nDi 8.12. ab 14 Uhr\nMi 9.12. 10-12 Uhr",
          "availability", ((8, "14:00", "17:00"), (9, "10:00", "12:00")), zone=_BERLIN),
)  # fmt: skip


_FRI = ((4, "09:00", "17:00"),)
_FRI_AM = ((4, "09:00", "12:00"),)
_NEXT_THU_AM = ((10, "09:00", "12:00"),)
_THU_10 = ((3, "10:00", "11:00"),)
_THU = ((3, "09:00", "17:00"),)
_THU_10_FRI_AM = ((3, "10:00", "11:00"), (4, "09:00", "12:00"))

# Round 7: a day named in the clause where the sender promises their answer, a day a negation
# opens, a call-off or move read only inside a condition on the answer, office hours in a
# signature, a weekday named in an `other`. Thirteen of them were misread and acted on before
# the round; the others are the same constructs, read right or already handed over.
DOUBTED_7 = (
    Probe("calib", "en", "Friday looks likely; I will confirm on Monday.", "availability", _FRI),
    Probe("calib", "fr", "Sans doute vendredi, je vous confirme demain.", "availability", _FRI),
    Probe("calib", "de", "Eher Freitag, ich bestätige am Montag.", "availability", _FRI),
    Probe("calib", "es", "Seguramente el viernes, el lunes te lo confirmo.", "availability",
          _FRI),
    Probe("calib", "pt", "Provavelmente sexta, amanhã te confirmo.", "availability", _FRI),
    Probe("calib", "fr", "Pas ce jeudi, plutôt jeudi prochain le matin.", "availability",
          _NEXT_THU_AM),
    Probe("calib", "es", "No este jueves, sino el jueves que viene por la mañana.",
          "availability", _NEXT_THU_AM),
    Probe("calib", "pt", "Não esta quinta, mas na quinta que vem de manhã.", "availability",
          _NEXT_THU_AM),
    Probe("calib", "en", "Fine by me, unless the meeting is cancelled.", "accept", **_BOOKED),
    Probe("calib", "fr", "Ça me va, à moins que mon vol soit annulé.", "accept", **_BOOKED),
    Probe("calib", "de", "Sollte gehen, außer der Termin wird abgesagt.", "accept", **_BOOKED),
    Probe("calib", "es", "Me va bien, a menos que me cancelen el vuelo.", "accept", **_BOOKED),
    Probe("calib", "pt", "Deve dar certo, a não ser que meu voo seja cancelado.", "accept",
          **_BOOKED),
    # a likely day, the answer promised for later: read as `other`, or the later day offered
    Probe("calib", "en", "Likely Thursday, I'll confirm later today.", "availability", _THU),
    Probe("calib", "fr", "Probablement jeudi, je confirme demain.", "availability", _THU),
    Probe("calib", "de", "Vermutlich Donnerstag, ich sage morgen Bescheid.", "availability",
          _THU),
    Probe("calib", "es", "Probablemente el jueves, mañana confirmo.", "availability", _THU),
    Probe("calib", "pt", "Provavelmente quinta, confirmo amanhã.", "availability", _THU),
    # office hours in a signature under the answer
    Probe("calib", "fr", "Jeudi 10h, ça me va.\n\nCabinet Martin\nOuvert du lundi au vendredi, "
          "8h-19h\n5 rue des Lilas", "availability", _THU_10),
    Probe("calib", "es", "El jueves a las 10 me va bien.\n\nClínica Sol\nHorario: lunes a "
          "viernes de 8 a 19 h\nCalle Mayor 4", "availability", _THU_10),
    Probe("calib", "pt", "Quinta às 10h está ótimo.\n\nClínica Horizonte\nHorário: seg. a sex. "
          "das 8h às 18h\nRua Augusta 10", "availability", _THU_10),
    Probe("calib", "de", "Donnerstag um 10 passt mir.\n\nPraxis Dr. Weber\nSprechzeiten: Mo-Fr "
          "8-18 Uhr\nHauptstraße 3", "availability", _THU_10),
    Probe("calib", "en", "Thursday at 10 suits me.\n\nHarbour Dental Clinic\nOpening hours: "
          "Mon-Fri 8am-6pm\n12 Quay Street", "availability", _THU_10),
)  # fmt: skip

# Their look-alikes: the promise in a clause of its own, the negated day not offered (in
# Portuguese "no dia" is "on the day"), a condition that decides nothing, a call-off or move
# with no condition on it.
ACTED_ON_7 = (
    Probe("calib", "en", "Friday afternoon is free. I'll confirm the room by email.",
          "availability", ((4, "12:00", "17:00"),)),
    Probe("calib", "fr", "Vendredi matin je suis libre. Je vous confirme l'adresse par écrit.",
          "availability", _FRI_AM),
    Probe("calib", "es", "El viernes por la mañana estoy libre. Te confirmo la dirección por "
          "correo.", "availability", _FRI_AM),
    Probe("calib", "en", "Not this Thursday, but next Thursday morning.", "availability",
          _NEXT_THU_AM),
    Probe("calib", "de", "Nicht diesen Donnerstag, aber nächsten Donnerstag vormittags.",
          "availability", _NEXT_THU_AM),
    Probe("calib", "de", "Nicht Donnerstag, aber Freitag vormittags.", "availability", _FRI_AM),
    Probe("calib", "es", "No el jueves, sino el viernes por la mañana.", "availability",
          _FRI_AM),
    Probe("calib", "pt", "No dia 4 de manhã.", "availability", _FRI_AM),
    Probe("calib", "en", "Works for me unless my manager cancels my leave.", "accept",
          **_BOOKED),
    Probe("calib", "de", "Passt, außer mein Zug wird gestrichen.", "accept", **_BOOKED),
    Probe("calib", "en", "See you Wednesday at 2. If anything changes I'll let you know.",
          "accept", **_BOOKED),
    Probe("calib", "fr", "Malheureusement je dois annuler l'entretien de mercredi, le poste est "
          "gelé.", "cancel", role="client", **_BOOKED),
    Probe("calib", "es", "Tengo que cambiar la entrevista del miércoles; ¿podría ser el jueves "
          "a las 10?", "reschedule", ((3, "10:00", "11:00"),), **_BOOKED),
    # thanks that name no weekday stay acknowledgements
    Probe("calib", "en", "Thanks so much, have a lovely weekend!", "other", **_BOOKED),
    Probe("calib", "fr", "Merci beaucoup, bon week-end !", "other", **_BOOKED),
    # a second offer in a paragraph of its own, a signature with no times
    Probe("calib", "de", "Donnerstag um 10 passt mir.\n\nSonst ginge auch Freitag vormittags."
          "\n\nGrüße\nAnna", "availability", _THU_10_FRI_AM),
    Probe("calib", "es", "El jueves a las 10 me va bien.\n\nSi no, el viernes por la mañana "
          "también estoy libre.", "availability", _THU_10_FRI_AM),
    Probe("calib", "en", "Thursday at 10 suits me.\n\nFailing that, Friday morning is also "
          "free.\n\nBest,\nAnna Lee\nSenior Analyst", "availability", _THU_10_FRI_AM),
)  # fmt: skip


_NEXT_MON_TUE = each_day((7, 8), "11:00", "17:00")
_NEXT_THU_FRI_PM = each_day((10, 11), "12:00", "17:00")
_THU_FRI_11 = each_day((3, 4), "11:00", "17:00")
_ROWS = ((7, "14:00", "17:00"), (9, "09:00", "11:00"))

# Round 8: a day refused as the end of a stretch while a day of its week before it is offered,
# an option's day and hour named yet neither picked nor offered, a hold naming a dated week for
# a step, a line of day, date and hours no phrase was read from, a week refused whole that days
# inside it narrow while the weekdays offered fall in another week. Several are read right by
# now in some languages; none may be misread and acted on.
DOUBTED_8 = (
    Probe("calib", "en", "on call at the hospital thru fri this week, sorry. next mon or tue any "
          "time after 11 works", "availability", _NEXT_MON_TUE),
    Probe("calib", "fr", "D'astreinte jusqu'à vendredi cette semaine, désolé. Lundi ou mardi "
          "prochain après 11h, ça marche.", "availability", _NEXT_MON_TUE),
    Probe("calib", "de", "Ich habe bis Freitag diese Woche Bereitschaft, sorry. Nächsten Montag "
          "oder Dienstag ab 11 Uhr passt.", "availability", _NEXT_MON_TUE),
    Probe("calib", "es", "Estoy de guardia hasta el viernes de esta semana, perdona. El lunes o "
          "el martes que viene a partir de las 11 me va bien.", "availability", _NEXT_MON_TUE),
    Probe("calib", "pt", "Estou de plantão até sexta desta semana, desculpa. Segunda ou terça "
          "que vem depois das 11h dá.", "availability", _NEXT_MON_TUE),
    Probe("calib", "en", "Thursday at 10 is perfect for me, I'm off that morning.", "accept",
          selected=2, **_PICK),
    Probe("calib", "fr", "Jeudi à 10h, c'est parfait, je suis en congé ce matin-là.", "accept",
          selected=2, **_PICK),
    Probe("calib", "de", "Donnerstag um 10 Uhr ist perfekt, da habe ich vormittags frei.",
          "accept", selected=2, **_PICK),
    Probe("calib", "es", "El jueves a las 10 me viene perfecto, esa mañana libro.", "accept",
          selected=2, **_PICK),
    Probe("calib", "pt", "Quinta às 10h é perfeito, estou de folga nessa manhã.", "accept",
          selected=2, **_PICK),
    Probe("calib", "en", "Good conversation. Before we commit, we'd like her to spend a trial "
          "day with the team, ideally in the week of 14 December.", "feedback",
          outcome="advance", **_CLIENT_HELD),
    Probe("calib", "fr", "Bon entretien. Avant de nous engager, nous aimerions qu'elle passe une "
          "journée d'essai avec l'équipe, idéalement la semaine du 14 décembre.", "feedback",
          outcome="advance", **_CLIENT_HELD),
    Probe("calib", "de", "Gutes Gespräch. Bevor er sich festlegt, möchte er sie einen Tag zur "
          "Probe erleben, am liebsten in der Woche ab dem 14. Dezember.", "feedback",
          outcome="advance", **_CLIENT_HELD),
    Probe("calib", "es", "Buena entrevista. Antes de cerrar nada, queremos que prepare un pequeño "
          "caso y lo presente al comité, en la semana del 14 de diciembre.", "feedback",
          outcome="advance", **_CLIENT_HELD),
    Probe("calib", "pt", "Gostamos bastante. Antes de bater o martelo, queremos que ela prepare "
          "um case e apresente para a diretoria, na semana de 14 de dezembro.", "feedback",
          outcome="advance", **_CLIENT_HELD),
    Probe("calib", "pt", "Segue a agenda para a próxima semana:\n\nSeg 07/12 14h-17h\nTer 08/12 "
          "o dia todo: indisponível\nQua 09/12 9h-11h", "availability", _ROWS),
    Probe("calib", "es", "Mi agenda para la semana que viene:\n\nLun 07/12 14h-17h\nMar 08/12 "
          "todo el día: no disponible\nMié 09/12 9h-11h", "availability", _ROWS),
    Probe("calib", "en", "Here is next week:\n\nMon 12/7 2pm-5pm\nTue 12/8 all day: "
          "unavailable\nWed 12/9 9am-11am", "availability", _ROWS),
    Probe("calib", "fr", "La semaine prochaine je suis en formation à Lyon du lundi au mercredi. "
          "En revanche, jeudi et vendredi je suis libre l'après-midi.", "availability",
          _NEXT_THU_FRI_PM),
    Probe("calib", "en", "Next week I'm on a training course Monday to Wednesday. Thursday and "
          "Friday I'm free in the afternoon though.", "availability", _NEXT_THU_FRI_PM),
    Probe("calib", "de", "Nächste Woche bin ich von Montag bis Mittwoch auf Schulung. Donnerstag "
          "und Freitag bin ich dafür nachmittags frei.", "availability", _NEXT_THU_FRI_PM),
    Probe("calib", "es", "La semana que viene estoy de formación de lunes a miércoles. En "
          "cambio, jueves y viernes estoy libre por la tarde.", "availability",
          _NEXT_THU_FRI_PM),
    Probe("calib", "pt", "Na próxima semana estou em formação de segunda a quarta. Em "
          "compensação, quinta e sexta estou livre à tarde.", "availability", _NEXT_THU_FRI_PM),
)  # fmt: skip

# Their look-alikes, and the right readings round 8 no longer hands over: a stretch that ends
# before the days offered, an hour on no option, a hold that names no dated week, this week
# named for the days offered; a pick's own number, a fallback after a comma, a day excepted
# from a yes to all; every day named back offered; a table whose rows were all read, its cell
# left over the reason a day is taken; a part of one day refused, or days inside a week named.
ACTED_ON_8 = (
    Probe("calib", "en", "I'm away until Wednesday. Thursday or Friday after 11 works.",
          "availability", _THU_FRI_11),
    Probe("calib", "fr", "Je suis en déplacement jusqu'à mercredi. Jeudi ou vendredi après 11h, "
          "ça marche.", "availability", _THU_FRI_11),
    Probe("calib", "de", "Ich bin bis Mittwoch unterwegs. Donnerstag oder Freitag ab 11 Uhr "
          "passt.", "availability", _THU_FRI_11),
    Probe("calib", "es", "Estoy de viaje hasta el miércoles. El jueves o el viernes a partir de "
          "las 11 me va bien.", "availability", _THU_FRI_11),
    Probe("calib", "pt", "Estou viajando até quarta. Quinta ou sexta depois das 11h dá.",
          "availability", _THU_FRI_11),
    Probe("calib", "en", "None of those work, sorry. Friday at 11 would be perfect.",
          "availability", ((4, "11:00", "12:00"),), **_PICK),
    Probe("calib", "de", "Leider passt keiner der Termine. Freitag um 11 Uhr wäre perfekt.",
          "availability", ((4, "11:00", "12:00"),), **_PICK),
    Probe("calib", "en", "We're still deciding; we'll come back to you next week.", "feedback",
          outcome="hold", **_CLIENT_HELD),
    Probe("calib", "fr", "Nous hésitons encore, réponse la semaine prochaine.", "feedback",
          outcome="hold", **_CLIENT_HELD),
    Probe("calib", "es", "Todavía lo estamos pensando, te digo algo la semana que viene.",
          "feedback", outcome="hold", **_CLIENT_HELD),
    Probe("calib", "en", "Next week is out, I'm at a client site. This Thursday or Friday "
          "afternoon works.", "availability", each_day((3, 4), "12:00", "17:00")),
    Probe("calib", "fr", "Je prends le 3.", "accept", selected=3, **_PICK),
    Probe("calib", "fr", "Le 1 de préférence, sinon le 3.", "accept", selected=1, **_PICK),
    Probe("calib", "en", "The second one, failing that Wednesday.", "accept", selected=2,
          **_PICK),
    Probe("calib", "de", "Alles außer Mittwochnachmittag geht.", "accept", selected=2, **_PICK),
    Probe("calib", "es", "Todas menos la del miércoles a las 16h me vienen bien.", "accept",
          selected=1, **_PICK),
    Probe("calib", "pt", "Faço o turno da manhã de quarta a sexta. Nesses dias posso depois das "
          "15h.", "availability", each_day((2, 3, 4), "15:00", "17:00")),
    Probe("calib", "fr", "J'ai cours du mercredi au vendredi jusqu'à 13h. Ces jours-là je suis "
          "libre après 14h.", "availability", each_day((2, 3, 4), "14:00", "17:00")),
    Probe("calib", "de", "<table><tr><td>Mo 7.12.</td><td>9-12 Uhr</td></tr><tr><td>Di 8.12."
          "</td><td>ganztägig belegt (Messe)</td></tr><tr><td>Mi 9.12.</td><td>ab 14 Uhr</td>"
          "</tr></table>", "availability", ((7, "09:00", "12:00"), (9, "14:00", "17:00")),
          html=True),
    Probe("calib", "en", "Friday morning I'm at the dentist; any other time on Friday works.",
          "availability", ((4, "12:00", "17:00"),)),
    Probe("calib", "es", "La semana que viene estoy de viaje de lunes a miércoles. El jueves por "
          "la tarde puedo.", "availability", ((10, "12:00", "17:00"),), date=SATURDAY),
    Probe("calib", "pt", "Essa semana tá difícil, exceto sexta de manhã.", "availability",
          ((4, "09:00", "12:00"),)),
)  # fmt: skip


_WEEK_OF_14 = each_day((15, 17), "09:00", "12:00")

# Round 9: a week named by its first date whose days are listed after it, offered as that date
# too; a step with the candidate and the decision put after it ("Then we'll decide").
DOUBTED_9 = (
    Probe("calib", "en", "None of those work, I'm on call that week. Could we look at the week "
          "of the 14th, Tuesday the 15th or Thursday the 17th in the morning?", "availability",
          _WEEK_OF_14),
    Probe("calib", "fr", "Aucune ne me convient, je suis d'astreinte. Plutôt la semaine du 14, "
          "le mardi 15 ou le jeudi 17 au matin ?", "availability", _WEEK_OF_14),
    Probe("calib", "de", "Leider passt keiner, da bin ich im Einsatz. Ginge es in der Woche vom "
          "14., am Dienstag, 15. oder Donnerstag, 17. vormittags?", "availability", _WEEK_OF_14),
    Probe("calib", "es", "Ninguna me viene bien, estoy de guardia. ¿Podría ser la semana del "
          "14, el martes 15 o el jueves 17 por la mañana?", "availability", _WEEK_OF_14),
    Probe("calib", "pt", "Nenhuma dá, estou de plantão. Pode ser na semana de 14, na terça 15 "
          "ou na quinta 17 de manhã?", "availability", _WEEK_OF_14),
    Probe("calib", "en", "Mixed feelings on him. Could he spend a day shadowing our site lead? "
          "Then we'll decide.", "feedback", outcome="advance", **_CLIENT_HELD),
    Probe("calib", "fr", "Avis partagé sur elle. Pourrait-elle faire une journée d'essai avec "
          "l'équipe ? Ensuite nous trancherons.", "feedback", outcome="advance", **_CLIENT_HELD),
    Probe("calib", "de", "Gemischter Eindruck. Kann er einen Tag zur Probe bei uns mitarbeiten? "
          "Danach entscheiden wir.", "feedback", outcome="advance", **_CLIENT_HELD),
    Probe("calib", "es", "Sensaciones encontradas. ¿Podría hacer una jornada de prueba con el "
          "equipo? Luego decidimos.", "feedback", outcome="advance", **_CLIENT_HELD),
    Probe("calib", "pt", "Sentimentos mistos. Ela pode fazer um dia de teste com a equipe? "
          "Depois decidimos.", "feedback", outcome="advance", **_CLIENT_HELD),
)  # fmt: skip

# Their look-alikes: a week named by its date and offered whole, a list whose first day is a
# day of its own, and a decision put after a step with another candidate, which the hold waits
# on.
ACTED_ON_9 = (
    Probe("calib", "en", "The week of the 14th is wide open for me.", "availability",
          each_day((14, 15, 16, 17, 18), "09:00", "17:00")),
    Probe("calib", "fr", "La semaine du 14, je suis libre tous les jours.", "availability",
          each_day((14, 15, 16, 17, 18), "09:00", "17:00")),
    Probe("calib", "es", "El lunes 14, el martes 15 o el jueves 17 por la mañana.",
          "availability", each_day((14, 15, 17), "09:00", "12:00")),
    Probe("calib", "de", "Die Woche vom 14. Dezember passt mir an jedem Tag.", "availability",
          each_day((14, 15, 16, 17, 18), "09:00", "17:00")),
    Probe("calib", "de", "Am Montag, 14., Dienstag, 15. oder Donnerstag, 17. vormittags.",
          "availability", each_day((14, 15, 17), "09:00", "12:00")),
    Probe("calib", "en", "Strong interview. We still have a call with another candidate on "
          "Friday, then we'll decide.", "feedback", outcome="hold", **_CLIENT_HELD),
    Probe("calib", "fr", "Bon entretien. Nous avons encore un entretien avec une autre "
          "candidate, puis nous trancherons.", "feedback", outcome="hold", **_CLIENT_HELD),
    Probe("calib", "de", "Gutes Gespräch. Wir haben noch ein Gespräch mit einer anderen "
          "Kandidatin, danach entscheiden wir.", "feedback", outcome="hold", **_CLIENT_HELD),
    Probe("calib", "es", "Buena entrevista. Nos queda una entrevista con otro candidato y luego "
          "decidimos.", "feedback", outcome="hold", **_CLIENT_HELD),
)  # fmt: skip


# Doubt round 24: the replies of `PROBES_D24` (words the reader does not know where a word of
# time stands), and their look-alikes in words it knows: a list whose hours follow its last day,
# rows whose heads are all read, a bare clock time, a day offered whole beside one with hours, a
# week that frames its day, a month cut short that the reader reads.
DOUBTED_24 = PROBES_D24
ACTED_ON_24 = (
    Probe("calib", "fr", "Mardi 8 ou jeudi 10 après 14h.", "availability",
          each_day((8, 10), "14:00", "17:00")),
    Probe("calib", "en", "- Tue: after 2pm\n- Wed: before 11am\n- Fri: all day", "availability",
          ((8, "14:00", "17:00"), (2, "09:00", "11:00"), (4, "09:00", "17:00"))),
    Probe("calib", "en", "Next week, Tuesday or Thursday at 3pm works.", "availability",
          each_day((8, 10), "15:00", "16:00")),
    Probe("calib", "es", "La semana que viene, martes o jueves a las 15h.", "availability",
          each_day((8, 10), "15:00", "16:00")),
    Probe("calib", "en", "Monday all day or Tuesday after 2pm.", "availability",
          ((7, "09:00", "17:00"), (8, "14:00", "17:00"))),
    Probe("calib", "pt", "Segunda o dia todo ou terça depois das 14h.", "availability",
          ((7, "09:00", "17:00"), (8, "14:00", "17:00"))),
    Probe("calib", "de", "Nächste Woche: Mittwoch, außer 12 bis 13 Uhr.", "availability",
          ((9, "09:00", "12:00"), (9, "13:00", "17:00"))),
    Probe("calib", "fr", "Je peux le jeudi 3 déc. le matin.", "availability",
          ((3, "09:00", "12:00"),)),
    Probe("calib", "de", "Mi., 9.12. oder Do., 10.12. nachmittags passt mir.", "availability",
          each_day((9, 10), "12:00", "17:00")),
)  # fmt: skip


@pytest.mark.parametrize(
    "probe",
    DOUBTED
    + DOUBTED_2
    + DOUBTED_3
    + DOUBTED_4
    + DOUBTED_5
    + DOUBTED_6
    + DOUBTED_7
    + DOUBTED_8
    + DOUBTED_9
    + DOUBTED_24,
    ids=lambda p: p.text[:30],
)
def test_a_reading_that_rests_on_too_little_goes_to_a_person(probe: Probe) -> None:
    """Each reply is read exactly or handed over, never misread and acted on (before these
    doubts every one of them was misread and acted on; reading rounds since read some right)."""
    got = read(probe)
    assert not problems(probe, got) or handed(got)


@pytest.mark.parametrize(
    "probe",
    ACTED_ON
    + ACTED_ON_2
    + ACTED_ON_3
    + ACTED_ON_4
    + ACTED_ON_5
    + ACTED_ON_6
    + ACTED_ON_7
    + ACTED_ON_8
    + ACTED_ON_9
    + ACTED_ON_24,
    ids=lambda p: p.text[:30],
)
def test_right_readings_that_look_alike_are_acted_on(probe: Probe) -> None:
    """The look-alikes are read exactly and at or above the floor (an `other` stays `other`)."""
    got = read(probe)
    assert (problems(probe, got), got.confidence >= FLOOR) == ([], True)
