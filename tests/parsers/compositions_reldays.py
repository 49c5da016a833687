"""Replies that name days and weeks relative to the day they are sent, or to the booked slot.

"Tomorrow morning" means one day on a Tuesday and another on a Saturday; "next Thursday" names a
different day on Monday than on Friday; "an hour later" means nothing without the booked slot.
So a reply here is composed from a send moment (every day of the week of Monday 7 December 2026,
in the morning, the afternoon, late in the evening or just after midnight, in the writer's
zone), a relative day or week phrase in one of its forms, an optional part of day or time
(inline or in a sentence of its own), an optional booked slot for phrases relative to it ("same
time tomorrow", "an hour later", "la veille", "am Tag danach"), a predicate that offers the time
or asks to move the interview, and parts that carry no meaning for it: a greeting, a signature,
lower case, dropped accents, a quoted earlier message with other times.

The label follows from the parts alone by EXTRACTION.md ("Which days", "Which hours"): "today",
"tomorrow" and "the day after tomorrow" as written, whatever day that is; a bare or "this"
weekday is the first one strictly after today; "next Thursday" and "Thursday next week" are the
Thursday of the next calendar week (weeks start on Monday, so on a Sunday "next week" starts the
day after); "this week" is the weekdays left after today, "later this week" their Thursday and
Friday; early next week is its Monday and Tuesday, later next week its Thursday and Friday; a day
with no time is 09:00-17:00, a single time lasts the interview's 60 minutes, a bare hour 1-7 is
afternoon; windows already over when the reply is sent are dropped and one under way starts at
the next :00 or :30. A phrase relative to the booked slot keeps its hours when it says "same
time" and shifts them when it says "an hour later". Where EXTRACTION.md leaves a construct open
(which Thursday "jeudi qui vient" is on a Thursday is not open; whether "the following Monday"
without a time keeps the booked hours is), the composer only writes it with the part that
settles it. Written from EXTRACTION.md alone, never from the engine.

`python -m tests.parsers.compositions_reldays 300` prints the first 40 silent misreadings, the
totals and the share read wrongly by part.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tests.parsers.compositions import DE as DE1
from tests.parsers.compositions import EN as EN1
from tests.parsers.compositions import ES as ES1
from tests.parsers.compositions import FR as FR1
from tests.parsers.compositions import PT as PT1
from tests.parsers.compositions import Composed, Tongue, _plain, _sentence, command, seeded
from tests.parsers.reading_probes import Probe, Windows

MONDAY = 7  # the send moments fall in the week of Monday 7 December 2026
# When in the day a reply is sent (hour, minute); "today" phrases are written only while some
# of their hours are left.
SENT = {
    "morning": (8, 10),
    "afternoon": (14, 40),
    "late evening": (23, 50),
    "after midnight": (0, 40),
}
# Hours a time phrase gives each day it applies to (EXTRACTION.md, "Which hours").
HOURS = {
    "day": ("09:00", "17:00"),
    "morning": ("09:00", "12:00"),
    "afternoon": ("12:00", "17:00"),
    "late afternoon": ("15:00", "17:00"),
    "evening": ("17:00", "20:00"),
    "after2": ("14:00", "17:00"),
    "before11": ("09:00", "11:00"),
    "10to12": ("10:00", "12:00"),
    "at10": ("10:00", "11:00"),
    "at3": ("15:00", "16:00"),
}
# Time phrases fit for a whole week or part of one (a single time or an evening is not offered
# over several days in mail).
WEEK_HOURS = ("day", "morning", "afternoon", "after2", "before11", "10to12")
BOOKED_HOURS = (10, 11, 14, 15)
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True, slots=True)
class Rel:
    """One language's relative days and weeks. Weekdays are indexed Monday=0; `{w}` is a weekday.

    Day forms carry no preposition the predicates need ("to", "à", "auf"), so they read in both
    "I'm free {x}" and "could we move it to {x}"; the predicates were chosen to allow that.
    """

    tongue: Tongue  # greeting, signature and quoted header of the first vocabulary
    zones: tuple[tuple[str, str], ...]  # (IANA zone, its December UTC offset) writers live in
    weekdays: tuple[tuple[str, ...], ...]  # per style: Monday..Sunday
    today: tuple[str, ...]
    fused_today: dict[str, tuple[str, ...]]  # "this morning", "tonight": today with those hours
    tomorrow: tuple[str, ...]
    fused_tomorrow: dict[str, tuple[str, ...]]  # "tomorrow morning" said as one word group
    day_after: tuple[str, ...]
    this_weekday: tuple[str, ...]  # the first such weekday strictly after today
    next_weekday: tuple[str, ...]  # that weekday of the next calendar week
    second_weekday: tuple[str, ...]  # that weekday of the week after next
    this_week: tuple[str, ...]
    later_this_week: tuple[str, ...]
    next_week: tuple[str, ...]
    early_next_week: tuple[str, ...]
    later_next_week: tuple[str, ...]
    week_after_next: tuple[str, ...]
    times: dict[str, tuple[str, ...]]  # HOURS key -> phrases placed after the days
    said_apart: dict[
        str, tuple[str, ...]
    ]  # HOURS key -> a sentence of its own ("Mornings are best.")
    any_time: tuple[str, ...]  # "any time": a whole day said out loud
    same_time: tuple[str, ...]  # "{d}" at the booked slot's hours
    same_time_next_week: tuple[str, ...]  # the booked weekday of next week, at its hours
    hour_shift: tuple[tuple[str, int], ...]  # "an hour later": minutes moved on the booked day
    day_shift: tuple[tuple[str, int], ...]  # "the day before": days moved from the booked day
    following: tuple[str, ...]  # "the following {w}": the first such weekday after the booked day
    offer: tuple[str, ...]  # sentences offering "{x}" (stage requested)
    move: tuple[str, ...]  # sentences asking to move the booked interview to "{x}"
    quoted: str  # an earlier message with other times, relative ones among them
    joiner: str  # "or"


EN = Rel(
    EN1,
    (("America/New_York", "-0500"), ("Europe/London", "+0000"), ("America/Chicago", "-0600")),
    (
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    ),
    ("today", "later today"),
    {
        "morning": ("this morning",),
        "afternoon": ("this afternoon",),
        "evening": ("tonight", "this evening"),
    },
    ("tomorrow", "tmrw", "tomorrow"),
    {"morning": ("tomorrow morning", "tmrw am"), "afternoon": ("tomorrow afternoon", "tmrw pm")},
    ("the day after tomorrow", "day after tomorrow", "the day after tmrw"),
    ("{w}", "this {w}", "on {w}", "this coming {w}", "coming {w}"),
    ("next {w}", "{w} next week", "on {w} next week", "next week on {w}"),
    ("{w} of the week after next", "{w} the week after next"),
    ("this week", "any day this week", "sometime this week"),
    (
        "later this week",
        "towards the end of the week",
        "at the end of this week",
        "end of the week",
    ),
    ("next week", "any day next week", "sometime next week", "next wk"),
    ("early next week", "at the start of next week", "beginning of next week", "early next wk"),
    (
        "later next week",
        "late next week",
        "towards the end of next week",
        "the back end of next week",
        "end of next week",
    ),
    ("the week after next", "the week after next week", "in the week after next"),
    {
        "day": ("",),
        "morning": ("morning", "in the morning", "mornings"),
        "afternoon": ("afternoon", "in the afternoon", "afternoons", "pm"),
        "late afternoon": ("late afternoon", "in the late afternoon"),
        "evening": ("evening", "in the evening"),
        "after2": ("after 2pm", "from 2", "any time after 2", "after 2"),
        "before11": ("before 11am", "until 11", "before 11"),
        "10to12": ("between 10 and 12", "10-12", "from 10am to noon"),
        "at10": ("at 10", "at 10am", "10am", "at 10:00"),
        "at3": ("at 3", "at 3pm", "3pm", "at 15:00"),
    },
    {
        "morning": ("Mornings are best.", "Ideally in the morning.", "Mornings only, please."),
        "afternoon": ("Afternoons are best.", "Afternoons work better for me."),
        "after2": ("Any time after 2pm.", "After 2pm is best."),
        "before11": ("Before 11am ideally.", "Only before 11 though."),
        "10to12": ("Between 10 and 12 ideally.",),
    },
    ("any time", "all day"),
    ("same time {d}", "{d} at the same time", "{d}, same time", "{d} at the same time as planned"),
    ("same time next week", "next week at the same time", "the same time next week"),
    (
        ("an hour later", 60),
        ("1 hour later", 60),
        ("an hour earlier", -60),
        ("two hours later", 120),
        ("half an hour later", 30),
        ("30 min later", 30),
    ),
    (
        ("a day later", 1),
        ("the day after", 1),
        ("one day later", 1),
        ("a day earlier", -1),
        ("the day before", -1),
        ("two days later", 2),
    ),
    ("the following {w}", "the {w} after"),
    (
        "{x} works for me.",
        "I'm free {x}.",
        "I could do {x}.",
        "How about {x}?",
        "{x} would suit me best.",
        "I'm available {x}.",
    ),
    (
        "Something came up, could we do the interview {x} instead?",
        "Would {x} work instead?",
        "Sorry to do this, could we move it? I could do {x}.",
        "I need to reschedule. Could we do {x} instead?",
    ),
    "Hi,\nWould tomorrow at 4pm or Friday at 9am work for a first call?\nThanks",
    "or",
)
FR = Rel(
    FR1,
    (("Europe/Paris", "+0100"), ("Europe/Brussels", "+0100"), ("America/Toronto", "-0500")),
    (("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),),
    ("aujourd'hui", "dans la journée"),
    {
        "morning": ("ce matin",),
        "afternoon": ("cet après-midi", "cet aprem"),
        "evening": ("ce soir",),
    },
    ("demain",),
    {"morning": ("demain matin",), "afternoon": ("demain après-midi", "demain aprem")},
    ("après-demain", "apres demain"),
    ("{w}", "ce {w}", "{w} qui vient", "ce {w}-ci"),
    ("{w} prochain", "{w} de la semaine prochaine", "la semaine prochaine le {w}"),
    ("{w} dans deux semaines", "{w} en quinze"),
    ("cette semaine", "n'importe quel jour cette semaine"),
    ("plus tard cette semaine", "vers la fin de la semaine", "à la fin de cette semaine"),
    ("la semaine prochaine", "semaine prochaine", "n'importe quel jour la semaine prochaine"),
    (
        "en début de semaine prochaine",
        "début de semaine prochaine",
        "au début de la semaine prochaine",
    ),
    (
        "plus tard la semaine prochaine",
        "vers la fin de la semaine prochaine",
        "à la fin de la semaine prochaine",
    ),
    ("dans deux semaines", "pas la semaine prochaine mais la semaine d'après"),
    {
        "day": ("",),
        "morning": ("matin", "le matin", "dans la matinée", "en matinée"),
        "afternoon": ("après-midi", "l'après-midi", "dans l'après-midi", "aprem"),
        "late afternoon": ("en fin d'après-midi",),
        "evening": ("soir", "en soirée"),
        "after2": ("après 14h", "à partir de 14h", "après 14 heures"),
        "before11": ("avant 11h", "jusqu'à 11h"),
        "10to12": ("entre 10h et 12h", "de 10h à 12h", "10h-12h"),
        "at10": ("à 10h", "à 10h00", "10h"),
        "at3": ("à 15h", "à 15 heures", "15h"),
    },
    {
        "morning": ("Le matin de préférence.", "Plutôt le matin."),
        "afternoon": ("Plutôt l'après-midi.", "L'après-midi de préférence."),
        "after2": ("Plutôt après 14h.",),
        "before11": ("Avant 11h de préférence.",),
        "10to12": ("Idéalement entre 10h et 12h.",),
    },
    ("toute la journée", "n'importe quand"),
    ("{d} à la même heure", "même heure {d}", "{d}, même horaire"),
    ("à la même heure la semaine prochaine", "la semaine prochaine à la même heure"),
    (
        ("une heure plus tard", 60),
        ("1h plus tard", 60),
        ("une heure plus tôt", -60),
        ("deux heures plus tard", 120),
        ("une demi-heure plus tard", 30),
    ),
    (
        ("un jour plus tard", 1),
        ("le lendemain", 1),
        ("la veille", -1),
        ("le jour d'avant", -1),
        ("deux jours plus tard", 2),
    ),
    ("le {w} suivant", "le {w} d'après"),
    (
        "{x}, ça me va.",
        "Je suis dispo {x}.",
        "Je peux {x}.",
        "{x} me conviendrait.",
        "Je serais disponible {x}.",
    ),
    (
        "J'ai un empêchement, pourrait-on plutôt faire l'entretien {x} ?",
        "Serait-il possible de le décaler ? Je pourrais {x}.",
        "Désolé, on peut faire ça {x} à la place ?",
    ),
    "Bonjour,\nSeriez-vous libre demain à 16h ou vendredi à 9h ?\nCordialement",
    "ou",
)
DE = Rel(
    DE1,
    (("Europe/Berlin", "+0100"), ("Europe/Vienna", "+0100"), ("Europe/Zurich", "+0100")),
    (
        ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
        ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    ),
    ("heute", "heute noch"),
    {
        "morning": ("heute Vormittag", "heute früh"),
        "afternoon": ("heute Nachmittag",),
        "evening": ("heute Abend",),
    },
    ("morgen",),
    {"morning": ("morgen früh", "morgen Vormittag"), "afternoon": ("morgen Nachmittag",)},
    ("übermorgen",),
    ("{w}", "am {w}", "diesen {w}", "kommenden {w}"),
    ("nächsten {w}", "{w} nächster Woche", "am {w} nächste Woche", "nächste Woche am {w}"),
    ("{w} übernächste Woche", "am {w} in der übernächsten Woche"),
    ("diese Woche", "diese Woche an jedem Tag"),
    ("Ende der Woche", "gegen Ende der Woche", "später diese Woche"),
    ("nächste Woche", "kommende Woche", "in der kommenden Woche", "nächste Woche jeden Tag"),
    ("Anfang nächster Woche", "Anfang der nächsten Woche", "zu Beginn der kommenden Woche"),
    ("Ende nächster Woche", "gegen Ende der nächsten Woche", "Ende kommender Woche"),
    ("übernächste Woche", "in der übernächsten Woche", "die Woche nach der nächsten"),
    {
        "day": ("",),
        "morning": ("vormittags", "am Vormittag", "morgens"),
        "afternoon": ("nachmittags", "am Nachmittag"),
        "late afternoon": ("am späten Nachmittag",),
        "evening": ("abends", "am Abend"),
        "after2": ("ab 14 Uhr", "nach 14 Uhr", "ab 14:00"),
        "before11": ("vor 11 Uhr", "bis 11 Uhr"),
        "10to12": ("zwischen 10 und 12 Uhr", "von 10 bis 12 Uhr", "10-12 Uhr"),
        "at10": ("um 10 Uhr", "um 10", "um 10:00"),
        "at3": ("um 15 Uhr", "um 3", "um 15:00"),
    },
    {
        "morning": ("Am liebsten vormittags.", "Vormittags wäre mir am liebsten."),
        "afternoon": ("Am liebsten nachmittags.", "Nachmittags passt am besten."),
        "after2": ("Am besten ab 14 Uhr.",),
        "before11": ("Am besten vor 11 Uhr.",),
        "10to12": ("Am liebsten zwischen 10 und 12 Uhr.",),
    },
    ("den ganzen Tag", "jederzeit"),
    ("{d} zur gleichen Zeit", "{d} zur selben Uhrzeit", "gleiche Uhrzeit, {d}"),
    ("nächste Woche zur gleichen Zeit", "zur selben Zeit nächste Woche"),
    (
        ("eine Stunde später", 60),
        ("1 Std. später", 60),
        ("eine Stunde früher", -60),
        ("zwei Stunden später", 120),
        ("eine halbe Stunde später", 30),
    ),
    (
        ("einen Tag später", 1),
        ("am Tag danach", 1),
        ("am Tag davor", -1),
        ("einen Tag früher", -1),
        ("zwei Tage später", 2),
    ),
    ("am darauffolgenden {w}", "den {w} danach"),
    (
        "{x} passt mir gut.",
        "Ich kann {x}.",
        "Ich hätte {x} Zeit.",
        "Wie wäre es {x}?",
        "{x} ginge bei mir.",
    ),
    (
        "Mir ist etwas dazwischengekommen, könnten wir das Gespräch stattdessen {x} machen?",
        "Ginge stattdessen {x}?",
        "Können wir verschieben? Ich könnte {x}.",
    ),
    "Hallo,\nwürde Ihnen morgen um 16 Uhr oder Freitag um 9 Uhr passen?\nGrüße",
    "oder",
)
ES = Rel(
    ES1,
    (("Europe/Madrid", "+0100"), ("America/Mexico_City", "-0600"), ("America/Bogota", "-0500")),
    (("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),),
    ("hoy", "hoy mismo"),
    {"morning": ("esta mañana",), "afternoon": ("esta tarde",), "evening": ("esta noche",)},
    ("mañana",),
    {
        "morning": ("mañana por la mañana", "mañana en la mañana"),
        "afternoon": ("mañana por la tarde", "mañana en la tarde"),
    },
    ("pasado mañana",),
    ("el {w}", "este {w}", "{w}"),
    ("el próximo {w}", "el {w} de la semana que viene", "el {w} de la próxima semana"),
    ("el {w} de la semana después de la próxima",),
    ("esta semana", "cualquier día de esta semana"),
    ("a finales de esta semana", "más adelante esta semana", "hacia el final de la semana"),
    (
        "la semana que viene",
        "la próxima semana",
        "la semana entrante",
        "cualquier día de la semana que viene",
    ),
    (
        "a principios de la semana que viene",
        "al inicio de la próxima semana",
        "a comienzos de la semana que viene",
    ),
    (
        "a finales de la semana que viene",
        "al final de la próxima semana",
        "hacia finales de la semana que viene",
    ),
    (
        "dentro de dos semanas",
        "la semana después de la próxima",
        "la semana siguiente a la próxima",
    ),
    {
        "day": ("",),
        "morning": ("por la mañana", "en la mañana"),
        "afternoon": ("por la tarde", "en la tarde"),
        "late afternoon": ("a última hora de la tarde",),
        "evening": ("por la noche",),
        "after2": ("después de las 14h", "a partir de las 14:00", "después de las 2"),
        "before11": ("antes de las 11", "hasta las 11"),
        "10to12": ("entre las 10 y las 12", "de 10 a 12"),
        "at10": ("a las 10", "a las 10:00", "a las 10h"),
        "at3": ("a las 15:00", "a las 3", "a las 15h"),
    },
    {
        "morning": ("Mejor por la mañana.", "Preferiblemente por la mañana."),
        "afternoon": ("Mejor por la tarde.", "Preferiblemente por la tarde."),
        "after2": ("Mejor a partir de las 14h.",),
        "before11": ("Mejor antes de las 11.",),
        "10to12": ("Idealmente entre las 10 y las 12.",),
    },
    ("todo el día", "a cualquier hora"),
    ("{d} a la misma hora", "a la misma hora {d}"),
    ("a la misma hora la semana que viene", "la próxima semana a la misma hora"),
    (
        ("una hora más tarde", 60),
        ("una hora después", 60),
        ("una hora antes", -60),
        ("dos horas más tarde", 120),
        ("media hora más tarde", 30),
    ),
    (
        ("un día después", 1),
        ("al día siguiente", 1),
        ("el día anterior", -1),
        ("un día antes", -1),
        ("dos días después", 2),
    ),
    ("el {w} siguiente", "el {w} después"),
    (
        "{x} me viene bien.",
        "Puedo {x}.",
        "Estoy libre {x}.",
        "¿Qué tal {x}?",
        "Tengo disponibilidad {x}.",
    ),
    (
        "Me ha surgido algo, ¿podríamos hacer la entrevista {x}?",
        "¿Sería posible cambiarla? Podría {x}.",
        "Perdona, ¿la podemos hacer {x} en su lugar?",
    ),
    "Hola:\n¿Te vendría bien mañana a las 16:00 o el viernes a las 9:00?\nSaludos",
    "o",
)
PT = Rel(
    PT1,
    (("America/Sao_Paulo", "-0300"), ("Europe/Lisbon", "+0000")),
    (
        ("segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"),
        (
            "segunda-feira",
            "terça-feira",
            "quarta-feira",
            "quinta-feira",
            "sexta-feira",
            "sábado",
            "domingo",
        ),
    ),
    ("hoje", "ainda hoje"),
    {
        "morning": ("hoje de manhã", "esta manhã"),
        "afternoon": ("hoje à tarde", "esta tarde"),
        "evening": ("hoje à noite",),
    },
    ("amanhã",),
    {"morning": ("amanhã de manhã", "amanhã pela manhã"), "afternoon": ("amanhã à tarde",)},
    ("depois de amanhã",),
    ("na {w}", "nesta {w}", "{w}", "nessa {w}"),
    ("na próxima {w}", "na {w} da semana que vem", "na {w} da próxima semana"),
    ("na {w} da semana depois da próxima",),
    ("esta semana", "nesta semana", "essa semana"),
    ("no final desta semana", "mais pro final da semana"),
    ("na semana que vem", "na próxima semana", "semana que vem"),
    ("no início da semana que vem", "no começo da próxima semana"),
    ("no final da semana que vem", "mais pro final da próxima semana"),
    ("daqui a duas semanas", "na semana depois da próxima", "na semana seguinte à próxima"),
    {
        "day": ("",),
        "morning": ("de manhã", "pela manhã"),
        "afternoon": ("à tarde", "de tarde"),
        "late afternoon": ("no fim da tarde",),
        "evening": ("à noite",),
        "after2": ("depois das 14h", "a partir das 14h", "depois das 2"),
        "before11": ("antes das 11h", "até as 11h"),
        "10to12": ("entre 10h e 12h", "das 10h às 12h"),
        "at10": ("às 10h", "às 10:00", "as 10"),
        "at3": ("às 15h", "às 3", "às 15:00"),
    },
    {
        "morning": ("De preferência de manhã.", "Melhor pela manhã."),
        "afternoon": ("De preferência à tarde.", "Melhor à tarde."),
        "after2": ("Melhor depois das 14h.",),
        "before11": ("De preferência antes das 11h.",),
        "10to12": ("Idealmente entre 10h e 12h.",),
    },
    ("o dia todo", "qualquer horário"),
    ("{d} no mesmo horário", "{d} à mesma hora", "no mesmo horário {d}"),
    ("no mesmo horário na semana que vem", "na semana que vem no mesmo horário"),
    (
        ("uma hora mais tarde", 60),
        ("uma hora depois", 60),
        ("uma hora antes", -60),
        ("duas horas depois", 120),
        ("meia hora mais tarde", 30),
    ),
    (
        ("um dia depois", 1),
        ("no dia seguinte", 1),
        ("no dia anterior", -1),
        ("um dia antes", -1),
        ("dois dias depois", 2),
    ),
    ("na {w} seguinte",),
    (
        "{x} fica bom para mim.",
        "Posso {x}.",
        "Estou livre {x}.",
        "Que tal {x}?",
        "Tenho disponibilidade {x}.",
    ),
    (
        "Surgiu um imprevisto, podemos fazer a entrevista {x}?",
        "Seria possível remarcar? Consigo {x}.",
        "Desculpa, dá para fazer {x} em vez disso?",
    ),
    "Olá,\nVocê poderia amanhã às 16h ou sexta às 9h?\nAbraço",
    "ou",
)
RELS = (EN, FR, DE, ES, PT)


@dataclass(frozen=True, slots=True)
class Sent:
    """When the reply is sent: the December day, its weekday (Monday=0) and the clock time."""

    day: int
    hour: int
    minute: int

    @property
    def weekday(self) -> int:
        return (self.day - MONDAY) % 7

    @property
    def next_monday(self) -> int:
        return self.day - self.weekday + 7

    def header(self, offset: str) -> str:
        name = DAY_NAMES[self.weekday]
        return f"{name}, {self.day:02d} Dec 2026 {self.hour:02d}:{self.minute:02d}:00 {offset}"


def _minutes(hhmm: str) -> int:
    hour, minute = hhmm.split(":")
    return int(hour) * 60 + int(minute)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _label(days: Sequence[int], start: str, end: str, sent: Sent) -> Windows:
    """The hours on each day, less what is over when the reply is sent."""
    now = sent.hour * 60 + sent.minute
    out = []
    for day in days:
        begin, finish = _minutes(start), _minutes(end)
        if day == sent.day:
            if finish <= now:
                continue
            begin = max(begin, -(-now // 30) * 30)
            if begin >= finish:
                continue
        out.append((day, _hhmm(begin), _hhmm(finish)))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A relative day or week as written, the days it names, and whether it carries its hours."""

    text: str
    days: tuple[int, ...]
    relation: str
    form: str
    hours: str | None = None  # set when the phrase says its own hours ("tonight", "tomorrow pm")
    week: bool = False  # several days: only WEEK_HOURS apply


