"""Tests for agent.adapters.calendars.gcal through google-api-python-client and google-auth,
against a local server with Google's token and freebusy.query shapes."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.adapters.calendars.gcal import SCOPE, GoogleCalendar
from agent.errors import CalendarError, ConfigError
from parsers.model import Window
from tests.agent.core.test_freebusy import END, START, utc
from tests.fakes.google_calendar import FakeGoogle, fake_google


@pytest.fixture
def google() -> Iterator[FakeGoogle]:
    with fake_google() as server:
        server.busy["dana@acme.com"] = [
            (utc(15, 14), utc(15, 15)),
            (utc(15, 15), utc(15, 16)),  # adjacent: merged
            (utc(7, 22), utc(8, 2)),  # reaches before the range: clipped
        ]
        yield server


async def test_service_account_delegates_to_the_person_and_reads_their_busy_time(
    google: FakeGoogle, tmp_path: Path
) -> None:
    """The key file's JWT grant acts as the calendar's owner with the freebusy scope."""
    reader = GoogleCalendar(
        "dana@acme.com", key_file=google.key_file(tmp_path), api_root=google.api_root
    )
    busy = await reader.read(START, END)
    assert busy == (Window(START, utc(8, 2)), Window(utc(15, 14), utc(15, 16)))
    assert [g["sub"] for g in google.grants] == ["dana@acme.com"]
    assert google.grants[0]["scope"] == SCOPE
    assert google.queries[0]["body"]["items"] == [{"id": "dana@acme.com"}]


async def test_token_command_token_is_sent_as_bearer(google: FakeGoogle) -> None:
    """With a token command, its output is the access token and no grant is made."""
    google.tokens["from-the-command"] = "operator"
    reader = GoogleCalendar(
        "dana@acme.com", token=lambda: "from-the-command", api_root=google.api_root
    )
    assert await reader.read(START, END) == (
        Window(START, utc(8, 2)),
        Window(utc(15, 14), utc(15, 16)),
    )
    assert google.grants == []
    assert google.queries[0]["as"] == "operator"


async def test_refused_token_is_a_calendar_error_without_the_token(google: FakeGoogle) -> None:
    """A 401 is a CalendarError naming the source, never the token."""
    reader = GoogleCalendar("dana@acme.com", token=lambda: "stale-secret", api_root=google.api_root)
    with pytest.raises(CalendarError) as caught:
        await reader.read(START, END)
    assert "stale-secret" not in str(caught.value)
    assert "google:dana@acme.com" in str(caught.value)


async def test_unknown_calendar_is_a_calendar_error(google: FakeGoogle, tmp_path: Path) -> None:
    """Google's per-calendar notFound error is unknown time, never an empty (free) calendar."""
    reader = GoogleCalendar(
        "nobody@acme.com", key_file=google.key_file(tmp_path), api_root=google.api_root
    )
    with pytest.raises(CalendarError, match="notFound"):
        await reader.read(START, END)


def test_exactly_one_way_to_authenticate() -> None:
    """Neither or both of key_file and token is a ConfigError."""
    with pytest.raises(ConfigError):
        GoogleCalendar("dana@acme.com")
    with pytest.raises(ConfigError):
        GoogleCalendar("dana@acme.com", key_file=Path("k.json"), token=lambda: "t")


async def test_debug_logging_shows_no_token_or_key(
    google: FakeGoogle, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Even at DEBUG (`rounds -v`), no access token, key or busy time reaches the log."""
    caplog.set_level(logging.DEBUG)
    reader = GoogleCalendar(
        "dana@acme.com", key_file=google.key_file(tmp_path), api_root=google.api_root
    )
    await reader.read(START, END)
    issued = list(google.tokens)
    assert issued and not any(token in caplog.text for token in issued)
    assert "PRIVATE KEY" not in caplog.text and "2027-03-15T14:00:00Z" not in caplog.text
