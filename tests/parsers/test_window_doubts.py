"""Offers worded with the courtesy and particles of other languages are acted on, not doubted;
an offer next to words the rules do not model still is."""

from __future__ import annotations

import pytest

from tests.parsers.reading_probes import FLOOR, Probe, problems, read

SURE = (
    Probe("ruled-out", "fr", "Jeudi ce n'est pas idéal, en revanche vendredi matin ça marche.",
          "availability", ((4, "09:00", "12:00"),)),
    Probe("time-of-day", "de", "Danach ginge bei mir Freitag ab 13 Uhr, sonst Montag.",
          "availability", ((4, "13:00", "17:00"), (7, "09:00", "17:00"))),
    Probe("time-of-day", "es", "El mismo jueves por la tarde me cuadra, estoy libre.",
          "availability", ((3, "12:00", "17:00"),)),
    Probe("time-of-day", "pt", "Infelizmente quinta não dá; sexta de manhã eu consigo.",
          "availability", ((4, "09:00", "12:00"),)),
)  # fmt: skip


@pytest.mark.parametrize("probe", SURE, ids=lambda p: p.text[:30])
def test_courtesy_words_of_other_languages_raise_no_doubt(probe: Probe) -> None:
    got = read(probe)
    assert not problems(probe, got)
    assert got.confidence >= FLOOR


def test_an_offer_beside_an_unmodelled_constraint_is_still_doubted() -> None:
    probe = Probe("ruled-out", "en", "Thursday 2-4pm works unless the auditors turn up early.",
                  "availability", ((3, "14:00", "16:00"),))  # fmt: skip
    assert read(probe).confidence < FLOOR
