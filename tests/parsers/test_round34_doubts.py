"""Round 34: a day refused "too" after a day offered in its sentence goes to a person.

"El jueves me venía bien, pero ya no puedo, y el miércoles tampoco" says Thursday was turned
down as well; read as Thursday offered, it must not be acted on. A "neither" in a sentence of
its own, or after a day refused, leaves the reading alone.
"""

from __future__ import annotations

import pytest

from tests.parsers.reading_probes import P, Probe, handed, probe_id, problems, read

_THU = ((3, "09:00", "17:00"),)
_FRI_FROM_10 = ((4, "10:00", "17:00"),)
DOUBTED = (
    P(
        "ruled-out",
        "es",
        "El jueves me venía bien, pero ya no puedo, y el miércoles tampoco.",
        "decline",
    ),
    P(
        "ruled-out",
        "fr",
        "Le jeudi m'allait bien, mais je ne peux plus, et le mercredi non plus.",
        "decline",
    ),
    P(
        "ruled-out",
        "en",
        "Thursday would have worked, but I can't anymore, and Wednesday neither.",
        "decline",
    ),
    P("ruled-out", "pt", "A quinta me servia, mas já não posso, e a quarta também não.", "decline"),
)
KEPT = (
    P("ruled-out", "en", "Thursday is fine. Wednesday neither.", "availability", _THU),
    P(
        "ruled-out",
        "de",
        "Am Mittwoch geht es nicht, Dienstag auch nicht, aber Freitag ab 10.",
        "availability",
        _FRI_FROM_10,
    ),
)


@pytest.mark.parametrize("probe", DOUBTED, ids=probe_id)
def test_a_day_offered_before_a_neither_goes_to_a_person(probe: Probe) -> None:
    got = read(probe)
    assert handed(got), (got.intent, f"{got.confidence:.2f}", [str(w) for w in got.windows])


@pytest.mark.parametrize("probe", KEPT, ids=probe_id)
def test_a_neither_after_a_refusal_or_in_its_own_sentence_keeps_the_reading(probe: Probe) -> None:
    got = read(probe)
    assert not problems(probe, got) and not handed(got), (problems(probe, got), got.confidence)
