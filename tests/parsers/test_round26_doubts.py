"""Round 26: doubts narrowed to what they cannot read, so that right readings are acted on.

Every probe of `PROBES_R26DT` read exactly must now be acted on (main handed most of them to a
person); those misread, the near-misses written beside each narrowing, must still be handed.
"""

from __future__ import annotations

import pytest

from parsers.rules.plain_words import DEGREE, FITTING, LINKING
from tests.parsers.reading_probes import PROBES_R26DT, Probe, handed, probe_id, problems, read


@pytest.mark.parametrize("probe", PROBES_R26DT, ids=probe_id)
def test_a_right_reading_is_acted_on_and_a_wrong_one_handed(probe: Probe) -> None:
    got = read(probe)
    wrong = problems(probe, got)
    assert handed(got) == bool(wrong), (f"{got.confidence:.2f}", wrong)


def test_the_near_misses_are_there() -> None:
    """The narrowings keep what they catch: some probes are misread, and all of those handed."""
    misread = [p for p in PROBES_R26DT if problems(p, read(p))]
    assert len(misread) >= 5, [p.text for p in misread]


@pytest.mark.parametrize("words", [FITTING, LINKING, DEGREE], ids=["fitting", "linking", "degree"])
def test_the_classes_hold_no_word_of_time_or_scope(words: frozenset[str]) -> None:
    """A word that bounds, excepts or names a time must still count when left unread."""
    bounding = {"until", "before", "after", "between", "except", "vers", "hacia", "desde", "hasta"}
    bounding |= {"bis", "ab", "ate", "sans", "sauf", "ausser", "menos", "tarde", "semana", "woche"}
    assert not words & bounding
