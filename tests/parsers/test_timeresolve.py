"""Tests for the deterministic time resolver (parsers.time.resolve)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from agent.errors import InputError
from parsers.model import Window
from parsers.time.resolve import mentions, resolve

NY, LA, LON, BER = "America/New_York", "America/Los_Angeles", "Europe/London", "Europe/Berlin"
# Monday 30 November 2026, 08:00 in New York: before any window of the day.
MON = datetime(2026, 11, 30, 8, 0, tzinfo=ZoneInfo(NY))


def at(zone: str, when: str) -> datetime:
    return datetime.fromisoformat(when).replace(tzinfo=ZoneInfo(zone))


def w(zone: str, day: str, start: str, end: str) -> Window:
    return Window(at(zone, f"{day} {start}"), at(zone, f"{day} {end}"))


def days(zone: str, dates: list[str], start: str = "09:00", end: str = "17:00") -> list[Window]:
    return [w(zone, d, start, end) for d in dates]


CASES: list[tuple[str, datetime, str, list[Window]]] = [
    # days
    ("tomorrow morning", MON, NY, [w(NY, "2026-12-01", "09:00", "12:00")]),
    ("the day after tomorrow", MON, NY, days(NY, ["2026-12-02"])),
    ("Tuesday", MON, NY, days(NY, ["2026-12-01"])),
    ("on Mon", MON, NY, days(NY, ["2026-12-07"])),
    ("next Tuesday", MON, NY, days(NY, ["2026-12-08"])),
    ("this week", MON, NY, days(NY, ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"])),
    ("later this week", MON, NY, days(NY, ["2026-12-03", "2026-12-04"])),
    ("early next week", MON, NY, days(NY, ["2026-12-07", "2026-12-08"])),
    ("later next week", MON, NY, days(NY, ["2026-12-10", "2026-12-11"])),
    ("Dec 3", MON, NY, days(NY, ["2026-12-03"])),
    ("3 December", MON, LON, days(LON, ["2026-12-03"])),
    ("December 3rd", MON, NY, days(NY, ["2026-12-03"])),
    ("the 3rd", MON, NY, days(NY, ["2026-12-03"])),
    ("12/3", MON, NY, days(NY, ["2026-12-03"])),
    ("12/3", MON, LON, days(LON, ["2027-03-12"])),
    ("Mon 12/7", MON, NY, days(NY, ["2026-12-07"])),
    ("Jan 5", at(NY, "2026-12-20 10:00"), NY, days(NY, ["2027-01-05"])),
    ("Monday to Wednesday", MON, NY, days(NY, ["2026-12-07", "2026-12-08", "2026-12-09"])),
    ("Tue-Thu", MON, NY, days(NY, ["2026-12-01", "2026-12-02", "2026-12-03"])),
    (
        "Friday to Monday",
        MON,
        NY,
        days(NY, ["2026-12-04", "2026-12-07"]),
    ),
    ("Friday to Sunday", MON, NY, days(NY, ["2026-12-04", "2026-12-05", "2026-12-06"])),
    # hours
    ("Friday afternoon", MON, NY, [w(NY, "2026-12-04", "12:00", "17:00")]),
    ("Friday late afternoon", MON, NY, [w(NY, "2026-12-04", "15:00", "17:00")]),
    ("Friday lunchtime", MON, NY, [w(NY, "2026-12-04", "12:00", "13:00")]),
    ("Friday evening", MON, NY, [w(NY, "2026-12-04", "17:00", "20:00")]),
    ("Friday after 3", MON, NY, [w(NY, "2026-12-04", "15:00", "17:00")]),
    ("Friday from 6 onwards", MON, NY, [w(NY, "2026-12-04", "18:00", "20:00")]),
    ("Friday before 11", MON, NY, [w(NY, "2026-12-04", "09:00", "11:00")]),
    ("Friday between 10 and 2", MON, NY, [w(NY, "2026-12-04", "10:00", "14:00")]),
    ("Friday 11-1", MON, NY, [w(NY, "2026-12-04", "11:00", "13:00")]),
    ("Friday 10 to 12", MON, NY, [w(NY, "2026-12-04", "10:00", "12:00")]),
    ("Friday at 10.30", MON, NY, [w(NY, "2026-12-04", "10:30", "11:30")]),
    ("Friday 2 pm", MON, NY, [w(NY, "2026-12-04", "14:00", "15:00")]),
    ("Friday 14:00", MON, NY, [w(NY, "2026-12-04", "14:00", "15:00")]),
    ("noon on Friday", MON, NY, [w(NY, "2026-12-04", "12:00", "13:00")]),
    ("Friday, any time", MON, NY, days(NY, ["2026-12-04"])),
    ("Tuesday Dec 1 after 2pm ET", MON, LON, [w(NY, "2026-12-01", "14:00", "17:00")]),
    # lists, exceptions, refusals
    (
        "Tuesday or Thursday afternoon",
        MON,
        NY,
        [w(NY, "2026-12-01", "12:00", "17:00"), w(NY, "2026-12-03", "12:00", "17:00")],
    ),
    (
        "Mon, Wed and Fri after 3",
        MON,
        NY,
        days(NY, ["2026-12-02", "2026-12-04", "2026-12-07"], "15:00"),
    ),
    (
        "next week except Wednesday",
        MON,
        NY,
        days(NY, ["2026-12-07", "2026-12-08", "2026-12-10", "2026-12-11"]),
    ),
    (
        "any day next week but Thursday",
        MON,
        NY,
        days(NY, ["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-11"]),
    ),
    (
        "next week, not Friday morning",
        MON,
        NY,
        [
            *days(NY, ["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10"]),
            w(NY, "2026-12-11", "12:00", "17:00"),
        ],
    ),
    (
        "Tuesday but not between 12 and 1",
        MON,
        NY,
        [w(NY, "2026-12-01", "09:00", "12:00"), w(NY, "2026-12-01", "13:00", "17:00")],
    ),
    (
        "I can't do Monday, but Tuesday at 10 works",
        MON,
        NY,
        [w(NY, "2026-12-01", "10:00", "11:00")],
    ),
    ("I'm busy Tuesday, Wednesday is fine", MON, NY, days(NY, ["2026-12-02"])),
    ("I'm out until the 9th", MON, NY, []),
    ("unavailable Wed", MON, NY, []),
    ("Tue-Thu works (driving on Wed)", MON, NY, days(NY, ["2026-12-01", "2026-12-03"])),
    ("can't do Mon at 3, Tue at 4", MON, NY, []),
    ("I can't do Mon, Tue or Wed", MON, NY, []),
    ("can't do Mon at 3, Tue at 4 works", MON, NY, [w(NY, "2026-12-01", "16:00", "17:00")]),
    (
        "I can't do Monday, Tuesday 2-4 would be great",
        MON,
        NY,
        [w(NY, "2026-12-01", "14:00", "16:00")],
    ),
    ("This week I'm slammed", MON, NY, []),
    ("esta semana estoy cubriendo a un compañero", MON, NY, []),
    ("cette semaine je suis pris", MON, BER, []),
    ("diese Woche bin ich ausgebucht", MON, BER, []),
    ("esta semana estou ocupado", MON, "America/Sao_Paulo", []),
    # a time before a list of days, and hours listed before a day
    (
        "after 2pm on Mon or Tue",
        MON,
        NY,
        [w(NY, "2026-12-01", "14:00", "17:00"), w(NY, "2026-12-07", "14:00", "17:00")],
    ),
    (
        "before 11 on the 9th, or the 10th at lunchtime",
        MON,
        NY,
        [w(NY, "2026-12-09", "09:00", "11:00"), w(NY, "2026-12-10", "12:00", "13:00")],
    ),
    (
        "at 10 or 2 on Wednesday",
        MON,
        NY,
        [w(NY, "2026-12-02", "10:00", "11:00"), w(NY, "2026-12-02", "14:00", "15:00")],
    ),
    ("10 or 11am Friday", MON, NY, [w(NY, "2026-12-04", "10:00", "12:00")]),
    (
        "11 or 2pm on Friday",
        MON,
        NY,
        [w(NY, "2026-12-04", "11:00", "12:00"), w(NY, "2026-12-04", "14:00", "15:00")],
    ),
    ("2, 3 or 4 tomorrow", MON, NY, [w(NY, "2026-12-01", "14:00", "17:00")]),
    # not offers
    ("I'll confirm tomorrow.", MON, NY, []),
    ("Tomorrow I'll confirm.", MON, NY, []),
    ("Te lo confirmaré mañana.", MON, "America/Mexico_City", []),
    ("I'll let you know by Friday", MON, NY, []),
    ("the call last Tuesday went well", MON, NY, []),
    ("I start my new job on the 9th", MON, NY, []),
    ("Call me on +1 212 555 0143", MON, NY, []),
    ("The range is $120k, 3 rounds, 2 interviews, v2.3.1", MON, NY, []),
    ("within 24 hours, a 30-minute call, 45 min max", MON, NY, []),
    ("I'll send new times tomorrow", MON, NY, []),
    # clipping to the message time
    ("free today until 4", at(NY, "2026-11-30 10:40"), NY, [w(NY, "2026-11-30", "11:00", "16:00")]),
    ("this afternoon", at(NY, "2026-11-30 13:30"), NY, [w(NY, "2026-11-30", "13:30", "17:00")]),
    ("today 1-3", at(NY, "2026-11-30 16:10"), NY, []),
    # zones, DST and rollover
    ("Monday 9-11", at(NY, "2027-03-12 12:00"), NY, [w(NY, "2027-03-15", "09:00", "11:00")]),
    (
        "Thursday 9:30-11 ET",
        at("Asia/Kolkata", "2027-01-19 11:15"),
        "Asia/Kolkata",
        [w(NY, "2027-01-21", "09:30", "11:00")],
    ),
    (
        "Monday 9-10am PT or Tuesday 3-4pm UK time",
        MON,
        NY,
        [w(LON, "2026-12-01", "15:00", "16:00"), w(LA, "2026-12-07", "09:00", "10:00")],
    ),
    (
        "Wednesday 10am EST",
        at(NY, "2027-07-05 09:00"),
        LON,
        [w(NY, "2027-07-07", "10:00", "11:00")],
    ),
    (
        "Friday 4pm AEDT",
        MON,
        "Australia/Sydney",
        [w("Australia/Sydney", "2026-12-04", "16:00", "17:00")],
    ),
    # other languages
    (
        "el viernes de 9 a 11",
        MON,
        "America/Chicago",
        [w("America/Chicago", "2026-12-04", "09:00", "11:00")],
    ),
    (
        "El jueves imposible, el lunes a cualquier hora",
        MON,
        "America/Chicago",
        days("America/Chicago", ["2026-12-07"]),
    ),
    ("mardi à partir de 14h", MON, BER, [w(BER, "2026-12-01", "14:00", "17:00")]),
    (
        "lundi matin, ou mercredi 15h30",
        MON,
        BER,
        [w(BER, "2026-12-02", "15:30", "16:30"), w(BER, "2026-12-07", "09:00", "12:00")],
    ),
    (
        "Montag zwischen 10 und 12 Uhr",
        at(BER, "2027-03-25 14:00"),
        BER,
        [w(BER, "2027-03-29", "10:00", "12:00")],
    ),
    (
        "am Donnerstag ab 14:00 Uhr, Freitag geht leider nicht",
        MON,
        BER,
        [w(BER, "2026-12-03", "14:00", "17:00")],
    ),
    (
        "na quinta-feira das 15h30 às 17h",
        MON,
        "America/Sao_Paulo",
        [w("America/Sao_Paulo", "2026-12-03", "15:30", "17:00")],
    ),
    ("amanhã à tarde", MON, "Europe/Lisbon", [w("Europe/Lisbon", "2026-12-01", "12:00", "17:00")]),
    # a part of day as the bound of "after"/"before"
    ("Friday, any time after lunch", MON, NY, [w(NY, "2026-12-04", "13:00", "17:00")]),
    ("Friday before lunch", MON, NY, [w(NY, "2026-12-04", "09:00", "12:00")]),
    ("Friday after hours", MON, NY, [w(NY, "2026-12-04", "17:00", "20:00")]),
    # exceptions: a whole day out, a bare "but" after a sweeping phrase, a "but" that contrasts
    (
        "Any day next week except Wednesday, mornings preferred.",
        MON,
        NY,
        days(NY, ["2026-12-07", "2026-12-08", "2026-12-10", "2026-12-11"], "09:00", "12:00"),
    ),
    (
        "Next week any weekday but Friday is fine.",
        MON,
        NY,
        days(NY, ["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10"]),
    ),
    ("Busy Thursday but Friday is fine.", MON, NY, days(NY, ["2026-12-04"])),
    ("Friday's fine.", MON, NY, days(NY, ["2026-12-04"])),
    # a week phrase framing the days before it
    (
        "Mon–Wed next week 2-5pm works for me.",
        MON,
        NY,
        days(NY, ["2026-12-07", "2026-12-08", "2026-12-09"], "14:00", "17:00"),
    ),
    (
        "Thursday or Friday afternoon this week works.",
        MON,
        NY,
        days(NY, ["2026-12-03", "2026-12-04"], "12:00", "17:00"),
    ),
    # clock times said in words or roughly, dates listed by ordinal, zones before "or later"
    ("Friday at half past two", MON, NY, [w(NY, "2026-12-04", "14:30", "15:30")]),
    ("Friday at quarter to 8", MON, NY, [w(NY, "2026-12-04", "07:45", "08:45")]),
    ("Friday, three o'clock", MON, NY, [w(NY, "2026-12-04", "15:00", "16:00")]),
    ("Let's say 10ish on Friday.", MON, NY, [w(NY, "2026-12-04", "10:00", "11:00")]),
    (
        "free on the 10th and 11th after 11am",
        MON,
        NY,
        days(NY, ["2026-12-10", "2026-12-11"], "11:00", "17:00"),
    ),
    ("Friday 6pm IST or later", MON, NY, [w("Asia/Kolkata", "2026-12-04", "18:00", "20:00")]),
    ("Tuesday at 10am Berlin time", MON, NY, [w(BER, "2026-12-01", "10:00", "11:00")]),
]


@pytest.mark.parametrize(("phrase", "now", "zone", "expected"), CASES)
def test_resolve(phrase: str, now: datetime, zone: str, expected: list[Window]) -> None:
    """Each phrase resolves to exactly the windows of the EXTRACTION.md conventions."""
    actual = resolve(phrase, now=now, zone=zone, duration_minutes=60)
    assert [(x.start, x.end) for x in expected] == [(x.start, x.end) for x in actual]


def test_windows_keep_the_zone_they_were_read_in() -> None:
    """A time written in ET stays a New York datetime, with the DST offset of its date."""
    [window] = resolve(
        "Monday 9-10 ET", now=at(NY, "2027-03-12 12:00"), zone="Asia/Kolkata", duration_minutes=60
    )
    assert (
        str(window.start.tzinfo),
        window.start.isoformat()[-6:],
    ) == ("America/New_York", "-04:00")


def test_eu_dst_week_offsets() -> None:
    """Windows either side of the EU clock change carry +01:00 and +02:00."""
    got = resolve(
        "Friday and Monday at 10", now=at(BER, "2027-03-24 09:00"), zone=BER, duration_minutes=60
    )
    assert [x.start.isoformat()[-6:] for x in got] == ["+01:00", "+02:00"]


def test_single_time_uses_duration() -> None:
    """A single time lasts the interview's duration."""
    [window] = resolve("Friday at 3pm", now=MON, zone=NY, duration_minutes=45)
    assert w(NY, "2026-12-04", "15:00", "15:45") == window


