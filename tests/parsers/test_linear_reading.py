"""The time reader and the rules engine do work linear in the length of a reply."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from types import FrameType
from typing import Any

import pytest

from parsers.model import Context, ParsedMessage, Window
from parsers.rules.engine import extract
from parsers.time import resolve as timeresolve

NOW = datetime(2026, 12, 1, 15, tzinfo=UTC)  # a Tuesday, 10:00 in New York
ZONE = "America/New_York"
# Units an adversary repeats: exceptions, refusals, lists of days and hours, picks, deadlines.
UNITS = (
    "mornings except monday ",
    "any time except 12-1 ",
    "Mon, Tue or Wed at 2 or 3pm ",
    "not Friday, ",
    "tomorrow 10-11, ",
    "next week, ",
    "Thursday is not great, Friday works. ",
    "option 2? ",
    "Wed the 16th: 11-12:30 or after 4 / ",
)
PROPOSED = {
    "role": "candidate",
    "timezone": ZONE,
    "duration_minutes": 60,
    "stage": "proposed",
    "proposed": [
        {"start": "2026-12-08T14:00:00-05:00", "end": "2026-12-08T15:00:00-05:00"},
        {"start": "2026-12-09T10:00:00-05:00", "end": "2026-12-09T11:00:00-05:00"},
    ],
}


def _repeated(unit: str, length: int) -> str:
    """`unit` said over and over, in whole units, to about `length` characters."""
    return unit * max(1, round(length / len(unit)))


def _work(run: Callable[[], Any]) -> int:
    """Python calls made by `run`: a count of work that does not depend on the machine's load."""
    calls = 0

    def count(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        run()
    finally:
        sys.setprofile(None)
    return calls


def _read(text: str) -> None:
    timeresolve.read_times(text, now=NOW, zone=ZONE, duration_minutes=60)


def _extract(text: str) -> None:
    message = ParsedMessage("id@test", "Re: times", None, NOW, text)
    extract(message, Context.from_json(PROPOSED), now=NOW)


@pytest.mark.parametrize("unit", UNITS)
@pytest.mark.parametrize("run", [_read, _extract], ids=["times", "rules"])
def test_work_grows_linearly_with_the_reply(unit: str, run: Callable[[str], None]) -> None:
    """Doubling an adversarial reply from 4,000 to 8,000 characters about doubles the work."""
    small = _work(lambda: run(_repeated(unit, 4000)))
    large = _work(lambda: run(_repeated(unit, 8000)))
    assert large <= 2.4 * small, (small, large)


def test_a_long_repeated_offer_reads_as_that_one_offer() -> None:
    """The same offer said 500 times is still just that window."""
    text = _repeated("Thursday 10-11 works, ", 11000)
    got = timeresolve.resolve(text, now=NOW, zone=ZONE, duration_minutes=60)
    start = datetime(2026, 12, 3, 10, tzinfo=timeresolve.zone_info(ZONE))
    assert got == [Window(start, start.replace(hour=11))]


def test_a_long_list_of_exceptions_leaves_the_other_mornings() -> None:
    """'next week mornings except monday' said many times offers Tuesday to Friday mornings."""
    text = _repeated("next week mornings except monday. ", 8000)
    got = timeresolve.resolve(text, now=NOW, zone=ZONE, duration_minutes=60)
    assert [(w.start.day, w.start.hour, w.end.hour) for w in got] == [
        (d, 9, 12) for d in (8, 9, 10, 11)
    ]
