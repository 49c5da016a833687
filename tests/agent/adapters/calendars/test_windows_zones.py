"""The Windows zone table: every zone loads, and known zones keep their known offsets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from agent.adapters.calendars.windows_zones import WINDOWS_ZONES, iana_zone

WINTER = datetime(2027, 1, 15, 12, tzinfo=UTC)
SUMMER = datetime(2027, 7, 15, 12, tzinfo=UTC)


def test_every_zone_in_the_table_loads() -> None:
    """Each IANA name is one zoneinfo knows, so a mapped name is never a new failure."""
    for zone in WINDOWS_ZONES.values():
        ZoneInfo(zone)


@pytest.mark.parametrize(
    ("name", "winter", "summer"),
    [
        ("Pacific Standard Time", -8, -7),
        ("Eastern Standard Time", -5, -4),
        ("US Mountain Standard Time", -7, -7),  # Arizona keeps no summer time
        ("Dateline Standard Time", -12, -12),
        ("UTC-02", -2, -2),
        ("UTC+13", 13, 13),
        ("GMT Standard Time", 0, 1),
        ("W. Europe Standard Time", 1, 2),
        ("India Standard Time", 5.5, 5.5),
        ("Nepal Standard Time", 5.75, 5.75),
        ("AUS Eastern Standard Time", 11, 10),  # the southern summer
        ("Chatham Islands Standard Time", 13.75, 12.75),
    ],
)
def test_known_zones_have_their_known_offsets(name: str, winter: float, summer: float) -> None:
    """The mapped zone's UTC offset in January and July is the one the Windows zone has."""
    zone = ZoneInfo(iana_zone(name) or "")
    for moment, hours in ((WINTER, winter), (SUMMER, summer)):
        assert moment.astimezone(zone).utcoffset() == timedelta(hours=hours), (name, moment)


def test_names_are_read_in_any_case_and_unknown_ones_are_none() -> None:
    """Graph's spelling varies in case only; a name not in the table is not guessed."""
    assert iana_zone("pacific standard time ") == "America/Los_Angeles"
    assert iana_zone("Central Asia Standard Time") is None  # CLDR moved it: left out
    assert iana_zone("America/New_York") is None
