"""Calendar arithmetic for the time resolver: day phrases to dates, spans to windows."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from parsers.model import Window
from parsers.time.lex import DayRef, TimeSpec

DAY_START, DAY_END, EVENING_END = 9 * 60, 17 * 60, 20 * 60
_MAX_RANGE_DAYS = 62


# --- days ---


def next_weekday(after: date, weekday: int, strictly: bool = True) -> date:
    delta = (weekday - after.weekday()) % 7
    return after + timedelta(days=delta or (7 if strictly else 0))


def first_date(today: date, month: int, day: int, year: int) -> date | None:
    for y in [year] if year else [today.year, today.year + 1]:
        try:
            found = date(y, month, day)
        except ValueError:
            continue
        if year or found >= today:
            return found
    return None


# "Monday the 21st" is looked for in the months that hold the next two such day numbers: a
# weekday that fits neither is a slip of the writer's, read by its number (and doubted), never
# the same pair many months away ("Wed 4" is not Wednesday 4 August next year)
_ORDINAL_MONTHS = 2


def first_day_of_month(today: date, day: int, weekday: int) -> date | None:
    candidates: list[date] = []
    y, m = today.year, today.month
    while len(candidates) < _ORDINAL_MONTHS and y <= today.year + 1:
        try:
            found = date(y, m, day)
        except ValueError:
            found = None
        if found is not None and found >= today:
            candidates.append(found)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    matching = [d for d in candidates if d.weekday() == weekday]
    picks = matching or candidates
    return picks[0] if picks else None


def numbered_monday(today: date, number: int) -> date | None:
    """The Monday of the week of that number as calendars count them (ISO 8601), the first
    such week not yet over: "KW 7" said in December is next year's."""
    year = today.isocalendar().year
    for y in (year, year + 1):
        # (a year has 52 weeks or 53: "week 53" of one that has not is no week at all)
        if number <= date(y, 12, 28).isocalendar().week:
            monday = date.fromisocalendar(y, number, 1)
            if monday + timedelta(4) >= today:
                return monday
    return None


def week_days(today: date, which: str, part: str, number: int = 0) -> list[date]:
    """The days of a week phrase; `number` is the week's own number when `which` is "num"."""
    monday = today - timedelta(days=today.weekday())
    if which == "num":
        numbered = numbered_monday(today, number)
        if numbered is None:
            return []
        monday, which = numbered, "this"
    weeks = {
        "this": [monday],
        "next": [monday + timedelta(7)],
        "then": [monday + timedelta(7)],  # with no day named before it: next week
        "that": [monday],  # with no day named before it: this week
        "both": [monday, monday + timedelta(7)],
        "after": [monday + timedelta(14)],
    }
    picks = {"rest": range(5), "all": range(5), "early": (0, 1), "late": (3, 4)}[part]
    days = [m + timedelta(i) for m in weeks[which] for i in picks]
    return [d for d in days if d > today]


def dates_of(ref: DayRef, today: date, americas: bool, week_monday: date | None) -> list[date]:
    """The dates one day phrase names (a week phrase names several)."""
    if ref.kind == "wd":
        # ("Training Tues-Thurs this week, then Monday morning", said on a Monday: a weekday
        # of the week framing it that is already gone is the next one)
        if (
            week_monday is not None
            and ref.mod != "next"
            and week_monday + timedelta(ref.weekday) > today
        ):
            return [week_monday + timedelta(ref.weekday)]
        if ref.mod == "next":
            monday = today - timedelta(days=today.weekday()) + timedelta(7)
            return [monday + timedelta(ref.weekday)]
        return [next_weekday(today, ref.weekday)]
    if ref.kind == "rel":
        return [today + timedelta(ref.offset)]
    if ref.kind == "week":
        return week_days(today, ref.which, ref.part, ref.day)
    if ref.kind == "date":
        found = first_date(today, ref.month, ref.day, ref.year)
    elif ref.kind == "num":
        found = _numeric_date(ref, today, americas)
    elif ref.kind == "ord":
        found = first_day_of_month(today, ref.day, ref.weekday)
    else:
        found = None
    return [found] if found is not None else []