def _first_after(weekday: int, sent: Sent) -> int:
    return sent.day + (weekday - sent.weekday - 1) % 7 + 1


def _weekday_phrase(rng: random.Random, rel: Rel, sent: Sent) -> Phrase:
    target = rng.randrange(5)
    names = rng.choice(rel.weekdays)
    which = rng.choice(("this", "this", "next", "next", "second"))
    forms = {"this": rel.this_weekday, "next": rel.next_weekday, "second": rel.second_weekday}
    if not forms[which]:
        which = "this"
    form = rng.choice(forms[which])
    day = {
        "this": _first_after(target, sent),
        "next": sent.next_monday + target,
        "second": sent.next_monday + 7 + target,
    }[which]
    # Which readings of "next Thursday" agree tells the factor table whether a miss is the rule.
    agree = "same" if _first_after(target, sent) == sent.next_monday + target else "differs"
    relation = f"{which} weekday" + (f" ({agree})" if which == "next" else "")
    return Phrase(form.format(w=names[target]), (day,), relation, form)


def _week_phrase(rng: random.Random, rel: Rel, sent: Sent) -> Phrase | None:
    monday = sent.next_monday
    this_week = [d for d in range(sent.day + 1, monday - 2)]
    choices: dict[str, tuple[tuple[str, ...], list[int]]] = {
        "this week": (rel.this_week, this_week),
        "later this week": (rel.later_this_week, [d for d in this_week if d >= monday - 4]),
        "next week": (rel.next_week, [monday + d for d in range(5)]),
        "early next week": (rel.early_next_week, [monday, monday + 1]),
        "later next week": (rel.later_next_week, [monday + 3, monday + 4]),
        "week after next": (rel.week_after_next, [monday + 7 + d for d in range(5)]),
    }
    relation = rng.choice(tuple(choices))
    forms, days = choices[relation]
    if not days:
        return None
    form = rng.choice(forms)
    return Phrase(form, tuple(days), relation, form, week=True)


