"""Names people give their time zone (cities, abbreviations, IANA names) mapped to IANA zones."""

from __future__ import annotations

import re
import zoneinfo
from functools import cache
from typing import Annotated

from pydantic import AfterValidator

# Where a city name is shared (Portland, Vancouver), the bigger hiring market wins.
CITIES: dict[str, str] = {
    "new york": "America/New_York",
    "nyc": "America/New_York",
    "boston": "America/New_York",
    "washington": "America/New_York",
    "philadelphia": "America/New_York",
    "atlanta": "America/New_York",
    "miami": "America/New_York",
    "toronto": "America/Toronto",
    "montreal": "America/Toronto",
    "chicago": "America/Chicago",
    "dallas": "America/Chicago",
    "houston": "America/Chicago",
    "austin": "America/Chicago",
    "minneapolis": "America/Chicago",
    "mexico city": "America/Mexico_City",
    "denver": "America/Denver",
    "salt lake city": "America/Denver",
    "phoenix": "America/Phoenix",
    "los angeles": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "bay area": "America/Los_Angeles",
    "san jose": "America/Los_Angeles",
    "san diego": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "portland": "America/Los_Angeles",
    "vancouver": "America/Vancouver",
    "honolulu": "Pacific/Honolulu",
    "são paulo": "America/Sao_Paulo",
    "sao paulo": "America/Sao_Paulo",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "bogotá": "America/Bogota",
    "bogota": "America/Bogota",
    "london": "Europe/London",
    "manchester": "Europe/London",
    "edinburgh": "Europe/London",
    "dublin": "Europe/Dublin",
    "lisbon": "Europe/Lisbon",
    "paris": "Europe/Paris",
    "berlin": "Europe/Berlin",
    "munich": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "amsterdam": "Europe/Amsterdam",
    "brussels": "Europe/Brussels",
    "zurich": "Europe/Zurich",
    "geneva": "Europe/Zurich",
    "vienna": "Europe/Vienna",
    "madrid": "Europe/Madrid",
    "barcelona": "Europe/Madrid",
    "rome": "Europe/Rome",
    "milan": "Europe/Rome",
    "stockholm": "Europe/Stockholm",
    "oslo": "Europe/Oslo",
    "copenhagen": "Europe/Copenhagen",
    "helsinki": "Europe/Helsinki",
    "warsaw": "Europe/Warsaw",
    "prague": "Europe/Prague",
    "budapest": "Europe/Budapest",
    "athens": "Europe/Athens",
    "istanbul": "Europe/Istanbul",
    "kyiv": "Europe/Kyiv",
    "tel aviv": "Asia/Jerusalem",
    "cairo": "Africa/Cairo",
    "lagos": "Africa/Lagos",
    "nairobi": "Africa/Nairobi",
    "johannesburg": "Africa/Johannesburg",
    "cape town": "Africa/Johannesburg",
    "dubai": "Asia/Dubai",
    "abu dhabi": "Asia/Dubai",
    "riyadh": "Asia/Riyadh",
    "karachi": "Asia/Karachi",
    "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "hyderabad": "Asia/Kolkata",
    "chennai": "Asia/Kolkata",
    "pune": "Asia/Kolkata",
    "bangkok": "Asia/Bangkok",
    "jakarta": "Asia/Jakarta",
    "kuala lumpur": "Asia/Kuala_Lumpur",
    "singapore": "Asia/Singapore",
    "manila": "Asia/Manila",
    "hong kong": "Asia/Hong_Kong",
    "shanghai": "Asia/Shanghai",
    "beijing": "Asia/Shanghai",
    "shenzhen": "Asia/Shanghai",
    "taipei": "Asia/Taipei",
    "seoul": "Asia/Seoul",
    "tokyo": "Asia/Tokyo",
    "osaka": "Asia/Tokyo",
    "sydney": "Australia/Sydney",
    "melbourne": "Australia/Melbourne",
    "brisbane": "Australia/Brisbane",
    "perth": "Australia/Perth",
    "auckland": "Pacific/Auckland",
    "wellington": "Pacific/Auckland",
}

# Abbreviations name the place, not the season: EST in July still means New York.
# Where one is shared (CST, IST), the reading most common in our clients' mail wins.
ABBREVIATIONS: dict[str, str] = {
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "CT": "America/Chicago",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "MT": "America/Denver",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "HST": "Pacific/Honolulu",
    "BRT": "America/Sao_Paulo",
    "UTC": "UTC",
    "GMT": "Europe/London",
    "BST": "Europe/London",
    "UK": "Europe/London",
    "WET": "Europe/Lisbon",
    "CET": "Europe/Berlin",
    "CEST": "Europe/Berlin",
    "EET": "Europe/Helsinki",
    "EEST": "Europe/Helsinki",
    "MSK": "Europe/Moscow",
    "GST": "Asia/Dubai",
    "PKT": "Asia/Karachi",
    "IST": "Asia/Kolkata",
    "ICT": "Asia/Bangkok",
    "WIB": "Asia/Jakarta",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "AWST": "Australia/Perth",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "AET": "Australia/Sydney",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
}

# Spoken US zone names, accepted only when they are the whole value ("Eastern time").
_REGIONS = {"eastern": "ET", "central": "CT", "mountain": "MT", "pacific": "PT"}

_SUFFIX = re.compile(r"\s+(?:standard\s+|daylight\s+)?time(?:\s*zone)?$|\s+timezone$", re.I)
_OFFSET = re.compile(r"(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?00)?", re.I)
_MENTION = re.compile(
    r"\b(?:"
    + "|".join(re.escape(c) for c in sorted(CITIES, key=len, reverse=True))
    + r")\b|\b(?-i:"
    + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")\b",
    re.I,
)


def known_zone(value: str) -> str:
    """`value` if it names a time zone this machine knows, else a ValueError for a setting."""
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(
            f"unknown time zone {value[:60]!r} (use an IANA name such as America/New_York)"
        ) from exc
    return value


# A configured zone (settings, the clients and calendars files): an IANA name that exists.
ZoneName = Annotated[str, AfterValidator(known_zone)]


@cache
def _iana_names() -> dict[str, str]:
    # IANA keys are case-sensitive on disk; people type "europe/london" too.
    return {name.lower(): name for name in zoneinfo.available_timezones()}


def zone_for(text: str) -> str | None:
    """The IANA zone a city, abbreviation, UTC offset or IANA name stands for, else None."""
    value = _SUFFIX.sub("", " ".join(text.split())).strip(" .,;")
    lower = value.lower()
    abbreviation = _REGIONS.get(lower, value.upper())
    if offset := _OFFSET.fullmatch(value):
        sign, hours = offset.groups()
        if int(hours) == 0:
            return "UTC"
        # POSIX-style Etc names invert the sign: UTC+2 is Etc/GMT-2.
        return f"Etc/GMT{'-' if sign == '+' else '+'}{int(hours)}" if int(hours) <= 12 else None
    return CITIES.get(lower) or ABBREVIATIONS.get(abbreviation) or _iana_names().get(lower)


def zone_mentions(text: str) -> list[tuple[int, int, str]]:
    """Spans of free text naming a city or a zone abbreviation, with the IANA zone each names."""
    return [
        (m.start(), m.end(), zone)
        for m in _MENTION.finditer(text)
        if (zone := zone_for(m.group())) is not None
    ]
