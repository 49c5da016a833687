"""Tests for agent.adapters.calendars.bookings through msal and httpx, against a local TLS server
with the identity platform's and Graph Bookings' (staffMembers, getStaffAvailability) shapes."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agent.adapters.calendars.bookings import BookingsCalendar, _blocks, staff_members
from agent.adapters.calendars.graph import GraphApp
from agent.core.freebusy import Block, Kind
from agent.errors import CalendarError
from parsers.model import Window
from tests.agent.core.test_freebusy import END, START, utc
from tests.fakes.graph import CLIENT_ID, CLIENT_SECRET, TENANT, FakeGraph, fake_graph

BUSINESS = "Hiring@acme.onmicrosoft.com"


@pytest.fixture
def graph(tmp_path: Path) -> Iterator[FakeGraph]:
    with fake_graph(tmp_path) as server:
        server.add_staff(BUSINESS, "lee@acme.com", (utc(15, 9), utc(15, 17), "available"))
        server.add_staff(
            BUSINESS,
            "Dana@Acme.com",
            (utc(15, 9), utc(15, 17), "available"),
            (utc(15, 14), utc(15, 15), "busy"),  # a booking inside her hours: busy wins
            (utc(16, 9), utc(16, 17), "outOfOffice"),
            (utc(17, 9), utc(17, 17), "slotsAvailable"),
            (utc(17, 12), utc(17, 13), "somethingNew"),  # an unknown status is not free
        )
        yield server


def app_for(graph: FakeGraph, secret: str = CLIENT_SECRET) -> GraphApp:
    assert graph.cert is not None
    return GraphApp(
        tenant=TENANT,
        client_id=CLIENT_ID,
        client_secret=secret,
        authority=graph.url,
        verify=str(graph.cert),
    )


def reader(graph: FakeGraph, email: str, business: str = BUSINESS) -> BookingsCalendar:
    return BookingsCalendar(email, business=business, app=app_for(graph), graph=graph.graph)


DANA_BUSY = (
    Window(START, utc(15, 9)),  # before her first item: not said to be free
    Window(utc(15, 14), utc(15, 15)),
    Window(utc(15, 17), utc(17, 9)),  # the evening, the day out of office, the night
    Window(utc(17, 12), utc(17, 13)),
    Window(utc(17, 17), END),
)


async def test_staff_by_address_then_availability_with_uncovered_time_busy(
    graph: FakeGraph,
) -> None:
    """The staff member is found by address; available and slotsAvailable are free,
    busy, outOfOffice, unknown statuses and time no item covers are busy."""
    busy = await reader(graph, "dana@acme.com").read(START, END)
    assert busy == DANA_BUSY
    assert graph.token_requests[0]["grant_type"] == ["client_credentials"]
    (asked,) = graph.availability_requests
    (dana_id,) = [i for i, e in graph.staff[BUSINESS].items() if e == "Dana@Acme.com"]
    assert asked["staffIds"] == [dana_id]
    assert asked["startDateTime"] == {"dateTime": "2027-03-08T00:00:00", "timeZone": "UTC"}
    assert asked["endDateTime"] == {"dateTime": "2027-03-22T00:00:00", "timeZone": "UTC"}


@pytest.mark.parametrize("name", [None, "Eastern Standard Time"], ids=["iana", "windows"])
async def test_times_in_another_zone_across_the_us_dst_change(
    graph: FakeGraph, name: str | None
) -> None:
    """Availability answered in America/New_York, named so or by its Windows name, is read
    in that zone on both sides of 14 March 2027 (EST, then EDT)."""
    graph.reply_zone, graph.zone_name = "America/New_York", name
    graph.add_staff(
        BUSINESS,
        "kim@acme.com",
        (utc(12, 14), utc(12, 22), "available"),  # 09:00–17:00 EST
        (utc(15, 13), utc(15, 21), "available"),  # 09:00–17:00 EDT
    )
    busy = await reader(graph, "kim@acme.com").read(START, END)
    assert busy == (
        Window(START, utc(12, 14)),
        Window(utc(12, 22), utc(15, 13)),
        Window(utc(15, 21), END),
    )


async def test_a_windows_zone_name_not_in_the_table_is_refused_not_guessed(
    graph: FakeGraph,
) -> None:
    """A zone name we cannot read makes the answer unusable: the time is unknown, not free."""
    graph.reply_zone, graph.zone_name = "America/Los_Angeles", "Mars Standard Time"
    with pytest.raises(CalendarError, match="Mars Standard Time"):
        await reader(graph, "dana@acme.com").read(START, END)


def test_statuses_map_to_kinds() -> None:
    """Each documented status, in any case, maps to its kind; another status is busy."""
    items = [
        {
            "status": status,
            "startDateTime": {"dateTime": "2027-03-15T09:00:00", "timeZone": "UTC"},
            "endDateTime": {"dateTime": "2027-03-15T10:00:00", "timeZone": "UTC"},
        }
        for status in ("available", "SlotsAvailable", "busy", "outOfOffice", "unknownFutureValue")
    ]
    blocks = _blocks({"value": [{"staffId": "s1", "availabilityItems": items}]}, "s1", "x")
    assert [b.kind for b in blocks] == [
        Kind.FREE,
        Kind.FREE,
        Kind.BUSY,
        Kind.UNAVAILABLE,
        Kind.BUSY,
    ]
    assert blocks[0] == Block(utc(15, 9), utc(15, 10), Kind.FREE)


@pytest.mark.parametrize(
    "answer",
    [
        {"value": [{"staffId": "someone-else", "availabilityItems": []}]},
        {"value": [{"staffId": "s1", "availabilityItems": [{"status": "busy"}]}]},
        {"error": {"code": "x"}},
        [],
    ],
)
def test_an_unexpected_answer_is_a_calendar_error(answer: Any) -> None:
    """An answer without this staff member, or with items missing times, is unknown time."""
    with pytest.raises(CalendarError, match="getStaffAvailability"):
        _blocks(answer, "s1", "bookings:x")


async def test_no_items_means_all_busy(graph: FakeGraph) -> None:
    """A staff member with no availability in the range is busy throughout, never free."""
    graph.add_staff(BUSINESS, "nohours@acme.com")
    assert await reader(graph, "nohours@acme.com").read(START, END) == (Window(START, END),)


@pytest.mark.parametrize("status", [401, 403, 404, 500, 503])
async def test_graph_errors_are_calendar_errors(graph: FakeGraph, status: int) -> None:
    """Any HTTP error from Bookings is a CalendarError (unknown, never free)."""
    graph.fail = status
    with pytest.raises(CalendarError, match=f"HTTP {status}"):
        await reader(graph, "dana@acme.com").read(START, END)


async def test_a_token_graph_no_longer_accepts_is_a_calendar_error(graph: FakeGraph) -> None:
    """The fake refuses a bearer token it did not issue: the read fails, nothing is free."""
    calendar = reader(graph, "dana@acme.com")
    await calendar.read(START, END)
    graph.tokens.clear()  # revoked while msal still holds it in its cache
    with pytest.raises(CalendarError, match="HTTP 401"):
        await calendar.read(START, END)


async def test_unknown_business_and_unknown_staff_are_calendar_errors(graph: FakeGraph) -> None:
    """A business Graph does not know, or an address that is no staff member, is unknown."""
    with pytest.raises(CalendarError, match="HTTP 404"):
        await reader(graph, "dana@acme.com", business="gone@acme.onmicrosoft.com").read(START, END)
    with pytest.raises(CalendarError, match="no staff member"):
        await reader(graph, "nobody@acme.com").read(START, END)


async def test_wrong_secret_is_a_calendar_error_without_the_secret(graph: FakeGraph) -> None:
    """A refused client secret is a CalendarError that never quotes the secret."""
    calendar = BookingsCalendar(
        "dana@acme.com", business=BUSINESS, app=app_for(graph, "not-it"), graph=graph.graph
    )
    with pytest.raises(CalendarError) as caught:
        await calendar.read(START, END)
    assert "not-it" not in str(caught.value) and "invalid_client" in str(caught.value)


async def test_staff_pages_are_followed_and_the_staff_id_kept(graph: FakeGraph) -> None:
    """staffMembers' @odata.nextLink pages are followed; the id found is kept for later reads."""
    graph.staff_page = 1
    app = app_for(graph)
    assert await staff_members(app, BUSINESS, graph.graph) == {
        e.lower(): i for i, e in graph.staff[BUSINESS].items()
    }
    assert len(graph.staff_requests) == 2
    calendar = BookingsCalendar("dana@acme.com", business=BUSINESS, app=app, graph=graph.graph)
    await calendar.read(START, END)
    await calendar.read(START, END)
    assert len(graph.staff_requests) == 4  # two pages once, then no more
    assert len(graph.availability_requests) == 2


async def test_debug_logging_shows_no_secret_or_token(
    graph: FakeGraph, caplog: pytest.LogCaptureFixture
) -> None:
    """Even at DEBUG (`rounds -v`), neither the client secret nor the token is logged."""
    caplog.set_level(logging.DEBUG)
    await reader(graph, "dana@acme.com").read(START, END)
    assert graph.tokens and not any(token in caplog.text for token in graph.tokens)
    assert CLIENT_SECRET not in caplog.text
