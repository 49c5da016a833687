"""Replies that combine two to four constructs, as real mail does, labelled from the parts alone.

The other composers put one construct inside parts that carry no meaning, and rounds tuned on
them lifted that construct far more than held-out hand-written mail: real replies combine
several. Here each reply draws two to four of these constructs, in random order, some on lines
of their own and some run together in one sentence:

- `ruled_out`: days, or a whole week, the sender's state takes away (a shift, exams, a trip,
  leave, a fair, the school run, court): they carry no free time;
- `offer`: one or two days, each with a part of day, a bound, a single clock time or the whole
  day, in the clock notations of the language (half and quarter forms included);
- `exception`: an offer with a span or a day taken out of it;
- `per_day`: one line per day, one of them "not available", one of them two spans;
- `multi_day`: one part of day or bound for a list or a range of days;
- `booked`: times relative to the booked interview ("same time Thursday", "an hour later on
  Tuesday"), which puts the booked slot in the context and makes the reply a reschedule;
- `deadline`: a reply-by sentence, which offers nothing;
- `quoted`: an earlier message with other times under a Gmail, Outlook or Apple Mail header;
- `casual`: lower case, dropped accents or a few phone typos.

Every reply is sent on Friday 4 December 2026 at 15:20 in its writer's zone, and the days come
from the next two weeks: a bare weekday is the first one strictly after today, so the week of
Monday 7 December, and the week of the 14th is always named with dates. The label follows from
the parts' meaning by EXTRACTION.md, never from the engine: the offered windows, merged and
sorted, business hours 9-17, all after the send time; `availability` with no booked slot,
`reschedule` with one. Where a label rests on a rule that is not plain, the comment at the part
says which. Written from EXTRACTION.md before its author read or ran the reader.

`python -m tests.parsers.compositions_combined 300` prints the first 40 silent misreadings, the
totals, and the share read wrongly by part, by construct and by combination of constructs.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import combinations
from typing import Any
from zoneinfo import ZoneInfo

from tests.parsers.compositions import Composed, _listed, _plain, _sentence, command, seeded
from tests.parsers.reading_probes import Probe

WEEKS = ((7, 8, 9, 10, 11), (14, 15, 16, 17, 18))  # the two weeks after the send day
DAY, MORNING, NOON, LATE, END = 9 * 60, 12 * 60, 12 * 60, 15 * 60, 17 * 60
# The hours a part of day gives each of its days (EXTRACTION.md, "Which hours").
PARTS = {"morning": (DAY, NOON), "afternoon": (NOON, END), "late afternoon": (LATE, END)}
BOOKED_HOURS = (10, 11, 14, 15)

Span = tuple[int, int]  # minutes since midnight
Clock = Callable[[random.Random, int], str]  # a time of day (minutes) as the region writes it

EN_WORDS = tuple(
    [
        "twelve",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
    ]
)
DE_WORDS = tuple(
    [
        "zwölf",
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
    ]
)
ES_WORDS = tuple(
    [
        "doce",
        "una",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
        "once",
    ]
)
PT_WORDS = tuple(
    [
        "doze",
        "uma",
        "duas",
        "três",
        "quatro",
        "cinco",
        "seis",
        "sete",
        "oito",
        "nove",
        "dez",
        "onze",
    ]
)


def _bare(hour: int) -> bool:
    """Whether the bare-hour rule (1-7 pm, 8-11 am, 12 noon) gives this hour back."""
    return 8 <= hour <= 19


def _h12(hour: int) -> int:
    return hour - 12 if hour > 12 else hour


def _en_clock(rng: random.Random, at: int, british: bool) -> str:
    hour, minute = divmod(at, 60)
    mark = "am" if hour < 12 else "pm"
    forms = [
        f"{_h12(hour)}{mark}" if not minute else f"{_h12(hour)}:{minute:02d}{mark}",
        f"{_h12(hour)}:{minute:02d} {mark.upper()}",
        f"{hour}:{minute:02d}",
    ]
    if _bare(hour):
        forms.append(f"{_h12(hour)}" if not minute else f"{_h12(hour)}:{minute:02d}")
    if at == NOON:
        forms += ["noon", "midday"]
    if british:
        forms.append(f"{_h12(hour)}.{minute:02d}{mark}")
        # "half two" is half past two, British usage; the hour then falls to the bare-hour rule.
        if minute == 30 and _bare(hour):
            forms.append(f"half {EN_WORDS[_h12(hour) % 12]}")
    if minute == 15 and _bare(hour):
        forms.append(f"quarter past {EN_WORDS[_h12(hour) % 12]}")
    if minute == 45 and _bare(hour + 1):
        forms.append(f"quarter to {EN_WORDS[_h12(hour + 1) % 12]}")
    return rng.choice(forms)


def _fr_clock(rng: random.Random, at: int) -> str:
    hour, minute = divmod(at, 60)
    forms = [f"{hour}h{minute:02d}" if minute else f"{hour}h", f"{hour}:{minute:02d}"]
    forms.append(f"{hour} h {minute:02d}" if minute else f"{hour} heures")
    if at == NOON:
        forms.append("midi")
    if hour == 12 and minute == 30:
        forms.append("midi et demi")
    return rng.choice(forms)


def _de_clock(rng: random.Random, at: int) -> str:
    hour, minute = divmod(at, 60)
    forms = [
        f"{hour} Uhr" if not minute else f"{hour}:{minute:02d} Uhr",
        f"{hour}.{minute:02d} Uhr",
        f"{hour}:{minute:02d}",
    ]
    # German "halb drei" is half an hour before three; the bare-hour rule makes it 14:30.
    if minute == 30 and _bare(hour + 1):
        forms.append(f"halb {DE_WORDS[_h12(hour + 1) % 12]}")
    if minute == 15 and _bare(hour):
        forms.append(f"Viertel nach {DE_WORDS[_h12(hour) % 12]}")
    if minute == 45 and _bare(hour + 1):
        forms.append(f"Viertel vor {DE_WORDS[_h12(hour + 1) % 12]}")
    return rng.choice(forms)


def _es_clock(rng: random.Random, at: int) -> str:
    """An hour to follow "las"; one o'clock ("la una") is left out for the article's sake."""
    hour, minute = divmod(at, 60)
    forms = [f"{hour}:{minute:02d}", f"{hour}h" if not minute else f"{hour}:{minute:02d}h"]
    if hour not in (12, 13):
        when = "de la mañana" if hour < 12 else "de la tarde"
        clock = f"{_h12(hour)}" if not minute else f"{_h12(hour)}:{minute:02d}"
        forms.append(f"{clock} {when}")
    if hour != 13:
        word = ES_WORDS[_h12(hour) % 12]
        if minute == 30:
            forms.append(f"{word} y media")
        if minute == 15:
            forms.append(f"{word} y cuarto")
        if not minute:
            forms.append(word)
    if minute == 45 and hour != 12:
        forms.append(f"{ES_WORDS[_h12(hour + 1) % 12]} menos cuarto")
    return rng.choice(forms)


def _pt_clock(rng: random.Random, at: int) -> str:
    """An hour to follow "as"; one o'clock and noon take other articles and are left to digits."""
    hour, minute = divmod(at, 60)
    forms = [f"{hour}h{minute:02d}" if minute else f"{hour}h", f"{hour}:{minute:02d}"]
    if hour not in (12, 13):
        when = "da manhã" if hour < 12 else "da tarde"
        clock = f"{_h12(hour)}" if not minute else f"{_h12(hour)}:{minute:02d}"
        forms.append(f"{clock} {when}")
        if minute == 30:
            forms.append(f"{PT_WORDS[_h12(hour) % 12]} e meia")
    return rng.choice(forms)


