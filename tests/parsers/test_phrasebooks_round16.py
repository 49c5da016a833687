"""The four phrasebooks of round 16, written from the kinds read badly after round 15 by people
who never read the engine: rosters, shifts, per-day lists and clock words (rosters); the booked
slot moved by an amount, relays over old times, holds and cancels told as events (moves); picks
among options told every way (picks2); client verdicts and events (verdicts3). Their scores may
only get better, and every reply read exactly now stays exact."""

from __future__ import annotations

import pytest

from tests.parsers.phrasebook_moves import PHRASEBOOK_MOVES
from tests.parsers.phrasebook_picks2 import PHRASEBOOK_PICKS2
from tests.parsers.phrasebook_rosters import PHRASEBOOK_ROSTERS
from tests.parsers.phrasebook_verdicts3 import PHRASEBOOK_VERDICTS3
from tests.parsers.reading_probes import Probe, exact_and_silent, probe_id, problems, read

# Per phrasebook: the replies, exact at least and silent at most (measured after reading round
# 16 and calibration rounds 5 and 6, rounded down and up to the hundredth; the figures before
# any tuning are in the comments), and the openings of the replies not yet read exactly.
BOOKS: dict[str, tuple[tuple[Probe, ...], float, float, tuple[str, ...]]] = {
    # 179 replies; untuned: exact 0.520, silent 0.173; now: exact 0.827, silent 0.000, handed 0.330
    "rosters": (
        PHRASEBOOK_ROSTERS,
        0.82,
        0.00,
        (
            "Nights Thursday to Saturday this coming ",
            "Writing on behalf of Daniel: he collects",
            "First thing Monday (9am), or Tuesday aft",
            "I'm on a course Mon-Wed, then Thursday o",
            "I'm at a conference in Austin Wednesday ",
            "Double journée mardi et jeudi prochains,",
            "mercredi je garde les petits le matin, d",
            "La semaine prochaine j'ai cours le lundi",
            "Rééducation tous les matins jusqu'à vend",
            "lun: non\nmar: 14h-17h\nmer: non (formatio",
            "Bouclage du dossier jusqu'à jeudi, je ne",
            "Ich hab nächste Woche Spätschicht von Mo",
            "Ich habe Dienstag bis Donnerstag Rufbere",
            "di u do doppelschicht, mo mi fr geht zw ",
            "mo geht nich\ndi ab halb 3\nmi 10-12\ndo ur",
            "Montag bis Mittwoch Schulung in Köln, Do",
            "Donnerstag habe ich einen Gerichtstermin",
            "Bis Donnerstag ist Abgabe, da geht gar n",
            "Estimada Sra. López:\n\nLa próxima semana ",
            "Doblo turno el lunes y el miércoles. Mar",
            "trabajo de noche de lunes a miércoles, j",
            "Estoy de retén lunes y martes; miércoles",
            "El miércoles llevo a mi hija a natación ",
            "jue no puedo\nvie a partir de las 11\nlun ",
            "El jueves tengo vista en el juzgado. El ",
            "Entrego un proyecto el jueves y hasta en",
            "Na próxima semana faço o turno da tarde ",
            "to de plantao seg e qua, ter qui e sex d",
            "seg: não dá\nter: 14h-16h\nqua: embarcado\n",
            "Segunda e terça estou numa formação em C",
            "Tenho um prazo de entrega até quinta e n",
        ),
    ),
    # 180 replies; untuned: exact 0.839, silent 0.061; now: exact 0.978, silent 0.000, handed 0.111
    "moves": (
        PHRASEBOOK_MOVES,
        0.97,
        0.00,
        (
            "We've closed the search, budget got froz",
            "Je vous écris de la part de M. Girard : ",
            "gel des budgets annoncé ce matin, le pos",
            "¿Me la podéis pasar a la mañana de ese m",
        ),
    ),
    # 151 replies; untuned: exact 0.821, silent 0.033; now: exact 0.993, silent 0.000, handed 0.046
    "picks2": (
        PHRASEBOOK_PICKS2,
        0.99,
        0.00,
        ("cant do any of those sorry. fri morning ",),
    ),
    # 152 replies; untuned: exact 0.816, silent 0.013; now: exact 1.000, silent 0.000, handed 0.046
    "verdicts3": (
        PHRASEBOOK_VERDICTS3,
        1.00,
        0.00,
        (),
    ),
}


@pytest.mark.parametrize("name", BOOKS)
def test_the_phrasebook_is_read_at_least_as_well_as_now(name: str) -> None:
    """Exact readings do not fall below the measured share, silent misreadings not above it."""
    book, exact_at_least, silent_at_most, _ = BOOKS[name]
    exact, silent = exact_and_silent(book)
    assert (exact >= exact_at_least, silent <= silent_at_most) == (True, True), (exact, silent)


@pytest.mark.parametrize("name", BOOKS)
def test_each_opening_not_yet_exact_names_one_reply(name: str) -> None:
    """Every opening of the replies not yet exact names exactly one reply, so none hides another."""
    book, _, _, not_yet = BOOKS[name]
    counts = {o: sum(p.text.startswith(o) for p in book) for o in not_yet}
    assert counts == dict.fromkeys(not_yet, 1)


@pytest.mark.parametrize(
    "probe",
    [p for book, _, _, not_yet in BOOKS.values() for p in book if not p.text.startswith(not_yet)],
    ids=probe_id,
)
def test_a_reply_read_exactly_stays_exact(probe: Probe) -> None:
    """Each reply of the four phrasebooks read exactly now is still read exactly."""
    assert problems(probe, read(probe)) == []
