"""Fuzzing the parsers: the invariants every inbound message must keep, however broken.

`check` is shared by the quick suite (tests/test_fuzz.py) and the long run
(`python -m tests.fuzz`): parse_message raises nothing but InputError, and the rules
engine reads whatever it parses into a valid Extraction.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from agent.errors import InputError
from parsers.mail.message import parse_message
from parsers.model import Context, Extraction, Intent, Outcome, ParsedMessage, Role, Stage, Window
from parsers.rules import engine as rules

NOW = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)


def _slot(days: int, hour: int) -> Window:
    start = NOW.replace(hour=hour) + timedelta(days=days)
    return Window(start, start + timedelta(hours=1))


CONTEXTS = (
    Context(Role.CANDIDATE, "America/New_York"),
    Context(Role.CANDIDATE, "Europe/Berlin", stage=Stage.PROPOSED, proposed=(
        _slot(2, 15), _slot(3, 10), _slot(4, 16),
    )),
    Context(Role.CLIENT, "Asia/Kolkata", 45, round=2, stage=Stage.SCHEDULED, scheduled=_slot(1, 9)),
    Context(Role.CLIENT, "UTC", stage=Stage.COMPLETED, scheduled=_slot(-1, 9)),
)  # fmt: skip


class Broken(AssertionError):
    """An invariant failed: the parsers gave a result the agent cannot trust."""


def valid(extraction: Extraction, context: Context) -> None:
    """Raise Broken unless `extraction` is one the agent can act on for `context`."""
    if not isinstance(extraction, Extraction) or not isinstance(extraction.intent, Intent):
        raise Broken(f"not an Extraction with an Intent: {extraction!r}")
    for window in extraction.windows:
        if window.start.utcoffset() is None or window.end.utcoffset() is None:
            raise Broken(f"naive window {window!r}")
        if not window.start < window.end:
            raise Broken(f"empty or reversed window {window!r}")
    selected = extraction.selected
    if selected is not None and not 1 <= selected <= len(context.proposed):
        raise Broken(f"selected {selected} outside 1..{len(context.proposed)}")
    if extraction.outcome is not None and not isinstance(extraction.outcome, Outcome):
        raise Broken(f"bad outcome {extraction.outcome!r}")
    if not 0.0 <= extraction.confidence <= 1.0:
        raise Broken(f"confidence {extraction.confidence} outside 0..1")


def check(raw: bytes, index: int) -> ParsedMessage | None:
    """Parse one case and read it in one of the contexts; None when parse_message refused it.

    Anything but InputError from parse_message, any exception from the rules engine and any
    invalid Extraction propagate to the caller.
    """
    try:
        message = parse_message(raw)
    except InputError:
        return None
    context = CONTEXTS[index % len(CONTEXTS)]
    # Half the cases read relative to the message's own Date, which may be far from today.
    now = message.date if index % 2 and message.date is not None else NOW
    valid(rules.extract(message, context, now=now), context)
    return message