@dataclass(frozen=True, slots=True)
class Region:
    name: str
    zone: str
    offset: str  # the zone's UTC offset on 4 December 2026
    numeric: bool  # whether "15/12" may be written (day/month outside the Americas)
    clock: Clock


@dataclass(frozen=True, slots=True)
class Voice:
    """One language's phrases. Weekdays are indexed Monday=0; `{x}`, `{y}` are clock times."""

    lang: str
    regions: tuple[Region, ...]
    weekdays: tuple[tuple[str, ...], ...]  # styles of the five names, for the week of the 7th
    short: tuple[str, ...]  # abbreviated names, for dated forms
    dated: tuple[str, ...]  # "{W}" full, "{w}" short weekday, "{d}" the date
    numeric: tuple[str, ...]  # dated forms with a numeric day/month
    ranges: tuple[str, ...]  # "{a}", "{b}": first and last day of a range
    joiner: dict[str, str]
    parts: dict[str, tuple[str, ...]]  # PARTS key -> phrase after the day(s)
    whole: tuple[str, ...]  # the whole day
    bounds: dict[str, tuple[str, ...]]  # after / before / between / at
    none: tuple[str, ...]  # a per-day line's "not available"
    line_forms: tuple[str, ...]  # a per-day line, "{d}" day and "{s}" its hours
    offers: tuple[str, ...]  # sentences that offer "{x}"
    except_span: tuple[str, ...]  # an offer less "{x}"-"{y}"
    not_before: tuple[str, ...]  # an offer less the hours before "{x}"
    any_part: dict[str, tuple[str, ...]]  # "day"/PARTS key -> "any afternoon {week}"
    but_day: tuple[str, ...]  # "except" before a day
    weeks: tuple[tuple[str, ...], tuple[str, ...]]  # names of the week of the 7th, of the 14th
    ruled_days: tuple[str, ...]  # "{days}" taken away by the sender's state
    ruled_week: tuple[str, ...]  # "{week}" taken away
    move: tuple[str, ...]  # asking to move the booked interview
    same_time: tuple[str, ...]  # "{d}" at the booked hours
    later: tuple[str, ...]  # "{d}" an hour after the booked hours
    earlier: tuple[str, ...]  # "{d}" an hour before them
    week_later: tuple[str, ...]  # the booked slot a week on
    deadline: tuple[str, ...]  # reply-by "{d}"
    greet: tuple[str, ...]
    sign: tuple[str, ...]
    quotes: tuple[str, str, str]  # Gmail, Outlook, Apple headers
    earlier_mail: tuple[str, ...]  # an earlier message with other times
    typos: tuple[tuple[str, str], ...]  # word -> what a phone makes of it


EN = Voice(
    "en",
    (
        Region("US", "America/New_York", "-0500", False, lambda rng, at: _en_clock(rng, at, False)),
        Region("UK", "Europe/London", "+0000", True, lambda rng, at: _en_clock(rng, at, True)),
    ),
    (
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
        ("Mon", "Tue", "Wed", "Thu", "Fri"),
        ("Mon", "Tues", "Weds", "Thurs", "Fri"),
    ),
    ("Mon", "Tue", "Wed", "Thu", "Fri"),
    ("{W} the {d}th", "{w} {d}th", "Dec {d}", "{W}, December {d}", "the {d}th"),
    ("{w} {d}/12",),
    ("{a}-{b}", "{a} to {b}", "{a} through {b}"),
    {"or": "or", "and": "and"},
    {
        "morning": ("morning", "in the morning", "a.m."),
        "afternoon": ("afternoon", "in the afternoon", "p.m."),
        "late afternoon": ("late afternoon", "late in the afternoon"),
    },
    ("all day", "any time", "fully flexible"),
    {
        "after": ("after {x}", "from {x} on", "{x} onwards", "any time after {x}"),
        "before": ("before {x}", "until {x}", "up to {x}"),
        "between": ("between {x} and {y}", "{x}-{y}", "from {x} to {y}"),
        "at": ("at {x}",),
    },
    ("not available", "no good", "out", "can't, sorry"),
    ("{d}: {s}", "{d} - {s}", "- {d}: {s}", "• {d} — {s}"),
    ("{x} works", "I could do {x}", "{x} would suit me", "I'm around {x}", "happy to do {x}"),
    ("except {x}-{y}", "but not {x} to {y}", "apart from {x}-{y}"),
    ("but not before {x}", "just nothing before {x}"),
    {
        "day": ("any day {week}", "any time {week}"),
        "morning": ("any morning {week}", "mornings {week}"),
        "afternoon": ("any afternoon {week}", "afternoons {week}"),
        "late afternoon": ("late afternoons {week}",),
    },
    ("except", "but not", "other than"),
    (("next week", "the week of the 7th"), ("the week of the 14th", "the week of Dec 14")),
    (
        "I'm on nights {days}",
        "exams {days}, so those are out",
        "travelling {days}",
        "{days} I'm in court",
        "{days} I'm stuck at a trade fair",
        "{days} is school-run chaos, no chance",
        "I'm on shift {days}",
    ),
    ("I'm on PTO {week}", "on leave {week}", "away {week}, family trip"),
    ("Something came up and I need to move our interview", "could we push the interview?"),
    ("same time {d}", "{d} at the same time", "{d}, same slot"),
    ("an hour later on {d}", "{d} but an hour later"),
    ("an hour earlier on {d}", "{d}, one hour earlier"),
    ("the same slot a week later", "same time, one week on"),
    ("let me know by {d} please", "please confirm by {d}", "I need an answer by {d} at the latest"),
    ("Hey,", "Good afternoon,", "Hi Jo,", "Dear Ms Patel,"),
    ("Thanks,\nDev", "Regards,\nMorgan Lee", "-- R", "Sent from my iPhone"),
    (
        "On Thu, Dec 3, 2026 at 4:12 PM Lumen Talent <desk@lumen.example> wrote:",
        "From: Lumen Talent <desk@lumen.example>\nSent: Thursday, December 3, 2026 4:12 PM\n"
        "To: you@mail.example\nSubject: RE: Interview",
        "On 3 Dec 2026, at 16:12, Lumen Talent <desk@lumen.example> wrote:",
    ),
    (
        "Would Tuesday at 10 or Wednesday at 4 be possible?",
        "The panel has Monday 2-4pm and Friday morning open.",
    ),
    (("please", "pls"), ("thanks", "thx"), ("I'm", "im"), ("would", "woudl"), ("can't", "cant")),
)

