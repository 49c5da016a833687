"""A rejection the client negates ("I wouldn't reject him outright") is no verdict by itself: with
no next step beside it, a person reads what the client means."""

from __future__ import annotations

import pytest

from tests.parsers.reading_probes import _V, FLOOR, Probe, read

ALONE = (
    Probe("verdict", "en", "I wouldn't reject her outright, though the design part was thin.",
          "feedback", **_V),
    Probe("verdict", "es", "No lo descartaría del todo, aunque tiene lagunas.", "feedback", **_V),
    Probe("verdict", "fr", "Je ne l'écarterais pas tout de suite, mais il y a des lacunes.",
          "feedback", **_V),
    Probe("verdict", "de", "Ich würde ihn nicht gleich absagen, aber es gibt Lücken.",
          "feedback", **_V),
    Probe("verdict", "pt", "Não a descartaria, mas há lacunas.", "feedback", **_V),
)  # fmt: skip


@pytest.mark.parametrize("probe", ALONE, ids=lambda p: p.lang)
def test_a_negated_rejection_with_no_next_step_goes_to_a_person(probe: Probe) -> None:
    got = read(probe)
    assert (got.outcome, got.intent == "question" or got.confidence < FLOOR) == (None, True)
