"""Replies composed from parts whose meaning is known, to find where a reading leans on wording.

Every hand-written case tests one wording; mail nobody here wrote uses others. Here a reply is
put together from parts: the days offered (bare, with an article or a date, joined by "or",
"and" or commas), a time phrase after them, a predicate before or after ("works for me", "me
viene bien", "ich kann"), and, around the offer, parts that carry no free time: a greeting, a
sentence ruling out other days, a reply-by deadline, a signature, lower case, dropped accents.
The label follows from the parts alone by EXTRACTION.md: the offered days with the time phrase's
hours, nothing from the rest. So a reading that changes when a part that carries no time
changes is wrong, and the factor tables of `python -m tests.parsers.compositions` show which
part the reader leans on. Written from EXTRACTION.md alone, never from the engine.

Every reply is sent on Friday 4 December 2026 in the afternoon, in its writer's zone, so a bare
weekday and "next week" both mean the week of Monday 7 December, and a date names the week of
the 14th.
"""

from __future__ import annotations

import random
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from tests.parsers.reading_probes import Probe, Windows, handed, problems, read

# The hours each time phrase gives a day (EXTRACTION.md, "Which hours").
HOURS = {
    "day": ("09:00", "17:00"),
    "morning": ("09:00", "12:00"),
    "afternoon": ("12:00", "17:00"),
    "after2": ("14:00", "17:00"),
    "before11": ("09:00", "11:00"),
    "10to12": ("10:00", "12:00"),
}
NEXT_WEEK = 7  # the date of Monday in the week a bare weekday names
DATED_WEEK = 14  # the date of Monday in the week the dated offers name


@dataclass(frozen=True, slots=True)
class Tongue:
    """One language's parts. Day names are indexed Monday=0; `{d}` in a dated form is the date.

    An article or preposition opens the list once ("el martes o jueves"): repeated before each
    day ("el martes o el jueves por la mañana") it would leave open which days the time phrase
    belongs to, and the label must follow from the parts alone.
    """

    lang: str
    zone: str
    date: str  # Friday 4 December 2026, mid-afternoon, in `zone`
    days: tuple[tuple[str, tuple[str, ...]], ...]  # per style: a word before the list, 5 names
    dated: tuple[tuple[str, ...], ...]  # per style: the five weekdays with "{d}" for the date
    joiner: dict[str, str]  # "or" / "and" in this language
    times: dict[str, tuple[str, ...]]  # HOURS key -> phrases placed after the days
    after: tuple[str, ...]  # predicates after the offer ("works for me")
    before: tuple[str, ...]  # predicates before the offer ("I'm free")
    next_week: tuple[str, ...]  # sentence openers naming next week
    ruled_out: tuple[str, ...]  # sentences ruling out "{days}"
    deadline: tuple[str, ...]  # reply-by sentences naming "{day}"
    greet: tuple[str, ...]
    sign: tuple[str, ...]
    all_day: tuple[str, ...]  # "all day", for one day among days with their own hours
    any_day: dict[str, tuple[str, ...]]  # "day"/"morning"/"afternoon" -> "any morning next week"
    but: tuple[str, ...]  # "except" before a weekday
    not_lunch: tuple[str, ...]  # the hour from 12 to 1 excepted
    quote: tuple[str, str]  # a reply header, then an earlier proposal of other times