FR = Voice(
    "fr",
    (
        Region("France", "Europe/Paris", "+0100", True, _fr_clock),
        Region("Quebec", "America/Toronto", "-0500", False, _fr_clock),
    ),
    (("lundi", "mardi", "mercredi", "jeudi", "vendredi"),),
    ("lun.", "mar.", "mer.", "jeu.", "ven."),
    ("{W} {d}", "{w} {d} déc.", "le {d}", "{W} {d} décembre"),
    ("{W} {d}/12",),
    ("du {a} au {b}", "de {a} à {b}"),
    {"or": "ou", "and": "et"},
    {
        "morning": ("matin", "en matinée", "le matin"),
        "afternoon": ("après-midi", "dans l'après-midi", "en après-midi"),
        "late afternoon": ("en fin d'après-midi", "fin d'aprem"),
    },
    ("toute la journée", "quand vous voulez", "la journée entière"),
    {
        "after": ("après {x}", "à partir de {x}", "dès {x}"),
        "before": ("avant {x}", "jusqu'à {x}"),
        "between": ("entre {x} et {y}", "de {x} à {y}"),
        "at": ("à {x}",),
    },
    ("pas dispo", "indisponible", "impossible"),
    ("{d} : {s}", "{d} - {s}", "- {d} : {s}"),
    ("{x}, ça marche", "je peux {x}", "{x} m'arrange", "je suis libre {x}"),
    ("sauf {x}-{y}", "mais pas entre {x} et {y}", "hors {x}-{y}"),
    ("mais pas avant {x}", "simplement rien avant {x}"),
    {
        "day": ("n'importe quel jour {week}", "quand vous voulez {week}"),
        "morning": ("tous les matins {week}", "n'importe quelle matinée {week}"),
        "afternoon": ("tous les après-midi {week}",),
        "late afternoon": ("chaque fin d'après-midi {week}",),
    },
    ("sauf", "à part", "hormis"),
    (
        ("la semaine prochaine", "la semaine du 7"),
        ("la semaine du 14", "la semaine du 14 décembre"),
    ),
    (
        "je suis de nuit {days}",
        "partiels {days}, donc non",
        "en déplacement {days}",
        "{days} je suis au tribunal",
        "{days} je tiens un stand au salon",
        "{days} c'est la course avec l'école, impossible",
        "je suis de garde {days}",
    ),
    ("en congé {week}", "je pose mes congés {week}", "absente {week}, voyage en famille"),
    ("J'ai un imprévu, il faut décaler notre entretien", "on peut déplacer l'entretien ?"),
    ("{d} à la même heure", "même heure {d}", "{d}, même créneau"),
    ("{d} mais une heure plus tard", "une heure plus tard {d}"),
    ("{d} mais une heure plus tôt", "une heure plus tôt {d}"),
    ("le même créneau une semaine plus tard", "même heure, la semaine suivante"),
    ("merci de me répondre d'ici {d}", "dites-moi avant {d} svp", "confirmez-moi au plus tard {d}"),
    ("Bonjour Madame,", "Salut !", "Bonjour Théo,"),
    ("Bonne journée,\nInès", "Cdlt,\nM. Girard", "Envoyé de mon iPhone"),
    (
        "Le jeu. 3 déc. 2026 à 16:12, Lumen Talent <desk@lumen.example> a écrit :",
        "De : Lumen Talent <desk@lumen.example>\nEnvoyé : jeudi 3 décembre 2026 16:12\n"
        "À : vous@mail.example\nObjet : RE: Entretien",
        "Le 3 déc. 2026 à 16:12, Lumen Talent <desk@lumen.example> a écrit :",
    ),
    (
        "Seriez-vous disponible mardi à 10h ou mercredi à 16h ?",
        "Le jury a lundi de 14h à 16h et vendredi matin.",
    ),
    (("s'il vous plaît", "svp"), ("merci", "mrc"), ("je suis", "chui"), ("rendez-vous", "rdv")),
)
DE = Voice(
    "de",
    (
        Region("Germany", "Europe/Berlin", "+0100", True, _de_clock),
        Region("Austria", "Europe/Vienna", "+0100", True, _de_clock),
    ),
    (
        ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
        ("Mo", "Di", "Mi", "Do", "Fr"),
    ),
    ("Mo", "Di", "Mi", "Do", "Fr"),
    ("{W}, {d}.12.", "{w}., {d}.12.", "{W}, den {d}.", "{W}, {d}. Dezember"),
    (),
    ("{a}-{b}", "von {a} bis {b}"),
    {"or": "oder", "and": "und"},
    {
        "morning": ("vormittags", "am Vormittag"),
        "afternoon": ("nachmittags", "am Nachmittag"),
        "late afternoon": ("am späten Nachmittag", "spätnachmittags"),
    },
    ("ganztägig", "den ganzen Tag", "wann immer Sie wollen"),
    {
        "after": ("nach {x}", "ab {x}"),
        "before": ("vor {x}", "bis {x}"),
        "between": ("zwischen {x} und {y}", "von {x} bis {y}"),
        "at": ("um {x}",),
    },
    ("nicht verfügbar", "geht nicht", "leider nein"),
    ("{d}: {s}", "{d} - {s}", "- {d}: {s}"),
    ("{x} passt", "ich könnte {x}", "{x} wäre mir recht", "bei mir geht {x}"),
    ("außer {x}-{y}", "nur nicht zwischen {x} und {y}", "ausgenommen {x}-{y}"),
    ("aber nicht vor {x}", "nur nichts vor {x}"),
    {
        "day": ("{week} an jedem Tag", "{week} jederzeit"),
        "morning": ("{week} jeden Vormittag", "{week} vormittags"),
        "afternoon": ("{week} jeden Nachmittag", "{week} nachmittags"),
        "late afternoon": ("{week} jeweils am späten Nachmittag",),
    },
    ("außer", "nur nicht", "ausgenommen"),
    (("nächste Woche", "in der Woche ab dem 7."), ("in der Woche ab dem 14.", "die Woche vom 14.")),
    (
        "{days} habe ich Nachtschicht",
        "{days} schreibe ich Klausuren",
        "{days} bin ich unterwegs",
        "{days} muss ich zu Gericht",
        "{days} stehe ich auf der Messe",
        "{days} habe ich Schicht",
    ),
    ("{week} habe ich Urlaub", "{week} bin ich in Elternzeit", "{week} bin ich verreist"),
    (
        "Mir ist etwas dazwischengekommen, wir müssten das Gespräch verschieben",
        "können wir schieben?",
    ),
    ("{d} zur gleichen Zeit", "gleiche Uhrzeit am {d}", "{d}, selbe Uhrzeit"),
    ("{d} eine Stunde später", "eine Stunde später am {d}"),
    ("{d} eine Stunde früher", "eine Stunde früher am {d}"),
    ("dieselbe Uhrzeit eine Woche später", "gleiche Zeit, eine Woche später"),
    ("bitte geben Sie mir bis {d} Bescheid", "Rückmeldung bitte bis {d}", "sagen Sie bis {d} zu"),
    ("Sehr geehrte Frau Lang,", "Moin,", "Hi Felix,"),
    ("Freundliche Grüße\nAnja Roth", "LG\nTim", "Von meinem iPhone gesendet"),
    (
        "Am Do., 3. Dez. 2026 um 16:12 Uhr schrieb Lumen Talent <desk@lumen.example>:",
        "Von: Lumen Talent <desk@lumen.example>\nGesendet: Donnerstag, 3. Dezember 2026 16:12\n"
        "An: sie@mail.example\nBetreff: AW: Interview",
        "Am 03.12.2026 um 16:12 schrieb Lumen Talent <desk@lumen.example>:",
    ),
    (
        "Hätten Sie Dienstag um 10 Uhr oder Mittwoch um 16 Uhr Zeit?",
        "Das Panel kann Montag 14-16 Uhr und Freitagvormittag.",
    ),
    (("bitte", "bitt"), ("leider", "leidr"), ("Grüße", "Grüsse"), ("vielleicht", "vllt")),
)
ES = Voice(
    "es",
    (
        Region("Spain", "Europe/Madrid", "+0100", True, _es_clock),
        Region("Mexico", "America/Mexico_City", "-0600", False, _es_clock),
    ),
    (("lunes", "martes", "miércoles", "jueves", "viernes"),),
    ("lun", "mar", "mié", "jue", "vie"),
    ("{W} {d}", "{W} {d} de diciembre", "{w} {d} dic"),
    ("{w} {d}/12",),
    ("de {a} a {b}", "desde el {a} hasta el {b}"),
    {"or": "o", "and": "y"},
    {
        "morning": ("por la mañana", "en la mañana"),
        "afternoon": ("por la tarde", "en la tarde"),
        "late afternoon": ("a última hora de la tarde", "al final de la tarde"),
    },
    ("todo el día", "cuando quieras", "el día entero"),
    {
        "after": ("después de las {x}", "a partir de las {x}", "desde las {x}"),
        "before": ("antes de las {x}", "hasta las {x}"),
        "between": ("entre las {x} y las {y}", "de {x} a {y}"),
        "at": ("a las {x}",),
    },
    ("no puedo", "imposible", "ocupado"),
    ("{d}: {s}", "{d} - {s}", "- {d}: {s}"),
    ("{x} me cuadra", "podría {x}", "{x} me va perfecto", "estoy libre {x}"),
    ("excepto de {x} a {y}", "pero no entre las {x} y las {y}", "quitando de {x} a {y}"),
    ("pero no antes de las {x}", "eso sí, nada antes de las {x}"),
    {
        "day": ("cualquier día {week}", "cuando quieras {week}"),
        "morning": ("cualquier mañana {week}", "todas las mañanas {week}"),
        "afternoon": ("cualquier tarde {week}", "todas las tardes {week}"),
        "late afternoon": ("a última hora de la tarde cualquier día {week}",),
    },
    ("excepto", "quitando", "salvo"),
    (
        ("la próxima semana", "la semana del 7"),
        ("la semana del 14", "la semana del 14 de diciembre"),
    ),
    (
        "tengo turno de noche {days}",
        "tengo exámenes {days}, así que no",
        "{days} estoy fuera por trabajo",
        "{days} tengo juicio",
        "{days} estoy en la feria",
        "{days} me toca llevar a los niños, imposible",
        "estoy de guardia {days}",
    ),
    (
        "estoy de vacaciones {week}",
        "{week} estoy de permiso",
        "{week} me voy de viaje con la familia",
    ),
    ("Me ha surgido algo y tengo que mover la entrevista", "¿podemos cambiar la entrevista?"),
    ("{d} a la misma hora", "misma hora el {d}", "{d}, mismo horario"),
    ("{d} pero una hora más tarde", "una hora más tarde el {d}"),
    ("{d} pero una hora antes", "una hora antes el {d}"),
    ("a la misma hora una semana después", "mismo horario, una semana más tarde"),
    (
        "avísame antes del {d}, porfa",
        "necesito respuesta antes del {d}",
        "confírmame antes del {d}",
    ),
    ("Estimada Sra. Gil:", "¡Buenas!", "Hola Nacho,"),
    ("Saludos cordiales,\nIrene Vidal", "Un abrazo,\nDani", "Enviado desde mi iPhone"),
    (
        "El jue, 3 dic 2026 a las 16:12, Lumen Talent (<desk@lumen.example>) escribió:",
        "De: Lumen Talent <desk@lumen.example>\nEnviado: jueves, 3 de diciembre de 2026 16:12\n"
        "Para: usted@mail.example\nAsunto: RE: Entrevista",
        "El 3 dic 2026, a las 16:12, Lumen Talent <desk@lumen.example> escribió:",
    ),
    (
        "¿Podrías el martes a las 10:00 o el miércoles a las 16:00?",
        "El comité tiene hueco el lunes de 14 a 16 y el viernes por la mañana.",
    ),
    (("por favor", "porfa"), ("también", "tb"), ("que", "q"), ("gracias", "grax")),
)
PT = Voice(
    "pt",
    (
        Region("Brazil", "America/Sao_Paulo", "-0300", False, _pt_clock),
        Region("Portugal", "Europe/Lisbon", "+0000", True, _pt_clock),
    ),
    (
        ("segunda", "terça", "quarta", "quinta", "sexta"),
        ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"),
    ),
    ("seg", "ter", "qua", "qui", "sex"),
    ("{W}, dia {d}", "{W} {d} de dezembro", "{w} {d}"),
    ("{W} {d}/12",),
    ("de {a} a {b}", "da {a} à {b}"),
    {"or": "ou", "and": "e"},
    {
        "morning": ("de manhã", "pela manhã"),
        "afternoon": ("à tarde", "de tarde"),
        "late afternoon": ("no fim da tarde", "no final da tarde"),
    },
    ("o dia inteiro", "qualquer hora", "o dia todo"),
    {
        "after": ("depois das {x}", "a partir das {x}"),
        "before": ("antes das {x}", "até as {x}"),
        "between": ("entre as {x} e as {y}", "das {x} às {y}"),
        "at": ("às {x}",),
    },
    ("indisponível", "não dá", "sem chance"),
    ("{d}: {s}", "{d} - {s}", "- {d}: {s}"),
    ("{x} dá certo", "consigo {x}", "{x} fica ótimo", "estou livre {x}"),
    ("menos das {x} às {y}", "mas não entre as {x} e as {y}", "tirando das {x} às {y}"),
    ("mas não antes das {x}", "só não antes das {x}"),
    {
        "day": ("qualquer dia {week}", "a qualquer hora {week}"),
        "morning": ("qualquer manhã {week}", "todas as manhãs {week}"),
        "afternoon": ("qualquer tarde {week}", "todas as tardes {week}"),
        "late afternoon": ("no fim da tarde, qualquer dia {week}",),
    },
    ("menos", "tirando", "exceto"),
    (
        ("na semana que vem", "na semana do dia 7"),
        ("na semana do dia 14", "na semana de 14 de dezembro"),
    ),
    (
        "estou de plantão {days}",
        "tenho prova {days}, então não",
        "{days} estou viajando a trabalho",
        "{days} tenho audiência",
        "{days} estou na feira",
        "{days} é a correria da escola das crianças, impossível",
        "trabalho no turno da noite {days}",
    ),
    ("estou de férias {week}", "{week} estou de licença", "{week} vou viajar com a família"),
    ("Surgiu um imprevisto e preciso remarcar a entrevista", "dá pra mudar a entrevista?"),
    ("{d} no mesmo horário", "mesmo horário na {d}", "{d}, mesmo horário"),
    ("{d} só que uma hora depois", "uma hora mais tarde na {d}"),
    ("{d} só que uma hora antes", "uma hora mais cedo na {d}"),
    ("no mesmo horário uma semana depois", "mesmo horário, na semana seguinte"),
    ("me responde até {d}, por favor", "preciso de resposta até {d}", "confirma até {d}?"),
    ("Prezada Sra. Lima,", "Opa, tudo bem?", "Oi Caio,"),
    ("Atenciosamente,\nRenata Alves", "Abs,\nGui", "Enviado do meu iPhone"),
    (
        "Em qui., 3 de dez. de 2026 às 16:12, Lumen Talent <desk@lumen.example> escreveu:",
        "De: Lumen Talent <desk@lumen.example>\n"
        "Enviado: quinta-feira, 3 de dezembro de 2026 16:12\n"
        "Para: voce@mail.example\nAssunto: RE: Entrevista",
        "Em 3 de dez. de 2026, à(s) 16:12, Lumen Talent <desk@lumen.example> escreveu:",
    ),
    (
        "Você poderia na terça às 10h ou na quarta às 16h?",
        "A banca tem segunda das 14h às 16h e sexta de manhã.",
    ),
    (("você", "vc"), ("também", "tb"), ("por favor", "pfv"), ("obrigado", "obg"), ("que", "q")),
)
VOICES = (EN, FR, DE, ES, PT)


