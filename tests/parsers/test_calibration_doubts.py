"""Readings that rest on too little go to a person (round 12, calibration); the right readings
that look like them are still acted on. Replies written for these tests, in five languages."""

from __future__ import annotations

import pytest

from tests.parsers.reading_probes import (
    BOOKED,
    FLOOR,
    OPTIONS,
    Probe,
    handed,
    problems,
    read,
)

_PICK = {"stage": "proposed", "context": OPTIONS}
_BOOKED = {"stage": "scheduled", "context": BOOKED}  # Wednesday 2 December, 14:00 ET
_CLIENT_BOOKED = {"role": "client", **_BOOKED}

DOUBTED = (
    # an "other" with a whole sentence no cue reads
    Probe("calib", "en", "Thanks for the update. Meanwhile my employer matched the offer and "
          "I am staying put.", "withdraw", **_PICK),
    Probe("calib", "de", "Danke für die Nachricht. Ich habe inzwischen eine Stelle bei einem "
          "anderen Unternehmen unterschrieben.", "withdraw", **_BOOKED),
    Probe("calib", "es", "Muchas gracias. La empresa ha congelado todas las contrataciones "
          "del departamento hasta marzo.", "cancel", **_CLIENT_BOOKED),
    # an "other" to options still waiting for a choice
    Probe("calib", "en", "thu works 👍", "accept", selected=2, **_PICK),
    Probe("calib", "pt", "O penúltimo serve, obrigado.", "accept", selected=2, **_PICK),
    # a confirmed booking, then a question naming another time
    Probe("calib", "en", "Confirmed for Wednesday, thanks. Could we start at 2:45 rather "
          "than 2?", "reschedule", ((2, "14:45", "15:45"),), **_BOOKED),
    Probe("calib", "pt", "Confirmado, obrigado. Dá para começar às 15h em vez das 14h?",
          "reschedule", ((2, "15:00", "16:00"),), **_BOOKED),
    # a call-off beside a yes to the interview
    Probe("calib", "en", "Our all-hands was called off, so Wednesday still works. See you then!",
          "accept", **_BOOKED),
    # an option taken by its rank while the reply names another day
    Probe("calib", "fr", "Mercredi, le second créneau me va.", "accept", selected=3, **_PICK),
    # a bare number that is both an option and a day of the month
    Probe("calib", "es", "El 3, perfecto.", "accept", selected=3, **_PICK),
    # a move with no new time, beside a yes
    Probe("calib", "fr", "Remarqué le dentiste, donc mercredi 14h c'est parfait. À mercredi !",
          "accept", **_BOOKED),
    # an offered time off the quarter hours
    Probe("calib", "de", "Donnerstag um 11 Uhr, Zimmer 2.07 im Hauptgebäude.", "availability",
          ((3, "11:00", "12:00"),)),
)  # fmt: skip

# Replies these signals must leave alone: thanks with a name or a short aside, a pick whose
# day agrees, a booked time restated in a question, a fallback after "if".
ACTED_ON = (
    Probe("calib", "en", "Thanks so much, really enjoyed meeting the team!\n\nPriya", "other",
          role="client", stage="scheduled", context=BOOKED),
    Probe("calib", "pt", "Recebido, obrigada! 🙏\n\nMarta", "other", **_BOOKED),
    Probe("calib", "fr", "Mercredi, le premier créneau me va.", "accept", selected=1, **_PICK),
    Probe("calib", "en", "Option 2 works. Will it be on Teams?", "accept", selected=2, **_PICK),
    Probe("calib", "es", "Me viene mejor la segunda opción. Si al final no se puede, el "
          "viernes por la mañana también estoy libre.", "accept", selected=2, **_PICK),
    Probe("calib", "de", "Mittwoch 14 Uhr passt, danke. Bis dann!", "accept", **_BOOKED),
)  # fmt: skip


@pytest.mark.parametrize("probe", DOUBTED, ids=lambda p: p.text[:30])
def test_a_reading_that_rests_on_too_little_goes_to_a_person(probe: Probe) -> None:
    """Each reply is read exactly or handed over, never misread and acted on (before these
    doubts every one of them was misread and acted on; reading rounds since read some right)."""
    got = read(probe)
    assert not problems(probe, got) or handed(got)


@pytest.mark.parametrize("probe", ACTED_ON, ids=lambda p: p.text[:30])
def test_right_readings_that_look_alike_are_acted_on(probe: Probe) -> None:
    """The look-alikes are read exactly and at or above the floor (an `other` stays `other`)."""
    got = read(probe)
    assert (problems(probe, got), got.confidence >= FLOOR) == ([], True)
