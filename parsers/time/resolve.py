"""Deterministic time resolver: day and time phrases of an email to zone-aware windows."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from parsers.errors import InputError
from parsers.model import Window
from parsers.time.accents import loose_compile, loosen
from parsers.time.calc import (
    clip,
    dates_of,
    merge,
    minutes_of,
    next_weekday,
    numbered_monday,
    reoffered,
    span_days,
    subtract,
    week_days,
    window_on,
)
from parsers.time.cues import EXCEPT, ONLY
from parsers.time.lex import Atom, DayRef, TimeSpec
from parsers.time.read import (
    OWN_HOURS,
    WISH,
    Boundaries,
    Group,
    Reading,
    bound_refused,
    read,
    week_of_date,
    week_offered_instead,
)
from parsers.time.words import MOVE_VERB, PARTS, THIS_WORDS

__all__ = ["Mention", "Times", "mentions", "read_times", "resolve"]

# a verb that moves the interview: before "from <the booked day> to <another>" (round 34: the
# Spanish verb in its stressed forms too, "mueve la entrevista de mañana al martes")
_MOVE = loose_compile(rf"(?<!\w){MOVE_VERB}(?!\w)[^.!?]*$", re.IGNORECASE)
# what leads the week a move goes to, after the day it leaves
_MOVE_TO = loose_compile(
    r"\s*(?:to|into|until|à|a|al|auf|in\s+die|para|pra)\s+(?:la\s+|a\s+)?", re.I
)
_UNTIL_BEFORE = loose_compile(
    r"(?:until|till|til|through|bis|jusqu['’]au|hasta\s+el|até)\s*$", re.I
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One day/time phrase found in text, resolved to windows (not clipped to `now`)."""

    span: tuple[int, int]  # character offsets in text
    windows: tuple[Window, ...]  # what the phrase resolves to
    negated: bool  # a time the sender cannot do, or is away
    has_time: bool  # an hour was given, as opposed to a day only
    weekday: bool = False  # named by weekdays alone ("jeudi", "Thursday at 3", not "the 14th")