def test_mentions_flag_refusals_and_hours() -> None:
    """Mentions report refused days as negated and say whether an hour was given."""
    found = mentions(
        "I can't do Monday, but Tuesday at 10 works", now=MON, zone=NY, duration_minutes=60
    )
    assert [(m.negated, m.has_time) for m in found] == [(True, False), (False, True)]


def test_mention_spans_point_into_the_text() -> None:
    """A mention's span covers its phrase in the original text."""
    text = "Could we do Friday afternoon?"
    [found] = mentions(text, now=MON, zone=NY, duration_minutes=60)
    assert text[found.span[0] : found.span[1]] == "Friday afternoon"


def test_mentions_keep_a_dayless_time_for_matching() -> None:
    """'The 3pm one' names no day: it is that hour on each of the next fourteen days."""
    [found] = mentions("The 3pm one suits me best", now=MON, zone=NY, duration_minutes=60)
    assert (14, True, w(NY, "2026-11-30", "15:00", "16:00")) == (
        len(found.windows),
        found.has_time,
        found.windows[0],
    )


def test_away_until_is_a_negated_mention() -> None:
    """'Out until the 9th' is a refusal in mentions and offers nothing."""
    found = mentions("I'm out until the 9th", now=MON, zone=NY, duration_minutes=60)
    assert [m.negated for m in found] == [True]


