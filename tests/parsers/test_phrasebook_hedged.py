"""The phrasebook of hedged verdicts and mixed replies (issue 8, round 12) stays as measured."""

from __future__ import annotations

import pytest

from tests.parsers.phrasebook_hedged import PHRASEBOOK_HEDGED
from tests.parsers.reading_probes import Probe, exact_and_silent, probe_id, problems, read

# Measured after round 12 (verdicts) on its 255 replies: exact 0.933, silent 0.031 (before it:
# exact 0.467, silent 0.043); the silent ones left are picks and events of other kinds.
MIN_EXACT = 0.93
MAX_SILENT = 0.04
# The kinds round 12's verdict work reads: verdicts told without a verdict word, verdicts beside
# a question or the next round's times, a decision put off, thanks after the round, and
# availability beside a question or a refusal.
VERDICT_KINDS = frozenset(
    {
        "advance_told_as_meeting",
        "reject_told_as_judgement",
        "hold_told_as_situation",
        "offer_told_as_action",
        "verdict_and_question",
        "verdict_and_next_round_times",
        "thanks_and_question",
        "availability_and_question",
        "decline_options_and_new_times",
        "after_round_question",
        "after_round_thanks",
        "after_round_decide_later",
    }
)
# Still read inexactly, under the floor: "today" in a question about pay read as a time, a week
# of training and an unabbreviated "thu" the time reader does not refuse or read (its round).
NOT_YET = frozenset(
    {
        "free thu afternoon — is it in person or video?",
        "Elle est à combien aujourd'hui ? Et son préavis, c'est un ou trois mois ?",
        "Quanto ela ganha hoje? E quanto tempo de aviso prévio?",
        "Nächste Woche bin ich komplett auf Schulung. Am 17. oder 18. ginge es, ganz flexibel.",
        "La semana que viene estoy en formación todos los días. El 17 o el 18 podría, a cualquier"
        " hora.",
        "Semana que vem estou em treinamento o tempo todo. Dia 17 ou 18 eu consigo, qualquer"
        " horário.",
    }
)


def test_the_phrasebook_is_read_as_well_as_round_12_left_it() -> None:
    """Over the whole phrasebook exact stays at 0.93 or more and silent at 0.04 or less."""
    exact, silent = exact_and_silent(PHRASEBOOK_HEDGED)
    assert (exact >= MIN_EXACT, silent <= MAX_SILENT) == (True, True), (exact, silent)


@pytest.mark.parametrize(
    "probe",
    [p for p in PHRASEBOOK_HEDGED if p.kind in VERDICT_KINDS and p.text not in NOT_YET],
    ids=probe_id,
)
def test_a_verdict_or_mixed_reply_stays_exact(probe: Probe) -> None:
    """Each reply of the verdict kinds read exactly after round 12 is still read exactly."""
    assert problems(probe, read(probe)) == []
