"""The booked slot moved by an amount: "push it back 30 minutes", "décaler d'une heure", "eine
Stunde später", or to the same time the next day ("le lendemain à la même heure")."""

from __future__ import annotations

import re
from datetime import timedelta

from parsers.model import Window
from parsers.rules.intents import WORKDAY_NAMES

# a verb that moves a meeting, in the sentence that names the amount
_SHIFT = re.compile(
    r"\b(?:push|move|shift|bump|delay|postpone|decal|repouss|report(?:er|ons|ez)|avanc|retard"
    r"|schieb|verschieb|verleg|retras|aplaz|mover|adelant|adia|atras|empurr|antecip|corr|passar)\w*"
)
# "start 15 minutes later", "eine Stunde früher anfangen": beginning, said with a direction
_BEGIN = re.compile(r"\b(?:start|begin|anfang|beginn|commenc|empez|comenz|comec)\w*")
_LATER = re.compile(r"\b(?:later|spater|plus\s+tard|mas\s+tarde|mais\s+tarde|depois)\b")
_AMOUNT = re.compile(
    r"\b(?:(\d{1,3})\s*(?:minutes?|mins?|minutos?|minuten)\b|(half\s+an|an|one|1)\s+hours?\b"
    r"|(?:une\s+)?(demi)-?\s*heure\b|(une)\s+heure\b|(?:eine\s+)?(halbe)\s+stunde\b|(eine)\s+stunde\b"
    r"|(media|meia)\s+hora\b|(una|uma)\s+hora\b)"
)
# the amount said with its direction: "eine Stunde später", "an hour later", "una hora más tarde"
_AMOUNT_THEN_WAY = re.compile(
    r"\s*(?:later|earlier|spater|fruher|plus\s+(?:tard|tot)|mas\s+(?:tarde"
    r"|temprano)|mais\s+(?:tarde|cedo))\b"
)
# the same time on the day after the booked one: "the same time the next day", "le lendemain à
# la même heure", "am Folgetag zur gleichen Uhrzeit", "al día siguiente a la misma hora", "no
# dia seguinte no mesmo horário"
_SAME_TIME = re.compile(
    r"\b(?:same\s+time|meme\s+heure|gleichen?\s+(?:uhr)?zeit|misma\s+hora|mesmo\s+horario)\b"
)
_NEXT_DAY = re.compile(
    r"\b(?:(?:the\s+)?(?:next|following)\s+day|the\s+day\s+after|(?:le|au)\s+lendemain|(?:am|auf\s+den)\s+(?:folgetag"
    r"|nachsten\s+tag|tag\s+danach)|tags\s+darauf|(?:al|el)\s+dia\s+siguiente|(?:no|o)\s+dia\s+seguinte)\b"
)
# the other half of the booked day asked for, with no day named: "can we do the afternoon
# instead?", "on peut faire l'après-midi plutôt ?", "können wir auf den Nachmittag gehen?", "¿lo
# hacemos en la tarde mejor?", "dá pra fazer à tarde?"
_HALF_OF_DAY = re.compile(
    r"\b(?:the|l'|den|la|a|na|am|in\s+the)\s*(afternoon|morning|apres-midi|matinee|nachmittag"
    r"|vormittag|tarde|manha)\b[^.!?\n]*\?"
)
_ASK = re.compile(
    r"\b(?:(?:can|could)\s+we|how\s+about|what\s+about|on\s+peut|peut-on|pourrait-on|possible"
    r"|konnen\s+wir|konnten\s+wir|geht\s+es|ginge|podemos|podriamos|(?:lo|la)\s+hacemos"
    r"|da\s+(?:pra|para)|conseguimos)\b"
)
_AFTERNOON = {"afternoon", "apres-midi", "nachmittag", "tarde"}
_DAY_NAMED = re.compile(
    r"\b(?:\w+day|tomorrow|today|demain|morgen|heute|manana|hoy|amanha|hoje|"
    + WORKDAY_NAMES
    + r")\b|\d"
)
_HALF = {"half an", "demi", "halbe", "media", "meia"}
# which way: "earlier", "forward", "avancer", "nach vorne", "adelantar", "antecipar"
_EARLIER = re.compile(
    r"\b(?:earlier|forward|up|avanc\w*|plus\s+tot|nach\s+vorne|fruher|vorverleg\w*|adelant\w*"
    r"|antes|antecip\w*|mais\s+cedo)\b"
)
_SENTENCE = re.compile(r"[^.!?\n]+")
_LONGEST = 180  # minutes: a larger amount is no nudge of the booked time


