"""`rounds tracker`: rows in ROUNDS_TIMEZONE, a CSV file Excel reads, an XLSX with dates."""

from __future__ import annotations

import codecs
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from agent.cli import app as cli
from agent.core.process import Person, Process, Round, RoundStatus
from agent.rendering.tracker import tracker_rows
from parsers.model import Window
from store.db import Change, Store
from store.export import render
from tests.agent.test_panel_place import CAROL, ZOOM
from tests.agent.test_policy import BOB, _process

START = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
PROCESS = Process(
    id="ab12cd34",
    candidate=Person(name="Zoë Müller", email="zoe@example.com", zone="Europe/Berlin"),
    clients=(Person(name="Bob Smith", email="bob@acme.test", zone="Europe/London"),),
    recruiter=Person(name="Rita", email="rita@agency.test", zone="America/New_York"),
    company="Acme",
    role="Engineer",
    rounds=(
        Round(
            number=1, status=RoundStatus.SCHEDULED, slot=Window(START, START + timedelta(hours=1))
        ),
    ),
    created_at=START - timedelta(days=3),
    last_contact=datetime(2026, 12, 1, 14, 30, tzinfo=UTC),
)


@pytest.fixture
def db(no_settings: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    path = tmp_path / "rounds.json"
    monkeypatch.setenv("ROUNDS_DB", str(path))
    monkeypatch.setenv("ROUNDS_TIMEZONE", "America/New_York")
    with Store(path) as store:
        store.commit(Change(processes={PROCESS.id: PROCESS.to_doc()}))
    return path


def test_last_contact_and_dates_are_in_the_tracker_zone() -> None:
    """ "Last contact" reads in ROUNDS_TIMEZONE like everything else, not in UTC."""
    [row] = tracker_rows([PROCESS], zone="America/New_York")
    assert row.last_contact == "2026-12-01 09:30 EST"
    assert row.starts == (datetime.fromisoformat("2026-12-03 10:00"),)
    assert row.rounds == ("2026-12-03 16:00 CET · scheduled",)  # the candidate's own zone
    assert (row.candidate_email, row.client_emails, row.process_id) == (
        "zoe@example.com",
        "bob@acme.test",
        "ab12cd34",
    )


def test_csv_file_starts_with_a_bom_for_excel(db: Path, tmp_path: Path) -> None:
    """Written with --out, the CSV starts with a UTF-8 BOM so Excel shows "·" and "ë"."""
    out = tmp_path / "tracker.csv"
    assert cli.main(["tracker", "--format", "csv", "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert "Zoë Müller" in data.decode("utf-8-sig") and "· scheduled" in data.decode("utf-8-sig")


def test_csv_on_stdout_has_no_bom(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["tracker", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("Candidate,")


def test_xlsx_file_has_dates_addresses_and_the_process_id(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "tracker.xlsx"
    assert cli.main(["tracker", "--format", "xlsx", "--out", str(out)]) == 0
    header, values = load_workbook(io.BytesIO(out.read_bytes())).active.iter_rows(values_only=True)
    row = dict(zip(header, values, strict=True))
    assert row["Interview #1 date"] == datetime.fromisoformat("2026-12-03 10:00")
    assert row["Last contact"] == "2026-12-01 09:30 EST"
    assert (row["Candidate email"], row["Process ID"]) == ("zoe@example.com", "ab12cd34")


def test_tracker_json_shows_each_rounds_place_and_interviewers() -> None:
    """Every new round field is in the JSON; the cell names a panel other than the contacts."""
    process = _process(place=ZOOM)
    process = process.with_round(process.current.model_copy(update={"interviewers": (BOB, CAROL)}))
    [record] = json.loads(render(tracker_rows([process], zone="UTC"), "json"))
    assert record["Interview #1"] == "requested · video · with Bob Smith, Carol Diaz"
    assert record["Rounds"] == [
        {
            "round": 1,
            "status": "requested",
            "duration_minutes": 60,
            "format": "video",
            "link": "https://zoom.us/j/1",
            "location": "",
            "phone": "",
            "caller": None,
            "notes": "",
            "interviewers": [
                {"name": "Bob Smith", "email": "bob@acme.test"},
                {"name": "Carol Diaz", "email": "carol@acme.test"},
            ],
            "from_clients_file": [],
        }
    ]
