"""The phrasebook of events (`phrasebook_events.py`): cancels, withdrawals, reschedules and
refusals told by what happened, written by someone who never read the engine. Its scores may only
get better, and every reply read exactly after reading round 12 stays exact."""

from __future__ import annotations

import pytest

from tests.parsers.phrasebook_events import PHRASEBOOK_EVENTS
from tests.parsers.phrasebook_hedged import PHRASEBOOK_HEDGED
from tests.parsers.reading_probes import Probe, exact_and_silent, probe_id, problems, read

# Measured after round 12 on its 250 replies: exact 0.924, silent 0.000, handed 0.144 (before
# it: exact 0.436, silent 0.120, handed 0.504), rounded down (exact) and up (silent).
EXACT_AT_LEAST = 0.92
SILENT_AT_MOST = 0.0
# The openings of the replies still read inexactly, all of them under the floor: the sender's
# situation on the options' days ("I'm in depositions Wednesday and Thursday", "J'opère toute la
# journée mercredi"), a trip told from its start to its return, a stand-in for a colleague across
# days beside a free day, a day freed by another interview called off, and a booked day that
# "can't happen" with no time or move word beside it (windows and picks of the time reader).
NOT_YET = (
    "Jess (our interviewer) is out sick, so M",
    "I'm in depositions Wednesday and Thursda",
    "unfortunately I fly to Singapore tomorro",
    "J'opère toute la journée mercredi et jeu",
    "Je serai sur un salon à Lyon toute la se",
    "La semaine prochaine je remplace une col",
    "Mon autre entretien de jeudi a été annul",
    "Ich habe Mittwoch und Donnerstag ganztäg",
    "fliege morgen früh nach Shanghai und bin",
    "Mittwoch und Donnerstag habe ich Rufbere",
    "Nächste Woche vertrete ich Dienstag bis",
    "Estoy de guardia en el hospital el miérc",
    "me voy mañana temprano a Bogotá y vuelvo",
    "La próxima semana cubro a un compañero d",
    "Estou de plantão no hospital quarta e qu",
    "viajo amanhã cedo pra Recife e só volto",
    "Quarta e quinta tenho auditoria o dia in",
    "Semana que vem cubro um colega de terça",
    "this friday can't happen anymore, I've b",
)


def test_the_phrasebook_is_read_as_well_as_round_12_left_it() -> None:
    """At least 92% of the phrasebook is read exactly and none of it is misread silently."""
    exact, silent = exact_and_silent(PHRASEBOOK_EVENTS)
    assert (exact >= EXACT_AT_LEAST, silent <= SILENT_AT_MOST) == (True, True), (exact, silent)


def test_each_reply_not_yet_read_exactly_is_one_of_the_phrasebook() -> None:
    """Every opening of NOT_YET names exactly one reply, so none of them hides another."""
    counts = {o: sum(p.text.startswith(o) for p in PHRASEBOOK_EVENTS) for o in NOT_YET}
    assert counts == dict.fromkeys(NOT_YET, 1)


@pytest.mark.parametrize(
    "probe", [p for p in PHRASEBOOK_EVENTS if not p.text.startswith(NOT_YET)], ids=probe_id
)
def test_a_phrasebook_reply_stays_exact(probe: Probe) -> None:
    """Each reply read exactly after round 12 is still read exactly (no later round undoes it)."""
    assert problems(probe, read(probe)) == []


@pytest.mark.parametrize(
    "probe", [p for p in PHRASEBOOK_HEDGED if p.kind == "acknowledge_and_withdraw"], ids=probe_id
)
def test_a_withdrawal_after_an_acknowledgement_is_read_exactly(probe: Probe) -> None:
    """The hedged phrasebook's withdrawals after "Bien reçu, merci" (round 12's) stay exact."""
    assert problems(probe, read(probe)) == []