def shifted(folded: str, booked: Window | None) -> Window | None:
    """The booked slot moved as a sentence asks: by an amount (later unless it says earlier), to
    the same time the next day, or to the other half of its day."""
    if booked is None:
        return None
    for sentence in _SENTENCE.finditer(folded):
        moved = (
            _next_day(sentence.group(), booked)
            or _other_half(folded, sentence, booked)
            or _by_amount(sentence.group(), booked)
        )
        if moved is not None:
            return moved
    return None


def _next_day(text: str, booked: Window) -> Window | None:
    if not (_SAME_TIME.search(text) and _NEXT_DAY.search(text)):
        return None
    return Window(booked.start + timedelta(days=1), booked.end + timedelta(days=1))


def _other_half(folded: str, sentence: re.Match[str], booked: Window) -> Window | None:
    half = _HALF_OF_DAY.search(folded, sentence.start(), sentence.end() + 1)
    if half is None:
        return None
    # in its own clause: "montag vormittag ist jetzt betriebsversammlung, können wir auf den
    # nachmittag gehen?" names the booked day only to refuse its morning
    clause = max(folded.rfind(",", sentence.start(), half.start()), sentence.start())
    if not _ASK.search(folded, clause, half.end()) or _DAY_NAMED.search(folded, clause, half.end()):
        return None
    start, end = (12, 17) if half.group(1) in _AFTERNOON else (9, 12)
    day = booked.start.replace(minute=0, second=0, microsecond=0)
    return Window(day.replace(hour=start), day.replace(hour=end))


def _by_amount(text: str, booked: Window) -> Window | None:
    amount = _AMOUNT.search(text)
    if amount is None:
        return None
    earlier = _EARLIER.search(text) is not None
    begins = _BEGIN.search(text) and (earlier or _LATER.search(text))
    said_with_way = _AMOUNT_THEN_WAY.match(text, amount.end()) is not None
    if not (_SHIFT.search(text) or begins or said_with_way):
        return None
    word = next(g for g in amount.groups() if g)
    minutes = 30 if word in _HALF else int(word) if word.isdigit() else 60
    if not 0 < minutes <= _LONGEST:
        return None
    step = timedelta(minutes=-minutes if earlier else minutes)
    return Window(booked.start + step, booked.end + step)


# Any stretch of time named with a number, however the reader takes it: "two hours", "de 2h",
# "une semaine", "zwei Stunden", "una semana", "meia hora", "30 mins", "a day"
_NUMBER = {
    word: n
    for words, n in (
        ("a an one un une eine einen una uno uma um", 1),
        ("two deux zwei dos dois duas", 2),
        ("three trois drei tres", 3),
    )
    for word in words.split()
}
_UNIT = {
    word: minutes
    for words, minutes in (
        ("minute minutes min mins minuten minuto minutos", 1),
        ("hour hours hr hrs heure heures h stunde stunden hora horas", 60),
        ("day days jour jours tag tage tagen dia dias", 24 * 60),
        ("week weeks semaine semaines woche wochen semana semanas", 7 * 24 * 60),
    )
    for word in words.split()
}
_STRETCH = re.compile(
    r"\b(?:(half\s+an|demi|halbe|media|meia)|(\d{1,3})|("
    + "|".join(_NUMBER)
    + r"))[\s-]*("
    + "|".join(sorted(_UNIT, key=len, reverse=True))
    + r")\b"
)
_OF = re.compile(r"\bd(?:e\s*|')$")


def amounts_asked(folded: str) -> list[timedelta]:
    """The stretches of time named in a sentence that asks to move the interview: the booked
    slot moved by each, one way or the other, is where the sender wants it."""
    found = []
    for sentence in _SENTENCE.finditer(folded):
        text = sentence.group()
        if not (_SHIFT.search(text) or _LATER.search(text) or _EARLIER.search(text)):
            continue
        for m in _STRETCH.finditer(text):
            half, digits, word, unit = m.groups()
            count = 0.5 if half else int(digits) if digits else _NUMBER[word]
            # "de 2h" is an amount, "à 2h" a clock time: a bare "h" counts after "de" alone
            if unit == "h" and not _OF.search(text, max(0, m.start() - len(" de ")), m.start()):
                continue
            found.append(timedelta(minutes=count * _UNIT[unit]))
    return found
