"""Replies choosing among proposed options, composed from parts, must read as their parts say.

`tests.parsers.compositions_picks` builds 1,500 replies (300 per language) that name one option by
its place, day, part of day, hour or rank on its day, in the sender's zone or another, or take
any, two, all but one, a preferred one or none. The bars are the measured scores less a small
margin: a change that makes a pick lean on a part again fails here. The misreadings left, by
part, are printed by `python -m tests.parsers.compositions_picks 300`.
"""

from __future__ import annotations

from tests.parsers.compositions import tally
from tests.parsers.compositions_picks import compositions

# Measured on main before round 24 (a201dcf): exact 0.797, silent 0.087, wrong but handed 0.115.
# After round 24's picks: exact 0.889, silent 0.059, wrong but handed 0.051.
MIN_EXACT, MAX_SILENT = 0.875, 0.065


def test_composed_picks_read_as_their_parts_say() -> None:
    counts = tally(compositions(300))
    assert counts.total == 1500
    assert counts.exact / counts.total >= MIN_EXACT, counts.line()
    assert counts.silent / counts.total <= MAX_SILENT, counts.line()