@dataclass(frozen=True, slots=True)
class Booked:
    """The interview already booked: one hour on a weekday of the week of the 7th."""

    day: int
    hour: int

    def slot(self, zone: str) -> dict[str, str]:
        start = datetime(2026, 12, self.day, self.hour, tzinfo=ZoneInfo(zone))
        return {"start": start.isoformat(), "end": (start + timedelta(hours=1)).isoformat()}


@dataclass(frozen=True, slots=True)
class Piece:
    """What one construct says, the windows it means, and whether it is a block of lines."""

    text: str
    windows: tuple[tuple[int, int, int], ...]
    block: bool = False


@dataclass(slots=True)
class Writer:
    """One reply's writer: their language, region and habits, and the days already spoken for."""

    rng: random.Random
    voice: Voice
    region: Region
    style: int  # which weekday names
    dated_first_week: bool  # dates also for the week of the 7th
    dated_form: str
    taken: set[int] = field(default_factory=set)

    def name(self, day: int) -> str:
        weekday = WEEKS[0].index(day) if day in WEEKS[0] else WEEKS[1].index(day)
        if day in WEEKS[0] and not self.dated_first_week:
            return self.voice.weekdays[self.style][weekday]
        return self.dated_form.format(
            W=self.voice.weekdays[0][weekday], w=self.voice.short[weekday], d=day
        )

    def names(self, days: Sequence[int], joiner: str = "and") -> str:
        return _listed([self.name(d) for d in days], self.voice.joiner[joiner])

    def clock(self, at: int) -> str:
        return self.region.clock(self.rng, at)

    def free(self) -> list[int]:
        return [d for week in WEEKS for d in week if d not in self.taken]

    def take(self, count: int) -> list[int]:
        """Up to `count` days nobody else has spoken of, in date order."""
        free = self.free()
        days = sorted(self.rng.sample(free, min(count, len(free))))
        self.taken.update(days)
        return days

    def take_run(self, count: int) -> list[int]:
        """`count` consecutive weekdays of one week, for a range ("Mon-Wed"), or none."""
        runs = [
            list(week[i : i + count])
            for week in WEEKS
            for i in range(len(week) - count + 1)
            if not self.taken & set(week[i : i + count])
        ]
        if not runs:
            return []
        days = self.rng.choice(runs)
        self.taken.update(days)
        return days

    def take_week(self) -> int | None:
        """A whole week nobody has spoken of (0 or 1), or None."""
        weeks = [i for i, week in enumerate(WEEKS) if not self.taken & set(week)]
        if not weeks:
            return None
        week = self.rng.choice(weeks)
        self.taken.update(WEEKS[week])
        return week

    def week_name(self, week: int) -> str:
        return self.rng.choice(self.voice.weeks[week])

    def offered(self, said: str) -> str:
        return self.rng.choice(self.voice.offers).format(x=said)

    def quarter(self, first: int, last: int) -> int:
        """A time between `first` and `last` (minutes), on the hour or half hour mostly."""
        step = 15 if self.rng.random() < 0.25 else 30
        return self.rng.choice(range(first, last + 1, step))

    def span(self, kinds: Sequence[str]) -> tuple[str, tuple[Span, ...], str]:
        """A time phrase for a day, its hours (EXTRACTION.md, "Which hours"), and its kind."""
        v, rng = self.voice, self.rng
        kind = rng.choice(kinds)
        if kind in PARTS:
            return rng.choice(v.parts[kind]), (PARTS[kind],), "part of day"
        if kind == "whole":
            # "all day", "any time", "flexible": 09:00-17:00.
            return rng.choice(v.whole), ((DAY, END),), kind
        if kind == "after":
            at = self.quarter(10 * 60, 15 * 60 + 30)
            # "after X" and "from X": X to 17:00 (X is before 17:00 here).
            return rng.choice(v.bounds["after"]).format(x=self.clock(at)), ((at, END),), kind
        if kind == "before":
            at = self.quarter(10 * 60, 16 * 60)
            return rng.choice(v.bounds["before"]).format(x=self.clock(at)), ((DAY, at),), kind
        if kind == "between":
            start = self.quarter(DAY, 15 * 60)
            end = self.quarter(start + 60, END)
            text = rng.choice(v.bounds["between"]).format(x=self.clock(start), y=self.clock(end))
            return text, ((start, end),), kind
        at = self.quarter(DAY, 16 * 60)
        # A single time lasts the interview's duration_minutes (60 in the probes' context).
        return rng.choice(v.bounds["at"]).format(x=self.clock(at)), ((at, at + 60),), "at"

    def but_span(self, start: int) -> tuple[str, Span]:
        """An exception of one hour or half an hour after `start`: "except 12-1"."""
        first = self.quarter(start + 60, 15 * 60)
        last = first + self.rng.choice((30, 60, 60))
        said = self.rng.choice(self.voice.except_span)
        return said.format(x=self.clock(first), y=self.clock(last)), (first, last)


