"""The phrasebook of time ruled out and time offered around it (`phrasebook_spans.py`): written
by someone who never read the engine, it measures whether the time reader generalises. Its
scores may only get better."""

from __future__ import annotations

from tests.parsers.phrasebook_spans import PHRASEBOOK_SPANS
from tests.parsers.reading_probes import exact_and_silent

# What round 14 reached over the 178 replies (exact 0.876, silent 0.022, handed 0.152), rounded
# down (exact) and up (silent) to the hundredth; before it: exact 0.618, silent 0.146.
EXACT_AT_LEAST = 0.87
SILENT_AT_MOST = 0.03


def test_the_phrasebook_is_read_at_least_as_well_as_in_round_14() -> None:
    """Exact readings do not fall below round 14's share, silent misreadings not above it."""
    exact, silent = exact_and_silent(PHRASEBOOK_SPANS)
    assert (exact >= EXACT_AT_LEAST, silent <= SILENT_AT_MOST) == (True, True), (exact, silent)
