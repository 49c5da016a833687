"""Two verdicts a client voices at once (an offer once the budget is approved, a final round while
still deciding) are a doubt: the reply goes to a person under the floor, never acted on."""

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
