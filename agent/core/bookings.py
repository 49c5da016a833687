"""Free/busy from the agent's own bookings: the booked rounds of its other processes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from agent.core.process import Process, RoundStatus
from parsers.model import Window

# Rounds whose slot holds its people: the invite is out, or every party accepted it.
BOOKED = frozenset({RoundStatus.SCHEDULED, RoundStatus.CONFIRMED})


def merge(spans: Iterable[Window], start: datetime, end: datetime) -> tuple[Window, ...]:
    """`spans` clipped to [start, end), sorted, overlapping or touching ones joined."""
    clipped = sorted(
        (max(w.start, start), min(w.end, end)) for w in spans if w.end > start and w.start < end
    )
    joined: list[tuple[datetime, datetime]] = []
    for begin, finish in clipped:
        if joined and begin <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], finish))
        else:
            joined.append((begin, finish))
    return tuple(Window(begin, finish) for begin, finish in joined)


class Bookings:
    """The FreeBusy port over the processes the agent runs, leaving out `exclude`'s own
    slot (a round being moved does not block itself). Pure: the processes are passed in."""

    def __init__(self, processes: Iterable[Process], *, exclude: str = "") -> None:
        self._booked: dict[str, list[Window]] = {}
        for process in processes:
            rnd = process.current
            if process.id == exclude or process.status.closed:
                continue
            if rnd.slot is None or rnd.status not in BOOKED:
                continue
            for email in {process.candidate.email, *(p.email for p in rnd.interviewers)}:
                self._booked.setdefault(email.lower(), []).append(rnd.slot)

    def spans(
        self, emails: Sequence[str], start: datetime, end: datetime
    ) -> dict[str, tuple[Window, ...]]:
        """What `busy` answers, without the await."""
        found = {email: self._booked.get(email.lower()) for email in emails}
        return {email: merge(slots, start, end) for email, slots in found.items() if slots}

    async def busy(
        self, emails: Sequence[str], start: datetime, end: datetime
    ) -> dict[str, tuple[Window, ...]]:
        """Busy spans per email address, merged and sorted, clipped to [start, end)."""
        return self.spans(emails, start, end)
