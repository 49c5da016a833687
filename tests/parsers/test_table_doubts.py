"""A table whose reading places every cell is acted on; one with a cell it could not place (a
"tentative", a remark, a time with no day in a grid of days) goes to a person."""

from __future__ import annotations

import pytest

from parsers.time.tables import read_table
from tests.parsers.reading_probes import FLOOR, Probe, problems, read

UNSURE = (
    Probe("html", "en", "<table><tr><th>Day</th><th>Time</th><th>Status</th></tr>"
          "<tr><td>Thu 12/3</td><td>10:00 - 11:00</td><td>Tentative</td></tr>"
          "<tr><td>Fri 12/4</td><td>2:00 - 3:00</td><td>Available</td></tr></table>",
          "availability", html=True),
    Probe("html", "es", "<table><tr><th>Día</th><th>Hora</th></tr>"
          "<tr><td>jueves 3</td><td>10 a 12</td></tr>"
          "<tr><td>15 a 17</td><td>libre</td></tr></table>",
          "availability", html=True),
    Probe("html", "de", "<table><tr><th>Tag</th><th>Uhrzeit</th><th>Hinweis</th></tr>"
          "<tr><td>Do 3.12.</td><td>9 bis 11 Uhr</td><td>nur remote</td></tr></table>",
          "availability", html=True),
    Probe("html", "fr", "<table><tr><th>Jour</th><th>Horaire</th><th>Statut</th></tr>"
          "<tr><td>jeudi 3</td><td>14h-16h</td><td>à confirmer</td></tr></table>",
          "availability", html=True),
)  # fmt: skip
SURE = (
    Probe("html", "pt", "<table><tr><td>Dia</td><td>Horário</td></tr>"
          "<tr><td>quinta, 3 de dezembro</td><td>14h às 16h</td></tr>"
          "<tr><td>sexta, 4 de dezembro</td><td>não disponível</td></tr></table>",
          "availability", ((3, "14:00", "16:00"),), html=True),
    Probe("html", "es", "<table><tr><th>Día</th><th>Hora</th></tr>"
          "<tr><td>jueves 3</td><td>10 a 12</td></tr>"
          "<tr><td>viernes 4</td><td>No disponible</td></tr></table>",
          "availability", ((3, "10:00", "12:00"),), html=True),
)  # fmt: skip


@pytest.mark.parametrize("probe", UNSURE, ids=lambda p: p.lang)
def test_a_table_with_a_cell_left_unplaced_goes_to_a_person(probe: Probe) -> None:
    assert read(probe).confidence < FLOOR


@pytest.mark.parametrize("probe", SURE, ids=lambda p: p.lang)
def test_a_table_read_whole_is_acted_on(probe: Probe) -> None:
    got = read(probe)
    assert (problems(probe, got), got.confidence >= FLOOR) == ([], True)


def test_the_reading_says_which_tables_it_is_unsure_of() -> None:
    grid = [["Day", "Time"], ["Thu 12/3", "10-11"], ["Fri 12/4", "busy"]]
    assert read_table(grid) == ("Thu 12/3 10-11\nFri 12/4: unavailable", False)
    assert read_table([*grid, ["Mon 12/7", "10-11", "maybe"]]) == (
        "Thu 12/3 10-11\nFri 12/4: unavailable\nMon 12/7 10-11 maybe",
        True,
    )
