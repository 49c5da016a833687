"""Replies composed from parts whose meaning is known must read as their parts say.

`tests.parsers.compositions` builds 1,500 replies (300 per language) from days, a time phrase, a
predicate and parts that carry no free time, in the vocabulary round 23 was tuned on and in a
second vocabulary held out from it (`tests.parsers.compositions_second`). The bars are measured
scores, less a small margin: a change that makes the reading lean on such a part again fails
here. The misreadings left, by part, are printed by `python -m tests.parsers.compositions 300`.
"""

from __future__ import annotations

import pytest

from tests.parsers.compositions import TONGUES, compositions, tally
from tests.parsers.compositions_second import TONGUES2

# (vocabulary, seed, least exact share, most silent share). Measured before round 23 (29369a8):
# first vocabulary exact 0.826, silent 0.093; second 0.568 and 0.169. After round 23: first
# 0.991 and 0.005, second 0.693 and 0.147. Doubt round 24 hands over what the reader stepped
# over: second silent 0.147 to 0.065.
BARS = {
    "first": (TONGUES, 8, 0.98, 0.01),
    "second": (TONGUES2, 11, 0.68, 0.07),
}


@pytest.mark.parametrize("vocabulary", BARS)
def test_composed_replies_read_as_their_parts_say(vocabulary: str) -> None:
    tongues, seed, min_exact, max_silent = BARS[vocabulary]
    counts = tally(compositions(300, seed=seed, tongues=tongues))
    assert counts.total == 1500
    assert counts.exact / counts.total >= min_exact, counts.line()
    assert counts.silent / counts.total <= max_silent, counts.line()
