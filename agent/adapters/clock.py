"""The system clock: the one place outside tests that asks the host what time it is.

Everything else takes `now`, or a `clock` callable defaulting to this, so tests and the
simulated runs can drive time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Now, in UTC."""
    return datetime.now(UTC)
