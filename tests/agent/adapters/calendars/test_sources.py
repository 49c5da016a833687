"""Tests for the ROUNDS_CALENDARS file and the FreeBusy port built from it (Calendars, Union)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from agent.adapters.calendars.bookings import BookingsCalendar
from agent.adapters.calendars.combined import Union
from agent.adapters.calendars.dav import DavCalendar
from agent.adapters.calendars.gcal import GoogleCalendar
from agent.adapters.calendars.sources import Readers, calendar_freebusy, load_calendars
from agent.core.clients import read_book
from agent.errors import CalendarError, ConfigError
from parsers.model import Window
from tests.agent.core.test_freebusy import END, START, utc
from tests.radicale import Radicale


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "calendars.toml"
    path.write_text(text, encoding="utf-8")
    return path


FILE = """
[people]
"Dana@Acme.com" = "caldav:https://dav.acme.example/dana/work/"
"lee@acme.com" = { calendar = "google:lee@acme.com", zone = "Europe/London" }

[domains]
"initech.com" = "caldav:https://dav.initech.example/{local}/calendar/"
"globex.com" = "google"

[caldav]
username = "rounds"
password = "dav-Secret-1"

[google]
token_command = "echo token"
"""


def test_people_then_domains_decide_whose_calendar_is_where(tmp_path: Path) -> None:
    """A person's own entry wins; a domain entry fills in their address; others have none."""
    readers = Readers(load_calendars(write(tmp_path, FILE)), "America/New_York")
    dana = readers("dana@acme.com")
    assert isinstance(dana, DavCalendar) and dana.url == "https://dav.acme.example/dana/work/"
    peter = readers("Peter@initech.com")
    assert isinstance(peter, DavCalendar)
    assert peter.url == "https://dav.initech.example/peter/calendar/"
    bill = readers("bill@globex.com")
    assert isinstance(bill, GoogleCalendar) and bill.email == "bill@globex.com"
    assert readers("someone@elsewhere.com") is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('[people]\n"a@b.com" = "outlook:a@b.com"\n', "people.a@b.com"),
        ('[people]\n"a@b.com" = "caldav:dav.example/a"\n', "people.a@b.com"),
        ('[people]\n"a@b.com" = { calendar = "caldav:https://x/", zone = "Mars/Base" }\n', "zone"),
        ("[caldav]\nusername = 1\npasword = 'x'\n", "caldav"),
        ('[people]\n"a@b.com" = "google:a@b.com"\n', "[google]"),
        ('[people]\n"a@b.com" = "microsoft:a@b.com"\n', "[microsoft]"),
        ('[domains]\n"b.com" = "bookings:hiring@b.onmicrosoft.com"\n', "[microsoft]"),
        ('[domains]\n"b.com" = "bookings"\n', "domains.b.com"),
        ("people = [", "not valid TOML"),
    ],
)
def test_bad_file_is_a_config_error_naming_the_place(tmp_path: Path, text: str, named: str) -> None:
    """Every mistake is a ConfigError naming the file and where in it."""
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_calendars(path)
    assert named in str(caught.value)
    assert str(path) in str(caught.value)


def test_error_never_echoes_a_password(tmp_path: Path) -> None:
    """A mistyped password value is named by key, not printed."""
    path = write(tmp_path, '[caldav]\npassword = ["Leaky-Secret-9"]\n')
    with pytest.raises(ConfigError) as caught:
        load_calendars(path)
    assert "Leaky-Secret-9" not in str(caught.value)


class Static:
    """A FreeBusy that knows fixed busy windows (our own bookings, say)."""

    def __init__(self, known: dict[str, tuple[Window, ...]]) -> None:
        self.known = known

    async def busy(
        self, emails: Sequence[str], start: datetime, end: datetime
    ) -> dict[str, tuple[Window, ...]]:
        return {e: self.known[e] for e in emails if e in self.known}


async def test_calendars_read_known_skip_unknown_and_leave_out_unreachable(
    radicale: Radicale, tmp_path: Path
) -> None:
    """Radicale's calendar is read; an address without a calendar and one whose server is
    down are both absent (unknown, not free); a union adds our own bookings."""
    name = f"panel-{uuid.uuid4().hex[:8]}"
    radicale.calendar(name).add_event(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:x\r\n"
        "DTSTAMP:20270301T000000Z\r\nDTSTART:20270315T140000Z\r\nDTEND:20270315T150000Z\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    path = write(
        tmp_path,
        f'[people]\n"dana@acme.com" = "caldav:{radicale.calendar_url(name)}"\n'
        '"gone@acme.com" = "caldav:http://127.0.0.1:9/gone/"\n'
        f'[caldav]\nusername = "{radicale.user}"\npassword = "{radicale.password}"\n',
    )
    calendars = calendar_freebusy(path, "UTC")
    assert calendars is not None
    asked = ["Dana@acme.com", "gone@acme.com", "nobody@acme.com"]
    assert await calendars.busy(asked, START, END) == {
        "dana@acme.com": (Window(utc(15, 14), utc(15, 15)),)
    }
    ours = Static({"dana@acme.com": (Window(utc(15, 15), utc(15, 16)),)})
    assert await Union([calendars, ours]).busy(asked, START, END) == {
        "dana@acme.com": (Window(utc(15, 14), utc(15, 16)),)
    }