def test_naive_now_is_rejected() -> None:
    """A naive `now` is an input error, never silently read as local time."""
    with pytest.raises(InputError):
        resolve("Friday", now=datetime(2026, 11, 30, 8, 0), zone=NY, duration_minutes=60)  # noqa: DTZ001


def test_unknown_zone_is_rejected() -> None:
    """An unknown IANA zone name is an input error."""
    with pytest.raises(InputError):
        resolve("Friday", now=MON, zone="Mars/Olympus", duration_minutes=60)


def test_out_of_office_dates_offer_nothing() -> None:
    """An out-of-office span written with month names is a refusal, not a window."""
    text = "I am out of the office from 23 December until Monday 4 January."
    now = at(LON, "2026-12-23 08:00")
    offered = resolve(text, now=now, zone=LON, duration_minutes=60)
    refused = [m.negated for m in mentions(text, now=now, zone=LON, duration_minutes=60)]
    expected: tuple[list[Window], list[bool]] = ([], [True])
    assert expected == (offered, refused)


def test_bare_hours_listed_before_a_day_each_last_the_duration() -> None:
    """'2 or 3 on Tuesday' is 14:00 and 15:00 on Tuesday, each for duration_minutes."""
    found = mentions("I can do 2 or 3 on Tuesday", now=MON, zone=NY, duration_minutes=30)
    assert [(m.negated, m.has_time, m.windows) for m in found] == [
        (
            False,
            True,
            (w(NY, "2026-12-01", "14:00", "14:30"), w(NY, "2026-12-01", "15:00", "15:30")),
        )
    ]


def test_a_list_of_counts_is_not_hours() -> None:
    """'1 or 3 are both fine' with no 'at', day or am/pm names no time."""
    assert (
        mentions("1 or 3 are both fine, 2 doesn't work", now=MON, zone=NY, duration_minutes=60)
        == []
    )