EN = Tongue(
    "en",
    "America/New_York",
    "Fri, 04 Dec 2026 15:20:00 -0500",
    (
        ("", ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
        ("", ("Mon", "Tue", "Wed", "Thu", "Fri")),
        ("on ", ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
    ),
    (
        (
            "Monday the {d}th",
            "Tuesday the {d}th",
            "Wednesday the {d}th",
            "Thursday the {d}th",
            "Friday the {d}th",
        ),
        ("Mon {d} Dec", "Tue {d} Dec", "Wed {d} Dec", "Thu {d} Dec", "Fri {d} Dec"),
    ),
    {"or": "or", "and": "and"},
    {
        "day": ("",),
        "morning": ("morning", "in the morning", "mornings"),
        "afternoon": ("afternoon", "in the afternoon", "afternoons"),
        "after2": ("after 2pm", "from 2", "any time after 2"),
        "before11": ("before 11am", "until 11"),
        "10to12": ("between 10 and 12", "10-12", "from 10am to noon"),
    },
    ("works for me", "would be great", "suits me best", "is good for me", "would work"),
    ("I'm free", "I can do", "I could do", "I'm available", "best for me is"),
    ("Next week,", "Next week:"),
    (
        "I have exams on {days}.",
        "{days} is out for me, I'm travelling.",
        "I'm at a conference {days}.",
        "{days} won't work, sorry.",
    ),
    ("Please let me know by {day}.", "Could you confirm by {day}?"),
    ("Hi Anna,", "Hello,", "Hi there,"),
    ("Best,\nTom", "Thanks!\nPriya", "Cheers,\nSam"),
    ("all day", "any time"),
    {
        "day": ("any day next week", "any time next week"),
        "morning": ("any morning next week",),
        "afternoon": ("any afternoon next week",),
    },
    ("except", "but not", "apart from"),
    ("but not between 12 and 1", "except 12-1", "any time except 12 to 1pm"),
    (
        "On Thu, Dec 3, 2026 at 4:12 PM Kestrel Hire <schedule@kestrel.example> wrote:",
        "Hi,\nCould you do Monday the 7th at 3pm or Wednesday the 9th at 11am?\nThanks",
    ),
)
FR = Tongue(
    "fr",
    "Europe/Paris",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("lundi", "mardi", "mercredi", "jeudi", "vendredi")),
        ("le ", ("lundi", "mardi", "mercredi", "jeudi", "vendredi")),
    ),
    (
        ("lundi {d}", "mardi {d}", "mercredi {d}", "jeudi {d}", "vendredi {d}"),
        (
            "lundi {d} décembre",
            "mardi {d} décembre",
            "mercredi {d} décembre",
            "jeudi {d} décembre",
            "vendredi {d} décembre",
        ),
    ),
    {"or": "ou", "and": "et"},
    {
        "day": ("",),
        "morning": ("matin", "le matin", "dans la matinée"),
        "afternoon": ("après-midi", "l'après-midi", "dans l'après-midi"),
        "after2": ("après 14h", "à partir de 14h"),
        "before11": ("avant 11h", "jusqu'à 11h"),
        "10to12": ("entre 10h et 12h", "de 10h à 12h"),
    },
    ("me convient", "m'irait bien", "c'est parfait pour moi", "ça me va"),
    ("je suis dispo", "je peux", "je suis disponible", "je serais libre"),
    ("La semaine prochaine,", "Semaine prochaine :"),
    (
        "J'ai des examens {days}.",
        "{days}, je suis en déplacement.",
        "{days}, c'est impossible pour moi.",
    ),
    ("Merci de me confirmer d'ici {day}.", "Pouvez-vous me répondre avant {day} ?"),
    ("Bonjour Anna,", "Bonjour,", "Salut,"),
    ("Bien à vous,\nClaire", "Merci !\nLuc", "Cordialement,\nJulie Martin"),
    ("toute la journée", "n'importe quand"),
    {
        "day": ("n'importe quel jour la semaine prochaine", "toute la semaine prochaine"),
        "morning": ("tous les matins la semaine prochaine",),
        "afternoon": ("tous les après-midi la semaine prochaine",),
    },
    ("sauf", "sauf le", "à part"),
    ("sauf entre 12h et 13h", "sauf de 12h à 13h"),
    (
        "Le jeu. 3 déc. 2026 à 16:12, Kestrel Hire <schedule@kestrel.example> a écrit :",
        "Bonjour,\nSeriez-vous libre lundi 7 à 15h ou mercredi 9 à 11h ?\nCordialement",
    ),
)
DE = Tongue(
    "de",
    "Europe/Berlin",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")),
        ("am ", ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")),
        ("", ("Mo", "Di", "Mi", "Do", "Fr")),
    ),
    (
        (
            "Montag, {d}.12.",
            "Dienstag, {d}.12.",
            "Mittwoch, {d}.12.",
            "Donnerstag, {d}.12.",
            "Freitag, {d}.12.",
        ),
        ("Mo {d}.12.", "Di {d}.12.", "Mi {d}.12.", "Do {d}.12.", "Fr {d}.12."),
    ),
    {"or": "oder", "and": "und"},
    {
        "day": ("",),
        "morning": ("vormittags", "am Vormittag", "morgens"),
        "afternoon": ("nachmittags", "am Nachmittag"),
        "after2": ("ab 14 Uhr", "nach 14 Uhr"),
        "before11": ("vor 11 Uhr", "bis 11 Uhr"),
        "10to12": ("zwischen 10 und 12 Uhr", "von 10 bis 12 Uhr"),
    },
    ("passt mir gut", "wäre super", "ginge bei mir", "klappt bei mir"),
    ("ich kann", "ich hätte Zeit", "ich bin frei", "mir passt"),
    ("Nächste Woche:", "Kommende Woche:"),
    (
        "{days} habe ich Prüfungen.",
        "{days} bin ich auf Dienstreise.",
        "{days} geht bei mir leider nicht.",
    ),
    ("Geben Sie mir bitte bis {day} Bescheid.", "Können Sie mir bis {day} zusagen?"),
    ("Hallo Frau Berg,", "Guten Tag,", "Hallo,"),
    ("Viele Grüße\nJonas", "Danke!\nMia", "Beste Grüße\nKarl Weber"),
    ("den ganzen Tag", "jederzeit"),
    {
        "day": ("nächste Woche jeden Tag", "nächste Woche jederzeit"),
        "morning": ("nächste Woche jeden Vormittag",),
        "afternoon": ("nächste Woche jeden Nachmittag",),
    },
    ("außer", "außer am", "nur nicht"),
    ("außer zwischen 12 und 13 Uhr", "außer von 12 bis 13 Uhr"),
    (
        "Am Do., 3. Dez. 2026 um 16:12 Uhr schrieb Kestrel Hire <schedule@kestrel.example>:",
        "Hallo,\nwürde Ihnen Montag, 7.12. um 15 Uhr oder Mittwoch, 9.12. um 11 Uhr passen?\nGrüße",
    ),
)
ES = Tongue(
    "es",
    "Europe/Madrid",
    "Fri, 04 Dec 2026 15:20:00 +0100",
    (
        ("", ("lunes", "martes", "miércoles", "jueves", "viernes")),
        ("el ", ("lunes", "martes", "miércoles", "jueves", "viernes")),
    ),
    (
        ("lunes {d}", "martes {d}", "miércoles {d}", "jueves {d}", "viernes {d}"),
        (
            "lunes {d} de diciembre",
            "martes {d} de diciembre",
            "miércoles {d} de diciembre",
            "jueves {d} de diciembre",
            "viernes {d} de diciembre",
        ),
    ),
    {"or": "o", "and": "y"},
    {
        "day": ("",),
        "morning": ("por la mañana", "en la mañana"),
        "afternoon": ("por la tarde", "en la tarde"),
        "after2": ("después de las 14h", "a partir de las 14:00"),
        "before11": ("antes de las 11", "hasta las 11"),
        "10to12": ("entre las 10 y las 12", "de 10 a 12"),
    },
    ("me viene bien", "me va bien", "me vendría genial", "me sirve"),
    ("puedo", "estoy libre", "tengo disponibilidad", "me viene bien"),
    ("La semana que viene,", "La próxima semana,"),
    (
        "Tengo exámenes {days}.",
        "{days} estoy de viaje.",
        "{days} me es imposible.",
    ),
    ("¿Me confirmas antes del {day}?", "Avísame hasta el {day}, por favor."),
    ("Hola Marta:", "Buenas tardes,", "Hola,"),
    ("Un saludo,\nLucía", "¡Gracias!\nPablo", "Saludos,\nElena Ruiz"),
    ("todo el día", "a cualquier hora"),
    {
        "day": ("cualquier día de la semana que viene", "cualquier día de la próxima semana"),
        "morning": ("cualquier mañana de la semana que viene",),
        "afternoon": ("cualquier tarde de la próxima semana",),
    },
    ("menos el", "salvo el", "excepto el"),
    ("salvo de 12 a 13", "menos entre las 12 y las 13"),
    (
        "El jue, 3 dic 2026 a las 16:12, Kestrel Hire (<schedule@kestrel.example>) escribió:",
        "Hola:\n¿Te vendría bien el lunes 7 a las 15:00 o el miércoles 9 a las 11:00?\nSaludos",
    ),
)
PT = Tongue(
    "pt",
    "America/Sao_Paulo",
    "Fri, 04 Dec 2026 15:20:00 -0300",
    (
        ("", ("segunda", "terça", "quarta", "quinta", "sexta")),
        ("na ", ("segunda", "terça", "quarta", "quinta", "sexta")),
        ("", ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira")),
    ),
    (
        ("segunda, {d}/12", "terça, {d}/12", "quarta, {d}/12", "quinta, {d}/12", "sexta, {d}/12"),
        ("segunda dia {d}", "terça dia {d}", "quarta dia {d}", "quinta dia {d}", "sexta dia {d}"),
    ),
    {"or": "ou", "and": "e"},
    {
        "day": ("",),
        "morning": ("de manhã", "pela manhã"),
        "afternoon": ("à tarde", "de tarde"),
        "after2": ("depois das 14h", "a partir das 14h"),
        "before11": ("antes das 11h", "até as 11h"),
        "10to12": ("entre 10h e 12h", "das 10h às 12h"),
    },
    ("dá para mim", "fica bom para mim", "seria ótimo", "funciona para mim"),
    ("posso", "estou livre", "tenho disponibilidade", "consigo"),
    ("Na próxima semana,", "Semana que vem:"),
    (
        "Tenho provas {days}.",
        "{days} estou viajando.",
        "{days} não consigo de jeito nenhum.",
    ),
    ("Pode me confirmar até {day}?", "Me avisa até {day}, por favor."),
    ("Oi Ana,", "Olá,", "Bom dia,"),
    ("Abraço,\nRafael", "Obrigada!\nBia", "Atenciosamente,\nJoão Costa"),
    ("o dia todo", "qualquer horário"),
    {
        "day": ("qualquer dia da próxima semana", "qualquer dia da semana que vem"),
        "morning": ("qualquer manhã da próxima semana",),
        "afternoon": ("qualquer tarde da semana que vem",),
    },
    ("menos", "exceto", "fora a"),
    ("exceto entre 12h e 13h", "menos das 12h às 13h"),
    (
        "Em qui., 3 de dez. de 2026 às 16:12, Kestrel Hire <schedule@kestrel.example> escreveu:",
        "Olá,\nVocê poderia segunda, 7/12, às 15h ou quarta, 9/12, às 11h?\nAbraço",
    ),
)
TONGUES = (EN, FR, DE, ES, PT)


@dataclass(frozen=True, slots=True)
class Composed:
    """A composed reply and the parts it was made of (for the factor tables)."""

    probe: Probe
    parts: dict[str, str]


def _listed(names: Sequence[str], word: str) -> str:
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {word} {names[-1]}"


def _plain(text: str) -> str:
    """Accents dropped, as phones and hurried writers do."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass(frozen=True, slots=True)
class Offer:
    """The sentence that offers time, the days and hours it means, and the parts it used."""

    line: str
    windows: Windows
    parts: dict[str, str]


def _days(rng: random.Random, tongue: Tongue, offered: Sequence[int]) -> tuple[str, list[str], int]:
    """The opening word, the names of the offered days, and the date of their week's Monday."""
    if rng.random() < 1 / 3:
        names = [rng.choice(tongue.dated)[d].format(d=DATED_WEEK + d) for d in offered]
        return "", names, DATED_WEEK
    lead, forms = rng.choice(tongue.days)
    return lead, [forms[d] for d in offered], NEXT_WEEK


def _with_predicate(rng: random.Random, tongue: Tongue, offer: str) -> tuple[str, str, str]:
    order = rng.choice(("after", "before"))
    predicate = rng.choice(getattr(tongue, order))
    line = f"{offer} {predicate}." if order == "after" else f"{predicate} {offer}."
    return line, order, predicate


def _listed_offer(rng: random.Random, tongue: Tongue) -> Offer:
    """One to three weekdays and one time phrase after them, which holds for each."""
    offered = sorted(rng.sample(range(5), rng.choice((1, 2, 2, 3))))
    lead, names, monday = _days(rng, tongue, offered)
    joiner = rng.choice(("or", "and")) if len(offered) > 1 else "or"
    hours = rng.choice(tuple(HOURS))
    time = rng.choice(tongue.times[hours])
    offer = lead + " ".join(filter(None, (_listed(names, tongue.joiner[joiner]), time)))
    line, order, predicate = _with_predicate(rng, tongue, offer)
    start, end = HOURS[hours]
    parts = {
        "hours": hours,
        "time": time or "-",
        "order": order,
        "predicate": predicate,
        "days": str(len(offered)),
        "joiner": joiner,
        "lead": lead or "-",
    }
    return Offer(line, tuple((monday + d, start, end) for d in offered), parts)


def _per_day_offer(rng: random.Random, tongue: Tongue) -> Offer:
    """Two or three weekdays, each with its own hours, in one sentence or one line each."""
    offered = sorted(rng.sample(range(5), rng.choice((2, 3))))
    lead, names, monday = _days(rng, tongue, offered)
    keys = [rng.choice(tuple(HOURS)) for _ in offered]
    times = [rng.choice(tongue.all_day if key == "day" else tongue.times[key]) for key in keys]
    if rng.random() < 0.5:
        said = [f"{name} {time}" for name, time in zip(names, times, strict=True)]
        line, order, predicate = _with_predicate(
            rng, tongue, lead + _listed(said, tongue.joiner["or"])
        )
    else:
        line = "\n".join(f"- {name}: {time}" for name, time in zip(names, times, strict=True))
        order, predicate = "lines", "-"
    windows = tuple((monday + d, *HOURS[key]) for d, key in zip(offered, keys, strict=True))
    parts = {"hours": "per day", "order": order, "predicate": predicate, "lead": lead or "-"}
    return Offer(line, windows, parts)


def _except_day_offer(rng: random.Random, tongue: Tongue) -> Offer:
    """Every weekday of next week but one, with or without a part of day."""
    hours = rng.choice(("day", "morning", "afternoon"))
    left_out = rng.randrange(5)
    but = rng.choice(tongue.but)
    offer = f"{rng.choice(tongue.any_day[hours])} {but} {tongue.days[0][1][left_out]}"
    line, order, predicate = _with_predicate(rng, tongue, offer)
    start, end = HOURS[hours]
    windows = tuple((NEXT_WEEK + d, start, end) for d in range(5) if d != left_out)
    parts = {"hours": hours, "order": order, "predicate": predicate, "but": but}
    return Offer(line, windows, parts)


def _not_lunch_offer(rng: random.Random, tongue: Tongue) -> Offer:
    """One or two whole weekdays with the hour from 12 to 1 excepted."""
    offered = sorted(rng.sample(range(5), rng.choice((1, 2))))
    lead, names, monday = _days(rng, tongue, offered)
    span = rng.choice(tongue.not_lunch)
    offer = f"{lead}{_listed(names, tongue.joiner['or'])}, {span}"
    line, order, predicate = _with_predicate(rng, tongue, offer)
    windows = tuple(
        (monday + d, *hours) for d in offered for hours in (("09:00", "12:00"), ("13:00", "17:00"))
    )
    parts = {"hours": "not 12-1", "span": span, "order": order, "predicate": predicate}
    return Offer(line, windows, parts)


SHAPES = {
    "list": _listed_offer,
    "per day": _per_day_offer,
    "except day": _except_day_offer,
    "not lunch": _not_lunch_offer,
}


def dress(
    rng: random.Random, body: str, lang: str, quote: tuple[str, str], parts: dict[str, str]
) -> str:
    """`body` in lower case or with its accents dropped, and an earlier message quoted below it:
    parts that carry no free time (named in `parts` for the factor tables)."""
    # Dropping accents changes German words ("hätte" to "hatte"), and English has none to drop.
    plain = ("no accents",) if lang in ("fr", "es", "pt") else ()
    case = rng.choice(("as written", "as written", "lower case", *plain))
    if case == "lower case":
        body = body.lower()
    elif case == "no accents":
        body = _plain(body)
    parts["case"] = case
    if rng.random() < 0.3:
        header, earlier = quote
        quoted = "\n".join(f"> {row}" for row in earlier.split("\n"))
        body = f"{body}\n\n{header}\n{quoted}"
        parts["quoted"] = "yes"
    return body


def compose(rng: random.Random, tongue: Tongue) -> Composed:
    """One reply offering free time in one of the shapes above, and what it means."""
    shape = rng.choice(("list", "list", "per day", "except day", "not lunch"))
    offer = SHAPES[shape](rng, tongue)
    line = offer.line
    week = "named" if shape == "except day" else "dated" if offer.windows[0][0] >= 14 else "bare"
    if week == "bare" and rng.random() < 0.5:
        week = "next"
        opener = rng.choice(tongue.next_week)
        if "\n" in line:
            line = f"{opener}\n{line}"
        else:
            line = f"{opener} {_sentence(line) if opener.endswith(':') else line}"
    lines = [_sentence(line)]
    parts = {"lang": tongue.lang, "shape": shape, "week": week} | offer.parts
    offered = {day - NEXT_WEEK for day, _, _ in offer.windows if day < DATED_WEEK}
    others = [d for d in range(5) if d not in offered]
    if shape != "except day" and others and rng.random() < 0.4:
        out = sorted(rng.sample(others, rng.choice((1, 2)) if len(others) > 1 else 1))
        template = rng.choice(tongue.ruled_out)
        said = _listed([tongue.days[0][1][d] for d in out], tongue.joiner["and"])
        lines.insert(0, _sentence(template.format(days=said)))
        parts["ruled_out"] = template
    if rng.random() < 0.3:
        template = rng.choice(tongue.deadline)
        day = rng.choice(others or [0])
        lines.append(template.format(day=tongue.days[0][1][day]))
        parts["deadline"] = template
    body = " ".join(lines) if "\n" not in line and rng.random() < 0.5 else "\n".join(lines)
    if rng.random() < 0.5:
        body = f"{rng.choice(tongue.greet)}\n\n{body}"
    if rng.random() < 0.6:
        body = f"{body}\n\n{rng.choice(tongue.sign)}"
    body = dress(rng, body, tongue.lang, tongue.quote, parts)
    probe = Probe(
        "composed",
        tongue.lang,
        body,
        "availability",
        offer.windows,
        zone=tongue.zone,
        date=tongue.date,
    )
    return Composed(probe, parts)


W = TypeVar("W")


def seeded(
    compose: Callable[[random.Random, W], Composed], writers: Sequence[W], count: int, seed: int
) -> list[Composed]:
    """`count` replies per writer (a language's vocabulary or grammar), the same ones on every
    run: what every composer's `compositions` returns."""
    rng = random.Random(seed)
    return [compose(rng, writer) for writer in writers for _ in range(count)]


def compositions(count: int, seed: int = 8, tongues: Sequence[Tongue] = TONGUES) -> list[Composed]:
    """`count` replies per language, the same ones on every run."""
    return seeded(compose, tongues, count, seed)


@dataclass(slots=True)
class Tally:
    """How a set of composed replies was read: counts, and misreadings by part."""

    total: int = 0
    exact: int = 0
    silent: int = 0
    handed: int = 0  # read wrongly but shown to a person
    seen: Counter[tuple[str, str]] = field(default_factory=Counter)
    wrong: Counter[tuple[str, str]] = field(default_factory=Counter)
    silent_texts: list[str] = field(default_factory=list)

    def line(self) -> str:
        n = self.total
        return (
            f"{n} replies: exact {self.exact / n:.3f}, silent {self.silent / n:.3f}, "
            f"wrong but handed {self.handed / n:.3f}"
        )


def tally(made: Sequence[Composed]) -> Tally:
    counts = Tally()
    for one in made:
        got = read(one.probe)
        bad = problems(one.probe, got)
        counts.total += 1
        for part in one.parts.items():
            counts.seen[part] += 1
            counts.wrong[part] += bool(bad)
        if not bad:
            counts.exact += 1
        elif handed(got):
            counts.handed += 1
        else:
            counts.silent += 1
            counts.silent_texts.append(f"{got.confidence:.2f} {bad} | {one.probe.text!r}")
    return counts


def command(made: Callable[[int], list[Composed]]) -> None:
    """A composer run as a script: the report on `made(N)` for the N given (200 by default)."""
    import sys

    report(tally(made(int(sys.argv[1]) if len(sys.argv) > 1 else 200)))


def report(counts: Tally) -> None:
    """The first 40 silent misreadings, the totals, and the share read wrongly by part."""
    for text in counts.silent_texts[:40]:
        print(f"SILENT {text}")
    print(f"\n{counts.line()}")
    print("\nshare read wrongly, by part (parts with at least 10 replies):")
    for part, seen in sorted(counts.seen.items(), key=lambda kv: -counts.wrong[kv[0]] / kv[1]):
        if seen >= 10 and counts.wrong[part]:
            print(f"  {counts.wrong[part] / seen:.2f} of {seen:4d}  {part[0]} = {part[1]!r}")


if __name__ == "__main__":
    command(compositions)