def test_no_file_no_calendar_but_a_kickoffs_own() -> None:
    """Without ROUNDS_CALENDARS nobody has a calendar, but one a kickoff names is read
    (CalDAV needs no table); a Google one needs ROUNDS_CALENDARS's [google] table."""
    calendars = calendar_freebusy(None, "UTC")
    assert calendars.reader_for("dana@acme.com") is None
    named = {"dana@acme.com": "caldav:http://127.0.0.1:9/dana/"}
    reader = calendars.reader("Dana@Acme.com", named)
    assert isinstance(reader, DavCalendar) and reader.source.endswith("127.0.0.1:9/dana/")
    assert calendars.reader("dana@acme.com", {"dana@acme.com": "google"}) is None


def test_clients_file_calendars_join_with_its_zone_and_buffer(tmp_path: Path) -> None:
    """A client's `calendar` covers its domain and a person's entry that person, in the
    client's zone with its buffer; ROUNDS_CALENDARS's own entry for a key wins."""
    book, problems = read_book(
        {
            "clients": {
                "acme.com": {
                    "timezone": "America/Toronto",
                    "buffer_minutes": 25,
                    "calendar": "caldav:https://dav.acme.example/{local}/",
                    "people": {"dana@acme.com": {"calendar": "caldav:https://dav.acme.example/d/"}},
                },
                "globex.com": {"calendar": "caldav:https://dav.globex.example/{local}/"},
            }
        }
    )
    assert problems == []
    path = write(tmp_path, '[domains]\n"globex.com" = "caldav:https://own.example/{local}/"\n')
    calendars = calendar_freebusy(path, "UTC", book)
    lee, dana, hank = (
        calendars.reader_for(e) for e in ("lee@acme.com", "dana@acme.com", "hank@globex.com")
    )
    assert isinstance(lee, DavCalendar) and isinstance(dana, DavCalendar)
    assert isinstance(hank, DavCalendar)
    assert (lee.source, dana.source, hank.source) == (
        "caldav:https://dav.acme.example/lee/",
        "caldav:https://dav.acme.example/d/",
        "caldav:https://own.example/hank/",
    )
    assert calendars.buffer_for("lee@acme.com") == timedelta(minutes=25)
    assert calendars.buffer_for("hank@globex.com") is None


def test_a_bookings_domain_reads_each_person_as_staff_of_the_business(tmp_path: Path) -> None:
    """`bookings:<businessId>` for a domain makes one Bookings reader per person, each
    looking up its own address in that business, with the [microsoft] app's token."""
    path = write(
        tmp_path,
        '[domains]\n"umbrella.com" = "bookings:Hiring@umbrella.onmicrosoft.com"\n'
        '[microsoft]\ntenant = "t"\nclient_id = "c"\nclient_secret = "s"\n',
    )
    readers = Readers(load_calendars(path), "UTC")
    ada = readers("Ada@Umbrella.com")
    assert isinstance(ada, BookingsCalendar)
    assert (ada.email, ada.business) == ("ada@umbrella.com", "Hiring@umbrella.onmicrosoft.com")
    assert ada.source == "bookings:Hiring@umbrella.onmicrosoft.com (ada@umbrella.com)"
    named = readers.named("bo@umbrella.com", "bookings:other@umbrella.onmicrosoft.com")
    assert (
        isinstance(named, BookingsCalendar) and named.business == "other@umbrella.onmicrosoft.com"
    )


def test_clients_file_google_calendars_need_the_google_table() -> None:
    """A Google calendar named in the clients file without ROUNDS_CALENDARS's [google]
    table is a ConfigError naming the table, not a crash on the first read."""
    book, _ = read_book({"clients": {"acme.com": {"calendar": "google"}}})
    with pytest.raises(ConfigError, match=r"\[google\] table in ROUNDS_CALENDARS"):
        calendar_freebusy(None, "UTC", book)


def test_an_entry_may_set_its_own_buffer(tmp_path: Path) -> None:
    """buffer_minutes on a person's or domain's entry is that client's buffer; none: unset."""
    path = write(
        tmp_path,
        '[people]\n"a@acme.com" = { calendar = "caldav:https://x/a/", buffer_minutes = 30 }\n'
        '[domains]\n"acme.com" = "caldav:https://x/{local}/"\n',
    )
    calendars = calendar_freebusy(path, "UTC")
    assert calendars is not None
    assert calendars.buffer_for("a@acme.com") == timedelta(minutes=30)
    assert calendars.buffer_for("b@acme.com") is None


async def test_a_kickoffs_caldav_calendar_gets_the_login_only_on_a_known_server(
    tmp_path: Path, radicale: Radicale
) -> None:
    """A CalDAV URL from a kickoff is read with [caldav]'s login only on a server the files
    already name: anywhere else the agency's password is not sent (and Radicale refuses)."""
    name = f"dana-{uuid.uuid4().hex[:8]}"
    radicale.calendar(name)
    named = {"dana@acme.com": f"caldav:{radicale.calendar_url(name)}"}
    auth = f'[caldav]\nusername = "{radicale.user}"\npassword = "{radicale.password}"\n'
    stranger = calendar_freebusy(write(tmp_path, auth), "UTC").reader("dana@acme.com", named)
    assert stranger is not None
    with pytest.raises(CalendarError):
        await stranger.read(START, END)
    known = auth + f'[domains]\n"globex.com" = "caldav:{radicale.url}/{{local}}/"\n'
    reader = calendar_freebusy(write(tmp_path, known), "UTC").reader("dana@acme.com", named)
    assert reader is not None
    assert await reader.read(START, END) == ()
