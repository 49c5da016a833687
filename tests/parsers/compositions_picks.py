"""Replies that choose among the proposed options, composed from parts whose meaning is known.

The agent offered two to four options (`stage` "proposed"), drawn at random on weekdays from 2
to 18 December 2026 at business hours, sometimes two on one day, sometimes in another zone than
the sender's. A reply names one by its place in the list ("the second", "die zweite", "option
B", "#2", "the last one", "the middle one"), by its day ("the Thursday one", "mercredi 9"), by
day and part of day or hour ("Wednesday afternoon", "el miércoles a las 3"), by hour alone ("the
3pm"), by its rank on a day with two ("the later slot on Wednesday"), with the hour in the
options' zone and restated in the sender's own ("1pm ET, that's 7pm for me"); or it takes any
of them, two of them, all but one, prefers one of two, or none. Around it sit parts that carry
no meaning for the pick: a greeting, a signature, a line of thanks, quoted history with other
times, lower case, dropped accents.

Labels follow from the parts alone by EXTRACTION.md, "Picking from proposed options": one
option named is `accept` with its 1-based number; "either", "any", "1 or 3" and "any but one"
select the lowest acceptable number; a stated preference among acceptable ones is the option
picked; none and nothing offered is `decline`. A reference is composed only where it names
exactly one option: a bare weekday only when one option falls on that weekday and it is the
first such day after the reply (EXTRACTION.md, "Which days"), an hour alone only when one
option starts then, a part of day only when one option on that day falls in it, "the later"
only on a day with exactly two. Written from EXTRACTION.md alone, never from the engine.

Every reply is sent on Tuesday 1 December 2026 at 09:30 in its writer's zone.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from tests.parsers.compositions import (
    DE,
    EN,
    ES,
    FR,
    PT,
    Composed,
    Tongue,
    _sentence,
    command,
    dress,
    seeded,
)
from tests.parsers.reading_probes import Probe

DAYS = (2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18)  # the weekdays options fall on
FIRST_WEEK = range(2, 9)  # a bare weekday names the first such day after Tuesday the 1st
HOURS = (9, 10, 11, 13, 14, 15, 16)
LETTERS = "ABCD"


@dataclass(frozen=True, slots=True)
class Option:
    """One proposed option: its 1-based number, its start in the options' zone and the sender's."""

    number: int
    start: datetime  # in the zone the options were written in
    local: datetime  # the same instant in the sender's zone

    @property
    def day(self) -> int:
        return self.start.day


def _ordinal_en(n: int) -> str:
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n, 'th') }"


def _hour_en(h: int, m: int, rng: random.Random, bare: bool = False) -> str:
    twelve = h - 12 if h > 12 else h
    half = "pm" if h >= 12 else "am"
    clock = f"{twelve}" if not m else f"{twelve}:{m:02d}"
    forms = [f"{clock}{half}", f"{clock} {half}", f"{clock}{half.upper()}", f"{h}:{m:02d}"]
    if not m:
        forms.append(f"{twelve}:00{half}")
    if bare:
        forms.append(clock)
    return rng.choice(forms)


def _hour_fr(h: int, m: int, rng: random.Random, bare: bool = False) -> str:
    return rng.choice(
        (f"{h}h{m:02d}", f"{h} h {m:02d}", f"{h}:{m:02d}")
        if m
        else (f"{h}h", f"{h}h00", f"{h} h", f"{h}:00")
    )


def _hour_de(h: int, m: int, rng: random.Random, bare: bool = False) -> str:
    return rng.choice(
        (f"{h}:{m:02d} Uhr", f"{h}.{m:02d} Uhr", f"{h}:{m:02d}")
        if m
        else (f"{h} Uhr", f"{h}:00 Uhr", f"{h}.00 Uhr", f"{h}:00")
    )


def _hour_es(h: int, m: int, rng: random.Random, bare: bool = False) -> str:
    twelve = h - 12 if h > 12 else h
    clock = f"{twelve}" if not m else f"{twelve}:{m:02d}"
    part = "de la tarde" if h >= 12 else "de la mañana"
    forms = [f"{h}:{m:02d}", f"{h}h" if not m else f"{h}:{m:02d}h", f"{clock} {part}"]
    if bare:
        forms.append(clock)
    return rng.choice(forms)


def _hour_pt(h: int, m: int, rng: random.Random, bare: bool = False) -> str:
    twelve = h - 12 if h > 12 else h
    clock = f"{twelve}" if not m else f"{twelve}h{m:02d}"
    part = "da tarde" if h >= 12 else "da manhã"
    forms = [f"{h}h" if not m else f"{h}h{m:02d}", f"{h}:{m:02d}", f"{clock} {part}"]
    if bare:
        forms.append(clock)
    return rng.choice(forms)


@dataclass(frozen=True, slots=True)
class Picker:
    """One language's parts for picks. Templates take {day} (a weekday or a dated day), {h} (an
    hour with am/pm or on the 24-hour clock), {hb} (that or a bare hour, which the bare-hour rule
    reads right for business hours), {f}/{m} (a feminine/masculine ordinal), {n}, {nth}, {L}."""

    base: Tongue  # greetings and signatures
    zone: str
    date: str  # Tuesday 1 December 2026, 09:30 in `zone`
    others: tuple[tuple[str, str], ...]  # zones the options may be written in, and their labels
    weekdays: tuple[str, ...]  # Monday=0
    short: tuple[str, ...]
    dated: tuple[str, ...]  # "{w}" a weekday, "{s}" its short form, "{d}" the date
    hour: Callable[..., str]
    fem: tuple[str, ...]  # first to fourth
    masc: tuple[str, ...]
    place: tuple[str, ...]  # by place in the list
    last: tuple[str, ...]
    middle: tuple[str, ...]
    by_day: tuple[str, ...]
    part_words: dict[str, tuple[str, ...]]  # morning / afternoon
    by_part: tuple[str, ...]  # "{day}" and "{part}"
    by_hour: tuple[str, ...]  # "{day}" and "{h}" / "{hb}"
    hour_only: tuple[str, ...]
    by_rank: dict[str, tuple[str, ...]]  # earlier / later on "{day}"
    after: tuple[str, ...]  # predicates after the reference
    before: tuple[str, ...]
    thanks: tuple[str, ...]  # phone-short: the reference and thanks
    either: tuple[str, ...]  # of two
    any: tuple[str, ...]
    pair: tuple[str, ...]  # "{a}" or "{b}" with a predicate
    all_but: tuple[str, ...]  # "{ref}" left out
    prefer: tuple[str, ...]  # "{a}" and "{b}" acceptable, "{b}" preferred
    none: tuple[str, ...]
    neither: tuple[str, ...]  # of two
    later: tuple[str, ...]  # "I'll get back to you" after a decline
    restate: tuple[str, ...]  # "{t}" the time in the sender's zone
    filler: tuple[str, ...]  # a line of thanks with nothing to pick
    quote: tuple[str, str]


PEN = Picker(
    EN,
    "America/New_York",
    "Tue, 01 Dec 2026 09:30:00 -0500",
    (
        ("America/Los_Angeles", "PT"),
        ("America/Chicago", "CT"),
        ("Europe/London", "UK time"),
        ("UTC", "GMT"),
    ),
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    ("Mon", "Tue", "Wed", "Thu", "Fri"),
    ("{w} {dth}", "{s} {dth}", "{s} Dec {d}", "{w} the {dth}", "{s} 12/{d}"),
    _hour_en,
    ("first", "second", "third", "fourth"),
    ("first", "second", "third", "fourth"),
    (
        "the {f} one",
        "the {f} option",
        "the {f} slot",
        "the {f}",
        "the {nth} one",
        "option {n}",
        "option #{n}",
        "#{n}",
        "no. {n}",
        "number {n}",
        "slot {n}",
        "option {L}",
    ),
    ("the last one", "the last option", "the final slot"),
    ("the middle one", "the one in the middle", "the middle option"),
    ("the {day} one", "{day}", "the {day} slot", "the one on {day}"),
    {"morning": ("morning",), "afternoon": ("afternoon",)},
    ("{day} {part}", "the {day} {part} one", "the {day} {part} slot"),
    ("{day} at {hb}", "{day} {h}", "the {h} on {day}", "the {day} {h} slot"),
    ("the {h}", "the {h} one", "the {h} slot"),
    {
        "earlier": (
            "the earlier slot on {day}",
            "the earlier one on {day}",
            "the earlier {day} one",
        ),
        "later": ("the later slot on {day}", "the later one on {day}", "the later {day} one"),
    },
    ("works", "works for me", "is perfect", "is fine", "suits me best", "sounds good"),
    ("I'll take", "I'd go with", "Let's do", "Please book", "I can do"),
    ("{ref}, thanks!", "{ref} please", "{ref} pls"),
    ("Either works for me.", "Both work, whichever suits you.", "either is fine"),
    (
        "Any of them works.",
        "Any of those is fine with me.",
        "All of them work for me.",
        "any is fine",
    ),
    ("{a} or {b} works for me.", "Either {a} or {b} is fine.", "I can do {a} or {b}."),
    ("Any of them except {ref}.", "All work except {ref}.", "Any but {ref} is fine."),
    (
        "{a} or {b} both work, I'd prefer {b}.",
        "{b} ideally, otherwise {a}.",
        "{b} if possible, {a} also works.",
    ),
    (
        "None of them works for me, sorry.",
        "I can't make any of these times.",
        "None of those work unfortunately.",
    ),
    ("Neither works for me, sorry.", "Neither of those times works."),
    ("I'll get back to you with other times.", "Let me check and come back to you."),
    (" (that's {t} for me)", ", i.e. {t} my time", " - {t} my time"),
    ("Thanks for sending the options.", "Looking forward to it!"),
    (
        "On Mon, Nov 30, 2026 at 4:12 PM Kestrel Hire <schedule@kestrel.example> wrote:",
        "Hi,\nWould Friday the 11th at 2pm or Monday the 14th at 10am suit?\nThanks",
    ),
)
PFR = Picker(
    FR,
    "Europe/Paris",
    "Tue, 01 Dec 2026 09:30:00 +0100",
    (("America/New_York", "ET"), ("UTC", "GMT")),
    ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    ("lun.", "mar.", "mer.", "jeu.", "ven."),
    ("{w} {d}", "{w} {d} décembre", "{s} {d} déc."),
    _hour_fr,
    ("première", "deuxième", "troisième", "quatrième"),
    ("premier", "deuxième", "troisième", "quatrième"),
    (
        "la {f}",
        "la {f} option",
        "le {m} créneau",
        "l'option {n}",
        "le créneau {n}",
        "la proposition {n}",
        "le n°{n}",
        "la {n}",
        "l'option {L}",
    ),
    ("la dernière", "le dernier créneau", "la dernière proposition"),
    ("celle du milieu", "le créneau du milieu"),
    ("celle de {day}", "{day}", "le créneau de {day}"),
    {"morning": ("matin",), "afternoon": ("après-midi",)},
    ("{day} {part}", "celle de {day} {part}", "le créneau de {day} {part}"),
    ("{day} à {h}", "{day} {h}", "celle de {day} à {h}", "le créneau de {h} {day}"),
    ("celle de {h}", "le créneau de {h}"),
    {
        "earlier": ("le créneau le plus tôt {day}", "{day}, le plus tôt des deux"),
        "later": ("le créneau le plus tard {day}", "{day}, le plus tard des deux"),
    },
    ("me va", "me convient", "me va très bien", "c'est parfait pour moi"),
    ("je prends", "je choisis", "va pour", "je retiens"),
    ("{ref}, merci !", "{ref} svp"),
    ("Les deux me vont.", "L'une ou l'autre me convient."),
    ("N'importe laquelle me va.", "Toutes me conviennent.", "Tous les créneaux me vont."),
    ("{a} ou {b} me va.", "Je peux {a} ou {b}.", "{a} ou {b}, comme vous voulez."),
    ("Toutes me vont sauf {ref}.", "N'importe laquelle sauf {ref}.", "Tout me va sauf {ref}."),
    (
        "{a} ou {b}, de préférence {b}.",
        "{b} de préférence, sinon {a}.",
        "{a} ou {b}, mais je préfère {b}.",
    ),
    (
        "Aucun de ces créneaux ne me convient, désolé.",
        "Aucune ne me va malheureusement.",
        "Je ne suis disponible à aucun de ces créneaux.",
    ),
    ("Aucune des deux ne me convient.", "Ni l'une ni l'autre ne me va, désolé."),
    ("Je reviens vers vous rapidement.", "Je vous recontacte avec d'autres disponibilités."),
    (" ({t} chez moi)", ", soit {t} pour moi", " ({t} heure locale)"),
    ("Merci pour les propositions.", "Au plaisir d'échanger."),
    (
        "Le lun. 30 nov. 2026 à 16:12, Kestrel Hire <schedule@kestrel.example> a écrit :",
        "Bonjour,\nSeriez-vous libre vendredi 11 à 14h ou lundi 14 à 10h ?\nCordialement",
    ),
)
PDE = Picker(
    DE,
    "Europe/Berlin",
    "Tue, 01 Dec 2026 09:30:00 +0100",
    (("America/New_York", "ET"), ("UTC", "UTC")),
    ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    ("Mo", "Di", "Mi", "Do", "Fr"),
    ("{w} {d}.12.", "{s} {d}.12.", "{w}, den {d}."),
    _hour_de,
    ("erste", "zweite", "dritte", "vierte"),
    ("erste", "zweite", "dritte", "vierte"),
    (
        "die {f}",
        "die {f} Option",
        "Option {n}",
        "Termin {n}",
        "Vorschlag {n}",
        "Nr. {n}",
        "die {n}",
        "#{n}",
        "Option {L}",
    ),
    ("die letzte", "die letzte Option", "der letzte Vorschlag"),
    ("die mittlere", "die mittlere Option"),
    ("{day}", "die Option am {day}"),
    {"morning": ("vormittags", "Vormittag"), "afternoon": ("nachmittags", "Nachmittag")},
    ("{day} {part}", "die Option am {day} {part}"),
    ("{day} um {h}", "{day}, {h}", "die Option am {day} um {h}"),
    ("{h}", "die Option um {h}"),
    {
        "earlier": ("die frühere Option am {day}", "am {day} die frühere"),
        "later": ("die spätere Option am {day}", "am {day} die spätere"),
    },
    ("passt", "passt mir", "passt mir gut", "geht bei mir", "klappt"),
    ("mir passt", "bei mir geht", "ich nehme", "gerne"),
    ("{ref}, danke!", "{ref} bitte"),
    ("Beide passen mir.", "Mir passen beide."),
    ("Alle passen mir.", "Mir passt jeder der Termine.", "Jede Option geht bei mir."),
    ("{a} oder {b} passt mir.", "{a} oder {b}, wie es Ihnen lieber ist.", "Ich kann {a} oder {b}."),
    ("Alle passen, nur {ref} nicht.", "Alle gehen bis auf {ref}.", "Alles geht, nur {ref} nicht."),
    (
        "{a} oder {b}, am liebsten {b}.",
        "Am liebsten {b}, sonst {a}.",
        "{a} und {b} gehen, lieber wäre mir {b}.",
    ),
    (
        "Keiner der Termine passt mir leider.",
        "Leider passt keine der Optionen.",
        "Ich kann leider zu keinem der Termine.",
    ),
    ("Leider passen beide nicht.", "Keiner der beiden Termine geht bei mir."),
    ("Ich melde mich mit Alternativen.", "Ich melde mich wieder."),
    (" (bei mir {t})", ", also {t} bei mir", " ({t} meiner Zeit)"),
    ("Danke für die Vorschläge.", "Ich freue mich auf das Gespräch."),
    (
        "Am Mo., 30. Nov. 2026 um 16:12 Uhr schrieb Kestrel Hire <schedule@kestrel.example>:",
        "Hallo,\nginge Freitag, 11.12. um 14 Uhr oder Montag, 14.12. um 10 Uhr?\nGrüße",
    ),
)
PES = Picker(
    ES,
    "Europe/Madrid",
    "Tue, 01 Dec 2026 09:30:00 +0100",
    (("America/New_York", "ET"), ("UTC", "GMT")),
    ("lunes", "martes", "miércoles", "jueves", "viernes"),
    ("lun", "mar", "mié", "jue", "vie"),
    ("{w} {d}", "{w} {d} de diciembre", "{s} {d}"),
    _hour_es,
    ("primera", "segunda", "tercera", "cuarta"),
    ("primer", "segundo", "tercer", "cuarto"),
    (
        "la {f}",
        "la {f} opción",
        "el {m} horario",
        "la opción {n}",
        "la número {n}",
        "la {n}",
        "la opción {L}",
        "la {L}",
    ),
    ("la última", "la última opción", "el último horario"),
    ("la del medio", "la opción del medio"),
    ("la del {day}", "el {day}", "la opción del {day}"),
    {"morning": ("por la mañana",), "afternoon": ("por la tarde",)},
    ("el {day} {part}", "la del {day} {part}"),
    ("el {day} a las {hb}", "la del {day} a las {h}", "el {day} {h}"),
    ("la de las {h}", "la opción de las {h}"),
    {
        "earlier": ("la más temprana del {day}", "el {day}, la más temprana"),
        "later": ("la más tardía del {day}", "el {day}, la más tardía", "la más tarde del {day}"),
    },
    ("me va bien", "me viene bien", "me sirve", "me va perfecto"),
    ("me quedo con", "elijo", "prefiero", "me apunto a"),
    ("{ref}, gracias!", "{ref} porfa"),
    ("Cualquiera de las dos me va bien.", "Me valen las dos."),
    ("Cualquiera me va bien.", "Me viene bien cualquiera.", "Todas me sirven."),
    ("{a} o {b} me va bien.", "Puedo {a} o {b}.", "{a} o {b}, lo que te venga mejor."),
    ("Cualquiera menos {ref}.", "Todas me van bien salvo {ref}.", "Me sirven todas excepto {ref}."),
    (
        "{a} o {b}, preferiblemente {b}.",
        "{b} de preferencia, si no {a}.",
        "Me van {a} y {b}, pero prefiero {b}.",
    ),
    (
        "Ninguna me va bien, lo siento.",
        "No puedo en ninguno de esos horarios.",
        "Lamentablemente no me sirve ninguna.",
    ),
    ("Ninguna de las dos me va bien.", "No me va ni una ni otra, lo siento."),
    ("Te escribo con otras opciones.", "Te digo algo pronto."),
    (" (las {t} aquí)", ", o sea las {t} para mí", " ({t} hora local)"),
    ("Gracias por las opciones.", "Un placer."),
    (
        "El lun, 30 nov 2026 a las 16:12, Kestrel Hire (<schedule@kestrel.example>) escribió:",
        "Hola:\n¿Te vendría bien el viernes 11 a las 14:00 o el lunes 14 a las 10:00?\nSaludos",
    ),
)
PPT = Picker(
    PT,
    "America/Sao_Paulo",
    "Tue, 01 Dec 2026 09:30:00 -0300",
    (("America/New_York", "ET"), ("Europe/Berlin", "CET")),
    ("segunda", "terça", "quarta", "quinta", "sexta"),
    ("seg", "ter", "qua", "qui", "sex"),
    ("{w} dia {d}", "{w}-feira, dia {d}", "{w} ({d})"),
    _hour_pt,
    ("primeira", "segunda", "terceira", "quarta"),
    ("primeiro", "segundo", "terceiro", "quarto"),
    (
        "a {f}",
        "a {f} opção",
        "o {m} horário",
        "a opção {n}",
        "a número {n}",
        "a {n}",
        "a opção {L}",
    ),
    ("a última", "a última opção", "o último horário"),
    ("a do meio", "a opção do meio"),
    ("a de {day}", "{day}", "a opção de {day}"),
    {"morning": ("de manhã",), "afternoon": ("à tarde",)},
    ("{day} {part}", "a de {day} {part}"),
    ("{day} às {hb}", "a de {day} às {h}", "{day} {h}"),
    ("a das {h}", "o horário das {h}"),
    {
        "earlier": ("a mais cedo de {day}", "{day}, a mais cedo"),
        "later": ("a mais tarde de {day}", "{day}, a mais tarde"),
    },
    ("dá para mim", "funciona para mim", "fica bom", "serve"),
    ("fico com", "escolho", "prefiro", "pode ser"),
    ("{ref}, obrigado!", "{ref} pfv"),
    ("Qualquer uma das duas serve.", "As duas dão para mim."),
    ("Qualquer uma serve.", "Todas dão para mim.", "Qualquer horário serve."),
    ("{a} ou {b} dá para mim.", "Posso {a} ou {b}.", "{a} ou {b}, como preferir."),
    ("Qualquer uma menos {ref}.", "Todas servem, exceto {ref}.", "Só não dá {ref}."),
    (
        "{a} ou {b}, de preferência {b}.",
        "{b} de preferência, senão {a}.",
        "{a} e {b} dão, mas prefiro {b}.",
    ),
    (
        "Nenhuma dá para mim, desculpe.",
        "Não consigo em nenhum desses horários.",
        "Infelizmente nenhuma opção serve.",
    ),
    ("Nenhuma das duas dá para mim.", "Não dá nem uma nem outra, desculpe."),
    ("Volto a falar com você com outras opções.", "Te aviso em breve."),
    (" ({t} aqui)", ", ou seja {t} para mim", " ({t} no meu horário)"),
    ("Obrigado pelas opções.", "Até breve."),
    (
        "Em seg., 30 de nov. de 2026 às 16:12, Kestrel Hire <schedule@kestrel.example> escreveu:",
        "Olá,\nVocê poderia sexta dia 11 às 14h ou segunda dia 14 às 10h?\nAbraço",
    ),
)
PICKERS = (PEN, PFR, PDE, PES, PPT)


def _options(rng: random.Random, zone: str, sender: str) -> list[Option]:
    """Two to four options at distinct starts, in order, one day often holding two."""
    count = rng.choice((2, 3, 3, 4))
    days = rng.sample(DAYS, count)
    if count > 2 and rng.random() < 0.5:
        days[1] = days[0]
    starts: set[datetime] = set()
    tz = ZoneInfo(zone)
    while len(starts) < count:
        day = days[len(starts)]
        minute = 30 if rng.random() < 0.2 else 0
        starts.add(datetime(2026, 12, day, rng.choice(HOURS), minute, tzinfo=tz))
    return [
        Option(i + 1, start, start.astimezone(ZoneInfo(sender)))
        for i, start in enumerate(sorted(starts))
    ]


def _part(hour: int) -> str | None:
    """The part of day an hour lies in (EXTRACTION.md, "Which hours"), if morning or afternoon."""
    return "morning" if 9 <= hour < 12 else "afternoon" if 12 <= hour < 17 else None


@dataclass(frozen=True, slots=True)
class Ref:
    """A phrase naming one option, and how it names it (for the factor tables)."""

    text: str
    form: str
    hour: bool  # it says an hour, so in the options' zone it carries that zone's label


class Writer:
    """References to the options of one reply, in one language and zone."""

    def __init__(self, rng: random.Random, p: Picker, options: list[Option], label: str) -> None:
        self.rng, self.p, self.options, self.label = rng, p, options, label

    def day(self, option: Option) -> str | None:
        """The option's day as written: a bare weekday where it names it alone, else a date."""
        wd = option.start.weekday()
        alone = sum(o.start.weekday() == wd for o in self.options if o.day != option.day) == 0
        names = {"w": self.p.weekdays[wd], "s": self.p.short[wd], "d": option.day}
        forms = [f.format(**names, dth=_ordinal_en(option.day)) for f in self.p.dated]
        if alone and option.day in FIRST_WEEK:
            forms += [self.p.weekdays[wd], self.p.weekdays[wd], self.p.short[wd]]
        elif alone and self.p is PEN and option.day in range(7, 12):
            forms.append(f"next {self.p.weekdays[wd]}")
        return self.rng.choice(forms)

    def hour(self, option: Option, bare: bool = True) -> str:
        text = self.p.hour(
            option.start.hour, option.start.minute, self.rng, bare and not self.label
        )
        return f"{text} {self.label}" if self.label else text

    def refs(self, option: Option) -> list[Ref]:
        """Every way this option can be named alone among the options."""
        p, n, k = self.p, len(self.options), option.number
        words = {
            "f": p.fem[k - 1],
            "m": p.masc[k - 1],
            "n": k,
            "nth": _ordinal_en(k),
            "L": LETTERS[k - 1],
        }
        # Portuguese "a segunda" and "a quarta" name Monday and Wednesday as well.
        clash = {2: 0, 4: 2}.get(k) if p is PPT else None
        named = any(o.start.weekday() == clash for o in self.options)
        # "the 3rd one" names the 3rd of the month as well.
        dated = any(o.day == k for o in self.options)
        place = [
            t for t in p.place if not (named and t == "a {f}") and not (dated and "{nth}" in t)
        ]
        found = [Ref(self.rng.choice(place).format(**words), "place", False)]
        if k == n:
            found.append(Ref(self.rng.choice(p.last), "last", False))
        if n == 3 and k == 2:
            found.append(Ref(self.rng.choice(p.middle), "middle", False))
        same_day = [o for o in self.options if o.day == option.day]
        day = self.day(option)
        if len(same_day) == 1:
            found.append(Ref(self.rng.choice(p.by_day).format(day=day), "day", False))
        # a part of day carries no zone, so it is read in the sender's (EXTRACTION.md)
        part = _part(option.local.hour)
        if part and sum(_part(o.local.hour) == part for o in same_day) == 1:
            template = self.rng.choice(p.by_part)
            said = template.format(day=day, part=self.rng.choice(p.part_words[part]))
            found.append(Ref(said, "day+part", False))
        template = self.rng.choice(p.by_hour)
        found.append(
            Ref(
                template.format(day=day, h=self.hour(option, False), hb=self.hour(option)),
                "day+hour",
                True,
            )
        )
        if sum(o.start.time() == option.start.time() for o in self.options) == 1:
            said = self.rng.choice(p.hour_only).format(h=self.hour(option, False))
            found.append(Ref(said, "hour", True))
        if len(same_day) == 2:
            rank = "earlier" if same_day[0] is option else "later"
            found.append(Ref(self.rng.choice(p.by_rank[rank]).format(day=day), "rank", False))
        return found

    def ref(self, option: Option) -> Ref:
        return self.rng.choice(self.refs(option))

    def restated(self, option: Option, ref: Ref) -> str:
        """The option's time in the sender's zone, after a reference that said it in another."""
        local = option.local
        t = self.p.hour(local.hour, local.minute, self.rng)
        if not ref.hour:
            t = f"{self.p.weekdays[local.weekday()]} {t}"
        return self.rng.choice(self.p.restate).format(t=t)


