"""Free/busy from the agent's own bookings, and the FreeBusy port as the agent asks it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest

from agent.core.bookings import Bookings, merge
from agent.core.process import Process, ProcessStatus, Round, RoundStatus
from parsers.model import Window
from tests.agent.test_summary import BOB, _process
from tests.e2e import CANDIDATE, CLIENT, Harness
from tests.test_e2e_lifecycle import _kickoff, _say

T0 = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)


def _hours(start: float, end: float) -> Window:
    return Window(T0 + timedelta(hours=start), T0 + timedelta(hours=end))


def _booking(pid: str, slot: Window | None, **fields: object) -> Process:
    """Process `pid` (candidate `pid`@example.com) with Bob interviewing in round 1."""
    status = RoundStatus.SCHEDULED if slot else RoundStatus.REQUESTED
    return _process(
        pid, pid, Round(number=1, status=status, slot=slot, interviewers=(BOB,)), **fields
    )


def test_merge_clips_sorts_and_joins() -> None:
    """Spans come back inside [start, end), sorted, overlapping and touching ones joined."""
    spans = [_hours(5, 6), _hours(-2, 1), _hours(0.5, 2), _hours(2, 3), _hours(9, 12)]
    assert merge(spans, T0, T0 + timedelta(hours=10)) == (
        _hours(0, 3),
        _hours(5, 6),
        _hours(9, 10),
    )


async def test_bookings_are_busy_for_everyone_on_them_but_the_process_asking() -> None:
    """A booked round makes its candidate and interviewers busy; the asking process's own
    round, closed processes and unbooked rounds do not; an unknown address is absent."""
    processes = [
        _booking("ann", _hours(1, 2)),
        _booking("ben", _hours(4, 5)),
        _booking("cat", _hours(6, 7), status=ProcessStatus.WITHDRAWN),
        _booking("dan", None),
    ]
    found = await Bookings(processes, exclude="ben").busy(
        ["BOB@acme.test", "ann@example.com", "ben@example.com", "zed@example.com"],
        T0,
        T0 + timedelta(days=1),
    )
    assert found == {"BOB@acme.test": (_hours(1, 2),), "ann@example.com": (_hours(1, 2),)}


class Calendar:
    """A FreeBusy source that knows one person's calendar."""

    def __init__(self, email: str, busy: Window) -> None:
        self.email, self.window = email, busy
        self.asked: list[tuple[str, ...]] = []

    async def busy(
        self, emails: Sequence[str], start: datetime, end: datetime
    ) -> dict[str, tuple[Window, ...]]:
        self.asked.append(tuple(emails))
        return {self.email: merge([self.window], start, end)} if self.email in emails else {}


@pytest.mark.mail("memory")
async def test_the_agent_books_around_a_free_busy_source(harness: Harness) -> None:
    """Both sides are free Thursday 14:00–17:00 UTC; the candidate's calendar says busy
    until 15:30, so the invite is for a slot after it (without it: 14:00)."""
    calendar = Calendar(CANDIDATE.email, _hours(0, 1.5))
    harness.agent.free_busy = calendar
    await _kickoff(harness)
    await _say(harness, CANDIDATE, "Hi! I'm free Thursday morning.")
    await _say(harness, CLIENT, "Thursday between 2pm and 5pm UK time works for our team.")
    [process] = harness.processes()
    assert process.current.status == RoundStatus.SCHEDULED
    assert process.current.slot is not None
    assert process.current.slot.start >= T0 + timedelta(hours=1.5)
    assert (CANDIDATE.email, CLIENT.email) in calendar.asked
