"""Availability tables become one line per offer; other tables keep their cells."""

from __future__ import annotations

from parsers.mail.html_text import html_to_text
from parsers.time.tables import render


def test_marks_pair_with_their_own_row_and_column() -> None:
    rows = [["Date", "Morning", "Afternoon"], ["Mon Feb 8", "✓", "–"], ["Tue Feb 9", "✘", "✘"]]
    assert render(rows) == "Mon Feb 8 Morning\nTue Feb 9: unavailable"


def test_days_across_pair_with_time_bands_down() -> None:
    rows = [["", "Mo 15.3.", "Di 16.3."], ["Vormittag", "belegt", "frei"]]
    assert render(rows) == "Di 16.3. Vormittag"


def test_a_status_column_keeps_or_refuses_the_whole_row() -> None:
    rows = [
        ["Día", "Horario", "Disponible"],
        ["Lunes 18/01", "9:00 – 11:00", "Sí"],
        ["Martes 19/01", "16:00 – 18:00", "No"],
    ]
    assert render(rows) == "Lunes 18/01 9:00 – 11:00\nMartes 19/01 16:00 – 18:00: unavailable"


def test_start_and_end_columns_make_a_range_and_a_remark_can_refuse() -> None:
    rows = [["Date", "De", "À", "Remarque"], ["lundi 1er mars", "9h00", "11h00", ""]]
    rows.append(["jeudi 4 mars", "", "", "absente toute la journée"])
    assert render(rows) == "lundi 1er mars 9h00-11h00\njeudi 4 mars: unavailable"


def test_a_table_without_days_or_times_is_no_grid() -> None:
    assert render([["Name", "Role"], ["Ana", "Engineer"]]) is None


def test_html_cells_with_paragraphs_stay_in_their_row() -> None:
    html = (
        "<p>Hi</p><table><tr><td><p>Day</p></td><td><p>Free?</p></td></tr>"
        "<tr><td><p>Tuesday 9 Feb</p><p>10:00-11:30</p></td><td><p>Yes</p></td></tr></table>"
        "<p>Thanks</p>"
    )
    assert html_to_text(html) == "Hi\n\nTuesday 9 Feb 10:00-11:30\n\nThanks"


def test_a_first_row_with_a_day_and_its_time_is_no_head() -> None:
    rows = [["Jueves 3", "de 10 a 12"], ["Viernes 4", "ocupado"]]
    assert render(rows) == "Jueves 3 de 10 a 12\nViernes 4: unavailable"


def test_times_under_days_across_belong_to_their_column() -> None:
    assert render([["Monday", "Tuesday"], ["10-12", "busy"]]) == "Monday 10-12"


def test_a_table_left_open_is_still_read() -> None:
    html = "<p>Hi</p><table><tr><td>Day</td><td>Free?</td></tr><tr><td>Friday 12 Feb</td><td>Yes"
    assert html_to_text(html) == "Hi\n\nFriday 12 Feb"


def test_an_empty_cell_in_a_column_of_marks_is_no_yes() -> None:
    rows = [["Day", "Morning", "Afternoon"], ["Mon 7", "✓", ""], ["Tue 8", "", ""]]
    assert render(rows) == "Mon 7 Morning\nTue 8: unavailable"


def test_a_zone_in_a_column_head_goes_with_each_offered_time() -> None:
    rows = [
        ["Fecha", "Hora (CET)", "Estado"],
        ["Lun 8/3", "10 a 12", "libre"],
        ["Mar 9/3", "9 a 11", "ocupado"],
    ]
    assert render(rows) == "Lun 8/3 10-12 CET\nMar 9/3 9-11: unavailable"


def test_two_clocks_joined_by_a_word_are_one_band() -> None:
    rows = [["Tag", "Uhrzeit"], ["Mo 8.3.", "10 bis 12 Uhr"], ["Mi 10.3.", "14h às 16h"]]
    assert render(rows) == "Mo 8.3. 10-12 Uhr\nMi 10.3. 14h-16h"


def test_a_month_abbreviated_with_a_dot_does_not_end_its_row() -> None:
    """ "sex, 4 dez." before "O dia todo" takes a comma, so the row reads as one sentence."""
    rows = [["Dia", "Horário"], ["sex, 4 dez.", "O dia todo"], ["seg, 7 dez.", "14h – 17h"]]
    assert render(rows) == "sex, 4 dez., O dia todo\nseg, 7 dez., 14h – 17h"