ALL_KINDS = ("morning", "afternoon", "late afternoon", "whole", "after", "before", "between", "at")
WEEK_KINDS = ("morning", "afternoon", "late afternoon", "after", "before", "between")


def _each(days: Sequence[int], spans: Sequence[Span]) -> tuple[tuple[int, int, int], ...]:
    return tuple((d, a, b) for d in days for a, b in spans)


def _less(spans: Sequence[Span], gone: Span) -> tuple[Span, ...]:
    """The spans with `gone` taken out (EXTRACTION.md: "but not between 12 and 1" subtracts)."""
    left = []
    for start, end in spans:
        left += [(start, min(end, gone[0])), (max(start, gone[1]), end)]
    return tuple((a, b) for a, b in left if a < b)


def _ruled_out(w: Writer, booked: Booked | None, parts: dict[str, str]) -> Piece | None:
    """Days or a week the sender's state takes: they carry no free time."""
    if booked is None and w.rng.random() < 0.35:
        week = w.take_week()
        if week is not None:
            template = w.rng.choice(w.voice.ruled_week)
            parts["ruled_out"] = "week"
            parts["ruled_out form"] = template
            return Piece(template.format(week=w.week_name(week)), ())
    days = w.take(w.rng.choice((1, 2)))
    if booked and w.rng.random() < 0.5:
        # The day the interview is booked on, now out: nothing is offered on it either way.
        days = sorted({*days[:1], booked.day})
    if not days:
        return None
    template = w.rng.choice(w.voice.ruled_days)
    parts["ruled_out"] = "booked day" if booked and booked.day in days else f"{len(days)} days"
    parts["ruled_out form"] = template
    return Piece(template.format(days=w.names(days)), ())


