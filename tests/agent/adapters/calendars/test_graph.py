"""Tests for agent.adapters.calendars.graph through msal and httpx, against a local TLS server
with the identity platform's and Graph getSchedule's shapes."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.adapters.calendars.graph import GraphApp, GraphCalendar
from agent.errors import CalendarError
from parsers.model import Window
from tests.agent.core.test_freebusy import END, START, utc
from tests.fakes.graph import CLIENT_ID, CLIENT_SECRET, TENANT, FakeGraph, fake_graph


@pytest.fixture
def graph(tmp_path: Path) -> Iterator[FakeGraph]:
    with fake_graph(tmp_path) as server:
        server.items["dana@acme.com"] = [
            (utc(15, 14), utc(15, 15), "busy"),
            (utc(15, 14, 30), utc(15, 15, 30), "tentative"),  # overlapping: merged
            (utc(16, 9), utc(16, 17), "oof"),
            (utc(17, 14), utc(17, 15), "free"),
            (utc(17, 16), utc(17, 17), "workingElsewhere"),
            (utc(18, 14), utc(18, 15), "unknown"),
        ]
        yield server


def reader(
    graph: FakeGraph, email: str, *, secret: str = CLIENT_SECRET, **kw: bool
) -> GraphCalendar:
    assert graph.cert is not None
    app = GraphApp(
        tenant=TENANT,
        client_id=CLIENT_ID,
        client_secret=secret,
        authority=graph.url,
        verify=str(graph.cert),
    )
    return GraphCalendar(email, app=app, graph=graph.graph, **kw)


async def test_client_credentials_then_get_schedule_in_utc(graph: FakeGraph) -> None:
    """msal's client-credentials token reads getSchedule; statuses map to busy or free."""
    busy = await reader(graph, "dana@acme.com").read(START, END)
    assert busy == (
        Window(utc(15, 14), utc(15, 15, 30)),
        Window(utc(16, 9), utc(16, 17)),
        Window(utc(18, 14), utc(18, 15)),  # unknown is not free
    )
    form = graph.token_requests[0]
    assert form["grant_type"] == ["client_credentials"]
    asked = graph.schedules[0]
    assert asked["prefer"] == 'outlook.timezone="UTC"'
    assert asked["body"]["schedules"] == ["dana@acme.com"]
    assert asked["body"]["startTime"] == {"dateTime": "2027-03-08T00:00:00", "timeZone": "UTC"}


async def test_get_schedule_answered_in_a_windows_zone(graph: FakeGraph) -> None:
    """A server that answers getSchedule in the mailbox's Windows zone ("Pacific Standard
    Time") instead of UTC is read in that zone, across the US clock change."""
    graph.items["dana@acme.com"].append((utc(12, 14), utc(12, 15), "busy"))  # before 14 March
    in_utc = await reader(graph, "dana@acme.com").read(START, END)
    graph.reply_zone, graph.zone_name = "America/Los_Angeles", "Pacific Standard Time"
    assert await reader(graph, "dana@acme.com").read(START, END) == in_utc
    assert in_utc[0] == Window(utc(12, 14), utc(12, 15))
    graph.zone_name = "Pacific Standard Time (Mars)"
    with pytest.raises(CalendarError, match=r"Pacific Standard Time \(Mars\)"):
        await reader(graph, "dana@acme.com").read(START, END)


async def test_token_is_reused_across_reads(graph: FakeGraph) -> None:
    """The msal cache keeps one token for many reads."""
    calendar = reader(graph, "dana@acme.com")
    await calendar.read(START, END)
    await calendar.read(START, END)
    assert len(graph.token_requests) == 1
    assert len(graph.schedules) == 2


async def test_tentative_free_when_configured(graph: FakeGraph) -> None:
    """tentative_busy=False lets a tentative item through as free."""
    busy = await reader(graph, "dana@acme.com", tentative_busy=False).read(START, END)
    assert busy[0] == Window(utc(15, 14), utc(15, 15))


async def test_wrong_secret_is_a_calendar_error_without_the_secret(graph: FakeGraph) -> None:
    """A refused client secret is a CalendarError that never quotes the secret."""
    with pytest.raises(CalendarError) as caught:
        await reader(graph, "dana@acme.com", secret="not-the-secret").read(START, END)
    assert "not-the-secret" not in str(caught.value)
    assert "invalid_client" in str(caught.value)


async def test_unknown_mailbox_is_a_calendar_error(graph: FakeGraph) -> None:
    """Graph's per-schedule error is unknown time, never an empty (free) calendar."""
    with pytest.raises(CalendarError, match="UserNotFound"):
        await reader(graph, "nobody@acme.com").read(START, END)


async def test_untrusted_certificate_is_a_calendar_error(graph: FakeGraph) -> None:
    """TLS is verified: without the fake's certificate trusted, nothing is read."""
    app = GraphApp(
        tenant=TENANT, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, authority=graph.url
    )
    with pytest.raises(CalendarError):
        await GraphCalendar("dana@acme.com", app=app, graph=graph.graph).read(START, END)


async def test_debug_logging_shows_no_secret_or_token(
    graph: FakeGraph, caplog: pytest.LogCaptureFixture
) -> None:
    """Even at DEBUG (`rounds -v`), neither the client secret nor the token is logged."""
    caplog.set_level(logging.DEBUG)
    await reader(graph, "dana@acme.com").read(START, END)
    assert graph.tokens and not any(token in caplog.text for token in graph.tokens)
    assert CLIENT_SECRET not in caplog.text
