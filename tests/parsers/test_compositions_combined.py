"""Replies that combine two to four constructs read as their parts say.

`tests.parsers.compositions_combined` builds 1,500 replies (300 per language) that combine days
ruled out, offers with parts of day, bounds and clock times, exceptions, per-day lists, one time
phrase for several days, times relative to the booked slot, a reply-by day, quoted history and
phone spelling, labelled from EXTRACTION.md alone. `python -m tests.parsers.compositions_combined
300` prints the misreadings left, by part, construct and combination of constructs.
"""

from __future__ import annotations

from tests.parsers.compositions import tally
from tests.parsers.compositions_combined import compositions

# Written before any round tuned on it, and measured once on main's reader (7dcdfe1), seed 25:
# exact 0.617, silent 0.173, wrong but handed 0.211; after round 25, which held it out, 0.715 /
# 0.130 / 0.155; after round 26, tuned on it, 0.748 / 0.119 / 0.133. The bars are that less a
# small margin, so a change that makes combined replies read worse fails here; a round tuned on
# this composer should raise them.
MIN_EXACT = 0.72
MAX_SILENT = 0.13


def test_combined_replies_read_as_their_parts_say() -> None:
    counts = tally(compositions(300, seed=25))
    assert counts.total == 1500
    assert counts.exact / counts.total >= MIN_EXACT, counts.line()
    assert counts.silent / counts.total <= MAX_SILENT, counts.line()