def _single(w: Writer, p: Picker, restate: bool) -> tuple[str, int, dict[str, str]]:
    option = w.rng.choice(w.options)
    ref = w.ref(option)
    said = ref.text + (w.restated(option, ref) if restate else "")
    order = w.rng.choice(("after", "before", "thanks"))
    if order == "after":
        line = f"{said} {w.rng.choice(p.after)}."
    elif order == "before":
        line = f"{w.rng.choice(p.before)} {said}."
    else:
        line = w.rng.choice(p.thanks).format(ref=said)
    return line, option.number, {"form": ref.form, "order": order}


def _any(w: Writer, p: Picker, restate: bool) -> tuple[str, int, dict[str, str]]:
    words = p.either if len(w.options) == 2 and w.rng.random() < 0.6 else p.any
    return w.rng.choice(words), 1, {"form": "either" if words is p.either else "any"}


def _two(w: Writer) -> tuple[Option, Ref, Option, Ref]:
    a, b = w.rng.sample(w.options, 2)
    return a, w.ref(a), b, w.ref(b)


def _pair(w: Writer, p: Picker, restate: bool) -> tuple[str, int, dict[str, str]]:
    a, ra, b, rb = _two(w)
    line = w.rng.choice(p.pair).format(a=ra.text, b=rb.text)
    return line, min(a.number, b.number), {"form": ra.form, "other form": rb.form}


