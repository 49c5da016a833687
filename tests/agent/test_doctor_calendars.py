"""`rounds doctor`'s calendar lines: one per person's calendar, one per client domain."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from agent.cli.doctor import check_calendars
from agent.config import Settings
from tests.fakes.graph import CLIENT_ID, CLIENT_SECRET, TENANT, fake_graph
from tests.radicale import Radicale

pytestmark = pytest.mark.usefixtures("no_settings")


async def test_each_calendar_gets_one_line_and_no_secret(
    radicale: Radicale, tmp_path: Path
) -> None:
    """A readable Radicale calendar passes, a dead server fails, a Microsoft tenant's token
    is checked for its domain, and no line carries a password or a secret."""
    name = f"doc-{uuid.uuid4().hex[:8]}"
    radicale.calendar(name)
    with fake_graph(tmp_path) as graph:
        path = tmp_path / "calendars.toml"
        path.write_text(
            f'[people]\n"dana@acme.com" = "caldav:{radicale.calendar_url(name)}"\n'
            '"gone@acme.com" = "caldav:http://127.0.0.1:9/gone/"\n'
            '[domains]\n"globex.com" = "microsoft"\n'
            f'[caldav]\nusername = "{radicale.user}"\npassword = "{radicale.password}"\n'
            f'[microsoft]\ntenant = "{TENANT}"\nclient_id = "{CLIENT_ID}"\n'
            f'client_secret = "{CLIENT_SECRET}"\nauthority = "{graph.url}"\n'
            f'ca_file = "{graph.cert}"\n',
            encoding="utf-8",
        )
        checks = await check_calendars(Settings(calendars=path))
    lines = [c.line() for c in checks]
    assert len(lines) == 3
    assert lines[0].startswith("PASS calendar dana@acme.com (caldav:")
    assert lines[1].startswith("FAIL calendar gone@acme.com:")
    assert lines[2].startswith("PASS calendars @globex.com (microsoft: the tenant issued a token")
    assert not any(radicale.password in line or CLIENT_SECRET in line for line in lines)


async def test_bookings_lines_list_the_business_staff_and_read_a_person(tmp_path: Path) -> None:
    """A Bookings domain passes when its business lists its staff, fails when Graph does not
    know the business; a person's Bookings calendar is read; no line carries the secret."""
    with fake_graph(tmp_path) as graph:
        graph.add_staff("hiring@umbrella.onmicrosoft.com", "ada@umbrella.com")
        graph.add_staff("hiring@umbrella.onmicrosoft.com", "bo@umbrella.com")
        path = tmp_path / "calendars.toml"
        path.write_text(
            '[people]\n"ada@umbrella.com" = "bookings:hiring@umbrella.onmicrosoft.com"\n'
            '[domains]\n"umbrella.com" = "bookings:hiring@umbrella.onmicrosoft.com"\n'
            '"initech.com" = "bookings:gone@initech.onmicrosoft.com"\n'
            f'[microsoft]\ntenant = "{TENANT}"\nclient_id = "{CLIENT_ID}"\n'
            f'client_secret = "{CLIENT_SECRET}"\nauthority = "{graph.url}"\n'
            f'graph = "{graph.graph}"\nca_file = "{graph.cert}"\n',
            encoding="utf-8",
        )
        checks = await check_calendars(Settings(calendars=path))
    lines = [c.line() for c in checks]
    assert len(lines) == 3
    assert lines[0].startswith(
        "PASS calendar ada@umbrella.com (bookings:hiring@umbrella.onmicrosoft.com "
        "(ada@umbrella.com): 1 busy spans in the next 7 days"
    )
    assert lines[1].startswith(
        "PASS calendars @umbrella.com (bookings: hiring@umbrella.onmicrosoft.com lists "
        "2 staff members with an address; read per interviewer"
    )
    assert lines[2].startswith("FAIL calendars @initech.com:")
    assert "HTTP 404" in lines[2] and "Bookings.Read.All" in lines[2]
    assert not any(CLIENT_SECRET in line for line in lines)


async def test_broken_file_is_one_fail_line(tmp_path: Path) -> None:
    """An unreadable ROUNDS_CALENDARS is a single FAIL naming the file."""
    path = tmp_path / "calendars.toml"
    path.write_text('[people]\n"a@b.com" = "outlook:a@b.com"\n', encoding="utf-8")
    checks = await check_calendars(Settings(calendars=path))
    assert [c.ok for c in checks] == [False]
    assert str(path) in checks[0].line()


async def test_no_calendars_setting_no_lines() -> None:
    """Without ROUNDS_CALENDARS the doctor prints no calendar line."""
    assert await check_calendars(Settings()) == []
