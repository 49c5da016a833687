"""The typed ports of rounds: what the core asks of the outside world."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from parsers.model import Window


class FreeBusy(Protocol):
    """When people are busy, from wherever that is known (our own bookings, their calendars)."""

    async def busy(
        self, emails: Sequence[str], start: datetime, end: datetime
    ) -> dict[str, tuple[Window, ...]]:
        """Busy spans per email address, merged and sorted, clipped to [start, end)."""
        ...
