"""Two verdicts a client voices at once (an offer once the budget is approved, a final round while
still deciding), or times where a verdict is due, are a doubt: the reply goes to a person under
the floor, never acted on."""

from __future__ import annotations

import pytest

from tests.parsers.reading_probes import _V, FLOOR, Probe, read

BOTH = (
    Probe("verdict", "en", "We'd love to make her an offer. Headcount still needs sign-off from "
          "finance though.", "feedback", **_V),
    Probe("verdict", "es", "Queremos hacerle una oferta, pero el presupuesto todavía está "
          "pendiente de aprobación.", "feedback", **_V),
    Probe("verdict", "fr", "Nous voulons lui faire une offre. Le budget doit encore être validé "
          "par la direction.", "feedback", **_V),
    Probe("verdict", "de", "Wir möchten ihr ein Angebot machen. Die Stelle muss aber noch "
          "genehmigt werden.", "feedback", **_V),
    Probe("verdict", "pt", "Queremos fazer uma proposta, mas a vaga ainda precisa de aprovação.",
          "feedback", **_V),
    Probe("verdict", "en", "Let's set up a final round with our CTO. We're still deciding "
          "between her and one other person.", "feedback", **_V),
)  # fmt: skip


@pytest.mark.parametrize("probe", BOTH, ids=lambda p: f"{p.lang}-{p.text[:20]}")
def test_competing_verdicts_go_to_a_person(probe: Probe) -> None:
    """The reading is feedback with confidence under the floor, for a person or the LLM."""
    got = read(probe)
    assert (got.intent, got.confidence < FLOOR) == ("feedback", True), (got.outcome, got.confidence)


def test_a_rejection_after_a_named_round_stays_a_rejection() -> None:
    """ "After the second interview we decided against him" names a round; the order decides."""
    probe = Probe(
        "verdict",
        "de",
        "Wir haben uns nach dem zweiten Gespräch gegen ihn entschieden.",
        "feedback",
        **_V,
    )
    got = read(probe)
    assert (got.outcome, got.confidence >= FLOOR) == ("reject", True)


UNPLACED = (
    Probe("verdict", "en", "Solid. Could she do Thursday afternoon with Ana?", "feedback", **_V),
    Probe("verdict", "es", "Bien. El jueves por la tarde con Ana, si puede.", "feedback", **_V),
    Probe("verdict", "de", "Alles klar, Donnerstag ab 14 Uhr mit Ana.", "feedback", **_V),
)  # fmt: skip


@pytest.mark.parametrize("probe", UNPLACED, ids=lambda p: p.lang)
def test_times_where_a_verdict_is_due_go_to_a_person(probe: Probe) -> None:
    """After the round a client's reply that reads only as times is feedback the rules could
    not place: whatever it is read as, it goes to a person under the floor."""
    got = read(probe)
    assert got.intent == "question" or got.confidence < FLOOR, (got.intent, got.confidence)