def zone_info(name: str) -> ZoneInfo:
    """The zone of an IANA name; an unknown one is the caller's input error."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(f"unknown time zone {name!r}") from exc


# --- from reading to windows ---


@dataclass(frozen=True, slots=True)
class _Frame:
    """What every phrase of one message is resolved against."""

    today: date
    zone: ZoneInfo
    americas: bool
    duration: int
    booked: tuple[int, int] | None  # the booked interview's hours in `zone`, for "same time"
    booked_day: date | None = None  # the booked interview's day in `zone`, a move's source

    def span(self, spec: TimeSpec) -> tuple[int, int] | None:
        if spec.kind != "same":
            return minutes_of(spec, self.duration)
        # (moved by the minutes its start holds: "an hour later")
        return (
            None
            if self.booked is None
            else (self.booked[0] + spec.start, self.booked[1] + spec.start)
        )


# A clause that reports what already happened: "from my call with Arjun this morning", "Karim
# m'a rappelée ce matin", "hat heute Vormittag angerufen", "me llamó esta mañana", "falei com
# ela hoje de manhã". Today named there is when it happened, no offer.
_REPORTED = loose_compile(
    r"(?<!\w)(?:(?:my|our|a|the)\s+(?:call|chat|conversation|meeting)\s+with|spoke|talked|called"
    r"|rang|phoned|met|heard|said|told|texted|emailed|messaged|wrote|mentioned"
    r"|(?:m['’]|l['’]|j['’]|nous\s+|vous\s+|il\s+|elle\s+)(?:a|ai|avons|ont)\s+(?:\w+\s+)?"
    r"(?:appel\w*|rappel\w*|parl\w*|dit|écrit|eu|téléphon\w*|contact\w*)"
    r"|(?:hat|habe|haben|hatte|hatten)(?=[^.,;:!?\n]{0,60}?(?:angerufen|gesprochen|telefoniert"
    r"|geschrieben|gesagt|gemeldet|getroffen|geschickt|gesendet|gemailt|weitergeleitet"
    r"|durchgegeben|übermittelt|mitgeteilt)(?!\w))|sagte|rief"
    # and the times relayed were sent then: "me mandó esta mañana", "enviou hoje de manhã"
    # (English and French "sent", "m'a envoyé" are the cues' already)
    r"|(?:me|le|nos|les)\s+(?:llamó|escribió|dijo|contó)|(?:he|ha|hemos|han)\s+(?:hablado|llamado"
    r"|escrito|dicho|mandado|enviado|reenviado|pasado)|hablé|llamé|hablamos|mandó|envió|reenvió"
    r"|(?:me|nos|lhe)\s+(?:ligou|ligaram|escreveu|disse|contou|passou)|falei|liguei|conversei"
    r"|conversamos|ligou|falou|mandou|enviou|encaminhou|reencaminhou"
    # something that happened today: "an issue landed on my desk this morning", "un imprévu
    # m'est tombé dessus ce matin", "me ha surgido algo esta mañana", "ist heute früh etwas
    # dazwischengekommen", "surgiu um problema hoje de manhã"
    r"|landed|arrived|happened|broke|came\s+(?:up|in)|popped\s+up|cropped\s+up|blew\s+up"
    r"|(?:est|m['’]est|s['’]est)\s+(?:tombée?|arrivée?|produite?)|surgi[óo]|surgido|pasó|ocurrió"
    r"|(?:ist|sind|kam)(?=[^.,;:!?\n]{0,60}?(?:aufgetaucht|reingekommen|dazwischengekommen"
    r"|passiert|eingegangen|dazwischen|liegen\s*geblieben|kaputt\s*gegangen|ausgefallen)(?!\w))"
    r"|surgiu|apareceu|aconteceu"
    # a breakdown that happened today: "my car died this morning", "mon char m'a lâché ce
    # matin", "mein Auto ist heute Morgen liegen geblieben", "se me averió el coche esta
    # mañana", "meu carro quebrou hoje de manhã"
    r"|died|crashed|(?:m['’]|nous\s+)a\s+lâché|(?:est|suis)\s+tombée?\s+en\s+panne"
    r"|averi[óo]|descompuso|quebrou|enguiçou|pifou|deu\s+pane"
    # (round 38) news brought then, by its noun, as a relay heads it: "Update from Emily by
    # phone this morning:", "news from Karim this morning", "nouvelles de Karim ce matin",
    # "Rückmeldung von Frau Kaya heute Morgen", "novedades de Ignacio esta mañana", "notícias da
    # Ana hoje de manhã" (never a meeting proposed: "an update call this afternoon")
    r"|(?:update|news|word|message|note)\s+from|(?:nouvelles|message|retour|mot)\s+d[e']"
    r"|(?:update|nachricht|neuigkeiten|r[üu]ckmeldung|info)\s+von"
    r"|(?:novedades|noticias|mensaje|actualizaci[óo]n)\s+de"
    r"|(?:novidades|not[íi]cias|recado|mensagem|atualiza[çc][ãa]o)\s+d[aeo])(?!\w)",
    re.IGNORECASE,
)


# The start or the end of a week named after it: "al principio de la semana que viene", "no
# começo da semana que vem", "am Anfang der kommenden Woche", "(a) finales de la semana q viene",
# "at the start of next week" (the phrases the lexer knows whole keep their own reading)
_WEEK_EDGE = loose_compile(
    r"(?<!\w)(?:(?P<early>start|beginning|début|principios?|comienzos?|inicios?|começo|início"
    r"|inicio|anfang)|(?P<late>end|fin|finales?|final|fim|ende|schluss))"
    r"\s+(?:of|de|del|da|do|der|des)(?:\s+(?:the|la|a))?\s*$",
    re.I,
)
_WEEK_PART_REACH = 24


def _week_part(group: Group, scan: str) -> str | None:
    """ "early" or "late" when the start or end of a whole week is named right before it."""
    refs = [a.day for a in group.atoms if a.day is not None]
    if len(refs) != 1 or refs[0].kind != "week" or refs[0].part != "all":
        return None
    edge = _WEEK_EDGE.search(scan, max(0, group.start - _WEEK_PART_REACH), group.start)
    if edge is None:
        return None
    return "early" if edge["early"] else "late"


def _reported_today(group: Group, scan: str, clauses: list[int], refused: set[int]) -> bool:
    refs = [a.day for a in group.atoms if a.day is not None]
    if not refs or any(r.kind != "rel" or r.offset != 0 for r in refs):
        return False
    # "hoje de manhã" names a part of today; "today at 3" is an hour set on purpose, unless
    # it is the hour refused ("landed on my desk this morning and I can't step away at 2")
    if any(
        t.spec is None or (t.spec.kind != "part" and t.start not in refused) for t in group.times
    ):
        return False
    i = bisect_right(clauses, group.start)
    left, right = (clauses[i - 1] if i else 0), (clauses[i] if i < len(clauses) else len(scan))
    return _REPORTED.search(scan, left, right) is not None


# "Je vous écris un samedi", "written on a Sunday", "an einem Sonntag", "en un sábado", "num
# domingo": a weekday after an indefinite article is any such day, none in particular
_INDEFINITE = loose_compile(r"(?<!\w)(?:an?|un|une|ein|einem|einen|um|uma|num|numa)\s+$", re.I)
_ENGLISH_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _indefinite(group: Group, scan: str) -> bool:
    refs = [a.day for a in group.atoms if a.day is not None]
    if len(refs) != 1 or refs[0].kind != "wd" or refs[0].mod:
        return False
    found = _INDEFINITE.search(scan, max(0, group.start - 8), group.start)
    if found is None:
        return False
    word, day = found.group().split()[0].lower(), scan[group.start : group.start + 3].lower()
    # ("a segunda" has the Portuguese definite article; "um Donnerstag" the German "at")
    if word in ("a", "an"):
        return day in _ENGLISH_DAYS
    return word != "um" or day in ("sáb", "sab", "dom")


# "tomorrow is Sunday", "demain c'est dimanche", "mañana es domingo", "morgen ist Sonntag",
# "amanhã é domingo": a day said to be a weekday
_IS_DAY = loose_compile(
    r"[^\S\n]*(?:is|['’]s|will\s+be|c['’]est|est|sera|es|será|ist|é|cae\s+en|cai\s+n[ao]|fällt\s+auf)"
    r"[^\S\n]+(?:(?:ja|doch|already|déjà|ya|já)[^\S\n]+)?(?:(?:a|un|el|le|o|ein|on|on\s+a)[^\S\n]+)?",
    re.IGNORECASE,
)


def _calendar_remarks(groups: list[Group], scan: str) -> set[int]:
    """Ids of the groups of a remark on the calendar: a day named by its distance from today said
    to be a weekday ("amanhã é domingo né") tells which day it is, it offers neither."""
    out: set[int] = set()
    for g, h in pairwise(groups):
        if (
            len(g.atoms) == len(h.atoms) == 1
            and not g.times
            and g.kinds() == {"rel"}
            and h.kinds() == {"wd"}
            and _IS_DAY.fullmatch(scan, g.end, h.start)
        ):
            out |= {id(g), id(h)}
    return out


# The rest of a day whose hours were just refused, told free: "after that I'm free the rest of
# the day", "sinon je suis libre ce jour-là", "fuera de eso estoy libre ese día", "ansonsten bin
# ich frei", "antes e depois disso estou livre"; or once the hours are over: "after that",
# "free after that", "après ça", "ensuite", "danach", "después de eso", "luego"
_REST = loose_compile(
    r"(?<!\w)(?:free|libre|livre|frei)\s+(?:after\s+that|afterwards|from\s+then\s+on)(?!\w)"
    r"|(?<!\w)(?:(?:the\s+)?rest\s+of\s+the\s+day|after\s+that|before\s+and\s+after|otherwise"
    r"|afterwards|après\s+(?:ça|cela)|ensuite|danach|después\s+de\s+eso|luego"
    r"|apart\s+from\s+that|le\s+reste\s+de\s+la\s+journée|sinon|à\s+part\s+ça|en\s+dehors\s+de\s+ça"
    r"|el\s+resto\s+del\s+día|fuera\s+de\s+eso|aparte\s+de\s+eso|antes\s+e\s+depois\s+disso"
    r"|depois\s+disso|fora\s+isso|o\s+resto\s+do\s+dia|den\s+rest\s+des\s+tages|ansonsten"
    r"|davor\s+und\s+danach)(?!\w)"
    # (not "after that I'm not free", "ensuite je ne suis pas libre")
    r"(?:(?!(?<!\w)(?:not|pas|nicht|no|não|never|jamais)(?!\w)|n['’]t(?!\w))[^.!?\n]){0,40}?"
    r"(?<!\w)(?:free|open|libre|livre|frei|dispo\w*)(?!\w)",
    re.IGNORECASE,
)


_REST_REACH = 80


def _rest_of_day(
    group: Group, starts: list[int], scan: str, sentence: Boundaries, refused: set[int]
) -> bool:
    """ "...; otherwise I'm free", with no other day named on the way ("sinon mercredi est libre
    à partir de 14h" gives the rest its own hours), told after the hours refused ("busy until
    11, after that I'm free till 4": the rest until 4)."""
    s = sentence.index(group.start)
    end = sentence.cuts[s] if s < len(sentence.cuts) else len(scan)
    after = max((t.end for t in group.times if t.start in refused), default=group.end)
    # the rest is told right after the day's clause: a short look keeps the reading linear
    found = _REST.search(scan, after, min(end, after + _REST_REACH))
    if found is None:
        return False
    return bisect_left(starts, found.start()) == bisect_left(starts, found.end())


def _refuses_hours(group: Group, reading: Reading) -> bool:
    """A day refused with its own hours, in one clause: "Friday morning I'm at the dentist"
    (not "any afternoon bar Wednesday; mornings are taken", where the day goes whole)."""
    clause = bisect_right(reading.clauses, group.start)
    return all(
        t.start in reading.negative_times and bisect_right(reading.clauses, t.start) == clause
        for t in group.times
    )


# a week said free or suiting: "is pretty open", "works for me", "est assez libre", "passt gut"
_FREE_WEEK = loose_compile(
    r"(?<!\w)(?:open|free|available|works?|flexible|flexibel|libres?|dispo\w*|frei|verfügbar"
    r"|passt|geht|livres?|flex[ií]vel|convient|funciona|me\s+va)(?!\w)",
    re.IGNORECASE,
)


def _said_free(s: int, sentence: Boundaries, scan: str) -> bool:
    return _FREE_WEEK.search(scan, *sentence.span(s, len(scan))) is not None


def _excepts_after(group: Group, sentence: Boundaries, scan: str) -> bool:
    """The refused week's sentence goes on to except days from it ("I'm tied up next week,
    except Thursday", "je suis pris toute la semaine prochaine sauf jeudi"): the days excepted
    are that week's."""
    _, end = sentence.span(sentence.index(group.start), len(scan))
    return EXCEPT.search(scan, group.end, end) is not None


def _week_mondays(
    reading: Reading, sentence: Boundaries, frame: _Frame, scan: str
) -> tuple[dict[int, date], set[int], int, dict[int, date]]:
    """The week a bare weekday falls in, by sentence, where a week phrase frames that sentence;
    the sentences framed by a week named alone in the sentence before them; how many
    sentences of weekdays follow weekdays of a week, with no telling which week they are in;
    and the Monday of each week refused as "this week" that names back a week told by its
    dates."""
    monday = frame.today - timedelta(days=frame.today.weekday())
    weeks: dict[int, date] = {}
    last: date | None = None  # the Monday of the week named last, for "the week after"
    dayed: set[int] = set()  # sentences that named a day before any week phrase in them
    day_ends: dict[int, int] = {}  # where the last day named in each sentence, and its hours, end
    # "next week I have exams until Wednesday": a week refused only up to a weekday frames its
    # sentence and the one after, whose weekdays past that day are the rest of it
    until = _weeks_refused_until(reading.groups, sentence, scan)
    dated: date | None = None  # the Monday of the week named last by its dates
    dated_at = -2  # the sentence that named it
    pointing: list[int] = []  # sentences saying "this week" after a week named by its dates
    named_back: dict[int, date] = {}
    for g in reading.groups:
        # "next week I'm away, so only this one: Thursday": a refused week frames no day,
        # but "the week after" counts from it
        if g.negated and g.kinds() == {"week"}:
            back = _this_week_back(g, dated, dated_at, sentence)
            if back is not None:
                named_back[id(g)] = back
            last = back or _named_monday(g, monday, last) or last
            if (id(g) in until or _excepts_after(g, sentence, scan)) and last is not None:
                weeks.setdefault(sentence.index(g.start), last)
            continue
        if (not g.negated or id(g) in until) and week_of_date(g, scan):
            ref = next(a.day for a in g.atoms if a.day is not None)
            named = dates_of(ref, frame.today, frame.americas, None)
            if named:
                dated = named[0] - timedelta(days=named[0].weekday())
                dated_at = sentence.index(g.start)
                if not week_offered_instead(day_ends.get(dated_at, len(scan)), g, scan):
                    weeks.setdefault(dated_at, dated)
            continue
        for a in g.atoms:
            if a.day is None:
                continue
            s = sentence.index(a.start)
            day_ends[s] = g.end
            if a.day.kind in ("date", "ord", "num"):
                # "away from the 7th to the 11th. The week after": the week of the last date
                named = dates_of(a.day, frame.today, frame.americas, None)
                last = named[0] - timedelta(days=named[0].weekday()) if named else last
                dated, dated_at = last, s
            if a.day.kind != "week":
                dayed.add(s)
                continue
            # "In der Woche vom 1. Februar … an den übrigen Tagen dieser Woche", "du 15 au 19,
            # donc toute cette semaine": "this week" after a week named by its dates may be
            # that one, not the week of the message
            if a.day.which == "this" and dated not in (None, monday):
                pointing.append(s)
            last = _week_monday(a.day.which, monday, last, a.day.day)
            # "this Friday or the week after" names a week after the day, framing none
            if a.day.which != "then" or s not in dayed:
                weeks.setdefault(s, last)
    # "The week after is wide open. Tuesday or Thursday afternoon would be ideal": a sentence
    # that names nothing but a week offered frames the bare weekdays of the sentence after it
    by_sentence: dict[int, list[Group]] = {}
    for g in reading.groups:
        by_sentence.setdefault(sentence.index(g.start), []).append(g)
    for s, groups in by_sentence.items():
        if s not in weeks and _next_weekdays_ruled_out(groups):
            weeks[s] = monday + timedelta(7)
    carried: set[int] = set()
    # "Next Monday and Tuesday I sit my finals, so Wednesday or Thursday afternoon": the
    # Wednesday after them, or the first to come? Only a person can tell, where the two differ
    # (unless their days are dated: "Cette semaine, je suis disponible jeudi 18")
    unsure = sum(not any(g.kinds() & set(_DATED) for g in by_sentence[s]) for s in pointing) + sum(
        _next_days_then_weekdays(groups, frame.today) for groups in by_sentence.values()
    )
    for s, week in list(weeks.items()):
        later = [g for g in by_sentence.get(s + 1, []) if _weekday_only(g) or _booked_day_only(g)]
        if s + 1 in weeks or not later:
            continue
        if all(
            (g.kinds() == {"week"} or (week_of_date(g, scan) and _said_free(s, sentence, scan)))
            and not (g.negated or g.dropped)
            for g in by_sentence[s]
        ):
            # "Next week works. Tuesday after 2. Thursday morning": each sentence in a row that
            # names bare weekdays and no other day is in that week too (up to a deadline: "reply
            # by Friday" is no day of it); so does a week told by its date and said free ("The
            # week of the 14th is pretty open. Tuesday or Wednesday afternoon would be ideal"),
            # not one the sender may be away ("Na semana de 14 vou viajar. segunda - ...")
            after = s + 1
            while after == s + 1 or (
                after not in weeks and _bare_weekdays(by_sentence.get(after), scan)
            ):
                weeks[after] = week
                carried.add(after)
                if all(g.dropped for g in by_sentence[after]):
                    break
                after += 1
            continue
        # (the weekdays offered only: a deadline or a refusal places no interview)
        later = [g for g in later if not (g.negated or g.dropped)]
        past_until = _past_until(by_sentence[s], later, until) or _walks_refused_week(
            by_sentence[s], later
        )
        ruled_out = past_until or _rest_of_week_ruled_out(by_sentence[s], later, scan)
        split = _week_split(by_sentence[s], later)
        if ruled_out or split:
            weeks[s + 1] = week
            carried.add(s + 1)
        if split:
            continue
        if not ruled_out and _said_again(by_sentence[s], later):
            weeks[s + 1] = week
            carried.add(s + 1)
            continue
        # ("... Thursday or Friday afternoon would be great though", "En revanche, jeudi et
        # vendredi": days set against the ones ruled out are the rest of their week)
        countered = ruled_out and (past_until or _countered(scan, sentence, s + 1))
        if not countered and (
            ruled_out or all(g.kinds() == {"wd", "week"} and not g.dropped for g in by_sentence[s])
        ):
            # "I'm on nights Monday to Wednesday next week. Thursday or Friday afternoon would
            # be great": the Thursday of that week (so read, when the days after are the rest
            # of it), or the first Thursday to come? Only a person can tell, where the two differ
            unsure += any(
                next_weekday(frame.today, a.day.weekday) != week + timedelta(a.day.weekday)
                for g in later
                for a in g.atoms
                if a.day is not None
            )
    return weeks, carried, unsure, named_back


def _said_again(groups: list[Group], later: list[Group]) -> bool:
    """(round 48) The weekdays of the sentence after a week's are those it offered in that
    week, said again: "Semana que vem consigo na quinta ou na sexta, de tarde. Se precisar pode
    ser mais cedo na sexta, a partir das 10h", "Next week Thursday or Friday afternoon. Friday I
    could also do from 10" (the Friday of next week, not the first to come)."""
    offered = {
        a.day.weekday
        for g in groups
        if not (g.negated or g.dropped)
        for a in g.atoms
        if a.day is not None and a.day.kind == "wd"
    }
    again = [a.day for g in later for a in g.atoms if a.day is not None]
    return bool(again) and all(d.kind == "wd" and not d.mod and d.weekday in offered for d in again)


def _next_weekdays_ruled_out(groups: list[Group]) -> bool:
    """ "Next Monday and Tuesday we have the auditors in; both days are out": weekdays of next
    week ruled out, told by "next" on the day and not on a week, frame that week as a week
    phrase would, so the weekdays told after them are read (or doubted) as the rest of it."""
    days = [a.day for g in groups for a in g.atoms if a.day is not None]
    return (
        all(g.negated and g.kinds() == {"wd"} for g in groups)
        and any(d.mod == "next" for d in days)
        and all(d.mod in ("next", "") for d in days)
    )


def _next_days_then_weekdays(groups: list[Group], today: date) -> bool:
    """Days of next week refused ("next Monday and Tuesday"), then in the same sentence weekdays
    offered whose first to come is in this week."""
    refused = [g for g in groups if g.negated]
    offered = [g for g in groups if not (g.negated or g.dropped) and _weekday_only(g)]
    following = today + timedelta(7 - today.weekday())
    return bool(refused and offered) and (
        _next_weekdays_ruled_out(refused)
        and any(
            next_weekday(today, a.day.weekday) < following
            for g in offered
            for a in g.atoms
            if a.day is not None
        )
    )


def _rest_of_week_ruled_out(framing: list[Group], later: list[Group], scan: str) -> bool:
    """ "I'm on leave Monday to Wednesday next week. Thursday or Friday works", "La semaine
    prochaine je suis en formation du lundi au mercredi. Jeudi et vendredi je suis libre": the
    sentence before rules weekdays of a week out and names nothing else but the week, the
    weekdays after it are none of them, so they are the rest of that week."""
    refused = {d for g in framing for d in _weekdays_named(g)}
    named = [d for g in later for d in _weekdays_named(g)]
    return (
        bool(refused and named)
        and all(
            (g.negated and (g.kinds() <= {"wd", "week"} or week_of_date(g, scan)))
            or ((g.kinds() == {"week"} or week_of_date(g, scan)) and not g.times)
            for g in framing
        )
        and not refused & set(named)
    )


def _week_split(framing: list[Group], later: list[Group]) -> bool:
    """ "La próxima semana el martes y el jueves solo por la tarde. El lunes, el miércoles y el
    viernes a cualquier hora": the five weekdays of a week told in two sentences, each once, the
    week named in the first; the later ones are the rest of that week, whichever comes first."""
    first = [d for g in framing for d in _weekdays_named(g)]
    then = [d for g in later for d in _weekdays_named(g)]
    return (
        any("week" in g.kinds() for g in framing)
        and all(g.kinds() <= {"wd", "week"} for g in framing)
        and len(first) + len(then) == 5
        and set(first) | set(then) == set(range(5))
    )


# A word that sets what follows against what was said before: "though", "en revanche", "en
# cambio", "dafür", "por outro lado"
_COUNTER = loose_compile(
    r"(?<!\w)(?:though|however|instead|on\s+the\s+other\s+hand|but|en\s+revanche|par\s+contre"
    r"|mais|en\s+cambio|sin\s+embargo|por\s+el\s+contrario|pero|dafür|jedoch|hingegen|dagegen"
    r"|aber|por\s+outro\s+lado|em\s+compensação|porém|mas)(?!\w)",
    re.IGNORECASE,
)


def _countered(scan: str, sentence: Boundaries, s: int) -> bool:
    """The sentence `s` holds a word of contrast."""
    return _COUNTER.search(scan, *sentence.span(s, len(scan))) is not None


def _weekdays_named(group: Group) -> list[int]:
    """The weekdays a group names, those inside its ranges too ("Monday to Wednesday")."""
    out: list[int] = []
    for i, a in enumerate(group.atoms):
        if a.day is None or a.day.kind != "wd":
            continue
        last = out[-1] if out and i and group.ranges[i - 1] else None
        out += list(range(last + 1, a.day.weekday + 1)) if last is not None else [a.day.weekday]
    return out


# Back from being away: "once I'm back", "à mon retour", "wenn ich zurück bin", "cuando
# vuelva", "quando voltar"
_RETURN = loose_compile(
    r"(?<!\w)(?:(?:once|when|after)\s+(?:i['’]m|i\s+am|i\s+get|i['’]ve\s+got|i\s+come)\s+back"
    r"|once\s+back|(?:after|on|upon)\s+my\s+return"
    r"|(?:à|dès|après)\s+mon\s+retour|une\s+fois\s+(?:rentrée?|de\s+retour)"
    r"|quand\s+je\s+(?:serai|suis)\s+(?:rentrée?|de\s+retour)"
    r"|nach\s+meiner\s+rückkehr|(?:wenn|sobald)\s+ich\s+(?:wieder\s+)?(?:zurück|da)\s+bin"
    r"|a\s+mi\s+(?:vuelta|regreso)|cuando\s+(?:vuelva|regrese)|al\s+volver"
    r"|quando\s+(?:eu\s+)?voltar|na\s+volta|(?:no\s+meu|no|após\s+o\s+meu)\s+regresso"
    r"|depois\s+que\s+(?:eu\s+)?voltar)(?!\w)",
    re.IGNORECASE,
)


# "from" opening a week phrase, "only" before it: "(only) from next week", "erst ab nächster
# Woche", "seulement à partir de la semaine prochaine", "solo a partir de la semana que viene",
# "só a partir da semana que vem"
_WEEK_FROM = loose_compile(
    r"(?<!\w)(?P<only>(?:only|just|erst|seulement|uniquement|solo|sólo|só|apenas)\s+)?"
    r"(?:from|starting|ab|à\s+partir\s+de|dès|a\s+partir\s+d[eoa]|desde)\s+$",
    re.IGNORECASE,
)
_WEEK_FROM_REACH = 40


def _week_bound_after(
    group: Group, week: Group | None, sentence: Boundaries, scan: str
) -> re.Match[str] | None:
    """A week its sentence opens with "from" after `group` ("Friday works, or from next week:
    Monday after 2"): the week starts the days named after it, not the day named before, which
    keeps its own week; "only from" ("I'm taking Friday, so only from next week") leaves out
    every day before that week. `week` is the first week named after `group`."""
    if week is None or sentence.index(week.start) != sentence.index(group.start):
        return None
    return _WEEK_FROM.search(scan, max(0, week.start - _WEEK_FROM_REACH), week.start)


def _weeks_after(groups: list[Group]) -> dict[int, Group | None]:
    """For each group, the first group after it that names a week alone: found in one pass
    from the end, as a search from each group would grow with the square of a long list."""
    after: dict[int, Group | None] = {}
    week: Group | None = None
    for g in reversed(groups):
        after[id(g)] = week if week is not None and week.start > g.start else None
        if g.kinds() == {"week"}:
            week = g
    return after


def _weekdays_following(group: Group) -> bool:
    """The group is weekdays alone, one of them said to follow ("the following Monday or
    Tuesday")."""
    refs = [a.day for a in group.atoms if a.day is not None]
    return all(r.kind == "wd" for r in refs) and any(r.mod == "after" for r in refs)


def _earlier_aside(
    passing: tuple[date, int] | None, day: date, group: Group, sentence: Boundaries
) -> bool:
    """The day, told in passing, comes before the one the sender is away until or told in
    passing just before it in its sentence."""
    return passing is not None and day < passing[0] and sentence.index(group.start) == passing[1]


def _first_weekday_after(day: date) -> date:
    after = day + timedelta(1)
    return after + timedelta(days=(7 - after.weekday()) % 7 if after.weekday() >= 5 else 0)


def _week_monday(which: str, monday: date, last: date | None, number: int = 0) -> date:
    """The Monday of a week phrase: "the week after" is the one after the week named last;
    `number` is the week's own ("KW 7")."""
    if which == "num":
        return numbered_monday(monday, number) or monday
    if which == "then":
        return (last or monday + timedelta(7)) + timedelta(7)
    if which == "that":
        return last or monday
    return monday + timedelta({"next": 7, "after": 14}.get(which, 0))


def _this_week_back(
    group: Group, dated: date | None, dated_at: int, sentence: Boundaries
) -> date | None:
    """The week named by its dates, when a week refused as "this week" names it back in the
    same sentence or the next: "du 15 au 19 février, donc toute cette semaine est impossible",
    "vom 7. bis 11.12. im Urlaub, diese Woche geht also nicht", "de 7 a 11, por isso essa semana
    não dá". A week named by its dates is the one refused, and "the week after" counts from it."""
    refs = [a.day for a in group.atoms if a.day is not None and a.day.kind == "week"]
    near = 0 <= sentence.index(group.start) - dated_at <= 1
    return dated if refs and refs[0].which == "this" and near else None


def _named_monday(group: Group, monday: date, last: date | None) -> date | None:
    refs = [a.day for a in group.atoms if a.day is not None and a.day.kind == "week"]
    return _week_monday(refs[0].which, monday, last, refs[0].day) if refs else None


_DATED = ("date", "ord", "num")  # kinds of day phrase named by their date


# the parts of a week that are days of their own: "early next week", "later next week"
_WEEK_PARTS = frozenset(("early", "late"))


def _group_dates(group: Group, scan: str, frame: _Frame, monday: date | None) -> list[date]:
    refs = [a.day for a in group.atoms if a.day is not None]
    if refs and refs[0].kind == "wd" and refs[0].mod == "next" and not any(group.ranges):
        # "next Tuesday or Wednesday": the week named once holds every weekday of the list
        refs = [replace(r, mod="next") if r.kind == "wd" and not r.mod else r for r in refs]
    to_week = _moved_to_week(group, scan, frame)
    has_weekday = any(r.kind == "wd" for r in refs) and not to_week
    # (a part of a week is days of its own beside a weekday that names its own week: "next
    # Tuesday, or later next week", round 49)
    own_week = all(r.mod for r in refs if r.kind == "wd")
    per_atom = [
        []
        if (r.kind == "week" and has_weekday and not (own_week and r.part in _WEEK_PARTS))
        or (r.kind == "wd" and to_week)
        else dates_of(r, frame.today, frame.americas, monday)
        for r in refs
    ]
    for i, r in enumerate(refs):
        # "next week, Tuesday 8 and Thursday 10": days of the week named before them, by date,
        # say which of its days are offered, as bare weekdays do ("or Friday the 4th", outside
        # it, is a day added to the week); the next week named ends the look, which also keeps
        # the work linear in a reply that names weeks over and over
        if r.kind != "week":
            continue
        week = set(per_atom[i])
        for j in range(i + 1, len(refs)):
            if refs[j].kind == "week":
                break
            if refs[j].kind in _DATED and per_atom[j] and week.issuperset(per_atom[j]):
                per_atom[i] = []
                break
    dated: date | None = None  # the last day of the list named by its date
    for i, r in enumerate(refs):
        if r.kind == "wd" and not r.mod and dated is not None and r.weekday >= dated.weekday():
            # "Thursday the 10th, and Friday as well": the Friday of that week ("a partir do
            # dia 17, segunda ou terça": the 17th's own weekday is the 17th)
            per_atom[i] = [dated + timedelta(r.weekday - dated.weekday())]
        if r.kind in _DATED and per_atom[i]:
            dated = per_atom[i][-1]
        if r.kind == "after" and i and per_atom[i - 1]:
            # "tomorrow or the day after": the day after the one before it in the list
            per_atom[i] = [per_atom[i - 1][-1] + timedelta(1)]
        elif r.kind == "after" and not i and frame.booked_day is not None:
            # "le lendemain matin", "no dia seguinte à tarde": after the booked day
            per_atom[i] = [frame.booked_day + timedelta(1)]
        if r.kind == "wd" and r.mod == "after" and frame.booked_day is not None:
            # "the following Monday", "le jeudi suivant": the first after the booked day
            per_atom[i] = [next_weekday(frame.booked_day, r.weekday)]
        if r.kind == "booked" and frame.booked_day is not None:
            # "3pm the same day", "a day later": the day of the interview already booked, or
            # one told from it; "the same day next week": its weekday in the week that frames it
            per_atom[i] = [frame.booked_day + timedelta(r.offset)]
            if monday is not None and not r.offset and monday > frame.booked_day:
                per_atom[i] = [monday + timedelta(frame.booked_day.weekday())]
    days: list[date] = []
    i = 0
    while i < len(refs):
        if (
            i < len(group.ranges)
            and group.ranges[i]
            and per_atom[i]
            and (per_atom[i + 1] or refs[i + 1].kind == "wd")
        ):
            first = per_atom[i][0]
            right = refs[i + 1]
            last = (
                next_weekday(first, right.weekday, strictly=False)
                if right.kind == "wd"
                else per_atom[i + 1][-1]
            )
            weekend = any(d.weekday() >= 5 for d in (first, last))
            # "move it from tomorrow to Monday": from the booked day to another is no span
            moved = first == frame.booked_day and _MOVE.search(
                scan, max(0, group.start - 60), group.start
            )
            days += [last] if moved else span_days(first, last, weekend)
            i += 2
            continue
        days += per_atom[i]
        i += 1
    # the words sit right before the day: a short look-back keeps the reading linear
    # (and only for a lone day refused: most days are not)
    if (
        len(refs) == 1
        and group.negated
        and days
        and _UNTIL_BEFORE.search(scan, max(0, group.start - 40), group.start)
    ):
        # "away until the 9th": every day from today up to the day before
        days = span_days(frame.today, days[0] - timedelta(1), True)
        group.broad = True
    if len(days) == 1 and week_of_date(group, scan):
        monday = days[0] - timedelta(days=days[0].weekday())
        days = span_days(monday, monday + timedelta(4), False)
        group.broad = True
    # (round 48) weekdays named in a week are named days, which a week refused in another
    # clause does not take back: "Next week is busy, but Monday or Friday next week I'm wide open"
    group.broad = (
        group.broad or any(group.ranges) or ("week" in group.kinds() and "wd" not in group.kinds())
    )
    if _booked_weekday_of_week(group, refs[1:] if to_week else refs, frame):
        # "same time next week", "à la même heure la semaine prochaine": the booked slot's
        # weekday and hours in that week, not its hours on every day of it
        assert frame.booked_day is not None
        booked = frame.booked_day
        days = [d for d in days if d.weekday() == booked.weekday() and d != booked]
        group.broad = False
    return sorted(set(days))


def _moved_to_week(group: Group, scan: str, frame: _Frame) -> bool:
    """The interview moved from its booked weekday to a week: "move it from Thursday to next
    week", "décaler l'entretien de jeudi à la semaine prochaine", "von Donnerstag auf nächste
    Woche verschieben", "pasarla del jueves a la semana que viene", "passar de quinta para a
    semana que vem". The weekday is the day the move leaves, not a day of that week."""
    days = [a for a in group.atoms if a.day is not None]
    return (
        frame.booked_day is not None
        and len(days) == 2
        and days[0].day is not None
        and days[0].day.kind == "wd"
        and days[0].day.weekday == frame.booked_day.weekday()
        and days[1].day is not None
        and days[1].day.kind == "week"
        and _MOVE_TO.fullmatch(scan, days[0].end, days[1].start) is not None
        and _MOVE.search(scan, max(0, group.start - 60), group.start) is not None
    )


def _booked_weekday_of_week(group: Group, refs: list[DayRef], frame: _Frame) -> bool:
    """A week named with the booked hours ("same time next week") or the booked day ("same day
    next week", "le même jour la semaine prochaine", "am selben Tag nächste Woche")."""
    weeks = [r for r in refs if r.kind == "week" and r.part == "all"]
    others = [r for r in refs if r.kind != "week"]
    return (
        frame.booked_day is not None
        and len(weeks) == 1
        and (
            (not others and any(t.spec is not None and t.spec.kind == "same" for t in group.times))
            or (len(others) == 1 and others[0].kind == "booked" and not others[0].offset)
        )
    )


def _spans(
    group: Group, reading: Reading, frame: _Frame, negative: bool
) -> list[tuple[tuple[int, int], ZoneInfo, str]]:
    out: list[tuple[tuple[int, int], ZoneInfo, str]] = []
    for i, t in enumerate(group.times):
        if t.spec is None or (t.start in reading.negative_times) != negative:
            continue
        if i and _names_half(group.times[i - 1], t, frame):
            continue
        span = frame.span(t.spec)
        # ("10 to 12, as afternoons are my lab slots": a part of day refused says no half)
        if span is not None and i + 1 < len(group.times):
            after = group.times[i + 1]
            if (after.start in reading.negative_times) == negative:
                span = _said_half(span, t, after)
        if span is not None:
            zone = reading.zones.get(t.start)
            out.append((span, ZoneInfo(zone) if zone else frame.zone, t.spec.kind))
    if negative:
        return out
    # "except 12 to 2, I'm covering the desk over lunch": a time inside one the group refuses
    # is the reason for the refusal, not an offer
    refused = (
        _spans(group, reading, frame, negative=True)
        if any(t.start in reading.negative_times for t in group.times)
        else []
    )
    out = [
        o
        for o in out
        if not any(z == o[1] and lo <= o[0][0] and o[0][1] <= hi for (lo, hi), z, _ in refused)
    ]
    if len(out) > 1:
        out = [o for o in out if o[0] != PARTS["any"]] or out[:1]
    parts = [o for o in out if o[2] == "part"]
    bounded = [o for o in out if o[2] in ("after", "before")]
    exact = [o for o in out if o[2] in ("at", "range", "same")]
    if parts and exact and all(any(_same_half(p[0], o[0][0]) for p in parts) for o in exact):
        # "a las 4 de la tarde", "10 in the morning", "de 8 a 10 de la mañana": the part of day
        # only says which 4, 8 or 10
        out = [o for o in out if o[2] != "part"]
        parts = []
    if (
        bounded
        and exact
        and all(any(b[1] == o[1] and b[0][0] <= o[0][0] < b[0][1] for b in bounded) for o in exact)
    ):
        # "Thursday at half two, I've a free after lunch", "after 1, ideally at 2:30": the
        # bound only frames the hour named inside it
        out = [o for o in out if o[2] not in ("after", "before")]
        bounded = []
    afters = [o for o in bounded if o[2] == "after"]
    befores = [o for o in bounded if o[2] == "before"]
    if len(afters) > 1 and len({o[1] for o in afters}) == 1:
        # "after lunch, from 2pm", "nach der Mittagspause ab 13:30": both bounds hold, so the
        # later start says when
        latest = max(afters, key=lambda o: o[0][0])
        out = [o for o in out if o[2] != "after" or o is latest]
        bounded = [o for o in bounded if o[2] != "after" or o is latest]
        afters = [latest]
    if (
        not parts
        and len(afters) == 1
        and len(befores) == 1
        and afters[0][1] == befores[0][1]
        and afters[0][0][0] < befores[0][0][1]
    ):
        # "from 10, but I need to leave by 3": bounds that overlap are one span ("before
        # lunch or after 3" do not, and stay two)
        span = (afters[0][0][0], befores[0][0][1])
        out = [o for o in out if o[2] not in ("after", "before")]
        out += [(span, afters[0][1], "range")] if span[0] < span[1] else []
        bounded = []
    if parts and bounded:
        # "tomorrow morning after 10": the bound narrows the part of day
        lo, hi = parts[0][0]
        clipped = [((max(lo, s), min(hi, e)), z, k) for (s, e), z, k in bounded]
        out = [o for o in out if o[2] not in ("part", "after", "before")]
        out += [c for c in clipped if c[0][0] < c[0][1]]
    if not out:
        rel_parts = [
            a.day.part
            for a in group.atoms
            if a.day is not None and a.day.kind == "rel" and a.day.part
        ]
        possessive = any(a.day is not None and a.day.possessive for a in group.atoms)
        if rel_parts:
            out = [(PARTS[rel_parts[0]], frame.zone, "part")]
        # ("except Thursday's": a day's own part of day left out is the whole day refused)
        elif not possessive or group.negated:
            out = [(PARTS["any"], frame.zone, "part")]
    return out


_NOON = 12 * 60
_HALF_DAY = 12 * 60
_PART_GAP = 8  # "7 to 9 in the morning": the part of day follows its hours this closely
_EARLIEST = 5 * 60  # "at 7 in the morning" is 7:00; no one is offered 2 in the morning


def _said_half(span: tuple[int, int], time: Atom, after: Atom) -> tuple[int, int]:
    """A bare hour read as afternoon by convention ("7" is 19:00) moves to the half of the day
    the part of day right after it names: "from 7 to 9 in the morning", "at 8 in the evening"."""
    part = after.spec
    # "mornings, afternoons are out": a part of day next to another says no hour's half
    mine = time.spec is not None and time.spec.kind == "part"
    if part is None or part.kind != "part" or after.start - time.end > _PART_GAP or mine:
        return span
    start, end = span
    if part.start < _NOON <= start and start - _HALF_DAY >= _EARLIEST:
        return start - _HALF_DAY, end - _HALF_DAY
    if part.start >= _NOON and end <= _NOON:
        return start + _HALF_DAY, end + _HALF_DAY
    return span


def _names_half(bound: Atom, part: Atom, frame: _Frame) -> bool:
    """A part of day right after the hour a bound opens on only says which half that hour is
    in: "a partir de las diez de la mañana", "from 10 in the morning", "ab 10 Uhr morgens" run
    to the end of the day, as "after 10am" does ("mañana por la mañana a partir de las 10" is
    the morning narrowed)."""
    if (
        bound.spec is None
        or part.spec is None
        or bound.spec.kind != "after"
        or part.spec.kind != "part"
        or part.start - bound.end > _PART_GAP
    ):
        return False
    span = frame.span(bound.spec)
    if span is None:
        return False
    start = _said_half(span, bound, part)[0]
    return _same_half((part.spec.start, part.spec.end), start)


def _same_half(part: tuple[int, int], start: int) -> bool:
    """A time falls in the half of the day its part names: "8 in the morning" is a morning
    time though the morning's window opens at 9."""
    return (start < _NOON) == (part[0] < _NOON)


_WHOLE_DAY = (0, 24 * 60)


def _windows(days: list[date], spans: list[tuple[tuple[int, int], ZoneInfo, str]]) -> list[Window]:
    return [window_on(d, span, zone) for d in days for span, zone, _ in spans]


def _unplaced(group: Group, scan: str, frame: _Frame, framed: bool) -> bool:
    weekdays = [a.day.weekday for a in group.atoms if a.day is not None and a.day.kind == "wd"]
    refs = [a.day for a in group.atoms if a.day is not None]
    same = any(t.spec is not None and t.spec.kind == "same" for t in group.times)
    return (
        (frame.booked is None and same)
        or any(_weekday_slip(r, frame.today) for r in refs)
        or (group.negated and ONLY.search(scan, group.start, group.end) is not None)
        or len(weekdays) != len(set(weekdays))
        # (a week named for the days says which week they are in)
        or (not framed and _straddles_today(refs, group, frame.today))
    )


def _offers_dated(groups: list[Group]) -> bool:
    """Every day offered is a date ("Montag, 7. Dezember", "Wed 16th Dec"): days turned down
    beside them take nothing from them, whichever week those fall in ("Donnerstag und Freitag
    bin ich verplant", written on a Thursday)."""
    offered = [g for g in groups if not g.negated and not g.dropped]
    return bool(offered) and all(
        a.day.kind == "date" for g in offered for a in g.atoms if a.day is not None
    )


def _straddles_today(refs: list[DayRef], group: Group, today: date) -> bool:
    """ "Quinta e sexta" written on a Thursday: listed in the week's order, the days fall in two
    weeks (next Thursday, and tomorrow); the writer most likely meant one week, but which?"""
    plain = [r.weekday for r in refs if r.kind == "wd" and not r.mod]
    if len(plain) < 2 or len(plain) != len(refs) or any(group.ranges):
        return False
    return plain == sorted(plain) and plain[0] <= today.weekday() < plain[-1]


def _weekday_slip(ref: DayRef, today: date) -> bool:
    """ "Wed 4" where no 4th soon is a Wednesday: which of the two did the writer mean?"""
    if ref.kind != "ord" or ref.weekday < 0:
        return False
    found = dates_of(ref, today, False, None)
    return bool(found) and found[0].weekday() != ref.weekday


def _within_offered(
    hours: list[Window], offered: list[Window], tz: ZoneInfo, group: Group
) -> list[Window]:
    """`hours` bounded on one side only ("only until 4", "only from 10") keep the other side of
    the hours their day was `offered` at before: "afternoons, but Wednesday only until 4" is
    Wednesday from 12 to 4, "mornings, but Friday only from 10" Friday from 10 to 12. Where the
    two leave nothing, or the hours say both ends, the later hours replace the earlier."""
    kinds = {t.spec.kind for t in group.times if t.spec is not None}
    if kinds not in ({"before"}, {"after"}):
        return hours
    kept: list[Window] = []
    for day in dict.fromkeys(w.start.astimezone(tz).date() for w in hours):
        mine = [w for w in hours if w.start.astimezone(tz).date() == day]
        earlier = [w for w in offered if w.start.astimezone(tz).date() == day]
        both = [
            Window(max(a.start, b.start), a.end)
            if kinds == {"before"}
            else Window(a.start, min(a.end, b.end))
            for a in mine
            for b in earlier
            if max(a.start, b.start) < min(a.end, b.end)
        ]
        kept.extend(both or mine)
    return kept


# hours a day is held to: "Wednesday would have to be the afternoon", "mercredi, ce serait
# forcément l'après-midi", "Mittwoch müsste es nachmittags sein", "el miércoles tendría que ser
# por la tarde", "na quarta teria que ser à tarde" (not what a person has to do that day: "I
# have to be at the dentist in the morning", "muss ich vormittags zum Arzt")
_HELD_TO = loose_compile(
    r"(?<!\w)(?<!\bi\s)(?<!\bwe\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)"
    r"(?:(?:would|will|has|have)\s+(?:(?:have|need)\s+)?to\s+be|must\s+be|forcément"
    r"|(?:faudrait|faut)\s+que|(?:müsste|muss)\s+(?:es|das)"
    r"|(?:tendría|tiene|teria|tem)\s+(?:que|de)\s+ser|precisa(?:ria)?\s+ser)(?!\w)",
    re.IGNORECASE,
)


def _only(group: Group, scan: str) -> bool:
    """Hours of the group marked "only" after its day ("Monday though only after 3") or before
    the hours that lead it ("only until 11 on Friday"), or the day said to have to be at them."""
    if not group.times:
        return False
    first = min(t.start for t in group.times)
    lo = max(0, first - 12) if first < group.start else group.start
    # ("sauf mercredi où je suis libre à partir de 14h30": hours of its own in a clause on it)
    own = OWN_HOURS.match(scan, group.atoms[-1].end) is not None
    return (
        own
        or bound_refused(group, scan)
        or ONLY.search(scan, lo, max(t.start for t in group.times)) is not None
        or _HELD_TO.search(scan, group.start, max(t.start for t in group.times)) is not None
    )


def _weekday_only(group: Group) -> bool:
    refs = [a.day for a in group.atoms if a.day is not None]
    return bool(refs) and all(r.kind == "wd" and not r.mod for r in refs)


def _booked_day_only(group: Group) -> bool:
    """(round 44) The booked day named back alone ("Could we do next week instead? Same day,
    3pm."): the booked weekday, which a week named in the sentence before frames as it frames
    a bare weekday."""
    refs = [a.day for a in group.atoms if a.day is not None]
    return bool(refs) and all(r.kind == "booked" and not r.offset for r in refs)


# "this" before a weekday in the words the lexer leaves to the weekday ("ce jeudi", "este
# jueves", "diesen Donnerstag", "nesta quinta"): the day of this week, said outright
_THIS_BEFORE = loose_compile(rf"(?<!\w){THIS_WORDS}\s+$", re.I)


def _bare_weekdays(groups: list[Group] | None, scan: str) -> bool:
    """Groups naming weekdays, bare, and no other day (hours alone may stand beside them)."""
    named = [g for g in groups or () if any(a.day is not None for a in g.atoms)]
    return bool(named) and all(
        _weekday_only(g)
        and not any(
            _THIS_BEFORE.search(scan, max(0, a.start - 8), a.start) for a in g.atoms if a.day
        )
        for g in named
    )


def _has_time(group: Group) -> bool:
    return any(t.spec is not None and t.spec.kind != "part" for t in group.times)


def _said_open(group: Group, sentence: Boundaries) -> bool:
    """The week said open in its own sentence, the whole day its only hours: "Next week I'm
    flexible. Tuesday or Thursday afternoon would be ideal" frames the days of the sentences
    after it as a bare week does (hours of a day after it, "le mar sur toute la journée", or
    "any day of next week, though not Tuesday" leave it offered)."""
    s = sentence.index(group.start)
    return all(
        t.spec is not None
        and (t.spec.kind, t.spec.start, t.spec.end) == ("part", *PARTS["any"])
        and sentence.index(t.start) == s
        for t in group.times
    )


# "just not", "nur nicht", "só não": an exception, not a bound
_NOT_AFTER_ONLY = loose_compile(
    r"(?<!\w)(?:only|just|nur|solo|sólo|só|seulement)\s+(?:not|nicht|no|não|pas)(?!\w)",
    re.IGNORECASE,
)
# a day wished for: "Thursday would be best", "mejor el jueves", "am besten Donnerstag"
_WISHED = loose_compile(
    rf"(?<!\w)(?:{WISH}|best|better|ideal|prefer\w*|préf[eé]r\w*|mieux|mejor|melhor)(?!\w)",
    re.IGNORECASE,
)


def _bounds_one_day(group: Group, week: Group, scan: str, sentence: Boundaries) -> bool:
    """One day of an open week told with "only" and no wish, in a sentence after the week's:
    "Any time next week. Friday I'm only in until noon", "... Am Donnerstag nur vormittags"
    bound that day inside the week; "Mejor el jueves, solo por la tarde" picks it from the
    week, as "Next week: Monday, only mornings" and "Monday or Wednesday, just not 1-2" do."""
    s = sentence.index(group.start)
    if s == sentence.index(week.start) or len([a for a in group.atoms if a.day]) != 1:
        return False
    if not _only(group, scan) or _NOT_AFTER_ONLY.search(scan, group.start, group.end):
        return False
    start, end = sentence.span(s, len(scan))
    return _WISHED.search(scan, start, end) is None


def _limits_one_day(
    group: Group, week: Group, inside: set[date], days: set[date], scan: str, sentence: Boundaries
) -> bool:
    """One day of a week offered with days excepted, given hours in a sentence after it and no
    wish: "next week any day except Wednesday. Before 12 on Friday", "la semaine prochaine
    n'importe quel jour sauf mercredi. Vendredi avant midi", "Am Freitag vor 12 Uhr", "el
    viernes antes de las 12", "na sexta antes do meio-dia". A week told day by day, less the
    days out, is offered whole: the hours limit that day of it, as "only" does; "Friday before
    12 would be best" still picks it. So is one said again with no hours ("... except
    Wednesday. Thursday is fine too", "Jeudi c'est férié mais on travaille"): it stays the
    week's day, no narrowing of the week to it."""
    s = sentence.index(group.start)
    return (
        sum(a.day is not None for a in group.atoms) == 1
        and s > sentence.index(week.start)
        and bool(days)
        and days <= inside
        and _WISHED.search(scan, *sentence.span(s, len(scan))) is None
    )


# a phrase that ends its line, as the heading of a list below it does
_HEADING = loose_compile(r"[^\S\n]*:?[^\S\n]*\n")


def _excepts_days(
    week: Group,
    groups: list[Group],
    sentence: Boundaries,
    scan: str,
    clauses: list[int],
    *,
    worded: bool = False,
) -> bool:
    """Days of `groups` left out of the week in its own sentence ("next week except Wednesday",
    "next week works, but I'm away Mon-Wed"; with `worded`, by a word of exception only);
    "Next week I'm in New York Monday through Wednesday" only frames the days refused in its
    clause, with no word of exception, and "la semaine prochaine :" heading a per-day list
    rules out a row, no exception."""
    s = sentence.index(week.start)
    return _HEADING.match(scan, week.end) is None and any(
        o.negated
        and o.start > week.start
        and sentence.index(o.start) == s
        and (
            (not worded and bisect_right(clauses, o.start) != bisect_right(clauses, week.start))
            or EXCEPT.search(scan, week.end, o.start) is not None
        )
        for o in groups
    )


def _drop_week_phrases(
    groups: list[Group],
    dates: dict[int, list[date]],
    sentence: Boundaries,
    scan: str,
    clauses: list[int],
    refused_times: set[int],
    carried: set[int],
) -> set[int]:
    """A bare week phrase is only a frame when named days follow in it ("next week ... Mon-Wed",
    "la semaine du 15, le mardi"); days named only for hours refused ("excepto las tardes del
    martes") are not offered, and the week stays. Returns the ids of the groups whose hours
    limit one day of a week kept (`_limits_one_day`)."""
    limiting: set[int] = set()
    for i, g in enumerate(groups):
        if i and _week_of_timed_days(groups[i - 1], g, scan, clauses):
            g.dropped = True
            continue
        if (
            g.dropped
            or g.negated
            or not _said_open(g, sentence)
            or not (g.kinds() == {"week"} or week_of_date(g, scan))
        ):
            continue
        s = sentence.index(g.start)
        # (only days of the sentences after an open week narrow it)
        others = [
            o
            for o in groups
            if o is not g and not o.dropped and not (g.times and sentence.index(o.start) <= s)
        ]
        inside = set(dates[id(g)])
        kept = [o for o in groups if not o.dropped]
        if _excepts_days(g, kept, sentence, scan, clauses, worded=True):
            limiting.update(
                id(o)
                for o in others
                if not o.negated
                and _limits_one_day(o, g, inside, set(dates[id(o)]), scan, sentence)
            )
        offering = [
            o
            for o in others
            if not o.negated
            and (
                not (o.times and all(t.start in refused_times for t in o.times))
                or _hours_excepted_after(o, scan)
            )
            and not _bounds_one_day(o, g, scan, sentence)
            and id(o) not in limiting
        ]
        framed = {s, s + 1} if s + 1 in carried else {s}
        if any(
            ("wd" in o.kinds() or _booked_day_only(o))
            and sentence.index(o.start) in framed
            and not week_offered_instead(o.end, g, scan)
            for o in offering
        ):
            g.dropped = True
            continue
        excepted = _excepts_days(g, others, sentence, scan, clauses)
        if not excepted and any(
            o.kinds() != {"week"} and inside & set(dates[id(o)]) for o in offering
        ):
            g.dropped = True
        # "next week I have exams Mon and Tue. The rest of the week from 10": the rest of that
        # week says which of its days are offered, and at which hours
        rest = [o for o in offering if o.start > g.start and _rest_of_that_week(o)]
        if any(inside & set(dates[id(o)]) for o in rest):
            g.dropped = True
    return limiting


# only a space or an article or preposition between the days and their week: "Tuesday afternoon
# next week", "mardi après-midi la semaine prochaine", "terça à tarde na semana que vem"
# (never a word of choice: "Tuesday afternoon or next week, mornings" offers the week too)
_WEEK_OF_DAYS_GAP = re.compile(
    r"[^\S\n]*(?:(?:of|in|during|the|la|le|de|du|dans|na|no|em|en|el|der|im|da|do)[^\S\n]+){0,2}",
    re.IGNORECASE,
)


def _week_of_timed_days(days: Group, week: Group, scan: str, clauses: list[int]) -> bool:
    """ "Tuesday or Wednesday afternoon next week, mornings I'm on site", "Dienstag oder Mittwoch
    Nachmittag nächste Woche, vormittags bin ich auf der Baustelle": a week named right after
    days given their hours is the week of those days; hours told past it, in a clause of their
    own, are the days' other hours (why these, or which are out), no offer of the whole week."""
    return (
        week.kinds() == {"week"}
        and bool(week.times)
        and bool(days.times)
        and not (days.negated or days.dropped or week.negated)
        and days.end <= week.start
        and _WEEK_OF_DAYS_GAP.fullmatch(scan, days.end, week.start) is not None
        and all(
            bisect_right(clauses, t.start) != bisect_right(clauses, week.start) for t in week.times
        )
    )


_EXCEPT_LOOK = 12  # how far past the hours' start a word of exception looks at them


def _hours_excepted_after(group: Group, scan: str) -> bool:
    """ "Next week, Tuesday or Thursday, except 12 to 1": a word of exception after the days and
    before their hours keeps the days offered less those hours, and the week only frames them
    (in "excepto las tardes del martes" the word leads the day too, and nothing is offered)."""
    first = min(t.start for t in group.times)
    if first <= group.atoms[-1].end:
        return False
    # (the word may look ahead at the hours it leads: "pero no entre las 12 y las 13", "aber
    # nicht zwischen 12 und 13 Uhr", "mais pas entre midi et 13h", "só não entre 12h e 13h")
    word = EXCEPT.search(scan, group.atoms[-1].end, first + _EXCEPT_LOOK)
    return word is not None and word.start() < first


def _rest_of_that_week(group: Group) -> bool:
    return any(a.day is not None and a.day.which == "that" for a in group.atoms)


def _refused_until(
    groups: list[Group], dates: dict[int, list[date]], sentence: Boundaries, scan: str
) -> None:
    """ "esta semana tengo exámenes hasta el jueves", "this week I'm on the audit until
    Thursday": a week refused runs up to the day its refusal lasts until, not past it."""
    for g, h in pairwise(groups):
        if g.negated and dates[id(h)] and _lasts_until(g, h, sentence, scan):
            dates[id(g)] = [d for d in dates[id(g)] if d <= dates[id(h)][0]]


def _lasts_until(g: Group, h: Group, sentence: Boundaries, scan: str) -> bool:
    """`g` is a week ("next week", "the week of the 14th") and `h`, in its sentence, the
    weekday a refusal in that week lasts until."""
    refs = [a.day for a in h.atoms if a.day is not None]
    return (
        (g.kinds() == {"week"} or week_of_date(g, scan))
        and (h.dropped or h.negated)
        and len(refs) == 1
        and refs[0].kind == "wd"
        and sentence.index(g.start) == sentence.index(h.start)
        and _UNTIL_BEFORE.search(scan, max(0, h.start - 12), h.start) is not None
    )


def _weeks_refused_until(
    groups: list[Group], sentence: Boundaries, scan: str
) -> dict[int, int | None]:
    """The weeks whose refusal weekdays right after them bound, by the id of the week's group:
    the weekday the refusal lasts until ("la semana que viene tengo exámenes hasta el
    miércoles", "na semana de 7 de dezembro estou de viagem até quarta"), or None where the days
    refused are told inside the week ("the week of the 14th I'm on a course Monday to
    Wednesday")."""
    out: dict[int, int | None] = {}
    # (another week named in the sentence may be the one its days are in: "so only this week:
    # Thursday")
    weeks = Counter(
        sentence.index(k.start) for k in groups if "week" in k.kinds() or week_of_date(k, scan)
    )
    for g, h in pairwise(groups):
        s = sentence.index(g.start)
        if weeks[s] != 1:
            continue
        if _lasts_until(g, h, sentence, scan):
            out[id(g)] = next(a.day.weekday for a in h.atoms if a.day is not None)
        elif (
            g.negated
            and week_of_date(g, scan)
            and h.negated
            and h.kinds() == {"wd"}
            and sentence.index(h.start) == s
        ):
            out[id(g)] = None
    return out


def _past_until(framing: list[Group], later: list[Group], until: dict[int, int | None]) -> bool:
    """ "Nächste Woche bin ich bis Mittwoch auf Montage. Donnerstag und Freitag ab 10": the
    weekdays told after a week refused until a day all come after that day, so they are the
    rest of that week as surely as a word of contrast would make them."""
    last = [d for g in framing if (d := until.get(id(g))) is not None]
    named = [d for g in later for d in _weekdays_named(g)]
    return bool(last and named) and min(named) > max(last)


def _walks_refused_week(framing: list[Group], later: list[Group]) -> bool:
    """ "Tuesday through Thursday next week I'm on the water. Friday morning works", "La semaine
    prochaine, pas lundi ni mercredi. Mardi ou vendredi, ça marche": the weekdays told after
    days of a week refused all come after a run of them (a week refused until its last day, told
    by its first day too), or one of them falls between two of them; the sender walks through
    that one week, so they are the rest of it."""
    run = [d for g in framing if g.negated and any(g.ranges) for d in _weekdays_named(g)]
    refused = [d for g in framing if g.negated for d in _weekdays_named(g)]
    named = [d for g in later for d in _weekdays_named(g)]
    if not (refused and named):
        return False
    return (bool(run) and min(named) > max(run)) or any(
        min(refused) < d < max(refused) for d in named
    )


# the sender's return told after the departure: "and I'm not back until", "et je ne rentre que
# le", "y no vuelvo hasta el", "und bin erst am … zurück", "e só volto dia"
_BACK = loose_compile(
    r"(?<!\w)(?:back|return\w*|rentre\w*|retour|vuelvo|vuelta|regreso|regres[oa]\w*|volto|volta"
    r"|regresso|zurück|wieder\s+da)(?!\w)",
    re.IGNORECASE,
)
_BACK_REACH = 80
_PARTICLE_REACH = 10


def _away_until_back(
    groups: list[Group], dates: dict[int, list[date]], sentence: Boundaries, scan: str
) -> None:
    """ "I fly out on the 14th and I'm not back at my desk until Friday the 18th", "je pars en
    mission le 14 et je ne rentre que le 18": the days between a departure refused and the
    return told right after it in its sentence are away too."""
    for g, h in pairwise(groups):
        if (
            g.negated
            and h.dropped
            and len(dates[id(g)]) == 1
            and len(dates[id(h)]) == 1
            and dates[id(g)][0] < dates[id(h)][0]
            and h.start - g.end <= _BACK_REACH
            and sentence.index(g.start) == sentence.index(h.start)
            # ("und bin erst am 10. zurück": the German verb's particle after the day)
            and _BACK.search(scan, g.end, h.end + _PARTICLE_REACH) is not None
        ):
            dates[id(g)] = span_days(dates[id(g)][0], dates[id(h)][0] - timedelta(1), False)
            g.broad = True


# (round 49) today's weekday told as the day it is: "sorry, I know it's Sunday night!", "c'est
# dimanche", "heute ist Sonntag", "hoy es domingo", "hoje é domingo"
_IT_IS = loose_compile(
    r"(?<!\w)(?:it['’]?s|it\s+is|c['’]est|(?:heute\s+)?ist|(?:hoy\s+)?es|(?:hoje\s+)?é)\s+\Z",
    re.IGNORECASE,
)
_IT_IS_LOOK = 12


def _today_told(groups: list[Group], scan: str, today: date) -> None:
    """A bare weekday that is today's, told as the day it is, is no day offered."""
    for g in groups:
        refs = [a.day for a in g.atoms if a.day is not None]
        if (
            len(refs) == 1
            and refs[0].kind == "wd"
            and not refs[0].mod
            and refs[0].weekday == today.weekday()
            and not g.negated
            and _IT_IS.search(scan, max(0, g.start - _IT_IS_LOOK), g.start) is not None
        ):
            g.dropped = True


# "from Wednesday (on)", "ab Mittwoch", "à partir de mercredi", "dès mercredi", "a partir del
# miércoles", "desde el martes", "a partir de quarta": a weekday that opens the days offered
# (French typed without its accent too: "a partir du jeudi")
_FROM_DAY = loose_compile(
    r"(?<!\w)(?:from|starting|ab|à\s+partir\s+d[eu]|dès|a\s+partir\s+d(?:el|e|o|a|u)?|desde)"
    r"(?:\s+(?:el|la|le|o|a|the))?\s*\Z",
    re.IGNORECASE,
)
# what says the days from it are all open: "on", "onwards", every day, any day, or the sender
# free or flexible ("From Tuesday I'm flexible", "ab Mittwoch jeden Tag ab 16 Uhr")
_FROM_DAY_ON = loose_compile(
    r"\s*(?:on(?:wards?)?(?!\w)|[^.;!?\n]{0,30}?(?<!\w)(?:any\s*day|every\s*day|flexib\w+"
    r"|free|available|jede[nr]?\s+tag|tous\s+les\s+jours|n['’]importe\s+quel\s+jour|libres?"
    r"|dispo\w*|cualquier\s+d[ií]a|todos\s+los\s+d[ií]as|qualquer\s+dia|todos\s+os\s+dias"
    r"|livres?|frei|verfügbar|flexível)(?!\w))",
    re.IGNORECASE,
)
_FROM_DAY_LOOK = 20


def _from_day_on(groups: list[Group], dates: dict[int, list[date]], scan: str) -> None:
    """ "Monday and Tuesday I'm on a course. From Wednesday, any day after 4", "Ab Dienstag bin
    ich flexibel": a lone weekday opening the days offered, all of them said open, runs to the
    Friday of its week, not the weekday alone. A range ("from Wednesday to Friday") is two
    days; hours led by "from" ("Wednesday from 2pm") lead no day; days away from it ("from
    Wednesday I'm away") are refused already."""
    for g in groups:
        day = dates[id(g)]
        if (
            g.negated
            or g.dropped
            or len(g.atoms) != 1
            # (the weekday may carry its date: "a partir de quinta (15)", "ab Donnerstag, dem 15.")
            or g.kinds() not in ({"wd"}, {"ord"})
            or len(day) != 1
            or day[0].weekday() > 3
            or _FROM_DAY.search(scan, max(0, g.start - _FROM_DAY_LOOK), g.start) is None
            or _FROM_DAY_ON.match(scan, g.atoms[0].end) is None
        ):
            continue
        dates[id(g)] = span_days(day[0], day[0] + timedelta(4 - day[0].weekday()), False)
        g.broad = True


def _pin_excepted_weekdays(
    groups: list[Group],
    dates: dict[int, list[date]],
    sentence: Boundaries,
    scan: str,
    refused_times: set[int],
) -> None:
    """ "Monday the 26th and Tuesday the 27th, except on Tuesday between 2 and 3": a bare
    weekday excepted after days offered in its sentence is that offered day, not the first
    such weekday from today. So is one refused, or narrowed with "only", in a later sentence
    inside a week offered before it ("Next week any afternoon. On Friday I fly, so not that
    day either"; "... Wednesday though only after 3"; "On Friday please avoid 1 to 2 pm"),
    unless the first such weekday is itself offered."""
    offered: dict[tuple[int, int], list[date]] = {}
    weeks: dict[int, list[date]] = {}  # weekdays of week phrases and ranges offered so far
    # (the words are found once: a search per day over its sentence would grow with the square)
    also = {sentence.index(m.start()) for m in _ALSO.finditer(scan)}
    for g in groups:
        s = sentence.index(g.start)
        refs = [a.day for a in g.atoms if a.day is not None]
        bare = bool(refs) and all(r.kind == "wd" and not r.mod for r in refs) and not any(g.ranges)
        hours_out = bool(g.times) and all(t.start in refused_times for t in g.times)
        narrows = (
            not g.negated and bare and (_only(g, scan) or hours_out or _also(g, also, sentence))
        )
        if (g.negated and bare) or narrows:
            pinned = [offered.get((s, r.weekday), [])[-1:] for r in refs]
            if not all(pinned) and not any(d in weeks.get(d.weekday(), []) for d in dates[id(g)]):
                pinned = [weeks.get(r.weekday, [])[-1:] for r in refs]
            if all(pinned):
                dates[id(g)] = sorted({d for p in pinned for d in p})
        if not g.negated and not g.dropped:
            for d in dates[id(g)]:
                offered.setdefault((s, d.weekday()), []).append(d)
                if g.broad:
                    weeks.setdefault(d.weekday(), []).append(d)


def _pin_after_dated(
    groups: list[Group], dates: dict[int, list[date]], sentence: Boundaries
) -> None:
    """ "Thursday the 10th all day, and Friday too", "jueves 10 … y el viernes también": a bare
    weekday after a dated day in its sentence, later in that day's week, is the day after the
    date, not the first such weekday from today."""
    dated: dict[int, date] = {}  # the last day named by its date, by sentence
    for g in groups:
        s = sentence.index(g.start)
        refs = [a.day for a in g.atoms if a.day is not None]
        bare = bool(refs) and all(r.kind == "wd" and not r.mod for r in refs) and not any(g.ranges)
        last = dated.get(s)
        if bare and last is not None and all(r.weekday > last.weekday() for r in refs):
            dates[id(g)] = [last + timedelta(r.weekday - last.weekday()) for r in refs]
        if any(r.kind in _DATED for r in refs) and dates[id(g)]:
            dated[s] = dates[id(g)][-1]


def _also(group: Group, also: set[int], sentence: Boundaries) -> bool:
    """Hours added to a day of the week offered before: "Later next week would be best. On the
    Friday I could also do 1 to 3", "Le vendredi je peux aussi de 13h à 15h" (`also`: the
    sentences that hold such a word)."""
    return bool(group.times) and sentence.index(group.start) in also


# "this" in a week phrase: "later this week", "plus tard cette semaine", "später in dieser
# Woche", "más adelante esta semana", "no fim desta semana"
_THIS_WEEK = loose_compile(rf"(?<!\w){THIS_WORDS}(?!\w)", re.I)


def _narrows(ref: DayRef | None, atom: Atom, scan: str) -> bool:
    """The start or end of "the week", not said to be this one: the week named before it."""
    return (
        ref is not None
        and ref.kind == "week"
        and ref.which == "this"
        and ref.part in ("early", "late")
        and _THIS_WEEK.search(scan, atom.start, atom.end) is None
    )


def _narrow_weeks(
    groups: list[Group],
    dates: dict[int, list[date]],
    sentence: Boundaries,
    frame: _Frame,
    scan: str,
) -> None:
    """ "Next week, towards the end of the week": the later phrase narrows the week named
    before it in the sentence, which then frames nothing more; so does "the end of the week"
    said without "this" in a later sentence ("Next week Monday is out. Later in the week,
    afternoons"), of the week named last."""
    named: dict[int, tuple[Group, str]] = {}
    # the week named last, alone and offered or framing days ("Next week Monday is out")
    last: tuple[Group | None, str] | None = None
    for g in groups:
        refs = [a.day for a in g.atoms if a.day is not None]
        if not refs or refs[0].kind != "week":
            continue
        s, ref = sentence.index(g.start), refs[0]
        whole = ref.which in ("next", "after") and ref.part == "all"
        days = [a for a in g.atoms if a.day is not None]
        if whole and len(days) == 2 and _narrows(days[1].day, days[1], scan) and not g.negated:
            # "La semana que viene, a finales de la semana", read as one group
            dates[id(g)] = week_days(frame.today, ref.which, refs[1].part)
            last = None
            continue
        if len(refs) > 1 or g.negated or g.dropped:
            # (a part of it refused frames it as well: "the beginning of next week is taken,
            # but later in the week I'm flexible")
            edge = g.negated and ref.which in ("next", "after") and ref.part in ("early", "late")
            last = (None, ref.which) if (whole and len(refs) > 1) or edge else None
            continue
        if ref.which == "this" and ref.part in ("early", "late"):
            source = named.pop(s, None) or (last if _narrows(ref, g.atoms[0], scan) else None)
            if source is not None:
                week, which = source
                dates[id(g)] = week_days(frame.today, which, ref.part)
                if week is not None:
                    week.dropped = True
            last = None
        elif whole:
            named[s] = last = (g, ref.which)
        else:
            last = None


def _drop_restated(groups: list[Group], dates: dict[int, list[date]]) -> None:
    """A day named bare and again with hours ("this Friday or the week after. This Friday I'm
    free after 1") is offered at those hours only."""
    timed = {d for g in groups if g.times and not g.negated and not g.dropped for d in dates[id(g)]}
    for g in groups:
        named = dates[id(g)]
        if not g.times and not g.negated and named and set(named) <= timed:
            g.dropped = True


@dataclass(slots=True)
class _Offer:
    """Windows a message offers and refuses, split by how broadly they were named."""

    mentions: list[Mention] = field(default_factory=list)
    broad: list[Window] = field(default_factory=list)
    named: list[Window] = field(default_factory=list)
    refused_broad: list[Window] = field(default_factory=list)
    refused_named: list[Window] = field(default_factory=list)
    unscoped: int = 0
    read_spans: list[tuple[int, int]] = field(default_factory=list)
    clauses: list[int] = field(default_factory=list)
    hours_refused: list[int] = field(default_factory=list)
    refusals_unscoped: list[int] = field(default_factory=list)
    told_apart: list[tuple[int, int]] = field(default_factory=list)


def _booked_hours(booked: Window | None, tz: ZoneInfo) -> tuple[int, int] | None:
    if booked is None:
        return None
    start, end = booked.start.astimezone(tz), booked.end.astimezone(tz)
    first = start.hour * 60 + start.minute
    last = first + int((end - start).total_seconds() // 60)
    return (first, last) if first < last <= 24 * 60 else None


def _analyse(
    text: str, now: datetime, zone: str, duration_minutes: int, booked: Window | None = None
) -> _Offer:
    if now.tzinfo is None:
        raise InputError("now must be an aware datetime")
    tz = zone_info(zone)
    frame = _Frame(
        now.astimezone(tz).date(),
        tz,
        zone.startswith("America/"),
        duration_minutes,
        _booked_hours(booked, tz),
        booked.start.astimezone(tz).date() if booked is not None else None,
    )
    reading, scan, sentence = read(text)
    dates: dict[int, list[date]] = {}
    mondays, carried, unanchored, named_back = _week_mondays(reading, sentence, frame, scan)
    latest: date | None = None  # the last day named so far, for "the week after"
    # the latest and its sentence, when the sender was away until it or told it in passing
    passing: tuple[date, int] | None = None
    away: int | None = None  # where the latest day ends its phrase, when the sender is away then
    blind = False  # a week of the thread named ("that week"), which the text does not place
    remarks = _calendar_remarks(reading.groups, scan)
    weeks_after = _weeks_after(reading.groups)
    # (and week phrases that point back at no day of the text)
    for g in reading.groups:
        if (
            "past" in g.kinds()
            or _reported_today(g, scan, reading.clauses, reading.negative_times)
            or _indefinite(g, scan)
            or id(g) in remarks
        ):
            g.dropped = True
        framed = mondays.get(sentence.index(g.start))
        bound = _week_bound_after(g, weeks_after[id(g)], sentence, scan)
        dates[id(g)] = _group_dates(g, scan, frame, None if bound else framed)
        if bound is not None and bound["only"] and framed is not None:
            dates[id(g)] = [d for d in dates[id(g)] if d >= framed]
        part = _week_part(g, scan)
        if part is not None:
            ref = next(a.day for a in g.atoms if a.day is not None)
            dates[id(g)] = week_days(frame.today, ref.which, part, ref.day)
        if id(g) in named_back:
            # "de 19 a 23 de abril, então essa semana não dá": the week refused is the one
            # dated, and "the week after" counts from its last day
            dates[id(g)] = week_days(named_back[id(g)] - timedelta(1), "next", "all")
        if latest is not None and frame.booked_day is None and _weekdays_following(g):
            # "off from 20 to 24 October. The following Monday or Tuesday", "le lundi ou le mardi
            # suivant", "el lunes siguiente", "am Montag danach": the first after the last day
            # named (the booked day, when there is one, is the day they follow)
            dates[id(g)] = [
                next_weekday(latest, a.day.weekday) for a in g.atoms if a.day is not None
            ]
        if not dates[id(g)] and g.kinds() == {"after"} and latest is not None:
            # "Thursday afternoon, or the day after in the morning"
            dates[id(g)] = [latest + timedelta(1)]
        week = [a.day for a in g.atoms if a.day is not None and a.day.which in ("then", "that")]
        # "None of those work, I'm at a fair that week. The week after, Tuesday": the week after
        # one of the thread's the reader cannot place is no more placed than it
        unanchored += bool(week) and week[0].which == "then" and blind
        if week and latest is not None and g.kinds() == {"week"}:
            # "on leave from the 18th to the 22nd. Once I'm back, any morning that week": the
            # week of the first weekday after the days away
            back = (
                away is not None and week[0].which == "that" and _RETURN.search(scan, away, g.start)
            )
            monday = _first_weekday_after(latest) if back else latest
            monday -= timedelta(days=monday.weekday())
            # ("cuando vuelva, cualquier tarde de esa semana": the week of the return is offered,
            # not the day of it told)
            g.dropped = g.dropped and not back
            monday += timedelta(7) if week[0].which == "then" else timedelta(0)
            # asked from the Sunday before it, that week is "next week"
            dates[id(g)] = week_days(monday - timedelta(1), "next", week[0].part)
            if week[0].which == "that" and week[0].part == "rest":
                # "Mon and Tue I'm out; the rest of that week": the days not named already
                # (the week that framed them names none), none of them today or before
                named = {
                    d
                    for other in reading.groups[: reading.groups.index(g)]
                    if other.kinds() != {"week"}
                    for d in dates[id(other)]
                }
                dates[id(g)] = [d for d in dates[id(g)] if d not in named and d > frame.today]
        elif week and week[0].which == "that" and g.kinds() == {"week"}:
            # "I'm at a conference all that week", with no day named before it: the week of
            # something in the thread (the options quoted), which the reader cannot place
            dates[id(g)] = []
            g.dropped = g.negated
            unanchored += not g.negated
            blind = True
        # ("the week after would be best. Any day that week": the week just named; a day told in
        # passing in the sentence of the day the sender is away until, and before it, is no
        # anchor: "de férias até dia 10, aproveitei a ponte do 5 … na semana seguinte")
        if dates[id(g)] and not (
            g.dropped and _earlier_aside(passing, dates[id(g)][-1], g, sentence)
        ):
            latest = dates[id(g)][-1]
            passing = (latest, sentence.index(g.start)) if g.dropped or g.negated else None
            away = g.end if g.negated else None
    _refused_until(reading.groups, dates, sentence, scan)
    _away_until_back(reading.groups, dates, sentence, scan)
    # (a weekday after a dated one is pinned to the date named, before "from" runs that date to
    # the end of its week: "a partir del jueves 10 … y el viernes también")
    _pin_after_dated(reading.groups, dates, sentence)
    _from_day_on(reading.groups, dates, scan)
    _today_told(reading.groups, scan, frame.today)
    _pin_excepted_weekdays(reading.groups, dates, sentence, scan, reading.negative_times)
    _narrow_weeks(reading.groups, dates, sentence, frame, scan)
    limiting = _drop_week_phrases(
        reading.groups, dates, sentence, scan, reading.clauses, reading.negative_times, carried
    )
    _drop_restated(reading.groups, dates)
    # what the reader cannot place: "same time" with no interview booked (same as what?), a day
    # narrowed with "only" inside a list refused ("except Monday, and Friday only until noon"),
    # a list naming one weekday twice ("Dienstag und Donnerstag, Dienstag aber nur vormittags"),
    # a weekday and day number that do not agree ("Wed 4" when the 4th is a Friday)
    # (days turned down beside dated offers are placed enough: either week leaves the offers be)
    dated = _offers_dated(reading.groups)
    unplaced = unanchored + sum(
        _unplaced(g, scan, frame, sentence.index(g.start) in mondays or (g.negated and dated))
        for g in reading.groups
        if not g.dropped
    )
    out = _Offer(
        unscoped=reading.unscoped + unplaced,
        read_spans=reading.read_spans,
        clauses=reading.clauses,
        hours_refused=reading.hours_refused,
        refusals_unscoped=reading.refusals_unscoped,
        told_apart=reading.told_apart,
    )
    group_starts = [g.start for g in reading.groups]
    for g in reading.groups:
        if g.dropped:
            continue
        pos = _windows(dates[id(g)], _spans(g, reading, frame, negative=False))
        neg = _windows(dates[id(g)], _spans(g, reading, frame, negative=True))
        rest = False
        refused = reading.negative_times
        if g.negated and neg and _refuses_hours(g, reading):
            # "Friday morning I'm at the dentist": the hours refused, not the whole day; "...;
            # after that I'm free the rest of the day": the rest of it is offered
            rest = _rest_of_day(g, group_starts, scan, sentence, refused)
            pos = pos if rest else []
        elif g.negated and neg and _rest_of_day(g, group_starts, scan, sentence, refused):
            # "Thursday I'm busy until 11, after that I'm free till 4": the hours told free
            rest = True
        elif (
            g.negated
            and not neg
            and g.times
            and _rest_of_day(g, group_starts, scan, sentence, refused)
        ):
            # "I have a board meeting Thursday 9-12; after that I'm free the rest of the day":
            # the hours the refusal came with are refused, the rest of the day is offered
            rest = True
            neg, pos = pos, _windows(dates[id(g)], [(PARTS["any"], frame.zone, "part")])
        if not pos and not neg:
            if any(a.day is not None and a.day.possessive for a in g.atoms):
                # "Thursday's slot suits me": it offers nothing, but it names an option
                day = _windows(dates[id(g)], [(PARTS["any"], frame.zone, "part")])
                out.mentions.append(
                    Mention((g.start, g.end), tuple(day), g.negated, False, _weekday_only(g))
                )
            continue
        if g.negated and not rest:
            # "any day this week except Thursday, 4 to 6pm": a day refused with no hours of its
            # own is refused whole, the hours offered past the working day with it (its mention
            # keeps the working day, which options and doubts are matched against)
            whole = [(_WHOLE_DAY, frame.zone, "part")]
            cut = pos if g.times else _windows(dates[id(g)], whole)
            (out.refused_broad if g.broad else out.refused_named).extend(cut)
        else:
            if _only(g, scan) or id(g) in limiting:
                # "Thursday afternoon or Friday morning, but Friday only until 11": the hours
                # named with "only" replace those the day was offered at before, or narrow them
                narrowed = set(dates[id(g)])
                before = [
                    w for w in out.broad + out.named if w.start.astimezone(tz).date() in narrowed
                ]
                out.broad = [w for w in out.broad if w.start.astimezone(tz).date() not in narrowed]
                out.named = [w for w in out.named if w.start.astimezone(tz).date() not in narrowed]
                pos = _within_offered(pos, before, tz, g)
            (out.broad if g.broad else out.named).extend(pos)
            if not g.broad:
                out.refused_named = reoffered(out.refused_named, pos)
        out.refused_named.extend(neg)
        out.mentions.append(
            Mention(
                (g.start, g.end),
                tuple(merge(pos or neg)),
                g.negated or not pos,
                _has_time(g),
                _weekday_only(g),
            )
        )
    fortnight = [frame.today + timedelta(i) for i in range(14)]
    offered_days = sorted({w.start.astimezone(tz).date() for w in out.broad + out.named})
    by_sentence: dict[int, list[Group]] = {}
    for g in reading.groups if reading.loose else ():
        by_sentence.setdefault(sentence.index(g.start), []).append(g)
    for t in reading.loose:
        span = frame.span(t.spec) if t.spec is not None else None
        if t.spec is None or span is None:
            continue
        z = reading.zones.get(t.start)
        wins = tuple(window_on(d, span, ZoneInfo(z) if z else tz) for d in fortnight)
        negated = t.start in reading.negative_times
        out.mentions.append(Mention((t.start, t.end), wins, negated, t.spec.kind != "part"))
        if negated:
            # "Tuesday or Thursday from 2:30. Just not between 4 and 4:30.": hours refused
            # with no day of their own are cut out of every day offered
            zone_of = ZoneInfo(z) if z else tz
            cuts = (window_on(d, span, zone_of) for d in offered_days)
            out.refused_named.extend(c for c in cuts if _cuts_into(c, t.end, out, tz))
        days = None if negated else _added_to(t.start, by_sentence, dates, scan, sentence)
        if days is not None:
            # "Any day next week, except 12 to 2. Evenings are fine too.": more hours on the
            # days just offered
            (out.broad if days[0].broad else out.named).extend(
                window_on(d, span, ZoneInfo(z) if z else tz) for d in days[1]
            )
    out.mentions.sort(key=lambda m: m.span)
    return out


def _cuts_into(cut: Window, at: int, out: _Offer, tz: ZoneInfo) -> bool:
    """(round 38) Hours refused with no day of their own, told at `at` before any phrase that
    offers the day, leave some of its offered hours: a day named after them whose every offered
    hour they would take was named on purpose, so they are another day's ("a power cut here
    till evening. Can we do the same time tomorrow?"). Told after the day, they cut it as
    they fall ("mornings only, except Wednesday: afternoons I'm on site")."""
    day = cut.start.astimezone(tz).date()
    offered = [w for w in out.broad + out.named if w.start.astimezone(tz).date() == day]
    told_after = all(
        m.span[0] >= at
        for m in out.mentions
        if not m.negated and any(w.start.astimezone(tz).date() == day for w in m.windows)
    )
    return not told_after or bool(subtract(offered, [cut]))


# "too", "as well", "also" in five languages: hours added to days already offered
_ALSO = loose_compile(
    r"(?<!\w)(?:too|also|as\s+well|aussi|également|también|auch|ebenfalls|também)(?!\w)", re.I
)


def _added_to(
    pos: int,
    by_sentence: dict[int, list[Group]],
    dates: dict[int, list[date]],
    scan: str,
    sentence: Boundaries,
) -> tuple[Group, list[date]] | None:
    """The days of the sentence before, offered without refusal, that a sentence of hours
    marked as an addition ("Evenings are fine too") adds to."""
    s = sentence.index(pos)
    start, end = sentence.span(s, len(scan))
    # a sentence of hours alone: "too late in the evening for her, Friday is an option too"
    # names a day of its own
    if s == 0 or s in by_sentence or not _ALSO.search(scan, start, end):
        return None
    before = by_sentence.get(s - 1, [])
    offered = [g for g in before if not g.dropped and not g.negated and dates[id(g)]]
    return (offered[-1], dates[id(offered[-1])]) if len(offered) == 1 == len(before) else None


@dataclass(frozen=True, slots=True)
class Times:
    """What one text says about time, read once: see `resolve` and `mentions`."""

    offered: list[Window]
    mentions: list[Mention]
    unscoped: int = 0  # days and hours the reader could not place for sure
    read_spans: list[tuple[int, int]] = field(default_factory=list)  # what the reader read
    clauses: list[int] = field(default_factory=list)  # clause ends, in text order
    # where refusal words turned hours down ("mornings are out", "in court until 2")
    hours_refused: list[int] = field(default_factory=list)
    # where refusal and exception words the reader could not attach to a time stand
    refusals_unscoped: list[int] = field(default_factory=list)
    # times told of another event in a reason ("because I leave work at 4:30"), placed nowhere
    told_apart: list[tuple[int, int]] = field(default_factory=list)


def read_times(
    text: str, *, now: datetime, zone: str, duration_minutes: int, booked: Window | None = None
) -> Times:
    """`resolve` and `mentions` of one text from a single reading of it; `booked` is the
    interview already booked, whose hours "the same time" names."""
    o = _analyse(text, now, zone, duration_minutes, booked)
    # a refused week or range does not cancel a day the sender names on purpose
    broad = subtract(merge(o.broad), o.refused_broad + o.refused_named)
    named = subtract(merge(o.named), o.refused_named)
    offered = merge(clip(broad + named, now))
    return Times(
        offered,
        o.mentions,
        o.unscoped,
        o.read_spans,
        o.clauses,
        o.hours_refused,
        o.refusals_unscoped,
        o.told_apart,
    )


def resolve(text: str, *, now: datetime, zone: str, duration_minutes: int) -> list[Window]:
    """Windows the sender OFFERS in `text` (merged, clipped to `now`, sorted)."""
    return read_times(text, now=now, zone=zone, duration_minutes=duration_minutes).offered


def mentions(text: str, *, now: datetime, zone: str, duration_minutes: int) -> list[Mention]:
    """Every day/time phrase in text, resolved, for matching replies against proposed options.

    A time named without a day ("the 3pm one") resolves to that time on each of the
    fourteen days from today, so it can be matched against options by overlap."""
    return read_times(text, now=now, zone=zone, duration_minutes=duration_minutes).mentions


loosen(globals())