def _day_phrase(rng: random.Random, rel: Rel, sent: Sent) -> Phrase:
    """Today, tomorrow or the day after, plain or with their hours fused in."""
    offset = rng.choice((0, 1, 1, 2))
    if offset == 0:
        fused = rel.fused_today
        plain, relation = rel.today, "today"
    elif offset == 1:
        fused, plain, relation = rel.fused_tomorrow, rel.tomorrow, "tomorrow"
    else:
        fused, plain, relation = {}, rel.day_after, "day after tomorrow"
    day = sent.day + offset
    if fused and rng.random() < 0.4:
        hours = rng.choice(tuple(fused))
        form = rng.choice(fused[hours])
        return Phrase(form, (day,), relation, form, hours=hours)
    form = rng.choice(plain)
    return Phrase(form, (day,), relation, form)


def _relative(rng: random.Random, rel: Rel, sent: Sent) -> Phrase | None:
    kind = rng.choice(("day", "weekday", "weekday", "week", "week"))
    if kind == "day":
        return _day_phrase(rng, rel, sent)
    if kind == "weekday":
        return _weekday_phrase(rng, rel, sent)
    return _week_phrase(rng, rel, sent)


@dataclass(frozen=True, slots=True)
class Said:
    """The words that offer the time, what they mean, and the parts used."""

    text: str
    apart: str  # a sentence of its own giving the hours, or ""
    windows: Windows
    parts: dict[str, str]


