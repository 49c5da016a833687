"""The extraction prompt: the thread's facts and the reply text, fenced off as data."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import prompts
from parsers.errors import InputError
from parsers.model import Context, Window

CALENDAR_DAYS = 14
# Matches the fence tags however they are spelt, so a sender cannot close the fence early.
_FENCE = re.compile(r"<(\s*/?\s*email\s*)>", re.IGNORECASE)


def system_prompt() -> str:
    """The fixed instructions: the contract, the phrase rules and the data-not-orders rule."""
    return prompts.load("extract_system.txt").strip()


def user_prompt(text: str, context: Context, *, sent: datetime) -> str:
    """The per-message prompt; `sent` is when the reply was written, any zone."""
    try:
        zone = ZoneInfo(context.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(f"unknown time zone {context.timezone!r}") from exc
    local = sent.astimezone(zone)
    return prompts.load("extract_user.txt").format(
        sent=f"{_day(local)} {local.year}, {_clock(local)} ({local.tzname()})",
        calendar=_calendar(local),
        role=context.role.value,
        zone=context.timezone,
        round=context.round,
        duration=context.duration_minutes,
        stage=context.stage.value,
        options=_options(context, zone),
        email=fence(text),
    )


def fenced(text: str) -> str:
    """The text inside the fence, as the whole of a user message."""
    return f"<email>\n{fence(text)}\n</email>"


def fence(text: str) -> str:
    """Neutralise anything in the reply that looks like the fence around it."""
    return _FENCE.sub(r"[\1]", text.strip())


def _calendar(local: datetime) -> str:
    # A line per calendar week, so that "next week" is plain to see.
    lines: list[list[str]] = [[]]
    for offset in range(CALENDAR_DAYS):
        day = local + timedelta(days=offset)
        if offset and day.weekday() == 0:
            lines.append([])
        lines[-1].append(_day(day) + (" (today)" if offset == 0 else ""))
    return "\n".join(", ".join(line) for line in lines)


def _options(context: Context, zone: ZoneInfo) -> str:
    if context.proposed:
        rows = [f"{n}. {_span(w, zone)}" for n, w in enumerate(context.proposed, start=1)]
        return "Proposed options:\n" + "\n".join(rows) + "\n"
    if context.scheduled:
        return f"Booked: {_span(context.scheduled, zone)}\n"
    return ""


def _span(window: Window, zone: ZoneInfo) -> str:
    start, end = window.start.astimezone(zone), window.end.astimezone(zone)
    return f"{_day(start)}, {_clock(start)}–{_clock(end)} {start.tzname()}"


def _day(moment: datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b}"


def _clock(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment:%M}{'am' if moment.hour < 12 else 'pm'}"
