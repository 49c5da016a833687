"""The booked slot moved by an amount: "push it back 30 minutes", "décaler d'une heure", "eine
Stunde später", or to the same time the next day ("le lendemain à la même heure")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from parsers.model import Window
from parsers.rules.intents import INSTEAD, INSTEAD_OF, WORKDAY_NAMES, fold
from parsers.time.resolve import zone_info
from parsers.time.words import AMOUNT_COUNTS, LONGEST_NUDGE, WEEKS, alternation

# a verb that moves a meeting, in the sentence that names the amount
_SHIFT = re.compile(
    r"\b(?:push|move|shift|bump|delay|postpone|decal|repouss|report(?:er|ons|ez)|avanc|retard"
    r"|schieb|verschieb|verleg|vorverleg|retras|aplaz|pospon|mover|adelant|adia|adiant|atras|empurr"
    r"|antecip|corr|passar)\w*"
)
# a move said of the slot as a whole, also with Spanish "pasar" ("¿la podemos pasar a las 3?"),
# which with an amount ("pasar a un día después") already reads as a day named
_MOVE_VERB = re.compile(_SHIFT.pattern + r"|\bpasar\w*")
# "start 15 minutes later", "eine Stunde früher anfangen": beginning, said with a direction
_BEGIN = re.compile(r"\b(?:start|begin|anfang|beginn|commenc|empez|comenz|comec)\w*")
# beginning asked of us, not the sender's own start ("I start work at 9"): "can we start at
# 10:15?", "on peut commencer à 10h15 ?", "können wir um 10:15 anfangen?", "¿podemos empezar a
# las 10:15?", "podemos começar às 10h15?"
_WE_BEGIN = re.compile(
    r"\b(?:we|on|wir|podemos|podriamos|podiamos|pouvons-nous|peut-on)\s+(?:\S+\s+){0,3}?"
    + _BEGIN.pattern[2:]
)
_LATER_WORDS = r"later|spater|plus\s+tard|mas\s+tarde|mais\s+tarde|depois"
_LATER = re.compile(rf"\b(?:{_LATER_WORDS})\b")
# hours as a unit of an amount ("2 hrs", "zwei Stunden", "dos horas"; "h" alone, "2h", is a
# clock time after "at")
_HOURS = r"hrs?|hours?|heures?|stunden?|std|horas?"
# (the English "a" counts English units only: the Portuguese "passar para a semana que vem" is
# "to the week", not a week later)
_ENGLISH_A = {"a": r"a(?=\s+(?:min|hour|hr|day|week))"}
# an amount of time: a count ("2h", "two hours", "zwei Stunden", "dos horas", "duas horas", "a
# week", "une semaine", "einen Tag") or a half hour ("half an hour", "une demi-heure", "eine
# halbe Stunde", "media hora", "meia hora"); not a clock time ("at 2h", "à 14h", "um 15h")
_AMOUNT = re.compile(
    r"(?<!\w)(?:((?<!\bat\s)(?<!\ba\s)(?<!\bum\s)(?<!\blas\s)(?<!\bas\s)\d{1,3}|"
    # ("um 2 Stunden verschieben" moves it by two hours; "um 2h" is a clock time)
    r"(?<=\bum\s)\d{1,3}(?=\s*(?:stunden?|std|minuten?)\b)|"
    + "|".join(_ENGLISH_A.get(w, w) for w in sorted(AMOUNT_COUNTS, key=len, reverse=True))
    + r")\s*(?:(?:minutes?|mins?"
    rf"|minutos?|minuten)|(h|{_HOURS})"
    # (an hour and its half after it: "an hour and a half", "une heure et demie", "eine Stunde
    # und eine halbe", "una hora y media", "uma hora e meia")
    r"(\s+(?:and\s+a\s+half|et\s+demie|und\s+(?:eine\s+)?halbe|y\s+media|e\s+meia))?"
    r"|(days?|jours?|tage?n?|dias?)|(weeks?|semaines?|wochen?|semanas?))"
    r"|(half\s+an\s+hour|(?:une\s+)?demi-?\s*heure|(?:eine\s+)?halbe\s+stunde|(?:media|meia)\s+hora)"
    # an hour and a half said as one count: "one and a half hours", "anderthalb Stunden", "1,5 h"
    r"|((?:one\s+and\s+a\s+half|anderthalb|eineinhalb|1,5)\s*(?:h|hrs?|hours?|heures?|stunden?"
    r"|std|horas?)))"
    r"(?!\w)"
)
# the amount said with its direction: "eine Stunde später", "an hour later", "una hora más tarde"
_AMOUNT_THEN_WAY = re.compile(
    # (after a unit's dot, "1 Std. später"; or said with "after" and "before": "una hora
    # después", "uma hora depois", "une heure avant")
    r"\.?\s*(?:later|earlier|spater|fruher|plus\s+(?:tard|tot)|mas\s+(?:tarde"
    r"|temprano)|mais\s+(?:tarde|cedo)|despues|depois|antes|avant|vorher)\b"
)
_WAY_EARLIER = re.compile(
    r"earlier|fruher|plus\s+tot|mas\s+temprano|mais\s+cedo|antes|avant|vorher"
)
# the same time on the day after the booked one: "the same time the next day", "le lendemain à
# la même heure", "am Folgetag zur gleichen Uhrzeit", "al día siguiente a la misma hora", "no
# dia seguinte no mesmo horário"
_SAME_TIME = re.compile(
    r"\b(?:same\s+(?:time|slot|hour)|meme\s+(?:heure|horaire|creneau)|(?:gleiche[nr]?|selbe[nr]?)\s+(?:uhr)?zeit"
    r"|misma\s+hora|mismo\s+horario|mesmo\s+horario|mesma\s+hora"
    # (round 44) or the hour kept: "keep the time but do Friday", "garder l'heure", "die Uhrzeit
    # beibehalten", "mantener la hora", "manter o horário"
    r"|keep(?:ing)?\s+the\s+(?:time|hour|slot)|garder\s+(?:l'heure|l'horaire|le\s+creneau)"
    r"|(?:uhr)?zeit\s+(?:beibehalten|behalten)|mantener\s+(?:la\s+hora|el\s+horario)"
    r"|manter\s+o\s+horario)\b"
)
_NEXT_DAY = re.compile(
    r"\b(?:(?:the\s+)?(?:next|following)\s+day|the\s+day\s+after|(?:le|au)\s+lendemain|(?:am|auf\s+den)\s+(?:folgetag"
    r"|nachsten\s+tag|tag\s+danach)|tags\s+darauf|(?:al|el)\s+dia\s+siguiente|(?:no|o)\s+dia\s+seguinte)\b"
)
# the other half of the booked day asked for, with no day named: "can we do the afternoon
# instead?", "on peut faire l'après-midi plutôt ?", "können wir auf den Nachmittag gehen?", "¿lo
# hacemos en la tarde mejor?", "dá pra fazer à tarde?"
_HALF_OF_DAY = re.compile(
    r"\b(?:the|l'|le|den|der|la|a|na|am|in\s+the)\s*(afternoon|morning|apres-midi|matinee|matin"
    r"|nachmittag|vormittag|tarde|manana|manha)\b"
)
_ASK = re.compile(
    r"\b(?:(?:can|could)\s+we|how\s+about|what\s+about|on\s+peut|on\s+pourrait|peut-on|pourrait-on"
    r"|possible"
    r"|envisageable|konnen\s+wir|konnten\s+wir|geht\s+es|ginge|moglich|podemos|podriamos|podeis"
    r"|podrian|posible|(?:lo|la)\s+hacemos|da\s+(?:pra|para)|conseguimos|possivel)\b"
)
# the booked day named back as such: "the same day", "le même jour", "desselben Tages", "ese
# mismo día", "no mesmo dia"; a day or hour named beside it is the booked one
_SAME_DAY = re.compile(
    r"\b(?:(?:the\s+)?same\s+day|meme\s+jour|(?:selben|gleichen)\s+tag\w*|desselben\s+tages"
    r"|mismo\s+dia|mesmo\s+dia)\b"
)
_AFTERNOON = {"afternoon", "apres-midi", "nachmittag", "tarde"}
_COMMA = re.compile(",")
_DAY_WORDS = (
    # (or one told from the booked day: "la veille", "am Tag davor", "el día anterior")
    r"\b(?:\w+day|tomorrow|today|demain|morgen|heute|manana|hoy|amanha|hoje|veille|vortag|davor"
    r"|vespera|lendemain|dia\s+(?:anterior|seguinte|siguiente)|day\s+(?:before|after|later|earlier)|"
    + WORKDAY_NAMES
    + r")\b"
)
_DAY_NAMED = re.compile(_DAY_WORDS + r"|\d")
# a day other than the booked one, named beside an hour: a day's word, a week, a date
_OTHER_DAY = re.compile(
    _DAY_WORDS
    + r"|\b(?:week|semaine|woche|semana)\b|\d{1,2}[./-]\d{1,2}|\b\d{1,2}(?:st|nd|rd|th)\b"
)
_WEEK = re.compile(r"\b(?:week|semaine|woche|semana)\b")
# which way: "earlier", "forward", "avancer", "nach vorne", "adelantar", "antecipar"; "up" as
# the particle of a move ("move it up an hour", "bring the call up"), not of something that
# came up ("something's come up, could we push it back an hour?")
_EARLIER = re.compile(
    r"\b(?:earlier|forward|(?:move|bring|push|bump|pull|shift)\w*(?:\s+[\w']+){0,3}?\s+up"
    r"|avanc\w*|plus\s+tot|nach\s+vorne|fruher|vorverleg\w*|adelant\w*"
    r"|antes|antecip\w*|adiant\w*|mais\s+cedo)\b"
)
# a sentence runs on over the single line breaks of wrapped mail ("passar a entrevista para uma
# hora mais\ntarde"); a blank line ends it
_SENTENCE = re.compile(r"[^.!?\n]+(?:\n(?![ \t]*\n)[^.!?\n]+)*")
_MOST_DAYS = 14


def shifted(folded: str, booked: Window | None, zone: str) -> Window | None:
    """The booked slot moved as a sentence asks: by an amount (later unless it says earlier), to
    the same time the next day, to the other half of its day, or to another hour in place of its
    own."""
    if booked is None:
        return None
    for sentence in _SENTENCE.finditer(folded):
        moved = (
            _next_day(sentence.group(), booked)
            or _other_half(folded, sentence, booked)
            or _by_amount(sentence.group(), booked)
            or _new_hour(sentence.group(), booked, zone_info(zone))
            or _to_hour(sentence.group(), booked, zone_info(zone))
        )
        if moved is not None:
            return moved
    return None


def hours_of_move(
    folded: str,
    moved: Window | None,
    found: tuple[Window, ...],
    hours: list[Window],
    booked: Window | None,
    days: set[date],
) -> Window | None:
    """(round 44) `moved` with the hours said with no day (`hours`, each on every day) that
    belong to it: inside the half of the day the interview moves to they narrow it ("can we
    bump it to the afternoon? Anytime after 2", "¿podemos pasarla a la tarde? A partir de las
    2"); where nothing else is offered and no day but the booked one is named (`days`: those of
    the day phrases read), a move's verb or direction, or the booked day named back, puts one
    hour on the booked day ("could we make it a bit earlier, like 9?", "Mein Flug landet
    Donnerstag um 11. Ginge 14 Uhr am selben Tag?"), if it lies the way said."""
    if booked is None:
        return moved
    zone = booked.start.tzinfo
    if moved is not None:
        if moved.end - moved.start <= booked.end - booked.start:
            return moved
        day = moved.start.astimezone(zone).date()
        inside = {
            h
            for h in hours
            if h.start.astimezone(zone).date() == day
            and moved.start <= h.start
            and h.end <= moved.end
            and h != moved
        }
        return inside.pop() if len(inside) == 1 else moved
    day = booked.start.astimezone(zone).date()
    if found or days - {day} or _WEEK.search(folded):
        return None
    earlier, later = _EARLIER.search(folded), _LATER.search(folded)
    if not (earlier or later or _MOVE_VERB.search(folded) or _SAME_DAY.search(folded)):
        return None
    on_day = {h for h in hours if h.start.astimezone(zone).date() == day and h != booked}
    if len(on_day) != 1:
        return None
    hour = on_day.pop()
    if (earlier and hour.start >= booked.start) or (later and hour.start <= booked.start):
        return None
    return hour


# (round 44) the way a move goes, with how far: "a bit earlier", "un peu plus tôt", "etwas
# früher", "un poco antes", "um pouco mais cedo", "a little later", "un peu plus tard"
_WAY_SAID = re.compile(
    r"\b(?:(?:a\s+(?:little\s+)?bit|a\s+little|slightly|un\s+(?:petit\s+)?peu|legerement|etwas"
    r"|ein\s+(?:bisschen|wenig)|bissl|un\s+poc(?:o|quito)|algo|um\s+pouc(?:o|quinho))\s+)?"
    r"(?:(?P<earlier>earlier|plus\s+tot|fruher|mas\s+temprano|antes|mais\s+cedo)"
    rf"|{_LATER_WORDS})\b"
)


def way_said(
    folded: str, booked: Window | None, offered: tuple[Window, ...]
) -> list[tuple[int, int]]:
    """(round 44) Where the reply says which way the booked slot moves ("a bit earlier on
    Thursday, like 9?", "etwas früher, so gegen 9 Uhr?"), when every time offered lies that way
    of the booked hour: the words say nothing the reading leaves out."""
    if booked is None or not offered:
        return []
    zone = booked.start.tzinfo
    at = booked.start.astimezone(zone).timetz()
    spans = []
    for way in _WAY_SAID.finditer(folded):
        earlier = way["earlier"] is not None
        if all(
            (w.start.astimezone(zone).timetz() < at) == earlier
            and w.start.astimezone(zone).timetz() != at
            for w in offered
        ):
            spans.append(way.span())
    return spans


def _next_day(text: str, booked: Window) -> Window | None:
    if not (_SAME_TIME.search(text) and _NEXT_DAY.search(text)):
        return None
    return Window(booked.start + timedelta(days=1), booked.end + timedelta(days=1))


def _other_half(folded: str, sentence: re.Match[str], booked: Window) -> Window | None:
    # asked: the sentence ends on a question mark, and says it asks
    if folded[sentence.end() : sentence.end() + 1] != "?" or not _ASK.search(
        folded, sentence.start(), sentence.end() + 1
    ):
        return None
    same_day = _SAME_DAY.search(folded, sentence.start(), sentence.end()) is not None
    commas = _COMMA.finditer(folded, sentence.start(), sentence.end())
    comma = next(commas, None)
    # in its own clause: "montag vormittag ist jetzt betriebsversammlung, können wir auf den
    # nachmittag gehen?" names the booked day only to refuse its morning; the clause is read
    # once from its start, however many halves it names
    scanned, named = sentence.start(), False
    for half in _HALF_OF_DAY.finditer(folded, sentence.start(), sentence.end()):
        while comma is not None and comma.start() < half.start():
            scanned, named = comma.start(), False
            comma = next(commas, None)
        if not named:
            named = _DAY_NAMED.search(folded, scanned, half.end()) is not None
            scanned = half.end()
        if same_day or not named:
            start, end = (12, 17) if half.group(1) in _AFTERNOON else (9, 12)
            day = booked.start.replace(minute=0, second=0, microsecond=0)
            return Window(day.replace(hour=start), day.replace(hour=end))
    return None


def _by_amount(text: str, booked: Window) -> Window | None:
    for amount in _AMOUNT.finditer(text):
        step = _step(amount)
        if step is None:
            continue
        way = _AMOUNT_THEN_WAY.match(text, amount.end())
        # the way said right after the amount is the one ("something came up, a day later?")
        earlier = (
            _WAY_EARLIER.search(way.group()) is not None
            if way
            else _EARLIER.search(text) is not None
        )
        begins = _BEGIN.search(text) and (earlier or _LATER.search(text))
        said_with_way = way is not None
        if not (_SHIFT.search(text) or begins or said_with_way):
            return None
        step = -step if earlier else step
        return Window(booked.start + step, booked.end + step)
    return None


def _step(amount: re.Match[str]) -> timedelta | None:
    """How far an amount moves the booked slot, or None when it is too far for a nudge of the
    hour (days and weeks move it whole, to the same hour)."""
    count, hours, and_half, days, weeks, half, one_and_half = amount.groups()
    if half:
        return timedelta(minutes=30)
    if one_and_half:
        return timedelta(minutes=90)
    n = int(count) if count.isdigit() else AMOUNT_COUNTS[count]
    if days or weeks:
        return timedelta(days=n * 7 if weeks else n) if 0 < n <= _MOST_DAYS else None
    n = n * 60 + (30 if and_half else 0) if hours else n
    return timedelta(minutes=n) if 0 < n <= LONGEST_NUDGE else None


# a move the sender would rather not make: "I'd rather not push it into next week", "je préfère
# ne pas repousser", "würde ich es ungern schieben", "prefiero no pasarlo", "prefiro não passar"
_MOVE_REFUSED = re.compile(
    r"\b(?:rather\s+not|prefer\s+not\s+to|(?:don'?t|do\s+not)\s+want\s+to|prefiero\s+no"
    r"|prefiro\s+nao|no\s+quiero|nao\s+quero|prefere\s+(?:ne\s+pas|eviter\s+de)"
    r"|ne\s+(?:veux|voudrais)\s+pas|ungern|lieber\s+nicht)(?:\s+[\w']+){0,4}?\s+(?:"
    + _MOVE_VERB.pattern
    + r")"
)


def target_unread(folded: str, offered: tuple[Window, ...]) -> bool:
    """(round 44) A move said with the hour it goes to ("asks whether the interview could move
    to 3pm the same day", "push it to 2:30"), and no time offered: the reader turned the hour
    down with the reason beside it, or placed it nowhere."""
    if offered:
        return False
    for sentence in _SENTENCE.finditer(folded):
        verb = _MOVE_VERB.search(sentence.group())
        if verb is not None and _TO_HOUR.search(sentence.group(), verb.end()) is not None:
            return True
    return False


def move_refused(folded: str) -> bool:
    """A move of the booked slot said not to be wanted: the days named in its sentence are the
    ones refused, which the time reader may have offered."""
    return _MOVE_REFUSED.search(folded) is not None


def amounts_asked(folded: str) -> list[timedelta]:
    """The amounts named in a sentence that asks to move the interview: the booked slot moved by
    each, one way or the other, is where the sender wants it. An amount too far for a nudge
    ("para 15h") is more likely a clock time."""
    return [
        step
        for sentence in _SENTENCE.finditer(folded)
        if _SHIFT.search(sentence.group())
        or _LATER.search(sentence.group())
        or _EARLIER.search(sentence.group())
        for amount in _AMOUNT.finditer(sentence.group())
        if (step := _step(amount)) is not None
    ]


# the booked day's business hours, which a day offered whole minus the booked slot spans
_DAY_OPENS, _DAY_CLOSES = time(10), time(17)
WHOLE_DAY = timedelta(hours=8)  # a day named with no hours: its business hours


def beside_move(
    folded: str, found: tuple[Window, ...], booked: Window | None, moved: Window | None
) -> tuple[Window, ...]:
    """The windows a reply to a booked interview offers, once the day it moves from is set aside.

    Beside a move of the booked slot (by an amount, to the next day, to the other half of its
    day) the booked day's other hours are the reason for the move ("tenho que levar meu filho ao
    médico às 9"), and the move itself is offered. Beside other days offered, the booked day read
    whole with its booked hour cut out ("the audit clashes with the 2pm today, same time
    Thursday?") is the day refused, not one offered."""
    if booked is None:
        return found
    found = _at_same_time(folded, found, booked)
    zone = booked.start.tzinfo
    day = booked.start.date()
    on_day = [w for w in found if w.start.astimezone(zone).date() == day]
    others = tuple(w for w in found if w not in on_day)
    if moved is not None and _placed_elsewhere(moved, others):
        # "tomorrow an hour later", "an hour later on Wednesday": the time reader put the moved
        # hours on the day named beside them, which the move goes to instead of the booked day
        moved = None
    if moved is not None:
        # "a day later at 3pm", "le lendemain matin": the hours said on the day moved to are
        # the reading, not the booked ones; that day named whole is the move itself
        there = [w for w in others if w.start.astimezone(zone).date() == moved.start.date()]
        if any(w.end - w.start < WHOLE_DAY for w in there):
            return others
        others = tuple(w for w in others if w not in there)
        return tuple(sorted({moved, *others}, key=lambda w: w.start))
    if not on_day or not others:
        return found
    around = (
        min(w.start for w in on_day).astimezone(zone),
        max(w.end for w in on_day).astimezone(zone),
    )
    cut_out = all(w.end == booked.start or w.start == booked.end for w in on_day)
    if cut_out and around[0].time() <= _DAY_OPENS and around[1].time() >= _DAY_CLOSES:
        return others
    return found


def _placed_elsewhere(moved: Window, others: tuple[Window, ...]) -> bool:
    zone = moved.start.tzinfo
    hours = (moved.start.astimezone(zone).timetz(), moved.end.astimezone(zone).timetz())
    return moved.start.date() != moved.end.date() or any(
        (w.start.astimezone(zone).timetz(), w.end.astimezone(zone).timetz()) == hours
        and w.start.astimezone(zone).date() != moved.start.astimezone(zone).date()
        for w in others
    )


def _at_same_time(folded: str, found: tuple[Window, ...], booked: Window) -> tuple[Window, ...]:
    """ "The same time but on Friday", "el mismo horario pero el viernes", "jogar pra sexta no
    mesmo horário": a day offered whole beside "the same time" is the booked hour on that day."""
    if not _SAME_TIME.search(folded):
        return found
    zone = booked.start.tzinfo
    at = booked.start.timetz()

    def at_hours(w: Window) -> Window:
        if w.end - w.start < WHOLE_DAY:
            return w
        start = datetime.combine(w.start.astimezone(zone).date(), at)
        return Window(start, start + (booked.end - booked.start))

    return tuple(at_hours(w) for w in found)


# another hour put in place of the booked one: "start at 2:30 instead of 2", "commencer à 14h30
# plutôt qu'à 14h", "um 21:30 statt 21 Uhr", "empezar a las 13:30 en vez de a la 1", "às 16h30 em
# vez das 16h"
_CLOCK = r"(\d{1,2})(?:[:h](\d\d)|h(?!\d))?\s*(am|pm)?"
# the words that lead an hour: "at 3", "à 15h", "um 15 Uhr", "a las 3", "às 15h", "para as 15h"
_HOUR_LEAD = r"(?:at|a|um|las?|as|para|pour)"
_AT_HOUR = re.compile(rf"\b{_HOUR_LEAD}\s+" + _CLOCK + r"(?![\d:])")
_INSTEAD_OF = re.compile(INSTEAD_OF + r"\s*" + _CLOCK + r"(?![\d:])")
# (a clock time, not an amount: "um 2 Stunden verschieben", "push it for 2 hours")
_NO_UNIT = rf"(?![\d:.,h])(?!\s*(?:{_HOURS}|min\w*)(?!\w))"
_BARE_PM = range(1, 8)  # a bare hour without am/pm: 1-7 means pm (shared/EXTRACTION.md)


def _new_hour(text: str, booked: Window, zone: ZoneInfo) -> Window | None:
    """The hours are the sender's: the one replaced must be the booked slot's in their zone."""
    instead = _INSTEAD_OF.search(text)
    local = booked.start.astimezone(zone)
    if instead is None or _clock(instead) != local.time():
        return None
    hours = list(_AT_HOUR.finditer(text, 0, instead.start()))
    if not hours:
        return None
    return _at_clock(hours[-1], booked, local)


# the hour the booked slot is moved to: "push it to 2:30", "décaler à 14h30", "auf 14:30
# verschieben", "moverla a las 14:30", "passar para as 15h30"
_TO_HOUR = re.compile(r"\b(?:at|to|for|a|um|auf|las?|as|para|pra|pour)\s+" + _CLOCK + _NO_UNIT)
# an hour said in place of the booked one, with no verb of moving: "could we do 3pm instead?",
# "on peut faire 15h plutôt ?", "geht stattdessen 15 Uhr?", "¿mejor a las 3?", "pode ser às 15h
# em vez disso?"
_SAID_HOUR = re.compile(rf"(?<![\w:.])(?:{_HOUR_LEAD}\s+)?" + _CLOCK + r"(?:\s*uhr)?(?![\d:.,])")
_INSTEAD = re.compile(rf"\b(?:instead|{INSTEAD}|lieber|mejor|melhor)\b")
# German says it verb-last: "auf 14:30 verschieben", "den Termin auf 14:30 Uhr verlegen", "um
# 10:15 anfangen" (not an amount: "um 2 Stunden verschieben")
_AUF_HOUR = re.compile(r"\b(?:auf|um)\s+" + _CLOCK + _NO_UNIT)


def _to_hour(text: str, booked: Window, zone: ZoneInfo) -> Window | None:
    """The booked slot moved to another hour of its own day, in a sentence that names no other
    day ("push it to 2:30", "can we move it to 4pm?", "could we do 3pm instead?"): the time
    reader has no day to put a bare hour on, and one overlapping the booked slot it leaves out
    as the booked slot named."""
    if _OTHER_DAY.search(text):
        return None
    verb = _MOVE_VERB.search(text) or _WE_BEGIN.search(text)
    to = None
    if verb is not None:
        to = _TO_HOUR.search(text, verb.end()) or _AUF_HOUR.search(text, 0, verb.end())
    elif (instead := _INSTEAD.search(text)) is not None:
        # the hour nearest before the word, or else the first after it ("geht stattdessen um
        # 15 Uhr?"), said as an hour: "at 3", "3pm", "15h", not a bare number
        said = [m for m in _SAID_HOUR.finditer(text) if not m.group().strip().isdigit()]
        before = [m for m in said if m.end() <= instead.start()]
        to = before[-1] if before else next(iter(said), None)
    return None if to is None else _at_clock(to, booked, booked.start.astimezone(zone))


# a word that puts one time before another, right before or after the hour it prefers: "10:30
# would be even better", "lieber erst um 10:30", "idéalement 10h30", "mejor a las 10:30", "10h30
# seria melhor"
_RATHER = r"(?:better|ideal\w*|prefer\w*|rather|mieux|lieber|besser|mejor|preferi\w*|melhor)"
_RATHER_BEFORE = re.compile(rf"\b{_RATHER}(?:\s+[\w']+){{0,2}}\s+$")
_RATHER_AFTER = re.compile(rf"\s*(?:[\w']+\s+){{0,3}}{_RATHER}\b")
# an hour said as one: with its minutes, am/pm, "h" or "Uhr", or after "at" or "um" (a bare
# number after an article is an option's: "la 3", "a 1 ou a 3")
_CLOCK_SAID = re.compile(r"[:h]\d\d|\d\s*(?:am|pm|h|uhr)\b|^(?:at|um)\s")
# an hour restated where the sender is: "that's 9pm here", "que dá 14h aqui", "para mí", "bei mir"
_RESTATED = re.compile(
    r"\b(?:here|for\s+me|my\s+time|local|aqui|aca|alla|para\s+mi|pour\s+moi|chez\s+moi"
    r"|bei\s+mir|hier|hora\s+de|heure\s+de)\b"
)


def other_hour_asked(folded: str, slots: Sequence[Window], zone: str) -> bool:
    """(round 46) An hour none of `slots` (the options) starts or ends at, asked in a question
    ("Thursday 10 works but could we start at 10:30?", "könnten wir aber erst um 10:30
    anfangen?") or preferred ("10:30 would be even better", "mejor a las 10:30"); not one
    restated in the sender's zone ("that's 9pm here"). The option picked, asked at another
    hour."""
    local = zone_info(zone)
    own = {w.start.astimezone(local).time() for w in slots}
    own |= {w.end.astimezone(local).time() for w in slots}
    for sentence in _SENTENCE.finditer(folded):
        text = sentence.group()
        if _RESTATED.search(text):
            continue
        asked = folded.startswith("?", sentence.end())
        for m in _SAID_HOUR.finditer(text):
            said = _clock(m) if _CLOCK_SAID.search(m.group()) else None
            if said is None or said in own:
                continue
            if (
                asked
                or _RATHER_BEFORE.search(text, 0, m.start())
                or _RATHER_AFTER.match(text, m.end())
            ):
                return True
    return False


def _at_clock(m: re.Match[str], booked: Window, local: datetime) -> Window | None:
    """The booked slot, starting `local` in the sender's zone, moved to the hour `m` holds on its
    own day; None when `m` holds no hour or the same one."""
    new = _clock(m)
    if new is None or new == local.time():
        return None
    start = local.replace(hour=new.hour, minute=new.minute)
    return Window(start, start + (booked.end - booked.start))


def _clock(m: re.Match[str]) -> time | None:
    """The clock time of the hour, minutes and am/pm a match holds."""
    hour, minute, half = m.groups()
    h, mins = int(hour), int(minute or 0)
    if (half == "pm" and h < 12) or (half is None and h in _BARE_PM):
        h += 12
    return time(h, mins) if h < 24 and mins < 60 else None


# (round 44) the options' own times asked again a week on: "none of those, but the same times
# next week", "les mêmes horaires la semaine prochaine", "dieselben Zeiten in der nächsten
# Woche", "los mismos horarios la semana que viene", "os mesmos horários na semana que vem"
# (folded: no accents)
_SAME_TIMES = (
    r"(?:the\s+)?same\s+(?:times?|slots?|hours?|days?\s+and\s+times?)"
    r"|(?:les\s+)?memes\s+(?:horaires|creneaux|heures|jours\s+et\s+heures)"
    r"|(?:die\s+)?(?:selben|gleichen)\s+(?:zeiten|termine|uhrzeiten|slots)"
    r"|dieselben\s+(?:zeiten|termine|uhrzeiten|slots)"
    r"|(?:los\s+)?mismos\s+(?:horarios|horas|dias\s+y\s+horas)|(?:las\s+)?mismas\s+(?:horas|franjas)"
    r"|(?:os\s+)?mesmos\s+(?:horarios|dias\s+e\s+horarios)|(?:as\s+)?mesmas\s+horas"
)
# (the week after, whole: "next week", "la semaine suivante", "nächste Woche", "na outra semana")
_NEXT_WEEK = alternation(
    fold(phrase) for phrase, kind in WEEKS.items() if kind in (("next", "all"), ("then", "all"))
)
_OPTIONS_WEEK_ON = re.compile(
    rf"\b(?:{_SAME_TIMES})\b[^.!?\n]{{0,25}}?\b(?:{_NEXT_WEEK})\b"
    rf"|\b(?:{_NEXT_WEEK})\b[^.!?\n]{{0,25}}?\b(?:{_SAME_TIMES})\b"
)


def options_week_on(folded: str, proposed: tuple[Window, ...]) -> tuple[Window, ...]:
    """The options offered back a week later ("the same times next week"), or nothing."""
    if not proposed or _OPTIONS_WEEK_ON.search(folded) is None:
        return ()
    week = timedelta(days=7)
    return tuple(Window(w.start + week, w.end + week) for w in proposed)