def _offer(w: Writer, parts: dict[str, str]) -> Piece | None:
    """One or two days, each with its own hours, in one sentence."""
    days = w.take(w.rng.choice((1, 2, 2)))
    if not days:
        return None
    said, kinds = [], []
    windows: list[tuple[int, int, int]] = []
    for day in days:
        text, spans, kind = w.span(ALL_KINDS)
        said.append(f"{w.name(day)} {text}")
        windows += _each((day,), spans)
        kinds.append(kind)
    joined = w.rng.choice((", ".join(said), f" {w.voice.joiner['or']} ".join(said)))
    parts["offer"] = "+".join(kinds)
    return Piece(w.offered(joined), tuple(windows))


def _exception(w: Writer, parts: dict[str, str]) -> Piece | None:
    """An offer with a span or a day taken out of it."""
    v, rng = w.voice, w.rng
    shape = rng.choice(("span", "after but span", "not before", "week but day"))
    if shape == "week but day":
        week = w.take_week()
        if week is None:
            shape = "span"
        else:
            key = rng.choice(("day", *PARTS))
            left_out = rng.choice(WEEKS[week])
            said = rng.choice(v.any_part[key]).format(week=w.week_name(week))
            said = f"{said} {rng.choice(v.but_day)} {w.name(left_out)}"
            hours = PARTS.get(key, (DAY, END))
            # "Ranges and 'any day' cover weekdays only"; "except Wednesday" subtracts that day.
            days = [d for d in WEEKS[week] if d != left_out]
            parts["exception"] = f"week but day, {key}"
            return Piece(w.offered(said), _each(days, (hours,)))
    days = w.take(1)
    if not days:
        return None
    day = days[0]
    spans: tuple[Span, ...]
    if shape == "not before":
        at = w.quarter(10 * 60, 14 * 60)
        said = (
            f"{w.name(day)} {rng.choice(v.whole)}, {rng.choice(v.not_before).format(x=w.clock(at))}"
        )
        # "not before 11" takes 09:00-11:00 out of the whole day.
        spans = ((at, END),)
    elif shape == "after but span":
        start = w.quarter(10 * 60, 12 * 60)
        bound = rng.choice(v.bounds["after"]).format(x=w.clock(start))
        but, gone = w.but_span(start)
        said = f"{w.name(day)} {bound} {but}"
        spans = _less(((start, END),), gone)
    else:
        but, gone = w.but_span(10 * 60)
        said = f"{w.name(day)} {rng.choice(v.whole)}, {but}"
        spans = _less(((DAY, END),), gone)
    parts["exception"] = shape
    return Piece(w.offered(said), _each((day,), spans))