def _with_hours(rng: random.Random, rel: Rel, phrase: Phrase, sent: Sent) -> Said | None:
    """A relative phrase and, unless it says its own, a time phrase inline or apart."""
    parts = {"relation": phrase.relation, "form": phrase.form}
    if phrase.hours:
        parts |= {"hours": phrase.hours, "time": "fused"}
        return Said(phrase.text, "", _label(phrase.days, *HOURS[phrase.hours], sent), parts)
    keys = WEEK_HOURS if phrase.week else tuple(HOURS)
    hours = rng.choice(keys)
    placed = "inline"
    if hours in rel.said_apart and rng.random() < 0.3:
        placed = "apart"
    if placed == "apart":
        apart = rng.choice(rel.said_apart[hours])
        text = phrase.text
    else:
        apart = ""
        time = rng.choice(rel.times[hours])
        text = f"{phrase.text} {time}".strip() if time else phrase.text
        if time and phrase.week and rng.random() < 0.3:
            text = f"{phrase.text}, {time}"
    parts |= {"hours": hours, "time": placed}
    return Said(text, apart, _label(phrase.days, *HOURS[hours], sent), parts)


def _listed(rng: random.Random, rel: Rel, sent: Sent) -> Said | None:
    """One relative day or week, or two single days joined by "or" sharing one time phrase."""
    first = _relative(rng, rel, sent)
    if first is None:
        return None
    if first.week or first.hours or rng.random() < 0.7:
        return _with_hours(rng, rel, first, sent)
    second = _relative(rng, rel, sent)
    if second is None or second.week or second.hours or second.days[0] <= first.days[0]:
        return _with_hours(rng, rel, first, sent)
    both = Phrase(
        f"{first.text} {rel.joiner} {second.text}",
        first.days + second.days,
        f"{first.relation} + {second.relation}",
        "two days",
    )
    return _with_hours(rng, rel, both, sent)