def _numeric_date(ref: DayRef, today: date, americas: bool) -> date | None:
    """ "12/3" is month/day in the Americas and day/month elsewhere, unless only the other order
    is a date ("26/04") or agrees with the weekday written with it ("terça 8/12" in São Paulo,
    where Portuguese, Spanish and French writers put the day first)."""
    orders = [(ref.day, ref.month), (ref.month, ref.day)]
    found = [
        d
        for month, day in (orders if americas else orders[::-1])
        if 1 <= month <= 12 and (d := first_date(today, month, day, ref.year)) is not None
    ]
    # (when both orders fall on that weekday, the nearer date is the one a reply means)
    agreeing = sorted(d for d in found if d.weekday() == ref.weekday)
    return (agreeing or found)[0] if found else None


def span_days(first: date, last: date, named_weekend: bool) -> list[date]:
    days = [first + timedelta(i) for i in range(min((last - first).days, _MAX_RANGE_DAYS) + 1)]
    return [d for d in days if named_weekend or d.weekday() < 5]


# --- hours ---


def minutes_of(spec: TimeSpec, duration: int) -> tuple[int, int] | None:
    if spec.kind in ("range", "part"):
        start, end = spec.start, spec.end
    elif spec.kind == "after":
        start = spec.start
        end = (
            DAY_END if start < DAY_END else EVENING_END if start < EVENING_END else start + duration
        )
    elif spec.kind == "before":
        start, end = DAY_START, spec.start
    else:
        start, end = spec.start, spec.start + duration
    return (start, end) if start < end else None


# a reply's hours with no day of their own are laid on each day of a fortnight: most repeat
@lru_cache(maxsize=4096)
def window_on(day: date, span: tuple[int, int], tz: ZoneInfo) -> Window:
    midnight = datetime(day.year, day.month, day.day, tzinfo=tz)
    # aware + timedelta keeps wall-clock time, so zoneinfo picks the right offset each side
    return Window(midnight + timedelta(minutes=span[0]), midnight + timedelta(minutes=span[1]))


# --- window arithmetic ---


def merge(windows: list[Window]) -> list[Window]:
    out: list[Window] = []
    for w in sorted(windows, key=lambda w: (w.start, w.end)):
        if out and w.start <= out[-1].end:
            if w.end > out[-1].end:
                out[-1] = Window(out[-1].start, w.end.astimezone(out[-1].start.tzinfo))
        else:
            out.append(w)
    return out


def subtract(windows: list[Window], holes: list[Window]) -> list[Window]:
    for hole in merge(holes):
        kept: list[Window] = []
        for w in windows:
            if hole.end <= w.start or hole.start >= w.end:
                kept.append(w)
                continue
            if w.start < hole.start:
                kept.append(Window(w.start, hole.start.astimezone(w.start.tzinfo)))
            if hole.end < w.end:
                kept.append(Window(hole.end.astimezone(w.start.tzinfo), w.end))
        windows = kept
    return windows


def reoffered(refused: list[Window], offered: list[Window]) -> list[Window]:
    """`refused` without the whole working days that `offered`, told after them, names again:
    "tous les jours sauf le jeudi, donc l'après-midi à partir de 16h ou le jeudi quand vous
    voulez" takes Thursday back. A refusal of some hours only ("not Thursday morning, Thursday
    is fine otherwise") still stands."""
    days = {w.start.date() for w in offered}

    def whole(w: Window) -> bool:
        start, end = w.start.hour * 60 + w.start.minute, w.end.hour * 60 + w.end.minute
        return start <= DAY_START and (end >= DAY_END or w.end.date() > w.start.date())

    return [w for w in refused if not (w.start.date() in days and whole(w))]


def clip(windows: list[Window], now: datetime) -> list[Window]:
    out: list[Window] = []
    for w in windows:
        if w.end <= now:
            continue
        start = w.start
        if start < now:
            local = now.astimezone(w.start.tzinfo)
            floor = local.replace(minute=0, second=0, microsecond=0)
            halves = math.ceil((local - floor).total_seconds() / 1800)
            start = floor + timedelta(minutes=30 * halves)
            start = start.astimezone(w.start.tzinfo)
        if start < w.end:
            out.append(Window(start, w.end))
    return out