def _two_spans(w: Writer) -> tuple[str, tuple[Span, ...]]:
    """A morning span or an afternoon one: "10-12 or after 4"."""
    v, rng = w.voice, w.rng
    start = w.quarter(DAY, 10 * 60 + 30)
    end = w.quarter(start + 60, NOON)
    first = rng.choice(v.bounds["between"]).format(x=w.clock(start), y=w.clock(end))
    later = w.quarter(13 * 60, 16 * 60)
    if rng.random() < 0.5:
        second = rng.choice(v.bounds["after"]).format(x=w.clock(later))
        spans = ((start, end), (later, END))
    else:
        second = rng.choice(v.bounds["at"]).format(x=w.clock(later))
        spans = ((start, end), (later, later + 60))
    return f"{first} {v.joiner['or']} {second}", spans


def _per_day(w: Writer, parts: dict[str, str]) -> Piece | None:
    """One line per day: hours, two spans, an exception, or not available."""
    v, rng = w.voice, w.rng
    days = w.take(rng.choice((2, 3, 3, 4)))
    if len(days) < 2:
        w.taken.difference_update(days)
        return None
    none = rng.randrange(len(days)) if rng.random() < 0.5 else -1
    form = rng.choice(v.line_forms)
    lines, kinds = [], []
    windows: list[tuple[int, int, int]] = []
    for i, day in enumerate(days):
        spans: tuple[Span, ...]
        if i == none:
            text, spans, kind = rng.choice(v.none), (), "none"
        else:
            kind = rng.choice(("span", "span", "two", "after but span"))
            if kind == "two":
                text, spans = _two_spans(w)
            elif kind == "after but span":
                start = w.quarter(10 * 60, 13 * 60)
                but, gone = w.but_span(start)
                text = f"{rng.choice(v.bounds['after']).format(x=w.clock(start))} {but}"
                spans = _less(((start, END),), gone)
            else:
                text, spans, kind = w.span(ALL_KINDS)
        lines.append(form.format(d=w.name(day), s=text))
        windows += _each((day,), spans)
        kinds.append(kind)
    parts["per_day"] = f"{len(days)} lines" + (", one not available" if none >= 0 else "")
    parts["per_day kinds"] = "+".join(sorted(set(kinds)))
    return Piece("\n".join(lines), tuple(windows), block=True)


def _multi_day(w: Writer, parts: dict[str, str]) -> Piece | None:
    """One part of day or bound for a list or a range of days."""
    v, rng = w.voice, w.rng
    days = w.take_run(3) if rng.random() < 0.4 else []
    if days:
        first, last = w.name(days[0]), w.name(days[-1])
        listed, how = rng.choice(v.ranges).format(a=first, b=last), "range"
    else:
        days = w.take(rng.choice((2, 3)))
        if len(days) < 2:
            w.taken.difference_update(days)
            return None
        joiner = rng.choice(("and", "or"))
        listed, how = w.names(days, joiner), f"list with {joiner}"
    text, spans, kind = w.span(WEEK_KINDS)
    # "A time phrase after a list of days applies to each day of the list"; a range covers
    # each weekday from its first day to its last.
    parts["multi_day"] = f"{how}, {kind}"
    return Piece(w.offered(f"{listed} {text}"), _each(days, spans))


def _booked(w: Writer, booked: Booked, parts: dict[str, str]) -> Piece | None:
    """A new time told from the booked slot, after asking to move it."""
    v, rng = w.voice, w.rng
    relation = rng.choice(("same", "same", "later", "earlier", "week later"))
    start = booked.hour * 60
    if relation == "week later":
        day = booked.day + 7
        if day in w.taken:
            return None
        w.taken.add(day)
        said = rng.choice(v.week_later)
    else:
        days = w.take(1)
        if not days:
            return None
        day = days[0]
        start += {"same": 0, "later": 60, "earlier": -60}[relation]
        forms = {"same": v.same_time, "later": v.later, "earlier": v.earlier}[relation]
        said = rng.choice(forms).format(d=w.name(day))
    move = rng.choice(v.move)
    ask = _sentence(move) + ("" if move.endswith("?") else ".")
    parts["booked"] = relation
    return Piece(f"{ask} {_sentence(w.offered(said))}", ((day, start, start + 60),))


def _deadline(w: Writer, parts: dict[str, str]) -> Piece:
    """A reply-by day: it asks for an answer and offers no time (EXTRACTION.md, issue 8)."""
    template = w.rng.choice(w.voice.deadline)
    parts["deadline"] = template
    return Piece(template.format(d=w.name(w.rng.choice(WEEKS[0]))), ())


OFFERING = ("offer", "exception", "per_day", "multi_day", "booked")
CONSTRUCTS = (*OFFERING, "ruled_out", "deadline", "quoted", "casual")
# The order days are handed out in: the booked slot and whole weeks first, single days last.
ALLOCATION = ("booked", "ruled_out", "exception", "per_day", "multi_day", "offer", "deadline")