@dataclass(frozen=True, slots=True)
class Booked:
    day: int
    hour: int

    def slot(self, zone: str) -> dict[str, str]:
        start = datetime(2026, 12, self.day, self.hour, tzinfo=ZoneInfo(zone))
        return {"start": start.isoformat(), "end": (start + timedelta(hours=1)).isoformat()}

    @property
    def hours(self) -> tuple[str, str]:
        return f"{self.hour:02d}:00", f"{self.hour + 1:02d}:00"


def _weekday_of(day: int) -> int:
    return (day - MONDAY) % 7


def _to_booked(rng: random.Random, rel: Rel, sent: Sent, booked: Booked) -> Said | None:
    """A phrase told from the booked slot: its hours on another day, or its day at other hours."""
    kind = rng.choice(
        ("same time", "same time", "next week", "hour shift", "day shift", "following")
    )
    if kind == "same time":
        phrase = _day_phrase(rng, rel, sent) if rng.random() < 0.5 else None
        if phrase is None or phrase.hours:
            phrase = _weekday_phrase(rng, rel, sent)
        if phrase.days[0] == booked.day:
            return None
        text = rng.choice(rel.same_time).format(d=phrase.text)
        windows = _label(phrase.days, *booked.hours, sent)
        parts = {"relation": f"same time, {phrase.relation}", "form": phrase.form}
        return Said(text, "", windows, parts)
    if kind == "next week":
        # Said of a slot booked this week, "next week" is one reading; booked later it is not.
        if booked.day >= sent.next_monday:
            return None
        text = rng.choice(rel.same_time_next_week)
        return Said(
            text,
            "",
            ((booked.day + 7, *booked.hours),),
            {"relation": "same time next week", "form": text},
        )
    if kind == "hour shift":
        text, moved = rng.choice(rel.hour_shift)
        start = booked.hour * 60 + moved
        window = ((booked.day, _hhmm(start), _hhmm(start + 60)),)
        return Said(text, "", window, {"relation": "hour shift", "form": text})
    if kind == "day shift":
        form, moved = rng.choice(rel.day_shift)
        day = booked.day + moved
        if day <= sent.day or _weekday_of(day) > 4:
            return None
        hours = rng.choice(("same", "same", "day", "morning", "afternoon", "at10", "at3"))
        if hours == "same":
            text = rng.choice(rel.same_time).format(d=form)
            span = booked.hours
        else:
            time = rng.choice(rel.any_time if hours == "day" else rel.times[hours])
            text, span = f"{form} {time}", HOURS[hours]
        parts = {"relation": "day shift", "form": form, "hours": hours}
        return Said(text, "", ((day, *span),), parts)
    target = rng.randrange(5)
    day = booked.day + (target - _weekday_of(booked.day) - 1) % 7 + 1
    form = rng.choice(rel.following)
    following = form.format(w=rel.weekdays[0][target])
    hours = rng.choice(("same", "morning", "afternoon", "at10", "day"))
    if hours == "same":
        text, span = rng.choice(rel.same_time).format(d=following), booked.hours
    else:
        time = rng.choice(rel.any_time if hours == "day" else rel.times[hours])
        text, span = f"{following} {time}", HOURS[hours]
    parts = {"relation": "following weekday", "form": form, "hours": hours}
    return Said(text, "", ((day, *span),), parts)


