"""Replies composed from clock times and hour bounds, to find which way of writing a time misreads.

`tests.parsers.compositions` varies the days and the parts around an offer over a few time
phrases; here the time phrase is the thing varied. A reply offers one to three weekdays of next
week (or of the week of the 14th, dated) and a clock phrase that holds for each of them, or each
day its own phrase ("Mon after 3, Wed before half ten"). The phrase is one of the closed shapes
EXTRACTION.md gives hours to:

- a single time, "at X" or "around X": X to X + 60 minutes (the interview's duration);
- "after X", "from X", "X onwards", "not before X": X to 17:00 (17:00 to 20:00 when X is 17:00);
- "before X", "until X", "no later than X": 09:00 to X;
- "between X and Y", "X-Y", "from X to Y": X to Y;

with X and Y any quarter hour from 8:00 to 17:00, written in every form the language has:
digits with ":", "." or "h", "Uhr", "heures", "horas", a.m./p.m. marks, 24-hour, bare hours
(1-7 mean pm, 8-11 am, 12 noon), words, and the quarter and half forms with their meaning in the
language. Around the offer: a predicate or none, a greeting, a signature, "sent from my phone",
lower case, dropped accents, and a quoted earlier message proposing other times. The label
follows from the parts alone, never from the engine; written from EXTRACTION.md alone.

Left out as truly ambiguous: "by X" (a reply-by deadline or the time one is free from), US
"quarter of ten" (read as 9:45 by some, 10:15 by others), 12-hour digits with a French or
Portuguese "h" ("3h": three in the night as written, or the bare-hour rule), German digits with
a dot and no "Uhr" ("10.12" is also a date), and the Latin American "un cuarto para las once"
and Brazilian "quinze para as onze" (their inner article cannot take a preposition in front).

`python -m tests.parsers.compositions_clock 300` prints the first 40 silent misreadings, the
totals and the factor table.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tests.parsers.compositions import (
    DE,
    EN,
    ES,
    FR,
    NEXT_WEEK,
    PT,
    Composed,
    Tongue,
    _days,
    _listed,
    _sentence,
    command,
    dress,
    seeded,
)
from tests.parsers.reading_probes import Probe, Windows

# Every quarter hour a bound can name, as minutes since midnight: 8:00 to 17:00.
QUARTERS = tuple(range(8 * 60, 17 * 60 + 1, 15))
DURATION = 60  # the interview's length in the probes' context: a single time's window
DAY_START, DAY_END, EVENING_END = 9 * 60, 17 * 60, 20 * 60

Writer = Callable[[random.Random, int, int], str | None]  # (rng, hour 8-17, minute) -> text


def _h12(hour: int) -> int:
    return hour if hour <= 12 else hour - 12


def _next12(hour: int) -> int:
    """The hour a "quarter to" or German "halb" names: the next one, on a 12-hour dial."""
    return _h12(hour + 1)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


# ---------------------------------------------------------------- English
EN_WORDS = [
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
    "twelve",
]
EN_MIN = {15: "fifteen", 30: "thirty", 45: "forty-five"}


def _en_word(hour12: int) -> str:
    return EN_WORDS[hour12 - 1]


def _en_mark(rng: random.Random, hour: int, minute: int) -> str:
    mark = rng.choice(("{}m", " {}m", "{}M", " {}M", "{}.m.", " {}.m."))
    mark = mark.format("a" if hour < 12 else "p").replace("aM", "AM").replace("pM", "PM")
    if minute == 0:
        return f"{_h12(hour)}{mark}"
    # "3.30pm" is how British mail writes it, "3:30pm" American.
    return f"{_h12(hour)}{rng.choice(':.')}{minute:02d}{mark}"


def _en_24h(rng: random.Random, hour: int, minute: int) -> str | None:
    return f"{hour}:{minute:02d}" if hour > 12 else None


def _bare(rng: random.Random, hour: int, minute: int) -> str:
    """A 12-hour number with no mark: the bare-hour rule gives it its half of the day."""
    return f"{_h12(hour)}" if minute == 0 else f"{_h12(hour)}:{minute:02d}"


def _en_ish(rng: random.Random, hour: int, minute: int) -> str | None:
    return f"{_h12(hour)}{rng.choice(('ish', '-ish'))}" if minute == 0 else None


def _en_oclock(rng: random.Random, hour: int, minute: int) -> str | None:
    if minute:
        return None
    return f"{rng.choice((str(_h12(hour)), _en_word(_h12(hour))))} o'clock"


def _en_words(rng: random.Random, hour: int, minute: int) -> str:
    word = _en_word(_h12(hour))
    return word if minute == 0 else f"{word} {EN_MIN[minute]}"


def _en_quarters(rng: random.Random, hour: int, minute: int) -> str | None:
    """ "half past three" and British "half three" are 3:30; "quarter to four" is 3:45."""
    said = rng.choice((_en_word, str))
    if minute == 30:
        return rng.choice(("half past {}", "half {}")).format(said(_h12(hour)))
    if minute == 15:
        return rng.choice(("quarter past {}", "a quarter past {}", "quarter after {}")).format(
            said(_h12(hour))
        )
    if minute == 45:
        return rng.choice(("quarter to {}", "a quarter to {}")).format(said(_next12(hour)))
    return None


def _en_noon(rng: random.Random, hour: int, minute: int) -> str | None:
    return rng.choice(("noon", "midday", "12 noon")) if (hour, minute) == (12, 0) else None


def _en_part_of_day(rng: random.Random, hour: int, minute: int) -> str | None:
    if hour == 12:
        return None
    part = "in the morning" if hour < 12 else "in the afternoon"
    return f"{rng.choice((_bare, _en_words))(rng, hour, minute)} {part}"


EN_FORMS: dict[str, Writer] = {
    "am/pm": _en_mark,
    "24h": _en_24h,
    "bare": _bare,
    "ish": _en_ish,
    "o'clock": _en_oclock,
    "words": _en_words,
    "half/quarter": _en_quarters,
    "noon": _en_noon,
    "in the morning/afternoon": _en_part_of_day,
}

# ---------------------------------------------------------------- French
FR_WORDS = [
    "une",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
]
FR_MIN = {15: "quinze", 30: "trente", 45: "quarante-cinq"}


def _fr_hours(number: int) -> str:
    return f"{FR_WORDS[number - 1]} {'heure' if number == 1 else 'heures'}"


def _fr_h(rng: random.Random, hour: int, minute: int) -> str:
    if minute == 0:
        return rng.choice((f"{hour}h", f"{hour}h00", f"{hour} h", f"{hour}H"))
    return rng.choice((f"{hour}h{minute:02d}", f"{hour} h {minute:02d}", f"{hour}H{minute:02d}"))


def _colon24(rng: random.Random, hour: int, minute: int) -> str:
    return rng.choice((f"{hour}:{minute:02d}", f"{hour:02d}:{minute:02d}"))


def _fr_heures(rng: random.Random, hour: int, minute: int) -> str:
    return f"{hour} heures" + (f" {minute}" if minute else "")


def _fr_words24(rng: random.Random, hour: int, minute: int) -> str:
    return _fr_hours(hour) + (f" {FR_MIN[minute]}" if minute else "")


def _fr_words12(rng: random.Random, hour: int, minute: int) -> str:
    """ "et quart" +15, "et demie" +30, "onze heures moins le quart" 10:45; 12 is "midi"."""

    def said(hour12: int) -> str:
        return "midi" if hour12 == 12 else _fr_hours(hour12)

    if minute == 45:
        return f"{said(_next12(hour))} {rng.choice(('moins le quart', 'moins quart'))}"
    base = said(_h12(hour))
    half = "et demi" if hour == 12 else "et demie"
    return base + {0: "", 15: " et quart", 30: f" {half}"}[minute]


def _fr_part_of_day(rng: random.Random, hour: int, minute: int) -> str | None:
    if hour == 12:
        return None
    part = "du matin" if hour < 12 else "de l'après-midi"
    hour12 = _h12(hour)
    digits = f"{hour12}h" + (f"{minute:02d}" if minute else "")
    return (
        f"{rng.choice((digits, _fr_words12(rng, hour, minute)))} {part}"
        if minute != 45
        else (f"{digits} {part}")
    )


FR_FORMS: dict[str, Writer] = {
    "h": _fr_h,
    "colon": _colon24,
    "heures": _fr_heures,
    "words 24h": _fr_words24,
    "words": _fr_words12,
    "du matin/de l'apres-midi": _fr_part_of_day,
}

# ---------------------------------------------------------------- German
DE_WORDS = [
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
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
]
DE_MIN = {15: "fünfzehn", 30: "dreißig", 45: "fünfundvierzig"}


def _de_uhr_word(number: int) -> str:
    return "ein" if number == 1 else DE_WORDS[number - 1]


def _de_uhr(rng: random.Random, hour: int, minute: int) -> str:
    if minute == 0:
        return rng.choice((f"{hour} Uhr", f"{hour}:00 Uhr", f"{hour:02d}:00 Uhr", f"{hour}.00 Uhr"))
    return rng.choice(
        (f"{hour}:{minute:02d} Uhr", f"{hour}.{minute:02d} Uhr", f"{hour:02d}:{minute:02d} Uhr")
    )


def _de_words24(rng: random.Random, hour: int, minute: int) -> str:
    return f"{_de_uhr_word(hour)} Uhr" + (f" {DE_MIN[minute]}" if minute else "")


def _de_words12(rng: random.Random, hour: int, minute: int) -> str:
    """ "halb vier" is 3:30 (half way to four), "Viertel nach zehn" 10:15, "Viertel vor elf" 10:45.

    The east and south say "viertel elf" for 10:15 and "dreiviertel elf" for 10:45, a quarter and
    three quarters of the way to eleven: a regional form, but with one meaning where it is used.
    """
    said = rng.choice((lambda n: DE_WORDS[n - 1], str))
    if minute == 0:
        return rng.choice((f"{_de_uhr_word(_h12(hour))} Uhr", said(_h12(hour))))
    if minute == 30:
        return f"halb {said(_next12(hour))}"
    if minute == 15:
        if rng.random() < 0.25:
            return f"viertel {said(_next12(hour))}"
        return f"Viertel nach {said(_h12(hour))}"
    if rng.random() < 0.25:
        return f"dreiviertel {said(_next12(hour))}"
    return f"Viertel vor {said(_next12(hour))}"


def _de_part_of_day(rng: random.Random, hour: int, minute: int) -> str | None:
    if hour == 12 or minute:
        return None
    part = rng.choice(("morgens", "vormittags")) if hour < 12 else "nachmittags"
    return f"{rng.choice((str(_h12(hour)), _de_uhr_word(_h12(hour))))} Uhr {part}"


DE_FORMS: dict[str, Writer] = {
    "Uhr": _de_uhr,
    "colon": _colon24,
    "words 24h": _de_words24,
    "words": _de_words12,
    "morgens/nachmittags": _de_part_of_day,
}

# ---------------------------------------------------------------- Spanish
ES_WORDS = [
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
    "doce",
]


def _es_digits(rng: random.Random, hour: int, minute: int) -> str:
    if minute == 0:
        return rng.choice((f"{hour}:00", f"{hour}h", f"{hour}:00h", f"{hour}.00"))
    return rng.choice((f"{hour}:{minute:02d}", f"{hour}.{minute:02d}", f"{hour}:{minute:02d}h"))


def _es_words(rng: random.Random, hour: int, minute: int) -> str:
    """ "las diez y cuarto" 10:15, "y media" :30, "las once menos cuarto" 10:45."""
    said = rng.choice((lambda n: ES_WORDS[n - 1], str))
    if minute == 45:
        return f"{said(_next12(hour))} menos cuarto"
    return said(_h12(hour)) + {0: "", 15: " y cuarto", 30: " y media"}[minute]


def _es_part_of_day(rng: random.Random, hour: int, minute: int) -> str | None:
    if hour == 12:
        return "mediodía" if minute == 0 else None
    part = "de la mañana" if hour < 12 else "de la tarde"
    return f"{rng.choice((_bare, _es_words))(rng, hour, minute)} {part}"


ES_FORMS: dict[str, Writer] = {
    "digits": _es_digits,
    "bare": _bare,
    "words": _es_words,
    "de la manana/tarde": _es_part_of_day,
}

# ---------------------------------------------------------------- Portuguese
PT_WORDS = [
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
    "doze",
]


def _pt_digits(rng: random.Random, hour: int, minute: int) -> str:
    if minute == 0:
        return rng.choice((f"{hour}h", f"{hour}:00", f"{hour}h00", f"{hour} horas"))
    return rng.choice((f"{hour}h{minute:02d}", f"{hour}:{minute:02d}"))


def _pt_words(rng: random.Random, hour: int, minute: int) -> str:
    """ "dez e meia" 10:30, "dez e quinze" or "dez e um quarto" 10:15, "onze menos um quarto"
    (Portugal) or "onze menos quinze" (Brazil) 10:45; 12 is "meio-dia"."""

    def said(hour12: int) -> str:
        if hour12 == 12 and rng.random() < 0.5:
            return "meio-dia"
        return rng.choice((PT_WORDS[hour12 - 1], str(hour12)))

    if minute == 45:
        return f"{said(_next12(hour))} {rng.choice(('menos um quarto', 'menos quinze'))}"
    quarter = rng.choice(("e quinze", "e um quarto"))
    return said(_h12(hour)) + {0: "", 15: f" {quarter}", 30: " e meia"}[minute]


def _pt_part_of_day(rng: random.Random, hour: int, minute: int) -> str | None:
    if hour == 12:
        return None
    part = "da manhã" if hour < 12 else "da tarde"
    return f"{rng.choice((_bare, _pt_words))(rng, hour, minute)} {part}"


PT_FORMS: dict[str, Writer] = {
    "digits": _pt_digits,
    "bare": _bare,
    "words": _pt_words,
    "da manha/tarde": _pt_part_of_day,
}


def _lead(rng: random.Random, hour: int, minute: int) -> str | None:
    """A bare 24-hour number that opens a range whose end carries the unit ("10-12 Uhr")."""
    return f"{hour}" if minute == 0 else None


# ------------------------------------------------------------ articles (ES, PT)
def _gender(text: str) -> str:
    """Which article a Spanish or Portuguese hour takes: "la una", "el mediodía", "las tres"."""
    if re.match(r"(una|uma|1)(?![\d])", text):
        return "f"
    if re.match(r"(mediod|meio-dia)", text):
        return "m"
    return "pl"


ARTICLES = {
    "es": {"pl": "las", "f": "la", "m": "el"},
    "pt": {"pl": "as", "f": "a", "m": "o"},
}
CONTRACTIONS = {
    "es": ((r"\bde el\b", "del"), (r"\ba el\b", "al")),
    "pt": (
        (r"\bde as\b", "das"),
        (r"\bde a\b", "da"),
        (r"\bde o\b", "do"),
        (r"\ba as\b", "às"),
        (r"\ba a\b", "à"),
        (r"\ba o\b", "ao"),
    ),
    "fr": ((r"\bde une\b", "d'une"), (r"\bque une\b", "qu'une")),
}


@dataclass(frozen=True, slots=True)
class Clock:
    """One language's clock grammar. In templates `{x}`/`{y}` are a time as written and
    `{X}`/`{Y}` the same with its article (Spanish and Portuguese hours take one)."""

    tongue: Tongue
    forms: dict[str, Writer]
    at: tuple[str, ...]
    around: tuple[str, ...]
    after: tuple[str, ...]
    before: tuple[str, ...]
    between: tuple[str, ...]
    sent: str  # the phone's line under a reply

    def phrase(self, template: str, x: str, y: str = "") -> str:
        articles = ARTICLES.get(self.tongue.lang)
        big_x, big_y = x, y
        if articles:
            big_x = f"{articles[_gender(x)]} {x}"
            big_y = f"{articles[_gender(y)]} {y}" if y else ""
        text = template.format(x=x, y=y, X=big_x, Y=big_y)
        for pattern, joined in CONTRACTIONS.get(self.tongue.lang, ()):
            text = re.sub(pattern, joined, text)
        return text


CLOCKS = (
    Clock(
        EN,
        EN_FORMS,
        at=("at {x}", "{x}", "@ {x}"),
        around=("around {x}", "about {x}", "at around {x}", "round about {x}"),
        after=(
            "after {x}",
            "from {x}",
            "from {x} onwards",
            "{x} onwards",
            "any time after {x}",
            "anytime after {x}",
            "not before {x}",
            "no earlier than {x}",
        ),
        before=(
            "before {x}",
            "until {x}",
            "till {x}",
            "til {x}",
            "b4 {x}",
            "up to {x}",
            "no later than {x}",
            "any time before {x}",
        ),
        between=(
            "between {x} and {y}",
            "{x}-{y}",
            "{x} - {y}",
            "{x}–{y}",
            "from {x} to {y}",
            "from {x} till {y}",
            "from {x} until {y}",
            "{x} to {y}",
        ),
        sent="Sent from my iPhone",
    ),
    Clock(
        FR,
        FR_FORMS,
        at=("à {x}", "{x}"),
        around=("vers {x}", "aux alentours de {x}", "à {x} environ"),
        after=("après {x}", "à partir de {x}", "dès {x}", "pas avant {x}"),
        before=("avant {x}", "jusqu'à {x}", "pas plus tard que {x}"),
        between=("entre {x} et {y}", "de {x} à {y}", "{x}-{y}", "{x} - {y}", "de {x} jusqu'à {y}"),
        sent="Envoyé de mon iPhone",
    ),
    Clock(
        DE,
        DE_FORMS,
        at=("um {x}", "{x}"),
        around=("gegen {x}", "so gegen {x}", "ca. {x}", "circa {x}"),
        after=("ab {x}", "nach {x}", "nicht vor {x}", "frühestens ab {x}", "jederzeit ab {x}"),
        before=(
            "vor {x}",
            "bis {x}",
            "spätestens bis {x}",
            "bis spätestens {x}",
            "nicht später als {x}",
        ),
        between=("zwischen {x} und {y}", "von {x} bis {y}", "{x}-{y}", "{x} – {y}", "{x} bis {y}"),
        sent="Von meinem iPhone gesendet",
    ),
    Clock(
        ES,
        ES_FORMS,
        at=("a {X}",),
        around=("sobre {X}", "hacia {X}", "a eso de {X}"),
        after=(
            "después de {X}",
            "a partir de {X}",
            "desde {X}",
            "no antes de {X}",
            "de {X} en adelante",
        ),
        before=("antes de {X}", "hasta {X}", "no más tarde de {X}"),
        between=(
            "entre {X} y {Y}",
            "de {X} a {Y}",
            "desde {X} hasta {Y}",
            "de {x} a {y}",
            "entre {x} y {y}",
            "{x}-{y}",
        ),
        sent="Enviado desde mi iPhone",
    ),
    Clock(
        PT,
        PT_FORMS,
        at=("a {X}",),
        around=("por volta de {X}",),
        after=("depois de {X}", "a partir de {X}", "não antes de {X}", "de {X} em diante"),
        before=("antes de {X}", "até {X}", "no máximo até {X}"),
        between=("entre {X} e {Y}", "de {X} a {Y}", "entre {x} e {y}", "{x}-{y}"),
        sent="Enviado do meu iPhone",
    ),
)

# Which quarter hours each bound may name, and the window it gives a day (EXTRACTION.md).
# "after X" stops at 16:00 (later leaves less than an interview) but for 17:00, which opens
# the evening; "before X" starts at 10:00 for the same reason.
BOUNDS: dict[str, tuple[Callable[[int], bool], Callable[[int], tuple[int, int]]]] = {
    "at": (lambda x: True, lambda x: (x, x + DURATION)),
    "around": (lambda x: True, lambda x: (x, x + DURATION)),
    "after": (
        lambda x: x <= 16 * 60 or x == DAY_END,
        lambda x: (x, EVENING_END if x >= DAY_END else DAY_END),
    ),
    "before": (lambda x: x >= 10 * 60, lambda x: (DAY_START, x)),
}


@dataclass(frozen=True, slots=True)
class Said:
    """One clock phrase, the minutes it spans on a day, and the parts it was made of."""

    text: str
    span: tuple[int, int]
    parts: dict[str, str]


def _write(
    rng: random.Random, clock: Clock, allowed: Sequence[int], lead: bool, fit: Callable[[str], bool]
) -> tuple[str, str, int]:
    """A time the slot allows in a form chosen first (so rare forms are drawn as often)."""
    forms = dict(clock.forms)
    if lead and clock.tongue.lang != "en":
        forms["lead"] = _lead
    while True:
        name = rng.choice(sorted(forms))
        fits = [m for m in allowed if forms[name](random.Random(m), m // 60, m % 60)]
        if not fits:
            continue
        minutes = rng.choice(fits)
        text = forms[name](rng, minutes // 60, minutes % 60)
        if text is not None and fit(text):
            return name, text, minutes


NUMBER_WORDS = frozenset(EN_WORDS + FR_WORDS + DE_WORDS + ES_WORDS + PT_WORDS + ["ein"])


def _fit(template: str) -> Callable[[str], bool]:
    """Which written times a template takes: a time standing alone after a day must carry a unit
    or a mark ("Monday 3pm", not "Monday 3"), and one side of a dash carries no spaces."""
    if template == "{x}":
        return lambda text: (
            not (re.fullmatch(r"\d{1,2}(:\d\d)?", text) or text.lower() in NUMBER_WORDS)
        )
    if re.search(r"\}\s?[-–]\s?\{", template):
        return lambda text: " " not in text
    return lambda text: True


def _clock_phrase(rng: random.Random, clock: Clock, shape: str) -> Said:
    if shape == "between":
        template = rng.choice(clock.between)
        fit = _fit(template)
        x_form, x, start = _write(rng, clock, [m for m in QUARTERS if m <= 16 * 60], True, fit)
        ends = [m for m in QUARTERS if m >= start + DURATION]
        # A range opened by a bare number may close with one ("de 10 a 12", "10-12").
        y_form, y, end = _write(rng, clock, ends, x_form == "lead", fit)
        parts = {"template": template, "x form": x_form, "y form": y_form}
        parts["x minute"] = f":{start % 60:02d}"
        return Said(clock.phrase(template, x, y), (start, end), parts)
    fits, window = BOUNDS[shape]
    template = rng.choice(getattr(clock, shape))
    allowed = [m for m in QUARTERS if fits(m)]
    x_form, x, at = _write(rng, clock, allowed, False, _fit(template))
    parts = {"template": template, "x form": x_form, "x minute": f":{at % 60:02d}"}
    return Said(clock.phrase(template, x), window(at), parts)


SHAPES = ("at", "around", "after", "before", "between")


def _windows(monday: int, offered: Sequence[int], spans: Sequence[tuple[int, int]]) -> Windows:
    return tuple(
        (monday + day, _hhmm(start), _hhmm(end))
        for day, (start, end) in zip(offered, spans, strict=True)
    )


def _with_predicate(rng: random.Random, tongue: Tongue, offer: str) -> tuple[str, str]:
    """The offer with a predicate after or before it, or alone as phones write it."""
    order = rng.choice(("after", "before", "none"))
    if order == "none":
        return offer, order
    predicate = rng.choice(getattr(tongue, order))
    return (f"{offer} {predicate}." if order == "after" else f"{predicate} {offer}."), order


def compose(rng: random.Random, clock: Clock) -> Composed:
    """One reply offering days with clock hours, and what it means."""
    tongue = clock.tongue
    offered = sorted(rng.sample(range(5), rng.choice((1, 2, 2, 3))))
    lead, names, monday = _days(rng, tongue, offered)
    mode = rng.choice(("list", "list", "time first", "per day"))
    if mode == "per day" and len(offered) == 1:
        mode = "list"
    parts = {"lang": tongue.lang, "mode": mode, "days": str(len(offered))}
    parts["week"] = "bare" if monday == NEXT_WEEK else "dated"
    if mode == "per day":
        said = [_clock_phrase(rng, clock, rng.choice(SHAPES)) for _ in offered]
        parts |= {"shape": "per day", "x form": said[0].parts["x form"]}
        if rng.random() < 0.5:
            joined = _listed(
                [f"{n} {s.text}" for n, s in zip(names, said, strict=True)], tongue.joiner["or"]
            )
            line, parts["order"] = _with_predicate(rng, tongue, lead + joined)
        else:
            line = "\n".join(
                f"{rng.choice(('- ', ''))}{n}: {s.text}" for n, s in zip(names, said, strict=True)
            )
            parts["order"] = "lines"
        windows = _windows(monday, offered, [s.span for s in said])
    else:
        shape = rng.choice(SHAPES)
        one = _clock_phrase(rng, clock, shape)
        joiner = rng.choice(("or", "and")) if len(offered) > 1 else "or"
        days = lead + _listed(names, tongue.joiner[joiner])
        offer = f"{days} {one.text}" if mode == "list" else f"{one.text} {days}"
        line, parts["order"] = _with_predicate(rng, tongue, offer)
        parts |= {"shape": shape, "joiner": joiner} | one.parts
        windows = _windows(monday, offered, [one.span] * len(offered))
    body = _sentence(line)
    if rng.random() < 0.5:
        body = f"{rng.choice(tongue.greet)}\n\n{body}"
        parts["greet"] = "yes"
    ending = rng.choice(("sign", "sign", "sent", "none"))
    if ending == "sign":
        body = f"{body}\n\n{rng.choice(tongue.sign)}"
    elif ending == "sent":
        body = f"{body}\n\n{clock.sent}"
    parts["ending"] = ending
    body = dress(rng, body, tongue.lang, tongue.quote, parts)
    probe = Probe(
        "composed clock",
        tongue.lang,
        body,
        "availability",
        windows,
        zone=tongue.zone,
        date=tongue.date,
    )
    return Composed(probe, parts)


def compositions(count: int, seed: int = 24, clocks: Sequence[Clock] = CLOCKS) -> list[Composed]:
    """`count` replies per language, the same ones on every run."""
    return seeded(compose, clocks, count, seed)


if __name__ == "__main__":
    command(compositions)
