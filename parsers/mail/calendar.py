"""Inbound iTIP parts (REPLY, COUNTER, ...) read into a CalendarPart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from icalendar import Calendar

from parsers.model import CalendarPart

_YEARS = range(1970, 3000)  # an interview outside these years is a broken value


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _address(value: Any) -> str | None:
    # vCalAddress keeps the case and scheme of the sender: MAILTO:Jo@X.com is jo@x.com
    text = (_text(value) or "").lower().removeprefix("mailto:").strip()
    return text or None


def _aware(value: Any) -> datetime | None:
    # A date-only value or a floating time (no zone, or a TZID we cannot resolve) is no instant.
    if isinstance(value, datetime) and value.tzinfo is not None:
        try:
            value.astimezone(UTC)
        except (OverflowError, ValueError):
            return None
        # Near year 9999 any arithmetic overflows later (a default duration added, say).
        return value if value.year in _YEARS else None
    return None


def _instant(event: Any, name: str) -> Any:
    prop = event.get(name)
    if prop is None:
        return None
    try:
        return prop.dt  # a malformed value parses fine and raises only here
    except (ValueError, TypeError, AttributeError):
        return None


def _times(event: Any) -> tuple[datetime | None, datetime | None]:
    start = _aware(_instant(event, "DTSTART"))
    end = _aware(_instant(event, "DTEND"))
    duration = _instant(event, "DURATION")
    if start is not None and end is None and isinstance(duration, timedelta):
        try:
            end = _aware(start + duration)
        except OverflowError:
            end = None
    return start, end


def _attendee(event: Any) -> tuple[str | None, str | None]:
    attendees = event.get("ATTENDEE")
    if isinstance(attendees, list):
        attendees = attendees[0] if attendees else None
    if attendees is None:
        return None, None
    params = getattr(attendees, "params", {})
    partstat = _text(params.get("PARTSTAT"))
    return _address(attendees), partstat.upper() if partstat else None


def _sequence(event: Any) -> int:
    try:
        return max(0, int(str(event.get("SEQUENCE", 0)).strip()))
    except ValueError:
        return 0


def parse_calendar(data: bytes | str, method_hint: str | None = None) -> CalendarPart | None:
    """Read an iTIP part; None when it is not a readable calendar with a METHOD."""
    try:
        calendar = Calendar.from_ical(data)
        method = _text(calendar.get("METHOD")) or _text(method_hint)
        if method is None:
            return None
        events = calendar.walk("VEVENT")
        if not events:
            return CalendarPart(method=method.upper())
        event = events[0]
        attendee, partstat = _attendee(event)
        start, end = _times(event)
        return CalendarPart(
            method=method.upper(),
            uid=_text(event.get("UID")),
            sequence=_sequence(event),
            attendee=attendee,
            partstat=partstat,
            start=start,
            end=end,
        )
    except Exception:  # icalendar raises more than ValueError on hostile input; none may escape
        return None
