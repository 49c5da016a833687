"""Offers worded with the courtesy and particles of other languages, or beside a refusal already
scoped to its own day, are acted on, not doubted; an offer next to words the rules do not model
still is."""

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


# A refusal whose clause names a day of its own, or whose reason points back at a day refused
# already, is read: the offers beside it are acted on.
SCOPED = (
    Probe("ruled-out", "de", "Ich könnte Mittwoch ab 10 oder Donnerstag ab 14 Uhr. "
          "Freitag geht leider gar nicht.", "availability",
          ((2, "10:00", "17:00"), (3, "14:00", "17:00"))),
    Probe("ruled-out", "es", "Podría el viernes de 9 a 11. El jueves imposible, tengo exámenes.",
          "availability", ((4, "09:00", "11:00"),)),
    Probe("ruled-out", "en", "Any day next week except Wednesday - we have an offsite that day.",
          "availability", ((7, "09:00", "17:00"), (8, "09:00", "17:00"),
                           (10, "09:00", "17:00"), (11, "09:00", "17:00"))),
    Probe("ruled-out", "pt", "Sexta de manhã pode ser. Quinta não dá, tenho consulta.",
          "availability", ((4, "09:00", "12:00"),)),
)  # fmt: skip


@pytest.mark.parametrize("probe", SURE + SCOPED, ids=lambda p: p.text[:30])
def test_courtesy_words_and_scoped_refusals_raise_no_doubt(probe: Probe) -> None:
    got = read(probe)
    assert not problems(probe, got)
    assert got.confidence >= FLOOR


def test_an_offer_beside_an_unmodelled_constraint_is_still_doubted() -> None:
    probe = Probe("ruled-out", "en", "Thursday 2-4pm works unless the auditors turn up early.",
                  "availability", ((3, "14:00", "16:00"),))  # fmt: skip
    assert read(probe).confidence < FLOOR


def test_a_constraint_that_points_back_at_an_offered_day_is_still_doubted() -> None:
    text = "Thursday afternoon works. Then again I'm at a conference, hmm."
    probe = Probe("ruled-out", "en", text, "availability", ((3, "12:00", "17:00"),))
    assert read(probe).confidence < FLOOR
