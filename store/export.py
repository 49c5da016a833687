"""Render tracker rows as a terminal table, CSV, JSON or XLSX (pure: rows in, bytes out)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from parsers.errors import InputError

Format = Literal["table", "csv", "json", "xlsx"]

_FIXED = (
    "Candidate",
    "Client",
    "Company",
    "Role",
    "Recruiter",
    "Status",
    "Next step",
    "Last contact",
)
# OWASP CSV injection: a spreadsheet runs a cell that starts with one of these.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_TABLE_CAP = 48  # wide enough for "2026-12-03 10:00 EST · completed · advance"
_XLSX_CAP = 60
_DATE_FORMAT = "yyyy-mm-dd hh:mm"


@dataclass(frozen=True, slots=True)
class TrackerRow:
    """One process (candidate × client × role) as the tracker shows it."""

    candidate: str
    client: str
    company: str
    role: str
    recruiter: str
    status: str
    next_step: str
    last_contact: str
    rounds: tuple[str, ...]  # one cell per round, e.g. "2026-12-03 10:00 EST · confirmed"
    # The XLSX's extra columns. Each round's start as a naive local time in the tracker's
    # zone (spreadsheets have no zones), None for a round not booked.
    starts: tuple[datetime | None, ...] = ()
    candidate_email: str = ""
    client_emails: str = ""
    process_id: str = ""
    # JSON only: each round's number, status, length, place and interviewers.
    details: tuple[dict[str, Any], ...] = ()
    # JSON only: the recruiter's phone notes ({"by", "at", "about", "text"}) and the standing
    # preferences read from them, by person's email (agent/core/preferences.py).
    notes: tuple[dict[str, str], ...] = ()
    preferences: dict[str, dict[str, Any]] = field(default_factory=dict)
    # JSON only: the clients-file entry applied ({"domain", "business_hours", "buffer_minutes"},
    # empty without one) and the kickoff's calendars (address or domain -> spec).
    client_file: dict[str, Any] = field(default_factory=dict)
    calendars: dict[str, str] = field(default_factory=dict)


def columns(rows: Sequence[TrackerRow]) -> list[str]:
    """The header: the fixed columns, then Interview #1 … #N for the busiest process."""
    most = max((len(row.rounds) for row in rows), default=0)
    interviews = [f"Interview #{n}" for n in range(1, max(most, 1) + 1)]
    return [*_FIXED, *interviews]


def _cells(row: TrackerRow, width: int) -> list[str]:
    fixed = [row.candidate, row.client, row.company, row.role, row.recruiter, row.status]
    padding = [""] * (width - len(row.rounds))
    return [*fixed, row.next_step, row.last_contact, *row.rounds, *padding]


def _grid(rows: Sequence[TrackerRow]) -> tuple[list[str], list[list[str]]]:
    header = columns(rows)
    width = len(header) - len(_FIXED)
    return header, [_cells(row, width) for row in rows]


def _defuse(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def render(rows: Sequence[TrackerRow], fmt: Format) -> bytes:
    """The tracker as `fmt`: table and csv and json as UTF-8 text, xlsx as a workbook."""
    header, body = _grid(rows)
    if fmt == "table":
        return _table(header, body).encode()
    if fmt == "csv":
        return _csv(header, body).encode()
    if fmt == "json":
        records = [
            dict(zip(header, cells, strict=True))
            | {
                "Rounds": list(row.details),
                "Notes": list(row.notes),
                "Preferences": row.preferences,
                "Client file": row.client_file,
                "Calendars": row.calendars,
            }
            for row, cells in zip(rows, body, strict=True)
        ]
        return json.dumps(records, ensure_ascii=False, indent=2).encode() + b"\n"
    if fmt == "xlsx":
        return _xlsx(*_xlsx_grid(rows, header, body))
    raise InputError(f"unknown tracker format {fmt!r}")


def _width(text: str) -> int:
    # East Asian wide characters take two terminal cells.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, cap: int) -> str:
    # A newline would break the table's rows; an escape sequence from inbound mail
    # could rewrite the user's terminal.
    text = " ".join(text.split())
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cc")
    if _width(text) <= cap:
        return text
    text = text[:cap]
    while _width(text) > cap - 1:
        text = text[:-1]
    return text + "…"


def _table(header: list[str], body: list[list[str]]) -> str:
    grid = [[_fit(cell, _TABLE_CAP) for cell in cells] for cells in [header, *body]]
    widths = [max(_width(cells[i]) for cells in grid) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        padded = (cell + " " * (w - _width(cell)) for cell, w in zip(cells, widths, strict=True))
        return "  ".join(padded).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(grid[0]), rule, *(line(cells) for cells in grid[1:])]) + "\n"


def _csv(header: list[str], body: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180 line ends
    writer.writerow(header)
    writer.writerows([_defuse(cell) for cell in cells] for cells in body)
    return out.getvalue()


Cell = str | datetime | None


def _xlsx_grid(
    rows: Sequence[TrackerRow], header: list[str], body: list[list[str]]
) -> tuple[list[str], list[list[Cell]]]:
    """The spreadsheet adds a real date beside each Interview #N column, so it sorts by
    date, and the addresses and process id; every other column keeps its name and place."""
    fixed = len(_FIXED)
    interviews = header[fixed:]
    wide = [*_FIXED, *(n for name in interviews for n in (name, f"{name} date"))]
    wide += ["Candidate email", "Client email", "Process ID"]
    grid: list[list[Cell]] = []
    for row, cells in zip(rows, body, strict=True):
        starts = [*row.starts, *[None] * (len(interviews) - len(row.starts))]
        paired = [
            c for text, start in zip(cells[fixed:], starts, strict=True) for c in (text, start)
        ]
        grid.append(
            [*cells[:fixed], *paired, row.candidate_email, row.client_emails, row.process_id]
        )
    return wide, grid


def _xlsx(header: list[str], body: list[list[Cell]]) -> bytes:
    # openpyxl takes a quarter of a second to import; only an XLSX export needs it.
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    # openpyxl refuses control characters that XML cannot carry.
    cleaned = [
        [_defuse(ILLEGAL_CHARACTERS_RE.sub("", c)) if isinstance(c, str) else c for c in cells]
        for cells in body
    ]
    for cells in [header, *cleaned]:
        sheet.append(cells)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, datetime):
                cell.number_format = _DATE_FORMAT
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, name in enumerate(header):
        longest = max([len(name), *(len(_shown(cells[index])) for cells in cleaned)])
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(longest + 2, _XLSX_CAP)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _shown(cell: Cell) -> str:
    if isinstance(cell, datetime):
        return "2026-12-03 10:00"  # as _DATE_FORMAT shows every date
    return cell or ""