def _all_but(w: Writer, p: Picker, restate: bool) -> tuple[str, int, dict[str, str]]:
    out = w.rng.choice(w.options)
    ref = w.ref(out)
    line = w.rng.choice(p.all_but).format(ref=ref.text)
    return line, min(o.number for o in w.options if o is not out), {"form": ref.form}


def _prefer(w: Writer, p: Picker, restate: bool) -> tuple[str, int, dict[str, str]]:
    _, ra, b, rb = _two(w)
    line = w.rng.choice(p.prefer).format(a=ra.text, b=rb.text)
    return line, b.number, {"form": rb.form, "other form": ra.form}


SETS = {"one": _single, "any": _any, "two": _pair, "all but": _all_but, "prefer": _prefer}


def compose(rng: random.Random, p: Picker) -> Composed:
    """One reply choosing among proposed options, or none of them, and what it means."""
    zone, label = p.zone, ""
    if rng.random() < 0.35:
        zone, label = rng.choice(p.others)
    options = _options(rng, zone, p.zone)
    w = Writer(rng, p, options, label)
    kind = rng.choice(("one", "one", "one", "one", "any", "two", "all but", "prefer", "none"))
    restate = bool(label) and kind == "one" and rng.random() < 0.6
    parts = {
        "lang": p.base.lang,
        "set": kind,
        "options": str(len(options)),
        "zone": "restated" if restate else "labelled" if label else "sender's",
    }
    if kind == "none":
        words = p.neither if len(options) == 2 and rng.random() < 0.6 else p.none
        lines = [rng.choice(words)]
        if rng.random() < 0.5:
            lines.append(rng.choice(p.later))
        intent, selected = "decline", None
        parts["form"] = "none"
    else:
        line, selected, more = SETS[kind](w, p, restate)
        lines, intent = [_sentence(line)], "accept"
        parts |= more
    if rng.random() < 0.3:
        lines.insert(0, rng.choice(p.filler))
        parts["filler"] = "yes"
    body = " ".join(lines) if rng.random() < 0.5 else "\n".join(lines)
    if rng.random() < 0.5:
        body = f"{rng.choice(p.base.greet)}\n\n{body}"
    if rng.random() < 0.6:
        body = f"{body}\n\n{rng.choice(p.base.sign)}"
    body = dress(rng, body, p.base.lang, p.quote, parts)
    proposed = [
        {"start": o.start.isoformat(), "end": (o.start + timedelta(minutes=60)).isoformat()}
        for o in options
    ]
    probe = Probe(
        "pick",
        p.base.lang,
        body,
        intent,
        selected=selected,
        stage="proposed",
        zone=p.zone,
        date=p.date,
        context={"proposed": proposed},
    )
    return Composed(probe, parts)


def compositions(count: int, seed: int = 24, pickers: Sequence[Picker] = PICKERS) -> list[Composed]:
    """`count` replies per language, the same ones on every run."""
    return seeded(compose, pickers, count, seed)


if __name__ == "__main__":
    command(compositions)
