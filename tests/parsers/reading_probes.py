"""Probe replies of the six kinds of mail issue 8 names, in five languages, with their readings.

Written for the rules engine from the kinds' descriptions alone (never from corpus texts).
`python -m tests.parsers.reading_probes` prints the scores, the confusion of intents and the
calibration curve (accuracy by confidence bucket) over them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from parsers.mail.message import parse_message
from parsers.model import Context, Extraction, Window
from parsers.rules.engine import extract

FLOOR = 0.5  # the agent's confidence floor: below it a person (or the LLM) reads the reply
ET = "America/New_York"
# Tuesday 1 December 2026, 10:00 in New York; days below are December 2026.
DATE = "Tue, 01 Dec 2026 10:00:00 -0500"
SATURDAY = "Sat, 05 Dec 2026 10:00:00 -0500"


Windows = tuple[tuple[int, str, str], ...]  # (day of December, "HH:MM", "HH:MM") each


@dataclass(frozen=True, slots=True)
class Probe:
    """One reply, what the agent knows of its thread, and the reading it should get."""

    kind: str  # ruled-out | time-of-day | html | pick | verdict | relay
    lang: str
    text: str
    intent: str
    windows: Windows = ()
    selected: int | None = None
    outcome: str | None = None
    role: str = "candidate"
    stage: str = "requested"
    zone: str = ET
    date: str = DATE
    html: bool = False
    context: dict[str, Any] = field(default_factory=dict)

    def raw(self) -> bytes:
        kind = "text/html" if self.html else "text/plain"
        head = (
            "From: Someone <someone@example.test>\r\nTo: Agent <agent@agency.test>\r\n"
            f"Subject: Re: Interview\r\nDate: {self.date}\r\nMessage-ID: <probe@example.test>\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: {kind}; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n"
        )
        return (head + self.text.replace("\n", "\r\n") + "\r\n").encode()

    def full_context(self) -> Context:
        data: dict[str, Any] = {
            "role": self.role,
            "timezone": self.zone,
            "duration_minutes": 60,
            "round": 1,
            "stage": self.stage,
            "proposed": [],
            "scheduled": None,
        }
        return Context.from_json(data | self.context)

    def expected_windows(self) -> list[Window]:
        tz = ZoneInfo(self.zone)

        def at(day: int, hhmm: str) -> datetime:
            hour, minute = (int(x) for x in hhmm.split(":"))
            return datetime(2026, 12, day, hour, minute, tzinfo=tz)

        return [Window(at(d, a), at(d, b)) for d, a, b in self.windows]


def each_day(days: tuple[int, ...], start: str, end: str) -> Windows:
    """The same hours on each of several days."""
    return tuple((day, start, end) for day in days)


def _slot(day: int, hour: int, minute: int = 0) -> dict[str, str]:
    start = datetime(2026, 12, day, hour, minute, tzinfo=ZoneInfo(ET))
    end = start.replace(hour=hour + 1)
    return {"start": start.isoformat(), "end": end.isoformat()}


# Options offered: 1 Wed 2 Dec 13:00 ET, 2 Thu 3 Dec 10:00 ET, 3 Wed 2 Dec 16:00 ET.
OPTIONS = {"proposed": [_slot(2, 13), _slot(3, 10), _slot(2, 16)]}
# Options all in the week of 7 December.
NEXT_WEEK_OPTIONS = {"proposed": [_slot(8, 11), _slot(9, 14), _slot(10, 10)]}
# An interview booked for Wednesday 2 December, 14:00-15:00 ET.
BOOKED = {"scheduled": _slot(2, 14)}
# An interview booked for this afternoon, Tuesday 1 December, 14:00-15:00 ET.
BOOKED_TODAY = {"scheduled": _slot(1, 14)}
# A round held on Monday 30 November.
HELD = {"round": 2}

WEEK_AFTER = ((7, "09:00", "17:00"), (8, "09:00", "17:00"), (10, "09:00", "17:00"))
WEEK_AFTER += ((11, "09:00", "17:00"),)
THU_NOT_LUNCH = ((3, "09:00", "12:00"), (3, "13:00", "17:00"))

P = Probe
PROBES: tuple[Probe, ...] = (
    # 1. Days the sender ruled out are not offers.
    P(
        "ruled-out",
        "en",
        "I'm on PTO all next week. This Thursday or Friday afternoon would work though.",
        "availability",
        ((3, "12:00", "17:00"), (4, "12:00", "17:00")),
    ),
    P(
        "ruled-out",
        "en",
        "Thursday is not great for me, Friday morning works.",
        "availability",
        ((4, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "I'm flying Thursday, so Wednesday or Friday, any time after 2pm.",
        "availability",
        ((2, "14:00", "17:00"), (4, "14:00", "17:00")),
    ),
    P("ruled-out", "en", "Any time next week except Wednesday.", "availability", WEEK_AFTER),
    P(
        "ruled-out",
        "en",
        "I'm free Thursday 2-4pm. Could you confirm by Monday so I can plan around it?",
        "availability",
        ((3, "14:00", "16:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "I'm travelling the whole of next week, so none of these work for me, sorry. "
        "I'll send you new times once I'm back.",
        "decline",
        stage="proposed",
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "ruled-out",
        "en",
        "Monday and Tuesday are out for me. Wednesday afternoon is open.",
        "availability",
        ((2, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "Estaré de vacaciones toda la semana que viene. Esta semana puedo el jueves por la tarde.",
        "availability",
        ((3, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "El miércoles no me va bien, el viernes por la mañana sí.",
        "availability",
        ((4, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "Cualquier día de la semana que viene excepto el miércoles.",
        "availability",
        WEEK_AFTER,
    ),
    P(
        "ruled-out",
        "fr",
        "Je suis en déplacement toute la semaine prochaine. Jeudi après-midi me convient.",
        "availability",
        ((3, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "N'importe quand la semaine prochaine sauf mercredi.",
        "availability",
        WEEK_AFTER,
    ),
    P(
        "ruled-out",
        "de",
        "Nächste Woche bin ich im Urlaub. Donnerstag oder Freitag vormittags passt.",
        "availability",
        ((3, "09:00", "12:00"), (4, "09:00", "12:00")),
    ),
    P("ruled-out", "de", "Nächste Woche jederzeit außer Mittwoch.", "availability", WEEK_AFTER),
    P(
        "ruled-out",
        "pt",
        "Estou de férias a próxima semana toda. Quinta à tarde funciona.",
        "availability",
        ((3, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "Qualquer dia da próxima semana, exceto quarta.",
        "availability",
        WEEK_AFTER,
    ),
    # 2. Time of day kept on the right day.
    P(
        "time-of-day",
        "en",
        "Later next week? Mornings are best for me.",
        "availability",
        ((10, "09:00", "12:00"), (11, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Something came up, could we do the same time tomorrow instead?",
        "reschedule",
        ((2, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED_TODAY,
    ),
    P(
        "time-of-day",
        "en",
        "Could we do half two on Thursday?",
        "availability",
        ((3, "14:30", "15:30"),),
    ),
    P("time-of-day", "en", "Thursday any time except 12-1.", "availability", THU_NOT_LUNCH),
    P(
        "time-of-day",
        "en",
        "Wed the 16th: 11-12:30 or after 4\nFri the 18th: all day",
        "availability",
        ((16, "11:00", "12:30"), (16, "16:00", "17:00"), (18, "09:00", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Tomorrow morning works for me.",
        "availability",
        ((6, "09:00", "12:00"),),
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "es",
        "¿A finales de la semana que viene? Mejor por las mañanas.",
        "availability",
        ((10, "09:00", "12:00"), (11, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "es",
        "El jueves a cualquier hora menos de 12 a 1.",
        "availability",
        THU_NOT_LUNCH,
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi, n'importe quand sauf entre 12h et 13h.",
        "availability",
        THU_NOT_LUNCH,
    ),
    P(
        "time-of-day",
        "fr",
        "Mercredi 16 : 11h-12h30 ou après 16h\nVendredi 18 : toute la journée",
        "availability",
        ((16, "11:00", "12:30"), (16, "16:00", "17:00"), (18, "09:00", "17:00")),
    ),
    P("time-of-day", "de", "Donnerstag ganztägig, außer 12-13 Uhr.", "availability", THU_NOT_LUNCH),
    P(
        "time-of-day",
        "pt",
        "Quinta-feira, qualquer horário exceto das 12h às 13h.",
        "availability",
        THU_NOT_LUNCH,
    ),
    P(
        "time-of-day",
        "de",
        "Ende nächster Woche? Vormittags wäre mir am liebsten.",
        "availability",
        ((10, "09:00", "12:00"), (11, "09:00", "12:00")),
    ),
    # 3. HTML-only mail, tables.
    P(
        "html",
        "en",
        "<table><tr><th>Day</th><th>Time (ET)</th></tr>"
        "<tr><td>Thursday Dec 3</td><td>2:00 PM - 4:00 PM</td></tr>"
        "<tr><td>Friday Dec 4</td><td>Not available</td></tr>"
        "<tr><td>Monday Dec 7</td><td>10:00 AM - 12:00 PM</td></tr></table>",
        "availability",
        ((3, "14:00", "16:00"), (7, "10:00", "12:00")),
        html=True,
    ),
    P(
        "html",
        "en",
        "<div>Hi,</div><div><br></div><div>Thursday after 3 works for me.</div>"
        "<div><br></div><div>Best,</div><div>Sam</div>",
        "availability",
        ((3, "15:00", "17:00"),),
        html=True,
    ),
    P(
        "html",
        "es",
        "<table><tr><td>Jueves 3</td><td>de 10 a 12</td></tr>"
        "<tr><td>Viernes 4</td><td>no disponible</td></tr></table>",
        "availability",
        ((3, "10:00", "12:00"),),
        html=True,
    ),
    P(
        "html",
        "fr",
        "<div>Bonjour,</div><div>Jeudi après 15h me convient.</div>",
        "availability",
        ((3, "15:00", "17:00"),),
        html=True,
    ),
    P(
        "html",
        "de",
        "<table><tr><td>Donnerstag</td><td>14-16 Uhr</td></tr>"
        "<tr><td>Freitag</td><td>nicht verfügbar</td></tr></table>",
        "availability",
        ((3, "14:00", "16:00"),),
        html=True,
    ),
    P(
        "html",
        "pt",
        "<div>Olá,</div><div>Quinta depois das 15h funciona para mim.</div>",
        "availability",
        ((3, "15:00", "17:00"),),
        html=True,
    ),
    # 4. Picks among options (1 Wed 13:00, 2 Thu 10:00, 3 Wed 16:00, all ET).
    P(
        "pick",
        "en",
        "The Thursday 10am ET slot works for me.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "I'll take the later slot on Wednesday.",
        "accept",
        selected=3,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "The Wednesday 1pm ET slot is good, that's 6pm for me.",
        "accept",
        selected=1,
        stage="proposed",
        zone="Europe/London",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "Neither Wednesday slot works, but Thursday at 10 is fine.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Leider passt keiner der drei Termine. Ich melde mich bei Ihnen.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Der Termin am Donnerstag um 10 Uhr passt mir.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "Me viene bien la opción del jueves a las 10.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "Ninguna de las tres opciones me funciona, les escribo pronto.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Le créneau de mercredi à 16h me convient.",
        "accept",
        selected=3,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Aucun des trois créneaux ne me convient, je reviens vers vous.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Nenhum dos três horários funciona para mim, retorno em breve.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "O horário de quarta às 16h funciona.",
        "accept",
        selected=3,
        stage="proposed",
        context=OPTIONS,
    ),
    # 5. Client verdicts after a round.
    P(
        "verdict",
        "en",
        "Pass.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "I wouldn't reject him outright, I have some doubts. Let's do a technical round.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "She's our top choice, but we're waiting on budget sign-off, probably two weeks.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "I'd like our team lead to meet her before we decide.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "Strong interview. Let's do a final 30-minute chat with our CEO next week.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "es",
        "No vamos a seguir adelante con él, gracias.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "es",
        "Es nuestra primera opción, pero estamos esperando la aprobación del presupuesto.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "es",
        "Nos gustaría que nuestro jefe de equipo la conozca antes de decidir.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "fr",
        "Nous avons décidé de ne pas poursuivre avec lui.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "fr",
        "Très bon entretien. Organisons un dernier échange avec notre CEO la semaine prochaine.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "fr",
        "C'est notre candidate préférée, mais nous attendons la validation du budget.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "de",
        "Wir haben uns leider gegen eine Zusammenarbeit mit ihr entschieden.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "de",
        "Sehr gutes Gespräch. Gerne eine letzte Runde mit unserem CTO nächste Woche.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "de",
        "Sie ist unsere Favoritin, aber wir warten noch auf die Budgetfreigabe.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "pt",
        "Decidimos não seguir com ele.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "pt",
        "Gostaríamos que o nosso líder técnico a conhecesse antes de decidir.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    # 6. Recruiter instructions and relays.
    P(
        "relay",
        "en",
        "Please cancel Jake's final panel on Friday, I'll call him this afternoon.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "en",
        "Heads up: Ana has pulled out of the process, she took another offer.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "en",
        "She can no longer do Tuesday 10-12. New times from her: Thursday 2-4pm or Friday morning.",
        "availability",
        ((3, "14:00", "16:00"), (4, "09:00", "12:00")),
        role="recruiter",
    ),
    P(
        "relay",
        "es",
        "Por favor cancela la entrevista del viernes con Ana, la llamo esta tarde.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "fr",
        "Merci d'annuler l'entretien de vendredi avec Paul, je l'appelle cet après-midi.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "fr",
        "Pour info : Claire s'est retirée du processus.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "de",
        "Bitte sagen Sie das Interview am Freitag mit Jan ab, ich rufe ihn heute Nachmittag an.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "pt",
        "Por favor cancele a entrevista de sexta com o João, ligo para ele hoje à tarde.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
)


# A second batch, written after the rules above were fixed and first scored untouched: how the
# rules do on variants they were not tuned on.
PROBES_2: tuple[Probe, ...] = (
    P(
        "ruled-out",
        "en",
        "I'm out of office Monday and Tuesday next week; Wednesday to Friday I'm flexible.",
        "availability",
        ((9, "09:00", "17:00"), (10, "09:00", "17:00"), (11, "09:00", "17:00")),
    ),
    P(
        "ruled-out",
        "en",
        "Friday doesn't work, I'm at a conference. Thursday before noon is good.",
        "availability",
        ((3, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "Any afternoon this week apart from Thursday.",
        "availability",
        ((2, "12:00", "17:00"), (4, "12:00", "17:00")),
    ),
    P(
        "ruled-out",
        "en",
        "Please reply by Thursday. I can do Monday the 7th from 1 to 3.",
        "availability",
        ((7, "13:00", "15:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "I'm on vacation until the 9th, so none of those work. I'll reach out when I'm back.",
        "decline",
        stage="proposed",
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "ruled-out",
        "es",
        "Toda la semana que viene estoy de viaje. El viernes 4 por la mañana me va bien.",
        "availability",
        ((4, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "Cualquier tarde de esta semana menos el jueves.",
        "availability",
        ((2, "12:00", "17:00"), (4, "12:00", "17:00")),
    ),
    P(
        "ruled-out",
        "fr",
        "Mardi prochain ce n'est pas possible, mais mercredi prochain l'après-midi oui.",
        "availability",
        ((9, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Je suis en congés toute la semaine prochaine. Vendredi matin me convient.",
        "availability",
        ((4, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Am Donnerstag geht es leider nicht, Freitag ab 14 Uhr passt.",
        "availability",
        ((4, "14:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Diese Woche jeden Nachmittag außer Donnerstag.",
        "availability",
        ((2, "12:00", "17:00"), (4, "12:00", "17:00")),
    ),
    P(
        "ruled-out",
        "pt",
        "Na quinta não posso, mas sexta de manhã funciona.",
        "availability",
        ((4, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "Estarei viajando a semana que vem toda. Nesta sexta à tarde pode ser.",
        "availability",
        ((4, "12:00", "17:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Early next week? Afternoons suit me best.",
        "availability",
        ((7, "12:00", "17:00"), (8, "12:00", "17:00")),
    ),
    P("time-of-day", "en", "Thursday 9-5 but not 12-1.", "availability", THU_NOT_LUNCH),
    P(
        "time-of-day",
        "en",
        "Mon 7th: 9-11\nTue 8th: after 3\nWed 9th: not available",
        "availability",
        ((7, "09:00", "11:00"), (8, "15:00", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Can we push it to the same time on Thursday?",
        "reschedule",
        ((3, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED_TODAY,
    ),
    P(
        "time-of-day",
        "en",
        "Would half ten on Friday be ok?",
        "availability",
        ((4, "10:30", "11:30"),),
    ),
    P(
        "time-of-day",
        "en",
        "Monday morning is good.",
        "availability",
        ((7, "09:00", "12:00"),),
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "es",
        "¿Podemos pasarla a mañana a la misma hora?",
        "reschedule",
        ((2, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED_TODAY,
    ),
    P(
        "time-of-day",
        "es",
        "Lunes 7: de 10 a 12\nMiércoles 9: toda la tarde",
        "availability",
        ((7, "10:00", "12:00"), (9, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "Plutôt en fin de semaine prochaine ? Le matin de préférence.",
        "availability",
        ((10, "09:00", "12:00"), (11, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi toute la journée sauf de 12h à 14h.",
        "availability",
        ((3, "09:00", "12:00"), (3, "14:00", "17:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Können wir morgen zur gleichen Zeit machen?",
        "reschedule",
        ((2, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED_TODAY,
    ),
    P(
        "time-of-day",
        "de",
        "Montag 7.: 10-12 Uhr\nDienstag 8.: ab 15 Uhr",
        "availability",
        ((7, "10:00", "12:00"), (8, "15:00", "17:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "Amanhã no mesmo horário seria possível?",
        "reschedule",
        ((2, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED_TODAY,
    ),
    P(
        "time-of-day",
        "pt",
        "No início da próxima semana? De manhã é melhor para mim.",
        "availability",
        ((7, "09:00", "12:00"), (8, "09:00", "12:00")),
    ),
    P(
        "html",
        "en",
        "<table><tr><td><b>Date</b></td><td><b>Availability</b></td></tr>"
        "<tr><td>Wed 12/2</td><td>unavailable</td></tr>"
        "<tr><td>Thu 12/3</td><td>9am-11am</td></tr>"
        "<tr><td>Fri 12/4</td><td>1pm-5pm</td></tr></table>",
        "availability",
        ((3, "09:00", "11:00"), (4, "13:00", "17:00")),
        html=True,
    ),
    P(
        "html",
        "en",
        "<p>Hello,</p><p>I could do <b>Monday the 7th</b> between 2 and 4pm.</p><p>Thanks</p>",
        "availability",
        ((7, "14:00", "16:00"),),
        html=True,
    ),
    P(
        "html",
        "fr",
        "<table><tr><td>Lundi 7</td><td>9h-12h</td></tr>"
        "<tr><td>Mardi 8</td><td>indisponible</td></tr></table>",
        "availability",
        ((7, "09:00", "12:00"),),
        html=True,
    ),
    P(
        "html",
        "de",
        "<div>Hallo,</div><div>Montag zwischen 10 und 12 Uhr würde passen.</div>",
        "availability",
        ((7, "10:00", "12:00"),),
        html=True,
    ),
    P(
        "html",
        "pt",
        "<table><tr><td>Segunda 7</td><td>14h-16h</td></tr>"
        "<tr><td>Terça 8</td><td>não disponível</td></tr></table>",
        "availability",
        ((7, "14:00", "16:00"),),
        html=True,
    ),
    P(
        "pick",
        "en",
        "Wednesday at 4pm ET works best.",
        "accept",
        selected=3,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "I'll go with the earlier Wednesday one.",
        "accept",
        selected=1,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "The Thursday slot please, that's 3pm my time.",
        "accept",
        selected=2,
        stage="proposed",
        zone="Europe/London",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "Sorry, none of the three work for me. I'll get back to you with other times.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "Wednesday doesn't work at all, but the Thursday option is perfect.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "Prefiero el miércoles a las 4 de la tarde.",
        "accept",
        selected=3,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "El miércoles no puedo, el jueves a las 10 perfecto.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Je prends le créneau de jeudi 10h.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Keiner der Termine klappt bei mir leider, ich melde mich mit neuen Zeiten.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Mittwoch um 16 Uhr nehme ich gern.",
        "accept",
        selected=3,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Fico com a quinta às 10h.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "verdict",
        "en",
        "Not for us, sorry.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "Great session. We'd like her to come in for an onsite next week.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "We're keen but need to wait for headcount approval, give us two weeks.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "Let's make him an offer!",
        "feedback",
        outcome="offer",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "Could our VP of Engineering have a quick call with him before we decide?",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "es",
        "Lo descartamos, no encaja con lo que buscamos.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "es",
        "Muy buena entrevista. Queremos una segunda entrevista con el CTO la semana que viene.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "fr",
        "Nous ne donnerons pas suite à sa candidature.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "fr",
        "Nous aimerions qu'elle rencontre notre directeur technique avant de décider.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "de",
        "Absage, leider nicht passend.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "de",
        "Wir möchten ihm ein Angebot machen.",
        "feedback",
        outcome="offer",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "pt",
        "Ótima entrevista, vamos para a próxima etapa com ela.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "pt",
        "Ainda estamos avaliando, aguardando aprovação do orçamento.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "relay",
        "en",
        "Can you cancel Maria's interview tomorrow? I'll let her know myself later today.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "en",
        "FYI, Tom has withdrawn from the process.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "en",
        "Update from the candidate: forget Monday, she's now free Thursday after 1pm.",
        "availability",
        ((3, "13:00", "17:00"),),
        role="recruiter",
    ),
    P(
        "relay",
        "es",
        "Hay que cancelar la entrevista de Luis del jueves, yo le aviso hoy.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "fr",
        "Marc s'est désisté, il a accepté une autre offre.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "de",
        "Bitte das Gespräch mit Lena am Donnerstag absagen, ich informiere sie morgen.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "pt",
        "A Carla desistiu do processo.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    # plain replies that must stay confident
    P(
        "plain",
        "en",
        "Tuesday the 8th between 10 and 12 works for me.",
        "availability",
        ((8, "10:00", "12:00"),),
    ),
    P("plain", "en", "Option 2 please.", "accept", selected=2, stage="proposed", context=OPTIONS),
    P("plain", "en", "Thanks, see you then!", "accept", stage="scheduled", context=BOOKED),
    P("plain", "es", "Me viene bien el jueves de 3 a 5.", "availability", ((3, "15:00", "17:00"),)),
    P(
        "plain",
        "fr",
        "Jeudi entre 14h et 16h, c'est parfait pour moi.",
        "availability",
        ((3, "14:00", "16:00"),),
    ),
    P(
        "plain",
        "de",
        "Donnerstag zwischen 14 und 16 Uhr passt mir.",
        "availability",
        ((3, "14:00", "16:00"),),
    ),
    P(
        "plain",
        "pt",
        "Quinta entre 14h e 16h está ótimo para mim.",
        "availability",
        ((3, "14:00", "16:00"),),
    ),
)


# A third batch, written after the second was fixed, scored untouched to calibrate confidence.
PROBES_3: tuple[Probe, ...] = (
    P(
        "ruled-out",
        "en",
        "Next week is a write-off for me (offsite). The week of the 14th I'm wide open.",
        "availability",
        tuple((d, "09:00", "17:00") for d in (14, 15, 16, 17, 18)),
    ),
    P(
        "ruled-out",
        "en",
        "Wednesday's no good. Thursday or Friday, mornings only.",
        "availability",
        ((3, "09:00", "12:00"), (4, "09:00", "12:00")),
    ),
    P(
        "ruled-out",
        "en",
        "I can do any day next week other than Tuesday, ideally after 2.",
        "availability",
        tuple((d, "14:00", "17:00") for d in (7, 9, 10, 11)),
    ),
    P(
        "ruled-out",
        "en",
        "Let me know by Friday which works. I'm around Monday 10-12.",
        "availability",
        ((7, "10:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "El lunes imposible. El martes 8 a partir de las 3.",
        "availability",
        ((8, "15:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Tous les jours de la semaine prochaine sauf le lundi, plutôt le matin.",
        "availability",
        tuple((d, "09:00", "12:00") for d in (8, 9, 10, 11)),
    ),
    P(
        "ruled-out",
        "de",
        "Ich bin nächste Woche auf Dienstreise. Übernächste Woche gerne.",
        "availability",
        tuple((d, "09:00", "17:00") for d in (14, 15, 16, 17, 18)),
    ),
    P(
        "ruled-out",
        "pt",
        "Segunda não dá. Terça depois das 14h.",
        "availability",
        ((8, "14:00", "17:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Thursday works, same time as last time? 3pm.",
        "availability",
        ((3, "15:00", "16:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Friday, any time before lunch or after 3.",
        "availability",
        ((4, "09:00", "12:00"), (4, "15:00", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Thu 3rd - 2:30 to 4\nFri 4th - morning",
        "availability",
        ((3, "14:30", "16:00"), (4, "09:00", "12:00")),
    ),
    P("time-of-day", "en", "Quarter past ten on Monday?", "availability", ((7, "10:15", "11:15"),)),
    P(
        "time-of-day",
        "es",
        "El jueves por la tarde, pero no antes de las 3.",
        "availability",
        ((3, "15:00", "17:00"),),
    ),
    P(
        "time-of-day",
        "fr",
        "Lundi 7 de 10h à 11h30, ou mardi 8 en fin d'après-midi.",
        "availability",
        ((7, "10:00", "11:30"), (8, "15:00", "17:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Am Montag vormittags, aber nicht vor 10 Uhr.",
        "availability",
        ((7, "10:00", "12:00"),),
    ),
    P(
        "time-of-day",
        "pt",
        "Segunda à tarde, das 14h às 16h.",
        "availability",
        ((7, "14:00", "16:00"),),
    ),
    P(
        "html",
        "en",
        "<table><tr><td>Monday</td><td>Tuesday</td></tr>"
        "<tr><td>10-12</td><td>busy</td></tr></table>",
        "availability",
        ((7, "10:00", "12:00"),),
        html=True,
    ),
    P(
        "html",
        "en",
        '<div dir="ltr">Friday afternoon is best for me.<br><br>-- <br>Pat</div>',
        "availability",
        ((4, "12:00", "17:00"),),
        html=True,
    ),
    P(
        "html",
        "es",
        "<p>Hola,</p><p>El <b>viernes</b> a las <b>11</b> me va bien.</p>",
        "availability",
        ((4, "11:00", "12:00"),),
        html=True,
    ),
    P(
        "pick",
        "en",
        "Thursday's slot suits me.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "The 4 o'clock works.",
        "accept",
        selected=3,
        stage="proposed",
        context=OPTIONS,
    ),
    P("pick", "en", "Wednesday is fine.", "accept", selected=1, stage="proposed", context=OPTIONS),
    P(
        "pick",
        "en",
        "Could we do Wednesday at 2 instead?",
        "availability",
        ((2, "14:00", "15:00"),),
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "Ninguno me encaja, pero el viernes a las 10 podría.",
        "availability",
        ((4, "10:00", "11:00"),),
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Le deuxième créneau me va très bien.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Donnerstag 10 Uhr passt perfekt.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Nenhuma das opções serve. Depois te aviso.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "verdict",
        "en",
        "No.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "Yes, next round please.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "Mixed views internally. We'll come back to you early next week.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "He didn't convince the panel, we'll stop here.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "es",
        "Nos gustaría hacerle una oferta.",
        "feedback",
        outcome="offer",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "fr",
        "On aimerait la revoir pour un entretien technique.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "de",
        "Wir sind noch unentschlossen und melden uns nächste Woche.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "pt",
        "Não vamos avançar com ela.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "relay",
        "en",
        "Please call off tomorrow's interview with Sam, the role is on hold.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "en",
        "Sam emailed me: he's accepted a position elsewhere and is withdrawing.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "en",
        "Candidate says Tuesday no longer works; she offered Wednesday 3-5pm instead.",
        "availability",
        ((2, "15:00", "17:00"),),
        role="recruiter",
    ),
    P(
        "relay",
        "es",
        "La candidata se ha retirado del proceso.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "fr",
        "Peux-tu annuler l'entretien de demain ? Je préviens le candidat ce soir.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P("other", "en", "Thanks for the update!", "other", stage="scheduled", context=BOOKED),
    P("other", "en", "What is the salary range for this role?", "question"),
    P("other", "de", "Vielen Dank!", "other", stage="scheduled", context=BOOKED),
)


# A fourth batch, written last and scored untouched for the closing note's honest measure.
PROBES_4: tuple[Probe, ...] = (
    P(
        "ruled-out",
        "en",
        "Mon/Tue are packed. Wed after 11 or Thu any time.",
        "availability",
        ((2, "11:00", "17:00"), (3, "09:00", "17:00")),
    ),
    P(
        "ruled-out",
        "en",
        "I'll be in Berlin Thursday and Friday, so earlier in the week is better: "
        "Wednesday afternoon?",
        "availability",
        ((2, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "Happy to do any weekday next week bar Friday, between 9 and 12.",
        "availability",
        tuple((d, "09:00", "12:00") for d in (7, 8, 9, 10)),
    ),
    P(
        "ruled-out",
        "es",
        "Jueves y viernes estoy fuera. El miércoles a partir de las 10.",
        "availability",
        ((2, "10:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Pas dispo jeudi. Vendredi entre 10h et 12h ?",
        "availability",
        ((4, "10:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Donnerstag bin ich unterwegs, aber Mittwoch nachmittags passt gut.",
        "availability",
        ((2, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "Quarta estou ocupado o dia todo. Quinta às 15h pode ser?",
        "availability",
        ((3, "15:00", "16:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Next Tuesday or Wednesday - late afternoon ideally.",
        "availability",
        ((8, "15:00", "17:00"), (9, "15:00", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Thursday from 10, but I need to leave by 3.",
        "availability",
        ((3, "10:00", "15:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Tue 8: 1-2pm\nThu 10: 10:30-12",
        "availability",
        ((8, "13:00", "14:00"), (10, "10:30", "12:00")),
    ),
    P(
        "time-of-day",
        "es",
        "El martes que viene por la mañana, antes de las 11.",
        "availability",
        ((8, "09:00", "11:00"),),
    ),
    P("time-of-day", "fr", "Mercredi prochain à 14h30 ?", "availability", ((9, "14:30", "15:30"),)),
    P(
        "time-of-day",
        "de",
        "Nächsten Dienstag zwischen 9 und 11 Uhr.",
        "availability",
        ((8, "09:00", "11:00"),),
    ),
    P(
        "time-of-day",
        "pt",
        "Terça que vem, entre 10h e 12h.",
        "availability",
        ((8, "10:00", "12:00"),),
    ),
    P(
        "html",
        "en",
        "<html><body><p>Hi there,</p><p>Wednesday 2-5pm or Thursday morning would suit.</p>"
        "<p>Kind regards,<br>Alex</p></body></html>",
        "availability",
        ((2, "14:00", "17:00"), (3, "09:00", "12:00")),
        html=True,
    ),
    P(
        "html",
        "de",
        "<table><tr><th>Tag</th><th>Zeit</th></tr><tr><td>Mittwoch</td><td>10-12 Uhr</td></tr>"
        "<tr><td>Donnerstag</td><td>belegt</td></tr></table>",
        "availability",
        ((2, "10:00", "12:00"),),
        html=True,
    ),
    P(
        "pick",
        "en",
        "Let's do option three.",
        "accept",
        selected=3,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "1pm Wednesday is good for me.",
        "accept",
        selected=1,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "None of those suit, sorry - could we look at next week instead? "
        "Monday or Tuesday morning.",
        "availability",
        ((7, "09:00", "12:00"), (8, "09:00", "12:00")),
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "La del jueves me va perfecto.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Mercredi 13h, parfait.",
        "accept",
        selected=1,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Ich nehme den Donnerstag.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Quarta às 13h está ótimo.",
        "accept",
        selected=1,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "verdict",
        "en",
        "Thumbs down from the team, unfortunately.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "Really liked him. Can we get him in front of our CTO?",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "We're going to hold off for now while we finalise the headcount.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "es",
        "Queremos avanzar con ella a la siguiente fase.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "fr",
        "Malheureusement, le profil ne correspond pas à nos attentes.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "de",
        "Wir würden ihn gerne zu einer zweiten Runde einladen.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "pt",
        "Infelizmente não vamos seguir com a candidatura dele.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "relay",
        "en",
        "Please cancel the panel with Priya on Thursday - the client has frozen the role.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "en",
        "Just heard from Priya: she's decided to stay at her current company.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "es",
        "Ana me dice que ya no le viene bien el martes; propone el jueves de 4 a 6.",
        "availability",
        ((3, "16:00", "18:00"),),
        role="recruiter",
    ),
    P(
        "relay",
        "de",
        "Kurze Info: Herr Braun hat abgesagt und zieht seine Bewerbung zurück.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "pt",
        "Pode cancelar a entrevista de quinta com a Rita? Eu falo com ela amanhã.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P("other", "en", "Got it, thanks!", "other", stage="scheduled", context=BOOKED),
    P(
        "other",
        "en",
        "Is the interview remote or in person?",
        "question",
        stage="scheduled",
        context=BOOKED,
    ),
)


# A fifth batch, written after the fourth was fixed and scored untouched for the closing note.
PROBES_5: tuple[Probe, ...] = (
    P(
        "ruled-out",
        "en",
        "Can't do Monday (dentist) but Tuesday 10-1 is fine.",
        "availability",
        ((8, "10:00", "13:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "I'm off Friday. Thursday 3pm onwards?",
        "availability",
        ((3, "15:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "Sorry, I'm abroad until the 11th so none of those dates work. I'll write when I'm back.",
        "decline",
        stage="proposed",
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "ruled-out",
        "en",
        "Everything next week except Thursday afternoon.",
        "availability",
        (
            (7, "09:00", "17:00"),
            (8, "09:00", "17:00"),
            (9, "09:00", "17:00"),
            (10, "09:00", "12:00"),
            (11, "09:00", "17:00"),
        ),
    ),
    P(
        "ruled-out",
        "es",
        "El jueves tengo médico. ¿El viernes a las 12?",
        "availability",
        ((4, "12:00", "13:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Lundi je suis en formation toute la journée, mardi 8 à 11h ça me va.",
        "availability",
        ((8, "11:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Montag habe ich einen Arzttermin. Dienstag um 11 Uhr?",
        "availability",
        ((8, "11:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "Segunda estou fora. Terça às 11h?",
        "availability",
        ((8, "11:00", "12:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Wednesday lunchtime or Thursday after 4.",
        "availability",
        ((2, "12:00", "13:00"), (3, "16:00", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Friday between 11 and 3, but not 1-2.",
        "availability",
        ((4, "11:00", "13:00"), (4, "14:00", "15:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Could we do tomorrow at the same time instead? Something urgent came up.",
        "reschedule",
        ((2, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED_TODAY,
    ),
    P(
        "time-of-day",
        "es",
        "Mañana por la tarde, a partir de las 4.",
        "availability",
        ((2, "16:00", "17:00"),),
    ),
    P(
        "time-of-day",
        "fr",
        "Demain matin entre 9h et 10h30.",
        "availability",
        ((2, "09:00", "10:30"),),
    ),
    P(
        "time-of-day",
        "de",
        "Morgen Nachmittag ab 15 Uhr.",
        "availability",
        ((2, "15:00", "17:00"),),
    ),
    P(
        "time-of-day",
        "pt",
        "Amanhã à tarde depois das 15h.",
        "availability",
        ((2, "15:00", "17:00"),),
    ),
    P(
        "html",
        "en",
        "<div>Thursday 10-11 or 2-3 both work.</div><div><br></div><div>-Jo</div>",
        "availability",
        ((3, "10:00", "11:00"), (3, "14:00", "15:00")),
        html=True,
    ),
    P(
        "html",
        "fr",
        "<p>Bonjour,</p><p>Je peux <b>jeudi</b> de 14h à 16h.</p>",
        "availability",
        ((3, "14:00", "16:00"),),
        html=True,
    ),
    P("pick", "en", "Option #1 is great.", "accept", selected=1, stage="proposed", context=OPTIONS),
    P(
        "pick",
        "en",
        "Wednesday at 1 won't work but 4 that day is perfect.",
        "accept",
        selected=3,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "Me quedo con la opción 2.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Aucune de ces dates ne me convient malheureusement.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Die zweite Option passt mir am besten.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Prefiro a opção de quinta-feira.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "verdict",
        "en",
        "We'll pass on this one, thanks.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "She was excellent - please set up the final round.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "Still deciding between two finalists, will let you know next week.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "es",
        "No es el perfil que buscamos.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "fr",
        "Nous souhaitons lui faire une offre.",
        "feedback",
        outcome="offer",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "de",
        "Leider passt er nicht zu uns.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "pt",
        "Queremos fazer uma proposta para ela.",
        "feedback",
        outcome="offer",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "relay",
        "en",
        "Cancel Friday's interview with Omar please - he's unwell. I'll ring him tomorrow.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "en",
        "Omar has taken himself out of the running.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "fr",
        "Annule l'entretien de jeudi avec Inès, je lui explique demain.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "pt",
        "O Pedro retirou a candidatura.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P("other", "en", "Perfect, thank you!", "accept", stage="scheduled", context=BOOKED),
)


# A sixth batch, written last of all and scored untouched: the closing note's estimate.
PROBES_6: tuple[Probe, ...] = (
    P(
        "ruled-out",
        "en",
        "This week's impossible, sorry. Next Wednesday or Thursday after lunch?",
        "availability",
        ((9, "13:00", "17:00"), (10, "13:00", "17:00")),
    ),
    P(
        "ruled-out",
        "en",
        "I'm at a wedding on Friday, but any time Thursday works.",
        "availability",
        ((3, "09:00", "17:00"),),
    ),
    P("ruled-out", "en", "Not Monday. Tuesday 8th 11am?", "availability", ((8, "11:00", "12:00"),)),
    P(
        "ruled-out",
        "es",
        "La semana que viene me viene fatal. La siguiente, cualquier mañana.",
        "availability",
        tuple((d, "09:00", "12:00") for d in (14, 15, 16, 17, 18)),
    ),
    P(
        "ruled-out",
        "fr",
        "Je ne suis pas disponible mercredi. Jeudi 10h ?",
        "availability",
        ((3, "10:00", "11:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Freitag ist schlecht. Donnerstag ab 13 Uhr?",
        "availability",
        ((3, "13:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "Não posso na sexta. Quinta às 10h?",
        "availability",
        ((3, "10:00", "11:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Thursday, ideally first thing.",
        "availability",
        ((3, "09:00", "12:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Wednesday from 2 to half three.",
        "availability",
        ((2, "14:00", "15:30"),),
    ),
    P(
        "time-of-day",
        "en",
        "Any afternoon next week bar Wednesday; mornings are taken.",
        "availability",
        tuple((d, "12:00", "17:00") for d in (7, 8, 10, 11)),
    ),
    P(
        "time-of-day",
        "es",
        "El martes 8 entre las 9 y las 11 o el miércoles 9 después de comer.",
        "availability",
        ((8, "09:00", "11:00"), (9, "13:00", "17:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "Vendredi en fin de matinée, vers 11h.",
        "availability",
        ((4, "11:00", "12:00"),),
    ),
    P(
        "time-of-day",
        "de",
        "Mittwoch zwischen 10 und 12, Freitag ganztags.",
        "availability",
        ((2, "10:00", "12:00"), (4, "09:00", "17:00")),
    ),
    P(
        "html",
        "en",
        "<table><tr><td>Tue 12/8</td><td>9:00-10:00 AM</td></tr>"
        "<tr><td>Wed 12/9</td><td>Out of office</td></tr></table>",
        "availability",
        ((8, "09:00", "10:00"),),
        html=True,
    ),
    P("pick", "en", "Thursday please!", "accept", selected=2, stage="proposed", context=OPTIONS),
    P(
        "pick",
        "en",
        "None of these, I'm afraid - I'm travelling all week.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P("pick", "es", "Mejor la tercera.", "accept", selected=3, stage="proposed", context=OPTIONS),
    P(
        "pick",
        "de",
        "Mittwoch 13 Uhr geht leider nicht, Donnerstag 10 Uhr passt.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "verdict",
        "en",
        "Not a fit for the role, we'll pass.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "Good but not great. Let's see the other candidates first and decide after.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "fr",
        "Très convaincante, on passe au tour suivant.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "es",
        "Vamos a hacerle una oferta formal esta semana.",
        "feedback",
        outcome="offer",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "pt",
        "Gostamos muito, queremos uma segunda conversa com o diretor.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "relay",
        "en",
        "The client wants to cancel Thursday's interview with Leo - position's been filled.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "de",
        "Frau Keller hat ihre Bewerbung zurückgezogen.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "es",
        "Cancela la entrevista del miércoles con Marta, por favor. Hablo con ella mañana.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "other",
        "en",
        "Great, thanks - see you Wednesday!",
        "accept",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "other",
        "en",
        "Out of curiosity, who will be on the panel?",
        "question",
        stage="scheduled",
        context=BOOKED,
    ),
)


# A seventh batch, scored untouched after the sixth was fixed.
PROBES_7: tuple[Probe, ...] = (
    P(
        "ruled-out",
        "en",
        "Tuesday's a no-go for me. Wednesday 9-10:30?",
        "availability",
        ((2, "09:00", "10:30"),),
    ),
    P(
        "ruled-out",
        "en",
        "All of next week works apart from Monday morning.",
        "availability",
        ((7, "12:00", "17:00"), *((d, "09:00", "17:00") for d in (8, 9, 10, 11))),
    ),
    P(
        "ruled-out",
        "en",
        "Please let me know by Wednesday. Friday 4th is free all day.",
        "availability",
        ((4, "09:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "Imposible el lunes; el martes 8 por la tarde sí.",
        "availability",
        ((8, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Je serai en vacances jusqu'au 9. Le jeudi 10 à 15h ?",
        "availability",
        ((10, "15:00", "16:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Am Dienstag habe ich keine Zeit, Mittwoch 16 Uhr?",
        "availability",
        ((2, "16:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "Terça não consigo, quarta de tarde sim.",
        "availability",
        ((2, "12:00", "17:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Tomorrow works, sometime between 10 and noon.",
        "availability",
        ((2, "10:00", "12:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Thursday the 3rd, any time from 11:30.",
        "availability",
        ((3, "11:30", "17:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "How about same time Friday?",
        "reschedule",
        ((4, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED_TODAY,
    ),
    P(
        "time-of-day",
        "es",
        "El jueves a media mañana, sobre las 11.",
        "availability",
        ((3, "11:00", "12:00"),),
    ),
    P(
        "time-of-day",
        "fr",
        "Lundi 7 ou mardi 8, plutôt l'après-midi.",
        "availability",
        ((7, "12:00", "17:00"), (8, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Donnerstag vormittag oder Freitag nach 14 Uhr.",
        "availability",
        ((3, "09:00", "12:00"), (4, "14:00", "17:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "Segunda 7 de manhã ou terça 8 à tarde.",
        "availability",
        ((7, "09:00", "12:00"), (8, "12:00", "17:00")),
    ),
    P(
        "pick",
        "en",
        "Option 3 for me, thanks.",
        "accept",
        selected=3,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "Wednesday at 4 is best.",
        "accept",
        selected=3,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Le jeudi me convient parfaitement.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Nenhum desses horários dá para mim, infelizmente.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "verdict",
        "en",
        "Unfortunately we'll not be moving forward with her.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "Solid. Happy to progress to the case study round.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "es",
        "Todavía lo estamos pensando, os digo algo la semana que viene.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "de",
        "Wir möchten sie gerne einstellen.",
        "feedback",
        outcome="offer",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "fr",
        "On ne va pas continuer avec ce candidat.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "relay",
        "en",
        "Kill the Thursday slot with Nina please, the hiring manager is out sick. I'll tell her.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "en",
        "Nina's out - she's accepted an offer elsewhere.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "pt",
        "Cancela a entrevista de amanhã com o Rui, por favor.",
        "cancel",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P("other", "es", "¡Gracias!", "other", stage="scheduled", context=BOOKED),
)

# Second tuning round, kinds 4-6: each construct fixed on the held-out b-* cases, said again in
# other words and languages (written from the construct, not from the cases' texts).
_FWD = "\n\n---------- Forwarded message ---------\nFrom: Ana Ruiz <ana@mail.example>\n"
_FWD += "Date: Mon, 30 Nov 2026 at 18:02\nSubject: Next steps\n\n"
_FWD_DE = "\n\n---------- Weitergeleitete Nachricht ---------\nVon: Jonas Berg <jb@mail.example>\n"
_FWD_DE += "Datum: Mo., 30. Nov. 2026 um 18:02\nBetreff: Bewerbung\n\n"
_FWD_FR = "\n\nDébut du message réexpédié :\n\nDe: Léa Morel <lea@mail.example>\n"
_FWD_FR += "Date: 30 novembre 2026 à 18:02\nObjet: Candidature\n\n"
_PICK = {"stage": "proposed", "context": OPTIONS}
_NEXT_PICK = {"stage": "proposed", "context": NEXT_WEEK_OPTIONS}
_VERDICT = {"role": "client", "stage": "completed", "context": HELD}
_RELAY = {"role": "recruiter", "stage": "scheduled", "context": BOOKED}
PROBES_8B: tuple[Probe, ...] = (
    # an option told from the others on its day by when in the day it lies
    P("pick", "en", "Wednesday please, the earlier one.", "accept", selected=1, **_PICK),
    P(
        "pick",
        "es",
        "El miércoles, el horario más tarde si puede ser.",
        "accept",
        selected=3,
        **_PICK,
    ),
    P(
        "pick",
        "fr",
        "Mercredi, mais plutôt le dernier créneau de la journée, le plus tard.",
        "accept",
        selected=3,
        **_PICK,
    ),
    P("pick", "de", "Mittwoch, aber bitte den früheren Termin.", "accept", selected=1, **_PICK),
    P("pick", "pt", "Quarta-feira, o horário mais cedo, por favor.", "accept", selected=1, **_PICK),
    # a weekday named in reply to options that lie in the week after
    P("pick", "en", "Wednesday works for me.", "accept", selected=2, **_NEXT_PICK),
    P("pick", "es", "El jueves me viene bien.", "accept", selected=3, **_NEXT_PICK),
    P("pick", "fr", "Mercredi, c'est parfait pour moi.", "accept", selected=2, **_NEXT_PICK),
    # a greeting's "morning" does not outvote the day and hour named
    P("pick", "en", "Morning! Thursday at 10 suits me.", "accept", selected=2, **_PICK),
    P("pick", "en", "Good morning - Wednesday at 1pm is fine.", "accept", selected=1, **_PICK),
    # "any except the one on Thursday"
    P("pick", "en", "Any of them, except the one on Thursday.", "accept", selected=1, **_PICK),
    P("pick", "es", "Cualquiera menos la del jueves.", "accept", selected=1, **_PICK),
    P("pick", "de", "Alle gehen, außer dem am Donnerstag.", "accept", selected=1, **_PICK),
    # a day turned down in words other than a plain "not"
    P("pick", "de", "Mittwoch passt mir schlecht, Donnerstag geht.", "accept", selected=2, **_PICK),
    P("pick", "es", "El miércoles me va mal, el jueves perfecto.", "accept", selected=2, **_PICK),
    # a pick restated in the sender's zone, asked as a question
    P("pick", "en", "Thursday works - that's 10am ET, right?", "accept", selected=2, **_PICK),
    # every option refused, with new times promised for later
    P(
        "pick",
        "en",
        "None of those three will work, sorry. I'll send you new times for the week of the 14th.",
        "decline",
        **_PICK,
    ),
    P(
        "pick",
        "fr",
        "Aucun de ces créneaux ne me convient, je reviens vers vous la semaine prochaine.",
        "decline",
        **_PICK,
    ),
    P(
        "pick",
        "de",
        "Keiner der genannten Termine passt, ich melde mich nächste Woche mit neuen Zeiten.",
        "decline",
        **_PICK,
    ),
    # the hour every option shares is ruled out as a habit; other times offered
    P(
        "pick",
        "en",
        "They're all a bit tricky - 10am is when I walk the dog. Friday at 2 would work.",
        "availability",
        ((4, "14:00", "15:00"),),
        **_PICK,
    ),
    # verdicts: a pass or a no, and a lack named as the reason
    P(
        "verdict",
        "en",
        "Pass — not enough hands-on experience with Kubernetes.",
        "feedback",
        outcome="reject",
        **_VERDICT,
    ),
    P(
        "verdict",
        "en",
        "It's a no for me, sorry. Too junior for this team.",
        "feedback",
        outcome="reject",
        **_VERDICT,
    ),
    P(
        "verdict",
        "es",
        "Para nosotros es un no. Muy poca experiencia en ventas.",
        "feedback",
        outcome="reject",
        **_VERDICT,
    ),
    P(
        "verdict",
        "de",
        "Für mich ist das ein klares Nein, zu wenig Erfahrung im Vertrieb.",
        "feedback",
        outcome="reject",
        **_VERDICT,
    ),
    P(
        "verdict",
        "fr",
        "Pas assez d'expérience en management pour nous, désolée.",
        "feedback",
        outcome="reject",
        **_VERDICT,
    ),
    P(
        "verdict",
        "pt",
        "Para mim é um não, infelizmente.",
        "feedback",
        outcome="reject",
        **_VERDICT,
    ),
    # a rejection turned down, another step set up
    P(
        "verdict",
        "en",
        "Not a no from me - let's set up a short case study with the CTO.",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    P(
        "verdict",
        "en",
        "I wouldn't rule her out yet. Could we do one more technical interview?",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    P(
        "verdict",
        "de",
        "Ich würde sie nicht gleich absagen. Lassen Sie uns ein Gespräch mit dem CTO vereinbaren.",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    P(
        "verdict",
        "es",
        "No quisiera descartarla todavía; organicemos una prueba técnica con Pablo.",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    P(
        "verdict",
        "en",
        "I'd like our CFO, Maya Chen, to meet him before we make a call.",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    # holds: sleeping on it, checking with someone first
    P(
        "verdict",
        "en",
        "Let me sleep on it - I'll have a decision for you on Friday.",
        "feedback",
        outcome="hold",
        **_VERDICT,
    ),
    P(
        "verdict",
        "fr",
        "La nuit porte conseil : je vous réponds lundi.",
        "feedback",
        outcome="hold",
        **_VERDICT,
    ),
    P(
        "verdict",
        "es",
        "Necesito consultarlo con dirección, te digo algo en dos semanas.",
        "feedback",
        outcome="hold",
        **_VERDICT,
    ),
    P(
        "verdict",
        "de",
        "Ich muss das noch mit der Geschäftsführung abklären, dann melde ich mich.",
        "feedback",
        outcome="hold",
        **_VERDICT,
    ),
    P(
        "verdict",
        "en",
        "Great candidate, but three more candidates are coming in this week. We'll decide after.",
        "feedback",
        outcome="hold",
        **_VERDICT,
    ),
    # offers: the client keeps the candidate
    P(
        "verdict",
        "en",
        "We'll take her! Please send over the paperwork.",
        "feedback",
        outcome="offer",
        **_VERDICT,
    ),
    P(
        "verdict",
        "pt",
        "Ficamos com ele. Pode avançar com a proposta.",
        "feedback",
        outcome="offer",
        **_VERDICT,
    ),
    P(
        "verdict",
        "fr",
        "On la prend. Préparez l'offre, s'il vous plaît.",
        "feedback",
        outcome="offer",
        **_VERDICT,
    ),
    # relays: a withdrawal said in the present, or forwarded below the recruiter's words
    P(
        "relay",
        "es",
        "Te aviso: Marta se retira del proceso. Cancela lo del jueves.",
        "withdraw",
        **_RELAY,
    ),
    P(
        "relay",
        "pt",
        "O Rui aceitou outra proposta; podes cancelar a entrevista de quarta.",
        "withdraw",
        **_RELAY,
    ),
    P(
        "relay",
        "en",
        "See below - please cancel Wednesday and let the client know."
        + _FWD
        + "Hi, I've accepted another offer, so please take me out of the running.",
        "withdraw",
        **_RELAY,
    ),
    P(
        "relay",
        "de",
        "Siehe unten. Bitte den Termin am Mittwoch absagen."
        + _FWD_DE
        + "Hallo, ich ziehe meine Bewerbung zurück.",
        "withdraw",
        **_RELAY,
    ),
    P(
        "relay",
        "fr",
        "Voir ci-dessous, merci d'annuler mercredi."
        + _FWD_FR
        + "Bonjour, je retire ma candidature.",
        "withdraw",
        **_RELAY,
    ),
    # control: a forward that is no withdrawal leaves the recruiter's own words in charge
    P(
        "relay",
        "en",
        "Please cancel Wednesday's interview, see below."
        + _FWD
        + "Hi, something came up at work on Wednesday, sorry!",
        "cancel",
        **_RELAY,
    ),
    # controls: a refusal the time reader cannot scope is handed over, not acted on; a verdict
    # word that is no verdict; a calendar that lacks the invite is no confirmation
    P(
        "ruled-out",
        "en",
        "It's a no-go for Thursday, sorry - how about Friday?",
        "availability",
        ((4, "09:00", "17:00"),),
        role="client",
        **_PICK,
    ),
    P(
        "verdict",
        "en",
        "Strong. We'll take him through the case study next.",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    P(
        "plain",
        "en",
        "It's not in my calendar yet - could you resend the invite?",
        "question",
        stage="scheduled",
        context=BOOKED,
    ),
    # hours the reader may give to the broader phrase instead of the days named in it, and a
    # day named in a clause that explains why it is out: right, or handed over
    P(
        "relay",
        "es",
        "Quiere cambiar la entrevista: puede el lunes o el martes de la semana que "
        "viene, de 9 a 11.",
        "reschedule",
        ((7, "09:00", "11:00"), (8, "09:00", "11:00")),
        **_RELAY,
    ),
    P(
        "relay",
        "en",
        "She'd like to move it - Monday or Tuesday next week, 2 to 4pm.",
        "reschedule",
        ((7, "14:00", "16:00"), (8, "14:00", "16:00")),
        **_RELAY,
    ),
    P(
        "ruled-out",
        "en",
        "Thursday I'm at a customer site all day, so that's out. Friday morning works.",
        "availability",
        ((4, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Donnerstag bin ich den ganzen Tag beim Kunden. Freitag vormittag geht.",
        "availability",
        ((4, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Jeudi je suis en déplacement toute la journée ; vendredi matin, ça me va.",
        "availability",
        ((4, "09:00", "12:00"),),
    ),
    # the issue's own examples of kinds 4-6, said in other words and languages
    P(
        "pick",
        "de",
        "Leider passt keiner der drei Termine, ich melde mich wieder.",
        "decline",
        **_PICK,
    ),
    P(
        "pick",
        "pt",
        "Na quarta, o horário da tarde mais tarde, se possível.",
        "accept",
        selected=3,
        **_PICK,
    ),
    P("pick", "fr", "Mercredi, celui de 16h.", "accept", selected=3, **_PICK),
    P("pick", "en", "The Wednesday 1pm ET slot, that's 6pm for me.", "accept", selected=1, **_PICK),
    P(
        "pick",
        "es",
        "La opción del jueves a las 10, que para mí son las 16h.",
        "accept",
        selected=2,
        **_PICK,
    ),
    P("pick", "en", "I'll take the earlier Wednesday slot.", "accept", selected=1, **_PICK),
    P(
        "pick",
        "de",
        "Am Mittwoch lieber den Nachmittagstermin um 16 Uhr.",
        "accept",
        selected=3,
        **_PICK,
    ),
    P(
        "verdict",
        "de",
        "Wir haben uns gegen ihn entschieden.",
        "feedback",
        outcome="reject",
        **_VERDICT,
    ),
    P(
        "verdict",
        "en",
        "Our top choice, but we're waiting on budget sign-off - give us two weeks.",
        "feedback",
        outcome="hold",
        **_VERDICT,
    ),
    P(
        "verdict",
        "es",
        "Es nuestra favorita, pero falta la aprobación del presupuesto. Dadnos dos semanas.",
        "feedback",
        outcome="hold",
        **_VERDICT,
    ),
    P(
        "verdict",
        "fr",
        "C'est notre favori, mais nous sommes en attente de validation budgétaire. "
        "Laissez-nous deux semaines.",
        "feedback",
        outcome="hold",
        **_VERDICT,
    ),
    P(
        "verdict",
        "en",
        "Strong interview. Let's do a final 30-minute chat with our CEO next week.",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    P(
        "verdict",
        "fr",
        "Très bon échange. On aimerait qu'elle rencontre notre DG la semaine prochaine.",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    P(
        "verdict",
        "pt",
        "Não vamos seguir com ela, falta experiência com clientes.",
        "feedback",
        outcome="reject",
        **_VERDICT,
    ),
    P(
        "relay",
        "en",
        "Please cancel Jake's final panel on Wednesday, I'll call him this afternoon.",
        "cancel",
        **_RELAY,
    ),
    P(
        "relay",
        "de",
        "Kurze Info: Frau Lenz zieht ihre Bewerbung zurück. Bitte den Termin absagen.",
        "withdraw",
        **_RELAY,
    ),
    P(
        "relay",
        "fr",
        "Petit point : Hugo a accepté une autre offre, merci d'annuler mercredi.",
        "withdraw",
        **_RELAY,
    ),
    P(
        "relay",
        "es",
        "Lucía ha aceptado otra oferta, cancela lo del miércoles por favor.",
        "withdraw",
        **_RELAY,
    ),
    # a later answer promised about an hour alone defers nothing the reply offers
    P(
        "ruled-out",
        "en",
        "Thursday any time works. I'll check with my manager and confirm around 3.",
        "availability",
        ((3, "09:00", "17:00"),),
    ),
    P(
        "pick",
        "en",
        "Let's go with the later of the two Wednesday slots.",
        "accept",
        selected=3,
        **_PICK,
    ),
    P("pick", "es", "El miércoles, la más temprana de las dos.", "accept", selected=1, **_PICK),
    P("pick", "en", "The Thursday 10am ET slot, please.", "accept", selected=2, **_PICK),
    P("pick", "de", "Nehmen wir den Donnerstag um 10 Uhr ET.", "accept", selected=2, **_PICK),
    P("pick", "pt", "Nenhuma das três dá, depois te falo.", "decline", **_PICK),
    P(
        "verdict",
        "es",
        "Nos hemos decidido por otra persona.",
        "feedback",
        outcome="reject",
        **_VERDICT,
    ),
    P(
        "verdict",
        "fr",
        "Nous avons opté pour un autre profil.",
        "feedback",
        outcome="reject",
        **_VERDICT,
    ),
    P(
        "verdict",
        "es",
        "Me gustaría que nuestra jefa de equipo la conociera antes de decidir.",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    # a candidate's exit relayed in the third person; a cancel whose call-back is no window
    P(
        "relay",
        "fr",
        "Pour info, Paul ne souhaite plus poursuivre le processus.",
        "withdraw",
        role="recruiter",
    ),
    P(
        "relay",
        "es",
        "Para que lo sepas: Andrés ya no quiere seguir en el proceso.",
        "withdraw",
        role="recruiter",
    ),
    P("relay", "pt", "O Rui já não quer continuar no processo.", "withdraw", role="recruiter"),
    P(
        "relay",
        "de",
        "Frau Lenz möchte leider nicht mehr weitermachen.",
        "withdraw",
        role="recruiter",
    ),
    P("relay", "en", "Sam no longer wants to proceed.", "withdraw", role="recruiter"),
    P(
        "relay",
        "de",
        "Bitte das Abschlussgespräch mit Jonas am Mittwoch absagen, ich rufe ihn "
        "heute Nachmittag an.",
        "cancel",
        **_RELAY,
    ),
    P(
        "relay",
        "pt",
        "Cancela a entrevista final do Rui na quarta, ligo para ele hoje à tarde.",
        "cancel",
        **_RELAY,
    ),
    P("verdict", "es", "No queremos seguir con él.", "feedback", outcome="reject", **_VERDICT),
    # a day ruled out by what the sender does there, then by anaphora ("that one's out"): the
    # time reader offers it, the constraint clause hands the reply over
    P(
        "ruled-out",
        "en",
        "Wednesday I'm at our plant all day, so that one's out. Thursday morning works.",
        "availability",
        ((3, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "El miércoles estoy en la fábrica todo el día, así que ese no. El jueves por la mañana sí.",
        "availability",
        ((3, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "Quarta estou na fábrica o dia todo, essa não dá. Quinta de manhã pode ser.",
        "availability",
        ((3, "09:00", "12:00"),),
    ),
    # whole replies with greeting and sign-off, of the same constructs
    P(
        "pick",
        "en",
        "Hi there,\n\nThanks for sending these over. Thursday is the only one that works "
        "for me, so let's lock that in.\n\nBest,\nMark",
        "accept",
        selected=2,
        **_PICK,
    ),
    P(
        "pick",
        "en",
        "Hi,\n\nApologies for the slow reply. I can't do Wednesday at all (back-to-back "
        "client meetings), but Thursday morning is fine.\n\nCheers",
        "accept",
        selected=2,
        **_PICK,
    ),
    P(
        "pick",
        "es",
        "Hola:\n\nGracias por las opciones. Me viene mejor la segunda.\n\nUn saludo,\nLaura",
        "accept",
        selected=2,
        **_PICK,
    ),
    P(
        "pick",
        "fr",
        "Bonjour,\n\nJe prends le créneau du jeudi matin.\n\nBien à vous,\nClaire",
        "accept",
        selected=2,
        **_PICK,
    ),
    P(
        "pick",
        "de",
        "Hallo,\n\nam liebsten Mittwoch, dann aber den späten Termin.\n\nGruß\nTim",
        "accept",
        selected=3,
        **_PICK,
    ),
    P(
        "pick",
        "pt",
        "Olá,\n\nPrefiro a de quarta à tarde, a mais tarde.\n\nAbraço",
        "accept",
        selected=3,
        **_PICK,
    ),
    P(
        "pick",
        "en",
        "Hey - none of those work, I'm on holiday that week. I'll come back with new "
        "times when I'm back.",
        "decline",
        **_NEXT_PICK,
    ),
    P(
        "pick",
        "de",
        "Hallo, leider klappt keiner der Termine, ich bin die ganze Woche auf "
        "Dienstreise. Ich melde mich, sobald ich zurück bin.",
        "decline",
        **_NEXT_PICK,
    ),
    P(
        "pick",
        "es",
        "Ninguna de esas fechas me viene bien, estoy de viaje toda la semana. Te escribo "
        "cuando vuelva.",
        "decline",
        **_NEXT_PICK,
    ),
    P(
        "verdict",
        "en",
        "Hi,\n\nThanks for setting this up. Honestly she was great - sharp, well "
        "prepared, good questions. We'd love to get her in for the final round with the "
        "founders.\n\nThanks,\nRob",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    P(
        "verdict",
        "en",
        "Hi,\n\nHe interviewed well but we've decided to go in a different direction. "
        "Please pass on our thanks.\n\nJo",
        "feedback",
        outcome="reject",
        **_VERDICT,
    ),
    P(
        "verdict",
        "de",
        "Hallo,\n\nvielen Dank für die Organisation. Wir würden Frau Kaya gerne ein "
        "Angebot machen.\n\nBeste Grüße",
        "feedback",
        outcome="offer",
        **_VERDICT,
    ),
    P(
        "verdict",
        "fr",
        "Bonjour,\n\nNous avons bien aimé Thomas mais nous attendons encore le feu vert "
        "de la direction. Je reviens vers vous d'ici deux semaines.\n\nCordialement",
        "feedback",
        outcome="hold",
        **_VERDICT,
    ),
    P(
        "verdict",
        "pt",
        "Oi,\n\nInfelizmente ela não tem o perfil que procuramos. Obrigado mesmo assim.\n\nAbs",
        "feedback",
        outcome="reject",
        **_VERDICT,
    ),
    P(
        "verdict",
        "es",
        "Hola,\n\nNos gustó mucho. Queremos hacerle una oferta cuanto antes.\n\nSaludos",
        "feedback",
        outcome="offer",
        **_VERDICT,
    ),
    P(
        "relay",
        "en",
        "Hi team,\n\nFYI Jake has asked to move his final. He's free Thursday after 3 or "
        "any time Friday.\n\nThanks,\nMeg",
        "reschedule",
        ((3, "15:00", "17:00"), (4, "09:00", "17:00")),
        **_RELAY,
    ),
    P(
        "relay",
        "en",
        "Please cancel Nina's interview tomorrow - the client has filled the role.",
        "cancel",
        **_RELAY,
    ),
    # picks restated in the sender's zone, a lone digit against a refused option number, and an
    # option that merely falls inside hours named with no day (handed over)
    P(
        "pick",
        "en",
        "The Wednesday 1pm ET slot works - that's 6pm for me.",
        "accept",
        selected=1,
        zone="Europe/London",
        **_PICK,
    ),
    P(
        "pick",
        "en",
        "Wednesday at 6pm my time works.",
        "accept",
        selected=1,
        zone="Europe/London",
        **_PICK,
    ),
    P(
        "pick",
        "fr",
        "Mercredi 19h chez moi, donc le créneau de 13h ET, parfait.",
        "accept",
        selected=1,
        zone="Europe/Paris",
        **_PICK,
    ),
    P(
        "pick",
        "es",
        "Me va bien el jueves a las 10 ET (las 16h aquí).",
        "accept",
        selected=2,
        zone="Europe/Madrid",
        **_PICK,
    ),
    P(
        "pick",
        "de",
        "Donnerstag 10 Uhr ET, also 16 Uhr bei mir – passt.",
        "accept",
        selected=2,
        zone="Europe/Berlin",
        **_PICK,
    ),
    P("pick", "en", "Option 2 is no good, but 3 works.", "accept", selected=3, **_PICK),
    P("pick", "en", "Not Thursday. Wednesday at 4 is fine.", "accept", selected=3, **_PICK),
    P("pick", "pt", "A segunda opção não dá, mas a terceira serve.", "accept", selected=3, **_PICK),
    P(
        "pick",
        "en",
        "Either Wednesday slot is fine, the earlier one ideally.",
        "accept",
        selected=1,
        **_PICK,
    ),
    P(
        "pick",
        "en",
        "Option 2 doesn't work, I'm free after 3 that day though.",
        "availability",
        ((3, "15:00", "17:00"),),
        **_PICK,
    ),
    P("pick", "en", "Option 1 is out for me; 3 is fine.", "accept", selected=3, **_PICK),
    P("pick", "de", "Vorschlag 1 geht leider nicht, 3 passt.", "accept", selected=3, **_PICK),
    # every option refused, new times promised, and a return day the reader takes for an offer:
    # handed over; a present "te paso" hands the times over now
    P(
        "pick",
        "en",
        "None of these work - I'm away all next week (back Friday evening). I'll send "
        "new times when I'm back.",
        "decline",
        **_NEXT_PICK,
    ),
    P(
        "pick",
        "es",
        "Ninguna me sirve, estoy fuera toda la semana que viene (vuelvo el viernes por "
        "la noche). Te mando otras fechas a la vuelta.",
        "decline",
        **_NEXT_PICK,
    ),
    P(
        "pick",
        "de",
        "Keiner der Termine geht, ich bin nächste Woche unterwegs, zurück am "
        "Freitagabend. Ich schicke dann neue Zeiten.",
        "decline",
        **_NEXT_PICK,
    ),
    P(
        "relay",
        "es",
        "Te paso la disponibilidad de Carmen: el lunes de 9 a 11.",
        "availability",
        ((7, "09:00", "11:00"),),
        role="recruiter",
    ),
    # a recruiter relaying new times above the candidate's superseded ones, forwarded below
    P(
        "relay",
        "en",
        "Ana needs to move Wednesday - she's now free Thursday 2-4pm instead, see "
        "below." + _FWD + "Hi, could we do Monday 10-12 or Tuesday morning instead?",
        "reschedule",
        ((3, "14:00", "16:00"),),
        **_RELAY,
    ),
    P(
        "relay",
        "es",
        "Ana tiene que cambiar lo del miércoles: ahora puede el jueves de 14 a 16."
        + _FWD
        + "Hola, ¿podríamos el lunes de 10 a 12?",
        "reschedule",
        ((3, "14:00", "16:00"),),
        **_RELAY,
    ),
    P(
        "relay",
        "fr",
        "Léa doit déplacer mercredi : elle peut maintenant jeudi de 14h à 16h."
        + _FWD_FR
        + "Bonjour, serait-il possible lundi de 10h à 12h ?",
        "reschedule",
        ((3, "14:00", "16:00"),),
        **_RELAY,
    ),
    P(
        "relay",
        "de",
        "Herr Berg muss den Mittwoch verschieben, er kann jetzt Donnerstag von 14 bis "
        "16 Uhr." + _FWD_DE + "Hallo, ginge auch Montag 10 bis 12?",
        "reschedule",
        ((3, "14:00", "16:00"),),
        **_RELAY,
    ),
    # a booked time confirmed by putting it in the calendar
    P("plain", "en", "Thanks, it's in my calendar.", "accept", stage="scheduled", context=BOOKED),
    P(
        "plain",
        "de",
        "Danke, steht im Kalender. Ich freue mich auf das Gespräch.",
        "accept",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "plain",
        "es",
        "Ya lo tengo en mi agenda, gracias.",
        "accept",
        stage="scheduled",
        context=BOOKED,
    ),
)


# The windows tuner's probes (kinds 1-3): each construct fixed on the held-out a-* cases,
# written again in other words and languages.
PROBES_WINDOWS: tuple[Probe, ...] = (
    # travel told after the day it rules out
    P(
        "ruled-out",
        "en",
        "Wednesday suits me. Thursday I'm flying out to Denver.",
        "availability",
        ((2, "09:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Mittwoch geht ab 14 Uhr, Freitag fliegen wir nach Wien.",
        "availability",
        ((2, "14:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "El jueves viajo a Lima; el miércoles por la tarde sí.",
        "availability",
        ((2, "12:00", "17:00"),),
    ),
    # "not ideal" in the other languages
    P(
        "ruled-out",
        "fr",
        "Jeudi ce n'est pas top pour moi, mercredi après-midi ça marche.",
        "availability",
        ((2, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "Quarta não é o ideal; quinta de manhã serve.",
        "availability",
        ((3, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Donnerstag passt uns eher schlecht, Freitag vormittag gerne.",
        "availability",
        ((4, "09:00", "12:00"),),
    ),
    # a per-day list whose entry is empty
    P(
        "time-of-day",
        "en",
        "Here is what she has:\nWednesday: 10-11am\nThursday: nothing, client visit\n"
        "Friday: after 3pm",
        "availability",
        ((2, "10:00", "11:00"), (4, "15:00", "17:00")),
        role="client",
    ),
    P(
        "time-of-day",
        "de",
        "Seine Termine:\nMittwoch: 10-12 Uhr\nDonnerstag: leider nichts\nFreitag: ab 13 Uhr",
        "availability",
        ((2, "10:00", "12:00"), (4, "13:00", "17:00")),
        role="client",
    ),
    # the day the sender is back is no offer
    P(
        "ruled-out",
        "fr",
        "Je suis en congés toute la semaine prochaine, donc aucun de ces créneaux ne me "
        "convient. De retour le lundi 14, je vous écris à ce moment-là.",
        "decline",
        stage="proposed",
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "ruled-out",
        "pt",
        "Estou de férias na próxima semana, por isso nenhuma das opções dá. Quando voltar, "
        "no dia 14, mando novas datas.",
        "decline",
        stage="proposed",
        context=NEXT_WEEK_OPTIONS,
    ),
    # a reply-by deadline is no window
    P(
        "ruled-out",
        "es",
        "Puedo el jueves de 10 a 12. ¿Me lo confirmas antes del miércoles?",
        "availability",
        ((3, "10:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "Posso na quinta das 15h às 16h. Consegue confirmar até quarta?",
        "availability",
        ((3, "15:00", "16:00"),),
    ),
    # tables: marks pair with their own row and column; a row marked busy is no offer
    P(
        "html",
        "fr",
        "<p>Disponibilités :</p><table><tr><td>Jour</td><td>Matin</td><td>Après-midi</td></tr>"
        "<tr><td>mercredi 2</td><td>oui</td><td>non</td></tr>"
        "<tr><td>jeudi 3</td><td>non</td><td>non</td></tr>"
        "<tr><td>vendredi 4</td><td>non</td><td>oui</td></tr></table>",
        "availability",
        ((2, "09:00", "12:00"), (4, "12:00", "17:00")),
        html=True,
    ),
    P(
        "html",
        "pt",
        "<table><tr><th></th><th>Qua 2</th><th>Qui 3</th></tr>"
        "<tr><td>10:00-12:00</td><td>Livre</td><td>Ocupado</td></tr>"
        "<tr><td>14:00-16:00</td><td>Ocupado</td><td>Livre</td></tr></table>",
        "availability",
        ((2, "10:00", "12:00"), (3, "14:00", "16:00")),
        role="client",
        html=True,
    ),
    P(
        "html",
        "en",
        "<div>Her slots:</div><table><tr><td><p>From</p></td><td><p>To</p></td><td><p>Day</p></td>"
        "<td><p>OK?</p></td></tr><tr><td><p>9am</p></td><td><p>11am</p></td>"
        "<td><p>Thursday 3 Dec</p></td><td><p>Yes</p></td></tr><tr><td><p>1pm</p></td>"
        "<td><p>3pm</p></td><td><p>Friday 4 Dec</p></td><td><p>No</p></td></tr></table>",
        "availability",
        ((3, "09:00", "11:00"),),
        role="client",
        html=True,
    ),
    # short weekdays before a date, as schedules write them
    P(
        "time-of-day",
        "de",
        "Termine von Frau Maier:\nMi 2.12.: 9-11 Uhr\nDo 3.12.: belegt\nFr 4.12.: ab 14 Uhr",
        "availability",
        ((2, "09:00", "11:00"), (4, "14:00", "17:00")),
        role="client",
    ),
    P(
        "time-of-day",
        "es",
        "Agenda del director:\nMié 2: de 10 a 11\nJue 3: ocupado\nVie 4: después de las 15",
        "availability",
        ((2, "10:00", "11:00"), (4, "15:00", "17:00")),
        role="client",
    ),
    # the sender's week written off, a relayed "cannot", a deadline with an accented verb
    P(
        "ruled-out",
        "en",
        "This week is a total washout, sorry. Next Tuesday I can do before lunch.",
        "availability",
        ((8, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "Hablé con Marta: esta semana no puede, está de viaje. El martes 8 por la mañana sí.",
        "availability",
        ((8, "09:00", "12:00"),),
        role="recruiter",
    ),
    P(
        "ruled-out",
        "es",
        "El viernes no nos viene bien; el jueves de 9 a 11. Avísame antes del miércoles, porfa.",
        "availability",
        ((3, "09:00", "11:00"),),
        role="client",
    ),
    # "segunda"/"quinta" that count interviews, not days
    P(
        "ruled-out",
        "pt",
        "Para a segunda entrevista posso na quinta das 14h às 16h.",
        "availability",
        ((3, "14:00", "16:00"),),
    ),
    # an hour and a half or a quarter said in words
    P(
        "time-of-day",
        "es",
        "Me va bien el jueves a las once y media.",
        "availability",
        ((3, "11:30", "12:30"),),
    ),
    P(
        "time-of-day",
        "fr",
        "Vendredi à deux heures et demie, ça me convient.",
        "availability",
        ((4, "14:30", "15:30"),),
    ),
    P(
        "time-of-day",
        "pt",
        "Pode ser quinta às três e um quarto?",
        "availability",
        ((3, "15:15", "16:15"),),
    ),
    # a greeting is no day ("Guten Morgen" is not tomorrow), "der 4." is a date
    P(
        "time-of-day",
        "de",
        "Guten Morgen, ich könnte Freitag, den 4., ab 10 Uhr.",
        "availability",
        ((4, "10:00", "17:00"),),
    ),
    P(
        "time-of-day",
        "es",
        "Buenos días, el jueves por la tarde me viene bien.",
        "availability",
        ((3, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Passt es am Montag, der 7., oder Dienstag, der 8., jeweils ab 14 Uhr?",
        "availability",
        ((7, "14:00", "17:00"), (8, "14:00", "17:00")),
    ),
    # a signature's office hours are no offer
    P(
        "ruled-out",
        "en",
        "Thursday 2-4pm works.\n\nDana Ruiz\nHours: Mon-Fri 8am-6pm ET",
        "availability",
        ((3, "14:00", "16:00"),),
        role="client",
    ),
    # "the week of the 14th" is that whole week
    P(
        "ruled-out",
        "fr",
        "La semaine prochaine je suis en déplacement. La semaine du 14, n'importe quel jour.",
        "availability",
        tuple((d, "09:00", "17:00") for d in (14, 15, 16, 17, 18)),
    ),
    P(
        "ruled-out",
        "es",
        "Esta semana me es imposible; la semana del 14, cuando quieras.",
        "availability",
        tuple((d, "09:00", "17:00") for d in (14, 15, 16, 17, 18)),
    ),
    # a range of days by their numbers, and an aside restating the days refused
    P(
        "ruled-out",
        "fr",
        "Je suis libre du 14 au 16, plutôt le matin.",
        "availability",
        ((14, "09:00", "12:00"), (15, "09:00", "12:00"), (16, "09:00", "12:00")),
    ),
    P(
        "ruled-out",
        "es",
        "La semana que viene estoy fuera (del 7 al 11), así que mejor este jueves por la tarde.",
        "availability",
        ((3, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "I'm away next week (the 7th to the 11th); this Friday morning would work.",
        "availability",
        ((4, "09:00", "12:00"),),
    ),
    # weekdays "of next week" are framed by it
    P(
        "time-of-day",
        "en",
        "Could we do Monday or Tuesday of next week, 10 to 12?",
        "availability",
        ((7, "10:00", "12:00"), (8, "10:00", "12:00")),
    ),
    P(
        "time-of-day",
        "es",
        "Me iría bien el lunes o el martes de la semana que viene, de 15 a 17.",
        "availability",
        ((7, "15:00", "17:00"), (8, "15:00", "17:00")),
    ),
    # a day with its own part of day ends a list: "this afternoon or tomorrow morning"
    P(
        "time-of-day",
        "en",
        "Tonight is out but this afternoon or tomorrow morning both work.",
        "availability",
        ((1, "12:00", "17:00"), (2, "09:00", "12:00")),
    ),
    # "so that one's out" turns down the day just named
    P(
        "ruled-out",
        "en",
        "Friday after 1 suits. Thursday we have the board meeting, so that one's out.",
        "availability",
        ((4, "13:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "El viernes por la mañana perfecto. El jueves tengo comité, así que descartado.",
        "availability",
        ((4, "09:00", "12:00"),),
        role="client",
    ),
    P(
        "ruled-out",
        "fr",
        "Vendredi après-midi ça me va. Jeudi j'ai un comité, donc impossible.",
        "availability",
        ((4, "12:00", "17:00"),),
    ),
    # a greeting opening the reply is no part of day
    P(
        "time-of-day",
        "en",
        "Morning! Could we move Wednesday's call to Friday after 2pm?",
        "reschedule",
        ((4, "14:00", "17:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    # a month's range of days, and "the week after" it
    P(
        "ruled-out",
        "en",
        "I'm away Dec 7-11, so could we aim for the week after? Any morning works.",
        "availability",
        tuple((d, "09:00", "12:00") for d in (14, 15, 16, 17, 18)),
    ),
    P(
        "ruled-out",
        "es",
        "Del 7 al 11 estoy de vacaciones. ¿La semana siguiente? Cualquier tarde.",
        "availability",
        tuple((d, "12:00", "17:00") for d in (14, 15, 16, 17, 18)),
    ),
    # the end of next week, in Portuguese and German
    P(
        "time-of-day",
        "pt",
        "Pode ser no fim da próxima semana, de tarde?",
        "availability",
        ((10, "12:00", "17:00"), (11, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Ende nächster Woche ginge bei mir, am liebsten vormittags.",
        "availability",
        ((10, "09:00", "12:00"), (11, "09:00", "12:00")),
    ),
    # a refused week frames no other day of its sentence
    P(
        "ruled-out",
        "pt",
        "Na próxima semana estou fora, então só nesta: quinta de manhã.",
        "availability",
        ((3, "09:00", "12:00"),),
    ),
    # someone else's morning is no offer
    P(
        "time-of-day",
        "en",
        "Friday 4-6pm my time, or if the panel prefers their own morning, Monday 9-10am.",
        "availability",
        ((4, "16:00", "18:00"), (7, "09:00", "10:00")),
    ),
    # a day named bare and again with hours is offered at those hours
    P(
        "time-of-day",
        "en",
        "It would have to be Thursday. Thursday I'm free from 3pm.",
        "availability",
        ((3, "15:00", "17:00"),),
    ),
    # a promise to send times covers every day of its clause
    P(
        "ruled-out",
        "en",
        "None of those work, I'm at a trade fair that whole week. I'll get back to you by "
        "Friday with times for the week after.",
        "decline",
        stage="proposed",
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "ruled-out",
        "fr",
        "Aucun de ces créneaux ne me convient. Je reviens vers vous jeudi avec des "
        "disponibilités pour la semaine suivante.",
        "decline",
        stage="proposed",
        context=NEXT_WEEK_OPTIONS,
    ),
    # ranges of days inside a month, in five languages, and "the following week"
    P(
        "ruled-out",
        "en",
        "I'm on leave 7-11 Dec, so the following week works, any afternoon.",
        "availability",
        tuple((d, "12:00", "17:00") for d in (14, 15, 16, 17, 18)),
    ),
    P(
        "ruled-out",
        "fr",
        "Je suis absent du 7 au 11 décembre. Le 14 ou le 15 après 14h.",
        "availability",
        ((14, "14:00", "17:00"), (15, "14:00", "17:00")),
    ),
    P(
        "ruled-out",
        "de",
        "Ich bin vom 7. bis 11. Dezember im Urlaub. Am 14. oder 15. ab 10 Uhr.",
        "availability",
        ((14, "10:00", "17:00"), (15, "10:00", "17:00")),
    ),
    P(
        "ruled-out",
        "pt",
        "Estou de férias de 7 a 11 de dezembro; dia 14 ou 15 à tarde.",
        "availability",
        ((14, "12:00", "17:00"), (15, "12:00", "17:00")),
    ),
    P(
        "ruled-out",
        "es",
        "Estaré de vacaciones del 7 al 11 de diciembre; la semana del 14, cualquier mañana.",
        "availability",
        tuple((d, "09:00", "12:00") for d in (14, 15, 16, 17, 18)),
    ),
    # an appointment told after the day
    P(
        "ruled-out",
        "fr",
        "Jeudi je suis en rendez-vous client toute la journée, vendredi matin ok.",
        "availability",
        ((4, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Donnerstag bin ich beim Kunden, Freitag ab 14 Uhr passt.",
        "availability",
        ((4, "14:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "Quinta tenho consulta médica, sexta depois das 10h.",
        "availability",
        ((4, "10:00", "17:00"),),
    ),
    # two bounds joined by "or", an exception whose time opens with "from", "anytime bar"
    P(
        "time-of-day",
        "en",
        "Wednesday works, but only before 11 or after 3.",
        "availability",
        ((2, "09:00", "11:00"), (2, "15:00", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "On Thursday I'm free all day apart from 3 to 4.",
        "availability",
        ((3, "09:00", "15:00"), (3, "16:00", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Friday anytime bar 1-2pm.",
        "availability",
        ((4, "09:00", "13:00"), (4, "14:00", "17:00")),
    ),
    # first and last thing in the day
    P(
        "time-of-day",
        "es",
        "Jueves a primera hora o viernes a última hora.",
        "availability",
        ((3, "09:00", "12:00"), (4, "15:00", "17:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "Mercredi en fin de journée ou jeudi en début d'après-midi.",
        "availability",
        ((2, "15:00", "17:00"), (3, "12:00", "17:00")),
    ),
    # "tricky" in the other languages, German day-and-part compounds
    P(
        "ruled-out",
        "es",
        "Lunes complicado, el martes por la tarde mejor.",
        "availability",
        ((8, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Lundi c'est compliqué, mardi après-midi plutôt.",
        "availability",
        ((8, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Montag ist schwierig, Dienstagnachmittag wäre besser.",
        "availability",
        ((8, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "Segunda é complicado, terça à tarde é melhor.",
        "availability",
        ((8, "12:00", "17:00"),),
    ),
    # reply-by deadlines in Spanish and German
    P(
        "ruled-out",
        "es",
        "Dime algo antes del jueves; puedo el lunes de 3 a 5.",
        "availability",
        ((7, "15:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Bitte bis Donnerstag bestätigen; Montag 15-17 Uhr geht.",
        "availability",
        ((7, "15:00", "17:00"),),
    ),
    # "the same slot" is the booked interview's hours on the day named
    P(
        "time-of-day",
        "en",
        "Something came up - same slot on Thursday instead?",
        "reschedule",
        ((3, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "time-of-day",
        "fr",
        "Un imprévu : on peut décaler à jeudi, même créneau ?",
        "reschedule",
        ((3, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
)


# Round 3 (intents, picks, verdicts, relays): variants of the constructs the held-out c-* set
# showed misread, in other words and languages. Options: 1 Wed 13:00, 2 Thu 10:00, 3 Wed 16:00.
_ACK = {"role": "client", "stage": "scheduled", "context": BOOKED}
_STOP = {"role": "recruiter", "stage": "proposed", "context": OPTIONS}
_THURSDAY = {"stage": "scheduled", "context": {"scheduled": _slot(3, 14)}}
PROBES_R3A: tuple[Probe, ...] = (
    # ordinals listed together, one of the others turned down
    P(
        "pick",
        "en",
        "The second or the third would suit - the first clashes with school pickup.",
        "accept",
        selected=2,
        **_PICK,
    ),
    P(
        "pick",
        "es",
        "Me vendría bien la primera o la tercera; la segunda choca con otra reunión.",
        "accept",
        selected=1,
        **_PICK,
    ),
    P(
        "pick",
        "de",
        "Ich könnte den zweiten oder den dritten, der erste geht leider nicht.",
        "accept",
        selected=2,
        **_PICK,
    ),
    # a selector led by a definite article names an option even when asked as a question
    P(
        "pick",
        "en",
        "Can you book me into the earlier of the two Wednesday slots?",
        "accept",
        selected=1,
        **_PICK,
    ),
    P("pick", "pt", "Pode marcar o mais tarde de quarta-feira?", "accept", selected=3, **_PICK),
    P(
        "pick",
        "de",
        "Könnten Sie mir den späteren Termin am Mittwoch geben?",
        "accept",
        selected=3,
        **_PICK,
    ),
    # "rather" followed by a selector prefers among the options
    P(
        "pick",
        "fr",
        "Mercredi ça me va, mais plutôt le plus tôt des deux.",
        "accept",
        selected=1,
        **_PICK,
    ),
    P(
        "pick",
        "fr",
        "Je préfère mercredi, plutôt le plus tard des deux.",
        "accept",
        selected=3,
        **_PICK,
    ),
    # a budget or sign-off not there yet: hold
    P(
        "verdict",
        "en",
        "He's the one we want, but the budget hasn't been signed off yet.",
        "feedback",
        outcome="hold",
        **_VERDICT,
    ),
    P(
        "verdict",
        "de",
        "Sie ist unsere Favoritin, aber das Budget ist noch nicht freigegeben.",
        "feedback",
        outcome="hold",
        **_VERDICT,
    ),
    P(
        "verdict",
        "pt",
        "Gostamos muito dele, mas o orçamento ainda não foi aprovado.",
        "feedback",
        outcome="hold",
        **_VERDICT,
    ),
    # not ruled out, and a next step for the candidate: advance
    P(
        "verdict",
        "pt",
        "Não o descartaria; que faça um teste técnico com a equipa.",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    P(
        "verdict",
        "fr",
        "Je ne l'écarterais pas tout de suite ; qu'elle passe un test technique.",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    P(
        "verdict",
        "en",
        "I wouldn't rule her out yet - have her do a take-home exercise.",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    # a recruiter stops the booking: cancel
    P(
        "relay",
        "en",
        "Please stop scheduling anything for Priya, the client has paused interviews.",
        "cancel",
        **_STOP,
    ),
    P(
        "relay",
        "es",
        "No agendes nada más con Lucía, el cliente está replanteando el puesto.",
        "cancel",
        **_STOP,
    ),
    P(
        "relay",
        "de",
        "Bitte nichts mehr einplanen für Jonas, der Kunde überdenkt die Stelle.",
        "cancel",
        **_STOP,
    ),
    # a period named in the clause that refuses every option scopes the refusal: no offer
    P(
        "pick",
        "en",
        "None of the three suit me this week, I'm at a conference.",
        "decline",
        **_PICK,
    ),
    P(
        "pick",
        "de",
        "Keiner der drei Termine passt mir diese Woche, ich bin auf Dienstreise.",
        "decline",
        **_PICK,
    ),
    P(
        "pick",
        "fr",
        "Aucun de ces créneaux ne me va cette semaine, je suis en déplacement.",
        "decline",
        **_PICK,
    ),
    # an aside in parentheses names the days of the clause it sits in: busy, not picked; the
    # days are still offered where the time reader misses the aside, so that goes to a person
    P(
        "pick",
        "en",
        "Sadly I'm at a client site those days (Wed-Thu). Monday the 7th after 1pm works.",
        "availability",
        ((7, "13:00", "17:00"),),
        **_PICK,
    ),
    P(
        "pick",
        "es",
        "Estoy de viaje esos días (miércoles y jueves). El lunes 7 después de las 13h me va bien.",
        "availability",
        ((7, "13:00", "17:00"),),
        **_PICK,
    ),
    P(
        "pick",
        "de",
        "Ich bin an den Tagen unterwegs (Mi-Do). Montag, der 7., ab 13 Uhr passt mir.",
        "availability",
        ((7, "13:00", "17:00"),),
        **_PICK,
    ),
    # new times promised for a later day: the day is when they write, not a window
    P(
        "plain",
        "es",
        "¿Podemos cambiar la fecha? Te mando otros horarios mañana.",
        "reschedule",
        **_THURSDAY,
    ),
    P(
        "plain",
        "de",
        "Können wir verschieben? Ich schicke Ihnen morgen neue Termine.",
        "reschedule",
        **_THURSDAY,
    ),
    P(
        "plain",
        "fr",
        "Un empêchement, pouvons-nous décaler ? Je vous envoie demain de nouveaux créneaux.",
        "reschedule",
        **_THURSDAY,
    ),
    P(
        "plain",
        "pt",
        "Tive um imprevisto. Podemos remarcar? Mando-vos outras datas amanhã.",
        "reschedule",
        **_THURSDAY,
    ),
    P(
        "plain",
        "pt",
        "Preciso de mudar a entrevista. Passo-lhe novos horários amanhã.",
        "reschedule",
        **_THURSDAY,
    ),
    # a relayed move in the subjunctive, "her interview" left unexplained no more
    P(
        "relay",
        "pt",
        "O Pedro ligou: por favor remarque a entrevista dele para quinta à tarde.",
        "reschedule",
        ((3, "12:00", "17:00"),),
        **_RELAY,
    ),
    P(
        "relay",
        "pt",
        "A Ana pediu: remarquem a entrevista dela para quinta à tarde.",
        "reschedule",
        ((3, "12:00", "17:00"),),
        **_RELAY,
    ),
    P(
        "relay",
        "es",
        "Lucía me llamó: por favor reprograma su entrevista para el jueves por la tarde.",
        "reschedule",
        ((3, "12:00", "17:00"),),
        **_RELAY,
    ),
    # a busy clause led by "since"/"as" after the offered time gives its reason; one that
    # names its own day still rules that day out
    P(
        "ruled-out",
        "en",
        "Thursday 9-11am suits me best as I'm at home that day.",
        "availability",
        ((3, "09:00", "11:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "Thursday 9-11am is fine, because I'm travelling on Friday.",
        "availability",
        ((3, "09:00", "11:00"),),
    ),
    # refusals, verdicts and relays in forms the lexicon lacked
    P("pick", "es", "Ninguno de los horarios me sirve, lo siento.", "decline", **_PICK),
    P(
        "pick",
        "fr",
        "Mercredi je ne suis pas dispo, jeudi 10h c'est parfait.",
        "accept",
        selected=2,
        **_PICK,
    ),
    P(
        "pick",
        "es",
        "El miércoles no estoy disponible; el jueves a las 10 me va bien.",
        "accept",
        selected=2,
        **_PICK,
    ),
    P("verdict", "pt", "Vamos seguir com outra pessoa.", "feedback", outcome="reject", **_VERDICT),
    P(
        "verdict",
        "es",
        "Hemos decidido avanzar con otra candidata.",
        "feedback",
        outcome="reject",
        **_VERDICT,
    ),
    P(
        "verdict",
        "fr",
        "Nous avons décidé de ne pas aller plus loin avec lui.",
        "feedback",
        outcome="reject",
        **_VERDICT,
    ),
    P(
        "verdict",
        "es",
        "Nos gustaría que hablara con nuestro CTO antes de decidir.",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    P(
        "verdict",
        "pt",
        "Gostaríamos que ela conversasse com o nosso diretor antes de decidirmos.",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    P(
        "verdict",
        "de",
        "Wir würden sie gerne noch unserem CTO vorstellen, bevor wir entscheiden.",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    P(
        "relay",
        "es",
        "Te reenvío: Carla ha decidido no seguir con el proceso.",
        "withdraw",
        **_RELAY,
    ),
    P(
        "relay",
        "pt",
        "Para sua informação: a Rita decidiu não continuar no processo.",
        "withdraw",
        **_RELAY,
    ),
    # a one-word verdict from a phone; a reply in which nothing is recognised goes to a person
    P("verdict", "es", "Paso.", "feedback", outcome="reject", **_VERDICT),
    P("verdict", "de", "Nein.", "feedback", outcome="reject", **_VERDICT),
    P("pick", "en", "Option B please.", "accept", selected=2, **_PICK),
    # one more conversation, its time frame belonging to the next round
    P(
        "verdict",
        "de",
        "Starkes Gespräch. Nächste Woche bitte noch ein kurzes Gespräch mit dem CEO.",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    P(
        "verdict",
        "fr",
        "Bon entretien. Il faudrait encore un échange avec notre CTO.",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    P(
        "verdict",
        "es",
        "Nos gustó. Queremos una charla más con ella y el director.",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    P(
        "verdict",
        "en",
        "Solid. Could we set one more call with her and our CFO?",
        "feedback",
        outcome="advance",
        **_VERDICT,
    ),
    # interviews paused by the recruiter: cancel
    P(
        "relay",
        "fr",
        "Merci de mettre en pause les entretiens pour ce poste, le client revoit le profil.",
        "cancel",
        **_STOP,
    ),
    P(
        "relay",
        "es",
        "Por favor congela las entrevistas de este puesto, el cliente revisa el perfil.",
        "cancel",
        **_STOP,
    ),
    P(
        "relay",
        "de",
        "Bitte die Interviews für die Stelle vorerst stoppen, der Kunde prüft das Profil.",
        "cancel",
        **_STOP,
    ),
    P(
        "relay",
        "pt",
        "Suspende as entrevistas desta vaga, por favor; o cliente está a rever o perfil.",
        "cancel",
        **_STOP,
    ),
    # a yes with a number the reader left unread: which option? A person decides
    P("pick", "es", "El día 3 me viene bien.", "accept", selected=2, **_PICK),
    # praise and thanks to an invite: an acknowledgement
    P("other", "en", "Great, thanks! 👍", "other", **_ACK),
    P("other", "es", "¡Genial, gracias!", "other", **_ACK),
    P("other", "de", "Super, danke!", "other", **_ACK),
)

# Third tuning round, windows and time reading (kinds 1-3).
PROBES_R3B: tuple[Probe, ...] = (
    # "the week of the 14th" frames the weekdays named after it in the sentence
    P(
        "ruled-out",
        "en",
        "Next week is out, I'm at a client site. The week of the 14th I could do Tuesday or "
        "Thursday, ideally late afternoon.",
        "availability",
        ((15, "15:00", "17:00"), (17, "15:00", "17:00")),
    ),
    P(
        "ruled-out",
        "es",
        "La semana del 14 puedo el lunes y el miércoles por la mañana.",
        "availability",
        ((14, "09:00", "12:00"), (16, "09:00", "12:00")),
    ),
    P(
        "ruled-out",
        "de",
        "In der Woche vom 14. ginge bei mir Dienstag oder Mittwoch ab 14 Uhr.",
        "availability",
        ((15, "14:00", "17:00"), (16, "14:00", "17:00")),
    ),
    # hours written "9 h 30" (Quebec) and "14 a 17 hs" (River Plate)
    P(
        "time-of-day",
        "fr",
        "Je serais libre mercredi de 9 h 30 à 11 h 00, ou jeudi à partir de 14 h 15.",
        "availability",
        ((2, "09:30", "11:00"), (3, "14:15", "17:00")),
    ),
    P(
        "time-of-day",
        "es",
        "Puedo el jueves de 14 a 17 hs o el viernes 10 a 12 hs.",
        "availability",
        ((3, "14:00", "17:00"), (4, "10:00", "12:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "Posso na sexta, 9 a 11h.",
        "availability",
        ((4, "09:00", "11:00"),),
    ),
    P(
        "html",
        "fr",
        "<p>Mes disponibilités :</p><table><tr><td>Jour</td><td>Début</td><td>Fin</td>"
        "<td>Libre</td></tr><tr><td>mercredi 2 décembre</td><td>10 h 00</td><td>12 h 30</td>"
        "<td>Oui</td></tr><tr><td>jeudi 3 décembre</td><td>13 h 00</td><td>15 h 00</td>"
        "<td>Non</td></tr><tr><td>vendredi 4 décembre</td><td>14 h 00</td><td>16 h 00</td>"
        "<td>Oui</td></tr></table>",
        "availability",
        ((2, "10:00", "12:30"), (4, "14:00", "16:00")),
        html=True,
    ),
    # the day an interview is moved away from is no offer
    P(
        "ruled-out",
        "de",
        "Können wir den Termin am Mittwoch auf nächste Woche verlegen? Dienstag Nachmittag ginge.",
        "reschedule",
        ((8, "12:00", "17:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "ruled-out",
        "de",
        "Ließe sich das Gespräch am Mittwoch auf Freitag schieben? Freitag Vormittag wäre gut.",
        "reschedule",
        ((4, "09:00", "12:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    # a holiday named in a compound, and the day the sender is back told after it
    P(
        "ruled-out",
        "de",
        "Nächste Woche sind wir alle in den Betriebsferien. Ab dem 14. bin ich wieder da, am "
        "Dienstag, 15. Dezember, ginge es ab 11 Uhr.",
        "availability",
        ((15, "11:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Ich bin ab morgen im Skiurlaub und erst am Montag zurück. Dienstag Vormittag ginge.",
        "availability",
        ((8, "09:00", "12:00"),),
    ),
    # hours in a sentence of their own qualify the days offered, not the one left out
    P(
        "ruled-out",
        "en",
        "For the interview with the candidate I can do next week, except Wednesday "
        "when we have our board meeting. Ideally between 9 and 11.",
        "availability",
        (
            (7, "09:00", "11:00"),
            (8, "09:00", "11:00"),
            (10, "09:00", "11:00"),
            (11, "09:00", "11:00"),
        ),
        role="client",
    ),
    P(
        "ruled-out",
        "pt",
        "Posso qualquer dia da próxima semana menos a sexta. De preferência entre 14 e 16.",
        "availability",
        (
            (7, "14:00", "16:00"),
            (8, "14:00", "16:00"),
            (9, "14:00", "16:00"),
            (10, "14:00", "16:00"),
        ),
    ),
    # "next week, towards the end of the week": the later phrase narrows the week
    P(
        "time-of-day",
        "es",
        "Esta semana ya no puedo. La semana que viene, hacia el final de la semana, mejor por "
        "la mañana.",
        "availability",
        ((10, "09:00", "12:00"), (11, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "La semaine prochaine, plutôt vers la fin de la semaine, l'après-midi.",
        "availability",
        ((10, "12:00", "17:00"), (11, "12:00", "17:00")),
    ),
    # times promised for later are no offer
    P(
        "ruled-out",
        "es",
        "Me surgió un imprevisto el miércoles, ¿podemos mover la entrevista? Le mando opciones "
        "mañana.",
        "reschedule",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "ruled-out",
        "pt",
        "Preciso de remarcar a entrevista de quarta. Enviarei novos horários amanhã.",
        "reschedule",
        stage="scheduled",
        context=BOOKED,
    ),
    # a time inside the hours refused is the refusal's reason, not an offer
    P(
        "time-of-day",
        "en",
        "Monday works, but not 11 to 2 as I'm driving my son to school at noon.",
        "availability",
        ((7, "09:00", "11:00"), (7, "14:00", "17:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Donnerstag geht, nur nicht zwischen 12 und 14 Uhr, da bin ich mittags beim Arzt.",
        "availability",
        ((3, "09:00", "12:00"), (3, "14:00", "17:00")),
    ),
    # every option refused for a week the sender is away: the week is no offer
    P(
        "ruled-out",
        "pt",
        "Desculpem, nenhuma das opções dá esta semana, estou numa obra no interior sem rede.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "ruled-out",
        "fr",
        "Désolé, aucune des options ne colle cette semaine, je suis sur un chantier en Bretagne.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    # a bracketed range of days belongs to the refusal it follows
    P(
        "ruled-out",
        "en",
        "Those all fall while I'm on leave (Wed-Thu). Friday morning would work though.",
        "availability",
        ((4, "09:00", "12:00"),),
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "ruled-out",
        "de",
        "Die Vorschläge liegen alle in meiner Dienstreise (Mi–Do). Freitag Vormittag ginge.",
        "availability",
        ((4, "09:00", "12:00"),),
        stage="proposed",
        context=OPTIONS,
    ),
    # a sentence of hours marked as an addition adds them to the days just offered
    P(
        "time-of-day",
        "de",
        "Nächste Woche geht bei mir jeder Tag, nur nicht zwischen 12 und 14 Uhr. Abends ginge es "
        "auch.",
        "availability",
        (
            (7, "09:00", "12:00"),
            (8, "09:00", "12:00"),
            (9, "09:00", "12:00"),
            (10, "09:00", "12:00"),
            (11, "09:00", "12:00"),
            (7, "14:00", "20:00"),
            (8, "14:00", "20:00"),
            (9, "14:00", "20:00"),
            (10, "14:00", "20:00"),
            (11, "14:00", "20:00"),
        ),
    ),
    P(
        "time-of-day",
        "en",
        "Any day next week is fine, just not 1 to 2 when I have a standup. Evenings work as well.",
        "availability",
        (
            (7, "09:00", "13:00"),
            (8, "09:00", "13:00"),
            (9, "09:00", "13:00"),
            (10, "09:00", "13:00"),
            (11, "09:00", "13:00"),
            (7, "14:00", "20:00"),
            (8, "14:00", "20:00"),
            (9, "14:00", "20:00"),
            (10, "14:00", "20:00"),
            (11, "14:00", "20:00"),
        ),
    ),
)


# An interview booked for Thursday 3 December, 17:00-18:00 ET: a day named whole misses it.
WED_FRI_AFTERNOONS_BUT_3_TO_4 = tuple(
    (day, start, end) for day in (2, 4) for start, end in (("12:00", "15:00"), ("16:00", "17:00"))
)
BOOKED_LATE = {"scheduled": _slot(3, 17)}
# Round 4 (held-out d-* set turned dev): hours refused with no day of their own, an excepted
# weekday that is the one just offered, an article-led or ordinal digit naming an option, another
# round negated, no decision / no budget yet, and another offer taken, relayed.
PROBES_R4: tuple[Probe, ...] = (
    P(
        "time-of-day",
        "en",
        "Next Tuesday or Thursday, from 2:30. Just not between 4 and 4:30, I have a standing call.",
        "availability",
        (
            (8, "14:30", "16:00"),
            (8, "16:30", "17:00"),
            (10, "14:30", "16:00"),
            (10, "16:30", "17:00"),
        ),
    ),
    P(
        "time-of-day",
        "pt",
        "Quarta ou sexta à tarde. Só não entre 15h e 16h.",
        "availability",
        WED_FRI_AFTERNOONS_BUT_3_TO_4,
    ),
    P(
        "time-of-day",
        "es",
        "Puedo el miércoles o el viernes por la tarde. Menos entre las 15 y las 16.",
        "availability",
        WED_FRI_AFTERNOONS_BUT_3_TO_4,
    ),
    P(
        "ruled-out",
        "en",
        "Monday the 7th and Tuesday the 8th I'm free in the afternoon, "
        "except Tuesday between 2 and 3.",
        "availability",
        ((7, "12:00", "17:00"), (8, "12:00", "14:00"), (8, "15:00", "17:00")),
    ),
    P(
        "ruled-out",
        "de",
        "Am Montag, den 7., und am Dienstag, den 8., kann ich nachmittags, "
        "außer Dienstag von 14 bis 15 Uhr.",
        "availability",
        ((7, "12:00", "17:00"), (8, "12:00", "14:00"), (8, "15:00", "17:00")),
    ),
    P(
        "ruled-out",
        "es",
        "El lunes 7 y el martes 8 puedo por la tarde, salvo el martes de 14 a 15.",
        "availability",
        ((7, "12:00", "17:00"), (8, "12:00", "14:00"), (8, "15:00", "17:00")),
    ),
    P(
        "pick",
        "es",
        "Me quedo con la 2, gracias.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P("pick", "de", "Die 3 bitte.", "accept", selected=3, stage="proposed", context=OPTIONS),
    P("pick", "fr", "Je prends la 3.", "accept", selected=3, stage="proposed", context=OPTIONS),
    P(
        "pick",
        "en",
        "1st or 3rd, either is fine",
        "accept",
        selected=1,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "La 2e ou la 3e, comme vous voulez.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "verdict",
        "en",
        "Thanks for setting it up. We won't be inviting him to a final round.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "es",
        "Gracias por todo. No la vamos a pasar a la siguiente fase.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "fr",
        "Nous ne le retiendrons pas pour le prochain tour, merci.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "pt",
        "Obrigado. Não vamos chamá-la para a próxima etapa.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "Great candidate, but the role isn't budgeted yet. We'll come back once we get the "
        "green light from finance.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "pt",
        "Ainda não temos uma decisão, estamos a entrevistar outros candidatos.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "de",
        "Die Stelle ist noch nicht budgetiert, wir melden uns, sobald wir grünes Licht haben.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "fr",
        "Pas encore de décision de notre côté, nous voyons deux autres finalistes cette semaine.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "de",
        "Ich möchte, dass unser CTO ihn auch kennenlernt.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "A no-go for him.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "relay",
        "fr",
        "Pour info, Camille a accepté une autre offre, on peut fermer son dossier.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "pt",
        "O Rui aceitou outra proposta e vai retirar-se do processo.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "relay",
        "es",
        "Le ofrecieron otro puesto y ha decidido retirarse del proceso.",
        "withdraw",
        role="recruiter",
        stage="scheduled",
        context=BOOKED,
    ),
    P(
        "time-of-day",
        "pt",
        "Hoje até as 17h estou livre.",
        "availability",
        ((1, "10:00", "17:00"),),
    ),
    P(
        "time-of-day",
        "es",
        "Hoy hasta las 4 estoy libre.",
        "availability",
        ((1, "10:00", "16:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Pourrait-on décaler l'entretien de jeudi ? Demain je vous envoie d'autres créneaux.",
        "reschedule",
        stage="scheduled",
        context=BOOKED_LATE,
    ),
    P(
        "ruled-out",
        "pt",
        "Podemos remarcar a entrevista de quinta? Amanhã te passo outros horários.",
        "reschedule",
        stage="scheduled",
        context=BOOKED_LATE,
    ),
    P(
        "ruled-out",
        "de",
        "Können wir das Gespräch vom Donnerstag verschieben? "
        "Morgen schicke ich Ihnen neue Termine.",
        "reschedule",
        stage="scheduled",
        context=BOOKED_LATE,
    ),
    P(
        "ruled-out",
        "en",
        "Next week is fine, except Monday through Wednesday when I am at a conference.",
        "availability",
        ((10, "09:00", "17:00"), (11, "09:00", "17:00")),
    ),
    # short weekdays with hours in the sender's language and no date: "Do ab 13 Uhr"
    P(
        "time-of-day",
        "de",
        "Mi nachmittags passt, Di vormittags auch.",
        "availability",
        ((2, "12:00", "17:00"), (8, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "Sex à tarde ou Qua de manhã.",
        "availability",
        ((2, "09:00", "12:00"), (4, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "es",
        "Vie por la mañana o Lun desde las 3.",
        "availability",
        ((4, "09:00", "12:00"), (7, "15:00", "17:00")),
    ),
    # today named in a clause that reports what already happened is no offer
    P(
        "relay",
        "en",
        "Spoke to Sam this morning, he can do Thursday after 2.",
        "availability",
        ((3, "14:00", "17:00"),),
        role="recruiter",
    ),
    P(
        "relay",
        "de",
        "Frau Keller hat heute Morgen angerufen: Donnerstag ab 14 Uhr geht bei ihr.",
        "availability",
        ((3, "14:00", "17:00"),),
        role="recruiter",
    ),
    P(
        "relay",
        "es",
        "Laura me llamó esta mañana, puede el jueves por la tarde.",
        "availability",
        ((3, "12:00", "17:00"),),
        role="recruiter",
    ),
    P(
        "relay",
        "pt",
        "Falei com ela hoje de manhã: quinta à tarde está ótimo.",
        "availability",
        ((3, "12:00", "17:00"),),
        role="recruiter",
    ),
    P(
        "relay",
        "fr",
        "Paul m'a appelé ce matin : jeudi après-midi lui convient.",
        "availability",
        ((3, "12:00", "17:00"),),
        role="recruiter",
    ),
    P(
        "time-of-day",
        "en",
        "I'm free this morning until 12, or Thursday afternoon.",
        "availability",
        ((1, "10:00", "12:00"), (3, "12:00", "17:00")),
    ),
    # a day told to be ignored, or had "complicated", is no pick
    P(
        "relay",
        "en",
        "Spoke to Priya: she'll take Thursday at 10. Disregard her earlier email about Wednesday.",
        "accept",
        selected=2,
        role="recruiter",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "relay",
        "fr",
        "Finalement ce sera jeudi 10h. Ne tenez pas compte de son message sur mercredi.",
        "accept",
        selected=2,
        role="recruiter",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "relay",
        "es",
        "Al final prefiere el jueves a las 10. Ignora lo que puso del miércoles.",
        "accept",
        selected=2,
        role="recruiter",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "El miércoles lo tengo complicado, el jueves a las 10 me va bien.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Quarta tenho complicado, quinta às 10h pode ser.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    # a day refused with its own hours keeps its other hours; a week the sender is away
    P(
        "ruled-out",
        "en",
        "Thursday's a washout for me. Friday morning I'm at a workshop, but Friday afternoon "
        "and Monday are open.",
        "availability",
        ((4, "12:00", "17:00"), (7, "09:00", "17:00")),
    ),
    P(
        "ruled-out",
        "de",
        "Diese Woche bin ich leider auf Dienstreise in Hamburg. Nächste Woche Dienstag oder "
        "Mittwoch vormittags.",
        "availability",
        ((8, "09:00", "12:00"), (9, "09:00", "12:00")),
    ),
    P(
        "ruled-out",
        "de",
        "Diese Woche bin ich komplett ausgebucht, nächste Woche geht jeder Nachmittag.",
        "availability",
        tuple((day, "12:00", "17:00") for day in range(7, 12)),
    ),
    P(
        "ruled-out",
        "en",
        "Friday morning I'm at the dentist; any other time on Friday works.",
        "availability",
        ((4, "12:00", "17:00"),),
    ),
    # "so those days are out" turns down the days before it; "I'm back in" is no constraint
    P(
        "ruled-out",
        "en",
        "Monday to Wednesday next week I'm running a workshop, so those days are out. "
        "Thursday or Friday next week is fine.",
        "availability",
        ((10, "09:00", "17:00"), (11, "09:00", "17:00")),
    ),
    P(
        "ruled-out",
        "es",
        "El lunes 7 y el martes 8 tengo formación, esos días no puedo. "
        "El miércoles 9 por la tarde sí.",
        "availability",
        ((9, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Montag und Dienstag nächste Woche bin ich in Berlin, die Tage gehen leider nicht. "
        "Mittwoch ab 10 passt.",
        "availability",
        ((2, "10:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "Thursday I'm back in the office and totally free.",
        "availability",
        ((3, "09:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Finalement je préfère jeudi après-midi, sinon vendredi matin.",
        "availability",
        ((3, "12:00", "17:00"), (4, "09:00", "12:00")),
    ),
    # "así que ese no", "donc celui-là non", "also der geht nicht": a day turned down after it
    P(
        "ruled-out",
        "es",
        "El jueves tengo reunión con el consejo, así que ese no. El viernes a partir de las 10 sí.",
        "availability",
        ((4, "10:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Mardi 8 j'ai le comité de direction, donc celui-là non. Mercredi 9 après-midi ça marche.",
        "availability",
        ((9, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Montag habe ich Inventur, also der geht nicht. Dienstag ab 13 Uhr.",
        "availability",
        ((8, "13:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "Segunda tenho auditoria, então essa não dá. Terça à tarde pode ser.",
        "availability",
        ((8, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "A no-go on Friday for me, but Monday morning works.",
        "availability",
        ((7, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Mittwoch bin ich beim Zahnarzt, Donnerstag vormittags geht.",
        "availability",
        ((3, "09:00", "12:00"),),
    ),
    # a week that only frames days refused in its clause offers nothing; "once I'm back" after
    # a time is its condition
    P(
        "ruled-out",
        "en",
        "Next week I'm at a conference Monday to Wednesday. Thursday after 1 works once I'm back.",
        "availability",
        ((10, "13:00", "17:00"),),
        date=SATURDAY,
    ),
    P(
        "ruled-out",
        "de",
        "Nächste Woche bin ich Montag bis Mittwoch auf einer Messe. Donnerstag ab 14 Uhr geht.",
        "availability",
        ((10, "14:00", "17:00"),),
        date=SATURDAY,
    ),
    P(
        "ruled-out",
        "es",
        "La semana que viene estoy de viaje de lunes a miércoles. El jueves por la tarde puedo.",
        "availability",
        ((10, "12:00", "17:00"),),
        date=SATURDAY,
    ),
    P(
        "ruled-out",
        "en",
        "Next week works, but I'm away Monday to Wednesday.",
        "availability",
        ((10, "09:00", "17:00"), (11, "09:00", "17:00")),
    ),
    # "the week after" a week refused frames the weekdays named after it
    P(
        "ruled-out",
        "en",
        "I'm off all next week. The week after, Tuesday or Wednesday morning.",
        "availability",
        ((15, "09:00", "12:00"), (16, "09:00", "12:00")),
    ),
    P(
        "ruled-out",
        "fr",
        "Je suis en congé toute la semaine prochaine. "
        "La semaine suivante, mardi ou mercredi matin.",
        "availability",
        ((15, "09:00", "12:00"), (16, "09:00", "12:00")),
    ),
    P(
        "ruled-out",
        "de",
        "Nächste Woche bin ich im Urlaub. Die Woche danach Dienstag oder Mittwoch vormittags.",
        "availability",
        ((15, "09:00", "12:00"), (16, "09:00", "12:00")),
    ),
    P(
        "ruled-out",
        "pt",
        "Na próxima semana estou de férias. Na semana seguinte, terça ou quarta de manhã.",
        "availability",
        ((15, "09:00", "12:00"), (16, "09:00", "12:00")),
    ),
    # waiting until the budget or the role is approved: hold
    P(
        "verdict",
        "es",
        "Nos gustó mucho, pero tenemos que esperar a que aprueben el presupuesto.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "de",
        "Wir müssen warten, bis das Budget freigegeben ist.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "fr",
        "Profil intéressant, il faut attendre que le budget soit validé.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "pt",
        "Precisamos aguardar a aprovação do orçamento.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    # "suits me better" confirms nothing; a deadline told around its day; the round unnamed
    P(
        "time-of-day",
        "es",
        "Mañana a la misma hora me viene mejor.",
        "reschedule",
        ((2, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED_TODAY,
    ),
    P(
        "time-of-day",
        "en",
        "Same time tomorrow works better for me.",
        "reschedule",
        ((2, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED_TODAY,
    ),
    P(
        "time-of-day",
        "de",
        "Morgen zur gleichen Zeit passt mir besser.",
        "reschedule",
        ((2, "14:00", "15:00"),),
        stage="scheduled",
        context=BOOKED_TODAY,
    ),
    P(
        "ruled-out",
        "de",
        "Bitte geben Sie mir bis Freitag Bescheid. "
        "Ich kann Montag oder Dienstag nächste Woche nachmittags.",
        "availability",
        ((7, "12:00", "17:00"), (8, "12:00", "17:00")),
    ),
    P(
        "verdict",
        "es",
        "Buena entrevista. Hagamos una última con el director la semana que viene.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "Good session. Let's do one more with our CTO next week.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "pt",
        "Gostei. Vamos fazer uma última com o diretor na próxima semana.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "es",
        "Nos gustó mucho, pero tenemos que esperar a que aprueben el presupuesto.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    # word promised later after a refusal of every option; experience found lacking; mixed views
    P(
        "pick",
        "es",
        "Ninguna de las tres me sirve, lo siento. Os digo algo la semana que viene.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Nenhuma das três dá, desculpe. Te falo na semana que vem.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Aucune ne me convient, désolé. Je vous dirai la semaine prochaine.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "verdict",
        "de",
        "Eher nein. Es fehlt an Führungserfahrung.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "Honestly he lacks the leadership experience we need.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "es",
        "Le falta experiencia en equipos grandes.",
        "feedback",
        outcome="reject",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "Mixed views in the team, give us till Friday.",
        "feedback",
        outcome="hold",
        role="client",
        stage="completed",
        context=HELD,
    ),
    P(
        "verdict",
        "en",
        "Mixed feelings, but let's do a final round with our CFO.",
        "feedback",
        outcome="advance",
        role="client",
        stage="completed",
        context=HELD,
    ),
)


# Round 5: constructs met on e-*, each written anew in several languages.
_V = {"role": "client", "stage": "completed", "context": HELD}
PROBES_R5: tuple[Probe, ...] = (
    # not convinced (weak reject), unless a next step is named beside it
    P("verdict", "en", "Honestly not convinced. Sorry.", "feedback", outcome="reject", **_V),
    P("verdict", "de", "Wir sind nicht überzeugt, leider.", "feedback", outcome="reject", **_V),
    P("verdict", "es", "No nos convenció, lo siento.", "feedback", outcome="reject", **_V),
    P("verdict", "pt", "Não ficámos convencidos. Obrigado.", "feedback", outcome="reject", **_V),
    P(
        "verdict",
        "en",
        "Not fully convinced yet, but give her a second chance with our architect.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Pas tout à fait convaincu, mais on peut lui donner une seconde chance.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    # the process stops here
    P("verdict", "es", "Lo dejamos aquí con él, gracias.", "feedback", outcome="reject", **_V),
    P("verdict", "pt", "Ficamos por aqui com ela.", "feedback", outcome="reject", **_V),
    P(
        "verdict",
        "de",
        "Für uns kommt sie leider nicht in Frage.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P("verdict", "fr", "Il n'est pas retenu pour ce poste.", "feedback", outcome="reject", **_V),
    # mixed impressions are a hold, unless a next step is named; sitting on it is a hold
    P("verdict", "de", "Gemischte Gefühle bei mir.", "feedback", outcome="hold", **_V),
    P(
        "verdict",
        "es",
        "Sensaciones encontradas. Hagamos otra entrevista con nuestro CTO.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P("verdict", "en", "Let me mull it over this weekend.", "feedback", outcome="hold", **_V),
    P(
        "verdict",
        "pt",
        "Gostámos, mas temos de esperar que aprovem a vaga no orçamento.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    # another step or a talk with one of ours
    P(
        "verdict",
        "en",
        "Good one. Can we bring him in to meet the founders?",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "J'aimerais la voir dans un exercice pratique avant de décider.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Boa conversa. Marquem uma conversa com o nosso diretor financeiro.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    # none of the proposed days, with a later answer promised
    P(
        "pick",
        "de",
        "An keinem der Tage kann ich, ich schaue in meinen Kalender und melde mich.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "Ninguna de las tres me va. Miro mi agenda y os digo.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    # the other options than the one named
    P(
        "pick",
        "es",
        "La opción 1 no me va, cualquiera de las otras dos sí.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "L'option 2 est trop tôt pour moi, les deux autres me vont.",
        "accept",
        selected=1,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Option 1 ist schwierig, die anderen beiden passen.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    # refusals that point back at several days
    P(
        "ruled-out",
        "en",
        "Wednesday I'm at a conference and Thursday I'm moving, so both are out. Friday works.",
        "availability",
        windows=((4, "09:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Mittwoch und Donnerstag bin ich unterwegs, beide Tage gehen leider nicht. Freitag passt.",
        "availability",
        windows=((4, "09:00", "17:00"),),
    ),
    # a whole day spent somewhere; a trip told with adverbs between
    P(
        "ruled-out",
        "de",
        "Donnerstag ist sie den ganzen Tag im Aufsichtsrat, Freitag ab 14 Uhr geht.",
        "availability",
        windows=((4, "14:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Jeudi je suis toute la journée en comité. Vendredi matin ça me va.",
        "availability",
        windows=((4, "09:00", "12:00"),),
    ),
    # a part of day after a clock range names its half of the day
    P(
        "time-of-day",
        "es",
        "El jueves de 8 a 10 de la mañana.",
        "availability",
        windows=((3, "08:00", "10:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Thursday from 8 to 10:30 in the morning.",
        "availability",
        windows=((3, "08:00", "10:30"),),
    ),
    # a bare hour said with its part of day is in that half of the day
    P(
        "time-of-day",
        "en",
        "Thursday from 7 to 9 in the morning.",
        "availability",
        windows=((3, "07:00", "09:00"),),
    ),
    P(
        "time-of-day",
        "es",
        "El jueves de 7 a 9 de la mañana.",
        "availability",
        windows=((3, "07:00", "09:00"),),
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta das 7 às 9 da manhã.",
        "availability",
        windows=((3, "07:00", "09:00"),),
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta depois do meio-dia, ou sexta antes do meio-dia.",
        "availability",
        windows=((3, "12:00", "17:00"), (4, "09:00", "12:00")),
    ),
    # an aside in brackets that names no day or time does not cut the days off their hours
    P(
        "ruled-out",
        "en",
        "Any day next week except Tuesday (board meeting), ideally between 10 and 11:30.",
        "availability",
        windows=tuple((d, "10:00", "11:30") for d in (7, 9, 10, 11)),
    ),
    P(
        "ruled-out",
        "es",
        "Cualquier día de la semana que viene menos el martes (tengo junta), mejor entre las 10 y"
        " las 11:30.",
        "availability",
        windows=tuple((d, "10:00", "11:30") for d in (7, 9, 10, 11)),
    ),
    P(
        "ruled-out",
        "de",
        "Nächste Woche jeden Tag außer Dienstag (Vorstandssitzung), am liebsten zwischen 10 und"
        " 11:30 Uhr.",
        "availability",
        windows=tuple((d, "10:00", "11:30") for d in (7, 9, 10, 11)),
    ),
    # a date inside a refused week says which day is the exception
    P(
        "ruled-out",
        "en",
        "Next week is packed. The only real option is the 9th, before 11.",
        "availability",
        windows=((9, "09:00", "11:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "La semana que viene la tengo fatal. Solo podría el día 9 antes de las 11.",
        "availability",
        windows=((9, "09:00", "11:00"),),
    ),
    # hours refused in a sentence of their own turn down those hours, not the days before
    P(
        "ruled-out",
        "en",
        "Any day next week works. After 3 I can't, though.",
        "availability",
        windows=tuple((d, "09:00", "15:00") for d in (7, 8, 9, 10, 11)),
    ),
    P(
        "ruled-out",
        "de",
        "Nächste Woche geht jeder Tag. Nach 15 Uhr kann ich aber nicht.",
        "availability",
        windows=tuple((d, "09:00", "15:00") for d in (7, 8, 9, 10, 11)),
    ),
    P(
        "ruled-out",
        "fr",
        "La semaine prochaine, n'importe quel jour. Après 15h je ne peux pas.",
        "availability",
        windows=tuple((d, "09:00", "15:00") for d in (7, 8, 9, 10, 11)),
    ),
    P(
        "ruled-out",
        "pt",
        "Na próxima semana, qualquer dia. Depois das 15h não posso.",
        "availability",
        windows=tuple((d, "09:00", "15:00") for d in (7, 8, 9, 10, 11)),
    ),
    # an hour said in words closes a range
    P(
        "time-of-day",
        "en",
        "Thursday any time except between noon and one.",
        "availability",
        windows=THU_NOT_LUNCH,
    ),
    P(
        "time-of-day",
        "es",
        "El jueves a cualquier hora, menos entre el mediodía y la una.",
        "availability",
        windows=THU_NOT_LUNCH,
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi n'importe quand, sauf entre midi et une heure.",
        "availability",
        windows=THU_NOT_LUNCH,
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta a qualquer hora, menos entre o meio-dia e uma.",
        "availability",
        windows=THU_NOT_LUNCH,
    ),
    # hours joined to hours carried from the sentence before narrow them too
    P(
        "time-of-day",
        "en",
        "Thursday or Friday? Afternoons only, and nothing before 3.",
        "availability",
        windows=((3, "15:00", "17:00"), (4, "15:00", "17:00")),
    ),
    P(
        "time-of-day",
        "es",
        "¿El jueves? Solo por la mañana, y nada antes de las 10.",
        "availability",
        windows=((3, "10:00", "12:00"),),
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi ? Le matin seulement, et rien avant 10h.",
        "availability",
        windows=((3, "10:00", "12:00"),),
    ),
    # the end of next week in the other languages
    P(
        "time-of-day",
        "de",
        "Später in der nächsten Woche, gerne nachmittags.",
        "availability",
        windows=((10, "12:00", "17:00"), (11, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "Plutôt plus tard dans la semaine prochaine, le matin.",
        "availability",
        windows=((10, "09:00", "12:00"), (11, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "Mais para o fim da próxima semana, de manhã.",
        "availability",
        windows=((10, "09:00", "12:00"), (11, "09:00", "12:00")),
    ),
    # a relay: the day no longer suits the candidate
    P(
        "relay",
        "es",
        "Al final el jueves no le va. Puede el viernes por la mañana.",
        "availability",
        windows=((4, "09:00", "12:00"),),
        role="recruiter",
    ),
    P(
        "time-of-day",
        "es",
        "El viernes después del mediodía.",
        "availability",
        windows=((4, "12:00", "17:00"),),
    ),
)


# Round 6: constructs the held-out set f-* showed (tables with a zone or joined clocks, a next
# step that comes before the decision, a negated rejection).
_MOVED = {"stage": "scheduled", "context": {"scheduled": _slot(2, 14)}}
PROBES_R6: tuple[Probe, ...] = (
    # a zone in the head of the time column, other than the sender's
    P(
        "html",
        "en",
        "<p>Times below are Pacific.</p>"
        "<table><tr><th>Day</th><th>Time (PT)</th><th>Status</th></tr>"
        "<tr><td>Thu 12/3</td><td>10:00 - 11:30</td><td>Open</td></tr>"
        "<tr><td>Fri 12/4</td><td>9:00 - 10:00</td><td>Busy</td></tr></table>",
        "availability",
        ((3, "13:00", "14:30"),),
        html=True,
    ),
    # two clocks joined by a word in one cell
    P(
        "html",
        "pt",
        "<table><tr><td>Dia</td><td>Horário</td></tr>"
        "<tr><td>quinta, 3 de dezembro</td><td>14h às 16h</td></tr>"
        "<tr><td>sexta, 4 de dezembro</td><td>indisponível</td></tr></table>",
        "availability",
        ((3, "14:00", "16:00"),),
        html=True,
    ),
    P(
        "html",
        "de",
        "<table><tr><th>Tag</th><th>Uhrzeit</th></tr>"
        "<tr><td>Do 3.12.</td><td>9 bis 11 Uhr</td></tr>"
        "<tr><td>Mo 7.12.</td><td>15 bis 17 Uhr</td></tr></table>",
        "availability",
        ((3, "09:00", "11:00"), (7, "15:00", "17:00")),
        html=True,
    ),
    P(
        "html",
        "es",
        "<table><tr><th>Día</th><th>Hora</th></tr>"
        "<tr><td>jueves 3</td><td>10 a 12</td></tr>"
        "<tr><td>lunes 7</td><td>ocupado</td></tr></table>",
        "availability",
        ((3, "10:00", "12:00"),),
        html=True,
    ),
    # another step set up before the decision: the pending decision is its condition
    P(
        "verdict",
        "en",
        "Some doubts, to be fair. Let's do a technical round with our lead before we make a call.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Je voudrais qu'elle passe un entretien technique avec notre CTO avant de décider.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "J'aimerais que l'architecte de l'équipe le rencontre avant de trancher.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "No lo descartaría del todo. Hagamos una prueba técnica antes de decidir.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Ich würde ihn nicht gleich absagen. Lasst uns noch ein Fachgespräch mit unserem "
        "Architekten machen, bevor wir entscheiden.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Não a descartaria. Gostaria de a ver numa entrevista técnica antes de tomarmos "
        "uma decisão.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    # moving the booked interview from its day to another: the target day only
    P(
        "relay",
        "en",
        "Could we move the interview from tomorrow to Friday afternoon? Something came up.",
        "reschedule",
        ((4, "12:00", "17:00"),),
        **_MOVED,
    ),
    P(
        "relay",
        "es",
        "¿Podemos pasar la entrevista de mañana al viernes por la tarde? Me surgió un viaje.",
        "reschedule",
        ((4, "12:00", "17:00"),),
        **_MOVED,
    ),
    P(
        "relay",
        "de",
        "Können wir das Gespräch von morgen auf Freitagnachmittag verschieben?",
        "reschedule",
        ((4, "12:00", "17:00"),),
        **_MOVED,
    ),
    P(
        "relay",
        "fr",
        "Serait-il possible de décaler l'entretien de demain à vendredi après-midi ?",
        "reschedule",
        ((4, "12:00", "17:00"),),
        **_MOVED,
    ),
    P(
        "relay",
        "pt",
        "Dá para mudar a entrevista de amanhã para sexta à tarde? Surgiu um imprevisto.",
        "reschedule",
        ((4, "12:00", "17:00"),),
        **_MOVED,
    ),
    # a pick said in the options' zone and restated in the sender's own
    P(
        "pick",
        "en",
        "Thursday 10am New York time, so 3pm for me, is perfect.",
        "accept",
        selected=2,
        zone="Europe/London",
        **_PICK,
    ),
    P(
        "pick",
        "es",
        "El jueves a las 10 hora de Nueva York, que aquí son las 4 de la tarde, me viene bien.",
        "accept",
        selected=2,
        zone="Europe/Madrid",
        **_PICK,
    ),
    P(
        "pick",
        "fr",
        "Jeudi 10h heure de New York, soit 16h pour moi, ça me va.",
        "accept",
        selected=2,
        zone="Europe/Paris",
        **_PICK,
    ),
    P(
        "pick",
        "de",
        "Donnerstag um 10 Uhr New Yorker Zeit, also 16 Uhr bei mir, passt mir.",
        "accept",
        selected=2,
        zone="Europe/Berlin",
        **_PICK,
    ),
    P(
        "pick",
        "pt",
        "Quinta às 10h hora de Nova Iorque, que para mim são 12h, fica ótimo.",
        "accept",
        selected=2,
        zone="America/Sao_Paulo",
        **_PICK,
    ),
    # a verdict's participle opening the reply
    P(
        "verdict",
        "pt",
        "Reprovado. Pouca experiência com cloud.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Rechazada, lo siento. Le falta inglés.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P("verdict", "de", "Abgelehnt - zu wenig Praxis.", "feedback", outcome="reject", **_V),
    P("verdict", "fr", "Non retenu, désolé.", "feedback", outcome="reject", **_V),
    P("verdict", "en", "Rejected. Not enough depth on data.", "feedback", outcome="reject", **_V),
    # a refusal wrapped onto the next line after a preposition or article
    P(
        "ruled-out",
        "en",
        "I'm away all of\nnext week, so that won't work. Thursday after 2 is fine.",
        "availability",
        ((3, "14:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "Estaré de vacaciones toda la\nsemana que viene. El jueves por la tarde me va bien.",
        "availability",
        ((3, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Je suis en congé toute la\nsemaine prochaine. Jeudi après-midi ça me va.",
        "availability",
        ((3, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Ich bin in der\nnächsten Woche im Urlaub. Donnerstagnachmittag passt mir.",
        "availability",
        ((3, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "Estou de férias durante toda\na próxima semana. Quinta à tarde pode ser.",
        "availability",
        ((3, "12:00", "17:00"),),
    ),
    # classes or lectures that day rule it out
    P(
        "ruled-out",
        "en",
        "Thursday I have classes all day. Friday 10-12 works.",
        "availability",
        ((4, "10:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Le jeudi j'ai cours toute la journée. Vendredi de 10h à 12h.",
        "availability",
        ((4, "10:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Donnerstag habe ich Vorlesung. Freitag 10-12 Uhr passt.",
        "availability",
        ((4, "10:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "A quinta tenho aulas. Sexta das 10h às 12h.",
        "availability",
        ((4, "10:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "El jueves tengo clase en la facultad; el viernes de 10 a 12.",
        "availability",
        ((4, "10:00", "12:00"),),
    ),
)


# Round 7: constructs the held-out set g-* showed (a table row a remark turns down although its
# time column has a zone).
PROBES_R7: tuple[Probe, ...] = (
    P(
        "html",
        "en",
        "<table><tr><th>Date</th><th>Hours (CT)</th><th>Notes</th></tr>"
        "<tr><td>Thu Dec 3</td><td>10:00 - 12:00</td><td>Open</td></tr>"
        "<tr><td>Fri Dec 4</td><td>All day</td><td>Out of office (training)</td></tr>"
        "<tr><td>Mon Dec 7</td><td>1:00 - 3:00 pm</td><td>Open</td></tr></table>",
        "availability",
        ((3, "11:00", "13:00"), (7, "14:00", "16:00")),
        html=True,
    ),
    P(
        "html",
        "fr",
        "<table><tr><th>Jour</th><th>Horaire (heure de Paris)</th><th>Remarque</th></tr>"
        "<tr><td>jeudi 3 déc.</td><td>15h - 17h</td><td>libre</td></tr>"
        "<tr><td>vendredi 4 déc.</td><td>toute la journée</td>"
        "<td>indisponible (séminaire)</td></tr></table>",
        "availability",
        ((3, "09:00", "11:00"),),
        html=True,
    ),
    P(
        "html",
        "es",
        "<table><tr><th>Día</th><th>Hora (ET)</th><th>Estado</th></tr>"
        "<tr><td>jueves 3 dic</td><td>todo el día</td><td>No disponible (viaje)</td></tr>"
        "<tr><td>lunes 7 dic</td><td>9:00 - 11:00</td><td>Disponible</td></tr></table>",
        "availability",
        ((7, "09:00", "11:00"),),
        html=True,
    ),
    # a per-day list whose entry only says no
    P(
        "ruled-out",
        "de",
        "Frau Lang kann zu diesen Zeiten:\n\nDo 3.12.: 14-16 Uhr\nFr 4.12.: nein\n"
        "Mo 7.12.: ab 10 Uhr bis 12 Uhr",
        "availability",
        ((3, "14:00", "16:00"), (7, "10:00", "12:00")),
    ),
    P(
        "ruled-out",
        "en",
        "Here's what I have:\n\nThu 12/3: 9-11am\nFri 12/4: sadly not\nMon 12/7: 2-4pm",
        "availability",
        ((3, "09:00", "11:00"), (7, "14:00", "16:00")),
    ),
    P(
        "ruled-out",
        "fr",
        "Voici mes disponibilités :\n\njeudi 3 : de 10h à 12h\nvendredi 4 : malheureusement non",
        "availability",
        ((3, "10:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "Seguem os horários:\n\nquinta, 3 de dezembro: das 15h às 17h\n"
        "sexta, 4 de dezembro: infelizmente não",
        "availability",
        ((3, "15:00", "17:00"),),
    ),
    # a week named back by its first day: the reader offers the week (right) or hands it over
    P(
        "ruled-out",
        "en",
        "Next week is a write-off for me. From Monday the 7th I'm around all that week, "
        "apart from Thursday the 10th (dentist).",
        "availability",
        (
            (7, "09:00", "17:00"),
            (8, "09:00", "17:00"),
            (9, "09:00", "17:00"),
            (11, "09:00", "17:00"),
        ),
    ),
    P(
        "ruled-out",
        "es",
        "A partir del lunes 7 tengo libre toda esa semana, salvo el miércoles 9.",
        "availability",
        (
            (7, "09:00", "17:00"),
            (8, "09:00", "17:00"),
            (10, "09:00", "17:00"),
            (11, "09:00", "17:00"),
        ),
    ),
    # none of the options, and new times promised once something is known: a decline for now
    P(
        "verdict",
        "en",
        "Sorry, none of those three work for me. I'll send you new times, as soon as I know "
        "my rota for the following week.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "verdict",
        "fr",
        "Désolé, aucun de ces créneaux ne me convient. Je reviens vers vous, dès que je connais "
        "mon planning de la semaine suivante.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "verdict",
        "es",
        "Lo siento, no me viene bien ninguna de las opciones. Te aviso, cuando sepa mi "
        "horario de la semana siguiente.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
)


# Round 8, windows: constructs, each in several languages (never the held-out texts).
_TODAY = {"stage": "scheduled", "context": BOOKED_TODAY}
_AFTERNOONS = ((7, "12:00", "17:00"), (8, "12:00", "17:00"), (10, "12:00", "17:00"))
_NOT_WED_AFTERNOON = (*_AFTERNOONS, (9, "15:00", "17:00"), (11, "12:00", "17:00"))
PROBES_R8W: tuple[Probe, ...] = (
    # a per-day list entry that only says no, with adverbs around the no
    P(
        "ruled-out",
        "de",
        "Termine von Frau Brandt:\n\nDo 3.12.: ab 14 Uhr\nFr 4.12.: leider überhaupt nicht\n"
        "Mo 7.12.: 9-12 Uhr",
        "availability",
        ((3, "14:00", "17:00"), (7, "09:00", "12:00")),
    ),
    P(
        "ruled-out",
        "en",
        "Her availability:\n\nThu 12/3: 1-3pm\nFri 12/4: I'm afraid not at all\nMon 12/7: all day",
        "availability",
        ((3, "13:00", "15:00"), (7, "09:00", "17:00")),
    ),
    P(
        "ruled-out",
        "fr",
        "Disponibilités de M. Petit :\n\njeudi 3 : 9h-11h\nvendredi 4 : hélas pas du tout\n"
        "lundi 7 : après 15h",
        "availability",
        ((3, "09:00", "11:00"), (7, "15:00", "17:00")),
    ),
    P(
        "ruled-out",
        "es",
        "Horarios de la Sra. Gil:\n\njueves 3: de 16 a 17\n"
        "viernes 4: lamentablemente no es posible\nlunes 7: por la mañana",
        "availability",
        ((3, "16:00", "17:00"), (7, "09:00", "12:00")),
    ),
    P(
        "ruled-out",
        "pt",
        "Agenda do Sr. Costa:\n\nquinta, 3 de dezembro: 10h-12h\n"
        "sexta, 4 de dezembro: infelizmente não mesmo\nsegunda, 7 de dezembro: à tarde",
        "availability",
        ((3, "10:00", "12:00"), (7, "12:00", "17:00")),
    ),
    # "X's not great", "X isn't ideal": the day refused, the next one offered
    P(
        "ruled-out",
        "en",
        "thursday's not great (school run), but friday after 1 is fine.",
        "availability",
        ((4, "13:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "Wednesday isn't really ideal for me. Thursday morning works.",
        "availability",
        ((3, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "Monday's not so good, Tuesday before noon or Wednesday afternoon.",
        "availability",
        ((8, "09:00", "12:00"), (2, "12:00", "17:00")),
    ),
    # a refusal in the future tense, of a week named back ("cette semaine-là")
    P(
        "ruled-out",
        "fr",
        "Je serai en formation du 7 au 11 décembre, cette semaine-là ne sera donc pas possible. "
        "Le mardi 15 ou le mercredi 16 me conviendraient, de préférence le matin.",
        "availability",
        ((15, "09:00", "12:00"), (16, "09:00", "12:00")),
    ),
    P(
        "ruled-out",
        "en",
        "Next week won't be possible, I'm at a trade fair. The week after, any morning.",
        "availability",
        tuple((d, "09:00", "12:00") for d in (14, 15, 16, 17, 18)),
    ),
    P(
        "ruled-out",
        "es",
        "La semana que viene no va a ser posible. El martes 15 o el jueves 17 por la tarde, sí.",
        "availability",
        ((15, "12:00", "17:00"), (17, "12:00", "17:00")),
    ),
    P(
        "ruled-out",
        "pt",
        "Esta semana não vai ser possível. Na semana que vem, terça ou quinta de manhã.",
        "availability",
        ((8, "09:00", "12:00"), (10, "09:00", "12:00")),
    ),
    P(
        "ruled-out",
        "de",
        "Diese Woche wird es leider nicht klappen. Nächste Woche Dienstag oder Donnerstag "
        "ab 13 Uhr.",
        "availability",
        ((8, "13:00", "17:00"), (10, "13:00", "17:00")),
    ),
    # "any afternoon", "every afternoon" in the plural, minus a day
    P(
        "time-of-day",
        "pt",
        "Semana que vem consigo qualquer tarde, menos quarta.",
        "availability",
        (*_AFTERNOONS, (11, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "Na próxima semana, todas as tardes exceto sexta.",
        "availability",
        (*_AFTERNOONS, (9, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "es",
        "La semana que viene, todas las tardes salvo el miércoles.",
        "availability",
        (*_AFTERNOONS, (11, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "La semaine prochaine, tous les après-midis sauf le mercredi.",
        "availability",
        (*_AFTERNOONS, (11, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "Semana que vem pelas manhãs, menos na sexta.",
        "availability",
        tuple((d, "09:00", "12:00") for d in (7, 8, 9, 10)),
    ),
    # a weekday refused in a later sentence is the one of the week offered before it
    P(
        "ruled-out",
        "en",
        "Next week any afternoon except Wednesday. On Friday I fly out early, so that day is "
        "out too.",
        "availability",
        ((7, "12:00", "17:00"), (8, "12:00", "17:00"), (10, "12:00", "17:00")),
    ),
    P(
        "ruled-out",
        "es",
        "La semana que viene cualquier tarde menos el lunes. El jueves tengo médico, así que "
        "ese día tampoco.",
        "availability",
        ((8, "12:00", "17:00"), (9, "12:00", "17:00"), (11, "12:00", "17:00")),
    ),
    P(
        "ruled-out",
        "fr",
        "La semaine prochaine, tous les après-midis sauf le mardi. Vendredi je prends l'avion, "
        "donc ce jour-là non plus.",
        "availability",
        ((7, "12:00", "17:00"), (9, "12:00", "17:00"), (10, "12:00", "17:00")),
    ),
    P(
        "ruled-out",
        "pt",
        "Semana que vem posso qualquer tarde, menos segunda. Na quinta estou viajando.",
        "availability",
        ((8, "12:00", "17:00"), (9, "12:00", "17:00"), (11, "12:00", "17:00")),
    ),
    P(
        "ruled-out",
        "de",
        "Nächste Woche jeden Nachmittag außer Montag. Am Donnerstag bin ich beim Kunden.",
        "availability",
        ((8, "12:00", "17:00"), (9, "12:00", "17:00"), (11, "12:00", "17:00")),
    ),
    # today named where something happened, the booked hour refused, "same time tomorrow"
    P(
        "time-of-day",
        "en",
        "Something came up this morning and I can't make 2pm. Same time tomorrow?",
        "reschedule",
        ((2, "14:00", "15:00"),),
        **_TODAY,
    ),
    P(
        "time-of-day",
        "fr",
        "Un imprévu m'est tombé dessus ce matin, je ne pourrai pas à 14h. Demain à la même heure ?",
        "reschedule",
        ((2, "14:00", "15:00"),),
        **_TODAY,
    ),
    P(
        "time-of-day",
        "es",
        "Me ha surgido algo esta mañana y no puedo a las 2. ¿Mañana a la misma hora?",
        "reschedule",
        ((2, "14:00", "15:00"),),
        **_TODAY,
    ),
    P(
        "time-of-day",
        "pt",
        "Surgiu um problema hoje de manhã e não consigo às 14h. Amanhã no mesmo horário?",
        "reschedule",
        ((2, "14:00", "15:00"),),
        **_TODAY,
    ),
    P(
        "time-of-day",
        "de",
        "Mir ist heute früh etwas dazwischengekommen, um 14 Uhr schaffe ich es nicht. "
        "Morgen zur gleichen Zeit?",
        "reschedule",
        ((2, "14:00", "15:00"),),
        **_TODAY,
    ),
    # a bare hour with its part of day after a weekday is an hour, not a date
    P(
        "time-of-day",
        "en",
        "Thursday 10 in the morning would suit me best.",
        "availability",
        ((3, "10:00", "11:00"),),
    ),
    P(
        "time-of-day",
        "es",
        "El jueves 11 de la mañana me viene perfecto.",
        "availability",
        ((3, "11:00", "12:00"),),
    ),
    P(
        "time-of-day",
        "fr",
        "Vendredi 9 du matin, si ça vous va.",
        "availability",
        ((4, "09:00", "10:00"),),
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta 4 da tarde funciona para mim.",
        "availability",
        ((3, "16:00", "17:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Friday 3 in the afternoon, or Monday the 7th in the morning.",
        "availability",
        ((4, "15:00", "16:00"), (7, "09:00", "12:00")),
    ),
    # a week named from its first day, with every day but one
    P(
        "ruled-out",
        "en",
        "The week from the 14th I'm free every day but Thursday.",
        "availability",
        tuple((d, "09:00", "17:00") for d in (14, 15, 16, 18)),
    ),
    P(
        "ruled-out",
        "en",
        "The week starting the 14th, any afternoon except Monday.",
        "availability",
        tuple((d, "12:00", "17:00") for d in (15, 16, 17, 18)),
    ),
    # a range opened by an hour in words
    P(
        "time-of-day",
        "de",
        "Am Donnerstag zwischen zwei und drei, oder Freitag ab 10 Uhr.",
        "availability",
        ((3, "14:00", "15:00"), (4, "10:00", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Wednesday between twelve and one works.",
        "availability",
        ((2, "12:00", "13:00"),),
    ),
    P(
        "time-of-day",
        "es",
        "El viernes entre las once y la una.",
        "availability",
        ((4, "11:00", "13:00"),),
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi entre deux et quatre.",
        "availability",
        ((3, "14:00", "16:00"),),
    ),
    # any time but lunch, the lunch led by a preposition
    P(
        "time-of-day",
        "de",
        "Donnerstag jederzeit, außer zur Mittagszeit.",
        "availability",
        THU_NOT_LUNCH,
    ),
    P(
        "time-of-day",
        "en",
        "Thursday all day except during lunch.",
        "availability",
        THU_NOT_LUNCH,
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta o dia todo, exceto na hora do almoço.",
        "availability",
        THU_NOT_LUNCH,
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi toute la journée sauf à l'heure du déjeuner.",
        "availability",
        THU_NOT_LUNCH,
    ),
    # a day offered again with "only" hours is narrowed to them
    P(
        "time-of-day",
        "en",
        "Thursday afternoon or Friday morning, but only until 11 on Friday.",
        "availability",
        ((3, "12:00", "17:00"), (4, "09:00", "11:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Any afternoon next week. Wednesday though only after 3.",
        "availability",
        _NOT_WED_AFTERNOON,
    ),
    P(
        "time-of-day",
        "es",
        "La semana que viene cualquier tarde. El miércoles solo a partir de las 3.",
        "availability",
        _NOT_WED_AFTERNOON,
    ),
    P(
        "time-of-day",
        "de",
        "Nächste Woche jeden Nachmittag, Mittwoch aber nur ab 15 Uhr.",
        "availability",
        _NOT_WED_AFTERNOON,
    ),
    P(
        "time-of-day",
        "pt",
        "Semana que vem qualquer tarde. Na quarta só depois das 15h.",
        "availability",
        _NOT_WED_AFTERNOON,
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi après-midi ou vendredi matin, mais vendredi seulement jusqu'à 11h.",
        "availability",
        ((3, "12:00", "17:00"), (4, "09:00", "11:00")),
    ),
    # "same time" with no interview booked: the same as what? A person reads it.
    P(
        "time-of-day",
        "en",
        "Could we do Thursday, same time as our last call?",
        "availability",
        ((3, "09:00", "17:00"),),
    ),
    # a range of days refused, written with ordinal dots or articles, is no "until 9"
    P(
        "ruled-out",
        "de",
        "Vom 7. bis 9. bin ich im Urlaub, am 10. oder 11. nachmittags ginge es.",
        "availability",
        ((10, "12:00", "17:00"), (11, "12:00", "17:00")),
    ),
    P(
        "ruled-out",
        "de",
        "Vom 7.12. bis 9.12. bin ich auf Dienstreise. Am 10.12. ab 14 Uhr hätte ich Zeit.",
        "availability",
        ((10, "14:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "I'm away from the 7th to the 9th; the 10th after 1pm works.",
        "availability",
        ((10, "13:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Du 7 au 9 je suis en déplacement, le 10 après 14h ça me va.",
        "availability",
        ((10, "14:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "Del 7 al 9 estoy de viaje; el 10 por la tarde me viene bien.",
        "availability",
        ((10, "12:00", "17:00"),),
    ),
    # a part of day refused after a day offered in the list before
    P(
        "ruled-out",
        "es",
        "Lunes o miércoles, pero el miércoles no por la mañana.",
        "availability",
        ((7, "09:00", "17:00"), (2, "12:00", "17:00")),
    ),
    P(
        "ruled-out",
        "pt",
        "Segunda ou quarta, mas quarta não de manhã.",
        "availability",
        ((7, "09:00", "17:00"), (2, "12:00", "17:00")),
    ),
    P(
        "ruled-out",
        "de",
        "Montag oder Mittwoch, aber Mittwoch nicht vormittags.",
        "availability",
        ((7, "09:00", "17:00"), (2, "12:00", "17:00")),
    ),
    # "the day after" the day just named
    P(
        "time-of-day",
        "en",
        "Thursday afternoon, or the day after in the morning.",
        "availability",
        ((3, "12:00", "17:00"), (4, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi après-midi, ou le lendemain matin.",
        "availability",
        ((3, "12:00", "17:00"), (4, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "es",
        "El jueves por la tarde o al día siguiente por la mañana.",
        "availability",
        ((3, "12:00", "17:00"), (4, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Donnerstagnachmittag oder am Tag danach vormittags.",
        "availability",
        ((3, "12:00", "17:00"), (4, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta à tarde ou no dia seguinte de manhã.",
        "availability",
        ((3, "12:00", "17:00"), (4, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "en",
        "I can do the 9th, or the day after.",
        "availability",
        ((9, "09:00", "17:00"), (10, "09:00", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Tomorrow or the day after, any time after 1.",
        "availability",
        ((2, "13:00", "17:00"), (3, "13:00", "17:00")),
    ),
    # the week after a week refused, named by its article alone before weekdays
    P(
        "ruled-out",
        "es",
        "La semana que viene estoy de vacaciones. La siguiente, de martes a jueves a partir de "
        "las 10.",
        "availability",
        ((15, "10:00", "17:00"), (16, "10:00", "17:00"), (17, "10:00", "17:00")),
    ),
    P(
        "ruled-out",
        "pt",
        "Semana que vem estou de férias. Na outra, terça ou quinta à tarde.",
        "availability",
        ((15, "12:00", "17:00"), (17, "12:00", "17:00")),
    ),
    P(
        "ruled-out",
        "fr",
        "La semaine prochaine je suis absent. La suivante, mardi ou jeudi après-midi.",
        "availability",
        ((15, "12:00", "17:00"), (17, "12:00", "17:00")),
    ),
    # a day of the list narrowed to a part of day with "only"
    P(
        "time-of-day",
        "en",
        "Tuesday and Thursday work, Tuesday only in the morning though.",
        "availability",
        ((8, "09:00", "12:00"), (3, "09:00", "17:00")),
    ),
    P(
        "time-of-day",
        "es",
        "Martes y jueves, pero el martes solo por la mañana.",
        "availability",
        ((8, "09:00", "12:00"), (3, "09:00", "17:00")),
    ),
    # "only" inside a list refused, one weekday named twice in a list: handed over
    P(
        "time-of-day",
        "en",
        "Any weekday next week except Monday, and Friday only until noon.",
        "availability",
        (*((d, "09:00", "17:00") for d in (8, 9, 10)), (11, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Dienstag und Donnerstag, Dienstag aber nur vormittags.",
        "availability",
        ((8, "09:00", "12:00"), (3, "09:00", "17:00")),
    ),
)


ALL_PROBES = PROBES + PROBES_2 + PROBES_3 + PROBES_4 + PROBES_5 + PROBES_6 + PROBES_7
ALL_PROBES += PROBES_8B
ALL_PROBES += PROBES_WINDOWS
ALL_PROBES += PROBES_R3A
ALL_PROBES += PROBES_R3B
ALL_PROBES += PROBES_R4
ALL_PROBES += PROBES_R5
ALL_PROBES += PROBES_R6
ALL_PROBES += PROBES_R7
ALL_PROBES += PROBES_R8W


# Round 8 (verdicts): a hold is a good view and a pending dependency with a time frame; an
# advance is any next meeting or step with our people, an offer made "before" it included; a
# refusal of every option with a promise to come back is a decline.
_FRI_AFTERNOON = ((4, "12:00", "17:00"),)
PROBES_R8V: tuple[Probe, ...] = (
    # hold: a favourite, but an approval still pending
    P(
        "verdict",
        "en",
        "She's our clear favourite. The req still needs sign-off from the CFO though, probably "
        "another two weeks. We'll revert once it's through.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Great interview and he's the front-runner, but legal has to approve the headcount "
        "first, which could take a fortnight. Please keep him warm in the meantime.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Nos encantó Marta, es nuestra primera opción, pero la plaza está pendiente de que "
        "dirección la apruebe. Calculo unas dos semanas; os digo algo en cuanto lo sepamos.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Muy buena impresión. Necesitamos el visto bueno de finanzas para abrir la posición y "
        "eso tardará un par de semanas.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "C'est clairement notre favorite, mais le poste doit encore être validé par la "
        "direction financière, ce qui prendra deux à trois semaines. On revient vers vous dès "
        "que c'est signé.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Très bon profil. Nous sommes suspendus à l'accord du comité pour ouvrir le poste, "
        "sans doute d'ici fin janvier.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Er ist unser Wunschkandidat, aber die Stelle muss noch vom Vorstand genehmigt werden, "
        "das dauert wohl zwei Wochen. Wir kommen auf Sie zu, sobald alles durch ist.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Sehr gutes Gespräch. Die Entscheidung hängt noch an der Budgetfreigabe, voraussichtlich "
        "Ende des Monats.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Adorámos o Rui, é o nosso favorito, mas a vaga ainda precisa do aval da direção "
        "financeira, o que deve demorar duas ou três semanas. Damos notícias logo que possível.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Gostamos bastante dela. Estamos aguardando a liberação do headcount, deve sair em umas "
        "duas semanas.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    # advance: a further step with our people, proposed, wished or named next
    P(
        "verdict",
        "en",
        "His system design answers were a little thin, but I wouldn't write him off. I suggest "
        "a technical round with two of our engineers to settle it.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Solid session. Next I'd like her to sit down with our Head of Data for 45 minutes, "
        "ideally next week.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Buena entrevista. Me gustaría que la semana que viene conociera a nuestra directora "
        "financiera en una charla breve.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Algo flojo en SQL, aunque con potencial. Propongo una entrevista técnica con el equipo "
        "de plataforma.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Bon entretien dans l'ensemble. Je propose un entretien technique avec deux développeurs "
        "de l'équipe la semaine prochaine.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Guter Eindruck, ein paar Lücken bei Kubernetes. Ich schlage ein technisches Interview "
        "mit zwei Kollegen aus dem Team vor.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Sie hat uns überzeugt. Als Nächstes sollte sie unseren CTO kennenlernen, gern nächste "
        "Woche.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "As respostas de arquitetura ficaram um pouco curtas, mas não o descartaria já. Sugiro "
        "uma entrevista técnica com duas pessoas da equipa.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Ótima conversa. Gostaríamos que ela conhecesse o nosso diretor de produto na próxima "
        "semana.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    # an offer still to come after another step: the step is the verdict
    P(
        "verdict",
        "en",
        "Really impressed. Before we put an offer together, our COO would like a quick call "
        "with him next week.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Nos gustó mucho. Antes de hacerle una oferta, queremos una última charla con nuestro "
        "director general la semana que viene.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Starker Auftritt. Bevor wir ihr ein Angebot machen, möchte unser CTO noch ein kurzes "
        "Gespräch mit ihr führen.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Muito bom. Antes de fazer uma proposta, queremos uma última conversa dele com o nosso "
        "CEO.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Excellent. Avant de lui faire une offre, notre DG souhaite la rencontrer jeudi prochain.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    # an offer of employment: the job, its pay or its start
    P(
        "verdict",
        "es",
        "Queremos contratarla. Salario de 60k y empezaría en marzo.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "On souhaite l'embaucher, avec une prise de poste début mars.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Queremos contratá-lo, com início em março.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "We want him. Please draft the paperwork: 120k base, start date 1 February.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    # none of the options, and word to come later: a decline
    P(
        "pick",
        "en",
        "Neither of those works, sorry. Let me check with my manager and revert.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "I can't make any of them unfortunately. I'll get back to you with something.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "None of those suit and I don't know my schedule for next week yet, I'll come back to you.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "Ninguno de los tres horarios me va bien, lo siento. Te aviso en cuanto sepa algo.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "No puedo en ninguno de esos horarios; todavía no tengo cerrada la agenda de la semana "
        "que viene. Te digo algo pronto.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Aucune de ces options ne fonctionne pour moi, mon planning de la semaine prochaine "
        "n'est pas encore calé. Je vous redis.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Je ne peux à aucun de ces créneaux, désolé ; je reviens vers vous.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Leider passt keiner der drei Termine, meine Planung für nächste Woche steht noch nicht. "
        "Ich melde mich, sobald ich mehr weiß.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Weder Mittwoch noch Donnerstag geht bei mir, ich gebe Ihnen Bescheid.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Nenhum desses horários dá para mim. Aviso assim que souber.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Não consigo em nenhum dos horários propostos, ainda não sei a minha agenda da próxima "
        "semana. Volto a falar consigo em breve.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    # none of the options, and real new times: availability
    P(
        "pick",
        "en",
        "None of those work, but I'm free Friday afternoon.",
        "availability",
        _FRI_AFTERNOON,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "Ninguno me viene bien, pero el viernes por la tarde estoy libre.",
        "availability",
        _FRI_AFTERNOON,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Keiner der Termine klappt, dafür hätte ich Freitagnachmittag Zeit.",
        "availability",
        _FRI_AFTERNOON,
        stage="proposed",
        context=OPTIONS,
    ),
    # a second set of variants, written and measured before the rules were widened for them
    P(
        "verdict",
        "en",
        "Loved him. We can't move until the new budget year opens in January, so bear with us.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "She's the one we want, but our VP has to sign off on the level first. Expect two weeks "
        "or so.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Good candidate. We're waiting to hear back from HR on whether the role stays open, give "
        "us till the end of the month.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Es el mejor que hemos visto, pero depende de que finanzas libere el presupuesto. Danos "
        "unas semanas.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Nos gustó bastante. De momento lo dejamos en pausa hasta tener la aprobación de la "
        "dirección.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Candidat très solide. Tout dépend maintenant de l'arbitrage budgétaire de janvier, on "
        "vous tient au courant.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Elle nous plaît beaucoup, mais nous attendons le feu vert du siège avant d'aller plus "
        "loin.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Top Kandidatin. Wir warten noch auf die Freigabe der Stelle durch die Geschäftsführung, "
        "ca. zwei Wochen.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Hat uns gut gefallen, aber das Budget für 2027 ist noch nicht bewilligt. Bitte halten "
        "Sie ihn warm.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "É o candidato preferido, mas dependemos da aprovação do orçamento pela direção. Umas "
        "três semanas.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Gostámos muito, porém a abertura da vaga ainda não foi confirmada pela administração.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Promising. Can we get her in front of the engineering team for a pairing session?",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Good first call. Let's line up the take-home and a debrief with Priya after.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "I'd want our CFO to have 30 minutes with him before anything else.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Bien en general. El siguiente paso sería una entrevista con el director de operaciones.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Me convenció. ¿Podemos organizar un café con el equipo la semana que viene?",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Prometteur. Il faudrait qu'il passe un entretien avec notre directrice juridique.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Bonne impression. Proposons-lui un cas pratique avec l'équipe data.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Überzeugend. Im nächsten Schritt würden wir sie gern zu einem Gespräch mit der "
        "Bereichsleitung einladen.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Gutes Gespräch. Er sollte noch mit unserem Teamlead sprechen.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Boa conversa. O próximo passo seria uma entrevista com a diretora de RH.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Gostei. Podemos marcar um papo com o time de engenharia?",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "We're going to offer. Can you sound him out on a package around 110k?",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Adelante con ella: le hacemos la propuesta esta semana.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "On y va ! Nous allons lui proposer le poste.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Wir wollen ihn haben. Bitte bereiten Sie den Vertrag vor.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P("verdict", "pt", "Vamos avançar com a contratação dela.", "feedback", outcome="offer", **_V),
    P(
        "verdict",
        "en",
        "We'll pass on this one, the culture piece didn't click.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Lamentablemente no seguiremos con su candidatura.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Nous ne retiendrons pas sa candidature.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Leider passt das Profil nicht, wir sagen ab.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Não vamos avançar com ele, infelizmente.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "pick",
        "en",
        "Unfortunately none of the slots work for me this week. Let me look at next week and come "
        "back to you.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "None of those are any good, sorry! I'll ping you tomorrow with alternatives.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "I'm afraid I can't do any of those times. Will revert shortly.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "Ninguna de esas fechas me cuadra. Te escribo mañana con alternativas.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "Lo siento, no me va bien ninguno. Miro la agenda y te digo.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Aucun de ces horaires ne m'arrange malheureusement. Je vous propose d'autres dates "
        "rapidement.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Ni mercredi ni jeudi ne me conviennent, je regarde mon agenda et je reviens vers vous.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Keine der Optionen passt mir leider. Ich schicke Ihnen morgen Alternativen.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Die vorgeschlagenen Zeiten gehen bei mir alle nicht, ich melde mich.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Nenhuma dessas datas funciona para mim, infelizmente. Dou notícias amanhã.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Nem quarta nem quinta dá, vou ver a minha agenda e retorno.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "Neither works, but Friday afternoon is wide open.",
        "availability",
        _FRI_AFTERNOON,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Aucun ne me va, en revanche vendredi après-midi je suis libre.",
        "availability",
        _FRI_AFTERNOON,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Nenhum serve, mas sexta à tarde estou livre.",
        "availability",
        _FRI_AFTERNOON,
        stage="proposed",
        context=OPTIONS,
    ),
    # a third set, measured at 22/35 exact (1 silent) before the rules were widened for it
    P(
        "verdict",
        "en",
        "Really liked her. Finance are still reviewing the req, so we can't commit for another "
        "couple of weeks.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "He's top of our list. Waiting on board approval for the new team, should hear "
        "mid-January.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Es nuestra candidata favorita, pero hasta que no se apruebe el presupuesto del año que "
        "viene no podemos avanzar.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Très bon feeling. En revanche, le budget n'est pas encore débloqué ; comptez trois "
        "semaines.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Wir sind begeistert, müssen aber die Budgetrunde im Januar abwarten.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Ficámos muito bem impressionados, mas a vaga está congelada até o orçamento ser aprovado.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Good stuff. Could we loop in Marcus from the platform team for a deeper technical dive?",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Yes from me. Let's get her back for the onsite with the wider team.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Decent. I'd like to see how he handles a live coding exercise before deciding.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Muy bien. Que pase a la fase final con el comité.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Nos ha gustado. Nos gustaría hacerle una prueba técnica la próxima semana.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Convaincant. Nous aimerions qu'il rencontre l'équipe produit lors d'un second entretien.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Ok pour nous, on passe à l'étape d'après : entretien avec le CEO.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Passt gut. Als nächstes bitte ein Termin mit unserem Geschäftsführer.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Gerne weiter, wir würden sie zu einer Fallstudie einladen.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Gostámos. Queremos avançar para a fase seguinte com um case técnico.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Let's make it happen — send her the offer, 85k plus equity.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Le vamos a ofrecer el puesto. ¿Puedes sondear su pretensión salarial?",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Banco, on lui fait une offre dès demain.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Wir möchten ihr ein Vertragsangebot schicken.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Vamos fazer-lhe uma proposta formal esta semana.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Not for us, I'm afraid. Too junior for the role.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "No vamos a continuar con el proceso de Julián.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Nous préférons ne pas aller plus loin avec elle.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Wir werden den Prozess mit ihm nicht fortsetzen.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Decidimos não seguir com a candidatura dela.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "pick",
        "en",
        "Sadly none of these fit around my current job. I'll come back with a few alternatives.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "I can't do any of the three. Will be in touch.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "No me encaja ninguno de los horarios. Os escribo en cuanto tenga la agenda más clara.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Malheureusement, aucun créneau ne me convient. Je vous recontacte.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Leider geht keiner der genannten Termine. Ich komme auf Sie zurück.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Infelizmente nenhuma das opções me serve. Retorno assim que possível.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "None of those, sorry. Friday afternoon would work though.",
        "availability",
        _FRI_AFTERNOON,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "Ninguna de esas opciones. ¿Podría ser el viernes por la tarde?",
        "availability",
        _FRI_AFTERNOON,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Nenhum desses horários dá. Sexta-feira à tarde seria possível?",
        "availability",
        _FRI_AFTERNOON,
        stage="proposed",
        context=OPTIONS,
    ),
    # a fourth set, written after the rules above and measured at 17/32 exact (none silent)
    P(
        "verdict",
        "en",
        "Impressive. We just need the hiring committee to rubber-stamp it next Tuesday, then we "
        "can talk numbers.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Strong yes, but the role is pending final budget approval. Hang tight for ~10 days.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Perfil muy interesante. Estamos a la espera de que RRHH confirme la plaza; en dos "
        "semanas os decimos.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Il nous a beaucoup plu. Nous attendons la validation du budget 2027 avant de nous "
        "engager.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Tolle Kandidatin. Die Freigabe der Stelle steht noch aus, wir rechnen mit drei Wochen.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Muito boa. Falta só a aprovação final da diretoria, deve sair no fim do mês.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Good. Please arrange a second interview with Jo and Sam.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "He did well. Our head of design wants to meet him too before we go further.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Nos encajó. Quisiéramos una segunda entrevista con el equipo técnico.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Bien. Le pediría un pequeño caso práctico para la semana que viene.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Positif. On peut caler un deuxième entretien avec Julien ?",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Bon échange. Je souhaiterais qu'elle voie aussi notre directeur commercial.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Positiv. Bitte organisieren Sie ein zweites Gespräch mit Frau Weber.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Ein guter Eindruck. Wir möchten ihn noch mit dem Team zusammenbringen.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Correu bem. Gostaria de marcar uma segunda entrevista com o diretor técnico.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Aprovado nesta etapa! Próxima: conversa com a CEO.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "We'd like to extend an offer to her. I'll send the numbers separately.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Decidido: la contratamos. Te paso los detalles de la oferta mañana.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Nous souhaitons lui proposer un CDI, démarrage en mars.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Wir wollen ihn einstellen, Gehalt wie besprochen.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Vamos contratá-la! Envio os detalhes da proposta amanhã.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Thanks, but we've decided to go with an internal candidate.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "No nos ha convencido del todo y preferimos no seguir.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Malheureusement ce ne sera pas possible, le profil est trop junior.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Für die Rolle reicht die Erfahrung leider nicht.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "pick",
        "en",
        "Sorry, none of these days work — I'm tied up all week. I'll suggest some times once my "
        "calendar clears.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "Those don't work for me, unfortunately. Can I come back to you on Monday?",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "Ninguna de las tres opciones me cuadra, lo siento. Te digo algo la semana que viene.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Aucune de ces dates ne me va. Je reviens vers vous avec d'autres propositions.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Die drei Termine passen mir leider nicht. Ich schlage Ihnen bald neue vor.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Nenhum dos horários propostos funciona. Eu te aviso quando tiver uma data.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Keiner der Termine passt, aber Freitag ab 12 Uhr hätte ich Zeit.",
        "availability",
        _FRI_AFTERNOON,
        stage="proposed",
        context=OPTIONS,
    ),
    # a fifth set, written after all the rules above and measured at 19/27 exact (1 silent)
    P(
        "verdict",
        "en",
        "We rate him highly. Timing is the issue: the team's budget for next year isn't locked "
        "in, so give us until mid-January.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Nos ha gustado mucho, pero seguimos esperando a que se apruebe la vacante. Te aviso en "
        "cuanto sepa algo.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Excellent profil, mais tout est suspendu à la validation du plan de recrutement.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Super Eindruck. Leider fehlt uns noch die Budgetzusage, bitte noch etwas Geduld.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Excelente. Só estamos à espera que o RH libere a vaga.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Yes, let's keep going — a panel with the leadership team next.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Keen to progress. Can you set her up with our VP Engineering for a 45-minute chat?",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Adelante con la siguiente entrevista, esta vez con el CTO.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "On continue : il verra notre CTO pour un entretien final.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Wir machen weiter: nächste Runde mit dem CTO.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Vamos seguir: ela passa para a entrevista final com o CEO.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "She's our pick. Please tell her an offer is on its way.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Queremos ofrecerle el puesto de inmediato.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Nous allons lui envoyer une promesse d'embauche.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Wir würden ihr gern ein Angebot unterbreiten.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P("verdict", "pt", "Queremos fazer uma oferta ao João.", "feedback", outcome="offer", **_V),
    P("verdict", "en", "Sorry, not the profile we're after.", "feedback", outcome="reject", **_V),
    P("verdict", "es", "No continuaremos con ella, gracias.", "feedback", outcome="reject", **_V),
    P("verdict", "fr", "Ce sera non pour nous.", "feedback", outcome="reject", **_V),
    P(
        "verdict",
        "de",
        "Wir möchten nicht weiter mit ihm gehen.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Não vamos prosseguir com a candidatura.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "pick",
        "en",
        "None of the above, I'm afraid. I'll circle back with better times.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "Me temo que ninguna me viene. Os digo otras fechas más adelante.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Aucun des trois ne me convient ; je vous propose d'autres dates dès que possible.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Keiner der drei Slots klappt bei mir. Ich melde mich mit Alternativen.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Nenhuma das três opções dá para mim. Depois envio outras datas.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "Neither of these, but I'm free Friday afternoon.",
        "availability",
        _FRI_AFTERNOON,
        stage="proposed",
        context=OPTIONS,
    ),
)
ALL_PROBES += PROBES_R8V


# Round 9 (picks, confirmations and HTML): variants of the phrasebook's constructs written after
# the rules were widened for it, to check that they hold beyond its sentences: options by letter
# and place, picks taken back, misspelt weekdays, confirmations, the booked slot moved by an
# amount, either of two named days, the options refused by a demonstrative.
_R9_PICK = {"stage": "proposed", "context": OPTIONS}
_R9_BOOKED = {"stage": "scheduled", "context": BOOKED}
PROBES_R9P: tuple[Probe, ...] = (
    P("pick", "en", "Option B works for me.", "accept", selected=2, **_R9_PICK),
    P("pick", "en", "B please!", "accept", selected=2, **_R9_PICK),
    P("pick", "es", "Prefiero la B, gracias.", "accept", selected=2, **_R9_PICK),
    P("pick", "fr", "Je prends la B.", "accept", selected=2, **_R9_PICK),
    P("pick", "de", "Variante A passt.", "accept", selected=1, **_R9_PICK),
    P("pick", "pt", "Fico com a B.", "accept", selected=2, **_R9_PICK),
    P("pick", "en", "The one in the middle works.", "accept", selected=2, **_R9_PICK),
    P("pick", "es", "La opción del medio, por favor.", "accept", selected=2, **_R9_PICK),
    P("pick", "fr", "L'option du milieu me convient.", "accept", selected=2, **_R9_PICK),
    P("pick", "de", "Der mittlere Termin passt mir.", "accept", selected=2, **_R9_PICK),
    P("pick", "pt", "A opção do meio serve.", "accept", selected=2, **_R9_PICK),
    P(
        "pick",
        "en",
        "I'd have gone for option 1, but something came up. Option 2 then.",
        "accept",
        selected=2,
        **_R9_PICK,
    ),
    P(
        "pick",
        "en",
        "I was going to say Wednesday at 1, but I'm now stuck in a meeting. Thursday works.",
        "accept",
        selected=2,
        **_R9_PICK,
    ),
    P(
        "pick",
        "fr",
        "Je voulais prendre l'option 1, mais finalement la 3 m'arrange mieux.",
        "accept",
        selected=3,
        **_R9_PICK,
    ),
    P(
        "pick",
        "es",
        "Pensaba coger la 3, pero al final mejor la 2.",
        "accept",
        selected=2,
        **_R9_PICK,
    ),
    P(
        "pick",
        "de",
        "Ich wollte erst Option 2 nehmen, aber Option 3 passt besser.",
        "accept",
        selected=3,
        **_R9_PICK,
    ),
    P("pick", "en", "Thursay works for me.", "accept", selected=2, **_R9_PICK),
    P("pick", "fr", "Jeuid me va.", "accept", selected=2, **_R9_PICK),
    P("pick", "de", "Donerstag passt.", "accept", selected=2, **_R9_PICK),
    P("pick", "es", "El juevs me va bien.", "accept", selected=2, **_R9_PICK),
    P("pick", "pt", "Quinta-fiera está ótimo.", "accept", selected=2, **_R9_PICK),
    P("plain", "en", "Confirmed, see you then.", "accept", **_R9_BOOKED),
    P("plain", "fr", "Confirmé, à demain.", "accept", **_R9_BOOKED),
    P("plain", "de", "Bestätigt, ich werde dabei sein.", "accept", **_R9_BOOKED),
    P("plain", "es", "Ahí estaré, gracias.", "accept", **_R9_BOOKED),
    P("plain", "pt", "Confirmada, estarei lá.", "accept", **_R9_BOOKED),
    P(
        "plain",
        "en",
        "Could we start 15 minutes later?",
        "reschedule",
        ((2, "14:15", "15:15"),),
        **_R9_BOOKED,
    ),
    P(
        "plain",
        "en",
        "Can we move it an hour earlier?",
        "reschedule",
        ((2, "13:00", "14:00"),),
        **_R9_BOOKED,
    ),
    P(
        "plain",
        "fr",
        "Pourrait-on avancer d'une demi-heure ?",
        "reschedule",
        ((2, "13:30", "14:30"),),
        **_R9_BOOKED,
    ),
    P(
        "plain",
        "de",
        "Können wir eine Stunde früher anfangen?",
        "reschedule",
        ((2, "13:00", "14:00"),),
        **_R9_BOOKED,
    ),
    P(
        "plain",
        "es",
        "¿Podemos adelantarla media hora?",
        "reschedule",
        ((2, "13:30", "14:30"),),
        **_R9_BOOKED,
    ),
    P(
        "plain",
        "pt",
        "Dá para atrasar uma hora?",
        "reschedule",
        ((2, "15:00", "16:00"),),
        **_R9_BOOKED,
    ),
    P("plain", "en", "I'll be 10 minutes late, sorry!", "question", **_R9_BOOKED),
    P("plain", "en", "👍👍", "other", **_R9_BOOKED),
    P(
        "pick",
        "es",
        "El miércoles a la 1 o el jueves, me da igual.",
        "accept",
        selected=1,
        **_R9_PICK,
    ),
    P(
        "pick",
        "de",
        "Mittwoch 16 Uhr oder Donnerstag, wie Sie möchten.",
        "accept",
        selected=2,
        **_R9_PICK,
    ),
    P(
        "pick",
        "fr",
        "Ces horaires ne me vont pas. Je suis libre vendredi matin.",
        "availability",
        ((4, "09:00", "12:00"),),
        **_R9_PICK,
    ),
    P("pick", "es", "Estas fechas no me sirven, lo siento.", "decline", **_R9_PICK),
    P("pick", "pt", "Essas opções não funcionam para mim.", "decline", **_R9_PICK),
)
ALL_PROBES += PROBES_R9P
# Round 9 (verdicts and instructions): the constructs of the verdicts phrasebook, in wordings of
# their own: a cancel that refuses a new time, a withdrawal relayed beside a cancel, a decision put
# off or torn between two, the process ended, the offer's noun sent, a further step with someone.
_R9_RELAY = {"role": "recruiter", "stage": "scheduled", "context": BOOKED}
PROBES_R9V: tuple[Probe, ...] = (
    P(
        "relay",
        "en",
        "Please drop Priya's panel tomorrow, the client closed the req. No need to rebook her.",
        "cancel",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "fr",
        "Annule l'entretien de Hugo demain, le poste est pourvu. Pas besoin de le reporter.",
        "cancel",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "es",
        "Cancela la entrevista de Rocío, el cliente congeló el puesto. No le propongas "
        "otras fechas.",
        "cancel",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "pt",
        "Pode cancelar a entrevista do Rafael? A vaga foi congelada, não precisa reagendar.",
        "cancel",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "de",
        "Bitte das Gespräch mit Nora streichen, die Stelle ist besetzt. Nicht verschieben.",
        "cancel",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "en",
        "Quick update: Omar has decided to stay with his current employer. Please cancel "
        "tomorrow's call.",
        "withdraw",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "fr",
        "Inès m'a prévenu qu'elle quitte le processus. Merci d'annuler son entretien.",
        "withdraw",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "pt",
        "O Pedro aceitou uma contraproposta e saiu do processo; desmarca a entrevista dele.",
        "withdraw",
        **_R9_RELAY,
    ),
    P(
        "verdict",
        "en",
        "We'll decide after we've seen the last two finalists.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Tenemos dudas: estamos dudando entre él y otra candidata.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Gefällt uns, aber ohne unseren CFO will ich nicht entscheiden.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Não deixa ele ir, mas ainda estamos avaliando outros perfis.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Let's end the process with Marco here, not the level we need.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Nous ne poursuivrons malheureusement pas avec Julien.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Wir möchten den Prozess mit Herrn Wolf hier beenden.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Cerramos el proceso con Lucía, no es lo que buscamos.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Great news, please send Mia the offer today.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Adelante: prepara la oferta para Diego.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Aprovado! Pode enviar a proposta para o Bruno.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "On est prêts à recruter Camille, envoyez-lui la proposition.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Good session. A call with our head of data next would be ideal.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Gutes Gespräch. Als Nächstes bitte ein Termin mit unserem Teamlead.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Gostei. Marquem uma conversa com a Júlia, nossa diretora.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Très bien. Une rencontre avec l'équipe tech la semaine prochaine ?",
        "feedback",
        outcome="advance",
        **_V,
    ),
    # more wordings, written after the rules were widened: 38 of 44 read right at first, four more
    # once "no hay que", an approved offer, a step said to have been had and "hésite encore"
    # were read; two still misread ("Herrn Braun absagen", "nicht ... verschieben?") are left out
    P(
        "verdict",
        "en",
        "Not for us, I'm afraid. Please let him know.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P("verdict", "en", "We're going to stop here with Alex.", "feedback", outcome="reject", **_V),
    P(
        "verdict",
        "en",
        "Unfortunately it's a no from the hiring panel.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Merci, mais nous n'irons pas plus loin avec elle.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Lo sentimos, pero no vamos a continuar con su candidatura.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Infelizmente vamos encerrar o processo dele aqui.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P("verdict", "en", "Let's make her an offer!", "feedback", outcome="offer", **_V),
    P(
        "verdict",
        "en",
        "Offer approved by the board, please extend it to Tom.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Envoyez-lui une offre dès que possible.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Bitte schicken Sie ihm das Vertragsangebot.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P("verdict", "es", "Queremos hacerle una oferta a Marta.", "feedback", outcome="offer", **_V),
    P(
        "verdict",
        "pt",
        "Vamos fazer uma proposta para ela esta semana.",
        "feedback",
        outcome="offer",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Solid. Can we get a technical interview with Raj set up?",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Bon entretien. On organise un deuxième rendez-vous avec le directeur ?",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Sehr gut. Bitte ein zweites Gespräch mit Herrn Roth vereinbaren.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Bien. Me gustaría una segunda entrevista con nuestro director.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Gostamos. Vamos marcar uma segunda conversa com o gestor.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "Good, but we want to see the other two candidates before deciding.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Très bien, mais on attend l'avis du DG avant de se prononcer.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Wir warten noch auf die Budgetfreigabe, dann entscheiden wir.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Nos gusta, pero no decidiremos hasta ver a los otros finalistas.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Gostamos, mas só vamos decidir depois de ver os outros candidatos.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "relay",
        "en",
        "Please cancel Dan's interview on Wednesday, the role was put on hold. Don't rebook.",
        "cancel",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "fr",
        "Merci d'annuler l'entretien de mercredi, inutile d'en proposer un autre.",
        "cancel",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "de",
        "Bitte das Interview am Mittwoch absagen, kein Ersatztermin.",
        "cancel",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "es",
        "Cancela la entrevista del miércoles, no hay que reprogramarla.",
        "cancel",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "pt",
        "Cancela a entrevista de quarta, não é preciso remarcar.",
        "cancel",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "en",
        "Lena just told me she's dropping out, she accepted a counteroffer.",
        "withdraw",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "de",
        "Frau Schulz ist abgesprungen, sie bleibt bei ihrem Arbeitgeber.",
        "withdraw",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "es",
        "Pablo se baja del proceso, se queda en su empresa actual.",
        "withdraw",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "fr",
        "Léo reste finalement chez son employeur actuel, il se retire.",
        "withdraw",
        **_R9_RELAY,
    ),
    P(
        "verdict",
        "en",
        "Had a great interview with her yesterday, but we're still deciding.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "en",
        "We enjoyed the conversation with Tom. Unfortunately we won't move forward.",
        "feedback",
        outcome="reject",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Nous avons eu un très bon échange avec elle, mais nous hésitons encore.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Wir hatten ein gutes Gespräch mit ihm, warten aber noch auf die Budgetfreigabe.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Tuvimos una buena entrevista con ella; aún estamos valorando.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "pick",
        "en",
        "Thanks for the proposal, Thursday works for me.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Obrigado pela proposta, quinta às 10h funciona.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "I'd rather not reschedule, Wednesday at 1 works.",
        "accept",
        selected=1,
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "relay",
        "en",
        "Can we move it? She can't do Wednesday, but Thursday after 3 is fine.",
        "reschedule",
        ((3, "15:00", "17:00"),),
        **_R9_RELAY,
    ),
    P(
        "relay",
        "en",
        "Why don't we reschedule to Thursday afternoon?",
        "reschedule",
        ((3, "12:00", "17:00"),),
        **_R9_RELAY,
    ),
    P(
        "plain",
        "en",
        "Sorry, I need to reschedule. Not Wednesday, but Thursday afternoon works.",
        "reschedule",
        ((3, "12:00", "17:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    # a refusal of every option explained after a colon: the days named are the reason, unless
    # that clause offers or asks
    P(
        "pick",
        "en",
        "None of these work: I'm free Thursday after 3.",
        "availability",
        ((3, "15:00", "17:00"),),
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "None of these work: how about Thursday after 3?",
        "availability",
        ((3, "15:00", "17:00"),),
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "None of those slots work for me: I'm in Lisbon from the 2nd to the 4th. I'll get back "
        "to you.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "Ninguna de esas opciones me va: estaré de viaje el jueves y el viernes. Te escribo luego.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
)
ALL_PROBES += PROBES_R9V
# Round 9 (windows): constructs of the windows phrasebook, each in several languages, in texts
# of their own (never the phrasebook's nor the held-out ones).
_BER, _MAD, _PAR, _LIS = "Europe/Berlin", "Europe/Madrid", "Europe/Paris", "Europe/Lisbon"
_MON_WED_AM = ((7, "09:00", "12:00"), (9, "09:00", "12:00"))


_WED_FRI_3PM = ((2, "15:00", "17:00"), (4, "15:00", "17:00"))
PROBES_R9W: tuple[Probe, ...] = (
    # a per-day list entry marked taken, whatever its separator and word
    P(
        "ruled-out",
        "en",
        "Options for Dana:\nMon 7 – 10 to 11:30\nTue 8 – booked up\nWed 9 – 2 to 4",
        "availability",
        ((7, "10:00", "11:30"), (9, "14:00", "16:00")),
    ),
    P(
        "ruled-out",
        "fr",
        "Pour M. Roux :\nlundi 7 : 9h-12h\nmardi 8 : complet\nmercredi 9 : —",
        "availability",
        ((7, "09:00", "12:00"),),
        zone=_PAR,
    ),
    P(
        "ruled-out",
        "de",
        "Kalender von Frau Engel:\nMo 7.12.: vormittags\nDi 8.12.: belegt\nMi 9.12.: vormittags",
        "availability",
        _MON_WED_AM,
        zone=_BER,
    ),
    P(
        "ruled-out",
        "es",
        "Agenda del Sr. Ruiz:\n- lunes 7, de 9 a 12\n- martes 8, ocupado\n- miércoles 9, de 9 a 12",
        "availability",
        _MON_WED_AM,
        zone=_MAD,
    ),
    P(
        "ruled-out",
        "pt",
        "Agenda da Dra. Lima:\nSeg 7 - de manhã\nTer 8 - em viagem, sem agenda\nQua 9 - de manhã",
        "availability",
        _MON_WED_AM,
        zone=_LIS,
    ),
    P(
        "ruled-out",
        "en",
        "Mark's week:\n- Mon 7th: traveling, back late\n- Wed 9th, 9am to noon\n- Tue 8th, no",
        "availability",
        ((9, "09:00", "12:00"),),
    ),
    # a day answered with a bare no, then days offered
    P(
        "ruled-out",
        "es",
        "El miércoles no. El jueves o el viernes, desde las 15h.",
        "availability",
        ((3, "15:00", "17:00"), (4, "15:00", "17:00")),
        zone=_MAD,
    ),
    P(
        "ruled-out",
        "de",
        "Mittwoch nein, Freitag gern ab 15 Uhr.",
        "availability",
        ((4, "15:00", "17:00"),),
        zone=_BER,
    ),
    P(
        "ruled-out",
        "fr",
        "Jeudi ne m'est pas possible ; mercredi ou vendredi après 15h.",
        "availability",
        _WED_FRI_3PM,
        zone=_PAR,
    ),
    # hours in words after their article, in Spanish and Portuguese
    P(
        "time-of-day",
        "es",
        "El jueves de tres a cinco, o el viernes a las once.",
        "availability",
        ((3, "15:00", "17:00"), (4, "11:00", "12:00")),
        zone=_MAD,
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta das duas às quatro ou sexta a partir das três.",
        "availability",
        ((3, "14:00", "16:00"), (4, "15:00", "17:00")),
        zone=_LIS,
    ),
    # hours in four digits, hours listed after a weekday's comma
    P(
        "time-of-day",
        "en",
        "Wednesday 0930-1100 or Friday 1300-1430.",
        "availability",
        ((2, "09:30", "11:00"), (4, "13:00", "14:30")),
    ),
    P(
        "time-of-day",
        "de",
        "Donnerstag, 10 oder 14 Uhr.",
        "availability",
        ((3, "10:00", "11:00"), (3, "14:00", "15:00")),
        zone=_BER,
    ),
    # a zone in the sender's language, and the same time restated in the context's zone
    P(
        "time-of-day",
        "de",
        "Mittwoch 17 Uhr MEZ, das wäre 11 Uhr bei Ihnen.",
        "availability",
        ((2, "11:00", "12:00"),),
    ),
    # the sender's shift and childcare are no offer
    P(
        "ruled-out",
        "en",
        "Thursday between 9 and 11 works, my shift starts at noon.",
        "availability",
        ((3, "09:00", "11:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "La semana que viene, por las mañanas; por las tardes tengo que recoger a los niños.",
        "availability",
        each_day((7, 8, 9, 10, 11), "09:00", "12:00"),
        zone=_MAD,
    ),
    # the whole of a day excepted, a range of short weekdays, a deadline over a line end
    P(
        "ruled-out",
        "en",
        "Next week works, except Monday afternoon and all of Wednesday.",
        "availability",
        ((7, "09:00", "12:00"), *each_day((8, 10, 11), "09:00", "17:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "Mar-Jeu la semaine prochaine, l'après-midi.",
        "availability",
        ((8, "12:00", "17:00"), (9, "12:00", "17:00"), (10, "12:00", "17:00")),
        zone=_PAR,
    ),
    P(
        "ruled-out",
        "de",
        "Nächste Woche Dienstag ab 14 Uhr. Könnten Sie mir bis\nDonnerstag sagen, ob das passt?",
        "availability",
        ((8, "14:00", "17:00"),),
        zone=_BER,
    ),
    # a refusal in a condition is the other side's: its day is neither offered nor refused
    P(
        "ruled-out",
        "en",
        "Wednesday at 11 suits me. If Thursday doesn't work on your end, Monday after 2 is fine.",
        "availability",
        ((2, "11:00", "12:00"), (7, "14:00", "17:00")),
    ),
    P(
        "ruled-out",
        "es",
        "El miércoles a las 11. Si el jueves no os va bien, el lunes desde las 14h.",
        "availability",
        ((2, "11:00", "12:00"), (7, "14:00", "17:00")),
        zone=_MAD,
    ),
    P(
        "ruled-out",
        "de",
        "Mittwoch um 11 Uhr. Falls Ihnen Donnerstag nicht passt, ginge Montag ab 14 Uhr.",
        "availability",
        ((2, "11:00", "12:00"), (7, "14:00", "17:00")),
        zone=_BER,
    ),
    # French hours in words before "heures", a trip told before its day, a city's hour
    P(
        "time-of-day",
        "fr",
        "Mercredi vers seize heures, ou jeudi à dix heures.",
        "availability",
        ((2, "16:00", "17:00"), (3, "10:00", "11:00")),
        zone=_PAR,
    ),
    P(
        "ruled-out",
        "es",
        "Viajo a Bogotá el jueves, así que mejor el miércoles por la tarde (hora de Miami).",
        "availability",
        ((2, "12:00", "17:00"),),
    ),
    # leave told across a line break and a date in brackets; the departure as a time bound
    P(
        "ruled-out",
        "en",
        "I'm away on leave\nfrom Monday (Dec 7) through Wednesday the 9th. Before I leave I could\n"
        "do Thursday after 2, and Thursday the 10th is open too.",
        "availability",
        ((3, "14:00", "17:00"), (10, "09:00", "17:00")),
    ),
    # a quarter before or after an hour, in words
    P(
        "time-of-day",
        "de",
        "Mittwoch um Viertel nach drei oder Donnerstag um dreiviertel zehn.",
        "availability",
        ((2, "15:15", "16:15"), (3, "09:45", "10:45")),
        zone=_BER,
    ),
    P(
        "time-of-day",
        "es",
        "El miércoles a la una menos cuarto.",
        "availability",
        ((2, "12:45", "13:45"),),
        zone=_MAD,
    ),
    P(
        "time-of-day",
        "pt",
        "Sexta às quinze para as três.",
        "availability",
        ((4, "14:45", "15:45"),),
        zone=_LIS,
    ),
    # the rest of the week just named, without the days named in it
    P(
        "ruled-out",
        "en",
        "Wed and Thu next week are taken; the rest of that week I can do mornings.",
        "availability",
        ((7, "09:00", "12:00"), (8, "09:00", "12:00"), (11, "09:00", "12:00")),
    ),
    P(
        "ruled-out",
        "es",
        "El miércoles y el jueves de la semana que viene tengo formación; el resto de esa semana, "
        "por la tarde.",
        "availability",
        ((7, "12:00", "17:00"), (8, "12:00", "17:00"), (11, "12:00", "17:00")),
        zone=_MAD,
    ),
)
ALL_PROBES += PROBES_R9W
# Round 10 (intents, verdicts and picks): constructs of the held-out j-* set, each in several
# languages, in texts of their own.
# Options whose first falls in a morning the reply spends elsewhere.
_R10_MORNING_FIRST = {
    "stage": "proposed",
    "context": {"proposed": [_slot(2, 9), _slot(3, 11), _slot(4, 15)]},
}
PROBES_R10V: tuple[Probe, ...] = (
    # a refusal of every option whose promise of word back only guesses its day: the guess is
    # when the answer comes, not a time offered
    P(
        "pick",
        "en",
        "None of these work for me, sorry. I'll get back to you, probably next week.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "es",
        "No me va ninguna de esas opciones, lo siento. Te digo algo, seguramente el lunes.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Aucun de ces créneaux ne me convient. Je vous dirai, sans doute la semaine prochaine.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Leider passt keiner der Termine. Ich melde mich, wahrscheinlich am Montag.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Nenhuma dessas opções dá para mim. Dou notícias, provavelmente na segunda.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "pick",
        "en",
        "None of the three slots work, sorry. We'll come back to you, most likely on Friday.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    # the sender's own call with the candidate, at a time of its own, beside a cancel: when the
    # sender acts, not a new time
    P(
        "relay",
        "en",
        "Please call off Wednesday's session, the client has hired someone internally. I've got "
        "a quick call with him at 5 today and will break the news.",
        "cancel",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "de",
        "Das Interview am Mittwoch bitte absagen, der Kunde hat intern besetzt. Ich habe morgen "
        "früh sowieso einen Anruf mit ihr.",
        "cancel",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "fr",
        "Merci d'annuler l'entretien de mercredi, le client a recruté en interne. J'ai justement "
        "un appel avec lui demain à 10h.",
        "cancel",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "es",
        "Cancela la entrevista del miércoles, por favor: han cubierto la vacante. Mañana a las 9 "
        "tengo una llamada con ella y se lo cuento.",
        "cancel",
        **_R9_RELAY,
    ),
    P(
        "relay",
        "pt",
        "Favor cancelar a entrevista de quarta, o cliente contratou internamente. Tenho uma "
        "ligação com ele amanhã às 11h e explico tudo.",
        "cancel",
        **_R9_RELAY,
    ),
    # a good verdict put off until something is known, said as committing: a hold
    P(
        "verdict",
        "en",
        "Really liked him. That said, our team may be reorganised in spring and I want to see "
        "the new structure before committing.",
        "feedback",
        outcome="hold",
        **_VERDICT,
    ),
    P(
        "verdict",
        "fr",
        "Bon entretien, le profil nous plaît. Mais la direction revoit les budgets et il me faut "
        "leur arbitrage avant de m'engager.",
        "feedback",
        outcome="hold",
        **_VERDICT,
    ),
    P(
        "verdict",
        "es",
        "Nos gustó mucho la candidata. Aun así, está pendiente una fusión y necesito saber cómo "
        "queda el equipo antes de comprometerme.",
        "feedback",
        outcome="hold",
        **_VERDICT,
    ),
    P(
        "verdict",
        "de",
        "Das Gespräch war stark. Allerdings wird unsere Abteilung neu aufgestellt, und bevor ich "
        "mich festlege, muss ich wissen, wie die Stelle danach aussieht.",
        "feedback",
        outcome="hold",
        **_VERDICT,
    ),
    P(
        "verdict",
        "pt",
        "Gostamos bastante dele. Porém o orçamento do ano ainda não saiu e preciso vê-lo antes de "
        "me comprometer.",
        "feedback",
        outcome="hold",
        **_VERDICT,
    ),
    # a morning spent somewhere else, then "but" another option taken: the pick is the one
    # taken, whether the reply is plain or HTML only
    P(
        "pick",
        "de",
        "<div>Mittwoch bin ich den Vormittag über im Werk, aber Donnerstag um 11 nehme ich "
        "gern.</div>",
        "accept",
        selected=2,
        html=True,
        **_R10_MORNING_FIRST,
    ),
    P(
        "pick",
        "de",
        "<div>Wir sind am Mittwoch morgens beim Kunden, aber Donnerstag um 11 passt uns gut.</div>",
        "accept",
        selected=2,
        html=True,
        **_R10_MORNING_FIRST,
    ),
    P(
        "pick",
        "fr",
        "Mercredi matin je suis chez un client, mais jeudi à 11h me convient parfaitement.",
        "accept",
        selected=2,
        **_R10_MORNING_FIRST,
    ),
    P(
        "pick",
        "es",
        "<p>El miércoles estoy toda la mañana en planta, pero el jueves a las 11 me viene "
        "perfecto.</p>",
        "accept",
        selected=2,
        html=True,
        **_R10_MORNING_FIRST,
    ),
    P(
        "pick",
        "pt",
        "Na quarta de manhã estou na obra, mas quinta às 11h fico com esse horário.",
        "accept",
        selected=2,
        **_R10_MORNING_FIRST,
    ),
)
ALL_PROBES += PROBES_R10V


PROBES_R10W: tuple[Probe, ...] = (
    # a day or part of day misspelt by one slip of the keys: swapped or one letter too many
    P(
        "slip",
        "en",
        "Spoke to the hiring manager - wednesday 10-12 or thursday afternnoon suit him.",
        "availability",
        ((2, "10:00", "12:00"), (3, "12:00", "17:00")),
    ),
    P(
        "slip",
        "en",
        "Tuesday mornign works, otherwise Friday 2-4.",
        "availability",
        ((4, "14:00", "16:00"), (8, "09:00", "12:00")),
    ),
    P(
        "slip",
        "es",
        "Le viene bien el martes por la mañana o el jeuves por la tarde.",
        "availability",
        ((3, "12:00", "17:00"), (8, "09:00", "12:00")),
        zone=_MAD,
    ),
    P(
        "slip",
        "fr",
        "Pour moi ce serait mercerdi matin ou jeudi après-midi.",
        "availability",
        ((2, "09:00", "12:00"), (3, "12:00", "17:00")),
        zone=_PAR,
    ),
    P(
        "slip",
        "de",
        "Frau Kern kann Mittwoch vormittag oder Freitag nachmmittag.",
        "availability",
        ((2, "09:00", "12:00"), (4, "12:00", "17:00")),
        zone=_BER,
    ),
    P(
        "slip",
        "pt",
        "Pode ser segnuda de manhã ou quarta à tarde.",
        "availability",
        ((2, "12:00", "17:00"), (7, "09:00", "12:00")),
        zone=_LIS,
    ),
    # noon closing a range after its article, a part of day before the range narrowed by it
    P(
        "noon-range",
        "pt",
        "Quinta de manhã dá-me jeito, entre as 9h30 e o meio-dia.",
        "availability",
        ((3, "09:30", "12:00"),),
        zone=_LIS,
    ),
    P(
        "noon-range",
        "pt",
        "Na segunda posso das 11h até ao meio-dia.",
        "availability",
        ((7, "11:00", "12:00"),),
        zone=_LIS,
    ),
    P(
        "noon-range",
        "es",
        "El jueves por la mañana, desde las 10:30 hasta el mediodía.",
        "availability",
        ((3, "10:30", "12:00"),),
        zone=_MAD,
    ),
    P(
        "noon-range",
        "es",
        "Podría el lunes entre las 11 y el mediodía.",
        "availability",
        ((7, "11:00", "12:00"),),
        zone=_MAD,
    ),
    P(
        "noon-range",
        "fr",
        "Jeudi matin, de 9h30 jusqu'à midi, ça me va.",
        "availability",
        ((3, "09:30", "12:00"),),
        zone=_PAR,
    ),
    P(
        "noon-range",
        "de",
        "Am Montag hätte ich von 10:30 Uhr bis zum Mittag Zeit.",
        "availability",
        ((7, "10:30", "12:00"),),
        zone=_BER,
    ),
    # the sender kept in a room from an hour on: the hours before it are the offer
    P(
        "kept-from",
        "en",
        "Monday or Tuesday is fine. I'm in surgery from 1pm both days.",
        "availability",
        ((7, "09:00", "13:00"), (8, "09:00", "13:00")),
    ),
    P(
        "kept-from",
        "en",
        "Thursday suits me, though I'm in court from 2pm.",
        "availability",
        ((3, "09:00", "14:00"),),
    ),
    P(
        "kept-from",
        "en",
        "Any day next week but Friday; I'm in clinic from midday so mornings only please.",
        "availability",
        tuple((d, "09:00", "12:00") for d in (7, 8, 9, 10)),
    ),
    # a part of day set off by a semicolon after a day left out qualifies the days offered
    P(
        "semicolon-part",
        "es",
        "Cualquier día de la semana que viene menos el viernes; solo por las mañanas.",
        "availability",
        tuple((d, "09:00", "12:00") for d in (7, 8, 9, 10)),
        zone=_MAD,
    ),
    P(
        "semicolon-part",
        "fr",
        "N'importe quel jour la semaine prochaine sauf vendredi ; le matin uniquement.",
        "availability",
        tuple((d, "09:00", "12:00") for d in (7, 8, 9, 10)),
        zone=_PAR,
    ),
    P(
        "semicolon-part",
        "de",
        "Nächste Woche jeden Tag außer Freitag; nur vormittags bitte.",
        "availability",
        tuple((d, "09:00", "12:00") for d in (7, 8, 9, 10)),
        zone=_BER,
    ),
    P(
        "semicolon-part",
        "pt",
        "Qualquer dia da próxima semana menos sexta; só de manhã.",
        "availability",
        tuple((d, "09:00", "12:00") for d in (7, 8, 9, 10)),
        zone=_LIS,
    ),
    # days ruled out by the sender being away in a named place, or put out of the question
    P(
        "away-named",
        "pt",
        "Quinta e sexta estão fora, mas segunda de manhã posso.",
        "availability",
        ((7, "09:00", "12:00"),),
        zone=_LIS,
    ),
    P(
        "away-named",
        "pt",
        "Na quinta viajo a trabalho, então quinta e sexta estão fora. Amanhã à tarde estou livre.",
        "availability",
        ((2, "12:00", "17:00"),),
        zone=_LIS,
    ),
    P(
        "away-named",
        "es",
        "El jueves y el viernes están descartados; el lunes por la mañana sí.",
        "availability",
        ((7, "09:00", "12:00"),),
        zone=_MAD,
    ),
    P(
        "away-named",
        "es",
        "Estaré en Sevilla el lunes y el martes; el jueves por la tarde me va bien.",
        "availability",
        ((3, "12:00", "17:00"),),
        zone=_MAD,
    ),
    P(
        "away-named",
        "fr",
        "Je serai à Lyon de lundi à mercredi ; jeudi après-midi je suis libre.",
        "availability",
        ((3, "12:00", "17:00"),),
        zone=_PAR,
    ),
    P(
        "away-named",
        "de",
        "Donnerstag und Freitag bin ich leider in Hamburg. Montag ab 13 Uhr geht.",
        "availability",
        ((7, "13:00", "17:00"),),
        zone=_BER,
    ),
    P(
        "away-named",
        "de",
        "Donnerstag und Freitag bin ich auf Montage. Montag ab 13 Uhr geht.",
        "availability",
        ((7, "13:00", "17:00"),),
        zone=_BER,
    ),
    P(
        "away-named",
        "en",
        "I'll be in Leeds Monday to Wednesday; Thursday afternoon is free.",
        "availability",
        ((3, "12:00", "17:00"),),
        zone=ET,
    ),
    # a whole day said ("any day", "jederzeit") is narrowed by the hours of the next sentence
    P(
        "whole-day-narrowed",
        "en",
        "Any day next week but Friday. Mornings only please.",
        "availability",
        tuple((d, "09:00", "12:00") for d in (7, 8, 9, 10)),
        zone=ET,
    ),
    P(
        "whole-day-narrowed",
        "en",
        "Any day next week. Mornings only please.",
        "availability",
        tuple((d, "09:00", "12:00") for d in (7, 8, 9, 10, 11)),
        zone=ET,
    ),
    P(
        "whole-day-narrowed",
        "fr",
        "N'importe quel jour la semaine prochaine. Le matin de préférence.",
        "availability",
        tuple((d, "09:00", "12:00") for d in (7, 8, 9, 10, 11)),
        zone=_PAR,
    ),
    P(
        "whole-day-narrowed",
        "de",
        "Nächste Woche jederzeit außer Freitag. Am liebsten vormittags.",
        "availability",
        tuple((d, "09:00", "12:00") for d in (7, 8, 9, 10)),
        zone=_BER,
    ),
)

ALL_PROBES += PROBES_R10W


def _grid(rows: list[list[str]]) -> str:
    """An HTML-only reply holding a table of these rows."""
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<html><body><p>Hi,</p><table>{cells}</table><p>Thanks</p></body></html>"


_NEXT_WEEK = tuple((day, "09:00", "17:00") for day in range(7, 12))

PROBES_R11W: tuple[Probe, ...] = (
    # a rough hour ("a eso de las 4", "lá pelas 3", "roughly 3") narrows the part of day before it
    P(
        "rough-hour",
        "es",
        "¿Lo pasamos a mañana en la tarde, a eso de las 4? Si no, el jueves a la misma hora.",
        "reschedule",
        ((2, "16:00", "17:00"), (3, "14:00", "15:00")),
        stage="scheduled",
        context=BOOKED_TODAY,
    ),
    P(
        "rough-hour",
        "es",
        "Hubo un cambio de planes: ¿podría ser el jueves por la tarde, alrededor de las 5?",
        "reschedule",
        ((3, "17:00", "18:00"),),
        stage="scheduled",
        context=BOOKED_TODAY,
    ),
    P(
        "rough-hour",
        "pt",
        "Surgiu um compromisso. Pode ser amanhã à tarde, lá pelas 3?",
        "reschedule",
        ((2, "15:00", "16:00"),),
        stage="scheduled",
        context=BOOKED_TODAY,
    ),
    P(
        "rough-hour",
        "pt",
        "Não vou conseguir hoje. Quinta à tarde, tipo às 4, daria?",
        "reschedule",
        ((3, "16:00", "17:00"),),
        stage="scheduled",
        context=BOOKED_TODAY,
    ),
    P(
        "rough-hour",
        "en",
        "Sorry, something has come up. Could we move it to tomorrow afternoon, roughly 3?",
        "reschedule",
        ((2, "15:00", "16:00"),),
        stage="scheduled",
        context=BOOKED_TODAY,
    ),
    # the day the sender's own work runs until ends a busy stretch; it is no offer
    P(
        "busy-until",
        "en",
        "This week is impossible, we have the audit until Friday. Next week any day works.",
        "availability",
        _NEXT_WEEK,
        role="client",
    ),
    P(
        "busy-until",
        "de",
        "Diese Woche geht nicht, wir haben bis Freitag Inventur. Nächste Woche jeder Tag.",
        "availability",
        _NEXT_WEEK,
        role="client",
    ),
    P(
        "busy-until",
        "fr",
        "Cette semaine impossible, nous sommes en audit jusqu'à vendredi. Lundi ou mardi ?",
        "availability",
        ((7, "09:00", "17:00"), (8, "09:00", "17:00")),
        role="client",
    ),
    P(
        "busy-until",
        "pt",
        "Esta semana não dá, temos o fechamento até sexta. Na semana que vem qualquer dia.",
        "availability",
        _NEXT_WEEK,
        role="client",
    ),
    P(
        "busy-until",
        "es",
        "Imposible, estamos con el cierre hasta el viernes. La semana que entra, lunes o martes.",
        "availability",
        ((7, "09:00", "17:00"), (8, "09:00", "17:00")),
        role="client",
    ),
    # leave named with its kind ("on annual leave", "on paternity leave") refuses its days
    P(
        "ruled-out",
        "en",
        "Sasha is on annual leave from Thursday until the 11th, so she could do tomorrow 2-4.",
        "availability",
        ((2, "14:00", "16:00"),),
        role="client",
    ),
    P(
        "ruled-out",
        "en",
        "He is on paternity leave from Monday, so only this Thursday at 3.",
        "availability",
        ((3, "15:00", "16:00"),),
        role="client",
    ),
    # out working in the field, told after the days
    P(
        "ruled-out",
        "pt",
        "Amanhã e sexta eu tô em campo. Segunda que vem qualquer horário.",
        "availability",
        ((7, "09:00", "17:00"),),
        zone=_LIS,
    ),
    P(
        "ruled-out",
        "es",
        "Mañana y el viernes estoy en terreno. El lunes a cualquier hora.",
        "availability",
        ((7, "09:00", "17:00"),),
        zone=_MAD,
    ),
    P(
        "ruled-out",
        "fr",
        "Demain et vendredi je suis sur le terrain. Lundi à n'importe quelle heure.",
        "availability",
        ((7, "09:00", "17:00"),),
        zone=_PAR,
    ),
    # "só não na hora do almoço": lunch refused after a bare "not"
    P(
        "ruled-out",
        "pt",
        "Semana que vem segunda ou terça, qualquer horário, só não na hora do almoço.",
        "availability",
        (
            (7, "09:00", "12:00"),
            (7, "13:00", "17:00"),
            (8, "09:00", "12:00"),
            (8, "13:00", "17:00"),
        ),
        zone=_LIS,
    ),
    # a day told with a past verb ("el lunes no pude", "on Monday I couldn't") is gone, no offer
    P(
        "past-day",
        "es",
        "Perdona, el lunes no pude coger el teléfono. Me viene bien el jueves a las 4.",
        "availability",
        ((3, "16:00", "17:00"),),
        zone=_MAD,
    ),
    P(
        "past-day",
        "en",
        "Sorry, on Monday I couldn't pick up. Thursday at 4 works.",
        "availability",
        ((3, "16:00", "17:00"),),
    ),
    P(
        "past-day",
        "fr",
        "Désolé, lundi je n'ai pas pu répondre. Jeudi à 16h me convient.",
        "availability",
        ((3, "16:00", "17:00"),),
        zone=_PAR,
    ),
    P(
        "past-day",
        "de",
        "Entschuldigung, am Montag konnte ich leider nicht rangehen. Donnerstag um 16 Uhr passt.",
        "availability",
        ((3, "16:00", "17:00"),),
        zone=_BER,
    ),
    P(
        "past-day",
        "pt",
        "Desculpe, na segunda não consegui atender. Quinta às 16h está ótimo.",
        "availability",
        ((3, "16:00", "17:00"),),
        zone=_LIS,
    ),
    # a refused table row whose remark names the day of return: the row's own day is refused
    P(
        "html",
        "en",
        _grid(
            [
                ["Day", "Time (ET)", "Notes"],
                ["Wed Dec 2", "2:00 – 4:00 PM", ""],
                ["Thu Dec 3", "Out of office", "Back Mon Dec 7"],
            ]
        ),
        "availability",
        ((2, "14:00", "16:00"),),
        role="client",
        html=True,
    ),
    P(
        "html",
        "fr",
        _grid(
            [
                ["Jour", "Horaire", "Remarque"],
                ["Mercredi 2 déc.", "14h – 16h", ""],
                ["Jeudi 3 déc.", "Absente", "De retour le lundi 7"],
            ]
        ),
        "availability",
        ((2, "14:00", "16:00"),),
        role="client",
        html=True,
        zone=_PAR,
    ),
    P(
        "html",
        "es",
        _grid(
            [
                ["Día", "Horario", "Notas"],
                ["Miércoles 2 dic.", "14:00 – 16:00", ""],
                ["Jueves 3 dic.", "No disponible", "Vuelve el lunes 7"],
            ]
        ),
        "availability",
        ((2, "14:00", "16:00"),),
        role="client",
        html=True,
        zone=_MAD,
    ),
    P(
        "html",
        "pt",
        _grid(
            [
                ["Dia", "Horário", "Obs."],
                ["Quarta 2/12", "14h – 16h", ""],
                ["Quinta 3/12", "Fora do escritório", "Volta segunda 7/12"],
            ]
        ),
        "availability",
        ((2, "14:00", "16:00"),),
        role="client",
        html=True,
        zone=_LIS,
    ),
    # "außer in der Mittagspause": lunch excepted behind its article
    P(
        "ruled-out",
        "de",
        "Nächste Woche Montag oder Dienstag, jederzeit außer in der Mittagspause.",
        "availability",
        (
            (7, "09:00", "12:00"),
            (7, "13:00", "17:00"),
            (8, "09:00", "12:00"),
            (8, "13:00", "17:00"),
        ),
        zone=_BER,
    ),
    P(
        "ruled-out",
        "de",
        "Am Montag ganztags, außer während der Mittagszeit.",
        "availability",
        ((7, "09:00", "12:00"), (7, "13:00", "17:00")),
        zone=_BER,
    ),
)
ALL_PROBES += PROBES_R11W


_R11_OPTIONS = {"stage": "proposed", "context": OPTIONS}
PROBES_R11V: tuple[Probe, ...] = (
    # every option clashes with something the sender names, and nothing else is offered
    P(
        "clash",
        "en",
        "Sorry - all three clash with our quarter-end close, I'm tied up the whole week.",
        "decline",
        **_R11_OPTIONS,
    ),
    P(
        "clash",
        "de",
        "Leider überschneiden sich alle drei mit meinem Umzug. Ich melde mich nächste Woche.",
        "decline",
        **_R11_OPTIONS,
    ),
    P(
        "clash",
        "fr",
        "Malheureusement les trois créneaux tombent pendant mon séminaire à Nantes.",
        "decline",
        **_R11_OPTIONS,
    ),
    P(
        "clash",
        "es",
        "Lo siento, los tres horarios chocan con el cierre de trimestre.",
        "decline",
        **_R11_OPTIONS,
    ),
    P(
        "clash",
        "pt",
        "Infelizmente as três opções batem com a auditoria interna desta semana.",
        "decline",
        **_R11_OPTIONS,
    ),
    # a day turned down with a verdict's words ("is a no") refuses that day, not the process
    P(
        "ruled-out",
        "en",
        "Thursday's a no for me, I'm at my sister's wedding. Friday afternoon is wide open though.",
        "availability",
        windows=((4, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Jeudi, c'est non, je suis au tribunal. En revanche vendredi après-midi je suis libre.",
        "availability",
        windows=((4, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "El jueves es un no, tengo la boda de mi hermana. El viernes por la tarde estoy libre.",
        "availability",
        windows=((4, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Donnerstag ist leider ein Nein, da bin ich auf einer Hochzeit. Freitagnachmittag bin "
        "ich frei.",
        "availability",
        windows=((4, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "Quinta é um não, estou no casamento da minha irmã. Sexta à tarde estou livre.",
        "availability",
        windows=((4, "12:00", "17:00"),),
    ),
    # the candidate still to meet someone named before the decision: another round, not a hold
    P(
        "verdict",
        "en",
        "We both liked him. Before we commit, though, he should still meet Dr. Osei, our founder "
        "- she's away until the 6th.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Herr Yilmaz hat uns gefallen. Bevor wir uns entscheiden, soll er aber noch unsere "
        "Geschäftsführerin Frau Lenz treffen.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Elle nous a convaincus. Avant de trancher, elle doit encore rencontrer Maître Dubois, "
        "notre associé.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Nos gustó mucho. Antes de decidir, todavía tiene que conocer a la señora Ruiz, nuestra "
        "socia.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Gostámos dele. Antes de decidir, ainda tem de conhecer o Dr. Pinto, o nosso sócio.",
        "feedback",
        outcome="advance",
        **_V,
    ),
    # the booked round moved by an amount, beside another time offered: both are windows
    P(
        "move",
        "en",
        "Could we push the chat back an hour? If not, Thursday at 2pm works too.",
        "reschedule",
        windows=((2, "15:00", "16:00"), (3, "14:00", "15:00")),
        **_R9_BOOKED,
    ),
    P(
        "move",
        "en",
        "Any chance to bump our conversation back half an hour? Thursday at 2pm is fine as well.",
        "reschedule",
        windows=((2, "14:30", "15:30"), (3, "14:00", "15:00")),
        **_R9_BOOKED,
    ),
    P(
        "move",
        "fr",
        "Pourrait-on décaler l'entretien d'une heure ? Sinon jeudi à 14h me va aussi.",
        "reschedule",
        windows=((2, "15:00", "16:00"), (3, "14:00", "15:00")),
        **_R9_BOOKED,
    ),
    P(
        "move",
        "de",
        "Können wir das Gespräch um eine Stunde verschieben? Sonst geht auch Donnerstag um 14 Uhr.",
        "reschedule",
        windows=((2, "15:00", "16:00"), (3, "14:00", "15:00")),
        **_R9_BOOKED,
    ),
    P(
        "move",
        "es",
        "¿Podemos retrasar la entrevista una hora? Si no, el jueves a las 14h también me va.",
        "reschedule",
        windows=((2, "15:00", "16:00"), (3, "14:00", "15:00")),
        **_R9_BOOKED,
    ),
    P(
        "move",
        "pt",
        "Podemos adiar a conversa uma hora? Senão, quinta às 14h também dá.",
        "reschedule",
        windows=((2, "15:00", "16:00"), (3, "14:00", "15:00")),
        **_R9_BOOKED,
    ),
    # a recruiter's thanks for a booking it is told of: nothing to accept, it does not attend
    P("relay", "en", "Thanks, sounds good - I've told Priya as well.", "other", **_R9_RELAY),
    P("relay", "fr", "Merci, parfait - j'ai prévenu Sophie aussi.", "other", **_R9_RELAY),
    P("relay", "de", "Danke, passt - ich habe Jonas auch Bescheid gegeben.", "other", **_R9_RELAY),
    P("relay", "es", "Gracias, perfecto - ya avisé a Lucía también.", "other", **_R9_RELAY),
    P("relay", "pt", "Obrigado, perfeito - já avisei o Tiago também.", "other", **_R9_RELAY),
    # nothing before a dependency is through: a hold, and its date is no window
    P(
        "verdict",
        "en",
        "We really like her, but we can't commit to anything before the budget review on the 15th. "
        "I'll come back to you right after.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "fr",
        "Mme Roux nous a beaucoup plu, mais on ne peut rien signer avant l'accord de la direction, "
        "prévu le 15.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "es",
        "Nos encantó, pero no podemos mover ficha antes de la aprobación del presupuesto, el "
        "día 15.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "de",
        "Sie hat uns überzeugt, aber vor der Budgetfreigabe am 15. können wir nichts zusagen.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    P(
        "verdict",
        "pt",
        "Gostámos muito dela, mas não podemos avançar antes da aprovação do orçamento, no dia 15.",
        "feedback",
        outcome="hold",
        **_V,
    ),
    # the day taken, and another that clashes with something: that one is no pick
    P(
        "pick",
        "en",
        "Thursday works best for me. Wednesday clashes with a release at work.",
        "accept",
        selected=2,
        **_R11_OPTIONS,
    ),
    P(
        "pick",
        "de",
        "Donnerstag passt mir am besten. Mittwoch kollidiert mit einem Release bei der Arbeit.",
        "accept",
        selected=2,
        **_R11_OPTIONS,
    ),
    P(
        "pick",
        "fr",
        "Jeudi me convient le mieux. Mercredi tombe en même temps que notre clôture mensuelle.",
        "accept",
        selected=2,
        **_R11_OPTIONS,
    ),
    P(
        "pick",
        "es",
        "El jueves me va mejor. El miércoles choca con un lanzamiento en el trabajo.",
        "accept",
        selected=2,
        **_R11_OPTIONS,
    ),
    P(
        "pick",
        "pt",
        "Quinta é melhor para mim. Quarta bate com uma entrega no trabalho.",
        "accept",
        selected=2,
        **_R11_OPTIONS,
    ),
)
ALL_PROBES += PROBES_R11V

# Round 12 (events): cancels, withdrawals, reschedules and refusals told by what happened.
_R12_CALLED_OFF = {"role": "client", "stage": "scheduled", "context": BOOKED}
_R12_TOLD = {"role": "recruiter", "stage": "scheduled", "context": BOOKED}
_R12_LEAVING = {"stage": "proposed", "context": OPTIONS}
_R12_NEXT = {"stage": "proposed", "context": NEXT_WEEK_OPTIONS}
_R12_BOOKED = {"stage": "scheduled", "context": BOOKED}
_R12_MORNING = {"stage": "scheduled", "context": {"scheduled": _slot(2, 10)}}
PROBES_R12E: tuple[Probe, ...] = (
    # the role gone, or the interview not taking place
    P(
        "relay",
        "en",
        "Update from our side: the opening was closed after a reorg, so Wednesday's interview "
        "is off.",
        "cancel",
        **_R12_CALLED_OFF,
    ),
    P(
        "relay",
        "fr",
        "Le poste a été gelé par la direction, l'entretien de mercredi n'aura pas lieu.",
        "cancel",
        **_R12_CALLED_OFF,
    ),
    P(
        "relay",
        "de",
        "Die Position wurde gestrichen, der Termin am Mittwoch findet nicht statt.",
        "cancel",
        **_R12_CALLED_OFF,
    ),
    P(
        "relay",
        "es",
        "La vacante fue cerrada esta semana; la entrevista del miércoles no se llevará a cabo.",
        "cancel",
        **_R12_CALLED_OFF,
    ),
    P(
        "relay",
        "pt",
        "A vaga foi fechada ontem, a entrevista de quarta não vai acontecer.",
        "cancel",
        **_R12_CALLED_OFF,
    ),
    # the sender's own call beside the cancel names no new time
    P(
        "relay",
        "en",
        "They made an offer to someone else, so Wednesday is off. I'll phone Maya at 3.",
        "cancel",
        **_R12_TOLD,
    ),
    P(
        "relay",
        "de",
        "Das Gespräch am Mittwoch entfällt, der Kunde hat intern besetzt. Ich rufe Herrn Vogel um "
        "15 Uhr an.",
        "cancel",
        **_R12_TOLD,
    ),
    P(
        "relay",
        "es",
        "Cubrimos la vacante con otra persona; lo del miércoles se cae. Lo llamo a las 3 para "
        "avisarle.",
        "cancel",
        **_R12_TOLD,
    ),
    P(
        "relay",
        "de",
        "Bitte den Termin am Mittwoch absagen, der Kunde hat die Ausschreibung zurückgezogen.",
        "cancel",
        **_R12_TOLD,
    ),
    # the whole search paused
    P(
        "relay",
        "en",
        "Please hold everything, we've frozen the search until February.",
        "cancel",
        role="client",
        **_R12_LEAVING,
    ),
    P(
        "relay",
        "es",
        "Congelamos la búsqueda hasta marzo, no agenden nada.",
        "cancel",
        role="client",
        **_R12_LEAVING,
    ),
    # the candidate leaving, in the first person
    P(
        "relay",
        "en",
        "Thanks for the options, but I've decided to stay where I am. Please take me off the list.",
        "withdraw",
        **_R12_LEAVING,
    ),
    P(
        "relay",
        "fr",
        "Merci, mais je reste dans mon entreprise actuelle ; vous pouvez arrêter ma candidature.",
        "withdraw",
        **_R12_LEAVING,
    ),
    P(
        "relay",
        "de",
        "Danke, aber ich bleibe bei meinem aktuellen Arbeitgeber und steige aus dem Prozess aus.",
        "withdraw",
        **_R12_LEAVING,
    ),
    P(
        "relay",
        "es",
        "Gracias, pero al final me quedo en mi trabajo actual. Sáquenme del proceso, por favor.",
        "withdraw",
        **_R12_LEAVING,
    ),
    P(
        "relay",
        "pt",
        "Obrigado, mas aceitei uma oferta de outra empresa e vou sair do processo.",
        "withdraw",
        **_R12_LEAVING,
    ),
    # someone else's event called off, so nothing changes; the booked time still holds
    P(
        "relay",
        "en",
        "Our team offsite was cancelled, so nothing changes for Wednesday. See you at 2.",
        "accept",
        **_R12_BOOKED,
    ),
    P(
        "relay",
        "de",
        "Das Meeting bei uns wurde abgesagt, es ändert sich also nichts. Bis Mittwoch!",
        "accept",
        **_R12_BOOKED,
    ),
    P(
        "relay",
        "en",
        "Still works for me, can't wait to see you Wednesday.",
        "accept",
        **_R12_BOOKED,
    ),
    P("relay", "es", "El miércoles a las 2 me sigue viniendo bien.", "accept", **_R12_BOOKED),
    P(
        "relay",
        "de",
        "Ich freue mich darauf, Sie am Mittwoch kennenzulernen!",
        "accept",
        **_R12_BOOKED,
    ),
    P("relay", "es", "Tengo muchas ganas de conocerlos el miércoles.", "accept", **_R12_BOOKED),
    P("relay", "pt", "Estou ansiosa para a conversa de quarta!", "accept", **_R12_BOOKED),
    P("relay", "pt", "Quarta às 14h continua dando para mim.", "accept", **_R12_BOOKED),
    # the booked slot moved to the same time the next day, by an amount, or to its other half
    P(
        "time-of-day",
        "en",
        "Could we do it at the same time on the following day?",
        "reschedule",
        ((3, "14:00", "15:00"),),
        **_R12_BOOKED,
    ),
    P(
        "time-of-day",
        "de",
        "Geht es am nächsten Tag zur gleichen Zeit?",
        "reschedule",
        ((3, "14:00", "15:00"),),
        **_R12_BOOKED,
    ),
    P(
        "time-of-day",
        "fr",
        "Un imprévu à 14h : c'est possible une heure plus tard ?",
        "reschedule",
        ((2, "15:00", "16:00"),),
        **_R12_BOOKED,
    ),
    P(
        "time-of-day",
        "en",
        "Wednesday morning I'm stuck in a workshop, could we do the afternoon?",
        "reschedule",
        ((2, "12:00", "17:00"),),
        **_R12_MORNING,
    ),
    P(
        "time-of-day",
        "es",
        "El miércoles en la mañana tengo clase, ¿podemos en la tarde?",
        "reschedule",
        ((2, "12:00", "17:00"),),
        **_R12_MORNING,
    ),
    # the situation that rules every option out, told before the refusal
    P(
        "ruled-out",
        "en",
        "I'm at a trade fair in Denver all next week, so none of these work.",
        "decline",
        **_R12_NEXT,
    ),
    P(
        "ruled-out",
        "de",
        "Ich bin bis zum 11. auf Dienstreise, keiner der Termine passt.",
        "decline",
        **_R12_NEXT,
    ),
    P(
        "ruled-out",
        "pt",
        "Estou de férias até dia 11, nenhum desses horários dá.",
        "decline",
        **_R12_NEXT,
    ),
    P("ruled-out", "en", "Those two days I'm in court, sorry.", "decline", **_R12_LEAVING),
    P("ruled-out", "es", "Esos dos días estoy de guardia, lo siento.", "decline", **_R12_LEAVING),
    P(
        "relay",
        "en",
        "We've decided to close the role for now, so please take Wednesday out of the diary.",
        "cancel",
        **_R12_CALLED_OFF,
    ),
    P(
        "relay",
        "en",
        "We went with an internal candidate, so the interview on Wednesday is no longer going "
        "ahead.",
        "cancel",
        **_R12_CALLED_OFF,
    ),
    P(
        "relay",
        "de",
        "Leider wurde die Stelle intern besetzt. Der Termin am Mittwoch fällt daher aus.",
        "cancel",
        **_R12_CALLED_OFF,
    ),
    P(
        "relay",
        "fr",
        "Le client a suspendu le recrutement : l'entretien de mercredi n'a plus lieu. J'appelle "
        "Paul demain à 10h.",
        "cancel",
        **_R12_TOLD,
    ),
    P(
        "time-of-day",
        "fr",
        "On pourrait décaler au lendemain, même heure ?",
        "reschedule",
        ((3, "14:00", "15:00"),),
        **_R12_BOOKED,
    ),
    # staying where one is on a call is no withdrawal
    P(
        "relay",
        "en",
        "Happy to stay where I am on the call, no need for video. See you Wednesday.",
        "accept",
        **_R12_BOOKED,
    ),
    # days named back that are free refuse nothing
    P(
        "pick",
        "en",
        "Those two days are perfect, either one works.",
        "accept",
        selected=1,
        **_R12_LEAVING,
    ),
    # whether a notice is right, asked
    P(
        "relay",
        "de",
        "Ich habe eine Absage-Mail für Mittwoch bekommen, stimmt das?",
        "question",
        **_R12_BOOKED,
    ),
)
ALL_PROBES += PROBES_R12E


# Round 12 (verdicts and mixed replies): verdicts told without a verdict word, a hedge beside a
# next step, and a decision put off, in further wordings than tests/parsers/phrasebook_hedged.py.
_R12V = {"role": "client", "stage": "completed", "context": HELD}


def _r12v(lang: str, text: str, outcome: str | None, intent: str = "feedback") -> Probe:
    return P("verdict", lang, text, intent, outcome=outcome, **_R12V)


PROBES_R12V: tuple[Probe, ...] = (
    # a step with our team, named with any article, or a time with one of ours
    _r12v("en", "Decent. Next, the system design exercise with our platform team.", "advance"),
    _r12v(
        "fr", "Correct. Prochaine étape : l'exercice de code avec notre équipe backend.", "advance"
    ),
    _r12v("de", "Solide. Jetzt noch die Fallstudie mit unserem Vertriebsteam.", "advance"),
    _r12v("es", "Bien. Ahora la prueba de código con nuestro equipo de backend.", "advance"),
    _r12v("pt", "Legal. Agora o teste prático com o nosso time de produto.", "advance"),
    _r12v("en", "Promising. Please book 30 min with Dana from finance.", "advance"),
    _r12v("es", "Prometedor. Reserva 30 minutos con Lucía de finanzas.", "advance"),
    _r12v("de", "Vielversprechend. Bitte 30 Minuten mit Herrn Brandt ansetzen.", "advance"),
    # the candidate to meet or see one of ours, said in the subjunctive or with "soll"
    _r12v("fr", "Pas mal. Il faudrait qu'elle rencontre Julien avant Noël.", "advance"),
    _r12v("es", "No está mal. Que la entreviste Pablo, el director comercial.", "advance"),
    _r12v("pt", "Gostei. Quero que ela converse com a Beatriz do jurídico.", "advance"),
    _r12v("de", "Gefällt mir. Sie sollte noch Frau Yilmaz aus dem Controlling treffen.", "advance"),
    # a hedge beside a step: the step decides
    _r12v("en", "Still undecided, but let him pair with Omar on a bug for an hour.", "advance"),
    _r12v("fr", "J'hésite, mais qu'il rencontre notre CTO la semaine prochaine.", "advance"),
    _r12v("es", "Estoy dudando; que la vea Marta, de producto, y decidimos.", "advance"),
    # praise then a bare no, the search going on, no chemistry, short of what we need
    _r12v("en", "Smart, friendly, but no.", "reject"),
    _r12v("fr", "Brillant sur le papier, mais non.", "reject"),
    _r12v("en", "Thanks for this one. We'll continue our search.", "reject"),
    _r12v("fr", "Merci. Nous allons continuer à chercher.", "reject"),
    _r12v("de", "Danke. Wir schauen weiter.", "reject"),
    _r12v("es", "Gracias. Seguiremos buscando otro perfil.", "reject"),
    _r12v("pt", "Obrigado. Vamos seguir procurando.", "reject"),
    _r12v("en", "Honestly the chemistry wasn't there with the team.", "reject"),
    _r12v("es", "No hubo mucha química con el equipo.", "reject"),
    _r12v("en", "Not the profile we are looking for, sorry.", "reject"),
    _r12v("es", "Demasiado junior para nosotros.", "reject"),
    _r12v("de", "Zu junior für uns, leider.", "reject"),
    _r12v("fr", "Trop junior pour nous, désolé.", "reject"),
    # an offer made by the contract or the pay and start
    _r12v("en", "Great, draft her contract please. 92k, start in March.", "offer"),
    _r12v("fr", "Parfait, préparez son contrat : 55k fixe, début en mars.", "offer"),
    _r12v("de", "Super, bitte den Arbeitsvertrag vorbereiten: 70k, Beginn im März.", "offer"),
    _r12v("pt", "Ótimo, manda o contrato pra ela: 20 mil fixo.", "offer"),
    _r12v("es", "La queremos. 48k fijos.", "offer"),
    # a decision put off: comparing, time asked for, nothing until then, a promise of word back
    _r12v("en", "Good. Two others to see this week, then we'll compare.", "hold"),
    _r12v("pt", "Boa. Ainda falta ver outras duas, depois comparamos.", "hold"),
    _r12v("en", "Give us a week or so, the team is stretched.", "hold"),
    _r12v("es", "Dadnos unos días, vamos a pensarlo.", "hold"),
    _r12v("en", "Our VP is travelling until the 14th. Nothing until then, I'm afraid.", "hold"),
    _r12v("de", "Ich schlafe noch eine Nacht drüber.", "hold"),
    _r12v("en", "Thanks, I'll revert after the leadership sync.", "hold"),
    _r12v("pt", "Valeu, te falo depois da reunião com a diretoria.", "hold"),
    # verdicts beside a question or the next round's times, word promised, another chosen
    _r12v("en", "Not quite there for us. Anyone else with payments background?", "reject"),
    _r12v(
        "en",
        "Keen to continue. Could she do a 1h case with Ben on Thursday afternoon or Friday"
        " morning?",
        "advance",
    ),
    _r12v("fr", "On continue ! Elle peut voir Paul jeudi à 15h ou vendredi matin ?", "advance"),
    _r12v(
        "de",
        "Weiter geht's. Kann sie Donnerstag 15 Uhr oder Freitag vormittags mit Herrn Roth"
        " sprechen?",
        "advance",
    ),
    _r12v(
        "es",
        "Seguimos. ¿Puede hablar con Ana el jueves a las 15h o el viernes por la mañana?",
        "advance",
    ),
    _r12v(
        "pt",
        "Vamos em frente. Ela pode conversar com o Rui quinta às 15h ou sexta de manhã?",
        "advance",
    ),
    _r12v("en", "Thanks — let me circle back with the hiring manager and get back to you.", "hold"),
    _r12v("fr", "Merci, je vous redis après le comité de mardi.", "hold"),
    _r12v("de", "Danke, ich gebe Ihnen nach der Teamrunde Bescheid.", "hold"),
    _r12v("es", "Gracias, te confirmo algo después del comité.", "hold"),
    _r12v("pt", "Obrigada, te dou um retorno depois do comitê.", "hold"),
    _r12v("en", "Thank you for arranging, it was a pleasant conversation.", None, "other"),
    _r12v("fr", "Merci d'avoir organisé, échange agréable.", None, "other"),
    _r12v("de", "Danke für die Organisation!", None, "other"),
    _r12v("en", "Let's go with her. Offer at 95k, start Feb 1.", "offer"),
    _r12v("fr", "On la prend. Proposition à 52k, démarrage le 4 janvier.", "offer"),
    _r12v("de", "Wir nehmen ihn. Angebot 80k, Start 1. Februar.", "offer"),
    _r12v("es", "Nos quedamos con él. Oferta de 45k, empieza el 4 de enero.", "offer"),
    _r12v("pt", "Vamos contratar. Proposta de 12 mil, início dia 4 de janeiro.", "offer"),
    _r12v("fr", "Sympa mais non.", "reject"),
    _r12v("de", "Nett, aber nein danke.", "reject"),
    _r12v("en", "He interviewed well but we're going with someone more senior.", "reject"),
    _r12v("es", "Buena entrevista, pero vamos a seguir con otro candidato.", "reject"),
    _r12v("pt", "Foi bem, mas vamos seguir com outra pessoa.", "reject"),
    _r12v("de", "Gutes Gespräch, aber wir haben uns für jemand anderen entschieden.", "reject"),
    _r12v("fr", "Bon entretien mais on part sur un autre profil.", "reject"),
    # a hedge alone is a hold, beside a step the step decides; not fitting the team; hiring
    # said outright; hiring frozen
    _r12v("en", "I'm on the fence about him.", "hold"),
    _r12v("de", "Ich bin noch unentschlossen.", "hold"),
    _r12v("fr", "J'hésite encore entre elle et un autre profil.", "hold"),
    _r12v(
        "de",
        "Bin hin- und hergerissen. Er soll noch mit unserer Teamleiterin sprechen, dann"
        " entscheide ich.",
        "advance",
    ),
    _r12v(
        "pt", "Fiquei em dúvida. Quero que ela converse com o Carlos antes de decidir.", "advance"
    ),
    _r12v("en", "Torn on this one. Let's have her meet Raj before we decide.", "advance"),
    _r12v("fr", "Avis partagé. Qu'il rencontre Sophie et on tranche.", "advance"),
    _r12v("es", "Tengo dudas. Que hable con nuestro CTO y decidimos.", "advance"),
    _r12v("en", "Nice person, but not for this role.", "reject"),
    _r12v("es", "Majo, pero no encaja en el equipo.", "reject"),
    _r12v("pt", "Gente fina, mas não encaixa no time.", "reject"),
    _r12v("fr", "Sympa, mais ne colle pas à l'équipe.", "reject"),
    _r12v("de", "Nett, passt aber nicht ins Team.", "reject"),
    _r12v("en", "Yes! Let's hire her. Can you check if 100k works for her?", "offer"),
    _r12v("en", "Good one. Budget's frozen until Q1 though, so sit tight.", "hold"),
    _r12v("es", "Muy bien. Pero el presupuesto está congelado hasta enero.", "hold"),
    _r12v("de", "Gut. Aber die Stelle ist bis Januar eingefroren.", "hold"),
    _r12v("pt", "Gostei. Mas as contratações estão congeladas até janeiro.", "hold"),
    _r12v("fr", "Bien. Mais les recrutements sont gelés jusqu'en janvier.", "hold"),
    # the same constructs in further languages: the search going on, the contract sent, time
    # asked until a day, a step with our team beside the days it may take
    _r12v("fr", "Merci. On continue à chercher.", "reject"),
    _r12v("pt", "Obrigado. Seguimos a procurar.", "reject"),
    _r12v("de", "Danke, wir suchen weiter nach jemand Erfahrenerem.", "reject"),
    _r12v("en", "Appreciate it, but we'll keep searching.", "reject"),
    _r12v("fr", "Go. Envoyez-lui le contrat à 60k.", "offer"),
    _r12v("es", "Adelante, mándale el contrato con 55k.", "offer"),
    _r12v("de", "Passt. Bitte den Vertrag an sie schicken, 72k.", "offer"),
    _r12v("en", "Great. Please get the offer paperwork to him, 120k.", "offer"),
    _r12v("fr", "On compare avec les deux autres et on revient vers vous.", "hold"),
    _r12v("es", "Dame hasta el viernes para pensarlo.", "hold"),
    _r12v("pt", "Me dá até sexta pra pensar.", "hold"),
    _r12v("de", "Gib mir bis Freitag Zeit.", "hold"),
    _r12v("en", "Give me till Friday to think it over.", "hold"),
    _r12v("fr", "Laissez-moi jusqu'à vendredi pour réfléchir.", "hold"),
    _r12v(
        "fr",
        "Top. Qu'elle passe le test technique avec notre équipe la semaine prochaine.",
        "advance",
    ),
    _r12v(
        "es",
        "Genial. Que haga el caso práctico con nuestro equipo el martes o el miércoles.",
        "advance",
    ),
    _r12v("pt", "Show. Que ele faça o teste técnico com nosso time na terça ou quarta.", "advance"),
    _r12v(
        "de",
        "Super. Er soll die Fallstudie mit unserem Team am Dienstag oder Mittwoch machen.",
        "advance",
    ),
    _r12v(
        "en", "Great. He should do the take-home with our team on Tuesday or Wednesday.", "advance"
    ),
    # a verdict beside a question about the candidate: the verdict decides
    _r12v("en", "Next step with our CTO please. Does she need a visa?", "advance"),
    _r12v("fr", "Pas le bon profil. Vous auriez quelqu'un d'autre ?", "reject"),
    _r12v("es", "No encaja. ¿Tienes a alguien más senior?", "reject"),
    _r12v("de", "Wir vergleichen noch. Wann könnte sie frühestens anfangen?", "hold"),
    _r12v("pt", "Manda o contrato pra ela. Qual o prazo do aviso prévio?", "offer"),
    _r12v("es", "Que la conozca el director. ¿Qué disponibilidad tiene?", "advance"),
    _r12v("en", "Thanks. We'll compare notes Friday and come back to you.", "hold"),
    _r12v("en", "Great guy, not the fit for us though.", "reject"),
    _r12v("pt", "Gostei muito. Bora marcar uma conversa com o diretor.", "advance"),
    _r12v(
        "de",
        "Guter Eindruck. Lassen Sie uns ein zweites Gespräch mit dem Bereichsleiter vereinbaren.",
        "advance",
    ),
    # terms asked about are no offer made: a person answers
    _r12v("en", "What is his package now? Around 80k?", None, "question"),
    _r12v("de", "Wie viel verdient sie aktuell? So 60k?", None, "question"),
    # below the level asked, or passed on
    _r12v("en", "Not senior enough for what we need, sadly.", "reject"),
    _r12v("en", "She didn't meet the bar on system design.", "reject"),
    _r12v("fr", "Il n'a pas le niveau attendu en architecture.", "reject"),
    _r12v("fr", "Pas assez expérimentée pour le poste.", "reject"),
    _r12v("de", "Nicht erfahren genug für die Rolle.", "reject"),
    _r12v("de", "Leider fachlich zu schwach.", "reject"),
    _r12v("es", "No tiene el nivel que buscamos.", "reject"),
    _r12v("es", "Le falta experiencia en liderazgo, lo siento.", "reject"),
    _r12v("pt", "Não tem o nível que precisamos.", "reject"),
    _r12v("pt", "Ela não tem senioridade suficiente pra vaga.", "reject"),
    _r12v("en", "We'll pass on him.", "reject"),
    _r12v("en", "Not for us, thanks.", "reject"),
    # asked whether the candidate can meet one of ours, or a talk organised
    _r12v("en", "Liked him. Can he meet Sarah, our CTO, next week?", "advance"),
    _r12v("fr", "Bien. Peut-elle rencontrer notre DG la semaine prochaine ?", "advance"),
    _r12v("de", "Gut. Kann er nächste Woche mit unserem CTO sprechen?", "advance"),
    _r12v("es", "Bien. ¿Puede reunirse con nuestra CEO la semana que viene?", "advance"),
    _r12v("pt", "Bom. Ele pode conversar com o nosso CTO semana que vem?", "advance"),
    _r12v("en", "Solid. Let's get her in with the founders.", "advance"),
    _r12v("en", "Good. I want the team to see her code live.", "advance"),
    _r12v("de", "Passt. Bitte ein Gespräch mit Frau Weber organisieren.", "advance"),
    # time needed to think, waiting to hear from others, parked
    _r12v("en", "Good candidate. We're waiting to hear from two others first.", "hold"),
    _r12v("en", "Let's park it until January.", "hold"),
    _r12v("fr", "Laissez-moi réfléchir quelques jours.", "hold"),
    _r12v("de", "Ich brauche noch ein paar Tage Bedenkzeit.", "hold"),
    _r12v("es", "Necesito unos días para pensarlo.", "hold"),
    _r12v("pt", "Preciso de uns dias pra pensar.", "hold"),
    _r12v("en", "Need to think about it over the weekend.", "hold"),
    # pay and a start after a go
    _r12v("en", "Let's make it official: 110k base plus bonus.", "offer"),
    _r12v("fr", "On y va : 58k brut annuel, arrivée en mars.", "offer"),
    _r12v("es", "Adelante: 50.000 € brutos, entrada en marzo.", "offer"),
    _r12v("pt", "Pode fazer a proposta: 14 mil por mês.", "offer"),
    _r12v("de", "Wir wollen sie. 75k brutto, Start im April.", "offer"),
    # thanks for a round that went well, with no verdict: an acknowledgement
    _r12v("en", "Thanks for setting it up, everything went fine on our side.", None, "other"),
    _r12v("es", "Gracias por la organización, todo fue bien.", None, "other"),
)
ALL_PROBES += PROBES_R12V


_PARIS, _BERLIN, _MADRID, _LISBON = (
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Madrid",
    "Europe/Lisbon",
)
_THIS_WEEK = (2, 3, 4)
PROBES_R12W: tuple[Probe, ...] = (
    # an exception in each language's words, before the week it leaves the day out of
    P(
        "exception",
        "en",
        "Barring Thursday, I'm free any afternoon next week.",
        "availability",
        tuple((d, "12:00", "17:00") for d in (7, 8, 9, 11)),
    ),
    P(
        "exception",
        "fr",
        "Hormis jeudi, la semaine prochaine me va entièrement.",
        "availability",
        tuple((d, "09:00", "17:00") for d in (7, 8, 9, 11)),
        zone=_PARIS,
    ),
    P(
        "exception",
        "de",
        "Mit Ausnahme von Mittwoch kann ich nächste Woche jeden Vormittag.",
        "availability",
        tuple((d, "09:00", "12:00") for d in (7, 8, 10, 11)),
        zone=_BERLIN,
    ),
    P(
        "exception",
        "es",
        "A excepción del viernes, la semana que viene me viene bien.",
        "availability",
        tuple((d, "09:00", "17:00") for d in (7, 8, 9, 10)),
        zone=_MADRID,
    ),
    P(
        "exception",
        "pt",
        "Tirando a segunda, a semana que vem está livre para mim.",
        "availability",
        tuple((d, "09:00", "17:00") for d in (8, 9, 10, 11)),
        zone=_LISBON,
    ),
    # hours excepted in those words
    P(
        "exception",
        "es",
        "El jueves me va, exceptuando de 13 a 14.",
        "availability",
        ((3, "09:00", "13:00"), (3, "14:00", "17:00")),
        zone=_MADRID,
    ),
    P(
        "exception",
        "de",
        "Freitag passt, abgesehen von 9 bis 10 Uhr.",
        "availability",
        ((4, "10:00", "17:00"),),
        zone=_BERLIN,
    ),
    # the exception to a week refused is the time left open
    P(
        "exception",
        "en",
        "This week is tricky, except Friday morning.",
        "availability",
        ((4, "09:00", "12:00"),),
    ),
    P(
        "exception",
        "fr",
        "Cette semaine c'est difficile, sauf vendredi matin.",
        "availability",
        ((4, "09:00", "12:00"),),
        zone=_PARIS,
    ),
    P(
        "exception",
        "pt",
        "Essa semana tá difícil, exceto sexta de manhã.",
        "availability",
        ((4, "09:00", "12:00"),),
        zone=_LISBON,
    ),
    # a part of day refused in its own clause, the other kept
    P(
        "part-of-day",
        "en",
        "Thursday and Friday: afternoons no good, mornings fine.",
        "availability",
        ((3, "09:00", "12:00"), (4, "09:00", "12:00")),
    ),
    P(
        "part-of-day",
        "es",
        "El jueves por la mañana no me es posible, por la tarde sí.",
        "availability",
        ((3, "12:00", "17:00"),),
        zone=_MADRID,
    ),
    P(
        "part-of-day",
        "fr",
        "Jeudi pas l'après-midi, mais le matin volontiers.",
        "availability",
        ((3, "09:00", "12:00"),),
        zone=_PARIS,
    ),
    P(
        "part-of-day",
        "pt",
        "Quinta as tardes estão cheias, de manhã posso.",
        "availability",
        ((3, "09:00", "12:00"),),
        zone=_LISBON,
    ),
    # an excepted day narrowed with "only" in a clause of its own
    P(
        "part-of-day",
        "en",
        "Any morning next week, except Wednesday when only the afternoon works.",
        "availability",
        (*((d, "09:00", "12:00") for d in (7, 8, 10, 11)), (9, "12:00", "17:00")),
    ),
    P(
        "part-of-day",
        "es",
        "Todas las mañanas de la semana que viene, menos el miércoles, que solo puedo por la "
        "tarde.",
        "availability",
        (*((d, "09:00", "12:00") for d in (7, 8, 10, 11)), (9, "12:00", "17:00")),
        zone=_MADRID,
    ),
    # busy time told as the event refuses its hours; the rest of the day stays offered
    P(
        "busy-event",
        "en",
        "Thursday works, but I'm teaching until 11.",
        "availability",
        ((3, "11:00", "17:00"),),
    ),
    P(
        "busy-event",
        "fr",
        "Vendredi je donne cours jusqu'à midi, libre ensuite.",
        "availability",
        ((4, "12:00", "17:00"),),
        zone=_PARIS,
    ),
    P(
        "busy-event",
        "es",
        "El jueves tengo juicio de 9 a 11, luego estoy libre.",
        "availability",
        ((3, "11:00", "17:00"),),
        zone=_MADRID,
    ),
    P(
        "busy-event",
        "de",
        "Donnerstag bin ich bis 13 Uhr im OP, danach frei.",
        "availability",
        ((3, "13:00", "17:00"),),
        zone=_BERLIN,
    ),
    P(
        "busy-event",
        "pt",
        "Sexta dou aula das 8h às 10h, depois estou livre.",
        "availability",
        ((4, "10:00", "17:00"),),
        zone=_LISBON,
    ),
    # the time the sender arrives is no offer
    P(
        "busy-event",
        "en",
        "I arrive Friday at 10, so Friday after 11 works.",
        "availability",
        ((4, "11:00", "17:00"),),
    ),
    P(
        "busy-event",
        "es",
        "Aterrizo el viernes a las 9, así que el viernes a partir de las 11.",
        "availability",
        ((4, "11:00", "17:00"),),
        zone=_MADRID,
    ),
    # numbers that are hours, rooms and storeys
    P(
        "numbers",
        "fr",
        "Vendredi, 10 ou 11.",
        "availability",
        ((4, "10:00", "12:00"),),
        zone=_PARIS,
    ),
    P(
        "numbers",
        "en",
        "Thursday the 3rd, 10 or 2.",
        "availability",
        ((3, "10:00", "11:00"), (3, "14:00", "15:00")),
    ),
    P(
        "numbers",
        "es",
        "El jueves a las 10, sala 2.05, edificio 3.",
        "availability",
        ((3, "10:00", "11:00"),),
        zone=_MADRID,
    ),
    P(
        "numbers",
        "pt",
        "Quinta às 15h, sala 4.12 no 3º andar.",
        "availability",
        ((3, "15:00", "16:00"),),
        zone=_LISBON,
    ),
    # week shapes: a half of the week, a week too full, the next one named by its article
    P(
        "week-shape",
        "fr",
        "La deuxième moitié de la semaine prochaine me convient.",
        "availability",
        ((10, "09:00", "17:00"), (11, "09:00", "17:00")),
        zone=_PARIS,
    ),
    P(
        "week-shape",
        "de",
        "In der zweiten Hälfte der nächsten Woche passt es mir.",
        "availability",
        ((10, "09:00", "17:00"), (11, "09:00", "17:00")),
        zone=_BERLIN,
    ),
    P(
        "week-shape",
        "en",
        "This week is insane; next week any day but Friday.",
        "availability",
        tuple((d, "09:00", "17:00") for d in (7, 8, 9, 10)),
    ),
    P(
        "week-shape",
        "de",
        "Diese Woche ist der Wahnsinn, nächste Woche jeden Tag außer Freitag.",
        "availability",
        tuple((d, "09:00", "17:00") for d in (7, 8, 9, 10)),
        zone=_BERLIN,
    ),
    # a day refused after an adverb of contrast; weekday abbreviations in lower case
    P(
        "ruled-out",
        "fr",
        "Mercredi 9 : de 14h à 16h. Jeudi 10 en revanche c'est impossible.",
        "availability",
        ((9, "14:00", "16:00"),),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "es",
        "El miércoles por la tarde; el jueves en cambio no puedo.",
        "availability",
        ((2, "12:00", "17:00"),),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "en",
        "thurs or fri morning works, not tues",
        "availability",
        ((3, "09:00", "12:00"), (4, "09:00", "12:00")),
    ),
    # a time inside the refusal after its day is what it turns down
    P(
        "part-of-day",
        "de",
        "Am Mittwoch bin ich vormittags verhindert, nachmittags gern.",
        "availability",
        ((2, "12:00", "17:00"),),
        zone=_BERLIN,
    ),
    # a part of day before the days it belongs to, excepted from a week
    P(
        "exception",
        "en",
        "Everything next week works except the mornings of Tuesday and Thursday.",
        "availability",
        (
            *((d, "09:00", "17:00") for d in (7, 9, 11)),
            (8, "12:00", "17:00"),
            (10, "12:00", "17:00"),
        ),
    ),
    P(
        "exception",
        "pt",
        "Semana que vem tudo bem, exceto as manhãs de terça e quinta.",
        "availability",
        (
            *((d, "09:00", "17:00") for d in (7, 9, 11)),
            (8, "12:00", "17:00"),
            (10, "12:00", "17:00"),
        ),
        zone=_LISBON,
    ),
    # an exception told after its day
    P(
        "exception",
        "fr",
        "Toute la semaine prochaine de 10h à 16h, mercredi excepté.",
        "availability",
        tuple((d, "10:00", "16:00") for d in (7, 8, 10, 11)),
        zone=_PARIS,
    ),
    # busy time told around its hour, or someone else's, and the sender landing
    P(
        "busy-event",
        "en",
        "Monday works for Dr. Lee, though she's in surgery from 2.",
        "availability",
        ((7, "09:00", "14:00"),),
        role="client",
    ),
    P(
        "busy-event",
        "en",
        "Thursday after my 10am call, so from 11.",
        "availability",
        ((3, "11:00", "17:00"),),
    ),
    P(
        "busy-event",
        "de",
        "Ich lande Mittwoch um 9, also Mittwoch ab 11 Uhr.",
        "availability",
        ((2, "11:00", "17:00"),),
        zone=_BERLIN,
    ),
)
ALL_PROBES += PROBES_R12W


# Round 12 (picks, confirmations and quotes): further wordings of the constructs the choices
# phrasebook taught, none of them in it.
_R12_PICK = {"stage": "proposed", "context": OPTIONS}
_R12_WEEKEND = {
    "stage": "proposed",
    "context": {"proposed": [_slot(4, 16), _slot(5, 10), _slot(7, 9)]},
}
_R12_BOOKED = {"stage": "scheduled", "context": BOOKED}
_R12_QUOTE = (
    "\n\nOn Mon, Nov 30, 2026 at 4:12 PM Dana <dana@agency.test> wrote:\n"
    "> 1. Wed Dec 2, 1pm ET\n> 2. Thu Dec 3, 10am ET{0}\n> 3. Wed Dec 2, 4pm ET"
)
PROBES_R12P: tuple[Probe, ...] = (
    # an ordinal counts among the options of the day named in its sentence
    P("pick", "en", "On Wednesday, the second one please.", "accept", selected=3, **_R12_PICK),
    P("pick", "de", "Am Mittwoch nehme ich den ersten.", "accept", selected=1, **_R12_PICK),
    P("pick", "es", "El miércoles, la segunda.", "accept", selected=3, **_R12_PICK),
    P("pick", "pt", "Na quarta, o segundo horário.", "accept", selected=3, **_R12_PICK),
    P("pick", "fr", "Le jeudi, le premier me va.", "accept", selected=2, **_R12_PICK),
    # counted from the end
    P("pick", "en", "The penultimate slot works.", "accept", selected=2, **_R12_PICK),
    P("pick", "de", "Die vorletzte Option passt.", "accept", selected=2, **_R12_PICK),
    P("pick", "fr", "L'avant-dernière option me va.", "accept", selected=2, **_R12_PICK),
    # a part of day names the option lying in it
    P("pick", "en", "The morning slot suits me.", "accept", selected=2, **_R12_PICK),
    P("pick", "es", "Me quedo con el de la mañana.", "accept", selected=2, **_R12_PICK),
    # weekdays as phones shorten them
    P("pick", "en", "thurs pls", "accept", selected=2, **_R12_PICK),
    P("pick", "es", "jue ok", "accept", selected=2, **_R12_PICK),
    P("pick", "de", "Do geht 👍", "accept", selected=2, **_R12_PICK),
    P("pick", "en", "thu 10 pls", "accept", selected=2, **_R12_PICK),
    P("pick", "en", "wed 1 is good", "accept", selected=1, **_R12_PICK),
    P(
        "pick",
        "en",
        "neither wed slot works for me, thu is fine",
        "accept",
        selected=2,
        **_R12_PICK,
    ),
    # a confirmation, then a move to another hour of the booked day
    P(
        "relay",
        "es",
        "Allí estaré. Aunque, ¿podríamos pasar a las 16h ese mismo día?",
        "reschedule",
        windows=((2, "16:00", "17:00"),),
        **_R12_BOOKED,
    ),
    P(
        "relay",
        "fr",
        "J'y serai… mais pourrait-on passer à 16h le même jour ?",
        "reschedule",
        windows=((2, "16:00", "17:00"),),
        **_R12_BOOKED,
    ),
    # "see you this afternoon" confirms the booked time beside a question
    P(
        "relay",
        "de",
        "Perfekt, bis heute Nachmittag! Gibt es einen Dresscode?",
        "accept",
        stage="scheduled",
        context=BOOKED_TODAY,
    ),
    P(
        "relay",
        "es",
        "Confirmo mi asistencia a la entrevista del miércoles a las 14:00.",
        "accept",
        **_R12_BOOKED,
    ),
    # the next round, after the booked one was held, is no move
    P(
        "verdict",
        "pt",
        "Gostámos muito, ela vai passar para a segunda fase.",
        "feedback",
        outcome="advance",
        role="client",
        stage="scheduled",
        context={"scheduled": _slot(1, 8)},
    ),
    # an option marked in the quoted list, or answered under its line
    P("pick", "en", "That one." + _R12_QUOTE.format("  <--"), "accept", selected=2, **_R12_PICK),
    P(
        "pick",
        "de",
        "> 1. Mi 2.12., 13 Uhr ET\n> 2. Do 3.12., 10 Uhr ET\nDer hier passt.\n"
        "> 3. Mi 2.12., 16 Uhr ET",
        "accept",
        selected=2,
        **_R12_PICK,
    ),
    P(
        "pick",
        "es",
        "El que marqué:\n\n> [ ] mié 2 dic 13:00\n> [ ] jue 3 dic 10:00\n> [x] mié 2 dic 16:00",
        "accept",
        selected=3,
        **_R12_PICK,
    ),
    # a second choice after a preference, and a correction
    P("pick", "fr", "De préférence la 2, sinon la 3.", "accept", selected=2, **_R12_PICK),
    P("pick", "en", "Wednesday 1pm. Sorry, I meant Thursday!", "accept", selected=2, **_R12_PICK),
    P(
        "pick",
        "de",
        "Mittwoch 13 Uhr – ich meinte natürlich Donnerstag.",
        "accept",
        selected=2,
        **_R12_PICK,
    ),
    P("pick", "pt", "Quarta às 13h... me enganei, quinta!", "accept", selected=2, **_R12_PICK),
    # "le 3" is an option's number, unless the sender is free that day of the month
    P("pick", "fr", "Je prends le 3.", "accept", selected=3, **_R12_PICK),
    P("pick", "es", "Estoy libre el 3.", "accept", selected=2, **_R12_PICK),
    # words of correcting that go on to name nothing correct nothing
    P(
        "pick",
        "en",
        "Thursday works. I meant to ask: is it remote?",
        "accept",
        selected=2,
        **_R12_PICK,
    ),
    P(
        "pick",
        "es",
        "El jueves me va bien. Quería decir también que gracias por todo.",
        "accept",
        selected=2,
        **_R12_PICK,
    ),
    # any option, or none, by a pronoun
    P("pick", "fr", "Tout me convient.", "accept", selected=1, **_R12_PICK),
    P("pick", "de", "Keiner davon geht, ich melde mich.", "decline", **_R12_PICK),
    # the weekend one
    P("pick", "en", "I'll take the one at the weekend.", "accept", selected=2, **_R12_WEEKEND),
    P("pick", "es", "Prefiero el del fin de semana.", "accept", selected=2, **_R12_WEEKEND),
    # a weekday and a bare number that is an option's hour on that day, not a day of the month
    P("pick", "fr", "Jeudi 10 c'est parfait pour moi.", "accept", selected=2, **_R12_PICK),
    P("pick", "es", "miércoles 4 me va bien", "accept", selected=3, **_R12_PICK),
    P("pick", "en", "Wednesday 1 works, thanks", "accept", selected=1, **_R12_PICK),
    P("pick", "pt", "Quinta 10 serve, obrigada!", "accept", selected=2, **_R12_PICK),
    P(
        "pick",
        "de",
        "Mittwoch 4 geht leider nicht, Donnerstag 10 passt.",
        "accept",
        selected=2,
        **_R12_PICK,
    ),
)
ALL_PROBES += PROBES_R12P


# Round 13 (intents, verdicts, events and declines): further wordings of the constructs the held-out
# sets m and n showed read too narrowly.
_R13_NONE = {"stage": "proposed", "context": OPTIONS}
_R13_CALLED_OFF = {"role": "client", "stage": "scheduled", "context": BOOKED}
_R13_RELAYED = {"role": "recruiter", "stage": "requested"}
_R13_AFTER = {"role": "client", "stage": "completed", "context": BOOKED | HELD}


def _r13v(lang: str, text: str, outcome: str) -> Probe:
    return P("verdict", lang, text, "feedback", outcome=outcome, **_R12V)


PROBES_R13V: tuple[Probe, ...] = (
    # every option refused, the sender's own errand on a day and word to come: no offer
    P(
        "pick",
        "en",
        "Unfortunately all three clash with my teaching, so I can't make any of them. I'll sort "
        "out cover on Monday and come back with other times.",
        "decline",
        **_R13_NONE,
    ),
    P(
        "pick",
        "en",
        "None of the three will work, I'm in the audit most of next week. I'll get in touch once "
        "my January calendar is set.",
        "decline",
        **_R13_NONE,
    ),
    P(
        "pick",
        "de",
        "Leider überschneiden sich alle drei Termine mit meinen Vorlesungen. Ich kümmere mich am "
        "Montag um eine Vertretung und melde mich.",
        "decline",
        **_R13_NONE,
    ),
    P(
        "pick",
        "de",
        "Leider geht keiner der drei Vorschläge, ich bin die ganze nächste Woche auf Dienstreise. "
        "Ich melde mich, sobald ich zurück bin.",
        "decline",
        **_R13_NONE,
    ),
    P(
        "pick",
        "fr",
        "Malheureusement les trois créneaux tombent sur mes cours. Je vois lundi avec mon "
        "remplaçant et je reviens vers vous avec d'autres dates.",
        "decline",
        **_R13_NONE,
    ),
    P(
        "pick",
        "fr",
        "Aucune des trois dates ne me convient, je suis en audit presque toute la semaine "
        "prochaine. Je vous recontacte dès que j'ai mon planning de janvier.",
        "decline",
        **_R13_NONE,
    ),
    P(
        "pick",
        "es",
        "Lamentablemente las tres opciones coinciden con mis clases. El lunes hablo con mi "
        "suplente y te paso alternativas.",
        "decline",
        **_R13_NONE,
    ),
    P(
        "pick",
        "es",
        "Ninguna de las tres fechas me viene bien; la semana que viene estoy casi entera en "
        "auditoría. Te escribo cuando tenga la agenda de enero.",
        "decline",
        **_R13_NONE,
    ),
    P(
        "pick",
        "pt",
        "Infelizmente as três opções batem com as minhas aulas. Na segunda falo com meu "
        "substituto e te mando outras datas.",
        "decline",
        **_R13_NONE,
    ),
    P(
        "pick",
        "de",
        "Alle drei Vorschläge kollidieren mit Gremiensitzungen, daher kann ich keinen "
        "wahrnehmen. Ich kläre das am Freitag und schicke dann Alternativen.",
        "decline",
        **_R13_NONE,
    ),
    # a pass, or a quality that "wasn't there", from a phone
    _r13v("en", "hard pass sorry. the energy just wasn't there", "reject"),
    _r13v("en", "It's a pass from us. Communication wasn't there.", "reject"),
    _r13v("en", "Pass on this one, attitude wasn't there tbh", "reject"),
    _r13v("en", "big pass. leadership just not there", "reject"),
    _r13v("fr", "On passe notre tour, la communication n'y était pas.", "reject"),
    _r13v("de", "Wir passen. Die Kommunikation war einfach nicht da.", "reject"),
    _r13v("es", "Paso. La comunicación no estuvo a la altura.", "reject"),
    _r13v("pt", "Vamos passar. A comunicação não estava lá.", "reject"),
    # not a no, a deeper round with one of ours before any call
    _r13v(
        "en",
        "Honestly not a no. I'd want Priya to run a proper technical deep-dive with him before we "
        "decide.",
        "advance",
    ),
    _r13v(
        "en",
        "Shaky on architecture, great at debugging. Let Tom do an in-depth technical with her "
        "before any decision.",
        "advance",
    ),
    _r13v(
        "en",
        "I'd like our lead to run a second technical session with him before we make a call.",
        "advance",
    ),
    _r13v(
        "fr",
        "Ce n'est pas un non. J'aimerais que Paul fasse un entretien technique approfondi avec "
        "lui avant de trancher.",
        "advance",
    ),
    _r13v(
        "de",
        "Kein Nein. Ich möchte, dass Jana noch ein technisches Vertiefungsgespräch mit ihm führt, "
        "bevor wir entscheiden.",
        "advance",
    ),
    _r13v(
        "es",
        "No es un no. Quiero que Laura le haga una entrevista técnica más a fondo antes de "
        "decidir.",
        "advance",
    ),
    _r13v(
        "pt",
        "Não é um não. Quero que o Rui faça uma entrevista técnica mais aprofundada com ele antes "
        "de decidirmos.",
        "advance",
    ),
    _r13v(
        "en",
        "Not a no yet. Sam should dig deeper into the coding side with her before we commit.",
        "advance",
    ),
    # after the round, asked to turn the candidate down
    P(
        "verdict",
        "de",
        "passt leider nicht, bitte absagen. danke",
        "feedback",
        outcome="reject",
        **_R13_AFTER,
    ),
    P(
        "verdict",
        "de",
        "Nicht unser Kandidat, bitte freundlich absagen.",
        "feedback",
        outcome="reject",
        **_R13_AFTER,
    ),
    P(
        "verdict",
        "de",
        "Bitte dem Kandidaten absagen, das passt nicht.",
        "feedback",
        outcome="reject",
        **_R13_AFTER,
    ),
    P(
        "verdict",
        "en",
        "doesn't fit unfortunately, please let him know it's a no",
        "feedback",
        outcome="reject",
        **_R13_AFTER,
    ),
    P(
        "verdict",
        "en",
        "Not a match, please turn her down. thx",
        "feedback",
        outcome="reject",
        **_R13_AFTER,
    ),
    P(
        "verdict",
        "fr",
        "ça ne colle pas, merci de lui répondre par la négative",
        "feedback",
        outcome="reject",
        **_R13_AFTER,
    ),
    P(
        "verdict",
        "es",
        "no encaja, por favor dile que no. gracias",
        "feedback",
        outcome="reject",
        **_R13_AFTER,
    ),
    P(
        "verdict",
        "pt",
        "não serve, por favor dá um retorno negativo pra ela",
        "feedback",
        outcome="reject",
        **_R13_AFTER,
    ),
    # a booked interview called off with the hiring frozen, and a call to come: no new time
    P(
        "relay",
        "en",
        "Mr Park has to cancel Wednesday's interview: hiring is frozen until further notice. He "
        "will call you early next week to explain.",
        "cancel",
        **_R13_CALLED_OFF,
    ),
    P(
        "relay",
        "fr",
        "Mme Roche doit malheureusement annuler l'entretien de mercredi : le recrutement est gelé "
        "jusqu'à nouvel ordre. Elle vous appellera en début de semaine prochaine.",
        "cancel",
        **_R13_CALLED_OFF,
    ),
    P(
        "relay",
        "fr",
        "Nous devons annuler l'entretien prévu mercredi, le poste est gelé suite à une "
        "réorganisation. Je vous rappelle lundi pour en parler.",
        "cancel",
        **_R13_CALLED_OFF,
    ),
    P(
        "relay",
        "de",
        "Frau Weber muss das Gespräch am Mittwoch leider absagen, die Einstellungen sind bis auf "
        "Weiteres gestoppt. Sie ruft Sie Anfang nächster Woche an.",
        "cancel",
        **_R13_CALLED_OFF,
    ),
    P(
        "relay",
        "es",
        "La Sra. Ruiz tiene que cancelar la entrevista del miércoles: las contrataciones están "
        "congeladas hasta nuevo aviso. Le llamará a principios de la semana que viene.",
        "cancel",
        **_R13_CALLED_OFF,
    ),
    P(
        "relay",
        "pt",
        "O Sr. Lima precisa cancelar a entrevista de quarta: as contratações estão congeladas até "
        "segunda ordem. Ele te liga no começo da semana que vem.",
        "cancel",
        **_R13_CALLED_OFF,
    ),
    P(
        "relay",
        "en",
        "We need to call off Wednesday, the role has been put on ice after the restructuring. "
        "I'll ring you on Monday to talk it through.",
        "cancel",
        **_R13_CALLED_OFF,
    ),
    P(
        "relay",
        "de",
        "Wir müssen den Termin am Mittwoch streichen, die Stelle ist eingefroren. Ich rufe Sie "
        "am Montag an.",
        "cancel",
        **_R13_CALLED_OFF,
    ),
    # a withdrawal relayed, a counter-offer taken, and the slots no longer to be offered
    P(
        "relay",
        "fr",
        "Petite info : Léa retire sa candidature, elle a accepté la contre-proposition de son "
        "employeur. Inutile de lui proposer les créneaux de mercredi.",
        "withdraw",
        **_R13_RELAYED,
    ),
    P(
        "relay",
        "en",
        "Quick update on Tom: he's withdrawing his application. His current employer made a "
        "counter-offer and he took it. No need to send him Thursday's slots.",
        "withdraw",
        **_R13_RELAYED,
    ),
    P(
        "relay",
        "de",
        "Kurzes Update zu Herrn Beck: er zieht seine Bewerbung zurück, sein Arbeitgeber hat ihm "
        "ein Gegenangebot gemacht. Die Termine am Donnerstag brauchen Sie ihm nicht mehr "
        "anzubieten.",
        "withdraw",
        **_R13_RELAYED,
    ),
    P(
        "relay",
        "es",
        "Novedad sobre Marta: retira su candidatura, aceptó la contraoferta de su empresa actual. "
        "No hace falta ofrecerle los huecos del jueves.",
        "withdraw",
        **_R13_RELAYED,
    ),
    P(
        "relay",
        "pt",
        "Atualização sobre o Caio: ele retirou a candidatura, aceitou a contraproposta da empresa "
        "atual. Não precisa oferecer os horários de quinta.",
        "withdraw",
        **_R13_RELAYED,
    ),
    P(
        "relay",
        "en",
        "Heads up, Priya has pulled her application after accepting a counteroffer. Don't bother "
        "proposing Thursday times.",
        "withdraw",
        **_R13_RELAYED,
    ),
    P(
        "relay",
        "fr",
        "Il m'a appelée ce matin : il se retire du processus, son employeur actuel l'a retenu avec "
        "une contre-offre. Pas la peine de lui envoyer les dates de jeudi.",
        "withdraw",
        **_R13_RELAYED,
    ),
    P(
        "relay",
        "de",
        "Sie hat heute Morgen angerufen und ihre Kandidatur zurückgezogen, Gegenangebot vom "
        "jetzigen Arbeitgeber angenommen. Die Slots am Donnerstag sind damit hinfällig.",
        "withdraw",
        **_R13_RELAYED,
    ),
)
ALL_PROBES += PROBES_R13V


# Round 13 (windows): further wordings of the constructs the held-out sets m and n missed.
PROBES_R13W: tuple[Probe, ...] = (
    # an hour in words after the word that leads it, in each language
    P(
        "time-of-day",
        "fr",
        "Lundi à partir de quinze heures, mardi le matin.",
        "availability",
        ((7, "15:00", "17:00"), (8, "09:00", "12:00")),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi à partir de quatorze heures trente, ou vendredi matin.",
        "availability",
        ((3, "14:30", "17:00"), (4, "09:00", "12:00")),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "fr",
        "Pour M. Roy ce sera mercredi à partir de dix heures.",
        "availability",
        ((2, "10:00", "17:00"),),
        role="client",
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "en",
        "Thursday after two, Friday before eleven.",
        "availability",
        ((3, "14:00", "17:00"), (4, "09:00", "11:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Donnerstag ab drei Uhr, Freitag vormittags.",
        "availability",
        ((3, "15:00", "17:00"), (4, "09:00", "12:00")),
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "de",
        "Ich kann Donnerstag ab fünfzehn Uhr.",
        "availability",
        ((3, "15:00", "17:00"),),
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta depois das quinze horas, sexta de manhã.",
        "availability",
        ((3, "15:00", "17:00"), (4, "09:00", "12:00")),
        zone=_LISBON,
    ),
    P(
        "time-of-day",
        "es",
        "El jueves después de las 15 horas.",
        "availability",
        ((3, "15:00", "17:00"),),
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "en",
        "Any time after two weeks from now is fine, say Thursday after 2.",
        "availability",
        ((3, "14:00", "17:00"),),
    ),
    # German short weekdays typed in lower case, before a date or German hours
    P(
        "time-of-day",
        "de",
        "herr kunz hat angerufen: do 03.12. ab 14 uhr oder fr vormittags.",
        "availability",
        ((3, "14:00", "17:00"), (4, "09:00", "12:00")),
        role="recruiter",
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "de",
        "mi 02.12. nachmittags, do ganztags",
        "availability",
        ((2, "12:00", "17:00"), (3, "09:00", "17:00")),
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "de",
        "kann mo 07.12. um 10 oder di nachmittags",
        "availability",
        ((7, "10:00", "11:00"), (8, "12:00", "17:00")),
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "de",
        "kandidat meldet sich: fr ab 13 uhr passt, do leider nicht",
        "availability",
        ((4, "13:00", "17:00"),),
        role="recruiter",
        zone=_BERLIN,
    ),
    P("time-of-day", "de", "do ab 14 uhr", "availability", ((3, "14:00", "17:00"),), zone=_BERLIN),
    P("time-of-day", "de", "fr vormittags", "availability", ((4, "09:00", "12:00"),), zone=_BERLIN),
    P(
        "time-of-day",
        "en",
        "I can do after 2 on Thursday.",
        "availability",
        ((3, "14:00", "17:00"),),
    ),
    P(
        "time-of-day",
        "es",
        "mi disponibilidad: jueves por la tarde",
        "availability",
        ((3, "12:00", "17:00"),),
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "de",
        "di/do ab 15 uhr",
        "availability",
        ((3, "15:00", "17:00"), (8, "15:00", "17:00")),
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "de",
        "mo, mi oder fr vormittags",
        "availability",
        ((2, "09:00", "12:00"), (4, "09:00", "12:00"), (7, "09:00", "12:00")),
        zone=_BERLIN,
    ),
    # a part of day told bad after it, as a phone says it
    P(
        "time-of-day",
        "de",
        "Mittwoch und Donnerstag vormittags schlecht, nachmittags passt",
        "availability",
        ((2, "12:00", "17:00"), (3, "12:00", "17:00")),
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "de",
        "Dienstag vormittags ungünstig, nachmittags gerne.",
        "availability",
        ((8, "12:00", "17:00"),),
        zone=_BERLIN,
    ),
    # an exception to a sweeping time across a line wrapped inside its sentence, or after
    # "free"/"open"
    P(
        "exception",
        "en",
        "She can do Monday at half four, or Thursday any\ntime bar 12-1 (she's got a site lunch).",
        "availability",
        ((3, "09:00", "12:00"), (3, "13:00", "17:00"), (7, "16:30", "17:30")),
        role="recruiter",
    ),
    P(
        "exception",
        "en",
        "She can do Monday at half four, or Thursday any time\nbar 12-1.",
        "availability",
        ((3, "09:00", "12:00"), (3, "13:00", "17:00"), (7, "16:30", "17:30")),
        role="recruiter",
    ),
    P(
        "exception",
        "en",
        "Thursday all day\nbut 1-2pm, I have a call.",
        "availability",
        ((3, "09:00", "13:00"), (3, "14:00", "17:00")),
    ),
    P("exception", "en", "Thursday every hour\nsave 12-1.", "availability", THU_NOT_LUNCH),
    P(
        "exception",
        "en",
        "Thursday is wide open bar 1-2pm.",
        "availability",
        ((3, "09:00", "13:00"), (3, "14:00", "17:00")),
    ),
    P("exception", "en", "I'm free Thursday save 12-1.", "availability", THU_NOT_LUNCH),
    P(
        "exception",
        "fr",
        "Jeudi toute la journée, hors 12h-13h.",
        "availability",
        THU_NOT_LUNCH,
        zone=_PARIS,
    ),
    P(
        "exception",
        "de",
        "Donnerstag jederzeit\naußer 12-13 Uhr.",
        "availability",
        THU_NOT_LUNCH,
        zone=_BERLIN,
    ),
    P(
        "exception",
        "es",
        "El jueves a cualquier\nhora salvo de 12 a 13.",
        "availability",
        THU_NOT_LUNCH,
        zone=_MADRID,
    ),
    # a day someone else cannot do, relayed, after the day
    P(
        "ruled-out",
        "pt",
        "Ela pode segunda de manhã ou quarta depois das 15h. Sexta ela não consegue, viaja.",
        "availability",
        ((2, "15:00", "17:00"), (7, "09:00", "12:00")),
        role="recruiter",
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "pt",
        "Segunda de manhã. Sexta não consegue.",
        "availability",
        ((7, "09:00", "12:00"),),
        role="recruiter",
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "pt",
        "Ela pode segunda de manhã. Na sexta ele não pode.",
        "availability",
        ((7, "09:00", "12:00"),),
        role="recruiter",
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "pt",
        "Ela pode segunda de manhã. Sábado de manhã também serve. Sexta ela não consegue.",
        "availability",
        ((5, "09:00", "12:00"), (7, "09:00", "12:00")),
        role="recruiter",
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "es",
        "Puede el lunes por la mañana. El viernes ella no puede, está de viaje.",
        "availability",
        ((7, "09:00", "12:00"),),
        role="recruiter",
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "fr",
        "Elle peut lundi matin. Vendredi elle ne peut pas, elle est en déplacement.",
        "availability",
        ((7, "09:00", "12:00"),),
        role="recruiter",
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "de",
        "Sie kann Montag vormittags. Freitag kann sie nicht, sie ist unterwegs.",
        "availability",
        ((7, "09:00", "12:00"),),
        role="recruiter",
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "en",
        "She can do Monday morning. Friday she can't, she's travelling.",
        "availability",
        ((7, "09:00", "12:00"),),
        role="recruiter",
        zone=ET,
    ),
    P(
        "ruled-out",
        "en",
        "Monday morning works for her. Friday she can't.",
        "availability",
        ((7, "09:00", "12:00"),),
        role="recruiter",
        zone=ET,
    ),
    # someone else's place keeps them, relayed: its hours are no offer
    P(
        "ruled-out",
        "en",
        "She could do Monday any time before eleven, as she's at the plant from lunchtime.",
        "availability",
        ((7, "09:00", "11:00"),),
        role="recruiter",
    ),
    P(
        "ruled-out",
        "en",
        "She could do Monday any time before 11, as she's at the plant from lunchtime.",
        "availability",
        ((7, "09:00", "11:00"),),
        role="recruiter",
    ),
    P(
        "ruled-out",
        "en",
        "Thursday works for him, but he's at a conference on Friday.",
        "availability",
        ((3, "09:00", "17:00"),),
        role="recruiter",
    ),
    P(
        "ruled-out",
        "en",
        "Friday he's at the clinic all day; Thursday afternoon is good.",
        "availability",
        ((3, "12:00", "17:00"),),
        role="recruiter",
    ),
    # a week cut short, and a reason in brackets after the day excepted
    P(
        "exception",
        "fr",
        "dispo toute la semaine prochaine sauf jeudi (je suis à Lyon) plutôt l'après-midi",
        "availability",
        each_day((7, 8, 9, 11), "12:00", "17:00"),
        zone=_PARIS,
    ),
    P(
        "exception",
        "en",
        "Free all next week except Thursday (I'm in Leeds) - afternoons ideally.",
        "availability",
        each_day((7, 8, 9, 11), "12:00", "17:00"),
        zone=ET,
    ),
    P(
        "exception",
        "es",
        "Libre toda la semana que viene menos el jueves (estoy en Bilbao) mejor por la tarde.",
        "availability",
        each_day((7, 8, 9, 11), "12:00", "17:00"),
        zone=_MADRID,
    ),
    P(
        "exception",
        "de",
        "Nächste Woche geht alles außer Donnerstag (bin in Köln) am liebsten nachmittags.",
        "availability",
        each_day((7, 8, 9, 11), "12:00", "17:00"),
        zone=_BERLIN,
    ),
    P(
        "exception",
        "fr",
        "dispo toute la semaine pro sauf jeudi, plutôt l'aprem si possible",
        "availability",
        each_day((7, 8, 9, 11), "12:00", "17:00"),
        zone=_PARIS,
    ),
    P(
        "exception",
        "en",
        "free all next wk except thurs",
        "availability",
        each_day((7, 8, 9, 11), "09:00", "17:00"),
    ),
)
ALL_PROBES += PROBES_R13W


# Per-day lists and tables (round 14): ranges in each language's own format, rows ruled out
# with their reason told first, columns of short weekdays
_TUE_FRI = ((8, "10:00", "11:30"), (11, "09:00", "17:00"))
_R14_ROWS = ((8, "14:00", "16:00"), (9, "09:00", "12:00"))
_FRI_NOT_NOON = (*_NEXT_WEEK[:4], (11, "09:00", "12:00"), (11, "13:00", "17:00"))

PROBES_R14WS: tuple[Probe, ...] = (
    P(
        "per-day-list",
        "fr",
        "Voici mes disponibilités :\n- mardi 8 : 10h à 11h30\n"
        "- jeudi 10 : en visite chez un client, pas disponible\n- vendredi 11 : toute la journée",
        "availability",
        _TUE_FRI,
        zone=_PARIS,
    ),
    P(
        "per-day-list",
        "en",
        "Here is what works for her:\n- Tue 8th: 10-11:30\n"
        "- Thu 10th: at the plant all day, so not available\n- Fri 11th: any time",
        "availability",
        _TUE_FRI,
        role="client",
    ),
    P(
        "per-day-list",
        "de",
        "Meine Zeiten:\n- Di 8.12.: 10-11:30 Uhr\n- Do 10.12.: Kundentermin in Hamburg, nicht "
        "verfügbar\n- Fr 11.12.: ganztags",
        "availability",
        _TUE_FRI,
        zone=_BERLIN,
    ),
    P(
        "per-day-list",
        "es",
        "Mis horarios:\n- martes 8: 10:00 a 11:30\n- jueves 10: visita a planta, no estoy "
        "disponible\n- viernes 11: todo el día",
        "availability",
        _TUE_FRI,
        zone=_MADRID,
    ),
    P(
        "per-day-list",
        "pt",
        "Minha agenda:\n- terça 8: 10h às 11h30\n- quinta 10: visita à fábrica, indisponível\n"
        "- sexta 11: o dia todo",
        "availability",
        _TUE_FRI,
        zone=_LISBON,
    ),
    # a column of short weekdays: every row is a day, the ones ruled out too
    P(
        "per-day-list",
        "de",
        "Die Zeiten von Frau Weber für nächste Woche:\nDi 14-16 Uhr\nMi vormittags\n"
        "Do leider gar nicht",
        "availability",
        _R14_ROWS,
        role="client",
        zone=_BERLIN,
    ),
    P(
        "per-day-list",
        "fr",
        "Pour la semaine prochaine :\nMar 14h-16h\nMer matin\nJeu impossible, il est à Lyon",
        "availability",
        _R14_ROWS,
        role="client",
        zone=_PARIS,
    ),
    P(
        "per-day-list",
        "es",
        "La semana que viene:\nMar 14-16h\nMié por la mañana\nJue no puede",
        "availability",
        _R14_ROWS,
        role="client",
        zone=_MADRID,
    ),
    P(
        "per-day-list",
        "pt",
        "Semana que vem:\nTer 14h-16h\nQua de manhã\nQui não dá",
        "availability",
        _R14_ROWS,
        zone=_LISBON,
    ),
    # an hour in words that only its day leads ("jeudi quinze heures"), or only "Uhr" says is one
    P(
        "time-of-day",
        "fr",
        "Je ne pourrai pas être là mercredi, est-ce qu'on pourrait décaler à jeudi quinze heures ?",
        "reschedule",
        ((3, "15:00", "16:00"),),
        stage="scheduled",
        zone=_PARIS,
        context=BOOKED,
    ),
    P(
        "time-of-day",
        "fr",
        "Demain dix heures ou vendredi quatorze heures trente, comme vous voulez.",
        "availability",
        ((2, "10:00", "11:00"), (4, "14:30", "15:30")),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "fr",
        "Pour moi ce serait mercredi à trois heures trente.",
        "availability",
        ((2, "15:30", "16:30"),),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "de",
        "Könnten wir auf Donnerstag elf Uhr verschieben?",
        "reschedule",
        ((3, "11:00", "12:00"),),
        stage="scheduled",
        zone=_BERLIN,
        context=BOOKED_TODAY,
    ),
    P(
        "time-of-day",
        "de",
        "Ginge auch Freitag drei Uhr bei Ihnen?",
        "availability",
        ((4, "15:00", "16:00"),),
        zone=_BERLIN,
    ),
    # an hour named inside a bound of its day: the bound only frames it
    P(
        "time-of-day",
        "en",
        "Wednesday at half two works, I've got a free period after lunch. Failing that, Friday "
        "any time before 11.",
        "availability",
        ((2, "14:30", "15:30"), (4, "09:00", "11:00")),
        zone="Europe/London",
    ),
    P(
        "time-of-day",
        "en",
        "Thursday after 1, ideally at 2:30.",
        "availability",
        ((3, "14:30", "15:30"),),
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi après 13h, idéalement à 14h30.",
        "availability",
        ((3, "14:30", "15:30"),),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "de",
        "Donnerstag ab 13 Uhr, am liebsten um halb drei.",
        "availability",
        ((3, "14:30", "15:30"),),
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "es",
        "El jueves después de las 13, idealmente a las 14:30.",
        "availability",
        ((3, "14:30", "15:30"),),
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta depois das 13h, de preferência às 14h30.",
        "availability",
        ((3, "14:30", "15:30"),),
        zone=_LISBON,
    ),
    # hours at or after the bound but not inside it stay two offers
    P(
        "time-of-day",
        "en",
        "Thursday at 10 or any time after 3.",
        "availability",
        ((3, "10:00", "11:00"), (3, "15:00", "17:00")),
    ),
    # hours in digits with "heures" and minutes, French halves and quarters of "15h" and "midi"
    P(
        "time-of-day",
        "fr",
        "Lundi 7 à 10 heures 30, sinon mercredi 9 de 15 heures à 16 heures 30.",
        "availability",
        ((7, "10:30", "11:30"), (9, "15:00", "16:30")),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "fr",
        "Vendredi à partir de 14 heures, ou lundi vers midi et demi.",
        "availability",
        ((4, "14:00", "17:00"), (7, "12:30", "13:30")),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "fr",
        "Mercredi à 11h moins le quart ou jeudi à 16h et demie.",
        "availability",
        ((2, "10:45", "11:45"), (3, "16:30", "17:30")),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi me convient, il faut prévoir un entretien de 2 heures.",
        "availability",
        ((3, "09:00", "17:00"),),
        zone=_PARIS,
    ),
    # English hours in words after "at", with minutes in words, closing a range
    P(
        "time-of-day",
        "en",
        "Wednesday at ten, or Friday at three if that's easier.",
        "availability",
        ((2, "10:00", "11:00"), (4, "15:00", "16:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Could do Monday, nine-thirty? Or Tuesday eleven fifteen.",
        "availability",
        ((7, "09:30", "10:30"), (8, "11:15", "12:15")),
    ),
    P(
        "time-of-day",
        "en",
        "Wed 9th: half nine to eleven\nFri 11th: quarter past one onwards",
        "availability",
        ((9, "09:30", "11:00"), (11, "13:15", "17:00")),
        zone="Europe/London",
    ),
    # plain-text tables cut by pipes or dot leaders, a row marked busy; a signature cut by pipes
    # stays no offer
    P(
        "text-table",
        "en",
        "Her week:\nDate | Hours\n---|---\nTue 8 Dec | 9:30-11\nWed 9 Dec | travelling\n"
        "Fri 11 Dec | 1pm-3pm",
        "availability",
        ((8, "09:30", "11:00"), (11, "13:00", "15:00")),
        role="client",
    ),
    P(
        "text-table",
        "fr",
        "Mar. 8 ...... 9h30-11h\nMer. 9 ...... en congé\nVen. 11 ...... 14h-16h",
        "availability",
        ((8, "09:30", "11:00"), (11, "14:00", "16:00")),
        zone=_PARIS,
    ),
    P(
        "text-table",
        "de",
        "| Tag | Uhrzeit |\n| Di 8.12. | 9:30-11 Uhr |\n| Mi 9.12. | Dienstreise |\n"
        "| Fr 11.12. | 14-16 Uhr |",
        "availability",
        ((8, "09:30", "11:00"), (11, "14:00", "16:00")),
        zone=_BERLIN,
    ),
    P(
        "text-table",
        "es",
        "Martes 8 ....... 9:30-11:00\nMiércoles 9 ....... ocupado\nViernes 11 ....... 14-16h",
        "availability",
        ((8, "09:30", "11:00"), (11, "14:00", "16:00")),
        zone=_MADRID,
    ),
    P(
        "text-table",
        "pt",
        "Dia | Horário\nter 8/12 | 9h30-11h\nqua 9/12 | indisponível\nsex 11/12 | 14h-16h",
        "availability",
        ((8, "09:30", "11:00"), (11, "14:00", "16:00")),
        zone=_LISBON,
    ),
    P(
        "text-table",
        "en",
        "Thursday works for me.\n\nDana Roe | Talent Partner | Acme\n"
        "Office: Mon-Fri 8-6 | +1 555 010 2030",
        "availability",
        ((3, "09:00", "17:00"),),
    ),
    # a short weekday before its date is that day, in any case: "mar." is no March then
    P(
        "per-day-list",
        "es",
        "puedo el mar 8 de diciembre a las 10 o el jue 10 de diciembre a las 4",
        "availability",
        ((8, "10:00", "11:00"), (10, "16:00", "17:00")),
        zone=_MADRID,
    ),
    P(
        "per-day-list",
        "de",
        "Mo 7.12. 10-12 Uhr, Do 10.12. 14-15:30 Uhr",
        "availability",
        ((7, "10:00", "12:00"), (10, "14:00", "15:30")),
        zone=_BERLIN,
    ),
    # lower-case short weekdays before their day and hours, Portuguese weekdays by number, a
    # short weekday with a colon, "10:30h a 12h", a one-word refusal before the whole day
    P(
        "per-day-list",
        "fr",
        "possible mar 8 à partir de 14h, ou ven 11 entre 9h et 10h30",
        "availability",
        ((8, "14:00", "17:00"), (11, "09:00", "10:30")),
        zone=_PARIS,
    ),
    P(
        "per-day-list",
        "de",
        "di 8. bis 12 uhr oder fr 11. ab 13 uhr",
        "availability",
        ((8, "09:00", "12:00"), (11, "13:00", "17:00")),
        zone=_BERLIN,
    ),
    P(
        "per-day-list",
        "es",
        "lun 7 después de las 3, mié 9 antes de las 12",
        "availability",
        ((7, "15:00", "17:00"), (9, "09:00", "12:00")),
        zone=_MADRID,
    ),
    P(
        "per-day-list",
        "pt",
        "seg 7 das 14h às 15h30, qua 9 a partir das 10h",
        "availability",
        ((7, "14:00", "15:30"), (9, "10:00", "17:00")),
        zone=_LISBON,
    ),
    P(
        "per-day-list",
        "pt",
        "- 3ª feira 8: reunião o dia todo, não dá\n- 4ª feira 9: de manhã\n"
        "- 6ª feira 11: das 14h às 16h",
        "availability",
        ((9, "09:00", "12:00"), (11, "14:00", "16:00")),
        zone=_LISBON,
    ),
    P(
        "per-day-list",
        "pt",
        "Seg: 10h-11h\nSex: depois das 15h",
        "availability",
        ((7, "10:00", "11:00"), (4, "15:00", "17:00")),
        zone=_LISBON,
    ),
    P(
        "per-day-list",
        "es",
        "Lunes 7: 9:30h a 11:00h\nMiércoles 9: 15:00h a 16:30h",
        "availability",
        ((7, "09:30", "11:00"), (9, "15:00", "16:30")),
        zone=_MADRID,
    ),
    P(
        "per-day-list",
        "en",
        "Mon 7th: 2-4pm\nTue 8th: booked all day\nWed 9th: 10-11",
        "availability",
        ((7, "14:00", "16:00"), (9, "10:00", "11:00")),
    ),
    P(
        "per-day-list",
        "es",
        "- lun 7: 10-12\n- mar 8: ocupado todo el día\n- jue 10: por la tarde",
        "availability",
        ((7, "10:00", "12:00"), (10, "12:00", "17:00")),
        zone=_MADRID,
    ),
    # an HTML table whose status column holds a row for something else ("Tentative - please
    # avoid"): that row is no offer
    P(
        "html",
        "en",
        _grid(
            [
                ["Day", "Time", "Status"],
                ["Tue 8 Dec", "10:00 - 11:30", "Free"],
                ["Wed 9 Dec", "2:00 - 4:00 PM", "Tentative, please avoid"],
                ["Fri 11 Dec", "1:00 - 3:00 PM", "Free"],
            ]
        ),
        "availability",
        ((8, "10:00", "11:30"), (11, "13:00", "15:00")),
        html=True,
    ),
    P(
        "html",
        "fr",
        _grid(
            [
                ["Jour", "Horaire", "Statut"],
                ["mardi 8", "10h - 11h30", "libre"],
                ["mercredi 9", "14h - 16h", "provisoire, à éviter"],
                ["vendredi 11", "13h - 15h", "libre"],
            ]
        ),
        "availability",
        ((8, "10:00", "11:30"), (11, "13:00", "15:00")),
        html=True,
        zone=_PARIS,
    ),
    P(
        "html",
        "de",
        _grid(
            [
                ["Tag", "Zeit", "Status"],
                ["Di 8.12.", "10:00-11:30", "frei"],
                ["Mi 9.12.", "14:00-16:00", "vorläufig belegt, bitte vermeiden"],
                ["Fr 11.12.", "13:00-15:00", "frei"],
            ]
        ),
        "availability",
        ((8, "10:00", "11:30"), (11, "13:00", "15:00")),
        html=True,
        zone=_BERLIN,
    ),
    P(
        "html",
        "es",
        _grid(
            [
                ["Día", "Hora", "Estado"],
                ["martes 8", "10:00 - 11:30", "libre"],
                ["miércoles 9", "14:00 - 16:00", "provisional, mejor evitar"],
                ["viernes 11", "13:00 - 15:00", "libre"],
            ]
        ),
        "availability",
        ((8, "10:00", "11:30"), (11, "13:00", "15:00")),
        html=True,
        zone=_MADRID,
    ),
    P(
        "html",
        "pt",
        _grid(
            [
                ["Dia", "Horário", "Situação"],
                ["terça 8", "10h - 11h30", "livre"],
                ["quarta 9", "14h - 16h", "provisório, evite"],
                ["sexta 11", "13h - 15h", "livre"],
            ]
        ),
        "availability",
        ((8, "10:00", "11:30"), (11, "13:00", "15:00")),
        html=True,
        zone=_LISBON,
    ),
    # a week phrase heading a per-day list frames its rows; a row ruled out is no exception to it
    P(
        "per-day-list",
        "en",
        "His times for next week:\n- Tue 8th: 10-11:30\n- Thu 10th: in Leeds, not available\n"
        "- Fri 11th: all day",
        "availability",
        _TUE_FRI,
        role="client",
    ),
    P(
        "per-day-list",
        "fr",
        "Pour la semaine prochaine :\n- mardi 8 : 10h à 11h30\n- jeudi 10 : pas disponible\n"
        "- vendredi 11 : toute la journée",
        "availability",
        _TUE_FRI,
        zone=_PARIS,
    ),
    P(
        "per-day-list",
        "de",
        "Nächste Woche:\n- Di 8.12.: 10-11:30 Uhr\n- Do 10.12.: auf Dienstreise\n"
        "- Fr 11.12.: ganztags",
        "availability",
        _TUE_FRI,
        zone=_BERLIN,
    ),
    P(
        "per-day-list",
        "es",
        "La semana que viene:\n- martes 8: de 10 a 11:30\n- jueves 10: de viaje, no puedo\n"
        "- viernes 11: todo el día",
        "availability",
        _TUE_FRI,
        zone=_MADRID,
    ),
    P(
        "per-day-list",
        "pt",
        "Semana que vem:\n- terça 8: das 10h às 11h30\n- quinta 10: em viagem\n"
        "- sexta 11: o dia todo",
        "availability",
        _TUE_FRI,
        zone=_LISBON,
    ),
    # hours to keep free ("please avoid 12 to 1") on a weekday of a week offered before: that
    # week's day loses those hours
    P(
        "hour-excepted",
        "en",
        "Next week any day works. On Friday please avoid 12 to 1, I have prayers.",
        "availability",
        _FRI_NOT_NOON,
    ),
    P(
        "hour-excepted",
        "fr",
        "La semaine prochaine n'importe quel jour. Vendredi, merci d'éviter 12h-13h.",
        "availability",
        _FRI_NOT_NOON,
        zone=_PARIS,
    ),
    P(
        "hour-excepted",
        "de",
        "Nächste Woche jeder Tag. Am Freitag bitte 12-13 Uhr vermeiden.",
        "availability",
        _FRI_NOT_NOON,
        zone=_BERLIN,
    ),
    P(
        "hour-excepted",
        "es",
        "La semana que viene cualquier día. El viernes, mejor evitar de 12 a 13.",
        "availability",
        _FRI_NOT_NOON,
        zone=_MADRID,
    ),
    P(
        "hour-excepted",
        "pt",
        "Semana que vem qualquer dia. Na sexta, evite das 12h às 13h.",
        "availability",
        _FRI_NOT_NOON,
        zone=_LISBON,
    ),
    P(
        "hour-excepted",
        "en",
        "Friday works, just avoid 12 to 1.",
        "availability",
        ((4, "09:00", "12:00"), (4, "13:00", "17:00")),
    ),
)
ALL_PROBES += PROBES_R14WS


# Round 14, windows scope: a week ruled out and the week after it, whose weekdays come in the
# next sentence; a part of day refused as a reason or as a place the sender is at; reply-by
# deadlines; relative days written on a weekend or late at night; a weekday and day number
# that do not agree
SUNDAY_NIGHT = "Sun, 06 Dec 2026 22:40:00 -0500"
LATE_NIGHT = "Tue, 01 Dec 2026 23:50:00 -0500"
PROBES_R14WR: tuple[Probe, ...] = (
    # a week ruled out, then the week after it, whose weekdays come in the next sentence
    P(
        "ruled-out",
        "en",
        "I'm on holiday all of next week. The week after is wide open, though. "
        "Tuesday or Thursday afternoon would suit me best.",
        "availability",
        each_day((15, 17), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "en",
        "Sadly I'm travelling for a trade show for the whole\nof next week, so that's "
        "out.\n\nThe following week is much quieter. Monday or Wednesday morning would be perfect.",
        "availability",
        each_day((14, 16), "09:00", "12:00"),
    ),
    P(
        "ruled-out",
        "fr",
        "Je suis en congés toute la semaine prochaine. La semaine suivante est "
        "beaucoup plus calme. Mardi ou jeudi après-midi, ce serait idéal.",
        "availability",
        each_day((15, 17), "12:00", "17:00"),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "de",
        "Nächste Woche bin ich im Urlaub. Die Woche danach ist frei. "
        "Dienstag oder Donnerstag nachmittags wäre ideal.",
        "availability",
        each_day((15, 17), "12:00", "17:00"),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "es",
        "La semana que viene estoy de vacaciones. La semana siguiente la tengo libre. "
        "El lunes o el miércoles por la mañana me vendría genial.",
        "availability",
        each_day((14, 16), "09:00", "12:00"),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "pt",
        "Na próxima semana estou de férias. A semana seguinte está livre. "
        "Segunda ou quarta de manhã seria ótimo.",
        "availability",
        each_day((14, 16), "09:00", "12:00"),
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "en",
        "Next week is pretty open for me. Wednesday or Friday after 2pm would be best.",
        "availability",
        each_day((9, 11), "14:00", "17:00"),
    ),
    P(
        "ruled-out",
        "en",
        "Next week I'm away. Thursday works though.",
        "availability",
        ((3, "09:00", "17:00"),),
    ),
    # a part of day offered and the other told busy, with a reason or as a place
    P(
        "time-of-day",
        "en",
        "Monday or Wednesday next week, mornings ideally, since the afternoons "
        "are training sessions.",
        "availability",
        each_day((7, 9), "09:00", "12:00"),
    ),
    P(
        "time-of-day",
        "en",
        "Any day next week except Thursday, ideally between 10 and 12, as "
        "afternoons are my lab slots.",
        "availability",
        each_day((7, 8, 9, 11), "10:00", "12:00"),
    ),
    P(
        "time-of-day",
        "es",
        "Puedo el lunes o el miércoles de la semana que viene, mejor por la "
        "mañana; por la tarde estoy en la universidad.",
        "availability",
        each_day((7, 9), "09:00", "12:00"),
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "es",
        "La semana próxima cualquier día menos el martes, de preferencia de 9 a 11, "
        "porque en la tarde doy clases.",
        "availability",
        each_day((7, 9, 10, 11), "09:00", "11:00"),
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "fr",
        "La semaine prochaine, lundi ou mercredi, plutôt le matin car "
        "l'après-midi je suis au tribunal.",
        "availability",
        each_day((7, 9), "09:00", "12:00"),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "de",
        "Nächste Woche Montag oder Mittwoch, am liebsten vormittags, weil ich "
        "nachmittags im Labor bin.",
        "availability",
        each_day((7, 9), "09:00", "12:00"),
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "pt",
        "Na semana que vem, segunda ou quarta, de preferência de manhã, porque "
        "à tarde estou na faculdade.",
        "availability",
        each_day((7, 9), "09:00", "12:00"),
        zone=_LISBON,
    ),
    P(
        "time-of-day",
        "en",
        "Thursday or Friday, afternoons preferably; mornings I'm at the depot.",
        "availability",
        each_day((3, 4), "12:00", "17:00"),
    ),
    # a reply-by deadline beside the times offered is no window
    P(
        "ruled-out",
        "en",
        "Wednesday or Thursday afternoon works. Could you let me know by Monday?",
        "availability",
        each_day((2, 3), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "fr",
        "Jeudi matin me convient. Merci de me confirmer avant vendredi.",
        "availability",
        ((3, "09:00", "12:00"),),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "de",
        "Donnerstag ab 14 Uhr passt mir. Bitte bis Montag Bescheid geben.",
        "availability",
        ((3, "14:00", "17:00"),),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "es",
        "El jueves por la mañana puedo. Avísenme a más tardar el lunes, por favor.",
        "availability",
        ((3, "09:00", "12:00"),),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "pt",
        "Quinta de manhã dá para mim. Me avisa até segunda, por favor.",
        "availability",
        ((3, "09:00", "12:00"),),
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "es",
        "Puedo el miércoles o el jueves a partir de las 15. Confírmenme a más tardar el viernes.",
        "availability",
        each_day((2, 3), "15:00", "17:00"),
        zone=_MADRID,
    ),
    # relative days written on a weekend or late at night
    P(
        "time-of-day",
        "en",
        "tomorrow morning is good, or monday after lunch",
        "availability",
        ((6, "09:00", "12:00"), (7, "13:00", "17:00")),
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "fr",
        "demain matin ça me va",
        "availability",
        ((2, "09:00", "12:00"),),
        date=LATE_NIGHT,
    ),
    P(
        "time-of-day",
        "es",
        "Mañana por la tarde puedo sin problema.",
        "availability",
        ((7, "12:00", "17:00"),),
        date=SUNDAY_NIGHT,
    ),
    P(
        "time-of-day",
        "en",
        "Monday at 10 works for me.",
        "availability",
        ((7, "10:00", "11:00"),),
        date=SUNDAY_NIGHT,
    ),
    P(
        "time-of-day",
        "de",
        "Morgen Vormittag ginge bei mir.",
        "availability",
        ((6, "09:00", "12:00"),),
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "pt",
        "Amanhã de manhã posso.",
        "availability",
        ((2, "09:00", "12:00"),),
        date=LATE_NIGHT,
    ),
    # a day refused and another offered in one sentence
    P(
        "ruled-out",
        "fr",
        "lundi non, mardi 14h30 oui",
        "availability",
        ((8, "14:30", "15:30"),),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "en",
        "I'm flying Thursday, Friday morning is fine.",
        "availability",
        ((4, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Mittwoch geht nicht, Donnerstag ab 15 Uhr schon.",
        "availability",
        ((3, "15:00", "17:00"),),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "pt",
        "Quarta não dá, quinta à tarde sim.",
        "availability",
        ((3, "12:00", "17:00"),),
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "es",
        "El miércoles imposible, el jueves a las 11 sí.",
        "availability",
        ((3, "11:00", "12:00"),),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "en",
        "Thanks for the quick reply. Sadly I'm on parental leave for the whole\n"
        "of next week, so I'd rather not squeeze a call in then.\n\nThe week after is calm. "
        "Monday or Wednesday morning would be perfect.",
        "availability",
        each_day((14, 16), "09:00", "12:00"),
    ),
    P(
        "ruled-out",
        "fr",
        "Merci pour votre retour rapide. Je serai malheureusement en déplacement toute\n"
        "la semaine prochaine pour un salon, donc ce n'est pas idéal.\n\n"
        "La semaine d'après est plus calme. "
        "Lundi ou mercredi matin serait parfait.",
        "availability",
        each_day((14, 16), "09:00", "12:00"),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "en",
        "Any weekday next week works, mornings only; afternoons I'm in surgery.",
        "availability",
        each_day((7, 8, 9, 10, 11), "09:00", "12:00"),
    ),
    P(
        "time-of-day",
        "de",
        "Dienstag oder Donnerstag ginge, lieber vormittags, da ich nachmittags Vorlesungen halte.",
        "availability",
        each_day((3, 8), "09:00", "12:00"),
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "pt",
        "Qualquer dia da semana que vem menos quarta, de preferência das 10 às 12; "
        "à tarde estou no hospital.",
        "availability",
        each_day((7, 8, 10, 11), "10:00", "12:00"),
        zone=_LISBON,
    ),
    P(
        "time-of-day",
        "fr",
        "Mardi ou jeudi, plutôt l'après-midi, parce que le matin je suis en réunion d'équipe.",
        "availability",
        each_day((3, 8), "12:00", "17:00"),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "en",
        "Thursday at 3 works. Please confirm no later than Monday.",
        "availability",
        ((3, "15:00", "16:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Mercredi après-midi, c'est bon pour moi. Dites-moi au plus tard lundi.",
        "availability",
        ((2, "12:00", "17:00"),),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "pt",
        "Quarta à tarde posso. Confirma o mais tardar sexta, por favor.",
        "availability",
        ((2, "12:00", "17:00"),),
        zone=_LISBON,
    ),
    # a weekday and a day number: the next such pair, or a doubt when none is near
    P(
        "time-of-day",
        "en",
        "Wed 4 or Thu 5 at 2pm works for me.",
        "availability",
        each_day((4, 5), "14:00", "15:00"),
    ),
    P(
        "time-of-day",
        "en",
        "Thursday the 31st at 10 would work.",
        "availability",
        ((31, "10:00", "11:00"),),
    ),
    P(
        "time-of-day",
        "fr",
        "Je peux lundi 14 ou mardi 15 le matin.",
        "availability",
        each_day((14, 15), "09:00", "12:00"),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "de",
        "Mittwoch, den 4., ginge ab 10 Uhr.",
        "availability",
        ((4, "10:00", "17:00"),),
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "es",
        "Puedo el miércoles 4 por la tarde.",
        "availability",
        ((4, "12:00", "17:00"),),
        zone=_MADRID,
    ),
    # ruled-out periods told as events (a move, jury duty) and the week after them; the day
    # the sender is back; a day excepted from every day of a week named after it; busy parts of
    # day; refusals of every option while away; relative days on a weekend; reply-by deadlines
    P(
        "ruled-out",
        "en",
        "I'm back from leave on the 14th. Any afternoon that week works.",
        "availability",
        each_day((14, 15, 16, 17, 18), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "en",
        "Out until the 11th. The Monday after I'm back, any time after 10.",
        "availability",
        ((14, "10:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Je suis absent jusqu'au 11. À mon retour, lundi 14 ou mardi 15 l'après-midi.",
        "availability",
        each_day((14, 15), "12:00", "17:00"),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "en",
        "Thursday is not great, Friday works, ideally before noon.",
        "availability",
        ((4, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "El jueves no, el viernes sí, mejor por la tarde.",
        "availability",
        ((4, "12:00", "17:00"),),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "de",
        "Donnerstag nein, Freitag ja, am besten vormittags.",
        "availability",
        ((4, "09:00", "12:00"),),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "pt",
        "Quinta não, sexta sim, de preferência de manhã.",
        "availability",
        ((4, "09:00", "12:00"),),
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "en",
        "afternoons I'm in class, but mornings any day next week",
        "availability",
        each_day((7, 8, 9, 10, 11), "09:00", "12:00"),
    ),
    P(
        "ruled-out",
        "en",
        "I'm in court Tuesday morning, but Tuesday afternoon or Wednesday any time is fine.",
        "availability",
        ((8, "12:00", "17:00"), (2, "09:00", "17:00")),
    ),
    P(
        "ruled-out",
        "es",
        "Las tardes tengo clase; cualquier mañana de la semana que viene me va bien.",
        "availability",
        each_day((7, 8, 9, 10, 11), "09:00", "12:00"),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "fr",
        "L'après-midi je donne cours, mais tous les matins de la semaine prochaine sont possibles.",
        "availability",
        each_day((7, 8, 9, 10, 11), "09:00", "12:00"),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "de",
        "Nachmittags habe ich Vorlesung, vormittags geht nächste Woche jeder Tag.",
        "availability",
        each_day((7, 8, 9, 10, 11), "09:00", "12:00"),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "pt",
        "À tarde tenho aulas, mas qualquer manhã da semana que vem serve.",
        "availability",
        each_day((7, 8, 9, 10, 11), "09:00", "12:00"),
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "en",
        "I'm away at a conference all of next week, so sadly none of those work. "
        "I'll send new times when I'm back.",
        "decline",
        stage="proposed",
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "ruled-out",
        "fr",
        "Je suis en déplacement toute la semaine prochaine, "
        "aucun de ces créneaux ne me convient, désolé.",
        "decline",
        stage="proposed",
        context=NEXT_WEEK_OPTIONS,
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "es",
        "Estaré de viaje toda la semana que viene, así que ninguna de esas opciones me sirve.",
        "decline",
        stage="proposed",
        context=NEXT_WEEK_OPTIONS,
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "de",
        "Ich bin nächste Woche komplett auf Dienstreise, keiner der Termine passt leider.",
        "decline",
        stage="proposed",
        context=NEXT_WEEK_OPTIONS,
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "pt",
        "Estarei em viagem a semana que vem inteira, nenhum desses horários dá.",
        "decline",
        stage="proposed",
        context=NEXT_WEEK_OPTIONS,
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "en",
        "I'm travelling next week, so none of those work, "
        "but this Thursday or Friday afternoon I'm free.",
        "availability",
        each_day((3, 4), "12:00", "17:00"),
        stage="proposed",
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "time-of-day",
        "en",
        "Monday works, anytime after 11.",
        "availability",
        ((7, "11:00", "17:00"),),
        date=SUNDAY_NIGHT,
    ),
    P(
        "time-of-day",
        "en",
        "tomorrow afternoon?",
        "availability",
        ((7, "12:00", "17:00"),),
        date=SUNDAY_NIGHT,
    ),
    P(
        "time-of-day",
        "pt",
        "Amanhã à tarde posso, ou segunda de manhã.",
        "availability",
        ((6, "12:00", "17:00"), (7, "09:00", "12:00")),
        date=SATURDAY,
        zone=_LISBON,
    ),
    P(
        "time-of-day",
        "es",
        "mañana por la mañana o el lunes por la tarde",
        "availability",
        ((6, "09:00", "12:00"), (7, "12:00", "17:00")),
        date=SATURDAY,
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "fr",
        "demain après-midi ou lundi matin",
        "availability",
        ((6, "12:00", "17:00"), (7, "09:00", "12:00")),
        date=SATURDAY,
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "de",
        "morgen Nachmittag oder Montag früh",
        "availability",
        ((6, "12:00", "17:00"), (7, "09:00", "12:00")),
        date=SATURDAY,
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "en",
        "Free Tuesday or Thursday, let me know by Wednesday which suits.",
        "availability",
        each_day((3, 8), "09:00", "17:00"),
    ),
    P(
        "ruled-out",
        "de",
        "Dienstag oder Donnerstag nachmittags passt. Geben Sie mir bitte bis Mittwoch Bescheid.",
        "availability",
        each_day((3, 8), "12:00", "17:00"),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "fr",
        "Mardi ou jeudi après-midi. Pouvez-vous me confirmer d'ici mercredi ?",
        "availability",
        each_day((3, 8), "12:00", "17:00"),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "es",
        "Martes o jueves por la tarde. ¿Me confirmas antes del miércoles?",
        "availability",
        each_day((3, 8), "12:00", "17:00"),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "pt",
        "Terça ou quinta à tarde. Me confirma até quarta?",
        "availability",
        each_day((3, 8), "12:00", "17:00"),
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "en",
        "Any day except Wednesday next week, preferably 10 to 12.",
        "availability",
        each_day((7, 8, 10, 11), "10:00", "12:00"),
    ),
    P(
        "ruled-out",
        "fr",
        "N'importe quel jour sauf mercredi la semaine prochaine, de préférence de 10h à 12h.",
        "availability",
        each_day((7, 8, 10, 11), "10:00", "12:00"),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "de",
        "Nächste Woche jeder Tag außer Mittwoch, am liebsten zwischen 10 und 12 Uhr.",
        "availability",
        each_day((7, 8, 10, 11), "10:00", "12:00"),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "pt",
        "Qualquer dia menos quarta na semana que vem, de preferência das 10h às 12h.",
        "availability",
        each_day((7, 8, 10, 11), "10:00", "12:00"),
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "en",
        "I'm moving house next week. The week after, Tuesday to Thursday, any time.",
        "availability",
        each_day((15, 16, 17), "09:00", "17:00"),
    ),
    P(
        "ruled-out",
        "en",
        "Jury duty all next week. How about the week after, Monday or Friday?",
        "availability",
        each_day((14, 18), "09:00", "17:00"),
    ),
    P(
        "ruled-out",
        "es",
        "Tengo exámenes toda la semana que viene. La siguiente, de martes a jueves por la mañana.",
        "availability",
        each_day((15, 16, 17), "09:00", "12:00"),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "de",
        "Übernächste Woche passt es besser, Montag oder Dienstag nachmittags.",
        "availability",
        each_day((14, 15), "12:00", "17:00"),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "pt",
        "Semana que vem estou de mudança. Na outra, terça ou quinta de manhã.",
        "availability",
        each_day((15, 17), "09:00", "12:00"),
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "en",
        "Next week I'm moving house, so the week after is better: Wednesday or Thursday afternoon.",
        "availability",
        each_day((16, 17), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "de",
        "Nächste Woche ziehe ich um. Die Woche darauf geht Dienstag oder Mittwoch vormittags.",
        "availability",
        each_day((15, 16), "09:00", "12:00"),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "fr",
        "La semaine prochaine je déménage. La semaine suivante, mardi ou jeudi matin.",
        "availability",
        each_day((15, 17), "09:00", "12:00"),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "es",
        "La semana que viene estoy de mudanza. La siguiente, martes o jueves por la tarde.",
        "availability",
        each_day((15, 17), "12:00", "17:00"),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "pt",
        "Semana que vem estou de mudança. Na outra, terça ou quinta de manhã.",
        "availability",
        each_day((15, 17), "09:00", "12:00"),
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "en",
        "I have jury duty all of next week. The following week, Monday or Tuesday after 1pm.",
        "availability",
        each_day((14, 15), "13:00", "17:00"),
    ),
    # a place alone, where the sender is anyway: no refusal
    P(
        "time-of-day",
        "en",
        "Saturday morning I'm at the club anyway, so that suits me.",
        "availability",
        ((5, "09:00", "12:00"),),
    ),
    P(
        "time-of-day",
        "es",
        "El sábado por la mañana estoy en la oficina de todas formas, así que me viene bien.",
        "availability",
        ((5, "09:00", "12:00"),),
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "fr",
        "Samedi matin je suis au bureau de toute façon, donc ça me va.",
        "availability",
        ((5, "09:00", "12:00"),),
        zone=_PARIS,
    ),
    # a day refused by a bare negation before it; a weekday with an indefinite article; work
    # in a part of day; a dated period refused and the week after it; "that week" after a day
    P(
        "ruled-out",
        "fr",
        "Pas lundi, j'ai un rendez-vous. Mardi 10h ?",
        "availability",
        ((8, "10:00", "11:00"),),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "de",
        "Nicht am Donnerstag, da bin ich beim Zahnarzt. Freitag um 9?",
        "availability",
        ((4, "09:00", "10:00"),),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "pt",
        "Não na quinta, tenho consulta. Sexta às 9?",
        "availability",
        ((4, "09:00", "10:00"),),
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "es",
        "No el jueves, que tengo médico. ¿El viernes a las 9?",
        "availability",
        ((4, "09:00", "10:00"),),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "es",
        "El jueves a las 10 me va bien, o si no el viernes por la mañana.",
        "availability",
        ((3, "10:00", "11:00"), (4, "09:00", "12:00")),
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "en",
        "Sorry to write on a Saturday. Monday or Tuesday afternoon, whichever suits.",
        "availability",
        each_day((7, 8), "12:00", "17:00"),
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "de",
        "Entschuldigung, dass ich an einem Samstag schreibe. Montag oder Dienstag nachmittags.",
        "availability",
        each_day((7, 8), "12:00", "17:00"),
        date=SATURDAY,
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "es",
        "Perdón por escribir un sábado. El lunes o el martes por la tarde.",
        "availability",
        each_day((7, 8), "12:00", "17:00"),
        date=SATURDAY,
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "pt",
        "Desculpe escrever num sábado. Segunda ou terça à tarde.",
        "availability",
        each_day((7, 8), "12:00", "17:00"),
        date=SATURDAY,
        zone=_LISBON,
    ),
    P(
        "time-of-day",
        "es",
        "Por la mañana trabajo; las tardes del lunes al miércoles las tengo libres.",
        "availability",
        each_day((7, 8, 9), "12:00", "17:00"),
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "fr",
        "Le matin je travaille, mais l'après-midi du lundi au mercredi je suis libre.",
        "availability",
        each_day((7, 8, 9), "12:00", "17:00"),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "en",
        "Mornings I work, but Monday to Wednesday afternoons are free.",
        "availability",
        each_day((7, 8, 9), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "de",
        "Wir ziehen nächste Woche um. Die Woche danach geht Montag oder Dienstag ab 10 Uhr.",
        "availability",
        each_day((14, 15), "10:00", "17:00"),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "fr",
        "J'ai mes examens du 7 au 11. La semaine d'après, mardi ou jeudi matin.",
        "availability",
        each_day((15, 17), "09:00", "12:00"),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "de",
        "Vom 7. bis 11. Dezember habe ich Prüfungen. "
        "In der Woche darauf Dienstag oder Donnerstag vormittags.",
        "availability",
        each_day((15, 17), "09:00", "12:00"),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "pt",
        "De 7 a 11 tenho provas. Na semana a seguir, terça ou quinta de manhã.",
        "availability",
        each_day((15, 17), "09:00", "12:00"),
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "en",
        "I'm back on the 14th. That week, Tuesday or Thursday afternoon works.",
        "availability",
        each_day((15, 17), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "es",
        "Vuelvo el 14. Esa semana, el martes o el jueves por la tarde.",
        "availability",
        each_day((15, 17), "12:00", "17:00"),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "pt",
        "Volto no dia 14. Nessa semana, terça ou quinta à tarde.",
        "availability",
        each_day((15, 17), "12:00", "17:00"),
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "en",
        "I'm out the 7th to the 11th, so the week after is best. Any day that week after 2pm.",
        "availability",
        each_day((14, 15, 16, 17, 18), "14:00", "17:00"),
    ),
    # a date that ends on its full stop, then hours in capitals: one line, one day
    P(
        "time-of-day",
        "de",
        "Meine Zeiten:\n\nMo 7.12. Nachmittag\nDi 8.12. Vormittag\nMi 9.12.: leider nicht",
        "availability",
        ((7, "12:00", "17:00"), (8, "09:00", "12:00")),
        zone=_BERLIN,
    ),
    # the week after, told after a comma beside the week refused; hours kept only on named days
    P(
        "ruled-out",
        "en",
        "away all next week, the week after is fine for me, mornings, except Thursday",
        "availability",
        each_day((14, 15, 16, 18), "09:00", "12:00"),
    ),
    P(
        "ruled-out",
        "es",
        "de viaje la semana que viene, la semana siguiente me va bien por la tarde menos el lunes",
        "availability",
        each_day((15, 16, 17, 18), "12:00", "17:00"),
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "en",
        "Next week mornings any day; afternoons only Tuesday and Friday.",
        "availability",
        each_day((7, 9, 10), "09:00", "12:00") + each_day((8, 11), "09:00", "17:00"),
    ),
    P(
        "time-of-day",
        "fr",
        "La semaine prochaine, le matin tous les jours ; "
        "l'après-midi uniquement lundi et mercredi.",
        "availability",
        each_day((8, 10, 11), "09:00", "12:00") + each_day((7, 9), "09:00", "17:00"),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "de",
        "Nächste Woche jeden Tag vormittags, nachmittags nur Montag und Mittwoch.",
        "availability",
        each_day((8, 10, 11), "09:00", "12:00") + each_day((7, 9), "09:00", "17:00"),
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "pt",
        "Semana que vem, manhãs todos os dias; tardes apenas segunda e quarta.",
        "availability",
        each_day((8, 10, 11), "09:00", "12:00") + each_day((7, 9), "09:00", "17:00"),
        zone=_LISBON,
    ),
    P(
        "time-of-day",
        "es",
        "La semana que viene, mañanas cualquier día; tardes solo el lunes y el miércoles.",
        "availability",
        each_day((8, 10, 11), "09:00", "12:00") + each_day((7, 9), "09:00", "17:00"),
        zone=_MADRID,
    ),
    # the answer named as a noun before a deadline; a refusal in French; a trip told by its
    # flight; leave in Spanish and Portuguese; the day a sender writes on
    P(
        "ruled-out",
        "en",
        "Thursday 2-4pm or Friday morning. I need a reply by end of day Monday.",
        "availability",
        ((3, "14:00", "16:00"), (4, "09:00", "12:00")),
    ),
    P(
        "ruled-out",
        "fr",
        "Jeudi après-midi me va. Une réponse avant lundi serait appréciée.",
        "availability",
        ((3, "12:00", "17:00"),),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "es",
        "El jueves a las 10 me va bien. Agradecería su respuesta antes del lunes.",
        "availability",
        ((3, "10:00", "11:00"),),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "pt",
        "Quinta à tarde posso. Preciso da resposta até segunda.",
        "availability",
        ((3, "12:00", "17:00"),),
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "es",
        "Quedo disponible el jueves de 9 a 11. Confírmame antes del lunes, por favor.",
        "availability",
        ((3, "09:00", "11:00"),),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "fr",
        "Mercredi ça ne m'arrange pas, mais jeudi matin c'est parfait.",
        "availability",
        ((3, "09:00", "12:00"),),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "fr",
        "Je prends l'avion jeudi ; vendredi entre 10h et 12h je suis libre.",
        "availability",
        ((4, "10:00", "12:00"),),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "pt",
        "Na quinta apanho o avião; sexta entre as 10h e as 12h estou livre.",
        "availability",
        ((4, "10:00", "12:00"),),
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "en",
        "I fly out Thursday, so Friday is out too; Wednesday after 1pm works.",
        "availability",
        ((2, "13:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "Estaré de permiso hasta el jueves. El lunes 7 por la tarde puedo.",
        "availability",
        ((7, "12:00", "17:00"),),
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "es",
        "Perdón que escriba en sábado. El lunes a las 10 me va bien.",
        "availability",
        ((7, "10:00", "11:00"),),
        date=SATURDAY,
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "pt",
        "Desculpe escrever ao sábado. Segunda às 10h dá-me jeito.",
        "availability",
        ((7, "10:00", "11:00"),),
        date=SATURDAY,
        zone=_LISBON,
    ),
    # hours refused in a day whose rest is told free
    P(
        "time-of-day",
        "en",
        "I'm at the dentist Friday 10-11; otherwise I'm free that day.",
        "availability",
        ((4, "09:00", "10:00"), (4, "11:00", "17:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "Je suis en réunion jeudi de 14h à 16h, sinon je suis libre ce jour-là.",
        "availability",
        ((3, "09:00", "14:00"), (3, "16:00", "17:00")),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "de",
        "Donnerstag habe ich von 10 bis 12 einen Arzttermin, ansonsten bin ich frei.",
        "availability",
        ((3, "09:00", "10:00"), (3, "12:00", "17:00")),
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "es",
        "El jueves de 12 a 2 tengo médico; fuera de eso estoy libre ese día.",
        "availability",
        ((3, "09:00", "12:00"), (3, "14:00", "17:00")),
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta das 10h às 12h tenho consulta; antes e depois disso estou livre.",
        "availability",
        ((3, "09:00", "10:00"), (3, "12:00", "17:00")),
        zone=_LISBON,
    ),
    # a congress or seminar away, then days after it
    P(
        "ruled-out",
        "es",
        "Estaré en un congreso del 7 al 11. El lunes 14 o el martes 15 por la mañana me va bien.",
        "availability",
        each_day((14, 15), "09:00", "12:00"),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "fr",
        "Je suis en séminaire du 7 au 11. Le lundi 14 ou le mardi 15 au matin me convient.",
        "availability",
        each_day((14, 15), "09:00", "12:00"),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "pt",
        "Estou num congresso de 7 a 11. Segunda 14 ou terça 15 de manhã serve.",
        "availability",
        each_day((14, 15), "09:00", "12:00"),
        zone=_LISBON,
    ),
)
ALL_PROBES += PROBES_R14WR


# Round 14 (verdicts, events, confirmations, picks): constructs the held-out sets o and p showed
# read too narrowly, in wordings of their own (never the cases' sentences).
_R14_RELAYED_OFF = {"role": "recruiter", "stage": "scheduled", "context": BOOKED}
_R14_BOOKED = {"role": "client", "stage": "scheduled", "context": BOOKED}
_R14_OWN = {"stage": "scheduled", "context": BOOKED}
_R14_OPTIONS_ABROAD = {"stage": "proposed", "context": OPTIONS, "zone": "Europe/Paris"}


def _r14v(lang: str, text: str, outcome: str) -> Probe:
    return P("verdict", lang, text, "feedback", outcome=outcome, **_R12V)


def _r14e(kind: str, lang: str, text: str, intent: str, **where: Any) -> Probe:
    return P(kind, lang, text, intent, **(where or _R14_RELAYED_OFF))


PROBES_R14I: tuple[Probe, ...] = (
    # a pass as a sentence of its own word, with or without the reason after it
    _r14v("en", "Pass - not enough field experience for this one.", "reject"),
    _r14v("en", "pass. too junior\n\nSent from my phone", "reject"),
    _r14v("pt", "Passo. Pouca vivência de obra.", "reject"),
    _r14v("fr", "On passe. Pas assez de bouteille en négociation.", "reject"),
    # a bare no with thanks or regret, and a bare yes with going on, as the whole reply
    _r14v("en", "nope, thanks", "reject"),
    _r14v("fr", "non, désolé", "reject"),
    _r14v("de", "Nein danke.", "reject"),
    _r14v("es", "No, gracias.", "reject"),
    _r14v("pt", "não, obrigado", "reject"),
    _r14v("en", "yes, go ahead", "advance"),
    _r14v("fr", "oui, on continue", "advance"),
    _r14v("de", "ja, weiter!", "advance"),
    _r14v("es", "sí, seguimos", "advance"),
    _r14v("pt", "sim, bora", "advance"),
    # undecided, a reservation named, and one more meeting before deciding: an advance
    _r14v(
        "pt",
        "Fiquei dividido: tem pouca experiência de gestão. Antes de decidirmos, quero que o "
        "nosso diretor o conheça.",
        "advance",
    ),
    _r14v(
        "es",
        "Todavía no lo tengo claro, le falta rodaje comercial. Antes de decidir, quiero que "
        "nuestra directora la conozca.",
        "advance",
    ),
    _r14v(
        "fr",
        "Je ne fermerais pas la porte, même s'il manque de recul. Avant de trancher, "
        "j'aimerais qu'il rencontre notre directrice technique.",
        "advance",
    ),
    _r14v(
        "en",
        "Not ready to turn her down, though the portfolio is thin. Could she send us a work "
        "sample before we decide?",
        "advance",
    ),
    _r14v(
        "de",
        "Ich bin noch unentschlossen, ihm fehlt Branchenerfahrung. Bevor wir entscheiden, "
        "soll er noch mit unserem CTO sprechen.",
        "advance",
    ),
    # the sign-off's "don't hesitate" is no hedge: the rejection stands beside a call offered
    _r14v(
        "fr",
        "Nous ne retiendrons pas sa candidature, le profil est trop junior. N'hésitez pas à nous "
        "proposer d'autres profils, on peut caler un appel avec l'équipe data.",
        "reject",
    ),
    _r14v(
        "pt",
        "Não vamos avançar, não tem a senioridade que buscamos. Não hesite em mandar outros "
        "perfis.",
        "reject",
    ),
    # hiring as an order, a no with regret, the profile lacking
    _r14v("en", "Hire him.", "offer"),
    _r14v("fr", "Parfait. Embauchez-la.", "offer"),
    _r14v("de", "Leider nein.", "reject"),
    _r14v("pt", "Não, obrigado. Não tem o perfil.", "reject"),
    _r14v("fr", "Merci, mais il n'a pas le profil.", "reject"),
    # the decision after the other interviews, or others still seen
    _r14v("de", "Sie gefällt uns, aber wir entscheiden erst nach den anderen Gesprächen.", "hold"),
    _r14v("es", "Nos gustó; decidimos después de las otras entrevistas.", "hold"),
    _r14v("en", "Good, but we're interviewing others and will revert.", "hold"),
    # a trial or a sample of work asked for
    _r14v(
        "fr",
        "Pas encore fixée. Elle peut venir faire une séance d'essai avec l'équipe ?",
        "advance",
    ),
    _r14v("de", "Könnte sie uns vorab eine Arbeitsprobe schicken?", "advance"),
    _r14v("es", "Ni sí ni no... que nos mande una muestra de su trabajo.", "advance"),
    _r14v("pt", "Dá para ele fazer um dia de experiência com a equipe?", "advance"),
    # a decision waiting on a budget, the sentence wrapped over two lines
    _r14v(
        "en", "Strong candidate, but the budget for the role is\nstill waiting on sign-off.", "hold"
    ),
    _r14v("de", "Sie hat uns gefallen, aber die Freigabe der Stelle steht\nnoch aus.", "hold"),
    _r14v(
        "fr", "Très bon profil, mais le budget doit encore\nêtre validé par la direction.", "hold"
    ),
    _r14v(
        "es", "Nos gustó mucho, pero el presupuesto todavía\nestá pendiente de aprobación.", "hold"
    ),
    _r14v("pt", "Gostamos dele, mas a verba ainda\nprecisa de aprovação da diretoria.", "hold"),
    # the role put on hold or on ice by its owner, with the sender's own call to the candidate
    _r14e(
        "relay",
        "en",
        "The client has put the whole analyst role on hold until March. I'll let her know "
        "myself this afternoon.",
        "cancel",
    ),
    _r14e(
        "relay",
        "fr",
        "Le client a mis le poste en pause jusqu'en mars, je l'appelle demain matin.",
        "cancel",
    ),
    _r14e(
        "relay",
        "de",
        "Der Kunde hat die Stelle vorerst auf Eis gelegt. Ich rufe sie heute Nachmittag an.",
        "cancel",
    ),
    _r14e(
        "relay",
        "es",
        "El cliente ha dejado la vacante en pausa hasta marzo; la llamo yo esta tarde.",
        "cancel",
    ),
    _r14e(
        "relay",
        "pt",
        "O cliente colocou a vaga em espera até março. Eu ligo para ela hoje à tarde.",
        "cancel",
    ),
    # the booked day named in its call-off, and the news the sender breaks to the candidate
    _r14e("relay", "es", "Anulad la entrevista del miércoles, se lo comunico yo mañana.", "cancel"),
    _r14e(
        "relay",
        "fr",
        "Annulez l'entretien de mercredi s'il vous plaît, je le lui dirai demain matin.",
        "cancel",
    ),
    _r14e(
        "relay",
        "de",
        "Bitte sagt das Gespräch am Mittwoch ab, ich sage es ihm morgen früh.",
        "cancel",
    ),
    _r14e(
        "relay",
        "pt",
        "Cancelem a entrevista de quarta, eu comunico a ela amanhã de manhã.",
        "cancel",
    ),
    _r14e(
        "relay",
        "en",
        "Please take down Wednesday's interview, I'll break it to him tomorrow morning.",
        "cancel",
    ),
    _r14e(
        "event",
        "de",
        "Das Gespräch am Mittwoch findet leider nicht statt, die Stelle ist besetzt.",
        "cancel",
        **_R14_BOOKED,
    ),
    # the search closed
    _r14e(
        "event",
        "en",
        "The search has been closed on our side, thanks for everything.",
        "cancel",
        **_R14_BOOKED,
    ),
    _r14e(
        "event",
        "fr",
        "Le recrutement est désormais clos, merci pour votre aide.",
        "cancel",
        **_R14_BOOKED,
    ),
    _r14e(
        "event",
        "de",
        "Das Auswahlverfahren ist beendet. Danke für Ihre Mühe.",
        "cancel",
        **_R14_BOOKED,
    ),
    _r14e(
        "event",
        "es",
        "El proceso de selección está cerrado, gracias por todo.",
        "cancel",
        **_R14_BOOKED,
    ),
    _r14e("event", "pt", "A busca foi encerrada do nosso lado. Obrigada!", "cancel", **_R14_BOOKED),
    # someone else hired before the booked round is held
    _r14e(
        "event", "en", "We have hired another candidate in the meantime.", "cancel", **_R14_BOOKED
    ),
    _r14e(
        "event", "fr", "Nous avons retenu une autre candidate entre-temps.", "cancel", **_R14_BOOKED
    ),
    _r14e(
        "event",
        "de",
        "Wir haben uns inzwischen für jemand anderen entschieden.",
        "cancel",
        **_R14_BOOKED,
    ),
    _r14e(
        "event",
        "de",
        "Wir haben uns für eine andere Kandidatin entschieden.",
        "cancel",
        **_R14_BOOKED,
    ),
    _r14e("event", "es", "Hemos elegido a otro candidato, lo siento.", "cancel", **_R14_BOOKED),
    # a no to the candidate beside a yes to the interview not yet held: a person tells which
    _r14e(
        "event",
        "en",
        "He's too junior for us, honestly. But let's still do the interview Wednesday, see you "
        "then.",
        "accept",
        **_R14_BOOKED,
    ),
    # a hedge with word to come is a hold; with a step asked for, an advance
    _r14v("fr", "Je suis mitigé. Je vous redis d'ici vendredi.", "hold"),
    _r14v("es", "Estoy dudando. Te digo algo la semana que viene.", "hold"),
    _r14v("pt", "Ainda não decidi, te dou um retorno na semana que vem.", "hold"),
    _r14v("en", "Good energy but not sure yet. Could she do a short case study for us?", "advance"),
    _r14v("es", "Tengo dudas. ¿Puede venir a conocer al equipo el martes?", "advance"),
    _r14v(
        "de",
        "Bin hin- und hergerissen. Kann er nächste Woche einen Probetag bei uns machen?",
        "advance",
    ),
    # a job taken at another employer, and leaving with a word between
    _r14e(
        "relay",
        "en",
        "I accepted a job at another firm last week, so please free up Wednesday.",
        "withdraw",
        **_R14_OWN,
    ),
    _r14e(
        "relay",
        "fr",
        "J'ai accepté ce matin un poste chez un autre éditeur.",
        "withdraw",
        **_R14_OWN,
    ),
    _r14e(
        "relay",
        "de",
        "Ich habe eine Stelle bei einem anderen Unternehmen angenommen.",
        "withdraw",
        **_R14_OWN,
    ),
    _r14e("relay", "es", "He aceptado un puesto en otra empresa.", "withdraw", **_R14_OWN),
    _r14e("relay", "pt", "Aceitei ontem uma vaga noutra empresa.", "withdraw", **_R14_OWN),
    _r14e(
        "relay", "fr", "Je me retire donc de la course, merci pour tout.", "withdraw", **_R14_OWN
    ),
    # the booked time written down, or confirmed by an assistant for their principal
    _r14e(
        "confirm",
        "en",
        "Noted for Wednesday at 2pm, she'll meet him at reception.",
        "accept",
        **_R14_BOOKED,
    ),
    _r14e("confirm", "fr", "C'est bien noté pour mercredi 14h, merci.", "accept", **_R14_BOOKED),
    _r14e("confirm", "es", "Anotado para el miércoles a las 14h.", "accept", **_R14_BOOKED),
    _r14e("confirm", "de", "Für Mittwoch 14 Uhr vorgemerkt, danke.", "accept", **_R14_BOOKED),
    _r14e("confirm", "pt", "Anotado para quarta às 14h, obrigada.", "accept", **_R14_BOOKED),
    _r14e(
        "confirm", "en", "Writing for Mr Lee: he confirms Wednesday at 2.", "accept", **_R14_BOOKED
    ),
    _r14e(
        "confirm",
        "fr",
        "De la part de Mme Roy : elle confirme mercredi 14h.",
        "accept",
        **_R14_BOOKED,
    ),
    _r14e(
        "confirm",
        "es",
        "Le escribo de parte del Sr. Gil: él confirma el miércoles.",
        "accept",
        **_R14_BOOKED,
    ),
    _r14e(
        "confirm",
        "pt",
        "Em nome da Dra. Reis: ela confirma a entrevista de quarta.",
        "accept",
        **_R14_BOOKED,
    ),
    # the booked time said to still stand (asked, it stays a question)
    _r14e("confirm", "en", "Wednesday 2pm still stands on our side.", "accept", **_R14_BOOKED),
    _r14e("confirm", "de", "Mittwoch 14 Uhr bleibt so.", "accept", **_R14_BOOKED),
    _r14e("confirm", "fr", "Mercredi 14h, c'est toujours bon pour nous.", "accept", **_R14_BOOKED),
    _r14e("confirm", "es", "El miércoles a las 14h sigue en pie.", "accept", **_R14_BOOKED),
    _r14e("confirm", "pt", "Quarta às 14h continua de pé.", "accept", **_R14_BOOKED),
    _r14e(
        "confirm", "en", "Is Wednesday still on? Haven't seen an invite.", "question", **_R14_OWN
    ),
    # a pick restated in the sender's own zone, and an option by its place among the dates
    P(
        "pick",
        "en",
        "The Thursday 10am ET slot is best, that's 4pm here for me.",
        "accept",
        selected=2,
        **_R14_OPTIONS_ABROAD,
    ),
    P("pick", "es", "La segunda fecha me viene bien.", "accept", selected=2, **_R11_OPTIONS),
    P("pick", "en", "The third date suits me.", "accept", selected=3, **_R11_OPTIONS),
    # the candidate seen again or carried on with, a case study asked for
    _r14v("en", "Good session. We'd love to see her again with the product lead.", "advance"),
    _r14v("fr", "Bonne impression, on le revoit avec la DRH.", "advance"),
    _r14v("de", "Wir möchten sie gern noch einmal sehen, diesmal mit dem Teamleiter.", "advance"),
    _r14v("es", "Queremos verla de nuevo, esta vez con el director comercial.", "advance"),
    _r14v("pt", "Gostei muito, seguimos com ele.", "advance"),
    _r14v("fr", "Avis partagé. Vous pouvez lui proposer une étude de cas ?", "advance"),
    # more time asked for someone else, others still to see, not agreed yet: a hold
    _r14v("es", "La Sra. Ruiz necesita unos días más para pensarlo.", "hold"),
    _r14v("pt", "O diretor precisa de mais alguns dias para decidir.", "hold"),
    _r14v("fr", "Mme Blanc souhaite prendre encore quelques jours de réflexion.", "hold"),
    _r14v("en", "We're still seeing two other candidates, so no answer yet.", "hold"),
    _r14v("de", "Wir sind uns im Team noch nicht einig.", "hold"),
    # the role not open any more, the interview not taking place, the post filled meanwhile
    _r14e(
        "event",
        "en",
        "The interview will not take place, sorry for the late notice.",
        "cancel",
        **_R14_BOOKED,
    ),
    _r14e(
        "event",
        "es",
        "La entrevista no tendrá lugar: el puesto ha quedado sin efecto.",
        "cancel",
        **_R14_BOOKED,
    ),
    _r14e("event", "en", "The position is no longer open, apologies.", "cancel", **_R14_BOOKED),
    _r14e("event", "de", "Die Stelle ist mittlerweile besetzt.", "cancel", **_R14_BOOKED),
    _r14e(
        "event", "fr", "Nous avons finalement pourvu le poste en interne.", "cancel", **_R14_BOOKED
    ),
    _r14e("event", "pt", "A vaga entretanto foi preenchida, desculpe.", "cancel", **_R14_BOOKED),
    _r14e(
        "relay", "pt", "Desmarca a entrevista de quarta, por favor. Ligo pra ela depois.", "cancel"
    ),
    _r14e("confirm", "pt", "Fechado, quarta às 14h.", "accept", **_R14_BOOKED),
    # the booked day named whole beside the new times is the day moved from, not one offered
    _r14e(
        "relay",
        "en",
        "Something came up on Wednesday, could we move it to Thursday afternoon?",
        "reschedule",
        windows=((3, "12:00", "17:00"),),
        **_R14_OWN,
    ),
    _r14e(
        "relay",
        "fr",
        "Un empêchement mercredi, pouvons-nous décaler à vendredi matin ?",
        "reschedule",
        windows=((4, "09:00", "12:00"),),
        **_R14_OWN,
    ),
    _r14e(
        "relay",
        "de",
        "Am Mittwoch ist mir etwas dazwischengekommen, können wir auf Donnerstag "
        "ab 14 Uhr verschieben?",
        "reschedule",
        windows=((3, "14:00", "17:00"),),
        **_R14_OWN,
    ),
    _r14e(
        "relay",
        "es",
        "Me surgió algo el miércoles, ¿podemos reprogramar para el viernes por la mañana?",
        "reschedule",
        windows=((4, "09:00", "12:00"),),
        **_R14_OWN,
    ),
    _r14e(
        "relay",
        "pt",
        "Tive um imprevisto na quarta, dá para remarcar para quinta à tarde?",
        "reschedule",
        windows=((3, "12:00", "17:00"),),
        **_R14_OWN,
    ),
    # a call-off told in the passive, leaving told by not taking part, no option at all
    _r14e("event", "de", "Der Termin am Mittwoch wird leider abgesagt.", "cancel", **_R14_BOOKED),
    _r14e("relay", "de", "Ich möchte nicht mehr am Verfahren teilnehmen.", "withdraw", **_R14_OWN),
    P("pick", "de", "Ich kann leider zu keinem der drei Termine.", "decline", **_R11_OPTIONS),
    P("pick", "es", "Prefiero la más tardía del miércoles.", "accept", selected=3, **_R11_OPTIONS),
    # an ordinal with no article where the sentence opens, before an option's noun only
    P("pick", "en", "Second one please", "accept", selected=2, **_R11_OPTIONS),
    P("pick", "en", "third option works, thanks!", "accept", selected=3, **_R11_OPTIONS),
    P(
        "pick",
        "en",
        "First, thank you for the quick reply. None of these work for me, sorry.",
        "decline",
        **_R11_OPTIONS,
    ),
    # the hire given up by the client is a call-off, not the candidate's withdrawal
    _r14e(
        "event",
        "pt",
        "O cliente desistiu da contratação, a entrevista de quarta não acontece.",
        "cancel",
        **_R14_BOOKED,
    ),
    _r14e(
        "event",
        "fr",
        "Le client a renoncé à recruter sur ce poste, désolée.",
        "cancel",
        **_R14_BOOKED,
    ),
    _r14e(
        "event",
        "en",
        "The client has given up on the hire for now, sorry.",
        "cancel",
        **_R14_BOOKED,
    ),
)
ALL_PROBES += PROBES_R14I

# Round 14, mail structure: a forwarded message whose words are the answer when the recruiter's
# own add no times, a postscript in each language's spelling, an auto-reply notice set apart from
# the answer by "--", and a wish about the reader's past days around the answer.
_ASKED = {"role": "recruiter"}
_DONE = {"role": "recruiter", "stage": "completed", "context": HELD}
PROBES_R14M: tuple[Probe, ...] = (
    P(
        "relay",
        "en",
        "Forwarding Li's reply.\n\nBegin forwarded message:\n\nFrom: Li Wei <li@mail.example>\n"
        "Subject: Re: Interview\nDate: 1 December 2026 at 08:12:40 EST\nTo: Sam <sam@agency.test>"
        "\n\nWednesday after 2pm or Friday before noon both work for me.\n\nLi",
        "availability",
        ((2, "14:00", "17:00"), (4, "09:00", "12:00")),
        **_ASKED,
    ),
    P(
        "relay",
        "pt",
        "Segue abaixo a disponibilidade da Joana.\n\n---------- Mensagem encaminhada ---------\n"
        "De: Joana Reis <joana@mail.example>\nData: ter., 1 de dez. de 2026 às 08:40\n"
        "Assunto: Re: Entrevista\nPara: Rui <rui@agency.test>\n\n"
        "Olá Rui, posso na quarta-feira à tarde ou na sexta de manhã.\nJoana",
        "availability",
        ((2, "12:00", "17:00"), (4, "09:00", "12:00")),
        **_ASKED,
    ),
    P(
        "relay",
        "es",
        "Te reenvío lo de Marta; lo que proponía antes ya no vale.\n\n"
        "---------- Mensaje reenviado ---------\nDe: Marta Gil <marta@mail.example>\n"
        "Fecha: mar, 1 dic 2026, 9:05\nAsunto: Re: Entrevista\nPara: Ana <ana@agency.test>\n\n"
        "Perdona, al final solo puedo el jueves por la tarde.\n\n"
        "El lun, 30 nov 2026 a las 18:00, Marta Gil <marta@mail.example> escribió:\n"
        "> Puedo el miércoles de 10 a 12 o el viernes a las 15h.",
        "availability",
        ((3, "12:00", "17:00"),),
        **_ASKED,
    ),
    P(
        "relay",
        "de",
        "Siehe unten, bitte den Prozess schließen.\n\n"
        "---------- Weitergeleitete Nachricht ---------\nVon: Tim Bauer <tim@mail.example>\n"
        "Datum: Di., 1. Dez. 2026 um 07:50 Uhr\nBetreff: Bewerbung\nAn: Lukas <lukas@agency.test>"
        "\n\nHallo Lukas, ich ziehe meine Bewerbung zurück, da ich ein anderes Angebot "
        "angenommen habe.\nTim",
        "withdraw",
        **_ASKED,
    ),
    P(
        "relay",
        "en",
        "Client's verdict below, FYI.\n\n---------- Forwarded message ---------\n"
        "From: Rob Hale <rob@client.example>\nDate: Tue, Dec 1, 2026 at 8:55 AM\n"
        "Subject: Feedback\nTo: Sam <sam@agency.test>\n\n"
        "We've decided not to move forward with him.",
        "feedback",
        outcome="reject",
        **_DONE,
    ),
    P(
        "relay",
        "fr",
        "Karim a changé d'avis : il est libre vendredi de 10h à 12h, ne tiens pas compte de son "
        "message ci-dessous." + _FWD_FR + "Je peux lundi matin ou mardi après-midi.",
        "availability",
        ((4, "10:00", "12:00"),),
        **_ASKED,
    ),
    P(
        "postscript",
        "fr",
        "Merci pour ces précisions.\n\nCordialement,\nLéa\n\n"
        "P.-S. : jeudi après 15h me va très bien.",
        "availability",
        ((3, "15:00", "17:00"),),
    ),
    P(
        "postscript",
        "es",
        "Gracias por enviarme la descripción del puesto.\n\nSaludos,\nPablo\n\n"
        "P.D. Me quedo con la opción 2.",
        "accept",
        selected=2,
        **_PICK,
    ),
    P(
        "postscript",
        "es",
        "Qué bien que os haya gustado el caso práctico.\n\nUn saludo,\nNuria\n\n"
        "PD: el viernes por la mañana puedo.",
        "availability",
        ((4, "09:00", "12:00"),),
    ),
    P(
        "postscript",
        "de",
        "Danke für die Unterlagen.\n\nViele Grüße\nMia\n\nPS: Donnerstag ab 14 Uhr passt mir.",
        "availability",
        ((3, "14:00", "17:00"),),
    ),
    P(
        "auto-reply",
        "de",
        "Abwesenheitsnotiz: Ich bin bis 7. Dezember nicht erreichbar.\n\n--\n"
        "Kurz dazu: Freitag ab 10 Uhr geht bei mir.",
        "availability",
        ((4, "10:00", "17:00"),),
    ),
    P(
        "auto-reply",
        "es",
        "Respuesta automática: de vacaciones hasta el 8 de diciembre.\n—\n"
        "De todas formas, la opción 3 me viene bien.",
        "accept",
        selected=3,
        **_PICK,
    ),
    P(
        "auto-reply",
        "pt",
        "Resposta automática: estou de férias até 10 de dezembro.\n\n--\n"
        "Mas respondo já: posso segunda-feira de manhã.",
        "availability",
        ((7, "09:00", "12:00"),),
    ),
    P(
        "auto-reply",
        "en",
        "Out of office: I'm travelling until 9 December with patchy email.\n--\n"
        "None of the three slots work, sorry, I'll come back with times once I land.",
        "decline",
        **_PICK,
    ),
    # the notice pasted without its heading
    P(
        "auto-reply",
        "en",
        "I'm currently out of the office until 7 December.\n\n--\nQuick one anyway: option 2 "
        "works.",
        "accept",
        selected=2,
        **_PICK,
    ),
    P(
        "auto-reply",
        "fr",
        "Je suis absente du bureau jusqu'au 9 décembre.\n--\nMalgré tout : l'option 1 me convient.",
        "accept",
        selected=1,
        **_PICK,
    ),
    P(
        "small talk",
        "en",
        "Hi Jo, hope your Friday went well. I can do Monday at 11.",
        "availability",
        ((7, "11:00", "12:00"),),
    ),
    P(
        "small talk",
        "fr",
        "J'espère que votre lundi s'est bien passé. Je suis libre jeudi matin.",
        "availability",
        ((3, "09:00", "12:00"),),
    ),
    P(
        "small talk",
        "de",
        "Hallo Frau Roth, ich hoffe, Sie hatten einen guten Montag. Ich kann Donnerstag zwischen "
        "13 und 15 Uhr.",
        "availability",
        ((3, "13:00", "15:00"),),
    ),
    P(
        "small talk",
        "es",
        "¡Espero que el lunes te haya ido genial! Puedo el miércoles a partir de las 15h.",
        "availability",
        ((2, "15:00", "17:00"),),
    ),
    P(
        "small talk",
        "pt",
        "Espero que a reunião de segunda tenha corrido bem. Estou livre na sexta à tarde.",
        "availability",
        ((4, "12:00", "17:00"),),
    ),
    P(
        "relay",
        "en",
        "Ana's answer below." + _FWD + "Option 3 is best for me.\nAna",
        "accept",
        selected=3,
        role="recruiter",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "relay",
        "de",
        "Zur Info." + _FWD_DE + "Hallo, mir ist etwas dazwischengekommen. Können wir das Gespräch "
        "auf Freitagnachmittag verschieben?\nGruß, Jonas",
        "reschedule",
        ((4, "12:00", "17:00"),),
        **_RELAY,
    ),
    P(
        "relay",
        "es",
        "Te reenvío lo que dice el cliente.\n\n---------- Mensaje reenviado ---------\n"
        "De: Luis Vera <luis@client.example>\nFecha: mar, 1 dic 2026, 8:20\n"
        "Asunto: Entrevista\nPara: Ana <ana@agency.test>\n\n"
        "Por favor, cancelad la entrevista de mañana: la vacante queda congelada.",
        "cancel",
        **_RELAY,
    ),
    # relayed words that end the process, before any round is held: whose they are decides
    # between a withdrawal and a rejection, and nothing in the forward says
    P(
        "relay",
        "en",
        "Heads up, see below.\n\n---------- Forwarded message ---------\n"
        "From: Omar Said <omar@mail.example>\nDate: Tue, Dec 1, 2026 at 7:40 AM\n"
        "Subject: Re: Interview\nTo: Sam <sam@agency.test>\n\n"
        "After some thought I've decided not to proceed any further.",
        "withdraw",
        **_ASKED,
    ),
    # a Portuguese weekday is feminine: "passada" puts it in the past, as "passado" does
    P(
        "small talk",
        "pt",
        "Desculpe, na segunda-feira passada estive doente. Quarta à tarde dá para mim.",
        "availability",
        ((2, "12:00", "17:00"),),
    ),
    # a hope about the day offered is the answer, not a wish
    P(
        "small talk",
        "en",
        "I hope Thursday at 2 works for you.",
        "availability",
        ((3, "14:00", "15:00"),),
    ),
)
ALL_PROBES += PROBES_R14M


# Round 15 (picks, hedged advances, call-offs told as events, declines, forwarded withdrawals):
# constructs the held-out sets q, r and s showed read too narrowly, in wordings of their own.
_R15_PICK = {"stage": "proposed", "context": OPTIONS}
_R15_OFF = {"role": "recruiter", "stage": "scheduled", "context": BOOKED}
_R15_RELAY = {"role": "recruiter", "stage": "scheduled", "context": BOOKED}
_R15_BOX = "\n\n> [ ] 1. Wed Dec 2, 1pm ET\n> [X] 2. Thu Dec 3, 10am ET\n> [ ] 3. Wed Dec 2, 4pm ET"


def _r15p(lang: str, text: str, selected: int) -> Probe:
    return P("pick", lang, text, "accept", selected=selected, **_R15_PICK)


def _r15v(lang: str, text: str, outcome: str) -> Probe:
    return P("verdict", lang, text, "feedback", outcome=outcome, **_R12V)


def _r15e(lang: str, text: str, intent: str) -> Probe:
    return P("relay", lang, text, intent, **_R15_OFF)


PROBES_R15I: tuple[Probe, ...] = (
    # the pick marked in the quoted list, the new text saying where (a cross, a tick, below)
    _r15p("fr", "Bonjour, j'ai fait une croix à côté du bon créneau." + _R15_BOX, 2),
    _r15p(
        "pt", "Deixei assinalado mais abaixo o horário que prefiro." + _R12_QUOTE.format(" <--"), 2
    ),
    _r15p("en", "I've highlighted my choice below." + _R12_QUOTE.format("   <== works"), 2),
    _r15p("es", "Te he señalado abajo el que mejor me viene." + _R15_BOX, 2),
    _r15p("de", "Hab unten den passenden Termin gekennzeichnet." + _R12_QUOTE.format(" <---"), 2),
    _r15p("en", "See below - the one that suits me is ticked." + _R15_BOX, 2),
    _r15p("fr", "Voir ci-dessous celui qui m'arrange." + _R12_QUOTE.format("  <-- celui-là"), 2),
    # the last option by its rank, said to suit best, with the reason after it
    _r15p("pt", "A última é a que mais me convém, de manhã tenho aulas.", 3),
    _r15p("es", "La última es la que mejor me viene, por las mañanas trabajo.", 3),
    _r15p("en", "The last one is the one that suits me best, mornings I'm teaching.", 3),
    _r15p("fr", "La dernière est celle qui m'arrange le plus, le matin je suis en cours.", 3),
    _r15p("de", "Der letzte Termin passt mir am besten, vormittags bin ich in der Uni.", 3),
    _r15p("pt", "Obrigada. A primeira é a que me dá mais jeito.", 1),
    # the last by another word, counted among the options, with the reason after it
    _r15p("en", "The final option is the one I'd go for.", 3),
    _r15p("en", "I'll go with the last of the three, if that's ok.", 3),
    _r15p("fr", "Le dernier des trois créneaux m'irait bien.", 3),
    _r15p("es", "Me quedo con la tercera porque por las mañanas doy clase.", 3),
    _r15p("de", "Die letzte der drei Optionen wäre mir am liebsten.", 3),
    # undecided, then a step asked of the candidate before the decision: an advance
    _r15v(
        "en",
        "Before we make a call, our CFO would like to meet him; she's free next Tuesday afternoon.",
        "advance",
    ),
    _r15v(
        "fr",
        "L'équipe l'a bien aimée. Avant de trancher, notre directeur commercial souhaiterait la "
        "rencontrer, il est libre jeudi matin.",
        "advance",
    ),
    _r15v(
        "es",
        "Nos gustó mucho. Antes de decidir, nuestra directora de operaciones querría conocerlo, "
        "tiene libre el miércoles por la tarde.",
        "advance",
    ),
    _r15v(
        "de",
        "Das Team war angetan. Bevor wir entscheiden, würde unser Finanzvorstand sie gern "
        "kennenlernen – er hat nächsten Montag Zeit.",
        "advance",
    ),
    _r15v(
        "pt",
        "A equipa gostou bastante. Antes de decidirmos, a nossa diretora gostaria de o "
        "conhecer, ela tem quinta de manhã livre.",
        "advance",
    ),
    _r15v(
        "en",
        "Torn on this one - light on B2B experience, but I wouldn't rule her out. Let's set "
        "her a take-home brief and have her walk the team through it, maybe the week after next.",
        "advance",
    ),
    _r15v(
        "fr",
        "Avis partagé : un peu juste en management, mais je ne l'écarterais pas. Donnons-lui un "
        "cas pratique à présenter devant Paul et moi.",
        "advance",
    ),
    _r15v(
        "es",
        "Sensaciones encontradas, le falta experiencia en retail, pero no lo descartaría. "
        "Démosle un caso práctico y que nos lo presente a Marta y a mí.",
        "advance",
    ),
    _r15v(
        "de",
        "Gemischte Gefühle, etwas dünn im Vertrieb, aber abschreiben würde ich ihn nicht. Geben "
        "wir ihm eine Fallstudie, die er uns dann präsentiert.",
        "advance",
    ),
    _r15v(
        "pt",
        "Sentimentos mistos, pouca experiência em saúde, mas não a descartaria. Vamos dar-lhe "
        "um estudo de caso para apresentar à equipa.",
        "advance",
    ),
    # a piece of work the candidate is to show us, or one of ours to see them, before deciding
    _r15v(
        "en",
        "Hard to call. I'd like her to do a short pitch for the partners before we decide.",
        "advance",
    ),
    _r15v("en", "Undecided. Let's have him demo the prototype to Priya and me.", "advance"),
    _r15v("es", "Antes de decidir, la gerente querría verlo una vez más.", "advance"),
    _r15v("pt", "Antes de decidirmos, o sócio gostaria de entrevistá-la.", "advance"),
    # the choice put off until the last or other candidates are seen: a hold
    _r15v("en", "Solid. We'll hold off until we've seen the last two candidates.", "hold"),
    _r15v(
        "fr", "Bon profil. On attend d'avoir rencontré les autres candidats pour choisir.", "hold"
    ),
    _r15v("es", "Buen perfil, pero queremos ver a los otros candidatos antes de elegir.", "hold"),
    _r15v("pt", "Gostámos, mas vamos ver os restantes candidatos antes de escolher.", "hold"),
    _r15v(
        "de",
        "Gutes Profil. Wir entscheiden, sobald wir die übrigen Kandidaten gesehen haben.",
        "hold",
    ),
    # a whole reply of "we're not going for it", with thanks
    _r15v("fr", "On n'y va pas, merci.", "reject"),
    _r15v("es", "No vamos, gracias.", "reject"),
    _r15v("pt", "não vamos, valeu", "reject"),
    _r15v("de", "Wir lassen es, danke.", "reject"),
    # the role gone or the interview called off, then the sender's own word to the candidate
    # at a time of its own: that time is no offer
    _r15e(
        "fr",
        "Le poste vient d'être pourvu en interne, l'entretien de mercredi n'a plus lieu d'être. "
        "Je l'appelle moi-même demain matin.",
        "cancel",
    ),
    _r15e(
        "en",
        "The role was filled internally this morning, so Wednesday's interview is off. I'll "
        "ring her myself this afternoon.",
        "cancel",
    ),
    _r15e(
        "es",
        "Han cubierto la plaza internamente, cancelad la entrevista del miércoles. Yo le aviso "
        "mañana a las 9.",
        "cancel",
    ),
    _r15e(
        "de",
        "Die Stelle ist intern besetzt, bitte das Gespräch am Mittwoch absagen. Ich rufe ihn "
        "morgen um 10 selbst an.",
        "cancel",
    ),
    _r15e(
        "pt",
        "O orçamento foi congelado, desmarquem a entrevista de quarta. Eu ligo-lhe amanhã às 10.",
        "cancel",
    ),
    _r15e(
        "en",
        "client froze the budget, please cancel wednesday's interview. i'll call the candidate "
        "tomorrow at 11",
        "cancel",
    ),
    # the hire broken off, told as what happened to the process or the role, with no verb of
    # calling off: the booked interview is off
    _r15e(
        "en",
        "Bad news: the client has halted the hiring process, there's no position to fill any more.",
        "cancel",
    ),
    _r15e(
        "fr",
        "Le client a interrompu le processus de recrutement ; l'entretien de mercredi ne pourra "
        "donc pas avoir lieu.",
        "cancel",
    ),
    _r15e(
        "es",
        "El proceso de selección ha quedado interrumpido y la entrevista del miércoles no se va a "
        "celebrar.",
        "cancel",
    ),
    _r15e("pt", "O processo de recrutamento foi interrompido pela direção, lamento.", "cancel"),
    _r15e(
        "de",
        "Der Kunde hat umstrukturiert, die Position gibt es so nicht mehr. Tut mir leid.",
        "cancel",
    ),
    # "we" not going on with the process is the client's no, "I" the candidate's withdrawal
    _r15v("en", "We won't be moving forward with the process for him, thanks.", "reject"),
    _r15v("en", "We've decided not to continue with her application.", "reject"),
    _r15e(
        "en",
        "Forwarding, see below." + _FWD + "Hi Ana, I won't continue with the process, I've "
        "found something closer to home.",
        "withdraw",
    ),
    # rather not going on: the candidate's withdrawal, the client's no
    P("relay", "en", "Thanks, but I'd rather not continue with the process.", "withdraw"),
    _r15v("en", "Honestly I'd rather not move forward with him.", "reject"),
    # every option refused while away until a day: that day is no offer
    P(
        "ruled-out",
        "fr",
        "Aucun de ces créneaux ne me va : je suis en mission à Lille jusqu'au 11 et les "
        "journées sont chargées. Je reviens vers vous dès que possible.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "ruled-out",
        "en",
        "Sadly none of those work: I'm on a shoot in Scotland until the 11th and days run long. "
        "I'll get back to you once I know more.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    P(
        "ruled-out",
        "es",
        "Ninguna de las opciones me viene bien: estoy de rodaje hasta el 11 y las jornadas son "
        "larguísimas. Te escribo cuando sepa más.",
        "decline",
        stage="proposed",
        context=OPTIONS,
    ),
    # a day that only ends a free stretch is not the whole offer (the reading is doubted)
    P(
        "ruled-out",
        "en",
        "I'm free every day until Friday.",
        "availability",
        each_day((2, 3, 4), "09:00", "17:00"),
    ),
    P(
        "ruled-out",
        "fr",
        "Je suis disponible tous les jours jusqu'au vendredi 4.",
        "availability",
        each_day((2, 3, 4), "09:00", "17:00"),
    ),
    P(
        "ruled-out",
        "es",
        "Estoy libre cualquier día hasta el viernes.",
        "availability",
        each_day((2, 3, 4), "09:00", "17:00"),
    ),
    # a candidate's going elsewhere, forwarded by the recruiter
    _r15e(
        "en",
        "See below, please take him out of the process." + _FWD + "Hi, I've decided to accept an "
        "offer elsewhere, so I'd like to step back from the role. Thanks for everything.",
        "withdraw",
    ),
    _r15e(
        "fr",
        "Pour info, voir ci-dessous." + _FWD_FR + "Bonjour, j'ai décidé d'accepter une offre "
        "ailleurs et je préfère me retirer. Merci pour tout.",
        "withdraw",
    ),
    _r15e(
        "de",
        "Zur Info, siehe unten." + _FWD_DE + "Hallo, ich habe mich entschieden, ein Angebot "
        "woanders anzunehmen. Danke für alles.",
        "withdraw",
    ),
    _r15e(
        "es",
        "Para que lo sepas, mira abajo." + _FWD + "Hola, he decidido aceptar una oferta en otra "
        "empresa, así que prefiero dar un paso al lado. Gracias por todo.",
        "withdraw",
    ),
    _r15e(
        "pt",
        "Para vossa informação, ver abaixo." + _FWD + "Olá, decidi aceitar uma proposta noutro "
        "sítio, por isso prefiro sair do processo. Obrigada por tudo.",
        "withdraw",
    ),
    _r15e(
        "en",
        "FYI, she's accepting an offer elsewhere and steps back from the process.",
        "withdraw",
    ),
)
ALL_PROBES += PROBES_R15I


# Round 15, windows structure: per-day lists with short weekdays in lower case set off by a
# dash, a part of day that only names the half of a bound's hour, the rest of the week named
# before, a refusal after a week that belongs to the days named next, a bare no made stronger
_R15_AGENDA = ((8, "14:00", "16:00"), (9, "09:00", "12:00"), (11, "09:00", "17:00"))
_R15_WED_FROM_10 = ((2, "10:00", "17:00"),)
_R15_REST_FROM_10 = ((9, "10:00", "17:00"), (10, "10:00", "17:00"), (11, "10:00", "17:00"))
_R15_WED_THU = ((2, "09:00", "17:00"), (3, "09:00", "17:00"))
_R15_WORK_MORNINGS = ((2, "12:00", "17:00"), (3, "12:00", "17:00"), (4, "12:00", "17:00"))
_R15_MON_WED_PM = ((7, "12:00", "17:00"), (9, "12:00", "17:00"))
_R15_OWN_WED = (
    (7, "09:00", "12:00"),
    (8, "09:00", "12:00"),
    (9, "14:30", "17:00"),
    (10, "09:00", "12:00"),
    (11, "09:00", "12:00"),
)

PROBES_R15WS: tuple[Probe, ...] = (
    P(
        "per-day-list",
        "pt",
        "Disponibilidade do Dr. Pires:\nseg. 7 – indisponível\nter. 8 – das 14h às 16h\n"
        "qua. 9 – só de manhã\nqui. 10 – não\nsex. 11 – livre todo o dia",
        "availability",
        _R15_AGENDA,
        role="client",
        zone=_LISBON,
    ),
    P(
        "per-day-list",
        "fr",
        "Disponibilités de M. Roux :\nlun. 7 – indisponible (comité)\nmar. 8 – de 14h à 16h\n"
        "mer. 9 – le matin seulement\njeu. 10 – non\nven. 11 – libre toute la journée",
        "availability",
        _R15_AGENDA,
        role="client",
        zone=_PARIS,
    ),
    P(
        "per-day-list",
        "es",
        "Agenda del Dr. Gil:\nlun. 7 – no disponible\nmar. 8 – de 14 a 16 h\n"
        "mié. 9 – solo por la mañana\njue. 10 – no\nvie. 11 – todo el día",
        "availability",
        _R15_AGENDA,
        role="client",
        zone=_MADRID,
    ),
    P(
        "per-day-list",
        "de",
        "Termine von Frau Keller:\nmo. 7. – belegt\ndi. 8. – 14 bis 16 Uhr\n"
        "mi. 9. – nur vormittags\ndo. 10. – nein\nfr. 11. – ganztägig",
        "availability",
        _R15_AGENDA,
        role="client",
        zone=_BERLIN,
    ),
    P(
        "per-day-list",
        "en",
        "Her week:\nmon 7 – unavailable\ntue 8 – 2 to 4pm\nwed 9 – mornings only\n"
        "thu 10 – no\nfri 11 – all day",
        "availability",
        _R15_AGENDA,
        role="client",
    ),
    # English short weekdays in lower case before their day number and hours
    P(
        "per-day-list",
        "en",
        "mon 7 from 2, wed 9 before 11. rest of the week is a no",
        "availability",
        ((7, "14:00", "17:00"), (9, "09:00", "11:00")),
    ),
    P(
        "per-day-list",
        "en",
        "thu 3: 10-12\nmon 7: all day\nfri 11: no",
        "availability",
        ((3, "10:00", "12:00"), (7, "09:00", "17:00")),
    ),
    # two short weekdays with their numbers joined by a list word, hours after the second
    P(
        "per-day-list",
        "pt",
        "Pode ser seg. 7 ou qua. 9 de manhã.",
        "availability",
        ((7, "09:00", "12:00"), (9, "09:00", "12:00")),
        zone=_LISBON,
    ),
    P(
        "per-day-list",
        "es",
        "Me viene bien lun. 7 o mié. 9 por la tarde.",
        "availability",
        ((7, "12:00", "17:00"), (9, "12:00", "17:00")),
        zone=_MADRID,
    ),
    P(
        "per-day-list",
        "fr",
        "Je propose lun. 7 ou mer. 9 l'après-midi.",
        "availability",
        ((7, "12:00", "17:00"), (9, "12:00", "17:00")),
        zone=_PARIS,
    ),
    P(
        "per-day-list",
        "de",
        "Mo 7., Mi 9. und Fr 11. – jeweils nur vormittags.",
        "availability",
        ((7, "09:00", "12:00"), (9, "09:00", "12:00"), (11, "09:00", "12:00")),
        zone=_BERLIN,
    ),
    P(
        "per-day-list",
        "en",
        "mon 7 or wed 9 in the afternoon",
        "availability",
        ((7, "12:00", "17:00"), (9, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "es",
        "Lunes 7, martes 8 o miércoles 9, solo mañanas.",
        "availability",
        ((7, "09:00", "12:00"), (8, "09:00", "12:00"), (9, "09:00", "12:00")),
        zone=_MADRID,
    ),
    # a day left out of the hours of the week, in a clause of its own that gives it other hours
    P(
        "time-of-day",
        "en",
        "Next week mornings work, except Wednesday, when I'm free from 2:30.",
        "availability",
        _R15_OWN_WED,
    ),
    P(
        "time-of-day",
        "en",
        "Next week mornings, except Wednesday, when I'm on an early shift until 1, so I can do "
        "from 2:30.",
        "availability",
        _R15_OWN_WED,
    ),
    P(
        "time-of-day",
        "de",
        "Nächste Woche vormittags, außer am Mittwoch – da habe ich Spätdienst bis 13 Uhr, dann "
        "ginge es ab halb drei.",
        "availability",
        _R15_OWN_WED,
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "de",
        "Nächste Woche vormittags, außer am Mittwoch, da geht es erst ab halb drei.",
        "availability",
        _R15_OWN_WED,
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "fr",
        "La semaine prochaine le matin, sauf mercredi où je suis de poste du matin jusqu'à 13h, "
        "donc je peux à partir de 14h30.",
        "availability",
        _R15_OWN_WED,
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "es",
        "La semana que viene por las mañanas, salvo el miércoles, que tengo turno de mañana "
        "hasta las 13, así que puedo a partir de las 14:30.",
        "availability",
        _R15_OWN_WED,
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "pt",
        "Na próxima semana de manhã, menos na quarta, em que posso a partir das 14h30.",
        "availability",
        _R15_OWN_WED,
        zone=_LISBON,
    ),
    # a part of day the sender works, beside the part offered
    P(
        "time-of-day",
        "es",
        "Por la mañana trabajo; las tardes de miércoles a viernes las tengo libres.",
        "availability",
        _R15_WORK_MORNINGS,
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "en",
        "Mornings I work, but afternoons Wednesday to Friday are free.",
        "availability",
        _R15_WORK_MORNINGS,
    ),
    P(
        "time-of-day",
        "fr",
        "Le matin je travaille, les après-midis du mercredi au vendredi sont libres.",
        "availability",
        _R15_WORK_MORNINGS,
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "de",
        "Vormittags arbeite ich, nachmittags von Mittwoch bis Freitag bin ich frei.",
        "availability",
        _R15_WORK_MORNINGS,
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "pt",
        "De manhã trabalho, as tardes de quarta a sexta estão livres.",
        "availability",
        _R15_WORK_MORNINGS,
        zone=_LISBON,
    ),
    # hours first, then "but only" the days they go with
    P(
        "time-of-day",
        "en",
        "I can do afternoons, but only Monday and Wednesday next week.",
        "availability",
        _R15_MON_WED_PM,
    ),
    P(
        "time-of-day",
        "fr",
        "Je peux les après-midis, mais seulement lundi et mercredi prochains.",
        "availability",
        _R15_MON_WED_PM,
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "es",
        "Puedo por las tardes, pero solo el lunes y el miércoles de la semana que viene.",
        "availability",
        _R15_MON_WED_PM,
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "de",
        "Ich kann nachmittags, aber nur Montag und Mittwoch nächste Woche.",
        "availability",
        _R15_MON_WED_PM,
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "pt",
        "Posso à tarde, mas só segunda e quarta da semana que vem.",
        "availability",
        _R15_MON_WED_PM,
        zone=_LISBON,
    ),
    # the part of day right after a bound's hour says which half the hour is in
    P(
        "time-of-day",
        "es",
        "El miércoles puedo a partir de las diez de la mañana.",
        "availability",
        _R15_WED_FROM_10,
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "en",
        "Wednesday I'm free from 10 in the morning.",
        "availability",
        _R15_WED_FROM_10,
    ),
    P(
        "time-of-day",
        "de",
        "Am Mittwoch kann ich ab 10 Uhr morgens.",
        "availability",
        _R15_WED_FROM_10,
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "fr",
        "Mercredi je suis libre à partir de 10h du matin.",
        "availability",
        _R15_WED_FROM_10,
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "pt",
        "Na quarta posso a partir das 10 da manhã.",
        "availability",
        _R15_WED_FROM_10,
        zone=_LISBON,
    ),
    # a part of day before the bound still narrows it
    P(
        "time-of-day",
        "es",
        "El miércoles por la mañana a partir de las 10.",
        "availability",
        ((2, "10:00", "12:00"),),
        zone=_MADRID,
    ),
    # the rest of the week named before, from an hour
    P(
        "ruled-out",
        "es",
        "La semana que viene tengo exámenes el lunes y el martes, así que esos dos días no "
        "puedo. El resto de la semana me viene bien a partir de las 10.",
        "availability",
        _R15_REST_FROM_10,
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "en",
        "Next week I'm out Monday and Tuesday. The rest of the week works from 10.",
        "availability",
        _R15_REST_FROM_10,
    ),
    P(
        "ruled-out",
        "fr",
        "La semaine prochaine, lundi et mardi je suis en formation. Le reste de la semaine me va "
        "à partir de 10h.",
        "availability",
        _R15_REST_FROM_10,
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "de",
        "Nächste Woche bin ich Montag und Dienstag auf Dienstreise. Den Rest der Woche passt es "
        "ab 10 Uhr.",
        "availability",
        _R15_REST_FROM_10,
        zone=_BERLIN,
    ),
    # with no day named before it, the rest of this week
    P(
        "ruled-out",
        "es",
        "Mañana no puedo. El resto de la semana me viene bien.",
        "availability",
        ((3, "09:00", "17:00"), (4, "09:00", "17:00")),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "en",
        "I'm free the rest of the week.",
        "availability",
        ((2, "09:00", "17:00"), (3, "09:00", "17:00"), (4, "09:00", "17:00")),
    ),
    # the refusal after a week is the days' named right after it
    P(
        "ruled-out",
        "en",
        "Next week I'm out Monday and Tuesday, Thursday works.",
        "availability",
        ((10, "09:00", "17:00"),),
    ),
    # a bare no made stronger
    P(
        "ruled-out",
        "de",
        "Mittwoch und Donnerstag gehen, Freitag gar nicht.",
        "availability",
        _R15_WED_THU,
        zone=_BERLIN,
    ),
    # German puts verb and subject between the days and the week that frames them
    P(
        "ruled-out",
        "de",
        "Dienstag und Mittwoch bin ich nächste Woche ganztägig auf einer Messe in Köln, da geht "
        "leider nichts. Donnerstag ab 14 Uhr oder Freitag vormittags nächste Woche ginge.",
        "availability",
        ((10, "14:00", "17:00"), (11, "09:00", "12:00")),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "de",
        "Montag und Dienstag sind wir nächste Woche beim Kunden, da geht nichts. Mittwoch "
        "vormittags passt.",
        "availability",
        ((2, "09:00", "12:00"),),
        role="client",
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "de",
        "Donnerstag bin ich nächste Woche im Büro, da passt es ab 10 Uhr.",
        "availability",
        ((10, "10:00", "17:00"),),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "pt",
        "Quarta e quinta dá, sexta mesmo não.",
        "availability",
        _R15_WED_THU,
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "es",
        "El miércoles y el jueves bien, el viernes realmente no.",
        "availability",
        _R15_WED_THU,
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "fr",
        "Mercredi et jeudi ça va, vendredi vraiment non.",
        "availability",
        _R15_WED_THU,
        zone=_PARIS,
    ),
)
ALL_PROBES += PROBES_R15WS


# Round 15, windows scope: the constructs behind the held-out q/r/s misses, in new words
PROBES_R15WR: tuple[Probe, ...] = (
    # a day restated in brackets right after another ("the day after tomorrow (Thursday)"):
    # the hours after the brackets are the one day's
    P(
        "time-of-day",
        "en",
        "Tomorrow (Wednesday) afternoon works for me, or Thursday after 3.",
        "availability",
        ((2, "12:00", "17:00"), (3, "15:00", "17:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Übermorgen (Donnerstag) vormittags passt mir, sonst Freitag ab 14 Uhr.",
        "availability",
        ((3, "09:00", "12:00"), (4, "14:00", "17:00")),
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "fr",
        "Après-demain (jeudi) le matin me convient, ou vendredi à partir de 14h.",
        "availability",
        ((3, "09:00", "12:00"), (4, "14:00", "17:00")),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "pt",
        "Amanhã (quarta) de manhã dá, ou quinta à tarde.",
        "availability",
        ((2, "09:00", "12:00"), (3, "12:00", "17:00")),
        zone=_LISBON,
    ),
    P(
        "time-of-day",
        "es",
        "Mañana (miércoles) por la tarde me va bien, o el jueves a partir de las 3.",
        "availability",
        ((2, "12:00", "17:00"), (3, "15:00", "17:00")),
        zone=_MADRID,
    ),
    # a remark on the calendar ("tomorrow is Sunday") written on a Saturday offers no day
    P(
        "time-of-day",
        "en",
        "Ha, tomorrow's Sunday! Monday morning or Tuesday afternoon works.",
        "availability",
        ((7, "09:00", "12:00"), (8, "12:00", "17:00")),
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "fr",
        "Demain c'est dimanche, donc lundi matin ou mardi après-midi.",
        "availability",
        ((7, "09:00", "12:00"), (8, "12:00", "17:00")),
        zone=_PARIS,
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "es",
        "Mañana es domingo jaja. El lunes por la mañana o el martes por la tarde.",
        "availability",
        ((7, "09:00", "12:00"), (8, "12:00", "17:00")),
        zone=_MADRID,
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "de",
        "Morgen ist ja Sonntag. Montag vormittags oder Dienstag nachmittags geht.",
        "availability",
        ((7, "09:00", "12:00"), (8, "12:00", "17:00")),
        zone=_BERLIN,
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "pt",
        "amanhã é domingo rs. segunda à tarde ou terça de manhã pode ser",
        "availability",
        ((7, "12:00", "17:00"), (8, "09:00", "12:00")),
        zone=_LISBON,
        date=SATURDAY,
    ),
    # "any day next week apart from Thursday works": the yes is the sentence's, Thursday stays out
    P(
        "ruled-out",
        "en",
        "Any day next week apart from Wednesday works for me.",
        "availability",
        each_day((7, 8, 10, 11), "09:00", "17:00"),
    ),
    P(
        "ruled-out",
        "en",
        "Next week except Tuesday suits me, mornings ideally.",
        "availability",
        each_day((7, 9, 10, 11), "09:00", "12:00"),
    ),
    P(
        "ruled-out",
        "fr",
        "N'importe quel jour la semaine prochaine sauf mercredi me convient.",
        "availability",
        each_day((7, 8, 10, 11), "09:00", "17:00"),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "es",
        "Cualquier día de la semana que viene menos el miércoles me viene bien.",
        "availability",
        each_day((7, 8, 10, 11), "09:00", "17:00"),
        zone=_MADRID,
    ),
    # a refusal covers the list of hours it leads: "can't do anything before 9:30 or after 2:30"
    P(
        "time-of-day",
        "en",
        "Any day next week apart from Thursday works. Because of the school run I can't do "
        "anything before 9:30 or after 2:30 though.",
        "availability",
        each_day((7, 8, 9, 11), "09:30", "14:30"),
    ),
    P(
        "time-of-day",
        "en",
        "Monday or Tuesday next week is fine, but I can't do before 10 or after 4.",
        "availability",
        each_day((7, 8), "10:00", "16:00"),
    ),
    P(
        "time-of-day",
        "es",
        "El lunes o el martes de la semana que viene, pero no puedo antes de las 10 ni después "
        "de las 4.",
        "availability",
        each_day((7, 8), "10:00", "16:00"),
        zone=_MADRID,
    ),
    # a part of day refused, then the bound that says how far: "school run every morning, so
    # nothing before 9:30"
    P(
        "time-of-day",
        "en",
        "Next week is fine, any day but Tuesday. Afternoons I pick up the kids, so nothing after "
        "3pm.",
        "availability",
        each_day((7, 9, 10, 11), "09:00", "15:00"),
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi ou vendredi, ça me va. Le matin je dépose les enfants, donc rien avant 9h30.",
        "availability",
        each_day((3, 4), "09:30", "17:00"),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "de",
        "Donnerstag oder Freitag passt. Nachmittags muss ich die Kinder abholen, also nichts nach "
        "15 Uhr.",
        "availability",
        each_day((3, 4), "09:00", "15:00"),
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "es",
        "El jueves o el viernes me va bien. Por la tarde tengo que recoger a los niños, así que "
        "nada después de las 3.",
        "availability",
        each_day((3, 4), "09:00", "15:00"),
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta ou sexta está ótimo. De manhã levo as crianças na escola, então nada antes das "
        "9h30.",
        "availability",
        each_day((3, 4), "09:30", "17:00"),
        zone=_LISBON,
    ),
    # hours added to a day of the week offered in a sentence before ("On the Friday I could
    # also do 1 to 3"): that week's day
    P(
        "time-of-day",
        "en",
        "Later next week would be best, mornings ideally. On the Friday I could also do 2 to 4.",
        "availability",
        ((10, "09:00", "12:00"), (11, "09:00", "12:00"), (11, "14:00", "16:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "Plutôt en fin de semaine prochaine, le matin. Le vendredi je peux aussi de 14h à 16h.",
        "availability",
        ((10, "09:00", "12:00"), (11, "09:00", "12:00"), (11, "14:00", "16:00")),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "de",
        "Am besten später nächste Woche, vormittags. Am Freitag ginge auch 14 bis 16 Uhr.",
        "availability",
        ((10, "09:00", "12:00"), (11, "09:00", "12:00"), (11, "14:00", "16:00")),
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "es",
        "Mejor a finales de la semana que viene, por la mañana. El viernes también puedo de 2 a 4.",
        "availability",
        ((10, "09:00", "12:00"), (11, "09:00", "12:00"), (11, "14:00", "16:00")),
        zone=_MADRID,
    ),
    # a relay: the day the candidate can no longer do, then the new times
    P(
        "relay",
        "es",
        "Acabo de hablar con Lucía: el lunes ya no le viene bien. Propone el miércoles entre "
        "las 11 y las 13, o el jueves por la tarde.",
        "availability",
        ((2, "11:00", "13:00"), (3, "12:00", "17:00")),
        role="recruiter",
        zone=_MADRID,
    ),
    P(
        "relay",
        "pt",
        "Falei com a Ana: a segunda já não dá. Ela propõe quarta entre 11h e 13h.",
        "availability",
        ((2, "11:00", "13:00"),),
        role="recruiter",
        zone=_LISBON,
    ),
    P(
        "relay",
        "fr",
        "J'ai eu Paul : lundi ne lui convient plus. Il propose mercredi entre 11h et 13h.",
        "availability",
        ((2, "11:00", "13:00"),),
        role="recruiter",
        zone=_PARIS,
    ),
    P(
        "relay",
        "de",
        "Ich habe mit Jan gesprochen: Montag passt ihm nicht mehr. Er schlägt Mittwoch zwischen "
        "11 und 13 Uhr vor.",
        "availability",
        ((2, "11:00", "13:00"),),
        role="recruiter",
        zone=_BERLIN,
    ),
    # "that week" with no day before it points at the options quoted: a refusal of it offers
    # nothing, and none of the options is a decline
    P(
        "ruled-out",
        "en",
        "sorry im at Web Summit all that week so none of those work. back on the 14th",
        "decline",
        stage="proposed",
        context=NEXT_WEEK_OPTIONS,
    ),
    P(
        "ruled-out",
        "en",
        "Unfortunately I'm away all that week, so none of these work for me.",
        "decline",
        stage="proposed",
        context=NEXT_WEEK_OPTIONS,
    ),
    # a reply-by deadline in the familiar forms: "me decís algo antes del miércoles"
    P(
        "ruled-out",
        "es",
        "El miércoles tengo exámenes, imposible. El viernes estoy libre todo el día. ¿Me decís "
        "algo antes del jueves?",
        "availability",
        ((4, "09:00", "17:00"),),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "fr",
        "Mercredi j'ai un partiel, impossible. Vendredi je suis libre toute la journée. Dis-moi "
        "avant jeudi stp.",
        "availability",
        ((4, "09:00", "17:00"),),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "pt",
        "Quarta tenho prova, não dá. Sexta estou livre o dia todo. Me diz até quinta?",
        "availability",
        ((4, "09:00", "17:00"),),
        zone=_LISBON,
    ),
    # night shifts rule the days out; weekdays in the next sentence are of the same week
    P(
        "ruled-out",
        "en",
        "I'm on nights Monday through Wednesday next week so I'll be sleeping during the day. "
        "Thursday or Friday afternoon would be great though.",
        "availability",
        each_day((10, 11), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "en",
        "Working night shifts Tuesday to Thursday next week. Monday or Friday morning would suit.",
        "availability",
        each_day((7, 11), "09:00", "12:00"),
    ),
    P(
        "ruled-out",
        "fr",
        "Je suis de nuit du lundi au mercredi la semaine prochaine. Jeudi ou vendredi "
        "après-midi, ce serait parfait.",
        "availability",
        each_day((10, 11), "12:00", "17:00"),
        zone=_PARIS,
    ),
    # "week after" with its article dropped, "exc" for except, as phones write
    P(
        "ruled-out",
        "en",
        "away all next week at a trade fair so that week is out. week after any morning works "
        "exc thu",
        "availability",
        each_day((14, 15, 16, 18), "09:00", "12:00"),
    ),
    P(
        "ruled-out",
        "en",
        "next week no good, im on site. week after is fine, any afternoon excl monday",
        "availability",
        each_day((15, 16, 17, 18), "12:00", "17:00"),
    ),
    # "not in the morning", "bar" and "save" past a comma after a whole day
    P(
        "time-of-day",
        "en",
        "Wednesday or Friday next week works, just not in the afternoon.",
        "availability",
        each_day((9, 11), "09:00", "12:00"),
    ),
    P(
        "time-of-day",
        "en",
        "Thursday I'm around all day, bar quarter past twelve till half one.",
        "availability",
        ((3, "09:00", "12:15"), (3, "13:30", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Monday the 7th I'm free all afternoon, save 3 to 3:30.",
        "availability",
        ((7, "12:00", "15:00"), (7, "15:30", "17:00")),
    ),
    # a part of day refused over a whole week, the other part offered
    P(
        "time-of-day",
        "en",
        "Afternoons aren't possible for me next week, but any morning works.",
        "availability",
        each_day((7, 8, 9, 10, 11), "09:00", "12:00"),
    ),
    P(
        "time-of-day",
        "fr",
        "Les après-midi ne sont pas possibles pour moi la semaine prochaine, mais n'importe quel "
        "matin me va.",
        "availability",
        each_day((7, 8, 9, 10, 11), "09:00", "12:00"),
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "de",
        "Vormittags geht bei mir diese Woche gar nicht, nachmittags schon.",
        "availability",
        each_day((2, 3, 4), "12:00", "17:00"),
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "es",
        "Las tardes no me van bien la semana que viene, cualquier mañana sí.",
        "availability",
        each_day((7, 8, 9, 10, 11), "09:00", "12:00"),
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "pt",
        "À tarde não dá para mim na semana que vem, mas qualquer manhã serve.",
        "availability",
        each_day((7, 8, 9, 10, 11), "09:00", "12:00"),
        zone=_LISBON,
    ),
    # standing in for a colleague, or on a course, rules the days out
    P(
        "ruled-out",
        "en",
        "I'm covering for a colleague Monday to Wednesday next week. Thursday the 10th is wide "
        "open.",
        "availability",
        ((10, "09:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Je remplace un collègue de lundi à mercredi la semaine prochaine. Le jeudi 10, je suis "
        "libre toute la journée.",
        "availability",
        ((10, "09:00", "17:00"),),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "es",
        "Esta semana estoy en un curso hasta el viernes. El martes 8 o el miércoles 9 me va "
        "bien, a cualquier hora.",
        "availability",
        each_day((8, 9), "09:00", "17:00"),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "pt",
        "Na próxima semana estou em formação todos os dias. Dia 15 ou 16 consigo, qualquer "
        "horário.",
        "availability",
        each_day((15, 16), "09:00", "17:00"),
        zone=_LISBON,
    ),
    # exams sat in a week named before them
    P(
        "ruled-out",
        "es",
        "La semana que viene rindo los parciales, imposible. La semana siguiente, cualquier mañana "
        "menos el lunes.",
        "availability",
        each_day((15, 16, 17, 18), "09:00", "12:00"),
        zone=_MADRID,
    ),
    # "not after 4" is an exception of hours, "nothing after 4" a bound: both end the day at 4
    P(
        "time-of-day",
        "en",
        "Tuesday the 8th works, but not after 4.",
        "availability",
        ((8, "09:00", "16:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Tuesday the 8th works, nothing after 4 though.",
        "availability",
        ((8, "09:00", "16:00"),),
    ),
    # a week refused up to the day its busy spell lasts until: the day after it is free
    P(
        "ruled-out",
        "en",
        "This week we're on the stock take until Thursday, so no chance. Friday I'm free all day.",
        "availability",
        ((4, "09:00", "17:00"),),
        date="Mon, 30 Nov 2026 10:00:00 -0500",
    ),
    P(
        "ruled-out",
        "es",
        "esta semana tengo exámenes hasta el jueves, imposible. el viernes ya estoy libre todo "
        "el día",
        "availability",
        ((4, "09:00", "17:00"),),
        zone=_MADRID,
        date="Mon, 30 Nov 2026 10:00:00 -0500",
    ),
    P(
        "ruled-out",
        "fr",
        "Cette semaine je suis en examens jusqu'au jeudi. Vendredi je suis libre toute la journée.",
        "availability",
        ((4, "09:00", "17:00"),),
        zone=_PARIS,
        date="Mon, 30 Nov 2026 10:00:00 -0500",
    ),
    P(
        "ruled-out",
        "de",
        "Diese Woche habe ich Prüfungen bis Donnerstag. Freitag bin ich den ganzen Tag frei.",
        "availability",
        ((4, "09:00", "17:00"),),
        zone=_BERLIN,
        date="Mon, 30 Nov 2026 10:00:00 -0500",
    ),
    P(
        "ruled-out",
        "pt",
        "Esta semana tenho provas até quinta, impossível. Sexta estou livre o dia todo.",
        "availability",
        ((4, "09:00", "17:00"),),
        zone=_LISBON,
        date="Mon, 30 Nov 2026 10:00:00 -0500",
    ),
)
ALL_PROBES += PROBES_R15WR


# Round 16, windows scope: the constructs behind the t/u/v misses, in new words
_R16_AFTERNOONS = each_day((7, 8, 9, 11), "12:00", "17:00")
_R16_THU_FRI_AM = each_day((10, 11), "09:00", "12:00")
_R16_THU_FRI_PM = each_day((10, 11), "12:00", "17:00")
_R16_AFTER_TUE_THU = each_day((15, 17), "12:00", "17:00")
_R16_THU_FRI = each_day((10, 11), "09:00", "17:00")
_R16_MONDAY = "Mon, 30 Nov 2026 10:00:00 -0500"
PROBES_R16WR: tuple[Probe, ...] = (
    # a part of day excepted on one day by a pronoun ("any afternoon but Thursday's"): that day
    # is left out
    P(
        "ruled-out",
        "es",
        "La semana que viene me va bien cualquier tarde salvo la del jueves.",
        "availability",
        _R16_AFTERNOONS,
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "fr",
        "La semaine prochaine, n'importe quel après-midi sauf celui du jeudi.",
        "availability",
        _R16_AFTERNOONS,
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "pt",
        "Semana que vem qualquer tarde serve, menos a de quinta.",
        "availability",
        _R16_AFTERNOONS,
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "en",
        "Any afternoon next week except the one on Thursday.",
        "availability",
        _R16_AFTERNOONS,
    ),
    P(
        "ruled-out",
        "de",
        "Nächste Woche geht jeder Nachmittag außer dem am Donnerstag.",
        "availability",
        _R16_AFTERNOONS,
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "en",
        "Any afternoon next week except Thursday's.",
        "availability",
        _R16_AFTERNOONS,
    ),
    P(
        "ruled-out",
        "en",
        "Afternoons next week, apart from Thursday's, are all fine.",
        "availability",
        _R16_AFTERNOONS,
    ),
    # a bare weekday after a dated day in its sentence ("Thursday the 10th, and Friday too")
    # is the one after that date
    P(
        "time-of-day",
        "es",
        "A partir del jueves 10 tengo libre todo el día, y el viernes también.",
        "availability",
        _R16_THU_FRI,
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "en",
        "I'm free all day on Thursday the 10th, and on Friday as well.",
        "availability",
        _R16_THU_FRI,
    ),
    P(
        "time-of-day",
        "fr",
        "Je suis libre toute la journée le jeudi 10, et le vendredi aussi.",
        "availability",
        _R16_THU_FRI,
        zone=_PARIS,
    ),
    P(
        "time-of-day",
        "de",
        "Am Donnerstag, den 10., habe ich den ganzen Tag Zeit, am Freitag auch.",
        "availability",
        _R16_THU_FRI,
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "pt",
        "Estou livre o dia todo na quinta, dia 10, e na sexta também.",
        "availability",
        _R16_THU_FRI,
        zone=_LISBON,
    ),
    # "wk" for "week" in any English week phrase, as phones write
    P(
        "time-of-day",
        "en",
        "later next wk is good, mornings best",
        "availability",
        _R16_THU_FRI_AM,
    ),
    P(
        "time-of-day",
        "en",
        "early next wk works, afternoons pls",
        "availability",
        each_day((7, 8), "12:00", "17:00"),
    ),
    # the week after one refused, named by its article alone with no comma after it
    P(
        "ruled-out",
        "fr",
        "Je suis en déplacement toute la semaine prochaine. La suivante je suis dispo mardi "
        "ou jeudi aprem.",
        "availability",
        _R16_AFTER_TUE_THU,
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "es",
        "La semana que viene estoy fuera. La siguiente puedo el martes o el jueves por la tarde.",
        "availability",
        _R16_AFTER_TUE_THU,
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "pt",
        "Semana que vem estou fora. Na seguinte posso terça ou quinta à tarde.",
        "availability",
        _R16_AFTER_TUE_THU,
        zone=_LISBON,
    ),
    # a week spent somewhere ("bin ich im Audit", "je suis au salon") is no offer
    P(
        "ruled-out",
        "de",
        "Diese Woche bin ich im Werksaudit. Nächste Woche Donnerstag oder Freitag nachmittags.",
        "availability",
        _R16_THU_FRI_PM,
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "fr",
        "Cette semaine je suis au salon de Lyon. La semaine prochaine, jeudi ou vendredi "
        "après-midi.",
        "availability",
        _R16_THU_FRI_PM,
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "es",
        "Esta semana estoy en la feria de Bilbao. La semana que viene, jueves o viernes por "
        "la tarde.",
        "availability",
        _R16_THU_FRI_PM,
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "pt",
        "Esta semana estou na feira do Porto. Na semana que vem, quinta ou sexta à tarde.",
        "availability",
        _R16_THU_FRI_PM,
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "en",
        "This week I'm at the trade fair in Denver. Next week, Thursday or Friday afternoon.",
        "availability",
        _R16_THU_FRI_PM,
    ),
    # the start or end of a week named before it, in words the lexer does not know whole
    P(
        "time-of-day",
        "es",
        "Al principio de la semana que viene, por la tarde.",
        "availability",
        each_day((7, 8), "12:00", "17:00"),
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "pt",
        "No começo da semana que vem, à tarde.",
        "availability",
        each_day((7, 8), "12:00", "17:00"),
        zone=_LISBON,
    ),
    P(
        "time-of-day",
        "de",
        "Am Anfang der kommenden Woche nachmittags.",
        "availability",
        each_day((7, 8), "12:00", "17:00"),
        zone=_BERLIN,
    ),
    P(
        "time-of-day",
        "en",
        "At the start of next week, afternoons.",
        "availability",
        each_day((7, 8), "12:00", "17:00"),
    ),
    P(
        "time-of-day",
        "es",
        "finales de la semana q viene por la tarde",
        "availability",
        _R16_THU_FRI_PM,
        zone=_MADRID,
    ),
    P(
        "time-of-day",
        "de",
        "Zum Schluss der nächsten Woche nachmittags.",
        "availability",
        _R16_THU_FRI_PM,
        zone=_BERLIN,
    ),
    # night shifts told by their verb ("I work nights", "hago noches", "je fais les nuits",
    # "faço noites") refuse the days they name
    P(
        "ruled-out",
        "en",
        "I work nights Tuesday to Thursday. Monday morning works.",
        "availability",
        ((7, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "Hago noches de martes a jueves. El lunes por la mañana me va bien.",
        "availability",
        ((7, "09:00", "12:00"),),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "fr",
        "Je fais les nuits de mardi à jeudi. Lundi matin me va.",
        "availability",
        ((7, "09:00", "12:00"),),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "pt",
        "Faço noites de terça a quinta. Segunda de manhã dá.",
        "availability",
        ((7, "09:00", "12:00"),),
        zone=_LISBON,
    ),
    # a day answered with a bare yes after days refused is offered, not one more of them
    P(
        "ruled-out",
        "es",
        "esta semana que viene hago noches de martes a jueves, el lunes por la mañana sí",
        "availability",
        ((7, "09:00", "12:00"),),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "fr",
        "La semaine prochaine je fais les nuits du mardi au jeudi, le lundi matin oui.",
        "availability",
        ((7, "09:00", "12:00"),),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "en",
        "Night shifts Tuesday to Thursday next week, Monday morning yes.",
        "availability",
        ((7, "09:00", "12:00"),),
    ),
    # hours, then "only <day> not": that day is left out, the hours are the other days'
    P(
        "ruled-out",
        "de",
        "Nächste Woche vormittags, nur Freitag nicht.",
        "availability",
        each_day((7, 8, 9, 10), "09:00", "12:00"),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "es",
        "La semana que viene por las mañanas, solo el viernes no.",
        "availability",
        each_day((7, 8, 9, 10), "09:00", "12:00"),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "pt",
        "Semana que vem de manhã, só sexta não.",
        "availability",
        each_day((7, 8, 9, 10), "09:00", "12:00"),
        zone=_LISBON,
    ),
    # a weekday of the week framing it that is already gone, said on a Monday, is the next one
    P(
        "ruled-out",
        "en",
        "Training Tues-Thurs this week, then I'm free Friday after 10 and Monday morning.",
        "availability",
        ((4, "10:00", "17:00"), (7, "09:00", "12:00")),
        date=_R16_MONDAY,
    ),
    P(
        "ruled-out",
        "fr",
        "Formation du mardi au jeudi cette semaine, ensuite je suis libre vendredi après 10h "
        "et lundi matin.",
        "availability",
        ((4, "10:00", "17:00"), (7, "09:00", "12:00")),
        zone=_PARIS,
        date=_R16_MONDAY,
    ),
    P(
        "ruled-out",
        "es",
        "Esta semana tengo formación de martes a jueves; luego estoy libre el viernes después "
        "de las 10 y el lunes por la mañana.",
        "availability",
        ((4, "10:00", "17:00"), (7, "09:00", "12:00")),
        zone=_MADRID,
        date=_R16_MONDAY,
    ),
    P(
        "ruled-out",
        "pt",
        "Esta semana tenho formação de terça a quinta; depois estou livre sexta depois das 10h "
        "e segunda de manhã.",
        "availability",
        ((4, "10:00", "17:00"), (7, "09:00", "12:00")),
        zone=_LISBON,
        date=_R16_MONDAY,
    ),
    # offshore ("estou embarcado") is away
    P(
        "ruled-out",
        "pt",
        "Segunda e terça estou embarcado. Quarta à tarde ou quinta a qualquer hora.",
        "availability",
        ((9, "12:00", "17:00"), (10, "09:00", "17:00")),
        zone=_LISBON,
        date="Sun, 06 Dec 2026 10:00:00 -0500",
    ),
    # a week whose clause goes on to a refusal ("this week I work the early shift and can't
    # get away") is no offer
    P(
        "ruled-out",
        "es",
        "Esta semana hago turno de mañana y no puedo salir. ¿Podría ser el lunes 7 a partir "
        "de las 16h?",
        "availability",
        ((7, "16:00", "17:00"),),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "en",
        "This week I'm doing early shifts and can't get away. Could we do Monday the 7th "
        "after 4pm?",
        "availability",
        ((7, "16:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Cette semaine je fais les matins à l'hôpital et je ne peux pas me libérer. Lundi 7 "
        "après 16h ?",
        "availability",
        ((7, "16:00", "17:00"),),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "de",
        "Diese Woche habe ich Frühschicht und komme nicht weg. Ginge Montag, der 7., ab 16 Uhr?",
        "availability",
        ((7, "16:00", "17:00"),),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "pt",
        "Esta semana faço o turno da manhã e não consigo sair. Pode ser segunda, dia 7, depois "
        "das 16h?",
        "availability",
        ((7, "16:00", "17:00"),),
        zone=_LISBON,
    ),
)
ALL_PROBES += PROBES_R16WR


# Round 16, windows structure: rosters and shifts over day ranges (double shifts, phone
# shorthand "those r out", "this wk"), per-day lists with a shut office or a holiday row, a
# whole day in committee, German short weekdays listed or told with a verb ("Mi und Fr geht"),
# the cause of a bound on hours ("until 2 because of the school run"), and a fallback after a
# refusal in a condition ("or if that's no good, Friday at half ten"). Written from the kinds.
_WED_FRI_TO_2 = ((2, "09:00", "14:00"), (4, "09:00", "14:00"), (8, "09:00", "17:00"))
_THU_2_FRI_10 = ((3, "14:00", "15:00"), (4, "10:00", "11:00"))
_THU_9_11_FRI_PM = ((3, "09:00", "11:00"), (4, "14:00", "17:00"))
_TUE_10_12 = ((8, "10:00", "12:00"),)
PROBES_R16WS: tuple[Probe, ...] = (
    P(
        "ruled-out",
        "en",
        "working doubles tue thru thu this wk so those r out. fri any time works, or mon the 7th"
        " after 1",
        "availability",
        ((4, "09:00", "17:00"), (7, "13:00", "17:00")),
    ),
    P(
        "ruled-out",
        "en",
        "I'm working double shifts Wed to Thu. Friday any time works.",
        "availability",
        ((4, "09:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "Hago doble turno de miércoles a jueves, así que esos días no. El viernes me va bien.",
        "availability",
        ((4, "09:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "Hago doble turno el miércoles y el jueves. El viernes cuando quieran.",
        "availability",
        ((4, "09:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Je fais des doubles gardes du mercredi au jeudi, donc c'est exclu. Vendredi ça marche.",
        "availability",
        ((4, "09:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Ich habe Mittwoch bis Donnerstag Doppelschichten, die fallen also weg. Freitag passt.",
        "availability",
        ((4, "09:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Ich habe Mo bis Mi Doppelschichten, die fallen also weg. Fr passt.",
        "availability",
        ((4, "09:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "Faço plantão duplo de quarta a quinta, então esses dias não dá. Sexta pode ser.",
        "availability",
        ((4, "09:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "Wed thru Thu this wk are out. Friday works.",
        "availability",
        ((4, "09:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "I'm out all next wk. Thursday works.",
        "availability",
        ((3, "09:00", "17:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Mon 7th - office closed (public holiday)\nTue 8th - 11:00-12:30 or after 4\n"
        "Wed 9th - all day",
        "availability",
        ((8, "11:00", "12:30"), (8, "16:00", "17:00"), (9, "09:00", "17:00")),
    ),
    P("time-of-day", "fr", "Lundi 7 : férié\nMardi 8 : de 10h à 12h", "availability", _TUE_10_12),
    P(
        "time-of-day",
        "de",
        "Montag 7.12.: Feiertag\nDienstag 8.12.: 10-12 Uhr",
        "availability",
        _TUE_10_12,
    ),
    P("time-of-day", "es", "Lunes 7: festivo\nMartes 8: de 10 a 12", "availability", _TUE_10_12),
    P("time-of-day", "pt", "Segunda 7: feriado\nTerça 8: das 10 às 12", "availability", _TUE_10_12),
    P(
        "ruled-out",
        "fr",
        "Il est disponible jeudi de 9h à 11h, ou vendredi à partir de 14h. Mercredi il est en"
        " comité de direction toute la journée.",
        "availability",
        _THU_9_11_FRI_PM,
        role="client",
    ),
    P(
        "ruled-out",
        "es",
        "Puede el jueves de 9 a 11 o el viernes a partir de las 14h. El miércoles está en comité"
        " de dirección todo el día.",
        "availability",
        _THU_9_11_FRI_PM,
        role="client",
    ),
    P(
        "ruled-out",
        "pt",
        "Pode quinta das 9 às 11 ou sexta a partir das 14h. Na quarta ele está em comitê o dia"
        " todo.",
        "availability",
        _THU_9_11_FRI_PM,
        role="client",
    ),
    P(
        "ruled-out",
        "en",
        "He can do Thursday 9 to 11 or Friday after 2pm. Wednesday he's in committee all day.",
        "availability",
        _THU_9_11_FRI_PM,
        role="client",
    ),
    P(
        "ruled-out",
        "de",
        "Er kann Donnerstag von 9 bis 11 oder Freitag ab 14 Uhr. Mittwoch sitzt er den ganzen Tag"
        " im Ausschuss.",
        "availability",
        _THU_9_11_FRI_PM,
        role="client",
    ),
    P(
        "time-of-day",
        "de",
        "Mi und Fr geht bei mir nur bis 14 Uhr wg. Kita-Abholung, Di ist egal.",
        "availability",
        _WED_FRI_TO_2,
    ),
    P(
        "time-of-day",
        "de",
        "Di, Do oder Fr passt mir, am liebsten nachmittags.",
        "availability",
        ((3, "12:00", "17:00"), (4, "12:00", "17:00"), (8, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Mittwoch und Freitag nur bis 14 Uhr wegen der Kita, Dienstag ganztags.",
        "availability",
        _WED_FRI_TO_2,
    ),
    P(
        "time-of-day",
        "en",
        "Wed and Fri I can only do until 2 because of the school run, Tue is fine.",
        "availability",
        _WED_FRI_TO_2,
    ),
    P(
        "time-of-day",
        "es",
        "Miércoles y viernes solo hasta las 14h por la guardería, el martes me da igual.",
        "availability",
        _WED_FRI_TO_2,
    ),
    P(
        "time-of-day",
        "pt",
        "Quarta e sexta só até as 14h por causa da creche, terça tanto faz.",
        "availability",
        _WED_FRI_TO_2,
    ),
    P(
        "time-of-day",
        "fr",
        "Mercredi et vendredi seulement jusqu'à 14h à cause de la crèche, mardi n'importe quand.",
        "availability",
        _WED_FRI_TO_2,
    ),
    P(
        "time-of-day",
        "en",
        "I can do Thursday at half two, or if that's no good Friday at half ten at the training"
        " ground.",
        "availability",
        ((3, "14:30", "15:30"), (4, "10:30", "11:30")),
        role="client",
    ),
    P(
        "time-of-day",
        "en",
        "Thursday at 2, or if that's not possible, Friday at 10.",
        "availability",
        _THU_2_FRI_10,
    ),
    P(
        "time-of-day",
        "es",
        "Jueves a las 2, o si eso no te va bien, el viernes a las 10.",
        "availability",
        _THU_2_FRI_10,
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi à 14h, ou si ça ne va pas, vendredi à 10h.",
        "availability",
        _THU_2_FRI_10,
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta às 14h, ou se isso não der, sexta às 10h.",
        "availability",
        _THU_2_FRI_10,
    ),
)
PROBES_R16WS += (
    # a table cell or row that only names a part of the day, a booked or away row, and a row
    # whose "all day" does not reach over to the next row's day
    P(
        "html",
        "es",
        "<table><tr><th>Día</th><th>Disponibilidad</th></tr>"
        "<tr><td>Miércoles 2</td><td>Mañana</td></tr><tr><td>Jueves 3</td><td>Ocupado</td></tr>"
        "<tr><td>Viernes 4</td><td>Tarde</td></tr></table>",
        "availability",
        ((2, "09:00", "12:00"), (4, "12:00", "17:00")),
        html=True,
    ),
    P(
        "html",
        "pt",
        "<table><tr><th>Dia</th><th>Horário</th></tr><tr><td>Quarta, 2</td><td>Manhã</td></tr>"
        "<tr><td>Quinta, 3</td><td>Feriado</td></tr><tr><td>Sexta, 4</td><td>Tarde</td></tr>"
        "</table>",
        "availability",
        ((2, "09:00", "12:00"), (4, "12:00", "17:00")),
        html=True,
    ),
    P(
        "html",
        "de",
        "<table><tr><td>Mi 2.12.</td><td>gebucht</td></tr><tr><td>Do 3.12.</td>"
        "<td>Außer Haus</td></tr><tr><td>Fr 4.12.</td><td>10-12 Uhr</td></tr></table>",
        "availability",
        ((4, "10:00", "12:00"),),
        html=True,
    ),
    P(
        "time-of-day",
        "fr",
        "Mercredi 2 toute la journée\nJeudi 3 : pas dispo\nVendredi 4 le matin",
        "availability",
        ((2, "09:00", "17:00"), (4, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Wednesday 2nd all day\nThursday 3rd - out\nFriday 4th - mornings",
        "availability",
        ((2, "09:00", "17:00"), (4, "09:00", "12:00")),
    ),
    # a part bound and a clock bound on one day: both hold, the later start says when
    P(
        "time-of-day",
        "en",
        "Thursday after lunch, from 2pm.",
        "availability",
        ((3, "14:00", "17:00"),),
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi après le déjeuner, à partir de 14h30.",
        "availability",
        ((3, "14:30", "17:00"),),
    ),
    P(
        "time-of-day",
        "es",
        "El jueves después de comer, a partir de las 15.",
        "availability",
        ((3, "15:00", "17:00"),),
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta depois do almoço, a partir das 14h.",
        "availability",
        ((3, "14:00", "17:00"),),
    ),
    P(
        "time-of-day",
        "de",
        "Donnerstag nach der Mittagspause, ab 14 Uhr.",
        "availability",
        ((3, "14:00", "17:00"),),
    ),
    # a course of therapy takes the part of the day it names
    P(
        "ruled-out",
        "en",
        "I have physio on Thursday morning, so Thursday from 1pm.",
        "availability",
        ((3, "13:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Donnerstag vormittags habe ich Physiotherapie, ab 13 Uhr bin ich frei.",
        "availability",
        ((3, "13:00", "17:00"),),
    ),
    # an hour in words before the sender's verb; an hour in four digits after its day
    P(
        "time-of-day",
        "es",
        "El viernes a partir de las dos estoy libre.",
        "availability",
        ((4, "14:00", "17:00"),),
    ),
    P("time-of-day", "en", "Friday 1430 suits me.", "availability", ((4, "14:30", "15:30"),)),
    P("time-of-day", "pt", "Sexta lá pelas onze.", "availability", ((4, "11:00", "12:00"),)),
    P(
        "time-of-day",
        "pt",
        "No começo da semana que vem, de manhã.",
        "availability",
        ((7, "09:00", "12:00"), (8, "09:00", "12:00")),
    ),
    # weekdays listed in the week's order that fall in two weeks (written on a Tuesday):
    # read by the rule, and doubted
    P(
        "time-of-day",
        "en",
        "Monday and Wednesday both work for me.",
        "availability",
        ((2, "09:00", "17:00"), (7, "09:00", "17:00")),
    ),
)
PROBES_R16WS += (
    # a phone's "wk" in any week phrase; a lower-case "mon" or "sun" opening a row
    P(
        "time-of-day",
        "en",
        "later next wk is best, mornings ideally",
        "availability",
        ((10, "09:00", "12:00"), (11, "09:00", "12:00")),
    ),
    P(
        "ruled-out",
        "en",
        "the wk after is better, any afternoon except wed",
        "availability",
        each_day((7, 8, 10, 11), "12:00", "17:00"),
    ),
    P(
        "time-of-day",
        "en",
        "wed - booked\nthu - 10-12\nmon - after 2",
        "availability",
        ((3, "10:00", "12:00"), (7, "14:00", "17:00")),
    ),
    # a row that says there is no availability at all
    P(
        "time-of-day",
        "pt",
        "quarta, 2: sem disponibilidade\nquinta, 3: das 14h às 16h",
        "availability",
        ((3, "14:00", "16:00"),),
    ),
    P(
        "time-of-day",
        "es",
        "miércoles 2: sin disponibilidad\njueves 3: de 10 a 12",
        "availability",
        ((3, "10:00", "12:00"),),
    ),
    P(
        "time-of-day",
        "fr",
        "mercredi 2 : pas de disponibilité\njeudi 3 : 14h-16h",
        "availability",
        ((3, "14:00", "16:00"),),
    ),
)
PROBES_R16WS += (
    # hours named back to the days of a roster: the days meant, read by the rule, and doubted
    P(
        "ruled-out",
        "es",
        "La semana que viene tengo turno de tarde de lunes a miércoles. Podría esos días de 9"
        " a 11.",
        "availability",
        each_day((7, 8, 9), "09:00", "11:00"),
    ),
    P(
        "ruled-out",
        "de",
        "Nächste Woche habe ich Spätschicht von Montag bis Mittwoch, an diesen Tagen geht es"
        " vormittags.",
        "availability",
        each_day((7, 8, 9), "09:00", "12:00"),
    ),
    P(
        "ruled-out",
        "fr",
        "La semaine prochaine je suis d'après-midi du lundi au mercredi, ces jours-là le matin me"
        " va.",
        "availability",
        each_day((7, 8, 9), "09:00", "12:00"),
    ),
    P(
        "ruled-out",
        "pt",
        "Na semana que vem faço o turno da tarde de segunda a quarta, nesses dias pode ser de"
        " manhã.",
        "availability",
        each_day((7, 8, 9), "09:00", "12:00"),
    ),
    P(
        "ruled-out",
        "en",
        "I'm on lates Monday to Wednesday next week, so mornings on those days.",
        "availability",
        each_day((7, 8, 9), "09:00", "12:00"),
    ),
)
PROBES_R16WS += (
    # working the nights over a range of days: the nights are no evening offered
    P(
        "ruled-out",
        "es",
        "Hago noches de lunes a miércoles; el jueves x la tarde me viene bien.",
        "availability",
        ((3, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "Trabajo de noche el lunes y el martes. El jueves todo el día libre.",
        "availability",
        ((3, "09:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Je fais les nuits lundi et mardi. Jeudi matin c'est possible.",
        "availability",
        ((3, "09:00", "12:00"),),
    ),
)
PROBES_R16WS += (
    # the day left out named as "the one of" that day
    P(
        "ruled-out",
        "es",
        "Cualquier mañana de la semana que viene, menos la del jueves.",
        "availability",
        each_day((7, 8, 9, 11), "09:00", "12:00"),
    ),
    P(
        "ruled-out",
        "pt",
        "Qualquer manhã da semana que vem, tirando a da segunda.",
        "availability",
        each_day((8, 9, 10, 11), "09:00", "12:00"),
    ),
    P(
        "ruled-out",
        "fr",
        "N'importe quel matin la semaine prochaine, sauf celui du vendredi.",
        "availability",
        each_day((7, 8, 9, 10), "09:00", "12:00"),
    ),
)
PROBES_R16WS += (
    # hours over a week, then the one day left out of them: "only Friday not"
    P(
        "ruled-out",
        "de",
        "Nächste Woche gern nachmittags, nur Mittwoch nicht.",
        "availability",
        each_day((7, 8, 10, 11), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "es",
        "La semana que viene por las tardes, solo el miércoles no.",
        "availability",
        each_day((7, 8, 10, 11), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "pt",
        "Na semana que vem à tarde, só quarta não.",
        "availability",
        each_day((7, 8, 10, 11), "12:00", "17:00"),
    ),
)
ALL_PROBES += PROBES_R16WS


_R16_FRIDAY = {"scheduled": _slot(4, 14)}
_R16_WED = {"stage": "scheduled", "context": BOOKED}
_R16_BOX = "\n> [ ] 1. Wed Dec 2, 1pm ET\n> [x] 2. Thu Dec 3, 10am ET\n> [ ] 3. Wed Dec 2, 4pm ET"


def _r16v(lang: str, text: str, outcome: str) -> Probe:
    return P("verdict", lang, text, "feedback", outcome=outcome, **_R12V)


PROBES_R16MV: tuple[Probe, ...] = (
    # an offer the sender cannot make while a dependency is pending: no offer yet, a hold
    _r16v(
        "en",
        "She's clearly our preferred candidate, but we cannot extend an offer until finance signs"
        " off on the new headcount. I'll be in touch in a few weeks.",
        "hold",
    ),
    _r16v(
        "en",
        "Loved him. Until the board approves the budget for the role we can't make him an offer,"
        " so give us about a month.",
        "hold",
    ),
    _r16v(
        "fr",
        "Il est notre premier choix, mais nous ne pouvons pas lui faire une offre tant que la"
        " direction n'a pas validé le budget. Je reviens vers vous dès que possible.",
        "hold",
    ),
    _r16v(
        "de",
        "Sie ist unsere Favoritin. Ein Angebot können wir aber erst machen, wenn die Stelle vom"
        " Vorstand genehmigt ist – das dauert wohl noch zwei Wochen.",
        "hold",
    ),
    _r16v(
        "es",
        "Es nuestro candidato preferido, pero no podemos enviarle una oferta mientras no se"
        " apruebe la plaza. Te aviso en unas semanas.",
        "hold",
    ),
    _r16v(
        "pt",
        "Ela é a nossa favorita, mas só conseguimos fazer uma proposta depois que o orçamento for"
        " aprovado pela diretoria. Volto a falar convosco em breve.",
        "hold",
    ),
    _r16v(
        "pt",
        "Gostámos muito dele, mas não podemos avançar com a proposta enquanto a verba não for"
        " liberada.",
        "hold",
    ),
    # the dependency settled: the offer stands
    _r16v("en", "Great news: the headcount got approved. Let's make him an offer.", "offer"),
    _r16v("es", "Ya está aprobado el presupuesto: hagámosle una oferta.", "offer"),
    # a stretch of work on trial before deciding: another step, so advance
    _r16v(
        "en",
        "We'd like him to do a trial shift with the kitchen team before we make a final call.",
        "advance",
    ),
    _r16v(
        "fr",
        "Avant de décider, nous aimerions qu'elle passe une journée d'immersion avec l'équipe.",
        "advance",
    ),
    _r16v(
        "de",
        "Bevor wir entscheiden, würden wir sie gern zu einem Schnuppertag in die Praxis einladen.",
        "advance",
    ),
    _r16v(
        "es",
        "Antes de decidir, queremos que haga una jornada de prueba con nosotros en la tienda.",
        "advance",
    ),
    _r16v(
        "pt",
        "Antes de decidirmos, gostaríamos que ele fizesse um dia de experiência connosco na loja.",
        "advance",
    ),
    _r16v(
        "pt",
        "Gostámos muito. Queremos que ela passe um turno experimental na farmácia antes da"
        " decisão final.",
        "advance",
    ),
    # an interview still to have with another candidate before deciding: a hold, neither a step
    # for this one nor another chosen
    _r16v(
        "en",
        "Very positive impression. However, we still have an interview booked with another"
        " candidate on Thursday and will decide after that.",
        "hold",
    ),
    _r16v(
        "fr",
        "Très bonne impression. Nous avons cependant encore un entretien prévu avec une autre"
        " candidate jeudi, et nous déciderons ensuite.",
        "hold",
    ),
    _r16v(
        "de",
        "Sehr guter Eindruck. Wir haben aber am Donnerstag noch ein Gespräch mit einem weiteren"
        " Kandidaten und entscheiden danach.",
        "hold",
    ),
    _r16v("es", "Nos gustó, pero mañana entrevistamos a otra candidata y luego decidimos.", "hold"),
    _r16v(
        "pt",
        "Gostámos bastante. Ainda temos uma conversa marcada com outra candidata e só depois"
        " decidimos.",
        "hold",
    ),
    # another chosen stays a rejection
    _r16v("es", "Nos decidimos por otro candidato.", "reject"),
    # a day spent with the team before deciding: a step, so advance
    _r16v("en", "Loved her. Before we decide, could she spend a day with the team?", "advance"),
    _r16v("fr", "Avant de décider, pourrait-il passer une journée avec l'équipe ?", "advance"),
    _r16v("de", "Bevor wir entscheiden: Könnte sie einen Tag bei uns verbringen?", "advance"),
    _r16v("es", "Muy buena impresión. Antes de decidir, que pase un día con el equipo.", "advance"),
    _r16v("pt", "Gostei. Antes de fecharmos, ela podia passar um dia com a equipa?", "advance"),
    # a rank beside a week the sender works a shift in counts in the whole list: a week is no
    # day whose options it orders
    *(
        P("pick", lang, text, "accept", selected=2, stage="proposed", context=OPTIONS)
        for lang, text in (
            ("fr", "Je suis du matin cette semaine, la deuxième option me convient très bien."),
            ("de", "Diese Woche habe ich Frühdienst, die zweite Option passt mir gut."),
            ("es", "Esta semana estoy de mañanas, la segunda opción me va perfecto."),
        )
    ),
    # a pick after "so" is in a clause of its own, not in the busy one before it
    P(
        "pick",
        "en",
        "I'm on lates this week so the Thursday 10am slot is perfect.",
        "accept",
        selected=2,
        stage="proposed",
        context=OPTIONS,
    ),
    # "quinta a tarde" as phones write it tells two Thursday options apart
    P(
        "pick",
        "pt",
        "pode ser a de quinta a tarde, obg",
        "accept",
        selected=3,
        stage="proposed",
        context={"proposed": [_slot(2, 13), _slot(3, 10), _slot(3, 15)]},
    ),
    # the search closed, the budget frozen, the booked slot taken off the calendar: a call-off
    P(
        "event",
        "en",
        "The budget for the role has been frozen, so please take Wednesday's interview off the"
        " calendar.",
        "cancel",
        role="client",
        **_R16_WED,
    ),
    P(
        "event",
        "en",
        "We closed the search yesterday. No need for the interview.",
        "cancel",
        role="client",
        **_R16_WED,
    ),
    # a box ticked in the quoted list of options, nothing written above it: that option
    *(
        P("pick", lang, head + _R16_BOX, "accept", selected=2, stage="proposed", context=OPTIONS)
        for lang, head in (
            ("en", "On Tue, Dec 1, 2026 at 9:00 AM Rounds <agent@agency.test> wrote:"),
            ("fr", "Le mar. 1 déc. 2026 à 09:00, Rounds <agent@agency.test> a écrit :"),
            ("de", "Am Di., 1. Dez. 2026 um 09:00 Uhr schrieb Rounds <agent@agency.test>:"),
            ("es", "El mar, 1 dic 2026 a las 9:00, Rounds <agent@agency.test> escribió:"),
            ("pt", "Em ter., 1 de dez. de 2026 às 09:00, Rounds <agent@agency.test> escreveu:"),
        )
    ),
    # the candidate's own mail quoted under a reply separator by the recruiter: from an address
    # none of this message's people have, so relayed
    *(
        P("relay", lang, text, "withdraw", role="recruiter")
        for lang, text in (
            (
                "en",
                "See what she sent me.\n\n-----Original Message-----\nFrom: Lena Park"
                " <lena@mail.example>\nSubject: RE: Interview\n\nI'm withdrawing my application,"
                " I've accepted another offer.",
            ),
            (
                "fr",
                "Voici sa réponse.\n\n-----Message d'origine-----\nDe : Luc Martin"
                " <luc@mail.example>\nObjet : RE: Entretien\n\nJe retire ma candidature, j'ai"
                " accepté un autre poste.",
            ),
            (
                "de",
                "Siehe seine Antwort.\n\n-----Ursprüngliche Nachricht-----\nVon: Jonas Bauer"
                " <jonas@mail.example>\nBetreff: AW: Interview\n\nIch ziehe meine Bewerbung"
                " zurück.",
            ),
            (
                "es",
                "Mira lo que me escribe.\n\n-----Mensaje original-----\nDe: Sara Gil"
                " <sara@mail.example>\nAsunto: RE: Entrevista\n\nHe decidido retirar mi"
                " candidatura.",
            ),
            (
                "pt",
                "Veja o que ele escreveu.\n\n-----Mensagem original-----\nDe: Caio Lima"
                " <caio@mail.example>\nAssunto: RE: Entrevista\n\nDecidi retirar a minha"
                " candidatura.",
            ),
        )
    ),
    # the role filled, the booked interview no longer taking place, and the sender's own talk
    # with the candidate to come: a call-off, its hour no time offered
    *(
        P("relay", lang, text, "cancel", role="recruiter", stage="scheduled", context=_R16_FRIDAY)
        for lang, text in (
            (
                "en",
                "Hi team, the client just told me the store manager role has been filled"
                " internally, so Friday's interview with Tom is off. I'll call him this afternoon.",
            ),
            (
                "fr",
                "Bonjour, le client m'informe que le poste de chef de projet a été pourvu en"
                " interne. L'entretien de vendredi ne se tiendra pas ; je lui parle ce soir.",
            ),
            (
                "de",
                "Hallo zusammen, die Stelle als Teamleitung ist intern besetzt worden. Das"
                " Gespräch am Freitag findet nicht statt, ich spreche heute Abend mit ihr.",
            ),
            (
                "es",
                "Hola equipo: la plaza de jefa de sala ha quedado cubierta internamente. La"
                " entrevista del viernes ya no se realiza; hablo yo con ella esta tarde.",
            ),
            (
                "pt",
                "Olá equipa, a vaga de gestor de loja foi preenchida internamente. A entrevista de"
                " sexta já não se realiza, eu falo com ele ao fim do dia.",
            ),
        )
    ),
    # the booked slot moved by an amount the same day, the clash that moves it named with its
    # hour: only the moved slot is offered
    *(
        P("time-of-day", lang, text, "reschedule", ((2, "15:00", "16:00"),), **_R16_WED)
        for lang, text in (
            (
                "en",
                "I have a dentist appointment at 1 tomorrow that may run late. Could we start the"
                " interview an hour later, same day?",
            ),
            (
                "es",
                "Mañana a las 13h tengo que llevar a mi hija al médico. ¿Podríamos empezar una hora"
                " más tarde ese mismo día?",
            ),
            (
                "pt",
                "amanhã às 13h tenho consulta e não volto a tempo. dá pra começar uma hora mais"
                "\ntarde no mesmo dia?",
            ),
        )
    ),
    # beginning later by an amount, beside a yes to the length: a move, not a confirmation
    *(
        P("time-of-day", lang, text, "reschedule", ((2, "16:00", "17:00"),), **_R16_WED)
        for lang, text in (
            ("en", "Can we start two hours later on Wednesday? Same length is fine."),
            ("fr", "Pourrait-on commencer deux heures plus tard mercredi ? La durée me va."),
            ("de", "Können wir am Mittwoch zwei Stunden später anfangen? Die Dauer passt."),
            ("es", "¿Podemos empezar dos horas más tarde el miércoles? La duración está bien."),
            ("pt", "Podemos começar duas horas mais tarde na quarta? A duração está ótima."),
        )
    ),
    # the other half of the booked day, that day named back as "the same day" beside its
    # booked hour: that half of the booked day
    *(
        P("time-of-day", lang, text, "reschedule", ((2, "09:00", "12:00"),), **_R16_WED)
        for lang, text in (
            (
                "en",
                "2pm tomorrow won't work anymore. Could we do the morning of the same day instead?",
            ),
            (
                "fr",
                "Demain 14h ne sera plus possible. Le matin du même jour, ce serait envisageable ?",
            ),
            ("de", "Wäre statt 14 Uhr auch der Vormittag desselben Tages möglich?"),
            (
                "pt",
                "Amanhã às 14h já não consigo. Seria possível passar para a manhã do mesmo dia?",
            ),
        )
    ),
    P(
        "time-of-day",
        "es",
        "Mañana a las 10 ya no puedo. ¿Sería posible la tarde de ese mismo día?",
        "reschedule",
        ((2, "12:00", "17:00"),),
        stage="scheduled",
        context={"scheduled": _slot(2, 10)},
    ),
    # another hour put in place of the booked one, beside a yes to the day: the booked day at
    # that hour
    *(
        P("time-of-day", lang, text, "reschedule", ((2, "15:00", "16:00"),), **_R16_WED)
        for lang, text in (
            ("en", "See you Wednesday. Could we begin at 3 rather than 2? I have a school pickup."),
            ("fr", "Pour mercredi c'est bon, mais pourrait-on démarrer à 15h au lieu de 14h ?"),
            ("de", "Mittwoch passt. Ginge es um 15 Uhr statt um 14 Uhr?"),
            ("es", "El miércoles bien, pero ¿podemos empezar a las 15:00 en lugar de a las 14:00?"),
            ("pt", "Quarta está confirmado. Dá para ser às 15h em vez das 14h?"),
        )
    ),
    # a day taken back in a relay ("kann am Dienstag doch nicht"): refused, not offered
    P(
        "relay",
        "de",
        "Kurze Info: Frau Berger kann am Mittwoch doch nicht. Neu: Donnerstag 10-12 Uhr oder"
        " Freitag ab 14 Uhr.",
        "availability",
        ((3, "10:00", "12:00"), (4, "14:00", "17:00")),
        role="recruiter",
        zone=_BERLIN,
    ),
    P(
        "relay",
        "pt",
        "Afinal ela não pode na quarta. Novo: quinta das 10 às 12 ou sexta a partir das 14h.",
        "availability",
        ((3, "10:00", "12:00"), (4, "14:00", "17:00")),
        role="recruiter",
        zone=_LISBON,
    ),
    P(
        "relay",
        "pt",
        "Ele não consegue na sexta; quinta à tarde serve.",
        "availability",
        ((3, "12:00", "17:00"),),
        role="recruiter",
        zone=_LISBON,
    ),
    # the booked slot named as the clash, then the same time on another day: that day only
    *(
        P("time-of-day", lang, text, "reschedule", ((4, "14:00", "15:00"),), **_R16_WED)
        for lang, text in (
            (
                "en",
                "Something came up for the 2pm tomorrow - could we do the same time on Friday"
                " instead?",
            ),
            (
                "es",
                "Me ha surgido algo para las 14h de mañana. ¿Podemos pasarlo a la misma hora el"
                " viernes?",
            ),
            (
                "pt",
                "Surgiu um imprevisto para as 14h de amanhã. Podemos passar para o mesmo horário na"
                " sexta?",
            ),
        )
    ),
)
ALL_PROBES += PROBES_R16MV

# Round 16, second wave: a roster or a fixed commitment over some days, then the hours offered
# on "those days" (the shift or the class is why, and the hours named back are the offer)
PROBES_R16RO: tuple[Probe, ...] = (
    P(
        "ruled-out",
        "en",
        "I'm on the early rota Wednesday to Friday, finishing at 2. "
        "Any of those days after 3 works.",
        "availability",
        each_day((2, 3, 4), "15:00", "17:00"),
    ),
    P(
        "ruled-out",
        "en",
        "Physio every morning Mon-Wed next week, so afternoons only on those days please.",
        "availability",
        each_day((7, 8, 9), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "fr",
        "J'ai cours du mercredi au vendredi jusqu'à 13h. Ces jours-là je suis libre après 14h.",
        "availability",
        each_day((2, 3, 4), "14:00", "17:00"),
    ),
    P(
        "ruled-out",
        "de",
        "Ich habe Mittwoch bis Freitag Spätdienst ab 13 Uhr, an diesen Tagen ginge es vormittags.",
        "availability",
        each_day((2, 3, 4), "09:00", "12:00"),
    ),
    P(
        "ruled-out",
        "es",
        "Tengo guardia de miércoles a viernes por la tarde; esos días puedo de 10 a 12.",
        "availability",
        each_day((2, 3, 4), "10:00", "12:00"),
    ),
    P(
        "ruled-out",
        "pt",
        "Faço o turno da manhã de quarta a sexta. Nesses dias posso depois das 15h.",
        "availability",
        each_day((2, 3, 4), "15:00", "17:00"),
    ),
)
PROBES_R16RO += (
    # a range of days led by the hours a commitment takes runs on to its last day (it was
    # read as its two ends, the last one with the free hours only)
    P(
        "ruled-out",
        "en",
        "Physio every morning Wednesday to Friday, afternoons I'm free.",
        "availability",
        each_day((2, 3, 4), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "fr",
        "Kiné tous les matins du mercredi au vendredi ; l'après-midi, libre.",
        "availability",
        each_day((2, 3, 4), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "de",
        "Physio jeden Vormittag von Mittwoch bis Freitag, nachmittags bin ich frei.",
        "availability",
        each_day((2, 3, 4), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "es",
        "Fisioterapia todas las mañanas de miércoles a viernes; por las tardes, libre.",
        "availability",
        each_day((2, 3, 4), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "pt",
        "Tenho fisioterapia todas as manhãs de quarta a sexta, à tarde estou livre.",
        "availability",
        each_day((2, 3, 4), "12:00", "17:00"),
    ),
)
PROBES_R16RO += (
    # a range of short weekdays written in lower case, as phones write them
    P(
        "ruled-out",
        "en",
        "on earlies mon-wed so afternoons those days pls",
        "availability",
        each_day((7, 8, 9), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "de",
        "frühdienst mo-mi, an diesen tagen nachmittags",
        "availability",
        each_day((7, 8, 9), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "es",
        "turno de mañana lun-mié, esos días por la tarde",
        "availability",
        each_day((7, 8, 9), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "pt",
        "turno da manhã seg-qua, nesses dias à tarde",
        "availability",
        each_day((7, 8, 9), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "fr",
        "je suis du matin lun-mer, dispo l'aprem ces jours-là",
        "availability",
        each_day((7, 8, 9), "12:00", "17:00"),
    ),
)
PROBES_R16RO += (
    # a weekday told as a habit ("Wednesdays", "les mercredis", "mittwochs", "às quartas"),
    # then the week the hours named back to those days fall in
    P(
        "ruled-out",
        "en",
        "Wednesdays and Fridays I do the school run at 3, so next week those days before 2:30.",
        "availability",
        each_day((9, 11), "09:00", "14:30"),
    ),
    P(
        "ruled-out",
        "fr",
        "Les mercredis et vendredis je récupère les enfants à 16h, donc "
        "la semaine prochaine ces jours-là avant 15h.",
        "availability",
        each_day((9, 11), "09:00", "15:00"),
    ),
    P(
        "ruled-out",
        "de",
        "Mittwochs und freitags hole ich die Kinder um 16 Uhr ab, "
        "nächste Woche an diesen Tagen also bis 15 Uhr.",
        "availability",
        each_day((9, 11), "09:00", "15:00"),
    ),
    P(
        "ruled-out",
        "es",
        "Los miércoles y viernes recojo a los niños a las 16h, "
        "así que la semana que viene esos días hasta las 15h.",
        "availability",
        each_day((9, 11), "09:00", "15:00"),
    ),
    P(
        "ruled-out",
        "pt",
        "Às quartas e sextas vou buscar os miúdos às 16h, "
        "por isso na semana que vem nesses dias até às 15h.",
        "availability",
        each_day((9, 11), "09:00", "15:00"),
    ),
    # classes told before the days they take: the hours they fill are not offered
    P(
        "ruled-out",
        "en",
        "I have classes every morning Wednesday to Friday, afternoons I'm free.",
        "availability",
        each_day((2, 3, 4), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "es",
        "Tengo clase todas las mañanas de miércoles a viernes, por las tardes estoy libre.",
        "availability",
        each_day((2, 3, 4), "12:00", "17:00"),
    ),
    P(
        "ruled-out",
        "pt",
        "Tenho aulas todas as manhãs de quarta a sexta, à tarde estou livre.",
        "availability",
        each_day((2, 3, 4), "12:00", "17:00"),
    ),
)
PROBES_R16RO += (
    # a duty over a range of days, then the hours told free in a clause of their own
    P(
        "ruled-out",
        "en",
        "On call Tuesday to Thursday, free after 2 though.",
        "availability",
        each_day((8, 9, 10), "14:00", "17:00"),
    ),
    P(
        "ruled-out",
        "fr",
        "D'astreinte du mardi au jeudi, mais libre le matin.",
        "availability",
        each_day((8, 9, 10), "09:00", "12:00"),
    ),
    P(
        "ruled-out",
        "de",
        "Bereitschaft Di-Do, ab 14 Uhr frei.",
        "availability",
        each_day((8, 9, 10), "14:00", "17:00"),
    ),
    P(
        "ruled-out",
        "es",
        "De guardia de martes a jueves, libre a partir de las 14h.",
        "availability",
        each_day((8, 9, 10), "14:00", "17:00"),
    ),
    P(
        "ruled-out",
        "pt",
        "De plantão de terça a quinta, mas livre de manhã.",
        "availability",
        each_day((8, 9, 10), "09:00", "12:00"),
    ),
)
ALL_PROBES += PROBES_R16RO

_R16PK_HEAD = "\n\nOn Mon, Nov 30, 2026 at 4:12 PM Dana <dana@agency.test> wrote:\n"
_R16PK_LINES = ("Wed Dec 2, 1pm ET", "Thu Dec 3, 10am ET", "Wed Dec 2, 4pm ET")


def _r16pk_marked(option: int, before: str = "", after: str = "") -> str:
    """The agent's numbered options quoted below a reply, one of them marked on its line."""
    return _R16PK_HEAD + "\n".join(
        f"> {before if n == option else ''}{n}. {line}{after if n == option else ''}"
        for n, line in enumerate(_R16PK_LINES, 1)
    )


def _r16pk(lang: str, text: str, selected: int, **kw: Any) -> Probe:
    return P("pick", lang, text, "accept", selected=selected, **{**_PICK, **kw})


# Round 16, picks: a mark set before an option's number or a word of assent after its line;
# an ordinal with a preference or a fallback beside it; every option but those named.
PROBES_R16PK: tuple[Probe, ...] = (
    _r16pk("en", "Picked one below, see the tick." + _r16pk_marked(2, before="✔ "), 2),
    _r16pk("en", "see below" + _r16pk_marked(3, before="[x] "), 3),
    _r16pk("fr", "J'ai mis une croix devant celui qui me va." + _r16pk_marked(3, "(X) "), 3),
    _r16pk("de", "Siehe unten, markiert." + _r16pk_marked(2, after="   passt"), 2),
    _r16pk("es", "Te la dejo marcada abajo." + _r16pk_marked(1, "**", "**"), 1),
    _r16pk("pt", "Assinalei abaixo." + _r16pk_marked(3, after=" -- essa"), 3),
    _r16pk("en", "The first preferably, otherwise Thursday.", 1),
    _r16pk("fr", "Le deuxième serait parfait.", 2),
    _r16pk("de", "Der erste wäre ideal, sonst Donnerstag.", 1),
    _r16pk("es", "La tercera sería lo mejor.", 3),
    _r16pk("es", "Me quedo con la primera; si no, el jueves.", 1),
    _r16pk("pt", "A segunda de preferência; se não der, quarta.", 2),
    _r16pk("en", "Everything but the 1pm on Wednesday is fine.", 2),
    _r16pk("en", "All but the Tuesday slot work for me.", 2, context=NEXT_WEEK_OPTIONS),
    _r16pk("fr", "Toutes sauf la première me vont.", 2),
    _r16pk("de", "Alle außer Mittwoch um 13 Uhr passen mir.", 2),
    _r16pk("es", "Todas menos la del miércoles a las 13h me vienen bien.", 2),
    _r16pk("pt", "Qualquer uma exceto a de quarta às 13h.", 2),
    # the pick's time said in the sender's zone, then again in the reader's
    _r16pk("en", "Thursday 7am works, that's 10am for you.", 2, zone="America/Los_Angeles"),
    _r16pk("fr", "Mercredi 22h chez moi, donc 16h pour vous, ça me va.", 3, zone="Europe/Paris"),
    _r16pk("de", "Der Mittwoch um 19 Uhr (13 Uhr für Sie) passt mir.", 1, zone="Europe/Berlin"),
    _r16pk(
        "es", "El miércoles a las 22h, las 16h para ustedes, me va bien.", 3, zone="Europe/Madrid"
    ),
    _r16pk("pt", "Quarta às 18h, 13h do seu lado, serve.", 1, zone="Europe/Lisbon"),
    # the middle one, a numbered option after a short opener, an ordinal then "could"
    _r16pk("es", "Me quedo con la que está en medio.", 2),
    _r16pk("fr", "Je prends celle au milieu.", 2),
    _r16pk("pt", "ok, a 2", 2),
    _r16pk("fr", "d'accord, le 3", 3),
    _r16pk("en", "None are perfect but the second I could manage.", 2),
    _r16pk("de", "Keiner ist ideal, aber den dritten könnte ich möglich machen.", 3),
    _r16pk("es", "Ninguna es ideal, pero la tercera podría hacerla.", 3),
    # a clock joined to the option's noun
    _r16pk("de", "Der 16-Uhr-Termin am Mittwoch passt.", 3),
    _r16pk("de", "Ich nehme den 10-Uhr-Termin.", 2),
    # every option refused, the verb before "none of them"
    P(
        "pick",
        "de",
        "Da bin ich auf Dienstreise, passt mir leider keiner von denen.",
        "decline",
        **_PICK,
    ),
    P("pick", "de", "Klappt leider keiner davon, sorry.", "decline", **_PICK),
    # every option but a weekday and part of day written as one word
    _r16pk("de", "Alle außer Mittwochnachmittag passen.", 2),
    _r16pk("de", "Alles außer Dienstagvormittag geht.", 2, context=NEXT_WEEK_OPTIONS),
    # an assistant announcing their boss's pick ("informo que" reports, it defers nothing)
    _r16pk("pt", "Informo que a Dra. Reis fica com quinta às 10h.", 2),
    _r16pk("es", "Le informo que el Sr. Vidal se queda con el jueves a las 10.", 2),
)
ALL_PROBES += PROBES_R16PK


def _r16vd_off(lang: str, text: str, role: str = "client") -> Probe:
    return P("relay", lang, text, "cancel", role=role, stage="scheduled", context=BOOKED)


# Round 16, client verdicts and events told without a verdict word: a step for the candidate
# (a presentation, a day alongside the team, a piece of work, references taken up, the next
# round held by us), someone else's say still to come, a short or leaning no, an offer the
# candidate is to receive, and an interview called off beside a phone call that is no window.
PROBES_R16VD: tuple[Probe, ...] = (
    *(
        _r16v(lang, text, outcome)
        for lang, text, outcome in (
            # another of ours to meet the candidate before the decision: the step, not a hold
            (
                "en",
                "Good from me, but I'd like one more partner to meet her before we decide.",
                "advance",
            ),
            (
                "fr",
                "Avis favorable de mon côté ; j'aimerais toutefois qu'une autre directrice le voie"
                " avant que nous tranchions.",
                "advance",
            ),
            (
                "fr",
                "Bon feeling, mais je voudrais qu'un second associé le rencontre avant de"
                " trancher.",
                "advance",
            ),
            (
                "de",
                "Von mir ein Ja, aber ein zweiter Partner soll sie noch kennenlernen, bevor wir"
                " entscheiden.",
                "advance",
            ),
            (
                "es",
                "Por mi parte bien, pero quiero que otra socia lo conozca antes de que decidamos.",
                "advance",
            ),
            (
                "pt",
                "Da minha parte ok, mas quero que outro sócio a conheça antes de decidirmos.",
                "advance",
            ),
            # the candidate to present work to us
            (
                "en",
                "Solid. Next we'd want him to present his portfolio to the leadership team.",
                "advance",
            ),
            (
                "fr",
                "Très bon échange. Nous voudrions qu'elle nous présente son projet devant le"
                " comité.",
                "advance",
            ),
            (
                "fr",
                "Convaincant. On voudrait qu'il fasse une présentation au comité de direction.",
                "advance",
            ),
            (
                "de",
                "Gutes Gespräch. Sie soll uns als Nächstes ihr Konzept vor dem Vorstand"
                " präsentieren.",
                "advance",
            ),
            (
                "es",
                "Nos gustó. Nos gustaría que nos presente un caso real ante el comité.",
                "advance",
            ),
            (
                "es",
                "Bien. Que haga una presentación para el equipo directivo y luego vemos.",
                "advance",
            ),
            (
                "pt",
                "Gostamos muito. Gostaríamos que ele apresente a proposta dele para a diretoria.",
                "advance",
            ),
            # a day alongside the team, a piece of work for the candidate
            (
                "en",
                "decent. can she shadow our ops lead for an afternoon and then we'll see",
                "advance",
            ),
            (
                "en",
                "Fine by me. Let's get him to shadow the night shift once, then decide.",
                "advance",
            ),
            ("pt", "Gostei. Envia um case pra ele resolver e depois a gente vê.", "advance"),
            ("fr", "Pas mal. Préparez un exercice pour elle, on verra ensuite.", "advance"),
            ("es", "Aceptable. Preparad un ejercicio para ella y luego hablamos.", "advance"),
            # references taken up
            ("en", "We're happy. Please go ahead and check her references.", "advance"),
            ("fr", "Nous sommes satisfaits, vous pouvez lancer la prise de références.", "advance"),
            ("de", "Wir sind zufrieden, bitte holen Sie Referenzen ein.", "advance"),
            ("es", "Estamos contentos, podéis pedir sus referencias.", "advance"),
            ("pt", "Ficamos satisfeitos, podem seguir para a checagem de referências.", "advance"),
            # the next round held by us, or asked for by its kind
            ("es", "Genial. Hacemos la ronda final con la directora en enero.", "advance"),
            ("pt", "Muito bom. Fazemos a etapa final com o CEO no começo do ano.", "advance"),
            ("de", "Hat mir gefallen. Finale Runde gerne nach den Feiertagen.", "advance"),
            ("en", "Decent. Technical round please, sometime in January.", "advance"),
            # moved on to the references (a next step), against the sender's own check under way
            # with word to come (a hold)
            ("en", "Strong. Let's move on to reference checks.", "advance"),
            ("de", "Gut, weiter zur Referenzprüfung.", "advance"),
            ("pt", "Boa. Podem checar as referências dela.", "advance"),
            (
                "en",
                "Very positive. We're checking her references now and will come back to you.",
                "hold",
            ),
            (
                "fr",
                "Très positif. Nous contactons ses références et revenons vers vous ensuite.",
                "hold",
            ),
            ("de", "Sehr gut. Wir prüfen gerade seine Referenzen und melden uns danach.", "hold"),
            ("es", "Muy positivo. Estamos pidiendo sus referencias y luego te digo algo.", "hold"),
            ("pt", "Muito bom. Estamos verificando as referências dele e depois te aviso.", "hold"),
            # someone else's say still to come
            (
                "en",
                "I liked him, but our CFO is travelling until the 20th and has to weigh in first.",
                "hold",
            ),
            (
                "fr",
                "Bon profil, mais notre DG est absent jusqu'à lundi et doit avoir le dernier mot.",
                "hold",
            ),
            (
                "de",
                "Gefällt mir, aber der Geschäftsführer ist im Urlaub und muss noch mitentscheiden.",
                "hold",
            ),
            (
                "es",
                "Me gustó, pero la directora está de viaje y tiene que dar la última palabra.",
                "hold",
            ),
            ("pt", "Gostei, mas o diretor está de férias e precisa dar a palavra final.", "hold"),
            # a short or leaning no
            ("fr", "Bof. Je dirais non.", "reject"),
            ("de", "Na ja. Ich würde nein sagen.", "reject"),
            ("es", "Mmm, yo diría que no.", "reject"),
            ("pt", "Hum, eu diria que não.", "reject"),
            ("en", "no, pass.", "reject"),
            ("fr", "non merci, on passe.", "reject"),
            ("es", "No, paso.", "reject"),
            ("pt", "Não, passo.", "reject"),
            ("de", "Nein, passt leider nicht zu uns.", "reject"),
            ("de", "Lieber nicht. Fachlich stark, menschlich schwierig.", "reject"),
            ("en", "Rather not. Skills fine but the attitude put me off.", "reject"),
            ("de", "Schade, leider absagen.", "reject"),
            # the application not followed up
            (
                "pt",
                "Prezada Ana, após reflexão, optámos por não dar seguimento à candidatura.",
                "reject",
            ),
            (
                "es",
                "Estimada Ana: tras valorarlo, hemos decidido no dar continuidad a la candidatura.",
                "reject",
            ),
            (
                "en",
                "Dear Anna, after careful review we have decided not to take the application"
                " further.",
                "reject",
            ),
            # an offer the candidate is to receive, or ordered alone
            ("en", "yes, offer her! numbers to follow", "offer"),
            ("en", "Great call. She gets an offer, I'll send the figures Monday.", "offer"),
            ("de", "Top, er bekommt ein Angebot.", "offer"),
            ("fr", "Parfait, elle aura une offre.", "offer"),
            ("es", "Genial, le hacemos oferta.", "offer"),
            ("pt", "Ótimo, ela vai receber uma proposta.", "offer"),
        )
    ),
    # an interview called off beside a phone call: the call's time is no window
    _r16vd_off(
        "en", "Budget pulled, we have to call off the interview. Give me a ring this afternoon."
    ),
    _r16vd_off(
        "de",
        "Die Stelle ist besetzt, bitte das Gespräch am Mittwoch absagen. Rufen Sie mich heute"
        " Nachmittag an.",
    ),
    _r16vd_off(
        "fr",
        "Le recrutement est gelé, l'entretien de mercredi est annulé. Je t'appelle demain matin.",
        "recruiter",
    ),
    _r16vd_off(
        "fr", "Le poste est pourvu, merci d'annuler mercredi. Je reste joignable cet après-midi."
    ),
    _r16vd_off(
        "es",
        "El cliente congeló la vacante y canceló la entrevista del miércoles. Te llamo mañana"
        " por la mañana.",
        "recruiter",
    ),
    _r16vd_off(
        "pt",
        "A empresa congelou a vaga e cancelou a entrevista de quarta. Ligo-te amanhã de manhã.",
        "recruiter",
    ),
    _r16vd_off("pt", "Vaga fechada, cancela a entrevista de quarta. Me liga hoje à tarde."),
)
# A candidate's own "call me" with a day and hours offers those hours: the call is the interview
_R16VD_WED_2PM = ((2, "14:00", "17:00"),)
PROBES_R16VD += tuple(
    P("time-of-day", lang, text, "availability", windows=windows)
    for lang, text, windows in (
        ("en", "Call me Wednesday after 2pm, any time works then.", _R16VD_WED_2PM),
        ("en", "You can ring me on Wednesday afternoon.", ((2, "12:00", "17:00"),)),
        ("fr", "Appelez-moi mercredi après 14h.", _R16VD_WED_2PM),
        ("fr", "Je suis joignable mercredi après 14h.", _R16VD_WED_2PM),
        ("de", "Rufen Sie mich am Mittwoch ab 14 Uhr an.", _R16VD_WED_2PM),
        ("es", "Llámame el miércoles a partir de las 14h.", _R16VD_WED_2PM),
        ("pt", "Me liga na quarta depois das 14h.", _R16VD_WED_2PM),
    )
)
# The same words with no verdict in them: a document to show, the booked interview's channel, an
# offer from elsewhere, a no not said
PROBES_R16VD += tuple(
    P("relay", lang, text, "question", role="client", stage="scheduled", context=BOOKED)
    for lang, text in (
        ("es", "¿Es necesario que presente su DNI el día de la entrevista?"),
        ("es", "¿Hacemos la entrevista por Zoom o en la oficina?"),
        ("pt", "É preciso que ele apresente algum documento na entrada?"),
    )
)
PROBES_R16VD += (
    _r16v("es", "Yo no diría que no, pero quiero que la conozca nuestra directora.", "advance"),
    _r16v(
        "en",
        "If she gets an offer elsewhere we lose her, so let's do the final round with our CEO"
        " quickly.",
        "advance",
    ),
    _r16v("en", "Honestly it was a hard test for him and it showed. We'll pass.", "reject"),
)
ALL_PROBES += PROBES_R16VD


# A reason clause after the offered time: the refusal inside it says why that time suits ("as I
# do the school run from 3"), it does not turn the time down.
PROBES_R16RC: tuple[Probe, ...] = (
    P(
        "time-of-day",
        "en",
        "Thursday or Friday works. Mornings suit me best as I do the school run from 3.",
        "availability",
        each_day((3, 4), "09:00", "12:00"),
    ),
    P(
        "time-of-day",
        "en",
        "Thursday or Friday, afternoons are better since I teach until 12.",
        "availability",
        each_day((3, 4), "12:00", "17:00"),
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi ou vendredi, plutôt le matin, car j'ai une réunion à partir de 15h.",
        "availability",
        each_day((3, 4), "09:00", "12:00"),
    ),
    P(
        "time-of-day",
        "de",
        "Donnerstag oder Freitag, am besten vormittags, weil ich ab 15 Uhr die Kinder abhole.",
        "availability",
        each_day((3, 4), "09:00", "12:00"),
    ),
    P(
        "time-of-day",
        "es",
        "El jueves o el viernes, mejor por la mañana, porque tengo clase desde las 3.",
        "availability",
        each_day((3, 4), "09:00", "12:00"),
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta ou sexta, de preferência de manhã, já que tenho reunião a partir das 15h.",
        "availability",
        each_day((3, 4), "09:00", "12:00"),
    ),
)
ALL_PROBES += PROBES_R16RC


# Round 17 (r17m): availability inside whole mails, in all five languages. A date with its
# year in full, year first or day first, is a day and not a phone or a version; office hours in
# a signature under any of its labels, the week's span told with a dash or a word, are not an
# offer; "las 9 hora de Lima" is a clock time in a place's time, not nine hours; a refusal before
# a demonstrative ("pas ce lundi", "nicht diesen Montag") scopes that day; Portuguese phones'
# short weekdays ("qua", "qui", "sex") before Portuguese hours are days.
_CET_TUE = "Tue, 01 Dec 2026 10:00:00 +0100"
_BRT_TUE = "Tue, 01 Dec 2026 09:30:00 -0300"
_LISBON_TUE = "Tue, 01 Dec 2026 09:00:00 +0000"
PROBES_R17M: tuple[Probe, ...] = (
    P(
        "full-date",
        "en",
        "Could we do 2026-12-08 from 1pm to 3pm?",
        "availability",
        ((8, "13:00", "15:00"),),
    ),
    P(
        "full-date",
        "en",
        "I'm free on 12/10/2026 in the morning.",
        "availability",
        ((10, "09:00", "12:00"),),
    ),
    P(
        "full-date",
        "fr",
        "Je serais libre le 09/12/2026 après 14h.",
        "availability",
        ((9, "14:00", "17:00"),),
        zone="Europe/Paris",
        date=_CET_TUE,
    ),
    P(
        "full-date",
        "fr",
        "Proposition : 2026-12-07, toute la matinée.",
        "availability",
        ((7, "09:00", "12:00"),),
        zone="Europe/Paris",
        date=_CET_TUE,
    ),
    P(
        "full-date",
        "de",
        "Mir passt der 08.12.2026 zwischen 10 und 12 Uhr.",
        "availability",
        ((8, "10:00", "12:00"),),
        zone="Europe/Berlin",
        date=_CET_TUE,
    ),
    P(
        "full-date",
        "de",
        "Mi., 09.12.2026 ab 13 Uhr wäre gut.",
        "availability",
        ((9, "13:00", "17:00"),),
        zone="Europe/Berlin",
        date=_CET_TUE,
    ),
    P(
        "full-date",
        "es",
        "Puedo el 10/12/2026 por la tarde.",
        "availability",
        ((10, "12:00", "17:00"),),
        zone="Europe/Madrid",
        date=_CET_TUE,
    ),
    P(
        "full-date",
        "es",
        "Me viene bien 2026-12-11 a las 11.",
        "availability",
        ((11, "11:00", "12:00"),),
        zone="Europe/Madrid",
        date=_CET_TUE,
    ),
    P(
        "full-date",
        "pt",
        "Consigo no dia 07/12/2026 de manhã.",
        "availability",
        ((7, "09:00", "12:00"),),
        zone="Europe/Lisbon",
        date=_LISBON_TUE,
    ),
    P(
        "full-date",
        "pt",
        "2026-12-10, das 14h às 16h, pode ser?",
        "availability",
        ((10, "14:00", "16:00"),),
        zone="America/Sao_Paulo",
        date=_BRT_TUE,
    ),
    P(
        "signature-hours",
        "en",
        "Monday afternoon is good for me.\n\nKate Lowe\nGreenleaf Books\nOpening hours: Mon-Sat "
        "10am-6pm\n(555) 201-7788",
        "availability",
        ((7, "12:00", "17:00"),),
    ),
    P(
        "signature-hours",
        "fr",
        "Je peux mardi prochain à 11h.\n\nSophie Garnier\nAgence Bleue\nHoraires d'accueil : du "
        "lundi au vendredi 9h-17h",
        "availability",
        ((8, "11:00", "12:00"),),
        zone="Europe/Paris",
        date=_CET_TUE,
    ),
    P(
        "signature-hours",
        "de",
        "Donnerstag ab 14 Uhr geht bei mir.\n\nMarkus Brandt\nGeschäftszeiten: Mo bis Fr 8-16 Uhr\n"
        "Tel. 030 1234 5678",
        "availability",
        ((3, "14:00", "17:00"),),
        zone="Europe/Berlin",
        date=_CET_TUE,
    ),
    P(
        "signature-hours",
        "es",
        "El viernes por la mañana me va bien.\n\nLucía Romero\nHorario: lunes a viernes de 8 a 15 h"
        "\nTel. 91 555 66 77",
        "availability",
        ((4, "09:00", "12:00"),),
        zone="Europe/Madrid",
        date=_CET_TUE,
    ),
    P(
        "signature-hours",
        "pt",
        "Quarta à tarde fica ótimo.\n\nRafael Souza\nHorário de atendimento: segunda a sexta, "
        "das 8h às 18h",
        "availability",
        ((2, "12:00", "17:00"),),
        zone="America/Sao_Paulo",
        date=_BRT_TUE,
    ),
    P(
        "place-hour",
        "es",
        "El miércoles a las 10 hora de Lima, si te viene bien.",
        "availability",
        ((2, "10:00", "11:00"),),
        zone="America/Lima",
        date="Tue, 01 Dec 2026 09:00:00 -0500",
    ),
    P(
        "place-hour",
        "es",
        "Jueves a las 4 hora local.",
        "availability",
        ((3, "16:00", "17:00"),),
        zone="Europe/Madrid",
        date=_CET_TUE,
    ),
    P(
        "place-hour",
        "pt",
        "Sexta às 11 hora de Lisboa.",
        "availability",
        ((4, "11:00", "12:00"),),
        zone="Europe/Lisbon",
        date=_LISBON_TUE,
    ),
    P(
        "demonstrative-refusal",
        "en",
        "Not this Thursday, but next Thursday morning.",
        "availability",
        ((10, "09:00", "12:00"),),
    ),
    P(
        "demonstrative-refusal",
        "fr",
        "Pas ce jeudi ; plutôt jeudi prochain le matin.",
        "availability",
        ((10, "09:00", "12:00"),),
        zone="Europe/Paris",
        date=_CET_TUE,
    ),
    P(
        "demonstrative-refusal",
        "fr",
        "Toute la semaine prochaine me va, sauf ce mardi-là.",
        "availability",
        each_day((7, 9, 10, 11), "09:00", "17:00"),
        zone="Europe/Paris",
        date=_CET_TUE,
    ),
    P(
        "demonstrative-refusal",
        "de",
        "Nicht diesen Donnerstag, lieber nächsten Donnerstag vormittags.",
        "availability",
        ((10, "09:00", "12:00"),),
        zone="Europe/Berlin",
        date=_CET_TUE,
    ),
    P(
        "demonstrative-refusal",
        "es",
        "No este jueves; el jueves que viene por la mañana sí.",
        "availability",
        ((10, "09:00", "12:00"),),
        zone="Europe/Madrid",
        date=_CET_TUE,
    ),
    P(
        "demonstrative-refusal",
        "pt",
        "Não nesta quinta; na próxima quinta de manhã.",
        "availability",
        ((10, "09:00", "12:00"),),
        zone="America/Sao_Paulo",
        date=_BRT_TUE,
    ),
    P(
        "short-weekday",
        "pt",
        "qua a partir das 15h ou sex o dia todo",
        "availability",
        ((2, "15:00", "17:00"), (4, "09:00", "17:00")),
        zone="America/Sao_Paulo",
        date=_BRT_TUE,
    ),
    P(
        "short-weekday",
        "pt",
        "seg de manha",
        "availability",
        ((7, "09:00", "12:00"),),
        zone="America/Sao_Paulo",
        date=_BRT_TUE,
    ),
    P(
        "short-weekday",
        "pt",
        "qui às 10h",
        "availability",
        ((3, "10:00", "11:00"),),
        zone="America/Sao_Paulo",
        date=_BRT_TUE,
    ),
    P(
        "short-weekday",
        "pt",
        "Vou ter à tarde uma consulta. Sexta de manhã pode ser.",
        "availability",
        ((4, "09:00", "12:00"),),
        zone="America/Sao_Paulo",
        date=_BRT_TUE,
    ),
)
ALL_PROBES += PROBES_R17M


# Round 17: a yes given under an exception ("unless the client moves it") names what might happen,
# not a call-off or a move; a yes said as likely is still a yes; a promise to confirm on a day to
# come ("je vous confirme demain") leaves the day offered before it standing.
_R17X_SCHED = {"stage": "scheduled", "context": BOOKED}
PROBES_R17X: tuple[Probe, ...] = (
    P(
        "unless",
        "en",
        "Should work, unless the client cancels my site visit.",
        "accept",
        **_R17X_SCHED,
    ),
    P(
        "unless",
        "fr",
        "Pour moi c'est bon, sauf si ma réunion de 14h est décalée.",
        "accept",
        **_R17X_SCHED,
    ),
    P(
        "unless",
        "de",
        "Müsste passen, außer die Bahn streikt und mein Zug wird gestrichen.",
        "accept",
        **_R17X_SCHED,
    ),
    P(
        "unless",
        "es",
        "Debería ir bien, a menos que me cancelen el tren.",
        "accept",
        **_R17X_SCHED,
    ),
    P(
        "unless",
        "pt",
        "Deve funcionar, a não ser que cancelem meu voo.",
        "accept",
        **_R17X_SCHED,
    ),
    P(
        "promise-day",
        "en",
        "Friday afternoon most likely, I will confirm tomorrow.",
        "availability",
        ((4, "12:00", "17:00"),),
    ),
    P(
        "promise-day",
        "fr",
        "Sans doute vendredi après-midi, je vous confirme demain.",
        "availability",
        ((4, "12:00", "17:00"),),
    ),
    P(
        "promise-day",
        "de",
        "Vermutlich Freitagnachmittag, ich bestätige morgen.",
        "availability",
        ((4, "12:00", "17:00"),),
    ),
)
# A yes turned down by the negation before it ("ya no me viene bien") with a bare move asked for.
PROBES_R17X += tuple(
    P("no-yes", lang, text, "reschedule", **_R17X_SCHED)
    for lang, text in (
        ("es", "Lo siento, el miércoles ya no me viene bien. ¿Lo pasamos a otro día?"),
        ("es", "Perdona, mañana no me va bien al final, ¿podríamos cambiar la hora?"),
        ("pt", "Desculpe, quarta já não me serve. Dá para remarcar?"),
        ("pt", "Amanhã não me fica bem afinal, podemos mudar?"),
        ("en", "Sorry, Wednesday is not great anymore, could we move it?"),
        ("fr", "Désolé, mercredi ne me va plus, on peut décaler ?"),
        ("de", "Sorry, Mittwoch passt mir doch nicht mehr, können wir verschieben?"),
    )
)
# Leaving the process said colloquially, with more after it (a referral, the reason).
PROBES_R17X += tuple(
    P("withdraw", lang, text, "withdraw")
    for lang, text in (
        ("de", "Danke für alles, aber ich steig aus, ich bleibe doch bei meiner Firma."),
        (
            "de",
            "Ich ziehe mich aus dem Prozess zurück, ein Bekannter von mir wäre aber interessiert.",
        ),
        ("fr", "Merci, mais je sors du processus : je reste chez mon employeur."),
        ("fr", "Je quitte le processus, désolé. Une amie pourrait être intéressée."),
    )
)
PROBES_R17X += (
    P(
        "unless",
        "de",
        "Passt, außer mein Chef verschiebt noch das Quartalsmeeting.",
        "accept",
        **_R17X_SCHED,
    ),
    P(
        "no-yes",
        "es",
        "Al final el miércoles no me viene bien, lo siento. ¿Podríamos cambiarla?",
        "reschedule",
        **_R17X_SCHED,
    ),
)
ALL_PROBES += PROBES_R17X

# Round 18, picks: an option marked in a list quoted with no ">" (Outlook's header block, an
# HTML reply's blockquote), a weekday and an option's clock beside a reason about that part of
# the day, the one day said yes to beside days named as the reason the rest do not suit, a
# weekday joined to the option's noun, the rest refused or accepted as "the other two", and
# every option but one with the verb of suiting between or the exception first.
_R18PK_LINES = ("Wed Dec 2, 1pm ET", "Thu Dec 3, 10am ET", "Wed Dec 2, 4pm ET")
_R18PK_HEADS = {
    "en": "-----Original Message-----\nFrom: Dana Reyes <dana@agency.test>\n"
    "Sent: Monday, November 30, 2026 4:12 PM\nTo: You <you@example.test>\nSubject: Interview",
    "fr": "-----Message d'origine-----\nDe : Dana Reyes <dana@agency.test>\n"
    "Envoyé : lundi 30 novembre 2026 16:12\nObjet : Entretien",
    "de": "Von: Dana Reyes <dana@agency.test>\nGesendet: Montag, 30. November 2026 16:12\n"
    "An: Sie <you@example.test>\nBetreff: Gespräch",
    "es": "El lun, 30 nov 2026 a las 16:12, Dana Reyes <dana@agency.test> escribió:",
    "pt": "Em seg., 30 de nov. de 2026 às 16:12, Dana Reyes <dana@agency.test> escreveu:",
}
_R18PK_NEXT_FREE = (7, 8, 10, 11)  # next week's weekdays but Wednesday


def _r18pk_list(lang: str, option: int | None, before: str = "", after: str = "") -> str:
    """The agent's options quoted below a reply with no ">", one of them marked on its line."""
    lines = (
        f"{before if n == option else ''}{n}. {line}{after if n == option else ''}"
        for n, line in enumerate(_R18PK_LINES, 1)
    )
    return f"\n\n{_R18PK_HEADS[lang]}\n\nHi, which of these suits you?\n" + "\n".join(lines)


def _r18pk_html(reply: str, attribution: str) -> str:
    """An HTML reply above the agent's options quoted in a blockquote."""
    return (
        f'<div>{reply}</div><blockquote type="cite"><div>{attribution}</div><div>'
        + "<br>".join(f"{n}. {line}" for n, line in enumerate(_R18PK_LINES, 1))
        + "</div></blockquote>"
    )


def _r18pk(lang: str, text: str, selected: int, **kw: Any) -> Probe:
    return P("pick", lang, text, "accept", selected=selected, **{**_PICK, **kw})


_R18PK_EN_WROTE = "On Nov 30, 2026, at 4:12 PM, Dana &lt;dana@agency.test&gt; wrote:"
_R18PK_DE_WROTE = "Am 30.11.2026 um 16:12 schrieb Dana &lt;dana@agency.test&gt;:"
PROBES_R18PK: tuple[Probe, ...] = (
    # a mark set on an option's line in a list quoted with no ">"
    _r18pk("en", "Marked the one that works below." + _r18pk_list("en", 2, before="X "), 2),
    _r18pk("en", "see my tick below" + _r18pk_list("en", 3, before="✓ "), 3),
    _r18pk(
        "fr", "J'ai coché celui qui me convient." + _r18pk_list("fr", 1, after="  <-- celui-ci"), 1
    ),
    _r18pk("fr", "Voir la flèche ci-dessous." + _r18pk_list("fr", 3, after=" ←"), 3),
    _r18pk("de", "Ich habe Ihnen den passenden Termin angekreuzt." + _r18pk_list("de", 2, "x "), 2),
    _r18pk("de", "Siehe unten." + _r18pk_list("de", 1, after="   <== passt"), 1),
    _r18pk("es", "Le dejo señalada abajo la que me viene bien." + _r18pk_list("es", 3, "(x) "), 3),
    _r18pk("es", "La marqué abajo." + _r18pk_list("es", 2, after="  ok"), 2),
    _r18pk("pt", "Marquei em baixo o horário que me serve." + _r18pk_list("pt", 2, "[x] "), 2),
    _r18pk("pt", "Assinalei abaixo." + _r18pk_list("pt", 1, after=" <- esse"), 1),
    _r18pk(
        "en",
        '<div>Ticked mine below.</div><blockquote type="cite"><div>'
        + _R18PK_EN_WROTE
        + "</div><div>1. Wed Dec 2, 1pm ET<br>✔ 2. Thu Dec 3, 10am ET<br>3. Wed Dec 2, 4pm ET"
        "</div></blockquote>",
        2,
        html=True,
    ),
    # (a mark that says no, or no mark at all: nothing is picked)
    P(
        "pick",
        "en",
        "See below." + _r18pk_list("en", 1, after="  <-- can't do this one"),
        "question",
        **_PICK,
    ),
    P("pick", "de", "Siehe unten markiert." + _r18pk_list("de", None), "question", **_PICK),
    # a weekday and an option's clock, then a reason about that part of the day
    _r18pk("en", "Thursday at 10 is perfect for me, I'm off that morning.", 2),
    _r18pk("en", "Thurs at 10am suits, I have the morning off.", 2),
    _r18pk("fr", "Jeudi à 10h c'est parfait, je suis en repos ce matin-là.", 2),
    _r18pk("de", "Donnerstag um 10 Uhr passt gut, an dem Vormittag habe ich frei.", 2),
    _r18pk("es", "El jueves a las 10 me viene perfecto, esa mañana libro.", 2),
    _r18pk("pt", "Quinta às 10h é ótimo, estou de folga nessa manhã.", 2),
    _r18pk("en", "Wednesday at 4 works well, I'm off that afternoon anyway.", 3),
    _r18pk("de", "Mittwoch um 16 Uhr geht, da hab ich nachmittags eh frei.", 3),
    _r18pk(
        "en",
        _r18pk_html("Thursday at 10 is perfect, I'm off that morning.", _R18PK_EN_WROTE),
        2,
        html=True,
    ),
    # the day said yes to, other days named in a clause that says nothing of them (a habit, a
    # reason the rest do not suit)
    _r18pk("en", "Thursday morning is ideal - Wednesdays are taken up by site visits.", 2),
    _r18pk("en", "Wed 4pm is great. Thursday mornings I do the school run.", 3),
    _r18pk("en", "Wednesday at 4 suits me best; Thursdays are my lab days.", 3),
    _r18pk("fr", "Jeudi matin c'est parfait, le mercredi je suis toujours en clientèle.", 2),
    _r18pk("fr", "Mercredi 16h me convient parfaitement ; le jeudi, c'est jour de marché.", 3),
    _r18pk("de", "Donnerstagvormittag passt bestens; mittwochs habe ich immer Berufsschule.", 2),
    _r18pk("de", "Mittwoch um 13 Uhr passt mir gut, donnerstags bin ich in der Berufsschule.", 1),
    _r18pk("es", "El jueves por la mañana me va genial; los miércoles tengo guardia.", 2),
    _r18pk("es", "El miércoles a las 4 de la tarde me encaja; los jueves hago turno.", 3),
    _r18pk("pt", "Quinta de manhã é perfeito; às quartas dou aulas.", 2),
    _r18pk("pt", "Quarta às 13h é ótimo, às quintas estou sempre na obra.", 1),
    # (a second day offered as well keeps both: the lowest acceptable)
    _r18pk("en", "Thursday morning is ideal, Wednesday at 1 would work too.", 1),
    # a weekday joined to the option's noun (German writes it as one word; the others apart)
    _r18pk("de", "Der Donnerstagstermin passt mir.", 2),
    _r18pk("de", "Den Dienstagstermin nehme ich gern.", 1, context=NEXT_WEEK_OPTIONS),
    _r18pk("de", "Mittwochs-Termin passt, danke!", 2, context=NEXT_WEEK_OPTIONS),
    _r18pk("de", "Das Donnerstagsgespräch wäre ideal.", 3, context=NEXT_WEEK_OPTIONS),
    _r18pk("de", "Der Mittwochnachmittagstermin um 16 Uhr passt.", 3),
    _r18pk(
        "de",
        _r18pk_html("Guten Tag,<br>der Donnerstagstermin passt mir gut.", _R18PK_DE_WROTE),
        2,
        html=True,
    ),
    _r18pk("en", "The Thursday one works for me.", 2),
    _r18pk("fr", "Celui du jeudi me va très bien.", 2),
    _r18pk("es", "La del jueves me viene bien.", 2),
    _r18pk("pt", "A de quinta dá-me jeito.", 2),
    P("pick", "de", "Der Donnerstagstermin geht leider nicht.", "decline", **_PICK),
    # one option named, the rest refused as "the other two"; or refused, the rest accepted
    _r18pk("en", "Thursday works for us, the other two don't unfortunately.", 2),
    _r18pk("en", "Option 1 works, the other two don't.", 1),
    _r18pk("fr", "Jeudi nous convient, les deux autres créneaux en revanche non.", 2),
    _r18pk("de", "Der Donnerstag geht, die anderen beiden Termine leider nicht.", 2),
    _r18pk("de", "Dienstag passt uns, die beiden anderen Termine gehen nicht.", 1, **_NEXT_PICK),
    _r18pk("es", "El jueves nos va bien, las otras dos opciones no.", 2),
    _r18pk("es", "La opción 3 me va bien, las otras dos no.", 3),
    _r18pk("pt", "Quinta serve, as outras duas não dão.", 2),
    _r18pk("en", "Thursday is no good for me but the other two are fine.", 1),
    _r18pk("fr", "Jeudi je ne peux pas, les deux autres me vont.", 1),
    _r18pk("de", "Der Donnerstagstermin passt mir leider nicht, die anderen beiden gehen.", 1),
    _r18pk("pt", "Quinta não posso, as outras duas servem.", 1),
    P("pick", "de", "Können Sie mir andere Termine vorschlagen?", "question", **_PICK),
    # every option but one, the verb of suiting between "all" and "but"
    _r18pk("en", "All of them work except the Wednesday 1pm.", 2),
    _r18pk("en", "Any would suit me apart from Tuesday.", 2, **_NEXT_PICK),
    _r18pk("fr", "Toutes me conviennent sauf celle du mardi.", 2, **_NEXT_PICK),
    _r18pk("fr", "Ils me vont tous sauf le premier.", 2),
    _r18pk("de", "Alle passen mir, außer dem am Dienstag.", 2, **_NEXT_PICK),
    _r18pk("de", "Die Termine gehen alle bis auf Mittwoch um 13 Uhr.", 2),
    _r18pk("es", "Todas me vienen bien menos la del martes.", 2, **_NEXT_PICK),
    _r18pk("es", "Cualquiera me sirve salvo el primero.", 2),
    _r18pk("pt", "Todas me servem exceto a de terça.", 2, **_NEXT_PICK),
    _r18pk("pt", "Qualquer um dá, tirando o de terça.", 2, **_NEXT_PICK),
    # the exception first
    _r18pk("en", "Apart from Tuesday, any of them is fine.", 2, **_NEXT_PICK),
    _r18pk("fr", "Sauf celui du mardi, tous me vont.", 2, **_NEXT_PICK),
    _r18pk("de", "Außer Dienstag passen alle.", 2, **_NEXT_PICK),
    _r18pk("es", "Menos el martes, todas me van bien.", 2, **_NEXT_PICK),
    _r18pk("pt", "Tirando a de terça, todas servem.", 2, **_NEXT_PICK),
    # all refused but the exception: the exception is the pick; refused in words no rule
    # knows: no pick
    _r18pk("en", "All are booked out except the Thursday one.", 2),
    _r18pk("de", "Alle gehen leider nicht, außer Donnerstag.", 2),
    P("pick", "fr", "Tous sont pris sauf celui du jeudi.", "question", **_PICK),
    # "all" that is a span of the sender's time: free time, no pick
    P(
        "pick",
        "en",
        "I'm free every afternoon next week except Wednesday.",
        "availability",
        each_day(_R18PK_NEXT_FREE, "12:00", "17:00"),
        **_PICK,
    ),
    P(
        "pick",
        "fr",
        "Je suis libre tous les après-midi la semaine prochaine sauf mercredi.",
        "availability",
        each_day(_R18PK_NEXT_FREE, "12:00", "17:00"),
        **_PICK,
    ),
    P(
        "pick",
        "de",
        "Alle Vormittage nächste Woche gehen, außer Mittwoch.",
        "availability",
        each_day(_R18PK_NEXT_FREE, "09:00", "12:00"),
        **_PICK,
    ),
    P(
        "pick",
        "es",
        "Todos los días de la semana que viene me van bien menos el miércoles.",
        "availability",
        each_day(_R18PK_NEXT_FREE, "09:00", "17:00"),
        **_PICK,
    ),
    P(
        "pick",
        "pt",
        "Qualquer dia da próxima semana serve, menos quarta.",
        "availability",
        each_day(_R18PK_NEXT_FREE, "09:00", "17:00"),
        **_PICK,
    ),
)
ALL_PROBES += PROBES_R18PK


# Round 18: a whole day the sender spends somewhere or on something, told after the day, takes
# it ("Donnerstag habe ich den ganzen Tag Inventur"); spent free, it is offered. A range of hours
# said in words, with its reason in brackets, is left out of the day ("sauf entre midi et deux
# (consultations)"). "Before my shift at 11" ends the hours at 11. A week named after the verb
# that offers the days frames them ("Thursday and Friday work for me this week, all day"). The
# whole day in a bracketed reason for an exception is not hours offered. "Whenever you like"
# leaves the whole day.
_NOON_TO_TWO = ((8, "09:00", "12:00"), (8, "14:00", "17:00"))
_NOON_TO_ONE = ((8, "09:00", "12:00"), (8, "13:00", "17:00"))
_NEXT_WEEK_BUT_THU = each_day((7, 8, 9, 11), "09:30", "15:00")
PROBES_R18EX: tuple[Probe, ...] = tuple(
    P("whole-day-taken", lang, text, "availability", windows)
    for lang, text, windows in (
        (
            "en",
            "Thursday I'm at the depot all day, Friday from 10 works.",
            ((4, "10:00", "17:00"),),
        ),
        (
            "en",
            "Thursday I have inventory all day. Friday after 10 is fine.",
            ((4, "10:00", "17:00"),),
        ),
        (
            "en",
            "Wednesday we have the audit all day; Thursday morning would suit.",
            ((3, "09:00", "12:00"),),
        ),
        ("en", "Fri we've got the stocktake all day so no. Thu after 3?", ((3, "15:00", "17:00"),)),
        (
            "en",
            "Friday she's at a trade fair all day; Thursday afternoon she could.",
            ((3, "12:00", "17:00"),),
        ),
        ("en", "Thursday I'm free all day.", ((3, "09:00", "17:00"),)),
        (
            "de",
            "Am Donnerstag bin ich den ganzen Tag mit dem Team auf der Baustelle, das geht "
            "leider nicht. Freitag ab 10.",
            ((4, "10:00", "17:00"),),
        ),
        (
            "de",
            "Donnerstag habe ich den ganzen Tag Inventur, Freitag ab 10.",
            ((4, "10:00", "17:00"),),
        ),
        (
            "de",
            "Freitag sind wir den ganzen Tag auf der Hochzeit meiner Schwester, Donnerstag "
            "vormittags passt.",
            ((3, "09:00", "12:00"),),
        ),
        (
            "de",
            "Freitag hat sie den ganzen Tag Schulung, Donnerstagnachmittag ginge.",
            ((3, "12:00", "17:00"),),
        ),
        ("de", "Mittwoch bin ich den ganzen Tag frei.", ((2, "09:00", "17:00"),)),
        ("de", "Mittwoch habe ich den ganzen Tag Zeit.", ((2, "09:00", "17:00"),)),
        (
            "fr",
            "Jeudi j'ai jury toute la journée ; vendredi matin plutôt.",
            ((4, "09:00", "12:00"),),
        ),
        (
            "fr",
            "Mercredi je suis toute la journée en tournage, jeudi après 14h.",
            ((3, "14:00", "17:00"),),
        ),
        (
            "fr",
            "Vendredi on est toute la journée au mariage de ma sœur ; jeudi matin ça va.",
            ((3, "09:00", "12:00"),),
        ),
        ("fr", "Jeudi je suis libre toute la journée.", ((3, "09:00", "17:00"),)),
        (
            "es",
            "El miércoles tengo rodaje todo el día. El jueves a partir de las tres.",
            ((3, "15:00", "17:00"),),
        ),
        (
            "es",
            "El jueves estoy todo el día con un cliente en Toledo; el viernes por la mañana sí.",
            ((4, "09:00", "12:00"),),
        ),
        (
            "es",
            "El viernes tenemos boda todo el día, el jueves por la mañana puedo.",
            ((3, "09:00", "12:00"),),
        ),
        ("es", "El jueves tengo todo el día libre.", ((3, "09:00", "17:00"),)),
        (
            "pt",
            "Na quinta estou o dia todo na obra, sexta a partir das 10.",
            ((4, "10:00", "17:00"),),
        ),
        (
            "pt",
            "Quarta tenho auditoria o dia todo; quinta à tarde pode ser.",
            ((3, "12:00", "17:00"),),
        ),
        (
            "pt",
            "Sexta temos casamento o dia todo, quinta de manhã posso.",
            ((3, "09:00", "12:00"),),
        ),
        ("pt", "Na quarta estou livre o dia todo.", ((2, "09:00", "17:00"),)),
    )
)
PROBES_R18EX += tuple(
    P("word-range", lang, text, "availability", windows)
    for lang, text, windows in (
        (
            "en",
            "Next Tuesday I'm free all day except between noon and two (clinic hours).",
            _NOON_TO_TWO,
        ),
        (
            "en",
            "Tuesday works, just not from twelve to one - that's my standing lunch.",
            _NOON_TO_ONE,
        ),
        ("en", "Thursday from ten to twelve works.", ((3, "10:00", "12:00"),)),
        (
            "fr",
            "Mardi prochain je suis dispo toute la journée sauf entre midi et deux "
            "(consultations).",
            _NOON_TO_TWO,
        ),
        (
            "fr",
            "Mardi toute la journée, sauf de midi à une heure (déjeuner d'équipe).",
            _NOON_TO_ONE,
        ),
        ("fr", "Mardi ça marche, mais pas de 12h à 14h.", _NOON_TO_TWO),
        ("de", "Dienstag ganztags, außer zwischen zwölf und zwei (Sprechstunde).", _NOON_TO_TWO),
        (
            "de",
            "Am Dienstag jederzeit, nur nicht zwischen zwölf und eins – da esse ich mit dem Team.",
            _NOON_TO_ONE,
        ),
        ("de", "Dienstag geht, nur nicht von zwölf bis eins.", _NOON_TO_ONE),
        ("de", "Donnerstag von zehn bis zwölf.", ((3, "10:00", "12:00"),)),
        ("es", "El martes todo el día menos entre las doce y las dos (consulta).", _NOON_TO_TWO),
        (
            "es",
            "El martes cuando quieras, salvo de doce a una (almuerzo con el equipo).",
            _NOON_TO_ONE,
        ),
        ("es", "El martes bien, pero no de 12 a 14.", _NOON_TO_TWO),
        ("pt", "Terça o dia todo, exceto entre o meio-dia e as duas (atendimento).", _NOON_TO_TWO),
        ("pt", "Terça dá, só não das doze às duas.", _NOON_TO_TWO),
        ("pt", "Na terça a qualquer hora, menos entre meio-dia e uma (almoço).", _NOON_TO_ONE),
    )
)
PROBES_R18EX += tuple(
    P("before-event", lang, text, "availability", windows)
    for lang, text, windows in (
        (
            "en",
            "tomorrow after 1 works, or tues morning before my shift at 11",
            ((2, "13:00", "17:00"), (8, "09:00", "11:00")),
        ),
        ("en", "Wednesday morning before my class at 11", ((2, "09:00", "11:00"),)),
        ("en", "Wednesday, any time before my 2pm call", ((2, "09:00", "14:00"),)),
        ("de", "Mittwochvormittag vor meinem Termin um 11", ((2, "09:00", "11:00"),)),
        ("de", "Mittwoch vor dem Training um 15 Uhr", ((2, "09:00", "15:00"),)),
        ("fr", "mercredi matin avant mon cours de 11h", ((2, "09:00", "11:00"),)),
        ("fr", "mercredi avant la réunion d'équipe de 15h", ((2, "09:00", "15:00"),)),
        ("es", "el miércoles por la mañana antes de mi turno de las 11", ((2, "09:00", "11:00"),)),
        ("es", "el miércoles antes de la clase de las 4", ((2, "09:00", "16:00"),)),
        ("pt", "quarta de manhã antes da minha aula às 11", ((2, "09:00", "11:00"),)),
        ("pt", "quarta antes do plantão das 15h", ((2, "09:00", "15:00"),)),
    )
)
PROBES_R18EX += tuple(
    P("week-frame", lang, text, "availability", windows)
    for lang, text, windows in (
        (
            "de",
            "Donnerstag und Freitag passt es mir diese Woche grundsätzlich den ganzen Tag, "
            "nur zwischen 12 und 13:30 Uhr nicht.",
            tuple((d, a, b) for d in (3, 4) for a, b in (("09:00", "12:00"), ("13:30", "17:00"))),
        ),
        (
            "de",
            "Dienstag und Mittwoch gehen nächste Woche, jeweils vormittags.",
            each_day((8, 9), "09:00", "12:00"),
        ),
        (
            "en",
            "Thursday and Friday work for me this week, all day.",
            each_day((3, 4), "09:00", "17:00"),
        ),
        (
            "en",
            "Thursday and Friday work for me next week, mornings only.",
            each_day((10, 11), "09:00", "12:00"),
        ),
        (
            "fr",
            "Jeudi et vendredi me vont cette semaine, toute la journée sauf de 12h à 14h.",
            tuple((d, a, b) for d in (3, 4) for a, b in (("09:00", "12:00"), ("14:00", "17:00"))),
        ),
        (
            "es",
            "El jueves y el viernes me van bien esta semana, por la tarde.",
            each_day((3, 4), "12:00", "17:00"),
        ),
        ("pt", "Quinta e sexta servem esta semana, de manhã.", each_day((3, 4), "09:00", "12:00")),
        (
            "pt",
            "Quinta e sexta me servem na semana que vem, à tarde.",
            each_day((10, 11), "12:00", "17:00"),
        ),
    )
)
PROBES_R18EX += tuple(
    P("aside-whole-day", lang, text, "availability", windows)
    for lang, text, windows in (
        (
            "en",
            "Next week any day except Thursday (I'm invigilating all day), but only between "
            "9:30 and 3.",
            _NEXT_WEEK_BUT_THU,
        ),
        (
            "en",
            "Next week any day except Thursday (all day at a trade fair), but only between "
            "9:30 and 3.",
            _NEXT_WEEK_BUT_THU,
        ),
        (
            "fr",
            "La semaine prochaine, je peux me libérer tous les jours sauf le jeudi (je "
            "surveille les examens toute la journée), mais seulement entre 9h30 et 15h.",
            _NEXT_WEEK_BUT_THU,
        ),
        (
            "fr",
            "La semaine prochaine, tous les jours sauf le jeudi (toute la journée au salon), "
            "mais seulement entre 9h30 et 15h.",
            _NEXT_WEEK_BUT_THU,
        ),
        (
            "de",
            "Nächste Woche jeden Tag außer Donnerstag (da bin ich den ganzen Tag auf "
            "Montage), aber nur zwischen 9:30 und 15 Uhr.",
            _NEXT_WEEK_BUT_THU,
        ),
        (
            "es",
            "La semana que viene cualquier día menos el jueves (tengo exámenes todo el día), "
            "pero solo entre las 9:30 y las 15h.",
            _NEXT_WEEK_BUT_THU,
        ),
        (
            "pt",
            "Na semana que vem qualquer dia menos quinta (estou o dia todo no tribunal), mas "
            "só entre 9h30 e 15h.",
            _NEXT_WEEK_BUT_THU,
        ),
        (
            "en",
            "Thursday (all day) or Friday morning.",
            ((3, "09:00", "17:00"), (4, "09:00", "12:00")),
        ),
    )
)
PROBES_R18EX += tuple(
    P("whenever", lang, text, "availability", windows)
    for lang, text, windows in (
        (
            "en",
            "Friday mornings are out, but Thursday whenever you like.",
            ((3, "09:00", "17:00"),),
        ),
        ("en", "Thursday, whenever suits you.", ((3, "09:00", "17:00"),)),
        (
            "fr",
            "Jeudi quand vous voulez, vendredi plutôt le matin.",
            ((3, "09:00", "17:00"), (4, "09:00", "12:00")),
        ),
        ("fr", "Le jeudi c'est quand tu veux.", ((3, "09:00", "17:00"),)),
        (
            "de",
            "Donnerstag wann Sie wollen, Freitag nur vormittags.",
            ((3, "09:00", "17:00"), (4, "09:00", "12:00")),
        ),
        ("de", "Am Donnerstag ginge es, wann ihr wollt.", ((3, "09:00", "17:00"),)),
        (
            "es",
            "El jueves cuando queráis, el viernes solo por la mañana.",
            ((3, "09:00", "17:00"), (4, "09:00", "12:00")),
        ),
        ("es", "el jueves cuando quieras", ((3, "09:00", "17:00"),)),
        (
            "pt",
            "Na quinta quando quiserem, sexta só de manhã.",
            ((3, "09:00", "17:00"), (4, "09:00", "12:00")),
        ),
        ("pt", "Quinta-feira, quando preferir.", ((3, "09:00", "17:00"),)),
    )
)
# "mon", "sat" and "sun" in lower case are weekdays in a list with another weekday, as phones
# write them (English only: the other languages' short forms are read elsewhere)
PROBES_R18EX += tuple(
    P("listed-word-day", "en", text, "availability", windows, date=date)
    for text, windows, date in (
        ("mon and tue after 2 work", each_day((7, 8), "14:00", "17:00"), DATE),
        ("could do fri or sat morning", each_day((4, 5), "09:00", "12:00"), DATE),
        ("sat and sun are out, thurs after 3", ((3, "15:00", "17:00"),), DATE),
        ("fri, sat or sun", each_day((4, 5, 6), "09:00", "17:00"), DATE),
        ("mon-wed next week, afternoons", each_day((7, 8, 9), "12:00", "17:00"), DATE),
        ("tue, wed or mon next week", each_day((7, 8, 9), "09:00", "17:00"), DATE),
        ("sun or mon both fine, any time after 10", each_day((6, 7), "10:00", "17:00"), DATE),
        ("mon or tues next wk, before 11 ideally", each_day((7, 8), "09:00", "11:00"), DATE),
        (
            "next wk mon and tue only after 4. wed and fri all day. thurs no good",
            each_day((7, 8), "16:00", "17:00") + each_day((9, 11), "09:00", "17:00"),
            SATURDAY,
        ),
        (
            "mon and tue are out, wed after 3 or fri morning",
            ((9, "15:00", "17:00"), (11, "09:00", "12:00")),
            SATURDAY,
        ),
    )
)
# A day excepted from a routine, then named again with an offer after it, is offered again
# ("todos los días menos el jueves, así que por las tardes o el jueves a cualquier hora"); a
# refusal of some of its hours stays ("not Thursday morning, Thursday is fine otherwise").
_AFTER_4_OR_THURSDAY = (*each_day((7, 8, 9, 11), "16:00", "17:00"), (10, "09:00", "17:00"))
PROBES_R18EX += tuple(
    P("re-offered", lang, text, "availability", windows)
    for lang, text, windows in (
        (
            "en",
            "Next week I'm on the early shift every day except Thursday, so afternoons after 4, "
            "or Thursday any time.",
            _AFTER_4_OR_THURSDAY,
        ),
        (
            "en",
            "Next week I'm on earlies every day but Thursday, so after 4 in the afternoons, or "
            "Thursday whenever you like.",
            _AFTER_4_OR_THURSDAY,
        ),
        (
            "de",
            "Nächste Woche habe ich jeden Tag außer Donnerstag Frühschicht, also nachmittags ab "
            "16 Uhr oder Donnerstag den ganzen Tag.",
            _AFTER_4_OR_THURSDAY,
        ),
        (
            "fr",
            "La semaine prochaine je suis du matin tous les jours sauf le jeudi, donc "
            "l'après-midi à partir de 16h ou le jeudi quand vous voulez.",
            _AFTER_4_OR_THURSDAY,
        ),
        (
            "es",
            "La semana que viene tengo turno de mañana todos los días menos el jueves, así que "
            "por las tardes desde las 4, o el jueves a cualquier hora.",
            _AFTER_4_OR_THURSDAY,
        ),
        (
            "pt",
            "Semana que vem faço o turno da manhã todos os dias menos quinta, então à tarde "
            "depois das 16h ou na quinta a qualquer hora.",
            _AFTER_4_OR_THURSDAY,
        ),
        ("en", "Not Thursday morning, Thursday is fine otherwise.", ((3, "12:00", "17:00"),)),
        ("en", "Thursday works but not Thursday morning.", ((3, "12:00", "17:00"),)),
    )
)
ALL_PROBES += PROBES_R18EX


# Round 18 (r18lv): ruled-out periods, then the free days around them. Weekdays told in the
# sentence after days of a week ruled out are the rest of that week (handed to a person where
# the first such weekday to come is another day); a week, then an absence and a place, then the
# days in its clause: the week frames the days refused; a day said to be given over already
# ("is already taken up", "est déjà pris", "ya está comprometido", "ist schon verplant", "já está
# tomada"); the week after that, in its other words ("na outra semana", "la semaine d'ensuite",
# "la semana de después", "die Woche drauf"); a weekday with its date in brackets in a list the
# hours after it cover; phones' lower-case "mon" once a day is sure ("next mon", "mon 21st").
PROBES_R18LV: tuple[Probe, ...] = (
    # the rest of a week whose first days are ruled out
    P(
        "ruled-out",
        "en",
        "I'm on leave Monday to Wednesday next week, so those days are out. Thursday or Friday "
        "after 11 works.",
        "availability",
        each_day((10, 11), "11:00", "17:00"),
    ),
    P(
        "ruled-out",
        "en",
        "Off sick Mon and Tue next week per my doctor. Wed or Thu morning should be ok.",
        "availability",
        each_day((9, 10), "09:00", "12:00"),
        date=SATURDAY,
    ),
    P(
        "ruled-out",
        "fr",
        "La semaine prochaine je suis en séminaire à Nantes du lundi au mercredi. Jeudi et "
        "vendredi, je suis libre l'après-midi.",
        "availability",
        each_day((10, 11), "12:00", "17:00"),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "fr",
        "Je suis en congé lundi et mardi la semaine prochaine. Mercredi ou jeudi matin me "
        "conviendrait.",
        "availability",
        each_day((9, 10), "09:00", "12:00"),
        zone=_PARIS,
        date=SATURDAY,
    ),
    P(
        "ruled-out",
        "de",
        "Nächste Woche bin ich Montag bis Mittwoch auf einer Messe in Köln. Donnerstag oder "
        "Freitag nachmittags passt.",
        "availability",
        each_day((10, 11), "12:00", "17:00"),
        zone=_BERLIN,
        date=SATURDAY,
    ),
    P(
        "ruled-out",
        "de",
        "Montag und Dienstag nächste Woche habe ich Urlaub. Mittwoch oder Donnerstag ab 10 Uhr "
        "passt mir.",
        "availability",
        each_day((9, 10), "10:00", "17:00"),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "es",
        "La semana que viene estoy de viaje en Bilbao de lunes a miércoles. El jueves o el "
        "viernes por la tarde me viene bien.",
        "availability",
        each_day((10, 11), "12:00", "17:00"),
        zone=_MADRID,
        date=SATURDAY,
    ),
    P(
        "ruled-out",
        "es",
        "Lunes y martes de la semana que viene estoy de baja. Miércoles o jueves por la mañana "
        "podría.",
        "availability",
        each_day((9, 10), "09:00", "12:00"),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "pt",
        "Semana que vem estou de férias de segunda a quarta. Quinta ou sexta de manhã dá para mim.",
        "availability",
        each_day((10, 11), "09:00", "12:00"),
        zone=_LISBON,
        date=SATURDAY,
    ),
    P(
        "ruled-out",
        "pt",
        "Na próxima semana estou num congresso em Braga segunda e terça. Quarta ou quinta à "
        "tarde posso.",
        "availability",
        each_day((9, 10), "12:00", "17:00"),
        zone=_LISBON,
    ),
)
# a week, an absence and its place, then the days it takes, in one clause
PROBES_R18LV += (
    P(
        "ruled-out",
        "en",
        "Next week I'm on a course in Leeds from Monday to Wednesday, but Thursday afternoon "
        "works.",
        "availability",
        ((10, "12:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "Next week I'm at a trade fair in Essen Monday to Wednesday, but Friday morning is fine.",
        "availability",
        ((11, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "La semaine prochaine je suis en stage à Lille du lundi au mercredi, mais jeudi "
        "après-midi je suis libre.",
        "availability",
        ((10, "12:00", "17:00"),),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "es",
        "La semana que viene estoy de gira por Galicia de lunes a miércoles, pero el jueves por "
        "la tarde puedo.",
        "availability",
        ((10, "12:00", "17:00"),),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "de",
        "Nächste Woche bin ich auf Lehrgang in Hamburg von Montag bis Mittwoch, aber Donnerstag "
        "nachmittags passt.",
        "availability",
        ((10, "12:00", "17:00"),),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "pt",
        "Semana que vem estou em missão em Manaus de segunda a quarta, mas quinta à tarde posso.",
        "availability",
        ((10, "12:00", "17:00"),),
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "en",
        "Next week I'm on secondment in Dublin Monday through Thursday, but Friday morning works.",
        "availability",
        ((11, "09:00", "12:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "La semaine prochaine je suis en mission chez un client lundi et mardi, mais mercredi "
        "matin ça me va.",
        "availability",
        ((9, "09:00", "12:00"),),
        zone=_PARIS,
    ),
)
# a day given over to something already
PROBES_R18LV += (
    P(
        "ruled-out",
        "en",
        "Thursday is already taken up with a board meeting. Friday works.",
        "availability",
        ((4, "09:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "en",
        "Monday the 7th is completely spoken for; Tuesday the 8th after 2 is fine.",
        "availability",
        ((8, "14:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "Le jeudi est déjà pris par un séminaire. Vendredi ça me va.",
        "availability",
        ((4, "09:00", "17:00"),),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "fr",
        "Lundi 7 est entièrement bloqué, mais mardi 8 le matin je suis libre.",
        "availability",
        ((8, "09:00", "12:00"),),
        zone=_PARIS,
    ),
    P(
        "ruled-out",
        "es",
        "El jueves ya está comprometido con una auditoría. El viernes me va bien.",
        "availability",
        ((4, "09:00", "17:00"),),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "es",
        "El lunes 7 ya lo tengo ocupado, el martes 8 por la tarde sí puedo.",
        "availability",
        ((8, "12:00", "17:00"),),
        zone=_MADRID,
    ),
    P(
        "ruled-out",
        "de",
        "Donnerstag ist schon komplett verplant. Freitag passt.",
        "availability",
        ((4, "09:00", "17:00"),),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "de",
        "Der Montag ist leider schon vergeben, Dienstag ab 14 Uhr geht.",
        "availability",
        ((8, "14:00", "17:00"),),
        zone=_BERLIN,
    ),
    P(
        "ruled-out",
        "pt",
        "A quinta já está tomada com uma auditoria. Sexta posso.",
        "availability",
        ((4, "09:00", "17:00"),),
        zone=_LISBON,
    ),
    P(
        "ruled-out",
        "pt",
        "A segunda já está toda comprometida, terça de manhã posso.",
        "availability",
        ((8, "09:00", "12:00"),),
        zone=_LISBON,
    ),
)


def _r18lv(lang: str, text: str, windows: Windows, **kw: Any) -> Probe:
    zone = {"fr": _PARIS, "es": _MADRID, "de": _BERLIN, "pt": _LISBON}.get(lang, ET)
    return P("ruled-out", lang, text, "availability", windows, zone=zone, **kw)


_MORNINGS, _AFTERNOONS = ("09:00", "12:00"), ("12:00", "17:00")
_WEEK_AFTER = (14, 15, 16, 17, 18)
# the week after that, in its other words
PROBES_R18LV += (
    _r18lv(
        "pt",
        "Semana que vem estou de férias. Na outra semana posso qualquer dia de manhã.",
        each_day(_WEEK_AFTER, *_MORNINGS),
    ),
    _r18lv(
        "pt",
        "A semana que vem não dá, estou em viagem. Na semana posterior, terça ou quinta à tarde.",
        each_day((15, 17), *_AFTERNOONS),
    ),
    _r18lv(
        "fr",
        "La semaine prochaine je suis en déplacement. La semaine d'ensuite, mardi ou jeudi "
        "après-midi.",
        each_day((15, 17), *_AFTERNOONS),
    ),
    _r18lv(
        "fr",
        "Semaine prochaine impossible, je suis en congé. La semaine qui suit, n'importe quel "
        "matin.",
        each_day(_WEEK_AFTER, *_MORNINGS),
    ),
    _r18lv(
        "es",
        "La semana que viene estoy de vacaciones. La semana de después, el martes o el jueves "
        "por la mañana.",
        each_day((15, 17), *_MORNINGS),
    ),
    _r18lv(
        "es",
        "La próxima semana estoy fuera. La semana posterior puedo cualquier tarde.",
        each_day(_WEEK_AFTER, *_AFTERNOONS),
    ),
    _r18lv(
        "de",
        "Nächste Woche bin ich im Urlaub. Die Woche drauf passt Dienstag oder Donnerstag "
        "vormittags.",
        each_day((15, 17), *_MORNINGS),
    ),
    _r18lv(
        "de",
        "Nächste Woche bin ich auf Dienstreise. In der Woche danach geht jeder Nachmittag.",
        each_day(_WEEK_AFTER, *_AFTERNOONS),
    ),
    _r18lv(
        "en",
        "Next week I'm on PTO. The week after that, Tuesday or Thursday afternoon works.",
        each_day((15, 17), *_AFTERNOONS),
    ),
)
# a weekday with its date in brackets, in a list the hours after it cover
PROBES_R18LV += (
    _r18lv("pt", "Posso segunda (7) ou terça (8), de manhã.", each_day((7, 8), *_MORNINGS)),
    _r18lv("pt", "Consigo quarta (9) e quinta (10) à tarde.", each_day((9, 10), *_AFTERNOONS)),
    _r18lv("fr", "Je peux lundi (7) ou mardi (8), plutôt le matin.", each_day((7, 8), *_MORNINGS)),
    _r18lv("fr", "Mercredi (9) ou jeudi (10) après-midi.", each_day((9, 10), *_AFTERNOONS)),
    _r18lv(
        "es",
        "Puedo el lunes (7) o el martes (8) por la mañana.",
        each_day((7, 8), *_MORNINGS),
    ),
    _r18lv("es", "Miércoles (9) o jueves (10), por la tarde.", each_day((9, 10), *_AFTERNOONS)),
    _r18lv("de", "Montag (7.) oder Dienstag (8.) vormittags passt.", each_day((7, 8), *_MORNINGS)),
    _r18lv(
        "de",
        "Mittwoch (9.12.) oder Donnerstag (10.12.) ab 14 Uhr.",
        each_day((9, 10), "14:00", "17:00"),
    ),
    _r18lv(
        "en", "Wednesday (9th) or Thursday (10th), afternoons.", each_day((9, 10), *_AFTERNOONS)
    ),
)
# phones' lower-case "mon", "sat", "sun" once a day is sure: after "next" or "this", or before
# a day of the month with an English ordinal
PROBES_R18LV += (
    _r18lv("en", "next mon or tues any time after 11 works", each_day((7, 8), "11:00", "17:00")),
    _r18lv("en", "mon 7th or tues 8th mornings work", each_day((7, 8), *_MORNINGS)),
    _r18lv("en", "im free mon 14th all day", ((14, "09:00", "17:00"),)),
    _r18lv("en", "can do next mon afternoon", ((7, "12:00", "17:00"),)),
    _r18lv("en", "sat 12th morning ok for me", ((12, "09:00", "12:00"),)),
    _r18lv("en", "how about mon 7th after 2", ((7, "14:00", "17:00"),)),
    _r18lv(
        "en",
        "on call thru fri this wk. next mon works, any time",
        ((7, "09:00", "17:00"),),
    ),
    _r18lv("en", "this sun no good, mon 7th is fine", ((7, "09:00", "17:00"),)),
)
# days set against those ruled out ("though", "par contre", "dafür", "en cambio", "por outro
# lado") are the rest of their week, with no doubt left of which week
PROBES_R18LV += (
    _r18lv(
        "en",
        "I'm on leave Monday to Wednesday next week. Thursday or Friday afternoon works though.",
        each_day((10, 11), *_AFTERNOONS),
    ),
    _r18lv(
        "en",
        "On jury service Mon and Tue next week. Wednesday morning is fine instead.",
        ((9, "09:00", "12:00"),),
    ),
    _r18lv(
        "fr",
        "La semaine prochaine je suis en arrêt maladie lundi et mardi. Par contre, mercredi ou "
        "jeudi matin je suis disponible.",
        each_day((9, 10), *_MORNINGS),
    ),
    _r18lv(
        "fr",
        "Je suis en tournée du lundi au mercredi la semaine prochaine. En revanche jeudi "
        "après-midi me convient.",
        ((10, "12:00", "17:00"),),
    ),
    _r18lv(
        "de",
        "Nächste Woche bin ich Montag bis Mittwoch auf Montage. Donnerstag oder Freitag "
        "nachmittags passt dafür.",
        each_day((10, 11), *_AFTERNOONS),
    ),
    _r18lv(
        "es",
        "La semana que viene estoy de curso el lunes y el martes. En cambio, el miércoles o el "
        "jueves por la tarde puedo.",
        each_day((9, 10), *_AFTERNOONS),
    ),
    _r18lv(
        "es",
        "De lunes a miércoles de la semana que viene estoy de gira. Sin embargo el viernes por "
        "la mañana me va bien.",
        ((11, "09:00", "12:00"),),
    ),
    _r18lv(
        "pt",
        "Semana que vem estou num curso segunda e terça. Por outro lado, quarta ou quinta de "
        "manhã posso.",
        each_day((9, 10), *_MORNINGS),
    ),
)
# back from days away: "that week" is the week of the first weekday after them
PROBES_R18LV += (
    _r18lv(
        "en",
        "I'm on leave from the 7th to the 11th. Once I'm back, any afternoon that week except "
        "Wednesday.",
        each_day((14, 15, 17, 18), *_AFTERNOONS),
    ),
    _r18lv(
        "en",
        "Away on a course the 7th to the 11th. When I get back, any morning that week works.",
        each_day(_WEEK_AFTER, *_MORNINGS),
    ),
    _r18lv(
        "fr",
        "Je suis en congé du 7 au 11 décembre. À mon retour, n'importe quel après-midi cette "
        "semaine-là, sauf le mercredi.",
        each_day((14, 15, 17, 18), *_AFTERNOONS),
    ),
    _r18lv(
        "fr",
        "En déplacement du 7 au 11. Une fois rentrée, tous les matins de cette semaine-là me vont.",
        each_day(_WEEK_AFTER, *_MORNINGS),
    ),
    _r18lv(
        "es",
        "Estoy de vacaciones del 7 al 11 de diciembre. Cuando vuelva, cualquier tarde de esa "
        "semana menos el miércoles.",
        each_day((14, 15, 17, 18), *_AFTERNOONS),
    ),
    _r18lv(
        "es",
        "Estaré de viaje del 7 al 11. A mi vuelta, esa semana puedo todas las mañanas.",
        each_day(_WEEK_AFTER, *_MORNINGS),
    ),
    _r18lv(
        "pt",
        "Estou de férias de 7 a 11 de dezembro. Quando voltar, qualquer tarde nessa semana, "
        "menos quarta.",
        each_day((14, 15, 17, 18), *_AFTERNOONS),
    ),
    _r18lv(
        "pt",
        "Estarei fora de 7 a 11 de dezembro. Na volta, nessa semana posso todas as manhãs.",
        each_day(_WEEK_AFTER, *_MORNINGS),
    ),
)
# an absence told with no day of its own, its days set off after a comma
PROBES_R18LV += (
    _r18lv(
        "en",
        "I'm on leave over half-term, from Monday the 14th to Friday the 18th. Monday the 21st "
        "after 10 works.",
        ((21, "10:00", "17:00"),),
    ),
    _r18lv(
        "en",
        "Away for the school holidays, from the 14th to the 18th. The 21st or 22nd in the "
        "morning is fine.",
        each_day((21, 22), *_MORNINGS),
    ),
    _r18lv(
        "en",
        "We're closed for stocktaking, from the 7th to the 9th. The 10th or 11th any time.",
        each_day((10, 11), "09:00", "17:00"),
    ),
    _r18lv(
        "fr",
        "Je serai en congé pendant les fêtes, du lundi 21 au jeudi 24 décembre. Le vendredi 18 "
        "après-midi me va.",
        ((18, "12:00", "17:00"),),
    ),
    _r18lv(
        "fr",
        "Je suis en déplacement pour un salon, du 7 au 9 décembre. Le 10 au matin, c'est possible.",
        ((10, "09:00", "12:00"),),
    ),
    _r18lv(
        "es",
        "Estaré de vacaciones durante el puente, del lunes 7 al miércoles 9. El jueves 10 por la "
        "mañana puedo.",
        ((10, "09:00", "12:00"),),
    ),
    _r18lv(
        "de",
        "Ich bin im Urlaub über die Feiertage, vom 21. bis 24. Dezember. Der 18. Dezember "
        "vormittags passt.",
        ((18, "09:00", "12:00"),),
    ),
    _r18lv(
        "pt",
        "Vou estar de férias durante o feriado, de segunda 7 a quarta 9. Quinta 10 à tarde posso.",
        ((10, "12:00", "17:00"),),
    ),
)
# a departure refused and the return told after it: the days between are away too
_R18LV_TRIP = each_day((7, 10, 11), "09:00", "17:00")
PROBES_R18LV += (
    _r18lv(
        "en",
        "Next week is open, but I fly out on the 8th and I'm not back until the 10th.",
        _R18LV_TRIP,
    ),
    _r18lv(
        "en",
        "Next week works for me, though I'm flying to Denver on the 8th and back on the 10th.",
        _R18LV_TRIP,
    ),
    _r18lv(
        "fr",
        "La semaine prochaine est libre, mais je prends l'avion le 8 et je ne rentre que le 10.",
        _R18LV_TRIP,
    ),
    _r18lv(
        "fr",
        "La semaine prochaine me va, sauf que je pars à Lyon le 8 et je suis de retour le 10.",
        _R18LV_TRIP,
    ),
    _r18lv(
        "es",
        "La semana que viene me va bien, pero vuelo a Lima el 8 y no vuelvo hasta el 10.",
        _R18LV_TRIP,
    ),
    _r18lv(
        "de",
        "Nächste Woche passt, aber ich fliege nach Wien am 8. und bin erst am 10. zurück.",
        _R18LV_TRIP,
    ),
    _r18lv(
        "pt",
        "Semana que vem está ótima, mas viajo para Recife dia 8 e só volto dia 10.",
        _R18LV_TRIP,
    ),
    _r18lv(
        "pt",
        "A semana que vem serve, mas apanho o avião dia 8 e só regresso dia 10.",
        _R18LV_TRIP,
    ),
)
ALL_PROBES += PROBES_R18LV


# Round 18 (r18vd), client verdicts and recruiter call-offs in words no earlier round was shown.
# A piece of the job set for the candidate before the decision (a trial, a simulation, sitting in,
# a short case to prepare and present) is another round; so is a bare "can go on to the final".
# A decision not to select the candidacy is a rejection, whatever time the sender offers for a
# chat about it. The role's money frozen or cut, the search closed by its owner, the hire given
# up, the interview left void, call the interview off; the sender's own call beside it ("I'll
# give him a ring at 3") is no window.
def _r18vd_off(lang: str, text: str, stage: str = "scheduled") -> Probe:
    context = BOOKED if stage == "scheduled" else OPTIONS
    return P("relay", lang, text, "cancel", role="recruiter", stage=stage, context=context)


PROBES_R18VD: tuple[Probe, ...] = tuple(
    _r16v(lang, text, "advance")
    for lang, text in (
        # the work itself tried out: a simulation, a mock task, sitting in, a trial stretch
        (
            "en",
            "Not fully sold yet. I'd like her to sit in on a client call with our account lead"
            " before we decide.",
        ),
        ("en", "He interviewed fine. Could he run a mock sales pitch for our two directors?"),
        ("en", "Some doubts on depth. Before we commit, let's see her do a live coding exercise."),
        (
            "en",
            "Mixed feelings. I wouldn't write him off though: a dry run of a client workshop"
            " with our head of delivery would tell us more.",
        ),
        (
            "fr",
            "Bon entretien. Avant de nous prononcer, nous souhaiterions une mise en situation"
            " avec notre chef de rayon.",
        ),
        (
            "fr",
            "Profil intéressant ; on voudrait la voir à l'œuvre lors d'une simulation d'appel"
            " client.",
        ),
        (
            "de",
            "Das Gespräch war gut. Bevor wir entscheiden, soll sie einen Tag zur Probe in der"
            " Werkstatt mitarbeiten.",
        ),
        (
            "de",
            "Wir würden ihn gern in einem Rollenspiel mit einem Kunden erleben, bevor wir uns"
            " festlegen.",
        ),
        (
            "es",
            "Buena impresión, pero antes de decidir quisiéramos verla en acción en una"
            " simulación de venta con nuestro jefe comercial.",
        ),
        ("es", "Nos convenció a medias. Que venga una tarde a prueba a la cocina y lo vemos."),
        (
            "pt",
            "Gostamos dela. Antes de decidir, queremos que faça uma pequena simulação de"
            " atendimento com a nossa gerente.",
        ),
        ("pt", "Bom perfil, mas quero vê-lo em ação: pode vir uma manhã à experiência na loja?"),
        # a short piece of work to prepare and present to ours
        (
            "en",
            "Solid interview. We'd like to give her a brief written case on our churn numbers"
            " to present to the board.",
        ),
        (
            "fr",
            "Très bon échange. Nous aimerions lui confier un petit exercice pratique qu'il"
            " présenterait à la direction.",
        ),
        (
            "de",
            "Frau Kaya hat überzeugt; wir möchten ihr noch eine kleine Fallstudie mitgeben, die"
            " sie dem Vorstand vorstellt.",
        ),
        (
            "es",
            "Nos gustó. Antes de pronunciarnos queremos que prepare un breve caso práctico y lo"
            " exponga ante los socios.",
        ),
        (
            "pt",
            "Gostamos muito. Antes de fechar, queremos que ele prepare um pequeno case sobre o"
            " nosso estoque e apresente aos sócios.",
        ),
        (
            "pt",
            "Bom perfil; pedimos que ela prepare uma apresentação curta sobre o nosso produto"
            " para a diretoria.",
        ),
        # cleared to go on to the next or the final round, said short
        ("en", "Liked him. He can go through to the final with our MD, any day next week."),
        ("en", "fine by me, she can move on to the last stage"),
        ("fr", "Ok pour moi, elle peut passer en finale avec le directeur la semaine prochaine."),
        ("fr", "Il peut aller au tour suivant, n'importe quel jour de la semaine prochaine."),
        ("de", "Passt. Er kann in die letzte Runde mit dem Geschäftsführer, gern nächste Woche."),
        ("de", "sie darf weiter in die Endrunde"),
        (
            "es",
            "Me gustó. Puede pasar a la final con el director, cualquier día de la semana"
            " que viene.",
        ),
        ("es", "ok, que pase a la siguiente fase"),
        ("pt", "curti. pode ir pra próxima fase com a gerente, qualquer dia da semana que vem"),
        ("pt", "ela pode avançar pra final, semana que vem tá ótimo"),
    )
)
# A decision not to select the candidacy, said with an infinitive; a chat offered beside it is
# no window
PROBES_R18VD += tuple(
    _r16v(lang, text, "reject")
    for lang, text in (
        ("en", "After some thought we've decided not to shortlist him for the role."),
        (
            "en",
            "We have chosen not to take her application further. Happy to talk it through"
            " Thursday afternoon.",
        ),
        (
            "fr",
            "Après réflexion, nous avons décidé de ne pas retenir son profil. Je reste disponible"
            " jeudi après-midi pour en parler.",
        ),
        ("fr", "Nous avons choisi de ne pas sélectionner Mme Roux pour la suite."),
        (
            "de",
            "Wir haben uns entschieden, Herrn Brandt nicht in die engere Auswahl zu nehmen. Für"
            " Rückfragen bin ich Donnerstag erreichbar.",
        ),
        ("es", "Hemos decidido no seleccionar su candidatura, gracias por todo."),
        (
            "es",
            "Tras valorarlo, optamos por no contratarla. Si quieres lo comentamos el jueves por"
            " la tarde.",
        ),
        ("pt", "Decidimos não selecionar a candidatura dela, obrigada pelo apoio."),
        ("pt", "Optamos por não aprovar o candidato. Fico disponível quinta à tarde se quiser."),
    )
)
# The role's money frozen or cut, the search closed, the hire given up, the interview left void:
# called off; the sender's own call beside it names when they phone, not a time offered
PROBES_R18VD += tuple(
    _r18vd_off(lang, text)
    for lang, text in (
        (
            "en",
            "Bad news: they've frozen the budget for the analyst role until next year. I'll ring"
            " her at 3 today to explain.",
        ),
        (
            "en",
            "Finance has pulled the funding for the position. Please take Sam's Wednesday"
            " interview out of the diary.",
        ),
        (
            "en",
            "The client cut the headcount for this hire, so Wednesday is void. I'll give him a"
            " ring at 4 today.",
        ),
        ("en", "Please cancel Wednesday's interview with Sam. I'll give him a ring at 3 today."),
        ("en", "Cancel Wednesday please, I'll give Priya a quick call this afternoon."),
        (
            "fr",
            "Le client a gelé le budget du poste jusqu'en avril : l'entretien de mercredi n'a plus"
            " lieu d'être. Je lui passe un coup de fil à 16h.",
        ),
        ("fr", "Merci d'annuler l'entretien de mercredi, je lui passe un coup de fil à 15h."),
        (
            "de",
            "Der Kunde hat die Mittel für die Stelle gestrichen; bitte den Termin am Mittwoch aus"
            " dem Kalender nehmen. Ich rufe sie um 16 Uhr an.",
        ),
        (
            "de",
            "Der Kunde hat das Budget für die Position bis zum nächsten Quartal eingefroren. Ich"
            " melde mich heute Nachmittag telefonisch bei ihm.",
        ),
        (
            "es",
            "El cliente congeló el presupuesto de la vacante hasta el próximo año, así que la"
            " entrevista del miércoles queda sin efecto. La llamo esta tarde.",
        ),
        ("es", "Cancela la entrevista del miércoles, le doy un toque a las 3."),
        (
            "pt",
            "A empresa cortou a verba da vaga, por isso a entrevista de quarta fica sem efeito."
            " Ligo-lhe às 16h.",
        ),
        (
            "pt",
            "O cliente congelou o orçamento do cargo até ao próximo trimestre. Ligo-lhe hoje"
            " à tarde.",
        ),
        ("pt", "Cancela a entrevista de quarta, eu dou uma ligada pra ela às 15h."),
        (
            "en",
            "The client has closed the search for this role, so no need for the interview on"
            " Wednesday.",
        ),
        ("de", "Der Kunde hat die Suche beendet, das Gespräch am Mittwoch bitte streichen."),
    )
)
PROBES_R18VD += tuple(
    _r18vd_off(lang, text, "proposed")
    for lang, text in (
        ("en", "The client has closed the search; please don't book the interview."),
        ("en", "They've decided not to hire anyone for now, so no interview with Sam."),
        ("fr", "Le client a clôturé le recrutement, merci de ne pas planifier l'entretien."),
        ("fr", "Ils ont décidé de ne pas recruter pour le moment, ne fixez pas l'entretien."),
        ("de", "Der Kunde hat beschlossen, die Stelle vorerst nicht zu besetzen."),
        (
            "es",
            "El cliente cerró la búsqueda y decidió no contratar por ahora; no agenden la"
            " entrevista.",
        ),
        ("es", "La empresa ha dado por terminada la búsqueda, no programen la entrevista."),
        ("pt", "A empresa encerrou o processo seletivo. Não marquem a entrevista, por favor."),
        ("pt", "O cliente decidiu não contratar ninguém por enquanto, desconsiderem os horários."),
    )
)
# The same words where they call nothing off: a candidate's own decision not to take a job, a
# client deciding not to hire this candidate after the round
PROBES_R18VD += (
    _r16v("en", "We've decided not to hire him, the others were stronger.", "reject"),
    _r16v("pt", "Decidimos não contratar a Júlia, o perfil não encaixa.", "reject"),
)
# More of the thinner kinds: a piece of work to present, the hire given up for now, the
# interview not to be booked, the interview void
PROBES_R18VD += tuple(
    _r16v(lang, text, "advance")
    for lang, text in (
        (
            "en",
            "Strong finalist. Could she prepare a short deck on our pricing and present it to"
            " the leadership team?",
        ),
        (
            "fr",
            "Bonne impression ; nous voudrions qu'elle prépare une courte présentation pour le"
            " comité.",
        ),
        (
            "de",
            "Bevor wir uns festlegen, soll er dem Gremium ein kurzes Konzept präsentieren.",
        ),
    )
)
PROBES_R18VD += tuple(
    _r18vd_off(lang, text)
    for lang, text in (
        (
            "en",
            "Client update: they have decided against hiring at this point. Please stand down"
            " Wednesday.",
        ),
        (
            "fr",
            "Le client a décidé de ne pas recruter pour l'instant. Je la préviens cet après-midi.",
        ),
        ("de", "Der Kunde will die Stelle vorerst nicht nachbesetzen."),
        ("pt", "A clínica decidiu não contratar neste momento; eu aviso a candidata."),
        (
            "de",
            "Bitte das Gespräch mit Frau Lenz vorerst nicht ansetzen, die Stelle wird neu"
            " bewertet.",
        ),
        ("en", "Please don't schedule the interview with Sam, the client is rethinking the role."),
        ("es", "Por favor, no fijen la entrevista con Lucía."),
        ("de", "Der Termin am Mittwoch ist damit gegenstandslos."),
        ("fr", "L'entretien de mercredi est donc caduc."),
        ("en", "Wednesday's interview is null and void, I'm afraid."),
        ("es", "Dejamos sin efecto la entrevista del miércoles."),
    )
)
# After the round the same freeze told as done puts the decision off: a hold, not a call-off
PROBES_R18VD += tuple(
    _r16v(lang, text, "hold")
    for lang, text in (
        ("en", "Liked her. Finance froze the budget until Q2 though, so we'll have to wait."),
        ("fr", "Très bien, mais la direction a gelé le budget du poste jusqu'en janvier."),
        ("de", "Gut, aber die Geschäftsführung hat das Budget bis März eingefroren."),
        ("es", "Nos gustó, pero congelaron el presupuesto de la vacante hasta marzo."),
        ("pt", "Gostei, mas a diretoria congelou a verba da vaga até janeiro."),
    )
)
# A verb of choosing turned down on the options, not on the candidacy: a candidate's new times
PROBES_R18VD += tuple(
    P(
        "ruled-out",
        lang,
        text,
        "availability",
        ((4, "09:00", "12:00"),),
        stage="proposed",
        context=OPTIONS,
    )
    for lang, text in (
        (
            "fr",
            "J'ai décidé de ne pas retenir les créneaux proposés, vendredi matin m'irait mieux.",
        ),
        ("en", "I've decided not to select any of the slots; Friday morning works better."),
        (
            "es",
            "He decidido no seleccionar ninguna de las opciones; el viernes por la mañana me va"
            " mejor.",
        ),
        ("pt", "Optei por não escolher nenhum dos horários; sexta de manhã é melhor."),
        (
            "de",
            "Ich habe mich entschieden, keinen der Termine zu nehmen; Freitagvormittag passt"
            " besser.",
        ),
    )
)
# The sender's own call beside the times a candidate offers leaves those times standing
PROBES_R18VD += tuple(
    P("time-of-day", lang, text, "availability", ((3, "14:00", "17:00"),))
    for lang, text in (
        ("de", "Ich melde mich bei Ihnen: Donnerstag ab 14 Uhr ginge."),
        ("en", "Thursday after 2pm works. I'll give you a call if anything changes."),
        ("fr", "Jeudi après 14h, je lui passe un coup de fil pour confirmer."),
        ("es", "El jueves a partir de las 14h. Le doy un toque a mi jefe para confirmar."),
        ("pt", "Quinta depois das 14h. Dou uma ligada pro meu chefe pra confirmar."),
    )
)
# Something else left void is no call-off of the interview
PROBES_R18VD += (
    P(
        "relay",
        "en",
        "The Zoom link I sent is void, please use this one. See you Wednesday.",
        "accept",
        stage="scheduled",
        context=BOOKED,
    ),
)
ALL_PROBES += PROBES_R18VD


# Round 18, tables, per-day lists, quoted histories and relays. Four constructs, each in the
# languages it exists in, written from the construct alone:
# 1. a grid whose cells mark a slot busy or free with any word of the class ("pris",
#    "vergeben", "tomado", "booked"), a remark in brackets after it saying why;
_R18TB_GRID = "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>{}</table>"


def _r18tb_rows(*rows: tuple[str, str, str]) -> str:
    return "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)


PROBES_R18TB: tuple[Probe, ...] = tuple(
    P("html", lang, _R18TB_GRID.format(*head, _r18tb_rows(*rows)), "availability", want, html=True)
    for lang, head, rows, want in (
        (
            "en",
            ("Day", "Morning", "Afternoon"),
            (
                ("Mon 7", "taken", "open"),
                ("Tue 8", "booked", "booked"),
                ("Wed 9", "open", "blocked"),
            ),
            ((7, "12:00", "17:00"), (9, "09:00", "12:00")),
        ),
        (
            "fr",
            ("Jour", "Matin", "Après-midi"),
            (
                ("lundi 7", "réservé", "libre"),
                ("mardi 8", "bloqué", "bloqué"),
                ("jeudi 10", "dispo", "complet"),
            ),
            ((7, "12:00", "17:00"), (10, "09:00", "12:00")),
        ),
        (
            "de",
            ("Tag", "Vormittag", "Nachmittag"),
            (
                ("Mo 7.12.", "vergeben", "frei"),
                ("Di 8.12.", "frei", "geblockt"),
                ("Do 10.12.", "abwesend", "abwesend"),
            ),
            ((7, "12:00", "17:00"), (8, "09:00", "12:00")),
        ),
        (
            "es",
            ("Día", "Mañana", "Tarde"),
            (
                ("lunes 7", "ocupado", "libre"),
                ("martes 8", "reservado", "reservado"),
                ("miércoles 9", "libre", "tomado"),
            ),
            ((7, "12:00", "17:00"), (9, "09:00", "12:00")),
        ),
        (
            "pt",
            ("Dia", "Manhã", "Tarde"),
            (
                ("segunda 7", "livre", "ocupada"),
                ("terça 8", "bloqueado", "livre"),
                ("quinta 10", "ausente", "ausente"),
            ),
            ((7, "09:00", "12:00"), (8, "12:00", "17:00")),
        ),
        (
            "en",
            ("Day", "Hours", "Status"),
            (
                ("Mon 7", "10-12", "free"),
                ("Tue 8", "all day", "out (site visit)"),
                ("Wed 9", "2-4pm", "taken (board call)"),
            ),
            ((7, "10:00", "12:00"),),
        ),
        (
            "fr",
            ("Jour", "Horaire", "Statut"),
            (
                ("lundi 7", "9h-11h", "libre"),
                ("mardi 8", "14h-16h", "pris (comité)"),
                ("mercredi 9", "10h-12h", "libre"),
            ),
            ((7, "09:00", "11:00"), (9, "10:00", "12:00")),
        ),
        (
            "de",
            ("Tag", "Uhrzeit", "Status"),
            (
                ("Montag 7.12.", "10-12 Uhr", "frei"),
                ("Dienstag 8.12.", "ganztägig", "belegt (Klausur)"),
                ("Mittwoch 9.12.", "14-16 Uhr", "möglich"),
            ),
            ((7, "10:00", "12:00"), (9, "14:00", "16:00")),
        ),
        (
            "es",
            ("Día", "Horario", "Estado"),
            (
                ("Lunes 7", "10 a 12", "disponible"),
                ("Martes 8", "todo el día", "no disponible (viaje)"),
                ("Jueves 10", "16 a 17", "libre"),
            ),
            ((7, "10:00", "12:00"), (10, "16:00", "17:00")),
        ),
        (
            "pt",
            ("Dia", "Horário", "Situação"),
            (
                ("segunda 7", "14h às 16h", "livre"),
                ("terça 8", "—", "indisponível (viagem)"),
                ("quarta 9", "9h às 11h", "ocupado (reunião)"),
            ),
            ((7, "14:00", "16:00"),),
        ),
    )
)
# 2. a per-day list whose entry opens by saying no, in any words after it;
PROBES_R18TB += tuple(
    P("per-day", lang, text, "availability", want)
    for lang, text, want in (
        (
            "en",
            "Mon 7: 10-12\nTue 8: not around, at a customer\nWed 9: after 2",
            ((7, "10:00", "12:00"), (9, "14:00", "17:00")),
        ),
        (
            "en",
            "- Thu 3: from 3\n- Fri 4: nope, offsite\n- Mon 7: anytime",
            ((3, "15:00", "17:00"), (7, "09:00", "17:00")),
        ),
        (
            "fr",
            "lundi 7 : 10h-12h\nmardi 8 : il n'est pas là\nmercredi 9 : après 14h",
            ((7, "10:00", "12:00"), (9, "14:00", "17:00")),
        ),
        ("fr", "- jeudi 10 : rien de possible\n- vendredi 11 : 9h-10h", ((11, "09:00", "10:00"),)),
        (
            "de",
            "Mo 7.12.: 10-12 Uhr\nDi 8.12.: leider nicht im Haus\nMi 9.12.: ab 14 Uhr",
            ((7, "10:00", "12:00"), (9, "14:00", "17:00")),
        ),
        (
            "de",
            "Donnerstag: nichts zu machen, Gremiensitzung\nFreitag: 9-11 Uhr",
            ((4, "09:00", "11:00"),),
        ),
        (
            "es",
            "- Lunes 7: de 10 a 12\n- Martes 8: no está disponible (congreso)\n"
            "- Miércoles 9: a partir de las 4",
            ((7, "10:00", "12:00"), (9, "16:00", "17:00")),
        ),
        ("es", "Jueves 10: nada, tiene juicio\nViernes 11: de 9 a 12", ((11, "09:00", "12:00"),)),
        (
            "pt",
            "Seg 7: 10h-12h\nTer 8: não vai dar\nQua 9: depois das 14h",
            ((7, "10:00", "12:00"), (9, "14:00", "17:00")),
        ),
        (
            "pt",
            "- quinta 10: ele não está (viagem)\n- sexta 11: das 9h às 12h",
            ((11, "09:00", "12:00"),),
        ),
    )
)
# 3. a day's slot withdrawn ("no longer possible", "ne ... plus", "nicht mehr", "ya no", "já
#    não"), by the sender or relayed by the recruiter, before the new times;
PROBES_R18TB += tuple(
    P("relay", lang, text, "availability", want, role=role)
    for lang, text, want, role in (
        (
            "en",
            "Update from Tom - the Thursday slot we discussed no longer works for him. "
            "He's now free Monday 7th 10-12 or Tuesday 8th any time after 1.",
            ((7, "10:00", "12:00"), (8, "13:00", "17:00")),
            "recruiter",
        ),
        (
            "en",
            "Thursday's slot is no longer possible, sorry. Monday after 2?",
            ((7, "14:00", "17:00"),),
            "candidate",
        ),
        (
            "en",
            "Wednesday is no longer an option for me. Friday morning instead.",
            ((4, "09:00", "12:00"),),
            "candidate",
        ),
        (
            "fr",
            "Les créneaux de jeudi ne sont plus possibles pour moi. "
            "Je peux en revanche lundi de 14h à 16h.",
            ((7, "14:00", "16:00"),),
            "candidate",
        ),
        (
            "fr",
            "Jeudi ne me convient plus, finalement. Vendredi matin plutôt ?",
            ((4, "09:00", "12:00"),),
            "candidate",
        ),
        (
            "fr",
            "Petite mise à jour de la candidate : mercredi n'est plus possible pour elle, "
            "elle peut lundi 7 après 15h.",
            ((7, "15:00", "17:00"),),
            "recruiter",
        ),
        (
            "de",
            "Donnerstag geht bei mir leider nicht mehr. Montag ab 14 Uhr wäre möglich.",
            ((7, "14:00", "17:00"),),
            "candidate",
        ),
        (
            "es",
            "El jueves ya no es posible para mí. El lunes a partir de las 3 sí.",
            ((7, "15:00", "17:00"),),
            "candidate",
        ),
        (
            "pt",
            "Quinta já não dá para ela, infelizmente. Segunda depois das 14h pode ser.",
            ((7, "14:00", "17:00"),),
            "recruiter",
        ),
        (
            "pt",
            "O horário de quarta já não é possível. Pode ser sexta de manhã?",
            ((4, "09:00", "12:00"),),
            "candidate",
        ),
    )
)
# 4. a numeric date written with its weekday where the zone is in the Americas: the order
#    that is a date, and falls on that weekday, is meant ("terça 8/12" is 8 December).
PROBES_R18TB += tuple(
    P("numeric-date", lang, text, "availability", want, zone=zone)
    for lang, zone, text, want in (
        (
            "pt",
            "America/Sao_Paulo",
            "Posso terça 8/12 das 14h às 16h ou quarta 9/12 de manhã.",
            ((8, "14:00", "16:00"), (9, "09:00", "12:00")),
        ),
        (
            "es",
            "America/Mexico_City",
            "Puedo el jueves 10/12 a partir de las 3.",
            ((10, "15:00", "17:00"),),
        ),
        ("es", "America/Bogota", "El martes 15/12 de 9 a 11 me sirve.", ((15, "09:00", "11:00"),)),
        ("pt", "America/Sao_Paulo", "Segunda 14/12 à tarde está ótimo.", ((14, "12:00", "17:00"),)),
        (
            "fr",
            "America/Toronto",
            "Je suis libre mercredi 16/12 en matinée.",
            ((16, "09:00", "12:00"),),
        ),
        (
            "en",
            ET,
            "Tue 12/8 after 2 or Wed 12/9 morning.",
            ((8, "14:00", "17:00"), (9, "09:00", "12:00")),
        ),
        (
            "pt",
            "America/Sao_Paulo",
            "Pode ser quinta-feira, 10/12, às 10h.",
            ((10, "10:00", "11:00"),),
        ),
        ("en", ET, "Could do Mon 12/14 at 3.", ((14, "15:00", "16:00"),)),
        ("es", "America/Mexico_City", "El lunes 7/12 de 10 a 12.", ((7, "10:00", "12:00"),)),
    )
)
# 5. someone else's state after the days, relayed by an assistant or a recruiter ("he is in
#    board meetings", "elle est en déplacement", "ist er im Werk", "está de viaje").
PROBES_R18TB += tuple(
    P("relay", lang, text, "availability", want, role="recruiter")
    for lang, text, want in (
        (
            "en",
            "Monday and Friday he is in board meetings. Tuesday after 2 works.",
            ((8, "14:00", "17:00"),),
        ),
        (
            "en",
            "Thursday she's tied up with exams; Wednesday from 10 is fine.",
            ((2, "10:00", "17:00"),),
        ),
        ("en", "Friday they're away, but Thursday morning works.", ((3, "09:00", "12:00"),)),
        (
            "fr",
            "Lundi et vendredi il est pris en comité. Mardi après 14h lui convient.",
            ((8, "14:00", "17:00"),),
        ),
        (
            "fr",
            "Jeudi elle est en déplacement ; mercredi à partir de 10h.",
            ((2, "10:00", "17:00"),),
        ),
        (
            "de",
            "Montag und Freitag ist er im Vorstand. Dienstag ab 14 Uhr geht.",
            ((8, "14:00", "17:00"),),
        ),
        ("de", "Donnerstag ist sie unterwegs, Mittwoch ab 10 Uhr passt.", ((2, "10:00", "17:00"),)),
        (
            "es",
            "El lunes y el viernes está de viaje. El martes a partir de las 2 le va bien.",
            ((8, "14:00", "17:00"),),
        ),
        (
            "es",
            "El jueves él está ocupado todo el día; el miércoles desde las 10.",
            ((2, "10:00", "17:00"),),
        ),
        (
            "pt",
            "Segunda e sexta ele está em reuniões do conselho. Terça depois das 14h dá.",
            ((8, "14:00", "17:00"),),
        ),
        ("pt", "Quinta ela está viajando; quarta a partir das 10h.", ((2, "10:00", "17:00"),)),
    )
)
# 6. someone's words the recruiter pastes as a ">" quote under a line introducing them ("Ana
#    just replied:", "Sie schreibt:"): the relayed answer, not quoted history.
PROBES_R18TB += tuple(
    P("relay", lang, text, "availability", want, role="recruiter")
    for lang, text, want in (
        (
            "en",
            "Ana just replied:\n\n> Thursday no longer works for me. Monday 7th 10-12 instead?"
            "\n\nCan you rework the options?",
            ((7, "10:00", "12:00"),),
        ),
        (
            "en",
            "Hi team,\nHere's what Tom sent me:\n> Can't do Wednesday after all, Friday morning"
            " would suit.\nThanks",
            ((4, "09:00", "12:00"),),
        ),
        (
            "fr",
            "Voici la réponse de la candidate :\n> Jeudi n'est plus possible. Lundi 7 de 10h à"
            " 12h ?\nPeux-tu revoir les créneaux ?",
            ((7, "10:00", "12:00"),),
        ),
        (
            "fr",
            "Bonjour,\nIl m'a répondu ceci :\n\n> Mardi après 15h ou mercredi matin.\n\nMerci",
            ((2, "09:00", "12:00"), (8, "15:00", "17:00")),
        ),
        (
            "de",
            "Sie schreibt:\n> Donnerstag geht nicht mehr. Montag 7.12. von 10 bis 12 Uhr?",
            ((7, "10:00", "12:00"),),
        ),
        (
            "de",
            "Hallo,\nseine Antwort:\n> Freitag ab 13 Uhr wäre ideal.\nGruß",
            ((4, "13:00", "17:00"),),
        ),
        (
            "es",
            "Esto me contestó la candidata:\n> El jueves ya no es posible. El lunes 7 de 10 a 12"
            " mejor.",
            ((7, "10:00", "12:00"),),
        ),
        (
            "es",
            "Hola,\nte copio lo que dice:\n\n> Puedo el miércoles por la tarde o el viernes a las"
            " 10.\n\nSaludos",
            ((2, "12:00", "17:00"), (4, "10:00", "11:00")),
        ),
        (
            "pt",
            "Olha o que ela respondeu:\n> Quinta já não dá. Segunda 7 das 10h às 12h seria melhor.",
            ((7, "10:00", "12:00"),),
        ),
        (
            "pt",
            "Oi,\nresposta dele:\n> Terça depois das 14h ou quarta de manhã.\nAbs",
            ((2, "09:00", "12:00"), (8, "14:00", "17:00")),
        ),
    )
)
# 7. a refusal that stands for the days just named by "there" or "then" ("da geht leider gar
#    nichts", "aí não dá", "là c'est impossible", "ahí no puedo", "nothing possible then").
PROBES_R18TB += tuple(
    P("ruled-out", lang, text, "availability", want)
    for lang, text, want in (
        (
            "de",
            "Dienstag und Mittwoch habe ich ganztägig Aufsicht, da geht leider gar nichts. "
            "Montagnachmittag.",
            ((7, "12:00", "17:00"),),
        ),
        (
            "de",
            "Am Donnerstag bin ich in Hamburg, da kann ich leider nicht. Freitag ab 10.",
            ((4, "10:00", "17:00"),),
        ),
        (
            "de",
            "Montag habe ich Gremiensitzung, dann klappt nichts. Dienstag ab 14 Uhr.",
            ((8, "14:00", "17:00"),),
        ),
        (
            "pt",
            "Terça e quarta tenho banca o dia todo, aí não dá. Segunda à tarde.",
            ((7, "12:00", "17:00"),),
        ),
        (
            "pt",
            "Quinta estou com a diretoria o dia inteiro, então não dá. Sexta de manhã.",
            ((4, "09:00", "12:00"),),
        ),
        (
            "pt",
            "Na segunda tenho plantão, aí já não consigo. Terça depois das 15h.",
            ((8, "15:00", "17:00"),),
        ),
        (
            "en",
            "Tuesday and Wednesday I have exam duty all day, there's nothing possible then. "
            "Monday afternoon.",
            ((7, "12:00", "17:00"),),
        ),
        (
            "fr",
            "Mardi et mercredi j'ai des surveillances toute la journée, là c'est impossible. "
            "Lundi après-midi.",
            ((7, "12:00", "17:00"),),
        ),
        (
            "es",
            "El martes y el miércoles tengo tribunal todo el día, ahí no puedo. "
            "El lunes por la tarde.",
            ((7, "12:00", "17:00"),),
        ),
    )
)
# 8. a per-day list entry that names what fills the day, with no hours and no word of offering
#    ("Tue 8: quarterly review", "mardi 8 : déplacement à Lyon", "Di: Klausurtagung"): the day
#    is taken; an entry that offers in words ("free all day", "cuando quieras") stays offered.
PROBES_R18TB += tuple(
    P("per-day", lang, text, "availability", want)
    for lang, text, want in (
        (
            "en",
            "Mon 7: 10-12\nTue 8: quarterly review all day\nWed 9: after 2",
            ((7, "10:00", "12:00"), (9, "14:00", "17:00")),
        ),
        (
            "en",
            "- Thu 3: from 3\n- Fri 4: client visit\n- Mon 7: anytime",
            ((3, "15:00", "17:00"), (7, "09:00", "17:00")),
        ),
        (
            "fr",
            "lundi 7 : 10h-12h\nmardi 8 : déplacement à Lyon\nmercredi 9 : après 14h",
            ((7, "10:00", "12:00"), (9, "14:00", "17:00")),
        ),
        (
            "fr",
            "- jeudi 10 : comité de direction\n- vendredi 11 : 9h-10h",
            ((11, "09:00", "10:00"),),
        ),
        (
            "de",
            "Mo 7.12.: 10-12 Uhr\nDi 8.12.: Klausurtagung\nMi 9.12.: ab 14 Uhr",
            ((7, "10:00", "12:00"), (9, "14:00", "17:00")),
        ),
        (
            "de",
            "Donnerstag: Betriebsversammlung den ganzen Tag\nFreitag: 9-11 Uhr",
            ((4, "09:00", "11:00"),),
        ),
        (
            "es",
            "Lunes 7: de 10 a 12\nMartes 8: viaje a Lima\nMiércoles 9: desde las 4",
            ((7, "10:00", "12:00"), (9, "16:00", "17:00")),
        ),
        (
            "es",
            "- Jueves 10: auditoría todo el día\n- Viernes 11: de 9 a 12",
            ((11, "09:00", "12:00"),),
        ),
        (
            "pt",
            "Seg 7: 10h-12h\nTer 8: reunião de diretoria o dia todo\nQua 9: depois das 14h",
            ((7, "10:00", "12:00"), (9, "14:00", "17:00")),
        ),
        (
            "pt",
            "- quinta 10: visita à fábrica\n- sexta 11: das 9h às 12h",
            ((11, "09:00", "12:00"),),
        ),
        (
            "en",
            "Mon 7: 10-12\nTue 8: free all day\nWed 9: after 2",
            ((7, "10:00", "12:00"), (8, "09:00", "17:00"), (9, "14:00", "17:00")),
        ),
        (
            "fr",
            "lundi 7 : 10h-12h\nmardi 8 : toute la journée\nmercredi 9 : libre",
            ((7, "10:00", "12:00"), (8, "09:00", "17:00"), (9, "09:00", "17:00")),
        ),
        (
            "de",
            "Mo 7.12.: 10-12 Uhr\nDi 8.12.: ganztägig frei\nMi 9.12.: flexibel",
            ((7, "10:00", "12:00"), (8, "09:00", "17:00"), (9, "09:00", "17:00")),
        ),
        (
            "es",
            "Lunes 7: de 10 a 12\nMartes 8: cuando quieras\nMiércoles 9: libre",
            ((7, "10:00", "12:00"), (8, "09:00", "17:00"), (9, "09:00", "17:00")),
        ),
        (
            "pt",
            "Seg 7: 10h-12h\nTer 8: livre o dia todo\nQua 9: à vontade",
            ((7, "10:00", "12:00"), (8, "09:00", "17:00"), (9, "09:00", "17:00")),
        ),
    )
)
ALL_PROBES += PROBES_R18TB


# Round 19 (r19pv): every option refused for a stretch away or for word still to come (the days
# named are why the options fail, so none is offered), every option passed on by a verb of
# declining, an option named by an abbreviated ordinal beside an errand for the candidate, an
# offer that waits on someone's approval, an option refused by its rank and another named by its
# day and clock in the sender's zone.
_R19PV_LONDON = {**_PICK, "zone": "Europe/London"}  # options: Wed 18:00, Thu 15:00, Wed 21:00
_R19PV_BERLIN = {**_PICK, "zone": "Europe/Berlin"}  # options: Wed 19:00, Thu 16:00, Wed 22:00


def _r19pv_no(lang: str, text: str) -> Probe:
    return P("pick", lang, text, "decline", **_PICK)


PROBES_R19PV: tuple[Probe, ...] = tuple(
    _r19pv_no(lang, text)
    for lang, text in (
        # every option refused, the reason a stretch away or word still to come on those days
        (
            "en",
            "Sorry, none of these work. I'm at a trade fair in Milan from the 2nd to the 4th."
            " I'll send new times when I'm back.",
        ),
        (
            "en",
            "Can't make any of the three I'm afraid, I'm on jury service Wednesday and Thursday."
            " Will come back to you with other dates.",
        ),
        ("en", "none of those work, offsite wed and thu. will send times next week"),
        (
            "fr",
            "Malheureusement aucune de ces dates ne me convient : je suis en séminaire mercredi et"
            " jeudi. Je reviens vers vous dès mon retour.",
        ),
        (
            "fr",
            "Aucun des trois créneaux ne me va, je ne reçois mon planning que mercredi. Je vous"
            " recontacte ensuite.",
        ),
        (
            "de",
            "Leider passt mir keiner der Termine, ich bin von Mittwoch bis Freitag auf einer Messe"
            " in Köln. Ich melde mich, sobald ich zurück bin.",
        ),
        (
            "de",
            "Keiner der drei Vorschläge geht – meinen Dienstplan bekomme ich erst am Mittwoch."
            " Dann melde ich mich.",
        ),
        (
            "es",
            "Lo siento, ninguna de las tres opciones me va: estoy en un congreso en Sevilla el"
            " miércoles y el jueves. Les escribo con otras fechas a la vuelta.",
        ),
        (
            "es",
            "No puedo en ninguna de las tres, hasta el miércoles no me dan el cuadrante. Les aviso"
            " entonces.",
        ),
        (
            "pt",
            "Infelizmente nenhuma das opções dá, estou numa feira em Lisboa de quarta a sexta."
            " Envio novos horários quando voltar.",
        ),
        (
            "pt",
            "Nenhum dos três horários serve — só recebo a escala na quarta. Depois digo alguma"
            " coisa.",
        ),
        # every option passed on, turned down by a verb of declining
        ("en", "I'll have to pass on all three, sorry — work is mad right now. I'll be in touch."),
        ("en", "Have to decline all of these unfortunately. Will get back to you."),
        ("en", "Going to have to say no to all three slots, apologies."),
        ("fr", "Je vais devoir décliner les trois propositions, désolé. Je reviens vers vous."),
        ("fr", "Je dois malheureusement refuser ces trois créneaux."),
        ("de", "Bei allen drei Terminen muss ich leider passen. Ich melde mich."),
        ("de", "Da muss ich leider bei allen Vorschlägen passen."),
        ("de", "Alle drei Termine muss ich leider absagen."),
        ("es", "Tengo que rechazar las tres opciones, lo siento. Les escribo pronto."),
        ("es", "Me toca declinar las tres propuestas, disculpen."),
        ("pt", "Vou ter de recusar as três opções, desculpem. Depois dou notícias."),
        ("pt", "Tenho de declinar todos os horários propostos, infelizmente."),
    )
)
PROBES_R19PV += (
    # the stretch away spares a day outside it, which is offered
    P(
        "pick",
        "en",
        "None of these work as I'm away Wednesday and Thursday, but Friday afternoon is free.",
        "availability",
        ((4, "12:00", "17:00"),),
        **_PICK,
    ),
    P(
        "pick",
        "de",
        "Keiner der Termine passt, Mittwoch und Donnerstag bin ich auf Schulung. Freitag ab 13"
        " Uhr ginge.",
        "availability",
        ((4, "13:00", "17:00"),),
        **_PICK,
    ),
    # passing on some options by name leaves the other one picked
    P(
        "pick",
        "en",
        "I'll pass on the Wednesday ones; Thursday works.",
        "accept",
        selected=2,
        **_PICK,
    ),
)
PROBES_R19PV += tuple(
    P("pick", lang, text, "accept", selected=n, role="client", **_PICK)
    for lang, text, n in (
        # an option by an abbreviated ordinal, beside an errand for the candidate
        ("pt", "fica a 3ª. peçam-lhe que traga o CV impresso", 3),
        ("pt", "1a opção ok, q venha com os certificados", 1),
        ("en", "2nd one's fine. tell him to bring his portfolio", 2),
        ("en", "the 3rd option works - pls ask her to bring ID for reception", 3),
        ("fr", "la 2e me va. dites-lui d'apporter ses diplômes", 2),
        ("fr", "OK pour la 1ère, qu'il pense à apporter son book", 1),
        ("de", "Der 2. Termin passt. Sagen Sie ihr bitte, sie soll ihre Zeugnisse mitbringen.", 2),
        ("es", "la 2ª me va bien. díganle que traiga el portafolio", 2),
        ("es", "el 3º horario sirve, que traiga el DNI", 3),
    )
)
PROBES_R19PV += tuple(
    _r16v(lang, text, "hold")
    for lang, text in (
        # the favourite, but the offer waits on someone's approval: a hold
        (
            "en",
            "He's our front-runner. Before we can put an offer together, the board has to sign"
            " off the role, usually a couple of weeks. Please keep him warm.",
        ),
        (
            "en",
            "Loved her, she's top of our list. We need HR approval before any offer though, which"
            " takes about ten days. Keep her interested in the meantime.",
        ),
        (
            "fr",
            "C'est notre favori. Avant de pouvoir lui faire une offre, le comité de direction doit"
            " valider le poste, ce qui prend en général deux semaines. Merci de le garder au"
            " chaud.",
        ),
        (
            "fr",
            "Elle nous a convaincus. Il nous faut toutefois l'accord du CSE avant toute"
            " proposition, comptez trois semaines.",
        ),
        (
            "de",
            "Er ist unser Wunschkandidat. Bevor wir ihm ein Angebot schicken, muss die"
            " Geschäftsleitung die Stelle freigeben; das dauert etwa drei Wochen.",
        ),
        (
            "de",
            "Sie ist unsere erste Wahl, aber vor einem Angebot müssen wir noch die Zustimmung des"
            " Aufsichtsrats abwarten. Bitte halten Sie sie warm.",
        ),
        (
            "es",
            "Es nuestra favorita. Antes de poder hacerle una oferta, el comité de empresa tiene"
            " que aprobar el puesto; suele tardar dos semanas.",
        ),
        (
            "es",
            "Nos convenció en la segunda entrevista. Antes de cualquier oferta necesitamos la"
            " aprobación de dirección, unas tres semanas.",
        ),
        (
            "pt",
            "É a nossa favorita. Antes de avançarmos com uma proposta, a administração tem de"
            " aprovar a vaga — costuma levar duas semanas.",
        ),
        (
            "pt",
            "Gostámos muito dele na segunda entrevista. Mas antes de lhe fazermos uma proposta"
            " temos de aguardar a aprovação do orçamento.",
        ),
    )
)
PROBES_R19PV += tuple(
    P("pick", lang, text, "accept", selected=n, **kw)
    for lang, text, n, kw in (
        # an option refused by its rank, another named by its day and clock in the sender's zone
        (
            "en",
            "Option 1 is too late in the evening for me, so not that one. I'll go for the"
            " Thursday 3pm (my time).",
            2,
            _R19PV_LONDON,
        ),
        (
            "en",
            "The first is during my commute, I'd skip it. Happy with the one at 9pm my time on"
            " Wednesday.",
            3,
            _R19PV_LONDON,
        ),
        (
            "en",
            "Not the 2nd one, that's 3pm here and I'm teaching. Wednesday at 9pm works for me.",
            3,
            _R19PV_LONDON,
        ),
        (
            "fr",
            "Le premier tombe à 19h chez moi, je préfère l'éviter. Je prends celui du jeudi à 16h.",
            2,
            {**_PICK, "zone": "Europe/Paris"},
        ),
        (
            "de",
            "Der erste liegt bei mir um 19 Uhr, das wäre ungünstig. Ich nehme den am Donnerstag"
            " um 16 Uhr.",
            2,
            _R19PV_BERLIN,
        ),
        (
            "de",
            "Die zweite Option wäre bei mir 16 Uhr, da arbeite ich noch. Mittwoch 22 Uhr passt.",
            3,
            _R19PV_BERLIN,
        ),
        (
            "es",
            "La primera me cae a las 19 h aquí, prefiero evitarla. Me quedo con la del jueves a"
            " las 16 h.",
            2,
            {**_PICK, "zone": "Europe/Madrid"},
        ),
        (
            "pt",
            "A primeira calha às 18h aqui, prefiro evitar. Fico com a de quinta às 15h.",
            2,
            {**_PICK, "zone": "Europe/Lisbon"},
        ),
    )
)
PROBES_R19PV += tuple(
    _r16v(lang, text, outcome)
    for lang, text, outcome in (
        # the candidate to be kept interested while the decision waits: a hold
        ("en", "Strong candidate. Please keep her engaged for now, more from us soon.", "hold"),
        ("en", "Liked him a lot. Can you keep him interested for another week or two?", "hold"),
        ("fr", "Très bon profil. Gardez-la au chaud, nous revenons vers vous.", "hold"),
        ("de", "Hat uns gut gefallen. Bitte halten Sie ihn noch ein paar Wochen warm.", "hold"),
        ("de", "Halten Sie sie bitte bei Laune, wir brauchen noch etwas Zeit.", "hold"),
        ("es", "Nos gustó mucho. Mantenedla interesada unas semanas, por favor.", "hold"),
        ("es", "Manténganlo enganchado, en dos semanas les decimos algo.", "hold"),
        ("pt", "Gostámos muito. Mantenham-na interessada mais umas semanas.", "hold"),
        ("pt", "Mantenha-o motivado, por favor; ainda estamos a ver.", "hold"),
        # the round held named as where something happened is no further round
        (
            "en",
            "She was impressive in the second interview. We'd like to make her an offer.",
            "offer",
        ),
        ("en", "He fell flat during the final interview, so it's a no from us.", "reject"),
        (
            "fr",
            "Lors du deuxième entretien, elle nous a convaincus : nous allons lui faire une offre.",
            "offer",
        ),
        ("de", "Im zweiten Gespräch hat er leider nicht überzeugt. Wir sagen ab.", "reject"),
        (
            "de",
            "Beim zweiten Interview war sie stark, wir möchten ihr ein Angebot machen.",
            "offer",
        ),
        ("es", "En la segunda entrevista estuvo flojo; no seguimos con él.", "reject"),
        (
            "pt",
            "Na segunda entrevista esteve muito bem, mas ainda estamos a ver outros candidatos.",
            "hold",
        ),
        ("pt", "No segundo encontro ela brilhou. Vamos fazer-lhe uma proposta.", "offer"),
        # another round still to come keeps its article: "in a second interview"
        ("en", "We'd like to see him in a second interview with the CTO.", "advance"),
        ("de", "Wir würden sie gern in einem zweiten Gespräch näher kennenlernen.", "advance"),
    )
)
# a zone heading a relayed list of times ("her times (CET):") applies to every line of it;
# the reader's own zone is Berlin, so UK hours read one hour later
_R19PV_RELAYED = ((3, "12:00", "18:00"), (4, "15:00", "17:30"))
PROBES_R19PV += tuple(
    P("relay", lang, text, "availability", windows, role="recruiter", zone="Europe/Berlin")
    for lang, text, windows in (
        (
            "en",
            "Tom's new times, all UK time:\n\n- Thu 3 Dec after 11\n- Fri 4 Dec 2-4:30\n\n"
            "Please book one of these.",
            _R19PV_RELAYED,
        ),
        (
            "en",
            "Her availability (GMT):\n* Thursday 10-12\n* Friday after 2",
            ((3, "11:00", "13:00"), (4, "15:00", "18:00")),
        ),
        ("en", "Times from Sam, UK time:\n- Thursday after 11\n- Friday 2-4:30", _R19PV_RELAYED),
        (
            "fr",
            "Nouvelles disponibilités de Léa (GMT) :\n\n- jeudi 3 déc. après 11h\n"
            "- vendredi 4 déc. 14h-16h30",
            _R19PV_RELAYED,
        ),
        (
            "de",
            "Neue Zeiten von Jonas, britische Zeit (GMT):\n- Do. 3.12. ab 11 Uhr\n"
            "- Fr. 4.12. 14-16:30 Uhr",
            _R19PV_RELAYED,
        ),
        (
            "es",
            "Nuevos horarios de Lucía (GMT):\n- jueves 3 de diciembre después de las 11\n"
            "- viernes 4 de 14 a 16:30",
            _R19PV_RELAYED,
        ),
        (
            "pt",
            "Novos horários da Inês (GMT):\n\n- quinta, 3/12, depois das 11h\n"
            "- sexta, 4/12, das 14h às 16h30",
            _R19PV_RELAYED,
        ),
        (
            "en",
            "Candidate's slots below, UK time:\n\nThursday 3rd: after 11\nFriday 4th: 2-4:30",
            _R19PV_RELAYED,
        ),
    )
)
ALL_PROBES += PROBES_R19PV


def _r19wr(lang: str, text: str, windows: Windows) -> Probe:
    zone = {"fr": _PARIS, "es": _MADRID, "de": _BERLIN, "pt": _LISBON}.get(lang, ET)
    return P("ruled-out", lang, text, "availability", windows, zone=zone)


# Round 19: days named with what fills them, then refused all at once by a word that points back
# at them ("those two days", "ces deux jours-là", "diese beiden Tage", "esos dos días", "esses
# dois dias", "not that day"), before or after the refusal; the days offered after stand.
PROBES_R19WR: tuple[Probe, ...] = (
    _r19wr(
        "en",
        "Next week Monday and Tuesday I'm covering the front desk, so those two days won't "
        "work. Wednesday or Thursday afternoon is fine.",
        each_day((9, 10), "12:00", "17:00"),
    ),
    _r19wr(
        "en",
        "Monday and Tuesday next week are our quarterly close, so not those days please. "
        "Wednesday from 11 works.",
        ((9, "11:00", "17:00"),),
    ),
    _r19wr(
        "en",
        "wed im helping my brother move so not that day. thu after 2 works",
        ((3, "14:00", "17:00"),),
    ),
    _r19wr(
        "en",
        "Next Monday and Tuesday we have the auditors in; both days are out of the question. "
        "Wednesday morning would suit.",
        ((9, "09:00", "12:00"),),
    ),
    _r19wr(
        "fr",
        "La semaine prochaine, lundi et mardi je garde ma petite-fille, donc impossible ces "
        "deux jours-là. Mercredi ou jeudi matin me conviendrait.",
        each_day((9, 10), "09:00", "12:00"),
    ),
    _r19wr(
        "fr",
        "Lundi et mardi prochains j'accompagne une sortie scolaire ; ces deux journées sont "
        "exclues. Mercredi après 14h.",
        ((9, "14:00", "17:00"),),
    ),
    _r19wr(
        "de",
        "Nächste Woche Montag und Dienstag vertrete ich die Filialleitung, diese beiden Tage "
        "gehen also nicht. Mittwoch oder Donnerstag ab 10 Uhr passt.",
        each_day((9, 10), "10:00", "17:00"),
    ),
    _r19wr(
        "de",
        "Nächsten Montag und Dienstag haben wir Inventur, an diesen beiden Tagen kann ich "
        "leider nicht. Mittwoch vormittags.",
        ((9, "09:00", "12:00"),),
    ),
    _r19wr(
        "de",
        "Mittwoch kommt der Handwerker, an dem Tag also nicht. Donnerstag nachmittags gern.",
        ((3, "12:00", "17:00"),),
    ),
    _r19wr(
        "es",
        "La semana que viene el lunes y el martes tengo auditoría en la planta, así que esos "
        "dos días no puedo. El miércoles o el jueves por la tarde sí.",
        each_day((9, 10), "12:00", "17:00"),
    ),
    _r19wr(
        "es",
        "El lunes y el martes que vienen ayudo a mi madre con la mudanza, esos dos días "
        "imposible. El miércoles a partir de las 10.",
        ((9, "10:00", "17:00"),),
    ),
    _r19wr(
        "es",
        "El jueves llevo a mi padre al hospital, ese día no puedo. El viernes por la mañana sí.",
        ((4, "09:00", "12:00"),),
    ),
    _r19wr(
        "pt",
        "Na próxima semana segunda e terça acompanho uma auditoria, por isso esses dois dias "
        "estão fora de questão. Quarta ou quinta de manhã pode ser.",
        each_day((9, 10), "09:00", "12:00"),
    ),
    _r19wr(
        "pt",
        "Segunda e terça da semana que vem cuido da minha avó, os dois dias não dá. Quarta "
        "depois das 14h.",
        ((9, "14:00", "17:00"),),
    ),
)
# A part of day preferred after the days, then the reason: what fills the other part of day,
# told with a verb before it ("since I teach in the afternoons", "car j'ai cours l'après-midi"),
# is why, not a refusal of the part preferred or of the days
_THU_FRI_MORNINGS = each_day((3, 4), "09:00", "12:00")
PROBES_R19WR += tuple(
    _r19wr(lang, text, _THU_FRI_MORNINGS)
    for lang, text in (
        (
            "en",
            "Thursday or Friday would be great, mornings ideally since I'm editing in the"
            " afternoons.",
        ),
        ("en", "Thursday or Friday suits, ideally mornings as I teach in the afternoons."),
        ("en", "thu or fri works, mornings pls cos i coach the juniors in the afternoons"),
        ("fr", "Jeudi ou vendredi, plutôt le matin car j'ai cours l'après-midi."),
        (
            "fr",
            "Jeudi ou vendredi me conviennent, de préférence le matin puisque je donne des"
            " consultations l'après-midi.",
        ),
        (
            "de",
            "Donnerstag oder Freitag passt, am liebsten vormittags, weil ich am Nachmittag im"
            " Studio schneide.",
        ),
        (
            "de",
            "Donnerstag oder Freitag geht, lieber vormittags, da ich nachmittags Vorlesung habe.",
        ),
        (
            "es",
            "El jueves o el viernes me va bien, mejor por la mañana, ya que doy clase por las"
            " tardes.",
        ),
        (
            "es",
            "Jueves o viernes, preferiblemente por la mañana porque tengo guardia por la tarde.",
        ),
        ("pt", "Quinta ou sexta dá, de preferência de manhã porque fico no estúdio à tarde."),
        ("pt", "Quinta ou sexta, melhor de manhã, já que dou aulas à tarde."),
    )
)
# Out of reach, in any words, takes the days it is told of, right after them or a few words on
# (what keeps the sender there told first: "auf der Hütte ohne Netz", "en mer et injoignable")
PROBES_R19WR += (
    _r19wr(
        "en",
        "Wednesday and Thursday I'm out on the rig with no signal, so Friday afternoon is best.",
        ((4, "12:00", "17:00"),),
    ),
    _r19wr(
        "en",
        "I'm off the grid Wednesday and Thursday (hiking trip). Friday any time.",
        ((4, "09:00", "17:00"),),
    ),
    _r19wr("en", "wed and thu basically unreachable, fri morning ok", ((4, "09:00", "12:00"),)),
    _r19wr(
        "fr",
        "Mercredi et jeudi je suis en mer et injoignable. Vendredi après-midi me va.",
        ((4, "12:00", "17:00"),),
    ),
    _r19wr(
        "fr",
        "Je serai injoignable mercredi et jeudi (tournage en montagne) ; vendredi matin c'est bon.",
        ((4, "09:00", "12:00"),),
    ),
    _r19wr(
        "de",
        "Mittwoch und Donnerstag bin ich auf der Hütte ohne Netz. Freitag ab 10 Uhr passt.",
        ((4, "10:00", "17:00"),),
    ),
    _r19wr(
        "de",
        "Am Mittwoch und Donnerstag bin ich unerreichbar, Freitag nachmittags gerne.",
        ((4, "12:00", "17:00"),),
    ),
    _r19wr(
        "es",
        "El miércoles y el jueves estoy en el barco sin cobertura. El viernes por la tarde me va "
        "bien.",
        ((4, "12:00", "17:00"),),
    ),
    _r19wr(
        "es",
        "Miércoles y jueves estaré ilocalizable por un rodaje; el viernes a partir de las 11 sí.",
        ((4, "11:00", "17:00"),),
    ),
    _r19wr(
        "pt",
        "Quarta e quinta estou no navio sem sinal. Sexta de manhã pode ser.",
        ((4, "09:00", "12:00"),),
    ),
    _r19wr(
        "pt",
        "Vou estar incontactável quarta e quinta, sexta à tarde dá.",
        ((4, "12:00", "17:00"),),
    ),
)
# Weekdays a phone lists with spaces alone or short names, then one time for them all
PROBES_R19WR += (
    _r19wr("en", "wed thu fri after 3 is fine", each_day((2, 3, 4), "15:00", "17:00")),
    _r19wr("en", "Wed Thu Fri mornings work", each_day((2, 3, 4), "09:00", "12:00")),
    _r19wr("en", "can do thu fri any time after 1", each_day((3, 4), "13:00", "17:00")),
    _r19wr("de", "Mi Do Fr ab 15 Uhr", each_day((2, 3, 4), "15:00", "17:00")),
    _r19wr("de", "mi do fr nachmittags passt", each_day((2, 3, 4), "12:00", "17:00")),
    _r19wr("pt", "qui ou sex de manha da certo", each_day((3, 4), "09:00", "12:00")),
    _r19wr("pt", "qua, qui ou sex à tarde", each_day((2, 3, 4), "12:00", "17:00")),
    _r19wr("pt", "qua qui sex depois das 14h tô livre", each_day((2, 3, 4), "14:00", "17:00")),
)
ALL_PROBES += PROBES_R19WR


# Round 19, time of day (r19ws): the kinds behind held-out misses, in other words.
# A quarter said toward the hour named, as "halb" is (Austria, the German east: "viertel elf" is
# 10:15, "drei viertel elf" 10:45), beside the quarters the other languages say past or to
PROBES_R19WS: tuple[Probe, ...] = (
    P(
        "time-of-day",
        "de",
        "Freitag ab viertel elf ginge es bei mir.",
        "availability",
        ((4, "10:15", "17:00"),),
    ),
    P(
        "time-of-day",
        "de",
        "Donnerstag um drei viertel zehn wäre gut.",
        "availability",
        ((3, "09:45", "10:45"),),
    ),
    P(
        "time-of-day",
        "de",
        "Mittwoch passt mir ab viertel drei, vorher habe ich Unterricht.",
        "availability",
        ((2, "14:15", "17:00"),),
    ),
    P(
        "time-of-day",
        "de",
        "Am Montag könnte ich von viertel zehn bis zwölf.",
        "availability",
        ((7, "09:15", "12:00"),),
    ),
    P(
        "time-of-day",
        "de",
        "Do um dreiviertel drei oder Fr um viertel neun",
        "availability",
        ((3, "14:45", "15:45"), (4, "08:15", "09:15")),
    ),
    P(
        "time-of-day",
        "de",
        "Freitag bis drei viertel zwölf, danach muss ich los.",
        "availability",
        ((4, "09:00", "11:45"),),
    ),
    P(
        "time-of-day",
        "de",
        "Donnerstag zwischen viertel elf und halb eins hätte ich Zeit.",
        "availability",
        ((3, "10:15", "12:30"),),
    ),
    P(
        "time-of-day",
        "de",
        "Geht auch Freitag um Viertel 11?",
        "availability",
        ((4, "10:15", "11:15"),),
    ),
    P(
        "time-of-day",
        "en",
        "Thursday at quarter past ten or Friday from quarter to two.",
        "availability",
        ((3, "10:15", "11:15"), (4, "13:45", "17:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi à dix heures et quart, ou vendredi à partir de deux heures moins le quart.",
        "availability",
        ((3, "10:15", "11:15"), (4, "13:45", "17:00")),
    ),
    P(
        "time-of-day",
        "es",
        "El jueves a las diez y cuarto o el viernes desde las dos menos cuarto.",
        "availability",
        ((3, "10:15", "11:15"), (4, "13:45", "17:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta às dez e um quarto ou sexta a partir de quinze para as duas.",
        "availability",
        ((3, "10:15", "11:15"), (4, "13:45", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Half ten on Thursday suits, or Friday any time after half one.",
        "availability",
        ((3, "10:30", "11:30"), (4, "13:30", "17:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Ein Viertel der Woche bin ich unterwegs, aber Donnerstag ab 10 geht.",
        "availability",
        ((3, "10:00", "17:00"),),
    ),
)
# The day it is, named as such or as the day the sender writes on, is no day offered
_LATE_NIGHT = "Tue, 01 Dec 2026 00:40:00 -0500"
PROBES_R19WS += (
    P(
        "time-of-day",
        "es",
        "perdona, ya es martes y hoy no puedo, pero mañana por la tarde sí.",
        "availability",
        ((2, "12:00", "17:00"),),
        date=_LATE_NIGHT,
    ),
    P(
        "time-of-day",
        "en",
        "Sorry, it's already Tuesday here so today is out - Thursday after 10 works.",
        "availability",
        ((3, "10:00", "17:00"),),
        date=_LATE_NIGHT,
    ),
    P(
        "time-of-day",
        "fr",
        "Désolé, on est déjà mardi et aujourd'hui c'est impossible ; jeudi matin plutôt.",
        "availability",
        ((3, "09:00", "12:00"),),
        date=_LATE_NIGHT,
    ),
    P(
        "time-of-day",
        "de",
        "Es ist ja schon Dienstag, heute klappt es nicht mehr. Donnerstag ab 14 Uhr.",
        "availability",
        ((3, "14:00", "17:00"),),
        date=_LATE_NIGHT,
    ),
    P(
        "time-of-day",
        "pt",
        "Já é terça, hoje não consigo; quinta de manhã pode ser.",
        "availability",
        ((3, "09:00", "12:00"),),
        date=_LATE_NIGHT,
    ),
    P(
        "time-of-day",
        "pt",
        "Desculpe responder ao sábado. Segunda de manhã posso.",
        "availability",
        ((7, "09:00", "12:00"),),
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "en",
        "Apologies for emailing on a Saturday! Monday afternoon suits me.",
        "availability",
        ((7, "12:00", "17:00"),),
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "fr",
        "Pardon de vous écrire un samedi. Lundi après 14h je suis libre.",
        "availability",
        ((7, "14:00", "17:00"),),
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "es",
        "Perdona que te escriba en sábado; el lunes por la mañana me va bien.",
        "availability",
        ((7, "09:00", "12:00"),),
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "de",
        "Entschuldigung, dass ich mich am Samstag melde. Montag vormittag ginge.",
        "availability",
        ((7, "09:00", "12:00"),),
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "en",
        "today is Saturday so nothing till Monday - mon after 1 is good",
        "availability",
        ((7, "13:00", "17:00"),),
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "es",
        "hoy es sábado, así que hasta el lunes nada; el lunes a partir de las 11.",
        "availability",
        ((7, "11:00", "17:00"),),
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "de",
        "Heute ist Samstag, ich schreibe kurz: Montag ab 11 Uhr passt.",
        "availability",
        ((7, "11:00", "17:00"),),
        date=SATURDAY,
    ),
)
# A part of the day said after the days it narrows, with its reason beside it
_TUE_WED_PM = ((8, "12:00", "17:00"), (9, "12:00", "17:00"))
PROBES_R19WS += (
    P(
        "time-of-day",
        "en",
        "tues or wed works, afternoons tho - stuck in the clinic till noon",
        "availability",
        ((2, "12:00", "17:00"), (8, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Tuesday or Wednesday next week, but only in the afternoon.",
        "availability",
        _TUE_WED_PM,
    ),
    P(
        "time-of-day",
        "en",
        "next tue/wed both fine, afternoons only pls",
        "availability",
        _TUE_WED_PM,
    ),
    P(
        "time-of-day",
        "en",
        "Thu or Fri could work - mornings though, I coach in the afternoons.",
        "availability",
        ((3, "09:00", "12:00"), (4, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "Mardi ou mercredi prochain me conviennent, plutôt l'après-midi par contre.",
        "availability",
        _TUE_WED_PM,
    ),
    P(
        "time-of-day",
        "fr",
        "jeudi ou vendredi ça marche, mais le matin seulement",
        "availability",
        ((3, "09:00", "12:00"), (4, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Nächsten Dienstag oder Mittwoch geht, allerdings nur nachmittags.",
        "availability",
        _TUE_WED_PM,
    ),
    P(
        "time-of-day",
        "de",
        "Do oder Fr passt, aber eher vormittags",
        "availability",
        ((3, "09:00", "12:00"), (4, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "es",
        "El martes o el miércoles que viene me va bien, eso sí, por las tardes.",
        "availability",
        _TUE_WED_PM,
    ),
    P(
        "time-of-day",
        "es",
        "jueves o viernes ok, pero solo por la mañana",
        "availability",
        ((3, "09:00", "12:00"), (4, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "Terça ou quarta da semana que vem dá, mas só à tarde.",
        "availability",
        _TUE_WED_PM,
    ),
    P(
        "time-of-day",
        "pt",
        "quinta ou sexta serve, de manhã de preferência",
        "availability",
        ((3, "09:00", "12:00"), (4, "09:00", "12:00")),
    ),
)
# A whole day spent on a task, told before or after the day, in the progressive or a phone's
# spelling: the day is taken
_FRIDAY_AM = ((4, "09:00", "12:00"),)
PROBES_R19WS += (
    P(
        "ruled-out",
        "en",
        "Friday morning works. I'm setting up the exhibition all day Thursday.",
        "availability",
        _FRIDAY_AM,
    ),
    P(
        "ruled-out",
        "en",
        "friday morning good. thursday im running a workshop all day",
        "availability",
        _FRIDAY_AM,
    ),
    P(
        "ruled-out",
        "en",
        "Friday morning suits. We're moving the warehouse stock all day on Thursday.",
        "availability",
        _FRIDAY_AM,
    ),
    P(
        "ruled-out",
        "en",
        "Thursday I'm marking exams all day, but Friday morning is fine.",
        "availability",
        _FRIDAY_AM,
    ),
    P(
        "ruled-out",
        "fr",
        "Vendredi matin me va. Jeudi je suis en train de monter le stand toute la journée.",
        "availability",
        _FRIDAY_AM,
    ),
    P(
        "ruled-out",
        "fr",
        "Vendredi matin ok ; je serai toute la journée de jeudi à former les nouveaux.",
        "availability",
        _FRIDAY_AM,
    ),
    P(
        "ruled-out",
        "de",
        "Freitagvormittag passt. Donnerstag bin ich den ganzen Tag mit dem Messeaufbau"
        " beschäftigt.",
        "availability",
        _FRIDAY_AM,
    ),
    P(
        "ruled-out",
        "de",
        "Freitag vormittags gerne, Donnerstag habe ich den ganzen Tag Schulung.",
        "availability",
        _FRIDAY_AM,
    ),
    P(
        "ruled-out",
        "es",
        "El viernes por la mañana bien. El jueves estoy montando la feria todo el día.",
        "availability",
        _FRIDAY_AM,
    ),
    P(
        "ruled-out",
        "es",
        "Viernes por la mañana ok, el jueves estaré todo el día dando formación.",
        "availability",
        _FRIDAY_AM,
    ),
    P(
        "ruled-out",
        "pt",
        "Sexta de manhã pode ser. Quinta estou dando formação o dia todo.",
        "availability",
        _FRIDAY_AM,
    ),
    P(
        "ruled-out",
        "pt",
        "sexta de manhã blz, quinta to montando o evento o dia inteiro",
        "availability",
        _FRIDAY_AM,
    ),
    P(
        "ruled-out",
        "en",
        "Thursday I'm free all day, Friday morning too.",
        "availability",
        ((3, "09:00", "17:00"), (4, "09:00", "12:00")),
    ),
    P(
        "ruled-out",
        "en",
        "I'm good all day Thursday, or Friday morning.",
        "availability",
        ((3, "09:00", "17:00"), (4, "09:00", "12:00")),
    ),
)
# Something the sender has at an hour, told by the hour or after it, takes those hours; time,
# a slot or availability had there leaves them free
PROBES_R19WS += (
    P(
        "time-of-day",
        "en",
        "Friday any time before 11 - I have rehearsal from 11:30.",
        "availability",
        ((4, "09:00", "11:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Thursday morning works; I've got band practice from 1pm so not after lunch.",
        "availability",
        ((3, "09:00", "12:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Thursday 10 to 4 works, but from 12 to 1 I have a client lunch.",
        "availability",
        ((3, "10:00", "12:00"), (3, "13:00", "16:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi de 10h à 16h, mais de 12h à 13h j'ai un déjeuner client.",
        "availability",
        ((3, "10:00", "12:00"), (3, "13:00", "16:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "Vendredi avant 11h, j'ai répétition à partir de 11h30.",
        "availability",
        ((4, "09:00", "11:00"),),
    ),
    P(
        "time-of-day",
        "de",
        "Donnerstag von 10 bis 16 Uhr, aber von 12 bis 13 Uhr habe ich ein Geschäftsessen.",
        "availability",
        ((3, "10:00", "12:00"), (3, "13:00", "16:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Freitag vor 11, ab 11:30 habe ich Probe.",
        "availability",
        ((4, "09:00", "11:00"),),
    ),
    P(
        "time-of-day",
        "es",
        "El jueves de 10 a 4, pero de 12 a 1 tengo almuerzo con un proveedor.",
        "availability",
        ((3, "10:00", "12:00"), (3, "13:00", "16:00")),
    ),
    P(
        "time-of-day",
        "es",
        "el viernes antes de las 11, tengo ensayo desde las 11:30",
        "availability",
        ((4, "09:00", "11:00"),),
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta das 10h às 16h, mas das 12h às 13h tenho almoço com um cliente.",
        "availability",
        ((3, "10:00", "12:00"), (3, "13:00", "16:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "Sexta antes das 11, tenho ensaio a partir das 11h30.",
        "availability",
        ((4, "09:00", "11:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Friday works - I have time from 11:30.",
        "availability",
        ((4, "11:30", "17:00"),),
    ),
    P(
        "time-of-day",
        "es",
        "El viernes tengo hueco desde las 11:30.",
        "availability",
        ((4, "11:30", "17:00"),),
    ),
    P(
        "time-of-day",
        "de",
        "Freitag habe ich ab 11:30 Zeit.",
        "availability",
        ((4, "11:30", "17:00"),),
    ),
    P(
        "time-of-day",
        "fr",
        "Vendredi j'ai un créneau à partir de 11h30.",
        "availability",
        ((4, "11:30", "17:00"),),
    ),
    P(
        "time-of-day",
        "pt",
        "Sexta tenho disponibilidade a partir das 11h30.",
        "availability",
        ((4, "11:30", "17:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Friday at 3 I have nothing on, so that works.",
        "availability",
        ((4, "15:00", "16:00"),),
    ),
    P(
        "time-of-day",
        "es",
        "el viernes a las 3 tengo libre",
        "availability",
        ((4, "15:00", "16:00"),),
    ),
)
# A day answered with a bare no and then why, or with phones' "n" and "ñ" for no: the day is out
_THURSDAY_PM = ((3, "12:00", "17:00"),)
PROBES_R19WS += (
    P(
        "ruled-out",
        "es",
        "el jueves x la tarde me va. el miercoles no q tengo reparto hasta tarde",
        "availability",
        _THURSDAY_PM,
    ),
    P(
        "ruled-out",
        "es",
        "El jueves por la tarde perfecto; el miércoles no porque estoy de inventario.",
        "availability",
        _THURSDAY_PM,
    ),
    P(
        "ruled-out",
        "pt",
        "quinta a tarde blz. quarta n da pq tenho plantão",
        "availability",
        _THURSDAY_PM,
    ),
    P(
        "ruled-out",
        "pt",
        "Quinta à tarde pode ser, quarta não porque tenho consulta médica.",
        "availability",
        _THURSDAY_PM,
    ),
    P("ruled-out", "pt", "quinta de tarde sim, quarta n posso", "availability", _THURSDAY_PM),
    P(
        "ruled-out",
        "en",
        "thursday afternoon is good, wednesday no bc I'm at the warehouse",
        "availability",
        _THURSDAY_PM,
    ),
    P(
        "ruled-out",
        "en",
        "Thursday afternoon suits. Wednesday no as we have the board visit.",
        "availability",
        _THURSDAY_PM,
    ),
    P(
        "ruled-out",
        "fr",
        "Jeudi après-midi ça me va, mercredi non car je suis en inventaire.",
        "availability",
        _THURSDAY_PM,
    ),
    P(
        "ruled-out",
        "de",
        "Donnerstag nachmittag passt, Mittwoch nicht weil ich da Inventur habe.",
        "availability",
        _THURSDAY_PM,
    ),
    P(
        "ruled-out",
        "de",
        "Do nachmittag gerne. Mi nicht da bin ich auf Tour",
        "availability",
        _THURSDAY_PM,
    ),
    P(
        "ruled-out",
        "es",
        "el jueves por la tarde sí, el miércoles ñ puedo",
        "availability",
        _THURSDAY_PM,
    ),
    P(
        "ruled-out",
        "en",
        "Thursday afternoon, or Wednesday no earlier than 2.",
        "availability",
        ((2, "14:00", "17:00"), (3, "12:00", "17:00")),
    ),
)
# Somewhere the sender is until an hour, told beside the part of the day offered: busy up to it
_THU_FRI_PM = ((3, "12:00", "17:00"), (4, "12:00", "17:00"))
PROBES_R19WS += (
    P(
        "time-of-day",
        "en",
        "tues or wed works, afternoons tho - in the lab til noon most days",
        "availability",
        ((2, "12:00", "17:00"), (8, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Thursday or Friday, afternoons please. I'm at the depot until 12.",
        "availability",
        _THU_FRI_PM,
    ),
    P(
        "time-of-day",
        "en",
        "thu/fri fine but afternoons only, on the ward till noon",
        "availability",
        _THU_FRI_PM,
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi ou vendredi, l'après-midi : je suis au labo jusqu'à midi.",
        "availability",
        _THU_FRI_PM,
    ),
    P(
        "time-of-day",
        "fr",
        "jeudi ou vendredi aprem, à la fac jusqu'à 12h",
        "availability",
        _THU_FRI_PM,
    ),
    P(
        "time-of-day",
        "de",
        "Donnerstag oder Freitag nachmittags, vormittags bin ich im Labor bis 12.",
        "availability",
        _THU_FRI_PM,
    ),
    P(
        "time-of-day",
        "de",
        "Do oder Fr am Nachmittag, bin bis 12 Uhr in der Werkstatt.",
        "availability",
        _THU_FRI_PM,
    ),
    P(
        "time-of-day",
        "es",
        "Jueves o viernes por la tarde, estoy en el taller hasta las 12.",
        "availability",
        _THU_FRI_PM,
    ),
    P(
        "time-of-day",
        "es",
        "jueves o viernes por la tarde, en la obra hasta las 12",
        "availability",
        _THU_FRI_PM,
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta ou sexta à tarde, fico no laboratório até meio-dia.",
        "availability",
        _THU_FRI_PM,
    ),
    P(
        "time-of-day",
        "pt",
        "quinta ou sexta à tarde, tô na clínica até as 12",
        "availability",
        _THU_FRI_PM,
    ),
    P(
        "time-of-day",
        "en",
        "Thursday works, I'm in the office until 5.",
        "availability",
        ((3, "09:00", "17:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Thursday works, free in the morning until 11.",
        "availability",
        ((3, "09:00", "11:00"),),
    ),
)
# A day told with what fills it, then "that" said not to work, refers back to the day; on a
# condition ("if that doesn't work") it refuses nothing
_THURSDAY_10 = ((3, "10:00", "11:00"),)
PROBES_R19WS += (
    P(
        "ruled-out",
        "de",
        "Donnerstag um 10 geht. Mittwoch bin ich mit einer Klasse in der Halle, das geht leider"
        " nicht.",
        "availability",
        _THURSDAY_10,
    ),
    P(
        "ruled-out",
        "de",
        "Do um 10 passt. Mi hab ich Elternabend und Probe, das klappt also nicht.",
        "availability",
        _THURSDAY_10,
    ),
    P(
        "ruled-out",
        "en",
        "Thursday at 10 works. Wednesday I'm with a school group at the gym, so that doesn't work.",
        "availability",
        _THURSDAY_10,
    ),
    P(
        "ruled-out",
        "en",
        "thurs at 10 is good. wed we're doing the stocktake, that won't work",
        "availability",
        _THURSDAY_10,
    ),
    P(
        "ruled-out",
        "fr",
        "Jeudi à 10h. Mercredi je suis avec une classe au gymnase, ça ne va pas.",
        "availability",
        _THURSDAY_10,
    ),
    P(
        "ruled-out",
        "fr",
        "Jeudi 10h c'est bon ; mercredi j'accompagne une sortie scolaire, ce n'est pas possible.",
        "availability",
        _THURSDAY_10,
    ),
    P(
        "ruled-out",
        "es",
        "El jueves a las 10. El miércoles estoy con un grupo en el gimnasio, eso no puede ser.",
        "availability",
        _THURSDAY_10,
    ),
    P(
        "ruled-out",
        "es",
        "jueves a las 10 ok. el miércoles tengo auditoría, así que eso no me va",
        "availability",
        _THURSDAY_10,
    ),
    P(
        "ruled-out",
        "pt",
        "Quinta às 10. Quarta estou com uma turma no ginásio, isso não dá.",
        "availability",
        _THURSDAY_10,
    ),
    P(
        "ruled-out",
        "pt",
        "quinta às 10 blz. quarta tenho reunião de pais, então isso não funciona",
        "availability",
        _THURSDAY_10,
    ),
    P(
        "ruled-out",
        "en",
        "Thursday at 10, and if that doesn't work, Wednesday afternoon.",
        "availability",
        ((2, "12:00", "17:00"), (3, "10:00", "11:00")),
    ),
)
# Portuguese phones' short weekdays listed before the part of the day they share
PROBES_R19WS += (
    P(
        "time-of-day",
        "pt",
        "qui ou sex de manhã, qq um serve",
        "availability",
        ((3, "09:00", "12:00"), (4, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "qua, qui ou sex à tarde",
        "availability",
        ((2, "12:00", "17:00"), (3, "12:00", "17:00"), (4, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "qua e qui de manhã n dá, à tarde sim",
        "availability",
        ((2, "12:00", "17:00"), (3, "12:00", "17:00")),
    ),
)
ALL_PROBES += PROBES_R19WS


# Round 20, clock words and phone spellings (r20ck): the kinds behind held-out misses, in other
# words. Both ends of the day ruled out by one negation ("not before 10 or after 2.30") offer the
# hours between; phones' spellings of the bound words ("b4 3", "avt 11h", "dsp d las 3", "dps das
# 14h"), of the weekdays before hours ("mon morning", "do gegen 11") and of "tomorrow" ("tmr",
# "dem1", "mñn", "amnh"), the last sent late at night.
NIGHT = "Tue, 01 Dec 2026 23:40:00 -0500"
PROBES_R20CK: tuple[Probe, ...] = (
    P(
        "time-of-day",
        "en",
        "Thursday suits, just not before 10 or after 2.30 as I have the kids.",
        "availability",
        ((3, "10:00", "14:30"),),
    ),
    P(
        "time-of-day",
        "en",
        "fri ok but nothing before 9:30 and nothing after 4",
        "availability",
        ((4, "09:30", "16:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Wednesday works, though not earlier than 11 or later than 3.",
        "availability",
        ((2, "11:00", "15:00"),),
    ),
    P(
        "time-of-day",
        "fr",
        "Jeudi ça me va, mais pas avant 10h ni après 15h.",
        "availability",
        ((3, "10:00", "15:00"),),
    ),
    P(
        "time-of-day",
        "fr",
        "vendredi ok, ni avant 9h30 ni après 16h",
        "availability",
        ((4, "09:30", "16:00"),),
    ),
    P(
        "time-of-day",
        "de",
        "Donnerstag geht, allerdings nicht vor 10 oder nach 15 Uhr.",
        "availability",
        ((3, "10:00", "15:00"),),
    ),
    P(
        "time-of-day",
        "de",
        "Fr passt, aber weder vor 9 noch nach 14 Uhr",
        "availability",
        ((4, "09:00", "14:00"),),
    ),
    P(
        "time-of-day",
        "es",
        "El jueves me va bien, pero ni antes de las 10 ni después de las 3.",
        "availability",
        ((3, "10:00", "15:00"),),
    ),
    P(
        "time-of-day",
        "es",
        "viernes ok, no antes de las 11 ni después de las 4",
        "availability",
        ((4, "11:00", "16:00"),),
    ),
    P(
        "time-of-day",
        "pt",
        "Quinta está bem, mas não antes das 10 nem depois das 15h.",
        "availability",
        ((3, "10:00", "15:00"),),
    ),
    P(
        "time-of-day",
        "pt",
        "sexta dá, nem antes das 9h nem depois das 13h",
        "availability",
        ((4, "09:00", "13:00"),),
    ),
    P("time-of-day", "en", "thu b4 12 works", "availability", ((3, "09:00", "12:00"),)),
    P(
        "time-of-day",
        "en",
        "wed or thu b4 2",
        "availability",
        ((2, "09:00", "14:00"), (3, "09:00", "14:00")),
    ),
    P("time-of-day", "fr", "jeudi avt 11h c'est bon", "availability", ((3, "09:00", "11:00"),)),
    P(
        "time-of-day",
        "es",
        "el jueves dsp de las 3 me va",
        "availability",
        ((3, "15:00", "17:00"),),
    ),
    P("time-of-day", "es", "jueves a partir d las 4", "availability", ((3, "16:00", "17:00"),)),
    P("time-of-day", "es", "el viernes antes d las 12", "availability", ((4, "09:00", "12:00"),)),
    P("time-of-day", "pt", "quinta dps das 14h", "availability", ((3, "14:00", "17:00"),)),
    P(
        "time-of-day",
        "en",
        "no weekends pls. mon afternoon or thu morning",
        "availability",
        ((7, "12:00", "17:00"), (10, "09:00", "12:00")),
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "en",
        "mon after 2 works, or fri",
        "availability",
        ((7, "14:00", "17:00"), (11, "09:00", "17:00")),
        date=SATURDAY,
    ),
    P(
        "time-of-day",
        "en",
        "sun evening or mon b4 10",
        "availability",
        ((6, "17:00", "20:00"), (7, "09:00", "10:00")),
    ),
    P(
        "time-of-day",
        "de",
        "di um halb drei, sonst mi gegen viertel nach zehn",
        "availability",
        ((2, "10:15", "11:15"), (8, "14:30", "15:30")),
    ),
    P(
        "time-of-day",
        "de",
        "do gegen 11 oder fr nach 14 uhr",
        "availability",
        ((3, "11:00", "12:00"), (4, "14:00", "17:00")),
    ),
    P("time-of-day", "de", "mo vor 12 wäre gut", "availability", ((7, "09:00", "12:00"),)),
    P(
        "time-of-day",
        "de",
        "heute geht leider nicht, sonst do gegen halb vier",
        "availability",
        ((3, "15:30", "16:30"),),
    ),
    P(
        "time-of-day",
        "en",
        "tmr after 2 works",
        "availability",
        ((2, "14:00", "17:00"),),
        date=NIGHT,
    ),
    P(
        "time-of-day",
        "en",
        "2moro morning is good for me",
        "availability",
        ((2, "09:00", "12:00"),),
        date=NIGHT,
    ),
    P(
        "time-of-day",
        "en",
        "tomoz between 1 and 3 if that helps",
        "availability",
        ((2, "13:00", "15:00"),),
        date=NIGHT,
    ),
    P(
        "time-of-day",
        "fr",
        "dem1 aprem si ça vous va",
        "availability",
        ((2, "12:00", "17:00"),),
        date=NIGHT,
    ),
    P(
        "time-of-day",
        "fr",
        "dem1 avt midi c bon",
        "availability",
        ((2, "09:00", "12:00"),),
        date=NIGHT,
    ),
    P(
        "time-of-day",
        "es",
        "mñn x la tarde a partir d las 4",
        "availability",
        ((2, "16:00", "17:00"),),
        date=NIGHT,
    ),
    P(
        "time-of-day",
        "es",
        "mñn dsp d las 3 puedo",
        "availability",
        ((2, "15:00", "17:00"),),
        date=NIGHT,
    ),
    P(
        "time-of-day",
        "pt",
        "amnh de tarde dps das 15h",
        "availability",
        ((2, "15:00", "17:00"),),
        date=NIGHT,
    ),
    P(
        "time-of-day",
        "pt",
        "amnh de manhã tá ótimo",
        "availability",
        ((2, "09:00", "12:00"),),
        date=NIGHT,
    ),
)
ALL_PROBES += PROBES_R20CK


# Round 20 (r20vd): client verdicts, refusals of every option and recruiter call-offs, written
# from the kinds behind eleven held-out misses of sets ag to an, never their sentences.
def _r20vd(outcome: str, *replies: tuple[str, str]) -> tuple[Probe, ...]:
    return tuple(_r16v(lang, text, outcome) for lang, text in replies)


PROBES_R20VD: tuple[Probe, ...] = _r20vd(
    "advance",
    # the sender wants the candidate to come and meet one of ours before the decision
    ("en", "Good session. Before we decide I'd like her to come over and meet our plant manager."),
    ("en", "He did well. I want him to drop by the studio and see our creative director first."),
    ("en", "Strong on paper and in person. We'd like her to visit the depot and meet Dave."),
    ("fr", "Bon échange. Avant de trancher, j'aimerais qu'elle vienne à l'usine voir notre chef."),
    ("fr", "Profil intéressant. Je voudrais qu'il passe au dépôt rencontrer notre responsable."),
    (
        "de",
        "Gutes Gespräch. Bevor wir entscheiden, möchte ich, dass er unseren Werksleiter trifft.",
    ),
    ("de", "Sie hat überzeugt. Ich hätte gern, dass sie noch unsere Betriebsleiterin kennenlernt."),
    ("es", "Buena entrevista. Antes de decidir me gustaría que viniera a la nave a ver al jefe."),
    ("es", "Me gustó. Quiero que se pase por la oficina y hable con nuestra directora."),
    ("pt", "Gostei. Antes de decidir, gostaria que ele viesse à obra falar com o nosso diretor."),
    ("pt", "Boa conversa. Queria que ela passasse na loja para conhecer a gerente."),
    # the candidate to shadow one of ours or work a trial, whatever the trial's adjectives
    ("en", "Unsure. Could we have him shadow one of our engineers for a morning?"),
    ("en", "Not a no. Let's get her to job-shadow our head chef on Friday, then we'll see."),
    ("en", "Mixed. Can we bring him in for a short paid trial in the workshop first?"),
    ("en", "Honestly torn. I'd want a one-day unpaid trial on the floor before anything else."),
    ("en", "Some gaps. Let's take her on trial for an afternoon at the counter and decide then."),
    ("fr", "Mitigé. On pourrait la prendre à l'essai une matinée en cuisine ?"),
    ("fr", "Des doutes. Qu'il suive un de nos techniciens pendant une journée, puis on verra."),
    ("de", "Unentschlossen. Kann er einen Tag bei einem unserer Monteure mitlaufen?"),
    ("de", "Gemischt. Lassen wir sie einen bezahlten Probetag in der Werkstatt machen."),
    ("es", "Dudas. ¿Podría acompañar a uno de nuestros técnicos una mañana?"),
    ("es", "Regular. Que haga una jornada de prueba remunerada en el taller y decidimos."),
    ("pt", "Dividida. Ela podia acompanhar uma das nossas enfermeiras durante um turno?"),
    ("pt", "Não sei. Que tal um dia de experiência pago na oficina antes de decidir?"),
    # an offer promised if a step still to come goes well: the step is the verdict
    (
        "en",
        "We liked him. Could he prepare a short pitch for our board? If it goes well, we'll make"
        " him an offer.",
    ),
    (
        "en",
        "Great first round. Let's do a final chat with our COO, and assuming that goes fine we'll"
        " send an offer.",
    ),
    (
        "fr",
        "Très bien. Qu'elle présente un cas pratique à la direction ; si ça se passe bien, on lui"
        " fait une offre.",
    ),
    (
        "de",
        "Sehr gut. Er soll noch unseren Vorstand kennenlernen. Wenn das gut läuft, machen wir ihm"
        " ein Angebot.",
    ),
    (
        "es",
        "Nos gustó. Que conozca a los socios; si sale bien, le hacemos una oferta.",
    ),
    (
        "pt",
        "Gostamos muito. Que ela conheça a diretoria; se correr bem, fazemos uma proposta.",
    ),
)
PROBES_R20VD += _r20vd(
    "reject",
    # a formal decision not to go on with the candidate, with "ahead", "further" or the name after
    ("es", "Tras valorarlo, hemos decidido no seguir adelante con Pablo. Gracias por todo."),
    ("es", "Hemos optado por no continuar con la candidatura de Inés."),
    ("es", "Lo sentimos, pero preferimos no avanzar con él en esta ocasión."),
    ("pt", "Depois da entrevista final optamos por não avançar com a Joana."),
    ("pt", "Após a terceira conversa decidimos não seguir em frente com o Rui."),
    ("pt", "Na segunda entrevista ficou claro; resolvemos não prosseguir com ele."),
    ("en", "After the second interview we have decided not to go ahead with Mark."),
    ("en", "Following the panel we've opted not to proceed any further with her."),
    ("fr", "Après le deuxième entretien, nous avons décidé de ne pas aller plus loin avec elle."),
    # the formal German "von … absehen", and its kin in other registers
    ("de", "Nach Rücksprache sehen wir von einer weiteren Berücksichtigung von Frau Kunz ab."),
    ("de", "Wir haben uns entschlossen, von einer Einstellung von Herrn Brandt abzusehen."),
    ("de", "Leider müssen wir von einer Fortsetzung des Verfahrens mit ihm absehen."),
    ("de", "Von einem zweiten Gespräch mit Frau Yilmaz sehen wir leider ab."),
    ("en", "We regret that we will not be pursuing Mr Adeyemi's application any further."),
    (
        "fr",
        "Nous avons le regret de vous informer que la candidature de M. Roux n'a pas été retenue.",
    ),
    ("es", "Lamentamos comunicarle que hemos decidido prescindir de la candidatura de Luis."),
    ("pt", "Lamentamos informar que a candidatura da Sofia não foi aprovada."),
)
PROBES_R20VD += _r20vd(
    "hold",
    # more candidates still to interview, the decision only after them
    ("pt", "Gostámos dele. Ainda temos mais três candidatos para ouvir e só depois decidimos."),
    ("pt", "Boa impressão, mas faltam entrevistar dois candidatos. Dou notícias na sexta."),
    ("en", "She's a strong contender, but we have two more candidates to interview next week."),
    ("en", "Liked him a lot. Three more people to see on Thursday, then we'll make the call."),
    (
        "fr",
        "Très bon profil. Il nous reste encore deux candidats à rencontrer, je reviens vers vous.",
    ),
    ("de", "Gefiel uns gut. Wir haben noch zwei weitere Kandidatinnen im Gespräch."),
    ("de", "Positiv, aber es stehen noch drei Bewerber aus. Danach entscheiden wir."),
    ("es", "Nos gustó, pero nos quedan dos candidatos por entrevistar la semana que viene."),
    ("es", "Buena impresión. Todavía tenemos otras dos entrevistas y luego decidimos."),
)
PROBES_R20VD += _r20vd(
    "offer",
    # the role itself offered to the candidate, its title between
    ("de", "Wir möchten Frau Öztürk die Stelle als Teamleiterin Logistik anbieten."),
    ("de", "Wir würden ihm gern die Position des Schichtleiters anbieten."),
    ("en", "We'd like to offer him the Head of Operations role."),
    ("en", "Please offer her the senior buyer position, paperwork to follow."),
    ("fr", "Nous souhaitons lui proposer le poste de chef d'atelier."),
    ("es", "Queremos ofrecerle el puesto de jefa de almacén a Laura."),
    ("pt", "Queremos oferecer-lhe a vaga de coordenador de frota."),
    ("pt", "Vamos oferecer a vaga de supervisora à Carla, envio a papelada até sexta."),
)


def _r20vd_none(lang: str, text: str) -> Probe:
    return P("pick", lang, text, "decline", **_PICK)


# every option refused by "all" (or "any", "none") with a verb of attending negated, the reason
# a roster or duties on those days, a word promised later
PROBES_R20VD += tuple(
    _r20vd_none(lang, text)
    for lang, text in (
        ("de", "Die genannten Termine kann ich leider alle nicht wahrnehmen. Ich melde mich."),
        ("de", "Ich kann leider an keinem der Termine teilnehmen, ich habe Nachtdienste."),
        ("de", "Alle drei Termine kann ich nicht einhalten, der Dienstplan ist noch offen."),
        ("en", "I'm unable to attend any of the times offered, I'm on nights all week."),
        ("en", "I can't make any of the proposed slots, rota's not out yet. Will write again."),
        ("fr", "Je ne pourrai me rendre à aucun des rendez-vous proposés, je suis de garde."),
        ("fr", "Je ne peux assister à aucune de ces dates, je vous réécris bientôt."),
        ("es", "No podré asistir a ninguna de las fechas propuestas, estoy de guardia."),
        ("es", "Ninguno de los horarios me es posible, tengo turnos toda la semana."),
        ("pt", "Não vou conseguir comparecer a nenhum dos horários, estou de plantão."),
        ("pt", "Nenhuma das datas me é possível, volto a escrever depois."),
    )
)


def _r20vd_off(lang: str, text: str) -> Probe:
    return P("relay", lang, text, "cancel", role="recruiter", stage="scheduled", context=BOOKED)


# the search closed or hiring frozen by its owner, told as done, and the interview said void by a
# participle after its noun; the sender's own call "this afternoon" is no window
PROBES_R20VD += tuple(
    _r20vd_off(lang, text)
    for lang, text in (
        ("es", "El cliente ha cerrado la búsqueda. La entrevista del miércoles queda anulada."),
        ("es", "Han congelado las contrataciones; la entrevista con Ana queda cancelada."),
        ("es", "La empresa cerró el proceso, así que lo del miércoles se anula. Le llamo hoy."),
        ("pt", "O cliente encerrou o processo; a entrevista de quarta fica cancelada."),
        ("pt", "Congelaram as contratações, a conversa com o Hugo está desmarcada."),
        ("fr", "Le client a clos le recrutement, l'entretien de mercredi est annulé."),
        (
            "fr",
            "Recrutements gelés : l'entretien avec Léa tombe à l'eau, je l'appelle cet après-midi.",
        ),
        ("de", "Der Kunde hat die Suche eingestellt, das Gespräch am Mittwoch fällt aus."),
        ("de", "Einstellungsstopp beim Kunden: der Termin mit Herrn Vogt ist hinfällig."),
        ("en", "Client has shut the search down, so Wednesday's interview is off. I'll ring her."),
        ("en", "Hiring's been frozen until spring; Wednesday with Tom is cancelled."),
    )
)
ALL_PROBES += PROBES_R20VD


# Round 20, HTML sent as plain text, grid cells narrowed by hours, days taken back in relays,
# and the days a list or a relay names only as where the person is or what fills the day.
# An HTML document in a part labelled text/plain (phone clients, gateways): read as HTML, so a
# table's rows pair with their days and a blockquote is the quoted history.
_R20TB_DOC = '<html><body dir="auto"><div>{}</div></body></html>'
_R20TB_ROWS = '<table border="1"><tr><td><b>{}</b></td><td><b>{}</b></td></tr>{}</table>'


def _r20tb_rows(*rows: tuple[str, str]) -> str:
    return "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)


PROBES_R20TB: tuple[Probe, ...] = tuple(
    P(
        "html",
        lang,
        _R20TB_DOC.format(lead + _R20TB_ROWS.format(*head, _r20tb_rows(*rows))),
        "availability",
        want,
    )
    for lang, lead, head, rows, want in (
        (
            "en",
            "<p>Here is what works next week:</p>",
            ("Day", "Time"),
            (
                ("Mon 7 Dec", "10:00 - 12:00"),
                ("Tue 8 Dec", "Out - site visit"),
                ("Wed 9 Dec", "after 2 PM"),
            ),
            ((7, "10:00", "12:00"), (9, "14:00", "17:00")),
        ),
        (
            "fr",
            "<p>Mes disponibilités pour la semaine prochaine :</p>",
            ("Jour", "Horaire"),
            (("lundi 7", "9h-11h"), ("mardi 8", "Indisponible (audit)"), ("jeudi 10", "14h-16h")),
            ((7, "09:00", "11:00"), (10, "14:00", "16:00")),
        ),
        (
            "de",
            "<p>anbei meine Zeiten:</p>",
            ("Tag", "Uhrzeit"),
            (("Mo 7.12.", "belegt (Messe)"), ("Di 8.12.", "13-15 Uhr"), ("Mi 9.12.", "9-11 Uhr")),
            ((8, "13:00", "15:00"), (9, "09:00", "11:00")),
        ),
        (
            "es",
            "<p>Te paso mis huecos:</p>",
            ("Día", "Horas"),
            (
                ("lunes 7", "de 16:00 a 17:00"),
                ("martes 8", "No disponible"),
                ("viernes 11", "10:00 - 12:00"),
            ),
            ((7, "16:00", "17:00"), (11, "10:00", "12:00")),
        ),
        (
            "pt",
            "<p>Seguem os meus horários:</p>",
            ("Dia", "Horário"),
            (("segunda 7", "Ocupado"), ("terça 8", "10h - 12h"), ("quarta 9", "a partir das 15h")),
            ((8, "10:00", "12:00"), (9, "15:00", "17:00")),
        ),
    )
)
# the same mislabelled HTML with its days in paragraphs, and with the options quoted below
PROBES_R20TB += (
    P(
        "html",
        "en",
        "<html><body><div>Hi,</div><div>Thursday after 2 or Friday morning both work.</div>"
        "<div>Thanks</div></body></html>",
        "availability",
        ((3, "14:00", "17:00"), (4, "09:00", "12:00")),
    ),
    P(
        "html",
        "de",
        "<div>Hallo,</div><div>Donnerstag geht leider nicht, Freitag ab 13 Uhr sehr gerne.</div>"
        "<div>Gruß</div>",
        "availability",
        ((4, "13:00", "17:00"),),
    ),
    _r18pk(
        "en", _R20TB_DOC.format(_r18pk_html("The Thursday one suits me best.", _R18PK_EN_WROTE)), 2
    ),
    _r18pk(
        "de",
        _R20TB_DOC.format(_r18pk_html("Der Donnerstag passt mir am besten.", _R18PK_DE_WROTE)),
        2,
    ),
    _r18pk(
        "fr",
        _R20TB_DOC.format(
            _r18pk_html(
                "Le créneau de 16h me convient.",
                "Le 30 nov. 2026 à 16:12, Dana &lt;dana@agency.test&gt; a écrit :",
            )
        ),
        3,
    ),
    _r18pk(
        "es",
        _R20TB_DOC.format(
            _r18pk_html(
                "Me quedo con la del jueves, gracias.",
                "El 30 nov 2026, a las 16:12, Dana &lt;dana@agency.test&gt; escribió:",
            )
        ),
        2,
    ),
    _r18pk(
        "pt",
        _R20TB_DOC.format(
            _r18pk_html(
                "Pode ser a de quinta, obrigado.",
                "Em 30 de nov. de 2026, às 16:12, Dana &lt;dana@agency.test&gt; escreveu:",
            )
        ),
        2,
    ),
)
# A grid cell that marks a slot free and narrows it by hours of its own ("frei ab 14:30"): the
# slot from those hours, in its column's part of the day.
PROBES_R20TB += tuple(
    P("html", lang, _R18TB_GRID.format(*head, _r18tb_rows(*rows)), "availability", want, html=True)
    for lang, head, rows, want in (
        (
            "en",
            ("Day", "Morning", "Afternoon"),
            (("Mon 7", "free from 10:30", "busy"), ("Tue 8", "busy", "free after 3")),
            ((7, "10:30", "12:00"), (8, "15:00", "17:00")),
        ),
        (
            "en",
            ("Day", "AM", "PM"),
            (("Wed 9", "open until 11", "taken"), ("Thu 10", "taken", "taken")),
            ((9, "09:00", "11:00"),),
        ),
        (
            "fr",
            ("Jour", "Matin", "Après-midi"),
            (("lundi 7", "pris", "libre à partir de 14h30"), ("mardi 8", "libre", "pris")),
            ((7, "14:30", "17:00"), (8, "09:00", "12:00")),
        ),
        (
            "de",
            ("Tag", "Vormittag", "Nachmittag"),
            (("Mo 7.12.", "frei bis 11 Uhr", "belegt"), ("Di 8.12.", "belegt", "frei ab 15 Uhr")),
            ((7, "09:00", "11:00"), (8, "15:00", "17:00")),
        ),
        (
            "es",
            ("Día", "Mañana", "Tarde"),
            (("lunes 7", "ocupado", "libre desde las 15:30"), ("martes 8", "ocupado", "ocupado")),
            ((7, "15:30", "17:00"),),
        ),
        (
            "pt",
            ("Dia", "Manhã", "Tarde"),
            (("segunda 7", "livre a partir das 10h", "ocupado"), ("terça 8", "ocupado", "livre")),
            ((7, "10:00", "12:00"), (8, "12:00", "17:00")),
        ),
        (
            "de",
            ("Tag", "Vormittag", "Nachmittag"),
            (("Mi 9.12.", "verfügbar ab 10:30", "vergeben"),),
            ((9, "10:30", "12:00"),),
        ),
        (
            "es",
            ("Día", "Mañana", "Tarde"),
            (("jueves 10", "disponible hasta las 11", "reservado"),),
            ((10, "09:00", "11:00"),),
        ),
    )
)
# A day taken back in a relay ("no longer", "n'est plus", "nicht mehr", "ya no", "já não", with
# the particles that soften it: "nun doch nicht"), then the new times: the day is out.
PROBES_R20TB += tuple(
    P("relay", lang, text, "availability", want, role="recruiter")
    for lang, text, want in (
        (
            "en",
            "Update from Sam: he's no longer available Thursday. He can do Monday 14 after 2 "
            "instead.",
            ((14, "14:00", "17:00"),),
        ),
        (
            "en",
            "Sam can no longer make Thursday; Monday 14 after 2 works for him.",
            ((14, "14:00", "17:00"),),
        ),
        (
            "fr",
            "Nouvelles de Paul : il n'est plus libre jeudi, il propose lundi 14 après 14h.",
            ((14, "14:00", "17:00"),),
        ),
        (
            "fr",
            "Il n'est finalement plus disponible mercredi. Il propose lundi 14 après 14h.",
            ((14, "14:00", "17:00"),),
        ),
        (
            "fr",
            "Finalement elle ne peut plus jeudi. Elle propose lundi 14 à partir de 14h.",
            ((14, "14:00", "17:00"),),
        ),
        (
            "fr",
            "Je ne suis plus disponible mercredi, mais lundi 14 après 14h oui.",
            ((14, "14:00", "17:00"),),
        ),
        (
            "de",
            "Kurzes Update: Frau Berg ist am Donnerstag nicht mehr verfügbar, stattdessen Montag "
            "14. ab 14 Uhr.",
            ((14, "14:00", "17:00"),),
        ),
        (
            "de",
            "Herr Lenz schafft den Donnerstag nun leider doch nicht, dafür Montag 14. ab 14 Uhr.",
            ((14, "14:00", "17:00"),),
        ),
        (
            "de",
            "Neuigkeit: Er kann am Mittwoch jetzt doch nicht, dafür Freitag vormittags.",
            ((4, "09:00", "12:00"),),
        ),
        (
            "es",
            "Novedad: Lucía ya no está disponible el jueves; propone el lunes 14 a partir de las "
            "14h.",
            ((14, "14:00", "17:00"),),
        ),
        (
            "de",
            "Montag ist nicht mehr möglich, Dienstag 14. ab 14 Uhr schon.",
            ((14, "14:00", "17:00"),),
        ),
        (
            "es",
            "Ya no estoy disponible el lunes; el viernes por la mañana sí.",
            ((4, "09:00", "12:00"),),
        ),
        (
            "es",
            "Al final Diego ya no puede el miércoles, pero el viernes por la mañana sí.",
            ((4, "09:00", "12:00"),),
        ),
        (
            "pt",
            "Atualização: a Ana já não está disponível na quinta. Propõe segunda 14 depois das "
            "14h.",
            ((14, "14:00", "17:00"),),
        ),
        (
            "pt",
            "O Rui afinal já não pode na quarta; sexta de manhã dá.",
            ((4, "09:00", "12:00"),),
        ),
    )
)
# What fills a day named as the reason the times changed ("her Tuesday appointments moved",
# "ses rendez-vous du mardi", "ihre Termine am Dienstag", "sus citas del martes", "as consultas
# de terça"): the day is no offer, the new times are.
PROBES_R20TB += tuple(
    P(
        "relay",
        lang,
        text,
        "availability",
        ((3, "10:00", "12:00"), (4, "14:00", "17:00")),
        role="recruiter",
    )
    for lang, text in (
        (
            "en",
            "Quick update from Priya: her Tuesday appointments moved. She can now do Thursday "
            "10-12 or Friday after 2.",
        ),
        (
            "en",
            "Update: his Monday meetings got rescheduled, so he can do Thursday 10-12 or Friday "
            "after 2.",
        ),
        ("en", "FYI her Tuesday classes changed - new times: Thursday 10-12 or Friday after 2."),
        (
            "fr",
            "Petite mise à jour : ses rendez-vous du mardi ont été déplacés. Elle peut jeudi "
            "10h-12h ou vendredi après 14h.",
        ),
        (
            "de",
            "Kurzes Update: ihre Termine am Dienstag wurden verschoben. Sie kann jetzt "
            "Donnerstag 10-12 Uhr oder Freitag ab 14 Uhr.",
        ),
        (
            "es",
            "Novedad: sus citas del martes se movieron. Ahora puede el jueves de 10 a 12 o el "
            "viernes después de las 14h.",
        ),
        (
            "pt",
            "Atualização: as consultas de terça mudaram. Agora ela pode quinta das 10h às 12h ou "
            "sexta depois das 14h.",
        ),
    )
)
# A day whose entry says only where the person is, a town or country by its name ("terça estou
# em Ponta Delgada" style): that day is away, in lists and in prose, in five languages.
PROBES_R20TB += tuple(
    P("per-day", lang, text, "availability", ((7, "10:00", "12:00"), (9, "09:00", "12:00")))
    for lang, text in (
        ("en", "Next week:\n- Mon 10-12\n- Tue I'm in Denver\n- Wed morning"),
        (
            "fr",
            "Semaine prochaine :\n- lundi 10h-12h\n- mardi je suis à Bordeaux\n- mercredi matin",
        ),
        (
            "fr",
            "La semaine prochaine : lundi de 10h à 12h ; mardi je serai en Suisse ; mercredi "
            "matin.",
        ),
        ("de", "Nächste Woche:\n- Mo 10-12 Uhr\n- Di bin ich in Leipzig\n- Mi vormittags"),
        (
            "es",
            "La semana que viene:\n- lunes de 10 a 12\n- martes estoy en Bilbao\n- miércoles por "
            "la mañana",
        ),
        (
            "es",
            "Semana que viene: lunes de 10 a 12; el martes estaré en Valencia; miércoles por la "
            "mañana.",
        ),
        (
            "pt",
            "Para a próxima semana:\n- segunda das 10h às 12h;\n- terça estou em Ponta "
            "Delgada;\n- quarta de manhã.",
        ),
        ("pt", "Próxima semana: segunda das 10h às 12h, terça estarei em Braga, quarta de manhã."),
    )
)
# The place told after a day, then a yes said of another day after a comma: the yes is that
# day's, and the day of the place stays away ("au salon" as a town by its name).
PROBES_R20TB += tuple(
    P("per-day", lang, text, "availability", ((9, "14:00", "17:00"),))
    for lang, text in (
        ("fr", "La semaine prochaine, mardi je suis à Lyon, mercredi après 14h ça me va."),
        ("fr", "La semaine prochaine, mardi je suis au salon, mercredi après 14h ça me convient."),
        (
            "es",
            "La semana que viene, el martes estoy en Bilbao, "
            "el miércoles desde las 14h me va bien.",
        ),
        ("pt", "Na próxima semana, terça estou em Braga, na quarta depois das 14h dá."),
        ("de", "Nächste Woche: Dienstag bin ich in Leipzig, Mittwoch ab 14 Uhr passt."),
        ("en", "Next week Tuesday I'm in Denver, Wednesday after 2 works."),
    )
)
# A grid whose columns are the halves of the day by their clock marks or short forms ("AM |
# PM", "a.m. | p.m.", "vorm. | nachm."): morning and afternoon, not the hour beside the date.
PROBES_R20TB += tuple(
    P("html", lang, _R18TB_GRID.format(*head, _r18tb_rows(*rows)), "availability", want, html=True)
    for lang, head, rows, want in (
        (
            "en",
            ("Day", "AM", "PM"),
            (("Wed 9", "open", "taken"), ("Thu 10", "taken", "free")),
            ((9, "09:00", "12:00"), (10, "12:00", "17:00")),
        ),
        (
            "en",
            ("Date", "a.m.", "p.m."),
            (("Mon 7", "✓", "✗"), ("Tue 8", "✗", "✓")),
            ((7, "09:00", "12:00"), (8, "12:00", "17:00")),
        ),
        (
            "de",
            ("Tag", "vorm.", "nachm."),
            (("Mi 9.12.", "frei", "belegt"), ("Do 10.12.", "belegt", "frei ab 15 Uhr")),
            ((9, "09:00", "12:00"), (10, "15:00", "17:00")),
        ),
    )
)
ALL_PROBES += PROBES_R20TB


# Round 20: a part of day or a clock span said once over several listed days, with exceptions
# and narrowings inside it (written from the kinds behind held-out misses of sets ag to am).
# Days are December 2026, written on Tuesday the 1st: Wed 2, Thu 3, Fri 4; next week 7 to 11.
_MON_WED_PM = ((7, "12:00", "17:00"), (9, "12:00", "17:00"))
PROBES_R20PD: tuple[Probe, ...] = (
    # a bound said negatively ("not before 2") is where the hours start, on the day it names or
    # the whole list, after "but", "just", "though"
    P(
        "time-of-day",
        "en",
        "Mon, Wed or Thu next week, afternoons only - not before 2 on Wednesday though.",
        "availability",
        ((7, "12:00", "17:00"), (9, "14:00", "17:00"), (10, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Friday works, just not before 11.",
        "availability",
        ((4, "11:00", "17:00"),),
    ),
    P(
        "time-of-day",
        "en",
        "Wed or Thu afternoon, but not before 3 on either.",
        "availability",
        ((2, "15:00", "17:00"), (3, "15:00", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "next mon or tue, not before 10 pls",
        "availability",
        ((7, "10:00", "17:00"), (8, "10:00", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Thursday is fine. Nothing before 10 though, I drop the kids off.",
        "availability",
        ((3, "10:00", "17:00"),),
    ),
    P(
        "time-of-day",
        "fr",
        "Lundi ou mercredi prochain l'après-midi, mais le mercredi pas avant 15h.",
        "availability",
        ((7, "12:00", "17:00"), (9, "15:00", "17:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Montag oder Mittwoch nächste Woche nachmittags, am Mittwoch aber nicht vor 15 Uhr.",
        "availability",
        ((7, "12:00", "17:00"), (9, "15:00", "17:00")),
    ),
    P(
        "time-of-day",
        "es",
        "Lunes o miércoles de la semana que viene por la tarde, el miércoles no antes de las 3.",
        "availability",
        ((7, "12:00", "17:00"), (9, "15:00", "17:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "Segunda ou quarta da semana que vem à tarde, mas na quarta não antes das 15h.",
        "availability",
        ((7, "12:00", "17:00"), (9, "15:00", "17:00")),
    ),
    # one day of the list named again later with a narrower start: "only", "erst", French
    # "ne ... que"
    P(
        "time-of-day",
        "fr",
        "Mercredi ou jeudi après-midi. Mercredi je ne suis libre qu'à partir de 16h.",
        "availability",
        ((2, "16:00", "17:00"), (3, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "mercredi ou jeudi l'après-midi, mercredi je ne peux qu'après 16h",
        "availability",
        ((2, "16:00", "17:00"), (3, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "Lundi ou mardi prochain, mais le mardi je ne serai là qu'à partir de 14h.",
        "availability",
        ((7, "09:00", "17:00"), (8, "14:00", "17:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Mittwoch oder Donnerstag nachmittags. Mittwoch kann ich erst ab 16 Uhr.",
        "availability",
        ((2, "16:00", "17:00"), (3, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Mo oder Di nachmittags, am Dienstag bin ich erst ab 15 Uhr im Büro.",
        "availability",
        ((7, "12:00", "17:00"), (8, "15:00", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Wednesday or Thursday afternoon. Wednesday I'm only free after 4.",
        "availability",
        ((2, "16:00", "17:00"), (3, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "es",
        "Miércoles o jueves por la tarde. El miércoles solo puedo a partir de las 4.",
        "availability",
        ((2, "16:00", "17:00"), (3, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "Quarta ou quinta à tarde. Na quarta só consigo a partir das 16h.",
        "availability",
        ((2, "16:00", "17:00"), (3, "12:00", "17:00")),
    ),
    # a range of days under one part of day, one day inside it excepted (its reason may follow in
    # brackets); German phones write the range in lower case
    P(
        "time-of-day",
        "de",
        "kann nur nachmittags, mo bis mi, aber di nicht (arzt)",
        "availability",
        _MON_WED_PM,
    ),
    P(
        "time-of-day",
        "de",
        "nachmittags mo bis mi",
        "availability",
        (*_MON_WED_PM, (8, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "de",
        "nur vormittags, di bis fr, mi geht nicht",
        "availability",
        ((8, "09:00", "12:00"), (10, "09:00", "12:00"), (11, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Montag bis Mittwoch nachmittags, aber Dienstag nicht (Elternabend).",
        "availability",
        _MON_WED_PM,
    ),
    P(
        "time-of-day",
        "en",
        "Afternoons only, Monday to Wednesday, except Tuesday.",
        "availability",
        _MON_WED_PM,
    ),
    P(
        "time-of-day",
        "en",
        "Monday to Wednesday afternoons, Tuesday no (dentist).",
        "availability",
        _MON_WED_PM,
    ),
    P(
        "time-of-day",
        "es",
        "Solo por la tarde, de lunes a miércoles, menos el martes.",
        "availability",
        _MON_WED_PM,
    ),
    P(
        "time-of-day",
        "es",
        "de lunes a miércoles por la tarde, el martes no (médico)",
        "availability",
        _MON_WED_PM,
    ),
    P(
        "time-of-day",
        "fr",
        "L'après-midi seulement, du lundi au mercredi, sauf mardi.",
        "availability",
        _MON_WED_PM,
    ),
    P(
        "time-of-day",
        "pt",
        "de segunda a quarta à tarde, terça não (dentista)",
        "availability",
        _MON_WED_PM,
    ),
    # a part of day chosen, then why, the other part named in the reason (phones' "bc", "pq",
    # "pcq", "porq"; "as I")
    P(
        "time-of-day",
        "pt",
        "posso na quarta, quinta ou sexta, sempre de manhã pq a tarde to no estágio",
        "availability",
        ((2, "09:00", "12:00"), (3, "09:00", "12:00"), (4, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "en",
        "I can do Wed or Fri mornings as I work afternoons.",
        "availability",
        ((2, "09:00", "12:00"), (4, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Mi oder Fr vormittags, weil ich nachmittags arbeite.",
        "availability",
        ((2, "09:00", "12:00"), (4, "09:00", "12:00")),
    ),
    # a bound wished for inside the part of day named ("ideally after 1:30") narrows it on each day
    P(
        "time-of-day",
        "en",
        "Could we aim for Wed or Thu next week? Afternoons are best, ideally after 1:30.",
        "availability",
        ((9, "13:30", "17:00"), (10, "13:30", "17:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Mittwoch oder Donnerstag nächste Woche? Am besten nachmittags, idealerweise ab 13:30.",
        "availability",
        ((9, "13:30", "17:00"), (10, "13:30", "17:00")),
    ),
    P(
        "time-of-day",
        "fr",
        "Mercredi ou jeudi de la semaine prochaine ? Plutôt l'après-midi, idéalement après 13h30.",
        "availability",
        ((9, "13:30", "17:00"), (10, "13:30", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Wednesday or Thursday afternoon, preferably after 2",
        "availability",
        ((2, "14:00", "17:00"), (3, "14:00", "17:00")),
    ),
    P(
        "time-of-day",
        "es",
        "miércoles o jueves por la tarde, preferiblemente a partir de las 3",
        "availability",
        ((2, "15:00", "17:00"), (3, "15:00", "17:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "quarta ou quinta à tarde, de preferência depois das 14h",
        "availability",
        ((2, "14:00", "17:00"), (3, "14:00", "17:00")),
    ),
)
# a week named by its number (ISO: week 50 of 2026 is 7 to 11 December) frames the days and the
# hours said over them as "next week" would
PROBES_R20PD += (
    P(
        "time-of-day",
        "de",
        "In der KW 50 habe ich Spätdienst ab 14 Uhr, es geht also nur vormittags, außer Freitag.",
        "availability",
        each_day((7, 8, 9, 10), "09:00", "12:00"),
    ),
    P(
        "time-of-day",
        "de",
        "KW 50 passt mir Dienstag oder Donnerstag vormittags.",
        "availability",
        ((8, "09:00", "12:00"), (10, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "de",
        "kw50 ginge mo bis mi ab 10 uhr",
        "availability",
        each_day((7, 8, 9), "10:00", "17:00"),
    ),
    P(
        "time-of-day",
        "en",
        "In calendar week 50 I'm free Tuesday and Thursday afternoons.",
        "availability",
        ((8, "12:00", "17:00"), (10, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "en",
        "Calendar week 50 works: any afternoon except Wednesday.",
        "availability",
        each_day((7, 8, 10, 11), "12:00", "17:00"),
    ),
    P(
        "time-of-day",
        "fr",
        "La semaine 50, je suis dispo le mardi et le jeudi matin.",
        "availability",
        ((8, "09:00", "12:00"), (10, "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "es",
        "La semana 50 puedo el martes o el jueves por la tarde.",
        "availability",
        ((8, "12:00", "17:00"), (10, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "Na semana 50 posso terça ou quinta à tarde.",
        "availability",
        ((8, "12:00", "17:00"), (10, "12:00", "17:00")),
    ),
    P(
        "time-of-day",
        "de",
        "Die ganze KW 50 bin ich im Urlaub, KW 51 dann jeden Vormittag.",
        "availability",
        each_day((14, 15, 16, 17, 18), "09:00", "12:00"),
    ),
)
# a date named as a week, then days of it after a comma, and one part of day over them: the
# days are offered, the week frames them
_TUE_THU_AM = ((8, "09:00", "12:00"), (10, "09:00", "12:00"))
PROBES_R20PD += (
    P(
        "time-of-day",
        "es",
        "¿Podría ser la semana del 7, el martes 8 o el jueves 10 por la mañana?",
        "availability",
        _TUE_THU_AM,
    ),
    P(
        "time-of-day",
        "es",
        "mejor la semana del 7, martes o jueves por la mañana",
        "availability",
        _TUE_THU_AM,
    ),
    P(
        "time-of-day",
        "en",
        "Could we do the week of the 7th, Tuesday or Thursday in the morning?",
        "availability",
        _TUE_THU_AM,
    ),
    P(
        "time-of-day",
        "en",
        "Week commencing the 7th, on Tuesday 8th or Thursday 10th, mornings please.",
        "availability",
        _TUE_THU_AM,
    ),
    P(
        "time-of-day",
        "fr",
        "La semaine du 7, le mardi 8 ou le jeudi 10 au matin.",
        "availability",
        _TUE_THU_AM,
    ),
    P(
        "time-of-day",
        "de",
        "Die Woche vom 7., am Dienstag oder Donnerstag vormittags.",
        "availability",
        _TUE_THU_AM,
    ),
    P(
        "time-of-day",
        "pt",
        "A semana do dia 7, na terça 8 ou na quinta 10 de manhã.",
        "availability",
        _TUE_THU_AM,
    ),
    P(
        "time-of-day",
        "pt",
        "semana do dia 7, terça ou quinta à tarde",
        "availability",
        ((8, "12:00", "17:00"), (10, "12:00", "17:00")),
    ),
)
# the five weekdays of a week named once, told in two sentences with hours each: the later ones
# are the rest of that week (Wednesday and Friday of this week are still to come)
_SPLIT_PM = ((8, "12:00", "17:00"), (10, "12:00", "17:00"))
_SPLIT_AM = ((8, "09:00", "12:00"), (10, "09:00", "12:00"))
_REST_WHOLE = ((7, "09:00", "17:00"), (9, "09:00", "17:00"), (11, "09:00", "17:00"))
PROBES_R20PD += (
    P(
        "time-of-day",
        "en",
        "Next week I can do Tuesday and Thursday afternoons. Monday, Wednesday and Friday "
        "any time.",
        "availability",
        _SPLIT_PM + _REST_WHOLE,
    ),
    P(
        "time-of-day",
        "en",
        "next wk tue + thu mornings only. mon wed fri I'm flexible",
        "availability",
        _SPLIT_AM + _REST_WHOLE,
    ),
    P(
        "time-of-day",
        "fr",
        "La semaine prochaine, mardi et jeudi seulement le matin. Lundi, mercredi et vendredi "
        "toute la journée.",
        "availability",
        _SPLIT_AM + _REST_WHOLE,
    ),
    P(
        "time-of-day",
        "de",
        "Nächste Woche Dienstag und Donnerstag nur nachmittags. Montag, Mittwoch und Freitag "
        "ganztags.",
        "availability",
        _SPLIT_PM + _REST_WHOLE,
    ),
    P(
        "time-of-day",
        "es",
        "La próxima semana tengo guardia el martes y el jueves por la mañana, así que esos días "
        "solo por la tarde. El lunes, el miércoles y el viernes estoy libre a cualquier hora.",
        "availability",
        _SPLIT_PM + _REST_WHOLE,
    ),
    P(
        "time-of-day",
        "es",
        "La semana que viene el lunes y el martes por la tarde. El miércoles, el jueves y el "
        "viernes por la mañana.",
        "availability",
        ((7, "12:00", "17:00"), (8, "12:00", "17:00"), *each_day((9, 10, 11), "09:00", "12:00")),
    ),
    P(
        "time-of-day",
        "pt",
        "Na semana que vem, terça e quinta só de manhã. Segunda, quarta e sexta a qualquer hora.",
        "availability",
        _SPLIT_AM + _REST_WHOLE,
    ),
    P(
        "time-of-day",
        "de",
        "In der nächsten Woche Montag und Freitag ab 14 Uhr. Dienstag bis Donnerstag vormittags.",
        "availability",
        ((7, "14:00", "17:00"), (11, "14:00", "17:00"), *each_day((8, 9, 10), "09:00", "12:00")),
    ),
)
ALL_PROBES += PROBES_R20PD


# Round 20, ruled-out stretches and the days offered around them (from the kinds behind twelve
# held-out misses of sets ag to am; written in other words, never the cases' sentences).
def _r20lv(lang: str, text: str, windows: Windows) -> Probe:
    zone = {"fr": _PARIS, "es": _MADRID, "de": _BERLIN, "pt": _LISBON}.get(lang, ET)
    return P("ruled-out", lang, text, "availability", windows, zone=zone)


_R20_REST = each_day((10, 11), "12:00", "17:00")
_R20_THU_FRI = ((3, "14:00", "17:00"), (4, "09:00", "17:00"))
_R20_NEXT_MON_TUE = each_day((7, 8), "13:00", "17:00")
_R20_WED_THU = each_day((9, 10), "12:00", "17:00")
_R20_LITERAL = each_day((3, 4), "14:00", "17:00")

PROBES_R20LV: tuple[Probe, ...] = (
    # a week refused until a weekday ("next week", "the week of the 7th"), then weekdays past it
    _r20lv(
        "en",
        "Next week I'm on jury service until Wednesday. Thursday or Friday afternoon works.",
        _R20_REST,
    ),
    _r20lv("en", "next wk im at a trade show till wed. thu or fri afternoon good", _R20_REST),
    _r20lv(
        "en",
        "The week of the 7th I'm on nights through Wednesday. Thursday and Friday afternoons are"
        " open.",
        _R20_REST,
    ),
    _r20lv(
        "fr",
        "La semaine prochaine je suis en séminaire jusqu'au mercredi. Jeudi ou vendredi"
        " après-midi, c'est bon pour moi.",
        _R20_REST,
    ),
    _r20lv(
        "fr",
        "La semaine du 7, je suis en déplacement jusqu'au mercredi inclus. Jeudi et vendredi"
        " l'après-midi je suis disponible.",
        _R20_REST,
    ),
    _r20lv(
        "de",
        "Nächste Woche bin ich bis Mittwoch auf Montage. Donnerstag oder Freitag nachmittags"
        " passt.",
        _R20_REST,
    ),
    _r20lv(
        "de",
        "Nächste Woche bin ich bis Mittwoch auf einer Messe. Donnerstag und Freitag ab 12 Uhr"
        " geht es.",
        _R20_REST,
    ),
    _r20lv(
        "es",
        "La semana que viene estoy de viaje hasta el miércoles. El jueves o el viernes por la"
        " tarde me viene bien.",
        _R20_REST,
    ),
    _r20lv(
        "es",
        "La semana del 7 tengo guardias hasta el miércoles. Jueves y viernes por la tarde sin"
        " problema.",
        _R20_REST,
    ),
    _r20lv(
        "pt",
        "Na próxima semana estou em formação até quarta. Quinta ou sexta à tarde dá-me jeito.",
        _R20_REST,
    ),
    _r20lv(
        "pt",
        "Na semana de 7 de dezembro estou de viagem até quarta-feira. Quinta e sexta à tarde"
        " estou livre.",
        _R20_REST,
    ),
    # a day judged hard, with words of degree or "also" around the verdict
    _r20lv(
        "en",
        "Wednesday is also rather bad, we have the board in. Thursday after 2 or Friday works.",
        _R20_THU_FRI,
    ),
    _r20lv("en", "wed's a bit tricky too tbh. thu after 2 or fri", _R20_THU_FRI),
    _r20lv(
        "en",
        "Wednesday looks pretty awkward for me. Thursday after 2 or Friday is fine.",
        _R20_THU_FRI,
    ),
    _r20lv(
        "fr", "Mercredi c'est plutôt compliqué aussi. Jeudi après 14h ou vendredi.", _R20_THU_FRI
    ),
    _r20lv(
        "fr",
        "Mercredi, c'est un peu délicat, nous avons un audit. Jeudi à partir de 14h ou vendredi"
        " me conviennent.",
        _R20_THU_FRI,
    ),
    _r20lv(
        "de",
        "Mittwoch ist auch eher schlecht, da haben wir Aufsichtsrat. Donnerstag ab 14 Uhr oder"
        " Freitag passt.",
        _R20_THU_FRI,
    ),
    _r20lv(
        "de",
        "Mittwoch wäre ziemlich ungünstig. Donnerstag ab 14 Uhr oder Freitag geht.",
        _R20_THU_FRI,
    ),
    _r20lv(
        "es",
        "El miércoles también es complicado. El jueves desde las 14 o el viernes.",
        _R20_THU_FRI,
    ),
    _r20lv(
        "es",
        "El miércoles lo veo bastante difícil. El jueves a partir de las 14 o el viernes me viene"
        " bien.",
        _R20_THU_FRI,
    ),
    _r20lv(
        "pt",
        "Quarta também é complicado, temos reunião de direção. Quinta a partir das 14h ou sexta.",
        _R20_THU_FRI,
    ),
    _r20lv(
        "pt",
        "Quarta fica meio puxado para mim. Quinta a partir das 14h ou sexta servem.",
        _R20_THU_FRI,
    ),
    # the sender kept at a place, "up at", "out at", phones' "im at"
    _r20lv(
        "en",
        "im at the boat show wed thru fri. mon or tue next week after 1 works",
        _R20_NEXT_MON_TUE,
    ),
    _r20lv(
        "en",
        "Wednesday to Friday I'm up at the cabin with no signal. Next Monday or Tuesday after 1"
        " would work though.",
        _R20_NEXT_MON_TUE,
    ),
    _r20lv(
        "en",
        "I'll be out at the wind farm Wednesday to Friday. Next Monday or Tuesday after 1 works.",
        _R20_NEXT_MON_TUE,
    ),
    _r20lv(
        "en",
        "Wed-Fri I'm down at Fort Myers for the regatta. Next Monday or Tuesday after 1 is good"
        " though.",
        _R20_NEXT_MON_TUE,
    ),
    _r20lv(
        "en",
        "im over at the warehouse wed thru fri for stocktake. next mon or tue after 1 tho",
        _R20_NEXT_MON_TUE,
    ),
    _r20lv(
        "fr",
        "Du mercredi au vendredi je suis au salon nautique. Lundi ou mardi prochain après 13h.",
        _R20_NEXT_MON_TUE,
    ),
    _r20lv(
        "de",
        "Mittwoch bis Freitag bin ich auf der Messe in Köln. Nächsten Montag oder Dienstag ab 13"
        " Uhr.",
        _R20_NEXT_MON_TUE,
    ),
    _r20lv(
        "es",
        "De miércoles a viernes estoy en la feria de Valencia. El lunes o el martes que vienen a"
        " partir de las 13.",
        _R20_NEXT_MON_TUE,
    ),
    _r20lv(
        "pt",
        "De quarta a sexta estou na feira em Braga. Segunda ou terça da próxima semana a partir"
        " das 13h.",
        _R20_NEXT_MON_TUE,
    ),
    # the sender's own exams after the days, told as theirs or by the verb of sitting them
    _r20lv(
        "en",
        "Next Monday and Tuesday I sit my finals, so Wednesday or Thursday afternoon please.",
        _R20_WED_THU,
    ),
    _r20lv("en", "next mon + tue are my resits so wed or thu afternoon", _R20_WED_THU),
    _r20lv(
        "en",
        "I have my board exams next Monday and Tuesday. Wednesday or Thursday afternoon works"
        " though.",
        _R20_WED_THU,
    ),
    _r20lv(
        "fr",
        "Lundi et mardi prochains j'ai mes partiels. En revanche mercredi ou jeudi après-midi,"
        " c'est bon.",
        _R20_WED_THU,
    ),
    _r20lv(
        "fr",
        "La semaine prochaine, lundi et mardi, soutenance et oraux. Mercredi ou jeudi après-midi"
        " en revanche.",
        _R20_WED_THU,
    ),
    _r20lv(
        "de",
        "Nächste Woche Montag und Dienstag schreibe ich meine Abschlussprüfung, Mittwoch oder"
        " Donnerstag nachmittags dafür gern.",
        _R20_WED_THU,
    ),
    _r20lv(
        "de",
        "Nächsten Montag und Dienstag habe ich Klausuren. Mittwoch oder Donnerstag nachmittags"
        " passt dafür.",
        _R20_WED_THU,
    ),
    _r20lv(
        "es",
        "El lunes y el martes que vienen tengo mis parciales. En cambio el miércoles o el jueves"
        " por la tarde sí.",
        _R20_WED_THU,
    ),
    _r20lv(
        "es",
        "La semana que viene lunes y martes tengo oposiciones; el miércoles o el jueves por la"
        " tarde en cambio me va bien.",
        _R20_WED_THU,
    ),
    _r20lv(
        "pt",
        "Na segunda e terça da próxima semana tenho as minhas provas. Por outro lado quarta ou"
        " quinta à tarde dá.",
        _R20_WED_THU,
    ),
    _r20lv(
        "pt",
        "Segunda e terça da semana que vem são os meus exames. Quarta ou quinta à tarde, por"
        " outro lado, estou livre.",
        _R20_WED_THU,
    ),
    # on duty after the days; a week refused until a day beside another week named
    _r20lv(
        "pt", "de segunda a quarta estou de plantão. quinta ou sexta depois das 14h", _R20_LITERAL
    ),
    _r20lv(
        "es",
        "De lunes a miércoles estoy de guardia. El jueves o el viernes después de las 14, en"
        " cambio, sí.",
        _R20_LITERAL,
    ),
    _r20lv(
        "fr",
        "Du lundi au mercredi je suis d'astreinte. En revanche jeudi ou vendredi après 14h.",
        _R20_LITERAL,
    ),
    _r20lv(
        "en",
        "Next week I'm away until Wednesday, so only this week: Thursday works.",
        ((3, "09:00", "17:00"),),
    ),
    _r20lv(
        "en",
        "The week of the 7th I'm away until Wednesday, so only this week: Thursday works.",
        ((3, "09:00", "17:00"),),
    ),
    # a no before the verdict keeps the day: "no está mal", "nicht schlecht"
    _r20lv(
        "es",
        "El martes no está mal. El lunes desde las 14 también.",
        ((7, "14:00", "17:00"), (8, "09:00", "17:00")),
    ),
    _r20lv(
        "de",
        "Dienstag ist nicht schlecht, Montag ab 14 Uhr auch.",
        ((7, "14:00", "17:00"), (8, "09:00", "17:00")),
    ),
)
ALL_PROBES += PROBES_R20LV


# Round 21 (r21pk): picks, refusals of every option, verdicts, withdrawals and relays, written
# from the kinds behind nine held-out misses of sets ao to at, never their sentences.
# Options for the picks by part of day: 1 Wed 2 Dec 9:30, 2 Wed 2 Dec 16:00, 3 Thu 3 Dec 11:00 ET.
_R21_DAY_OPTIONS = {"proposed": [_slot(2, 9, 30), _slot(2, 16), _slot(3, 11)]}


def _r21_refused(lang: str, text: str) -> Probe:
    return P("pick", lang, text, "decline", stage="proposed", context=NEXT_WEEK_OPTIONS)


def _r21_pick(lang: str, text: str, selected: int) -> Probe:
    return P(
        "pick", lang, text, "accept", selected=selected, stage="proposed", context=_R21_DAY_OPTIONS
    )


def _r21_relay(lang: str, text: str, intent: str, windows: Windows = ()) -> Probe:
    return P("relay", lang, text, intent, windows, role="recruiter")


PROBES_R21PK: tuple[Probe, ...] = tuple(
    _r21_refused(lang, text)
    for lang, text in (
        # every option refused by its count alone, with no noun: "keiner der drei"
        ("de", "Leider passt keiner der drei, ich habe in der Woche Bereitschaft."),
        ("de", "Keiner der beiden anderen Vorschläge, und der erste auch nicht: keiner der drei."),
        (
            "de",
            "Schade, mir geht keine der drei. Ich melde mich mit Alternativen.",
        ),
        ("de", "Hm, keiner von den dreien klappt, bin auf Schulung."),
        (
            "en",
            "None of the three work, I'm on call that week."
            " I'll send new dates once I have my rota.",
        ),
        (
            "fr",
            "Aucun des trois ne me va, je suis d'astreinte."
            " Je reviens vers vous avec d'autres dates.",
        ),
        (
            "es",
            "Ninguna de las tres me va, estoy de guardia."
            " Os paso fechas cuando tenga el cuadrante.",
        ),
        ("pt", "Nenhuma das três dá, estou de plantão. Mando novas datas quando tiver a escala."),
        # every day of the options filled with something else, named by their count
        ("de", "An allen drei Tagen bin ich auf Montage in Kiel."),
        ("de", "an allen Tagen habe ich Inventur, tut mir leid"),
        ("en", "All three days I'm away at the trade fair, sorry."),
        ("en", "On all three days I'm teaching at the college, so I can't."),
        ("fr", "Tous les trois jours je suis en formation à Lyon, désolé."),
        ("es", "Los tres días estoy de viaje con un cliente."),
        ("pt", "Nos três dias estou em viagem a trabalho."),
        # the whole offer refused as one: "das klappt alles nicht", "no me va nada", "nada dá"
        ("de", "Das klappt leider alles nicht, ich bin die ganze Woche unterwegs."),
        ("de", "Passt mir alles nicht, sorry. Melde mich nächste Woche."),
        ("es", "Lo siento, no me va nada de eso, estoy fuera toda la semana."),
        ("es", "Nada me sirve esa semana."),
        ("pt", "Infelizmente nada dá, estou fora a semana toda."),
        ("pt", "Nada serve pra mim, desculpa."),
    )
)
PROBES_R21PK += tuple(
    _r16v(lang, text, outcome)
    for lang, text, outcome in (
        # the sender's own verdict word, alone in its clause: "no from me", "von mir ein Nein"
        ("en", "no from me. solid on paper but not ready to run the night crew", "reject"),
        ("en", "Nope from my side - too green for the client work.", "reject"),
        ("en", "That's a firm no from us, sorry. Thanks for setting it up.", "reject"),
        ("en", "yes from me, she'd fit right in", "advance"),
        ("en", "It's a yes from our end. Happy to move her on.", "advance"),
        ("fr", "Pour moi c'est non, trop juste sur la partie technique.", "reject"),
        ("fr", "De notre côté, non : il manque d'autonomie.", "reject"),
        ("fr", "De mon côté c'est oui, elle a très bien présenté.", "advance"),
        ("de", "Von mir ein klares Nein, fachlich zu dünn.", "reject"),
        ("de", "Von unserer Seite leider nein.", "reject"),
        ("de", "Von mir ein Ja, hat mich überzeugt.", "advance"),
        ("es", "Por mi parte, no. Le falta experiencia con clientes.", "reject"),
        ("es", "Por nuestra parte es un no, lo siento.", "reject"),
        ("es", "Por mi parte sí, me gustó mucho.", "advance"),
        ("pt", "Da minha parte é um não, faltou experiência.", "reject"),
        ("pt", "Da nossa parte, não. Não está pronta para liderar.", "reject"),
        ("pt", "Da minha parte é sim, gostei bastante.", "advance"),
    )
)
PROBES_R21PK += tuple(
    _r21_pick(lang, text, selected)
    for lang, text, selected in (
        # the day's end or start tells the day's options apart, "rather" said before or after
        ("fr", "ok pour mercredi, plutôt celui de fin de journée. merci", 2),
        ("fr", "Mercredi me va, le créneau de l'après-midi plutôt.", 2),
        ("fr", "Mercredi, le créneau de première heure si possible.", 1),
        ("en", "Wednesday works, the end-of-day one if possible.", 2),
        ("en", "Wednesday, the close of play one.", 2),
        ("en", "Wed is good - the later one rather, thx", 2),
        ("de", "Mittwoch passt, lieber den Termin am späten Nachmittag.", 2),
        ("de", "Mittwoch gern, den Termin am Tagesende.", 2),
        ("es", "El miércoles, el de última hora.", 2),
        ("es", "Miércoles, el de primera hora.", 1),
        ("es", "Miércoles, el de la tarde mejor.", 2),
        ("pt", "Quarta, o horário do fim do dia por favor.", 2),
        ("pt", "Quarta pode ser, o do início do dia.", 1),
        ("pt", "Quarta, o da tarde de preferência.", 2),
    )
)
PROBES_R21PK += tuple(
    _r21_relay(lang, text, "availability", ((3, "10:00", "12:00"), (4, "14:00", "17:00")))
    for lang, text in (
        # the day earlier times were sent on is no offer, said before or after the day
        (
            "en",
            "Her new times, replacing the ones I sent on Monday: Thursday 10-12 or Friday after 2.",
        ),
        ("en", "As I wrote on Monday, she can do Thursday 10-12 or Friday after 2."),
        (
            "fr",
            "Nouvelles dispos, qui remplacent celles envoyées"
            " lundi : jeudi 10h-12h, vendredi après 14h.",
        ),
        ("fr", "Comme je vous l'ai écrit lundi, elle peut jeudi 10h-12h ou vendredi après 14h."),
        (
            "de",
            "Seine neuen Zeiten statt der, die ich am Montag geschickt"
            " habe: Donnerstag 10-12 Uhr, Freitag ab 14 Uhr.",
        ),
        ("de", "Wie am Montag geschrieben, kann sie Donnerstag 10-12 Uhr oder Freitag ab 14 Uhr."),
        (
            "es",
            "Sustituyen a las que os mandé el lunes: jueves"
            " de 10 a 12, viernes a partir de las 14.",
        ),
        (
            "es",
            "Como os escribí el lunes, puede el jueves de 10 a 12 o el viernes a partir de las 14.",
        ),
        ("pt", "Substituem as que enviei na segunda: quinta das 10h às 12h, sexta depois das 14h."),
        ("pt", "Como escrevi na segunda, ela pode quinta das 10h às 12h ou sexta depois das 14h."),
    )
)
PROBES_R21PK += tuple(
    _r21_relay(lang, text, "withdraw")
    for lang, text in (
        # leaving, with a word of conclusion or form between the verb and the application
        ("fr", "J'ai trouvé un poste plus près de chez moi, je retire donc ma candidature."),
        ("fr", "Je retire par la présente ma candidature au poste d'éducatrice."),
        ("fr", "J'ai accepté hier une offre dans une autre clinique."),
        ("en", "I accepted an offer at another agency last night, sorry for the short notice."),
        ("de", "Ich ziehe hiermit meine Bewerbung zurück."),
        ("es", "Retiro por tanto mi candidatura al puesto de coordinadora."),
        ("es", "He aceptado una oferta en otra empresa."),
        ("pt", "Por isso retiro então a minha candidatura."),
        ("pt", "Aceitei ontem uma proposta noutra empresa."),
    )
)
PROBES_R21PK += _r20vd(
    "advance",
    # one of ours to show the candidate round a place of ours before the decision
    ("en", "Mixed. Before we decide I'd want our site lead to walk him round the yard."),
    ("en", "Not sure. I'd like Priya to show her round the kitchen before we decide."),
    ("en", "Torn. Can our foreman take him round the site for an hour first?"),
    ("en", "On the fence - could Dan give her a quick tour of the plant and see how she reacts?"),
    (
        "fr",
        "Mitigé. Avant de décider, j'aimerais que notre chef d'équipe lui fasse visiter l'atelier.",
    ),
    ("fr", "Partagé. J'aimerais que Paul lui montre la cuisine avant qu'on tranche."),
    ("de", "Gemischt. Bevor wir entscheiden, soll unser Polier ihn über die Baustelle führen."),
    ("de", "Unsicher. Frau Kern soll ihm erst mal die Werkstatt zeigen."),
    ("es", "Dudas. Antes de decidir, quiero que nuestro encargado le enseñe el taller."),
    ("es", "Regular. Que Marta le haga un recorrido por la planta y decidimos."),
    ("pt", "Dividido. Antes de decidir, queria que o nosso encarregado lhe mostrasse a obra."),
    ("pt", "Não sei. Que a Rita lhe mostre a cozinha antes de decidirmos."),
)
PROBES_R21PK += tuple(
    P("pick", lang, text, "accept", selected=selected, stage="proposed", context=OPTIONS)
    for lang, text, selected in (
        # a mark in a quoted list whose options are numbered behind their noun ("Opción 3:",
        # "Termin 2:", "Option #1 -"): at the line's end, before its noun, or on a line under it
        (
            "en",
            "Marked my pick below, thanks!\n"
            "\n"
            "On Mon, Nov 30, 2026 at 9:00 AM Sam wrote:\n"
            "> Option 1: Wed Dec 2, 1pm ET\n"
            "> Option 2: Thu Dec 3, 10am ET\n"
            "> Option 3: Wed Dec 2, 4pm ET  <--\n"
            ">\n"
            "> Best, Sam",
            3,
        ),
        (
            "en",
            "see the one i ticked\n"
            "\n"
            "> Option #1 - Wed Dec 2, 1pm ET\n"
            "> X Option #2 - Thu Dec 3, 10am ET\n"
            "> Option #3 - Wed Dec 2, 4pm ET",
            2,
        ),
        (
            "fr",
            "J'ai marqué celui qui me convient.\n"
            "\n"
            "Le lun. 30 nov. 2026 à 09:00, Sam a écrit :\n"
            "> Créneau 1 : mer. 2 déc., 13h\n"
            "> Créneau 2 : jeu. 3 déc., 10h\n"
            "> Créneau 3 : mer. 2 déc., 16h\n"
            "celui-ci 👈\n"
            ">\n"
            "> Bien à vous",
            3,
        ),
        (
            "de",
            "Ich habe Ihnen den passenden Termin markiert.\n"
            "\n"
            "Am Mo., 30. Nov. 2026 um 09:00 schrieb Sam:\n"
            "> Termin 1: Mi., 2.12., 13:00\n"
            "> Termin 2: Do., 3.12., 10:00 <-- der\n"
            "> Termin 3: Mi., 2.12., 16:00",
            2,
        ),
        (
            "es",
            "Te marco abajo la que me va.\n"
            "\n"
            "El lun, 30 nov 2026 a las 9:00, Sam escribió:\n"
            "> Opción 1: miércoles 2, 13:00\n"
            "> Opción 2: jueves 3, 10:00\n"
            "esta 👈\n"
            "> Opción 3: miércoles 2, 16:00",
            2,
        ),
        (
            "pt",
            "Marquei abaixo a que prefiro.\n"
            "\n"
            "Em seg., 30 de nov. de 2026 às 09:00, Sam escreveu:\n"
            "> Opção 1: quarta 2, 13h\n"
            "> Opção 2: quinta 3, 10h\n"
            "> Opção 3: quarta 2, 16h ←\n"
            ">\n"
            "> Abraço",
            3,
        ),
        (
            "de",
            "Vorschlag 3 ist markiert.\n"
            "\n"
            "> Vorschlag 1: Mi., 2.12., 13:00\n"
            "> Vorschlag 2: Do., 3.12., 10:00\n"
            "> Vorschlag 3: Mi., 2.12., 16:00 👈",
            3,
        ),
        (
            "es",
            "la marqué abajo\n"
            "\n"
            "> Propuesta 1: miércoles 2, 13:00 h\n"
            "> Propuesta 2: jueves 3, 10:00 h  <==\n"
            "> Propuesta 3: miércoles 2, 16:00 h",
            2,
        ),
    )
)
ALL_PROBES += PROBES_R21PK


def _r21sh(lang: str, text: str, windows: Windows) -> Probe:
    zone = {"fr": _PARIS, "es": _MADRID, "de": _BERLIN, "pt": _LISBON}.get(lang, ET)
    return P("ruled-out", lang, text, "availability", windows, zone=zone)


_R21_THU_FRI_1 = each_day((10, 11), "13:00", "17:00")
_R21_MON_TUE_2 = each_day((7, 8), "14:00", "17:00")
_R21_MON_15 = ((7, "15:00", "17:00"),)
_R21_WEEK_14 = each_day((14, 15, 16, 17, 18), "09:00", "17:00")

PROBES_R21SH: tuple[Probe, ...] = (
    # a hard-wrapped line (a mail client's wrap, the line long and unpunctuated) whose break falls
    # between a duty or an absence and the days it takes: the days are still ruled out
    _r21sh(
        "en",
        "Hello, thanks for the note. Next week I'm covering the night rota at our depot in Leeds\n"
        "Monday through Wednesday, so those are gone. Thursday or Friday after 1 is fine.",
        _R21_THU_FRI_1,
    ),
    _r21sh(
        "en",
        "Quick one: next week I'll be away at a supplier audit with two of my colleagues\n"
        "Monday to Wednesday. Thu or Fri any time after 1pm suits me.",
        _R21_THU_FRI_1,
    ),
    _r21sh(
        "en",
        "Hi there, next week I am on call for the whole maintenance team at the plant\n"
        "Monday, Tuesday and Wednesday - please don't\nbook anything then. Thursday or Friday"
        " from 1 would work.",
        _R21_THU_FRI_1,
    ),
    _r21sh(
        "de",
        "Guten Tag, nächste Woche habe ich Bereitschaftsdienst für unsere Leitstelle in Kassel\n"
        "Montag bis Mittwoch. Donnerstag oder Freitag ab 13 Uhr passt mir gut.",
        _R21_THU_FRI_1,
    ),
    _r21sh(
        "de",
        "Hallo, nächste Woche bin ich leider mit der ganzen Abteilung auf einer Fortbildung\n"
        "Montag bis Mittwoch. Am Donnerstag oder Freitag ginge es jeweils ab 13 Uhr.",
        _R21_THU_FRI_1,
    ),
    _r21sh(
        "fr",
        "Bonjour, la semaine prochaine je suis d'astreinte pour le service technique du site\n"
        "lundi au mercredi. Jeudi ou vendredi à partir de 13h, cela me convient.",
        _R21_THU_FRI_1,
    ),
    _r21sh(
        "es",
        "Hola, la semana que viene estoy de guardia en el hospital comarcal con mi equipo\n"
        "lunes a miércoles. El jueves o el viernes a partir de las 13h me viene bien.",
        _R21_THU_FRI_1,
    ),
    _r21sh(
        "pt",
        "Olá, na próxima semana estou de plantão no pronto-socorro do hospital regional\n"
        "segunda a quarta. Quinta ou sexta a partir das 13h fica ótimo.",
        _R21_THU_FRI_1,
    ),
    # short weekdays listed as phones write them ("seg ou ter", "la q viene"): Tuesday after
    # another short weekday is a day, "q" is "que", "dps" is "depois"
    _r21sh("pt", "sexta n rola, to de sobreaviso. seg ou ter dps das 14h blz?", _R21_MON_TUE_2),
    _r21sh("pt", "sexta estou de escala no hospital. seg e ter depois das 14h", _R21_MON_TUE_2),
    _r21sh("pt", "seg, ter dps das 14h pode ser", _R21_MON_TUE_2),
    _r21sh("pt", "essa semana to de plantão. a q vem seg ou ter depois das 14h", _R21_MON_TUE_2),
    _r21sh(
        "es",
        "esta semana imposible, turnos de guardia. la q viene lunes o martes dsp de las 14",
        _R21_MON_TUE_2,
    ),
    _r21sh(
        "es",
        "esta semana estoy de retén todo el rato. la q viene cualquier dia menos mie, jue y vie,"
        " a partir de las 14",
        _R21_MON_TUE_2,
    ),
    _r21sh(
        "pt",
        "essa semana to embarcado. a q vem qualquer dia menos qua, qui e sex, dps das 14h",
        _R21_MON_TUE_2,
    ),
    _r21sh("pt", "qui de manhã n dá. seg ou ter depois das 14h", _R21_MON_TUE_2),
    # a German day then a duty, an absence or a verdict, the verb second: the day is ruled out
    _r21sh("de", "Montag ab 15 Uhr. Freitag habe ich Bereitschaft.", _R21_MON_15),
    _r21sh("de", "Montag geht ab 15 Uhr. Am Freitag hab ich Nachtdienst.", _R21_MON_15),
    _r21sh("de", "Freitag habe ich Rufbereitschaft, Montag ab 15 Uhr ginge.", _R21_MON_15),
    _r21sh("de", "Montag ab 15 Uhr. Freitag bin ich auf einem Erste-Hilfe-Lehrgang.", _R21_MON_15),
    _r21sh("de", "Montag ab 15 Uhr. Freitag sind wir auf einem Kongress in Leipzig.", _R21_MON_15),
    _r21sh("de", "Freitag fällt leider raus, Montag ab 15 Uhr wäre gut.", _R21_MON_15),
    _r21sh("de", "Montag gerne ab 15 Uhr, der Freitag fällt bei mir flach.", _R21_MON_15),
    _r21sh("de", "Montag ab 15 Uhr. Freitag hab ich Dienst, der fällt also weg.", _R21_MON_15),
    _r21sh("de", "Mo ab 15 Uhr. Fr bin ich auf ner Schulung.", _R21_MON_15),
    _r21sh("en", "Monday from 3pm. Friday I have a night shift.", _R21_MON_15),
    _r21sh("fr", "Lundi à partir de 15h. Vendredi je suis en formation.", _R21_MON_15),
    _r21sh("es", "El lunes desde las 15h. El viernes tengo guardia.", _R21_MON_15),
    # a week named by its date as phones shorten it ("wk of the 14th"), after a stretch refused
    _r21sh("en", "on nights til the 9th. anytime wk of the 14th tho", _R21_WEEK_14),
    _r21sh(
        "en", "Im on call at the plant until the 11th, any day the wk of the 14th", _R21_WEEK_14
    ),
    _r21sh(
        "en", "none of those work, covering lates. wk from the 14th im free all wk", _R21_WEEK_14
    ),
    _r21sh(
        "en", "Away on a course till the 11th. The wk commencing 14th is wide open.", _R21_WEEK_14
    ),
)
ALL_PROBES += PROBES_R21SH


# Round 21: clock words and parts of day in their loose forms, exceptions inside a day named by
# lunch in any of its words, the booked slot moved by an hour and a half, and a part of day
# spent at one's own desk (written from the kinds behind held-out misses of sets ao to at).
# Days are December 2026, written on Tuesday the 1st: Wed 2, Thu 3, Fri 4; next week 7 to 11.
_R21_NOT_LUNCH = tuple(w for d in (2, 3, 4) for w in ((d, "09:00", "12:00"), (d, "13:00", "17:00")))


def _r21(lang: str, text: str, windows: Windows) -> Probe:
    return P("time-of-day", lang, text, "availability", windows)


def _r21_moved(lang: str, text: str, windows: Windows) -> Probe:
    return P("time-of-day", lang, text, "reschedule", windows, stage="scheduled", context=BOOKED)


PROBES_R21PD: tuple[Probe, ...] = (
    # the booked slot (Wed 2, 14:00) moved by an hour and its half, said as "and a half" after
    # the hour or as one count ("anderthalb", "one and a half", "1,5")
    _r21_moved(
        "en",
        "Would it be ok to push our call back by an hour and a half?",
        ((2, "15:30", "16:30"),),
    ),
    _r21_moved("en", "can we start one and a half hours later tmrw?", ((2, "15:30", "16:30"),)),
    _r21_moved(
        "en", "Any chance we could bring it forward an hour and a half?", ((2, "12:30", "13:30"),)
    ),
    _r21_moved(
        "fr",
        "Est-ce qu'on pourrait repousser l'entretien d'une heure et demie ?",
        ((2, "15:30", "16:30"),),
    ),
    _r21_moved(
        "fr",
        "Pourriez-vous avancer notre rendez-vous d'une heure et demie ?",
        ((2, "12:30", "13:30"),),
    ),
    _r21_moved(
        "de",
        "Könnten wir den Termin um anderthalb Stunden nach hinten verschieben?",
        ((2, "15:30", "16:30"),),
    ),
    _r21_moved("de", "Ginge es, eineinhalb Stunden später anzufangen?", ((2, "15:30", "16:30"),)),
    _r21_moved(
        "de", "Können wir das Gespräch 1,5 Stunden später beginnen?", ((2, "15:30", "16:30"),)
    ),
    _r21_moved(
        "es", "¿Sería posible retrasar la llamada una hora y media?", ((2, "15:30", "16:30"),)
    ),
    _r21_moved("pt", "Conseguimos adiar a conversa uma hora e meia?", ((2, "15:30", "16:30"),)),
    # the end of the afternoon in its short and loose forms, and "late" before any afternoon word
    _r21("fr", "dispo jeudi en fin d'aprem", ((3, "15:00", "17:00"),)),
    _r21("fr", "Vendredi plutôt fin d'aprèm si ça vous va.", ((4, "15:00", "17:00"),)),
    _r21("fr", "Je peux mercredi, tard dans l'après-midi.", ((2, "15:00", "17:00"),)),
    _r21("en", "Thursday, late in the afternoon, would suit me.", ((3, "15:00", "17:00"),)),
    _r21("en", "fri late arvo works", ((4, "15:00", "17:00"),)),
    _r21("de", "Donnerstag spätnachmittags hätte ich Zeit.", ((3, "15:00", "17:00"),)),
    _r21("de", "Am Freitag am späteren Nachmittag ginge es.", ((4, "15:00", "17:00"),)),
    _r21("es", "El jueves a últimas horas de la tarde puedo.", ((3, "15:00", "17:00"),)),
    _r21("pt", "Consigo na sexta no fim de tarde.", ((4, "15:00", "17:00"),)),
    _r21("pt", "quinta ao final de tarde dá pra mim", ((3, "15:00", "17:00"),)),
    # a part of day named as a part or a period of the day, said once over a list of days
    _r21(
        "pt",
        "Semana que vem dá segunda ou terça, sempre da parte da manhã.",
        each_day((7, 8), "09:00", "12:00"),
    ),
    _r21("pt", "Posso quarta ou quinta, na parte da tarde.", each_day((2, 3), "12:00", "17:00")),
    _r21(
        "pt",
        "Quinta e sexta no período da tarde, de preferência.",
        each_day((3, 4), "12:00", "17:00"),
    ),
    _r21(
        "pt",
        "Tenho quarta e quinta livres no período da manhã.",
        each_day((2, 3), "09:00", "12:00"),
    ),
    _r21(
        "es", "Puedo el jueves o el viernes durante la mañana.", each_day((3, 4), "09:00", "12:00")
    ),
    _r21(
        "es",
        "Jueves y viernes en horario de tarde, sin problema.",
        each_day((3, 4), "12:00", "17:00"),
    ),
    _r21(
        "pt",
        "Quarta ou sexta durante a tarde fica ótimo.",
        ((2, "12:00", "17:00"), (4, "12:00", "17:00")),
    ),
    # a part of day spent at one's own desk, office or home is offered, not taken
    _r21(
        "en",
        "Wed 2pm, or else Thursday morning, I'm at my desk all morning.",
        ((2, "14:00", "15:00"), (3, "09:00", "12:00")),
    ),
    _r21(
        "en",
        "Friday morning is good, I'm at my computer the whole morning anyway.",
        ((4, "09:00", "12:00"),),
    ),
    _r21(
        "en",
        "Thursday at 3, otherwise Friday morning - I'm at home all morning.",
        ((3, "15:00", "16:00"), (4, "09:00", "12:00")),
    ),
    _r21(
        "fr",
        "Jeudi 15h, sinon vendredi matin, je suis à mon bureau toute la matinée.",
        ((3, "15:00", "16:00"), (4, "09:00", "12:00")),
    ),
    _r21(
        "de",
        "Donnerstag 15 Uhr oder Freitagvormittag, da bin ich im Büro.",
        ((3, "15:00", "16:00"), (4, "09:00", "12:00")),
    ),
    _r21(
        "es",
        "El jueves a las 15h o el viernes por la mañana, estoy en mi mesa toda la mañana.",
        ((3, "15:00", "16:00"), (4, "09:00", "12:00")),
    ),
    _r21(
        "pt",
        "Quinta às 15h, ou sexta de manhã, estou em casa a manhã toda.",
        ((3, "15:00", "16:00"), (4, "09:00", "12:00")),
    ),
    _r21(
        "pt",
        "Quinta às 15h ou então sexta de manhã, estou na minha mesa.",
        ((3, "15:00", "16:00"), (4, "09:00", "12:00")),
    ),
    # lunch left out of whole days, in any of its names and after a word of time
    _r21("en", "Wed to Fri I'm free all day, but not around lunch.", _R21_NOT_LUNCH),
    _r21("en", "Any time Wed-Fri except the lunch hour.", _R21_NOT_LUNCH),
    _r21("en", "wed thru fri whenever, just not over my lunch break", _R21_NOT_LUNCH),
    _r21(
        "fr",
        "Du mercredi au vendredi toute la journée, mais pas pendant la pause déjeuner.",
        _R21_NOT_LUNCH,
    ),
    _r21("fr", "mercredi à vendredi quand vous voulez, sauf à la pause de midi", _R21_NOT_LUNCH),
    _r21("de", "Mittwoch bis Freitag ganztags, nur nicht in der Mittagsstunde.", _R21_NOT_LUNCH),
    _r21("es", "De miércoles a viernes todo el día, pero no durante el almuerzo.", _R21_NOT_LUNCH),
    _r21(
        "es", "Miércoles a viernes a cualquier hora salvo a la hora de la comida.", _R21_NOT_LUNCH
    ),
    _r21(
        "pt",
        "De quarta a sexta estou livre o dia todo, só não no horário de almoço.",
        _R21_NOT_LUNCH,
    ),
    _r21("pt", "quarta a sexta qualquer hora, menos durante o almoço", _R21_NOT_LUNCH),
    _r21(
        "pt", "Quarta a sexta o dia todo, exceto na pausa para o almoço (12h-13h).", _R21_NOT_LUNCH
    ),
)
# English "no" before lunch as a noun's no is no exception of it
PROBES_R21PD += (
    _r21("en", "Thursday 12-2 works, no lunch plans that day.", ((3, "12:00", "14:00"),)),
    _r21("en", "Fri 11:30 to 1:30 is fine - no lunch meeting this week.", ((4, "11:30", "13:30"),)),
)
ALL_PROBES += PROBES_R21PD


# Round 21, ruled-out stretches and the days offered after them (from the kinds behind ten
# held-out misses of sets ao to at; written in other words, never the cases' sentences).
def _r21lv(lang: str, text: str, windows: Windows) -> Probe:
    zone = {"fr": _PARIS, "es": _MADRID, "de": _BERLIN, "pt": _LISBON}.get(lang, ET)
    return P("ruled-out", lang, text, "availability", windows, zone=zone)


_R21_THU_FRI_AM = each_day((10, 11), "09:00", "12:00")
_R21_THU_FRI_14 = each_day((10, 11), "14:00", "17:00")
_R21_AFTER_AM = each_day((14, 15, 17, 18), "09:00", "12:00")
_R21_AFTER_PM = each_day((14, 15, 16, 17), "12:00", "17:00")
_R21_FRIDAY = "Fri, 04 Dec 2026 10:00:00 +0100"
_R21_WED_FRI_AM = each_day((9, 10, 11), "09:00", "12:00")
_R21_THU_FRI_PM = each_day((10, 11), "12:00", "17:00")


def _r21lv_dated(lang: str, text: str, windows: Windows) -> Probe:
    zone = {"fr": _PARIS, "es": _MADRID, "de": _BERLIN, "pt": _LISBON}.get(lang, ET)
    return P("ruled-out", lang, text, "availability", windows, zone=zone, date=_R21_FRIDAY)


PROBES_R21LV: tuple[Probe, ...] = (
    # days of next week taken by an event named with its article (and a phone's "ner", "nem"),
    # then the rest of the week with hours
    _r21lv(
        "de",
        "Nächste Woche bin ich von Montag bis Mittwoch auf einer Fortbildung in Kassel."
        " Donnerstag und Freitag geht es jeweils vormittags.",
        _R21_THU_FRI_AM,
    ),
    _r21lv(
        "de",
        "bin nächste woche mo-mi auf nem seminar in bonn, do oder fr ab 14 uhr ginge",
        _R21_THU_FRI_14,
    ),
    _r21lv(
        "de",
        "Montag bis Mittwoch nächster Woche bin ich auf einem Kongress in Wien, Donnerstag oder"
        " Freitag vormittags passt aber.",
        _R21_THU_FRI_AM,
    ),
    _r21lv(
        "de",
        "Nächste Woche Mo bis Mi auf ner Fachmesse in Essen. Do/Fr ab 14 Uhr klappt.",
        _R21_THU_FRI_14,
    ),
    _r21lv(
        "de",
        "Nächste Woche von Montag bis Mittwoch bin ich auf einem Workshop in Leipzig. Am"
        " Donnerstag oder Freitag vormittags gerne.",
        _R21_THU_FRI_AM,
    ),
    _r21lv(
        "de",
        "nächste woche bin ich mo bis mi auf der weiterbildung, do und fr vormittags ginge",
        _R21_THU_FRI_AM,
    ),
    _r21lv(
        "de",
        "Von Montag bis Mittwoch nächste Woche sind wir auf einer Tagung in Köln. Donnerstag oder"
        " Freitag ab 14 Uhr wäre gut.",
        _R21_THU_FRI_14,
    ),
    _r21lv(
        "es",
        "La semana que viene estoy de lunes a miércoles en un congreso en Bilbao. El jueves o el"
        " viernes por la mañana me viene bien.",
        _R21_THU_FRI_AM,
    ),
    _r21lv(
        "pt",
        "Na próxima semana estou de segunda a quarta numa formação em Braga. Quinta ou sexta de"
        " manhã dá-me jeito.",
        _R21_THU_FRI_AM,
    ),
    _r21lv(
        "fr",
        "La semaine prochaine je suis du lundi au mercredi à un congrès à Nantes. Jeudi ou"
        " vendredi matin me conviendrait.",
        _R21_THU_FRI_AM,
    ),
    _r21lv(
        "en",
        "Next week Monday to Wednesday I'm at a training course in Leeds. Thursday or Friday"
        " morning would work.",
        _R21_THU_FRI_AM,
    ),
    # a week refused whole, then "the following one" by its article alone, with the verdict or
    # the days' quantifier before its weekdays
    _r21lv(
        "es",
        "La semana que viene tengo un congreso toda la semana, así que imposible. La siguiente"
        " cualquier día menos el miércoles, por las mañanas.",
        _R21_AFTER_AM,
    ),
    _r21lv(
        "es",
        "la proxima semana estoy de vacaciones, no puedo. la siguiente me va bien cualquier dia"
        " salvo el viernes, por la tarde",
        _R21_AFTER_PM,
    ),
    _r21lv(
        "es",
        "Del 7 al 11 de diciembre tengo exámenes, esa semana no puedo. La siguiente, cualquier"
        " tarde menos el viernes.",
        _R21_AFTER_PM,
    ),
    _r21lv(
        "en",
        "Next week I'm at a conference the whole week, so that's out. The following one any day"
        " but Wednesday, mornings.",
        _R21_AFTER_AM,
    ),
    _r21lv(
        "en",
        "I'm on holiday all next week. The week after, any afternoon except Friday.",
        _R21_AFTER_PM,
    ),
    _r21lv(
        "fr",
        "La semaine prochaine je suis en congés toute la semaine. La suivante, n'importe quel jour"
        " sauf le mercredi, le matin.",
        _R21_AFTER_AM,
    ),
    _r21lv(
        "de",
        "Nächste Woche bin ich die ganze Woche im Urlaub. Die Woche darauf jeden Tag außer"
        " Mittwoch, vormittags.",
        _R21_AFTER_AM,
    ),
    _r21lv(
        "pt",
        "Na próxima semana estou de férias a semana toda. Na seguinte qualquer dia menos quarta,"
        " de manhã.",
        _R21_AFTER_AM,
    ),
    _r21lv(
        "pt",
        "semana que vem to viajando, nao da. a seguinte qualquer tarde menos sexta",
        _R21_AFTER_PM,
    ),
    # weekdays listed with their days of the month listed in brackets, then refused (on a Friday:
    # the days are next week's)
    _r21lv_dated(
        "en",
        "Monday and Tuesday (7th and 8th) I have exams. Wednesday to Friday mornings work.",
        _R21_WED_FRI_AM,
    ),
    _r21lv_dated(
        "en",
        "Mon & Tue (Dec 7 & 8) I'm away at a wedding. Wed to Fri mornings are fine.",
        _R21_WED_FRI_AM,
    ),
    _r21lv_dated(
        "de",
        "Am Montag und Dienstag (7./8.12.) habe ich Prüfungen. Mittwoch bis Freitag vormittags"
        " geht.",
        _R21_WED_FRI_AM,
    ),
    _r21lv_dated(
        "de",
        "Montag und Dienstag (7. und 8.) bin ich krankgeschrieben, Mittwoch bis Freitag"
        " vormittags passt.",
        _R21_WED_FRI_AM,
    ),
    _r21lv_dated(
        "fr",
        "Lundi et mardi (7 et 8) j'ai mes partiels. Du mercredi au vendredi le matin ça marche.",
        _R21_WED_FRI_AM,
    ),
    _r21lv_dated(
        "es",
        "El lunes y el martes (7 y 8) tengo exámenes. De miércoles a viernes por la mañana me va"
        " bien.",
        _R21_WED_FRI_AM,
    ),
    _r21lv_dated(
        "es",
        "lunes, martes y miércoles (7, 8 y 9) estoy en un congreso. jueves o viernes por la tarde",
        _R21_THU_FRI_PM,
    ),
    _r21lv_dated(
        "pt",
        "Segunda e terça (7 e 8) tenho provas. De quarta a sexta de manhã dá.",
        _R21_WED_FRI_AM,
    ),
    _r21lv_dated(
        "pt",
        "Segunda, terça e quarta (dias 7, 8 e 9) estou de viagem. Quinta ou sexta à tarde.",
        _R21_THU_FRI_PM,
    ),
    # (the same days offered stay offered)
    _r21lv_dated(
        "en",
        "Monday and Tuesday (7th and 8th) work for me.",
        each_day((7, 8), "09:00", "17:00"),
    ),
)
ALL_PROBES += PROBES_R21LV


# Round 22, relative references, picks by part of day and verdicts naming the next round's time
# frame (helper r22rl). Options: 1 Tue 8 Dec 9:00, 2 Tue 8 Dec 11:00, 3 Wed 9 Dec 15:00 (ET);
# afternoon options: 1 Thu 10 Dec 13:00, 2 Thu 10 Dec 16:00, 3 Tue 8 Dec 10:00.
_R22_MORNINGS = {"proposed": [_slot(8, 9), _slot(8, 11), _slot(9, 15)]}
_R22_AFTERNOONS = {"proposed": [_slot(10, 13), _slot(10, 16), _slot(8, 10)]}


def _r22_edge(lang: str, text: str, selected: int, options: dict[str, Any]) -> Probe:
    return P("pick", lang, text, "accept", selected=selected, stage="proposed", context=options)


def _r22_spent(lang: str, text: str) -> Probe:
    # sent Saturday: "tomorrow" is Sunday 6, refused; Monday 7 offered until 2pm
    return P("ruled-out", lang, text, "availability", ((7, "09:00", "14:00"),), date=SATURDAY)


def _r22_told(lang: str, text: str) -> Probe:
    # sent Saturday: "tomorrow" is Sunday 6, refused, its weekday told in brackets
    return P("ruled-out", lang, text, "availability", ((7, "15:00", "17:00"),), date=SATURDAY)


PROBES_R22RL: tuple[Probe, ...] = tuple(
    _r22_edge(lang, text, selected, _R22_MORNINGS)
    for lang, text, selected in (
        # a part of day told by its end or start picks the last or first option inside it
        ("en", "The late-morning Tuesday slot is fine.", 2),
        ("en", "tuesday late morning works for me", 2),
        ("en", "Hi,\n\nTuesday, towards the end of the morning, please.\n\nThanks, Sam", 2),
        ("en", "Early morning on Tuesday suits me.", 1),
        ("fr", "Le créneau de mardi en fin de matinée me va très bien.", 2),
        ("fr", "mardi en debut de matinee, parfait", 1),
        ("de", "Dienstag am späten Vormittag passt mir.", 2),
        ("de", "Am Dienstag gern früh am Vormittag.", 1),
        ("es", "El martes a última hora de la mañana me viene bien.", 2),
        ("es", "martes a primera hora de la mañana", 1),
        ("pt", "Terça no fim da manhã está ótimo.", 2),
        ("pt", "terça logo de manhã, obrigado", 1),
    )
) + tuple(
    _r22_edge(lang, text, selected, _R22_AFTERNOONS)
    for lang, text, selected in (
        ("en", "Thursday early afternoon is good for me.", 1),
        ("fr", "Jeudi en fin d'après-midi, ça me convient.", 2),
        ("de", "Donnerstag am frühen Nachmittag geht.", 1),
        ("es", "El jueves a última hora de la tarde.", 2),
        ("pt", "quinta no início da tarde dá para mim", 1),
    )
)
# one of ours to sit down, chat or talk with the candidate is a step: advance, whatever time
# frame for it follows (it belongs to the next round)
PROBES_R22RL += _r20vd(
    "advance",
    ("en", "Liked her a lot. I'd want our head of design to sit down with her next week."),
    ("en", "We'd like our finance director to get to know him, ideally the week of the 14th."),
    ("en", "Good call. Would love our CTO to have a quick coffee with her, Tue or Wed afternoon."),
    ("en", "Before we make it official I need our lead chef to chat with him - any day next week."),
    (
        "fr",
        "J'aimerais que notre directrice technique s'entretienne avec elle la semaine prochaine.",
    ),
    ("es", "Quiero que nuestro director de obra se siente con ella el jueves."),
    ("pt", "Queria que o nosso chefe de equipa falasse com ele na terça."),
    ("de", "Ich hätte gern, dass unsere Küchenchefin sich nächste Woche mit ihm zusammensetzt."),
)
# a part of a relative day refused, then the whole day spent somewhere told with no subject
PROBES_R22RL += tuple(
    _r22_spent(lang, text)
    for lang, text in (
        ("en", "tomorrow morning no good, at my daughters recital all day. monday im free til 2"),
        ("en", "Tomorrow morning doesn't work, in meetings all day. Monday until 2pm is fine."),
        ("fr", "demain matin impossible, en formation toute la journée. lundi libre jusqu'à 14h"),
        (
            "de",
            "morgen vormittag geht nicht, bin den ganzen Tag auf einem Turnier. Montag bis 14 Uhr",
        ),
        ("es", "mañana por la mañana no puedo, de viaje todo el día. el lunes hasta las 2"),
        ("pt", "amanhã de manhã não dá, em formação o dia todo. segunda livre até às 14h"),
    )
)
# the relative day's weekday told in brackets is the same day, not one more offered
PROBES_R22RL += tuple(
    _r22_told(lang, text)
    for lang, text in (
        ("en", "tomorrow no good (its sunday lol), monday from 3 works"),
        ("en", "Tomorrow's out (it's Sunday!) - Monday after 3 is fine."),
        ("fr", "demain non (c'est dimanche), lundi à partir de 15h"),
        ("de", "morgen nicht (ist ja Sonntag), Montag ab 15 Uhr"),
        ("es", "mañana no (es domingo), el lunes desde las 3"),
        ("pt", "amanhã não (é domingo), segunda a partir das 15h"),
    )
)
# the booked day's part of day refused as the reason for moving, then "the same time" another
# day: what is left of the booked day is the day moved from, not offered; a part of it named
# on purpose still is
PROBES_R22RL += tuple(
    P("time-of-day", lang, text, "reschedule", windows, stage="scheduled", context=BOOKED)
    for lang, text, windows in (
        (
            "en",
            "Sorry - there's no childcare tomorrow afternoon and I have to collect my son. Could "
            "we keep the same time but make it Thursday?",
            ((3, "14:00", "15:00"),),
        ),
        (
            "en",
            "the nursery is shut tomorrow afternoon and I've got the kids. same time on Thursday "
            "instead?",
            ((3, "14:00", "15:00"),),
        ),
        (
            "en",
            "Hi Kevin,\nthe builders need me on site tomorrow afternoon and I have to let them in. "
            "Could we move it to Thursday, same time?\nThanks",
            ((3, "14:00", "15:00"),),
        ),
        (
            "fr",
            "Demain après-midi il n'y a pas de garderie et je dois récupérer mon fils. "
            "Pourrait-on garder la même heure, mais jeudi ?",
            ((3, "14:00", "15:00"),),
        ),
        (
            "de",
            "Morgen Nachmittag hat die Kita zu und ich muss meinen Sohn abholen. Können wir die "
            "gleiche Uhrzeit am Donnerstag nehmen?",
            ((3, "14:00", "15:00"),),
        ),
        (
            "es",
            "mañana por la tarde no hay guardería y tengo que recoger a mi hijo. ¿Podemos "
            "mantener la misma hora pero el jueves?",
            ((3, "14:00", "15:00"),),
        ),
        (
            "pt",
            "amanhã à tarde a creche está fechada e tenho de ir buscar o meu filho. Podemos "
            "manter a mesma hora, mas na quinta?",
            ((3, "14:00", "15:00"),),
        ),
        (
            "en",
            "Tomorrow afternoon doesn't work any more, could we do tomorrow morning or Thursday "
            "instead?",
            ((2, "09:00", "12:00"), (3, "09:00", "17:00")),
        ),
    )
)
ALL_PROBES += PROBES_R22RL
_R22WK_THU_FRI_PM = each_day((10, 11), "12:00", "17:00")
_R22WK_TUE_THU = each_day((22, 24), "09:00", "17:00")
_R22WK_TUE_THU_PM = each_day((22, 24), "12:00", "17:00")
_R22WK_WED_FRI_AM = each_day((23, 25), "09:00", "12:00")

PROBES_R22WK: tuple[Probe, ...] = tuple(
    _r21lv(lang, text, windows)
    for lang, text, windows in (
        # a part of day wished for, then after a dash or a reason word the other part of day
        # told as taken, with many words of what fills it: the one wished is offered
        (
            "en",
            "Hi,\nThursday or Friday next week would work, mornings if possible - I run the "
            "tours at the old mill in the afternoons.\nThanks, Dana",
            _R21_THU_FRI_AM,
        ),
        (
            "en",
            "thu or fri next week, ideally before noon – afternoons are wall to wall site walks "
            "with the contractors",
            _R21_THU_FRI_AM,
        ),
        (
            "en",
            "Next Thursday or Friday suits me, preferably in the afternoon as the kids' swim "
            "lessons on the east side are in the mornings.",
            _R22WK_THU_FRI_PM,
        ),
        (
            "en",
            "Thursday 10th or Friday 11th, mornings where possible — my workshop shifts at the "
            "depot run through the afternoons.",
            _R21_THU_FRI_AM,
        ),
        (
            "fr",
            "Bonjour,\njeudi ou vendredi de la semaine prochaine, de préférence le matin - "
            "j'assure les visites guidées du musée tous les après-midi.\nCordialement",
            _R21_THU_FRI_AM,
        ),
        (
            "fr",
            "Le jeudi 10 ou le vendredi 11 me conviennent, idéalement l'après-midi car je donne "
            "des cours de piano au conservatoire le matin.",
            _R22WK_THU_FRI_PM,
        ),
        (
            "de",
            "Donnerstag oder Freitag nächste Woche, am liebsten vormittags – nachmittags stehe "
            "ich bei uns in der Werkstatt an der Drehbank.",
            _R21_THU_FRI_AM,
        ),
        (
            "de",
            "nächste woche Do oder Fr passt, wenn möglich nachmittags, weil ich vormittags mit "
            "den Lehrlingen auf der Baustelle in Hagen bin",
            _R22WK_THU_FRI_PM,
        ),
        (
            "es",
            "El jueves o el viernes de la semana que viene, preferiblemente por la mañana - por "
            "las tardes hago las rutas de reparto por toda la comarca.",
            _R21_THU_FRI_AM,
        ),
        (
            "es",
            "jueves 10 o viernes 11, si es posible por la tarde porque por las mañanas llevo a "
            "mi madre a la rehabilitación del hospital",
            _R22WK_THU_FRI_PM,
        ),
        (
            "pt",
            "Quinta ou sexta da próxima semana, de preferência de manhã - à tarde faço as "
            "entregas da padaria pelos bairros todos.",
            _R21_THU_FRI_AM,
        ),
        (
            "pt",
            "quinta dia 10 ou sexta dia 11, se possível à tarde, já que de manhã dou aulas de "
            "natação às crianças do clube",
            _R22WK_THU_FRI_PM,
        ),
        # a week refused as "this week" right after the week named by its dates is that week,
        # and the week after counts from it
        (
            "en",
            "I'm at a sales conference from the 14th to the 18th, so this week is a write-off "
            "for me. The following week I'm free Tuesday or Thursday.",
            _R22WK_TUE_THU,
        ),
        (
            "en",
            "hi - away with the choir 14th-18th dec so this whole week's out, sorry!\nthe week "
            "after, tue or thu afternoon works for me",
            _R22WK_TUE_THU_PM,
        ),
        (
            "fr",
            "Je serai en déplacement du 14 au 18 décembre, donc cette semaine ne va pas du "
            "tout.\n\nLa semaine suivante, je suis disponible mardi ou jeudi.",
            _R22WK_TUE_THU,
        ),
        (
            "fr",
            "Bonjour, je suis en séminaire du lundi 14 au vendredi 18, cette semaine est donc "
            "exclue. La semaine d'après : mercredi ou vendredi matin.",
            _R22WK_WED_FRI_AM,
        ),
        (
            "de",
            "Vom 14. bis 18.12. bin ich auf Dienstreise, diese Woche fällt also leider aus. In "
            "der Woche danach ginge Dienstag oder Donnerstag.",
            _R22WK_TUE_THU,
        ),
        (
            "de",
            "vom 14. bis zum 18. dezember bin ich mit der Klasse im Schullandheim, diese Woche "
            "geht also nicht. In der Woche darauf passt Dienstag oder Donnerstag nachmittags.",
            _R22WK_TUE_THU_PM,
        ),
        (
            "es",
            "Del 14 al 18 de diciembre estoy de viaje con la orquesta, así que esta semana no "
            "puedo. La semana siguiente, martes o jueves.",
            _R22WK_TUE_THU,
        ),
        (
            "es",
            "Hola! estoy de congreso del lunes 14 al viernes 18, esta semana imposible. La "
            "semana de después me viene bien miércoles o viernes por la mañana.",
            _R22WK_WED_FRI_AM,
        ),
        (
            "pt",
            "Estou de férias de 14 a 18 de dezembro, por isso essa semana não dá. Na semana "
            "seguinte, terça ou quinta.",
            _R22WK_TUE_THU,
        ),
        (
            "pt",
            "De 14 a 18 de dezembro estou numa formação em Braga, esta semana fica fora. Na "
            "semana a seguir pode ser terça ou quinta à tarde.",
            _R22WK_TUE_THU_PM,
        ),
    )
)


# a Friday before the month named, so that a date read without its month is another day
_R22WK_NOVEMBER = "Fri, 27 Nov 2026 10:00:00 -0500"


def _r22wk_dated(lang: str, text: str, windows: Windows) -> Probe:
    return replace(_r21lv(lang, text, windows), date=_R22WK_NOVEMBER)


PROBES_R22WK += tuple(
    _r22wk_dated(lang, text, windows)
    for lang, text, windows in (
        # a day of the month after its article, then its month: that month's day, not the next
        # day of that number to come
        ("en", "The 30th of December works for me.", ((30, "09:00", "17:00"),)),
        (
            "en",
            "I'm off over Christmas but the 29th or 30th of December would be fine.",
            each_day((29, 30), "09:00", "17:00"),
        ),
        ("fr", "Bonjour, le 30 décembre me convient très bien.", ((30, "09:00", "17:00"),)),
        ("fr", "je suis dispo le 30 decembre au matin", ((30, "09:00", "12:00"),)),
        ("de", "Am 30. Dezember passt es mir gut.", ((30, "09:00", "17:00"),)),
        (
            "de",
            "Hallo, am 29. oder 30. Dezember hätte ich Zeit.",
            each_day((29, 30), "09:00", "17:00"),
        ),
        ("es", "El 30 de diciembre me viene bien.", ((30, "09:00", "17:00"),)),
        ("es", "hola! el 29 de diciembre por la tarde puedo", ((29, "12:00", "17:00"),)),
        ("pt", "O dia 30 de dezembro dá para mim.", ((30, "09:00", "17:00"),)),
        ("pt", "Dia 30 de dezembro de manhã estou livre.", ((30, "09:00", "12:00"),)),
    )
)
PROBES_R22WK += tuple(
    _r21lv(lang, text, windows)
    for lang, text, windows in (
        # a week put out of the question ("exclue", "ausgeschlossen", "excluida", "excluída"),
        # then a day after it; a day told as included in the days refused is refused with them
        (
            "en",
            "Next week is completely ruled out I'm afraid, but Tuesday the 15th works.",
            ((15, "09:00", "17:00"),),
        ),
        (
            "en",
            "next week is excluded for me (audit). Tuesday 15th or Thursday 17th is fine.",
            each_day((15, 17), "09:00", "17:00"),
        ),
        (
            "fr",
            "La semaine prochaine est exclue pour moi. Le mardi 15 au matin me convient.",
            ((15, "09:00", "12:00"),),
        ),
        (
            "fr",
            "Bonjour, la semaine prochaine est malheureusement à exclure, je suis à Lille. Mardi "
            "15 ou jeudi 17, ça me va.",
            each_day((15, 17), "09:00", "17:00"),
        ),
        (
            "de",
            "Nächste Woche ist leider komplett ausgeschlossen. Dienstag, der 15., passt mir "
            "vormittags.",
            ((15, "09:00", "12:00"),),
        ),
        (
            "de",
            "nächste woche ist ausgeschlossen, Mittwoch 16. nachmittags ginge",
            ((16, "12:00", "17:00"),),
        ),
        (
            "es",
            "La semana que viene queda totalmente excluida. El martes 15 me viene bien.",
            ((15, "09:00", "17:00"),),
        ),
        (
            "es",
            "la próxima semana está excluida por el cierre; el miércoles 16 por la tarde puedo",
            ((16, "12:00", "17:00"),),
        ),
        (
            "pt",
            "A próxima semana está excluída, estou em auditoria. Terça 15 ou quinta 17 dá para "
            "mim.",
            each_day((15, 17), "09:00", "17:00"),
        ),
        (
            "pt",
            "Semana que vem fica fora de questão. Terça dia 15 de manhã pode ser.",
            ((15, "09:00", "12:00"),),
        ),
        (
            "en",
            "I'm away all next week, including Wednesday the 9th. Tuesday 15th works.",
            ((15, "09:00", "17:00"),),
        ),
        (
            "fr",
            "Je suis absent toute la semaine prochaine, y compris le mercredi 9. Le mardi 15 me "
            "va.",
            ((15, "09:00", "17:00"),),
        ),
        (
            "de",
            "Nächste Woche bin ich im Urlaub, einschließlich Mittwoch, dem 9. Dienstag, der 15., "
            "passt.",
            ((15, "09:00", "17:00"),),
        ),
        (
            "es",
            "La semana que viene estoy de viaje, incluido el miércoles 9. El martes 15 me va bien.",
            ((15, "09:00", "17:00"),),
        ),
        (
            "pt",
            "Na próxima semana estou de férias, incluindo a quarta dia 9. Terça dia 15 dá.",
            ((15, "09:00", "17:00"),),
        ),
    )
)
ALL_PROBES += PROBES_R22WK


# Round 22, parts of day and hours: a part of day said over a list of days with a verdict after
# it, a part of day refused by a bare no, noon with its article after a bound, hours excepted
# with the busy reason after them and the rest pointed back to (from the kinds behind held-out
# misses of sets ag to ax; written in other words, never the cases' sentences).
def _r22pd(lang: str, text: str, windows: Windows) -> Probe:
    zone = {"fr": _PARIS, "es": _MADRID, "de": _BERLIN, "pt": _LISBON}.get(lang, ET)
    return P("time-of-day", lang, text, "availability", windows, zone=zone)


_R22_WED_FRI_AM = each_day((2, 4), "09:00", "12:00")
_R22_THU_FRI_AM = each_day((3, 4), "09:00", "12:00")
_R22_FRI_NOT_LUNCH = ((4, "09:00", "12:00"), (4, "13:00", "17:00"))
_R22_THU_NOT_LUNCH = ((3, "09:00", "12:00"), (3, "13:00", "17:00"))
PROBES_R22PD: tuple[Probe, ...] = (
    # a list of days, its part of day, then a verdict: the part is every day's, whatever word
    # joins them ("o" is Spanish "or", "a" a range's "to", not an article before a day judged
    # on its own) and whatever greeting, article or accent stands around them
    _r22pd("es", "miércoles o viernes por la mañana me viene bien", _R22_WED_FRI_AM),
    _r22pd(
        "es",
        "Hola,\nel miércoles o el viernes por la tarde me va bien.\nSaludos",
        each_day((2, 4), "12:00", "17:00"),
    ),
    _r22pd(
        "es",
        "miercoles, jueves o viernes por la tarde me viene bien",
        each_day((2, 3, 4), "12:00", "17:00"),
    ),
    _r22pd(
        "es",
        "Miércoles a viernes por las mañanas me va bien.",
        each_day((2, 3, 4), "09:00", "12:00"),
    ),
    _r22pd("es", "miércoles o viernes por la mañana, por la tarde no", _R22_WED_FRI_AM),
    _r22pd("pt", "quarta ou sexta de manhã dá para mim", _R22_WED_FRI_AM),
    _r22pd("pt", "De quarta a sexta de manhã dá certo.", each_day((2, 3, 4), "09:00", "12:00")),
    _r22pd("en", "wednesday or friday morning works for me", _R22_WED_FRI_AM),
    _r22pd("fr", "Mercredi ou vendredi matin me convient.", _R22_WED_FRI_AM),
    _r22pd("de", "Mittwoch oder Freitag vormittags passt mir", _R22_WED_FRI_AM),
    # the other part of the day refused by a bare no, in any of its names
    _r22pd("fr", "mercredi ou vendredi matin pour moi, pas l'aprem", _R22_WED_FRI_AM),
    _r22pd("en", "Wednesday or Friday morning for me, no afternoons", _R22_WED_FRI_AM),
    _r22pd("de", "Mittwoch oder Freitag vormittags, keine Nachmittage", _R22_WED_FRI_AM),
    _r22pd("es", "miércoles o viernes por la mañana, nunca por la tarde", _R22_WED_FRI_AM),
    _r22pd("pt", "quarta ou sexta de manhã, não à tarde", _R22_WED_FRI_AM),
    _r22pd("fr", "Jeudi ou vendredi je peux, mais pas l'aprèm.", _R22_THU_FRI_AM),
    _r22pd("en", "Thursday or Friday works, but no afternoons.", _R22_THU_FRI_AM),
    _r22pd("de", "Donnerstag oder Freitag geht, nur keine Nachmittage bitte", _R22_THU_FRI_AM),
    _r22pd("es", "El jueves o el viernes puedo, pero no por las tardes", _R22_THU_FRI_AM),
    _r22pd("pt", "Quinta ou sexta posso, mas nunca de tarde", _R22_THU_FRI_AM),
    # (a part of day that opens on "no" is no refusal)
    _r22pd("pt", "quarta no fim da tarde", ((2, "15:00", "17:00"),)),
    # noon with its article after a bound, and the half of the day after an hour in Portuguese
    _r22pd("pt", "quarta até o meio-dia", ((2, "09:00", "12:00"),)),
    _r22pd("pt", "Sexta até ao meio-dia, se der.", ((4, "09:00", "12:00"),)),
    _r22pd("es", "el miércoles hasta el mediodía", ((2, "09:00", "12:00"),)),
    _r22pd("es", "El viernes antes del mediodía me viene bien.", ((4, "09:00", "12:00"),)),
    _r22pd("es", "jueves a partir del mediodía", ((3, "12:00", "17:00"),)),
    _r22pd("de", "Mittwoch bis zum Mittag", ((2, "09:00", "12:00"),)),
    _r22pd(
        "pt",
        "Pra mim dá certo quinta depois das duas da tarde ou sexta até o meio-dia.",
        ((3, "14:00", "17:00"), (4, "09:00", "12:00")),
    ),
    _r22pd("es", "miércoles de 10 hasta el mediodía", ((2, "10:00", "12:00"),)),
    _r22pd("fr", "mercredi jusqu'à midi", ((2, "09:00", "12:00"),)),
    # hours excepted from a day, the busy reason told after them, and the rest pointed back to
    _r22pd(
        "es",
        "El viernes estoy libre todo el día, salvo de 12 a 13 que tengo una comida con un "
        "proveedor.",
        _R22_FRI_NOT_LUNCH,
    ),
    _r22pd(
        "en",
        "Friday I'm free all day except 12 to 1 when I have a lunch with a supplier.",
        _R22_FRI_NOT_LUNCH,
    ),
    _r22pd(
        "pt",
        "Sexta estou livre o dia todo, exceto das 12 às 13, que tenho um almoço com um fornecedor.",
        _R22_FRI_NOT_LUNCH,
    ),
    _r22pd(
        "de",
        "Freitag bin ich frei, nur nicht zwischen 12 und 13 Uhr, wo ich ein Essen mit einem "
        "Lieferanten habe.",
        _R22_FRI_NOT_LUNCH,
    ),
    _r22pd(
        "fr",
        "Vendredi je suis libre toute la journée, sauf entre 12h et 13h où j'ai un repas avec un "
        "fournisseur.",
        _R22_FRI_NOT_LUNCH,
    ),
    _r22pd(
        "es",
        "El jueves todo el día salvo de 12 a 1. Cualquier hora fuera de eso me sirve.",
        _R22_THU_NOT_LUNCH,
    ),
    _r22pd(
        "pt",
        "Quinta o dia todo, exceto das 12 às 13. Fora disso qualquer hora serve.",
        _R22_THU_NOT_LUNCH,
    ),
    _r22pd(
        "de",
        "Donnerstag ganztägig außer 12 bis 13 Uhr. Außerhalb davon jederzeit.",
        _R22_THU_NOT_LUNCH,
    ),
    _r22pd(
        "en",
        "Thursday all day except 12 to 1 - any time outside of that is fine.",
        _R22_THU_NOT_LUNCH,
    ),
    _r22pd(
        "fr",
        "Jeudi toute la journée sauf de 12h à 13h, à part ça je suis dispo.",
        _R22_THU_NOT_LUNCH,
    ),
    # a bound wished for within the part of day carried from the sentence before, set off by a
    # double dash
    _r22pd(
        "en",
        "Could we do Wednesday or Thursday next week? I start early, so afternoons are best -- "
        "ideally after 1:30.",
        each_day((9, 10), "13:30", "17:00"),
    ),
    _r22pd(
        "es",
        "Miércoles o jueves de la semana que viene. Entro temprano, así que mejor por la tarde -- "
        "idealmente a partir de las 14h.",
        each_day((9, 10), "14:00", "17:00"),
    ),
    _r22pd(
        "fr",
        "Mercredi ou jeudi la semaine prochaine ? Je commence tôt, donc plutôt l'après-midi -- "
        "idéalement après 14h.",
        each_day((9, 10), "14:00", "17:00"),
    ),
    _r22pd(
        "pt",
        "Quarta ou quinta da semana que vem? Começo cedo, então de tarde -- de preferência depois "
        "das 14h.",
        each_day((9, 10), "14:00", "17:00"),
    ),
)
ALL_PROBES += PROBES_R22PD


def _r22dy(lang: str, text: str, windows: Windows) -> Probe:
    zone = {"fr": _PARIS, "es": _MADRID, "de": _BERLIN, "pt": _LISBON}.get(lang, ET)
    return P("ruled-out", lang, text, "availability", windows, zone=zone)


_R22_MON_WED_FRI_PM = each_day((7, 9, 11), "12:00", "17:00")
_R22_TUE_THU_AM = each_day((8, 10), "09:00", "12:00")
_R22_WED_FRI_PM = each_day((9, 10, 11), "12:00", "17:00")
_R22_WED_FRI_AM = each_day((9, 10, 11), "09:00", "12:00")
_R22_THU_FRI = each_day((10, 11), "09:00", "17:00")
_R22_THU_FRI_10 = each_day((10, 11), "10:00", "17:00")

# Round 22: days ruled out by an activity (exams, a court day, a cleft no) and the free days
# offered beside them with a part of day or hours; every reading holds when words that carry
# no time change (a yes after the offer, an article, accents, a greeting, lower case)
PROBES_R22DY: tuple[Probe, ...] = (
    # a list of days with its part of day said once, then a yes: Spanish "o" is "or", not an
    # article that starts a day of its own
    _r22dy(
        "es",
        "La semana que viene tengo exámenes el martes y el jueves. El lunes, miércoles o"
        " viernes por la tarde me viene bien.",
        _R22_MON_WED_FRI_PM,
    ),
    _r22dy(
        "es",
        "Hola! la semana que viene el lunes, miercoles o viernes por la tarde me va bien,"
        " martes y jueves trabajo",
        _R22_MON_WED_FRI_PM,
    ),
    _r22dy(
        "es", "La semana que viene, martes o jueves por la mañana me viene bien.", _R22_TUE_THU_AM
    ),
    _r22dy(
        "es", "la próxima semana el martes o el jueves por la mañana, perfecto", _R22_TUE_THU_AM
    ),
    _r22dy("es", "La semana que viene martes o jueves por la mañana sí.", _R22_TUE_THU_AM),
    _r22dy("en", "Next week Tuesday or Thursday morning works for me.", _R22_TUE_THU_AM),
    _r22dy("fr", "La semaine prochaine, mardi ou jeudi matin me convient.", _R22_TUE_THU_AM),
    _r22dy("pt", "Na próxima semana, terça ou quinta de manhã dá para mim.", _R22_TUE_THU_AM),
    _r22dy("de", "Nächste Woche passt mir Dienstag oder Donnerstag vormittags.", _R22_TUE_THU_AM),
    # exams or a court day told after the days as a state, then other days with hours
    _r22dy(
        "en",
        "Next week Monday and Tuesday I'm in exams. Thursday or Friday from 10am works.",
        _R22_THU_FRI_10,
    ),
    _r22dy(
        "en",
        "Monday to Wednesday next week I'm in court, any time Thursday or Friday is fine.",
        _R22_THU_FRI,
    ),
    _r22dy(
        "fr",
        "La semaine prochaine, du lundi au mercredi je suis en partiels. Jeudi ou vendredi à"
        " partir de 10h, ça me va.",
        _R22_THU_FRI_10,
    ),
    _r22dy(
        "fr",
        "la semaine pro lundi et mardi je suis en période d'examens, jeudi ou vendredi après 10h",
        _R22_THU_FRI_10,
    ),
    _r22dy(
        "es",
        "La semana que viene de lunes a miércoles estoy de exámenes. Jueves o viernes desde las"
        " 10 me viene bien.",
        _R22_THU_FRI_10,
    ),
    _r22dy(
        "es",
        "la semana q viene lunes y martes estoy en un juicio, jueves o viernes a partir de las 10",
        _R22_THU_FRI_10,
    ),
    _r22dy(
        "pt",
        "Na próxima semana, segunda e terça estou de provas, não consigo. Quinta ou sexta a"
        " partir das 10h dá.",
        _R22_THU_FRI_10,
    ),
    _r22dy(
        "pt",
        "semana que vem segunda a quarta estou em audiência. quinta ou sexta o dia todo",
        _R22_THU_FRI,
    ),
    _r22dy(
        "de",
        "Nächste Woche bin ich Montag bis Mittwoch als Zeuge bei Gericht. Donnerstag oder Freitag"
        " ab 10 Uhr passt.",
        _R22_THU_FRI_10,
    ),
    _r22dy(
        "de",
        "Nächste Woche Montag und Dienstag schreibe ich Klausuren, Donnerstag und Freitag geht"
        " es ab 10 Uhr.",
        _R22_THU_FRI_10,
    ),
    _r22dy(
        "de",
        "nächste woche mo und di bin ich in der pruefungsphase, do oder fr ganztags",
        _R22_THU_FRI,
    ),
    # (a court day told with its hours holds only those: the rest of the day is offered)
    _r22dy(
        "en",
        "Next week Thursday I'm in court till lunch, so any time after 2 works.",
        each_day((10,), "14:00", "17:00"),
    ),
    # a range of days split around its verb, with the part of day inside it or after it
    _r22dy(
        "es",
        "La semana que viene tengo exámenes lunes y martes. A partir del miércoles estoy libre"
        " por las tardes hasta el viernes.",
        _R22_WED_FRI_PM,
    ),
    _r22dy(
        "en",
        "Monday and Tuesday next week I'm sitting my finals. From Wednesday I'm free in the"
        " afternoons until Friday.",
        _R22_WED_FRI_PM,
    ),
    _r22dy(
        "fr",
        "La semaine prochaine j'ai mes partiels lundi et mardi. À partir de mercredi je suis"
        " libre l'après-midi jusqu'à vendredi.",
        _R22_WED_FRI_PM,
    ),
    _r22dy(
        "pt",
        "Na próxima semana tenho exames na segunda e na terça. A partir de quarta estou livre à"
        " tarde até sexta.",
        _R22_WED_FRI_PM,
    ),
    _r22dy(
        "de",
        "Nächste Woche Montag und Dienstag habe ich Prüfungen. Ab Mittwoch bin ich bis Freitag"
        " flexibel, aber nur vormittags.",
        _R22_WED_FRI_AM,
    ),
    # (a stretch from one day to another told with no word of being free between is no range
    # offered)
    _r22dy(
        "de",
        "Ab Montag bin ich bis Mittwoch in Berlin, Donnerstag passt.",
        each_day((3,), "09:00", "17:00"),
    ),
    # a weekday with its date after an article ("Donnerstag, den 10.12.") is one day
    _r22dy(
        "de",
        "Montag bis Mittwoch habe ich meine Meisterprüfung. Donnerstag, den 10.12., und Freitag,"
        " den 11.12., könnte ich jeweils ab 10 Uhr.",
        _R22_THU_FRI_10,
    ),
    _r22dy(
        "fr",
        "Du lundi au mercredi j'ai des examens. Jeudi, le 10/12, ou vendredi, le 11/12, après 10h.",
        _R22_THU_FRI_10,
    ),
    _r22dy(
        "es",
        "De lunes a miércoles tengo exámenes. Jueves, el 10/12, o viernes, el 11/12, después de"
        " las 10.",
        _R22_THU_FRI_10,
    ),
    # a day set apart by a cleft no
    _r22dy(
        "pt",
        "Na próxima semana posso segunda, quarta e sexta à tarde. Terça é que não, tenho provas.",
        each_day((7, 9, 11), "12:00", "17:00"),
    ),
    _r22dy(
        "es",
        "La semana que viene puedo lunes, miércoles y viernes por la tarde. El martes es que no"
        " puedo, tengo un examen.",
        each_day((7, 9, 11), "12:00", "17:00"),
    ),
)
ALL_PROBES += PROBES_R22DY


# Round 23, sentences beside an offer that carry no free time: a reply-by deadline, other days
# ruled out, and the quoted history below (written from the constructs, in words of their own;
# sent Tuesday 1 December 2026, so a bare Wednesday is the 2nd and "next week" the 7th to 11th).
def _c23dl(lang: str, text: str, windows: Windows, kind: str = "ruled-out") -> Probe:
    zone = {"fr": _PARIS, "es": _MADRID, "de": _BERLIN, "pt": _LISBON}.get(lang, ET)
    return P(kind, lang, text, "availability", windows, zone=zone)


_C23_THU_PM = each_day((3,), "12:00", "17:00")
_C23_FRI_AM = each_day((4,), "09:00", "12:00")
_C23_MON_TUE_2 = each_day((7, 8), "14:00", "17:00")
_C23_FRI_10_12 = each_day((4,), "10:00", "12:00")
_C23_THU = each_day((3,), "09:00", "17:00")
_C23_TUE_WED_AM = each_day((8, 9), "09:00", "12:00")
_C23_THU_1PM = each_day((3,), "13:00", "17:00")
_C23_FRI_TO_11 = each_day((4,), "09:00", "11:00")
_C23_MON = each_day((7,), "09:00", "17:00")
_C23_THU_FRI_PM = each_day((3, 4), "12:00", "17:00")
_C23_WED_FRI_10_12 = each_day((2, 4), "10:00", "12:00")
_C23_THU_TO_11 = each_day((3,), "09:00", "11:00")
_C23_FRI_PM = each_day((4,), "12:00", "17:00")
_C23_THU_2PM = each_day((3,), "14:00", "17:00")

# a reply-by day after the offer (the day the answer is due on is never free time)
_C23_DEADLINES = (
    ("en", "Thursday afternoon works for me. Could you let me know by Wednesday?", _C23_THU_PM),
    (
        "en",
        "I'm free Friday morning. Please confirm no later than Thursday so I can arrange cover.",
        _C23_FRI_AM,
    ),
    (
        "en",
        "Monday or Tuesday next week after 2pm. I'd need an answer before Friday though.",
        _C23_MON_TUE_2,
    ),
    (
        "en",
        "Friday between 10 and 12 suits me. Can you get back to me by Thursday?",
        _C23_FRI_10_12,
    ),
    (
        "en",
        "Happy to do Thursday any time. Just tell me before Wednesday evening if it's on.",
        _C23_THU,
    ),
    (
        "en",
        (
            "Tuesday or Wednesday next week in the morning would suit. A reply by Friday "
            "would help me plan."
        ),
        _C23_TUE_WED_AM,
    ),
    (
        "en",
        "I can do Thursday from 1pm. Send the invite by Wednesday at the latest please.",
        _C23_THU_1PM,
    ),
    (
        "en",
        "Friday until 11 is fine. I need to know by Thursday whether it's going ahead.",
        _C23_FRI_TO_11,
    ),
    ("en", "Next Monday is open all day for me. Drop me a line by Friday, please.", _C23_MON),
    (
        "fr",
        "Jeudi après-midi me convient. Pourriez-vous me le confirmer d'ici mercredi ?",
        _C23_THU_PM,
    ),
    ("fr", "Je suis libre vendredi matin. Dites-moi avant jeudi si ça vous va.", _C23_FRI_AM),
    (
        "fr",
        "Lundi ou mardi prochain après 14h. J'aurais besoin d'une réponse au plus tard vendredi.",
        _C23_MON_TUE_2,
    ),
    (
        "fr",
        "Vendredi entre 10h et 12h, ça me va. Tenez-moi au courant jeudi au plus tard.",
        _C23_FRI_10_12,
    ),
    ("fr", "Je peux jeudi toute la journée. Merci de revenir vers moi avant mercredi.", _C23_THU),
    (
        "fr",
        (
            "Mardi ou mercredi de la semaine prochaine le matin m'arrangerait. Une réponse "
            "pour vendredi serait idéale."
        ),
        _C23_TUE_WED_AM,
    ),
    (
        "fr",
        "Jeudi à partir de 13h c'est bon pour moi. Envoyez-moi l'invitation avant mercredi svp.",
        _C23_THU_1PM,
    ),
    (
        "fr",
        "Vendredi jusqu'à 11h. Il me faudrait une confirmation jeudi au plus tard.",
        _C23_FRI_TO_11,
    ),
    (
        "fr",
        (
            "Lundi prochain je suis libre toute la journée. Vous pouvez me donner votre "
            "accord jusqu'à vendredi ?"
        ),
        _C23_MON,
    ),
    (
        "de",
        "Donnerstag nachmittags passt mir. Könnten Sie mir bis Mittwoch Bescheid geben?",
        _C23_THU_PM,
    ),
    (
        "de",
        "Freitag vormittags hätte ich Zeit. Bitte sagen Sie mir vor Donnerstag, ob das klappt.",
        _C23_FRI_AM,
    ),
    (
        "de",
        (
            "Nächste Woche Montag oder Dienstag ab 14 Uhr. Ich bräuchte spätestens Freitag "
            "eine Antwort."
        ),
        _C23_MON_TUE_2,
    ),
    (
        "de",
        "Freitag zwischen 10 und 12 Uhr geht. Melden Sie sich bitte bis Donnerstag.",
        _C23_FRI_10_12,
    ),
    (
        "de",
        "Donnerstag kann ich den ganzen Tag. Können Sie mir das bis Mittwoch bestätigen?",
        _C23_THU,
    ),
    (
        "de",
        (
            "Nächste Woche Dienstag oder Mittwoch vormittags wäre gut. Eine Zusage bis "
            "Freitag wäre nett."
        ),
        _C23_TUE_WED_AM,
    ),
    (
        "de",
        "Donnerstag ab 13 Uhr passt. Schicken Sie mir die Einladung bitte bis Mittwoch.",
        _C23_THU_1PM,
    ),
    ("de", "Freitag bis 11 Uhr ist möglich. Ich müsste es bis Donnerstag wissen.", _C23_FRI_TO_11),
    (
        "de",
        (
            "Nächste Woche Montag bin ich den ganzen Tag frei. Können Sie mir bis Freitag "
            "absagen oder zusagen?"
        ),
        _C23_MON,
    ),
    (
        "es",
        "El jueves por la tarde me va bien. ¿Me lo podéis confirmar antes del miércoles?",
        _C23_THU_PM,
    ),
    ("es", "Estoy libre el viernes por la mañana. Dime algo hasta el jueves.", _C23_FRI_AM),
    (
        "es",
        (
            "La semana que viene, lunes o martes a partir de las 14h. Necesito respuesta "
            "como muy tarde el viernes."
        ),
        _C23_MON_TUE_2,
    ),
    (
        "es",
        "El viernes entre las 10 y las 12 me viene bien. Contéstame a más tardar el jueves.",
        _C23_FRI_10_12,
    ),
    ("es", "Puedo el jueves todo el día. Avísenme para el miércoles, por favor.", _C23_THU),
    (
        "es",
        (
            "La semana que viene, martes o miércoles por la mañana. Me gustaría saberlo "
            "antes del viernes."
        ),
        _C23_TUE_WED_AM,
    ),
    (
        "es",
        "El jueves a partir de las 13h perfecto. Mándame la invitación antes del miércoles.",
        _C23_THU_1PM,
    ),
    ("es", "El viernes hasta las 11. Confírmamelo el jueves como tarde.", _C23_FRI_TO_11),
    (
        "es",
        "El lunes que viene tengo todo el día libre. ¿Me decís algo antes del viernes?",
        _C23_MON,
    ),
    ("pt", "Quinta à tarde fica bom. Você consegue me confirmar até quarta?", _C23_THU_PM),
    ("pt", "Estou livre sexta de manhã. Me responde antes de quinta, por favor.", _C23_FRI_AM),
    (
        "pt",
        (
            "Semana que vem, segunda ou terça depois das 14h. Preciso de uma resposta no "
            "máximo até sexta."
        ),
        _C23_MON_TUE_2,
    ),
    ("pt", "Sexta entre 10h e 12h dá certo. Me dá um retorno até quinta?", _C23_FRI_10_12),
    ("pt", "Posso quinta o dia todo. Me fala até quarta se pode ser.", _C23_THU),
    (
        "pt",
        "Semana que vem, terça ou quarta de manhã. Gostaria de saber até sexta.",
        _C23_TUE_WED_AM,
    ),
    (
        "pt",
        "Quinta a partir das 13h tá ótimo. Manda o convite até quarta, por favor.",
        _C23_THU_1PM,
    ),
    ("pt", "Sexta até as 11h. Me confirma ate quinta, sem falta.", _C23_FRI_TO_11),
    (
        "pt",
        "Segunda que vem estou livre o dia todo. Pode me dar uma resposta antes de sexta?",
        _C23_MON,
    ),
    # the day named as the deadline itself, and the answer asked for in other words
    ("en", "Friday morning suits. Wednesday is the cut-off for me to arrange cover.", _C23_FRI_AM),
    ("en", "Thursday after 1pm. I'd appreciate hearing from you before Wednesday.", _C23_THU_1PM),
    ("fr", "Vendredi matin. Mercredi est la date limite pour que je m'organise.", _C23_FRI_AM),
    ("de", "Freitag vormittags geht. Mittwoch ist leider meine Frist dafür.", _C23_FRI_AM),
    ("es", "El viernes por la mañana. El miércoles es el plazo para organizarme.", _C23_FRI_AM),
    ("pt", "Sexta de manhã. Quarta é o prazo para eu me organizar.", _C23_FRI_AM),
)
# other days ruled out in a sentence of their own beside the offer
_C23_RULED_OUT = (
    ("en", "Wednesday I'm at a trade show. Thursday or Friday afternoon works.", _C23_THU_FRI_PM),
    ("en", "I'm tied up in workshops all of Thursday. Friday morning would suit.", _C23_FRI_AM),
    (
        "en",
        "Thursday I'm moving house. I can do Wednesday or Friday, 10 to 12.",
        _C23_WED_FRI_10_12,
    ),
    ("en", "Friday I'm flying to Denver. Thursday any time.", _C23_THU),
    (
        "en",
        "Can't do Wednesday at all, I've got a hospital appointment. Thursday before 11 works.",
        _C23_THU_TO_11,
    ),
    ("en", "I'm away at my sister's wedding on Friday. Thursday afternoon is good.", _C23_THU_PM),
    (
        "en",
        "Wednesday and Thursday are taken up by my finals. Friday after 2 is fine.",
        each_day((4,), "14:00", "17:00"),
    ),
    (
        "en",
        "Thursday is no good, I'm on jury service. Friday in the afternoon would be great.",
        _C23_FRI_PM,
    ),
    (
        "fr",
        "Mercredi je suis sur un salon. Jeudi ou vendredi après-midi, ça me va.",
        _C23_THU_FRI_PM,
    ),
    (
        "fr",
        "Jeudi je suis pris toute la journée par des formations. Vendredi matin m'irait.",
        _C23_FRI_AM,
    ),
    ("fr", "Jeudi je déménage. Je peux mercredi ou vendredi de 10h à 12h.", _C23_WED_FRI_10_12),
    ("fr", "Vendredi je prends l'avion pour Lyon. Jeudi n'importe quand.", _C23_THU),
    (
        "fr",
        "Mercredi impossible, j'ai un rendez-vous à l'hôpital. Jeudi avant 11h ça marche.",
        _C23_THU_TO_11,
    ),
    ("fr", "Je suis au mariage de ma sœur vendredi. Jeudi après-midi me convient.", _C23_THU_PM),
    (
        "fr",
        "Mercredi et jeudi j'ai mes partiels. Vendredi après 14h c'est bon.",
        each_day((4,), "14:00", "17:00"),
    ),
    (
        "fr",
        "Jeudi ce n'est pas possible, je suis juré d'assises. Vendredi après-midi serait parfait.",
        _C23_FRI_PM,
    ),
    (
        "de",
        "Mittwoch bin ich auf einer Messe. Donnerstag oder Freitag nachmittags passt.",
        _C23_THU_FRI_PM,
    ),
    (
        "de",
        "Donnerstag bin ich den ganzen Tag in Schulungen. Freitag vormittags ginge.",
        _C23_FRI_AM,
    ),
    (
        "de",
        "Donnerstag ziehe ich um. Ich kann Mittwoch oder Freitag von 10 bis 12 Uhr.",
        _C23_WED_FRI_10_12,
    ),
    ("de", "Freitag fliege ich nach Wien. Donnerstag jederzeit.", _C23_THU),
    (
        "de",
        "Mittwoch geht gar nicht, da habe ich einen Arzttermin. Donnerstag vor 11 Uhr klappt.",
        _C23_THU_TO_11,
    ),
    (
        "de",
        "Freitag bin ich auf der Hochzeit meiner Schwester. Donnerstag nachmittags ist gut.",
        _C23_THU_PM,
    ),
    (
        "de",
        "Mittwoch und Donnerstag schreibe ich Klausuren. Freitag ab 14 Uhr geht.",
        each_day((4,), "14:00", "17:00"),
    ),
    (
        "de",
        "Donnerstag ist schlecht, ich bin Schöffe am Gericht. Freitag am Nachmittag wäre super.",
        _C23_FRI_PM,
    ),
    (
        "es",
        "El miércoles estoy en una feria. El jueves o el viernes por la tarde me va bien.",
        _C23_THU_FRI_PM,
    ),
    (
        "es",
        "El jueves tengo cursos todo el día. El viernes por la mañana me vendría bien.",
        _C23_FRI_AM,
    ),
    ("es", "El jueves me mudo. Puedo el miércoles o el viernes de 10 a 12.", _C23_WED_FRI_10_12),
    ("es", "El viernes vuelo a Sevilla. El jueves a cualquier hora.", _C23_THU),
    (
        "es",
        "El miércoles no puedo, tengo cita en el hospital. El jueves antes de las 11 me va.",
        _C23_THU_TO_11,
    ),
    (
        "es",
        "Estoy en la boda de mi hermana el viernes. El jueves por la tarde está bien.",
        _C23_THU_PM,
    ),
    (
        "es",
        "Miércoles y jueves tengo los finales. El viernes después de las 14h me sirve.",
        each_day((4,), "14:00", "17:00"),
    ),
    (
        "es",
        "El jueves imposible, me toca hacer de jurado. El viernes por la tarde sería perfecto.",
        _C23_FRI_PM,
    ),
    ("pt", "Quarta estou numa feira. Quinta ou sexta à tarde dá para mim.", _C23_THU_FRI_PM),
    ("pt", "Quinta tenho treinamento o dia inteiro. Sexta de manhã seria bom.", _C23_FRI_AM),
    ("pt", "Quinta vou me mudar. Posso quarta ou sexta das 10h às 12h.", _C23_WED_FRI_10_12),
    ("pt", "Sexta vou de avião para Recife. Quinta a qualquer hora.", _C23_THU),
    (
        "pt",
        "Quarta não dá, tenho consulta no hospital. Quinta antes das 11h funciona.",
        _C23_THU_TO_11,
    ),
    ("pt", "Estou no casamento da minha irmã na sexta. Quinta à tarde está ótimo.", _C23_THU_PM),
    (
        "pt",
        "Quarta e quinta tenho as provas finais. Sexta depois das 14h serve.",
        each_day((4,), "14:00", "17:00"),
    ),
    (
        "pt",
        "Quinta impossível, fui convocado para júri. Sexta à tarde seria perfeito.",
        _C23_FRI_PM,
    ),
)
# a day ruled out by a bare verdict in a sentence of its own (impossible, out of the question,
# no way, not doable), then the offer
_C23_VERDICTS = (
    ("en", "Wednesday doesn't suit, I'm afraid. Thursday afternoon works.", _C23_THU_PM),
    ("en", "Thursday is a non-starter. Friday morning?", _C23_FRI_AM),
    ("en", "Wednesday's not doable for me. Thursday from 1pm.", _C23_THU_1PM),
    ("en", "Friday is off the table. Thursday any time.", _C23_THU),
    ("en", "Wednesday is not an option, sadly. Thursday before 11 is fine.", _C23_THU_TO_11),
    ("en", "Friday won't work. Thursday afternoon is good.", _C23_THU_PM),
    (
        "en",
        "Thursday is totally out of the question. Friday after 2 suits.",
        each_day((4,), "14:00", "17:00"),
    ),
    ("en", "Wednesday: no can do. Friday 10-12 works.", _C23_FRI_10_12),
    ("fr", "Mercredi, hors de question. Jeudi après-midi me convient.", _C23_THU_PM),
    ("fr", "Jeudi, pas moyen. Vendredi matin plutôt.", _C23_FRI_AM),
    ("fr", "Mercredi ce n'est pas faisable. Jeudi à partir de 13h.", _C23_THU_1PM),
    ("fr", "Vendredi c'est exclu. Jeudi n'importe quand.", _C23_THU),
    ("fr", "Mercredi n'est pas envisageable. Jeudi avant 11h, ça marche.", _C23_THU_TO_11),
    ("fr", "Vendredi ne me va pas. Jeudi après-midi c'est bien.", _C23_THU_PM),
    ("fr", "Jeudi, c'est non. Vendredi après 14h.", each_day((4,), "14:00", "17:00")),
    ("fr", "Mercredi ça ne colle pas. Vendredi de 10h à 12h.", _C23_FRI_10_12),
    ("de", "Mittwoch ist ausgeschlossen. Donnerstag nachmittags passt.", _C23_THU_PM),
    ("de", "Donnerstag keine Chance. Freitag vormittags?", _C23_FRI_AM),
    ("de", "Mittwoch ist nicht machbar. Donnerstag ab 13 Uhr.", _C23_THU_1PM),
    ("de", "Freitag kommt nicht in Frage. Donnerstag jederzeit.", _C23_THU),
    ("de", "Mittwoch ist leider unmöglich. Donnerstag vor 11 Uhr geht.", _C23_THU_TO_11),
    ("de", "Freitag funktioniert bei mir nicht. Donnerstag nachmittags ist gut.", _C23_THU_PM),
    ("de", "Donnerstag auf keinen Fall. Freitag ab 14 Uhr.", each_day((4,), "14:00", "17:00")),
    ("de", "Mittwoch ist nicht drin. Freitag von 10 bis 12 Uhr.", _C23_FRI_10_12),
    ("es", "El miércoles no me cuadra. El jueves por la tarde me va bien.", _C23_THU_PM),
    ("es", "El jueves ni hablar. El viernes por la mañana, mejor.", _C23_FRI_AM),
    ("es", "El miércoles me resulta imposible. El jueves a partir de las 13h.", _C23_THU_1PM),
    ("es", "El viernes no me encaja. El jueves a cualquier hora.", _C23_THU),
    ("es", "El miércoles no es viable. El jueves antes de las 11 me va.", _C23_THU_TO_11),
    ("es", "El viernes de ninguna manera. El jueves por la tarde está bien.", _C23_THU_PM),
    (
        "es",
        "El jueves es inviable. El viernes después de las 14h.",
        each_day((4,), "14:00", "17:00"),
    ),
    ("es", "El miércoles no me sirve. El viernes de 10 a 12.", _C23_FRI_10_12),
    ("pt", "Quarta não rola. Quinta à tarde fica bom.", _C23_THU_PM),
    ("pt", "Quinta nem pensar. Sexta de manhã, melhor.", _C23_FRI_AM),
    ("pt", "Quarta é inviável. Quinta a partir das 13h.", _C23_THU_1PM),
    ("pt", "Sexta está fora de questão. Quinta a qualquer hora.", _C23_THU),
    ("pt", "Quarta me é impossível. Quinta antes das 11h funciona.", _C23_THU_TO_11),
    ("pt", "Sexta não me serve. Quinta à tarde está ótimo.", _C23_THU_PM),
    ("pt", "Quinta de jeito nenhum. Sexta depois das 14h.", each_day((4,), "14:00", "17:00")),
    ("pt", "Quarta não vai dar. Sexta das 10h às 12h.", _C23_FRI_10_12),
    # (and as phones write them, accents dropped)
    ("pt", "Quarta nao rola, tenho compromisso. Quinta a tarde fica bom.", _C23_THU_PM),
    ("es", "El miercoles me resulta imposible. El jueves por la tarde me va bien.", _C23_THU_PM),
    ("pt", "Sexta e impossivel pra mim. Quinta depois das 14h.", _C23_THU_2PM),
)
# the offer above the quoted history, which proposed other days and times
_C23_QUOTED = (
    (
        "en",
        (
            "Thursday afternoon works for me.\n\nOn Mon, Nov 30, 2026 at 9:15 AM Jane Roe "
            "<jane@agency.test> wrote:\n> Would Wednesday at 10am or Friday at 3pm work?"
        ),
        _C23_THU_PM,
    ),
    (
        "en",
        (
            "Friday morning is best.\n\nFrom: Jane Roe <jane@agency.test>\nSent: Monday, "
            "November 30, 2026 9:15 AM\nTo: Tom Hill\nSubject: Interview\n\nCould you do "
            "Wednesday 2pm or Thursday 11am?"
        ),
        _C23_FRI_AM,
    ),
    (
        "en",
        (
            "Thursday from 1pm suits me.\n\n-----Original Message-----\nFrom: Jane Roe\n"
            "Sent: 30 November 2026 09:15\nSubject: Interview times\n\nAre you free "
            "Wednesday at 10 or Friday at 4?"
        ),
        _C23_THU_1PM,
    ),
    (
        "en",
        (
            "Thursday after 2 is fine.\n\n> Could you do Wednesday at 10 or Friday at 3?\n"
            "> Thanks, Jane"
        ),
        _C23_THU_2PM,
    ),
    (
        "en",
        (
            "> Could you do Wednesday at 10 or Friday at 3?\nNeither, sorry, but Thursday "
            "after 2 works."
        ),
        _C23_THU_2PM,
    ),
    (
        "en",
        (
            "Friday 10-12 please.\n\nSent from my iPhone\n\n> On 30 Nov 2026, at 09:15, "
            "Jane Roe <jane@agency.test> wrote:\n>\n> Would Wednesday at 10 or Thursday at "
            "3 suit?"
        ),
        _C23_FRI_10_12,
    ),
    (
        "en",
        (
            "Thursday any time.\n\n________________________________\nFrom: Jane Roe "
            "<jane@agency.test>\nSent: Monday, November 30, 2026 2:15 PM\nSubject: RE: "
            "Interview\n\nWednesday 9am or Friday 11am?"
        ),
        _C23_THU,
    ),
    (
        "en",
        (
            "Friday before 11 would work.\n\nOn 30/11/2026 09:15, Jane Roe wrote:\n> Can "
            "you make Wednesday afternoon or Thursday morning?"
        ),
        _C23_FRI_TO_11,
    ),
    (
        "fr",
        (
            "Jeudi après-midi me convient.\n\nLe lun. 30 nov. 2026 à 09:15, Jeanne Roux "
            "<jeanne@agence.test> a écrit :\n> Seriez-vous libre mercredi à 10h ou "
            "vendredi à 15h ?"
        ),
        _C23_THU_PM,
    ),
    (
        "fr",
        (
            "Vendredi matin de préférence.\n\nDe : Jeanne Roux <jeanne@agence.test>\n"
            "Envoyé : lundi 30 novembre 2026 09:15\nÀ : Paul Martin\nObjet : Entretien\n\n"
            "Pourriez-vous mercredi à 14h ou jeudi à 11h ?"
        ),
        _C23_FRI_AM,
    ),
    (
        "fr",
        (
            "Jeudi à partir de 13h, c'est bon.\n\n-------- Message d'origine --------\nDe "
            ": Jeanne Roux\nDate : 30/11/2026 09:15\nObjet : Créneaux\n\nMercredi 10h ou "
            "vendredi 16h ?"
        ),
        _C23_THU_1PM,
    ),
    (
        "fr",
        (
            "Jeudi après 14h ça me va.\n\n> Pourriez-vous mercredi à 10h ou vendredi à 15h "
            "?\n> Merci, Jeanne"
        ),
        _C23_THU_2PM,
    ),
    (
        "fr",
        (
            "> Pourriez-vous mercredi à 10h ou vendredi à 15h ?\nNi l'un ni l'autre, "
            "désolé, mais jeudi après 14h ça marche."
        ),
        _C23_THU_2PM,
    ),
    (
        "fr",
        (
            "Vendredi de 10h à 12h svp.\n\nEnvoyé de mon iPhone\n\n> Le 30 nov. 2026 à "
            "09:15, Jeanne Roux <jeanne@agence.test> a écrit :\n>\n> Mercredi 10h ou jeudi "
            "15h ?"
        ),
        _C23_FRI_10_12,
    ),
    (
        "fr",
        (
            "Jeudi n'importe quand.\n\n________________________________\nDe : Jeanne Roux "
            "<jeanne@agence.test>\nEnvoyé : lundi 30 novembre 2026 14:15\nObjet : RE: "
            "Entretien\n\nMercredi 9h ou vendredi 11h ?"
        ),
        _C23_THU,
    ),
    (
        "fr",
        (
            "Vendredi avant 11h ça m'irait.\n\nLe 30/11/2026 à 09:15, Jeanne Roux a écrit :"
            "\n> Êtes-vous disponible mercredi après-midi ou jeudi matin ?"
        ),
        _C23_FRI_TO_11,
    ),
    (
        "de",
        (
            "Donnerstag nachmittags passt mir.\n\nAm Mo., 30. Nov. 2026 um 09:15 Uhr "
            "schrieb Jana Roth <jana@agentur.test>:\n> Hätten Sie Mittwoch um 10 Uhr oder "
            "Freitag um 15 Uhr Zeit?"
        ),
        _C23_THU_PM,
    ),
    (
        "de",
        (
            "Freitag vormittags am liebsten.\n\nVon: Jana Roth <jana@agentur.test>\n"
            "Gesendet: Montag, 30. November 2026 09:15\nAn: Paul Maier\nBetreff: Gespräch\n"
            "\nGinge Mittwoch um 14 Uhr oder Donnerstag um 11 Uhr?"
        ),
        _C23_FRI_AM,
    ),
    (
        "de",
        (
            "Donnerstag ab 13 Uhr geht.\n\n-----Ursprüngliche Nachricht-----\nVon: Jana "
            "Roth\nGesendet: 30.11.2026 09:15\nBetreff: Termine\n\nMittwoch 10 Uhr oder "
            "Freitag 16 Uhr?"
        ),
        _C23_THU_1PM,
    ),
    (
        "de",
        (
            "Donnerstag nach 14 Uhr passt.\n\n> Ginge Mittwoch um 10 oder Freitag um 15 "
            "Uhr?\n> Grüße, Jana"
        ),
        _C23_THU_2PM,
    ),
    (
        "de",
        (
            "> Ginge Mittwoch um 10 oder Freitag um 15 Uhr?\nBeides leider nicht, aber "
            "Donnerstag ab 14 Uhr klappt."
        ),
        _C23_THU_2PM,
    ),
    (
        "de",
        (
            "Freitag von 10 bis 12 Uhr bitte.\n\nVon meinem iPhone gesendet\n\n> Am "
            "30.11.2026 um 09:15 schrieb Jana Roth <jana@agentur.test>:\n>\n> Mittwoch 10 "
            "Uhr oder Donnerstag 15 Uhr?"
        ),
        _C23_FRI_10_12,
    ),
    (
        "de",
        (
            "Donnerstag jederzeit.\n\n________________________________\nVon: Jana Roth "
            "<jana@agentur.test>\nGesendet: Montag, 30. November 2026 14:15\nBetreff: AW: "
            "Gespräch\n\nMittwoch 9 Uhr oder Freitag 11 Uhr?"
        ),
        _C23_THU,
    ),
    (
        "de",
        (
            "Freitag vor 11 Uhr wäre gut.\n\nJana Roth <jana@agentur.test> schrieb am "
            "30.11.2026 09:15:\n> Können Sie Mittwochnachmittag oder Donnerstagvormittag?"
        ),
        _C23_FRI_TO_11,
    ),
    (
        "es",
        (
            "El jueves por la tarde me va bien.\n\nEl lun, 30 nov 2026 a las 9:15, Juana "
            "Ruiz (<juana@agencia.test>) escribió:\n> ¿Te vendría bien el miércoles a las "
            "10 o el viernes a las 15?"
        ),
        _C23_THU_PM,
    ),
    (
        "es",
        (
            "El viernes por la mañana, mejor.\n\nDe: Juana Ruiz <juana@agencia.test>\n"
            "Enviado: lunes, 30 de noviembre de 2026 9:15\nPara: Pablo Gil\nAsunto: "
            "Entrevista\n\n¿Podrías el miércoles a las 14h o el jueves a las 11h?"
        ),
        _C23_FRI_AM,
    ),
    (
        "es",
        (
            "El jueves a partir de las 13h me va.\n\n-----Mensaje original-----\nDe: Juana "
            "Ruiz\nFecha: 30/11/2026 9:15\nAsunto: Horarios\n\n¿Miércoles a las 10 o "
            "viernes a las 16?"
        ),
        _C23_THU_1PM,
    ),
    (
        "es",
        (
            "El jueves después de las 14h me viene bien.\n\n> ¿Podrías el miércoles a las "
            "10 o el viernes a las 15?\n> Gracias, Juana"
        ),
        _C23_THU_2PM,
    ),
    (
        "es",
        (
            "> ¿Podrías el miércoles a las 10 o el viernes a las 15?\nNinguno de los dos, "
            "lo siento, pero el jueves a partir de las 14h sí."
        ),
        _C23_THU_2PM,
    ),
    (
        "es",
        (
            "El viernes de 10 a 12, por favor.\n\nEnviado desde mi iPhone\n\n> El 30 nov "
            "2026, a las 9:15, Juana Ruiz <juana@agencia.test> escribió:\n>\n> ¿Miércoles "
            "a las 10 o jueves a las 15?"
        ),
        _C23_FRI_10_12,
    ),
    (
        "es",
        (
            "El jueves a cualquier hora.\n\n________________________________\nDe: Juana "
            "Ruiz <juana@agencia.test>\nEnviado: lunes, 30 de noviembre de 2026 14:15\n"
            "Asunto: RE: Entrevista\n\n¿Miércoles a las 9 o viernes a las 11?"
        ),
        _C23_THU,
    ),
    (
        "es",
        (
            "El viernes antes de las 11 me va bien.\n\nEl 30/11/2026 a las 9:15, Juana "
            "Ruiz escribió:\n> ¿Puedes el miércoles por la tarde o el jueves por la mañana?"
        ),
        _C23_FRI_TO_11,
    ),
    (
        "pt",
        (
            "Quinta à tarde fica bom para mim.\n\nEm seg., 30 de nov. de 2026 às 09:15, "
            "Joana Reis <joana@agencia.test> escreveu:\n> Você poderia quarta às 10h ou "
            "sexta às 15h?"
        ),
        _C23_THU_PM,
    ),
    (
        "pt",
        (
            "Sexta de manhã, de preferência.\n\nDe: Joana Reis <joana@agencia.test>\n"
            "Enviado: segunda-feira, 30 de novembro de 2026 09:15\nPara: Paulo Lima\n"
            "Assunto: Entrevista\n\nConsegue quarta às 14h ou quinta às 11h?"
        ),
        _C23_FRI_AM,
    ),
    (
        "pt",
        (
            "Quinta a partir das 13h dá.\n\n-----Mensagem original-----\nDe: Joana Reis\n"
            "Data: 30/11/2026 09:15\nAssunto: Horários\n\nQuarta às 10h ou sexta às 16h?"
        ),
        _C23_THU_1PM,
    ),
    (
        "pt",
        (
            "Quinta depois das 14h fica bom.\n\n> Você poderia quarta às 10h ou sexta às "
            "15h?\n> Obrigada, Joana"
        ),
        _C23_THU_2PM,
    ),
    (
        "pt",
        (
            "> Você poderia quarta às 10h ou sexta às 15h?\nNenhum dos dois, desculpe, mas "
            "quinta depois das 14h dá."
        ),
        _C23_THU_2PM,
    ),
    (
        "pt",
        (
            "Sexta das 10h às 12h, por favor.\n\nEnviado do meu iPhone\n\n> Em 30 de nov. "
            "de 2026, à(s) 09:15, Joana Reis <joana@agencia.test> escreveu:\n>\n> Quarta "
            "às 10h ou quinta às 15h?"
        ),
        _C23_FRI_10_12,
    ),
    (
        "pt",
        (
            "Quinta a qualquer hora.\n\n________________________________\nDe: Joana Reis "
            "<joana@agencia.test>\nEnviado: segunda-feira, 30 de novembro de 2026 14:15\n"
            "Assunto: RE: Entrevista\n\nQuarta às 9h ou sexta às 11h?"
        ),
        _C23_THU,
    ),
    (
        "pt",
        (
            "Sexta antes das 11h seria bom.\n\nEm 30/11/2026 09:15, Joana Reis escreveu:\n"
            "> Pode quarta à tarde ou quinta de manhã?"
        ),
        _C23_FRI_TO_11,
    ),
)
PROBES_C23DL: tuple[Probe, ...] = tuple(
    _c23dl(lang, text, windows)
    for lang, text, windows in _C23_DEADLINES + _C23_RULED_OUT + _C23_VERDICTS
) + tuple(_c23dl(lang, text, windows, "quoted") for lang, text, windows in _C23_QUOTED)
ALL_PROBES += PROBES_C23DL


# Round 23, a weekday excepted from every day, morning or afternoon of a week, and an hour span
# excepted from whole days (written in words of our own, never the composer's sentences). Sent
# on a Friday, so a bare weekday and "next week" both name the week of Monday the 7th.
def _c23ex(lang: str, text: str, windows: Windows) -> Probe:
    zone = {"fr": _PARIS, "es": _MADRID, "de": _BERLIN, "pt": _LISBON}.get(lang, ET)
    return P("time-of-day", lang, text, "availability", windows, zone=zone, date=_C23EX_FRIDAY)


_C23EX_FRIDAY = "Fri, 04 Dec 2026 09:00:00 +0000"
_C23EX_WEEK = (7, 8, 9, 10, 11)


def _but(left_out: int, start: str, end: str) -> Windows:
    """The weekdays of the week of the 7th less one, at the same hours."""
    return each_day(tuple(d for d in _C23EX_WEEK if d != left_out), start, end)


def _less(days: tuple[int, ...], start: str, end: str) -> Windows:
    """Whole working days less the hours from `start` to `end`."""
    return tuple((day, *hours) for day in days for hours in (("09:00", start), (end, "17:00")))


PROBES_C23EX: tuple[Probe, ...] = (
    # a weekday left out of every day, morning or afternoon of next week
    _c23ex("en", "I can do any morning next week apart from Tuesday.", _but(8, "09:00", "12:00")),
    _c23ex("en", "Next week I'm around every afternoon, bar Thursday.", _but(10, "12:00", "17:00")),
    _c23ex("en", "Except for Monday, any day next week is fine by me.", _but(7, "09:00", "17:00")),
    _c23ex("en", "All of next week works for me other than Friday.", _but(11, "09:00", "17:00")),
    _c23ex(
        "en",
        "Every afternoon next week suits me, excluding Wednesday.",
        _but(9, "12:00", "17:00"),
    ),
    _c23ex("en", "Mornings next week are good, just not Thursday.", _but(10, "09:00", "12:00")),
    _c23ex("en", "anytime next week is ok with me, save for tuesday", _but(8, "09:00", "17:00")),
    _c23ex(
        "en",
        "Next week I'm free all week with the exception of Monday.",
        _but(7, "09:00", "17:00"),
    ),
    _c23ex("en", "Any morning next week minus Friday would suit me.", _but(11, "09:00", "12:00")),
    _c23ex(
        "en",
        "I'm available any afternoon next week, not counting Wednesday.",
        _but(9, "12:00", "17:00"),
    ),
    _c23ex(
        "en",
        "Any afternoon next week but not Tuesday would be ideal.",
        _but(8, "12:00", "17:00"),
    ),
    _c23ex(
        "fr",
        "Je suis libre tous les matins la semaine prochaine, sauf le mardi.",
        _but(8, "09:00", "12:00"),
    ),
    _c23ex(
        "fr",
        "La semaine prochaine, n'importe quel après-midi m'arrange, hormis jeudi.",
        _but(10, "12:00", "17:00"),
    ),
    _c23ex("fr", "Toute la semaine prochaine me va, excepté le lundi.", _but(7, "09:00", "17:00")),
    _c23ex(
        "fr",
        "Sauf vendredi, je peux n'importe quel jour la semaine prochaine.",
        _but(11, "09:00", "17:00"),
    ),
    _c23ex(
        "fr",
        "Tous les après-midi de la semaine prochaine, à l'exception du mercredi.",
        _but(9, "12:00", "17:00"),
    ),
    _c23ex(
        "fr",
        "Je suis dispo tous les matins la semaine prochaine mis à part le jeudi.",
        _but(10, "09:00", "12:00"),
    ),
    _c23ex(
        "fr", "la semaine prochaine je peux tous les jours a part mardi", _but(8, "09:00", "17:00")
    ),
    _c23ex(
        "fr",
        "N'importe quel matin la semaine prochaine, mais pas le vendredi.",
        _but(11, "09:00", "12:00"),
    ),
    _c23ex(
        "fr",
        "La semaine prochaine je suis disponible tous les jours, en dehors du lundi.",
        _but(7, "09:00", "17:00"),
    ),
    _c23ex(
        "fr",
        "Tous les après-midi de la semaine prochaine sans compter le mardi me conviennent.",
        _but(8, "12:00", "17:00"),
    ),
    _c23ex(
        "de", "Nächste Woche kann ich jeden Vormittag außer Dienstag.", _but(8, "09:00", "12:00")
    ),
    _c23ex(
        "de",
        "Außer am Donnerstag passt mir nächste Woche jeder Nachmittag.",
        _but(10, "12:00", "17:00"),
    ),
    _c23ex(
        "de",
        "Ich habe nächste Woche jeden Tag Zeit, ausgenommen Montag.",
        _but(7, "09:00", "17:00"),
    ),
    _c23ex(
        "de",
        "Nächste Woche geht es bei mir jederzeit, nur nicht am Freitag.",
        _but(11, "09:00", "17:00"),
    ),
    _c23ex(
        "de",
        "Kommende Woche bin ich jeden Nachmittag frei, mit Ausnahme von Mittwoch.",
        _but(9, "12:00", "17:00"),
    ),
    _c23ex(
        "de",
        "Ich kann nächste Woche jeden Vormittag bloß nicht Donnerstag.",
        _but(10, "09:00", "12:00"),
    ),
    _c23ex("de", "nächste woche jeden tag ausser mittwoch", _but(9, "09:00", "17:00")),
    _c23ex(
        "de",
        "Nächste Woche passt mir jeder Vormittag, abgesehen vom Dienstag.",
        _but(8, "09:00", "12:00"),
    ),
    _c23ex(
        "de",
        "Nächste Woche geht bei mir jeder Nachmittag bis auf Montag.",
        _but(7, "12:00", "17:00"),
    ),
    _c23ex(
        "de",
        "Nächste Woche jeden Nachmittag, Freitag ausgenommen.",
        _but(11, "12:00", "17:00"),
    ),
    _c23ex(
        "es",
        "La semana que viene puedo cualquier mañana menos el martes.",
        _but(8, "09:00", "12:00"),
    ),
    _c23ex(
        "es",
        "Cualquier tarde de la próxima semana me viene bien, salvo el jueves.",
        _but(10, "12:00", "17:00"),
    ),
    _c23ex(
        "es",
        "Excepto el lunes, tengo libre toda la semana que viene.",
        _but(7, "09:00", "17:00"),
    ),
    _c23ex(
        "es",
        "La próxima semana estoy disponible todos los días, quitando el viernes.",
        _but(11, "09:00", "17:00"),
    ),
    _c23ex(
        "es",
        "Todas las tardes de la semana que viene, a excepción del miércoles.",
        _but(9, "12:00", "17:00"),
    ),
    _c23ex(
        "es",
        "la semana que viene cualquier dia me sirve salvo el martes",
        _but(8, "09:00", "17:00"),
    ),
    _c23ex(
        "es",
        "Puedo cualquier mañana de la próxima semana, pero no el jueves.",
        _but(10, "09:00", "12:00"),
    ),
    _c23ex(
        "es",
        "La semana que viene me va bien cualquier tarde, aparte del lunes.",
        _but(7, "12:00", "17:00"),
    ),
    _c23ex(
        "es",
        "Cualquier mañana de la semana que viene sin contar el viernes me vale.",
        _but(11, "09:00", "12:00"),
    ),
    _c23ex(
        "pt",
        "Na próxima semana posso qualquer manhã, menos terça.",
        _but(8, "09:00", "12:00"),
    ),
    _c23ex(
        "pt",
        "Qualquer tarde da semana que vem fica bom, exceto quinta.",
        _but(10, "12:00", "17:00"),
    ),
    _c23ex(
        "pt",
        "Tirando a segunda, estou livre qualquer dia da semana que vem.",
        _but(7, "09:00", "17:00"),
    ),
    _c23ex(
        "pt",
        "Tenho disponibilidade todos os dias da próxima semana, salvo sexta.",
        _but(11, "09:00", "17:00"),
    ),
    _c23ex(
        "pt",
        "Todas as tardes da semana que vem, com exceção da quarta.",
        _but(9, "12:00", "17:00"),
    ),
    _c23ex("pt", "semana que vem qualquer dia serve, so nao na terca", _but(8, "09:00", "17:00")),
    _c23ex(
        "pt",
        "Qualquer manhã da próxima semana me serve, mas não na quinta.",
        _but(10, "09:00", "12:00"),
    ),
    _c23ex(
        "pt",
        "Posso qualquer tarde da semana que vem, afora a segunda.",
        _but(7, "12:00", "17:00"),
    ),
    _c23ex(
        "pt",
        "Na semana que vem estou livre todos os dias, a não ser na sexta.",
        _but(11, "09:00", "17:00"),
    ),
    _c23ex(
        "pt",
        "Qualquer manhã da próxima semana excluindo a quarta funciona.",
        _but(9, "09:00", "12:00"),
    ),
    # whole days offered less an hour span excepted after them
    _c23ex(
        "en",
        "Tuesday or Thursday would work, though not between 12 and 1.",
        _less((8, 10), "12:00", "13:00"),
    ),
    _c23ex("en", "I'm free on Wednesday, except from 1 to 2pm.", _less((9,), "13:00", "14:00")),
    _c23ex("en", "Monday works for me apart from 12:30-1:30.", _less((7,), "12:30", "13:30")),
    _c23ex(
        "en",
        "Next week, Thursday and Friday are open, other than 12-1.",
        _less((10, 11), "12:00", "13:00"),
    ),
    _c23ex("en", "Friday any time excluding 12 to 1.", _less((11,), "12:00", "13:00")),
    _c23ex(
        "en", "next week i could do mon or wed, just not 1-2pm", _less((7, 9), "13:00", "14:00")
    ),
    _c23ex(
        "en",
        "I can make Tuesday the 15th, save between noon and 1pm.",
        _less((15,), "12:00", "13:00"),
    ),
    _c23ex("en", "Wednesday suits me, but not from 12 to 2.", _less((9,), "12:00", "14:00")),
    _c23ex(
        "en",
        "On Monday or Tuesday, anytime except 11 to 12.",
        _less((7, 8), "11:00", "12:00"),
    ),
    _c23ex(
        "fr",
        "Mardi ou jeudi me conviennent, sauf entre 12h et 13h.",
        _less((8, 10), "12:00", "13:00"),
    ),
    _c23ex("fr", "Je suis libre mercredi, excepté de 13h à 14h.", _less((9,), "13:00", "14:00")),
    _c23ex("fr", "Lundi, n'importe quand hormis 12h30-13h30.", _less((7,), "12:30", "13:30")),
    _c23ex(
        "fr",
        "La semaine prochaine, jeudi et vendredi, à part de midi à 13h.",
        _less((10, 11), "12:00", "13:00"),
    ),
    _c23ex("fr", "Vendredi ça me va, mais pas entre 12h et 14h.", _less((11,), "12:00", "14:00")),
    _c23ex("fr", "je peux lundi ou mercredi, a part de 12h a 13h", _less((7, 9), "12:00", "13:00")),
    _c23ex("fr", "Le mardi 15 me convient, en dehors de 12h-13h.", _less((15,), "12:00", "13:00")),
    _c23ex("fr", "Mercredi toute la journée, sauf de 11h à 12h.", _less((9,), "11:00", "12:00")),
    _c23ex(
        "de",
        "Dienstag oder Donnerstag geht, aber nicht zwischen 12 und 13 Uhr.",
        _less((8, 10), "12:00", "13:00"),
    ),
    _c23ex("de", "Ich kann am Mittwoch, außer von 13 bis 14 Uhr.", _less((9,), "13:00", "14:00")),
    _c23ex(
        "de",
        "Montag passt mir den ganzen Tag, nur nicht 12:30-13:30.",
        _less((7,), "12:30", "13:30"),
    ),
    _c23ex(
        "de",
        "Nächste Woche Donnerstag und Freitag, ausgenommen 12 bis 13 Uhr.",
        _less((10, 11), "12:00", "13:00"),
    ),
    _c23ex("de", "Freitag jederzeit außer zwischen 11 und 12 Uhr.", _less((11,), "11:00", "12:00")),
    _c23ex("de", "mo oder mi geht, nur nicht von 12 bis 14 uhr", _less((7, 9), "12:00", "14:00")),
    _c23ex(
        "de",
        "Dienstag, den 15.12., passt mir, abgesehen von 12-13 Uhr.",
        _less((15,), "12:00", "13:00"),
    ),
    _c23ex(
        "de",
        "Mittwoch den ganzen Tag, bis auf 12 bis 13 Uhr.",
        _less((9,), "12:00", "13:00"),
    ),
    _c23ex(
        "es",
        "El martes o el jueves me viene bien, pero no entre las 12 y la 1.",
        _less((8, 10), "12:00", "13:00"),
    ),
    _c23ex("es", "Puedo el miércoles, salvo de 13 a 14.", _less((9,), "13:00", "14:00")),
    _c23ex(
        "es",
        "El lunes a cualquier hora menos de 12:30 a 13:30.",
        _less((7,), "12:30", "13:30"),
    ),
    _c23ex(
        "es",
        "La semana que viene, jueves y viernes, excepto entre las 12 y las 14.",
        _less((10, 11), "12:00", "14:00"),
    ),
    _c23ex("es", "El viernes me va bien, quitando de 11 a 12.", _less((11,), "11:00", "12:00")),
    _c23ex("es", "puedo lunes o miercoles, menos de 12 a 13", _less((7, 9), "12:00", "13:00")),
    _c23ex("es", "El martes 15 me viene bien, excepto de 12 a 13.", _less((15,), "12:00", "13:00")),
    _c23ex(
        "es",
        "El miércoles todo el día, salvo entre las 12 y las 13.",
        _less((9,), "12:00", "13:00"),
    ),
    _c23ex(
        "pt",
        "Terça ou quinta dá para mim, mas não entre 12h e 13h.",
        _less((8, 10), "12:00", "13:00"),
    ),
    _c23ex("pt", "Posso na quarta, exceto das 13h às 14h.", _less((9,), "13:00", "14:00")),
    _c23ex("pt", "Segunda em qualquer horário, menos 12h30-13h30.", _less((7,), "12:30", "13:30")),
    _c23ex(
        "pt",
        "Na próxima semana, quinta e sexta, salvo entre 12h e 14h.",
        _less((10, 11), "12:00", "14:00"),
    ),
    _c23ex("pt", "Sexta fica bom, tirando das 11h às 12h.", _less((11,), "11:00", "12:00")),
    _c23ex("pt", "posso segunda ou quarta, so nao das 12h as 13h", _less((7, 9), "12:00", "13:00")),
    _c23ex("pt", "Terça, dia 15, me serve, exceto das 12h às 13h.", _less((15,), "12:00", "13:00")),
    _c23ex("pt", "Quarta o dia todo, com exceção das 12h às 13h.", _less((9,), "12:00", "13:00")),
    # the day left out told after it, and "never" before the hours left out
    _c23ex(
        "en",
        "Every afternoon next week is good for me, Thursday aside.",
        _but(10, "12:00", "17:00"),
    ),
    _c23ex(
        "fr",
        "La semaine prochaine, tous les matins me vont, le vendredi mis à part.",
        _but(11, "09:00", "12:00"),
    ),
    _c23ex(
        "de",
        "Nächste Woche habe ich jeden Vormittag Zeit, den Montag mal ausgenommen.",
        _but(7, "09:00", "12:00"),
    ),
    _c23ex(
        "es",
        "La semana que viene me viene bien cualquier día, el jueves aparte.",
        _but(10, "09:00", "17:00"),
    ),
    _c23ex(
        "pt",
        "Na semana que vem posso qualquer tarde, a terça à parte.",
        _but(8, "12:00", "17:00"),
    ),
    _c23ex("en", "Thursday works, but never between 1 and 2.", _less((10,), "13:00", "14:00")),
    _c23ex("fr", "Lundi ou mardi, mais jamais entre 12h et 14h.", _less((7, 8), "12:00", "14:00")),
    _c23ex(
        "de", "Mittwoch geht, allerdings nie zwischen 12 und 13 Uhr.", _less((9,), "12:00", "13:00")
    ),
    _c23ex(
        "es",
        "El jueves o el viernes, pero nunca entre la 1 y las 2.",
        _less((10, 11), "13:00", "14:00"),
    ),
    _c23ex("pt", "Segunda dá, mas nunca entre 12h e 13h.", _less((7,), "12:00", "13:00")),
)
ALL_PROBES += PROBES_C23EX


def _c23pf(lang: str, text: str, windows: Windows) -> Probe:
    """A reply sent on Friday 4 December, so a bare weekday names the week of the 7th."""
    zone, date = _C23PF_SENT[lang]
    return P("time-of-day", lang, text, "availability", windows, zone=zone, date=date)


_C23PF_SENT = {
    "en": (ET, "Fri, 04 Dec 2026 15:20:00 -0500"),
    "fr": (_PARIS, "Fri, 04 Dec 2026 15:20:00 +0100"),
    "de": (_BERLIN, "Fri, 04 Dec 2026 15:20:00 +0100"),
    "es": (_MADRID, "Fri, 04 Dec 2026 15:20:00 +0100"),
    "pt": (_LISBON, "Fri, 04 Dec 2026 15:20:00 +0000"),
}

PROBES_C23PF: tuple[Probe, ...] = (
    # accents dropped, as phones write them: the vocabulary is read in its bare spelling
    _c23pf("fr", "mercredi apres 15h ca me convient", ((9, "15:00", "17:00"),)),
    _c23pf(
        "fr", "Lundi ou mardi dans la matinee, je suis libre.", each_day((7, 8), "09:00", "12:00")
    ),
    _c23pf("fr", "Je peux jeudi jusqu'a 10h.", ((10, "09:00", "10:00"),)),
    _c23pf("fr", "vendredi a partir de 13h30 c'est bon pour moi", ((11, "13:30", "17:00"),)),
    _c23pf(
        "fr",
        "Mardi et jeudi je suis en deplacement, mais mercredi apres-midi c'est possible.",
        ((9, "12:00", "17:00"),),
    ),
    _c23pf(
        "fr", "Lundi je suis en conge. Mardi entre 9h et 11h ca marche.", ((8, "09:00", "11:00"),)
    ),
    _c23pf("fr", "Semaine prochaine : mercredi toute la journee.", ((9, "09:00", "17:00"),)),
    _c23pf("fr", "je suis disponible le jeudi 10 decembre avant midi", ((10, "09:00", "12:00"),)),
    _c23pf("es", "el miercoles despues de las 4 me viene perfecto", ((9, "16:00", "17:00"),)),
    _c23pf("es", "Puedo el lunes por la manana.", ((7, "09:00", "12:00"),)),
    _c23pf(
        "es",
        "Jueves y viernes tengo examenes; el miercoles desde las 10.",
        ((9, "10:00", "17:00"),),
    ),
    _c23pf("es", "La proxima semana, martes todo el dia.", ((8, "09:00", "17:00"),)),
    _c23pf("es", "Me viene bien el sabado 12 por la manana", ((12, "09:00", "12:00"),)),
    _c23pf(
        "es", "Lunes o martes en la tarde, lo que prefieras.", each_day((7, 8), "12:00", "17:00")
    ),
    _c23pf("es", "Estoy libre el jueves hasta la 1.", ((10, "09:00", "13:00"),)),
    _c23pf("es", "El miercoles 9 de diciembre despues de las 15h.", ((9, "15:00", "17:00"),)),
    _c23pf("pt", "Na terca a tarde estou livre.", ((8, "12:00", "17:00"),)),
    _c23pf(
        "pt",
        "quarta de manha ou quinta depois das 15h",
        ((9, "09:00", "12:00"), (10, "15:00", "17:00")),
    ),
    _c23pf("pt", "Segunda nao da, mas terca ate as 11h funciona.", ((8, "09:00", "11:00"),)),
    _c23pf("pt", "Sexta-feira, a partir das 13h30, estou disponivel.", ((11, "13:30", "17:00"),)),
    _c23pf("pt", "Quinta pela manha seria otimo.", ((10, "09:00", "12:00"),)),
    _c23pf("pt", "terca ou quarta, das 9h as 11h", each_day((8, 9), "09:00", "11:00")),
    _c23pf("pt", "Estou viajando segunda e terca. Quarta a tarde.", ((9, "12:00", "17:00"),)),
    _c23pf("pt", "Consigo na sexta, 11/12, ate meio-dia.", ((11, "09:00", "12:00"),)),
    # a per-day list of short weekdays, each with its hours after a colon, a dash or a space
    _c23pf(
        "de", "- Mo: ab 15 Uhr\n- Mi: vormittags", ((7, "15:00", "17:00"), (9, "09:00", "12:00"))
    ),
    _c23pf(
        "de", "Di: den ganzen Tag\nDo: nach 13 Uhr", ((8, "09:00", "17:00"), (10, "13:00", "17:00"))
    ),
    _c23pf(
        "de", "mo: am nachmittag\nfr: vor 10 uhr", ((7, "12:00", "17:00"), (11, "09:00", "10:00"))
    ),
    _c23pf(
        "de",
        "Nächste Woche Di vormittags oder Do jederzeit.",
        ((8, "09:00", "12:00"), (10, "09:00", "17:00")),
    ),
    _c23pf(
        "de", "Mi nach 16 Uhr oder Fr am Vormittag", ((9, "16:00", "17:00"), (11, "09:00", "12:00"))
    ),
    _c23pf("de", "di: bis 12 uhr, mi: ab 14 uhr", ((8, "09:00", "12:00"), (9, "14:00", "17:00"))),
    _c23pf("de", "Fr am Vormittag wäre ideal.", ((11, "09:00", "12:00"),)),
    _c23pf("de", "Mo und Mi am Nachmittag hätte ich Zeit.", each_day((7, 9), "12:00", "17:00")),
    _c23pf(
        "en", "tue - before noon\nthu - any time", ((8, "09:00", "12:00"), (10, "09:00", "17:00"))
    ),
    _c23pf("en", "Wed: after 2\nFri: mornings", ((9, "14:00", "17:00"), (11, "09:00", "12:00"))),
    _c23pf(
        "fr", "- lun : après 14h\n- jeu : le matin", ((7, "14:00", "17:00"), (10, "09:00", "12:00"))
    ),
    _c23pf(
        "es",
        "- lun: por la tarde\n- jue: hasta las 11",
        ((7, "12:00", "17:00"), (10, "09:00", "11:00")),
    ),
    _c23pf(
        "pt", "- seg: à tarde\n- qui: até as 11h", ((7, "12:00", "17:00"), (10, "09:00", "11:00"))
    ),
    # the predicate after the offer ends it: the hours said before it hold for each listed day
    _c23pf(
        "es", "martes o jueves antes de las 11 me va bien.", each_day((8, 10), "09:00", "11:00")
    ),
    _c23pf(
        "es",
        "El lunes o el miércoles por la tarde me viene genial.",
        each_day((7, 9), "12:00", "17:00"),
    ),
    _c23pf(
        "es",
        "Martes, jueves o viernes desde las 3 me va perfecto.",
        each_day((8, 10, 11), "15:00", "17:00"),
    ),
    _c23pf(
        "es",
        "lunes o martes entre las 9 y las 11 me viene de maravilla",
        each_day((7, 8), "09:00", "11:00"),
    ),
    _c23pf(
        "es",
        "Miércoles y viernes por la mañana me va estupendo.",
        each_day((9, 11), "09:00", "12:00"),
    ),
    _c23pf(
        "es",
        "el martes o el jueves hasta las 12 me viene bien",
        each_day((8, 10), "09:00", "12:00"),
    ),
    _c23pf(
        "es", "Lunes y jueves a partir de las 16h nos va bien.", each_day((7, 10), "16:00", "17:00")
    ),
    _c23pf(
        "es",
        "jueves o viernes en la mañana me vendría perfecto",
        each_day((10, 11), "09:00", "12:00"),
    ),
    _c23pf("fr", "mardi ou jeudi après 15h m'arrangerait.", each_day((8, 10), "15:00", "17:00")),
    _c23pf("fr", "Lundi ou mercredi le matin, ça m'arrange.", each_day((7, 9), "09:00", "12:00")),
    _c23pf(
        "en", "Tuesday or Thursday before 11 suits me fine.", each_day((8, 10), "09:00", "11:00")
    ),
    _c23pf(
        "en", "Monday and Wednesday afternoon are good for me.", each_day((7, 9), "12:00", "17:00")
    ),
    _c23pf(
        "de", "Dienstag oder Donnerstag vor 11 Uhr ginge gut.", each_day((8, 10), "09:00", "11:00")
    ),
    _c23pf(
        "de",
        "Montag und Mittwoch nachmittags würde mir passen.",
        each_day((7, 9), "12:00", "17:00"),
    ),
    _c23pf("pt", "terça ou quinta antes das 11h me serve.", each_day((8, 10), "09:00", "11:00")),
    _c23pf("pt", "Segunda e quarta à tarde ficaria ótimo.", each_day((7, 9), "12:00", "17:00")),
)
ALL_PROBES += PROBES_C23PF


def _r24sp(lang: str, text: str, windows: Windows) -> Probe:
    """A reply sent on Friday 4 December, so a bare weekday names the week of the 7th."""
    zone, date = _C23PF_SENT[lang]
    return P(
        "time-of-day", lang, text, "availability", tuple(sorted(windows)), zone=zone, date=date
    )


# Round 24, hours: bounds, ranges and exceptions in words of our own (never the vocabularies')
PROBES_R24SP: tuple[Probe, ...] = (
    # the earliest hour, said with a word ordinary elsewhere or after the hour: every day listed
    # takes it
    _r24sp("en", "Tuesday anytime past 3pm suits me.", each_day((8,), "15:00", "17:00")),
    _r24sp(
        "en", "I could do Wednesday or Friday past 1:30pm.", each_day((9, 11), "13:30", "17:00")
    ),
    _r24sp("en", "Monday later than 2pm would be fine.", each_day((7,), "14:00", "17:00")),
    _r24sp("en", "Thursday, beyond 3pm, I'm free.", each_day((10,), "15:00", "17:00")),
    _r24sp(
        "en", "Tue and Thu from 1pm and beyond work for me.", each_day((8, 10), "13:00", "17:00")
    ),
    _r24sp("en", "Friday 2:30pm at the earliest works.", each_day((11,), "14:30", "17:00")),
    _r24sp("en", "Wednesday no sooner than 3pm please.", each_day((9,), "15:00", "17:00")),
    _r24sp("en", "I can do Monday, not earlier than 1pm.", each_day((7,), "13:00", "17:00")),
    _r24sp("fr", "Mardi passé 15h, c'est bon pour moi.", each_day((8,), "15:00", "17:00")),
    _r24sp(
        "fr",
        "Je suis libre mercredi ou vendredi à compter de 13h30.",
        each_day((9, 11), "13:30", "17:00"),
    ),
    _r24sp("fr", "Lundi au-delà de 14h ça me va.", each_day((7,), "14:00", "17:00")),
    _r24sp("fr", "Jeudi, pas plus tôt que 15h, je peux.", each_day((10,), "15:00", "17:00")),
    _r24sp(
        "fr", "Mardi et jeudi 14h au plus tôt, ça me convient.", each_day((8, 10), "14:00", "17:00")
    ),
    _r24sp("fr", "Vendredi passé 14h30 je suis dispo.", each_day((11,), "14:30", "17:00")),
    _r24sp("fr", "Mercredi, au plus tôt à 15h, c'est possible.", each_day((9,), "15:00", "17:00")),
    _r24sp("fr", "lundi ou mardi passe 16h ca me va", each_day((7, 8), "16:00", "17:00")),
    _r24sp("de", "Dienstag frühestens ab 15 Uhr passt mir.", each_day((8,), "15:00", "17:00")),
    _r24sp(
        "de",
        "Mittwoch oder Freitag später als 13:30 Uhr geht bei mir.",
        each_day((9, 11), "13:30", "17:00"),
    ),
    _r24sp("de", "Montag nicht früher als 14 Uhr wäre gut.", each_day((7,), "14:00", "17:00")),
    _r24sp("de", "Donnerstag 15 Uhr oder danach ginge.", each_day((10,), "15:00", "17:00")),
    _r24sp(
        "de",
        "Am Dienstag und Donnerstag ab frühestens 14 Uhr kann ich.",
        each_day((8, 10), "14:00", "17:00"),
    ),
    _r24sp("de", "Freitag frühestens 14:30 Uhr, das passt.", each_day((11,), "14:30", "17:00")),
    _r24sp("de", "Mittwoch 15 Uhr und danach klappt.", each_day((9,), "15:00", "17:00")),
    _r24sp(
        "de", "Montag oder Dienstag später als 16 Uhr passt.", each_day((7, 8), "16:00", "17:00")
    ),
    _r24sp("es", "El martes pasadas las 15 h me viene bien.", each_day((8,), "15:00", "17:00")),
    _r24sp(
        "es",
        "Puedo el miércoles o el viernes luego de las 13:30.",
        each_day((9, 11), "13:30", "17:00"),
    ),
    _r24sp("es", "El lunes más tarde de las 14 me va bien.", each_day((7,), "14:00", "17:00")),
    _r24sp("es", "El jueves tras las 15 estoy libre.", each_day((10,), "15:00", "17:00")),
    _r24sp(
        "es", "Martes y jueves, las 14 o más tarde, me sirve.", each_day((8, 10), "14:00", "17:00")
    ),
    _r24sp("es", "El viernes pasada la 1 estoy disponible.", each_day((11,), "13:00", "17:00")),
    _r24sp("es", "El miércoles a contar de las 15 puedo.", each_day((9,), "15:00", "17:00")),
    _r24sp(
        "es", "lunes o martes despues de la 1 me viene bien", each_day((7, 8), "13:00", "17:00")
    ),
    _r24sp("pt", "Terça após as 15h fica bom pra mim.", each_day((8,), "15:00", "17:00")),
    _r24sp("pt", "Posso quarta ou sexta passadas as 13h30.", each_day((9, 11), "13:30", "17:00")),
    _r24sp("pt", "Segunda a contar das 14h está ótimo.", each_day((7,), "14:00", "17:00")),
    _r24sp("pt", "Quinta das 15h pra frente eu consigo.", each_day((10,), "15:00", "17:00")),
    _r24sp("pt", "Terça e quinta após 14h dá pra mim.", each_day((8, 10), "14:00", "17:00")),
    _r24sp("pt", "Sexta, mais tarde que 14h30, estou livre.", each_day((11,), "14:30", "17:00")),
    _r24sp("pt", "Quarta 15h ou depois funciona para mim.", each_day((9,), "15:00", "17:00")),
    _r24sp("pt", "segunda ou terca apos as 16h da pra mim", each_day((7, 8), "16:00", "17:00")),
    # the latest hour, said so: every day listed takes it
    _r24sp("en", "Tuesday no later than 11am works.", each_day((8,), "09:00", "11:00")),
    _r24sp("en", "Wednesday, at the latest by 10:30am.", each_day((9,), "09:00", "10:30")),
    _r24sp(
        "en",
        "Monday or Thursday not later than 11 works for me.",
        each_day((7, 10), "09:00", "11:00"),
    ),
    _r24sp("en", "Friday latest 11am is fine.", each_day((11,), "09:00", "11:00")),
    _r24sp("en", "Thursday latest by 10am suits me.", each_day((10,), "09:00", "10:00")),
    _r24sp("en", "Monday no later than noon is good.", each_day((7,), "09:00", "12:00")),
    _r24sp("en", "Tue or Wed not later than 10am is fine.", each_day((8, 9), "09:00", "10:00")),
    _r24sp(
        "en",
        "I'm free Wednesday and Friday, not later than 11:30am.",
        each_day((9, 11), "09:00", "11:30"),
    ),
    _r24sp("fr", "Mardi au plus tard à 11h, ça me va.", each_day((8,), "09:00", "11:00")),
    _r24sp("fr", "Mercredi pas plus tard que 10h30.", each_day((9,), "09:00", "10:30")),
    _r24sp(
        "fr",
        "Lundi ou jeudi au plus tard jusqu'à 11h, ça me va.",
        each_day((7, 10), "09:00", "11:00"),
    ),
    _r24sp("fr", "Jeudi, au plus tard à midi.", each_day((10,), "09:00", "12:00")),
    _r24sp("fr", "mardi au plus tard a 10h ca me va", each_day((8,), "09:00", "10:00")),
    _r24sp(
        "fr", "Mercredi et vendredi pas plus tard que 11h.", each_day((9, 11), "09:00", "11:00")
    ),
    _r24sp("fr", "Lundi au plus tard 11h je peux.", each_day((7,), "09:00", "11:00")),
    _r24sp(
        "fr", "Je suis libre vendredi, pas plus tard que 11h30.", each_day((11,), "09:00", "11:30")
    ),
    _r24sp("de", "Dienstag bis spätestens 11 Uhr passt.", each_day((8,), "09:00", "11:00")),
    _r24sp("de", "Mittwoch spätestens bis 10:30 Uhr.", each_day((9,), "09:00", "10:30")),
    _r24sp(
        "de",
        "Montag oder Donnerstag nicht später als 11 Uhr geht.",
        each_day((7, 10), "09:00", "11:00"),
    ),
    _r24sp("de", "Donnerstag bis spätestens 12 Uhr klappt.", each_day((10,), "09:00", "12:00")),
    _r24sp(
        "de", "Dienstag und Donnerstag bis spätestens 10 Uhr.", each_day((8, 10), "09:00", "10:00")
    ),
    _r24sp(
        "de",
        "Mittwoch und Freitag nicht später als 11:00 Uhr.",
        each_day((9, 11), "09:00", "11:00"),
    ),
    _r24sp("de", "montag bis spätestens 11 uhr geht", each_day((7,), "09:00", "11:00")),
    _r24sp("de", "Ich kann Freitag, spätestens bis 11:30 Uhr.", each_day((11,), "09:00", "11:30")),
    _r24sp("es", "El martes a más tardar a las 11 me va bien.", each_day((8,), "09:00", "11:00")),
    _r24sp("es", "El miércoles como muy tarde a las 10:30.", each_day((9,), "09:00", "10:30")),
    _r24sp("es", "Lunes o jueves no más tarde de las 11.", each_day((7, 10), "09:00", "11:00")),
    _r24sp("es", "El viernes como máximo hasta las 11.", each_day((11,), "09:00", "11:00")),
    _r24sp("es", "El jueves como tarde a las 12.", each_day((10,), "09:00", "12:00")),
    _r24sp("es", "martes y jueves a mas tardar a las 10", each_day((8, 10), "09:00", "10:00")),
    _r24sp(
        "es",
        "El miércoles y el viernes no más tarde de las 11 me sirve.",
        each_day((9, 11), "09:00", "11:00"),
    ),
    _r24sp(
        "es", "Puedo el lunes, como muy tarde hasta las 11:30.", each_day((7,), "09:00", "11:30")
    ),
    _r24sp("pt", "Terça até no máximo 11h.", each_day((8,), "09:00", "11:00")),
    _r24sp("pt", "Quarta o mais tardar às 10h30.", each_day((9,), "09:00", "10:30")),
    _r24sp("pt", "Segunda ou quinta não mais tarde que 11h.", each_day((7, 10), "09:00", "11:00")),
    _r24sp("pt", "Sexta no máximo até as 11h.", each_day((11,), "09:00", "11:00")),
    _r24sp("pt", "Quinta até no máximo meio-dia.", each_day((10,), "09:00", "12:00")),
    _r24sp("pt", "terca e quinta ate no maximo 10h", each_day((8, 10), "09:00", "10:00")),
    _r24sp("pt", "Quarta e sexta no máximo até às 11h.", each_day((9, 11), "09:00", "11:00")),
    _r24sp("pt", "Segunda o mais tardar às 11h30 fica bom.", each_day((7,), "09:00", "11:30")),
    # the dot of an abbreviated weekday is no sentence end: the list goes on to its hours
    _r24sp("en", "Tue. or Thu. after 2pm works.", each_day((8, 10), "14:00", "17:00")),
    _r24sp("en", "I'm free Mon., Wed. and Fri. mornings.", each_day((7, 9, 11), "09:00", "12:00")),
    _r24sp("en", "Wed. or Fri. between 10 and 12 works.", each_day((9, 11), "10:00", "12:00")),
    _r24sp("en", "Tues. and Thurs. before 11am suit me.", each_day((8, 10), "09:00", "11:00")),
    _r24sp("en", "Mon. or Tue. any time after 3pm.", each_day((7, 8), "15:00", "17:00")),
    _r24sp(
        "en", "I could do Wed., Thu. or Fri. from 1pm.", each_day((9, 10, 11), "13:00", "17:00")
    ),
    _r24sp("en", "tue. or thu. afternoon works", each_day((8, 10), "12:00", "17:00")),
    _r24sp("en", "Thurs. or Fri. in the afternoon is best.", each_day((10, 11), "12:00", "17:00")),
    _r24sp("de", "Di., Do. oder Fr. bis 11 Uhr geht.", each_day((8, 10, 11), "09:00", "11:00")),
    _r24sp("de", "Mo. oder Mi. nachmittags passt mir.", each_day((7, 9), "12:00", "17:00")),
    _r24sp("de", "Ich kann Di. und Do. ab 14 Uhr.", each_day((8, 10), "14:00", "17:00")),
    _r24sp("de", "Am Mi. oder Fr. zwischen 10 und 12 Uhr.", each_day((9, 11), "10:00", "12:00")),
    _r24sp("de", "Mo., Di. und Do. vormittags wäre gut.", each_day((7, 8, 10), "09:00", "12:00")),
    _r24sp("de", "Am Di. oder Mi. nach 15 Uhr klappt es.", each_day((8, 9), "15:00", "17:00")),
    _r24sp("de", "Mi. und Fr. von 9 bis 11 Uhr ginge.", each_day((9, 11), "09:00", "11:00")),
    _r24sp("de", "Do. oder Fr. am Nachmittag passt.", each_day((10, 11), "12:00", "17:00")),
    _r24sp("fr", "Lun., Mer. ou Ven. après 14h me va.", each_day((7, 9, 11), "14:00", "17:00")),
    _r24sp("fr", "Je peux Mer. ou Ven. entre 10h et 12h.", each_day((9, 11), "10:00", "12:00")),
    _r24sp("fr", "Jeu. ou Ven. le matin, c'est bon.", each_day((10, 11), "09:00", "12:00")),
    _r24sp("fr", "Lun. et Jeu. avant 11h me conviennent.", each_day((7, 10), "09:00", "11:00")),
    _r24sp("fr", "Mer., Jeu. ou Ven. à partir de 15h.", each_day((9, 10, 11), "15:00", "17:00")),
    _r24sp("fr", "Je suis dispo Lun. ou Mer. l'après-midi.", each_day((7, 9), "12:00", "17:00")),
    _r24sp("fr", "Ven. ou Lun. de 9h à 11h, ça marche.", each_day((7, 11), "09:00", "11:00")),
    _r24sp("fr", "Jeu. et Ven. après 16h.", each_day((10, 11), "16:00", "17:00")),
    _r24sp(
        "es", "Lun., Mié. o Vie. por la tarde me va bien.", each_day((7, 9, 11), "12:00", "17:00")
    ),
    _r24sp("es", "Puedo Jue. o Vie. después de las 15.", each_day((10, 11), "15:00", "17:00")),
    _r24sp("es", "Mié. o Jue. antes de las 11.", each_day((9, 10), "09:00", "11:00")),
    _r24sp("es", "Lun. y Mié. entre las 10 y las 12 me sirve.", each_day((7, 9), "10:00", "12:00")),
    _r24sp("es", "Estoy libre Vie. o Lun. por la mañana.", each_day((7, 11), "09:00", "12:00")),
    _r24sp("es", "Jue. y Vie. a partir de las 14.", each_day((10, 11), "14:00", "17:00")),
    _r24sp("es", "Lun., Jue. o Vie. hasta las 11.", each_day((7, 10, 11), "09:00", "11:00")),
    _r24sp("es", "Mié. o Vie. de 9 a 11 me viene bien.", each_day((9, 11), "09:00", "11:00")),
    _r24sp("pt", "Seg., Qua. ou Sex. depois das 14h.", each_day((7, 9, 11), "14:00", "17:00")),
    _r24sp("pt", "Posso Qui. ou Sex. de manhã.", each_day((10, 11), "09:00", "12:00")),
    _r24sp("pt", "Qua. ou Qui. antes das 11h dá pra mim.", each_day((9, 10), "09:00", "11:00")),
    _r24sp("pt", "Seg. e Qua. entre 10h e 12h.", each_day((7, 9), "10:00", "12:00")),
    _r24sp("pt", "Estou livre Sex. ou Seg. à tarde.", each_day((7, 11), "12:00", "17:00")),
    _r24sp("pt", "Qui. e Sex. a partir das 15h.", each_day((10, 11), "15:00", "17:00")),
    _r24sp("pt", "Seg., Qui. ou Sex. até as 11h.", each_day((7, 10, 11), "09:00", "11:00")),
    _r24sp("pt", "Qua. ou Sex. das 9h às 11h fica bom.", each_day((9, 11), "09:00", "11:00")),
    # a dash opening the next row is its bullet, not the end of a range on the row before
    _r24sp(
        "en",
        "- Tue: until 11am\n- Thu: all day",
        each_day((8,), "09:00", "11:00") + each_day((10,), "09:00", "17:00"),
    ),
    _r24sp(
        "en",
        "- Mon: 10-12\n- Wed: after 3pm",
        each_day((7,), "10:00", "12:00") + each_day((9,), "15:00", "17:00"),
    ),
    _r24sp(
        "en",
        "- Wednesday: before 10:30\n- Friday: any time",
        each_day((9,), "09:00", "10:30") + each_day((11,), "09:00", "17:00"),
    ),
    _r24sp(
        "en",
        "* Tuesday: from 2pm\n- Thursday: 9-11",
        each_day((8,), "14:00", "17:00") + each_day((10,), "09:00", "11:00"),
    ),
    _r24sp(
        "en",
        "- Mon: 1pm-3pm\n- Tue: 9am-10am",
        each_day((7,), "13:00", "15:00") + each_day((8,), "09:00", "10:00"),
    ),
    _r24sp(
        "en",
        "- Thursday: until noon\n- Friday: 2-4pm",
        each_day((10,), "09:00", "12:00") + each_day((11,), "14:00", "16:00"),
    ),
    _r24sp(
        "en",
        "- Mon: by 11\n- Fri: 13:00-15:00",
        each_day((7,), "09:00", "11:00") + each_day((11,), "13:00", "15:00"),
    ),
    _r24sp(
        "en",
        "- Tue: 9:30-11:30\n- Wed: whole day",
        each_day((8,), "09:30", "11:30") + each_day((9,), "09:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "- mardi : jusqu'à 11h\n- jeudi : toute la journée",
        each_day((8,), "09:00", "11:00") + each_day((10,), "09:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "- lundi : 10h-12h\n- mercredi : après 15h",
        each_day((7,), "10:00", "12:00") + each_day((9,), "15:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "- mercredi : avant 10h30\n- vendredi : n'importe quand",
        each_day((9,), "09:00", "10:30") + each_day((11,), "09:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "- mardi : dès 14h\n- jeudi : 9h-11h",
        each_day((8,), "14:00", "17:00") + each_day((10,), "09:00", "11:00"),
    ),
    _r24sp(
        "fr",
        "- lundi : 13h-15h\n- mardi : 9h-10h",
        each_day((7,), "13:00", "15:00") + each_day((8,), "09:00", "10:00"),
    ),
    _r24sp(
        "fr",
        "- jeudi : jusqu'à midi\n- vendredi : 14h-16h",
        each_day((10,), "09:00", "12:00") + each_day((11,), "14:00", "16:00"),
    ),
    _r24sp(
        "fr",
        "- lundi : avant 11h\n- vendredi : 13h-15h",
        each_day((7,), "09:00", "11:00") + each_day((11,), "13:00", "15:00"),
    ),
    _r24sp(
        "fr",
        "- mardi : 9h30-11h30\n- mercredi : toute la journée",
        each_day((8,), "09:30", "11:30") + each_day((9,), "09:00", "17:00"),
    ),
    _r24sp(
        "de",
        "- Dienstag: bis 11 Uhr\n- Donnerstag: ganztags",
        each_day((8,), "09:00", "11:00") + each_day((10,), "09:00", "17:00"),
    ),
    _r24sp(
        "de",
        "- Montag: 10-12 Uhr\n- Mittwoch: ab 15 Uhr",
        each_day((7,), "10:00", "12:00") + each_day((9,), "15:00", "17:00"),
    ),
    _r24sp(
        "de",
        "- Mittwoch: vor 10:30\n- Freitag: jederzeit",
        each_day((9,), "09:00", "10:30") + each_day((11,), "09:00", "17:00"),
    ),
    _r24sp(
        "de",
        "- Dienstag: ab 14 Uhr\n- Donnerstag: 9-11 Uhr",
        each_day((8,), "14:00", "17:00") + each_day((10,), "09:00", "11:00"),
    ),
    _r24sp(
        "de",
        "- Montag: 13-15 Uhr\n- Dienstag: 9-10 Uhr",
        each_day((7,), "13:00", "15:00") + each_day((8,), "09:00", "10:00"),
    ),
    _r24sp(
        "de",
        "- Donnerstag: bis 12 Uhr\n- Freitag: 14-16 Uhr",
        each_day((10,), "09:00", "12:00") + each_day((11,), "14:00", "16:00"),
    ),
    _r24sp(
        "de",
        "- Montag: vor 11 Uhr\n- Freitag: 13-15 Uhr",
        each_day((7,), "09:00", "11:00") + each_day((11,), "13:00", "15:00"),
    ),
    _r24sp(
        "de",
        "- Dienstag: 9:30-11:30\n- Mittwoch: den ganzen Tag",
        each_day((8,), "09:30", "11:30") + each_day((9,), "09:00", "17:00"),
    ),
    _r24sp(
        "es",
        "- martes: hasta las 11\n- jueves: todo el día",
        each_day((8,), "09:00", "11:00") + each_day((10,), "09:00", "17:00"),
    ),
    _r24sp(
        "es",
        "- lunes: 10-12 h\n- miércoles: después de las 15",
        each_day((7,), "10:00", "12:00") + each_day((9,), "15:00", "17:00"),
    ),
    _r24sp(
        "es",
        "- miércoles: antes de las 10:30\n- viernes: a cualquier hora",
        each_day((9,), "09:00", "10:30") + each_day((11,), "09:00", "17:00"),
    ),
    _r24sp(
        "es",
        "- martes: desde las 14\n- jueves: 9-11 h",
        each_day((8,), "14:00", "17:00") + each_day((10,), "09:00", "11:00"),
    ),
    _r24sp(
        "es",
        "- lunes: 13-15 h\n- martes: 9-10 h",
        each_day((7,), "13:00", "15:00") + each_day((8,), "09:00", "10:00"),
    ),
    _r24sp(
        "es",
        "- jueves: hasta el mediodía\n- viernes: 14-16 h",
        each_day((10,), "09:00", "12:00") + each_day((11,), "14:00", "16:00"),
    ),
    _r24sp(
        "es",
        "- lunes: antes de las 11\n- viernes: 13-15 h",
        each_day((7,), "09:00", "11:00") + each_day((11,), "13:00", "15:00"),
    ),
    _r24sp(
        "es",
        "- martes: 9:30-11:30\n- miércoles: todo el día",
        each_day((8,), "09:30", "11:30") + each_day((9,), "09:00", "17:00"),
    ),
    _r24sp(
        "pt",
        "- terça: até 11h\n- quinta: o dia todo",
        each_day((8,), "09:00", "11:00") + each_day((10,), "09:00", "17:00"),
    ),
    _r24sp(
        "pt",
        "- segunda: 10h-12h\n- quarta: depois das 15h",
        each_day((7,), "10:00", "12:00") + each_day((9,), "15:00", "17:00"),
    ),
    _r24sp(
        "pt",
        "- 4ª-feira: antes das 10h30\n- 6ª-feira: qualquer horário",
        each_day((9,), "09:00", "10:30") + each_day((11,), "09:00", "17:00"),
    ),
    _r24sp(
        "pt",
        "- 3ª-feira: a partir das 14h\n- 5ª-feira: 9h-11h",
        each_day((8,), "14:00", "17:00") + each_day((10,), "09:00", "11:00"),
    ),
    _r24sp(
        "pt",
        "- 2ª-feira: 13h-15h\n- 3ª-feira: 9h-10h",
        each_day((7,), "13:00", "15:00") + each_day((8,), "09:00", "10:00"),
    ),
    _r24sp(
        "pt",
        "- 5ª-feira: até o meio-dia\n- 6ª-feira: 14h-16h",
        each_day((10,), "09:00", "12:00") + each_day((11,), "14:00", "16:00"),
    ),
    _r24sp(
        "pt",
        "- segunda: antes das 11h\n- sexta: 13h-15h",
        each_day((7,), "09:00", "11:00") + each_day((11,), "13:00", "15:00"),
    ),
    _r24sp(
        "pt",
        "- terça: 9h30-11h30\n- quarta: o dia todo",
        each_day((8,), "09:30", "11:30") + each_day((9,), "09:00", "17:00"),
    ),
    # a word of exception whose hours open on their article, or that looks ahead at them, keeps
    # the days after a week offered less those hours
    _r24sp(
        "en",
        "Next week, Tuesday or Friday, with the exception of 12 to 1.",
        each_day((8, 11), "09:00", "12:00") + each_day((8, 11), "13:00", "17:00"),
    ),
    _r24sp(
        "en",
        "For next week: Monday or Thursday, but not between 12 and 1.",
        each_day((7, 10), "09:00", "12:00") + each_day((7, 10), "13:00", "17:00"),
    ),
    _r24sp(
        "en",
        "Next week I can do Wednesday, just not between noon and 1pm.",
        each_day((9,), "09:00", "12:00") + each_day((9,), "13:00", "17:00"),
    ),
    _r24sp(
        "en",
        "Next week Tue or Thu work, excluding 12-1.",
        each_day((8, 10), "09:00", "12:00") + each_day((8, 10), "13:00", "17:00"),
    ),
    _r24sp(
        "en",
        "Next week, Monday or Wednesday, apart from 12 to 1.",
        each_day((7, 9), "09:00", "12:00") + each_day((7, 9), "13:00", "17:00"),
    ),
    _r24sp(
        "en",
        "Next week: Thursday or Friday, other than between 12 and 1.",
        each_day((10, 11), "09:00", "12:00") + each_day((10, 11), "13:00", "17:00"),
    ),
    _r24sp(
        "en",
        "Next week, Tuesday, with the exception of noon to 1pm.",
        each_day((8,), "09:00", "12:00") + each_day((8,), "13:00", "17:00"),
    ),
    _r24sp(
        "en",
        "Next week I'm free Mon or Fri, except from 12 to 1.",
        each_day((7, 11), "09:00", "12:00") + each_day((7, 11), "13:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "La semaine prochaine, mardi ou jeudi, à l'exception de 12h à 13h.",
        each_day((8, 10), "09:00", "12:00") + each_day((8, 10), "13:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "La semaine prochaine : lundi ou mercredi, mais pas entre 12h et 13h.",
        each_day((7, 9), "09:00", "12:00") + each_day((7, 9), "13:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "Semaine prochaine, je peux vendredi, sauf de 12h à 13h.",
        each_day((11,), "09:00", "12:00") + each_day((11,), "13:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "La semaine prochaine, mardi ou vendredi, hormis de midi à 13h.",
        each_day((8, 11), "09:00", "12:00") + each_day((8, 11), "13:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "La semaine prochaine je suis libre lundi, pas entre midi et 13h.",
        each_day((7,), "09:00", "12:00") + each_day((7,), "13:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "Pour la semaine prochaine : jeudi ou vendredi, excepté de 12h à 13h.",
        each_day((10, 11), "09:00", "12:00") + each_day((10, 11), "13:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "La semaine prochaine, mercredi, en dehors de 12h-13h.",
        each_day((9,), "09:00", "12:00") + each_day((9,), "13:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "La semaine prochaine, lundi ou jeudi, à l'exception de midi à 13h.",
        each_day((7, 10), "09:00", "12:00") + each_day((7, 10), "13:00", "17:00"),
    ),
    _r24sp(
        "de",
        "Nächste Woche Dienstag oder Freitag, aber nicht zwischen 12 und 13 Uhr.",
        each_day((8, 11), "09:00", "12:00") + each_day((8, 11), "13:00", "17:00"),
    ),
    _r24sp(
        "de",
        "Nächste Woche: Montag oder Mittwoch, nur nicht zwischen 12 und 13 Uhr.",
        each_day((7, 9), "09:00", "12:00") + each_day((7, 9), "13:00", "17:00"),
    ),
    _r24sp(
        "de",
        "Nächste Woche kann ich Donnerstag, mit Ausnahme von 12 bis 13 Uhr.",
        each_day((10,), "09:00", "12:00") + each_day((10,), "13:00", "17:00"),
    ),
    _r24sp(
        "de",
        "Nächste Woche Di oder Do, außer von 12 bis 13 Uhr.",
        each_day((8, 10), "09:00", "12:00") + each_day((8, 10), "13:00", "17:00"),
    ),
    _r24sp(
        "de",
        "Nächste Woche Montag, abgesehen von 12 bis 13 Uhr.",
        each_day((7,), "09:00", "12:00") + each_day((7,), "13:00", "17:00"),
    ),
    _r24sp(
        "de",
        "Nächste Woche Mittwoch oder Freitag, jedoch nicht zwischen 12 und 13 Uhr.",
        each_day((9, 11), "09:00", "12:00") + each_day((9, 11), "13:00", "17:00"),
    ),
    _r24sp(
        "de",
        "Kommende Woche Dienstag, ausgenommen 12 bis 13 Uhr.",
        each_day((8,), "09:00", "12:00") + each_day((8,), "13:00", "17:00"),
    ),
    _r24sp(
        "de",
        "Nächste Woche Montag oder Donnerstag, bis auf 12 bis 13 Uhr.",
        each_day((7, 10), "09:00", "12:00") + each_day((7, 10), "13:00", "17:00"),
    ),
    _r24sp(
        "es",
        "La semana que viene, lunes o miércoles, pero no entre las 12 y las 13.",
        each_day((7, 9), "09:00", "12:00") + each_day((7, 9), "13:00", "17:00"),
    ),
    _r24sp(
        "es",
        "La próxima semana, martes o jueves, a excepción de 12 a 13 h.",
        each_day((8, 10), "09:00", "12:00") + each_day((8, 10), "13:00", "17:00"),
    ),
    _r24sp(
        "es",
        "La semana que viene puedo el viernes, salvo de 12 a 13.",
        each_day((11,), "09:00", "12:00") + each_day((11,), "13:00", "17:00"),
    ),
    _r24sp(
        "es",
        "La próxima semana, lunes, menos entre las 12 y las 13.",
        each_day((7,), "09:00", "12:00") + each_day((7,), "13:00", "17:00"),
    ),
    _r24sp(
        "es",
        "La semana que viene, martes o viernes, con excepción de las 12 a las 13.",
        each_day((8, 11), "09:00", "12:00") + each_day((8, 11), "13:00", "17:00"),
    ),
    _r24sp(
        "es",
        "La semana que viene, miércoles o jueves, excepto de 12 a 13 h.",
        each_day((9, 10), "09:00", "12:00") + each_day((9, 10), "13:00", "17:00"),
    ),
    _r24sp(
        "es",
        "La próxima semana, jueves, quitando de 12 a 13.",
        each_day((10,), "09:00", "12:00") + each_day((10,), "13:00", "17:00"),
    ),
    _r24sp(
        "es",
        "La semana que viene, lunes o viernes, solo no entre las 12 y las 13.",
        each_day((7, 11), "09:00", "12:00") + each_day((7, 11), "13:00", "17:00"),
    ),
    _r24sp(
        "pt",
        "Semana que vem, terça ou quinta, com exceção das 12h às 13h.",
        each_day((8, 10), "09:00", "12:00") + each_day((8, 10), "13:00", "17:00"),
    ),
    _r24sp(
        "pt",
        "Na próxima semana, segunda ou quarta, só não entre 12h e 13h.",
        each_day((7, 9), "09:00", "12:00") + each_day((7, 9), "13:00", "17:00"),
    ),
    _r24sp(
        "pt",
        "Semana que vem posso sexta, tirando das 12h às 13h.",
        each_day((11,), "09:00", "12:00") + each_day((11,), "13:00", "17:00"),
    ),
    _r24sp(
        "pt",
        "Na próxima semana, segunda, à exceção das 12h às 13h.",
        each_day((7,), "09:00", "12:00") + each_day((7,), "13:00", "17:00"),
    ),
    _r24sp(
        "pt",
        "Semana que vem, terça ou sexta, menos das 12h às 13h.",
        each_day((8, 11), "09:00", "12:00") + each_day((8, 11), "13:00", "17:00"),
    ),
    _r24sp(
        "pt",
        "Na próxima semana, quarta ou quinta, exceto das 12h às 13h.",
        each_day((9, 10), "09:00", "12:00") + each_day((9, 10), "13:00", "17:00"),
    ),
    _r24sp(
        "pt",
        "Semana que vem, quinta, fora das 12h às 13h.",
        each_day((10,), "09:00", "12:00") + each_day((10,), "13:00", "17:00"),
    ),
    _r24sp(
        "pt",
        "Na próxima semana, segunda ou sexta, mas não entre 12h e 13h.",
        each_day((7, 11), "09:00", "12:00") + each_day((7, 11), "13:00", "17:00"),
    ),
    # the halves of the day in regional and plural names
    _r24sp("es", "El martes a la mañana me viene bien.", each_day((8,), "09:00", "12:00")),
    _r24sp("es", "Puedo el lunes o el jueves a la mañana.", each_day((7, 10), "09:00", "12:00")),
    _r24sp(
        "es",
        "- miércoles: a la mañana\n- viernes: a la tarde",
        each_day((9,), "09:00", "12:00") + each_day((11,), "12:00", "17:00"),
    ),
    _r24sp(
        "es", "El viernes en horas de la mañana estoy libre.", each_day((11,), "09:00", "12:00")
    ),
    _r24sp(
        "es",
        "Martes o miércoles en horas de la tarde me sirve.",
        each_day((8, 9), "12:00", "17:00"),
    ),
    _r24sp("es", "el jueves a la manana me va", each_day((10,), "09:00", "12:00")),
    _r24sp("es", "Lunes, martes o viernes a la mañana.", each_day((7, 8, 11), "09:00", "12:00")),
    _r24sp(
        "es", "El miércoles en horas de la mañana, por favor.", each_day((9,), "09:00", "12:00")
    ),
    _r24sp("fr", "Je suis libre mardi en avant-midi.", each_day((8,), "09:00", "12:00")),
    _r24sp(
        "fr", "Lundi ou jeudi dans l'avant-midi, ça me va.", each_day((7, 10), "09:00", "12:00")
    ),
    _r24sp(
        "fr",
        "- mercredi : en avant-midi\n- vendredi : en après-midi",
        each_day((9,), "09:00", "12:00") + each_day((11,), "12:00", "17:00"),
    ),
    _r24sp("fr", "Vendredi l'avant-midi serait parfait.", each_day((11,), "09:00", "12:00")),
    _r24sp(
        "fr", "mardi ou mercredi en avant-midi ca me convient", each_day((8, 9), "09:00", "12:00")
    ),
    _r24sp("fr", "Je pourrais jeudi, dans l'avant-midi.", each_day((10,), "09:00", "12:00")),
    _r24sp("fr", "Lundi, mardi ou vendredi en avant-midi.", each_day((7, 8, 11), "09:00", "12:00")),
    _r24sp("fr", "Mercredi en avant-midi, c'est bon pour moi.", each_day((9,), "09:00", "12:00")),
    _r24sp(
        "de",
        "Nächste Woche kann ich an allen Vormittagen außer Mittwoch.",
        each_day((7, 8, 10, 11), "09:00", "12:00"),
    ),
    _r24sp(
        "de",
        "Nächste Woche passt es an allen Nachmittagen außer Dienstag.",
        each_day((7, 9, 10, 11), "12:00", "17:00"),
    ),
    _r24sp(
        "de",
        "An allen Vormittagen nächste Woche, nur nicht am Freitag.",
        each_day((7, 8, 9, 10), "09:00", "12:00"),
    ),
    _r24sp(
        "de",
        "Nächste Woche an allen Nachmittagen, ausgenommen Montag.",
        each_day((8, 9, 10, 11), "12:00", "17:00"),
    ),
    _r24sp(
        "de",
        "Ich hätte nächste Woche an allen Vormittagen Zeit, bis auf Donnerstag.",
        each_day((7, 8, 9, 11), "09:00", "12:00"),
    ),
    _r24sp(
        "de",
        "Nächste Woche geht es an allen Nachmittagen mit Ausnahme von Mittwoch.",
        each_day((7, 8, 10, 11), "12:00", "17:00"),
    ),
    _r24sp(
        "de",
        "An allen Vormittagen der kommenden Woche außer Montag.",
        each_day((8, 9, 10, 11), "09:00", "12:00"),
    ),
    _r24sp(
        "de",
        "Nächste Woche an allen Nachmittagen abgesehen von Freitag.",
        each_day((7, 8, 9, 10), "12:00", "17:00"),
    ),
    # the whole day in its other words, as a row's entry or after the days
    _r24sp(
        "en",
        "- Tue: the whole day\n- Thu: after 2pm",
        each_day((8,), "09:00", "17:00") + each_day((10,), "14:00", "17:00"),
    ),
    _r24sp(
        "en",
        "- Mon: fully flexible\n- Wed: before 11am",
        each_day((7,), "09:00", "17:00") + each_day((9,), "09:00", "11:00"),
    ),
    _r24sp(
        "en", "I could do Wednesday or Friday, the entire day.", each_day((9, 11), "09:00", "17:00")
    ),
    _r24sp(
        "en",
        "- Thursday: any time of the day\n- Friday: mornings",
        each_day((10,), "09:00", "17:00") + each_day((11,), "09:00", "12:00"),
    ),
    _r24sp("en", "Tuesday I'm totally flexible.", each_day((8,), "09:00", "17:00")),
    _r24sp(
        "en",
        "- Mon: 9-11\n- Tue: completely flexible",
        each_day((7,), "09:00", "11:00") + each_day((8,), "09:00", "17:00"),
    ),
    _r24sp("en", "Monday works, all day long.", each_day((7,), "09:00", "17:00")),
    _r24sp(
        "en",
        "- Wed: the entire day\n- Thu: from 3pm",
        each_day((9,), "09:00", "17:00") + each_day((10,), "15:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "- mardi : à n'importe quelle heure\n- jeudi : après 14h",
        each_day((8,), "09:00", "17:00") + each_day((10,), "14:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "- lundi : la journée entière\n- mercredi : avant 11h",
        each_day((7,), "09:00", "17:00") + each_day((9,), "09:00", "11:00"),
    ),
    _r24sp(
        "fr",
        "Je suis disponible mercredi ou vendredi, à toute heure.",
        each_day((9, 11), "09:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "- jeudi : totalement flexible\n- vendredi : le matin",
        each_day((10,), "09:00", "17:00") + each_day((11,), "09:00", "12:00"),
    ),
    _r24sp("fr", "Mardi, sans contrainte horaire.", each_day((8,), "09:00", "17:00")),
    _r24sp(
        "fr",
        "- lundi : 9h-11h\n- mardi : la journée complète",
        each_day((7,), "09:00", "11:00") + each_day((8,), "09:00", "17:00"),
    ),
    _r24sp("fr", "Lundi, complètement flexible.", each_day((7,), "09:00", "17:00")),
    _r24sp(
        "fr",
        "- mercredi : sur toute la journée\n- jeudi : dès 15h",
        each_day((9,), "09:00", "17:00") + each_day((10,), "15:00", "17:00"),
    ),
    _r24sp(
        "de",
        "- Dienstag: durchgehend\n- Donnerstag: ab 14 Uhr",
        each_day((8,), "09:00", "17:00") + each_day((10,), "14:00", "17:00"),
    ),
    _r24sp(
        "de",
        "- Montag: ganztags\n- Mittwoch: vor 11 Uhr",
        each_day((7,), "09:00", "17:00") + each_day((9,), "09:00", "11:00"),
    ),
    _r24sp("de", "Mittwoch oder Freitag zu jeder Uhrzeit.", each_day((9, 11), "09:00", "17:00")),
    _r24sp(
        "de",
        "- Donnerstag: völlig flexibel\n- Freitag: vormittags",
        each_day((10,), "09:00", "17:00") + each_day((11,), "09:00", "12:00"),
    ),
    _r24sp("de", "Dienstag bin ich ganz flexibel.", each_day((8,), "09:00", "17:00")),
    _r24sp(
        "de",
        "- Montag: 9-11 Uhr\n- Dienstag: den gesamten Tag",
        each_day((7,), "09:00", "11:00") + each_day((8,), "09:00", "17:00"),
    ),
    _r24sp("de", "Montag passt, den ganzen Tag über.", each_day((7,), "09:00", "17:00")),
    _r24sp(
        "de",
        "- Mittwoch: zu jeder Zeit\n- Donnerstag: ab 15 Uhr",
        each_day((9,), "09:00", "17:00") + each_day((10,), "15:00", "17:00"),
    ),
    _r24sp(
        "es",
        "- martes: en cualquier horario\n- jueves: desde las 14",
        each_day((8,), "09:00", "17:00") + each_day((10,), "14:00", "17:00"),
    ),
    _r24sp(
        "es",
        "- lunes: el día entero\n- miércoles: antes de las 11",
        each_day((7,), "09:00", "17:00") + each_day((9,), "09:00", "11:00"),
    ),
    _r24sp(
        "es", "Puedo el miércoles o el viernes, a toda hora.", each_day((9, 11), "09:00", "17:00")
    ),
    _r24sp(
        "es",
        "- jueves: sin restricción de horario\n- viernes: por la mañana",
        each_day((10,), "09:00", "17:00") + each_day((11,), "09:00", "12:00"),
    ),
    _r24sp("es", "El martes, totalmente flexible.", each_day((8,), "09:00", "17:00")),
    _r24sp(
        "es",
        "- lunes: de 9 a 11\n- martes: el día completo",
        each_day((7,), "09:00", "11:00") + each_day((8,), "09:00", "17:00"),
    ),
    _r24sp(
        "es", "El lunes me va bien, a cualquier hora del día.", each_day((7,), "09:00", "17:00")
    ),
    _r24sp(
        "es",
        "- miércoles: sin restricciones de horario\n- jueves: a partir de las 15",
        each_day((9,), "09:00", "17:00") + each_day((10,), "15:00", "17:00"),
    ),
    _r24sp(
        "pt",
        "- terça: sem restrição de horário\n- quinta: depois das 14h",
        each_day((8,), "09:00", "17:00") + each_day((10,), "14:00", "17:00"),
    ),
    _r24sp(
        "pt",
        "- segunda: o dia completo\n- quarta: antes das 11h",
        each_day((7,), "09:00", "17:00") + each_day((9,), "09:00", "11:00"),
    ),
    _r24sp(
        "pt", "Posso quarta ou sexta, em qualquer horário.", each_day((9, 11), "09:00", "17:00")
    ),
    _r24sp(
        "pt",
        "- quinta: totalmente flexível\n- sexta: de manhã",
        each_day((10,), "09:00", "17:00") + each_day((11,), "09:00", "12:00"),
    ),
    _r24sp("pt", "Terça, a qualquer hora do dia.", each_day((8,), "09:00", "17:00")),
    _r24sp(
        "pt",
        "- segunda: das 9h às 11h\n- terça: o dia inteirinho",
        each_day((7,), "09:00", "11:00") + each_day((8,), "09:00", "17:00"),
    ),
    _r24sp("pt", "Segunda fica bom, a qualquer hora.", each_day((7,), "09:00", "17:00")),
    _r24sp(
        "pt",
        "- quarta: sem restrições de horário\n- quinta: a partir das 15h",
        each_day((9,), "09:00", "17:00") + each_day((10,), "15:00", "17:00"),
    ),
    # "dez." after a day's number is December, not ten
    _r24sp("pt", "Posso terça, 15 de dez., depois das 14h.", each_day((15,), "14:00", "17:00")),
    _r24sp(
        "pt",
        "Quarta, 16 de dez. ou sexta, 18 de dez., de manhã.",
        each_day((16, 18), "09:00", "12:00"),
    ),
    _r24sp("pt", "Fico livre qui., 17 de dez. 10h-12h.", each_day((17,), "10:00", "12:00")),
    _r24sp(
        "pt", "Segunda, 14 de dez., a tarde toda está ótimo.", each_day((14,), "12:00", "17:00")
    ),
    _r24sp(
        "pt",
        "Tenho agenda ter., 15 de dez. ou qua., 16 de dez., antes das 11h.",
        each_day((15, 16), "09:00", "11:00"),
    ),
    _r24sp(
        "pt", "sexta, 18 de dez. a partir das 15h da pra mim", each_day((18,), "15:00", "17:00")
    ),
    _r24sp("pt", "Quinta-feira, 17 de dez., entre 10h e 12h.", each_day((17,), "10:00", "12:00")),
    _r24sp(
        "pt",
        "Segunda, 14 de dez. ou terça, 15 de dez., à tarde.",
        each_day((14, 15), "12:00", "17:00"),
    ),
    # a lower-case "mon" opening a bulleted row, or before its clock time
    _r24sp(
        "en",
        "- mon: before 12pm\n- thurs: 2pm onwards",
        each_day((7,), "09:00", "12:00") + each_day((10,), "14:00", "17:00"),
    ),
    _r24sp(
        "en",
        "- mon: during the morning\n- wed: after 3pm",
        each_day((7,), "09:00", "12:00") + each_day((9,), "15:00", "17:00"),
    ),
    _r24sp(
        "en",
        "* mon: 10-12\n* fri: all day",
        each_day((7,), "10:00", "12:00") + each_day((11,), "09:00", "17:00"),
    ),
    _r24sp(
        "en",
        "mon 10:00-12:00 or wed 2pm onwards works",
        each_day((7,), "10:00", "12:00") + each_day((9,), "14:00", "17:00"),
    ),
    _r24sp(
        "en",
        "- mon: from 1pm\n- tue: any time",
        each_day((7,), "13:00", "17:00") + each_day((8,), "09:00", "17:00"),
    ),
    _r24sp(
        "en",
        "mon 9.30-11 or thu afternoon",
        each_day((7,), "09:30", "11:00") + each_day((10,), "12:00", "17:00"),
    ),
    _r24sp("en", "- mon: till 11am\n- wed: till 11am", each_day((7, 9), "09:00", "11:00")),
    _r24sp("en", "next week mon 2pm or later is fine", each_day((7,), "14:00", "17:00")),
    # a short weekday alone with its dot, its sentence going on
    _r24sp(
        "fr", "La semaine prochaine, je peux lun. en matinée.", each_day((7,), "09:00", "12:00")
    ),
    _r24sp(
        "fr",
        "Semaine prochaine : Mer., sauf entre 12h et 13h, ça me va.",
        each_day((9,), "09:00", "12:00") + each_day((9,), "13:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "Pour la semaine prochaine, ven. après 14h me convient.",
        each_day((11,), "14:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "La semaine prochaine, je suis libre jeu. de 9h à 11h.",
        each_day((10,), "09:00", "11:00"),
    ),
    _r24sp(
        "fr",
        "La semaine prochaine, Mar. l'après-midi serait bien.",
        each_day((8,), "12:00", "17:00"),
    ),
    _r24sp("fr", "semaine prochaine : ven. avant midi ca me va", each_day((11,), "09:00", "12:00")),
    _r24sp(
        "fr",
        "La semaine prochaine, Lun., c'est bon toute la journée.",
        each_day((7,), "09:00", "17:00"),
    ),
    _r24sp(
        "fr",
        "Pour la semaine prochaine, dispo Jeu. à partir de 15h.",
        each_day((10,), "15:00", "17:00"),
    ),
    _r24sp(
        "de",
        "Nächste Woche: am Do., außer 12 bis 13 Uhr.",
        each_day((10,), "09:00", "12:00") + each_day((10,), "13:00", "17:00"),
    ),
    _r24sp("de", "Nächste Woche passt mir Di. ab 14 Uhr.", each_day((8,), "14:00", "17:00")),
    _r24sp(
        "de",
        "Für nächste Woche schlage ich Mi., vormittags, vor.",
        each_day((9,), "09:00", "12:00"),
    ),
    _r24sp("de", "Nächste Woche geht Fr. bis 11 Uhr.", each_day((11,), "09:00", "11:00")),
    _r24sp(
        "de",
        "Montag bin ich verhindert. Nächste Woche ginge Mo. nicht, aber Do. nachmittags.",
        each_day((10,), "12:00", "17:00"),
    ),
    _r24sp("de", "Nächste Woche: Mo., ganztags.", each_day((7,), "09:00", "17:00")),
    _r24sp(
        "de",
        "Nächste Woche hätte ich am Mi. zwischen 10 und 12 Uhr Zeit.",
        each_day((9,), "10:00", "12:00"),
    ),
    _r24sp("de", "Für nächste Woche: Di., nach 15 Uhr.", each_day((8,), "15:00", "17:00")),
    _r24sp(
        "es", "La semana que viene, mié. por la tarde me va bien.", each_day((9,), "12:00", "17:00")
    ),
    _r24sp(
        "es",
        "Para la próxima semana: Jue., salvo de 12 a 13.",
        each_day((10,), "09:00", "12:00") + each_day((10,), "13:00", "17:00"),
    ),
    _r24sp(
        "es", "La semana que viene puedo vie. antes de las 11.", each_day((11,), "09:00", "11:00")
    ),
    _r24sp("es", "La próxima semana, lun. de 10 a 12 me sirve.", each_day((7,), "10:00", "12:00")),
    _r24sp("es", "La semana que viene, mié. 10-12 h.", each_day((9,), "10:00", "12:00")),
    _r24sp(
        "es",
        "la proxima semana: jue. desde las 15 me viene bien",
        each_day((10,), "15:00", "17:00"),
    ),
    _r24sp("es", "La semana que viene, Vie., todo el día.", each_day((11,), "09:00", "17:00")),
    _r24sp(
        "es", "Para la semana que viene: Lun. después de las 14.", each_day((7,), "14:00", "17:00")
    ),
    _r24sp("pt", "Na próxima semana, qua. à tarde fica bom.", each_day((9,), "12:00", "17:00")),
    _r24sp(
        "pt",
        "Semana que vem: Qui., exceto entre 12h e 13h.",
        each_day((10,), "09:00", "12:00") + each_day((10,), "13:00", "17:00"),
    ),
    _r24sp("pt", "Na próxima semana posso seg. antes das 11h.", each_day((7,), "09:00", "11:00")),
    _r24sp("pt", "Semana que vem, Sex. de manhã.", each_day((11,), "09:00", "12:00")),
    _r24sp("pt", "Na próxima semana, qua. 10h-12h dá pra mim.", each_day((9,), "10:00", "12:00")),
    _r24sp("pt", "semana que vem: qui. depois das 15h fica bom", each_day((10,), "15:00", "17:00")),
    _r24sp("pt", "Na próxima semana, Seg., o dia todo.", each_day((7,), "09:00", "17:00")),
    _r24sp("pt", "Semana que vem: Ter. a partir das 14h.", each_day((8,), "14:00", "17:00")),
)
ALL_PROBES += PROBES_R24SP
# Round 24 (clock times and hour bounds): the hour as people write it, under every bound. A
# reply sent on Friday 4 December 2026 in the afternoon, in its writer's zone, so a bare weekday
# names the week of Monday 7 December. Written from EXTRACTION.md, in words of our own.
_G24CK_SENT = {
    "en": ("America/New_York", "Fri, 04 Dec 2026 15:20:00 -0500"),
    "fr": ("Europe/Paris", "Fri, 04 Dec 2026 15:20:00 +0100"),
    "de": ("Europe/Berlin", "Fri, 04 Dec 2026 15:20:00 +0100"),
    "es": ("Europe/Madrid", "Fri, 04 Dec 2026 15:20:00 +0100"),
    "pt": ("America/Sao_Paulo", "Fri, 04 Dec 2026 15:20:00 -0300"),
}


def _g24ck(lang: str, text: str, windows: Windows) -> Probe:
    zone, sent = _G24CK_SENT[lang]
    return P("time-of-day", lang, text, "availability", windows, zone=zone, date=sent)


PROBES_G24CK: tuple[Probe, ...] = (
    # a rough hour ("4ish") bounds as the hour does
    _g24ck("en", "Tuesday after 4ish works for me.", ((8, "16:00", "17:00"),)),
    _g24ck("en", "I can do Wed from 10-ish onwards.", ((9, "10:00", "17:00"),)),
    _g24ck("en", "Thursday till 2ish is fine.", ((10, "09:00", "14:00"),)),
    _g24ck("en", "Mon 9ish to 11:30 would suit me.", ((7, "09:00", "11:30"),)),
    _g24ck("en", "monday or friday b4 noon-ish", each_day((7, 11), "09:00", "12:00")),
    _g24ck("en", "Friday between 1-ish and 3 works.", ((11, "13:00", "15:00"),)),
    _g24ck("en", "Tue 2-ish would be ideal.", ((8, "14:00", "15:00"),)),
    _g24ck("en", "Free Thursday 10ish-12.", ((10, "10:00", "12:00"),)),
    # "a quarter past", "quarter after" (American), "a quarter to", and "12 noon"
    _g24ck("en", "Tuesday no earlier than a quarter past ten.", ((8, "10:15", "17:00"),)),
    _g24ck("en", "Wednesday from quarter after one is good.", ((9, "13:15", "17:00"),)),
    _g24ck("en", "I'm free Monday until a quarter to twelve.", ((7, "09:00", "11:45"),)),
    _g24ck("en", "Thursday at quarter after 3 works for me.", ((10, "15:15", "16:15"),)),
    _g24ck("en", "Friday any time after 12 noon.", ((11, "12:00", "17:00"),)),
    _g24ck("en", "Tuesday between 10 and 12 noon suits me.", ((8, "10:00", "12:00"),)),
    _g24ck("en", "Monday before a quarter past four please.", ((7, "09:00", "16:15"),)),
    _g24ck("en", "Wed from a quarter to nine to 11 works.", ((9, "08:45", "11:00"),)),
    # a part of the day right after an hour is that hour's am or pm, not a part offered
    _g24ck("en", "Tuesday before four in the afternoon works.", ((8, "09:00", "16:00"),)),
    _g24ck("en", "Thursday at 11 in the morning is best.", ((10, "11:00", "12:00"),)),
    _g24ck("en", "Monday from 2 in the afternoon onwards.", ((7, "14:00", "17:00"),)),
    _g24ck("fr", "Mardi avant trois heures de l'après-midi.", ((8, "09:00", "15:00"),)),
    _g24ck("fr", "Jeudi à 10h du matin, ça me va.", ((10, "10:00", "11:00"),)),
    _g24ck("fr", "Lundi jusqu'à 2h30 de l'après-midi.", ((7, "09:00", "14:30"),)),
    _g24ck("de", "Dienstag bis vier Uhr nachmittags.", ((8, "09:00", "16:00"),)),
    _g24ck("de", "Donnerstag ab 2 Uhr nachmittags hätte ich Zeit.", ((10, "14:00", "17:00"),)),
    _g24ck("de", "Mittwoch um zehn Uhr morgens passt.", ((9, "10:00", "11:00"),)),
    _g24ck("es", "El martes hasta las cuatro de la tarde.", ((8, "09:00", "16:00"),)),
    _g24ck("es", "El jueves desde las 10 y media de la mañana.", ((10, "10:30", "17:00"),)),
    _g24ck("es", "El lunes de 9 y cuarto de la mañana a 1.", ((7, "09:15", "13:00"),)),
    _g24ck("pt", "Na terça até as 3 da tarde.", ((8, "09:00", "15:00"),)),
    _g24ck("pt", "Quinta das dez e meia da manhã em diante.", ((10, "10:30", "17:00"),)),
    _g24ck("pt", "Segunda entre as duas da tarde e as quatro.", ((7, "14:00", "16:00"),)),
    # minutes said after the hour's unit: "elf Uhr fünfzehn", "seize heures quarante-cinq", and
    # the unaccented "a" of a phone for "à"
    _g24ck("de", "Dienstag ab elf Uhr fünfzehn geht.", ((8, "11:15", "17:00"),)),
    _g24ck("de", "Mittwoch bis vierzehn Uhr dreißig.", ((9, "09:00", "14:30"),)),
    _g24ck("de", "Donnerstag um neun Uhr fünfundvierzig.", ((10, "09:45", "10:45"),)),
    _g24ck("de", "Freitag zwischen zehn Uhr fünfzehn und zwölf Uhr.", ((11, "10:15", "12:00"),)),
    _g24ck("fr", "Mardi à seize heures quarante-cinq.", ((8, "16:45", "17:45"),)),
    _g24ck("fr", "Dix heures trente le jeudi me convient.", ((10, "10:30", "11:30"),)),
    _g24ck("fr", "mercredi a 14 heures 15", ((9, "14:15", "15:15"),)),
    _g24ck("fr", "Lundi de 9 heures a 11h30.", ((7, "09:00", "11:30"),)),
    # "at the latest" with the bound: hours of the day, not a day to answer by
    _g24ck("de", "Dienstag bis spätestens 12:30.", ((8, "09:00", "12:30"),)),
    _g24ck("de", "Donnerstag spätestens bis halb drei.", ((10, "09:00", "14:30"),)),
    _g24ck("de", "Montag nicht später als 11 Uhr.", ((7, "09:00", "11:00"),)),
    _g24ck("fr", "Mercredi pas plus tard que 15h.", ((9, "09:00", "15:00"),)),
    _g24ck("es", "El viernes no más tarde de las 12.", ((11, "09:00", "12:00"),)),
    _g24ck("es", "El martes no más tarde del mediodía.", ((8, "09:00", "12:00"),)),
    _g24ck("pt", "Quarta não mais tarde que as 16h.", ((9, "09:00", "16:00"),)),
    _g24ck("en", "Thursday, no later than 3pm.", ((10, "09:00", "15:00"),)),
    _g24ck(
        "de",
        "Bitte bis spätestens Montag Bescheid geben. Dienstag ab 14 Uhr passt.",
        ((8, "14:00", "17:00"),),
    ),
    # a quarter told in minutes, and "menos" before it no exception: "las once menos cuarto"
    _g24ck("pt", "Na terça às dez e quinze.", ((8, "10:15", "11:15"),)),
    _g24ck("pt", "Quinta às onze menos quinze.", ((10, "10:45", "11:45"),)),
    _g24ck("pt", "Segunda depois das duas e quinze.", ((7, "14:15", "17:00"),)),
    _g24ck("pt", "Sexta até as doze menos um quarto.", ((11, "09:00", "11:45"),)),
    _g24ck("es", "El martes a las diez y quince.", ((8, "10:15", "11:15"),)),
    _g24ck("es", "El jueves antes de las once menos cuarto.", ((10, "09:00", "10:45"),)),
    _g24ck("es", "El lunes a partir de la una y media.", ((7, "13:30", "17:00"),)),
    _g24ck("es", "El miércoles no antes de la una.", ((9, "13:00", "17:00"),)),
    # a short German weekday before a rough or bounded hour is the day
    _g24ck("de", "Di ca. 15 Uhr passt mir.", ((8, "15:00", "16:00"),)),
    _g24ck("de", "Mi circa 10:30.", ((9, "10:30", "11:30"),)),
    _g24ck("de", "Do so gegen 14 Uhr.", ((10, "14:00", "15:00"),)),
    _g24ck("de", "Mo frühestens ab 13 Uhr.", ((7, "13:00", "17:00"),)),
    _g24ck("de", "Fr spätestens bis 11 Uhr.", ((11, "09:00", "11:00"),)),
    _g24ck("de", "di so gegen halb drei", ((8, "14:30", "15:30"),)),
    _g24ck("de", "mi ca. 9:45 uhr", ((9, "09:45", "10:45"),)),
    _g24ck("de", "Do nicht vor 10 Uhr.", ((10, "10:00", "17:00"),)),
    # a weekday's date before "à", "a" and a time earlier than it: the date, then the hour
    _g24ck("fr", "Lundi 14 et mardi 15 à 9h.", each_day((14, 15), "09:00", "10:00")),
    _g24ck("fr", "Mercredi 16 à 10h30 me va.", ((16, "10:30", "11:30"),)),
    _g24ck("fr", "jeudi 17 a 11:15", ((17, "11:15", "12:15"),)),
    _g24ck("es", "El martes 15 a las 9:30.", ((15, "09:30", "10:30"),)),
    _g24ck("es", "Jueves 17 a 10:00 me va bien.", ((17, "10:00", "11:00"),)),
    _g24ck("pt", "Terça 15 às 9h.", ((15, "09:00", "10:00"),)),
    _g24ck("pt", "Quarta 16 às 11h30 fica bom.", ((16, "11:30", "12:30"),)),
    _g24ck("es", "El viernes 18 de 10 a 12 h.", ((18, "10:00", "12:00"),)),
    # a German "am" before a day after a time is no a.m.
    _g24ck("de", "Ab 12:45 am Dienstag passt es.", ((8, "12:45", "17:00"),)),
    _g24ck("de", "um 3:30 am Mittwoch", ((9, "15:30", "16:30"),)),
    _g24ck("de", "Bis 11 am Donnerstag.", ((10, "09:00", "11:00"),)),
    _g24ck("de", "14:15 am Montag wäre gut.", ((7, "14:15", "15:15"),)),
    _g24ck("de", "Gegen 10:30 am Freitag.", ((11, "10:30", "11:30"),)),
    _g24ck("de", "ab 1:00 am dienstag", ((8, "13:00", "17:00"),)),
    _g24ck("en", "Tuesday at 9:30 am works.", ((8, "09:30", "10:30"),)),
    _g24ck("en", "Wed 11 am or later.", ((9, "11:00", "17:00"),)),
)
ALL_PROBES += PROBES_G24CK
# Round 24, sentences beside an offer that carry no free time: days ruled out by the sender's
# state (taken, busy, away, unavailable, in training, committed elsewhere), the days before or
# after the verb, and reply-by deadlines (written in words of our own, never the composers').
# Sent on Tuesday 1 December, so Wednesday is the 2nd and Monday the 7th.


def _r24ro(lang: str, text: str, windows: Windows) -> Probe:
    zone = {"fr": _PARIS, "es": _MADRID, "de": _BERLIN, "pt": _LISBON}.get(lang, ET)
    return P("ruled-out", lang, text, "availability", windows, zone=zone)


_R24_THU_PM = each_day((3,), "12:00", "17:00")
_R24_FRI_AM = each_day((4,), "09:00", "12:00")
_R24_FRI_2 = each_day((4,), "14:00", "17:00")
_R24_THU_10_12 = each_day((3,), "10:00", "12:00")
_R24_THU = each_day((3,), "09:00", "17:00")
_R24_FRI = each_day((4,), "09:00", "17:00")
_R24_THU_TO_11 = each_day((3,), "09:00", "11:00")
_R24_MON_PM = each_day((7,), "12:00", "17:00")
_R24_THU_FRI_AM = each_day((3, 4), "09:00", "12:00")

# the sender's state rules the days out, told before or after them, and nothing else
_R24_STATES = (
    ("en", "I'm swamped on Wednesday. Thursday afternoon works for me.", _R24_THU_PM),
    ("en", "Wednesday I'm fully committed elsewhere. Friday morning suits me.", _R24_FRI_AM),
    ("en", "I'm not available Wednesday or Thursday. Friday after 2pm is fine.", _R24_FRI_2),
    ("en", "Wednesday I have prior commitments. Thursday between 10 and 12 works.", _R24_THU_10_12),
    ("en", "I'll be out of town on Wednesday. Thursday any time is good.", _R24_THU),
    ("en", "Wednesday and Thursday I'm on a training course. Friday works for me.", _R24_FRI),
    ("en", "I'm booked up Wednesday. Thursday before 11 would suit.", _R24_THU_TO_11),
    ("en", "I won't be around on Friday. Thursday afternoon is great.", _R24_THU_PM),
    ("en", "Friday I'm not free, sadly. Monday afternoon would work.", _R24_MON_PM),
    ("en", "i'm occupied all day wednesday. thursday or friday morning works.", _R24_THU_FRI_AM),
    ("fr", "Je suis prise mercredi. Jeudi après-midi me convient.", _R24_THU_PM),
    ("fr", "Mercredi je ne suis pas libre. Vendredi matin, c'est parfait.", _R24_FRI_AM),
    ("fr", "Je ne serai pas disponible jeudi. Vendredi après 14h, ça me va.", _R24_FRI_2),
    ("fr", "Mercredi j'ai d'autres engagements. Jeudi entre 10h et 12h me va.", _R24_THU_10_12),
    ("fr", "Je serai absente mercredi. Jeudi, n'importe quand.", _R24_THU),
    ("fr", "Je suis en stage mercredi et jeudi. Vendredi me convient.", _R24_FRI),
    ("fr", "Mercredi, mon agenda est complet. Jeudi avant 11h, c'est possible.", _R24_THU_TO_11),
    ("fr", "Vendredi je suis retenu toute la journée. Jeudi après-midi, c'est bon.", _R24_THU_PM),
    ("fr", "Je suis occupe vendredi. Lundi apres-midi m'irait bien.", _R24_MON_PM),
    ("fr", "je suis déjà pris mercredi. jeudi ou vendredi matin, ça marche.", _R24_THU_FRI_AM),
    ("de", "Mittwoch bin ich schon verplant. Donnerstag nachmittags passt mir.", _R24_THU_PM),
    ("de", "Am Mittwoch habe ich keine Zeit. Freitag vormittags geht.", _R24_FRI_AM),
    ("de", "Ich bin am Donnerstag nicht verfügbar. Freitag ab 14 Uhr passt.", _R24_FRI_2),
    (
        "de",
        "Mittwoch habe ich andere Verpflichtungen. Donnerstag von 10 bis 12 Uhr geht.",
        _R24_THU_10_12,
    ),
    ("de", "Ich bin Mittwoch nicht im Büro. Donnerstag geht jederzeit.", _R24_THU),
    ("de", "Mittwoch und Donnerstag bin ich auf einer Fortbildung. Freitag passt.", _R24_FRI),
    ("de", "Mittwoch bin ich komplett ausgebucht. Donnerstag vor 11 Uhr klappt.", _R24_THU_TO_11),
    ("de", "Ich bin am Freitag unterwegs. Donnerstag nachmittags wäre gut.", _R24_THU_PM),
    ("de", "Freitag habe ich durchgehend Termine. Montag nachmittags ginge.", _R24_MON_PM),
    (
        "de",
        "mittwoch bin ich leider belegt. donnerstag oder freitag vormittags passt.",
        _R24_THU_FRI_AM,
    ),
    ("es", "El miércoles estoy liado. El jueves por la tarde me va bien.", _R24_THU_PM),
    ("es", "No estoy libre el miércoles. El viernes por la mañana me viene bien.", _R24_FRI_AM),
    (
        "es",
        "El jueves no voy a estar disponible. El viernes después de las 14h me va bien.",
        _R24_FRI_2,
    ),
    (
        "es",
        "El miércoles tengo varios compromisos. El jueves de 10 a 12 me va bien.",
        _R24_THU_10_12,
    ),
    ("es", "Estaré fuera el miércoles. El jueves a cualquier hora.", _R24_THU),
    ("es", "El miércoles y el jueves estoy en un curso. El viernes me viene bien.", _R24_FRI),
    ("es", "El miércoles tengo la agenda llena. El jueves antes de las 11 puedo.", _R24_THU_TO_11),
    ("es", "Tengo citas todo el día el viernes. El jueves por la tarde me va bien.", _R24_THU_PM),
    ("es", "El viernes estoy ocupadisima. El lunes por la tarde me viene bien.", _R24_MON_PM),
    (
        "es",
        "el miércoles ando con otras cosas. jueves o viernes por la mañana me va bien.",
        _R24_THU_FRI_AM,
    ),
    ("pt", "Quarta estou ocupada. Quinta à tarde fica bom.", _R24_THU_PM),
    ("pt", "Não estarei disponível na quarta. Sexta de manhã está ótimo.", _R24_FRI_AM),
    ("pt", "Na quinta não estou livre. Sexta depois das 14h dá.", _R24_FRI_2),
    ("pt", "Quarta tenho outros compromissos. Quinta das 10h às 12h dá para mim.", _R24_THU_10_12),
    ("pt", "Estarei viajando na quarta. Quinta a qualquer hora.", _R24_THU),
    ("pt", "Quarta e quinta estou num treinamento. Sexta fica bom.", _R24_FRI),
    ("pt", "Quarta minha agenda está cheia. Quinta antes das 11h consigo.", _R24_THU_TO_11),
    ("pt", "Tenho reuniões o dia todo na sexta. Quinta à tarde fica bom.", _R24_THU_PM),
    ("pt", "Sexta estou enrolada. Segunda à tarde fica bom.", _R24_MON_PM),
    (
        "pt",
        "nao estou disponivel na quarta. quinta ou sexta de manha da para mim.",
        _R24_THU_FRI_AM,
    ),
)
# a reply-by day is neither offered nor refused
_R24_DEADLINES = (
    ("en", "Thursday afternoon works for me. Please get back to me by Wednesday.", _R24_THU_PM),
    ("en", "Friday morning suits me. Let me know no later than Wednesday.", _R24_FRI_AM),
    ("en", "Friday after 2pm is fine. I'd need to hear from you before Thursday.", _R24_FRI_2),
    (
        "en",
        "Thursday between 10 and 12 works. Could you send the invite by Wednesday?",
        _R24_THU_10_12,
    ),
    ("en", "Thursday any time is good. An answer by Wednesday would be appreciated.", _R24_THU),
    ("en", "Friday works for me. Ping me before Thursday if it's on.", _R24_FRI),
    ("en", "Thursday before 11 would suit. Kindly confirm by Wednesday.", _R24_THU_TO_11),
    ("en", "Monday afternoon works. A quick yes or no by Friday would be great.", _R24_MON_PM),
    ("fr", "Jeudi après-midi me convient. Dites-moi avant mercredi.", _R24_THU_PM),
    ("fr", "Vendredi matin, c'est parfait. Merci de revenir vers moi d'ici mercredi.", _R24_FRI_AM),
    ("fr", "Vendredi après 14h, ça me va. J'attends votre retour avant jeudi.", _R24_FRI_2),
    (
        "fr",
        "Jeudi entre 10h et 12h me va. Pouvez-vous m'envoyer l'invitation avant mercredi ?",
        _R24_THU_10_12,
    ),
    ("fr", "Jeudi, n'importe quand. Faites-moi signe d'ici mercredi.", _R24_THU),
    ("fr", "Vendredi me convient. Il me faudrait une réponse jeudi au plus tard.", _R24_FRI),
    ("fr", "Jeudi avant 11h, c'est possible. Prévenez-moi avant mercredi svp.", _R24_THU_TO_11),
    ("fr", "Lundi après-midi m'irait bien. Confirmez-moi ça d'ici vendredi.", _R24_MON_PM),
    (
        "de",
        "Donnerstag nachmittags passt mir. Geben Sie mir bitte bis Mittwoch Bescheid.",
        _R24_THU_PM,
    ),
    ("de", "Freitag vormittags geht. Eine Antwort bis Mittwoch wäre hilfreich.", _R24_FRI_AM),
    ("de", "Freitag ab 14 Uhr passt. Melden Sie sich bitte vor Donnerstag.", _R24_FRI_2),
    (
        "de",
        "Donnerstag von 10 bis 12 Uhr geht. Schicken Sie mir die Einladung bis Mittwoch.",
        _R24_THU_10_12,
    ),
    ("de", "Donnerstag geht jederzeit. Ich bräuchte bis Mittwoch eine Zusage.", _R24_THU),
    ("de", "Freitag passt. Bestätigen Sie mir das bitte bis spätestens Donnerstag.", _R24_FRI),
    (
        "de",
        "Donnerstag vor 11 Uhr klappt. Lass mich bis Mittwoch wissen, ob es klappt.",
        _R24_THU_TO_11,
    ),
    (
        "de",
        "Montag nachmittags ginge. Ich freue mich auf Ihre Rückmeldung bis Freitag.",
        _R24_MON_PM,
    ),
    ("es", "El jueves por la tarde me va bien. Avísame antes del miércoles.", _R24_THU_PM),
    (
        "es",
        "El viernes por la mañana me viene bien. Necesito una respuesta antes del miércoles.",
        _R24_FRI_AM,
    ),
    (
        "es",
        "El viernes después de las 14h me va bien. ¿Me lo confirmas hasta el jueves?",
        _R24_FRI_2,
    ),
    ("es", "El jueves de 10 a 12 me va bien. Dime algo a más tardar el miércoles.", _R24_THU_10_12),
    ("es", "El jueves a cualquier hora. Espero tu respuesta antes del miércoles.", _R24_THU),
    (
        "es",
        "El viernes me viene bien. Mándame la invitación antes del jueves, por favor.",
        _R24_FRI,
    ),
    (
        "es",
        "El jueves antes de las 11 puedo. Quedo a la espera de su confirmación antes del "
        "miércoles.",
        _R24_THU_TO_11,
    ),
    ("es", "El lunes por la tarde me viene bien. Contéstame antes del viernes.", _R24_MON_PM),
    ("pt", "Quinta à tarde fica bom. Me avise até quarta.", _R24_THU_PM),
    ("pt", "Sexta de manhã está ótimo. Preciso de uma resposta até quarta.", _R24_FRI_AM),
    ("pt", "Sexta depois das 14h dá. Aguardo seu retorno até quinta.", _R24_FRI_2),
    ("pt", "Quinta das 10h às 12h dá para mim. Pode confirmar antes de quarta?", _R24_THU_10_12),
    ("pt", "Quinta a qualquer hora. Me manda o convite até quarta, por favor.", _R24_THU),
    ("pt", "Sexta fica bom. Me dá um toque até quinta.", _R24_FRI),
    (
        "pt",
        "Quinta antes das 11h consigo. Fico no aguardo da sua confirmação até quarta.",
        _R24_THU_TO_11,
    ),
    ("pt", "Segunda à tarde fica bom. Responda-me até sexta, por favor.", _R24_MON_PM),
)
PROBES_R24RO: tuple[Probe, ...] = tuple(
    _r24ro(lang, text, windows) for lang, text, windows in _R24_STATES + _R24_DEADLINES
)
ALL_PROBES += PROBES_R24RO


# Round 24, how the offer is said (r24pr): short weekdays written with a dot or listed in any
# case, one time phrase after them holding for each; a per-day list whose rows give a day whole
# in words of their own; an opener naming next week before them. Written in our own words.
def _r24pr(lang: str, text: str, windows: Windows) -> Probe:
    """A reply sent on Friday 4 December, so a bare weekday names the week of the 7th."""
    zone, date = _C23PF_SENT[lang]
    return P("time-of-day", lang, text, "availability", windows, zone=zone, date=date)


_MORNINGS, _AFTERNOONS = ("09:00", "12:00"), ("12:00", "17:00")
PROBES_R24PR: tuple[Probe, ...] = (
    # short weekdays with their dot, listed, the hours after the last holding for each
    _r24pr("en", "Tues. or Thurs. after 3pm suits me.", each_day((8, 10), "15:00", "17:00")),
    _r24pr("en", "I could do Mon., Wed. or Fri. mornings.", each_day((7, 9, 11), *_MORNINGS)),
    _r24pr("en", "Wed. and Thu. before 10am are free.", each_day((9, 10), "09:00", "10:00")),
    _r24pr("en", "mon, wed or fri in the afternoon works", each_day((7, 9, 11), *_AFTERNOONS)),
    _r24pr("en", "Happy with tue/thu from 1pm.", each_day((8, 10), "13:00", "17:00")),
    _r24pr("en", "Fri. 11 Dec. from 2pm is good for me.", ((11, "14:00", "17:00"),)),
    _r24pr("en", "Next week, Mon. or Tues. between 9 and 11.", each_day((7, 8), "09:00", "11:00")),
    _r24pr("en", "tues. & weds. afternoon are open", each_day((8, 9), *_AFTERNOONS)),
    _r24pr("fr", "Je suis dispo lun. ou mar. après 15h.", each_day((7, 8), "15:00", "17:00")),
    _r24pr("fr", "mer. et ven. le matin, ça m'irait.", each_day((9, 11), *_MORNINGS)),
    _r24pr("fr", "Je peux me libérer jeu. avant 10h.", ((10, "09:00", "10:00"),)),
    _r24pr(
        "fr", "lun, mer ou ven l'après-midi me conviendrait", each_day((7, 9, 11), *_AFTERNOONS)
    ),
    _r24pr("fr", "Mar., jeu. ou ven. entre 9h et 11h.", each_day((8, 10, 11), "09:00", "11:00")),
    _r24pr("fr", "La semaine pro, lun. ou jeu. après 14h.", each_day((7, 10), "14:00", "17:00")),
    _r24pr("fr", "je serais libre mar. 8 déc. le matin", ((8, *_MORNINGS),)),
    _r24pr("fr", "ven. à partir de 13h, c'est possible.", ((11, "13:00", "17:00"),)),
    _r24pr("de", "Mo., Mi. oder Fr. ab 15 Uhr wäre schön.", each_day((7, 9, 11), "15:00", "17:00")),
    _r24pr("de", "Ich kann Di. und Do. vormittags.", each_day((8, 10), *_MORNINGS)),
    _r24pr("de", "am Mo. oder Do. bis 11 Uhr klappt es.", each_day((7, 10), "09:00", "11:00")),
    _r24pr("de", "mo., di. und mi. nachmittags hätte ich Zeit", each_day((7, 8, 9), *_AFTERNOONS)),
    _r24pr("de", "Di., Do. zwischen 9 und 11 Uhr geht.", each_day((8, 10), "09:00", "11:00")),
    _r24pr("de", "Nächste Woche: Mi. oder Fr. ab 13 Uhr.", each_day((9, 11), "13:00", "17:00")),
    _r24pr("de", "Fr. nach 14 Uhr ist bei mir frei.", ((11, "14:00", "17:00"),)),
    _r24pr("de", "Mi. und Do. den ganzen Tag.", each_day((9, 10), "09:00", "17:00")),
    _r24pr("es", "Puedo lun. o mié. por la tarde.", each_day((7, 9), *_AFTERNOONS)),
    _r24pr(
        "es", "mar., jue. y vie. antes de las 11 me va.", each_day((8, 10, 11), "09:00", "11:00")
    ),
    _r24pr("es", "el mié. después de las 15h me encaja.", ((9, "15:00", "17:00"),)),
    _r24pr("es", "lun o jue por la mañana tengo un hueco", each_day((7, 10), *_MORNINGS)),
    _r24pr("es", "Estoy libre mar. y jue. de 10 a 12.", each_day((8, 10), "10:00", "12:00")),
    _r24pr(
        "es",
        "Semana próxima: lun., mié. o vie. desde las 14h.",
        each_day((7, 9, 11), "14:00", "17:00"),
    ),
    _r24pr("es", "Vie. por la mañana me viene fenomenal.", ((11, *_MORNINGS),)),
    _r24pr("es", "mié/jue por la tarde, sin problema", each_day((9, 10), *_AFTERNOONS)),
    _r24pr("pt", "Posso seg. ou qua. à tarde.", each_day((7, 9), *_AFTERNOONS)),
    _r24pr("pt", "ter, qui ou sex de manhã funciona para mim", each_day((8, 10, 11), *_MORNINGS)),
    _r24pr("pt", "Qua. e sex. depois das 15h estou livre.", each_day((9, 11), "15:00", "17:00")),
    _r24pr("pt", "seg e qua antes das 11h dá certo", each_day((7, 9), "09:00", "11:00")),
    _r24pr("pt", "Consigo ter. ou qui. entre 9h e 11h.", each_day((8, 10), "09:00", "11:00")),
    _r24pr(
        "pt",
        "Semana que vem: seg., ter. ou qua. a partir das 14h.",
        each_day((7, 8, 9), "14:00", "17:00"),
    ),
    _r24pr("pt", "Sex. de manhã fica ótimo.", ((11, *_MORNINGS),)),
    _r24pr("pt", "qua ou qui à tarde pode ser", each_day((9, 10), *_AFTERNOONS)),
    # a per-day list: each row its day and its hours, a day given whole in words of its own
    _r24pr(
        "en",
        "- Mon: the whole day\n- Wed: after 2pm",
        ((7, "09:00", "17:00"), (9, "14:00", "17:00")),
    ),
    _r24pr(
        "en", "- tue: totally flexible\n- thu: mornings", ((8, "09:00", "17:00"), (10, *_MORNINGS))
    ),
    _r24pr(
        "en", "Mon - any hour\nFri - before 11", ((7, "09:00", "17:00"), (11, "09:00", "11:00"))
    ),
    _r24pr(
        "en",
        "* Tues: 10-12\n* Thurs: no restrictions",
        ((8, "10:00", "12:00"), (10, "09:00", "17:00")),
    ),
    _r24pr(
        "en", "- mon: free all day\n- wed: afternoon", ((7, "09:00", "17:00"), (9, *_AFTERNOONS))
    ),
    _r24pr(
        "en",
        "Next week:\n- Tue: any time of day\n- Fri: 1-3pm",
        ((8, "09:00", "17:00"), (11, "13:00", "15:00")),
    ),
    _r24pr(
        "en", "- Wed: completely open\n- Thu: till noon", ((9, "09:00", "17:00"), (10, *_MORNINGS))
    ),
    _r24pr(
        "en",
        "- Mon: morning\n- Tue: the entire day\n- Wed: after 3",
        ((7, *_MORNINGS), (8, "09:00", "17:00"), (9, "15:00", "17:00")),
    ),
    _r24pr(
        "fr",
        "- lundi : à toute heure\n- mercredi : après 15h",
        ((7, "09:00", "17:00"), (9, "15:00", "17:00")),
    ),
    _r24pr(
        "fr",
        "- mar. : la journée complète\n- jeu. : le matin",
        ((8, "09:00", "17:00"), (10, *_MORNINGS)),
    ),
    _r24pr(
        "fr",
        "lun : n'importe quelle heure\nven : avant 11h",
        ((7, "09:00", "17:00"), (11, "09:00", "11:00")),
    ),
    _r24pr(
        "fr",
        "- mardi : l'après-midi\n- jeudi : sans contrainte",
        ((8, *_AFTERNOONS), (10, "09:00", "17:00")),
    ),
    _r24pr(
        "fr",
        "- mer. 9/12 : toute la journée\n- ven. 11/12 : de 10h à 12h",
        ((9, "09:00", "17:00"), (11, "10:00", "12:00")),
    ),
    _r24pr(
        "fr",
        "Semaine prochaine :\n- lundi : la journée entière\n- jeudi : à partir de 14h",
        ((7, "09:00", "17:00"), (10, "14:00", "17:00")),
    ),
    _r24pr(
        "fr",
        "- lun. : complètement libre\n- mar. : le matin",
        ((7, "09:00", "17:00"), (8, *_MORNINGS)),
    ),
    _r24pr(
        "fr",
        "- mercredi : à n'importe quel moment\n- vendredi : l'après-midi",
        ((9, "09:00", "17:00"), (11, *_AFTERNOONS)),
    ),
    _r24pr(
        "de", "- Mo.: ganztags\n- Do.: ab 14 Uhr", ((7, "09:00", "17:00"), (10, "14:00", "17:00"))
    ),
    _r24pr(
        "de",
        "- Di.: zu jeder Uhrzeit\n- Fr.: vormittags",
        ((8, "09:00", "17:00"), (11, *_MORNINGS)),
    ),
    _r24pr("de", "Mi: völlig flexibel\nFr: bis 12 Uhr", ((9, "09:00", "17:00"), (11, *_MORNINGS))),
    _r24pr(
        "de",
        "- Montag: Nachmittag\n- Mittwoch: uneingeschränkt",
        ((7, *_AFTERNOONS), (9, "09:00", "17:00")),
    ),
    _r24pr(
        "de",
        "- Di.: den gesamten Tag\n- Do.: 10-12 Uhr",
        ((8, "09:00", "17:00"), (10, "10:00", "12:00")),
    ),
    _r24pr(
        "de",
        "Kommende Woche:\n- Mo.: Vormittag\n- Mi.: durchgehend",
        ((7, *_MORNINGS), (9, "09:00", "17:00")),
    ),
    _r24pr(
        "de",
        "- Do.: ohne Einschränkung\n- Fr.: nach 13 Uhr",
        ((10, "09:00", "17:00"), (11, "13:00", "17:00")),
    ),
    _r24pr(
        "de", "- Mo.: komplett frei\n- Di.: nachmittags", ((7, "09:00", "17:00"), (8, *_AFTERNOONS))
    ),
    _r24pr(
        "es",
        "- lunes: el día completo\n- miércoles: por la tarde",
        ((7, "09:00", "17:00"), (9, *_AFTERNOONS)),
    ),
    _r24pr(
        "es",
        "- mar.: a toda hora\n- jue.: antes de las 11",
        ((8, "09:00", "17:00"), (10, "09:00", "11:00")),
    ),
    _r24pr(
        "es",
        "lun: en cualquier momento\nvie: por la mañana",
        ((7, "09:00", "17:00"), (11, *_MORNINGS)),
    ),
    _r24pr(
        "es",
        "- martes: de 10 a 12\n- jueves: sin restricciones",
        ((8, "10:00", "12:00"), (10, "09:00", "17:00")),
    ),
    _r24pr(
        "es",
        "- mié.: totalmente libre\n- vie.: desde las 13h",
        ((9, "09:00", "17:00"), (11, "13:00", "17:00")),
    ),
    _r24pr(
        "es",
        "La semana que viene:\n- lunes: cualquier horario\n- jueves: por la mañana",
        ((7, "09:00", "17:00"), (10, *_MORNINGS)),
    ),
    _r24pr(
        "es",
        "- mar. 8/12: el día entero\n- jue. 10/12: por la tarde",
        ((8, "09:00", "17:00"), (10, *_AFTERNOONS)),
    ),
    _r24pr(
        "es",
        "- miércoles: a la hora que sea\n- viernes: antes de las 12",
        ((9, "09:00", "17:00"), (11, *_MORNINGS)),
    ),
    _r24pr(
        "pt",
        "- segunda: o dia completo\n- quarta: à tarde",
        ((7, "09:00", "17:00"), (9, *_AFTERNOONS)),
    ),
    _r24pr(
        "pt", "- ter.: a qualquer hora\n- qui.: de manhã", ((8, "09:00", "17:00"), (10, *_MORNINGS))
    ),
    _r24pr(
        "pt",
        "seg: sem restrições\nsex: até as 11h",
        ((7, "09:00", "17:00"), (11, "09:00", "11:00")),
    ),
    _r24pr(
        "pt",
        "- terça: das 10h às 12h\n- quinta: em qualquer horário",
        ((8, "10:00", "12:00"), (10, "09:00", "17:00")),
    ),
    _r24pr(
        "pt",
        "- qua.: totalmente livre\n- sex.: depois das 14h",
        ((9, "09:00", "17:00"), (11, "14:00", "17:00")),
    ),
    _r24pr(
        "pt",
        "Semana que vem:\n- segunda: dia inteiro\n- quinta: de tarde",
        ((7, "09:00", "17:00"), (10, *_AFTERNOONS)),
    ),
    _r24pr(
        "pt",
        "- seg. 7/12: a qualquer momento\n- qua. 9/12: de manhã",
        ((7, "09:00", "17:00"), (9, *_MORNINGS)),
    ),
    _r24pr(
        "pt",
        "- terça: de manhã\n- sexta: sem restrição de horário",
        ((8, *_MORNINGS), (11, "09:00", "17:00")),
    ),
    # a list joined by commas alone, the yes after its last day closing it all (a refusal before
    # a day still sets it apart)
    _r24pr("en", "Monday, Wednesday before noon would suit.", each_day((7, 9), *_MORNINGS)),
    _r24pr("fr", "Lundi, jeudi après 14h me va très bien.", each_day((7, 10), "14:00", "17:00")),
    _r24pr("de", "Montag, Mittwoch ab 13 Uhr passt mir.", each_day((7, 9), "13:00", "17:00")),
    _r24pr("es", "Martes, jueves por la tarde me viene bien.", each_day((8, 10), *_AFTERNOONS)),
    _r24pr("pt", "Segunda, quarta de manhã seria ótimo.", each_day((7, 9), *_MORNINGS)),
    _r24pr("en", "Swamped on Monday, Tuesday after 1 is fine.", ((8, "13:00", "17:00"),)),
    # an opener naming next week, then a day given whole and one with its hours
    _r24pr(
        "en",
        "Next week: on Tuesday all day or Thursday after 3pm.",
        ((8, "09:00", "17:00"), (10, "15:00", "17:00")),
    ),
    _r24pr(
        "fr",
        "La semaine prochaine : le mardi toute la journée ou le jeudi après 15h.",
        ((8, "09:00", "17:00"), (10, "15:00", "17:00")),
    ),
    _r24pr(
        "es",
        "La semana próxima: el martes todo el día o el jueves desde las 15h.",
        ((8, "09:00", "17:00"), (10, "15:00", "17:00")),
    ),
    # Tuesday's "mar." before hours, a River Plate morning, a row's range at its line's end
    _r24pr(
        "fr",
        "Je propose mar. de 9h à 11h ou jeu. après 16h.",
        ((8, "09:00", "11:00"), (10, "16:00", "17:00")),
    ),
    _r24pr(
        "es",
        "Puedo mar. desde las 10 o vie. a la mañana.",
        ((8, "10:00", "17:00"), (11, *_MORNINGS)),
    ),
    _r24pr("es", "el miércoles a la mañana me viene bien", ((9, *_MORNINGS),)),
    _r24pr(
        "pt",
        "- 2ª-feira: 9h-11h\n- 4ª-feira: 14h-16h",
        ((7, "09:00", "11:00"), (9, "14:00", "16:00")),
    ),
    _r24pr(
        "de", "- Di: 9-11 Uhr\n- 14.12.: 10-12 Uhr", ((8, "09:00", "11:00"), (14, "10:00", "12:00"))
    ),
    # what stays as it was: a dot that ends a sentence, a title's abbreviation, a row that says
    # what fills its day
    _r24pr("en", "Busy until Wed. Thu or Fri afternoon is fine.", each_day((10, 11), *_AFTERNOONS)),
    _r24pr("de", "Hallo Fr. Weber, Do. ab 14 Uhr passt.", ((10, "14:00", "17:00"),)),
    _r24pr("en", "- Mon: totally swamped\n- Tue: after 1pm", ((8, "13:00", "17:00"),)),
    _r24pr("es", "- lunes: congreso todo el día\n- martes: por la tarde", ((8, *_AFTERNOONS),)),
)
ALL_PROBES += PROBES_R24PR
# Round 24, relative days and weeks (g24rd): days and weeks told from the day of sending or from
# the booked slot, as tests.parsers.compositions_reldays composes them. Sent Tuesday 1 December,
# 10:00 ET, so next week is that of the 7th and the week after next that of the 14th; the
# interview moved is booked for Thursday 3 December, 14:00-15:00 ET.
_G24RD_BOOKED = {"scheduled": _slot(3, 14)}
_WEEK_AFTER_NEXT = tuple(range(14, 19))


def _g24rd(lang: str, text: str, windows: Windows) -> Probe:
    return P("time-of-day", lang, text, "availability", windows)


def _g24rd_moved(lang: str, text: str, windows: Windows) -> Probe:
    """A reply asking to move the interview booked on Thursday 3 December at 14:00."""
    return P(
        "time-of-day",
        lang,
        text,
        "reschedule",
        windows,
        stage="scheduled",
        context=_G24RD_BOOKED,
    )


PROBES_G24RD: tuple[Probe, ...] = (
    # the week after next, and a weekday of it, in each language's words and cases
    _g24rd(
        "en",
        "I could do the week after next week, mornings.",
        each_day(_WEEK_AFTER_NEXT, "09:00", "12:00"),
    ),
    _g24rd("en", "Friday in the week after next at 3 works for me.", ((18, "15:00", "16:00"),)),
    _g24rd(
        "de", "Am Freitag in der übernächsten Woche um 3 passt mir gut.", ((18, "15:00", "16:00"),)
    ),
    _g24rd(
        "de",
        "Die Woche nach der nächsten passt mir gut, nachmittags.",
        each_day(_WEEK_AFTER_NEXT, "12:00", "17:00"),
    ),
    _g24rd("de", "ich kann mi übernächste woche am nachmittag.", ((16, "12:00", "17:00"),)),
    _g24rd(
        "es",
        "Tengo disponibilidad la semana después de la próxima hasta las 11.",
        each_day(_WEEK_AFTER_NEXT, "09:00", "11:00"),
    ),
    _g24rd(
        "es",
        "¿Qué tal la semana siguiente a la próxima por la tarde?",
        each_day(_WEEK_AFTER_NEXT, "12:00", "17:00"),
    ),
    _g24rd(
        "pt",
        "Posso na semana depois da próxima, de manhã.",
        each_day(_WEEK_AFTER_NEXT, "09:00", "12:00"),
    ),
    _g24rd(
        "pt",
        "Estou livre na semana seguinte à próxima.",
        each_day(_WEEK_AFTER_NEXT, "09:00", "17:00"),
    ),
    _g24rd("fr", "Je suis dispo lundi en quinze avant 11h.", ((14, "09:00", "11:00"),)),
    _g24rd("fr", "Jeudi en huit à 10h me va.", ((10, "10:00", "11:00"),)),
    _g24rd("fr", "Mardi dans la semaine prochaine à 10h, ça me va.", ((8, "10:00", "11:00"),)),
    # "pm" and "am" after a day with no hour: its afternoon or morning (English short notes);
    # German "am" before a noun stays the article
    _g24rd("en", "Thursday pm works for me.", ((3, "12:00", "17:00"),)),
    _g24rd("en", "tmrw am works", ((2, "09:00", "12:00"),)),
    _g24rd("en", "Thu am or Fri pm", ((3, "09:00", "12:00"), (4, "12:00", "17:00"))),
    _g24rd("en", "I'm free next week pm.", each_day((7, 8, 9, 10, 11), "12:00", "17:00")),
    _g24rd("en", "Tomorrow AM is best for me.", ((2, "09:00", "12:00"),)),
    _g24rd("en", "early next wk pm would be good", each_day((7, 8), "12:00", "17:00")),
    _g24rd("de", "montag am nachmittag passt", ((7, "12:00", "17:00"),)),
    _g24rd("de", "Ich kann am Fr nächste Woche.", ((11, "09:00", "17:00"),)),
    # the day after tomorrow as phones write it
    _g24rd("fr", "Apres demain aprem me conviendrait.", ((3, "12:00", "17:00"),)),
    _g24rd("fr", "après demain matin, ça me va", ((3, "09:00", "12:00"),)),
    _g24rd(
        "en", "The day after tmrw would suit me best, between 10 and 12.", ((3, "10:00", "12:00"),)
    ),
    _g24rd("pt", "depois de amanha a tarde fica bom", ((3, "12:00", "17:00"),)),
    # the booked weekday of next week, at the booked hours
    _g24rd_moved(
        "en",
        "Something came up, could we do same time next week instead?",
        ((10, "14:00", "15:00"),),
    ),
    _g24rd_moved(
        "fr",
        "Serait-il possible de le décaler ? Je pourrais à la même heure la semaine prochaine.",
        ((10, "14:00", "15:00"),),
    ),
    _g24rd_moved(
        "de", "Ginge stattdessen nächste Woche zur gleichen Zeit?", ((10, "14:00", "15:00"),)
    ),
    _g24rd_moved(
        "de",
        "Können wir verschieben? Ich könnte zur selben Zeit nächste Woche.",
        ((10, "14:00", "15:00"),),
    ),
    _g24rd_moved(
        "es",
        "¿Sería posible cambiarla? Podría a la misma hora la semana que viene.",
        ((10, "14:00", "15:00"),),
    ),
    _g24rd_moved(
        "pt",
        "Desculpa, dá para fazer na semana que vem no mesmo horário?",
        ((10, "14:00", "15:00"),),
    ),
    _g24rd_moved(
        "en",
        "Sorry, could we move it? Next week at the same time would be ideal.",
        ((10, "14:00", "15:00"),),
    ),
    _g24rd_moved(
        "es",
        "Me ha surgido algo, ¿podríamos hacerla la próxima semana a la misma hora?",
        ((10, "14:00", "15:00"),),
    ),
    # a weekday after the booked day: "the following Monday", "le jeudi suivant"
    _g24rd_moved(
        "en",
        "I need to reschedule. Could we do the following Monday afternoon instead?",
        ((7, "12:00", "17:00"),),
    ),
    _g24rd_moved("en", "Could we do the Friday after in the morning?", ((4, "09:00", "12:00"),)),
    _g24rd_moved(
        "fr",
        "Désolé, on peut faire ça le jeudi suivant dans la matinée à la place ?",
        ((10, "09:00", "12:00"),),
    ),
    _g24rd_moved(
        "fr",
        "J'ai un empêchement, on pourrait faire le mardi d'après à 10h ?",
        ((8, "10:00", "11:00"),),
    ),
    _g24rd_moved(
        "de",
        "Mir ist etwas dazwischengekommen, ginge den Dienstag danach um 10 Uhr?",
        ((8, "10:00", "11:00"),),
    ),
    _g24rd_moved(
        "de",
        "Könnten wir auf den darauffolgenden Montag am Nachmittag gehen?",
        ((7, "12:00", "17:00"),),
    ),
    _g24rd_moved(
        "es", "Perdona, ¿la podemos hacer el lunes siguiente a las 10:00?", ((7, "10:00", "11:00"),)
    ),
    _g24rd_moved(
        "pt",
        "Surgiu um imprevisto, podemos fazer na quinta seguinte à tarde?",
        ((10, "12:00", "17:00"),),
    ),
    # a day told from the booked one, at hours of its own
    _g24rd_moved(
        "en",
        "Something came up, could we do the interview a day later at 3pm instead?",
        ((4, "15:00", "16:00"),),
    ),
    _g24rd_moved("en", "Could we do the day before in the afternoon?", ((2, "12:00", "17:00"),)),
    _g24rd_moved("fr", "On peut faire ça la veille à 10h à la place ?", ((2, "10:00", "11:00"),)),
    _g24rd_moved(
        "fr", "Pourrait-on faire l'entretien le lendemain matin ?", ((4, "09:00", "12:00"),)
    ),
    _g24rd_moved(
        "de",
        "Könnten wir das Gespräch stattdessen am Tag davor am Vormittag machen?",
        ((2, "09:00", "12:00"),),
    ),
    _g24rd_moved("de", "Ginge einen Tag später um 11 Uhr?", ((4, "11:00", "12:00"),)),
    _g24rd_moved(
        "es", "¿Podríamos hacerla el día anterior por la tarde?", ((2, "12:00", "17:00"),)
    ),
    _g24rd_moved("es", "¿La podemos pasar a un día después, a las 10?", ((4, "10:00", "11:00"),)),
    _g24rd_moved("pt", "Consigo no dia seguinte à tarde, pode ser?", ((4, "12:00", "17:00"),)),
    _g24rd_moved("pt", "Podemos fazer no dia anterior às 15h?", ((2, "15:00", "16:00"),)),
    # the start and end of a week in other words, and a move by hours said with "after"
    _g24rd(
        "en", "The back end of next week would suit me best.", each_day((10, 11), "09:00", "17:00")
    ),
    _g24rd(
        "de",
        "Ich hätte zu Beginn der kommenden Woche vor 11 Uhr Zeit.",
        each_day((7, 8), "09:00", "11:00"),
    ),
    _g24rd("fr", "Je suis dispo plus tard cette semaine.", each_day((3, 4), "09:00", "17:00")),
    _g24rd(
        "es",
        "Tengo disponibilidad más adelante esta semana hasta las 11.",
        each_day((3, 4), "09:00", "11:00"),
    ),
    _g24rd("es", "Puedo mas adelante la semana que viene.", each_day((10, 11), "09:00", "17:00")),
    _g24rd(
        "es",
        "La semana entrante por la tarde me va bien.",
        each_day((7, 8, 9, 10, 11), "12:00", "17:00"),
    ),
    _g24rd("pt", "Nesta semana fica bom para mim, à tarde.", each_day((2, 3, 4), "12:00", "17:00")),
    _g24rd_moved(
        "es", "¿Sería posible cambiarla? Podría una hora después.", ((3, "15:00", "16:00"),)
    ),
    _g24rd_moved("pt", "Podemos fazer a entrevista duas horas depois?", ((3, "16:00", "17:00"),)),
)
ALL_PROBES += PROBES_G24RD
# Round 24, picks among proposed options (tests.parsers.compositions_picks): options beyond the
# fortnight a time with no day is laid on, named by their hour alone (1 Wed 9 Dec 15:00 ET, 2 Wed
# 16 Dec 11:00, 3 Thu 17 Dec 14:00); a preference among the options named; an option named by
# its hour beside one named by its place, the lower of the two taken (EXTRACTION.md).
_G24PK_LATE = {
    "stage": "proposed",
    "context": {"proposed": [_slot(9, 15), _slot(16, 11), _slot(17, 14)]},
}


def _g24pk(lang: str, text: str, selected: int, late: bool = False) -> Probe:
    return P("pick", lang, text, "accept", selected=selected, **(_G24PK_LATE if late else _PICK))


PROBES_G24PK: tuple[Probe, ...] = (
    # an option named by its hour alone, on a day past the fortnight
    _g24pk("en", "The 11am works for me.", 2, late=True),
    _g24pk("en", "I'll take the 2pm slot.", 3, late=True),
    _g24pk("fr", "Celle de 11h me convient.", 2, late=True),
    _g24pk("fr", "Je prends le créneau de 14h.", 3, late=True),
    _g24pk("de", "11 Uhr passt gut.", 2, late=True),
    _g24pk("de", "Die Option um 14 Uhr passt mir.", 3, late=True),
    _g24pk("es", "Me quedo con la de las 11:00.", 2, late=True),
    _g24pk("es", "La de las 14h me va bien.", 3, late=True),
    _g24pk("pt", "A das 11h dá para mim.", 2, late=True),
    _g24pk("pt", "Fico com o horário das 14h.", 3, late=True),
    # "um" before a clock is German "at", not Portuguese "one"
    _g24pk("de", "Die Option um 16 Uhr passt.", 3),
    _g24pk("de", "Ich nehme die Option um 10 Uhr.", 2),
    # a preference among the options named
    _g24pk("en", "Option 1 or 3 both work, I'd prefer 3.", 3),
    _g24pk("en", "Thursday ideally, option 1 also works.", 2),
    _g24pk("fr", "La 1 ou la 3, de préférence la 3.", 3),
    _g24pk("fr", "Jeudi de préférence, la première me va aussi.", 2),
    _g24pk("de", "Option 1 oder 2, am liebsten 2.", 2),
    _g24pk("de", "Am liebsten Donnerstag, die erste ginge aber auch.", 2),
    _g24pk("es", "La 1 o la 2, preferiblemente la 2.", 2),
    _g24pk("es", "Me van la primera y la tercera, pero prefiero la tercera.", 3),
    _g24pk("pt", "A 1 ou a 3, de preferência a 3.", 3),
    _g24pk("pt", "As opções 1 e 2 dão, mas prefiro a 2.", 2),
    # an option named by its hour beside one named by its place: the lower
    _g24pk("en", "I can do option 3 or the 10am.", 2),
    _g24pk("en", "The last one or the 1pm, either is fine.", 1),
    _g24pk("fr", "La 3 ou celle de 10h, comme vous voulez.", 2),
    _g24pk("fr", "Je peux la dernière ou celle de 13h.", 1),
    _g24pk("de", "Die letzte oder die um 10 Uhr, beides geht.", 2),
    _g24pk("de", "Option 3 oder 13 Uhr, wie es Ihnen passt.", 1),
    _g24pk("es", "La tercera o la de las 10, lo que te venga mejor.", 2),
    _g24pk("es", "Puedo la última o la de la 1 de la tarde.", 1),
    _g24pk("pt", "A terceira ou a das 10h, como for melhor.", 2),
    _g24pk("pt", "Posso a última ou a das 13h.", 1),
    # every option said to suit, by a word for all of them and a verb of suiting: the first
    _g24pk("en", "Any of those slots works for me.", 1),
    _g24pk("fr", "Tous les créneaux me vont.", 1),
    _g24pk("fr", "Toutes les propositions me conviennent, merci.", 1),
    _g24pk("de", "Mir passt jeder der Termine.", 1),
    _g24pk("de", "Bei mir geht jeder Vorschlag.", 1),
    _g24pk("es", "Me valen las tres.", 1),
    _g24pk("es", "Todos los horarios me van bien.", 1),
    _g24pk("pt", "Todas dão para mim.", 1),
    _g24pk("pt", "Todos dão, pode escolher.", 1),
)
ALL_PROBES += PROBES_G24PK


# Doubt round 24: words the reader does not know where the shape of the reply says a word of time
# stands (written for this round, in words of our own; sent Tuesday 1 December, 10:00 New York).
# Each was misread and acted on before the round; the reading is labelled as the reply means it,
# and the reader must read it so or hand it to a person: a weekday cut short with its dot and left
# unread, a bound before a clock time read as a single slot, a bulleted row whose head was not
# read beside rows that were, a week offered whole beside the one day it frames.
def _d24(lang: str, text: str, windows: Windows) -> Probe:
    return P("unknown-in-place", lang, text, "availability", windows)


PROBES_D24: tuple[Probe, ...] = (
    _d24("pt", "Posso ter. ou qui. de manhã.", each_day((3, 8), "09:00", "12:00")),
    _d24(
        "en",
        "- Tue: after 2pm\n- Wed: before 11am\n- mon: all day",
        ((8, "14:00", "17:00"), (2, "09:00", "11:00"), (7, "09:00", "17:00")),
    ),
    _d24(
        "fr",
        "La semaine prochaine : j'ai une fenêtre mercredi, mais pas entre 12h et 13h.",
        ((9, "09:00", "12:00"), (9, "13:00", "17:00")),
    ),
    _d24(
        "de",
        "Nächste Woche: frei hätte ich Mittwoch, aber nicht zwischen 12 und 13 Uhr.",
        ((9, "09:00", "12:00"), (9, "13:00", "17:00")),
    ),
    _d24(
        "es",
        "La semana que viene: me queda libre el miércoles, pero no entre las 12 y las 13.",
        ((9, "09:00", "12:00"), (9, "13:00", "17:00")),
    ),
    _d24(
        "pt",
        "Semana que vem: tenho uma brecha na quarta, mas não entre 12h e 13h.",
        ((9, "09:00", "12:00"), (9, "13:00", "17:00")),
    ),
    _d24(
        "en",
        "For next week, I'm open Tue or Thu anytime past 3pm.",
        each_day((8, 10), "15:00", "17:00"),
    ),
    _d24(
        "de",
        "Nächste Woche: Dienstag oder Donnerstag jenseits von 15 Uhr passt mir.",
        each_day((8, 10), "15:00", "17:00"),
    ),
    _d24(
        "es",
        "La semana que viene: martes o jueves rebasadas las 15h.",
        each_day((8, 10), "15:00", "17:00"),
    ),
    _d24(
        "pt",
        "Na próxima semana: terça ou quinta passadas as 15h.",
        each_day((8, 10), "15:00", "17:00"),
    ),
    _d24(
        "fr",
        "Semaine prochaine : mardi ou jeudi plus tard que 15h, ça me va.",
        each_day((8, 10), "15:00", "17:00"),
    ),
)
ALL_PROBES += PROBES_D24


# Round 25, clock phrases and days: a date's weekday told after it, an hour before its day and
# part of day, English phones' lower-case "mon", "sat", "sun", and the booked hours moved by an
# amount beside the day they go to (written for the constructs, in the reader's own words)
def _r25ck(lang: str, text: str, windows: Windows) -> Probe:
    return Probe(kind="time-of-day", lang=lang, text=text, intent="availability", windows=windows)


def _r25ck_moved(lang: str, text: str, windows: Windows) -> Probe:
    """A reply to the interview booked this afternoon (Tuesday 1 December, 14:00-15:00)."""
    return Probe(
        kind="time-of-day",
        lang=lang,
        text=text,
        intent="reschedule",
        windows=windows,
        stage="scheduled",
        context=BOOKED_TODAY,
    )


PROBES_R25CK: tuple[Probe, ...] = (
    # a date, then its weekday in brackets or between commas: one day (17 December is a Thursday)
    _r25ck("en", "The 17th (Thursday) before 11 would suit me.", ((17, "09:00", "11:00"),)),
    _r25ck("en", "I'm free on the 17th, Thursday, in the afternoon.", ((17, "12:00", "17:00"),)),
    _r25ck("en", "Dec 17 (Thu) from 2pm onwards works.", ((17, "14:00", "17:00"),)),
    _r25ck("fr", "Le 17 (jeudi) avant 11h, ça m'irait.", ((17, "09:00", "11:00"),)),
    _r25ck("fr", "le 17 décembre, jeudi, l'après-midi me convient", ((17, "12:00", "17:00"),)),
    _r25ck("de", "Am 17. (Donnerstag) vor 11 Uhr ginge es bei mir.", ((17, "09:00", "11:00"),)),
    _r25ck("de", "Am 17.12. (Do) vormittags hätte ich Zeit.", ((17, "09:00", "12:00"),)),
    _r25ck("es", "El 17 (jueves) antes de las 11 me viene bien.", ((17, "09:00", "11:00"),)),
    _r25ck("es", "El 17 de diciembre, jueves, por la tarde puedo.", ((17, "12:00", "17:00"),)),
    _r25ck("pt", "Dia 17 (quinta) antes das 11 da manhã dá-me jeito.", ((17, "09:00", "11:00"),)),
    _r25ck("pt", "dia 17, quinta, de manhã fica ótimo", ((17, "09:00", "12:00"),)),
    # ... and a weekday between commas in a list of dated weekdays is the next date's
    _r25ck(
        "de",
        "Montag, den 14.12., Dienstag, den 15.12. oder Mittwoch, den 16.12. von 12 bis 17 Uhr.",
        each_day((14, 15, 16), "12:00", "17:00"),
    ),
    _r25ck(
        "en",
        "Monday, the 14th, Tuesday, the 15th or Wednesday the 16th after 2pm.",
        each_day((14, 15, 16), "14:00", "17:00"),
    ),
    # ... beside a day ruled out, a deadline and quoted history
    _r25ck(
        "en",
        "Monday is out, I'm at a trade fair. The 17th (Thursday) after 2 works though. Could you"
        " confirm by Friday?\n\n> On Mon, someone wrote:\n> How about Wednesday 9 at 10?",
        ((17, "14:00", "17:00"),),
    ),
    _r25ck(
        "de",
        "Montag geht leider nicht. Am 17. (Donnerstag) ginge es nachmittags, sagen Sie mir bis"
        " Freitag Bescheid.",
        ((17, "12:00", "17:00"),),
    ),
    _r25ck(
        "es",
        "El lunes no puedo. El 17 (jueves) antes de las 11 me va bien; avísame antes del viernes.",
        ((17, "09:00", "11:00"),),
    ),
    _r25ck(
        "pt",
        "Segunda não dá. Dia 14 (segunda) e terça, dia 15, antes das 11 dá-me jeito.",
        each_day((14, 15), "09:00", "11:00"),
    ),
    # an hour before its day, whose part of day tells which half the hour is in
    _r25ck("en", "10:15 Wednesday morning works for me.", ((2, "10:15", "11:15"),)),
    _r25ck(
        "en",
        "I could do half three on Thursday or quarter past ten Friday morning.",
        ((3, "15:30", "16:30"), (4, "10:15", "11:15")),
    ),
    _r25ck("en", "3pm Thursday afternoon is good.", ((3, "15:00", "16:00"),)),
    _r25ck("en", "Any time after 2 on Thursday afternoon.", ((3, "14:00", "17:00"),)),
    _r25ck(
        "fr",
        "Je peux jeudi à 15h30 ou à 10h15 vendredi matin.",
        ((3, "15:30", "16:30"), (4, "10:15", "11:15")),
    ),
    _r25ck("fr", "Dix heures et quart vendredi matin, ça me va.", ((4, "10:15", "11:15"),)),
    _r25ck(
        "de",
        "Ich kann Donnerstag um 15:30 oder um 10:15 Freitag vormittag.",
        ((3, "15:30", "16:30"), (4, "10:15", "11:15")),
    ),
    _r25ck("de", "Halb vier am Donnerstag nachmittag passt mir.", ((3, "15:30", "16:30"),)),
    _r25ck(
        "es",
        "Puedo el jueves a las 15:30 o a las 10:15 el viernes por la mañana.",
        ((3, "15:30", "16:30"), (4, "10:15", "11:15")),
    ),
    _r25ck(
        "es", "A las diez y cuarto el viernes por la mañana me va bien.", ((4, "10:15", "11:15"),)
    ),
    _r25ck(
        "pt",
        "Posso quinta às 15h30 ou às 10h15 na sexta de manhã.",
        ((3, "15:30", "16:30"), (4, "10:15", "11:15")),
    ),
    _r25ck("pt", "Às dez e quinze na sexta de manhã fica bom.", ((4, "10:15", "11:15"),)),
    # ... beside a day ruled out, and the hours of another day before it
    _r25ck(
        "en",
        "Not Monday, we've got the auditors in. I could do half three on Thursday or quarter"
        " past ten Friday morning.",
        ((3, "15:30", "16:30"), (4, "10:15", "11:15")),
    ),
    _r25ck(
        "fr",
        "Lundi c'est impossible. Jeudi à 15h30, ou sinon à 10h15 vendredi matin.",
        ((3, "15:30", "16:30"), (4, "10:15", "11:15")),
    ),
    # English phones' lower-case "mon", "sat", "sun": listed with a weekday, or before hours
    _r25ck("en", "fri b4 3 or mon am", ((4, "09:00", "15:00"), (7, "09:00", "12:00"))),
    _r25ck("en", "mon or tue pm works", each_day((7, 8), "12:00", "17:00")),
    _r25ck("en", "thu no good. fri/mon all good", ((4, "09:00", "17:00"), (7, "09:00", "17:00"))),
    _r25ck("en", "can do mon after 2", ((7, "14:00", "17:00"),)),
    _r25ck("en", "mon 10am?", ((7, "10:00", "11:00"),)),
    _r25ck("en", "wed n mon both fine", ((2, "09:00", "17:00"), (7, "09:00", "17:00"))),
    _r25ck("en", "mon morning or thurs", ((3, "09:00", "17:00"), (7, "09:00", "12:00"))),
    _r25ck("en", "sat 10am works, i know its the weekend", ((5, "10:00", "11:00"),)),
    _r25ck(
        "en",
        "thu no good, im at the depot all day. fri anytime b4 3 or mon am\n\nsent from my phone",
        ((4, "09:00", "15:00"), (7, "09:00", "12:00")),
    ),
    # ... and the words they also are stay words
    _r25ck("fr", "Mon mardi est libre l'après-midi.", ((8, "12:00", "17:00"),)),
    _r25ck("en", "I sat down with my diary: Thursday at 3 works.", ((3, "15:00", "16:00"),)),
    # the booked hours (this afternoon, 14:00) moved by an amount, on the day named beside it
    _r25ck_moved("en", "Could we do tomorrow an hour later?", ((2, "15:00", "16:00"),)),
    _r25ck_moved("en", "An hour later on Thursday would work.", ((3, "15:00", "16:00"),)),
    _r25ck_moved("en", "Thursday, half an hour earlier?", ((3, "13:30", "14:30"),)),
    _r25ck_moved(
        "en",
        "My son's school just rang, I have to pick him up. Could we do the same time on"
        " Thursday instead? Or tomorrow an hour later would also work.",
        ((2, "15:00", "16:00"), (3, "14:00", "15:00")),
    ),
    _r25ck_moved(
        "fr", "Demain une heure plus tard, ce serait possible ?", ((2, "15:00", "16:00"),)
    ),
    _r25ck_moved("fr", "Jeudi, une demi-heure plus tôt ?", ((3, "13:30", "14:30"),)),
    _r25ck_moved("de", "Ginge es morgen eine Stunde später?", ((2, "15:00", "16:00"),)),
    _r25ck_moved("de", "Donnerstag eine halbe Stunde früher?", ((3, "13:30", "14:30"),)),
    _r25ck_moved("es", "¿Podríamos mañana una hora más tarde?", ((2, "15:00", "16:00"),)),
    _r25ck_moved("es", "El jueves media hora más temprano, ¿puede ser?", ((3, "13:30", "14:30"),)),
    _r25ck_moved("pt", "Amanhã uma hora mais tarde, pode ser?", ((2, "15:00", "16:00"),)),
    _r25ck_moved("pt", "Na quinta, meia hora mais cedo?", ((3, "13:30", "14:30"),)),
    # German "von X an" opens the hours as "ab X" does
    _r25ck("de", "Am Dienstag von 14 Uhr an passt es mir.", ((8, "14:00", "17:00"),)),
    _r25ck("de", "Mittwoch von halb drei an bin ich frei.", ((2, "14:30", "17:00"),)),
    _r25ck("de", "Donnerstag geht nicht, Freitag von 10:00 an.", ((4, "10:00", "17:00"),)),
    _r25ck(
        "de",
        "Mittwoch bin ich von 9 bis 12 an einem Workshop, nachmittags geht.",
        ((2, "12:00", "17:00"),),
    ),
    # a day-first date with a clock range after it, in a list of dated weekdays
    _r25ck(
        "de",
        "Montag, den 14.12. oder Donnerstag, den 17.12. 10.00–12.00 Uhr passt mir.",
        each_day((14, 17), "10:00", "12:00"),
    ),
    _r25ck("de", "Donnerstag 17.12. 10.00 Uhr wäre gut.", ((17, "10:00", "11:00"),)),
    # an English ordinal is a day, with its half after it, with no article too
    _r25ck("en", "14th or 15th pm fine", each_day((14, 15), "12:00", "17:00")),
    _r25ck("en", "the 15th am works", ((15, "09:00", "12:00"),)),
    _r25ck("en", "Tue 15th pm is fine", ((15, "12:00", "17:00"),)),
    _r25ck(
        "en",
        "wk of the 7th no good, im away with the team all week. 14th or 15th pm fine\n\nG",
        each_day((14, 15), "12:00", "17:00"),
    ),
    # ... and the booked slot itself moved by an amount, with no day named, as before
    _r25ck_moved("en", "Could we push it back half an hour?", ((1, "14:30", "15:30"),)),
    _r25ck_moved("de", "Können wir eine Stunde später anfangen?", ((1, "15:00", "16:00"),)),
)
ALL_PROBES += PROBES_R25CK


def _r25ex(lang: str, text: str, windows: Windows) -> Probe:
    """A reply sent on Friday 4 December, so a bare weekday names the week of the 7th."""
    zone, date = _C23PF_SENT[lang]
    return P(
        "time-of-day", lang, text, "availability", tuple(sorted(windows)), zone=zone, date=date
    )


# Round 25, exceptions and "but": what a word of exception leaves out, in words of our own
PROBES_R25EX: tuple[Probe, ...] = (
    # an hour span named by the stretch of time it fills, after the word of exception
    _r25ex("en", "Tuesday works, except for the 12-1 slot.", _less((8,), "12:00", "13:00")),
    _r25ex("en", "I'm free Wednesday apart from the 11–1 block.", _less((9,), "11:00", "13:00")),
    _r25ex(
        "en",
        "Monday or Thursday, other than the window from 12 to 1.",
        _less((7, 10), "12:00", "13:00"),
    ),
    _r25ex(
        "en", "Friday is open except the hour between 1 and 2pm.", _less((11,), "13:00", "14:00")
    ),
    _r25ex("en", "Thursday, minus the 12 to 1 lunch slot.", _less((10,), "12:00", "13:00")),
    _r25ex(
        "en",
        "Any time Tuesday, not including the period from 2 to 3.",
        _less((8,), "14:00", "15:00"),
    ),
    _r25ex("en", "Wednesday suits me, bar the noon to 1pm slot.", _less((9,), "12:00", "13:00")),
    _r25ex(
        "en",
        "Monday works for me, setting aside the time between 3 and 4.",
        _less((7,), "15:00", "16:00"),
    ),
    _r25ex("fr", "Mardi me va, sauf le créneau de 12h à 13h.", _less((8,), "12:00", "13:00")),
    _r25ex(
        "fr",
        "Je suis libre mercredi, hormis la tranche 11h-13h.",
        _less((9,), "11:00", "13:00"),
    ),
    _r25ex(
        "fr",
        "Lundi ou jeudi, à l'exception de la plage horaire 12h-13h.",
        _less((7, 10), "12:00", "13:00"),
    ),
    _r25ex(
        "fr",
        "Vendredi c'est bon, sauf la période entre 13h et 14h.",
        _less((11,), "13:00", "14:00"),
    ),
    _r25ex(
        "fr",
        "Jeudi, en dehors de l'heure de midi à 13h, je suis dispo.",
        _less((10,), "12:00", "13:00"),
    ),
    _r25ex(
        "fr", "Mardi toute la journée, hors la tranche de 14h à 15h.", _less((8,), "14:00", "15:00")
    ),
    _r25ex(
        "fr",
        "Mercredi me convient, excepté le créneau midi-13h.",
        _less((9,), "12:00", "13:00"),
    ),
    _r25ex(
        "fr",
        "lundi ca me va, mis a part la plage de 15h a 16h",
        _less((7,), "15:00", "16:00"),
    ),
    _r25ex(
        "de",
        "Dienstag passt, außer dem Zeitfenster von 12 bis 13 Uhr.",
        _less((8,), "12:00", "13:00"),
    ),
    _r25ex(
        "de",
        "Mittwoch geht bei mir, bis auf die Zeit zwischen 11 und 13 Uhr.",
        _less((9,), "11:00", "13:00"),
    ),
    _r25ex(
        "de",
        "Montag oder Donnerstag, ausgenommen die Stunde von 12 bis 13 Uhr.",
        _less((7, 10), "12:00", "13:00"),
    ),
    _r25ex(
        "de",
        "Freitag ginge, nicht aber zwischen 13 und 14 Uhr.",
        _less((11,), "13:00", "14:00"),
    ),
    _r25ex(
        "de",
        "Donnerstag kann ich, ohne den Zeitraum von 12 bis 13 Uhr.",
        _less((10,), "12:00", "13:00"),
    ),
    _r25ex(
        "de",
        "Dienstag ganztags, jedoch nicht von 14 bis 15 Uhr.",
        _less((8,), "14:00", "15:00"),
    ),
    _r25ex(
        "de",
        "Mittwoch klappt, mit Ausnahme der Mittagsstunde von 12 bis 13 Uhr.",
        _less((9,), "12:00", "13:00"),
    ),
    _r25ex(
        "de",
        "montag passt, abgesehen vom block zwischen 15 und 16 uhr",
        _less((7,), "15:00", "16:00"),
    ),
    _r25ex(
        "es", "El martes me va bien, salvo la franja de 12 a 13 h.", _less((8,), "12:00", "13:00")
    ),
    _r25ex(
        "es",
        "Estoy libre el miércoles, excepto el tramo de 11 a 13.",
        _less((9,), "11:00", "13:00"),
    ),
    _r25ex(
        "es",
        "Lunes o jueves, menos la hora de 12 a 13.",
        _less((7, 10), "12:00", "13:00"),
    ),
    _r25ex(
        "es",
        "El viernes puedo, sin contar el rato entre las 13 y las 14.",
        _less((11,), "13:00", "14:00"),
    ),
    _r25ex(
        "es",
        "El jueves me viene bien, quitando el hueco de 12 a 13.",
        _less((10,), "12:00", "13:00"),
    ),
    _r25ex(
        "es",
        "El martes todo el día, a excepción de la franja horaria de 14 a 15.",
        _less((8,), "14:00", "15:00"),
    ),
    _r25ex(
        "es",
        "El miércoles me sirve, dejando de lado el intervalo de 12 a 13.",
        _less((9,), "12:00", "13:00"),
    ),
    _r25ex(
        "es",
        "el lunes me va, fuera del horario de 15 a 16",
        _less((7,), "15:00", "16:00"),
    ),
    _r25ex("pt", "Terça funciona, exceto a faixa das 12h às 13h.", _less((8,), "12:00", "13:00")),
    _r25ex(
        "pt",
        "Estou livre quarta, tirando o período das 11h às 13h.",
        _less((9,), "11:00", "13:00"),
    ),
    _r25ex(
        "pt",
        "Segunda ou quinta, menos o horário das 12h às 13h.",
        _less((7, 10), "12:00", "13:00"),
    ),
    _r25ex(
        "pt",
        "Sexta dá, sem ser no intervalo entre 13h e 14h.",
        _less((11,), "13:00", "14:00"),
    ),
    _r25ex(
        "pt",
        "Quinta posso, fora o bloco das 12h às 13h.",
        _less((10,), "12:00", "13:00"),
    ),
    _r25ex(
        "pt",
        "Terça o dia todo, com exceção da janela das 14h às 15h.",
        _less((8,), "14:00", "15:00"),
    ),
    _r25ex(
        "pt",
        "Quarta me serve, excetuando a hora das 12h às 13h.",
        _less((9,), "12:00", "13:00"),
    ),
    _r25ex(
        "pt",
        "segunda da pra mim, a nao ser a faixa das 15h as 16h",
        _less((7,), "15:00", "16:00"),
    ),
    # a weekday left out of every day, morning or afternoon of next week, by more words
    _r25ex("en", "Each morning next week but Wednesday works.", _but(9, "09:00", "12:00")),
    _r25ex(
        "en",
        "Monday to Friday afternoons next week but Tuesday suit me.",
        _but(8, "12:00", "17:00"),
    ),
    _r25ex("en", "The whole of next week but Thursday is fine.", _but(10, "09:00", "17:00")),
    _r25ex("en", "Any day next week not including Friday works.", _but(11, "09:00", "17:00")),
    _r25ex(
        "en",
        "Weekdays next week but Monday, any time, are fine by me.",
        _but(7, "09:00", "17:00"),
    ),
    _r25ex(
        "en",
        "I can do any afternoon next week, skipping Wednesday.",
        _but(9, "12:00", "17:00"),
    ),
    _r25ex(
        "en",
        "Mon through Fri mornings next week but Thursday are good.",
        _but(10, "09:00", "12:00"),
    ),
    _r25ex(
        "en",
        "Every morning next week works, except on Tuesday.",
        _but(8, "09:00", "12:00"),
    ),
    _r25ex(
        "fr",
        "Toutes les matinées de la semaine prochaine, abstraction faite du mercredi.",
        _but(9, "09:00", "12:00"),
    ),
    _r25ex(
        "fr",
        "N'importe quel après-midi la semaine prochaine, en excluant le mardi.",
        _but(8, "12:00", "17:00"),
    ),
    _r25ex(
        "fr",
        "La semaine prochaine, chaque jour sauf pour le jeudi.",
        _but(10, "09:00", "17:00"),
    ),
    _r25ex(
        "de",
        "Nächste Woche jeden Vormittag, nicht aber am Mittwoch.",
        _but(9, "09:00", "12:00"),
    ),
    _r25ex(
        "de",
        "Nächste Woche an jedem Nachmittag, jedoch nicht Dienstag.",
        _but(8, "12:00", "17:00"),
    ),
    _r25ex(
        "de",
        "Nächste Woche jeden Tag, nicht jedoch am Donnerstag.",
        _but(10, "09:00", "17:00"),
    ),
    _r25ex(
        "es",
        "Cada mañana de la semana que viene, excepto por el miércoles.",
        _but(9, "09:00", "12:00"),
    ),
    _r25ex(
        "es",
        "Cada tarde de la próxima semana me va, salvo por el martes.",
        _but(8, "12:00", "17:00"),
    ),
    _r25ex(
        "es",
        "La semana que viene cualquier día, dejando de lado el jueves.",
        _but(10, "09:00", "17:00"),
    ),
    _r25ex(
        "es",
        "Todas las tardes de la semana que viene, sin incluir el lunes.",
        _but(7, "12:00", "17:00"),
    ),
    _r25ex(
        "pt",
        "Nas manhãs da próxima semana, excetuando a quarta.",
        _but(9, "09:00", "12:00"),
    ),
    _r25ex(
        "pt",
        "Todas as tardes da semana que vem, sem ser terça.",
        _but(8, "12:00", "17:00"),
    ),
    _r25ex(
        "pt",
        "Qualquer dia da próxima semana, sem incluir a quinta.",
        _but(10, "09:00", "17:00"),
    ),
    _r25ex(
        "pt",
        "Cada manhã da semana que vem, exceptuando a segunda.",
        _but(7, "09:00", "12:00"),
    ),
    _r25ex(
        "fr",
        "Les après-midis de la semaine prochaine, exclusion faite du vendredi.",
        _but(11, "12:00", "17:00"),
    ),
    _r25ex(
        "fr",
        "Chaque matin de la semaine prochaine, en exceptant le lundi.",
        _but(7, "09:00", "12:00"),
    ),
    _r25ex(
        "fr",
        "La semaine prochaine, n'importe quel jour, non compris le mercredi.",
        _but(9, "09:00", "17:00"),
    ),
    _r25ex(
        "fr",
        "Tous les après-midis de la semaine prochaine sauf pour le mardi.",
        _but(8, "12:00", "17:00"),
    ),
    _r25ex(
        "fr", "La semaine prochaine tous les jours, mais pas le jeudi.", _but(10, "09:00", "17:00")
    ),
    _r25ex(
        "de",
        "Nächste Woche jeden Nachmittag, allerdings nicht am Freitag.",
        _but(11, "12:00", "17:00"),
    ),
    _r25ex(
        "de",
        "Nächste Woche jeden Vormittag, Montag nicht inbegriffen.",
        _but(7, "09:00", "12:00"),
    ),
    _r25ex("de", "Nächste Woche an allen Tagen, abzüglich Mittwoch.", _but(9, "09:00", "17:00")),
    _r25ex("de", "Nächste Woche jeden Tag, jedoch nicht am Dienstag.", _but(8, "09:00", "17:00")),
    _r25ex("de", "Nächste Woche nachmittags, nicht aber Donnerstag.", _but(10, "12:00", "17:00")),
    _r25ex(
        "es",
        "La semana que viene todas las mañanas, descontando el viernes.",
        _but(11, "09:00", "12:00"),
    ),
    _r25ex(
        "es",
        "La semana que viene cualquier tarde, no incluyendo el lunes.",
        _but(7, "12:00", "17:00"),
    ),
    _r25ex(
        "es",
        "La semana que viene cualquier día, con la salvedad del miércoles.",
        _but(9, "09:00", "17:00"),
    ),
    _r25ex(
        "es",
        "La próxima semana todas las tardes, dejando aparte el martes.",
        _but(8, "12:00", "17:00"),
    ),
    _r25ex(
        "pt",
        "Na semana que vem qualquer tarde, deixando de fora a sexta.",
        _but(11, "12:00", "17:00"),
    ),
    _r25ex(
        "pt",
        "Na semana que vem todas as manhãs, com exclusão da segunda.",
        _but(7, "09:00", "12:00"),
    ),
    _r25ex(
        "pt",
        "Na próxima semana qualquer dia, não incluindo a quarta.",
        _but(9, "09:00", "17:00"),
    ),
    _r25ex("pt", "Na próxima semana todas as tardes, tirante a terça.", _but(8, "12:00", "17:00")),
    _r25ex("en", "Any day next week, Friday not included.", _but(11, "09:00", "17:00")),
    # a "but" after days said to be taken contrasts, leaving nothing out of them
    _r25ex(
        "en", "Every day next week is packed but Friday works.", each_day((11,), "09:00", "17:00")
    ),
    _r25ex(
        "en",
        "Monday to Thursday I'm tied up but Friday afternoon is free.",
        each_day((11,), "12:00", "17:00"),
    ),
    _r25ex(
        "en",
        "All week I'm booked solid but Friday morning I could do.",
        each_day((11,), "09:00", "12:00"),
    ),
    # a bound refused in the next sentence narrows the whole days offered before it
    _r25ex(
        "en",
        "Any day next week except Tuesday. Nothing before 10 though.",
        each_day((7, 9, 10, 11), "10:00", "17:00"),
    ),
    _r25ex(
        "en",
        "Any day next week works. Not before 10:30, I do the school run.",
        each_day((7, 8, 9, 10, 11), "10:30", "17:00"),
    ),
    _r25ex(
        "en",
        "Any time Thursday. Nothing after 3 though.",
        each_day((10,), "09:00", "15:00"),
    ),
    _r25ex(
        "fr",
        "La semaine prochaine n'importe quel jour sauf mardi. Pas avant 10h.",
        each_day((7, 9, 10, 11), "10:00", "17:00"),
    ),
    _r25ex(
        "de",
        "Nächste Woche jeden Tag außer Dienstag. Nicht vor 10 Uhr.",
        each_day((7, 9, 10, 11), "10:00", "17:00"),
    ),
    _r25ex(
        "es",
        "La semana que viene cualquier día menos el martes. Nada antes de las 10.",
        each_day((7, 9, 10, 11), "10:00", "17:00"),
    ),
    _r25ex(
        "en",
        "Any afternoon next week. Nothing after 4 though.",
        each_day((7, 8, 9, 10, 11), "12:00", "16:00"),
    ),
    _r25ex(
        "en", "Any morning next week. Not before 10.", each_day((7, 8, 9, 10, 11), "10:00", "12:00")
    ),
    _r25ex("en", "Thursday afternoon. Never after 3, sorry.", each_day((10,), "12:00", "15:00")),
    _r25ex(
        "fr",
        "La semaine prochaine tous les jours. Jamais avant 10h.",
        each_day((7, 8, 9, 10, 11), "10:00", "17:00"),
    ),
    _r25ex(
        "fr", "Jeudi n'importe quand. Rien après 15h par contre.", each_day((10,), "09:00", "15:00")
    ),
    _r25ex(
        "de",
        "Nächste Woche jeden Tag. Nie vor 10 Uhr, ich bringe die Kinder in die Kita.",
        each_day((7, 8, 9, 10, 11), "10:00", "17:00"),
    ),
    _r25ex("de", "Donnerstag jederzeit. Nichts nach 15 Uhr.", each_day((10,), "09:00", "15:00")),
    _r25ex(
        "es",
        "La semana que viene cualquier día. Nunca antes de las 10.",
        each_day((7, 8, 9, 10, 11), "10:00", "17:00"),
    ),
    _r25ex(
        "es",
        "El jueves a cualquier hora. Nada después de las 15.",
        each_day((10,), "09:00", "15:00"),
    ),
    _r25ex(
        "pt",
        "Na semana que vem qualquer dia menos terça. Nunca antes das 10h.",
        each_day((7, 9, 10, 11), "10:00", "17:00"),
    ),
    _r25ex("pt", "Quinta a qualquer hora. Nada depois das 15h.", each_day((10,), "09:00", "15:00")),
    _r25ex(
        "pt",
        "Na semana que vem qualquer dia. Não antes das 10h.",
        each_day((7, 8, 9, 10, 11), "10:00", "17:00"),
    ),
    _r25ex(
        "en",
        "Any afternoon next week, but Friday only from 10.",
        (*each_day((7, 8, 9, 10), "12:00", "17:00"), (11, "10:00", "17:00")),
    ),
    # a day of the offer restated with "only" and hours: the hours it was offered at narrowed
    _r25ex(
        "en",
        "Monday or Wednesday afternoons next week, though Wednesday only until 4.",
        (*each_day((7,), "12:00", "17:00"), (9, "12:00", "16:00")),
    ),
    _r25ex(
        "fr",
        "Lundi ou mercredi après-midi, mais mercredi seulement jusqu'à 16h.",
        (*each_day((7,), "12:00", "17:00"), (9, "12:00", "16:00")),
    ),
    _r25ex(
        "de",
        "Montag oder Mittwoch nachmittags, Mittwoch aber nur bis 16 Uhr.",
        (*each_day((7,), "12:00", "17:00"), (9, "12:00", "16:00")),
    ),
    _r25ex(
        "es",
        "El lunes o el miércoles por la tarde, pero el miércoles solo hasta las 16.",
        (*each_day((7,), "12:00", "17:00"), (9, "12:00", "16:00")),
    ),
    _r25ex(
        "pt",
        "Segunda ou quarta à tarde, mas quarta só até as 16h.",
        (*each_day((7,), "12:00", "17:00"), (9, "12:00", "16:00")),
    ),
    # combinations: the exception inside a reply that rules out a day, gives a deadline, quotes
    # history, or lists days
    _r25ex(
        "en",
        "Monday is out, I'm at a conference. Tuesday or Thursday would work, except for the "
        "12-1 slot. Could you let me know by Monday?\n\nOn Thu, Dec 3 Jo wrote:\n> Would "
        "Wednesday at 10 suit?",
        _less((8, 10), "12:00", "13:00"),
    ),
    _r25ex(
        "fr",
        "Lundi je suis en déplacement. Mardi ou jeudi, sauf le créneau de midi à 13h. Merci "
        "de me répondre avant lundi.",
        _less((8, 10), "12:00", "13:00"),
    ),
    _r25ex(
        "de",
        "Montag bin ich auf Dienstreise. Dienstag oder Donnerstag ginge, nicht aber zwischen "
        "12 und 13 Uhr. Bitte um Rückmeldung bis Montag.",
        _less((8, 10), "12:00", "13:00"),
    ),
    _r25ex(
        "es",
        "El lunes estoy de viaje. El martes o el jueves me viene bien, salvo la franja de 12 "
        "a 13. ¿Me confirmas antes del lunes?",
        _less((8, 10), "12:00", "13:00"),
    ),
    _r25ex(
        "pt",
        "Segunda estou em viagem. Terça ou quinta dá, fora o horário das 12h às 13h. Pode me "
        "responder até segunda?",
        _less((8, 10), "12:00", "13:00"),
    ),
    _r25ex(
        "en",
        "Next week:\n- Tuesday: all day, apart from the 12-1 slot\n- Thursday: mornings only",
        (*_less((8,), "12:00", "13:00"), (10, "09:00", "12:00")),
    ),
    _r25ex(
        "de",
        "Nächste Woche:\n- Dienstag: ganztags, bis auf die Stunde von 12 bis 13 Uhr\n- "
        "Donnerstag: nur vormittags",
        (*_less((8,), "12:00", "13:00"), (10, "09:00", "12:00")),
    ),
    _r25ex(
        "en",
        "Friday I'm away. Each afternoon next week but Wednesday is fine. Please reply by Tuesday.",
        each_day((7, 8, 10), "12:00", "17:00"),
    ),
    _r25ex(
        "es",
        "La semana que viene cualquier día menos el martes, que viajo. Nada antes de las 10, "
        "que llevo a los niños al colegio.",
        each_day((7, 9, 10, 11), "10:00", "17:00"),
    ),
    _r25ex(
        "pt",
        "Semana que vem qualquer dia menos terça. Nada antes das 10h, levo as crianças à escola.",
        each_day((7, 9, 10, 11), "10:00", "17:00"),
    ),
)
ALL_PROBES += PROBES_R25EX


# Round 25 (r25ro): days ruled out by ability refused in any tense, with the regret said inside
# it; by a duty that takes the sender away; by being at a client's or abroad; by a day judged to
# look bad; by the sender counting themselves out; a bare no before a day told from today; a date
# with its weekday in brackets; a weekday and a date across a full stop. In our own words, with
# reply-by days, quoted history and per-day lists beside them.
def _r25ro(lang: str, text: str, windows: Windows) -> Probe:
    """A reply sent on Friday 4 December, so a bare weekday names the week of the 7th."""
    zone, date = _C23PF_SENT[lang]
    return P("ruled-out", lang, text, "availability", windows, zone=zone, date=date)


_R25_PM, _R25_AM = ("12:00", "17:00"), ("09:00", "12:00")
_R25_16_17 = ((16, "14:00", "17:00"), (17, "14:00", "17:00"))
PROBES_R25RO: tuple[Probe, ...] = (
    # ability refused, in the future, the conditional or with "going to", regret inside it
    _r25ro(
        "en",
        "Tuesday I won't be able to, I'm afraid. Wednesday afternoon suits me.",
        ((9, *_R25_PM),),
    ),
    _r25ro(
        "en",
        "I'm not going to be able to make Monday. Thursday morning is fine.",
        ((10, *_R25_AM),),
    ),
    _r25ro("en", "Monday, I'm afraid I can't. Tuesday after 2pm works.", ((8, "14:00", "17:00"),)),
    _r25ro(
        "en", "Thursday I really couldn't, sorry. Friday morning would work.", ((11, *_R25_AM),)
    ),
    _r25ro("fr", "Lundi, je ne pourrai hélas pas. Mardi après-midi me convient.", ((8, *_R25_PM),)),
    _r25ro("fr", "Je ne vais pas pouvoir mercredi. Jeudi matin, ça me va.", ((10, *_R25_AM),)),
    _r25ro(
        "fr",
        "Mardi je ne pourrais vraiment pas. Vendredi après 14h, c'est bon.",
        ((11, "14:00", "17:00"),),
    ),
    _r25ro("fr", "jeudi j'peux pas, désolé. vendredi matin ça marche.", ((11, *_R25_AM),)),
    _r25ro(
        "de",
        "Montag werde ich leider nicht können. Dienstag nachmittags passt mir.",
        ((8, *_R25_PM),),
    ),
    _r25ro(
        "de", "Mittwoch könnte ich wirklich nicht. Donnerstag vormittags geht.", ((10, *_R25_AM),)
    ),
    _r25ro(
        "de",
        "Am Dienstag kann ich dann leider doch nicht. Freitag ab 14 Uhr klappt.",
        ((11, "14:00", "17:00"),),
    ),
    _r25ro(
        "de", "Donnerstag schaffe ich es nicht. Freitag vormittags wäre gut.", ((11, *_R25_AM),)
    ),
    _r25ro(
        "es",
        "El lunes no voy a poder, perdona. El martes por la tarde me va bien.",
        ((8, *_R25_PM),),
    ),
    _r25ro(
        "es", "No podría el miércoles. El jueves por la mañana me viene bien.", ((10, *_R25_AM),)
    ),
    _r25ro(
        "es",
        "El martes lamentablemente no llego. El viernes después de las 14h puedo.",
        ((11, "14:00", "17:00"),),
    ),
    _r25ro(
        "es",
        "El jueves no me va a dar tiempo. El viernes por la mañana me va bien.",
        ((11, *_R25_AM),),
    ),
    _r25ro(
        "pt",
        "Segunda não vou conseguir, infelizmente. Terça à tarde dá para mim.",
        ((8, *_R25_PM),),
    ),
    _r25ro("pt", "Não poderei na quarta. Quinta de manhã fica bom.", ((10, *_R25_AM),)),
    _r25ro(
        "pt",
        "Terça realmente não daria. Sexta depois das 14h está ótimo.",
        ((11, "14:00", "17:00"),),
    ),
    _r25ro(
        "pt", "Infelizmente não vou poder na quinta. Sexta de manhã pode ser.", ((11, *_R25_AM),)
    ),
    # a duty that takes the sender away, told by having to and a verb of going or working
    _r25ro("en", "Monday I have to travel to Leeds. Tuesday afternoon works.", ((8, *_R25_PM),)),
    _r25ro("en", "I need to fly out Wednesday. Thursday morning is good.", ((10, *_R25_AM),)),
    _r25ro("fr", "Lundi je dois me déplacer à Nantes. Mardi après-midi me va.", ((8, *_R25_PM),)),
    _r25ro(
        "fr", "Mercredi il faut que je sois à l'usine. Jeudi matin me convient.", ((10, *_R25_AM),)
    ),
    _r25ro(
        "de", "Montag muss ich nach Hamburg fahren. Dienstag nachmittags passt.", ((8, *_R25_PM),)
    ),
    _r25ro(
        "de", "Mittwoch muss ich leider verreisen. Donnerstag vormittags geht.", ((10, *_R25_AM),)
    ),
    _r25ro(
        "es", "El lunes me toca ir a Valencia. El martes por la tarde me va bien.", ((8, *_R25_PM),)
    ),
    _r25ro(
        "es",
        "El miércoles tengo que trabajar en la obra. El jueves por la mañana puedo.",
        ((10, *_R25_AM),),
    ),
    _r25ro("pt", "Segunda tenho de viajar para o Porto. Terça à tarde dá.", ((8, *_R25_PM),)),
    _r25ro("pt", "Quarta preciso ir a Campinas. Quinta de manhã fica bom.", ((10, *_R25_AM),)),
    # at a client's, on site or abroad, after the day
    _r25ro("en", "Monday I'm on site with a client. Tuesday afternoon is free.", ((8, *_R25_PM),)),
    _r25ro("en", "I'll be abroad Wednesday and Thursday. Friday morning works.", ((11, *_R25_AM),)),
    _r25ro("fr", "Lundi je suis chez un client. Mardi après-midi me va.", ((8, *_R25_PM),)),
    _r25ro("fr", "Je serai a l'etranger mercredi. Jeudi matin me convient.", ((10, *_R25_AM),)),
    _r25ro("de", "Ich bin Montag bei einem Kunden. Dienstag nachmittags passt.", ((8, *_R25_PM),)),
    _r25ro(
        "de",
        "Mittwoch und Donnerstag bin ich im Ausland. Freitag vormittags geht.",
        ((11, *_R25_AM),),
    ),
    _r25ro(
        "es", "El lunes estoy con un cliente. El martes por la tarde me va bien.", ((8, *_R25_PM),)
    ),
    _r25ro(
        "es",
        "Estaré en el extranjero el miércoles. El jueves por la mañana puedo.",
        ((10, *_R25_AM),),
    ),
    _r25ro("pt", "Segunda estou no cliente. Terça à tarde fica bom.", ((8, *_R25_PM),)),
    _r25ro("pt", "Quarta e quinta estou no exterior. Sexta de manhã dá.", ((11, *_R25_AM),)),
    # a day judged to look bad, and the sender counting themselves out
    _r25ro(
        "de",
        "Montag sieht es bei mir eher schlecht aus. Dienstag nachmittags passt.",
        ((8, *_R25_PM),),
    ),
    _r25ro("de", "Mittwoch schaut es eng aus. Donnerstag vormittags geht.", ((10, *_R25_AM),)),
    _r25ro("fr", "Lundi, ça s'annonce compliqué. Mardi après-midi me va.", ((8, *_R25_PM),)),
    _r25ro("es", "El lunes pinta mal. El martes por la tarde me va bien.", ((8, *_R25_PM),)),
    _r25ro("pt", "Segunda parece complicado. Terça à tarde fica bom.", ((8, *_R25_PM),)),
    _r25ro("en", "Count me out on Monday. Tuesday afternoon works.", ((8, *_R25_PM),)),
    _r25ro("fr", "Mercredi, ne comptez pas sur moi. Jeudi matin me va.", ((10, *_R25_AM),)),
    _r25ro(
        "de",
        "Mittwoch rechnen Sie bitte nicht mit mir. Donnerstag vormittags geht.",
        ((10, *_R25_AM),),
    ),
    _r25ro(
        "es",
        "El miércoles no cuentes conmigo. El jueves por la mañana me va bien.",
        ((10, *_R25_AM),),
    ),
    _r25ro("pt", "Quarta não conte comigo. Quinta de manhã fica bom.", ((10, *_R25_AM),)),
    # a bare no before a day told from today, after a refusal of part of it
    _r25ro(
        "en",
        "Monday morning I have a hearing, so not Monday at all. Tuesday afternoon works.",
        ((8, *_R25_PM),),
    ),
    _r25ro(
        "fr", "Lundi matin j'ai un oral, donc pas lundi. Mardi après-midi me va.", ((8, *_R25_PM),)
    ),
    _r25ro(
        "de",
        "Montag früh habe ich eine Prüfung, also nicht Montag. Dienstag nachmittags passt.",
        ((8, *_R25_PM),),
    ),
    _r25ro(
        "pt",
        "Segunda de manhã tenho prova, então não na segunda. Terça à tarde dá.",
        ((8, *_R25_PM),),
    ),
    # a date with its weekday in brackets, the hours after the list holding for each
    _r25ro(
        "pt",
        "Proponho dia 15 (terça) ou dia 17 (quinta) de manhã.",
        ((15, *_R25_AM), (17, *_R25_AM)),
    ),
    _r25ro(
        "fr",
        "Je propose le 15 (mardi) ou le 17 (jeudi) l'après-midi.",
        ((15, *_R25_PM), (17, *_R25_PM)),
    ),
    _r25ro(
        "en",
        "How about the 16th (Wed) or the 18th (Fri) after 2pm?",
        ((16, "14:00", "17:00"), (18, "14:00", "17:00")),
    ),
    _r25ro(
        "es",
        "Puedo el 14 (lunes) o el 16 (miércoles) por la tarde.",
        ((14, *_R25_PM), (16, *_R25_PM)),
    ),
    _r25ro(
        "de",
        "Am 15.12. (Dienstag) oder 17.12. (Donnerstag) vormittags geht es.",
        ((15, *_R25_AM), (17, *_R25_AM)),
    ),
    # a weekday spelt out and a date across a full stop are two days
    _r25ro("en", "I'm booked Thursday. The 16th in the afternoon works.", ((16, *_R25_PM),)),
    _r25ro("fr", "Je suis en congé lundi. Le 16 après-midi me va.", ((16, *_R25_PM),)),
    _r25ro("pt", "Estou de férias na segunda. Dia 16 à tarde me serve.", ((16, *_R25_PM),)),
    # a refusal up to a date refuses the days before it, never the date itself
    _r25ro("en", "Before the 16th I can't, sorry. The 16th or 17th after 2pm works.", _R25_16_17),
    _r25ro(
        "en",
        "I'm afraid I can't do anything before the 16th. The 16th or 17th after 2pm works.",
        _R25_16_17,
    ),
    _r25ro(
        "fr",
        "Je ne pourrai malheureusement pas avant le 16. Le 16 ou le 17 après 14h, ça me va.",
        _R25_16_17,
    ),
    _r25ro("fr", "Je ne peux rien faire avant le 16. Le 16 ou le 17 après 14h me va.", _R25_16_17),
    _r25ro("de", "Ich kann nicht vor dem 16. Am 16. oder 17. ab 14 Uhr passt es.", _R25_16_17),
    _r25ro(
        "es",
        "No podré antes del día 16. El 16 o el 17 por la tarde me va bien.",
        ((16, *_R25_PM), (17, *_R25_PM)),
    ),
    _r25ro(
        "es",
        "Lo siento, no voy a poder antes del miércoles 16. El 16 o el 17 por la tarde me va bien.",
        ((16, *_R25_PM), (17, *_R25_PM)),
    ),
    _r25ro(
        "pt",
        "Não vou conseguir antes do dia 16. Dia 16 ou 17 depois das 14h dá para mim.",
        _R25_16_17,
    ),
    # combined: a refusal, an offer, a reply-by day, quoted history, a per-day list
    _r25ro(
        "en",
        "Hi,\nTuesday I'm afraid I won't be able to, I have to drive to the depot. Wednesday or"
        " Thursday after 2pm would suit. Could you let me know by Monday?\n\nThanks\nAl\n\n"
        "On Thu, Dec 3, 2026 at 4:12 PM Hire <hire@example.test> wrote:\n> Could you do Tuesday"
        " at 10am?",
        ((9, "14:00", "17:00"), (10, "14:00", "17:00")),
    ),
    _r25ro(
        "fr",
        "Bonjour,\nMardi je ne pourrai malheureusement pas, je suis chez un client.\n- mercredi :"
        " après 14h\n- jeudi : le matin\nMerci de me répondre d'ici lundi.\nCordialement",
        ((9, "14:00", "17:00"), (10, *_R25_AM)),
    ),
    _r25ro(
        "de",
        "Hallo,\nDienstag muss ich zum Kunden nach Ulm fahren, da sieht es schlecht aus. Mittwoch"
        " oder Donnerstag ab 14 Uhr passt. Ich bitte um Antwort bis Montag.\nGrüße",
        ((9, "14:00", "17:00"), (10, "14:00", "17:00")),
    ),
    _r25ro(
        "es",
        "Hola:\nEl martes no voy a poder, lo siento, me toca viajar. El miércoles o el jueves"
        " después de las 14h me va bien. ¿Me dices algo antes del lunes?\n\nEl 3 dic 2026,"
        " Hire escribió:\n> ¿Le va bien el martes a las 10?",
        ((9, "14:00", "17:00"), (10, "14:00", "17:00")),
    ),
    _r25ro(
        "pt",
        "Olá,\nNão vou poder terça, infelizmente: a minha agenda está cheia.\n- quarta: depois"
        " das 14h\n- quinta: de manhã\nPeço que me responda até segunda.",
        ((9, "14:00", "17:00"), (10, *_R25_AM)),
    ),
)
ALL_PROBES += PROBES_R25RO
# Round 25, intents, picks, verdicts, HTML (written for this round in words of our own, from the
# constructs behind the hand-written misses ay-009, ay-012, ay-031, bb-009, bb-038, bc-026,
# bc-027, be-001, be-017, be-024, be-026, bf-011 and bf-037; sent Tuesday 1 December, 10:00 New
# York unless said). Options on a day told apart by its part: 1 Wed 2 Dec 9:30, 2 Wed 2 Dec 16:00,
# 3 Thu 3 Dec 11:00 ET (`_R21_DAY_OPTIONS`).
_R25_DAY = {"stage": "proposed", "context": _R21_DAY_OPTIONS}
# Options a week out, sent to someone in Lisbon (UTC in December): 1 Tue 8 Dec 10:00 ET (15:00
# Lisbon), 2 Wed 9 Dec 10:00 ET (15:00 Lisbon), 3 Wed 9 Dec 15:00 ET (20:00 Lisbon).
_R25_FAR = {
    "stage": "proposed",
    "zone": "Europe/Lisbon",
    "context": {"proposed": [_slot(8, 10), _slot(9, 10), _slot(9, 15)]},
}


def _r25pk(lang: str, text: str, selected: int, where: dict[str, Any] = _R25_DAY) -> Probe:
    return P("pick", lang, text, "accept", selected=selected, **where)


def _r25v(lang: str, text: str, outcome: str) -> Probe:
    return P("verdict", lang, text, "feedback", outcome=outcome, **_R12V)


_R25_QUOTE = (
    "\n\nOn Mon, Nov 30, 2026 at 4:12 PM Kestrel Hire <schedule@kestrel.example> wrote:\n"
    "> Could you do Friday the 4th at 3pm or Monday the 7th at 11am?"
)
_R25_LIST = (
    "\n\nLe lun. 30 nov. 2026 à 16:12, Kestrel Hire <schedule@kestrel.example> a écrit :\n"
    "> Bonjour,\n> Voici les options :\n> 1. mercredi 9 décembre, 10h\n"
    "> 2. mercredi 9 décembre, 15h\n> 3. jeudi 10 décembre, 11h"
)
_R25_TABLE = (
    "<html><body><p>{}</p><table border='1'><tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"
    "{}</table><p>{}</p></body></html>"
)


def _r25tb_rows(*rows: tuple[str, str, str, str]) -> str:
    return "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows
    )


PROBES_R25IN: tuple[Probe, ...] = (
    # a pick by day and part of day, then the other part of that day told busy in a clause of
    # its own, which the time reader runs into the phrase: the part named is picked
    _r25pk("es", "Me quedo con la del miércoles por la tarde, por la mañana estoy en clase.", 2),
    _r25pk("pt", "Fico com a de quarta à tarde, de manhã estou na obra.", 2),
    _r25pk("en", "Wednesday afternoon please, mornings I'm on the school run.", 2),
    _r25pk("fr", "Mercredi après-midi, le matin je suis au marché.", 2),
    _r25pk("de", "Mittwochnachmittag bitte, vormittags bin ich in der Berufsschule.", 2),
    _r25pk("en", "I'll go for Wednesday morning, in the afternoon I have physio.", 1),
    _r25pk("es", "La del miércoles por la mañana, por la tarde tengo turno.", 1),
    _r25pk("pt", "Pode ser quarta de manhã, à tarde tenho consulta. Obrigada!" + _R25_QUOTE, 1),
    # a day or part of day said on the reader's clock, with or without the sender's own hour
    _r25pk("pt", "Pode ser a de quarta de manhã no vosso horário.", 2, _R25_FAR),
    _r25pk(
        "pt",
        "Pode ser quarta de manhã no vosso horário, que aqui dá 15h - ótimo, de manhã trabalho.",
        2,
        _R25_FAR,
    ),
    _r25pk("en", "Wednesday morning your time works for me.", 2, _R25_FAR),
    _r25pk("en", "The Wednesday 10am slot, your time, is perfect.", 2, _R25_FAR),
    _r25pk("fr", "Mercredi matin, heure de chez vous, ça me va.", 2, _R25_FAR),
    _r25pk("de", "Mittwochvormittag nach Ihrer Zeit passt mir.", 2, _R25_FAR),
    _r25pk("es", "La del miércoles por la mañana, hora de ustedes, me viene bien.", 2, _R25_FAR),
    _r25pk("es", "El miércoles por la tarde en vuestro horario me va perfecto.", 3, _R25_FAR),
    _r25pk("en", "Tuesday works, 10am on your clock.", 1, _R25_FAR),
    # any of the options, then one wished for: that one
    _r25pk("pt", "Qualquer uma das três serve pra mim, mas se der, prefiro a de quinta.", 3),
    _r25pk("en", "Any of the three works for me, though if I could choose I'd take Thursday.", 3),
    _r25pk("en", "All fine by me, ideally the Thursday one.", 3),
    _r25pk("fr", "N'importe lequel me va, mais je préférerais celui de jeudi.", 3),
    _r25pk("de", "Alle drei passen mir, am liebsten aber Donnerstag.", 3),
    _r25pk("de", "Mir passt jeder der Termine, ich würde Donnerstag bevorzugen.", 3),
    _r25pk("es", "Cualquiera de las tres me sirve, aunque preferiría la del jueves.", 3),
    _r25pk("pt", "Qualquer um dá, mas preferia o de quinta.", 3),
    # every option said to suit by "all" and a verb of suiting, bare: the first
    _r25pk("fr", "Tous me vont.", 1),
    _r25pk("es", "Todos me sirven, gracias.", 1),
    _r25pk("en", "All work for me.", 1),
    _r25pk("en", "All of them work for me, ideally Thursday.", 3),
    # the list of options pasted back unquoted with one line marked
    _r25pk(
        "es",
        "Te marco la que me va:\n\n1. miércoles 2, 9:30\n2. miércoles 2, 16:00   <-- esta\n"
        "3. jueves 3, 11:00\n\nGracias",
        2,
    ),
    _r25pk(
        "en",
        "Marked the one I can do:\n\n1. Wed 2 Dec, 9:30am\n2. Wed 2 Dec, 4pm\n"
        "3. Thu 3 Dec, 11am  <== this one\n\nCheers",
        3,
    ),
    _r25pk(
        "de",
        "Hier meine Wahl:\n1. Mi 2.12., 9:30\n2. Mi 2.12., 16:00\n3. Do 3.12., 11:00  ← passt\n",
        3,
    ),
    # the answer written under its option inside the quoted list, the top saying only so
    _r25pk(
        "fr",
        "Bonjour, je réponds dans le texte.\n\nBien à vous,\nClaire"
        + _R25_LIST.replace(
            "> 2. mercredi 9 décembre, 15h\n",
            "> 2. mercredi 9 décembre, 15h\n\nCelle-ci me convient.\n\n",
        ),
        2,
        _R25_FAR | {"zone": ET},
    ),
    _r25pk(
        "pt",
        "Olá, respondo no meio do seu email.\n\nCumprimentos,\nRita"
        + _R25_LIST.replace(
            "> 1. mercredi 9 décembre, 10h\n",
            "> 1. mercredi 9 décembre, 10h\n\nEsta é a melhor para mim.\n\n",
        ),
        1,
        _R25_FAR | {"zone": ET},
    ),
    # a hedged or negated-negative verdict, then another step asked for: advance
    _r25v(
        "en",
        "I'm not sold on her tooling knowledge, but I wouldn't write her off. Could we bring her "
        "in for a practical next week?",
        "advance",
    ),
    _r25v(
        "en",
        "Honestly it's not a no. His estimating was patchy, so let's get him back in to price a "
        "small job with our QS.",
        "advance",
    ),
    _r25v(
        "en",
        "I'd not count him out yet - shaky on theory, good hands. Can we have him come in and do a "
        "trial shift with our head chef?",
        "advance",
    ),
    _r25v(
        "en",
        "Mixed bag. Slow on the rota software, but calm. I'd like her in for a half-day practical "
        "with our senior nurse before I decide.",
        "advance",
    ),
    _r25v(
        "fr",
        "Je ne l'écarterais pas, même si la partie chiffrage était faible. Pouvons-nous la faire "
        "revenir pour une épreuve pratique avec notre chef d'atelier ?",
        "advance",
    ),
    _r25v(
        "fr",
        "Ce n'est pas un non. Il manque d'expérience en CAO, mais j'aimerais le convoquer pour une "
        "mise en situation avec notre responsable.",
        "advance",
    ),
    _r25v(
        "de",
        "Ich würde sie nicht abschreiben, auch wenn die Theorie wackelig war. Können wir sie noch "
        "einmal zu uns einladen, für einen Probetag in der Werkstatt?",
        "advance",
    ),
    _r25v(
        "de",
        "Kein klares Nein von mir. Ich möchte ihn aber gern bei einer praktischen Aufgabe mit "
        "unserem Meister sehen.",
        "advance",
    ),
    _r25v(
        "es",
        "No lo descartaría, aunque le faltó soltura con los planos. ¿Podemos citarlo para una "
        "prueba práctica con nuestro jefe de taller?",
        "advance",
    ),
    _r25v(
        "es",
        "No es un no. Me gustaría verla en una jornada de prueba con el equipo antes de decidir.",
        "advance",
    ),
    _r25v(
        "pt",
        "Não o descartaria, mas achei-o inseguro na parte teórica. Podemos chamá-lo para uma prova "
        "prática com o nosso encarregado?",
        "advance",
    ),
    _r25v(
        "pt",
        "Não é um não. Gostava de a ver num dia de experiência com a equipa antes de decidirmos.",
        "advance",
    ),
    # the same hedge with no step, and a dependency pending: a hold
    _r25v(
        "en",
        "I wouldn't rule him out, but we're waiting on budget sign-off before anything else "
        "happens.",
        "hold",
    ),
    # a stretch of days refused by a verdict's words, then other days offered: no withdrawal
    P(
        "ruled-out",
        "en",
        "I'm on the rig until Tuesday the 8th, so that whole stretch is a no. "
        "Thursday the 10th or Friday the 11th after 1pm would be ideal.",
        "availability",
        each_day((10, 11), "13:00", "17:00"),
    ),
    P(
        "ruled-out",
        "en",
        "Those dates are a no for me, sorry. Wednesday the 9th, any time, works.",
        "availability",
        ((9, "09:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "fr",
        "La période du 7 au 8, c'est non. Le jeudi 10 après 13h, ça me va.",
        "availability",
        ((10, "13:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "de",
        "Der Zeitraum bis zum 8. ist ein Nein. Donnerstag, der 10., ab 13 Uhr passt.",
        "availability",
        ((10, "13:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "es",
        "Esos días son un no. El jueves 10 a partir de las 13 me viene bien.",
        "availability",
        ((10, "13:00", "17:00"),),
    ),
    P(
        "ruled-out",
        "pt",
        "Esses dias são um não. Quinta, dia 10, a partir das 13h dá para mim.",
        "availability",
        ((10, "13:00", "17:00"),),
    ),
    # every option refused, the reason a stretch away told by its length: a decline
    P(
        "pick",
        "de",
        "die termine klappen alle nicht, bin ab samstag für 14 tage auf der baustelle. melde mich.",
        "decline",
        **_NEXT_PICK,
    ),
    P(
        "pick",
        "de",
        "Die Termine klappen alle nicht, ich bin ab Samstag für zwei Wochen auf Montage.",
        "decline",
        **_NEXT_PICK,
    ),
    P(
        "pick",
        "en",
        "None of the slots work, I'm offshore from Saturday for two weeks.",
        "decline",
        **_NEXT_PICK,
    ),
    P(
        "pick",
        "fr",
        "Aucun créneau ne me va, je pars samedi pour 15 jours sur le chantier.",
        "decline",
        **_NEXT_PICK,
    ),
    P(
        "pick",
        "es",
        "Ninguna de las opciones me sirve, a partir del sábado estoy 14 días embarcado.",
        "decline",
        **_NEXT_PICK,
    ),
    P(
        "pick",
        "pt",
        "Nenhum dos horários dá, a partir de sábado fico 14 dias na plataforma. Depois aviso.",
        "decline",
        **_NEXT_PICK,
    ),
    # "reporter" is an English noun: the search closed calls the interview off; the French verb
    # still moves it
    P(
        "relay",
        "en",
        "They've closed the search for the court reporter role. Please take Ana's interview out "
        "of the calendar; I'll ring her this afternoon.",
        "cancel",
        **_RELAY,
    ),
    P(
        "relay",
        "en",
        "The sports reporter vacancy is gone - please cancel Wednesday's interview with Tom.",
        "cancel",
        **_RELAY,
    ),
    P(
        "time-of-day",
        "fr",
        "Est-il possible de reporter l'entretien à jeudi ?",
        "reschedule",
        ((3, "09:00", "17:00"),),
        stage="scheduled",
        context=BOOKED,
    ),
    # the week pointed back to in words that cannot mean this week
    P(
        "time-of-day",
        "pt",
        "A partir de segunda, dia 7, posso em qualquer manhã daquela semana.",
        "availability",
        each_day((7, 8, 9, 10, 11), "09:00", "12:00"),
    ),
    P(
        "time-of-day",
        "es",
        "A partir del lunes 7, puedo cualquier mañana de aquella semana.",
        "availability",
        each_day((7, 8, 9, 10, 11), "09:00", "12:00"),
    ),
    P(
        "time-of-day",
        "de",
        "Ab Montag, dem 7., kann ich an jedem Vormittag derselben Woche.",
        "availability",
        each_day((7, 8, 9, 10, 11), "09:00", "12:00"),
    ),
    P(
        "time-of-day",
        "en",
        "Back on Monday the 7th; any morning that same week is fine.",
        "availability",
        each_day((7, 8, 9, 10, 11), "09:00", "12:00"),
    ),
    # an HTML table whose remarks column only notes the rows refused
    P(
        "html",
        "de",
        _R25_TABLE.format(
            "Meine Zeiten:",
            "Tag",
            "Von",
            "Bis",
            "Anmerkung",
            _r25tb_rows(
                ("Mi 2.12.", "09:00", "11:00", "&nbsp;"),
                ("Do 3.12.", "&#8212;", "&#8212;", "belegt (Messe)"),
                ("Fr 4.12.", "13:00", "16:00", "&nbsp;"),
            ),
            "Grüße",
        ),
        "availability",
        ((2, "09:00", "11:00"), (4, "13:00", "16:00")),
        html=True,
    ),
    P(
        "html",
        "en",
        _R25_TABLE.format(
            "My times:",
            "Day",
            "From",
            "To",
            "Notes",
            _r25tb_rows(
                ("Wed Dec 2", "9:00", "11:00", ""),
                ("Thu Dec 3", "-", "-", "booked"),
                ("Fri Dec 4", "1:00 pm", "4:00 pm", ""),
            ),
            "Thanks",
        ),
        "availability",
        ((2, "09:00", "11:00"), (4, "13:00", "16:00")),
        html=True,
    ),
)
ALL_PROBES += PROBES_R25IN

# A day answered with a bare no and the next day's "but", the comma left out as phones leave it
PROBES_NO_BUT: tuple[Probe, ...] = (
    _r25ex("en", "Wednesday no but Thursday works", each_day((10,), "09:00", "17:00")),
    _r25ex("en", "mon no but tue after 2 is fine", each_day((8,), "14:00", "17:00")),
    _r25ex("fr", "Mercredi non mais jeudi oui", each_day((10,), "09:00", "17:00")),
    _r25ex("fr", "lundi non mais mardi matin ça me va", each_day((8,), "09:00", "12:00")),
    _r25ex("de", "Mittwoch nein aber Donnerstag passt", each_day((10,), "09:00", "17:00")),
    _r25ex("de", "Montag nein aber Dienstag ab 14 Uhr geht", each_day((8,), "14:00", "17:00")),
    _r25ex("es", "El miércoles no pero el jueves sí", each_day((10,), "09:00", "17:00")),
    _r25ex("es", "lunes no pero martes por la tarde sí", each_day((8,), "12:00", "17:00")),
    _r25ex("pt", "Quarta não mas quinta sim", each_day((10,), "09:00", "17:00")),
    _r25ex("pt", "segunda não mas terça de manhã pode ser", each_day((8,), "09:00", "12:00")),
    # "no later" is no refusal
    _r25ex("es", "El lunes no mas tarde de las 3", each_day((7,), "09:00", "15:00")),
    _r25ex("pt", "Quarta não mais tarde que as 16h", each_day((9,), "09:00", "16:00")),
)
ALL_PROBES += PROBES_NO_BUT

# Round 26, exception and "but" scope: a day's no before the next day's "but", the comma left
# out ("Mittwoch nicht aber Donnerstag geht"), and the word of exception that still leaves the
# day out of a week, a range or every day before it
PROBES_R26EX: tuple[Probe, ...] = (
    _r25ex("en", "Wednesday not but Thursday works", each_day((10,), "09:00", "17:00")),
    _r25ex("en", "tuesday sadly not but friday after 2 is good", each_day((11,), "14:00", "17:00")),
    _r25ex("en", "Monday really not but Tuesday morning is fine", each_day((8,), "09:00", "12:00")),
    _r25ex("en", "Thursday not but Friday from 10 works for me", each_day((11,), "10:00", "17:00")),
    _r25ex("en", "monday not but wednesday afternoon works", each_day((9,), "12:00", "17:00")),
    _r25ex("en", "Friday not but Monday between 11 and 1", each_day((7,), "11:00", "13:00")),
    _r25ex("en", "Any day next week but not Wednesday", _but(9, "09:00", "17:00")),
    _r25ex("en", "Every afternoon next week but not Thursday", _but(10, "12:00", "17:00")),
    _r25ex(
        "en",
        "I'm at a trade fair on Monday.\nWednesday not but Thursday after 3 works.",
        each_day((10,), "15:00", "17:00"),
    ),
    _r25ex(
        "en",
        "Wednesday not but Thursday works.\n\nOn Thu, Dec 3, 2026, Agent wrote:\n> Would"
        " Wednesday at 2pm work?",
        each_day((10,), "09:00", "17:00"),
    ),
    _r25ex("fr", "Mercredi pas mais jeudi oui", each_day((10,), "09:00", "17:00")),
    _r25ex("fr", "lundi pas mais mardi après 14h c'est bon", each_day((8,), "14:00", "17:00")),
    _r25ex(
        "fr", "Mardi vraiment pas mais vendredi matin ça me va", each_day((11,), "09:00", "12:00")
    ),
    _r25ex("fr", "jeudi pas mais vendredi à partir de 10h", each_day((11,), "10:00", "17:00")),
    _r25ex("fr", "Mercredi plutôt pas mais jeudi l'après-midi", each_day((10,), "12:00", "17:00")),
    _r25ex("fr", "vendredi pas mais lundi entre 11h et 13h", each_day((7,), "11:00", "13:00")),
    _r25ex(
        "fr",
        "N'importe quel jour la semaine prochaine mais pas mercredi",
        _but(9, "09:00", "17:00"),
    ),
    _r25ex(
        "fr", "Tous les matins la semaine prochaine, mais pas le jeudi", _but(10, "09:00", "12:00")
    ),
    _r25ex(
        "fr",
        "Je suis en formation lundi. Mercredi pas mais jeudi oui.",
        each_day((10,), "09:00", "17:00"),
    ),
    _r25ex("de", "Mittwoch nicht aber Donnerstag geht", each_day((10,), "09:00", "17:00")),
    _r25ex(
        "de", "Mittwoch leider nicht aber Donnerstag ab 14 Uhr", each_day((10,), "14:00", "17:00")
    ),
    _r25ex("de", "Am Montag eher nicht aber am Dienstag gerne", each_day((8,), "09:00", "17:00")),
    _r25ex("de", "Freitag geht nicht aber Montag vormittags", each_day((7,), "09:00", "12:00")),
    _r25ex(
        "de",
        "Dienstag nicht jedoch Mittwoch zwischen 10 und 12 Uhr",
        each_day((9,), "10:00", "12:00"),
    ),
    _r25ex(
        "de",
        "Donnerstag passt mir nicht aber Freitag nachmittags",
        each_day((11,), "12:00", "17:00"),
    ),
    _r25ex("de", "Montag bis Freitag nicht aber Mittwoch", _but(9, "09:00", "17:00")),
    _r25ex(
        "de", "Nächste Woche jeden Nachmittag, nicht aber Donnerstag", _but(10, "12:00", "17:00")
    ),
    _r25ex(
        "de",
        "Bitte geben Sie mir bis Montag Bescheid. Mittwoch nicht aber Donnerstag passt.",
        each_day((10,), "09:00", "17:00"),
    ),
    _r25ex(
        "de",
        "Am Montag bin ich auf Dienstreise. Dienstag nicht aber Mittwoch ab 10 Uhr.",
        each_day((9,), "10:00", "17:00"),
    ),
    _r25ex("es", "lunes no pero martes a partir de las 3", each_day((8,), "15:00", "17:00")),
    _r25ex("es", "el jueves no pero el viernes por la mañana", each_day((11,), "09:00", "12:00")),
    _r25ex(
        "es", "martes no pero miércoles entre las 10 y las 12", each_day((9,), "10:00", "12:00")
    ),
    _r25ex("es", "viernes no pero lunes todo el día", each_day((7,), "09:00", "17:00")),
    _r25ex("es", "El miércoles tampoco pero el jueves sí", each_day((10,), "09:00", "17:00")),
    _r25ex(
        "es", "Cualquier día de la semana que viene pero no el miércoles", _but(9, "09:00", "17:00")
    ),
    _r25ex(
        "es", "Todas las tardes de la semana que viene salvo el jueves", _but(10, "12:00", "17:00")
    ),
    _r25ex(
        "es", "martes la verdad que no pero jueves por la tarde", each_day((10,), "12:00", "17:00")
    ),
    _r25ex(
        "es",
        "El lunes estoy de viaje. El martes no pero el jueves sí.",
        each_day((10,), "09:00", "17:00"),
    ),
    _r25ex("pt", "segunda não mas terça depois das 14h", each_day((8,), "14:00", "17:00")),
    _r25ex("pt", "quinta não mas sexta de manhã", each_day((11,), "09:00", "12:00")),
    _r25ex(
        "pt", "terça infelizmente não mas quarta entre 10h e 12h", each_day((9,), "10:00", "12:00")
    ),
    _r25ex("pt", "sexta não mas segunda o dia todo", each_day((7,), "09:00", "17:00")),
    _r25ex("pt", "Qualquer dia da próxima semana mas não quarta", _but(9, "09:00", "17:00")),
    _r25ex("pt", "Todas as tardes da próxima semana exceto quinta", _but(10, "12:00", "17:00")),
    _r25ex("pt", "quarta nem pensar mas quinta à tarde", each_day((10,), "12:00", "17:00")),
    _r25ex("pt", "terça não mas quinta a partir das 15h", each_day((10,), "15:00", "17:00")),
    _r25ex(
        "pt",
        "Na segunda estou em formação. Terça não mas quarta sim.",
        each_day((9,), "09:00", "17:00"),
    ),
    # the noun of exception with its article, or "only": "with the sole exception of", "à la
    # seule exception du", "mit der einzigen Ausnahme von", "con la única excepción del", "com a
    # exceção da"
    _r25ex("en", "Any afternoon next week with exception of Wednesday.", _but(9, "12:00", "17:00")),
    _r25ex(
        "en",
        "I'm free all next week with the sole exception of Tuesday.",
        _but(8, "09:00", "17:00"),
    ),
    _r25ex(
        "en", "Mornings next week, with the only exception of Friday.", _but(11, "09:00", "12:00")
    ),
    _r25ex("en", "Tuesday works with the one exception of 12 to 1.", _less((8,), "12:00", "13:00")),
    _r25ex(
        "fr",
        "Tous les après-midis la semaine prochaine, à la seule exception du mercredi.",
        _but(9, "12:00", "17:00"),
    ),
    _r25ex(
        "fr",
        "Je suis libre toute la semaine prochaine à la seule exception du lundi.",
        _but(7, "09:00", "17:00"),
    ),
    _r25ex(
        "fr",
        "Jeudi me convient, à la seule exception de 12h à 13h.",
        _less((10,), "12:00", "13:00"),
    ),
    _r25ex(
        "fr",
        "Les matinées de la semaine prochaine, à l'exception du vendredi.",
        _but(11, "09:00", "12:00"),
    ),
    _r25ex(
        "de",
        "Nächste Woche jeden Vormittag, mit der Ausnahme von Mittwoch.",
        _but(9, "09:00", "12:00"),
    ),
    _r25ex(
        "de",
        "Ich habe nächste Woche jeden Tag Zeit, mit der einzigen Ausnahme vom Dienstag.",
        _but(8, "09:00", "17:00"),
    ),
    _r25ex(
        "de",
        "Donnerstag passt, mit der Ausnahme von 12 bis 13 Uhr.",
        _less((10,), "12:00", "13:00"),
    ),
    _r25ex(
        "de",
        "Nächste Woche nachmittags, mit der einzigen Ausnahme von Freitag.",
        _but(11, "12:00", "17:00"),
    ),
    _r25ex(
        "es",
        "Estoy libre toda la semana que viene con la excepción del jueves.",
        _but(10, "09:00", "17:00"),
    ),
    _r25ex(
        "es",
        "Cualquier tarde de la semana que viene, con la única excepción del lunes.",
        _but(7, "12:00", "17:00"),
    ),
    _r25ex(
        "es",
        "El martes me va bien con la excepción de las 12 a las 13.",
        _less((8,), "12:00", "13:00"),
    ),
    _r25ex(
        "es",
        "Todas las mañanas de la semana que viene con la excepcion del viernes.",
        _but(11, "09:00", "12:00"),
    ),
    _r25ex(
        "pt",
        "Estou livre toda a próxima semana com a exceção da quinta.",
        _but(10, "09:00", "17:00"),
    ),
    _r25ex(
        "pt",
        "Qualquer tarde da próxima semana, com a única exceção da quarta.",
        _but(9, "12:00", "17:00"),
    ),
    _r25ex("pt", "Terça serve, com a exceção das 12h às 13h.", _less((8,), "12:00", "13:00")),
    _r25ex(
        "pt",
        "Todas as manhãs da próxima semana com a excecao da segunda.",
        _but(7, "09:00", "12:00"),
    ),
    # a bound and the hours excepted from it, no comma between: the no opens the exception, it
    # does not turn the bound down ("ab 11 Uhr nur nicht zwischen 14 und 15 Uhr")
    _r25ex(
        "en",
        "Monday after 11 just not between 2 and 3",
        ((7, "11:00", "14:00"), (7, "15:00", "17:00")),
    ),
    _r25ex(
        "de",
        "Montag ab 11 Uhr nur nicht zwischen 14 und 15 Uhr",
        ((7, "11:00", "14:00"), (7, "15:00", "17:00")),
    ),
    _r25ex(
        "de",
        "Dienstag nach 10 Uhr bloß nicht von 12 bis 13 Uhr",
        ((8, "10:00", "12:00"), (8, "13:00", "17:00")),
    ),
    _r25ex(
        "de", "Mi ab 9:30 Uhr nur nicht 12–13 Uhr", ((9, "09:30", "12:00"), (9, "13:00", "17:00"))
    ),
    _r25ex(
        "de",
        "Donnerstag bis 16 Uhr nur nicht zwischen 12 und 13 Uhr",
        ((10, "09:00", "12:00"), (10, "13:00", "16:00")),
    ),
    _r25ex(
        "fr",
        "lundi à partir de 11h juste pas entre 14h et 15h",
        ((7, "11:00", "14:00"), (7, "15:00", "17:00")),
    ),
    _r25ex(
        "es",
        "lunes desde las 11 solo no entre las 2 y las 3",
        ((7, "11:00", "14:00"), (7, "15:00", "17:00")),
    ),
    _r25ex(
        "pt",
        "segunda a partir das 11h só não entre 14h e 15h",
        ((7, "11:00", "14:00"), (7, "15:00", "17:00")),
    ),
    _r25ex(
        "de",
        "- Mo: ab 11:30 Uhr nur nicht zwischen 14 und 15 Uhr\n- Di: zwischen 10 und 12 Uhr",
        ((7, "11:30", "14:00"), (7, "15:00", "17:00"), (8, "10:00", "12:00")),
    ),
    _r25ex(
        "de",
        "Am Mittwoch habe ich Schicht. Donnerstag ab 10 Uhr nur nicht von 13 bis 14 Uhr.",
        ((10, "10:00", "13:00"), (10, "14:00", "17:00")),
    ),
    # hours excepted whose first end says "heures" or "horas" ("sauf 13 heures-14h")
    _r25ex(
        "fr",
        "vendredi à partir de 11h sauf 13 heures-14h",
        ((11, "11:00", "13:00"), (11, "14:00", "17:00")),
    ),
    _r25ex("fr", "Mardi, hors 12 heures-13h", _less((8,), "12:00", "13:00")),
    _r25ex(
        "fr", "jeudi toute la journée sauf 12 heures – 13 heures 30", _less((10,), "12:00", "13:30")
    ),
    _r25ex(
        "fr",
        "- lundi : dès 10h hors 15 heures-16h\n- mardi : le matin",
        ((7, "10:00", "15:00"), (7, "16:00", "17:00"), (8, "09:00", "12:00")),
    ),
    _r25ex(
        "fr", "Mercredi ou jeudi, excepté 12 heures-13 heures.", _less((9, 10), "12:00", "13:00")
    ),
    _r25ex(
        "es",
        "viernes desde las 11 salvo 13 horas-14h",
        ((11, "11:00", "13:00"), (11, "14:00", "17:00")),
    ),
    _r25ex("es", "El martes, menos 12 horas-13 horas", _less((8,), "12:00", "13:00")),
    _r25ex("es", "jueves todo el día excepto 14 horas - 15h", _less((10,), "14:00", "15:00")),
    _r25ex("pt", "Sexta, exceto 12 horas-13h", _less((11,), "12:00", "13:00")),
    _r25ex("pt", "quarta o dia todo menos 13 horas - 14 horas", _less((9,), "13:00", "14:00")),
)
ALL_PROBES += PROBES_R26EX


def read(probe: Probe) -> Extraction:
    message = parse_message(probe.raw())
    assert message.date is not None
    return extract(message, probe.full_context(), now=message.date)


def problems(probe: Probe, got: Extraction) -> list[str]:
    """What the reading got wrong; empty when it is exactly right."""
    wrong = []
    if got.intent != probe.intent:
        wrong.append(f"intent {got.intent} != {probe.intent}")
    expected = {(w.start, w.end) for w in probe.expected_windows()}
    if {(w.start, w.end) for w in got.windows} != expected:
        shown = [(w.start.strftime("%a %d %H:%M"), w.end.strftime("%H:%M")) for w in got.windows]
        wrong.append(f"windows {shown}")
    if got.selected != probe.selected:
        wrong.append(f"selected {got.selected} != {probe.selected}")
    if (got.outcome or None) != probe.outcome:
        wrong.append(f"outcome {got.outcome} != {probe.outcome}")
    return wrong


def handed(got: Extraction) -> bool:
    """The agent shows this reading to a person instead of acting on it (as score.py counts)."""
    return got.intent == "question" or (got.intent != "other" and got.confidence < FLOOR)


def exact_and_silent(book: Iterable[Probe]) -> tuple[float, float]:
    """The shares of a phrasebook read exactly, and misread with no person shown the reading."""
    readings = [(p, read(p)) for p in book]
    wrong = [handed(g) for p, g in readings if problems(p, g)]
    return 1 - len(wrong) / len(readings), wrong.count(False) / len(readings)


def probe_id(probe: Probe) -> str:
    """A test id that tells a phrasebook's replies apart."""
    return f"{probe.kind}-{probe.lang}-{probe.intent}-{probe.text[:40]}"


def the_one(book: Iterable[Probe], opening: str) -> Probe:
    """The one reply of a phrasebook that opens so; a test that names it must not hide another."""
    found = [p for p in book if p.text.startswith(opening)]
    assert len(found) == 1, f"{len(found)} phrasebook replies open with {opening!r}"
    return found[0]


def main() -> None:
    import sys

    chosen = {
        "w": PROBES_WINDOWS,
        "1": PROBES,
        "2": PROBES_2,
        "3": PROBES_3,
        "4": PROBES_4,
        "5": PROBES_5,
        "6": PROBES_6,
        "7": PROBES_7,
        "r5": PROBES_R5,
        "r6": PROBES_R6,
        "r7": PROBES_R7,
        "r8v": PROBES_R8V,
        "r8w": PROBES_R8W,
        "r9p": PROBES_R9P,
        "r9v": PROBES_R9V,
        "r9w": PROBES_R9W,
        "r10v": PROBES_R10V,
        "r10w": PROBES_R10W,
        "r11w": PROBES_R11W,
        "r11v": PROBES_R11V,
        "r12e": PROBES_R12E,
        "r12v": PROBES_R12V,
        "r12w": PROBES_R12W,
        "r12p": PROBES_R12P,
        "r13v": PROBES_R13V,
        "r13w": PROBES_R13W,
        "r14ws": PROBES_R14WS,
        "r14wr": PROBES_R14WR,
        "r14i": PROBES_R14I,
        "r14m": PROBES_R14M,
        "r15i": PROBES_R15I,
        "r15ws": PROBES_R15WS,
        "r15wr": PROBES_R15WR,
        "r16wr": PROBES_R16WR,
        "r16ws": PROBES_R16WS,
        "r16mv": PROBES_R16MV,
        "r16ro": PROBES_R16RO,
        "r16pk": PROBES_R16PK,
        "r16vd": PROBES_R16VD,
        "r16rc": PROBES_R16RC,
        "r17m": PROBES_R17M,
        "r17x": PROBES_R17X,
        "r18pk": PROBES_R18PK,
        "r18ex": PROBES_R18EX,
        "r18lv": PROBES_R18LV,
        "r18vd": PROBES_R18VD,
        "r18tb": PROBES_R18TB,
        "r19pv": PROBES_R19PV,
        "r19wr": PROBES_R19WR,
        "r19ws": PROBES_R19WS,
        "r20ck": PROBES_R20CK,
        "r20vd": PROBES_R20VD,
        "r20tb": PROBES_R20TB,
        "r20pd": PROBES_R20PD,
        "r20lv": PROBES_R20LV,
        "r21pk": PROBES_R21PK,
        "r21sh": PROBES_R21SH,
        "r21pd": PROBES_R21PD,
        "r21lv": PROBES_R21LV,
        "r22rl": PROBES_R22RL,
        "r22wk": PROBES_R22WK,
        "r22pd": PROBES_R22PD,
        "r22dy": PROBES_R22DY,
        "c23dl": PROBES_C23DL,
        "c23ex": PROBES_C23EX,
        "c23pf": PROBES_C23PF,
        "r24sp": PROBES_R24SP,
        "g24ck": PROBES_G24CK,
        "r24ro": PROBES_R24RO,
        "r24pr": PROBES_R24PR,
        "g24rd": PROBES_G24RD,
        "g24pk": PROBES_G24PK,
        "d24": PROBES_D24,
        "r25ck": PROBES_R25CK,
        "r25ex": PROBES_R25EX,
        "r26ex": PROBES_R26EX,
        "r25ro": PROBES_R25RO,
        "r25in": PROBES_R25IN,
        "no_but": PROBES_NO_BUT,
    }.get(
        sys.argv[1] if len(sys.argv) > 1 else "",
        ALL_PROBES,
    )
    readings = [(p, read(p)) for p in chosen]
    exact = sum(not problems(p, g) for p, g in readings)
    silent = sum(bool(problems(p, g)) and not handed(g) for p, g in readings)
    gave = sum(handed(g) for _, g in readings)
    n = len(readings)
    print(f"probes: {n}  exact {exact / n:.3f}  silent {silent / n:.3f}  handed {gave / n:.3f}")
    intent_ok = sum(g.intent == p.intent for p, g in readings)
    print(f"intent {intent_ok / n:.3f}")
    for kind in dict.fromkeys(p.kind for p in chosen):
        mine = [(p, g) for p, g in readings if p.kind == kind]
        right = sum(not problems(p, g) for p, g in mine)
        print(f"  {kind:12} {right}/{len(mine)}")
    confusion = Counter((p.intent, str(g.intent)) for p, g in readings if p.intent != g.intent)
    print("confusion (expected -> got):", dict(confusion) or "none")
    buckets: dict[str, list[bool]] = {}
    for p, g in readings:
        low = min(int(g.confidence * 10) / 10, 0.9)
        buckets.setdefault(f"{low:.1f}-{low + 0.1:.1f}", []).append(not problems(p, g))
    print("calibration (confidence bucket: right/total):")
    for name in sorted(buckets):
        hits = buckets[name]
        print(f"  {name}: {sum(hits)}/{len(hits)} = {sum(hits) / len(hits):.2f}")
    for p, g in readings:
        if problems(p, g):
            mark = "handed" if handed(g) else "SILENT"
            print(
                f"  [{mark} {g.confidence:.2f}] {p.kind}/{p.lang} {p.text[:70]!r}: "
                + "; ".join(problems(p, g))
            )


if __name__ == "__main__":
    main()
