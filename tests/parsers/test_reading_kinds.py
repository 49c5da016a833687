"""The six kinds of mail issue 8 names, in five languages: read right, or handed to a person."""

from __future__ import annotations

import pytest

from tests.parsers.reading_probes import ALL_PROBES, Probe, handed, probe_id, problems, read

ALL = ALL_PROBES


@pytest.mark.parametrize("probe", ALL, ids=probe_id)
def test_a_reply_is_read_right_or_handed_over(probe: Probe) -> None:
    """No probe is misread with confidence at or above the floor (or dropped as `other`)."""
    got = read(probe)
    wrong = problems(probe, got)
    assert not wrong or handed(got), f"silent misreading at {got.confidence:.2f}: {wrong}"


def test_the_probes_are_read_exactly_and_few_are_handed_over() -> None:
    """Across all probes at least 95% are read exactly and at most 10% go to a person."""
    readings = [(p, read(p)) for p in ALL]
    exact = sum(not problems(p, g) for p, g in readings) / len(readings)
    gave = sum(handed(g) for _, g in readings) / len(readings)
    assert (exact >= 0.95, gave <= 0.10) == (True, True), (exact, gave)


@pytest.mark.parametrize("lang", ["en", "es", "fr", "de", "pt"])
def test_every_language_has_probes_of_most_kinds(lang: str) -> None:
    """The probe table covers each language with at least five of the six kinds."""
    kinds = {p.kind for p in ALL if p.lang == lang} - {"plain", "other"}
    assert len(kinds) >= 5, kinds
