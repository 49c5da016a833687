"""The verdicts-and-instructions phrasebook (issue 8, round 9) stays read as measured."""

from __future__ import annotations

import pytest

from tests.parsers.phrasebook_verdicts import PHRASEBOOK_VERDICTS
from tests.parsers.reading_probes import Probe, exact_and_silent, probe_id, problems, read

# Measured after round 9 on its 325 replies: exact 0.997, silent 0.000, handed 0.037 (before
# it: exact 0.646, silent 0.049, handed 0.357).
MIN_EXACT = 0.99
MAX_SILENT = 0.0
# Still read inexactly, under the floor: the client's conflict "at 2 tomorrow" is the booked
# time, which the time reader does not join to its day (a window of round 9's time readers).
NOT_YET = frozenset(
    {"Can we move Sam's interview? The client has a conflict at 2 tomorrow. Will send new times."}
)


def test_the_phrasebook_is_read_exactly_and_never_silently_wrong() -> None:
    """Over the whole phrasebook exact stays at 0.99 or more and no misreading is acted on."""
    exact, silent = exact_and_silent(PHRASEBOOK_VERDICTS)
    assert (exact >= MIN_EXACT, silent <= MAX_SILENT) == (True, True), (exact, silent)


@pytest.mark.parametrize(
    "probe", [p for p in PHRASEBOOK_VERDICTS if p.text not in NOT_YET], ids=probe_id
)
def test_a_phrasebook_reply_stays_exact(probe: Probe) -> None:
    """Each reply read exactly after round 9 is still read exactly (no later round regresses it)."""
    assert problems(probe, read(probe)) == []
