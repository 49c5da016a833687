"""What an offer missed: times the reader read but placed nowhere, regret said of a day offered."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import datetime
from itertools import accumulate

from parsers.model import Window
from parsers.rules.intents import fold
from parsers.time import lex as timelex
from parsers.time.cues import NEUTRAL
from parsers.time.deadline import due_around
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
    starts = [m.span[0] for m in mentions]
    # (the furthest any phrase reaches up to each one: a span overlaps a phrase if one starting
    # before its end reaches past its start; the reader's spans are checked in log time each)
    reach = list(accumulate((m.span[1] for m in mentions), max))
    slot = (_minutes(booked.start), _minutes(booked.end)) if booked is not None else None
    for start, end in read:
        k = bisect_left(starts, end)
        if k and reach[k - 1] > start:
            continue
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
