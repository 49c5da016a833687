"""The choices phrasebook (issue 8, round 12: picks, confirmations and quotes) stays read as
measured."""

from __future__ import annotations

import pytest

from tests.parsers.phrasebook_choices import PHRASEBOOK_CHOICES
from tests.parsers.reading_probes import Probe, exact_and_silent, probe_id, problems, read

# Measured after round 12 on its 272 replies: exact 0.993, silent 0.000, misread and handed
# to a person 0.007 (before it: exact 0.732, silent 0.121, handed 0.147).
MIN_EXACT = 0.99
MAX_SILENT = 0.0
# Still read inexactly, each handed to a person: a Saturday picked beside a clause about that
# day, and the sender's own clock named by a city ("de acá (estoy en CDMX)").
NOT_YET = frozenset(
    {
        "El del sábado, que ese día no trabajo.",
        "Las 12 de acá (estoy en CDMX) me quedan perfecto",
    }
)


def test_the_phrasebook_is_read_as_well_as_round_12_left_it() -> None:
    """Over the whole phrasebook exact stays at 0.99 or more and no misreading is acted on."""
    exact, silent = exact_and_silent(PHRASEBOOK_CHOICES)
    assert (exact >= MIN_EXACT, silent <= MAX_SILENT) == (True, True), (exact, silent)


@pytest.mark.parametrize(
    "probe", [p for p in PHRASEBOOK_CHOICES if p.text not in NOT_YET], ids=probe_id
)
def test_a_phrasebook_reply_stays_exact(probe: Probe) -> None:
    """Each reply read exactly after round 12 is still read exactly."""
    assert problems(probe, read(probe)) == []
