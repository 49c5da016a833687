"""Replies naming days and weeks relative to their sending or to the booked slot read as their
parts say.

`tests.parsers.compositions_reldays` builds 1,500 replies (300 per language) from a send moment,
a relative day or week phrase, an optional time, an optional booked slot and parts that carry no
meaning for them, labelled from EXTRACTION.md alone. The bars are the measured scores less a
small margin: a change that makes the reading lean on the send day, the booked slot or a
greeting again fails here. `python -m tests.parsers.compositions_reldays 300` prints the
misreadings left, by part.
"""

from __future__ import annotations

from tests.parsers.compositions import tally
from tests.parsers.compositions_reldays import compositions

# Measured with seed 24 on main before round 24 (a201dcf): exact 0.764, silent 0.105; after the
# round: exact 0.939, silent 0.023.
MIN_EXACT = 0.92
MAX_SILENT = 0.03


def test_relative_days_read_as_their_parts_say() -> None:
    counts = tally(compositions(300, seed=24))
    assert counts.total == 1500
    assert counts.exact / counts.total >= MIN_EXACT, counts.line()
    assert counts.silent / counts.total <= MAX_SILENT, counts.line()
