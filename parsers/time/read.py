"""Reading time atoms: which days go together, which hours and zones qualify them."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from parsers.rules.alternation import branches, grouped
from parsers.time.accents import loose_compile, loosen
from parsers.time.cues import (
    EXCEPT,
    FACE,
    NEGATIVE,
    ONLY,
    PLACE,
    POSITIVE,
    POST_NEUTRAL,
    REST_OF_TIME,
    RULED_OUT,
    SENT_ON,
    cues,
    post_negative,
)
from parsers.time.deadline import deadline_days
from parsers.time.lex import Atom, except_asides, lex, masked
from parsers.time.words import IF_WORDS, MOVE_VERB, OFFER_VERB, PARTS

_CONNECT = loose_compile(
    # ("Dienstag- und Donnerstagnachmittag": the first compound cut short by a hyphen)
    r"(?:-(?=\s+(?:und|oder)\s))?"
    # (a refusal lists its days with "nor": "pas possible lundi ni mardi", "weder Montag noch
    # Dienstag", "ni el lunes ni el martes", "nem segunda nem terça")
    r"[\s,/&+]*(?:(?:and|or|y|o|ou|et|und|oder|e|nor|ni|noch|nem|as\s+well\s+as|or\s+maybe"
    r"|or\s+even)[\s,]*)?"
    # "except Thursday morning and all of Friday": the whole of a day is still that day
    # (on its line: "Jeudi 3 toute la journée\nLundi 7 après-midi" are two rows)
    r"(?:all\s+of\s+|the\s+whole\s+of\s+|todo\s+el\s+|toute\s+la\s+journée[^\S\n]+(?:de\s+)?"
    r"|den\s+ganzen\s+)?"
    # "à l'exception du lundi et du vendredi", "las tardes del martes y del jueves", "menos a
    # terça e a quinta"
    r"(?:on\s+|the\s+|el\s+|le\s+|am\s+|na\s+|o\s+|a\s+|du\s+|del\s+|de\s+)?",
    re.I,
)
_SPACED_DASH = loose_compile(r"\s+[-–—]\s+")
# the part of day a German weekday runs into ("Freitagnachmittag", "Montagvormittag")
_COMPOUND_PART = loose_compile(r"(?:vormittag|nachmittag|abend)s?(?!\w)", re.IGNORECASE)
_FIRST_WORD = loose_compile(r"[^\W\d_]+")
_RANGE = loose_compile(
    r"\s*(?:-|–|—|to|through|thru|until|till|til|bis|à|au|a|al|hasta|até)\s*(?:the\s+|el\s+|le\s+|zum\s+)?",
    re.I,
)
_PUNCTUATION = loose_compile(r"[\s,;]*")
# (the week may take its article: "Tirando segunda e sexta, a semana que vem está livre")
_FRAMING_GAP = loose_compile(r"[\s,;]*(?:a\s+)?")
# "the week of the 14th", "la semaine du 14", "la semana del 14", "die Woche vom 14.", and
# from its first day: "the week from the 14th", "la semaine à partir du 14", "die Woche ab dem 14."
# (phones write "wk of the 14th", as they do "next wk")
WEEK_OF = loose_compile(
    # (the date may take its article, "la semaine à partir / du 14")
    r"(?:(?:week|wk)\s+(?:of|from|starting(?:\s+on)?|beginning|commencing)"
    r"|semaine(?:\s+à\s+partir(?:\s+du)?|\s+du)?|semana(?:\s+a\s+partir(?:\s+d[eo]l?)?|\s+d[eo]l?)?"
    r"|woche(?:\s+vom|\s+ab(?:\s+dem)?)?)\s*(?:the\s+)?$",
    re.I,
)
# a comma, then the article a day may take: "la semana del 22, el martes 23"
_COMMA_GAP = loose_compile(r"\s*,\s*(?:(?:on|the|el|la|le|am|o|a|na|no)\s+)?", re.I)
# ("de martes a jueves, el lunes por la mañana sí": the day may keep its article; with no
# stop before it, "martes o jueves por la mañana me viene bien", "de quarta a sexta estou
# fora", the "o" or "a" is Spanish "or" or a range's "to", and the verdict closes the whole
# list, as it does a phone's list of weekdays with spaces alone: "wed thu fri after 3 is fine")
# (a range may open on its "from": "busy Thu, from Mon to Wed is fine", "du lundi au mercredi")
_VERDICT_GAP = loose_compile(
    r"[^\S\n]*[,;\n][\s,;]*(?:(?:from|du|de|del|desde|do|da|von|vom)\s+)?"
    r"(?:(?:on|the|el|la|le|am|o|a|na|no)\s+)?",
    re.I,
)
_OWN_GAP = loose_compile(
    r"[\s,]*(?:(?:at|in\s+the|during|um|am|à|a|às|na|pela|en\s+la|por\s+la)\s+)?", re.I
)
# "the 2pm doesn't work, but Monday is fine": a time never reaches over a contrast to a later day
_CONTRAST = loose_compile(
    r"(?<!\w)(?:but|however|though|pero|aber|mais|mas|sinon|sonst)(?!\w)", re.I
)
# "Monday or Tuesday of next week", "segunda ou terça da semana que vem"
# ("Dienstag und Mittwoch bin ich diese Woche auf der Baustelle": the German verb and subject
# turned round after the days may stand between)
_OF_WEEK = loose_compile(
    # ("Friday in the week after next", "am Freitag in der übernächsten Woche")
    # (phones write "de" as "d": "jue o vie d la prox semana")
    r"\s*(?:(?:of|da|de|do|del|d|de\s+la|der|la|(?:in|dans|en|em)(?:\s+(?:the|der|la|a))?)\s+"
    r"|(?P<verb>(?:bin|sind|ist|habe?|haben|hat)\s+(?:ich|wir|er|sie)\s+(?:(?:leider|aber|auch)\s+)?"
    # or the verb that offers them: "Thursday and Friday work for me this week", "Donnerstag
    # und Freitag passt es mir diese Woche", "jeudi et vendredi me vont la semaine prochaine"
    rf"|{OFFER_VERB}\s+(?:(?:na|no|em|en|in)\s+)?))?",
    re.I,
)
# An aside opened right before a day: "(del 18 al 22)"
_ASIDE = loose_compile(r"[(\[]\s*$")
# "away all next week, including Wednesday the 9th", "y compris le mercredi 9", "einschließlich
# Mittwoch", "incluido el miércoles", "incluindo a quarta": a day told as included in the days
# just refused is refused with them (in days offered, offered with them)
_INCLUDED = loose_compile(
    r"(?<!\w)(?:including|incl\.?|inclusive\s+of|as\s+well\s+as|y\s+compris|inclus|einschlie(?:ß|ss)lich"
    r"|inklusive|inkl\.|auch|incluid[oa]s?|incluyendo|inclusive|incluso|incluindo|inclu[íi]d[oa]s?)"
    r"[\s,:]*(?:(?:the|on|le|la|les|l'|el|los|las|der|den|dem|am|o|a|os|as|ao)\s+)?$",
    re.IGNORECASE,
)
_INCLUDED_REACH = 30
# "If Friday doesn't work on your side, Monday": a refusal in a condition is the other side's
_CONDITION = loose_compile(
    r"(?<!\w)" + IF_WORDS + r"\s+(?:(?:el|la|le|o|a|am|the|on)\s+)?$", re.IGNORECASE
)
_CONDITION_REACH = 12
_SENT_REACH = 30  # characters before a day that may hold the verb of sending a note on it
_BEFORE_BOUND = loose_compile(
    r"(?<!\w)(?:before|prior\s+to|earlier\s+than|avant|vor|antes\s+d[eoa]l?)"
    r"(?:\s+(?:the|le|la|l['’]|dem|der|el|o|a))?\s+$",
    re.IGNORECASE,
)
# A bare no before a day ("donc pas demain", "so not Wednesday", "also nicht morgen") refuses it
# again; unlike a word of exception it never leaves a day open in a refusal just read
_BARE_NO = loose_compile(
    r"(?:(?:but|just)\s+)?(?:not|pas|nicht|n[ãa]o|no)"
    r"(?:\s+(?:on|the|le|la|am|an|na|no|nesta|neste|el|este|esta|ce|cette|diese[nm]|à|au))?",
    re.IGNORECASE,
)
# ... or the condition's subject is what was offered before it: "if that's no good", "falls das
# nicht geht", "si eso no", "se isso não der", "si ça ne va pas"
_FALLBACK = loose_compile(
    r"(?<!\w)" + IF_WORDS + r"\s+(?:(?:that|it|this|ça|cela|c['’]|das|es|dies|eso|esto|isso|isto)"
    r"(?:['’]s|\s+is|\s+ist|\s+est)?\s*)?\Z",
    re.IGNORECASE,
)
# A time is adjacent to a day on its own line only: in per-day lists and table rows, the
# time that ends one line belongs to that line's day, not to the day that opens the next.
# ("las tardes del martes y del jueves", "as tardes de terça": a part of day of the days after)
_ADJACENT = loose_compile(
    r"[^\S\n]*(?:on|of|the|el|le|am|na|o|de|del|des|du|da|do|der)?[^\S\n]*(?:the[^\S\n]+)?", re.I
)
# A day's own hours may follow an "only" ("viernes nomás por la tarde", "Friday only in the
# afternoon", "vendredi uniquement l'après-midi", "Freitag nur nachmittags", "sexta só à tarde"):
# they are still its own, so hours before it belong to the day before
_ONLY_THEN = loose_compile(
    r"[^\S\n]*(?:only|just|solo|sólo|solamente|nomás|no[^\S\n]+más|nada[^\S\n]+más|seulement"
    r"|uniquement|nur|lediglich|bloß|só|somente|apenas)(?=[^\S\n])",
    re.I,
)


@dataclass(slots=True)
class Group:
    """Day atoms read together ("Mon, Wed and Fri", "Tue-Thu") with the times bound to them."""

    atoms: list[Atom]
    ranges: list[bool]  # ranges[i]: atoms[i] and atoms[i + 1] form a range
    times: list[Atom] = field(default_factory=list)
    negated: bool = False
    dropped: bool = False
    broad: bool = False  # a week phrase or a range of days, as opposed to named days

    @property
    def start(self) -> int:
        return self.atoms[0].start

    @property
    def end(self) -> int:
        # (asked several times for each day read: one pass, no call per atom)
        end = self.atoms[0].end
        for atom in (*self.atoms, *self.times):
            if atom.end > end:
                end = atom.end
        return end

    def kinds(self) -> set[str]:
        return {a.day.kind for a in self.atoms if a.day is not None}


# a full stop, then a sentence that opens in capitals and not on a month ("11. Dezember")
_SENTENCE_ON = loose_compile(r"\.[^\S\n]+(?-i:[A-ZÀ-Þ])", re.IGNORECASE)


class Boundaries:
    """Clause and sentence numbers of text positions."""

    def __init__(self, found: list[tuple[int, int]], atoms: list[Atom], scan: str = "") -> None:
        starts, ends = [a.start for a in atoms], [a.end for a in atoms]
        # a cut inside an atom ("10.30", "a.m.") is none: atoms are sorted and do not overlap;
        # but the full stop an ordinal ends on ("du 7 au 11. La semaine d'après") is one, unless
        # hours follow ("Di 16.03. Vormittag": German nouns open in capitals)
        self.cuts = [
            s
            for s, _ in found
            if not ((i := bisect_right(starts, s)) and s < ends[i - 1])
            or (
                s == ends[i - 1] - 1
                and (m := _SENTENCE_ON.match(scan, s)) is not None
                and not (
                    i < len(atoms) and atoms[i].start == m.end() - 1 and atoms[i].kind == "time"
                )
            )
        ]

    def index(self, pos: int) -> int:
        return bisect_right(self.cuts, pos)

    def span(self, n: int, length: int) -> tuple[int, int]:
        """Where part `n` of a text of `length` characters starts and ends."""
        return (self.cuts[n - 1] if n else 0), (self.cuts[n] if n < len(self.cuts) else length)


class Leads:
    """Ends of cue words ("except", "any ... but"), to ask which atoms they lead directly."""

    def __init__(self, ends: list[int], scan: str) -> None:
        self.ends = sorted(ends)
        self.scan = scan

    def leads(self, pos: int) -> bool:
        """A cue ends at `pos` or only white space lies between it and `pos`."""
        return self.leader(pos) is not None

    def leader(self, pos: int) -> int | None:
        """The end of the cue that leads `pos`, if one does."""
        lo = pos
        while lo > 0 and self.scan[lo - 1].isspace():
            lo -= 1
        i = bisect_right(self.ends, pos)
        return self.ends[i - 1] if i > 0 and self.ends[i - 1] >= lo else None


class MatchesAt:
    """One pattern matched at positions of one text, each position once: a day's verdict
    ("Tuesday is out") is asked both when days are grouped and when they are read."""

    def __init__(self, pattern: re.Pattern[str], scan: str) -> None:
        self.pattern = pattern
        self.scan = scan
        self.found: dict[int, re.Match[str] | None] = {}

    def __call__(self, pos: int) -> re.Match[str] | None:
        if pos not in self.found:
            self.found[pos] = self.pattern.match(self.scan, pos)
        return self.found[pos]


# --- reading the atoms ---


@dataclass(slots=True)
class Reading:
    """Everything the text says about time, before it is turned into windows."""

    groups: list[Group]
    loose: list[Atom]  # time atoms bound to no day
    negative_times: set[int]  # start offsets of time atoms that are exceptions or negated
    zones: dict[int, str]  # time atom start -> zone written next to it
    unscoped: int = 0  # days and hours whose reading is unsure
    read_spans: list[tuple[int, int]] = field(default_factory=list)  # atoms and cue words
    clauses: list[int] = field(default_factory=list)  # where clauses end, in text order
    hours_refused: list[int] = field(default_factory=list)  # refusal words that turned hours down
    # where refusal and exception words of a clause naming times turned no day or time down
    refusals_unscoped: list[int] = field(default_factory=list)
    # times told of another event in a reason ("because I leave work at 4:30"): placed nowhere
    told_apart: list[tuple[int, int]] = field(default_factory=list)


# Every day or any time, right before a word of exception: "any day except Wednesday next
# week", "cualquier día menos el miércoles de la semana que viene", "jeder Tag außer Mittwoch"
_SWEEP = loose_compile(
    r"(?<!\w)(?:any\s*(?:day|time|weekday)|anytime|all\s+day|free|n'importe\s+(?:quel\s+jour|quand)"
    r"|tous\s+les\s+jours|libre|dispo(?:nible)?|cualquier\s+d[ií]a|todos\s+los\s+d[ií]as"
    r"|jede[rn]?\s+tag|jederzeit|alle\s+tage|frei|qualquer\s+dia|todos\s+os\s+dias|livre"
    r"|dispon[ií]vel)[\s,]*$",
    re.IGNORECASE,
)
_SWEEP_REACH = 30


def _swept(group: Group, exceptions: dict[int, int], leads: Leads, scan: str) -> bool:
    """The group is the day excepted from every day: "any day except Wednesday"."""
    end = leads.leader(group.start)
    if end is None:
        return False
    start = exceptions[end]
    return _SWEEP.search(scan, max(0, start - _SWEEP_REACH), start) is not None


def _is_week_after(group: Group) -> bool:
    """The group is "the week after" (the one just named), which no list of refusals goes on to."""
    refs = [a.day for a in group.atoms if a.day is not None]
    return len(refs) == 1 and refs[0].kind == "week" and refs[0].which == "then"


def _groups(
    days: list[Atom],
    times: list[Atom],
    scan: str,
    positive: MatchesAt,
    post_negative: MatchesAt,
    exceptions: dict[int, int],
) -> list[Group]:
    """Runs of day atoms joined by list or range words; a day led by its own time
    ("before 11 on the 9th, or the 10th at lunchtime") stands alone."""
    groups: list[Group] = []
    leads = Leads(list(exceptions), scan)
    starts = [t.start for t in times]
    # only the nearest time before a day can lead it: any other has that time in its gap
    ends = [t.end for t in times]
    led = {
        a.start
        for a in days
        if (i := bisect_right(ends, a.start)) and _ADJACENT.fullmatch(scan, ends[i - 1], a.start)
    }
    for n, atom in enumerate(days):
        week = atom.day is not None and atom.day.kind == "week"
        # "any day except Wednesday next week" leaves a day out of the week, which is offered;
        # "en déplacement la semaine pro, la semaine d'après c'est bon": the week after the one
        # just named, after a comma, says something of its own
        after_week = (
            week
            and atom.day is not None
            and atom.day.which == "then"
            and bool(groups)
            and "week" in groups[-1].kinds()
            and _PUNCTUATION.fullmatch(scan, groups[-1].atoms[-1].end, atom.start) is not None
        )
        # ("del 7 al 11. El lunes 14": a list does not go on past the full stop of an ordinal)
        stop = bool(groups) and _SENTENCE_ON.match(scan, groups[-1].atoms[-1].end - 1) is not None
        # ("la semana del 22, el martes 23 o el jueves 25", "the week of the 7th, Tuesday or
        # Thursday": the days after a date named as a week and a comma are days of that week)
        stop = stop or (
            bool(groups)
            and week_of_date(groups[-1], scan)
            and _COMMA_GAP.fullmatch(scan, groups[-1].end, atom.start) is not None
        )
        if stop or after_week or (week and groups and _swept(groups[-1], exceptions, leads, scan)):
            groups.append(Group([atom], []))
            continue
        # "Mon–Wed next week 2-5pm works": a week phrase right after weekdays frames them
        # (dates have their week: "du 7 au 11. La semaine d'après" names the one after)
        # ("Außer am Donnerstag passt mir nächste Woche jeder Nachmittag": after a day excepted,
        # the verb offers the week, which the day is left out of)
        if (
            groups
            and week
            and groups[-1].kinds() <= {"wd", "booked"}
            and not groups[-1].times
            and (of := _OF_WEEK.fullmatch(scan, groups[-1].atoms[-1].end, atom.start))
            and not (of["verb"] and leads.leads(groups[-1].start))
        ):
            groups[-1].ranges.append(False)
            groups[-1].atoms.append(atom)
            continue
        # "move Thursday's interview to next week", "das Gespräch am Donnerstag auf nächste Woche
        # verschieben": the day names the booking, which the week replaces; it frames no day
        if (
            week
            and groups
            and len(groups[-1].atoms) == 1
            and groups[-1].kinds() == {"wd"}
            and not groups[-1].times
            and _booking_to_week(scan, groups[-1].atoms[-1], atom)
        ):
            groups[-1] = Group([atom], [])
            continue
        timed = _own_time(atom, times, starts, scan)
        # ("away Thu and Fri, Mon to Wed works though": a range's verdict follows its last day)
        ranged = n + 1 < len(days) and _RANGE.fullmatch(scan, atom.end, days[n + 1].start)
        own = timed + _own_time(days[n + 1], times, starts, scan) if ranged else timed
        # "busy Tuesday, Wednesday is fine", "can't do Monday, Tuesday 2-4 would be great":
        # a day with its own verdict starts afresh
        # (the gap first: it is cheap, and the verdicts are asked of every end of the day's time)
        # (with no refusal on the line before it, a day with a yes is one more of a list the yes
        # closes: "Tuesday, Thursday after 2 is fine", "Di., Do. zwischen 9 und 11 Uhr geht")
        if (
            groups
            and _VERDICT_GAP.fullmatch(scan, groups[-1].atoms[-1].end, atom.start)
            and (
                any(post_negative(end) for end in own)
                or (
                    any(positive(end) for end in own)
                    # (round 45) or left out by the word of exception before it: "any afternoon
                    # except Wednesday, Thursday works best"
                    and (_refused_before(scan, groups[-1], atom) or leads.leads(groups[-1].start))
                )
            )
        ):
            groups.append(Group([atom], []))
            continue
        # a time leading a list covers every day of it ("after 2pm on Mon or Tue"), unless a
        # later day brings its own time ("before 11 on the 9th, or the 10th at lunchtime")
        # "this afternoon or tomorrow morning": a day that names its own part of day ends a list
        tail = groups[-1].atoms[-1].day if groups else None
        parted = tail is not None and tail.kind == "rel" and bool(tail.part)
        # ("todas las mañanas de martes a viernes, por las tardes estoy libre": a range led by
        # its hours runs on to its last day, whose own hours come only right after it)
        spanned = (
            bool(groups)
            and _RANGE.fullmatch(scan, groups[-1].atoms[-1].end, atom.start) is not None
            and not _owns_next_time(Group([atom], []), times, starts, scan)
        )
        # ("after lunch on Tuesday or Wednesday, from 3 or so": hours set off by a comma after
        # the list are the whole list's too)
        set_off = (
            len(timed) > 1 and "," in scan[atom.end : times[bisect_left(starts, atom.end)].start]
        )
        if (
            groups
            and not parted
            and (groups[-1].start not in led or len(own) == 1 or spanned or set_off)
        ):
            last = groups[-1]
            gap = (last.atoms[-1].end, atom.start)
            # "Quitando lunes y viernes, la semana que viene": a week after named days and a
            # comma frames them, it is not one more of them
            framing = atom.day is not None and atom.day.kind == "week" not in last.kinds()
            if framing and _FRAMING_GAP.fullmatch(scan, *gap):
                groups.append(Group([atom], []))
                continue
            if _day_said_again(scan, last.atoms[-1], atom):
                groups.append(Group([atom], []))
                continue
            if not last.times and (
                _RANGE.fullmatch(scan, *gap)
                or _split_range(last, atom, scan)
                or _between(last, atom, scan)
            ):
                last.ranges.append(True)
                last.atoms.append(atom)
                continue
            if (
                not last.times
                and _CONNECT.fullmatch(scan, *gap)
                and not _fused_alone(atom, scan, gap)
            ):
                last.ranges.append(False)
                last.atoms.append(atom)
                continue
        groups.append(Group([atom], []))
    return groups


def _fused_alone(atom: Atom, scan: str, gap: tuple[int, int]) -> bool:
    """A German compound's part of day is its own day's ("außer Mittwoch und
    Freitagnachmittag": Wednesday whole), unless a hyphen cut the day before it short
    ("Dienstag- und Donnerstagnachmittag")."""
    return _COMPOUND_PART.match(scan, atom.end) is not None and not scan.startswith("-", gap[0])


def _day_said_again(scan: str, before: Atom, atom: Atom) -> bool:
    """A weekday said again right after a dash closing its dated form ("I'm back Monday the
    15th - Monday or Tuesday afternoon"): the same day, taken up again, is no range's end."""
    if _SPACED_DASH.fullmatch(scan, before.end, atom.start) is None:
        return False
    said = _FIRST_WORD.match(scan, before.start)
    return said is not None and scan[atom.start : atom.end].lower() == said.group().lower()


def _refused_before(scan: str, last: Group, atom: Atom) -> bool:
    """A refusal on the line before `atom` turns a day down: "busy Tuesday, Wednesday is fine"."""
    line = scan.rfind("\n", 0, last.start) + 1
    return (
        NEGATIVE.search(scan, line, atom.start) is not None
        or post_negative(scan).search(scan, last.start, atom.start) is not None
    )


# "between Monday and Friday", "entre lundi et vendredi", "zwischen Montag und Freitag", "entre
# el lunes y el viernes", "entre segunda e sexta": a range of days, its "and" no list's
_BETWEEN_OPEN = loose_compile(
    r"(?<!\w)(?:between|btwn|entre|zwischen)\s+(?:(?:the|le|el|la|o|a|dem)\s+)?$", re.I
)
_BETWEEN_AND = loose_compile(r"\s+(?:and|et|und|y|e)\s+(?:(?:the|le|el|la|o|a|dem)\s+)?", re.I)
# (a choice between two days names two, not all between: "torn between Monday and Friday",
# "hésiter entre lundi et vendredi", "zwischen Montag und Freitag wählen", "elegir entre lunes
# y viernes", "escolher entre segunda e sexta")
_BETWEEN_CHOICE = loose_compile(
    r"(?<!\w)(?:choos|chose|choice|decid|pick|torn|hesit|h[ée]sit|choisi|choix|w(?:ä|ae)hl"
    r"|entscheid|elegi|elij|escog|escolh|opt)\w*",
    re.I,
)


def _between(last: Group, atom: Atom, scan: str) -> bool:
    """The day closes a range its group's one day opened after "between" ("between Monday and
    Friday"), unless the words around it choose between the two days."""
    first = last.atoms[-1]
    line = scan.rfind("\n", 0, first.start) + 1
    return (
        len(last.atoms) == 1
        and _BETWEEN_AND.fullmatch(scan, first.end, atom.start) is not None
        and _BETWEEN_OPEN.search(scan, max(line, first.start - 20), first.start) is not None
        and _BETWEEN_CHOICE.search(scan, line, atom.end + 30) is None
    )


def _betweens(groups: list[Group], scan: str) -> list[tuple[int, int]]:
    """Where the "between" that opened a range of days stands: a word the reading read."""
    spans = []
    for g in groups:
        for before, ranged, after in zip(g.atoms, g.ranges, g.atoms[1:], strict=False):
            if ranged and _BETWEEN_AND.fullmatch(scan, before.end, after.start) is not None:
                opened = _BETWEEN_OPEN.search(scan, max(0, before.start - 20), before.start)
                spans += [opened.span()] if opened is not None else []
    return spans


# A range of days split around its verb: "a partir del miércoles estoy libre por las tardes hasta
# el viernes", "from Wednesday I'm free until Friday", "à partir de mercredi je suis libre jusqu'à
# vendredi", "ab Mittwoch bin ich bis Freitag flexibel", "a partir de quarta estou livre até sexta"
_SPLIT_FROM = loose_compile(
    r"(?<!\w)(?:from|starting|a\s+partir\s+d(?:el|e|o|a)|à\s+partir\s+d[eu]|dès|ab|desde)"
    r"\s+(?:(?:the|el|la|le|o|a|dem)\s+)?$",
    re.I,
)
_SPLIT_UNTIL = loose_compile(
    r"(?<!\w)(?:until|till|through|bis(?:\s+(?:zum|einschließlich))?|jusqu['’]\s*(?:à|au)"
    r"|hasta|até(?:\s+(?:à|ao))?)\s+(?:(?:the|el|le|la|o|a)\s+)?$",
    re.I,
)
_SPLIT_REACH = 60


def _split_range(last: Group, atom: Atom, scan: str) -> bool:
    """The day is the end of a range its group opened, with the verb between and no refusal."""
    first = last.atoms[-1]
    if (
        len(last.atoms) != 1
        or atom.start - first.end > _SPLIT_REACH
        or _SPLIT_FROM.search(scan, max(0, first.start - 20), first.start) is None
    ):
        return False
    gap = scan[first.end : atom.start]
    # ("ab Montag bin ich bis Mittwoch in Berlin": the refusal may follow the range's last day)
    tail = _SPLIT_TAIL.match(scan, atom.end)
    assert tail is not None
    return (
        _SPLIT_UNTIL.search(gap) is not None
        and not _SPLIT_STOP.search(gap)
        and NEGATIVE.search(scan, first.end, tail.end()) is None
        and post_negative(scan).match(scan, atom.end) is None
        and (
            _SPLIT_FREE.search(scan, first.end, tail.end()) is not None
            or POSITIVE.search(scan, first.end, tail.end()) is not None
        )
    )


_SPLIT_STOP = loose_compile(r"[.;!?\n]")
_SPLIT_TAIL = loose_compile(r"[^.,;!?\n]{0,60}")
# (what the verb between says is being free: "ab Montag bin ich bis Mittwoch in Berlin" is not)
_SPLIT_FREE = loose_compile(
    r"(?<!\w)(?:free|available|open|flexible|libre|disponible|dispo|frei|verfügbar|flexibel"
    r"|erreichbar|livre|disponível|flexível|can|kann|puedo|posso|peux)(?!\w)",
    re.I,
)


# a word offering another choice: "Thursday afternoon, or else the week of the 14th", "jeudi,
# ou sinon la semaine du 14", "Donnerstag, sonst die Woche vom 14.", "o si no la semana del 14",
# "ou então na semana do dia 14"
_ALTERNATIVE = loose_compile(
    r"(?<!\w)(?:or|else|otherwise|ou|sinon|oder|sonst|ansonsten|o|senão)(?!\w)", re.I
)


# the booking named by its day, then the week it moves to: "Thursday's interview to next week",
# "our Thursday call to next week", "l'entretien de jeudi à la semaine prochaine", "das Gespräch
# am Donnerstag auf nächste Woche", "a entrevista de quinta para a semana que vem": the words
# before the day (a noun for the meeting, or "from"), and those between it and the week (the
# noun after it, and "to")
_BOOKING_LEAD = loose_compile(
    r"(?P<noun>(?:interview|entretien|rendez-vous|gespräch|termin|entrevista|reunión|llamada"
    r"|conversa|reunião|chamada)\s+)?(?:vom|von|am|de|da|do|del)\s+$",
    re.I,
)
_BOOKING_NOUN = r"(?:['’]s)?\s+(?:interview|call|chat|meeting|session|slot)"
_BOOKING_TO = loose_compile(
    rf"(?:{_BOOKING_NOUN})?\s+(?:to|into|(?P<verb_last>auf|para|pra)|à|a|al)\s+"
    r"(?:(?:a|the|die)\s+)?",
    re.I,
)
_BOOKING_NAMED = loose_compile(_BOOKING_NOUN + r"\s", re.I)
_BOOKING_REACH = 30


def _booking_to_week(scan: str, day: Atom, week: Atom) -> bool:
    """The weekday names the booking that moves to the week after it: by a noun for the meeting
    beside the day, or "from" before it and "to" as German and Portuguese say it ("vom
    Donnerstag auf", "de quinta para"; the French and Spanish "de jeudi à" is a range)."""
    to = _BOOKING_TO.fullmatch(scan, day.end, week.start)
    if to is None:
        return False
    if _BOOKING_NAMED.match(scan, day.end) is not None:
        return True
    lead = _BOOKING_LEAD.search(scan, max(0, day.start - _BOOKING_REACH), day.start)
    return lead is not None and bool(lead["noun"] or to["verb_last"])


def week_offered_instead(day_end: int, group: Group, scan: str) -> bool:
    """A week told by its date offered as another choice after a day ("Thursday afternoon, or
    the week of the 14th"): it is no frame of that day, which is the first of its name to
    come ("Tuesday or Thursday in the week of the 14th" are that week's)."""
    return (
        day_end <= group.start
        and week_of_date(group, scan)
        and _ALTERNATIVE.search(scan, day_end, group.start) is not None
    )


def week_of_date(group: Group, scan: str) -> bool:
    """The group is one date named as a week: "la semaine du 15"."""
    # (a group holds day atoms only, so a list is no one date: asked at each day of a long list)
    day = group.atoms[0].day if len(group.atoms) == 1 else None
    return (
        day is not None
        and day.kind in ("date", "ord", "num")
        and WEEK_OF.search(scan, max(0, group.start - 20), group.start) is not None
    )


def _own_time(day: Atom, times: list[Atom], starts: list[int], scan: str) -> list[int]:
    """Where the day's phrase ends: after the day, and after each time that follows it directly."""
    ends = [day.end]
    # (by index: a copy of the rest at every day made a long list of days quadratic)
    for i in range(bisect_left(starts, day.end), len(times)):
        t = times[i]
        if not _OWN_GAP.fullmatch(scan, ends[-1], t.start):
            break
        ends.append(t.end)
    return ends


def _owns_next_time(group: Group, times: list[Atom], starts: list[int], scan: str) -> bool:
    """A time follows the group directly ("Friday lunchtime"), so an earlier one is not its own."""
    end = group.atoms[-1].end
    i = bisect_left(starts, end)
    if i < len(times) and (only := _ONLY_THEN.match(scan, end, times[i].start)):
        end = only.end()
    # atoms do not overlap, so only the first time after the group can follow it directly
    return i < len(times) and _ADJACENT.fullmatch(scan, end, times[i].start) is not None


def _bind_times(
    groups: list[Group],
    times: list[Atom],
    scan: str,
    sentence: Boundaries,
    anaphors: list[int],
    exceptions: Leads,
    cues_at: tuple[list[int], list[int]],
) -> tuple[list[Atom], list[Atom], int]:
    """Attach each time atom to the day group it qualifies; return the ones bound to no day, the
    ones told of another event in a reason, and how many of those might have bounded the hours
    before them.

    Every look-up is a bisection over the groups in text order, so a reply of thousands of
    days and times is read in time linear in its length. `cues_at`: where the refusal words
    and the reasons start."""
    busy_at, reasons = cues_at
    loose: list[Atom] = []
    apart: list[Atom] = []
    unsure = 0
    starts = [t.start for t in times]
    group_starts = [g.start for g in groups]
    group_ends = [g.atoms[-1].end for g in groups]
    group_sentences = [sentence.index(g.start) for g in groups]
    anaphor_sentences = {sentence.index(a) for a in anaphors}
    # (a semicolon sets a time off as a comma does: "any day but Friday; mornings only")
    commas = [0]
    for char in scan:
        commas.append(commas[-1] + (char in ",;)"))
    # plain[i]: the latest group at or before i that no exception word leads
    plain: list[int] = []
    for i, g in enumerate(groups):
        plain.append(i if not exceptions.leads(g.start) else plain[-1] if plain else -1)
    own_hours = MatchesAt(OWN_HOURS, scan)
    for k, t in enumerate(times):
        if k and _bound_explained(times[k - 1], t, scan, (sentence, group_starts), busy_at):
            continue
        # the hours offered are the last time before the reason word ("ao fim da tarde, que de
        # manhã ando na apanha … lá para as três": not the morning told in the reason)
        r = bisect_right(reasons, t.start) - 1
        j = bisect_left(starts, reasons[r]) - 1 if r >= 0 else -1
        # (a day named in the reason takes its time: "9 to 11, because Tuesday I work from 2")
        if (
            j >= 0
            and bisect_left(group_starts, times[j].end) == bisect_left(group_starts, t.start)
            and _told_in_reason(times[j], t, scan, reasons[r], busy_at)
        ):
            apart.append(t)
            unsure += _narrows(times[j], t)
            continue
        # ("a partir del miércoles estoy libre por las tardes hasta el viernes": a time inside a
        # range of days split around its verb is the range's)
        inside = bisect_right(group_starts, t.start) - 1
        if inside >= 0 and t.end <= group_ends[inside]:
            groups[inside].times.append(t)
            continue
        s = sentence.index(t.start)
        # "next week except Wednesday, mornings preferred": a time set off by a comma (or by
        # the reason in brackets: "sauf mercredi (je suis à Lyon) plutôt l'aprem") after an
        # excepted day qualifies the days offered, not the one left out
        b = bisect_right(group_ends, t.start) - 1
        # ("menos sexta, que só posso de manhã": a clause about the day left out is its own)
        if (
            b >= 0
            and plain[b] != b
            and (
                _restates_part(groups[b], t)
                or _named_back(scan, t)
                or _busy_reason(scan, group_ends[b], t, busy_at, (group_starts, starts))
            )
        ):
            continue
        if b >= 0 and plain[b] != b and _why_left_out(scan, group_ends[b], t, reasons, starts):
            apart.append(t)
            continue
        if (
            b >= 0
            and commas[t.start] > commas[group_ends[b]]
            and not ((own := own_hours(group_ends[b])) and own.end() >= t.end)
        ):
            # a comma lies in the gap of this group and of every earlier one
            b = plain[b]
        prev = groups[b] if b >= 0 and group_sentences[b] == s else None
        a = bisect_left(group_starts, t.end)
        after = groups[a] if a < len(groups) and group_sentences[a] == s else None
        nxt = (
            after if after is not None and not _owns_next_time(after, times, starts, scan) else None
        )
        # "Friday afternoon this week": a time right after a day is its own; the week frames it
        if (
            nxt is not None
            and nxt.kinds() == {"week"}
            and prev is not None
            and _ADJACENT.fullmatch(scan, prev.atoms[-1].end, t.start)
        ):
            nxt = None
        # ("Later next week? Mornings are best - Monday is a holiday": a day set off and turned
        # down by the words after it takes no half of the day offered before it; a bound before
        # it may be why: "I can only do between 9:30 and 3, and Wednesday is out")
        refused_next = (
            nxt is not None
            and _part_of_day(t)
            and _SET_OFF.search(scan, t.end, nxt.start) is not None
            and _refused_after(nxt, scan)
        )
        # ("Next week works. Any morning except Monday.": a half of the day before a day that a
        # word of exception leads is the days offered, not the one left out)
        excepted_next = nxt is not None and _part_of_day(t) and exceptions.leads(nxt.start)
        if nxt is not None and (
            _ADJACENT.fullmatch(scan, t.end, nxt.start)
            or (
                _ONLY_ON.fullmatch(scan, t.end, nxt.start)
                and not _timed_after(nxt, times, starts, scan)
                # ("vormittags, nur Freitag nicht", "de manhã, só sexta não": only that day
                # is left out, the hours are the other days')
                and post_negative(scan).match(scan, nxt.atoms[-1].end) is None
            )
        ):
            nxt.times.append(t)
        elif prev is not None:
            prev.times.append(t)
        elif s in anaphor_sentences and (p := bisect_left(group_starts, t.start)):
            groups[p - 1].times.append(t)
        elif (
            nxt is not None
            and not _CONTRAST.search(scan, t.end, nxt.start)
            and not refused_next
            and not excepted_next
        ):
            nxt.times.append(t)
        elif (
            (after is None or refused_next or excepted_next)
            and (p := bisect_left(group_starts, t.start))
            # "next week except Thursday. Ideally 10 to 1.": the days offered, not the one left out
            and (q := plain[p - 1]) >= 0
            and _carries(
                groups[q], group_sentences[q], t, s, _joined(groups[q], t, scan), scan, sentence
            )
        ):
            # "Later next week? Mornings are best.": a sentence of hours alone qualifies the
            # days of the sentence just before it, when those came without hours of their own
            groups[q].times.append(t)
        else:
            loose.append(t)
    return loose, apart, unsure


# a verb that moves the interview and the word that leads where it goes, right before the day:
# "move it to", "push the interview to", "décaler l'entretien à", "auf … verschieben" (the
# German verb comes last), "pasarla al", "pasa la entrevista al" (round 44), "mudem para"
_MOVED_TO = loose_compile(
    rf"(?<!\w){MOVE_VERB}(?!\w)[^.!?\n]{{0,40}}?(?<!\w)(?:to|until|till|à|au|a|al|auf"
    # (or from the booked day, to the one after it: "from Thursday to Friday morning")
    r"|para|pra|pro|from|de|du|del|von|vom|da|do)\s+(?:the\s+|la\s+|le\s+|el\s+|den\s+|o\s+|a\s+)?$",
    re.IGNORECASE,
)
_MOVED_REACH = 60
# a move told done, in the past: "moved to", "pushed to", "rescheduled for"
_DONE_MOVE = re.compile(r"\w+ed(?!\w)", re.IGNORECASE)
# What the reason of an exception says when it tells of a habit, not of the day left out: "every
# morning", "tous les matins", "jeden Vormittag", "todas las mañanas", "todas as manhãs", "always"
_HABIT = loose_compile(
    r"(?<!\w)(?:every|each|always|usually|tous|toutes|chaque|toujours|jede[nmr]?|jeweils|immer|meistens"
    r"|tod[oa]s|cada|siempre|sempre)(?!\w)",
    re.IGNORECASE,
)
# parts of the day in the plural, which tell of every day: "mornings", "les après-midis"
_PARTS_PLURAL = loose_compile(
    r"(?:mornings|afternoons|evenings|matins|matinées|après-midis|apres-midis|soirs|soirées"
    r"|vormittage|nachmittage|mañanas|tardes|noches|manhãs|noites)\Z",
    re.IGNORECASE,
)
# what ends the reason's clause: a stop, a semicolon, a blank line; and its part, a comma too
_REASON_END = loose_compile(r"[.;!?]|\n[^\S\n]*\n")
_CLAUSE_END = loose_compile(r"[.;!?,]|\n[^\S\n]*\n")


def _busy_reason(
    scan: str,
    excepted_end: int,
    time: Atom,
    busy_at: list[int],
    starts: tuple[list[int], list[int]],
) -> bool:
    """ "Any day but Wednesday, I have an exam in the morning", "menos el miércoles, que tengo
    por la mañana el examen", "außer Mittwoch, da habe ich vormittags eine Prüfung": a part of
    day told busy in the clause right after the day left out says why that day is out; it
    narrows neither the exception nor the days offered. A habit ("every morning", "mornings")
    or a contrast ("but I'm at the gym in the morning") still tells of every day. `starts`: those
    of the groups and of the times, in text order."""
    if time.spec is None or time.spec.kind != "part":
        return False
    if _PARTS_PLURAL.search(scan, time.start, time.end):
        return False
    stop = _CLAUSE_END.search(scan, time.end)
    end = stop.start() if stop else len(scan)
    # (another day named in the clause takes what it tells, and hours before this one are the
    # offer's: "except Wednesday, mornings work, I have an exam in the afternoon")
    group_starts, time_starts = starts
    nxt = bisect_right(group_starts, excepted_end)
    if nxt < len(group_starts) and group_starts[nxt] < end:
        return False
    if time_starts[bisect_left(time_starts, excepted_end)] != time.start:
        return False
    # (the day's own part, "except Wednesday morning, I'm on call", is the exception itself)
    if _OWN_GAP.fullmatch(scan, excepted_end, time.start):
        return False
    if _REASON_END.search(scan, excepted_end, time.start) or ")" in scan[excepted_end : time.start]:
        return False
    between = (excepted_end, end)
    if _HABIT.search(scan, *between) or _CONTRAST.search(scan, *between):
        return False
    # ("menos quarta, só de manhã, porque...", "de preferência à tarde porque de manhã estou
    # no estúdio": hours wished for or kept before it are the offer's)
    lead = scan[excepted_end : time.start]
    if ONLY.search(lead) or _WISHED.search(lead):
        return False
    i = bisect_left(busy_at, excepted_end)
    return i < len(busy_at) and busy_at[i] < end


# a clause on the day just named, opened by a word of when: "except Friday, when we close at
# noon", "sauf vendredi, où on ferme à midi", "außer Freitag, da/wo wir um 12 schließen",
# "menos el viernes, cuando cerramos a mediodía", "menos sexta, quando fechamos ao meio-dia"
_WHEN_THEN = loose_compile(
    r"[,(–—-][^\S\n]*(?:when|where|o[uù]|quand|lorsque|wo|wenn|da|an\s+dem|cuando|donde"
    r"|en\s+(?:el\s+)?que|quando|onde|em\s+que)(?!\w)",
    re.IGNORECASE,
)


_TOKEN = re.compile(r"\S*")


def _why_left_out(
    scan: str, excepted_end: int, time: Atom, reasons: list[int], time_starts: list[int]
) -> bool:
    """ "Any day but Wednesday and Friday, when we close the shop at noon", "menos el viernes
    24, que es Nochebuena y cerramos a mediodía", "außer Freitag, da schließen wir um 12": a
    clock time in the reason or the clause of when opened right after the days left out tells
    of another event on them (the shop closes); it bounds neither the exception nor the days
    offered. Told free, able or liked then ("except Friday, when I'm only free until 11", "que
    me va mejor a las 10") the hours are offered."""
    if time.spec is None or time.spec.kind == "part":
        return False
    if time_starts[bisect_left(time_starts, excepted_end)] != time.start:
        return False
    if _REASON_END.search(scan, excepted_end, time.start):
        return False
    r = bisect_left(reasons, excepted_end)
    when = _WHEN_THEN.search(scan, excepted_end, time.start)
    if when is not None:
        opened = when.end()
    elif r < len(reasons) and reasons[r] < time.start:
        opened = next(_TOKEN.finditer(scan, reasons[r])).end()
    else:
        return False
    # (a clause shut before the time leaves it to the days offered: "außer Donnerstag (da bin
    # ich auf Montage), aber nur zwischen 9:30 und 15 Uhr")
    if _CLAUSE_END.search(scan, opened, time.start) or scan.find(")", opened, time.start) >= 0:
        return False
    # (after the word that opens it: "da", "que" are yeses of their own elsewhere)
    stop = _REASON_END.search(scan, time.end)
    told = scan[opened : stop.start() if stop else len(scan)]
    return not any(p.search(told) for p in (_FREE, _ABLE, POSITIVE, _WISHED))


# Free from the hour just named on: "until 11, after that I'm free", "jusqu'à 11h, après je
# suis libre", "bis 11, danach bin ich frei", "hasta las 11, después estoy libre", "até as 11,
# depois fico livre"
_THEN_FREE = loose_compile(
    r"[\s,;]*(?:and\s+|et\s+|und\s+|y\s+|e\s+)?(?:after\s+that|afterwards|from\s+then(?:\s+on)?"
    r"|apr[èe]s(?:\s+(?:ça|cela))?|ensuite|danach|anschließend|despu[ée]s(?:\s+de\s+eso)?"
    r"|depois(?:\s+disso)?)[\s,]+(?:(?:i['’]m|i\s+am|je\s+suis|bin\s+ich|estoy|fico|estou)\s+)?"
    r"(?:(?:totally|completely|entièrement|komplett|totalmente)\s+)?"
    r"(?:free|open|available|libres?|dispo(?:nible)?|frei|verfügbar|livre|disponível)(?!\w)",
    re.IGNORECASE,
)


def _free_after(time: Atom, scan: str, clause: Boundaries) -> bool:
    """Hours up to a time, then told free after it: the hours before it are the busy ones,
    unless its own clause says they suit ("free until 11, after that free again from 2")."""
    if time.spec is None or time.spec.kind != "before" or not _THEN_FREE.match(scan, time.end):
        return False
    start, _ = clause.span(clause.index(time.start), len(scan))
    said = scan[start : time.start]
    return _FREE.search(said) is None and POSITIVE.search(said) is None


def _bound_explained(
    bound: Atom,
    time: Atom,
    scan: str,
    where: tuple[Boundaries, list[int]],
    busy_at: list[int],
) -> bool:
    """ "Not before 10 please - I do the school run in the mornings", "nicht vor 10 Uhr - ich
    bringe morgens die Kinder in die Kita": a part of day told busy right after a bound that
    falls inside it says why the bound is where it is; the bound, not the whole part, is out.
    A day named between them ("- Mon: from 2pm - Tue: afternoon shift") takes the part.
    `where`: the sentences, and the starts of the day groups."""
    if bound.spec is None or time.spec is None or time.spec.kind != "part":
        return False
    if bound.spec.kind != "after" or not time.spec.start < bound.spec.start < time.spec.end:
        return False
    sentence, group_starts = where
    if bisect_left(group_starts, bound.end) != bisect_left(group_starts, time.start):
        return False
    # ("after 10, but mornings are busy": a contrast takes the bound back)
    if sentence.index(bound.start) != sentence.index(time.start) or _CONTRAST.search(
        scan, bound.end, time.start
    ):
        return False
    stop = _CLAUSE_END.search(scan, time.end)
    end = stop.start() if stop else len(scan)
    i = bisect_left(busy_at, bound.end)
    return i < len(busy_at) and busy_at[i] < end


# Spanish and Portuguese give a reason with a bare "que" after a comma or dash: "de 17 a 19,
# que salgo del local a las 16:30", "ao fim da tarde, que só saio do pomar lá para as três"
_BARE_QUE = loose_compile(r"[,–—-][^\S\n]*(que)(?=\s)", re.IGNORECASE)
# the reason tells the sender free or able, so its hours are the offer's: "since I'm only free
# after 3", "que estoy libre a partir de las 3", "weil ich erst ab 15 Uhr kann", "car je ne peux
# qu'à partir de 15h", "porque só posso depois das 3"
_ABLE = loose_compile(
    r"(?<!\w)(?:i\s+can|i\s+could|(?:je|on)\s+(?:ne\s+)?(?:peux|pourrai[st]?|pourrions)"
    # (German puts the verb last: "weil ich erst ab 15 Uhr kann")
    r"|kann|könnte|können|puedo|podría|podemos|posso|poderia|podia|consigo"
    # or tells the time had: "since I only have time after 3", "weil ich erst ab 15 Uhr Zeit habe"
    r"|have\s+time|zeit\s+(?:habe|hab|hätte|haben)|(?:habe|hab|haben)\s+(?:ich\s+|wir\s+)?zeit"
    r"|j['’]ai\s+(?:du\s+)?temps|tengo\s+tiempo|tenho\s+tempo)(?!\w)",
    re.IGNORECASE,
)

# the reason restates the hour where the sender is: "quinta às 15h de Lisboa, que aqui é
# meio-dia", "3pm ET, as that's noon here", "15h à Paris, car ici il est 9h", "15 Uhr MEZ, da
# es hier 9 Uhr ist", "a las 15h de Madrid, que aquí son las 9"
_SAME_MOMENT = loose_compile(
    r"(?<!\w)(?:here|for\s+me|my\s+time|ici|chez\s+moi|pour\s+moi|hier|bei\s+(?:mir|uns)"
    r"|aqu[ií]|para\s+m[ií]|ac[áa]|c[áa])(?!\w)",
    re.IGNORECASE,
)


# A clause set off by a comma or dash that tells the sender coming back, arriving or done with
# work is the reason the offer starts where it does, though no reason word opens it: "Tuesday
# afternoon works, I'm back from the dock around noon", "mardi après-midi, je reviens du quai
# vers midi", "Dienstagnachmittag, ich bin gegen Mittag vom Hafen zurück", "el martes por la
# tarde, vuelvo del muelle hacia el mediodía", "terça à tarde, chego do cais lá para o meio-dia"
_EVENT_CLAUSE = loose_compile(
    r"[,–—-][^\S\n]*(?:(?:and|but|et|mais|und|aber|y|pero|e|mas)\s+)?"
    r"(?P<clause>(?:i['’]m|i\s+am|i['’]ll\s+be|i\s+will\s+be)\s+(?:only\s+|just\s+)?back"
    r"|i\s+(?:(?:only\s+|just\s+)?(?:get|come|fly|head)\s+back|get\s+in|land|arrive|get\s+off"
    r"|finish|leave\s+work|clock\s+off|knock\s+off)"
    r"|my\s+(?:train|flight|bus|ferry|shift)\s+(?:gets\s+in|lands|arrives|ends|finishes)"
    r"|je\s+(?:ne\s+)?(?:reviens|rentre|débarque|finis|termine|sors|suis\s+de\s+retour"
    r"|serai\s+de\s+retour)|j['’](?:arrive|atterris)"
    r"|ich\s+(?:bin|komme)(?=[^,.;!?\n]{0,40}?\s(?:zurück|an|wieder\s+da)\b)"
    r"|ich\s+(?:lande|habe|hab|mache)(?=[^,.;!?\n]{0,40}?\s(?:Feierabend|Schluss)\b)"
    r"|ich\s+lande|(?:yo\s+)?(?:vuelvo|regreso|salgo\s+del?\s+trabajo"
    r"|estoy\s+de\s+vuelta|estar[ée]\s+de\s+vuelta)"
    r"|(?:eu\s+)?(?:volto|regresso|saio\s+do\s+trabalho|estou\s+de\s+volta"
    r"|estarei\s+de\s+volta))(?!\w)",
    re.IGNORECASE,
)


def _reason_starts(scan: str, reasons: list[tuple[int, int]]) -> list[int]:
    """Where the reasons of a text open: its reason words, a bare "que" set off, and a clause
    set off that tells another event's end."""
    return sorted(
        [s for s, _ in reasons]
        + [m.start(1) for m in _BARE_QUE.finditer(scan)]
        + [m.start("clause") for m in _EVENT_CLAUSE.finditer(scan)]
    )


def _told_in_reason(before: Atom, time: Atom, scan: str, reason: int, busy_at: list[int]) -> bool:
    """ "Thursday 5 to 7pm, because I leave work at 4:30", "jeudi de 17h à 19h, car je sors du
    bureau à 16h30", "Donnerstag 17 bis 19 Uhr, weil ich um 16:30 Feierabend habe", "el jueves
    de 17 a 19, que salgo del local a las 16:30", "quinta ao fim da tarde, que só saio do pomar
    lá para as três": a time in the reason given after the hours offered, in their sentence,
    belongs to another event (work ends, a train gets in); it is no bound of the offer, unless
    the reason tells the sender free or able then ("since I'm only free after 3"), or busy inside
    the hours offered ("afternoon, because I'm in class until 2": the hours refused are read as
    such; "5 to 7, since I pick up my kids at 4:30" is why the offer starts at 5). `before`: the
    last time before the reason word, which opens at `reason` (the last one before `time`)."""
    if before.spec is None or before.spec.kind == "same" or reason < before.end:
        return False
    if _REASON_END.search(scan, before.end, time.start) or _CONTRAST.search(
        scan, before.end, time.start
    ):
        return False
    stop = _CLAUSE_END.search(scan, time.end)
    end = stop.start() if stop else len(scan)
    b = bisect_left(busy_at, reason)
    # (a part of day told busy is read as refused, whatever it narrows: "mornings, because I have
    # meetings in the afternoon")
    if b < len(busy_at) and busy_at[b] < end and (_narrows(before, time) or _part_of_day(time)):
        return False
    told = scan[reason:end]
    if _FREE.search(told) or _ABLE.search(told):
        return False
    return _SAME_MOMENT.search(scan, reason, time.start) is None


def _narrows(before: Atom, time: Atom) -> bool:
    """The hour of a time falls inside the hours before it, where it could open or close them
    ("Thursday afternoon, since I leave work at 3": from 3, or the afternoon?)."""
    if before.spec is None or time.spec is None:
        return False
    hour, spec = time.spec.start, before.spec
    if spec.kind in ("range", "part"):
        return spec.start < hour < spec.end
    if spec.kind == "after":
        return hour > spec.start
    return spec.kind == "before" and hour < spec.start


def _restates_part(group: Group, time: Atom) -> bool:
    """ "Except Wednesday morning, I'm on call until 12", "sauf jeudi après-midi, j'ai une
    formation à partir de midi": hours that end where the excepted day's own part ends (or start
    where it starts) tell why that part is out; they add no hours, to it or to the days offered."""
    spec = time.spec
    if spec is None or spec.kind not in ("before", "after"):
        return False
    edge = "end" if spec.kind == "before" else "start"
    return any(
        t.spec is not None and t.spec.kind == "part" and getattr(t.spec, edge) == spec.start
        for t in group.times
    )


# A half of the day pointed back to: "that morning", "an dem Vormittag", "nessa manhã" (the
# Spanish and French ones, "esa mañana", "ce matin-là", are part words of their own)
_THAT_PART = loose_compile(
    r"(?<!\w)(?:that|the\s+same|an\s+(?:dem|diesem|jenem)|am\s+selben|esa|essa|nessa|naquela"
    r"|dessa|ce|cet|cette)\s+\Z",
    re.IGNORECASE,
)
_THAT_PART_REACH = 16


def _named_back(scan: str, time: Atom) -> bool:
    """ "Any day but Wednesday, I'm flying out that morning": a part of the day excepted, named
    back in the reason, is that day's; it narrows neither the exception nor the days offered."""
    if time.spec is None or time.spec.kind != "part":
        return False
    lower = scan[time.start : time.start + 4].lower()
    return lower.startswith(("esa ", "ce ", "cet ", "cett", "an d", "am s")) or bool(
        _THAT_PART.search(scan, max(0, time.start - _THAT_PART_REACH), time.start)
    )


# Hours kept for the days named after them: "nachmittags nur Dienstag und Donnerstag", "tardes
# solo el martes", "l'après-midi seulement le mardi", "I can do afternoons, but only Monday"
_ONLY_ON = loose_compile(
    r"[^\S\n]*(?:[,;][^\S\n]*)?(?:(?:but|mais|aber|pero|mas)[^\S\n]+)?(?:only|just|nur|solo|sólo"
    r"|seulement|uniquement|só|apenas|somente)[^\S\n]+(?:(?:on|the|el|le|les|am|na|no|o|a|de|del"
    r"|des|du|da|do|der)[^\S\n]+)?",
    re.IGNORECASE,
)
_IN_CLAUSE = loose_compile(r"[^,;.!?\n]*")


def _timed_after(group: Group, times: list[Atom], starts: list[int], scan: str) -> bool:
    """Hours follow the group in its clause: "nur am Freitag klappt es ausschließlich vormittags"
    (those are the days' own, not the hours before them)."""
    end = group.atoms[-1].end
    i = bisect_left(starts, end)
    return i < len(times) and _IN_CLAUSE.fullmatch(scan, end, times[i].start) is not None


# A clause on the day just named that narrows it: "menos sexta, que só posso de manhã", "salvo
# el viernes, que solo puedo por la mañana", "sauf vendredi, où seul le matin est possible", or
# gives it hours of its own: "sauf mercredi où je suis libre à partir de 14h30", "außer am
# Mittwoch – da habe ich Frühdienst bis 13 Uhr, dann ginge es ab halb drei" (a line wrapped
# inside the clause goes on, as do the stops of a clock time; a blank line ends it)
_CLAUSE_TEXT = r"(?:[^.;:!?\n]|(?<=\d)[.:](?=\d)|\n(?![^\S\n]*\n))"
_OWN_HOURS_LEAD = (
    r"(?:where|when|on\s+which|that\s+day|que|où|ce\s+jour-là|wo|an\s+dem(?:\s+tag)?"
    r"|da(?=\s+(?:habe|hab|bin|ist|geht|ginge|kann|könnte|passt|muss|sind|haben)(?!\w))"
    r"|donde|ese\s+día|onde|em\s+que|nesse\s+dia"
    # (or a half of it named back: "except Wednesday; that afternoon I could do 3-4")
    r"|that\s+(?:morning|afternoon)|esa\s+(?:misma\s+)?(?:mañana|tarde)|n(?:ess|aquel)a\s+(?:manhã|tarde)"
    r"|ce(?:t|tte)?\s+(?:matin|matinée|après-midi|apres-midi)[-\s]l[àa]|an\s+(?:diesem|jenem)\s+\w+)"
)
# matched after every day: the words leading it grouped by letter, or each is tried there
OWN_HOURS = loose_compile(
    rf"[\s,;:–—-]*{grouped(branches(_OWN_HOURS_LEAD), word_start=False)}\s"
    # (never past a refusal or the rest of the days: "excepto el lunes que no puedo, el resto
    # puedo a las 10")
    + r"(?:(?!(?<!\w)(?:no|not|ne|pas|nicht|não|nao|kein\w*|rest|resto|reste)(?!\w))"
    + _CLAUSE_TEXT
    + r")*?(?<!\w)(?:only|just|solo|sólo|solamente|únicamente|seul(?:e|ement)?|uniquement|nur"
    r"|ausschließlich|erst|só|somente|apenas|free|libre|frei|livre|puedo|posso|peux|geht|ginge"
    r"|passt|works?|can(?!['’]t|not)|could|podría|podria|poderia|pourrais|könnte)(?!\w)"
    + _CLAUSE_TEXT
    + "*",
    re.IGNORECASE,
)
# Words of wish before hours: "ideally", "de préférence", "am liebsten", "if possible"
WISH = (
    r"(?:ideally|preferably|idéalement|idealement|de\s+préférence|idealerweise|vorzugsweise"
    r"|am\s+liebsten|am\s+besten|lieber|idealmente|preferiblemente|preferentemente"
    r"|de\s+preferencia|preferencialmente|de\s+prefer[êe]ncia|if\s+possible|si\s+possible"
    r"|wenn\s+möglich|si\s+es\s+posible|se\s+poss[íi]vel)"
)
_WISHED = loose_compile(WISH, re.IGNORECASE)
# "Mornings only, and nothing before 10": hours joined to hours just carried narrow them too
# ("afternoons are best, ideally after 1:30", "nachmittags, am liebsten ab 14 Uhr", "l'après-midi,
# de préférence après 14h": a bound wished for within them narrows them as well, a few words of
# suiting between, none of refusal, set off by commas or dashes: "afternoons are best --
# ideally after 1:30", "por la mañana es lo mejor para mí, idealmente desde las 9:30")
_HOURS_JOINED = loose_compile(
    r"[\s,;–—-]*(?:(?:only|solo|sólo|seulement|uniquement|nur|só|apenas)[\s,;–—-]*)?"
    r"(?:(?:(?!(?:not|no|nicht|pas|não|nao|never|nunca|jamais|nie)(?!\w))[^\W\d][\w'’]*[\s,;–—-]+){0,5}?"
    rf"{WISH}[\s,;]+)?"
    r"(?:(?:and|y|et|und|e)\s+)?",
    re.IGNORECASE,
)


def _joined(group: Group, time: Atom, scan: str) -> bool:
    last = group.times[-1] if group.times else None
    return last is not None and _HOURS_JOINED.fullmatch(scan, last.end, time.start) is not None


# a bound said as a refusal of the hours beyond it: "Nothing before 9:30", "Not after 4", "Pas
# avant 10h", "Nicht vor 10 Uhr", "Nada antes de las 10", "Nunca depois das 16h"
_REFUSED_BOUND = loose_compile(
    r"(?:not|nothing|never|nicht|nichts|nie|pas|rien|jamais|no|nada|nunca|n[ãa]o)\s", re.IGNORECASE
)


# the start of a sentence up to hours it opens on, at most two words before them
_OPENS_ON_HOURS = loose_compile(r"[\W_]*(?:[^\W\d][\w'’]*[^\S\n]+){0,2}")


def _carries(
    group: Group,
    group_sentence: int,
    time: Atom,
    time_sentence: int,
    joined: bool,
    scan: str,
    sentence: Boundaries,
) -> bool:
    # "same time" is known only to the resolver, and only with a booking: it does not count;
    # nor does a whole day before a part of day ("any day next week. Mornings only") or a bound
    # refusing the hours beyond it ("Any day next week. Nothing before 9:30"), which narrow it
    # ("Thursday any time works. I'll confirm around 3" keeps the day whole)
    # (such a bound narrows a half of the day said with the days too: "Any afternoon next week.
    # Nothing after 4"; one said beside the bound is what the bound is about: "Mornings I do
    # the school run, so nothing before 9:30")
    refused = (
        time.spec is not None
        and time.spec.kind in ("after", "before")
        and _REFUSED_BOUND.match(scan, time.start) is not None
    )
    # (so does a bound the sentence opens on, a word or two of wish before it: "Any day next
    # week except Wednesday. After 2pm is best", "Am besten ab 14 Uhr"; "I'll call you after 3"
    # is about the call)
    opens = (
        time.spec is not None
        and time.spec.kind in ("after", "before", "range")
        and _OPENS_ON_HOURS.fullmatch(scan, sentence.span(time_sentence, len(scan))[0], time.start)
        is not None
    )
    part = time.spec is not None and (time.spec.kind == "part" or refused or opens)
    timed = not joined and any(
        t.spec is not None
        and t.spec.kind != "same"
        and not (part and (t.spec.kind, t.spec.start, t.spec.end) == ("part", *PARTS["any"]))
        and not (refused and t.spec.kind == "part" and sentence.index(t.start) == group_sentence)
        for t in group.times
    )
    # ("... except Wednesday. On Friday I'm travelling, so not that day. Between 11 and 5 is
    # best": the day refused by the words after it, though not yet read so, takes no hours of
    # the clock; "the same time" is the booking's, whatever day it goes to)
    refused_day = time.spec is not None and time.spec.kind != "same" and _refused_after(group, scan)
    return (
        group_sentence == time_sentence - 1 and not timed and not group.negated and not refused_day
    )


# what sets a clause off from the one before it: a comma, a semicolon, a colon or a dash
_SET_OFF = loose_compile(r"[,;:–—]|\s-\s")


def _part_of_day(time: Atom) -> bool:
    """A half of the day ("mornings", "l'après-midi"), as opposed to hours of the clock."""
    return time.spec is not None and time.spec.kind == "part"


def _refused_after(group: Group, scan: str) -> bool:
    """The words right after the group turn it down ("Monday is a holiday", "Friday I'm out"),
    though it is not yet read so."""
    after = group.atoms[-1].end
    return (post_negative(scan).match(scan, after) or RULED_OUT.match(scan, after)) is not None


# a zone that heads a list: "her times (CET):", "Horaires (GMT) :" at the end of its line
_HEADING = loose_compile(r"[^\S\n]*\)?[^\S\n]*:[^\S\n]*\n")


def _zones(atoms: list[Atom], sentence: Boundaries, scan: str) -> dict[int, str]:
    """Zone written next to each time atom: it covers the times before it in its sentence since
    the last zone, or else the next time; a zone heading a list covers every time of the list
    (its sentence, or the next one after a blank line)."""
    zones: dict[int, str] = {}
    pending: list[Atom] = []
    carry: tuple[int, str, bool] | None = None
    for a in atoms:
        if a.kind == "zone":
            mine = [t for t in pending if sentence.index(t.start) == sentence.index(a.start)]
            for t in mine:
                zones[t.start] = a.zone
            heading = not mine and _HEADING.match(scan, a.end) is not None
            carry = None if mine else (sentence.index(a.start), a.zone, heading)
            pending = []
        elif a.kind == "time":
            at = sentence.index(a.start)
            if carry is not None and (at == carry[0] or (carry[2] and at == carry[0] + 1)):
                zones[a.start] = carry[1]
                carry = carry if carry[2] else None
            else:
                pending.append(a)
    return zones


# what opens a range of days set off after a comma: "…, du lundi 15 au vendredi 19"
_RANGE_OPENS = loose_compile(
    r"[^\S\n]*(?:(?:from|du|de|del|desde|vom|von|entre|between)[^\S\n]+)?(?:(?:the|le|el)[^\S\n]+)?",
    re.IGNORECASE,
)


def _period_restated(
    cue_spans: list[tuple[int, int]], group: Group, floor: int, clause: Boundaries, scan: str
) -> tuple[int, int] | None:
    """ "Je serai en congé pendant les vacances scolaires, du lundi 15 au vendredi 19", "I'm on
    leave over half-term, from the 14th to the 18th": a range of days set off by a comma or
    a bracket ("après mes congés (du 22/7 au 9/8)", "nach meinem Urlaub (vom 5. bis 9.8.)")
    right after an absence told with no day of its own restates the days of the absence (the
    refusal is that of the clause before the comma)."""
    c = clause.index(group.start)
    if not any(group.ranges) or c == 0:
        return None
    cut = clause.cuts[c - 1]
    if scan[cut] not in ",(" or _RANGE_OPENS.fullmatch(scan, cut + 1, group.start) is None:
        return None
    return _cue_before(cue_spans, cut - 1, floor, clause)


def _cue_before(
    cue_spans: list[tuple[int, int]], pos: int, floor: int, clause: Boundaries
) -> tuple[int, int] | None:
    """The cue between `floor` and `pos`, in the same clause as `pos`; spans are sorted."""
    # (by index: a slice would copy the spans after `floor` at every day and time read)
    for i in range(bisect_left(cue_spans, (floor, -1)), len(cue_spans)):
        s, e = cue_spans[i]
        if s >= pos:
            return None
        if e <= pos and clause.index(e - 1) == clause.index(pos):
            return s, e
    return None


# "is" between a relative day and its date, with the particles that say it is known: "Morgen
# ist ja 1. August", "tomorrow's December 2nd", "demain c'est le 2", "mañana es 2 de diciembre"
_DATE_TOLD = loose_compile(
    r"[^\S\n]*,?[^\S\n]*(?:is|['’]s|will\s+be|c['’]est|ce\s+sera|est|ist|wäre|es|será|é|vai\s+ser)"
    r"[^\S\n]+(?:(?:ja|doch|schon|already|déjà|ya|já|justo|justement)[^\S\n]+)?"
    r"(?:(?:the|le|der|el|o|dia)[^\S\n]+)?",
    re.IGNORECASE,
)


def _date_told(group: Group, following: Group | Atom | None, scan: str) -> bool:
    """A relative day said to be a date ("Morgen ist ja 1. August", "demain c'est le 2
    décembre"): the sentence tells what day it is (a holiday, mostly), and offers neither;
    the date, read next in the clause, is dropped with it as a promise's days are."""
    return (
        group.kinds() == {"rel"}
        and not group.times
        and isinstance(following, Group)
        and following.kinds() == {"date"}
        and _DATE_TOLD.fullmatch(scan, group.end, following.start) is not None
    )


# the refusal words a time's bound opens on ("not before 3" is from 3 on)
_BOUND_REFUSED = loose_compile(r"(?:not|nothing|no|nicht|nichts|pas|rien|nada|não|nao)\s", re.I)


def bound_refused(group: Group, scan: str) -> bool:
    """Hours of the group bounded by a refusal ("am Mittwoch aber nicht vor 15 Uhr", "no antes
    de las 3"): the day is offered from there only, as "only from 3" would say."""
    # (its words start on n, p or r: most times start on a digit, and a letter test is cheaper
    # than the match)
    return any(_BOUND_REFUSED.match(scan, t.start) for t in group.times)


def _short_of_atoms(
    spans: list[tuple[int, int]], atoms: list[Atom], scan: str
) -> list[tuple[int, int]]:
    """Cue spans cut back to the atom they run into: in "pas le matin", "não à tarde" the
    article the cue may take is the time's own, and the cue leads that time."""
    starts = [a.start for a in atoms]
    out = []
    for s, e in spans:
        i = bisect_left(starts, s)
        # ("not before 2", "but not before 2", "rien avant 10h": a time that opens on a word of
        # refusal has read it as its bound; the cue ending in that word leads nothing)
        if i < len(atoms) and s <= starts[i] < e and _BOUND_REFUSED.match(scan, starts[i]):
            continue
        out.append((s, starts[i]) if i < len(atoms) and starts[i] < e else (s, e))
    return out


# German's "nicht aber" right after days named one by one, no comma between: the no is theirs
# and the "aber" turns to the next day ("Mittwoch leider nicht aber Donnerstag geht"); after a
# week, a range or every day it leaves the next day out ("Montag bis Freitag nicht aber Mittwoch")
_NICHT_ABER = loose_compile(r"nicht\s+(aber|jedoch|allerdings)(?!\w)", re.IGNORECASE)
_NO_FILLERS = loose_compile(
    r"[^\S\n]*(?:(?:eher|wohl|leider|doch|gar|halt|also|dann|geht|passt|klappt|ginge|kann|könnte"
    r"|ich|es|mir|bei|uns|wir)[^\S\n]+){0,3}"
)
_NAMED = {"wd", "date", "ord", "rel"}


def _contrasted(spans: list[tuple[int, int]], groups: list[Group], scan: str) -> set[int]:
    """Starts of the exception words in `spans` that are a day's no before a "but"."""
    out: set[int] = set()
    for s, _ in spans:
        if not _NICHT_ABER.match(scan, s):
            continue
        g = next((g for g in reversed(groups) if g.end <= s), None)
        if (
            g is not None
            and _NO_FILLERS.fullmatch(scan, g.end, s)
            and not any(g.ranges)
            and g.kinds() <= _NAMED
            and _SWEEP.search(scan, max(0, g.start - _SWEEP_REACH), g.start) is None
        ):
            out.add(s)
    return out


def _short_of_next(
    post: re.Match[str] | None,
    at: tuple[Sequence[tuple[int, Group | Atom]], int, Leads, dict[int, int]],
) -> re.Match[str] | None:
    """A refusal after the day of thing `k` of `at`, unless it runs past the word of exception
    that leads the day after it: that no is the exception's."""
    if post is None or post.end() <= _excepts_next_day(*at):
        return post
    return None


def _cue_around(cue_spans: list[tuple[int, int]], pos: int) -> int | None:
    """The start of a cue that runs over `pos` ("my 2pm call" over "2pm")."""
    i = bisect_left(cue_spans, (pos, -1))
    return cue_spans[i - 1][0] if i and cue_spans[i - 1][1] > pos else None


# hours of one list: "before 9:30 or after 2:30", "vor 10 und nach 16 Uhr", "antes de las 10 ni
# después de las 4"
_TIME_LIST = loose_compile(
    r"[^\S\n]*,?[^\S\n]*(?:(?:or|and|nor|ou|et|ni|o|y|oder|und|noch|e)[^\S\n]+)?"
)


_BUT_BEFORE = loose_compile(r"[ \t,]*(?:(?<!\w)(?:but|pero|mais|aber|mas)[ \t,]*)?\Z", re.I)
_BUT_REACH = 12


def _offered_before(scan: str, pos: int, last: Group | None, clause: Boundaries) -> bool:
    """Days are offered before the word of exception at `pos`: every day or any time right
    before it ("any day except"), or a group offered that ends in its clause ("next week apart
    from"; "todas las tardes, de lunes a viernes, de la próxima semana exceptuando el martes me
    sirve": the week that frames the days after a comma)."""
    if _SWEEP.search(scan, max(0, pos - _SWEEP_REACH), pos):
        return True
    # ("any afternoon next week, but not Tuesday, works", "cualquier día, pero nunca el jueves me
    # viene bien": the comma or "but" that opens the word of exception cuts no clause from the
    # days it leaves one out of)
    but = _BUT_BEFORE.search(scan, max(0, pos - _BUT_REACH), pos)
    pos = but.start() if but else pos
    return (
        last is not None
        and not last.negated
        and clause.index(last.atoms[-1].start) == clause.index(max(0, pos - 1))
    )


def _excepts_next_day(
    things: Sequence[tuple[int, Group | Atom]],
    k: int,
    leads: Leads,
    starts_by_end: dict[int, int],
    hours: bool = False,
) -> int:
    """Where the word of exception that leads the day after thing `k` starts ("jeden Vormittag
    nur nicht Mittwoch", "any morning next week not Wednesday"), or the hours after it when
    `hours` ("ab 11 Uhr nur nicht zwischen 14 und 15 Uhr"), or past the text's end."""
    # (past the thing's own hours: "jeden Nachmittag, nicht aber Donnerstag")
    own_end = things[k][1].end
    j = next((j for j in range(k + 1, len(things)) if things[j][0] >= own_end), len(things))
    if j < len(things) and (hours or isinstance(things[j][1], Group)):
        end = leads.leader(things[j][0])
        if end is not None:
            return starts_by_end.get(end, end)
    return len(leads.scan)


def _opens(scan: str, pos: int) -> bool:
    """`pos` opens a sentence: only blanks lie between it and the text's or a sentence's start."""
    while pos > 0 and scan[pos - 1] in " \t":
        pos -= 1
    return pos == 0 or scan[pos - 1] in ".!?\n"


def _cue_after(
    cue_spans: list[tuple[int, int]], pos: int, ceiling: int, clause: Boundaries
) -> int | None:
    """The start of the first cue between `pos` and `ceiling`, in the clause `pos` ends."""
    i = bisect_left(cue_spans, (pos, -1))
    if i < len(cue_spans) and cue_spans[i][0] < ceiling:
        s = cue_spans[i][0]
        return s if clause.index(s) == clause.index(pos - 1) else None
    return None


# at most two words between a reason word and the part of day it gives ("porque en la tarde
# doy clases", "weil ich nachmittags"), or six when they say what fills it ("since I'm
# editing in the afternoons", "car j'ai cours l'après-midi", "porque tengo guardia por la
# tarde"), so long as none of them says yes
_YES_REACH = 60
_REASON_GAP = loose_compile(r"(?:\s+[^\W\d][\w'’-]*){0,6}[\s']*")
_NEAR_GAP = 2


# A part of day the sender works, or spends on a task named by its article: "en la mañana
# trabajo", "mornings I work", "le matin je travaille", "vormittags arbeite ich", "de manhã
# trabalho"; "le matin je fais la tournée", "mornings I do the school run", "vormittags mache
# ich die Runde", "por la mañana hago el reparto", "de manhã faço as entregas" (the article keeps
# out "mornings I do prefer", "le matin je fais comme vous voulez")
_AT_WORK = loose_compile(
    r"[\s,]*(?:i\s+work|i['’]m\s+working|trabajo|estoy\s+trabajando|je\s+travaille"
    r"|(?:arbeite|arbeiten)\s+(?:ich|wir)|ich\s+arbeite|trabalho|estou\s+(?:a\s+trabalhar"
    r"|trabalhando)"
    r"|(?:i|we)\s+(?:do|run)\s+(?:the|my|our|a)"
    r"|(?:je|on|nous)\s+fai(?:s|t|sons)\s+(?:la|le|les|l['’]|mes|mon|ma|nos|notre|des|du|une?)"
    r"|(?:mache|machen)\s+(?:ich|wir)\s+(?:die|den|das|meine[n]?|unsere[n]?|eine[n]?)"
    r"|(?:ich|wir)\s+(?:mache|machen)\s+(?:die|den|das|meine[n]?|unsere[n]?|eine[n]?)"
    r"|(?:hago|hacemos)\s+(?:la|el|los|las|mi|mis|nuestr[oa]s?|una?)"
    r"|(?:faço|fazemos)\s+(?:a|o|as|os|minha|meu|minhas|meus|nossa|nosso|uma?)"
    # (round 37) or has something on: "por la mañana tengo reparto", "in the morning I have
    # deliveries", "le matin j'ai la tournée", "vormittags habe ich Schule", "de manhã tenho
    # entregas"; not time or a gap had ("I have time", "tengo hueco", "j'ai du temps", "habe
    # ich Zeit", "tenho disponibilidade")
    r"|(?:i\s+have|i['’]ve\s+got|tengo|tenemos|j['’]ai|nous\s+avons|(?:habe|haben)\s+(?:ich|wir)"
    r"|ich\s+habe|tenho|temos)\s+(?!(?:(?:some|plenty|lots?|of|a|an|the|more|all|bit|little|also"
    r"|too|still|du|le|des|un|une|peu|de|aussi|encore|algo|mucho|m[aá]s|poco|tambi[eé]n|todav[ií]a"
    r"|noch|etwas|viel|mehr|ein|bisschen|auch|schon|um|uma|mais|muito|pouco|algum|alguma|bastante"
    r"|tamb[eé]m|ainda)\s+){0,4}(?:time|gaps?|windows?|openings?|space|room"
    r"|slots?|availability|free|nothing|tiempo|huecos?|espacio|libre|disponibilidad|nada|temps"
    r"|cr[ée]neaux?|disponibilit[ée]s?|libre|rien|zeit|luft|frei|nichts|tempo|espa[çc]o|folga"
    r"|disponibilidade|livre|vaga|hours?|horas?|heures?|stunden?|minutes|minutos)(?!\w))[\w'’]+)(?!\w)",
    re.IGNORECASE,
)


def _busy_part(time: Atom, others: bool, scan: str, reasons: list[int], clause: Boundaries) -> bool:
    """A part of day told as spent elsewhere beside other hours of its sentence (`others`),
    or given as the reason for another ("mornings ideally, since the afternoons are edit
    sessions"), unless a yes follows it in its clause ("since afternoons suit me better").
    ("El sábado por la mañana estoy en el club igual, así que me sirve": a place alone
    may be where the sender is free.)"""
    if time.spec is None or time.spec.kind != "part":
        return False
    if others and (PLACE.match(scan, time.end) or _AT_WORK.match(scan, time.end)):
        return True
    i = bisect_right(reasons, time.start)
    gap = _REASON_GAP.fullmatch(scan, reasons[i - 1], time.start) if i else None
    if gap is None:
        return False
    c = clause.index(time.start)
    if len(gap[0].split()) > _NEAR_GAP and (
        clause.index(reasons[i - 1] - 1) != c or POSITIVE.search(gap[0]) is not None
    ):
        return False
    end = clause.cuts[c] if c < len(clause.cuts) else len(scan)
    # (a short look keeps the reading linear: the yes follows the part of day closely)
    return POSITIVE.search(scan, time.end, min(end, time.end + _YES_REACH)) is None


# the words of a reason after a wish, up to the part of day it tells is taken
_WISH_REASON_GAP = loose_compile(r"(?:\s+[^\W\d][\w'-]*){0,12}[\s']*")
# how far before a wish the time wished for may end ("mornings, if possible")
_WISH_REACH = 3


def _avoided_part(
    time: Atom, wished: Atom | None, scan: str, hedged: list[tuple[int, int]], clause: Boundaries
) -> bool:
    """A part of day told in the reason after a wish for another time ("mornings if possible -
    I run the shows under the dome in the afternoons", "idéalement avant midi - les après-midi
    je suis en répétition"): the one avoided, unless a yes follows it, whatever fills the reason.
    The time wished must be the one right before, so a dash between two days stays a range."""
    if time.spec is None or time.spec.kind != "part" or wished is None or wished.spec is None:
        return False
    i = bisect_right(hedged, (time.start, time.start))
    if not i:
        return False
    start, end = hedged[i - 1]
    if not start - _WISH_REACH <= wished.end <= end or end > time.start:
        return False
    if _WISH_REASON_GAP.fullmatch(scan, end, time.start) is None:
        return False
    c = clause.index(time.start)
    stop = clause.cuts[c] if c < len(clause.cuts) else len(scan)
    return POSITIVE.search(scan, time.end, min(stop, time.end + _YES_REACH)) is None


# The rest of the day pointed back to past an exception: "any time outside that", "cualquier
# hora fuera de eso", "fora disso", "en dehors de ça", "außerhalb davon", "apart from that"
# (the hours excepted are read, and the words that name the rest explain the offer)
_BESIDES_THAT = loose_compile(
    r"(?<!\w)(?:(?:outside|apart\s+from|aside\s+from|other\s+than|besides)(?:\s+of)?\s+(?:that|this|those)"
    r"|(?:fuera|aparte|además|quitando)\s+de\s+(?:eso|esto|ello)|fora\s+(?:disso|isso|desse\s+horário)"
    r"|(?:à\s+part|en\s+dehors\s+de|hormis)\s+(?:ça|cela)|außerhalb\s+(?:davon|dessen|dieser\s+zeit)"
    r"|abgesehen\s+davon|tirando\s+isso|além\s+disso)(?!\w)",
    re.IGNORECASE,
)
# A cause led right before a refusal word: "until 2 because of the school run", "bis 14 Uhr
# wegen der Kita", "jusqu'à 14h à cause de la crèche", "hasta las 14h por la guardería", "até
# às 14h por causa da creche"
_CAUSE = loose_compile(
    r"(?<!\w)(?:because\s+of|(?:cos|coz|cuz|cause|bc)\s+of|due\s+to|owing\s+to|wegen|wg\.|aufgrund|à\s+cause\s+d[eu]"
    r"|en\s+raison\s+d[eu]|a\s+causa\s+de(?:l)?|debido\s+a(?:l)?|por|por\s+causa\s+d[aeo]s?"
    r"|devido\s+(?:a|à|ao|aos|às))[\s']+(?:(?:the|my|our|der|die|das|dem|des|la|le|les|el|los"
    r"|las|mi|mis|a|o|as|os|meu|minha|ma|mon|mes|meine[mnr]?)[\s']+)?\Z",
    re.IGNORECASE,
)
# (round 46) what the sender leaves by a bound for: "I need to leave at 2 for a dentist
# appointment", "gone by 2 for a hospital appointment" (the errand, no refusal of the hours
# before it)
_LEFT_FOR = loose_compile(
    r"(?<!\w)for[\s']+(?:(?:a|an|the|my|our)[\s']+)?(?:[\w-]+[\s']+)?\Z", re.IGNORECASE
)
# A reason clause after the time: "mornings suit me best as I do the school run from 3", "le
# matin, car j'ai une réunion à 15h", "vormittags, weil ich ab 15 Uhr die Kinder abhole", "por la
# mañana, porque tengo clase desde las 3", "de manhã, já que tenho reunião às 15h": the refusal in
# it says why the time suits, it does not turn the time down
_REASON_CLAUSE = loose_compile(
    r"(?<!\w)(?:(?:because|as|since)\s+(?:i|we)(?!\w)"
    # (the elided "j'" runs into its verb: "car j'ai cours")
    r"|(?:car|parce\s+que|parce\s+qu['’]|puisque|puisqu['’])\s*(?:(?:je|nous|on)(?!\w)|j['’])"
    r"|(?:weil|da|denn)\s+(?:ich|wir)(?!\w)|(?:porque|ya\s+que|já\s+que|visto\s+que|pois)(?!\w)"
    # the place or the work as the subject: "since it gets busy after lunch", "because the shop
    # gets crazy", "car c'est le rush l'après-midi", "weil es nachmittags voll wird" (the
    # Spanish and Portuguese words above take any subject already)
    r"|(?:because|since)\s+(?:it|things|work|the|my|our)(?!\w)"
    r"|(?:car|parce\s+que|parce\s+qu['’])\s*(?:c['’]est|ça|il|elle|le|la|les|l['’]|mon|ma|mes|notre)"
    r"|(?:weil|denn)\s+(?:es|das|der|die|mein|meine|unser|unsere)(?!\w))",
    re.IGNORECASE,
)


# the days just named, named back in the plural
_DAYS_BACK = loose_compile(
    r"(?<!\w)(?:those\s+(?:two\s+)?days|esos\s+(?:dos\s+)?días|ces\s+(?:deux\s+)?jours"
    r"|an\s+(?:diesen|den|beiden)\s+(?:beiden\s+)?tagen|n(?:ess|est|aquel)es\s+(?:dois\s+)?dias)(?!\w)",
    re.IGNORECASE,
)


# a word that says the sender is free: "free", "libre", "dispo", "frei", "livre"
_FREE = loose_compile(
    r"(?<!\w)(?:free|available|libres?|dispo(?:nibles?)?|frei|verfügbar|livres?|disponíve(?:l|is))(?!\w)",
    re.IGNORECASE,
)


# how far after a time its sentence may tell the rest of the time busy
_REST_REACH = 80


def _rest_of_time(time: Atom, scan: str, sentence: Boundaries) -> bool:
    """Busy words after a time are of the rest of the time ("between 12 and 2, I'm on the roofs
    the rest of the time"): they leave the time named free, they do not turn it down."""
    n = sentence.index(time.end)
    stop = sentence.cuts[n] if n < len(sentence.cuts) else len(scan)
    return REST_OF_TIME.search(scan, time.end, min(stop, time.end + _REST_REACH)) is not None


def _free_around(group: Group, scan: str, clause: Boundaries, negative_times: set[int]) -> bool:
    """The hours of days turned down are told free in a clause of their own: "de garde du lundi
    au mercredi, mais libre les après-midi", "Frühdienst Di-Do, ab 15 Uhr frei", "de plantão
    de terça a quinta, livre depois das 14h": the duty is why, the free hours are the offer."""
    if not group.times or any(t.start in negative_times for t in group.times):
        return False
    own = clause.index(group.atoms[-1].end - 1)
    first = clause.index(group.times[0].start)
    if first == own or any(clause.index(t.start) != first for t in group.times):
        return False
    opens = clause.cuts[first - 1]
    closes = clause.cuts[first] if first < len(clause.cuts) else len(scan)
    return _FREE.search(scan, opens, closes) is not None


def _days_named_back(
    groups: list[Group],
    loose: list[Atom],
    times: list[Atom],
    negative_times: set[int],
    back: re.Match[str],
    sentence: Boundaries,
    clause: Boundaries,
) -> bool:
    """Give the hours told with "those days" to the days named last before it; say if it did.

    "late shifts Mon-Wed from 1pm, so available those days before noon", "Frühdienst Mi-Fr bis
    14 Uhr, an diesen Tagen ab 15:30", "turno de tarde de martes a viernes, esos días de 9 a
    11": what the sender is doing on those days (the shift, the class, the school run) is why,
    and the hours named back to them are the offer, so the days keep only those hours."""
    i = bisect_left([g.start for g in groups], back.start()) - 1
    if i < 0:
        return False
    days, frame = groups[i], None
    # "Dienstags habe ich bis 12 Vorlesung, nächste Woche an beiden Tagen also nachmittags",
    # "los martes y jueves tengo clase, la semana que viene esos días desde las 12:30": the
    # week between frames the weekdays named back, as "Tue and Thu next week" would
    if days.kinds() == {"week"}:
        if i == 0 or not groups[i - 1].kinds() <= {"wd"}:
            return False
        days, frame = groups[i - 1], days
    here = sentence.index(back.start())
    # the hours of the shift itself lie in the clauses before ("guardia de miércoles a viernes
    # por la tarde; esos días de 10 a 12")
    c = clause.index(back.start())
    opens = max(days.atoms[-1].end, clause.cuts[c - 1] if c else 0)
    hours = [
        t
        for t in times
        if t.start > opens and sentence.index(t.start) == here and t.start not in negative_times
    ]
    # the hours are those days' only when no other day is named among them
    later = groups[i + 1].start if i + 1 < len(groups) else None
    if not hours or (later is not None and later < hours[-1].start):
        return False
    taken = {t.start for t in hours}
    for g in groups:
        g.times = [t for t in g.times if t.start not in taken]
    loose[:] = [t for t in loose if t.start not in taken]
    days.times = hours
    days.negated = days.dropped = False
    if frame is not None:
        days.atoms += frame.atoms
        days.ranges += [False] * len(frame.atoms)
        groups.remove(frame)
    return True


def _within(times: list[Atom], starts: list[int], pos: int) -> bool:
    """`pos` lies inside one of the time atoms (sorted by `starts`, not overlapping)."""
    i = bisect_right(starts, pos)
    return i > 0 and pos < times[i - 1].end


def _unscoped(
    spans: list[tuple[int, int]],
    used: set[int],
    after: list[tuple[int, int]],
    timed: set[int],
    clause: Boundaries,
) -> list[int]:
    """Where refusal and exception words in a clause that names times (`timed`) turned
    nothing down, apart from those inside a refusal read after a day (`after`, in order).
    A clause without times only explains ("..., I'm at a conference")."""
    starts = [s for s, _ in after]
    # a second refusal word in a clause whose refusal was read ("scheduled an all-hands for
    # Tuesday") belongs to that refusal
    refused = {clause.index(s) for s in used if s >= 0} | {clause.index(s) for s in starts}
    found = []
    for s, e in spans:
        i = bisect_right(starts, s)
        scoped = s in used or (i > 0 and after[i - 1][1] >= e) or clause.index(s) in refused
        if not scoped and clause.index(s) in timed:
            found.append(s)
    return found


# A day said to be like the day before it, right after it ("übermorgen genauso", "friday the
# same", "après-demain pareil", "pasado mañana igual", "sexta a mesma coisa") or right before it
# ("same on Friday", "pareil jeudi", "ídem el jueves", "igual na sexta"): it takes that day's
# hours. Spanish "igual" before a day is "maybe" ("igual el jueves puedo"), so it leads a day
# only with "para" or Portuguese "na".
_LIKEWISE = (
    r"the\s+same|same(?:\s+(?:thing|again))?|likewise|ditto|pareil|idem|ídem|de\s+même|itou"
    r"|genauso|ebenso|gleichfalls|dasselbe|das\s+gleiche|lo\s+mismo|igualmente|o\s+mesmo"
    r"|a\s+mesma\s+coisa|mesma\s+coisa"
)
_LIKEWISE_AFTER = loose_compile(
    r"[^\S\n]*,?[^\S\n]*(?:(?:is|are|will\s+be|would\s+be|ist|wäre|est|c'est|es|está|é|fica)\s+)?"
    rf"(?:{_LIKEWISE}|igual)(?![\w-]|\s+(?:time|hour|heure|horario|horário|hora|uhrzeit|zeit)\b)",
    re.IGNORECASE,
)
_LIKEWISE_BEFORE = loose_compile(
    rf"(?<!\w)(?:(?:{_LIKEWISE})[^\S\n]*(?:(?:on|for|with|pour|le|para|el|am|für|bei|na|no|o|a)"
    r"[^\S\n]+)*|igual[^\S\n]+(?:para[^\S\n]+(?:el|o|a)|na|no|pra)[^\S\n]+)$",
    re.IGNORECASE,
)
_LIKEWISE_REACH = 24


def _likewise(
    groups: list[Group], scan: str, sentence: Boundaries
) -> tuple[list[tuple[int, int]], int]:
    """Days said to be like the day before take its hours, refusals and exceptions with them;
    the words saying so, and how many such days follow a day turned down (like it, refused
    too, or only its hours?)."""
    said: list[tuple[int, int]] = []
    unclear = 0
    for prev, group in pairwise(groups):
        if (
            group.times
            or not prev.times
            or sentence.index(group.start) - sentence.index(prev.end) > 1
        ):
            continue
        word = _LIKEWISE_AFTER.match(scan, group.atoms[-1].end) or _LIKEWISE_BEFORE.search(
            scan, max(prev.end, group.start - _LIKEWISE_REACH), group.start
        )
        if word is None:
            continue
        said.append(word.span())
        if prev.negated:
            unclear += 1
        else:
            group.times.extend(
                t for t in prev.times if t.spec is not None and t.spec.kind != "same"
            )
    return said, unclear


def _asides_kept(
    cuts: list[tuple[int, int]], scan: str, atoms: list[Atom], leaving_out: list[int]
) -> list[tuple[int, int]]:
    """Sentence cuts without the brackets of an aside that names no day or time: "any day but
    Wednesday (board meeting), ideally 11 to 12:30" is one sentence; "(Tue-Thu)" stays apart.
    Nor those of a day that restates the day right before it, whose hours then follow both:
    "pasado mañana (lunes) por la mañana", "tomorrow (Wednesday) afternoon"."""
    if not any(scan[s] == "(" for s, _ in cuts):
        return cuts
    starts = [a.start for a in atoms]
    plain: set[int] = set()
    opened: int | None = None
    # (a face inside the aside is part of it: "quarta não dá (prova de cálculo 😩), quinta e
    # sexta o dia todo")
    faces: list[int] = []
    for s, _ in cuts:
        if scan[s] == "(":
            opened, faces = s, []
        elif scan[s] == ")" and opened is not None:
            first, last = bisect_left(starts, opened), bisect_left(starts, s)
            if (
                first == last
                or _restated(atoms, first, last, scan, opened, s)
                or _hours_left_out(atoms, first, last, scan, opened, leaving_out)
                or _part_told(atoms, first, last, scan, opened, s)
            ):
                plain |= {opened, s, *faces}
            opened = None
        elif opened is not None and _FACE.match(scan, s):
            faces.append(s)
        else:
            opened = None
    return [c for c in cuts if c[0] not in plain]


_BLANK = loose_compile(r"[^\S\n]*")
_FACE = loose_compile(FACE)


def _hours_left_out(
    atoms: list[Atom], first: int, last: int, scan: str, opened: int, leaving_out: list[int]
) -> bool:
    """The brackets leave hours out of the day on their line: "Thu the 9th: after 2:30 (but
    not 3:30-4)", "jeudi : après 14h (sauf 15h-16h)" (apart, the hours left out would read as
    every day's). Hours in brackets with no such word are a reason ("(je finis à 15 h 30)")."""
    word = bisect_right(leaving_out, opened)
    if not first or word == len(leaving_out) or leaving_out[word] >= atoms[first].start:
        return False
    line = scan.rfind("\n", 0, opened) + 1
    on_line = bisect_left(atoms, line, hi=first, key=lambda a: a.start)
    return any(a.kind == "day" for a in atoms[on_line:first]) and all(
        a.kind == "time" for a in atoms[first:last]
    )


# blanks, and a line wrapped between the part of day and its bracket
_WRAPPED = loose_compile(r"[^\S\n]*\n?[^\S\n]*")
# how far before a part of day a word excepting it is looked for ("außer in der Mittagspause")
_EXCEPT_REACH = 16
# what may close the hours alone in brackets: "(14-16 Uhr)", "(9h-11h)"
_HOURS_CLOSE = loose_compile(r"[^\S\n]*(?:uhr|hrs|horas|heures)?[^\S\n]*", re.IGNORECASE)


def _part_told(
    atoms: list[Atom], first: int, last: int, scan: str, opened: int, closed: int
) -> bool:
    """The brackets hold nothing but the hours of the part of day right before them:
    "Wednesday afternoon (2-4)", "über Mittag (12-13.30)", "jeudi matin (9h-11h)" (a reason or
    a refusal in them, "(I'm busy 2-3)", stays apart; so do hours that only restate the part,
    "am Vormittag (9-12 Uhr)", and those of a part excepted, "außer in der Mittagspause (12-13
    Uhr)", which the aside reads as well)."""
    if last - first != 1 or not first:
        return False
    before, inside = atoms[first - 1], atoms[first]
    return (
        before.spec is not None
        and before.spec.kind == "part"
        and inside.spec is not None
        and inside.spec.kind == "range"
        and (inside.spec.start, inside.spec.end) != (before.spec.start, before.spec.end)
        and EXCEPT.search(scan, max(0, before.start - _EXCEPT_REACH), before.start) is None
        and _WRAPPED.fullmatch(scan, before.end, opened) is not None
        and _BLANK.fullmatch(scan, opened + 1, inside.start) is not None
        and _HOURS_CLOSE.fullmatch(scan, inside.end, closed) is not None
    )


def _restated(
    atoms: list[Atom], first: int, last: int, scan: str, opened: int, closed: int
) -> bool:
    """The brackets from `opened` to `closed` hold one day alone (atoms[first]), right after
    another day."""
    if (
        last - first != 1
        or not first
        or atoms[first].kind != "day"
        or atoms[first - 1].kind != "day"
    ):
        return False
    inside = atoms[first]
    return bool(
        _BLANK.fullmatch(scan, atoms[first - 1].end, opened)
        and _BLANK.fullmatch(scan, opened + 1, inside.start)
        and _BLANK.fullmatch(scan, inside.end, closed)
    )


# What may open a row of a per-day list before its day: blanks and a bullet
_ROW_OPENING = loose_compile(r"[^\S\n]*(?:[-–—•*·▪>][^\S\n]*)?")
_WORD = loose_compile(r"(?<!\w)\w")


# (round 38) a comma between a row's day and its hours, and the colon of the entry after them:
# "mar. 4 nov., 10h – 12h: Non"
_ROW_COMMA = loose_compile(r"[^\S\n]*,[^\S\n]*")
_ROW_MARK = loose_compile(r"[^\S\n]*:")


def _row_hours(group: Group, scan: str) -> bool:
    """The group heads a row of a list, its hours after a comma and its mark after a colon
    ("Tue 12/8, 10am – 12pm: unavailable", "Di, 8.12., 10-12 Uhr: belegt", "martes 8, de 10 a
    12: ocupado"): one entry, whose mark is the whole row's, not the hours' alone."""
    line = scan.rfind("\n", 0, group.start) + 1
    return (
        bool(group.times)
        and _ROW_OPENING.fullmatch(scan, line, group.start) is not None
        and _ROW_COMMA.fullmatch(scan, group.atoms[-1].end, group.times[0].start) is not None
        and "\n" not in scan[group.start : group.end]
        and _ROW_MARK.match(scan, group.end) is not None
    )


def _refused_rows(
    groups: list[Group], times: list[Atom], scan: str, negatives: list[tuple[int, int]]
) -> list[int]:
    """In a per-day list (two rows or more that open with their day), a row with no hours
    whose entry holds a refusal turns its day down, the reason told first or not ("jeudi 14 :
    en visite à la mine, pas disponible", "Do leider gar nicht"); the starts of those refusals.
    Only a row's one day is read so: "Thursday works, not Friday" names two."""
    rows: list[tuple[Group, int]] = []
    restated: dict[int, list[Group]] = {}
    for i, g in enumerate(groups):
        line = scan.rfind("\n", 0, g.start) + 1
        end = scan.find("\n", g.start)
        end = len(scan) if end < 0 else end
        if not _ROW_OPENING.fullmatch(scan, line, g.start):
            continue
        j = i + 1
        while j < len(groups) and groups[j].start < end:
            j += 1
        asides = [h for h in groups[i + 1 : j] if _restates_row_day(g, h, scan)]
        if len(asides) == j - i - 1:
            rows.append((g, end))
            restated[id(g)] = asides
    if len(rows) < 2:
        return []
    negative_starts = [s for s, _ in negatives]
    time_starts = [t.start for t in times]
    used = []
    for g, end in rows:
        on_row = times[bisect_left(time_starts, g.start) : bisect_left(time_starts, end)]
        # (a whole day in the entry is the refusal's: "Thu: at the plant all day, not available")
        if g.negated or any(not _whole_day(t) for t in on_row):
            for aside in restated[id(g)] if g.negated else ():
                aside.negated, aside.dropped = True, False
            continue
        day_end = g.atoms[-1].end
        k = bisect_left(negative_starts, day_end)
        said = negative_starts[k] if k < len(negative_starts) and negative_starts[k] < end else None
        # a refusal that is the entry's verb or its one word: "no estoy disponible", "sind wir
        # beim Kunden", "Jeu 17 : pris toute la journée" (read up to the whole day it refuses)
        entry = on_row[0].start if on_row else end
        starts = [day_end] + [m.start() for m in _WORD.finditer(scan, day_end, entry)]
        if said is None:
            said = next((at for at in starts if post_negative(scan).match(scan, at, entry)), None)
        if said is None and (no := _ENTRY_NO.match(scan, day_end, entry)):
            said = no.start("no")
        if said is None:
            said = _event_entry(scan, day_end, end, on_row)
        if said is not None:
            for refused in (g, *restated[id(g)]):
                refused.negated, refused.dropped = True, False
            used.append(said)
    return used


def _restates_row_day(row: Group, aside: Group, scan: str) -> bool:
    """(round 38) A day in brackets on a list's row that names the row's own weekday again, as
    a holiday's name does ("lundi 20 : férié (Lundi du Jeûne)", "Mon 7: closed (Easter
    Monday)", "lunes 7: festivo (lunes de Pascua)", "seg 7: feriado (segunda de Carnaval)"):
    it is the row's day, refused with it, no other day on the row."""
    weekdays = {a.day.weekday for a in row.atoms if a.day is not None}
    return (
        scan.rfind("(", row.end, aside.start) > scan.rfind(")", row.end, aside.start)
        and not aside.times
        and all(
            a.day is not None and a.day.weekday in weekdays and not a.day.day for a in aside.atoms
        )
    )


# A list entry that opens by saying no, whatever it says after ("Martes 23: no está
# disponible", "Tue - not around", "Mi: nicht im Haus", "mardi : il n'est pas là", "Ter: não
# vai dar"): a few words of subject or verb may come first, never a clause of their own.
_ENTRY_NO = loose_compile(
    # (Portuguese "no" before a noun of time is "in the": "no horário que preferir", "no período")
    r"[^\S\n]*[:\-–—][^\S\n]*(?:[^\W\d]+[^\S\n]+){0,2}?(?P<no>(?:no(?!\s+(?:hor[áa]rios?|per[íi]odo"
    r"|decorrer|dia|fim|final|in[íi]cio|come[çc]o|meio)(?!\w))|not|nicht|kein\w*|nein|pas"
    r"|n[ãa]o|non|nope|nada|nothing|nichts|rien|nenhum\w*|ning[uú]n\w*|n['’]\w+[^\S\n]+pas)(?!\w))",
    re.IGNORECASE,
)


# What an entry of a list of free times says when it offers its day in words: free, open,
# whenever, the whole day, the same as the day before, working from home.
_ENTRY_YES = loose_compile(
    r"(?<!\w)(?:whole|entire|full\s+day|all\s+day|journée|ganzt\w+|ganzen\s+tag|todo\s+el\s+d[ií]a"
    r"|d[ií]a\s+(?:entero|completo|todo|inteiro)|free|available|avail|open|ok|okay|fine|good|great|works?|flex\w*|any\s*time"
    r"|whenever|yes|possible|same|ditto|idem|home|remote|libre|dispo\w*|disponible|ouvert|oui"
    r"|pareil|quand\s+vous\s+(?:voulez|le\s+souhaitez)|télétravail|frei|verfügbar|möglich|offen"
    r"|geht|passt|klappt|ja|gerne?|jederzeit|beliebig|wie\s+\w+|gleich|homeoffice|livre"
    r"|disponível|dá|pode|sim|aberto|quando\s+quiser|à\s+vontade|mesmo|igual|remoto|sí|si"
    r"|vale|bien|cuando\s+quieras?|teletrabajo|puedo|posso|peux|kann|can|perfe[ck]t\w*|parfait"
    r"|ideal"
    # any hour of it, no limit on it: "à toute heure", "à n'importe quelle heure", "a cualquier
    # hora", "em qualquer horário", "sin restricción de horario", "sem restrição", "ohne
    # Einschränkung", "no restrictions", "durchgehend", "unrestricted", "whatever suits"
    r"|toute\s+heure|n['’]importe|tout\s+moment|cualquier\w*|qualquer|toda\s+hora|any(?:thing|how)?"
    r"|(?:no|sin|sans|ohne|sem|without)\s+(?:\w+\s+)?(?:restri\w+|einschränk\w*|limit\w*|contrainte\w*"
    r"|constraint\w*|preferen\w*|préféren\w*)|unrestricted|unlimited|durchgehend|uneingeschränkt"
    r"|egal|whatever|n['’]importe\s+quand|cuando\s+sea|quando\s+for|wann\s+immer|clear"
    # the hour left to the other side: "at your convenience", "a hora que for melhor pra você",
    # "à l'heure qui vous convient", "cuando más le convenga"
    r"|convenien\w*|convenance|conveni[êe]ncia|conviene\w*|convenga\w*|convier\w*"
    r"|for\s+melhor|(?:vous|te)\s+convien\w*|le\s+mieux|am\s+besten|(?:pra|para)\s+(?:você|vc|ti)"
    # the hour of the other side's choosing, whatever its noun: "au créneau de votre choix", "at
    # a slot of your choice", "zur Uhrzeit Ihrer Wahl", "a la hora de tu elección", "no horário
    # de sua escolha"; "zu jeder beliebigen Zeit"
    r"|(?:of|de)\s+(?:votre|ton|ta|your|tu|su|sua|tua)\s+(?:choix|choice|choosing|elecci[óo]n"
    r"|escolha|preferencia|preferência)|(?:ihrer|deiner|eurer)\s+wahl|beliebig\w*)"
    r"(?!\w)",
    re.IGNORECASE,
)
# Words of degree or filler an entry wraps its hours in, which say nothing of their own:
# "fully flexible", "totalement libre", "völlig frei", "totalmente flexible", "bem livre"
_ENTRY_DEGREE = loose_compile(
    r"(?<!\w)(?:fully|totally|completely|entirely|wholly|quite|pretty|very|really|absolutely"
    r"|basically|pretty\s+much|mostly|wide|totalement|complètement|entièrement|tout\s+à\s+fait"
    r"|très|plutôt|assez|völlig|vollkommen|komplett|ganz|voll|sehr|eigentlich|ziemlich|totalmente"
    r"|completamente|enteramente|bastante|muy|realmente|inteiramente|muito|bem|super"
    # (and the word that spreads a whole day over its hours: "über den ganzen Tag", "throughout
    # the day", "durant toute la journée", "durante todo el día", "ao longo do dia")
    r"|über|throughout|during|durant|pendant|durante|ao\s+longo\s+d[oa]|a\s+lo\s+largo\s+del?)(?!\w)",
    re.IGNORECASE,
)
_ENTRY_SEP = loose_compile(r"[^\S\n]*[:\-–—|][^\S\n]*")


def _event_entry(scan: str, day_end: int, end: int, on_row: list[Atom]) -> int | None:
    """Where an entry of a per-day list names what fills its day, with no hours and no word of
    offering: "Tue 8: quarterly review", "mardi 8 : déplacement à Lyon", "Di: Klausurtagung",
    "Martes 8: viaje a Lima", "Ter 8: reunião de diretoria o dia todo". Such a day is taken."""
    sep = _ENTRY_SEP.match(scan, day_end, end)
    if sep is None:
        return None
    words = list(scan[sep.end() : end])
    for t in on_row:
        words[t.start - sep.end() : t.end - sep.end()] = " " * (t.end - t.start)
    entry = _ENTRY_DEGREE.sub(lambda m: " " * len(m.group()), "".join(words))
    if _ENTRY_YES.search(entry):
        return None
    word = _WORD.search(entry)
    return sep.end() + word.start() if word else None


# what may stand between a refusal and the days it turns down: "I'm out on Monday", "bin ich
# am Montag", "estoy fuera el lunes", "je suis absent le lundi", "estou fora na segunda"
_TO_DAY = loose_compile(r"[^\S\n]*(?:(?:on|the|am|el|los|le|les|na|no|às|as|os)[^\S\n]+)?")


_UNTIL = loose_compile(r"(?<!\w)(?:until|till|til|through|thru|bis|jusqu|hasta|até)(?!\w)", re.I)
_PLACE_REACH = 64  # "je suis en formation à Lyon du lundi au mercredi": a place, a party between


def _refusal_of_next(
    span: tuple[int, int],
    later: object,
    scan: str,
    clause: Boundaries,
    negatives: list[tuple[int, int]],
) -> bool:
    """The days named after a refusal that follows a week, in its clause ("Next week I'm out
    Monday and Tuesday", "La semaine prochaine je suis en formation à Lyon du lundi au
    mercredi"), or inside it ("bin ich Montag und Dienstag auf Dienstreise"): the refusal is
    those days', and the week frames them ("Next week I'm away except Monday" leaves the day
    out of the refusal)."""
    if not isinstance(later, Group):
        return False
    start, end = span
    if start < later.start < end or _TO_DAY.fullmatch(scan, end, later.start) is not None:
        return True
    # (the days are refused only where a refusal word leads them: "tenho formação de terça a
    # quinta" has none, and the week stays refused)
    return (
        later.start - end <= _PLACE_REACH
        and clause.index(later.start) == clause.index(end - 1)
        and _cue_before(negatives, later.start, start, clause) is not None
        and EXCEPT.search(scan, end, later.start) is None
        # ("esta semana tengo exámenes hasta el jueves": the day the week's refusal runs to)
        and _UNTIL.search(scan, end, later.start) is None
        and not any(c.isdigit() for c in scan[end : later.start])
    )


def _bound_refused_parts(
    groups: list[Group],
    loose: list[Atom],
    times: list[Atom],
    negative_times: set[int],
    sentence: Boundaries,
) -> None:
    """ "I do the school run every morning, so nothing before 9:30", "nachmittags hole ich die
    Kinder ab, also nichts nach 15 Uhr": a bound set inside a part of day refused just before it,
    in its sentence, is how far the refusal reaches; the bound takes the part's place."""
    for p, q in pairwise(times):
        if (
            p.spec is None
            or q.spec is None
            or p.spec.kind != "part"
            or q.spec.kind not in ("after", "before")
            or p.start not in negative_times
            or q.start in negative_times
            or not p.spec.start < q.spec.start < p.spec.end
            or sentence.index(p.start) != sentence.index(q.start)
        ):
            continue
        owner = next((g.times for g in groups if p in g.times), loose)
        # (a bound of another day's, as the next row of a list gives it, is that day's own)
        if q not in owner and q not in loose:
            continue
        negative_times.discard(p.start)
        owner.remove(p)
        if q in loose:
            loose.remove(q)
            owner.append(q)
            owner.sort(key=lambda t: t.start)


# A no to everything before a day, right before the day: "nothing before the 14th", "rien de
# possible avant le 14", "nichts vor dem 14.", "nada antes del 14", "nada antes do dia 14"; and
# (round 49) the day after which the sender is away, strictly after: "After the 18th he's
# travelling until February", "nach dem 18. bin ich verreist", "après le 18 je suis en congé",
# "después del 18 estoy de viaje", "depois do dia 18 estou fora" (not "a partir del 18")
_DAY_BOUND_LEAD = loose_compile(
    r"(?<!\w)(?:(?P<before>(?:not|nothing|rien|pas|nicht|nichts|nada|no|não|nao)"
    r"(?:\s+[\w'’]+){0,2}?\s+(?:before|avant|vor|antes))"
    r"|(?P<after>after|nach|après|apres|después\s+del?|despues\s+del?|depois\s+d[eo]))"
    r"(?:\s+(?:the|le|dem|del|de|do|da|dia|el|o))*\s*\Z",
    re.IGNORECASE,
)
_DAY_BOUND_REACH = 48


def _bound_lead(g: Group, scan: str) -> str | None:
    """ "before" or "after" where a bound of the days leads `g`, None where none does."""
    led = _DAY_BOUND_LEAD.search(scan, max(0, g.start - _DAY_BOUND_REACH), g.start)
    return None if led is None else led.lastgroup


def _bounds_only(groups: list[Group], scan: str) -> None:
    """ "Rien avant le 16 ... je peux le mardi 17 ou le jeudi 19", "nothing before the 14th; I
    can do Tuesday the 15th": the day nothing may come before only bounds the days offered after
    it; it is no offer of its own (said alone, it is read as before). A day refused after
    "after" is where the stretch refused starts from, and stands itself (round 49)."""
    offered_after = False
    for g in reversed(groups):
        if (
            g.negated
            and len(g.atoms) == 1
            and not g.times
            and g.kinds() <= {"ord", "date", "num"}
            and _bound_lead(g, scan) == "after"
        ):
            g.negated, g.dropped = False, True
        elif offered_after and not (g.times or g.negated) and _bound_lead(g, scan) == "before":
            g.dropped = True
        offered_after = offered_after or not (g.negated or g.dropped)


def _whole_day(time: Atom) -> bool:
    spec = time.spec
    return spec is not None and spec.kind == "part" and (spec.start, spec.end) == PARTS["any"]


def read(text: str) -> tuple[Reading, str, Boundaries]:
    scan = masked(text)
    atoms = lex(scan)
    cue = cues(scan)
    # "or if that's no good, Friday at half ten": what was just offered refused in a condition
    # is no refusal, and what follows is the fallback, offered
    fallbacks = [
        (s, e)
        for kind in ("negative", "except", "retro")
        for s, e in cue[kind]
        if _FALLBACK.search(scan, max(0, s - _CONDITION_REACH), s)
    ]
    for kind in ("negative", "except", "retro"):
        cue[kind] = [span for span in cue[kind] if span not in fallbacks]
    clause = Boundaries(cue["clause"], atoms, scan)
    leaving_out = sorted(s for s, _ in cue["except"] + cue["negative"])
    sentence = Boundaries(_asides_kept(cue["sentence"], scan, atoms, leaving_out), atoms, scan)
    zone_sentence = Boundaries(cue["zone_sentence"], atoms)
    times = [a for a in atoms if a.kind == "time"]
    positive_at, post_negative_at = MatchesAt(POSITIVE, scan), MatchesAt(post_negative(scan), scan)
    ruled_out_at = MatchesAt(RULED_OUT, scan)
    cue["except"] = _short_of_atoms(cue["except"], atoms, scan)
    days = [a for a in atoms if a.kind == "day"]

    def grouped_days() -> list[Group]:
        return _groups(
            days, times, scan, positive_at, post_negative_at, {e: s for s, e in cue["except"]}
        )

    groups = grouped_days()
    contrasts = _contrasted(cue["except"], groups, scan)
    if contrasts:
        cue["except"] = [span for span in cue["except"] if span[0] not in contrasts]
        # (and the clause after the no opens on its "aber")
        cue["clause"] = [
            (m.start(1), e) if s in contrasts and (m := _NICHT_ABER.match(scan, s)) else (s, e)
            for s, e in cue["clause"]
        ]
        clause = Boundaries(cue["clause"], atoms, scan)
        groups = grouped_days()
    exceptions = [e for s, e in cue["except"]]
    sweeping = [e for s, e in cue["sweeping_except"]]
    anaphors = [s for s, _ in cue["anaphor"]]
    reasons = [e for _, e in cue["reason"]]
    leads_exception, leads_sweeping = Leads(exceptions, scan), Leads(sweeping, scan)
    busy_at = sorted(s for s, _ in cue["negative"])
    loose, apart, unsure = _bind_times(
        groups,
        times,
        scan,
        sentence,
        anaphors,
        Leads(exceptions + sweeping, scan),
        (busy_at, _reason_starts(scan, cue["reason"])),
    )
    negative_times: set[int] = set()
    due = deadline_days(scan, groups, sentence)
    # every group or time is read against the cues since the previous group or time
    things = sorted(
        [(g.start, g) for g in groups] + [(t.start, t) for t in times], key=lambda x: x[0]
    )
    floor = 0
    refusing: Group | None = None  # the last group a refusal led, while its list goes on
    last: Group | None = None  # the group read before this one
    refused: Group | None = None  # the last group, when a refusal word turned it down
    used: set[int] = set()  # starts of the refusal and exception words that led something
    after: list[tuple[int, int]] = []  # refusals read after a day ("Friday I'm out")
    hours_refused: list[int] = []  # refusal words that turned a time down
    causes: list[tuple[int, int]] = []  # words giving the cause of a bound on hours
    floors: dict[int, int] = {}  # the floor each time was read against, by its start
    starts_by_end = {e: s for s, e in cue["except"] + cue["sweeping_except"]}
    # ("any afternoon, bar Thursday": both cues may end on one word, and both are used)
    starts_at: dict[int, list[int]] = {}
    for s, e in cue["except"] + cue["sweeping_except"]:
        starts_at.setdefault(e, []).append(s)
    negative_ends = dict(cue["negative"])
    time_index = {t.start: i for i, t in enumerate(times)}
    for k, (start, thing) in enumerate(things):
        next_start = things[k + 1][0] if k + 1 < len(things) else len(scan)
        exception = leads_exception.leader(start)
        sweeping_end = leads_sweeping.leader(start)
        is_exception, is_sweeping = exception is not None, sweeping_end is not None
        negative = _cue_before(cue["negative"], start, floor, clause)
        if negative is None and isinstance(thing, Group):
            negative = _period_restated(cue["negative"], thing, floor, clause, scan)
            # ("Do und Fr auf Dienstreise in Polen, Mo bis Mi passt": an absence already told
            # of the days before it restates none after the comma)
            if negative is not None and any(s <= negative[0] < e for s, e in after):
                negative = None
        used.update(s for e in (exception, sweeping_end) if e is not None for s in starts_at[e])
        if negative is not None:
            used.add(negative[0])
        if isinstance(thing, Group):
            # ("I land at 11 on Thursday": the cue before the time that leads the day)
            lead = min((t.start for t in thing.times if t.start < start), default=start)
            # (round 40) "ignore what she sent on Monday": the refusal is of the note, and the
            # day is when it was sent
            sent = SENT_ON.search(scan, max(floor, lead - _SENT_REACH), lead) is not None
            if sent:
                negative = None
            neutral = (
                sent
                or _cue_before(cue["neutral"], lead, floors.get(lead, floor), clause)
                or POST_NEUTRAL.match(scan, thing.end)
                or start in due
                or _date_told(thing, things[k + 1][1] if k + 1 < len(things) else None, scan)
            )
            # "I can't come in before the 14th", "je ne pourrai pas venir avant le 15": the
            # refusal is of the days before the bound, never of the day that ends it
            if negative is not None and _BEFORE_BOUND.search(scan, max(floor, start - 25), start):
                negative, neutral = None, True
            last_day = thing.atoms[-1].end
            # ("jeden Tag der nächsten Woche nicht aber Dienstag": the no that opens the
            # exception of the day right after is that day's, not the week's; so is one reached
            # over the day's own words: "Montag bis Freitag leider nicht aber Mittwoch")
            post = _short_of_next(
                post_negative_at(last_day) or ruled_out_at(last_day),
                (things, k, leads_exception, starts_by_end),
            )
            # "Montag und Dienstag sind wir nächste Woche beim Kunden": the refusal told after
            # the days may hold the week that frames them
            week_last = thing.atoms[-1].day
            if post is None and len(thing.atoms) > 1 and week_last and week_last.kind == "week":
                held = post_negative_at(thing.atoms[-2].end)
                post = held if held is not None and held.end() > last_day else None
            # "Friday morning I'm out" refuses the day with its hours; "next week, mornings;
            # afternoons I have meetings" only the hours in the clause of their own
            if (
                post is None
                and thing.end != last_day
                and (
                    clause.index(thing.end - 1) == clause.index(last_day - 1)
                    or _row_hours(thing, scan)
                )
            ):
                # (nor the day's own hours': "jeden Nachmittag, nicht aber Donnerstag"; the state
                # read after a bare day is read after its part of day too, "Thursday afternoon
                # I'm working", "quinta à tarde estou de plantão", but not after hours that
                # bound it: "Donnerstag bis 13 Uhr im OP, danach frei" leaves the rest free)
                parts = all(t.spec and t.spec.kind == "part" for t in thing.times)
                post = _short_of_next(
                    post_negative_at(thing.end) or (ruled_out_at(thing.end) if parts else None),
                    (things, k, leads_exception, starts_by_end),
                )
            if post is not None and post.start() > last_day:
                # hours carried from a later sentence are refused on their own: "any day next
                # week. After 4 I can't, though." turns down the hours after 4, not the days
                post = post if sentence.index(post.start()) == sentence.index(last_day) else None
            # "Nächste Woche geht vormittags leider nicht", "bin ich nachmittags verhindert": a
            # time inside the refusal is what it turns down, not the day
            inside = [t for t in thing.times if post and post.start() < t.start < post.end()]
            if post is not None and inside:
                negative_times.update(t.start for t in inside)
                hours_refused.append(post.start())
                post = None
            # "Next week I'm out Monday and Tuesday": days named right after the refusal are
            # what it turns down, and the week frames them
            if (
                post is not None
                and thing.kinds() == {"week"}
                and _refusal_of_next(
                    post.span(),
                    things[k + 1][1] if k + 1 < len(things) else None,
                    scan,
                    clause,
                    cue["negative"],
                )
            ):
                post = None
            # "please move it to Friday morning, she has an appointment": the state told after
            # the day a move goes to is why it moves, no refusal of that day
            if post is not None and _MOVED_TO.search(scan, max(0, start - _MOVED_REACH), start):
                post = None
            positive = positive_at(thing.end)
            # "Esta semana hago turno de mañana y no puedo salir", "This week I'm on earlies and
            # can't get away": a refusal later in the clause of a week, before anything else is
            # named, turns the week down (one right after it is read above: "Next week I'm out
            # Monday and Tuesday" turns down the days it frames)
            later = (
                _cue_after(cue["negative"], thing.end, next_start, clause)
                if post_negative_at(last_day) is None
                and not negative
                and not positive
                and thing.kinds() == {"week"}
                else None
            )
            if later is not None and _refusal_of_next(
                (later, negative_ends[later]),
                things[k + 1][1] if k + 1 < len(things) else None,
                scan,
                clause,
                cue["negative"],
            ):
                later = None
            if later is not None:
                used.add(later)
            if post:
                after.append((post.start(), post.end()))
            # "can't do Mon at 3, Tue at 4": a refusal covers the whole list it governs
            # ("Tirando terça de manhã, semana que vem estou livre": a week after the named
            # days refused frames them, it does not go on their list)
            listed = (
                refusing is not None
                and not _is_week_after(thing)
                and _CONNECT.fullmatch(scan, refusing.end, start)
                and sentence.index(refusing.atoms[-1].start) == sentence.index(start)
                and not (thing.kinds() == {"week"} != refusing.kinds())
            )
            # the day of such a condition is neither offered nor refused
            conditional = bool(negative or post) and bool(
                _CONDITION.search(scan, max(0, start - _CONDITION_REACH), start)
            )
            if conditional:
                negative = post = None
            # "Cette semaine c'est compliqué, sauf jeudi après 15h": the exception to a refusal
            # just read in its sentence is the time left open
            turned = (
                is_exception
                and last is not None
                and last is refused
                and sentence.index(last.start) == sentence.index(start)
                and exception is not None
                and _BARE_NO.fullmatch(scan, starts_by_end[exception], exception) is None
            )
            # (with no comma before the exception, the refusal's word stands in its clause: "this
            # week is a write-off apart from Friday morning" refuses the week, not Friday)
            if (
                turned
                and negative is not None
                and exception is not None
                and negative[0] < starts_by_end[exception]
            ):
                negative = None
            # "except Monday, and Friday only until noon", "sauf vendredi où seul le matin est
            # possible": a day narrowed is offered, not listed or left out
            narrowed = (
                ONLY.search(scan, last_day, thing.end) or OWN_HOURS.match(scan, last_day)
                if thing.times
                else None
            )
            # (a list left out with one day of it narrowed is a doubt: see `resolve._unplaced`)
            alone = narrowed and len(thing.atoms) == 1
            # "Except Thursday, I'm free any afternoon": a yes after the comma is the sentence's
            # ("Außer Montag passt mir jeder Nachmittag": so is the verb after an opening one)
            opening = exception is not None and _opens(scan, starts_by_end[exception])
            # ("Any day next week apart from Thursday works": the days offered before the word
            # of exception own the yes)
            whole = exception is not None and _offered_before(
                scan, starts_by_end[exception], last, clause
            )
            own_yes = (
                positive is not None and "," not in positive.group() and not opening and not whole
            )
            thing.negated = bool(
                (is_exception and not own_yes and not turned and not alone)
                or is_sweeping
                or negative
                or post
                or later is not None
            )
            # (the yes may follow the days before their hours: "Mon to Wed works, preferably
            # afternoons")
            thing.negated = thing.negated or bool(
                listed and not positive and not positive_at(last_day) and not narrowed
            )
            # "on holiday next week (18 to 22)": an aside that restates refused days
            aside = _ASIDE.search(scan, max(floor, start - 2), start)
            thing.negated = thing.negated or bool(aside and last is not None and last.negated)
            included = _INCLUDED.search(scan, max(floor, start - _INCLUDED_REACH), start)
            thing.negated = thing.negated or bool(
                included
                and last is not None
                and last.negated
                and sentence.index(last.start) == sentence.index(start)
            )
            # "I'll come back by Monday with times for the week after": the promise covers
            # every day of its clause
            promised = (
                last is not None
                and last.dropped
                and not (last.times or thing.times)
                and clause.index(last.start) == clause.index(start)
                and not positive
            )
            thing.dropped = bool(neutral or promised or conditional) and not thing.negated
            refusing = thing if thing.negated and not post else None
            refused = thing if negative or post or later is not None else None
            last = thing
            floor = thing.atoms[-1].end
        else:
            # "mornings are taken": a refusal after a time turns that time down
            post_time = post_negative_at(thing.end)
            # ("jeden Vormittag bloß nicht Donnerstag": the no that opens the exception of the
            # day right after the time is that day's, not the time's)
            led = _excepts_next_day(things, k, leads_exception, starts_by_end, hours=True)
            if post_time and post_time.end() > led:
                post_time = None
            # (round 49) nor one over a clause's cut that names hours of its own there: "Thursday
            # morning, I fly to Bilbao in the afternoon" refuses the afternoon alone
            over = (
                post_time is not None
                and clause.index(post_time.end() - 1) != clause.index(start)
                and next_start < len(scan)
                and clause.index(next_start) == clause.index(post_time.end() - 1)
            )
            if over:
                post_time = None
            if post_time:
                after.append((post_time.start(), post_time.end()))
            # "Wednesday and Thursday: afternoons no good, mornings work": a refusal later in
            # the time's own clause, before anything else is named, turns that time down
            # ("after my 2pm call": a refusal around the time is its own too)
            told = _cue_after(cue["negative"], thing.end, min(next_start, led), clause)
            if told is not None:
                used.add(told)
                # "only until 2 because of the school run": the cause of the bound, not a no
                cause = _CAUSE.search(scan, thing.end, told)
                if cause is None and thing.spec is not None and thing.spec.kind == "before":
                    cause = _LEFT_FOR.search(scan, thing.end, told)
                if cause is not None:
                    causes.append(cause.span())
                    told = None
                # (the refusal may open on the reason's own subject: "since I teach")
                elif (
                    reason := _REASON_CLAUSE.search(scan, thing.end, negative_ends[told])
                ) is not None and reason.start() < told:
                    told = None
            # "please move it to Friday afternoon, she's busy on Wednesday": the state told
            # after the hours a move goes to is why it moves, as after its day, no refusal
            # (a move asked for, not one told done of something else: "the inspection has been
            # moved to tomorrow morning and I have to be on site")
            lead = last.start if last is not None and k and things[k - 1][1] is last else start
            moved = _MOVED_TO.search(scan, max(0, lead - _MOVED_REACH), lead)
            if moved is not None and not _DONE_MOVE.match(moved.group()):
                post_time = None
            told = _cue_around(cue["negative"], start) if told is None else told
            if told is not None:
                used.add(told)
            i = time_index[start]
            near = [times[j] for j in (i - 1, i + 1) if 0 <= j < len(times)]
            others = any(sentence.index(t.start) == sentence.index(start) for t in near)
            busy = not over and (
                _busy_part(thing, others, scan, reasons, clause)
                or _avoided_part(
                    thing, times[i - 1] if i else None, scan, cue["hedged_reason"], clause
                )
                or _free_after(thing, scan, clause)
            )
            # "I can't do anything before 9:30 or after 2:30": a refusal covers the list of hours
            # it leads, unless one of them is said to suit
            listed_time = (
                k > 0
                and isinstance(things[k - 1][1], Atom)
                and things[k - 1][0] in negative_times
                and _TIME_LIST.fullmatch(scan, things[k - 1][1].end, start) is not None
                and not positive_at(thing.end)
            )
            # ("entre midi et deux, je suis sur les toits le reste du temps": the busy words
            # are of every hour but the ones named, which are the offer)
            spent = bool(post_time or told or busy) and not _rest_of_time(thing, scan, sentence)
            if is_exception or is_sweeping or negative or spent or listed_time:
                negative_times.add(start)
            refusal = negative[0] if negative else post_time.start() if post_time else told
            refusal = thing.end if refusal is None and busy else refusal
            # "libre todo el día, salvo de 12 a 13 que tengo una comida", "except 12 to 1 when
            # I have a lunch": the hours excepted are what the busy words after them take
            if refusal is None and exception is not None:
                refusal = starts_by_end[exception]
            if refusal is not None:
                hours_refused.append(refusal)
            floors[start] = floor
            floor = thing.end
    _bound_refused_parts(groups, loose, times, negative_times, sentence)
    used.update(_refused_rows(groups, times, scan, cue["negative"]))
    # "so that one's out" turns down the last day named before it in its sentence
    group_starts = [g.start for g in groups]
    for s, _ in cue["retro"]:
        i = bisect_right(group_starts, s) - 1
        if i >= 0 and sentence.index(groups[i].start) == sentence.index(s):
            groups[i].negated, groups[i].dropped = True, False
            used.add(s)
    for s, _ in cue["plural_retro"]:
        before = groups[: bisect_right(group_starts, s)]
        here = [g for g in before if sentence.index(g.start) == sentence.index(s)]
        # ("La semana que viene tengo exámenes el lunes y el martes, así que esos dos días no
        # puedo": the week frames the days named back, it is not one of them)
        if any(g.kinds() != {"week"} for g in here):
            here = [g for g in here if g.kinds() != {"week"}]
        for g in here:
            g.negated, g.dropped = True, False
        if here:
            used.add(s)
            # what fills the days named back ("tengo turno de noche … así que esos dos días no
            # puedo") is why they are refused: those words are read with the refusal
            used.update(n for n, _ in cue["negative"] if here[0].start < n < s)
    for g in groups:
        if g.negated and _free_around(g, scan, clause, negative_times):
            g.negated = False
    _bounds_only(groups, scan)
    likewise, unclear = _likewise(groups, scan, sentence)
    zones = _zones(atoms, zone_sentence, scan)
    timed = {clause.index(start) for start, _ in things}
    # a refusal word inside a time ("nicht vor 10 Uhr") is read by the time itself
    time_starts = [t.start for t in times]
    free = [
        (s, e) for s, e in cue["negative"] + cue["except"] if not _within(times, time_starts, s)
    ]
    refusals_unscoped = _unscoped(free, used, after, timed, clause)
    unscoped = 0
    # "on late shifts Mon-Wed, so mornings on those days", "turno de tarde de lunes a
    # miércoles. Podría esos días entre las 9 y las 11": hours named back to the days of a
    # roster (the hours left around the shift, or the shift's own? those days, or the week?)
    first_day = groups[0].start if groups else len(scan)
    back = _DAYS_BACK.search(scan, first_day)
    if back is not None and not _days_named_back(
        groups, loose, times, negative_times, back, sentence, clause
    ):
        unscoped += any(sentence.index(t.start) == sentence.index(back.start()) for t in times)
    # "My flight lands at 11 on Thursday, so that afternoon works": a day left unoffered whose
    # hours go on in another clause (which of them are offered?)
    unscoped += sum(
        g.dropped and any(clause.index(t.start) != clause.index(g.start) for t in g.times)
        for g in groups
    )
    # "Tue and Thu: mornings yes. Wednesday is the other way round": hours swapped, not read
    unscoped += sum(bool(groups) and groups[0].start < s for s, _ in cue["inverse"])
    unscoped += unclear + unsure
    spans = (
        [(a.start, a.end) for a in atoms]
        + causes
        + fallbacks
        + likewise
        + _betweens(groups, scan)
        + except_asides(text)
    )
    if cue["except"]:
        spans += [m.span() for m in _BESIDES_THAT.finditer(scan)]
    for kind in (
        "except",
        "sweeping_except",
        "negative",
        "neutral",
        "anaphor",
        "retro",
        "plural_retro",
    ):
        spans += cue[kind]
    reading = Reading(
        groups,
        loose,
        negative_times,
        zones,
        unscoped,
        spans,
        clause.cuts,
        hours_refused,
        refusals_unscoped,
        [(t.start, t.end) for t in apart],
    )
    return reading, scan, sentence


loosen(globals())