def _umlauts_spelled(text: str) -> str:
    """German typed on a keyboard without umlauts: "naechste", "uebermorgen"."""
    for letter, spelled in (
        ("ä", "ae"),
        ("ö", "oe"),
        ("ü", "ue"),
        ("Ä", "Ae"),
        ("Ö", "Oe"),
        ("Ü", "Ue"),
        ("ß", "ss"),
    ):
        text = text.replace(letter, spelled)
    return text


def _dressed(rng: random.Random, rel: Rel, body: str, parts: dict[str, str]) -> str:
    """Greeting, signature, letter case, accents and quoted history: none of them means a time."""
    tongue = rel.tongue
    if rng.random() < 0.5:
        body = f"{rng.choice(tongue.greet)}\n\n{body}"
        parts["greeting"] = "yes"
    if rng.random() < 0.6:
        body = f"{body}\n\n{rng.choice(tongue.sign)}"
        parts["signature"] = "yes"
    spellings: dict[str, Callable[[str], str]] = {
        "as written": lambda text: text,
        "lower case": str.lower,
    }
    if tongue.lang in ("fr", "es", "pt"):
        spellings["no accents"] = _plain
    if tongue.lang == "de":
        spellings["umlauts spelled"] = _umlauts_spelled
    case = rng.choice(("as written", "as written", *spellings))
    body = spellings[case](body)
    parts["case"] = case
    if rng.random() < 0.3:
        header = tongue.quote[0]
        quoted = "\n".join(f"> {row}" for row in rel.quoted.split("\n"))
        body = f"{body}\n\n{header}\n{quoted}"
        parts["quoted"] = "yes"
    return body