def _piece(name: str, w: Writer, booked: Booked | None, parts: dict[str, str]) -> Piece | None:
    """What construct `name` says in this reply, or None when no day is left for it."""
    if name == "booked":
        return _booked(w, booked, parts) if booked else None
    if name == "ruled_out":
        return _ruled_out(w, booked, parts)
    if name == "deadline":
        return _deadline(w, parts)
    offers = {"exception": _exception, "per_day": _per_day, "multi_day": _multi_day}
    return offers.get(name, _offer)(w, parts)


def _merged(windows: Sequence[tuple[int, int, int]]) -> tuple[tuple[int, str, str], ...]:
    """Overlapping or touching windows merged, in date order (EXTRACTION.md)."""
    out: list[list[int]] = []
    for day, start, end in sorted(windows):
        if out and out[-1][0] == day and start <= out[-1][2]:
            out[-1][2] = max(out[-1][2], end)
        else:
            out.append([day, start, end])
    return tuple(
        (d, f"{a // 60:02d}:{a % 60:02d}", f"{b // 60:02d}:{b % 60:02d}") for d, a, b in out
    )


def _joined(rng: random.Random, pieces: Sequence[Piece], parts: dict[str, str]) -> str:
    """The pieces as sentences, as lines, or run together with a semicolon; a per-day list
    always on lines of its own. A comma is never the joint: "travelling Tue, Wed after 2" would
    leave open whether Tuesday takes the hours."""
    joins = []
    body = ""
    for i, piece in enumerate(pieces):
        text = piece.text if piece.block else _sentence(piece.text)
        if i == 0:
            body = text
            continue
        after = pieces[i - 1]
        stop = "" if after.block or body.endswith(("?", ".")) else "."
        either = piece.block or after.block
        join = "lines" if either else rng.choice(("sentence", "line", "run on"))
        joins.append(join)
        if join == "run on" and stop:
            body = f"{body}; {piece.text}"
        elif join == "sentence":
            body = f"{body}{stop} {text}"
        else:
            body = f"{body}{stop}\n{text}"
    if not pieces[-1].block and not body.endswith(("?", ".")):
        body += "."
    parts["joins"] = "+".join(sorted(set(joins))) or "-"
    return body


def _casual(w: Writer, body: str, parts: dict[str, str]) -> str:
    """Lower case, accents dropped or a few phone typos: none of them changes a meaning."""
    ways = ["lower case", "typos"] + (["no accents"] if w.voice.lang in ("fr", "es", "pt") else [])
    way = w.rng.choice(ways)
    if way == "typos":
        typed = body
        for word, typo in w.voice.typos:
            if w.rng.random() < 0.7:
                typed = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", typo, typed)
        if typed == body:
            way, typed = "lower case", body.lower()
        body = typed
    elif way == "lower case":
        body = body.lower()
    else:
        body = _plain(body)
    parts["casual"] = way
    return body


def _quoted(w: Writer, body: str, parts: dict[str, str]) -> str:
    """An earlier message with other times under its mail program's header: not the answer."""
    kind = w.rng.randrange(3)
    header = w.voice.quotes[kind]
    earlier = w.rng.choice(w.voice.earlier_mail)
    parts["quoted"] = ("gmail", "outlook", "apple")[kind]
    if kind == 1:
        # Outlook quotes under a rule and its header block, without "> " marks.
        return f"{body}\n\n________________________________\n{header}\n\n{earlier}"
    return f"{body}\n\n{header}\n\n> {earlier}"


def compose(rng: random.Random, voice: Voice) -> Composed:
    """One reply combining two to four constructs, and what it means."""
    while True:
        chosen = rng.sample(CONSTRUCTS, rng.choice((2, 3, 3, 4)))
        if not set(chosen) & set(OFFERING):
            chosen[0] = rng.choice(OFFERING)
        region = rng.choice(voice.regions)
        dated = voice.dated + (voice.numeric if region.numeric else ())
        w = Writer(
            rng,
            voice,
            region,
            rng.randrange(len(voice.weekdays)),
            rng.random() < 0.2,
            rng.choice(dated),
        )
        parts: dict[str, str] = {"lang": voice.lang, "region": f"{voice.lang} {region.name}"}
        booked = None
        if "booked" in chosen:
            booked = Booked(rng.choice(WEEKS[0]), rng.choice(BOOKED_HOURS))
            w.taken.add(booked.day)
        made: dict[str, Piece] = {}
        for name in ALLOCATION:
            piece = _piece(name, w, booked, parts) if name in chosen else None
            if piece is not None:
                made[name] = piece
        if "booked" in chosen and "booked" not in made:
            continue
        if any(piece.windows for piece in made.values()):
            break
    kept = [name for name in chosen if name in made or name in ("quoted", "casual")]
    order = [name for name in kept if name in made]
    rng.shuffle(order)
    body = _joined(rng, [made[name] for name in order], parts)
    if rng.random() < 0.5:
        body = f"{rng.choice(voice.greet)}\n\n{body}"
        parts["greeting"] = "yes"
    if rng.random() < 0.5:
        body = f"{body}\n\n{rng.choice(voice.sign)}"
        parts["signature"] = "yes"
    if "casual" in kept:
        body = _casual(w, body, parts)
    if "quoted" in kept:
        body = _quoted(w, body, parts)
    combo = sorted(kept)
    parts["constructs"] = "+".join(combo)
    parts["count"] = str(len(combo))
    for name in combo:
        parts[f"has {name}"] = "yes"
    for a, b in combinations(combo, 2):
        parts[f"pair {a}+{b}"] = "yes"
    context: dict[str, Any] = {"scheduled": booked.slot(region.zone)} if booked else {}
    windows = [window for piece in made.values() for window in piece.windows]
    probe = Probe(
        "combined",
        voice.lang,
        body,
        # A reply that moves the booked interview is a reschedule, with its new windows.
        "reschedule" if booked else "availability",
        _merged(windows),
        stage="scheduled" if booked else "requested",
        zone=region.zone,
        date=f"Fri, 04 Dec 2026 15:20:00 {region.offset}",
        context=context,
    )
    return Composed(probe, parts)


def compositions(count: int, seed: int = 25, voices: Sequence[Voice] = VOICES) -> list[Composed]:
    """`count` replies per language, the same ones on every run."""
    return seeded(compose, voices, count, seed)


if __name__ == "__main__":
    command(compositions)
