"""What an offer missed: times the reader read but placed nowhere, regret said of a day offered."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from itertools import accumulate

from parsers.model import Window
from parsers.rules.alternation import branches, grouped
from parsers.rules.intents import fold
from parsers.rules.picks import dayless, named_days
from parsers.time import lex as timelex
from parsers.time.cues import NEUTRAL
from parsers.time.deadline import due_around
from parsers.time.holidays import EVENT, FREE_OR_CAN, HOLIDAY
from parsers.time.resolve import Mention
from parsers.time.words import ABBREVIATED_WEEKDAYS, SHORT_WEEKDAYS, WEEKDAYS, alternation

_DIGIT = re.compile(r"\d")
_DAY = re.compile(
    alternation(fold(w) for w in (*WEEKDAYS, *SHORT_WEEKDAYS, *ABBREVIATED_WEEKDAYS)) + r"s?\.?"
)
# a word that turns the day after it down or leaves it out, up to two words before it ("though
# not Monday", "mas não terça", "aber nicht am Freitag", "sauf le mardi", "menos el jueves")
_REFUSED_BEFORE = re.compile(
    r"(?<!\w)(?:not|nor|never|pas|sauf|hormis|nicht|ausser|außer|ausgenommen|bis\s+auf|no|salvo"
    r"|menos|excepto|exceto|nao|tirando|except(?:ing)?|other\s+than|apart\s+from|bar)"
    r"[^\w.;!?\n]+(?:[\w']+[^\w.;!?\n]+){0,2}$"
)
# a no right after the day: the reader turned it down ("na semana que vem, só sexta não")
_NO_AFTER = re.compile(r"[^\w.;!?\n]+(?:[\w']+[^\w.;!?\n]+)?(?:not|no|nao|non|nicht|pas)(?!\w)")
_REACH = 40  # characters looked back from a day for the word that refuses it or sets it aside
# a week a date heads ("the week of the 7th", "la semaine du 14", "la semana del 7", "KW 50")
_HEADS = re.compile(
    r"(?<!\w)(?:week(?:\s+of(?:\s+the)?)?|semaine(?:\s+du)?|semana(?:\s+d[eo]l?)?"
    r"|woche(?:\s+vom)?|kw)\s*$"
)
# a start a date opens ("from Tuesday the 8th", "a partir del martes 8", "ab dem 8.", "dès le 8")
_OPENS = re.compile(
    r"(?<!\w)(?:from|starting|as\s+of|a\s+partir\s+d\w*|des|ab|desde)"
    r"[^\w.;!?\n]+(?:[\w']+[^\w.;!?\n]+){0,3}$"
)
# the day one is back on ("am 10. zurück", "back on the 3rd" is led by a word set aside)
_BACK = re.compile(r"[^\w.;!?\n]*(?:zuruck|back|de\s+retour|de\s+vuelta|de\s+volta)(?!\w)")
_CLAUSE_STOP = re.compile(r"[.;!?\n]")
_SHORT_CLAUSE = re.compile(r"[.,;!?\n]")  # a clause, up to a comma
_GAP = 16  # characters between a week offered and a weekday that narrows it


def time_unplaced(
    text: str,
    folded: str,
    read: Sequence[tuple[int, int]],
    mentions: Sequence[Mention],
    offered: Sequence[Window],
    booked: Window | None,
) -> bool:
    """Words of time the reader read outside every phrase it placed, which the offer shows no
    trace of: a clock time no offered window starts or ends at ("between 9:30 and 3" beside
    "next week works", "mon half two-4.15pm" with Monday lost), or a weekday a refusal or an
    exception leads ("any morning next week though not Monday", "cada manhã mas não terça"),
    or (round 28) a date whose day the offer holds ("next week any afternoon; the 10th is a
    holiday here"). A day an answer is due by, and words a word that names no offer leads
    ("back Mon 18th", "de retour le 18"), are placed nowhere on purpose; so is the booked
    interview's hour ("can't make 2pm, same time tomorrow?"), which names the slot moved, not an
    offer."""
    mentions = sorted(mentions, key=lambda m: m.span)
    slot = (_minutes(booked.start), _minutes(booked.end)) if booked is not None else None
    for start, end, k in _outside(read, mentions):
        word = folded[start:end]
        if _DAY.fullmatch(word):
            before = mentions[k - 1] if k else None
            lost = _REFUSED_BEFORE.search(folded, max(0, start - _REACH), start) is not None or (
                before is not None
                and _after_sweep(text, start, before)
                and not _NO_AFTER.match(folded, end)
            )
        elif _DIGIT.search(word):
            near = [m for m in mentions[max(0, k - 1) : k + 1] if _same_clause(text, m, start, end)]
            windows = [w for m in near for w in m.windows] or offered
            atoms = timelex.lex(timelex.masked(text[start:end]))
            lost = _hours_lost(atoms, windows, slot) or _date_offered(
                folded, start, end, atoms, offered
            )
        else:
            continue
        if lost and not due_around(folded, start, end) and not _set_aside(text, start):
            return True
    return False


# a no, then a bound before the words after it: "nothing before", "can't do anything before",
# "rien avant le", "pas avant le", "nicht vor dem", "nada antes del", "não antes do dia"
_NOT_BEFORE = re.compile(
    r"(?<!\w)(?:not|nothing|anything|rien|pas|nicht|nichts|nada|no|nao)(?:[^\w.;!?\n]+[\w']+)?"
    r"[^\w.;!?\n]+(?:before|avant|vor|antes)(?:[^\w.;!?\n]+[\w']+){0,3}[^\w.;!?\n]+$"
)


def not_before_offered(
    text: str,
    folded: str,
    read: Sequence[tuple[int, int]],
    mentions: Sequence[Mention],
    offering: Sequence[Mention],
    offered: Sequence[Window],
) -> bool:
    """A no that makes a day the bound nothing may come before, and an offer that does not start
    there. (round 30) The day offered ("Not before the 10th, sorry", "nothing before Thursday the
    10th"): the offer starts there, and the words do not say how far it runs, so the day alone is
    no reading to act on; hours in between are the day's own bound ("not before 10 on
    Thursday"). (round 29) A date read in no phrase, with days before it offered ("nothing
    before the 9th" beside next week offered): a bound read as a deadline, but of the offer."""
    for m in offering:
        start = m.span[0]
        lead = _NOT_BEFORE.search(folded, max(0, start - _REACH), start)
        if lead is not None and _DIGIT.search(lead[0]) is None:
            return True
    return any(
        _DIGIT.search(folded, start, end)
        and _NOT_BEFORE.search(folded, max(0, start - _REACH), start)
        and _held_before(timelex.lex(timelex.masked(text[start:end])), offered)
        for start, end, _ in _outside(read, sorted(mentions, key=lambda m: m.span))
    )


def _outside(
    read: Sequence[tuple[int, int]], mentions: Sequence[Mention]
) -> Iterator[tuple[int, int, int]]:
    """The spans the reader read outside every phrase (`mentions` in order), each with the
    index of the first phrase after it."""
    starts = [m.span[0] for m in mentions]
    # (the furthest any phrase reaches up to each one: a span overlaps a phrase if one starting
    # before its end reaches past its start; the reader's spans are checked in log time each)
    reach = list(accumulate((m.span[1] for m in mentions), max))
    for start, end in read:
        k = bisect_left(starts, end)
        if not (k and reach[k - 1] > start):
            yield start, end, k


# At one's desk until an hour ("in office till 5:30", "bis 17:30 im Büro", "au bureau jusqu'à
# 17h30", "en la oficina hasta las 17:30", "no escritório até às 17h30"): a desk one may take a
# call at, or the work that keeps one until then? The reader offers the hours up to the bound.
_DESK = r"(?:office|buro|bureau|oficina|escritorio)"
_DESK_UNTIL = re.compile(
    rf"(?<!\w){_DESK}(?:[^\w.;!?\n]+[\w']+){{0,2}}?[^\w.;!?\n]+(?:till|until|til|bis|jusqu'a"
    rf"|hasta|ate)[^\w.;!?\n]+(?:(?:las|as|a)[^\w.;!?\n]+)?\d"
    rf"|(?<!\w)(?:till|until|bis)[^\w.;!?\n]+\d[\d:.h]*(?:[^\w.;!?\n]+uhr)?[^\w.;!?\n]+"
    rf"(?:im|in\s+the|at\s+the|in)[^\w.;!?\n]+{_DESK}(?!\w)"
)


def desk_until_split(folded: str, offered: Sequence[Window]) -> bool:
    """(round 30) The sender at the desk until an hour, and a day offered in two parts around
    it ("Tomorrow after 6 pm works, since I'm in office till 5:30" read as the hours up to 5:30
    and after 6): busy until the bound, with the offer after it, or free up to it as well?"""
    if _DESK_UNTIL.search(folded) is None:
        return False
    days = [w.start.date() for w in offered]
    return len(days) != len(set(days))


def _held_before(atoms: Sequence[timelex.Atom], offered: Sequence[Window]) -> bool:
    """The offer holds a day before a date the words name (of its month, when they name none)."""
    dated = [a.day for a in atoms if a.day is not None and a.day.day]
    return any(
        (w.start.month, w.start.day) < (d.month or w.start.month, d.day)
        for d in dated
        for w in offered
    )


def hours_swallowed(offering: Sequence[Mention], offered: Sequence[Window]) -> bool:
    """A phrase offered whose days another phrase offers among more days, with hours inside
    that phrase's, and which the offer does not show: "next week is open; Tuesday or Thursday
    afternoon would be ideal" offered as the whole week. The narrower words said something of
    their days that the reading did not use (a narrowing it applied, "any afternoon next week,
    Wednesday only after 3", shows in the offer; a part added, "any morning, Tuesday afternoon
    too", lies outside the wider phrase's hours)."""
    named = [(m, frozenset(named_days(m))) for m in offering if not dayless(m)]
    # (grouped by their days, so a long list of phrases naming the same days costs one look each)
    wide: dict[frozenset[date], list[Mention]] = {}
    for m, days in named:
        if len(days) > 1:
            wide.setdefault(days, []).append(m)
    for m, days in named:
        for more, others in wide.items():
            if not days < more:
                continue
            for other in others:
                if other.span[0] <= m.span[0] and m.span[1] <= other.span[1]:
                    continue
                if all(_inside(w, other.windows) for w in m.windows) and all(
                    any(_inside(w, (o,)) and (o.start, o.end) != (w.start, w.end) for o in offered)
                    for w in m.windows
                ):
                    return True
    return False


def _inside(w: Window, windows: Sequence[Window]) -> bool:
    return any(o.start <= w.start and w.end <= o.end for o in windows)


def _after_sweep(text: str, start: int, before: Mention) -> bool:
    """The phrase `before` offers several days and ends a few words before `start`, in its
    clause: the weekday said right after a week offered ("cualquier tarde de la semana que viene
    salvando el lunes") is one it leaves out or narrows to, never nothing."""
    return (
        not before.negated
        and start - before.span[1] <= _GAP
        # (nor a comma: "any morning that week works, tues is best" names the best of them)
        and _SHORT_CLAUSE.search(text, before.span[1], start) is None
        and len({w.start.date() for w in before.windows}) > 1
    )


def _same_clause(text: str, mention: Mention, start: int, end: int) -> bool:
    """`mention` and the words at `start`..`end` stand in one sentence."""
    gap = (mention.span[1], start) if mention.span[1] <= start else (end, mention.span[0])
    return _CLAUSE_STOP.search(text, *gap) is None


def _hours_lost(
    atoms: Sequence[timelex.Atom], windows: Sequence[Window], slot: tuple[int, int] | None
) -> bool:
    """`atoms` name hours, and none of `windows` starts or ends at any of them: a clock time
    other than the booked `slot`'s own, which names the interview, or the slot's hours carried
    ("same time", "an hour later")."""
    bounds: set[int] = set()
    for spec in (a.spec for a in atoms if a.spec is not None):
        if spec.kind == "same":
            bounds.update(() if slot is None else (slot[0] + spec.start,))
        elif spec.kind != "part":
            named = {m for m in (spec.start, spec.end) if m}
            if slot is not None and named & set(slot):
                return False
            bounds |= named
    return bool(bounds) and not bounds & {_minutes(t) for w in windows for t in (w.start, w.end)}


def _date_offered(
    folded: str, start: int, end: int, atoms: Sequence[timelex.Atom], offered: Sequence[Window]
) -> bool:
    """A date placed in no phrase whose day the offer holds: said of a day the reader did not
    read ("le mercredi 21 c'est la fête nationale", "the 1st is a holiday"), so what was said of
    it is unknown. A date that heads a week ("la semana del 14") or opens the time offered
    ("a partir del lunes 6", "ab dem 7.") where the offer starts, and the day one is back ("am
    10. zurück"), are not."""
    dated = [a.day for a in atoms if a.day is not None and a.day.day]
    if (
        not dated
        or _HEADS.search(folded, max(0, start - _REACH), start)
        or _BACK.match(folded, end)
    ):
        return False
    held = [
        w.start.date()
        for w in offered
        if any(w.start.day == d.day and (not d.month or w.start.month == d.month) for d in dated)
    ]
    # (a start is placed when the offer begins on its day)
    opens = _OPENS.search(folded, max(0, start - _REACH), start) is not None
    return bool(held) and not (opens and min(w.start.date() for w in offered) == min(held))


def _set_aside(text: str, start: int) -> bool:
    """A word that names no offer (`cues.NEUTRAL`) leads the words at `start` in their clause."""
    # (the last such word before `start` is the one whose clause may reach it)
    ends = [m.end() for m in NEUTRAL.finditer(text, max(0, start - _REACH), start)]
    return bool(ends) and _CLAUSE_STOP.search(text, ends[-1], start) is None


def _minutes(at: datetime) -> int:
    return at.hour * 60 + at.minute


# regret, which is said of a time refused, never of one offered ("Mittwoch muss ich leider
# passen", "le jeudi, malheureusement, je suis pris", "el lunes lamentablemente tengo guardia")
_REGRET = re.compile(
    r"(?<!\w)(?:sadly|unfortunately|regrettably|i'?m\s+afraid|malheureusement|helas|leider"
    r"|lamentablemente|desgraciadamente|por\s+desgracia|infelizmente)(?!\w)"
)
# what turns regret to the day that is left ("leider nur Montag", "sadly only Friday, but..."),
# or opens the offer after the regret ("malheureusement pas lundi, mais mardi oui")
_LEFT = re.compile(
    r"(?<!\w)(?:only|just|nur|erst|seulement|que|solo|solamente|so|apenas|but|mais|aber|pero"
    r"|mas|doch|jedoch|however|cependant|porem|instead|stattdessen|dafur|plutot|sondern|sino)(?!\w)"
    # a no the reader reads: the regret is of a refusal it knows ("vormittags leider nicht")
    r"|(?<!\w)(?:not|nicht|kein\w*|pas|no|nao|never|nie|nunca|jamais)(?!\w)|n't(?!\w)"
)


def regret_offered(folded: str, mentions: Sequence[Mention], offered: Sequence[Window]) -> bool:
    """A day offered in a clause (up to a comma) that says regret and nothing that leaves a day
    over and no word of refusal the reader knows: it took a refusal in words it does not know
    for an offer. (A phrase whose days the reader left out on other grounds, "Dienstag bin ich
    leider an der Uni", is none.)"""
    if _REGRET.search(folded) is None:
        return False
    stops = [s.start() for s in _SHORT_CLAUSE.finditer(folded)]
    for m in mentions:
        if m.negated or not any(
            o.start < w.end and w.start < o.end for o in offered for w in m.windows
        ):
            continue
        at = bisect_left(stops, m.span[0])
        start = stops[at - 1] + 1 if at else 0
        after = bisect_left(stops, m.span[1])
        end = stops[after] if after < len(stops) else len(folded)
        if _REGRET.search(folded, start, end) and not _LEFT.search(folded, start, end):
            return True
    return False


# --- a public holiday the reading could not place (round 28) ---

# a holiday named or called so, read in the folded text (`fold` strips the accents the
# vocabulary allows for; its hundred names grouped by letter, or each is tried at every word)
_HOLIDAY = re.compile(
    grouped([*(fold(name) for name in branches(HOLIDAY)), r"(?:the|a)\s+holiday"]) + r"(?!\w)"
)
# a season's greeting or an event of the holiday, not the day off: "happy holidays", "Joyeux
# Noël", "frohe Weihnachten", "feliz Navidad", "boas festas", "the Christmas party", "a cena de
# Natal"
_GREETING = re.compile(
    r"(?<!\w)(?:happy|merry|enjoy|enjoyed|joyeux|joyeuses|bonnes?|bon|frohe|frohes|schone"
    r"|gesegnete|feliz|felices|boas|bom|buen[oa]s?|prospero|repas|diner|fete|cena|comida|festa"
    r"|jantar|almoco)(?:\s+(?:de|do|da|del|la|le|o|a))?\s+$"
)
_EVENT = re.compile(rf"\s+{fold(EVENT)}")
# time after the holiday, with its day named after it in the sentence: "After the holiday on
# Monday, Tuesday afternoon works", "nach Allerheiligen, also ab Dienstag"
_SINCE = re.compile(
    r"(?<!\w)(?:after|since|apres|depuis|nach|seit|despues\s+de|desde|tras|depois\s+d[oae]s?)"
    r"(?:\s+(?:the|le|la|les|l'|dem|den|der|el|los|las|o|a|os|as))?\s+$"
)
# a word that says the holiday leaves the sender free ("Allerheiligen, da hat er frei") or able
_FREES = re.compile(rf"(?<!\w){FREE_OR_CAN}")
# an exception or a no in the holiday's clause: the holiday is the day left out ("exceto no dia
# da Imaculada", "nur an Mariä Empfängnis nicht", "sauf le 1er mai férié")
_EXCEPTING = re.compile(
    r"(?<!\w)(?:except\w*|bar|other\s+than|apart\s+from|not|sauf|hormis|excepte|pas|ausser|außer|ausgenommen"
    r"|nicht|menos|excepto|salvo|exceto|tirando|nao)(?!\w)"
)
_REACH_ROUND = 120  # characters looked at either side of a holiday for its sentence or clause
_LINE_BREAK = 40  # characters a line break counts for between a holiday and its day
# a day written some way the phrases did not take up ("Amanhã é Sexta-feira Santa … não dá")
_DAY_WORD = re.compile(
    _DAY.pattern
    + r"|\d|(?<!\w)(?:today|tomorrow|tonight|demain|aujourd'hui|morgen|heute|ubermorgen|manana"
    r"|hoy|amanha|hoje)(?!\w)"
)
_TAKEN_BACK = 30  # characters between a day taken back and the holiday that says why
_LOOK_BACK = 24  # characters before a holiday read for the greeting or "after" that leads it
# a sentence ends at a stop before a space or a line break ("Montag 7.12.: Feiertag" is one);
# a clause at a comma, or where a contrast opens ("I'm off over Christmas but the 29th")
_SENTENCE_END = re.compile(r"[.!?;…](?!\S)|\n\s*\n")
_CLAUSE_END = re.compile(
    r"[.!?;…,](?!\S)|\n\s*\n|(?<!\w)(?:but|mais|aber|doch|sondern|pero|sino|mas|porem|however)(?!\w)"
)


def holiday_event(folded: str, start: int, end: int) -> bool:
    """(round 35) The span names an event of a holiday ("Monday is the company holiday party",
    "la cena de Navidad"): something held on the day, not the day off."""
    return any(_EVENT.match(folded, h.end()) for h in _HOLIDAY.finditer(folded, start, end))


def holiday_unplaced(folded: str, mentions: Sequence[Mention], offering: Sequence[Mention]) -> bool:
    """A public holiday the reply names that the offer does not account for: named in a
    sentence that writes no day ("except Labor Day", "menos la Inmaculada", "nur an Mariä
    Empfängnis nicht": on which date, in which country?), or said of the day nearest it in its
    clause while that day is offered ("Tuesday the 8th is a bank holiday for us" left offered).
    Not a greeting or the holiday's party, not time after it with its day named, not a holiday
    that the words after it say frees the sender."""
    spans = sorted(m.span for m in mentions)
    offered = {m.span for m in offering}
    for h in _HOLIDAY.finditer(folded):
        before = folded[max(0, h.start() - _LOOK_BACK) : h.start()]
        if _GREETING.search(before) or _EVENT.match(folded, h.end()):
            continue
        sentence = [s for s in spans if _between(folded, _SENTENCE_END, s, h.span()) is None]
        later = [s for s in sentence if s[0] >= h.end()]
        if later and _SINCE.search(before):
            continue
        if _FREES.search(folded, h.end(), later[0][0] if later else _bounds(folded, h.span())[1]):
            continue
        if not sentence and not _DAY_WORD.search(folded, *_bounds(folded, h.span())):
            if _refused_just_before(h.start(), mentions):
                continue
            return True
        # (a phrase running across the holiday, "jeder Tag außer Dienstag – das ist ja der
        # Nationalfeiertag", is the offer the holiday is cut out of, not the holiday's day)
        clause = [
            s
            for s in sentence
            if (s[1] <= h.start() or s[0] >= h.end())
            and _between(folded, _CLAUSE_END, s, h.span()) is None
        ]
        if clause:
            nearest = min(clause, key=lambda s: _distance(folded, s, h.span()))
            if nearest in offered or _listed_excepted(folded, nearest, h.span()):
                return True
        elif _EXCEPTING.search(folded, *_bounds(folded, h.span(), _CLAUSE_END)):
            return True
    return False


# (round 45) the words that join a holiday to the day listed before it ("außer Mittwoch und
# natürlich Karfreitag", "except Wednesday and of course Good Friday", "sauf mercredi et le
# Vendredi saint", "menos el miércoles y el Viernes Santo", "exceto quarta e a Sexta-feira Santa")
_LIST_JOIN = re.compile(
    r"\s*(?:,|and|et|und|y|e|or|ou|oder|o)\s+(?:(?:of\s+course|obviously|naturlich|bien\s+sur"
    r"|evidemment|claro|obviamente|also|auch|aussi|tambien|tambem)\s+)?"
    r"(?:(?:the|le|la|l'|el|o|a|am|den|der|dem|an)\s+)?"
)


def _listed_excepted(folded: str, day: tuple[int, int], holiday: tuple[int, int]) -> bool:
    """A holiday listed after a day the reply excepts: it is left out too, on a date no phrase
    read ("jederzeit, außer Mittwoch und natürlich Karfreitag")."""
    return (
        day[1] <= holiday[0]
        and _LIST_JOIN.fullmatch(folded, day[1], holiday[0]) is not None
        and _EXCEPTING.search(folded, _bounds(folded, day, _CLAUSE_END)[0], day[0]) is not None
    )


def _refused_just_before(start: int, mentions: Sequence[Mention]) -> bool:
    """Whether the day read last before a holiday is refused a few words before it: the day
    the holiday was told of, taken back across the stop ("le lundi 15… ah non, c'est férié")."""
    before = [m for m in mentions if m.span[1] <= start]
    if not before:
        return False
    last = max(before, key=lambda m: m.span[1])
    return last.negated and start - last.span[1] <= _TAKEN_BACK


def _distance(folded: str, span: tuple[int, int], holiday: tuple[int, int]) -> int:
    """Characters between a day and the holiday, a line break counting as many: a roster's
    holiday is said of the day on its own line ("Montag 7.12.: Feiertag\nDienstag 8.12.")."""
    first, second = sorted((span, holiday))
    broken = "\n" in folded[first[1] : second[0]]
    return second[0] - first[1] + (_LINE_BREAK if broken else 0)


def _bounds(
    folded: str, span: tuple[int, int], stop: re.Pattern[str] = _SENTENCE_END
) -> tuple[int, int]:
    """The sentence (or clause) around `span`, looked for up to `_REACH_ROUND` either side."""
    ends = [m.end() for m in stop.finditer(folded, max(0, span[0] - _REACH_ROUND), span[0])]
    after = stop.search(folded, span[1], span[1] + _REACH_ROUND)
    start = ends[-1] if ends else max(0, span[0] - _REACH_ROUND)
    return start, after.start() if after is not None else min(len(folded), span[1] + _REACH_ROUND)


def _between(
    folded: str, stop: re.Pattern[str], one: tuple[int, int], other: tuple[int, int]
) -> re.Match[str] | None:
    """A stop in the gap between two spans (none when they overlap)."""
    first, second = sorted((one, other))
    return stop.search(folded, first[1], second[0]) if first[1] < second[0] else None