def compose(rng: random.Random, rel: Rel) -> Composed:
    """One reply offering, or moving the interview to, a relative day or week; and its reading."""
    while True:
        sent = Sent(MONDAY + rng.randrange(7), *SENT[rng.choice(tuple(SENT))])
        moving = rng.random() < 0.4
        booked = None
        if moving:
            day = sent.day + rng.randrange(1, 7)
            booked = Booked(day, rng.choice(BOOKED_HOURS))
            if _weekday_of(day) > 4:
                continue
        relative_to_booked = bool(booked) and rng.random() < 0.5
        said = (
            _to_booked(rng, rel, sent, booked)
            if booked and relative_to_booked
            else _listed(rng, rel, sent)
        )
        if said is None or not said.windows:
            continue
        # A reply moving the interview that offers the very day it is booked on leaves open
        # whether that day is offered or the one moved from: EXTRACTION.md does not say.
        if booked and not relative_to_booked and any(d == booked.day for d, _, _ in said.windows):
            continue
        if any(day > 31 for day, _, _ in said.windows):
            continue
        break
    template = rng.choice(rel.move if moving else rel.offer)
    line = template.format(x=said.text)
    if template.startswith("{x}"):
        line = _sentence(line)
    body = (
        " ".join(filter(None, (line, said.apart)))
        if rng.random() < 0.6
        else "\n".join(filter(None, (line, said.apart)))
    )
    zone, offset = rng.choice(rel.zones)
    weekday = DAY_NAMES[sent.weekday]
    when = next(k for k, v in SENT.items() if v == (sent.hour, sent.minute))
    parts = {
        "lang": rel.tongue.lang,
        "mode": "move" if moving else "offer",
        "sent": f"{weekday} {when}",
        "sent day": weekday,
        "sent when": when,
        "predicate": template,
        "zone": zone,
    } | said.parts
    body = _dressed(rng, rel, body, parts)
    context: dict[str, Any] = {}
    if booked:
        context = {"scheduled": booked.slot(zone)}
    probe = Probe(
        "composed",
        rel.tongue.lang,
        body,
        "reschedule" if moving else "availability",
        said.windows,
        stage="scheduled" if moving else "requested",
        zone=zone,
        date=sent.header(offset),
        context=context,
    )
    return Composed(probe, parts)


def compositions(count: int, seed: int = 24, rels: Sequence[Rel] = RELS) -> list[Composed]:
    """`count` replies per language, the same ones on every run."""
    return seeded(compose, rels, count, seed)


if __name__ == "__main__":
    command(compositions)
